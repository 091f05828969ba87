"""Errors the engine raises for bad user input."""


class DataFormatError(ValueError):
    """A file (dataset, image or model) is not what it claims to be.

    The message always names the file and the problem, so the GUI can show
    it as is and the CLI can print it without a traceback.
    """

    def __init__(self, path, problem):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
