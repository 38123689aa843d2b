"""Kafka adapters built on kafka-python: topic admin, the article publisher, the tailer.

Used by the command line (``topics``, ``publish``, ``tail``, ``demo``) and the
integration tests. The Faust worker has its own aiokafka clients. Every client here
connects with ``connection.client_config`` (address, TLS, SASL from the settings).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from newsevents.kafka.connection import client_config, explain_connection_errors
from newsevents.settings import Settings


def topics_to_create(settings: Settings) -> list[NewTopic]:
    """Every topic of the service, the worker's own included, as the settings want them.

    All have the configured partitions: the story-input topic and the story
    table's changelog must have the same number (Faust keeps partition N of a
    table in partition N of its changelog), and the worker declares nothing
    itself (``topic_allow_declare=False``). The changelog is compacted: only the
    latest state of each merge key is needed to recover a table.
    """
    compacted = {settings.topic_story_changelog}
    names = [*settings.topic_names().values(), *settings.internal_topic_names().values()]
    return [
        NewTopic(
            name,
            num_partitions=settings.topic_partitions,
            replication_factor=settings.topic_replication_factor,
            topic_configs={"cleanup.policy": "compact"} if name in compacted else {},
        )
        for name in names
    ]


def create_topics(settings: Settings) -> list[str]:
    """Create every topic of the service that does not exist yet; return those created."""
    with explain_connection_errors(settings):
        admin = KafkaAdminClient(client_id=f"{settings.app_id}-admin", **client_config(settings))
    try:
        existing = set(admin.list_topics())
        wanted = [topic for topic in topics_to_create(settings) if topic.name not in existing]
        created: list[str] = []
        for topic in wanted:
            try:
                admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass  # another process made it between our listing and our request
        return created
    finally:
        admin.close()


def article_key(line: bytes) -> bytes | None:
    """The article id of a raw JSON line, used as the message key; None when unreadable."""
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return str(value["id"]).encode("utf-8")
    return None


@dataclass
class PublishReport:
    sent: int = 0
    without_key: int = 0


def publish_lines(
    settings: Settings, lines: Iterable[bytes], topic: str | None = None
) -> PublishReport:
    """Send each non-blank line as one message (keyed by article id) and wait for the broker."""
    with explain_connection_errors(settings):
        producer = KafkaProducer(
            acks="all",
            linger_ms=5,
            max_request_size=max(settings.max_message_bytes * 2, 1_048_576),
            **client_config(settings),
        )
    report = PublishReport()
    try:
        for raw_line in lines:
            line = raw_line.rstrip(b"\r\n")
            if not line.strip():
                continue
            key = article_key(line)
            if key is None:
                report.without_key += 1
            producer.send(topic or settings.topic_articles, key=key, value=line)
            report.sent += 1
        producer.flush()
    finally:
        producer.close()
    return report


def tail(
    settings: Settings,
    topics: list[str],
    *,
    from_beginning: bool = True,
    idle_timeout_seconds: float | None = None,
    stop: Callable[[], bool] = lambda: False,
    group_id: str | None = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (topic, record) for every message on ``topics`` until idle or ``stop()``."""
    with explain_connection_errors(settings):
        consumer = KafkaConsumer(
            *topics,
            group_id=group_id,
            auto_offset_reset="earliest" if from_beginning else "latest",
            enable_auto_commit=group_id is not None,
            consumer_timeout_ms=200,
            isolation_level="read_committed",  # what exactly_once's consumers must read
            **client_config(settings),
        )
    last_message = time.monotonic()
    try:
        while not stop():
            got_any = False
            for message in consumer:
                got_any = True
                try:
                    record = orjson.loads(message.value)
                except orjson.JSONDecodeError:
                    record = {"kind": "unreadable", "raw": message.value.decode("utf-8", "replace")}
                yield message.topic, record
                if stop():
                    return
            if got_any:
                last_message = time.monotonic()
            elif (
                idle_timeout_seconds is not None
                and time.monotonic() - last_message > idle_timeout_seconds
            ):
                return
    finally:
        consumer.close()
