#!/usr/bin/env bash
# Runs the relations benchmark (graph/src/test/java/org/tawazun/graph/bench/RelationsBenchmark.java).
# Usage: graph/bench.sh [events] [actors] [--jsonl] [--repeat N]   (defaults: 1000000 200, 5 repeats)
# Heap: BENCH_HEAP (default 768m, the launcher's default), parallel GC, as the app runs.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests test-compile -pl graph -am
cp="$(mktemp)"
mvn -B -q dependency:build-classpath -pl graph -Dmdep.outputFile="$cp" -Dmdep.includeScope=test -Dmdep.excludeGroupIds=org.tawazun >/dev/null
heap="${BENCH_HEAP:-768m}"
java -XX:+UseParallelGC "-Xms$heap" "-Xmx$heap" -Dfile.encoding=UTF-8 \
  -cp "graph/target/test-classes:graph/target/classes:core/target/classes:$(cat "$cp")" \
  org.tawazun.graph.bench.RelationsBenchmark "$@"
rm -f "$cp"
