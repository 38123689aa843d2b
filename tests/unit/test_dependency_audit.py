"""The dependency audit: CVSS arithmetic, severity from OSV records, and when it fails (critical only)."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "audit_dependencies", ROOT / "scripts" / "audit_dependencies.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


audit = _load_script()


@pytest.mark.parametrize(
    ("vector", "score"),
    [
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8),
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0),
        ("CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9),
        ("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", 6.4),
        ("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:N", 0.0),
        ("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", None),
        ("CVSS:3.1/AV:N", None),
    ],
)
def test_cvss3_base_scores_match_the_specification(vector: str, score: float | None) -> None:
    """Base scores of known vectors (the FIRST calculator's values); other versions give None."""
    assert audit.cvss3_base_score(vector) == score


def test_severity_prefers_the_advisory_rating_then_the_highest_cvss() -> None:
    """A GitHub advisory's rating wins; without one the highest CVSS v3 score decides; with neither it is unknown."""
    ghsa = {"id": "GHSA-x", "database_specific": {"severity": "CRITICAL"}}
    pysec = {
        "id": "PYSEC-1",
        "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N"}],
    }
    assert audit.severity_of([pysec, ghsa]).critical
    assert audit.severity_of([pysec]).level == "MODERATE"
    critical_vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
    scored = {"id": "CVE-1", "severity": [{"type": "CVSS_V3", "score": critical_vector}]}
    assert audit.severity_of([pysec, scored]) == audit.Severity("CRITICAL", "CVE-1 CVSS 9.8")
    assert audit.severity_of([{"id": "PYSEC-2"}]).level == "UNKNOWN"
    assert not audit.severity_of([]).critical


def _report(*vulns: dict[str, Any], skipped: bool = False) -> dict[str, Any]:
    dependencies: list[dict[str, Any]] = [{"name": "lib", "version": "1.0", "vulns": list(vulns)}]
    if skipped:
        dependencies.append({"name": "other", "skip_reason": "Dependency not found on PyPI"})
    return {"dependencies": dependencies, "fixes": []}


RECORDS = {
    "GHSA-crit": {"id": "GHSA-crit", "database_specific": {"severity": "CRITICAL"}},
    "GHSA-high": {"id": "GHSA-high", "database_specific": {"severity": "HIGH"}},
}


@pytest.mark.parametrize(
    ("report", "strict", "exit_code"),
    [
        (_report(), False, 0),
        (_report({"id": "PYSEC-9", "aliases": ["GHSA-high"], "fix_versions": ["1.1"]}), False, 0),
        (_report({"id": "PYSEC-8", "aliases": []}), False, 0),  # severity unknown: reported only
        (_report({"id": "PYSEC-7", "aliases": ["GHSA-crit"]}), False, 1),
        (_report(skipped=True), False, 0),  # packages the service could not look up
        (_report(skipped=True), True, 3),
    ],
)
def test_the_audit_fails_only_on_critical_findings_or_strictly_when_not_audited(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    report: dict[str, Any],
    strict: bool,
    exit_code: int,
) -> None:
    """Exit 1 on a critical finding, 0 on the rest (all printed), 0 or (--strict) 3 when it could not audit."""
    monkeypatch.setattr(audit, "run_pip_audit", lambda lock: report)
    monkeypatch.setattr(audit, "fetch_osv", RECORDS.get)
    monkeypatch.delenv("NEWSEVENTS_AUDIT_STRICT", raising=False)
    assert audit.main(["--strict"] if strict else []) == exit_code
    err = capsys.readouterr().err
    for vuln in report["dependencies"][0]["vulns"]:
        assert vuln["id"] in err


def test_an_unreachable_service_is_reported_and_does_not_fail_by_default(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a route to the vulnerability service the audit says NOT AUDITED; only --strict makes that fail."""

    def unreachable(lock: Path) -> dict[str, Any]:
        raise audit.ServiceUnreachableError("OSV unreachable: name resolution failed")

    monkeypatch.setattr(audit, "run_pip_audit", unreachable)
    monkeypatch.delenv("NEWSEVENTS_AUDIT_STRICT", raising=False)
    assert audit.main([]) == 0
    assert "NOT AUDITED" in capsys.readouterr().err
    monkeypatch.setenv("NEWSEVENTS_AUDIT_STRICT", "1")
    assert audit.main([]) == 3


def test_the_lock_pins_every_dependency_exactly_and_holds_the_auditor() -> None:
    """requirements.lock is name==version lines only, and pins each pyproject pin (pip-audit included) at its version."""
    lock_lines = (ROOT / "requirements.lock").read_text().split()
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+==[A-Za-z0-9.+!-]+", line) for line in lock_lines)

    def norm(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    lock = {norm(line.split("==")[0]): line.split("==")[1] for line in lock_lines}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    assert any(pin.startswith("pip-audit==") for pin in pins)
    for pin in pins:
        name, version = pin.split("==")
        assert lock.get(norm(name)) == version, pin
