"""``newsevents bench``: throughput, latency and cost of one worker, end to end through Kafka.

Starts the local broker (unless ``KAFKA_BOOTSTRAP_SERVERS`` is set), then, one after the
other, for the pass-through worker (``stream/passthrough.py``: decode and re-encode, the
transport's ceiling) and for the real worker: creates topics of its own, starts ONE
``newsevents worker`` process, warms it up on 20 articles, and measures two runs:

1. **backlog**: the worker is frozen (SIGSTOP) while N generated ~4 KB articles
   (``bench.generate_corpus``) are published, then thawed: articles/s from the thaw to
   the last output is its sustained rate, free of the producer's own speed; CPU per
   1,000 articles.
2. **paced**: articles published at half that rate (or ``--rate``) for about
   ``--latency-seconds``: the latency of a worker that keeps up.

Latency: the bench stamps every input record itself (the ``CreateTime`` it passes to
``send``, kept per article id); the output topics are created with
``message.timestamp.type=LogAppendTime``, so each output's timestamp is the moment the
broker appended it. An article's latency is its last output's append time minus its send
time (one host, one clock, millisecond resolution). An article with no output (no event,
or a report that changed no story) counts for throughput but gives no latency sample. A run
is over when the worker's consumer group has committed every article and every story
message. Worker CPU is utime + stime from ``/proc/<pid>/stat`` around each run, peak RSS
is ``VmHWM`` from ``/proc/<pid>/status``. The arithmetic lives in ``bench_measure.py``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import orjson

from newsevents.bench import generate_corpus
from newsevents.bench_measure import (
    ArticleTimings,
    BatchTotals,
    LatencySummary,
    RunResult,
    article_timings,
    batch_totals,
    cpu_seconds_from_stat,
    describe_batches,
    peak_rss_bytes_from_status,
    process_group_from_stat,
)
from newsevents.kafka.local_broker import LocalKafka
from newsevents.settings import Settings
from newsevents.stream.passthrough import passthrough_topic

WARMUP_ARTICLES = 20
_WORKER_START_TIMEOUT_S = 120.0
_LOG_APPEND_TIME = 1  # Kafka's timestamp type of a record stamped by the broker


@dataclass(frozen=True)
class BenchOptions:
    articles: int = 2000
    size: int = 4096
    rate: float | None = None  # paced run, articles/s; None = half the sustained rate
    latency_seconds: float = 60.0
    profile: Path | None = None  # cProfile of the extraction worker, written on its exit


@dataclass(frozen=True)
class _TopicSpec:
    name: str
    num_partitions: int
    replication_factor: int
    topic_configs: dict[str, str] = field(default_factory=dict)


@dataclass
class _Worker:
    """One ``newsevents worker`` process and the topics it owns."""

    name: str
    settings: Settings
    topics: list[_TopicSpec]  # every topic the worker uses, created by the bench
    output_topics: list[str]
    later_stages: list[str]  # topics the worker consumes after the articles (story inputs)
    article_id_of: Callable[[bytes | None, bytes], str | None]
    extra_args: list[str]
    log_path: Path
    process: subprocess.Popen[bytes] | None = None
    _log: IO[bytes] | None = field(default=None, repr=False)

    def start(self) -> None:
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsevents", "worker", *self.extra_args],
            env=_worker_env(self.settings),
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def check_alive(self) -> None:
        assert self.process is not None
        if self.process.poll() is not None:
            raise RuntimeError(
                f"the {self.name} worker exited with {self.process.returncode}; "
                f"log {self.log_path}:\n{_tail(self.log_path)}"
            )

    def processes(self) -> list[Path]:
        """``/proc/<pid>`` of the worker and of the processes it started (its extraction pool)."""
        return process_group(self.pid)

    def cpu_seconds(self) -> float:
        """CPU seconds of the worker's processes (an extraction pool's included)."""
        total = 0.0
        for proc in self.processes():
            try:
                total += cpu_seconds_from_stat(
                    (proc / "stat").read_text(), os.sysconf("SC_CLK_TCK")
                )
            except OSError:
                continue
        return total

    def peak_rss_bytes(self) -> int:
        """The sum of the peak RSS of the worker's processes."""
        total = 0
        for proc in self.processes():
            try:
                total += peak_rss_bytes_from_status((proc / "status").read_text())
            except OSError:
                continue
        return total

    def freeze(self) -> None:
        """Stop the worker process (SIGSTOP) so that a backlog builds; its CPU clock stops too.

        Publishing takes well under the session timeout (30 s), so the group keeps it.
        """
        os.killpg(self.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        os.killpg(self.pid, signal.SIGCONT)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        if self._log is not None:
            self._log.close()


def _batch_totals(port: int) -> BatchTotals:
    """The worker's batch-size totals so far (none for the pass-through worker: no metrics)."""
    from urllib.request import urlopen

    try:
        with urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            return batch_totals(response.read().decode())
    except OSError:
        return {}


def process_group(leader: int) -> list[Path]:
    """``/proc/<pid>`` of every process in the process group ``leader`` leads (a worker started
    with ``start_new_session`` leads one, holding it and its extraction pool)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if process_group_from_stat((entry / "stat").read_text()) == leader:
                found.append(entry)
        except (OSError, ValueError):
            continue  # gone meanwhile
    return found


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _worker_env(settings: Settings) -> dict[str, str]:
    """The environment that gives a worker process exactly these settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSEVENTS_")}
    env.pop("KAFKA_BOOTSTRAP_SERVERS", None)
    for name, value in settings.model_dump(exclude_none=True).items():
        secret = getattr(value, "get_secret_value", None)
        env[f"NEWSEVENTS_{name.upper()}"] = str(secret() if secret else value)
    return env


def _isolated(settings: Settings, run: str, workdir: Path) -> Settings:
    """Settings with topics, group and state of this bench run only."""
    return settings.model_copy(
        update={
            "app_id": f"bench-{run}",
            "topic_articles": f"bench-{run}.articles",
            "topic_diplomatic": f"bench-{run}.diplomatic",
            "topic_casualties": f"bench-{run}.casualties",
            "topic_alerts": f"bench-{run}.alerts",
            "topic_deadletter": f"bench-{run}.deadletter",
            "topic_story_inputs": f"bench-{run}.story-inputs",
            "web_port": _free_port(),
            "web_host": "127.0.0.1",
            "data_dir": workdir / f"worker-{run}",
            # the default session timeout (30 s) outlasts a frozen worker (see _Worker.freeze)
            "broker_session_timeout_seconds": 30.0,
        }
    )


def _record_article_id(key: bytes | None, value: bytes) -> str | None:
    article_id = orjson.loads(value).get("article_id")
    return article_id if isinstance(article_id, str) else None


def _key_article_id(key: bytes | None, value: bytes) -> str | None:
    return key.decode() if key else None


class _Kafka:
    """The bench's own clients: admin, producer, output reader (kafka-python)."""

    def __init__(self, settings: Settings) -> None:
        from kafka import KafkaAdminClient, KafkaConsumer

        from newsevents.kafka.connection import client_config as kafka_config

        self.settings = settings
        self.config = kafka_config(settings)
        self.admin = KafkaAdminClient(client_id="newsevents-bench", **self.config)
        self.offsets = KafkaConsumer(enable_auto_commit=False, group_id=None, **self.config)

    def close(self) -> None:
        self.offsets.close()
        self.admin.close()

    def create_topics(self, topics: list[_TopicSpec], stamped_by_broker: list[str]) -> None:
        """Create ``topics``; those in ``stamped_by_broker`` get the broker's append time."""
        spec: dict[str, dict[str, Any]] = {}
        for topic in topics:
            configs = dict(topic.topic_configs)
            if topic.name in stamped_by_broker:
                configs["message.timestamp.type"] = "LogAppendTime"
            spec[topic.name] = {
                "num_partitions": topic.num_partitions,
                "replication_factor": topic.replication_factor,
                "configs": configs,
            }
        self.admin.create_topics(spec, wait_for_metadata=True)

    def forget(self, topics: list[str], groups: list[str]) -> None:
        """Delete the bench's topics and consumer groups (from a broker that is not ours)."""
        from kafka.errors import KafkaError

        try:
            self.admin.delete_topics(topics, raise_errors=False)
            self.admin.delete_groups(groups)
        except KafkaError:
            pass  # best effort: the names are unique to the run

    def committed(self, group: str, topic: str) -> int:
        """Messages of ``topic`` the group has committed (offsets start at 0 on fresh topics)."""
        from kafka.errors import KafkaError

        try:
            offsets = self.admin.list_group_offsets({group: None}).get(group, {})
        except KafkaError:  # the group or its coordinator does not exist yet
            return 0
        return sum(
            meta.offset for tp, meta in offsets.items() if tp.topic == topic and meta.offset > 0
        )

    def end_offset(self, topic: str, partitions: int) -> int:
        """Messages in ``topic`` so far (offsets start at 0 on fresh topics)."""
        from kafka import TopicPartition

        tps = [TopicPartition(topic, p) for p in range(partitions)]
        return sum(self.offsets.end_offsets(tps).values())

    def publish(
        self, topic: str, articles: list[dict[str, Any]], rate: float | None, linger_ms: int
    ) -> dict[str, int]:
        """Send the articles (see ``_publish``), wait for the broker, return the send times."""
        return asyncio.run(self._publish(topic, articles, rate, linger_ms))

    async def _publish(
        self, topic: str, articles: list[dict[str, Any]], rate: float | None, linger_ms: int
    ) -> dict[str, int]:
        # aiokafka, not kafka-python: a tenth of the CPU per message, so the bench's own
        # producer neither limits the pass-through worker nor takes its core
        from aiokafka import AIOKafkaProducer

        producer = AIOKafkaProducer(
            acks="all",
            linger_ms=linger_ms,
            max_request_size=max(self.settings.max_message_bytes * 2, 1_048_576),
            **self.config,
        )
        await producer.start()
        try:
            return await _publish(producer, topic, articles, rate)
        finally:
            await producer.stop()  # sends what is left and waits for the acknowledgements

    @contextmanager
    def reader(self, topics: list[str], partitions: int) -> Iterator[_OutputReader]:
        from kafka import KafkaConsumer, TopicPartition

        consumer = KafkaConsumer(enable_auto_commit=False, group_id=None, **self.config)
        tps = [TopicPartition(t, p) for t in topics for p in range(partitions)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        try:
            yield _OutputReader(consumer, tps)
        finally:
            consumer.close()


@dataclass
class _OutputReader:
    consumer: Any
    partitions: list[Any]
    timestamp_types: set[int] = field(default_factory=set)

    def read_new(
        self, article_id_of: Callable[[bytes | None, bytes], str | None]
    ) -> Iterator[tuple[str | None, int]]:
        """(article id, timestamp ms) of every record appended since the last call."""
        end = self.consumer.end_offsets(self.partitions)
        deadline = time.monotonic() + 60
        while any(self.consumer.position(tp) < end[tp] for tp in self.partitions):
            if time.monotonic() > deadline:
                raise TimeoutError("could not read the output topics to their end")
            for records in self.consumer.poll(timeout_ms=500, max_records=5000).values():
                for record in records:
                    self.timestamp_types.add(record.timestamp_type)
                    yield article_id_of(record.key, record.value), record.timestamp


def _articles(count: int, size: int, seed: int, prefix: str) -> list[dict[str, Any]]:
    """Generated articles as JSON-ready dicts with fresh ids (``published_at`` set at send)."""
    return [
        {**article.model_dump(mode="json", exclude_none=True), "id": f"{prefix}-{index:06d}"}
        for index, article in enumerate(generate_corpus(count, size, seed=seed))
    ]


async def _publish(
    producer: Any, topic: str, articles: list[dict[str, Any]], rate: float | None
) -> dict[str, int]:
    """Send each article (``published_at`` = now) and return its send timestamp (epoch ms).

    With ``rate`` the sends are spaced 1/rate apart on a fixed schedule, so a slow send
    does not lower the average rate. The timestamp is the record's ``CreateTime``.
    """
    sent: dict[str, int] = {}
    start = time.monotonic()
    for index, article in enumerate(articles):
        if rate is not None:
            wait = start + index / rate - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
        now = time.time()
        published_at = datetime.fromtimestamp(now, UTC).isoformat()
        value = orjson.dumps({**article, "published_at": published_at})
        now_ms = int(now * 1000)
        await producer.send(topic, value, key=article["id"].encode(), timestamp_ms=now_ms)
        sent[article["id"]] = now_ms
    return sent


def _wait_done(
    kafka: _Kafka, worker: _Worker, articles: int, timeout_s: float, say: Callable[[str], None]
) -> None:
    """Wait until the worker has committed ``articles`` articles and everything after them.

    An article's offset is committed only once its outputs (story messages included) are
    acknowledged, so when the articles are committed the later stages' topics hold all
    they will get for them: then those are waited for, up to their end offsets.
    """
    deadline = time.monotonic() + timeout_s
    last_report = time.monotonic()
    group = worker.settings.app_id
    partitions = worker.settings.topic_partitions
    for topic in [worker.settings.topic_articles, *worker.later_stages]:
        total = articles if topic == worker.settings.topic_articles else None
        while True:
            worker.check_alive()
            if total is None:
                total = kafka.end_offset(topic, partitions)
            done = kafka.committed(group, topic)
            if done >= total:
                break
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"the {worker.name} worker committed {done} of {total} messages"
                    f" of {topic} in {timeout_s:.0f}s"
                )
            if time.monotonic() - last_report > 10:
                say(f"  … {worker.name}: {done} of {total} messages of {topic} committed")
                last_report = time.monotonic()
            time.sleep(0.25)


def _measure_worker(
    kafka: _Kafka,
    worker: _Worker,
    options: BenchOptions,
    say: Callable[[str], None],
    run: str,
) -> list[RunResult]:
    settings = worker.settings
    partitions = settings.topic_partitions
    kafka.create_topics(worker.topics, worker.output_topics)
    worker.start()
    results: list[RunResult] = []
    with kafka.reader(worker.output_topics, partitions) as reader:
        say(f"bench: {worker.name} worker started (pid {worker.pid}); warming up")
        published = 0
        warmup = _articles(WARMUP_ARTICLES, options.size, 9, f"{run}-warmup")
        kafka.publish(settings.topic_articles, warmup, None, linger_ms=0)
        published += WARMUP_ARTICLES
        _wait_done(kafka, worker, published, _WORKER_START_TIMEOUT_S, say)
        list(reader.read_new(worker.article_id_of))

        def measure(articles: list[dict[str, Any]], rate: float | None, mode: str) -> RunResult:
            """Publish and wait; without ``rate`` the worker is frozen meanwhile (a backlog)."""
            nonlocal published
            cpu_before = worker.cpu_seconds()
            batches_before = _batch_totals(settings.web_port)
            if rate is None:
                worker.freeze()
            try:
                linger_ms = 20 if rate is None else 0
                sent = kafka.publish(settings.topic_articles, articles, rate, linger_ms)
            finally:
                if rate is None:
                    worker.thaw()
            start_ms = int(time.time() * 1000) if rate is None else min(sent.values())
            published += len(articles)
            timeout = 60 + len(articles) / 10
            _wait_done(kafka, worker, published, timeout, say)
            cpu = worker.cpu_seconds() - cpu_before
            batches = describe_batches(batches_before, _batch_totals(settings.web_port))
            if batches:
                say(batches)
            timings: ArticleTimings = article_timings(sent, reader.read_new(worker.article_id_of))
            if not timings.done_ms:
                raise RuntimeError(f"the {worker.name} worker published no output for the articles")
            return RunResult(
                worker=worker.name,
                mode=mode,
                articles=len(articles),
                articles_per_second=timings.articles_per_second(start_ms),
                latency=None if rate is None else LatencySummary.of(timings.latencies_ms()),
                without_output=timings.without_output,
                cpu_seconds_per_1000=cpu / len(articles) * 1000,
                peak_rss_bytes=worker.peak_rss_bytes(),
            )

        say(f"bench: {worker.name}: a backlog of {options.articles} articles")
        backlog = measure(
            _articles(options.articles, options.size, 7, f"{run}-backlog"), None, "backlog"
        )
        results.append(backlog)
        say(_describe(backlog))
        rate = options.rate or backlog.articles_per_second / 2
        count = min(options.articles, max(100, round(rate * options.latency_seconds)))
        say(f"bench: {worker.name}: {count} articles at {rate:,.0f}/s")
        paced = measure(_articles(count, options.size, 8, f"{run}-paced"), rate, f"{rate:,.0f}/s")
        results.append(paced)
        say(_describe(paced))
    if reader.timestamp_types - {_LOG_APPEND_TIME}:
        say(
            "bench: warning: some outputs carry the producer's CreateTime, not the broker's"
            " LogAppendTime (the broker ignored the topic setting); latencies end at the send"
        )
    return results


def _worker(name: str, settings: Settings, workdir: Path, options: BenchOptions) -> _Worker:
    from newsevents.kafka.clients import topics_to_create

    partitions = settings.topic_partitions
    if name == "pass-through":
        names = [settings.topic_articles, passthrough_topic(settings)]
        return _Worker(
            name,
            settings,
            [_TopicSpec(n, partitions, settings.topic_replication_factor) for n in names],
            output_topics=[passthrough_topic(settings)],
            later_stages=[],
            article_id_of=_key_article_id,
            extra_args=["--pass-through"],
            log_path=workdir / f"{name}.log",
        )
    return _Worker(
        name,
        settings,
        [
            _TopicSpec(t.name, t.num_partitions, t.replication_factor, t.topic_configs)
            for t in topics_to_create(settings)
        ],
        output_topics=[v for k, v in settings.topic_names().items() if k != "articles"],
        later_stages=[settings.topic_story_inputs],
        article_id_of=_record_article_id,
        extra_args=["--profile", str(options.profile)] if options.profile else [],
        log_path=workdir / f"{name}.log",
    )


def _describe(result: RunResult) -> str:
    lat = result.latency
    latency = (
        ""
        if lat is None
        else f", latency p50 {lat.p50_ms:.0f} ms p95 {lat.p95_ms:.0f} ms"
        f" p99 {lat.p99_ms:.0f} ms ({lat.samples} samples)"
    )
    return (
        f"  {result.articles_per_second:,.0f} articles/s{latency},"
        f" {result.without_output} articles without output,"
        f" {result.cpu_seconds_per_1000:.2f} CPU s per 1,000"
    )


def run_bench(
    settings: Settings, options: BenchOptions, say: Callable[[str], None]
) -> list[RunResult]:
    """Run both workers through the backlog and paced runs; return the table's rows."""
    # aiokafka warns when it retries a send to a partition whose leader is still being
    # elected right after the bench created it; the retry succeeds and the warning is noise
    logging.getLogger("aiokafka").setLevel(logging.ERROR)
    workdir = Path(tempfile.mkdtemp(prefix="newsevents-bench-"))
    broker: LocalKafka | None = None
    kafka: _Kafka | None = None
    created: list[str] = []
    groups: list[str] = []
    try:
        bootstrap = settings.kafka_bootstrap_servers
        if not bootstrap:
            say("bench: starting a local Apache Kafka broker...")
            broker = LocalKafka(workdir / "kafka")
            bootstrap = broker.start()
        say(f"bench: broker at {bootstrap}")
        settings = (
            settings.on_local_broker(bootstrap)
            if broker is not None
            else settings.model_copy(update={"kafka_bootstrap_servers": bootstrap})
        )
        kafka = _Kafka(settings)
        results: list[RunResult] = []
        for name in ("pass-through", "extraction"):
            run = uuid.uuid4().hex[:8]
            isolated = _isolated(settings, run, workdir)
            worker = _worker(name, isolated, workdir, options)
            created += [topic.name for topic in worker.topics]
            groups.append(isolated.app_id)
            try:
                results += _measure_worker(kafka, worker, options, say, run)
            finally:
                worker.stop()
        return results
    finally:
        if kafka is not None:
            if broker is None and created:
                kafka.forget(created, groups)
            kafka.close()
        if broker is not None:
            broker.stop()
        shutil.rmtree(workdir, ignore_errors=True)
