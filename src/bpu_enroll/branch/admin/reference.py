"""Publishing reference data: `bpu-branch reference publish FILE.json`.

FILE is a contribution-rules or occupation document in the shipped file's shape
(`resources/data/contribution_rules.json`, `occupations.json`), or a region amendment
(`domain.regions.RegionAmendment`: villages and districts added or renamed, villages retired);
its kind is told by its keys (`brackets` → rules, `occupations` → catalogue, `villages`,
`areas` or `retired` → regions). It is checked with the same parsers as the
shipped copy, must carry a version neither shipped nor published before, and is signed with the
branch's Ed25519 key. A rules package takes effect on its `valid_from`: laptops price each
coverage month starting on or after that day with it. Laptops receive every published package at
their next pull and verify the signature before switching.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from nacl.signing import SigningKey
from sqlmodel import Session, select

from bpu_enroll.branch.admin.roster import AdminError, branch_secrets
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.packages import PublishedPackage
from bpu_enroll.domain.contributions import default_rules
from bpu_enroll.domain.occupations import default_catalogue
from bpu_enroll.sync.protocol import (
    ReferencePackage,
    SignedReferencePackage,
    b64,
    reference_signing_bytes,
    unb64,
)
from bpu_enroll.sync.reference_packages import ReferenceRefused, check_content


def kind_of(document: Any) -> str:
    """`contribution_rules`, `occupations` or `regions`, from the document's keys."""
    if isinstance(document, dict) and "brackets" in document:
        return "contribution_rules"
    if isinstance(document, dict) and "occupations" in document:
        return "occupations"
    if isinstance(document, dict) and {"villages", "areas", "retired"} & set(document):
        return "regions"
    raise AdminError(
        "REFERENCE_INVALID", "not a contribution-rules, occupation or region document (no "
        "brackets, no occupations, no villages)"
    )  # fmt: skip


def publish(
    session: Session, document: Any, *, now: datetime | None = None, actor: str = "cli"
) -> dict[str, Any]:
    """Check, sign and keep one package (committed, and audited); its summary."""
    kind = kind_of(document)
    version = str(document.get("version", ""))
    try:
        parsed = check_content(kind, version, document)
    except ReferenceRefused as exc:
        raise AdminError(exc.code, str(exc), subject=str(exc)) from exc
    shipped = default_rules().version if kind == "contribution_rules" else None
    shipped = shipped or (default_catalogue().version if kind == "occupations" else None)
    taken = session.exec(
        select(PublishedPackage.id).where(
            PublishedPackage.kind == kind, PublishedPackage.version == version
        )
    ).first()
    if version == shipped or taken is not None:
        raise AdminError(
            "REFERENCE_EXISTS", f"{kind} {version} is already in use", subject=f"{kind} {version}"
        )
    effective = getattr(parsed, "valid_from", None)
    package = ReferencePackage(
        kind=kind,  # type: ignore[arg-type]
        version=version,
        effective_from=effective,
        published_at=now or datetime.now(UTC),
        content=document,
    )
    key = SigningKey(unb64(branch_secrets(session).signing_key))
    signed = SignedReferencePackage(
        package=package, signature=b64(key.sign(reference_signing_bytes(package)).signature)
    )
    session.add(
        PublishedPackage(
            kind=kind,
            version=version,
            effective_from=effective.isoformat() if effective else None,
            published_at=package.published_at,
            document=signed.model_dump_json(),
        )
    )
    detail = {"kind": kind, "effective_from": effective.isoformat() if effective else None}
    audit_chain.append(
        session, actor=actor, action="reference_published", subject=version, detail=detail
    )
    session.commit()
    return summary(signed)


def summary(signed: SignedReferencePackage) -> dict[str, Any]:
    """What `reference publish` and `reference list` print for a package."""
    package = signed.package
    return {
        "kind": package.kind,
        "version": package.version,
        "effective_from": package.effective_from.isoformat() if package.effective_from else None,
        "published_at": package.published_at.isoformat(),
    }
