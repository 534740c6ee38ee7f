"""User options of the desktop app in QSettings, kept apart from window state.

A small typed registry: each `Option` names its key, type and default, so a typo is an attribute
error and a value of the wrong kind read back from disk falls back to the default. The settings
file lives in the profile folder (`gui-settings.ini`), so a throw-away profile (tests, screenshots)
never touches the officer's own preferences.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", bool, int, str)

SETTINGS_FILE = "gui-settings.ini"


@dataclass(frozen=True)
class Option(Generic[T]):
    """One user option: its QSettings key and default (whose type is the option's type)."""

    key: str
    default: T
    minimum: int | None = None
    maximum: int | None = None


class Options:
    """The registry of user options."""

    language = Option[str]("options/language", "id")
    high_contrast = Option[bool]("options/high_contrast", False)
    large_font = Option[bool]("options/large_font", False)
    idle_lock_minutes = Option[int]("options/idle_lock_minutes", 10, minimum=1, maximum=60)
    autosave_seconds = Option[int]("options/autosave_seconds", 5, minimum=1, maximum=60)
    last_officer = Option[str]("options/last_officer", "")
    receipt_size = Option[str]("options/receipt_size", "a5")  # a5 or 80mm
    save_folder = Option[str]("options/save_folder", "")  # where PDFs were saved last


class Settings:
    """Typed access to the options and, separately, to window geometry and state."""

    def __init__(self, path: Path) -> None:
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def in_profile(cls, data_dir: Path) -> Settings:
        """The settings file of one profile folder."""
        return cls(data_dir / SETTINGS_FILE)

    def get(self, option: Option[T]) -> T:
        """The stored value, or the default when missing, malformed or out of range."""
        raw = self._qsettings.value(option.key, None)
        if raw is None:
            return option.default
        value = _coerce(raw, type(option.default))
        if value is None:
            return option.default
        if isinstance(value, int) and not isinstance(value, bool):
            low = option.minimum if option.minimum is not None else value
            high = option.maximum if option.maximum is not None else value
            value = min(max(value, low), high)
        return cast(T, value)

    def set(self, option: Option[T], value: T) -> None:
        """Store a value and write it to disk at once."""
        self._qsettings.setValue(option.key, value)
        self._qsettings.sync()

    def window_state(self, name: str) -> QByteArray | None:
        """Saved geometry or state of one window (`main/geometry`, …)."""
        raw = self._qsettings.value(f"window/{name}", None)
        return raw if isinstance(raw, QByteArray) else None

    def set_window_state(self, name: str, value: QByteArray) -> None:
        """Remember a window's geometry or state."""
        self._qsettings.setValue(f"window/{name}", value)
        self._qsettings.sync()


def _coerce(raw: object, kind: type) -> bool | int | str | None:
    """INI files hand everything back as text: turn it into `kind`, or None when it cannot be."""
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        return {"true": True, "1": True, "false": False, "0": False}.get(text)
    if kind is int:
        try:
            return int(str(raw))
        except ValueError:
            return None
    return str(raw)
