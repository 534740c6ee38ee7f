"""Branch settings kept in the database (`bpu-branch settings set NAME VALUE`).

- `retention-days` (default 30): a laptop removes the personal fields of a record the branch
  accepted (or confirmed a duplicate) more than this many days ago; sent to laptops at pull.
- `min-app-version` (default none): laptops reporting an older app version are flagged on the
  supervisor's activity page.

Values are checked on the way in; an unknown name is refused.
"""

from __future__ import annotations

import re

from sqlmodel import Field, Session, SQLModel

from bpu_enroll.branch.store import audit_chain
from bpu_enroll.domain.formatting import holds_nik

DEFAULT_RETENTION_DAYS = 30
# At most six digits a part: a version is written whole to the audit log, so never a NIK.
_VERSION = re.compile(r"^\d{1,6}(\.\d{1,6}){0,3}$")


class Setting(SQLModel, table=True):
    """One named branch setting."""

    __tablename__ = "branch_setting"

    name: str = Field(primary_key=True, max_length=32)
    value: str = Field(max_length=200)


class SettingRefused(ValueError):
    """A setting name or value the branch does not take; `code` is stable."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(text)
        self.code = code


def _check_days(value: str) -> str:
    if not value.isdigit() or not 1 <= int(value) <= 3650:
        raise SettingRefused("SETTING_INVALID", "retention-days is a whole number, 1 to 3650")
    return str(int(value))


def _check_version(value: str) -> str:
    if value and (not _VERSION.match(value) or holds_nik(value)):
        raise SettingRefused("SETTING_INVALID", "min-app-version looks like 0.2.0 (or empty)")
    return value


CHECKS = {"retention-days": _check_days, "min-app-version": _check_version}
DEFAULTS = {"retention-days": str(DEFAULT_RETENTION_DAYS), "min-app-version": ""}


def get_setting(session: Session, name: str) -> str:
    """The setting's value, or its default."""
    if name not in CHECKS:
        raise SettingRefused("SETTING_UNKNOWN", f"no setting called {name!r}")
    row = session.get(Setting, name)
    return row.value if row is not None else DEFAULTS[name]


def set_setting(session: Session, name: str, value: str, *, actor: str = "cli") -> str:
    """Check and store a setting (committed, and audited); the stored value."""
    if name not in CHECKS:
        raise SettingRefused("SETTING_UNKNOWN", f"no setting called {name!r}")
    checked = CHECKS[name](value.strip())
    existing = session.get(Setting, name)
    before = existing.value if existing is not None else None
    row = existing or Setting(name=name, value=checked)
    row.value = checked
    session.add(row)
    detail = {"value": checked, "before": before}
    audit_chain.append(session, actor=actor, action="setting_changed", subject=name, detail=detail)
    session.commit()
    return checked


def all_settings(session: Session) -> dict[str, str]:
    """Every setting with its current value."""
    return {name: get_setting(session, name) for name in CHECKS}


def retention_days(session: Session) -> int:
    """Days a laptop keeps a settled record's personal fields."""
    return int(get_setting(session, "retention-days"))


def version_tuple(version: str) -> tuple[int, ...]:
    """`"0.2.0"` → `(0, 2, 0)`; anything after the numbers (`0.2.0rc1`) is ignored."""
    numbers = []
    for part in version.split("."):
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        numbers.append(int(digits.group()))
    return tuple(numbers)


def below_minimum(version: str | None, minimum: str) -> bool:
    """True when a laptop's reported `version` is older than `minimum` (unknown counts as old)."""
    if not minimum:
        return False
    if not version:
        return True
    return version_tuple(version) < version_tuple(minimum)
