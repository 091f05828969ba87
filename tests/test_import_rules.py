import ast
import graphlib
import re
import subprocess
import sys

import pytest

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


# -- structure: no import cycles, small files, small folders ------------------------------------
PACKAGES = ["engine", "gui"]
MAX_LINES = 300
MAX_MODULES = 12


def _modules(package):
    """{dotted module name: path} of every module in ``package`` and its subpackages."""
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(name, path, known):
    """The modules of ``known`` that module ``name`` imports, anywhere in it (functions too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = ".".join(parts[:len(parts) - node.level + 1])
                base = f"{parent}.{base}" if base else parent
            # ``from pkg import mod`` imports the module pkg.mod; ``from mod import name`` mod.
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        yield from (t for t in targets if t in known and t != name)


def _import_graph(package):
    modules = _modules(package)
    return {name: set(_imports(name, path, modules)) for name, path in modules.items()}


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycles(package):
    try:
        tuple(graphlib.TopologicalSorter(_import_graph(package)).static_order())
    except graphlib.CycleError as exc:
        pytest.fail("import cycle: " + " -> ".join(exc.args[1]))


def test_the_cycle_check_sees_imports_inside_functions(tmp_path, monkeypatch):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .b import f\n")
    (pkg / "b.py").write_text("def f():\n    from . import a\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert _import_graph("pkg") == {"pkg": set(), "pkg.a": {"pkg.b"}, "pkg.b": {"pkg.a"}}
    with pytest.raises(graphlib.CycleError):
        tuple(graphlib.TopologicalSorter(_import_graph("pkg")).static_order())


def test_the_engine_never_imports_the_gui():
    for name, path in _modules("engine").items():
        assert not set(_imports(name, path, _modules("gui"))), name


def _engine_imports(path):
    """How a file imports the engine: the dotted names it imports from."""
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.split(".")[0] == "engine")
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module \
                and node.module.split(".")[0] == "engine":
            yield node.module


def test_the_gui_reaches_the_engine_only_through_its_facade():
    # ``import engine`` / ``from engine import name``: the facade is the GUI's one door.
    for path in (ROOT / "gui").rglob("*.py"):
        names = set(_engine_imports(path))
        assert names <= {"engine"}, f"{path.relative_to(ROOT)} imports {names - {'engine'}}"


def test_the_facade_check_sees_a_submodule_import(tmp_path):
    (tmp_path / "x.py").write_text("def f():\n    from engine.nn import network\n")
    assert set(_engine_imports(tmp_path / "x.py")) == {"engine.nn"}


@pytest.mark.parametrize("package", PACKAGES)
def test_no_file_over_300_lines(package):
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / package).rglob("*.py")
            if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert not long, f"over {MAX_LINES} lines: {long}"


@pytest.mark.parametrize("package", PACKAGES)
def test_no_package_folder_holds_more_than_12_modules(package):
    folders = {p.parent for p in (ROOT / package).rglob("*.py")}
    crowded = {str(f.relative_to(ROOT)): n for f in folders
               if (n := len(list(f.glob("*.py")))) > MAX_MODULES}
    assert not crowded, f"more than {MAX_MODULES} modules: {crowded}"
