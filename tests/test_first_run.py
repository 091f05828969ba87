"""run.sh / test.sh / tools/venv.sh on a fresh tree, with a stand-in Python so no real install
runs: the stand-in makes the venv, logs each pip install and each program run, and succeeds.
(CI's .ci/run does the real first run from a clean clone.)"""
import os
import shutil
import subprocess
import textwrap

import pytest

from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")

FAKE_PYTHON = textwrap.dedent("""\
    #!/usr/bin/env bash
    # Stands in for python3 and for .venv/bin/python.
    case "$1 $2" in
        "-c "*) exit "${FAKE_TOO_OLD:-0}" ;;
        "-m venv")
            dir="${@: -1}"
            if [[ " $* " == *" --clear "* ]]; then rm -rf "$dir"; fi
            mkdir -p "$dir/bin"
            cp "$0" "$dir/bin/python"
            [ -z "${FAKE_NO_VENV:-}" ] || exit 1  # like Debian without python3-venv
            exit 0 ;;
        "-m pip") echo "pip ${*: -1}" >>"$FAKE_LOG"; exit 0 ;;
    esac
    # The app or pytest: is tools/venv.sh's lock free while it runs?
    if ! command -v flock >/dev/null || flock -n "$FAKE_ROOT/tools/venv.sh" true; then
        lock=free
    else
        lock=held
    fi
    echo "run $* (lock $lock)" >>"$FAKE_LOG"
    """)


@pytest.fixture
def tree(tmp_path):
    """A copy of the launch scripts in a tree without .venv, and a way to run them."""
    root = tmp_path / "app"
    (root / "tools").mkdir(parents=True)
    for name in ("run.sh", "test.sh", "tools/venv.sh", "pyproject.toml"):
        shutil.copy2(ROOT / name, root / name)
    python = tmp_path / "python3"
    python.write_text(FAKE_PYTHON)
    python.chmod(0o755)
    log = tmp_path / "log"
    log.touch()

    def run(script, *args, **env):
        full = dict(os.environ, PYTHON=str(python), FAKE_LOG=str(log), FAKE_ROOT=str(root), **env)
        proc = subprocess.run([f"./{script}", *args], cwd=root, env=full, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=60)
        lines = log.read_text().splitlines()
        log.write_text("")
        return proc, lines

    run.root = root
    return run


def test_first_run_of_the_app_installs_and_starts_it(tree):
    proc, log = tree("run.sh", "--smoke-test")
    assert proc.returncode == 0, proc.stderr
    assert log[-2:] == [f"pip {tree.root}", "run main.py --smoke-test (lock free)"]
    assert "first run only" in proc.stderr


def test_app_then_tests_then_app_installs_each_extra_once(tree):
    assert tree("run.sh")[0].returncode == 0
    proc, log = tree("test.sh", "-q")
    assert proc.returncode == 0, proc.stderr
    assert log[-2:] == [f"pip {tree.root}[test]", "run -m pytest -q (lock free)"]
    for script, command in (("run.sh", "run main.py"), ("test.sh", "run -m pytest")):
        proc, log = tree(script)
        assert proc.returncode == 0, proc.stderr
        assert log == [f"{command} (lock free)"]  # nothing installed again


def test_a_changed_pyproject_installs_again(tree):
    assert tree("run.sh")[0].returncode == 0
    with open(tree.root / "pyproject.toml", "a") as f:
        f.write("\n# changed\n")
    proc, log = tree("run.sh")
    assert proc.returncode == 0 and f"pip {tree.root}" in log


def test_without_python3_venv_says_which_package_to_install(tree):
    proc, log = tree("run.sh", FAKE_NO_VENV="1")
    assert proc.returncode == 2 and log == []
    assert "apt-get install -y python3-venv" in proc.stderr
    assert not (tree.root / ".venv").exists()  # so the next run tries again


def test_a_too_old_python_is_named_before_anything_is_made(tree):
    proc, log = tree("test.sh", FAKE_TOO_OLD="1")
    assert proc.returncode == 2 and log == []
    assert "Python 3.10 or newer" in proc.stderr
    assert not (tree.root / ".venv").exists()


def test_a_venv_rebuilt_after_its_python_went_away_is_installed_again(tree):
    assert tree("run.sh")[0].returncode == 0
    (tree.root / ".venv" / "bin" / "python").unlink()  # e.g. the system Python was upgraded
    proc, log = tree("run.sh")
    assert proc.returncode == 0 and f"pip {tree.root}" in log
