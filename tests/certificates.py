"""Test certificates made with ``openssl``: a CA, a broker's certificate and a client's.

``server.pem``/``server.key`` (SAN IP:127.0.0.1 and DNS:localhost; the key unencrypted
PKCS#8, as ``scripts/kafka-local.sh`` reads it), ``client.pem``/``client.key`` (the key
encrypted with a password) and ``ca.pem``, valid for two days.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def _openssl(command: str, *extra: str, cwd: Path, env: dict[str, str] | None = None) -> None:
    """``openssl`` with ``command`` split on spaces (no argument here holds one) and ``extra``."""
    subprocess.run(
        ["openssl", *command.split(), *extra],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )


def make_certificates(folder: Path, key_password: str, client_name: str = "newsevents") -> None:
    """A CA, the broker's certificate and key (server.pem/.key) and a client's (client.pem/.key)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "server.ext").write_text(
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
    )
    (folder / "client.ext").write_text("extendedKeyUsage=clientAuth\n")
    # the client's key is encrypted; its password reaches openssl through the environment
    env = {"PATH": "/usr/bin:/bin", "KEY_PASSWORD": key_password}
    rsa = "genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048"
    _openssl(f"{rsa} -out ca.key", cwd=folder)
    _openssl(
        "req -x509 -new -key ca.key -out ca.pem -days 2 -subj /CN=newsevents-test-ca",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
        cwd=folder,
    )
    # the broker's key stays unencrypted PKCS#8 (genpkey's format), as the script wants it
    _openssl(f"{rsa} -out server.key", cwd=folder)
    _openssl(f"{rsa} -aes256 -pass env:KEY_PASSWORD -out client.key", cwd=folder, env=env)
    for name, subject, passin in (
        ("server", "/CN=localhost", ""),
        ("client", f"/CN={client_name}", "-passin env:KEY_PASSWORD"),
    ):
        _openssl(
            f"req -new -key {name}.key {passin} -subj {subject} -out {name}.csr",
            cwd=folder,
            env=env,
        )
        _openssl(
            f"x509 -req -in {name}.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2"
            f" -extfile {name}.ext -out {name}.pem",
            cwd=folder,
        )
