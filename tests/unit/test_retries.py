"""A message that makes the core raise is retried a bounded number of times, then dead-lettered with a traceback summary."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from newsevents import pipeline
from newsevents.alerts.rules import load_rules
from newsevents.contracts import DeadLetter
from newsevents.exceptions import DeadLetterReason
from newsevents.pipeline import (
    StoryMessage,
    process_message,
    process_story_message,
    story_messages,
    traceback_summary,
    with_retries,
)
from newsevents.settings import Settings
from newsevents.stories import load_story_config

SETTINGS = Settings()
RULES = load_rules(SETTINGS.alert_rules_path)
CONFIG = load_story_config(SETTINGS.story_rules_path)
NOW = datetime(2026, 1, 1, tzinfo=UTC)
ARTICLE = orjson.dumps(
    {
        "id": "poison-1",
        "source": "wire",
        "published_at": "2025-05-01T10:00:00Z",
        "title": "Talks held",
        "body": "GENEVA (Reuters) - U.S. Secretary of State Antony Blinken met Russian Foreign"
        " Minister Sergei Lavrov in Geneva on Friday.",
    }
)


def _failing(times: int, real: Any) -> Any:
    calls = {"n": 0}

    def extract(article: Any, *limits: Any) -> Any:
        calls["n"] += 1
        if calls["n"] <= times:
            raise RuntimeError(f"boom {calls['n']}")
        return real(article, *limits)

    extract.calls = calls  # type: ignore[attr-defined]
    return extract


def test_with_retries_returns_the_first_success_and_the_tries_it_took() -> None:
    """A step that fails twice succeeds on the third run of three; one that always fails gives its last error."""
    outcomes = iter([ValueError("a"), ValueError("b"), "ok"])

    def step() -> str:
        item = next(outcomes)
        if isinstance(item, Exception):
            raise item
        return item

    assert with_retries(step, 3) == ("ok", None, 3)

    def never() -> str:
        raise KeyError("always")

    result, error, tries = with_retries(never, 4)
    assert result is None
    assert isinstance(error, KeyError)
    assert tries == 4


def test_a_transient_failure_is_retried_and_the_article_processed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An extraction that raises once and then succeeds gives the article's events, with two attempts counted."""
    fake = _failing(1, pipeline.extract_article)
    monkeypatch.setattr(pipeline, "extract_article", fake)
    result = process_message(ARTICLE, now=NOW, rules=RULES, attempts=3)
    assert result.dead_letter is None
    assert result.attempts == 2
    assert result.extraction.events


def test_a_poison_article_is_dead_lettered_after_the_last_attempt_with_its_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An extraction that always raises runs exactly `attempts` times, then gives one processing_error dead letter naming the error, the attempts and where it was raised."""
    fake = _failing(10, pipeline.extract_article)
    monkeypatch.setattr(pipeline, "extract_article", fake)
    result = process_message(ARTICLE, now=NOW, rules=RULES, attempts=3)
    assert fake.calls["n"] == 3
    letter = result.dead_letter
    assert isinstance(letter, DeadLetter)
    assert letter.reason is DeadLetterReason.PROCESSING_ERROR
    assert letter.error == "RuntimeError: boom 3"
    assert letter.attempts == 3
    assert letter.article_id == "poison-1"
    assert letter.traceback[-1].endswith(" in extract"), letter.traceback
    assert any("pipeline.py" in frame for frame in letter.traceback)
    assert all(not frame.startswith("/") for frame in letter.traceback), "no absolute paths"
    assert result.records == [letter]


def test_a_story_message_whose_stage_always_raises_is_dead_lettered_after_its_attempts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The story stage retries applying a message, then dead-letters it with the attempts and traceback; no state is stored."""
    processed = process_message(ARTICLE, now=NOW, rules=RULES)
    message: StoryMessage = story_messages(processed, now=NOW)[0]
    runs = {"n": 0}

    def broken(*args: Any, **kwargs: Any) -> Any:
        runs["n"] += 1
        raise ZeroDivisionError("story bug")

    monkeypatch.setattr(pipeline, "apply", broken)
    step = process_story_message(
        None,
        message.to_json(),
        key=message.key.encode(),
        now=NOW,
        config=CONFIG,
        rules=RULES,
        attempts=2,
    )
    assert runs["n"] == 2
    assert step.state is None
    letter = step.dead_letter
    assert letter is not None
    assert letter.attempts == 2
    assert letter.error == "story stage: ZeroDivisionError: story bug"
    assert letter.traceback[-1].endswith(" in broken")


def test_an_unreadable_story_message_is_not_retried() -> None:
    """A story message that cannot be read fails the same way every time: one attempt, then its dead letter."""
    step = process_story_message(
        None, b"{not json", key=b"k", now=NOW, config=CONFIG, rules=RULES, attempts=5
    )
    letter = step.dead_letter
    assert letter is not None
    assert letter.attempts == 1
    assert letter.traceback


def test_traceback_summary_keeps_the_innermost_frames_relative_to_the_package() -> None:
    """Frames are 'file:line in function', the innermost last, at most the limit."""

    def deep(n: int) -> None:
        if n == 0:
            raise ValueError("bottom")
        deep(n - 1)

    with pytest.raises(ValueError, match="bottom") as caught:
        deep(20)
    summary = traceback_summary(caught.value, frames=5)
    assert len(summary) == 5
    assert all(" in deep" in frame for frame in summary)
    assert summary[0].startswith("test_retries.py:")
