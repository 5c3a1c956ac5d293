"""program publish/load, station export/add/list, batch export/import/results."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from lingkaran_desktop.cli.context import Context, print_json, say
from lingkaran_desktop.services.batches import (
    export_batch,
    export_results,
    import_batch,
    import_results,
    station_status,
)
from lingkaran_desktop.services.trust import (
    add_station,
    export_station,
    load_program,
    own_station_fingerprint,
    publish_program,
)


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="cetak satu objek JSON di stdout")


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
    p.add_argument("--out", required=True, type=Path)
    _json_flag(p)
    p.set_defaults(handler=cmd_program_publish)
    p = program.add_parser("load", help="desa: muat profil program dari kabupaten")
    p.add_argument("file", type=Path)
    _json_flag(p)
    p.set_defaults(handler=cmd_program_load)

    station = commands.add_parser("station", help="kunci stasiun dan sidik jarinya").add_subparsers(
        dest="station_command", metavar="ACTION", required=True
    )
    p = station.add_parser("export", help="desa: tulis berkas .lkstation untuk kabupaten")
    p.add_argument("--out", required=True, type=Path)
    _json_flag(p)
    p.set_defaults(handler=cmd_station_export)
    p = station.add_parser("add", help="kabupaten: daftarkan stasiun desa")
    p.add_argument("file", type=Path)
    _json_flag(p)
    p.set_defaults(handler=cmd_station_add)
    p = station.add_parser("list", help="kabupaten: stasiun terdaftar, kiriman yang diterima")
    _json_flag(p)
    p.set_defaults(handler=cmd_station_list)
    p = station.add_parser("fingerprint", help="sidik jari kunci instalasi ini")
    p.set_defaults(handler=cmd_station_fingerprint)

    batch = commands.add_parser("batch", help="kirim dan terima berkas").add_subparsers(
        dest="batch_command", metavar="ACTION", required=True
    )
    p = batch.add_parser("export", help="desa: tulis kiriman berisi data terverifikasi")
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    _json_flag(p)
    p.set_defaults(handler=cmd_batch_export)
    p = batch.add_parser(
        "import", help="kabupaten: terima kiriman .lkbatch; desa: terima hasil .lkresult"
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    _json_flag(p)
    p.set_defaults(handler=cmd_batch_import)
    p = batch.add_parser("results", help="kabupaten: tulis berkas hasil per desa")
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    _json_flag(p)
    p.set_defaults(handler=cmd_batch_results)


def cmd_program_publish(ctx: Context) -> int:
    a = ctx.args
    result = publish_program(
        ctx.store(), ctx.actor(), a.out, name=a.name, year=a.year, start=a.start,
        months=a.months, quota_per_village=a.quota_per_village, age_min=a.age_min,
        age_max=a.age_max, budget=a.budget, max_desil=a.max_desil,
    )  # fmt: skip
    if a.json:
        print_json(result.__dict__)
    else:
        say(f"Profil program '{result.name}' ditulis ke {result.path}")
        say(f"Sidik jari kunci kabupaten: {result.fingerprint}")
    return 0


def cmd_program_load(ctx: Context) -> int:
    result = load_program(ctx.store(), ctx.actor(), ctx.args.file)
    if ctx.args.json:
        print_json(result.__dict__)
    else:
        say(f"Program '{result.name}' dimuat dari {result.region_name} ({result.region_code}).")
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
        print_json(result.__dict__)
    else:
        say(f"Kiriman no. {result.sequence} ({result.records} data) ditulis ke {result.path}")
        say(f"SHA-256: {result.sha256}")
    return 0


def cmd_batch_import(ctx: Context) -> int:
    store, actor = ctx.store(), ctx.actor()
    from lingkaran_desktop.services.installation import installation_info

    role = installation_info(store).role
    outcomes = []
    for path in ctx.args.files:
        if role == "village":
            outcomes.append(import_results(store, actor, path))
        else:
            outcomes.append(import_batch(store, actor, path))
    if ctx.args.json:
        print_json({"files": [o.__dict__ for o in outcomes]})
    else:
        words = {"accepted": "DITERIMA", "already_imported": "SUDAH PERNAH", "refused": "DITOLAK"}
        for o in outcomes:
            if o.outcome == "already_imported":
                detail = f"kiriman no. {o.sequence} sudah diterima sebelumnya; tidak ada perubahan"
            else:
                detail = o.reason or (
                    f"{o.records} data, {o.new} baru, {o.conflicts} bentrok, {o.rejected} ditolak"
                    if role == "district"
                    else f"{o.records} hasil, {o.updated} diperbarui"
                )
            say(f"{words[o.outcome]:<13} {Path(o.file).name}: {detail}")
    return 1 if any(o.outcome == "refused" for o in outcomes) else 0


def cmd_batch_results(ctx: Context) -> int:
    files = export_results(ctx.store(), ctx.actor(), ctx.args.out)
    if ctx.args.json:
        print_json({"files": [f.__dict__ for f in files]})
    else:
        for f in files:
            say(f"{f.path}: {f.records} hasil")
        say(f"{len(files)} berkas hasil ditulis.")
    return 0
