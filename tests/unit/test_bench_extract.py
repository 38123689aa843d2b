"""The extraction bench's corpora: event-dense generated articles, mixed with everyday news."""

from __future__ import annotations

from newsevents.bench import everyday_articles, mixed_corpus, report, run


def test_mixed_corpus_takes_the_share_asked_for_and_is_reproducible() -> None:
    everyday = {a.id for a in everyday_articles()}
    corpus = mixed_corpus(400, 0.25)
    dense = [a for a in corpus if a.id not in everyday]
    assert len(corpus) == 400
    assert 70 <= len(dense) <= 130  # seeded draws around a quarter
    assert [a.id for a in mixed_corpus(400, 0.25)] == [a.id for a in corpus]
    assert all(a.id in everyday for a in mixed_corpus(50, 0.0))
    assert not any(a.id in everyday for a in mixed_corpus(50, 1.0))


def test_bench_reports_the_mix_and_the_articles_without_a_trigger() -> None:
    result = run(30, eventful_share=0.5)
    assert result.articles == 30
    assert result.eventful_share == 0.5
    assert 0 <= result.untriggered <= 30
    text = report(result)
    assert "50% event-dense" in text
    assert "without a trigger" in text
