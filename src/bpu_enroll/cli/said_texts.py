"""What `bpu-enroll` says to people without `--json`, in Indonesian and English.

Keyed by the command and what it says (`"demo-init made"`); keys without a command are shared.
`--lang` picks the language, as for `--help` (`cli.help_texts`) and the refusals
(`domain.errors`); `{placeholders}` are filled by `said`. Codes, file names, numbers and the JSON
documents stay as they are; no NIK or other personal data is ever a placeholder.
"""

from __future__ import annotations

from bpu_enroll.cli.common import said_in

# key → (Indonesian, English)
SAID_TEXTS: dict[str, tuple[str, str]] = {
    "password": ("Kata sandi untuk {officer}: ", "Password for {officer}: "),
    "new password": ("Kata sandi baru untuk {officer}: ", "New password for {officer}: "),
    "password again": ("Ulangi kata sandi: ", "Repeat the password: "),
    "cancelled": ("Dibatalkan.", "Cancelled."),
    "failed": ("GAGAL", "FAILED"),
    # local_commands
    "demo-init made": (
        "Profil demo dibuat di {data_dir}. Masuk sebagai 'demo' dengan kata sandi 'demo'.",
        "Demo profile created in {data_dir}. Sign in as 'demo' with the password 'demo'.",
    ),
    "demo-init kept": (
        "Profil sudah ada di {data_dir}.",
        "A profile already exists in {data_dir}.",
    ),
    "quote bracket": ("Kelas {bracket}, dasar {base}", "Bracket {bracket}, base {base}"),
    "quote total": ("Jumlah: {total}", "Total: {total}"),
    "validate valid": ("sah", "valid"),
    "validate not valid": ("tidak sah", "not valid"),
    "register refused": ("ditolak: {codes}", "refused: {codes}"),
    "self-test demo profile": ("profil demo", "demo profile"),
    "self-test register sample": ("simpan pendaftaran contoh", "register sample"),
    "self-test render receipt": ("cetak tanda terima", "render receipt"),
    "self-test verify receipt QR": ("periksa QR tanda terima", "verify receipt QR"),
    # document_commands
    "verify-receipt valid": (
        "SAH {receipt_number} ({device})",
        "VALID {receipt_number} ({device})",
    ),
    # {words}: the reason code's message (domain.errors), then the code itself for scripts
    "verify-receipt not valid": ("TIDAK SAH: {words} ({reason})", "NOT VALID: {words} ({reason})"),
    # sync_commands
    "enroll done": (
        "Perangkat {device_code} terdaftar di {branch_name}.",
        "Device {device_code} is enrolled at {branch_name}.",
    ),
    "sync sent": ("terkirim", "sent"),
    "sync accepted": ("diterima", "accepted"),
    "sync duplicate": ("ganda", "duplicate"),
    "sync rejected": ("ditolak", "rejected"),
    "sync already_received": ("sudah diterima", "already received"),
    "sync conflict": ("konflik", "conflict"),
    "sync pending": ("belum terkirim", "pending"),
    "audit-verify intact": (
        "Rantai audit utuh: {entries} entri.",
        "Audit chain intact: {entries} {entries:entry|entries}.",
    ),
    "attention none": ("Tidak ada yang perlu ditindaklanjuti.", "Nothing to do."),
    "export-batch written": (
        "{records} pendaftaran ditulis ke {file}.",
        "{records} {records:registration|registrations} written to {file}.",
    ),
    "export-batch written parts": (
        "{records} pendaftaran ditulis dalam {parts} berkas, karena satu berkas memuat paling "
        "banyak {limit}: {files}. Bawa semua berkas ke kantor cabang.",
        "{records} registrations written in {parts} files, as one file holds at most {limit}: "
        "{files}. Take every file to the branch.",
    ),
    # after the refusal's message (`domain.errors`, also the desktop app's, which has no
    # command line): what `--replace` would do about it
    "export-batch --replace EXPORT_EMPTY_FILES": (
        "Atau pakai --replace untuk menimpa berkas --out.",
        "Or use --replace to write over the --out file.",
    ),
    "export-batch --replace EXPORT_FILE_EXISTS": (
        "Atau pakai --replace bila berkas itu memang boleh ditimpa.",
        "Or use --replace if that file may be written over.",
    ),
    # workstation_commands
    "workstation-setup done": (
        "Komputer ini sekarang workstation cabang {branch} ({server_url}).",
        "This computer is now a workstation of branch {branch} ({server_url}).",
    ),
    # recovery_commands
    "recover done": (
        "Data laptop {device_code} dipulihkan: {officer} dapat masuk dengan kata sandi baru "
        "sampai sinkronisasi berikutnya.",
        "The data of laptop {device_code} is recovered: {officer} can sign in with the new "
        "password until the next sync.",
    ),
}


def said(key: str, lang: str, **values: object) -> str:
    """The words of `key` in `lang`, `values` filled in."""
    return said_in(SAID_TEXTS, key, lang, **values)
