# Sourced by run.sh and test.sh: make sure .venv exists and holds what
# pyproject.toml pins; reinstall only when pyproject.toml changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
python="${PYTHON:-python3}"

# ./run.sh and ./test.sh started together would both install into one .venv:
# the second waits here for the first. The lock is this very file (read-only,
# so no lock file appears in the tree) and is let go below, before the app runs.
if command -v flock >/dev/null 2>&1; then
    exec 9<"${BASH_SOURCE[0]}"
    flock 9
fi

if [ ! -x "$venv/bin/python" ]; then
    # Say what is wrong in the user's terms, not as pip's "requires a different Python".
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' >/dev/null 2>&1; then
        echo "error: Digit Reader needs Python 3.10 or newer as '$python'." >&2
        echo "On Debian/Ubuntu: sudo apt-get install -y python3 python3-venv" >&2
        echo "(or name another interpreter: PYTHON=python3.11 $0)" >&2
        exit 2
    fi
    # --clear: a .venv whose interpreter went away (Python upgraded) still holds
    # the old install stamps, which would skip the install below.
    if ! "$python" -m venv --clear "$venv" >/dev/null 2>&1; then
        rm -rf "$venv"
        echo "error: could not create a virtual environment with '$python -m venv'." >&2
        echo "On Debian/Ubuntu install it first: sudo apt-get install -y python3-venv" >&2
        exit 2
    fi
fi
stamp="$venv/.installed-$(sha256sum <"$root/pyproject.toml" | cut -c1-16)-${1:-app}"
if [ ! -f "$stamp" ]; then
    echo "Installing dependencies into .venv (first run only, a few minutes)..." >&2
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
# Closing fd 9 lets the lock go; otherwise the exec'd app would hold it and a
# ./test.sh started meanwhile would wait until the window closed.
exec 9<&-
true
