"""While a background job runs, the interpreter switches threads every millisecond."""
import sys
import threading

from gui.background import SWITCH_INTERVAL, BackgroundJobs


def test_the_switch_interval_is_short_while_a_job_runs_and_restored_after(qtbot):
    usual = sys.getswitchinterval()
    jobs = BackgroundJobs()
    release, seen, results = threading.Event(), [], []
    jobs.submit(lambda job: (seen.append(sys.getswitchinterval()), release.wait(5)),
                results.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] <= SWITCH_INTERVAL < usual
    release.set()
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=5000)
    assert sys.getswitchinterval() == usual and results
