"""A real Prometheus server scrapes a real worker: the metrics, the rules and the dashboard queries read back through its HTTP API."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from prometheus_client.parser import text_string_to_metric_families

from newsevents.kafka.clients import create_topics, publish_lines
from tests.deploy_files import (
    RULES_DIR,
    SCRAPE_SERIES,
    dashboard_queries,
    expand_grafana_variables,
    exported_metric_names,
    promql_metric_names,
    recorded_names,
    rule_groups,
)
from tests.integration.prometheus_harness import PrometheusServer
from tests.integration.worker_harness import (
    GroupProgress,
    WorkerProcess,
    isolated_settings,
    read_topic,
)

pytestmark = pytest.mark.integration

BAD = {
    b"this is not json": "invalid_json",
    b'["an", "array"]': "not_an_object",
    b'{"id": "x", "title": "t", "body": " ", "published_at": "2024-01-01T00:00:00Z"}': "empty_body",
}


@dataclass
class Observed:
    worker: WorkerProcess
    prometheus: PrometheusServer
    sent: int
    casualty_updates: int
    topic: str
    partitions: int
    story_topic: str


@pytest.fixture(scope="module")
def observed(
    kafka_bootstrap: str, sample_lines: list[bytes], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Observed]:
    """A worker that has processed the samples and a few bad messages, scraped every second by Prometheus."""
    workdir = tmp_path_factory.mktemp("prometheus")
    settings = isolated_settings(kafka_bootstrap)
    create_topics(settings)
    worker = WorkerProcess(settings, workdir / "worker.log")
    worker.start()
    prometheus = PrometheusServer(
        workdir,
        targets=[f"127.0.0.1:{settings.web_port}"],
        rule_files=sorted(RULES_DIR.glob("*.yml")),
    )
    try:
        report = publish_lines(settings, [*sample_lines, *BAD])
        assert report.sent == len(sample_lines) + len(BAD)
        worker.wait_processed(report.sent)
        progress = GroupProgress(settings)
        try:
            progress.wait_caught_up([worker])  # the story stage too
        finally:
            progress.close()
        # the worker counts the story versions it published
        casualties = len(read_topic(kafka_bootstrap, settings.topic_casualties))
        assert casualties, "the samples must yield casualty versions"
        prometheus.start()
        yield Observed(
            worker,
            prometheus,
            report.sent,
            casualties,
            settings.topic_articles,
            settings.topic_partitions,
            settings.topic_story_inputs,
        )
    finally:
        prometheus.stop()
        assert worker.stop() == 0, worker.log_tail()


def test_prometheus_reads_back_what_the_worker_counted(observed: Observed) -> None:
    """Through /api/v1/query: the target is up, consumed equals published, outcomes and dead-letter reasons add up, casualty updates are counted by country."""
    prom = observed.prometheus
    job = '{job="newsevents-worker"}'
    prom.wait_for(f"newsevents_articles_consumed_total{job}", observed.sent)
    assert prom.value(f"up{job}") == 1
    assert prom.value(f"sum(newsevents_articles_processed_total{job})") == observed.sent
    letters = {
        r["metric"]["reason"]: float(r["value"][1])
        for r in prom.query(f"sum by (reason) (newsevents_dead_letters_total{job})")
    }
    assert letters == {reason: float(n) for reason, n in Counter(BAD.values()).items()}
    assert prom.value(f"sum(newsevents_casualty_updates_total{job})") == observed.casualty_updates
    countries = {r["metric"]["country"] for r in prom.query("newsevents_casualty_updates_total")}
    assert countries
    assert all(len(c) == 3 and c.isupper() for c in countries - {"unknown"})
    assert prom.value(f"sum(newsevents_processing_seconds_count{job})") == observed.sent
    assert prom.value('count(newsevents_build_info{job="newsevents-worker", version!=""})') == 1


def test_consumer_lag_drops_to_zero_once_everything_is_committed(observed: Observed) -> None:
    """The worker's lag gauges cover every partition of both topics its agents read, the articles' end offsets add up to what was published, and the lag is 0 after commits."""
    prom = observed.prometheus
    articles = f'{{topic="{observed.topic}"}}'
    prom.wait_for("sum(newsevents_consumer_lag_messages)", 0)
    prom.wait_for(f"sum(newsevents_input_end_offset{articles})", observed.sent)
    assert prom.value(f"count(newsevents_consumer_lag_messages{articles})") == observed.partitions
    topics = {r["metric"]["topic"] for r in prom.query("newsevents_consumer_lag_messages")}
    assert topics == {observed.topic, observed.story_topic}
    assert prom.value(f'sum(newsevents_input_end_offset{{topic="{observed.story_topic}"}})') > 0
    for topic in topics:
        prom.wait_for(f'topic:newsevents_consumer_lag_messages:sum{{topic="{topic}"}}', 0)


def test_the_rules_load_in_a_real_server_and_stay_quiet_on_a_healthy_worker(
    observed: Observed,
) -> None:
    """Prometheus loads every rule of deploy/prometheus/rules, evaluates each without error, and fires nothing for a healthy worker."""
    prom = observed.prometheus
    prom.wait_for('count(up{job="newsevents-worker"} == 1)', 1)
    time.sleep(2.5)  # a few evaluation rounds of every group
    loaded = prom.api("rules")["groups"]
    expected = {g["name"]: len(g["rules"]) for g in rule_groups()}
    assert {g["name"]: len(g["rules"]) for g in loaded} == expected
    for group in loaded:
        for rule in group["rules"]:
            assert rule["health"] == "ok", rule
            if rule["type"] == "alerting":
                assert rule["state"] == "inactive", rule


def test_dashboard_and_rules_name_only_metrics_the_worker_exports(observed: Observed) -> None:
    """Every metric a dashboard panel or a rule selects is in a scrape of the running worker (counter, histogram suffixes included), and every panel query runs on the real server."""
    text = observed.worker.scrape()
    assert text is not None
    exported = exported_metric_names(list(text_string_to_metric_families(text)))
    assert "newsevents_consumer_lag_messages" in exported
    assert "newsevents_processing_seconds_bucket" in exported
    for name, expr in dashboard_queries().items():
        unknown = promql_metric_names(expand_grafana_variables(expr)) - exported - SCRAPE_SERIES
        assert not unknown, f"panel {name}: {sorted(unknown)} are not exported"
    allowed = exported | SCRAPE_SERIES | recorded_names()
    for group in rule_groups():
        for rule in group["rules"]:
            unknown = promql_metric_names(rule["expr"]) - allowed
            assert not unknown, f"{rule.get('alert') or rule.get('record')}: {sorted(unknown)}"

    prom = observed.prometheus
    prom.wait_for("sum(newsevents_articles_consumed_total)", observed.sent)
    empty = [
        name
        for name, expr in dashboard_queries().items()
        if not prom.query(expand_grafana_variables(expr))
    ]
    assert not empty, f"panels with no data from a worker that processed the samples: {empty}"
