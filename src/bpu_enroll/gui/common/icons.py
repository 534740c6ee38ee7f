"""The app's own SVG icons from `resources/icons/`."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from bpu_enroll.paths import resource

APP = "app"
NEW_REGISTRATION = "registration-new"
REGISTRATIONS = "registrations"
SYNC = "sync"
TALLY = "tally"
LOCK = "lock"
STAFF = "staff"


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg` (an empty icon if the file is missing)."""
    return QIcon(str(resource("icons", f"{name}.svg")))


def pixmap(name: str, size: int) -> QPixmap:
    """The icon drawn at `size`×`size` pixels."""
    return icon(name).pixmap(size, size)
