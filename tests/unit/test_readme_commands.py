"""The command lines the README and the branch deployment notes show are taken by the real
parsers, and the README's sample registration file is one `register` accepts: an administrator
copies them as written."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from bpu_enroll.branch.admin.cli import build_parser as branch_parser
from bpu_enroll.cli.common import ArgumentsRefused
from bpu_enroll.cli.main import build_parser as laptop_parser
from bpu_enroll.cli.main import main as laptop_main

ROOT = Path(__file__).resolve().parents[2]
DOCS = ("README.md", "packaging/branch/README.md")
PROGRAMS = {
    "bpu-enroll": "bpu-enroll",
    "bpu-branch": "bpu-branch",
    "bpu-branch-admin": "bpu-branch",
}
_ENV = re.compile(r"^[A-Z_][A-Z0-9_]*=")


def _blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.M | re.S)


def _command_lines() -> list[tuple[str, str, list[str]]]:
    """(where, program, arguments) of every line of a `sh` block that runs one of the tools."""
    found = []
    for doc in DOCS:
        for block in _blocks((ROOT / doc).read_text(encoding="utf-8"), "sh"):
            for line in block.replace("\\\n", " ").splitlines():
                words = shlex.split(line, comments=True)
                while words and (_ENV.match(words[0]) or words[0] in ("sudo", "exec")):
                    words.pop(0)
                if words and Path(words[0]).name in PROGRAMS:
                    found.append(
                        (f"{doc}: {line.strip()}", PROGRAMS[Path(words[0]).name], words[1:])
                    )
    return found


def export_examples() -> list[tuple[str, list[str], str]]:
    """(where, arguments, note) of every `bpu-enroll export-batch` line the docs show; the
    note is the comment lines right below it."""
    found = []
    for doc in DOCS:
        for block in _blocks((ROOT / doc).read_text(encoding="utf-8"), "sh"):
            lines = block.splitlines()
            for number, line in enumerate(lines):
                words = shlex.split(line, comments=True) if "export-batch" in line else []
                if words[:2] and Path(words[0]).name == "bpu-enroll" and words[1] == "export-batch":
                    note = []
                    for below in lines[number + 1 :]:
                        if not below.lstrip().startswith("#"):
                            break
                        note.append(below.lstrip("# "))
                    found.append((f"{doc}: {line.strip()}", words[1:], " ".join(note)))
    return found


def test_every_export_example_says_when_replace_is_needed() -> None:
    """`export-batch --out FILE` refuses a FILE already there (`EXPORT_FILE_EXISTS`) unless
    `--replace` is given: an administrator who runs an example twice, or onto a stick that
    holds an earlier file, is told below the line what happens and what to add."""
    examples = export_examples()
    assert {where.split(":")[0] for where, _args, _note in examples} == set(DOCS)
    for where, args, note in examples:
        assert "--out" in args, where
        if "--replace" not in args:
            assert "EXPORT_FILE_EXISTS" in note and "--replace" in note, where


def test_the_scan_finds_the_commands_of_both_tools() -> None:
    lines = _command_lines()
    programs = {program for _where, program, _args in lines}
    assert programs == {"bpu-enroll", "bpu-branch"}
    assert len(lines) > 30


@pytest.mark.parametrize(("where", "program", "args"), _command_lines())
def test_every_command_line_shown_parses(where: str, program: str, args: list[str]) -> None:
    if program == "bpu-enroll" and args[:1] == ["gui"]:  # the desktop app, parsed apart
        args = args[1:]
        if not args or args[0].startswith("-"):
            return
    parser = laptop_parser() if program == "bpu-enroll" else branch_parser()
    try:
        parser.parse_args(args)
    except ArgumentsRefused as refused:
        pytest.fail(f"{where}\n  refused: {refused.detail}")


def test_the_readme_sample_registration_is_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`register worker.json` needs a registration file: the README shows one, and it must be
    one the program takes (every key, none unknown, a valid NIK of the birth date)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    samples = [b for b in _blocks(readme, "json") if '"nik"' in b]
    assert len(samples) == 1, "the README shows the registration file once"
    worker = tmp_path / "worker.json"
    worker.write_text(samples[0], encoding="utf-8")
    capsys.readouterr()
    assert laptop_main(["validate", str(worker), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["valid"] is True
