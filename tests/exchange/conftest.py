"""A district and a village that trust each other, in temporary folders."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.candidates import decide, register_candidate
from lingkaran_desktop.services.installation import create_installation
from lingkaran_desktop.services.trust import (
    add_station,
    export_station,
    load_program,
    publish_program,
)
from lingkaran_desktop.services.users import Actor, add_user, authenticate
from lingkaran_desktop.store.store import Store
from tests.conftest import PASSWORD, make_nik

_SERIALS = itertools.count(1)


@dataclass
class Site:
    store: Store
    admin: Actor
    operator: Actor | None = None
    verifier: Actor | None = None


@dataclass
class World:
    tmp: Path
    district: Site
    village: Site
    program_file: Path

    def register(self, rng, n: int, village: Site | None = None) -> list[str]:
        site = village or self.village
        niks = []
        for i in range(n):
            sex = "P" if i % 2 else "L"
            birth = date(1970 + i % 30, 1 + i % 12, 1 + i % 28)
            nik = make_nik(rng, birth=birth, sex=sex, serial=next(_SERIALS))
            register_candidate(
                site.store,
                site.operator,
                CandidateFields(
                    nik=nik, name=f"Pekerja Nomor {chr(65 + i % 26)}", sex=sex,
                    birth_date=birth.isoformat(), occupation="P006",
                ),
            )  # fmt: skip
            niks.append(nik)
        decide(site.store, site.verifier, niks)
        return niks


def make_village(tmp: Path, name: str, region: str, district: Site, program_file: Path) -> Site:
    store, admin = create_installation(Home(tmp / name), "village", region, "admin", PASSWORD)
    add_user(store, admin, "siti", "operator", PASSWORD)
    add_user(store, admin, "budi", "verifier", PASSWORD)
    site = Site(
        store, admin, authenticate(store, "siti", PASSWORD), authenticate(store, "budi", PASSWORD)
    )
    load_program(store, admin, program_file)
    station_file = tmp / f"{name}.lkstation"
    export_station(store, admin, station_file)
    add_station(district.store, district.admin, station_file)
    return site


@pytest.fixture
def world(tmp_path: Path, engine: str | None):
    """Villages run SQLite; the district runs on ``engine`` (SQLite, or PostgreSQL)."""
    d_store, d_admin = create_installation(
        Home(tmp_path / "kabupaten"), "district", "35.09", "kadis", PASSWORD, url=engine
    )
    district = Site(d_store, d_admin)
    program_file = tmp_path / "program.lkprog"
    publish_program(
        d_store, d_admin, program_file, name="Lingkaran Cinta 2026", year=2026,
        start=date(2026, 1, 1), months=12, quota_per_village=100,
    )  # fmt: skip
    village = make_village(tmp_path, "desa", "35.09.01.2001", district, program_file)
    w = World(tmp_path, district, village, program_file)
    yield w
    d_store.close()
    village.store.close()
