"""Changing periods safely: an old program file never runs again, the next program waits for
what the village has not sent, and a program with participants keeps its period."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.batches import export_batch
from lingkaran_desktop.services.candidates import count_by_status, register_candidate
from lingkaran_desktop.services.doctor import run_doctor
from lingkaran_desktop.services.installation import program_rules
from lingkaran_desktop.services.renewal import list_programs
from lingkaran_desktop.services.trust import load_program, publish_program
from lingkaran_desktop.store.models import AuditEvent
from tests.conftest import make_nik
from tests.exchange.conftest import World, enroll, receive, send, withdraw

ENGINES = ("sqlite", "postgresql")


def publish(w: World, year: int, *, new: bool = True, start: date | None = None,
            quota: int = 100) -> Path:  # fmt: skip
    path = w.tmp / f"program-{year}-{quota}-{new}.lkprog"
    publish_program(
        w.district.store, w.district.admin, path, name=f"Lingkaran Cinta {year}", year=year,
        start=start or date(year, 1, 1), months=12, quota_per_village=quota, new_program=new,
    )  # fmt: skip
    return path


def refused(code: str, call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as exc:
        call(*args, **kwargs)
    assert exc.value.code == code, exc.value.finding.message
    return exc.value


def add_one(w: World, rng, serial: int) -> str:
    v = w.village
    nik = make_nik(rng, birth=date(1984, 6, 9), sex="L", serial=serial)
    register_candidate(v.store, v.operator, CandidateFields(
        nik=nik, name="Joko Susilo", sex="L", birth_date="1984-06-09",
        occupation="P006"))  # fmt: skip
    return nik


def events(store, action: str) -> list[AuditEvent]:
    with store.session() as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.action == action)))


def test_an_old_program_file_is_refused_and_the_running_one_updates(both, rng) -> None:
    w, v = both, both.village
    load_program(v.store, v.admin, publish(w, 2027))
    assert program_rules(v.store).name == "Lingkaran Cinta 2027"

    err = refused("PROGRAM_FILE_OLD", load_program, v.store, v.admin, w.program_file)
    message = err.finding.message
    assert "Berkas ini program lama 'Lingkaran Cinta 2026' (2026)" in message
    assert "Program yang berjalan: 'Lingkaran Cinta 2027' (2027)" in message
    assert "This file is an old program" in err.finding.text("en")
    assert program_rules(v.store).name == "Lingkaran Cinta 2027"  # nothing changed
    assert [(p.name, p.active) for p in list_programs(v.store, v.admin)] == [
        ("Lingkaran Cinta 2027", True), ("Lingkaran Cinta 2026", False)]  # fmt: skip

    # New candidates go into the running program.
    nik = add_one(w, rng, 7001)
    assert count_by_status(v.store, v.admin)["proposed"] == 1
    assert [r.action for r in events(v.store, "candidate.add")] == ["candidate.add"]

    # An updated profile of the running program (same uid: a new quota) still loads.
    update = publish(w, 2027, new=False, quota=150)
    result = load_program(v.store, v.admin, update)
    assert result.previous is None and program_rules(v.store).quota_per_village == 150
    assert count_by_status(v.store, v.admin)["proposed"] == 1

    # A program this village never had, for a period before the running one: refused too.
    earlier = publish(w, 2025, start=date(2025, 7, 1))
    err = refused("PROGRAM_FILE_OLD", load_program, v.store, v.admin, earlier)
    assert "Lingkaran Cinta 2025" in err.finding.message
    assert program_rules(v.store).name == "Lingkaran Cinta 2027"
    assert nik and run_doctor(v.store).ok


def test_the_next_program_waits_until_the_last_batch_is_sent(both, rng) -> None:
    w, v = both, both.village
    enrolled = w.register(rng, 2)
    receive(w, send(w))
    enroll(w, enrolled)
    withdraw(v, v.operator, enrolled[0], "meninggal dunia")  # queued, unsent
    waiting = w.register(rng, 1)  # verified, unsent
    next_file = publish(w, 2027)

    err = refused("PROGRAM_SWITCH_UNSENT", load_program, v.store, v.admin, next_file)
    message = err.finding.message
    assert "1 calon terverifikasi dan 1 koreksi/penarikan" in message
    assert "Kirim dulu kiriman terakhir program 'Lingkaran Cinta 2026' (batch export" in message
    assert "--force" in message
    assert "1 verified candidate and 1 correction/withdrawal" in err.finding.text("en")
    assert program_rules(v.store).name == "Lingkaran Cinta 2026"

    batch = export_batch(v.store, v.verifier, w.tmp / "usb")  # what it said to do
    assert (batch.records, batch.corrections + batch.withdrawals) == (1, 1)
    result = load_program(v.store, v.admin, next_file)
    assert result.name == "Lingkaran Cinta 2027" and result.previous == "Lingkaran Cinta 2026"
    assert (result.left_verified, result.left_changes, result.left_proposed) == (0, 0, 0)
    assert events(v.store, "program.leave") == []
    assert waiting and run_doctor(v.store).ok


def test_force_leaves_the_unsent_behind_on_record(both, rng) -> None:
    w, v = both, both.village
    enrolled = w.register(rng, 1)
    receive(w, send(w))
    enroll(w, enrolled)
    withdraw(v, v.operator, enrolled[0], "pindah domisili")
    w.register(rng, 2)
    unverified = add_one(w, rng, 7002)
    next_file = publish(w, 2027)
    refused("PROGRAM_SWITCH_UNSENT", load_program, v.store, v.admin, next_file)

    result = load_program(v.store, v.admin, next_file, force=True)
    assert (result.left_verified, result.left_changes, result.left_proposed) == (2, 1, 1)
    assert program_rules(v.store).name == "Lingkaran Cinta 2027"
    [left] = events(v.store, "program.leave")
    after = json.loads(left.after)
    assert (after["verified_unsent"], after["changes_unsent"], after["proposed_unverified"]) == (
        2, 1, 1)  # fmt: skip
    assert len(after["candidate_ids"]["verified"]) == 2 and after["changes"][0]["kind"] == (
        "withdrawal")  # fmt: skip
    assert "--force" in left.reason and left.actor == "admin"
    assert count_by_status(v.store, v.admin)["proposed"] == 0  # the new program starts empty
    assert unverified and run_doctor(v.store).ok


def test_records_never_verified_do_not_hold_the_next_program(both, rng) -> None:
    w, v = both, both.village
    add_one(w, rng, 7003)
    result = load_program(v.store, v.admin, publish(w, 2027))
    assert (result.left_verified, result.left_changes, result.left_proposed) == (0, 0, 1)
    [left] = events(v.store, "program.leave")
    assert json.loads(left.after)["proposed_unverified"] == 1
    assert "--force" not in left.reason


def test_the_first_program_from_the_district_takes_everything_along(tmp_path, world, rng):
    """The village's own default program is not a period: its records move, nothing is held."""
    from lingkaran_desktop.paths import Home
    from lingkaran_desktop.services.installation import create_installation
    from lingkaran_desktop.services.users import add_user, authenticate
    from tests.conftest import PASSWORD

    store, admin = create_installation(
        Home(tmp_path / "desa-baru"), "village", "35.09.01.2002", "admin", PASSWORD
    )
    add_user(store, admin, "siti", "operator", PASSWORD)
    add_user(store, admin, "budi", "verifier", PASSWORD)
    operator, verifier = authenticate(store, "siti", PASSWORD), authenticate(store, "budi",
                                                                             PASSWORD)  # fmt: skip
    nik = make_nik(rng, birth=date(1980, 5, 12), sex="P", serial=7004)
    register_candidate(store, operator, CandidateFields(
        nik=nik, name="Siti Aminah", sex="P", birth_date="1980-05-12",
        occupation="P006"))  # fmt: skip
    from lingkaran_desktop.services.candidates import decide

    decide(store, verifier, [nik])
    result = load_program(store, admin, world.program_file)
    assert (result.previous, result.left_verified, result.left_proposed) == (None, 0, 0)
    assert count_by_status(store, admin)["verified"] == 1
    # the default program, now empty and never a district's, is not listed
    assert [p.name for p in list_programs(store, admin)] == ["Lingkaran Cinta 2026"]
    store.close()


def test_publish_without_new_keeps_the_period_of_a_program_with_participants(both, rng):
    w, d = both, both.district
    w.register(rng, 2)
    receive(w, send(w))
    err = refused("PROGRAM_PERIOD_LOCKED", publish_program, d.store, d.admin,
                  w.tmp / "salah.lkprog", name="LC 2027", year=2027, start=date(2027, 1, 1),
                  months=12)  # fmt: skip
    message = err.finding.message
    assert "2 peserta yang dikirim desa atau terdaftar" in message
    assert "tahun 2026 → 2027" in message and "mulai 01-01-2026 → 01-01-2027" in message
    assert "program publish --new" in message
    assert "covered 2026-01-01 to 2026-12-31; its year" in err.finding.text("en")
    assert "year 2026 → 2027" in err.finding.text("en")
    assert "2 peserta yang dikirim desa atau terdaftar, dengan masa perlindungan 01-01-2026 " \
        "s.d. 31-12-2026" in message
    assert not (w.tmp / "salah.lkprog").exists()
    rules = program_rules(d.store)
    assert (rules.name, rules.year, rules.coverage_start) == (
        "Lingkaran Cinta 2026", 2026, date(2026, 1, 1))  # fmt: skip
    refused("PROGRAM_PERIOD_LOCKED", publish_program, d.store, d.admin, w.tmp / "x.lkprog",
            name="Lingkaran Cinta 2026", year=2026, start=date(2026, 1, 1), months=6)  # fmt: skip

    # The same period with another quota, budget or name: updated in place.
    publish_program(d.store, d.admin, w.tmp / "kuota.lkprog", name="Lingkaran Cinta 2026 (revisi)",
                    year=2026, start=date(2026, 1, 1), months=12, quota_per_village=150,
                    budget=500_000_000)  # fmt: skip
    rules = program_rules(d.store)
    assert (rules.name, rules.quota_per_village, rules.budget) == (
        "Lingkaran Cinta 2026 (revisi)", 150, 500_000_000)  # fmt: skip
    # The next period: a program of its own.
    publish(w, 2027)
    assert program_rules(d.store).year == 2027
    assert run_doctor(d.store).ok


def test_a_program_nobody_was_sent_to_may_still_move_its_dates(both) -> None:
    w, d = both, both.district
    publish_program(d.store, d.admin, w.tmp / "geser.lkprog", name="Lingkaran Cinta 2026",
                    year=2026, start=date(2026, 4, 1), months=9)  # fmt: skip
    assert program_rules(d.store).coverage_start == date(2026, 4, 1)


@pytest.fixture
def lk(monkeypatch, capsys):
    """The CLI in-process: stdout + stderr, and the exit code checked."""
    from lingkaran_desktop.cli import main
    from tests.conftest import PASSWORD

    monkeypatch.setenv("LINGKARAN_PASSWORD", PASSWORD)
    monkeypatch.setenv("LINGKARAN_NEW_PASSWORD", PASSWORD)

    def run(home: Path, *args: str, user: str | None = None, code: int = 0) -> str:
        argv = ["--home", str(home), *(["--user", user] if user else []), *args]
        try:
            got = main(argv)
        except SystemExit as exc:
            got = int(exc.code or 0)
        out, err = capsys.readouterr()
        assert got == code, (argv, got, out, err)
        return out + err

    return run


def test_changing_periods_on_the_command_line(lk, tmp_path: Path) -> None:
    d, v, usb = tmp_path / "kabupaten", tmp_path / "desa", tmp_path / "usb"
    lk(d, "init", "--role", "district", "--region", "35.09", "--admin", "kadis")
    lk(v, "init", "--role", "village", "--region", "35.09.01.2001", "--admin", "admin")
    p2026, p2027 = str(usb / "p2026.lkprog"), str(usb / "p2027.lkprog")
    lk(d, "program", "publish", "--name", "Lingkaran Cinta 2026", "--year", "2026", "--start",
       "2026-01-01", "--months", "12", "--out", p2026, user="kadis")  # fmt: skip
    lk(v, "program", "load", p2026, user="admin")
    lk(v, "station", "export", "--out", str(usb / "desa.lkstation"), user="admin")
    lk(d, "station", "add", str(usb / "desa.lkstation"), user="kadis")
    lk(v, "user", "add", "siti", "--role", "operator", user="admin")
    lk(v, "user", "add", "budi", "--role", "verifier", user="admin")

    def add(nik: str, name: str, birth: str) -> None:
        lk(v, "worker", "add", "--nik", nik, "--name", name, "--sex", "P", "--birth-date", birth,
           "--occupation", "P006", user="siti")  # fmt: skip
        lk(v, "verify", "--nik", nik, user="budi")

    add("3509015205800001", "Siti Aminah", "1980-05-12")
    lk(v, "batch", "export", "--out", str(usb), user="budi")
    lk(d, "batch", "import", str(usb / "35.09.01.2001-0001.lkbatch"), user="kadis")

    err = lk(d, "program", "publish", "--name", "LC 2027", "--year", "2027", "--start",
             "2027-01-01", "--months", "12", "--out", p2027, user="kadis", code=1)  # fmt: skip
    assert "tahun 2026 → 2027" in err and "program publish --new" in err
    assert "2026" in lk(d, "program", "show", user="kadis")

    add("3509014411850003", "Dewi Lestari", "1985-11-04")  # verified, not sent
    lk(d, "program", "publish", "--new", "--name", "Lingkaran Cinta 2027", "--year", "2027",
       "--start", "2027-01-01", "--months", "12", "--out", p2027, user="kadis")  # fmt: skip
    err = lk(v, "program", "load", p2027, user="admin", code=1)
    assert "masih punya 1 calon terverifikasi yang belum dikirim" in err
    assert "Kirim dulu kiriman terakhir program 'Lingkaran Cinta 2026'" in err
    out = lk(v, "program", "load", p2027, "--force", user="admin")
    assert "Program 'Lingkaran Cinta 2027' dimuat" in out
    assert "PERHATIAN: ditinggalkan di program 'Lingkaran Cinta 2026'" in out
    assert "1 calon terverifikasi, 0 koreksi/penarikan" in out

    err = lk(v, "program", "load", p2026, user="admin", code=1)
    assert "Berkas ini program lama 'Lingkaran Cinta 2026' (2026)" in err
    assert "Program yang berjalan: 'Lingkaran Cinta 2027' (2027)" in err
    listed = lk(v, "program", "list", user="siti").splitlines()
    assert len(listed) == 2  # the unused default program of 'init' is not listed
    assert "Lingkaran Cinta 2027" in listed[0] and "berjalan" in listed[0]
    assert "Lingkaran Cinta 2026" in listed[1] and "lama" in listed[1]
    assert "Semua baik" in lk(v, "doctor")


def test_a_request_waiting_for_approval_holds_the_switch_a_declined_one_does_not(
    both, rng
) -> None:
    """A correction or withdrawal still waiting for a second person is unsent work: loading the
    next program waits for it. Once declined it will never leave, and no longer holds it."""
    from lingkaran_desktop.services.changes import decline_change, withdraw_candidate

    w, v = both, both.village
    enrolled = w.register(rng, 1)
    receive(w, send(w))
    enroll(w, enrolled)
    asked = withdraw_candidate(v.store, v.operator, enrolled[0], "pindah domisili")
    next_file = publish(w, 2027)
    err = refused("PROGRAM_SWITCH_UNSENT", load_program, v.store, v.admin, next_file)
    assert "1 koreksi/penarikan" in err.finding.message
    decline_change(v.store, v.verifier, asked.change_id, "masih tinggal di desa ini")
    assert load_program(v.store, v.admin, next_file).name == "Lingkaran Cinta 2027"
    assert run_doctor(v.store).ok
