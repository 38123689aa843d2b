"""The Prometheus and Alertmanager files in deploy/: valid for the real tools, and every rule unit-tested."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.deploy_files import (
    ALERTMANAGER_CONFIG,
    PROMETHEUS_CONFIG,
    RULE_TESTS_DIR,
    RULES_DIR,
    rule_groups,
)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not on PATH: install Debian's `{package}` package (.ci/run does)")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, f"{' '.join(args)}\n{result.stdout}\n{result.stderr}"
    return result


def _rule_files() -> list[Path]:
    files = sorted(RULES_DIR.glob("*.yml"))
    assert files, "no rule files in deploy/prometheus/rules"
    return files


def test_promtool_accepts_the_rule_files() -> None:
    """`promtool check rules` parses every rule file (PromQL, templates, durations)."""
    _run(_tool("promtool", "prometheus"), "check", "rules", *map(str, _rule_files()))


def test_promtool_unit_tests_of_the_rules_pass() -> None:
    """`promtool test rules` runs the rule unit tests (input series → expected alerts) and they pass."""
    tests = sorted(RULE_TESTS_DIR.glob("*.yml"))
    assert tests
    result = _run(_tool("promtool", "prometheus"), "test", "rules", *map(str, tests))
    assert "SUCCESS" in result.stdout


def test_promtool_accepts_the_compose_prometheus_config() -> None:
    """`promtool check config` accepts the stack's prometheus.yml (DNS discovery of workers) and the rule files it loads."""
    result = _run(_tool("promtool", "prometheus"), "check", "config", str(PROMETHEUS_CONFIG))
    assert f"{len(_rule_files())} rule files found" in result.stdout


def test_amtool_accepts_the_alertmanager_config() -> None:
    """`amtool check-config` accepts the stack's alertmanager.yml."""
    _run(_tool("amtool", "prometheus-alertmanager"), "check-config", str(ALERTMANAGER_CONFIG))


def test_workers_are_discovered_by_dns_on_the_web_port() -> None:
    """The worker job finds every replica of the compose `worker` service by its A records on port 6066."""
    config = yaml.safe_load(PROMETHEUS_CONFIG.read_text())
    job = next(j for j in config["scrape_configs"] if j["job_name"] == "newsevents-worker")
    assert job["dns_sd_configs"] == [
        {"names": ["worker"], "type": "A", "port": 6066, "refresh_interval": "15s"}
    ]


def test_every_alert_has_a_severity_a_summary_and_a_unit_test() -> None:
    """Each alert is labelled with a severity, explains itself, and is expected to fire in some rule test."""
    alerts = [rule for group in rule_groups() for rule in group["rules"] if "alert" in rule]
    assert {a["alert"] for a in alerts} >= {
        "NewseventsWorkerDown",
        "NewseventsNotConsuming",
        "NewseventsConsumerLagGrowing",
        "NewseventsDeadLetterRateHigh",
        "NewseventsProcessingLatencyHigh",
    }
    tested: set[str] = set()
    for path in RULE_TESTS_DIR.glob("*.yml"):
        for case in yaml.safe_load(path.read_text())["tests"]:
            for check in case.get("alert_rule_test", []):
                if check.get("exp_alerts"):
                    tested.add(check["alertname"])
    for alert in alerts:
        assert alert["labels"]["severity"] in {"warning", "critical"}, alert["alert"]
        assert alert["annotations"].get("summary"), alert["alert"]
        assert alert["annotations"].get("description"), alert["alert"]
        assert alert["alert"] in tested, f"{alert['alert']} never fires in a rule unit test"
