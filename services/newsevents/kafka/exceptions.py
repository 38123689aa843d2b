"""The errors of the Kafka adapters, all under ``NewsEventsError``::

    NewsEventsError
    └── KafkaAdapterError
        ├── KafkaSecurityConfigError    no broker address, unreadable CA file, a client
        │                               certificate or key that does not load: fatal at start-up
        └── KafkaConnectError           a client could not bootstrap (unreachable broker, failed
                                        authentication or TLS handshake), with the reason

Settings validation already rejects inconsistent combinations and missing files
(a ``pydantic.ValidationError`` when ``Settings()`` is built); these are what can
only be found when the files are read.
"""

from __future__ import annotations

from newsevents.exceptions import NewsEventsError


class KafkaAdapterError(NewsEventsError):
    """Base of every error raised by the Kafka adapters."""


class KafkaSecurityConfigError(KafkaAdapterError):
    """The settings do not give a usable connection to the broker (never holds a secret)."""


class KafkaConnectError(KafkaAdapterError):
    """A kafka-python client could not reach the broker; the message says why (never a secret)."""
