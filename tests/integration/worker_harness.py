"""Run real ``newsevents worker`` processes against the test broker, feed them in order, read their outputs."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import KafkaError
from prometheus_client.parser import text_string_to_metric_families

from newsevents.kafka.clients import article_key
from newsevents.kafka.connection import client_config
from newsevents.settings import Settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def isolated_settings(bootstrap: str, **overrides: Any) -> Settings:
    """Settings with topic names and group unique to one test."""
    run = uuid.uuid4().hex[:8]
    values: dict[str, Any] = {
        "kafka_bootstrap_servers": bootstrap,
        "app_id": f"it-{run}",
        "topic_articles": f"it-{run}.articles",
        "topic_diplomatic": f"it-{run}.diplomatic",
        "topic_casualties": f"it-{run}.casualties",
        "topic_alerts": f"it-{run}.alerts",
        "topic_deadletter": f"it-{run}.deadletter",
        "topic_story_inputs": f"it-{run}.story-inputs",
        "topic_partitions": 2,
        "web_port": free_port(),
        "broker_session_timeout_seconds": 6.0,
        "broker_heartbeat_interval_seconds": 1.0,
        "commit_interval_seconds": 0.5,
    }
    values.update(overrides)
    return Settings.model_validate(values)


def settings_env(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSEVENTS_")}
    for name, value in settings.model_dump(exclude_none=True).items():
        env[f"NEWSEVENTS_{name.upper()}"] = str(
            value.get_secret_value() if hasattr(value, "get_secret_value") else value
        )
    return env


@dataclass
class WorkerProcess:
    settings: Settings
    log_path: Path
    process: subprocess.Popen[bytes] | None = None
    _log: Any = field(default=None, repr=False)
    command: Sequence[str] = ("-m", "newsevents", "worker")

    def start(self) -> None:
        self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, *self.command],
            env=settings_env(self.settings),
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int:
        assert self.process is not None
        if self.process.poll() is None:
            os.killpg(self.process.pid, sig)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self._log.close()
        return self.process.returncode

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.web_port}/metrics"

    def scrape(self) -> str | None:
        try:
            with urllib.request.urlopen(self.metrics_url, timeout=2) as response:  # noqa: S310
                return str(response.read().decode())
        except OSError:
            return None

    def samples(self) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
        """Every metric sample as {(name, sorted labels): value}, read with the real parser."""
        text = self.scrape()
        assert text is not None, "metrics endpoint unreachable"
        out: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
        return out

    def processed(self) -> int:
        return self.counter("newsevents_articles_processed")

    def counter(self, family_name: str) -> int:
        """The sum of a counter over its labels (its family name, without ``_total``); -1 if unreachable."""
        text = self.scrape()
        if text is None:
            return -1
        total = 0.0
        for family in text_string_to_metric_families(text):
            if family.name == family_name:
                total += sum(s.value for s in family.samples if s.name.endswith("_total"))
        return int(total)

    def owned_partitions(self, topic: str) -> set[int]:
        """The partitions of ``topic`` this worker reports lag for (the ones it owns)."""
        text = self.scrape()
        if text is None:
            return set()
        return {
            int(sample.labels["partition"])
            for family in text_string_to_metric_families(text)
            if family.name == "newsevents_consumer_lag_messages"
            for sample in family.samples
            if sample.labels.get("topic") == topic
        }

    def wait_owns(self, topic: str, count: int | None = None, timeout: float = 90.0) -> set[int]:
        """Until this worker reports lag for ``count`` partitions of ``topic`` (any, if None).

        The lag gauges are set every 5 s for the partitions the worker was assigned, so
        this says the worker has joined its group, recovered its tables and is reading.
        """
        deadline = time.monotonic() + timeout
        owned: set[int] = set()
        while time.monotonic() < deadline:
            self.check_alive()
            owned = self.owned_partitions(topic)
            if owned and (count is None or len(owned) == count):
                return owned
            time.sleep(0.2)
        raise AssertionError(f"owns {owned} of {topic}, wanted {count}\n{self.log_tail()}")

    def check_alive(self) -> None:
        assert self.process is not None
        assert self.process.poll() is None, self.log_tail()

    def wait_processed(self, count: int, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            assert self.process.poll() is None, self.log_tail()
            if self.processed() >= count:
                return
            time.sleep(0.2)
        raise AssertionError(f"worker processed {self.processed()} of {count}\n{self.log_tail()}")

    def log_tail(self) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-40:])
        except OSError:
            return ""


def read_topic(broker: str | Settings, topic: str) -> list[tuple[bytes | None, dict[str, Any]]]:
    """Every record currently in ``topic`` (all partitions), as (key, decoded JSON).

    ``broker`` is a PLAINTEXT bootstrap address, or settings (with their security).
    """
    connection = (
        client_config(broker) if isinstance(broker, Settings) else {"bootstrap_servers": broker}
    )
    consumer = KafkaConsumer(enable_auto_commit=False, group_id=None, **connection)
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        end = consumer.end_offsets(tps)
        out: list[tuple[bytes | None, dict[str, Any]]] = []
        deadline = time.monotonic() + 30
        while any(consumer.position(tp) < end[tp] for tp in tps):
            assert time.monotonic() < deadline, f"could not read {topic} to its end"
            for records in consumer.poll(timeout_ms=500).values():
                out.extend((r.key, orjson.loads(r.value)) for r in records)
        return out
    finally:
        consumer.close()


class GroupProgress:
    """What the workers' consumer group has committed, read from the broker (whichever worker did it).

    Faust commits an offset only after the agent has moved past the message, and the
    agents move on only when the broker has acknowledged every output: a committed
    article is in the story-input topic, a committed story message is in the output
    topics and its state in the changelog.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        connection = client_config(settings)  # the settings' security too
        self.admin = KafkaAdminClient(**connection)
        self.consumer = KafkaConsumer(group_id=None, **connection)
        self.producer = KafkaProducer(acks="all", **connection)

    def close(self) -> None:
        self.producer.close()
        self.consumer.close()
        self.admin.close()

    def committed(self, topic: str) -> dict[int, int]:
        group = self.settings.app_id
        try:
            offsets = self.admin.list_group_offsets({group: None}).get(group, {})
        except KafkaError as exc:
            if not exc.retriable:  # e.g. no coordinator yet for a group that never committed
                raise
            return {}
        return {
            tp.partition: meta.offset
            for tp, meta in offsets.items()
            if tp.topic == topic and meta.offset >= 0
        }

    def ends(self, topic: str) -> dict[int, int]:
        partitions = self.consumer.partitions_for_topic(topic) or set()
        ends = self.consumer.end_offsets([TopicPartition(topic, p) for p in partitions])
        return {tp.partition: offset for tp, offset in ends.items()}

    def wait_committed(
        self,
        topic: str,
        targets: Mapping[int, int],
        workers: Sequence[WorkerProcess],
        timeout: float = 90.0,
    ) -> None:
        """Until the group has committed at least ``targets`` (partition → next offset) on ``topic``."""
        deadline = time.monotonic() + timeout
        while True:
            for worker in workers:
                worker.check_alive()
            committed = self.committed(topic)
            if all(committed.get(p, 0) >= offset for p, offset in targets.items()):
                return
            if time.monotonic() > deadline:
                logs = "\n".join(worker.log_tail() for worker in workers)
                raise AssertionError(f"{topic}: committed {committed}, wanted {targets}\n{logs}")
            time.sleep(0.05)

    def wait_caught_up(self, workers: Sequence[WorkerProcess], timeout: float = 90.0) -> None:
        """Until every article and then every story message so far is committed: the stream is idle."""
        self.wait_committed(
            self.settings.topic_articles, self.ends(self.settings.topic_articles), workers, timeout
        )
        topic = self.settings.topic_story_inputs
        self.wait_committed(topic, self.ends(topic), workers, timeout)

    def publish_in_order(
        self, lines: Sequence[bytes], workers: Sequence[WorkerProcess]
    ) -> list[int]:
        """Publish one line at a time, each once the group has committed the one before.

        Kafka orders only within a partition, and articles are keyed by their id: this
        makes the order the workers read them in the order of ``lines``, whichever
        partition and worker each lands on, so the stream sees the input
        ``newsevents extract`` sees. Returns the partition of each line.
        """
        partitions: list[int] = []
        for line in lines:
            sent = self.producer.send(
                self.settings.topic_articles, key=article_key(line), value=line
            ).get(timeout=30)
            partitions.append(sent.partition)
            self.wait_committed(
                self.settings.topic_articles, {sent.partition: sent.offset + 1}, workers
            )
        return partitions


def wait_ready(
    url: str,
    process: subprocess.Popen[bytes],
    timeout: float,
    log_tail: Callable[[], str],
    name: str,
) -> None:
    """Poll ``url`` until it answers 200; fail with the server's log if it dies or times out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, log_tail()
        try:
            with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{name} not ready in {timeout} s\n{log_tail()}")


Record = dict[str, Any]


def without_time(record: Record) -> Record:
    """An output record without ``created_at``, the one field the wall clock stamps (alerts)."""
    return {k: v for k, v in record.items() if k != "created_at"}


def identity(record: Record) -> str:
    """The id a record is keyed by in its topic: an event's ``event_id``, an alert's ``alert_id``."""
    return str(record.get("event_id") or record["alert_id"])


def record_key(record: Record) -> tuple[Any, ...]:
    """A version by (event_id, version); an alert record by id, status, severity and summary (it names the version)."""
    if "event_id" in record:
        return (record["event_id"], record["version"])
    return (record["alert_id"], record["status"], record["severity"], record["summary"])


def by_identity(records: Sequence[Record]) -> dict[str, list[Record]]:
    """Each event's versions and each alert's records, in order."""
    out: dict[str, list[Record]] = {}
    for record in records:
        out.setdefault(identity(record), []).append(record)
    return out


def without_replays(records: Sequence[Record]) -> tuple[list[Record], int]:
    """The records with at-least-once repeats left out, and how many there were.

    The rule: a repeat has the ``record_key`` of a record before it and is identical
    to it (alerts: but for ``created_at``); anything else fails.
    """
    seen: dict[tuple[Any, ...], Record] = {}
    kept: list[Record] = []
    for record in records:
        key = record_key(record)
        if key in seen:
            assert record == seen[key], f"a repeat of {key} differs from the first"
            continue
        seen[key] = record
        kept.append(record)
    return kept, len(records) - len(kept)


def wait_split(workers: Sequence[WorkerProcess], topic: str, timeout: float = 90.0) -> None:
    """Until each worker owns one input partition (the group has settled after both joined)."""
    deadline = time.monotonic() + timeout
    owned: list[set[int]] = []
    while time.monotonic() < deadline:
        for worker in workers:
            worker.check_alive()
        owned = [worker.owned_partitions(topic) for worker in workers]
        if all(len(p) == 1 for p in owned) and owned[0] != owned[1]:
            return
        time.sleep(0.5)
    raise AssertionError(f"the input partitions were not split between the workers: {owned}")
