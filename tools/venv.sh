# Sourced by run.sh and test.sh: make sure .venv exists and holds what
# pyproject.toml pins; reinstall only when pyproject.toml changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
    if ! "$python" -m venv "$venv" >/dev/null 2>&1; then
        rm -rf "$venv"
        echo "error: could not create a virtual environment with '$python -m venv'." >&2
        echo "On Debian/Ubuntu install it first: sudo apt-get install -y python3-venv" >&2
        exit 2
    fi
fi
stamp="$venv/.installed-$(cat "$root/pyproject.toml" | sha256sum | cut -c1-16)-${1:-app}"
if [ ! -f "$stamp" ]; then
    echo "Installing dependencies into .venv (first run only)..." >&2
    extra=""
    if [ "${1:-app}" = "test" ]; then extra="[test]"; fi
    "$venv/bin/python" -m pip install --disable-pip-version-check -q --upgrade pip >&2
    "$venv/bin/python" -m pip install --disable-pip-version-check -q -e "$root$extra" >&2
    rm -f "$venv"/.installed-*
    touch "$stamp"
    # A test install covers the app too. (An `if`, not `[ ] && touch`: as the
    # last command of a sourced file a false test would fail run.sh under set -e.)
    if [ "${1:-app}" = "test" ]; then
        touch "${stamp%-test}-app"
    fi
fi
true
