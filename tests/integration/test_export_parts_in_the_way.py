"""`export-batch` never destroys a file it did not make (`sync.export`).

Past one file's bound it writes `batch.bpu`, `batch-2.bpu`… beside each other. The officer names
the first only; before, a `batch-2.bpu` already on the stick (another laptop's batch, not yet
imported) was replaced without a word. Now the export is refused before any part is written
(`EXPORT_PARTS_IN_THE_WAY`), naming the files in the way: the chosen file is not written
either, and the files there keep their bytes.

The names were only looked at first: a file that appeared after that look, before its part was
written, was still replaced (the part was renamed over it). Now each part that must not replace
a file is linked into place, which fails when one is there: the same refusal, and the parts this
export had written are removed again. The test makes the file appear at that very moment by
wrapping the function that writes one part (fault injection).

`--out FILE` itself was replaced without asking, though a stick's `batch.bpu` may be another
laptop's batch: now it is refused (`EXPORT_FILE_EXISTS`) unless `--replace` says to write over
it, and even then it is written last, so a refusal never costs it.

The pending records past the bound are copies of one finalised record made in the store in one
statement (`copy_pending`), so a test takes seconds, not the minutes of 20,001 finalisations."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from bpu_enroll import files
from bpu_enroll.cli.main import main as laptop_main
from bpu_enroll.cli.said_texts import said
from bpu_enroll.domain.errors import message
from bpu_enroll.store.models import Registration
from bpu_enroll.sync import export
from bpu_enroll.sync.protocol import MAX_MANIFEST_ENTRIES
from tests.integration.helpers import Laptop, copy_pending, export_usb, for_the_cli
from tests.unit.file_helpers import without_hard_links
from tests.unit.test_readme_commands import export_examples

THEIRS = b"another laptop's batch, not yet imported"
OLD = b"this laptop's older batch, the officer agreed to write over it"


def _on_the_command_line(code: str, lang: str, **params: Any) -> str:
    """What `export-batch` says of a refusal `--replace` can answer: the message (the desktop
    app's words too), then the command line's own words about `--replace`."""
    return f"{message(code, lang, **params)} {said(f'export-batch --replace {code}', lang)}"


@pytest.fixture
def laptop(laptop_factory: Callable[[], Laptop], monkeypatch: pytest.MonkeyPatch) -> Laptop:
    """A laptop with 20,001 records waiting (two parts), handed to the CLI."""
    made = laptop_factory()
    copy_pending(made.session.store, made.register(1), MAX_MANIFEST_ENTRIES)
    for_the_cli(made, monkeypatch)
    return made


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """The stick's folder."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _on_the_stick(usb: Path) -> list[str]:
    """Every name in the folder, temporary files (`.bpu-….tmp`) included."""
    return sorted(p.name for p in usb.iterdir())


def _appears(monkeypatch: pytest.MonkeyPatch, at: Path, data: bytes) -> None:
    """Fault injection: another program writes `at` just before the export writes its part
    there, after the export has looked at the names."""
    write_part = export._write_part  # the seam where a part is written

    def racing(path: Path, *args: Any, **kwargs: Any) -> Any:
        if Path(path) == at and not at.exists():
            at.write_bytes(data)
        return write_part(path, *args, **kwargs)

    monkeypatch.setattr(export, "_write_part", racing)


def _in_the_way(
    laptop: Laptop, out: Path, theirs: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> None:
    """`export-batch --out OUT [extra…]` is refused for `theirs` (`EXPORT_PARTS_IN_THE_WAY`),
    said on stderr, or with `--json` in JSON, in the language of `--lang`; `theirs` keeps its
    bytes and is all there is on the stick: nothing of the export is left."""
    capsys.readouterr()
    assert export_usb(laptop, out, *extra) == 1
    said = capsys.readouterr()
    code = "EXPORT_PARTS_IN_THE_WAY"
    lang = "en" if "en" in extra else "id"
    words = message(code, lang, parts=2, file=str(out), files=[str(theirs)])
    if "--json" in extra:
        error = json.loads(said.out)["error"]
        assert (error["code"], error["message"]) == (code, words)
    else:
        assert words in said.err and code in said.err, said.err
    assert _on_the_stick(out.parent) == [theirs.name]
    assert theirs.read_bytes() == THEIRS


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_later_part_never_replaces_a_file_already_on_the_stick(
    laptop: Laptop, usb: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, theirs = usb / "batch.bpu", usb / "batch-2.bpu"
    theirs.write_bytes(THEIRS)

    _in_the_way(laptop, out, theirs, capsys)  # not even the first part is written
    _in_the_way(laptop, out, theirs, capsys, "--json", "--lang", "en")

    # Another name beside it: both parts written, the other laptop's file untouched.
    mine = usb / "mine.bpu"
    assert export_usb(laptop, mine) == 0
    assert _on_the_stick(usb) == ["batch-2.bpu", "mine-2.bpu", "mine.bpu"]
    assert theirs.read_bytes() == THEIRS


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("hard_links", [True, False], ids=["hard-links", "fat-stick"])
def test_a_later_part_appearing_while_the_export_writes_is_kept(
    laptop: Laptop,
    usb: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    hard_links: bool,
) -> None:
    """On a stick with or without hard links (FAT, exFAT: `files._put_new`)."""
    out, theirs = usb / "batch.bpu", usb / "batch-2.bpu"
    if not hard_links:
        without_hard_links(monkeypatch)
    _appears(monkeypatch, theirs, THEIRS)

    _in_the_way(laptop, out, theirs, capsys)  # no part, no temporary file left
    theirs.unlink()  # it appears again, in English and JSON
    _in_the_way(laptop, out, theirs, capsys, "--json", "--lang", "en")

    mine = usb / "mine.bpu"  # another name: both parts written whole
    assert export_usb(laptop, mine, "--json") == 0
    assert json.loads(capsys.readouterr().out)["files"] == [str(mine), str(usb / "mine-2.bpu")]
    assert _on_the_stick(usb) == ["batch-2.bpu", "mine-2.bpu", "mine.bpu"]
    assert all((usb / name).stat().st_size > len(THEIRS) for name in ("mine.bpu", "mine-2.bpu"))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_chosen_file_appearing_while_the_parts_are_written_is_kept(
    laptop: Laptop,
    usb: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The second part is already written when the chosen name is taken: it is removed
    again, and the file that appeared keeps its bytes."""
    out = usb / "batch.bpu"
    _appears(monkeypatch, out, THEIRS)

    capsys.readouterr()
    assert export_usb(laptop, out, "--json") == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "EXPORT_FILE_EXISTS"
    assert error["message"] == _on_the_command_line("EXPORT_FILE_EXISTS", "id", file=str(out))
    assert _on_the_stick(usb) == ["batch.bpu"]  # batch-2.bpu written, then removed
    assert out.read_bytes() == THEIRS


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_file_the_officer_agreed_to_replace_is_kept_when_a_part_is_refused(
    laptop: Laptop,
    usb: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With `--replace` the chosen file is written last: a part refused meanwhile leaves it
    as it was, not replaced by a batch whose other part is missing."""
    out, theirs = usb / "batch.bpu", usb / "batch-2.bpu"
    out.write_bytes(OLD)
    _appears(monkeypatch, theirs, THEIRS)

    capsys.readouterr()
    assert export_usb(laptop, out, "--replace", "--lang", "en") == 1
    said = capsys.readouterr().err
    words = message("EXPORT_PARTS_IN_THE_WAY", "en", parts=2, file=str(out), files=[str(theirs)])
    assert words in said and "EXPORT_PARTS_IN_THE_WAY" in said, said
    assert _on_the_stick(usb) == ["batch-2.bpu", "batch.bpu"]
    assert (out.read_bytes(), theirs.read_bytes()) == (OLD, THEIRS)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_one_file_is_written_beside_a_part_named_file(
    laptop_factory: Callable[[], Laptop], usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Within the bound only the chosen file is written: a `batch-2.bpu` beside it is in
    nobody's way and no refusal is said."""
    laptop = laptop_factory()
    laptop.register(1)
    for_the_cli(laptop, monkeypatch)
    (usb / "batch-2.bpu").write_bytes(THEIRS)
    assert export_usb(laptop, usb / "batch.bpu") == 0
    assert (usb / "batch.bpu").is_file() and (usb / "batch-2.bpu").read_bytes() == THEIRS


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_chosen_file_is_replaced_only_with_replace(
    laptop_factory: Callable[[], Laptop],
    usb: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`--out` naming a file already there was written over without a word (the desktop app's
    save dialog asks; the command did not)."""
    laptop = laptop_factory()
    laptop.register(1)
    for_the_cli(laptop, monkeypatch)
    out = usb / "batch.bpu"
    out.write_bytes(THEIRS)

    capsys.readouterr()
    assert export_usb(laptop, out) == 1
    said = capsys.readouterr().err
    words = _on_the_command_line("EXPORT_FILE_EXISTS", "id", file=str(out))
    assert words in said and "EXPORT_FILE_EXISTS" in said, said
    assert "--replace" in said and "--replace" not in message("EXPORT_FILE_EXISTS", "id"), said
    assert _on_the_stick(usb) == ["batch.bpu"] and out.read_bytes() == THEIRS

    assert export_usb(laptop, out, "--json", "--lang", "en") == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert error == {
        "code": "EXPORT_FILE_EXISTS",
        "message": _on_the_command_line("EXPORT_FILE_EXISTS", "en", file=str(out)),
        **({"field": error["field"]} if "field" in error else {}),
    }
    assert _on_the_stick(usb) == ["batch.bpu"] and out.read_bytes() == THEIRS

    assert export_usb(laptop, out, "--replace", "--json") == 0
    assert json.loads(capsys.readouterr().out)["files"] == [str(out)]
    assert _on_the_stick(usb) == ["batch.bpu"] and out.read_bytes() != THEIRS
    assert out.stat().st_mode & 0o777 == 0o600

    # The option is in the command's help, in both languages.
    for lang, words in (("id", "timpa berkas --out"), ("en", "write over an existing --out")):
        assert laptop_main(["--lang", lang, "export-batch", "--help"]) == 0
        assert words in " ".join(capsys.readouterr().out.split()), lang


def _as_documented(args: list[str], laptop: Laptop, usb: Path, receipt: str) -> list[str]:
    """A documented `export-batch` line's arguments on this machine: the data dir, the stick's
    folder and the receipt number stand for the doc's `D`, `/media/usb/` and `JKT01-…`."""
    values = {"--data-dir": str(laptop.data_dir), "--receipt": receipt}
    done = list(args)
    for index, word in enumerate(done[:-1]):
        if word in values:
            done[index + 1] = values[word]
        elif word == "--out":
            done[index + 1] = str(usb / Path(done[index + 1]).name)
    return done


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("example", export_examples(), ids=lambda example: example[0])
def test_the_documented_export_lines_run_as_their_notes_say(
    laptop_factory: Callable[[], Laptop],
    usb: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    example: tuple[str, list[str], str],
) -> None:
    """Each `export-batch` line of the README and the branch notes, run as written against a
    real data dir: it writes its file; run again onto the same stick it is refused as its note
    says (`EXPORT_FILE_EXISTS`, the file kept), and with `--replace` it writes over it."""
    where, args, note = example
    laptop = laptop_factory()
    laptop.register(1)
    with laptop.session.store.session() as db:
        receipt = db.exec(select(Registration.receipt_number)).one()
    for_the_cli(laptop, monkeypatch)
    argv = _as_documented(args, laptop, usb, receipt)
    out = usb / Path(args[args.index("--out") + 1]).name

    assert laptop_main(argv) == 0, where
    first = out.read_bytes()
    capsys.readouterr()
    assert laptop_main(argv) == 1, where
    said = capsys.readouterr()
    assert "EXPORT_FILE_EXISTS" in said.out + said.err and "EXPORT_FILE_EXISTS" in note, where
    assert out.read_bytes() == first
    assert "--replace" in note
    assert laptop_main([*argv, "--replace"]) == 0, where
    assert out.read_bytes() != first and _on_the_stick(usb) == [out.name]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("hard_links", [True, False], ids=["hard-links", "fat-stick"])
def test_a_file_saved_over_a_part_while_the_refusal_undoes_it_is_kept(
    laptop: Laptop,
    usb: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    hard_links: bool,
) -> None:
    """The export is refused after `batch-2.bpu` was written (the chosen name was taken
    meanwhile), and just after the undo compared that part's bytes another program saves its
    own `batch-2.bpu` over it: that file is kept, not removed as the part was."""
    out, theirs = usb / "batch.bpu", usb / "batch-2.bpu"
    if not hard_links:
        without_hard_links(monkeypatch)
    _appears(monkeypatch, out, THEIRS)
    read_bounded = files.read_bounded  # what the undo reads the part's bytes with

    def read_then_swap(path: Path, limit: int) -> bytes:
        read = read_bounded(path, limit)
        if theirs.name in Path(path).name:  # the part, at its name or set aside
            saved = usb / "their-save.tmp"
            saved.write_bytes(OLD)
            os.replace(saved, theirs)
        return read

    monkeypatch.setattr(files, "read_bounded", read_then_swap)
    capsys.readouterr()
    assert export_usb(laptop, out, "--json") == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "EXPORT_FILE_EXISTS"
    assert _on_the_stick(usb) == ["batch-2.bpu", "batch.bpu"]
    assert (out.read_bytes(), theirs.read_bytes()) == (THEIRS, OLD)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_export_cut_off_on_a_stick_without_hard_links_is_said_at_the_next(
    laptop: Laptop,
    usb: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A power cut between claiming a part's name (the empty placeholder) and renaming the
    part over it leaves an empty file under that name. The next export into the same names is
    refused saying that these are empty leftovers to delete (`EXPORT_EMPTY_FILES`), not
    another laptop's files; nothing is written over unasked. `--replace` is the consent for
    `--out` alone; with the empty files deleted the export writes both parts."""
    out, later = usb / "batch.bpu", usb / "batch-2.bpu"
    later.touch()  # what the cut left (no cleanup runs in a power cut)
    assert _on_the_stick(usb) == ["batch-2.bpu"] and later.stat().st_size == 0

    for extra, lang in (((), "id"), (("--lang", "en"), "en")):
        capsys.readouterr()
        assert export_usb(laptop, out, *extra) == 1
        err = capsys.readouterr().err
        words = _on_the_command_line("EXPORT_EMPTY_FILES", lang, files=[str(later)])
        assert (
            "--replace" in words
            and f"{words}" in err
            and "EXPORT_EMPTY_FILES" in err
            and "Traceback" not in err
        ), err
    assert _on_the_stick(usb) == ["batch-2.bpu"]

    out.touch()  # the chosen name empty too: both named; --replace is consent for it alone
    assert export_usb(laptop, out, "--json", "--lang", "en") == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert (error["code"], error["message"]) == (
        "EXPORT_EMPTY_FILES",
        _on_the_command_line("EXPORT_EMPTY_FILES", "en", files=[str(out), str(later)]),
    )
    assert export_usb(laptop, out, "--replace", "--json") == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["message"] == _on_the_command_line("EXPORT_EMPTY_FILES", "id", files=[str(later)])

    later.unlink()
    assert export_usb(laptop, out, "--replace") == 0
    assert _on_the_stick(usb) == ["batch-2.bpu", "batch.bpu"]
    assert out.stat().st_size > 0 and later.stat().st_size > 0


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_empty_file_beside_another_laptops_batch_is_refused_as_in_the_way(
    laptop: Laptop, usb: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only where every file in the way is empty is the refusal about empty files: a file
    with bytes may be another laptop's batch, and the usual refusal names it."""
    out = usb / "batch.bpu"
    out.touch()
    (usb / "batch-2.bpu").write_bytes(THEIRS)
    capsys.readouterr()
    assert export_usb(laptop, out, "--json") == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "EXPORT_PARTS_IN_THE_WAY"


class _Killed(BaseException):
    """The process killed (or the power cut) at that very moment: nothing after it runs."""


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("hard_links", [True, False], ids=["hard-links", "fat-stick"])
def test_a_file_hidden_by_an_undo_cut_off_is_put_back_by_the_next_export(
    laptop: Laptop,
    usb: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    hard_links: bool,
) -> None:
    """The export is refused after `batch-2.bpu` was written (the chosen name was taken
    meanwhile); another program saves its own `batch-2.bpu` over the part, and the undo sets
    that file aside (`.batch-2.bpu.<random>.undo`) and is killed before it compares its bytes.
    The file was left hidden under a dot-name. Now the next export puts it back under its
    name, which is free, and then refuses it as in the way, as any file there: kept. On a
    stick with or without hard links (where it is put back by a claim and a rename)."""
    out, later = usb / "batch.bpu", usb / "batch-2.bpu"
    if not hard_links:
        without_hard_links(monkeypatch)
    _appears(monkeypatch, out, THEIRS)
    aside, read_bounded = files._aside, files.read_bounded

    def saved_over_then_aside(path: Path) -> Path:
        if path == later:
            (usb / "their-save.tmp").write_bytes(OLD)
            os.replace(usb / "their-save.tmp", later)
        return aside(path)

    def killed(path: Path, limit: int) -> bytes:
        if Path(path).name.endswith(".undo"):
            raise _Killed
        return read_bounded(path, limit)

    with monkeypatch.context() as hooks:
        hooks.setattr(files, "_aside", saved_over_then_aside)
        hooks.setattr(files, "read_bounded", killed)
        with pytest.raises(_Killed):
            export_usb(laptop, out)
    hidden = [name for name in _on_the_stick(usb) if name != "batch.bpu"]
    assert len(hidden) == 1 and hidden[0].startswith(".batch-2.bpu."), _on_the_stick(usb)
    assert (usb / hidden[0]).read_bytes() == OLD

    capsys.readouterr()
    assert export_usb(laptop, out, "--lang", "en") == 1
    said = capsys.readouterr().err
    words = message("EXPORT_PARTS_IN_THE_WAY", "en", parts=2, file=str(out), files=[str(later)])
    assert words in said and "EXPORT_FILES_HIDDEN" not in said, said
    assert _on_the_stick(usb) == ["batch-2.bpu", "batch.bpu"]
    assert (out.read_bytes(), later.read_bytes()) == (THEIRS, OLD)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_hidden_file_whose_name_is_taken_is_kept_and_said(
    laptop_factory: Callable[[], Laptop],
    usb: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file left set aside (as an undo cut off leaves it) whose name another file has taken
    since is neither put back over that file nor removed: every export into the folder names
    it (`EXPORT_FILES_HIDDEN`), after what it wrote or after its refusal, on stderr or in the
    JSON. Once the name is free, the next export puts it back."""
    laptop = laptop_factory()
    laptop.register(1)
    for_the_cli(laptop, monkeypatch)
    out, hidden = usb / "batch.bpu", usb / ".batch.bpu.0123456789abcdef.undo"
    out.write_bytes(THEIRS)
    hidden.write_bytes(OLD)
    files_hidden = "EXPORT_FILES_HIDDEN"

    capsys.readouterr()
    assert export_usb(laptop, out) == 1
    said = capsys.readouterr().err
    exists = _on_the_command_line("EXPORT_FILE_EXISTS", "id", file=str(out))
    assert f"{exists} {message(files_hidden, 'id', files=[str(hidden)])}" in said, said
    assert export_usb(laptop, out, "--json", "--lang", "en") == 1
    error = json.loads(capsys.readouterr().out)["error"]
    assert (error["code"], error["message"]) == ("EXPORT_FILE_EXISTS", " ".join([
        _on_the_command_line("EXPORT_FILE_EXISTS", "en", file=str(out)),
        message(files_hidden, "en", files=[str(hidden)]),
    ]))  # fmt: skip

    assert export_usb(laptop, usb / "mine.bpu") == 0
    said = capsys.readouterr().err
    assert f"{files_hidden}: {message(files_hidden, 'id', files=[str(hidden)])}" in said, said
    assert export_usb(laptop, usb / "more.bpu", "--json", "--lang", "en") == 0
    document = json.loads(capsys.readouterr().out)
    assert document["hidden"] == [str(hidden)]
    assert document["warnings"] == [
        {"field": "", "code": files_hidden, "message": message(files_hidden, "en",
                                                               files=[str(hidden)])}
    ]  # fmt: skip
    assert _on_the_stick(usb) == [hidden.name, "batch.bpu", "mine.bpu", "more.bpu"]
    assert (out.read_bytes(), hidden.read_bytes()) == (THEIRS, OLD)

    out.rename(usb / "theirs.bpu")  # the officer renames the file that had the name
    assert export_usb(laptop, usb / "last.bpu", "--json") == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["hidden"], document["warnings"]) == ([], [])
    assert _on_the_stick(usb) == ["batch.bpu", "last.bpu", "mine.bpu", "more.bpu", "theirs.bpu"]
    assert out.read_bytes() == OLD
