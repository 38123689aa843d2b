"""The arithmetic of `newsevents bench`: percentiles, per-article latencies, /proc readings, the table."""

from __future__ import annotations

import math

import pytest

from newsevents.bench_measure import (
    LatencySummary,
    RunResult,
    article_timings,
    batch_totals,
    cpu_seconds_from_stat,
    describe_batches,
    format_table,
    peak_rss_bytes_from_status,
    percentile,
    process_group_from_stat,
)

# A real /proc/<pid>/stat line, with a command name that holds spaces and parentheses.
STAT = (
    "4242 (python (bench) x) S 4200 4242 4200 0 -1 4194560 51234 0 12 0 "
    "1234 567 0 0 20 0 9 0 4650000 987654321 45678 18446744073709551615 1 1 0 0 0 0 0 "
    "16781312 134235650 0 0 0 17 1 0 0 0 0 0"
)
STATUS = """Name:\tpython
Umask:\t0022
State:\tS (sleeping)
VmPeak:\t 1234567 kB
VmSize:\t 1200000 kB
VmHWM:\t  180224 kB
VmRSS:\t  175000 kB
Threads:\t9
"""


def test_percentile_is_nearest_rank() -> None:
    """Percentiles are observed values by nearest rank, whatever the input order."""
    values = [float(v) for v in range(100, 0, -1)]  # 1 … 100, reversed
    assert percentile(values, 50) == 50.0
    assert percentile(values, 95) == 95.0
    assert percentile(values, 99) == 99.0
    assert percentile(values, 100) == 100.0
    assert percentile([7.0], 99) == 7.0
    assert percentile([1.0, 2.0, 3.0, 1000.0], 99) == 1000.0  # p99 of 4 samples is the max


@pytest.mark.parametrize("q", [0, -1, 100.5])
def test_percentile_rejects_out_of_range(q: float) -> None:
    """A percentile outside (0, 100] is an error, not a guess."""
    with pytest.raises(ValueError, match="percentile"):
        percentile([1.0], q)


def test_percentile_of_nothing_is_an_error() -> None:
    """No samples give no percentile."""
    with pytest.raises(ValueError, match="no values"):
        percentile([], 50)


def test_latency_summary_of_no_samples_is_nan() -> None:
    """A run without a single output reports no latency rather than zero."""
    summary = LatencySummary.of([])
    assert summary.samples == 0
    assert math.isnan(summary.p99_ms)


def test_article_timings_take_the_last_output_and_ignore_other_articles() -> None:
    """An article is done at its last output; outputs of other runs and without an id are ignored."""
    sent = {"a": 1_000, "b": 1_010, "c": 1_020}
    outputs = [("a", 1_005), ("a", 1_040), ("b", 1_015), ("warmup-1", 1_900), (None, 2_000)]
    timings = article_timings(sent, outputs)
    assert timings.done_ms == {"a": 1_040, "b": 1_015}
    assert sorted(timings.latencies_ms()) == [5.0, 40.0]
    assert timings.without_output == 1  # "c": no event found, counted for throughput only
    # 3 articles from the first send (1,000) to the last output (1,040)
    assert timings.articles_per_second() == pytest.approx(3 / 0.040)
    # or from a given start, e.g. when a frozen worker was thawed
    assert timings.articles_per_second(start_ms=1_030) == pytest.approx(3 / 0.010)


def test_cpu_seconds_count_fields_after_the_command_name() -> None:
    """utime + stime (fields 14 and 15) are found even when the command name holds ') '."""
    assert cpu_seconds_from_stat(STAT, 100) == pytest.approx((1234 + 567) / 100)


def test_cpu_seconds_reject_a_line_that_is_no_stat() -> None:
    """Text that is not a stat line is an error."""
    with pytest.raises(ValueError, match="stat"):
        cpu_seconds_from_stat("4242 (python) S 1 2", 100)


def test_the_process_group_is_field_five_after_the_command_name() -> None:
    """The bench finds a worker's extraction processes by the worker's process group."""
    assert process_group_from_stat(STAT) == 4242  # state S, parent 4200, group 4242
    assert process_group_from_stat("77 (a) b) S 1 4242 4242 0") == 4242
    with pytest.raises(ValueError, match="stat"):
        process_group_from_stat("77 (python) S")


def test_peak_rss_is_vmhwm() -> None:
    """Peak RSS is VmHWM (not VmRSS or VmPeak), in bytes."""
    assert peak_rss_bytes_from_status(STATUS) == 180224 * 1024


def test_peak_rss_without_vmhwm_is_an_error() -> None:
    """A status text without VmHWM (a kernel thread, a zombie) is an error."""
    with pytest.raises(ValueError, match="VmHWM"):
        peak_rss_bytes_from_status("Name:\tkthreadd\nState:\tS (sleeping)\n")


def test_table_has_a_row_per_run_and_no_latency_for_a_backlog() -> None:
    """The table prints each run; a backlog run shows no latency (its latency is its queue)."""
    rows = [
        RunResult("extraction", "backlog", 2000, 51.2, None, 1200, 18.64, 185 * 2**20),
        RunResult(
            "extraction", "26/s", 780, 25.9, LatencySummary(300, 22, 140, 171, 190), 480, 30.1, 0
        ),
    ]
    table = format_table(rows).splitlines()
    assert len(table) == 4
    assert table[2] == "| extraction | backlog | 2,000 | 51 | - | 18.64 | 185 MiB |"
    assert "| 22 / 140 / 171 ms (300) |" in table[3]


def test_batch_sizes_are_read_from_the_worker_metrics_and_averaged_between_readings() -> None:
    """The batch histogram's sum and count per stage come from /metrics; the mean counts only the batches between two readings, and a stage with none is left out."""
    from prometheus_client import CollectorRegistry, generate_latest

    from newsevents.metrics import Metrics

    registry = CollectorRegistry()
    metrics = Metrics.create(registry, "test")
    for size in (10, 30):
        metrics.batch_messages.labels(stage="article").observe(size)
    before = batch_totals(generate_latest(registry).decode())
    assert before == {"article": (40.0, 2.0), "story": (0.0, 0.0)}
    for size in (100, 200, 300):
        metrics.batch_messages.labels(stage="article").observe(size)
    after = batch_totals(generate_latest(registry).decode())
    assert describe_batches(before, after) == "  messages per batch: article 200.0"
    assert describe_batches(after, after) is None
    assert batch_totals("") == {}
