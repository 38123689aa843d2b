"""Nothing lost, nothing doubled: workers killed with SIGKILL mid-stream, in both delivery modes, on the real broker.

A few thousand articles with known outputs (``delivery_harness``) are published at
once; a worker is killed at random points while it processes them and a new one is
started each time. When the input is drained the output topics must hold, in
``exactly_once`` mode read with ``read_committed``, every expected record exactly
once; in ``at_least_once`` mode every expected record at least once, and a repeat
only as an identical copy of a record with the same identity. The story table
recovered from its changelog must end as the uninterrupted run ends.
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson
import pytest

from newsevents.kafka.clients import create_topics
from newsevents.settings import Settings
from tests.integration.delivery_harness import (
    Record,
    assign_partitions,
    crash_corpus,
    expected_outputs,
    latest_states,
    next_record_offsets,
    open_transactions,
    read_all,
    without_time,
)
from tests.integration.worker_harness import GroupProgress, WorkerProcess, isolated_settings

pytestmark = pytest.mark.integration

OUTPUT_ROLES = ("diplomatic", "casualties", "alerts")
ARTICLES = int(os.environ.get("NEWSEVENTS_CRASH_ARTICLES", "2000"))
KILLS = int(os.environ.get("NEWSEVENTS_CRASH_KILLS", "3"))


def identity(record: Record) -> tuple[Any, ...]:
    """A version by (event_id, version); an alert record by id, status, severity and summary (it names the version)."""
    if "event_id" in record:
        return (record["event_id"], record["version"])
    return (record["alert_id"], record["status"], record["severity"], record["summary"])


def outputs(bootstrap: str, settings: Settings, committed_only: bool) -> list[Record]:
    topics = settings.topic_names()
    records = []
    for role in OUTPUT_ROLES:
        for _, key, value in read_all(bootstrap, topics[role], committed_only=committed_only):
            record = orjson.loads(value)
            assert key == str(record.get("event_id") or record["alert_id"]).encode()
            records.append(without_time(record))
    return records


def per_story(records: Sequence[Record]) -> dict[str, list[Record]]:
    """Each event's versions and each alert's records, in topic order (Kafka's order)."""
    out: dict[str, list[Record]] = {}
    for record in records:
        out.setdefault(str(record.get("event_id") or record["alert_id"]), []).append(record)
    return out


@pytest.fixture
def progress_of() -> Iterator[Any]:
    opened: list[GroupProgress] = []

    def make(settings: Settings) -> GroupProgress:
        opened.append(GroupProgress(settings))
        return opened[-1]

    yield make
    for progress in opened:
        progress.close()


def publish_to_partitions(
    progress: GroupProgress, lines: Sequence[bytes], partitions: Sequence[int]
) -> dict[int, int]:
    """Publish every line to its partition, in order; return the end offset per partition."""
    producer = progress.producer
    topic = progress.settings.topic_articles
    for line, partition in zip(lines, partitions, strict=True):
        producer.send(topic, key=orjson.loads(line)["id"].encode(), value=line, partition=partition)
    producer.flush(timeout=60)
    return progress.ends(topic)


def wait_drained(
    bootstrap: str, progress: GroupProgress, workers: Sequence[WorkerProcess], timeout: float
) -> None:
    """Until the group has committed past every article and every story message, and no transaction is open."""
    settings = progress.settings
    progress.wait_committed(
        settings.topic_articles, progress.ends(settings.topic_articles), workers, timeout
    )
    topics = [settings.topic_story_inputs, *settings.topic_names().values()]
    deadline = time.monotonic() + timeout
    while True:
        pending = open_transactions(bootstrap, topics)
        if not any(any(partitions.values()) for partitions in pending.values()):
            break
        for worker in workers:
            worker.check_alive()
        assert time.monotonic() < deadline, f"transactions still open: {pending}"
        time.sleep(0.2)
    # every story message is out once every article is committed (they commit together,
    # or the story messages first)
    story_ends = next_record_offsets(bootstrap, settings.topic_story_inputs)
    progress.wait_committed(settings.topic_story_inputs, story_ends, workers, timeout)


def processed_articles(progress: GroupProgress) -> int:
    return sum(progress.committed(progress.settings.topic_articles).values())


@pytest.mark.parametrize("mode", ["exactly_once", "at_least_once"])
def test_workers_killed_mid_stream_lose_nothing_and_double_nothing(
    mode: str, kafka_bootstrap: str, tmp_path: Path, progress_of: Any
) -> None:
    """Killed three times with SIGKILL while processing thousands of articles, restarted each time: exactly_once gives every expected record exactly once; at_least_once every one at least once, repeats only identical; the changelog ends with the states of an uninterrupted run."""
    settings = isolated_settings(kafka_bootstrap, delivery_mode=mode, commit_interval_seconds=0.5)
    create_topics(settings)
    lines = crash_corpus(ARTICLES)
    partitions = assign_partitions(lines, settings, settings.topic_partitions)
    ordered = [
        line
        for p in range(settings.topic_partitions)
        for line, q in zip(lines, partitions, strict=True)
        if q == p
    ]
    expected = expected_outputs(ordered, settings)
    assert len(expected.records) > ARTICLES, "the corpus must give many versions and alerts"

    progress = progress_of(settings)
    rng = random.Random(f"{mode}-{ARTICLES}")  # noqa: S311 - reproducible kill points
    kill_points = sorted(rng.uniform(0.1, 0.85) * ARTICLES for _ in range(KILLS))
    workers: list[WorkerProcess] = []

    def start() -> WorkerProcess:
        worker = WorkerProcess(settings, tmp_path / f"worker-{len(workers)}.log")
        worker.start()
        workers.append(worker)
        return worker

    worker = start()
    kills = 0
    try:
        publish_to_partitions(progress, lines, partitions)
        for point in kill_points:
            deadline = time.monotonic() + 300
            while processed_articles(progress) < point:
                worker.check_alive()
                assert time.monotonic() < deadline, worker.log_tail()
                time.sleep(0.05)
            time.sleep(rng.uniform(0.0, 0.5))  # somewhere mid-message, mid-commit or mid-send
            worker.stop(signal.SIGKILL)
            kills += 1
            worker = start()
        wait_drained(kafka_bootstrap, progress, [worker], timeout=600)
    finally:
        worker.stop()

    got = outputs(kafka_bootstrap, settings, committed_only=mode == "exactly_once")
    counts = Counter(identity(record) for record in got)
    wanted = {identity(record) for record in expected.records}
    lost = wanted - set(counts)
    extra = set(counts) - wanted
    duplicated = sum(n - 1 for n in counts.values())
    print(
        f"\ncrash test {mode}: {ARTICLES} articles, {kills} kills, {len(expected.records)} expected"
        f" records, {len(got)} read, lost {len(lost)}, unexpected {len(extra)},"
        f" duplicated {duplicated}"
    )
    assert kills == KILLS
    assert not lost, f"lost {len(lost)}: {sorted(lost)[:5]}"
    assert not extra, f"unexpected {len(extra)}: {sorted(extra)[:5]}"
    first: dict[tuple[Any, ...], Record] = {}
    unique: list[Record] = []
    for record in got:
        key = identity(record)
        if key in first:
            assert record == first[key], f"a repeat of {key} differs from the first"
        else:
            first[key] = record
            unique.append(record)
    assert per_story(unique) == per_story(expected.records), "same versions, in the same order"
    if mode == "exactly_once":
        assert duplicated == 0, f"{duplicated} records read twice"
    assert latest_states(kafka_bootstrap, settings) == expected.states
