"""The supervisor's workspace on the branch server: reconciliation and the laptops' activity.

**Reconciliation** sets a laptop's own tally of a day (reported after its sync, or uploaded from
a USB stick) against the branch's tally of the same device and day, built by the same builder
(`workspace_tally.branch_tally` with a device filter). Equal hashes: the two match. Otherwise the
differences are listed:

- `not_synced`: records still `final` on the laptop (its `by_status.final`);
- `voids_not_received`: receipts voided on the laptop that the branch does not hold as voided;
- `missing_at_branch`: receipt numbers the laptop issued that the branch holds no record of. A
  tally lists only the first and last receipt number of each row and the voided ones; since a
  device's receipt sequence never skips a number, every number between the day's first and last
  (same prefix) was issued, so the numbers checked are that whole range (bounded by
  `MAX_RANGE_NUMBERS`) plus every number the document names;
- `differences`: each figure that differs, as `{path, officer, work_location, figure, laptop,
  branch}` (`path` like `rows[officer | place].by_status.final` or `totals.records`; `officer`
  and `work_location` name the row, both null for the totals and the tally's own fields;
  `figure` is the path inside the row; a row only one side has is one difference with
  `figure` null and `null` on the other side).

Each item has one `state`: `matches` (equal hashes), `not_reported` (no laptop tally for that
day), `not_synced` (the laptop still holds records it has not sent: the tallies will differ
until it syncs) or `differs` (anything else: the supervisor must look). `officer_names` and
`group_names` carry the words for the codes in the figures (the laptop's and the branch's).
The officers a laptop's tally names are the laptop's choice: wherever an item shows one (its
officers, their names, a difference's row and path, a row only one side has) it is one line of
visible text, a NIK masked (`formatting.visible_line`); the stored tally stays as it came.
A stored laptop tally that cannot be read refuses the day's reconciliation as
`TALLY_UNREADABLE` (409), naming the laptop and the day (`device.reports.opened_tally`).

The hash covers codes and numbers only (officers by user name, occupation groups by code), so a
laptop tally printed in any language reconciles with the branch's.

**Activity** lists every enrolled laptop: last contact, last receipt sequence, records received,
records waiting (from its last report), and whether it has been silent for more than
`silent_days` days (since its last contact, or since its enrolment when it never synced).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin.roster import device_label
from bpu_enroll.branch.device.auth import Refusal, as_utc
from bpu_enroll.branch.device.reports import (
    check_tally,
    latest_reports,
    opened_tally,
    tallies_of_day,
)
from bpu_enroll.branch.store.models import Device, Record, utcnow
from bpu_enroll.branch.store.settings import below_minimum, get_setting
from bpu_enroll.branch.workspace.tally import branch_tally
from bpu_enroll.documents.tally.figures import tally_figures
from bpu_enroll.domain.formatting import visible_line
from bpu_enroll.sync.report import TallyDocument

MAX_RANGE_NUMBERS = 10_000
_NUMBER = re.compile(r"^(?P<prefix>.+-)(?P<seq>\d{5,9})$")
_IN_CHUNK = 500


# --- reconciliation ----------------------------------------------------------------------------


def reconciliation(session: Session, day: date) -> dict[str, Any]:
    """`GET /reconciliation?date=D`: one item per device with records or a report that day."""
    reports = tallies_of_day(session, day)
    with_records = set(
        session.exec(
            select(Record.device_id).where(Record.registration_date == day.isoformat()).distinct()
        )
    )
    ids = sorted(with_records | set(reports))
    devices = {d.id: d for d in session.exec(select(Device).where(col(Device.id).in_(ids)))}
    items = []
    for device_id in ids:
        report = reports.get(device_id)
        device = devices[device_id]
        laptop = opened_tally(report, device.code) if report is not None else None
        reported_at = as_utc(report.received_at) if report is not None else None
        items.append(reconcile(session, device, day, laptop, reported_at))
    return {"date": day.isoformat(), "items": items}


def reconcile_upload(session: Session, document: TallyDocument) -> dict[str, Any]:
    """`POST /reconciliation`: an uploaded laptop tally against the branch (nothing stored)."""
    device = session.exec(select(Device).where(Device.code == document.device)).first()
    if device is None:
        raise Refusal(404, "DEVICE_UNKNOWN", "no laptop with this device code is enrolled")
    check_tally(document, device)
    return reconcile(session, device, document.date, document.figures(), utcnow())


def reconcile(
    session: Session,
    device: Device,
    day: date,
    laptop: dict[str, Any] | None,
    reported_at: datetime | None,
) -> dict[str, Any]:
    """One RECON item: the laptop's tally of `day` (or None) against the branch's."""
    branch = _branch_figures(session, device, day)
    officers = {r.get("officer") for r in branch["rows"]}
    item: dict[str, Any] = {
        "device": device.code,
        "date": day.isoformat(),
        "state": "not_reported",
        "officers": [],
        "reported_at": reported_at.isoformat() if reported_at is not None else None,
        "laptop_hash": None,
        "branch_hash": branch["hash"],
        "matches": None,
        "not_synced": 0,
        "voids_not_received": [],
        "missing_at_branch": [],
        "differences": [],
    }
    if laptop is not None:
        officers |= {r.get("officer") for r in laptop.get("rows", [])}
        totals = laptop.get("totals", {})
        voided = [str(n) for n in totals.get("voided_receipts") or []]
        item.update(
            laptop_hash=laptop.get("hash"),
            matches=laptop.get("hash") == branch["hash"],
            not_synced=int((totals.get("by_status") or {}).get("final", 0)),
            voids_not_received=_voids_not_received(session, device, voided),
            missing_at_branch=_missing_at_branch(session, device, laptop),
            differences=figure_differences(laptop, branch),
        )
        item["state"] = _state(item)
    labels = (laptop or {}).get("labels") or {}
    names = {**(labels.get("officers") or {}), **branch["labels"]["officers"]}
    # The laptop's names are what it chose (any enrolled laptop, or a file on a USB stick):
    # shown as one line of visible text, keyed as each difference names its officer and its
    # figure (an occupation group only the laptop counts is keyed and named by the laptop).
    # Each side is cleaned before they are merged, the branch's last: a laptop's `TRN\u200b`
    # cleans to `TRN` and must not rename the branch's own group.
    item["officer_names"] = {
        **_shown_words(labels.get("officers")),
        **_shown_words(branch["labels"]["officers"]),
    }
    item["group_names"] = {
        **_shown_words(labels.get("occupation_groups")),
        **_shown_words(branch["labels"]["occupation_groups"]),
    }
    item["officers"] = sorted(visible_line(str(names.get(o, o))) for o in officers if o)
    return item


def _shown_words(words: Any) -> dict[str, str]:
    """A tally's words (key → name) shown as one line of visible text each."""
    if not isinstance(words, dict):
        return {}
    return {visible_line(str(k)): visible_line(str(v)) for k, v in words.items()}


def _state(item: dict[str, Any]) -> str:
    if item["matches"]:
        return "matches"
    return "not_synced" if item["not_synced"] else "differs"


def _branch_figures(session: Session, device: Device, day: date) -> dict[str, Any]:
    """The branch's figures of `device` and `day` (the hash does not depend on a language)."""
    return tally_figures(branch_tally(session, day, device=device))


def _voids_not_received(session: Session, device: Device, voided: list[str]) -> list[str]:
    held = {
        number
        for number, state in _branch_states(session, device, voided).items()
        if state == "voided"
    }
    return sorted(n for n in set(voided) if n not in held)


def _missing_at_branch(session: Session, device: Device, laptop: dict[str, Any]) -> list[str]:
    numbers = laptop_receipt_numbers(laptop)
    held = _branch_states(session, device, numbers)
    return sorted(n for n in numbers if n not in held)


def laptop_receipt_numbers(laptop: dict[str, Any]) -> list[str]:
    """Every receipt number a laptop tally shows or implies (see the module text)."""
    named: set[str] = set()
    for row in [*laptop.get("rows", []), laptop.get("totals", {})]:
        if not isinstance(row, dict):
            continue
        named |= {str(n) for n in (row.get("first_receipt"), row.get("last_receipt")) if n}
        named |= {str(n) for n in row.get("voided_receipts") or []}
    totals = laptop.get("totals", {})
    first = _NUMBER.match(str(totals.get("first_receipt") or ""))
    last = _NUMBER.match(str(totals.get("last_receipt") or ""))
    if first and last and first["prefix"] == last["prefix"]:
        low, high = int(first["seq"]), int(last["seq"])
        width = len(first["seq"])
        if 0 <= high - low < MAX_RANGE_NUMBERS:
            named |= {f"{first['prefix']}{seq:0{width}d}" for seq in range(low, high + 1)}
    return sorted(named)


def _branch_states(session: Session, device: Device, numbers: list[str]) -> dict[str, str]:
    """Receipt number → the branch's state, for the numbers of `device` it holds."""
    states: dict[str, str] = {}
    for start in range(0, len(numbers), _IN_CHUNK):
        chunk = numbers[start : start + _IN_CHUNK]
        rows = session.exec(
            select(Record.receipt_no, Record.state).where(
                Record.device_id == device.id, col(Record.receipt_no).in_(chunk)
            )
        )
        for number, state in rows:
            # A voided copy wins: the branch holds the void even beside an older copy.
            if states.get(number) != "voided":
                states[number] = state
    return states


def figure_differences(laptop: dict[str, Any], branch: dict[str, Any]) -> list[dict[str, Any]]:
    """Each figure that differs between two tally documents, as `{path, laptop, branch}`."""
    out: list[dict[str, Any]] = []
    for key in ("branch", "device", "date", "date_to", "zone"):
        if laptop.get(key) != branch.get(key):
            out.append(_difference(key, None, key, laptop.get(key), branch.get(key)))
    left, right = _rows_by_key(laptop), _rows_by_key(branch)
    for row in sorted(set(left) | set(right), key=lambda k: (str(k[0]), str(k[1]))):
        where: _Where = (row, "rows[{} | {}]".format(*_shown_row(row)))
        if row not in left or row not in right:
            out.append(_difference(where[1], row, None, left.get(row), right.get(row)))
        else:
            _compare(where, "", left[row], right[row], out)
    _compare((None, "totals"), "", laptop.get("totals"), branch.get("totals"), out)
    return out


_Where = tuple[tuple[Any, Any] | None, str]


def _difference(
    path: str, row: tuple[Any, Any] | None, figure: str | None, laptop: Any, branch: Any
) -> dict[str, Any]:
    officer, place = _shown_row(row) if row is not None else (None, None)
    return {"path": visible_line(path), "officer": officer, "work_location": place,
            "figure": _shown(figure),
            "laptop": _shown_whole(laptop), "branch": _shown_whole(branch)}  # fmt: skip


def _shown_row(row: tuple[Any, Any]) -> tuple[str | None, str | None]:
    """A row's officer and work location as a laptop's tally may carry them, shown
    (`visible_line`): what the laptop named them is its own choice."""
    officer, place = row
    return _shown(officer), _shown(place)


def _shown(part: Any) -> str | None:
    return None if part is None else visible_line(str(part))


def _shown_whole(value: Any) -> Any:
    """A value as a difference carries it whole (a row only one side has, a figure's group of
    counts): every text in it, keys included, shown as `_shown_row` shows the officer (a group
    only a laptop counts is named by that laptop); numbers as they are."""
    if isinstance(value, dict):
        shown: dict[str, Any] = {}
        for key, inner in value.items():
            name = visible_line(str(key))
            # Two keys that clean to one text (`TRN` and `TRN\u200b`): the second is shown
            # escaped, so neither count is lost.
            shown[name if name not in shown else ascii(str(key))] = _shown_whole(inner)
        return shown
    if isinstance(value, list):
        return [_shown_whole(v) for v in value]
    return visible_line(value) if isinstance(value, str) else value


def _rows_by_key(document: dict[str, Any]) -> dict[tuple[Any, Any], dict[str, Any]]:
    rows = document.get("rows") or []
    return {
        (row.get("officer"), row.get("work_location")): row for row in rows if isinstance(row, dict)
    }


def _compare(
    where: _Where, figure: str, laptop: Any, branch: Any, out: list[dict[str, Any]]
) -> None:
    if isinstance(laptop, dict) and isinstance(branch, dict):
        for key in list(laptop) + [k for k in branch if k not in laptop]:
            inner = f"{figure}.{key}" if figure else str(key)
            _compare(where, inner, laptop.get(key), branch.get(key), out)
    elif laptop != branch:
        row, prefix = where
        out.append(_difference(f"{prefix}.{figure}", row or (None, None), figure, laptop, branch))


# --- activity ----------------------------------------------------------------------------------


def activity(
    session: Session, *, silent_days: int = 3, now: datetime | None = None
) -> dict[str, Any]:
    """`GET /activity`: every enrolled laptop, its last contact and whether it fell silent, the
    app and reference versions it last reported, and whether that app is below the branch's
    `min-app-version` (`outdated`; a laptop that never reported a version counts as outdated
    only when a minimum is set)."""
    now = now or utcnow()
    reports = latest_reports(session)
    minimum = get_setting(session, "min-app-version")
    received = dict(
        session.exec(select(Record.device_id, func.count()).group_by(col(Record.device_id))).all()
    )
    officers: dict[int, set[str]] = {}
    for device_id, officer in session.exec(select(Record.device_id, Record.officer).distinct()):
        officers.setdefault(device_id, set()).add(visible_line(officer))
    items = []
    for device in session.exec(select(Device).order_by(col(Device.code))):
        assert device.id is not None
        report = reports.get(device.id)
        last = as_utc(device.last_seen_at) if device.last_seen_at is not None else None
        quiet_since = last or as_utc(device.enrolled_at)
        quiet = now - quiet_since
        days = quiet.days
        items.append(
            {
                "device": device.code,
                "label": device_label(device.label),
                "officers": sorted(officers.get(device.id, set())),
                "enrolled_at": as_utc(device.enrolled_at).isoformat(),
                "last_sync": last.isoformat() if last is not None else None,
                "last_sequence": device.last_sequence,
                "records_received": int(received.get(device.id, 0)),
                "records_waiting": report.pending if report is not None else None,
                "silent": device.revoked_at is None and quiet > timedelta(days=silent_days),
                "days_silent": days if last is not None else None,
                "revoked": device.revoked_at is not None,
                # as the laptop reported them, shown as one line of visible text (as the officers
                # above); stored as sent, and the minimum compared with what was sent
                "app_version": _shown(report.app_version) if report is not None else None,
                "reference_versions": {
                    visible_line(key): _shown(value)
                    for key, value in (report.references() if report is not None else {}).items()
                },
                "outdated": device.revoked_at is None
                and below_minimum(report.app_version if report is not None else None, minimum),
            }
        )
    return {
        "now": now.isoformat(),
        "silent_days": silent_days,
        "min_app_version": minimum or None,
        "items": items,
    }
