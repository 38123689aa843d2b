"""Exactly-once across a rebalance: what was acknowledged is committed with its records before Faust
forgets it, and a committed offset the broker has not made stable yet is asked again.

A rebalance revokes every partition (aiokafka's eager protocol), the ones the worker gets back
too, and Faust's revocation drops their acknowledged, uncommitted offsets while their records
stay in the open transaction: committed later with it, and again when the messages were read
again (one duplicate in a broker-restart run; hundreds of story messages in the second-worker
test). Then the worker asks the broker where to read on, right after its own commit.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import faust
import pytest
from aiokafka import TopicPartition
from faust.types import TP

from newsevents.stream import consumer as consumer_module
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


def test_only_the_offsets_of_transactions_committed_are_remembered_as_ours(
    made: list[Any],
) -> None:
    """Faust skips a transaction whose producer is gone (fenced): its offsets were not committed."""
    events: list[Any] = []

    async def scenario() -> dict[tuple[str, int], int]:
        consumer = exactly_once_consumer(CommitGate(), events, made)
        transactions = consumer.transactions
        await transactions.commit({ARTICLES0: 8, TP("articles", 1): 4})
        return dict(transactions.committed_offsets)

    assert asyncio.run(scenario()) == {("articles", 0): 8}
    assert events == [("commit", {"eos-p0": {ARTICLES0: 8}, "eos-p1": {TP("articles", 1): 4}})]


class StaleThenStable:
    """aiokafka's consumer whose committed offsets lag our commit for the first few lookups."""

    def __init__(self, stale: dict[TopicPartition, int | None], stable: dict[TopicPartition, int]):
        self.answers = [stale, stale, stable]
        self.lookups = 0
        self.sought: dict[TopicPartition, int] = {}

    def assignment(self) -> set[TopicPartition]:
        return set(self.answers[-1])

    async def committed(self, tp: TopicPartition) -> int | None:
        answer = self.answers[min(self.lookups, len(self.answers) - 1)]
        return answer[tp]

    async def beginning_offsets(self, tps: list[TopicPartition]) -> dict[TopicPartition, int]:
        return dict.fromkeys(tps, 0)

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.sought[tp] = offset


class Thread:
    def __init__(self, aiokafka: StaleThenStable) -> None:
        self.aiokafka = aiokafka

    def _ensure_consumer(self) -> StaleThenStable:
        return self.aiokafka

    async def call_thread(self, method: Any, *args: Any) -> Any:
        result = await method(*args)
        self.aiokafka.lookups += 1
        return result


def seeking_consumer(exactly_once: bool, aiokafka: StaleThenStable, ours: dict[Any, int]) -> Any:
    app = faust.App("eos", broker="kafka://127.0.0.1:1")
    install(app, CommitGate(), exactly_once=exactly_once)
    cls: Any = app.transport.Consumer
    consumer = cls.__new__(cls)  # only the seek path is exercised
    consumer._thread = Thread(aiokafka)
    consumer._epochs = Counter()
    consumer.app = type("App", (), {"topics": type("T", (), {"acks_enabled_for": str})()})()
    consumer.transactions = type("Tx", (), {"committed_offsets": ours})()
    return consumer


def test_a_committed_offset_behind_our_own_commit_is_asked_again() -> None:
    """Our transaction's offsets become the group's once its marker is written, after EndTxn
    returned: aiokafka cannot ask for stable offsets (KIP-447), so an answer behind what this
    worker committed itself is asked again instead of read from (which read messages twice)."""
    articles0, stories0 = TopicPartition("articles", 0), TopicPartition("story-inputs", 0)
    aiokafka = StaleThenStable({articles0: 120, stories0: None}, {articles0: 150, stories0: 12})
    consumer = seeking_consumer(True, aiokafka, {("articles", 0): 150, ("story-inputs", 0): 12})
    assert asyncio.run(consumer.seek_to_committed()) == {articles0: 150, stories0: 12}
    assert aiokafka.sought == {articles0: 150, stories0: 12}
    assert aiokafka.lookups == 3


def test_committed_offsets_ahead_of_ours_are_taken_at_once() -> None:
    """Another worker may have gone further since we owned a partition: that is no stale answer."""
    articles0 = TopicPartition("articles", 0)
    aiokafka = StaleThenStable({articles0: 300}, {articles0: 300})
    consumer = seeking_consumer(True, aiokafka, {("articles", 0): 150})
    asyncio.run(consumer.seek_to_committed())
    assert aiokafka.sought == {articles0: 300}
    assert aiokafka.lookups == 1


def test_at_least_once_takes_the_first_answer() -> None:
    articles0 = TopicPartition("articles", 0)
    aiokafka = StaleThenStable({articles0: 120}, {articles0: 150})
    consumer = seeking_consumer(False, aiokafka, {("articles", 0): 150})
    asyncio.run(consumer.seek_to_committed())
    assert aiokafka.sought == {articles0: 120}


def test_an_answer_that_stays_behind_our_commit_crashes_the_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Offsets only move forward: if the broker never catches up, reading on from its answer
    would double records, so the worker stops (its successor's producers abort what is open)."""
    monkeypatch.setattr(consumer_module, "STABLE_OFFSETS_WAIT_SECONDS", 0.05)
    monkeypatch.setattr(consumer_module, "STABLE_OFFSETS_RETRY_SECONDS", 0.01)
    articles0 = TopicPartition("articles", 0)
    aiokafka = StaleThenStable({articles0: 120}, {articles0: 120})
    consumer = seeking_consumer(True, aiokafka, {("articles", 0): 150})
    with pytest.raises(RuntimeError, match="stay behind"):
        asyncio.run(consumer.seek_to_committed())
    assert aiokafka.sought == {}


def test_records_fetched_after_a_revocation_are_held_back_until_the_rebalance_seeks(
    made: list[Any],
) -> None:
    """Faust resumes the stream partitions of a recovered table and then seeks them to their
    committed offsets: what it handed over in between was processed, sought back over and
    processed again (both records committed). Nothing of the agents' topics is handed over from
    the revocation until the rebalance's seek; records fetched before that seek stay held back
    too, and a fetch after it is handed over."""
    revoking = exactly_once_consumer(CommitGate(), [], made)
    revoking._awaiting_rebalance_seek = False
    asyncio.run(revoking.on_partitions_revoked({ARTICLES0, STORIES0}))
    assert revoking._awaiting_rebalance_seek

    articles0 = TopicPartition("articles", 0)
    consumer = seeking_consumer(True, StaleThenStable({articles0: 7}, {articles0: 7}), {})
    consumer._fetch_epochs = Counter()
    consumer._awaiting_rebalance_seek = True
    assert consumer._held_back(articles0, "articles")  # fetched after the revocation
    asyncio.run(consumer.seek_to_committed())
    assert not consumer._awaiting_rebalance_seek
    assert consumer._held_back(articles0, "articles")  # fetched before the seek
    consumer._fetch_epochs = consumer._epochs.copy()  # a fetch that came back after it
    assert not consumer._held_back(articles0, "articles")


def test_faust_s_seek_from_the_fetch_loop_is_not_the_rebalance_s_seek() -> None:
    """Faust's getmany seeks back to the committed offsets when it finds the flow stopped, in the
    middle of the rebalance: the rebalance's own seek (the one that counts) comes after it."""
    articles0 = TopicPartition("articles", 0)
    consumer = seeking_consumer(True, StaleThenStable({articles0: 7}, {articles0: 7}), {})
    consumer._awaiting_rebalance_seek = True

    async def from_the_fetch_loop() -> None:
        consumer_module._in_fetch_loop.set(True)
        await consumer.seek_to_committed()

    asyncio.run(from_the_fetch_loop())
    assert consumer._awaiting_rebalance_seek
    consumer._fetch_epochs = consumer._epochs.copy()
    assert consumer._held_back(articles0, "articles")


def test_at_least_once_holds_back_only_records_from_before_a_seek() -> None:
    articles0 = TopicPartition("articles", 0)
    consumer = seeking_consumer(False, StaleThenStable({articles0: 7}, {articles0: 7}), {})
    consumer._awaiting_rebalance_seek = False  # what __init__ sets in at_least_once mode
    consumer._fetch_epochs = Counter()
    assert not consumer._held_back(articles0, "articles")
    consumer._epochs[articles0] += 1
    assert consumer._held_back(articles0, "articles")


def test_a_record_handed_over_comes_back_without_a_seek_it_is_not_handed_over_again() -> None:
    """The fetch loop drops records below the read offset only, and the read offset is the last
    offset handed over: the same record coming back was handed over (and committed) twice."""
    articles0 = TopicPartition("articles", 0)
    consumer = seeking_consumer(True, StaleThenStable({articles0: 150}, {articles0: 150}), {})
    consumer._handed = {articles0: (consumer._epochs[articles0], 199)}
    assert consumer._handed_already(articles0, consumer._epochs[articles0], 199, "articles")
    assert not consumer._handed_already(articles0, consumer._epochs[articles0], 200, "articles")
    asyncio.run(consumer.seek_to_committed())  # a seek (back to 150): read again from there
    assert not consumer._handed_already(articles0, consumer._epochs[articles0], 150, "articles")
    assert not consumer._handed_already(articles0, consumer._epochs[articles0], 199, "articles")
