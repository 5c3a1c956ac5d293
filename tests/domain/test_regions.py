"""Region codes (DOMAIN.md "Region codes"): the 2025 list, levels, kinds, history, search."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lingkaran_desktop.domain import regions
from lingkaran_desktop.domain.messages import CATALOG
from lingkaran_desktop.domain.regions import (
    Region,
    check_region,
    children_of,
    district_name,
    get_region,
    normalize_region_code,
    parent_of,
    province_exists,
    region_count,
    search_regions,
)
from lingkaran_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_nothing_is_loaded_at_import_time():
    code = (
        "import lingkaran_desktop.domain.regions as r\n"
        "import lingkaran_desktop.domain.nik, lingkaran_desktop.domain.kk\n"
        "import lingkaran_desktop.domain.occupation as o\n"
        "assert r._loaded is False and r._names == {} and o._by_code is None\n"
        "r.get_region('35.09')\n"
        "assert r._loaded is True\n"
        "assert r._search_rows is None and r._historical is None\n"
        "print('ok')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_resource_path_points_at_the_bundled_resources_folder():
    assert resource_path("wilayah_kepmendagri_2025.csv").is_file()
    assert resource_path("x.csv").parent == ROOT / "resources"


def test_the_2025_list_has_91599_regions():
    assert region_count() == 91_599
    assert len(children_of()) == 38  # provinces


def test_jember_is_kabupaten_jember():
    jember = get_region("35.09")
    assert jember == Region("35.09", "Kabupaten Jember", 2, "kabupaten")
    assert get_region("3509") == jember
    assert get_region(" 35.09 ") == jember


def test_regency_01_to_69_is_kabupaten_and_71_to_99_is_kota():
    assert get_region("15.71").kind == "kota"
    assert get_region("15.71").name == "Kota Jambi"
    assert get_region("13.03").kind == "kabupaten"  # Sijunjung


def test_village_code_starting_with_1_is_kelurahan_and_2_is_desa():
    desa = get_region("3509012001")
    assert desa == Region("35.09.01.2001", "Padomasan", 4, "desa")
    kelurahan = next(r for r in children_of("15.71.01") if r.code[9] == "1")
    assert kelurahan.kind == "kelurahan"


def test_village_label_names_district_regency_and_province():
    label = get_region("35.09.01.2001").label()
    assert label == "Desa Padomasan, Kec. Jombang, Kab. Jember, Prov. Jawa Timur"
    assert get_region("15.71").label() == "Kota Jambi, Prov. Jambi"
    assert get_region("35").label() == "Provinsi Jawa Timur"
    assert get_region("91.03.01.3007").label().startswith("Desa Adat Yoboi, Kec. ")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("35", "35"),
        ("3509", "35.09"),
        ("350901", "35.09.01"),
        ("3509012001", "35.09.01.2001"),
        ("35.09.01.2001", "35.09.01.2001"),
        (" 35 09 ", "35.09"),
        ("350", None),
        ("35.9", None),
        ("35.09.01.201", None),
        ("abc", None),
        ("", None),
        (None, None),
    ],
)
def test_region_codes_are_accepted_with_or_without_dots(raw, expected):
    assert normalize_region_code(raw) == expected


def test_unknown_or_malformed_code_gives_none():
    assert get_region("99") is None
    assert get_region("35.99") is None
    assert get_region("xx") is None


def test_province_exists():
    assert province_exists("35") and province_exists("96")
    assert not province_exists("99") and not province_exists("3509") and not province_exists("")


def test_current_district_name():
    assert district_name("350901") == ("Jombang", True)
    assert district_name("35.09.01") == ("Jombang", True)


def test_historical_district_name_is_found_and_marked_not_current():
    assert district_name("910101") == ("Merauke", False)
    assert district_name("910101", include_historical=False) is None


def test_unknown_district_name_is_none():
    assert district_name("350999") is None
    assert district_name("3509") is None


def test_parent_and_children():
    assert parent_of("35.09.01.2001").code == "35.09.01"
    assert parent_of("35.09").code == "35"
    assert parent_of("35") is None
    kids = children_of("35.09")
    assert kids[0].code == "35.09.01" and all(k.level == 3 for k in kids)
    assert [k.code for k in kids] == sorted(k.code for k in kids)
    assert len(kids) == 31
    assert children_of("99") == []


def test_search_jember_finds_the_regency_first():
    found = search_regions("jember")
    assert found[0].code == "35.09"
    assert len(found) == 20


def test_search_is_case_insensitive_and_needs_every_word():
    found = search_regions("PADOMASAN jombang")
    assert [r.code for r in found] == ["35.09.01.2001"]
    assert search_regions("padomasan jambi") == []


def test_search_by_code_prefix():
    found = search_regions("3509", limit=3)
    assert [r.code for r in found] == ["35.09", "35.09.01", "35.09.01.2001"]
    assert search_regions("35.09.01.2001")[0].name == "Padomasan"


def test_search_limit_and_level():
    villages = search_regions("sukamaju", limit=5, level=4)
    assert len(villages) == 5 and all(r.level == 4 for r in villages)
    assert search_regions("kota jambi", limit=1)[0].code == "15.71"
    assert search_regions("") == [] and search_regions("jember", limit=0) == []


def test_unknown_region_is_an_error():
    findings = check_region("99.99")
    assert [f.code for f in findings] == ["REGION_UNKNOWN"]
    assert findings[0].is_error and "99.99" in findings[0].message


def test_region_check_by_level():
    assert check_region("35.09.01.2001", level=4) == []
    wrong = check_region("35.09", level=4)
    assert [f.code for f in wrong] == ["REGION_WRONG_LEVEL"]
    assert "desa/kelurahan" in wrong[0].message
    assert [f.code for f in check_region("  ")] == ["REGION_EMPTY"]


@pytest.mark.parametrize("code", ["REGION_EMPTY", "REGION_UNKNOWN", "REGION_WRONG_LEVEL"])
def test_every_region_finding_has_an_indonesian_and_english_message(code):
    indonesian, english = CATALOG[code]
    assert indonesian and english and indonesian != english


def test_loaded_flag_is_set_after_use():
    region_count()
    assert regions._loaded is True
