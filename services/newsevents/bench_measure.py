"""The arithmetic of ``newsevents bench`` (pure): percentiles, latencies, /proc readings, the table.

``bench_stream.py`` runs the broker, the workers and the clients and hands the raw
observations here: send timestamps, output timestamps, the text of ``/proc/<pid>/stat``
and ``/proc/<pid>/status``, the worker's ``/metrics`` page. Nothing in this module touches Kafka, a process or the clock.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank ``q``-th percentile (0 < q ≤ 100) of ``values``: always an observed value."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 < q <= 100:
        raise ValueError(f"percentile must be in (0, 100], got {q}")
    ordered = sorted(values)
    rank = math.ceil(q / 100 * len(ordered))
    return ordered[max(rank, 1) - 1]


@dataclass(frozen=True, slots=True)
class LatencySummary:
    """Article-to-output latency over the articles that produced an output, in milliseconds."""

    samples: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float

    @classmethod
    def of(cls, latencies_ms: Sequence[float]) -> LatencySummary:
        if not latencies_ms:
            return cls(0, math.nan, math.nan, math.nan, math.nan)
        return cls(
            samples=len(latencies_ms),
            p50_ms=percentile(latencies_ms, 50),
            p95_ms=percentile(latencies_ms, 95),
            p99_ms=percentile(latencies_ms, 99),
            max_ms=max(latencies_ms),
        )


@dataclass(frozen=True, slots=True)
class ArticleTimings:
    """When each article was sent and when its last output was appended, both in epoch ms."""

    sent_ms: Mapping[str, int]
    done_ms: Mapping[str, int]

    @property
    def without_output(self) -> int:
        """Articles of the run with no output record (no event found, or merged silently)."""
        return sum(1 for article_id in self.sent_ms if article_id not in self.done_ms)

    def latencies_ms(self) -> list[float]:
        """Send → last output, per article that produced an output."""
        return [
            float(self.done_ms[article_id] - sent)
            for article_id, sent in self.sent_ms.items()
            if article_id in self.done_ms
        ]

    def articles_per_second(self, start_ms: int | None = None) -> float:
        """All the run's articles over the time from ``start_ms`` (the first send) to the last output."""
        if not self.sent_ms or not self.done_ms:
            return math.nan
        start = min(self.sent_ms.values()) if start_ms is None else start_ms
        elapsed_ms = max(self.done_ms.values()) - start
        return len(self.sent_ms) * 1000.0 / max(elapsed_ms, 1)


def article_timings(
    sent_ms: Mapping[str, int], outputs: Iterable[tuple[str | None, int]]
) -> ArticleTimings:
    """Pair each sent article with the broker timestamp of its last output.

    ``outputs`` are ``(article_id, broker timestamp ms)`` of every output record read
    back; records of other articles (warm-up, other runs) and without an article id
    are ignored. The last output is when the article's processing was complete.
    """
    done: dict[str, int] = {}
    for article_id, timestamp_ms in outputs:
        if article_id is None or article_id not in sent_ms:
            continue
        if timestamp_ms > done.get(article_id, -1):
            done[article_id] = timestamp_ms
    return ArticleTimings(sent_ms=dict(sent_ms), done_ms=done)


def cpu_seconds_from_stat(stat: str, clock_ticks_per_second: int) -> float:
    """User + system CPU seconds of a process from the text of ``/proc/<pid>/stat``.

    The second field (the command name) is in parentheses and may itself hold spaces
    and parentheses, so fields are counted from the last ``)``: ``utime`` and ``stime``
    are fields 14 and 15 of proc(5), the 12th and 13th after it.
    """
    _, _, after_name = stat.rpartition(")")
    fields = after_name.split()
    if len(fields) < 13:
        raise ValueError("not a /proc/<pid>/stat line")
    utime, stime = int(fields[11]), int(fields[12])
    return (utime + stime) / clock_ticks_per_second


def process_group_from_stat(stat: str) -> int:
    """The process group of a process from the text of ``/proc/<pid>/stat`` (field 5)."""
    _, _, after_name = stat.rpartition(")")
    fields = after_name.split()
    if len(fields) < 3:
        raise ValueError("not a /proc/<pid>/stat line")
    return int(fields[2])


def peak_rss_bytes_from_status(status: str) -> int:
    """The peak resident set size (``VmHWM``) from the text of ``/proc/<pid>/status``."""
    for line in status.splitlines():
        name, _, value = line.partition(":")
        if name == "VmHWM":
            amount, _, unit = value.strip().partition(" ")
            if unit.strip() != "kB":
                raise ValueError(f"unexpected VmHWM unit {unit!r}")
            return int(amount) * 1024
    raise ValueError("no VmHWM in /proc/<pid>/status")


BatchTotals = dict[str, tuple[float, float]]
"""Per agent stage: (messages, batches) so far, from ``newsevents_batch_messages``."""


def batch_totals(metrics_text: str) -> BatchTotals:
    """The sum and count of the worker's batch-size histogram per stage, from its /metrics page."""
    from prometheus_client.parser import text_string_to_metric_families

    sums: dict[str, float] = {}
    counts: dict[str, float] = {}
    for family in text_string_to_metric_families(metrics_text):
        if family.name == "newsevents_batch_messages":
            for sample in family.samples:
                if sample.name.endswith("_sum"):
                    sums[sample.labels["stage"]] = sample.value
                elif sample.name.endswith("_count"):
                    counts[sample.labels["stage"]] = sample.value
    return {stage: (sums.get(stage, 0.0), count) for stage, count in counts.items()}


def describe_batches(before: BatchTotals, after: BatchTotals) -> str | None:
    """Mean messages per batch of each stage between two readings (None: no batch between)."""
    parts = []
    for stage, (messages, batches) in sorted(after.items()):
        messages_before, batches_before = before.get(stage, (0.0, 0.0))
        if batches > batches_before:
            mean = (messages - messages_before) / (batches - batches_before)
            parts.append(f"{stage} {mean:.1f}")
    return f"  messages per batch: {', '.join(parts)}" if parts else None


@dataclass(frozen=True, slots=True)
class RunResult:
    """One measured run: a worker, a publishing mode, what it achieved."""

    worker: str  # "extraction" or "pass-through"
    mode: str  # "backlog" or the paced rate, "250/s"
    articles: int
    articles_per_second: float
    latency: LatencySummary | None  # None for a backlog: its latency is its queue
    without_output: int
    cpu_seconds_per_1000: float
    peak_rss_bytes: int


def _ms(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:,.0f}"


def format_table(results: Sequence[RunResult]) -> str:
    """The results as a Markdown table (it goes into the README as printed)."""
    lines = [
        "| worker | input | articles | articles/s | latency p50 / p95 / p99 (samples) "
        "| CPU s per 1,000 articles | peak RSS |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lat = r.latency
        latency = (
            "-"
            if lat is None
            else f"{_ms(lat.p50_ms)} / {_ms(lat.p95_ms)} / {_ms(lat.p99_ms)} ms ({lat.samples:,})"
        )
        lines.append(
            f"| {r.worker} | {r.mode} | {r.articles:,} | {r.articles_per_second:,.0f} "
            f"| {latency} | {r.cpu_seconds_per_1000:.2f} | {r.peak_rss_bytes / 2**20:,.0f} MiB |"
        )
    return "\n".join(lines)
