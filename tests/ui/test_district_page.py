"""The district page: stations and gaps, many batches at once (and dropped), conflicts, BPJS."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.services.batches import export_batch
from lingkaran_desktop.services.candidates import decide, list_candidates, register_candidate
from lingkaran_desktop.services.conflicts import list_conflicts
from lingkaran_desktop.services.trust import own_station_fingerprint
from tests.exchange.conftest import make_village
from ui.district_page import DistrictPage
from ui.main_window import MainWindow
from ui.session import AppSession
from ui.tasks import TaskControl


def district_page(qtbot, world, tasks, actor=None) -> DistrictPage:
    page = DistrictPage(AppSession.start(world.district.store, actor or world.district.admin),
                        tasks)
    qtbot.addWidget(page)
    page.show()
    return page


def drop(page: DistrictPage, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)


def test_many_batches_dropped_one_line_each_then_gaps_conflicts_bpjs_results(
        qtbot, world, rng, sync_tasks, tmp_path) -> None:
    village = world.village
    second = make_village(world.tmp, "desa2", "35.09.01.2002", world.district,
                          world.program_file)
    usb = tmp_path / "usb"
    niks = world.register(rng, 2)
    first = export_batch(village.store, village.verifier, usb)
    world.register(rng, 1)
    export_batch(village.store, village.verifier, tmp_path / "hilang")  # no. 2 never arrives
    world.register(rng, 1)
    third = export_batch(village.store, village.verifier, usb)
    row = list_candidates(village.store, village.admin, search=niks[0])[0]
    register_candidate(second.store, second.operator, CandidateFields(
        nik=niks[0], name=row["name"], sex=row["sex"], birth_date=row["birth_date"],
        occupation="P006"))
    decide(second.store, second.verifier, [niks[0]])
    other = export_batch(second.store, second.verifier, usb)
    replay = usb / "z-salinan.lkbatch"
    shutil.copy(first.path, replay)
    junk = usb / "foto.jpg"
    junk.write_bytes(b"\xff\xd8\xff not a batch")

    page = district_page(qtbot, world, sync_tasks)
    assert page.stations_model.rowCount() == 2
    assert own_station_fingerprint(village.store) in page.stations_model.rows[0]
    assert page.import_button.isEnabled()
    with qtbot.waitSignal(page.changed):
        drop(page, [Path(first.path), Path(third.path), Path(other.path), replay, junk])
    words = [r[0] for r in page.results_model.rows]
    assert sorted(words) == ["DITERIMA"] * 3 + ["DITOLAK", "SUDAH PERNAH"]
    by_file = {r[1]: r for r in page.results_model.rows}
    assert by_file["z-salinan.lkbatch"][0] == "SUDAH PERNAH"
    assert by_file["foto.jpg"][2]  # the reason, as the service words it
    assert "3 diterima, 1 sudah pernah, 1 ditolak" in page.import_summary.text()
    assert "1 bentrok NIK" in page.import_summary.text()
    stations = {r[0]: r for r in page.stations_model.rows}
    assert stations["35.09.01.2001"][4] == "hilang: 2"
    assert page.stations_model.tones[0] == "warning"

    # the conflict: a reason is required, then the decision is recorded
    assert page.tabs.tabText(1) == "Bentrok NIK (1)"
    assert page.conflicts_model.rowCount() == 1
    page.select_conflict(0)
    page.keep_button.click()
    assert page.conflict_message.property("role") == "error"
    page.reason.setEditText("Tinggal di desa yang pertama sesuai KK")
    with qtbot.waitSignal(page.changed):
        page.keep_button.click()
    assert page.conflict_message.property("role") == "ok"
    assert list_conflicts(world.district.store, world.district.admin) == []
    assert page.tabs.tabText(1) == "Bentrok NIK"

    # BPJS: the workbook, the answer, the results back to the villages
    page.ask_save_file = lambda _t, suggested, _f: str(tmp_path / suggested)
    page.bpjs_button.click()
    assert "<b>3</b> peserta" in page.bpjs_message.text()
    assert "Rp 50.400" in page.bpjs_message.text()
    sheet = openpyxl.load_workbook(next(tmp_path.glob("pendaftaran-bpjs-*.xlsx"))).active
    header = [c.value for c in sheet[1]]
    sent_niks = [r[header.index("NIK")].value for r in sheet.iter_rows(min_row=2)]
    answer = openpyxl.Workbook()
    answer.active.append(["NIK", "No. KPJ", "Keterangan"])
    answer.active.append([sent_niks[0], "26012345678", "Berhasil"])
    answer.active.append([sent_niks[1], None, "NIK sudah terdaftar sebagai peserta aktif"])
    answer.active.append(["3509010101900009", "26012345670", "Berhasil"])
    answer.save(tmp_path / "jawaban.xlsx")
    page.ask_open_file = lambda *_: str(tmp_path / "jawaban.xlsx")
    page.answer_button.click()
    text = page.answer_message.text()
    assert "<b>1</b> terdaftar" in text and "<b>1</b> ditolak" in text
    assert "baris: 4" in text
    assert "0 sudah tercatat sebelumnya, 1 tidak diproses." in text  # the unknown NIK, row 4
    page.answer_button.click()  # the same answer again: recognised, nothing read twice
    assert "sudah dibaca pada" in page.answer_message.text()
    out = tmp_path / "hasil"
    out.mkdir()
    page.ask_folder = lambda _t: str(out)
    page.results_button.click()
    assert len(list(out.glob("*.lkresult"))) == 2  # the second village lost its conflict
    assert "2 berkas hasil" in page.results_message.text()
    page.results_button.click()
    assert "Tidak ada hasil baru" in page.results_message.text()
    second.store.close()


def test_import_can_be_cancelled_between_files(qtbot, world, rng, sync_tasks,
                                              tmp_path) -> None:
    world.register(rng, 1)
    a = export_batch(world.village.store, world.village.verifier, tmp_path)
    world.register(rng, 1)
    b = export_batch(world.village.store, world.village.verifier, tmp_path)
    page = district_page(qtbot, world, sync_tasks)
    control = TaskControl()
    control.progressed.connect(lambda done, _total: done >= 1 and control.cancel())
    page.import_batches([Path(a.path), Path(b.path)], control)
    assert [r[0] for r in page.results_model.rows] == ["DITERIMA"]
    assert "Dibatalkan: 1 berkas belum dibaca" in page.import_summary.text()


def test_publish_program_and_register_a_station(qtbot, world, sync_tasks,
                                                tmp_path) -> None:
    from lingkaran_desktop.paths import Home
    from lingkaran_desktop.services.installation import create_installation
    from lingkaran_desktop.services.trust import export_station
    from tests.conftest import PASSWORD

    page = district_page(qtbot, world, sync_tasks)
    page.program_name.setText("Lingkaran Cinta 2027")
    page.program_year.setValue(2027)
    page.program_quota.setValue(150)
    page.ask_save_file = lambda _t, suggested, _f: str(tmp_path / suggested)
    page.publish_button.click()
    assert (tmp_path / "program-2027.lkprog").exists()
    assert own_station_fingerprint(world.district.store) in page.program_message.text()
    assert page.session.rules.quota_per_village == 150

    store, admin = create_installation(Home(tmp_path / "desa3"), "village", "35.09.01.2003",
                                       "admin", PASSWORD)
    export_station(store, admin, tmp_path / "desa3.lkstation")
    page.ask_open_files = lambda *_: [str(tmp_path / "desa3.lkstation")]
    page.add_station_button.click()
    assert own_station_fingerprint(store) in page.station_message.text()
    assert "Telepon petugas desa" in page.station_message.text()
    assert page.stations_model.rowCount() == 2
    store.close()


def test_district_window_shows_the_district_page(qtbot, world, sync_tasks) -> None:
    window = MainWindow(AppSession.start(world.district.store, world.district.admin), sync_tasks)
    qtbot.addWidget(window)
    assert "district" in window.page_keys() and "exchange" not in window.page_keys()
