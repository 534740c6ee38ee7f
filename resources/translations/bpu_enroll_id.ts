<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
        <source>Receipt copies</source>
        <translation>Salinan tanda terima</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Unfinished registrations saved on this laptop. Choose one to continue.</source>
        <translation>Pendaftaran yang belum selesai dan tersimpan di laptop ini. Pilih satu untuk dilanjutkan.</translation>
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
        <source>This laptop is now device {device} of {branch}.</source>
        <translation>Laptop ini sekarang perangkat {device} di {branch}.</translation>
    </message>
    <message>
        <source>Creating the demo profile…</source>
        <translation>Membuat profil demo…</translation>
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
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>The screen was locked to protect the workers&apos; data. {name} ({user}): type your password to continue. The form you were filling in is kept as it was.</source>
        <translation>Layar dikunci untuk melindungi data pekerja. {name} ({user}): ketik kata sandi Anda untuk melanjutkan. Formulir yang sedang diisi tetap tersimpan seperti semula.</translation>
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
        <source>Sign in</source>
        <translation>Masuk</translation>
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
    <message numerus="yes">
        <source>%n more wrong attempt(s) and the account is locked for a few minutes.</source>
        <translation>
            <numerusform>%n kali lagi salah, akun akan dikunci selama beberapa menit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BPU Enroll</source>
        <translation>BPU Enroll</translation>
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
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Keluar</translation>
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
        <source>&amp;High contrast (sunlight)</source>
        <translation>&amp;Kontras tinggi (di bawah matahari)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Huruf lebih besar</translation>
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
        <source>Waiting to sync: %n</source>
        <translation>
            <numerusform>Menunggu sinkron: %n</numerusform>
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
        <translation>&amp;Kontras tinggi (di bawah matahari)</translation>
    </message>
    <message>
        <source>La&amp;rger text</source>
        <translation>&amp;Huruf lebih besar</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
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
    <name>QuotePanel</name>
    <message>
        <source>Total for %n month(s) paid now.</source>
        <translation>Total untuk %n bulan yang dibayar sekarang.</translation>
    </message>
    <message>
        <source>JKK and JKM are halved in relief months (PP 50/2025); JHT is not.</source>
        <translation>JKK dan JKM dipotong 50% pada bulan keringanan (PP 50/2025); JHT tidak.</translation>
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
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
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
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n bulan</numerusform>
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
        <source>Full &amp;name</source>
        <translation>&amp;Nama lengkap</translation>
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
        <translation>&amp;Tempat lahir</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Tanggal &amp;lahir</translation>
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
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>&amp;KK number</source>
        <translation>Nomor &amp;KK</translation>
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
        <translation>&amp;RT / RW</translation>
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
        <source>&amp;Village</source>
        <translation>&amp;Desa/kelurahan</translation>
    </message>
    <message>
        <source>Village (kelurahan or desa)</source>
        <translation>Desa atau kelurahan</translation>
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
        <source>Occupation (&amp;other)</source>
        <translation>Pekerjaan (&amp;lainnya)</translation>
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
        <source>B&amp;usiness name</source>
        <translation>Nama &amp;usaha</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>&amp;Work location</source>
        <translation>&amp;Lokasi kerja</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>Lokasi kerja</translation>
    </message>
    <message>
        <source>Income, programmes and payment</source>
        <translation>Penghasilan, program dan pembayaran</translation>
    </message>
    <message>
        <source>Monthly &amp;income (Rp)</source>
        <translation>&amp;Penghasilan per bulan (Rp)</translation>
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
        <translation>&amp;JHT (Jaminan Hari Tua)</translation>
    </message>
    <message>
        <source>&amp;Months paid now</source>
        <translation>&amp;Bulan dibayar sekarang</translation>
    </message>
    <message>
        <source>Months paid now</source>
        <translation>Bulan dibayar sekarang</translation>
    </message>
    <message>
        <source>&amp;Cash received (Rp)</source>
        <translation>Uang &amp;tunai diterima (Rp)</translation>
    </message>
    <message>
        <source>Cash received in rupiah</source>
        <translation>Uang tunai diterima, dalam rupiah</translation>
    </message>
    <message>
        <source>empty if the worker pays later</source>
        <translation>kosongkan bila pekerja membayar nanti</translation>
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
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>The worker agrees that BPJS Ketenagakerjaan processes these personal data to register them as a participant, to collect contributions and to pay benefits, as required by law (UU 27/2022 on personal data protection). The data are kept encrypted on this laptop until the branch has received them.</source>
        <translation>Pekerja menyetujui BPJS Ketenagakerjaan memproses data pribadi ini untuk mendaftarkannya sebagai peserta, menagih iuran dan membayar manfaat, sesuai peraturan (UU 27/2022 tentang Pelindungan Data Pribadi). Data disimpan terenkripsi di laptop ini sampai diterima kantor cabang.</translation>
    </message>
    <message>
        <source>The worker &amp;consents to this processing of their data</source>
        <translation>Pekerja &amp;setuju datanya diproses untuk tujuan ini</translation>
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
    <message numerus="yes">
        <source>%n problem(s) to fix before finalising; see the marked fields.</source>
        <translation>
            <numerusform>%n masalah harus diperbaiki sebelum difinalkan; lihat kolom yang ditandai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Draf tersimpan pukul {time}.</translation>
    </message>
    <message>
        <source>Correct a registration</source>
        <translation>Koreksi pendaftaran</translation>
    </message>
    <message>
        <source>Correcting receipt {receipt}. Finalise makes a new version with a new receipt number; the old one stays, marked as replaced. Ctrl+N cancels.</source>
        <translation>Mengoreksi tanda terima {receipt}. Finalkan membuat versi baru dengan nomor tanda terima baru; yang lama tetap ada dan ditandai diganti. Ctrl+N membatalkan.</translation>
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
        <source>&amp;Void…</source>
        <translation>&amp;Batalkan…</translation>
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
    <message numerus="yes">
        <source>%n registration(s) found.</source>
        <translation>
            <numerusform>%n pendaftaran ditemukan.</numerusform>
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
        <source>Needs attention (double-click to correct)</source>
        <translation>Perlu perhatian (klik ganda untuk memperbaiki)</translation>
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
        <source>Batch files (*.bpub)</source>
        <translation>Berkas batch (*.bpub)</translation>
    </message>
    <message>
        <source>Writing the batch file…</source>
        <translation>Menulis berkas batch…</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) waiting to sync. Last sync: {last}.</source>
        <translation>
            <numerusform>%n pendaftaran menunggu sinkron. Sinkron terakhir: {last}.</numerusform>
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
        <source>Nothing needs attention.</source>
        <translation>Tidak ada yang perlu perhatian.</translation>
    </message>
    <message>
        <source>Last attempt at {when}.</source>
        <translation>Percobaan terakhir pada {when}.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sinkron selesai.</translation>
    </message>
    <message numerus="yes">
        <source>The branch could not be reached; %n record(s) still waiting.</source>
        <translation>
            <numerusform>Kantor cabang tidak dapat dihubungi; %n pendaftaran masih menunggu.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n registration(s) written to {file}.</source>
        <translation>
            <numerusform>%n pendaftaran ditulis ke {file}.</numerusform>
        </translation>
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
        <source>no work location</source>
        <translation>tanpa lokasi kerja</translation>
    </message>
</context>
<context>
    <name>TallyPage</name>
    <message>
        <source>Daily tally</source>
        <translation>Rekap harian</translation>
    </message>
    <message>
        <source>The daily tally (Rekap Harian) of this laptop for one day, cut at the branch&apos;s local midnight. Print it, sign it and hand it in with the cash; the hash at the foot lets the branch match it.</source>
        <translation>Rekap harian laptop ini untuk satu hari, dipotong pada tengah malam waktu setempat cabang. Cetak, tanda tangani dan serahkan bersama uang tunai; sidik rekap di kaki halaman membuat cabang dapat mencocokkannya.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
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
        <source>Printing…</source>
        <translation>Mencetak…</translation>
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
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
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
        <source>Tally hash (printed at the foot): {hash}</source>
        <translation>Sidik rekap (tercetak di kaki halaman): {hash}</translation>
    </message>
    <message>
        <source>No registrations</source>
        <translation>Tidak ada pendaftaran</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n registration(s)</source>
        <translation>
            <numerusform>{day}: %n pendaftaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voided</source>
        <translation>
            <numerusform>%n dibatalkan</numerusform>
        </translation>
    </message>
    <message>
        <source>quoted {quoted}, cash collected {cash}</source>
        <translation>iuran {quoted}, uang tunai diterima {cash}</translation>
    </message>
    <message>
        <source>receipts {first} to {last}</source>
        <translation>tanda terima {first} s.d. {last}</translation>
    </message>
    <message>
        <source>The printer could not be used. Nothing was printed.</source>
        <translation>Printer tidak dapat dipakai. Tidak ada yang dicetak.</translation>
    </message>
    <message numerus="yes">
        <source>The tally of {day} went to the printer {printer} (%n page(s)).</source>
        <translation>
            <numerusform>Rekap {day} dikirim ke printer {printer} (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>The tally of {day} is saved as {path}.</source>
        <translation>Rekap {day} disimpan sebagai {path}.</translation>
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
        <source>Cancel</source>
        <translation>Batal</translation>
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
</TS>
