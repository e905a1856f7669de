#!/usr/bin/env python3
"""Cold-start benchmark: whole-process wall time of each command, interleaved in one loop so that every command sees
the same machine state, with a trivial Java hello-world as the JVM floor. Prints a Markdown table: median, min-max,
and the ratio of medians to the floor of the same JDK."""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

p = argparse.ArgumentParser()
p.add_argument("--runs", type=int, default=15)
p.add_argument("--warmup", type=int, default=3)
args = p.parse_args()
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(root)
work = tempfile.mkdtemp(prefix="aksnet-bench-")
with open(os.path.join(work, "Hello.java"), "w") as f:
    f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
subprocess.run(["javac", "-d", work, os.path.join(work, "Hello.java")], check=True)
spec = "examples/overlay-windows/cluster.yaml"
jar = "cli/target/aksnet.jar"
out = os.path.join(work, "out")

def gen(target):
    return ["generate", "-q", "--target", target, "--out", out, spec]

cases = [  # (label, jdk floor label, command, environment)
    ("JVM floor: java Hello (JDK 17)", "17", ["java", "-cp", work, "Hello"], {}),
    ("./aksnet generate terraform", "17", ["./aksnet"] + gen("terraform"), {}),
    ("./aksnet generate bicep", "17", ["./aksnet"] + gen("bicep"), {}),
    ("java -jar aksnet.jar generate terraform (no archive, default JIT)", "17", ["java", "-jar", jar] + gen("terraform"), {}),
]
jdk25 = "/usr/lib/jvm/temurin-25-jdk-amd64"
if os.path.isdir(jdk25):
    env25 = {"JAVA_HOME": jdk25}
    subprocess.run(["./aksnet", "--version"], env={**os.environ, **env25}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cases += [
        ("JVM floor: java Hello (JDK 25)", "25", [jdk25 + "/bin/java", "-cp", work, "Hello"], {}),
        ("./aksnet generate terraform (JDK 25)", "25", ["./aksnet"] + gen("terraform"), env25),
        ("./aksnet generate bicep (JDK 25)", "25", ["./aksnet"] + gen("bicep"), env25),
    ]
if shutil.which("terraform"):
    cases.append(("reference: terraform fmt -check on the generated output", "17",
                  ["terraform", "fmt", "-check", "examples/overlay-windows/terraform"], {}))

subprocess.run(["./aksnet", "--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # make the archive first
times = {c[0]: [] for c in cases}
for i in range(args.warmup + args.runs):
    for label, _, cmd, env in cases:
        t = time.perf_counter()
        r = subprocess.run(cmd, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = (time.perf_counter() - t) * 1000
        if r.returncode != 0:
            sys.exit(f"{label} exited {r.returncode}")
        if i >= args.warmup:
            times[label].append(elapsed)
floor = {c[1]: statistics.median(times[c[0]]) for c in cases if c[0].startswith("JVM floor")}
print(f"{args.runs} runs after {args.warmup} warm-up rounds, interleaved; spec: {spec} (3 pools); times in ms.\n")
print("| command | median | min-max | × JVM floor |")
print("|---|---:|---:|---:|")
for label, jdk, _, _ in cases:
    t = times[label]
    print(f"| {label} | {statistics.median(t):.0f} | {min(t):.0f}-{max(t):.0f} | {statistics.median(t) / floor[jdk]:.1f} |")
shutil.rmtree(work)
