"""Fixtures of the integration tests: the consumer-group progress readers, closed after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from newsevents.settings import Settings
from tests.integration.worker_harness import GroupProgress


@pytest.fixture
def progress_of() -> Iterator[Callable[[Settings], GroupProgress]]:
    """A factory of ``GroupProgress`` readers for a test's settings; all closed at its end."""
    opened: list[GroupProgress] = []

    def make(settings: Settings) -> GroupProgress:
        opened.append(GroupProgress(settings))
        return opened[-1]

    yield make
    for progress in opened:
        progress.close()
