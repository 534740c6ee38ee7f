"""The `--help` of `bpu-enroll`: every command's line and every option's, in Indonesian and English.

Keyed by the command and the option or positional as the user types them (`"quote --income"`);
keys without a command (`"--json"`) are shared by several commands. `--lang` picks the language
(`cli.main` reads it before parsing); option names, codes and formats stay as typed.
"""

from __future__ import annotations

# key → (Indonesian, English)
HELP_TEXTS: dict[str, tuple[str, str]] = {
    "bpu-enroll": (
        "BPU Enroll — pendaftaran peserta BPU (perintah tanpa layar).",
        "BPU Enroll — registration of BPU participants (headless commands).",
    ),
    "bpu-enroll epilog": (
        "Aplikasi desktop: `bpu-enroll` tanpa COMMAND, atau `bpu-enroll gui`.\n"
        "Bantuannya: `bpu-enroll gui -h`.",
        "The desktop app: `bpu-enroll` without a COMMAND, or `bpu-enroll gui`.\n"
        "Its help: `bpu-enroll gui -h`.",
    ),
    "COMMAND": (
        "perintah yang dijalankan; `bpu-enroll COMMAND -h` menjelaskannya",
        "the command to run; `bpu-enroll COMMAND -h` explains it",
    ),
    "--version": ("tampilkan versi program lalu keluar", "show the program's version and exit"),
    "--lang": (
        "bahasa pesan dan bantuan: id atau en (bawaan: id)",
        "language of messages and help: id or en (default: id)",
    ),
    "--json": (
        "cetak hasilnya sebagai satu dokumen JSON di stdout",
        "print the result as one JSON document on stdout",
    ),
    "--data-dir": (
        "folder profil (bawaan: BPU_ENROLL_DATA_DIR atau folder data pengguna)",
        "profile folder (default: BPU_ENROLL_DATA_DIR or the user's data folder)",
    ),
    "--officer": (
        "nama pengguna petugas; kata sandinya dari BPU_ENROLL_PASSWORD atau ditanyakan",
        "officer user name; the password comes from BPU_ENROLL_PASSWORD or is asked",
    ),
    "--server": (
        "alamat server kantor cabang, mis. https://10.0.0.5:8750",
        "branch server address, e.g. https://10.0.0.5:8750",
    ),
    "--fingerprint": (
        "sidik jari sertifikat server, sha256:… (untuk https)",
        "the server certificate's fingerprint, sha256:… (for https)",
    ),
    # local_commands
    "demo-init": (
        "buat profil demo di laptop ini (petugas demo, kata sandi demo)",
        "create the local demo profile (officer demo, password demo)",
    ),
    "demo-init --data-dir": (
        "folder profil yang dibuat (bawaan: BPU_ENROLL_DATA_DIR atau folder data pengguna)",
        "profile folder to create (default: BPU_ENROLL_DATA_DIR or the user's data folder)",
    ),
    "demo-init --if-missing": (
        "tidak berbuat apa-apa bila profil sudah ada",
        "do nothing if a profile exists",
    ),
    "occupations": (
        "katalog pekerjaan: kode, nama, kelompok dan sektor",
        "the occupation catalogue: code, name, group and sector",
    ),
    "quote": (
        "hitung iuran per bulan perlindungan dan totalnya",
        "the contribution quote, month by month, and its total",
    ),
    "quote --income": (
        "penghasilan sebulan yang dilaporkan, dalam rupiah utuh, mis. 2500000",
        "declared monthly income in whole rupiah, e.g. 2500000",
    ),
    "quote --jht": ("ikutkan JHT (Jaminan Hari Tua)", "include JHT (old-age savings)"),
    "quote --sector": (
        "sektor pekerjaan: transport atau other (bawaan: other)",
        "work sector: transport or other (default: other)",
    ),
    "quote --months": (
        "jumlah bulan yang dibayar: 1, 3, 6 atau 12 (bawaan: 1)",
        "months paid: 1, 3, 6 or 12 (default: 1)",
    ),
    "quote --start": (
        "tanggal mulai perlindungan, TTTT-BB-HH (bawaan: hari ini, WIB)",
        "first day of coverage, YYYY-MM-DD (default: today, WIB)",
    ),
    "quote --government-paid": (
        "iuran dibayar APBN/APBD (tanpa keringanan)",
        "contributions paid by APBN/APBD (no relief)",
    ),
    "quote --employer": (
        "peserta mempekerjakan orang lain (JHT wajib, tanpa keringanan)",
        "the participant employs others (JHT mandatory, no relief)",
    ),
    "quote --data-dir": (
        "pakai juga paket referensi yang dipasang di profil ini",
        "use the reference packages installed in this profile too",
    ),
    "validate": (
        "periksa pendaftaran tanpa menyimpannya; keluar 1 bila tidak sah",
        "judge a registration without storing it; exit 1 when not valid",
    ),
    "validate file": (
        "berkas JSON berisi satu pendaftaran",
        "a JSON file holding one registration",
    ),
    "register": (
        "periksa, simpan dan finalkan pendaftaran; mencetak ID dan nomor tanda terima",
        "validate, store and finalise registrations; prints the id and receipt number",
    ),
    "register file": (
        "berkas JSON berisi satu pendaftaran atau daftar pendaftaran",
        "a JSON file holding one registration or a list of them",
    ),
    "self-test": (
        "uji instalasi ini dari awal sampai akhir dengan penyimpanan sementara",
        "check this installation end to end with a throw-away store",
    ),
    # document_commands
    "receipt": (
        "cetak tanda terima pendaftaran ke berkas PDF (cetak ulang bertanda SALINAN)",
        "print a registration receipt to a PDF file (a reprint is marked SALINAN)",
    ),
    "receipt ID_OR_RECEIPT_NO": (
        "ID catatan atau nomor tanda terima, mis. DEMO-D0001-20261124-00001",
        "record id or receipt number, e.g. DEMO-D0001-20261124-00001",
    ),
    "receipt --out": ("berkas PDF yang ditulis", "the PDF file to write"),
    "receipt --size": (
        "ukuran kertas: a5, atau 80mm untuk printer struk (bawaan: a5)",
        "paper size: a5, or 80mm for a receipt printer (default: a5)",
    ),
    "tally": (
        "rekap harian laptop ini, sebagai PDF dan/atau JSON",
        "the daily tally (Rekap Harian) of this laptop, as PDF and/or JSON",
    ),
    "tally --date": (
        "hari yang direkap, TTTT-BB-HH (hari setempat kantor cabang)",
        "the day to tally, YYYY-MM-DD (the branch's local day)",
    ),
    "tally --out": (
        "berkas PDF yang ditulis (berikan --out, --json atau keduanya)",
        "the PDF file to write (give --out, --json or both)",
    ),
    "tally --json": ("cetak angka-angkanya sebagai JSON", "print the figures as JSON"),
    "verify-receipt": (
        "periksa tanda tangan QR tanda terima tanpa jaringan; keluar 1 bila tidak sah",
        "check a receipt's QR signature offline; exit 1 when not valid",
    ),
    "verify-receipt PAYLOAD_OR_PDF": (
        "teks QR atau berkas PDF tanda terima",
        "the QR payload or a receipt PDF",
    ),
    "verify-receipt --keys": (
        "berkas JSON kunci publik yang dipercaya, {perangkat: kunci base64}",
        "JSON file of trusted public keys, {device: base64 key}",
    ),
    "verify-receipt --device-key": (
        "kunci publik perangkat yang dipercaya, KODE=BASE64 (boleh berulang)",
        "a trusted device public key, CODE=BASE64 (repeatable)",
    ),
    # ktp_commands
    "ktp-read": (
        "baca isian foto KTP (OCR tanpa jaringan)",
        "read the fields of a KTP photo (offline OCR)",
    ),
    "ktp-read image": ("foto kartu, JPEG atau PNG", "a JPEG or PNG photo of the card"),
    # sync_commands
    "enroll": (
        "daftarkan laptop ini di kantor cabang dengan kode sekali pakai",
        "enrol this laptop at the branch with a one-time code",
    ),
    "enroll --code": (
        "kode sekali pakai dari `bpu-branch device code`",
        "one-time code from `bpu-branch device code`",
    ),
    "enroll --label": (
        "nama laptop ini di kantor cabang (bawaan: kosong)",
        "a name for this laptop at the branch (default: none)",
    ),
    "sync": (
        "kirim catatan final ke kantor cabang dan ambil keputusannya",
        "push final records to the branch and pull its decisions",
    ),
    "sync --server": (
        "alamat server kantor cabang (bawaan: yang didaftarkan dengan enroll)",
        "branch server address (default: the one enrolled with)",
    ),
    "audit-verify": (
        "periksa rantai log audit laptop ini; keluar 1 bila rusak",
        "check this laptop's audit chain; exit 1 when broken",
    ),
    "attention": (
        "catatan yang dikembalikan kantor cabang ke petugas, dengan catatan petugas administrasi",
        "records the branch sent back to the officer, with the clerk's note",
    ),
    "export-batch": (
        "tulis catatan yang belum terkirim sebagai berkas batch untuk USB",
        "write the records not yet sent as a USB batch file",
    ),
    "export-batch --out": (
        "berkas batch yang ditulis (.bpu), yang tidak menimpa berkas yang sudah ada (kecuali "
        "dengan --replace); lebih dari 20.000 pendaftaran ditulis juga ke NAMA-2.bpu… di "
        "sebelahnya, yang tidak pernah menimpa berkas yang sudah ada",
        "the batch file to write (.bpu), not written over a file already there (unless "
        "--replace); past 20,000 registrations NAME-2.bpu… beside it too, never written over "
        "a file already there",
    ),
    "export-batch --replace": (
        "timpa berkas --out yang sudah ada (mungkin berkas laptop lain yang belum diimpor); "
        "berkas NAMA-2.bpu… tetap tidak pernah ditimpa",
        "write over an existing --out file (it may be another laptop's file not yet imported); "
        "NAME-2.bpu… are still never written over",
    ),
    "export-batch --receipt": (
        "tulis pendaftaran dengan nomor tanda terima ini, meski sudah terkirim, agar kantor "
        "cabang memperbaiki salinannya yang rusak (boleh diulang)",
        "write the registration with this receipt number, even if already sent, so that the "
        "branch repairs its damaged copy (may be repeated)",
    ),
    # recovery_commands
    "recover": (
        "beri petugas kata sandi baru dengan kunci pemulihan kantor cabang",
        "give an officer a new password with the branch's recovery key",
    ),
    "recover --recovery-key": (
        "berkas kunci pemulihan dari `bpu-branch init`",
        "the recovery key file from `bpu-branch init`",
    ),
    "recover --officer": (
        "petugas yang mendapat kata sandi baru",
        "the officer who gets the new password",
    ),
    "recover --new-password-env": (
        "variabel lingkungan berisi kata sandi baru (bawaan: BPU_ENROLL_NEW_PASSWORD; "
        "tanpa itu ditanyakan dua kali)",
        "environment variable holding the new password (default: BPU_ENROLL_NEW_PASSWORD; "
        "without it, asked twice)",
    ),
    # workstation_commands
    "workstation-setup": (
        "jadikan komputer ini workstation kantor cabang (petugas administrasi, supervisor)",
        "make this computer a branch workstation (clerks, supervisors)",
    ),
}

# `bpu-enroll gui` (cli.gui_command): the desktop app's own command line, apart from the headless
# commands' parser because the launcher hands `gui` to the app.
GUI_HELP_TEXTS: dict[str, tuple[str, str]] = {
    "bpu-enroll gui": (
        "BPU Enroll — aplikasi desktop: pendaftaran oleh petugas lapangan, atau di workstation "
        "cabang ruang kerja petugas administrasi dan supervisor. `bpu-enroll` tanpa perintah juga "
        "membukanya.",
        "BPU Enroll — the desktop app: registration by field officers, or on a branch "
        "workstation the workspace of clerks and supervisors. `bpu-enroll` with no command "
        "opens it too.",
    ),
    "gui --data-dir": HELP_TEXTS["--data-dir"],
    "gui --lang": (
        "bahasa aplikasi untuk kali ini dan bahasa bantuan ini: id atau en (bawaan: bahasa "
        "yang terakhir dipilih di aplikasi; bantuan: id)",
        "language of the app for this run and of this help: id or en (default: the language "
        "last chosen in the app; help: id)",
    ),
}
