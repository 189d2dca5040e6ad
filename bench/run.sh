#!/usr/bin/env bash
# Runs every Tawazun benchmark and writes bench/results/<date>.md and .json (docs/benchmarks.md).
#
#   bench/run.sh                 everything: actor load, end to end (50 MB, 1 and 2 threads), Lucene and CoreNLP
#                                comparisons, JMH stage benchmarks, a JFR profile (about 10 minutes on 2 cores)
#   bench/run.sh --no-corenlp    without CoreNLP (its build downloads ~180 MB of GPL-3 code and models once)
#   bench/run.sh --quick         a smaller corpus and fewer rounds, to try it out (not for the record)
#   bench/run.sh --only e2e,ratios   some parts only (load, e2e, ratios, jmh, profile)
#
# Needs Java 17, Maven, and the shared data folder beside the project (../shared; or --shared DIR).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
profile="-Pcorenlp"
for a in "$@"; do
  [ "$a" = "--no-corenlp" ] && profile=""
done
echo "bench: building (mvn -pl bench -am package ${profile})..." >&2
log="$(mktemp "${TMPDIR:-/tmp}/tawazun-bench-build.XXXXXX")"
if ! (cd "$root" && mvn -B -q -DskipTests package -pl bench -am $profile) >"$log" 2>&1; then
  echo "bench: build failed; Maven's output:" >&2
  cat "$log" >&2
  rm -f "$log"
  exit 2
fi
rm -f "$log"
cd "$root"
exec java -Xms256m -Xmx256m -XX:+UseParallelGC -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  -cp "$root/bench/target/classes:$root/bench/target/lib/*" org.tawazun.bench.Main \
  --root "$root" --command "bench/run.sh${*:+ $*}" "$@"
