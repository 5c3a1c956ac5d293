"""BPJS's answer gives a KPJ to one person only: a NIK that Excel turned into a number (its last
digit cut to 0: somebody else's NIK), a name on the line that is not the record's, or a KPJ that
another person already holds is reported and not applied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.services.bpjs import import_result, same_name
from lingkaran_desktop.services.candidates import decide, register_candidate
from tests.conftest import make_nik
from tests.exchange.conftest import World, receive, send
from tests.exchange.test_changes import on_district

ENGINES = ("sqlite", "postgresql")
BIRTH = date(1983, 7, 7)


def twins(w: World, rng) -> tuple[str, str]:
    """Two people whose NIKs differ only in the last digit (…0013 and …0010), sent on."""
    people = {13: "Hadi Purnomo", 10: "Hadi Kembar"}
    niks = []
    for serial, name in people.items():
        nik = make_nik(rng, birth=BIRTH, serial=serial)
        register_candidate(
            w.village.store, w.village.operator,
            CandidateFields(nik=nik, name=name, sex="L", birth_date=BIRTH.isoformat(),
                            occupation="P006"),
        )  # fmt: skip
        niks.append(nik)
    decide(w.village.store, w.village.verifier, niks)
    receive(w, send(w))
    return niks[0], niks[1]


def answer(w: World, header: list[str], lines: list[list], name: str = "jawaban.xlsx") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for line in lines:
        sheet.append(line)
    path = w.tmp / name
    book.save(path)
    return path


def test_a_nik_excel_cut_to_another_persons_gives_that_person_nothing(world, rng) -> None:
    d = world.district
    purnomo, kembar = twins(world, rng)
    cut = int(purnomo) // 10 * 10  # what Excel keeps of 3509…0013 typed into a number cell
    assert str(cut) == kembar
    path = answer(world, ["NIK", "NAMA", "NO KPJ", "KETERANGAN"], [
        [cut, "HADI PURNOMO", "26010000008", "Berhasil"],
        [kembar, "Hadi Kembar", None, "NIK tidak ditemukan di Dukcapil"],
    ])  # fmt: skip
    report = import_result(d.store, d.admin, path)
    assert (report.enrolled, report.rejected) == (0, 1)
    [line] = report.invalid
    assert line["row"] == 2 and "nama di jawaban BPJS (HADI PURNOMO) berbeda" in line["reason"]
    assert "Hadi Kembar" in line["reason"] and "periksa bersama BPJS" in line["reason"]
    twin = on_district(world, kembar)
    assert (twin["status"], twin["kpj"]) == ("rejected", None)
    assert twin["rejection_reason"] == "NIK tidak ditemukan di Dukcapil"
    still = on_district(world, purnomo)
    assert (still["status"], still["kpj"]) == ("submitted", None)  # waits for a right answer


def test_a_number_nik_without_names_is_taken_only_when_excel_cannot_have_cut_it(
    world, rng
) -> None:
    d = world.district
    purnomo, kembar = twins(world, rng)
    path = answer(world, ["NIK", "No. KPJ"], [
        [int(kembar), "26010000010"],  # ends in 0: maybe cut, maybe not; no name to tell
        [int(purnomo), "26010000013"],  # ends in 3: written in full
        [int(purnomo) // 10 * 10 + 9999999, "26010000099"],  # unknown, but not for doubt
    ])  # fmt: skip
    report = import_result(d.store, d.admin, path)
    assert report.enrolled == 1
    assert [line["row"] for line in report.invalid] == [2]
    assert "NIK tersimpan sebagai angka" in report.invalid[0]["reason"]
    assert "sebagai teks" in report.invalid[0]["reason"]
    assert report.unknown_niks == [4]
    assert on_district(world, purnomo)["kpj"] == "26010000013"
    assert on_district(world, kembar)["status"] == "submitted"


def test_a_number_nik_whose_name_matches_is_applied(world, rng) -> None:
    d = world.district
    _purnomo, kembar = twins(world, rng)
    path = answer(world, ["NIK", "Nama Lengkap", "KPJ"], [[int(kembar), "HADI KEMBAR",
                                                           "26010000010"]])  # fmt: skip
    report = import_result(d.store, d.admin, path)
    assert (report.enrolled, report.invalid) == (1, [])
    assert on_district(world, kembar)["kpj"] == "26010000010"


def test_one_kpj_is_one_persons(world, rng) -> None:
    d = world.district
    purnomo, kembar = twins(world, rng)
    first = answer(world, ["NIK", "KPJ"], [[purnomo, "26010000011"], [kembar, "26010000011"]])
    report = import_result(d.store, d.admin, first)
    assert report.enrolled == 1
    [line] = report.invalid
    assert line["row"] == 3
    assert "KPJ 26010000011 sudah dipakai peserta lain (Hadi Purnomo, NIK 3509" in line["reason"]
    assert purnomo not in line["reason"]  # masked
    assert on_district(world, kembar)["status"] == "submitted"
    # A later answer cannot give the same number to the other one either.
    later = answer(world, ["NIK", "KPJ"], [[kembar, "2601 000 0011"]], "jawaban-2.xlsx")
    report = import_result(d.store, d.admin, later)
    assert report.enrolled == 0 and "sudah dipakai" in report.invalid[0]["reason"]
    assert on_district(world, kembar)["kpj"] is None


@pytest.mark.parametrize(
    ("answered", "ours", "same"),
    [
        ("SITI AMINAH", "Siti Aminah", True),
        ("SITI AMINAH, S.Pd.", "Siti Aminah", True),
        ("Aminah Siti", "Siti Aminah", True),
        ("Siti", "Siti Aminah", False),
        ("SUMIRAH", "Sumirah", True),
        ("Hadi Purnomo", "Hadi Kembar", False),
        ("Orang Lain Sama Sekali", "Eko Prasetyo", False),
        ("", "Eko Prasetyo", False),
    ],
)
def test_same_name_on_a_bpjs_line(answered, ours, same) -> None:
    assert same_name(answered, ours) is same
