"""The same schema and services on PostgreSQL, and moving an installation there."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import text

from lingkaran_desktop.cli import main
from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.candidates import list_candidates, register_candidate
from lingkaran_desktop.services.users import authenticate
from lingkaran_desktop.store.db import current_revision, head_revision
from lingkaran_desktop.store.store import Store
from tests.conftest import PASSWORD, make_nik

ENGINES = ("postgresql",)


def test_migrations_build_an_empty_postgresql_database(tmp_path, engine) -> None:
    store = Store.open(Home(tmp_path / "h"), create=True, url=engine)
    try:
        assert store.engine.dialect.name == "postgresql"
        assert current_revision(store.engine) == head_revision(store.engine)
        with store.engine.connect() as conn:
            kind = conn.execute(text(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_name = 'candidate' AND column_name = 'entered_at'"
            )).scalar()  # fmt: skip
        assert kind == "timestamp with time zone"
    finally:
        store.close()


def test_migrate_db_moves_a_village_to_postgresql_and_doctor_passes(
    rng, engine, tmp_path, monkeypatch, capsys
) -> None:
    from lingkaran_desktop.services.installation import create_installation

    store, admin = create_installation(  # SQLite, in the data folder
        Home(tmp_path / "desa"), "village", "35.09.01.2001", "admin", PASSWORD
    )
    for i in range(3):
        register_candidate(store, admin, CandidateFields(
            nik=make_nik(rng, birth=date(1980, 1, 1 + i), serial=i + 1), name=f"Warga {'ABC'[i]}",
            sex="L", birth_date=f"1980-01-0{1 + i}", occupation="P001"))  # fmt: skip
    store.close()
    monkeypatch.setenv("LINGKARAN_PASSWORD", PASSWORD)
    source = f"sqlite:///{store.home.database}"
    code = main(["--home", str(store.home.root), "migrate-db", "--from", source, "--to", engine,
                 "--json"])  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["doctor_ok"] and out["counts"]["candidate"] == 3
    moved = Store.open(store.home, url=engine)
    try:
        actor = authenticate(moved, "admin", PASSWORD)
        assert actor.key is not None
        register_candidate(moved, actor, CandidateFields(  # the id sequences continue
            nik=make_nik(rng, birth=date(1981, 1, 1), serial=9), name="Warga Baru", sex="L",
            birth_date="1981-01-01", occupation="P001"))  # fmt: skip
        assert len(list_candidates(moved, actor)) == 4
    finally:
        moved.close()
    # A second copy into the same target is refused.
    assert main(["--home", str(store.home.root), "migrate-db", "--from", source,
                 "--to", engine]) == 1  # fmt: skip


def test_migration_0006_goes_down_and_up_on_postgresql(tmp_path, engine) -> None:
    """The corrections/withdrawals table (candidate_change) on PostgreSQL: bpjs defaults to
    false in the database too, and the revision can be taken back."""
    from alembic import command

    from lingkaran_desktop.store.db import alembic_config

    store = Store.open(Home(tmp_path / "h"), create=True, url=engine)
    exists = text("SELECT count(*) FROM information_schema.tables "
                  "WHERE table_name = 'candidate_change'")  # fmt: skip
    default = text("SELECT column_default FROM information_schema.columns "
                   "WHERE table_name = 'candidate_change' AND column_name = 'bpjs'")  # fmt: skip
    try:
        with store.engine.connect() as conn:
            assert conn.execute(exists).scalar() == 1
            assert conn.execute(default).scalar() == "false"
        command.downgrade(alembic_config(store.engine), "0005")
        with store.engine.connect() as conn:
            assert conn.execute(exists).scalar() == 0
        command.upgrade(alembic_config(store.engine), "head")
        assert current_revision(store.engine) == head_revision(store.engine)
    finally:
        store.close()
