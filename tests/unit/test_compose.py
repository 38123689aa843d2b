"""The container stack definition: valid compose syntax, images and builds that exist, only real settings, only files that exist."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsevents.settings import Settings
from tests.deploy_files import PROMETHEUS_CONFIG

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
LOCAL_IMAGE = "newsevents:local"
_PINNED_IMAGE = re.compile(r"^[a-z0-9./_-]+:[A-Za-z0-9._-]+$")


def _compose() -> dict[str, Any]:
    compose: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return compose


def _services() -> dict[str, Any]:
    services: dict[str, Any] = _compose()["services"]
    return services


def _environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {str(k): str(v) for k, v in env.items()}


def _is_ours(service: dict[str, Any]) -> bool:
    """Built from this repository's Dockerfile (directly or through the shared local tag)."""
    return "build" in service or service.get("image") == LOCAL_IMAGE


def _setting_variables() -> set[str]:
    names: set[str] = set()
    for name, field in Settings.model_fields.items():
        names.add(f"NEWSEVENTS_{name.upper()}")
        alias = field.validation_alias
        choices = getattr(alias, "choices", [alias] if isinstance(alias, str) else [])
        names.update(str(choice) for choice in choices)
    return names


def _bind_mounts(service: dict[str, Any]) -> list[tuple[str, str]]:
    mounts = []
    for volume in service.get("volumes") or []:
        source, target = str(volume).split(":")[:2]
        if source.startswith((".", "/")):
            mounts.append((source, target))
    return mounts


@pytest.mark.skipif(
    shutil.which("docker-compose") is None, reason="docker-compose client not installed"
)
def test_compose_file_is_valid() -> None:
    """`docker-compose config -q` accepts the file (it rejects unknown keys)."""
    subprocess.run(["docker-compose", "-f", str(COMPOSE), "config", "-q"], check=True, cwd=ROOT)


def test_the_stack_has_every_service_the_issue_names() -> None:
    """Kafka, topic creation, worker, alert forwarder, replay, Prometheus, Alertmanager and Grafana are all there."""
    assert set(_services()) >= {
        "kafka",
        "topics",
        "worker",
        "alert-forwarder",
        "replay",
        "prometheus",
        "alertmanager",
        "grafana",
    }


def test_every_newsevents_variable_is_a_setting() -> None:
    """Each NEWSEVENTS_* variable set in the stack names a field of the settings object."""
    fields = _setting_variables()
    for name, service in _services().items():
        for variable in _environment(service):
            if variable.startswith("NEWSEVENTS_"):
                assert variable in fields, f"{name}: {variable} is not a setting"


def test_our_services_set_only_settings_and_valid_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every variable a newsevents container gets is a setting (or its alias), and the settings object accepts the values."""
    fields = _setting_variables()
    for name, service in _services().items():
        if not _is_ours(service):
            continue
        env = _environment(service)
        unknown = set(env) - fields
        assert not unknown, f"{name}: {sorted(unknown)} are not settings"
        with monkeypatch.context() as patch:
            for variable, value in env.items():
                patch.setenv(variable, value)
            Settings()  # raises on a value the setting rejects


def test_built_services_use_the_repository_dockerfile() -> None:
    """Every service either names an image or builds the Dockerfile in the repository."""
    for name, service in _services().items():
        assert "image" in service or (ROOT / service["build"] / "Dockerfile").is_file(), name


def test_every_image_is_built_here_or_pinned() -> None:
    """Each build context holds a Dockerfile (and the target stage, if named); every other image is a pinned registry tag, never `latest`."""
    services = _services()
    built_tags = {s.get("image") for s in services.values() if "build" in s}
    for name, service in services.items():
        build = service.get("build")
        if build is not None:
            context = build if isinstance(build, str) else build.get("context", ".")
            dockerfile = (
                ROOT
                / context
                / (
                    "Dockerfile"
                    if isinstance(build, str)
                    else build.get("dockerfile", "Dockerfile")
                )
            )
            assert dockerfile.is_file(), f"{name}: {dockerfile} missing"
            if isinstance(build, dict) and "target" in build:
                assert re.search(
                    rf"^FROM .+ AS {re.escape(build['target'])}$",
                    dockerfile.read_text(),
                    re.MULTILINE | re.IGNORECASE,
                ), f"{name}: no stage {build['target']}"
            continue
        image = service["image"]
        if image in built_tags:
            continue
        assert _PINNED_IMAGE.match(image), f"{name}: {image} is not name:tag"
        assert not image.endswith(":latest"), f"{name}: {image} is not pinned"


def test_every_mounted_file_exists_and_every_named_volume_is_declared() -> None:
    """Bind mounts point at files or directories of the repository; named volumes are declared."""
    compose = _compose()
    declared = set(compose.get("volumes") or {})
    for name, service in compose["services"].items():
        for volume in service.get("volumes") or []:
            source = str(volume).split(":")[0]
            if source.startswith((".", "/")):
                path = (ROOT / source).resolve()
                assert path.exists(), f"{name}: {source} does not exist"
                assert ROOT in path.parents or path == ROOT, f"{name}: {source} is outside"
            else:
                assert source in declared, f"{name}: volume {source} is not declared"


def test_the_worker_can_be_scaled() -> None:
    """The worker has no container name and publishes no host port, so `--scale worker=N` works."""
    worker = _services()["worker"]
    assert "container_name" not in worker
    assert "ports" not in worker
    env = _environment(worker)
    assert env["NEWSEVENTS_WEB_HOST"] == "0.0.0.0"  # noqa: S104 - inside the container only
    assert Settings.model_fields["web_host"].default == "127.0.0.1"


def test_kafka_is_the_official_image_in_kraft_mode_with_a_volume_and_healthcheck() -> None:
    """Kafka runs the apache/kafka image of the version the README pins, as a combined KRaft node."""
    kafka = _services()["kafka"]
    assert kafka["image"] == "apache/kafka:3.9.1"
    env = _environment(kafka)
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert any(str(v).startswith("kafka-data:") for v in kafka["volumes"])
    assert kafka["healthcheck"]["test"]


def test_prometheus_scrapes_the_compose_services_and_loads_the_mounted_rules() -> None:
    """The DNS name Prometheus resolves is the worker service, its Alertmanager target is a service, and its rule glob lands in the mounted rules directory."""
    services = _services()
    config = yaml.safe_load(PROMETHEUS_CONFIG.read_text())
    names = {
        name
        for job in config["scrape_configs"]
        for sd in job.get("dns_sd_configs", [])
        for name in sd["names"]
    }
    assert names == {"worker"}
    for target in config["alerting"]["alertmanagers"][0]["static_configs"][0]["targets"]:
        assert target.split(":")[0] in services
    mounts = dict(_bind_mounts(services["prometheus"]))
    assert mounts["./deploy/prometheus/prometheus.yml"] == "/etc/prometheus/prometheus.yml"
    assert mounts["./deploy/prometheus/rules"] == "/etc/prometheus/rules"
    assert config["rule_files"] == ["rules/*.yml"]


def test_one_shot_and_forwarder_services_do_not_inherit_the_worker_healthcheck() -> None:
    """Only the worker serves /healthz; the image's healthcheck is disabled for the other roles."""
    for name, service in _services().items():
        if _is_ours(service) and name != "worker":
            assert service.get("healthcheck") == {"disable": True}, name


def test_every_variable_of_the_stack_is_documented() -> None:
    """The README's deploy section names every variable the compose file sets or reads."""
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Deploy and observe") :]
    section = section[: section.find("\n## ", 1)]
    text = COMPOSE.read_text()
    variables = set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)", text))
    for service in _services().values():
        if _is_ours(service):
            variables |= set(_environment(service))
    for variable in variables:
        assert variable in section, f"{variable} is not documented in README 'Deploy and observe'"
