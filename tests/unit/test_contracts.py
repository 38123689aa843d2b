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


def test_the_documented_mode_and_cause_vocabularies_are_the_lexicons() -> None:
    """The contract lists every mode and cause the extractor can emit, and nothing else."""
    from newsevents.contracts.models import CAUSES, DIPLOMATIC_MODES
    from newsevents.lexicon import casualty_lexicon, diplomatic_lexicon

    emitted: dict[str, set[str]] = {}
    for trigger in diplomatic_lexicon().triggers:
        modes = emitted.setdefault(str(trigger.event_type), set())
        if trigger.mode is not None:
            modes.add(trigger.mode)
    assert emitted == {key: set(modes) for key, modes in DIPLOMATIC_MODES.items()}
    assert set(casualty_lexicon().causes) == set(CAUSES)
    assert len(set(CAUSES)) == len(CAUSES)
