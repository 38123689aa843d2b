"""The state of the story stage: plain, JSON-serialisable data, one ``StoryState`` per merge key.

A Faust table (with its changelog topic) holds one ``StoryState`` per merge key,
so a restarted worker recovers exactly what it had; ``newsevents extract`` holds
them in a dict. Nothing here reads a clock: every time in the state is a report
time (an article's ``published_at``, clamped to ``now``).

Each story keeps its canonical record (the latest state of the event, whose
``version`` is the last one published), the articles that reported it (one
article is one mention), the alert track of each rule, and for casualties the
toll history the rise rules need. The state of a key also remembers the ids of
the per-article records it applied last, so a replayed message changes nothing,
even when its story has been forgotten since.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from operator import attrgetter
from typing import Any, Literal, TypeVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from newsevents.alerts.tracking import AlertTrack, TollPoint
from newsevents.contracts import CasualtyUpdate, DiplomaticEvent, Evidence, RawArticle, Scope
from newsevents.stories.config import StoryLimits

STATE_LAYOUT: Literal[1] = 1
"""Version of the serialised state layout (bump on an incompatible change of these models)."""


class ArticleRef(BaseModel):
    """What the story stage needs of an article: its id, outlet and publication time."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    source: str | None = None
    published_at: AwareDatetime

    @classmethod
    def of(cls, article: RawArticle) -> ArticleRef:
        return cls(id=article.id, source=article.source, published_at=article.published_at)

    @property
    def outlet(self) -> str:
        """The name a story lists among its sources: the outlet, else the article id."""
        return self.source or self.id


class StoryBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    article_ids: list[str] = Field(description="articles that reported it (most recent)")
    facts_at: AwareDatetime = Field(
        description="report time of the latest change of status, date or place; an older"
        " report cannot undo it"
    )
    alerts: dict[str, AlertTrack] = Field(default_factory=dict)


class DiplomaticStory(StoryBase):
    record: DiplomaticEvent


class CasualtyStory(StoryBase):
    record: CasualtyUpdate
    history: list[TollPoint] = Field(default_factory=list)

    @property
    def running_toll(self) -> bool:
        return self.record.scope is Scope.CUMULATIVE


Story = DiplomaticStory | CasualtyStory
StoryFragments = dict[int, tuple[Story, bytes]]
"""The JSON of a state's stories by ``id(story)`` (``StoryState.to_json_reusing``)."""


class StoryState(BaseModel):
    """Every open story of one merge key, and the latest report time the key has seen."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    layout: Literal[1] = STATE_LAYOUT
    key: str
    clock: AwareDatetime | None = Field(
        default=None, description="latest report time of this key (the stage's clock)"
    )
    applied: list[str] = Field(
        default_factory=list, description="ids of the per-article records applied (most recent)"
    )
    diplomatic: list[DiplomaticStory] = Field(default_factory=list)
    casualty: list[CasualtyStory] = Field(default_factory=list)

    def to_json(self) -> bytes:
        # The serializer's own bytes: ``model_dump_json()`` decodes them to a str, which
        # we would encode again (two copies of a state that reaches 150 KiB on a busy key).
        return self.__pydantic_serializer__.to_json(self)

    def to_json_reusing(self, known: StoryFragments | None = None) -> tuple[bytes, StoryFragments]:
        """``to_json()``, byte for byte, reusing the JSON of stories encoded before.

        A message changes one story of its key; the others are carried into the new
        state as the very same (frozen) objects. ``known`` maps ``id(story)`` to the
        story and its JSON from the key's last encoding (holding the story keeps its
        id from being reused); only the stories not in it are encoded. Returns the
        bytes and the fragments of this state, for the next call.
        """
        known = known or {}
        fragments: StoryFragments = {}

        def encoded(story: Story) -> bytes:
            hit = known.get(id(story))
            data = (
                hit[1]
                if hit is not None and hit[0] is story
                else story.__pydantic_serializer__.to_json(story)
            )
            fragments[id(story)] = (story, data)
            return data

        head = self.__pydantic_serializer__.to_json(self, exclude={"diplomatic", "casualty"})
        # The two lists are the model's last fields, so they close its JSON object.
        body = b'%s,"diplomatic":[%s],"casualty":[%s]}' % (
            head[:-1],
            b",".join(encoded(story) for story in self.diplomatic),
            b",".join(encoded(story) for story in self.casualty),
        )
        return body, fragments

    @classmethod
    def from_json(cls, data: bytes | str) -> StoryState:
        return cls.model_validate_json(data)


M = TypeVar("M", bound=BaseModel)
_set_attribute = object.__setattr__


def replaced(model: M, update: Mapping[str, Any]) -> M:
    """``model.model_copy(update=update)``, the same object, in half the time.

    The story stage copies about ten frozen models per report (mostly evidence spans,
    relabelled with their article), and pydantic's ``model_copy`` goes through
    ``__copy__`` and three ``copy.copy`` calls for it. Our models forbid extra fields
    and have no private attributes, so the copy is the merged field dict and the
    fields set (as ``model_copy`` keeps it); a model that has either takes the
    ordinary path.
    """
    if model.__pydantic_extra__ is not None or model.__pydantic_private__ is not None:
        return model.model_copy(update=update)
    cls = type(model)
    copied = cls.__new__(cls)
    _set_attribute(copied, "__dict__", {**model.__dict__, **update})
    _set_attribute(copied, "__pydantic_extra__", None)
    _set_attribute(copied, "__pydantic_fields_set__", model.__pydantic_fields_set__ | update.keys())
    _set_attribute(copied, "__pydantic_private__", None)
    return copied


def story_id(prefix: str, key: str, first_report_id: str) -> str:
    """A canonical event id: stable for a story, deterministic for the same input order."""
    digest = hashlib.sha256(f"story|{key}|{first_report_id}".encode()).hexdigest()[:20]
    return f"{prefix}-{digest}"


def _recent(items: list[str], item: str, limit: int) -> list[str]:
    if item in items:
        return items
    return [*items, item][-limit:]


def tagged_evidence(record: DiplomaticEvent | CasualtyUpdate, article_id: str) -> list[Evidence]:
    """The record's evidence, each span labelled with the article it points into."""
    return [replaced(item, {"article_id": article_id}) for item in record.evidence]


_article_of = attrgetter("article_id")


def union_evidence(
    kept: Sequence[Evidence],
    record: DiplomaticEvent | CasualtyUpdate,
    article_id: str,
    limit: int,
) -> list[Evidence]:
    """The kept evidence and the record's (labelled with its article), union by (article, field,
    span); over the limit, keep the first and the latest halves.

    Only spans not kept yet are labelled (copied): most of a repeated report's are.
    """
    # Only the kept spans of this article can be the same as one of the record's. Most
    # reports come from an article the story has no span of yet: a scan in C (``in`` over
    # ``map``) tells so, without building the set from up to ``limit`` spans in Python.
    seen = (
        {(e.field, e.start, e.end) for e in kept if e.article_id == article_id}
        if article_id in map(_article_of, kept)
        else set()
    )
    merged = list(kept)
    for item in record.evidence:
        identity = (item.field, item.start, item.end)
        if identity not in seen:
            seen.add(identity)
            merged.append(replaced(item, {"article_id": article_id}))
    if len(merged) <= limit:
        return merged
    head = limit // 2
    return [*merged[:head], *merged[len(merged) - (limit - head) :]]


def bookkeeping(
    story: StoryBase,
    current: DiplomaticEvent | CasualtyUpdate,
    record: DiplomaticEvent | CasualtyUpdate,
    article: ArticleRef,
    at: datetime,
    limits: StoryLimits,
) -> tuple[dict[str, object], dict[str, object]]:
    """Updates for one more report: (story fields, canonical record fields).

    Mentions count articles, not records: two records of one article (a figure per
    source) are one mention. None of this is a material change.
    """
    new_article = article.id not in story.article_ids
    sources = list(current.sources)
    if article.outlet not in sources and len(sources) < limits.max_sources:
        sources.append(article.outlet)
    story_updates: dict[str, object] = {
        "article_ids": _recent(story.article_ids, article.id, limits.max_articles),
    }
    record_updates: dict[str, object] = {
        "mentions": current.mentions + (1 if new_article else 0),
        "sources": sources,
        "first_seen": min(current.first_seen or at, at),
        "last_seen": max(current.last_seen or at, at),
        "evidence": union_evidence(current.evidence, record, article.id, limits.max_evidence),
        "confidence": max(current.confidence, record.confidence),
    }
    return story_updates, record_updates
