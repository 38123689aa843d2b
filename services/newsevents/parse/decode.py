"""Decode one raw message into a ``RawArticle`` or raise a typed ``InputError``.

First stage of the flow (bytes → article → extract → alerts → publish). Pure:
no I/O. Each failure maps to exactly one dead-letter reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import ValidationError

from newsevents.contracts import RawArticle
from newsevents.exceptions import (
    BodyTooLargeError,
    EmptyBodyError,
    InvalidEncodingError,
    InvalidFieldsError,
    InvalidJSONError,
    MessageTooLargeError,
    NotAnObjectError,
)


@dataclass(frozen=True, slots=True)
class InputLimits:
    max_message_bytes: int = 1_000_000
    max_body_chars: int = 200_000


def _describe_validation_error(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"]) or "<root>"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def decode_article(raw: bytes | str, limits: InputLimits = InputLimits()) -> RawArticle:
    """Return the article in ``raw`` or raise the ``InputError`` that says why not."""
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    if len(data) > limits.max_message_bytes:
        raise MessageTooLargeError(
            f"message is {len(data)} bytes, limit is {limits.max_message_bytes}"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidEncodingError(f"not valid UTF-8 at byte {exc.start}: {exc.reason}") from exc
    try:
        obj: Any = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise InvalidJSONError(f"not JSON: {exc}") from exc
    if not isinstance(obj, dict):
        raise NotAnObjectError(f"expected a JSON object, got {type(obj).__name__}")
    article_id = obj.get("id") if isinstance(obj.get("id"), str) else None
    body = obj.get("body")
    if isinstance(body, str) and len(body) > limits.max_body_chars:
        raise BodyTooLargeError(
            f"body is {len(body)} characters, limit is {limits.max_body_chars}",
            article_id=article_id,
        )
    try:
        article = RawArticle.model_validate(obj)
    except ValidationError as exc:
        raise InvalidFieldsError(_describe_validation_error(exc), article_id=article_id) from exc
    if not article.body.strip():
        raise EmptyBodyError("body is empty", article_id=article.id)
    return article
