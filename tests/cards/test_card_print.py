"""Printing cards: who gets one, what the PDF holds, QR codes read back, reprints recorded."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from sqlmodel import select

from lingkaran_desktop import clock
from lingkaran_desktop.cards.fit import fit_text
from lingkaran_desktop.cards.fonts import BOLD, register_fonts
from lingkaran_desktop.cards.qr import read_codes
from lingkaran_desktop.cards.render import (
    CARD_H,
    CARD_W,
    COLUMNS,
    GRID_X,
    GRID_Y,
    PAGE_H,
    PAGE_W,
    PER_PAGE,
    ROWS,
    slot_origin,
)
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.domain.nik import mask_nik
from lingkaran_desktop.services.audit import verify_chain
from lingkaran_desktop.services.cards import print_cards, verify_card, write_calibration
from lingkaran_desktop.store.models import AuditEvent
from tests.cards.conftest import NAMES, pdf_pages, pdf_text, rasterise


def test_card_size_is_cr80_ten_per_a4_centred() -> None:
    assert round(CARD_W / mm, 1) == 85.6 and round(CARD_H / mm, 1) == 54.0
    assert PER_PAGE == 10 and (COLUMNS, ROWS) == (2, 5)
    assert pytest.approx(PAGE_W - GRID_X - COLUMNS * CARD_W) == GRID_X
    assert pytest.approx(PAGE_H - GRID_Y - ROWS * CARD_H) == GRID_Y
    assert 10 * mm < GRID_Y and 15 * mm < GRID_X  # room for cut marks, inside printers' margins


def test_backs_are_mirrored_for_a_long_edge_flip() -> None:
    for slot in range(PER_PAGE):
        fx, fy = slot_origin(slot)
        bx, by = slot_origin(slot, back=True)
        assert by == fy  # same row
        # Flipping the sheet over its long (vertical) edge maps x to PAGE_W - x.
        assert bx == pytest.approx(PAGE_W - (fx + CARD_W))


def test_long_names_shrink_or_wrap_and_never_overflow() -> None:
    register_fonts()
    width = 52 * mm
    for name in ("Budi", "Muhammad Abdurrahman Wahyudi Saputra Kusumanegara",
                 "Ni Luh Putu Ayu Kartika Dewi Sukmawati Rahayu Ningsih Purnamasari Binti "
                 "Abdullah Wirjosoedarmo Hadiningrat", "X" * 120):
        fitted = fit_text(name.upper(), BOLD, 9.5, width, 5.0, max_lines=2)
        from reportlab.pdfbase.pdfmetrics import stringWidth

        assert 1 <= len(fitted.lines) <= 2
        assert all(stringWidth(line, BOLD, fitted.size) <= width for line in fitted.lines)
    assert fit_text("BUDI", BOLD, 9.5, width, 5.0).size == 9.5


def test_cards_for_all_enrolled_read_back_from_the_page(enrolled, tmp_path) -> None:
    out = tmp_path / "kartu.pdf"
    done = print_cards(enrolled.store, enrolled.officer, out, all_enrolled=True)
    assert (done.cards, done.pages, done.reprints) == (10, 2, 0)
    assert done.max_qr_version <= 9
    assert pdf_pages(out) == 2
    text = pdf_text(out)
    for nik in enrolled.niks:
        assert mask_nik(nik) in text
        assert nik not in text  # the full NIK is never printed
    for kpj in enrolled.kpjs:
        assert kpj in text
    assert "JKK + JKM" in text and "01-01-2026 s.d. 31-12-2026" in text
    assert "175" in text and "KECELAKAAN KERJA" in text  # the back page
    assert b"".join(n.encode() for n in enrolled.niks) not in out.read_bytes()

    codes = read_codes(rasterise(out, 1))
    assert len(codes) == 10  # every code on the page, decoded from a 300 dpi raster
    checks = [verify_card(enrolled.store, code) for code in codes]
    assert sorted(c.kpj for c in checks) == sorted(enrolled.kpjs)
    assert {c.issuer_is_self for c in checks} == {True}
    assert {c.program for c in checks} == {"Lingkaran Cinta 2026"}


def test_no_back_pages(enrolled, tmp_path) -> None:
    out = tmp_path / "depan.pdf"
    done = print_cards(enrolled.store, enrolled.officer, out, niks=enrolled.niks[:3], back=False)
    assert (done.cards, done.pages) == (3, 1)
    assert "KECELAKAAN KERJA" not in pdf_text(out)


def test_cards_refused_for_participants_not_enrolled(enrolled, tmp_path) -> None:
    out = tmp_path / "kartu.pdf"
    for nik in (enrolled.submitted, enrolled.bpjs_rejected, enrolled.rejected_here[0]):
        with pytest.raises(DomainError) as refused:
            print_cards(enrolled.store, enrolled.officer, out, niks=[enrolled.niks[0], nik])
        assert refused.value.code == "CARD_NOT_ENROLLED"
        assert nik not in refused.value.finding.message  # masked in the message
        assert "'submitted'" not in refused.value.finding.message  # the Indonesian label
    assert not out.exists()
    with pytest.raises(DomainError) as refused:
        print_cards(enrolled.store, enrolled.officer, out)
    assert refused.value.code == "CARDS_SELECTION"


def test_a_chosen_status_prints_provisional_cards_that_do_not_pass_as_cover(
    enrolled, tmp_path
) -> None:
    out = tmp_path / "sementara.pdf"
    done = print_cards(enrolled.store, enrolled.officer, out, niks=[enrolled.submitted],
                       status="submitted")
    assert done.cards == 1
    text = pdf_text(out)
    assert "belum terdaftar" in text and "01-01-2026 s.d. 31-12-2026" in text
    (code,) = read_codes(rasterise(out, 1))
    with pytest.raises(DomainError) as refused:
        verify_card(enrolled.store, code)
    assert refused.value.code == "CARD_PROVISIONAL"


def _print_events(store) -> list[AuditEvent]:
    with store.session() as session:
        events = session.exec(
            select(AuditEvent).where(AuditEvent.action.in_(["card.print", "card.reprint"]))
        ).all()
        return [AuditEvent.model_validate(e.model_dump()) for e in events]


def test_every_print_is_audited_and_a_reprint_needs_a_reason(enrolled, tmp_path) -> None:
    store, officer = enrolled.store, enrolled.officer
    print_cards(store, officer, tmp_path / "a.pdf", all_enrolled=True)
    events = _print_events(store)
    assert len(events) == 10 and {e.action for e in events} == {"card.print"}
    assert {e.actor for e in events} == {officer.name}
    assert json.loads(events[0].after)["file"] == "a.pdf"

    with pytest.raises(DomainError) as refused:
        print_cards(store, officer, tmp_path / "b.pdf", niks=[enrolled.niks[2]])
    assert refused.value.code == "CARD_REPRINT_REASON"
    assert not (tmp_path / "b.pdf").exists()

    clock.set_now(datetime(2026, 4, 1, 9, 0, tzinfo=UTC))
    done = print_cards(store, officer, tmp_path / "b.pdf", niks=[enrolled.niks[2]],
                       reason="kartu hilang terbawa banjir")
    assert done.reprints == 1
    reprint = [e for e in _print_events(store) if e.action == "card.reprint"]
    assert len(reprint) == 1
    assert reprint[0].reason == "kartu hilang terbawa banjir"
    assert reprint[0].at.date().isoformat() == "2026-04-01"  # when
    with store.session() as session:
        assert verify_chain(session) == []


def test_cancelled_printing_writes_and_records_nothing(enrolled, tmp_path) -> None:
    out = tmp_path / "batal.pdf"
    seen: list[tuple[int, int]] = []
    with pytest.raises(DomainError) as refused:
        print_cards(enrolled.store, enrolled.officer, out, all_enrolled=True,
                    progress=lambda d, t: seen.append((d, t)), cancelled=lambda: True)
    assert refused.value.code == "CARDS_CANCELLED"
    assert not out.exists() and not list(tmp_path.glob(".*partial"))
    assert _print_events(enrolled.store) == []


def test_progress_is_reported(enrolled, tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    print_cards(enrolled.store, enrolled.officer, tmp_path / "k.pdf", all_enrolled=True,
                progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (10, 10)


def test_calibration_sheet(tmp_path) -> None:
    out = tmp_path / "kalibrasi.pdf"
    assert write_calibration(out) == 2 and pdf_pages(out) == 2
    text = pdf_text(out)
    assert "KALIBRASI" in text and "100%" in text and "BELAKANG" in text
    assert write_calibration(tmp_path / "satu.pdf", back=False) == 1


def test_names_on_cards_are_the_registered_ones(enrolled, tmp_path) -> None:
    out = tmp_path / "kartu.pdf"
    print_cards(enrolled.store, enrolled.officer, out, niks=enrolled.niks[:2], back=False)
    text = " ".join(pdf_text(out).split())
    assert NAMES[0].upper() in text and NAMES[1].upper() in text


def test_unwritable_target_is_a_clear_refusal(enrolled, tmp_path) -> None:
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x")
    with pytest.raises(DomainError) as refused:
        print_cards(enrolled.store, enrolled.officer, blocker / "kartu.pdf", all_enrolled=True)
    assert refused.value.code == "CARDS_FILE_FAILED"
    assert _print_events(enrolled.store) == []
    _ = Path
