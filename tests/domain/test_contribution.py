"""Contributions (iuran) in whole rupiah, with DOMAIN.md's published checks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lingkaran_desktop.domain.contribution import (
    Contribution,
    Rates,
    budget,
    monthly_contribution,
    yearly_contribution,
)


def test_default_iuran_is_rp_16800_per_month():
    assert monthly_contribution(None) == Contribution(jkk=10_000, jkm=6_800, total=16_800)
    assert monthly_contribution(0).total == 16_800


def test_default_iuran_is_rp_201600_per_year():
    assert yearly_contribution(None) == 201_600


def test_jkk_is_1_percent_of_income_with_a_basis_of_at_least_rp_1_million():
    assert monthly_contribution(500_000).jkk == 10_000
    assert monthly_contribution(1_000_000).jkk == 10_000
    assert monthly_contribution(2_500_000).jkk == 25_000
    assert monthly_contribution(2_500_000).total == 31_800


def test_jkk_is_rounded_half_up_to_whole_rupiah():
    assert monthly_contribution(1_234_550).jkk == 12_346  # 12,345.5
    assert monthly_contribution(1_234_549).jkk == 12_345  # 12,345.49
    assert isinstance(monthly_contribution(1_234_567).total, int)


def test_manggarai_barat_budget_2829_participants_is_rp_570326400():
    assert 2_829 * yearly_contribution(None) == 570_326_400
    assert budget(2_829, monthly_contribution(None).total, 12) == 570_326_400


def test_kota_jambi_3000_workers_cost_about_rp_604_million_a_year():
    total = budget(3_000, 16_800, 12)
    assert total == 604_800_000  # the city budgeted Rp 604,000,000 (rounded)


def test_discount_is_not_applied_by_default_because_apbd_participants_are_excluded():
    assert Rates().discount_percent == 0
    assert monthly_contribution(None).total == 16_800


def test_discount_applies_only_when_the_district_sets_it():
    half = monthly_contribution(None, Rates(discount_percent=50))
    assert half == Contribution(jkk=5_000, jkm=3_400, total=8_400)


def test_rates_are_program_settings():
    rates = Rates(jkk_rate_bp=54, jkk_min_income=2_000_000, jkm_flat=6_800)
    assert monthly_contribution(None, rates) == Contribution(10_800, 6_800, 17_600)


def test_invalid_inputs_are_refused():
    with pytest.raises(ValueError):
        monthly_contribution(-1)
    with pytest.raises(ValueError):
        Rates(discount_percent=101)
    with pytest.raises(ValueError):
        budget(-1, 16_800, 12)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=10_000))
def test_jkk_equals_exact_half_up_rounding(income, rate_bp):
    from fractions import Fraction

    rates = Rates(jkk_rate_bp=rate_bp)
    exact = Fraction(rate_bp * max(income, rates.jkk_min_income), 10_000)
    expected = int(exact + Fraction(1, 2))  # floor(x + 0.5) for x >= 0
    assert monthly_contribution(income, rates).jkk == expected
