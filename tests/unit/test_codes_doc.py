"""docs/CODES.md, the table of every stable code, says what the code base says today."""

from __future__ import annotations

import ast
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


# Calls that carry a stable code as a literal: the refusals' classes (`BpuError("CODE")`,
# `AdminError`, `SettingRefused`, `ReferenceRefused`, the server's `Refusal(403, "CODE")`), the
# helpers that make one (`problem(field, "CODE")`, `_error`, `send_error`) and `message`.
_CARRIERS = re.compile(r"(Error|Refused|Refusal|Failure|Check|Problem|problem|error|refused|warn)$")
_CODE = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{5,}$")
_NOT_CODES = {"COMMAND", "ACTION"}  # argparse metavars, said by `texts(…)`


def _codes_in_the_source() -> dict[str, set[str]]:
    """Every code-shaped literal among the first three positional arguments of a carrier call,
    with the files it is in."""
    found: dict[str, set[str]] = {}
    source = ROOT / "src" / "bpu_enroll"
    for path in source.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                # `MALFORMED = "MALFORMED"`: a constant named by its value is a code
                # (a receipt's verdict, `VOID_CONFLICT`).
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                if names == [node.value.value] and _CODE.match(names[0]):
                    found.setdefault(names[0], set()).add(str(path.relative_to(ROOT)))
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if not _CARRIERS.search(name):
                continue
            for arg in node.args[:3]:
                value = arg.value if isinstance(arg, ast.Constant) else None
                if isinstance(value, str) and _CODE.match(value) and value not in _NOT_CODES:
                    found.setdefault(value, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_code_the_source_raises_is_in_the_table() -> None:
    """`build_codes_doc.py --check` only compares the file with the message tables: a code
    raised in the source with no words in them (`SETTING_INVALID` of `bpu-branch settings
    set`, a receipt's verdict `BAD_SIGNATURE`) was in neither the table nor Indonesian. This
    reads the source itself."""
    found = _codes_in_the_source()
    assert {"NIK_FORMAT", "ROLE_REFUSED", "MASTER_KEY_WRONG", "SETTING_INVALID"} <= set(found)
    assert {"VOID_CONFLICT", "BAD_SIGNATURE", "UNKNOWN_DEVICE", "MALFORMED"} <= set(found)
    assert len(found) > 100  # the scan sees the codes of every kind of refusal
    missing = {code: sorted(files) for code, files in found.items() if code not in ALL_CODES}
    assert not missing, f"raised but not in docs/CODES.md (no words): {missing}"
