"""Backups: encrypted, verified, restorable on a new laptop with a password; never overwrite."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from lingkaran_desktop.cli import main
from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.backup import restore_backup, rotating_backup, write_backup
from lingkaran_desktop.services.candidates import list_candidates, register_candidate
from lingkaran_desktop.services.doctor import run_doctor
from lingkaran_desktop.services.installation import create_installation
from lingkaran_desktop.store.store import Store
from tests.conftest import PASSWORD, VILLAGE, make_nik


@pytest.fixture
def filled(village, staff, rng):
    store, admin = village
    niks = []
    for i in range(3):
        nik = make_nik(rng, birth=date(1980, 1, 1 + i), serial=i + 1)
        register_candidate(store, admin, CandidateFields(
            nik=nik, name=f"Warga {chr(65 + i)}", sex="L", birth_date=f"1980-01-0{1 + i}",
            occupation="P001"))  # fmt: skip
        niks.append(nik)
    return store, admin, niks


def test_backup_holds_no_nik_in_clear_and_restores_on_a_new_laptop(filled, tmp_path) -> None:
    store, admin, niks = filled
    stick = tmp_path / "flashdisk" / "cadangan.lkbackup"
    info = write_backup(store, admin, stick)
    assert info.counts["candidate"] == 3
    raw = stick.read_bytes()
    assert all(nik.encode() not in raw for nik in niks)
    assert b"Warga" not in raw

    new_home = Home(tmp_path / "laptop baru é")  # spaces and non-ASCII, like Windows names
    restored = restore_backup(new_home, stick, "admin", PASSWORD)
    assert restored.replaced is None
    again = Store.open(new_home)
    try:
        from lingkaran_desktop.services.users import authenticate

        actor = authenticate(again, "admin", PASSWORD)
        assert sorted(r["nik"] for r in list_candidates(again, actor)) == sorted(niks)
        assert run_doctor(again).ok
        assert actor.key is not None  # the station's keys open again
    finally:
        again.close()


def test_wrong_password_or_unknown_user_restores_nothing(filled, tmp_path) -> None:
    store, admin, _ = filled
    stick = tmp_path / "b.lkbackup"
    write_backup(store, admin, stick)
    target = Home(tmp_path / "baru")
    with pytest.raises(DomainError) as exc:
        restore_backup(target, stick, "admin", "bukan-sandinya")
    assert exc.value.code == "RESTORE_WRONG_PASSWORD"
    with pytest.raises(DomainError) as exc:
        restore_backup(target, stick, "hantu", PASSWORD)
    assert exc.value.code == "RESTORE_NO_USER"
    assert not target.database.exists()


def test_tampered_backup_is_refused_and_current_data_untouched(filled, tmp_path) -> None:
    store, admin, _ = filled
    stick = tmp_path / "b.lkbackup"
    write_backup(store, admin, stick)
    data = bytearray(stick.read_bytes())
    data[len(data) // 2] ^= 0xFF
    stick.write_bytes(bytes(data))
    before = store.home.database.read_bytes()
    with pytest.raises(DomainError):
        restore_backup(store.home, stick, "admin", PASSWORD)
    assert store.home.database.read_bytes() == before


def test_restore_over_existing_data_keeps_a_copy(filled, tmp_path, rng) -> None:
    store, admin, _ = filled
    stick = tmp_path / "b.lkbackup"
    write_backup(store, admin, stick)
    register_candidate(store, admin, CandidateFields(
        nik=make_nik(rng, birth=date(1981, 2, 2), serial=77), name="Warga Baru", sex="L",
        birth_date="1981-02-02", occupation="P001"))  # fmt: skip
    store.close()
    info = restore_backup(store.home, stick, "admin", PASSWORD)
    assert info.replaced is not None
    kept = sqlite3.connect(info.replaced)
    assert kept.execute("SELECT count(*) FROM candidate").fetchone()[0] == 4
    kept.close()
    current = sqlite3.connect(store.home.database)
    assert current.execute("SELECT count(*) FROM candidate").fetchone()[0] == 3
    current.close()


def test_rotation_keeps_seven_daily_copies(filled, monkeypatch) -> None:
    from datetime import UTC, datetime, timedelta

    from lingkaran_desktop import clock

    store, admin, _ = filled
    for day in range(10):
        clock.set_now(datetime(2026, 3, 1, tzinfo=UTC) + timedelta(days=day))
        rotating_backup(store, admin)
    auto = store.home.backups / "auto"
    assert len(list(auto.glob("daily-*.lkbackup"))) == 7
    assert 1 <= len(list(auto.glob("weekly-*.lkbackup"))) <= 4


def test_backup_and_restore_on_the_command_line(filled, tmp_path, monkeypatch, capsys) -> None:
    store, _, _ = filled
    monkeypatch.setenv("LINGKARAN_PASSWORD", PASSWORD)
    out = tmp_path / "usb" / "desa.lkbackup"
    assert main(["--home", str(store.home.root), "--user", "admin", "backup", "--out", str(out),
                 "--json"]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)["counts"]["candidate"] == 3
    new = tmp_path / "baru"
    assert main(["--home", str(new), "--user", "admin", "restore", str(out)]) == 0
    assert "Dipulihkan" in capsys.readouterr().out
    assert main(["--home", str(new), "--user", "admin", "restore", str(out)]) == 0
    assert "sebelumnya disimpan" in capsys.readouterr().out


def test_a_bulk_import_is_preceded_by_a_backup_and_three_are_kept(village, staff, tmp_path):
    from datetime import UTC, datetime, timedelta

    from openpyxl import Workbook

    from lingkaran_desktop import clock
    from lingkaran_desktop.services.spreadsheet_import import import_file

    store, admin = village
    auto = store.home.backups / "auto"
    for i in range(4):
        clock.set_now(datetime(2026, 3, 2, 9, tzinfo=UTC) + timedelta(minutes=i))
        wb = Workbook()
        wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"])
        wb.active.append([f"35090101018000{10 + i}", "Warga Impor", "L", "1980-01-01", "petani"])
        wb.save(tmp_path / f"daftar{i}.xlsx")
        import_file(store, admin, tmp_path / f"daftar{i}.xlsx")
    copies = sorted(auto.glob("pre-import-*.lkbackup"))
    assert len(copies) == 3
    restored = restore_backup(Home(tmp_path / "kembali"), copies[0], "admin", PASSWORD)
    assert restored.counts["candidate"] == 1  # taken before the second import


def test_the_officers_batch_and_result_imports_back_up_first(tmp_path) -> None:
    """GUI and CLI receive batch files (district) and result files (village) through
    receive_batches / receive_results, which write a verified backup first: the README's
    promise of a backup before every batch import (the GUI's district page skipped it)."""
    from lingkaran_desktop.services.batches import receive_batches, receive_results

    for role, region, receive in (
        ("district", "35.09", receive_batches), ("village", VILLAGE, receive_results),
    ):  # fmt: skip
        store, admin = create_installation(Home(tmp_path / role), role, region, "admin", PASSWORD)
        junk = tmp_path / f"{role}.lkbatch"
        junk.write_bytes(b"bukan berkas kiriman")
        before = event_count_of(store)
        outcomes = receive(store, admin, [junk])
        assert [o.outcome for o in outcomes] == ["refused"]
        copies = list((store.home.backups / "auto").glob("pre-batch-import-*.lkbackup"))
        assert len(copies) == 1
        assert event_count_of(store) == before  # the backup leaves the database as it was
        store.close()


def event_count_of(store) -> int:
    from lingkaran_desktop.services.audit import event_count

    with store.session() as session:
        return event_count(session)


def _list_of(tmp_path, rows: int):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"])
    for n in range(rows):
        wb.active.append([f"350901010180{n + 1:04d}", "Warga Impor", "L", "1980-01-01", "petani"])
    path = tmp_path / f"daftar{rows}.xlsx"
    wb.save(path)
    return path


def test_the_backup_written_beside_an_import_holds_the_database_before_it(
    village, tmp_path, monkeypatch
):
    """The pre-import backup runs on its own thread while the file is checked; even when its
    copy starts after the import has inserted its rows (not yet committed), it holds the
    database as it was before the import."""
    import time

    from lingkaran_desktop.services import backup as backup_module
    from lingkaran_desktop.services.spreadsheet_import import import_file

    store, admin = village
    real_copy = backup_module.backup_sqlite

    def late_copy(source, target):
        time.sleep(1.5)  # the import's inserts are in by now, its commit waits for the backup
        return real_copy(source, target)

    monkeypatch.setattr(backup_module, "backup_sqlite", late_copy)
    report = import_file(store, admin, _list_of(tmp_path, 300))
    assert report.imported == 300
    (copy,) = (store.home.backups / "auto").glob("pre-import-*.lkbackup")
    restored = restore_backup(Home(tmp_path / "kembali"), copy, "admin", PASSWORD)
    assert restored.counts["candidate"] == 0


def test_a_backup_that_fails_stops_the_import_and_saves_nothing(village, tmp_path, monkeypatch):
    from lingkaran_desktop.domain.findings import error
    from lingkaran_desktop.services import backup as backup_module
    from lingkaran_desktop.services.spreadsheet_import import import_file

    store, admin = village

    def full_disk(*args, **kwargs):
        raise DomainError(error("BACKUP_VERIFY_FAILED", None, path="x", detail="disk penuh"))

    monkeypatch.setattr(backup_module, "before_bulk_import", full_disk)
    with pytest.raises(DomainError):
        import_file(store, admin, _list_of(tmp_path, 50))
    assert list_candidates(store, admin) == []
    assert run_doctor(store).ok
