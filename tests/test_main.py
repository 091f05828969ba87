import os
import subprocess
import sys

from conftest import ROOT


def test_main_without_a_display_exits_2_with_a_message():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2
    assert "no display" in proc.stderr and "xvfb-run" in proc.stderr
