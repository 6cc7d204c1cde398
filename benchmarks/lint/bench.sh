#!/usr/bin/env bash
# masklint lint: throughput over a large generated corpus of forms, next to libxml2's parse-only time
# on the same bytes, and the wall time of linting one small file, start-up included.
#
#   benchmarks/lint/bench.sh                 # release build, 24 MB corpus, best of 5
#   SIZE_MB=8 RUNS=3 benchmarks/lint/bench.sh
#   SKIP_BUILD=1 CORPUS=/tmp/corpus benchmarks/lint/bench.sh   # binaries already built
#
# Needs python3 (corpus generator) and hyperfine. Run it on a quiet machine; docs/benchmarks.md
# records the latest numbers ("masklint lint").
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZE_MB="${SIZE_MB:-24}"
RUNS="${RUNS:-5}"
CORPUS="${CORPUS:-.build/bench-corpus/html}"
BIN=.build/release

command -v hyperfine >/dev/null || { echo "bench.sh: hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
if [ -z "${SKIP_BUILD:-}" ]; then
  swift build -c release --product masklint >&2
  swift build -c release --product masklint-bench >&2
fi
if [ ! -d "$CORPUS" ] || [ -z "$(ls -A "$CORPUS")" ]; then
  python3 benchmarks/html/generate-corpus.py --size-mb "$SIZE_MB" --output "$CORPUS" >&2
fi
BYTES=$(cat "$CORPUS"/*.html | wc -c)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

echo "== parse only (masklint-bench html, best of $RUNS)"
"$BIN/masklint-bench" html --corpus "$CORPUS" --runs "$RUNS" | tee "$TMP/parse.txt"
LIBXML2_S=$(awk '/^libxml2 /{for(i=1;i<=NF;i++) if($i=="best"){print $(i+1); exit}}' "$TMP/parse.txt")
MASKLINT_PARSE_S=$(awk '/^masklint HTMLParser/{for(i=1;i<=NF;i++) if($i=="best"){print $(i+1); exit}}' "$TMP/parse.txt")

echo
echo "== lint (masklint lint --jobs 1 over the corpus, one thread like the parse benchmark)"
hyperfine --warmup 1 --runs "$RUNS" --export-json "$TMP/lint.json" \
  "$BIN/masklint lint --jobs 1 --fail-on never --format json $CORPUS -o $TMP/report.json"
LINT_S=$(python3 -c 'import json,sys; print(min(json.load(open(sys.argv[1]))["results"][0]["times"]))' "$TMP/lint.json")
FINDINGS=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["findings"])' "$TMP/report.json")
python3 - "$BYTES" "$LIBXML2_S" "$MASKLINT_PARSE_S" "$LINT_S" "$FINDINGS" <<'PY'
import sys
size, libxml2, parse, lint, findings = int(sys.argv[1]), *map(float, sys.argv[2:5]), int(sys.argv[5])
mb = size / 1e6
print(f"corpus {mb:.2f} MB; {findings} findings")
print(f"libxml2 parse only  {libxml2:7.3f} s  {mb / libxml2:6.1f} MB/s")
print(f"masklint parse      {parse:7.3f} s  {mb / parse:6.1f} MB/s")
print(f"masklint lint       {lint:7.3f} s  {mb / lint:6.1f} MB/s  = {lint / libxml2:.2f}x libxml2's parse (target <= 2x), {lint / parse:.2f}x masklint's parse")
PY

echo
echo "== one small file, start-up included (target < 50 ms)"
hyperfine -N --warmup 5 --runs 40 \
  "$BIN/masklint lint --fail-on never fixtures/forms/login.html" \
  "$BIN/masklint --version"
