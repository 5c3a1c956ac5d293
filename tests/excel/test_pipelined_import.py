"""The import stores chunks on a writer thread (SQLite) while it checks the next: the rows, the
audit trail and the name index must come out exactly as a plain insert makes them, and a
failure on the writer thread must leave the database as it was."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from lingkaran_desktop import clock
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services import bulk, spreadsheet_import
from lingkaran_desktop.services.audit import last_hash
from lingkaran_desktop.services.bulk import (
    PipelinedCandidates,
    candidate_defaults,
    insert_candidates,
)
from lingkaran_desktop.services.candidates import list_candidates
from lingkaran_desktop.services.doctor import run_doctor
from lingkaran_desktop.services.installation import active_program, create_installation
from lingkaran_desktop.services.spreadsheet_import import import_file
from tests.conftest import PASSWORD, VILLAGE
from tests.excel.sheet_factory import person, save

HEADER = ["NIK", "Nama", "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "Nama Ibu",
          "Alamat", "RT", "RW", "Pekerjaan", "No HP"]  # fmt: skip


def _tag(n: int) -> str:
    return "Tanda" + chr(97 + n // 26) + chr(97 + n % 26)


def _workbook(tmp_path, count: int, seed: int = 5) -> tuple:
    rng = random.Random(seed)
    people = [person(rng, sex=rng.choice("LP")) for _ in range(count)]
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for n, p in enumerate(people):
        name = f"{p['name']} {_tag(n)}"  # every name its own, to search for
        p["name"] = name
        ws.append([p["nik"], name, p["sex"], p["place"], p["birth"], p["mother"],
                   "Dusun 'Krajan' \"Lor\"", "001", "002", p["occupation"], "0812-3456-7890"])
    return save(wb, tmp_path / "usulan.xlsx"), people


def _dump(store) -> dict[str, list[tuple]]:
    """Every stored value with its SQLite type, of the tables a bulk insert writes."""
    with store.session() as session:
        out = {}
        for table in ("candidate", "audit_event"):
            columns = [r[1] for r in session.execute(text(f"PRAGMA table_info({table})"))]
            typed = ", ".join(f"{c}, typeof({c})" for c in columns)
            out[table] = list(session.execute(text(f"SELECT {typed} FROM {table} ORDER BY id")))
        return out


@pytest.fixture
def frozen():
    clock.set_now(datetime(2026, 3, 2, 8, 30, 15, 123456, tzinfo=UTC))
    yield
    clock.set_now(None)


def _rows(program_id: int, count: int) -> list[dict]:
    rng = random.Random(9)
    rows = []
    for n in range(count):
        p = person(rng)
        row = candidate_defaults()
        del row["id"]
        row.update(
            program_id=program_id, nik=p["nik"], name=f"Ñame \"{n}\" ' — ☃ {p['name']}",
            sex=p["sex"], birth_date=p["birth"], village_code=VILLAGE, occupation_code="P006",
            income=None if n % 2 else 2_750_000 + n, desil=n % 5 or None, funding="APBD",
            notes="baris\nkedua\ttab \\ garis miring", warnings="", status="proposed",
            entered_by="admin", entered_at=clock.now(), updated_at=clock.now(),
            coverage_start=date(2026, 1, 1) if n % 3 == 0 else None,
        )  # fmt: skip
        rows.append(row)
    return rows


@pytest.mark.parametrize("given", ["whole rows", "own columns and common ones"])
def test_background_insert_stores_exactly_what_a_plain_insert_stores(
    tmp_path, frozen, given
) -> None:
    """Text with quotes, newlines and non-ASCII, whole numbers, NULLs, dates and times: the
    writer thread's JSON route stores the same values, of the same SQLite types, with the same
    audit events, as the plain executemany route — given whole rows, or (as the import gives
    them) each row's own columns and the columns alike in every row apart."""
    stores = [
        create_installation(Home(tmp_path / name), "village", VILLAGE, "admin", PASSWORD)[0]
        for name in ("a", "b")
    ]
    for n, store in enumerate(stores):
        with store.session() as session:
            program_id = active_program(session).id
            rows = _rows(program_id, 60)
            prev = last_hash(session)
            if n == 0:
                common = None
                if given != "whole rows":
                    shared = ("program_id", "status", "entered_by", "entered_at", "updated_at",
                              "kpj", "funding")  # fmt: skip
                    common = {name: rows[0][name] for name in shared}
                    rows = [{k: v for k, v in row.items() if k not in shared} for row in rows]
                with PipelinedCandidates(session, "admin", "candidate.import", "uji", prev) as new:
                    assert new._writer is not None  # the thread route is the one tested
                    new.add(rows[:1], common)  # one row: every column "constant"
                    new.add(rows[1:25], common)
                    new.add(rows[25:], common)
                    new.finish()
            else:
                insert_candidates(session, "admin", rows, "candidate.import", "uji", prev)
    first, second = (_dump(store) for store in stores)
    assert first["candidate"] == second["candidate"]
    assert len(first["candidate"]) == 60
    # The chains start from each installation's own set-up events: compare the new events
    # from their time to their reason (not the links; the doctor checks those below).
    assert [row[2:-4] for row in first["audit_event"][-60:]] == [
        row[2:-4] for row in second["audit_event"][-60:]
    ]
    for store in stores:
        assert run_doctor(store).ok
        store.close()


def test_names_imported_in_bulk_are_found_and_the_index_trigger_comes_back(
    village, tmp_path
) -> None:
    store, admin = village
    path, people = _workbook(tmp_path, 45)
    report = import_file(store, admin, path)
    assert report.imported == 45
    for p in people:
        found = list_candidates(store, admin, search=p["name"].split()[-1])
        assert [c["nik"] for c in found] == [p["nik"]]
    with store.session() as session:
        trigger = session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
            {"n": "candidate_fts_ai"},
        ).scalar()
    assert trigger == "candidate_fts_ai"
    assert run_doctor(store).ok


def test_a_failure_on_the_writer_thread_leaves_the_database_as_it_was(
    village, tmp_path, monkeypatch
) -> None:
    """The second chunk's insert fails on the writer thread (the disk is full): the import
    says so, nothing of the first chunk stays (rows, audit events, name index), and the
    trigger the import had dropped is back."""
    store, admin = village
    path, people = _workbook(tmp_path, 30)
    before = _dump(store)
    monkeypatch.setattr(spreadsheet_import, "_STORE_CHUNK", 10)
    calls = []
    real = bulk.insert_json

    def failing(connection, rows):
        calls.append(rows.table)
        if len(calls) == 3:  # the second chunk's candidates
            raise sqlite3.OperationalError("database or disk is full")
        real(connection, rows)

    monkeypatch.setattr(bulk, "insert_json", failing)
    with pytest.raises(DomainError) as refused:
        import_file(store, admin, path)
    assert refused.value.code == "DB_DISK_FULL"  # said in words an officer understands
    assert _dump(store) == before
    with store.session() as session:
        assert session.execute(text("SELECT count(*) FROM candidate_fts")).scalar() == 0
    monkeypatch.setattr(bulk, "insert_json", real)
    assert import_file(store, admin, path).imported == 30
    assert list_candidates(store, admin, search=_tag(29))[0]["nik"] == people[29]["nik"]
    assert run_doctor(store).ok


def test_a_time_in_a_rows_own_date_column_goes_the_general_way(tmp_path, frozen) -> None:
    """JSON writes a date as SQLite stores it, but a time (given where a date belongs) in
    another form: such rows take the general route, which stores what a plain insert does."""
    stores = [
        create_installation(Home(tmp_path / name), "village", VILLAGE, "admin", PASSWORD)[0]
        for name in ("a", "b")
    ]
    for n, store in enumerate(stores):
        with store.session() as session:
            rows = _rows(active_program(session).id, 3)
            rows[1]["birth_date"] = datetime(1980, 1, 1, 10, 30)
            prev = last_hash(session)
            if n == 0:
                shared = ("program_id", "status", "entered_by", "entered_at", "updated_at",
                          "verified_at")
                common = {name: rows[0][name] for name in shared}
                own = [{k: v for k, v in row.items() if k not in shared} for row in rows]
                with PipelinedCandidates(session, "admin", "candidate.import", "uji", prev) as new:
                    new.add(own, common)
                    new.finish()
            else:
                insert_candidates(session, "admin", rows, "candidate.import", "uji", prev)
    first, second = (_dump(store) for store in stores)
    assert first["candidate"] == second["candidate"]
    for store in stores:
        store.close()


def test_the_writer_runs_queued_jobs_in_order_and_stops_at_the_first_failure() -> None:
    """Jobs are queued without waiting for the one before (the import readies the next chunk
    meanwhile); they run in the order given; once one fails, the jobs behind it do not run,
    and its error reaches the caller at the next submit or wait, never lost."""
    import threading

    from lingkaran_desktop.services.sqlite_writer import BackgroundWriter

    ran: list[int] = []
    gate = threading.Event()
    writer = BackgroundWriter(sqlite3.connect(":memory:", check_same_thread=False), depth=3)

    def job(n: int, fail: bool = False):
        def run(connection) -> None:
            gate.wait(5)
            if fail:
                raise sqlite3.OperationalError("database or disk is full")
            ran.append(n)

        return run

    writer.submit(job(1))
    writer.submit(job(2))  # (returns at once: job 1 is still held at the gate)
    assert ran == []
    gate.set()
    writer.wait()
    assert ran == [1, 2]

    writer.submit(job(3, fail=True))
    writer.submit(job(4))
    with pytest.raises(sqlite3.OperationalError):
        writer.wait()
    assert ran == [1, 2]  # job 4 did not run after job 3 failed
    with pytest.raises(sqlite3.OperationalError):
        writer.submit(job(5))  # the writer stays failed: the caller's transaction is lost
    writer.close()
    assert ran == [1, 2]
