"""SASL/SCRAM over TLS end to end: a broker with a SASL_SSL listener, the command line and a real worker.

The broker (its own, not the session's) has a SASL_SSL listener with SCRAM-SHA-256
and -512 users and asks for client certificates; the CA, the broker's certificate
(SAN IP:127.0.0.1, DNS:localhost) and the client's (with an encrypted key) are made
here with ``openssl``. Passwords are random per run so that finding one in a log
can only mean it leaked.
"""

from __future__ import annotations

import asyncio
import gc
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiokafka.errors import KafkaConnectionError, SaslAuthenticationFailed

from newsevents.kafka.connection import check_login
from newsevents.kafka.local_broker import LocalKafka
from newsevents.settings import SaslMechanism, Settings
from tests.certificates import make_certificates
from tests.integration.worker_harness import (
    WorkerProcess,
    isolated_settings,
    read_topic,
    settings_env,
)

pytestmark = pytest.mark.integration

USER = "newsevents-worker"
CLI_TIMEOUT_SECONDS = 90  # kafka-python gives up bootstrapping after 30 s, then we diagnose


@dataclass(frozen=True)
class Credentials:
    password: str
    key_password: str
    ca: Path
    client_cert: Path
    client_key: Path  # encrypted with key_password


@pytest.fixture(scope="module")
def credentials(tmp_path_factory: pytest.TempPathFactory) -> Credentials:
    if shutil.which("openssl") is None:
        pytest.fail("openssl is not on PATH: the security tests make their certificates with it")
    folder = tmp_path_factory.mktemp("tls")
    key_password = f"keypw-{secrets.token_hex(12)}"
    make_certificates(folder, key_password, client_name=USER)
    return Credentials(
        password=f"pw-{secrets.token_hex(12)}",
        key_password=key_password,
        ca=folder / "ca.pem",
        client_cert=folder / "client.pem",
        client_key=folder / "client.key",
    )


@pytest.fixture(scope="module")
def secure_broker(
    tmp_path_factory: pytest.TempPathFactory, credentials: Credentials
) -> Iterator[LocalKafka]:
    """A broker of its own with a SASL_SSL listener that requires a client certificate."""
    broker = LocalKafka(
        tmp_path_factory.mktemp("kafka-secure"),
        tls_dir=credentials.ca.parent,
        scram_users={USER: credentials.password},
        tls_client_auth="required",
    )
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


def secure_settings(broker: LocalKafka, credentials: Credentials, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "kafka_security_protocol": "SASL_SSL",
        "kafka_sasl_mechanism": "SCRAM-SHA-512",
        "kafka_sasl_username": USER,
        "kafka_sasl_password": credentials.password,
        "kafka_ssl_cafile": credentials.ca,
        "kafka_ssl_certfile": credentials.client_cert,
        "kafka_ssl_keyfile": credentials.client_key,
        "kafka_ssl_key_password": credentials.key_password,
        "topic_partitions": 1,
    }
    values.update(overrides)
    return isolated_settings(broker.listeners["SASL_SSL"], **values)


def run_cli(settings: Settings, *args: str, log: Path) -> subprocess.CompletedProcess[bytes]:
    """``newsevents ARGS`` with exactly these settings; its stdout and stderr are kept in ``log``."""
    done = subprocess.run(
        [sys.executable, "-m", "newsevents", *args],
        env=settings_env(settings),
        capture_output=True,
        timeout=CLI_TIMEOUT_SECONDS,
        check=False,
    )
    log.write_bytes(done.stdout + b"\n" + done.stderr)
    return done


def assert_no_secret_in(paths: list[Path], *secret_values: str) -> None:
    for path in paths:
        text = path.read_bytes()
        for secret in secret_values:
            assert secret.encode() not in text, f"a secret appears in {path}"


def test_worker_and_cli_work_over_sasl_ssl_and_never_log_a_secret(
    secure_broker: LocalKafka,
    credentials: Credentials,
    sample_lines: list[bytes],
    tmp_path: Path,
) -> None:
    """Topics, publish (SCRAM-SHA-256) and a worker (SCRAM-SHA-512, debug logs) go through the SASL_SSL listener; no output holds the password or the key password."""
    settings = secure_settings(secure_broker, credentials, log_level="DEBUG")
    cli_settings = settings.model_copy(update={"kafka_sasl_mechanism": SaslMechanism.SCRAM_SHA_256})
    logs = [tmp_path / "topics.log", tmp_path / "publish.log", tmp_path / "worker.log"]

    topics = run_cli(cli_settings, "topics", log=logs[0])
    assert topics.returncode == 0, logs[0].read_text()
    articles = tmp_path / "articles.jsonl"
    articles.write_bytes(b"\n".join(sample_lines) + b"\n")
    published = run_cli(cli_settings, "publish", str(articles), log=logs[1])
    assert published.returncode == 0, logs[1].read_text()

    worker = WorkerProcess(settings, logs[2])
    worker.start()
    try:
        worker.wait_processed(len(sample_lines), timeout=120)
        diplomatic = read_topic(settings, settings.topic_diplomatic)
        casualties = read_topic(settings, settings.topic_casualties)
    finally:
        assert worker.stop() == 0, worker.log_tail()

    assert diplomatic, "no diplomatic event came out over SASL_SSL"
    assert casualties, "no casualty update came out over SASL_SSL"
    assert all(record["kind"] == "diplomatic_event" for _, record in diplomatic)
    assert "sasl" in logs[2].read_text().lower(), "the worker's debug log shows no SASL login"
    assert_no_secret_in(logs, credentials.password, credentials.key_password)


def test_the_listener_wants_a_client_certificate_and_the_scram_login(
    secure_broker: LocalKafka, credentials: Credentials
) -> None:
    """Mutual TLS is enforced on the SASL_SSL listener: the login alone is refused, login and certificate are let in."""
    settings = secure_settings(secure_broker, credentials)
    asyncio.run(check_login(settings, timeout_seconds=10))
    without_certificate = secure_settings(
        secure_broker,
        credentials,
        kafka_ssl_certfile=None,
        kafka_ssl_keyfile=None,
        kafka_ssl_key_password=None,
    )
    with pytest.raises(KafkaConnectionError):
        asyncio.run(check_login(without_certificate, timeout_seconds=10))


def test_the_login_check_closes_every_socket_it_opens(
    secure_broker: LocalKafka, credentials: Credentials
) -> None:
    """`check_login` (what the CLI runs to say why a connection failed) waits until its TLS
    connection is closed: aiokafka's own bootstrap left it to the garbage collector about once
    in five logins, an "unclosed transport" ResourceWarning at a random later test."""
    settings = secure_settings(secure_broker, credentials)
    wrong = secure_settings(
        secure_broker, credentials, kafka_sasl_password=f"wrong-{secrets.token_hex(12)}"
    )
    for _ in range(20):
        asyncio.run(check_login(settings, timeout_seconds=10))
        with pytest.raises(SaslAuthenticationFailed):
            asyncio.run(check_login(wrong, timeout_seconds=10))
        gc.collect()  # a socket left open is reported here (an error under filterwarnings)


def test_a_wrong_password_fails_the_worker_and_the_cli_clearly(
    secure_broker: LocalKafka, credentials: Credentials, tmp_path: Path
) -> None:
    """With a wrong password the worker exits non-zero and `newsevents topics` too, each naming the failed authentication, neither printing the password."""
    wrong = f"wrong-{secrets.token_hex(12)}"
    settings = secure_settings(secure_broker, credentials, kafka_sasl_password=wrong)

    worker_log = tmp_path / "worker.log"
    worker = WorkerProcess(settings, worker_log)
    worker.start()
    assert worker.process is not None
    deadline = time.monotonic() + 60
    while worker.process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    exited_with = worker.process.poll()
    worker.stop()
    assert exited_with is not None, "the worker still runs 60 s after failing to log in"
    assert exited_with != 0
    assert "Authentication failed" in worker_log.read_text(), worker.log_tail()

    cli_log = tmp_path / "topics.log"
    topics = run_cli(settings, "topics", log=cli_log)
    assert topics.returncode != 0
    assert b"KafkaConnectError" in topics.stderr
    assert b"Authentication failed" in topics.stderr, topics.stderr[-2000:]
    assert_no_secret_in([worker_log, cli_log], wrong, credentials.key_password)
