"""The Faust application: one agent that turns raw articles into output records.

The agent only decodes the message envelope, calls ``pipeline.process_message``,
sends each record to its topic and counts. Delivery is at-least-once: the agent
waits until the broker has acknowledged every output of a message before it
moves on, and Faust commits a message's offset only after the agent has moved
past it. Event ids are deterministic, so a replay yields identical records.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime
from typing import Any

import faust
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from newsevents.alerts.rules import load_rules
from newsevents.metrics import Metrics
from newsevents.parse import InputLimits
from newsevents.pipeline import EXTRACTOR_VERSION, MessageSource, process_message
from newsevents.routing import route
from newsevents.settings import DeliveryMode, Settings
from newsevents.stream.lag import LAG_INTERVAL_SECONDS, record_lag_safely

log = logging.getLogger(__name__)


def faust_broker_url(bootstrap: str) -> str:
    return ";".join(
        f"kafka://{server.strip()}" for server in bootstrap.split(",") if server.strip()
    )


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
    limits = InputLimits(settings.max_message_bytes, settings.max_body_chars)
    guarantee = (
        "exactly_once" if settings.delivery_mode is DeliveryMode.EXACTLY_ONCE else "at_least_once"
    )
    app = faust.App(
        settings.app_id,
        broker=faust_broker_url(settings.kafka_bootstrap_servers),
        store="memory://",
        datadir=str(settings.data_dir),
        web_enabled=True,
        web_host=settings.web_host,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication_factor,
        topic_allow_declare=False,
        broker_session_timeout=settings.broker_session_timeout_seconds,
        broker_heartbeat_interval=settings.broker_heartbeat_interval_seconds,
        broker_commit_interval=settings.commit_interval_seconds,
        consumer_auto_offset_reset="earliest",
        processing_guarantee=guarantee,
        producer_acks=-1,
        producer_max_request_size=max(settings.max_message_bytes * 2, 1_048_576),
        consumer_max_fetch_size=max(settings.max_message_bytes * 2, 4_194_304),
    )
    raw = {
        "key_serializer": "raw",
        "value_serializer": "raw",
        "key_type": bytes,
        "value_type": bytes,
    }
    articles = app.topic(settings.topic_articles, **raw)  # type: ignore[arg-type]
    outputs: dict[str, Any] = {
        role: app.topic(name, **raw)  # type: ignore[arg-type]
        for role, name in settings.topic_names().items()
        if role != "articles"
    }

    @app.agent(articles, name="newsevents.extract")
    async def extract(stream: Any) -> None:
        async for event in stream.events():
            received = time.monotonic()
            message = event.message
            metrics.articles_consumed.inc()
            now = datetime.now(UTC)
            result = process_message(
                event.value if event.value is not None else b"",
                now=now,
                rules=rules,
                limits=limits,
                source=MessageSource(message.topic, message.partition, message.offset),
                max_raw_chars=settings.deadletter_raw_max_chars,
            )
            metrics.extraction_seconds.observe(time.monotonic() - received)
            records = result.records
            routed = [route(record, fallback_key=message.key) for record in records]
            deliveries = [
                await outputs[item.role].send(key=item.key, value=item.value) for item in routed
            ]
            # At-least-once: the offset of this message is committed only after we move on,
            # and we move on only when the broker has every output.
            await asyncio.gather(*deliveries)
            for item in routed:
                metrics.records_published.labels(topic=item.role).inc()
            metrics.count_records(records)
            if result.dead_letter is not None:
                outcome = "dead_letter"
            elif result.extraction.events:
                outcome = "events"
            else:
                outcome = "no_events"
            metrics.articles_processed.labels(outcome=outcome).inc()
            if result.article is not None:
                age = (now - result.article.published_at).total_seconds()
                metrics.article_age_seconds.observe(max(age, 0.0))
            metrics.processing_seconds.observe(time.monotonic() - received)
            metrics.last_processed_timestamp.set(time.time())

    async def measure_consumer_lag() -> None:
        await record_lag_safely(app.consumer, settings.topic_articles, metrics)

    app.timer(LAG_INTERVAL_SECONDS, name="newsevents.consumer_lag")(measure_consumer_lag)

    @app.page("/metrics")
    async def metrics_page(web: Any, request: Any) -> Any:
        return web.bytes(generate_latest(registry), content_type=CONTENT_TYPE_LATEST.split(";")[0])

    @app.page("/healthz")
    async def health_page(web: Any, request: Any) -> Any:
        return web.json({"status": "ok", "extractor_version": EXTRACTOR_VERSION})

    del extract, metrics_page, health_page
    return app, metrics


def run_worker(settings: Settings) -> None:
    """Run the worker until SIGINT/SIGTERM (Faust handles the signals and shuts down cleanly)."""
    app, _ = create_app(settings)
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
