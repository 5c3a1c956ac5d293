"""Eligibility rules: age at the coverage start, birth date, DTSEN desil."""

from __future__ import annotations

from datetime import date

from lingkaran_desktop.domain.findings import Finding, error, warning
from lingkaran_desktop.domain.messages import register

register(
    "AGE_TOO_YOUNG",
    "Umur pada awal kepesertaan {age} tahun, di bawah batas program ({age_min}–{age_max} "
    "tahun). Calon ini belum bisa didaftarkan.",
    "Age at the coverage start is {age}, below the program's limits ({age_min}–{age_max}). "
    "This candidate cannot be registered yet.",
)
register(
    "AGE_TOO_OLD",
    "Umur pada awal kepesertaan {age} tahun, di atas batas program ({age_min}–{age_max} "
    "tahun). Calon ini tidak bisa didaftarkan.",
    "Age at the coverage start is {age}, above the program's limits ({age_min}–{age_max}). "
    "This candidate cannot be registered.",
)
register(
    "BIRTH_DATE_FUTURE",
    "Tanggal lahir {birth_date} ada di masa depan. Periksa kembali tanggal lahir pada KTP.",
    "Birth date {birth_date} is in the future. Check the birth date on the KTP.",
)
register(
    "DESIL_INVALID",
    'Desil DTSEN "{value}" tidak sah. Isi angka 1 sampai 10, atau kosongkan bila tidak tahu.',
    'DTSEN desil "{value}" is not valid. Enter a number from 1 to 10, or leave it empty.',
)
register(
    "DESIL_ABOVE_LIMIT",
    "Desil DTSEN {desil} di atas batas program (paling tinggi desil {max_desil}). "
    "Calon ini tidak memenuhi syarat program.",
    "DTSEN desil {desil} is above the program's limit (at most desil {max_desil}). "
    "This candidate does not qualify.",
)
register(
    "DESIL_UNKNOWN",
    "Desil DTSEN belum diisi, padahal program mensyaratkan paling tinggi desil {max_desil}. "
    "Verifikator mohon cek di DTSEN.",
    "The DTSEN desil is missing, but the program requires at most desil {max_desil}. "
    "Verifier, please check DTSEN.",
)


def age_on(birth_date: date, on_date: date) -> int:
    """Age in whole years on ``on_date``.

    Someone born on 29 February turns a year older on 1 March in non-leap years (not on
    28 February): the birthday counts as reached once (month, day) is past (2, 29).
    """
    before_birthday = (on_date.month, on_date.day) < (birth_date.month, birth_date.day)
    return on_date.year - birth_date.year - before_birthday


def check_age(
    birth_date: date, coverage_start: date, age_min: int = 18, age_max: int = 65
) -> list[Finding]:
    """Age at the coverage start must lie in ``age_min``..``age_max`` inclusive."""
    age = age_on(birth_date, coverage_start)
    if age_min <= age <= age_max:
        return []
    limits = {"age": age, "age_min": age_min, "age_max": age_max}
    if age < age_min:
        return [error("AGE_TOO_YOUNG", "birth_date", **limits)]
    if age > age_max:
        return [error("AGE_TOO_OLD", "birth_date", **limits)]
    return []


def check_birth_date(birth_date: date, today: date) -> list[Finding]:
    if birth_date > today:
        return [
            error("BIRTH_DATE_FUTURE", "birth_date", birth_date=birth_date.strftime("%d-%m-%Y"))
        ]
    return []


def check_desil(desil: int | None, max_desil: int | None) -> list[Finding]:
    """Desil 1 (poorest) to 10; above the limit -> error; unknown with a limit -> warning."""
    if desil is None:
        return [warning("DESIL_UNKNOWN", "desil", max_desil=max_desil)] if max_desil else []
    if isinstance(desil, bool) or not isinstance(desil, int) or not 1 <= desil <= 10:
        return [error("DESIL_INVALID", "desil", value=desil)]
    if max_desil is not None and desil > max_desil:
        return [error("DESIL_ABOVE_LIMIT", "desil", desil=desil, max_desil=max_desil)]
    return []
