package dev.aksnet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.aksnet.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code aksnet diff} on the command line: the three formats, --fail-on and its exit code, folders and git:REF:PATH. */
class DiffCommandTest {
    static final String BASE = """
            apiVersion: aksnet/v1
            location: westeurope
            resourceGroup: rg
            virtualNetworks:
              - name: vnet
                addressSpace: [10.10.0.0/16]
                subnets:
                  - {name: nodes, cidr: 10.10.0.0/20}
            clusters:
              - name: k1
                network:
                  plugin: kubenet
                  podCidr: 10.244.0.0/16
                  serviceCidr: 10.0.0.0/16
                  dnsServiceIp: 10.0.0.10
                nodePools:
                  - name: system
                    mode: system
                    vmSize: Standard_D4s_v5
                    count: 3
                    maxPods: 110
                    subnet: nodes
            """;
    static final String NEXT = BASE.replace("plugin: kubenet", "plugin: azure-cni-overlay").replace("count: 3", "count: 4");

    private static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void textNamesEachChangeWithItsClassPathAndLine(@TempDir Path dir) throws IOException {
        CliTest.Run r = run("diff", write(dir, "base.yaml", BASE).toString(), write(dir, "new.yaml", NEXT).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("cluster 'k1'\n  rolling  clusters[0].network.plugin: kubenet -> azure-cni-overlay  "
                + dir.resolve("new.yaml") + ":12:15"), r.out());
        assertTrue(r.out().contains("in-place  clusters[0].nodePools[0]: 3-3 -> 4-4"), r.out());
        assertTrue(r.out().contains("worst: rolling (2 changes)"), r.out());
    }

    @Test
    void failOnSetsExitFourAtOrAboveTheClassOnly(@TempDir Path dir) throws IOException {
        String base = write(dir, "base.yaml", BASE).toString();
        String next = write(dir, "new.yaml", NEXT).toString();
        assertEquals(4, run("diff", "--fail-on", "rolling", base, next).code());
        assertEquals(0, run("diff", "--fail-on", "pool-replace", base, next).code());
        assertEquals(0, run("diff", "--fail-on", "in-place", base, base).code(), "no change, nothing at or above");
        assertEquals(2, run("diff", "--fail-on", "sometimes", base, next).code());
    }

    @Test
    void markdownLeadsWithTheSummaryAndJsonCarriesEveryField(@TempDir Path dir) throws IOException {
        String base = write(dir, "base.yaml", BASE).toString();
        String next = write(dir, "new.yaml", NEXT.replace("serviceCidr: 10.0.0.0/16", "serviceCidr: 10.1.0.0/16")
                .replace("dnsServiceIp: 10.0.0.10", "dnsServiceIp: 10.1.0.10")).toString();
        String md = run("diff", "--format", "markdown", base, next).out();
        assertTrue(md.startsWith("### aksnet diff: refused\n\n| impact | changes |\n|---|---:|\n| `refused` | 2 |\n| `rolling` | 1 |\n"), md);
        assertTrue(md.contains("| `refused (azurerm: cluster-replace)` | cluster 'k1' | `clusters[0].network.serviceCidr`"), md);
        JsonNode json = new ObjectMapper().readTree(run("diff", "--format", "json", base, next).out());
        JsonNode first = json.get(0);
        assertEquals("refused", first.get("impact").asText());
        assertEquals("cluster-replace", first.get("azurerm").asText());
        assertEquals("clusters[0].network.serviceCidr", first.get("path").asText());
        assertEquals(14, first.get("line").asInt());
        assertEquals("SERVICE_CIDR", first.get("fact").asText());
        assertTrue(first.get("source").asText().contains("ForceNew"));
    }

    @Test
    void theTargetDecidesTheClassWhereAzurermDiffers(@TempDir Path dir) throws IOException {
        String overlay = BASE.replace("plugin: kubenet", "plugin: azure-cni-overlay");
        String base = write(dir, "base.yaml", overlay).toString();
        String grown = write(dir, "new.yaml", overlay.replace("podCidr: 10.244.0.0/16", "podCidr: 10.244.0.0/15")).toString();
        assertTrue(run("diff", base, grown).out().contains("in-place (azurerm: cluster-replace)  clusters[0].network.podCidr"));
        assertTrue(run("diff", "--target", "bicep", base, grown).out().contains("worst: in-place"));
        assertTrue(run("diff", "--target", "terraform", base, grown).out().contains("worst: cluster-replace"));
        assertEquals(0, run("diff", "-t", "terraform-azapi", "--fail-on", "cluster-replace", base, grown).code());
        assertEquals(4, run("diff", "-t", "terraform", "--fail-on", "cluster-replace", base, grown).code());
    }

    @Test
    void foldersAndGitRevisionsAreSides(@TempDir Path dir) throws Exception {
        assumeTrue(gitWorks(dir), "git is not installed");
        Path repo = dir.resolve("repo");
        write(repo.resolve("specs"), "k1.yaml", BASE);
        git(repo, "init", "-q");
        commit(repo, "base");
        write(repo.resolve("specs"), "k1.yaml", NEXT);
        CliTest.Run fromGit = runIn(repo, "diff", "git:HEAD:specs", repo.resolve("specs").toString());
        assertEquals(0, fromGit.code(), fromGit.err());
        assertTrue(fromGit.out().contains("rolling  clusters[0].network.plugin"), fromGit.out());
        CliTest.Run file = runIn(repo, "diff", "git:HEAD:specs/k1.yaml", repo.resolve("specs/k1.yaml").toString());
        assertTrue(file.out().contains("worst: rolling"), file.out());
        CliTest.Run badRef = runIn(repo, "diff", "git:nosuchref:specs", repo.resolve("specs").toString());
        assertTrue(badRef.code() != 0 && !badRef.err().contains("\tat "), badRef.err());
    }

    /**
     * A folder is read with its subfolders, its aksnet specs only; a folder the base revision does not have yet is a
     * side without specs (every cluster is added); a folder without specs is an error, never "nothing changes".
     */
    @Test
    void foldersAreReadWithTheirSubfoldersAndMissingOrEmptySidesAreClear(@TempDir Path dir) throws Exception {
        assumeTrue(gitWorks(dir), "git is not installed");
        Path repo = dir.resolve("repo");
        write(repo, "README.md", "specs come later\n");
        git(repo, "init", "-q");
        commit(repo, "before the specs");
        write(repo.resolve("specs/team-a"), "k1.yaml", BASE);
        write(repo.resolve("specs/.github"), "workflow.yaml", "on: pull_request\njobs: {}\n");
        CliTest.Run added = runIn(repo, "diff", "git:HEAD:specs", repo.resolve("specs").toString());
        assertEquals(0, added.code(), added.err());
        assertTrue(added.out().contains("clusters[0]") && added.out().contains("k1"), added.out());
        commit(repo, "specs");
        write(repo.resolve("specs/team-a"), "k1.yaml", NEXT);
        CliTest.Run nested = runIn(repo, "diff", "git:HEAD:specs", repo.resolve("specs").toString());
        assertEquals(0, nested.code(), nested.err());
        assertTrue(nested.out().contains("rolling  clusters[0].network.plugin"), nested.out());
        // From a subfolder, PATH is read relative to it, as git ls-tree and the other side are.
        CliTest.Run inside = runIn(repo.resolve("specs"), "diff", "git:HEAD:team-a", repo.resolve("specs/team-a").toString());
        assertTrue(inside.out().contains("rolling  clusters[0].network.plugin"), inside.out() + inside.err());
        Files.createDirectories(dir.resolve("empty"));
        CliTest.Run empty = run("diff", dir.resolve("empty").toString(), repo.resolve("specs").toString());
        assertEquals(ExitCodes.USAGE, empty.code(), empty.out());
        assertTrue(empty.err().contains("no aksnet spec under folder"), empty.err());
    }

    /** git:REF:PATH is read in the working directory; the test points git at its repository instead. */
    private static CliTest.Run runIn(Path repo, String... args) {
        try {
            DiffCommand.gitDirectory = repo;
            return run(args);
        } finally {
            DiffCommand.gitDirectory = null;
        }
    }

    private static boolean gitWorks(Path dir) {
        try {
            return new ProcessBuilder("git", "--version").directory(dir.toFile()).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static void commit(Path repo, String message) throws Exception {
        git(repo, "add", ".");
        git(repo, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", message);
    }

    private static void git(Path repo, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).directory(repo.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor());
    }
}
