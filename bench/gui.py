"""GUI speed, offscreen: cold start to the login window, opening the candidate list with 100,000
rows, and one search keystroke. Targets (issue 5): 2 s, 1 s, 100 ms.

    .venv/bin/python bench/gui.py [--rows 100000]

Figures are medians; each is also printed as a ratio to a floor measured in the same run
(starting a bare Python interpreter; one page query), because the machines are noisy.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "rahasia-desa-1"

STARTUP = """
import time, sys
t0 = time.perf_counter()
from ui.app import AppController, create_application
from ui.settings import UiSettings
from pathlib import Path
from lingkaran_desktop.paths import Home
app = create_application(sys.argv[:1])
controller = AppController(Home(Path(sys.argv[1])), UiSettings())
controller.start()
app.processEvents()
assert controller.login is not None and controller.login.isVisible()
print(time.perf_counter() - t0)
"""


def wall(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, cwd=ROOT, capture_output=True)
    return time.perf_counter() - started


def median_of(runs: int, fn) -> float:
    return statistics.median(fn() for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()

    from argon2 import PasswordHasher

    from lingkaran_desktop.paths import Home
    from lingkaran_desktop.services import users
    from lingkaran_desktop.services.installation import create_installation
    from lingkaran_desktop.services.users import add_user
    from tests.ui.bulk import insert_candidates

    users._hasher = PasswordHasher(time_cost=1, memory_cost=1024)  # set-up only
    tmp = Path(tempfile.mkdtemp(prefix="lingkaran-bench-"))
    home = Home(tmp / "desa")
    store, admin = create_installation(home, "village", "35.09.01.2001", "admin", PASSWORD)
    verifier = add_user(store, admin, "budi", "verifier", PASSWORD)
    started = time.perf_counter()
    insert_candidates(store, args.rows)
    print(f"set-up: {args.rows:,} made-up candidates inserted in "
          f"{time.perf_counter() - started:.1f} s")

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp / "config"))
    floor_start = median_of(3, lambda: wall([sys.executable, "-c", "pass"], env))
    cold = median_of(3, lambda: wall([sys.executable, "-c", STARTUP, str(home.root)], env))

    from PySide6.QtCore import qInstallMessageHandler

    from ui.app import create_application
    from ui.candidates_page import CandidatesPage
    from ui.session import AppSession

    def quiet(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)  # the offscreen plugin's own notices are not ours
    app = create_application(sys.argv[:1])
    session = AppSession.start(store, verifier)

    from lingkaran_desktop.services.candidates import list_candidates

    def one_page() -> float:
        t = time.perf_counter()
        list_candidates(store, verifier, limit=100, offset=0)
        return time.perf_counter() - t

    floor_page = median_of(5, one_page)

    pages: list[CandidatesPage] = []

    def open_list() -> float:
        t = time.perf_counter()
        page = CandidatesPage(session)
        page.resize(1176, 700)
        page.show()
        app.processEvents()
        elapsed = time.perf_counter() - t
        pages.append(page)
        return elapsed

    open_ms = median_of(3, open_list)
    page = pages[-1]

    def keystrokes(words: list[str]) -> list[float]:
        out = []
        for text in words:
            t = time.perf_counter()
            page.search.setText(text)
            page.apply_filter()  # what the 150 ms debounce timer calls
            page.table.viewport().repaint()
            app.processEvents()
            out.append(time.perf_counter() - t)
        page.search.clear()
        page.apply_filter()
        return out

    name_keys = keystrokes(["s", "si", "sit", "siti", "siti a", "siti am"])
    nik_keys = keystrokes(["3509", "350901", "35090141", "3509014101"])
    scroll_t = time.perf_counter()
    page.table.scrollToBottom()
    app.processEvents()
    scroll = time.perf_counter() - scroll_t

    def timed(action) -> float:
        t = time.perf_counter()
        action()
        page.table.viewport().repaint()
        app.processEvents()
        return time.perf_counter() - t

    from PySide6.QtCore import Qt

    page.table.scrollToTop()
    sorts = {label: timed(lambda c=column, o=order: page.table.sortByColumn(c, o))
             for label, column, order in (
                 ("name", 1, Qt.SortOrder.AscendingOrder),
                 ("birth date", 3, Qt.SortOrder.AscendingOrder),
                 ("RT/RW, descending", 5, Qt.SortOrder.DescendingOrder),
                 ("status", 6, Qt.SortOrder.AscendingOrder))}
    filters = {
        "occupation": timed(lambda: page.occupation.setCurrentIndex(2)),
        "occupation + warnings": timed(lambda: page.warnings_only.setChecked(True)),
    }

    def show(label: str, seconds: float, target: float, floor: float, floor_name: str) -> None:
        verdict = "ok" if seconds <= target else "SLOW"
        print(f"{label:<44} {seconds * 1000:8.1f} ms  (target {target * 1000:.0f} ms, {verdict}; "
              f"{seconds / floor:5.1f}× {floor_name})")

    print(f"floor: bare python start {floor_start * 1000:.0f} ms; one 100-row page query "
          f"{floor_page * 1000:.1f} ms")
    show("cold start to login window (offscreen)", cold, 2.0, floor_start, "python start")
    show(f"open candidate list, {args.rows:,} rows", open_ms, 1.0, floor_page, "page query")
    show("search keystroke by name (median)", statistics.median(name_keys), 0.1, floor_page,
         "page query")
    show("search keystroke by name (worst)", max(name_keys), 0.1, floor_page, "page query")
    show("search keystroke by NIK prefix (median)", statistics.median(nik_keys), 0.1,
         floor_page, "page query")
    show("jump to the last row", scroll, 0.1, floor_page, "page query")
    for label, seconds in sorts.items():
        show(f"sort by {label} (header click)", seconds, 0.1, floor_page, "page query")
    for label, seconds in filters.items():
        show(f"filter: {label}, sorted by status", seconds, 0.1, floor_page, "page query")
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
