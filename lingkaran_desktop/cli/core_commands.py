"""init, user, worker, verify, doctor, program, region and nik commands."""

from __future__ import annotations

from datetime import date
from typing import Any

from lingkaran_desktop import clock
from lingkaran_desktop.cli import card_commands, change_commands, exchange_commands
from lingkaran_desktop.cli.context import (
    NEW_PASSWORD_ENV,
    PASSWORD_ENV,
    Context,
    json_flag,
    print_json,
    read_password,
    say,
)
from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.domain.contribution import monthly_contribution
from lingkaran_desktop.domain.nik import parse_nik
from lingkaran_desktop.domain.regions import get_region, search_regions
from lingkaran_desktop.domain.status import STATUS_LABELS_ID, CandidateStatus
from lingkaran_desktop.excel.values import parse_date
from lingkaran_desktop.services import messages  # noqa: F401
from lingkaran_desktop.services.candidates import (
    decide,
    fields_of,
    get_candidate,
    list_candidates,
    register_candidate,
    update_candidate,
)
from lingkaran_desktop.services.doctor import run_doctor
from lingkaran_desktop.services.installation import (
    create_installation,
    installation_info,
    program_rules,
)
from lingkaran_desktop.services.roles import Permission, role_label
from lingkaran_desktop.services.users import add_user, list_users, set_active, set_password


def _status(status: str) -> str:
    """A status as officers read it (JSON output keeps the stable English codes)."""
    return STATUS_LABELS_ID.get(CandidateStatus(status), status)


_PROGRAM_LABELS = {
    "name": "Nama program", "year": "Tahun", "coverage_start": "Mulai perlindungan",
    "coverage_end": "Akhir perlindungan", "months": "Jumlah bulan", "age_min": "Umur minimal",
    "age_max": "Umur maksimal", "quota_per_village": "Kuota per desa", "budget": "Pagu anggaran",
    "max_desil": "Desil maksimal", "jkk_monthly": "Iuran JKK per bulan",
    "jkm_monthly": "Iuran JKM per bulan", "total_monthly": "Iuran per orang per bulan",
}  # fmt: skip


def register(commands: Any) -> None:
    p = commands.add_parser("init", help="buat instalasi baru (stasiun desa atau kantor kabupaten)")
    p.add_argument("--role", required=True, choices=("village", "district"))
    p.add_argument("--region", required=True, help="kode wilayah, mis. 35.09.01.2001 atau 35.09")
    p.add_argument("--admin", required=True, metavar="NAME", help="nama pengguna admin")
    json_flag(p)
    p.set_defaults(handler=cmd_init)

    user = commands.add_parser("user", help="kelola pengguna").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    p = user.add_parser("add", help="tambah pengguna (kata sandi dari LINGKARAN_NEW_PASSWORD)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=("operator", "verifier", "admin"))
    p.add_argument("--full-name", default="")
    json_flag(p)
    p.set_defaults(handler=cmd_user_add)
    p = user.add_parser("passwd", help="ganti kata sandi (sendiri, atau admin untuk pengguna lain)")
    p.add_argument("name", nargs="?", help="bawaan: pengguna yang bertindak")
    p.set_defaults(handler=cmd_user_passwd)
    for action, text in (("deactivate", "nonaktifkan pengguna yang sudah berhenti"),
                         ("activate", "aktifkan lagi")):  # fmt: skip
        p = user.add_parser(action, help=text)
        p.add_argument("name")
        p.set_defaults(handler=cmd_user_active)
    p = user.add_parser("list", help="daftar pengguna")
    json_flag(p)
    p.set_defaults(handler=cmd_user_list)

    worker = commands.add_parser("worker", help="data calon peserta").add_subparsers(
        dest="worker_command", metavar="ACTION", required=True
    )
    p = worker.add_parser("add", help="daftarkan satu calon peserta")
    p.add_argument("--nik", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--sex", required=True, help="L atau P")
    p.add_argument("--birth-date", required=True, metavar="TANGGAL",
                   help="12-05-1980, 12 Mei 1980 atau 1980-05-12")  # fmt: skip
    p.add_argument("--birth-place")
    p.add_argument("--mother", help="nama ibu kandung")
    p.add_argument("--kk", help="nomor KK")
    p.add_argument("--address")
    p.add_argument("--rt")
    p.add_argument("--rw")
    p.add_argument("--phone")
    p.add_argument("--occupation", help="kode (P001) atau nama pekerjaan")
    p.add_argument("--income", help="penghasilan per bulan, rupiah")
    p.add_argument("--desil")
    p.add_argument("--funding", help="APBD, DBHCHT, APBDes, Lainnya")
    p.add_argument("--village", help="kode desa (wajib di kantor kabupaten)")
    p.add_argument("--proposed-by")
    p.add_argument("--notes")
    json_flag(p)
    p.set_defaults(handler=cmd_worker_add)
    p = worker.add_parser(
        "edit", help="perbaiki data yang belum dikirim (yang sudah dikirim: 'correct')"
    )
    p.add_argument("--nik", required=True, help="NIK data yang diperbaiki")
    p.add_argument("--new-nik", help="NIK yang benar, bila NIK-nya salah ketik")
    for option in ("--name", "--sex", "--birth-date", "--birth-place", "--mother", "--kk",
                   "--address", "--rt", "--rw", "--phone", "--occupation", "--income",
                   "--desil", "--funding", "--proposed-by", "--notes"):  # fmt: skip
        p.add_argument(option)
    p.add_argument("--reason", help="alasan perbaikan (dicatat di jejak audit)")
    json_flag(p)
    p.set_defaults(handler=cmd_worker_edit)
    p = worker.add_parser("list", help="daftar calon peserta")
    p.add_argument("--status", choices=[s.value for s in CandidateStatus])
    p.add_argument("--search", help="NIK, nama atau KPJ")
    json_flag(p)
    p.set_defaults(handler=cmd_worker_list)

    p = commands.add_parser("verify", help="verifikasi (atau tolak) calon peserta")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="semua yang diusulkan")
    which.add_argument("--nik", nargs="+", metavar="N")
    p.add_argument(
        "--include-warnings",
        action="store_true",
        help="dengan --all: setujui juga data yang ada peringatannya (sudah dicocokkan dengan KTP)",
    )
    p.add_argument("--reject", action="store_true", help="tolak, bukan setujui")
    p.add_argument("--reason", help="alasan (wajib untuk penolakan)")
    json_flag(p)
    p.set_defaults(handler=cmd_verify)

    p = commands.add_parser("doctor", help="periksa keutuhan basis data dan jejak audit")
    json_flag(p)
    p.set_defaults(handler=cmd_doctor)

    program = commands.add_parser("program", help="program yang berjalan").add_subparsers(
        dest="program_command", metavar="ACTION", required=True
    )
    p = program.add_parser("show", help="tampilkan pengaturan program")
    json_flag(p)
    p.set_defaults(handler=cmd_program_show)
    exchange_commands.register(commands, program)
    change_commands.register(commands, program)
    exchange_commands.register_bpjs(commands)
    exchange_commands.register_backup(commands)
    exchange_commands.register_migrate(commands)
    card_commands.register(commands)

    region = commands.add_parser("region", help="kode wilayah Kemendagri").add_subparsers(
        dest="region_command", metavar="ACTION", required=True
    )
    p = region.add_parser("search", help="cari wilayah menurut nama atau kode")
    p.add_argument("text")
    p.add_argument("--level", type=int, choices=(1, 2, 3, 4))
    p.add_argument("--limit", type=int, default=20)
    json_flag(p)
    p.set_defaults(handler=cmd_region_search)

    nik = commands.add_parser("nik", help="periksa NIK").add_subparsers(
        dest="nik_command", metavar="ACTION", required=True
    )
    p = nik.add_parser("check", help="periksa dan uraikan satu NIK")
    p.add_argument("nik")
    json_flag(p)
    p.set_defaults(handler=cmd_nik_check)


def cmd_init(ctx: Context) -> int:
    a = ctx.args
    password = read_password(PASSWORD_ENV, f"Kata sandi baru untuk {a.admin}: ", confirm=True)
    store, admin = create_installation(
        ctx.home, a.role, a.region, a.admin, password, url=ctx.db_url
    )
    info = installation_info(store)
    store.close()
    if a.json:
        print_json(
            {
                "home": str(ctx.home.root),
                "role": info.role,
                "region_code": info.region_code,
                "region_name": info.region_name,
                "station_id": info.station_id,
                "admin": admin.name,
            }
        )
    else:
        kind = "Stasiun desa" if info.role == "village" else "Kantor kabupaten"
        say(f"{kind} dibuat di {ctx.home.root}")
        say(f"Wilayah: {info.region_code} {info.region_name}")
        say(f"Admin: {admin.name}")
    return 0


def cmd_user_add(ctx: Context) -> int:
    actor = ctx.actor()
    actor.require(Permission.MANAGE_USERS)  # before asking for a password that is not needed
    password = read_password(
        NEW_PASSWORD_ENV, f"Kata sandi untuk pengguna baru {ctx.args.name}: ", confirm=True
    )
    user = add_user(ctx.store(), actor, ctx.args.name, ctx.args.role, password, ctx.args.full_name)
    if ctx.args.json:
        print_json({"name": user.name, "role": user.role})
    else:
        say(f"Pengguna {user.name} ({role_label(user.role)}) ditambahkan.")
    return 0


def cmd_user_passwd(ctx: Context) -> int:
    actor = ctx.actor()
    name = ctx.args.name or actor.name
    password = read_password(NEW_PASSWORD_ENV, f"Kata sandi baru untuk {name}: ", confirm=True)
    set_password(ctx.store(), actor, name, password)
    say(f"Kata sandi {name} diganti.")
    return 0


def cmd_user_active(ctx: Context) -> int:
    active = ctx.args.user_command == "activate"
    set_active(ctx.store(), ctx.actor(), ctx.args.name, active)
    say(f"Pengguna {ctx.args.name} {'diaktifkan' if active else 'dinonaktifkan'}.")
    return 0


def cmd_user_list(ctx: Context) -> int:
    users = list_users(ctx.store(), ctx.actor())
    if ctx.args.json:
        print_json({"users": users})
    else:
        for u in users:
            role = role_label(str(u["role"]))
            say(f"{u['name']:<20} {role:<11} {'aktif' if u['active'] else 'nonaktif'}")
    return 0


def _typed_date(text: str | None) -> date | str | None:
    """A date as an officer types it, read as the import reads a cell (12-05-1980, 12 Mei 1980,
    1980-05-12); text it cannot read goes on as typed, for the rules to name it."""
    return None if text is None else parse_date(text, clock.today())


def cmd_worker_add(ctx: Context) -> int:
    a = ctx.args
    actor = ctx.actor()
    fields = CandidateFields(
        nik=a.nik,
        name=a.name,
        sex=a.sex,
        birth_date=_typed_date(a.birth_date),
        birth_place=a.birth_place,
        mother_name=a.mother,
        kk=a.kk,
        address=a.address,
        rt=a.rt,
        rw=a.rw,
        phone=a.phone,
        occupation=a.occupation,
        income=a.income,
        desil=a.desil,
        funding=a.funding,
        proposed_by=a.proposed_by,
        notes=a.notes,
        village_code=a.village,
    )
    result = register_candidate(ctx.store(), actor, fields)
    if a.json:
        print_json(
            {
                "status": result.candidate["status"],
                "nik": result.candidate["nik"],
                "name": result.candidate["name"],
                "warnings": [w.to_dict() for w in result.warnings],
            }
        )
    else:
        say(f"Tersimpan: {result.candidate['name']} ({_status(result.candidate['status'])}).")
        for w in result.warnings:
            say(f"  peringatan: {w.message}")
    return 0


def cmd_worker_edit(ctx: Context) -> int:
    a = ctx.args
    store, actor = ctx.store(), ctx.actor()
    fields = fields_of(get_candidate(store, actor, a.nik))
    changes = {
        "nik": a.new_nik, "name": a.name, "sex": a.sex, "birth_date": _typed_date(a.birth_date),
        "birth_place": a.birth_place, "mother_name": a.mother, "kk": a.kk,
        "address": a.address, "rt": a.rt, "rw": a.rw, "phone": a.phone,
        "occupation": a.occupation, "income": a.income, "desil": a.desil,
        "funding": a.funding, "proposed_by": a.proposed_by, "notes": a.notes,
    }  # fmt: skip
    for name, value in changes.items():
        if value is not None:
            setattr(fields, name, value)
    result = update_candidate(store, actor, a.nik, fields, a.reason)
    if a.json:
        print_json({"status": result.candidate["status"], "nik": result.candidate["nik"],
                    "warnings": [w.to_dict() for w in result.warnings]})  # fmt: skip
    else:
        say(f"Diperbaiki: {result.candidate['name']} ({_status(result.candidate['status'])}).")
        for w in result.warnings:
            say(f"  peringatan: {w.message}")
    return 0


def cmd_worker_list(ctx: Context) -> int:
    rows = list_candidates(ctx.store(), ctx.actor(), status=ctx.args.status, search=ctx.args.search)
    if ctx.args.json:
        print_json({"count": len(rows), "workers": rows})
    else:
        for r in rows:
            line = f"{r['nik']}  {r['name']:<30} {_status(r['status']):<22} {r['village_code']}"
            if r.get("kpj"):
                line += f"  KPJ {r['kpj']}"
            if r.get("rejection_reason") and r["status"] in ("rejected", "ended"):
                line += f"  alasan: {r['rejection_reason'][:80]}"
            say(line)
        say(f"{len(rows)} data")
    return 0


def cmd_verify(ctx: Context) -> int:
    a = ctx.args
    actor = ctx.actor()
    outcome = decide(
        ctx.store(), actor, None if a.all else a.nik, reject=a.reject, reason=a.reason,
        include_warnings=a.include_warnings,
    )  # fmt: skip
    if a.json:
        print_json(
            {
                "decided": [d.__dict__ for d in outcome.decided],
                "skipped_own_entries": [d.__dict__ for d in outcome.skipped_own],
                "skipped_with_warnings": [d.__dict__ for d in outcome.skipped_warnings],
            }
        )
    else:
        verb = "ditolak" if a.reject else "diverifikasi"
        say(f"{len(outcome.decided)} data {verb}.")
        if outcome.skipped_own:
            say(
                f"{len(outcome.skipped_own)} data dilewati: Anda sendiri yang memasukkannya "
                "(aturan empat mata: verifikator bukan petugas yang memasukkan data)."
            )
        if outcome.skipped_warnings:
            say(
                f"{len(outcome.skipped_warnings)} data dilewati karena ada peringatan: cocokkan "
                "dengan KTP/KK, lalu setujui satu per satu (--nik) atau dengan "
                "--include-warnings."
            )
            for item in outcome.skipped_warnings[:20]:
                say(f"  {item.nik_masked}  {item.name}")
    return 0


def cmd_doctor(ctx: Context) -> int:
    report = run_doctor(ctx.store())
    if ctx.args.json:
        print_json(
            {
                "ok": report.ok,
                "candidates": report.checked_candidates,
                "events": report.checked_events,
                "problems": [p.to_dict() for p in report.problems],
            }
        )
    else:
        say(
            f"Diperiksa: {report.checked_candidates} data calon, "
            f"{report.checked_events} catatan audit."
        )
        for p in report.problems:
            say(f"MASALAH: {p.message}")
        say("Semua baik." if report.ok else f"{len(report.problems)} masalah ditemukan.")
    return 0 if report.ok else 1


def cmd_program_show(ctx: Context) -> int:
    ctx.actor()
    rules = program_rules(ctx.store())
    monthly = monthly_contribution(None, rules.rates)
    data = {
        "name": rules.name,
        "year": rules.year,
        "coverage_start": rules.coverage_start,
        "coverage_end": rules.coverage_end,
        "months": rules.months,
        "age_min": rules.age_min,
        "age_max": rules.age_max,
        "quota_per_village": rules.quota_per_village,
        "budget": rules.budget,
        "max_desil": rules.max_desil,
        "jkk_monthly": monthly.jkk,
        "jkm_monthly": monthly.jkm,
        "total_monthly": monthly.total,
    }
    if ctx.args.json:
        print_json(data)
    else:
        for key, value in data.items():
            say(f"{_PROGRAM_LABELS.get(key, key):<26} {'—' if value is None else value}")
    return 0


def cmd_region_search(ctx: Context) -> int:
    a = ctx.args
    found = search_regions(a.text, limit=a.limit, level=a.level)
    if a.json:
        print_json(
            {
                "regions": [
                    {"code": r.code, "name": r.name, "level": r.level, "label": r.label()}
                    for r in found
                ]
            }
        )
    else:
        for r in found:
            say(f"{r.code:<14} {r.label()}")
    return 0 if found else 1


def cmd_nik_check(ctx: Context) -> int:
    result = parse_nik(ctx.args.nik)
    info = result.info
    data: dict[str, Any] = {
        "ok": result.ok,
        "nik": result.nik,
        "findings": [f.to_dict() for f in result.findings],
    }
    if info is not None:
        region = get_region(info.regency_code)
        data.update(
            birth_date=info.birth_date,
            sex=info.sex,
            district_code=info.district_code,
            district_name=info.district_name,
            regency_name=region.name if region else None,
        )
    if ctx.args.json:
        print_json(data)
    else:
        if info is not None:
            say(f"Tanggal lahir: {info.birth_date.isoformat()}  Jenis kelamin: {info.sex}")
            say(f"Kecamatan penerbit: {info.district_code} {info.district_name or '?'}")
        for f in result.findings:
            say(f"{'GALAT' if f.is_error else 'peringatan'}: {f.message}")
        say("NIK sah." if result.ok else "NIK ditolak.")
    return 0 if result.ok else 1
