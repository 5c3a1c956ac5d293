"""cards, minutes and verify-card commands."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from lingkaran_desktop.cli.context import Context, json_flag, print_json, say
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.domain.status import CandidateStatus
from lingkaran_desktop.services.cards import (
    card_texts_in_image,
    print_cards,
    verify_card,
    write_calibration,
    write_minutes,
)


def register(commands: Any) -> None:
    p = commands.add_parser(
        "cards", help="cetak kartu peserta (PDF, 10 per A4, dengan tanda potong)",
        description="Kartu hanya untuk peserta terdaftar (punya KPJ), kecuali --status dipilih "
                    "dengan sengaja (kartu SEMENTARA). Cetak ulang wajib --reason.",
    )
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--all-enrolled", action="store_true", help="semua peserta terdaftar")
    which.add_argument("--nik", nargs="+", metavar="N", help="NIK peserta tertentu")
    p.add_argument("--status", choices=[s.value for s in CandidateStatus],
                   help="semua peserta berstatus ini (atau, dengan --nik, izinkan status ini)")
    p.add_argument("--no-back", action="store_true", help="tanpa halaman belakang")
    p.add_argument("--calibration", action="store_true",
                   help="hanya halaman kalibrasi printer (tanpa data peserta)")
    p.add_argument("--reason", help="alasan cetak ulang (wajib bila kartu pernah dicetak)")
    p.add_argument("--contact", help="kontak kantor desa di belakang kartu")
    json_flag(p)
    p.set_defaults(handler=cmd_cards)

    p = commands.add_parser("minutes", help="berita acara verifikasi satu kiriman (PDF)")
    p.add_argument("--batch", required=True, type=int, metavar="SEQ", help="nomor kiriman")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    json_flag(p)
    p.set_defaults(handler=cmd_minutes)

    p = commands.add_parser(
        "verify-card", help="periksa keaslian kartu dari teks QR atau gambar (tanpa internet)",
        description="Keluar 0 bila kartu asli dan berlaku; 1 dengan alasannya bila diubah, "
                    "ditandatangani kunci tak dikenal, habis masa berlaku atau sementara.",
    )
    p.add_argument("text", nargs="?", help="isi kode QR (LK...)")
    p.add_argument("--image", type=Path, metavar="FILE.png", help="foto atau pindaian kartu")
    p.add_argument("--nik", help="cocokkan juga dengan NIK di KTP (hanya kartu terbitan sini; "
                                 "perlu masuk sebagai pengguna)")
    json_flag(p)
    p.set_defaults(handler=cmd_verify_card)


def cmd_cards(ctx: Context) -> int:
    a = ctx.args
    if a.calibration:
        pages = write_calibration(a.out, back=not a.no_back)
        if a.json:
            print_json({"path": str(a.out), "pages": pages, "calibration": True})
        else:
            say(f"Halaman kalibrasi ditulis: {a.out} ({pages} halaman). Cetak dengan skala 100%.")
        return 0
    done = print_cards(
        ctx.store(), ctx.actor(), a.out, niks=a.nik, all_enrolled=a.all_enrolled,
        status=a.status, back=not a.no_back, reason=a.reason, contact=a.contact,
    )
    if a.json:
        print_json(done.__dict__)
    else:
        say(f"{done.cards} kartu ditulis ke {done.path} ({done.pages} halaman"
            f"{', cetak bolak-balik: balik pada sisi panjang' if not a.no_back else ''}).")
        if done.reprints:
            say(f"{done.reprints} di antaranya cetak ulang; dicatat dengan alasan: {a.reason}")
    return 0


def cmd_minutes(ctx: Context) -> int:
    a = ctx.args
    done = write_minutes(ctx.store(), ctx.actor(), a.batch, a.out)
    if a.json:
        print_json(done.__dict__)
    else:
        say(f"Berita acara kiriman {done.sequence} ditulis ke {done.path}: {done.verified} "
            f"disetujui, {done.rejected} ditolak ({done.pages} halaman).")
    return 0


def _describe(check: Any) -> list[str]:
    lines = [
        "KARTU ASLI dan berlaku.",
        f"  Nama      : {check.name}{' (dipendekkan)' if check.name_shortened else ''}",
        f"  NIK       : {check.nik_masked}",
        f"  No. KPJ   : {check.kpj or '-'}",
        f"  Desa      : {check.village} ({check.village_code})",
        f"  Program   : {check.program or '(tidak dikenal di instalasi ini)'} — JKK + JKM",
        f"  Berlaku   : {_day(check.coverage_start)} s.d. {_day(check.coverage_end)}",
        f"  Diterbitkan {_day(check.issued_on)} oleh {check.issuer}"
        f"{' (instalasi ini)' if check.issuer_is_self else ''}",
    ]
    if check.nik_matches is not None:
        lines.append("  NIK cocok dengan kartu." if check.nik_matches
                     else "  PERHATIAN: NIK yang diberikan TIDAK cocok dengan kartu ini.")
    return lines


def _day(value: Any) -> str:
    return value.strftime("%d-%m-%Y") if value else "-"


def cmd_verify_card(ctx: Context) -> int:
    a = ctx.args
    if bool(a.text) == bool(a.image):
        sys.stderr.write("lingkaran: berikan teks kode QR atau --image FILE (salah satu)\n")
        return 2
    store = ctx.store()
    actor = ctx.actor() if a.nik else None
    sources: list[str | Path] = [a.text] if a.text else list(card_texts_in_image(a.image))
    results: list[dict[str, Any]] = []
    failed = False
    for source in sources:
        try:
            check = verify_card(store, source, nik=a.nik, actor=actor)
        except DomainError as exc:
            failed = True
            results.append({"genuine": False, "code": exc.code, "reason": exc.finding.message})
            if not a.json:
                sys.stderr.write(f"lingkaran: {exc.finding.message}\n")
            continue
        if check.nik_matches is False:
            failed = True
        results.append({"genuine": True, **check.to_dict()})
        if not a.json:
            for line in _describe(check):
                say(line)
    if a.json:
        print_json({"cards": results, "ok": not failed})
    return 1 if failed else 0
