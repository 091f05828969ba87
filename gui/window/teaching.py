"""Teaching the network your handwriting: Learn, Undo Learn, and re-teaching after removals."""
import numpy as np
from PySide6.QtCore import QObject, Signal

import engine

from ..background import BackgroundJobs
from ..session import TAUGHT_SUFFIX


class Teacher(QObject):
    """Learn adds the drawing to the personal digits and takes a few steps on them.

    The model before the last Learn is kept for Undo Learn; the model before
    the first Learn on it is kept for re-teaching after digits are removed.
    Ctrl+Z undoes a Learn only right after it (``learned_last``); a stroke
    drawn since makes Ctrl+Z mean the stroke again.
    """

    undoChanged = Signal(object)  # the digit Undo Learn would take back, or None
    personalChanged = Signal(int)  # how many personal digits there are
    status = Signal(str, int)  # a line for the status bar, milliseconds
    problem = Signal(str, str)  # title, text
    accuracyMeasured = Signal()

    def __init__(self, session, personal, reader, panel, questions, parent=None):
        super().__init__(parent)
        self.session = session
        self.personal = personal
        self.reader = reader
        self.panel = panel  # ReadPanel: the label the user picked
        self.questions = questions
        self.learned_last = False
        self._undo = None  # (model before the last Learn, its dirty flag, the digit)
        self._before_teaching = None
        self._mnist = None
        self._jobs = BackgroundJobs(self)
        self._token = 0
        self._told_unsaved = False  # a failing save is said in a box once, then in the status bar
        session.changed.connect(self._model_changed)

    def shutdown(self):
        """Stop measuring accuracy: closing never waits long for it."""
        self._jobs.shutdown()

    def _model_changed(self, net, origin):
        if origin != "teaching":  # another model: nothing of the old one to undo or re-teach
            self._undo = self._before_teaching = None
            self.learned_last = False
            self.undoChanged.emit(None)

    def drawing_changed(self):
        self.learned_last = False

    def mnist_train(self):
        if self._mnist is None:
            self._mnist = engine.load_mnist("train")
        return self._mnist

    def learn(self, digit):
        """Keep the drawing as a personal digit labelled ``digit`` and teach it to the network."""
        seen = self.reader.current_input()
        if seen is None:
            self.status.emit(self.tr("Draw a digit first, then say what it is."), 4000)
            return None
        net = self.session.net
        before = net.predict_proba(seen.reshape(1, -1))[0][digit]
        if self._before_teaching is None:
            self._before_teaching = net.copy()
        undo = (net.copy(), self.session.dirty, digit)
        if not self._keep(seen, digit):
            return None
        taught = self._taught(net.copy())
        if taught is None:
            return None
        self._adopt(taught)
        self._undo = undo
        self.learned_last = True
        self.undoChanged.emit(digit)
        self.panel.forget_digit()  # the next drawing gets its own label
        after = self.reader.recognize()[digit]
        self.status.emit(self.tr("Learned a {digit}: its probability went from {before} to "
                                 "{after}. Ctrl+Z or Undo Learn takes it back.").format(
            digit=digit, before=f"{before:.1%}", after=f"{after:.1%}"), 8000)
        return before, after

    def undo_learn(self):
        """The model as it was before the last Learn, and that personal digit forgotten."""
        if self._undo is None:
            return False
        previous, was_dirty, digit = self._undo
        self._undo = None
        self.learned_last = False
        if len(self.personal):
            self.personal.remove(len(self.personal) - 1)
        if not len(self.personal):
            self._before_teaching = None
        self.session.set_model(previous, None, dirty=was_dirty, origin="teaching")
        self.undoChanged.emit(None)
        self.personalChanged.emit(len(self.personal))
        self.status.emit(self.tr("Undid learning the {digit}: the network is back as "
                                 "before.").format(digit=digit), 6000)
        return True

    def last_digit(self):
        """The digit Undo Learn would take back, or None."""
        return None if self._undo is None else self._undo[2]

    def can_undo_right_now(self):
        return self.learned_last and self._undo is not None

    def offer_reteach(self):
        """After personal digits are removed: the network still knows them; offer to undo that."""
        self.personalChanged.emit(len(self.personal))
        if self._before_teaching is None:
            self.status.emit(self.tr("Removed. The network keeps what it learned from those "
                                     "digits until you re-train it or open another model."), 8000)
            return False
        n = len(self.personal)
        question = (
            self.tr("The network still knows the digits you removed. Go back to the model "
                    "before your teaching?") if n == 0 else
            self.tr("The network still knows the digits you removed. Go back to the model "
                    "before your teaching and teach it the remaining %n digit(s) again?", "", n))
        if not self.questions.yes_no(self.tr("Re-teach"), question):
            return False
        base = self._before_teaching.copy()
        self._undo = None
        self.learned_last = False
        self.undoChanged.emit(None)
        if n:
            taught = self._taught(base)
            if taught is None:
                return False
            self._adopt(taught)
        else:
            self._before_teaching = None
            self.session.set_model(base, None, dirty=True, origin="teaching")
        return True

    def _keep(self, image, digit):
        """Add the drawing to the personal digits; False (with a message) when it could not
        even be held. A failed save keeps it in memory: the engine tries again next time."""
        held = len(self.personal)
        try:
            self.personal.add(image, digit)
        except (ValueError, OSError) as exc:  # a full collection, no permission, a full disk
            if len(self.personal) == held:
                self.problem.emit(self.tr("Could not keep the digit"), str(exc))
                return False
            text = self.tr("The {digit} is kept while the app runs, but your personal digits "
                           "file could not be written:\n{error}").format(digit=digit, error=exc)
            if self._told_unsaved:
                self.status.emit(text.replace("\n", " "), 8000)
            else:
                self._told_unsaved = True
                self.problem.emit(self.tr("Personal digits not saved"), text)
        return True

    def _taught(self, net):
        """``net`` taught the personal digits, or None (with a message) when teaching would
        break it: the model in use stays as it was."""
        try:
            engine.teach(net, self.personal.images, self.personal.labels,
                         mnist=self.mnist_train(), seed=len(self.personal))
        except (ValueError, FloatingPointError) as exc:
            self.problem.emit(self.tr("Could not teach the network"), self.tr(
                "{error}\n\nThe network in use is unchanged; your digit is kept with your "
                "personal digits.").format(error=exc))
            return None
        if not all(np.isfinite(a).all() for a in list(net.weights) + list(net.biases or [])):
            self.problem.emit(self.tr("Could not teach the network"), self.tr(
                "Teaching made its weights NaN or infinite, so it was not used: the network in "
                "use is unchanged."))
            return None
        return net

    def _adopt(self, net):
        """A taught network becomes the model; its test accuracy is measured anew."""
        net.meta.pop("test_accuracy", None)  # the old figure no longer describes it
        name = self.session.net.meta.get("name", "default model")
        net.meta["name"] = name if name.endswith(TAUGHT_SUFFIX) else name + TAUGHT_SUFFIX
        self.session.set_model(net, None, dirty=True, origin="teaching")
        self.personalChanged.emit(len(self.personal))
        self._measure_accuracy(net)

    def _measure_accuracy(self, net):
        """Test accuracy of ``net`` on the 10,000 test digits, in a thread."""
        self._token += 1
        token, copy = self._token, net.copy()

        def work(job):
            images, labels = engine.load_mnist("test")
            return engine.evaluate(copy, images, labels)["accuracy"]

        def done(result):
            if token != self._token or isinstance(result, Exception):
                return
            net.meta["test_accuracy"] = float(result)
            if net is self.session.net:
                self.accuracyMeasured.emit()

        self._jobs.submit(work, done)
