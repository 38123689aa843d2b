"""The extraction core compiled with mypyc (``scripts/build_native.py``) gives exactly the
records of the pure-Python core: every record, the analysis and the alerts of every golden,
held-out, sample and generated article (``scripts/extraction_snapshot.py``), compared byte for
byte. Builds ``build/native`` when it is missing or stale (~2 minutes)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NATIVE = ROOT / "build" / "native"

pytestmark = pytest.mark.skipif(
    shutil.which("cc") is None, reason="no C compiler: the native core cannot be built"
)


def _run(*args: str, native: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if native:
        env["PYTHONPATH"] = str(NATIVE)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )


def test_the_compiled_core_gives_the_records_of_the_pure_core(tmp_path: Path) -> None:
    build = _run("scripts/build_native.py", native=False)
    assert build.returncode == 0, build.stderr[-3000:]
    where = _run(
        "-c",
        "import newsevents.extract.diplomatic as d, newsevents.normalize.gazetteer as g; "
        "print(d.__file__); print(g.__file__)",
        native=True,
    )
    assert where.returncode == 0, where.stderr
    # the compiled modules are the ones imported, not the sources beside them
    assert all(line.endswith(".so") for line in where.stdout.split()), where.stdout

    snapshot = tmp_path / "pure.jsonl"
    pure = _run("scripts/extraction_snapshot.py", "-o", str(snapshot), native=False)
    assert pure.returncode == 0, pure.stderr[-3000:]
    compiled = _run("scripts/extraction_snapshot.py", "--check", str(snapshot), native=True)
    assert compiled.returncode == 0, compiled.stderr[-3000:]
    assert "identical" in compiled.stderr
