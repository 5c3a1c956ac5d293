"""The recap figures the Laporan screen shows: GROUP BY counts, money, quota and budget."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from sqlalchemy import update

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.candidates import count_by_status, decide, register_candidate
from lingkaran_desktop.services.recap import write_recap
from lingkaran_desktop.services.recap_figures import recap_figures
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import Program
from tests.conftest import make_nik
from tests.ui.bulk import insert_candidates

ENGINES = ("sqlite", "postgresql")


def test_figures_count_by_status_group_and_age_band(village, staff, rng) -> None:
    store, admin = village
    niks = []
    for i, (sex, birth, occupation, funding) in enumerate([
        ("L", date(1980, 1, 1), "P001", "APBD"), ("P", date(1995, 6, 1), "P006", "DBHCHT"),
        ("P", date(1960, 2, 2), "P006", "DBHCHT"), ("P", date(1999, 12, 31), "P006", "APBD"),
    ]):  # fmt: skip
        nik = make_nik(rng, birth=birth, sex=sex, serial=i + 1)
        register_candidate(store, staff["operator"], CandidateFields(
            nik=nik, name=f"Warga {chr(65 + i)}", sex=sex, birth_date=birth.isoformat(),
            occupation=occupation, funding=funding))  # fmt: skip
        niks.append(nik)
    decide(store, staff["verifier"], niks[:2])
    decide(store, staff["verifier"], niks[2:3], reject=True, reason="Bukan warga")
    f = recap_figures(store, staff["verifier"])
    assert f.by_status == count_by_status(store, admin)
    assert (f.by_status["verified"], f.by_status["proposed"], f.by_status["rejected"]) == (2, 1, 1)
    assert (f.active, f.per_person, f.monthly, f.period) == (3, 16_800, 50_400, 604_800)
    assert (f.budget, f.budget_left, f.budget_used_percent, f.quota_per_village) == (
        None, None, None, None)
    assert [(g.key, g.active) for g in f.occupations] == [("P006", 2), ("P001", 1)]
    assert {g.key: g.active for g in f.funding} == {"APBD": 2, "DBHCHT": 1}
    assert sum(g.monthly for g in f.funding) == f.monthly
    ages = {b.band: (b.male, b.female) for b in f.sex_age}
    assert ages["46–55"] == (1, 0) and ages["26–35"] == (0, 2) and ages["18–25"] == (0, 0)
    assert sum(b.total for b in f.sex_age) == f.active
    [village_row] = f.villages
    assert (village_row.code, village_row.name, village_row.active) == (
        "35.09.01.2001", "Padomasan", 3)
    assert village_row.quota_used_percent is None
    with pytest.raises(DomainError):
        recap_figures(store, Actor("tamu", "visitor"))


def test_quota_and_budget_ceiling_and_the_workbook_agree(village, staff, tmp_path) -> None:
    store, admin = village
    insert_candidates(store, 300, village="35.09.01.2001")
    insert_candidates(store, 120, seed=9, village="35.09.01.2002")
    with store.engine.begin() as conn:
        conn.execute(update(Program).values(quota_per_village=200, budget=40_000_000))
    f = recap_figures(store, admin)
    assert f.quota_per_village == 200 and f.budget == 40_000_000
    assert f.budget_left == 40_000_000 - f.period
    assert f.budget_used_percent == round(100 * f.period / 40_000_000, 1)
    by_code = {v.code: v for v in f.villages}
    assert sum(v.active for v in f.villages) == f.active
    first = by_code["35.09.01.2001"]
    assert first.quota_used_percent == round(100 * first.active / 200, 1)
    assert first.active > 200  # over the quota: the screen shows it in red
    result = write_recap(store, admin, tmp_path / "rekap.xlsx")
    assert (result.active, result.monthly, result.yearly) == (f.active, f.monthly, f.period)
    wb = openpyxl.load_workbook(tmp_path / "rekap.xlsx")
    summary = {r[0].value: r[2].value for r in wb["Ringkasan"].iter_rows(min_row=2)}
    assert summary["Sisa pagu"] == f.budget_left
    header = [c.value for c in wb["Per Desa"][1]]
    rows = {r[0]: r for r in wb["Per Desa"].iter_rows(min_row=2, values_only=True)}
    assert rows["35.09.01.2001"][header.index("Kuota terpakai (%)")] == first.quota_used_percent
    ages = {r[0]: r[3] for r in wb["Per JK dan Usia"].iter_rows(min_row=2, values_only=True)}
    assert ages == {b.band: b.total for b in f.sex_age}
