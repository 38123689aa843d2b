"""The article agent's extraction step, in the worker's own process or spread over a pool.

Extraction is pure CPU work (``pipeline.process_message``) and, in a backlog, about half
of a worker's time; Python runs it on one core. With ``NEWSEVENTS_EXTRACT_PROCESSES=N``
a worker hands each batch of articles, cut into N contiguous runs, to N processes of its
own (started with ``spawn``: the worker's process has threads, which ``fork`` must not
copy) and goes on consuming, storing stories and publishing while they work. What comes
back is plain, picklable data: each article's routed records as bytes and the few facts
its metrics need, in the order of the batch, so batches, acknowledgements and both
delivery modes stay exactly as without a pool. ``0`` (the default) extracts in the
worker's process.

A pool that breaks (a process killed by the kernel, say) is replaced, and the batch is
extracted in the worker's own process meanwhile: no article is skipped.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import UTC, datetime

from newsevents.alerts.rules import AlertRules, load_rules
from newsevents.contracts import DeadLetter
from newsevents.extract.document import Truncation
from newsevents.parse import InputLimits
from newsevents.pipeline import MessageSource, process_message, story_messages
from newsevents.routing import Routed, route, route_story
from newsevents.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ArticleJob:
    """One consumed article message, as a process of the pool receives it."""

    value: bytes
    topic: str
    partition: int
    offset: int
    key: bytes | None


@dataclass(frozen=True, slots=True)
class Extracted:
    """What the article agent publishes and counts for one article (picklable, small)."""

    routed: tuple[Routed, ...]
    outcome: str  # "events", "no_events" or "dead_letter"
    dead_letter: DeadLetter | None
    attempts: int
    truncation: Truncation
    published_at: datetime | None
    seconds: float


@dataclass(frozen=True, slots=True)
class ExtractionContext:
    """Everything the extraction of one article needs besides the article and the clock."""

    rules: AlertRules
    limits: InputLimits
    max_raw_chars: int
    attempts: int

    @classmethod
    def from_settings(cls, settings: Settings) -> ExtractionContext:
        return cls(
            load_rules(settings.alert_rules_path),
            InputLimits.from_settings(settings),
            settings.deadletter_raw_max_chars,
            settings.max_processing_attempts,
        )


def extract_job(job: ArticleJob, now: datetime, context: ExtractionContext) -> Extracted:
    """One article: decode, extract, route its story messages (or its dead letter)."""
    started = time.monotonic()
    result = process_message(
        job.value,
        now=now,
        rules=context.rules,
        limits=context.limits,
        source=MessageSource(job.topic, job.partition, job.offset),
        max_raw_chars=context.max_raw_chars,
        attempts=context.attempts,
    )
    letter = result.dead_letter
    # Per-article events and alerts stay here: consumers get the story versions.
    routed = (
        (route(letter, fallback_key=job.key),)
        if letter is not None
        else tuple(route_story(item) for item in story_messages(result, now=now))
    )
    if letter is not None:
        outcome = "dead_letter"
    elif result.extraction.events:
        outcome = "events"
    else:
        outcome = "no_events"
    return Extracted(
        routed=routed,
        outcome=outcome,
        dead_letter=letter,
        attempts=result.attempts,
        truncation=result.extraction.truncation,
        published_at=result.article.published_at if result.article is not None else None,
        seconds=time.monotonic() - started,
    )


def extract_jobs(
    jobs: Sequence[ArticleJob], now: datetime, context: ExtractionContext
) -> list[Extracted]:
    return [extract_job(job, now, context) for job in jobs]


def runs(items: Sequence[ArticleJob], parts: int) -> list[Sequence[ArticleJob]]:
    """``items`` cut into at most ``parts`` contiguous runs of nearly equal length, in order."""
    parts = max(1, min(parts, len(items)))
    size, extra = divmod(len(items), parts)
    out: list[Sequence[ArticleJob]] = []
    start = 0
    for index in range(parts):
        end = start + size + (1 if index < extra else 0)
        out.append(items[start:end])
        start = end
    return out


WARM_UP = (
    b'{"id": "warm-up", "title": "Talks", "published_at": "2025-01-06T09:00:00Z",'
    b' "body": "The foreign ministers of France and Germany met in Paris on Monday."}'
)

# In a process of the pool: its own context, built once by the initializer.
_in_pool: dict[str, ExtractionContext] = {}


def _exit_with_parent(parent: int) -> None:
    """Exit once the worker is gone (a SIGKILL leaves its pool blocked on a dead pipe)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _start_pool_process(context: ExtractionContext) -> None:
    threading.Thread(
        target=_exit_with_parent, args=(os.getppid(),), name="exit-with-worker", daemon=True
    ).start()
    _in_pool["context"] = context  # the worker's own, pickled: rules already loaded
    # Build the gazetteer and patterns now, not on the first batch.
    extract_job(ArticleJob(WARM_UP, "", 0, 0, None), datetime.now(UTC), context)


def _pool_started() -> None:
    """Nothing: a task that makes the pool start a process for it."""


def _extract_in_pool(jobs: Sequence[ArticleJob], now: datetime) -> list[Extracted]:
    return extract_jobs(jobs, now, _in_pool["context"])


class Extractor:
    """Extracts a batch of articles, in this process or over a pool of ``processes``."""

    def __init__(self, settings: Settings) -> None:
        self.context = ExtractionContext.from_settings(settings)
        self.processes = settings.extract_processes
        self._pool: ProcessPoolExecutor | None = None

    def _start_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_pool_process,
                initargs=(self.context,),
            )
            # A spawn pool starts its processes one by one, when no started one is idle: a
            # small first batch would start one, and the rest would start (seconds each: the
            # rules and the gazetteer load) in the middle of a later, busier batch. One task per
            # process, submitted at once, starts them all now.
            for _ in range(self.processes):
                self._pool.submit(_pool_started)
        return self._pool

    async def extract(self, jobs: Sequence[ArticleJob], now: datetime) -> list[Extracted]:
        if not self.processes or not jobs:
            return extract_jobs(jobs, now, self.context)
        pool = self._start_pool()
        loop = asyncio.get_running_loop()
        try:
            parts = await asyncio.gather(
                *(
                    loop.run_in_executor(pool, _extract_in_pool, run, now)
                    for run in runs(jobs, self.processes)
                )
            )
        except BrokenProcessPool as exc:
            log.error("extraction pool broke (%s): a new one starts; this batch here", exc)
            self.close()
            return extract_jobs(jobs, now, self.context)
        return [item for part in parts for item in part]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
