"""The alert-forwarder service: alerts topic → Alertmanager and/or a webhook, without loss.

``Forwarder.handle`` decides what happens to one Kafka message (decode, deliver to
every sink with retries, dead-letter what a sink rejects) and knows nothing of
Kafka; ``run_forwarder`` is the thin kafka-python loop around it. An offset is
committed only after ``handle`` returned, i.e. after every sink accepted the alert
or its rejection is on the dead-letter topic. A sink that stays unavailable
through every retry stops the forwarder with ``RetriesExhaustedError`` and the
alert stays uncommitted, so a restarted forwarder sends it again: delivery is
at-least-once, and Alertmanager merges repeats of one label set.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from types import FrameType
from typing import Any

import orjson
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import CommitFailedError
from kafka.structs import OffsetAndMetadata
from pydantic import ValidationError

from newsevents.contracts import Alert, DeadLetter
from newsevents.exceptions import (
    DeadLetterReason,
    InputError,
    InvalidFieldsError,
    InvalidJSONError,
    NotAnObjectError,
)
from newsevents.forwarder.exceptions import (
    ForwarderConfigError,
    SinkRejectedError,
    SinkUnavailableError,
    StopRequested,
)
from newsevents.forwarder.retry import RetryPolicy, call_with_retry
from newsevents.forwarder.sinks import REQUEST_TIMEOUT_SECONDS, Sink, build_sinks
from newsevents.kafka.connection import client_config as kafka_config
from newsevents.kafka.connection import explain_connection_errors
from newsevents.pipeline import MessageSource, dead_letter
from newsevents.routing import route
from newsevents.settings import Settings

log = logging.getLogger(__name__)

FORWARD_REJECTED = "forward_rejected"
"""Prefix of the dead-letter error when a sink refused an alert (reason ``processing_error``)."""

DEAD_LETTER_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class AlertMessage:
    """What the forwarder needs of one Kafka message."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


@dataclass(slots=True)
class ForwardReport:
    """Counters of one forwarder run."""

    delivered: int = 0  # (alert, sink) pairs the sink accepted
    rejected: int = 0  # (alert, sink) pairs the sink refused → dead letter
    unreadable: int = 0  # messages that are no alert → dead letter
    tombstones: int = 0  # messages without a value, skipped
    retries: int = 0
    committed: int = 0
    commit_failures: int = 0  # lost the partition in a rebalance: the new owner sends again


DeadLetterPublisher = Callable[[DeadLetter, bytes | None], None]
"""Publishes a dead letter (with the message key as fallback) and returns once the broker has it."""


def forwarder_group_id(settings: Settings) -> str:
    return f"{settings.app_id}-alert-forwarder"


def decode_alert(raw: bytes) -> Alert:
    """The alert in one message; fields this version does not know are ignored (tolerant reader)."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidJSONError(f"not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise NotAnObjectError(f"expected a JSON object, got {type(data).__name__}")
    known = {name: value for name, value in data.items() if name in Alert.model_fields}
    try:
        return Alert.model_validate(known)
    except ValidationError as exc:
        article_id = data.get("article_id")
        raise InvalidFieldsError(
            f"not an alert record: {exc}",
            article_id=article_id if isinstance(article_id, str) else None,
        ) from exc


class Forwarder:
    """Delivers one alert message to every sink; returns when its offset may be committed."""

    def __init__(
        self,
        sinks: list[Sink],
        policy: RetryPolicy,
        publish_dead_letter: DeadLetterPublisher,
        *,
        stop: threading.Event,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        max_raw_chars: int = 4096,
        report: ForwardReport | None = None,
    ) -> None:
        self.sinks = sinks
        self.policy = policy
        self.publish_dead_letter = publish_dead_letter
        self.stop = stop
        self.clock = clock
        self.max_raw_chars = max_raw_chars
        self.report = report or ForwardReport()

    def handle(self, message: AlertMessage) -> None:
        """Forward ``message`` or dead-letter it.

        Raises ``RetriesExhaustedError`` or ``StopRequested`` when it must stay
        uncommitted; a sink that accepted it before then receives it again later.
        """
        if message.value is None:
            self.report.tombstones += 1
            return
        try:
            alert = decode_alert(message.value)
        except InputError as exc:
            self.report.unreadable += 1
            self._dead_letter(message, exc.reason, str(exc), exc.article_id)
            return
        for sink in self.sinks:
            self._deliver(sink, alert, message)

    def _deliver(self, sink: Sink, alert: Alert, message: AlertMessage) -> None:
        what = f"alert {alert.alert_id} → {sink.name}"
        try:
            call_with_retry(
                lambda: sink.send(alert, message.value or b""),
                self.policy,
                stop=self.stop,
                what=what,
                on_retry=self._count_retry,
            )
        except SinkRejectedError as exc:
            self.report.rejected += 1
            log.error("%s rejected, dead-lettered: %s", what, exc)
            self._dead_letter(
                message,
                DeadLetterReason.PROCESSING_ERROR,
                f"{FORWARD_REJECTED}: {exc}",
                alert.article_id,
            )
            return
        self.report.delivered += 1
        log.info("%s delivered", what)

    def _count_retry(self, error: SinkUnavailableError) -> None:
        self.report.retries += 1

    def _dead_letter(
        self,
        message: AlertMessage,
        reason: DeadLetterReason,
        error: str,
        article_id: str | None,
    ) -> None:
        letter = dead_letter(
            reason,
            error,
            message.value or b"",
            now=self.clock(),
            source=MessageSource(message.topic, message.partition, message.offset),
            max_raw_chars=self.max_raw_chars,
            article_id=article_id,
        )
        self.publish_dead_letter(letter, message.key)


def max_poll_interval_ms(policy: RetryPolicy, sink_count: int, request_timeout: float) -> int:
    """How long one message may take, with every retry, before the group counts us as dead."""
    per_sink = (policy.max_retries + 1) * request_timeout + policy.worst_case_wait_seconds()
    worst = sink_count * (per_sink + DEAD_LETTER_TIMEOUT_SECONDS) + 60.0
    return max(300_000, int(worst * 1000))


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM set ``stop`` (the previous handlers come back afterwards)."""

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def run_forwarder(
    settings: Settings,
    *,
    stop: threading.Event | None = None,
    max_idle_seconds: float | None = None,
    policy: RetryPolicy | None = None,
    sinks: list[Sink] | None = None,
    handle_signals: bool = False,
) -> ForwardReport:
    """Consume the alerts topic and forward every alert until ``stop`` is set or idle.

    ``max_idle_seconds`` ends the run after that long without a message;
    ``handle_signals`` makes SIGINT/SIGTERM set ``stop`` (main thread only). Raises
    ``ForwarderConfigError`` when no sink or broker is configured and
    ``RetriesExhaustedError`` when a sink stays unavailable.
    """
    sinks = build_sinks(settings) if sinks is None else sinks
    if not sinks:
        raise ForwarderConfigError(
            "no sink configured: set NEWSEVENTS_ALERTMANAGER_URL and/or NEWSEVENTS_ALERT_WEBHOOK_URL"
        )
    if not settings.kafka_bootstrap_servers:
        raise ForwarderConfigError(
            "the forwarder needs KAFKA_BOOTSTRAP_SERVERS (or NEWSEVENTS_KAFKA_BOOTSTRAP_SERVERS)"
        )
    policy = policy or RetryPolicy(
        max_retries=settings.forwarder_max_retries, base_seconds=settings.forwarder_backoff_seconds
    )
    stop = stop or threading.Event()
    report = ForwardReport()
    connection: dict[str, Any] = kafka_config(settings)
    with explain_connection_errors(settings):  # a failed login says so, not just 'timed out'
        consumer = KafkaConsumer(
            settings.topic_alerts,
            group_id=forwarder_group_id(settings),
            client_id=forwarder_group_id(settings),
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            # never page on an alert of an aborted transaction (exactly_once mode);
            # the same as read_uncommitted for records written outside transactions
            isolation_level="read_committed",
            session_timeout_ms=int(settings.broker_session_timeout_seconds * 1000),
            heartbeat_interval_ms=int(settings.broker_heartbeat_interval_seconds * 1000),
            max_poll_interval_ms=max_poll_interval_ms(policy, len(sinks), REQUEST_TIMEOUT_SECONDS),
            **connection,
        )
        producer = KafkaProducer(acks="all", **connection)

    def publish_dead_letter(letter: DeadLetter, fallback_key: bytes | None) -> None:
        routed = route(letter, fallback_key=fallback_key)
        producer.send(settings.topic_deadletter, key=routed.key, value=routed.value).get(
            timeout=DEAD_LETTER_TIMEOUT_SECONDS
        )

    forwarder = Forwarder(
        sinks,
        policy,
        publish_dead_letter,
        stop=stop,
        max_raw_chars=settings.deadletter_raw_max_chars,
        report=report,
    )
    try:
        with ExitStack() as signals:
            if handle_signals:
                signals.enter_context(_stop_on_signals(stop))
            _consume(consumer, forwarder, stop=stop, max_idle_seconds=max_idle_seconds)
    except StopRequested:
        log.info("stopped while retrying; the alert stays uncommitted")
    finally:
        consumer.close(autocommit=False)
        producer.close()
    return report


def _consume(
    consumer: KafkaConsumer,
    forwarder: Forwarder,
    *,
    stop: threading.Event,
    max_idle_seconds: float | None,
) -> None:
    """Poll one record at a time, forward it, commit it; return on ``stop`` or when idle."""
    last_message = time.monotonic()
    while not stop.is_set():
        batch = consumer.poll(timeout_ms=200, max_records=1)
        if not batch:
            if max_idle_seconds is not None and time.monotonic() - last_message > max_idle_seconds:
                return
            continue
        for records in batch.values():
            for record in records:
                forwarder.handle(
                    AlertMessage(
                        record.topic, record.partition, record.offset, record.key, record.value
                    )
                )
                _commit(consumer, record.topic, record.partition, record.offset, forwarder.report)
        last_message = time.monotonic()


def _commit(
    consumer: KafkaConsumer, topic: str, partition: int, offset: int, report: ForwardReport
) -> None:
    """Commit past ``offset``; losing the partition in a rebalance means its new owner resends."""
    try:
        consumer.commit({TopicPartition(topic, partition): OffsetAndMetadata(offset + 1, "", -1)})
        report.committed += 1
    except CommitFailedError as exc:
        report.commit_failures += 1
        log.warning("offset %d of %s[%d] not committed: %s", offset, topic, partition, exc)
