"""Errors the engine raises for bad user input, and the one way a failed read is reported."""
from contextlib import contextmanager


class DataFormatError(ValueError):
    """A file (dataset, image or model) is not what it claims to be.

    The message always names the file and the problem, so the GUI can show
    it as is and the CLI can print it without a traceback.
    """

    def __init__(self, path, problem):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@contextmanager
def reading(path, what="a file"):
    """Report the ways the operating system can fail to read ``path`` as DataFormatError.

    Wrap the opening and reading only; what the content means is the
    caller's to judge. ``what`` names the expected kind of file for the
    message about a folder, e.g. ``"a model file"``.
    """
    try:
        yield
    except FileNotFoundError:
        raise DataFormatError(path, "no such file") from None
    except IsADirectoryError:
        raise DataFormatError(path, f"is a folder, not {what}") from None
    except PermissionError:
        raise DataFormatError(path, "permission denied") from None
    except OSError as exc:
        raise DataFormatError(path, f"cannot read: {exc.strerror or exc}") from None
