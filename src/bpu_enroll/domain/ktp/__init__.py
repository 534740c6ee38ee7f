"""Reading a KTP (e-KTP) from the text an OCR found on its photo: `layout` sorts the text boxes
into the card's rows, `card` maps them to the registration file's keys and checks the NIK
against the rest of the card. Pure: no OCR, no images, no Qt.

May import the rest of `domain` only.
"""
