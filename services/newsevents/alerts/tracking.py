"""The alert lifecycle over story versions (pure): one alert per development, no storms.

Sits after the story stage (``stories.stage``): each time a story publishes a new
version, ``story_alerts`` evaluates the ``story`` rules against it and decides,
per rule, from the rule's ``AlertTrack`` (kept in the story's state):

* the story newly meets the rule → a **firing** alert (``starts_at`` = now on the
  report clock, ``ends_at`` = when it expires unless re-sent);
* it still meets it → nothing, unless it **escalated**: the severity rose (always
  sent), or the killed toll rose by the rule's ``renotify_step`` since the alert
  was last sent and ``suppress_hours`` have passed since then; the re-sent alert
  keeps its ``alert_id`` and ``starts_at``;
* it no longer meets it (talks held are no longer "scheduled", a ceasefire that
  collapsed is no longer "agreed") → a **resolved** alert (``ends_at`` = now);
* every record of one alert carries the labels it first fired with (only
  ``severity`` follows the alert), since Alertmanager knows an alert by its
  labels and the story's status or countries may have changed since;
* an alert not re-sent for ``expire_hours`` has expired: its ``ends_at`` already
  told Alertmanager so, nothing is sent, and the next match fires afresh;
* after a resolution, the same rule does not fire again on the story for
  ``suppress_hours`` unless the severity is higher (no flapping).

The clock is the latest report time of the story's merge key, never the wall
clock, so a file of articles gives the same alerts in ``newsevents extract`` as in
the stream; ``now`` only stamps ``created_at``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from newsevents.alerts.rules import (
    AlertRule,
    AlertRules,
    Stage,
    alert_id_for,
    casualty_alert,
    casualty_severity,
    diplomatic_alert,
    matches_diplomatic,
)
from newsevents.contracts import (
    Alert,
    AlertStatus,
    CasualtyCount,
    CasualtyUpdate,
    DiplomaticEvent,
    Scope,
    Severity,
)


class AlertTrack(BaseModel):
    """What was last sent for one (story, rule): enough to decide the next step."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    status: AlertStatus
    severity: Severity
    starts_at: AwareDatetime
    sent_at: AwareDatetime = Field(description="when the firing alert was last sent")
    sent_killed: int = Field(default=0, ge=0, description="the killed toll it was sent with")
    ended_at: AwareDatetime | None = None
    labels: dict[str, str] = Field(
        default_factory=dict,
        description="the labels it first fired with: Alertmanager knows an alert by its labels,"
        " so a re-sent or resolved alert keeps them (only severity follows the alert)",
    )

    def expires_at(self, rule: AlertRule) -> datetime:
        return self.sent_at + timedelta(hours=rule.expire_hours)

    def is_firing(self, rule: AlertRule, clock: datetime) -> bool:
        return self.status is AlertStatus.FIRING and clock < self.expires_at(rule)


class TollPoint(BaseModel):
    """The best killed estimate of a casualty story from a report time on."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    at: AwareDatetime
    killed: int = Field(ge=0)


def story_rules(rules: AlertRules) -> list[AlertRule]:
    return [rule for rule in rules.rules if Stage.STORY in rule.stages]


def history_horizon(rules: AlertRules) -> timedelta:
    """How far back a story must keep its toll history for the rules' rise windows."""
    hours = [rule.rise.within_hours for rule in story_rules(rules) if rule.rise is not None]
    return timedelta(hours=max(hours, default=0.0))


def killed_rise(history: Sequence[TollPoint], clock: datetime, within: timedelta) -> int:
    """How much the killed toll rose within ``within`` before ``clock``.

    The baseline is the toll as it stood when the window opened, or the first
    report inside the window when the story is younger (a first report is news,
    not a rise: the threshold rules cover it).
    """
    if not history:
        return 0
    start = clock - within
    before = [point for point in history if point.at <= start]
    baseline = before[-1] if before else history[0]
    return max(0, history[-1].killed - baseline.killed)


def prune_history(
    history: Sequence[TollPoint], clock: datetime, horizon: timedelta
) -> list[TollPoint]:
    """The points still needed: those inside the horizon and the last one before it."""
    start = clock - horizon
    inside = [point for point in history if point.at > start]
    before = [point for point in history if point.at <= start]
    return [*before[-1:], *inside]


def _killed(record: DiplomaticEvent | CasualtyUpdate) -> int:
    if isinstance(record, CasualtyUpdate) and record.killed is not None:
        return record.killed.count
    return 0


def _severity(
    rule: AlertRule,
    record: DiplomaticEvent | CasualtyUpdate,
    history: Sequence[TollPoint],
    clock: datetime,
) -> tuple[Severity | None, int | None]:
    if isinstance(record, DiplomaticEvent):
        if rule.record != "diplomatic_event" or not matches_diplomatic(rule, record):
            return None, None
        return rule.severity, None
    if rule.record != "casualty_update":
        return None, None
    rise = (
        killed_rise(history, clock, timedelta(hours=rule.rise.within_hours))
        if rule.rise is not None
        else None
    )
    return casualty_severity(rule, record, rise), rise


def _count(count: CasualtyCount, what: str) -> str:
    text = f"{count.count} {what}"
    if count.low is not None and count.high is not None and count.low != count.high:
        text += f" (reports range {count.low}–{count.high})"
    return text


def _casualty_summary(story: CasualtyUpdate) -> str:
    """One line for a merged incident or running toll: best figures, their range, where, when."""
    kind = "running toll" if story.scope is Scope.CUMULATIVE else "incident"
    parts = []
    if story.killed is not None:
        parts.append(_count(story.killed, "killed"))
    if story.injured is not None:
        parts.append(_count(story.injured, "injured"))
    cause = f" by {story.cause.replace('_', ' ')}" if story.cause else ""
    where = f" in {story.location.name}" if story.location else ""
    when = f" on {story.date}" if story.date else (f" ({story.period})" if story.period else "")
    return f"{kind}: {', '.join(parts) or 'casualties'}{cause}{where}{when}"


def _alert(
    rule: AlertRule,
    record: DiplomaticEvent | CasualtyUpdate,
    severity: Severity,
    track: AlertTrack,
    *,
    now: datetime,
    rise: int | None,
) -> Alert:
    if isinstance(record, DiplomaticEvent):
        base = diplomatic_alert(rule, record, now)
        summary = base.summary
    else:
        base = casualty_alert(rule, record, severity, now)
        summary = _casualty_summary(record)
    if rise is not None and rule.rise is not None:
        summary = f"toll up {rise} within {rule.rise.within_hours:g} h: {summary}"
    reports = f"{record.mentions} report{'s' if record.mentions != 1 else ''}"
    if record.sources:
        reports += " from " + ", ".join(record.sources[:5])
    summary = f"{summary} ({reports}; version {record.version})"
    resolved = track.status is AlertStatus.RESOLVED
    if resolved:
        summary = "resolved: " + summary
    return base.model_copy(
        update={
            "alert_id": alert_id_for(rule.name, record.event_id),
            "severity": severity,
            "summary": summary,
            "labels": {**(track.labels or base.labels), "severity": severity.value},
            "status": track.status,
            "starts_at": track.starts_at,
            "ends_at": track.ended_at if resolved else track.expires_at(rule),
        }
    )


def story_alerts(
    tracks: Mapping[str, AlertTrack],
    record: DiplomaticEvent | CasualtyUpdate,
    rules: AlertRules,
    *,
    clock: datetime,
    now: datetime,
    history: Sequence[TollPoint] = (),
) -> tuple[dict[str, AlertTrack], list[Alert]]:
    """The alerts one new story version causes, and the updated tracks (keyed by rule name)."""
    updated = dict(tracks)
    alerts: list[Alert] = []
    killed = _killed(record)
    for rule in story_rules(rules):
        severity, rise = _severity(rule, record, history, clock)
        track = updated.get(rule.name)
        firing = track is not None and track.is_firing(rule, clock)
        suppress = timedelta(hours=rule.suppress_hours)
        if severity is not None:
            if track is not None and firing:
                escalated = severity.rank > track.severity.rank
                stepped = (
                    rule.renotify_step is not None
                    and killed - track.sent_killed >= rule.renotify_step
                    and clock >= track.sent_at + suppress
                )
                if not (escalated or stepped):
                    continue
                new = track.model_copy(
                    update={
                        "severity": max(severity, track.severity, key=lambda s: s.rank),
                        "sent_at": clock,
                        "sent_killed": killed,
                    }
                )
            else:
                held = (
                    track is not None
                    and track.status is AlertStatus.RESOLVED
                    and track.ended_at is not None
                    and clock < track.ended_at + suppress
                    and severity.rank <= track.severity.rank
                )
                if held:
                    continue
                new = AlertTrack(
                    status=AlertStatus.FIRING,
                    severity=severity,
                    starts_at=clock,
                    sent_at=clock,
                    sent_killed=killed,
                )
            alert = _alert(rule, record, new.severity, new, now=now, rise=rise)
            if not new.labels:
                new = new.model_copy(update={"labels": alert.labels})
            updated[rule.name] = new
            alerts.append(alert)
        elif track is not None and track.status is AlertStatus.FIRING:
            if firing:
                new = track.model_copy(update={"status": AlertStatus.RESOLVED, "ended_at": clock})
                alerts.append(_alert(rule, record, new.severity, new, now=now, rise=None))
            else:  # expired: Alertmanager already ended it at its ends_at; nothing to send
                new = track.model_copy(
                    update={"status": AlertStatus.RESOLVED, "ended_at": track.expires_at(rule)}
                )
            updated[rule.name] = new
    return updated, alerts


def all_ended(tracks: Mapping[str, AlertTrack], rules: AlertRules, clock: datetime) -> bool:
    """Whether every alert of a story has ended by ``clock`` (so the story may be forgotten)."""
    by_name = {rule.name: rule for rule in rules.rules}
    for name, track in tracks.items():
        rule = by_name.get(name)
        if rule is not None and track.is_firing(rule, clock):
            return False
    return True
