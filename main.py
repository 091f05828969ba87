"""Digit Reader: draw a digit and watch a from-scratch NumPy network read it."""
import argparse
import sys

from gui import display_check

LANGUAGES = ("en", "ko")  # gui.language.LANGUAGES, named here before Qt may be imported


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="run.sh", description=__doc__, allow_abbrev=False)
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, run it for a second, close it; exit 0 if all worked")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="the window's language, remembered for next time "
                             "(default: the one chosen last, else the system's)")
    # Anything else (e.g. Qt's -style) goes on to the QApplication.
    return parser.parse_known_args(argv[1:])


def main(argv=None):
    argv = sys.argv if argv is None else argv
    args, qt_args = parse_args(argv)
    problem = display_check.problem()  # before Qt is imported: Qt would abort instead
    if problem:
        print(problem, file=sys.stderr)
        return 2
    qt_argv = argv[:1] + qt_args
    if args.smoke_test:
        from gui.smoke_test import smoke_test

        return smoke_test(qt_argv, language=args.lang)
    from gui.app import run

    return run(qt_argv, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
