"""Screenshots 17+ : import wizard, Kirim/Terima, the district page, backups (made-up data).

Called from ``ui.screenshots.main`` after the first sixteen.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QApplication, QWidget

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.batches import export_batch, import_results
from lingkaran_desktop.services.candidates import decide, register_candidate
from lingkaran_desktop.services.changes import (
    changes_to_check,
    decline_change,
    withdraw_candidate,
)
from lingkaran_desktop.services.installation import create_installation
from lingkaran_desktop.services.trust import (
    add_station,
    export_station,
    load_program,
    publish_program,
)
from lingkaran_desktop.services.users import add_user, authenticate
from lingkaran_desktop.store.store import Store
from ui.main_window import MainWindow
from ui.session import AppSession
from ui.tasks import TaskRunner

Shoot = Callable[[QApplication, QWidget, str], None]
PASSWORD = "rahasia-desa-1"
PEOPLE = [("Sri Wahyuni", "P"), ("Ahmad Fauzi", "L"), ("Nur Hidayah", "P"),
          ("Slamet Riyadi", "L"), ("Dewi Lestari", "P"), ("Joko Susanto", "L"),
          ("Umi Kalsum", "P"), ("Hadi Pranoto", "L")]


def nik_for(rng: random.Random, birth: date, sex: str) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    return f"350901{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 9999):04d}"


def messy_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Petunjuk"
    book.active.append(["Isi daftar di lembar Usulan."])
    sheet = book.create_sheet("Usulan")
    sheet.append(["DAFTAR USULAN PEKERJA RENTAN DESA PADOMASAN TAHUN 2026"])
    sheet.append([])
    sheet.append(["No", "NIK", "Nama Lengkap", "L/P", "Tgl Lahir", "Pekerjaan", "RT", "RW",
                  "Keterangan"])
    rows = [
        ("3509015205800017", "Siti Aminah", "P", "12-05-1980", "Buruh tani", "usulan RT 1"),
        ("3509011708790021", "Budi Santoso", "L", "17-08-1979", "Nelayan", ""),
        ("3509014411850035", "Dewi Lestari", "P", "04-11-1985", "Pedagang", ""),
        ("3509012303880044", "Agus Salim", "L", "23-03-1988", "buruh tembakau", ""),
        ("3509019913800001", "Salah Tanggal", "L", "13-09-1980", "Petani", ""),
        ("3509015205800017", "Siti Aminah", "P", "12-05-1980", "Buruh tani", "dobel"),
        (3509011203750010, "Angka Excel", "L", "12-03-1975", "Petani", ""),
    ]
    for number, (nik, name, sex, birth, job, note) in enumerate(rows, start=1):
        sheet.append([number, nik, name, sex, birth, job, "001", "002", note])
    sheet.append(["JUMLAH", None, len(rows)])
    book.save(path)
    return path


def village_site(tmp: Path, name: str, region: str, district_store: Store, district_admin,
                 program: Path) -> tuple[Store, dict]:
    store, admin = create_installation(Home(tmp / name), "village", region, "admin", PASSWORD)
    add_user(store, admin, "siti", "operator", PASSWORD, "Siti Rahmawati")
    add_user(store, admin, "budi", "verifier", PASSWORD, "Budi Hartono")
    actors = {"admin": admin, "operator": authenticate(store, "siti", PASSWORD),
              "verifier": authenticate(store, "budi", PASSWORD)}
    load_program(store, admin, program)
    export_station(store, admin, tmp / f"{name}.lkstation")
    add_station(district_store, district_admin, tmp / f"{name}.lkstation")
    return store, actors


def register(store: Store, actors: dict, people: list[tuple[str, str, date, str]]) -> None:
    for nik, name, birth, sex in people:
        register_candidate(store, actors["operator"], CandidateFields(
            nik=nik, name=name, sex=sex, birth_date=birth.isoformat(), occupation="P006",
            rt="1", rw="2", mother_name="Ibu Kandung"))
    decide(store, actors["verifier"], [p[0] for p in people])


def run(app: QApplication, tmp: Path, shoot: Shoot, size: tuple[int, int]) -> None:
    tasks = TaskRunner(synchronous=True)
    rng = random.Random(5)

    def window_for(session: AppSession, page: str) -> MainWindow:
        window = MainWindow(session, tasks)
        window.resize(*size)
        window.show()
        window.show_page(page)
        return window

    # --- the district and two villages that trust it ---------------------------------------
    d_store, d_admin = create_installation(Home(tmp / "kab"), "district", "35.09", "kadis",
                                           PASSWORD)
    program = tmp / "program-2026.lkprog"
    publish_program(d_store, d_admin, program, name="Lingkaran Cinta 2026", year=2026,
                    start=date(2026, 1, 1), months=12, quota_per_village=100,
                    budget=604_000_000)
    v_store, v = village_site(tmp, "padomasan", "35.09.01.2001", d_store, d_admin, program)
    w_store, w = village_site(tmp, "tetangga", "35.09.01.2002", d_store, d_admin, program)

    # --- 17-19: the import wizard ------------------------------------------------------------
    window = window_for(AppSession.start(v_store, v["operator"]), "import")
    wizard = window.importer
    wizard.open_file(messy_workbook(tmp / "usulan-rt.xlsx"))
    shoot(app, window, "17-import-columns")
    wizard.start_import()
    shoot(app, window, "18-import-summary")
    wizard.restart()
    shoot(app, window, "19-import-choose")
    window.close()

    # --- 20-21: Kirim / Terima at the village ------------------------------------------------
    people = []
    for number, (name, sex) in enumerate(PEOPLE):
        birth = date(1966 + 4 * number, 1 + number, 3 + 2 * number)
        people.append((nik_for(rng, birth, sex), name, birth, sex))
    register(v_store, v, people[:5])
    usb = tmp / "usb"
    usb.mkdir()
    first = export_batch(v_store, v["verifier"], usb)
    register(v_store, v, people[5:])
    lost = export_batch(v_store, v["verifier"], tmp / "hilang")
    register(w_store, w, people[:1])  # the neighbours propose Sri Wahyuni too: a conflict
    other = export_batch(w_store, w["verifier"], usb)
    candidates = []
    for number, name in enumerate(("Rina Maryati", "Yuli Rahayu", "Tini Handayani",
                                   "Ani Kurniawati", "Wati Susilowati", "Lestari Ningsih")):
        birth = date(1975 + number, 2 + number, 10 + number)
        candidates.append((nik_for(rng, birth, "P"), name, birth, "P"))
    register(v_store, v, candidates)  # verified, waiting to be sent

    window = window_for(AppSession.start(v_store, v["admin"]), "exchange")
    page = window.exchange
    page.load_program_file(program)
    shoot(app, window, "20-exchange-program-loaded")
    page.program_message.hide()
    page.send_batch(usb)
    shoot(app, window, "21-exchange-batch-sent")
    window.close()
    third = usb / "35.09.01.2001-0003.lkbatch"

    # --- 22-25: the district -----------------------------------------------------------------
    replay = usb / "salinan-dari-email.lkbatch"
    shutil.copy(first.path, replay)
    junk = usb / "foto-ktp.jpg"
    junk.write_bytes(b"\xff\xd8\xff made-up picture")
    window = window_for(AppSession.start(d_store, d_admin), "district")
    district = window.exchange
    district.import_batches([Path(first.path), third, Path(other.path), replay, junk])
    shoot(app, window, "22-district-batches")
    district.tabs.setCurrentIndex(1)
    district.reason.setEditText("Tinggal di desa yang pertama sesuai KK")
    shoot(app, window, "23-district-conflicts")
    district.keep_button.click()
    district.tabs.setCurrentIndex(2)
    district.export_bpjs(tmp / "pendaftaran-bpjs.xlsx")
    sheet = openpyxl.load_workbook(tmp / "pendaftaran-bpjs.xlsx").active
    header = [c.value for c in sheet[1]]
    niks = [r[header.index("NIK")].value for r in sheet.iter_rows(min_row=2)]
    answer = openpyxl.Workbook()
    answer.active.append(["No", "NIK", "No. KPJ", "Keterangan"])
    for number, nik in enumerate(niks, start=1):
        kpj = None if number == 3 else f"2601234{number:04d}"
        answer.active.append([number, nik, kpj, "NIK sudah terdaftar sebagai peserta aktif"
                              if kpj is None else "Berhasil"])
    answer.active.append([len(niks) + 1, "3509010101900009", "26012349999", "Berhasil"])
    answer.save(tmp / "jawaban-bpjs.xlsx")
    district.read_bpjs_answer(tmp / "jawaban-bpjs.xlsx")
    out = tmp / "hasil"
    out.mkdir()
    district.write_results(out)
    shoot(app, window, "24-district-bpjs")
    district.tabs.setCurrentIndex(3)
    shoot(app, window, "25-district-program")
    window.close()
    del lost

    # --- 26: backups in Pengaturan -----------------------------------------------------------
    window = window_for(AppSession.start(v_store, v["admin"]), "settings")
    stick = tmp / "flashdisk-kedua"
    stick.mkdir()
    window.settings.backup.back_up(stick)
    shoot(app, window, "26-settings-backup")
    window.close()

    # --- 34: correcting a record already sent ------------------------------------------------
    window = window_for(AppSession.start(v_store, v["operator"]), "candidates")
    sent_nik = people[1][0]
    page = window.candidates
    rows = [page.model.row(i) for i in range(page.model.rowCount())]
    dialog = page.open_candidate(next(r for r in rows if r is not None and r["nik"] == sent_nik))
    assert dialog.edit_button is not None
    dialog.edit_button.click()
    editor = window.editor
    assert editor is not None
    editor.set_text("phone", "0812-3456-7890")
    editor.reason.setText("nomor HP baru, dikonfirmasi lewat telepon")
    shoot(app, window, "34-correction-form")
    editor.save()  # a request: it waits for a second person
    window.close()

    # --- 36: four eyes on it: Verifikasi -> Koreksi dan penarikan ----------------------------
    withdraw_candidate(v_store, v["operator"], people[2][0], "meninggal dunia")
    window = window_for(AppSession.start(v_store, v["verifier"]), "verification")
    window.verification.tabs.setCurrentIndex(1)
    shoot(app, window, "36-change-review")
    for request in changes_to_check(v_store, v["verifier"]):  # (nothing left unsent for 35)
        decline_change(v_store, v["verifier"], request.id, "data KTP berbeda, cek lagi")
    window.close()

    # --- 37: the operator hears which of her requests were declined, and why ----------------
    window = window_for(AppSession.start(v_store, v["operator"]), "exchange")
    shoot(app, window, "37-exchange-declined")
    window.close()

    # --- 35: the next period: renewal in Pengaturan -> Program --------------------------------
    for result_file in sorted(out.glob("35.09.01.2001-*.lkresult")):  # enrolled, with KPJ
        import_results(v_store, v["admin"], result_file)
    next_year = tmp / "program-2027.lkprog"
    publish_program(d_store, d_admin, next_year, name="Lingkaran Cinta 2027", year=2027,
                    start=date(2027, 1, 1), months=12, quota_per_village=100,
                    new_program=True)  # fmt: skip
    load_program(v_store, v["admin"], next_year)
    window = window_for(AppSession.start(v_store, v["admin"]), "settings")
    window.settings.admin_tabs.setCurrentIndex(1)  # Program
    shoot(app, window, "35-settings-renew")
    window.close()
    for store in (d_store, v_store, w_store):
        store.close()
