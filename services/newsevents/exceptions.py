"""The exception tree of newsevents.

Every error that can reach the stream carries the dead-letter reason it is
recorded under, so the shell never has to guess::

    NewsEventsError
    ├── InputError                      (the message itself is bad → dead letter)
    │   ├── MessageTooLargeError        reason: message_too_large
    │   ├── InvalidEncodingError        reason: invalid_utf8
    │   ├── InvalidJSONError            reason: invalid_json
    │   │   └── NestingTooDeepError     reason: invalid_json (deeper than the configured limit)
    │   ├── NotAnObjectError            reason: not_an_object
    │   ├── InvalidFieldsError          reason: invalid_fields
    │   ├── EmptyBodyError              reason: empty_body
    │   └── BodyTooLargeError           reason: body_too_large
    ├── ProcessingError                 reason: processing_error (the core failed on valid input)
    └── RuleFileError                   (a data file failed validation; fatal at start-up)

Dropping an article (not relevant, duplicate) is not an error: it is counted,
never dead-lettered.
"""

from __future__ import annotations

from enum import StrEnum


class DeadLetterReason(StrEnum):
    """The fixed set of reasons a dead-letter record can carry."""

    MESSAGE_TOO_LARGE = "message_too_large"
    INVALID_UTF8 = "invalid_utf8"
    INVALID_JSON = "invalid_json"
    NOT_AN_OBJECT = "not_an_object"
    INVALID_FIELDS = "invalid_fields"
    EMPTY_BODY = "empty_body"
    BODY_TOO_LARGE = "body_too_large"
    PROCESSING_ERROR = "processing_error"


class NewsEventsError(Exception):
    """Base of every error raised by newsevents."""


class InputError(NewsEventsError):
    """A message that cannot become a valid article; it goes to the dead-letter topic."""

    reason: DeadLetterReason = DeadLetterReason.INVALID_FIELDS

    def __init__(self, message: str, *, article_id: str | None = None) -> None:
        super().__init__(message)
        self.article_id = article_id


class MessageTooLargeError(InputError):
    reason = DeadLetterReason.MESSAGE_TOO_LARGE


class InvalidEncodingError(InputError):
    reason = DeadLetterReason.INVALID_UTF8


class InvalidJSONError(InputError):
    reason = DeadLetterReason.INVALID_JSON


class NestingTooDeepError(InvalidJSONError):
    """JSON nested deeper than ``max_json_depth``: refused like JSON no parser would take.

    Kept under ``invalid_json`` (no reason of its own): RFC 8259 lets a parser
    limit nesting, orjson already refuses more than 1,024 levels with this reason,
    and the error text says which limit was hit.
    """


class NotAnObjectError(InputError):
    reason = DeadLetterReason.NOT_AN_OBJECT


class InvalidFieldsError(InputError):
    reason = DeadLetterReason.INVALID_FIELDS


class EmptyBodyError(InputError):
    reason = DeadLetterReason.EMPTY_BODY


class BodyTooLargeError(InputError):
    reason = DeadLetterReason.BODY_TOO_LARGE


class ProcessingError(NewsEventsError):
    """The extraction core raised on an input that decoded fine."""

    reason = DeadLetterReason.PROCESSING_ERROR


class RuleFileError(NewsEventsError):
    """A lexicon or rule file is missing or fails validation."""
