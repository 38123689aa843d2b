"""Compile the extraction core to C extensions with mypyc (part of mypy, pinned in the dev extras).

The compiled modules are the same source, type-checked and translated to C: the output is
identical (``tests/native/test_native.py`` compares every record of the golden, sample and
generated corpora) and the extraction runs ~1.25x faster (``./dev native bench-extract``).
The pure-Python package stays the source of truth: every other command and test runs it.

    .venv/bin/python scripts/build_native.py            # build/native/newsevents, a full copy
    .venv/bin/python scripts/build_native.py --into DIR  # only the compiled files, into DIR
                                                         # (an installed package's site-packages)

``build/native`` is rebuilt only when a source file, mypy, its settings or Python changed (a
stamp file holds their hash); ``./dev native CMD`` runs any command on it. Needs a C compiler
and the Python headers.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import mypy.version

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "services" / "newsevents"
DEFAULT_OUT = ROOT / "build" / "native"
STAMP = ".native-stamp"
# The pure core on the hot path: plain functions and dataclasses (mypyc compiles pydantic
# models' modules poorly, so the contracts, lexicon loading and pipeline stay Python).
MODULES = (
    "newsevents/extract/text.py",
    "newsevents/extract/patterns.py",
    "newsevents/extract/document.py",
    "newsevents/extract/diplomatic.py",
    "newsevents/extract/casualty.py",
    "newsevents/normalize/numbers.py",
    "newsevents/normalize/dates.py",
    "newsevents/normalize/gazetteer.py",
)
SETUP_PY = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="newsevents-native",
    ext_modules=mypycify(["--config-file", "mypy.ini", *sys.argv[3:]], opt_level="3"),
    script_args=sys.argv[1:3],
)
"""


def mypy_ini() -> str:
    """The project's mypy settings (pyproject.toml) as a mypy.ini for the build copy: its
    Python version, plugins and per-module overrides (not its paths: the copy is laid out
    differently; and no pyproject.toml beside setup.py, which setuptools would read)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]
    lines = [
        "[mypy]",
        f"python_version = {config['python_version']}",
        f"plugins = {', '.join(config.get('plugins', []))}",
    ]
    for override in config.get("overrides", []):
        lines.append(f"[mypy-{','.join(override['module'])}]")
        lines.extend(f"{key} = {value}" for key, value in override.items() if key != "module")
    return "\n".join(lines) + "\n"


def source_hash() -> str:
    digest = hashlib.sha256()
    digest.update(f"{mypy.version.__version__} {platform.python_version()}".encode())
    digest.update(mypy_ini().encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _copy_package(dest: Path) -> None:
    shutil.copytree(
        PACKAGE, dest, ignore=shutil.ignore_patterns("__pycache__", "*.so"), dirs_exist_ok=True
    )


def compile_into(work: Path) -> list[Path]:
    """Compile MODULES inside ``work`` (holding a copy of the package); the built files."""
    (work / "mypy.ini").write_text(mypy_ini())
    (work / "setup.py").write_text(SETUP_PY)
    # the copy first; then what the caller's PYTHONPATH adds (the image's installed packages)
    paths = [str(work), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
    subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--inplace", *MODULES],
        cwd=work,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return sorted(p for p in work.rglob("*.so") if "build" not in p.relative_to(work).parts)


def build(out: Path, into: Path | None) -> None:
    stamp = out / STAMP
    want = source_hash()
    if into is None:
        if stamp.exists() and stamp.read_text() == want:
            _copy_package(out / "newsevents")  # data files may have changed: always current
            print(f"native: {out} is current", file=sys.stderr)
            return
        shutil.rmtree(out, ignore_errors=True)  # no compiled file of older sources survives
        _copy_package(out / "newsevents")
    with tempfile.TemporaryDirectory(prefix="newsevents-native-") as tmp:
        work = Path(tmp)
        _copy_package(work / "newsevents")
        print(f"native: compiling {len(MODULES)} modules with mypyc ...", file=sys.stderr)
        built = compile_into(work)
        target = into if into is not None else out
        for path in built:
            dest = target / path.relative_to(work)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, dest)
    if into is None:
        stamp.write_text(want)
    print(f"native: {len(built)} compiled files in {into or out}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: %(default)s")
    parser.add_argument("--into", type=Path, help="only the compiled files, into this directory")
    args = parser.parse_args()
    build(args.out.resolve(), args.into.resolve() if args.into else None)


if __name__ == "__main__":
    main()
