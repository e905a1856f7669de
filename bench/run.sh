#!/usr/bin/env bash
# aksnet benchmarks, one command: cold CLI start (with the levers of issue 20 alone and together, and the CDK for
# Terraform anchor), JMH per spec size and per rendering lever, fleet validation at scale.
# Writes bench/RESULTS.md (figures against the targets, with the machine described). Takes about 25 minutes.
# BASE names the commit the levers are measured against (default: the last commit before them).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
base_commit="${BASE:-002a967}"
echo "== build (with the benchmark module)" >&2
./mvnw -q -B -Pbench -DskipTests install
echo "== the CDK for Terraform anchor (npm ci, once)" >&2
if command -v npm > /dev/null && [ ! -d bench/cdktf/node_modules ]; then
  (cd bench/cdktf && npm ci --no-audit --no-fund --loglevel=error > /dev/null) || echo "npm ci failed: the anchor is skipped" >&2
fi
echo "== the base commit $base_commit, built in bench/out/base" >&2
base=""
if git rev-parse --verify -q "$base_commit^{commit}" > /dev/null; then
  base="bench/out/base"
  if [ "$(git -C "$base" rev-parse HEAD 2>/dev/null || true)" != "$(git rev-parse "$base_commit^{commit}")" ]; then
    rm -rf "$base"
    git worktree prune
    git worktree add -f --detach "$base" "$base_commit" > /dev/null
  fi
  (cd "$base" && ./mvnw -q -B -pl cli -am -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package)
else
  echo "no commit $base_commit here (a shallow clone?): the levers are measured without their base" >&2
fi
echo "== cold start" >&2
python3 bench/cold_start.py --runs "${RUNS:-15}" --warmup 3 ${base:+--base "$base"} > bench/out/cold.md
echo "== JMH: parse, validate, render per spec size (warm-ups in the benchmark classes)" >&2
java -jar bench/target/benchmarks.jar SpecBenchmark -rf json -rff bench/out/spec.json > bench/out/spec.log
echo "== JMH: the rendering levers" >&2
java -jar bench/target/benchmarks.jar LeverBenchmark -rf json -rff bench/out/lever.json > bench/out/lever.log
echo "== JMH: fleet validation" >&2
java -jar bench/target/benchmarks.jar FleetBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff bench/out/fleet.json > bench/out/fleet.log
python3 bench/report.py > bench/RESULTS.md
echo "wrote bench/RESULTS.md" >&2
