"""`bpu-enroll audit-verify`: the laptop's audit chain checked on demand and at every unlock; an
edited entry is found, said plainly and recorded, and work goes on."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from bpu_enroll.services.session import unlock
from tests.unit.cli.helpers import run_cli


def _verify(profile_dir: Path) -> tuple[int, dict[str, object], str]:
    result = run_cli("audit-verify", "--data-dir", profile_dir, "--officer", "demo", "--json")
    return result.code, result.json(), result.stderr


def test_an_intact_chain_is_valid(profile_dir: Path) -> None:
    with unlock(profile_dir, "demo", "demo") as session:
        assert session.audit_check is not None and session.audit_check.valid
    code, document, _ = _verify(profile_dir)
    assert code == 0
    assert document["valid"] is True and document["first_bad"] is None
    assert isinstance(document["entries"], int) and document["entries"] >= 2


def test_an_edited_entry_is_found_and_recorded_at_unlock(profile_dir: Path) -> None:
    with unlock(profile_dir, "demo", "demo") as session, session.store.session() as db:
        db.execute(text("UPDATE audit_log SET actor = 'orang lain' WHERE seq = 1"))
    with unlock(profile_dir, "demo", "demo") as session:  # the unlock itself still works
        check = session.audit_check
        assert check is not None and (check.valid, check.first_bad) == (False, 1)
        with session.store.session(readonly=True) as db:
            found = db.execute(
                text("SELECT details_json FROM audit_log WHERE action = 'audit_broken'")
            ).all()
    assert found and '"first_bad":1' in found[-1][0]

    code, document, stderr = _verify(profile_dir)
    assert code == 1
    assert document["valid"] is False and document["first_bad"] == 1
    assert "AUDIT_BROKEN" in stderr
