import re
import subprocess
import sys

from conftest import ROOT


def test_importing_the_engine_loads_no_qt():
    code = ("import sys, engine; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6', 'pyqtgraph')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_engine_sources_never_import_qt():
    for path in (ROOT / "engine").rglob("*.py"):
        text = path.read_text()
        assert not re.search(r"^\s*(import|from)\s+(PySide6|pyqtgraph|shiboken6)", text, re.M), path


def test_no_pickle_in_product_code():
    pattern = re.compile(r"^\s*(import|from)\s+(pickle|cPickle|dill|joblib)\b|allow_pickle\s*=\s*True", re.M)
    for folder in ("engine", "gui", "benchmarks", "tools"):
        for path in (ROOT / folder).rglob("*.py"):
            assert not pattern.search(path.read_text()), path
    assert not pattern.search((ROOT / "main.py").read_text())
