"""Encrypted, verified backups and restore on a new laptop.

A backup is the SQLite database copied with the online backup API, gzip-compressed, encrypted with
HPKE to the station's own X25519 key and signed with its Ed25519 key, in the exchange container
(kind ``backup``). Its manifest also carries the per-user wraps of the installation key and the
sealed X25519 private key, so that on a new laptop a user's password alone opens it. A stolen
backup reveals nothing without a password. Every backup is read back, decrypted and checked
(``integrity_check`` and row counts) before it is kept.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import sqlite3
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlmodel import select

from lingkaran_desktop import __version__, clock
from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.exchange import container
from lingkaran_desktop.exchange.keys import Wrapped, WrongPassword, open_private, unwrap_key
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.audit import AuditWriter
from lingkaran_desktop.services.installation import installation_of
from lingkaran_desktop.services.keyring import open_station_keys
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.db import backup_sqlite
from lingkaran_desktop.store.models import KeyWrap, StationKey
from lingkaran_desktop.store.store import Store

log = logging.getLogger("lingkaran.backup")
BACKUP_KIND = "backup"
COUNTED = ("candidate", "audit_event", "app_user", "exchange_ledger")
KEEP_DAILY = 7
KEEP_WEEKLY = 4

register(
    "BACKUP_VERIFY_FAILED",
    "Cadangan {path} gagal diperiksa setelah ditulis ({detail}); berkas itu dihapus. Coba lagi "
    "atau pilih flashdisk lain.",
    "Backup {path} failed its check after writing ({detail}); it was removed. Try again or use "
    "another stick.",
)
register(
    "RESTORE_NO_USER",
    "Cadangan ini tidak memuat pengguna '{name}'. Pakai nama admin dari laptop lama.",
    "This backup holds no user '{name}'. Use an admin name from the old laptop.",
)
register(
    "RESTORE_WRONG_PASSWORD",
    "Kata sandi salah untuk cadangan ini (pengguna '{name}').",
    "Wrong password for this backup (user '{name}').",
)
register(
    "RESTORE_DAMAGED",
    "Cadangan rusak atau diubah ({detail}); tidak dipulihkan. Data yang ada tidak disentuh.",
    "The backup is damaged or altered ({detail}); nothing was restored. Current data untouched.",
)


@dataclass
class BackupInfo:
    path: str
    counts: dict[str, int] = field(default_factory=dict)
    sha256: str = ""
    replaced: str | None = None


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise ValueError(f"integrity_check: {result}")
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        con.close()


def _info(station_id: str) -> bytes:
    return f"lingkaran/backup/v1/{station_id}".encode()


def write_backup(
    store: Store, actor: Actor, out: Path, reason: str = "manual", record: bool = True
) -> BackupInfo:
    """Write an encrypted backup to ``out`` (any folder, e.g. a second USB stick).

    ``record=False`` (the automatic copy before a bulk import) leaves the database untouched:
    a refused or cancelled import must leave it exactly as it was; the log still notes it.
    """
    with store.session() as session:
        installation = installation_of(session)
        keys = open_station_keys(session, actor.name, actor.key)
        sealed_x = session.get(StationKey, "x25519")
        wraps = session.exec(select(KeyWrap)).all()
        manifest: dict[str, Any] = {
            "app_version": __version__,
            "station_id": installation.station_id,
            "role": installation.role,
            "region_code": installation.region_code,
            "created_at": clock.now().isoformat(),
            "reason": reason,
            "encryption_public": keys.encryption_public.hex(),
            "sealed_x25519": {
                "nonce": sealed_x.nonce.hex(), "sealed": sealed_x.encrypted_private.hex()
            },
            "wraps": [
                {"user": w.user_name, "salt": w.salt.hex(), "nonce": w.nonce.hex(),
                 "wrapped": w.wrapped.hex(), "kdf": w.kdf}
                for w in wraps
            ],
        }  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="lk-backup-") as tmp:
        copy = backup_sqlite(store.home.database, Path(tmp) / "copy.db")
        counts = _counts(copy)
        raw = copy.read_bytes()
    manifest["counts"] = counts
    manifest["db_sha256"] = hashlib.sha256(raw).hexdigest()
    sealed = container.encrypt(
        gzip.compress(raw, compresslevel=3, mtime=0),
        keys.encryption_public,
        _info(manifest["station_id"]),
    )
    data = container.pack(BACKUP_KIND, manifest, sealed, keys.signing)
    container.write_atomic(out, data)
    try:
        _open_backup(out, keys.encryption, expected_signing=keys.signing_public)
    except DomainError as exc:
        out.unlink(missing_ok=True)
        raise DomainError(
            error("BACKUP_VERIFY_FAILED", None, path=str(out), detail=exc.finding.message)
        ) from exc
    if record:
        with store.session() as session:
            AuditWriter(session).record(
                actor.name, "backup.write", "installation", None,
                after={"file": out.name, "reason": reason, **counts},
            )  # fmt: skip
    else:
        log.info("backup %s written (%s)", out.name, reason)
    return BackupInfo(str(out), counts, manifest["db_sha256"])


def _open_backup(
    path: Path, x25519: X25519PrivateKey, expected_signing: bytes | None = None
) -> tuple[container.Envelope, bytes, dict[str, int]]:
    """Decrypt and check a backup; returns the database bytes and their counts."""
    envelope = container.unpack(container.read_file(path), BACKUP_KIND)
    m = envelope.manifest
    plain = container.decrypt(envelope.payload, x25519, _info(str(m.get("station_id"))))
    try:
        raw = gzip.decompress(plain)
    except (OSError, EOFError) as exc:
        raise DomainError(error("RESTORE_DAMAGED", None, detail="gzip")) from exc
    if hashlib.sha256(raw).hexdigest() != m.get("db_sha256"):
        raise DomainError(error("RESTORE_DAMAGED", None, detail="sha256"))
    with tempfile.TemporaryDirectory(prefix="lk-restore-") as tmp:
        db = Path(tmp) / "check.db"
        db.write_bytes(raw)
        try:
            counts = _counts(db)
            con = sqlite3.connect(db)
            row = con.execute("SELECT public FROM station_key WHERE kind='ed25519'").fetchone()
            con.close()
        except (sqlite3.Error, ValueError) as exc:
            raise DomainError(error("RESTORE_DAMAGED", None, detail=str(exc)[:80])) from exc
    if row is None:
        raise DomainError(error("RESTORE_DAMAGED", None, detail="no station key"))
    signing = expected_signing or row[0]
    if signing != row[0]:
        raise DomainError(error("RESTORE_DAMAGED", None, detail="other station"))
    container.verify(envelope, signing)
    if counts != m.get("counts"):
        raise DomainError(error("RESTORE_DAMAGED", None, detail="counts"))
    return envelope, raw, counts


def restore_backup(home: Home, path: Path, user: str, password: str) -> BackupInfo:
    """Restore a backup into ``home`` (a fresh folder on a new laptop, or the same one).

    An existing database is kept as ``backups/replaced-<time>.db``, never overwritten.
    """
    envelope = container.unpack(container.read_file(path), BACKUP_KIND)
    m = envelope.manifest
    wrap = next((w for w in m.get("wraps", []) if w.get("user") == user.strip().lower()), None)
    if wrap is None:
        raise DomainError(error("RESTORE_NO_USER", None, name=user))
    try:
        key = unwrap_key(
            Wrapped(bytes.fromhex(wrap["salt"]), bytes.fromhex(wrap["nonce"]),
                    bytes.fromhex(wrap["wrapped"]), str(wrap["kdf"])),
            password,
        )  # fmt: skip
        sealed = m["sealed_x25519"]
        x25519 = X25519PrivateKey.from_private_bytes(
            open_private(key, bytes.fromhex(sealed["nonce"]), bytes.fromhex(sealed["sealed"]))
        )
    except WrongPassword as exc:
        raise DomainError(error("RESTORE_WRONG_PASSWORD", None, name=user)) from exc
    except (KeyError, ValueError, TypeError, InvalidTag) as exc:
        raise DomainError(error("RESTORE_DAMAGED", None, detail="keys")) from exc
    _envelope, raw, counts = _open_backup(path, x25519)
    home.ensure()
    replaced = None
    if home.database.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        replaced = backup_sqlite(home.database, home.backups / f"replaced-{stamp}.db")
        for suffix in ("-wal", "-shm"):
            Path(str(home.database) + suffix).unlink(missing_ok=True)
    partial = home.database.with_name(home.database.name + ".restore")
    with open(partial, "wb") as handle:
        handle.write(raw)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, home.database)
    store = Store.open(home)  # runs any newer migrations (with a copy first)
    store.close()
    return BackupInfo(str(home.database), counts, str(m.get("db_sha256")),
                      str(replaced) if replaced else None)  # fmt: skip


def rotating_backup(store: Store, actor: Actor, reason: str = "daily") -> BackupInfo:
    """Daily backup into the data folder, keeping 7 daily and 4 weekly copies."""
    folder = store.home.backups / "auto"
    now = clock.now()
    daily = folder / f"daily-{now:%Y%m%d}.lkbackup"
    info = write_backup(store, actor, daily, reason)
    year, week, _ = now.isocalendar()
    weekly = folder / f"weekly-{year}-W{week:02d}.lkbackup"
    if not weekly.exists():
        weekly.write_bytes(daily.read_bytes())
    for pattern, keep in (("daily-*.lkbackup", KEEP_DAILY), ("weekly-*.lkbackup", KEEP_WEEKLY)):
        for old in sorted(folder.glob(pattern))[:-keep]:
            old.unlink(missing_ok=True)
    return info


KEEP_PRE_IMPORT = 3


def before_bulk_import(store: Store, actor: Actor, label: str) -> BackupInfo | None:
    """A verified, encrypted backup before a bulk import (the last three are kept).

    SQLite installations only (a PostgreSQL district backs up its server); a user whose key is
    not unlocked cannot sign one, and the import then goes on without it.
    """
    if not store.is_sqlite or actor.key is None:
        return None
    folder = store.home.backups / "auto"
    name = f"pre-{label}-{clock.now():%Y%m%d-%H%M%S}.lkbackup"
    info = write_backup(store, actor, folder / name, reason=f"before {label}", record=False)
    for old in sorted(folder.glob(f"pre-{label}-*.lkbackup"))[:-KEEP_PRE_IMPORT]:
        old.unlink(missing_ok=True)
    return info


class BackupAside:
    """:func:`before_bulk_import` on a thread of its own, while the import reads and checks its
    file: the copy of a district's database takes seconds (5.6 s for 100,000 candidates here),
    and it is mostly C (SQLite's copy, zlib, hashing) that runs beside Python's reading. It
    copies the database as last committed, so the import's own writes, uncommitted until it
    ends, are never in it. :meth:`result` waits for it and raises what it raised: call it
    before the import commits, which a failed backup then stops. Use as a context manager:
    leaving it waits for the thread on any exit (a cancelled import too)."""

    def __init__(self, store: Store, actor: Actor, label: str) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lingkaran-backup")
        self._future = self._pool.submit(before_bulk_import, store, actor, label)

    def result(self) -> BackupInfo | None:
        return self._future.result()

    def __enter__(self) -> BackupAside:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True)
