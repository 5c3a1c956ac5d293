"""A program's settings: coverage period, rates, age limits, quotas and budget ceiling.

The district sets these in its program profile; the defaults are DOMAIN.md's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from lingkaran_desktop.domain.contribution import Rates

DEFAULT_AGE_MIN = 18
DEFAULT_AGE_MAX = 65
DEFAULT_MONTHS = 12
FUNDING_SOURCES = ("APBD", "DBHCHT", "APBDES", "LAINNYA")


@dataclass(frozen=True)
class ProgramRules:
    name: str
    year: int
    coverage_start: date
    months: int = DEFAULT_MONTHS
    rates: Rates = field(default_factory=Rates)
    age_min: int = DEFAULT_AGE_MIN
    age_max: int = DEFAULT_AGE_MAX
    quota_per_village: int | None = None
    budget: int | None = None
    max_desil: int | None = None

    @property
    def coverage_end(self) -> date:
        """Last day covered: the day before ``months`` months after the start."""
        return self.coverage_start + relativedelta(months=self.months) - timedelta(days=1)


def default_program(year: int) -> ProgramRules:
    return ProgramRules(
        name=f"Perlindungan Pekerja Rentan {year}",
        year=year,
        coverage_start=date(year, 1, 1),
    )


_FUNDING_ALIASES = {
    "APBD": "APBD",
    "APBDKAB": "APBD",
    "APBDKABUPATEN": "APBD",
    "DBHCHT": "DBHCHT",
    "APBDES": "APBDES",
    "APBDESA": "APBDES",
    "DANADESA": "APBDES",
    "DD": "APBDES",
    "APBDESDANADESA": "APBDES",
    "ADD": "APBDES",
    "LAIN": "LAINNYA",
    "LAINNYA": "LAINNYA",
    "LAINLAIN": "LAINNYA",
    "OTHER": "LAINNYA",
}


def normalize_funding(raw: str | None) -> str | None:
    """APBD, DBHCHT, APBDes/Dana Desa, other; ``None`` when the text is not one of them."""
    if not raw:
        return "APBD"  # what an empty text below gives, without the work (most lists leave it out)
    text = raw.strip().upper().replace(" ", "").replace("/", "").replace(".", "")
    if not text:
        return "APBD"
    return _FUNDING_ALIASES.get(text)
