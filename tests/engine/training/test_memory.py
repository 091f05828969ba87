"""Full-MNIST training fits in memory on a small machine."""
import subprocess
import sys

from conftest import ROOT


def test_full_mnist_training_stays_under_1_gb(tmp_path):
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import engine
config = engine.preset("default", epochs=1)
net = config.make_network()
for _ in engine.train(net, config, engine.load_mnist("train"), engine.load_mnist("test")):
    pass
# VmHWM, not ru_maxrss: Linux carries the parent's ru_maxrss over fork and exec.
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    peak_mb = int(out.stdout.split()[-1]) / 1024
    assert peak_mb < 1024, f"peak RSS {peak_mb:.0f} MB"
