"""Screenshots 27+ : Laporan (village and district), the sorted and filtered list, the program in
Pengaturan (made-up data).

Called from ``ui.screenshots.main`` after the exchange screens; alone:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python -m ui.screenshots_reports
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.installation import create_installation
from lingkaran_desktop.services.trust import publish_program
from lingkaran_desktop.store.store import Store
from ui.main_window import MainWindow
from ui.screenshots_exchange import PASSWORD, village_site
from ui.session import AppSession
from ui.tasks import TaskRunner

Shoot = Callable[[QApplication, QWidget, str], None]
# Villages of three kecamatan, and how many made-up people each proposed.
DISTRICT_VILLAGES = (("35.09.01.2001", 170), ("35.09.01.2002", 95), ("35.09.01.2003", 160),
                     ("35.09.01.2004", 60), ("35.09.01.2005", 130), ("35.09.01.2006", 45),
                     ("35.09.02.2001", 120), ("35.09.02.2002", 85), ("35.09.02.2003", 150),
                     ("35.09.02.2004", 70), ("35.09.02.2005", 40), ("35.09.03.2001", 30))


def _mixed_funding(store: Store) -> None:
    """bulk.insert_candidates writes APBD only; spread some over the other sources."""
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE candidate SET funding = 'DBHCHT' WHERE id % 3 = 0"))
        conn.execute(text("UPDATE candidate SET funding = 'APBDES' WHERE id % 7 = 0"))


def run(app: QApplication, tmp: Path, shoot: Shoot, size: tuple[int, int]) -> None:
    from tests.ui.bulk import insert_candidates

    tasks = TaskRunner(synchronous=True)

    def window_for(session: AppSession, page: str) -> MainWindow:
        window = MainWindow(session, tasks)
        window.resize(*size)
        window.show()
        window.show_page(page)
        return window

    d_store, d_admin = create_installation(Home(tmp / "kab-laporan"), "district", "35.09",
                                           "kadis", PASSWORD)
    program = tmp / "program-laporan.lkprog"
    publish_program(d_store, d_admin, program, name="Lingkaran Cinta 2026", year=2026,
                    start=date(2026, 1, 1), months=12, quota_per_village=120,
                    budget=300_000_000)
    v_store, v = village_site(tmp, "padomasan-laporan", "35.09.01.2001", d_store, d_admin,
                              program)
    insert_candidates(v_store, 140, seed=21, village="35.09.01.2001")
    _mixed_funding(v_store)
    for number, (code, n) in enumerate(DISTRICT_VILLAGES):
        insert_candidates(d_store, n, seed=100 + number, village=code)
    _mixed_funding(d_store)

    window = window_for(AppSession.start(v_store, v["verifier"]), "reports")
    shoot(app, window, "27-reports-village")
    window.close()

    district = AppSession.start(d_store, d_admin)
    window = window_for(district, "reports")
    shoot(app, window, "28-reports-district")
    window.reports.scroll.verticalScrollBar().setValue(
        window.reports.scroll.verticalScrollBar().maximum())
    shoot(app, window, "29-reports-district-bottom")
    window.show_page("candidates")
    page = window.candidates
    page.occupation.setCurrentIndex(page.occupation.findData("P006"))
    page.warnings_only.setChecked(True)
    page.table.sortByColumn(page.model.COLUMNS.index("birth_date"),
                            Qt.SortOrder.AscendingOrder)
    shoot(app, window, "30-candidates-sort-filter")
    window.show_page("settings")
    window.settings.admin_tabs.setCurrentIndex(1)
    shoot(app, window, "31-settings-program-district")
    window.close()

    window = window_for(AppSession.start(v_store, v["admin"]), "settings")
    window.settings.admin_tabs.setCurrentIndex(1)
    shoot(app, window, "32-settings-program-village")
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
