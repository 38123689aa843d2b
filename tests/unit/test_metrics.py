"""Metrics are built in one place and exposed in the real Prometheus text format."""

from __future__ import annotations

from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from newsevents.alerts.rules import load_rules
from newsevents.metrics import Metrics
from newsevents.pipeline import process_message
from newsevents.settings import Settings


def test_counting_records_moves_the_right_series(sample_lines: list[bytes]) -> None:
    """Events, alerts and dead letters are counted under their kind/type, rule/severity and reason labels."""
    registry = CollectorRegistry()
    metrics = Metrics.create(registry, "test")
    rules = load_rules(Settings().alert_rules_path)
    records = [
        r
        for line in [*sample_lines, b"not json"]
        for r in process_message(line, now=datetime.now(UTC), rules=rules).records
    ]
    metrics.count_records(records)
    families = {
        f.name: f for f in text_string_to_metric_families(generate_latest(registry).decode())
    }
    events = sum(
        s.value for s in families["newsevents_events"].samples if s.name.endswith("_total")
    )
    assert events == sum(r.kind in ("diplomatic_event", "casualty_update") for r in records)
    alerts = sum(
        s.value for s in families["newsevents_alerts"].samples if s.name.endswith("_total")
    )
    assert alerts == sum(r.kind == "alert" for r in records)
    letters = {
        s.labels["reason"]: s.value
        for s in families["newsevents_dead_letters"].samples
        if s.name.endswith("_total")
    }
    assert letters == {"invalid_json": 1.0}


def test_histograms_have_explicit_buckets_and_units() -> None:
    """Every histogram exposes its explicit buckets and every metric name carries a unit or _total."""
    registry = CollectorRegistry()
    Metrics.create(registry, "test").processing_seconds.observe(0.003)
    families = list(text_string_to_metric_families(generate_latest(registry).decode()))
    names = {f.name for f in families}
    assert {
        "newsevents_processing_seconds",
        "newsevents_extraction_seconds",
        "newsevents_article_age_seconds",
    } <= names
    buckets = [
        s
        for f in families
        if f.name == "newsevents_processing_seconds"
        for s in f.samples
        if s.name.endswith("_bucket")
    ]
    assert [s.labels["le"] for s in buckets][:3] == ["0.001", "0.0025", "0.005"]
    for family in families:
        if family.type == "counter" or family.name.endswith("_created"):
            continue  # counters end in _total; _created series are the client's own timestamps
        assert family.name.endswith(("_seconds", "_info")), family.name
