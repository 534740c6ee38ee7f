"""The branch's own judgement of a received record, with the same domain code as the laptop.

A record is rejected when its content hash does not match its content, when any field fails
`validate_registration` on the record's registration date, when the quote it carries differs
from the quote the rules give for that date, when its receipt number is not this device's, or
when its officer is not on the branch roster (or was revoked before the record was made), or
is on it but not as a field officer (`OFFICER_NOT_FIELD`: clerks, supervisors and admins do not
register workers on laptops).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from bpu_enroll.domain.contributions import RuleBook, Rules, default_rules
from bpu_enroll.domain.hashing import canonical_json
from bpu_enroll.domain.occupations import (
    Catalogue,
    default_catalogue,
    merged_catalogue,
    parse_catalogue,
)
from bpu_enroll.domain.regions import (
    RegionAmendment,
    RegionIndex,
    default_regions,
    parse_region_amendment,
)
from bpu_enroll.domain.registration import validate_registration
from bpu_enroll.domain.rules_data import parse_rules
from bpu_enroll.sync.protocol import RecordPayload, SignedReferencePackage

# Reason codes the branch adds to the form codes of DESIGN.md §8.
HASH_MISMATCH = "HASH_MISMATCH"
QUOTE_MISMATCH = "QUOTE_MISMATCH"
RECEIPT_NUMBER = "RECEIPT_NUMBER"
RECEIPT_NUMBER_TAKEN = "RECEIPT_NUMBER_TAKEN"  # decided under the lock: `reused_receipts`
OFFICER_UNKNOWN = "OFFICER_UNKNOWN"
OFFICER_REVOKED = "OFFICER_REVOKED"
OFFICER_NOT_FIELD = "OFFICER_NOT_FIELD"
CORRECTION_UNCHANGED = "CORRECTION_UNCHANGED"
RULES_UNKNOWN = "RULES_UNKNOWN"
SUPERSEDES_FOREIGN = "SUPERSEDES_FOREIGN"
BRANCH_REASON_CODES = frozenset(
    {
        SUPERSEDES_FOREIGN,
        RULES_UNKNOWN,
        CORRECTION_UNCHANGED,
        HASH_MISMATCH,
        QUOTE_MISMATCH,
        RECEIPT_NUMBER,
        RECEIPT_NUMBER_TAKEN,
        OFFICER_UNKNOWN,
        OFFICER_REVOKED,
        OFFICER_NOT_FIELD,
    }
)


@dataclass(frozen=True)
class BranchReference:
    """What the branch judges quotes, occupations and villages with: every rules version it
    knows (the shipped one and each published package), the catalogues merged (newest first)
    and the region list with every published amendment (retired villages kept: a laptop may not
    have heard of the retirement yet)."""

    rules: Mapping[str, Rules]
    catalogue: Catalogue
    regions: RegionIndex | None = None

    def book_for(self, quote: Mapping[str, Any]) -> RuleBook | None:
        """The versions a record was quoted under, as a book; None when one is unknown."""
        names = quote.get("rule_versions") or [quote.get("rule_version")]
        found = [self.rules.get(str(name)) for name in names]
        if not found or any(rules is None for rules in found):
            return None
        return RuleBook(tuple(r for r in found if r is not None))


_REFERENCES: dict[tuple[tuple[str, str, str], ...], BranchReference] = {}


def branch_reference(packages: Sequence[SignedReferencePackage]) -> BranchReference:
    """The shipped reference data plus the packages the branch published (already checked);
    kept per set of packages (every chunk asks, and an amended region list takes ~0.5 s)."""
    key = tuple((p.package.kind, p.package.version, p.signature) for p in packages)
    found = _REFERENCES.get(key)
    if found is None:
        if len(_REFERENCES) >= 4:
            _REFERENCES.clear()
        found = _REFERENCES[key] = _build_reference(packages)
    return found


def _build_reference(packages: Sequence[SignedReferencePackage]) -> BranchReference:
    rules = {default_rules().version: default_rules()}
    catalogues = [default_catalogue()]
    amendments: list[RegionAmendment] = []
    for signed in packages:
        content = signed.package.content
        if signed.package.kind == "contribution_rules":
            parsed = parse_rules(content)
            rules[parsed.version] = parsed
        elif signed.package.kind == "regions":
            amendments.append(parse_region_amendment(content))
        else:
            catalogues.append(parse_catalogue(content))
    regions = default_regions().amended(amendments, keep_retired=True) if amendments else None
    catalogue = merged_catalogue(catalogues[-1], *reversed(catalogues[:-1]))
    return BranchReference(rules, catalogue, regions)


class Roster(dict[str, datetime | None]):
    """Username → revocation moment (None when active), plus `staff`: the usernames that are
    on the roster but not field officers."""

    staff: frozenset[str] = frozenset()


def officer_roster(rows: Iterable[Any]) -> Roster:
    """The judge's view of the branch roster (`branch_officer` rows)."""
    rows = list(rows)
    roster = Roster({o.username: o.revoked_at for o in rows})
    roster.staff = frozenset(o.username for o in rows if o.role != "officer")
    return roster


def receipt_sequence(receipt_no: str, branch_code: str, device_code: str) -> int | None:
    """The per-device sequence of `{branch}-{device}-{YYYYMMDD}-{seq}`, or None if not ours."""
    parts = receipt_no.split("-")
    if len(parts) != 4 or parts[0] != branch_code or parts[1] != device_code:
        return None
    day, seq = parts[2], parts[3]
    if not (len(day) == 8 and day.isdigit() and seq.isdigit() and 0 < len(seq) <= 9):
        return None
    return int(seq)


@dataclass(frozen=True)
class Judgement:
    """The branch's verdict on one record: reason codes (empty when it stands) and, when the
    content could be hashed, its canonical JSON (the bytes the hash was checked over)."""

    reasons: list[str]
    content: bytes | None


def warm_up() -> None:
    """Load the reference data the judge uses (regions, rules, catalogue) once per process,
    so the first push of the day does not pay for it."""
    default_regions()
    default_rules()
    default_catalogue()
    validate_registration({}, today=date.today(), lang="en", nik_exists=None)


def judge_record(
    record: RecordPayload,
    *,
    branch_code: str,
    device_code: str,
    officers: Mapping[str, datetime | None],
    reference: BranchReference | None = None,
) -> list[str]:
    """Reason codes for refusing `record` (empty when it stands); `officers` maps to revocation."""
    return judge(
        record,
        branch_code=branch_code,
        device_code=device_code,
        officers=officers,
        reference=reference,
    ).reasons


def judge(
    record: RecordPayload,
    *,
    branch_code: str,
    device_code: str,
    officers: Mapping[str, datetime | None],
    reference: BranchReference | None = None,
) -> Judgement:
    """`judge_record` with the canonical content kept, so the caller stores the same bytes.

    With `reference`, the quote is priced again with the rules versions the record was quoted
    under (`RULES_UNKNOWN` when the branch does not know one) and the occupation checked against
    every catalogue the branch published."""
    reasons: list[str] = []
    if receipt_sequence(record.receipt_no, branch_code, device_code) is None:
        reasons.append(RECEIPT_NUMBER)
    if record.officer not in officers:
        reasons.append(OFFICER_UNKNOWN)
    elif record.officer in getattr(officers, "staff", ()):
        reasons.append(OFFICER_NOT_FIELD)
    else:
        revoked = officers[record.officer]
        if revoked is not None and _aware(record.created_at) > _aware(revoked):
            reasons.append(OFFICER_REVOKED)
    content: bytes | None = None
    try:
        content = canonical_json({"registration": record.registration, "quote": record.quote})
    except (TypeError, ValueError):
        reasons.append(HASH_MISMATCH)
    else:
        if hashlib.sha256(content).hexdigest() != record.content_hash:
            reasons.append(HASH_MISMATCH)
    book = reference.book_for(record.quote) if reference is not None else None
    if reference is not None and book is None:
        reasons.append(RULES_UNKNOWN)
    validation = validate_registration(
        dict(record.registration),
        today=record.registration_date,
        lang="en",
        nik_exists=None,
        catalogue=reference.catalogue if reference is not None else None,
        rules=book,
        regions=reference.regions if reference is not None else None,
    )
    codes = sorted({problem.code for problem in validation.errors})
    reasons.extend(codes)
    if not codes and validation.quote is not None and not _same_quote(validation.quote, record):
        reasons.append(QUOTE_MISMATCH)
    return Judgement(reasons, content)


def record_nik(record: RecordPayload) -> str:
    """The NIK of a record (digits only, as normalised by the laptop)."""
    value: Any = record.registration.get("nik", "")
    return "".join(ch for ch in str(value) if ch.isdigit())


def _same_quote(quote: Any, record: RecordPayload) -> bool:
    expected = quote.to_dict() if hasattr(quote, "to_dict") else quote
    return bool(expected == record.quote)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
