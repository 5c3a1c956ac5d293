"""Messages for cards, minutes and the card check (Bahasa Indonesia first, English second)."""

from __future__ import annotations

from lingkaran_desktop.domain.messages import register

_MESSAGES = {
    "CARDS_SELECTION": (
        "Pilih peserta yang kartunya dicetak: NIK tertentu, semua peserta terdaftar, atau satu "
        "status.",
        "Choose whose cards to print: given NIKs, all enrolled participants, or one status.",
    ),
    "CARDS_STATUS_INVALID": (
        "Status '{status}' tidak dikenal. Pilihan: {choices}.",
        "Unknown status '{status}'. Choices: {choices}.",
    ),
    "CARDS_NONE": (
        "Tidak ada peserta berstatus '{status}' yang dapat dicetak kartunya.",
        "No participant with status '{status_code}' to print a card for.",
    ),
    "CARD_NOT_ENROLLED": (
        "{name} ({nik}) belum terdaftar di BPJS Ketenagakerjaan (status: {status}). Kartu hanya "
        "dicetak untuk peserta terdaftar; kartu SEMENTARA hanya bila status itu dipilih "
        "dengan sengaja (--status {status_code}).",
        "{name} ({nik}) is not enrolled with BPJS Ketenagakerjaan (status: {status_code}). Cards "
        "are printed for enrolled participants only; a PROVISIONAL card only when status "
        "'{status_code}' is chosen on purpose.",
    ),
    "CARD_REPRINT_REASON": (
        "Kartu {count} peserta (antara lain {name}) sudah pernah dicetak. Cetak ulang dicatat "
        "di jejak audit: tulis alasannya, misalnya \"kartu hilang\".",
        "Cards of {count} participants (e.g. {name}) were printed before. Reprints are "
        "recorded in the audit trail: give the reason, e.g. \"card lost\".",
    ),
    "CARDS_CANCELLED": (
        "Pencetakan kartu dibatalkan; tidak ada berkas yang ditulis dan tidak ada yang dicatat.",
        "Card printing was cancelled; no file was written and nothing was recorded.",
    ),
    "CARDS_FILE_FAILED": (
        "Berkas {path} gagal ditulis ({detail}). Tutup berkas itu bila sedang dibuka, atau "
        "pilih folder lain.",
        "Writing {path} failed ({detail}). Close the file if it is open, or choose another "
        "folder.",
    ),
    "CARD_NOT_LINGKARAN": (
        "Kode ini bukan kode kartu peserta Lingkaran.",
        "This code is not a Lingkaran participant card code.",
    ),
    "CARD_ALTERED": (
        "Kartu TIDAK ASLI: isi kode QR telah diubah atau rusak, tanda tangannya tidak cocok.",
        "NOT GENUINE: the QR code's content was altered or damaged; its signature does not "
        "match.",
    ),
    "CARD_UNKNOWN_KEY": (
        "Kartu TIDAK DAPAT DIPASTIKAN: ditandatangani kunci yang tidak dikenal instalasi ini "
        "(kunci {key_id}). Kartu palsu, atau diterbitkan stasiun yang belum terdaftar di sini.",
        "CANNOT BE CONFIRMED: signed by a key this installation does not know (key {key_id}). "
        "A fake, or issued by a station not registered here.",
    ),
    "CARD_EXPIRED": (
        "Kartu asli, tetapi masa berlakunya HABIS pada {end} ({name}, KPJ {kpj}).",
        "Genuine card, but its cover EXPIRED on {end} ({name}, KPJ {kpj}).",
    ),
    "CARD_PROVISIONAL": (
        "Kartu asli, tetapi kartu SEMENTARA: {name} belum terdaftar sebagai peserta BPJS "
        "Ketenagakerjaan.",
        "Genuine card, but PROVISIONAL: {name} is not yet enrolled with BPJS "
        "Ketenagakerjaan.",
    ),
    "CARD_NO_QR": (
        "Tidak ada kode QR kartu Lingkaran yang terbaca pada gambar {path}. Foto ulang lebih "
        "dekat, terang dan tegak lurus.",
        "No Lingkaran card QR code could be read in {path}. Take the photo closer, in better "
        "light and straight on.",
    ),
    "CARD_MANY_CODES": (
        "Gambar berisi {count} kode kartu; periksa satu kartu per gambar.",
        "The image holds {count} card codes; check one card per image.",
    ),
    "CARD_IMAGE_UNREADABLE": (
        "Gambar {path} tidak dapat dibuka ({detail}).",
        "The image {path} cannot be opened ({detail}).",
    ),
    "MINUTES_VILLAGE_ONLY": (
        "Berita acara verifikasi dibuat di stasiun desa yang mengirim kiriman itu.",
        "Verification minutes are made at the village station that sent the batch.",
    ),
    "MINUTES_BATCH_UNKNOWN": (
        "Kiriman nomor {sequence} tidak ada di stasiun ini. Kiriman yang ada: {known}.",
        "There is no batch number {sequence} at this station. Batches here: {known}.",
    ),
}

for _code, (_indonesian, _english) in _MESSAGES.items():
    register(_code, _indonesian, _english)
