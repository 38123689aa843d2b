"""What the casualty extractor's unit tests share: an article read on a fixed day, and the fields
of its records the tests compare (each test file binds a reader to its own publication day)."""

from __future__ import annotations

from datetime import datetime

from newsevents.contracts import CasualtyCount, CasualtyUpdate, RawArticle
from newsevents.extract.casualty import extract_casualties
from newsevents.extract.document import analyse


def count(figure: CasualtyCount | None) -> int | None:
    """A figure's count, None when the record has no such figure."""
    return None if figure is None else figure.count


class CasualtyReader:
    """Reads a body (under a title) published at one fixed instant."""

    def __init__(self, published: str, article_id: str = "test-article") -> None:
        self.published = published
        self.article_id = article_id

    def records(self, body: str, title: str = "World news") -> list[CasualtyUpdate]:
        article = RawArticle(
            id=self.article_id,
            title=title,
            body=body,
            published_at=datetime.fromisoformat(self.published),
        )
        return list(extract_casualties(analyse(article), "test"))

    def tolls(self, body: str, title: str = "World news") -> list[tuple[int | None, int | None]]:
        """(killed, injured) of each record."""
        return [(count(r.killed), count(r.injured)) for r in self.records(body, title)]

    def countries(self, body: str, title: str = "World news") -> list[str | None]:
        return [r.location.country_code if r.location else None for r in self.records(body, title)]

    def place_names(self, body: str, title: str = "World news") -> list[str | None]:
        return [r.location.name if r.location else None for r in self.records(body, title)]

    def placed_tolls(
        self, body: str, title: str = "World news"
    ) -> list[tuple[int | None, str | None]]:
        """(killed, place's country code) of each record."""
        return [
            (count(r.killed), r.location.country_code if r.location else None)
            for r in self.records(body, title)
        ]

    def dates(self, body: str, title: str = "World news") -> list[str | None]:
        return [r.date for r in self.records(body, title)]

    def dated_tolls(
        self, body: str, title: str = "World news"
    ) -> list[tuple[int | None, str | None]]:
        """(killed, date) of each record."""
        return [(count(r.killed), r.date) for r in self.records(body, title)]

    def causes(self, body: str, title: str = "World news") -> list[str | None]:
        return [r.cause for r in self.records(body, title)]

    def scopes(self, body: str, title: str = "World news") -> list[str]:
        return [str(r.scope.value) for r in self.records(body, title)]
