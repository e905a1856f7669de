#!/usr/bin/env bash
# SUBNET_OVERLAP at scale (issue 12 §8): JMH in process (the rule, the whole catalogue, a sorting baseline, the old
# pairwise check), then the whole CLI on 100,000-subnet specs, repeated runs. Writes bench/OVERLAP.md. About five minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
./mvnw -q -B -Pbench -DskipTests install
java -jar bench/target/benchmarks.jar 'OverlapBenchmark' -f 1 -wi 2 -w 1s -i 4 -r 1s -rf json -rff bench/out/overlap.json \
  > bench/out/overlap.log
python3 bench/overlap_report.py > bench/OVERLAP.md
echo "wrote bench/OVERLAP.md" >&2
