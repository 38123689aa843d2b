"""The provisioned Grafana dashboard: complete, parseable PromQL, and wired to the provisioned data source.

Grafana's dashboard-linter could not be installed here (the Go module proxy refuses it), so
the rules of it that matter for this dashboard are checked below: a data source variable
used by every panel, job/instance variables in every selector, ``$__rate_interval`` in
rates, a unit and a description on every panel. Whether each query names only metrics
the worker exports is checked against a running worker in tests/integration/test_prometheus.py.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.deploy_files import (
    DEPLOY,
    ROOT,
    dashboard_panels,
    dashboard_queries,
    expand_grafana_variables,
    load_dashboard,
    promql_metric_names,
)

DATASOURCE_REF = {"type": "prometheus", "uid": "${datasource}"}
_SELECTOR = re.compile(r"\{([^}]*)\}")
_RANGE_FUNCTION = re.compile(r"\b(rate|irate|increase|delta|deriv)\s*\(")


def test_dashboard_has_the_variables_every_query_uses() -> None:
    """A Prometheus data source variable defaulting to the provisioned one, and job/instance variables."""
    variables = {v["name"]: v for v in load_dashboard()["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    provisioned = yaml.safe_load(
        (DEPLOY / "grafana/provisioning/datasources/prometheus.yml").read_text()
    )["datasources"]
    assert variables["datasource"]["current"]["value"] == provisioned[0]["uid"]
    for name in ("job", "instance"):
        assert variables[name]["type"] == "query"
        assert variables[name]["datasource"] == DATASOURCE_REF
        assert variables[name]["includeAll"]
        assert variables[name]["multi"]


def test_every_panel_is_described_has_a_unit_and_uses_the_datasource_variable() -> None:
    """Each panel has a title, a description, a unit and queries through ``${datasource}``."""
    panels = dashboard_panels()
    assert len({p["id"] for p in panels}) == len(panels)
    for panel in panels:
        assert panel["title"], panel
        assert panel["description"], panel["title"]
        assert panel["datasource"] == DATASOURCE_REF, panel["title"]
        assert panel["fieldConfig"]["defaults"].get("unit"), panel["title"]
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            assert target["datasource"] == DATASOURCE_REF, panel["title"]


def test_panels_do_not_overlap() -> None:
    """No two panels (rows included) share a grid cell."""
    taken: dict[tuple[int, int], str] = {}
    for panel in load_dashboard()["panels"]:
        pos = panel["gridPos"]
        assert pos["x"] + pos["w"] <= 24, panel["title"]
        for x in range(pos["x"], pos["x"] + pos["w"]):
            for y in range(pos["y"], pos["y"] + pos["h"]):
                assert (x, y) not in taken, f"{panel['title']} overlaps {taken[(x, y)]}"
                taken[(x, y)] = panel["title"]


def test_every_selector_is_filtered_by_job_and_instance() -> None:
    """Every series selector carries the job and instance variables, and rates use $__rate_interval or $__range."""
    for name, expr in dashboard_queries().items():
        selectors = _SELECTOR.findall(expr)
        assert selectors, name
        for matchers in selectors:
            assert 'job=~"$job"' in matchers, name
            assert 'instance=~"$instance"' in matchers, name
        for match in _RANGE_FUNCTION.finditer(expr):
            window = re.search(r"\[([^\]]+)\]", expr[match.end() :])
            assert window is not None, name
            assert window.group(1) in ("$__rate_interval", "$__range"), name


def test_the_dashboard_shows_what_the_issue_asks_for() -> None:
    """Throughput, latency percentiles, extraction time, events by type, casualties by country, alerts by severity, dead letters by reason and consumer lag each have a panel."""
    queries = " ".join(dashboard_queries().values())
    wanted = {
        "throughput": "newsevents_articles_consumed_total",
        "processing latency": "histogram_quantile(0.99, sum by (le) (rate(newsevents_processing_seconds_bucket",
        "extraction time": "newsevents_extraction_seconds_bucket",
        "events by type": "sum by (kind, event_type) (rate(newsevents_events_total",
        "casualties by country": "sum by (country) (increase(newsevents_casualties_reported_total",
        "alerts by severity": "sum by (severity) (rate(newsevents_alerts_total",
        "dead letters by reason": "sum by (reason) (rate(newsevents_dead_letters_total",
        "consumer lag": "newsevents_consumer_lag_messages",
    }
    for what, fragment in wanted.items():
        assert fragment in queries, what
    for quantile in ("0.5", "0.95", "0.99"):
        assert f"histogram_quantile({quantile}, sum by (le) (rate(newsevents_processing" in queries


def test_every_query_is_valid_promql(tmp_path: Path) -> None:
    """Each panel query, its Grafana variables filled in, passes the PromQL parser of `promtool check rules`."""
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.fail("promtool is not on PATH: install Debian's `prometheus` package (.ci/run does)")
    rules = [
        {"record": f"dashboard:query_{i}", "expr": expand_grafana_variables(expr)}
        for i, expr in enumerate(dashboard_queries().values())
    ]
    path = tmp_path / "dashboard-queries.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    result = subprocess.run(
        [promtool, "check", "rules", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_query_selects_a_newsevents_metric_or_up() -> None:
    """No query is empty of metrics, and the only non-newsevents series is Prometheus's own `up`."""
    for name, expr in dashboard_queries().items():
        names = promql_metric_names(expand_grafana_variables(expr))
        assert names, name
        assert all(n.startswith("newsevents_") or n == "up" for n in names), (name, names)


def test_grafana_provisioning_points_at_the_mounted_dashboards() -> None:
    """The dashboard provider reads the directory the compose file mounts the dashboards into."""
    provider = yaml.safe_load(
        (DEPLOY / "grafana/provisioning/dashboards/newsevents.yml").read_text()
    )["providers"][0]
    volumes = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["grafana"][
        "volumes"
    ]
    assert f"./deploy/grafana/dashboards:{provider['options']['path']}:ro" in volumes
