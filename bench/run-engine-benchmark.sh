#!/usr/bin/env bash
# The analytics engine on ~14.5 million values: every benchmark indicator for every month × region
# × sector through the engine, against the same grouped aggregations on DuckDB directly and on
# PostgreSQL in the same run; and one changed value becoming visible.
#   bench/run-engine-benchmark.sh [ENTERPRISES]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "target/classes:$(cat target/bench-classpath.txt)" bench/EngineBenchmark.java
java -Xmx8g -cp "target/bench-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.longyuan.analytics.internal.EngineBenchmark "$@"
