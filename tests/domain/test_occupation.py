"""BPU occupation codes and mapping free text (DOMAIN.md "Occupation")."""

from __future__ import annotations

import pytest

from lingkaran_desktop.domain.messages import CATALOG
from lingkaran_desktop.domain.occupation import (
    SYNONYMS,
    all_occupations,
    check_occupation_code,
    map_occupation,
    occupation_by_code,
)


def test_domain_examples_are_in_the_list():
    names = {o.code: o.name for o in all_occupations()}
    assert names["P001"] == "PETANI/PEKEBUN"
    assert names["P003"] == "NELAYAN/PERIKANAN"
    assert names["P005"] == "BURUH HARIAN LEPAS"
    assert names["P006"] == "BURUH TANI/PERKEBUNAN"
    assert names["P027"] == "IMAM MESJID"
    assert names["P031"] == "USTADZ/MUBALIGH"
    assert names["P050"] == "PEDAGANG"
    assert names["P070"] == "MARBOT MESJID"
    assert names["P999"] == "LAIN-LAIN"
    assert len(names) == 92


def test_all_synonyms_point_at_codes_in_the_list():
    codes = {o.code for o in all_occupations()}
    assert set(SYNONYMS.values()) <= codes


@pytest.mark.parametrize("code", ["P001", "p1", "P1", "1", "001", "p001", " P001 "])
def test_occupation_code_is_accepted_in_short_forms(code):
    assert occupation_by_code(code).code == "P001"


@pytest.mark.parametrize("code", ["P200", "P", "X001", "", None, "P0001x"])
def test_unknown_occupation_code_gives_none(code):
    assert occupation_by_code(code) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("P001", "P001"),
        ("p6", "P006"),
        ("P050 - Pedagang", "P050"),
        ("PETANI/PEKEBUN", "P001"),
        ("Petani", "P001"),
        ("pekebun", "P001"),
        ("Nelayan", "P003"),
        ("Buruh Tani", "P006"),
        ("buruh harian lepas", "P005"),
        ("Imam Masjid", "P027"),
        ("imam mesjid", "P027"),
        ("Marbot Masjid", "P070"),
        ("Ustadz", "P031"),
        ("Sopir", "P047"),
        ("PETERNAK", "P002"),
    ],
)
def test_exact_code_or_name_maps_without_a_warning(text, code):
    match = map_occupation(text)
    assert match.occupation.code == code
    assert match.exact is True and match.findings == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("buruh tani tembakau", "P006"),
        ("Buruh Tembakau", "P006"),
        ("petani tembakau", "P001"),
        ("pedagang kaki lima", "P050"),
        ("PKL", "P050"),
        ("jualan sayur", "P050"),
        ("ojek", "P004"),
        ("Ojol", "P004"),
        ("guru ngaji", "P031"),
        ("Guru TPQ", "P031"),
        ("ustad", "P031"),
        ("marbot", "P070"),
        ("takmir masjid", "P070"),
        ("imam musholla", "P027"),
        ("kuli", "P005"),
        ("kuli panggul", "P066"),
        ("buruh harian", "P005"),
        ("tukang", "P005"),
        ("supir angkot", "P047"),
        ("peternak sapi", "P002"),
        ("pengrajin bambu", "P052"),
        ("tukang kayu mebel", "P013"),
        ("nelayan tradisional", "P003"),
        ("jukir", "P062"),
    ],
)
def test_how_officers_write_occupations_maps_with_a_guess_warning_naming_the_code(text, code):
    match = map_occupation(text)
    assert match.occupation.code == code
    assert match.exact is False
    assert [f.code for f in match.findings] == ["OCCUPATION_GUESSED"]
    finding = match.findings[0]
    assert not finding.is_error
    assert code in finding.message and text in finding.message


@pytest.mark.parametrize("text", ["astronot", "ibu rumah tangga", "karyawan swasta", "P200"])
def test_occupation_nothing_matches_becomes_p999_lain_lain_with_a_warning(text):
    match = map_occupation(text)
    assert match.occupation.code == "P999"
    assert match.exact is False
    assert [f.code for f in match.findings] == ["OCCUPATION_UNKNOWN"]
    assert "P999" in match.findings[0].message


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_occupation_is_an_error(text):
    match = map_occupation(text)
    assert match.occupation is None
    assert [f.code for f in match.findings] == ["OCCUPATION_EMPTY"]
    assert match.findings[0].is_error


def test_check_occupation_code():
    assert check_occupation_code("P001") == []
    assert [f.code for f in check_occupation_code("P200")] == ["OCCUPATION_CODE_UNKNOWN"]
    assert "P200" in check_occupation_code("P200")[0].message
    assert [f.code for f in check_occupation_code("")] == ["OCCUPATION_EMPTY"]


@pytest.mark.parametrize(
    "code",
    ["OCCUPATION_EMPTY", "OCCUPATION_GUESSED", "OCCUPATION_UNKNOWN", "OCCUPATION_CODE_UNKNOWN"],
)
def test_occupation_messages_exist_in_both_languages(code):
    indonesian, english = CATALOG[code]
    assert indonesian and english and indonesian != english
