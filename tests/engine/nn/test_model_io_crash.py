"""A save killed at any moment leaves the old model file or the new one, never a torn one."""
import os
import random
import signal
import subprocess
import sys
import time

import engine
from conftest import ROOT

SAVER = """
import sys
sys.path.insert(0, {root!r})
import engine
net = engine.Network([784, 256, 10])
print("ready", flush=True)
i = 0
while True:
    net.weights[0][0, 0] = i
    engine.save_model(net, sys.argv[1])
    i += 1
"""


def test_kill_9_during_saves_always_leaves_a_loadable_model(tmp_path):
    path = tmp_path / "model.npz"
    rng = random.Random(0)
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", SAVER.format(root=str(ROOT)), str(path)],
                                stdout=subprocess.PIPE)
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        net = engine.load_model(path)  # the old file or the new one, never a torn one
        assert net.sizes == [784, 256, 10]
