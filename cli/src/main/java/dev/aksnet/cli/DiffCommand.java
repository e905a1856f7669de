package dev.aksnet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aksnet.diff.Change;
import dev.aksnet.diff.Impact;
import dev.aksnet.diff.SpecDiff;
import dev.aksnet.generate.SpecLoader;
import dev.aksnet.generate.Target;
import dev.aksnet.model.SpecEnum;
import dev.aksnet.spec.LoadedSpec;
import dev.aksnet.validation.Validator;
import dev.aksnet.yaml.SpecFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code aksnet diff}: what a spec change does to running clusters, change by change, with its impact class. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Shows what a spec change does to running clusters: each change with its impact class (none, in-place, "
                + "rolling, pool-replace, cluster-replace, refused), its path, its line in NEW, the reason and its source.",
        footer = {"", "BASE and NEW are each a spec file, a folder of specs (read with its subfolders), or git:REF:PATH (read from git,",
                "no checkout; a PATH the revision does not have yet is a side without specs).",
                "A class marked (azurerm: …) is what azurerm Terraform does where it differs from AKS itself (Bicep, azapi).",
                "Facts marked unconfirmed are not confirmed from a primary source.", "",
                "Exit codes: 0, or 4 with --fail-on when a change is at or above the class; 1 when NEW is invalid.", "",
                "Examples:", "  aksnet diff git:origin/main:clusters/prod.yaml clusters/prod.yaml",
                "  aksnet diff --format markdown --fail-on cluster-replace git:HEAD~1:specs specs"})
final class DiffCommand implements Callable<Integer> {
    enum Format { text, markdown, json }

    /** Where git runs: the working directory, unless a test points elsewhere. */
    static Path gitDirectory;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Option(names = "--format", description = "text (default), markdown (a pull-request comment) or json", defaultValue = "text")
    Format format;

    @Option(names = "--fail-on", paramLabel = "CLASS", description = "exit 4 when a change is at or above CLASS: in-place, rolling, "
            + "pool-replace, cluster-replace or refused")
    String failOn;

    @Option(names = {"-t", "--target"}, converter = GenerateCommand.TargetConverter.class, completionCandidates = GenerateCommand.TargetNames.class,
            description = "the target you deploy with (terraform, terraform-azapi or bicep): each change gets its class; without it, "
                    + "the worse of AKS's and azurerm's")
    Target target;

    @Parameters(index = "0", paramLabel = "BASE", description = "what runs: a spec, a folder of specs, or git:REF:PATH")
    String base;

    @Parameters(index = "1", paramLabel = "NEW", description = "the change: a spec, a folder of specs, or git:REF:PATH")
    String next;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Impact threshold = null;
        if (failOn != null) {
            threshold = SpecEnum.fromSpecName(Impact.class, failOn);
            if (threshold == null) {
                err.println("aksnet diff: --fail-on '" + failOn + "' is not an impact class; use one of "
                        + Arrays.stream(Impact.values()).map(Impact::specName).toList());
                return ExitCodes.USAGE;
            }
        }
        Path scratch = Files.createTempDirectory("aksnet-diff");
        try {
            List<Path> baseFiles;
            List<Path> nextFiles;
            try {
                baseFiles = side(base, scratch.resolve("base"));
                nextFiles = side(next, scratch.resolve("new"));
            } catch (IOException | IllegalArgumentException e) {
                err.println("aksnet diff: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            SpecLoader loader = new SpecLoader(Validator.standard());
            SpecLoader.Fleet before = loader.loadAll(baseFiles);
            SpecLoader.Fleet after = loader.loadAll(nextFiles);
            // BASE is what runs, read as it is: only a BASE that cannot be read at all stops the diff.
            List<dev.aksnet.validation.Diagnostic> unreadable = before.specs().stream().filter(l -> l.spec().isEmpty())
                    .flatMap(l -> l.diagnostics().stream()).toList();
            if (!unreadable.isEmpty()) {
                output.diagnostics(unreadable, err);
                return ExitCodes.INVALID_SPEC;
            }
            // NEW must be a spec aksnet would deploy.
            output.diagnostics(after.diagnostics(), err);
            List<Change> changes = new ArrayList<>(SpecDiff.between(before.readable(), after.readable()));
            // Worst first by the class that applies to the chosen target.
            changes.sort(java.util.Comparator.comparing(this::impactOf).reversed());
            switch (format) {
                case json -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(changes)));
                case markdown -> markdown(changes, out);
                default -> text(changes, out);
            }
            if (after.hasErrors()) {
                return ExitCodes.INVALID_SPEC;
            }
            Impact worst = worst(changes);
            return threshold != null && worst != Impact.NONE && worst.atLeast(threshold) ? ExitCodes.CHANGE_AT_OR_ABOVE : ExitCodes.OK;
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The spec files of one side: a file; the aksnet specs anywhere under a folder (YAML with {@code apiVersion: aksnet/…},
     * Java with a {@code Deployment spec()}: other YAML, workflows say, is not a spec); or git:REF:PATH, the same read from
     * git and written to {@code scratch}. A PATH that REF does not have yet is a side without specs (they are all new).
     */
    static List<Path> side(String where, Path scratch) throws IOException, InterruptedException {
        if (where.startsWith("git:")) {
            String rest = where.substring("git:".length());
            int colon = rest.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("'" + where + "' is not git:REF:PATH");
            }
            return fromGit(rest.substring(0, colon), rest.substring(colon + 1), scratch);
        }
        Path path = Path.of(where);
        if (Files.isDirectory(path)) {
            List<Path> specs = SpecFiles.specsUnder(path);
            if (specs.isEmpty()) {
                // Silence here would read as "nothing changes": a CI gate pointed at the wrong folder must fail.
                throw new IllegalArgumentException("no aksnet spec under folder '" + where + "' (YAML with apiVersion: "
                        + dev.aksnet.model.Deployment.API_VERSION + ", or Java specs)");
            }
            return specs;
        }
        return List.of(path);
    }

    /** The specs at PATH in REF, read with git (a file, or the specs anywhere under a folder), written under their own names. */
    private static List<Path> fromGit(String ref, String path, Path scratch) throws IOException, InterruptedException {
        if (gitOrNull("rev-parse", "--verify", "--quiet", ref + "^{commit}") == null) {
            throw new IllegalArgumentException("'" + ref + "' is no commit of the git repository here");
        }
        String clean = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        // REF:./PATH is read from the working directory, as ls-tree lists and as the other side's path is given.
        String type = gitOrNull("cat-file", "-t", ref + ":./" + clean);
        if (type == null) {
            return List.of();
        }
        boolean tree = type.strip().equals("tree");
        List<String> files = tree
                ? git("ls-tree", "-r", "--name-only", ref, "--", clean + "/").lines().filter(f -> SpecFiles.isSpecName(Path.of(f))).toList()
                : List.of(clean);
        List<Path> written = new ArrayList<>();
        for (String f : files) {
            String text = git("show", ref + ":./" + f);
            if (tree && !SpecFiles.isSpecText(f, text)) {
                continue;
            }
            Path target = scratch.resolve(f);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
            written.add(target);
        }
        return written;
    }

    /** git's output, or null when it fails (a path the revision does not have). */
    private static String gitOrNull(String... args) throws InterruptedException {
        try {
            return git(args);
        } catch (IOException e) {
            return null;
        }
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (gitDirectory != null) {
            builder.directory(gitDirectory.toFile());
        }
        Process p = builder.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed" + (stderr.isBlank() ? "" : ": " + stderr.strip()));
        }
        return stdout;
    }

    private static String where(Change c) {
        return c.at().map(p -> p.file() + ":" + p.line() + ":" + p.column()).orElse("(removed)");
    }

    private static String values(Change c) {
        if (c.from().isEmpty() && c.to().isEmpty()) {
            return "changed";
        }
        return c.from().orElse("(none)") + " -> " + c.to().orElse("(none)");
    }

    /** The class of a change for the chosen target (azurerm Terraform has its own where it differs); without one, the worse. */
    private Impact impactOf(Change c) {
        return target == null ? c.impact() : c.fact().impactFor(target == Target.TERRAFORM);
    }

    private Impact worst(List<Change> changes) {
        return changes.stream().map(this::impactOf).max(java.util.Comparator.naturalOrder()).orElse(Impact.NONE);
    }

    private String impactText(Change c) {
        if (target != null) {
            return impactOf(c).specName();
        }
        String s = c.fact().impact().specName();
        return c.fact().azurerm().map(a -> s + " (azurerm: " + a.specName() + ")").orElse(s);
    }

    private void text(List<Change> changes, PrintWriter out) {
        if (changes.isEmpty()) {
            out.println("none: the specs deploy the same");
            return;
        }
        Map<String, List<Change>> bySubject = new LinkedHashMap<>();
        changes.forEach(c -> bySubject.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c));
        bySubject.forEach((subject, list) -> {
            out.println(subject);
            for (Change c : list) {
                out.println("  " + impactText(c) + (c.fact().unconfirmed() ? " [unconfirmed]" : "") + "  " + c.path() + ": " + values(c)
                        + "  " + where(c));
                out.println("    " + c.fact().reason() + ". Source: " + c.fact().source() + " (read " + c.fact().checked() + ")");
            }
        });
        out.println();
        out.println("worst: " + worst(changes).specName() + " (" + changes.size() + (changes.size() == 1 ? " change)" : " changes)"));
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private void markdown(List<Change> changes, PrintWriter out) {
        out.println("### aksnet diff: " + worst(changes).specName() + (target != null ? " (" + target.cliName() + ")" : ""));
        out.println();
        if (changes.isEmpty()) {
            out.println("No change deploys anything different.");
            return;
        }
        out.println("| impact | changes |");
        out.println("|---|---:|");
        List<Impact> order = new ArrayList<>(List.of(Impact.values()));
        java.util.Collections.reverse(order);
        for (Impact i : order) {
            long n = changes.stream().filter(c -> impactOf(c) == i).count();
            if (n > 0) {
                out.println("| `" + i.specName() + "` | " + n + " |");
            }
        }
        out.println();
        out.println("| impact | what | change | where | why |");
        out.println("|---|---|---|---|---|");
        for (Change c : changes) {
            out.println("| `" + cell(impactText(c)) + "`" + (c.fact().unconfirmed() ? " (unconfirmed)" : "") + " | " + cell(c.subject())
                    + " | `" + cell(c.path()) + "`: " + cell(values(c)) + " | " + cell(where(c)) + " | " + cell(c.fact().reason())
                    + " (" + cell(c.fact().source()) + ", read " + c.fact().checked() + ") |");
        }
    }

    private List<Map<String, Object>> json(List<Change> changes) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Change c : changes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("impact", impactOf(c).specName());
            m.put("aks", c.fact().impact().specName());
            c.fact().azurerm().ifPresent(a -> m.put("azurerm", a.specName()));
            m.put("subject", c.subject());
            m.put("path", c.path());
            m.put("from", c.from().orElse(null));
            m.put("to", c.to().orElse(null));
            c.at().ifPresent(p -> {
                m.put("file", p.file());
                m.put("line", p.line());
                m.put("column", p.column());
            });
            m.put("fact", c.fact().id());
            m.put("reason", c.fact().reason());
            m.put("source", c.fact().source());
            m.put("read", c.fact().checked());
            m.put("unconfirmed", c.fact().unconfirmed());
            list.add(m);
        }
        return list;
    }
}
