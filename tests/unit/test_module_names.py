"""A module-level name of the extraction core is assigned once: a second assignment silently
replaces the first for every function that reads it at call time (the first pattern is then
dead code that reads as if it were in force)."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "services" / "newsevents"
MODULES = sorted([*CORE.glob("extract/*.py"), *CORE.glob("normalize/*.py")])


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_module_level_name_is_assigned_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    counts: collections.Counter[str] = collections.Counter()
    for node in tree.body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign) and node.value is not None
            else []
        )
        counts.update(t.id for t in targets if isinstance(t, ast.Name))
    assert [name for name, n in counts.items() if n > 1] == []
