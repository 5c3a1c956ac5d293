"""Messy spreadsheets as villages keep them, generated with openpyxl (made-up people only)."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from tests.conftest import make_nik


def person(rng: random.Random, sex: str = "L", birth: date | None = None, **extra: Any) -> dict:
    birth = birth or date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
    first = rng.choice(["Budi", "Slamet", "Agus", "Joko"] if sex == "L" else
                       ["Siti", "Sri", "Aminah", "Wati"])  # fmt: skip
    return {
        "nik": make_nik(rng, birth=birth, sex=sex),
        "name": f"{first} {rng.choice(['Santoso', 'Wibowo', 'Rahayu', 'Lestari'])}",
        "sex": sex,
        "birth": birth,
        "place": "Jember",
        "mother": "Sumirah",
        "occupation": rng.choice(["buruh tani", "petani", "nelayan", "pedagang"]),
        **extra,
    }


def save(wb: Workbook, path: Path) -> Path:
    wb.save(path)
    return path


def read_back(path: Path, sheet: str | None = None) -> list[list[Any]]:
    """Open a workbook the app wrote with openpyxl, as the officer's Excel would."""
    wb = load_workbook(path)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    return [[c.value for c in row] for row in ws.iter_rows()]


def cells_of(path: Path, sheet: str | None = None) -> list[list[Any]]:
    wb = load_workbook(path)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    return [list(row) for row in ws.iter_rows()]
