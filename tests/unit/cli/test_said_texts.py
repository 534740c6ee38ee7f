"""The tables of what both tools say to people (`cli.said_texts`, `admin.said_texts`): every
text has its English, and both languages fill the same placeholders (a placeholder missing in
one language would fail only in that language, and only when that line is said)."""

from __future__ import annotations

import string

import pytest

from bpu_enroll.branch.admin.said_texts import SAID_TEXTS as BRANCH_SAID
from bpu_enroll.cli.common import said_in
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


@pytest.mark.parametrize("tool", sorted(TABLES))
@pytest.mark.parametrize("count", [1, 2])
def test_every_text_can_be_said_with_any_count(tool: str, count: int) -> None:
    """A `{n:one|other}` placeholder is a count's word: it must format with 1 and with more."""
    table = TABLES[tool]
    for key, texts in table.items():
        values = {name: count for text in texts for name in _placeholders(text)}
        for lang in ("id", "en"):
            assert said_in(table, key, lang, **values)


def test_a_count_of_one_is_said_in_the_singular_in_english() -> None:
    def export(records: int, lang: str) -> str:
        return said_in(LAPTOP_SAID, "export-batch written", lang, records=records, file="b.bpub")

    assert export(1, "en") == "1 registration written to b.bpub."
    assert export(2, "en") == "2 registrations written to b.bpub."
    assert export(0, "en") == "0 registrations written to b.bpub."
    assert export(1, "id") == "1 pendaftaran ditulis ke b.bpub."
    assert said_in(BRANCH_SAID, "audit-verify intact", "en", entries=1).endswith("1 entry.")
    assert said_in(BRANCH_SAID, "audit-verify intact", "en", entries=7).endswith("7 entries.")
