"""withdraw, correct, renew on the command line: a whole year and the next, village and district."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from lingkaran_desktop.cli import main
from tests.conftest import PASSWORD

NIKS = ["3509015205800001", "3509011708790002", "3509014411850003", "3509010112600004"]
PEOPLE = [("Siti Aminah", "P", "1980-05-12"), ("Budi Santoso", "L", "1979-08-17"),
          ("Dewi Lestari", "P", "1985-11-04"), ("Mbah Karto", "L", "1960-12-01")]  # fmt: skip


@pytest.fixture
def lk(monkeypatch, capsys):
    """Run the CLI in-process; returns the JSON object (with --json) or stdout + stderr, and
    checks the exit code (``code``: 0 done, 1 refused, 2 usage)."""
    monkeypatch.setenv("LINGKARAN_PASSWORD", PASSWORD)
    monkeypatch.setenv("LINGKARAN_NEW_PASSWORD", PASSWORD)

    def run(home: Path, *args: str, user: str | None = None, code: int = 0) -> dict | str:
        argv = ["--home", str(home), *(["--user", user] if user else []), *args]
        try:
            got = main(argv)
        except SystemExit as exc:  # argparse: usage errors
            got = int(exc.code or 0)
        out, err = capsys.readouterr()
        assert got == code, (argv, got, out, err)
        return json.loads(out) if "--json" in args and out and got == 0 else out + err

    return run


@pytest.fixture
def year_one(lk, tmp_path):
    """A district and a village; four sent; BPJS enrolled three of them."""
    d, v, usb = tmp_path / "kabupaten", tmp_path / "desa", tmp_path / "usb"
    lk(d, "init", "--role", "district", "--region", "35.09", "--admin", "kadis")
    lk(v, "init", "--role", "village", "--region", "35.09.01.2001", "--admin", "admin")
    program = usb / "p2026.lkprog"
    lk(d, "program", "publish", "--name", "Lingkaran Cinta 2026", "--year", "2026", "--start",
       "2026-01-01", "--months", "12", "--out", str(program), user="kadis")  # fmt: skip
    lk(v, "program", "load", str(usb / "p2026.lkprog"), user="admin")
    lk(v, "station", "export", "--out", str(usb / "desa.lkstation"), user="admin")
    lk(d, "station", "add", str(usb / "desa.lkstation"), user="kadis")
    lk(v, "user", "add", "siti", "--role", "operator", user="admin")
    lk(v, "user", "add", "budi", "--role", "verifier", user="admin")
    for nik, (name, sex, birth) in zip(NIKS, PEOPLE, strict=True):
        lk(v, "worker", "add", "--nik", nik, "--name", name, "--sex", sex, "--birth-date", birth,
           "--occupation", "P006", user="siti")  # fmt: skip
    lk(v, "verify", "--all", user="budi")
    sent = lk(v, "batch", "export", "--out", str(usb), "--json", user="budi")
    lk(d, "batch", "import", sent["path"], user="kadis")
    answer = openpyxl.Workbook()
    answer.active.append(["NIK", "No. KPJ", "Keterangan"])
    for i, nik in enumerate(NIKS[1:], start=1):
        answer.active.append([nik, f"2601234567{i}", "Berhasil"])
    answer.save(tmp_path / "jawaban.xlsx")
    said = lk(d, "bpjs", "import-result", str(tmp_path / "jawaban.xlsx"), user="kadis")
    assert "3 baris: 3 terdaftar (KPJ), 0 ditolak, 0 sudah tercatat sebelumnya, " \
        "0 tidak diproses." in said
    results = lk(d, "batch", "results", "--out", str(usb), "--json", user="kadis")
    lk(v, "batch", "import", results["files"][0]["path"], user="budi")
    return d, v, usb


def test_withdraw_and_correct_reach_the_district(lk, year_one, tmp_path) -> None:
    d, v, usb = year_one
    out = lk(v, "withdraw", NIKS[0], "--reason", "meninggal dunia", "--json", user="siti")
    # Four eyes: a request, the record unchanged until someone else approves it.
    assert (out["status"], out["queued"], out["bpjs"]) == ("submitted", True, False)
    first = out["change"]
    text = lk(v, "withdraw", NIKS[1], "--reason", "pindah domisili", user="siti")
    assert "Permintaan penarikan Budi Santoso tersimpan" in text
    assert f"lingkaran changes approve {first + 1}" in text and "kiriman berikutnya" in text
    out = lk(v, "correct", NIKS[2], "--set", "name=Dewi  Lestary", "--set", "mother=Ibu Dewi",
             "--set", "phone=", "--reason", "sesuai KTP", "--json", user="siti")  # fmt: skip
    assert out["changes"] == {"name": "Dewi Lestary", "mother_name": "Ibu Dewi"}  # phone was empty
    assert out["bpjs"] is True and out["status"] == "enrolled"
    err = lk(v, "batch", "export", "--out", str(usb), user="budi", code=1)  # nothing approved
    assert "3 koreksi/penarikan masih menunggu disetujui orang lain" in err
    waiting = lk(v, "changes", "list", "--json", user="budi")["changes"]
    assert [(c["id"], c["kind"], c["by"]) for c in waiting] == [
        (first, "withdrawal", "siti"), (first + 1, "withdrawal", "siti"),
        (first + 2, "correction", "siti")]  # fmt: skip
    listed = lk(v, "changes", "list", user="budi")
    assert "nama: Dewi Lestari → Dewi Lestary" in listed and "(diminta siti)" in listed
    own = lk(v, "changes", "approve", str(first), user="siti", code=1)  # not by the one who asked
    assert "tidak berhak" in own or "orang lain" in own
    approved = lk(v, "changes", "approve", "--all", "--json", user="budi")
    assert [a["id"] for a in approved["approved"]] == [first, first + 1, first + 2]
    assert approved["refused"] == []
    assert "Tidak ada koreksi" in lk(v, "changes", "list", user="budi")
    done = {w["nik"]: w for w in lk(v, "worker", "list", "--json", user="budi")["workers"]}
    assert (done[NIKS[0]]["status"], done[NIKS[0]]["rejection_reason"]) == (
        "rejected", "Ditarik desa: meninggal dunia")  # fmt: skip
    assert (done[NIKS[1]]["status"], done[NIKS[2]]["name"]) == ("ended", "Dewi Lestary")

    # refusals: exit 1 with a one-line reason; usage errors: exit 2
    err = lk(v, "correct", NIKS[2], "--set", "nik=3509015205800009", "--reason", "x",
             user="siti", code=1)  # fmt: skip
    assert "NIK tidak bisa dikoreksi" in err and "tarik" in err
    err = lk(v, "correct", NIKS[2], "--set", "birth-date=2015-01-01", "--reason", "x",
             user="siti", code=1)  # fmt: skip
    assert "di bawah batas program" in err
    err = lk(v, "correct", NIKS[2], "--set", "name=X", "--reason", "x", user="budi", code=1)
    assert "tidak berhak" in err
    err = lk(v, "withdraw", NIKS[2], "--reason", " ", user="siti", code=1)
    assert "alasan penarikan" in err.lower()
    lk(v, "correct", NIKS[2], "--set", "name", "--reason", "x", user="siti", code=2)
    lk(v, "correct", NIKS[2], "--set", "name=X", user="siti", code=2)  # --reason is required
    lk(v, "withdraw", NIKS[2], user="siti", code=2)
    err = lk(v, "worker", "edit", "--nik", NIKS[2], "--name", "X", "--reason", "x",
             user="siti", code=1)  # fmt: skip
    assert "ajukan koreksi" in err

    sent = lk(v, "batch", "export", "--out", str(usb), "--json", user="budi")
    assert (sent["records"], sent["corrections"], sent["withdrawals"]) == (0, 1, 2)
    text = lk(d, "batch", "import", sent["path"], user="kadis")
    assert "koreksi diterapkan: 1, penarikan diterapkan: 2, tidak diterapkan: 0" in text
    assert "2 perubahan peserta terdaftar perlu diteruskan ke BPJS" in text
    replay = lk(d, "batch", "import", sent["path"], "--json", user="kadis")
    assert replay["files"][0]["outcome"] == "already_imported"

    workers = {w["nik"]: w for w in lk(d, "worker", "list", "--json", user="kadis")["workers"]}
    assert workers[NIKS[0]]["status"] == "rejected"
    assert workers[NIKS[1]]["status"] == "ended"
    assert (workers[NIKS[2]]["name"], workers[NIKS[2]]["mother_name"]) == ("Dewi Lestary",
                                                                           "Ibu Dewi")  # fmt: skip
    changes = lk(d, "bpjs", "changes", "--json", user="kadis")["changes"]
    assert [(c["kind"], c["nik"], c["kpj"]) for c in changes] == [
        ("correction", NIKS[2], "26012345672"),
        ("withdrawal", NIKS[1], "26012345671"),
    ]
    text = lk(d, "bpjs", "changes", user="kadis")
    assert "2 perubahan untuk BPJS belum diteruskan" in text
    assert "nama: Dewi Lestari → Dewi Lestary" in text  # what BPJS holds, and the new value
    sheet_path = tmp_path / "perubahan-bpjs.xlsx"
    text = lk(d, "bpjs", "changes", "--out", str(sheet_path), user="kadis")
    assert f"2 perubahan untuk BPJS ditulis ke {sheet_path}" in text
    # Passed on: no longer in the list of what BPJS must still be told; --all shows the date.
    assert "0 perubahan untuk BPJS belum diteruskan" in lk(d, "bpjs", "changes", user="kadis")
    every = lk(d, "bpjs", "changes", "--all", user="kadis")
    assert every.count("diteruskan 2026-") == 2 and "(2 sudah)" in every
    again = lk(d, "bpjs", "changes", "--out", str(tmp_path / "lagi.xlsx"), user="kadis", code=1)
    assert "belum diteruskan" in again and "--all" in again
    assert not (tmp_path / "lagi.xlsx").exists()
    sheet = openpyxl.load_workbook(sheet_path).active
    header = [c.value for c in sheet[1]]
    lines = [
        dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)
    ]
    assert [(x["JENIS"], x["NIK"], x["NO KPJ"]) for x in lines] == [
        ("koreksi", NIKS[2], "26012345672"), ("penarikan", NIKS[1], "26012345671"),
    ]  # fmt: skip
    assert "nama: Dewi Lestari → Dewi Lestary" in lines[0]["PERUBAHAN"]
    assert lines[1]["PERUBAHAN"] == "berakhir"
    err = lk(v, "batch", "export", "--out", str(usb), user="budi", code=1)
    assert "koreksi atau penarikan" in err
    listed = lk(v, "worker", "list", user="budi")  # the KPJ and the reason without --json
    assert "KPJ 26012345671  alasan: Ditarik desa: pindah domisili" in listed
    assert "Semua baik" in lk(v, "doctor") and "Semua baik" in lk(d, "doctor")


def test_unknown_nik_from_another_source_is_reported_by_batch_import(lk, year_one, tmp_path):
    """A withdrawal read before the batch that holds the record: reported, the batch accepted."""
    d, v, usb = year_one
    lk(v, "worker", "add", "--nik", "3509015505900005", "--name", "Rina Wati", "--sex", "P",
       "--birth-date", "1990-05-15", "--occupation", "P006", user="siti")  # fmt: skip
    lk(v, "verify", "--all", user="budi")
    first = lk(v, "batch", "export", "--out", str(usb), "--json", user="budi")
    lk(v, "withdraw", "3509015505900005", "--reason", "mengundurkan diri", user="siti")
    lk(v, "changes", "approve", "--all", user="budi")
    lk(v, "withdraw", NIKS[1], "--reason", "pindah domisili", user="siti")
    waiting = lk(v, "changes", "list", "--json", user="budi")["changes"]
    lk(v, "changes", "decline", str(waiting[0]["id"]), "--reason", "masih di desa", user="budi")
    told = lk(v, "changes", "list", "--declined", user="siti")
    assert "Budi Santoso" in told and "DITOLAK oleh budi: masih di desa" in told
    second = lk(v, "batch", "export", "--out", str(usb), "--json", user="budi")
    out = lk(d, "batch", "import", second["path"], "--json", user="kadis")
    [file] = out["files"]
    assert file["outcome"] == "accepted" and file["withdrawals_applied"] == 0
    [item] = file["unapplied"]
    assert (item["kind"], item["outcome"], item["nik"]) == ("withdrawal", "unknown",
                                                            "3509•••••••••0005")  # fmt: skip
    text = lk(d, "batch", "import", first["path"], user="kadis")
    assert "DITERIMA" in text


def test_renew_copies_the_enrolled_into_the_next_program(lk, year_one) -> None:
    d, v, usb = year_one
    lk(d, "program", "publish", "--new", "--name", "Lingkaran Cinta 2027", "--year", "2027",
       "--start", "2027-01-01", "--months", "12", "--out", str(usb / "p2027.lkprog"),
       user="kadis")  # fmt: skip
    lk(v, "program", "load", str(usb / "p2027.lkprog"), user="admin")
    programs = lk(v, "program", "list", "--json", user="siti")["programs"]
    assert [(p["name"], p["active"], p["enrolled"]) for p in programs[:2]] == [
        ("Lingkaran Cinta 2027", True, 0), ("Lingkaran Cinta 2026", False, 3)]  # fmt: skip
    lk(v, "renew", "--from", "Lingkaran Cinta 2026", user="budi", code=1)  # a verifier: no
    report = lk(v, "renew", "--from", programs[1]["uid"], "--json", user="siti")
    assert report["renewed"] == 2
    [old] = report["refused"]  # 66 when 2027 starts
    assert old["name"] == "Mbah Karto" and "di atas batas program" in old["reasons"][0]
    text = lk(v, "renew", "--from", "Lingkaran Cinta 2026", user="siti")
    assert "0 peserta" in text and "2 sudah ada di program baru" in text
    err = lk(v, "renew", "--from", "Tidak Ada", user="siti", code=1)
    assert "tidak ditemukan" in err and "Lingkaran Cinta 2026" in err
    workers = lk(v, "worker", "list", "--json", user="siti")["workers"]
    assert sorted(w["nik"] for w in workers) == NIKS[1:3]
    assert {w["status"] for w in workers} == {"proposed"}
    lk(v, "verify", "--all", user="budi")
    sent = lk(v, "batch", "export", "--out", str(usb), "--json", user="budi")
    assert sent["records"] == 2
    got = lk(d, "batch", "import", sent["path"], "--json", user="kadis")["files"][0]
    assert (got["outcome"], got["new"]) == ("accepted", 2)
    assert "Semua baik" in lk(v, "doctor")


def test_a_rejected_record_corrected_and_sent_again_and_a_change_not_applied(
    lk, year_one, tmp_path
) -> None:
    """BPJS rejects a record; a correction the village queued meanwhile is not applied (the
    village hears it from its results); the record, fixed with 'worker edit', is sent again."""
    d, v, usb = year_one
    answer = openpyxl.Workbook()
    answer.active.append(["NIK", "No. KPJ", "Keterangan"])
    answer.active.append([NIKS[0], None, "Nama ibu kandung tidak sesuai"])
    answer.save(tmp_path / "jawaban-2.xlsx")
    lk(d, "bpjs", "import-result", str(tmp_path / "jawaban-2.xlsx"), user="kadis")
    lk(v, "correct", NIKS[0], "--set", "phone=081234567890", "--reason", "nomor HP baru",
       user="siti")  # fmt: skip
    lk(v, "changes", "approve", "--all", user="budi")
    sent = lk(v, "batch", "export", "--out", str(usb), "--json", user="budi")
    lk(d, "batch", "import", sent["path"], user="kadis")

    results = lk(d, "batch", "results", "--out", str(usb), "--json", user="kadis")
    text = lk(v, "batch", "import", results["files"][0]["path"], user="budi")
    assert "DITERIMA" in text and "1 diperbarui" in text
    assert "1 koreksi/penarikan TIDAK diterapkan kabupaten:" in text
    assert (
        "koreksi 3509•••••••••0001 (kiriman no. 2): NIK 3509•••••••••0001 berstatus "
        "'ditolak' di kabupaten; tidak diterapkan." in text
    )
    worker = lk(v, "worker", "list", "--search", NIKS[0], "--json", user="budi")["workers"][0]
    assert worker["status"] == "rejected" and "ibu kandung" in worker["rejection_reason"]

    lk(v, "worker", "edit", "--nik", NIKS[0], "--mother", "Sumiati", "--reason", "sesuai KK",
       user="siti")  # fmt: skip
    lk(v, "verify", "--nik", NIKS[0], user="budi")
    sent = lk(v, "batch", "export", "--out", str(usb), "--json", user="budi")
    assert (sent["sequence"], sent["records"]) == (3, 1)
    text = lk(d, "batch", "import", sent["path"], user="kadis")
    assert "1 data, 0 baru, 0 bentrok, 0 ditolak, 1 diajukan ulang setelah ditolak" in text
    out = lk(d, "worker", "list", "--search", NIKS[0], "--json", user="kadis")["workers"][0]
    assert (out["status"], out["mother_name"]) == ("submitted", "Sumiati")

    # A later, cumulative result file repeats the change not applied: nothing new is reported.
    results = lk(d, "batch", "results", "--out", str(usb), "--json", user="kadis")
    again = lk(v, "batch", "import", results["files"][0]["path"], "--json", user="budi")
    assert (again["files"][0]["outcome"], again["files"][0]["unapplied"]) == ("accepted", [])
    assert "Semua baik" in lk(v, "doctor") and "Semua baik" in lk(d, "doctor")
