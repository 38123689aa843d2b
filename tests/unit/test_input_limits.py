"""Input limits: nesting depth refused at decode, sentence limits that bound the readers' work."""

from __future__ import annotations

import json
import random
import re
import time

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.contracts import RawArticle
from newsevents.exceptions import DeadLetterReason, InvalidFieldsError, NestingTooDeepError
from newsevents.extract.document import NOT_TRUNCATED
from newsevents.extract.text import _BOUNDARY, split_sentences
from newsevents.parse import InputLimits, decode_article
from newsevents.parse.decode import json_depth
from newsevents.pipeline import extract_article
from newsevents.settings import Settings

GOOD = {
    "id": "a1",
    "title": "Leaders meet",
    "body": "The leaders met on Monday.",
    "published_at": "2024-03-14T09:30:00+02:00",
}


def _nested(lists: int) -> object:
    node: object = 1
    for _ in range(lists):
        node = [node]
    return node


def test_nesting_up_to_the_limit_is_accepted() -> None:
    """An article whose deepest value is exactly max_json_depth levels deep decodes."""
    raw = orjson.dumps({**GOOD, "extra": _nested(31)})  # the article object is level 1 of 32
    assert decode_article(raw, InputLimits(max_json_depth=32)).id == "a1"


@pytest.mark.parametrize("raw", [orjson.dumps({**GOOD, "extra": _nested(32)}), b"[" * 5000])
def test_deeper_nesting_is_invalid_json_with_a_clear_error(raw: bytes) -> None:
    """JSON deeper than the limit (or than orjson's own 1,024) is refused as invalid_json, saying why."""
    with pytest.raises(NestingTooDeepError) as caught:
        decode_article(raw, InputLimits(max_json_depth=32))
    assert caught.value.reason is DeadLetterReason.INVALID_JSON
    assert "limit is 32" in str(caught.value)


def test_limits_are_built_from_the_settings() -> None:
    """InputLimits.from_settings carries every configured limit."""
    settings = Settings(
        max_message_bytes=10, max_body_chars=11, max_json_depth=12, max_sentences=13,
        max_sentence_chars=140,
    )  # fmt: skip
    assert InputLimits.from_settings(settings) == InputLimits(10, 11, 12, 13, 140)


def _article(body: str) -> RawArticle:
    return RawArticle(id="t", title="Talks", body=body, published_at="2024-03-14T09:30:00Z")


def test_sentences_past_the_limit_are_skipped_and_counted() -> None:
    """Only the first max_sentences sentences are read; the article is still processed."""
    body = " ".join(["Ukraine and Russia held talks in Geneva on Monday."] * 5)
    extraction = extract_article(_article(body), InputLimits(max_sentences=2))
    assert extraction.truncation.sentences_skipped == 4  # the title is a sentence too
    assert extraction.events


def test_long_sentences_are_cut_at_a_space_and_counted() -> None:
    """A sentence over max_sentence_chars is read up to the last space before the limit."""
    body = "Ukraine and Russia held talks in Geneva on Monday " + "and more " * 500 + "."
    extraction = extract_article(_article(body), InputLimits(max_sentence_chars=200))
    assert extraction.truncation.sentences_cut == 1
    assert extraction.events


def test_a_normal_article_is_not_truncated() -> None:
    """With the default limits a real article is read whole."""
    extraction = extract_article(_article("Leaders met in Geneva on Monday. They talked."))
    assert extraction.truncation is NOT_TRUNCATED


_OLD_BOUNDARY = re.compile(
    r"""[.!?…\n](?:(?<=[.!?…])[.!?…]*["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|(?<=\n)\s*\n|(?<=\n))"""
)


def test_sentence_boundaries_are_those_of_the_quadratic_pattern() -> None:
    """The run-guarded boundary pattern finds exactly the spans the former one found."""
    rng = random.Random(6)  # noqa: S311 - reproducible test data, not secrets
    alphabet = list("..!?…\n \"'”’)]“‘([Aa1 x.")
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in _BOUNDARY.finditer(text)] == [
            m.span() for m in _OLD_BOUNDARY.finditer(text)
        ], text


def test_a_long_run_of_dots_splits_in_linear_time() -> None:
    """200,000 dots (5 s for 20,000 before the fix) split in well under a second."""
    started = time.perf_counter()
    split_sentences("." * 200_000)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("published", ["0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59"])
def test_a_publication_year_out_of_range_is_invalid_fields(published: str) -> None:
    """A timestamp the readers' date arithmetic would overflow ("last Monday") is refused at decode."""
    with pytest.raises(InvalidFieldsError) as caught:
        decode_article(orjson.dumps({**GOOD, "published_at": published}))
    assert "outside 1900-2999" in str(caught.value)


_OLD_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def test_coordination_matches_are_those_of_the_overlapping_pattern() -> None:
    """The casualty coordination pattern without overlapping quantifiers matches as the former."""
    from newsevents.extract.casualty import _COORDINATION

    rng = random.Random(6)  # noqa: S311 - reproducible test data, not secrets
    pieces = [" ", ",", "and", "\n", "a", "x", "\t", "an", "d"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for pos in range(len(text) + 1):
            for end in (len(text), min(len(text), pos + 8)):
                old, new = (
                    _OLD_COORDINATION.match(text, pos, end),
                    _COORDINATION.match(text, pos, end),
                )
                assert (old and old.span()) == (new and new.span()), (text, pos, end)
                old = _OLD_COORDINATION.fullmatch(text, pos, end)
                new = _COORDINATION.fullmatch(text, pos, end)
                assert (old and old.span()) == (new and new.span()), (text, pos, end)


def _walked_depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_walked_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_walked_depth, value), default=0)
    return 0


_JSON = st.recursive(
    st.none() | st.integers() | st.text(alphabet='[]{}"\\ ax', max_size=6),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.text(alphabet='[]{}"\\k', max_size=3), children, max_size=3)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(value=_JSON, indent=st.sampled_from([None, 1]))
def test_depth_read_from_bytes_is_the_depth_of_the_object(
    value: object, indent: int | None
) -> None:
    """json_depth on the bytes equals the nesting of the parsed object, brackets in strings aside."""
    assert json_depth(json.dumps(value, indent=indent).encode()) == _walked_depth(value)
