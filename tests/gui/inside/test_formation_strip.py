"""Watch it form: the strip of one label's back-query through a training run."""
import numpy as np

import engine
from conftest import ROOT  # noqa: F401  (puts the project on sys.path)
from gui.train.worker import Snapshot, early_snapshots


class FakeJob:
    def __init__(self):
        self.reports = []

    def report(self, record):
        self.reports.append(record)


def batches(epochs, per_epoch):
    step = 0
    for epoch in range(1, epochs + 1):
        for batch in range(1, per_epoch + 1):
            step += 1
            yield engine.BatchStats(epoch, batch, per_epoch, step, epochs * per_epoch,
                                    0.5, 0.1, 0.0)


def test_early_snapshots_come_at_their_fractions_of_epoch_one_only():
    net, job = engine.Network([784, 8, 10], seed=1), FakeJob()
    seen = []
    for record in early_snapshots(batches(2, 40), job, net):
        seen.append((record.step, [r.label for r in job.reports]))
    assert [r.label for r in job.reports] == ["0.1", "0.25", "0.5"]
    assert all(isinstance(r, Snapshot) and r.network is not net for r in job.reports)
    # each reported right after its batch: 4 of 40, 10 of 40, 20 of 40
    assert [s for s, labels in seen if labels][:1] == [5]
    assert len(seen) == 80  # every record passes through


def start_run(window, epochs=2):
    panel = window.train_panel
    panel.form.hidden.setText("16")
    panel.form.hidden.textEdited.emit("16")
    panel.form.epochs.setValue(epochs)
    panel.subset.setValue(1000)
    assert panel.live_model.isChecked()
    assert panel.start_training()
    return panel


def test_a_training_run_fills_the_strip_from_inside_the_first_epoch(window, qtbot):
    window.inside_dock.raise_()  # the panel computes only while it can be seen
    strip = window.inside_panel.formation
    assert strip.objectName() == "formationStrip" and strip.digit.value() == 3
    assert strip.labels() == []
    panel = start_run(window)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=120000)
    labels = strip.labels()
    assert labels[-2:] == ["1", "2"]
    early = labels[:-2]
    assert early and all(0 < float(x) < 1 for x in early)
    assert early == sorted(early, key=float)
    qtbot.waitUntil(lambda: all(e[2] is not None for e in strip.entries), timeout=30000)
    threes = [e[2][3] for e in strip.entries]
    assert not np.allclose(threes[0], threes[-1])  # the picture changed as it trained
    view = window.inside_panel.backquery
    qtbot.waitUntil(lambda: view.net is not None and view.net.sizes == [784, 16, 10], timeout=5000)


def test_the_strip_clears_on_a_new_run_and_on_another_model(window, qtbot):
    window.inside_dock.raise_()  # the panel computes only while it can be seen
    strip = window.inside_panel.formation
    panel = start_run(window, epochs=1)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=120000)
    assert "1" in strip.labels()
    start_run(window, epochs=1)
    assert strip.labels() == []  # a new run starts with an empty strip
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=120000)
    assert "1" in strip.labels()
    window.session.set_model(engine.load_model(), None, origin="file")
    assert strip.labels() == []


def test_each_snapshot_adds_one_cell_and_the_others_are_reused(qtbot):
    from gui.background import BackgroundJobs
    from gui.inside.formation_strip import MAX_ENTRIES, FormationStrip

    jobs = BackgroundJobs()
    strip = FormationStrip(jobs)
    qtbot.addWidget(strip)
    strip.set_on_screen(False)  # no back-queries: only the cells are under test
    net = engine.Network([784, 8, 10], seed=1)
    strip.add(net, "0.1")
    first = strip._cells[0][0]
    for label in ("0.25", "0.5", "1"):
        strip.add(net, label)
    assert len(strip._cells) == 4 and strip._cells[0][0] is first
    assert [caption.textItem.toPlainText() for _, _, caption in strip._cells] == strip.labels()
    for n in range(MAX_ENTRIES):
        strip.add(net, str(n + 2))
    assert len(strip._cells) == MAX_ENTRIES and strip._cells[0][0] is first
    assert strip._cells[0][2].textItem.toPlainText() == strip.labels()[0]
    strip.clear()
    assert strip._cells == []
    jobs.shutdown()
