"""The review page's detail panel: one review item (GET /review/{id}) as HTML.

A duplicate is shown beside the participant the branch already has (when the registration that
enrolled them was voided, beside it, saying in bold that accepting enrols the worker again with that
KPJ), a conflict's held and received versions side by side; a field that differs carries "≠", bold
text and a coloured background, so a difference is never shown by colour alone. Reason codes are
explained with the domain's messages. Values arrive display-ready (the NIK masked) from the server.
A receipt number in the heading and in the sentences about the participant stays whole on a line
(`formatting.unbroken`; the browser copies it as written), and in the fields table of versions
side by side each version's number stands whole on its own line (`_code_row`).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from bpu_enroll.domain.formatting import long_date, rupiah, unbroken
from bpu_enroll.domain.occupations import default_catalogue
from bpu_enroll.gui.workspace.review.model import moment_text, reason_text, state_text

DIFFERS = "\u2260"  # ≠, so a difference is never shown by colour alone
DIFF_BACKGROUND = "#ffe08a"
_DETAIL = "ReviewDetail"
FIELD_LABELS = {
    "nik_masked": QT_TRANSLATE_NOOP("ReviewDetail", "NIK"),
    "full_name": QT_TRANSLATE_NOOP("ReviewDetail", "Name"),
    "birth_date": QT_TRANSLATE_NOOP("ReviewDetail", "Birth date"),
    "gender": QT_TRANSLATE_NOOP("ReviewDetail", "Gender"),
    "phone_masked": QT_TRANSLATE_NOOP("ReviewDetail", "Phone"),
    "mother_name": QT_TRANSLATE_NOOP("ReviewDetail", "Mother's name"),
    "address": QT_TRANSLATE_NOOP("ReviewDetail", "Address"),
    "village_code": QT_TRANSLATE_NOOP("ReviewDetail", "Village code"),
    "occupation_code": QT_TRANSLATE_NOOP("ReviewDetail", "Occupation"),
    "work_location": QT_TRANSLATE_NOOP("ReviewDetail", "Work location"),
    "programs": QT_TRANSLATE_NOOP("ReviewDetail", "Programmes"),
    "declared_income": QT_TRANSLATE_NOOP("ReviewDetail", "Declared income"),
    "months_paid": QT_TRANSLATE_NOOP("ReviewDetail", "Months paid"),
    "total_quoted": QT_TRANSLATE_NOOP("ReviewDetail", "Contribution quoted"),
    "cash_paid": QT_TRANSLATE_NOOP("ReviewDetail", "Cash paid"),
    "registration_date": QT_TRANSLATE_NOOP("ReviewDetail", "Registration date"),
    "receipt_no": QT_TRANSLATE_NOOP("ReviewDetail", "Receipt number"),
}
_MONEY = frozenset({"declared_income", "total_quoted", "cash_paid"})
# A code kept whole where versions stand side by side (`_code_row`).
_CODES = frozenset({"receipt_no"})
# A value never broken in its cell: a masked phone as a record sent it (`+62-812-3456-78901`,
# `+62-81*********901`) broke anywhere in its digits in a narrow column of versions side by
# side in larger text (`+62-81*********90` over `1`), or after a hyphen before a letter or `*`.
_WHOLE = frozenset({"phone_masked"})


def _dtr(text: object) -> str:
    return QCoreApplication.translate(_DETAIL, str(text))


def field_label(name: str) -> str:
    """A field's stable name as the clerk reads it."""
    return _dtr(FIELD_LABELS[name]) if name in FIELD_LABELS else name


_GENDERS = {
    "M": QT_TRANSLATE_NOOP("ReviewDetail", "Male"),
    "F": QT_TRANSLATE_NOOP("ReviewDetail", "Female"),
}
_DATES = frozenset({"birth_date", "registration_date"})


def field_value(name: str, value: object, lang: str = "id") -> str:
    """A display value as the clerk reads it: money that came as whole rupiah as `Rp36.800`,
    a date as `17 Agustus 1992`, the gender in words, an occupation by its name with its code
    (from the shipped catalogue). Anything else, or a value that is not what its field holds
    (a record refused for it), as it came."""
    text = "" if value is None else str(value)
    if name in _MONEY and text.isdigit():
        return rupiah(int(text))
    if name in _DATES:
        with suppress(ValueError):
            return long_date(date.fromisoformat(text), lang)
    if name == "gender" and text in _GENDERS:
        return _dtr(_GENDERS[text])
    if name == "occupation_code" and (occupation := default_catalogue().get(text)) is not None:
        return f"{occupation.name(lang)} ({text})"
    return text


def _explained(code: str, lang: str) -> str:
    text = reason_text(code, lang)
    return f" — {text}" if text else ""


def _row(name: str, values: Sequence[object], differs: bool, lang: str) -> str:
    label = escape(field_label(name))
    nowrap = ' style="white-space:nowrap"' if name in _WHOLE else ""
    shown = [escape(field_value(name, v, lang)) for v in values]
    if differs:
        colour = f' bgcolor="{DIFF_BACKGROUND}"'
        inner = f"<td{colour}><b>{label}</b></td>" + "".join(
            f"<td{colour}{nowrap}><b>{c}</b></td>" for c in shown
        )
        return f"<tr><td{colour}><b>{DIFFERS}</b></td>{inner}</tr>"
    return (
        f"<tr><td></td><td>{label}</td>" + "".join(f"<td{nowrap}>{c}</td>" for c in shown) + "</tr>"
    )


def _code_row(name: str, values: Sequence[object], titles: Sequence[str], differs: bool) -> str:
    """A code's row (a receipt number) of versions side by side: one cell across the versions'
    columns, each version's code whole on its own line, named by its column's title. Two
    receipt numbers side by side do not fit the details at 1366 px in larger text: each column
    broke its number after `JKT01-`, or anywhere in its digits."""
    pairs = zip(values, titles, strict=True)
    lines = [f"{escape(unbroken(str(v or '')))} ({escape(t)})" for v, t in pairs]
    colour = f' bgcolor="{DIFF_BACKGROUND}"' if differs else ""
    said = "<br>".join(f"<b>{line}</b>" if differs else line for line in lines)
    marker = f"<b>{DIFFERS}</b>" if differs else ""
    label = f"<b>{escape(field_label(name))}</b>" if differs else escape(field_label(name))
    return (
        f"<tr><td{colour}>{marker}</td><td{colour}>{label}</td>"
        f'<td colspan="{len(values)}"{colour}>{said}</td></tr>'
    )


def fields_table(
    titles: Sequence[str],
    columns: Sequence[dict[str, Any]],
    differences: Sequence[str],
    lang: str = "id",
) -> str:
    """Fields side by side (one column per version), differing rows marked `≠` and in bold."""
    names: list[str] = []
    for column in columns:
        names.extend(n for n in column if n not in names)
    head = "".join(
        f"<th align='left'>{escape(t)}</th>"
        for t in ["", _dtr(QT_TRANSLATE_NOOP("ReviewDetail", "Field")), *titles]
    )
    body = "".join(
        _code_row(name, [c.get(name, "") for c in columns], titles, name in differences)
        if name in _CODES and len(columns) > 1
        else _row(name, [c.get(name, "") for c in columns], name in differences, lang)
        for name in names
    )
    return f'<table cellspacing="0" cellpadding="3" border="1"><tr>{head}</tr>{body}</table>'


def _differences_line(differences: Sequence[str]) -> str:
    if not differences:
        return ""
    names = ", ".join(field_label(n) for n in differences)
    text = _dtr(
        QT_TRANSLATE_NOOP("ReviewDetail", "{marker} marks the fields that differ: {names}.")
    ).format(marker=DIFFERS, names=names)
    return f"<p><b>{escape(text)}</b></p>"


def _header(record: dict[str, Any], province: str, lang: str) -> str:
    kind = state_text(record.get("kind") or record.get("state"))
    title = _dtr(QT_TRANSLATE_NOOP("ReviewDetail", "{kind}: receipt {receipt}")).format(
        kind=kind, receipt=unbroken(str(record.get("receipt_no") or ""))
    )
    facts = _dtr(
        QT_TRANSLATE_NOOP("ReviewDetail", "Officer {officer} · device {device} · received {when}")
    ).format(
        officer=record.get("officer", ""),
        device=record.get("device", ""),
        when=moment_text(record.get("received_at"), province, lang),
    )
    parts = [f"<h3>{escape(title)}</h3>", f"<p>{escape(facts)}</p>"]
    if record.get("note"):
        note = _dtr(QT_TRANSLATE_NOOP("ReviewDetail", "Note: {note}")).format(note=record["note"])
        parts.append(f"<p>{escape(note)}</p>")
    return "".join(parts)


def _reasons(record: dict[str, Any], lang: str) -> str:
    codes = [str(c) for c in record.get("reasons", [])]
    if not codes:
        return ""
    items = "".join(
        f"<li><b>{escape(code)}</b>{escape(_explained(code, lang))}</li>" for code in codes
    )
    title = _dtr(QT_TRANSLATE_NOOP("ReviewDetail", "Reasons:"))
    return f"<p>{escape(title)}</p><ul>{items}</ul>"


_PARTICIPANT = QT_TRANSLATE_NOOP(
    "ReviewDetail", "Already a participant: KPJ {kpj}, receipt {receipt}, officer {officer}."
)
# A duplicate of a participant who has lapsed (docs/EXPORT.md): the clerk may accept it.
_LAPSED = QT_TRANSLATE_NOOP(
    "ReviewDetail",
    "The registration that enrolled this worker (receipt {receipt}, officer {officer}) was "
    "voided. Accepting this record enrols them again with the same KPJ {kpj}.",
)


def _comparison(detail: dict[str, Any], province: str, lang: str) -> str:
    record = detail["record"]
    differences = list(detail.get("differences", []))
    existing = detail.get("existing")
    versions = list(detail.get("versions", []))
    if existing:
        lapsed = bool(existing.get("lapsed"))
        facts = _dtr(_LAPSED if lapsed else _PARTICIPANT)
        line = facts.format(
            kpj=existing.get("kpj") or "", receipt=unbroken(existing.get("receipt_no") or ""),
            officer=existing.get("officer") or "",
        )  # fmt: skip
        titles = [
            _dtr(QT_TRANSLATE_NOOP("ReviewDetail", "This record")),
            _dtr(
                QT_TRANSLATE_NOOP("ReviewDetail", "Voided registration")
                if lapsed
                else QT_TRANSLATE_NOOP("ReviewDetail", "Existing participant")
            ),
        ]
        table = fields_table(titles, [record.get("fields", {}), existing.get("fields", {})],
                             differences, lang)  # fmt: skip
        # lapsed: the reason Accept is offered for a duplicate, in bold
        said = f"<b>{escape(line)}</b>" if lapsed else escape(line)
        return f"<p>{said}</p>{_differences_line(differences)}{table}"
    if len(versions) >= 2:
        labels = {
            "held": _dtr(QT_TRANSLATE_NOOP("ReviewDetail", "Held by the branch")),
            "received": _dtr(QT_TRANSLATE_NOOP("ReviewDetail", "Received again")),
        }
        titles = [
            f"{labels.get(v.get('label'), str(v.get('label')))} "
            f"({moment_text(v.get('received_at'), province, lang)})"
            for v in versions
        ]
        table = fields_table(titles, [v.get("fields", {}) for v in versions], differences, lang)
        return f"{_differences_line(differences)}{table}"
    return fields_table(
        [_dtr(QT_TRANSLATE_NOOP("ReviewDetail", "Value"))],
        [record.get("fields", {})],
        differences,
        lang,
    )


def detail_html(detail: dict[str, Any], province_code: str, lang: str) -> str:
    """One review item (the REVIEW_DETAIL document) as HTML for the detail panel."""
    record = detail["record"]
    return (
        _header(record, province_code, lang)
        + _reasons(record, lang)
        + _comparison(detail, province_code, lang)
    )
