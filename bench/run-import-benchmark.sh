#!/usr/bin/env bash
# Import of N values (default 1,000,000) from CSV with full validation, against PostgreSQL's COPY of
# the same rows into a bare table, on the same embedded PostgreSQL in the same run.
#   bench/run-import-benchmark.sh [VALUES] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "target/classes:$(cat target/bench-classpath.txt)" bench/ImportBenchmark.java
java -Xmx4g -cp "target/bench-classes:target/classes:$(cat target/bench-classpath.txt)" dev.longyuan.bench.ImportBenchmark "$@"
