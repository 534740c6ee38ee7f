"""docs/CODES.md, the table of every stable code, says what the code base says today."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

from bpu_enroll.domain.errors import ALL_CODES, message

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_codes_doc", ROOT / "scripts/build_codes_doc.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_table_is_current() -> None:
    assert _script().main(["--check"]) == 0, "run: python scripts/build_codes_doc.py"


def test_every_code_has_one_row_with_both_languages() -> None:
    text = (ROOT / "docs/CODES.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([A-Z0-9_]+)`[^|]*\| ([^|]+) \| ([^|]+) \|$", text, re.M)
    codes = [code for code, _id, _en in rows]
    assert sorted(codes) == sorted(ALL_CODES)  # each code once, none invented
    words = {code: (indonesian, english) for code, indonesian, english in rows}
    assert words["SUPERSEDES_FOREIGN"] == (
        message("SUPERSEDES_FOREIGN", "id"),
        message("SUPERSEDES_FOREIGN", "en"),
    )
    assert all(indonesian != english for indonesian, english in words.values() if len(english) > 12)


def test_a_stale_table_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = _script()
    stale = tmp_path / "CODES.md"
    stale.write_text(module.render().replace("`SUPERSEDES_FOREIGN`", "`SUPERSEDES`"), "utf-8")
    monkeypatch.setattr(module, "DOC", stale)
    assert module.main(["--check"]) == 1
