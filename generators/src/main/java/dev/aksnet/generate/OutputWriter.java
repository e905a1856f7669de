package dev.aksnet.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts a target's generated files in place as one step. The files are written to a temporary folder beside the target
 * folder; files there that aksnet did not generate are carried over; then the old folder is swapped out and the new one
 * in by two renames. A failure before the swap leaves the previous output exactly as it was; files aksnet generated
 * earlier and no longer generates disappear with the old folder.
 *
 * <p>A file without aksnet's generated header is the user's ({@code backend.tf}, {@code *_override.tf}, a README): it
 * is kept, never deleted or changed. Only a user's file with the very name of a generated file stops the write, since
 * it would be replaced; {@code force} replaces it.
 */
public final class OutputWriter {
    private OutputWriter() {
    }

    /** Why the output folder was not touched. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * The name of a spec's output folder: its file name without the extension ({@code payments-prod.yaml} →
     * {@code payments-prod}), as in {@code out/payments-prod/terraform/}.
     */
    public static String specName(Path specPath) {
        String file = specPath.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** Writes without --force: a user's file in the way of a generated file is refused. */
    public static void write(Path folder, List<GeneratedFile> files) throws IOException {
        write(folder, files, false);
    }

    /**
     * Replaces the target folder's generated files by {@code files}, keeping every file aksnet did not generate.
     *
     * @param force replace a file without aksnet's header that has the name of a generated file
     * @throws Refused when the folder is a file, or a user's file has a generated file's name and {@code force} is false
     */
    public static void write(Path folder, List<GeneratedFile> files, boolean force) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new Refused(folder + " is a file, not a folder");
        }
        List<Path> foreign = Files.isDirectory(target) ? foreignFiles(target) : List.of();
        Set<String> generated = files.stream().map(GeneratedFile::relativePath).collect(Collectors.toSet());
        List<String> inTheWay = foreign.stream().map(p -> target.relativize(p).toString().replace('\\', '/'))
                .filter(generated::contains).toList();
        if (!inTheWay.isEmpty() && !force) {
            throw new Refused(folder + " holds " + String.join(", ", inTheWay.stream().limit(5).toList()) + (inTheWay.size() > 5 ? ", …" : "")
                    + " without aksnet's generated header: aksnet would replace " + (inTheWay.size() == 1 ? "it" : "them")
                    + "; rename your file (Terraform: *_override.tf), or use --force to replace it");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String stem = null;
        Path staging = null;
        // A name no other writer uses: created atomically, so a clash only means another try. (Not a random UUID: its
        // secure random generator costs a short run more than the whole write.)
        for (int attempt = 0; staging == null; attempt++) {
            String candidate = "." + target.getFileName() + ".aksnet-" + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(System.nanoTime()) + "-" + attempt;
            try {
                staging = Files.createDirectory(parent.resolve(candidate + ".new"));
                stem = candidate;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
        try {
            for (GeneratedFile file : files) {
                Path to = staging.resolve(file.relativePath()).normalize();
                if (!to.startsWith(staging)) {
                    throw new IOException("refusing to write outside " + folder + ": " + file.relativePath());
                }
                Files.createDirectories(to.getParent());
                Files.writeString(to, file.content(), StandardCharsets.UTF_8);
            }
            for (Path keep : foreign) {
                String relative = target.relativize(keep).toString().replace('\\', '/');
                if (!generated.contains(relative)) {
                    Path to = staging.resolve(relative);
                    Files.createDirectories(to.getParent());
                    Files.copy(keep, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            swap(target, staging, parent.resolve(stem + ".old"));
        } finally {
            deleteTree(staging);
        }
    }

    /** Old folder out, new folder in; on a failure in between, the old folder comes back. */
    private static void swap(Path target, Path staging, Path old) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Files in the folder that do not start with aksnet's header. */
    static List<Path> foreignFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !generatedByAksnet(p)).sorted().toList();
        }
    }

    /** Whether the file's first line is aksnet's generated-file header. */
    static boolean generatedByAksnet(Path file) {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.matches("(#|//) " + java.util.regex.Pattern.quote(GeneratedHeader.PREFIX) + ".*");
        } catch (IOException | UncheckedIOException e) {
            return false; // unreadable or not text: not ours
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
