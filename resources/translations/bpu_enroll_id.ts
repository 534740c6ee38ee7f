<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About BPU Enroll</source>
        <translation>Tentang BPU Enroll</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versi {version}</translation>
    </message>
    <message>
        <source>Python {python} · Qt for Python {qt}</source>
        <translation>Python {python} · Qt for Python {qt}</translation>
    </message>
    <message>
        <source>Contribution rules: {versions}</source>
        <translation>Aturan iuran: {versions}</translation>
    </message>
    <message>
        <source>Occupations: {version} · Regions: {regions}</source>
        <translation>Pekerjaan: {version} · Wilayah: {regions}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Folder data: {path}</translation>
    </message>
    <message>
        <source>Log folder: {path}</source>
        <translation>Folder log: {path}</translation>
    </message>
    <message>
        <source>BPJS Ketenagakerjaan — registration of non-wage workers (BPU).</source>
        <translation>BPJS Ketenagakerjaan — pendaftaran peserta Bukan Penerima Upah (BPU).</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Officers&apos; activity</source>
        <translation>Aktivitas petugas</translation>
    </message>
    <message>
        <source>Every laptop enrolled at the branch: who uses it, when it last synced and how many records it still holds. A laptop silent for longer than the days chosen is marked.</source>
        <translation>Setiap laptop yang terdaftar di cabang: siapa yang memakainya, kapan terakhir sinkron dan berapa data yang masih disimpannya. Laptop yang diam lebih lama dari jumlah hari yang dipilih diberi tanda.</translation>
    </message>
    <message>
        <source>&amp;Silent after</source>
        <translation>&amp;Diam setelah</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Days without a sync before a laptop counts as silent</source>
        <translation>Jumlah hari tanpa sinkronisasi sebelum laptop dianggap diam</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Read the activity again (F5)</source>
        <translation>Baca aktivitas lagi (F5)</translation>
    </message>
    <message>
        <source>Laptops and their last sync</source>
        <translation>Laptop dan sinkronisasi terakhirnya</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Silent: never synced</source>
        <translation>Diam: belum pernah sinkron</translation>
    </message>
    <message numerus="yes">
        <source>Silent for %Ln day(s)</source>
        <translation>
            <numerusform>Diam selama %Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>{version} (update)</source>
        <translation>{version} (perbarui)</translation>
    </message>
    <message>
        <source>Contribution rules</source>
        <translation>Aturan iuran</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Sinkron terakhir</translation>
    </message>
    <message>
        <source>Last sync at</source>
        <translation>Waktu sinkron terakhir</translation>
    </message>
    <message>
        <source>Records waiting</source>
        <translation>Data menunggu</translation>
    </message>
    <message>
        <source>Records received</source>
        <translation>Data diterima</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versi aplikasi</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Data referensi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln menit yang lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln jam yang lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln hari yang lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln laptop(s)</source>
        <translation>
            <numerusform>%Ln laptop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln silent for more than {days} days</source>
        <translation>
            <numerusform>%Ln diam lebih dari {days} hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked</source>
        <translation>
            <numerusform>%Ln dicabut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting</source>
        <translation>
            <numerusform>%Ln data menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln below version {minimum}</source>
        <translation>
            <numerusform>%Ln di bawah versi {minimum}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Your session at the branch server has ended. Sign in again.</source>
        <translation>Sesi Anda di server kantor cabang telah berakhir. Silakan masuk lagi.</translation>
    </message>
    <message>
        <source>Enrolling this laptop at the branch…</source>
        <translation>Mendaftarkan laptop ini di kantor cabang…</translation>
    </message>
    <message>
        <source>This laptop is now a laptop of {branch}. The demo profile was put aside in {folder}. Sign in with your branch password.</source>
        <translation>Laptop ini sekarang menjadi laptop {branch}. Profil demo disisihkan ke {folder}. Masuk dengan kata sandi kantor cabang Anda.</translation>
    </message>
    <message>
        <source>The enrolment did not succeed: {error} The demo profile was put back; you can sign in to it as before.</source>
        <translation>Pendaftaran tidak berhasil: {error} Profil demo sudah dikembalikan; Anda dapat masuk ke profil itu seperti sebelumnya.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Catatan audit</translation>
    </message>
    <message>
        <source>What was done at the branch, newest first: sign-ins (failed and refused ones too), decisions, workers&apos; records viewed, imports and exports. Each line is sealed to the one before it, so a changed or removed line is found.</source>
        <translation>Apa yang dilakukan di kantor cabang, terbaru di atas: proses masuk (juga yang gagal dan ditolak), keputusan, data pekerja yang dilihat, impor dan ekspor. Setiap baris disegel ke baris sebelumnya, sehingga baris yang diubah atau dihapus akan ketahuan.</translation>
    </message>
    <message>
        <source>&amp;Lines shown</source>
        <translation>&amp;Baris ditampilkan</translation>
    </message>
    <message>
        <source>How many of the newest lines to show</source>
        <translation>Berapa baris terbaru yang ditampilkan</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Read the audit log again (F5)</source>
        <translation>Baca ulang catatan audit (F5)</translation>
    </message>
    <message>
        <source>Audit log lines, newest first</source>
        <translation>Baris catatan audit, terbaru di atas</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Sign-in refused: account locked</source>
        <translation>Masuk ditolak: akun dikunci</translation>
    </message>
    <message>
        <source>Sign-in refused: not a staff account</source>
        <translation>Masuk ditolak: bukan akun staf kantor cabang</translation>
    </message>
    <message>
        <source>Refused: the role does not allow it</source>
        <translation>Ditolak: peran tidak mengizinkan</translation>
    </message>
    <message>
        <source>Laptop refused: revoked, forged or replayed</source>
        <translation>Laptop ditolak: dicabut, dipalsukan atau diulang</translation>
    </message>
    <message>
        <source>Refusals only counted: too many in a minute</source>
        <translation>Penolakan hanya dihitung: terlalu banyak dalam satu menit</translation>
    </message>
    <message>
        <source>Decision on a record</source>
        <translation>Keputusan atas data</translation>
    </message>
    <message>
        <source>Void from a laptop applied</source>
        <translation>Pembatalan dari laptop diterapkan</translation>
    </message>
    <message>
        <source>USB batch import</source>
        <translation>Impor berkas USB</translation>
    </message>
    <message>
        <source>Export for the national core system</source>
        <translation>Ekspor untuk sistem inti nasional</translation>
    </message>
    <message>
        <source>Export downloaded again</source>
        <translation>Ekspor diunduh lagi</translation>
    </message>
    <message>
        <source>Export refused: a record does not read</source>
        <translation>Ekspor ditolak: ada data yang tidak terbaca</translation>
    </message>
    <message>
        <source>Branch data checked for damage</source>
        <translation>Data kantor cabang diperiksa kerusakannya</translation>
    </message>
    <message>
        <source>Damaged record met in the workspace: asked again of its laptop</source>
        <translation>Data rusak ditemukan di ruang kerja: diminta lagi dari laptopnya</translation>
    </message>
    <message>
        <source>Damaged record repaired from the laptop</source>
        <translation>Data rusak diperbaiki dari salinan laptop</translation>
    </message>
    <message>
        <source>Damaged record not repairable from the laptop: restore from a backup</source>
        <translation>Data rusak tidak dapat diperbaiki dari laptop: pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Tally printed</source>
        <translation>Rekap dicetak</translation>
    </message>
    <message>
        <source>Tally saved as a PDF file</source>
        <translation>Rekap disimpan sebagai berkas PDF</translation>
    </message>
    <message>
        <source>Worker&apos;s record viewed</source>
        <translation>Data pekerja dilihat</translation>
    </message>
    <message>
        <source>Refused: replaces another laptop&apos;s record</source>
        <translation>Ditolak: mengganti data laptop lain</translation>
    </message>
    <message>
        <source>Refused: void of a conflict</source>
        <translation>Ditolak: pembatalan data konflik</translation>
    </message>
    <message>
        <source>Audit chain found broken</source>
        <translation>Rantai audit ditemukan rusak</translation>
    </message>
    <message>
        <source>Branch set up</source>
        <translation>Cabang disiapkan</translation>
    </message>
    <message>
        <source>Branch brought under the master key</source>
        <translation>Cabang dienkripsi dengan kunci induk</translation>
    </message>
    <message>
        <source>Personal data left in clear sealed</source>
        <translation>Data pribadi yang masih terbuka disegel</translation>
    </message>
    <message>
        <source>Officer added</source>
        <translation>Petugas ditambahkan</translation>
    </message>
    <message>
        <source>Officer active again</source>
        <translation>Petugas diaktifkan lagi</translation>
    </message>
    <message>
        <source>Officer revoked</source>
        <translation>Petugas dicabut</translation>
    </message>
    <message>
        <source>Sign-in unlocked by a supervisor</source>
        <translation>Kunci masuk dibuka supervisor</translation>
    </message>
    <message>
        <source>Enrolment code issued</source>
        <translation>Kode pendaftaran laptop dibuat</translation>
    </message>
    <message>
        <source>Enrolment code refused: too many live or a lifetime out of bounds</source>
        <translation>Kode pendaftaran ditolak: terlalu banyak yang aktif atau masa berlaku di luar batas</translation>
    </message>
    <message>
        <source>Laptop enrolled</source>
        <translation>Laptop didaftarkan</translation>
    </message>
    <message>
        <source>Laptop enrolment answered again</source>
        <translation>Pendaftaran laptop dijawab lagi</translation>
    </message>
    <message>
        <source>Laptop revoked</source>
        <translation>Laptop dicabut</translation>
    </message>
    <message>
        <source>Reference data published</source>
        <translation>Data referensi diterbitkan</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Pengaturan diubah</translation>
    </message>
    <message>
        <source>Master key changed</source>
        <translation>Kunci induk diganti</translation>
    </message>
    <message>
        <source>Master key backed up</source>
        <translation>Kunci induk dicadangkan</translation>
    </message>
    <message>
        <source>Master key restored</source>
        <translation>Kunci induk dipulihkan</translation>
    </message>
    <message>
        <source>Refusals only counted: too many from one address</source>
        <translation>Penolakan hanya dihitung: terlalu banyak dari satu alamat</translation>
    </message>
    <message>
        <source>Refusals only counted: too many from one laptop</source>
        <translation>Penolakan hanya dihitung: terlalu banyak dari satu laptop</translation>
    </message>
    <message>
        <source>Refusals only counted: one member of staff refused too often</source>
        <translation>Penolakan hanya dihitung: satu staf terlalu sering ditolak</translation>
    </message>
    <message>
        <source>Refusals only counted: too many from all clients together</source>
        <translation>Penolakan hanya dihitung: terlalu banyak dari semua klien bersama</translation>
    </message>
    <message>
        <source>laptop {code}</source>
        <translation>laptop {code}</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>baris perintah</translation>
    </message>
    <message>
        <source>command line ({user})</source>
        <translation>baris perintah ({user})</translation>
    </message>
    <message>
        <source>branch server</source>
        <translation>server kantor cabang</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>Waktu ({zone})</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact (%Ln line(s) checked)</source>
        <translation>
            <numerusform>Rantai audit utuh (%Ln baris diperiksa)</numerusform>
        </translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>dikunci sampai</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>kolom</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>keputusan</translation>
    </message>
    <message>
        <source>decision no.</source>
        <translation>no. keputusan</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>counted, not written</source>
        <translation>dihitung, tidak ditulis</translation>
    </message>
    <message>
        <source>written</source>
        <translation>ditulis</translation>
    </message>
    <message>
        <source>whole subject</source>
        <translation>subjek lengkap</translation>
    </message>
    <message>
        <source>who in full</source>
        <translation>siapa selengkapnya</translation>
    </message>
    <message>
        <source>what in full</source>
        <translation>apa selengkapnya</translation>
    </message>
    <message>
        <source>request</source>
        <translation>permintaan</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>menjadi</translation>
    </message>
    <message>
        <source>names record</source>
        <translation>menyebut data</translation>
    </message>
    <message>
        <source>branch holds</source>
        <translation>di cabang</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>laptop</translation>
    </message>
    <message>
        <source>laptop revoked</source>
        <translation>laptop dicabut</translation>
    </message>
    <message>
        <source>KPJ numbers ran out</source>
        <translation>nomor KPJ habis</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>petugas</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>tanda terima</translation>
    </message>
    <message>
        <source>via</source>
        <translation>melalui</translation>
    </message>
    <message>
        <source>seen in</source>
        <translation>dilihat di</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>uji coba</translation>
    </message>
    <message>
        <source>records</source>
        <translation>data</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>files</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>semuanya</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>sampai tanggal</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>tally fingerprint</source>
        <translation>sidik rekap</translation>
    </message>
    <message>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>sessions ended</source>
        <translation>sesi diakhiri</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>code hash</source>
        <translation>hash kode</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>berlaku sampai</translation>
    </message>
    <message>
        <source>lifetime (minutes)</source>
        <translation>masa berlaku (menit)</translation>
    </message>
    <message>
        <source>province</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>value</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>first KPJ</source>
        <translation>KPJ pertama</translation>
    </message>
    <message>
        <source>last KPJ</source>
        <translation>KPJ terakhir</translation>
    </message>
    <message>
        <source>in force from</source>
        <translation>berlaku mulai</translation>
    </message>
    <message>
        <source>before</source>
        <translation>sebelumnya</translation>
    </message>
    <message>
        <source>master key</source>
        <translation>kunci induk</translation>
    </message>
    <message>
        <source>master key included</source>
        <translation>kunci induk disertakan</translation>
    </message>
    <message>
        <source>key file written</source>
        <translation>berkas kunci ditulis</translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation>rantai utuh</translation>
    </message>
    <message>
        <source>lines checked</source>
        <translation>baris diperiksa</translation>
    </message>
    <message>
        <source>broken from line</source>
        <translation>rusak mulai baris</translation>
    </message>
    <message>
        <source>database file encrypted</source>
        <translation>berkas basis data dienkripsi</translation>
    </message>
    <message>
        <source>participants&apos; NIKs hashed</source>
        <translation>NIK peserta diganti hash</translation>
    </message>
    <message>
        <source>records sealed</source>
        <translation>data disegel</translation>
    </message>
    <message>
        <source>branch keys sealed</source>
        <translation>kunci cabang disegel</translation>
    </message>
    <message>
        <source>recovery key made</source>
        <translation>kunci pemulihan dibuat</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>konflik</translation>
    </message>
    <message>
        <source>clerks&apos; notes</source>
        <translation>catatan petugas administrasi</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>nama staf</translation>
    </message>
    <message>
        <source>laptop tallies</source>
        <translation>rekap laptop</translation>
    </message>
    <message>
        <source>size</source>
        <translation>ukuran</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>checksum</translation>
    </message>
    <message>
        <source>manifest checksum</source>
        <translation>checksum manifest</translation>
    </message>
    <message>
        <source>count</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>tanda terima</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>kerusakan</translation>
    </message>
    <message>
        <source>all sound</source>
        <translation>semua utuh</translation>
    </message>
    <message>
        <source>records damaged</source>
        <translation>data rusak</translation>
    </message>
    <message>
        <source>records asked of their laptops</source>
        <translation>data yang diminta dari laptopnya</translation>
    </message>
    <message>
        <source>why</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>tallies damaged</source>
        <translation>rekap rusak</translation>
    </message>
    <message>
        <source>reference packages</source>
        <translation>paket referensi</translation>
    </message>
    <message>
        <source>packages damaged</source>
        <translation>paket rusak</translation>
    </message>
    <message>
        <source>conflict versions damaged</source>
        <translation>versi konflik rusak</translation>
    </message>
    <message>
        <source>records kept before today&apos;s rules</source>
        <translation>data tersimpan sebelum aturan hari ini</translation>
    </message>
    <message>
        <source>tallies kept before today&apos;s rules</source>
        <translation>rekap tersimpan sebelum aturan hari ini</translation>
    </message>
    <message>
        <source>accounts kept before today&apos;s rules</source>
        <translation>akun tersimpan sebelum aturan hari ini</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>berubah</translation>
    </message>
    <message>
        <source>void</source>
        <translation>batal</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>sudah diterima</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>konflik</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>menunggu pemeriksaan</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>terima</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>tolak</translation>
    </message>
    <message>
        <source>confirm the duplicate</source>
        <translation>konfirmasi duplikat</translation>
    </message>
    <message>
        <source>request a correction</source>
        <translation>minta perbaikan</translation>
    </message>
    <message>
        <source>network</source>
        <translation>jaringan</translation>
    </message>
    <message>
        <source>USB file</source>
        <translation>berkas USB</translation>
    </message>
    <message>
        <source>review details</source>
        <translation>rincian pemeriksaan</translation>
    </message>
    <message>
        <source>a decision in review</source>
        <translation>keputusan saat pemeriksaan</translation>
    </message>
    <message>
        <source>receipt check</source>
        <translation>pemeriksaan tanda terima</translation>
    </message>
    <message>
        <source>receipt check by command</source>
        <translation>pemeriksaan tanda terima lewat perintah</translation>
    </message>
    <message>
        <source>field officer</source>
        <translation>petugas lapangan</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>petugas administrasi</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>bahasa Inggris</translation>
    </message>
    <message>
        <source>contribution rules</source>
        <translation>aturan iuran</translation>
    </message>
    <message>
        <source>occupations</source>
        <translation>pekerjaan</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>wilayah</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>berkas kunci</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>frasa sandi</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nama pengguna</translation>
    </message>
    <message>
        <source>password</source>
        <translation>kata sandi</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>whole request</source>
        <translation>seluruh permintaan</translation>
    </message>
    <message>
        <source>does not read</source>
        <translation>tidak terbaca</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>berubah isinya</translation>
    </message>
    <message>
        <source>the laptop no longer has it</source>
        <translation>laptop tidak lagi menyimpannya</translation>
    </message>
    <message>
        <source>the laptop&apos;s copy does not match</source>
        <translation>salinan laptop tidak cocok</translation>
    </message>
    <message>
        <source>all laptops</source>
        <translation>semua laptop</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nama pengguna atau kata sandi salah</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>akun dikunci</translation>
    </message>
    <message>
        <source>not a staff account</source>
        <translation>bukan akun staf kantor cabang</translation>
    </message>
    <message>
        <source>sign-in form not valid</source>
        <translation>isian masuk tidak sah</translation>
    </message>
    <message>
        <source>sign-in request unreadable</source>
        <translation>permintaan masuk tidak terbaca</translation>
    </message>
    <message>
        <source>replaces another laptop&apos;s record</source>
        <translation>menggantikan data laptop lain</translation>
    </message>
    <message>
        <source>void of a version in conflict</source>
        <translation>pembatalan versi yang berkonflik</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>{start} sampai {end}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Audit chain broken from line {line}: lines were changed or removed. Keep this computer as it is and tell the branch head.</source>
        <translation>Rantai audit rusak mulai baris {line}: ada baris yang diubah atau dihapus. Biarkan komputer ini apa adanya dan laporkan ke kepala cabang.</translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <source>Batches received</source>
        <translation>Batch yang diterima</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Read the inbox from the branch server again (F5)</source>
        <translation>Baca ulang kotak masuk dari server cabang (F5)</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a batch</source>
        <translation>Tekan Enter atau klik dua kali untuk membuka batch</translation>
    </message>
    <message>
        <source>Records of the batch</source>
        <translation>Data dalam batch</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Opening the batch…</source>
        <translation>Membuka batch…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) received. Press Enter to open one.</source>
        <translation>
            <numerusform>%Ln batch diterima. Tekan Enter untuk membuka salah satunya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch {batch} from {device}, received {when}: %Ln record(s).</source>
        <translation>
            <numerusform>Batch {batch} dari {device}, diterima {when}: %Ln data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a batch to see its records.</source>
        <translation>Buka sebuah batch untuk melihat datanya.</translation>
    </message>
</context>
<context>
    <name>BranchTallyPage</name>
    <message>
        <source>Branch tally</source>
        <translation>Rekap cabang</translation>
    </message>
    <message>
        <source>What the branch received from every laptop for a day or a period, per officer and work location, with the cash each officer collected to reconcile against the deposits. Print it or save it as a PDF; the tally fingerprint at the foot identifies these figures.</source>
        <translation>Yang diterima cabang dari setiap laptop untuk satu hari atau satu periode, per petugas dan lokasi kerja, beserta uang tunai yang diterima setiap petugas untuk dicocokkan dengan setoran. Cetak atau simpan sebagai PDF; sidik rekap di kaki halaman menandai angka-angka ini.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Hari pertama periode</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Sa&amp;mpai</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Hari terakhir periode</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>Hari &amp;ini</translation>
    </message>
    <message>
        <source>Today only</source>
        <translation>Hari ini saja</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Mi&amp;nggu ini</translation>
    </message>
    <message>
        <source>From Monday to today</source>
        <translation>Dari Senin sampai hari ini</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Simpan PDF…</translation>
    </message>
    <message>
        <source>Save the branch tally as a PDF file (Ctrl+S)</source>
        <translation>Simpan rekap cabang sebagai berkas PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print the branch tally (Ctrl+P)</source>
        <translation>Cetak rekap cabang (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolom</translation>
    </message>
    <message>
        <source>Columns of the figures</source>
        <translation>Kolom angka</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Yang ditampilkan grafik</translation>
    </message>
    <message>
        <source>Figures per officer and work location</source>
        <translation>Angka per petugas dan lokasi kerja</translation>
    </message>
    <message>
        <source>Cash collected per officer</source>
        <translation>Uang tunai diterima per petugas</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Registrations chart</source>
        <translation>Grafik pendaftaran</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Print the branch tally</source>
        <translation>Cetak rekap cabang</translation>
    </message>
    <message>
        <source>Save the branch tally</source>
        <translation>Simpan rekap cabang</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Menyiapkan pratinjau cetak…</translation>
    </message>
    <message>
        <source>Officer and work location</source>
        <translation>Petugas dan lokasi kerja</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>Lokasi kerja</translation>
    </message>
    <message>
        <source>Registrations per officer</source>
        <translation>Pendaftaran per petugas</translation>
    </message>
    <message>
        <source>Registrations per work location</source>
        <translation>Pendaftaran per lokasi kerja</translation>
    </message>
    <message>
        <source>Registrations by occupation group</source>
        <translation>Pendaftaran menurut kelompok pekerjaan</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Membaca angka…</translation>
    </message>
    <message>
        <source>The branch received no registrations for {period}.</source>
        <translation>Cabang tidak menerima pendaftaran untuk {period}.</translation>
    </message>
    <message>
        <source>all officers</source>
        <translation>semua petugas</translation>
    </message>
    <message>
        <source>all locations</source>
        <translation>semua lokasi</translation>
    </message>
    <message>
        <source>No registrations</source>
        <translation>Tidak ada pendaftaran</translation>
    </message>
    <message numerus="yes">
        <source>{period}: %Ln registration(s)</source>
        <translation>
            <numerusform>{period}: %Ln pendaftaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln voided</source>
        <translation>
            <numerusform>%Ln dibatalkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln officer(s)</source>
        <translation>
            <numerusform>%Ln petugas</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch tally, {period}</source>
        <translation>Rekap cabang, {period}</translation>
    </message>
    <message numerus="yes">
        <source>The branch tally went to the printer {printer} (%Ln page(s)).</source>
        <translation>
            <numerusform>Rekap cabang dikirim ke printer {printer} (%Ln halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>quoted {quoted}, cash collected {cash}</source>
        <translation>iuran {quoted}, uang tunai diterima {cash}</translation>
    </message>
    <message>
        <source>Tally fingerprint (printed at the foot): {hash}</source>
        <translation>Sidik rekap (tercetak di kaki halaman): {hash}</translation>
    </message>
    <message>
        <source>The branch tally is saved as {path}.</source>
        <translation>Rekap cabang disimpan sebagai {path}.</translation>
    </message>
</context>
<context>
    <name>CrashNotifier</name>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong inside BPU Enroll. Registrations already saved are safe. A report without personal data was written to the log folder; please give it to the branch&apos;s support staff.</source>
        <translation>Terjadi kesalahan di dalam BPU Enroll. Pendaftaran yang sudah tersimpan aman. Laporan tanpa data pribadi telah ditulis ke folder log; serahkan laporan itu kepada petugas dukungan kantor cabang.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Buka folder log</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Laporan: %1</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide on a record</source>
        <translation>Putuskan data</translation>
    </message>
    <message>
        <source>Decisions not offered</source>
        <translation>Keputusan yang tidak ditawarkan</translation>
    </message>
    <message>
        <source>&amp;Reason code</source>
        <translation>Kode &amp;alasan</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Kode alasan</translation>
    </message>
    <message>
        <source>&amp;Note for the officer</source>
        <translation>&amp;Catatan untuk petugas</translation>
    </message>
    <message>
        <source>Note for the officer</source>
        <translation>Catatan untuk petugas</translation>
    </message>
    <message>
        <source>Never write a NIK here.</source>
        <translation>Jangan pernah menulis NIK di sini.</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Putuskan</translation>
    </message>
    <message>
        <source>Accept the record</source>
        <translation>Terima data</translation>
    </message>
    <message>
        <source>Reject the record</source>
        <translation>Tolak data</translation>
    </message>
    <message>
        <source>Confirm the duplicate</source>
        <translation>Konfirmasi duplikat</translation>
    </message>
    <message>
        <source>Request a correction</source>
        <translation>Minta perbaikan</translation>
    </message>
    <message>
        <source>&amp;Accept the record</source>
        <translation>T&amp;erima data</translation>
    </message>
    <message>
        <source>Re&amp;ject the record</source>
        <translation>T&amp;olak data</translation>
    </message>
    <message>
        <source>Confirm the &amp;duplicate</source>
        <translation>Konfirmasi &amp;duplikat</translation>
    </message>
    <message>
        <source>Request a &amp;correction</source>
        <translation>Minta &amp;perbaikan</translation>
    </message>
    <message>
        <source>The branch gives the worker a KPJ number; the officer&apos;s laptop learns it at its next sync.</source>
        <translation>Kantor cabang memberi pekerja nomor KPJ; laptop petugas menerimanya pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The officer sees the reason in Needs attention at the next sync and can correct the record.</source>
        <translation>Petugas melihat alasannya di Perlu perhatian pada sinkronisasi berikutnya dan dapat memperbaiki data.</translation>
    </message>
    <message>
        <source>The worker is already a participant: the existing KPJ stands and the record leaves the queue.</source>
        <translation>Pekerja sudah menjadi peserta: KPJ yang ada tetap berlaku dan data keluar dari antrean.</translation>
    </message>
    <message>
        <source>The record goes back to the officer with your note; a corrected version comes in a later batch.</source>
        <translation>Data dikembalikan ke petugas dengan catatan Anda; versi perbaikannya datang di batch berikutnya.</translation>
    </message>
    <message>
        <source>The registration that enrolled this worker was voided. Accepting this record enrols them again with the same KPJ number; the officer&apos;s laptop learns it at its next sync.</source>
        <translation>Pendaftaran yang menjadikan pekerja ini peserta sudah dibatalkan. Menerima data ini mendaftarkan pekerja itu kembali dengan nomor KPJ yang sama; laptop petugas menerimanya pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The registration that enrolled this worker was voided: confirming the duplicate leaves the worker not enrolled. Accept the record to enrol them again with the same KPJ number.</source>
        <translation>Pendaftaran yang menjadikan pekerja ini peserta sudah dibatalkan: mengonfirmasi data ganda membuat pekerja itu tidak terdaftar. Terima data ini untuk mendaftarkannya kembali dengan nomor KPJ yang sama.</translation>
    </message>
    <message>
        <source>The version the branch holds stays as it is: accepted, with its KPJ number. The other version received is not applied; the officer&apos;s laptop learns the decision at its next sync.</source>
        <translation>Versi yang dipegang kantor cabang tetap seperti adanya: diterima, dengan nomor KPJ-nya. Versi lain yang masuk tidak diterapkan; laptop petugas mengetahui keputusan ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The version the branch holds stays as it is: a voided receipt, counted as voided. The other version received is not applied; the officer&apos;s laptop learns the decision at its next sync.</source>
        <translation>Versi yang dipegang kantor cabang tetap seperti adanya: tanda terima yang dibatalkan, dihitung sebagai dibatalkan. Versi lain yang masuk tidak diterapkan; laptop petugas mengetahui keputusan ini pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The version the branch holds is already accepted (a participant with a KPJ number): it stays as it is, and a change comes from the officer&apos;s laptop as a correction.</source>
        <translation>Tidak ditawarkan: {decisions}. Versi yang dipegang kantor cabang sudah diterima (peserta dengan nomor KPJ): versi itu tetap seperti adanya, dan perubahan datang dari laptop petugas sebagai perbaikan.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The version the branch holds is a voided receipt: it stays voided.</source>
        <translation>Tidak ditawarkan: {decisions}. Versi yang dipegang kantor cabang adalah tanda terima yang dibatalkan: tetap dibatalkan.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The worker is already a participant, so the record cannot have a KPJ number of its own.</source>
        <translation>Tidak ditawarkan: {decisions}. Pekerja ini sudah menjadi peserta, jadi data ini tidak bisa mendapat nomor KPJ sendiri.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The record is not a duplicate.</source>
        <translation>Tidak ditawarkan: {decisions}. Data ini bukan duplikat.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The version held is already accepted.</source>
        <translation>Tidak ditawarkan: {decisions}. Versi yang dipegang sudah diterima.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The version held is a voided receipt.</source>
        <translation>Tidak ditawarkan: {decisions}. Versi yang dipegang adalah tanda terima yang dibatalkan.</translation>
    </message>
    <message>
        <source>Not offered: {decisions}. The worker is already a participant.</source>
        <translation>Tidak ditawarkan: {decisions}. Pekerja ini sudah menjadi peserta.</translation>
    </message>
    <message>
        <source>{decision}: receipt {receipt} · {name} · NIK {nik}</source>
        <translation>{decision}: tanda terima {receipt} · {name} · NIK {nik}</translation>
    </message>
    <message>
        <source>(no reason code)</source>
        <translation>(tanpa kode alasan)</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Pilih alasan…</translation>
    </message>
    <message>
        <source>Close without deciding, and discard the note you wrote?</source>
        <translation>Tutup tanpa memutuskan, dan buang catatan yang sudah Anda tulis?</translation>
    </message>
    <message>
        <source>&amp;Discard the note</source>
        <translation>&amp;Buang catatan</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Lanjut menulis</translation>
    </message>
    <message>
        <source>Choose the reason code the officer will see.</source>
        <translation>Pilih kode alasan yang akan dilihat petugas.</translation>
    </message>
    <message>
        <source>Write a note: tell the officer what to correct.</source>
        <translation>Tulis catatan: beri tahu petugas apa yang harus diperbaiki.</translation>
    </message>
    <message>
        <source>Write a note: say what the other reason is.</source>
        <translation>Tulis catatan: jelaskan alasan lainnya.</translation>
    </message>
    <message>
        <source>Sending the decision to the branch server…</source>
        <translation>Mengirim keputusan ke server kantor cabang…</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Receipt number</source>
        <translation>Nomor tanda terima</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Tempat, tgl. lahir</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>Lokasi kerja</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Penghasilan per bulan</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Bulan dibayar</translation>
    </message>
    <message>
        <source>Contribution total</source>
        <translation>Total iuran</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Uang tunai diterima</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Menggantikan</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Diganti oleh</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <source>Branch&apos;s reasons</source>
        <translation>Alasan dari kantor cabang</translation>
    </message>
    <message>
        <source>Clerk&apos;s note</source>
        <translation>Catatan petugas cabang</translation>
    </message>
    <message>
        <source>Personal data removed</source>
        <translation>Data pribadi dihapus</translation>
    </message>
    <message>
        <source>Receipt copies</source>
        <translation>Salinan tanda terima</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Laptops</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Every laptop enrolled at the branch. Revoke a laptop that was lost or stolen: the branch refuses it from its next sync, and the records it already sent stay. A new laptop is enrolled with a one-time code from here.</source>
        <translation>Setiap laptop yang terdaftar di kantor cabang. Cabut laptop yang hilang atau dicuri: kantor cabang menolaknya mulai sinkronisasi berikutnya, dan data yang sudah dikirimnya tetap tersimpan. Laptop baru didaftarkan dengan kode sekali pakai dari sini.</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>&amp;Cabut…</translation>
    </message>
    <message>
        <source>Revoke the chosen laptop: it is refused from its next sync</source>
        <translation>Cabut laptop yang dipilih: laptop itu ditolak mulai sinkronisasi berikutnya</translation>
    </message>
    <message>
        <source>Code valid &amp;for:</source>
        <translation>&amp;Lama berlaku kode:</translation>
    </message>
    <message>
        <source>How long the next enrolment code works: the officer must enrol the laptop before then</source>
        <translation>Berapa lama kode pendaftaran berikutnya berlaku: petugas harus mendaftarkan laptop sebelum itu</translation>
    </message>
    <message>
        <source>Enrolment code valid for</source>
        <translation>Lama berlaku kode pendaftaran</translation>
    </message>
    <message>
        <source>Enrolment &amp;code…</source>
        <translation>&amp;Kode pendaftaran…</translation>
    </message>
    <message>
        <source>A one-time code with which an officer enrols a new laptop</source>
        <translation>Kode sekali pakai untuk petugas mendaftarkan laptop baru</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Baca daftar lagi (F5)</translation>
    </message>
    <message>
        <source>Laptops enrolled at the branch</source>
        <translation>Laptop yang terdaftar di kantor cabang</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Terakhir terlihat</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <source>Records received</source>
        <translation>Data diterima</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Enrolment code issued; the new laptop is in the list after Refresh.</source>
        <translation>Kode pendaftaran diterbitkan; laptop baru muncul di daftar setelah Muat ulang.</translation>
    </message>
    <message>
        <source>Laptop {device} was already revoked.</source>
        <translation>Laptop {device} sudah dicabut sebelumnya.</translation>
    </message>
    <message>
        <source>Laptop {device} revoked: the branch refuses it from its next sync.</source>
        <translation>Laptop {device} dicabut: kantor cabang menolaknya mulai sinkronisasi berikutnya.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln laptop(s)</source>
        <translation>
            <numerusform>%Ln laptop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln aktif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked</source>
        <translation>
            <numerusform>%Ln dicabut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Unfinished registrations saved on this laptop, with the officer and the time they were last saved (the branch&apos;s time). Choose one to continue, or delete what is no longer needed.</source>
        <translation>Pendaftaran yang belum selesai di laptop ini, dengan petugas dan waktu terakhir disimpan (waktu cabang). Pilih satu untuk dilanjutkan, atau hapus yang tidak diperlukan lagi.</translation>
    </message>
    <message>
        <source>&amp;Delete this draft…</source>
        <translation>&amp;Hapus draf ini…</translation>
    </message>
    <message>
        <source>Delete &amp;old drafts…</source>
        <translation>Hapus draf la&amp;ma…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Continue this draft</source>
        <translation>&amp;Lanjutkan draf ini</translation>
    </message>
    <message>
        <source>No drafts saved.</source>
        <translation>Belum ada draf tersimpan.</translation>
    </message>
    <message>
        <source>Delete the draft {draft}? What was typed in it is lost.</source>
        <translation>Hapus draf {draft}? Isian di dalamnya akan hilang.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s) not saved for a week or more.</source>
        <translation>
            <numerusform>%Ln draf tidak disimpan selama seminggu atau lebih.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln draft(s) not saved for a week or more?</source>
        <translation>
            <numerusform>Hapus %Ln draf yang tidak disimpan selama seminggu atau lebih?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete drafts</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Simpan saja</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s) deleted.</source>
        <translation>
            <numerusform>%Ln draf dihapus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateNikCheck</name>
    <message>
        <source>Receipt {receipt}, {status}.</source>
        <translation>Tanda terima {receipt}, {status}.</translation>
    </message>
</context>
<context>
    <name>EnrolCodeDialog</name>
    <message>
        <source>Enrolment code for a new laptop</source>
        <translation>Kode pendaftaran laptop baru</translation>
    </message>
    <message>
        <source>Give this code to the officer: their laptop asks for it under &quot;Enrol this laptop at the branch&quot;. It works once, until the time below, and is not shown again once this window is closed.</source>
        <translation>Berikan kode ini kepada petugas: laptopnya memintanya di &quot;Daftarkan laptop ini di kantor cabang&quot;. Kode hanya berlaku sekali, sampai waktu di bawah, dan tidak ditampilkan lagi setelah jendela ini ditutup.</translation>
    </message>
    <message>
        <source>One-time enrolment code</source>
        <translation>Kode pendaftaran sekali pakai</translation>
    </message>
    <message>
        <source>Code with the branch&apos;s &amp;fingerprint, to paste in the officer&apos;s app:</source>
        <translation>Kode dengan sidik &amp;jari kantor cabang, untuk ditempel di aplikasi petugas:</translation>
    </message>
    <message>
        <source>Enrolment code with the branch&apos;s fingerprint</source>
        <translation>Kode pendaftaran dengan sidik jari kantor cabang</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy the code with the branch&apos;s fingerprint</source>
        <translation>Salin kode dengan sidik jari kantor cabang</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Branch addresses for the officer&apos;s app (any one of them):</source>
        <translation>Alamat kantor cabang untuk aplikasi petugas (salah satunya):</translation>
    </message>
    <message>
        <source>The branch server knows only this machine&apos;s own address ({address}), which a laptop cannot use. Type the server&apos;s network address in the officer&apos;s app instead (the branch admin knows it), with port {port}.</source>
        <translation>Server kantor cabang hanya mengenal alamat mesin ini sendiri ({address}), yang tidak dapat dipakai laptop. Ketik alamat jaringan server di aplikasi petugas (admin kantor cabang mengetahuinya), dengan port {port}.</translation>
    </message>
    <message>
        <source>Copied: paste it in the officer&apos;s enrol window.</source>
        <translation>Tersalin: tempel di jendela pendaftaran laptop petugas.</translation>
    </message>
    <message>
        <source>Valid until {when}</source>
        <translation>Berlaku sampai {when}</translation>
    </message>
    <message>
        <source>Branch address for the officer&apos;s app: {address}</source>
        <translation>Alamat kantor cabang untuk aplikasi petugas: {address}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this laptop at the branch</source>
        <translation>Daftarkan laptop ini di kantor cabang</translation>
    </message>
    <message>
        <source>Ask the branch administrator for the branch address and a one-time code (bpu-branch device code). A code written as CODE@sha256:… also carries the certificate fingerprint.</source>
        <translation>Mintalah alamat kantor cabang dan kode sekali pakai kepada administrator cabang (bpu-branch device code). Kode yang ditulis sebagai KODE@sha256:… juga memuat sidik jari sertifikat.</translation>
    </message>
    <message>
        <source>Branch address</source>
        <translation>Alamat kantor cabang</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Kode sekali pakai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Daftarkan</translation>
    </message>
    <message>
        <source>Enter the branch address, starting with https:// (or http://).</source>
        <translation>Isi alamat kantor cabang, diawali https:// (atau http://).</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>Isi kode sekali pakai.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Mendaftarkan…</translation>
    </message>
    <message>
        <source>This laptop already has a profile (the demo profile), so it cannot be enrolled here. Enrolment is done from the first-run screen, on a laptop with no profile.</source>
        <translation>Laptop ini sudah memiliki profil (profil demo), jadi tidak dapat didaftarkan di sini. Pendaftaran dilakukan dari layar pertama, pada laptop yang belum memiliki profil.</translation>
    </message>
    <message>
        <source>The branch refused the enrolment: {reason}</source>
        <translation>Kantor cabang menolak pendaftaran: {reason}</translation>
    </message>
    <message>
        <source>Put the demo profile aside and enrol this laptop?</source>
        <translation>Sisihkan profil demo dan daftarkan laptop ini?</translation>
    </message>
    <message>
        <source>This laptop now holds the demo profile. The demo profile and its practice registrations will be put aside: they are kept in the profile folder, in a folder named demo-archive-&lt;date and time&gt;, never sent to the branch and never deleted. The laptop then becomes a laptop of the branch at {server}.

You will be signed out now; afterwards, sign in again with your branch password. If the enrolment does not succeed, the demo profile is put back.</source>
        <translation>Laptop ini sekarang berisi profil demo. Profil demo beserta pendaftaran latihannya akan disisihkan: disimpan di folder profil, dalam folder bernama demo-archive-&lt;tanggal dan jam&gt;, tidak pernah dikirim ke kantor cabang dan tidak pernah dihapus. Setelah itu laptop menjadi laptop kantor cabang di {server}.

Anda akan dikeluarkan sekarang; sesudahnya, masuk lagi dengan kata sandi kantor cabang Anda. Jika pendaftaran tidak berhasil, profil demo dikembalikan.</translation>
    </message>
    <message>
        <source>Put the demo aside and enrol</source>
        <translation>Sisihkan demo dan daftarkan</translation>
    </message>
    <message>
        <source>Keep the demo</source>
        <translation>Tetap pakai demo</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The branch cannot be reached. Check the address.</source>
        <translation>Kantor cabang tidak dapat dihubungi. Periksa alamatnya.</translation>
    </message>
    <message>
        <source>Enrolment failed unexpectedly.</source>
        <translation>Pendaftaran gagal karena kesalahan tak terduga.</translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (kode {code})</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the code&apos;s fingerprint.</source>
        <translation>Sertifikat server tidak cocok dengan sidik jari pada kode.</translation>
    </message>
    <message>
        <source>An https address needs the code with its fingerprint (CODE@sha256:…).</source>
        <translation>Alamat https memerlukan kode beserta sidik jarinya (KODE@sha256:…).</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Something went wrong ({name}). Nothing was lost; try again.</source>
        <translation>Terjadi kesalahan ({name}). Tidak ada data yang hilang; coba lagi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more wrong attempt(s) and the account is locked for a few minutes.</source>
        <translation>
            <numerusform>%Ln kali lagi salah, akun akan dikunci selama beberapa menit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>BPU Enroll: first start</source>
        <translation>BPU Enroll: mulai pertama kali</translation>
    </message>
    <message>
        <source>Welcome to BPU Enroll</source>
        <translation>Selamat datang di BPU Enroll</translation>
    </message>
    <message>
        <source>This laptop has no profile yet. Choose how to start.</source>
        <translation>Laptop ini belum memiliki profil. Pilih cara memulai.</translation>
    </message>
    <message>
        <source>Try the demo profile</source>
        <translation>Coba profil demo</translation>
    </message>
    <message>
        <source>A demo branch, device and officer on this laptop only: sign in as &quot;demo&quot; with the password &quot;demo&quot;. Nothing is sent anywhere.</source>
        <translation>Kantor cabang, perangkat dan petugas demo, hanya di laptop ini: masuk sebagai &quot;demo&quot; dengan kata sandi &quot;demo&quot;. Tidak ada data yang dikirim ke mana pun.</translation>
    </message>
    <message>
        <source>Enrol this laptop at the branch</source>
        <translation>Daftarkan laptop ini di kantor cabang</translation>
    </message>
    <message>
        <source>For real registrations the laptop is enrolled once at the branch office (kantor cabang): bring it to the branch, connect to the branch network, and ask the branch administrator for a one-time enrolment code. The laptop then receives its device code, the officer list and the reference data.</source>
        <translation>Untuk pendaftaran sungguhan, laptop didaftarkan satu kali di kantor cabang: bawa laptop ke kantor cabang, sambungkan ke jaringan kantor cabang, lalu minta kode pendaftaran sekali pakai kepada admin cabang. Laptop kemudian menerima kode perangkat, daftar petugas dan data referensi.</translation>
    </message>
    <message>
        <source>Branch workstation (clerk or supervisor)</source>
        <translation>Komputer kerja kantor cabang (petugas administrasi atau supervisor)</translation>
    </message>
    <message>
        <source>A computer at the branch office where clerks and supervisors work online against the branch server. You need the server address and its certificate fingerprint from the branch administrator.</source>
        <translation>Komputer di kantor cabang tempat petugas administrasi dan supervisor bekerja secara daring dengan server kantor cabang. Anda memerlukan alamat server dan sidik jari sertifikatnya dari administrator kantor cabang.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Enter the branch address and the one-time code from the branch administrator.</source>
        <translation>Isi alamat kantor cabang dan kode sekali pakai dari administrator cabang.</translation>
    </message>
    <message>
        <source>This computer is now a workstation of branch {branch}.</source>
        <translation>Komputer ini sekarang menjadi komputer kerja kantor cabang {branch}.</translation>
    </message>
    <message>
        <source>This laptop is now device {device} of {branch}.</source>
        <translation>Laptop ini sekarang perangkat {device} di {branch}.</translation>
    </message>
    <message>
        <source>Creating the demo profile…</source>
        <translation>Membuat profil demo…</translation>
    </message>
</context>
<context>
    <name>KtpCameraDialog</name>
    <message>
        <source>KTP photo from the camera</source>
        <translation>Foto KTP dari kamera</translation>
    </message>
    <message>
        <source>Hold the KTP inside the frame, flat and in the light, then press Space.</source>
        <translation>Pegang KTP di dalam bingkai, rata dan terang, lalu tekan Spasi.</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Pratinjau kamera</translation>
    </message>
    <message>
        <source>Open a photo &amp;file…</source>
        <translation>Buka &amp;berkas foto…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Capture (Space)</source>
        <translation>&amp;Ambil foto (Spasi)</translation>
    </message>
    <message>
        <source>No camera found on this laptop. Open a photo file instead.</source>
        <translation>Tidak ada kamera di laptop ini. Buka berkas foto saja.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Menyalakan kamera…</translation>
    </message>
</context>
<context>
    <name>KtpPrefill</name>
    <message>
        <source>KTP photo</source>
        <translation>Foto KTP</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Gambar (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Reading the KTP photo on this laptop…</source>
        <translation>Membaca foto KTP di laptop ini…</translation>
    </message>
    <message numerus="yes">
        <source>Filled from the KTP photo: %Ln field(s). Check each against the card before finalising.</source>
        <translation>
            <numerusform>Diisi dari foto KTP: %Ln kolom. Cocokkan setiap kolom dengan kartu sebelum finalkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uncertain field(s) highlighted.</source>
        <translation>
            <numerusform>%Ln kolom yang kurang pasti ditandai kuning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Village {name} not found in the list: choose it.</source>
        <translation>Desa/kelurahan {name} tidak ditemukan di daftar: pilih sendiri.</translation>
    </message>
    <message>
        <source>NIK check: {problems}</source>
        <translation>Cek NIK: {problems}</translation>
    </message>
    <message>
        <source>NIK check: agrees with the birth date, gender and region on the card.</source>
        <translation>Cek NIK: cocok dengan tanggal lahir, jenis kelamin dan wilayah di kartu.</translation>
    </message>
    <message>
        <source>From the KTP photo (dari foto KTP), confidence {percent}%</source>
        <translation>Dari foto KTP, keyakinan {percent}%</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Buka &amp;kunci</translation>
    </message>
    <message>
        <source>The screen was locked to protect the workers&apos; data. {name} ({user}): type your password to continue. The form you were filling in is kept as it was.</source>
        <translation>Layar dikunci untuk melindungi data pekerja. {name} ({user}): ketik kata sandi Anda untuk melanjutkan. Formulir yang sedang diisi tetap tersimpan seperti semula.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Ketik kata sandi Anda.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Kata sandi salah.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>BPU Enroll: sign in</source>
        <translation>BPU Enroll: masuk</translation>
    </message>
    <message>
        <source>BPU Enroll</source>
        <translation>BPU Enroll</translation>
    </message>
    <message>
        <source>Registration of informal workers (BPU) for BPJS Ketenagakerjaan</source>
        <translation>Pendaftaran pekerja Bukan Penerima Upah (BPU) BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Pesan masuk</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Coba &amp;hubungi sekarang</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>{name} ({username}) — revoked</source>
        <translation>{name} ({username}) — dicabut</translation>
    </message>
    <message>
        <source>Branch workstation · {branch} · {server}</source>
        <translation>Komputer kerja kantor cabang · {branch} · {server}</translation>
    </message>
    <message>
        <source>{branch} · device {device}</source>
        <translation>{branch} · perangkat {device}</translation>
    </message>
    <message>
        <source>Choose an officer first.</source>
        <translation>Pilih petugas terlebih dahulu.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Ketik kata sandi Anda.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Memeriksa kata sandi…</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Ketik nama pengguna Anda.</translation>
    </message>
    <message>
        <source>A user name has only letters, digits and dots, with no spaces.</source>
        <translation>Nama pengguna hanya berisi huruf, angka, dan titik, tanpa spasi.</translation>
    </message>
    <message>
        <source>Signing in at the branch server…</source>
        <translation>Masuk ke server kantor cabang…</translation>
    </message>
    <message>
        <source>This account cannot open a branch workspace: officers work on their laptops. Only clerks, supervisors and administrators sign in here.</source>
        <translation>Akun ini tidak dapat membuka ruang kerja cabang: petugas lapangan bekerja di laptop masing-masing. Hanya petugas administrasi, supervisor, dan administrator yang masuk di sini.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: this account is locked. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>Terlalu banyak percobaan masuk yang gagal: akun ini dikunci. Coba lagi dalam %Ln menit.</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (kode {code})</translation>
    </message>
    <message>
        <source>Branch server unreachable — retrying in {seconds} s.</source>
        <translation>Server kantor cabang tidak dapat dihubungi — mencoba lagi dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>Connecting to the branch server…</source>
        <translation>Menghubungi server kantor cabang…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BPU Enroll</source>
        <translation>BPU Enroll</translation>
    </message>
    <message>
        <source>This laptop was revoked by the branch: it cannot make new registrations or receipts. Bring it to the branch office; the records it holds are kept.</source>
        <translation>Laptop ini sudah dicabut oleh kantor cabang: tidak bisa membuat pendaftaran atau tanda terima baru. Bawa laptop ini ke kantor cabang; data yang ada tetap tersimpan.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Aplikasi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup aplikasi</translation>
    </message>
    <message>
        <source>&amp;About BPU Enroll</source>
        <translation>&amp;Tentang BPU Enroll</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;High contrast (sunlight)</source>
        <translation>&amp;Kontras tinggi (di bawah matahari)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Huruf lebih besar</translation>
    </message>
    <message>
        <source>The audit log of this laptop was changed (from entry {entry}). Work can go on; tell the branch office.</source>
        <translation>Catatan audit laptop ini telah diubah (mulai entri {entry}). Pekerjaan bisa dilanjutkan; laporkan ke kantor cabang.</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Pendaftaran baru</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Daftar pendaftaran</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Daily tally</source>
        <translation>Rekap harian</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>Petugas: {name}</translation>
    </message>
    <message>
        <source>Branch: {branch} · device {device}</source>
        <translation>Cabang: {branch} · perangkat {device}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync: %Ln</source>
        <translation>
            <numerusform>Menunggu sinkron: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Sinkron terakhir: {when}</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>Options</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;High contrast (for sunlight)</source>
        <translation>Kontras &amp;tinggi (di bawah matahari)</translation>
    </message>
    <message>
        <source>La&amp;rger text</source>
        <translation>&amp;Huruf lebih besar</translation>
    </message>
    <message>
        <source>Lock after &amp;idle</source>
        <translation>&amp;Kunci setelah diam</translation>
    </message>
    <message>
        <source>Minutes idle before the screen locks</source>
        <translation>Menit tanpa aktivitas sebelum layar terkunci</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>The document as it will print</source>
        <translation>Dokumen seperti yang akan tercetak</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Tutup pratinjau (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Simpan PDF…</translation>
    </message>
    <message>
        <source>Save this PDF file (Ctrl+S)</source>
        <translation>Simpan berkas PDF ini (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print what the preview shows (Enter)</source>
        <translation>Cetak yang ditampilkan pratinjau (Enter)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>The printer could not be used. Nothing was printed.</source>
        <translation>Printer tidak dapat dipakai. Tidak ada yang dicetak.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer {printer} (%Ln page(s)).</source>
        <translation>
            <numerusform>Dikirim ke printer {printer} (%Ln halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Disimpan sebagai {path}.</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message numerus="yes">
        <source>Total for %Ln month(s) paid now.</source>
        <translation>
            <numerusform>Total untuk %Ln bulan yang dibayar sekarang.</numerusform>
        </translation>
    </message>
    <message>
        <source>JKK and JKM are halved in relief months (PP 50/2025); JHT is not.</source>
        <translation>JKK dan JKM dipotong 50% pada bulan keringanan (PP 50/2025); JHT tidak.</translation>
    </message>
</context>
<context>
    <name>ReceiptCheckPage</name>
    <message>
        <source>Check a receipt</source>
        <translation>Periksa tanda terima</translation>
    </message>
    <message>
        <source>Paste or scan the text of the receipt&apos;s QR code, or open the receipt PDF. The branch checks the laptop&apos;s signature and says what became of the registration.</source>
        <translation>Tempel atau pindai teks kode QR tanda terima, atau buka PDF tanda terima. Kantor cabang memeriksa tanda tangan laptop dan menyebutkan nasib pendaftarannya.</translation>
    </message>
    <message>
        <source>QR &amp;text</source>
        <translation>Teks &amp;QR</translation>
    </message>
    <message>
        <source>BPU1.…</source>
        <translation>BPU1.…</translation>
    </message>
    <message>
        <source>The text of the receipt&apos;s QR code</source>
        <translation>Teks kode QR tanda terima</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>&amp;Open receipt PDF…</source>
        <translation>&amp;Buka PDF tanda terima…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>The result of the check</source>
        <translation>Hasil pemeriksaan</translation>
    </message>
    <message>
        <source>Paste the QR text or open a receipt PDF first.</source>
        <translation>Tempel teks QR atau buka PDF tanda terima terlebih dahulu.</translation>
    </message>
    <message>
        <source>Open a receipt</source>
        <translation>Buka tanda terima</translation>
    </message>
    <message>
        <source>Receipts (*.pdf);;All files (*)</source>
        <translation>Tanda terima (*.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Not valid: {why} (code {code})</source>
        <translation>Tidak sah: {why} (kode {code})</translation>
    </message>
    <message>
        <source>Valid receipt {number}, issued {when} by laptop {device}, officer {officer}.</source>
        <translation>Tanda terima sah {number}, diterbitkan {when} oleh laptop {device}, petugas {officer}.</translation>
    </message>
    <message>
        <source>At the branch: accepted, KPJ {kpj}.</source>
        <translation>Di kantor cabang: diterima, KPJ {kpj}.</translation>
    </message>
    <message>
        <source>At the branch: already a participant, KPJ {kpj}.</source>
        <translation>Di kantor cabang: sudah menjadi peserta, KPJ {kpj}.</translation>
    </message>
    <message>
        <source>At the branch: voided.</source>
        <translation>Di kantor cabang: dibatalkan.</translation>
    </message>
    <message>
        <source>At the branch: rejected; the officer must correct it.</source>
        <translation>Di kantor cabang: ditolak; petugas harus memperbaikinya.</translation>
    </message>
    <message>
        <source>At the branch: waiting for a clerk&apos;s review.</source>
        <translation>Di kantor cabang: menunggu pemeriksaan petugas cabang.</translation>
    </message>
    <message>
        <source>At the branch: not received yet (the laptop has not synced).</source>
        <translation>Di kantor cabang: belum diterima (laptop belum sinkronisasi).</translation>
    </message>
    <message>
        <source>At the branch: {state}.</source>
        <translation>Di kantor cabang: {state}.</translation>
    </message>
    <message>
        <source>The record held here differs from this receipt.</source>
        <translation>Data yang disimpan di sini berbeda dengan tanda terima ini.</translation>
    </message>
    <message>
        <source>the receipt was changed after it was printed</source>
        <translation>tanda terima diubah setelah dicetak</translation>
    </message>
    <message>
        <source>no laptop of this branch issued it</source>
        <translation>tidak diterbitkan oleh laptop kantor cabang ini</translation>
    </message>
    <message>
        <source>the laptop issued it after the branch revoked it</source>
        <translation>laptop menerbitkannya setelah aksesnya dicabut kantor cabang</translation>
    </message>
    <message>
        <source>this is not the QR code of a BPU Enroll receipt</source>
        <translation>ini bukan kode QR tanda terima BPU Enroll</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Ukuran &amp;kertas</translation>
    </message>
    <message>
        <source>Paper size of the receipt</source>
        <translation>Ukuran kertas tanda terima</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>The receipt as it will print</source>
        <translation>Tanda terima seperti akan tercetak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Tutup pratinjau (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Simpan PDF…</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file (Ctrl+S)</source>
        <translation>Simpan tanda terima sebagai berkas PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print the receipt (Enter)</source>
        <translation>Cetak tanda terima (Enter)</translation>
    </message>
    <message>
        <source>A5 (office printer)</source>
        <translation>A5 (printer kantor)</translation>
    </message>
    <message>
        <source>80 mm roll (thermal printer)</source>
        <translation>Gulungan 80 mm (printer termal)</translation>
    </message>
    <message>
        <source>The original receipt. Any later print is marked SALINAN (copy).</source>
        <translation>Tanda terima asli. Setiap cetakan berikutnya bertanda SALINAN.</translation>
    </message>
    <message>
        <source>Marked SALINAN {count} (copy).</source>
        <translation>Bertanda SALINAN {count}.</translation>
    </message>
    <message>
        <source>Voided registration: the receipt prints with BATAL across it.</source>
        <translation>Pendaftaran dibatalkan: tanda terima dicetak dengan tulisan BATAL melintang.</translation>
    </message>
    <message>
        <source>Correction: the receipt names the receipt it replaces.</source>
        <translation>Koreksi: tanda terima menyebut nomor tanda terima yang digantikannya.</translation>
    </message>
    <message>
        <source>Saved PDF: marked as the electronic copy; the first paper print stays the original.</source>
        <translation>PDF tersimpan: ditandai sebagai salinan elektronik; cetakan kertas pertama tetap yang asli.</translation>
    </message>
    <message>
        <source>Reprint: this receipt was printed before.</source>
        <translation>Cetak ulang: tanda terima ini sudah pernah dicetak.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Cetak tanda terima</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Simpan tanda terima</translation>
    </message>
    <message>
        <source>Receipt page</source>
        <translation>Halaman tanda terima</translation>
    </message>
    <message>
        <source>The printer could not be used. Nothing was printed.</source>
        <translation>Printer tidak dapat dipakai. Tidak ada yang dicetak.</translation>
    </message>
    <message>
        <source>Sent to the printer {printer}: receipt {receipt}.</source>
        <translation>Dikirim ke printer {printer}: tanda terima {receipt}.</translation>
    </message>
    <message>
        <source>Receipt {receipt} saved as {path}.</source>
        <translation>Tanda terima {receipt} disimpan sebagai {path}.</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Menyiapkan tanda terima…</translation>
    </message>
    <message>
        <source>Receipt {receipt}</source>
        <translation>Tanda terima {receipt}</translation>
    </message>
</context>
<context>
    <name>ReconcilePage</name>
    <message>
        <source>Reconciliation</source>
        <translation>Rekonsiliasi</translation>
    </message>
    <message>
        <source>Each laptop&apos;s own tally fingerprint for the day against what the branch received from it. A difference lists the records not yet synced, voids the branch has not received and the figures that differ. A laptop that has not reported can bring its tally file (bpu-enroll tally --json) on a USB stick.</source>
        <translation>Sidik rekap milik setiap laptop untuk hari itu dibandingkan dengan yang diterima cabang darinya. Jika berbeda, ditampilkan data yang belum disinkronkan, pembatalan yang belum diterima cabang dan angka yang berbeda. Laptop yang belum melapor dapat membawa berkas rekapnya (bpu-enroll tally --json) dengan flashdisk.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Ta&amp;nggal</translation>
    </message>
    <message>
        <source>Date to reconcile</source>
        <translation>Tanggal yang dicocokkan</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Hari &amp;ini</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>Check a laptop tally &amp;file…</source>
        <translation>Periksa &amp;berkas rekap laptop…</translation>
    </message>
    <message>
        <source>Compare a tally file from a laptop (bpu-enroll tally --json) with what the branch received (Ctrl+O)</source>
        <translation>Bandingkan berkas rekap dari laptop (bpu-enroll tally --json) dengan yang diterima cabang (Ctrl+O)</translation>
    </message>
    <message>
        <source>Laptops of the day and whether their tallies match</source>
        <translation>Laptop pada hari itu dan apakah rekapnya cocok</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Perbedaan</translation>
    </message>
    <message>
        <source>Figures that differ between the laptop and the branch</source>
        <translation>Angka yang berbeda antara laptop dan cabang</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Cocok</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Berbeda</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Belum melapor</translation>
    </message>
    <message>
        <source>Records not synced yet</source>
        <translation>Ada data belum disinkronkan</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Memeriksa {name}…</translation>
    </message>
    <message>
        <source>Check a laptop tally file</source>
        <translation>Periksa berkas rekap laptop</translation>
    </message>
    <message>
        <source>Tally files (*.json);;All files (*)</source>
        <translation>Berkas rekap (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>report</source>
        <translation>laporan</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Dilaporkan pada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message>
        <source>Voids not received</source>
        <translation>Pembatalan belum diterima</translation>
    </message>
    <message>
        <source>Missing receipts</source>
        <translation>Tanda terima hilang</translation>
    </message>
    <message>
        <source>Officer and place</source>
        <translation>Petugas dan lokasi</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>All officers and places</source>
        <translation>Semua petugas dan lokasi</translation>
    </message>
    <message>
        <source>The tally</source>
        <translation>Rekap</translation>
    </message>
    <message>
        <source>no work location</source>
        <translation>tanpa lokasi kerja</translation>
    </message>
    <message>
        <source>The tally file of laptop {device}: {result}.</source>
        <translation>Berkas rekap laptop {device}: {result}.</translation>
    </message>
    <message>
        <source>No laptop has records or a report on {day}.</source>
        <translation>Tidak ada laptop yang punya data atau laporan pada {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln laptop(s)</source>
        <translation>
            <numerusform>%Ln laptop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match</source>
        <translation>
            <numerusform>%Ln cocok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln differ</source>
        <translation>
            <numerusform>%Ln berbeda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with records not synced yet</source>
        <translation>
            <numerusform>%Ln dengan data belum disinkronkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not reported</source>
        <translation>
            <numerusform>%Ln belum melapor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) still on the laptop, not synced yet.</source>
        <translation>
            <numerusform>%Ln data masih di laptop, belum disinkronkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) finalised on the laptop, not at the branch yet: {list}</source>
        <translation>
            <numerusform>%Ln tanda terima yang difinalkan di laptop belum sampai di cabang: {list}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) voided on the laptop, not voided at the branch yet: {list}</source>
        <translation>
            <numerusform>%Ln tanda terima yang dibatalkan di laptop belum batal di cabang: {list}</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a laptop to see its differences.</source>
        <translation>Pilih laptop untuk melihat perbedaannya.</translation>
    </message>
    <message>
        <source>Laptop fingerprint</source>
        <translation>Sidik laptop</translation>
    </message>
    <message>
        <source>Branch fingerprint</source>
        <translation>Sidik cabang</translation>
    </message>
    <message>
        <source>This file is not a laptop tally (bpu-enroll tally --json).</source>
        <translation>Berkas ini bukan rekap laptop (bpu-enroll tally --json).</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (kode {code})</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Male (laki-laki)</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female (perempuan)</source>
        <translation>Perempuan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector: follows from the occupation.</source>
        <translation>Sektor: mengikuti pekerjaan.</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>transportasi</translation>
    </message>
    <message>
        <source>other sectors</source>
        <translation>sektor lainnya</translation>
    </message>
    <message>
        <source>Group: {group} · Sector: {sector}</source>
        <translation>Kelompok: {group} · Sektor: {sector}</translation>
    </message>
    <message>
        <source>JHT is required for a business owner who employs other workers (pemberi kerja).</source>
        <translation>JHT wajib bagi pemilik usaha yang mempekerjakan orang lain (pemberi kerja).</translation>
    </message>
    <message>
        <source>JKK and JKM are mandatory; JHT (old-age savings) is optional.</source>
        <translation>JKK dan JKM wajib; JHT (Jaminan Hari Tua) boleh dipilih.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>New registration</source>
        <translation>Pendaftaran baru</translation>
    </message>
    <message>
        <source>Fill the form from a photo of the worker&apos;s KTP, read on this laptop (Ctrl+K)</source>
        <translation>Isi formulir dari foto KTP pekerja, dibaca di laptop ini (Ctrl+K)</translation>
    </message>
    <message>
        <source>Worker (as on the KTP)</source>
        <translation>Pekerja (sesuai KTP)</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digits from the KTP</source>
        <translation>16 angka dari KTP</translation>
    </message>
    <message>
        <source>Show the earlier registration of this NIK on the Registrations page</source>
        <translation>Tampilkan pendaftaran sebelumnya dengan NIK ini di halaman Daftar pendaftaran</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>as written on the KTP</source>
        <translation>sesuai tulisan di KTP</translation>
    </message>
    <message>
        <source>Place of &amp;birth</source>
        <translation>Te&amp;mpat lahir</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Tan&amp;ggal lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>Jenis &amp;kelamin</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>&amp;KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Family card (KK) number</source>
        <translation>Nomor Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <source>optional, 16 digits</source>
        <translation>tidak wajib, 16 angka</translation>
    </message>
    <message>
        <source>Mobile &amp;phone</source>
        <translation>Nomor &amp;HP</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>08…</source>
        <translation>08…</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>tidak wajib</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Jalan</translation>
    </message>
    <message>
        <source>Street and house number</source>
        <translation>Jalan dan nomor rumah</translation>
    </message>
    <message>
        <source>&amp;RT / RW</source>
        <translation>RT / R&amp;W</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Vi&amp;llage</source>
        <translation>&amp;Desa/kelurahan</translation>
    </message>
    <message>
        <source>&amp;The worker consents to this processing of their data</source>
        <translation>Pekerja set&amp;uju datanya diproses untuk tujuan ini</translation>
    </message>
    <message>
        <source>Mone&amp;y handed over (Rp)</source>
        <translation>Uang yang diserahkan (Rp)</translation>
    </message>
    <message>
        <source>for the change</source>
        <translation>untuk kembalian</translation>
    </message>
    <message>
        <source>Village (kelurahan or desa)</source>
        <translation>Desa atau kelurahan</translation>
    </message>
    <message>
        <source>KTP photo… (Ctrl+K)</source>
        <translation>Foto KTP… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Open that receipt</source>
        <translation>Buka tanda terima itu</translation>
    </message>
    <message>
        <source>F&amp;ull name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>type a village name or code</source>
        <translation>ketik nama atau kode desa/kelurahan</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>&amp;Pekerjaan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>type to search the catalogue</source>
        <translation>ketik untuk mencari di katalog</translation>
    </message>
    <message>
        <source>Occupation (other)</source>
        <translation>Pekerjaan (lainnya)</translation>
    </message>
    <message>
        <source>Occupation, in words</source>
        <translation>Pekerjaan, dengan kata-kata</translation>
    </message>
    <message>
        <source>describe the work</source>
        <translation>jelaskan pekerjaannya</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>&amp;Work location</source>
        <translation>L&amp;okasi kerja</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>Lokasi kerja</translation>
    </message>
    <message>
        <source>Income, programmes and payment</source>
        <translation>Penghasilan, program, pembayaran</translation>
    </message>
    <message>
        <source>Monthly &amp;income (Rp)</source>
        <translation>Penghas&amp;ilan per bulan (Rp)</translation>
    </message>
    <message>
        <source>Declared monthly income in rupiah</source>
        <translation>Penghasilan per bulan yang dilaporkan, dalam rupiah</translation>
    </message>
    <message>
        <source>e.g. 2.500.000</source>
        <translation>mis. 2.500.000</translation>
    </message>
    <message>
        <source>Employs other workers (business owner)</source>
        <translation>Mempekerjakan orang lain (pemberi kerja)</translation>
    </message>
    <message>
        <source>Contributions paid by the government (APBN/APBD)</source>
        <translation>Iuran dibayar pemerintah (APBN/APBD)</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>JKK</source>
        <translation>JKK</translation>
    </message>
    <message>
        <source>JKM</source>
        <translation>JKM</translation>
    </message>
    <message>
        <source>&amp;JHT (old-age savings)</source>
        <translation>JHT (Jaminan Ha&amp;ri Tua)</translation>
    </message>
    <message>
        <source>&amp;Months paid now</source>
        <translation>Bulan dibayar &amp;sekarang</translation>
    </message>
    <message>
        <source>Months paid now</source>
        <translation>Bulan dibayar sekarang</translation>
    </message>
    <message>
        <source>&amp;Cash paid (Rp)</source>
        <translation>Iuran diba&amp;yar tunai (Rp)</translation>
    </message>
    <message>
        <source>Cash paid in rupiah</source>
        <translation>Iuran dibayar tunai, dalam rupiah</translation>
    </message>
    <message>
        <source>empty: later</source>
        <translation>kosong: nanti</translation>
    </message>
    <message>
        <source>Leave it empty if the worker pays later.</source>
        <translation>Kosongkan bila pekerja membayar nanti.</translation>
    </message>
    <message>
        <source>= total</source>
        <translation>= total</translation>
    </message>
    <message>
        <source>Fill in the contribution total</source>
        <translation>Isi dengan total iuran</translation>
    </message>
    <message>
        <source>Money the worker handed over, in rupiah (not stored)</source>
        <translation>Uang yang diserahkan pekerja, dalam rupiah (tidak disimpan)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>The worker agrees that BPJS Ketenagakerjaan processes these personal data to register them as a participant, to collect contributions and to pay benefits, as required by law (UU 27/2022 on personal data protection). The data are kept encrypted on this laptop until the branch has received them.</source>
        <translation>Pekerja menyetujui BPJS Ketenagakerjaan memproses data pribadi ini untuk mendaftarkannya sebagai peserta, menagih iuran dan membayar manfaat, sesuai peraturan (UU 27/2022 tentang Pelindungan Data Pribadi). Data disimpan terenkripsi di laptop ini sampai diterima kantor cabang.</translation>
    </message>
    <message>
        <source>Contribution (live)</source>
        <translation>Iuran (langsung dihitung)</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Contribution base</source>
        <translation>Dasar iuran</translation>
    </message>
    <message>
        <source>Rule version</source>
        <translation>Versi aturan</translation>
    </message>
    <message>
        <source>Contribution per month</source>
        <translation>Iuran per bulan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Per month (first month)</source>
        <translation>Per bulan (bulan pertama)</translation>
    </message>
    <message>
        <source>Relief PP 50/2025 (included)</source>
        <translation>Keringanan PP 50/2025 (sudah dihitung)</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total dibayar</translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>Pesan formulir</translation>
    </message>
    <message>
        <source>&amp;Finalise (Ctrl+S)</source>
        <translation>&amp;Finalkan (Ctrl+S)</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Drafts…</source>
        <translation>Draf…</translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation>Memeriksa dan menyimpan…</translation>
    </message>
    <message>
        <source>Type the monthly income to see the contribution.</source>
        <translation>Ketik penghasilan per bulan untuk melihat iuran.</translation>
    </message>
    <message>
        <source>The income is not a whole number of rupiah.</source>
        <translation>Penghasilan bukan bilangan bulat rupiah.</translation>
    </message>
    <message>
        <source>Saved as a new version: receipt number {receipt} (replaces {old}).</source>
        <translation>Tersimpan sebagai versi baru: nomor tanda terima {receipt} (menggantikan {old}).</translation>
    </message>
    <message>
        <source>Saved: receipt number {receipt}.</source>
        <translation>Tersimpan: nomor tanda terima {receipt}.</translation>
    </message>
    <message>
        <source>The form you were filling in is kept as a draft: Drafts… opens it again.</source>
        <translation>Formulir yang sedang diisi disimpan sebagai draf: buka lagi lewat Draf…</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Draf tersimpan pukul {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before finalising; see the marked fields.</source>
        <translation>
            <numerusform>%Ln masalah harus diperbaiki sebelum difinalkan; lihat kolom yang ditandai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct a registration</source>
        <translation>Koreksi pendaftaran</translation>
    </message>
    <message>
        <source>Correcting receipt {receipt}. Finalise makes a new version with a new receipt number; the old one stays, marked as replaced. Ctrl+N cancels.</source>
        <translation>Mengoreksi tanda terima {receipt}. Finalkan membuat versi baru dengan nomor tanda terima baru; yang lama tetap ada dan ditandai diganti. Ctrl+N membatalkan.</translation>
    </message>
    <message>
        <source>Clerk&apos;s note: {note}</source>
        <translation>Catatan petugas cabang: {note}</translation>
    </message>
    <message>
        <source>Type a real date as DD-MM-YYYY, as on the KTP.</source>
        <translation>Ketik tanggal yang sah dengan bentuk HH-BB-TTTT, seperti di KTP.</translation>
    </message>
    <message>
        <source>Not chosen from the list: pick one with Enter.</source>
        <translation>Belum dipilih dari daftar: pilih salah satu dengan Enter.</translation>
    </message>
    <message>
        <source>Short by {amount}</source>
        <translation>Kurang {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Kembalian {amount}</translation>
    </message>
</context>
<context>
    <name>RegistrationsModel</name>
    <message>
        <source>Receipt number</source>
        <translation>Nomor tanda terima</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Menunggu sinkron</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Diganti</translation>
    </message>
    <message>
        <source>(personal data removed)</source>
        <translation>(data pribadi dihapus)</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <source>Registrations</source>
        <translation>Daftar pendaftaran</translation>
    </message>
    <message>
        <source>Search by name, NIK or receipt number</source>
        <translation>Cari nama, NIK atau nomor tanda terima</translation>
    </message>
    <message>
        <source>Search registrations</source>
        <translation>Cari pendaftaran</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Saring status</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>Registrations list</source>
        <translation>Daftar pendaftaran</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Registration details</source>
        <translation>Rincian pendaftaran</translation>
    </message>
    <message>
        <source>Re&amp;print…</source>
        <translation>Cetak &amp;ulang…</translation>
    </message>
    <message>
        <source>Print the receipt again; a reprint is marked SALINAN (Ctrl+P)</source>
        <translation>Cetak tanda terima sekali lagi; cetak ulang bertanda SALINAN (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Koreksi…</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>Batalka&amp;n…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Menunggu sinkron</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>More than {count} found: type more to narrow the search.</source>
        <translation>Lebih dari {count} ditemukan: ketik lebih banyak untuk mempersempit pencarian.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) found.</source>
        <translation>
            <numerusform>%Ln pendaftaran ditemukan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a registration to see its details.</source>
        <translation>Pilih pendaftaran untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Receipt {receipt} is voided. It stays in the list and in the tally.</source>
        <translation>Tanda terima {receipt} dibatalkan. Tetap tercantum di daftar dan di rekap.</translation>
    </message>
</context>
<context>
    <name>ResendDialog</name>
    <message>
        <source>Write the USB file again for chosen receipts</source>
        <translation>Tulis ulang berkas USB untuk tanda terima tertentu</translation>
    </message>
    <message>
        <source>When the branch finds a stored record damaged, it asks this laptop for it again. Without a network, type or paste the receipt numbers the branch names: the file holds this laptop&apos;s own copies of those records, signed and encrypted for the branch, to import there.</source>
        <translation>Bila kantor cabang menemukan data tersimpan yang rusak, kantor cabang meminta laptop ini mengirimnya lagi. Tanpa jaringan, ketik atau tempel nomor tanda terima yang disebut kantor cabang: berkas berisi salinan data tersebut dari laptop ini, ditandatangani dan dienkripsi untuk kantor cabang, untuk diimpor di sana.</translation>
    </message>
    <message>
        <source>&amp;Receipt numbers (separated by spaces, commas or new lines)</source>
        <translation>&amp;Nomor tanda terima (dipisah spasi, koma, atau baris baru)</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>Nomor tanda terima</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Write the file…</source>
        <translation>&amp;Tulis berkas…</translation>
    </message>
    <message>
        <source>Type at least one receipt number first.</source>
        <translation>Ketik dulu paling sedikit satu nomor tanda terima.</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>Nama ibu kandung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>Kode desa/kelurahan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>Lokasi kerja</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Declared income</source>
        <translation>Penghasilan yang dilaporkan</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Bulan dibayar</translation>
    </message>
    <message>
        <source>Contribution quoted</source>
        <translation>Iuran yang dihitung</translation>
    </message>
    <message>
        <source>Cash paid</source>
        <translation>Uang tunai dibayar</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Tanggal pendaftaran</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor tanda terima</translation>
    </message>
    <message>
        <source>The branch already holds another version of this record.</source>
        <translation>Kantor cabang sudah menyimpan versi lain dari data ini.</translation>
    </message>
    <message>
        <source>Another registration from the same laptop already holds this receipt number (the laptop was perhaps restored from an old backup). It cannot be accepted: reject it or ask for a correction, which gets a new number.</source>
        <translation>Nomor tanda terima ini sudah dipakai pendaftaran lain dari laptop yang sama (mungkin laptop dipulihkan dari cadangan lama). Data ini tidak dapat diterima: tolak, atau minta perbaikan, yang mendapat nomor baru.</translation>
    </message>
    <message>
        <source>The officer&apos;s access had been revoked when this record was made.</source>
        <translation>Akses petugas sudah dicabut saat data ini dibuat.</translation>
    </message>
    <message>
        <source>Rejected for another reason, written in the clerk&apos;s note.</source>
        <translation>Ditolak karena alasan lain, yang ditulis di catatan petugas cabang.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>{marker} marks the fields that differ: {names}.</source>
        <translation>{marker} menandai kolom yang berbeda: {names}.</translation>
    </message>
    <message>
        <source>{kind}: receipt {receipt}</source>
        <translation>{kind}: tanda terima {receipt}</translation>
    </message>
    <message>
        <source>Officer {officer} · device {device} · received {when}</source>
        <translation>Petugas {officer} · perangkat {device} · diterima {when}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Already a participant: KPJ {kpj}, receipt {receipt}, officer {officer}.</source>
        <translation>Sudah menjadi peserta: KPJ {kpj}, tanda terima {receipt}, petugas {officer}.</translation>
    </message>
    <message>
        <source>The registration that enrolled this worker (receipt {receipt}, officer {officer}) was voided. Accepting this record enrols them again with the same KPJ {kpj}.</source>
        <translation>Pendaftaran yang menjadikan pekerja ini peserta (tanda terima {receipt}, petugas {officer}) sudah dibatalkan. Menerima data ini mendaftarkan pekerja itu kembali dengan KPJ yang sama, {kpj}.</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Data ini</translation>
    </message>
    <message>
        <source>Voided registration</source>
        <translation>Pendaftaran yang dibatalkan</translation>
    </message>
    <message>
        <source>Existing participant</source>
        <translation>Peserta yang sudah ada</translation>
    </message>
    <message>
        <source>Held by the branch</source>
        <translation>Disimpan kantor cabang</translation>
    </message>
    <message>
        <source>Received again</source>
        <translation>Diterima lagi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Isi</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review queue</source>
        <translation>Antrean pemeriksaan</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>T&amp;ampilkan</translation>
    </message>
    <message>
        <source>Kind of review item</source>
        <translation>Jenis data yang diperiksa</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Read the queue from the branch server again (F5)</source>
        <translation>Baca ulang antrean dari server cabang (F5)</translation>
    </message>
    <message>
        <source>Records waiting for review</source>
        <translation>Data yang menunggu pemeriksaan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Details of the selected record</source>
        <translation>Rincian data yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>T&amp;erima…</translation>
    </message>
    <message>
        <source>Accept the record; the branch gives it a KPJ number</source>
        <translation>Terima data; kantor cabang memberinya nomor KPJ</translation>
    </message>
    <message>
        <source>Confirm &amp;duplicate…</source>
        <translation>Konfirmasi &amp;duplikat…</translation>
    </message>
    <message>
        <source>The worker is already a participant: keep the existing KPJ</source>
        <translation>Pekerja sudah menjadi peserta: pertahankan KPJ yang ada</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>T&amp;olak…</translation>
    </message>
    <message>
        <source>Request &amp;correction…</source>
        <translation>Minta &amp;perbaikan…</translation>
    </message>
    <message>
        <source>Send the record back to the officer with a note</source>
        <translation>Kembalikan data ke petugas dengan catatan</translation>
    </message>
    <message>
        <source>Sequence gaps</source>
        <translation>Celah nomor urut</translation>
    </message>
    <message>
        <source>Receipt numbers a laptop skipped: a batch may still be on its way.</source>
        <translation>Nomor tanda terima yang terlewat dari sebuah laptop: mungkin ada batch yang masih dalam perjalanan.</translation>
    </message>
    <message>
        <source>Sequence gaps per device</source>
        <translation>Celah nomor urut per perangkat</translation>
    </message>
    <message>
        <source>Not offered: {decision}. Another registration of this laptop holds its receipt number.</source>
        <translation>Tidak ditawarkan: {decision}. Nomor tanda terimanya sudah dipakai pendaftaran lain dari laptop ini.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Penolakan</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Menunggu pemeriksaan</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting.</source>
        <translation>
            <numerusform>%Ln data menunggu.</numerusform>
        </translation>
    </message>
    <message>
        <source>{device}: number {sequence} missing</source>
        <translation>{device}: nomor {sequence} hilang</translation>
    </message>
    <message>
        <source>noticed {when}</source>
        <translation>diketahui {when}</translation>
    </message>
    <message>
        <source>No gaps: every laptop&apos;s numbers follow on.</source>
        <translation>Tidak ada celah: nomor setiap laptop berurutan.</translation>
    </message>
    <message>
        <source>Choose a record in the queue to see its details.</source>
        <translation>Pilih data di antrean untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>{decision}: receipt {receipt} is now {state}.</source>
        <translation>{decision}: tanda terima {receipt} sekarang {state}.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a laptop</source>
        <translation>Cabut laptop</translation>
    </message>
    <message>
        <source>The branch refuses it from its next sync; it can no longer issue receipts. This cannot be undone here: the laptop must be enrolled again.</source>
        <translation>Kantor cabang menolaknya mulai sinkronisasi berikutnya; laptop itu tidak bisa lagi membuat tanda terima. Ini tidak bisa dibatalkan di sini: laptop harus didaftarkan ulang.</translation>
    </message>
    <message>
        <source>&amp;Reason (required, without a NIK)</source>
        <translation>&amp;Alasan (wajib, tanpa NIK)</translation>
    </message>
    <message>
        <source>e.g. stolen at the market on 17 March</source>
        <translation>mis. dicuri di pasar pada 17 Maret</translation>
    </message>
    <message>
        <source>Why the laptop is revoked</source>
        <translation>Alasan laptop dicabut</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Revo&amp;ke</source>
        <translation>&amp;Cabut</translation>
    </message>
    <message>
        <source>Revoke laptop {device}?</source>
        <translation>Cabut laptop {device}?</translation>
    </message>
    <message>
        <source>Write why the laptop is revoked.</source>
        <translation>Tulis alasan laptop ini dicabut.</translation>
    </message>
    <message>
        <source>A reason must not contain a NIK.</source>
        <translation>Alasan tidak boleh memuat NIK.</translation>
    </message>
</context>
<context>
    <name>StaffAddDialog</name>
    <message>
        <source>Add a member of staff</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <source>An officer signs in on a laptop after its next sync; a clerk or a supervisor signs in here at once. Tell them the password in person.</source>
        <translation>Petugas lapangan bisa masuk di laptop setelah sinkronisasi berikutnya; petugas administrasi atau supervisor bisa langsung masuk di sini. Sampaikan kata sandinya secara langsung.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>letters a-z, digits or dots, e.g. dewi.a</source>
        <translation>huruf a-z, angka atau titik, mis. dewi.a</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>P&amp;eran</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Repea&amp;t the password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Write the user name.</source>
        <translation>Tulis nama pengguna.</translation>
    </message>
    <message>
        <source>Write the full name.</source>
        <translation>Tulis nama lengkap.</translation>
    </message>
    <message>
        <source>Write a password.</source>
        <translation>Tulis kata sandi.</translation>
    </message>
    <message>
        <source>The two passwords differ: type it again.</source>
        <translation>Kedua kata sandi tidak sama: ketik ulang.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Everyone who signs in at the branch: officers on their laptops, clerks and supervisors here. Add a new member of staff, revoke one who has left (laptops drop them at their next sync), or unlock a sign-in locked after wrong passwords.</source>
        <translation>Semua yang masuk di kantor cabang: petugas lapangan di laptopnya, petugas administrasi dan supervisor di sini. Tambah staf baru, cabut akun yang sudah keluar (laptop menghapusnya pada sinkronisasi berikutnya), atau buka kunci masuk setelah salah kata sandi.</translation>
    </message>
    <message>
        <source>Staff of the branch</source>
        <translation>Staf kantor cabang</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Tam&amp;bah…</translation>
    </message>
    <message>
        <source>Add an officer, a clerk or a supervisor</source>
        <translation>Tambah petugas lapangan, petugas administrasi atau supervisor</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>&amp;Cabut…</translation>
    </message>
    <message>
        <source>Revoke the chosen account: its sign-in is refused and its sessions end</source>
        <translation>Cabut akun yang dipilih: masuknya ditolak dan sesinya berakhir</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Buka &amp;kunci</translation>
    </message>
    <message>
        <source>Lift the sign-in lock of the chosen account after wrong passwords</source>
        <translation>Buka kunci masuk akun yang dipilih setelah salah kata sandi</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Baca daftar lagi (F5)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Petugas administrasi</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Terkunci sampai {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>{username} added as {role}.</source>
        <translation>{username} ditambahkan sebagai {role}.</translation>
    </message>
    <message>
        <source>Their laptop lists them after its next sync.</source>
        <translation>Laptop mencantumkannya setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>{username} was already revoked.</source>
        <translation>{username} sudah dicabut sebelumnya.</translation>
    </message>
    <message>
        <source>{username} revoked: their sign-in is refused from now on.</source>
        <translation>{username} dicabut: masuknya ditolak mulai sekarang.</translation>
    </message>
    <message>
        <source>{username} unlocked: they can sign in now.</source>
        <translation>Kunci {username} dibuka: bisa masuk sekarang.</translation>
    </message>
    <message>
        <source>{username} was not locked.</source>
        <translation>{username} tidak terkunci.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln akun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln aktif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln locked</source>
        <translation>
            <numerusform>%Ln terkunci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked</source>
        <translation>
            <numerusform>%Ln dicabut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffRevokeDialog</name>
    <message>
        <source>Revoke an account</source>
        <translation>Cabut akun</translation>
    </message>
    <message>
        <source>Their sign-in is refused from now on and their open sessions end; laptops drop them at their next sync. Adding the same user name again later gives it a new password.</source>
        <translation>Masuknya ditolak mulai sekarang dan sesi yang terbuka berakhir; laptop menghapusnya pada sinkronisasi berikutnya. Menambahkan nama pengguna yang sama nanti memberinya kata sandi baru.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Revo&amp;ke</source>
        <translation>&amp;Cabut</translation>
    </message>
    <message>
        <source>Revoke {name} ({username})?</source>
        <translation>Cabut {name} ({username})?</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with the branch</source>
        <translation>Sinkronisasi dengan kantor cabang</translation>
    </message>
    <message>
        <source>This laptop is not enrolled at a branch (it uses the demo profile), so it cannot sync. Enrol it with a one-time code from the branch administrator.</source>
        <translation>Laptop ini tidak terdaftar di kantor cabang (memakai profil demo), jadi tidak dapat sinkron. Daftarkan dengan kode sekali pakai dari administrator cabang.</translation>
    </message>
    <message>
        <source>Enrol at the branch…</source>
        <translation>Daftarkan di kantor cabang…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>Ekspor ke USB…</translation>
    </message>
    <message>
        <source>Write the USB file again for chosen &amp;receipts…</source>
        <translation>Tulis &amp;ulang berkas USB untuk tanda terima tertentu…</translation>
    </message>
    <message>
        <source>A file of this laptop&apos;s copies of the records the branch asks for again, by receipt number (Ctrl+R)</source>
        <translation>Berkas berisi salinan laptop ini atas data yang diminta lagi oleh kantor cabang, menurut nomor tanda terima (Ctrl+R)</translation>
    </message>
    <message>
        <source>Results of the last sync</source>
        <translation>Hasil sinkron terakhir</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Duplicate (already a participant)</source>
        <translation>Duplikat (sudah menjadi peserta)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Sudah diterima sebelumnya</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Masih menunggu</translation>
    </message>
    <message>
        <source>Needs attention (Enter or double-click to correct)</source>
        <translation>Perlu perhatian (Enter atau klik ganda untuk memperbaiki)</translation>
    </message>
    <message>
        <source>Syncing with the branch…</source>
        <translation>Menyinkronkan dengan kantor cabang…</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>Ekspor ke USB</translation>
    </message>
    <message>
        <source>Writing the batch file…</source>
        <translation>Menulis berkas batch…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) waiting to sync. Last sync: {last}.</source>
        <translation>
            <numerusform>%Ln pendaftaran menunggu sinkron. Sinkron terakhir: {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: the branch holds another version of this record</source>
        <translation>konflik: kantor cabang menyimpan versi lain dari data ini</translation>
    </message>
    <message>
        <source>Reading the branch connection…</source>
        <translation>Membaca sambungan ke kantor cabang…</translation>
    </message>
    <message>
        <source>Branch server: {url}</source>
        <translation>Server kantor cabang: {url}</translation>
    </message>
    <message>
        <source>Branch server: not enrolled</source>
        <translation>Server kantor cabang: belum terdaftar</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>Clerk&apos;s note: {note}</source>
        <translation>Catatan petugas cabang: {note}</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Tidak ada yang perlu perhatian.</translation>
    </message>
    <message>
        <source>Batch files (*.bpu)</source>
        <translation>Berkas batch (*.bpu)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) wait for a clerk&apos;s review at the branch.</source>
        <translation>
            <numerusform>%Ln data menunggu pemeriksaan petugas administrasi di kantor cabang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The branch could not be reached; %Ln record(s) still waiting.</source>
        <translation>
            <numerusform>Kantor cabang tidak dapat dihubungi; %Ln pendaftaran masih menunggu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decision(s) of the branch clerk received.</source>
        <translation>
            <numerusform>%Ln keputusan petugas administrasi cabang diterima.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) of receipt(s) {receipts} written to {file}. Take the file to the branch to import it there.</source>
        <translation>
            <numerusform>%Ln pendaftaran dengan nomor tanda terima {receipts} ditulis ke {file}. Bawa berkas ini ke kantor cabang untuk diimpor di sana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) written in {parts} files, as one file holds at most {limit}: {files}. Take every file to the branch.</source>
        <translation>
            <numerusform>%Ln pendaftaran ditulis dalam {parts} berkas, karena satu berkas memuat paling banyak {limit}: {files}. Bawa semua berkas ke kantor cabang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration(s) written to {file}.</source>
        <translation>
            <numerusform>%Ln pendaftaran ditulis ke {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt at {when}.</source>
        <translation>Percobaan terakhir pada {when}.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sinkron selesai.</translation>
    </message>
    <message>
        <source>The branch refused the sync: {reason} (code {code})</source>
        <translation>Kantor cabang menolak sinkron: {reason} (kode {code})</translation>
    </message>
    <message>
        <source>This laptop is not enrolled at a branch (code NOT_ENROLLED).</source>
        <translation>Laptop ini tidak terdaftar di kantor cabang (kode NOT_ENROLLED).</translation>
    </message>
    <message>
        <source>The file could not be written ({name}).</source>
        <translation>Berkas tidak dapat ditulis ({name}).</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Nothing was lost; try again.</source>
        <translation>Terjadi kesalahan ({name}). Tidak ada data yang hilang; coba lagi.</translation>
    </message>
    <message>
        <source>Nothing to export: every registration has reached the branch.</source>
        <translation>Tidak ada yang diekspor: semua pendaftaran sudah sampai di kantor cabang.</translation>
    </message>
    <message>
        <source>Automatic sync: the branch was not reachable at {when}.</source>
        <translation>Sinkron otomatis: kantor cabang tidak dapat dihubungi pada {when}.</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Registrations (not voided)</source>
        <translation>Pendaftaran (tidak dibatalkan)</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Menurut status</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Menunggu sinkron</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>By programme set</source>
        <translation>Menurut paket program</translation>
    </message>
    <message>
        <source>By occupation group</source>
        <translation>Menurut kelompok pekerjaan</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Menurut sektor</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transportasi</translation>
    </message>
    <message>
        <source>Other sectors</source>
        <translation>Sektor lain</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Menurut jenis kelamin</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Uang</translation>
    </message>
    <message>
        <source>Contributions quoted</source>
        <translation>Iuran yang dihitung</translation>
    </message>
    <message>
        <source>Cash collected</source>
        <translation>Uang tunai diterima</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>First receipt number</source>
        <translation>Nomor tanda terima pertama</translation>
    </message>
    <message>
        <source>Last receipt number</source>
        <translation>Nomor tanda terima terakhir</translation>
    </message>
    <message>
        <source>Voided receipts</source>
        <translation>Tanda terima batal</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Records (voided included)</source>
        <translation>Data (termasuk yang batal)</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Kantor cabang</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>The whole row (only one side has it)</source>
        <translation>Seluruh baris (hanya ada di satu sisi)</translation>
    </message>
    <message>
        <source>no work location</source>
        <translation>tanpa lokasi kerja</translation>
    </message>
    <message>
        <source>+ {count} more</source>
        <translation>+ {count} lainnya</translation>
    </message>
</context>
<context>
    <name>TallyPage</name>
    <message>
        <source>Daily tally</source>
        <translation>Rekap harian</translation>
    </message>
    <message>
        <source>The daily tally (Rekap Harian) of this laptop for one day, cut at the branch&apos;s local midnight. Print it, sign it and hand it in with the cash; the tally fingerprint at the foot lets the branch match it.</source>
        <translation>Rekap harian laptop ini untuk satu hari, dipotong pada tengah malam waktu setempat cabang. Cetak, tanda tangani dan serahkan bersama uang tunai; sidik rekap di kaki halaman membuat cabang dapat mencocokkannya.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Ta&amp;nggal</translation>
    </message>
    <message>
        <source>Date of the tally</source>
        <translation>Tanggal rekap</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Simpan PDF…</translation>
    </message>
    <message>
        <source>Save the tally as a PDF file (Ctrl+S)</source>
        <translation>Simpan rekap sebagai berkas PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print the tally (Ctrl+P)</source>
        <translation>Cetak rekap (Ctrl+P)</translation>
    </message>
    <message>
        <source>Figures of the day per officer and work location</source>
        <translation>Angka hari ini per petugas dan lokasi kerja</translation>
    </message>
    <message>
        <source>Registrations by occupation group</source>
        <translation>Pendaftaran menurut kelompok pekerjaan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Print the daily tally</source>
        <translation>Cetak rekap harian</translation>
    </message>
    <message>
        <source>Save the daily tally</source>
        <translation>Simpan rekap harian</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Menyiapkan pratinjau cetak…</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Membaca angka…</translation>
    </message>
    <message>
        <source>No registrations on {day}. The tally of this day is empty; you can still print it and sign it as a nil return.</source>
        <translation>Tidak ada pendaftaran pada {day}. Rekap hari ini kosong; rekap tetap dapat dicetak dan ditandatangani sebagai laporan nihil.</translation>
    </message>
    <message>
        <source>No registrations</source>
        <translation>Tidak ada pendaftaran</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %Ln registration(s)</source>
        <translation>
            <numerusform>{day}: %Ln pendaftaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln voided</source>
        <translation>
            <numerusform>%Ln dibatalkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily tally, {day}</source>
        <translation>Rekap harian, {day}</translation>
    </message>
    <message numerus="yes">
        <source>The tally of {day} went to the printer {printer} (%Ln page(s)).</source>
        <translation>
            <numerusform>Rekap {day} dikirim ke printer {printer} (%Ln halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>quoted {quoted}, cash collected {cash}</source>
        <translation>iuran {quoted}, uang tunai diterima {cash}</translation>
    </message>
    <message>
        <source>Tally fingerprint (printed at the foot): {hash}</source>
        <translation>Sidik rekap (tercetak di kaki halaman): {hash}</translation>
    </message>
    <message>
        <source>receipts {first} to {last}</source>
        <translation>tanda terima {first} s.d. {last}</translation>
    </message>
    <message>
        <source>The tally of {day} is saved as {path}.</source>
        <translation>Rekap {day} disimpan sebagai {path}.</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <source>Import and export</source>
        <translation>Impor dan ekspor</translation>
    </message>
    <message>
        <source>Import a USB batch file</source>
        <translation>Impor berkas batch USB</translation>
    </message>
    <message>
        <source>Choose the batch file an officer exported from a laptop. A dry run shows what the import would do; nothing is written until you press Import.</source>
        <translation>Pilih berkas batch yang diekspor petugas dari laptop. Uji coba menunjukkan hasil impor; tidak ada yang disimpan sampai Anda menekan Impor.</translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation>Berkas batch</translation>
    </message>
    <message>
        <source>Chosen batch file</source>
        <translation>Berkas batch yang dipilih</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Pilih &amp;berkas…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Export for the national core system</source>
        <translation>Ekspor untuk sistem inti nasional</translation>
    </message>
    <message>
        <source>What changed since the last export (new participants, corrections and voids), by the branch&apos;s decision time, as CSV and JSON with a manifest of SHA-256 checksums. Each export is new and never overwrites an earlier one. The files hold NIKs: keep them on the branch&apos;s protected drive.</source>
        <translation>Yang berubah sejak ekspor terakhir (peserta baru, koreksi dan pembatalan), menurut waktu keputusan cabang, sebagai CSV dan JSON dengan manifes checksum SHA-256. Setiap ekspor adalah berkas baru dan tidak pernah menimpa ekspor sebelumnya. Berkas memuat NIK: simpan di drive cabang yang terlindungi.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Folder ekspor</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Pilih &amp;folder…</translation>
    </message>
    <message>
        <source>Every&amp;thing (the full picture, every row &quot;new&quot;)</source>
        <translation>&amp;Semuanya (gambaran lengkap, setiap baris &quot;new&quot;)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Exported files and checksums</source>
        <translation>Berkas yang diekspor dan checksum-nya</translation>
    </message>
    <message>
        <source>Earlier exports</source>
        <translation>Ekspor sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Download again…</source>
        <translation>&amp;Unduh lagi…</translation>
    </message>
    <message>
        <source>The chosen export&apos;s files again, as the branch keeps them for 7 days (for a download that was cut)</source>
        <translation>Berkas ekspor yang dipilih sekali lagi; cabang menyimpannya 7 hari (untuk unduhan yang terputus)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>sudah diterima</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>konflik</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>menunggu pemeriksaan</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Berubah</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>SHA-256 manifes</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>semuanya</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>perubahan</translation>
    </message>
    <message>
        <source>Checking the batch file (dry run)…</source>
        <translation>Memeriksa berkas batch (uji coba)…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Downloading {export} again…</source>
        <translation>Mengunduh {export} lagi…</translation>
    </message>
    <message>
        <source>This laptop was revoked: its new records wait in the review queue for a clerk.</source>
        <translation>Laptop ini sudah dicabut: data barunya menunggu di antrean pemeriksaan untuk petugas administrasi.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: batch {batch} from device {device}, %Ln record(s).</source>
        <translation>
            <numerusform>Uji coba: batch {batch} dari perangkat {device}, %Ln data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export {export}: %Ln row(s) (new {new}, changed {update}, void {void}) in {folder}.</source>
        <translation>
            <numerusform>Ekspor {export}: %Ln baris (baru {new}, berubah {update}, batal {void}) di {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No export has been made yet. Export writes what the branch decided since the last export into the chosen folder; its files and their SHA-256 checksums are listed here.</source>
        <translation>Belum ada ekspor yang dibuat. Ekspor menulis keputusan cabang sejak ekspor terakhir ke folder yang dipilih; berkas-berkasnya dan checksum SHA-256-nya dicantumkan di sini.</translation>
    </message>
    <message>
        <source>The last export, {export}, was made {when} by {who}. The files of the next export and their SHA-256 checksums are listed here.</source>
        <translation>Ekspor terakhir, {export}, dibuat {when} oleh {who}. Berkas ekspor berikutnya dan checksum SHA-256-nya dicantumkan di sini.</translation>
    </message>
    <message>
        <source>Imported: {counts}</source>
        <translation>Diimpor: {counts}</translation>
    </message>
    <message>
        <source>Batch files (*.bpu *.bpub);;All files (*)</source>
        <translation>Berkas batch (*.bpu *.bpub);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <source>The branch runs out of KPJ numbers during this import: %Ln record(s) will get a KPJ, the other {waiting} will wait in the review queue for a clerk. Ask the administrator for more KPJ numbers before importing.</source>
        <translation>
            <numerusform>Nomor KPJ cabang habis di tengah impor ini: %Ln data akan mendapat KPJ, {waiting} lainnya akan menunggu di antrean pemeriksaan untuk petugas administrasi. Mintalah nomor KPJ tambahan kepada administrator sebelum mengimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The branch ran out of KPJ numbers during this import: %Ln record(s) got a KPJ, the other {waiting} wait in the review queue for a clerk. Ask the administrator.</source>
        <translation>
            <numerusform>Nomor KPJ cabang habis di tengah impor ini: %Ln data mendapat KPJ, {waiting} lainnya menunggu di antrean pemeriksaan untuk petugas administrasi. Hubungi administrator.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the export is in the list below, choose it and download it again.</source>
        <translation>Jika ekspornya ada di daftar di bawah, pilih lalu unduh lagi.</translation>
    </message>
    <message>
        <source>Every checksum matches the manifest.</source>
        <translation>Semua checksum cocok dengan manifes.</translation>
    </message>
    <message>
        <source>A checksum does NOT match the manifest: export again.</source>
        <translation>Ada checksum yang TIDAK cocok dengan manifes: ekspor ulang.</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifes</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>cocok</translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <translation>TIDAK COCOK</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void a registration</source>
        <translation>Batalkan pendaftaran</translation>
    </message>
    <message>
        <source>A voided receipt is kept and counted in the daily tally; it is never deleted. Say why it is voided.</source>
        <translation>Tanda terima yang dibatalkan tetap disimpan dan dihitung di rekap harian; tidak pernah dihapus. Tuliskan alasan pembatalannya.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <source>&amp;Keep the receipt valid</source>
        <translation>&amp;Tetap berlakukan</translation>
    </message>
    <message>
        <source>&amp;Void the receipt</source>
        <translation>&amp;Batalkan tanda terima</translation>
    </message>
    <message>
        <source>Receipt {receipt}: {name}, NIK {nik}</source>
        <translation>Tanda terima {receipt}: {name}, NIK {nik}</translation>
    </message>
    <message>
        <source>Type the reason first.</source>
        <translation>Tuliskan alasannya terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>WorkspaceContext</name>
    <message>
        <source>Branch server</source>
        <translation>Server kantor cabang</translation>
    </message>
    <message>
        <source>{message} (code {code})</source>
        <translation>{message} (kode {code})</translation>
    </message>
</context>
<context>
    <name>WorkspaceTables</name>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Menunggu pemeriksaan</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <source>USB file</source>
        <translation>Berkas USB</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Waktu diterima</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Melalui</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Sudah diterima</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor tanda terima</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>WorkspaceWindow</name>
    <message>
        <source>BPU Enroll: branch workspace</source>
        <translation>BPU Enroll: ruang kerja cabang</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Connection to the branch server</source>
        <translation>Koneksi ke server kantor cabang</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Coba &amp;hubungi sekarang</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Ruang kerja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup aplikasi</translation>
    </message>
    <message>
        <source>&amp;High contrast (sunlight)</source>
        <translation>&amp;Kontras tinggi (di bawah matahari)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Huruf lebih besar</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Antrean pemeriksaan</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Impor dan ekspor</translation>
    </message>
    <message>
        <source>Check a receipt</source>
        <translation>Periksa tanda terima</translation>
    </message>
    <message>
        <source>Branch tally</source>
        <translation>Rekap cabang</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rekonsiliasi</translation>
    </message>
    <message>
        <source>Officers&apos; activity</source>
        <translation>Aktivitas petugas</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Catatan audit</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Petugas administrasi</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Online · last contact {when}</source>
        <translation>Daring · kontak terakhir {when}</translation>
    </message>
    <message>
        <source>Offline · last contact {when}</source>
        <translation>Luring · kontak terakhir {when}</translation>
    </message>
    <message>
        <source>Branch: {branch}</source>
        <translation>Cabang: {branch}</translation>
    </message>
    <message>
        <source>TLS server {address}</source>
        <translation>server TLS {address}</translation>
    </message>
    <message>
        <source>server {address}</source>
        <translation>server {address}</translation>
    </message>
    <message>
        <source>server {server}</source>
        <translation>server {server}</translation>
    </message>
    <message>
        <source>User: {user} ({role})</source>
        <translation>Pengguna: {user} ({role})</translation>
    </message>
    <message>
        <source>{role}: {user}</source>
        <comment>status bar: the signed-in user&apos;s role and user name</comment>
        <translation>{role}: {user}</translation>
    </message>
    <message>
        <source>Branch server unreachable — retrying in {seconds} s. What is shown may be out of date.</source>
        <translation>Server kantor cabang tidak dapat dihubungi — mencoba lagi dalam {seconds} detik. Yang ditampilkan mungkin belum terbaru.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
</context>
<context>
    <name>WorkstationDialog</name>
    <message>
        <source>Set up a branch workstation</source>
        <translation>Siapkan komputer kerja kantor cabang</translation>
    </message>
    <message>
        <source>Clerks and supervisors work on this computer online, against the branch server. Ask the branch administrator for the server address and its certificate fingerprint (sha256:…). No participant data is kept on this computer.</source>
        <translation>Petugas administrasi dan supervisor bekerja di komputer ini secara daring, terhubung ke server kantor cabang. Mintalah alamat server dan sidik jari sertifikatnya (sha256:…) kepada administrator kantor cabang. Tidak ada data peserta yang disimpan di komputer ini.</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Alamat server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>Sidik &amp;jari sertifikat</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Sidik jari sertifikat</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Pesan koneksi</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Hubungkan</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Masukkan alamat server.</translation>
    </message>
    <message>
        <source>Connecting to the branch server…</source>
        <translation>Menghubungi server kantor cabang…</translation>
    </message>
    <message>
        <source>Connecting failed unexpectedly.</source>
        <translation>Gagal terhubung karena kesalahan tak terduga.</translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (kode {code})</translation>
    </message>
</context>
</TS>
