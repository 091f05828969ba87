"""Closing the window during any job ends the job and the process cleanly within 2 s: the real
app in a subprocess, closed mid-batch of a big network (or inside its first evaluation, which
no flag can interrupt), mid-sweep, mid-back-query, right after a Learn."""
import os
import subprocess
import sys
import time

import pytest

from conftest import ROOT

CLOSE_LIMIT = 2.0

SCRIPT = r"""
import sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSpinBox
from gui import app as gui_app

job = sys.argv[1]
build = gui_app.build_window


def build_and_start():
    # The app's own start-up (gui.app.run), with a big job started in its window.
    window = build()
    window.questions.answers = {{"save_discard_cancel": "discard", "yes_no": False,
                                "go_ahead": True}}
    window.resize(1200, 800)
    panel, inside = window.train_panel, window.inside_panel
    panel.form.hidden.setText("2048,2048")
    panel.form.hidden.textEdited.emit("2048,2048")
    panel.form.batch.setValue(1024)
    panel.findChild(QSpinBox, "epochsSpin").setValue(5)
    started = time.monotonic()
    if job in ("batch", "first evaluation"):
        assert panel.start_training()
    elif job == "sweep":
        panel.sweep.quick.setChecked(False)
        assert panel.start_sweep()
    elif job == "back-query":
        window.inside_dock.show()
        window.inside_dock.raise_()
        inside.set_network(window.session.net)
    elif job == "teaching":  # Learn saves a personal digit, then measures the accuracy
        import engine
        images, labels = engine.load_mnist("test")
        window.canvas.set_image(images[0] / 255)
        window.teacher.learn(int(labels[0]))

    def busy():
        if job == "batch":
            return panel.batches_done > 0
        if job == "back-query":
            return inside.jobs.busy()
        if job == "teaching":
            return True
        return time.monotonic() - started > 0.3

    def poll():
        if busy():
            QTimer.singleShot(0 if job == "teaching" else 150, close)  # inside, not at an edge
        else:
            QTimer.singleShot(10, poll)

    def close():
        print("closing", flush=True)
        window.close()

    QTimer.singleShot(10, poll)
    return window


gui_app.build_window = build_and_start
sys.exit(gui_app.run(["digit-reader"]))
"""


def close_during(job, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"))
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT.format(root=str(ROOT)), job],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    line = proc.stdout.readline()  # blocks until the window is closed
    closed_at = time.monotonic()
    assert line.startswith("closing"), (line, proc.communicate(timeout=60))
    try:
        out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail(f"the app still ran 30 s after closing during a {job}")
    return time.monotonic() - closed_at, proc.returncode, out, err


@pytest.mark.parametrize("job", ["batch", "first evaluation", "sweep", "back-query", "teaching"])
def test_closing_during_a_job_ends_the_process_cleanly_within_2_s(job, tmp_path):
    seconds, code, out, err = close_during(job, tmp_path)
    assert code == 0, err
    assert "Destroyed while thread" not in err and "Traceback" not in err, err
    assert seconds < CLOSE_LIMIT, f"{seconds:.2f} s from close to exit during a {job}"
