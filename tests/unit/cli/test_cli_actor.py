"""Who runs a command, as its audit lines name them: `cli:` and the system user."""

from __future__ import annotations

import pytest

from bpu_enroll.cli.common import cli_actor


def test_a_system_user_too_long_for_the_actor_column_is_cut_visibly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`cli:` and a 70-character user name were cut at 64 without a sign; the cut shows now,
    within the column's 64 characters. A user name that fits is left whole."""
    monkeypatch.setenv("USER", "u" * 70)
    assert cli_actor() == "cli:" + "u" * 59 + "…"
    assert len(cli_actor()) == 64
    monkeypatch.setenv("USER", "u" * 60)
    assert cli_actor() == "cli:" + "u" * 60
