"""A worker says why it stops, and one that stops with neither a signal nor a crash exits non-zero.

mode's worker swallows a cancelled start and ends with status 0: a worker whose services
stopped on their own would otherwise vanish silently (and a supervisor that restarts only
failures would leave it down). Each case runs mode's real shutdown path, without a broker.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import faust
import pytest

from newsevents.stream.app import EXIT_STOPPED_UNASKED, Worker, execute, stop_reason


@pytest.fixture
def worker() -> Iterator[Worker]:
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    app = faust.App("test-worker-exit", broker="kafka://127.0.0.1:1", web_enabled=False)
    worker = Worker(app, loglevel="WARNING", quiet=True, loop=loop)
    worker.spinner = None
    yield worker
    asyncio.set_event_loop(None)
    if not loop.is_closed():
        loop.close()


def exit_status(worker: Worker, start_fails_with: BaseException) -> int | str | None:
    async def start() -> None:
        raise start_fails_with

    worker.start = start  # type: ignore[method-assign]  # the service tree's start, stood in
    with pytest.raises(SystemExit) as exited:
        execute(worker)
    return exited.value.code


def test_a_worker_that_stops_on_its_own_exits_non_zero_and_says_so(
    worker: Worker, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="newsevents.stream.app"):
        status = exit_status(worker, asyncio.CancelledError())
    assert status == EXIT_STOPPED_UNASKED != 0
    assert worker.stopped_unasked
    assert "without a signal or a crash" in caplog.text


def test_a_worker_asked_to_stop_by_a_signal_exits_zero(
    worker: Worker, caplog: pytest.LogCaptureFixture
) -> None:
    worker._signal_stop_time = 1.0  # what mode's SIGTERM/SIGINT handler sets first
    with caplog.at_level(logging.WARNING, logger="newsevents.stream.app"):
        status = exit_status(worker, asyncio.CancelledError())
    assert status in (0, None)
    assert not worker.stopped_unasked
    assert "asked to stop by a signal" in caplog.text


def test_a_crashed_worker_exits_with_failure_and_names_the_crash(
    worker: Worker, caplog: pytest.LogCaptureFixture
) -> None:
    worker.crash_reason = RuntimeError("consumer thread died")
    with caplog.at_level(logging.WARNING, logger="newsevents.stream.app"):
        status = exit_status(worker, asyncio.CancelledError())
    assert status not in (0, None, EXIT_STOPPED_UNASKED)
    assert "crashed: RuntimeError: consumer thread died" in caplog.text


def test_stop_reasons() -> None:
    assert stop_reason(signalled=False, crash=None) is None
    assert stop_reason(signalled=True, crash=None) == "asked to stop by a signal"
    assert stop_reason(signalled=True, crash=ValueError("x")) == "crashed: ValueError: x"
