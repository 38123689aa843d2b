"""How reports merge into stories: windows and mode families, loaded from ``data/stories.yaml``.

Rules are data: the story stage (``stories.stage``) takes a ``StoryConfig`` as an
argument, and ``Settings.story_rules_path`` says which file the shell loads.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsevents.contracts import EventType
from newsevents.lexicon import load_model


class _Config(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DiplomaticMerge(_Config):
    window_days: float = Field(default=14, gt=0)
    window_days_by_type: dict[EventType, float] = Field(default_factory=dict)
    mode_families: dict[str, tuple[str, ...]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_family_per_mode(self) -> DiplomaticMerge:
        seen: dict[str, str] = {}
        for family, modes in self.mode_families.items():
            for mode in modes:
                if seen.setdefault(mode, family) != family:
                    raise ValueError(f"mode {mode!r} is in two families")
        if any(days <= 0 for days in self.window_days_by_type.values()):
            raise ValueError("windows must be positive")
        return self

    def window(self, event_type: EventType) -> timedelta:
        return timedelta(days=self.window_days_by_type.get(event_type, self.window_days))

    def family(self, mode: str | None) -> str | None:
        """The family of a mode; None (an event without a mode) fits any family."""
        if mode is None:
            return None
        for family, modes in self.mode_families.items():
            if mode in modes:
                return family
        return mode


class CasualtyMerge(_Config):
    incident_window_days: float = Field(default=3, gt=0)
    toll_window_days: float = Field(default=365, gt=0)

    @property
    def incident_window(self) -> timedelta:
        return timedelta(days=self.incident_window_days)

    @property
    def toll_window(self) -> timedelta:
        return timedelta(days=self.toll_window_days)


class StoryLimits(_Config):
    forget_after_windows: float = Field(default=2, ge=1)
    max_evidence: int = Field(default=60, ge=2)
    max_applied_records: int = Field(default=1000, ge=1)
    max_articles: int = Field(default=500, ge=1)
    max_sources: int = Field(default=50, ge=1)


class StoryConfig(_Config):
    diplomatic: DiplomaticMerge = DiplomaticMerge()
    casualty: CasualtyMerge = CasualtyMerge()
    limits: StoryLimits = StoryLimits()


def load_story_config(path: Path) -> StoryConfig:
    """Read and validate a story rules file; any problem is a ``RuleFileError``."""
    return load_model(StoryConfig, path)
