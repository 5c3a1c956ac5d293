"""Monthly contribution (iuran) for BPU JKK + JKM, in whole rupiah with integer arithmetic."""

from __future__ import annotations

from dataclasses import dataclass

BASIS_POINTS = 10_000  # 100 bp = 1%


@dataclass(frozen=True)
class Rates:
    """Program rates. The default is the usual government-paid participant: Rp 16,800/month.

    ``discount_percent`` stays 0 unless the district says so: PP 50/2025's 50% discount
    excludes participants paid by APBN/APBD.
    """

    jkk_rate_bp: int = 100
    jkk_min_income: int = 1_000_000
    jkm_flat: int = 6_800
    discount_percent: int = 0

    def __post_init__(self) -> None:
        if min(self.jkk_rate_bp, self.jkk_min_income, self.jkm_flat) < 0:
            raise ValueError("rates cannot be negative")
        if not 0 <= self.discount_percent <= 100:
            raise ValueError("discount_percent must be between 0 and 100")


@dataclass(frozen=True)
class Contribution:
    jkk: int
    jkm: int
    total: int


def _div_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up (both non-negative), without floats."""
    return (2 * numerator + denominator) // (2 * denominator)


def monthly_contribution(income: int | None, rates: Rates = Rates()) -> Contribution:
    """JKK = rate × max(income, minimum income basis); JKM flat; optional discount on both."""
    if income is not None and income < 0:
        raise ValueError("income cannot be negative")
    basis = max(income or 0, rates.jkk_min_income)
    jkk = _div_half_up(rates.jkk_rate_bp * basis, BASIS_POINTS)
    jkm = rates.jkm_flat
    if rates.discount_percent > 0:
        keep = 100 - rates.discount_percent
        jkk = _div_half_up(jkk * keep, 100)
        jkm = _div_half_up(jkm * keep, 100)
    return Contribution(jkk=jkk, jkm=jkm, total=jkk + jkm)


def yearly_contribution(income: int | None, rates: Rates = Rates(), months: int = 12) -> int:
    """Total for ``months`` months (default a year: Rp 201,600 at the default rates)."""
    return monthly_contribution(income, rates).total * months


def budget(participants: int, monthly_total: int, months: int) -> int:
    """Participants × monthly iuran × months covered."""
    if min(participants, monthly_total, months) < 0:
        raise ValueError("budget inputs cannot be negative")
    return participants * monthly_total * months
