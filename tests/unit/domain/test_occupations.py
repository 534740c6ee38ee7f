"""The occupation catalogue (DOMAIN.md §5): groups, codes, names, sectors, `OTHER`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.domain.occupations import default_catalogue, load_catalogue

GROUPS_OF_DOMAIN = [
    "transport and delivery", "fisheries", "agriculture", "livestock", "trade and food",
    "construction and repair", "household and personal services", "crafts",
    "education and religion", "creative and sport", "professions", "casual work", "other",
]  # fmt: skip
TRANSPORT_KINDS = ["ojek", "online", "taxi", "angkot", "courier", "logistics"]


def test_at_least_60_occupations_with_a_version() -> None:
    catalogue = default_catalogue()
    assert len(catalogue.all()) >= 60
    assert catalogue.version


def test_the_groups_are_those_of_domain_md() -> None:
    names = [group.name_en.casefold() for group in default_catalogue().groups()]
    assert names == GROUPS_OF_DOMAIN


def test_every_group_has_occupations() -> None:
    catalogue = default_catalogue()
    for group in catalogue.groups():
        assert catalogue.in_group(group.code), group.code


def test_every_occupation_is_complete_and_unique() -> None:
    catalogue = default_catalogue()
    codes = [item.code for item in catalogue.all()]
    assert len(codes) == len(set(codes))
    groups = {group.code for group in catalogue.groups()}
    for item in catalogue.all():
        assert item.name_id and item.name_en
        assert item.group in groups
        assert item.sector in {"transport", "other"}
        assert item.code == item.code.upper()


def test_stable_example_codes() -> None:
    catalogue = default_catalogue()
    ojek = catalogue.get("TRN-OJEK")
    fisher = catalogue.get("FSH-NELAYAN")
    assert ojek is not None and ojek.sector == "transport"
    assert fisher is not None and fisher.sector == "other"
    assert catalogue.get(" trn-ojek ") == ojek


def test_transport_sector_is_the_transport_group_and_covers_the_pp50_list() -> None:
    catalogue = default_catalogue()
    transport = [item for item in catalogue.all() if item.sector == "transport"]
    assert {item.group for item in transport} == {"TRN"}
    assert catalogue.in_group("TRN") == transport
    english = " ".join(item.name_en.casefold() for item in transport)
    for kind in TRANSPORT_KINDS:
        assert kind in english, kind


def test_other_needs_free_text_and_nothing_else_does() -> None:
    catalogue = default_catalogue()
    other = catalogue.get("OTHER")
    assert other is not None and other.requires_text and other.name_id == "Lainnya"
    assert [item.code for item in catalogue.all() if item.requires_text] == ["OTHER"]


def test_search_in_both_languages() -> None:
    catalogue = default_catalogue()
    assert "FSH-NELAYAN" in [item.code for item in catalogue.search("nelayan")]
    assert "FSH-NELAYAN" in [item.code for item in catalogue.search("FISHER")]
    assert catalogue.search("zzzz") == []
    assert len(catalogue.search("")) == len(catalogue.all())


def test_to_dict_has_the_cli_keys() -> None:
    item = default_catalogue().get("TRN-OJOL")
    assert item is not None
    assert set(item.to_dict()) == {"code", "name_id", "name_en", "group", "sector"}


def test_unknown_code() -> None:
    assert default_catalogue().get("NOPE") is None


def test_a_catalogue_without_other_is_refused(tmp_path: Path) -> None:
    data = json.loads(default_catalogue_path().read_text(encoding="utf-8"))
    data["occupations"] = [o for o in data["occupations"] if o["code"] != "OTHER"]
    path = tmp_path / "occupations.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BpuError) as caught:
        load_catalogue(path)
    assert caught.value.code == "FILE_NOT_JSON"


def test_a_missing_catalogue_file(tmp_path: Path) -> None:
    with pytest.raises(BpuError) as caught:
        load_catalogue(tmp_path / "none.json")
    assert caught.value.code == "FILE_NOT_FOUND"


def default_catalogue_path() -> Path:
    from bpu_enroll.paths import resource

    return resource("data", "occupations.json")
