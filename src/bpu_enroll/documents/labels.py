"""The printed words of receipts and tallies, in Indonesian (`id`, the default) and English.

Texts with `{placeholders}` are filled with `str.format`. Amounts and dates are formatted by
`domain.formatting` before they get here.
"""

from __future__ import annotations

from collections.abc import Mapping

_ID: dict[str, str] = {
    # receipt
    "receipt.title": "Tanda Terima Pendaftaran Peserta BPU",
    "receipt.subtitle": "BPJS Ketenagakerjaan · Bukan Penerima Upah",
    "receipt.not_card": "Bukan kartu peserta.",
    "receipt.subject": "Tanda terima pendaftaran peserta BPU",
    "receipt.number": "No. tanda terima",
    "receipt.issued": "Tanggal dan waktu",
    "receipt.officer": "Petugas",
    "receipt.branch": "Kantor cabang",
    "receipt.status": "Status",
    "receipt.kpj": "No. KPJ",
    "receipt.section.worker": "Data peserta",
    "receipt.name": "Nama lengkap",
    "receipt.nik": "NIK",
    "receipt.birth": "Tempat, tgl. lahir",
    "receipt.gender": "Jenis kelamin",
    "receipt.occupation": "Pekerjaan",
    "receipt.work_location": "Lokasi kerja",
    "receipt.address": "Alamat",
    "receipt.address_value": "Desa/Kel. {village}, Kec. {district}, {regency}",
    "receipt.section.contribution": "Iuran",
    "receipt.income": "Penghasilan dilaporkan",
    "receipt.base": "Dasar iuran",
    "receipt.base_value": "{base} (kelompok {bracket})",
    "receipt.programs": "Program",
    "receipt.period": "Periode",
    "receipt.months_col": "Bulan ke",
    "receipt.relief_col": "Keringanan",
    "receipt.month_total_col": "Per bulan",
    "receipt.relief_note": "Keringanan iuran JKK dan JKM (PP 50/2025) ditampilkan terpisah.",
    "receipt.quote_total": "Jumlah iuran {months} bulan",
    "receipt.section.payment": "Pembayaran",
    "receipt.months_paid": "Bulan dibayar",
    "receipt.months_value": "{months} bulan",
    "receipt.cash": "Uang diterima",
    "receipt.in_words": "Terbilang",
    "receipt.no_cash": "Belum ada pembayaran tunai; bayar dengan NIK seperti di bawah.",
    "receipt.section.how_to_pay": "Cara membayar dan manfaat",
    "receipt.how_to_pay": (
        "<b>Cara membayar:</b> bayar iuran paling lambat tanggal 15 setiap bulan dengan NIK "
        "Anda (lihat KTP) sebagai nomor pembayaran: di bank, QRIS/dompet digital, atau gerai "
        "ritel. Perlindungan berhenti setelah 3 bulan tidak membayar."
    ),
    "receipt.benefit.JKK": (
        "<b>JKK</b>: perawatan akibat kecelakaan kerja tanpa batas biaya; santunan tunai "
        "sebesar kelipatan dasar iuran."
    ),
    "receipt.benefit.JKM": (
        "<b>JKM</b>: santunan kematian Rp42.000.000 (Rp20 jt sekaligus, Rp12 jt berkala, "
        "Rp10 jt pemakaman)."
    ),
    "receipt.benefit.JHT": "<b>JHT</b>: tabungan hari tua beserta hasil pengembangannya.",
    "receipt.jkm_wait": (
        "Santunan JKM Rp42.000.000 dibayar penuh hanya setelah iuran 3 bulan berturut-turut; "
        "sebelum itu hanya biaya pemakaman."
    ),
    "receipt.contact": "Informasi dan pengaduan: Layanan Masyarakat 175.",
    "receipt.consent": (
        "Peserta menyetujui pengolahan data pribadinya untuk {purpose} (UU 27/2022)."
    ),
    "receipt.consent_default": "pendaftaran dan pelayanan kepesertaan BPJS Ketenagakerjaan",
    "receipt.sign.officer": "Petugas",
    "receipt.sign.worker": "Peserta",
    "receipt.qr_caption": "Pindai di kantor cabang untuk memeriksa keaslian tanda terima.",
    "receipt.copy": "SALINAN — cetak ulang ke-{count}",
    "receipt.copy_mark": "SALINAN",
    "receipt.electronic": (
        "SALINAN ELEKTRONIK (PDF): bukan kertas asli; keaslian diperiksa dengan kode QR."
    ),
    "receipt.printed": "dicetak ulang {when}",
    "receipt.void_mark": "BATAL",
    "receipt.void": "BATAL — tanda terima ini tidak berlaku.",
    "receipt.void_reason": "Alasan: {reason}",
    "receipt.correction": "Koreksi: menggantikan tanda terima No. {number}",
    "receipt.rule": "Aturan iuran {version} · ID {record}",
    "gender.M": "Laki-laki",
    "gender.F": "Perempuan",
    "status.final": "Menunggu diproses",
    "status.sent": "Menunggu diproses (terkirim ke cabang)",
    "status.accepted": "Diterima cabang",
    "status.duplicate": "Sudah terdaftar sebelumnya",
    "status.rejected": "Ditolak cabang, perlu koreksi",
    "status.voided": "Batal",
    "page": "halaman {page} dari {pages}",
    # tally
    "tally.title": "Rekap Harian {date}",
    "tally.title_period": "Rekap {period}",
    "tally.subject": "Rekap harian pendaftaran peserta BPU",
    "tally.branch": "Kantor cabang",
    "tally.device": "Perangkat",
    "tally.device.all": "Semua laptop cabang",
    "tally.zone": "Zona waktu",
    "tally.generated": "Dibuat",
    "tally.empty": "Tidak ada pendaftaran pada tanggal ini.",
    "tally.who": "Petugas / lokasi kerja",
    "tally.total": "Jumlah",
    "tally.all": "Semua",
    "tally.section.status": "Pendaftaran menurut status",
    "tally.section.mix": "Program, sektor dan jenis kelamin",
    "tally.section.money": "Iuran dan uang tunai",
    "tally.section.groups": "Pendaftaran menurut kelompok pekerjaan",
    "tally.section.voided": "Tanda terima batal",
    "tally.none": "Tidak ada.",
    "tally.records": "Tanda terima",
    "tally.quoted": "Iuran yang dihitung",
    "tally.cash": "Uang tunai diterima",
    "tally.first": "No. pertama",
    "tally.last": "No. terakhir",
    "tally.group": "Kelompok pekerjaan",
    "tally.count": "Jumlah",
    "tally.sign.officer": "Petugas",
    "tally.sign.supervisor": "Pengawas",
    "tally.hash": "Sidik rekap (SHA-256)",
    "tally.note": "Angka tidak termasuk pendaftaran yang dibatalkan, kecuali kolom Batal.",
    "tally.status.final": "Menunggu sinkron",
    "tally.status.sent": "Terkirim",
    "tally.status.accepted": "Diterima",
    "tally.status.duplicate": "Duplikat",
    "tally.status.rejected": "Ditolak",
    "tally.status.voided": "Batal",
    "sector.transport": "Transportasi",
    "sector.other": "Lainnya",
    "gender.short.M": "L",
    "gender.short.F": "P",
}

_EN: dict[str, str] = {
    "receipt.title": "BPU Participant Registration Receipt",
    "receipt.subtitle": "BPJS Ketenagakerjaan · Non-wage workers",
    "receipt.not_card": "Not a membership card.",
    "receipt.subject": "BPU participant registration receipt",
    "receipt.number": "Receipt no.",
    "receipt.issued": "Date and time",
    "receipt.officer": "Officer",
    "receipt.branch": "Branch office",
    "receipt.status": "Status",
    "receipt.kpj": "KPJ no.",
    "receipt.section.worker": "Participant",
    "receipt.name": "Full name",
    "receipt.nik": "NIK",
    "receipt.birth": "Place, date of birth",
    "receipt.gender": "Gender",
    "receipt.occupation": "Occupation",
    "receipt.work_location": "Work location",
    "receipt.address": "Address",
    "receipt.address_value": "{village}, {district}, {regency}",
    "receipt.section.contribution": "Contributions",
    "receipt.income": "Declared income",
    "receipt.base": "Contribution base",
    "receipt.base_value": "{base} (bracket {bracket})",
    "receipt.programs": "Programmes",
    "receipt.period": "Period",
    "receipt.months_col": "Month",
    "receipt.relief_col": "Relief",
    "receipt.month_total_col": "Per month",
    "receipt.relief_note": "JKK and JKM relief (PP 50/2025) is shown apart.",
    "receipt.quote_total": "Contributions for {months} months",
    "receipt.quote_total.one": "Contributions for 1 month",
    "receipt.section.payment": "Payment",
    "receipt.months_paid": "Months paid",
    "receipt.months_value": "{months} months",
    "receipt.months_value.one": "1 month",
    "receipt.cash": "Cash received",
    "receipt.in_words": "In words",
    "receipt.no_cash": "No cash paid yet; pay with the NIK as below.",
    "receipt.section.how_to_pay": "How to pay, and benefits",
    "receipt.how_to_pay": (
        "<b>How to pay:</b> pay by the 15th of each month with your NIK (see your KTP) as the "
        "payment number: at banks, QRIS/e-wallets or shops. Protection lapses after 3 unpaid "
        "months."
    ),
    "receipt.benefit.JKK": (
        "<b>JKK</b>: care after a work accident without a ceiling; cash benefits as multiples "
        "of the contribution base."
    ),
    "receipt.benefit.JKM": (
        "<b>JKM</b>: death benefit Rp42.000.000 (Rp20 m lump sum, Rp12 m periodic, Rp10 m funeral)."
    ),
    "receipt.benefit.JHT": "<b>JHT</b>: old-age savings with their returns.",
    "receipt.jkm_wait": (
        "The full JKM benefit of Rp42.000.000 is paid only after 3 consecutive paid months; "
        "before that, the funeral part only."
    ),
    "receipt.contact": "Information and complaints: contact centre 175.",
    "receipt.consent": "The participant consents to the processing of their data for {purpose} "
    "(UU 27/2022).",
    "receipt.consent_default": "registration and BPJS Ketenagakerjaan membership services",
    "receipt.sign.officer": "Officer",
    "receipt.sign.worker": "Participant",
    "receipt.qr_caption": "Scan at a branch office to check this receipt.",
    "receipt.copy": "COPY (SALINAN) — reprint no. {count}",
    "receipt.copy_mark": "SALINAN",
    "receipt.electronic": (
        "ELECTRONIC COPY (PDF): not the paper original; its QR code proves it is genuine."
    ),
    "receipt.printed": "reprinted {when}",
    "receipt.void_mark": "BATAL",
    "receipt.void": "VOID (BATAL) — this receipt is no longer valid.",
    "receipt.void_reason": "Reason: {reason}",
    "receipt.correction": "Correction: replaces receipt no. {number}",
    "receipt.rule": "Contribution rules {version} · ID {record}",
    "gender.M": "Male",
    "gender.F": "Female",
    "status.final": "Waiting for processing",
    "status.sent": "Waiting for processing (sent to the branch)",
    "status.accepted": "Accepted by the branch",
    "status.duplicate": "Already registered",
    "status.rejected": "Rejected by the branch, needs correction",
    "status.voided": "Void",
    "page": "page {page} of {pages}",
    "tally.title": "Daily tally {date}",
    "tally.title_period": "Tally {period}",
    "tally.subject": "Daily tally of BPU registrations",
    "tally.branch": "Branch office",
    "tally.device": "Device",
    "tally.device.all": "Every laptop of the branch",
    "tally.zone": "Time zone",
    "tally.generated": "Generated",
    "tally.empty": "No registrations on this date.",
    "tally.who": "Officer / work location",
    "tally.total": "Total",
    "tally.all": "All",
    "tally.section.status": "Registrations by status",
    "tally.section.mix": "Programmes, sector and gender",
    "tally.section.money": "Contributions and cash",
    "tally.section.groups": "Registrations by occupation group",
    "tally.section.voided": "Voided receipts",
    "tally.none": "None.",
    "tally.records": "Receipts",
    "tally.quoted": "Contributions quoted",
    "tally.cash": "Cash collected",
    "tally.first": "First no.",
    "tally.last": "Last no.",
    "tally.group": "Occupation group",
    "tally.count": "Count",
    "tally.sign.officer": "Officer",
    "tally.sign.supervisor": "Supervisor",
    "tally.hash": "Tally fingerprint (SHA-256)",
    "tally.note": "Figures leave out voided registrations, except the Void column.",
    "tally.status.final": "Waiting to sync",
    "tally.status.sent": "Sent",
    "tally.status.accepted": "Accepted",
    "tally.status.duplicate": "Duplicate",
    "tally.status.rejected": "Rejected",
    "tally.status.voided": "Void",
    "sector.transport": "Transport",
    "sector.other": "Other",
    "gender.short.M": "M",
    "gender.short.F": "F",
}

_TABLES: Mapping[str, Mapping[str, str]] = {"id": _ID, "en": _EN}


def text(key: str, lang: str = "id", **values: object) -> str:
    """The label `key` in `lang` (Indonesian when the language is unknown), filled in."""
    table = _TABLES.get(lang, _ID)
    if values.get("months") == 1 and f"{key}.one" in table:  # "1 month", not "1 months"
        key = f"{key}.one"
    template = table.get(key) or _ID.get(key) or key
    return template.format(**values) if values else template
