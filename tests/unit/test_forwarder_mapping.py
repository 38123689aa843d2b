"""Alert forwarder: the pure alert → Alertmanager v2 mapping."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from newsevents.contracts import Alert, AlertStatus, Severity
from newsevents.forwarder import alertmanager_payload, sanitize_label_name, to_alertmanager

CREATED = datetime(2024, 5, 1, 12, 30, 15, 123456, tzinfo=UTC)
PROMETHEUS_LABEL_NAME = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")


def make_alert(**overrides: Any) -> Alert:
    values: dict[str, Any] = {
        "alert_id": "alert-0123456789abcdef0123",
        "rule": "mass_casualty",
        "severity": Severity.CRITICAL,
        "title": "120 killed in Kharkiv",
        "summary": "incremental report: 120 killed by shelling in Kharkiv on 2024-05-01",
        "event_ids": ["cas-1", "cas-2"],
        "article_id": "article-7",
        "labels": {
            "rule": "mass_casualty",
            "severity": "critical",
            "kind": "casualty_update",
            "scope": "incremental",
            "country": "UKR",
        },
        "created_at": CREATED,
    }
    values.update(overrides)
    return Alert(**values)


def test_alert_maps_to_alertmanager_labels_annotations_and_start() -> None:
    """Labels carry the identity (rule as alertname, severity, alert id, the rule's labels); annotations the text."""
    assert to_alertmanager(make_alert()) == {
        "labels": {
            "alert_id": "alert-0123456789abcdef0123",
            "alertname": "mass_casualty",
            "country": "UKR",
            "kind": "casualty_update",
            "rule": "mass_casualty",
            "scope": "incremental",
            "severity": "critical",
        },
        "annotations": {
            "title": "120 killed in Kharkiv",
            "summary": "incremental report: 120 killed by shelling in Kharkiv on 2024-05-01",
            "event_ids": "cas-1,cas-2",
            "article_id": "article-7",
        },
        "startsAt": "2024-05-01T12:30:15.123Z",
    }


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("country", "country"),
        ("event-type", "event_type"),
        ("geo.country code", "geo_country_code"),
        ("2nd_party", "_2nd_party"),
        ("__name__", "name__"),
        ("_private", "private"),
        ("pays_é", "pays__"),
        ("---", None),
        ("", None),
    ],
)
def test_label_names_are_sanitised_to_prometheus_names(name: str, expected: str | None) -> None:
    """Characters outside [A-Za-z0-9_] become _, reserved __ prefixes go, a leading digit is guarded."""
    assert sanitize_label_name(name) == expected
    if expected is not None:
        assert PROMETHEUS_LABEL_NAME.match(expected)
        assert not expected.startswith("__")


def test_alert_labels_never_replace_core_labels_and_empty_values_are_dropped() -> None:
    """An alert label named like a core label is ignored; empty values and unusable names vanish."""
    alert = make_alert(
        labels={"alertname": "spoof", "severity": "info", "alert-id": "x", "country": "", "--": "v"}
    )
    labels = to_alertmanager(alert)["labels"]
    assert labels == {
        "alert_id": "alert-0123456789abcdef0123",
        "alertname": "mass_casualty",
        "severity": "critical",
    }


def test_colliding_sanitised_names_resolve_the_same_way_every_time() -> None:
    """Two names that sanitise alike keep the value of the first in sorted order, whatever the insertion order."""
    one = make_alert(labels={"event.type": "a", "event-type": "b"})
    two = make_alert(labels={"event-type": "b", "event.type": "a"})
    assert to_alertmanager(one)["labels"]["event_type"] == "b"  # "event-type" < "event.type"
    assert to_alertmanager(one) == to_alertmanager(two)


def test_times_are_utc_rfc3339_and_a_naive_time_is_taken_as_utc() -> None:
    """startsAt is UTC with a Z whatever the offset of created_at; a naive created_at counts as UTC."""
    plus_two = timezone(timedelta(hours=2))
    aware = make_alert(created_at=datetime(2024, 5, 1, 14, 0, tzinfo=plus_two))
    naive = make_alert(created_at=datetime(2024, 5, 1, 12, 0))
    assert to_alertmanager(aware)["startsAt"] == "2024-05-01T12:00:00.000Z"
    assert to_alertmanager(naive)["startsAt"] == "2024-05-01T12:00:00.000Z"


def test_alert_without_article_has_no_article_annotation_and_no_end() -> None:
    """article_id is annotated only when known; a firing alert without an end leaves endsAt to Alertmanager."""
    posted = to_alertmanager(make_alert(article_id=None))
    assert "article_id" not in posted["annotations"]
    assert "endsAt" not in posted
    assert "generatorURL" not in posted


def test_firing_alert_with_lifecycle_fields_starts_and_expires_as_told() -> None:
    """A firing alert posts starts_at as startsAt and its expiry ends_at as endsAt."""
    starts = datetime(2024, 5, 1, 6, 0, tzinfo=UTC)
    expires = datetime(2024, 5, 2, 6, 0, tzinfo=UTC)
    posted = to_alertmanager(
        make_alert(status=AlertStatus.FIRING, starts_at=starts, ends_at=expires)
    )
    assert (posted["startsAt"], posted["endsAt"]) == (
        "2024-05-01T06:00:00.000Z",
        "2024-05-02T06:00:00.000Z",
    )


def test_resolved_alert_ends_at_its_end_or_when_it_was_created() -> None:
    """A resolved alert carries an endsAt (Alertmanager's sign of resolution): ends_at, else created_at."""
    starts = datetime(2024, 5, 1, 6, 0, tzinfo=UTC)
    ended = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    told = make_alert(status=AlertStatus.RESOLVED, starts_at=starts, ends_at=ended)
    untold = make_alert(status=AlertStatus.RESOLVED, starts_at=starts)
    assert to_alertmanager(told)["endsAt"] == "2024-05-01T09:00:00.000Z"
    assert to_alertmanager(untold)["endsAt"] == "2024-05-01T12:30:15.123Z"
    assert to_alertmanager(told)["labels"] == to_alertmanager(make_alert())["labels"]


def test_end_before_start_is_moved_to_the_start() -> None:
    """Alertmanager refuses endsAt < startsAt with 400; the mapping never produces it."""
    starts = datetime(2024, 5, 1, 6, 0, tzinfo=UTC)
    backwards = make_alert(
        status=AlertStatus.RESOLVED, starts_at=starts, ends_at=starts - timedelta(hours=1)
    )
    posted = to_alertmanager(backwards)
    assert posted["endsAt"] == posted["startsAt"] == "2024-05-01T06:00:00.000Z"


def test_payload_is_a_list_in_input_order() -> None:
    """The POST body is a JSON list with one element per alert, in order."""
    alerts = [make_alert(alert_id=f"alert-{n}") for n in range(3)]
    assert [p["labels"]["alert_id"] for p in alertmanager_payload(alerts)] == [
        "alert-0",
        "alert-1",
        "alert-2",
    ]
