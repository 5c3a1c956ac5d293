"""Hostile input: random bytes, flips, truncation, bombs and junk never crash a parser.

Every parser that reads outside data either returns a result or refuses with a DomainError
whose message an officer can read; nothing else escapes.
"""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lingkaran_desktop.domain.candidate import CandidateFields, check_candidate
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.domain.kk import parse_kk
from lingkaran_desktop.domain.nik import parse_nik
from lingkaran_desktop.domain.phone import normalize_phone
from lingkaran_desktop.domain.program import default_program
from lingkaran_desktop.domain.sex import check_sex
from lingkaran_desktop.excel.values import parse_date
from lingkaran_desktop.exchange import container
from lingkaran_desktop.exchange.keys import StationKeys

KEYS = StationKeys.generate()
GOOD = container.pack(
    "batch",
    {"program_uid": "p", "sender": "s", "recipient": "r", "sequence": 1},
    container.encrypt(container.encode_json({"records": []}), KEYS.encryption_public, b"i"),
    KEYS.signing,
)
junk_values = st.one_of(
    st.none(), st.text(max_size=300), st.integers(), st.floats(allow_nan=True),
    st.booleans(), st.binary(max_size=50), st.dates(),
)  # fmt: skip


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_are_refused_not_crashed(data: bytes) -> None:
    with pytest.raises(DomainError):
        envelope = container.unpack(data, "batch")
        container.verify(envelope, KEYS.signing_public)


@settings(max_examples=300)
@given(st.integers(0, len(GOOD) - 1), st.integers(1, 255))
def test_any_single_byte_change_is_refused(position: int, xor: int) -> None:
    mutated = bytearray(GOOD)
    mutated[position] ^= xor
    with pytest.raises(DomainError):
        envelope = container.unpack(bytes(mutated), "batch")
        container.verify(envelope, KEYS.signing_public)
        container.decrypt(envelope.payload, KEYS.encryption, b"i")


@settings(max_examples=100)
@given(st.integers(0, len(GOOD) - 1))
def test_any_truncation_is_refused(keep: int) -> None:
    with pytest.raises(DomainError):
        container.unpack(GOOD[:keep], "batch")


def test_the_untouched_file_passes() -> None:
    envelope = container.unpack(GOOD, "batch")
    container.verify(envelope, KEYS.signing_public)
    plain = container.decrypt(envelope.payload, KEYS.encryption, b"i")
    assert container.decode_json(plain) == {"records": []}


def test_zip_bomb_stops_at_the_limit() -> None:
    bomb = gzip.compress(b"[" + b" " * 5_000_000 + b"]")
    assert len(bomb) < 10_000
    with pytest.raises(DomainError) as exc:
        container.decode_json(bomb, limit=1_000_000)
    assert exc.value.code == "FILE_TOO_LARGE"


def test_deep_nesting_is_refused() -> None:
    deep = gzip.compress(b"[" * 200_000 + b"]" * 200_000)
    with pytest.raises(DomainError) as exc:
        container.decode_json(deep)
    assert exc.value.code == "FILE_DAMAGED"


@pytest.mark.parametrize(
    "inside",
    [b'{"records": ["\xff\xfe"]}', b'{"records": [NaN]}', b'{"r": [-Infinity]}',
     b'{"a": 1}x', b'{"records": [}', b""],
)  # fmt: skip
def test_a_payload_that_is_not_clean_json_is_damaged(inside: bytes) -> None:
    """Not UTF-8, NaN or infinity, trailing bytes, broken syntax, nothing at all: refused in
    the same words each time, never half a payload handed back."""
    with pytest.raises(DomainError) as exc:
        container.decode_json(gzip.compress(inside))
    assert exc.value.code == "FILE_DAMAGED"


def test_big_numbers_come_back_exactly() -> None:
    """Nothing is altered on the way in: a number beyond 64 bits is not rounded to a float."""
    data = gzip.compress(b'{"n": 123456789012345678901234567890, "m": 18446744073709551616}')
    assert container.decode_json(data) == {"n": 123456789012345678901234567890,
                                           "m": 18446744073709551616}  # fmt: skip


def test_oversized_header_length_is_refused() -> None:
    data = container.MAGIC + (2**31).to_bytes(4, "big") + b"{}"
    with pytest.raises(DomainError) as exc:
        container.unpack(data, "batch")
    assert exc.value.code == "FILE_DAMAGED"


def test_header_that_is_json_but_not_an_object() -> None:
    header = json.dumps([1, 2, 3]).encode()
    data = container.MAGIC + len(header).to_bytes(4, "big") + header + (64).to_bytes(2, "big")
    with pytest.raises(DomainError):
        container.unpack(data + b"\x00" * 64, "batch")


@settings(max_examples=300)
@given(junk_values)
def test_rule_parsers_never_crash_on_junk(value: object) -> None:
    for parse in (parse_nik, parse_kk, normalize_phone, check_sex):
        parse(value)  # returns findings; never raises
    parse_date(value, date(2026, 3, 1))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(junk_values, min_size=16, max_size=16))
def test_a_whole_record_of_junk_gives_findings_not_exceptions(values: list[object]) -> None:
    fields = CandidateFields(
        nik=values[0], name=values[1] if isinstance(values[1], str | None) else str(values[1]),
        sex=str(values[2]), birth_date=values[3] if isinstance(values[3], str | date) else None,
        birth_place=str(values[4]), mother_name=str(values[5]), kk=values[6],
        address=str(values[7]), rt=values[8], rw=values[9], phone=values[10],
        occupation=str(values[11]), income=values[12], desil=values[13], funding=str(values[14]),
        village_code=str(values[15]),
    )  # fmt: skip
    check = check_candidate(fields, default_program(2026), date(2026, 3, 1))
    assert all(f.message for f in check.findings)
