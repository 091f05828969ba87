"""Update the translation sources and compile them: pyside6-lupdate, then pyside6-lrelease.

    .venv/bin/python tools/translations.py            # update .ts from the code, build .qm
    .venv/bin/python tools/translations.py --check    # exit 1 if a .ts is out of date or unfinished
    .venv/bin/python tools/translations.py --part draw   # one part only

One .ts per part of the window (resources/translations/<part>_<lang>.ts), so
that the parts can be translated side by side; the app loads every .qm of the
language. lupdate keeps what is translated already and marks new texts
"unfinished"; fill those in (Qt Linguist: pyside6-linguist FILE.ts, or any
editor), then run this again.
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("ko", "en")
# English is the source language: its .ts holds only the plural forms ("%n digit(s)").
PLURAL_ONLY = ("en",)
# part -> the sources whose texts it holds (folders are taken whole)
PARTS = {
    "window": ["gui/app.py", "gui/language.py", "gui/smoke_test.py", "gui/questions.py",
               "gui/background.py", "gui/session.py", "gui/settings.py", "gui/window"],
    "draw": ["gui/draw"],
    "train": ["gui/train"],
    "inside": ["gui/inside"],
    "lab": ["gui/lab"],
}


def tool(name):
    """A Qt tool from the venv the script runs in (PySide6-Essentials ships them)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: run ./test.sh once to create .venv")
    return found


def sources(part):
    files = []
    for entry in PARTS[part]:
        path = ROOT / entry
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []
    return [str(f.relative_to(ROOT)) for f in files]


def update(ts_path, part):
    only = ["-pluralonly"] if ts_path.stem.endswith(tuple(f"_{lang}" for lang in PLURAL_ONLY)) else []
    subprocess.run([tool("pyside6-lupdate"), *sources(part), *only, "-no-obsolete",
                    "-locations", "none", "-ts", str(ts_path)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def release(ts_path):
    qm = ts_path.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path), "-qm", str(qm)],
                   cwd=ROOT, check=True)
    return qm


def unfinished(ts_path):
    """The source texts of ``ts_path`` that have no finished translation."""
    missing = []
    for message in ET.parse(ts_path).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            missing.append(message.findtext("source"))
    return missing


def check():
    """1 if running lupdate would change a .ts, or a text is untranslated."""
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for part in PARTS:
            for lang in LANGUAGES:
                ts = OUT / f"{part}_{lang}.ts"
                if not ts.exists():
                    print(f"{ts.name}: missing")
                    bad = 1
                    continue
                copy = Path(tmp) / ts.name
                shutil.copy(ts, copy)
                update(copy, part)
                if copy.read_bytes() != ts.read_bytes():
                    print(f"{ts.name}: out of date with the code (run tools/translations.py)")
                    bad = 1
                for text in unfinished(copy):
                    print(f"{ts.name}: unfinished: {text!r}")
                    bad = 1
    return bad


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--part", choices=sorted(PARTS), action="append",
                        help="only this part (repeatable); default: all")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    OUT.mkdir(parents=True, exist_ok=True)
    for part in args.part or PARTS:
        for lang in LANGUAGES:
            ts = OUT / f"{part}_{lang}.ts"
            update(ts, part)
            qm = release(ts)  # unfinished texts stay English in the .qm
            left = unfinished(ts)
            print(f"{qm.relative_to(ROOT)}: built" + (f", {len(left)} unfinished" if left else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
