"""Two district staff at once on PostgreSQL: no lost update, no duplicate participant."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.services.batches import export_batch
from lingkaran_desktop.services.candidates import decide, list_candidates, register_candidate
from lingkaran_desktop.services.conflicts import list_conflicts
from lingkaran_desktop.services.doctor import run_doctor
from tests.conftest import PASSWORD, make_nik
from tests.exchange.conftest import make_village

ENGINES = ("postgresql",)
SHARED = 600  # enough that the two imports overlap in time
ROOT = Path(__file__).resolve().parents[2]


def _start(world, *args: str) -> subprocess.Popen:
    env = {**os.environ, "LINGKARAN_PASSWORD": PASSWORD, "LINGKARAN_DB": world.district_url}
    home = str(world.district.store.home.root)
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--home", home, "--user", "kadis", *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_two_staff_importing_overlapping_batches_at_once(world, rng, engine) -> None:
    world.district_url = engine
    second = make_village(world.tmp, "desa2", "35.09.01.2002", world.district, world.program_file)
    shared = []
    for i in range(SHARED):  # the same people proposed by both villages
        birth = date(1970 + i % 30, 1 + i % 12, 1 + i % 28)
        shared.append((make_nik(rng, birth=birth, serial=5000 + i), birth))
    for site in (world.village, second):
        for nik, birth in shared:
            register_candidate(site.store, site.operator, CandidateFields(
                nik=nik, name="Warga Bersama", sex="L", birth_date=birth.isoformat(),
                occupation="P001"))  # fmt: skip
        decide(site.store, site.verifier, [nik for nik, _ in shared])
    world.register(rng, 25)  # and some only the first village knows
    files = [
        export_batch(world.village.store, world.village.verifier, world.tmp / "u1").path,
        export_batch(second.store, second.verifier, world.tmp / "u2").path,
    ]
    procs = [_start(world, "batch", "import", f) for f in files]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs

    rows = list_candidates(world.district.store, world.district.admin)
    niks = [r["nik"] for r in rows]
    assert len(niks) == len(set(niks)) == SHARED + 25
    assert len(list_conflicts(world.district.store, world.district.admin)) == SHARED
    assert run_doctor(world.district.store).ok

    # Two staff deciding the same conflict at the same moment: one wins, one is told.
    first = list_conflicts(world.district.store, world.district.admin)[0].id
    deciders = [
        _start(world, "conflict", "decide", str(first), "--keep", "--reason", "KK desa 2001"),
        _start(world, "conflict", "decide", str(first), "--replace", "--reason", "KK desa 2002"),
    ]
    results = [p.communicate(timeout=120) for p in deciders]
    codes = sorted(p.returncode for p in deciders)
    assert codes == [0, 1], results
    assert any("Tidak ada bentrokan terbuka" in err for _out, err in results)
    assert run_doctor(world.district.store).ok
    second.store.close()
