"""Indonesian messages name statuses and roles in Indonesian; the English ones keep the codes.

A new-user trial found "Data ini berstatus 'enrolled'", "(status rejected)", "(peran verifier)"
and bpjs import-result's "Baris 2: status rejected"; and 'withdraw 12345' said "no candidate with
NIK •••" instead of what is wrong with the NIK.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from lingkaran_desktop.cli import main
from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.domain.findings import DomainError, Finding
from lingkaran_desktop.domain.messages import CATALOG
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.bpjs import import_result
from lingkaran_desktop.services.candidates import (
    decide,
    fields_of,
    get_candidate,
    register_candidate,
    update_candidate,
)
from lingkaran_desktop.services.installation import create_installation
from tests.conftest import PASSWORD, make_nik

ENGINES = ("sqlite", "postgresql")

# Stored codes that must never show in Indonesian text ("operator" and "admin" are Indonesian).
ENGLISH_CODES = re.compile(
    r"\b(draft|proposed|verified|submitted|enrolled|rejected|ended|verifier)\b", re.IGNORECASE
)


def english_codes(message: str) -> list[str]:
    return ENGLISH_CODES.findall(message)


def refusal(call, *args, **kwargs) -> Finding:
    with pytest.raises(DomainError) as exc:
        call(*args, **kwargs)
    return exc.value.finding


def person(rng, **overrides) -> CandidateFields:
    values = {"nik": make_nik(rng, birth=date(1980, 5, 12), sex="P"), "name": "Siti Aminah",
              "sex": "P", "birth_date": "1980-05-12", "occupation": "P006"}  # fmt: skip
    values.update(overrides)
    return CandidateFields(**values)


def set_status(store, nik: str, status: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE candidate SET status = :s WHERE nik = :n"),
                     {"s": status, "n": nik})  # fmt: skip


LOCKED = [("enrolled", "terdaftar"), ("ended", "berakhir"), ("submitted", "diajukan ke kabupaten")]


@pytest.mark.parametrize(("status", "label"), LOCKED)
def test_a_locked_record_names_its_status_in_indonesian(village, staff, rng, status, label):
    store, admin = village
    f = person(rng)
    register_candidate(store, staff["operator"], f)
    set_status(store, f.nik, status)
    same = fields_of(get_candidate(store, admin, f.nik))
    finding = refusal(update_candidate, store, staff["operator"], f.nik, same, "alasan")
    assert finding.code == "CANDIDATE_LOCKED"
    assert f"Data ini berstatus '{label}'" in finding.text("id")
    assert english_codes(finding.text("id")) == []
    assert f"This record's status is '{status}'" in finding.text("en")
    assert label not in finding.text("en")


def test_a_nik_registered_twice_names_the_status_in_indonesian(village, staff, rng) -> None:
    store, _admin = village
    f = person(rng)
    register_candidate(store, staff["operator"], f)
    decide(store, staff["verifier"], [f.nik], reject=True, reason="bukan warga desa")
    finding = refusal(register_candidate, store, staff["operator"], person(rng, nik=f.nik))
    assert finding.code == "NIK_ALREADY_REGISTERED"
    assert "atas nama Siti Aminah (status ditolak)" in finding.text("id")
    assert english_codes(finding.text("id")) == []
    assert "(status rejected)" in finding.text("en")

    # the same clash met while correcting another record's NIK
    other = person(rng, name="Dewi Lestari")
    register_candidate(store, staff["operator"], other)
    moved = person(rng, nik=f.nik, name="Dewi Lestari")
    finding = refusal(update_candidate, store, staff["operator"], other.nik, moved, "salah ketik")
    assert "(status ditolak)" in finding.text("id")


def test_role_refusals_name_the_role_in_indonesian(village, staff, rng) -> None:
    store, _admin = village
    finding = refusal(register_candidate, store, staff["verifier"], person(rng))
    assert finding.code == "ROLE_FORBIDDEN"
    assert finding.text("id") == (
        "Pengguna 'budi' (peran verifikator) tidak berhak: memasukkan atau mengubah data calon "
        "peserta."
    )
    assert finding.text("en") == "User 'budi' (role verifier) may not: enter or change candidates."
    f = person(rng)
    register_candidate(store, staff["operator"], f)
    finding = refusal(decide, store, staff["operator"], [f.nik])
    assert "(peran operator) tidak berhak: memverifikasi calon peserta" in finding.text("id")
    assert "(role operator) may not: verify candidates" in finding.text("en")


def test_a_malformed_nik_says_what_is_wrong_before_looking_it_up(village, staff, rng) -> None:
    store, admin = village
    for call, args in (
        (get_candidate, (store, admin, "12345")),
        (update_candidate, (store, staff["operator"], "12345", person(rng), "alasan")),
        (decide, (store, staff["verifier"], ["3509-0152-05ab"])),
    ):
        finding = refusal(call, *args)
        assert finding.code in ("NIK_LENGTH", "NIK_NOT_DIGITS"), finding.code
        assert "Tidak ada calon peserta" not in finding.message
    assert "NIK harus 16 angka, tetapi yang diisi 5 angka" in refusal(
        get_candidate, store, admin, "12345").message  # fmt: skip
    # a well-formed NIK that is not there: "not found", masked
    missing = refusal(get_candidate, store, admin, "3509015205800001")
    assert missing.code == "CANDIDATE_NOT_FOUND" and "3509•••••••••0001" in missing.message
    # sixteen digits that cannot be a NIK (day 35): what is wrong with it
    assert refusal(get_candidate, store, admin, "3509013505800001").code == "NIK_DATE_INVALID"


def test_bpjs_answer_lines_name_statuses_in_indonesian(tmp_path: Path, engine, rng) -> None:
    store, admin = create_installation(
        Home(tmp_path / "kabupaten"), "district", "35.09", "kadis", PASSWORD, url=engine
    )
    try:
        proposed = person(rng, village_code="35.09.01.2001")
        rejected = person(rng, village_code="35.09.01.2001", name="Dewi Lestari")
        for f in (proposed, rejected):
            register_candidate(store, admin, f)
        set_status(store, rejected.nik, "rejected")  # neither waits for BPJS's answer
        book = openpyxl.Workbook()
        book.active.append(["NIK", "No. KPJ", "Keterangan"])
        book.active.append([proposed.nik, "26000000001", "Berhasil"])
        book.active.append([rejected.nik, "26000000002", "Berhasil"])
        book.save(tmp_path / "jawaban.xlsx")
        report = import_result(store, admin, tmp_path / "jawaban.xlsx")
        reasons = {item["row"]: item["reason"] for item in report.invalid}
        assert reasons == {
            2: "berstatus diusulkan, bukan diajukan ke kabupaten: tidak diubah",
            3: "berstatus ditolak, bukan diajukan ke kabupaten: tidak diubah",
        }
    finally:
        store.close()


def test_catalogue_english_texts_use_the_code_parameters() -> None:
    """Messages whose Indonesian text shows a status or role label show the code in English."""
    from lingkaran_desktop.services import spreadsheet_import

    assert spreadsheet_import  # imported for the codes it registers

    for code in ("CANDIDATE_LOCKED", "NIK_ALREADY_REGISTERED", "ALREADY_IMPORTED"):
        indonesian, english = CATALOG[code]
        assert "{status}" in indonesian and "{status_code}" in english, code
        assert "{status}" not in english, code
    indonesian, english = CATALOG["ROLE_FORBIDDEN"]
    assert "{role}" in indonesian and "{role_code}" in english and "{action_en}" in english


@pytest.fixture
def lk(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("LINGKARAN_PASSWORD", PASSWORD)
    monkeypatch.setenv("LINGKARAN_NEW_PASSWORD", PASSWORD)

    def run(*args: str, user: str | None = None, code: int = 0) -> str:
        argv = ["--home", str(tmp_path / "desa-cli"), *(["--user", user] if user else []), *args]
        try:
            got = main(argv)
        except SystemExit as exc:
            got = int(exc.code or 0)
        out, err = capsys.readouterr()
        assert got == code, (argv, got, out, err)
        return out + err

    return run


def test_cli_messages_in_indonesian(lk) -> None:
    lk("init", "--role", "village", "--region", "35.09.01.2001", "--admin", "admin")
    assert "Pengguna budi (verifikator) ditambahkan." in lk(
        "user", "add", "budi", "--role", "verifier", user="admin")  # fmt: skip
    lk("user", "add", "siti", "--role", "operator", user="admin")
    users = lk("user", "list", user="admin")
    assert "verifikator" in users and english_codes(users) == []
    lk("worker", "add", "--nik", "3509015205800001", "--name", "Siti Aminah", "--sex", "P",
       "--birth-date", "1980-05-12", "--occupation", "P006", user="siti")  # fmt: skip
    err = lk("verify", "--all", user="siti", code=1)
    assert "(peran operator)" in err
    err = lk("worker", "add", "--nik", "3509015205800001", "--name", "Siti Aminah", "--sex", "P",
             "--birth-date", "1980-05-12", user="budi", code=1)  # fmt: skip
    assert "(peran verifikator)" in err and english_codes(err) == []
    err = lk("worker", "add", "--nik", "3509015205800001", "--name", "Siti Aminah", "--sex", "P",
             "--birth-date", "1980-05-12", "--occupation", "P006", user="siti", code=1)  # fmt: skip
    assert "(status diusulkan)" in err and english_codes(err) == []

    for command in (("withdraw", "12345", "--reason", "meninggal dunia"),
                    ("correct", "12345", "--set", "name=X", "--reason", "x")):  # fmt: skip
        err = lk(*command, user="siti", code=1)
        assert "NIK harus 16 angka, tetapi yang diisi 5 angka" in err
        assert "Tidak ada calon peserta" not in err
    err = lk("worker", "edit", "--nik", "12345", "--name", "X", "--reason", "x", user="siti",
             code=1)  # fmt: skip
    assert "NIK harus 16 angka" in err
    err = lk("--lang", "en", "verify", "--all", user="siti", code=1)
    assert "(role operator) may not: verify candidates" in err
    listed = json.loads(lk("program", "list", "--json", user="admin"))["programs"]
    assert len(listed) == 1 and listed[0]["active"]
