"""The Faust application: two agents that turn raw articles into story versions and alerts.

``raw article → [article agent] → story-input topic (keyed by merge key) →
[story agent + story table] → event versions, alerts``

* The article agent consumes the articles topic, calls ``pipeline.process_message``,
  sends a dead letter straight to its topic, and for a good article one
  ``StoryMessage`` per merge key (``pipeline.story_messages``) to the story-input
  topic, keyed by the merge key: every report of one story reaches one partition.
* The story agent consumes the story-input topic and keeps one ``StoryState`` (JSON)
  per merge key in a Faust table whose changelog has the same partitions, so a
  partition's states live with the worker that owns the partition, and a worker
  that starts, or takes a partition over, recovers them from the changelog first.
  It calls ``pipeline.process_story_message`` and publishes the versions (keyed by
  ``event_id``) and alerts (by ``alert_id``) it returns.

Delivery is at-least-once by default: each agent waits until the broker has
acknowledged every output of a message before it acknowledges the message, and
Faust commits a message's offset only after that (and after flushing the
changelog). The story agent stores a new state only after its outputs are
acknowledged: a crash in between replays the message from the old state and
publishes the same records again (same ids and versions), never loses them; a
replay over a state that already holds the message publishes nothing.

``delivery_mode=exactly_once`` runs the same agents in Kafka transactions
(``newsevents.stream.transactions``): a message's outputs, its story state and its
offset commit together or not at all, and readers with ``read_committed`` see each
record once.

A message that makes the core raise is tried ``max_processing_attempts`` times,
then dead-lettered with a traceback summary; the partition moves on.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import faust
from faust.types import TP
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from newsevents.alerts.rules import load_rules
from newsevents.metrics import Metrics
from newsevents.pipeline import (
    EXTRACTOR_VERSION,
    MessageSource,
    StoryStep,
    process_story_message,
)
from newsevents.routing import Routed, route
from newsevents.settings import DeliveryMode, Settings
from newsevents.stories import load_story_config
from newsevents.stories.state import StoryFragments, StoryState
from newsevents.stream.consumer import install
from newsevents.stream.extraction import ArticleJob, Extractor
from newsevents.stream.lag import LAG_INTERVAL_SECONDS, record_lag_safely
from newsevents.stream.transactions import CommitGate, records_of

log = logging.getLogger(__name__)


def faust_broker_url(bootstrap: str) -> str:
    return ";".join(
        f"kafka://{server.strip()}" for server in bootstrap.split(",") if server.strip()
    )


# Topics carry bytes both ways: the core decodes and encodes, Faust only moves them.
RAW_TOPIC: dict[str, Any] = {
    "key_serializer": "raw",
    "value_serializer": "raw",
    "key_type": bytes,
    "value_type": bytes,
}


def transport_settings(settings: Settings) -> dict[str, Any]:
    """The Faust and aiokafka settings every worker of ours shares (the benchmark's too).

    ``broker_credentials`` carries the TLS context and SASL login of the settings
    (``kafka.connection``); Faust passes it to every aiokafka client it builds.
    """
    from newsevents.kafka.connection import faust_credentials

    assert settings.kafka_bootstrap_servers
    guarantee = (
        "exactly_once" if settings.delivery_mode is DeliveryMode.EXACTLY_ONCE else "at_least_once"
    )
    return {
        "broker": faust_broker_url(settings.kafka_bootstrap_servers),
        "broker_credentials": faust_credentials(settings),
        "store": "memory://",
        "datadir": str(settings.data_dir),
        "topic_partitions": settings.topic_partitions,
        "topic_replication_factor": settings.topic_replication_factor,
        "topic_allow_declare": False,
        "broker_session_timeout": settings.broker_session_timeout_seconds,
        "broker_heartbeat_interval": settings.broker_heartbeat_interval_seconds,
        "broker_commit_interval": settings.commit_interval_seconds,
        "consumer_auto_offset_reset": "earliest",
        # No standby copies of other workers' table partitions: a worker taking a
        # partition over from a dead one recovered it from its standby copy without the
        # dead worker's last changelog records (the two-worker kill test saw stories
        # restart under another id), so it reads the partition's changelog whole instead.
        "table_standby_replicas": 0,
        "processing_guarantee": guarantee,
        "producer_acks": -1,
        "producer_max_request_size": max(settings.max_message_bytes * 2, 1_048_576),
        "consumer_max_fetch_size": max(settings.max_message_bytes * 2, 4_194_304),
    }


def create_app(
    settings: Settings, registry: CollectorRegistry | None = None
) -> tuple[faust.App, Metrics]:
    """Build the Faust app and its metrics from the settings (nothing starts yet)."""
    if not settings.kafka_bootstrap_servers:
        raise ValueError(
            "the worker needs KAFKA_BOOTSTRAP_SERVERS (or NEWSEVENTS_KAFKA_BOOTSTRAP_SERVERS)"
        )
    registry = registry or CollectorRegistry()
    metrics = Metrics.create(registry, EXTRACTOR_VERSION)
    rules = load_rules(settings.alert_rules_path)
    story_config = load_story_config(settings.story_rules_path)
    app = faust.App(
        settings.app_id,
        web_enabled=True,
        web_host=settings.web_host,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        **transport_settings(settings),
    )
    raw = RAW_TOPIC
    articles = app.topic(settings.topic_articles, **raw)
    outputs: dict[str, Any] = {
        role: app.topic(name, **raw)
        for role, name in settings.topic_names().items()
        if role != "articles"
    }
    story_inputs = app.topic(
        settings.topic_story_inputs,
        partitions=settings.topic_partitions,
        **raw,
    )
    outputs["story_inputs"] = story_inputs
    exactly_once = settings.delivery_mode is DeliveryMode.EXACTLY_ONCE
    # Commits happen between messages only, in both modes (``stream.consumer``).
    gate = CommitGate()
    install(app, gate, exactly_once=exactly_once)
    attempts = settings.max_processing_attempts
    # Declared before the worker starts, so it recovers from its changelog on start and on
    # every partition it is given. memory:// holds it in the process: recovery reads the
    # whole (compacted) changelog of the partitions it owns.
    story_table = app.Table(
        settings.story_table,
        default=None,
        key_type=bytes,
        value_type=bytes,
        partitions=settings.topic_partitions,
        help="StoryState JSON per merge key (newsevents.stories)",
    )

    batch_max = settings.batch_max_messages
    batch_wait = settings.batch_wait_ms / 1000

    async def publish(outputs_of: list[tuple[TP, list[Routed]]]) -> None:
        """Send the records of a batch and return when the broker has acknowledged them all.

        Each message's records are sent as outputs of its input partition (in
        exactly-once mode they join that partition's transaction). Sending them all
        before awaiting any lets the producer pack them into few requests.
        """
        deliveries = []
        for source, routed in outputs_of:
            with records_of(source):
                for item in routed:
                    deliveries.append(await outputs[item.role].send(key=item.key, value=item.value))
        # At-least-once: the offsets of this batch are committed only after we move on,
        # and we move on only when the broker has every output.
        await asyncio.gather(*deliveries)
        for _, routed in outputs_of:
            for item in routed:
                if item.role == "story_inputs":
                    metrics.story_inputs_sent.inc()
                else:
                    metrics.records_published.labels(topic=item.role).inc()

    async def in_batches(stream: Any, handle: Callable[[list[Any]], Awaitable[None]]) -> None:
        """Hand ``stream`` to ``handle`` a batch at a time; acknowledge a batch once handled.

        A batch is what has arrived within ``batch_wait`` (at most ``batch_max``): in a
        backlog that is a full batch at once, on a quiet stream one message a little later.
        Handling and acknowledging happen inside the gate, so no commit falls between them.
        """
        async for events in stream.take_events(batch_max, within=batch_wait):
            async with gate.processing():
                await handle(events)
                for event in events:
                    event.ack()

    @app.agent(articles, name="newsevents.extract")
    async def extract(stream: Any) -> None:
        await in_batches(stream, extract_batch)

    extractor = Extractor(settings)

    @app.on_before_shutdown.connect
    async def stop_extractor(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        extractor.close()

    async def extract_batch(events: list[Any]) -> None:
        received = time.monotonic()
        now = datetime.now(UTC)
        metrics.batch_messages.labels(stage="article").observe(len(events))
        metrics.articles_consumed.inc(len(events))
        jobs = [
            ArticleJob(
                event.value if event.value is not None else b"",
                event.message.topic,
                event.message.partition,
                event.message.offset,
                event.message.key,
            )
            for event in events
        ]
        done = await extractor.extract(jobs, now)
        await publish(
            [
                (event.message.tp, list(item.routed))
                for event, item in zip(events, done, strict=True)
            ]
        )
        finished = time.monotonic()
        for item in done:
            metrics.processing_retries.labels(stage="article").inc(item.attempts - 1)
            metrics.count_truncation(item.truncation)
            metrics.extraction_seconds.observe(item.seconds)
            metrics.count_records([item.dead_letter] if item.dead_letter is not None else [])
            metrics.articles_processed.labels(outcome=item.outcome).inc()
            if item.published_at is not None:
                age = (now - item.published_at).total_seconds()
                metrics.article_age_seconds.observe(max(age, 0.0))
            metrics.processing_seconds.observe(finished - received)
        metrics.last_processed_timestamp.set(time.time())

    # Per key: the bytes the table holds, the state decoded from them, and its stories' JSON.
    decoded: dict[bytes, tuple[bytes, StoryState, StoryFragments]] = {}

    @app.agent(story_inputs, name="newsevents.stories")
    async def stories(stream: Any) -> None:
        await in_batches(stream, story_batch)

    def stored_state(key: bytes) -> bytes | StoryState | None:
        raw_state = story_table.get(key)
        cached = decoded.get(key)
        # Decoding a key's state costs milliseconds; the decoded copy is reused while the
        # table still holds the very bytes it was decoded from (a changelog recovery or a
        # rebalance replaces them, and then we decode again).
        return cached[1] if cached is not None and cached[0] == raw_state else raw_state

    async def story_batch(events: list[Any]) -> None:
        received = time.monotonic()
        now = datetime.now(UTC)
        metrics.batch_messages.labels(stage="story").observe(len(events))
        # The new state of each key the batch changed, and its partition: written once,
        # after the batch's outputs, however many of its messages the key had.
        changed: dict[bytes, tuple[int, StoryState]] = {}
        outputs_of: list[tuple[TP, list[Routed]]] = []
        steps: list[StoryStep] = []
        for event in events:
            message = event.message
            key: bytes | None = message.key
            stored: bytes | StoryState | None = None
            if key is not None:
                stored = changed[key][1] if key in changed else stored_state(key)
            step = process_story_message(
                stored,
                event.value if event.value is not None else b"",
                key=key,
                now=now,
                config=story_config,
                rules=rules,
                source=MessageSource(message.topic, message.partition, message.offset),
                max_raw_chars=settings.deadletter_raw_max_chars,
                attempts=attempts,
            )
            metrics.processing_retries.labels(stage="story").inc(step.attempts - 1)
            outputs_of.append((message.tp, [route(r, fallback_key=key) for r in step.records]))
            if step.state is not None and key is not None:
                changed[key] = (message.partition, step.state)
            steps.append(step)
        await publish(outputs_of)
        # Only now: a crash before the states are written replays the batch from the old
        # states (the same records again), never stores a state whose outputs are lost.
        # Each changelog record is sent and awaited here, not buffered by the table
        # (``story_table[key] = ...``): the batch is acknowledged only once its states are
        # durable, so an offset is never committed past a state the changelog lacks
        # (Faust's buffered write can fail unseen while the broker is away, and a
        # rebalance then recovers an older state under newer offsets); in exactly-once
        # mode a state goes into the transaction of its partition, with its offsets.
        written = []
        for key, (partition, state) in changed.items():
            cached = decoded.get(key)
            encoded, fragments = state.to_json_reusing(cached[2] if cached else None)
            written.append(story_table.send_changelog(partition, key, encoded))
            story_table.data[key] = encoded
            decoded[key] = (encoded, state, fragments)
        await asyncio.gather(*written)
        finished = time.monotonic()
        for step in steps:
            metrics.count_story_records(step.records, step.previous)
            if step.dead_letter is not None:
                outcome = "dead_letter"
            elif step.records:
                outcome = "versions"
            else:
                outcome = "no_change"
            metrics.story_inputs_processed.labels(outcome=outcome).inc()
            metrics.story_seconds.observe(finished - received)

    async def measure_consumer_lag() -> None:
        await record_lag_safely(
            app.consumer, [settings.topic_articles, settings.topic_story_inputs], metrics
        )

    app.timer(LAG_INTERVAL_SECONDS, name="newsevents.consumer_lag")(measure_consumer_lag)

    @app.page("/metrics")
    async def metrics_page(web: Any, request: Any) -> Any:
        return web.bytes(generate_latest(registry), content_type=CONTENT_TYPE_LATEST.split(";")[0])

    @app.page("/healthz")
    async def health_page(web: Any, request: Any) -> Any:
        return web.json({"status": "ok", "extractor_version": EXTRACTOR_VERSION})

    del extract, stories, metrics_page, health_page, stop_extractor
    return app, metrics


EXIT_STOPPED_UNASKED = 70
"""Exit status of a worker that stopped with neither a signal nor a crash (``EX_SOFTWARE``)."""


def stop_reason(signalled: bool, crash: BaseException | None) -> str | None:
    """Why a worker is stopping, or None when nothing asked it to: then it must not exit 0.

    mode's worker swallows a cancelled start and ends with status 0: without this, a worker
    whose service tree stopped on its own would vanish silently (and a supervisor that restarts
    only failures would leave it down).
    """
    if crash is not None:
        return f"crashed: {type(crash).__name__}: {crash}"
    if signalled:
        return "asked to stop by a signal"
    return None


class Worker(faust.Worker):
    """``faust.Worker`` that logs why it stops and fails when nothing asked it to stop."""

    stopped_unasked = False

    def on_worker_shutdown(self) -> None:
        super().on_worker_shutdown()
        reason = stop_reason(self._signal_stop_time is not None, self.crash_reason)
        if reason is None:
            self.stopped_unasked = True
            log.error(
                "worker stopping without a signal or a crash (its services stopped on their"
                " own); exiting with status %d so that it is restarted",
                EXIT_STOPPED_UNASKED,
            )
        else:
            log.warning("worker stopping: %s", reason)


def run_worker(settings: Settings) -> None:
    """Run the worker until SIGINT/SIGTERM (Faust handles the signals and shuts down cleanly).

    Exits 0 after a signal, 1 after a crash and ``EXIT_STOPPED_UNASKED`` when it stopped
    on its own.
    """
    app, _ = create_app(settings)
    run_app(app, settings)


def run_app(app: faust.App, settings: Settings) -> None:
    """Run a Faust app in our ``Worker`` (this worker's, and the bench's pass-through worker's)."""
    worker = Worker(app, loglevel=settings.log_level, quiet=True)
    # Faust's start-up spinner sets the root logger to DEBUG for good (it spins on every
    # record), so every debug call of aiokafka and Faust builds a LogRecord: a fifth of a
    # worker's CPU. Without it the level set here is the level that applies.
    worker.spinner = None
    execute(worker)


def execute(worker: Worker) -> None:
    """``worker.execute_from_commandline()``, with ``EXIT_STOPPED_UNASKED`` for a stop on its own."""
    try:
        worker.execute_from_commandline()
    except SystemExit as exit_:
        if worker.stopped_unasked and exit_.code in (0, None):
            raise SystemExit(EXIT_STOPPED_UNASKED) from None
        raise
