"""The branch server's refusal codes and their messages in Indonesian and English.

The server answers `{"error": {"code", "message"}}` with an English message for logs and
scripts; the workspace and `bpu-branch` show the message of the code in the user's language
(`errors.message` looks here too). Codes stay as they are in JSON.
"""

from __future__ import annotations

# code → (Indonesian, English)
BRANCH_MESSAGES: dict[str, tuple[str, str]] = {
    "ROLE_REFUSED": (
        "Akun Anda tidak berhak melakukan ini (hanya supervisor).",
        "Your account may not do this (supervisors only).",
    ),
    "SESSION_INVALID": (
        "Sesi masuk sudah berakhir; silakan masuk lagi.",
        "The sign-in has expired; please sign in again.",
    ),
    "LOGIN_FAILED": ("Nama pengguna atau kata sandi salah.", "Wrong user name or password."),
    "NOT_IN_QUEUE": (
        "Data ini sudah diputuskan orang lain; muat ulang antrean.",
        "Someone already decided on this record; reload the queue.",
    ),
    "NIK_EXISTS": (
        "Pekerja ini sudah menjadi peserta, jadi data tidak bisa diterima. Tolak atau minta "
        "perbaikan.",
        "This worker is already a participant, so the record cannot be accepted. Reject it or "
        "request a correction.",
    ),
    "IS_DUPLICATE": (
        "Pekerja ini masih menjadi peserta, jadi data ganda tidak bisa diterima: konfirmasikan "
        "sebagai data ganda.",
        "The worker is still a participant, so a duplicate cannot be accepted: confirm it as a "
        "duplicate instead.",
    ),
    "IS_ACCEPTED": (
        "Versi yang dipegang kantor cabang sudah diterima (peserta dengan nomor KPJ), jadi tidak "
        "bisa ditolak: pertahankan (terima); perubahan dikirim sebagai perbaikan dari laptop.",
        "The version the branch holds is accepted (a participant with a KPJ), so it cannot be "
        "rejected: keep it (accept); a change is sent as a correction from the laptop.",
    ),
    "IS_VOIDED": (
        "Versi yang dipegang kantor cabang adalah tanda terima yang dibatalkan: pertahankan "
        "(terima).",
        "The version the branch holds is a voided receipt: keep it (accept).",
    ),
    "NOT_DUPLICATE": (
        "Hanya data ganda yang bisa dikonfirmasi sebagai ganda.",
        "Only a duplicate can be confirmed.",
    ),
    "REASON_REQUIRED": ("Penolakan memerlukan kode alasan.", "A rejection needs a reason code."),
    "REASON_INVALID": (
        "Kode alasan tidak sah (2 sampai 32 huruf besar atau angka, tanpa NIK).",
        "The reason code is not valid (2 to 32 capital letters or digits, never a NIK).",
    ),
    "NOTE_HAS_NIK": ("Catatan tidak boleh memuat NIK.", "A note must not contain a NIK."),
    "NOTE_INVALID": (
        "Catatan memuat karakter yang tidak diizinkan.",
        "The note holds characters that are not allowed.",
    ),
    "NOTE_REQUIRED": (
        "Alasan lain memerlukan catatan yang menjelaskannya.",
        "Another reason needs a note that says what it is.",
    ),
    "REGISTRY_EXHAUSTED": (
        "Nomor KPJ cabang sudah habis; hubungi administrator.",
        "The branch has no KPJ numbers left; ask the administrator.",
    ),
    "EXPORT_EXISTS": (
        "Berkas ekspor dengan nama ini sudah ada; ekspor tidak pernah menimpa berkas lama. "
        "Pilih folder lain.",
        "An export file of this name exists already; an export never overwrites a file. "
        "Choose another folder.",
    ),
    "EXPORT_RECORD_UNREADABLE": (
        "Ekspor ditolak: {count} data tersimpan rusak dan tidak terbaca (nomor tanda terima "
        "{receipts}). Tidak ada yang diekspor atau dicatat. Kantor cabang meminta "
        "salinannya dari laptop yang membuatnya, dan salinan itu memperbaikinya pada "
        "sinkronisasi laptop berikutnya (bpu-branch check menunjukkan kerusakannya). Lalu "
        "ekspor lagi.",
        "Export refused: {count} stored record(s) are damaged and cannot be read (receipt "
        "number(s) {receipts}). Nothing was exported or recorded. The branch asks the laptop "
        "that made them for its copy, which repairs them at that laptop's next sync "
        "(bpu-branch check shows the damage). Then export again.",
    ),
    "RECORD_UNREADABLE": (
        "Data tersimpan dengan nomor tanda terima {receipts} rusak dan tidak terbaca. Kantor "
        "cabang sudah meminta salinannya dari laptop yang membuatnya: laptop itu mengirimnya "
        "lagi pada sinkronisasi berikutnya, dan salinan itu memperbaikinya. Buka lagi setelah "
        "itu.",
        "The stored record with receipt number {receipts} is damaged and cannot be read. The "
        "branch has asked the laptop that made it for its copy: that laptop sends it again at "
        "its next sync, and the copy repairs it. Open it again after that.",
    ),
    "CONFLICT_UNREADABLE": (
        "Versi lain yang diterima untuk data dengan nomor tanda terima {receipts} rusak dan "
        "tidak terbaca; versi yang disimpan tetap berlaku. Laptop tidak dapat mengirimnya lagi: "
        "beri tahu admin kantor cabang (bpu-branch check menunjukkannya; pulihkan dari "
        "cadangan terakhir yang dinyatakan utuh oleh check).",
        "A different version received for the record with receipt number {receipts} is "
        "damaged and cannot be read; the held version stands. A laptop cannot send it again: "
        "tell the branch admin (bpu-branch check shows it; restore from the last backup that "
        "check finds sound).",
    ),
    "EXPORT_UNKNOWN": ("Tidak ada ekspor dengan nomor ini.", "No export has this id."),
    "EXPORT_FILES_GONE": (
        "Cabang tidak lagi menyimpan berkas ekspor ini (disimpan 7 hari); buat ekspor lengkap "
        "(Semuanya).",
        "The branch no longer keeps this export's files (kept 7 days); make a full export "
        "(Everything).",
    ),
    "EXPORT_INVALID": (
        "Berkas ekspor dari cabang tidak terbaca; ekspor lagi.",
        "The branch's export cannot be read; export again.",
    ),
    "RESEAL_DAMAGED_KEPT": (
        "{count} baris rusak dan tidak terbuka, jadi tidak disegel dan dibiarkan apa adanya "
        "(tidak dihapus): {rows}. Baris lain sudah disegel. Jalankan bpu-branch check, yang "
        "menyebutkannya beserta cara memperbaikinya; setelah diperbaiki, jalankan reseal lagi.",
        "{count} damaged row(s) did not open, so they were not sealed and are left as they are "
        "(not deleted): {rows}. The other rows are sealed. Run bpu-branch check, which names "
        "them and how to repair them; once repaired, run reseal again.",
    ),
    "TALLY_UNREADABLE": (
        "Rekap laptop {device} untuk tanggal {date} yang tersimpan di kantor cabang rusak dan "
        "tidak terbaca. Sinkronkan laptop itu lagi agar rekapnya terkirim ulang, atau beri tahu "
        "admin kantor cabang.",
        "The stored tally of laptop {device} for {date} is damaged and cannot be read. Sync "
        "that laptop again so that it sends its tally anew, or tell the branch admin.",
    ),
    "TALLY_HASH_INVALID": (
        "Sidik rekap tidak cocok dengan angkanya: berkas telah diubah.",
        "The tally's fingerprint does not match its figures: the file was altered.",
    ),
    "REPORT_DATE_FUTURE": (
        "Laporan laptop bertanggal sesudah besok menurut jam kantor cabang; periksa tanggal dan "
        "jam laptop itu.",
        "The laptop's report is dated after tomorrow by the branch's clock; check that laptop's "
        "date and time.",
    ),
    "REPORT_DATE_PAST": (
        "Rekap dalam laporan laptop bertanggal lebih dari seminggu sebelum hari ini menurut jam "
        "kantor cabang; laptop hanya mengirim rekap seminggu terakhir. Periksa tanggal dan jam "
        "laptop itu.",
        "A tally in the laptop's report is dated more than a week before today by the branch's "
        "clock; a laptop sends the tallies of the last week only. Check that laptop's date and "
        "time.",
    ),
    "TALLY_OFFICER_NIK": (
        "Rekap ini memuat NIK di kolom petugas, jadi ditolak: rekonsiliasi tidak menampilkan NIK.",
        "This tally holds a NIK in its officer column, so it is refused: reconciliation shows no "
        "NIK.",
    ),
    "TALLY_TEXT_NIK": (
        "Rekap ini memuat NIK di teksnya (lokasi kerja, nama kelompok pekerjaan atau teks lain), "
        "jadi ditolak: rekonsiliasi menampilkan teks itu dan tidak menampilkan NIK.",
        "This tally holds a NIK in its text (a work location, an occupation group's name or "
        "other text), so it is refused: reconciliation shows that text and shows no NIK.",
    ),
    "TALLY_DEVICE": (
        "Rekap ini milik laptop lain.",
        "This tally belongs to another laptop.",
    ),
    "PERIOD_INVALID": (
        "Periode tidak sah: beri satu tanggal, atau tanggal awal dan akhir (paling lama setahun).",
        "The period is not valid: give one date, or a first and last day (a year at most).",
    ),
    "TALLY_FINGERPRINT_INVALID": (
        "Sidik rekap tidak sah: 64 karakter heksadesimal, seperti yang tercetak di kaki rekap.",
        "The tally fingerprint is not valid: 64 hexadecimal characters, as printed at the "
        "tally's foot.",
    ),
    "ENROL_TTL_INVALID": (
        "Masa berlaku kode pendaftaran harus antara 10 menit dan 24 jam.",
        "An enrolment code's lifetime must be between 10 minutes and 24 hours.",
    ),
    "DEVICE_UNKNOWN": (
        "Laptop dengan kode perangkat ini tidak terdaftar di cabang.",
        "No laptop with this device code is enrolled at the branch.",
    ),
    "DEVICE_REVOKED": ("Laptop ini sudah dicabut aksesnya.", "This laptop has been revoked."),
    "STAFF_USERNAME_INVALID": (
        "Nama pengguna 1 sampai 64 huruf a-z atau A-Z, angka 0-9 atau titik, tanpa spasi, "
        "aksen atau huruf abjad lain.",
        "A user name is 1 to 64 letters a-z or A-Z, digits 0-9 or dots, without spaces, "
        "accents or letters of other alphabets.",
    ),
    "STAFF_USERNAME_NIK": (
        "Nama pengguna ini terbaca sebagai NIK. Nama pengguna tertulis di tanda terima, laporan "
        "dan log audit; pilih nama lain, misalnya nama depan.",
        "This user name reads as a NIK. A user name is written on receipts, tallies and the "
        "audit log; choose another, a first name for example.",
    ),
    "STAFF_NAME_NIK": (
        "Nama ini memuat NIK. Nama staf tertulis di rekap laptop dan dikirim ke setiap laptop; "
        "tulis namanya saja, tanpa NIK.",
        "This name holds a NIK. A staff member's name is written on laptop tallies and sent to "
        "every laptop; write the name only, without the NIK.",
    ),
    "STAFF_NAME_INVALID": (
        "Tulis nama lengkap dalam satu baris, paling banyak 100 karakter, tanpa karakter "
        "kendali atau tak terlihat.",
        "Write the full name on one line, 100 characters at most, without control or "
        "invisible characters.",
    ),
    "STAFF_PASSWORD_EMPTY": (
        "Kata sandi tidak boleh kosong.",
        "The password cannot be empty.",
    ),
    "STAFF_ROLE_INVALID": (
        "Peran harus petugas, petugas administrasi atau supervisor; akun administrator dibuat "
        "di server.",
        "The role must be officer, clerk or supervisor; an administrator is made on the server.",
    ),
    "STAFF_UNKNOWN": (
        "Tidak ada akun dengan nama pengguna ini.",
        "There is no account with this user name.",
    ),
    "STAFF_REVOKE_SELF": (
        "Anda tidak bisa mencabut akun Anda sendiri.",
        "You cannot revoke your own account.",
    ),
    "STAFF_ADMIN_ONLY": (
        "Hanya administrator yang bisa mencabut akun administrator.",
        "Only an administrator can revoke an administrator's account.",
    ),
    "REVOKE_REASON_REQUIRED": (
        "Tulis alasan laptop ini dicabut.",
        "Write why this laptop is revoked.",
    ),
    "REVOKE_REASON_HAS_NIK": ("Alasan tidak boleh memuat NIK.", "A reason must not contain a NIK."),
    "REVOKE_REASON_INVALID": (
        "Alasan harus satu baris pendek (paling banyak 200 karakter).",
        "A reason is one short line (200 characters at most).",
    ),
    "ENROL_CODES_LIMIT": (
        "Masih ada 10 kode pendaftaran yang belum dipakai: pakai salah satu atau tunggu sampai"
        " kedaluwarsa (satu jam).",
        "10 enrolment codes are still unused: use one or wait until one expires (one hour).",
    ),
    "DEVICE_MISMATCH": (
        "Data menyebut perangkat lain.",
        "The data names another device.",
    ),
    "BATCH_FILE_INVALID": (
        "Berkas batch tidak bisa dibuka: rusak atau bukan untuk cabang ini.",
        "The batch file cannot be opened: damaged or not for this branch.",
    ),
    "BATCH_FILE_EMPTY": (
        "Berkas batch kosong (0 bait atau hanya bait nol): penulisannya terputus, misalnya "
        "flashdisk dicabut atau listrik padam saat berkas ditulis, jadi tidak ada pendaftaran di "
        "dalamnya. Tulis berkas itu lagi di laptop yang membuatnya; berkas kosong ini boleh "
        "dihapus.",
        "The batch file is empty (0 bytes, or only zero bytes): its writing was cut off, for "
        "instance the stick pulled out or the power lost while it was written, so it holds no "
        "registration. Write the file again on the laptop that made it; this empty file may be "
        "deleted.",
    ),
    "BATCH_FILE_TRUNCATED": (
        "Berkas batch terpotong: hanya awalnya yang ada, misalnya penyalinannya terputus, jadi "
        "tidak bisa dibuka. Salin lagi dari berkas aslinya, atau tulis lagi di laptop yang "
        "membuatnya.",
        "The batch file is cut short: only its beginning is there, for instance its copying was "
        "cut off, so it cannot be opened. Copy it again from the original, or write it again on "
        "the laptop that made it.",
    ),
    "BATCH_SIGNATURE_INVALID": (
        "Tanda tangan berkas batch tidak sah: berkas telah diubah.",
        "The batch file's signature is not valid: the file was altered.",
    ),
    "BATCH_MISMATCH": (
        "Isi berkas batch tidak sesuai dengan daftarnya.",
        "The batch file's records do not match its list.",
    ),
    "BAD_ANSWER": (
        "Jawaban server cabang tidak terbaca.",
        "The branch server's answer cannot be read.",
    ),
    "REQUEST_INVALID": (
        "Permintaan ke server cabang tidak sah; perbarui aplikasi atau hubungi dukungan.",
        "The request to the branch server is not valid; update the app or call support.",
    ),
    "REQUEST_UNREADABLE": (
        "Permintaan ke server cabang tidak terbaca.",
        "The request to the branch server cannot be read.",
    ),
    "DB_UNREACHABLE": (
        "Basis data cabang tidak bisa dihubungi ({kind}): periksa --db atau BPU_BRANCH_DB, dan "
        "apakah PostgreSQL berjalan.",
        "The branch database cannot be reached ({kind}): check --db or BPU_BRANCH_DB, and "
        "whether PostgreSQL is running.",
    ),
    "BRANCH_DB_DAMAGED": (
        "Basis data cabang rusak dan tidak bisa dibaca; tidak ada yang diubah. Pulihkan dari "
        "cadangan terakhir (packaging/branch/README.md §7), lalu jalankan bpu-branch check.",
        "The branch database is damaged and cannot be read; nothing was changed. Restore it "
        "from the last backup (packaging/branch/README.md §7), then run bpu-branch check.",
    ),
    "NOT_FOUND": (
        "Alamat ini tidak ada di server cabang.",
        "No such address on the branch server.",
    ),
    "METHOD_NOT_ALLOWED": (
        "Server cabang tidak menerima permintaan ini di alamat ini.",
        "The branch server does not take this request at this address.",
    ),
    "ALREADY_INITIALISED": (
        "Cabang sudah disiapkan sebelumnya; tidak ada yang diubah.",
        "The branch is already initialised; nothing was changed.",
    ),
    "OFFICER_EXISTS": (
        "Petugas dengan nama pengguna ini sudah ada.",
        "An officer with this user name already exists.",
    ),
    "REFERENCE_EXISTS": (
        "Versi data acuan ini sudah dipakai; beri nomor versi baru.",
        "This reference-data version is already in use; give it a new version number.",
    ),
    "REFERENCE_INVALID": (
        "Berkas ini bukan data acuan yang sah (aturan iuran, pekerjaan atau wilayah).",
        "This file is not valid reference data (contribution rules, occupations or regions).",
    ),
    "REFERENCE_SIGNATURE_INVALID": (
        "Paket data acuan tidak ditandatangani oleh kantor cabang laptop ini; tidak dipasang.",
        "The reference-data package is not signed by this laptop's branch; not installed.",
    ),
    "SETTING_INVALID": (
        "Nilai pengaturan tidak diterima: retention-days bilangan bulat 1 sampai 3650, "
        "min-app-version seperti 0.2.0 (atau kosong).",
        "Setting value refused: retention-days is a whole number, 1 to 3650; min-app-version "
        "looks like 0.2.0 (or empty).",
    ),
    "SETTING_UNKNOWN": (
        "Tidak ada pengaturan dengan nama ini (yang ada: retention-days, min-app-version).",
        "There is no setting with this name (there are: retention-days, min-app-version).",
    ),
    "STORE_NEWER": (
        "Basis data cabang ditulis oleh versi yang lebih baru; pasang versi terbaru.",
        "The branch database was written by a newer version; install the newest version.",
    ),
    "PORT_IN_USE": (
        "Alamat {address} sudah dipakai program lain: hentikan program itu atau pilih --port lain.",
        "The address {address} is already in use by another program: stop it or choose "
        "another --port.",
    ),
    "ENROL_CODE_INVALID": (
        "Kode pendaftaran tidak dikenal, sudah dipakai atau sudah kedaluwarsa. Minta kode baru "
        "ke kantor cabang.",
        "The enrolment code is unknown, used or expired. Ask the branch for a new code.",
    ),
    "ENROL_DEVICE_REVOKED": (
        "Laptop yang didaftarkan dengan kode ini sudah dicabut oleh kantor cabang. Minta kode "
        "baru ke kantor cabang.",
        "The laptop enrolled with this code was revoked by the branch. Ask the branch for a new "
        "code.",
    ),
    "ENROL_BUSY": (
        "Laptop lain mendaftar pada saat yang sama; coba lagi.",
        "Another laptop enrolled at the same moment; try again.",
    ),
    "DEVICE_KEY_INVALID": (
        "Kunci perangkat laptop ini tidak sah.",
        "This laptop's device key is not valid.",
    ),
    "DEVICE_KEY_KNOWN": (
        "Kunci perangkat ini sudah terdaftar di cabang.",
        "This device key is already enrolled at the branch.",
    ),
    "TIMESTAMP_INVALID": (
        "Waktu pada permintaan tidak sah.",
        "The request's timestamp is not valid.",
    ),
    "TIMESTAMP_STALE": (
        "Jam laptop ini berbeda terlalu jauh dari jam kantor cabang: periksa tanggal dan jam.",
        "This laptop's clock is too far from the branch's: check the date and time.",
    ),
    "NONCE_INVALID": ("Permintaan tidak sah (nonce).", "The request is not valid (nonce)."),
    "NONCE_REPLAYED": (
        "Permintaan ini sudah pernah diterima.",
        "This request was already received.",
    ),
    "SIGNATURE_INVALID": (
        "Tanda tangan permintaan tidak sah.",
        "The request's signature does not verify.",
    ),
    "SIGNATURE_MISSING": (
        "Permintaan ini harus ditandatangani perangkat.",
        "This request must be signed by the device.",
    ),
    "BATCH_FOREIGN": (
        "Batch ini dibuat oleh perangkat lain.",
        "This batch was made by another device.",
    ),
    "BATCH_INVALID": ("Daftar isi batch tidak sah.", "The batch's list is not valid."),
    "BATCH_REPLAYED": (
        "Nomor batch ini sudah dipakai.",
        "This batch id is already in use.",
    ),
    "BATCH_CHANGED": (
        "Batch ini sebelumnya diumumkan dengan data lain.",
        "This batch was announced with other records.",
    ),
    "BATCH_UNKNOWN": (
        "Batch ini belum diumumkan ke kantor cabang.",
        "This batch was not announced to the branch.",
    ),
    "BODY_TOO_LARGE": (
        "Data yang dikirim terlalu besar untuk diterima kantor cabang.",
        "What was sent is too large for the branch to take.",
    ),
    "BUSY": (
        "Basis data kantor cabang sedang sibuk; coba lagi sebentar lagi.",
        "The branch database is busy; try again in a moment.",
    ),
    "SERVER_DISK_FULL": (
        "Disk server kantor cabang penuh. Tidak ada data yang diubah; beri tahu admin kantor "
        "cabang lalu coba lagi nanti.",
        "The branch server's disk is full. Nothing was changed; tell the branch admin and try "
        "again later.",
    ),
    "SERVER_ERROR": (
        "Server kantor cabang mengalami kesalahan; tidak ada data yang diubah. Coba lagi nanti "
        "atau beri tahu admin kantor cabang.",
        "The branch server failed; nothing was changed. Try again later or tell the branch admin.",
    ),
    "CONFLICTING_WRITE": (
        "Orang lain mengubah data yang sama pada saat yang sama; muat ulang lalu coba lagi.",
        "Someone changed the same data at the same moment; reload and try again.",
    ),
    "BRANCH_CODE_NIK": (
        "Kode cabang 16 angka terbaca sebagai NIK: setiap nomor tanda terima cabang ini akan "
        "ditolak. Tidak ada yang dibuat; pilih kode dengan huruf atau dengan panjang lain.",
        "A branch code of 16 digits reads as a NIK: every receipt number of this branch would "
        "be refused. Nothing was set up; choose a code with a letter or of another length.",
    ),
    "CERTIFICATE_INVALID": (
        "Sertifikat kantor cabang yang tersimpan di komputer ini tidak terbaca; siapkan lagi "
        "komputer ini (bpu-enroll workstation-setup dengan sidik jari dari kantor cabang).",
        "The branch certificate kept on this computer cannot be read; set this computer up "
        "again (bpu-enroll workstation-setup with the fingerprint from the branch).",
    ),
}
BRANCH_CODES: frozenset[str] = frozenset(BRANCH_MESSAGES)
