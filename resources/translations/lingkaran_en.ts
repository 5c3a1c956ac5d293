<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="100"/>
        <source>Akun admin</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="102"/>
        <source>Admin mengelola pengguna lain. Catat kata sandinya di tempat yang aman.</source>
        <translation>The administrator manages the other users. Keep a note of the password in a safe place.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="106"/>
        <source>huruf kecil tanpa spasi, mis. admin</source>
        <translation>lower case without spaces, e.g. admin</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="111"/>
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="123"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="141"/>
        <source>Kedua kata sandi tidak sama. Ketik ulang kata sandi yang sama.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app.py" line="215"/>
        <source>Cadangan dipulihkan. Masuk dengan pengguna dari cadangan itu.</source>
        <translation>Backup restored. Log in with a user from that backup.</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../ui/backup_page.py" line="112"/>
        <source>Cadangan data</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="116"/>
        <source>Pilih flashdisk atau folder untuk cadangan</source>
        <translation>Choose a USB stick or folder for the backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="118"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="124"/>
        <source>Cadangan otomatis dibuat di folder data setiap hari selama aplikasi dipakai, saat aplikasi ditutup (7 harian dan 4 mingguan) dan sebelum setiap impor. Simpan juga cadangan ke flashdisk kedua secara rutin dan simpan flashdisk itu di tempat lain. Cadangan terkunci: hanya bisa dibuka dengan kata sandi pengguna.</source>
        <translation>An automatic backup is made in the data folder every day while the app is in use, when it closes (7 daily and 4 weekly) and before every import. Also back up to a second USB stick regularly and keep that stick somewhere else. Backups are locked: only a user&apos;s password opens them.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="131"/>
        <source>Cadangkan sekarang...</source>
        <translation>Back up now...</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="135"/>
        <source>Pulihkan dari cadangan...</source>
        <translation>Restore from backup...</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="154"/>
        <source>&lt;b&gt;Belum pernah dicadangkan.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Never backed up yet.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="157"/>
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="157"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="158"/>
        <source>Cadangan terakhir: &lt;b&gt;{when}&lt;/b&gt; ({kind}, oleh {actor}) · {file}</source>
        <translation>Last backup: &lt;b&gt;{when}&lt;/b&gt; ({kind}, by {actor}) · {file}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="176"/>
        <source>Mencadangkan dan memeriksa...</source>
        <translation>Backing up and checking...</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="181"/>
        <source>Cadangan ditulis dan diperiksa: {path}&lt;br&gt;{n} calon peserta, {u} pengguna, {a} catatan audit.</source>
        <translation>Backup written and checked: {path}&lt;br&gt;{n} candidates, {u} users, {a} audit records.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="212"/>
        <source>Memulihkan cadangan...</source>
        <translation>Restoring the backup...</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="215"/>
        <source>Cadangan dipulihkan ({n} calon peserta).</source>
        <translation>Backup restored ({n} candidates).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="218"/>
        <source>Data sebelumnya disimpan sebagai {path}.</source>
        <translation>The previous data was kept as {path}.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/bar_chart.py" line="65"/>
        <source>Belum ada data</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>CandidateDetail</name>
    <message>
        <location filename="../../ui/candidate_detail.py" line="87"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="88"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="89"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="90"/>
        <source>Tempat, tgl lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="91"/>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="92"/>
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="93"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="94"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="95"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="96"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="97"/>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="98"/>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="99"/>
        <source>Sumber dana</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="100"/>
        <source>Diusulkan oleh</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="101"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="102"/>
        <source>Diinput oleh</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="105"/>
        <source>Alasan ditolak</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="111"/>
        <source>Perlu dicek: </source>
        <translation>To check: </translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../ui/candidate_detail.py" line="138"/>
        <source>Data calon peserta</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="143"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="152"/>
        <source>Ubah data</source>
        <translation>Correct data</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="158"/>
        <source>Perbaiki data ini. Bila sudah terverifikasi atau ditolak, data kembali ke verifikator.</source>
        <translation>Correct this record. If it was verified or rejected, it goes back to the verifier.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="161"/>
        <source>Koreksi / tarik...</source>
        <translation>Correct / withdraw...</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="163"/>
        <source>Data ini sudah dikirim: ajukan koreksi atau tarik dari program. Keduanya dikirim ke kabupaten pada kiriman berikutnya.</source>
        <translation>This record was sent: submit a correction or withdraw it from the program. Both go to the district with the next batch.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="169"/>
        <source>Tidak bisa diubah lagi: kepesertaan ini sudah selesai (status: {status}).</source>
        <translation>Can no longer be changed: this membership is over (status: {status}).</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="171"/>
        <source>Tidak bisa diubah di kabupaten (status: {status}). Koreksi dan penarikan diajukan desa asalnya dan datang bersama kirimannya.</source>
        <translation>Cannot be changed at the district (status: {status}). Corrections and withdrawals come from the village that sent it, with its batches.</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <location filename="../../ui/candidate_form.py" line="167"/>
        <source>Koreksi Data Peserta</source>
        <translation>Correct Participant Data</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="168"/>
        <source>Tambah Pekerja</source>
        <translation>Add worker</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="168"/>
        <location filename="../../ui/candidate_form.py" line="744"/>
        <source>Ubah Data Pekerja</source>
        <translation>Correct worker data</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="172"/>
        <source>Data ini sudah dikirim ke kabupaten. Perbaiki isian yang salah sesuai KTP dan Kartu Keluarga, tulis alasannya, lalu tekan &quot;Ajukan koreksi&quot; (Ctrl+S): koreksi disimpan di sini dan dikirim ke kabupaten pada kiriman berikutnya. NIK tidak bisa dikoreksi: bila NIK salah, tarik data ini dari program lalu masukkan lagi dengan NIK yang benar.</source>
        <translation>This record was already sent to the district. Fix the wrong fields as on the KTP and family card, write the reason, then press &quot;Submit correction&quot; (Ctrl+S): the correction is saved here and sent to the district with the next batch. The NIK cannot be corrected: if it is wrong, withdraw this record from the program and enter it again with the right NIK.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="177"/>
        <source>Perbaiki isian yang salah sesuai KTP dan Kartu Keluarga, tulis alasan perbaikannya, lalu simpan (Ctrl+S). Data yang sudah terverifikasi atau ditolak kembali berstatus Diusulkan dan diperiksa lagi oleh verifikator; perbaikan dicatat atas nama Anda.</source>
        <translation>Correct the wrong fields as on the KTP and family card, write the reason for the correction, then save (Ctrl+S). A verified or rejected record goes back to Proposed and is checked again by the verifier; the correction is recorded in your name.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="181"/>
        <source>Ketik data sesuai KTP dan Kartu Keluarga. Tekan Enter untuk pindah ke isian berikutnya; Ctrl+S untuk menyimpan. Isian disimpan otomatis sebagai draf.</source>
        <translation>Type the data as on the KTP and family card. Enter moves to the next field; Ctrl+S saves. What you type is kept as a draft automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="196"/>
        <source>16 angka sesuai KTP</source>
        <translation>16 digits as on the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="205"/>
        <source>nama lengkap sesuai KTP</source>
        <translation>full name as on the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="206"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="207"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="208"/>
        <source>mis. Jember</source>
        <translation>e.g. Jember</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="209"/>
        <source>HH-BB-TTTT, mis. 17-08-1980</source>
        <translation>DD-MM-YYYY, e.g. 17-08-1980</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="215"/>
        <source>untuk pencocokan data BPJS</source>
        <translation>used by BPJS to confirm identity</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="216"/>
        <source>16 angka (boleh dikosongkan)</source>
        <translation>16 digits (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="217"/>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="218"/>
        <source>jalan / dusun</source>
        <translation>street / hamlet</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="219"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="220"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="234"/>
        <source>ketik mis. buruh tani, nelayan, P006</source>
        <translation>type e.g. buruh tani, nelayan, P006</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="243"/>
        <source>Rp per bulan (boleh dikosongkan)</source>
        <translation>Rp per month (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="246"/>
        <source>APBDes / Dana Desa</source>
        <translation>APBDes / village fund</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="247"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="248"/>
        <source>mis. Ketua RT 003</source>
        <translation>e.g. head of RT 003</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="250"/>
        <source>kode desa, mis. 35.09.01.2001</source>
        <translation>village code, e.g. 35.09.01.2001</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="255"/>
        <source>NIK *</source>
        <translation>NIK *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="258"/>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="259"/>
        <source>Jenis kelamin *</source>
        <translation>Sex *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="260"/>
        <source>Tanggal lahir *</source>
        <translation>Date of birth *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="262"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="263"/>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="264"/>
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="265"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="268"/>
        <source>Kode desa *</source>
        <translation>Village code *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="272"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="278"/>
        <source>RT / RW</source>
        <translation>RT / RW</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="279"/>
        <source>Pekerjaan *</source>
        <translation>Occupation *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="280"/>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="281"/>
        <source>Desil DTSEN</source>
        <translation>DTSEN desil</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="282"/>
        <source>Sumber dana</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="283"/>
        <source>Diusulkan oleh</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="284"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="292"/>
        <source>Ajukan koreksi (Ctrl+S)</source>
        <translation>Submit correction (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="293"/>
        <source>Simpan perbaikan (Ctrl+S)</source>
        <translation>Save correction (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="294"/>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="304"/>
        <source>mis. nama sesuai KTP</source>
        <translation>e.g. name as on the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="307"/>
        <location filename="../../ui/candidate_form.py" line="727"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="310"/>
        <source>Alasan koreksi *</source>
        <translation>Reason for the correction *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="311"/>
        <source>Alasan perbaikan *</source>
        <translation>Reason for the correction *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="319"/>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="369"/>
        <source>Bila orang ini meninggal, pindah, tidak memenuhi syarat lagi atau mengundurkan diri. Penarikan dikirim ke kabupaten pada kiriman berikutnya.</source>
        <translation>When this person died, moved away, is no longer eligible or declined. The withdrawal goes to the district with the next batch.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="381"/>
        <source>pilih atau tulis alasannya</source>
        <translation>choose or type the reason</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="383"/>
        <source>Tarik dari program...</source>
        <translation>Withdraw from the program...</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="489"/>
        <source>kecamatan tidak dikenal</source>
        <translation>unknown district</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="491"/>
        <source>Menurut NIK: lahir {date} · {sex} · diterbitkan di Kec. {district} ({code})</source>
        <translation>From the NIK: born {date} · {sex} · issued in district {district} ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="508"/>
        <source>Ketik 16 angka NIK; tanggal lahir, jenis kelamin dan kecamatan akan terbaca otomatis.</source>
        <translation>Type the 16-digit NIK; birth date, sex and district are read from it automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="517"/>
        <source>{n} dari 16 angka</source>
        <translation>{n} of 16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="525"/>
        <source>tanggal lahir</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="528"/>
        <source>jenis kelamin</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="531"/>
        <source>{what} diisi dari NIK — cocokkan dengan KTP dan ubah bila berbeda.</source>
        <translation>{what} filled in from the NIK — compare with the KTP and change it if it differs.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="540"/>
        <source>NIK ini sudah terdaftar atas nama {name} (status: {status}). Tidak perlu dimasukkan lagi; cari di Data Pekerja.</source>
        <translation>This NIK is already registered for {name} (status: {status}). No need to enter it again; find it under Workers.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="559"/>
        <source>Harus diperbaiki: </source>
        <translation>Must be fixed: </translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="563"/>
        <source>Perlu dicek (boleh disimpan, verifikator akan memeriksa): </source>
        <translation>To check (can be saved; the verifier will look): </translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="567"/>
        <source>Belum ada masalah pada data yang diisi.</source>
        <translation>No problems in what has been typed so far.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="593"/>
        <source>Belum bisa disimpan: {n} isian harus diperbaiki (lihat kotak merah di bawah).</source>
        <translation>Cannot save yet: {n} field(s) must be fixed (see the red boxes below).</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="611"/>
        <source>Tersimpan: {name}, status Diusulkan. Catatan untuk verifikator:</source>
        <translation>Saved: {name}, status Proposed. Notes for the verifier:</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="616"/>
        <source>Tersimpan: {name}, status Diusulkan. Silakan ketik data berikutnya.</source>
        <translation>Saved: {name}, status Proposed. You can type the next one.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="627"/>
        <source>Tulis alasan perbaikan terlebih dahulu, mis. &quot;nama sesuai KTP&quot;.</source>
        <translation>Write the reason for the correction first, e.g. &quot;name as on the KTP&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="643"/>
        <source>Perbaikan tersimpan: {name}, status Diusulkan.</source>
        <translation>Correction saved: {name}, status Proposed.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="663"/>
        <source>Belum ada isian yang diubah. Perbaiki isian yang salah, lalu ajukan koreksi.</source>
        <translation>No field was changed yet. Fix the wrong fields, then submit the correction.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="668"/>
        <source>Tulis alasan koreksi terlebih dahulu, mis. &quot;nama sesuai KTP&quot;.</source>
        <translation>Write the reason for the correction first, e.g. &quot;name as on the KTP&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="723"/>
        <source>Setelah disetujui orang lain (verifikator), statusnya menjadi {status} dan penarikan dikirim ke kabupaten pada kiriman berikutnya. Setelah dikirim, ini tidak bisa dibatalkan.</source>
        <translation>Once someone else (a verifier) approves it, the status becomes {status} and the withdrawal goes to the district with the next batch. Once sent, it cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="694"/>
        <source>Pilih atau tulis alasan penarikan terlebih dahulu.</source>
        <translation>Choose or type the reason for the withdrawal first.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="367"/>
        <location filename="../../ui/candidate_form.py" line="719"/>
        <location filename="../../ui/candidate_form.py" line="726"/>
        <source>Tarik dari program</source>
        <translation>Withdraw from the program</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="386"/>
        <source>Alasan penarikan *</source>
        <translation>Reason for the withdrawal *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="684"/>
        <source>Permintaan koreksi {name} tersimpan; menunggu disetujui orang lain.</source>
        <translation>Correction of {name} requested; waiting for someone else to approve it.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="720"/>
        <source>Tarik {name} dari program dengan alasan &quot;{reason}&quot;?</source>
        <translation>Withdraw {name} from the program for the reason &quot;{reason}&quot;?</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="745"/>
        <source>Buang perubahan yang belum disimpan?</source>
        <translation>Discard the unsaved changes?</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="746"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="747"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="816"/>
        <source>NIK tidak bisa dikoreksi: bila salah, tarik data ini lalu masukkan lagi dengan NIK yang benar.</source>
        <translation>The NIK cannot be corrected: if it is wrong, withdraw this record and enter it again with the right NIK.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="821"/>
        <source>Data {name}, status sekarang: {status}.</source>
        <translation>Record of {name}, current status: {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="824"/>
        <source>Alasan ditolak: {reason}</source>
        <translation>Reason for rejection: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="851"/>
        <source>Isian yang belum disimpan sebelumnya telah dipulihkan dari draf. Periksa lalu simpan.</source>
        <translation>What you typed earlier but did not save was restored from the draft. Check it, then save.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../ui/candidate_model.py" line="186"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="187"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="188"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="189"/>
        <source>Tgl Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="190"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="191"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="192"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="193"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="194"/>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="237"/>
        <source>{first} (+{n})</source>
        <translation>{first} (+{n})</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../../ui/candidates_page.py" line="69"/>
        <source>Data Pekerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="74"/>
        <source>Cari NIK, nama atau nomor KPJ...</source>
        <translation>Search NIK, name or KPJ number...</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="77"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="116"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="118"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="92"/>
        <source>Hanya yang ada peringatan</source>
        <translation>Only those with warnings</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="94"/>
        <source>Hapus saringan</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="108"/>
        <source>+ Tambah pekerja</source>
        <translation>+ Add worker</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="113"/>
        <source>Saring:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="150"/>
        <source>Klik dua kali pada baris untuk melihat atau memperbaiki datanya.</source>
        <translation>Double-click a row to see or correct its data.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="152"/>
        <source>Klik dua kali pada baris untuk melihat datanya.</source>
        <translation>Double-click a row to see the record.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="184"/>
        <source>Nomor saja, mis. 3 atau 003</source>
        <translation>Number only, e.g. 3 or 003</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="192"/>
        <source>Semua pekerjaan</source>
        <translation>All occupations</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="197"/>
        <source>{occupation} ({n})</source>
        <translation>{occupation} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="250"/>
        <source>{n} data</source>
        <translation>{n} records</translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <location filename="../../ui/print_page.py" line="134"/>
        <source>Cek kartu</source>
        <translation>Check card</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="137"/>
        <source>Buka foto atau pindaian kartu</source>
        <translation>Open a photo or scan of the card</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="138"/>
        <source>Gambar (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="140"/>
        <source>Tempel isi kode QR kartu (diawali LK), atau buka foto kartu. Pemeriksaan tanpa internet, dengan kunci yang dikenal instalasi ini.</source>
        <translation>Paste the card&apos;s QR code content (starting with LK), or open a photo of the card. The check works offline, with the keys this installation knows.</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="146"/>
        <source>LK...</source>
        <translation>LK...</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="150"/>
        <source>Periksa teks</source>
        <translation>Check text</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="152"/>
        <source>Buka gambar...</source>
        <translation>Open image...</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="163"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="174"/>
        <source>Tempel isi kode QR terlebih dahulu.</source>
        <translation>Paste the QR code content first.</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="178"/>
        <source>Memeriksa kartu...</source>
        <translation>Checking the card...</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="182"/>
        <source>KARTU ASLI dan berlaku.</source>
        <translation>GENUINE card, valid.</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="183"/>
        <source>Nama: {v}</source>
        <translation>Name: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="184"/>
        <source>NIK: {v}</source>
        <translation>NIK: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="185"/>
        <source>No. KPJ: {v}</source>
        <translation>KPJ no.: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="186"/>
        <source>Desa: {v}</source>
        <translation>Village: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="187"/>
        <source>Program: {v} — JKK + JKM</source>
        <translation>Program: {v} — JKK + JKM</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="187"/>
        <source>(tidak dikenal)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="189"/>
        <source>Berlaku: {a} s.d. {b}</source>
        <translation>Valid: {a} to {b}</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="191"/>
        <source>Diterbitkan {d} oleh {who}</source>
        <translation>Issued {d} by {who}</translation>
    </message>
</context>
<context>
    <name>ChangeReviewPanel</name>
    <message>
        <location filename="../../ui/change_review.py" line="66"/>
        <source>Koreksi dan penarikan data yang sudah dikirim baru diterapkan setelah disetujui orang lain — bukan yang memintanya. Cocokkan dengan KTP/KK atau surat keterangan (mis. surat kematian).</source>
        <translation>Corrections and withdrawals of records already sent apply only once someone else approves them — not the one who asked. Check them against the KTP/KK or a certificate (e.g. a death certificate).</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="73"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="73"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="73"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="74"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="74"/>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="74"/>
        <source>Diminta</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="96"/>
        <source>Setujui perubahan</source>
        <translation>Approve change</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="100"/>
        <source>Tolak perubahan...</source>
        <translation>Decline change...</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="121"/>
        <source>koreksi</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="123"/>
        <source>penarikan</source>
        <translation>withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="127"/>
        <source>{n} koreksi/penarikan menunggu diperiksa.</source>
        <translation>{n} corrections/withdrawals waiting to be checked.</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="128"/>
        <source>Tidak ada koreksi atau penarikan yang menunggu.</source>
        <translation>No corrections or withdrawals waiting.</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="148"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({program}) — {what}&lt;br&gt;Alasan: {reason} · diminta {by}, {at}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({program}) — {what}&lt;br&gt;Reason: {reason} · asked by {by}, {at}</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="154"/>
        <source>Tombol tidak aktif: perubahan ini Anda minta sendiri. Prinsip empat mata: minta kepala desa, sekretaris desa atau verifikator lain untuk memeriksanya.</source>
        <translation>Buttons disabled: you asked for this change yourself. Four eyes: ask the village head, secretary or another verifier to check it.</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="167"/>
        <source>Perubahan untuk {name} disetujui: datanya sudah diubah dan ikut kiriman berikutnya ke kabupaten.</source>
        <translation>Change for {name} approved: the record is changed and goes to the district with the next batch.</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="179"/>
        <source>Perubahan untuk {name} ditolak: data tetap seperti semula, tidak ada yang dikirim.</source>
        <translation>Change for {name} declined: the record stays as it was; nothing is sent.</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="200"/>
        <source>Tolak perubahan</source>
        <translation>Decline change</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="201"/>
        <source>Mengapa perubahan untuk {name} ditolak? Data tetap seperti semula dan tidak ada yang dikirim; alasannya dicatat untuk {by}.</source>
        <translation>Why is the change for {name} declined? The record stays as it was and nothing is sent; the reason is recorded for {by}.</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="204"/>
        <source>Tolak</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../ui/change_review.py" line="204"/>
        <source>mis. orangnya masih bekerja, data KTP berbeda</source>
        <translation>e.g. the person still works, the KTP differs</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="37"/>
        <source>Terjadi kesalahan</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="41"/>
        <source>Maaf, terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman, dan isian formulir tersimpan sebagai draf.</source>
        <translation>Sorry, an unexpected error occurred. Saved data is safe, and the entry form is kept as a draft.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="51"/>
        <source>Rincian kesalahan dicatat di berkas:
{path}
Kirim berkas ini kepada petugas pendamping atau dinas.</source>
        <translation>The details were written to the file:
{path}
Send this file to your support officer or the district office.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="54"/>
        <source>Berkas catatan (log) tidak dapat ditulis.</source>
        <translation>The log file could not be written.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="65"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <location filename="../../ui/district_page.py" line="96"/>
        <source>Kabupaten: desa, kiriman dan BPJS</source>
        <translation>District: villages, batches and BPJS</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="100"/>
        <source>Desa dan kiriman</source>
        <translation>Villages and batches</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="101"/>
        <location filename="../../ui/district_page.py" line="337"/>
        <source>Bentrok NIK</source>
        <translation>NIK conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="102"/>
        <source>BPJS dan hasil</source>
        <translation>BPJS and results</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="103"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="114"/>
        <source>Daftarkan desa (.lkstation)...</source>
        <translation>Register a village (.lkstation)...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="117"/>
        <source>Terima kiriman desa (.lkbatch)...</source>
        <translation>Receive village batches (.lkbatch)...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="123"/>
        <source>atau tarik berkas kiriman dari flashdisk ke halaman ini — banyak berkas sekaligus</source>
        <translation>or drag batch files from the USB stick onto this page — many files at once</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="134"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="134"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="134"/>
        <source>Sidik jari kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="135"/>
        <source>Kiriman diterima</source>
        <translation>Batches received</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="135"/>
        <source>Belum sampai</source>
        <translation>Not arrived</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="139"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="139"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="140"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="144"/>
        <source>Desa terdaftar</source>
        <translation>Registered villages</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="170"/>
        <source>Pilih berkas kiriman desa</source>
        <translation>Choose village batch files</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="171"/>
        <source>Kiriman desa (*.lkbatch)</source>
        <translation>Village batches (*.lkbatch)</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="190"/>
        <source>Membaca {n} berkas kiriman...</source>
        <translation>Reading {n} batch files...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="198"/>
        <source>{station} no. {seq}: {n} data, {new} baru, {c} bentrok NIK, {r} ditolak</source>
        <translation>{station} no. {seq}: {n} records, {new} new, {c} NIK conflicts, {r} rejected</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="203"/>
        <source>{n} diajukan ulang setelah ditolak</source>
        <translation>{n} sent again after a rejection</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="207"/>
        <source>{n} tetap ditolak (bentrok NIK sudah diputuskan untuk desa lain)</source>
        <translation>{n} still refused (NIK conflict already decided for another village)</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="211"/>
        <source>{c} koreksi dan {w} penarikan diterapkan, {u} tidak diterapkan</source>
        <translation>{c} corrections and {w} withdrawals applied, {u} not applied</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="215"/>
        <source>{station} no. {seq} sudah diterima sebelumnya; tidak ada perubahan</source>
        <translation>{station} no. {seq} was already received; nothing changed</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="224"/>
        <source>{n} berkas dibaca: {a} diterima, {s} sudah pernah, {r} ditolak.</source>
        <translation>{n} files read: {a} accepted, {s} already received, {r} refused.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="228"/>
        <source>Dibatalkan: {n} berkas belum dibaca.</source>
        <translation>Cancelled: {n} files not read.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="232"/>
        <source>Ada {n} bentrok NIK yang perlu diputuskan.</source>
        <translation>{n} NIK conflicts need a decision.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="235"/>
        <source>{n} koreksi/penarikan tidak diterapkan (lihat rinciannya).</source>
        <translation>{n} corrections/withdrawals not applied (see the details).</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="239"/>
        <source>{n} perubahan peserta terdaftar perlu diteruskan ke BPJS (tab BPJS dan hasil).</source>
        <translation>{n} changes to enrolled participants must be passed on to BPJS (BPJS and results tab).</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="249"/>
        <source>Pilih berkas stasiun desa</source>
        <translation>Choose village station files</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="250"/>
        <source>Berkas stasiun (*.lkstation)</source>
        <translation>Station files (*.lkstation)</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="260"/>
        <source>Mendaftarkan desa...</source>
        <translation>Registering villages...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="263"/>
        <source>&lt;b&gt;{code} {name}&lt;/b&gt; — sidik jari &lt;b&gt;{fp}&lt;/b&gt;{again}</source>
        <translation>&lt;b&gt;{code} {name}&lt;/b&gt; — fingerprint &lt;b&gt;{fp}&lt;/b&gt;{again}</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="265"/>
        <source> (sudah terdaftar)</source>
        <translation> (already registered)</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="266"/>
        <source>Telepon petugas desa dan minta ia membacakan sidik jari dari layarnya. Jika tidak sama huruf demi huruf, jangan terima kirimannya dan hubungi desa itu.</source>
        <translation>Phone the village officer and ask them to read out the fingerprint on their screen. If it does not match letter for letter, do not accept its batches and contact that village.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="276"/>
        <source>{n} (no. {first}–{last})</source>
        <translation>{n} (no. {first}–{last})</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="278"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="280"/>
        <source>hilang: {gaps}</source>
        <translation>missing: {gaps}</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="289"/>
        <source>NIK yang sama dikirim oleh dua desa. Periksa KTP/KK (atau telepon kedua desa), lalu putuskan: pertahankan data yang datang lebih dulu, atau ganti dengan data yang datang kemudian. Desa yang kalah menerima alasannya lewat berkas hasil.</source>
        <translation>The same NIK was sent by two villages. Check the KTP/KK (or phone both villages), then decide: keep the record that arrived first, or replace it with the one that arrived later. The village that loses receives the reason in its result file.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="295"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="295"/>
        <source>Sudah ada: nama</source>
        <translation>Existing: name</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="295"/>
        <source>Sudah ada: desa</source>
        <translation>Existing: village</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="296"/>
        <source>Datang kemudian: nama</source>
        <translation>Arrived later: name</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="296"/>
        <source>Datang kemudian: desa</source>
        <translation>Arrived later: village</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="302"/>
        <source>Tinggal di desa yang pertama sesuai KK</source>
        <translation>Lives in the first village according to the KK</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="303"/>
        <source>Tinggal di desa yang kedua sesuai KK</source>
        <translation>Lives in the second village according to the KK</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="304"/>
        <source>Data desa kedua lebih lengkap dan benar</source>
        <translation>The second village&apos;s record is more complete and correct</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="306"/>
        <source>alasan keputusan (wajib)</source>
        <translation>reason for the decision (required)</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="307"/>
        <source>Pertahankan yang pertama</source>
        <translation>Keep the first</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="310"/>
        <source>Ganti dengan yang kemudian</source>
        <translation>Replace with the later</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="318"/>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="336"/>
        <source>Bentrok NIK ({n})</source>
        <translation>NIK conflicts ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="345"/>
        <source>Pilih dulu baris bentrok di tabel.</source>
        <translation>First choose a conflict row in the table.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="355"/>
        <source>Menyimpan keputusan...</source>
        <translation>Saving the decision...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="360"/>
        <source>NIK {nik}: dipakai data {name}. Keputusan dan alasannya dicatat.</source>
        <translation>NIK {nik}: the record of {name} is used. The decision and its reason were recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="372"/>
        <source>1. Daftarkan ke BPJS Ketenagakerjaan</source>
        <translation>1. Register with BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="374"/>
        <source>Buat buku kerja pendaftaran berisi semua data yang sudah dikirim desa. Kuota per desa dan pagu anggaran diterapkan; yang melebihi tidak dimasukkan.</source>
        <translation>Make the registration workbook with every record the villages have sent. The quota per village and the budget ceiling apply; records over them are left out.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="377"/>
        <source>Buat buku kerja untuk BPJS...</source>
        <translation>Make the workbook for BPJS...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="382"/>
        <source>2. Jawaban BPJS</source>
        <translation>2. BPJS&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="384"/>
        <source>Baca buku kerja jawaban BPJS: baris dengan nomor KPJ menjadi Terdaftar, baris tanpa KPJ dengan keterangan menjadi Ditolak.</source>
        <translation>Read BPJS&apos;s answer workbook: rows with a KPJ number become Enrolled, rows without a KPJ but with a note become Rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="387"/>
        <source>Baca jawaban BPJS (Excel)...</source>
        <translation>Read BPJS&apos;s answer (Excel)...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="391"/>
        <source>Perubahan untuk BPJS</source>
        <translation>Changes for BPJS</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="393"/>
        <source>Koreksi dan penarikan peserta yang sudah terdaftar, dikirim desa: sampaikan ke BPJS Ketenagakerjaan (nomor KPJ, apa yang berubah, alasannya).</source>
        <translation>Corrections and withdrawals of enrolled participants sent by the villages: pass them on to BPJS Ketenagakerjaan (KPJ number, what changed, the reason).</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="401"/>
        <source>3. Hasil untuk desa</source>
        <translation>3. Results for the villages</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="403"/>
        <source>Tulis satu berkas hasil (.lkresult) untuk setiap desa yang punya hasil baru, ke flashdisk atau folder. Berkas berisi semua hasil sejauh ini, jadi berkas yang hilang tergantikan oleh berkas berikutnya.</source>
        <translation>Write one result file (.lkresult) for every village with new results, to a USB stick or folder. Each file holds all results so far, so a lost file is replaced by the next one.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="407"/>
        <source>Tulis berkas hasil untuk desa...</source>
        <translation>Write result files for the villages...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="426"/>
        <source>Simpan daftar perubahan (Excel)...</source>
        <translation>Save the list of changes (Excel)...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="440"/>
        <source>Hanya admin kabupaten yang mengirim ke BPJS dan menulis berkas hasil.</source>
        <translation>Only the district admin sends to BPJS and writes result files.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="449"/>
        <source>Simpan daftar perubahan untuk BPJS</source>
        <translation>Save the list of changes for BPJS</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="461"/>
        <source>{n} perubahan ditulis ke {path}. Kirimkan berkas ini ke BPJS Ketenagakerjaan; perubahan ini ditandai sudah diteruskan.</source>
        <translation>{n} changes written to {path}. Send this file to BPJS Ketenagakerjaan; these changes are now marked as passed on.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="514"/>
        <source>{rows} baris: &lt;b&gt;{e}&lt;/b&gt; terdaftar (KPJ), &lt;b&gt;{r}&lt;/b&gt; ditolak, {u} sudah tercatat sebelumnya, {s} tidak diproses.</source>
        <translation>{rows} rows: &lt;b&gt;{e}&lt;/b&gt; enrolled (KPJ), &lt;b&gt;{r}&lt;/b&gt; rejected, {u} recorded before, {s} not processed.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="522"/>
        <source>Baris {row} tidak diproses: {reason}</source>
        <translation>Row {row} not processed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="709"/>
        <source>Tidak ada perubahan yang belum diteruskan ke BPJS.</source>
        <translation>No changes left to pass on to BPJS.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="712"/>
        <source>{n} perubahan belum diteruskan ke BPJS:</source>
        <translation>{n} changes not yet passed on to BPJS:</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="465"/>
        <source>Menulis daftar perubahan...</source>
        <translation>Writing the list of changes...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="469"/>
        <source>Simpan buku kerja pendaftaran BPJS</source>
        <translation>Save the BPJS registration workbook</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="480"/>
        <source>Menulis buku kerja BPJS...</source>
        <translation>Writing the BPJS workbook...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="483"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; peserta ditulis ke {path}</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; participants written to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="485"/>
        <source>Iuran per bulan: {m} · selama program: {b}</source>
        <translation>Contribution per month: {m} · for the whole program: {b}</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="488"/>
        <source>{n} data tidak dimasukkan: kuota desanya sudah penuh.</source>
        <translation>{n} records left out: their village quota is full.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="491"/>
        <source>{n} data tidak dimasukkan: melebihi pagu anggaran.</source>
        <translation>{n} records left out: over the budget ceiling.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="497"/>
        <source>Pilih buku kerja jawaban BPJS</source>
        <translation>Choose BPJS&apos;s answer workbook</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="506"/>
        <source>Membaca jawaban BPJS...</source>
        <translation>Reading BPJS&apos;s answer...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="511"/>
        <source>Berkas jawaban ini sudah dibaca pada {when}; tidak ada yang diubah.</source>
        <translation>This answer file was read on {when}; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="519"/>
        <source>NIK tidak dikenal (tidak diproses) di baris: {rows}</source>
        <translation>Unknown NIK (not processed) in rows: {rows}</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="526"/>
        <source>BPJS mendaftarkan {n} orang yang sudah ditarik desa (baris {rows}). KPJ-nya dicatat; penarikannya ada di daftar perubahan untuk BPJS.</source>
        <translation>BPJS enrolled {n} people the village had withdrawn (rows {rows}). Their KPJ is recorded; the withdrawals are on the list of changes for BPJS.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="535"/>
        <source>Pilih flashdisk atau folder untuk berkas hasil</source>
        <translation>Choose a USB stick or folder for the result files</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="544"/>
        <source>Menulis berkas hasil...</source>
        <translation>Writing result files...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="549"/>
        <source>Tidak ada hasil baru untuk desa mana pun sejak berkas hasil terakhir.</source>
        <translation>No new results for any village since the last result files.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="552"/>
        <source>{name}: {n} hasil</source>
        <translation>{name}: {n} results</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="554"/>
        <source>{n} berkas hasil ditulis ke {folder}. Kirim setiap berkas ke desanya.</source>
        <translation>{n} result files written to {folder}. Send each file to its village.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="580"/>
        <source>tanpa kuota</source>
        <translation>no quota</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="595"/>
        <source>tanpa pagu</source>
        <translation>no ceiling</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="599"/>
        <source>tidak dibatasi</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="603"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="605"/>
        <source>tahun</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="614"/>
        <source>Nama program</source>
        <translation>Program name</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="615"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="616"/>
        <source>Mulai perlindungan</source>
        <translation>Coverage starts</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="617"/>
        <source>Lama (bulan)</source>
        <translation>Length (months)</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="618"/>
        <source>Kuota per desa</source>
        <translation>Quota per village</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="619"/>
        <source>Usia peserta</source>
        <translation>Participant age</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="620"/>
        <source>Pagu anggaran</source>
        <translation>Budget ceiling</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="621"/>
        <source>Desil DTSEN paling tinggi</source>
        <translation>Highest DTSEN desil</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="625"/>
        <source>Terbitkan berkas program (.lkprog)...</source>
        <translation>Publish the program file (.lkprog)...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="632"/>
        <source>Program baru untuk periode berikutnya (program yang berjalan disimpan bersama pesertanya; desa memperpanjang pesertanya tanpa mengetik ulang)</source>
        <translation>New program for the next period (the running program is kept with its participants; villages renew them without retyping)</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="635"/>
        <source>Profil program yang dimuat setiap desa</source>
        <translation>The program profile every village loads</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="652"/>
        <source>Simpan berkas program</source>
        <translation>Save the program file</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="653"/>
        <source>Berkas program (*.lkprog)</source>
        <translation>Program files (*.lkprog)</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="680"/>
        <source>Menerbitkan program...</source>
        <translation>Publishing the program...</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="686"/>
        <source>Berkas program &lt;b&gt;{name}&lt;/b&gt; disimpan: {path}&lt;br&gt;Kirim ke setiap desa. Saat desa memuatnya, petugas desa membacakan sidik jari yang tampil di layarnya; harus sama dengan &lt;b&gt;{fp}&lt;/b&gt;.</source>
        <translation>Program file &lt;b&gt;{name}&lt;/b&gt; saved: {path}&lt;br&gt;Send it to every village. When a village loads it, its officer reads out the fingerprint on their screen; it must equal &lt;b&gt;{fp}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="698"/>
        <source>Sidik jari kunci kabupaten: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>District key fingerprint: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="711"/>
        <source>koreksi</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../../ui/district_page.py" line="711"/>
        <source>penarikan</source>
        <translation>withdrawal</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../ui/exchange_page.py" line="127"/>
        <source>Kirim / Terima</source>
        <translation>Send / Receive</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="130"/>
        <source>Data terverifikasi dikirim ke kabupaten lewat flashdisk atau lampiran email; berkasnya terkunci (terenkripsi dan bertanda tangan), hanya kabupaten yang dapat membukanya. Hasil dari kabupaten (nomor KPJ atau alasan penolakan) dibaca di sini.</source>
        <translation>Verified records go to the district on a USB stick or as an email attachment; the file is locked (encrypted and signed) and only the district can open it. Results from the district (KPJ numbers or reasons for rejection) are read here.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="143"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="143"/>
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="143"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="143"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="144"/>
        <source>Data</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="144"/>
        <source>SHA-256 (awal)</source>
        <translation>SHA-256 (start)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="146"/>
        <source>Riwayat kiriman dan hasil</source>
        <translation>Batches and results so far</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="159"/>
        <source>1. Program dari kabupaten</source>
        <translation>1. Program from the district</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="163"/>
        <source>Muat berkas program (.lkprog)...</source>
        <translation>Load the program file (.lkprog)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="170"/>
        <source>Hanya admin yang memuat berkas program.</source>
        <translation>Only the admin loads the program file.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="176"/>
        <source>2. Stasiun desa ini</source>
        <translation>2. This village station</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="181"/>
        <source>Simpan berkas stasiun (.lkstation)...</source>
        <translation>Save the station file (.lkstation)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="193"/>
        <source>3. Kirim ke kabupaten</source>
        <translation>3. Send to the district</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="197"/>
        <source>Kirim ke flashdisk / folder...</source>
        <translation>Send to USB stick / folder...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="205"/>
        <source>Pengiriman dilakukan kepala/sekretaris desa (verifikator) atau admin.</source>
        <translation>Sending is done by the village head/secretary (verifier) or the admin.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="211"/>
        <source>4. Terima hasil dari kabupaten</source>
        <translation>4. Receive results from the district</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="212"/>
        <source>Berkas hasil (.lkresult) berisi nomor KPJ peserta yang terdaftar, alasan bagi yang ditolak, dan koreksi atau penarikan yang tidak diterapkan kabupaten.</source>
        <translation>Result files (.lkresult) hold the KPJ numbers of enrolled participants, the reasons for those rejected, and the corrections or withdrawals the district did not apply.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="217"/>
        <source>Buka berkas hasil (.lkresult)...</source>
        <translation>Open result files (.lkresult)...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="224"/>
        <source>Hasil dibaca oleh verifikator atau admin.</source>
        <translation>Results are read by the verifier or the admin.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="251"/>
        <source>{name} · {start} s/d {end}</source>
        <translation>{name} · {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="256"/>
        <source>Program saat ini: {program}&lt;br&gt;&lt;b&gt;Berkas program dari kabupaten belum dimuat.&lt;/b&gt; Minta berkas .lkprog ke Disnaker, lalu muat di sini.</source>
        <translation>Current program: {program}&lt;br&gt;&lt;b&gt;The district&apos;s program file has not been loaded.&lt;/b&gt; Ask Disnaker for the .lkprog file, then load it here.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="261"/>
        <source>Program: &lt;b&gt;{program}&lt;/b&gt;&lt;br&gt;Kabupaten: {district}&lt;br&gt;Sidik jari kunci kabupaten: &lt;b&gt;{fp}&lt;/b&gt;</source>
        <translation>Program: &lt;b&gt;{program}&lt;/b&gt;&lt;br&gt;District: {district}&lt;br&gt;District key fingerprint: &lt;b&gt;{fp}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="265"/>
        <source>Sidik jari kunci desa ini:&lt;br&gt;&lt;b&gt;{fp}&lt;/b&gt;&lt;br&gt;Berikan berkas stasiun ke kabupaten satu kali, lalu bacakan sidik jari ini lewat telepon.</source>
        <translation>This village&apos;s key fingerprint:&lt;br&gt;&lt;b&gt;{fp}&lt;/b&gt;&lt;br&gt;Give the station file to the district once, then read this fingerprint out over the phone.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="270"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; data terverifikasi siap dikirim.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; verified records ready to send.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="271"/>
        <source>Belum ada data terverifikasi baru untuk dikirim.</source>
        <translation>No new verified records to send yet.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="275"/>
        <source>Ikut juga: &lt;b&gt;{c}&lt;/b&gt; koreksi dan &lt;b&gt;{w}&lt;/b&gt; penarikan data yang sudah dikirim.</source>
        <translation>Also going: &lt;b&gt;{c}&lt;/b&gt; corrections and &lt;b&gt;{w}&lt;/b&gt; withdrawals of records already sent.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="279"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; koreksi/penarikan menunggu disetujui orang lain (Verifikasi → Koreksi dan penarikan); baru ikut setelah disetujui.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; corrections/withdrawals wait for someone else&apos;s approval (Verification → Corrections and withdrawals); they go once approved.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="283"/>
        <source>Permintaan yang &lt;b&gt;ditolak&lt;/b&gt; pemeriksa (tidak diubah, tidak dikirim):</source>
        <translation>Requests &lt;b&gt;declined&lt;/b&gt; by the checker (not changed, not sent):</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="286"/>
        <source>{name}: {what} — ditolak {by}: {why}</source>
        <translation>{name}: {what} — declined by {by}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="295"/>
        <source>Dikirim ke kabupaten</source>
        <translation>Sent to the district</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="296"/>
        <source>Hasil dari kabupaten</source>
        <translation>Results from the district</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="297"/>
        <source>Kiriman dari desa</source>
        <translation>Batch from a village</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="298"/>
        <source>Hasil ke desa</source>
        <translation>Results to a village</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="299"/>
        <source>Jawaban BPJS</source>
        <translation>BPJS answer</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="317"/>
        <source>Pilih berkas program dari kabupaten</source>
        <translation>Choose the program file from the district</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="318"/>
        <source>Berkas program (*.lkprog)</source>
        <translation>Program files (*.lkprog)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="325"/>
        <source>Memuat berkas program...</source>
        <translation>Loading the program file...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="330"/>
        <source>Program &lt;b&gt;{name}&lt;/b&gt; dimuat dari {district}.&lt;br&gt;Sidik jari kunci kabupaten:&lt;br&gt;&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{fp}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Telepon petugas kabupaten dan cocokkan sidik jari ini huruf demi huruf. Jika ada yang berbeda, jangan kirim data dan laporkan ke kabupaten.</source>
        <translation>Program &lt;b&gt;{name}&lt;/b&gt; loaded from {district}.&lt;br&gt;District key fingerprint:&lt;br&gt;&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{fp}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Phone the district officer and compare this fingerprint letter by letter. If anything differs, send no data and report it to the district.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="340"/>
        <source>Simpan berkas stasiun</source>
        <translation>Save the station file</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="341"/>
        <source>Berkas stasiun (*.lkstation)</source>
        <translation>Station files (*.lkstation)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="348"/>
        <source>Menyimpan berkas stasiun...</source>
        <translation>Saving the station file...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="352"/>
        <source>Berkas stasiun disimpan: {path}&lt;br&gt;Serahkan ke kabupaten, lalu bacakan sidik jari &lt;b&gt;{fp}&lt;/b&gt; lewat telepon.</source>
        <translation>Station file saved: {path}&lt;br&gt;Hand it to the district, then read out the fingerprint &lt;b&gt;{fp}&lt;/b&gt; over the phone.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="356"/>
        <source>Pilih flashdisk atau folder tujuan</source>
        <translation>Choose the USB stick or target folder</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="364"/>
        <source>Menyiapkan kiriman...</source>
        <translation>Preparing the batch...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="368"/>
        <source>Kiriman no. &lt;b&gt;{seq}&lt;/b&gt; berisi &lt;b&gt;{n}&lt;/b&gt; data ditulis ke:&lt;br&gt;{path}&lt;br&gt;SHA-256: &lt;span style=&apos;font-family:monospace&apos;&gt;{sha}&lt;/span&gt;&lt;br&gt;Data itu kini berstatus &quot;Dikirim&quot;. Serahkan berkasnya ke kabupaten (flashdisk atau email).</source>
        <translation>Batch no. &lt;b&gt;{seq}&lt;/b&gt; with &lt;b&gt;{n}&lt;/b&gt; records written to:&lt;br&gt;{path}&lt;br&gt;SHA-256: &lt;span style=&apos;font-family:monospace&apos;&gt;{sha}&lt;/span&gt;&lt;br&gt;Those records are now &quot;Sent&quot;. Hand the file to the district (USB stick or email).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="373"/>
        <source>Kiriman ini juga membawa {c} koreksi dan {w} penarikan.</source>
        <translation>This batch also carries {c} corrections and {w} withdrawals.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="377"/>
        <source>Juga kiriman no. &lt;b&gt;{seq}&lt;/b&gt; untuk program lama &apos;{program}&apos; ({c} koreksi, {w} penarikan):&lt;br&gt;{path}</source>
        <translation>Also batch no. &lt;b&gt;{seq}&lt;/b&gt; for the earlier program &apos;{program}&apos; ({c} corrections, {w} withdrawals):&lt;br&gt;{path}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="386"/>
        <source>Pilih berkas hasil dari kabupaten</source>
        <translation>Choose result files from the district</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="387"/>
        <source>Berkas hasil (*.lkresult)</source>
        <translation>Result files (*.lkresult)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="394"/>
        <source>Membaca berkas hasil...</source>
        <translation>Reading result files...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="398"/>
        <source>Koreksi</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="398"/>
        <source>Penarikan</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="401"/>
        <source>{n} hasil, {u} data diperbarui</source>
        <translation>{n} results, {u} records updated</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="404"/>
        <source>hasil no. {seq} sudah dibaca sebelumnya; tidak ada perubahan</source>
        <translation>results no. {seq} were already read; nothing changed</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="411"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; koreksi/penarikan yang dikirim &lt;b&gt;tidak diterapkan&lt;/b&gt; kabupaten:</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; corrections/withdrawals sent were &lt;b&gt;not applied&lt;/b&gt; by the district:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="414"/>
        <source>{kind} NIK {nik} (kiriman no. {seq}): {reason}</source>
        <translation>{kind} NIK {nik} (batch no. {seq}): {reason}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="153"/>
        <source>Lingkaran — pemasangan pertama</source>
        <translation>Lingkaran — first set-up</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="161"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="162"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="163"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="164"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="43"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="45"/>
        <source>{kind}: {place}</source>
        <translation>{kind}: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="48"/>
        <source>Program: {name} · masa perlindungan {start} s/d {end}</source>
        <translation>Program: {name} · coverage {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="62"/>
        <source>Iuran JKK + JKM</source>
        <translation>JKK + JKM contributions</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="66"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="115"/>
        <source>Peserta aktif (diusulkan sampai terdaftar): &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Active participants (proposed to enrolled): &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="117"/>
        <source>Iuran per orang per bulan: &lt;b&gt;{x}&lt;/b&gt;</source>
        <translation>Contribution per person per month: &lt;b&gt;{x}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="118"/>
        <source>Per bulan: &lt;b&gt;{x}&lt;/b&gt;</source>
        <translation>Per month: &lt;b&gt;{x}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="119"/>
        <source>Per tahun ({m} bulan): &lt;b&gt;{x}&lt;/b&gt;</source>
        <translation>Per year ({m} months): &lt;b&gt;{x}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="123"/>
        <source>Pagu anggaran: {x} (terpakai {p}%)</source>
        <translation>Budget ceiling: {x} ({p}% used)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="126"/>
        <source>Kuota per desa: {q} (terisi {n})</source>
        <translation>Quota per village: {q} ({n} filled)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="135"/>
        <source>{n} data menunggu verifikasi.</source>
        <translation>{n} records wait for verification.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="136"/>
        <source>Buka Verifikasi</source>
        <translation>Open Verification</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="141"/>
        <source>{n} data menunggu diverifikasi kepala/sekretaris desa.</source>
        <translation>{n} records wait for the village head/secretary to verify them.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="144"/>
        <source>Tambah calon peserta baru.</source>
        <translation>Add a new candidate.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="144"/>
        <source>Tambah pekerja</source>
        <translation>Add worker</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="147"/>
        <source>Tidak ada yang perlu ditindaklanjuti.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="151"/>
        <source>{n} data diusulkan dengan peringatan: cocokkan dengan KTP/KK sebelum disetujui.</source>
        <translation>{n} proposed records have warnings: compare them with the KTP/family card before approving.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="74"/>
        <source>Pilih berkas Excel</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="76"/>
        <location filename="../../ui/import_wizard.py" line="226"/>
        <source>Simpan buku kerja galat</source>
        <translation>Save error workbook</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="77"/>
        <source>Impor dari Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="102"/>
        <source>Masukkan banyak calon peserta sekaligus dari berkas Excel (xlsx, xls), LibreOffice (ods) atau CSV, misalnya ekspor SIAK atau OpenSID, atau daftar usulan RT. Aplikasi mencari sendiri lembar dan baris judulnya; Anda dapat memeriksanya sebelum mengimpor.</source>
        <translation>Enter many candidates at once from an Excel (xlsx, xls), LibreOffice (ods) or CSV file, for example a SIAK or OpenSID export, or an RT&apos;s list of proposals. The app finds the sheet and the header row itself; you can check them before importing.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="108"/>
        <source>Penting: di Excel, format kolom NIK dan No. KK sebagai Teks sebelum mengetik atau menempel nomor. NIK yang tersimpan sebagai angka sudah rusak (digit terakhir menjadi 0) dan akan ditolak.</source>
        <translation>Important: in Excel, format the NIK and KK columns as Text before typing or pasting numbers. A NIK stored as a number is already damaged (its last digit became 0) and will be rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="113"/>
        <source>Pilih berkas...</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="118"/>
        <source>Data yang diimpor berstatus Diusulkan dan tetap harus diverifikasi kepala atau sekretaris desa.</source>
        <translation>Imported records are Proposed and still have to be verified by the village head or secretary.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="146"/>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="151"/>
        <source>Periksa kolom &quot;Dipakai sebagai&quot;: ubah bila aplikasi salah menebak, atau pilih &quot;(tidak dipakai)&quot;. Kolom NIK wajib.</source>
        <translation>Check the &quot;Used as&quot; column: change it where the app guessed wrong, or choose &quot;(not used)&quot;. A NIK column is required.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="158"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="158"/>
        <source>Judul di berkas</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="158"/>
        <source>Dipakai sebagai</source>
        <translation>Used as</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="159"/>
        <source>Contoh isi</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="169"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="172"/>
        <source>Periksa dan impor</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="194"/>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="195"/>
        <source>Di antaranya dengan peringatan</source>
        <translation>Of which with warnings</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="196"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="197"/>
        <source>Sudah terdaftar sebelumnya</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="214"/>
        <location filename="../../ui/import_wizard.py" line="216"/>
        <location filename="../../ui/import_wizard.py" line="218"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="214"/>
        <location filename="../../ui/import_wizard.py" line="216"/>
        <location filename="../../ui/import_wizard.py" line="218"/>
        <location filename="../../ui/import_wizard.py" line="339"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="214"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="216"/>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="218"/>
        <location filename="../../ui/import_wizard.py" line="360"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="230"/>
        <source>Impor berkas lain</source>
        <translation>Import another file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="263"/>
        <source>1. Pilih berkas</source>
        <translation>1. Choose a file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="263"/>
        <source>2. Periksa kolom</source>
        <translation>2. Check the columns</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="263"/>
        <source>3. Hasil</source>
        <translation>3. Result</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="290"/>
        <source>Membaca {name}...</source>
        <translation>Reading {name}...</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="301"/>
        <source>Berkas: &lt;b&gt;{name}&lt;/b&gt; · {n} baris di bawah judul</source>
        <translation>File: &lt;b&gt;{name}&lt;/b&gt; · {n} rows under the header</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="306"/>
        <source>Baris judul terdeteksi: baris {row}</source>
        <translation>Header row found: row {row}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="338"/>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="340"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>Nomor KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="342"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343"/>
        <source>Jenis kelamin: kolom L</source>
        <translation>Sex: the L column</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="344"/>
        <source>Jenis kelamin: kolom P</source>
        <translation>Sex: the P column</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="345"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="346"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="347"/>
        <source>Tempat/tanggal lahir</source>
        <translation>Place/date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="348"/>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="349"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="350"/>
        <source>Dusun/lingkungan</source>
        <translation>Hamlet (dusun)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="351"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="352"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="353"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="354"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="355"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="356"/>
        <source>Penghasilan per bulan</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="357"/>
        <source>Desil DTSEN</source>
        <translation>DTSEN desil</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="358"/>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="359"/>
        <source>Diusulkan oleh</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="361"/>
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="362"/>
        <source>Status penduduk (SIAK)</source>
        <translation>Resident status (SIAK)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="363"/>
        <source>status_dasar (OpenSID)</source>
        <translation>status_dasar (OpenSID)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="364"/>
        <source>Kode peringatan</source>
        <translation>Warning codes</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="392"/>
        <source>Pilih kolom yang berisi NIK peserta (bukan NIK ayah atau ibu).</source>
        <translation>Choose the column that holds the participant&apos;s NIK (not the father&apos;s or mother&apos;s NIK).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="395"/>
        <source>Setiap isian hanya boleh dipakai satu kolom: {fields}.</source>
        <translation>Each field may be used by one column only: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="424"/>
        <source>Memeriksa dan mengimpor {name}...</source>
        <translation>Checking and importing {name}...</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="438"/>
        <source>{file}: {rows} baris data diperiksa. {imported} disimpan sebagai Diusulkan dan menunggu verifikasi.</source>
        <translation>{file}: {rows} data rows checked. {imported} saved as Proposed, waiting for verification.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="442"/>
        <source>{n} baris bukan data (judul, jumlah, catatan) dilewati.</source>
        <translation>{n} rows that are not data (titles, totals, notes) were skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="445"/>
        <source>Perbaiki baris yang ditolak di buku kerja galat, lalu impor buku kerja itu.</source>
        <translation>Fix the rejected rows in the error workbook, then import that workbook.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="448"/>
        <source>Lembar &apos;{sheet}&apos; juga berisi daftar ({n} baris) dan belum diimpor: impor lagi berkas ini dan pilih lembar itu.</source>
        <translation>Sheet &apos;{sheet}&apos; holds a list too ({n} rows) and was not imported: import this file again and choose that sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="460"/>
        <source>Ditolak ({n})</source>
        <translation>Rejected ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="461"/>
        <source>Dengan peringatan ({n})</source>
        <translation>With warnings ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="463"/>
        <source>Sudah terdaftar ({n})</source>
        <translation>Already registered ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="486"/>
        <source>Menyimpan buku kerja galat...</source>
        <translation>Saving the error workbook...</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="489"/>
        <source>Buku kerja galat disimpan: {path}. Perbaiki baris-barisnya (kolom NIK sebagai Teks), lalu impor berkas itu.</source>
        <translation>Error workbook saved: {path}. Fix its rows (the NIK column as Text), then import that file.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="495"/>
        <source>Berkas tidak dapat disimpan ({error}). Tutup berkas itu di Excel atau pilih folder lain.</source>
        <translation>The file could not be saved ({error}). Close it in Excel or choose another folder.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="44"/>
        <source>Lingkaran — masuk</source>
        <translation>Lingkaran — log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="45"/>
        <source>Lingkaran — layar terkunci</source>
        <translation>Lingkaran — screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="47"/>
        <source>Lingkaran</source>
        <translation>Lingkaran</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="47"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="69"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="69"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="75"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="76"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="82"/>
        <source>Layar dikunci karena lama tidak dipakai. Ketik kata sandi untuk melanjutkan; isian yang belum disimpan tetap ada.</source>
        <translation>The screen was locked because it was not used for a while. Type your password to continue; unsaved input is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="99"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="103"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="118"/>
        <source>Periksa nama pengguna dan kata sandi, lalu coba lagi.</source>
        <translation>Check the user name and password, then try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Lingkaran — {place}</source>
        <translation>Lingkaran — {place}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Data Pekerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Tambah Pekerja</source>
        <translation>Add worker</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Impor Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Kabupaten</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Kirim / Terima</source>
        <translation>Send / Receive</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>{name}
{role}</source>
        <translation>{name}
{role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Kunci layar</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Keluar</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Tentang (versi {version})</source>
        <translation>About (version {version})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Permintaan koreksi {name} tersimpan. Menunggu disetujui orang lain (Verifikasi → Koreksi dan penarikan); setelah itu datanya diubah dan dikirim ke kabupaten pada kiriman berikutnya.</source>
        <translation>Correction of {name} requested. It waits for someone else&apos;s approval (Verification → Corrections and withdrawals); then the record changes and goes to the district with the next batch.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Permintaan penarikan {name} tersimpan. Menunggu disetujui orang lain (Verifikasi → Koreksi dan penarikan); setelah itu statusnya berubah dan penarikan dikirim ke kabupaten pada kiriman berikutnya.</source>
        <translation>Withdrawal of {name} requested. It waits for someone else&apos;s approval (Verification → Corrections and withdrawals); then the status changes and the withdrawal goes to the district with the next batch.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Perbaikan tersimpan: {name}, status Diusulkan. Verifikator akan memeriksanya lagi.</source>
        <translation>Correction saved: {name}, status Proposed. The verifier will check it again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&lt;b&gt;Lingkaran Desktop {version}&lt;/b&gt;&lt;br&gt;Pendaftaran pekerja rentan untuk BPJS Ketenagakerjaan (JKK + JKM), tanpa internet.&lt;br&gt;&lt;br&gt;Folder data: {home}&lt;br&gt;Kode wilayah: Kepmendagri 2025, data cahyadsn/wilayah (lisensi MIT).&lt;br&gt;Huruf: DejaVu Sans.&lt;br&gt;&lt;br&gt;Kecelakaan kerja atau kematian peserta: hubungi BPJS Ketenagakerjaan 175.</source>
        <translation>&lt;b&gt;Lingkaran Desktop {version}&lt;/b&gt;&lt;br&gt;Registration of vulnerable workers for BPJS Ketenagakerjaan (JKK + JKM), without internet.&lt;br&gt;&lt;br&gt;Data folder: {home}&lt;br&gt;Region codes: Kepmendagri 2025, data by cahyadsn/wilayah (MIT licence).&lt;br&gt;Font: DejaVu Sans.&lt;br&gt;&lt;br&gt;Work accident or death of a participant: call BPJS Ketenagakerjaan 175.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Tentang Lingkaran</source>
        <translation>About Lingkaran</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../ui/print_page.py" line="215"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="215"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="219"/>
        <source>Cetak Kartu Peserta</source>
        <translation>Print Participant Cards</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="221"/>
        <source>Kartu ukuran KTP (85,6 × 54 mm), 10 per halaman A4 dengan tanda potong. Cetak dengan skala 100%; untuk bolak-balik pilih balik pada sisi panjang.</source>
        <translation>ID-card size (85.6 × 54 mm), 10 per A4 page with cut marks. Print at 100% scale; for two-sided printing flip on the long edge.</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="229"/>
        <source>Peserta yang dipilih di daftar</source>
        <translation>Participants chosen in the list</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="232"/>
        <source>Cari nama, NIK atau KPJ...</source>
        <translation>Search name, NIK or KPJ...</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="246"/>
        <source>Dengan halaman belakang (cetak bolak-balik)</source>
        <translation>With back pages (two-sided printing)</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="249"/>
        <source>Alasan cetak ulang, mis. kartu hilang</source>
        <translation>Reason for a reprint, e.g. card lost</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="251"/>
        <source>Kontak kantor desa di belakang kartu (kosong: nama kantor desa)</source>
        <translation>Village office contact on the back (empty: the village office&apos;s name)</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="254"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="256"/>
        <source>Simpan PDF...</source>
        <translation>Save PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="259"/>
        <source>Cetak...</source>
        <translation>Print...</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="261"/>
        <source>Halaman kalibrasi...</source>
        <translation>Calibration page...</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="263"/>
        <source>Cek kartu...</source>
        <translation>Check card...</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="269"/>
        <source>Pratinjau halaman 1 muncul di sini.</source>
        <translation>The preview of page 1 appears here.</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="315"/>
        <source>Semua peserta terdaftar ({n} orang)</source>
        <translation>All enrolled participants ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="332"/>
        <source>{n} kartu akan dicetak ({p} halaman A4).</source>
        <translation>{n} cards will be printed ({p} A4 pages).</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="353"/>
        <source>Pratinjau memerlukan pdftoppm (poppler-utils). Simpan PDF lalu buka di penampil PDF.</source>
        <translation>The preview needs pdftoppm (poppler-utils). Save the PDF and open it in a PDF viewer.</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="369"/>
        <source>Pratinjau tidak dapat dibuat.</source>
        <translation>The preview could not be made.</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="374"/>
        <source>Menyiapkan pratinjau...</source>
        <translation>Preparing the preview...</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="407"/>
        <source>{n} kartu disimpan ke {path} ({p} halaman). Pencetakan dicatat di jejak audit.</source>
        <translation>{n} cards saved to {path} ({p} pages). The print is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="411"/>
        <source>Membuat kartu...</source>
        <translation>Making cards...</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="416"/>
        <source>Mencetak langsung memerlukan pdftoppm (poppler-utils). Simpan PDF lalu cetak dari penampil PDF dengan skala 100%.</source>
        <translation>Printing directly needs pdftoppm (poppler-utils). Save the PDF and print it from a PDF viewer at 100% scale.</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="445"/>
        <source>Menyiapkan cetakan...</source>
        <translation>Preparing the print...</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="455"/>
        <source>Printer tidak dapat dibuka.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="466"/>
        <source>{n} kartu dikirim ke printer ({p} halaman). Pencetakan dicatat di jejak audit.</source>
        <translation>{n} cards sent to the printer ({p} pages). The print is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/print_page.py" line="476"/>
        <source>Halaman kalibrasi disimpan ke {path} ({p} halaman). Cetak dengan skala 100%, lalu ukur.</source>
        <translation>Calibration page saved to {path} ({p} pages). Print at 100% scale, then measure.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/verification.py" line="86"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="87"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="88"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="89"/>
        <source>Tgl Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="90"/>
        <source>Diinput oleh</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="91"/>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/reason_dialog.py" line="46"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/reason_dialog.py" line="60"/>
        <source>Tulis alasannya terlebih dahulu.</source>
        <translation>Give the reason first.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="82"/>
        <source>Desa/kelurahan Anda</source>
        <translation>Your village</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="83"/>
        <source>Ketik nama atau kode desa, lalu pilih dari daftar.</source>
        <translation>Type the village name or code, then pick it from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="85"/>
        <source>Kabupaten/kota Anda</source>
        <translation>Your regency/city</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="87"/>
        <source>Ketik nama atau kode kabupaten/kota, lalu pilih dari daftar.</source>
        <translation>Type the regency/city name or code, then pick it from the list.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../ui/region_picker.py" line="47"/>
        <source>Ketik nama atau kode desa/kelurahan, mis. Padomasan atau 35.09.01.2001</source>
        <translation>Type a village name or code, e.g. Padomasan or 35.09.01.2001</translation>
    </message>
    <message>
        <location filename="../../ui/region_picker.py" line="49"/>
        <source>Ketik nama atau kode kabupaten/kota, mis. Jember atau 35.09</source>
        <translation>Type a regency/city name or code, e.g. Jember or 35.09</translation>
    </message>
    <message>
        <location filename="../../ui/region_picker.py" line="70"/>
        <source>Tidak ada wilayah yang cocok. Periksa ejaan atau kode.</source>
        <translation>No region matches. Check the spelling or the code.</translation>
    </message>
    <message>
        <location filename="../../ui/region_picker.py" line="83"/>
        <source>Dipilih: {label}</source>
        <translation>Chosen: {label}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="70"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="76"/>
        <source>Simpan rekap Excel…</source>
        <translation>Save Excel recap…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="126"/>
        <source>Peserta per status</source>
        <translation>Participants by status</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="127"/>
        <source>Iuran JKK + JKM dan anggaran</source>
        <translation>JKK + JKM contributions and budget</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="130"/>
        <source>Peserta aktif per sumber dana</source>
        <translation>Active participants by funding source</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="135"/>
        <source>Peserta aktif per desa</source>
        <translation>Active participants by village</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="141"/>
        <source>Peserta aktif per kelompok pekerjaan</source>
        <translation>Active participants by occupation group</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="148"/>
        <source>Peserta aktif per jenis kelamin dan usia</source>
        <translation>Active participants by sex and age</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="218"/>
        <source>Menghitung rekap...</source>
        <translation>Counting the recap...</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="228"/>
        <source>{program} · {region} · masa perlindungan {start} s/d {end} ({months} bulan)</source>
        <translation>{program} · {region} · coverage {start} to {end} ({months} months)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="248"/>
        <source>Lainnya ({n} kelompok)</source>
        <translation>Other ({n} groups)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="254"/>
        <source>{n} kelompok pekerjaan</source>
        <translation>{n} occupation groups</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="259"/>
        <source>{source}: {monthly}/bulan</source>
        <translation>{source}: {monthly}/month</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="265"/>
        <source>{band} th</source>
        <translation>{band} yrs</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="273"/>
        <source>Laki-laki {m} · Perempuan {p} · usia pada awal masa perlindungan</source>
        <translation>Male {m} · Female {p} · age at the start of coverage</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="280"/>
        <source>Peserta aktif (diusulkan sampai terdaftar): &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Active participants (proposed to enrolled): &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="283"/>
        <source>Iuran per orang per bulan: &lt;b&gt;{x}&lt;/b&gt;</source>
        <translation>Contribution per person per month: &lt;b&gt;{x}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="284"/>
        <source>Iuran per bulan: &lt;b&gt;{x}&lt;/b&gt;</source>
        <translation>Contributions per month: &lt;b&gt;{x}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="285"/>
        <source>Iuran per tahun ({m} bulan): &lt;b&gt;{x}&lt;/b&gt;</source>
        <translation>Contributions per year ({m} months): &lt;b&gt;{x}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="292"/>
        <source>Pagu anggaran: &lt;b&gt;{x}&lt;/b&gt;</source>
        <translation>Budget ceiling: &lt;b&gt;{x}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="294"/>
        <source>Sisa pagu: &lt;b&gt;&lt;span style=&apos;color:{c}&apos;&gt;{x}&lt;/span&gt;&lt;/b&gt;</source>
        <translation>Budget left: &lt;b&gt;&lt;span style=&apos;color:{c}&apos;&gt;{x}&lt;/span&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="299"/>
        <source>Pagu terpakai {p}</source>
        <translation>Budget used {p}</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="303"/>
        <source>Program ini tanpa pagu anggaran.</source>
        <translation>This program has no budget ceiling.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="313"/>
        <source>Kuota desa: {n} dari {q} ({p})</source>
        <translation>Village quota: {n} of {q} ({p})</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="322"/>
        <source>Kuota per desa: {q} · {n} desa sudah penuh</source>
        <translation>Quota per village: {q} · {n} villages already full</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="340"/>
        <source>kuota {q}</source>
        <translation>quota {q}</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="345"/>
        <source>{n} desa teratas dari {total}</source>
        <translation>top {n} of {total} villages</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="350"/>
        <source>{n} desa melebihi kuota</source>
        <translation>{n} villages over the quota</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="359"/>
        <source>Simpan rekap Excel</source>
        <translation>Save Excel recap</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="359"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="373"/>
        <source>Menyimpan rekap Excel...</source>
        <translation>Saving the Excel recap...</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="383"/>
        <source>Rekap disimpan: {path}&lt;br&gt;{n} peserta aktif, {v} desa, iuran {m} per bulan.</source>
        <translation>Recap saved: {path}&lt;br&gt;{n} active participants, {v} villages, contributions {m} per month.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.py" line="398"/>
        <source>Rekap tidak dapat disimpan: {reason}. Pilih folder lain atau tutup berkas itu di Excel, lalu coba lagi.</source>
        <translation>The recap could not be saved: {reason}. Choose another folder or close that file in Excel, then try again.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backup_page.py" line="78"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="81"/>
        <source>Data di laptop ini akan diganti dengan isi cadangan &lt;b&gt;{name}&lt;/b&gt;.&lt;br&gt;Data yang ada sekarang tidak dihapus: disimpan sebagai salinan di folder cadangan sebelum dipulihkan. Setelah itu semua pengguna harus masuk lagi.</source>
        <translation>The data on this laptop will be replaced with the contents of backup &lt;b&gt;{name}&lt;/b&gt;.&lt;br&gt;The current data is not deleted: it is kept as a copy in the backup folder before restoring. Afterwards every user must log in again.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="92"/>
        <source>Nama admin (dari cadangan)</source>
        <translation>Admin name (from the backup)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="93"/>
        <source>Kata sandi admin</source>
        <translation>Admin password</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="96"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_page.py" line="97"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../ui/first_run.py" line="34"/>
        <source>Selamat datang di Lingkaran</source>
        <translation>Welcome to Lingkaran</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="35"/>
        <source>Aplikasi ini dipasang untuk siapa?</source>
        <translation>Who is this installation for?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="36"/>
        <source>Stasiun desa/kelurahan</source>
        <translation>Village station</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="38"/>
        <source>Kantor kabupaten/kota (Disnaker)</source>
        <translation>Regency/city office (Disnaker)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="47"/>
        <source>Operator desa memasukkan calon peserta, kepala atau sekretaris desa memverifikasinya, lalu daftar dikirim ke kabupaten.</source>
        <translation>The village operator enters candidates, the village head or secretary verifies them, and the list is sent to the regency.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="53"/>
        <source>Kantor kabupaten menggabungkan daftar dari semua desa dan mengirimkannya ke BPJS Ketenagakerjaan.</source>
        <translation>The regency office merges the lists of all villages and sends them to BPJS Ketenagakerjaan.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="61"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="66"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="75"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="89"/>
        <source>Hanya admin yang dapat menambah pengguna.</source>
        <translation>Only the administrator can add users.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="85"/>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="86"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <location filename="../../ui/settings_page.py" line="133"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <location filename="../../ui/settings_page.py" line="134"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="99"/>
        <location filename="../../ui/settings_page.py" line="135"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="109"/>
        <source>huruf kecil tanpa spasi, mis. siti</source>
        <translation>lower case without spaces, e.g. siti</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="120"/>
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="124"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="136"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="137"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="156"/>
        <source>Nama program</source>
        <translation>Program name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="157"/>
        <source>Masa perlindungan</source>
        <translation>Coverage period</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="158"/>
        <source>Tarif iuran</source>
        <translation>Contribution rates</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="159"/>
        <source>Iuran per orang per bulan</source>
        <translation>Contribution per person per month</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="160"/>
        <source>Usia peserta</source>
        <translation>Participant age</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="161"/>
        <source>Kuota per desa</source>
        <translation>Quota per village</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>Pagu anggaran</source>
        <translation>Budget ceiling</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="163"/>
        <source>Desil DTSEN paling tinggi</source>
        <translation>Highest DTSEN decile</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="175"/>
        <source>Buka Kabupaten → Program</source>
        <translation>Open District → Program</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="189"/>
        <source>Perpanjang peserta ke program ini</source>
        <translation>Renew participants into this program</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="192"/>
        <source>Peserta yang terdaftar di program sebelumnya dapat diperpanjang ke program ini tanpa diketik ulang. Mereka diperiksa lagi dengan aturan program ini (mis. usia pada awal masa perlindungan), lalu masuk sebagai Diusulkan: verifikasi dan kirim seperti biasa. Yang tidak memenuhi syarat ditampilkan dengan alasannya.</source>
        <translation>Participants enrolled in the previous program can be renewed into this program without retyping. They are checked again with this program&apos;s rules (e.g. age at the start of coverage) and come in as Proposed: verify and send them as usual. Those who do not qualify are shown with the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="200"/>
        <source>Perpanjang peserta...</source>
        <translation>Renew participants...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="210"/>
        <source>Dari program</source>
        <translation>From program</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="224"/>
        <source>{name} ({year}): {n} peserta terdaftar</source>
        <translation>{name} ({year}): {n} enrolled participants</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="231"/>
        <source>Perpanjang peserta</source>
        <translation>Renew participants</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="232"/>
        <source>Perpanjang peserta dari {program} ke {current}?</source>
        <translation>Renew the participants of {program} into {current}?</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="234"/>
        <source>Perpanjang</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="235"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="248"/>
        <source>Memperpanjang peserta...</source>
        <translation>Renewing participants...</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="259"/>
        <source>{n} peserta diperpanjang dari {old} (status Diusulkan: verifikasi lalu kirim).</source>
        <translation>{n} participants renewed from {old} (status Proposed: verify, then send).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="262"/>
        <source>{n} sudah ada di program ini.</source>
        <translation>{n} are already in this program.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="264"/>
        <source>{n} tidak memenuhi syarat program ini:</source>
        <translation>{n} do not qualify for this program:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="287"/>
        <source>{start} s/d {end} ({months} bulan)</source>
        <translation>{start} to {end} ({months} months)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="290"/>
        <source>JKK {p}% dari penghasilan (paling sedikit {basis}) + JKM {jkm}{discount}</source>
        <translation>JKK {p}% of income (at least {basis}) + JKM {jkm}{discount}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="294"/>
        <source>, potongan {d}%</source>
        <translation>, discount {d}%</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="297"/>
        <source>{low} sampai {high} tahun pada awal masa perlindungan</source>
        <translation>{low} to {high} years at the start of coverage</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="299"/>
        <source>{q} orang</source>
        <translation>{q} people</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="300"/>
        <source>tanpa kuota</source>
        <translation>no quota</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="301"/>
        <source>tanpa pagu</source>
        <translation>no ceiling</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="302"/>
        <source>tidak dibatasi</source>
        <translation>not limited</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="307"/>
        <source>Program ini diatur oleh kantor kabupaten ini. Ubah dan terbitkan di halaman &lt;b&gt;Kabupaten&lt;/b&gt;, tab &lt;b&gt;Program&lt;/b&gt;; setiap desa lalu memuat berkas programnya.</source>
        <translation>This district office sets the program. Change and publish it on the &lt;b&gt;District&lt;/b&gt; page, &lt;b&gt;Program&lt;/b&gt; tab; every village then loads the program file.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="312"/>
        <source>Program ini dimuat dari berkas program kabupaten &lt;b&gt;{district}&lt;/b&gt; (sidik jari {fp}) dan hanya dapat diubah oleh kabupaten. Berkas program yang baru dimuat di halaman &lt;b&gt;Kirim / Terima&lt;/b&gt;.</source>
        <translation>This program was loaded from the program file of the district &lt;b&gt;{district}&lt;/b&gt; (fingerprint {fp}) and only the district can change it. A new program file is loaded on the &lt;b&gt;Send / Receive&lt;/b&gt; page.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="319"/>
        <source>Program bawaan: berkas program dari kabupaten belum dimuat. Minta berkas .lkprog ke Disnaker, lalu muat di halaman &lt;b&gt;Kirim / Terima&lt;/b&gt;.</source>
        <translation>Default program: the district&apos;s program file has not been loaded. Ask the labour office (Disnaker) for the .lkprog file, then load it on the &lt;b&gt;Send / Receive&lt;/b&gt; page.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="341"/>
        <source>Kedua kata sandi tidak sama. Ketik ulang kata sandi yang sama.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="354"/>
        <source>Pengguna {name} ditambahkan sebagai {role}.</source>
        <translation>User {name} added as {role}.</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <location filename="../../ui/verification.py" line="128"/>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="132"/>
        <source>Cocokkan setiap data dengan KTP/KK. Data dengan peringatan ditampilkan paling atas. Data yang Anda masukkan sendiri harus diverifikasi orang lain.</source>
        <translation>Compare every record with the KTP/family card. Records with warnings are listed first. Records you entered yourself must be verified by someone else.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="157"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="161"/>
        <source>Tolak...</source>
        <translation>Reject...</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="225"/>
        <source>Calon peserta baru ({n})</source>
        <translation>New candidates ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="227"/>
        <source>Koreksi dan penarikan ({n})</source>
        <translation>Corrections and withdrawals ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="235"/>
        <source>{n} data menunggu verifikasi, {w} di antaranya dengan peringatan.</source>
        <translation>{n} records wait for verification, {w} of them with warnings.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="240"/>
        <source>Setujui semua yang bersih ({n})</source>
        <translation>Approve all clean records ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="243"/>
        <source>Menyetujui data tanpa peringatan yang tidak Anda masukkan sendiri.</source>
        <translation>Approves the records without warnings that you did not enter yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="279"/>
        <source>Tombol tidak aktif: data ini Anda masukkan sendiri. Prinsip empat mata: minta kepala desa, sekretaris desa atau verifikator lain untuk memeriksanya.</source>
        <translation>Buttons disabled: you entered this record yourself. Four eyes: ask the village head, the secretary or another verifier to check it.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="301"/>
        <source>{name} disetujui.</source>
        <translation>{name} approved.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="316"/>
        <source>{name} ditolak. Operator dapat memperbaikinya di Data Pekerja (saring status Ditolak, buka, lalu Ubah data); setelah diperbaiki data kembali ke antrean ini.</source>
        <translation>{name} rejected. The operator can correct it in Workers (filter on status Rejected, open it, then Correct data); once corrected it comes back to this queue.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="344"/>
        <source>{n} data disetujui sekaligus.</source>
        <translation>{n} records approved at once.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="358"/>
        <source>Menyetujui {n} data...</source>
        <translation>Approving {n} records...</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="369"/>
        <source>Tolak calon peserta</source>
        <translation>Reject candidate</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="370"/>
        <source>Mengapa {name} ditolak? Alasan ini dikirim kembali ke operator dan dicatat.</source>
        <translation>Why is {name} rejected? The reason goes back to the operator and is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="372"/>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="373"/>
        <source>NIK tidak sesuai KTP</source>
        <translation>NIK does not match the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="373"/>
        <source>Bukan warga desa ini</source>
        <translation>Not a resident of this village</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="374"/>
        <source>Tidak termasuk pekerja rentan</source>
        <translation>Not a vulnerable worker</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="374"/>
        <source>Sudah terdaftar di program lain</source>
        <translation>Already covered by another program</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="375"/>
        <source>Meninggal dunia</source>
        <translation>Died</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="376"/>
        <source>pilih atau ketik alasannya</source>
        <translation>pick or type the reason</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="382"/>
        <source>Setujui sekaligus</source>
        <translation>Approve at once</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="385"/>
        <source>Setujui {n} data tanpa peringatan? Pastikan Anda sudah mencocokkannya dengan KTP/KK.</source>
        <translation>Approve {n} records without warnings? Make sure you have compared them with the KTP/family card.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="389"/>
        <source>Ya, setujui</source>
        <translation>Yes, approve</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="390"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_Feedback</name>
    <message>
        <location filename="../../ui/tasks.py" line="159"/>
        <source>Sedang bekerja...</source>
        <translation>Working...</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="166"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="172"/>
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../ui/exchange_page.py" line="62"/>
        <source>DITERIMA</source>
        <translation>ACCEPTED</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="63"/>
        <source>SUDAH PERNAH</source>
        <translation>ALREADY RECEIVED</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_page.py" line="64"/>
        <source>DITOLAK</source>
        <translation>REFUSED</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Diusulkan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Diajukan ke kabupaten</source>
        <translation>Submitted to the district</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Terdaftar</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Berakhir</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Operator (input data)</source>
        <translation>Operator (data entry)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Verifikator (kepala/sekretaris desa)</source>
        <translation>Verifier (village head/secretary)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Stasiun desa/kelurahan</source>
        <translation>Village station</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Kantor kabupaten/kota</source>
        <translation>Regency/city office</translation>
    </message>
</context>
</TS>
