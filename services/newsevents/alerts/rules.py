"""Alert rules (data) and their evaluation over one article's events (pure).

Rules live in a YAML file (``Settings.alert_rules_path``) validated into
``AlertRules``. A rule says which stages evaluate it (``stages``): ``article``, the
stateless per-article stage (``evaluate_alerts``, a pure function of the events,
the rules and ``now``), and ``story``, the stateful stage over merged stories
(``alerts.tracking``), which adds toll rises, re-alerts on escalation,
suppression and resolution. Alert ids are deterministic, so a replayed article
produces the same alerts and consumers can de-duplicate on ``alert_id``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
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


class Stage(StrEnum):
    """Where a rule is evaluated: per article (stateless) or over merged stories (stateful)."""

    ARTICLE = "article"
    STORY = "story"


class TollRise(BaseModel):
    """The best killed estimate of a story rose by at least ``killed`` within the window."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    killed: int = Field(ge=1)
    within_hours: float = Field(gt=0)


class AlertRule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    description: str = ""
    record: Literal["casualty_update", "diplomatic_event"]
    severity: Severity
    stages: tuple[Stage, ...] = Field(default=(Stage.ARTICLE, Stage.STORY), min_length=1)
    # casualty conditions
    scope: tuple[Scope, ...] = ()
    min_killed: int | None = Field(default=None, ge=0)
    min_injured: int | None = Field(default=None, ge=0)
    escalate: tuple[Escalation, ...] = ()
    rise: TollRise | None = None
    # diplomatic conditions
    event_types: tuple[EventType, ...] = ()
    modes: tuple[str, ...] = ()
    statuses: tuple[EventStatus, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    actors: tuple[str, ...] = Field(
        default=(), description="participant names, matched case-insensitively"
    )
    # both: participants' or topic countries (diplomatic), the place's country (casualty)
    countries: tuple[str, ...] = ()
    # lifecycle of a story alert (story stage): one alert per story and rule, re-sent only on
    # escalation, resolved when the story stops meeting the rule, expired when left alone
    renotify_step: int | None = Field(
        default=None, ge=1, description="re-alert when the killed toll rose this much since"
    )
    suppress_hours: float = Field(
        default=6.0,
        ge=0,
        description="after an alert, no toll-step re-alert and no re-fire after resolution"
        " for this long; a rise in severity always goes through",
    )
    expire_hours: float = Field(
        default=72.0, gt=0, description="a firing alert not re-sent for this long expires"
    )

    @model_validator(mode="after")
    def _conditions_fit_record(self) -> AlertRule:
        casualty_only = (
            self.scope
            or self.min_killed is not None
            or self.min_injured is not None
            or self.escalate
            or self.rise is not None
            or self.renotify_step is not None
        )
        diplomatic_only = (
            self.event_types or self.modes or self.statuses or self.pairs or self.actors
        )
        if self.record == "diplomatic_event" and casualty_only:
            raise ValueError(f"rule {self.name}: casualty conditions on a diplomatic rule")
        if self.record == "casualty_update" and diplomatic_only:
            raise ValueError(f"rule {self.name}: diplomatic conditions on a casualty rule")
        if self.rise is not None and Stage.ARTICLE in self.stages:
            raise ValueError(f"rule {self.name}: a toll rise needs history (stages: [story])")
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


def matches_diplomatic(rule: AlertRule, event: DiplomaticEvent) -> bool:
    if rule.event_types and event.event_type not in rule.event_types:
        return False
    if rule.modes and event.mode not in rule.modes:
        return False
    if rule.statuses and event.status not in rule.statuses:
        return False
    codes = _countries(event)
    if rule.pairs and not any(a in codes and b in codes for a, b in rule.pairs):
        return False
    if rule.actors:
        watched = {name.casefold() for name in rule.actors}
        if not any(p.name.casefold() in watched for p in event.participants):
            return False
    return not (
        rule.countries and not (codes | set(event.topic_countries)).intersection(rule.countries)
    )


def casualty_severity(
    rule: AlertRule, update: CasualtyUpdate, killed_rise: int | None = None
) -> Severity | None:
    """The severity the rule gives this update, or None when it does not match.

    ``killed_rise`` is how much the story's killed toll rose within the rule's window
    (story stage); a rule with ``rise`` never matches without it.
    """
    if rule.scope and update.scope not in rule.scope:
        return None
    if rule.rise is not None and (killed_rise is None or killed_rise < rule.rise.killed):
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


def alert_id_for(rule: str, event_id: str) -> str:
    return "alert-" + hashlib.sha256(f"{rule}|{event_id}".encode()).hexdigest()[:20]


def _place(location_name: str | None) -> str:
    return f" in {location_name}" if location_name else ""


def diplomatic_alert(rule: AlertRule, event: DiplomaticEvent, now: datetime) -> Alert:
    names = ", ".join(p.name for p in event.participants[:6]) or "unnamed parties"
    what = f"{event.event_type.value.lower()} ({event.mode or 'unspecified'}), {event.status.value}"
    when = f" on {event.date}" if event.date else ""
    codes = sorted(_countries(event))
    return Alert(
        alert_id=alert_id_for(rule.name, event.event_id),
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


def casualty_alert(
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
        alert_id=alert_id_for(rule.name, update.event_id),
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
    """The per-article alerts the rules raise for these events; at most one per (rule, event)."""
    alerts: list[Alert] = []
    article_rules = [rule for rule in rules.rules if Stage.ARTICLE in rule.stages]
    for event in events:
        for rule in article_rules:
            if isinstance(event, DiplomaticEvent):
                if rule.record == "diplomatic_event" and matches_diplomatic(rule, event):
                    alerts.append(diplomatic_alert(rule, event, now))
            elif rule.record == "casualty_update":
                severity = casualty_severity(rule, event)
                if severity is not None:
                    alerts.append(casualty_alert(rule, event, severity, now))
    return alerts
