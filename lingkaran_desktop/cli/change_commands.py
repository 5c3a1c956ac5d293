"""withdraw, correct, renew and program list: records that were already sent, the next period."""

from __future__ import annotations

import argparse
from typing import Any

from lingkaran_desktop.cli.context import Context, json_flag, print_json, say
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.domain.nik import mask_nik
from lingkaran_desktop.domain.status import STATUS_LABELS_ID, CandidateStatus, same_person
from lingkaran_desktop.services.candidates import typed_nik_format_error
from lingkaran_desktop.services.changes import (
    CORRECTABLE,
    WITHDRAW_REASONS,
    ChangeRequest,
    approve_change,
    changes_to_check,
    correct_candidate,
    decline_change,
    field_label,
    withdraw_candidate,
)
from lingkaran_desktop.services.renewal import list_programs, renew_participants


def _assignment(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"tulis FIELD=NILAI, mis. name=Siti Aminah: {text}")
    return name.strip(), value


def register(commands: Any, program: Any) -> None:
    """``program`` is the existing ``program`` sub-command group (``list`` joins it)."""
    p = commands.add_parser(
        "withdraw",
        help="tarik peserta dari program (meninggal, pindah, tidak memenuhi syarat, mundur)",
        description="Data yang sudah dikirim: diajukan → ditolak, terdaftar → berakhir; "
        "penarikannya ikut kiriman berikutnya ke kabupaten. Data yang belum dikirim ditolak di "
        "desa (oleh verifikator), tanpa dikirim.",
    )
    p.add_argument("nik")
    examples = ", ".join(f"'{r}'" for r in WITHDRAW_REASONS)
    p.add_argument("--reason", required=True, help=f"alasan, mis. {examples}")
    json_flag(p)
    p.set_defaults(handler=cmd_withdraw)

    p = commands.add_parser(
        "correct",
        help="koreksi data yang sudah dikirim atau terdaftar (ikut kiriman berikutnya)",
        description="Isian yang bisa dikoreksi: " + ", ".join(CORRECTABLE) + " (juga mother, "
        "occupation, birth-date…). NIK tidak bisa dikoreksi: tarik datanya lalu masukkan lagi. "
        "Nilai kosong (mis. --set phone=) mengosongkan isian.",
    )
    p.add_argument("nik")
    p.add_argument(
        "--set", dest="changes", action="append", required=True, type=_assignment,
        metavar="FIELD=VALUE", help="isian yang diubah (boleh berulang)",
    )  # fmt: skip
    p.add_argument("--reason", required=True, help="alasan koreksi (dicatat dan dikirim)")
    json_flag(p)
    p.set_defaults(handler=cmd_correct)

    group = commands.add_parser(
        "changes",
        help="koreksi dan penarikan yang menunggu diperiksa orang kedua (empat mata)",
        description="Koreksi atau penarikan data yang sudah dikirim baru diterapkan dan ikut "
        "kiriman setelah disetujui orang lain (verifikator, sekretaris atau kepala desa) — "
        "bukan orang yang memintanya.",
    ).add_subparsers(dest="changes_command", required=True, metavar="PERINTAH")
    p = group.add_parser("list", help="yang menunggu diperiksa")
    p.add_argument("--declined", action="store_true",
                   help="yang ditolak pemeriksa, dengan siapa dan alasannya")  # fmt: skip
    json_flag(p)
    p.set_defaults(handler=cmd_changes_list)
    p = group.add_parser("approve", help="setujui: data diubah dan ikut kiriman berikutnya")
    p.add_argument("ids", nargs="*", type=int, metavar="NOMOR", help="nomor dari 'changes list'")
    p.add_argument("--all", action="store_true", help="semua yang menunggu (kecuali milik sendiri)")
    json_flag(p)
    p.set_defaults(handler=cmd_changes_approve)
    p = group.add_parser("decline", help="tolak: data tetap seperti semula, tidak dikirim")
    p.add_argument("id", type=int, metavar="NOMOR")
    p.add_argument("--reason", required=True, help="alasan menolak (dibaca peminta)")
    p.set_defaults(handler=cmd_changes_decline)

    p = commands.add_parser(
        "renew",
        help="perpanjang peserta terdaftar program lama ke program yang berjalan",
        description="Menyalin peserta berstatus terdaftar dari program lama ke program yang "
        "berjalan sebagai 'diusulkan' (tanpa mengetik ulang), diperiksa dengan aturan program "
        "baru; lalu verifikasi dan kirim seperti biasa.",
    )
    p.add_argument("--from", dest="source", required=True, metavar="PROGRAM",
                   help="uid atau nama program lama (lihat 'program list')")  # fmt: skip
    json_flag(p)
    p.set_defaults(handler=cmd_renew)

    p = program.add_parser("list", help="semua program di instalasi ini, dengan uid-nya")
    json_flag(p)
    p.set_defaults(handler=cmd_program_list)


def _status(status: str) -> str:
    return STATUS_LABELS_ID.get(CandidateStatus(status), status)


def _check_nik(text: str) -> None:
    """Say what is wrong with a NIK that cannot be one before looking it up (not "no candidate
    with NIK •••")."""
    wrong = typed_nik_format_error(text)
    if wrong is not None:
        raise DomainError(wrong)


def _waiting(number: int | None) -> str:
    return (
        f"Menunggu disetujui orang lain (verifikator, bukan Anda): 'lingkaran changes approve "
        f"{number}'. Setelah disetujui, data diubah dan ikut kiriman berikutnya ke kabupaten."
    )


def cmd_withdraw(ctx: Context) -> int:
    a = ctx.args
    _check_nik(a.nik)
    done = withdraw_candidate(ctx.store(), ctx.actor(), a.nik, a.reason)
    c = done.candidate
    if a.json:
        print_json({"nik": c["nik"], "name": c["name"], "status": c["status"],
                    "reason": c["rejection_reason"], "queued": done.queued,
                    "bpjs": done.bpjs, "change": done.change_id})  # fmt: skip
        return 0
    if done.queued:
        say(f"Permintaan penarikan {c['name']} tersimpan (nomor {done.change_id}).")
        say(_waiting(done.change_id))
    else:
        say(f"Ditarik: {c['name']} (status sekarang: {_status(c['status'])}).")
        say("Data ini belum pernah dikirim: cukup ditolak di desa, tidak ada yang dikirim.")
    return 0


def cmd_correct(ctx: Context) -> int:
    a = ctx.args
    _check_nik(a.nik)
    changes = dict(a.changes)
    done = correct_candidate(ctx.store(), ctx.actor(), a.nik, changes, a.reason)
    c = done.candidate
    if a.json:
        print_json({"nik": c["nik"], "name": c["name"], "status": c["status"],
                    "changes": done.changes, "queued": True, "bpjs": done.bpjs,
                    "change": done.change_id,
                    "warnings": [w.to_dict() for w in done.warnings]})  # fmt: skip
        return 0
    fields = ", ".join(field_label(name) for name in done.changes)
    say(f"Permintaan koreksi tersimpan: {c['name']} ({fields}), nomor {done.change_id}.")
    say(_waiting(done.change_id))
    if done.bpjs:
        say("Peserta sudah terdaftar di BPJS: kabupaten meneruskan perubahan ini ke BPJS.")
    for w in done.warnings:
        say(f"  peringatan: {w.message}")
    return 0


def _request_json(r: ChangeRequest) -> dict[str, Any]:
    return {"id": r.id, "kind": r.kind, "nik": r.nik, "name": r.name, "status": r.status,
            "changes": r.changes, "current": r.current, "reason": r.reason, "by": r.by,
            "at": r.at.isoformat(), "program": r.program, "declined_by": r.declined_by,
            "declined_reason": r.declined_reason}  # fmt: skip


def cmd_changes_list(ctx: Context) -> int:
    declined = ctx.args.declined
    found = changes_to_check(ctx.store(), ctx.actor(), declined=declined)
    if ctx.args.json:
        print_json({"changes": [_request_json(r) for r in found]})
        return 0
    if not found:
        say("Tidak ada permintaan yang ditolak." if declined
            else "Tidak ada koreksi atau penarikan yang menunggu diperiksa.")  # fmt: skip
        return 0
    for r in found:
        kind = "koreksi" if r.kind == "correction" else "penarikan"
        say(f"{r.id:>5}  {kind:<9} {mask_nik(r.nik)}  {r.name}  (diminta {r.by})")
        say(f"       {r.what()}")
        if r.kind == "correction":
            say(f"       alasan: {r.reason}")
        if declined:
            say(f"       DITOLAK oleh {r.declined_by}: {r.declined_reason}")
    return 0


def cmd_changes_approve(ctx: Context) -> int:
    a = ctx.args
    store, actor = ctx.store(), ctx.actor()
    ids = list(a.ids)
    if a.all:
        ids = [r.id for r in changes_to_check(store, actor) if not same_person(r.by, actor.name)]
    if not ids:
        say("Tidak ada yang disetujui: sebutkan NOMOR dari 'changes list', atau --all.")
        return 1 if not a.all else 0
    approved, refused = [], []
    for number in ids:
        try:
            done = approve_change(store, actor, number)
        except DomainError as exc:
            refused.append({"id": number, "reason": exc.finding.message})
            continue
        approved.append(_request_json(done))
    if a.json:
        print_json({"approved": approved, "refused": refused})
    else:
        for item in approved:
            say(f"Disetujui {item['id']}: {item['name']}. Ikut kiriman berikutnya.")
        for item in refused:
            say(f"Tidak disetujui {item['id']}: {item['reason']}")
    return 1 if refused else 0


def cmd_changes_decline(ctx: Context) -> int:
    a = ctx.args
    done = decline_change(ctx.store(), ctx.actor(), a.id, a.reason)
    say(f"Ditolak {done.id}: {done.name}. Data tetap seperti semula; tidak ada yang dikirim.")
    return 0


def cmd_renew(ctx: Context) -> int:
    report = renew_participants(ctx.store(), ctx.actor(), ctx.args.source)
    if ctx.args.json:
        print_json(report.__dict__)
        return 0
    say(
        f"{report.renewed} peserta dari '{report.from_program}' diperpanjang ke "
        f"'{report.to_program}' (status diusulkan: verifikasi lalu kirim seperti biasa)."
    )
    if report.refused:
        say(f"{len(report.refused)} tidak memenuhi syarat program baru (tidak disalin):")
        for item in report.refused[:50]:
            say(f"  {item['nik']}  {item['name']}: {'; '.join(item['reasons'])}")
    if report.skipped:
        say(f"{len(report.skipped)} sudah ada di program baru (dilewati).")
    return 0


def cmd_program_list(ctx: Context) -> int:
    rows = list_programs(ctx.store(), ctx.actor())
    if ctx.args.json:
        print_json({"programs": [r.__dict__ for r in rows]})
        return 0
    for r in rows:
        mark = "berjalan" if r.active else "lama"
        say(f"{r.uid}  {r.year}  {r.name:<40} {mark:<9} {r.enrolled} terdaftar")
    return 0
