"""Messages for refusals of exchange files."""

from lingkaran_desktop.domain.messages import register

_M = {
    "EXCHANGE_FILE_NOT_FOUND": ("Berkas {path} tidak ditemukan.", "File {path} not found."),
    "EXCHANGE_FILE_UNREADABLE": (
        "Berkas {path} tidak dapat dibaca: {detail}",
        "File {path} cannot be read: {detail}",
    ),
    "FILE_TOO_LARGE": (
        "Berkas terlalu besar untuk berkas Lingkaran; ditolak.",
        "The file is too large for a Lingkaran file; refused.",
    ),
    "FILE_NOT_EXCHANGE": (
        "Ini bukan berkas kiriman Lingkaran (mungkin berkas lain atau rusak oleh virus).",
        "This is not a Lingkaran exchange file (another file, or damaged by a virus).",
    ),
    "FILE_TRUNCATED": (
        "Berkas terpotong (tidak lengkap). Salin ulang dari pengirim; flashdisk mungkin dicabut "
        "saat menyalin.",
        "The file is truncated. Copy it again; the USB stick may have been pulled while copying.",
    ),
    "FILE_EXTRA_BYTES": (
        "Berkas berisi data tambahan di luar yang ditandatangani; ditolak.",
        "The file holds extra data beyond what was signed; refused.",
    ),
    "FILE_DAMAGED": (
        "Berkas rusak atau diubah; isinya tidak dapat dibaca. Minta pengirim mengirim ulang.",
        "The file is damaged or altered. Ask the sender to send it again.",
    ),
    "FILE_VERSION_UNSUPPORTED": (
        "Versi berkas {version} tidak dikenal. Perbarui aplikasi Lingkaran.",
        "File format version {version} is unknown. Update Lingkaran.",
    ),
    "FILE_KIND_WRONG": (
        "Berkas ini {kind}, bukan {expected}.",
        "This file is a {kind}, not a {expected}.",
    ),
    "PAYLOAD_ALTERED": (
        "Isi berkas tidak cocok dengan tanda tangannya: berkas telah diubah atau rusak. Ditolak.",
        "The file's content does not match its signature: altered or damaged. Refused.",
    ),
    "SIGNATURE_INVALID": (
        "Tanda tangan berkas tidak sah untuk pengirimnya: berkas diubah atau bukan dari stasiun "
        "yang terdaftar. Ditolak.",
        "The file's signature is not valid for its sender: altered, or not from the registered "
        "station. Refused.",
    ),
    "DECRYPT_FAILED": (
        "Isi berkas tidak dapat dibuka: bukan ditujukan untuk instalasi ini, atau rusak.",
        "The content cannot be opened: not addressed to this installation, or damaged.",
    ),
    "FILE_WRITE_FAILED": (
        "Berkas {path} gagal ditulis ({detail}). Tidak ada data yang ditandai terkirim.",
        "Writing {path} failed ({detail}). No record was marked as sent.",
    ),
    "STATION_UNKNOWN": (
        "Pengirim berkas (stasiun {station}) belum terdaftar di sini. Daftarkan dulu berkas "
        ".lkstation-nya dan cocokkan sidik jarinya lewat telepon.",
        "The sender (station {station}) is not registered here. Add its .lkstation file first "
        "and compare fingerprints by phone.",
    ),
    "WRONG_RECIPIENT": (
        "Berkas ini ditujukan untuk kantor/stasiun lain, bukan untuk instalasi ini. Periksa "
        "apakah berkas ini memang untuk Anda.",
        "This file is addressed to another office or station, not this installation.",
    ),
    "PROGRAM_OTHER": (
        "Berkas ini untuk program lain ({program}), bukan program yang berjalan di sini.",
        "This file belongs to another program ({program}), not the one running here.",
    ),
    "SEQUENCE_REUSED": (
        "Nomor kiriman {sequence} dari stasiun ini sudah diterima dengan isi berbeda. Ditolak; "
        "hubungi desa pengirim.",
        "Batch number {sequence} from this station was already received with other content. "
        "Refused; contact the sending village.",
    ),
    "PROGRAM_NOT_LOADED": (
        "Profil program dari kabupaten belum dimuat. Jalankan 'lingkaran program load' dengan "
        "berkas .lkprog dari kabupaten.",
        "The district's program profile is not loaded. Run 'lingkaran program load' with the "
        "district's .lkprog file.",
    ),
    "NOTHING_TO_SEND": (
        "Tidak ada data terverifikasi, koreksi atau penarikan yang belum dikirim.",
        "There are no verified records, corrections or withdrawals left to send.",
    ),
    "NOTHING_TO_SEND_CHANGES_WAITING": (
        "Belum ada yang bisa dikirim: {count} koreksi/penarikan masih menunggu disetujui orang "
        "lain (verifikator, bukan yang memintanya). Lihat 'Koreksi dan penarikan' di "
        "halaman Verifikasi, atau 'lingkaran changes list'.",
        "Nothing can be sent yet: {count} corrections/withdrawals still wait for someone else "
        "(a verifier, not the one who asked) to approve them. See 'Corrections and withdrawals' on "
        "the Verification page, or 'lingkaran changes list'.",
    ),
    "ROLE_WRONG_INSTALLATION": (
        "Perintah ini hanya untuk {role}.",
        "This command is only for a {role}.",
    ),
    "PAYLOAD_INVALID": (
        "Isi berkas tidak sesuai format Lingkaran ({detail}). Ditolak.",
        "The file's content does not follow the Lingkaran format ({detail}). Refused.",
    ),
    "STATION_ALREADY_REGISTERED": (
        "Stasiun {station} sudah terdaftar dengan kunci lain. Hapus dulu bila memang diganti.",
        "Station {station} is already registered with other keys.",
    ),
    "STATION_OUTSIDE_REGION": (
        "Stasiun desa {region} berada di luar wilayah kabupaten ini.",
        "Village station {region} lies outside this district.",
    ),
}

for _code, (_id, _en) in _M.items():
    register(_code, _id, _en)
