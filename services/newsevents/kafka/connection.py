"""How every Kafka client of newsevents reaches the broker: address, TLS and SASL, in one place.

The settings name the broker and its security (``NEWSEVENTS_KAFKA_*``); this module
turns them into what each client library takes, so no client is ever built with a
copy of its own:

* ``client_config`` — the keyword arguments of kafka-python's clients (the command
  line, the alert forwarder, the benchmark and the tests) and of aiokafka's (the
  benchmark's producer): both take the same names.
* ``faust_credentials`` — Faust's ``broker_credentials`` for the worker, which Faust
  hands to every aiokafka client it builds (consumer, producer, topic admin).
* ``explain_connection_errors`` — around the construction of a kafka-python client:
  its bootstrap gives up after 30 s with "Unable to bootstrap" only, while the reason
  (an SASL authentication failure, a TLS handshake error) went to its log; this
  raises ``KafkaConnectError`` with that reason, found by
* ``check_login`` — one aiokafka login to the broker and out, its socket closed before
  it returns.

Both build their TLS context with ``tls_context``. Secrets leave their ``SecretStr``
only here, into the client objects, and each one that does is also kept out of the
logs: the client libraries write them in their debug logs (kafka-python's admin
client logs its whole configuration, and its protocol log shows the raw bytes of a
SASL PLAIN login), so a log-record factory installed on the first secret replaces
every secret in any record's message with ``**********`` before a handler sees it.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from newsevents.kafka.exceptions import KafkaConnectError, KafkaSecurityConfigError
from newsevents.settings import SecurityProtocol, Settings

__all__ = [
    "check_login",
    "client_config",
    "explain_connection_errors",
    "faust_credentials",
    "tls_context",
]


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
                password=_kept_out_of_logs(password.get_secret_value()) if password else None,
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
        "sasl_plain_password": _kept_out_of_logs(settings.kafka_sasl_password.get_secret_value()),
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


class _LastFailure(logging.Handler):
    """Keeps the last connection failure kafka-python logs (its messages hold no secret)."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.message: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "fail" in message.lower():
            self.message = message


@contextmanager
def explain_connection_errors(settings: Settings) -> Iterator[None]:
    """Around building a kafka-python client: a failed bootstrap raises ``KafkaConnectError`` saying why."""
    from kafka.errors import KafkaTimeoutError

    failure = _LastFailure()
    logger = logging.getLogger("kafka")
    logger.addHandler(failure)
    try:
        yield
    except KafkaTimeoutError as exc:
        # kafka-python only saw the socket close; aiokafka reads the broker's answer
        reason = _diagnose(settings) or failure.message or str(exc)
        raise KafkaConnectError(
            f"cannot connect to the broker {settings.kafka_bootstrap_servers}"
            f" ({settings.kafka_security_protocol}): {reason}"
        ) from exc
    finally:
        logger.removeHandler(failure)


async def check_login(settings: Settings, timeout_seconds: float = 15.0) -> None:
    """Log in to a bootstrap server as every aiokafka client does (TCP, TLS, API versions, SASL)
    and log out; raise why it fails (the last server's failure when none lets us in).

    Each connection is closed and its socket waited for. ``AIOKafkaClient.bootstrap`` closes
    its connection without waiting, and a TLS close needs a round trip to the broker: a short
    ``asyncio.run`` then closes its loop first and leaves the socket to the garbage collector,
    which reports it unclosed at some unrelated later line (a test failed so, once in
    five runs of the login check).
    """
    import asyncio

    from aiokafka.conn import AIOKafkaConnection, collect_hosts

    options = client_config(settings)
    servers = options.pop("bootstrap_servers")
    failure: BaseException | None = None
    for host, port, _family in collect_hosts(servers, randomize=False):
        connection = AIOKafkaConnection(
            host, port, request_timeout_ms=int(timeout_seconds * 1000), **options
        )
        connected = False
        try:
            await asyncio.wait_for(connection.connect(), timeout_seconds)
            connected = True
        except Exception as exc:  # any failure: the next server may let us in
            failure = exc
        finally:
            closed = connection.close()
            if connection._protocol is not None:  # a socket was opened: wait until it is closed
                with suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(asyncio.shield(closed), timeout_seconds)
        if connected:
            return
    assert failure is not None, "client_config always names a server"
    raise failure


def _diagnose(settings: Settings, timeout_seconds: float = 15.0) -> str | None:
    """Why a connection fails, as aiokafka reports it (an SASL failure by name); None if it works."""
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        return None  # called from async code: no second loop here
    failure = _LastFailure()
    logger = logging.getLogger("aiokafka")
    logger.addHandler(failure)
    try:
        asyncio.run(check_login(settings, timeout_seconds))
    except Exception as exc:  # any failure is the diagnosis
        return failure.message or f"{exc.__class__.__name__}: {exc}"
    finally:
        logger.removeHandler(failure)
    return None


_REDACTED = "**********"
_secrets: set[str] = set()


def _kept_out_of_logs(secret: str) -> str:
    """Register a secret that is about to enter a client object; return it unchanged."""
    if secret and secret not in _secrets:
        if not _secrets:
            _install_redaction()
        _secrets.add(secret)
    return secret


def _install_redaction() -> None:
    make_record = logging.getLogRecordFactory()

    def redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a broken record is the handler's to report
            return record
        if any(secret in message for secret in _secrets):
            for secret in _secrets:
                message = message.replace(secret, _REDACTED)
            record.msg, record.args = message, None
        return record

    logging.setLogRecordFactory(redacting_factory)
