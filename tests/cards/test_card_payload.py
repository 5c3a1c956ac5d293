"""The signed QR payload: round trip, size, QR version, and that nothing altered passes."""

from __future__ import annotations

import base64
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from lingkaran_desktop.cards import payload as p
from lingkaran_desktop.cards.qr import qr_image, qr_version, read_codes
from lingkaran_desktop.exchange.keys import raw_public


def card(name: str = "Siti Aminah", kpj: str | None = "26010000001", **extra) -> p.CardPayload:
    key = Ed25519PrivateKey.generate()
    values = dict(
        program_uid_prefix=bytes(range(6)), kpj=kpj, name=name, nik_head="3509",
        nik_tail="0001", nik_tag=p.nik_tag(b"k" * 32, "3509015205800001"),
        village_code="35.09.01.2001", coverage_start=date(2026, 1, 1),
        coverage_end=date(2026, 12, 31), issued_on=date(2026, 3, 2),
        key_id=p.key_id(raw_public(key.public_key())), app_version="0.1.0",
    )
    values.update(extra)
    return p.CardPayload(**values)


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def test_round_trip_keeps_every_field(key) -> None:
    original = card()
    signed = p.read(p.sign(original, key))
    assert signed.payload == original
    assert signed.payload.nik_masked == "3509•••••••••0001"  # as mask_nik prints it
    assert p.signature_valid(signed, raw_public(key.public_key()))


def test_payload_size_and_qr_version(key) -> None:
    typical = p.sign(card("Siti Aminah Binti Rahmat"), key)  # 24 bytes of name
    assert len(typical) <= 220
    assert qr_version(qr_image(typical).width) <= 8
    longest = p.sign(card("Muhammad Abdurrahman Wahyudi Saputra Kusumanegara Jaya"), key)
    assert qr_version(qr_image(longest).width) <= 9  # 53×53 modules: fine at 24 mm
    assert set(typical) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")  # QR alphanumeric mode


def test_long_names_are_shortened_at_a_character_boundary_and_flagged(key) -> None:
    name = "Ni Luh Putu Ayu Kartika Dewi Sukmawati Rahayu Ningsih Purnamasari"
    read = p.read(p.sign(card(name), key)).payload
    assert name.startswith(read.name) and read.name_shortened
    assert len(read.name.encode()) <= p.NAME_MAX_BYTES
    accented = p.read(p.sign(card("Ñoño Ésteban " * 5), key)).payload
    assert accented.name_shortened  # multi-byte characters are never cut in half


def test_provisional_card_without_kpj(key) -> None:
    read = p.read(p.sign(card(kpj=None, provisional=True, coverage_end=None), key)).payload
    assert read.kpj is None and read.provisional and read.coverage_end is None


def test_kpj_leading_zeros_survive(key) -> None:
    assert p.read(p.sign(card(kpj="00012345678"), key)).payload.kpj == "00012345678"


def test_every_one_character_change_is_caught(key) -> None:
    text = p.sign(card(), key)
    public = raw_public(key.public_key())
    for i in range(len(p.PREFIX), len(text)):
        replacement = "A" if text[i] != "A" else "B"
        changed = text[:i] + replacement + text[i + 1 :]
        try:
            signed = p.read(changed)
        except p.PayloadError:
            continue
        assert not p.signature_valid(signed, public), i


def test_unused_padding_bits_are_not_a_second_spelling(key) -> None:
    text = p.sign(card(), key)
    raw = base64.b32decode(text[2:] + "=" * (-len(text[2:]) % 8))
    if len(raw) * 8 % 5 == 0:
        pytest.skip("this length has no padding bits")
    last = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".index(text[-1])
    other = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[last ^ 1]
    with pytest.raises(p.PayloadError):
        p.read(text[:-1] + other)


def test_not_a_card_and_garbage() -> None:
    with pytest.raises(p.PayloadError) as caught:
        p.read("https://example.org/")
    assert caught.value.kind == "not_card"
    for garbage in ("LK", "LK0000", "LK" + "A" * 90, "LK!!!!"):
        with pytest.raises(p.PayloadError):
            p.read(garbage)


def test_the_nik_tag_depends_on_the_issuers_key(key) -> None:
    other = Ed25519PrivateKey.generate()
    nik = "3509015205800001"
    assert p.nik_tag(p.nik_key(key), nik) == p.nik_tag(p.nik_key(key), nik)
    assert p.nik_tag(p.nik_key(key), nik) != p.nik_tag(p.nik_key(other), nik)
    assert len(p.nik_tag(p.nik_key(key), nik)) == p.NIK_TAG_BYTES


def test_qr_image_decodes_back(key) -> None:
    from PIL import ImageOps

    text = p.sign(card(), key)
    image = qr_image(text)
    big = ImageOps.expand(image.resize((image.width * 6, image.height * 6), 0), 24, fill=255)
    assert read_codes(big) == [text]
