"""Screenshot 33: correcting a rejected record in the entry form's edit mode (made-up data).

Called from ``ui.screenshots.main`` after the report screens; alone:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python -m ui.screenshots_edit
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.candidates import decide, list_candidates
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

Shoot = Callable[[QApplication, QWidget, str], None]


def run(app: QApplication, tmp: Path, shoot: Shoot, size: tuple[int, int]) -> None:
    from ui.screenshots import seed

    sessions = seed(Home(tmp / "desa-ubah"))
    verifier, operator = sessions["verifier"], sessions["operator"]
    # The verifier rejected Nur Hidayah: typed "L", her KTP (and NIK) say Perempuan.
    row = next(r for r in list_candidates(verifier.store, verifier.actor, search="Nur Hidayah")
               if r["name"] == "Nur Hidayah")
    decide(verifier.store, verifier.actor, [row["nik"]], reject=True,
           reason="Jenis kelamin tidak sesuai KTP")

    window = MainWindow(operator, TaskRunner(synchronous=True))
    window.resize(*size)
    window.show()
    window.show_page("candidates")
    page = window.candidates
    page.status.setCurrentIndex(page.status.findData("rejected"))
    page.search.setText("Nur Hidayah")
    page.apply_filter()
    dialog = page.open_candidate(page.model.row(0))
    assert dialog.edit_button is not None
    dialog.edit_button.click()
    editor = window.editor
    assert editor is not None
    editor.set_text("sex", "P")
    editor.set_text("name", "Nur Hidayah")
    editor.reason.setText("jenis kelamin sesuai KTP")
    editor.run_checks()
    shoot(app, window, "33-edit-record")
    window.close()


def main() -> int:
    from ui.app import create_application
    from ui.i18n import apply_language
    from ui.screenshots import OUT, SIZE, shoot

    app = create_application(sys.argv[:1])
    apply_language("id")
    OUT.mkdir(parents=True, exist_ok=True)
    run(app, Path(tempfile.mkdtemp(prefix="lingkaran-shots-")), shoot, SIZE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
