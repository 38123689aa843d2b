"""The story stage: per-article records → versions of canonical events and their alerts (pure).

Sits after ``pipeline.process_message`` (decode, extract) and before routing:
``apply`` folds one article's records of one merge key into that key's
``StoryState`` and returns the new state with the records to publish: a new
version of every story that changed materially (``version`` 1 for a new one),
then the alerts those versions cause (``alerts.tracking``). ``apply_article``
does this for every key of an article over a mapping of states, as
``newsevents extract`` does in memory and a Faust table does per partition.

Versioning: a story publishes only on a material change (see ``stories.diplomatic``
and ``stories.casualty``) and at most once per article; another report with
nothing new updates ``mentions``, ``sources``, ``last_seen`` and the evidence in
the state and shows them in the next material version, so an alerting consumer
gets few versions. Re-applying records already applied (an at-least-once
replay) changes nothing at all.

Time: a report's time is its article's ``published_at``, clamped to ``now`` (a
date in the future is not believed); the stage's clock is the latest report time
of the key. Windows, staleness, suppression and expiry all run on report time,
so a file of articles gives the same versions and alerts on every run and in the
stream; ``now`` otherwise only stamps the alerts' ``created_at``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Annotated, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from newsevents.alerts.rules import AlertRules
from newsevents.alerts.tracking import all_ended, history_horizon, prune_history, story_alerts
from newsevents.contracts import CasualtyUpdate, DiplomaticEvent, OutputRecord
from newsevents.stories import casualty, diplomatic
from newsevents.stories.config import StoryConfig
from newsevents.stories.keys import merge_key
from newsevents.stories.state import (
    ArticleRef,
    CasualtyStory,
    DiplomaticStory,
    StoryState,
)

Report = Annotated[DiplomaticEvent | CasualtyUpdate, Field(discriminator="kind")]
R = TypeVar("R", DiplomaticEvent, CasualtyUpdate)


class StoryInput(BaseModel):
    """One article's records of one merge key: the message the story stage consumes.

    The stream sends it to a topic keyed by ``key`` so that every report of one
    story reaches the same partition (and the same table entry), in order.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    article: ArticleRef
    records: list[Report]


def story_inputs(
    records: Sequence[DiplomaticEvent | CasualtyUpdate], article: ArticleRef
) -> list[StoryInput]:
    """An article's records grouped by merge key, keys in order of first appearance."""
    groups: dict[str, list[DiplomaticEvent | CasualtyUpdate]] = {}
    for record in records:
        groups.setdefault(merge_key(record), []).append(record)
    return [StoryInput(key=key, article=article, records=group) for key, group in groups.items()]


def report_time(article: ArticleRef, now: datetime) -> datetime:
    """When the report counts as made: its publication, never later than now, in UTC."""
    return min(article.published_at, now).astimezone(UTC)


S = TypeVar("S", DiplomaticStory, CasualtyStory)


def _best(stories: Sequence[S], scores: Sequence[int | None]) -> int | None:
    """The best-scoring story (ties: the latest reported, then the highest id), if any."""
    ranked = [
        (score, story.record.last_seen or story.facts_at, story.record.event_id, index)
        for index, (story, score) in enumerate(zip(stories, scores, strict=True))
        if score is not None
    ]
    return max(ranked)[3] if ranked else None


def _forget_after_seconds(story: DiplomaticStory | CasualtyStory, config: StoryConfig) -> float:
    if isinstance(story, DiplomaticStory):
        window = config.diplomatic.window(story.record.event_type)
    elif story.running_toll:
        window = config.casualty.toll_window
    else:
        window = config.casualty.incident_window
    return window.total_seconds() * config.limits.forget_after_windows


def _still_open(
    stories: Sequence[S], clock: datetime, config: StoryConfig, rules: AlertRules
) -> list[S]:
    """The stories worth keeping: reported recently enough, or with an alert still firing."""
    return [
        story
        for story in stories
        if (clock - (story.record.last_seen or story.facts_at)).total_seconds()
        <= _forget_after_seconds(story, config)
        or not all_ended(story.alerts, rules, clock)
    ]


def _next_version(record: R, created: bool) -> R:
    return record if created else record.model_copy(update={"version": record.version + 1})


def _publish_diplomatic(
    story: DiplomaticStory, created: bool, *, clock: datetime, now: datetime, rules: AlertRules
) -> tuple[DiplomaticStory, list[OutputRecord]]:
    record = _next_version(story.record, created)
    tracks, alerts = story_alerts(story.alerts, record, rules, clock=clock, now=now)
    return story.model_copy(update={"record": record, "alerts": tracks}), [record, *alerts]


def _publish_casualty(
    story: CasualtyStory, created: bool, *, clock: datetime, now: datetime, rules: AlertRules
) -> tuple[CasualtyStory, list[OutputRecord]]:
    record = _next_version(story.record, created)
    history = prune_history(story.history, clock, history_horizon(rules))
    tracks, alerts = story_alerts(
        story.alerts, record, rules, clock=clock, now=now, history=history
    )
    updated = story.model_copy(update={"record": record, "alerts": tracks, "history": history})
    return updated, [record, *alerts]


def apply(
    state: StoryState | None,
    records: Sequence[DiplomaticEvent | CasualtyUpdate],
    article: ArticleRef,
    now: datetime,
    *,
    config: StoryConfig,
    rules: AlertRules,
) -> tuple[StoryState, list[OutputRecord]]:
    """Fold one article's records of one merge key into the key's state.

    Returns the new state (``state`` is not modified) and what to publish: each
    story version, followed by its alerts.
    """
    keys = {merge_key(record) for record in records}
    if state is not None:
        keys.add(state.key)
    if len(keys) > 1:
        raise ValueError(f"records of several merge keys in one story input: {sorted(keys)}")
    if not keys:
        raise ValueError("the story stage needs a state or at least one record")
    key = keys.pop()
    state = state or StoryState(key=key)
    at = report_time(article, now)
    clock = max(state.clock, at) if state.clock else at
    limits = config.limits
    dip, cas = list(state.diplomatic), list(state.casualty)
    # story event id → (its list and index, material change so far), in order of first touch
    touched: dict[str, tuple[bool, int, bool]] = {}
    created: set[str] = set()
    applied = list(state.applied)
    already = set(applied)
    for record in records:
        if record.event_id in already:
            continue  # a replay (at-least-once delivery): already applied
        already.add(record.event_id)
        applied.append(record.event_id)
        if isinstance(record, DiplomaticEvent):
            scores = [diplomatic.match_score(s, record, at, config.diplomatic) for s in dip]
            index = _best(dip, scores)
            if index is None:
                dip.append(diplomatic.start(key, record, article, at, limits))
                index, material = len(dip) - 1, True
                created.add(dip[index].record.event_id)
            else:
                dip[index], material = diplomatic.merge(dip[index], record, article, at, limits)
            event_id, is_diplomatic = dip[index].record.event_id, True
        else:
            scores = [casualty.match_score(s, record, at, config.casualty) for s in cas]
            index = _best(cas, scores)
            if index is None:
                cas.append(casualty.start(key, record, article, at, clock, limits))
                index, material = len(cas) - 1, True
                created.add(cas[index].record.event_id)
            else:
                cas[index], material = casualty.merge(
                    cas[index], record, article, at, clock, limits
                )
            event_id, is_diplomatic = cas[index].record.event_id, False
        before = touched.get(event_id, (is_diplomatic, index, False))
        touched[event_id] = (is_diplomatic, index, before[2] or material)

    outputs: list[OutputRecord] = []
    for event_id, (is_diplomatic, index, material) in touched.items():
        if not material:
            continue
        published: list[OutputRecord]
        if is_diplomatic:
            dip[index], published = _publish_diplomatic(
                dip[index], event_id in created, clock=clock, now=now, rules=rules
            )
        else:
            cas[index], published = _publish_casualty(
                cas[index], event_id in created, clock=clock, now=now, rules=rules
            )
        outputs.extend(published)

    new_state = StoryState(
        key=key,
        clock=clock,
        applied=applied[-limits.max_applied_records :],
        diplomatic=_still_open(dip, clock, config, rules),
        casualty=_still_open(cas, clock, config, rules),
    )
    return new_state, outputs


def apply_article(
    states: Mapping[str, StoryState],
    records: Sequence[DiplomaticEvent | CasualtyUpdate],
    article: ArticleRef,
    now: datetime,
    *,
    config: StoryConfig,
    rules: AlertRules,
) -> tuple[dict[str, StoryState], list[OutputRecord]]:
    """Every merge key of one article, over a mapping of states (``states`` is not modified)."""
    updated = dict(states)
    outputs: list[OutputRecord] = []
    for item in story_inputs(records, article):
        updated[item.key], published = apply(
            updated.get(item.key), item.records, item.article, now, config=config, rules=rules
        )
        outputs.extend(published)
    return updated, outputs
