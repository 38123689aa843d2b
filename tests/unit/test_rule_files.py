"""Rules are data: every lexicon and rule file loads and validates."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents import lexicon
from newsevents.alerts.rules import load_rules
from newsevents.exceptions import RuleFileError
from newsevents.settings import Settings
from newsevents.stories import load_story_config


def test_every_data_file_loads() -> None:
    """Each YAML file under data/ validates into its model."""
    loaders = {
        "diplomatic.yaml": lexicon.diplomatic_lexicon,
        "titles.yaml": lexicon.title_lexicon,
        "actors.yaml": lexicon.actor_lexicon,
        "casualty.yaml": lexicon.casualty_lexicon,
        "leaders.yaml": lexicon.leader_lexicon,
        "alert_rules.yaml": lambda: load_rules(Settings().alert_rules_path),
        "stories.yaml": lambda: load_story_config(Settings().story_rules_path),
    }
    files = {p.name for p in lexicon.DATA_DIR.glob("*.yaml")}
    assert files == set(loaders), "every data file needs a loader and a model"
    for load in loaders.values():
        assert load() is not None


def test_actor_lexicon_has_no_name_shared_by_two_countries() -> None:
    """A country name or demonym points to exactly one state."""
    owner: dict[str, str] = {}
    for country in lexicon.actor_lexicon().countries:
        for name in (*country.names, *country.adjectives, *country.people, *country.metonyms):
            assert owner.setdefault(name, country.iso3) == country.iso3, name


def test_malformed_yaml_is_a_rule_file_error(tmp_path: Path) -> None:
    """Broken YAML is reported as a RuleFileError naming the file."""
    path = tmp_path / "broken.yaml"
    path.write_text("triggers: [unclosed\n")
    with pytest.raises(RuleFileError, match=r"broken\.yaml"):
        lexicon.load_model(lexicon.TitleLexicon, path)


def test_a_non_cue_must_begin_with_a_cue(tmp_path: Path) -> None:
    """A ``not_cues`` phrase only masks a cue it begins with: any other is a mistake."""
    cues = {"future": ["to be held"], "cancelled": [], "negation": [], "hypothetical": []}
    lexicon.StatusCues.model_validate(
        {**cues, "proposed": [], "not_cues": ["to be held accountable"]}
    )
    with pytest.raises(ValueError, match="does not begin with a cue"):
        lexicon.StatusCues.model_validate(
            {**cues, "proposed": [], "not_cues": ["held accountable"]}
        )


@pytest.mark.parametrize(
    "leaders",
    [
        {"COL": ["Gustavo Petro"], "VEN": ["gustavo petro"]},  # one person, two states
        {"COL": ["Petro"]},  # a bare surname would match far too much
        {"Colombia": ["Gustavo Petro"]},  # neither an ISO alpha-3 nor an IGO code
    ],
)
def test_the_actor_dictionary_rejects_ambiguous_entries(leaders: dict[str, list[str]]) -> None:
    """Each official belongs to one state or organisation, named in full, by a known code."""
    with pytest.raises(ValueError, match="leaders"):
        lexicon.LeaderLexicon.model_validate({"leaders": leaders})


def test_a_lexicon_phrase_yaml_reads_as_no_text_is_a_validation_error() -> None:
    """A bare `false` in a list of phrases (YAML's boolean) is refused on load with a message
    that says to quote it, not an AttributeError deep in the extractor."""
    import pydantic

    with pytest.raises(pydantic.ValidationError, match="quote it"):
        lexicon.Trigger.model_validate(
            {"event_type": "REJECT", "mode": "rejection", "forms": ["called"], "needs": [False]}
        )


def test_a_territory_s_sovereign_must_be_another_known_state() -> None:
    """ "sovereign: FRA" on Mayotte names a state of the lexicon; an unknown code or the
    territory itself is refused when the file loads."""
    entry = {"iso3": "MYT", "names": ["Mayotte"], "sovereign": "FRA"}
    france = {"iso3": "FRA", "names": ["France"]}
    assert lexicon.ActorLexicon.model_validate({"countries": [entry, france]})
    for sovereign in ("XXX", "MYT"):
        with pytest.raises(ValueError, match="sovereign"):
            lexicon.ActorLexicon.model_validate(
                {"countries": [{**entry, "sovereign": sovereign}, france]}
            )
