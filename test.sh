#!/usr/bin/env bash
# Run the whole test suite (creates .venv with the test extras on first run).
set -euo pipefail
cd "$(dirname "$0")"
source tools/venv.sh test
exec .venv/bin/python -m pytest "$@"
