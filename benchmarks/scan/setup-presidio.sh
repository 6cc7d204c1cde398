#!/usr/bin/env bash
# Makes a Python virtual environment with Microsoft Presidio's analyzer for the reference figures of
# score.py and bench.sh, outside the repository, and prints the path of its python.
#   benchmarks/scan/setup-presidio.sh [VENV_DIR]   (default: ${TMPDIR:-/tmp}/masklint-presidio-venv)
# Only PyPI is needed; no spaCy model is downloaded (presidio_predict.py uses a blank pipeline).
set -euo pipefail
venv="${1:-${TMPDIR:-/tmp}/masklint-presidio-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check presidio-analyzer >&2
fi
echo "$venv/bin/python"
