"""Reading a JSON form defensively: values of any type in, problems and clean values out.

`FormReader` is the base of the registration checker: it records problems with their messages
and reads text and flags without ever raising, whatever type a value has.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bpu_enroll.domain.errors import Problem, problem
from bpu_enroll.domain.fields import clean_text
from bpu_enroll.domain.formatting import mask_any_nik

RAW_MAX = 4096  # longer raw text is cut (coded fields) or refused (free text) before cleaning


class FormReader:
    """Collects errors and warnings about one form and reads its values."""

    def __init__(self, data: Mapping[Any, Any], *, lang: str, text_max: Mapping[str, int]) -> None:
        self.data = data
        self.lang = lang
        self.text_max = text_max
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []

    def error(self, name: str, code: str, **params: Any) -> None:
        """Records an error about field `name`."""
        self.errors.append(problem(name, code, self.lang, **params))

    def warn(self, name: str, code: str) -> None:
        """Records a warning about field `name`."""
        self.warnings.append(problem(name, code, self.lang))

    def error_fields(self) -> set[str]:
        """The fields that already have an error."""
        return {item.field for item in self.errors}

    def unknown_keys(self, data: Mapping[Any, Any], allowed: tuple[str, ...], prefix: str) -> None:
        """UNKNOWN_FIELD for every key of `data` not in `allowed`, named as it is (a NIK in it
        masked: a file of registrations keyed by NIK would print every NIK whole)."""
        for key in data:
            if key not in allowed:
                self.error(f"{prefix}{mask_any_nik(str(key))}", "UNKNOWN_FIELD")

    def raw(self, key: str, source: Mapping[Any, Any] | None = None) -> Any:
        """The value of `key`, None when absent, null or a blank string."""
        value = (self.data if source is None else source).get(key)
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def text(
        self, key: str, *, required: bool, name: str | None = None, source: Any = None
    ) -> str | None:
        """A text value cleaned of control characters; problems recorded under `name`.

        Free-text fields (those with a limit in `text_max`) get TEXT_TOO_LONG beyond it; coded
        fields (NIK, phone, codes) are cut to `RAW_MAX` and left to their own format check.
        """
        label = name or key
        value = self.raw(key, source)
        if value is None:
            if required:
                self.error(label, "REQUIRED")
            return None
        if not isinstance(value, str):
            self.error(label, "TYPE_INVALID", expected="text")
            return None
        limit = self.text_max.get(label)
        if limit is None:
            cleaned = clean_text(value[:RAW_MAX])
        else:
            cleaned = clean_text(value) if len(value) <= RAW_MAX else value
            if len(cleaned) > limit:
                self.error(label, "TEXT_TOO_LONG", max=limit)
                return None
        if not cleaned:
            if required:
                self.error(label, "REQUIRED")
            return None
        return cleaned

    def flag(self, key: str) -> bool | None:
        """An optional true/false value (false when absent or null); None when of another type."""
        value = self.data.get(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.error(key, "TYPE_INVALID", expected="boolean")
            return None
        return value
