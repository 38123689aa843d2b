"""Consumer lag of the topics the agents read, measured by each worker for the partitions it owns.

Part of the Faust shell, beside the agent: a timer in ``stream/app.py`` calls
``record_lag`` every ``LAG_INTERVAL_SECONDS`` for the articles topic and the
story-input topic. It asks the broker for the end offset of each of their
partitions assigned to this worker (a ListOffsets request, so
it stays current even when fetching has stalled) and subtracts the offset the
consumer group last committed there. Partitions revoked by a rebalance disappear
from the gauges, so each partition is reported by the one worker that owns it and
Prometheus can sum the lag across workers.

There is no Kafka exporter in the stack: these two gauges are what the
"not consuming while input grows" and "lag growing" rules read.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from newsevents.metrics import Metrics

log = logging.getLogger(__name__)

LAG_INTERVAL_SECONDS = 5.0


def partition_lag(
    end_offsets: Mapping[int, int],
    committed: Mapping[int, int | None],
    earliest: Mapping[int, int],
) -> dict[int, int]:
    """Messages after the committed offset, per partition (never negative).

    ``committed`` holds the next offset the group will read (Kafka's meaning), or
    ``None`` where the group has committed nothing yet: the group then starts from
    the earliest retained offset (``consumer_auto_offset_reset="earliest"``).
    """
    lag: dict[int, int] = {}
    for partition, end in end_offsets.items():
        start = committed.get(partition)
        if start is None:
            start = earliest.get(partition, 0)
        lag[partition] = max(end - start, 0)
    return lag


async def _topic_lag(consumer: Any, topic: str) -> tuple[dict[int, int], dict[int, int]]:
    """(lag, end offset) per partition of ``topic`` this worker owns."""
    assigned = sorted(
        (tp for tp in consumer.assignment() if tp.topic == topic), key=lambda tp: tp.partition
    )
    if not assigned:
        return {}, {}
    ends = await consumer.highwaters(*assigned)
    end_by_partition = {tp.partition: int(ends[tp]) for tp in assigned if ends.get(tp) is not None}
    # Faust's own record of what it committed (the next offset to read). Falsy values
    # mean "nothing committed yet": Faust stores a committed offset of 0 as None.
    known = {tp.partition: consumer._committed_offset.get(tp) or None for tp in assigned}
    missing = [tp for tp in assigned if known[tp.partition] is None]
    earliest = await consumer.earliest_offsets(*missing) if missing else {}
    lag = partition_lag(
        end_by_partition,
        known,
        {tp.partition: int(offset) for tp, offset in earliest.items()},
    )
    return lag, end_by_partition


async def record_lag(consumer: Any, topics: Sequence[str], metrics: Metrics) -> None:
    """Set the lag and end-offset gauges for the partitions of ``topics`` this worker owns."""
    measured = {topic: await _topic_lag(consumer, topic) for topic in topics}
    # Clear and refill with no await in between: a scrape never sees a half-written set.
    metrics.consumer_lag.clear()
    metrics.input_end_offset.clear()
    for topic, (lag, end_by_partition) in measured.items():
        for partition, value in lag.items():
            metrics.consumer_lag.labels(topic=topic, partition=str(partition)).set(value)
            metrics.input_end_offset.labels(topic=topic, partition=str(partition)).set(
                end_by_partition[partition]
            )


async def record_lag_safely(consumer: Any, topics: Sequence[str], metrics: Metrics) -> None:
    """``record_lag`` for the timer: a failed measurement is logged and the last values kept."""
    try:
        await record_lag(consumer, topics, metrics)
    # The consumer may not be started yet, be mid-rebalance or have lost the broker; the
    # next tick retries, and a timer that raised would stop the worker for a metric.
    except Exception as exc:
        log.debug("consumer lag not measured: %r", exc)
