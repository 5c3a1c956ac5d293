"""Refresh the translation sources and compile them (run with the venv's python).

UI texts are written in Bahasa Indonesia in ``self.tr(...)`` (the source language). This runs
``pyside6-lupdate`` over ``ui/`` (new texts appear in ``lingkaran_en.ts`` as unfinished; translate
them with ``pyside6-linguist``), then ``pyside6-lrelease`` to build ``lingkaran_en.qm``, and lists
texts still untranslated. Exit code 1 when any are left.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py"))
    ts = HERE / "lingkaran_en.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete",
                    "-source-language", "id", "-target-language", "en", "-ts", str(ts)],
                   cwd=ROOT, check=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm",
                    str(HERE / "lingkaran_en.qm")], cwd=ROOT, check=True)
    missing = [m.findtext("source") for m in ET.parse(ts).iter("message")
               if m.find("translation").get("type") == "unfinished"]
    for text in missing:
        print("untranslated:", text)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
