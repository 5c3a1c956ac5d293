"""Renewal for the next coverage period: the enrolled participants of the old program are copied,
checked with the new program's rules, and keep their coverage history; nobody is typed again."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services import renewal
from lingkaran_desktop.services.candidates import (
    count_by_status,
    decide,
    list_candidates,
    register_candidate,
)
from lingkaran_desktop.services.doctor import run_doctor
from lingkaran_desktop.services.renewal import (
    coverage_history,
    list_programs,
    previous_programs,
    renew_participants,
)
from lingkaran_desktop.services.trust import load_program, publish_program
from lingkaran_desktop.store.models import AuditEvent
from tests.conftest import make_nik
from tests.exchange.conftest import World, correct, enroll, receive, send, withdraw

ENGINES = ("sqlite", "postgresql")

PEOPLE = [  # name, sex, birth date: the last one is 65 in 2026 and 66 when 2027 starts
    ("Siti Aminah", "P", date(1980, 5, 12)),
    ("Budi Santoso", "L", date(1979, 8, 17)),
    ("Dewi Lestari", "P", date(1985, 11, 4)),
    ("Slamet Riyadi", "L", date(1990, 2, 1)),
    ("Mbah Karto", "L", date(1960, 12, 1)),
]


def register_people(w: World, rng) -> list[str]:
    v = w.village
    niks = []
    for serial, (name, sex, birth) in enumerate(PEOPLE, start=1):
        nik = make_nik(rng, birth=birth, sex=sex, serial=serial)
        register_candidate(v.store, v.operator, CandidateFields(
            nik=nik, name=name, sex=sex, birth_date=birth.isoformat(), occupation="P006",
            mother_name="Ibu Kandung", kk="3509011203150004", phone="081234567890",
            address="Dusun Krajan", rt="2", rw="1", notes="usulan RT 002"))  # fmt: skip
        niks.append(nik)
    decide(v.store, v.verifier, niks, include_warnings=True)
    return niks


def next_period(w: World, year: int) -> Path:
    """The district opens the next period as a program of its own; the village loads it."""
    path = w.tmp / f"program-{year}.lkprog"
    publish_program(
        w.district.store, w.district.admin, path, name=f"Lingkaran Cinta {year}", year=year,
        start=date(year, 1, 1), months=12, quota_per_village=100, new_program=True,
    )  # fmt: skip
    load_program(w.village.store, w.village.admin, path)
    return path


@pytest.fixture
def enrolled_2026(both, rng) -> tuple[World, list[str]]:
    """Five participants sent; four enrolled by BPJS, one of them then withdrawn (ended)."""
    niks = register_people(both, rng)
    receive(both, send(both))
    enroll(both, niks[1:])
    withdraw(both.village, both.village.operator, niks[1], "meninggal dunia")
    receive(both, send(both))
    return both, niks


def test_enrolled_participants_are_renewed_without_retyping(enrolled_2026, monkeypatch) -> None:
    w, niks = enrolled_2026
    v = w.village
    next_period(w, 2027)
    assert count_by_status(v.store, v.admin)["proposed"] == 0  # the new program starts empty
    [old] = previous_programs(v.store, v.admin)
    assert (old.name, old.enrolled) == ("Lingkaran Cinta 2026", 3)
    monkeypatch.setattr(renewal, "IN_CHUNK", 2)  # the history is read in chunks

    report = renew_participants(v.store, v.operator, "lingkaran cinta 2026")
    assert (report.from_program, report.to_program) == ("Lingkaran Cinta 2026",
                                                        "Lingkaran Cinta 2027")  # fmt: skip
    assert report.renewed == 2  # niks[0] was never enrolled, niks[1] ended, niks[4] too old
    [too_old] = report.refused
    assert too_old["name"] == "Mbah Karto" and "•" in too_old["nik"]
    assert any("di atas batas program" in r for r in too_old["reasons"])
    assert report.skipped == []

    rows = {r["nik"]: r for r in list_candidates(v.store, v.admin)}
    assert set(rows) == {niks[2], niks[3]}
    copy = rows[niks[2]]
    assert copy["status"] == "proposed" and copy["entered_by"] == "siti"
    assert (copy["name"], copy["mother_name"], copy["kk"], copy["phone"], copy["rt"],
            copy["notes"]) == ("Dewi Lestari", "Ibu Kandung", "3509011203150004",
                               "+6281234567890", "002", "usulan RT 002")  # fmt: skip
    assert copy["kpj"] is None and copy["verified_by"] is None
    [period] = coverage_history(v.store, v.admin, niks[2])
    assert period["program"] == "Lingkaran Cinta 2026"
    assert (period["start"], period["end"]) == (date(2026, 1, 1), date(2026, 12, 31))
    assert period["kpj"] == f"26{int(niks[2][-6:]):09d}"

    with v.store.session() as s:
        renewed = list(s.exec(select(AuditEvent).where(AuditEvent.action == "candidate.renew")))
        [summary] = s.exec(select(AuditEvent).where(AuditEvent.action == "program.renew"))
    assert len(renewed) == 2 and {e.actor for e in renewed} == {"siti"}
    assert all("Lingkaran Cinta 2026" in (e.reason or "") for e in renewed)
    assert json.loads(summary.after) == {
        "from_program": report.from_uid, "renewed": 2, "refused": 1, "skipped": 0}  # fmt: skip
    assert run_doctor(v.store).ok

    again = renew_participants(v.store, v.operator, report.from_uid)  # by uid; nothing twice
    assert (again.renewed, len(again.skipped), len(again.refused)) == (0, 2, 1)

    # From here the renewed records travel like any new candidate.
    decide(v.store, v.verifier, [niks[2], niks[3]])
    result = receive(w, send(w))
    assert (result.outcome, result.new, result.rejected) == ("accepted", 2, 0)
    assert run_doctor(w.district.store).ok

    # BPJS is told their earlier KPJ, so the membership continues instead of starting anew.
    import openpyxl

    from lingkaran_desktop.services.bpjs import export_registration

    export_registration(w.district.store, w.district.admin, w.tmp / "bpjs-2027.xlsx")
    sheet = openpyxl.load_workbook(w.tmp / "bpjs-2027.xlsx").active
    header = [c.value for c in sheet[1]]
    earlier = {
        r[header.index("NIK")].value: r[header.index("NO KPJ SEBELUMNYA")].value
        for r in sheet.iter_rows(min_row=2)
    }
    assert {nik: earlier[nik] for nik in (niks[2], niks[3])} == {
        nik: f"26{int(nik[-6:]):09d}" for nik in (niks[2], niks[3])
    }
    assert earlier[niks[0]] is None  # still waiting in 2026, never enrolled: no earlier KPJ


def test_the_history_grows_with_each_period(enrolled_2026) -> None:
    w, niks = enrolled_2026
    v = w.village
    next_period(w, 2027)
    renew_participants(v.store, v.operator, "Lingkaran Cinta 2026")
    decide(v.store, v.verifier, [niks[2], niks[3]])
    receive(w, send(w))
    enroll(w, [niks[2]])
    next_period(w, 2028)
    report = renew_participants(v.store, v.admin, "Lingkaran Cinta 2027")
    assert report.renewed == 1
    history = coverage_history(v.store, v.admin, niks[2])
    assert [(h["program"], h["start"].year) for h in history] == [
        ("Lingkaran Cinta 2026", 2026), ("Lingkaran Cinta 2027", 2027)]  # fmt: skip
    assert [p.year for p in list_programs(v.store, v.admin)][:3] == [2028, 2027, 2026]
    assert run_doctor(v.store).ok


def test_renewal_refusals(enrolled_2026) -> None:
    w, _niks = enrolled_2026
    v, d = w.village, w.district

    def refused(code: str, *args) -> None:
        with pytest.raises(DomainError) as exc:
            renew_participants(*args)
        assert exc.value.code == code, exc.value.finding.message

    refused("RENEW_SAME_PROGRAM", v.store, v.operator, "Lingkaran Cinta 2026")
    next_period(w, 2027)
    refused("ROLE_FORBIDDEN", v.store, v.verifier, "Lingkaran Cinta 2026")
    refused("RENEW_PROGRAM_NOT_FOUND", v.store, v.operator, "Program Lain")
    refused("RENEW_SAME_PROGRAM", v.store, v.operator, "Lingkaran Cinta 2027")
    # the village's default program, adopted when the district's profile came: nobody in it
    refused("RENEW_NOTHING", v.store, v.operator, "Perlindungan Pekerja Rentan 2026")
    refused("ROLE_WRONG_INSTALLATION", d.store, d.admin, "Lingkaran Cinta 2026")
    assert count_by_status(v.store, v.admin)["proposed"] == 0


def test_a_renewed_participant_who_dies_in_december_ends_the_old_cover_too(
    enrolled_2026,
) -> None:
    """Renewed into 2027 but still covered by 2026 until 31 December: a withdrawal (a death)
    ends both records, the 2026 one reaches the district in a file of its own program and goes
    on the list for BPJS; a correction reaches BPJS's current (2026) record the same way."""
    from lingkaran_desktop.services.batches import export_batch
    from lingkaran_desktop.services.changes import bpjs_changes
    from tests.exchange.test_old_program import rows

    w, niks = enrolled_2026
    v, d = w.village, w.district
    next_period(w, 2027)
    renew_participants(v.store, v.operator, "Lingkaran Cinta 2026")
    decide(v.store, v.verifier, [niks[2], niks[3]])
    receive(w, send(w))
    old, new = "Lingkaran Cinta 2026", "Lingkaran Cinta 2027"

    fixed = correct(v, v.operator, niks[3], {"phone": "0813 1111 2222"}, "HP baru")
    assert fixed.bpjs  # the enrolled 2026 record was corrected too
    done = withdraw(v, v.operator, niks[2], "meninggal dunia")
    assert done.queued and done.bpjs
    assert rows(v, niks[2]) == {old: ("ended", rows(v, niks[2])[old][1]), new: ("rejected", None)}

    out = export_batch(v.store, v.verifier, w.tmp / "usb")
    assert (out.program, out.corrections, out.withdrawals) == (new, 1, 1)
    [older] = out.others
    assert (older.program, older.corrections, older.withdrawals) == (old, 1, 1)
    for batch in (out, older):
        got = receive(w, batch)
        assert (got.outcome, got.corrections_applied, got.withdrawals_applied) == ("accepted", 1, 1)
    assert rows(d, niks[2])[old][0] == "ended" and rows(d, niks[2])[new][0] == "rejected"
    listed = [(c.nik, c.kind, c.program) for c in bpjs_changes(d.store, d.admin)]
    assert (niks[2], "withdrawal", old) in listed and (niks[3], "correction", old) in listed
    assert run_doctor(v.store).ok and run_doctor(d.store).ok
