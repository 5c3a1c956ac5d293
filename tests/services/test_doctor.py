"""doctor: integrity check, the audit hash chain, and rows changed behind the app's back."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.services.candidates import decide, register_candidate
from lingkaran_desktop.services.doctor import run_doctor
from tests.conftest import make_nik


def _register_two(store, staff, rng) -> list[str]:
    niks = []
    for name, sex in (("Siti Aminah", "P"), ("Budi Santoso", "L")):
        nik = make_nik(rng, birth=date(1979, 8, 17), sex=sex)
        register_candidate(
            store,
            staff["operator"],
            CandidateFields(
                nik=nik, name=name, sex=sex, birth_date="1979-08-17", occupation="P001"
            ),
        )
        niks.append(nik)
    decide(store, staff["verifier"], niks[:1])
    return niks


def _sql(store, statement: str, *params) -> None:
    """Change the database behind the app's back (as a SQLite browser or psql would)."""
    names = {f"p{i}": value for i, value in enumerate(params)}
    for name in names:
        statement = statement.replace("?", f":{name}", 1)
    with store.engine.begin() as conn:
        conn.execute(text(statement), names)


def test_doctor_passes_on_data_written_by_the_app(village, staff, rng) -> None:
    store, _ = village
    _register_two(store, staff, rng)
    report = run_doctor(store)
    assert report.ok, [p.message for p in report.problems]
    assert report.checked_candidates == 2
    assert report.checked_events >= 5


def test_doctor_reports_a_row_edited_directly_in_sqlite(village, staff, rng) -> None:
    store, _ = village
    niks = _register_two(store, staff, rng)
    _sql(store, "UPDATE candidate SET name = 'Keponakan Pak Kades' WHERE nik = ?", niks[1])
    report = run_doctor(store)
    assert [p.code for p in report.problems] == ["CANDIDATE_CHANGED_OUTSIDE_APP"]
    assert niks[1] not in report.problems[0].message  # the NIK is masked
    assert niks[1][-4:] in report.problems[0].message


def test_doctor_reports_a_status_forced_to_verified(village, staff, rng) -> None:
    store, _ = village
    niks = _register_two(store, staff, rng)
    _sql(store, "UPDATE candidate SET status = 'verified' WHERE nik = ?", niks[1])
    assert [p.code for p in run_doctor(store).problems] == ["CANDIDATE_CHANGED_OUTSIDE_APP"]


def test_doctor_reports_a_row_inserted_behind_the_apps_back(village, staff, rng) -> None:
    store, _ = village
    _register_two(store, staff, rng)
    _sql(
        store,
        "INSERT INTO candidate (program_id, nik, name, sex, birth_date, village_code, "
        "occupation_code, funding, warnings, status, entered_by, entered_at, updated_at) "
        "SELECT program_id, '3509011708790099', 'Saudara', 'L', birth_date, village_code, "
        "occupation_code, funding, '', 'verified', 'admin', entered_at, updated_at "
        "FROM candidate LIMIT 1",
    )
    assert [p.code for p in run_doctor(store).problems] == ["CANDIDATE_WITHOUT_AUDIT"]


def test_doctor_reports_a_deleted_row(village, staff, rng) -> None:
    store, _ = village
    niks = _register_two(store, staff, rng)
    _sql(store, "DELETE FROM candidate WHERE nik = ?", niks[0])
    assert [p.code for p in run_doctor(store).problems] == ["CANDIDATE_DELETED_OUTSIDE_APP"]


def test_doctor_reports_an_edited_audit_event(village, staff, rng) -> None:
    store, _ = village
    _register_two(store, staff, rng)
    _sql(store, "UPDATE audit_event SET actor = 'orang-lain' WHERE action = 'candidate.verified'")
    codes = [p.code for p in run_doctor(store).problems]
    assert codes == ["AUDIT_CHAIN_BROKEN"]


def test_doctor_reports_a_deleted_audit_event(village, staff, rng) -> None:
    store, _ = village
    _register_two(store, staff, rng)
    _sql(store, "DELETE FROM audit_event WHERE action = 'user.add' AND after LIKE '%budi%'")
    codes = [p.code for p in run_doctor(store).problems]
    assert "AUDIT_CHAIN_BROKEN" in codes

ENGINES = ("sqlite", "postgresql")
