"""The interception CA: a fresh one per organisation, and its certificate for the clients.

The guard opens TLS only for AI services, with certificates signed by this CA, so every
client must trust it. `guard ca new` makes the CA with mitmproxy's own certs module, in the
file layout mitmproxy loads from its confdir; `guard ca export` writes just the certificate,
in PEM and DER, for Group Policy, MDM, Firefox policies and developer tools. The private key
is only ever written to its two files (mode 0600) and is never printed; export parses only
the certificate.
"""

from __future__ import annotations

import datetime
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

BASENAME = "mitmproxy"  # mitmproxy.options.CONF_BASENAME: the names mitmproxy looks for
KEY_FILES = (f"{BASENAME}-ca.pem", f"{BASENAME}-ca.p12")  # certificate + private key
CERT_FILE = f"{BASENAME}-ca-cert.pem"
CA_FILES = (*KEY_FILES, CERT_FILE, f"{BASENAME}-ca-cert.cer", f"{BASENAME}-ca-cert.p12", f"{BASENAME}-dhparam.pem")
# 3072 bits rather than mitmproxy's 2048: the CA is trusted organisation-wide for its whole
# ten-year life (mitmproxy's CA_EXPIRY), past the date NIST retires 2048-bit RSA.
KEY_SIZE = 3072
DEFAULT_ORG = "AI guard"
CN_SUFFIX = " AI guard CA"
EXPORT_PEM = "guard-ca.pem"
EXPORT_DER = "guard-ca.cer"  # DER, the Windows convention for .cer (Intune and GPO import it as is)


class CAError(Exception):
    """Why the CA cannot be created or exported, in one line."""


@dataclass(frozen=True)
class CertificateFacts:
    subject: str
    not_after: datetime.datetime
    sha256: str  # colon-separated, as browsers show it
    sha1: str  # the "thumbprint" Windows certificate tools show

    def lines(self) -> list[str]:
        return [
            f"subject: {self.subject}, valid until {self.not_after:%Y-%m-%d}",
            f"SHA-256 fingerprint: {self.sha256}",
            f"SHA-1 thumbprint (Windows): {self.sha1}",
        ]


def new_ca(confdir: Path, organisation: str | None = None, force: bool = False) -> CertificateFacts:
    """Create a CA for ``organisation`` in ``confdir``; refuses to replace one unless ``force``."""
    from mitmproxy.certs import CertStore

    organisation = DEFAULT_ORG if organisation is None else organisation.strip()
    if not organisation or not organisation.isprintable() or len(organisation) + len(CN_SUFFIX) > 64:
        raise CAError(f"--org: give the organisation's name, printable, at most {64 - len(CN_SUFFIX)} characters (X.509 limits the name to 64)")
    confdir = confdir.expanduser()
    existing = [name for name in CA_FILES if (confdir / name).exists()]
    if existing and not force:
        raise CAError(f"{confdir} already holds a CA ({existing[0]}); clients trust it, so replacing it means distributing the new certificate again: add --force to replace it")
    try:
        confdir.mkdir(mode=0o700, parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".new-ca-", dir=confdir))
    except OSError as exc:
        raise CAError(f"CA directory {confdir}: {exc.strerror}") from None
    try:
        CertStore.create_store(staging, BASENAME, KEY_SIZE, organization=organisation, cn=organisation + CN_SUFFIX)
        for name in KEY_FILES:
            os.chmod(staging / name, 0o600)
        for name in CA_FILES:
            os.replace(staging / name, confdir / name)
    except OSError as exc:
        raise CAError(f"CA directory {confdir}: {exc.strerror}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return _facts(_load_certificate(confdir))


def export_ca(confdir: Path, out: Path) -> tuple[Path, Path, CertificateFacts]:
    """Write the CA certificate (never the key) to ``out`` as PEM and DER."""
    certificate = _load_certificate(confdir.expanduser())
    pem, der = out / EXPORT_PEM, out / EXPORT_DER
    try:
        out.mkdir(parents=True, exist_ok=True)
        pem.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
        der.write_bytes(certificate.public_bytes(serialization.Encoding.DER))
    except OSError as exc:
        raise CAError(f"cannot write to {out}: {exc.strerror}") from None
    return pem, der, _facts(certificate)


def _load_certificate(confdir: Path) -> x509.Certificate:
    """The CA certificate from the certificate-only file, or from the combined key file that a
    Secret may hold alone (only its CERTIFICATE block is parsed)."""
    for name in (CERT_FILE, KEY_FILES[0]):
        path = confdir / name
        if path.exists():
            break
    else:
        raise CAError(f"no CA in {confdir}: create one with `guard ca new --confdir {confdir} --org NAME` (or start `guard run --confdir {confdir}` once for mitmproxy's default one)")
    try:
        certificates = x509.load_pem_x509_certificates(path.read_bytes())
    except OSError as exc:
        raise CAError(f"{path}: {exc.strerror}") from None
    except ValueError:
        raise CAError(f"{path}: no PEM certificate in it") from None
    certificate = certificates[0]
    try:
        is_ca = certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        is_ca = False
    if not is_ca:
        raise CAError(f"{path}: the certificate is not a CA certificate (no CA basic constraint)")
    return certificate


def _facts(certificate: x509.Certificate) -> CertificateFacts:
    return CertificateFacts(
        subject=certificate.subject.rfc4514_string(),
        not_after=certificate.not_valid_after_utc,
        sha256=certificate.fingerprint(hashes.SHA256()).hex(":").upper(),
        sha1=certificate.fingerprint(hashes.SHA1()).hex().upper(),
    )
