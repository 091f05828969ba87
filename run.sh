#!/usr/bin/env bash
# Open the app (creates .venv and installs the pinned dependencies on first run).
set -euo pipefail
cd "$(dirname "$0")"
source tools/venv.sh app
exec .venv/bin/python main.py "$@"
