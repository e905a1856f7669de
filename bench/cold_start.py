#!/usr/bin/env python3
"""Cold-start benchmark: whole processes, interleaved in one loop so that every command sees the same machine state.

For each command: median wall time, median CPU time (user + system of the process and its children, from wait4) and
median peak resident set size, each against the JVM floor (`java Hello`) of the same JDK measured in the same loop.
Besides the launcher as it is, the levers of issue 20 are measured alone and together:

- before: the launcher and jar of --base (the commit before the levers), as users had them;
- picocli recompiled (lever 1): the base jar with picocli's classes replaced by the ones built here, on JDK 17 AppCDS;
- JDK 25 AOT cache (lever 2): on the base jar as it was (Java 5 picocli classes), then on the base jar with lever 1;
- the launcher's own cost (lever 3): the base launcher and this one in front of a stand-in java that exits at once;
- levers 4 and 5 (rendering): this jar against the base jar with lever 1, same JDK 25 flags and AOT training.

Anchors: CDK for Terraform synthesising the same cluster (bench/cdktf, node), and `terraform fmt -check`.
Prints Markdown: the table, then the notes the run produced."""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time, zipfile

p = argparse.ArgumentParser()
p.add_argument("--runs", type=int, default=15)
p.add_argument("--warmup", type=int, default=3)
p.add_argument("--base", help="a checkout of the commit before the levers, with its jar built (bench/run.sh makes it)")
args = p.parse_args()
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(root)
work = tempfile.mkdtemp(prefix="aksnet-bench-")
notes = []
with open(os.path.join(work, "Hello.java"), "w") as f:
    f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
subprocess.run(["javac", "-d", work, os.path.join(work, "Hello.java")], check=True)
spec = os.path.abspath("examples/overlay-windows/cluster.yaml")
jar = os.path.abspath("cli/target/aksnet.jar")
out = os.path.join(work, "out")
jdk25 = "/usr/lib/jvm/temurin-25-jdk-amd64"
java25 = jdk25 + "/bin/java"
have25 = os.path.isfile(java25)
# The launcher's short-run flags (one place: ./aksnet), repeated here for the variants that bypass it.
SHORT_RUN = ["-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
             "-XX:CompileThresholdScaling=10"]
with open("aksnet") as f:
    launcher = f.read()
for flag in SHORT_RUN:
    if flag not in launcher:
        sys.exit(f"bench/cold_start.py: {flag} is no longer in ./aksnet: update SHORT_RUN")


def gen(target="terraform"):
    return ["generate", "-q", "--target", target, "--out", out, spec]


def quiet(cmd, env=None):
    return subprocess.run(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


cases = []  # (label, floor key, command, environment)


def case(label, floor, cmd, env=None):
    cases.append((label, floor, cmd, env or {}))


case("JVM floor: java Hello (JDK 17)", "17", ["java", "-cp", work, "Hello"])
if have25:
    case("JVM floor: java Hello (JDK 25)", "25", [java25, "-cp", work, "Hello"])

# The launcher as it is; it makes its archives on first use.
quiet(["./aksnet", "--version"])
if not os.path.isfile("cli/target/aksnet.jar.stamp"):
    notes.append("The launcher had no build stamp in this run (local changes to the sources, or no git): it compared the "
                 "sources with the jar on every run, as a clean checkout does not.")
case("./aksnet generate, JDK 17 (AppCDS)", "17", ["./aksnet"] + gen())
if have25:
    quiet(["./aksnet", "--version"], {"JAVA_HOME": jdk25})
    case("./aksnet generate, JDK 25 (AOT cache): every lever", "25", ["./aksnet"] + gen(), {"JAVA_HOME": jdk25})
    case("./aksnet generate --target bicep, JDK 25", "25", ["./aksnet"] + gen("bicep"), {"JAVA_HOME": jdk25})
    case("./aksnet validate, JDK 25", "25", ["./aksnet", "validate", "-q", spec], {"JAVA_HOME": jdk25})

if args.base:
    base = os.path.abspath(args.base)
    base_jar = os.path.join(base, "cli/target/aksnet.jar")
    quiet([os.path.join(base, "aksnet"), "--version"])
    case("before: base launcher and jar, JDK 17 (AppCDS)", "17", [os.path.join(base, "aksnet")] + gen())
    case("before: java -jar, no archive, default JIT, JDK 17", "17", ["java", "-jar", base_jar] + gen())

    # Lever 1: the base jar with this build's picocli classes.
    lever1 = os.path.join(work, "base-picocli17.jar")
    with zipfile.ZipFile(jar) as ours, zipfile.ZipFile(base_jar) as theirs, zipfile.ZipFile(lever1, "w", zipfile.ZIP_DEFLATED) as z:
        for item in theirs.infolist():
            if not item.filename.startswith("picocli/"):
                z.writestr(item, theirs.read(item.filename))
        for item in ours.infolist():
            if item.filename.startswith("picocli/"):
                z.writestr(item, ours.read(item.filename))
    old_flags = ["-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1"]
    jsa = os.path.join(work, "lever1.jsa")
    quiet(["java"] + old_flags + ["-XX:ArchiveClassesAtExit=" + jsa, "-jar", lever1, "warmup"])
    case("lever 1: base jar + picocli recompiled, JDK 17 AppCDS, base flags", "17",
         ["java"] + old_flags + ["-XX:SharedArchiveFile=" + jsa, "-jar", lever1] + gen())

    if have25:
        aot_flags = SHORT_RUN + ["-Xlog:aot=off", "-Xlog:cds=off"]
        crash = os.path.join(work, "base.aot")
        # The JVM that assembles the cache is a child of the training run: its crash report goes to the output (and an
        # hs_err file into the working folder), while the training run itself exits 0 and leaves an empty cache.
        r = subprocess.run([java25] + aot_flags + ["-XX:AOTCacheOutput=" + crash, "-jar", base_jar] + gen(), cwd=work,
                           capture_output=True, text=True)
        if os.path.isfile(crash) and os.path.getsize(crash) > 0:
            case("lever 2 alone: base jar, JDK 25 AOT cache", "25", [java25] + aot_flags + ["-XX:AOTCache=" + crash, "-jar", base_jar] + gen())
        else:
            lines = [l.strip("# ").strip() for l in (r.stdout + r.stderr).splitlines() if "guarantee(" in l or "Internal Error" in l]
            notes.append("Lever 2 alone (the JDK 25 AOT cache on the base jar, whose picocli classes are Java 5) cannot be "
                         "measured: the JVM assembling the cache crashed" + (" (" + "; ".join(lines) + ")" if lines else "")
                         + ", leaving an empty cache.")
        aot12 = os.path.join(work, "lever12.aot")
        quiet([java25] + aot_flags + ["-XX:AOTCacheOutput=" + aot12, "-jar", lever1, "generate", "-q", "--target", "terraform",
                                      "--out", os.path.join(work, "training"), spec])
        case("levers 1+2: base jar + picocli recompiled, JDK 25 AOT cache", "25",
             [java25] + aot_flags + ["-XX:AOTCache=" + aot12, "-jar", lever1] + gen())
        aot_all = os.path.join(work, "ours.aot")
        quiet([java25] + aot_flags + ["-XX:AOTCacheOutput=" + aot_all, "-jar", jar, "generate", "-q", "--target", "terraform",
                                      "--out", os.path.join(work, "training"), spec])
        case("levers 1+2+4+5: this jar, JDK 25 AOT cache, same training (no launcher)", "25",
             [java25] + aot_flags + ["-XX:AOTCache=" + aot_all, "-jar", jar] + gen())

    # Lever 3: each launcher in front of a stand-in JDK whose java exits at once: the launcher's own cost.
    fake = os.path.join(work, "fakejdk")
    os.makedirs(os.path.join(fake, "bin"))
    with open(os.path.join(fake, "bin", "java"), "w") as f:
        f.write("#!/bin/sh\nexit 0\n")
    os.chmod(os.path.join(fake, "bin", "java"), 0o755)
    with open(os.path.join(fake, "release"), "w") as f:
        f.write('JAVA_VERSION="17.0.15"\n')
    fake_env = {"JAVA_HOME": fake, "AKSNET_NO_ARCHIVE": "1"}
    case("lever 3: base launcher alone (stand-in java)", "17", [os.path.join(base, "aksnet")] + gen(), fake_env)
    case("lever 3: this launcher alone (stand-in java)", "17", ["./aksnet"] + gen(), fake_env)
    case("stand-in java alone", "17", [os.path.join(fake, "bin", "java")])

cdktf = os.path.join(root, "bench", "cdktf")
if shutil.which("node") and os.path.isdir(os.path.join(cdktf, "node_modules")):
    cdktf_out = os.path.join(work, "cdktf.out")
    case("anchor: CDK for Terraform synth of the same cluster (node)", "17", ["node", os.path.join(cdktf, "main.js"), cdktf_out])
else:
    notes.append("The CDK for Terraform anchor was skipped: node or bench/cdktf/node_modules is missing (bench/run.sh installs it).")
if shutil.which("terraform"):
    case("anchor: terraform fmt -check on the generated output", "17", ["terraform", "fmt", "-check", "examples/overlay-windows/terraform"])

for label, _, cmd, env in cases:  # every command must work before it is timed
    r = quiet(cmd, env)
    if r.returncode != 0:
        sys.exit(f"{label} exited {r.returncode}: {r.stderr[-500:]}")

wall = {c[0]: [] for c in cases}
cpu = {c[0]: [] for c in cases}
rss = {c[0]: [] for c in cases}
for i in range(args.warmup + args.runs):
    for label, _, cmd, env in cases:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = (time.perf_counter() - t) * 1000
        if status != 0:
            sys.exit(f"{label} exited with status {status}")
        if i >= args.warmup:
            wall[label].append(elapsed)
            cpu[label].append((usage.ru_utime + usage.ru_stime) * 1000)
            rss[label].append(usage.ru_maxrss / 1024)
med = statistics.median
floor_wall = {c[1]: med(wall[c[0]]) for c in cases if c[0].startswith("JVM floor")}
floor_cpu = {c[1]: med(cpu[c[0]]) for c in cases if c[0].startswith("JVM floor")}
print(f"{args.runs} runs after {args.warmup} warm-up rounds, interleaved; spec: examples/overlay-windows/cluster.yaml "
      f"(3 pools, Windows among them); times in ms, memory in MiB; ratios to the JVM floor of the row's JDK.\n")
print("| command | wall median | wall min-max | × floor (wall) | CPU median | × floor (CPU) | peak RSS |")
print("|---|---:|---:|---:|---:|---:|---:|")
for label, jdk, _, _ in cases:
    w, c = wall[label], cpu[label]
    print(f"| {label} | {med(w):.0f} | {min(w):.0f}-{max(w):.0f} | {med(w) / floor_wall[jdk]:.2f} | {med(c):.0f} | "
          f"{med(c) / floor_cpu[jdk]:.2f} | {med(rss[label]):.0f} |")
for n in notes:
    print(f"\n{n}")

# Where a cold generate's time goes: bench's ColdPhases, JDK 25 with an AOT cache trained on it, the launcher's flags.
bench_jar = os.path.join(root, "bench", "target", "benchmarks.jar")
if have25 and os.path.isfile(bench_jar):
    phases_aot = os.path.join(work, "phases.aot")
    probe = [java25] + SHORT_RUN + ["-Xlog:aot=off", "-Xlog:cds=off", "-Dorg.freemarker.loggerLibrary=none", "-cp", bench_jar]
    quiet(probe + ["-XX:AOTCacheOutput=" + phases_aot, "dev.aksnet.bench.ColdPhases", spec, os.path.join(work, "phases-out")])
    samples = {}
    for _ in range(args.runs):
        r = subprocess.run(probe + ["-XX:AOTCache=" + phases_aot, "dev.aksnet.bench.ColdPhases", spec, os.path.join(work, "phases-out")],
                           capture_output=True, text=True)
        for line in r.stdout.splitlines():
            name, ms = line.split("\t")
            samples.setdefault(name, []).append(float(ms))
    print(f"\nWhere a cold generate's time goes (bench's ColdPhases: the command's steps, each timed on its first call in "
          f"a fresh JDK 25 JVM with the launcher's flags and an AOT cache trained on it; median of {args.runs} runs, wall ms):\n")
    print("| step | ms |")
    print("|---|---:|")
    for name, values in samples.items():
        print(f"| {name} | {med(values):.1f} |")
shutil.rmtree(work)
