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

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGE_DIR = Path(__file__).resolve().parent


class DeliveryMode(StrEnum):
    AT_LEAST_ONCE = "at_least_once"
    EXACTLY_ONCE = "exactly_once"


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
    kafka_security_protocol: str = "PLAINTEXT"
    kafka_sasl_mechanism: str | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None

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
    log_level: str = "WARNING"

    # --- input limits (bad input becomes a dead letter, never a crash) -------------------
    max_message_bytes: int = Field(default=1_000_000, ge=1)
    max_body_chars: int = Field(default=200_000, ge=1)
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
