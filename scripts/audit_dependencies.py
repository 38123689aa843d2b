#!/usr/bin/env python3
"""Audit the locked dependency set for known vulnerabilities; fail only on critical ones.

Run by ``./dev audit`` and, early, by ``./dev test``::

    python scripts/audit_dependencies.py [--lock requirements.lock] [--strict]

1. ``pip-audit -r requirements.lock --no-deps --disable-pip -s osv`` lists the known
   vulnerabilities of every pinned package (the lock pins the whole set, so nothing is
   resolved or installed).
2. pip-audit gives no severity, so each vulnerability's record (and its aliases') is read
   from the OSV API: the GitHub advisory's ``database_specific.severity`` (CRITICAL, HIGH,
   MODERATE, LOW) when there is one, else the highest CVSS v3 base score computed from
   its vector (critical is 9.0 and above, as CVSS defines it).
3. Every finding is printed. Exit 1 only when one is critical; a finding whose severity
   is unknown (no advisory rating, no CVSS v3 vector) is reported and does not fail.

When the vulnerability service cannot be reached (no network, DNS, a time-out, or
packages the service could not look up) the audit says so loudly and exits 0: it checks
the outside world's knowledge, not the change under test, and a CI whose only way out is
to package registries (as here) must not fail every run for that. ``--strict`` (or
``NEWSEVENTS_AUDIT_STRICT=1``) makes it exit 3 instead, for a scheduled job with network.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OSV_VULNS_URL = "https://api.osv.dev/v1/vulns/"
REQUEST_TIMEOUT_SECONDS = 10
PIP_AUDIT_TIMEOUT_SECONDS = 120  # a hanging network costs CI at most this
CRITICAL_CVSS = 9.0
EXIT_CRITICAL = 1
EXIT_UNREACHABLE = 3

_CVSS3_WEIGHTS: dict[str, dict[str, float]] = {
    "AV": {"N": 0.85, "A": 0.62, "L": 0.55, "P": 0.2},
    "AC": {"L": 0.77, "H": 0.44},
    "UI": {"N": 0.85, "R": 0.62},
    "C": {"H": 0.56, "L": 0.22, "N": 0.0},
    "I": {"H": 0.56, "L": 0.22, "N": 0.0},
    "A": {"H": 0.56, "L": 0.22, "N": 0.0},
}
_CVSS3_PRIVILEGES = {"U": {"N": 0.85, "L": 0.62, "H": 0.27}, "C": {"N": 0.85, "L": 0.68, "H": 0.5}}


def _round_up(value: float) -> float:
    """CVSS v3.1 Roundup: the smallest one-decimal number >= value (float-safe)."""
    scaled = round(value * 100_000)
    if scaled % 10_000 == 0:
        return scaled / 100_000
    return (math.floor(scaled / 10_000) + 1) / 10.0


def cvss3_base_score(vector: str) -> float | None:
    """The base score of a ``CVSS:3.x/...`` vector; None for any other vector."""
    parts = vector.split("/")
    if not parts or not parts[0].startswith("CVSS:3"):
        return None
    metrics = dict(part.split(":", 1) for part in parts[1:] if ":" in part)
    try:
        scope = metrics["S"]
        weights = {name: _CVSS3_WEIGHTS[name][metrics[name]] for name in _CVSS3_WEIGHTS}
        privileges = _CVSS3_PRIVILEGES[scope][metrics["PR"]]
    except KeyError:
        return None
    iss = 1 - (1 - weights["C"]) * (1 - weights["I"]) * (1 - weights["A"])
    changed = scope == "C"  # the scope changed: the impact reaches beyond the vulnerable part
    impact = 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 if changed else 6.42 * iss
    exploitability = 8.22 * weights["AV"] * weights["AC"] * privileges * weights["UI"]
    if impact <= 0:
        return 0.0
    total = 1.08 * (impact + exploitability) if changed else impact + exploitability
    return _round_up(min(total, 10.0))


@dataclass(frozen=True)
class Severity:
    level: str  # CRITICAL, HIGH, MODERATE, LOW or UNKNOWN
    source: str  # where it came from, for the report

    @property
    def critical(self) -> bool:
        return self.level == "CRITICAL"


def severity_of(records: list[dict[str, Any]]) -> Severity:
    """The severity of one vulnerability from its OSV records (its own and its aliases')."""
    for record in records:
        rating = str((record.get("database_specific") or {}).get("severity") or "").upper()
        if rating in {"CRITICAL", "HIGH", "MODERATE", "MEDIUM", "LOW"}:
            return Severity("MODERATE" if rating == "MEDIUM" else rating, record["id"])
    scores = [
        (score, record["id"])
        for record in records
        for entry in record.get("severity") or []
        if (score := cvss3_base_score(str(entry.get("score", "")))) is not None
    ]
    if not scores:
        return Severity("UNKNOWN", "no advisory rating or CVSS v3 vector")
    score, source = max(scores)
    if score >= CRITICAL_CVSS:
        level = "CRITICAL"
    elif score >= 7.0:
        level = "HIGH"
    elif score >= 4.0:
        level = "MODERATE"
    else:
        level = "LOW"
    return Severity(level, f"{source} CVSS {score}")


class ServiceUnreachableError(Exception):
    """The vulnerability service could not be asked."""


def fetch_osv(vuln_id: str) -> dict[str, Any] | None:
    """OSV's record of ``vuln_id``; None when OSV has none."""
    url = OSV_VULNS_URL + urllib.parse.quote(vuln_id)
    try:
        with urllib.request.urlopen(url, timeout=REQUEST_TIMEOUT_SECONDS) as response:  # noqa: S310 - a fixed https URL
            record: dict[str, Any] = json.load(response)
            return record
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return None
        raise ServiceUnreachableError(f"OSV answered HTTP {exc.code} for {vuln_id}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise ServiceUnreachableError(f"OSV unreachable: {exc}") from exc


def run_pip_audit(lock: Path) -> dict[str, Any]:
    """pip-audit's JSON report of the locked set; ``ServiceUnreachableError`` when it cannot ask OSV."""
    command = [
        sys.executable, "-m", "pip_audit", "--requirement", str(lock), "--no-deps",
        "--disable-pip", "--vulnerability-service", "osv", "--format", "json",
        "--aliases", "on", "--progress-spinner", "off", "--timeout", str(REQUEST_TIMEOUT_SECONDS),
    ]  # fmt: skip
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=PIP_AUDIT_TIMEOUT_SECONDS, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise ServiceUnreachableError(f"pip-audit took over {PIP_AUDIT_TIMEOUT_SECONDS} s") from exc
    # pip-audit exits 1 both when it finds vulnerabilities and when it fails: the JSON decides
    try:
        report: dict[str, Any] = json.loads(done.stdout)
    except json.JSONDecodeError:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise ServiceUnreachableError(f"pip-audit could not audit: {last}") from None
    return report


@dataclass(frozen=True)
class Finding:
    package: str
    version: str
    vuln_id: str
    aliases: tuple[str, ...]
    fix_versions: tuple[str, ...]
    severity: Severity


def findings(
    report: dict[str, Any], fetch: Callable[[str], dict[str, Any] | None]
) -> tuple[list[Finding], list[str]]:
    """Each vulnerability of the report with its severity, and the packages not audited."""
    found: list[Finding] = []
    skipped: list[str] = []
    for dependency in report.get("dependencies", []):
        if "skip_reason" in dependency:
            skipped.append(f"{dependency['name']}: {dependency['skip_reason']}")
            continue
        for vuln in dependency.get("vulns", []):
            ids = [vuln["id"], *vuln.get("aliases", [])]
            records = [record for vuln_id in ids if (record := fetch(vuln_id)) is not None]
            found.append(
                Finding(
                    package=dependency["name"],
                    version=dependency["version"],
                    vuln_id=vuln["id"],
                    aliases=tuple(vuln.get("aliases", [])),
                    fix_versions=tuple(vuln.get("fix_versions", [])),
                    severity=severity_of(records),
                )
            )
    return found, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--lock", type=Path, default=Path(__file__).parents[1] / "requirements.lock"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        default=os.environ.get("NEWSEVENTS_AUDIT_STRICT") == "1",
        help=f"exit {EXIT_UNREACHABLE} when the vulnerability service cannot be reached",
    )
    args = parser.parse_args(argv)
    try:
        found, skipped = findings(run_pip_audit(args.lock), fetch_osv)
        if skipped:
            raise ServiceUnreachableError(f"{len(skipped)} packages not audited, e.g. {skipped[0]}")
    except ServiceUnreachableError as exc:
        print(f"audit: NOT AUDITED — {exc}", file=sys.stderr)
        if args.strict:
            return EXIT_UNREACHABLE
        print(
            "audit: going on (the vulnerability service is outside; --strict fails here)",
            file=sys.stderr,
        )
        return 0
    for finding in sorted(found, key=lambda f: (not f.severity.critical, f.package)):
        fix = ", ".join(finding.fix_versions) or "no fix yet"
        aliases = f" ({', '.join(finding.aliases)})" if finding.aliases else ""
        print(
            f"audit: {finding.severity.level:<8} {finding.package} {finding.version}:"
            f" {finding.vuln_id}{aliases}; fixed in {fix}; severity from {finding.severity.source}",
            file=sys.stderr,
        )
    critical = [finding for finding in found if finding.severity.critical]
    audited = sum("==" in line for line in args.lock.read_text(encoding="utf-8").splitlines())
    print(
        f"audit: {audited} locked packages, {len(found)} known vulnerabilities,"
        f" {len(critical)} critical",
        file=sys.stderr,
    )
    return EXIT_CRITICAL if critical else 0


if __name__ == "__main__":
    sys.exit(main())
