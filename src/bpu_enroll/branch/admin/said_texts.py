"""What `bpu-branch` answers on stdout without `--json`, in Indonesian and English.

Keyed by the command and what it says (`"officer added"`); keys without a command are shared.
`--lang` picks the language, as for `--help` (`admin.help_texts`) and the refusals
(`domain.errors`); `{placeholders}` are filled by `said`. Codes, file names, fingerprints,
numbers and the JSON documents stay as they are; no NIK or other personal data is ever a
placeholder.
"""

from __future__ import annotations

from bpu_enroll.cli.common import said_in

# key → (Indonesian, English)
SAID_TEXTS: dict[str, tuple[str, str]] = {
    "password": ("Kata sandi untuk {username}: ", "Password for {username}: "),
    "active": ("aktif", "active"),
    "revoked": ("dicabut", "revoked"),
    # what became of a record (status, import, verify-receipt)
    "state accepted": ("diterima", "accepted"),
    "state duplicate": ("ganda", "duplicate"),
    "state rejected": ("ditolak", "rejected"),
    "state conflict": ("konflik", "conflict"),
    "state pending_review": ("menunggu pemeriksaan", "pending review"),
    "state voided": ("batal", "void"),
    "state new": ("baru", "new"),
    "state already_received": ("sudah diterima", "already received"),
    # roster_cli
    "init done": (
        "Cabang {branch_code} siap. Sidik jari TLS: {fingerprint}\n"
        "Kunci induk: {master_key}{created}\n"
        "Kunci pemulihan: {recovery_key_file}\n"
        "  Simpan berkas ini di brankas kepala cabang (mis. di USB), lalu hapus dari komputer "
        "ini: server tidak menyimpannya.",
        "Branch {branch_code} is ready. TLS fingerprint: {fingerprint}\n"
        "Master key: {master_key}{created}\n"
        "Recovery key: {recovery_key_file}\n"
        "  Keep this file in the branch head's safe (e.g. on a USB stick), then delete it from "
        "this computer: the server does not keep it.",
    ),
    "init key created": (
        " (baru dibuat; buat cadangannya: bpu-branch key backup)",
        " (just made; back it up: bpu-branch key backup)",
    ),
    "officer added": (
        "Petugas {username} ditambahkan ({role}).",
        "Officer {username} added ({role}).",
    ),
    "officer none": ("(tidak ada petugas)", "(no officers)"),
    "officer revoked": ("Petugas {username} dicabut.", "Officer {username} revoked."),
    "device code": (
        "Kode sekali pakai: {code}\n"
        "Berlaku sampai: {expires}\n"
        "Sidik jari TLS: {fingerprint}\n"
        "{where}\n"
        "Di laptop: bpu-enroll enroll --server {server} --code {pinned}",
        "One-time code: {code}\n"
        "Valid until: {expires}\n"
        "TLS fingerprint: {fingerprint}\n"
        "{where}\n"
        "On the laptop: bpu-enroll enroll --server {server} --code {pinned}",
    ),
    # what `device code` knows of the branch's address: its certificate's names, not the port
    "device code addresses": (
        "Alamat cabang untuk aplikasi petugas (salah satu), dari sertifikat cabang, dengan port "
        "bawaan {port} (bila serve dijalankan dengan --port lain, pakai port itu):\n{addresses}",
        "Branch addresses for the officer's app (any one of them), from the branch's "
        "certificate, at the default port {port} (if serve was started with another --port, use "
        "that port):\n{addresses}",
    ),
    "device code loopback": (
        "Sertifikat cabang hanya menyebut alamat mesin ini sendiri ({addresses}), yang tidak "
        "bisa dipakai laptop: ketik alamat jaringan server (admin cabang mengetahuinya) dengan "
        "port yang diberikan ke serve --port (bawaan {port}).",
        "The branch's certificate names only this machine's own address ({addresses}), which a "
        "laptop cannot use: type the server's network address (the branch admin knows it) with "
        "the port serve was given with --port ({port} by default).",
    ),
    "device code no address": (
        "Sertifikat cabang tidak menyebut alamat: ketik alamat jaringan server (admin cabang "
        "mengetahuinya) dengan port yang diberikan ke serve --port (bawaan {port}).",
        "The branch's certificate names no address: type the server's network address (the "
        "branch admin knows it) with the port serve was given with --port ({port} by default).",
    ),
    "device code server": ("https://ALAMAT-CABANG:{port}", "https://BRANCH-ADDRESS:{port}"),
    "device line": (
        "{code}\t{state}\tterdaftar {enrolled}\tkontak terakhir {seen}\t{label}",
        "{code}\t{state}\tenrolled {enrolled}\tlast contact {seen}\t{label}",
    ),
    "device none": ("(tidak ada perangkat)", "(no devices)"),
    "device revoked": ("Perangkat {code} dicabut.", "Device {code} revoked."),
    # records_cli
    "status batches": ("batch diterima: {count}", "batches received: {count}"),
    "status devices": ("laptop aktif: {count}", "active laptops: {count}"),
    "status gaps": ("celah nomor tanda terima: {count}", "gaps in receipt numbers: {count}"),
    "verify-receipt valid": (
        "SAH {receipt_number} ({device}, {officer}): {state} {kpj}",
        "VALID {receipt_number} ({device}, {officer}): {state} {kpj}",
    ),
    # {words}: the reason code's message (domain.errors), then the code itself for scripts
    "verify-receipt not valid": ("TIDAK SAH: {words} ({reason})", "NOT VALID: {words} ({reason})"),
    "verify-receipt DEVICE_REVOKED": (
        "Laptop menerbitkannya setelah dicabut oleh kantor cabang.",
        "The laptop issued it after the branch revoked it.",
    ),
    "audit-verify intact": (
        "Rantai audit utuh: {entries} entri.",
        "Audit chain intact: {entries} {entries:entry|entries}.",
    ),
    # records_cli: check
    "check progress": (
        "Diperiksa {done} dari {total} pendaftaran…",
        "Checked {done} of {total} registrations…",
    ),
    "check read": (
        "Diperiksa: {records} pendaftaran, {conflicts} versi lain yang disimpan terpisah, "
        "{tallies} rekap laptop, {packages} paket referensi, {entries} entri audit.",
        "Checked: {records} {records:registration|registrations}, {conflicts} different "
        "{conflicts:version|versions} kept apart, {tallies} laptop {tallies:tally|tallies}, "
        "{packages} reference {packages:package|packages}, {entries} audit "
        "{entries:entry|entries}.",
    ),
    "check record unreadable": (
        "RUSAK: pendaftaran nomor tanda terima {receipt_no} (laptop {device}, {date}) tidak "
        "terbaca.",
        "DAMAGED: the registration with receipt number {receipt_no} (laptop {device}, {date}) "
        "cannot be read.",
    ),
    "check record altered": (
        "RUSAK: pendaftaran nomor tanda terima {receipt_no} (laptop {device}, {date}) tidak "
        "lagi cocok dengan sidiknya (isinya berubah setelah diterima).",
        "DAMAGED: the registration with receipt number {receipt_no} (laptop {device}, {date}) "
        "no longer matches its fingerprint (its content changed after it was received).",
    ),
    "check record repair": (
        "Perbaikan: kantor cabang meminta salinannya dari laptop itu; laptop itu mengirimnya "
        "sendiri pada sinkronisasi berikutnya lewat jaringan, dan salinan yang sidiknya sama "
        "menggantikan data yang rusak. Jalankan check lagi setelah laptop itu sinkron. Tanpa "
        "jaringan: di laptop itu tulis berkas USB untuk nomor tanda terimanya (bpu-enroll "
        "export-batch --receipt NOMOR --out BERKAS) lalu impor di sini (bpu-branch import "
        "BERKAS).",
        "To repair: the branch asks that laptop for its copy; the laptop sends it by itself at "
        "its next sync over the network, and a copy with the same fingerprint replaces the "
        "damaged data. Run check again after that laptop has synced. Without a network: on that "
        "laptop write a USB file for its receipt number (bpu-enroll export-batch --receipt "
        "NUMBER --out FILE) and import it here (bpu-branch import FILE).",
    ),
    "check record unavailable": (
        "Laptop {device} tidak lagi menyimpan pendaftaran {receipt_no}: pulihkan dari cadangan "
        "terakhir yang dinyatakan utuh oleh check.",
        "Laptop {device} no longer has the registration {receipt_no}: restore it from the last "
        "backup that check finds sound.",
    ),
    "check record unusable": (
        "Salinan pendaftaran {receipt_no} yang dikirim laptop {device} tidak cocok dengan "
        "sidiknya: pulihkan dari cadangan terakhir yang dinyatakan utuh oleh check.",
        "The copy of the registration {receipt_no} that laptop {device} sent does not match its "
        "fingerprint: restore it from the last backup that check finds sound.",
    ),
    "check record device_revoked": (
        "Laptop {device} sudah dicabut sehingga tidak akan mengirim salinan pendaftaran "
        "{receipt_no}: pulihkan dari cadangan terakhir yang dinyatakan utuh oleh check, atau di "
        "laptop itu tulis berkas USB untuk nomor tanda terimanya (bpu-enroll export-batch "
        "--receipt {receipt_no} --out BERKAS) lalu impor di sini (bpu-branch import BERKAS).",
        "Laptop {device} is revoked, so it will never send its copy of the registration "
        "{receipt_no}: restore it from the last backup that check finds sound, or on that laptop "
        "write a USB file for its receipt number (bpu-enroll export-batch --receipt "
        "{receipt_no} --out FILE) and import it here (bpu-branch import FILE).",
    ),
    "check conflict unreadable": (
        "RUSAK: versi lain yang diterima untuk pendaftaran nomor tanda terima {receipt_no} "
        "(laptop {device}, {date}) tidak terbaca.",
        "DAMAGED: a different version received for the registration with receipt number "
        "{receipt_no} (laptop {device}, {date}) cannot be read.",
    ),
    "check conflict repair": (
        "Perbaikan: pendaftaran yang disimpan tetap berlaku dan tidak terkena; versi yang rusak "
        "adalah versi lain yang dikirim laptop dengan id yang sama, disimpan terpisah untuk "
        "pemeriksaan, dan tidak ada laptop yang mengirimnya lagi: pulihkan dari cadangan "
        "terakhir yang dinyatakan utuh oleh check. Sampai itu, rinciannya di ruang kerja ditolak "
        "(CONFLICT_UNREADABLE).",
        "To repair: the held registration stands and is not affected; the damaged one is a "
        "different version a laptop sent under the same id, kept apart for review, and no "
        "laptop sends it again: restore it from the last backup that check finds sound. Until "
        "then its detail in the workspace is refused (CONFLICT_UNREADABLE).",
    ),
    "check kept receipt_shape": (
        "TERSIMPAN DARI DULU: {count} pendaftaran dengan nomor tanda terima yang bukan bentuk "
        "nomor laptop (kini ditolak saat tiba), disamarkan; disimpan seperti dikirim, tidak ada "
        "yang dihapus:",
        "KEPT FROM BEFORE: {count} {count:registration|registrations} with a receipt number not "
        "of a laptop's shape (refused on arrival now), masked; kept as sent, nothing deleted:",
    ),
    "check kept record": (
        "  {receipt_no} (laptop {device}, tanggal {date}, id {id})",
        "  {receipt_no} (laptop {device}, {date}, id {id})",
    ),
    "check kept receipt_shape way": (
        "Jalan keluar: masing-masing ditolak saat tiba dan tidak pernah diekspor; tetap disimpan "
        "sebagai catatan. Periksa laptop yang disebut: laptop yang menulis nomor seperti itu "
        "tidak lagi seperti saat diserahkan; cabut (bpu-branch device revoke KODE) lalu daftarkan "
        "lagi.",
        "Way out: each was rejected when it arrived and is never exported; it stays kept as a "
        "record. Check the laptop named: one that writes such numbers is not as it was issued; "
        "revoke it (bpu-branch device revoke CODE) and enrol it again.",
    ),
    "check kept receipt_shared": (
        "TERSIMPAN DARI DULU: {count} pendaftaran berbagi nomor tanda terima dengan pendaftaran "
        "lain dari laptop yang sama (diberikan dua kali sebelum kantor cabang menolaknya sebagai "
        "RECEIPT_NUMBER_TAKEN); semuanya berlaku seperti diterima, tidak ada yang diubah:",
        "KEPT FROM BEFORE: {count} {count:registration shares|registrations share} a receipt "
        "number with another registration of the same laptop (given twice before the branch "
        "refused it as RECEIPT_NUMBER_TAKEN); each stands as received, nothing is changed:",
    ),
    "check kept receipt_shared way": (
        "Jalan keluar: tiap kertas tanda terima dengan nomor itu mewakili lebih dari satu "
        "pekerja, masing-masing pendaftaran tersendiri (dengan KPJ sendiri bila diterima). Bila "
        "pekerja menunjukkannya, periksa "
        "kode QR-nya (Periksa tanda terima di ruang kerja): kode itu menyebut pendaftarannya "
        "sendiri. Pendaftaran baru tidak bisa lagi memakai nomor yang sudah dipakai.",
        "Way out: each paper receipt of such a number stands for more than one worker, each a "
        "registration of their own (with their own KPJ once accepted). When a worker shows one, "
        "check its QR code (Check a receipt in the "
        "workspace): it names that worker's own registration. A new registration can no longer "
        "take a number already held.",
    ),
    "check kept username_case": (
        "TERSIMPAN DARI DULU: {count} akun staf dengan nama pengguna yang hanya berbeda huruf "
        "besar-kecilnya (kini ditolak sebagai OFFICER_EXISTS); tidak ada yang diubah:",
        "KEPT FROM BEFORE: {count} staff {count:account|accounts} whose user names differ only "
        "in letter case (refused as OFFICER_EXISTS now); nothing is changed:",
    ),
    "check kept account": (
        "  {username} (peran {role}, {status_said})",
        "  {username} (role {role}, {status_said})",
    ),
    "check kept username_case way": (
        "Jalan keluar: di tanda terima, rekap, dan log audit nama-nama itu terbaca sebagai satu "
        "orang. Tiap akun tetap bisa masuk seperti biasa; cabut akun yang tidak dipakai lagi "
        "(bpu-branch officer revoke NAMA_PENGGUNA) dan beri pemiliknya akun dengan nama lain. "
        "Yang sudah ditandatangani tetap atas nama lamanya.",
        "Way out: on receipts, tallies and audit lines those names read as one person. Each "
        "account still signs in as before; revoke the one no longer used (bpu-branch officer "
        "revoke USERNAME) and give its owner an account of another name. What each signed "
        "stays under its old name.",
    ),
    "check kept date_past": (
        "TERSIMPAN DARI DULU: {count} rekap laptop bertanggal sebelum hari-hari yang dilaporkan "
        "laptop saat tiba (kini ditolak sebagai REPORT_DATE_PAST); tidak ada yang dihapus:",
        "KEPT FROM BEFORE: {count} laptop {count:tally|tallies} dated before the days a laptop "
        "reports when {count:it|they} arrived (refused as REPORT_DATE_PAST now); nothing "
        "deleted:",
    ),
    "check kept officer_nik": (
        "TERSIMPAN DARI DULU: {count} rekap laptop yang menyebut petugas dengan NIK (kini "
        "ditolak sebagai TALLY_OFFICER_NIK), NIK disamarkan; tidak ada yang dihapus:",
        "KEPT FROM BEFORE: {count} laptop {count:tally|tallies} naming an officer with a NIK "
        "(refused as TALLY_OFFICER_NIK now), the NIK masked; nothing deleted:",
    ),
    "check kept text_nik": (
        "TERSIMPAN DARI DULU: {count} rekap laptop yang memuat NIK dalam teksnya (lokasi kerja, "
        "nama kelompok; kini ditolak sebagai TALLY_TEXT_NIK); tidak ada yang dihapus:",
        "KEPT FROM BEFORE: {count} laptop {count:tally|tallies} holding a NIK in {count:its|their} "
        "text (a work location, a group's name; refused as TALLY_TEXT_NIK now); nothing deleted:",
    ),
    "check kept tally": ("  laptop {device}, tanggal {date}", "  laptop {device}, {date}"),
    "check kept tally officer": (
        "  laptop {device}, tanggal {date}: {officer}",
        "  laptop {device}, {date}: {officer}",
    ),
    "check kept date_past way": (
        "Jalan keluar: tidak ada laptop yang mengirim rekap hari-hari itu lagi, jadi tetap "
        "tersimpan; sebelum memakainya dalam rekonsiliasi, bandingkan dengan rekap laptop itu "
        "sendiri untuk hari itu (bpu-enroll tally --date TANGGAL di laptop).",
        "Way out: no laptop sends a tally of those days again, so they stay kept; before "
        "relying on one in the reconciliation, compare it with that laptop's own tally of the "
        "day (bpu-enroll tally --date DAY on the laptop).",
    ),
    "check kept officer_nik way": (
        "Jalan keluar: di laptop itu beri petugas nama pengguna yang bukan NIK lalu sinkronkan; "
        "rekap hari yang masih dilaporkannya menggantikan yang tersimpan. Yang lebih lama tetap "
        "tersimpan dan rekonsiliasi menampilkan nama itu: beri tahu supervisor.",
        "Way out: on that laptop give the officer a user name that is not a NIK and sync it; "
        "its tally of a day it still reports replaces the kept one. An older one stays kept and "
        "the reconciliation shows that name: tell the supervisor.",
    ),
    "check kept text_nik way": (
        "Jalan keluar: rekap itu tetap tersimpan dan rekonsiliasi menampilkan teks itu: beri "
        "tahu supervisor. Rekap laptop itu yang memuat NIK kini ditolak; minta petugasnya "
        "mengoreksi pendaftaran yang teksnya memuat NIK itu.",
        "Way out: it stays kept and the reconciliation shows that text: tell the supervisor. "
        "That laptop's tallies holding the NIK are refused now; have its officer correct the "
        "registration whose text holds it.",
    ),
    "check tally": (
        "RUSAK: rekap laptop {device} untuk tanggal {date} tidak terbaca.",
        "DAMAGED: the tally of laptop {device} for {date} cannot be read.",
    ),
    "check tally repair": (
        "Perbaikan: sinkronkan laptop itu lagi; rekap barunya menggantikan yang rusak.",
        "To repair: sync that laptop again; its new tally replaces the damaged one.",
    ),
    "check package": (
        "RUSAK: tanda tangan paket referensi {kind} {version} tidak sah.",
        "DAMAGED: the signature of reference package {kind} {version} does not verify.",
    ),
    "check sound": ("Tidak ada yang rusak.", "Nothing is damaged."),
    "check damaged": (
        "Ada data yang rusak (lihat di atas).",
        "Something is damaged (see above).",
    ),
    "export done": (
        "Ekspor {export_id}: {rows} baris (baru {new}, perubahan {update}, batal {void}) di {out}\n"
        "Manifes: {manifest} (SHA-256 {sha256})",
        "Export {export_id}: {rows} {rows:row|rows} (new {new}, changed {update}, void {void}) "
        "in {out}\n"
        "Manifest: {manifest} (SHA-256 {sha256})",
    ),
    "tally period": ("{first} s.d. {last}", "{first} to {last}"),
    "tally done": (
        "Rekap {period}: {registrations} pendaftaran, {voided} batal, iuran {quoted}, "
        "tunai {cash}\nSidik rekap (SHA-256): {hash}",
        "Tally {period}: {registrations} {registrations:registration|registrations}, "
        "{voided} void, contributions {quoted}, cash {cash}\nTally fingerprint (SHA-256): {hash}",
    ),
    "import dry run": ("Uji coba (tidak ada yang disimpan)", "Dry run (nothing stored)"),
    "import done": ("Diimpor", "Imported"),
    "import device revoked": (
        "Laptop ini sudah dicabut: data barunya menunggu di antrean pemeriksaan untuk petugas "
        "administrasi.",
        "This laptop was revoked: its new records wait in the review queue for a clerk.",
    ),
    "import kpj exhausted dry run": (
        "Nomor KPJ cabang habis di tengah impor ini: {accepted} data akan mendapat KPJ, "
        "{waiting} lainnya akan menunggu di antrean pemeriksaan untuk petugas administrasi. "
        "Mintalah nomor KPJ tambahan kepada administrator sebelum mengimpor.",
        "The branch runs out of KPJ numbers during this import: {accepted} of the records will "
        "get a KPJ, the other {waiting} will wait in the review queue for a clerk. Ask the "
        "administrator for more KPJ numbers before importing.",
    ),
    "import kpj exhausted": (
        "Nomor KPJ cabang habis di tengah impor ini: {accepted} data mendapat KPJ, {waiting} "
        "lainnya menunggu di antrean pemeriksaan untuk petugas administrasi. Hubungi "
        "administrator.",
        "The branch ran out of KPJ numbers during this import: {accepted} of the records got a "
        "KPJ, the other {waiting} wait in the review queue for a clerk. Ask the administrator.",
    ),
    # keys_cli
    "key rotate passphrase": (
        "Kunci induk diganti: kata sandi baru (BPU_BRANCH_PASSPHRASE).",
        "Master key replaced: a new passphrase (BPU_BRANCH_PASSPHRASE).",
    ),
    "key rotate file": (
        "Kunci induk diganti: {target}. Kunci lama tidak lagi membuka cabang.",
        "Master key replaced: {target}. The old key no longer opens the branch.",
    ),
    "key rotate old file": (
        "Hapus berkas kunci lama: {path}",
        "Delete the old key file: {path}",
    ),
    "key rotate backup": (
        "Buat cadangan baru: bpu-branch key backup --out FILE",
        "Make a new backup: bpu-branch key backup --out FILE",
    ),
    "key backup done": (
        "Cadangan kunci: {out}{note}. Simpan di brankas, bukan di server.",
        "Key backup: {out}{note}. Keep it in the safe, not on the server.",
    ),
    "key backup no passphrase": (
        " (tanpa kata sandi: simpan kata sandinya terpisah)",
        " (without the passphrase: keep the passphrase apart)",
    ),
    "key restore done": (
        "Kunci induk dan amplop kunci dipulihkan.",
        "Master key and key envelope restored.",
    ),
    "key adopt unchanged": (
        "Cabang ini sudah dienkripsi dengan kunci induk; tidak ada yang diubah.",
        "This branch is already encrypted with the master key; nothing was changed.",
    ),
    "key adopt done": (
        "Cabang diamankan: {hashed} NIK peserta diganti hash berkunci",
        "Branch secured: {hashed} participant {hashed:NIK|NIKs} replaced by keyed hashes",
    ),
    "key adopt file encrypted": (
        ", berkas basis data dienkripsi",
        ", the database file encrypted",
    ),
    "key adopt sealed": (
        ", {sealed} data pribadi disegel",
        ", {sealed} personal data sealed",
    ),
    "key adopt names sealed": (
        "; disegel pula: {notes} catatan petugas administrasi, {staff_names} nama staf, "
        "{laptop_tallies} rekap laptop",
        "; sealed too: {notes} clerk {notes:note|notes}, {staff_names} staff "
        "{staff_names:name|names}, {laptop_tallies} laptop {laptop_tallies:tally|tallies}",
    ),
    "key adopt key file": (
        "Berkas kunci induk (0600): {path}",
        "Master key file (0600): {path}",
    ),
    "key adopt recovery key": (
        "Kunci pemulihan (simpan di brankas, hapus dari server): {path}",
        "Recovery key (keep it in the safe, delete it from the server): {path}",
    ),
    "key adopt old backups": (
        "Cadangan lama basis data ini masih berisi data tanpa enkripsi: musnahkan.\n"
        "Buat cadangan kunci: bpu-branch key backup --out FILE",
        "Old backups of this database still hold unencrypted data: destroy them.\n"
        "Make a key backup: bpu-branch key backup --out FILE",
    ),
    # records_cli: reseal
    "reseal done": (
        "Data pribadi yang masih terbuka kini disegel: {records} pendaftaran, {conflicts} "
        "konflik, {notes} catatan petugas administrasi, {staff_names} nama staf, {laptop_tallies} "
        "rekap laptop.",
        "Personal data still in clear is now sealed: {records} "
        "{records:registration|registrations}, {conflicts} {conflicts:conflict|conflicts}, "
        "{notes} clerk {notes:note|notes}, {staff_names} staff {staff_names:name|names}, "
        "{laptop_tallies} laptop {laptop_tallies:tally|tallies}.",
    ),
    "reseal damaged record": (
        "pendaftaran {receipt_no} (laptop {device}, {date}, id {id})",
        "the registration {receipt_no} (laptop {device}, {date}, id {id})",
    ),
    "reseal damaged conflict": (
        "versi lain dari pendaftaran {receipt_no} (laptop {device}, {date}, id {id})",
        "a different version of the registration {receipt_no} (laptop {device}, {date}, id {id})",
    ),
    "reseal damaged tally": (
        "rekap laptop {device} tanggal {date}",
        "the tally of laptop {device} for {date}",
    ),
    "reseal unchanged": (
        "Tidak ada data pribadi yang terbuka; tidak ada yang diubah.",
        "No personal data in clear; nothing was changed.",
    ),
    "reseal sqlite": (
        "Basis data SQLite dienkripsi utuh; tidak ada yang perlu disegel.",
        "The SQLite database is encrypted whole; there is nothing to seal.",
    ),
    # reference_cli
    "reference published": (
        "{kind} {version} diterbitkan (berlaku {effective_from})",
        "{kind} {version} published (in force from {effective_from})",
    ),
    "reference none": ("(belum ada paket)", "(no packages yet)"),
}


def said(key: str, lang: str, **values: object) -> str:
    """The words of `key` in `lang`, `values` filled in."""
    return said_in(SAID_TEXTS, key, lang, **values)
