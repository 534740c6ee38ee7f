"""`AppContext`: what every window and page is handed through its constructor.

No module-level singletons: the profile folder, the user options, the one task runner, the
language switcher and, once an officer has signed in, the officer's session and the registration
service. Pages read services from here and send all store work through `tasks.run_db`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bpu_enroll.gui.common.i18n import LanguageSwitcher
from bpu_enroll.gui.common.settings import Options, Settings
from bpu_enroll.gui.common.tasks import TaskRunner

if TYPE_CHECKING:  # the store and the rules load in the background, after the first window
    from bpu_enroll.domain.contributions import RuleBook
    from bpu_enroll.domain.occupations import Catalogue
    from bpu_enroll.domain.regions import RegionIndex
    from bpu_enroll.services.registration import RegistrationService
    from bpu_enroll.services.session import OfficerSession


@dataclass(slots=True)
class Reference:
    """Reference data the form needs: the region list, the occupation catalogue and the
    contribution rules (the shipped ones, plus the packages the profile's branch published).

    One object for the whole session: when a sync installs new packages, `take` puts the new
    data in it, so every page reads the set the store's services finalise with."""

    regions: RegionIndex
    catalogue: Catalogue
    rules: RuleBook | None = None

    def take(self, newer: Reference) -> None:
        """Switch to `newer`'s data (after a sync installed reference packages)."""
        self.regions, self.catalogue, self.rules = newer.regions, newer.catalogue, newer.rules


def load_reference(data_dir: Path | None = None) -> Reference:
    """Load (once per process) and index the reference data; about half a second the first time.

    Runs in the background while the officer signs in, and also imports the store and service
    modules then, so that signing in does not wait for them. With `data_dir`, the rules and
    occupation packages and region amendments installed there are used too.
    """
    import bpu_enroll.services.registration  # noqa: F401 - warm-up: signing in needs it next
    from bpu_enroll.services.reference import laptop_reference

    reference = laptop_reference(data_dir)
    return Reference(
        regions=reference.regions, catalogue=reference.catalogue, rules=reference.rules
    )


def utc_now() -> datetime:
    """The current moment, timezone-aware UTC."""
    return datetime.now(UTC)


@dataclass
class AppContext:
    """Shared state of one running app; see the module text."""

    data_dir: Path
    settings: Settings
    tasks: TaskRunner
    languages: LanguageSwitcher
    clock: Callable[[], datetime] = utc_now
    # Test hooks: the idle time before the screen locks and the draft autosave interval, in
    # milliseconds; None means "from the user options".
    idle_lock_ms: int | None = None
    autosave_ms: int | None = None
    reference: Reference | None = None
    # Set after sign-in, cleared at sign-out. Used only on the store thread (tasks.run_db).
    session: OfficerSession | None = None
    registrations: RegistrationService | None = None
    officer: str = ""
    officer_name: str = ""
    branch_code: str = ""
    branch_name: str = ""
    province_code: str = "32"
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def lang(self) -> str:
        """The active language, `"id"` or `"en"`."""
        return self.languages.language

    def today(self) -> date:
        """Today in the branch's time zone (registration dates, NIK century inference)."""
        from bpu_enroll.domain.formatting import zone_for_province

        zone, _label = zone_for_province(self.province_code)
        return self.clock().astimezone(zone).date()

    def idle_lock_interval_ms(self) -> int:
        """How long the app may stay idle before it locks."""
        if self.idle_lock_ms is not None:
            return self.idle_lock_ms
        return self.settings.get(Options.idle_lock_minutes) * 60_000

    def autosave_interval_ms(self) -> int:
        """How often a changed form is saved as a draft."""
        if self.autosave_ms is not None:
            return self.autosave_ms
        return self.settings.get(Options.autosave_seconds) * 1000
