#!/usr/bin/env bash
# The EPCIS repository: capture of DOCUMENTS documents of 1,000 events (default 20) against COPY of
# the same rows, and the simple event query's p50/p99 on STORED events (default 1,000,000) against
# the same SQL written by hand, QUERIES of each kind (default 300), on the same embedded PostgreSQL
# in the same run.
#   bench/run-trace-benchmark.sh [DOCUMENTS] [STORED] [QUERIES]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "target/classes:$(cat target/bench-classpath.txt)" bench/TraceBenchmark.java
java -Xmx4g -cp "target/bench-classes:target/classes:$(cat target/bench-classpath.txt)" dev.longyuan.bench.TraceBenchmark "$@"
