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
import shutil
import signal
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest

from newsevents.kafka.clients import create_topics
from newsevents.kafka.local_broker import LocalKafka
from newsevents.pipeline import StoryMessage
from newsevents.settings import Settings
from tests.integration.delivery_harness import (
    Expected,
    assign_partitions,
    crash_corpus,
    expected_outputs,
    latest_states,
    next_record_offsets,
    open_transactions,
    read_all,
)
from tests.integration.worker_harness import (
    GroupProgress,
    Record,
    WorkerProcess,
    by_identity,
    free_port,
    identity,
    isolated_settings,
    record_key,
    wait_split,
    without_replays,
    without_time,
)

pytestmark = pytest.mark.integration

OUTPUT_ROLES = ("diplomatic", "casualties", "alerts")
ARTICLES = int(os.environ.get("NEWSEVENTS_CRASH_ARTICLES", "2000"))
KILLS = int(os.environ.get("NEWSEVENTS_CRASH_KILLS", "3"))


def outputs(bootstrap: str, settings: Settings, committed_only: bool) -> list[Record]:
    topics = settings.topic_names()
    records = []
    for role in OUTPUT_ROLES:
        for _, key, value in read_all(bootstrap, topics[role], committed_only=committed_only):
            record = orjson.loads(value)
            assert key == identity(record).encode()
            records.append(without_time(record))
    return records


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
    _wait_no_open_transactions(bootstrap, topics, workers, timeout)
    # every story message is out once every article is committed (they commit together,
    # or the story messages first)
    story_ends = next_record_offsets(bootstrap, settings.topic_story_inputs)
    progress.wait_committed(settings.topic_story_inputs, story_ends, workers, timeout)
    # (and the story stage's last transactions, begun after the first check, are over)
    _wait_no_open_transactions(bootstrap, topics, workers, timeout)


def _wait_no_open_transactions(
    bootstrap: str, topics: list[str], workers: Sequence[WorkerProcess], timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while True:
        pending = open_transactions(bootstrap, topics)
        if not any(any(partitions.values()) for partitions in pending.values()):
            return
        for worker in workers:
            worker.check_alive()
        assert time.monotonic() < deadline, f"transactions still open: {pending}"
        time.sleep(0.2)


def processed_articles(progress: GroupProgress) -> int:
    return sum(progress.committed(progress.settings.topic_articles).values())


@dataclass
class Figures:
    expected: int
    read: int
    lost: int
    unexpected: int
    duplicated: int


@contextmanager
def logs_kept_on_failure(tmp_path: Path, bootstrap: str, settings: Settings) -> Iterator[None]:
    """A failed comparison keeps the workers' logs where pytest's clean-up of old temporary
    directories leaves them, and names them in the failure (a rare failure is only worth
    something with the log of the run that failed). Beside them: every record of the topics
    as a read_committed reader and as a read_uncommitted one sees them (was a lost record
    never sent, or sent in an aborted transaction? was its story message there?), and the
    output topics read again a few seconds later (a record committed after the first read)."""
    try:
        yield
    except AssertionError as failure:
        kept = Path(tempfile.mkdtemp(prefix="newsevents-delivery-failure-"))
        for log in sorted(tmp_path.glob("worker-*.log")):
            shutil.copy(log, kept / log.name)
        try:
            _keep_topics(kept, bootstrap, settings)
        except Exception as exc:  # the failure is the comparison's, not this record's
            (kept / "topics-error.txt").write_text(repr(exc))
        raise AssertionError(f"{failure}\nworker logs and topics kept in {kept}") from failure


def _keep_topics(kept: Path, bootstrap: str, settings: Settings) -> None:
    topics = [
        settings.topic_story_inputs,
        settings.topic_story_changelog,
        *settings.topic_names().values(),
    ]
    for committed_only, name in ((True, "committed"), (False, "all")):
        with (kept / f"topics-{name}.jsonl").open("wb") as out:
            for topic in topics:
                for partition, key, value in read_all(
                    bootstrap, topic, committed_only=committed_only
                ):
                    out.write(
                        orjson.dumps(
                            {
                                "topic": topic,
                                "partition": partition,
                                "key": key.decode(errors="replace") if key else None,
                                "value": value.decode(errors="replace")[:2000],
                            }
                        )
                        + b"\n"
                    )
    time.sleep(5)
    again = outputs(bootstrap, settings, committed_only=True)
    (kept / "outputs-read-again.txt").write_text(
        "\n".join(sorted(str(record_key(record)) for record in again)) + "\n"
    )


def story_messages_read_twice(bootstrap: str, settings: Settings) -> list[tuple[str, str]]:
    """The (merge key, article id) of every story message a read_committed reader gets twice.

    The story-input topic is an output too (of the article stage): in exactly_once each
    article's message for a merge key is in it once. A repeat there is mostly absorbed by the
    story stage (a story already holding the article gives nothing new), so the final outputs
    alone show only the rare repeat that is not: the intermediate topic shows them all.
    """
    counts = Counter(
        (message.key, message.input.article.id)
        for _, _, value in read_all(bootstrap, settings.topic_story_inputs, committed_only=True)
        for message in [StoryMessage.model_validate_json(value)]
    )
    return sorted(key for key, n in counts.items() if n > 1)


def check_outputs(
    bootstrap: str, settings: Settings, expected: Expected, mode: str, label: str
) -> Figures:
    """Compare the output topics with an uninterrupted run: nothing lost, nothing invented, repeats identical (none in exactly_once), same order per story, same final states."""
    got = outputs(bootstrap, settings, committed_only=mode == "exactly_once")
    counts = Counter(record_key(record) for record in got)
    wanted = {record_key(record) for record in expected.records}
    lost = wanted - set(counts)
    extra = set(counts) - wanted
    figures = Figures(
        len(expected.records), len(got), len(lost), len(extra), sum(n - 1 for n in counts.values())
    )
    print(f"\n{label} [{mode}]: {figures}")
    assert not lost, f"lost {len(lost)}: {sorted(lost)[:5]}"
    assert not extra, f"unexpected {len(extra)}: {sorted(extra)[:5]}"
    unique, _ = without_replays(got)
    assert by_identity(unique) == by_identity(expected.records), "same versions, in the same order"
    if mode == "exactly_once":
        assert figures.duplicated == 0, f"{figures.duplicated} records read twice"
        twice = story_messages_read_twice(bootstrap, settings)
        assert not twice, f"{len(twice)} story messages read twice: {twice[:5]}"
    assert latest_states(bootstrap, settings) == expected.states
    return figures


def prepared(
    bootstrap: str, count: int, tmp_path: Path, mode: str, **overrides: Any
) -> tuple[Settings, list[bytes], list[int], Expected]:
    """Isolated topics, the corpus, its partitions and the outputs of an uninterrupted run."""
    settings = isolated_settings(bootstrap, delivery_mode=mode, **overrides)
    create_topics(settings)
    lines = crash_corpus(count)
    partitions = assign_partitions(lines, settings, settings.topic_partitions)
    ordered = [
        line
        for p in range(settings.topic_partitions)
        for line, q in zip(lines, partitions, strict=True)
        if q == p
    ]
    expected = expected_outputs(ordered, settings)
    assert len(expected.records) > count, "the corpus must give many versions and alerts"
    return settings, lines, partitions, expected


def wait_processed(progress: GroupProgress, worker: WorkerProcess, count: float) -> None:
    deadline = time.monotonic() + 300
    while processed_articles(progress) < count:
        worker.check_alive()
        assert time.monotonic() < deadline, worker.log_tail()
        time.sleep(0.05)


MODES = ["exactly_once", "at_least_once"]


@pytest.mark.parametrize("mode", MODES)
def test_workers_killed_mid_stream_lose_nothing_and_double_nothing(
    mode: str, kafka_bootstrap: str, tmp_path: Path, progress_of: Any
) -> None:
    """Killed three times with SIGKILL while processing thousands of articles, restarted each time: exactly_once gives every expected record exactly once; at_least_once every one at least once, repeats only identical; the changelog ends with the states of an uninterrupted run."""
    settings, lines, partitions, expected = prepared(kafka_bootstrap, ARTICLES, tmp_path, mode)
    progress = progress_of(settings)
    rng = random.Random(f"{mode}-{ARTICLES}")  # noqa: S311 - reproducible kill points
    kill_points = sorted(rng.uniform(0.1, 0.85) * ARTICLES for _ in range(KILLS))
    started: list[WorkerProcess] = []

    def start() -> WorkerProcess:
        worker = WorkerProcess(settings, tmp_path / f"worker-{len(started)}.log")
        worker.start()
        started.append(worker)
        return worker

    worker = start()
    try:
        publish_to_partitions(progress, lines, partitions)
        for point in kill_points:
            wait_processed(progress, worker, point)
            time.sleep(rng.uniform(0.0, 0.5))  # somewhere mid-message, mid-commit or mid-send
            worker.stop(signal.SIGKILL)
            worker = start()
        wait_drained(kafka_bootstrap, progress, [worker], timeout=600)
    finally:
        worker.stop()
    assert len(started) == KILLS + 1
    with logs_kept_on_failure(tmp_path, kafka_bootstrap, settings):
        check_outputs(
            kafka_bootstrap, settings, expected, mode, f"{ARTICLES} articles, {KILLS} kills"
        )


def _two_workers(settings: Any, tmp_path: Path) -> list[WorkerProcess]:
    """Two workers of one group, each with its own web port, data directory and log."""
    return [
        WorkerProcess(
            settings.model_copy(update={"web_port": free_port(), "data_dir": tmp_path / f"d{n}"}),
            tmp_path / f"worker-{n}.log",
        )
        for n in range(2)
    ]


@pytest.mark.parametrize("mode", MODES)
def test_two_workers_one_killed_the_other_takes_its_partitions(
    mode: str, kafka_bootstrap: str, tmp_path: Path, progress_of: Any
) -> None:
    """Two workers share the partitions; one is killed with SIGKILL mid-stream and not restarted: the other takes its partitions over (in exactly_once fencing its open transactions) and the outputs are those of an uninterrupted run (at_least_once: repeats only identical)."""
    count = 400
    settings, lines, partitions, expected = prepared(kafka_bootstrap, count, tmp_path, mode)
    progress = progress_of(settings)
    workers = _two_workers(settings, tmp_path)
    for worker in workers:
        worker.start()
    survivor, victim = workers
    try:
        wait_split(workers, settings.topic_articles)
        publish_to_partitions(progress, lines, partitions)
        wait_processed(progress, victim, count * 0.3)
        # Both must be working when one is killed: the group's progress can reach 30 % on the
        # survivor's partitions while the victim's first batch (its first transaction, in
        # exactly_once) is still open, so its own counter is waited for, not read once.
        deadline = time.monotonic() + 120
        while victim.counter("newsevents_articles_processed") == 0:
            victim.check_alive()
            assert time.monotonic() < deadline, "both were working: " + victim.log_tail()
            time.sleep(0.1)
        victim.stop(signal.SIGKILL)
        survivor.wait_owns(settings.topic_articles, settings.topic_partitions, timeout=120)
        wait_drained(kafka_bootstrap, progress, [survivor], timeout=600)
    finally:
        for worker in workers:
            worker.stop()
    with logs_kept_on_failure(tmp_path, kafka_bootstrap, settings):
        check_outputs(
            kafka_bootstrap, settings, expected, mode, f"{count} articles, 2 workers, 1 killed"
        )


@pytest.mark.parametrize("mode", MODES)
def test_a_second_worker_joining_mid_stream_doubles_nothing(
    mode: str, kafka_bootstrap: str, tmp_path: Path, progress_of: Any
) -> None:
    """A worker processes a backlog alone and a second one joins mid-stream: the group rebalances
    while the first has outputs of acknowledged, not yet committed messages of the partition it
    keeps (in exactly_once, in its open transaction). The outputs are those of an uninterrupted
    run (at_least_once: repeats only identical)."""
    count = 1200
    settings, lines, partitions, expected = prepared(
        kafka_bootstrap, count, tmp_path, mode, commit_interval_seconds=2.8
    )
    progress = progress_of(settings)
    workers = _two_workers(settings, tmp_path)
    first, second = workers
    first.start()
    try:
        first.wait_owns(settings.topic_articles, settings.topic_partitions)
        publish_to_partitions(progress, lines, partitions)
        wait_processed(progress, first, count * 0.1)
        second.start()
        wait_split(workers, settings.topic_articles, timeout=120)
        wait_drained(kafka_bootstrap, progress, workers, timeout=600)
    finally:
        for worker in workers:
            worker.stop()
    with logs_kept_on_failure(tmp_path, kafka_bootstrap, settings):
        check_outputs(
            kafka_bootstrap, settings, expected, mode, f"{count} articles, a second worker joins"
        )


@pytest.mark.parametrize("mode", MODES)
def test_a_broker_restart_mid_stream_loses_nothing(mode: str, tmp_path: Path) -> None:
    """The broker is stopped and started again while a worker processes a stream: the worker rides it out (or exits and is restarted) and nothing is lost or invented."""
    count = 300
    broker = LocalKafka(tmp_path / "kafka")
    bootstrap = broker.start()
    # Our own clients are closed before the broker goes away each time: kafka-python
    # leaks the sockets of the reconnections a vanished broker refuses. The worker's
    # clients stay connected throughout: they are what this test is about.
    progress: GroupProgress | None = None
    try:
        settings, lines, partitions, expected = prepared(bootstrap, count, tmp_path, mode)
        progress = GroupProgress(settings)
        worker = WorkerProcess(settings, tmp_path / "worker-0.log")
        worker.start()
        restarts = 0
        try:
            publish_to_partitions(progress, lines, partitions)
            wait_processed(progress, worker, count * 0.3)
            progress.close()
            progress = None
            broker.stop()
            time.sleep(3)
            assert broker.start() == bootstrap, "the broker comes back on its address"
            progress = GroupProgress(settings)
            deadline = time.monotonic() + 600
            while True:
                if worker.process is not None and worker.process.poll() is not None:
                    worker.stop()
                    restarts += 1
                    worker = WorkerProcess(settings, tmp_path / f"worker-{restarts}.log")
                    worker.start()
                try:
                    wait_drained(bootstrap, progress, [worker], timeout=30)
                    break
                except AssertionError:
                    assert time.monotonic() < deadline, worker.log_tail()
        finally:
            worker.stop()
        print(f"\nbroker restart [{mode}]: worker restarts {restarts}")
        with logs_kept_on_failure(tmp_path, bootstrap, settings):
            check_outputs(bootstrap, settings, expected, mode, f"{count} articles, broker restart")
    finally:
        if progress is not None:
            progress.close()
        broker.stop()


def test_a_poison_message_is_retried_then_dead_lettered_and_its_partition_moves_on(
    kafka_bootstrap: str, tmp_path: Path, progress_of: Any
) -> None:
    """An article that makes the core raise (a fault injected in the worker) is tried max_processing_attempts times, dead-lettered with the traceback summary, and the articles behind it in its partition are processed."""
    settings = isolated_settings(kafka_bootstrap, commit_interval_seconds=0.2)
    create_topics(settings)
    progress = progress_of(settings)
    good = crash_corpus(3)
    poison = orjson.loads(good[1])
    poison["id"] = "poison-0001"
    lines = [good[0], orjson.dumps(poison), good[2]]
    worker = WorkerProcess(
        settings,
        tmp_path / "worker.log",
        command=(str(Path(__file__).with_name("poison_worker.py")),),
    )
    worker.start()
    try:
        worker.wait_owns(settings.topic_articles, settings.topic_partitions)
        publish_to_partitions(progress, lines, [0, 0, 0])
        wait_drained(kafka_bootstrap, progress, [worker], timeout=120)
        samples = worker.samples()
    finally:
        assert worker.stop() == 0, worker.log_tail()
    letters = [
        orjson.loads(value)
        for _, _, value in read_all(
            kafka_bootstrap, settings.topic_deadletter, committed_only=False
        )
    ]
    assert len(letters) == 1
    letter = letters[0]
    assert letter["reason"] == "processing_error"
    assert letter["article_id"] == "poison-0001"
    assert letter["attempts"] == settings.max_processing_attempts == 3
    assert letter["error"] == "RuntimeError: injected fault on poison-0001"
    assert letter["traceback"][-1].endswith(" in injected_fault"), letter["traceback"]
    assert (letter["partition"], letter["offset"]) == (0, 1)
    read_ids = {
        evidence_article
        for record in outputs(kafka_bootstrap, settings, committed_only=False)
        for evidence_article in [e.get("article_id") for e in record.get("evidence", [])]
    }
    assert {"crash-00000", "crash-00002"} <= read_ids, "the articles around it were processed"
    assert samples[("newsevents_processing_retries_total", (("stage", "article"),))] == 2
    assert samples[("newsevents_dead_letters_total", (("reason", "processing_error"),))] == 1
