"""The tamper-evident audit trail.

Every change made through a service writes one event in the same transaction: who, when, what,
the changed fields before and after, and why. Events are hash-chained (each hash covers the one
before), and candidate events carry a hash of the whole row after the change, so ``doctor`` can tell
a row edited behind the app's back.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

import orjson
from sqlalchemy import func, text
from sqlmodel import Session, SQLModel, select

from lingkaran_desktop import clock
from lingkaran_desktop.store.models import AuditEvent

log = logging.getLogger("lingkaran.audit")
GENESIS = "0" * 64
# Columns left out of a row's state hash: bookkeeping that the event itself records.
_STATE_EXCLUDED = frozenset({"updated_at"})


@lru_cache(maxsize=4096)  # a bulk write stamps thousands of rows with the same few times
def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        aware = value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)
        return aware.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def plain_value(value: Any) -> Any:
    """A value as the canonical JSON writes it: a date or time as its text, the rest as is."""
    return _plain(value) if isinstance(value, date) else value


_ORJSON_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME


def canonical_json(data: dict[str, Any]) -> str:
    """Sorted keys, no spaces, UTF-8 text, dates ISO (times in UTC): the form hashes are over.

    orjson writes exactly what ``json.dumps(sort_keys=True, ensure_ascii=False,
    separators=(",", ":"))`` writes for the values an audit event holds (text, whole numbers,
    None, bools, dates and times, nested lists and dicts with text keys) — a test holds both to
    it — eight times faster. Anything orjson refuses (a number beyond 64 bits, a lone surrogate,
    a non-text key) goes the slow way; floats must not be hashed (the two differ in their form).
    """
    try:
        return orjson.dumps(data, option=_ORJSON_OPTIONS, default=_plain).decode("utf-8")
    except orjson.JSONEncodeError:
        return canonical_json_reference(data)


def canonical_json_reference(data: dict[str, Any]) -> str:
    """The definition of the canonical form (standard library; see :func:`canonical_json`)."""
    # Dates and times are not JSON types: json calls _plain for them (and only for them).
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=_plain)  # fmt: skip


def row_state(row: SQLModel) -> dict[str, Any]:
    return {
        column: getattr(row, column)
        for column in type(row).model_fields
        if column not in _STATE_EXCLUDED
    }


def state_hash_of(state: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(state).encode("utf-8")).hexdigest()


def diff(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def event_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    payload = prev_hash + "\n" + canonical_json(fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


_HASHED = (
    "at", "actor", "action", "entity", "entity_id", "before", "after", "state_hash", "reason",
)  # fmt: skip


def _hashed_fields(event: AuditEvent) -> dict[str, Any]:
    return {
        "at": _plain(event.at),
        "actor": event.actor,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "before": event.before,
        "after": event.after,
        "state_hash": event.state_hash,
        "reason": event.reason,
    }


def rechain(event: AuditEvent, prev_hash: str) -> str:
    """Link ``event`` after ``prev_hash`` (recomputing its own hash); returns the new hash."""
    event.prev_hash = prev_hash
    event.hash = event_hash(prev_hash, _hashed_fields(event))
    return event.hash


def event_row(prev_hash: str, **fields: Any) -> dict[str, Any]:
    """A complete audit_event row chained to ``prev_hash``, for bulk inserts with Core.

    ``fields``: at, actor, action, entity, entity_id, before, after, state_hash, reason.
    """
    row = {**fields, "prev_hash": prev_hash}
    hashed = {name: row[name] for name in _HASHED}
    hashed["at"] = _plain(hashed["at"])
    row["hash"] = event_hash(prev_hash, hashed)
    return row


class BulkEvents:
    """Rows of events that share their time, actor, action, entity, "before" and reason (a
    bulk insert's candidate events), hashed exactly as :func:`event_row` hashes them — a test
    holds the two equal — but without building and sorting the hashed fields per event: the
    canonical JSON is the fixed parts around each event's own values."""

    def __init__(
        self, at: datetime, actor: str, action: str, entity: str, reason: str | None,
        before: str = "",
    ) -> None:  # fmt: skip
        self.fields = {"at": at, "actor": actor, "action": action, "entity": entity,
                       "before": before, "reason": reason}  # fmt: skip
        # Sorted keys: action, actor, after, at, before, entity, entity_id, reason, state_hash.
        try:
            self._head = f'{{"action":{_json(action)},"actor":{_json(actor)},"after":'
            self._middle = (
                f',"at":{_json(_plain(at))},"before":{_json(before)},"entity":{_json(entity)},'
                '"entity_id":'
            )
            self._tail = f',"reason":{_json(reason)},"state_hash":'
        except orjson.JSONEncodeError:  # text orjson refuses: every event the general way
            self._head = None
        else:
            self._head_bytes = self._head.encode("utf-8")
            self._middle_bytes = self._middle.encode("utf-8")
            self._tail_bytes = self._tail.encode("utf-8")

    def state_row(
        self, prev_hash: str, entity_id: int, state: dict[str, Any],
        quoted: list[orjson.Fragment | None] | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        """The event of a row whose whole state is ``state``: exactly
        ``row(prev_hash, entity_id, canonical_json(state), state_hash_of(state))`` (a test holds
        them equal), made on bytes, without the copies between text and bytes. ``quoted`` (if
        given) is appended the state as a JSON string, ready to embed in JSON (None when it
        went the general way)."""
        try:
            if self._head is None:
                raise orjson.JSONEncodeError
            state_json = orjson.dumps(state, option=_ORJSON_OPTIONS, default=_plain)
            after = state_json.decode("utf-8")
            after_json = orjson.dumps(after)
        except orjson.JSONEncodeError:  # the general (slow) way, which raises what it raises
            after = canonical_json(state)
            if quoted is not None:
                quoted.append(None)
            return self.row(prev_hash, entity_id, after, state_hash_of(state))
        state_hash = hashlib.sha256(state_json).hexdigest()
        hashed = b"".join((
            prev_hash.encode("utf-8"), b"\n", self._head_bytes, after_json, self._middle_bytes,
            str(int(entity_id)).encode("utf-8"), self._tail_bytes, b'"', state_hash.encode("utf-8"),
            b'"}',
        ))  # fmt: skip
        if quoted is not None:
            quoted.append(orjson.Fragment(after_json))
        return {**self.fields, "entity_id": entity_id, "after": after, "state_hash": state_hash,
                "prev_hash": prev_hash, "hash": hashlib.sha256(hashed).hexdigest()}  # fmt: skip

    def row(self, prev_hash: str, entity_id: int, after: str, state_hash: str) -> dict[str, Any]:
        try:
            if self._head is None:
                raise orjson.JSONEncodeError
            hashed = (self._head + _json(after) + self._middle + str(int(entity_id))
                      + self._tail + _json(state_hash) + "}")  # fmt: skip
        except orjson.JSONEncodeError:  # what orjson refuses: the general (slow) way
            return event_row(prev_hash, **self.fields, entity_id=entity_id, after=after,
                             state_hash=state_hash)  # fmt: skip
        digest = hashlib.sha256((prev_hash + "\n" + hashed).encode("utf-8")).hexdigest()
        return {**self.fields, "entity_id": entity_id, "after": after, "state_hash": state_hash,
                "prev_hash": prev_hash, "hash": digest}  # fmt: skip


def _json(value: str | None) -> str:
    return orjson.dumps(value).decode("utf-8")


CHAIN_LOCK = 727_001  # PostgreSQL advisory lock id: one writer extends the chain at a time


def lock_chain(session: Session) -> None:
    """Serialise writers (PostgreSQL): a transaction-scoped advisory lock, taken before a service
    reads what it will decide on, so two district staff working at once never lose an update,
    never insert the same NIK twice and never fork the audit chain. SQLite serialises writers
    by itself."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHAIN_LOCK})


def last_hash(session: Session) -> str:
    """The chain's head (taking the writers' lock first)."""
    lock_chain(session)
    last = session.exec(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    return last or GENESIS


@dataclass
class AuditWriter:
    """Appends events to the chain within one session (keeps the running hash for bulk writes)."""

    session: Session
    _prev: str | None = None

    def record(
        self,
        actor: str,
        action: str,
        entity: str,
        entity_id: int | None = None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        state: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> AuditEvent:
        if self._prev is None:
            self._prev = last_hash(self.session)
        event = AuditEvent(
            at=clock.now(),
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=canonical_json(before) if before else "",
            after=canonical_json(after) if after else "",
            state_hash=state_hash_of(state) if state is not None else "",
            reason=reason,
            prev_hash=self._prev,
            hash="",
        )
        event.hash = event_hash(self._prev, _hashed_fields(event))
        self.session.add(event)
        log.info("%s %s #%s by %s", action, entity, entity_id or "-", actor)  # no field values
        self._prev = event.hash
        return event


def verify_chain(session: Session, batch: int = 5000) -> list[tuple[int, str]]:
    """Walk the chain; return (event id, what is wrong) for each break found."""
    problems: list[tuple[int, str]] = []
    prev = GENESIS
    last_id = 0
    while True:
        rows = session.exec(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            break
        for event in rows:
            if event.prev_hash != prev:
                problems.append((event.id or 0, "tidak tersambung dengan catatan sebelumnya"))
            expected = event_hash(event.prev_hash, _hashed_fields(event))
            if expected != event.hash:
                problems.append((event.id or 0, "isinya tidak cocok dengan hash-nya (diubah)"))
            prev = event.hash
            last_id = event.id or last_id
        session.expunge_all()
    return problems


def event_count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(AuditEvent)).one()
