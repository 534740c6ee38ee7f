"""Stable problem codes and their messages in Indonesian and English.

The codes are a contract (DESIGN.md §8): the GUI shows the translated message, the headless
commands print `{"field", "code", "message"}`, the branch returns the same codes. A code never
changes meaning; new codes are only added.

Besides the form codes of DESIGN.md §8 this module defines operational codes (files, types,
login, store) and a few form codes for values that have no more specific code
(`DATE_FORMAT`, `GENDER_INVALID`, `RT_RW_FORMAT`, `TEXT_TOO_LONG`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bpu_enroll.domain.branch_errors import BRANCH_CODES, BRANCH_MESSAGES
from bpu_enroll.domain.usage_errors import USAGE_DETAILS

# The codes of DESIGN.md §8, in the order of its table.
FORM_CODES: frozenset[str] = frozenset(
    {
        "REQUIRED", "UNKNOWN_FIELD", "NIK_FORMAT", "NIK_PROVINCE", "NIK_DATE", "NIK_SERIAL",
        "NIK_BIRTH_DATE_MISMATCH", "NIK_GENDER_MISMATCH", "NIK_REGION_UNKNOWN", "NIK_DUPLICATE",
        "KK_FORMAT", "NAME_FORMAT", "BIRTH_DATE_FUTURE", "AGE_LIMIT", "AGE_YOUNG", "PHONE_FORMAT",
        "EMAIL_FORMAT", "VILLAGE_UNKNOWN", "OCCUPATION_UNKNOWN", "INCOME_INVALID",
        "PROGRAMS_INVALID", "JHT_REQUIRED", "MONTHS_INVALID", "CASH_MISMATCH", "CONSENT_REQUIRED",
    }
)  # fmt: skip
# Form codes this code base adds where §8 has no specific one.
EXTRA_FORM_CODES: frozenset[str] = frozenset(
    {"DATE_FORMAT", "DATE_OUT_OF_RANGE", "GENDER_INVALID", "RT_RW_FORMAT", "TEXT_TOO_LONG"}
)
OPERATIONAL_CODES: frozenset[str] = frozenset(
    {
        "FILE_NOT_FOUND", "FILE_NOT_JSON", "FILE_TOO_LARGE", "TYPE_INVALID", "AUTH_FAILED",
        "ACCOUNT_LOCKED", "STORE_MISSING", "STORE_LOCKED", "STORE_TOO_NEW", "STORE_CORRUPT",
        "DISK_FULL", "NOT_FOUND", "ALREADY_VOIDED", "VOID_REASON_REQUIRED", "NOT_FINAL", "USAGE",
        "PROFILE_EXISTS", "IO_ERROR", "NOT_ENROLLED", "NOT_PROCESSED",
        "SERVER_UNREACHABLE", "SERVER_INVALID", "CERT_MISMATCH", "DEVICE_REVOKED",
        "RECORD_PURGED",
        "INSECURE_ADDRESS", "TLS_REQUIRED", "AUDIT_BROKEN",
        "MASTER_KEY_MISSING", "MASTER_KEY_WRONG", "MASTER_KEY_EXISTS", "KEY_ENVELOPE_MISSING",
        "NOT_INITIALISED", "RECOVERY_KEY_EXISTS", "RECOVERY_KEY_WRONG", "RECOVERY_NOT_AVAILABLE",
        "BRANCH_DB_PLAIN", "WORKERS_SQLITE",
        "KTP_NO_CARD", "KTP_OCR_MISSING", "KTP_IMAGE_UNREADABLE",
        "NETWORK", "PASSWORD_EMPTY", "NO_DISPLAY", "RECEIPT_NOT_HELD", "RECEIPT_PURGED",
        "RECEIPTS_TOO_MANY", "EXPORT_PARTS_IN_THE_WAY", "EXPORT_FILE_EXISTS",
        "EXPORT_EMPTY_FILES", "EXPORT_FILES_HIDDEN",
    }
)  # fmt: skip
# What reading a KTP photo says about the NIK it read (issue 17).
KTP_CODES: frozenset[str] = frozenset({"KTP_NIK_UNREAD", "KTP_NIK_REGION_DIFFERS"})
# A void the branch refused because it holds another version of the record (a conflict): the
# branch answers it, the laptop keeps it, shows it and keeps the record's data (one name for all).
VOID_CONFLICT = "VOID_CONFLICT"
# Codes used by the store and the branch's judgement of a synced record.
RECORD_CODES: frozenset[str] = frozenset(
    {
        "SUPERSEDED", "OFFICER_NOT_PROVISIONED", "HASH_MISMATCH", "QUOTE_MISMATCH",
        "RECEIPT_NUMBER", "OFFICER_UNKNOWN", "OFFICER_REVOKED", "CORRECTION_REQUESTED", "CONFLICT",
        "CORRECTION_UNCHANGED", "OFFICER_NOT_FIELD", "RULES_UNKNOWN", "SUPERSEDES_FOREIGN",
        VOID_CONFLICT, "OTHER", "RECEIPT_NUMBER_TAKEN",
    }
)  # fmt: skip
# A receipt's verdict (`verify-receipt`'s `reason` when `valid` is false; `DEVICE_REVOKED`, the
# branch's fourth, is an operational code), from `documents.qr`.
RECEIPT_CODES: frozenset[str] = frozenset({"MALFORMED", "UNKNOWN_DEVICE", "BAD_SIGNATURE"})
WARNING_CODES: frozenset[str] = frozenset({"NIK_REGION_UNKNOWN", "AGE_YOUNG"})
ALL_CODES: frozenset[str] = (
    FORM_CODES
    | EXTRA_FORM_CODES
    | OPERATIONAL_CODES
    | RECORD_CODES
    | BRANCH_CODES
    | KTP_CODES
    | RECEIPT_CODES
)
ERROR_CODES: frozenset[str] = ALL_CODES - WARNING_CODES

# code → (Indonesian, English). `{name}` placeholders are filled from the params.
_MESSAGES: dict[str, tuple[str, str]] = {
    "REQUIRED": ("Wajib diisi.", "This field is required."),
    "UNKNOWN_FIELD": (
        "Kolom ini bukan bagian dari formulir pendaftaran.",
        "This key is not part of the registration form.",
    ),
    "NIK_FORMAT": ("NIK harus tepat 16 angka.", "The NIK must be exactly 16 digits."),
    "NIK_PROVINCE": (
        "Dua angka pertama NIK bukan kode provinsi.",
        "The first two digits of the NIK are not a province code.",
    ),
    "NIK_DATE": (
        "Tanggal lahir di dalam NIK (angka ke-7 sampai ke-12) bukan tanggal yang sah.",
        "The birth date inside the NIK (digits 7 to 12) is not a real date.",
    ),
    "NIK_SERIAL": (
        "Nomor urut NIK (4 angka terakhir) tidak boleh 0000.",
        "The NIK serial (its last 4 digits) cannot be 0000.",
    ),
    "NIK_BIRTH_DATE_MISMATCH": (
        "Tanggal lahir tidak sama dengan tanggal lahir di dalam NIK.",
        "The birth date differs from the birth date inside the NIK.",
    ),
    "NIK_GENDER_MISMATCH": (
        "Jenis kelamin tidak sesuai dengan NIK (untuk perempuan tanggal lahir ditambah 40).",
        "The gender does not match the NIK (for women 40 is added to the day of birth).",
    ),
    "NIK_REGION_UNKNOWN": (
        "Kode kabupaten/kota atau kecamatan di dalam NIK tidak ada di daftar wilayah saat ini "
        "(mungkin wilayah lama sebelum pemekaran). Periksa KTP.",
        "The regency or district code inside the NIK is not in today's region list "
        "(it may be a region since split). Check the KTP.",
    ),
    "NIK_DUPLICATE": (
        "NIK ini sudah memiliki pendaftaran final yang tidak dibatalkan.",
        "This NIK already has a final registration that was not voided.",
    ),
    "KK_FORMAT": (
        "Nomor KK harus 16 angka dan diawali kode provinsi.",
        "The KK number must be 16 digits starting with a province code.",
    ),
    "NAME_FORMAT": (
        "Nama hanya boleh berisi huruf, spasi dan tanda . ' - , (paling banyak {max} karakter).",
        "A name may only hold letters, spaces and . ' - , (at most {max} characters).",
    ),
    "BIRTH_DATE_FUTURE": (
        "Tanggal lahir tidak boleh setelah tanggal pendaftaran.",
        "The birth date cannot be after the registration date.",
    ),
    "AGE_LIMIT": (
        "Usia 65 tahun atau lebih pada tanggal pendaftaran: tidak dapat didaftarkan.",
        "Aged 65 or over on the registration date: cannot be registered.",
    ),
    "AGE_YOUNG": (
        "Usia di bawah 17 tahun. Periksa kembali tanggal lahir dan KTP.",
        "Under 17 years old. Check the birth date and the KTP again.",
    ),
    "PHONE_FORMAT": (
        "Nomor HP harus nomor seluler Indonesia: 08…, 62 8… atau +62 8…, 10 sampai 13 angka.",
        "The phone must be an Indonesian mobile number: 08…, 62 8… or +62 8…, 10 to 13 digits.",
    ),
    "EMAIL_FORMAT": ("Alamat e-mail tidak sah.", "The e-mail address is malformed."),
    "VILLAGE_UNKNOWN": (
        "Kode desa/kelurahan tidak ada di daftar wilayah Kemendagri.",
        "The village code is not in the Kemendagri region list.",
    ),
    "OCCUPATION_UNKNOWN": (
        "Pekerjaan tidak ada di katalog pekerjaan.",
        "The occupation is not in the catalogue.",
    ),
    "INCOME_INVALID": (
        "Penghasilan harus bilangan bulat rupiah yang lebih dari nol.",
        "The income must be a whole, positive number of rupiah.",
    ),
    "PROGRAMS_INVALID": (
        "Program harus JKK dan JKM, dengan atau tanpa JHT. JP dan JKP tidak untuk peserta BPU.",
        "Programmes must be JKK and JKM, with or without JHT. JP and JKP are not open to BPU.",
    ),
    "JHT_REQUIRED": (
        "Pemberi kerja wajib mengikuti program JHT.",
        "A business owner who employs others must join JHT.",
    ),
    "MONTHS_INVALID": (
        "Jumlah bulan yang dibayar harus 1, 3, 6 atau 12.",
        "The months paid must be 1, 3, 6 or 12.",
    ),
    "CASH_MISMATCH": (
        "Uang tunai yang diterima ({cash}) tidak sama dengan total iuran ({expected}).",
        "The cash received ({cash}) differs from the contribution total ({expected}).",
    ),
    "CONSENT_REQUIRED": (
        "Pekerja harus menyetujui pemrosesan data pribadinya.",
        "The worker must consent to the processing of their personal data.",
    ),
    "DATE_FORMAT": (
        "Tanggal harus berbentuk TTTT-BB-HH dan merupakan tanggal yang sah.",
        "The date must be a real date written YYYY-MM-DD.",
    ),
    "DATE_OUT_OF_RANGE": (
        "Tanggal mulai terlalu jauh: masa pertanggungan akan berakhir setelah 31-12-9999, "
        "jadi iurannya tidak bisa dihitung.",
        "The start date is too late: the coverage would end after 9999-12-31, so the "
        "contribution cannot be priced.",
    ),
    "GENDER_INVALID": (
        "Jenis kelamin harus M (laki-laki) atau F (perempuan).",
        "The gender must be M (male) or F (female).",
    ),
    "RT_RW_FORMAT": (
        "RT/RW harus 1 sampai 3 angka, bukan 000.",
        "RT/RW must be 1 to 3 digits, not 000.",
    ),
    "TEXT_TOO_LONG": (
        "Teks terlalu panjang (paling banyak {max} karakter).",
        "The text is too long (at most {max} characters).",
    ),
    "FILE_NOT_FOUND": ("Berkas tidak ditemukan: {path}", "File not found: {path}"),
    "FILE_NOT_JSON": (
        "Berkas bukan JSON yang sah: {detail}",
        "The file is not valid JSON: {detail}",
    ),
    "FILE_TOO_LARGE": (
        "Berkas ini terlalu besar untuk dibuka di sini; periksa apakah berkasnya benar.",
        "This file is too large to be opened here; check that it is the right file.",
    ),
    "TYPE_INVALID": (
        "Jenis nilai salah: seharusnya {expected}.",
        "Wrong kind of value: expected {expected}.",
    ),
    "AUTH_FAILED": ("Nama pengguna atau kata sandi salah.", "Wrong user name or password."),
    "ACCOUNT_LOCKED": (
        "Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit.",
        "The account is locked after too many failed attempts. Try again in {minutes} minutes.",
    ),
    "STORE_MISSING": (
        "Belum ada data lokal di folder ini. Jalankan demo-init atau daftarkan perangkat.",
        "There is no local store in this folder. Run demo-init or enrol the device.",
    ),
    "STORE_LOCKED": (
        "Data lokal sedang dipakai oleh salinan aplikasi lain yang masih berjalan.",
        "The local store is in use by another running copy of the app.",
    ),
    "STORE_TOO_NEW": (
        "Data lokal ditulis oleh versi aplikasi yang lebih baru. Data tidak diubah; "
        "pasang versi terbaru aplikasi ini.",
        "The local store was written by a newer version of the app. It was left untouched; "
        "install the newest version of this app.",
    ),
    "DEVICE_REVOKED": (
        "Laptop ini sudah dicabut oleh kantor cabang: tidak bisa membuat tanda terima baru. "
        "Bawa laptop ini ke kantor cabang; data yang ada tetap tersimpan.",
        "This laptop was revoked by the branch: it cannot issue new receipts. Bring the laptop "
        "to the branch; the records it holds are kept.",
    ),
    "RECORD_PURGED": (
        "Data pribadi pendaftaran ini sudah dihapus dari laptop (masa simpan habis). "
        "Kantor cabang dapat mencetak salinannya.",
        "This registration's personal data was removed from the laptop (retention period "
        "over). The branch can print a copy.",
    ),
    "CORRECTION_UNCHANGED": (
        "Koreksi ini tidak mengubah apa pun. Ubah data yang diminta petugas cabang.",
        "This correction changes nothing. Change the data the branch clerk asked about.",
    ),
    "RULES_UNKNOWN": (
        "Iuran dihitung dengan versi aturan yang tidak dikenal kantor cabang.",
        "The contribution was priced with a rules version the branch does not know.",
    ),
    "SUPERSEDES_FOREIGN": (
        "Data ini menggantikan pendaftaran dari laptop lain; hanya laptop yang membuat "
        "pendaftaran boleh mengoreksinya.",
        "This record replaces a registration made on another laptop; only the laptop that made "
        "a registration may correct it.",
    ),
    "MALFORMED": (
        "Ini bukan kode QR tanda terima BPU Enroll.",
        "This is not the QR code of a BPU Enroll receipt.",
    ),
    "UNKNOWN_DEVICE": (
        "Laptop yang menerbitkan tanda terima ini tidak dikenal di sini (bukan laptop profil ini "
        "atau kantor cabang ini, atau kuncinya tidak diberikan).",
        "The laptop that issued this receipt is not known here (not this profile's or this "
        "branch's laptop, or its key was not given).",
    ),
    "BAD_SIGNATURE": (
        "Tanda tangan QR tidak cocok: tanda terima diubah setelah dicetak.",
        "The QR's signature does not match: the receipt was changed after it was printed.",
    ),
    "VOID_CONFLICT": (
        "Pembatalan tidak diterapkan karena konflik ini; petugas cabang yang menyelesaikannya.",
        "The void was not applied because of this conflict; the branch clerks settle it.",
    ),
    "OFFICER_NOT_FIELD": (
        "Hanya petugas lapangan yang boleh membuat pendaftaran di laptop.",
        "Only field officers may make registrations on a laptop.",
    ),
    "STORE_CORRUPT": (
        "Data lokal rusak atau tidak dapat dibaca. Hubungi kantor cabang.",
        "The local store is damaged or unreadable. Contact the branch office.",
    ),
    "DISK_FULL": (
        "Disk penuh. Tidak ada data yang diubah; kosongkan ruang lalu coba lagi.",
        "The disk is full. Nothing was changed; free some space and try again.",
    ),
    "NOT_FOUND": ("Data tidak ditemukan.", "Not found."),
    "ALREADY_VOIDED": ("Pendaftaran ini sudah dibatalkan.", "This registration is already voided."),
    "VOID_REASON_REQUIRED": (
        "Alasan pembatalan wajib diisi.",
        "A reason is required to void a registration.",
    ),
    "NOT_FINAL": ("Pendaftaran ini belum final.", "This registration is not final yet."),
    "USAGE": ("Perintah salah: {detail}", "Wrong usage: {detail}"),
    "RECEIPT_NOT_HELD": (
        "Laptop ini tidak menyimpan pendaftaran final dengan nomor tanda terima {receipts}; "
        "tidak ada berkas yang ditulis.",
        "This laptop holds no final registration with receipt number(s) {receipts}; no file "
        "was written.",
    ),
    "RECEIPT_PURGED": (
        "Laptop ini menyimpan pendaftaran dengan nomor tanda terima {receipts}, tetapi data "
        "pribadinya sudah dihapus setelah masa simpan habis; tidak ada berkas yang ditulis. "
        "Kantor cabang perlu memulihkannya dari cadangannya.",
        "This laptop holds the registration(s) with receipt number(s) {receipts}, but their "
        "personal data was removed after the retention period; no file was written. The branch "
        "should restore them from its backup.",
    ),
    "RECEIPTS_TOO_MANY": (
        "Satu berkas USB memuat paling banyak {limit} pendaftaran, tetapi {count} nomor tanda "
        "terima dipilih; tidak ada berkas yang ditulis. Tulis beberapa berkas, masing-masing "
        "untuk paling banyak {limit} nomor.",
        "A USB file holds at most {limit} registrations, but {count} receipt numbers were "
        "chosen; no file was written. Write several files, each for at most {limit} numbers.",
    ),
    "EXPORT_PARTS_IN_THE_WAY": (
        "Pendaftaran yang menunggu perlu {parts} berkas: {file} dan berkas di sebelahnya. "
        "Berkas ini sudah ada dan tidak ditimpa: {files}. Tidak ada berkas yang ditulis. "
        "Mungkin itu berkas laptop lain yang belum diimpor; pilih nama atau folder lain.",
        "The waiting registrations need {parts} files: {file} and the files beside it. These "
        "files already exist and are not written over: {files}. No file was written. They may "
        "be another laptop's files not yet imported; choose another name or folder.",
    ),
    "EXPORT_EMPTY_FILES": (
        "Berkas ini kosong (0 bait), sisa ekspor yang terputus (flashdisk dicabut atau listrik "
        "padam saat berkas ditulis), dan tidak ditimpa: {files}. Tidak ada berkas yang ditulis. "
        "Hapus berkas kosong itu lalu ekspor lagi.",
        "These files are empty (0 bytes), left by an export that was cut off (the stick pulled "
        "out or the power lost while they were written), and are not written over: {files}. No "
        "file was written. Delete the empty files and export again.",
    ),
    "EXPORT_FILES_HIDDEN": (
        "Berkas tersembunyi ini tertinggal dari ekspor yang terputus (flashdisk dicabut atau "
        "listrik padam) dan tidak dikembalikan ke namanya karena nama itu sudah dipakai berkas "
        "lain: {files}. Keduanya disimpan. Mungkin itu berkas laptop lain yang belum diimpor: "
        "ganti namanya (tanpa titik di depan, berakhiran .bpu) lalu bawa ke kantor cabang.",
        "These hidden files were left by an export that was cut off (the stick pulled out or "
        "the power lost) and are not put back under their names, as another file now has that "
        "name: {files}. Both are kept. They may be another laptop's files not yet imported: "
        "rename them (without the dot in front, ending in .bpu) and take them to the branch.",
    ),
    "EXPORT_FILE_EXISTS": (
        "Berkas {file} sudah ada dan tidak ditimpa; tidak ada berkas yang ditulis. Mungkin itu "
        "berkas laptop lain yang belum diimpor; pilih nama atau folder lain.",
        "The file {file} already exists and is not written over; no file was written. It may "
        "be another laptop's file not yet imported; choose another name or folder.",
    ),
    "NOT_ENROLLED": (
        "Laptop ini belum didaftarkan di kantor cabang; sinkronisasi belum bisa dilakukan.",
        "This laptop is not enrolled at a branch yet; it cannot sync.",
    ),
    "PROFILE_EXISTS": (
        "Profil sudah ada di folder ini; tidak ada yang diubah.",
        "A profile already exists in this folder; nothing was changed.",
    ),
    "IO_ERROR": (
        "Berkas tidak dapat dibaca atau ditulis.",
        "The file could not be read or written.",
    ),
    "NOT_PROCESSED": (
        "Tidak diproses: pendaftaran sebelumnya dalam daftar gagal disimpan. Tidak ada yang "
        "diubah untuk data ini; coba lagi setelah masalahnya diatasi.",
        "Not processed: an earlier registration in the list could not be stored. Nothing was "
        "changed for this one; try again once the problem is solved.",
    ),
    "SERVER_UNREACHABLE": (
        "Server kantor cabang tidak dapat dihubungi ({server}).",
        "The branch server cannot be reached ({server}).",
    ),
    "SERVER_INVALID": (
        "Alamat ini bukan server kantor cabang BPU Enroll ({server}).",
        "This address is not a BPU Enroll branch server ({server}).",
    ),
    "MASTER_KEY_MISSING": (
        "Kunci induk cabang tidak ditemukan ({path}). Berikan --key-file, BPU_BRANCH_KEY_FILE "
        "atau BPU_BRANCH_PASSPHRASE.",
        "The branch master key was not found ({path}). Give --key-file, BPU_BRANCH_KEY_FILE or "
        "BPU_BRANCH_PASSPHRASE.",
    ),
    "MASTER_KEY_WRONG": (
        "Kunci induk ini tidak membuka basis data cabang; tidak ada yang dibaca atau diubah.",
        "This master key does not open the branch database; nothing was read or changed.",
    ),
    "MASTER_KEY_EXISTS": (
        "Berkas kunci sudah ada ({path}); tidak ditimpa.",
        "A key file is already there ({path}); it was not overwritten.",
    ),
    "KEY_ENVELOPE_MISSING": (
        "Amplop kunci di samping basis data tidak ada ({path}). Pulihkan dari cadangan: "
        "bpu-branch key restore.",
        "The key envelope beside the database is missing ({path}). Restore it from the backup: "
        "bpu-branch key restore.",
    ),
    "NOT_INITIALISED": (
        "Cabang belum disiapkan: jalankan bpu-branch init.",
        "The branch is not initialised: run bpu-branch init.",
    ),
    "BRANCH_DB_PLAIN": (
        "Basis data cabang ini dibuat sebelum enkripsi data tersimpan (atau pengamanannya "
        "terputus): jalankan bpu-branch key adopt untuk mengenkripsinya dengan kunci induk.",
        "This branch database was made before encryption at rest (or securing it was cut off): "
        "run bpu-branch key adopt to encrypt it under the master key.",
    ),
    "RECOVERY_KEY_EXISTS": (
        "Berkas kunci pemulihan sudah ada ({path}); tidak ditimpa.",
        "A recovery key file is already there ({path}); it was not overwritten.",
    ),
    "RECOVERY_KEY_WRONG": (
        "Kunci pemulihan ini tidak membuka data laptop ini.",
        "This recovery key does not open this laptop's store.",
    ),
    "RECOVERY_NOT_AVAILABLE": (
        "Laptop ini tidak menyimpan salinan pemulihan (profil demo, atau didaftarkan ke cabang "
        "tanpa kunci pemulihan).",
        "This laptop keeps no recovery copy (the demo profile, or enrolled at a branch without "
        "a recovery key).",
    ),
    "CERT_MISMATCH": (
        "Sertifikat server tidak cocok dengan sidik jari kantor cabang; tidak ada yang dikirim.",
        "The server's certificate does not match the branch's fingerprint; nothing was sent.",
    ),
    "INSECURE_ADDRESS": (
        "Alamat {server} memakai http tanpa enkripsi dan bukan komputer ini; tidak ada yang "
        "dikirim. Pakai alamat https kantor cabang.",
        "The address {server} is plain http to another computer; nothing was sent. Use the "
        "branch's https address.",
    ),
    "TLS_REQUIRED": (
        "Server hanya boleh mendengarkan alamat selain komputer ini ({host}) dengan --tls.",
        "The server may listen on an address other than this computer ({host}) only with --tls.",
    ),
    "WORKERS_SQLITE": (
        "SQLite hanya punya satu penulis: server cabang di atas SQLite berjalan dengan satu "
        "proses, bukan --workers {workers}. Pakai PostgreSQL untuk beberapa proses.",
        "SQLite has one writer: a branch server on SQLite runs one process, not --workers "
        "{workers}. Use PostgreSQL for several processes.",
    ),
    "AUDIT_BROKEN": (
        "Rantai catatan audit rusak mulai entri {first_bad}: catatan telah diubah atau dihapus.",
        "The audit chain is broken from entry {first_bad}: entries were edited or removed.",
    ),
    "CORRECTION_REQUESTED": (
        "Petugas cabang meminta perbaikan data ini.",
        "The branch clerk asked for this record to be corrected.",
    ),
    "SUPERSEDED": (
        "Pendaftaran ini sudah diganti oleh versi koreksi.",
        "This registration was replaced by a corrected version.",
    ),
    "OFFICER_NOT_PROVISIONED": (
        "Petugas ini belum disiapkan di laptop ini. Buka dulu dengan akun petugas lain "
        "atau sinkronkan dengan kantor cabang.",
        "This officer is not set up on this laptop yet. Open it once with another officer "
        "or sync with the branch.",
    ),
    "HASH_MISMATCH": (
        "Isi data tidak cocok dengan segelnya (hash).",
        "The record's content does not match its seal (hash).",
    ),
    "QUOTE_MISMATCH": (
        "Perhitungan iuran tidak sama dengan aturan yang berlaku.",
        "The contribution quote differs from the rules in force.",
    ),
    "RECEIPT_NUMBER": ("Nomor tanda terima tidak sah.", "The receipt number is not valid."),
    "RECEIPT_NUMBER_TAKEN": (
        "Nomor tanda terima ini sudah dipakai pendaftaran lain dari laptop ini (misalnya laptop "
        "dipulihkan dari cadangan lama). Hubungi kantor cabang.",
        "Another registration from this laptop already has this receipt number (for example, "
        "the laptop was restored from an old backup). Contact the branch.",
    ),
    "OFFICER_UNKNOWN": ("Petugas tidak dikenal.", "Unknown officer."),
    "CONFLICT": (
        "Kantor cabang sudah menerima data dengan ID yang sama tetapi isinya berbeda. "
        "Hubungi kantor cabang.",
        "The branch already holds a record with the same ID but different content. "
        "Contact the branch office.",
    ),
    "OFFICER_REVOKED": (
        "Akses petugas ini sudah dicabut oleh kantor cabang. Hubungi kantor cabang.",
        "This officer's access was revoked by the branch. Contact the branch.",
    ),
    "KTP_NO_CARD": (
        "Tidak ada KTP yang terbaca di foto ini. Foto ulang seluruh kartu, tegak dan terang.",
        "No KTP could be read in this photo. Take it again: the whole card, upright, in light.",
    ),
    "KTP_OCR_MISSING": (
        "Pembaca foto KTP tidak terpasang di laptop ini (paket bpu-enroll[ktp]).",
        "The KTP photo reader is not installed on this laptop (package bpu-enroll[ktp]).",
    ),
    "KTP_IMAGE_UNREADABLE": (
        "Berkas ini bukan gambar yang dapat dibuka (JPEG atau PNG).",
        "This file is not an image that can be opened (JPEG or PNG).",
    ),
    "KTP_NIK_UNREAD": (
        "NIK tidak terbaca di foto KTP. Ketik NIK dari kartu.",
        "The NIK could not be read from the KTP photo. Type it from the card.",
    ),
    "KTP_NIK_REGION_DIFFERS": (
        "Kode wilayah di dalam NIK bukan kabupaten/kota di kepala KTP. Bisa sah (pindah "
        "domisili), tetapi periksa angka NIK dengan kartu.",
        "The region code inside the NIK is not the regency or city in the KTP's header. It can "
        "be right (the holder moved), but check the NIK's digits against the card.",
    ),
    "NETWORK": (
        "Kantor cabang tidak dapat dihubungi ({reason}). Periksa alamat server dan jaringan; "
        "data yang belum terkirim tetap tersimpan di laptop.",
        "The branch cannot be reached ({reason}). Check the server address and the network; "
        "records not sent yet stay on the laptop.",
    ),
    "PASSWORD_EMPTY": (
        "Kata sandi baru tidak boleh kosong.",
        "The new password cannot be empty.",
    ),
    "NO_DISPLAY": (
        "Tidak ada layar untuk aplikasi desktop (DISPLAY dan WAYLAND_DISPLAY tidak diisi). "
        "Untuk perintah tanpa layar lihat: bpu-enroll --help",
        "There is no screen for the desktop app (DISPLAY and WAYLAND_DISPLAY are not set). "
        "For the headless commands see: bpu-enroll --help",
    ),
    "OTHER": (
        "Ditolak karena alasan lain yang dicatat petugas cabang; hubungi kantor cabang.",
        "Rejected for another reason the branch clerk wrote down; contact the branch office.",
    ),
}

# The whole sentence of a message whose placeholders were not given (a reason chosen by a
# clerk, shown on the laptop): never "at most … characters".
_WITHOUT_PARAMS: dict[str, tuple[str, str]] = {
    "EXPORT_PARTS_IN_THE_WAY": (
        "Berkas bagian berikutnya sudah ada di sebelah berkas yang dipilih dan tidak ditimpa; "
        "tidak ada berkas yang ditulis. Pilih nama atau folder lain.",
        "The next parts' files already exist beside the chosen file and are not written over; "
        "no file was written. Choose another name or folder.",
    ),
    "EXPORT_EMPTY_FILES": (
        "Berkas kosong (0 bait) sisa ekspor yang terputus menghalangi dan tidak ditimpa; tidak "
        "ada berkas yang ditulis. Hapus berkas kosong itu lalu ekspor lagi.",
        "Empty files (0 bytes) left by an export that was cut off are in the way and are not "
        "written over; no file was written. Delete the empty files and export again.",
    ),
    "EXPORT_FILES_HIDDEN": (
        "Berkas tersembunyi sisa ekspor yang terputus tidak dikembalikan ke namanya karena "
        "nama itu sudah dipakai berkas lain; keduanya disimpan. Ganti nama berkas itu lalu "
        "bawa ke kantor cabang.",
        "Hidden files left by an export that was cut off are not put back under their names, "
        "as another file now has that name; both are kept. Rename those files and take them "
        "to the branch.",
    ),
    "EXPORT_FILE_EXISTS": (
        "Berkas yang dipilih sudah ada dan tidak ditimpa; tidak ada berkas yang ditulis. Pilih "
        "nama atau folder lain.",
        "The chosen file already exists and is not written over; no file was written. Choose "
        "another name or folder.",
    ),
    "RECEIPTS_TOO_MANY": (
        "Terlalu banyak nomor tanda terima dipilih untuk satu berkas USB; tidak ada berkas yang "
        "ditulis. Tulis beberapa berkas.",
        "Too many receipt numbers were chosen for one USB file; no file was written. Write "
        "several files.",
    ),
    "RESEAL_DAMAGED_KEPT": (
        "Baris yang rusak dan tidak terbuka tidak disegel dan dibiarkan apa adanya; baris lain "
        "sudah disegel. Jalankan bpu-branch check, lalu reseal lagi setelah diperbaiki.",
        "Damaged rows that did not open were not sealed and are left as they are; the other "
        "rows are sealed. Run bpu-branch check, then reseal again once repaired.",
    ),
    "EXPORT_RECORD_UNREADABLE": (
        "Ekspor ditolak: ada data tersimpan yang rusak dan tidak terbaca. Tidak ada yang "
        "diekspor atau dicatat. Kantor cabang meminta salinannya dari laptop "
        "yang membuatnya, dan salinan itu memperbaikinya pada sinkronisasi laptop berikutnya "
        "(bpu-branch check menunjukkan kerusakannya). Lalu ekspor lagi.",
        "Export refused: a stored record is damaged and cannot be read. Nothing was exported "
        "or recorded. The branch asks the laptop that made it for its copy, "
        "which repairs it at that laptop's next sync (bpu-branch check shows the damage). Then "
        "export again.",
    ),
    "RECORD_UNREADABLE": (
        "Data tersimpan ini rusak dan tidak terbaca. Kantor cabang sudah meminta salinannya dari "
        "laptop yang membuatnya: laptop itu mengirimnya lagi pada sinkronisasi berikutnya, dan "
        "salinan itu memperbaikinya. Buka lagi setelah itu.",
        "This stored record is damaged and cannot be read. The branch has asked the laptop that "
        "made it for its copy: that laptop sends it again at its next sync, and the copy "
        "repairs it. Open it again after that.",
    ),
    "CONFLICT_UNREADABLE": (
        "Versi lain yang diterima untuk data ini rusak dan tidak terbaca; versi yang disimpan "
        "tetap berlaku. Beri tahu admin kantor cabang (bpu-branch check menunjukkannya).",
        "A different version received for this record is damaged and cannot be read; the held "
        "version stands. Tell the branch admin (bpu-branch check shows it).",
    ),
    "TALLY_UNREADABLE": (
        "Rekap laptop yang tersimpan di kantor cabang rusak dan tidak terbaca. Sinkronkan laptop "
        "itu lagi agar rekapnya terkirim ulang, atau beri tahu admin kantor cabang.",
        "A laptop's stored tally is damaged and cannot be read. Sync that laptop again so that "
        "it sends its tally anew, or tell the branch admin.",
    ),
    "INSECURE_ADDRESS": (
        "Alamat ini memakai http tanpa enkripsi dan bukan komputer ini; tidak ada yang dikirim. "
        "Pakai alamat https kantor cabang.",
        "This address is plain http to another computer; nothing was sent. Use the branch's "
        "https address.",
    ),
    "KEY_ENVELOPE_MISSING": (
        "Amplop kunci di samping basis data tidak ada. Pulihkan dari cadangan: "
        "bpu-branch key restore.",
        "The key envelope beside the database is missing. Restore it from the backup: "
        "bpu-branch key restore.",
    ),
    "MASTER_KEY_EXISTS": (
        "Berkas kunci sudah ada; tidak ditimpa.",
        "A key file is already there; it was not overwritten.",
    ),
    "MASTER_KEY_MISSING": (
        "Kunci induk cabang tidak ditemukan. Berikan --key-file, BPU_BRANCH_KEY_FILE atau "
        "BPU_BRANCH_PASSPHRASE.",
        "The branch master key was not found. Give --key-file, BPU_BRANCH_KEY_FILE or "
        "BPU_BRANCH_PASSPHRASE.",
    ),
    "RECOVERY_KEY_EXISTS": (
        "Berkas kunci pemulihan sudah ada; tidak ditimpa.",
        "A recovery key file is already there; it was not overwritten.",
    ),
    "WORKERS_SQLITE": (
        "SQLite hanya punya satu penulis: server cabang di atas SQLite berjalan dengan satu "
        "proses. Pakai PostgreSQL untuk beberapa proses.",
        "SQLite has one writer: a branch server on SQLite runs one process. Use PostgreSQL for "
        "several processes.",
    ),
    "TLS_REQUIRED": (
        "Server hanya boleh mendengarkan alamat selain komputer ini dengan --tls.",
        "The server may listen on an address other than this computer only with --tls.",
    ),
    "NAME_FORMAT": (
        "Nama hanya boleh berisi huruf, spasi dan tanda . ' - , dan tidak boleh terlalu panjang.",
        "A name may only hold letters, spaces and . ' - , and must not be too long.",
    ),
    "CASH_MISMATCH": (
        "Uang tunai yang diterima tidak sama dengan total iuran.",
        "The cash received differs from the contribution total.",
    ),
    "TEXT_TOO_LONG": ("Teks terlalu panjang.", "The text is too long."),
    "FILE_NOT_FOUND": ("Berkas tidak ditemukan.", "File not found."),
    "FILE_NOT_JSON": ("Berkas bukan JSON yang sah.", "The file is not valid JSON."),
    "TYPE_INVALID": ("Jenis nilai salah.", "Wrong kind of value."),
    "ACCOUNT_LOCKED": (
        "Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi nanti.",
        "The account is locked after too many failed attempts. Try again later.",
    ),
    "USAGE": ("Perintah salah.", "Wrong usage."),
    "NETWORK": (
        "Kantor cabang tidak dapat dihubungi. Periksa alamat server dan jaringan; data yang "
        "belum terkirim tetap tersimpan di laptop.",
        "The branch cannot be reached. Check the server address and the network; records not "
        "sent yet stay on the laptop.",
    ),
    "DB_UNREACHABLE": (
        "Basis data cabang tidak bisa dihubungi: periksa --db atau BPU_BRANCH_DB, dan apakah "
        "PostgreSQL berjalan.",
        "The branch database cannot be reached: check --db or BPU_BRANCH_DB, and whether "
        "PostgreSQL is running.",
    ),
    "PORT_IN_USE": (
        "Alamat ini sudah dipakai program lain: hentikan program itu atau pilih --port lain.",
        "This address is already in use by another program: stop it or choose another --port.",
    ),
    "SERVER_UNREACHABLE": (
        "Server kantor cabang tidak dapat dihubungi.",
        "The branch server cannot be reached.",
    ),
    "SERVER_INVALID": (
        "Alamat ini bukan server kantor cabang BPU Enroll.",
        "This address is not a BPU Enroll branch server.",
    ),
}

# Words used for the `expected` param of TYPE_INVALID.
_KINDS: dict[str, tuple[str, str]] = {
    "text": ("teks", "text"),
    "integer": ("bilangan bulat", "a whole number"),
    "boolean": ("true atau false", "true or false"),
    "object": ("objek JSON", "a JSON object"),
    "list": ("daftar JSON", "a JSON list"),
    "date": ("tanggal TTTT-BB-HH", "a date YYYY-MM-DD"),
}
_MISSING = "…"


class _Params(dict[str, str]):
    """Format params that leave a placeholder visible instead of failing when one is missing."""

    def __missing__(self, key: str) -> str:
        return _MISSING


def _param_text(value: Any) -> str:
    """A value as a message shows it: a list (receipt numbers) as `a, b, c`."""
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def message(code: str, lang: str = "id", **params: Any) -> str:
    """The text for `code` in `lang` ("id" or "en"; anything else falls back to Indonesian).

    `USAGE` takes `why=KEY` (`usage_errors.USAGE_DETAILS`) or a `detail` shown as given."""
    index = 1 if lang == "en" else 0
    texts = _MESSAGES.get(code) or BRANCH_MESSAGES.get(code)
    if texts is None:
        return f"{code}"
    if not params and code in _WITHOUT_PARAMS:
        return _WITHOUT_PARAMS[code][index]
    values = _Params({key: _param_text(value) for key, value in params.items()})
    why = USAGE_DETAILS.get(str(params.get("why"))) if code == "USAGE" else None
    if why is not None:  # what was wrong with the command line, in the same language
        values["detail"] = why[index].format_map(values)
    if code == "TYPE_INVALID" and "expected" in params:
        kind = _KINDS.get(str(params["expected"]))
        if kind is not None:
            values["expected"] = kind[index]
    return texts[index].format_map(values)


@dataclass(frozen=True, slots=True)
class Problem:
    """One error or warning about one field (`address.village_code` for nested fields)."""

    field: str
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        """The JSON form: `{"field", "code", "message"}`."""
        return {"field": self.field, "code": self.code, "message": self.message}


def problem(field: str, code: str, lang: str = "id", **params: Any) -> Problem:
    """A `Problem` with its message in `lang`."""
    return Problem(field=field, code=code, message=message(code, lang, **params))


class BpuError(Exception):
    """A refusal with a stable code, raised by loaders, the store and the services."""

    def __init__(self, code: str, field: str = "", **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.field = field
        self.params = params

    def message(self, lang: str = "id") -> str:
        """The message for this error in `lang`."""
        return message(self.code, lang, **self.params)

    def to_problem(self, lang: str = "id") -> Problem:
        """This error as a `Problem`."""
        return Problem(field=self.field, code=self.code, message=self.message(lang))

    def __str__(self) -> str:
        return f"{self.code}: {self.message('en')}"


class Refusals(BpuError):
    """Several refusals of one request said at once, each with its own code and parameters: a
    USB file's receipt numbers of which some are not held here (`RECEIPT_NOT_HELD`) and some
    purged (`RECEIPT_PURGED`); refused one kind at a time, the second came only at the next try.
    Its code, field and parameters are the first refusal's (what a command's JSON names); its
    message says each in turn."""

    def __init__(self, refusals: Sequence[BpuError]) -> None:
        first = refusals[0]
        super().__init__(first.code, first.field, **first.params)
        self.refusals = tuple(refusals)

    def message(self, lang: str = "id") -> str:
        """Each refusal's message, in order."""
        return " ".join(refusal.message(lang) for refusal in self.refusals)
