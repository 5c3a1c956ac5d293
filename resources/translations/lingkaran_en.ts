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
    <name>CandidateDetail</name>
    <message>
        <location filename="../../ui/candidate_detail.py" line="77"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="78"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="79"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="80"/>
        <source>Tempat, tgl lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="81"/>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="82"/>
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="83"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="84"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="85"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="86"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="87"/>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="88"/>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="89"/>
        <source>Sumber dana</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="90"/>
        <source>Diusulkan oleh</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="92"/>
        <source>Diinput oleh</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="95"/>
        <source>Alasan ditolak</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="101"/>
        <source>Perlu dicek: </source>
        <translation>To check: </translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../ui/candidate_detail.py" line="111"/>
        <source>Data calon peserta</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_detail.py" line="116"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <location filename="../../ui/candidate_form.py" line="119"/>
        <source>Tambah Pekerja</source>
        <translation>Add worker</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="122"/>
        <source>Ketik data sesuai KTP dan Kartu Keluarga. Tekan Enter untuk pindah ke isian berikutnya; Ctrl+S untuk menyimpan. Isian disimpan otomatis sebagai draf.</source>
        <translation>Type the data as on the KTP and family card. Enter moves to the next field; Ctrl+S saves. What you type is kept as a draft automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="132"/>
        <source>16 angka sesuai KTP</source>
        <translation>16 digits as on the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="141"/>
        <source>nama lengkap sesuai KTP</source>
        <translation>full name as on the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="142"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="143"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="144"/>
        <source>mis. Jember</source>
        <translation>e.g. Jember</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="145"/>
        <source>HH-BB-TTTT, mis. 17-08-1980</source>
        <translation>DD-MM-YYYY, e.g. 17-08-1980</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="151"/>
        <source>untuk pencocokan data BPJS</source>
        <translation>used by BPJS to confirm identity</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="152"/>
        <source>16 angka (boleh dikosongkan)</source>
        <translation>16 digits (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="153"/>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="154"/>
        <source>jalan / dusun</source>
        <translation>street / hamlet</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="155"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="156"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="165"/>
        <source>ketik mis. buruh tani, nelayan, P006</source>
        <translation>type e.g. buruh tani, nelayan, P006</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="174"/>
        <source>Rp per bulan (boleh dikosongkan)</source>
        <translation>Rp per month (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="177"/>
        <source>APBDes / Dana Desa</source>
        <translation>APBDes / village fund</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="178"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="179"/>
        <source>mis. Ketua RT 003</source>
        <translation>e.g. head of RT 003</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="181"/>
        <source>kode desa, mis. 35.09.01.2001</source>
        <translation>village code, e.g. 35.09.01.2001</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="186"/>
        <source>NIK *</source>
        <translation>NIK *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="189"/>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="190"/>
        <source>Jenis kelamin *</source>
        <translation>Sex *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="191"/>
        <source>Tanggal lahir *</source>
        <translation>Date of birth *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="193"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="194"/>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="195"/>
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="196"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="199"/>
        <source>Kode desa *</source>
        <translation>Village code *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="203"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="209"/>
        <source>RT / RW</source>
        <translation>RT / RW</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="210"/>
        <source>Pekerjaan *</source>
        <translation>Occupation *</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="211"/>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="212"/>
        <source>Desil DTSEN</source>
        <translation>DTSEN desil</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="213"/>
        <source>Sumber dana</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="214"/>
        <source>Diusulkan oleh</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="215"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="222"/>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="228"/>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="361"/>
        <source>kecamatan tidak dikenal</source>
        <translation>unknown district</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="363"/>
        <source>Menurut NIK: lahir {date} · {sex} · diterbitkan di Kec. {district} ({code})</source>
        <translation>From the NIK: born {date} · {sex} · issued in district {district} ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="380"/>
        <source>Ketik 16 angka NIK; tanggal lahir, jenis kelamin dan kecamatan akan terbaca otomatis.</source>
        <translation>Type the 16-digit NIK; birth date, sex and district are read from it automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="389"/>
        <source>{n} dari 16 angka</source>
        <translation>{n} of 16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="397"/>
        <source>tanggal lahir</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="400"/>
        <source>jenis kelamin</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="403"/>
        <source>{what} diisi dari NIK — cocokkan dengan KTP dan ubah bila berbeda.</source>
        <translation>{what} filled in from the NIK — compare with the KTP and change it if it differs.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="411"/>
        <source>NIK ini sudah terdaftar atas nama {name} (status: {status}). Tidak perlu dimasukkan lagi; cari di Data Pekerja.</source>
        <translation>This NIK is already registered for {name} (status: {status}). No need to enter it again; find it under Workers.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="430"/>
        <source>Harus diperbaiki: </source>
        <translation>Must be fixed: </translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="434"/>
        <source>Perlu dicek (boleh disimpan, verifikator akan memeriksa): </source>
        <translation>To check (can be saved; the verifier will look): </translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="438"/>
        <source>Belum ada masalah pada data yang diisi.</source>
        <translation>No problems in what has been typed so far.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="464"/>
        <source>Belum bisa disimpan: {n} isian harus diperbaiki (lihat kotak merah di bawah).</source>
        <translation>Cannot save yet: {n} field(s) must be fixed (see the red boxes below).</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="480"/>
        <source>Tersimpan: {name}, status Diusulkan. Catatan untuk verifikator:</source>
        <translation>Saved: {name}, status Proposed. Notes for the verifier:</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="485"/>
        <source>Tersimpan: {name}, status Diusulkan. Silakan ketik data berikutnya.</source>
        <translation>Saved: {name}, status Proposed. You can type the next one.</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_form.py" line="534"/>
        <source>Isian yang belum disimpan sebelumnya telah dipulihkan dari draf. Periksa lalu simpan.</source>
        <translation>What you typed earlier but did not save was restored from the draft. Check it, then save.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../ui/candidate_model.py" line="115"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="116"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="117"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="118"/>
        <source>Tgl Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="119"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="120"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="121"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="122"/>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/candidate_model.py" line="162"/>
        <source>{first} (+{n})</source>
        <translation>{first} (+{n})</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../../ui/candidates_page.py" line="36"/>
        <source>Data Pekerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="41"/>
        <source>Cari NIK, nama atau nomor KPJ...</source>
        <translation>Search NIK, name or KPJ number...</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="44"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="54"/>
        <source>+ Tambah pekerja</source>
        <translation>+ Add worker</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="75"/>
        <source>Klik dua kali pada baris untuk melihat datanya.</source>
        <translation>Double-click a row to see the record.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_page.py" line="105"/>
        <source>{n} data</source>
        <translation>{n} records</translation>
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
        <location filename="../../ui/main_window.py" line="41"/>
        <source>Lingkaran — {place}</source>
        <translation>Lingkaran — {place}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Data Pekerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Tambah Pekerja</source>
        <translation>Add worker</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>{name}
{role}</source>
        <translation>{name}
{role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Kunci layar</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Keluar</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/verification.py" line="72"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="72"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="72"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="72"/>
        <source>Tgl Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="73"/>
        <source>Diinput oleh</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="73"/>
        <source>Peringatan</source>
        <translation>Warnings</translation>
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
    <name>RejectDialog</name>
    <message>
        <location filename="../../ui/verification.py" line="101"/>
        <source>Tolak calon peserta</source>
        <translation>Reject candidate</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="103"/>
        <source>Mengapa {name} ditolak? Alasan ini dikirim kembali ke operator dan dicatat.</source>
        <translation>Why is {name} rejected? The reason goes back to the operator and is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="110"/>
        <source>NIK tidak sesuai KTP</source>
        <translation>NIK does not match the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="111"/>
        <source>Bukan warga desa ini</source>
        <translation>Not a resident of this village</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="112"/>
        <source>Tidak termasuk pekerja rentan</source>
        <translation>Not a vulnerable worker</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="113"/>
        <source>Sudah terdaftar di program lain</source>
        <translation>Already covered by another program</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="114"/>
        <source>Meninggal dunia</source>
        <translation>Died</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="117"/>
        <source>pilih atau ketik alasannya</source>
        <translation>pick or type the reason</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="124"/>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="125"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="139"/>
        <source>Tulis alasan penolakan terlebih dahulu.</source>
        <translation>Write the reason for the rejection first.</translation>
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
        <location filename="../../ui/settings_page.py" line="41"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="46"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="55"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="63"/>
        <source>Hanya admin yang dapat menambah pengguna.</source>
        <translation>Only the administrator can add users.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="69"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="72"/>
        <location filename="../../ui/settings_page.py" line="105"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="72"/>
        <location filename="../../ui/settings_page.py" line="106"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="73"/>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="81"/>
        <source>huruf kecil tanpa spasi, mis. siti</source>
        <translation>lower case without spaces, e.g. siti</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92"/>
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="96"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="108"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="109"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="129"/>
        <source>Kedua kata sandi tidak sama. Ketik ulang kata sandi yang sama.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="142"/>
        <source>Pengguna {name} ditambahkan sebagai {role}.</source>
        <translation>User {name} added as {role}.</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <location filename="../../ui/verification.py" line="155"/>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="158"/>
        <source>Cocokkan setiap data dengan KTP/KK. Data dengan peringatan ditampilkan paling atas. Data yang Anda masukkan sendiri harus diverifikasi orang lain.</source>
        <translation>Compare every record with the KTP/family card. Records with warnings are listed first. Records you entered yourself must be verified by someone else.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="182"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="186"/>
        <source>Tolak...</source>
        <translation>Reject...</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="236"/>
        <source>{n} data menunggu verifikasi, {w} di antaranya dengan peringatan.</source>
        <translation>{n} records wait for verification, {w} of them with warnings.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="239"/>
        <source>Setujui semua yang bersih ({n})</source>
        <translation>Approve all clean records ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="242"/>
        <source>Menyetujui data tanpa peringatan yang tidak Anda masukkan sendiri.</source>
        <translation>Approves the records without warnings that you did not enter yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="274"/>
        <source>Tombol tidak aktif: data ini Anda masukkan sendiri. Prinsip empat mata: minta kepala desa, sekretaris desa atau verifikator lain untuk memeriksanya.</source>
        <translation>Buttons disabled: you entered this record yourself. Four eyes: ask the village head, the secretary or another verifier to check it.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="292"/>
        <source>{name} disetujui.</source>
        <translation>{name} approved.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="302"/>
        <source>{name} ditolak.</source>
        <translation>{name} rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="326"/>
        <source>{n} data disetujui sekaligus.</source>
        <translation>{n} records approved at once.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="337"/>
        <source>Menyetujui {n} data...</source>
        <translation>Approving {n} records...</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="350"/>
        <source>Setujui sekaligus</source>
        <translation>Approve at once</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="351"/>
        <source>Setujui {n} data tanpa peringatan? Pastikan Anda sudah mencocokkannya dengan KTP/KK.</source>
        <translation>Approve {n} records without warnings? Make sure you have compared them with the KTP/family card.</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="353"/>
        <source>Ya, setujui</source>
        <translation>Yes, approve</translation>
    </message>
    <message>
        <location filename="../../ui/verification.py" line="354"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_Feedback</name>
    <message>
        <location filename="../../ui/tasks.py" line="128"/>
        <source>Sedang bekerja...</source>
        <translation>Working...</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="131"/>
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Diusulkan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Dikirim ke BPJS</source>
        <translation>Sent to BPJS</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Terdaftar</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Berakhir</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Operator (input data)</source>
        <translation>Operator (data entry)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Verifikator (kepala/sekretaris desa)</source>
        <translation>Verifier (village head/secretary)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Stasiun desa/kelurahan</source>
        <translation>Village station</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Kantor kabupaten/kota</source>
        <translation>Regency/city office</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Tgl lahir beda dengan NIK</source>
        <translation>Birth date differs from NIK</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Jenis kelamin beda dengan NIK</source>
        <translation>Sex differs from NIK</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>NIK dari kabupaten lain</source>
        <translation>NIK from another regency</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Kode kecamatan NIK tidak dikenal</source>
        <translation>Unknown district code in NIK</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>NIK dari sel angka Excel</source>
        <translation>NIK from an Excel number cell</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Jenis kelamin diambil dari NIK</source>
        <translation>Sex taken from NIK</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Tgl lahir diambil dari NIK</source>
        <translation>Birth date taken from NIK</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Pekerjaan ditebak</source>
        <translation>Occupation guessed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Pekerjaan tidak dikenal</source>
        <translation>Unknown occupation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Nomor HP tidak wajar</source>
        <translation>Odd phone number</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Desil belum diketahui</source>
        <translation>Desil unknown</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Tanggal di No. KK janggal</source>
        <translation>Odd date in family card no.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Kode wilayah KK tidak dikenal</source>
        <translation>Unknown region in family card no.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Nomor urut KK 0000</source>
        <translation>Family card serial 0000</translation>
    </message>
</context>
</TS>
