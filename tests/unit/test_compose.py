"""The container stack definition: valid compose syntax and only real settings in its environment."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsevents.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"


def _services() -> dict[str, Any]:
    services: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())["services"]
    return services


@pytest.mark.skipif(
    shutil.which("docker-compose") is None, reason="docker-compose client not installed"
)
def test_compose_file_is_valid() -> None:
    """`docker-compose config -q` accepts the file (it rejects unknown keys)."""
    subprocess.run(["docker-compose", "-f", str(COMPOSE), "config", "-q"], check=True, cwd=ROOT)


def test_every_newsevents_variable_is_a_setting() -> None:
    """Each NEWSEVENTS_* variable set in the stack names a field of the settings object."""
    fields = {f"NEWSEVENTS_{name.upper()}" for name in Settings.model_fields}
    for name, service in _services().items():
        for variable in service.get("environment") or {}:
            if variable.startswith("NEWSEVENTS_"):
                assert variable in fields, f"{name}: {variable} is not a setting"


def test_built_services_use_the_repository_dockerfile() -> None:
    """Every service either names an image or builds the Dockerfile in the repository."""
    for name, service in _services().items():
        assert "image" in service or (ROOT / service["build"] / "Dockerfile").is_file(), name
