"""Generate the JSON Schemas of the published contracts into ``schemas/``.

``newsevents schemas --write`` regenerates them; a test (and ``--check``) fails
when the committed files drift from the models.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from newsevents.contracts.models import (
    Alert,
    CasualtyUpdate,
    DeadLetter,
    DiplomaticEvent,
    RawArticle,
)

CONTRACTS: dict[str, type[BaseModel]] = {
    "raw_article": RawArticle,
    "diplomatic_event": DiplomaticEvent,
    "casualty_update": CasualtyUpdate,
    "alert": Alert,
    "dead_letter": DeadLetter,
}


def render(model: type[BaseModel]) -> str:
    schema = model.model_json_schema(mode="serialization")
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in CONTRACTS.items():
        path = directory / f"{name}.schema.json"
        path.write_text(render(model), encoding="utf-8")
        written.append(path)
    return written


def check_schemas(directory: Path) -> list[str]:
    """Names of the contracts whose schema file is missing or differs from the model."""
    drift = []
    for name, model in CONTRACTS.items():
        path = directory / f"{name}.schema.json"
        if not path.exists() or path.read_text(encoding="utf-8") != render(model):
            drift.append(name)
    return drift
