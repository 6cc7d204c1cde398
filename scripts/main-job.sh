#!/usr/bin/env bash
# The main job on the bundled rules and fixtures: what `make check` runs after a release build.
# Each step shows masklint's real output and checks the exit code it must have.
set -uo pipefail
bin=${MASKLINT:-.build/release/masklint}
out=${OUT_DIR:-out}
mkdir -p "$out"
failed=0

# step EXPECTED-EXIT DESCRIPTION -- COMMAND...
step() {
  local expected=$1 description=$2
  shift 3
  echo
  echo "== $description"
  echo "\$ $*"
  "$@"
  local status=$?
  if [ "$status" -ne "$expected" ]; then
    echo "!! expected exit $expected, got $status" >&2
    failed=1
  fi
}

step 0 "The rule set is valid" -- "$bin" rules check rules
step 0 "Every rule example holds" -- "$bin" rules test rules
step 0 "Compile the OpenReplay privacy module" -- "$bin" compile --target openreplay --format ts --profile precise -o "$out/privacy.ts"
step 0 "The module on disk is current" -- "$bin" compile --check --target openreplay --format ts --profile precise -o "$out/privacy.ts"
step 1 "Lint the fixture forms: every planted PII field and mistake is found" -- "$bin" lint fixtures/forms
step 0 "A form without PII lints clean" -- "$bin" lint fixtures/forms/non-pii.html
step 1 "Scan texts with canary PII: found, and shown only redacted" -- "$bin" scan fixtures/scan/canaries/*
step 0 "A log without PII scans clean" -- "$bin" scan fixtures/scan/clean.log
step 2 "Audit the fixture sessions: clean ones clean, planted leaks found, corrupt ones unverified" -- \
  "$bin" audit --canaries fixtures/sessions/canaries.txt --html "$out/audit-report.html" fixtures/sessions
step 0 "Sessions without PII audit clean" -- "$bin" audit fixtures/sessions/clean-*
if [ -d ../shared/recordings/openreplay-2023 ]; then
  step 0 "A real OpenReplay recording (2023) decodes to its end and audits" -- "$bin" audit ../shared/recordings/openreplay-2023
fi

echo
if [ "$failed" -ne 0 ]; then
  echo "main job: FAILED" >&2
  exit 1
fi
echo "main job: every step behaved as expected"
