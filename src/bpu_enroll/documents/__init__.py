"""PDF receipts and daily tallies (ReportLab), and the receipt QR's signed payload.

Plain data in, bytes out: `receipt.pdf.render_receipt(ReceiptData)`,
`tally.pdf.render_tally(TallyData)` (built by `tally.figures.build_tally` from `TallyRecord`s),
`qr.sign_receipt_payload` / `qr.verify_receipt_payload` / `qr.extract_payload_from_pdf`. No
database sessions here. `receipt/` and `tally/` hold each document's data, layout and PDF.
"""
