"""Run a real ``newsevents worker`` process against the test broker and read its outputs."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from kafka import KafkaConsumer, TopicPartition
from prometheus_client.parser import text_string_to_metric_families

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

    def start(self) -> None:
        self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsevents", "worker"],
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
        text = self.scrape()
        if text is None:
            return -1
        total = 0.0
        for family in text_string_to_metric_families(text):
            if family.name == "newsevents_articles_processed":
                total += sum(s.value for s in family.samples if s.name.endswith("_total"))
        return int(total)

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


def read_topic(bootstrap: str, topic: str) -> list[tuple[bytes | None, dict[str, Any]]]:
    """Every record currently in ``topic`` (all partitions), as (key, decoded JSON)."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
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
