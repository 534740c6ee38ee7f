"""The branch's key material: Ed25519 signing key, X25519 encryption key, LAN TLS certificate.

PyNaCl for the Ed25519/X25519 keys, `cryptography` for the self-signed certificate; nothing
home-made. The certificate's SHA-256 fingerprint travels in every enrolment code so a laptop can
pin it (`sha256:` followed by lowercase hex of the DER bytes).
"""

from __future__ import annotations

import hashlib
import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from bpu_enroll.sync.protocol import b64

CERT_DAYS = 825


@dataclass(frozen=True)
class TlsMaterial:
    """A PEM certificate, its PEM private key and the certificate's fingerprint."""

    cert_pem: str
    key_pem: str
    fingerprint: str


def new_signing_key() -> str:
    """A fresh Ed25519 seed, base64."""
    return b64(bytes(SigningKey.generate()))


def new_encryption_key() -> str:
    """A fresh X25519 private key, base64."""
    return b64(bytes(PrivateKey.generate()))


def certificate_fingerprint(cert_pem: str) -> str:
    """`sha256:<hex>` of the certificate's DER bytes."""
    cert = x509.load_pem_x509_certificate(cert_pem.encode("ascii"))
    der = cert.public_bytes(serialization.Encoding.DER)
    return "sha256:" + hashlib.sha256(der).hexdigest()


def der_fingerprint(der: bytes) -> str:
    """`sha256:<hex>` of DER certificate bytes (what a TLS client sees)."""
    return "sha256:" + hashlib.sha256(der).hexdigest()


def certificate_hosts(cert_pem: str) -> list[str]:
    """The host names and addresses `cert_pem` was made for (`init --tls-host`, after
    `localhost`), in its order, addresses as text; empty when it names none."""
    cert = x509.load_pem_x509_certificate(cert_pem.encode("ascii"))
    try:
        names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    hosts: list[str] = []
    for name in names:
        if isinstance(name, x509.DNSName | x509.IPAddress):
            hosts.append(str(name.value))
    return hosts


def self_signed_certificate(branch_code: str, hosts: list[str] | None = None) -> TlsMaterial:
    """A self-signed ECDSA P-256 certificate for the branch LAN (pinned, not CA-trusted)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"bpu-branch-{branch_code}"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "BPU Enroll branch server"),
        ]
    )
    alt_names: list[x509.GeneralName] = [x509.DNSName("localhost")]
    for host in hosts or ["127.0.0.1"]:
        try:
            alt_names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            alt_names.append(x509.DNSName(host))
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=CERT_DAYS))
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    return TlsMaterial(cert_pem, key_pem, certificate_fingerprint(cert_pem))
