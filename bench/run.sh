#!/usr/bin/env bash
# aksnet benchmarks, one command: cold CLI start, JMH per spec size, fleet validation at scale.
# Writes bench/RESULTS.md (figures against the targets, with the machine described). Takes about 10 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
echo "== build (with the benchmark module)" >&2
./mvnw -q -B -Pbench -DskipTests install
echo "== cold start" >&2
python3 bench/cold_start.py --runs "${RUNS:-15}" --warmup 3 > bench/out/cold.md
echo "== JMH: parse, validate, render per spec size" >&2
java -jar bench/target/benchmarks.jar SpecBenchmark -f 1 -wi 5 -w 1s -i 8 -r 1s -rf json -rff bench/out/spec.json > bench/out/spec.log
echo "== JMH: fleet validation" >&2
java -jar bench/target/benchmarks.jar FleetBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s -rf json -rff bench/out/fleet.json > bench/out/fleet.log
python3 bench/report.py > bench/RESULTS.md
echo "wrote bench/RESULTS.md" >&2
