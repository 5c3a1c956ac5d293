"""cards, minutes and verify-card on the command line (exit codes, messages)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lingkaran_desktop.cards.qr import read_codes
from lingkaran_desktop.cli import main
from tests.cards.conftest import pdf_pages, rasterise
from tests.conftest import PASSWORD


@pytest.fixture
def lk(monkeypatch, capsys):
    monkeypatch.setenv("LINGKARAN_PASSWORD", PASSWORD)

    def run(home: Path, *args: str, user: str | None = None, code: int = 0):
        argv = ["--home", str(home), *(["--user", user] if user else []), *args]
        got = main(argv)
        out, err = capsys.readouterr()
        assert got == code, (argv, got, out, err)
        return json.loads(out) if "--json" in args and out else out + err

    return run


def test_cards_minutes_and_verify_on_the_command_line(enrolled, lk, tmp_path) -> None:
    home = enrolled.store.home.root
    pdf = tmp_path / "kartu.pdf"
    done = lk(home, "cards", "--out", str(pdf), "--all-enrolled", "--json", user="budi")
    assert done["cards"] == 10 and pdf_pages(pdf) == 2

    refused = lk(home, "cards", "--out", str(tmp_path / "lagi.pdf"), "--nik", enrolled.niks[0],
                 user="budi", code=1)
    assert "alasan" in refused
    again = lk(home, "cards", "--out", str(tmp_path / "lagi.pdf"), "--nik", enrolled.niks[0],
               "--reason", "kartu rusak", "--no-back", user="budi")
    assert "1 kartu" in again and "cetak ulang" in again

    not_enrolled = lk(home, "cards", "--out", str(tmp_path / "x.pdf"), "--nik",
                      enrolled.submitted, user="budi", code=1)
    assert "belum terdaftar" in not_enrolled
    lk(home, "cards", "--out", str(tmp_path / "x.pdf"), "--nik", enrolled.submitted,
       "--status", "submitted", user="budi")

    minutes = lk(home, "minutes", "--batch", "1", "--out", str(tmp_path / "ba.pdf"), "--json",
                 user="budi")
    assert minutes["verified"] == 12 and minutes["rejected"] == 2

    page = rasterise(pdf, 1)
    code = read_codes(page)[0]
    ok = lk(home, "verify-card", code)
    assert "KARTU ASLI" in ok
    details = lk(home, "verify-card", code, "--json")
    assert details["ok"] and details["cards"][0]["kpj"] in enrolled.kpjs
    altered = code[:40] + ("A" if code[40] != "A" else "B") + code[41:]
    assert "TIDAK ASLI" in lk(home, "verify-card", altered, code=1)
    image = tmp_path / "halaman.png"
    page.save(image)
    many = lk(home, "verify-card", "--image", str(image), "--json")
    assert len(many["cards"]) == 10 and many["ok"]
    assert lk(home, "verify-card", "--image", str(tmp_path / "tidak-ada.png"), code=1)
    lk(home, "verify-card", code=2)  # neither text nor image: usage error


def test_calibration_needs_no_login(tmp_path, lk, village) -> None:
    store, _ = village
    out = tmp_path / "kalibrasi.pdf"
    text = lk(store.home.root, "cards", "--out", str(out), "--calibration")
    assert "100%" in text and pdf_pages(out) == 2
