"""What the Sync page has done off the GUI thread and how it comes back: the overview read on the
store thread, the progress of a running sync carried to the GUI thread, the automatic-sync
interval.

The page starts the work through the app's task runner (`gui.common.tasks`): the overview and
the sync itself on the store thread (no other store work interleaves with a sync), the branch's
health check in the background; results arrive on the GUI thread as plain data.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from bpu_enroll.services.profile import is_demo_profile
from bpu_enroll.services.sync import AttentionItem, SyncService

AUTO_SYNC_MS = 5 * 60_000  # `ctx.extras["auto_sync_ms"]` overrides it (tests)


@dataclass(frozen=True, slots=True)
class Overview:
    """What the page shows before any sync: enrolment, the branch address, needs attention,
    how many records wait for a clerk's review."""

    enrolled: bool
    server_url: str | None
    attention: list[AttentionItem]
    demo: bool = False
    awaiting_review: int = 0


def read_overview(service: SyncService) -> Overview:
    """Read the overview (store thread)."""
    return Overview(
        service.enrolled(),
        service.server_url(),
        service.needs_attention(),
        is_demo_profile(service.data_dir),
        service.awaiting_review(),
    )


class SyncProgress(QObject):
    """Carries progress from the store thread to the GUI thread (a queued signal)."""

    changed = Signal(int, int)
