"""The exactly-once helpers: commits wait for messages in flight, and a partition's transaction has a stable id."""

from __future__ import annotations

import asyncio
import weakref
from types import SimpleNamespace
from typing import Any

import faust.streams
from faust.types import TP

from newsevents.stream.transactions import (
    CommitGate,
    SourcePartitionTransactions,
    records_of,
    transaction_of,
)


def test_a_commit_waits_for_the_messages_in_flight_and_holds_new_ones_back() -> None:
    """While a message is processed a commit waits; while a commit waits or runs no new message starts."""
    events: list[str] = []

    async def scenario() -> None:
        gate = CommitGate()
        first_inside = asyncio.Event()
        release_first = asyncio.Event()

        async def message(name: str, hold: asyncio.Event | None = None) -> None:
            async with gate.processing():
                events.append(f"{name} start")
                first_inside.set()
                if hold is not None:
                    await hold.wait()
                events.append(f"{name} end")

        async def commit() -> None:
            async with gate.committing():
                events.append("commit start")
                await asyncio.sleep(0.01)
                events.append("commit end")

        first = asyncio.create_task(message("m1", release_first))
        await first_inside.wait()
        committing = asyncio.create_task(commit())
        await asyncio.sleep(0.01)
        second = asyncio.create_task(message("m2"))
        await asyncio.sleep(0.01)
        assert events == ["m1 start"], "the commit and the next message wait for m1"
        release_first.set()
        await asyncio.gather(first, committing, second)
        assert gate.active == 0

    asyncio.run(scenario())
    assert events == ["m1 start", "m1 end", "commit start", "commit end", "m2 start", "m2 end"]


def test_messages_run_concurrently_when_no_commit_waits() -> None:
    """Two agents can be mid-message at once: the gate only orders them against commits."""

    async def scenario() -> int:
        gate = CommitGate()
        both = asyncio.Barrier(2)
        peak = 0

        async def message() -> None:
            nonlocal peak
            async with gate.processing():
                peak = max(peak, gate.active)
                await both.wait()

        await asyncio.wait_for(asyncio.gather(message(), message()), timeout=5)
        return peak

    assert asyncio.run(scenario()) == 2


def test_the_transaction_of_a_partition_is_named_by_app_and_partition_number_only() -> None:
    """Every co-partitioned topic's partition p commits in '<app_id>-p<p>', whatever Faust numbers its groups."""
    app = SimpleNamespace(conf=SimpleNamespace(id="newsevents"))
    assert transaction_of(app, TP("news.articles.raw", 2)) == "newsevents-p2"
    assert transaction_of(app, TP("news.stories.inputs", 2)) == "newsevents-p2"
    assert transaction_of(app, TP("news.stories.inputs", 0)) != transaction_of(
        app, TP("news.stories.inputs", 1)
    )


class _Producer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, int | None, str | None]] = []

    async def send(
        self,
        topic: str,
        key: Any,
        value: Any,
        partition: int | None,
        *args: Any,
        transactional_id: str | None = None,
    ) -> None:
        self.sent.append((topic, partition, transactional_id))


def _manager(producer: _Producer) -> SourcePartitionTransactions:
    manager = SourcePartitionTransactions.__new__(SourcePartitionTransactions)
    manager.__dict__.update(
        app=SimpleNamespace(conf=SimpleNamespace(id="newsevents")),
        producer=producer,
        consumer=SimpleNamespace(key_partition=lambda topic, key, partition: partition),
    )
    return manager


def test_a_batch_sends_each_record_in_the_transaction_of_its_own_input_partition() -> None:
    """Records sent inside records_of(tp) join tp's transaction, not their destination's; outside, the destination's."""
    producer = _Producer()
    manager = _manager(producer)

    async def scenario() -> None:
        with records_of(TP("news.articles.raw", 2)):
            await manager.send("news.stories.inputs", b"k", b"v", 0, None, None)
        with records_of(TP("news.articles.raw", 1)):
            await manager.send("news.stories.inputs", b"k", b"v", 0, None, None)
        await manager.send("stories-changelog", b"k", b"v", 1, None, None)

    asyncio.run(scenario())
    assert producer.sent == [
        ("news.stories.inputs", 0, "newsevents-p2"),
        ("news.stories.inputs", 0, "newsevents-p1"),
        ("stories-changelog", 1, "newsevents-p1"),
    ]


class _TransactionProducers:
    """Faust's producer as the rebalance starts and stops transactional producers."""

    def __init__(self, *live: str) -> None:
        self._transaction_producers: dict[str, Any] = dict.fromkeys(live, "old")
        self.calls: list[tuple[str, str]] = []

    async def stop_transaction(self, transactional_id: str) -> None:
        self.calls.append(("stop", transactional_id))
        self._transaction_producers.pop(transactional_id, None)

    async def maybe_begin_transaction(self, transactional_id: str) -> None:
        if transactional_id not in self._transaction_producers:
            self.calls.append(("new producer", transactional_id))  # InitProducerId
            self._transaction_producers[transactional_id] = "new"
        self.calls.append(("begin", transactional_id))


LEADER = TP("newsevents-__assignor-__leader", 0)


def _rebalancing(producer: _TransactionProducers, owned: set[str]) -> SourcePartitionTransactions:
    manager = SourcePartitionTransactions.__new__(SourcePartitionTransactions)
    manager.__dict__.update(
        app=SimpleNamespace(
            conf=SimpleNamespace(id="newsevents"),
            assignor=SimpleNamespace(is_standby=lambda tp: False),
            consumer=SimpleNamespace(randomly_assigned_topics={LEADER.topic}),
        ),
        producer=producer,
        owned=owned,
    )
    return manager


def test_the_leader_assignor_partition_owns_no_transaction() -> None:
    """Faust's leader topic has a partition 0 too, given to one worker whatever else it has: the
    leader of a group in which another worker owns partition 0 starts no producer for p0 (it
    fenced the owner's, and later took partition 0 over with its own fenced one)."""
    producer = _TransactionProducers()
    manager = _rebalancing(producer, set())
    assigned = {TP("articles", 1), TP("story-inputs", 1), LEADER}

    asyncio.run(manager.on_rebalance(assigned, set(), assigned))
    assert producer.calls == [("new producer", "newsevents-p1"), ("begin", "newsevents-p1")]
    assert manager.owned == {"newsevents-p1"}


def test_a_partition_taken_over_gets_a_new_producer_even_if_one_was_left() -> None:
    """A transactional id the worker did not own before is initialised afresh (InitProducerId fences
    the previous owner and completes its transaction before the offsets are read); one it keeps
    goes on with its producer."""
    producer = _TransactionProducers("newsevents-p0", "newsevents-p1")  # p0: left over
    manager = _rebalancing(producer, {"newsevents-p1"})
    before = {TP("articles", 1), TP("story-inputs", 1), LEADER}
    assigned = before | {TP("articles", 0), TP("story-inputs", 0)}

    asyncio.run(manager.on_rebalance(assigned, before, assigned - before))
    assert producer.calls == [
        ("stop", "newsevents-p0"),
        ("new producer", "newsevents-p0"),
        ("begin", "newsevents-p0"),
        ("begin", "newsevents-p1"),
    ]
    assert producer._transaction_producers == {"newsevents-p0": "new", "newsevents-p1": "old"}


def test_the_producer_of_a_partition_given_away_is_stopped() -> None:
    """Partition 0 goes to another worker while this one keeps Faust's leader partition (number 0)."""
    producer = _TransactionProducers("newsevents-p0", "newsevents-p1")
    manager = _rebalancing(producer, {"newsevents-p0", "newsevents-p1"})
    before = {TP("articles", 0), TP("articles", 1), LEADER}
    assigned = {TP("articles", 1), LEADER}

    asyncio.run(manager.on_rebalance(assigned, before, set()))
    assert producer.calls == [("stop", "newsevents-p0"), ("begin", "newsevents-p1")]
    assert manager.owned == {"newsevents-p1"}


def test_a_kept_transaction_that_is_open_is_not_begun_again() -> None:
    """The commit before the revocation began the kept partition's next transaction: beginning it
    again only made aiokafka raise (logged by Faust as IN_TRANSACTION -> IN_TRANSACTION)."""
    producer = _TransactionProducers()
    open_transaction = SimpleNamespace(_txn_manager=SimpleNamespace(is_in_transaction=lambda: True))
    producer._transaction_producers["newsevents-p1"] = open_transaction
    manager = _rebalancing(producer, {"newsevents-p1"})
    kept = {TP("articles", 1), TP("story-inputs", 1)}

    asyncio.run(manager.on_rebalance(kept, kept, set()))
    assert producer.calls == []


class _Event:
    """Faust's current event, as far as the transaction manager reads it."""

    def __init__(self, tp: TP) -> None:
        self.message = SimpleNamespace(tp=tp)


def test_a_state_commits_in_its_own_partitions_transaction_whatever_event_is_current() -> None:
    """A state written outside records_of while Faust's current event is another partition's
    (the story agent writes a batch's states after the batch) joins the transaction of its own
    changelog partition, the one of its key's messages and versions (else a worker killed
    between two commits could leave a state holding an article whose version was aborted);
    other records still follow the current event."""
    producer = _Producer()
    manager = _manager(producer)
    last = _Event(TP("news.stories.inputs", 2))

    async def scenario() -> None:
        token = faust.streams._current_event.set(weakref.ref(last))
        try:
            await manager.send("newsevents-stories-changelog", b"k", b"v", 0, None, None)
            with records_of(TP("news.stories.inputs", 1)):
                await manager.send("newsevents-stories-changelog", b"k", b"v", 0, None, None)
            await manager.send("news.events.diplomatic", b"k", b"v", 0, None, None)
        finally:
            faust.streams._current_event.reset(token)

    asyncio.run(scenario())
    assert producer.sent == [
        ("newsevents-stories-changelog", 0, "newsevents-p0"),
        ("newsevents-stories-changelog", 0, "newsevents-p0"),
        ("news.events.diplomatic", 0, "newsevents-p2"),
    ]
