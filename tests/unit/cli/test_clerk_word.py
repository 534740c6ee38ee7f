"""The command lines call the branch clerk by the desktop app's word for the role.

The app says "petugas administrasi"; `bpu-enroll --help`, `bpu-branch --help` and `bpu-branch`'s
messages said "petugas loket" in six places, so support staff read two names for one role.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bpu_enroll.branch.admin.help_texts import HELP_TEXTS as BRANCH_TEXTS
from bpu_enroll.branch.admin.said_texts import SAID_TEXTS
from bpu_enroll.cli.help_texts import GUI_HELP_TEXTS
from bpu_enroll.cli.help_texts import HELP_TEXTS as LAPTOP_TEXTS

CATALOGUE = Path(__file__).parents[3] / "resources" / "translations" / "bpu_enroll_id.ts"
TEXTS = {**LAPTOP_TEXTS, **GUI_HELP_TEXTS, **{f"branch {k}": v for k, v in BRANCH_TEXTS.items()}}
TEXTS |= {f"said {k}": v for k, v in SAID_TEXTS.items()}
CLERK = re.compile(r"\bclerks?\b", re.IGNORECASE)


def app_word() -> str:
    """The app's Indonesian for the role `Clerk` (the user's role in the status bar)."""
    words = {
        message.findtext("translation")
        for message in ET.parse(CATALOGUE).iter("message")
        if message.findtext("source") == "Clerk"
    }
    assert len(words) == 1, words
    return str(words.pop()).lower()


def test_the_app_calls_the_clerk_petugas_administrasi() -> None:
    assert app_word() == "petugas administrasi"


@pytest.mark.parametrize("key", sorted(k for k, (_, en) in TEXTS.items() if CLERK.search(en)))
def test_a_command_line_text_about_the_clerk_uses_the_apps_word(key: str) -> None:
    indonesian = TEXTS[key][0]
    assert app_word() in indonesian.lower(), (key, indonesian)
    assert "loket" not in indonesian.lower()
