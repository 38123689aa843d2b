"""Exactly-once across a rebalance: what was acknowledged is committed with its records before Faust
forgets it.

A rebalance revokes every partition (aiokafka's eager protocol), the ones the worker gets back
too, and Faust's revocation drops their acknowledged, uncommitted offsets while their records
stay in the open transaction: committed later with it, and again when the messages were read
again (one duplicate in a broker-restart run; hundreds of story messages in the second-worker
test).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping
from typing import Any

import faust
import pytest
from faust.types import TP

from newsevents.stream.consumer import install
from newsevents.stream.transactions import CommitGate

ARTICLES0, STORIES0 = TP("articles", 0), TP("story-inputs", 0)


class RecordingProducer:
    """Faust's producer as the transaction manager's commit uses it."""

    def __init__(self, events: list[Any], live: set[str]) -> None:
        self.events = events
        self._transaction_producers = dict.fromkeys(live)

    async def commit_transactions(
        self,
        offsets: Mapping[str, Mapping[TP, int]],
        group_id: str,
        start_new_transaction: bool = True,
    ) -> None:
        await asyncio.sleep(0)  # a broker round trip
        self.events.append(("commit", {tid: dict(tps) for tid, tps in offsets.items()}))


@pytest.fixture
def made() -> Iterator[list[Any]]:
    """The consumers a test made: the loop of each one's (never started) thread is closed after it."""
    consumers: list[Any] = []
    yield consumers
    for consumer in consumers:
        consumer._thread.thread_loop.close()


def exactly_once_consumer(gate: CommitGate, events: list[Any], made: list[Any]) -> Any:
    """Our consumer of an exactly-once app, with acknowledged offsets and no broker."""
    app = faust.App("eos", broker="kafka://127.0.0.1:1", processing_guarantee="exactly_once")
    install(app, gate, exactly_once=True)
    consumer: Any = app.consumer
    made.append(consumer)
    consumer.in_transaction = True
    consumer.assignment = lambda: {ARTICLES0, STORIES0}
    consumer.transactions.producer = RecordingProducer(events, {"eos-p0"})

    async def faust_revocation(revoked: set[TP]) -> None:  # the app's part of the revocation
        events.append(("app revocation", {tp: list(consumer._acked.get(tp, [])) for tp in revoked}))

    consumer._on_partitions_revoked = faust_revocation
    return consumer


def acknowledge(consumer: Any, tp: TP, offsets: list[int]) -> None:
    for offset in offsets:
        consumer._acked[tp].append(offset)
        consumer._acked_index[tp].add(offset)


def test_acknowledged_offsets_are_committed_in_their_transaction_before_a_revocation(
    made: list[Any],
) -> None:
    """Faust forgets the acknowledged offsets of the revoked partitions: they are committed first."""
    events: list[Any] = []

    async def scenario() -> None:
        consumer = exactly_once_consumer(CommitGate(), events, made)
        consumer._committed_offset[ARTICLES0] = 5
        acknowledge(consumer, ARTICLES0, [5, 6, 7])
        consumer._committed_offset[STORIES0] = 3
        acknowledge(consumer, STORIES0, [3])
        await consumer.on_partitions_revoked({ARTICLES0, STORIES0})

    asyncio.run(scenario())
    assert events == [
        ("commit", {"eos-p0": {ARTICLES0: 8, STORIES0: 4}}),
        ("app revocation", {ARTICLES0: [], STORIES0: []}),  # what Faust then forgets: nothing
    ]


def test_the_commit_before_a_revocation_waits_for_the_batch_being_processed(
    made: list[Any],
) -> None:
    """A batch mid-processing when the rebalance starts is committed too, once acknowledged."""
    events: list[Any] = []

    async def scenario() -> None:
        gate = CommitGate()
        consumer = exactly_once_consumer(gate, events, made)
        consumer._committed_offset[ARTICLES0] = 5
        acknowledge(consumer, ARTICLES0, [5])
        inside = asyncio.Event()

        async def batch() -> None:
            async with gate.processing():
                inside.set()
                await asyncio.sleep(0.01)  # its records are being sent
                acknowledge(consumer, ARTICLES0, [6, 7])
                events.append("batch acknowledged")

        task = asyncio.create_task(batch())
        await inside.wait()
        await consumer.on_partitions_revoked({ARTICLES0, STORIES0})
        await task

    asyncio.run(scenario())
    assert events == [
        "batch acknowledged",
        ("commit", {"eos-p0": {ARTICLES0: 8}}),
        ("app revocation", {ARTICLES0: [], STORIES0: []}),
    ]
