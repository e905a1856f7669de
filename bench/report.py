#!/usr/bin/env python3
"""Assembles bench/RESULTS.md from bench/out: the machine, the cold-start table, JMH per spec size and fleet scale,
each against its target, and what the figures say."""
import json, os, platform, re, subprocess

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.join(root, "bench", "out")

def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception:
        return "?"

cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
mem = sh("free -g | awk '/Mem:/ {print $2}'")
java = sh("java -version 2>&1 | head -1")

spec = {(r["benchmark"].split(".")[-1], int(r["params"]["pools"])): r["primaryMetric"]
        for r in json.load(open(os.path.join(out, "spec.json")))}
fleet = {(r["benchmark"].split(".")[-1], int(r["params"]["specs"])): r["primaryMetric"]
         for r in json.load(open(os.path.join(out, "fleet.json")))}
cold = open(os.path.join(out, "cold.md")).read()

def us(m):
    return f"{m['score']:.1f} ± {m['scoreError']:.1f}" if m["scoreError"] == m["scoreError"] else f"{m['score']:.1f}"

pools = sorted({p for _, p in spec})
lines = ["| pools | parse µs | validate µs | render Terraform µs | render Bicep µs | whole pipeline, both targets µs | specs/s/core |",
         "|---:|---:|---:|---:|---:|---:|---:|"]
for p in pools:
    pipe = spec[("pipelineBothTargets", p)]["score"]
    lines.append(f"| {p} | {us(spec[('parse', p)])} | {us(spec[('validate', p)])} | {us(spec[('renderTerraform', p)])} | "
                 f"{us(spec[('renderBicep', p)])} | {us(spec[('pipelineBothTargets', p)])} | {1e6 / pipe:,.0f} |")
spec_table = "\n".join(lines)
three = 1e6 / spec[("pipelineBothTargets", 3)]["score"]
per_pool = [(p, spec[("pipelineBothTargets", p)]["score"] / p) for p in pools]

sizes = sorted({s for _, s in fleet})
flines = ["| specs | subnets | whole validation ms | per spec µs | overlap sweep ms |", "|---:|---:|---:|---:|---:|"]
for s in sizes:
    v = fleet[("validateFleet", s)]["score"]
    flines.append(f"| {s:,} | {s * 10:,} | {v:,.1f} | {v * 1000 / s:,.0f} | {fleet[('vnetOverlapSweep', s)]['score']:.2f} |")
fleet_table = "\n".join(flines)
sweep_100k = fleet[("vnetOverlapSweep", sizes[-1])]["score"]
validate_100k = fleet[("validateFleet", sizes[-1])]["score"]

m = re.search(r"\| \./aksnet generate terraform \| (\d+) \| [^|]+ \| ([\d.]+) \|", cold)
cold_ratio = float(m.group(2)) if m else float("nan")

print(f"""# aksnet benchmark results

Written by `bench/run.sh` (one command; about ten minutes). Do not edit by hand: run it again.

Machine: {cpu}, {os.cpu_count()} cores, {mem} GiB; {platform.system()} {platform.release()}; {java}.

## Targets

| target | result | met |
|---|---|---|
| cold `./aksnet generate` of a 3-pool spec within 5× the JVM hello-world floor (stretch 3×) | {cold_ratio:.1f}× | {"yes" if cold_ratio <= 5 else "no"} |
| ≥ 5,000 specs per second per core in-process, 3-pool spec, both targets | {three:,.0f} specs/s | {"yes" if three >= 5000 else "no"} |
| cost linear in spec size | µs per pool: {", ".join(f"{p}: {c:,.0f}" for p, c in per_pool)} | see below |
| fleet overlap checks O(n log n), 100,000 subnets under a second in-process | sweep {sweep_100k:.1f} ms; whole catalogue {validate_100k:,.0f} ms | {"yes" if sweep_100k < 1000 else "no"} (overlap); {"yes" if validate_100k < 1000 else "no"} (everything) |

## Cold start (whole process)

{cold}
`./aksnet` is the launcher: a class-data archive (AppCDS) made once per build by a training run, C1-only JIT. The
plain `java -jar` line is the same jar without either.

## In process, per spec size (JMH, one thread, average time per operation)

{spec_table}

## Fleet validation (JMH; specs of ten subnets each, validated together)

{fleet_table}
""")
print(open(os.path.join(root, "bench", "ANALYSIS.md")).read())
