"""The details of a branch audit line in the reader's language, for the supervisor's audit page.

A line's detail is a JSON object written by the server (`{"decision": "confirm_duplicate",
"from": "duplicate", …}`). `detail_text` says it as `name: value` pairs: each known name in
words ("keputusan", "alamat", "tanda terima"), states, decisions, roles and ways in in words
("diterima", "Konfirmasi duplikat", "jaringan"), a day as `17 Maret 2026` and a moment in the
branch's zone (`17 Maret 2026 09.30 WIB`), whole numbers with the thousands dot (`1.234`), yes and
no in words. A count group (`counts`) is said by its states alone ("baru: 24, berubah: 0").
Names and values it does not know are shown as they are, a long one (a checksum) cut to its
first 12 characters; never Python's braces or quotes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from bpu_enroll.domain.formatting import long_date, thousands

_CONTEXT = "AuditPage"
NAMES: dict[str, object] = {
    "address": QT_TRANSLATE_NOOP("AuditPage", "address"),
    "locked_until": QT_TRANSLATE_NOOP("AuditPage", "locked until"),
    "code": QT_TRANSLATE_NOOP("AuditPage", "code"),
    "fields": QT_TRANSLATE_NOOP("AuditPage", "fields"),
    "decision": QT_TRANSLATE_NOOP("AuditPage", "decision"),
    "decision_seq": QT_TRANSLATE_NOOP("AuditPage", "decision no."),
    "reason_code": QT_TRANSLATE_NOOP("AuditPage", "reason"),
    "from": QT_TRANSLATE_NOOP("AuditPage", "from"),
    "to": QT_TRANSLATE_NOOP("AuditPage", "to"),
    "supersedes": QT_TRANSLATE_NOOP("AuditPage", "names record"),
    "device": QT_TRANSLATE_NOOP("AuditPage", "laptop"),
    "device_revoked": QT_TRANSLATE_NOOP("AuditPage", "laptop revoked"),
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
    "tally_hash": QT_TRANSLATE_NOOP("AuditPage", "tally hash"),
    "role": QT_TRANSLATE_NOOP("AuditPage", "role"),
    "sessions_ended": QT_TRANSLATE_NOOP("AuditPage", "sessions ended"),
    "label": QT_TRANSLATE_NOOP("AuditPage", "label"),
    "code_hash": QT_TRANSLATE_NOOP("AuditPage", "code hash"),
    "expires_at": QT_TRANSLATE_NOOP("AuditPage", "valid until"),
    "province": QT_TRANSLATE_NOOP("AuditPage", "province"),
    "name": QT_TRANSLATE_NOOP("AuditPage", "name"),
    "value": QT_TRANSLATE_NOOP("AuditPage", "value"),
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
    "receipt_check": QT_TRANSLATE_NOOP("AuditPage", "receipt check"),
    "officer": QT_TRANSLATE_NOOP("AuditPage", "field officer"),
    "clerk": QT_TRANSLATE_NOOP("AuditPage", "clerk"),
    "supervisor": QT_TRANSLATE_NOOP("AuditPage", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("AuditPage", "administrator"),
}  # fmt: skip
_YES, _NO = QT_TRANSLATE_NOOP("AuditPage", "yes"), QT_TRANSLATE_NOOP("AuditPage", "no")
_GROUPS = frozenset({"counts"})  # said by their members' names alone
_WORDED = frozenset({"from", "to", "decision", "via", "role", "way"})  # values said in words
_WHOLE = frozenset({"receipt_no"})  # never cut: what an auditor looks the line up by
_FIRST = ("way",)  # said before the others (sorted by name): the cut would take it
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_LONGEST = 24  # a longer value that is not a moment (a checksum) shows its first 12 characters

Moment = Callable[[datetime], str]


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def detail_text(detail: Any, moment: Moment | None = None, lang: str = "en") -> str:
    """A line's details as `name: value` pairs in words (see the module text); `moment` says a
    moment in the branch's zone (ISO text as it is without it), `lang` the language of days."""
    if not isinstance(detail, dict) or not detail:
        return "–"
    return ", ".join(f"{name}: {value}" for name, value in _pairs(detail, "", moment, lang))


def _pairs(
    detail: dict[str, Any], prefix: str, moment: Moment | None, lang: str
) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for key, value in sorted(detail.items(), key=lambda item: (item[0] not in _FIRST, item[0])):
        if isinstance(value, dict):
            inner = "" if key in _GROUPS else f"{prefix}{_name(key)}."
            found += _pairs(value, inner, moment, lang)
        elif isinstance(value, list):
            shown = " ".join(_value(v, moment, lang) for v in value)
            found.append((f"{prefix}{_name(key)}", shown or "–"))
        elif key in _WORDED and str(value) in VALUES:
            found.append((f"{prefix}{_name(key)}", _tr(VALUES[str(value)])))
        elif key in _WHOLE and isinstance(value, str):
            found.append((f"{prefix}{_name(key)}", value))
        else:
            found.append((f"{prefix}{_name(key)}", _value(value, moment, lang)))
    return found


def _name(key: str) -> str:
    source = NAMES.get(key) or VALUES.get(key)
    return _tr(source) if source else key


def _value(value: Any, moment: Moment | None, lang: str) -> str:
    if isinstance(value, bool):
        return _tr(_YES if value else _NO)
    if isinstance(value, int):
        return thousands(value)
    if isinstance(value, dict):
        return " ".join(f"{_name(k)}={_value(v, moment, lang)}" for k, v in sorted(value.items()))
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
    return text if len(text) <= _LONGEST else text[:12] + "…"
