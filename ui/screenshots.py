"""Screenshots of every screen at 1366×768 into docs/screenshots/ (made-up data only).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python -m ui.screenshots

The same 1366×768 screen at 125 % scaling (QT_SCALE_FACTOR=1.25: a 1093×614 window) for the
screens that must fit it, into docs/screenshots/scale-125/ (``SCALE_125``; or only those named):

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python -m ui.screenshots --scale-125 [NAME ...]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.candidates import register_candidate
from lingkaran_desktop.services.installation import create_installation
from lingkaran_desktop.services.users import add_user
from ui.app import AppController, create_application
from ui.crash import CrashDialog
from ui.first_run import FirstRunWizard
from ui.i18n import apply_language
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.session import AppSession
from ui.tasks import TaskRunner

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1366, 768)
SCALE_125_SIZE = (1093, 614)  # 1366×768 in logical pixels at 125 %
SCALE_125 = ("05-home-verifier", "06-candidates", "07-candidates-search",
             "08-verification-warning", "09-entry-form-nik-decoded", "10-entry-form-errors",
             "11-verification-own-entry", "12-settings-users", "22-district-batches",
             "23-district-conflicts", "27-reports-village", "28-reports-district",
             "29-reports-district-bottom", "30-candidates-sort-filter", "33-edit-record")
PASSWORD = "rahasia-desa-1"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, name: str, out: Path = OUT) -> None:
    settle(app)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def made_up_nik(rng: random.Random, birth: date, sex: str) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    return f"350901{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 9999):04d}"


def seed(home: Home) -> dict[str, AppSession]:
    store, admin = create_installation(home, "village", "35.09.01.2001", "admin", PASSWORD)
    operator = add_user(store, admin, "siti", "operator", PASSWORD, "Siti Rahmawati")
    verifier = add_user(store, admin, "budi", "verifier", PASSWORD, "Budi Hartono")
    rng = random.Random(5)
    people = [("Sri Wahyuni", "P", "P006"), ("Ahmad Fauzi", "L", "P003"),
              ("Nur Hidayah", "P", "P031"), ("Slamet Riyadi", "L", "P005"),
              ("Dewi Lestari", "P", "P050"), ("Joko Susanto", "L", "P001"),
              ("Umi Kalsum", "P", "P070"), ("Hadi Pranoto", "L", "P006")]
    for number, (name, sex, occupation) in enumerate(people):
        birth = date(1965 + 4 * number, 1 + number, 3 + 2 * number)
        typed_sex = sex if number != 2 else "L"  # one disagreement for the verifier
        register_candidate(store, operator, CandidateFields(
            nik=made_up_nik(rng, birth, sex), name=name, sex=typed_sex,
            birth_date=birth.isoformat(), occupation=occupation, rt=str(number % 4 + 1),
            rw="2", phone="0812 3456 78" + f"{number:02d}", proposed_by="Ketua RT 00" + str(
                number % 4 + 1)))
    register_candidate(store, admin, CandidateFields(
        nik=made_up_nik(rng, date(1979, 9, 9), "L"), name="Bambang Setiawan", sex="L",
        birth_date="1979-09-09", occupation="P047", rt="1", rw="1"))
    from tests.ui.bulk import insert_candidates

    insert_candidates(store, 1200, seed=11, entered_by="siti")
    return {
        "admin": AppSession.start(store, admin),
        "operator": AppSession.start(store, operator),
        "verifier": AppSession.start(store, verifier),
    }


def main(args: list[str] | None = None) -> int:
    args = sys.argv[1:] if args is None else args
    out, size, wanted = OUT, SIZE, None
    if args[:1] == ["--scale-125"]:
        os.environ["QT_SCALE_FACTOR"] = "1.25"  # before the application exists
        out, size, wanted = OUT / "scale-125", SCALE_125_SIZE, set(args[1:] or SCALE_125)

    def take(app: QApplication, widget: QWidget, name: str) -> None:
        if wanted is None or name in wanted:
            shoot(app, widget, name, out)

    app = create_application(sys.argv[:1])
    apply_language("id")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="lingkaran-shots-"))
    tasks = TaskRunner(synchronous=True)

    wizard = FirstRunWizard(Home(tmp / "new"))
    wizard.resize(760, 540)
    wizard.show()
    take(app, wizard, "01-first-run-role")
    wizard.next()
    wizard.region_page.picker.search.setText("padomasan")
    wizard.region_page.picker.refresh()
    wizard.region_page.picker.results.setCurrentRow(0)
    take(app, wizard, "02-first-run-region")
    wizard.next()
    wizard.admin_page.name.setText("admin")
    wizard.admin_page.password.setText("rahasia")
    wizard.admin_page.show_error(wizard.admin_page.problem() or "")
    take(app, wizard, "03-first-run-admin")
    wizard.close()

    sessions = seed(Home(tmp / "desa"))
    store = sessions["admin"].store
    login = LoginDialog(store)
    login.show()
    login.user.setCurrentText("siti")
    login.password.setText("salah")
    login.try_login()
    take(app, login, "04-login-wrong-password")
    login.close()

    def window_for(role: str, page: str) -> MainWindow:
        window = MainWindow(sessions[role], tasks)
        window.resize(*size)
        window.show()
        window.show_page(page)
        return window

    window = window_for("verifier", "home")
    take(app, window, "05-home-verifier")
    window.show_page("candidates")
    take(app, window, "06-candidates")
    window.candidates.search.setText("aminah")
    window.candidates.apply_filter()
    take(app, window, "07-candidates-search")
    window.show_page("verification")
    verification = window.verification
    verification.table.selectRow(0)
    take(app, window, "08-verification-warning")
    window.close()

    window = window_for("operator", "entry")
    form = window.form
    assert form is not None
    form.inputs["sex"].setCurrentIndex(1)
    form.inputs["nik"].setText("3509015205800017")
    form.inputs["name"].setText("Siti Aminah")
    form.inputs["rt"].setText("3")
    form.inputs["rw"].setText("1")
    form.inputs["occupation"].setEditText("buruh tembakau")
    form.inputs["phone"].setText("0812 3456")
    form.run_checks()
    take(app, window, "09-entry-form-nik-decoded")
    form.clear()
    form.inputs["nik"].setText("3509019913800001")
    form.inputs["name"].setText("Budi 2")
    form.save()
    take(app, window, "10-entry-form-errors")
    form.clear()
    window.close()

    window = window_for("admin", "verification")
    admin_own = next(r for r in window.verification.model.rows if r["entered_by"] == "admin")
    window.verification.select_nik(admin_own["nik"])
    take(app, window, "11-verification-own-entry")
    window.show_page("settings")
    take(app, window, "12-settings-users")
    window.show_page("home")
    window.set_locked(True)
    lock = LoginDialog(store, locked_user="admin", parent=window)
    lock.show()
    settle(app)
    take(app, window, "13-locked")
    take(app, lock, "14-lock-dialog")
    lock.close()
    window.close()

    crash = CrashDialog("RuntimeError: contoh kesalahan", "Traceback (most recent call last):\n"
                        "  ...\nRuntimeError: contoh kesalahan", tmp / "logs" / "lingkaran.log")
    crash.show()
    take(app, crash, "15-crash-dialog")
    crash.close()

    apply_language("en")
    window = window_for("verifier", "home")
    take(app, window, "16-home-english")
    window.close()
    apply_language("id")
    from ui.screenshots_exchange import run as exchange_screens

    exchange_screens(app, tmp, take, size)
    from ui.screenshots_reports import run as report_screens

    report_screens(app, tmp, take, size)
    from ui.screenshots_edit import run as edit_screens

    edit_screens(app, tmp, take, size)
    _ = (AppController, Qt)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
