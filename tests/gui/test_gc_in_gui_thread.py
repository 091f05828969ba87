"""Garbage is collected in the GUI thread only: never in a job's thread, where Qt can hang."""
import gc
import threading
import weakref

from gui import gc_in_gui_thread
from gui.app import application


class Cycle:
    def __init__(self):
        self.me = self


def test_the_app_collects_in_the_gui_thread_by_timer(qtbot):
    app = application()
    collector = gc_in_gui_thread.install(app)
    assert gc_in_gui_thread.install(app) is collector  # once per application
    assert not gc.isenabled()
    threads = []
    gc.callbacks.append(seen := lambda phase, info: threads.append(threading.current_thread()))
    try:
        garbage = Cycle()
        gone = weakref.ref(garbage)
        del garbage
        for _ in range(5000):  # allocations enough to pass the first threshold
            Cycle()
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    finally:
        gc.callbacks.remove(seen)
    assert threads and set(threads) == {threading.main_thread()}
