"""Berita acara: the signed-paper companion of a batch."""

from __future__ import annotations

import pytest

from lingkaran_desktop.cards.qr import read_codes
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.domain.nik import mask_nik
from lingkaran_desktop.services.cards import write_minutes
from tests.cards.conftest import NAMES, REJECT_REASON, REJECTED_NAMES, pdf_text, rasterise


def test_minutes_list_verified_and_rejected_with_totals_and_the_batch_hash(
    enrolled, tmp_path
) -> None:
    out = tmp_path / "berita-acara.pdf"
    done = write_minutes(enrolled.store, enrolled.officer, 1, out)
    assert (done.verified, done.rejected) == (12, 2)
    assert done.sha256 == enrolled.batch_sha256
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert "BERITA ACARA VERIFIKASI" in text
    assert "Desa Padomasan" in text and "35.09.01.2001" in text
    assert "Senin, tanggal 2 Maret 2026" in flat  # the day the batch left (fixed clock)
    for name in NAMES + REJECTED_NAMES:  # long names wrap inside their cell
        assert all(word in flat for word in name.split()), name
    assert REJECT_REASON in flat
    sha = enrolled.batch_sha256
    assert " ".join(sha[i : i + 8] for i in range(0, 64, 8)) in flat
    assert "Jumlah yang diperiksa 14 orang" in flat
    for signer in ("Kepala Desa Padomasan", "Verifikator", "Saksi 1", "Saksi 2"):
        assert signer in flat
    for nik in enrolled.niks:
        assert mask_nik(nik) in text and nik not in text
    codes = read_codes(rasterise(out, 1, dpi=200))
    assert f"lingkaran-batch:35.09.01.2001:1:{sha}" in codes


def test_minutes_for_a_batch_that_does_not_exist(enrolled, tmp_path) -> None:
    with pytest.raises(DomainError) as refused:
        write_minutes(enrolled.store, enrolled.officer, 7, tmp_path / "x.pdf")
    assert refused.value.code == "MINUTES_BATCH_UNKNOWN"
    assert "1" in refused.value.finding.message
    assert not (tmp_path / "x.pdf").exists()


def test_minutes_are_made_by_the_village(enrolled, tmp_path) -> None:
    district = enrolled.world.district
    with pytest.raises(DomainError) as refused:
        write_minutes(district.store, district.admin, 1, tmp_path / "x.pdf")
    assert refused.value.code == "MINUTES_VILLAGE_ONLY"


def test_many_candidates_run_over_several_pages(world, rng, tmp_path) -> None:
    from lingkaran_desktop.services.batches import export_batch

    world.register(rng, 60)
    sent = export_batch(world.village.store, world.village.verifier, tmp_path)
    done = write_minutes(world.village.store, world.village.verifier, sent.sequence,
                         tmp_path / "ba.pdf")
    assert done.verified == 60 and done.rejected == 0 and done.pages >= 2
    flat = " ".join(pdf_text(tmp_path / "ba.pdf").split())
    assert "Halaman 2" in flat and "Tidak ada." in flat
