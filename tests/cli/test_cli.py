"""The CLI contract: spellings, exit codes (0 done, 1 refused, 2 usage), --json, passwords."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lingkaran_desktop.cli import main
from tests.conftest import PASSWORD, VILLAGE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(monkeypatch, capsys, tmp_path):
    """Run the CLI in-process against a fresh home; returns (exit code, stdout, stderr)."""
    home = tmp_path / "desa"

    def _run(*args: str, user: str | None = None, password: str = PASSWORD, new: str = PASSWORD):
        monkeypatch.setenv("LINGKARAN_PASSWORD", password)
        monkeypatch.setenv("LINGKARAN_NEW_PASSWORD", new)
        argv = ["--home", str(home)] + (["--user", user] if user else []) + list(args)
        code = main(argv)
        out, err = capsys.readouterr()
        return code, out, err

    _run.home = home  # type: ignore[attr-defined]
    return _run


@pytest.fixture
def village_cli(run):
    assert run("init", "--role", "village", "--region", VILLAGE, "--admin", "admin")[0] == 0
    assert run("user", "add", "siti", "--role", "operator", user="admin")[0] == 0
    assert run("user", "add", "budi", "--role", "verifier", user="admin")[0] == 0
    return run


WORKER = ["--name", "Siti Aminah", "--sex", "P", "--birth-date", "1980-05-12",
          "--occupation", "buruh tani tembakau"]  # fmt: skip
NIK = "3509015205800001"


def test_init_prints_region_and_refuses_a_second_init(run) -> None:
    code, out, _ = run(
        "init", "--role", "village", "--region", VILLAGE, "--admin", "admin", "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["region_code"] == VILLAGE and data["role"] == "village"
    code, _, err = run("init", "--role", "village", "--region", VILLAGE, "--admin", "admin")
    assert code == 1 and "sudah berisi data" in err


@pytest.mark.parametrize(
    ("role", "region", "message"),
    [("village", "99.99.99.9999", "tidak ada dalam daftar"),
     ("village", "35.09", "bukan kode desa"),
     ("district", "35.09.01.2001", "bukan kode kabupaten")],
)  # fmt: skip
def test_init_with_wrong_region_creates_nothing(run, role, region, message) -> None:
    code, _, err = run("init", "--role", role, "--region", region, "--admin", "admin")
    assert code == 1
    assert message in err.lower()
    assert not (run.home / "lingkaran.db").exists()


def test_district_init_and_default_program(run) -> None:
    assert run("init", "--role", "district", "--region", "35.09", "--admin", "kadis")[0] == 0
    code, out, _ = run("program", "show", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["age_min"], data["age_max"], data["total_monthly"]) == (18, 65, 16_800)
    assert data["coverage_start"].endswith("-01-01") and data["months"] == 12


def test_register_verify_list_doctor(village_cli) -> None:
    run = village_cli
    code, out, _ = run("worker", "add", "--nik", NIK, *WORKER, "--json", user="siti")
    assert code == 0
    added = json.loads(out)
    assert added["status"] == "proposed"
    assert [w["code"] for w in added["warnings"]] == ["OCCUPATION_GUESSED"]

    code, _, err = run("verify", "--nik", NIK, user="siti")
    assert code == 1 and "tidak berhak" in err  # an operator cannot verify at all

    code, out, _ = run("verify", "--nik", NIK, "--json", user="budi")
    assert code == 0 and json.loads(out)["decided"][0]["status"] == "verified"

    code, out, _ = run("worker", "list", "--json", user="budi")
    listed = json.loads(out)
    assert listed["count"] == 1
    assert listed["workers"][0]["nik"] == NIK
    assert listed["workers"][0]["verified_by"] == "budi"

    assert run("doctor")[0] == 0


def test_enterer_is_refused_when_verifying_own_entry(village_cli) -> None:
    run = village_cli
    assert run("worker", "add", "--nik", NIK, *WORKER, user="admin")[0] == 0
    code, _, err = run("verify", "--nik", NIK, user="admin")
    assert code == 1
    assert "harus diperiksa orang lain" in err.lower()
    assert err.count("\n") == 1  # one line


def test_invalid_worker_is_refused_with_one_line_and_nothing_saved(village_cli) -> None:
    run = village_cli
    code, _, err = run("worker", "add", "--nik", "3509013505800001", *WORKER, user="siti")
    assert code == 1
    assert err.startswith("lingkaran: ") and err.count("\n") == 1
    assert "tanggal" in err.lower()
    code, out, _ = run("worker", "list", "--json", user="siti")
    assert json.loads(out)["count"] == 0


def test_usage_error_exits_2(village_cli) -> None:
    with pytest.raises(SystemExit) as exc:
        village_cli("verify")
    assert exc.value.code == 2


def test_wrong_password_and_unknown_user(village_cli) -> None:
    code, _, err = village_cli("worker", "list", user="siti", password="bukan-sandinya")
    assert code == 1 and "Kata sandi salah" in err
    code, _, err = village_cli("worker", "list", user="hantu")
    assert code == 1 and "tidak dikenal" in err


def test_several_users_need_user_flag(village_cli) -> None:
    code, _, err = village_cli("worker", "list")
    assert code == 1 and "--user" in err


def test_password_is_never_taken_from_the_command_line(village_cli) -> None:
    with pytest.raises(SystemExit) as exc:
        village_cli("--password", "x", "worker", "list", user="siti")
    assert exc.value.code == 2


def test_missing_password_without_terminal_is_a_clear_refusal(village_cli, monkeypatch) -> None:
    monkeypatch.delenv("LINGKARAN_PASSWORD")
    code = main(["--home", str(village_cli.home), "--user", "siti", "worker", "list"])
    assert code == 1


def test_locked_database_is_a_clear_refusal_and_changes_nothing(village_cli) -> None:
    run = village_cli
    holder = sqlite3.connect(run.home / "lingkaran.db", timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run("worker", "add", "--nik", NIK, *WORKER, user="siti")
    finally:
        holder.rollback()
        holder.close()
    assert code == 1 and "sedang dipakai" in err
    code, out, _ = run("worker", "list", "--json", user="siti")
    assert json.loads(out)["count"] == 0


def test_doctor_exit_1_when_a_row_was_edited_in_sqlite(village_cli) -> None:
    run = village_cli
    run("worker", "add", "--nik", NIK, *WORKER, user="siti")
    con = sqlite3.connect(run.home / "lingkaran.db")
    con.execute("UPDATE candidate SET income = 5000000")
    con.commit()
    con.close()
    code, out, _ = run("doctor", "--json")
    assert code == 1
    assert json.loads(out)["problems"][0]["code"] == "CANDIDATE_CHANGED_OUTSIDE_APP"


def test_nik_check_decodes_and_region_search(run) -> None:
    code, out, _ = run("nik", "check", "3509 0152 0580 0001", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["birth_date"], data["sex"], data["district_code"]) == (
        "1980-05-12",
        "P",
        "35.09.01",
    )
    code, out, _ = run("region", "search", "jember", "--level", "2", "--json")
    assert code == 0 and json.loads(out)["regions"][0]["code"] == "35.09"


def test_english_messages_on_request(village_cli) -> None:
    code, _, err = village_cli("--lang", "en", "worker", "list", user="hantu")
    assert code == 1 and "not known" in err


def test_readme_walkthrough_in_a_real_process(tmp_path) -> None:
    """The 'Done when' of the foundation: the console program, real argon2, real prompts off."""
    home = str(tmp_path / "desa")
    env = {**os.environ, "LINGKARAN_PASSWORD": PASSWORD, "LINGKARAN_NEW_PASSWORD": PASSWORD}

    def lk(*args: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, str(ROOT / "main.py"), "--home", home]
        cmd += ["--user", user] if user else []
        return subprocess.run(cmd + list(args), capture_output=True, text=True, env=env)

    assert lk("init", "--role", "village", "--region", VILLAGE, "--admin", "admin").returncode == 0
    assert lk("user", "add", "siti", "--role", "operator", user="admin").returncode == 0
    assert lk("user", "add", "budi", "--role", "verifier", user="admin").returncode == 0
    assert lk("worker", "add", "--nik", NIK, *WORKER, user="siti").returncode == 0
    refused = lk("verify", "--all", user="siti")
    assert refused.returncode == 1
    looked = lk("verify", "--all", user="budi")  # the guessed occupation needs a look
    assert looked.returncode == 1 and "--include-warnings" in looked.stderr
    assert lk("verify", "--nik", NIK, user="budi").returncode == 0
    listed = lk("worker", "list", "--json", user="budi")
    assert json.loads(listed.stdout)["workers"][0]["status"] == "verified"
    assert lk("doctor").returncode == 0
    help_text = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True, text=True
    )
    assert help_text.returncode == 0 and "worker" in help_text.stdout


def test_read_only_database_is_a_clear_refusal(village_cli) -> None:
    """A database on a read-only medium (simulated with the immutable flag) says so."""
    run = village_cli
    db = run.home / "lingkaran.db"
    if subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode != 0:
        pytest.skip("this filesystem cannot mark a file immutable")
    try:
        code, _, err = run("worker", "add", "--nik", NIK, *WORKER, user="siti")
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=True)
    assert code == 1 and "hanya bisa dibaca" in err


def test_log_never_holds_a_nik_or_password(village_cli) -> None:
    run = village_cli
    run("worker", "add", "--nik", NIK, *WORKER, user="siti")
    run("worker", "add", "--nik", NIK, *WORKER, user="siti")  # refused: duplicate
    run("verify", "--nik", NIK, user="budi", password="salah-sandi-x")
    log = (run.home / "logs" / "lingkaran.log").read_text(encoding="utf-8")
    assert "refused" in log
    assert NIK not in log and NIK[:12] not in log
    assert PASSWORD not in log and "salah-sandi-x" not in log


def test_global_options_may_follow_the_command(village_cli, monkeypatch, capsys) -> None:
    monkeypatch.setenv("LINGKARAN_PASSWORD", PASSWORD)
    code = main(["worker", "list", "--json", "--home", str(village_cli.home), "--user", "siti"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["count"] == 0


def test_data_folder_with_spaces_and_non_ascii_characters(monkeypatch, capsys, tmp_path) -> None:
    """Windows user names: C:\\Users\\Dwi Ayu Ningsih\\…, or with accents."""
    monkeypatch.setenv("LINGKARAN_PASSWORD", PASSWORD)
    home = tmp_path / "Dwi Ayu Ningsih" / "Lingkaran é 100%"
    assert main(["--home", str(home), "init", "--role", "village", "--region", VILLAGE,
                 "--admin", "admin"]) == 0  # fmt: skip
    assert main(["--home", str(home), "doctor"]) == 0
    assert "Semua baik" in capsys.readouterr().out


def test_an_unexpected_error_says_where_the_log_is_and_logs_no_data(village_cli, monkeypatch):
    from lingkaran_desktop.services import candidates

    def boom(*_a, **_k):
        raise RuntimeError(f"internal detail with NIK {NIK}")

    monkeypatch.setattr(candidates, "register_candidate", boom)
    from lingkaran_desktop.cli import core_commands

    monkeypatch.setattr(core_commands, "register_candidate", boom)
    code, _, err = village_cli("worker", "add", "--nik", NIK, *WORKER, user="siti")
    assert code == 1 and "kesalahan tak terduga" in err and "lingkaran.log" in err
    assert NIK not in err
    log = (village_cli.home / "logs" / "lingkaran.log").read_text(encoding="utf-8")
    assert "RuntimeError" in log and NIK not in log


def test_worker_edit_on_the_command_line(village_cli) -> None:
    run = village_cli
    run("worker", "add", "--nik", NIK, *WORKER, user="siti")
    code, out, _ = run("worker", "edit", "--nik", NIK, "--name", "Siti Aminah Binti Sahlan",
                       "--reason", "nama sesuai KTP", "--json", user="siti")  # fmt: skip
    assert code == 0 and json.loads(out)["status"] == "proposed"
    code, out, _ = run("worker", "list", "--json", user="budi")
    assert json.loads(out)["workers"][0]["name"] == "Siti Aminah Binti Sahlan"
    code, _, err = run("worker", "edit", "--nik", NIK, "--birth-date", "2015-01-01", user="siti")
    assert code == 1 and "umur" in err.lower()
    assert run("doctor")[0] == 0


def test_verify_all_skips_records_with_warnings_unless_asked(village_cli) -> None:
    run = village_cli
    clean = ["--name", "Budi Santoso", "--sex", "L", "--birth-date", "1979-08-17",
             "--occupation", "P001"]  # fmt: skip
    run("worker", "add", "--nik", "3509011708790002", *clean, user="siti")
    run("worker", "add", "--nik", NIK, *WORKER, user="siti")  # guessed occupation: a warning
    code, out, _ = run("verify", "--all", "--json", user="budi")
    data = json.loads(out)
    assert code == 0 and len(data["decided"]) == 1 and len(data["skipped_with_warnings"]) == 1
    code, out, _ = run("verify", "--all", "--include-warnings", "--json", user="budi")
    assert code == 0 and len(json.loads(out)["decided"]) == 1


def test_user_passwd_and_deactivate_on_the_command_line(village_cli) -> None:
    run = village_cli
    code, _, err = run("user", "passwd", "budi", user="siti", new="sandi-baru-12")
    assert code == 1 and "tidak berhak" in err
    assert run("user", "passwd", "budi", user="admin", new="sandi-baru-12")[0] == 0
    assert run("worker", "list", user="budi", password="sandi-baru-12")[0] == 0
    assert run("user", "deactivate", "siti", user="admin")[0] == 0
    code, _, err = run("worker", "list", user="siti")
    assert code == 1 and "dinonaktifkan" in err


def test_output_cut_short_by_its_reader_is_not_reported_as_a_failure(tmp_path) -> None:
    """`lingkaran … | head`: the reader goes away before the output is written; the command
    says so in one line and exits as a program stopped by SIGPIPE, with no traceback and no
    'kesalahan tak terduga' in it."""
    main_py = Path(__file__).resolve().parents[2] / "main.py"
    proc = subprocess.Popen(
        [sys.executable, str(main_py), "--home", str(tmp_path / "x"), "region", "search", "desa"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    proc.stdout.close()  # the reader is gone before anything is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141, err
    assert "keluarannya terpotong" in err
    assert "tak terduga" not in err and "Traceback" not in err


def test_worker_add_takes_the_birth_date_as_officers_write_it(village_cli) -> None:
    """12-05-1980 as on the KTP (what the form and the import read too); a day that does not
    exist is named as such."""
    run = village_cli
    code, out, err = run("worker", "add", "--nik", NIK, *WORKER[:4], "--birth-date",
                         "12-05-1980", "--occupation", "P001", "--json", user="siti")  # fmt: skip
    assert code == 0, err
    code, out, _ = run("worker", "list", "--json", user="siti")
    assert json.loads(out)["workers"][0]["birth_date"] == "1980-05-12"
    code, _, err = run("worker", "add", "--nik", "3509011708790002", "--name", "Budi Santoso",
                       "--sex", "L", "--birth-date", "31-02-1979", "--occupation", "P001",
                       user="siti")  # fmt: skip
    assert code == 1 and "tidak ada di kalender" in err
