"""Reference-data versions the branch hands to laptops: the same reading as the laptop's
(`sync.reference.reference_versions`), so both sides name versions alike."""

from __future__ import annotations

from bpu_enroll.sync.reference import reference_versions

__all__ = ["reference_versions"]
