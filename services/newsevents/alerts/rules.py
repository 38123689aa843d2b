"""Alert rules (data) and their evaluation over one article's events (pure).

Rules live in a YAML file (``Settings.alert_rules_path``) validated into
``AlertRules``. ``evaluate_alerts`` is a pure function of the events, the rules
and ``now``; alert ids are deterministic, so a replayed article produces the same
alerts and consumers can de-duplicate on ``alert_id``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsevents.contracts import (
    Alert,
    CasualtyUpdate,
    DiplomaticEvent,
    EventStatus,
    EventType,
    Scope,
    Severity,
)
from newsevents.lexicon import load_model


class Escalation(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    min_killed: int = Field(ge=0)
    severity: Severity


class AlertRule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    description: str = ""
    record: Literal["casualty_update", "diplomatic_event"]
    severity: Severity
    # casualty conditions
    scope: tuple[Scope, ...] = ()
    min_killed: int | None = Field(default=None, ge=0)
    min_injured: int | None = Field(default=None, ge=0)
    escalate: tuple[Escalation, ...] = ()
    # diplomatic conditions
    event_types: tuple[EventType, ...] = ()
    modes: tuple[str, ...] = ()
    statuses: tuple[EventStatus, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    countries: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _conditions_fit_record(self) -> AlertRule:
        casualty_only = (
            self.scope
            or self.min_killed is not None
            or self.min_injured is not None
            or self.escalate
        )
        diplomatic_only = self.event_types or self.modes or self.statuses or self.pairs
        if self.record == "diplomatic_event" and casualty_only:
            raise ValueError(f"rule {self.name}: casualty conditions on a diplomatic rule")
        if self.record == "casualty_update" and diplomatic_only:
            raise ValueError(f"rule {self.name}: diplomatic conditions on a casualty rule")
        return self


class AlertRules(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    rules: tuple[AlertRule, ...]

    @model_validator(mode="after")
    def _unique_names(self) -> AlertRules:
        names = [r.name for r in self.rules]
        if len(names) != len(set(names)):
            raise ValueError("alert rule names must be unique")
        return self


def load_rules(path: Path) -> AlertRules:
    return load_model(AlertRules, path)


def _countries(event: DiplomaticEvent) -> set[str]:
    return {p.country_code for p in event.participants if p.country_code}


def _matches_diplomatic(rule: AlertRule, event: DiplomaticEvent) -> bool:
    if rule.event_types and event.event_type not in rule.event_types:
        return False
    if rule.modes and event.mode not in rule.modes:
        return False
    if rule.statuses and event.status not in rule.statuses:
        return False
    codes = _countries(event)
    if rule.pairs and not any(a in codes and b in codes for a, b in rule.pairs):
        return False
    return not (rule.countries and not codes.intersection(rule.countries))


def _casualty_severity(rule: AlertRule, update: CasualtyUpdate) -> Severity | None:
    if rule.scope and update.scope not in rule.scope:
        return None
    killed = update.killed.count if update.killed else 0
    injured = update.injured.count if update.injured else 0
    if rule.min_killed is not None and killed < rule.min_killed:
        return None
    if rule.min_injured is not None and injured < rule.min_injured:
        return None
    if rule.countries and (
        update.location is None or update.location.country_code not in rule.countries
    ):
        return None
    severity = rule.severity
    for step in sorted(rule.escalate, key=lambda s: s.min_killed):
        if killed >= step.min_killed:
            severity = step.severity
    return severity


def _alert_id(rule: str, event_id: str) -> str:
    return "alert-" + hashlib.sha256(f"{rule}|{event_id}".encode()).hexdigest()[:20]


def _place(location_name: str | None) -> str:
    return f" in {location_name}" if location_name else ""


def _diplomatic_alert(rule: AlertRule, event: DiplomaticEvent, now: datetime) -> Alert:
    names = ", ".join(p.name for p in event.participants[:6]) or "unnamed parties"
    what = f"{event.event_type.value.lower()} ({event.mode or 'unspecified'}), {event.status.value}"
    when = f" on {event.date}" if event.date else ""
    codes = sorted(_countries(event))
    return Alert(
        alert_id=_alert_id(rule.name, event.event_id),
        rule=rule.name,
        severity=rule.severity,
        title=f"{event.event_type.value} {event.mode or ''}".strip()
        + _place(event.location.name if event.location else None),
        summary=f"{what}{_place(event.location.name if event.location else None)}{when}: {names}",
        event_ids=[event.event_id],
        article_id=event.article_id,
        labels={
            "rule": rule.name,
            "severity": rule.severity.value,
            "kind": event.kind,
            "event_type": event.event_type.value,
            "status": event.status.value,
            "countries": ",".join(codes),
        },
        created_at=now,
    )


def _casualty_alert(
    rule: AlertRule, update: CasualtyUpdate, severity: Severity, now: datetime
) -> Alert:
    parts = []
    if update.killed:
        parts.append(
            f"{update.killed.count}{'+' if update.killed.high is None and update.killed.low else ''} killed"
        )
    if update.injured:
        parts.append(f"{update.injured.count} injured")
    where = update.location.name if update.location else None
    cause = f" by {update.cause.replace('_', ' ')}" if update.cause else ""
    when = f" on {update.date}" if update.date else ""
    return Alert(
        alert_id=_alert_id(rule.name, update.event_id),
        rule=rule.name,
        severity=severity,
        title=f"{' and '.join(parts) or 'casualties'}{_place(where)}",
        summary=f"{update.scope.value} report: {', '.join(parts)}{cause}{_place(where)}{when}",
        event_ids=[update.event_id],
        article_id=update.article_id,
        labels={
            "rule": rule.name,
            "severity": severity.value,
            "kind": update.kind,
            "scope": update.scope.value,
            "country": (update.location.country_code or "") if update.location else "",
        },
        created_at=now,
    )


def evaluate_alerts(
    events: Sequence[DiplomaticEvent | CasualtyUpdate], rules: AlertRules, *, now: datetime
) -> list[Alert]:
    """The alerts the rules raise for these events; at most one per (rule, event)."""
    alerts: list[Alert] = []
    for event in events:
        for rule in rules.rules:
            if isinstance(event, DiplomaticEvent):
                if rule.record == "diplomatic_event" and _matches_diplomatic(rule, event):
                    alerts.append(_diplomatic_alert(rule, event, now))
            elif rule.record == "casualty_update":
                severity = _casualty_severity(rule, event)
                if severity is not None:
                    alerts.append(_casualty_alert(rule, event, severity, now))
    return alerts
