"""The `--help` of `bpu-branch`: every command's line and every option's, in Indonesian and English.

Keyed by the command and the option or positional as the user types them (`"officer add --role"`);
keys without a command (`"--json"`) are shared by several commands. `--lang` picks the language
(`admin.cli` reads it before parsing); option names, codes and formats stay as typed.
"""

from __future__ import annotations

# key → (Indonesian, English)
HELP_TEXTS: dict[str, tuple[str, str]] = {
    "bpu-branch": (
        "Server kantor cabang BPU Enroll dan perintah administrasinya.",
        "BPU Enroll branch server and its administration commands.",
    ),
    "COMMAND": (
        "perintah yang dijalankan; `bpu-branch COMMAND -h` menjelaskannya",
        "the command to run; `bpu-branch COMMAND -h` explains it",
    ),
    "ACTION": ("tindakan yang dijalankan", "the action to run"),
    "--version": ("tampilkan versi program lalu keluar", "show the program's version and exit"),
    "--db": (
        "URL basis data, SQLite atau PostgreSQL (bawaan: BPU_BRANCH_DB atau berkas SQLite)",
        "database URL, SQLite or PostgreSQL (default: BPU_BRANCH_DB or a SQLite file)",
    ),
    "--key-file": (
        "berkas kunci induk (bawaan: BPU_BRANCH_KEY_FILE, BPU_BRANCH_PASSPHRASE "
        "atau berkas di folder konfigurasi)",
        "master key file (default: BPU_BRANCH_KEY_FILE, BPU_BRANCH_PASSPHRASE "
        "or the file in the configuration folder)",
    ),
    "--lang": (
        "bahasa pesan dan bantuan: id atau en (bawaan: id)",
        "language of messages and help: id or en (default: id)",
    ),
    "--json": ("cetak satu dokumen JSON di stdout", "print one JSON document on stdout"),
    "--recovery-key-out": (
        "berkas kunci pemulihan untuk brankas (bawaan: ./bpu-branch-recovery-KODE.key)",
        "recovery key file for the safe (default: ./bpu-branch-recovery-CODE.key)",
    ),
    "init": (
        "buat kantor cabang: skema basis data, kunci, sertifikat TLS",
        "create the branch: database schema, keys, TLS certificate",
    ),
    "init --branch-code": ("kode kantor cabang, mis. 3201", "the branch's code, e.g. 3201"),
    "init --branch-name": (
        "nama kantor cabang yang tercetak di dokumen",
        "the branch's name printed on documents",
    ),
    "init --province": (
        "kode provinsi dua angka, untuk zona waktu (bawaan: 31)",
        "two-digit province code, for the time zone (default: 31)",
    ),
    "init --kpj-range": (
        "rentang nomor KPJ, AWAL-AKHIR, angka 11 digit (bawaan: 20000000001-20099999999)",
        "range of KPJ numbers, FIRST-LAST, 11-digit numbers (default: 20000000001-20099999999)",
    ),
    "init --tls-host": (
        "nama atau alamat IP di sertifikat (boleh berulang)",
        "a name or IP address in the certificate (repeatable)",
    ),
    # the roster
    "officer": (
        "daftar akun petugas: add, list, revoke",
        "the officer roster: add, list, revoke",
    ),
    "officer add": (
        "tambah petugas lapangan, petugas administrasi, supervisor atau admin",
        "add an officer, clerk, supervisor or admin",
    ),
    "officer add username": ("nama pengguna untuk masuk", "the user name to sign in with"),
    "officer add --name": (
        "nama lengkap yang tampil di dokumen",
        "the full name shown on documents",
    ),
    "officer add --role": (
        "peran akun: officer (petugas lapangan), clerk (petugas administrasi), supervisor "
        "atau admin",
        "what the account may do: officer (field), clerk (desk), supervisor or admin",
    ),
    "officer list": (
        "semua akun dengan perannya dan apakah masih aktif",
        "every account with its role and whether it is active",
    ),
    "officer revoke": (
        "cabut sebuah akun (catatannya tetap tersimpan)",
        "revoke an account (its records stay)",
    ),
    "officer revoke username": ("nama pengguna akun yang dicabut", "the account to revoke"),
    "device": ("laptop petugas: code, list, revoke", "officers' laptops: code, list, revoke"),
    "device code": (
        "kode pendaftaran sekali pakai untuk laptop baru, dengan alamat cabang dari sertifikatnya",
        "a one-time enrolment code for a new laptop, with the branch's addresses from its "
        "certificate",
    ),
    "device code --ttl-minutes": (
        "masa berlaku kode dalam menit, 1 sampai 10080 (bawaan: 60)",
        "how long the code is valid, in minutes, 1 to 10080 (default: 60)",
    ),
    "device list": (
        "semua laptop terdaftar, kontak terakhirnya, dicabut atau tidak",
        "every enrolled laptop, its last contact, revoked or not",
    ),
    "device revoke": (
        "cabut laptop yang hilang atau tidak dipakai lagi",
        "revoke a lost or retired laptop",
    ),
    "device revoke code": (
        "kode perangkat laptop itu, mis. D0001",
        "the laptop's device code, e.g. D0001",
    ),
    # keys_cli
    "key": (
        "kunci induk kantor cabang: rotate, backup, restore, adopt",
        "the branch master key: rotate, backup, restore, adopt",
    ),
    "key rotate": (
        "ganti kunci induk (berkas kunci baru atau frasa sandi baru)",
        "a new master key (a new key file or a new passphrase)",
    ),
    "key rotate --new-key-file": (
        "tempat berkas kunci yang baru (atau isi BPU_BRANCH_NEW_PASSPHRASE)",
        "where the new key file goes (or set BPU_BRANCH_NEW_PASSPHRASE)",
    ),
    "key backup": (
        "cadangkan kunci induk dan amplopnya, untuk brankas",
        "back up the master key and its envelope, for the safe",
    ),
    "key backup --out": (
        "berkas cadangan yang ditulis (izin 0600)",
        "backup file to write (mode 0600)",
    ),
    "key restore": (
        "pulihkan berkas kunci dan amplop dari sebuah cadangan",
        "put back the key file and envelope of a backup",
    ),
    "key restore --from": (
        "berkas cadangan buatan `key backup`",
        "backup file made by `key backup`",
    ),
    "key adopt": (
        "enkripsi kantor cabang dari versi 0.1.0 (belum terenkripsi) dengan kunci induk",
        "encrypt a branch made before encryption at rest (0.1.0) under the master key",
    ),
    # the service
    "serve": ("jalankan API server kantor cabang", "run the branch server's API"),
    "serve --host": (
        "alamat yang didengarkan (bawaan: 127.0.0.1)",
        "address to listen on (default: 127.0.0.1)",
    ),
    "serve --port": (
        "port yang didengarkan, 1 sampai 65535 (bawaan: 8750)",
        "port to listen on, 1 to 65535 (default: 8750)",
    ),
    "serve --tls": (
        "HTTPS dengan sertifikat kantor cabang (wajib untuk alamat selain loopback)",
        "HTTPS with the branch certificate (required for any address but loopback)",
    ),
    "serve --workers": (
        "jumlah proses pekerja pada port itu (bawaan: jumlah inti pada PostgreSQL; 1 pada SQLite)",
        "worker processes on the port (default: the cores on PostgreSQL; 1 on SQLite)",
    ),
    "verify-receipt": (
        "periksa tanda terima kertas terhadap data kantor cabang",
        "check a paper receipt against the branch's records",
    ),
    "verify-receipt PAYLOAD_OR_PDF": (
        "teks QR atau berkas PDF tanda terima",
        "the QR text or a receipt PDF",
    ),
    "audit-verify": (
        "periksa rantai hash log audit kantor cabang; keluar 1 bila rusak",
        "check the branch audit log's hash chain; exit 1 when broken",
    ),
    "check": (
        "periksa kerusakan seluruh data kantor cabang (pendaftaran, versi konflik, rekap "
        "laptop, rantai audit, paket referensi) dan sebut data lama yang kini ditolak; keluar 1 "
        "bila ada yang rusak",
        "check the branch's whole store for damage (registrations, conflicting versions, laptop "
        "tallies, the audit chain, reference packages) and name old rows refused now; exit 1 "
        "when anything is damaged",
    ),
    "status": ("apa saja yang sudah diterima kantor cabang", "what the branch has received"),
    "import": ("impor berkas batch dari USB", "import a USB batch file"),
    "import file": ("berkas batch dari laptop (.bpu)", "the batch file from the laptop (.bpu)"),
    "import --dry-run": (
        "tunjukkan apa yang akan dilakukan tanpa menulis apa pun",
        "show what it would do, write nothing",
    ),
    "tally": (
        "rekap kantor cabang untuk satu hari atau satu periode, semua laptop",
        "the branch's tally of a day or a period, every laptop",
    ),
    "tally --date": (
        "hari yang direkap, TTTT-BB-HH (hari setempat kantor cabang)",
        "the day to tally, YYYY-MM-DD (the branch's local day)",
    ),
    "tally --from": ("hari pertama periode, TTTT-BB-HH", "first day of a period, YYYY-MM-DD"),
    "tally --to": ("hari terakhir periode, TTTT-BB-HH", "last day of a period, YYYY-MM-DD"),
    "tally --out": (
        "berkas PDF yang ditulis (izin 0600)",
        "the PDF file to write (mode 0600)",
    ),
    "tally --lang": (
        "bahasa PDF dan pesan: id atau en (bawaan: id)",
        "language of the PDF and the messages: id or en (default: id)",
    ),
    "export": (
        "apa yang berubah sejak ekspor terakhir, untuk sistem inti (docs/EXPORT.md)",
        "what changed since the last export, for the core system (docs/EXPORT.md)",
    ),
    "export --out": (
        "folder untuk berkas CSV, JSON dan manifest",
        "folder for the CSV, JSON and manifest files",
    ),
    "export --all": (
        "seluruh data, setiap baris bertanda `new`",
        "the whole picture, every row marked `new`",
    ),
    "reseal": (
        "segel data pribadi yang masih terbuka di PostgreSQL (langkah pemutakhiran; aman diulang)",
        "seal personal data still in clear on PostgreSQL (an upgrade step; safe to run again)",
    ),
    # settings_cli
    "settings": (
        "pengaturan kantor cabang yang dipatuhi laptop: show, set",
        "branch settings laptops obey: show, set",
    ),
    "settings show": ("semua pengaturan dan nilainya", "every setting and its value"),
    "settings set": ("ubah satu pengaturan", "change a setting"),
    "settings set name": (
        "pengaturan yang diubah: retention-days atau min-app-version",
        "the setting to change: retention-days or min-app-version",
    ),
    "settings set value": (
        "nilai barunya: hari 1 sampai 3650 (retention-days, bawaan 30), "
        "atau versi seperti 0.2.0, kosong untuk tidak ada (min-app-version)",
        "its new value: days, 1 to 3650 (retention-days, default 30), "
        "or a version like 0.2.0, empty for none (min-app-version)",
    ),
    # reference_cli
    "reference": (
        "aturan iuran, daftar pekerjaan dan perubahan wilayah yang dikirim ke laptop: publish, "
        "list",
        "contribution rules, occupations and region amendments sent to laptops: publish, list",
    ),
    "reference publish": (
        "periksa, tanda tangani dan sajikan sebuah paket",
        "check, sign and serve a package",
    ),
    "reference publish file": (
        "berkas JSON aturan atau pekerjaan berbentuk seperti berkas bawaan, atau perubahan "
        'wilayah ({"version", "areas", "villages", "retired"})',
        "rules or occupations JSON file shaped like the shipped file, or a region amendment "
        '({"version", "areas", "villages", "retired"})',
    ),
    "reference list": ("paket-paket yang sudah diterbitkan", "the packages published"),
}
