"""Published contracts: JSON Schemas in schemas/ match the models; every message is versioned."""

from __future__ import annotations

from pathlib import Path

from newsevents.contracts.schemas import CONTRACTS, check_schemas, render

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def test_committed_schemas_match_the_models() -> None:
    """The files in schemas/ are exactly what the models generate (run `newsevents schemas` after a change)."""
    assert check_schemas(SCHEMAS) == []


def test_drift_is_detected(tmp_path: Path) -> None:
    """A schema file that differs from its model is reported as drift."""
    for name, model in CONTRACTS.items():
        (tmp_path / f"{name}.schema.json").write_text(render(model))
    (tmp_path / "alert.schema.json").write_text("{}\n")
    assert check_schemas(tmp_path) == ["alert"]


def test_every_contract_carries_a_schema_version() -> None:
    """Every message on the wire has a schema_version field."""
    for model in CONTRACTS.values():
        assert "schema_version" in model.model_fields
