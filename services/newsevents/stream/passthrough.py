"""A benchmark tool, not a mode to run: the worker's transport with the extraction taken out.

``newsevents bench`` starts it (``newsevents worker --pass-through``, a hidden flag) beside
the real worker to show the ceiling the transport puts on throughput and latency. It
consumes the articles topic with the same Faust and aiokafka settings as ``stream/app.py``
(``tests/unit/test_passthrough.py`` keeps them equal), decodes each message into a
``RawArticle`` (stage 1: orjson and strict pydantic validation), re-encodes it and
publishes it, keyed by article id, to ``<articles topic>.passthrough``: never a contract
topic. A message that does not decode is skipped; there are no metrics and no web server.

It is the transport as it can be, not only as the worker runs it today: it acknowledges
each message when the broker has its output without waiting for that before reading the
next (``forward_articles``), and turns Faust's start-up spinner off (``run_passthrough_worker``).
README, Benchmarks, has both and what they are worth.
"""

from __future__ import annotations

import asyncio
from typing import Any

import faust

from newsevents.exceptions import InputError
from newsevents.parse import InputLimits, decode_article
from newsevents.settings import Settings
from newsevents.stream.app import RAW_TOPIC, run_app, transport_settings

PASSTHROUGH_SUFFIX = ".passthrough"


def passthrough_topic(settings: Settings) -> str:
    """Where the pass-through worker publishes: beside the input topic, never a contract topic."""
    return settings.topic_articles + PASSTHROUGH_SUFFIX


async def forward_articles(stream: Any, output: Any, limits: InputLimits) -> None:
    """Decode, re-encode and send each article; acknowledge it when the broker has its output.

    The agent does not wait for the broker before it reads the next message: each
    message is acknowledged (``event.ack()``, the stream runs with ``noack()``) from the
    delivery's callback. Faust commits an offset only once every message before it is
    acknowledged too, and waits for unacknowledged messages before a rebalance, so this
    stays at-least-once. A failed delivery leaves its message unacknowledged (its offset
    is never committed) and stops the agent at the next message.
    """
    failed: list[BaseException] = []

    def ack_when_delivered(event: Any) -> Any:
        def done(delivery: asyncio.Future[Any]) -> None:
            if delivery.cancelled() or delivery.exception() is not None:
                failed.append(delivery.exception() or asyncio.CancelledError())
            else:
                event.ack()

        return done

    async for event in stream.noack().events():
        if failed:
            raise failed[0]
        try:
            article = decode_article(event.value or b"", limits)
        except InputError:
            event.ack()
            continue
        value = article.model_dump_json().encode()
        delivery = await output.send(key=article.id.encode(), value=value)
        delivery.add_done_callback(ack_when_delivered(event))


def create_passthrough_app(settings: Settings) -> faust.App:
    """The pass-through Faust app (nothing starts yet); no web server, no metrics."""
    if not settings.kafka_bootstrap_servers:
        raise ValueError("the pass-through worker needs KAFKA_BOOTSTRAP_SERVERS")
    limits = InputLimits.from_settings(settings)
    app = faust.App(settings.app_id, web_enabled=False, **transport_settings(settings))
    raw = RAW_TOPIC
    articles = app.topic(settings.topic_articles, **raw)
    output = app.topic(passthrough_topic(settings), **raw)

    @app.agent(articles, name="newsevents.passthrough")
    async def passthrough(stream: Any) -> None:
        await forward_articles(stream, output, limits)

    del passthrough
    return app


def run_passthrough_worker(settings: Settings) -> None:
    """Run the pass-through worker until SIGINT/SIGTERM (in the worker's own ``Worker``)."""
    run_app(create_passthrough_app(settings), settings)
