"""Reference data distributed and signed, against the real server on both back ends: a rules
package published with `bpu-branch reference publish` changes a laptop's quote after its pull,
months are priced by the rules in force on their start, the branch judges a record by the
versions it was quoted under, a region package brings a new village to laptops and branch, and a
tampered or unsigned package is refused."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from nacl.signing import SigningKey
from sqlmodel import Session, select

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.store.packages import PublishedPackage
from bpu_enroll.cli.main import main as laptop_main
from bpu_enroll.domain.coverage import coverage_months
from bpu_enroll.domain.hashing import content_hash
from bpu_enroll.paths import resource
from bpu_enroll.services.records import RegistrationRefused
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.sync.laptop_store import records_to_send
from bpu_enroll.sync.protocol import (
    API_PREFIX,
    SignedReferencePackage,
    b64,
    reference_signing_bytes,
)
from bpu_enroll.sync.reference_packages import (
    REFERENCE_DIR,
    installed_digest,
    installed_packages,
)
from tests.integration.helpers import Branch, Laptop, ServerThread, registration, today
from tests.integration.test_branch_loop import _push
from tests.unit.file_helpers import opened_size_says

SHIPPED: dict[str, Any] = json.loads(resource("data", "contribution_rules.json").read_text())
NEW_JKM = 7_400


def _rules(version: str, valid_from: date, jkm: int = NEW_JKM) -> dict[str, Any]:
    document = copy.deepcopy(SHIPPED)
    document["version"] = version
    document["valid_from"] = valid_from.isoformat()
    document["programs"]["JKM"]["amount"] = jkm
    return document


def _cli(
    main: Callable[[list[str]], int], argv: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, Any]:
    capsys.readouterr()
    code = main(argv)
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def _publish(
    branch: Branch, document: dict[str, Any], tmp: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, Any]:
    path = tmp / f"{document['version']}.json"
    path.write_text(json.dumps(document))
    argv = ["--db", branch.db_url, "reference", "publish", str(path), "--json"]
    return _cli(branch_main, argv, capsys)


def _quote(laptop: Laptop, capsys: pytest.CaptureFixture[str], months: int = 1) -> Any:
    argv = ["quote", "--income", "2500000", "--months", str(months), "--start"]
    argv += [today().isoformat(), "--data-dir", str(laptop.data_dir), "--json"]
    code, document = _cli(laptop_main, argv, capsys)
    assert code == 0
    return document


def test_a_published_rules_package_changes_the_quote_after_the_pull(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    laptop = laptop_factory()
    before = _quote(laptop, capsys)
    assert before["rule_version"] == SHIPPED["version"]
    assert before["months"][0]["JKM"] == SHIPPED["programs"]["JKM"]["amount"]

    code, published = _publish(branch, _rules("BPU-2026.9", date(2026, 1, 1)), tmp_path, capsys)
    assert code == 0 and published["kind"] == "contribution_rules"
    assert published["effective_from"] == "2026-01-01"
    code, again = _publish(branch, _rules("BPU-2026.9", date(2026, 1, 1)), tmp_path, capsys)
    assert (code, again["error"]["code"]) == (1, "REFERENCE_EXISTS")
    broken = _rules("BPU-2026.10", date(2026, 1, 1))
    del broken["brackets"][3]  # numbering no longer 1…n
    code, refused = _publish(branch, broken, tmp_path, capsys)
    assert (code, refused["error"]["code"]) == (1, "REFERENCE_INVALID")
    assert _quote(laptop, capsys)["months"][0]["JKM"] == before["months"][0]["JKM"]

    report = laptop.sync(server.url)

    assert report.reference.installed == ["contribution_rules BPU-2026.9"]
    after = _quote(laptop, capsys)
    assert after["rule_version"] == "BPU-2026.9"
    assert after["months"][0]["JKM"] == NEW_JKM
    versions = [r["version"] for r in after["reference_versions"]["contribution_rules"]]
    assert versions == [SHIPPED["version"], "BPU-2026.9"]
    # Once the laptop holds the published set, pulls leave the packages out.
    refs = installed_digest(laptop.data_dir)
    with httpx.Client(base_url=server.url, timeout=30) as http:
        client = laptop.client(http)
        lean = client._send("GET", f"{API_PREFIX}/pull?cursor=0&v=2&refs={refs}", b"", signed=True)
        full = client._send("GET", f"{API_PREFIX}/pull?cursor=0&v=2", b"", signed=True)
    assert lean.json()["reference_packages"] == []
    assert len(full.json()["reference_packages"]) == 1
    # A registration is quoted, stamped and judged by the new version.
    record = laptop.register(61)
    detail = RegistrationService(laptop.session).get(record)
    assert detail.rule_version == "BPU-2026.9" and detail.quote["months"][0]["JKM"] == NEW_JKM
    laptop.sync(server.url)
    held = branch.records()[record]
    assert held.state == "accepted", held.reasons


def test_each_month_is_priced_by_the_rules_in_force_on_its_start(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    laptop = laptop_factory()
    second_month = coverage_months(today(), 3)[1][0]
    code, _ = _publish(branch, _rules("BPU-2026.8", second_month), tmp_path, capsys)
    assert code == 0
    assert laptop.sync(server.url).reference.installed
    priced = _quote(laptop, capsys, months=3)
    assert priced["rule_version"] == SHIPPED["version"]
    assert priced["rule_versions"] == [SHIPPED["version"], "BPU-2026.8"]
    jkm = [month["JKM"] for month in priced["months"]]
    assert jkm == [SHIPPED["programs"]["JKM"]["amount"], NEW_JKM, NEW_JKM]

    record = laptop.register(62, months_paid=3)
    laptop.sync(server.url)
    assert branch.records()[record].state == "accepted", branch.records()[record].reasons


def test_a_tampered_or_unsigned_package_is_refused(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    laptop = laptop_factory()
    code, _ = _publish(branch, _rules("BPU-2026.7", date(2026, 1, 1)), tmp_path, capsys)
    assert code == 0
    code, _ = _publish(branch, _rules("BPU-2026.6", date(2026, 1, 1), 9_000), tmp_path, capsys)
    assert code == 0
    with Session(branch.engine) as db:
        rows = {row.version: row for row in db.exec(select(PublishedPackage)).all()}
        tampered = SignedReferencePackage.model_validate_json(rows["BPU-2026.7"].document)
        tampered.package.content["programs"]["JKM"]["amount"] = 1  # not signed again
        rows["BPU-2026.7"].document = tampered.model_dump_json()
        stranger = SignedReferencePackage.model_validate_json(rows["BPU-2026.6"].document)
        other_key = SigningKey.generate()
        stranger.signature = b64(
            other_key.sign(reference_signing_bytes(stranger.package)).signature
        )
        rows["BPU-2026.6"].document = stranger.model_dump_json()
        db.add(rows["BPU-2026.7"])
        db.add(rows["BPU-2026.6"])
        db.commit()

    report = laptop.sync(server.url)

    assert report.completed
    assert report.reference.installed == []
    assert report.reference.refused == {"REFERENCE_SIGNATURE_INVALID": 2}
    assert installed_packages(laptop.data_dir) == []
    assert _quote(laptop, capsys)["rule_version"] == SHIPPED["version"]


def test_a_package_changed_on_the_laptop_is_ignored_and_unknown_rules_are_refused(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    laptop = laptop_factory()
    code, _ = _publish(branch, _rules("BPU-2026.5", date(2026, 1, 1)), tmp_path, capsys)
    assert code == 0
    laptop.sync(server.url)
    assert len(installed_packages(laptop.data_dir)) == 1
    [file] = [p for p in (laptop.data_dir / REFERENCE_DIR).glob("contribution_rules-*.json")]
    file.write_text(file.read_text().replace(f'"amount":{NEW_JKM}', '"amount":1'))
    assert installed_packages(laptop.data_dir) == []
    assert _quote(laptop, capsys)["rule_version"] == SHIPPED["version"]

    # A record quoted under rules the branch never published is refused by name.
    laptop.register(63)
    [record] = records_to_send(laptop.session.store)
    record.quote["rule_version"] = "BPU-2099.1"
    record.content_hash = content_hash(record.registration, record.quote)
    results = _push(laptop, server.url, [record])
    assert "RULES_UNKNOWN" in results[record.id].reasons


def test_a_region_package_lets_laptop_and_branch_take_a_new_village(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    laptop = laptop_factory()
    new_village = {"address": {**registration(63)["address"], "village_code": "3201012999"}}
    with pytest.raises(RegistrationRefused) as unknown:
        laptop.register(63, **new_village)
    assert [e.code for e in unknown.value.errors] == ["VILLAGE_UNKNOWN"]

    wrong = {"version": "wilayah-2027.0", "villages": {"32.01.98.2001": "Desa Tanpa Kecamatan"}}
    code, refused = _publish(branch, wrong, tmp_path, capsys)
    assert (code, refused["error"]["code"]) == (1, "REFERENCE_INVALID")
    amendment = {"version": "wilayah-2027.1", "villages": {"32.01.01.2999": "Desa Contoh Baru"}}
    code, published = _publish(branch, amendment, tmp_path, capsys)
    assert code == 0 and published["kind"] == "regions"

    report = laptop.sync(server.url)

    assert report.reference.installed == ["regions wilayah-2027.1"]
    assert "wilayah-2027.1" in _quote(laptop, capsys)["reference_versions"]["regions"]
    record = laptop.register(63, **new_village)  # the laptop knows the village now
    receipt = RegistrationService(laptop.session).get(record)
    assert receipt.row.village_code.replace(".", "") == "3201012999"
    laptop.sync(server.url)
    held = branch.records()[record]
    assert held.state == "accepted", held.reasons  # and the branch judges with it too


def test_publish_refuses_a_file_too_large_before_reading_it(
    branch: Branch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`reference publish` of a file past the reference limit (a disk image picked by mistake)
    is refused with FILE_TOO_LARGE from the opened file's size, naming the file, and nothing is
    published: it was read whole and then called not JSON. The read stops one byte past the
    limit, so a file that grows after its size was looked at cannot pass either."""
    from bpu_enroll.branch.admin import reference_cli
    from bpu_enroll.domain.errors import message

    huge = tmp_path / "disk.img"
    with huge.open("wb") as handle:  # sparse: nothing is written but its size
        handle.truncate(reference_cli.MAX_REFERENCE_FILE + 1)
    argv = ["--db", branch.db_url, "--lang", "en", "reference", "publish", str(huge), "--json"]
    code, refused = _cli(branch_main, argv, capsys)
    assert (code, refused["error"]["code"]) == (1, "FILE_TOO_LARGE")
    assert refused["error"]["message"] == f"{message('FILE_TOO_LARGE', 'en')} ({huge})"

    document = _rules("BPU-2026.9", date(2026, 1, 1))
    grown = tmp_path / "grown.json"
    grown.write_text(json.dumps(document))
    monkeypatch.setattr(reference_cli, "MAX_REFERENCE_FILE", grown.stat().st_size - 1)
    opened_size_says(monkeypatch, grown, 2)
    argv[argv.index(str(huge))] = str(grown)
    code, refused = _cli(branch_main, argv, capsys)
    assert (code, refused["error"]["code"]) == (1, "FILE_TOO_LARGE")
    with Session(branch.engine) as db:
        assert db.exec(select(PublishedPackage)).all() == []
    monkeypatch.setattr(reference_cli, "MAX_REFERENCE_FILE", grown.stat().st_size)
    code, published = _cli(branch_main, argv, capsys)  # at the limit: read and published
    assert (code, published["version"]) == (0, "BPU-2026.9")
