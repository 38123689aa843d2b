"""A crash-test corpus with known outputs, and readers that see what a consumer of the outputs sees.

The corpus: a few thousand articles made from the golden and bundled articles, each
with its own id and a publication time two hours after the one before, so stories
open, grow and close over months as in a real stream. Every article goes to a fixed
partition of the input topic, chosen so that all articles sharing a merge key share
a partition: Kafka keeps order per partition, so every story sees its reports in one
known order whatever the worker does, and the expected outputs are those of the pure
core run over the articles in that order (what ``newsevents extract`` does).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
from kafka import KafkaConsumer, TopicPartition

from newsevents.alerts.rules import AlertRules, load_rules
from newsevents.pipeline import process_message, process_stories, story_messages
from newsevents.settings import PACKAGE_DIR, Settings
from newsevents.stories import StoryState, load_story_config
from tests.integration.worker_harness import Record, without_time

REPO = Path(__file__).resolve().parents[2]
SOURCES = [
    *sorted((REPO / "tests" / "golden" / "corpus").glob("*.jsonl")),
    *sorted((PACKAGE_DIR / "samples").glob("*.jsonl")),
]
START = datetime(2025, 1, 6, 6, 0, tzinfo=UTC)
NOW = datetime(2026, 6, 1, tzinfo=UTC)  # after every publication time: nothing is clamped


def crash_corpus(count: int) -> list[bytes]:
    """``count`` articles: the bundled ones over and over, re-identified and spread in time."""
    bases = [
        orjson.loads(line)
        for path in SOURCES
        for line in path.read_bytes().splitlines()
        if line.strip()
    ]
    lines = []
    for index in range(count):
        article = dict(bases[index % len(bases)])
        article["id"] = f"crash-{index:05d}"
        article["published_at"] = (START + timedelta(hours=2 * index)).isoformat()
        lines.append(orjson.dumps(article))
    return lines


def merge_keys(line: bytes, rules: AlertRules) -> set[str]:
    """The merge keys an article's records go to (what partitions the story stage)."""
    processed = process_message(line, now=NOW, rules=rules)
    return {message.key for message in story_messages(processed, now=NOW)}


def assign_partitions(lines: list[bytes], settings: Settings, partitions: int) -> list[int]:
    """A partition per article such that articles sharing a merge key share a partition.

    Articles linked through merge keys form components (union-find); the largest
    components go first, each to the partition with the fewest articles so far.
    """
    parent = list(range(len(lines)))

    def find(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    rules = load_rules(settings.alert_rules_path)
    first_with_key: dict[str, int] = {}
    for index, line in enumerate(lines):
        for key in merge_keys(line, rules):
            if key in first_with_key:
                parent[find(index)] = find(first_with_key[key])
            else:
                first_with_key[key] = index
    components: dict[int, list[int]] = {}
    for index in range(len(lines)):
        components.setdefault(find(index), []).append(index)
    load = [0] * partitions
    placed = [0] * len(lines)
    for members in sorted(components.values(), key=len, reverse=True):
        target = load.index(min(load))
        for index in members:
            placed[index] = target
        load[target] += len(members)
    return placed


@dataclass
class Expected:
    records: list[Record]
    states: dict[str, StoryState]


def expected_outputs(lines: Iterable[bytes], settings: Settings) -> Expected:
    """The versions, alerts (without ``created_at``) and final story states of one uninterrupted run."""
    rules = load_rules(settings.alert_rules_path)
    config = load_story_config(settings.story_rules_path)
    states: dict[str, StoryState] = {}
    records: list[Record] = []
    for line in lines:
        now = datetime.now(UTC)
        processed = process_message(line, now=now, rules=rules)
        states, out = process_stories(states, processed, now=now, config=config, rules=rules)
        records.extend(without_time(orjson.loads(r.model_dump_json())) for r in out)
    return Expected(records, states)


def _consumer(bootstrap: str, committed_only: bool) -> KafkaConsumer:
    return KafkaConsumer(
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        group_id=None,
        isolation_level="read_committed" if committed_only else "read_uncommitted",
    )


def read_all(
    bootstrap: str, topic: str, *, committed_only: bool
) -> list[tuple[int, bytes | None, bytes]]:
    """Every record of ``topic`` a reader sees, as (partition, key, value), each partition in order.

    ``committed_only`` reads as consumers of the exactly-once mode must
    (``isolation_level=read_committed``): records of aborted transactions are skipped.
    """
    consumer = _consumer(bootstrap, committed_only)
    try:
        tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        end = consumer.end_offsets(tps)  # the last stable offsets for read_committed
        out: list[tuple[int, bytes | None, bytes]] = []
        deadline = time.monotonic() + 60
        while any(consumer.position(tp) < end[tp] for tp in tps):
            assert time.monotonic() < deadline, f"could not read {topic} to its end"
            for tp, batch in consumer.poll(timeout_ms=500).items():
                out.extend((tp.partition, r.key, r.value) for r in batch)
        return out
    finally:
        consumer.close()


def next_record_offsets(bootstrap: str, topic: str) -> dict[int, int]:
    """Per partition, the offset after its last readable record (committed records only).

    In a transactional topic the end offset also counts commit markers and aborted
    records, which no consumer is given: a consumer that has processed everything has
    committed the offset after the last record, not the end offset.
    """
    consumer = _consumer(bootstrap, committed_only=True)
    try:
        tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        consumer.assign(tps)
        end = consumer.end_offsets(tps)
        out: dict[int, int] = {}
        for tp in tps:
            back = 64
            found = -1
            while found < 0 and back < 2 * end[tp] + 64:
                consumer.seek(tp, max(end[tp] - back, 0))
                deadline = time.monotonic() + 30
                while consumer.position(tp) < end[tp]:
                    assert time.monotonic() < deadline, f"could not read {tp}"
                    for batch in consumer.poll(timeout_ms=500).values():
                        found = max([found, *(r.offset for r in batch)])
                if end[tp] - back <= 0:
                    break
                back *= 4
            out[tp.partition] = found + 1
        return out
    finally:
        consumer.close()


def latest_states(bootstrap: str, settings: Settings) -> dict[str, StoryState]:
    """The story state of every merge key, as the table's changelog holds it last."""
    latest: dict[str, bytes] = {}
    for _, key, value in read_all(bootstrap, settings.topic_story_changelog, committed_only=True):
        assert key is not None
        latest[key.decode()] = value
    return {key: StoryState.from_json(value) for key, value in latest.items() if value}


def open_transactions(bootstrap: str, topics: Iterable[str]) -> dict[str, dict[int, int]]:
    """Per topic and partition, records a read_committed reader cannot reach yet (0 when idle).

    The last stable offset stops at the first record of a transaction still open:
    a dead worker's transaction left open blocks every reader until it is aborted.
    """
    committed, everything = _consumer(bootstrap, True), _consumer(bootstrap, False)
    try:
        out: dict[str, dict[int, int]] = {}
        for topic in topics:
            tps = [
                TopicPartition(topic, p)
                for p in sorted(committed.partitions_for_topic(topic) or ())
            ]
            stable, high = committed.end_offsets(tps), everything.end_offsets(tps)
            out[topic] = {tp.partition: high[tp] - stable[tp] for tp in tps}
        return out
    finally:
        committed.close()
        everything.close()
