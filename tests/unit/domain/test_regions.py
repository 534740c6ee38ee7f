"""The Kemendagri region list (DOMAIN.md §5): counts, look-ups and village type-ahead."""

from __future__ import annotations

from bpu_enroll.domain.regions import RegionIndex, default_regions


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
