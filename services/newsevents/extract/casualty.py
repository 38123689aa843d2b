"""Casualty updates (killed / injured counts) from an analysed article.

Placeholder until the casualty extractor lands: returns nothing.
"""

from __future__ import annotations

from newsevents.contracts import CasualtyUpdate
from newsevents.extract.document import Document


def extract_casualties(doc: Document, extractor_version: str) -> list[CasualtyUpdate]:
    """Every casualty figure the article reports, one record per incident or running toll."""
    del doc, extractor_version
    return []
