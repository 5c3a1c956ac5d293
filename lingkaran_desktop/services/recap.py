"""The recap workbook program owners publish: counts and contributions by village, occupation,
funding source, sex and age band; quota used per village; budget against the ceiling.

Counting happens in SQL (GROUP BY); numbers are written as numbers, money as rupiah.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.chart import BarChart, Reference

from lingkaran_desktop import clock
from lingkaran_desktop.excel.writer import Column, SheetSpec, write_workbook
from lingkaran_desktop.services.audit import AuditWriter
from lingkaran_desktop.services.installation import active_program
from lingkaran_desktop.services.recap_figures import (  # noqa: F401  (ACTIVE, AGE_BANDS: API)
    ACTIVE,
    AGE_BANDS,
    BAND_NAMES,
    STATUSES,
    collect_figures,
)
from lingkaran_desktop.services.recap_figures import age_band as _band  # noqa: F401
from lingkaran_desktop.services.recap_figures import status_label_id as _label
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.store import Store


@dataclass
class RecapResult:
    path: str
    active: int
    monthly: int
    yearly: int
    villages: int


def write_recap(store: Store, actor: Actor, out: Path) -> RecapResult:
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        program = active_program(session)
        f = collect_figures(session, program)
        months = f.months
        summary = [
            ["Program", f.program], ["Wilayah", f.region],
            ["Masa perlindungan", f"{f.coverage_start:%d-%m-%Y} s/d {f.coverage_end:%d-%m-%Y}"],
            ["Dibuat", f"{clock.now():%d-%m-%Y %H:%M} UTC"],
            ["Iuran per orang per bulan (JKK + JKM)", f.per_person],
            ["Peserta aktif (diusulkan s/d terdaftar)", f.active],
            ["Iuran per bulan", f.monthly], [f"Iuran {months} bulan", f.period],
            ["Pagu anggaran", f.budget],
            ["Sisa pagu", f.budget_left],
            ["Kuota per desa", f.quota_per_village],
            *[[f"Status: {_label(s)}", f.by_status[s]] for s in STATUSES],
        ]  # fmt: skip
        money_rows = {4, 6, 7, 8, 9}
        village_rows = [
            [v.code, v.name, *[v.by_status[s] for s in STATUSES], v.active,
             f.quota_per_village, v.quota_used_percent, v.monthly, v.period]
            for v in f.villages
        ]  # fmt: skip
        occupation_rows = [[g.key, g.name, g.active, g.monthly, g.period] for g in f.occupations]
        funding_rows = [[g.key, g.active, g.monthly, g.period] for g in f.funding]
        sex_rows = [[b.band, b.male, b.female, b.total] for b in f.sex_age
                    if b.band in BAND_NAMES]  # fmt: skip

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
                                   money("Iuran per bulan"), money(f"Iuran {months} bulan")],
                      village_rows, after=village_chart),
            SheetSpec("Per Pekerjaan", [Column("Kode", "text"), Column("Pekerjaan"),
                                        Column("Peserta aktif", "number"),
                                        money("Iuran per bulan"),
                                        money(f"Iuran {months} bulan")], occupation_rows),
            SheetSpec("Per Sumber Dana", [Column("Sumber dana"), Column("Peserta aktif", "number"),
                                          money("Iuran per bulan"),
                                          money(f"Iuran {months} bulan")], funding_rows),
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
            after={"file": out.name, "active": f.active},
        )  # fmt: skip
        return RecapResult(str(out), f.active, f.monthly, f.period, len(village_rows))
