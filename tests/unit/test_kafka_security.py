"""Kafka security settings: validated together, secrets never shown, one connection config for every client."""

from __future__ import annotations

import logging
import re
import secrets
import shutil
import ssl
from pathlib import Path
from typing import Any

import faust
import pytest
from pydantic import ValidationError

from newsevents.kafka.connection import client_config, faust_credentials
from newsevents.kafka.exceptions import KafkaSecurityConfigError
from newsevents.settings import SaslMechanism, SecurityProtocol, Settings
from newsevents.stream.app import transport_settings
from tests.certificates import make_certificates

ROOT = Path(__file__).resolve().parents[2]
THIS_FILE = str(Path(__file__).resolve())  # a file that exists
# random, so that finding one in a text can only mean it was copied there
PASSWORD = f"sasl-pw-{secrets.token_hex(8)}"
KEY_PASSWORD = f"key-pw-{secrets.token_hex(8)}"

SASL = {
    "kafka_bootstrap_servers": "127.0.0.1:1,127.0.0.1:2",
    "kafka_security_protocol": "SASL_SSL",
    "kafka_sasl_mechanism": "SCRAM-SHA-512",
    "kafka_sasl_username": "worker",
    "kafka_sasl_password": PASSWORD,
}


@pytest.fixture(scope="module")
def tls_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    make_certificates(folder, KEY_PASSWORD)
    return folder


def mutual_tls(folder: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        **SASL,
        "kafka_ssl_cafile": folder / "ca.pem",
        "kafka_ssl_certfile": folder / "client.pem",
        "kafka_ssl_keyfile": folder / "client.key",
        "kafka_ssl_key_password": KEY_PASSWORD,
    }
    values.update(overrides)
    return Settings.model_validate(values)


def validation_message(**values: Any) -> str:
    with pytest.raises(ValidationError) as error:
        Settings.model_validate(values)
    return str(error.value)


def test_no_rendering_of_the_settings_shows_a_secret(tls_folder: Path) -> None:
    """repr, str, model_dump and model_dump_json of the settings hold neither the SASL password nor the key password."""
    settings = mutual_tls(tls_folder)
    for text in (
        repr(settings),
        str(settings),
        str(settings.model_dump()),
        settings.model_dump_json(),
        repr(faust_credentials(settings)),
    ):
        assert PASSWORD not in text
        assert KEY_PASSWORD not in text
    assert settings.kafka_sasl_password is not None
    assert settings.kafka_sasl_password.get_secret_value() == PASSWORD


def test_the_environment_configures_security_and_empty_variables_mean_unset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """NEWSEVENTS_KAFKA_* variables give the enums and the secret; an empty variable is no value, not an empty password."""
    monkeypatch.setenv("NEWSEVENTS_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("NEWSEVENTS_KAFKA_SASL_MECHANISM", "SCRAM-SHA-256")
    monkeypatch.setenv("NEWSEVENTS_KAFKA_SASL_USERNAME", "worker")
    monkeypatch.setenv("NEWSEVENTS_KAFKA_SASL_PASSWORD", PASSWORD)
    monkeypatch.setenv("NEWSEVENTS_KAFKA_SSL_CAFILE", "")
    settings = Settings()
    assert settings.kafka_security_protocol is SecurityProtocol.SASL_PLAINTEXT
    assert settings.kafka_sasl_mechanism is SaslMechanism.SCRAM_SHA_256
    assert settings.kafka_ssl_cafile is None
    monkeypatch.setenv("NEWSEVENTS_KAFKA_SASL_PASSWORD", "")
    with pytest.raises(ValidationError, match="NEWSEVENTS_KAFKA_SASL_PASSWORD"):
        Settings()


def test_the_defaults_are_plaintext_without_credentials() -> None:
    """Unconfigured, clients speak PLAINTEXT and Faust gets no credentials."""
    settings = Settings(kafka_bootstrap_servers="127.0.0.1:9092")
    assert client_config(settings) == {
        "bootstrap_servers": ["127.0.0.1:9092"],
        "security_protocol": "PLAINTEXT",
    }
    assert transport_settings(settings)["broker_credentials"] is None


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (
            {"kafka_security_protocol": "SASL_SSL"},
            "SASL_SSL needs NEWSEVENTS_KAFKA_SASL_MECHANISM, NEWSEVENTS_KAFKA_SASL_USERNAME,"
            " NEWSEVENTS_KAFKA_SASL_PASSWORD",
        ),
        (
            {**SASL, "kafka_sasl_password": None},
            "SASL_SSL needs NEWSEVENTS_KAFKA_SASL_PASSWORD",
        ),
        (
            {"kafka_sasl_username": "worker", "kafka_sasl_password": PASSWORD},
            "NEWSEVENTS_KAFKA_SASL_USERNAME, NEWSEVENTS_KAFKA_SASL_PASSWORD set but"
            " NEWSEVENTS_KAFKA_SECURITY_PROTOCOL is PLAINTEXT",
        ),
        (
            {"kafka_ssl_cafile": THIS_FILE},
            "NEWSEVENTS_KAFKA_SSL_CAFILE set but NEWSEVENTS_KAFKA_SECURITY_PROTOCOL is PLAINTEXT",
        ),
        (
            {"kafka_security_protocol": "SSL", "kafka_ssl_cafile": "/nonexistent/ca.pem"},
            "NEWSEVENTS_KAFKA_SSL_CAFILE: no such file: /nonexistent/ca.pem",
        ),
        (
            {"kafka_security_protocol": "SSL", "kafka_ssl_keyfile": THIS_FILE},
            "NEWSEVENTS_KAFKA_SSL_KEYFILE needs NEWSEVENTS_KAFKA_SSL_CERTFILE",
        ),
        (
            {"kafka_security_protocol": "SSL", "kafka_ssl_key_password": KEY_PASSWORD},
            "NEWSEVENTS_KAFKA_SSL_KEY_PASSWORD needs NEWSEVENTS_KAFKA_SSL_CERTFILE",
        ),
        ({"kafka_security_protocol": "TLS"}, "'PLAINTEXT', 'SSL', 'SASL_PLAINTEXT' or 'SASL_SSL'"),
        (
            {**SASL, "kafka_sasl_mechanism": "GSSAPI"},
            "'PLAIN', 'SCRAM-SHA-256' or 'SCRAM-SHA-512'",
        ),
    ],
)
def test_inconsistent_security_settings_are_rejected_with_a_clear_message(
    values: dict[str, Any], expected: str
) -> None:
    """Each wrong combination names the variables to fix, and no message shows a secret."""
    message = validation_message(**values)
    assert expected in message
    assert PASSWORD not in message
    assert KEY_PASSWORD not in message


def test_kafka_python_and_aiokafka_get_tls_and_sasl_from_one_config(tls_folder: Path) -> None:
    """SASL_SSL gives the mechanism, the login and a verifying TLS context with the client certificate."""
    config = client_config(mutual_tls(tls_folder))
    context = config.pop("ssl_context")
    assert config == {
        "bootstrap_servers": ["127.0.0.1:1", "127.0.0.1:2"],
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "worker",
        "sasl_plain_password": PASSWORD,
    }
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    unchecked = client_config(mutual_tls(tls_folder, kafka_ssl_check_hostname=False))
    assert not unchecked["ssl_context"].check_hostname
    assert unchecked["ssl_context"].verify_mode is ssl.CERT_REQUIRED  # the chain still is


def test_faust_gets_the_same_security_as_credentials(tls_folder: Path) -> None:
    """The worker's broker_credentials: SASL over TLS with the mechanism, SASL alone, TLS alone."""
    sasl_ssl = transport_settings(mutual_tls(tls_folder))["broker_credentials"]
    assert isinstance(sasl_ssl, faust.SASLCredentials)
    assert sasl_ssl.protocol.value == "SASL_SSL"
    assert sasl_ssl.mechanism.value == "SCRAM-SHA-512"
    assert (sasl_ssl.username, sasl_ssl.password) == ("worker", PASSWORD)
    assert isinstance(sasl_ssl.ssl_context, ssl.SSLContext)

    plain = faust_credentials(
        Settings.model_validate({**SASL, "kafka_security_protocol": "SASL_PLAINTEXT"})
    )
    assert isinstance(plain, faust.SASLCredentials)
    assert plain.protocol.value == "SASL_PLAINTEXT"
    assert plain.ssl_context is None

    tls_only = faust_credentials(
        Settings(
            kafka_bootstrap_servers="127.0.0.1:1",
            kafka_security_protocol=SecurityProtocol.SSL,
            kafka_ssl_cafile=tls_folder / "ca.pem",
        )
    )
    assert isinstance(tls_only, faust.SSLCredentials)
    assert tls_only.protocol.value == "SSL"


def test_a_wrong_key_password_is_a_clear_error_without_the_password(tls_folder: Path) -> None:
    """A client key that does not decrypt names the variable to check, not its value."""
    wrong = f"wrong-{secrets.token_hex(8)}"
    settings = mutual_tls(tls_folder, kafka_ssl_key_password=wrong)
    with pytest.raises(
        KafkaSecurityConfigError, match="NEWSEVENTS_KAFKA_SSL_KEY_PASSWORD"
    ) as error:
        client_config(settings)
    assert wrong not in str(error.value)


def test_client_debug_logs_never_hold_the_password(caplog: pytest.LogCaptureFixture) -> None:
    """Once a config holds the password, any log record that would show it shows stars (kafka-python's admin client logs its whole config at DEBUG)."""
    settings = Settings.model_validate({**SASL, "kafka_security_protocol": "SASL_PLAINTEXT"})
    config = client_config(settings)
    with caplog.at_level(logging.DEBUG):
        # the very call of kafka/admin/client.py (a real client would also open sockets here)
        logging.getLogger("kafka.admin.client").debug(
            "Starting KafkaAdminClient with configuration: %s", config
        )
        logging.getLogger("aiokafka.conn").debug("auth bytes %r", f"\0worker\0{PASSWORD}".encode())
    assert "'sasl_plain_password': '**********'" in caplog.text
    assert PASSWORD not in caplog.text


def test_every_setting_is_documented_in_the_readme() -> None:
    """Each setting appears in the README, as NEWSEVENTS_<NAME> or as the _<SUFFIX> of a row that starts with its prefix."""
    readme = (ROOT / "README.md").read_text()
    names = set(re.findall(r"`((?:NEWSEVENTS)?_[A-Z0-9_]+)`", readme))
    missing = [
        variable
        for variable in (f"NEWSEVENTS_{field.upper()}" for field in Settings.model_fields)
        if not any(variable.endswith(name) for name in names)
    ]
    assert not missing, f"not in README.md: {missing}"
