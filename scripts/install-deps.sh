#!/usr/bin/env bash
# Installs the system packages masklint needs to build and test, when they are missing.
# Usage: scripts/install-deps.sh [build|test]   (test adds what the test suite needs)
set -euo pipefail

need=(pkg-config libxml2-dev libpcre2-dev libzstd-dev zlib1g-dev libssl-dev)
if [ "${1:-build}" = "test" ]; then
  # node checks that rule patterns mean the same in JavaScript; chromium is the reference browser.
  command -v node >/dev/null 2>&1 || need+=(nodejs)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  # The rule files are validated against their JSON Schema with Debian's Python jsonschema.
  need+=(python3-jsonschema python3-yaml)
  # /usr/bin/time measures the peak RSS of the audit in the memory-bound test (make memory-test).
  need+=(time)
fi

missing=()
for package in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "masklint: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "masklint: the Swift toolchain (6.0 or later) is required: https://www.swift.org/install/linux/" >&2
  exit 2
fi
