"""Our Faust consumer's seeks: a partition nobody committed yet is read again from its beginning."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import faust
from aiokafka import TopicPartition

from newsevents.stream.consumer import install
from newsevents.stream.transactions import CommitGate


class FakeAiokafka:
    """aiokafka's consumer as far as the seek uses it: the log start offsets, and seeks."""

    def __init__(self) -> None:
        self.sought: dict[TopicPartition, int] = {}

    async def beginning_offsets(
        self, partitions: list[TopicPartition]
    ) -> dict[TopicPartition, int]:
        return {tp: 3 * tp.partition for tp in partitions}  # some were cut by retention

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.sought[tp] = offset


class FakeThread:
    """The consumer thread's seeks as aiokafka answers them: committed offsets per partition."""

    def __init__(self, committed: dict[TopicPartition, int | None]) -> None:
        self.committed = committed
        self.consumer = FakeAiokafka()

    async def seek_to_committed(self) -> dict[TopicPartition, int | None]:
        return dict(self.committed)

    def _ensure_consumer(self) -> FakeAiokafka:
        return self.consumer

    async def call_thread(self, method: Any, *args: Any) -> Any:
        return await method(*args)


def consumer_with(thread: FakeThread, acking: set[str]) -> Any:
    app = faust.App("test-consumer", broker="kafka://127.0.0.1:1")
    install(app, CommitGate(), exactly_once=False)
    cls: Any = app.transport.Consumer
    consumer = cls.__new__(cls)  # only the seek path is exercised: no broker, no service
    consumer._thread = thread
    consumer.app = SimpleNamespace(topics=SimpleNamespace(acks_enabled_for=acking.__contains__))
    return consumer


def test_partitions_without_a_committed_offset_are_read_again_from_their_beginning() -> None:
    """aiokafka leaves them where the fetcher got to (past records Faust dropped during a rebalance);
    they are sought to the broker's first offset at once (never left without a position)."""
    articles0, articles1 = TopicPartition("articles", 0), TopicPartition("articles", 1)
    stories0, stories1 = TopicPartition("story-inputs", 0), TopicPartition("story-inputs", 1)
    changelog = TopicPartition("app-stories-changelog", 1)
    thread = FakeThread(
        {articles0: 200, articles1: None, stories0: 0, stories1: 17, changelog: None}
    )
    consumer = consumer_with(thread, {"articles", "story-inputs"})
    committed = asyncio.run(consumer.seek_to_committed())
    assert committed == thread.committed, "Faust still gets the committed offsets"
    # offset 0 too: aiokafka seeks only to offsets above 0; to where the log starts now
    assert thread.consumer.sought == {articles1: 3, stories0: 0}


def test_nothing_is_sought_when_every_consumed_partition_has_a_commit() -> None:
    """Changelogs (read by table recovery, which seeks them itself) are left alone."""
    thread = FakeThread({TopicPartition("articles", 0): 5, TopicPartition("changelog", 0): None})
    consumer = consumer_with(thread, {"articles"})
    asyncio.run(consumer.seek_to_committed())
    assert thread.consumer.sought == {}
