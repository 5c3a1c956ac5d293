"""program publish/load, station export/add/list, batch export/import/results."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import Any

from lingkaran_desktop import clock
from lingkaran_desktop.cli.context import (
    PASSWORD_ENV,
    USER_ENV,
    Context,
    json_flag,
    print_json,
    read_password,
    say,
)
from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.services.backup import (
    restore_backup,
    rotating_backup,
    write_backup,
)
from lingkaran_desktop.services.batches import (
    export_batch,
    export_results,
    receive_batches,
    receive_results,
    station_status,
)
from lingkaran_desktop.services.bpjs import (
    export_registration,
    import_result,
    write_bpjs_changes,
)
from lingkaran_desktop.services.changes import bpjs_changes
from lingkaran_desktop.services.conflicts import decide_conflict, list_conflicts
from lingkaran_desktop.services.migrate_db import migrate_database
from lingkaran_desktop.services.purge import purge_program
from lingkaran_desktop.services.trust import (
    add_station,
    export_station,
    load_program,
    own_station_fingerprint,
    publish_program,
)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"bukan tanggal YYYY-MM-DD: {text}") from exc


def register(commands: Any, program: Any) -> None:
    """``program`` is the existing ``program`` sub-command group (it also has ``show``)."""
    p = program.add_parser("publish", help="kabupaten: terbitkan profil program bertanda tangan")
    p.add_argument("--name", required=True)
    p.add_argument("--year", required=True, type=int)
    p.add_argument("--start", required=True, type=_iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--months", required=True, type=int)
    p.add_argument("--quota-per-village", type=int)
    p.add_argument("--age-min", type=int, default=18)
    p.add_argument("--age-max", type=int, default=65)
    p.add_argument("--budget", type=int, metavar="RUPIAH")
    p.add_argument("--max-desil", type=int)
    p.add_argument(
        "--new", dest="new_program", action="store_true",
        help="program baru untuk periode berikutnya (uid baru); program yang berjalan disimpan "
        "bersama pesertanya, dan desa memperpanjang pesertanya dengan 'renew'",
    )  # fmt: skip
    p.add_argument("--out", required=True, type=Path)
    json_flag(p)
    p.set_defaults(handler=cmd_program_publish)
    p = program.add_parser(
        "purge", help="akhir program: arsipkan lalu hapus data pribadi (UU 27/2022)"
    )
    p.add_argument("--archive", required=True, type=Path, help="berkas arsip terenkripsi")
    p.add_argument("--confirm", required=True, metavar="NAMA", help="nama program, persis")
    json_flag(p)
    p.set_defaults(handler=cmd_program_purge)
    p = program.add_parser("load", help="desa: muat profil program dari kabupaten")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--force", action="store_true",
        help="muat program baru walau program yang berjalan masih punya data terverifikasi "
        "atau koreksi/penarikan yang belum dikirim (ditinggalkan; dicatat di jejak audit)",
    )  # fmt: skip
    json_flag(p)
    p.set_defaults(handler=cmd_program_load)

    station = commands.add_parser("station", help="kunci stasiun dan sidik jarinya").add_subparsers(
        dest="station_command", metavar="ACTION", required=True
    )
    p = station.add_parser("export", help="desa: tulis berkas .lkstation untuk kabupaten")
    p.add_argument("--out", required=True, type=Path)
    json_flag(p)
    p.set_defaults(handler=cmd_station_export)
    p = station.add_parser("add", help="kabupaten: daftarkan stasiun desa")
    p.add_argument("file", type=Path)
    json_flag(p)
    p.set_defaults(handler=cmd_station_add)
    p = station.add_parser("list", help="kabupaten: stasiun terdaftar, kiriman yang diterima")
    json_flag(p)
    p.set_defaults(handler=cmd_station_list)
    p = station.add_parser("fingerprint", help="sidik jari kunci instalasi ini")
    p.set_defaults(handler=cmd_station_fingerprint)

    batch = commands.add_parser("batch", help="kirim dan terima berkas").add_subparsers(
        dest="batch_command", metavar="ACTION", required=True
    )
    p = batch.add_parser("export", help="desa: tulis kiriman berisi data terverifikasi")
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    json_flag(p)
    p.set_defaults(handler=cmd_batch_export)
    p = batch.add_parser(
        "import", help="kabupaten: terima kiriman .lkbatch; desa: terima hasil .lkresult"
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    json_flag(p)
    p.set_defaults(handler=cmd_batch_import)
    conflict = commands.add_parser(
        "conflict", help="kabupaten: NIK yang diusulkan dua desa"
    ).add_subparsers(dest="conflict_command", metavar="ACTION", required=True)
    p = conflict.add_parser("list", help="bentrokan yang belum diputuskan")
    p.add_argument("--all", action="store_true", help="juga yang sudah diputuskan")
    json_flag(p)
    p.set_defaults(handler=cmd_conflict_list)
    p = conflict.add_parser("decide", help="putuskan satu bentrokan")
    p.add_argument("id", type=int)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--keep", action="store_true", help="pakai data yang datang pertama")
    which.add_argument("--replace", action="store_true", help="pakai data yang datang kedua")
    p.add_argument("--reason", required=True)
    json_flag(p)
    p.set_defaults(handler=cmd_conflict_decide)

    p = batch.add_parser("results", help="kabupaten: tulis berkas hasil per desa")
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    json_flag(p)
    p.set_defaults(handler=cmd_batch_results)


def cmd_conflict_list(ctx: Context) -> int:
    rows = list_conflicts(ctx.store(), ctx.actor(), open_only=not ctx.args.all)
    if ctx.args.json:
        print_json({"conflicts": [r.__dict__ for r in rows]})
    else:
        for r in rows:
            say(
                f"#{r.id:<5} {r.nik_masked}  {r.name_existing} ({r.village_existing})  ↔  "
                f"{r.name_incoming} ({r.village_incoming})  [{r.status}]"
            )
        say(f"{len(rows)} bentrokan")
    return 0


def cmd_conflict_decide(ctx: Context) -> int:
    a = ctx.args
    view = decide_conflict(ctx.store(), ctx.actor(), a.id, replace=a.replace, reason=a.reason)
    if a.json:
        print_json(view.__dict__)
    else:
        kept = view.village_incoming if a.replace else view.village_existing
        say(f"Bentrokan #{view.id} diputuskan: data dari desa {kept} dipakai.")
    return 0


def cmd_program_publish(ctx: Context) -> int:
    a = ctx.args
    result = publish_program(
        ctx.store(), ctx.actor(), a.out, name=a.name, year=a.year, start=a.start,
        months=a.months, quota_per_village=a.quota_per_village, age_min=a.age_min,
        age_max=a.age_max, budget=a.budget, max_desil=a.max_desil, new_program=a.new_program,
    )  # fmt: skip
    if a.json:
        print_json(result.__dict__)
    else:
        say(f"Profil program '{result.name}' ditulis ke {result.path}")
        if a.start < clock.today():
            say(
                f"PERHATIAN: masa perlindungan mulai {a.start:%d-%m-%Y}, sebelum hari ini. "
                "Iuran dan kartu dihitung sejak tanggal itu; periksa dengan BPJS bila peserta "
                "baru didaftarkan sekarang."
            )
        say(f"Sidik jari kunci kabupaten: {result.fingerprint}")
    return 0


def cmd_program_purge(ctx: Context) -> int:
    report = purge_program(ctx.store(), ctx.actor(), ctx.args.archive, ctx.args.confirm)
    if ctx.args.json:
        print_json(report.__dict__)
    else:
        say(f"Arsip terenkripsi: {report.archive} (SHA-256 {report.archive_sha256})")
        say(f"{report.candidates} data peserta dihapus; {report.events_emptied} catatan audit "
            "dikosongkan dari data pribadi.")  # fmt: skip
    return 0


def cmd_program_load(ctx: Context) -> int:
    result = load_program(ctx.store(), ctx.actor(), ctx.args.file, force=ctx.args.force)
    if ctx.args.json:
        print_json(result.__dict__)
        return 0
    say(f"Program '{result.name}' dimuat dari {result.region_name} ({result.region_code}).")
    if result.previous:
        say(f"Program sebelumnya '{result.previous}' tidak berjalan lagi (tetap tersimpan; "
            "peserta terdaftarnya bisa diperpanjang dengan 'renew').")  # fmt: skip
    if result.left_verified or result.left_changes:
        say(f"PERHATIAN: ditinggalkan di program '{result.previous}' (tidak akan dikirim): "
            f"{result.left_verified} calon terverifikasi, {result.left_changes} "
            "koreksi/penarikan. Dicatat di jejak audit.")  # fmt: skip
    if result.left_proposed:
        say(f"{result.left_proposed} calon yang belum diverifikasi tetap di program "
            f"'{result.previous}'.")  # fmt: skip
    say(f"Sidik jari kunci kabupaten: {result.fingerprint}")
    say("Cocokkan sidik jari ini dengan petugas kabupaten lewat telepon.")
    return 0


def cmd_station_export(ctx: Context) -> int:
    result = export_station(ctx.store(), ctx.actor(), ctx.args.out)
    if ctx.args.json:
        print_json(result.__dict__)
    else:
        say(f"Berkas stasiun ditulis ke {result.path}")
        say(f"Sidik jari: {result.fingerprint}  (bacakan ke petugas kabupaten lewat telepon)")
    return 0


def cmd_station_add(ctx: Context) -> int:
    result = add_station(ctx.store(), ctx.actor(), ctx.args.file)
    if ctx.args.json:
        print_json(result.__dict__)
    else:
        verb = "didaftarkan" if result.changed else "sudah terdaftar"
        say(f"Stasiun {result.region_code} {result.region_name} {verb}.")
        say(f"Sidik jari: {result.fingerprint}  (cocokkan dengan petugas desa lewat telepon)")
    return 0


def cmd_station_list(ctx: Context) -> int:
    ctx.actor()
    rows = station_status(ctx.store())
    if ctx.args.json:
        print_json(
            {"stations": [
                {"region_code": s.region_code, "region_name": s.region_name,
                 "fingerprint": s.fingerprint, "received": s.received, "gaps": s.gaps}
                for s in rows
            ]}
        )  # fmt: skip
    else:
        for s in rows:
            gaps = f"  HILANG: {', '.join(map(str, s.gaps))}" if s.gaps else ""
            say(f"{s.region_code:<14} {s.fingerprint}  diterima: {len(s.received)}{gaps}")
    return 0


def cmd_station_fingerprint(ctx: Context) -> int:
    say(own_station_fingerprint(ctx.store()))
    return 0


def cmd_batch_export(ctx: Context) -> int:
    result = export_batch(ctx.store(), ctx.actor(), ctx.args.out)
    if ctx.args.json:
        print_json({**result.__dict__, "others": [o.__dict__ for o in result.others]})
    else:
        for batch in (result, *result.others):
            say(f"Kiriman no. {batch.sequence} ({batch.records} data baru, {batch.corrections} "
                f"koreksi, {batch.withdrawals} penarikan) program '{batch.program}' ditulis ke "
                f"{batch.path}")  # fmt: skip
            say(f"SHA-256: {batch.sha256}")
    return 0


def cmd_batch_import(ctx: Context) -> int:
    store, actor = ctx.store(), ctx.actor()
    from lingkaran_desktop.services.installation import installation_info

    role = installation_info(store).role
    if role == "village":
        outcomes = receive_results(store, actor, list(ctx.args.files))
    else:
        outcomes = receive_batches(store, actor, list(ctx.args.files))
    if ctx.args.json:
        print_json({"files": [o.__dict__ for o in outcomes]})
    else:
        words = {"accepted": "DITERIMA", "already_imported": "SUDAH PERNAH", "refused": "DITOLAK"}
        kinds = {"correction": "koreksi", "withdrawal": "penarikan"}
        for o in outcomes:
            if o.outcome == "already_imported":
                detail = f"kiriman no. {o.sequence} sudah diterima sebelumnya; tidak ada perubahan"
            elif role == "district":
                detail = o.reason or (
                    f"{o.records} data, {o.new} baru, {o.conflicts} bentrok, {o.rejected} ditolak"
                )
                if o.resubmitted:
                    detail += f", {o.resubmitted} diajukan ulang setelah ditolak"
                if o.refused_again:
                    detail += (f", {o.refused_again} tetap ditolak (bentrok NIK sudah diputuskan "
                               "untuk desa lain)")  # fmt: skip
            else:
                detail = o.reason or f"{o.records} hasil, {o.updated} diperbarui"
            if o.program and not o.running and o.outcome != "refused":
                detail += f" (program lama '{o.program}')"
            say(f"{words[o.outcome]:<13} {Path(o.file).name}: {detail}")
            if role == "village":
                if o.unapplied:
                    say(f"{'':<13} {len(o.unapplied)} koreksi/penarikan TIDAK diterapkan "
                        "kabupaten:")  # fmt: skip
                for item in o.unapplied:
                    say(f"{'':<13} {kinds.get(item['kind'], item['kind'])} {item['nik']} "
                        f"(kiriman no. {item['batch']}): {item['reason']}")  # fmt: skip
                continue
            if o.corrections_applied or o.withdrawals_applied or o.unapplied:
                say(f"{'':<13} koreksi diterapkan: {o.corrections_applied}, penarikan "
                    f"diterapkan: {o.withdrawals_applied}, tidak diterapkan: "
                    f"{len(o.unapplied)}")  # fmt: skip
            for item in o.unapplied:
                say(f"{'':<13} TIDAK DITERAPKAN: {item['reason']}")
            if o.for_bpjs:
                say(f"{'':<13} {o.for_bpjs} perubahan peserta terdaftar perlu diteruskan ke BPJS "
                    "(lihat 'bpjs changes').")  # fmt: skip
    return 1 if any(o.outcome == "refused" for o in outcomes) else 0


def cmd_batch_results(ctx: Context) -> int:
    files = export_results(ctx.store(), ctx.actor(), ctx.args.out)
    if ctx.args.json:
        print_json({"files": [f.__dict__ for f in files]})
    else:
        for f in files:
            say(f"{f.path}: {f.records} hasil (program '{f.program}')")
        say(f"{len(files)} berkas hasil ditulis.")
    return 0


def register_bpjs(commands: Any) -> None:
    bpjs = commands.add_parser("bpjs", help="kabupaten: berkas untuk dan dari BPJS").add_subparsers(
        dest="bpjs_command", metavar="ACTION", required=True
    )
    p = bpjs.add_parser("export", help="tulis buku kerja pendaftaran untuk BPJS")
    p.add_argument("--out", required=True, type=Path)
    json_flag(p)
    p.set_defaults(handler=cmd_bpjs_export)
    p = bpjs.add_parser("import-result", help="baca jawaban BPJS (KPJ atau alasan penolakan)")
    p.add_argument("file", type=Path)
    json_flag(p)
    p.set_defaults(handler=cmd_bpjs_import_result)
    p = bpjs.add_parser(
        "changes", help="perubahan untuk BPJS: koreksi dan penarikan peserta yang sudah terdaftar"
    )
    p.add_argument("--out", type=Path,
                   help="tulis yang belum diteruskan ke berkas .xlsx untuk BPJS (lalu ditandai "
                        "sudah diteruskan)")  # fmt: skip
    p.add_argument("--all", action="store_true", help="juga yang sudah diteruskan, dengan tanggal")
    json_flag(p)
    p.set_defaults(handler=cmd_bpjs_changes)


def cmd_bpjs_export(ctx: Context) -> int:
    result = export_registration(ctx.store(), ctx.actor(), ctx.args.out)
    if ctx.args.json:
        print_json(result.__dict__)
    else:
        say(f"{result.rows} peserta ditulis ke {result.path}")
        say(f"Iuran per bulan: Rp {result.monthly_total:,}; anggaran: Rp {result.budget_total:,}"
            .replace(",", "."))  # fmt: skip
        if result.over_quota:
            say(f"{len(result.over_quota)} data tidak dikirim: kuota desa sudah penuh.")
        if result.over_budget:
            say(f"{len(result.over_budget)} data tidak dikirim: melebihi pagu anggaran.")
    return 0


def cmd_bpjs_import_result(ctx: Context) -> int:
    report = import_result(ctx.store(), ctx.actor(), ctx.args.file)
    if ctx.args.json:
        print_json(report.__dict__)
    elif report.already_read:
        say(f"Berkas jawaban ini sudah dibaca pada {report.already_read}; tidak ada yang diubah.")
    else:
        skipped = len(report.invalid) + len(report.unknown_niks)
        say(
            f"{report.rows} baris: {report.enrolled} terdaftar (KPJ), {report.rejected} ditolak, "
            f"{report.unchanged} sudah tercatat sebelumnya, {skipped} tidak diproses."
        )
        if report.unknown_niks:
            rows = ", ".join(map(str, report.unknown_niks[:20]))
            say(f"NIK tidak dikenal (tidak diproses) di baris: {rows}")
        for item in report.invalid[:20]:
            say(f"Baris {item['row']} tidak diproses: {item['reason']}")
        if len(report.invalid) > 20:
            say(f"... dan {len(report.invalid) - 20} baris lain tidak diproses (semua: --json).")
        if report.withdrawn_enrolled:
            rows = ", ".join(map(str, report.withdrawn_enrolled[:20]))
            say(f"PERHATIAN: BPJS mendaftarkan {len(report.withdrawn_enrolled)} orang yang sudah "
                f"ditarik desa (baris {rows}). KPJ-nya dicatat; penarikannya ada di "
                "'bpjs changes' untuk diteruskan ke BPJS.")  # fmt: skip
    return 1 if report.invalid else 0


def cmd_bpjs_changes(ctx: Context) -> int:
    if ctx.args.out is not None:
        written = write_bpjs_changes(ctx.store(), ctx.actor(), ctx.args.out)
        if ctx.args.json:
            print_json({"file": str(ctx.args.out), "changes": written})
        else:
            say(f"{written} perubahan untuk BPJS ditulis ke {ctx.args.out}")
        return 0
    rows = bpjs_changes(ctx.store(), ctx.actor(), passed_too=ctx.args.all)
    if ctx.args.json:
        print_json({"changes": [r.__dict__ for r in rows]})
        return 0
    for r in rows:
        passed = f"; diteruskan {r.passed_at:%Y-%m-%d}" if r.passed_at else ""
        say(f"{r.received_at:%Y-%m-%d}  {r.village:<14} {r.nik}  KPJ {r.kpj or '-'}  {r.name}: "
            f"{r.kind_word} ({r.what()}); alasan: {r.reason or '-'}; program "
            f"'{r.program}'{passed}")  # fmt: skip
    waiting = sum(1 for r in rows if r.passed_at is None)
    say(f"{waiting} perubahan untuk BPJS belum diteruskan"
        + (f" ({len(rows) - waiting} sudah)" if ctx.args.all else ""))  # fmt: skip
    return 0


def register_backup(commands: Any) -> None:
    p = commands.add_parser("backup", help="tulis cadangan terenkripsi (mis. ke flashdisk kedua)")
    p.add_argument("--out", type=Path, help="berkas tujuan; tanpa ini: cadangan harian bergilir")
    json_flag(p)
    p.set_defaults(handler=cmd_backup)
    p = commands.add_parser(
        "restore", help="pulihkan cadangan ke folder data ini (laptop baru: folder kosong)"
    )
    p.add_argument("file", type=Path)
    json_flag(p)
    p.set_defaults(handler=cmd_restore)


def cmd_backup(ctx: Context) -> int:
    store, actor = ctx.store(), ctx.actor()
    if ctx.args.out:
        info = write_backup(store, actor, ctx.args.out)
    else:
        info = rotating_backup(store, actor, "manual")
    if ctx.args.json:
        print_json(info.__dict__)
    else:
        say(f"Cadangan ditulis dan diperiksa: {info.path}")
        say(", ".join(f"{k}: {v}" for k, v in info.counts.items()))
    return 0


def cmd_restore(ctx: Context) -> int:
    user = ctx.args.user or os.environ.get(USER_ENV)
    if not user:
        raise DomainError(error("USER_REQUIRED"))
    password = read_password(PASSWORD_ENV, f"Kata sandi {user} (dari laptop lama): ")
    info = restore_backup(ctx.home, ctx.args.file, user, password)
    if ctx.args.json:
        print_json(info.__dict__)
    else:
        say(f"Dipulihkan ke {info.path}")
        if info.replaced:
            say(f"Basis data sebelumnya disimpan sebagai {info.replaced}")
        say(", ".join(f"{k}: {v}" for k, v in info.counts.items()))
    return 0


def register_migrate(commands: Any) -> None:
    p = commands.add_parser(
        "migrate-db", help="pindahkan basis data (mis. SQLite ke PostgreSQL), lalu periksa"
    )
    p.add_argument("--from", dest="source", required=True, metavar="URL")
    p.add_argument("--to", dest="target", required=True, metavar="URL")
    json_flag(p)
    p.set_defaults(handler=cmd_migrate_db)


def cmd_migrate_db(ctx: Context) -> int:
    report = migrate_database(ctx.home, ctx.args.source, ctx.args.target)
    if ctx.args.json:
        print_json(report.__dict__)
    else:
        for table, n in report.counts.items():
            say(f"{table:<18} {n}")
        say("Disalin; jumlah baris sama dan 'doctor' lulus di basis data tujuan.")
    return 0
