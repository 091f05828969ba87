"""The user's personal digits survive a killed save; a damaged file is set aside, not lost."""
import os
import random
import signal
import subprocess
import sys
import time

import engine
from conftest import ROOT


def test_kill_9_during_personal_digit_saves(tmp_path):
    path = tmp_path / "personal.npz"
    code = f"""
import sys, numpy as np
sys.path.insert(0, {str(ROOT)!r})
import engine
p = engine.PersonalDigits(sys.argv[1])
print("ready", flush=True)
while True:
    p.add(np.random.rand(28, 28), 3)
"""
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(random.uniform(0.05, 0.3))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        digits = engine.PersonalDigits(path)
        assert digits.problem is None and len(digits) == len(digits.labels)


def test_a_damaged_personal_file_is_set_aside(tmp_path):
    path = tmp_path / "personal.npz"
    path.write_bytes(b"garbage")
    digits = engine.PersonalDigits(path)
    assert len(digits) == 0 and "personal.npz" in digits.problem
    assert (tmp_path / "personal.npz.damaged").exists()
