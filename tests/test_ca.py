"""`guard ca new` and `guard ca export`: a CA in mitmproxy's layout with private key files,
that mitmproxy loads and signs with; its certificate exported as PEM and DER; the key never
printed, never exported, never replaced without --force."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from guard.ca import CA_FILES, EXPORT_DER, EXPORT_PEM, KEY_FILES, CAError, new_ca

GUARD_BIN = Path(sys.executable).with_name("guard")
ORG = "Exempel Kommun"


def guard(*args: str, umask: int = 0o022) -> subprocess.CompletedProcess:
    return subprocess.run([str(GUARD_BIN), *args], capture_output=True, text=True, timeout=120, preexec_fn=lambda: os.umask(umask))


def key_lines(confdir: Path) -> list[str]:
    """The base64 lines of the private key, to prove none of them is ever printed or exported."""
    pem = (confdir / KEY_FILES[0]).read_text()
    key = pem[pem.index("-----BEGIN RSA PRIVATE KEY-----"):pem.index("-----END RSA PRIVATE KEY-----")]
    return [line for line in key.splitlines()[1:] if len(line) > 20]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def one_line_error(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("guard: ") and done.stderr.count("\n") == 1, done.stderr
    return done.stderr


@pytest.fixture(scope="module")
def ca_dir(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    confdir = tmp_path_factory.mktemp("ca") / "guard-ca"
    done = guard("ca", "new", "--confdir", str(confdir), "--org", ORG, umask=0)  # even with umask 0, the key is private
    assert done.returncode == 0, done.stderr
    return confdir, done


def test_new_ca_has_mitmproxys_layout_with_private_key_files(ca_dir):
    confdir, _ = ca_dir
    assert sorted(p.name for p in confdir.iterdir()) == sorted(CA_FILES)
    assert mode(confdir) == 0o700
    for name in KEY_FILES:
        assert mode(confdir / name) == 0o600, name
    for name in set(CA_FILES) - set(KEY_FILES):
        assert b"PRIVATE KEY" not in (confdir / name).read_bytes(), name


def test_new_ca_never_prints_the_key_and_names_the_organisation(ca_dir):
    confdir, done = ca_dir
    printed = done.stdout + done.stderr
    assert "PRIVATE KEY" not in printed and not any(line in printed for line in key_lines(confdir))
    certificate = x509.load_pem_x509_certificate((confdir / "mitmproxy-ca-cert.pem").read_bytes())
    assert certificate.subject.get_attributes_for_oid(x509.NameOID.ORGANIZATION_NAME)[0].value == ORG
    assert certificate.fingerprint(hashes.SHA256()).hex(":").upper() in done.stdout
    assert f"guard ca export --confdir {confdir}" in done.stdout


def test_mitmproxy_loads_the_new_ca_and_signs_with_it(ca_dir):
    from mitmproxy.certs import CertStore

    confdir, _ = ca_dir
    store = CertStore.from_store(confdir, "mitmproxy", 2048)
    assert store.default_ca.organization == ORG and store.default_ca.is_ca
    assert store.default_privatekey.key_size == 3072
    leaf = store.get_cert("api.openai.com", [x509.DNSName("api.openai.com")]).cert.to_cryptography()
    leaf.verify_directly_issued_by(store.default_ca.to_cryptography())  # raises if the CA did not sign it


def test_an_existing_ca_is_not_replaced_without_force(ca_dir):
    confdir, _ = ca_dir
    before = {name: (confdir / name).read_bytes() for name in CA_FILES}
    error = one_line_error(guard("ca", "new", "--confdir", str(confdir), "--org", "Annan AB"))
    assert "--force" in error and "PRIVATE" not in error
    assert {name: (confdir / name).read_bytes() for name in CA_FILES} == before


def test_force_replaces_the_ca_with_fresh_private_files(tmp_path):
    confdir = tmp_path / "ca"
    assert guard("ca", "new", "--confdir", str(confdir)).returncode == 0
    old = (confdir / "mitmproxy-ca-cert.pem").read_bytes()
    for name in KEY_FILES:
        os.chmod(confdir / name, 0o644)  # someone loosened them; the new key files are private again
    done = guard("ca", "new", "--confdir", str(confdir), "--org", "Annan AB", "--force")
    assert done.returncode == 0, done.stderr
    assert (confdir / "mitmproxy-ca-cert.pem").read_bytes() != old
    assert all(mode(confdir / name) == 0o600 for name in KEY_FILES)
    assert sorted(p.name for p in confdir.iterdir()) == sorted(CA_FILES)  # no staging folder left behind
    assert "O=AI guard" not in done.stdout and "O=Annan AB" in done.stdout


@pytest.mark.parametrize("org", ["", "   ", "A" * 60, "Kommun\x07"])
def test_a_bad_organisation_name_is_refused_before_anything_is_written(tmp_path, org):
    with pytest.raises(CAError, match="^--org: "):
        new_ca(tmp_path / "ca", org)
    assert not (tmp_path / "ca").exists()


def test_a_bad_organisation_name_is_one_line_exit_2(tmp_path):
    assert "--org" in one_line_error(guard("ca", "new", "--confdir", str(tmp_path / "ca"), "--org", ""))


def test_export_writes_the_certificate_as_pem_and_der_and_never_the_key(ca_dir, tmp_path):
    confdir, _ = ca_dir
    out = tmp_path / "distribute"
    done = guard("ca", "export", "--confdir", str(confdir), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted([EXPORT_PEM, EXPORT_DER])
    pem = x509.load_pem_x509_certificate((out / EXPORT_PEM).read_bytes())
    der = x509.load_der_x509_certificate((out / EXPORT_DER).read_bytes())
    ca = x509.load_pem_x509_certificate((confdir / "mitmproxy-ca-cert.pem").read_bytes())
    assert pem == der == ca
    assert (out / EXPORT_DER).read_bytes()[0] == 0x30  # binary DER (an ASN.1 SEQUENCE), not PEM text
    for path in out.iterdir():
        assert b"PRIVATE KEY" not in path.read_bytes() and b"BEGIN" in (out / EXPORT_PEM).read_bytes()
    assert ca.fingerprint(hashes.SHA256()).hex(":").upper() in done.stdout
    assert ca.fingerprint(hashes.SHA1()).hex().upper() in done.stdout  # the thumbprint Windows shows
    assert not any(line in done.stdout for line in key_lines(confdir))


def test_export_from_a_secret_holding_only_the_combined_key_file(ca_dir, tmp_path):
    confdir, _ = ca_dir
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / KEY_FILES[0]).write_bytes((confdir / KEY_FILES[0]).read_bytes())
    done = guard("ca", "export", "--confdir", str(secret), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    exported = (tmp_path / "out" / EXPORT_PEM).read_bytes()
    assert b"PRIVATE KEY" not in exported
    assert x509.load_pem_x509_certificate(exported) == x509.load_pem_x509_certificate((confdir / "mitmproxy-ca-cert.pem").read_bytes())
    assert not any(line in done.stdout + exported.decode() for line in key_lines(confdir))


def test_export_without_a_ca_says_how_to_make_one(tmp_path):
    error = one_line_error(guard("ca", "export", "--confdir", str(tmp_path), "--out", str(tmp_path / "out")))
    assert f"guard ca new --confdir {tmp_path}" in error
    assert not (tmp_path / "out").exists()


def test_export_refuses_a_certificate_that_is_not_a_ca(ca_dir, tmp_path):
    from mitmproxy.certs import CertStore

    store = CertStore.from_store(ca_dir[0], "mitmproxy", 2048)
    leaf = store.get_cert("api.openai.com", [x509.DNSName("api.openai.com")]).cert
    (tmp_path / "mitmproxy-ca-cert.pem").write_bytes(leaf.to_pem())
    assert "not a CA certificate" in one_line_error(guard("ca", "export", "--confdir", str(tmp_path), "--out", str(tmp_path / "out")))


def test_export_to_a_path_that_is_a_file_is_one_line_exit_2(ca_dir, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert str(blocker) in one_line_error(guard("ca", "export", "--confdir", str(ca_dir[0]), "--out", str(blocker)))

