"""Everyday news: realistic articles with no diplomatic event and no casualty update.

``services/newsevents/bench_data/everyday-*.jsonl`` holds 40 wire-style stories of about
4 KB (sports, business, technology, science, domestic politics, culture, courts,
environment, transport), written blind by team members who did not read the extractor and
told only to keep every state-to-state act and every killed or injured person out of them
while using the words that mislead ("met", "talks", "deal", "agreement", "warned", "urged",
"killed it", "injured his hamstring", "the toll rose to 12 euros"). Most of a news stream is
like this, so every record here is a false alarm. The bench mixes them into its corpus
(``newsevents bench-extract --eventful-share``).
"""

from __future__ import annotations

import pytest

from newsevents.bench import everyday_articles
from newsevents.contracts import RawArticle
from newsevents.pipeline import extract_article

ARTICLES = everyday_articles()


def test_the_everyday_set_is_bundled() -> None:
    assert len(ARTICLES) == 40
    assert len({a.id for a in ARTICLES}) == 40
    assert all(3_000 < len(a.body) < 5_000 for a in ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.id for a in ARTICLES])
def test_everyday_news_yields_no_record(article: RawArticle) -> None:
    extraction = extract_article(article)
    assert [
        (type(r).__name__, r.evidence[0].text if r.evidence else "") for r in extraction.events
    ] == []
