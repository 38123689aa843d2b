"""The worker end to end on a real Kafka broker: articles in, the story versions and alerts of `newsevents extract` out.

Every test feeds the articles in a fixed order (``GroupProgress.publish_in_order``) and
compares with ``newsevents extract`` run on the same lines in the same order. Kafka keeps
order only per partition, so records are compared per event (its versions in topic order)
and per alert (its records in topic order); alerts without ``created_at``, the one field
the wall clock stamps (the stage runs on report time, ``min(published_at, now)``, and every
article here was published in the past).
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest

from newsevents.bench_stream import process_group
from newsevents.kafka.clients import create_topics, publish_lines
from newsevents.settings import Settings
from tests.integration.worker_harness import (
    Record,
    WorkerProcess,
    by_identity,
    free_port,
    identity,
    isolated_settings,
    read_topic,
    record_key,
    settings_env,
    wait_split,
    without_replays,
    without_time,
)
from tests.unit.test_stories import ARTICLES

pytestmark = pytest.mark.integration

BODY_LIMIT = 20_000
OUTPUT_ROLES = ("diplomatic", "casualties", "alerts")


def bad_messages() -> dict[bytes, str]:
    """Malformed inputs and the dead-letter reason each must get."""
    good = {"id": "x", "title": "t", "body": "b", "published_at": "2024-01-01T00:00:00Z"}
    return {
        b"this is not json": "invalid_json",
        b'["an", "array"]': "not_an_object",
        orjson.dumps({"id": "bad-missing", "title": "no body"}): "invalid_fields",
        orjson.dumps({**good, "id": "bad-type", "body": 42}): "invalid_fields",
        orjson.dumps(
            {**good, "id": "bad-naive-date", "published_at": "2024-01-01T00:00:00"}
        ): "invalid_fields",
        orjson.dumps({**good, "id": "bad-empty", "body": "   "}): "empty_body",
        orjson.dumps(
            {**good, "id": "bad-huge", "body": "word " * (BODY_LIMIT // 4)}
        ): "body_too_large",
        b'{"id": "bad-utf8", "title": "\xff\xfe", "body": "x"}': "invalid_utf8",
    }


def run_extract(lines: list[bytes], settings: Settings, tmp_path: Path) -> list[Record]:
    """What `newsevents extract` writes for these lines, in this order (a real process)."""
    source, target = tmp_path / "extract-in.jsonl", tmp_path / "extract-out.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    subprocess.run(
        [sys.executable, "-m", "newsevents", "extract", "-i", str(source), "-o", str(target)],
        env=settings_env(settings),
        check=True,
        capture_output=True,
        timeout=300,
    )
    return [without_time(orjson.loads(line)) for line in target.read_bytes().splitlines()]


def read_outputs(
    bootstrap: str, settings: Settings
) -> dict[str, list[tuple[bytes | None, Record]]]:
    topics = settings.topic_names()
    return {role: read_topic(bootstrap, topics[role]) for role in (*OUTPUT_ROLES, "deadletter")}


def stream_records(got: dict[str, list[tuple[bytes | None, Record]]]) -> list[Record]:
    """Versions and alerts as the output topics hold them (each partition in order), keys checked."""
    records: list[Record] = []
    for role in OUTPUT_ROLES:
        for key, value in got[role]:
            assert key == identity(value).encode(), (role, key)
            records.append(without_time(value))
    return records


@pytest.mark.parametrize("processes", [0, 2], ids=["in-process", "extraction-pool"])
def test_worker_publishes_the_story_versions_and_alerts_of_extract_and_dead_letters(
    processes: int,
    kafka_bootstrap: str,
    sample_lines: list[bytes],
    tmp_path: Path,
    progress_of: Any,
) -> None:
    """A real worker publishes exactly the versions and alerts `newsevents extract` writes for the same ordered articles, dead-letters every bad message with its reason, and counts it all in /metrics; the same when it extracts in a pool of processes (NEWSEVENTS_EXTRACT_PROCESSES)."""
    settings = isolated_settings(
        kafka_bootstrap,
        max_body_chars=BODY_LIMIT,
        commit_interval_seconds=0.2,
        extract_processes=processes,
    )
    create_topics(settings)
    progress = progress_of(settings)
    worker = WorkerProcess(settings, tmp_path / "worker.log")
    worker.start()
    try:
        # counted exactly below: a message that arrives while Faust is still seeking its
        # partitions at start can be read twice (harmless, but not what this counts)
        worker.wait_owns(settings.topic_articles, settings.topic_partitions)
        bad = bad_messages()
        good = sample_lines
        progress.publish_in_order(good[:6], [worker])
        report = publish_lines(settings, list(bad))
        progress.publish_in_order(good[6:], [worker])
        progress.wait_caught_up([worker])
        sent = len(good) + report.sent
        assert worker.process is not None
        assert len(process_group(worker.process.pid)) == 1 + processes + (1 if processes else 0), (
            "the worker, its extraction processes and multiprocessing's resource tracker"
        )

        expected = run_extract(good, settings, tmp_path)
        got = read_outputs(kafka_bootstrap, settings)
        records = stream_records(got)
        assert by_identity(records) == by_identity(expected)
        assert len(records) == len(expected), "no version or alert published twice"
        kinds = Counter(r["kind"] for r in expected)
        assert kinds["diplomatic_event"], "the samples must yield events"
        assert kinds["alert"], "the samples must yield alerts"

        letters = [value for _, value in got["deadletter"]]
        assert Counter(letter["reason"] for letter in letters) == Counter(bad.values())
        assert all(letter["source_topic"] == settings.topic_articles for letter in letters)
        assert all(
            isinstance(letter["offset"], int) and letter["raw_bytes"] > 0 for letter in letters
        )
        huge = next(letter for letter in letters if letter["reason"] == "body_too_large")
        assert huge["raw_truncated"]
        assert len(huge["raw"]) == settings.deadletter_raw_max_chars
        assert huge["article_id"] == "bad-huge"

        samples = worker.samples()
        assert samples[("newsevents_articles_consumed_total", ())] == sent
        for reason, count in Counter(bad.values()).items():
            assert samples[("newsevents_dead_letters_total", (("reason", reason),))] == count
        events_total = sum(
            v for (name, _), v in samples.items() if name == "newsevents_events_total"
        )
        assert events_total == kinds["diplomatic_event"] + kinds["casualty_update"]
        alerts_total = sum(
            v for (name, _), v in samples.items() if name == "newsevents_alerts_total"
        )
        assert alerts_total == kinds["alert"]
        story_messages = sum(progress.ends(settings.topic_story_inputs).values())
        assert samples[("newsevents_story_inputs_sent_total", ())] == story_messages
        handled = sum(
            v
            for (name, _), v in samples.items()
            if name == "newsevents_story_inputs_processed_total"
        )
        assert handled == story_messages
        assert samples[("newsevents_story_seconds_count", ())] == story_messages
        assert samples[("newsevents_processing_seconds_count", ())] == sent
        assert samples[("newsevents_extraction_seconds_count", ())] == sent
        assert samples[("newsevents_article_age_seconds_count", ())] == len(good)
        assert samples[
            ("newsevents_articles_processed_total", (("outcome", "dead_letter"),))
        ] == len(bad)
    finally:
        returncode = worker.stop(signal.SIGTERM)
    assert returncode == 0, worker.log_tail()


# The sequence of tests/unit/test_stories.py, per story and per alert (Kafka orders each
# on its own): stories are named by the article that started them; an alert row ends with
# the version of the story it was raised on.
EXPECTED_VERSIONS = {
    "riyadh-1": [
        (1, "scheduled", "USA,RUS", 1, 1),
        (2, "scheduled", "USA,RUS,SAU", 3, 3),  # Saudi Arabia joins; the duplicate counted
        (3, "occurred", "USA,RUS,SAU", 4, 3),  # held (the stale copy after it: nothing)
    ],
    "truce-1-agreed": [
        (1, "occurred", "ARM,AZE", 1, 1),
        (2, "cancelled", "ARM,AZE", 2, 2),  # collapsed
    ],
    "quetta-1": [
        (1, 12, 12, 12, 1, 1),
        (2, 45, 45, 45, 2, 2),
        (3, 110, 110, 110, 3, 2),  # the stale 45 after it: nothing
        (4, 110, 120, 120, 5, 4),  # hospitals say 120
    ],
}
EXPECTED_ALERTS = {
    ("riyadh-1", "watched_pair_contact"): [("warning", "firing", 1)],
    ("riyadh-1", "talks_scheduled"): [("info", "firing", 1), ("info", "resolved", 3)],
    ("truce-1-agreed", "ceasefire_agreed"): [("warning", "firing", 1), ("warning", "resolved", 2)],
    ("truce-1-agreed", "ceasefire_collapsed"): [("critical", "firing", 2)],
    ("quetta-1", "casualties_reported"): [("warning", "firing", 1), ("critical", "firing", 3)],
    ("quetta-1", "toll_rising"): [("warning", "firing", 2), ("critical", "firing", 3)],
}
_VERSION_IN_SUMMARY = re.compile(r"version (\d+)\)$")


def story_summary(
    records: list[Record],
) -> tuple[dict[str, list[tuple[Any, ...]]], dict[tuple[str, str], list[tuple[Any, ...]]]]:
    """Versions per story and alerts per (story, rule), as the short rows above."""
    names: dict[str, str] = {}
    versions: dict[str, list[tuple[Any, ...]]] = {}
    for record in records:
        if record["kind"] == "alert":
            continue
        if record["version"] == 1:
            names[record["event_id"]] = record["article_id"]
        name = names[record["event_id"]]
        if record["kind"] == "diplomatic_event":
            codes = ",".join(p["country_code"] or "?" for p in record["participants"])
            row: tuple[Any, ...] = (record["version"], record["status"], codes)
        else:
            killed = record["killed"]
            row = (record["version"], killed["low"], killed["count"], killed["high"])
        versions.setdefault(name, []).append((*row, record["mentions"], len(record["sources"])))
    alerts: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for record in records:
        if record["kind"] != "alert":
            continue
        match = _VERSION_IN_SUMMARY.search(record["summary"])
        assert match, record["summary"]
        alerts.setdefault((names[record["event_ids"][0]], record["rule"]), []).append(
            (record["severity"], record["status"], int(match.group(1)))
        )
    return versions, alerts


def test_reports_of_the_same_events_give_the_exact_versions_and_alerts(
    kafka_bootstrap: str, tmp_path: Path, progress_of: Any
) -> None:
    """Articles reporting the same meeting, ceasefire and bombing differently (duplicates, a new party, held, collapsed, a rising toll, stale copies) give the exact sequence of versions and alerts per story, as `newsevents extract` does."""
    settings = isolated_settings(kafka_bootstrap, commit_interval_seconds=0.2)
    create_topics(settings)
    progress = progress_of(settings)
    worker = WorkerProcess(settings, tmp_path / "worker.log")
    worker.start()
    try:
        progress.publish_in_order(ARTICLES, [worker])
        progress.wait_caught_up([worker])
        records = stream_records(read_outputs(kafka_bootstrap, settings))
        assert story_summary(records) == (EXPECTED_VERSIONS, EXPECTED_ALERTS)
        assert by_identity(records) == by_identity(run_extract(ARTICLES, settings, tmp_path))
        samples = worker.samples()
        assert (
            samples[
                ("newsevents_alerts_total", (("rule", "toll_rising"), ("severity", "critical")))
            ]
            == 1
        )
        killed = samples[
            ("newsevents_casualties_reported_total", (("country", "PAK"), ("outcome", "killed")))
        ]
        assert killed == 120, "people are counted from the rise of the toll, not per version"
    finally:
        assert worker.stop() == 0, worker.log_tail()


def test_worker_restarted_mid_stream_recovers_its_stories_from_the_changelog(
    kafka_bootstrap: str, tmp_path: Path, progress_of: Any
) -> None:
    """A worker stopped (SIGTERM) after the first articles and a new one fed the rest publish, repeats of identical records aside, exactly the versions and alerts of one uninterrupted run: the new worker continues each story from the state in the changelog."""
    settings = isolated_settings(kafka_bootstrap, commit_interval_seconds=0.2)
    create_topics(settings)
    progress = progress_of(settings)
    cut = 9  # the Quetta toll: two reports before the restart, three after
    first = WorkerProcess(settings, tmp_path / "first.log")
    first.start()
    try:
        progress.publish_in_order(ARTICLES[:cut], [first])
        # stopped once its last article is committed: story messages may still be pending
    finally:
        assert first.stop() == 0, first.log_tail()

    second = WorkerProcess(settings, tmp_path / "second.log")
    second.start()
    try:
        # started and reading first, so that it reads exactly the articles after the cut
        second.wait_owns(settings.topic_articles, settings.topic_partitions)
        progress.publish_in_order(ARTICLES[cut:], [second])
        progress.wait_caught_up([second])
        assert second.counter("newsevents_articles_consumed") == len(ARTICLES) - cut, (
            "the new worker starts after the committed articles"
        )
    finally:
        assert second.stop() == 0, second.log_tail()
    records, _ = without_replays(stream_records(read_outputs(kafka_bootstrap, settings)))
    assert story_summary(records) == (EXPECTED_VERSIONS, EXPECTED_ALERTS)
    assert by_identity(records) == by_identity(run_extract(ARTICLES, settings, tmp_path))


def test_two_workers_merge_reports_read_by_either_of_them(
    kafka_bootstrap: str, tmp_path: Path, progress_of: Any
) -> None:
    """With two workers in one group, reports of one story read by different workers meet in the partition of its merge key: keyed by (event_id, version), the outputs equal those of `newsevents extract`, which one worker gives (tests above)."""
    settings = isolated_settings(kafka_bootstrap, commit_interval_seconds=0.2)
    assert settings.topic_partitions == 2
    create_topics(settings)
    progress = progress_of(settings)
    workers = [
        WorkerProcess(
            settings.model_copy(update={"web_port": port, "data_dir": tmp_path / f"data-{n}"}),
            tmp_path / f"worker-{n}.log",
        )
        for n, port in enumerate([settings.web_port, _other_port(settings.web_port)])
    ]
    for worker in workers:
        worker.start()
    try:
        wait_split(workers, settings.topic_articles)
        partitions = progress.publish_in_order(ARTICLES, workers)
        progress.wait_caught_up(workers)
        for worker in workers:
            assert worker.counter("newsevents_articles_processed") > 0, "both read articles"
            assert worker.counter("newsevents_story_inputs_processed") > 0, "both ran stories"
        records, _ = without_replays(stream_records(read_outputs(kafka_bootstrap, settings)))
    finally:
        for worker in workers:
            assert worker.stop() == 0, worker.log_tail()

    single = run_extract(ARTICLES, settings, tmp_path)
    assert _keyed(records) == _keyed(single)
    assert story_summary(records) == (EXPECTED_VERSIONS, EXPECTED_ALERTS)
    read_by = dict(zip((orjson.loads(a)["id"] for a in ARTICLES), partitions, strict=True))
    merged_across = [
        r
        for r in records
        if r.get("event_id")
        and len({read_by[e["article_id"]] for e in r["evidence"] if e.get("article_id")}) == 2
    ]
    assert merged_across, "a story must hold reports of articles read by both workers"


def _keyed(records: list[Record]) -> dict[tuple[Any, ...], Record]:
    """Records by ``record_key``, each key once."""
    out = {record_key(record): record for record in records}
    assert len(out) == len(records)
    return out


def _other_port(port: int) -> int:
    while (other := free_port()) == port:
        pass
    return other
