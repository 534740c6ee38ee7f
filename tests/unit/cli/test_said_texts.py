"""The tables of what both tools say to people (`cli.said_texts`, `admin.said_texts`): every
text has its English, and both languages fill the same placeholders (a placeholder missing in
one language would fail only in that language, and only when that line is said)."""

from __future__ import annotations

import string

import pytest

from bpu_enroll.branch.admin.said_texts import SAID_TEXTS as BRANCH_SAID
from bpu_enroll.cli.said_texts import SAID_TEXTS as LAPTOP_SAID

TABLES = {"bpu-enroll": LAPTOP_SAID, "bpu-branch": BRANCH_SAID}


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("tool", sorted(TABLES))
def test_every_text_is_translated_with_the_same_placeholders(tool: str) -> None:
    table = TABLES[tool]
    assert [key for key, (indonesian, english) in table.items() if indonesian == english] == []
    assert [
        key
        for key, (indonesian, english) in table.items()
        if _placeholders(indonesian) != _placeholders(english)
    ] == []
