"""Indonesian formats: `Rp36.800`, amounts in words, `17 Maret 2026` (`17 Mar 2026` where room
is short), WIB/WITA/WIT.

Pure functions, no I/O. Money is always a whole number of rupiah (int), never a float.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from lokal import terbilang as _terbilang

from bpu_enroll.domain.fields import clean_text

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# Where a column is narrow: the first three letters, and Indonesian's own `Agu` and `Okt`.
SHORT_MONTHS_ID = (
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
)  # fmt: skip
SHORT_MONTHS_EN = tuple(name[:3] for name in MONTHS_EN)

# Province codes (Kemendagri) by time zone; every other province is WIB.
_WITA_PROVINCES = frozenset(
    {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
)
_WIT_PROVINCES = frozenset({"81", "82", "91", "92", "93", "94", "95", "96"})


def thousands(amount: int) -> str:
    """`36800` → `36.800` (dot as the thousands separator)."""
    sign = "-" if amount < 0 else ""
    return sign + f"{abs(int(amount)):,}".replace(",", ".")


def rupiah(amount: int) -> str:
    """`36800` → `Rp36.800`; negative amounts as `-Rp5.000`."""
    text = thousands(amount)
    return "-Rp" + text[1:] if text.startswith("-") else "Rp" + text


_TYPED_RUPIAH = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")
_RUPIAH_SIGN = re.compile(r"^rp\.?", re.IGNORECASE)


def parse_rupiah_input(text: str) -> int | None:
    """What an officer types: `2.500.000`, `2500000`, `Rp2.500.000` → 2500000; else None.

    A dot groups thousands, three digits after each: `1500000.50` (cents, written the English
    way) was read as Rp150.000.050 and `2.50.000` as Rp250.000, and the quote jumped bracket
    without a word; they are not amounts (`INCOME_INVALID` at the field)."""
    cleaned = _RUPIAH_SIGN.sub("", text.strip()).replace(" ", "")
    if not _TYPED_RUPIAH.fullmatch(cleaned) or len(cleaned.replace(".", "")) > 15:
        return None
    return int(cleaned.replace(".", ""))


def amount_in_words(amount: int, lang: str = "id") -> str:
    """`36800` → `tiga puluh enam ribu delapan ratus rupiah` (Indonesian on receipts)."""
    if lang == "en":
        return f"{thousands(amount)} rupiah"
    return f"{_terbilang(int(amount))} rupiah"


def long_date(day: date, lang: str = "id") -> str:
    """`date(2026, 3, 17)` → `17 Maret 2026` (or `17 March 2026` in English)."""
    months = MONTHS_EN if lang == "en" else MONTHS_ID
    return f"{day.day} {months[day.month - 1]} {day.year}"


def short_date(day: date, lang: str = "id") -> str:
    """`date(2026, 8, 17)` → `17 Agu 2026` (`17 Aug 2026` in English): `long_date` for a
    narrow column."""
    months = SHORT_MONTHS_EN if lang == "en" else SHORT_MONTHS_ID
    return f"{day.day} {months[day.month - 1]} {day.year}"


def zone_for_province(province_code: str) -> tuple[tzinfo, str]:
    """The branch province → its zone and label: WIB (Jakarta), WITA (Makassar), WIT (Jayapura)."""
    code = province_code[:2]
    if code in _WIT_PROVINCES:
        return ZoneInfo("Asia/Jayapura"), "WIT"
    if code in _WITA_PROVINCES:
        return ZoneInfo("Asia/Makassar"), "WITA"
    return ZoneInfo("Asia/Jakarta"), "WIB"


def local_day_bounds(day: date, province_code: str) -> tuple[datetime, datetime]:
    """The UTC moments [start, end) of `day` in the branch's zone (WIB, WITA or WIT). The first
    and the last day Python can write (0001-01-01, 9999-12-31) have no midnight before them or
    after them in UTC: their bounds are clamped to the first and last moment there is (no record
    is made then, so such a tally is empty, not an OverflowError)."""
    zone, _label = zone_for_province(province_code)
    return _utc_midnight(day, zone, 0), _utc_midnight(day, zone, 1)


def _utc_midnight(day: date, zone: tzinfo, days_on: int) -> datetime:
    try:
        local = datetime.combine(day + timedelta(days=days_on), datetime.min.time(), tzinfo=zone)
        return local.astimezone(UTC)
    except OverflowError:
        return (datetime.max if days_on or day.year > 1 else datetime.min).replace(tzinfo=UTC)


def clock_time(moment: datetime, lang: str = "id", *, seconds: bool = False) -> str:
    """The time of day of `moment` as written in `lang`: `14.05` in Indonesian, `14:05` in
    English (`14.05.09` / `14:05:09` with `seconds`). `moment` is already in the zone shown."""
    parts = ("%H", "%M", "%S") if seconds else ("%H", "%M")
    return moment.strftime(("." if lang == "id" else ":").join(parts))


def local_datetime(
    moment: datetime, province_code: str, lang: str = "id", *, with_zone: bool = True
) -> str:
    """A UTC moment shown in the branch's zone: `17 Maret 2026 14.05 WIB` (without `WIB` when
    not `with_zone`: a column that names the zone once, in its header)."""
    zone, label = zone_for_province(province_code)
    local = moment.astimezone(zone)
    shown = f"{long_date(local.date(), lang)} {clock_time(local, lang)}"
    return f"{shown} {label}" if with_zone else shown


# A NIK or KK number in free text: 16 digits or more in a row (even inside a word), or 16 digits
# in the groupings people write them in. Receipt numbers (`DEMO-D0001-20260317-00001`) do not
# match.
NIK_LIKE = re.compile(
    r"(?<!\d)(?:\d{16,}"
    r"|\d{4}([ .\-])\d{4}\1\d{4}\1\d{4}"  # 3201 0117 0892 0001
    r"|\d{6}[ .\-]\d{6}[ .\-]\d{4}"  # 320101 170892 0001
    r"|\d{2}([ .])\d{2}\2\d{2}\2\d{6}\2\d{4}"  # 32.01.01.170892.0001
    r")(?!\d)"
)


# A NIK written any other way: 16 digits or more, each pair apart by at most one character that
# is not a letter or a digit (another separator, a mixture, an invisible character typed or pasted
# between them): what `NIK_LIKE` lets through in free text a person writes on purpose.
SPLIT_NIK = re.compile(r"(?<!\d)\d(?:[\W_]?\d){15,}(?!\d)")

# Unicode categories that make a line read otherwise than it was written: control, format (bidi
# overrides, zero-width), surrogate, private use, line and paragraph separators.
NOT_TEXT = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})


def holds_nik(text: str) -> bool:
    """Whether free text holds a NIK, in the usual groupings (`NIK_LIKE`) or split otherwise."""
    return bool(NIK_LIKE.search(text) or SPLIT_NIK.search(text))


def mask_nik_like(text: str) -> str:
    """`text` with every NIK-like number (`NIK_LIKE`) masked as `mask_nik` does."""
    return NIK_LIKE.sub(lambda m: mask_nik(m.group(0)), text)


def mask_any_nik(text: str) -> str:
    """`text` fit to print: a NIK in the usual groupings masked (`mask_nik_like`), and every
    digit starred when one is still there, split otherwise (`holds_nik`)."""
    masked = mask_nik_like(text)
    return re.sub(r"\d", "*", masked) if holds_nik(masked) else masked


def visible_line(text: str) -> str:
    """Text another party chose (a laptop's label, the officer a laptop names on a record or in
    its tally) as it may be shown: one line of visible text, white space folded to single
    spaces, no control or format character (`NOT_TEXT`: no right-to-left override turning its
    end around, no zero-width character, no line separator or C1 control breaking a listing's
    one line per row, no terminal escape), with a NIK in it masked."""
    text = clean_text(text)
    return mask_nik_like("".join(ch for ch in text if unicodedata.category(ch) not in NOT_TEXT))


def mask_nik(nik: str) -> str:
    """`3201234567890001` → `3201********0001`: only region prefix and serial stay readable."""
    if len(nik) == 16 and nik.isdigit():  # as stored: the common case of every list row
        return nik[:4] + "********" + nik[12:]
    digits = "".join(ch for ch in nik if ch.isdigit())
    if len(digits) != 16:
        return "*" * len(digits)
    return digits[:4] + "*" * 8 + digits[12:]


def mask_phone(phone: str) -> str:
    """`+6281234567890` → `+62812*****890`: the operator prefix and the last three digits stay
    readable. Shorter than 10 characters (never a mobile number; a refused record's) it is
    masked whole: its first six and last three characters were all of it."""
    if len(phone) < 10:
        return "*" * len(phone)
    return phone[:6] + "*" * (len(phone) - 9) + phone[-3:]


WORD_JOINER = "\u2060"  # no line break on either side; drawn as nothing


def unbroken(text: str) -> str:
    """`text` kept on one line where it is wrapped: its hyphens followed by a word joiner and
    its spaces made no-break spaces. A receipt number `JKT01-D0001-20260317-00001` broke after
    `JKT01-` at the end of a line (a hyphen is a place to break a line)."""
    return text.replace("-", "-" + WORD_JOINER).replace(" ", "\u00a0")


def path_unbroken(path: str) -> str:
    """A file path as a wrapped sentence shows it: each name in it kept on one line (`unbroken`),
    so a line breaks only after a `/`. `/media/usb/bpu-batch-D0001-….bpu` broke after `bpu-`,
    read as two names, or as a name without its end."""
    return unbroken(path)
