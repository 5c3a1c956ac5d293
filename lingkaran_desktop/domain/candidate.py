"""All the rules for one candidate's data, in one call.

The entry form, the CLI and the spreadsheet importer all call ``check_candidate``; it composes the
single rules (NIK, KK, sex, age, phone, occupation, desil, funding, region) and returns the clean
values ready to store plus every finding. Errors reject the record; warnings go to the verifier.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from lingkaran_desktop.domain.eligibility import check_age, check_birth_date, check_desil
from lingkaran_desktop.domain.findings import Finding, HasFindings
from lingkaran_desktop.domain.findings import error as err
from lingkaran_desktop.domain.findings import warning as warn
from lingkaran_desktop.domain.kk import parse_kk
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.domain.nik import compare_nik_with_person, parse_nik
from lingkaran_desktop.domain.occupation import map_occupation
from lingkaran_desktop.domain.phone import normalize_phone
from lingkaran_desktop.domain.program import FUNDING_SOURCES, ProgramRules, normalize_funding
from lingkaran_desktop.domain.regions import check_region
from lingkaran_desktop.domain.sex import check_sex

register(
    "SEX_FROM_NIK",
    "Jenis kelamin tidak diisi; diambil dari NIK ({sex}). "
    "Verifikator mohon mencocokkan dengan KTP.",
    "Sex was not given; taken from the NIK ({sex}). The verifier should compare with the KTP.",
)
register(
    "BIRTH_DATE_FROM_NIK",
    "Tanggal lahir tidak diisi; diambil dari NIK ({date}). "
    "Verifikator mohon mencocokkan dengan KTP.",
    "Birth date was not given; taken from the NIK ({date}). The verifier should check the KTP.",
)
register(
    "BIRTH_DATE_MISSING",
    "Tanggal lahir wajib diisi.",
    "The birth date is required.",
)

register(
    "BIRTH_DATE_NO_SUCH_DAY",
    "Tanggal lahir '{value}' tidak ada di kalender: bulan {month} hanya punya {days} hari. "
    "Periksa tanggal lahir di KTP, lalu perbaiki.",
    "Birth date '{value}' does not exist: {month_en} has only {days} days. Check the birth "
    "date on the KTP and correct it.",
)

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})")
_YEAR_MONTH_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")  # fmt: skip
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip


def no_such_day(text: str) -> dict[str, str] | None:
    """For a date written with numbers whose day its month does not have ("31-02-1980",
    "1978-04-31", "29-02-1981"): the month and how many days it has, for the message (an
    officer told "cannot be read" would type the same date again). None otherwise."""
    text = text.strip()
    match = _YEAR_MONTH_DAY.fullmatch(text)
    if match:
        year, month_text, day_text = match.groups()
    else:
        match = _DAY_MONTH_YEAR.fullmatch(text)
        if match is None:
            return None
        day_text, month_text, year = match.groups()
    day, month = int(day_text), int(month_text)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if len(year) == 4:
        most = calendar.monthrange(int(year), month)[1]
        days = str(most)
    else:  # the century is not known: a day no year of it has
        most = 29 if month == 2 else calendar.monthrange(2001, month)[1]
        days = "28/29" if month == 2 else str(most)
    if day <= most:
        return None
    return {"month": _MONTHS_ID[month - 1], "month_en": _MONTHS_EN[month - 1], "days": days}


_NAME_ALLOWED = re.compile(r"^[A-Za-z\u00C0-\u024F .,'`\-()/]+$")
_RT_RW = re.compile(r"^[0-9]{1,3}$")


@dataclass
class CandidateFields:
    """Values as the user gave them. Strings may be untidy; the check cleans them."""

    nik: Any
    name: str | None
    sex: str | None = None
    birth_date: date | str | None = None
    birth_place: str | None = None
    mother_name: str | None = None
    kk: Any = None
    address: str | None = None
    rt: Any = None
    rw: Any = None
    phone: Any = None
    occupation: str | None = None
    income: Any = None
    desil: Any = None
    funding: str | None = None
    proposed_by: str | None = None
    notes: str | None = None
    village_code: str | None = None
    nik_from_numeric_cell: bool = False


@dataclass
class CandidateCheck(HasFindings):
    values: dict[str, Any]
    findings: list[Finding] = field(default_factory=list)



def _text(value: Any) -> str | None:
    """Spaces tidied; a NUL character (an old .xls can hold one) dropped: SQLite's C side would
    cut the text short there."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    if "\x00" in text:
        text = " ".join(text.replace("\x00", "").split())
    return text or None


def _parse_date(value: date | str | None) -> tuple[date | None, bool]:
    """(date, readable). Accepts ``date`` or ISO text; the importer converts other forms first."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    if isinstance(value, date):
        return value, True
    try:
        return date.fromisoformat(value.strip()), True
    except ValueError:
        return None, False


def _int_or_none(value: Any) -> tuple[int | None, bool]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    if isinstance(value, bool):
        return None, False
    if isinstance(value, int):
        return value, True
    if isinstance(value, float):
        return (int(value), True) if value.is_integer() else (None, False)
    text = str(value).strip().replace("Rp", "").replace("rp", "").replace(" ", "")
    text = text.replace(".", "").replace(",", "") if re.fullmatch(r"[0-9.,]+", text) else text
    return (int(text), True) if text.isascii() and text.isdigit() else (None, False)


def _rt_rw(value: Any, label: str, findings: list[Finding]) -> str | None:
    if type(value) is str and 0 < len(value) <= 3 and value.isascii() and value.isdigit():
        return value.zfill(3)  # the usual cell, e.g. "001" or "7": nothing to tidy or report
    text = _text(value)
    if text is None:
        return None
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    # "RT 03", "rw. 4": the word typed before the number, as many lists have it
    text = re.sub(rf"^{label}\.?\s*(?=\d)", "", text, flags=re.IGNORECASE)
    if not _RT_RW.match(text):
        findings.append(err("RT_RW_INVALID", label.lower(), field=label, value=text))
        return None
    return text.zfill(3)


def check_candidate(fields: CandidateFields, rules: ProgramRules, today: date) -> CandidateCheck:
    findings: list[Finding] = []
    values: dict[str, Any] = {}

    nik = parse_nik(
        fields.nik,
        reference_date=rules.coverage_start,
        from_numeric_cell=fields.nik_from_numeric_cell,
    )
    findings.extend(nik.findings)
    values["nik"] = nik.nik

    name = _text(fields.name)
    if name is None:
        findings.append(err("NAME_EMPTY", "name"))
    elif not _NAME_ALLOWED.match(name):
        findings.append(err("NAME_INVALID", "name", name=name))
    values["name"] = name

    sex_text = _text(fields.sex)
    sex: str | None = None
    if sex_text is None and nik.info is not None:
        sex = nik.info.sex
        findings.append(warn("SEX_FROM_NIK", "sex", sex=sex))
    else:
        sex, sex_findings = check_sex(fields.sex)
        findings.extend(sex_findings)
    values["sex"] = sex

    birth, readable = _parse_date(fields.birth_date)
    if not readable:
        impossible = no_such_day(str(fields.birth_date))
        if impossible is not None:
            findings.append(err("BIRTH_DATE_NO_SUCH_DAY", "birth_date",
                                value=str(fields.birth_date).strip(), **impossible))  # fmt: skip
        else:
            findings.append(err("BIRTH_DATE_INVALID", "birth_date", value=str(fields.birth_date)))
    elif birth is None and nik.info is not None:
        birth = nik.info.birth_date
        findings.append(warn("BIRTH_DATE_FROM_NIK", "birth_date", date=birth.isoformat()))
    elif birth is None:
        findings.append(err("BIRTH_DATE_MISSING", "birth_date"))
    if birth is not None:
        future = check_birth_date(birth, today)
        findings.extend(future)
        if not future:
            findings.extend(check_age(birth, rules.coverage_start, rules.age_min, rules.age_max))
    values["birth_date"] = birth

    village = _text(fields.village_code)
    if village is not None:
        findings.extend(check_region(village, level=4))
    values["village_code"] = village

    if nik.info is not None:
        # The text of a date is never empty; other values need _text to tell.
        birth_given = type(fields.birth_date) is date or _text(fields.birth_date) is not None
        findings.extend(
            compare_nik_with_person(
                nik.info,
                birth_date=birth if birth_given else None,
                sex=sex if sex_text else None,
                regency_code=village[:5] if village else None,
            )
        )

    kk_raw = _text(fields.kk)
    if kk_raw is not None:
        kk = parse_kk(fields.kk)
        findings.extend(kk.findings)
        values["kk"] = kk.value
    else:
        values["kk"] = None

    phone = normalize_phone(fields.phone)
    findings.extend(phone.findings)
    values["phone"] = phone.value

    occupation_text = _text(fields.occupation)
    match = map_occupation(occupation_text or "")
    findings.extend(match.findings)
    values["occupation_code"] = match.occupation.code if match.occupation else None

    income, ok = _int_or_none(fields.income)
    if not ok or (income is not None and income < 0):
        findings.append(err("INCOME_INVALID", "income", value=str(fields.income)))
        income = None
    values["income"] = income

    desil_cell = fields.desil
    if isinstance(desil_cell, str):  # "Desil 2", as DTSEN printouts write it
        desil_cell = re.sub(r"^desil\.?\s*(?=\d)", "", desil_cell.strip(), flags=re.IGNORECASE)
    desil, ok = _int_or_none(desil_cell)
    if not ok:
        findings.append(err("DESIL_INVALID", "desil", value=str(fields.desil)))
        desil = None
    else:
        findings.extend(check_desil(desil, rules.max_desil))
    values["desil"] = desil

    funding = normalize_funding(fields.funding)
    if funding is None:
        findings.append(
            err(
                "FUNDING_UNKNOWN",
                "funding",
                value=str(fields.funding),
                choices=", ".join(FUNDING_SOURCES),
            )
        )
    values["funding"] = funding or "APBD"

    values["rt"] = _rt_rw(fields.rt, "RT", findings)
    values["rw"] = _rt_rw(fields.rw, "RW", findings)
    values["birth_place"] = _text(fields.birth_place)
    values["mother_name"] = _text(fields.mother_name)
    values["address"] = _text(fields.address)
    values["proposed_by"] = _text(fields.proposed_by)
    values["notes"] = _with_phone_note(_text(fields.notes), phone.note)
    return CandidateCheck(values, findings)


NOTES_MAX = 1000  # the record's notes, in characters (store.models.Candidate.notes too)


def _with_phone_note(notes: str | None, phone_note: str | None) -> str | None:
    """The words typed beside the phone number ("suami") kept in the notes, not lost; left
    out if the notes have no room (nothing a row would be refused for)."""
    if phone_note is None:
        return notes
    added = f"No HP: {phone_note}"
    if notes is None:
        return added
    if added in notes or len(notes) + 2 + len(added) > NOTES_MAX:  # (imported again: once)
        return notes
    return f"{notes}; {added}"

