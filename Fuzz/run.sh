#!/usr/bin/env bash
# Runs fuzz targets one after the other, each for a set time, on one core:
#   Fuzz/run.sh SECONDS TARGET...        (make fuzz FUZZ_SECONDS=600, make fuzz-html)
# Needs `make fuzz-build` and the seeds of `make fuzz-seeds`. Targets with a dictionary of tokens in
# Fuzz/dictionaries/ run with it (-dict). The corpus each run grows is kept in
# Fuzz/work/corpus/TARGET for the next run; crashes, hangs, leaks and out-of-memory inputs go to
# Fuzz/work/artifacts/TARGET/; logs to Fuzz/work/logs/; one line per run is added to
# Fuzz/work/runs.tsv (date, target, seconds, executions, coverage, corpus, findings) for
# docs/fuzzing.md. Exits 1 when a run found something.
set -euo pipefail
cd "$(dirname "$0")"
seconds=$1
shift
work=work
status=0
for target in "$@"; do
  # Inputs large enough for each target's structure, small enough to mutate quickly.
  case $target in
    recording) max_len=8192 ;;
    html) max_len=16384 ;;
    rules) max_len=98304 ;;
    selector | pattern) max_len=512 ;;
    scan) max_len=8192 ;;
    *) echo "unknown fuzz target $target" >&2; exit 64 ;;
  esac
  corpus=$work/corpus/$target
  artifacts=$work/artifacts/$target
  mkdir -p "$corpus" "$artifacts" "$work/logs" "$work/bin" "$work/seeds/$target"
  # Tokens of the target's input language, when it has a dictionary (Fuzz/dictionaries/TARGET.dict).
  dictionary=()
  if [ -f "dictionaries/$target.dict" ]; then dictionary=(-dict="dictionaries/$target.dict"); fi
  # A copy, so that rebuilding during a run leaves the running binary alone.
  cp ".build/release/fuzz-$target" "$work/bin/fuzz-$target"
  log=$work/logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log
  before=$(find "$artifacts" -type f | wc -l)
  echo "fuzz-$target: ${seconds}s, log $log"
  started=$(date +%s)
  set +e
  # Swift's crash backtracer reads memory ASan does not expect; libFuzzer and ASan report instead.
  SWIFT_BACKTRACE=enable=no "$work/bin/fuzz-$target" -max_total_time="$seconds" -max_len="$max_len" \
    -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -print_final_stats=1 \
    "${dictionary[@]}" -artifact_prefix="$artifacts/" "$corpus" "$work/seeds/$target" >"$log" 2>&1
  code=$?
  set -e
  elapsed=$(( $(date +%s) - started ))
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 | awk '{print $2 "/" $4}')
  files=$(find "$corpus" -type f | wc -l)
  found=$(( $(find "$artifacts" -type f | wc -l) - before ))
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%d)" "$target" "$elapsed" "${executions:-?}" \
    "${coverage:-?}" "$files" "$found" "$code" >>"$work/runs.tsv"
  echo "fuzz-$target: $elapsed s, ${executions:-?} executions, coverage (edges/features) ${coverage:-?}, corpus $files, new findings $found"
  if [ "$code" -ne 0 ] || [ "$found" -gt 0 ]; then
    grep -E 'ERROR|Fatal error|SUMMARY|Test unit written' "$log" | head -5 || true
    status=1
  fi
done
exit $status
