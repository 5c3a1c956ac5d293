"""Sex: the many ways SIAK, OpenSID and officers write it, to L or P."""

from __future__ import annotations

import pytest

from lingkaran_desktop.domain.messages import CATALOG
from lingkaran_desktop.domain.sex import check_sex, parse_sex

MALE = [
    "L",
    "l",
    "LK",
    "Lk.",
    "Laki-laki",
    "LAKI-LAKI",
    "laki laki",
    "Laki2",
    "Pria",
    "1",
    1,
    1.0,
    "M",
    "Male",
    " male ",
]
FEMALE = ["P", "p", "PR", "Perempuan", "PEREMPUAN", "Wanita", "2", 2, 2.0, "F", "Female", "W"]


@pytest.mark.parametrize("raw", MALE)
def test_male_spellings_give_l(raw):
    assert parse_sex(raw) == "L"
    assert check_sex(raw) == ("L", [])


@pytest.mark.parametrize("raw", FEMALE)
def test_female_spellings_give_p(raw):
    assert parse_sex(raw) == "P"
    assert check_sex(raw) == ("P", [])


def test_opensid_codes_1_male_2_female():
    assert (parse_sex("1"), parse_sex("2")) == ("L", "P")


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_empty_sex_is_an_error(raw):
    value, findings = check_sex(raw)
    assert value is None and [f.code for f in findings] == ["SEX_EMPTY"]
    assert findings[0].is_error


@pytest.mark.parametrize("raw", ["X", "3", "laki-perempuan", "banci", True])
def test_unknown_sex_is_an_error_naming_the_value(raw):
    value, findings = check_sex(raw)
    assert value is None and [f.code for f in findings] == ["SEX_UNKNOWN"]
    assert str(raw) in findings[0].message


@pytest.mark.parametrize("code", ["SEX_EMPTY", "SEX_UNKNOWN"])
def test_sex_messages_exist_in_both_languages(code):
    indonesian, english = CATALOG[code]
    assert indonesian and english and indonesian != english
