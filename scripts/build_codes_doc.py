#!/usr/bin/env python3
"""Write `docs/CODES.md`: every stable code the two programs say, with its words.

The codes are a contract (DESIGN.md §8: scripts and support staff depend on them), and 26 of
them were written nowhere but in the source. The table is made from the code's own message
tables (`bpu_enroll.domain.errors`, `branch_errors`), so a new code is documented the moment it
has words; `--check` exits 1 when the committed file is not what the code says (a test runs it,
so CI catches a stale table).

Usage: `python scripts/build_codes_doc.py [--check]`
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bpu_enroll.domain import errors
from bpu_enroll.domain.branch_errors import BRANCH_CODES

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "CODES.md"

INTRO = """\
# Codes

Generated from `src/bpu_enroll/domain/errors.py` and `branch_errors.py` by
`scripts/build_codes_doc.py`: do not edit; run `python scripts/build_codes_doc.py` after adding
a code. A code never changes meaning; new codes are only added (DESIGN.md §8).

Where the codes appear:

- **`bpu-enroll` and `bpu-branch` headless commands**: `--json` output carries
  `{"field", "code", "message"}` items (the message in the language of `--lang`, Indonesian by
  default); exit 0 success, 1 the input was judged and refused, 2 a usage error (`USAGE`).
- **The branch's HTTP answers**: a refusal is `{"error": {"code", "message"}}` with the English
  message (for logs and scripts); a synced record's verdict carries reason codes.
- **The desktop apps** show the message of the code in the user's language, never the code alone.

`…` in a message stands for what the case fills in (a field's limit, a file's name, an entry's
number). A warning does not stop a registration; every other code is a refusal.
"""

GROUPS: tuple[tuple[str, str, frozenset[str]], ...] = (
    (
        "Registration form (DESIGN.md §8)",
        "What `validate`, `register`, the registration form and the branch's re-check say about "
        "a field.",
        errors.FORM_CODES,
    ),
    (
        "Registration form, added here",
        "Form codes for values that have no more specific code in DESIGN.md §8.",
        errors.EXTRA_FORM_CODES,
    ),
    (
        "Reading a KTP photo",
        "What `ktp-read` and the form's photo button say about the NIK they read.",
        errors.KTP_CODES,
    ),
    (
        "A synced record's verdict",
        "Reason codes the branch gives a record (rejected, held as a conflict) and the laptop's "
        "store uses for a record's state; a clerk's chosen reason is one of these or a form code.",
        errors.RECORD_CODES,
    ),
    (
        "A receipt's verdict",
        "`reason` of `verify-receipt` (both programs) and of the workspace's receipt check when "
        "`valid` is false; the branch adds `DEVICE_REVOKED` for a receipt issued after the "
        "laptop was revoked.",
        errors.RECEIPT_CODES,
    ),
    (
        "Files, sign-in, stores, keys, sync and set-up",
        "Refusals of the commands and of both apps that are not about one field of a form.",
        errors.OPERATIONAL_CODES,
    ),
    (
        "The branch server's refusals",
        "Answers of the branch's HTTP API to staff and laptops, shown in words by the workspace "
        "and `bpu-branch`.",
        BRANCH_CODES,
    ),
)


def _cell(text: str) -> str:
    """A message fit for a table cell: pipes escaped, no line breaks."""
    return " ".join(text.split()).replace("|", "\\|")


def render() -> str:
    """The whole text of docs/CODES.md as the code says it today."""
    lines = [INTRO]
    seen: set[str] = set()
    for title, about, codes in GROUPS:
        lines += [f"## {title}", "", about, "", "| code | Bahasa Indonesia | English |"]
        lines.append("| --- | --- | --- |")
        for code in sorted(codes - seen):
            mark = " (warning)" if code in errors.WARNING_CODES else ""
            indonesian = _cell(errors.message(code, "id"))
            english = _cell(errors.message(code, "en"))
            lines.append(f"| `{code}`{mark} | {indonesian} | {english} |")
        lines.append("")
        seen |= codes
    missing = errors.ALL_CODES - seen
    if missing:  # a code in no group would be a code nobody wrote down
        raise SystemExit(f"codes in no group of this script: {sorted(missing)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Write the file, or with `--check` say whether it is current (exit 1 when not)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/CODES.md is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        if current != text:
            print("docs/CODES.md is stale: run python scripts/build_codes_doc.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)} ({len(errors.ALL_CODES)} codes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
