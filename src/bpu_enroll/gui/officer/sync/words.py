"""The Sync page's words that depend on nothing the page holds: a failed sync or export, a reason
code and a needs-attention line, as the officer reads them.

They are translated in the page's own context (`SyncPage`), so moving them here changed no
translation. The sentences with a count (`%Ln`) stay in `page`: lupdate records a plural
only from a class's `tr`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bpu_enroll.domain.errors import ALL_CODES, BpuError, Refusals, message
from bpu_enroll.domain.formatting import path_unbroken, unbroken
from bpu_enroll.gui.common.feedback import code_kept_whole, codes_text, with_codes
from bpu_enroll.services.sync import AttentionItem
from bpu_enroll.sync.client import SyncRefused
from bpu_enroll.sync.laptop_store import CONFLICT_CODE


def failure_text(exc: object, lang: str) -> str:
    """A failed sync or export as the officer reads it, with its stable code (also what an
    export says of the files left hidden, `EXPORT_FILES_HIDDEN`)."""
    if isinstance(exc, SyncRefused):
        # A code this app knows is said in the officer's language, not the server's words.
        known = exc.code in ALL_CODES
        reason = message(exc.code, lang) if known else exc.message
        return code_kept_whole(
            QCoreApplication.translate(
                "SyncPage", "The branch refused the sync: {reason} (code {code})"
            ).format(reason=reason, code=exc.code)
        )
    if isinstance(exc, BpuError) and exc.code == "NOT_ENROLLED":
        return code_kept_whole(
            QCoreApplication.translate(
                "SyncPage", "This laptop is not enrolled at a branch (code NOT_ENROLLED)."
            )
        )
    if isinstance(exc, Refusals):  # each with its code, a line each: two refusals, not one
        return "\n".join(failure_text(refusal, lang) for refusal in exc.refusals)
    if isinstance(exc, BpuError):  # the code stays with the last word, as the form's do
        return with_codes(_kept_whole(exc).message(lang), f"({exc.code})")
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "SyncPage", "The file could not be written ({name})."
        ).format(name=type(exc).__name__)
    return QCoreApplication.translate(
        "SyncPage", "Something went wrong ({name}). Nothing was lost; try again."
    ).format(name=type(exc).__name__)


def _kept_whole(exc: BpuError) -> BpuError:
    """`exc` with the receipt numbers it names (`RECEIPT_NOT_HELD`, `RECEIPT_PURGED`) each kept
    on one line (`formatting.unbroken`), as a code is (`code_kept_whole`): in larger text a
    narrow label broke one after its first hyphen. The list still breaks after its commas. The
    file paths it names (`EXPORT_PARTS_IN_THE_WAY`) break only after a "/"
    (`formatting.path_unbroken`)."""
    params = dict(exc.params)
    receipts = params.get("receipts")
    if isinstance(receipts, list):
        params["receipts"] = [unbroken(str(receipt)) for receipt in receipts]
    if isinstance(params.get("file"), str):
        params["file"] = path_unbroken(params["file"])
    files = params.get("files")
    if isinstance(files, list):
        params["files"] = [path_unbroken(str(name)) for name in files]
    if params == exc.params:
        return exc
    return BpuError(exc.code, exc.field, **params)


def reason_text(code: str, lang: str) -> str:
    """A reason code as the officer reads it."""
    if code == CONFLICT_CODE:
        return QCoreApplication.translate(
            "SyncPage", "conflict: the branch holds another version of this record"
        )
    return message(code, lang)


def attention_text(item: AttentionItem, lang: str) -> str:
    """One needs-attention line: receipt, name, reasons and codes, the clerk's note, what to do."""
    texts = [reason_text(code, lang) for code in item.codes]
    if item.reason_text and any(t == c for t, c in zip(texts, item.codes, strict=True)):
        texts = [item.reason_text]  # codes this laptop does not know: the branch's words
    # The reasons are sentences, as in the CLI.
    reasons = " ".join(texts) or QCoreApplication.translate("SyncPage", "no reason given")
    text = f"{item.receipt_number} · {item.full_name} — {reasons}"
    if item.codes:
        text = with_codes(text, codes_text(item.codes))
    if item.note:
        text += "\n" + QCoreApplication.translate("SyncPage", "Clerk's note: {note}").format(
            note=item.note
        )
    return text + "\n" + item.what_to_do(lang)


def nothing_needs_attention() -> str:
    """The needs-attention list when it is empty."""
    return QCoreApplication.translate("SyncPage", "Nothing needs attention.")
