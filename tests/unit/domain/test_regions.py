"""The Kemendagri region list (DOMAIN.md §5): counts, look-ups and village type-ahead."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bpu_enroll.domain.regions import RegionIndex, default_regions, parse_region_amendment


def test_counts_match_kepmendagri_2025(regions: RegionIndex) -> None:
    assert len(regions.provinces) == 38
    assert len(regions.regencies) == 514
    assert len(regions.districts) == 7_285
    assert len(regions.villages) == 83_762


def test_default_regions_is_shared() -> None:
    assert default_regions() is default_regions()


def test_village_by_dotted_or_plain_code(regions: RegionIndex) -> None:
    dotted = regions.village("32.01.01.1001")
    plain = regions.village("3201011001")
    assert dotted is not None and dotted == plain
    assert dotted.code == "32.01.01.1001"
    assert (dotted.district_code, dotted.regency_code, dotted.province_code) == (
        "32.01.01",
        "32.01",
        "32",
    )
    assert dotted.district_name == "Cibinong"
    assert dotted.regency_name == "Kabupaten Bogor"
    assert dotted.province_name == "Jawa Barat"
    assert dotted.is_kelurahan


def test_label_reads_like_an_address(regions: RegionIndex) -> None:
    village = regions.village("32.01.01.1001")
    assert village is not None
    assert village.label() == f"{village.name}, Kec. Cibinong, Kab. Bogor, Jawa Barat"


def test_cities_keep_their_name_and_papuan_districts_are_distrik(regions: RegionIndex) -> None:
    depok = regions.search_villages("32.76", limit=1)[0]
    assert ", Kota Depok, Jawa Barat" in depok.label()
    wamena = regions.search_villages("95.01.01", limit=1)[0]
    assert ", Distrik Wamena, Kab. Jayawijaya, Papua Pegunungan" in wamena.label()


def test_unknown_or_malformed_village_codes(regions: RegionIndex) -> None:
    for code in ["32.01.01.9999", "3201019999", "32.01.01", "32010110011", "abc", ""]:
        assert regions.village(code) is None


def test_existence_checks(regions: RegionIndex) -> None:
    assert regions.province_exists("65")
    assert not regions.province_exists("99")
    assert regions.regency_exists("32.01")
    assert not regions.regency_exists("32.99")
    assert regions.district_exists("32.01.01")
    assert not regions.district_exists("32.01.99")
    assert regions.province_name("96") == "Papua Barat Daya"


def test_search_by_name_prefix_ignores_case(regions: RegionIndex) -> None:
    found = regions.search_villages("CIBINONG")
    assert found
    assert all(v.name.casefold().startswith("cibinong") for v in found)


def test_search_finds_word_starts_inside_names_but_not_the_middle_of_words(
    regions: RegionIndex,
) -> None:
    names = [v.name for v in regions.search_villages("jaya", limit=5_000)]
    assert "Sumber Jaya" in names
    assert all(
        any(word.casefold().startswith("jaya") for word in name.replace("-", " ").split())
        for name in names
    )
    assert "Harapanjaya" not in names


def test_names_starting_with_the_query_come_first(regions: RegionIndex) -> None:
    found = regions.search_villages("sari", limit=30)
    assert found[0].name == "Sari"
    assert all(v.name.casefold().startswith("sari") for v in found)


def test_search_by_code_prefix(regions: RegionIndex) -> None:
    found = regions.search_villages("32.01.01", limit=100)
    assert found
    assert all(v.code.startswith("32.01.01.") for v in found)
    assert len(found) == sum(1 for code in regions.villages if code.startswith("32.01.01."))
    assert [v.code for v in regions.search_villages("3201011001")] == ["32.01.01.1001"]


def test_search_respects_the_limit(regions: RegionIndex) -> None:
    assert len(regions.search_villages("s", limit=7)) == 7
    assert len(regions.search_villages("3")) == 30


def test_search_with_nothing_useful(regions: RegionIndex) -> None:
    assert regions.search_villages("") == []
    assert regions.search_villages("   ") == []
    assert regions.search_villages("!!!") == []
    assert regions.search_villages("zzzzqqq") == []
    assert regions.search_villages("32.x") == []


# --- region amendments (a branch's region package) --------------------------------------------


def test_an_amendment_adds_renames_and_retires(regions: RegionIndex) -> None:
    amendment = parse_region_amendment(
        {
            "version": "wilayah-2027.1",
            "areas": {"32.01.99": "Cibinong Baru"},
            "villages": {
                "32.01.99.2001": "Desa Contoh",  # in the new district
                "32.01.01.1001": "Cibinong Kota",  # renamed
            },
            "retired": ["32.01.01.1002"],
        },
        regions,
    )
    amended = regions.amended([amendment])
    village = amended.village("3201992001")
    assert village is not None and village.district_name == "Cibinong Baru"
    assert village.label().startswith("Desa Contoh, Kec. Cibinong Baru, Kab. Bogor")
    assert amended.village("32.01.01.1001").name == "Cibinong Kota"  # type: ignore[union-attr]
    assert amended.village("32.01.01.1002") is None
    assert [v.code for v in amended.search_villages("desa contoh")] == ["32.01.99.2001"]
    kept = regions.amended([amendment], keep_retired=True)
    assert kept.village("32.01.01.1002") is not None and kept.village("3201992001") is not None
    assert regions.village("3201992001") is None  # the shipped list is left as it was
    assert len(regions.villages) == 83_762


@pytest.mark.parametrize(
    ("document", "says"),
    [
        ([], "JSON object"),
        ({"villages": {"32.01.01.2999": "X"}}, "no version"),
        ({"version": "v"}, "changes nothing"),
        ({"version": "v", "villages": {"3201012999": "X"}}, "NN.NN.NN.NNNN"),
        ({"version": "v", "villages": {"32.01.98.2001": "X"}}, "no district 32.01.98"),
        ({"version": "v", "areas": {"32.98.01": "X"}}, "no parent 32.98"),
        ({"version": "v", "villages": {"32.01.01.2999": ""}}, "plain text"),
        ({"version": "v", "villages": {"32.01.01.2999": "X\nY"}}, "plain text"),
        ({"version": "v", "retired": ["32.01.01.9999"]}, "not in the list"),
        ({"version": "v", "retired": "32.01.01.1001"}, "list of village codes"),
        (
            {"version": "v", "villages": {"32.01.01.1001": "X"}, "retired": ["32.01.01.1001"]},
            "both added and retired",
        ),
    ],
)
def test_a_bad_amendment_is_refused_with_the_reason(
    regions: RegionIndex, document: Any, says: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(says)):
        parse_region_amendment(document, regions)
