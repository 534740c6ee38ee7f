"""Checks and normal forms of single registration fields (names, phone, e-mail, KK, dates, RT/RW).

Each function takes what was typed and returns the normal form, or None when the value is not
acceptable; the registration validator turns None into the field's problem code.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from bpu_enroll.domain.nik import PROVINCE_CODES

NAME_MAX = 100
_WHITESPACE = re.compile(r"\s+")
_NAME = re.compile(r"[A-Z .',\-]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_PHONE_SEPARATORS = re.compile(r"[\s().\-]+")
_NATIONAL_MOBILE = re.compile(r"08[0-9]{8,11}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_KK_SEPARATORS = re.compile(r"[\s.\-]+")
_SIXTEEN_DIGITS = re.compile(r"[0-9]{16}")
_RT_RW = re.compile(r"[0-9]{1,3}")
_EMAIL = re.compile(
    r"(?P<local>[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})"
)
EMAIL_MAX = 254
EMAIL_LOCAL_MAX = 64


def clean_text(text: str) -> str:
    """Control and invisible format characters removed, runs of white space made one space.

    Most text is printable (no `Cc`/`Cf` character, no white space but the ASCII space: Python's
    `isprintable`), and then only the spaces need folding; the branch cleans every field of every
    record it receives, so the character-by-character walk is kept for the rest.
    """
    if text.isprintable():
        return _WHITESPACE.sub(" ", text).strip()
    return _clean_each_character(text)


def _clean_each_character(text: str) -> str:
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in {"Cc", "Cf"}
    )
    return _WHITESPACE.sub(" ", kept).strip()


def normalise_name(text: str) -> str | None:
    """A KTP name in upper case (letters, spaces and `.'-,`, at most 100), or None."""
    name = clean_text(text).translate(_APOSTROPHES).upper()
    if not name or len(name) > NAME_MAX or not _NAME.fullmatch(name):
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return name


def normalise_phone(text: str) -> str | None:
    """An Indonesian mobile number (`0812…`, `62 812…`, `+62 812…`, 10–13 digits) as `+62812…`."""
    compact = _PHONE_SEPARATORS.sub("", text)
    if compact.startswith("+62"):
        national = "0" + compact[3:]
    elif compact.startswith("62"):
        national = "0" + compact[2:]
    else:
        national = compact
    if not _NATIONAL_MOBILE.fullmatch(national):
        return None
    return "+62" + national[1:]


def valid_email(text: str) -> bool:
    """A plain `local@domain.tld` address of reasonable length."""
    if len(text) > EMAIL_MAX:
        return False
    match = _EMAIL.fullmatch(text)
    return match is not None and len(match.group("local")) <= EMAIL_LOCAL_MAX


def normalise_kk(text: str) -> str | None:
    """A KK number: 16 digits starting with a province code (separators dropped), or None."""
    digits = _KK_SEPARATORS.sub("", text)
    if not _SIXTEEN_DIGITS.fullmatch(digits) or digits[:2] not in PROVINCE_CODES:
        return None
    return digits


def parse_iso_date(text: str) -> date | None:
    """`YYYY-MM-DD` → date; anything else (or an impossible date) → None."""
    candidate = text.strip()
    if not _ISO_DATE.fullmatch(candidate):
        return None
    try:
        return date.fromisoformat(candidate)
    except ValueError:
        return None


def age_on(birth: date, today: date) -> int:
    """Completed years on `today` (a 29 February birthday counts from 1 March in other years)."""
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def normalise_rt_rw(text: str) -> str | None:
    """RT or RW number: 1–3 digits, not zero, written with three digits (`3` → `003`)."""
    digits = text.strip()
    if not _RT_RW.fullmatch(digits) or int(digits) == 0:
        return None
    return digits.zfill(3)
