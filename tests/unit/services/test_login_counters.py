"""The laptop's login-failure counters are sealed: editing `keyring.json` to reset them locks
the account instead, and the edit is recorded in the audit log at the next unlock."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.session import unlock
from bpu_enroll.store.keyring import keyring_path
from tests.unit.services.conftest import FakeClock


def _refusal(profile_dir: Path, password: str, clock: FakeClock) -> BpuError:
    with pytest.raises(BpuError) as refused:
        unlock(profile_dir, "demo", password, now=clock)
    return refused.value


def _edit(profile_dir: Path, change: Callable[[dict[str, Any]], None]) -> None:
    path = keyring_path(profile_dir)
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")


def _three_failures(profile_dir: Path, clock: FakeClock) -> None:
    for left in (4, 3, 2):
        refused = _refusal(profile_dir, "salah", clock)
        assert (refused.code, refused.params["attempts_left"]) == ("AUTH_FAILED", left)


def test_untouched_counters_count_and_a_success_clears_them(
    profile_dir: Path, clock: FakeClock
) -> None:
    _three_failures(profile_dir, clock)
    unlock(profile_dir, "demo", "demo", now=clock).close()
    assert _refusal(profile_dir, "salah", clock).params["attempts_left"] == 4


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(login_failures={}),
        lambda d: d["login_failures"]["demo"].update(failed=0),
        lambda d: (d.pop("login_failures"), d.pop("login_failures_mac")),
    ],
    ids=["counters emptied", "count set to zero", "counters and seal removed"],
)
def test_editing_the_file_does_not_reset_the_lockout(
    profile_dir: Path, clock: FakeClock, edit: Callable[[dict[str, Any]], None]
) -> None:
    _three_failures(profile_dir, clock)
    _edit(profile_dir, edit)
    refused = _refusal(profile_dir, "demo", clock)  # even the right password waits
    assert (refused.code, refused.params["minutes"]) == ("ACCOUNT_LOCKED", 5)

    clock.advance(minutes=6)
    with (
        unlock(profile_dir, "demo", "demo", now=clock) as session,
        session.store.session(readonly=True) as db,
    ):
        actions = db.execute(text("SELECT action FROM audit_log ORDER BY seq")).scalars().all()
    assert "login_counters_tampered" in actions
    assert actions.count("login_failed") == 3
