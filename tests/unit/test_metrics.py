"""Metrics are built in one place and exposed in the real Prometheus text format."""

from __future__ import annotations

from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from newsevents.alerts.rules import load_rules
from newsevents.contracts import CasualtyCount, CasualtyUpdate, Location, Scope
from newsevents.metrics import OTHER_COUNTRY, UNKNOWN_COUNTRY, Metrics, country_label
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
        # gauges: a time, a count of messages, or a Kafka offset (its own unit)
        assert family.name.endswith(("_seconds", "_info", "_messages", "_offset")), family.name


def _casualty(
    country: str | None, scope: Scope, killed: int, injured: int | None
) -> CasualtyUpdate:
    return CasualtyUpdate(
        event_id=f"e-{country}-{scope}-{killed}",
        article_id="a",
        killed=CasualtyCount(count=killed, text=str(killed)),
        injured=None if injured is None else CasualtyCount(count=injured, text=str(injured)),
        scope=scope,
        location=None if country is None else Location(name="x", country_code=country),
        confidence=0.9,
        extractor_version="test",
    )


def test_casualties_are_counted_by_country_with_a_bounded_label() -> None:
    """Casualty updates count per ISO alpha-3 country; people are added from incremental updates only; odd codes fold into other/unknown."""
    registry = CollectorRegistry()
    metrics = Metrics.create(registry, "test")
    metrics.count_records(
        [
            _casualty("SDN", Scope.INCREMENTAL, 12, 3),
            _casualty("SDN", Scope.CUMULATIVE, 400, None),
            _casualty("UKR", Scope.INCREMENTAL, 2, None),
            _casualty(None, Scope.INCREMENTAL, 1, None),
            _casualty("NATO", Scope.INCREMENTAL, 5, None),
        ]
    )
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for f in text_string_to_metric_families(generate_latest(registry).decode())
        for s in f.samples
        if s.name.startswith("newsevents_casualt") and s.name.endswith("_total")
    }
    updates = "newsevents_casualty_updates_total"
    people = "newsevents_casualties_reported_total"
    assert samples[(updates, (("country", "SDN"),))] == 2
    assert samples[(updates, (("country", UNKNOWN_COUNTRY),))] == 1
    assert samples[(updates, (("country", OTHER_COUNTRY),))] == 1
    assert samples[(people, (("country", "SDN"), ("outcome", "killed")))] == 12
    assert samples[(people, (("country", "SDN"), ("outcome", "injured")))] == 3
    assert samples[(people, (("country", "UKR"), ("outcome", "killed")))] == 2
    assert (people, (("country", "UKR"), ("outcome", "injured"))) not in samples


def test_country_label_values_are_a_small_fixed_set() -> None:
    """Only ISO alpha-3 country codes pass through as label values (about 250 of them)."""
    assert country_label("SYR") == "SYR"
    assert country_label("syr") == OTHER_COUNTRY
    assert country_label("EUR") == OTHER_COUNTRY
    assert country_label("") == UNKNOWN_COUNTRY
    assert country_label(None) == UNKNOWN_COUNTRY
