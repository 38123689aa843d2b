"""Consumer lag per input partition, from end offsets and the group's committed offsets."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any, NamedTuple

from prometheus_client import CollectorRegistry

from newsevents.metrics import Metrics
from newsevents.stream.lag import partition_lag, record_lag, record_lag_safely


class TP(NamedTuple):
    topic: str
    partition: int


class FakeConsumer:
    """The part of Faust's consumer that the lag timer reads."""

    def __init__(self, assigned: set[TP], ends: dict[TP, int], committed: dict[TP, int]) -> None:
        self.assigned = assigned
        self.ends = ends
        self._committed_offset: defaultdict[TP, int | None] = defaultdict(lambda: None)
        self._committed_offset.update(committed)
        self.earliest_asked: list[TP] = []

    def assignment(self) -> set[TP]:
        return self.assigned

    async def highwaters(self, *tps: TP) -> dict[TP, int]:
        return {tp: self.ends[tp] for tp in tps}

    async def earliest_offsets(self, *tps: TP) -> dict[TP, int]:
        self.earliest_asked.extend(tps)
        return {tp: 5 for tp in tps}


def _gauge(metrics: Metrics, name: str) -> dict[str, float]:
    gauge = getattr(metrics, name)
    return {
        sample.labels["partition"]: sample.value
        for family in gauge.collect()
        for sample in family.samples
    }


def test_partition_lag_counts_messages_after_the_committed_offset() -> None:
    """Lag is end minus committed; with nothing committed the group starts at the earliest offset; never negative."""
    assert partition_lag({0: 10, 1: 7, 2: 3}, {0: 4, 1: None, 2: 9}, {1: 2}) == {0: 6, 1: 5, 2: 0}
    assert partition_lag({0: 10}, {}, {}) == {0: 10}


def test_record_lag_reports_only_owned_partitions_of_the_input_topic() -> None:
    """Partitions of other topics are ignored, revoked partitions disappear, and uncommitted ones use the earliest offset."""
    metrics = Metrics.create(CollectorRegistry(), "test")
    a0, a1, other = TP("articles", 0), TP("articles", 1), TP("other", 0)
    consumer = FakeConsumer({a0, a1, other}, {a0: 100, a1: 50, other: 1000}, {a0: 90, other: 1})
    asyncio.run(record_lag(consumer, ["articles"], metrics))
    assert _gauge(metrics, "consumer_lag") == {"0": 10, "1": 45}
    assert _gauge(metrics, "input_end_offset") == {"0": 100, "1": 50}
    assert consumer.earliest_asked == [a1]

    consumer.assigned = {a1}  # a rebalance took partition 0 away
    asyncio.run(record_lag(consumer, ["articles"], metrics))
    assert _gauge(metrics, "consumer_lag") == {"1": 45}


def test_a_failed_measurement_keeps_the_last_values() -> None:
    """When the consumer cannot answer (not started, broker gone), the timer logs and the gauges stay as they were."""
    metrics = Metrics.create(CollectorRegistry(), "test")
    a0 = TP("articles", 0)
    consumer: Any = FakeConsumer({a0}, {a0: 10}, {a0: 4})
    asyncio.run(record_lag_safely(consumer, ["articles"], metrics))

    async def broken(*tps: TP) -> dict[TP, int]:
        raise RuntimeError("Consumer thread not yet started")

    consumer.highwaters = broken
    asyncio.run(record_lag_safely(consumer, ["articles"], metrics))
    assert _gauge(metrics, "consumer_lag") == {"0": 6}


def test_record_lag_reports_each_topic_the_agents_read() -> None:
    """The articles and story-input topics each get their partitions' lag, labelled by topic."""
    metrics = Metrics.create(CollectorRegistry(), "test")
    a0, s0, s1 = TP("articles", 0), TP("stories", 0), TP("stories", 1)
    consumer = FakeConsumer({a0, s0, s1}, {a0: 10, s0: 70, s1: 30}, {a0: 4, s0: 20, s1: 30})
    asyncio.run(record_lag(consumer, ["articles", "stories"], metrics))
    lag = {
        (sample.labels["topic"], sample.labels["partition"]): sample.value
        for family in metrics.consumer_lag.collect()
        for sample in family.samples
    }
    assert lag == {("articles", "0"): 6, ("stories", "0"): 50, ("stories", "1"): 0}
