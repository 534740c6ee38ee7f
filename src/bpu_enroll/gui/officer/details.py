"""The details panel of the Registrations page, as simple HTML (NIK and phone masked)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextEdit

from bpu_enroll.domain.errors import message
from bpu_enroll.domain.formatting import local_datetime, long_date, mask_nik, mask_phone, rupiah
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import codes_text, with_codes
from bpu_enroll.gui.officer.registrations.model import status_text
from bpu_enroll.services.records import RegistrationDetail

Row = tuple[str, str, bool]


def _row(label: str, value: str, *, whole: bool = False) -> Row:
    """A label and its value; a `whole` value (a receipt number, a masked phone) is never
    broken: in larger text a receipt number broke at a hyphen, `DEMO-` over `D0001-…`."""
    return label, value, whole


def _table(pairs: list[Row], per_line: int) -> str:
    """Label/value pairs laid out `per_line` to a line (two use a wide panel's width). A label
    is never broken: squeezed beside a second pair in larger text, "Didaftarkan" broke in
    the middle of the word."""
    nowrap = " style='white-space:nowrap'"
    cells = [
        f"<td{nowrap}><b>{escape(label)}</b></td><td{nowrap if whole else ''}>{escape(value)}</td>"
        for label, value, whole in pairs
    ]
    lines = [
        "<tr>" + "<td width='24'></td>".join(cells[i : i + per_line]) + "</tr>"
        for i in range(0, len(cells), per_line)
    ]
    return "<table cellspacing='3'>" + "".join(lines) + "</table>"


def fitted_details_html(detail: RegistrationDetail, ctx: AppContext, view: QTextEdit) -> str:
    """`details_html` two pairs to a line where they fit whole in `view`, else one: in larger
    text at 1280 px the two-pair table was wider than the panel, which scrolled sideways."""
    html = details_html(detail, ctx)
    document = view.document().clone()  # the view's font and margins
    document.setHtml(html)
    document.setTextWidth(1)  # at its narrowest: every column at the least it can take
    if document.size().width() <= view.viewport().width():
        return html
    return details_html(detail, ctx, per_line=1)


def details_html(detail: RegistrationDetail, ctx: AppContext, *, per_line: int = 2) -> str:
    """One stored version, described for the officer, `per_line` label/value pairs a line."""
    assert ctx.reference is not None
    lang, reg, row = ctx.lang, detail.registration, detail.row
    address = reg.get("address") or {}
    village = ctx.reference.regions.village(str(address.get("village_code", "")))
    occupation = ctx.reference.catalogue.get(str(reg.get("occupation_code", "")))
    born = str(reg.get("birth_date") or "")
    translate = QCoreApplication.translate
    rows = [
        _row(translate("Details", "Receipt number"), row.receipt_number, whole=True),
        _row(translate("Details", "Status"), status_text(row)),
        _row(
            translate("Details", "Registered"),
            local_datetime(row.created_at, ctx.province_code, lang),
        ),
        _row(
            translate("Details", "Officer"),
            f"{detail.officer_name} ({row.officer})" if detail.officer_name else row.officer,
        ),
        _row(translate("Details", "Name"), row.full_name),
        _row(translate("Details", "NIK"), mask_nik(str(reg.get("nik", "")))),
        _row(translate("Details", "Born"), f"{reg.get('birth_place') or ''}, {_date(born, lang)}"),
        _row(translate("Details", "Phone"), mask_phone(str(reg.get("phone") or "")), whole=True),
        _row(
            translate("Details", "Address"), _address(address, village.label() if village else "")
        ),
        _row(
            translate("Details", "Occupation"),
            _occupation(reg, occupation.name(lang) if occupation else ""),
        ),
        _row(translate("Details", "Work location"), str(reg.get("work_location") or "")),
        _row(translate("Details", "Monthly income"), rupiah(int(reg.get("monthly_income") or 0))),
        _row(translate("Details", "Programmes"), ", ".join(row.programs)),
        _row(translate("Details", "Months paid"), str(row.months_paid)),
        _row(translate("Details", "Contribution total"), rupiah(row.total_quoted)),
        _row(
            translate("Details", "Cash received"), rupiah(row.cash_paid) if row.cash_paid else "–"
        ),
    ]
    rows += _history(detail, ctx)
    return _table(rows, per_line)


def _history(detail: RegistrationDetail, ctx: AppContext) -> list[Row]:
    translate = QCoreApplication.translate
    rows = []
    if detail.supersedes_receipt:
        rows.append(_row(translate("Details", "Replaces"), detail.supersedes_receipt, whole=True))
    if detail.superseded_by_receipt:
        rows.append(
            _row(translate("Details", "Replaced by"), detail.superseded_by_receipt, whole=True)
        )
    if detail.row.voided:
        when = (
            local_datetime(detail.voided_at, ctx.province_code, ctx.lang)
            if detail.voided_at
            else ""
        )
        rows.append(_row(translate("Details", "Voided"), f"{when} ({detail.voided_by or ''})"))
        rows.append(_row(translate("Details", "Reason"), detail.void_reason or ""))
    if detail.kpj:
        rows.append(_row(translate("Details", "KPJ number"), detail.kpj))
    if detail.reject_codes:
        reasons = [message(code, ctx.lang) for code in detail.reject_codes]
        if any(text == code for text, code in zip(reasons, detail.reject_codes, strict=True)):
            reasons = [detail.branch_reason_text or " ".join(reasons)]
        label = translate("Details", "Branch's reasons")
        rows.append(_row(label, with_codes(" ".join(reasons), codes_text(detail.reject_codes))))
    if detail.branch_note:
        rows.append(_row(translate("Details", "Clerk's note"), detail.branch_note))
    if detail.purged_at:
        when = local_datetime(detail.purged_at, ctx.province_code, ctx.lang)
        rows.append(_row(translate("Details", "Personal data removed"), when))
    if detail.reprint_count:
        rows.append(_row(translate("Details", "Receipt copies"), str(detail.reprint_count)))
    return rows


def _date(iso: str, lang: str) -> str:
    from datetime import date

    try:
        return long_date(date.fromisoformat(iso), lang)
    except ValueError:
        return iso


def _address(address: dict[str, object], village_label: str) -> str:
    street = str(address.get("street") or "")
    rt, rw = address.get("rt"), address.get("rw")
    parts = [street] if street else []
    if rt or rw:
        parts.append(f"RT {rt or '-'} / RW {rw or '-'}")
    if village_label:
        parts.append(village_label)
    return ", ".join(parts)


def _occupation(reg: dict[str, object], name: str) -> str:
    other = reg.get("occupation_other")
    return f"{name}: {other}" if other else name
