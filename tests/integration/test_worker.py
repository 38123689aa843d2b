"""The worker end to end on a real Kafka broker: good and bad articles in, exact records out."""

from __future__ import annotations

import signal
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from newsevents.alerts.rules import load_rules
from newsevents.kafka.clients import create_topics, publish_lines
from newsevents.pipeline import extract_article, process_message
from newsevents.settings import Settings
from tests.integration.worker_harness import WorkerProcess, isolated_settings, read_topic

pytestmark = pytest.mark.integration

BODY_LIMIT = 20_000


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


def expected_outputs(lines: list[bytes], settings: Settings) -> dict[str, list[dict[str, Any]]]:
    """What the pure core says each topic must hold (alerts without their timestamps)."""
    rules = load_rules(settings.alert_rules_path)
    out: dict[str, list[dict[str, Any]]] = {"diplomatic": [], "casualties": [], "alerts": []}
    now = datetime.now(UTC)
    for line in lines:
        result = process_message(line, now=now, rules=rules)
        assert result.dead_letter is None
        out["diplomatic"] += [
            orjson.loads(r.model_dump_json()) for r in result.extraction.diplomatic
        ]
        out["casualties"] += [
            orjson.loads(r.model_dump_json()) for r in result.extraction.casualties
        ]
        out["alerts"] += [_without_time(orjson.loads(a.model_dump_json())) for a in result.alerts]
    return out


def _without_time(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "created_at"}


def _sorted(records: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    return sorted(records, key=lambda r: str(r[key]))


def test_worker_turns_articles_into_exact_records_and_dead_letters(
    kafka_bootstrap: str, sample_lines: list[bytes], tmp_path: Path
) -> None:
    """A real worker publishes exactly the core's events and alerts, dead-letters every bad message with its reason, and counts it all in /metrics."""
    settings = isolated_settings(kafka_bootstrap, max_body_chars=BODY_LIMIT)
    create_topics(settings)
    worker = WorkerProcess(settings, tmp_path / "worker.log")
    worker.start()
    try:
        bad = bad_messages()
        good = sample_lines
        report = publish_lines(settings, [*good[:6], *bad, *good[6:]])
        assert report.sent == len(good) + len(bad)
        worker.wait_processed(report.sent)

        expected = expected_outputs(good, settings)
        topics = settings.topic_names()
        got = {
            role: read_topic(kafka_bootstrap, topics[role])
            for role in ("diplomatic", "casualties", "alerts", "deadletter")
        }

        for role in ("diplomatic", "casualties"):
            records = [value for _, value in got[role]]
            assert _sorted(records, "event_id") == _sorted(expected[role], "event_id"), role
            assert all(key == value["event_id"].encode() for key, value in got[role])
        alerts = [_without_time(value) for _, value in got["alerts"]]
        assert _sorted(alerts, "alert_id") == _sorted(expected["alerts"], "alert_id")
        assert all(key == value["alert_id"].encode() for key, value in got["alerts"])
        assert expected["diplomatic"], "the samples must yield events"
        assert expected["alerts"], "the samples must yield alerts"

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
        assert samples[("newsevents_articles_consumed_total", ())] == report.sent
        for reason, count in Counter(bad.values()).items():
            assert samples[("newsevents_dead_letters_total", (("reason", reason),))] == count
        events_total = sum(
            v for (name, _), v in samples.items() if name == "newsevents_events_total"
        )
        assert events_total == len(expected["diplomatic"]) + len(expected["casualties"])
        alerts_total = sum(
            v for (name, _), v in samples.items() if name == "newsevents_alerts_total"
        )
        assert alerts_total == len(expected["alerts"])
        assert samples[("newsevents_processing_seconds_count", ())] == report.sent
        assert samples[("newsevents_extraction_seconds_count", ())] == report.sent
        assert samples[("newsevents_article_age_seconds_count", ())] == len(good)
        assert samples[
            ("newsevents_articles_processed_total", (("outcome", "dead_letter"),))
        ] == len(bad)
    finally:
        returncode = worker.stop(signal.SIGTERM)
    assert returncode == 0, worker.log_tail()


def test_restarted_worker_resumes_after_committed_offsets(
    kafka_bootstrap: str, sample_lines: list[bytes], tmp_path: Path
) -> None:
    """After a clean stop, a new worker in the same group processes only new articles (offsets were committed after outputs)."""
    settings = isolated_settings(kafka_bootstrap)
    create_topics(settings)
    first = WorkerProcess(settings, tmp_path / "first.log")
    first.start()
    try:
        publish_lines(settings, sample_lines[:3])
        first.wait_processed(3)
    finally:
        assert first.stop() == 0, first.log_tail()
    before = read_topic(kafka_bootstrap, settings.topic_diplomatic)

    second = WorkerProcess(settings, tmp_path / "second.log")
    second.start()
    try:
        publish_lines(settings, sample_lines[3:5])
        second.wait_processed(2)
    finally:
        assert second.stop() == 0, second.log_tail()
    after = read_topic(kafka_bootstrap, settings.topic_diplomatic)
    new_ids = {r["event_id"] for _, r in after} - {r["event_id"] for _, r in before}
    expected_new = {e.event_id for line in sample_lines[3:5] for e in _diplomatic(line)}
    assert expected_new, "the articles of the second run must yield events"
    assert new_ids == expected_new
    assert len(after) == len(before) + len(expected_new), (
        "no article of the first run was processed again"
    )


def _diplomatic(line: bytes) -> list[Any]:
    from newsevents.parse import decode_article

    return list(extract_article(decode_article(line)).diplomatic)
