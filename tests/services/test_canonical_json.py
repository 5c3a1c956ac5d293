"""The audit trail's canonical JSON: the fast writer (orjson) gives exactly the bytes of the
definition (the standard library), so every hash ever written still verifies."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lingkaran_desktop.services.audit import canonical_json, canonical_json_reference

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
