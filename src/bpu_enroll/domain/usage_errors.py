"""What was wrong with a command line: the detail of a `USAGE` refusal, in Indonesian and English.

A command raises `USAGE` with `why=KEY` (and the key's placeholders); `errors.message` says
"Perintah salah: …" / "Wrong usage: …" with the detail in the same language. Option names and
file names stay as typed. A detail with no key here (argparse's own words) is shown as given.
"""

from __future__ import annotations

# key → (Indonesian, English). `{name}` placeholders are filled from the params.
USAGE_DETAILS: dict[str, tuple[str, str]] = {
    "officer_required": ("--officer wajib diberikan", "--officer is required"),
    "password_env": (
        "{variable} tidak diisi dan tidak ada terminal untuk menanyakannya",
        "{variable} is not set and no terminal to ask",
    ),
    "passwords_differ": ("kedua kata sandi tidak sama", "the two passwords differ"),
    "no_server": (
        "tidak ada --server dan laptop ini belum terdaftar di kantor cabang",
        "no --server and no enrolled branch",
    ),
    "out_or_json": (
        "berikan --out BERKAS.pdf, --json atau keduanya",
        "give --out FILE.pdf, --json or both",
    ),
    "keys_object": (
        "--keys: seharusnya objek JSON {{perangkat: kunci base64}}",
        "--keys: expected a JSON object {{device: base64 key}}",
    ),
    "device_key_form": (
        "--device-key: seharusnya KODE=BASE64",
        "--device-key: expected CODE=BASE64",
    ),
    "device_key_entry": (
        "bukan entri kunci perangkat: {entry}",
        "not a device key entry: {entry}",
    ),
    "device_key_size": (
        "perangkat {device}: seharusnya kunci publik base64 32 bita",
        "device {device}: expected a base64 32-byte public key",
    ),
    "not_a_url": (
        "bukan alamat server http:// atau https://: {server}",
        "not an http:// or https:// server address: {server}",
    ),
    "address_only": (
        "berikan alamat server saja (skema, host dan port)",
        "give the server address only (scheme, host and port)",
    ),
    "https_fingerprint": (
        "server https memerlukan sidik jari sertifikatnya (--fingerprint, atau KODE@sha256:…)",
        "an https server needs its certificate fingerprint (--fingerprint, or CODE@sha256:…)",
    ),
    "kpj_range": (
        "--kpj-range berbentuk AWAL-AKHIR, dua angka",
        "--kpj-range is FIRST-LAST, two numbers",
    ),
    "ttl_minutes": (
        "--ttl-minutes harus antara 1 dan 10080",
        "--ttl-minutes must be between 1 and 10080",
    ),
    "receipt_too_large": (
        "berkas terlalu besar untuk sebuah tanda terima",
        "the file is too large to be a receipt",
    ),
    "date_format": ("{option} harus berbentuk TTTT-BB-HH", "{option} must be YYYY-MM-DD"),
    "to_before_from": ("--to lebih awal dari --from", "--to is before --from"),
    "period": (
        "berikan --date T, atau --from T1 --to T2",
        "give --date D, or --from D1 --to D2",
    ),
    "db_url": ("--db bukan URL basis data", "--db is not a database URL"),
    "branch_code": (
        "kode cabang harus 1 sampai 16 huruf atau angka",
        "the branch code must be 1 to 16 letters or digits",
    ),
    "province": (
        "provinsi harus kode Kemendagri dua angka",
        "the province must be a two-digit Kemendagri code",
    ),
    "kpj_numbers": (
        "rentang KPJ harus angka 11 digit, awal ≤ akhir",
        "the KPJ range must be 11-digit numbers, first ≤ last",
    ),
    "role": ("peran harus salah satu dari {roles}", "role must be one of {roles}"),
    "username": (
        "nama pengguna terdiri dari 1 sampai 64 huruf a-z atau A-Z, angka 0-9 atau titik "
        "(tanpa huruf beraksen atau huruf abjad lain, yang tampak seperti huruf biasa)",
        "a user name is 1 to 64 letters a-z or A-Z, digits 0-9 or dots (no accented letters "
        "or letters of other alphabets, which look like plain ones)",
    ),
    "password_empty": ("kata sandi tidak boleh kosong", "the password cannot be empty"),
    "officer_name": (
        "nama petugas terdiri dari 1 sampai 100 karakter yang terlihat, dalam satu baris",
        "an officer's name is 1 to 100 characters of visible text on one line",
    ),
}
