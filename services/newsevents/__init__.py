"""newsevents: real-time diplomatic events and casualty updates from news articles on Kafka.

The public surface is small: the contracts, the pure pipeline (the per-article stage
``process_message`` and the story stage ``process_stories`` after it) and the settings.
"""

from newsevents.contracts import (
    Alert,
    CasualtyUpdate,
    DeadLetter,
    DiplomaticEvent,
    RawArticle,
)
from newsevents.pipeline import (
    EXTRACTOR_VERSION,
    extract_article,
    process_message,
    process_stories,
)
from newsevents.settings import Settings

__all__ = [
    "EXTRACTOR_VERSION",
    "Alert",
    "CasualtyUpdate",
    "DeadLetter",
    "DiplomaticEvent",
    "RawArticle",
    "Settings",
    "extract_article",
    "process_message",
    "process_stories",
]
