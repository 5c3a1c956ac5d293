"""Messages for refusals raised by services and storage (codes in the shared catalogue)."""

from lingkaran_desktop.domain.messages import register

register(
    "HOME_NOT_INITIALIZED",
    "Belum ada data Lingkaran di folder {path}. Jalankan 'lingkaran init' terlebih dahulu.",
    "No Lingkaran data in {path}. Run 'lingkaran init' first.",
)
register(
    "HOME_ALREADY_INITIALIZED",
    "Folder {path} sudah berisi data Lingkaran; tidak dibuat ulang.",
    "{path} already holds Lingkaran data; it was not created again.",
)
register(
    "HOME_NOT_WRITABLE",
    "Folder data {path} tidak dapat ditulisi. Pilih folder lain atau periksa izinnya.",
    "The data folder {path} is not writable. Choose another folder or check its permissions.",
)
register(
    "DB_LOCKED",
    "Basis data sedang dipakai program lain. Tutup program itu lalu coba lagi.",
    "The database is in use by another program. Close it and try again.",
)
register(
    "DB_READONLY",
    "Basis data {path} hanya bisa dibaca (read-only). Salin ke folder yang bisa ditulisi.",
    "The database {path} is read-only. Copy it to a writable folder.",
)
register(
    "DB_DISK_FULL",
    "Disk penuh: data tidak disimpan, dan yang sudah ada tetap utuh. Kosongkan ruang (hapus "
    "berkas lama atau pindahkan ke flashdisk), lalu ulangi.",
    "The disk is full: nothing was saved, and what was there is intact. Free some space, then "
    "try again.",
)
register(
    "DB_CORRUPT",
    "Berkas {path} bukan basis data Lingkaran yang utuh. Pulihkan dari cadangan.",
    "{path} is not an intact Lingkaran database. Restore it from a backup.",
)
register(
    "DB_CANNOT_OPEN",
    "Basis data {path} tidak dapat dibuka: {detail}",
    "The database {path} cannot be opened: {detail}",
)
register(
    "ROLE_INVALID",
    "Peran '{role}' tidak dikenal. Pilih: {choices}.",
    "Unknown role '{role}'. Choose one of: {choices}.",
)
register(
    "INSTALL_REGION_LEVEL",
    "Kode wilayah {code} bukan {expected}. Stasiun desa memakai kode desa/kelurahan "
    "(mis. 35.09.01.2001); kantor kabupaten memakai kode kabupaten/kota (mis. 35.09).",
    "Region code {code} is not a {expected}. A village station uses a village code "
    "(e.g. 35.09.01.2001); a district office uses a regency/city code (e.g. 35.09).",
)
register(
    "USER_UNKNOWN",
    "Pengguna '{name}' tidak dikenal di instalasi ini.",
    "User '{name}' is not known in this installation.",
)
register(
    "USER_INACTIVE",
    "Pengguna '{name}' sudah dinonaktifkan.",
    "User '{name}' has been deactivated.",
)
register(
    "USER_SELF_DEACTIVATE",
    "Anda tidak bisa menonaktifkan akun Anda sendiri; minta admin lain.",
    "You cannot deactivate your own account; ask another admin.",
)
register(
    "USER_EXISTS",
    "Pengguna '{name}' sudah ada.",
    "User '{name}' already exists.",
)
register(
    "USER_NAME_INVALID",
    "Nama pengguna harus 2–64 huruf kecil, angka, titik, garis bawah atau tanda hubung.",
    "A user name is 2–64 lower-case letters, digits, dots, underscores or dashes.",
)
register(
    "USER_REQUIRED",
    "Pilih pengguna dengan --user NAMA (ada beberapa pengguna di instalasi ini).",
    "Choose the acting user with --user NAME (this installation has several users).",
)
register(
    "PASSWORD_WRONG",
    "Kata sandi salah untuk pengguna '{name}'.",
    "Wrong password for user '{name}'.",
)
register(
    "LOGIN_LOCKED",
    "Terlalu banyak kata sandi salah untuk '{name}'. Coba lagi dalam {minutes} menit.",
    "Too many wrong passwords for '{name}'. Try again in {minutes} minutes.",
)
register(
    "PASSWORD_TOO_SHORT",
    "Kata sandi minimal {min} karakter.",
    "A password needs at least {min} characters.",
)
register(
    "PASSWORD_MISSING",
    "Kata sandi diperlukan: isi variabel lingkungan {env} atau jalankan dari terminal.",
    "A password is needed: set the environment variable {env} or run from a terminal.",
)
register(
    "ROLE_FORBIDDEN",
    "Pengguna '{name}' (peran {role}) tidak berhak: {action}.",
    "User '{name}' (role {role_code}) may not: {action_en}.",
)
register(
    "NIK_ALREADY_REGISTERED",
    "NIK ini sudah terdaftar di program ini atas nama {name} (status {status}).",
    "This NIK is already registered in this program as {name} (status {status_code}).",
)
register(
    "CANDIDATE_NOT_FOUND",
    "Tidak ada calon peserta dengan NIK {nik} di program ini.",
    "No candidate with NIK {nik} in this program.",
)
register(
    "CANDIDATE_LOCKED",
    "Data ini berstatus '{status}': sudah dikirim, jadi tidak bisa diubah langsung. Di desa: "
    "ajukan koreksi ('lingkaran correct') atau tarik dari program ('lingkaran withdraw'); "
    "kabupaten menerimanya pada kiriman berikutnya.",
    "This record's status is '{status_code}': it was sent and cannot be edited directly. At the "
    "village: submit a correction ('lingkaran correct') or withdraw it ('lingkaran withdraw'); "
    "the district receives it with the next batch.",
)
register(
    "NAME_EMPTY",
    "Nama lengkap wajib diisi.",
    "The full name is required.",
)
register(
    "NAME_INVALID",
    "Nama '{name}' berisi karakter yang tidak lazim untuk nama orang. Tulis sesuai KTP.",
    "The name '{name}' has characters unusual in a person's name. Write it as on the KTP.",
)
register(
    "BIRTH_DATE_INVALID",
    "Tanggal lahir '{value}' tidak dapat dibaca. Tulis tanggal, bulan dan tahunnya, mis. "
    "12-05-1980, 12 Mei 1980 atau 1980-05-12.",
    "Birth date '{value}' cannot be read. Write its day, month and year, e.g. 12-05-1980, "
    "12 Mei 1980 or 1980-05-12.",
)
register(
    "INCOME_INVALID",
    "Penghasilan '{value}' harus berupa angka rupiah tanpa desimal.",
    "Income '{value}' must be a whole number of rupiah.",
)
register(
    "FUNDING_UNKNOWN",
    "Sumber dana '{value}' tidak dikenal. Pilih: {choices}.",
    "Unknown funding source '{value}'. Choose one of: {choices}.",
)
register(
    "RT_RW_INVALID",
    "{field} '{value}' harus berupa angka 1–3 digit.",
    "{field} '{value}' must be a number of 1–3 digits.",
)
register(
    "VILLAGE_REQUIRED",
    "Kantor kabupaten harus menyebut kode desa calon peserta (--village).",
    "A district office must give the candidate's village code (--village).",
)
register(
    "VILLAGE_OUTSIDE_REGION",
    "Desa {code} berada di luar wilayah instalasi ini ({region}).",
    "Village {code} lies outside this installation's region ({region}).",
)
register(
    "NOTHING_TO_VERIFY",
    "Tidak ada data berstatus 'diusulkan' yang bisa Anda verifikasi.",
    "There are no proposed records you can verify.",
)
register(
    "ONLY_WARNINGS_LEFT",
    "{count} data yang tersisa punya peringatan: cocokkan dengan KTP/KK, lalu setujui satu per "
    "satu (--nik NIK) atau semuanya dengan --include-warnings.",
    "The {count} records left carry warnings: compare them with the KTP/KK, then approve them "
    "one by one (--nik NIK) or all with --include-warnings.",
)
register(
    "INVALID_DATA",
    "Data tidak disimpan: {reasons}",
    "Not saved: {reasons}",
)
register(
    "AUDIT_CHAIN_BROKEN",
    "Jejak audit rusak pada kejadian #{id}: {detail}",
    "The audit trail is broken at event #{id}: {detail}",
)
register(
    "CANDIDATE_CHANGED_OUTSIDE_APP",
    "Data calon #{id} (NIK {masked}) diubah di luar aplikasi: isinya tidak sama dengan catatan "
    "audit terakhir.",
    "Candidate #{id} (NIK {masked}) was changed outside the app: it differs from its last audit "
    "record.",
)
register(
    "CANDIDATE_WITHOUT_AUDIT",
    "Data calon #{id} (NIK {masked}) tidak punya catatan audit: dimasukkan di luar aplikasi.",
    "Candidate #{id} (NIK {masked}) has no audit record: it was inserted outside the app.",
)
register(
    "CANDIDATE_DELETED_OUTSIDE_APP",
    "Data calon #{id} hilang dari basis data tanpa catatan audit penghapusan.",
    "Candidate #{id} disappeared from the database without an audit record of its deletion.",
)
register(
    "DB_INTEGRITY",
    "Pemeriksaan integritas SQLite gagal: {detail}",
    "SQLite integrity check failed: {detail}",
)
