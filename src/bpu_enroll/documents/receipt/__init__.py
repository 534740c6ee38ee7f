"""The registration receipt: its data, layout, QR code and PDF."""
