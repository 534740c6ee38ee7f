"""The details of a branch audit line in the reader's language, for the supervisor's audit page.

A line's detail is a JSON object written by the server (`{"decision": "confirm_duplicate",
"from": "duplicate", …}`). `detail_text` says it as `name: value` pairs: each known name in
words ("keputusan", "alamat", "tanda terima"), states, decisions, roles and ways in in words
("diterima", "Konfirmasi duplikat", "jaringan"), the laptop of a branch tally of every laptop as
"semua laptop" (the server writes `ALL`), a day as `17 Maret 2026` and a moment in the branch's
zone (`17 Maret 2026 09.30 WIB`), a time window (a summary's minute) as one `… sampai …` (not a
decision's `dari: …, menjadi: …`), whole numbers with the thousands dot (`1.234`), a file's size
as a file manager says it (`1,2 MB`, `1.2 MB` in English; the byte count in the tooltip), yes
and no in words. A count group (`counts`) is said by its states alone ("baru: 24, berubah: 0"),
an export's file by its name first (`nama=… ukuran=2,5 KB baris=2 checksum=…`). A code (`code`,
`reason_code`, `refused`: why a sign-in failed, why a clerk rejected, why a laptop's record or a
batch file was refused) is said by its message and comes first, so the column's cut does not
take it, then a receipt number (drawn whole on its line); `detail_tooltip` says the pairs one a
line with each code after its words, for an auditor who looks the code up. Names and values it
does not know are shown as they are (a code nobody explained stays a code), a long one (a
checksum) cut to its first 12 characters; never Python's braces or quotes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from bpu_enroll.domain.formatting import long_date, thousands
from bpu_enroll.gui.workspace.review.model import reason_text

_CONTEXT = "AuditPage"
NAMES: dict[str, object] = {
    "address": QT_TRANSLATE_NOOP("AuditPage", "address"),
    "suppressed": QT_TRANSLATE_NOOP("AuditPage", "counted, not written"),
    "audited": QT_TRANSLATE_NOOP("AuditPage", "written"),
    "key": QT_TRANSLATE_NOOP("AuditPage", "whole subject"),  # a subject cut for its column
    "actor": QT_TRANSLATE_NOOP("AuditPage", "who in full"),  # an actor cut for its column
    "action": QT_TRANSLATE_NOOP("AuditPage", "what in full"),  # an action cut for its column
    "route": QT_TRANSLATE_NOOP("AuditPage", "request"),
    "locked_until": QT_TRANSLATE_NOOP("AuditPage", "locked until"),
    "code": QT_TRANSLATE_NOOP("AuditPage", "reason"),
    "fields": QT_TRANSLATE_NOOP("AuditPage", "fields"),
    "decision": QT_TRANSLATE_NOOP("AuditPage", "decision"),
    "decision_seq": QT_TRANSLATE_NOOP("AuditPage", "decision no."),
    "reason_code": QT_TRANSLATE_NOOP("AuditPage", "reason"),
    "reason": QT_TRANSLATE_NOOP("AuditPage", "reason"),  # why a laptop was revoked: typed
    "from": QT_TRANSLATE_NOOP("AuditPage", "from"),
    "to": QT_TRANSLATE_NOOP("AuditPage", "to"),
    "supersedes": QT_TRANSLATE_NOOP("AuditPage", "names record"),
    "held": QT_TRANSLATE_NOOP("AuditPage", "branch holds"),
    "device": QT_TRANSLATE_NOOP("AuditPage", "laptop"),
    "device_revoked": QT_TRANSLATE_NOOP("AuditPage", "laptop revoked"),
    "kpj_range_exhausted": QT_TRANSLATE_NOOP("AuditPage", "KPJ numbers ran out"),
    "officer": QT_TRANSLATE_NOOP("AuditPage", "officer"),
    "receipt_no": QT_TRANSLATE_NOOP("AuditPage", "receipt"),
    "via": QT_TRANSLATE_NOOP("AuditPage", "via"),
    "way": QT_TRANSLATE_NOOP("AuditPage", "seen in"),
    "dry_run": QT_TRANSLATE_NOOP("AuditPage", "dry run"),
    "records": QT_TRANSLATE_NOOP("AuditPage", "records"),
    "refused": QT_TRANSLATE_NOOP("AuditPage", "refused"),
    "files": QT_TRANSLATE_NOOP("AuditPage", "files"),
    "full": QT_TRANSLATE_NOOP("AuditPage", "everything"),
    "rows": QT_TRANSLATE_NOOP("AuditPage", "rows"),
    "date": QT_TRANSLATE_NOOP("AuditPage", "date"),
    "date_to": QT_TRANSLATE_NOOP("AuditPage", "to date"),
    "lang": QT_TRANSLATE_NOOP("AuditPage", "language"),
    "tally_hash": QT_TRANSLATE_NOOP("AuditPage", "tally fingerprint"),
    "role": QT_TRANSLATE_NOOP("AuditPage", "role"),
    "sessions_ended": QT_TRANSLATE_NOOP("AuditPage", "sessions ended"),
    "label": QT_TRANSLATE_NOOP("AuditPage", "label"),
    "code_hash": QT_TRANSLATE_NOOP("AuditPage", "code hash"),
    "expires_at": QT_TRANSLATE_NOOP("AuditPage", "valid until"),
    "ttl_minutes": QT_TRANSLATE_NOOP("AuditPage", "lifetime (minutes)"),
    "province": QT_TRANSLATE_NOOP("AuditPage", "province"),
    "name": QT_TRANSLATE_NOOP("AuditPage", "name"),
    "value": QT_TRANSLATE_NOOP("AuditPage", "value"),
    "kind": QT_TRANSLATE_NOOP("AuditPage", "kind"),
    "kpj_first": QT_TRANSLATE_NOOP("AuditPage", "first KPJ"),
    "kpj_last": QT_TRANSLATE_NOOP("AuditPage", "last KPJ"),
    "effective_from": QT_TRANSLATE_NOOP("AuditPage", "in force from"),
    "before": QT_TRANSLATE_NOOP("AuditPage", "before"),
    "master_key": QT_TRANSLATE_NOOP("AuditPage", "master key"),
    "master_key_included": QT_TRANSLATE_NOOP("AuditPage", "master key included"),
    "key_file_written": QT_TRANSLATE_NOOP("AuditPage", "key file written"),
    "valid": QT_TRANSLATE_NOOP("AuditPage", "chain intact"),
    "entries": QT_TRANSLATE_NOOP("AuditPage", "lines checked"),
    "first_bad": QT_TRANSLATE_NOOP("AuditPage", "broken from line"),
    "file_encrypted": QT_TRANSLATE_NOOP("AuditPage", "database file encrypted"),
    "participants_hashed": QT_TRANSLATE_NOOP("AuditPage", "participants' NIKs hashed"),
    "payloads_sealed": QT_TRANSLATE_NOOP("AuditPage", "records sealed"),
    "secrets_sealed": QT_TRANSLATE_NOOP("AuditPage", "branch keys sealed"),
    "recovery_key_made": QT_TRANSLATE_NOOP("AuditPage", "recovery key made"),
    "conflicts": QT_TRANSLATE_NOOP("AuditPage", "conflicts"),
    "notes": QT_TRANSLATE_NOOP("AuditPage", "clerks' notes"),
    "staff_names": QT_TRANSLATE_NOOP("AuditPage", "staff names"),
    "laptop_tallies": QT_TRANSLATE_NOOP("AuditPage", "laptop tallies"),
    "bytes": QT_TRANSLATE_NOOP("AuditPage", "size"),
    "sha256": QT_TRANSLATE_NOOP("AuditPage", "checksum"),
    "manifest_sha256": QT_TRANSLATE_NOOP("AuditPage", "manifest checksum"),
    "count": QT_TRANSLATE_NOOP("AuditPage", "count"),
    "receipts": QT_TRANSLATE_NOOP("AuditPage", "receipts"),
    "damage": QT_TRANSLATE_NOOP("AuditPage", "damage"),
    "sound": QT_TRANSLATE_NOOP("AuditPage", "all sound"),
    "records_damaged": QT_TRANSLATE_NOOP("AuditPage", "records damaged"),
    "records_asked": QT_TRANSLATE_NOOP("AuditPage", "records asked of their laptops"),
    "why": QT_TRANSLATE_NOOP("AuditPage", "why"),
    "tallies": QT_TRANSLATE_NOOP("AuditPage", "laptop tallies"),
    "tallies_damaged": QT_TRANSLATE_NOOP("AuditPage", "tallies damaged"),
    "packages": QT_TRANSLATE_NOOP("AuditPage", "reference packages"),
    "packages_damaged": QT_TRANSLATE_NOOP("AuditPage", "packages damaged"),
    "conflicts_damaged": QT_TRANSLATE_NOOP("AuditPage", "conflict versions damaged"),
    "kept_records": QT_TRANSLATE_NOOP("AuditPage", "records kept before today's rules"),
    "kept_tallies": QT_TRANSLATE_NOOP("AuditPage", "tallies kept before today's rules"),
    "kept_accounts": QT_TRANSLATE_NOOP("AuditPage", "accounts kept before today's rules"),
    "audit_valid": QT_TRANSLATE_NOOP("AuditPage", "chain intact"),
    "audit_entries": QT_TRANSLATE_NOOP("AuditPage", "lines checked"),
}  # fmt: skip
VALUES: dict[str, object] = {
    "new": QT_TRANSLATE_NOOP("AuditPage", "new"),
    "update": QT_TRANSLATE_NOOP("AuditPage", "changed"),
    "void": QT_TRANSLATE_NOOP("AuditPage", "void"),
    "accepted": QT_TRANSLATE_NOOP("AuditPage", "accepted"),
    "already_received": QT_TRANSLATE_NOOP("AuditPage", "already received"),
    "duplicate": QT_TRANSLATE_NOOP("AuditPage", "duplicate"),
    "conflict": QT_TRANSLATE_NOOP("AuditPage", "conflict"),
    "rejected": QT_TRANSLATE_NOOP("AuditPage", "rejected"),
    "pending_review": QT_TRANSLATE_NOOP("AuditPage", "waiting for review"),
    "voided": QT_TRANSLATE_NOOP("AuditPage", "voided"),
    "accept": QT_TRANSLATE_NOOP("AuditPage", "accept"),
    "reject": QT_TRANSLATE_NOOP("AuditPage", "reject"),
    "confirm_duplicate": QT_TRANSLATE_NOOP("AuditPage", "confirm the duplicate"),
    "request_correction": QT_TRANSLATE_NOOP("AuditPage", "request a correction"),
    "network": QT_TRANSLATE_NOOP("AuditPage", "network"),
    "usb": QT_TRANSLATE_NOOP("AuditPage", "USB file"),
    "review_detail": QT_TRANSLATE_NOOP("AuditPage", "review details"),
    "review_decision": QT_TRANSLATE_NOOP("AuditPage", "a decision in review"),
    "receipt_check": QT_TRANSLATE_NOOP("AuditPage", "receipt check"),
    "receipt_check_cli": QT_TRANSLATE_NOOP("AuditPage", "receipt check by command"),
    "officer": QT_TRANSLATE_NOOP("AuditPage", "field officer"),
    "clerk": QT_TRANSLATE_NOOP("AuditPage", "clerk"),
    "supervisor": QT_TRANSLATE_NOOP("AuditPage", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("AuditPage", "administrator"),
    "id": QT_TRANSLATE_NOOP("AuditPage", "Indonesian"),
    "en": QT_TRANSLATE_NOOP("AuditPage", "English"),
    "contribution_rules": QT_TRANSLATE_NOOP("AuditPage", "contribution rules"),
    "occupations": QT_TRANSLATE_NOOP("AuditPage", "occupations"),
    "regions": QT_TRANSLATE_NOOP("AuditPage", "regions"),
    "file": QT_TRANSLATE_NOOP("AuditPage", "key file"),
    "passphrase": QT_TRANSLATE_NOOP("AuditPage", "passphrase"),
    "username": QT_TRANSLATE_NOOP("AuditPage", "user name"),
    "password": QT_TRANSLATE_NOOP("AuditPage", "password"),
    "other": QT_TRANSLATE_NOOP("AuditPage", "other"),
    "body": QT_TRANSLATE_NOOP("AuditPage", "whole request"),
    "unreadable": QT_TRANSLATE_NOOP("AuditPage", "does not read"),
    "altered": QT_TRANSLATE_NOOP("AuditPage", "altered"),
    "not_held": QT_TRANSLATE_NOOP("AuditPage", "the laptop no longer has it"),
    "copy_differs": QT_TRANSLATE_NOOP("AuditPage", "the laptop's copy does not match"),
    "ALL": QT_TRANSLATE_NOOP("AuditPage", "all laptops"),  # the device of a branch tally
}  # fmt: skip
# Codes the branch writes whose domain message speaks to someone else (the one signing in, the
# officer whose laptop sent the record): said here for the supervisor reading the log.
CODES: dict[str, object] = {
    "LOGIN_FAILED": QT_TRANSLATE_NOOP("AuditPage", "wrong user name or password"),
    "ACCOUNT_LOCKED": QT_TRANSLATE_NOOP("AuditPage", "account locked"),
    "ROLE_REFUSED": QT_TRANSLATE_NOOP("AuditPage", "not a staff account"),
    "REQUEST_INVALID": QT_TRANSLATE_NOOP("AuditPage", "sign-in form not valid"),
    "REQUEST_UNREADABLE": QT_TRANSLATE_NOOP("AuditPage", "sign-in request unreadable"),
    "SUPERSEDES_FOREIGN": QT_TRANSLATE_NOOP("AuditPage", "replaces another laptop's record"),
    "VOID_CONFLICT": QT_TRANSLATE_NOOP("AuditPage", "void of a version in conflict"),
}  # fmt: skip
_YES, _NO = QT_TRANSLATE_NOOP("AuditPage", "yes"), QT_TRANSLATE_NOOP("AuditPage", "no")
_BYTES = QT_TRANSLATE_NOOP("AuditPage", "bytes")  # below a kilobyte: "512 bytes"
# A `from` and a `to` that are both moments (the minute of a summary of refusals only counted)
# are a time window, said as one: not a decision's "dari … menjadi …" (from one state to another).
_WINDOW = QT_TRANSLATE_NOOP("AuditPage", "from {start} to {end}")
_UNITS = ("KB", "MB", "GB", "TB")
_UNBROKEN = "\u00a0"  # a no-break space: a wrapped line never leaves "2,5" over "KB"
_GROUPS = frozenset({"counts"})  # said by their members' names alone
# values said in words
_WORDED = frozenset({"from", "to", "held", "decision", "via", "role", "way", "lang", "kind",
                     "master_key", "fields", "device", "why"})  # fmt: skip
_CODED = frozenset({"code", "reason_code", "refused"})  # a code: its message in words
_WHOLE = frozenset({"receipt_no", "name"})  # never cut: what an auditor looks a line up by
_SIZES = frozenset({"bytes"})  # a byte count: "1,2 MB", the count itself in the tooltip
# Said before the others, in this order: a code in words, then the receipt number a line is
# looked up by (drawn whole, `wrapped_column.drawn_text`: after the way a receipt's line took
# three lines in larger Indonesian text, not two), then the way a record was seen.
_FIRST = ("code", "reason_code", "refused", "receipt_no", "way")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_LONGEST = 24  # a longer value that is not a moment (a checksum) shows its first 12 characters

Moment = Callable[[datetime], str]


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def detail_text(detail: Any, moment: Moment | None = None, lang: str = "en") -> str:
    """A line's details as `name: value` pairs in words (see the module text); `moment` says a
    moment in the branch's zone (ISO text as it is without it), `lang` the language of days and
    of the codes' messages."""
    if not isinstance(detail, dict) or not detail:
        return "–"
    pairs = _pairs(detail, "", moment, lang)
    return ", ".join(f"{name}: {value}" if name else value for name, value, _code in pairs)


def detail_tooltip(detail: Any, moment: Moment | None = None, lang: str = "en") -> str:
    """The details whole, one pair a line, each code after its words: `reason: This NIK
    already has … (NIK_DUPLICATE)`."""
    if not isinstance(detail, dict) or not detail:
        return "–"
    lines = _pairs(detail, "", moment, lang, cut=False)
    return "\n".join(
        f"{n}: {v} ({code})" if code else f"{n}: {v}" if n else v for n, v, code in lines
    )


def code_text(code: str, lang: str) -> str:
    """A code in words for the audit's reader: the audit's own words, else the domain message
    (its first sentence, no full stop), else the code as it is."""
    if code in CODES:
        return _tr(CODES[code])
    said = reason_text(code, lang).split(". ")[0].strip().rstrip(".")
    return said or code


def _pairs(
    detail: dict[str, Any], prefix: str, moment: Moment | None, lang: str, *, cut: bool = True
) -> list[tuple[str, str, str]]:
    """(name, value, code) for each pair; `code` is the code a value says in words, or "". A
    time window is one pair with no name, last."""
    found: list[tuple[str, str, str]] = []
    window = _window(detail, moment, lang)
    if window:
        detail = {k: v for k, v in detail.items() if k not in {"from", "to"}}
    for key, value in sorted(detail.items(), key=_first_then_by_name):
        name = f"{prefix}{_name(key)}"
        if isinstance(value, dict):
            inner = "" if key in _GROUPS else f"{name}."
            found += _pairs(value, inner, moment, lang, cut=cut)
        elif isinstance(value, list):
            shown = " ".join(_said(key, v, moment, lang, cut) for v in value)
            found.append((name, shown or "–", ""))
        elif key in _CODED and isinstance(value, str) and value:
            words = code_text(value, lang)
            found.append((name, words, value if words != value else ""))
        else:
            found.append((name, _said(key, value, moment, lang, cut), ""))
    if window:
        found.append(("", window, ""))
    return found


def _window(detail: dict[str, Any], moment: Moment | None, lang: str) -> str:
    """The time window "from {start} to {end}" ("… sampai …") when `from` and `to` are both
    moments, else ""."""
    start, end = detail.get("from"), detail.get("to")
    if not (isinstance(start, str) and isinstance(end, str)):
        return ""
    if not (_MOMENT.match(start) and _MOMENT.match(end)):
        return ""
    said = [_value(v, moment, lang, cut=False) for v in (start, end)]
    return _tr(_WINDOW).format(start=said[0], end=said[1])


def _first_then_by_name(item: tuple[str, Any]) -> tuple[int, str]:
    key = item[0]
    return (_FIRST.index(key) if key in _FIRST else len(_FIRST), key)


def _said(key: str, value: Any, moment: Moment | None, lang: str, cut: bool) -> str:
    if key in _WORDED and str(value) in VALUES:
        return _tr(VALUES[str(value)])
    if key in _WHOLE and isinstance(value, str):
        return value
    if key in _SIZES and isinstance(value, int) and not isinstance(value, bool):
        return file_size(value, lang) if cut else f"{file_size(value, lang)} ({value})"
    if isinstance(value, dict):  # a file of an export: its name first, said as the pairs are
        pairs = sorted(value.items(), key=lambda pair: (pair[0] != "name", pair[0]))
        return " ".join(f"{_name(k)}={_said(k, v, moment, lang, cut)}" for k, v in pairs)
    return _value(value, moment, lang, cut=cut)


def file_size(count: int, lang: str) -> str:
    """A byte count as a clerk reads a file's size: `512 bytes`, `1,2 MB` (`1.2 MB` in
    English), in kilobytes of 1,024 bytes as the file manager counts them; the number and its
    unit stay on one line."""
    if count < 1024:
        return f"{thousands(count)}{_UNBROKEN}{_tr(_BYTES)}"
    size, units = count / 1024, list(_UNITS)
    while size >= 1024 and len(units) > 1:
        size, units = size / 1024, units[1:]
    said = f"{size:.1f}"
    return f"{said.replace('.', ',') if lang == 'id' else said}{_UNBROKEN}{units[0]}"


def _name(key: str) -> str:
    source = NAMES.get(key) or VALUES.get(key)
    return _tr(source) if source else key


def _value(value: Any, moment: Moment | None, lang: str, *, cut: bool = True) -> str:
    if isinstance(value, bool):
        return _tr(_YES if value else _NO)
    if isinstance(value, int):
        return thousands(value)
    if value is None:
        return "–"
    text = str(value)
    if _DAY.match(text):
        return long_date(date.fromisoformat(text), lang)
    if _MOMENT.match(text) and moment is not None:
        try:
            return moment(datetime.fromisoformat(text.replace("Z", "+00:00")))
        except ValueError:
            pass
    return text if not cut or len(text) <= _LONGEST else text[:12] + "…"
