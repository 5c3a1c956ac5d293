"""A district and a village that trust each other, in temporary folders."""

from __future__ import annotations

import contextlib
import itertools
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.domain.status import same_person
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.batches import (
    ExportedBatch,
    ImportedFile,
    export_batch,
    export_results,
    import_batch,
    import_results,
)
from lingkaran_desktop.services.bpjs import import_result
from lingkaran_desktop.services.candidates import candidate_dict, decide, register_candidate
from lingkaran_desktop.services.changes import (
    Correction,
    Withdrawal,
    approve_change,
    changes_to_check,
    correct_candidate,
    withdraw_candidate,
)
from lingkaran_desktop.services.installation import create_installation
from lingkaran_desktop.services.trust import (
    add_station,
    export_station,
    load_program,
    publish_program,
)
from lingkaran_desktop.services.users import Actor, add_user, authenticate
from lingkaran_desktop.store.models import Candidate, CandidateChange
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


def make_village(
    tmp: Path, name: str, region: str, district: Site, program_file: Path, url: str | None = None
) -> Site:
    store, admin = create_installation(
        Home(tmp / name), "village", region, "admin", PASSWORD, url=url
    )
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


@pytest.fixture
def both(tmp_path: Path, engine: str | None, request: pytest.FixtureRequest):
    """Like ``world``, but the village runs on ``engine`` too (each in a database of its own)."""
    with contextlib.ExitStack() as stack:
        village_url = None
        if engine is not None:
            from tests import pg

            admin_url = request.getfixturevalue("pg_admin_url")
            village_url = stack.enter_context(pg.fresh_database(admin_url))
        d_store, d_admin = create_installation(
            Home(tmp_path / "kabupaten"), "district", "35.09", "kadis", PASSWORD, url=engine
        )
        stack.callback(d_store.close)
        district = Site(d_store, d_admin)
        program_file = tmp_path / "program.lkprog"
        publish_program(
            d_store, d_admin, program_file, name="Lingkaran Cinta 2026", year=2026,
            start=date(2026, 1, 1), months=12, quota_per_village=100,
        )  # fmt: skip
        village = make_village(
            tmp_path, "desa", "35.09.01.2001", district, program_file, url=village_url
        )
        stack.callback(village.store.close)
        yield World(tmp_path, district, village, program_file)


def send(w: World, site: Site | None = None) -> ExportedBatch:
    """The village writes its next batch (to the stick)."""
    site = site or w.village
    return export_batch(site.store, site.verifier, w.tmp / "usb")


def receive(w: World, batch: ExportedBatch) -> ImportedFile:
    """The district reads a batch."""
    return import_batch(w.district.store, w.district.admin, Path(batch.path))


def bpjs_answers(w: World, answers: dict[str, str | None]) -> None:
    """BPJS's answer reaches the district: NIK -> its reason for a rejection, or None for a KPJ."""
    answer = openpyxl.Workbook()
    sheet = answer.active
    sheet.append(["NIK", "No. KPJ", "Keterangan"])
    for nik, reason in answers.items():
        if reason is None:
            sheet.append([nik, f"26{int(nik[-6:]):09d}", "Berhasil"])
        else:
            sheet.append([nik, None, reason])
    path = w.tmp / f"jawaban-{next(_SERIALS)}.xlsx"
    answer.save(path)
    import_result(w.district.store, w.district.admin, path)


def results_back(w: World, site: Site | None = None) -> list[ImportedFile]:
    """The district writes its result files; the village reads the one addressed to it."""
    site = site or w.village
    with site.store.session() as session:
        from lingkaran_desktop.services.installation import installation_of

        region = installation_of(session).region_code
    return [
        import_results(site.store, site.verifier, Path(written.path))
        for written in export_results(w.district.store, w.district.admin, w.tmp / "usb")
        if Path(written.path).name.startswith(f"{region}-hasil-")
    ]


def enroll(w: World, niks: list[str], site: Site | None = None) -> None:
    """BPJS answers with a KPJ for each NIK; the result file goes back to the village."""
    site = site or w.village
    bpjs_answers(w, dict.fromkeys(niks))
    for written in export_results(w.district.store, w.district.admin, w.tmp / "usb"):
        import_results(site.store, site.verifier, Path(written.path))


# --- four eyes on corrections and withdrawals of sent records -----------------------------------


def approve_waiting(site: Site) -> int:
    """A second person approves every change waiting at ``site`` (the verifier, or the admin
    for the verifier's own requests). Returns how many."""
    waiting = changes_to_check(site.store, site.admin)
    for request in waiting:
        checker = site.admin if same_person(request.by, site.verifier.name) else site.verifier
        approve_change(site.store, checker, request.id)
    return len(waiting)


def correct(site: Site, actor: Actor, nik: str, changes: dict, reason: str) -> Correction:
    """An officer asks for a correction and a second person approves it; the result shows the
    record as it is after approval."""
    done = correct_candidate(site.store, actor, nik, changes, reason)
    approve_waiting(site)
    return replace(done, candidate=_now(site, done))


def withdraw(site: Site, actor: Actor, nik: str, reason: str) -> Withdrawal:
    """An officer asks to withdraw a record (a sent one waits for a second person, who
    approves it here); the result shows the record as it is afterwards."""
    done = withdraw_candidate(site.store, actor, nik, reason)
    approve_waiting(site)
    return replace(done, candidate=_now(site, done))


def _now(site: Site, done: Correction | Withdrawal) -> dict:
    """The record the change was about (running or older program), as stored now."""
    if done.change_id is None:  # not sent: rejected at once, nothing waited
        return done.candidate
    with site.store.session() as session:
        change = session.get(CandidateChange, done.change_id)
        return candidate_dict(session.get(Candidate, change.candidate_id))
