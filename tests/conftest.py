"""Shared fixtures: a fresh installation per test, generated people, a fixed clock."""

from __future__ import annotations

import os
import random
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from lingkaran_desktop import clock
from lingkaran_desktop.domain import messages
from lingkaran_desktop.exchange import keys
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services import users
from lingkaran_desktop.services.installation import create_installation
from lingkaran_desktop.services.users import Actor, add_user
from lingkaran_desktop.store.store import Store

VILLAGE = "35.09.01.2001"  # a desa in Kabupaten Jember
PASSWORD = "rahasia-desa-1"
FIXED_NOW = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _fast_hashes_and_fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # In-process tests use cheap argon2id parameters; subprocess tests run the real ones.
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))
    monkeypatch.setattr(keys, "KDF_TIME_COST", 1)
    monkeypatch.setattr(keys, "KDF_MEMORY_KIB", 1024)
    clock.set_now(FIXED_NOW)
    messages.set_language("id")
    yield
    clock.set_now(None)


def make_nik(
    rng: random.Random,
    district: str = "350901",
    birth: date | None = None,
    sex: str = "L",
    serial: int | None = None,
) -> str:
    """A syntactically valid NIK for a made-up person (never a real one)."""
    birth = birth or date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
    day = birth.day + (40 if sex == "P" else 0)
    serial = serial if serial is not None else rng.randint(1, 9999)
    return f"{district}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


@pytest.fixture
def rng() -> random.Random:
    return random.Random(20260302)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test module that sets ``ENGINES = ("sqlite", "postgresql")`` runs on both."""
    if "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", getattr(metafunc.module, "ENGINES", ("sqlite",)),
                             indirect=True)  # fmt: skip


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    from tests import pg

    try:
        with pg.cluster() as url:
            yield url
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL not available here: {exc}")


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None for SQLite in the data folder, or the URL of a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield None
        return
    from tests import pg

    with pg.fresh_database(request.getfixturevalue("pg_admin_url")) as url:
        yield url


@pytest.fixture
def village(tmp_path: Path, engine: str | None) -> Iterator[tuple[Store, Actor]]:
    store, admin = create_installation(
        Home(tmp_path / "desa"), "village", VILLAGE, "admin", PASSWORD, url=engine
    )
    yield store, admin
    store.close()


@pytest.fixture
def staff(village: tuple[Store, Actor]) -> dict[str, Actor]:
    store, admin = village
    return {
        "admin": admin,
        "operator": add_user(store, admin, "siti", "operator", PASSWORD),
        "verifier": add_user(store, admin, "budi", "verifier", PASSWORD),
    }
