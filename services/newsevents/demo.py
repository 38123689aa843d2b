"""``newsevents demo``: the whole service on an embedded default, end to end.

With no broker configured it starts a local single-node Apache Kafka (the
project's ``scripts/kafka-local.sh``), creates the topics, starts a worker
process, publishes the bundled sample articles (plus two malformed messages to
show the dead-letter path), prints every event, alert and dead letter as it
arrives, and shuts everything down on exit or Ctrl-C.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from newsevents.kafka.local_broker import LocalKafka
from newsevents.settings import PACKAGE_DIR, Settings

SAMPLE_FILES = ("seed-article.jsonl", "demo-articles.jsonl")
MALFORMED = (
    b'{"id": "demo-bad-json", "title": "truncated',
    b'{"id": "demo-no-body", "title": "x"}',
)
_SAMPLE = r"^{name}(?:\{{[^}}]*\}})?\s+([0-9.e+]+)$"
_PROCESSED = re.compile(_SAMPLE.format(name="newsevents_articles_processed_total"), re.M)
_STORIES_SENT = re.compile(_SAMPLE.format(name="newsevents_story_inputs_sent_total"), re.M)
_STORIES_DONE = re.compile(_SAMPLE.format(name="newsevents_story_inputs_processed_total"), re.M)


def sample_lines() -> list[bytes]:
    lines: list[bytes] = []
    for name in SAMPLE_FILES:
        for line in (PACKAGE_DIR / "samples" / name).read_bytes().splitlines():
            if line.strip():
                lines.append(line)
    return lines


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def processed_count(metrics_url: str) -> int:
    """Messages the worker has handled completely: through the story stage too; -1 if unknown."""
    try:
        with urllib.request.urlopen(metrics_url, timeout=2) as response:  # noqa: S310 - loopback URL we built
            body = response.read().decode()
    except OSError:
        return -1

    def total(pattern: re.Pattern[str]) -> int:
        return int(sum(float(v) for v in pattern.findall(body)))

    # The article agent counts its story messages before the article; the story agent
    # handles them after: an article counts once its story messages are all handled too.
    if total(_STORIES_DONE) < total(_STORIES_SENT):
        return -1
    return total(_PROCESSED)


def _story(record: dict[str, Any]) -> str:
    """A later version of a story, or one reported more than once, says so."""
    version, mentions = record.get("version", 1), record.get("mentions", 1)
    if version == 1 and mentions == 1:
        return ""
    return f"  [v{version}, {mentions} reports]"


def describe(record: dict[str, Any]) -> str:
    kind = record.get("kind")
    if kind == "diplomatic_event":
        who = ", ".join(
            f"{p['name']}"
            + (f" ({p['country_code']})" if p.get("country_code") else "")
            + ("" if p.get("attendance") == "confirmed" else f" [{p.get('attendance')}]")
            for p in record.get("participants", [])
        )
        where = (record.get("location") or {}).get("name")
        return (
            f"EVENT  {record['event_type']:<9} {record.get('mode') or '-':<12} {record['status']:<9} "
            f"{record.get('date') or record.get('date_text') or '-':<11} {where or '-':<14} {who}"
            f"{_story(record)}"
        )
    if kind == "casualty_update":

        def count(c: dict[str, Any] | None) -> str:
            if not c:
                return "-"
            return (
                ("~" if c.get("approximate") else "")
                + str(c["count"])
                + ("+" if c.get("high") is None and c.get("low") else "")
            )

        where = (record.get("location") or {}).get("name")
        return (
            f"TOLL   killed {count(record.get('killed')):<8} injured {count(record.get('injured')):<8} "
            f"{record['scope']:<11} {record.get('cause') or '-':<13} {record.get('date') or '-':<11} {where or '-'}"
            f"{_story(record)}"
        )
    if kind == "alert":
        return f"ALERT  [{record['severity']}] {record['rule']}: {record['summary']}"
    if kind == "dead_letter":
        return f"DEAD   {record['reason']}: {record['error'][:100]}"
    return f"?      {record}"


def run_demo(
    settings: Settings, *, json_output: bool = False, timeout_seconds: float = 180.0
) -> int:
    """Run the demo; returns the exit code."""
    from newsevents.kafka.clients import create_topics, publish_lines, tail

    workdir = Path(tempfile.mkdtemp(prefix="newsevents-demo-"))
    broker: LocalKafka | None = None
    worker: subprocess.Popen[bytes] | None = None
    interrupted = False
    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        bootstrap = settings.kafka_bootstrap_servers
        if not bootstrap:
            print(
                "demo: starting a local Apache Kafka broker (first run downloads it with mvn)...",
                file=sys.stderr,
            )
            broker = LocalKafka(workdir / "kafka")
            bootstrap = broker.start()
        print(f"demo: broker at {bootstrap}", file=sys.stderr)
        settings = (
            settings.on_local_broker(bootstrap)
            if broker is not None
            else settings.model_copy(update={"kafka_bootstrap_servers": bootstrap})
        )
        for name in create_topics(settings):
            print(f"demo: created topic {name}", file=sys.stderr)
        web_port = free_port()
        env = {
            **os.environ,
            "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "NEWSEVENTS_WEB_PORT": str(web_port),
            "NEWSEVENTS_WEB_HOST": "127.0.0.1",
            "NEWSEVENTS_DATA_DIR": str(workdir / "worker"),
            "NEWSEVENTS_APP_ID": os.environ.get("NEWSEVENTS_APP_ID", "newsevents"),
            "NEWSEVENTS_BROKER_SESSION_TIMEOUT_SECONDS": "10",
            "NEWSEVENTS_BROKER_HEARTBEAT_INTERVAL_SECONDS": "1",
        }
        log = (workdir / "worker.log").open("wb")
        worker = subprocess.Popen(
            [sys.executable, "-m", "newsevents", "worker"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        lines = sample_lines()
        ids = {orjson.loads(line)["id"] for line in lines}
        report = publish_lines(settings, [*lines, *MALFORMED])
        print(
            f"demo: published {report.sent} messages ({len(lines)} articles, {len(MALFORMED)} malformed); "
            f"worker log: {workdir / 'worker.log'}",
            file=sys.stderr,
        )
        metrics_url = f"http://127.0.0.1:{web_port}/metrics"
        deadline = time.monotonic() + timeout_seconds
        done_at: float | None = None

        def stop() -> bool:
            nonlocal done_at
            if worker is not None and worker.poll() is not None:
                raise RuntimeError(
                    f"the worker exited with {worker.returncode}; see {workdir / 'worker.log'}"
                )
            if time.monotonic() > deadline:
                raise TimeoutError("the demo did not finish in time")
            if done_at is None and processed_count(metrics_url) >= report.sent:
                done_at = time.monotonic()
            return done_at is not None and time.monotonic() - done_at > 1.5

        topics = [v for k, v in settings.topic_names().items() if k != "articles"]
        counts: dict[str, int] = {}
        for _, record in _only_ours(tail(settings, topics, stop=stop), ids):
            counts[record.get("kind", "?")] = counts.get(record.get("kind", "?"), 0) + 1
            if json_output:
                sys.stdout.buffer.write(orjson.dumps(record) + b"\n")
            else:
                print(describe(record))
            sys.stdout.flush()
        print(
            "demo: done — " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())),
            file=sys.stderr,
        )
        return 0
    except KeyboardInterrupt:
        interrupted = True
        print("\ndemo: interrupted, shutting down", file=sys.stderr)
        return 130
    finally:
        signal.signal(signal.SIGTERM, previous)
        if worker is not None and worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait()
        if broker is not None:
            broker.stop()
        if not interrupted:
            shutil.rmtree(workdir, ignore_errors=True)


def _only_ours(
    records: Iterator[tuple[str, dict[str, Any]]], ids: set[str]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Skip records of articles this run did not publish (an external broker may hold older ones)."""
    for topic, record in records:
        article_id = record.get("article_id")
        if article_id is None or article_id in ids or record.get("kind") == "dead_letter":
            yield topic, record
