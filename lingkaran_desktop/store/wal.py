"""SQLite WAL: a bulk write's commit leaves copying the log into the database file to a thread.

In WAL mode a commit appends pages to the ``-wal`` file; once that holds more than 1,000 pages,
the committing connection copies them all into the database file before its COMMIT returns
(the "auto-checkpoint"). After a 100,000-row import that copy is ~190 MB and took longer than
the commit itself (1.1–1.2 s of a 1.5 s commit on the 2-core machine). The data is committed,
and every reader sees it, before the copy: so a bulk write puts the auto-checkpoint off for its
own commit and the copy runs on a thread of its own, on its own connection, while the officer
already sees the result. A PASSIVE checkpoint blocks neither readers nor writers; if it fails or
is cut short (the program killed), nothing is lost: the pages are still in the WAL, and the next
checkpoint (a later commit, or closing the database) copies them. ``Store.close`` waits for it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any

log = logging.getLogger("lingkaran.store")

DEFERRED = "lingkaran.checkpoint_deferred"  # pool record info: auto-checkpoint is off
CACHE_BEFORE = "lingkaran.cache_size_before"  # pool record info: the cache size to give back
AUTO_PAGES = 1000  # SQLite's default auto-checkpoint size
# A bulk write's page cache (16 MiB, of the connection's 64): the pages it dirties beyond that
# go to the WAL while it runs, on the writer thread beside the checking (services.
# sqlite_writer), instead of all at its COMMIT. Measured on a 100,000-row import: the commit
# 0.31 s -> 0.12 s, the import ~0.15 s sooner; a 4 MiB cache gained no more and cost the
# writer more re-reading.
BULK_CACHE_KIB = 16 * 1024


def defer_auto_checkpoint(raw: sqlite3.Connection, info: dict[str, Any]) -> None:
    """Turn the auto-checkpoint off on ``raw`` until the pool takes it back (see
    :func:`restore_on_checkin`); ``info`` is the pooled connection's own info dict."""
    raw.execute("PRAGMA wal_autocheckpoint = 0")
    info[DEFERRED] = True
    if CACHE_BEFORE not in info:
        info[CACHE_BEFORE] = int(raw.execute("PRAGMA cache_size").fetchone()[0])
        raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")


def restore_on_checkin(raw: Any, record: Any) -> None:
    """Pool ``checkin`` listener: a connection whose auto-checkpoint was put off gets it back
    (and its page cache size) before any other session can take it."""
    deferred = record.info.pop(DEFERRED, False)
    cache = record.info.pop(CACHE_BEFORE, None)
    if raw is None:
        return
    if deferred:
        raw.execute(f"PRAGMA wal_autocheckpoint = {AUTO_PAGES}")
    if cache is not None:
        raw.execute(f"PRAGMA cache_size = {int(cache)}")


def checkpoint(database: Path) -> tuple[int, int, int] | None:
    """Copy what the WAL holds into the database file (PASSIVE: readers and writers go on).
    Returns SQLite's (busy, frames in the log, frames copied), or None if it could not run."""
    try:
        connection = sqlite3.connect(database, timeout=5)
        try:
            row = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:  # harmless: the next checkpoint copies the same pages
        log.warning("WAL checkpoint of %s did not run: %s", database.name, exc)
        return None
    return (int(row[0]), int(row[1]), int(row[2])) if row else None


class Checkpointer:
    """At most one background checkpoint at a time for one database file."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start a checkpoint unless one is running (which will copy the new pages too, or
        leave them to the next)."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            # Not a daemon: the program waits for the copy at exit instead of cutting it short.
            self._thread = threading.Thread(
                target=checkpoint, args=(self.database,), name="lingkaran-checkpoint"
            )
            self._thread.start()

    def wait(self) -> None:
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()
