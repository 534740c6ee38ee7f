"""Reference packages on the laptop: checked, verified, installed in one switch, read back.

The branch publishes contribution-rules, occupation and region packages signed with its Ed25519 key
(`bpu-branch reference publish`); every pull (`v=2`) carries them all. The laptop checks each
package's content with the same parsers as the shipped copy (`check_content`), verifies the
signature with the branch key it pinned at enrolment, and installs the new ones: each package is
written to `reference/` in the profile folder, then `reference/index.json`, the list of active
packages, is replaced atomically, so the laptop switches to the new set at once or not at all.
A package that fails either check is refused (`ReferenceRefused`) and never installed.

Reference data holds no personal data, so it lives beside the keyring, outside the encrypted
store: the quote command and the sign-in window can read it without a password. It is
verified again each time it is read (`installed_packages`); a file changed on disk is ignored.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from bpu_enroll.domain.occupations import Catalogue, parse_catalogue
from bpu_enroll.domain.regions import RegionAmendment, parse_region_amendment
from bpu_enroll.domain.rules_data import Rules, parse_rules
from bpu_enroll.sync.laptop_store import load_sync_state, write_atomic
from bpu_enroll.sync.protocol import (
    ReferencePackage,
    SignedReferencePackage,
    reference_signing_bytes,
    unb64,
)

log = logging.getLogger(__name__)

REFERENCE_DIR = "reference"
INDEX_FILE = "index.json"


class ReferenceRefused(ValueError):
    """A package whose content or signature does not check; `code` is stable."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(text)
        self.code = code


Parsed = Rules | Catalogue | RegionAmendment


def check_content(kind: str, version: str, content: dict[str, Any]) -> Parsed:
    """The parsed content of a package (the same checks as the shipped copy; a region
    amendment against the shipped list), whose own `version` must be the package's;
    `ReferenceRefused("REFERENCE_INVALID")` otherwise."""
    try:
        parsed: Parsed
        if kind == "contribution_rules":
            parsed = parse_rules(content)
        elif kind == "regions":
            parsed = parse_region_amendment(content)
        else:
            parsed = parse_catalogue(content)
    except ValueError as exc:
        raise ReferenceRefused("REFERENCE_INVALID", str(exc)) from exc
    if parsed.version != version:
        raise ReferenceRefused("REFERENCE_INVALID", "the package and its content differ in version")
    return parsed


def verify(signed: SignedReferencePackage, branch_signing_key: str) -> Parsed:
    """Check the branch's signature, then the content; `ReferenceRefused` when either fails."""
    try:
        VerifyKey(unb64(branch_signing_key)).verify(
            reference_signing_bytes(signed.package), unb64(signed.signature)
        )
    except (BadSignatureError, ValueError) as exc:
        raise ReferenceRefused(
            "REFERENCE_SIGNATURE_INVALID", "the package is not signed by this laptop's branch"
        ) from exc
    package = signed.package
    parsed = check_content(package.kind, package.version, package.content)
    if package.kind == "contribution_rules" and package.effective_from != getattr(
        parsed, "valid_from", None
    ):
        raise ReferenceRefused("REFERENCE_INVALID", "effective date differs from valid_from")
    return parsed


@dataclass
class InstallResult:
    """What one install did: packages newly installed and refused (by code)."""

    installed: list[str]
    refused: dict[str, int]


def package_file_name(package: ReferencePackage) -> str:
    """`contribution_rules-<sha256 of kind and version>.json`: no odd characters in names."""
    digest = hashlib.sha256(f"{package.kind}\n{package.version}".encode()).hexdigest()[:24]
    return f"{package.kind}-{digest}.json"


def set_digest(names: set[str] | list[str]) -> str:
    """SHA-256 of a set of package file names: what a laptop has, what a branch published."""
    return hashlib.sha256("\n".join(sorted(names)).encode("utf-8")).hexdigest()


def installed_digest(data_dir: Path) -> str:
    """`set_digest` of this laptop's active packages (sent with each pull)."""
    return set_digest(_index(Path(data_dir) / REFERENCE_DIR))


def install_packages(
    data_dir: Path, packages: list[SignedReferencePackage], branch_signing_key: str
) -> InstallResult:
    """Verify `packages` and switch to the set (installed + new) in one atomic index write."""
    folder = Path(data_dir) / REFERENCE_DIR
    active = _index(folder)
    result = InstallResult(installed=[], refused={})
    new: list[str] = []
    for signed in packages:
        name = package_file_name(signed.package)
        if name in active:
            continue
        try:
            verify(signed, branch_signing_key)
        except ReferenceRefused as exc:
            result.refused[exc.code] = result.refused.get(exc.code, 0) + 1
            continue
        write_atomic(folder / name, signed.model_dump_json().encode("utf-8"))
        new.append(name)
        result.installed.append(f"{signed.package.kind} {signed.package.version}")
    if new:
        document = {"packages": sorted({*active, *new})}
        write_atomic(folder / INDEX_FILE, json.dumps(document, indent=2).encode("utf-8"))
    return result


def installed_packages(data_dir: Path) -> list[SignedReferencePackage]:
    """The active packages that still verify with the branch key, oldest published first."""
    folder = Path(data_dir) / REFERENCE_DIR
    key = load_sync_state(data_dir).branch_signing_key
    if not key:
        return []
    found: list[SignedReferencePackage] = []
    for name in sorted(_index(folder)):
        try:
            signed = SignedReferencePackage.model_validate_json((folder / name).read_bytes())
            verify(signed, key)
        except (OSError, ValueError) as exc:  # ReferenceRefused and ValidationError included
            log.warning("reference package %s ignored: %s", name, type(exc).__name__)
            continue
        found.append(signed)
    return sorted(found, key=lambda s: s.package.published_at)


def _index(folder: Path) -> set[str]:
    try:
        document = json.loads((folder / INDEX_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    names = document.get("packages", []) if isinstance(document, dict) else []
    return {str(name) for name in names if isinstance(name, str) and "/" not in name}
