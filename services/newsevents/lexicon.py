"""Rule and lexicon files (``data/*.yaml``) loaded into validated, immutable models.

Rules are data: trigger words, titles, actor names, casualty vocabulary and alert
rules live in YAML beside this module; this is the only place that reads them.
A malformed file raises ``RuleFileError`` at start-up, never mid-stream.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from newsevents.contracts import EventType
from newsevents.exceptions import RuleFileError

DATA_DIR = Path(__file__).resolve().parent / "data"

M = TypeVar("M", bound=BaseModel)

IGO_CODES = frozenset(
    {"UNO", "EUR", "NATO", "AU", "ASEAN", "ARAB_LEAGUE", "OPEC", "COMMONWEALTH", "OTHER_IGO"}
)


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _lowered(values: list[str]) -> tuple[str, ...]:
    return tuple(" ".join(v.lower().split()) for v in values if v.strip())


class Trigger(_Data):
    event_type: EventType
    mode: str | None
    forms: tuple[str, ...] = Field(min_length=1)
    needs: tuple[str, ...] = ()
    source_first: bool = False
    needs_actor: bool = True

    @field_validator("forms", "needs", mode="before")
    @classmethod
    def _normalise(cls, value: list[str]) -> tuple[str, ...]:
        return _lowered(list(value))


class StatusCues(_Data):
    future: tuple[str, ...]
    cancelled: tuple[str, ...]
    negation: tuple[str, ...]
    hypothetical: tuple[str, ...]
    proposed: tuple[str, ...]


class DiplomaticLexicon(_Data):
    triggers: tuple[Trigger, ...] = Field(min_length=1)
    blockers: tuple[str, ...] = ()
    status_cues: StatusCues


class Title(_Data):
    canonical: str
    forms: tuple[str, ...] = Field(min_length=1)
    igo: bool = False


class TitleLexicon(_Data):
    titles: tuple[Title, ...] = Field(min_length=1)


class CountryEntry(_Data):
    iso3: str = Field(pattern=r"^[A-Z]{3}$")
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()


class IgoEntry(_Data):
    code: str
    name: str
    names: tuple[str, ...] = Field(min_length=1)
    adjectives: tuple[str, ...] = ()

    @field_validator("code")
    @classmethod
    def _known_code(cls, value: str) -> str:
        if value not in IGO_CODES:
            raise ValueError(f"unknown IGO code {value!r}; allowed: {sorted(IGO_CODES)}")
        return value


class GroupEntry(_Data):
    names: tuple[str, ...] = Field(min_length=1)
    members: tuple[str, ...] = Field(min_length=1)


class ActorLexicon(_Data):
    countries: tuple[CountryEntry, ...] = Field(min_length=1)
    igos: tuple[IgoEntry, ...] = ()
    groups: tuple[GroupEntry, ...] = ()


class CasualtyLexicon(_Data):
    killed: dict[str, tuple[str, ...]]
    injured: dict[str, tuple[str, ...]]
    people: tuple[str, ...]
    causes: dict[str, tuple[str, ...]]
    cumulative_cues: tuple[str, ...]
    incremental_cues: tuple[str, ...]
    hypothetical_cues: tuple[str, ...]
    historical_cues: tuple[str, ...]
    victims: dict[str, tuple[str, ...]]
    reporters: tuple[str, ...]


def load_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as exc:
        raise RuleFileError(f"cannot read rule file {path}: {exc}") from exc


def load_model(model: type[M], path: Path) -> M:
    """Read ``path`` and validate it as ``model``; any problem is a ``RuleFileError``."""
    try:
        return model.model_validate(load_yaml(path))
    except ValidationError as exc:
        raise RuleFileError(f"invalid rule file {path}: {exc}") from exc


@cache
def diplomatic_lexicon() -> DiplomaticLexicon:
    return load_model(DiplomaticLexicon, DATA_DIR / "diplomatic.yaml")


@cache
def title_lexicon() -> TitleLexicon:
    return load_model(TitleLexicon, DATA_DIR / "titles.yaml")


@cache
def actor_lexicon() -> ActorLexicon:
    return load_model(ActorLexicon, DATA_DIR / "actors.yaml")


@cache
def casualty_lexicon() -> CasualtyLexicon:
    return load_model(CasualtyLexicon, DATA_DIR / "casualty.yaml")
