"""Storage: migrations from an empty database, SQLite settings, the copy before a migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.paths import Home
from lingkaran_desktop.store.db import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    sqlite_url,
)
from lingkaran_desktop.store.models import Candidate
from lingkaran_desktop.store.store import Store


def test_migrations_build_an_empty_database_to_head(tmp_path) -> None:
    home = Home(tmp_path / "h")
    store = Store.open(home, create=True)
    try:
        assert current_revision(store.engine) == head_revision(store.engine)
        with store.engine.connect() as conn:
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert {"candidate", "program", "app_user", "audit_event", "installation"} <= tables
        assert store.migration_backup is None  # nothing to copy in a new database
    finally:
        store.close()


def test_sqlite_runs_in_wal_mode_with_foreign_keys_on(tmp_path) -> None:
    store = Store.open(Home(tmp_path / "h"), create=True)
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        store.close()


def _program(conn) -> int:
    """A program row with only the columns of the first schema (works at every revision)."""
    conn.execute(
        text(
            "INSERT INTO program (name, year, coverage_start, months, jkk_rate_bp, jkk_min_income,"
            " jkm_flat, discount_percent, age_min, age_max, active, created_at) VALUES ('P', 2026,"
            " '2026-01-01', 12, 100, 1000000, 6800, 0, 18, 65, 1, '2026-01-01 00:00:00')"
        )
    )
    return conn.execute(text("SELECT max(id) FROM program")).scalar()


def _candidate(program_id: int, nik: str) -> dict:
    """Candidate values valid at every schema revision."""
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return dict(
        program_id=program_id,
        nik=nik,
        name="X",
        sex="L",
        birth_date=date(1980, 1, 1),
        village_code="35.09.01.2001",
        occupation_code="P001",
        funding="APBD",
        warnings="",
        status="proposed",
        entered_by="a",
        entered_at=now,
        updated_at=now,
    )


def test_database_enforces_one_nik_per_program(tmp_path) -> None:
    store = Store.open(Home(tmp_path / "h"), create=True)
    try:
        with store.engine.begin() as conn:
            pid = _program(conn)
            conn.execute(insert(Candidate).values(**_candidate(pid, "3509010101800001")))
        with pytest.raises(IntegrityError), store.engine.begin() as conn:
            conn.execute(insert(Candidate).values(**_candidate(pid, "3509010101800001")))
        with store.engine.begin() as conn:  # another program may hold the same NIK
            other = _program(conn)
            conn.execute(insert(Candidate).values(**_candidate(other, "3509010101800001")))
    finally:
        store.close()


def test_database_is_copied_before_a_migration(tmp_path) -> None:
    home = Home(tmp_path / "h")
    home.ensure()
    engine = make_engine(sqlite_url(home.database))
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        pid = _program(conn)
        conn.execute(
            text(
                "INSERT INTO candidate (program_id, nik, name, sex, birth_date, village_code,"
                " occupation_code, funding, warnings, status, entered_by, entered_at, updated_at)"
                " VALUES (:p, '3509010101800001', 'X', 'L', '1980-01-01', '35.09.01.2001', 'P001',"
                " 'APBD', '', 'proposed', 'a', '2026-01-01', '2026-01-01')"
            ),
            {"p": pid},
        )
    engine.dispose()

    store = Store.open(home)
    try:
        assert store.migration_backup is not None
        assert store.migration_backup.parent == home.backups
        copy = sqlite3.connect(store.migration_backup)
        assert copy.execute("SELECT nik FROM candidate").fetchall() == [("3509010101800001",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        copy.close()
        assert current_revision(store.engine) == head_revision(store.engine)
        with store.engine.connect() as conn:  # the data survived every later migration
            assert conn.execute(text("SELECT count(*) FROM candidate")).scalar() == 1
            assert len(conn.execute(text("SELECT uid FROM program")).scalar()) == 36
    finally:
        store.close()


def test_missing_installation_is_refused_not_created(tmp_path) -> None:
    with pytest.raises(DomainError) as exc:
        Store.open(Home(tmp_path / "typo"))
    assert exc.value.code == "HOME_NOT_INITIALIZED"
    assert not (tmp_path / "typo").exists()


def test_a_file_that_is_not_a_database_gives_a_clear_message(tmp_path) -> None:
    home = Home(tmp_path / "h")
    home.ensure()
    home.database.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(DomainError) as exc:
        Store.open(home)
    assert exc.value.code == "DB_CORRUPT"


def test_home_inside_a_file_is_not_writable(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DomainError) as exc:
        Store.open(Home(blocker / "home"), create=True)
    assert exc.value.code == "HOME_NOT_WRITABLE"


def test_data_folder_is_private_to_its_user(tmp_path) -> None:
    import os
    import stat

    home = Home(tmp_path / "h").ensure()
    if os.name == "posix":
        assert stat.S_IMODE(home.root.stat().st_mode) == 0o700


def test_data_folder_on_a_read_only_medium_says_so(tmp_path) -> None:
    """A write-protected stick or CD: a clear 'read-only' message, not 'cannot open'."""
    import subprocess

    from lingkaran_desktop.services.installation import create_installation

    home = Home(tmp_path / "cd")
    store, _ = create_installation(home, "village", "35.09.01.2001", "admin", "x" * 10)
    store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(home.database) + suffix).unlink(missing_ok=True)
    if subprocess.run(["chattr", "+i", str(home.root)], capture_output=True).returncode != 0:
        pytest.skip("this filesystem cannot mark a folder immutable")
    try:
        with pytest.raises(DomainError) as exc:
            Store.open(home)
    finally:
        subprocess.run(["chattr", "-i", str(home.root)], check=True)
    assert exc.value.code == "DB_READONLY"
    assert "hanya bisa dibaca" in exc.value.finding.message


def test_a_full_disk_gives_a_clear_message_and_the_transaction_rolls_back(tmp_path) -> None:
    """SQLite says 'database or disk is full'; the officer is told what to do, nothing is half
    written (the failing transaction is rolled back)."""
    from lingkaran_desktop.store.store import storage_error

    full = sqlite3.OperationalError("database or disk is full")
    assert storage_error(full).code == "DB_DISK_FULL"
    store = Store.open(Home(tmp_path / "h"), create=True)
    try:
        with pytest.raises(DomainError) as exc, store.session() as session:
            session.exec(text(
                "INSERT INTO key_wrap (user_name, salt, nonce, wrapped, kdf) "
                "VALUES ('x', x'00', x'00', x'00', 'k')"
            ))  # fmt: skip
            raise full
        assert exc.value.code == "DB_DISK_FULL"
        with store.engine.connect() as conn:  # the half-done work was rolled back
            assert conn.execute(text("SELECT count(*) FROM key_wrap")).scalar() == 0
    finally:
        store.close()


def test_migrations_and_models_describe_the_same_schema(tmp_path) -> None:
    """The tables the migrations build are the tables the models declare (no drift either way).
    The name-search index (FTS5 table and triggers, migration 0005) is SQLite-only SQL outside
    the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    store = Store.open(Home(tmp_path / "h"), create=True)
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "include_name": lambda name, kind, _parent: not (
                        kind == "table" and (name or "").startswith("candidate_fts")
                    )
                },
            )
            differences = compare_metadata(context, SQLModel.metadata)
        assert differences == []
    finally:
        store.close()


def test_a_savepoint_rolls_back_alone_inside_the_transaction(tmp_path) -> None:
    """SQLite transactions begin with SQLAlchemy's BEGIN, so a SAVEPOINT nests: rolling it back
    keeps the rest of the transaction, and nothing is committed before the end."""
    store = Store.open(Home(tmp_path / "h"), create=True)
    try:
        with store.session() as session:
            session.execute(text("CREATE TABLE t (x INTEGER)"))
            session.execute(text("INSERT INTO t VALUES (1)"))
            nested = session.begin_nested()
            session.execute(text("INSERT INTO t VALUES (2)"))
            nested.rollback()
            nested = session.begin_nested()
            session.execute(text("INSERT INTO t VALUES (3)"))
            nested.commit()
            with store.engine.connect() as other:  # not committed yet: another reader sees none
                query = text("SELECT name FROM sqlite_master WHERE name = 't'")
                assert other.execute(query).all() == []
        with store.engine.connect() as conn:
            assert [r[0] for r in conn.execute(text("SELECT x FROM t ORDER BY x"))] == [1, 3]
    finally:
        store.close()


def test_migration_0006_adds_the_change_queue_and_goes_back(tmp_path) -> None:
    """Corrections and withdrawals (candidate_change): added to a database that holds data,
    with bpjs false by default, and removed again by a downgrade without touching candidates."""
    home = Home(tmp_path / "h")
    home.ensure()
    engine = make_engine(sqlite_url(home.database))
    config = alembic_config(engine)
    try:
        command.upgrade(config, "0005")
        with engine.begin() as conn:
            pid = _program(conn)
            conn.execute(insert(Candidate).values(**_candidate(pid, "3509010101800001")))
        command.upgrade(config, "0006")
        with engine.begin() as conn:
            cid = conn.execute(text("SELECT id FROM candidate")).scalar()
            conn.execute(
                text(
                    "INSERT INTO candidate_change (program_id, direction, kind, candidate_id, nik,"
                    " payload, created_at, created_by) VALUES (:p, 'out', 'withdrawal', :c,"
                    " '3509010101800001', '{}', '2026-01-01 00:00:00', 'siti')"
                ),
                {"p": pid, "c": cid},
            )
            row = conn.execute(text("SELECT bpjs, batch_sequence FROM candidate_change")).one()
            assert (bool(row[0]), row[1]) == (False, None)
        command.downgrade(config, "0005")
        with engine.connect() as conn:
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
            assert "candidate_change" not in tables
            assert conn.execute(text("SELECT count(*) FROM candidate")).scalar() == 1
        command.upgrade(config, "head")
        assert current_revision(engine) == head_revision(engine)
    finally:
        engine.dispose()


def test_migration_0008_counts_changes_queued_before_as_checked(tmp_path) -> None:
    """Four eyes on changes came with 0008. A change queued before it was already applied under
    the old rule: it still leaves with the next batch (checked by its author), while the
    district's received changes stay as they were; a downgrade removes the columns only."""
    home = Home(tmp_path / "h")
    home.ensure()
    engine = make_engine(sqlite_url(home.database))
    config = alembic_config(engine)
    try:
        command.upgrade(config, "0007")
        with engine.begin() as conn:
            pid = _program(conn)
            conn.execute(insert(Candidate).values(**_candidate(pid, "3509010101800001")))
            cid = conn.execute(text("SELECT id FROM candidate")).scalar()
            for direction in ("out", "in"):
                conn.execute(
                    text(
                        "INSERT INTO candidate_change (program_id, direction, kind, candidate_id,"
                        " nik, payload, created_at, created_by) VALUES (:p, :d, 'withdrawal', :c,"
                        " '3509010101800001', '{}', '2026-01-01 00:00:00', 'siti')"
                    ),
                    {"p": pid, "c": cid, "d": direction},
                )
        command.upgrade(config, "0008")
        with engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT direction, verified_by, verified_at FROM candidate_change ORDER BY id"
            )).all()  # fmt: skip
        assert [(r[0], r[1], str(r[2])[:10] if r[2] else None) for r in rows] == [
            ("out", "siti", "2026-01-01"), ("in", None, None)]  # fmt: skip
        command.downgrade(config, "0007")
        with engine.connect() as conn:
            columns = {r[1] for r in conn.execute(text("PRAGMA table_info(candidate_change)"))}
            assert "verified_by" not in columns
            assert conn.execute(text("SELECT count(*) FROM candidate_change")).scalar() == 2
        command.upgrade(config, "head")
        assert current_revision(engine) == head_revision(engine)
    finally:
        engine.dispose()
