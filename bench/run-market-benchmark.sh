#!/usr/bin/env bash
# Supply-demand matching over N synthetic supply listings (default 1,000,000): index build time and
# the latency of Q demands (default 1,000) at p50 and p99, against PostgreSQL running the same
# filtered text query over the same rows in the same run. Pinned to two cores where taskset exists.
#   bench/run-market-benchmark.sh [SUPPLIES] [QUERIES] [CLASSES_CSV]
# CLASSES_CSV, the GB/T 4754-2017 table the product names are made from, defaults to
# ../shared/data/reference/gbt4754-2017.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "target/classes:$(cat target/bench-classpath.txt)" bench/MarketBenchmark.java
pin=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then pin=(taskset -c 0,1); fi
"${pin[@]}" java -Xmx4g -cp "target/bench-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.longyuan.bench.MarketBenchmark "$@"
