"""The one settings object of newsevents.

Built once at start-up (``Settings()``), passed down to every component; this is
the only module that reads the environment. Every variable has the prefix
``NEWSEVENTS_``; the broker address is also read from the conventional
``KAFKA_BOOTSTRAP_SERVERS``.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGE_DIR = Path(__file__).resolve().parent


def _variable(field_name: str) -> str:
    return f"NEWSEVENTS_{field_name.upper()}"


class DeliveryMode(StrEnum):
    AT_LEAST_ONCE = "at_least_once"
    EXACTLY_ONCE = "exactly_once"


class SecurityProtocol(StrEnum):
    """How clients talk to the broker (Kafka's ``security.protocol``)."""

    PLAINTEXT = "PLAINTEXT"
    SSL = "SSL"
    SASL_PLAINTEXT = "SASL_PLAINTEXT"
    SASL_SSL = "SASL_SSL"

    @property
    def uses_tls(self) -> bool:
        return self in {SecurityProtocol.SSL, SecurityProtocol.SASL_SSL}

    @property
    def uses_sasl(self) -> bool:
        return self in {SecurityProtocol.SASL_PLAINTEXT, SecurityProtocol.SASL_SSL}


class SaslMechanism(StrEnum):
    """The SASL mechanisms every client of ours (kafka-python, aiokafka, Faust) supports."""

    PLAIN = "PLAIN"
    SCRAM_SHA_256 = "SCRAM-SHA-256"
    SCRAM_SHA_512 = "SCRAM-SHA-512"


class Settings(BaseSettings):
    """Runtime configuration; immutable once built."""

    model_config = SettingsConfigDict(env_prefix="NEWSEVENTS_", frozen=True, extra="ignore")

    # --- broker -------------------------------------------------------------------------
    kafka_bootstrap_servers: str | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "NEWSEVENTS_KAFKA_BOOTSTRAP_SERVERS", "KAFKA_BOOTSTRAP_SERVERS"
        ),
        description="host:port[,host:port]; unset means 'start a local broker' for `demo`",
    )
    kafka_security_protocol: SecurityProtocol = SecurityProtocol.PLAINTEXT
    kafka_sasl_mechanism: SaslMechanism | None = Field(
        default=None, description="required with SASL_PLAINTEXT and SASL_SSL"
    )
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = Field(
        default=None,
        description="PEM file of the CAs that sign the broker's certificate;"
        " unset trusts the system's CAs",
    )
    kafka_ssl_certfile: Path | None = Field(
        default=None, description="PEM client certificate (mutual TLS); may also hold the key"
    )
    kafka_ssl_keyfile: Path | None = Field(default=None, description="PEM client private key")
    kafka_ssl_key_password: SecretStr | None = Field(
        default=None, description="password of an encrypted client private key"
    )
    kafka_ssl_check_hostname: bool = Field(
        default=True, description="check that the broker's certificate names the host dialled"
    )

    # --- topics -------------------------------------------------------------------------
    topic_articles: str = "news.articles.raw"
    topic_diplomatic: str = "news.events.diplomatic"
    topic_casualties: str = "news.events.casualties"
    topic_alerts: str = "news.alerts"
    topic_deadletter: str = "news.deadletter"
    topic_story_inputs: str = Field(
        default="news.stories.inputs",
        description="internal: each article's records per merge key, between the worker's agents",
    )
    story_table: str = Field(
        default="stories",
        description="the Faust table of story states; its changelog topic is"
        " <app_id>-<story_table>-changelog",
    )
    topic_partitions: int = Field(default=3, ge=1)
    topic_replication_factor: int = Field(default=1, ge=1)

    # --- worker -------------------------------------------------------------------------
    app_id: str = "newsevents"
    delivery_mode: DeliveryMode = DeliveryMode.AT_LEAST_ONCE
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, ge=0, le=65535)
    data_dir: Path = Path(".newsevents-data")
    broker_session_timeout_seconds: float = Field(default=30.0, gt=0)
    broker_heartbeat_interval_seconds: float = Field(default=3.0, gt=0)
    commit_interval_seconds: float = Field(default=1.0, gt=0)
    max_processing_attempts: int = Field(
        default=3,
        ge=1,
        le=10,
        description="runs of the core on a message that makes it raise, before it is"
        " dead-lettered (processing_error, with a traceback summary)",
    )
    batch_max_messages: int = Field(
        default=200,
        ge=1,
        le=10_000,
        description="messages an agent processes as one batch: their outputs are sent"
        " together and awaited once, and a story key's state is written once per batch",
    )
    extract_processes: int = Field(
        default=0,
        ge=0,
        le=64,
        description="processes of the worker's own that extract articles in parallel (each"
        " batch cut into that many runs); 0 extracts in the worker's process. Each costs"
        " ~125 MiB and ~2 s to start",
    )
    batch_wait_ms: float = Field(
        default=5.0,
        gt=0,
        le=1_000,
        description="how long an agent waits for more messages before it processes a"
        " batch that is not full (the latency a quiet stream pays for batching)",
    )
    log_level: str = "WARNING"

    # --- input limits (bad input becomes a dead letter, never a crash) -------------------
    max_message_bytes: int = Field(default=1_000_000, ge=1)
    max_body_chars: int = Field(default=200_000, ge=1)
    max_json_depth: int = Field(
        default=32,
        ge=1,
        le=1024,
        description="deeper JSON is dead-lettered (invalid_json); orjson itself stops at 1,024",
    )
    max_sentences: int = Field(
        default=500, ge=1, description="sentences of one article examined; the rest are skipped"
    )
    max_sentence_chars: int = Field(
        default=2_000, ge=80, description="characters of one sentence examined; the rest are cut"
    )
    deadletter_raw_max_chars: int = Field(default=4_096, ge=64)

    # --- rules ----------------------------------------------------------------------------
    alert_rules_path: Path = PACKAGE_DIR / "data" / "alert_rules.yaml"
    story_rules_path: Path = PACKAGE_DIR / "data" / "stories.yaml"

    # --- alert forwarder (``newsevents alert-forwarder``) ----------------------------------
    alertmanager_url: str | None = Field(
        default=None, description="Alertmanager base URL, e.g. http://127.0.0.1:9093"
    )
    alert_webhook_url: SecretStr | None = Field(
        default=None,
        description="generic webhook that receives each alert record (may hold a token)",
    )
    forwarder_max_retries: int = Field(default=10, ge=0)
    forwarder_backoff_seconds: float = Field(default=0.5, gt=0)

    @field_validator("alertmanager_url", "alert_webhook_url")
    @classmethod
    def _http_url(cls, value: str | SecretStr | None) -> str | SecretStr | None:
        url = value.get_secret_value() if isinstance(value, SecretStr) else value
        if not url:
            return None  # an empty variable (as compose files write it) means "not configured"
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ValueError("must be an http:// or https:// URL with a host")
        return value

    @field_validator(
        "kafka_sasl_mechanism",
        "kafka_sasl_username",
        "kafka_sasl_password",
        "kafka_ssl_cafile",
        "kafka_ssl_certfile",
        "kafka_ssl_keyfile",
        "kafka_ssl_key_password",
        mode="before",
    )
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        # an empty variable (as compose files and CI secrets write it) means "not configured"
        return None if value == "" else value

    @model_validator(mode="after")
    def _kafka_security_is_consistent(self) -> Settings:
        protocol = self.kafka_security_protocol
        problems: list[str] = []
        sasl_set = [
            name
            for name in ("kafka_sasl_mechanism", "kafka_sasl_username", "kafka_sasl_password")
            if getattr(self, name) is not None
        ]
        if protocol.uses_sasl:
            missing = [
                _variable(name)
                for name in ("kafka_sasl_mechanism", "kafka_sasl_username", "kafka_sasl_password")
                if name not in sasl_set
            ]
            if missing:
                problems.append(f"{protocol} needs {', '.join(missing)}")
        elif sasl_set:
            # credentials that would silently not be used are a mistake, not a default
            problems.append(
                f"{', '.join(map(_variable, sasl_set))} set but"
                f" NEWSEVENTS_KAFKA_SECURITY_PROTOCOL is {protocol}: use SASL_SSL"
                " (or SASL_PLAINTEXT), or unset them"
            )
        tls_set = [
            name
            for name in (
                "kafka_ssl_cafile",
                "kafka_ssl_certfile",
                "kafka_ssl_keyfile",
                "kafka_ssl_key_password",
            )
            if getattr(self, name) is not None
        ]
        if tls_set and not protocol.uses_tls:
            problems.append(
                f"{', '.join(map(_variable, tls_set))} set but"
                f" NEWSEVENTS_KAFKA_SECURITY_PROTOCOL is {protocol}: use SSL or SASL_SSL,"
                " or unset them"
            )
        for name in ("kafka_ssl_cafile", "kafka_ssl_certfile", "kafka_ssl_keyfile"):
            path: Path | None = getattr(self, name)
            if path is not None and not path.is_file():
                problems.append(f"{_variable(name)}: no such file: {path}")
        if self.kafka_ssl_keyfile is not None and self.kafka_ssl_certfile is None:
            problems.append(
                "NEWSEVENTS_KAFKA_SSL_KEYFILE needs NEWSEVENTS_KAFKA_SSL_CERTFILE"
                " (the client certificate it belongs to)"
            )
        if self.kafka_ssl_key_password is not None and self.kafka_ssl_certfile is None:
            problems.append(
                "NEWSEVENTS_KAFKA_SSL_KEY_PASSWORD needs NEWSEVENTS_KAFKA_SSL_CERTFILE"
                " (and the key, in it or in NEWSEVENTS_KAFKA_SSL_KEYFILE)"
            )
        if problems:
            raise ValueError("Kafka security settings: " + "; ".join(problems))
        return self

    def on_local_broker(self, bootstrap: str) -> Settings:
        """These settings pointed at a broker this process started itself (``demo``, ``bench``).

        That broker listens in plaintext on loopback: SASL and TLS settings meant for a
        real cluster are dropped rather than tried against it.
        """
        return self.model_copy(
            update={
                "kafka_bootstrap_servers": bootstrap,
                "kafka_security_protocol": SecurityProtocol.PLAINTEXT,
                "kafka_sasl_mechanism": None,
                "kafka_sasl_username": None,
                "kafka_sasl_password": None,
                "kafka_ssl_cafile": None,
                "kafka_ssl_certfile": None,
                "kafka_ssl_keyfile": None,
                "kafka_ssl_key_password": None,
            }
        )

    def topic_names(self) -> dict[str, str]:
        """The topics other systems read or write, by role (the worker's own are internal)."""
        return {
            "articles": self.topic_articles,
            "diplomatic": self.topic_diplomatic,
            "casualties": self.topic_casualties,
            "alerts": self.topic_alerts,
            "deadletter": self.topic_deadletter,
        }

    @property
    def topic_story_changelog(self) -> str:
        """The changelog of the story table, named as Faust names a table's changelog."""
        return f"{self.app_id}-{self.story_table}-changelog"

    def internal_topic_names(self) -> dict[str, str]:
        """The worker's own topics, by role: the story inputs and the story table's changelog."""
        return {
            "story_inputs": self.topic_story_inputs,
            "story_changelog": self.topic_story_changelog,
        }
