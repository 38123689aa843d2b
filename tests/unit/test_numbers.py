"""Quantity parsing: the counting conventions of ``normalize.numbers`` and what is not a count."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.normalize.numbers import (
    NUMBER_RE,
    NUMBER_WORDS,
    Quantity,
    find_quantities,
    parse_single,
)


def _quantities(text: str) -> list[Quantity]:
    return find_quantities(text, 0, len(text))


def _only(text: str) -> tuple[str, int, int | None, int | None, bool]:
    (q,) = _quantities(text)
    return (q.text, q.count, q.low, q.high, q.approximate)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("killed 12 people", ("12", 12, 12, 12, False)),
        ("killed 300,000 people", ("300,000", 300_000, 300_000, 300_000, False)),
        ("killed seven people", ("seven", 7, 7, 7, False)),
        ("three hundred people", ("three hundred", 300, 300, 300, False)),
        ("twenty-five people", ("twenty-five", 25, 25, 25, False)),
        ("1.2 million people", ("1.2 million", 1_200_000, 1_200_000, 1_200_000, False)),
        ("a hundred people", ("a hundred", 100, 100, 100, False)),
        ("half a million people", ("half a million", 500_000, 500_000, 500_000, False)),
    ],
)
def test_exact_counts(text: str, expected: tuple[str, int, int, int, bool]) -> None:
    """Digits, words and scales give count = low = high, not approximate."""
    assert _only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 12 dead", ("at least 12", 12, 12, None, False)),
        ("no fewer than 12 dead", ("no fewer than 12", 12, 12, None, False)),
        ("more than 40 wounded", ("more than 40", 41, 41, None, True)),
        ("over 40 wounded", ("over 40", 41, 41, None, True)),
        ("up to 30 dead", ("up to 30", 30, None, 30, True)),
        ("nearly 30 dead", ("nearly 30", 30, None, 30, True)),
        ("about 300 dead", ("about 300", 300, None, None, True)),
        ("some 300,000 dead", ("some 300,000", 300_000, None, None, True)),
        ("an estimated 1,000 dead", ("an estimated 1,000", 1000, None, None, True)),
        ("approximately 300,000 lives", ("approximately 300,000", 300_000, None, None, True)),
    ],
)
def test_bounds_and_approximations(text: str, expected: tuple[str, int, int, int, bool]) -> None:
    """Lower, strict lower and upper bounds and approximations follow the README conventions."""
    assert _only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 10 and 15 people", ("between 10 and 15", 10, 10, 15, True)),
        ("10-15 people", ("10-15", 10, 10, 15, True)),
        ("10 to 15 people", ("10 to 15", 10, 10, 15, True)),
    ],
)
def test_ranges_count_their_low_end(text: str, expected: tuple[str, int, int, int, bool]) -> None:
    """A range gives count = low (the conservative end) and high."""
    assert _only(text) == expected


@pytest.mark.parametrize(
    ("text", "count", "low", "high"),
    [
        ("several people", 3, 3, None),
        ("a few people", 3, 3, None),
        ("a handful of people", 3, 3, None),
        ("a dozen people", 12, 12, None),
        ("dozens of people", 24, 24, None),
        ("scores of people", 40, 40, None),
        ("hundreds of people", 200, 200, None),
        ("thousands of people", 2000, 2000, None),
        ("tens of thousands of people", 20_000, 20_000, None),
        ("hundreds of thousands have fled", 200_000, 200_000, None),
        ("more than a dozen people", 13, 13, None),
        ("up to a dozen people", 12, None, 12),
    ],
)
def test_vague_words_take_their_literal_minimum(
    text: str, count: int, low: int | None, high: int | None
) -> None:
    """Vague quantities are approximate and worth the smallest value they literally mean."""
    (q,) = _quantities(text)
    assert (q.count, q.low, q.high, q.approximate) == (count, low, high, True)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a 26-year-old man", id="age-hyphen"),
        pytest.param("a five-year conflict", id="duration"),
        pytest.param("a 72-hour truce", id="hours"),
        pytest.param("shares fell 7 percent", id="percent"),
        pytest.param("shares fell 7%", id="percent-sign"),
        pytest.param("I have said one hundred times", id="times"),
        pytest.param("since 2011", id="year-since"),
        pytest.param("in March 2014", id="year-after-month"),
        pytest.param("the 2018 deal", id="year-the"),
        pytest.param("mid-2021", id="year-mid"),
        pytest.param("on Oct. 7", id="day-after-month"),
        pytest.param("on 7 October", id="day-before-month"),
        pytest.param("at 6:30 p.m.", id="clock"),
        pytest.param("at 1430 GMT", id="gmt"),
        pytest.param("a loan of $337 million", id="dollars"),
        pytest.param("36.6 billion yen", id="yen"),
        pytest.param("aged 9", id="aged"),
        pytest.param("Ahmed Ali, 26, was wounded", id="age-in-commas"),
        pytest.param("Villa won 5-1", id="score"),
        pytest.param("no one was hurt", id="no-one"),
        pytest.param("he scored 3 goals", id="goals"),
        pytest.param("a boy of 10 died", id="age-of"),
    ],
)
def test_not_a_quantity(text: str) -> None:
    """Measures, years, days, times, money, ages, scores and "no one" are not quantities."""
    assert _quantities(text) == []


def test_from_to_is_two_numbers_not_a_range() -> None:
    """ "rose from 12 to 15" gives 12 and 15 separately."""
    assert [q.text for q in _quantities("the toll rose from 12 to 15")] == ["12", "15"]


def test_may_the_modal_is_not_a_month() -> None:
    """ "12 may have died" keeps 12 (lower-case "may" is not the month)."""
    assert [q.count for q in _quantities("12 may have died")] == [12]


def test_spans_point_into_the_original_text() -> None:
    """Offsets are absolute and the text is the original slice, capitals included."""
    text = "Officials said At Least 12 people died and Dozens were hurt."
    found = find_quantities(text, 10, len(text))
    assert [(q.text, text[q.start : q.end]) for q in found] == [
        ("At Least 12", "At Least 12"),
        ("Dozens", "Dozens"),
    ]


def test_given_anchors_give_the_same_result_as_scanning() -> None:
    """Passing the digit and number-word offsets in gives what the module's own scan gives."""
    text = "At least 12 people were killed and more than forty wounded; some 300,000 fled."
    pattern = rf"\d[\d,.]*|\b(?:{'|'.join(NUMBER_WORDS)})\b"
    anchors = [m.start() for m in re.finditer(pattern, text.lower())]
    assert find_quantities(text, 0, len(text), anchors) == _quantities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a b c d e f g at least 12 dead", ("at least 12", 12, 12, None, False)),
        ("least at least 12 dead", ("at least 12", 12, 12, None, False)),
        ("at at least 12", ("at least 12", 12, 12, None, False)),
        ("x y no fewer than a hundred", ("no fewer than a hundred", 100, 100, None, False)),
        ("officials said more than a dozen", ("more than a dozen", 13, 13, None, True)),
    ],
)
def test_bound_words_are_found_among_the_words_before_the_number(
    text: str, expected: tuple[str, int, int, int, bool]
) -> None:
    """The bound phrase is read from the words just before the number, whatever precedes it
    and even when its words repeat."""
    assert _only(text) == expected


def test_number_pattern_groups_are_in_the_order_they_are_read() -> None:
    """``find_quantities`` reads the pattern's groups by position."""
    assert list(NUMBER_RE.groupindex) == [
        "between",
        "lo",
        "hi",
        "mod",
        "vague",
        "num",
        "joint",
        "num2",
    ]
    assert sorted(NUMBER_RE.groupindex.values()) == list(range(1, 9))


def test_parse_single_reads_digits_words_and_scales() -> None:
    """One number phrase gives its integer value, or None when it is not a number."""
    assert parse_single("1.2 million") == 1_200_000
    assert parse_single("three hundred") == 300
    assert parse_single("300,000") == 300_000
    assert parse_single("a dozen") == 12
    assert parse_single("") is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_random_text_never_raises_and_spans_are_exact(text: str) -> None:
    """Any text parses without error and every quantity's text is its slice."""
    for q in _quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.count >= 0


_NUMBERISH = st.sampled_from(
    "at least more than between and 12 300,000 1.2 million seven hundred dozens of a few "
    "several - to from no one 2011 Oct. 7 $ % year-old İ , .".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NUMBERISH, max_size=30))
def test_number_salad_never_raises_and_spans_are_exact(words: list[str]) -> None:
    """Dense mixtures of number words and bounds parse cleanly with exact spans."""
    text = " ".join(words)
    for q in _quantities(text):
        assert text[q.start : q.end] == q.text


def test_a_quoted_figure_keeps_its_modifier() -> None:
    text = 'The toll was revised to "about 253" and to “at least 40” elsewhere.'
    found = [(q.text, q.count, q.approximate, q.low) for q in find_quantities(text, 0, len(text))]
    assert found == [("about 253", 253, True, None), ("at least 40", 40, False, 40)]
