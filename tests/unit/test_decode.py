"""Stage 1: raw message bytes → RawArticle, or a typed error carrying its dead-letter reason."""

from __future__ import annotations

import orjson
import pytest

from newsevents.exceptions import (
    BodyTooLargeError,
    DeadLetterReason,
    EmptyBodyError,
    InputError,
    InvalidEncodingError,
    InvalidFieldsError,
    InvalidJSONError,
    MessageTooLargeError,
    NotAnObjectError,
)
from newsevents.parse import InputLimits, decode_article

GOOD = {
    "id": "a1",
    "title": "Leaders meet",
    "body": "The leaders met on Monday.",
    "published_at": "2024-03-14T09:30:00+02:00",
    "url": None,
    "source": "wire",
    "language": "en",
}


def test_valid_article_decodes_with_offset_kept() -> None:
    """A valid message becomes a RawArticle whose publication time keeps its offset."""
    article = decode_article(orjson.dumps(GOOD))
    assert article.id == "a1"
    assert article.published_at.utcoffset() is not None
    assert article.published_at.utcoffset().total_seconds() == 7200  # type: ignore[union-attr]
    assert article.text == "Leaders meet\nThe leaders met on Monday."


def test_unknown_fields_are_ignored() -> None:
    """Extra producer fields do not make an article invalid."""
    assert decode_article(orjson.dumps({**GOOD, "extra": 1})).id == "a1"


@pytest.mark.parametrize(
    ("raw", "error", "reason"),
    [
        (b"\xff\xfe{}", InvalidEncodingError, DeadLetterReason.INVALID_UTF8),
        (b"{not json", InvalidJSONError, DeadLetterReason.INVALID_JSON),
        (b"", InvalidJSONError, DeadLetterReason.INVALID_JSON),
        (b"[1, 2]", NotAnObjectError, DeadLetterReason.NOT_AN_OBJECT),
        (b'"a string"', NotAnObjectError, DeadLetterReason.NOT_AN_OBJECT),
        (orjson.dumps({"id": "a1"}), InvalidFieldsError, DeadLetterReason.INVALID_FIELDS),
        (orjson.dumps({**GOOD, "body": 7}), InvalidFieldsError, DeadLetterReason.INVALID_FIELDS),
        (orjson.dumps({**GOOD, "id": ""}), InvalidFieldsError, DeadLetterReason.INVALID_FIELDS),
        (
            orjson.dumps({**GOOD, "title": None}),
            InvalidFieldsError,
            DeadLetterReason.INVALID_FIELDS,
        ),
        (
            orjson.dumps({**GOOD, "published_at": "yesterday"}),
            InvalidFieldsError,
            DeadLetterReason.INVALID_FIELDS,
        ),
        (
            orjson.dumps({**GOOD, "published_at": "2024-03-14T09:30:00"}),
            InvalidFieldsError,
            DeadLetterReason.INVALID_FIELDS,
        ),
        (orjson.dumps({**GOOD, "body": " \n\t "}), EmptyBodyError, DeadLetterReason.EMPTY_BODY),
    ],
)
def test_bad_input_raises_the_error_of_its_reason(
    raw: bytes, error: type[InputError], reason: DeadLetterReason
) -> None:
    """Each kind of bad input raises its own error class, which carries the dead-letter reason."""
    with pytest.raises(error) as caught:
        decode_article(raw)
    assert caught.value.reason is reason


def test_size_limits_apply_before_parsing() -> None:
    """Oversized messages and bodies are refused with their own reasons and the article id when known."""
    big = orjson.dumps({**GOOD, "body": "x" * 5000})
    with pytest.raises(MessageTooLargeError):
        decode_article(big, InputLimits(max_message_bytes=1000, max_body_chars=10_000))
    with pytest.raises(BodyTooLargeError) as caught:
        decode_article(big, InputLimits(max_message_bytes=100_000, max_body_chars=1000))
    assert caught.value.article_id == "a1"


def test_every_input_error_maps_to_a_distinct_reason() -> None:
    """No InputError subclass is left without a reason of its own (an unmapped error would be mislabelled)."""
    subclasses = InputError.__subclasses__()
    reasons = [cls.reason for cls in subclasses]
    assert len(reasons) == len(set(reasons)) == len(subclasses)
    assert set(reasons) | {DeadLetterReason.PROCESSING_ERROR} == set(DeadLetterReason)
