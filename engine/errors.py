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


class FileAccessError(DataFormatError):
    """The file may be fine, but this process may not read or write it (permission denied).

    A DataFormatError, so every caller that reports bad files reports this
    one too; callers that would set a damaged file aside must not set this
    one aside: nothing is known to be wrong with it.
    """


class SaveError(OSError, ValueError):
    """A file could not be written, and whatever was there before is untouched.

    An OSError, so a caller that handles failed writes handles this one; a
    ValueError too, so the CLI reports it as one line, like bad input. The
    message names the file and the problem.
    """

    def __init__(self, path, problem):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __str__(self):
        return f"{self.path}: {self.problem}"


class TeachError(ValueError):
    """Teaching would have broken the network (its weights overflowed); it was left as it was."""


@contextmanager
def reading(path, what="a file"):
    """Report the ways the operating system can fail to read ``path`` as DataFormatError.

    Wrap the opening and reading only; what the content means is the
    caller's to judge. ``what`` names the expected kind of file for the
    message about a folder, e.g. ``"a model file"``. A MemoryError or
    RecursionError while reading is the file's fault too (it claims more
    than any real file of its kind holds, or nests without end).
    """
    try:
        yield
    except FileNotFoundError:
        raise DataFormatError(path, "no such file") from None
    except IsADirectoryError:
        raise DataFormatError(path, f"is a folder, not {what}") from None
    except PermissionError:
        raise FileAccessError(path, "permission denied: this program may not read it") from None
    except OSError as exc:
        raise DataFormatError(path, f"cannot read: {exc.strerror or exc}") from None
    except MemoryError:
        raise DataFormatError(path, f"too large to read into memory: not {what}") from None
    except RecursionError:
        raise DataFormatError(path, f"nested too deeply to read: not {what}") from None


def size_text(n):
    """``n`` bytes in words: "512 MiB", "1 GiB", "3.2 KiB"."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            value = n / scale
            return f"{value:.0f} {unit}" if value == int(value) or value >= 10 else f"{value:.1f} {unit}"
    return f"{n} bytes"
