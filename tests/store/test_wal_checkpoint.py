"""A bulk write's commit leaves copying the WAL into the database file to a background thread
(store/wal.py): the data is committed and visible at once, the copy completes, the connection
gets its auto-checkpoint back, and a failed import starts no copy."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import text

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.spreadsheet_import import import_file
from lingkaran_desktop.store import wal
from tests.excel.test_pipelined_import import _workbook as workbook_of_people


def _workbook(tmp_path, count: int):
    return workbook_of_people(tmp_path, count)[0]


def _in_database_file(database, tmp_path) -> int:
    """Candidates the database file holds by itself, without its WAL: a copy of the file alone
    (opening the real one could checkpoint it)."""
    alone = tmp_path / "alone.db"
    shutil.copyfile(database, alone)
    conn = sqlite3.connect(alone)
    try:
        return conn.execute("SELECT COUNT(*) FROM candidate").fetchone()[0]
    finally:
        conn.close()
        alone.unlink()


def test_import_commit_leaves_the_wal_copy_to_a_thread_that_completes_it(
    village, tmp_path, monkeypatch
) -> None:
    store, admin = village
    started = []
    real = wal.Checkpointer.start
    wal.checkpoint(store.home.database)  # the new installation's schema into the file
    assert _in_database_file(store.home.database, tmp_path) == 0
    monkeypatch.setattr(wal.Checkpointer, "start", lambda self: started.append(self) or None)
    report = import_file(store, admin, _workbook(tmp_path, 40))
    assert report.imported == 40
    assert len(started) == 1  # the import asked for the copy, and did not make it itself
    assert _in_database_file(store.home.database, tmp_path) == 0  # only in the WAL yet
    with store.session() as session:  # ... and yet visible
        assert session.execute(text("SELECT COUNT(*) FROM candidate")).scalar() == 40
        # The pooled connection has its auto-checkpoint back for every later commit.
        assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar() == wal.AUTO_PAGES
    real(started[0])
    store.wait_for_checkpoint()
    assert _in_database_file(store.home.database, tmp_path) == 40  # copied


def test_store_close_waits_for_the_copy(village, tmp_path) -> None:
    store, admin = village
    import_file(store, admin, _workbook(tmp_path, 25))
    store.close()
    assert _in_database_file(store.home.database, tmp_path) == 25


def test_a_refused_import_starts_no_copy(village, tmp_path, monkeypatch) -> None:
    store, admin = village
    started = []
    monkeypatch.setattr(wal.Checkpointer, "start", lambda self: started.append(self))
    path = tmp_path / "bukan.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(DomainError):
        import_file(store, admin, path)
    assert started == []
    with store.session() as session:
        assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar() == wal.AUTO_PAGES


def test_a_checkpoint_that_cannot_run_is_harmless(tmp_path) -> None:
    assert wal.checkpoint(tmp_path / "missing" / "lingkaran.db") is None


def test_a_bulk_write_spills_pages_early_and_gives_the_cache_back(village) -> None:
    """During a bulk write the page cache is smaller (dirty pages go to the WAL as the rows go
    in, not all at the commit); every later session has the usual cache again, after a commit
    and after a failure alike."""
    store, _admin = village
    with store.session() as session:
        usual = session.execute(text("PRAGMA cache_size")).scalar()
    assert usual != -wal.BULK_CACHE_KIB
    with store.bulk_session() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == -wal.BULK_CACHE_KIB
    with store.session() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == usual
    with pytest.raises(RuntimeError), store.bulk_session() as session:
        session.execute(text("SELECT 1"))
        raise RuntimeError("cut short")
    with store.session() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == usual
        assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar() == wal.AUTO_PAGES
