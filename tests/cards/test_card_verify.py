"""The offline card check: genuine, altered, unknown key, expired; text and image."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from lingkaran_desktop import clock
from lingkaran_desktop.cards.qr import read_codes
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.cards import print_cards, verify_card
from lingkaran_desktop.services.installation import create_installation
from tests.cards.conftest import rasterise
from tests.conftest import PASSWORD, VILLAGE


@pytest.fixture
def printed(enrolled, tmp_path) -> tuple:
    out = tmp_path / "kartu.pdf"
    print_cards(enrolled.store, enrolled.officer, out, niks=enrolled.niks[:2], back=False)
    page = rasterise(out, 1)
    codes = read_codes(page)
    return enrolled, codes, page


def _refused(store, source, code: str) -> str:
    with pytest.raises(DomainError) as refused:
        verify_card(store, source)
    assert refused.value.code == code, refused.value.finding.message
    return refused.value.finding.message


def test_genuine_card_shows_its_details(printed) -> None:
    enrolled, codes, _ = printed
    check = verify_card(enrolled.store, codes[0])
    assert check.kpj in enrolled.kpjs[:2]
    assert check.nik_masked.startswith("3509") and "•" in check.nik_masked
    assert check.village == "Padomasan, Kec. Jombang"
    assert check.coverage_end.isoformat() == "2026-12-31"
    assert check.issuer.startswith("Desa Padomasan") and check.issuer_is_self


def test_one_changed_character_is_not_genuine(printed) -> None:
    enrolled, codes, _ = printed
    text = codes[0]
    middle = len(text) // 3  # inside the name: the signature no longer matches
    changed = text[:middle] + ("B" if text[middle] != "B" else "C") + text[middle + 1 :]
    message = _refused(enrolled.store, changed, "CARD_ALTERED")
    assert "TIDAK ASLI" in message
    for i in range(2, len(text)):
        changed = text[:i] + ("Q" if text[i] != "Q" else "R") + text[i + 1 :]
        with pytest.raises(DomainError) as refused:
            verify_card(enrolled.store, changed)
        assert refused.value.code in ("CARD_ALTERED", "CARD_UNKNOWN_KEY"), i


def test_a_card_from_a_station_this_installation_does_not_know(printed, tmp_path) -> None:
    _, codes, _ = printed
    # Another village that never exchanged keys with the first one.
    other_store, _ = create_installation(Home(tmp_path / "desa-lain"), "village", VILLAGE,
                                         "admin", PASSWORD)
    try:
        message = _refused(other_store, codes[0], "CARD_UNKNOWN_KEY")
    finally:
        other_store.close()
    assert "tidak dikenal" in message


def test_the_district_knows_its_villages_keys(printed) -> None:
    enrolled, codes, _ = printed
    check = verify_card(enrolled.world.district.store, codes[0])
    assert not check.issuer_is_self and "Padomasan" in check.issuer
    assert check.program == "Lingkaran Cinta 2026"  # same program uid at the district


def test_expired_card(printed) -> None:
    enrolled, codes, _ = printed
    clock.set_now(datetime(2027, 1, 2, 8, 0, tzinfo=UTC))
    message = _refused(enrolled.store, codes[0], "CARD_EXPIRED")
    assert "31-12-2026" in message


def test_not_a_card_code(enrolled) -> None:
    _refused(enrolled.store, "https://contoh.desa.id/", "CARD_NOT_LINGKARAN")


def test_from_a_photo_of_one_card(printed, tmp_path) -> None:
    enrolled, _codes, page = printed
    # Crop the first card (top-left slot) out of the 300 dpi page, as a phone photo would.
    dpi = 300 / 25.4
    left, top = int(19.4 * dpi), int(13.5 * dpi)
    photo = page.crop((left, top, left + int(85.6 * dpi), top + int(54 * dpi)))
    photo = photo.resize((photo.width // 2, photo.height // 2)).rotate(4, expand=True,
                                                                       fillcolor="white")
    path = tmp_path / "foto.png"
    photo.save(path)
    check = verify_card(enrolled.store, path)
    assert check.kpj in enrolled.kpjs
    whole = tmp_path / "halaman.png"
    page.save(whole)
    _refused(enrolled.store, whole, "CARD_MANY_CODES")


def test_images_without_a_code_or_not_images(enrolled, tmp_path) -> None:
    from PIL import Image

    blank = tmp_path / "kosong.png"
    Image.new("L", (400, 300), 255).save(blank)
    _refused(enrolled.store, blank, "CARD_NO_QR")
    broken = tmp_path / "rusak.png"
    broken.write_bytes(b"bukan gambar")
    _refused(enrolled.store, broken, "CARD_IMAGE_UNREADABLE")
    _refused(enrolled.store, tmp_path / "tidak-ada.png", "CARD_IMAGE_UNREADABLE")


def test_the_nik_on_a_ktp_can_be_matched_by_the_issuer(printed) -> None:
    enrolled, codes, _ = printed
    by_kpj = {verify_card(enrolled.store, c).kpj: c for c in codes}
    code = by_kpj[enrolled.kpjs[0]]
    officer = enrolled.officer
    assert verify_card(enrolled.store, code, nik=enrolled.niks[0], actor=officer).nik_matches
    assert verify_card(enrolled.store, code, nik=enrolled.niks[1],
                       actor=officer).nik_matches is False
    assert verify_card(enrolled.store, code).nik_matches is None
    _ = Path
