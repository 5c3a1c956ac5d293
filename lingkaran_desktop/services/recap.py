"""The recap workbook program owners publish: counts and contributions by village, occupation,
funding source, sex and age band; quota used per village; budget against the ceiling.

Counting happens in SQL (GROUP BY); numbers are written as numbers, money as rupiah.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.chart import BarChart, Reference
from sqlalchemy import func, select

from lingkaran_desktop import clock
from lingkaran_desktop.domain.contribution import budget, monthly_contribution
from lingkaran_desktop.domain.eligibility import age_on
from lingkaran_desktop.domain.occupation import occupation_by_code
from lingkaran_desktop.domain.regions import get_region
from lingkaran_desktop.domain.status import STATUS_LABELS_ID, CandidateStatus
from lingkaran_desktop.excel.writer import Column, SheetSpec, write_workbook
from lingkaran_desktop.services.audit import AuditWriter
from lingkaran_desktop.services.installation import active_program, installation_of, rules_of
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import Candidate
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


@dataclass
class RecapResult:
    path: str
    active: int
    monthly: int
    yearly: int
    villages: int


def _label(status: str) -> str:
    text = STATUS_LABELS_ID.get(CandidateStatus(status), status)
    return text[:1].upper() + text[1:]


def _band(age: int) -> str:
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}+" if high >= 200 else f"{low}–{high}"
    return "di bawah 18"


def write_recap(store: Store, actor: Actor, out: Path) -> RecapResult:
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        installation = installation_of(session)
        program = active_program(session)
        rules = rules_of(program)
        per_person = monthly_contribution(None, rules.rates).total
        c = Candidate.__table__.c
        base = c.program_id == program.id

        by_village: dict[str, Counter[str]] = defaultdict(Counter)
        for village, status, n in session.execute(
            select(c.village_code, c.status, func.count()).where(base)
            .group_by(c.village_code, c.status)
        ):  # fmt: skip
            by_village[village][status] = n
        groups: dict[str, Counter[str]] = {"occupation_code": Counter(), "funding": Counter()}
        for column in groups:
            for key, n in session.execute(
                select(c[column], func.count()).where(base, c.status.in_(ACTIVE))
                .group_by(c[column])
            ):  # fmt: skip
                groups[column][key] = n
        sex_age: Counter[tuple[str, str]] = Counter()
        start = rules.coverage_start
        for sex, birth in session.execute(
            select(c.sex, c.birth_date).where(base, c.status.in_(ACTIVE))
        ):
            sex_age[(sex, _band(age_on(birth, start)))] += 1

        active = sum(n for counts in by_village.values() for s, n in counts.items()
                     if s in ACTIVE)  # fmt: skip
        monthly = active * per_person
        yearly = budget(active, per_person, rules.months)

        summary = [
            ["Program", rules.name], ["Wilayah", installation.region_name],
            ["Masa perlindungan",
             f"{rules.coverage_start:%d-%m-%Y} s/d {rules.coverage_end:%d-%m-%Y}"],
            ["Dibuat", f"{clock.now():%d-%m-%Y %H:%M} UTC"],
            ["Iuran per orang per bulan (JKK + JKM)", per_person],
            ["Peserta aktif (diusulkan s/d terdaftar)", active],
            ["Iuran per bulan", monthly], [f"Iuran {rules.months} bulan", yearly],
            ["Pagu anggaran", rules.budget],
            ["Sisa pagu", None if rules.budget is None else rules.budget - yearly],
            ["Kuota per desa", rules.quota_per_village],
            *[[f"Status: {_label(s)}",
               sum(v[s] for v in by_village.values())] for s in STATUSES],
        ]  # fmt: skip
        money_rows = {4, 6, 7, 8, 9}
        village_rows = []
        for code in sorted(by_village):
            counts = by_village[code]
            region = get_region(code)
            act = sum(counts[s] for s in ACTIVE)
            quota = rules.quota_per_village
            village_rows.append([
                code, region.name if region else "?", *[counts[s] for s in STATUSES], act,
                quota, None if not quota else round(100 * act / quota, 1),
                act * per_person, budget(act, per_person, rules.months),
            ])  # fmt: skip
        occupation_rows = []
        for code, n in groups["occupation_code"].most_common():
            occ = occupation_by_code(code)
            occupation_rows.append([code, occ.name if occ else "?", n, n * per_person,
                                    budget(n, per_person, rules.months)])  # fmt: skip
        funding_rows = [[key, n, n * per_person, budget(n, per_person, rules.months)]
                        for key, n in groups["funding"].most_common()]  # fmt: skip
        bands = [_band(low) for low, _ in AGE_BANDS]
        sex_rows = [[band, sex_age[("L", band)], sex_age[("P", band)],
                     sex_age[("L", band)] + sex_age[("P", band)]] for band in bands]  # fmt: skip

        def village_chart(ws: Any) -> None:
            if not village_rows:
                return
            chart = BarChart()
            chart.title = "Peserta aktif per desa"
            chart.y_axis.title = "orang"
            active_col = 3 + len(STATUSES)
            data = Reference(ws, min_col=active_col, min_row=1, max_row=len(village_rows) + 1)
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=2, min_row=2,
                                           max_row=len(village_rows) + 1))  # fmt: skip
            chart.height, chart.width = 9, 18
            ws.add_chart(chart, f"A{len(village_rows) + 4}")

        def money(header: str) -> Column:
            return Column(header, "rupiah")

        sheets = [
            SheetSpec("Ringkasan", [Column("Keterangan"), Column("Nilai")],
                      [[label, value] for label, value in summary], autofilter=False),
            SheetSpec("Per Desa", [Column("Kode Desa", "text"), Column("Desa"),
                                   *[Column(_label(s), "number") for s in STATUSES],
                                   Column("Aktif", "number"), Column("Kuota", "number"),
                                   Column("Kuota terpakai (%)", "number"),
                                   money("Iuran per bulan"), money(f"Iuran {rules.months} bulan")],
                      village_rows, after=village_chart),
            SheetSpec("Per Pekerjaan", [Column("Kode", "text"), Column("Pekerjaan"),
                                        Column("Peserta aktif", "number"),
                                        money("Iuran per bulan"),
                                        money(f"Iuran {rules.months} bulan")], occupation_rows),
            SheetSpec("Per Sumber Dana", [Column("Sumber dana"), Column("Peserta aktif", "number"),
                                          money("Iuran per bulan"),
                                          money(f"Iuran {rules.months} bulan")], funding_rows),
            SheetSpec("Per JK dan Usia", [Column("Kelompok usia"), Column("Laki-laki", "number"),
                                          Column("Perempuan", "number"),
                                          Column("Jumlah", "number")], sex_rows),
        ]  # fmt: skip
        # Money cells of the summary get the rupiah format through a second, typed column.
        sheets[0] = SheetSpec(
            "Ringkasan", [Column("Keterangan"), Column("Nilai"), Column("Rupiah", "rupiah")],
            [[label, None if i in money_rows else value, value if i in money_rows else None]
             for i, (label, value) in enumerate(summary)],
            autofilter=False,
        )  # fmt: skip
        write_workbook(out, sheets)
        AuditWriter(session).record(
            actor.name, "report.write", "program", program.id,
            after={"file": out.name, "active": active},
        )  # fmt: skip
        return RecapResult(str(out), active, monthly, yearly, len(village_rows))
