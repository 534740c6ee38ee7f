"""`bpu-enroll occupations --json`: the catalogue as DESIGN.md §8 promises it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.cli.helpers import register_args, registration, run_cli, write_json

GROUPS = {"TRN", "FSH", "AGR", "LVS", "TRD", "CON", "HSV", "CRF", "EDU", "CRE", "PRO", "CAS", "OTH"}


def _catalogue() -> list[dict[str, Any]]:
    result = run_cli("occupations", "--json", password=None)
    assert result.code == 0, result.stderr
    document = result.json()
    assert isinstance(document["occupations"], list)
    return list(document["occupations"])


def test_catalogue_has_at_least_sixty_complete_entries() -> None:
    occupations = _catalogue()

    assert len(occupations) >= 60
    codes = [o["code"] for o in occupations]
    assert len(set(codes)) == len(codes)
    for o in occupations:
        assert set(o) == {"code", "name", "group", "sector"}, o
        assert set(o["name"]) == {"id", "en"}, o
        assert o["name"]["id"].strip() and o["name"]["en"].strip(), o
        assert o["sector"] in {"transport", "other"}, o
    assert {o["group"] for o in occupations} == GROUPS  # the groups of DOMAIN.md §5
    assert "OTHER" in codes  # "other" with free text


def test_every_listed_occupation_is_accepted_by_register(profile_dir: Path, tmp_path: Path) -> None:
    occupations = _catalogue()
    items = [
        registration(
            serial,
            occupation_code=o["code"],
            occupation_other="Penjual jamu gendong" if o["code"] == "OTHER" else None,
        )
        for serial, o in enumerate(occupations, start=1)
    ]
    file = write_json(tmp_path / "all.json", items)

    result = run_cli(*register_args(file, profile_dir))

    assert result.code == 0, result.stdout
    assert [("receipt_number" in r) for r in result.json()] == [True] * len(items)
