#!/usr/bin/env python3
"""Compile the Qt Designer layouts `ui/**/*.ui` into `src/bpu_enroll/gui/forms/**/ui_<name>.py`.

The folders of `ui/` are those of `gui/` (`common/`, `officer/`, `workspace/`; `first_run.ui` at
the top, like `gui/first_run.py`), and each becomes a package of `gui/forms/`:
`ui/workspace/review_page.ui` → `gui/forms/workspace/ui_review_page.py`.

The generated modules are committed (so a wheel and the PyInstaller bundle work from a clean
clone) and marked "do not edit". `--check` regenerates every form in memory and exits 1 when a
generated file is missing, stale or left over from a `.ui` file that no longer exists.

Usage: `python scripts/build_forms.py [--check]`
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "src" / "bpu_enroll" / "gui" / "forms"
HEADER = (
    "# Generated from ui/{name} by scripts/build_forms.py: do not edit.\n"
    "# Change the .ui file in Qt Designer and run `make forms` instead.\n"
)
INIT_TEXT = (
    '"""Python forms generated from `ui/{folder}*.ui` by scripts/build_forms.py: do not edit."""\n'
)
# The compiler stamps its own version; a patch release of Qt must not make every form "stale".
_VERSION_MARK = "## Created by: Qt User Interface Compiler version"


def _uic() -> str:
    """`pyside6-uic` next to the running interpreter (the project's venv), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    return str(beside) if beside.exists() else "pyside6-uic"


def compile_form(ui_file: Path) -> str:
    """The Python text of one compiled form, with our header."""
    result = subprocess.run(
        [_uic(), "--no-autoconnection", str(ui_file.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-uic failed on {ui_file.name}:\n{result.stderr}")
    return HEADER.format(name=ui_file.relative_to(UI_DIR).as_posix()) + result.stdout


def _comparable(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith(_VERSION_MARK))


def expected_forms() -> dict[Path, str]:
    """Every generated file this tree should have, with its text."""
    forms = {form_of(ui): compile_form(ui) for ui in sorted(UI_DIR.rglob("*.ui"))}
    for folder in {path.parent for path in forms}:
        inside = folder.relative_to(FORMS_DIR).as_posix()
        forms[folder / "__init__.py"] = INIT_TEXT.format(
            folder="" if inside == "." else f"{inside}/"
        )
    return forms


def form_of(ui_file: Path) -> Path:
    """The generated module of one `.ui` file: same folder under `gui/forms/`, `ui_` prefixed."""
    inside = ui_file.relative_to(UI_DIR)
    return FORMS_DIR / inside.parent / f"ui_{inside.stem}.py"


def check() -> list[str]:
    """The problems found: missing, stale or orphaned generated files."""
    problems: list[str] = []
    expected = expected_forms()
    for path, text in expected.items():
        if not path.exists():
            problems.append(f"missing: {path.relative_to(ROOT)}")
        elif _comparable(path.read_text(encoding="utf-8")) != _comparable(text):
            problems.append(f"stale: {path.relative_to(ROOT)}")
    for path in sorted([*FORMS_DIR.rglob("ui_*.py"), *FORMS_DIR.rglob("__init__.py")]):
        if path not in expected:
            problems.append(f"orphaned (no ui/ file): {path.relative_to(ROOT)}")
    return problems


def build() -> int:
    """Write every form whose text changed; remove forms whose `.ui` file is gone."""
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    expected = expected_forms()
    written = 0
    for path, text in expected.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old is None or _comparable(old) != _comparable(text):
            path.write_text(text, encoding="utf-8")
            written += 1
    for path in [*FORMS_DIR.rglob("ui_*.py"), *FORMS_DIR.rglob("__init__.py")]:
        if path not in expected:
            path.unlink()
    print(f"forms: {written} written, {len(expected) - written} up to date", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Build the forms, or with `--check` report what is stale (exit 1)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a form is stale")
    args = parser.parse_args(argv)
    if not args.check:
        return build()
    problems = check()
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print("run `make forms` (scripts/build_forms.py) and commit the result", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
