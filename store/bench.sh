#!/usr/bin/env bash
# Ingest benchmark: throughput (documents/s) on a generated corpus and store size per million events.
# Usage: store/bench.sh [ARTICLES (default 100000)] [THREADS (default: cores)] [WORK_DIR (default: a temp folder)]
# Builds the store module's test classes, then runs org.tawazun.store.bench.IngestBenchmark with a fixed heap and
# the parallel collector (as the launcher and the tests do). Results: docs/benchmarks.md (event store).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
cp_file="$(mktemp)"
mvn -B -q -DskipTests test-compile dependency:build-classpath -pl store -am -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
heap="${BENCH_HEAP:-1g}"
exec java -XX:+UseParallelGC "-Xms$heap" "-Xmx$heap" -Dfile.encoding=UTF-8 \
  -cp "store/target/test-classes:store/target/classes:$(cat "$cp_file")" org.tawazun.store.bench.IngestBenchmark "$@"
