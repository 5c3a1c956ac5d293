"""Registering, verifying and rejecting candidates through the services."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlmodel import select

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.candidates import (
    count_by_status,
    decide,
    list_candidates,
    register_candidate,
)
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import AuditEvent, Candidate
from lingkaran_desktop.store.store import Store
from tests.conftest import make_nik


def fields(rng: random.Random, **overrides: object) -> CandidateFields:
    birth = date(1980, 5, 12)
    base: dict[str, object] = {
        "nik": make_nik(rng, birth=birth, sex="P"),
        "name": "Siti Aminah",
        "sex": "P",
        "birth_date": birth.isoformat(),
        "occupation": "P006",
        "phone": "0812-3456-7890",
    }
    base.update(overrides)
    return CandidateFields(**base)  # type: ignore[arg-type]


def audit_count(store: Store) -> int:
    with store.session() as s:
        return len(s.exec(select(AuditEvent)).all())


def test_registered_candidate_is_proposed_with_clean_values(village, staff, rng) -> None:
    store, _ = village
    result = register_candidate(store, staff["operator"], fields(rng, phone="0812 3456 7890"))
    c = result.candidate
    assert c["status"] == "proposed"
    assert c["phone"] == "+6281234567890"
    assert c["village_code"] == "35.09.01.2001"
    assert c["entered_by"] == "siti"
    assert result.warnings == []


def test_same_nik_only_once_per_program(village, staff, rng) -> None:
    store, _ = village
    f = fields(rng)
    register_candidate(store, staff["operator"], f)
    before = audit_count(store)
    with pytest.raises(DomainError) as exc:
        register_candidate(store, staff["operator"], fields(rng, nik=f.nik, name="Orang Lain"))
    assert exc.value.code == "NIK_ALREADY_REGISTERED"
    assert "Siti Aminah" in exc.value.finding.message
    assert audit_count(store) == before


def test_duplicate_nik_refused_even_when_typed_with_spaces_and_dots(village, staff, rng) -> None:
    store, _ = village
    f = fields(rng)
    register_candidate(store, staff["operator"], f)
    spaced = f"{f.nik[:6]} {f.nik[6:12]}.{f.nik[12:]}"
    with pytest.raises(DomainError, match="sudah terdaftar"):
        register_candidate(store, staff["operator"], fields(rng, nik=spaced))


def test_too_young_at_coverage_start_is_rejected_and_nothing_saved(village, staff, rng) -> None:
    store, _ = village
    birth = date(2010, 1, 2)
    with pytest.raises(DomainError) as exc:
        register_candidate(
            store,
            staff["operator"],
            fields(rng, nik=make_nik(rng, birth=birth, sex="P"), birth_date=birth.isoformat()),
        )
    assert exc.value.code == "AGE_TOO_YOUNG"
    assert list_candidates(store, staff["admin"]) == []


def test_invalid_nik_is_rejected_with_reason(village, staff, rng) -> None:
    store, _ = village
    with pytest.raises(DomainError) as exc:
        register_candidate(store, staff["operator"], fields(rng, nik="35090152058"))
    assert exc.value.code == "NIK_LENGTH"


def test_several_errors_are_reported_together(village, staff, rng) -> None:
    store, _ = village
    with pytest.raises(DomainError) as exc:
        register_candidate(store, staff["operator"], fields(rng, nik="123", name=" "))
    assert exc.value.code == "INVALID_DATA"
    assert "Nama lengkap wajib diisi" in exc.value.finding.message


def test_nik_birth_date_disagreement_is_a_warning_kept_for_the_verifier(village, staff, rng):
    store, _ = village
    result = register_candidate(store, staff["operator"], fields(rng, birth_date="1980-05-13"))
    codes = [w.code for w in result.warnings]
    assert "NIK_BIRTHDATE_MISMATCH" in codes
    assert "NIK_BIRTHDATE_MISMATCH" in result.candidate["warnings"]


def test_verifier_role_cannot_register(village, staff, rng) -> None:
    store, _ = village
    with pytest.raises(DomainError) as exc:
        register_candidate(store, staff["verifier"], fields(rng))
    assert exc.value.code == "ROLE_FORBIDDEN"


def test_operator_cannot_verify(village, staff, rng) -> None:
    store, _ = village
    f = fields(rng)
    register_candidate(store, staff["operator"], f)
    with pytest.raises(DomainError) as exc:
        decide(store, staff["operator"], [f.nik])
    assert exc.value.code == "ROLE_FORBIDDEN"


def test_four_eyes_enterer_cannot_verify_own_entry(village, staff, rng) -> None:
    store, admin = village
    f = fields(rng)
    register_candidate(store, admin, f)
    with pytest.raises(DomainError) as exc:
        decide(store, admin, [f.nik])
    assert exc.value.code == "FOUR_EYES"
    assert list_candidates(store, admin)[0]["status"] == "proposed"


def test_verify_records_who_and_when(village, staff, rng) -> None:
    store, _ = village
    f = fields(rng)
    register_candidate(store, staff["operator"], f)
    outcome = decide(store, staff["verifier"], [f.nik])
    assert [d.status for d in outcome.decided] == ["verified"]
    row = list_candidates(store, staff["verifier"])[0]
    assert row["verified_by"] == "budi"
    assert row["verified_at"] is not None


def test_explicit_list_is_all_or_nothing(village, staff, rng) -> None:
    store, admin = village
    theirs, mine = fields(rng), fields(rng, name="Budi Santoso", sex="L")
    mine.nik = make_nik(rng, birth=date(1980, 5, 12), sex="L")
    register_candidate(store, staff["operator"], theirs)
    register_candidate(store, admin, mine)
    with pytest.raises(DomainError):
        decide(store, admin, [theirs.nik, mine.nik])
    assert count_by_status(store, admin)["proposed"] == 2


def test_verify_all_skips_own_entries(village, staff, rng) -> None:
    store, admin = village
    register_candidate(store, staff["operator"], fields(rng))
    own = fields(rng, name="Budi Santoso", sex="L", nik=make_nik(rng, birth=date(1980, 5, 12)))
    register_candidate(store, admin, own)
    outcome = decide(store, admin, None)
    assert len(outcome.decided) == 1 and len(outcome.skipped_own) == 1
    counts = count_by_status(store, admin)
    assert counts["verified"] == 1 and counts["proposed"] == 1


def test_reject_needs_a_reason(village, staff, rng) -> None:
    store, _ = village
    f = fields(rng)
    register_candidate(store, staff["operator"], f)
    with pytest.raises(DomainError) as exc:
        decide(store, staff["verifier"], [f.nik], reject=True, reason="  ")
    assert exc.value.code == "REASON_REQUIRED"
    decide(store, staff["verifier"], [f.nik], reject=True, reason="Bukan warga desa ini")
    row = list_candidates(store, staff["verifier"])[0]
    assert row["status"] == "rejected"
    assert row["rejection_reason"] == "Bukan warga desa ini"


def test_verified_candidate_cannot_be_verified_twice(village, staff, rng) -> None:
    store, _ = village
    f = fields(rng)
    register_candidate(store, staff["operator"], f)
    decide(store, staff["verifier"], [f.nik])
    with pytest.raises(DomainError) as exc:
        decide(store, staff["verifier"], [f.nik])
    assert exc.value.code == "STATUS_TRANSITION_NOT_ALLOWED"


def test_unknown_nik_in_verify_list(village, staff, rng) -> None:
    store, _ = village
    with pytest.raises(DomainError) as exc:
        decide(store, staff["verifier"], [make_nik(rng)])
    assert exc.value.code == "CANDIDATE_NOT_FOUND"


def test_every_change_writes_one_audit_event_in_the_same_transaction(village, staff, rng):
    store, _ = village
    start = audit_count(store)
    f = fields(rng)
    register_candidate(store, staff["operator"], f)
    decide(store, staff["verifier"], [f.nik])
    with store.session() as s:
        events = s.exec(select(AuditEvent).order_by(AuditEvent.id)).all()[start:]
        row = s.exec(select(Candidate)).one()
    assert row.status == "verified"
    assert [e.action for e in events] == ["candidate.add", "candidate.verified"]
    assert events[1].actor == "budi"
    assert '"status":"proposed"' in events[1].before
    assert '"status":"verified"' in events[1].after


def test_search_by_name_and_nik_prefix(village, staff, rng) -> None:
    store, admin = village
    f = fields(rng)
    register_candidate(store, staff["operator"], f)
    assert len(list_candidates(store, admin, search="aminah")) == 1
    assert len(list_candidates(store, admin, search=f.nik[:8])) == 1
    assert list_candidates(store, admin, search="tidak ada") == []


def test_district_office_must_name_the_village(tmp_path, rng) -> None:
    from lingkaran_desktop.paths import Home
    from lingkaran_desktop.services.installation import create_installation

    store, admin = create_installation(
        Home(tmp_path / "kab"), "district", "35.09", "admin", "x" * 8
    )
    try:
        with pytest.raises(DomainError) as exc:
            register_candidate(store, admin, fields(rng))
        assert exc.value.code == "VILLAGE_REQUIRED"
        with pytest.raises(DomainError) as exc:
            register_candidate(store, admin, fields(rng, village_code="35.10.01.2001"))
        assert exc.value.code == "VILLAGE_OUTSIDE_REGION"
        ok = register_candidate(store, admin, fields(rng, village_code="35.09.01.2001"))
        assert ok.candidate["village_code"] == "35.09.01.2001"
    finally:
        store.close()


def test_actor_is_a_plain_value_checked_by_services(village, rng) -> None:
    store, _ = village
    intruder = Actor("tamu", "visitor")
    with pytest.raises(DomainError):
        register_candidate(store, intruder, fields(rng))

ENGINES = ("sqlite", "postgresql")


def test_name_search_finds_substrings_and_follows_renames(village, staff, rng) -> None:
    store, admin = village
    register_candidate(store, staff["operator"], fields(rng, name="Siti Nurhaliza Aminah"))
    assert len(list_candidates(store, admin, search="nurhal")) == 1
    assert len(list_candidates(store, admin, search="HALIZA AMI")) == 1
    assert list_candidates(store, admin, search="sutrisno") == []
    from sqlalchemy import text

    with store.engine.begin() as conn:  # the index follows the row
        conn.execute(text("UPDATE candidate SET name = 'Sri Rahayu Sutrisno'"))
    assert len(list_candidates(store, admin, search="sutrisno")) == 1
    assert list_candidates(store, admin, search="nurhal") == []


def _some(store, staff, rng) -> list[dict]:
    people = [
        ("Budi Santoso", "L", date(1970, 3, 4), "P001", "2", "1", "P"),
        ("Ani Rahayu", "P", date(1990, 7, 8), "P006", "10", "2", None),
        ("Citra Dewi", "P", date(1985, 1, 2), "P006", "2", "3", None),
        ("Dodi Saputra", "L", date(1965, 11, 12), "P003", None, None, None),
    ]
    for name, sex, birth, occupation, rt, rw, typed_sex in people:
        register_candidate(store, staff["operator"], fields(
            rng, nik=make_nik(rng, birth=birth, sex=sex), name=name, sex=typed_sex or sex,
            birth_date=birth.isoformat(), occupation=occupation, rt=rt, rw=rw))
    return list_candidates(store, staff["admin"])


def test_sort_in_sql_by_each_whitelisted_column(village, staff, rng) -> None:
    store, admin = village
    rows = _some(store, staff, rng)
    names = [r["name"] for r in rows]
    assert names == ["Budi Santoso", "Ani Rahayu", "Citra Dewi", "Dodi Saputra"]  # entry order

    def order(column: str, descending: bool = False) -> list[str]:
        return [r["name"] for r in list_candidates(store, admin, order_by=column,
                                                   descending=descending)]

    assert order("name") == sorted(names)
    assert order("name", descending=True) == sorted(names, reverse=True)
    assert order("nik") == [r["name"] for r in sorted(rows, key=lambda r: r["nik"])]
    assert order("birth_date") == ["Dodi Saputra", "Budi Santoso", "Citra Dewi", "Ani Rahayu"]
    assert order("birth_date", True) == ["Ani Rahayu", "Citra Dewi", "Budi Santoso",
                                         "Dodi Saputra"]
    # RT then RW; no RT comes last both ways, on SQLite as on PostgreSQL.
    assert order("rt_rw") == ["Budi Santoso", "Citra Dewi", "Ani Rahayu", "Dodi Saputra"]
    assert order("rt_rw", True)[-1] == "Dodi Saputra"
    decide(store, staff["verifier"], [rows[2]["nik"]])
    assert order("status")[-1] == "Citra Dewi"  # "proposed" < "verified"
    assert order("village") == names  # one village: ties keep the entry order
    # Paging a sorted list: pages join up with no row twice.
    paged = [r["name"] for o in range(0, 4, 3)
             for r in list_candidates(store, admin, order_by="name", limit=3, offset=o)]
    assert paged == sorted(names)
    with pytest.raises(ValueError, match="cannot sort"):
        list_candidates(store, admin, order_by="name; DROP TABLE candidate")


def test_filters_by_occupation_rt_rw_and_warnings(village, staff, rng) -> None:
    from lingkaran_desktop.services.candidates import count_candidates, occupations_in_use

    store, admin = village
    _some(store, staff, rng)

    def names(**filters: object) -> list[str]:
        found = [r["name"] for r in list_candidates(store, admin, order_by="name", **filters)]
        assert count_candidates(store, admin, **filters) == len(found)
        return found

    assert names(occupation="P006") == ["Ani Rahayu", "Citra Dewi"]
    assert names(occupation="p006", rt="2") == ["Citra Dewi"]
    assert names(rt="002") == ["Budi Santoso", "Citra Dewi"]
    assert names(rt=" 2 ", rw="1") == ["Budi Santoso"]
    assert names(rw="3") == ["Citra Dewi"]
    assert names(rt="x") == []
    assert names(has_warnings=True) == ["Budi Santoso"]  # typed sex disagrees with the NIK
    assert names(status="proposed", search="santoso", has_warnings=True) == ["Budi Santoso"]
    assert names(search="sa", occupation="P003") == ["Dodi Saputra"]  # short name: the LIKE path
    assert occupations_in_use(store, admin) == [("P001", 1), ("P003", 1), ("P006", 2)]
    with pytest.raises(DomainError):
        occupations_in_use(store, Actor("tamu", "visitor"))


def test_bulk_inserted_rows_are_found_by_name_and_the_index_trigger_survives(village, staff, rng):
    """The bulk path fills the SQLite name index in one go; later single inserts still index."""
    from lingkaran_desktop import clock
    from lingkaran_desktop.services.audit import last_hash
    from lingkaran_desktop.services.bulk import candidate_defaults, insert_candidates
    from lingkaran_desktop.services.installation import active_program

    store, admin = village
    with store.session() as session:
        program = active_program(session)
        rows = []
        for i, name in enumerate(["Bulk Sukarti", "Bulk Paijo"]):
            row = candidate_defaults()
            del row["id"]
            row.update(program_id=program.id, nik=make_nik(rng, serial=100 + i), name=name,
                       sex="L", birth_date=date(1980, 1, 1), village_code="35.09.01.2001",
                       occupation_code="P001", status="proposed", entered_by="siti",
                       entered_at=clock.now(), updated_at=clock.now())  # fmt: skip
            rows.append(row)
        insert_candidates(session, "siti", rows, "candidate.import", None, last_hash(session))
    assert len(list_candidates(store, admin, search="sukarti")) == 1
    register_candidate(store, staff["operator"], fields(rng, name="Satu Lagi Sukarti"))
    assert len(list_candidates(store, admin, search="sukarti")) == 2


def test_correcting_a_verified_record_sends_it_back_for_checking(village, staff, rng) -> None:
    from lingkaran_desktop.services.candidates import fields_of, get_candidate, update_candidate

    store, admin = village
    f = fields(rng)
    register_candidate(store, staff["operator"], f)
    decide(store, staff["verifier"], [f.nik])
    corrected = fields_of(get_candidate(store, admin, f.nik))
    corrected.name = "Siti Aminah Binti Sahlan"
    result = update_candidate(store, admin, f.nik, corrected, "nama sesuai KTP")
    row = result.candidate
    assert row["name"] == "Siti Aminah Binti Sahlan" and row["status"] == "proposed"
    assert row["verified_by"] is None and row["entered_by"] == "admin"
    with pytest.raises(DomainError) as exc:  # the corrector may not approve own correction
        decide(store, admin, [f.nik])
    assert exc.value.code == "FOUR_EYES"
    decide(store, staff["verifier"], [f.nik])
    with store.session() as s:
        last = s.exec(select(AuditEvent).where(AuditEvent.action == "candidate.edit")).one()
    assert last.reason == "nama sesuai KTP" and '"name":"Siti Aminah"' in last.before


def test_a_bad_correction_changes_nothing_and_sent_records_are_locked(village, staff, rng):
    from lingkaran_desktop.services.candidates import fields_of, get_candidate, update_candidate

    store, admin = village
    f = fields(rng)
    register_candidate(store, staff["operator"], f)
    bad = fields_of(get_candidate(store, admin, f.nik))
    bad.birth_date = "2015-01-01"
    with pytest.raises(DomainError) as exc:
        update_candidate(store, staff["operator"], f.nik, bad)
    assert exc.value.code in ("AGE_TOO_YOUNG", "INVALID_DATA")
    assert get_candidate(store, admin, f.nik)["birth_date"] == date(1980, 5, 12)
    from sqlalchemy import text

    with store.engine.begin() as conn:
        conn.execute(text("UPDATE candidate SET status = 'submitted'"))
    same = fields_of(get_candidate(store, admin, f.nik))
    with pytest.raises(DomainError) as exc:
        update_candidate(store, staff["operator"], f.nik, same)
    assert exc.value.code == "CANDIDATE_LOCKED"


def test_bulk_job_leaves_what_it_made_in_the_oldest_generation() -> None:
    """collector_paused: the objects a bulk job leaves alive (an import's report) are not walked
    by the collector's next young collection — they join the oldest generation — and the
    collector is on again afterwards."""
    import gc

    from lingkaran_desktop.services.bulk import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        kept = [[n] for n in range(1000)]
    assert gc.isenabled()
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(item) in oldest for item in kept)
