"""Bad input at scale: 10,000 generated inputs and every kept regression through the whole core.

Each input goes through the decoder, the article stage and the story stage with states
kept between inputs (``newsevents.fuzz``). The time limits here are hang guards, not speed
targets: speed is measured by the benchmarks.
"""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents import fuzz
from newsevents.alerts.rules import load_rules
from newsevents.parse import InputLimits
from newsevents.settings import Settings
from newsevents.stories import StoryState, load_story_config

SETTINGS = Settings()
RULES = load_rules(SETTINGS.alert_rules_path)
CONFIG = load_story_config(SETTINGS.story_rules_path)
LIMITS = InputLimits.from_settings(SETTINGS)
REGRESSIONS = Path(__file__).parent / "regressions"
HANG_GUARD_SECONDS = 2.0
MIB = 1024 * 1024


def test_ten_thousand_fuzzed_inputs() -> None:
    """10,000 seeded inputs each give valid records or one dead letter of the fixed set, never an
    exception; none takes over 2 s (a hang guard, not a speed target) and memory stays flat."""
    report = fuzz.run(
        fuzz.generate(10_000, seed=6), rules=RULES, config=CONFIG, limits=LIMITS, warm_up=1_000
    )
    assert report.inputs == 10_000
    assert [str(f) for f in report.failures] == []
    assert report.max_ms < HANG_GUARD_SECONDS * 1000, report.summary()
    assert report.rss_end - report.rss_warm < 64 * MIB, report.summary()
    assert report.dead_letters  # both paths were taken
    assert report.records


def _regressions() -> list[tuple[str, bytes]]:
    cases = []
    for path in sorted(REGRESSIONS.glob("*.jsonl")):
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            entry: dict[str, Any] = orjson.loads(line)
            if "raw_base64" in entry:
                raw = base64.b64decode(entry["raw_base64"])
            else:
                recipe = entry["body"]
                body = recipe["prefix"] + fuzz._repeat(recipe["repeat"], recipe["chars"])
                raw = orjson.dumps(
                    {
                        "id": f"{path.stem}-{number}",
                        "title": "Talks in Syria",
                        "body": body + recipe["suffix"],
                        "published_at": "2024-05-31T12:00:00+00:00",
                    }
                )
            cases.append((f"{path.stem}:{number}", raw))
    return cases


@pytest.mark.parametrize(
    ("case", "raw"), _regressions(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_inputs_that_once_crashed_or_hung(case: str, raw: bytes) -> None:
    """Every input that once crashed or hung the core now gives valid records within 2 s (a hang guard)."""
    fuzz.run_one(
        orjson.dumps(fuzz.load_articles()[0]), {}, rules=RULES, config=CONFIG, limits=LIMITS
    )
    started = time.thread_time()
    fuzz.run_one(raw, {}, rules=RULES, config=CONFIG, limits=LIMITS)
    assert time.thread_time() - started < HANG_GUARD_SECONDS, case


def _json(value: object) -> bytes:
    return json.dumps(value).encode()  # any integer, where orjson stops at 64 bits


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=40,
)
ARTICLE_LIKE = st.fixed_dictionaries(
    {
        "id": st.one_of(st.text(min_size=1, max_size=20), JSON_VALUES),
        "title": st.one_of(st.text(max_size=60), JSON_VALUES),
        "body": st.one_of(st.text(min_size=1, max_size=400), JSON_VALUES),
        "published_at": st.one_of(
            st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()), JSON_VALUES
        ),
    },
    optional={"url": JSON_VALUES, "source": JSON_VALUES, "extra": JSON_VALUES},
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    raw=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
        JSON_VALUES.map(_json),
        ARTICLE_LIKE.map(_json),
    )
)
def test_any_message_through_decode_and_the_whole_core(raw: bytes) -> None:
    """Any bytes, text, nested JSON or article-like object gives valid records or one dead letter."""
    states: dict[str, StoryState] = {}
    fuzz.run_one(raw, states, rules=RULES, config=CONFIG, limits=LIMITS)
    fuzz.run_one(raw, states, rules=RULES, config=CONFIG, limits=LIMITS)  # replayed on its state
