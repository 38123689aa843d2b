"""The whole pure core, composed: raw bytes → article → events → stories → alerts → records.

No Kafka, no Prometheus, no clock, no environment: the Faust agent, the
``extract`` command and the tests all call these functions and only differ in
where the records go. ``now`` is always passed in.

Two stages: ``process_message`` is the per-article stage (decode, extract,
per-article alerts), stateless; ``process_stories`` is the story stage after it,
which folds the article's records into the merge-key states (``stories``) and
yields versions of canonical events and their alerts. The caller keeps the
states: a dict in ``newsevents extract``, a Faust table in the stream.

The stream splits the story stage at the merge key, so that every report of one
story meets in one partition: ``story_messages`` turns an article into one
``StoryMessage`` per key (the message the article agent sends), and
``process_story_message`` is the story agent's step over one of them and the
stored state of its key. Applied in the same order, the two give exactly what
``process_stories`` gives.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath
from typing import Literal, TypeVar

from pydantic import AwareDatetime, BaseModel, ConfigDict

from newsevents.alerts.rules import AlertRules, evaluate_alerts
from newsevents.contracts import (
    Alert,
    CasualtyUpdate,
    DeadLetter,
    DiplomaticEvent,
    OutputRecord,
    RawArticle,
)
from newsevents.exceptions import DeadLetterReason, InputError
from newsevents.extract import casualty, diplomatic
from newsevents.extract.casualty import extract_casualties
from newsevents.extract.diplomatic import extract_diplomatic
from newsevents.extract.document import NOT_TRUNCATED, Document, Truncation, index, split
from newsevents.parse import InputLimits, decode_article
from newsevents.stories import (
    ArticleRef,
    StoryConfig,
    StoryInput,
    StoryState,
    apply,
    apply_article,
    story_inputs,
)

EXTRACTOR_VERSION = "0.1.0"
DEFAULT_LIMITS = InputLimits()


@dataclass(frozen=True, slots=True)
class MessageSource:
    """Where a message came from, for dead-letter records."""

    topic: str | None = None
    partition: int | None = None
    offset: int | None = None


@dataclass(slots=True)
class Extraction:
    diplomatic: list[DiplomaticEvent] = field(default_factory=list)
    casualties: list[CasualtyUpdate] = field(default_factory=list)
    truncation: Truncation = NOT_TRUNCATED
    """What the sentence limits left unread (``InputLimits``); the shell counts it."""

    @property
    def events(self) -> list[DiplomaticEvent | CasualtyUpdate]:
        return [*self.diplomatic, *self.casualties]


@dataclass(slots=True)
class ProcessedMessage:
    article: RawArticle | None
    extraction: Extraction
    alerts: list[Alert]
    dead_letter: DeadLetter | None
    attempts: int = 1
    """How many times the core ran on this article (more than one: it raised before)."""

    @property
    def records(self) -> list[OutputRecord]:
        if self.dead_letter is not None:
            return [self.dead_letter]
        return [*self.extraction.events, *self.alerts]


def has_trigger(doc: Document) -> bool:
    """Whether either reader finds a trigger in a split (not yet indexed) ``doc``."""
    return diplomatic.has_trigger(doc) or casualty.has_trigger(doc)


def extract_article(article: RawArticle, limits: InputLimits = DEFAULT_LIMITS) -> Extraction:
    """Diplomatic events and casualty updates of one article (the extraction stage)."""
    doc = split(article, limits)
    # Scan cheaply for triggers first: an article without one (a brief, a short item) is
    # never indexed, the costly part of reading one that has (a 4 KB story of any kind
    # nearly always has one: README, "Everyday news yields nothing").
    if not has_trigger(doc):
        return Extraction(truncation=doc.truncation)
    index(doc)
    return Extraction(
        truncation=doc.truncation,
        diplomatic=extract_diplomatic(doc, EXTRACTOR_VERSION),
        casualties=extract_casualties(doc, EXTRACTOR_VERSION),
    )


TRACEBACK_FRAMES = 8
"""Frames of a failure kept in its dead letter: the innermost, where the bug is."""

_T = TypeVar("_T")


def traceback_summary(exc: BaseException, frames: int = TRACEBACK_FRAMES) -> list[str]:
    """The innermost ``frames`` frames of ``exc`` as ``file:line in function``, outermost first.

    Only the file's name within the package is kept: no absolute paths of the
    machine in a record that leaves it.
    """
    summary = traceback.extract_tb(exc.__traceback__)[-frames:]
    out = []
    for frame in summary:
        parts = PurePath(frame.filename).parts
        where = "/".join(parts[parts.index("newsevents") :]) if "newsevents" in parts else parts[-1]
        out.append(f"{where}:{frame.lineno} in {frame.name}")
    return out


def with_retries(step: Callable[[], _T], attempts: int) -> tuple[_T | None, Exception | None, int]:
    """Run ``step`` up to ``attempts`` times: (its result, None, tries) or (None, last error, tries).

    The core is deterministic, so a bug fails every time and costs ``attempts``
    runs; what a retry saves is a failure of the moment (memory, a resource).
    Bounded, so a poison message is dead-lettered and its partition moves on.
    """
    error: Exception | None = None
    for attempt in range(1, max(attempts, 1) + 1):
        try:
            return step(), None, attempt
        except Exception as exc:  # any failure of the core: retried, then dead-lettered
            error = exc
    return None, error, max(attempts, 1)


def dead_letter(
    reason: DeadLetterReason,
    error: str,
    raw: bytes | str,
    *,
    now: datetime,
    source: MessageSource,
    max_raw_chars: int,
    article_id: str | None = None,
    attempts: int = 1,
    failure: BaseException | None = None,
) -> DeadLetter:
    """A dead-letter record that keeps a bounded, always-printable copy of the input.

    ``failure``, the exception of a ``processing_error``, adds its traceback summary.
    """
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    text = data.decode("utf-8", "backslashreplace")
    truncated = len(text) > max_raw_chars
    return DeadLetter(
        reason=reason,
        error=error[:2000],
        article_id=article_id,
        source_topic=source.topic,
        partition=source.partition,
        offset=source.offset,
        raw=text[:max_raw_chars],
        raw_truncated=truncated,
        raw_bytes=len(data),
        received_at=now,
        attempts=attempts,
        traceback=traceback_summary(failure) if failure is not None else [],
    )


def process_message(
    raw: bytes | str,
    *,
    now: datetime,
    rules: AlertRules,
    limits: InputLimits = DEFAULT_LIMITS,
    source: MessageSource = MessageSource(),
    max_raw_chars: int = 4096,
    attempts: int = 1,
) -> ProcessedMessage:
    """Decode, extract and alert on one message; bad input becomes a dead letter, never an error.

    An unexpected exception from the extraction core is retried up to ``attempts``
    runs in all, then dead-lettered (reason ``processing_error``) with the exception
    type and message, the number of attempts and a traceback summary, so one poison
    article can never stop a partition.
    """
    try:
        article = decode_article(raw, limits)
    except InputError as exc:
        letter = dead_letter(
            exc.reason,
            str(exc),
            raw,
            now=now,
            source=source,
            max_raw_chars=max_raw_chars,
            article_id=exc.article_id,
        )
        return ProcessedMessage(None, Extraction(), [], letter)

    def run() -> tuple[Extraction, list[Alert]]:
        extraction = extract_article(article, limits)
        return extraction, evaluate_alerts(extraction.events, rules, now=now)

    result, error, tries = with_retries(run, attempts)
    if result is None:
        assert error is not None
        letter = dead_letter(
            DeadLetterReason.PROCESSING_ERROR,
            f"{type(error).__name__}: {error}",
            raw,
            now=now,
            source=source,
            max_raw_chars=max_raw_chars,
            article_id=article.id,
            attempts=tries,
            failure=error,
        )
        return ProcessedMessage(article, Extraction(), [], letter, tries)
    return ProcessedMessage(article, result[0], result[1], None, tries)


def process_stories(
    states: Mapping[str, StoryState],
    processed: ProcessedMessage,
    *,
    now: datetime,
    config: StoryConfig,
    rules: AlertRules,
    source: MessageSource = MessageSource(),
    max_raw_chars: int = 4096,
) -> tuple[dict[str, StoryState], list[OutputRecord]]:
    """The story stage after ``process_message``: new states and the records to publish.

    A dead letter passes through; an article's events become story versions and
    their alerts (the per-article alerts are left behind). Like the stage before,
    an unexpected exception is dead-lettered (``processing_error``) and the
    states stay as they were, so one poison article cannot stop the stream.
    """
    if processed.dead_letter is not None or processed.article is None:
        return dict(states), processed.records
    article = processed.article
    try:
        return apply_article(
            states,
            processed.extraction.events,
            ArticleRef.of(article),
            now,
            config=config,
            rules=rules,
        )
    except Exception as exc:
        letter = dead_letter(
            DeadLetterReason.PROCESSING_ERROR,
            f"story stage: {type(exc).__name__}: {exc}",
            article.model_dump_json(),
            now=now,
            source=source,
            max_raw_chars=max_raw_chars,
            article_id=article.id,
            failure=exc,
        )
        return dict(states), [letter]


class StoryMessage(BaseModel):
    """One article's records of one merge key, as the stream's story-input topic carries them.

    ``received_at`` is the ``now`` of the per-article stage, so the story stage
    runs with the clock ``newsevents extract`` gives both stages of one article,
    and a message replayed after a crash gives the same records again.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    layout: Literal[1] = 1
    received_at: AwareDatetime
    input: StoryInput

    @property
    def key(self) -> str:
        return self.input.key

    def to_json(self) -> bytes:
        return self.model_dump_json().encode()


def story_messages(processed: ProcessedMessage, *, now: datetime) -> list[StoryMessage]:
    """The story messages of one processed article: one per merge key, none for a dead letter."""
    if processed.dead_letter is not None or processed.article is None:
        return []
    article = ArticleRef.of(processed.article)
    return [
        StoryMessage(received_at=now, input=item)
        for item in story_inputs(processed.extraction.events, article)
    ]


@dataclass(slots=True)
class StoryStep:
    """What one story message did: the state to store (None: keep the stored one), the records."""

    state: StoryState | None
    records: list[OutputRecord]
    previous: StoryState | None = None
    attempts: int = 1

    @property
    def dead_letter(self) -> DeadLetter | None:
        return next((r for r in self.records if isinstance(r, DeadLetter)), None)


def process_story_message(
    stored: bytes | StoryState | None,
    raw: bytes,
    *,
    key: bytes | None,
    now: datetime,
    config: StoryConfig,
    rules: AlertRules,
    source: MessageSource = MessageSource(),
    max_raw_chars: int = 4096,
    attempts: int = 1,
) -> StoryStep:
    """The story agent's step: one ``StoryMessage`` folded into its key's stored state (JSON).

    Returns the new state only when it differs from the stored one (a replayed
    message changes nothing). A message that cannot be read, that sits under
    another key than its own (or none), or whose state cannot be read or applied becomes one
    ``processing_error`` dead letter and leaves the stored state as it was: one
    poison message cannot stop a partition, and a state this version cannot read
    is kept for one that can. ``now`` only stamps such dead letters; the stage
    itself runs on the message's ``received_at``. Applying it is tried up to
    ``attempts`` runs in all (reading it is not: a message or state that cannot be
    read fails the same way every time).
    """
    article_id: str | None = None

    def failed(exc: Exception, tries: int = 1) -> StoryStep:
        letter = dead_letter(
            DeadLetterReason.PROCESSING_ERROR,
            f"story stage: {type(exc).__name__}: {exc}",
            raw,
            now=now,
            source=source,
            max_raw_chars=max_raw_chars,
            article_id=article_id,
            attempts=tries,
            failure=exc,
        )
        return StoryStep(None, [letter], attempts=tries)

    try:
        message = StoryMessage.model_validate_json(raw)
        article_id = message.input.article.id
        if key != message.key.encode():  # its state could not be stored under its key
            raise ValueError(f"message under key {key!r} holds merge key {message.key!r}")
        previous: StoryState | None
        if isinstance(stored, StoryState):
            previous = stored  # already decoded by the caller (the worker keeps them)
        else:
            previous = StoryState.from_json(stored) if stored is not None else None
    except Exception as exc:  # ValidationError, ValueError: unreadable, not worth a retry
        return failed(exc)
    result, error, tries = with_retries(
        lambda: apply(
            previous,
            message.input.records,
            message.input.article,
            message.received_at,
            config=config,
            rules=rules,
        ),
        attempts,
    )
    if result is None:
        assert error is not None
        return failed(error, tries)
    state, records = result
    return StoryStep(state if state != previous else None, records, previous, tries)
