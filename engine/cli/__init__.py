"""Command line: ``python -m engine train|evaluate|predict|backquery|gradcheck|lab ...``.

With ``--json`` the last line on stdout is one JSON object; human-readable
progress goes to stderr so that it never mixes with it. Bad input gives a
one-line error and exit code 2, never a traceback.
"""
import sys

from . import commands
from .console import one_line
from .lab_command import lab
from .parser import build_parser

COMMANDS = {"train": commands.train, "evaluate": commands.evaluate, "predict": commands.predict,
            "backquery": commands.backquery, "gradcheck": commands.gradcheck, "lab": lab}


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ValueError as exc:  # DataFormatError too: its message names the file and the problem
        print(f"error: {one_line(exc)}", file=sys.stderr)
        return commands.EXIT_BAD_INPUT
    except (OSError, MemoryError, RecursionError) as exc:  # a file that could not be read or written
        print(f"error: {one_line(exc)}", file=sys.stderr)
        return commands.EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
