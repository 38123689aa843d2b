"""Our Faust consumer's seeks: a partition nobody committed yet is read again from its beginning,
and every partition sought gets a new epoch, with nothing awaited between the seeks."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from types import SimpleNamespace
from typing import Any

import faust
from aiokafka import TopicPartition

from newsevents.stream.consumer import install, seek_in_consumer_thread
from newsevents.stream.transactions import CommitGate


class FakeAiokafka:
    """aiokafka's consumer as the seek uses it: committed and first offsets, seeks, in order."""

    def __init__(self, committed: dict[TopicPartition, int | None]) -> None:
        self.committed_offsets = committed
        self.calls: list[str] = []
        self.sought: dict[TopicPartition, int] = {}

    def assignment(self) -> set[TopicPartition]:
        return set(self.committed_offsets)

    async def committed(self, tp: TopicPartition) -> int | None:
        self.calls.append("lookup")
        await asyncio.sleep(0)  # a broker round trip: other tasks run meanwhile
        return self.committed_offsets[tp]

    async def beginning_offsets(
        self, partitions: list[TopicPartition]
    ) -> dict[TopicPartition, int]:
        self.calls.append("lookup")
        return {tp: 3 * tp.partition for tp in partitions}  # some were cut by retention

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.calls.append("seek")
        self.sought[tp] = offset


class FakeThread:
    def __init__(self, consumer: FakeAiokafka) -> None:
        self.consumer = consumer

    def _ensure_consumer(self) -> FakeAiokafka:
        return self.consumer

    async def call_thread(self, method: Any, *args: Any) -> Any:
        return await method(*args)


def consumer_with(aiokafka: FakeAiokafka, acking: set[str]) -> Any:
    app = faust.App("test-consumer", broker="kafka://127.0.0.1:1")
    install(app, CommitGate(), exactly_once=False)
    cls: Any = app.transport.Consumer
    consumer = cls.__new__(cls)  # only the seek path is exercised: no broker, no service
    consumer._thread = FakeThread(aiokafka)
    consumer._epochs = Counter()
    consumer.app = SimpleNamespace(topics=SimpleNamespace(acks_enabled_for=acking.__contains__))
    return consumer


def test_partitions_without_a_committed_offset_are_read_again_from_their_beginning() -> None:
    """aiokafka leaves them where the fetcher got to (past records Faust dropped during a rebalance);
    they are sought to the broker's first offset at once (never left without a position)."""
    articles0, articles1 = TopicPartition("articles", 0), TopicPartition("articles", 1)
    stories0, stories1 = TopicPartition("story-inputs", 0), TopicPartition("story-inputs", 1)
    changelog = TopicPartition("app-stories-changelog", 1)
    committed = {articles0: 200, articles1: None, stories0: 0, stories1: 17, changelog: None}
    aiokafka = FakeAiokafka(committed)
    consumer = consumer_with(aiokafka, {"articles", "story-inputs"})
    assert asyncio.run(consumer.seek_to_committed()) == committed, (
        "Faust gets the committed offsets"
    )
    # offset 0 too (aiokafka seeks only above 0); to where the log starts now; changelogs untouched
    assert aiokafka.sought == {articles0: 200, articles1: 3, stories0: 0, stories1: 17}
    assert consumer._epochs == Counter({articles0: 1, articles1: 1, stories0: 1, stories1: 1})


def test_every_lookup_comes_before_every_seek() -> None:
    """A fetch coming back during a lookup must not look current after its partition's seek."""
    aiokafka = FakeAiokafka({TopicPartition("articles", p): 10 * p for p in range(4)})
    asyncio.run(consumer_with(aiokafka, {"articles"}).seek_to_committed())
    seeks = aiokafka.calls.index("seek")
    assert "lookup" not in aiokafka.calls[seeks:]
    assert (
        aiokafka.calls.count("seek") == 4
    )  # 10, 20, 30, and partition 0 (at 0) to its first offset
    assert aiokafka.sought[TopicPartition("articles", 0)] == 0


class ThreadRecordingAiokafka(FakeAiokafka):
    """Records which thread each seek ran in."""

    def __init__(self, committed: dict[TopicPartition, int | None]) -> None:
        super().__init__(committed)
        self.seek_threads: list[int] = []

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.seek_threads.append(threading.get_ident())
        super().seek(tp, offset)


def test_seeks_run_in_the_consumer_threads_loop_between_its_steps() -> None:
    """aiokafka's fetcher is not thread-safe: a seek from the worker's thread, landing inside the
    consumer thread's hand-over of buffered records, crashed a worker (KeyError on the
    partition). The seeks run as a callback of the consumer thread's own loop, so never inside
    one of its steps, and the caller waits for them."""
    loop = asyncio.new_event_loop()
    runner = threading.Thread(target=loop.run_forever, daemon=True)
    runner.start()
    try:
        tps = [TopicPartition("articles", p) for p in range(3)]
        aiokafka = ThreadRecordingAiokafka({tp: 5 for tp in tps})
        thread: Any = FakeThread(aiokafka)
        thread.thread_loop = loop
        busy = threading.Event()
        release = threading.Event()

        def a_step_of_the_consumer_thread() -> None:  # e.g. fetched_records's loop body
            busy.set()
            release.wait(5)
            aiokafka.calls.append("step ends")

        loop.call_soon_threadsafe(a_step_of_the_consumer_thread)
        assert busy.wait(5)
        threading.Timer(0.2, release.set).start()
        seek_in_consumer_thread(thread, [(tp, 7) for tp in tps])
        assert aiokafka.sought == {tp: 7 for tp in tps}, "done when the call returns"
        assert aiokafka.calls == ["step ends", "seek", "seek", "seek"], "after the step, not in it"
        assert set(aiokafka.seek_threads) == {runner.ident}
    finally:
        loop.call_soon_threadsafe(loop.stop)
        runner.join(5)
        loop.close()


def test_without_a_running_consumer_loop_the_seeks_are_made_at_once() -> None:
    aiokafka = ThreadRecordingAiokafka({TopicPartition("articles", 0): 1})
    seek_in_consumer_thread(FakeThread(aiokafka), [(TopicPartition("articles", 0), 4)])
    assert aiokafka.seek_threads == [threading.get_ident()]
