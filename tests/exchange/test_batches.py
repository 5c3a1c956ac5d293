"""Batches between a village and the district: accepted once, refused when anything is wrong."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.exchange import container
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.batches import export_batch, import_batch, station_status
from lingkaran_desktop.services.candidates import count_by_status, list_candidates
from lingkaran_desktop.services.doctor import run_doctor
from lingkaran_desktop.services.installation import create_installation
from lingkaran_desktop.services.trust import publish_program
from tests.conftest import PASSWORD
from tests.exchange.conftest import make_village


def snapshot(store) -> str:
    """A digest of every table's content: 'the district database is unchanged'."""
    digest = hashlib.sha256()
    with store.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1")):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_verified_candidates_travel_and_become_submitted_on_both_sides(world, rng) -> None:
    niks = world.register(rng, 5)
    sent = export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    assert Path(sent.path).name == "35.09.01.2001-0001.lkbatch"
    assert sent.records == 5
    assert count_by_status(world.village.store, world.village.admin)["submitted"] == 5
    result = import_batch(world.district.store, world.district.admin, Path(sent.path))
    assert (result.outcome, result.new, result.sequence) == ("accepted", 5, 1)
    rows = list_candidates(world.district.store, world.district.admin)
    assert sorted(r["nik"] for r in rows) == sorted(niks)
    assert {r["status"] for r in rows} == {"submitted"}
    assert {r["entered_by"] for r in rows} == {"siti"}
    assert {r["verified_by"] for r in rows} == {"budi"}
    assert run_doctor(world.district.store).ok
    assert run_doctor(world.village.store).ok


def test_nothing_verified_means_no_file(world) -> None:
    with pytest.raises(DomainError) as exc:
        export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    assert exc.value.code == "NOTHING_TO_SEND"
    assert not (world.tmp / "usb").exists() or not any((world.tmp / "usb").iterdir())


def test_second_batch_holds_only_what_was_not_sent(world, rng) -> None:
    world.register(rng, 3)
    export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    world.register(rng, 2)
    second = export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    assert (second.sequence, second.records) == (2, 2)


def test_replay_is_reported_and_changes_nothing(world, rng) -> None:
    world.register(rng, 3)
    sent = export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    assert import_batch(world.district.store, world.district.admin, Path(sent.path)).outcome == (
        "accepted"
    )
    before = snapshot(world.district.store)
    again = import_batch(world.district.store, world.district.admin, Path(sent.path))
    assert again.outcome == "already_imported"
    assert snapshot(world.district.store) == before


def _refused(world, path: Path, code: str) -> None:
    before = snapshot(world.district.store)
    result = import_batch(world.district.store, world.district.admin, path)
    assert result.outcome == "refused", result
    assert result.code == code, (result.code, result.reason)
    assert result.reason and "\n" not in result.reason
    assert snapshot(world.district.store) == before


@pytest.fixture
def batch(world, rng) -> Path:
    world.register(rng, 4)
    return Path(export_batch(world.village.store, world.village.verifier, world.tmp / "usb").path)


def test_every_single_byte_flip_is_refused(world, batch) -> None:
    data = batch.read_bytes()
    positions = sorted({0, 5, 9, 13, 40, len(data) // 3, len(data) // 2, len(data) - 70,
                        len(data) - 1, *range(12, len(data), max(1, len(data) // 40))})  # fmt: skip
    before = snapshot(world.district.store)
    for pos in positions:
        flipped = bytearray(data)
        flipped[pos] ^= 0x01
        target = world.tmp / f"flip-{pos}.lkbatch"
        target.write_bytes(bytes(flipped))
        result = import_batch(world.district.store, world.district.admin, target)
        assert result.outcome == "refused", pos
    assert snapshot(world.district.store) == before


@pytest.mark.parametrize("keep", [0, 5, 11, 100, -1])
def test_truncated_batch_is_refused(world, batch, keep) -> None:
    data = batch.read_bytes()
    cut = world.tmp / "cut.lkbatch"
    cut.write_bytes(data[:keep] if keep >= 0 else data[:-1])
    _refused(world, cut, "FILE_TRUNCATED")


def test_appended_bytes_are_refused(world, batch) -> None:
    longer = world.tmp / "long.lkbatch"
    longer.write_bytes(batch.read_bytes() + b"PK\x03\x04 virus")
    _refused(world, longer, "FILE_EXTRA_BYTES")


def test_manifest_swapped_with_another_batch_is_refused(world, rng, batch) -> None:
    world.register(rng, 2)
    other = Path(export_batch(world.village.store, world.village.verifier, world.tmp / "usb").path)
    a, b = batch.read_bytes(), other.read_bytes()
    env_a = container.unpack(a, "batch")
    env_b = container.unpack(b, "batch")
    # manifest + signature of B, payload of A
    swapped = world.tmp / "swapped.lkbatch"
    swapped.write_bytes(b[: len(b) - len(env_b.payload)] + env_a.payload)
    result = import_batch(world.district.store, world.district.admin, swapped)
    assert result.outcome == "refused" and result.code in ("FILE_TRUNCATED", "FILE_EXTRA_BYTES",
                                                           "PAYLOAD_ALTERED")  # fmt: skip


def test_not_a_batch_at_all(world) -> None:
    junk = world.tmp / "foto.lkbatch"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 500)
    _refused(world, junk, "FILE_NOT_EXCHANGE")
    _refused(world, world.tmp / "missing.lkbatch", "EXCHANGE_FILE_NOT_FOUND")
    _refused(world, world.program_file, "FILE_KIND_WRONG")


def test_batch_from_an_unregistered_station_is_refused(world, rng, tmp_path) -> None:
    stranger_store, stranger_admin = create_installation(
        Home(tmp_path / "asing"), "village", "35.09.01.2002", "admin", PASSWORD
    )
    from lingkaran_desktop.services.trust import load_program

    load_program(stranger_store, stranger_admin, world.program_file)
    from lingkaran_desktop.services.users import add_user, authenticate
    from tests.exchange.conftest import Site, World

    for name, role in (("siti", "operator"), ("budi", "verifier")):
        add_user(stranger_store, stranger_admin, name, role, PASSWORD)
    site = Site(stranger_store, stranger_admin, authenticate(stranger_store, "siti", PASSWORD),
                authenticate(stranger_store, "budi", PASSWORD))  # fmt: skip
    World(world.tmp, world.district, site, world.program_file).register(rng, 2)
    sent = export_batch(stranger_store, site.verifier, tmp_path / "usb-asing")
    _refused(world, Path(sent.path), "STATION_UNKNOWN")
    stranger_store.close()


def test_batch_signed_with_another_key_is_refused(world, batch) -> None:
    """A forger who copies the station id but signs with their own key."""
    from lingkaran_desktop.exchange.keys import StationKeys

    env = container.unpack(batch.read_bytes(), "batch")
    forged = container.pack("batch", {k: v for k, v in env.manifest.items()
                                      if not k.startswith("payload_")},
                            env.payload, StationKeys.generate().signing)  # fmt: skip
    target = world.tmp / "forged.lkbatch"
    target.write_bytes(forged)
    _refused(world, target, "SIGNATURE_INVALID")


def test_batch_sent_to_the_wrong_district_is_refused(world, batch, tmp_path) -> None:
    other_store, other_admin = create_installation(
        Home(tmp_path / "kab-lain"), "district", "35.09", "kadis", PASSWORD
    )
    from datetime import date

    publish_program(other_store, other_admin, tmp_path / "lain.lkprog", name="Lain", year=2026,
                    start=date(2026, 1, 1), months=12)  # fmt: skip
    from lingkaran_desktop.services.trust import add_station

    add_station(other_store, other_admin, world.tmp / "desa.lkstation")
    result = import_batch(other_store, other_admin, batch)
    assert result.outcome == "refused" and result.code == "WRONG_RECIPIENT"
    other_store.close()


def test_the_same_nik_from_two_villages_is_a_conflict_for_the_district(world, rng) -> None:
    second = make_village(world.tmp, "desa2", "35.09.01.2002", world.district, world.program_file)
    niks = world.register(rng, 2)
    from lingkaran_desktop.domain.candidate import CandidateFields
    from lingkaran_desktop.services.candidates import decide, register_candidate

    for nik in niks:  # the same people proposed by the neighbouring village too
        row = list_candidates(world.village.store, world.village.admin, search=nik)[0]
        register_candidate(second.store, second.operator, CandidateFields(
            nik=nik, name=row["name"], sex=row["sex"], birth_date=row["birth_date"],
            occupation="P006"))  # fmt: skip
    decide(second.store, second.verifier, niks)
    a = export_batch(world.village.store, world.village.verifier, world.tmp / "usb1")
    b = export_batch(second.store, second.verifier, world.tmp / "usb2")
    assert import_batch(world.district.store, world.district.admin, Path(a.path)).new == 2
    result = import_batch(world.district.store, world.district.admin, Path(b.path))
    assert (result.outcome, result.new, result.conflicts) == ("accepted", 0, 2)
    assert len(list_candidates(world.district.store, world.district.admin)) == 2
    second.store.close()


def test_gaps_show_lost_batches(world, rng) -> None:
    world.register(rng, 1)
    first = export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    world.register(rng, 1)
    export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    world.register(rng, 1)
    third = export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    import_batch(world.district.store, world.district.admin, Path(first.path))
    import_batch(world.district.store, world.district.admin, Path(third.path))
    status = station_status(world.district.store)
    assert status[0].received == [1, 3] and status[0].gaps == [2]


def test_a_pulled_stick_leaves_no_valid_looking_file_and_records_stay_unsent(
    world, rng, monkeypatch
) -> None:
    world.register(rng, 3)

    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(container.os, "fsync", broken_fsync)
    with pytest.raises(DomainError) as exc:
        export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    assert exc.value.code == "FILE_WRITE_FAILED"
    assert list((world.tmp / "usb").glob("*.lkbatch")) == []
    assert count_by_status(world.village.store, world.village.admin)["verified"] == 3


def test_private_keys_are_not_in_the_database_file_in_clear(world) -> None:
    """A stolen database (without a password) holds no private key in clear."""
    from lingkaran_desktop.exchange.keys import raw_private
    from lingkaran_desktop.services.keyring import open_station_keys

    store = world.district.store
    if not store.is_sqlite:
        pytest.skip("reads the SQLite file itself")
    with store.session() as session:
        keys = open_station_keys(session, "kadis", world.district.admin.key)
        with pytest.raises(DomainError) as exc:
            open_station_keys(session, "tamu", b"\x00" * 32)
    assert exc.value.code == "KEYS_LOCKED"
    store.engine.dispose()  # checkpoint the WAL into the file
    raw = store.home.database.read_bytes()
    for secret in (raw_private(keys.signing), raw_private(keys.encryption)):
        assert secret not in raw
    assert keys.signing_public in raw  # the public half is stored as it is


def test_decided_conflict_tells_the_losing_village_in_its_results(world, rng) -> None:
    from lingkaran_desktop.domain.candidate import CandidateFields
    from lingkaran_desktop.services.batches import export_results, import_results
    from lingkaran_desktop.services.candidates import decide, register_candidate
    from lingkaran_desktop.services.conflicts import decide_conflict, list_conflicts

    second = make_village(world.tmp, "desa2", "35.09.01.2002", world.district, world.program_file)
    nik = world.register(rng, 1)[0]
    row = list_candidates(world.village.store, world.village.admin, search=nik)[0]
    register_candidate(second.store, second.operator, CandidateFields(
        nik=nik, name=row["name"], sex=row["sex"], birth_date=row["birth_date"],
        occupation="P006"))  # fmt: skip
    decide(second.store, second.verifier, [nik])
    for site, folder in ((world.village, "u1"), (second, "u2")):
        sent = export_batch(site.store, site.verifier, world.tmp / folder)
        import_batch(world.district.store, world.district.admin, Path(sent.path))
    conflicts = list_conflicts(world.district.store, world.district.admin)
    assert len(conflicts) == 1 and conflicts[0].village_incoming == "35.09.01.2002"
    with pytest.raises(DomainError):
        decide_conflict(world.district.store, world.district.admin, conflicts[0].id,
                        replace=True, reason=" ")  # fmt: skip
    decide_conflict(world.district.store, world.district.admin, conflicts[0].id, replace=True,
                    reason="KK menunjukkan tinggal di desa 2002")  # fmt: skip
    district_row = list_candidates(world.district.store, world.district.admin)[0]
    assert district_row["village_code"] == "35.09.01.2002"
    files = export_results(world.district.store, world.district.admin, world.tmp / "hasil")
    first_village_file = next(f for f in files if "35.09.01.2001" in f.path)
    assert first_village_file.records == 1  # its only result: the record that lost
    outcome = import_results(world.village.store, world.village.verifier,
                             Path(first_village_file.path))  # fmt: skip
    assert outcome.outcome == "accepted" and outcome.updated == 1
    mine = list_candidates(world.village.store, world.village.admin)[0]
    assert mine["status"] == "rejected" and "35.09.01.2002" in mine["rejection_reason"]
    assert run_doctor(world.district.store).ok and run_doctor(world.village.store).ok
    second.store.close()


def test_result_file_from_another_district_is_refused_by_the_village(world, rng, tmp_path):
    from lingkaran_desktop.services.batches import import_results

    world.register(rng, 1)
    sent = export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    # A batch is not a result; and a result must come from the village's own district.
    outcome = import_results(world.village.store, world.village.verifier, Path(sent.path))
    assert outcome.outcome == "refused" and outcome.code == "FILE_KIND_WRONG"


ENGINES = ("sqlite", "postgresql")


def test_an_enrolled_participant_cannot_be_replaced_by_another_villages_record(world, rng):
    from lingkaran_desktop.domain.candidate import CandidateFields
    from lingkaran_desktop.services.candidates import decide, register_candidate
    from lingkaran_desktop.services.conflicts import decide_conflict, list_conflicts

    second = make_village(world.tmp, "desa2", "35.09.01.2002", world.district, world.program_file)
    nik = world.register(rng, 1)[0]
    row = list_candidates(world.village.store, world.village.admin, search=nik)[0]
    register_candidate(second.store, second.operator, CandidateFields(
        nik=nik, name=row["name"], sex=row["sex"], birth_date=row["birth_date"],
        occupation="P006"))  # fmt: skip
    decide(second.store, second.verifier, [nik])
    first = export_batch(world.village.store, world.village.verifier, world.tmp / "u1")
    import_batch(world.district.store, world.district.admin, Path(first.path))
    with world.district.store.engine.begin() as conn:  # BPJS enrolled the first village's record
        conn.execute(text("UPDATE candidate SET status = 'enrolled', kpj = '26000000001'"))
    sent = export_batch(second.store, second.verifier, world.tmp / "u2")
    import_batch(world.district.store, world.district.admin, Path(sent.path))
    conflict = list_conflicts(world.district.store, world.district.admin)[0]
    with pytest.raises(DomainError) as exc:
        decide_conflict(world.district.store, world.district.admin, conflict.id, replace=True,
                        reason="pindah domisili")  # fmt: skip
    assert exc.value.code == "CONFLICT_ALREADY_ENROLLED"
    decide_conflict(world.district.store, world.district.admin, conflict.id, replace=False,
                    reason="sudah terdaftar lewat desa 2001")  # fmt: skip
    second.store.close()


def test_many_files_at_once_a_file_refused_late_changes_nothing_and_others_go_in(
    world, rng, monkeypatch
) -> None:
    """`batch import A B C` runs the files in one transaction, each in its own savepoint: B is
    refused only after its records were inserted (its change list is malformed), and exactly
    B's writes are undone; A and C go in, and the audit chain stays whole."""
    from lingkaran_desktop.services import batches

    first = world.register(rng, 3)
    a = export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    second = world.register(rng, 2)
    with monkeypatch.context() as patch:
        patch.setattr(batches, "wire_changes", lambda _changes: ("bukan daftar", []))
        b = export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    third = world.register(rng, 4)
    c = export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
    d = world.district
    outcomes = batches.import_batches(d.store, d.admin, [Path(a.path), Path(b.path), Path(c.path)])
    assert [(o.outcome, o.code) for o in outcomes] == [
        ("accepted", None), ("refused", "PAYLOAD_INVALID"), ("accepted", None)
    ]  # fmt: skip
    held = {c["nik"] for c in list_candidates(d.store, d.admin, limit=100)}
    assert held == set(first) | set(third) and not held & set(second)
    assert [s.received for s in station_status(d.store)] == [[1, 3]]  # B shows as a gap
    assert run_doctor(d.store).ok
    _name_index_matches(d.store)


def _name_index_matches(store) -> None:
    """SQLite: the name index holds exactly the candidates (a refused file's entries went with
    it), and its insert trigger, dropped while the files went in, is back."""
    if store.engine.dialect.name != "sqlite":
        return
    with store.session() as session:
        ids = list(session.execute(text("SELECT id FROM candidate ORDER BY id")).scalars())
        indexed = session.execute(text("SELECT rowid FROM candidate_fts ORDER BY rowid"))
        assert list(indexed.scalars()) == ids
        trigger = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = :n"
        assert session.execute(text(trigger), {"n": "candidate_fts_ai"}).scalar() == 1


def test_many_files_are_committed_in_groups_and_cancel_keeps_what_is_done(
    world, rng, monkeypatch
) -> None:
    from lingkaran_desktop.services import batches

    monkeypatch.setattr(batches, "FILES_PER_TRANSACTION", 2)
    files = []
    for _ in range(5):
        world.register(rng, 1)
        sent = export_batch(world.village.store, world.village.verifier, world.tmp / "usb")
        files.append(Path(sent.path))
    d = world.district
    seen: list[tuple[int, int]] = []
    outcomes = batches.import_batches(
        d.store, d.admin, files, progress=lambda n, total: seen.append((n, total)),
        cancelled=lambda: len(seen) == 3,
    )  # fmt: skip
    assert [o.outcome for o in outcomes] == ["accepted"] * 3
    assert seen == [(1, 5), (2, 5), (3, 5)]
    assert [s.received for s in station_status(d.store)] == [[1, 2, 3]]
    again = batches.import_batches(d.store, d.admin, files)
    assert [o.outcome for o in again] == ["already_imported"] * 3 + ["accepted"] * 2
    assert run_doctor(d.store).ok
    _name_index_matches(d.store)
