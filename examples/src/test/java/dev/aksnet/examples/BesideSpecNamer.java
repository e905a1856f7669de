package dev.aksnet.examples;

import org.approvaltests.namer.ApprovalNamer;

import java.io.File;
import java.nio.file.Path;

/**
 * Approved files live beside the spec under their real names ({@code overlay-basic/terraform/main.tf}), so the
 * reviewer sees the spec and its output change in one diff and the checkers can run on the folder as it is.
 * Received files go under target/, never among the approved ones.
 */
final class BesideSpecNamer implements ApprovalNamer {
    private final String example;
    private final String relativeFile;

    BesideSpecNamer(String example, String relativeFile) {
        this.example = example;
        this.relativeFile = relativeFile;
    }

    @Override
    public File getApprovedFile(String extensionWithDot) {
        return ExampleFiles.ROOT.resolve(example).resolve(relativeFile).toFile();
    }

    @Override
    public File getReceivedFile(String extensionWithDot) {
        return ExampleFiles.ROOT.resolve(Path.of("target", "received", example, relativeFile)).toFile();
    }

    @Override
    public ApprovalNamer addAdditionalInformation(String info) {
        return this;
    }

    @Override
    public String getAdditionalInformation() {
        return "";
    }

    @Override
    public String getApprovalName() {
        return example + "/" + relativeFile;
    }

    @Override
    public String getSourceFilePath() {
        return ExampleFiles.ROOT.resolve(example).toString() + File.separator;
    }
}
