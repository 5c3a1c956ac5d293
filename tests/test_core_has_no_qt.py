"""ARCHITECTURE: the core package never imports Qt."""

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import lingkaran_desktop
names = [m.name for m in pkgutil.walk_packages(lingkaran_desktop.__path__, "lingkaran_desktop.")]
names = [n for n in names if ".migrations" not in n]
for name in names:
    importlib.import_module(name)
bad = sorted(n for n in sys.modules if n.startswith(("PySide6", "shiboken6")))
print(len(names))
assert not bad, bad
"""


def test_every_core_module_imports_without_pyside6() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 10
