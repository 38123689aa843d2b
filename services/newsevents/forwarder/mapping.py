"""Alert record → Alertmanager v2 alert (pure).

``POST /api/v2/alerts`` takes a JSON list of ``{labels, annotations, startsAt,
endsAt, generatorURL}``. Alertmanager identifies an alert by its label set, so
the labels here are the identity (rule, severity, alert id and the rule's own
labels) and everything descriptive goes into annotations.

Label names must match ``[a-zA-Z_][a-zA-Z0-9_]*`` (Alertmanager answers 400
otherwise) and names starting with ``__`` are reserved, so the alert's own label
names are sanitised; empty values are dropped (Prometheus reads an empty label as
an absent one). ``generatorURL`` is left out: an alert names no page to link to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import NotRequired, TypedDict

from newsevents.contracts import Alert, AlertStatus

_NOT_IN_LABEL_NAME = re.compile(r"[^A-Za-z0-9_]")

CORE_LABELS = ("alertname", "severity", "alert_id")
"""Labels set from the alert's own fields; an alert label of the same name never replaces them."""


class AlertmanagerAlert(TypedDict):
    """One element of the body of ``POST /api/v2/alerts``."""

    labels: dict[str, str]
    annotations: dict[str, str]
    startsAt: str
    endsAt: NotRequired[str]


def sanitize_label_name(name: str) -> str | None:
    """A valid, non-reserved Prometheus label name for ``name``; None when nothing usable is left.

    Every character outside ``[A-Za-z0-9_]`` becomes ``_``, leading underscores go
    (``__`` is reserved), and a leading digit gets one ``_`` in front.
    """
    cleaned = _NOT_IN_LABEL_NAME.sub("_", name).lstrip("_")
    if not cleaned.strip("_"):
        return None
    return "_" + cleaned if cleaned[0].isdigit() else cleaned


def rfc3339(moment: datetime) -> str:
    """UTC, millisecond RFC 3339 as Alertmanager writes it; a naive time is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


def alert_labels(alert: Alert) -> dict[str, str]:
    """The Alertmanager label set: core labels plus the alert's sanitised, non-empty labels."""
    labels: dict[str, str] = {}
    # Sorted by original name so that two names sanitised to the same one resolve the same way
    # on every run: the first in order wins.
    for name, value in sorted(alert.labels.items()):
        clean = sanitize_label_name(name)
        if clean is None or not value or clean in CORE_LABELS or clean in labels:
            continue
        labels[clean] = value
    labels.update(alertname=alert.rule, severity=alert.severity.value, alert_id=alert.alert_id)
    return dict(sorted(labels.items()))


def alert_annotations(alert: Alert) -> dict[str, str]:
    """What a person reads: title, summary, the event ids and the article id."""
    annotations = {
        "title": alert.title,
        "summary": alert.summary,
        "event_ids": ",".join(alert.event_ids),
    }
    if alert.article_id:
        annotations["article_id"] = alert.article_id
    return annotations


def _as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _time_range(alert: Alert) -> tuple[datetime, datetime | None]:
    """(startsAt, endsAt) from the alert's lifecycle fields, each optional.

    Without ``starts_at`` the alert starts when it was created. A firing alert
    ends at ``ends_at`` (its expiry unless re-sent); without one, Alertmanager
    resolves it after its own ``resolve_timeout``. A resolved alert ends at
    ``ends_at``, else when the resolution was created: an end in the past is how
    Alertmanager learns an alert is resolved. An end before the start is moved to
    the start, so a resolution is never refused (Alertmanager answers 400 to it).
    """
    start = alert.starts_at or alert.created_at
    end = alert.ends_at
    if end is None and alert.status is AlertStatus.RESOLVED:
        end = alert.created_at
    if end is not None:
        end = max(end, start, key=_as_utc)
    return start, end


def to_alertmanager(alert: Alert) -> AlertmanagerAlert:
    """The Alertmanager v2 alert for one alert record."""
    start, end = _time_range(alert)
    posted = AlertmanagerAlert(
        labels=alert_labels(alert),
        annotations=alert_annotations(alert),
        startsAt=rfc3339(start),
    )
    if end is not None:
        posted["endsAt"] = rfc3339(end)
    return posted


def alertmanager_payload(alerts: Iterable[Alert]) -> list[AlertmanagerAlert]:
    """The body of ``POST /api/v2/alerts`` for these alerts."""
    return [to_alertmanager(alert) for alert in alerts]
