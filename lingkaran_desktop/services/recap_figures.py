"""The recap figures as plain data: counts by status, village, occupation, funding source, sex and
age band; contributions per month and per program period; quota and budget ceiling.

Everything is counted in SQL with GROUP BY (a handful of queries whatever the number of
participants). The recap workbook (:mod:`services.recap`) and the Laporan screen both read these
figures, so the two never disagree. No Qt here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session

from lingkaran_desktop.domain.contribution import budget, monthly_contribution
from lingkaran_desktop.domain.eligibility import age_on
from lingkaran_desktop.domain.occupation import occupation_by_code
from lingkaran_desktop.domain.regions import get_region
from lingkaran_desktop.domain.status import STATUS_LABELS_ID, CandidateStatus
from lingkaran_desktop.services.installation import active_program, installation_of, rules_of
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import Candidate, Program
from lingkaran_desktop.store.store import Store

# Participants who count for contributions: everyone on the way to or in the program.
ACTIVE = (
    CandidateStatus.PROPOSED.value,
    CandidateStatus.VERIFIED.value,
    CandidateStatus.SUBMITTED.value,
    CandidateStatus.ENROLLED.value,
)
STATUSES = [s.value for s in CandidateStatus]
AGE_BANDS = ((18, 25), (26, 35), (36, 45), (46, 55), (56, 65), (66, 200))
UNDER_AGE_BAND = "di bawah 18"


def status_label_id(status: str) -> str:
    """The Indonesian status word with a capital first letter ("Terverifikasi")."""
    text = STATUS_LABELS_ID.get(CandidateStatus(status), status)
    return text[:1].upper() + text[1:]


def age_band(age: int) -> str:
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}+" if high >= 200 else f"{low}–{high}"
    return UNDER_AGE_BAND


BAND_NAMES = [age_band(low) for low, _ in AGE_BANDS]


@dataclass(frozen=True)
class VillageFigures:
    code: str
    name: str
    by_status: dict[str, int]
    active: int
    quota_used_percent: float | None  # None when the program has no quota
    monthly: int
    period: int


@dataclass(frozen=True)
class GroupFigures:
    """Active participants of one occupation or funding source, and what they cost."""

    key: str
    name: str
    active: int
    monthly: int
    period: int


@dataclass(frozen=True)
class AgeBandFigures:
    band: str
    male: int
    female: int

    @property
    def total(self) -> int:
        return self.male + self.female


@dataclass(frozen=True)
class RecapFigures:
    program: str
    region: str
    coverage_start: date
    coverage_end: date
    months: int
    per_person: int  # JKK + JKM per participant per month
    by_status: dict[str, int]  # every status, zero included
    active: int
    monthly: int
    period: int  # the whole coverage period (``months`` months, usually a year)
    budget: int | None
    budget_left: int | None
    quota_per_village: int | None
    villages: list[VillageFigures] = field(default_factory=list)  # by village code
    occupations: list[GroupFigures] = field(default_factory=list)  # most participants first
    funding: list[GroupFigures] = field(default_factory=list)  # most participants first
    sex_age: list[AgeBandFigures] = field(default_factory=list)  # youngest band first

    @property
    def budget_used_percent(self) -> float | None:
        return None if not self.budget else round(100 * self.period / self.budget, 1)


def collect_figures(session: Session, program: Program | None = None) -> RecapFigures:
    """The figures of ``program`` (the active one by default), inside an open session."""
    installation = installation_of(session)
    program = program or active_program(session)
    rules = rules_of(program)
    per_person = monthly_contribution(None, rules.rates).total
    c = Candidate.__table__.c
    base = c.program_id == program.id
    active_only = c.status.in_(ACTIVE)

    by_village: dict[str, Counter[str]] = defaultdict(Counter)
    for village, status, n in session.execute(
        select(c.village_code, c.status, func.count()).where(base)
        .group_by(c.village_code, c.status)
    ):  # fmt: skip
        by_village[village][status] = n
    groups: dict[str, Counter[str]] = {"occupation_code": Counter(), "funding": Counter()}
    for column, counter in groups.items():
        for key, n in session.execute(
            select(c[column], func.count()).where(base, active_only).group_by(c[column])
        ):
            counter[key] = n
    # Ages by birth date (a few thousand distinct dates at most), banded at coverage start.
    sex_age: Counter[tuple[str, str]] = Counter()
    for sex, birth, n in session.execute(
        select(c.sex, c.birth_date, func.count()).where(base, active_only)
        .group_by(c.sex, c.birth_date)
    ):  # fmt: skip
        sex_age[(sex, age_band(age_on(birth, rules.coverage_start)))] += n

    def cost(n: int) -> tuple[int, int]:
        return n * per_person, budget(n, per_person, rules.months)

    by_status = {s: sum(v[s] for v in by_village.values()) for s in STATUSES}
    active = sum(by_status[s] for s in ACTIVE)
    monthly, period = cost(active)
    quota = rules.quota_per_village
    villages = []
    for code in sorted(by_village):
        counts = by_village[code]
        region = get_region(code)
        act = sum(counts[s] for s in ACTIVE)
        villages.append(VillageFigures(
            code, region.name if region else "?", {s: counts[s] for s in STATUSES}, act,
            None if not quota else round(100 * act / quota, 1), *cost(act),
        ))  # fmt: skip
    occupations = []
    for code, n in groups["occupation_code"].most_common():
        occ = occupation_by_code(code)
        occupations.append(GroupFigures(code, occ.name if occ else "?", n, *cost(n)))
    funding = [GroupFigures(key, key, n, *cost(n)) for key, n in groups["funding"].most_common()]
    bands = [AgeBandFigures(band, sex_age[("L", band)], sex_age[("P", band)])
             for band in BAND_NAMES]  # fmt: skip
    if sex_age[("L", UNDER_AGE_BAND)] or sex_age[("P", UNDER_AGE_BAND)]:
        bands.insert(0, AgeBandFigures(UNDER_AGE_BAND, sex_age[("L", UNDER_AGE_BAND)],
                                       sex_age[("P", UNDER_AGE_BAND)]))  # fmt: skip
    return RecapFigures(
        program=rules.name, region=installation.region_name,
        coverage_start=rules.coverage_start, coverage_end=rules.coverage_end,
        months=rules.months, per_person=per_person, by_status=by_status, active=active,
        monthly=monthly, period=period, budget=rules.budget,
        budget_left=None if rules.budget is None else rules.budget - period,
        quota_per_village=quota, villages=villages, occupations=occupations, funding=funding,
        sex_age=bands,
    )  # fmt: skip


def recap_figures(store: Store, actor: Actor) -> RecapFigures:
    """Read-only: the active program's figures for anyone who may read the candidates."""
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        return collect_figures(session)
