"""The article agent's extraction: in the worker's process or over a pool, the same results in the same order."""

from __future__ import annotations

import asyncio
import os
import signal
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsevents.settings import PACKAGE_DIR, Settings
from newsevents.stream.extraction import ArticleJob, Extracted, Extractor, runs

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def sample_jobs() -> list[ArticleJob]:
    lines = [
        line
        for path in sorted(Path(PACKAGE_DIR / "samples").glob("*.jsonl"))
        for line in path.read_bytes().splitlines()
        if line.strip()
    ]
    bad = [b'{"id": "x"', b"\xff\xfe binary", b'{"id": 5, "title": [], "body": null}']
    return [
        ArticleJob(value, "articles", index % 3, index, f"k{index}".encode())
        for index, value in enumerate([*lines, *bad])
    ]


def extract_with(
    processes: int, jobs: list[ArticleJob], kill_first: bool = False
) -> list[Extracted]:
    extractor = Extractor(Settings(extract_processes=processes))

    async def scenario() -> list[Extracted]:
        first = await extractor.extract(jobs[:2], NOW)
        assert len(first) == 2
        if kill_first:
            pool = extractor._pool
            assert pool is not None
            for process in list(pool._processes.values()):  # the kernel's OOM killer, say
                os.kill(process.pid, signal.SIGKILL)
        return await extractor.extract(jobs, NOW)

    try:
        return asyncio.run(scenario())
    finally:
        extractor.close()


def comparable(items: list[Extracted]) -> list[tuple[object, ...]]:
    return [
        (
            item.routed,
            item.outcome,
            item.dead_letter,
            item.attempts,
            item.truncation,
            item.published_at,
        )
        for item in items
    ]


@pytest.fixture(scope="module")
def in_process() -> list[Extracted]:
    return extract_with(0, sample_jobs())


def test_a_pool_gives_the_records_of_the_workers_own_process_in_the_batch_order(
    in_process: list[Extracted],
) -> None:
    jobs = sample_jobs()
    assert {"events", "dead_letter"} <= {item.outcome for item in in_process}
    assert len(in_process) == len(jobs)
    assert comparable(extract_with(2, jobs)) == comparable(in_process)


def test_a_pool_starts_all_its_processes_with_its_first_batch() -> None:
    """A batch of one article still starts every process of the pool (a spawn pool would
    otherwise start them one at a time, when none is idle, in the middle of later batches)."""
    extractor = Extractor(Settings(extract_processes=3))

    async def scenario() -> int:
        await extractor.extract(sample_jobs()[:1], NOW)
        pool = extractor._pool
        assert pool is not None
        return len(pool._processes)

    try:
        assert asyncio.run(scenario()) == 3
    finally:
        extractor.close()


def test_a_broken_pool_is_replaced_and_no_article_is_skipped(
    in_process: list[Extracted], caplog: pytest.LogCaptureFixture
) -> None:
    """Its processes killed mid-life: the batch is extracted in the worker's process, the next pool starts."""
    assert comparable(extract_with(2, sample_jobs(), kill_first=True)) == comparable(in_process)
    assert "extraction pool broke" in caplog.text


@pytest.mark.parametrize("count", [0, 1, 2, 5, 7, 200])
@pytest.mark.parametrize("parts", [1, 2, 3, 8])
def test_runs_cut_a_batch_into_contiguous_nearly_equal_runs_in_order(
    count: int, parts: int
) -> None:
    jobs = [ArticleJob(b"", "t", 0, offset, None) for offset in range(count)]
    cut = runs(jobs, parts)
    assert [job for run in cut for job in run] == jobs
    assert len(cut) == max(1, min(parts, count))
    sizes = [len(run) for run in cut]
    assert max(sizes) - min(sizes) <= 1
