#!/usr/bin/env bash
# Throughput and memory of `masklint audit`, end to end (read, decompress, decode, rebuild, scan,
# hash, report), over a corpus of generated sessions.
#
# The corpus is written by the test-support generator `AuditBenchmarkCorpus` (Tests/MaskRulesTests/
# Audit/AuditBenchmarkCorpus.swift) through the project's recording encoder: sessions of about 20 MB
# uncompressed, zstd-compressed as OpenReplay stores them. It is generated once and kept outside the
# repository; nothing of it is committed.
#
# Usage: benchmarks/audit/bench.sh [--scratch-path DIR]
# Environment: MASKLINT_AUDIT_CORPUS (corpus directory, default $TMPDIR/masklint-audit-corpus),
#              MASKLINT_AUDIT_CORPUS_MB (uncompressed size, default 520), BENCH_JOBS (default "1 2"),
#              MASKLINT (a masklint binary to time instead of building one).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCRATCH=()
if [ "${1:-}" = "--scratch-path" ]; then SCRATCH=(--scratch-path "$2"); fi
CORPUS=${MASKLINT_AUDIT_CORPUS:-${TMPDIR:-/tmp}/masklint-audit-corpus}
MEGABYTES=${MASKLINT_AUDIT_CORPUS_MB:-520}
JOBS=${BENCH_JOBS:-1 2}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cd "$ROOT"
if [ -n "${MASKLINT:-}" ]; then
    BIN=$MASKLINT
else
    swift build -c release --product masklint "${SCRATCH[@]}" >&2
    BIN="$(swift build -c release --show-bin-path "${SCRATCH[@]}")/masklint"
fi

if [ ! -f "$CORPUS/.complete-$MEGABYTES" ]; then
    echo "generating a corpus of $MEGABYTES MB in $CORPUS" >&2
    rm -rf "$CORPUS"
    MASKLINT_AUDIT_CORPUS="$CORPUS" MASKLINT_AUDIT_CORPUS_MB="$MEGABYTES" \
        swift test "${SCRATCH[@]}" --filter AuditBenchmarkCorpus >&2
    touch "$CORPUS/.complete-$MEGABYTES"
fi

echo "| jobs | wall (s) | CPU (s) | MB/s | MB/s per core (CPU time) | peak RSS (MB) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
for jobs in $JOBS; do
    status=0
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" \
        "$BIN" audit "$CORPUS" --jobs "$jobs" --format json --output "$WORK/report.json" || status=$?
    if [ "$status" -gt 1 ]; then echo "masklint audit exited $status" >&2; exit 1; fi
    python3 - "$WORK/report.json" "$WORK/time" "$jobs" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
wall, user, system, rss = open(sys.argv[2]).read().strip().splitlines()[-1].split()
wall, cpu, rss = float(wall), float(user) + float(system), int(rss) / 1024
total = sum(s["decodedBytes"] for s in report["sessions"]) / 1e6
print(f"| {sys.argv[3]} | {wall:.2f} | {cpu:.2f} | {total / wall:.1f} | {total / cpu:.1f} | {rss:.0f} |")
PY
done
python3 - "$WORK/report.json" "$CORPUS" <<'PY'
import json, os, sys
report = json.load(open(sys.argv[1]))
sizes = [s["decodedBytes"] for s in report["sessions"]]
stored = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(sys.argv[2]) for f in fs if not f.startswith("."))
verdicts = {v: sum(1 for s in report["sessions"] if s["verdict"] == v) for v in ("clean", "leaks", "unverified")}
print(f"\ncorpus: {len(sizes)} sessions, {sum(sizes) / 1e6:.1f} MB uncompressed ({stored / 1e6:.1f} MB stored, zstd), "
      f"largest session {max(sizes) / 1e6:.1f} MB; verdicts {verdicts}")
PY
