"""Bounded, jittered exponential backoff around one delivery.

``RetryPolicy.delay`` is pure (the random draw is passed in); ``call_with_retry``
runs a delivery, sleeps on ``SinkUnavailableError`` and gives up with
``RetriesExhaustedError`` after ``max_retries``. A ``SinkRejectedError`` passes
straight through: the caller dead-letters it. Waiting is done on a
``threading.Event`` so a shutdown interrupts a backoff at once.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from newsevents.forwarder.exceptions import (
    RetriesExhaustedError,
    SinkUnavailableError,
    StopRequested,
)

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retry ``max_retries`` times; the n-th wait is ``base × 2ⁿ`` capped, times a draw in [½, 1]."""

    max_retries: int = 10
    base_seconds: float = 0.5
    cap_seconds: float = 30.0

    def delay(self, retry: int, draw: float, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (0-based); ``draw`` is uniform in [0, 1).

        A server's ``Retry-After`` is honoured up to the cap.
        """
        ceiling = min(self.cap_seconds, self.base_seconds * 2.0**retry)
        wait = ceiling * (0.5 + draw / 2.0)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.cap_seconds))
        return wait

    def worst_case_wait_seconds(self) -> float:
        """The longest total backoff one delivery can spend (request time not included)."""
        return sum(
            min(self.cap_seconds, self.base_seconds * 2.0**n) for n in range(self.max_retries)
        )


def call_with_retry(
    attempt: Callable[[], T],
    policy: RetryPolicy,
    *,
    stop: threading.Event,
    what: str,
    rng: random.Random | None = None,
    on_retry: Callable[[SinkUnavailableError], None] | None = None,
) -> T:
    """``attempt()`` until it returns, retrying on ``SinkUnavailableError`` per ``policy``.

    Raises ``RetriesExhaustedError`` when the retries run out and ``StopRequested``
    when ``stop`` is set during a wait; ``SinkRejectedError`` is not retried.
    """
    draws = rng or random.Random()  # noqa: S311 - jitter, not cryptography
    retry = 0
    while True:
        try:
            return attempt()
        except SinkUnavailableError as exc:
            if retry >= policy.max_retries:
                raise RetriesExhaustedError(
                    f"{what}: still unavailable after {policy.max_retries} retries: {exc}"
                ) from exc
            wait = policy.delay(retry, draws.random(), exc.retry_after)
            retry += 1
            log.warning("%s: %s; retry %d/%d in %.1f s", what, exc, retry, policy.max_retries, wait)
            if on_retry is not None:
                on_retry(exc)
            if stop.wait(wait):
                raise StopRequested(f"{what}: stopped while waiting to retry") from exc
