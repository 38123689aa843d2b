"""``newsevents bench-extract``: extraction speed on one core, on generated 4 KB articles.

Articles are assembled from paragraphs of the bundled sample articles (shuffled with a
fixed seed, so every run measures the same corpus). The samples are dense with events, so
this is a pessimistic corpus: a real news stream has far more articles with no diplomatic
or casualty content. ``--eventful-share`` mixes in such articles: the bundled everyday news
(``bench_data/everyday-*.jsonl``: sports, business, technology, science, politics, culture,
courts, environment and transport stories of about 4 KB, written with no event in them but
full of words such as "talks", "deal", "met", "warned" and "injured"). Figures are CPU
seconds of this process (one core).
"""

from __future__ import annotations

import random
import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson

from newsevents.contracts import RawArticle
from newsevents.extract import diplomatic, document
from newsevents.normalize.gazetteer import gazetteer
from newsevents.parse import decode_article
from newsevents.pipeline import extract_article, has_trigger
from newsevents.settings import PACKAGE_DIR


def _paragraphs() -> tuple[list[str], list[str]]:
    titles: list[str] = []
    paragraphs: list[str] = []
    for path in sorted((PACKAGE_DIR / "samples").glob("*.jsonl")):
        for line in path.read_bytes().splitlines():
            if line.strip():
                record = orjson.loads(line)
                titles.append(record["title"])
                paragraphs.extend(p for p in record["body"].split("\n\n") if p.strip())
    return titles, paragraphs


def everyday_articles() -> list[RawArticle]:
    """The bundled everyday news: realistic articles without a diplomatic or casualty event."""
    return [
        decode_article(line)
        for path in sorted((PACKAGE_DIR / "bench_data").glob("everyday-*.jsonl"))
        for line in path.read_bytes().splitlines()
        if line.strip()
    ]


def mixed_corpus(
    count: int, eventful_share: float, size: int = 4096, seed: int = 7
) -> list[RawArticle]:
    """``count`` articles of which about ``eventful_share`` are generated event-dense ones
    (``generate_corpus``) and the rest everyday news, cycled in a seeded order."""
    if eventful_share >= 1:
        return generate_corpus(count, size, seed)
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    dense = iter(generate_corpus(count, size, seed))
    everyday = everyday_articles()
    if not everyday:
        raise ValueError("no everyday articles bundled (bench_data/everyday-*.jsonl)")
    rng.shuffle(everyday)
    corpus = []
    for index in range(count):
        if rng.random() < eventful_share:
            corpus.append(next(dense))
        else:
            corpus.append(everyday[index % len(everyday)])
    return corpus


def generate_corpus(count: int, size: int = 4096, seed: int = 7) -> list[RawArticle]:
    """``count`` articles of about ``size`` characters each, deterministic for a seed."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    titles, paragraphs = _paragraphs()
    published = datetime(2024, 3, 14, 9, 30, tzinfo=UTC)
    corpus = []
    for index in range(count):
        body: list[str] = []
        length = 0
        while length < size:
            paragraph = rng.choice(paragraphs)
            body.append(paragraph)
            length += len(paragraph) + 2
        corpus.append(
            RawArticle(
                id=f"bench-{index:06d}",
                title=rng.choice(titles),
                body="\n\n".join(body),
                published_at=published,
            )
        )
    return corpus


@dataclass(frozen=True)
class BenchResult:
    articles: int
    mean_chars: float
    cpu_seconds: float
    articles_per_second: float
    p50_ms: float
    p99_ms: float
    events: int
    analyse_share: float
    compiled: bool = False  # the core's modules are mypyc's C extensions (`./dev native`)
    eventful_share: float = 1.0  # share of event-dense articles asked for (the rest everyday)
    untriggered: int = 0  # articles without a trigger: split and scanned, never indexed


def run(count: int = 2000, size: int = 4096, eventful_share: float = 1.0) -> BenchResult:
    """Extract every article of a generated corpus and time it (after a warm-up)."""
    gazetteer()  # built once per process; not part of the per-article cost
    corpus = mixed_corpus(count, eventful_share, size)
    for article in corpus[:20]:
        extract_article(article)
    latencies: list[float] = []
    events = 0
    start = time.process_time()
    for article in corpus:
        t0 = time.perf_counter()
        events += len(extract_article(article).events)
        latencies.append(time.perf_counter() - t0)
    cpu = time.process_time() - start
    analyse_start = time.process_time()
    untriggered = 0
    for article in corpus:
        doc = document.split(article)
        if has_trigger(doc):
            document.index(doc)
        else:
            untriggered += 1
    analyse_cpu = time.process_time() - analyse_start
    latencies.sort()
    return BenchResult(
        articles=count,
        mean_chars=statistics.fmean(len(a.text) for a in corpus),
        cpu_seconds=cpu,
        articles_per_second=count / cpu,
        p50_ms=latencies[len(latencies) // 2] * 1000,
        p99_ms=latencies[int(len(latencies) * 0.99) - 1] * 1000,
        events=events,
        analyse_share=analyse_cpu / cpu,
        compiled=not str(diplomatic.__file__).endswith(".py"),
        eventful_share=min(eventful_share, 1.0),
        untriggered=untriggered,
    )


def report(result: BenchResult) -> str:
    return "\n".join(
        [
            f"articles            {result.articles}"
            + (
                f" ({result.eventful_share:.0%} event-dense, the rest everyday news)"
                if result.eventful_share < 1
                else " (all event-dense)"
            ),
            f"without a trigger   {result.untriggered} (split and scanned, never indexed)",
            f"mean size           {result.mean_chars:,.0f} characters",
            f"events extracted    {result.events} ({result.events / result.articles:.1f} per article)",
            f"CPU seconds         {result.cpu_seconds:.2f} (one core)",
            f"throughput          {result.articles_per_second:,.0f} articles/s per core",
            f"latency p50 / p99   {result.p50_ms:.2f} ms / {result.p99_ms:.2f} ms per article",
            f"share in analysis   {result.analyse_share:.0%} (sentences, trigger scan, names,"
            " people)",
            "extraction core     "
            + ("compiled with mypyc (./dev native)" if result.compiled else "Python"),
        ]
    )
