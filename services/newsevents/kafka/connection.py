"""How every Kafka client of newsevents reaches the broker: address, TLS and SASL, in one place.

The settings name the broker and its security (``NEWSEVENTS_KAFKA_*``); this module
turns them into what each client library takes, so no client is ever built with a
copy of its own:

* ``client_config`` — the keyword arguments of kafka-python's clients (the command
  line, the alert forwarder, the benchmark and the tests) and of aiokafka's (the
  benchmark's producer): both take the same names.
* ``faust_credentials`` — Faust's ``broker_credentials`` for the worker, which Faust
  hands to every aiokafka client it builds (consumer, producer, topic admin).

Both build their TLS context with ``tls_context``. Secrets leave their ``SecretStr``
only here, into the client objects; nothing here logs.
"""

from __future__ import annotations

import ssl
from typing import Any

from newsevents.kafka.exceptions import KafkaSecurityConfigError
from newsevents.settings import SecurityProtocol, Settings

__all__ = ["client_config", "faust_credentials", "tls_context"]


def tls_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context of the SSL and SASL_SSL protocols (None for the others).

    The broker's certificate is always verified, against ``kafka_ssl_cafile`` or the
    system's CAs; ``kafka_ssl_check_hostname`` only decides whether its name must
    match the address dialled. A client certificate is loaded when one is configured
    (mutual TLS), its key decrypted with ``kafka_ssl_key_password``.
    """
    if not settings.kafka_security_protocol.uses_tls:
        return None
    cafile = settings.kafka_ssl_cafile
    try:
        context = ssl.create_default_context(
            ssl.Purpose.SERVER_AUTH, cafile=str(cafile) if cafile else None
        )
    except (ssl.SSLError, OSError) as exc:
        raise KafkaSecurityConfigError(
            f"cannot read the CA file NEWSEVENTS_KAFKA_SSL_CAFILE={cafile}: {exc}"
        ) from exc
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = settings.kafka_ssl_check_hostname
    if settings.kafka_ssl_certfile is not None:
        password = settings.kafka_ssl_key_password
        try:
            context.load_cert_chain(
                certfile=settings.kafka_ssl_certfile,
                keyfile=settings.kafka_ssl_keyfile,
                password=password.get_secret_value() if password is not None else None,
            )
        except (ssl.SSLError, OSError) as exc:
            # the exception names no secret; say which files and which variable to check
            raise KafkaSecurityConfigError(
                "cannot load the client certificate and key"
                f" (NEWSEVENTS_KAFKA_SSL_CERTFILE={settings.kafka_ssl_certfile},"
                f" NEWSEVENTS_KAFKA_SSL_KEYFILE={settings.kafka_ssl_keyfile}):"
                f" {exc.__class__.__name__}: {exc}; an encrypted key needs the right"
                " NEWSEVENTS_KAFKA_SSL_KEY_PASSWORD"
            ) from exc
    return context


def _sasl_options(settings: Settings) -> dict[str, Any]:
    if not settings.kafka_security_protocol.uses_sasl:
        return {}
    # Settings has checked that all three are set for a SASL protocol
    assert settings.kafka_sasl_mechanism is not None
    assert settings.kafka_sasl_password is not None
    return {
        "sasl_mechanism": settings.kafka_sasl_mechanism.value,
        "sasl_plain_username": settings.kafka_sasl_username,
        "sasl_plain_password": settings.kafka_sasl_password.get_secret_value(),
    }


def client_config(settings: Settings) -> dict[str, Any]:
    """Connection keyword arguments for kafka-python's and aiokafka's clients."""
    if not settings.kafka_bootstrap_servers:
        raise KafkaSecurityConfigError(
            "a broker address is required: set KAFKA_BOOTSTRAP_SERVERS"
            " (or NEWSEVENTS_KAFKA_BOOTSTRAP_SERVERS)"
        )
    config: dict[str, Any] = {
        "bootstrap_servers": [
            server.strip()
            for server in settings.kafka_bootstrap_servers.split(",")
            if server.strip()
        ],
        "security_protocol": settings.kafka_security_protocol.value,
    }
    context = tls_context(settings)
    if context is not None:
        config["ssl_context"] = context  # both libraries then ignore their other ssl_* options
    config.update(_sasl_options(settings))
    return config


def faust_credentials(settings: Settings) -> Any:
    """Faust's ``broker_credentials`` for the settings' protocol (None for PLAINTEXT).

    ``faust.SASLCredentials`` takes PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512; with a TLS
    context it is SASL_SSL, without one SASL_PLAINTEXT. ``faust.SSLCredentials`` is
    TLS alone.
    """
    import faust

    protocol = settings.kafka_security_protocol
    context = tls_context(settings)
    if protocol is SecurityProtocol.SSL:
        assert context is not None
        return faust.SSLCredentials(context)
    if protocol.uses_sasl:
        sasl = _sasl_options(settings)
        return faust.SASLCredentials(
            username=sasl["sasl_plain_username"],
            password=sasl["sasl_plain_password"],
            mechanism=sasl["sasl_mechanism"],
            ssl_context=context,
        )
    return None
