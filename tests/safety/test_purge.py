"""End of program: archive first, then the personal data is gone, with a record of the purge."""

from __future__ import annotations

import json
from datetime import date

import pytest

from lingkaran_desktop.cli import main
from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.backup import restore_backup
from lingkaran_desktop.services.candidates import decide, list_candidates, register_candidate
from lingkaran_desktop.services.doctor import run_doctor
from lingkaran_desktop.services.installation import program_rules
from lingkaran_desktop.services.purge import purge_program
from lingkaran_desktop.store.store import Store
from tests.conftest import PASSWORD, make_nik


def _fill(store, staff, rng) -> list[str]:
    niks = []
    for i in range(4):
        nik = make_nik(rng, birth=date(1981, 3, 1 + i), serial=40 + i)
        register_candidate(store, staff["operator"], CandidateFields(
            nik=nik, name=f"Warga Purna {'ABCD'[i]}", sex="L", birth_date=f"1981-03-0{1 + i}",
            occupation="P001"))  # fmt: skip
        niks.append(nik)
    decide(store, staff["verifier"], niks[:2])
    return niks


def test_purge_archives_then_deletes_and_doctor_still_passes(village, staff, rng, tmp_path):
    store, admin = village
    niks = _fill(store, staff, rng)
    with pytest.raises(DomainError) as exc:
        purge_program(store, admin, tmp_path / "arsip.lkbackup", "program lain")
    assert exc.value.code == "PURGE_CONFIRM_MISMATCH"
    assert len(list_candidates(store, admin)) == 4  # nothing happened

    name = program_rules(store).name
    report = purge_program(store, admin, tmp_path / "arsip.lkbackup", name)
    assert report.candidates == 4 and report.events_emptied >= 6
    assert list_candidates(store, admin) == []
    assert run_doctor(store).ok

    store.engine.dispose()  # checkpoint: the database file itself no longer holds them
    raw = store.home.database.read_bytes()
    for f in store.home.root.glob("lingkaran.db-wal"):
        raw += f.read_bytes()
    assert all(nik.encode() not in raw for nik in niks)
    assert b"Warga Purna" not in raw

    restored = Home(tmp_path / "pemeriksa")  # the archive still holds everything
    restore_backup(restored, tmp_path / "arsip.lkbackup", "admin", PASSWORD)
    archive = Store.open(restored)
    try:
        from lingkaran_desktop.services.users import authenticate

        rows = list_candidates(archive, authenticate(archive, "admin", PASSWORD))
        assert sorted(r["nik"] for r in rows) == sorted(niks)
    finally:
        archive.close()


def test_purge_on_the_command_line(village, staff, rng, tmp_path, monkeypatch, capsys) -> None:
    store, _ = village
    _fill(store, staff, rng)
    monkeypatch.setenv("LINGKARAN_PASSWORD", PASSWORD)
    name = program_rules(store).name
    code = main(["--home", str(store.home.root), "--user", "admin", "program", "purge",
                 "--archive", str(tmp_path / "a.lkbackup"), "--confirm", name,
                 "--json"])  # fmt: skip
    assert code == 0 and json.loads(capsys.readouterr().out)["candidates"] == 4
    assert main(["--home", str(store.home.root), "doctor"]) == 0
