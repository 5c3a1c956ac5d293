"""Packaging: build.spec ships what the app loads, one version number, the frozen layout.

Fast checks, no build. The real build and smoke test (about a minute and a half) is marked
``slow`` and left out of ``make test``; run it with
``.venv/bin/python -m pytest -m slow tests/test_packaging.py`` (or scripts/build_bundle.sh, then
scripts/smoke_bundle.sh).
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

import lingkaran_desktop
from lingkaran_desktop import resources
from lingkaran_desktop.store import db

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"


@pytest.fixture(scope="module")
def spec() -> dict:
    """build.spec's definitions, up to the point where PyInstaller itself takes over."""
    source = SPEC.read_text(encoding="utf-8")
    ast.parse(source, filename=str(SPEC))  # the whole spec is valid Python
    head = source.split("\na = Analysis(", 1)[0]
    namespace: dict = {"SPECPATH": str(ROOT), "__file__": str(SPEC)}
    exec(compile(head, str(SPEC), "exec"), namespace)
    return namespace


def shipped(spec: dict) -> dict[Path, Path]:
    """Source file -> its folder inside the bundle (relative to _MEIPASS)."""
    return {Path(src).resolve(): Path(dest) for src, dest in spec["DATAS"]}


# --- what the spec ships ---------------------------------------------------------------------


def test_spec_ships_every_migration_where_alembic_looks(spec) -> None:
    datas = shipped(spec)
    migrations = Path(db.MIGRATIONS_DIR)
    files = [migrations / "env.py", migrations / "script.py.mako",
             *sorted((migrations / "versions").glob("*.py"))]  # fmt: skip
    assert len(files) >= 4
    # Frozen, store/db.py's __file__ is _MEIPASS/lingkaran_desktop/store/db.pyc, so Alembic looks
    # in _MEIPASS/lingkaran_desktop/store/migrations.
    inside = migrations.relative_to(ROOT)
    for f in files:
        assert datas.get(f.resolve()) == f.parent.relative_to(ROOT), f
        assert str(datas[f.resolve()]).startswith(str(inside))


def test_spec_ships_every_runtime_resource_and_no_sources(spec) -> None:
    datas = shipped(spec)
    base = ROOT / "resources"
    for f in base.rglob("*"):
        if not f.is_file() or "__pycache__" in f.parts:
            continue
        if f.suffix in {".ts", ".py", ".pyc"}:
            assert f.resolve() not in datas, f"{f} is a source file, not runtime data"
        else:
            assert datas.get(f.resolve()) == f.parent.relative_to(ROOT), f"{f} is not shipped"
    names = {p.name for p in datas}
    for needed in ("wilayah_kepmendagri_2025.csv", "kecamatan_all_years.csv",
                   "bpu_occupations.csv", "wilayah_LICENSE.txt", "lingkaran_en.qm"):  # fmt: skip
        assert needed in names
    assert all(src.exists() for src in datas)


def test_hidden_imports_exist(spec) -> None:
    missing = [m for m in spec["HIDDEN_IMPORTS"] if importlib.util.find_spec(m) is None]
    assert not missing, f"build.spec names modules that are not installed: {missing}"


def test_excluded_qt_modules_are_not_used_by_the_app(spec) -> None:
    excluded = {m.split(".", 1)[1] for m in spec["EXCLUDES"] if m.startswith("PySide6.")}
    used = set()
    for folder in ("ui", "lingkaran_desktop"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            used |= set(re.findall(r"PySide6\.(Qt\w+)", text))
            for names in re.findall(r"from PySide6 import \(?([\w\s,]+)\)?", text):
                used |= {n.strip() for n in names.split(",") if n.strip()}
    assert {"QtCore", "QtWidgets"} <= used  # the scan itself works
    wrongly = sorted(used & excluded)
    assert not wrongly, f"the app imports {wrongly}: remove them from QT_UNUSED in build.spec"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/translations/qtbase_de.qm", False),  # the Windows wheel's layout
        ("PySide6/Qt/qml/QtQuick/qmldir", False),
        ("resources/translations/lingkaran_en.qm", True),
        ("lingkaran_desktop/store/migrations/env.py", True),
    ],
)
def test_qt_pruning_keeps_what_the_app_loads(spec, dest, kept) -> None:
    assert spec["keep"](dest) is kept


def test_two_programs_whose_names_differ_beyond_case(spec) -> None:
    assert spec["GUI_NAME"].lower() != spec["CLI_NAME"].lower()  # Windows ignores case


# --- one version number ----------------------------------------------------------------------


def test_version_lives_only_in_the_package(spec, capsys) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "lingkaran_desktop.__version__"
    assert spec["VERSION"] == lingkaran_desktop.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+([.-]?\w+)?", lingkaran_desktop.__version__)

    from lingkaran_desktop.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"lingkaran {lingkaran_desktop.__version__}"


def test_no_other_file_spells_the_version(spec) -> None:
    version = re.escape(lingkaran_desktop.__version__)
    for name in ("pyproject.toml", "build.spec", "main.py", "Makefile"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert not re.search(rf"[\"']{version}[\"']", text), name


# --- the frozen layout -----------------------------------------------------------------------


def _fake_bundle(spec: dict, meipass: Path) -> None:
    for src, dest in spec["DATAS"]:
        target = meipass / dest
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)


def test_resource_path_finds_the_files_in_a_frozen_layout(spec, tmp_path, monkeypatch) -> None:
    meipass = tmp_path / "Dwi Ayu é" / "Lingkaran" / "_internal"
    _fake_bundle(spec, meipass)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(meipass), raising=False)
    assert resources.resource_dir() == meipass / "resources"
    for name in ("bpu_occupations.csv", "wilayah_kepmendagri_2025.csv", "kecamatan_all_years.csv",
                 "translations/lingkaran_en.qm"):  # fmt: skip
        path = resources.resource_path(name)
        assert path == meipass / "resources" / name and path.is_file()


def test_resource_path_ignores_meipass_when_not_frozen(tmp_path, monkeypatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_dir() == ROOT / "resources"


def test_shipped_migrations_have_the_same_head(spec, tmp_path) -> None:
    from alembic.script import ScriptDirectory

    meipass = tmp_path / "_internal"
    _fake_bundle(spec, meipass)
    frozen_dir = meipass / Path(db.MIGRATIONS_DIR).relative_to(ROOT)
    assert (
        ScriptDirectory(str(frozen_dir)).get_current_head()
        == ScriptDirectory(str(db.MIGRATIONS_DIR)).get_current_head()
    )


# --- the smoke hook (ui/smoke.py) ------------------------------------------------------------


def test_smoke_delay_is_read_from_the_environment() -> None:
    from ui.smoke import SMOKE_ENV, smoke_delay_ms

    assert smoke_delay_ms({}) is None
    assert smoke_delay_ms({SMOKE_ENV: ""}) is None
    assert smoke_delay_ms({SMOKE_ENV: "soon"}) is None
    assert smoke_delay_ms({SMOKE_ENV: " 1500 "}) == 1500


SMOKE_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
    from ui.smoke import arm_smoke_quit
    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    assert arm_smoke_quit(app)
    if sys.argv[1] == "box":  # a dialog before app.exec(), as run_gui does on a broken store
        QMessageBox.critical(None, "Lingkaran", "hanya bisa dibaca")
    elif sys.argv[1] == "window":
        label = QLabel("x"); label.setWindowTitle("Jendela"); label.show()
    sys.exit(app.exec())
    """
)


@pytest.mark.parametrize(
    ("case", "code", "said"),
    [("window", 0, "smoke: shown QLabel 'Jendela'"),
     ("box", 0, "smoke: shown QMessageBox 'Lingkaran': hanya bisa dibaca"),
     ("nothing", 3, "smoke: no window shown")],
)  # fmt: skip
def test_smoke_hook_reports_and_quits(case, code, said) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LINGKARAN_SMOKE_QUIT_MS": "200"}
    done = subprocess.run([sys.executable, "-c", SMOKE_SCRIPT, case], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == code, done.stderr
    assert said in done.stderr


# --- the real thing (slow: not in `make test`) -----------------------------------------------


@pytest.mark.slow
def test_bundle_builds_and_passes_the_smoke_test() -> None:
    if sys.platform != "linux":
        pytest.skip("the scripts are for Linux; on Windows see the README")
    build = subprocess.run(["bash", "scripts/build_bundle.sh"], cwd=ROOT, capture_output=True,
                           text=True, timeout=1800)  # fmt: skip
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    smoke = subprocess.run(["bash", "scripts/smoke_bundle.sh"], cwd=ROOT, capture_output=True,
                           text=True, timeout=900)  # fmt: skip
    assert smoke.returncode == 0, smoke.stdout[-5000:] + smoke.stderr[-3000:]
    assert " 0 failed" in smoke.stdout
