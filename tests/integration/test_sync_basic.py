"""Enrol, push, idempotent re-push, duplicate NIK, rejection and conflict on both back ends."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from tests.integration.helpers import Branch, Laptop, ServerThread


def test_enrol_and_push_accepts_every_record_once_with_a_kpj(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    ids = [laptop.register(serial) for serial in (1, 2, 3)]

    report = laptop.sync(server.url)

    assert report.completed
    assert report.to_dict() == {
        "sent": 3, "accepted": 3, "duplicate": 0, "rejected": 0,
        "already_received": 0, "conflict": 0, "pending": 0,
    }  # fmt: skip
    held = branch.records()
    assert sorted(held) == sorted(ids)
    states = laptop.states()
    kpjs = [states[i][1] for i in ids]
    assert all(states[i][0] == "accepted" for i in ids)
    assert all(k is not None and len(k) == 11 and k.isdigit() for k in kpjs)
    assert len(set(kpjs)) == 3
    assert {held[i].kpj for i in ids} == set(kpjs)
    assert branch.participant_count() == 3


def _tamper(laptop: Laptop, record_id: str, **changes: object) -> None:
    """Change a stored record's data (and re-seal its hash), as a laptop with other rules would,
    and put it back in the queue."""
    import json

    from bpu_enroll.domain.hashing import content_hash
    from bpu_enroll.store.models import Registration

    with laptop.session.store.session() as db:
        row = db.get(Registration, record_id)
        assert row is not None
        data = json.loads(row.data_json)
        data.update(changes)
        row.data_json = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        row.content_hash = content_hash(data, json.loads(row.quote_json))
        row.status = "final"
        db.add(row)


def test_resending_the_same_batch_and_records_is_harmless(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    from bpu_enroll.sync.laptop_store import records_to_send
    from bpu_enroll.sync.runner import sign_manifest

    laptop = laptop_factory()
    laptop.register(10)
    laptop.register(11)
    records = records_to_send(laptop.session.store)
    signed = sign_manifest(
        records,
        device_code=laptop.device_code,
        signing_key=laptop.signing_key,
        batch_id="6f1c1c8e-8f1e-4c1a-9d7e-0a0b0c0d0e0f",
    )
    with httpx.Client(base_url=server.url) as http:
        client = laptop.client(http)
        first = client.announce(signed)
        assert sorted(first.missing) == sorted(r.id for r in records)
        answered = client.send_records(first.batch_id, records)
        assert [r.result for r in answered.results] == ["accepted", "accepted"]
        kpjs = {r.id: r.kpj for r in answered.results}

        again = client.announce(signed)
        resent = client.send_records(first.batch_id, records)

    assert again.missing == []
    assert {(k.id, k.result, k.state, k.kpj) for k in again.known} == {
        (rid, "already_received", "accepted", kpj) for rid, kpj in kpjs.items()
    }
    assert [(r.result, r.kpj) for r in resent.results] == [
        ("already_received", kpjs[r.id]) for r in records
    ]
    assert len(branch.records()) == 2
    assert branch.participant_count() == 2
    # The laptop never applied those answers: its next sync learns them as already received.
    report = laptop.sync(server.url)
    assert report.to_dict()["already_received"] == 2
    assert report.to_dict()["sent"] == 0
    assert {rid: state for rid, state in laptop.states().items()} == {
        rid: ("accepted", kpj) for rid, kpj in kpjs.items()
    }


def test_a_record_sent_twice_in_one_chunk_is_stored_once_and_its_repeat_already_received(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """A real laptop never repeats a record in a chunk; one that does gets an answer per copy
    (every record's result comes back) and nothing counted twice: the repeat is answered as the
    next chunk would answer it."""
    from bpu_enroll.services.registration import RegistrationService
    from bpu_enroll.sync.laptop_store import records_to_send
    from bpu_enroll.sync.runner import sign_manifest

    laptop = laptop_factory()
    new, other, cancelled = laptop.register(30), laptop.register(31), laptop.register(32)
    RegistrationService(laptop.session).void(cancelled, "pekerja membatalkan pendaftaran")
    by_id = {r.id: r for r in records_to_send(laptop.session.store)}
    signed = sign_manifest(
        list(by_id.values()),
        device_code=laptop.device_code,
        signing_key=laptop.signing_key,
        batch_id="0d6c5d55-3a44-4f0e-9a51-6b4a2f0f3c11",
    )
    chunk = [by_id[i] for i in (new, new, other, cancelled, cancelled)]
    with httpx.Client(base_url=server.url) as http:
        client = laptop.client(http)
        client.announce(signed)
        answered = client.send_records(signed.manifest.batch_id, chunk)

    held = branch.records()
    assert [(r.id, r.result, r.state, r.kpj) for r in answered.results] == [
        (new, "accepted", "accepted", held[new].kpj),
        (new, "already_received", "accepted", held[new].kpj),
        (other, "accepted", "accepted", held[other].kpj),
        (cancelled, "voided", "voided", None),
        (cancelled, "already_received", "voided", None),
    ]
    assert held[new].kpj != held[other].kpj
    assert len(held) == 3 and branch.participant_count() == 2
    report = laptop.sync(server.url)
    assert report.completed and report.to_dict()["sent"] == 0
    assert report.to_dict()["already_received"] == 3


def test_same_nik_from_a_second_laptop_is_a_duplicate_with_the_existing_kpj(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    first, second = laptop_factory(), laptop_factory()
    original = first.register(20)
    assert first.sync(server.url).completed
    kpj = first.states()[original][1]

    copy = second.register(20)  # the same worker, registered again at another stall
    report = second.sync(server.url)

    assert report.to_dict()["duplicate"] == 1
    assert second.states()[copy] == ("duplicate", kpj)
    held = branch.records()
    assert (held[copy].state, held[copy].kpj) == ("duplicate", kpj)
    assert branch.participant_count() == 1


def test_a_record_the_branch_rules_refuse_is_rejected_with_reason_codes(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    import json

    from bpu_enroll.store.models import Registration

    laptop = laptop_factory()
    good = laptop.register(30)
    bad = laptop.register(31)
    _tamper(laptop, bad, consent=False)

    report = laptop.sync(server.url)

    assert report.completed
    assert (report.to_dict()["accepted"], report.to_dict()["rejected"]) == (1, 1)
    assert laptop.states()[good][0] == "accepted"
    with laptop.session.store.session(readonly=True) as db:
        row = db.get(Registration, bad)
        assert row is not None
        assert (row.status, row.kpj) == ("rejected", None)
        assert json.loads(row.reject_codes or "[]") == ["CONSENT_REQUIRED"]
    assert branch.records()[bad].state == "rejected"
    assert branch.participant_count() == 1


def test_same_id_with_other_content_is_a_conflict_and_the_first_version_stands(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    from sqlmodel import Session

    from bpu_enroll.branch.device.queries import status

    laptop = laptop_factory()
    record = laptop.register(40)
    assert laptop.sync(server.url).completed
    kpj = branch.records()[record].kpj
    _tamper(laptop, record, work_location="Pelabuhan Muara Angke")

    report = laptop.sync(server.url)

    assert report.to_dict()["conflict"] == 1
    assert laptop.states()[record] == ("rejected", None)
    held = branch.records()[record]
    assert (held.state, held.kpj) == ("accepted", kpj)
    with Session(branch.engine) as db:
        counts = status(db)["registrations"]
    assert (counts["accepted"], counts["conflict"]) == (1, 1)
