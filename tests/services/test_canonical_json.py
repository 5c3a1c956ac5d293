"""The audit trail's canonical JSON: the fast writer (orjson) gives exactly the bytes of the
definition (the standard library), so every hash ever written still verifies."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lingkaran_desktop.services.audit import (
    BulkEvents,
    canonical_json,
    canonical_json_reference,
    event_row,
    state_hash_of,
)

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.text()
    | st.dates()
    | st.datetimes()
    | st.datetimes(timezones=st.just(UTC))
    | st.datetimes(
        timezones=st.builds(
            timezone, st.timedeltas(min_value=timedelta(hours=-12), max_value=timedelta(hours=14))
        )
    )
)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.text(), _values, max_size=8))
def test_fast_canonical_json_is_byte_for_byte_the_definition(data) -> None:
    assert canonical_json(data) == canonical_json_reference(data)


def test_a_candidate_row_gives_the_same_text_both_ways() -> None:
    row = {
        "nik": "3509014107800001", "name": "Siti Aminah \u00e9\u2028\"x\"\\", "kk": None,
        "birth_date": date(1980, 7, 1), "entered_at": datetime(2026, 1, 2, 3, 4, 5),
        "verified_at": datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC), "desil": 4, "id": 7,
        "notes": "baris 1\nbaris 2\t\x00\x1f\x7f",
    }  # fmt: skip
    assert canonical_json(row) == canonical_json_reference(row)
    assert canonical_json(row).startswith('{"birth_date":"1980-07-01","desil":4,')


def test_values_that_are_not_json_are_refused_both_ways() -> None:
    with pytest.raises(TypeError):
        canonical_json({"x": object()})
    with pytest.raises(TypeError):
        canonical_json_reference({"x": object()})


def test_what_orjson_refuses_goes_the_slow_way_with_the_same_result() -> None:
    for data in ({"big": 2**80}, {"lone": "\ud800"}, {"k": {1: "non-text key"}}):
        assert canonical_json(data) == canonical_json_reference(data)


@settings(max_examples=300, deadline=None)
@given(
    at=st.datetimes(timezones=st.just(UTC)) | st.datetimes(),
    actor=st.text(max_size=20), action=st.text(max_size=20), entity=st.text(max_size=12),
    reason=st.none() | st.text(max_size=40), before=st.text(max_size=20),
    entity_id=st.integers(min_value=0, max_value=2**53),
    after=st.text(), state_hash=st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
    prev=st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
)  # fmt: skip
def test_bulk_events_hash_exactly_as_event_row(
    at, actor, action, entity, reason, before, entity_id, after, state_hash, prev
) -> None:
    """The bulk writer's template gives the same event, hash included, as the general
    event_row — for any text (quotes, control characters, lone surrogates fall back)."""
    fast = BulkEvents(at, actor, action, entity, reason, before)
    want = event_row(prev, at=at, actor=actor, action=action, entity=entity,
                     entity_id=entity_id, before=before, after=after, state_hash=state_hash,
                     reason=reason)  # fmt: skip
    assert fast.row(prev, entity_id, after, state_hash) == want


@pytest.mark.parametrize("where", ["actor", "after", "reason"])
def test_bulk_events_fall_back_on_text_orjson_refuses(where) -> None:
    """Text orjson refuses (a lone surrogate) goes the general way: the same outcome as
    event_row, which cannot hash it either (such text never passes the checks before)."""
    values = {"actor": "siti", "after": '{"name":"x"}', "reason": "impor"}
    values[where] = "lone \ud800 surrogate"
    at = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    fast = BulkEvents(at, values["actor"], "candidate.import", "candidate", values["reason"])
    with pytest.raises(UnicodeEncodeError):
        event_row("0" * 64, at=at, actor=values["actor"], action="candidate.import",
                  entity="candidate", entity_id=7, before="", after=values["after"],
                  state_hash="a" * 64, reason=values["reason"])  # fmt: skip
    with pytest.raises(UnicodeEncodeError):
        fast.row("0" * 64, 7, values["after"], "a" * 64)


@settings(max_examples=300, deadline=None)
@given(
    state=st.dictionaries(st.text(), _values, max_size=8),
    at=st.datetimes(timezones=st.just(UTC)) | st.datetimes(),
    reason=st.none() | st.text(max_size=40),
    entity_id=st.integers(min_value=0, max_value=2**53),
    prev=st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
)  # fmt: skip
def test_bulk_state_row_is_the_row_of_the_states_canonical_json(
    state, at, reason, entity_id, prev
) -> None:
    """The bulk writer's state_row (made on bytes) gives exactly the event row() gives for the
    state's canonical JSON and state hash; the JSON string it hands on is that text, quoted —
    for any state (what orjson refuses goes the general way and is handed on as None)."""
    fast = BulkEvents(at, "siti", "candidate.import", "candidate", reason)
    quoted: list = []
    try:
        want = fast.row(prev, entity_id, canonical_json(state), state_hash_of(state))
    except UnicodeEncodeError:  # a lone surrogate: no event can be hashed, either way
        with pytest.raises(UnicodeEncodeError):
            fast.state_row(prev, entity_id, state, quoted)
        return
    assert fast.state_row(prev, entity_id, state, quoted) == want
    (text,) = quoted
    if text is not None:
        assert orjson.loads(orjson.dumps([text])) == [want["after"]]
