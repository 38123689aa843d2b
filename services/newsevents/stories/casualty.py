"""Casualty reports from many articles → incidents and running tolls with low/best/high (pure).

Part of the story stage (``stories.stage``), after per-article extraction. Two
kinds of story, both under the merge key of the place's country:

* an **incident** (new casualties at a place on a date: incremental reports, and
  cumulative ones with a date but no period, "the toll of Tuesday's bombing rose
  to 45"): a report joins when published within the incident window, at the same
  place (or a city in the story's country, or either place unknown, but then only
  with the same date and the same cause), on the same date or an unknown one,
  with the same cause or an unknown one;
* a **running toll** of a place or conflict (cumulative reports with a period or
  without a date): a report joins at the same place with a compatible cause,
  within the toll window.

Each story keeps the latest figure of every source (``source_figures``: the
attribution, else the outlet), so conflicting reports stay apart. A source's
figure only moves forward: a report older than that source's figure is stale and
ignored, and a lower figure later is taken as a repeated old one. From these
figures: ``count`` (best) = the highest credible lower bound (a figure's ``low``,
or its count unless it is only an upper bound such as "up to 30"; ACLED's
conservative reading), never below the best already published; ``low`` = the
lowest and ``high`` = the highest figure reported (UCDP's low/high).

Material changes, which publish a new version: killed or injured low/best/high
changed, the place newly known or made precise, the date or cause newly known.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from newsevents.alerts.tracking import TollPoint
from newsevents.contracts import CasualtyCount, CasualtyUpdate, Scope, SourceFigure
from newsevents.stories.config import CasualtyMerge, StoryLimits
from newsevents.stories.places import Relation, more_specific, place_relation, value_relation
from newsevents.stories.state import (
    ArticleRef,
    CasualtyStory,
    bookkeeping,
    story_id,
    tagged_evidence,
)


def is_running_toll(record: CasualtyUpdate) -> bool:
    """A conflict's or a place's total, as opposed to one incident's casualties."""
    return record.scope is Scope.CUMULATIVE and (record.period is not None or record.date is None)


def match_score(
    story: CasualtyStory, record: CasualtyUpdate, at: datetime, config: CasualtyMerge
) -> int | None:
    """How well a report fits a story (higher is better), or None when it is another one."""
    toll = is_running_toll(record)
    if story.running_toll != toll:
        return None
    current = story.record
    window = config.toll_window if toll else config.incident_window
    first = current.first_seen or at
    last = current.last_seen or at
    if not first - window <= at <= last + window:
        return None
    place = place_relation(current.location, record.location)
    cause = value_relation(current.cause, record.cause)
    if place is Relation.DIFFERENT or cause is Relation.DIFFERENT:
        return None
    if toll:
        both_unknown = current.location is None and record.location is None
        if place is not Relation.SAME and not both_unknown:
            return None
        return 2 + (cause is Relation.SAME)
    date = value_relation(current.date, record.date)
    if date is Relation.DIFFERENT:
        return None
    if place is Relation.SAME:
        return 3 + (date is Relation.SAME) + (cause is Relation.SAME)
    if date is Relation.SAME and cause is Relation.SAME:
        return 2
    return None


def _source(record: CasualtyUpdate, article: ArticleRef) -> str:
    return " ".join(record.reported_by.split()) if record.reported_by else article.outlet


def _source_key(name: str) -> str:
    return name.casefold().removeprefix("the ")


def _newer(old: CasualtyCount | None, new: CasualtyCount | None) -> CasualtyCount | None:
    """A source's figure only moves forward: a lower one later is a repeated old figure."""
    if new is None:
        return old
    if old is None or new.count >= old.count:
        return new
    return old


def _figures(
    figures: Sequence[SourceFigure], record: CasualtyUpdate, article: ArticleRef, at: datetime
) -> list[SourceFigure]:
    name = _source(record, article)
    key = _source_key(name)
    merged = list(figures)
    for index, figure in enumerate(merged):
        if _source_key(figure.source) != key:
            continue
        if at < figure.reported_at:
            return merged  # stale: this source has said something newer
        killed, injured = (
            _newer(figure.killed, record.killed),
            _newer(figure.injured, record.injured),
        )
        if (killed, injured) != (figure.killed, figure.injured):
            merged[index] = figure.model_copy(
                update={
                    "killed": killed,
                    "injured": injured,
                    "article_id": article.id,
                    "reported_at": at,
                }
            )
        return merged
    if record.killed is None and record.injured is None:
        return merged
    merged.append(
        SourceFigure(
            source=name,
            killed=record.killed,
            injured=record.injured,
            article_id=article.id,
            reported_at=at,
        )
    )
    return merged


def _lower_bound(count: CasualtyCount) -> int | None:
    if count.low is not None:
        return count.low
    return None if count.high is not None else count.count  # "up to 30" bounds from above only


def estimate(
    figures: Sequence[tuple[str, CasualtyCount | None]], previous: CasualtyCount | None
) -> tuple[CasualtyCount | None, str | None]:
    """Low/best/high over the sources' figures, and the source the best comes from."""
    known = [(source, count) for source, count in figures if count is not None]
    if not known:
        return previous, None
    bounds = [
        (bound, source, count)
        for source, count in known
        if (bound := _lower_bound(count)) is not None
    ]
    source: str | None
    if bounds:
        best, source, chosen = max(bounds, key=lambda item: item[0])
    else:
        source, chosen = min(known, key=lambda item: item[1].count)
        best = chosen.count
    if previous is not None and previous.count > best:
        best, chosen, source = previous.count, previous, None  # the toll never goes back
    low = min(*(c.low if c.low is not None else c.count for _, c in known), best)
    high = max(*(c.high if c.high is not None else c.count for _, c in known), best)
    merged = CasualtyCount(
        count=best, low=low, high=high, approximate=chosen.approximate, text=chosen.text
    )
    return merged, source


def _counts(record: CasualtyUpdate) -> tuple[object, ...]:
    return tuple(
        (c.count, c.low, c.high) if c is not None else None for c in (record.killed, record.injured)
    )


def _with_figures(current: CasualtyUpdate, figures: list[SourceFigure]) -> dict[str, object]:
    killed, killed_source = estimate([(f.source, f.killed) for f in figures], current.killed)
    injured, _ = estimate([(f.source, f.injured) for f in figures], current.injured)
    return {
        "killed": killed,
        "injured": injured,
        "source_figures": figures,
        "reported_by": killed_source or current.reported_by,
    }


def start(
    key: str,
    record: CasualtyUpdate,
    article: ArticleRef,
    at: datetime,
    clock: datetime,
    limits: StoryLimits,
) -> CasualtyStory:
    """A new incident or running toll from its first report (version 1)."""
    figures = _figures([], record, article, at)
    base = record.model_copy(update={"killed": None, "injured": None})
    canonical = record.model_copy(
        update={
            **_with_figures(base, figures),
            "event_id": story_id("cas", key, record.event_id),
            "article_id": article.id,
            "scope": Scope.CUMULATIVE if is_running_toll(record) else Scope.INCREMENTAL,
            "evidence": tagged_evidence(record, article.id)[: limits.max_evidence],
            "version": 1,
            "mentions": 1,
            "sources": [article.outlet],
            "first_seen": at,
            "last_seen": at,
        }
    )
    history = [TollPoint(at=clock, killed=canonical.killed.count)] if canonical.killed else []
    return CasualtyStory(
        record=canonical,
        article_ids=[article.id],
        facts_at=at,
        history=history,
    )


def merge(
    story: CasualtyStory,
    record: CasualtyUpdate,
    article: ArticleRef,
    at: datetime,
    clock: datetime,
    limits: StoryLimits,
) -> tuple[CasualtyStory, bool]:
    """The story with one more report, and whether that is a material change."""
    current = story.record
    story_updates, updates = bookkeeping(story, current, record, article, at, limits)
    figures = _figures(current.source_figures, record, article, at)
    updates.update(_with_figures(current, figures))
    facts_changed = False
    if more_specific(current.location, record.location):
        updates["location"] = record.location
        facts_changed = True
    for name in ("date", "cause"):
        if getattr(current, name) is None and getattr(record, name) is not None:
            updates[name] = getattr(record, name)
            facts_changed = True
    if current.date is None and record.date is not None:
        updates["date_text"] = record.date_text
    for name in ("victims", "perpetrator", "period"):
        if getattr(current, name) is None and getattr(record, name) is not None:
            updates[name] = getattr(record, name)
    candidate = current.model_copy(update=updates)
    figures_changed = _counts(candidate) != _counts(current)
    material = facts_changed or figures_changed
    if material:
        candidate = candidate.model_copy(
            update={"article_id": article.id, "extractor_version": record.extractor_version}
        )
        story_updates["facts_at"] = max(story.facts_at, at)
    if candidate.killed is not None and (
        current.killed is None or candidate.killed.count != current.killed.count
    ):
        story_updates["history"] = [
            *story.history,
            TollPoint(at=clock, killed=candidate.killed.count),
        ]
    story_updates["record"] = candidate
    return story.model_copy(update=story_updates), material
