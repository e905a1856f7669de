package dev.aksnet.generate;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares what a spec generates with what an output folder holds, writing nothing: the drift gate of
 * {@code generate --check}.
 *
 * @param folder  the target's output folder
 * @param missing generated files the folder lacks
 * @param extra   files in the folder with aksnet's header that it would not generate now (files without the header are
 *                the user's, and never extra)
 * @param changed files whose content differs, with their unified diffs (committed → generated)
 */
public record OutputCheck(Path folder, List<String> missing, List<String> extra, List<FileDiff> changed) {

    /** One file's unified diff. */
    public record FileDiff(String path, List<String> unifiedDiff) {
    }

    public boolean upToDate() {
        return missing.isEmpty() && extra.isEmpty() && changed.isEmpty();
    }

    public static OutputCheck of(Path folder, List<GeneratedFile> files) throws IOException {
        List<String> missing = new ArrayList<>();
        List<FileDiff> changed = new ArrayList<>();
        Set<String> generated = new TreeSet<>();
        for (GeneratedFile file : files) {
            generated.add(file.relativePath());
            Path onDisk = folder.resolve(file.relativePath());
            if (!Files.isRegularFile(onDisk)) {
                missing.add(file.relativePath());
                continue;
            }
            String committed = Files.readString(onDisk, StandardCharsets.UTF_8);
            if (!committed.equals(file.content())) {
                List<String> before = committed.lines().toList();
                List<String> after = file.content().lines().toList();
                Patch<String> patch = DiffUtils.diff(before, after);
                List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + display(folder, file), "b/" + display(folder, file),
                        before, patch, 3);
                if (diff.isEmpty()) {
                    // Same lines, other line endings or final newline: still a difference for byte-exact output.
                    diff = List.of("--- a/" + display(folder, file), "+++ b/" + display(folder, file),
                            "@@ line endings or the final newline differ @@");
                }
                changed.add(new FileDiff(file.relativePath(), diff));
            }
        }
        List<String> extra;
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                // Only aksnet's own stale files are extra: a file without its header is the user's (backend.tf, overrides).
                extra = walk.filter(Files::isRegularFile).filter(OutputWriter::generatedByAksnet)
                        .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !generated.contains(p))
                        .sorted().collect(Collectors.toList());
            }
        } else {
            extra = List.of();
        }
        return new OutputCheck(folder, List.copyOf(missing), List.copyOf(extra), List.copyOf(changed));
    }

    private static String display(Path folder, GeneratedFile file) {
        String path = folder.resolve(file.relativePath()).toString().replace('\\', '/');
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
