#!/usr/bin/env python3
"""Qt Linguist translations of the desktop app: `resources/translations/bpu_enroll_{id,en}`.

Default (what `make run` and `make test` call): compile each `.ts` into its `.qm` with
`pyside6-lrelease`, only when the `.qm` is missing or older than its `.ts`. Fast, and it never
touches the `.ts` sources. A `.qm` is replaced whole (written beside, then renamed), never
rewritten where a running app has it loaded.

`--update`: run `pyside6-lupdate` over `ui/**/*.ui` and `src/bpu_enroll/gui/**/*.py` (never over the
generated `gui/forms/`) and merge new strings into the `.ts` files; a `.ts` is rewritten only when
its content changes. The English file is completed with the source text (the sources are English),
so only the Indonesian file needs a translator.

`--fill FILE.json`: after `--update`, give the unfinished Indonesian messages the translations in
FILE (`{"<context>": {"<English source>": "<Indonesian>"}}`), then normalise with lupdate again.

`--check`: exit 1 when the `.ts` files lack strings the sources hold, or Indonesian is incomplete.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("id", "en")
GUI_DIR = ROOT / "src" / "bpu_enroll" / "gui"


def ts_path(lang: str) -> Path:
    """The Linguist source of one language."""
    return TS_DIR / f"bpu_enroll_{lang}.ts"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def sources() -> list[Path]:
    """The files lupdate reads: the layouts and the hand-written GUI code."""
    ui_files = sorted((ROOT / "ui").rglob("*.ui"))
    py_files = sorted(
        p for p in GUI_DIR.rglob("*.py") if "forms" not in p.relative_to(GUI_DIR).parts
    )
    return ui_files + py_files


def qt_ts_paths() -> list[Path]:
    """Hand-written translations of Qt's own strings (`qtbase_id.ts`: PySide6 ships none for
    Indonesian). Compiled like the app's; never touched by `--update` or `--fill`."""
    return sorted(TS_DIR.glob("qtbase_*.ts"))


def release() -> int:
    """`.ts` → `.qm` for every language (and Qt's strings) whose `.qm` is missing or older."""
    built = 0
    for ts in [ts_path(lang) for lang in LANGUAGES] + qt_ts_paths():
        qm = ts.with_suffix(".qm")
        if not ts.exists():
            print(f"translations: {ts.name} is missing", file=sys.stderr)
            return 1
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        # Written beside it, then put in its place: lrelease writes into the file it is given,
        # and an app (or a test run) with the old `.qm` loaded has it mapped into memory, so
        # truncating it under that app killed it (SIGBUS) at its next translated text.
        fresh = qm.with_name(f".{qm.name}.new")
        cmd = [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)]
        if subprocess.run(cmd, check=False).returncode != 0:
            fresh.unlink(missing_ok=True)
            return 1
        os.replace(fresh, qm)
        built += 1
    if built:
        print(f"translations: {built} .qm compiled", file=sys.stderr)
    return 0


def _lupdate(into: Path, lang: str) -> None:
    cmd = [_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
    cmd += ["-source-language", "en", "-target-language", lang]
    cmd += [str(p.relative_to(ROOT)) for p in sources()] + ["-ts", str(into)]
    subprocess.run(cmd, cwd=ROOT, check=True)


def complete_english(root: ET.Element) -> None:
    """Every unfinished English message gets its source text; numerus forms drop or keep `(s)`
    and `(es)`."""
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            # English has two forms: "%n month(s)" → "%n month" and "%n months", and
            # "%n batch(es)" → "%n batch" and "%n batches".
            one = source.replace("(es)", "").replace("(s)", "")
            other = source.replace("(es)", "es").replace("(s)", "s")
            for form in (one, other):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source


def unfinished(ts: Path) -> list[str]:
    """The source texts still waiting for a translation in `ts`."""
    tree = ET.parse(ts)  # noqa: S314 - our own .ts files
    return [
        m.findtext("source") or ""
        for m in tree.iter("message")
        if (t := m.find("translation")) is not None and t.get("type") == "unfinished"
    ]


def _merged(lang: str, workdir: Path) -> str:
    """The `.ts` text lupdate makes from the current sources, merged with the existing file."""
    target = workdir / ts_path(lang).name
    if ts_path(lang).exists():
        shutil.copy(ts_path(lang), target)
    _lupdate(target, lang)
    if lang == "en":
        tree = ET.parse(target)  # noqa: S314 - written by lupdate just now
        complete_english(tree.getroot())
        body = ET.tostring(tree.getroot(), encoding="unicode")
        target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return target.read_text(encoding="utf-8")


def update() -> int:
    """Merge the sources' strings into the `.ts` files, rewriting only those that change."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            text = _merged(lang, Path(tmp))
            ts = ts_path(lang)
            if not ts.exists() or ts.read_text(encoding="utf-8") != text:
                ts.write_text(text, encoding="utf-8")
                print(f"translations: {ts.name} updated", file=sys.stderr)
    left = unfinished(ts_path("id"))
    if left:
        print(f"translations: {len(left)} Indonesian strings to translate", file=sys.stderr)
    return release()


def fill(mapping: dict[str, dict[str, str]]) -> int:
    """Translate unfinished Indonesian messages from `mapping`; how many were filled."""
    ts = ts_path("id")
    tree = ET.parse(ts)  # noqa: S314 - our own .ts file
    filled = 0
    for context in tree.getroot().iter("context"):
        texts = mapping.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            if source not in texts:
                continue
            del translation.attrib["type"]
            if message.get("numerus") == "yes":  # Indonesian has one plural form
                for child in list(translation):
                    translation.remove(child)
                ET.SubElement(translation, "numerusform").text = texts[source]
            else:
                translation.text = texts[source]
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return filled


def check() -> int:
    """Exit 1 when a `.ts` misses strings from the sources or Indonesian is unfinished."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            ts = ts_path(lang)
            if not ts.exists() or ts.read_text(encoding="utf-8") != _merged(lang, Path(tmp)):
                problems.append(
                    f"{ts.name} is out of date: run scripts/build_translations.py --update"
                )
    problems += [f"untranslated (id): {text!r}" for text in unfinished(ts_path("id"))]
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    """Compile `.qm` files; `--update` merges new strings first; `--check` verifies."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--update", action="store_true", help="run lupdate, then lrelease")
    mode.add_argument("--check", action="store_true", help="exit 1 if .ts files are stale")
    mode.add_argument("--fill", type=Path, metavar="FILE.json", help="add Indonesian texts")
    args = parser.parse_args(argv)
    if args.fill:
        import json

        if update():
            return 1
        count = fill(json.loads(args.fill.read_text(encoding="utf-8")))
        print(f"translations: {count} Indonesian strings filled", file=sys.stderr)
        return update()
    if args.update:
        return update()
    if args.check:
        return check()
    return release()


if __name__ == "__main__":
    sys.exit(main())
