"""Rule and lexicon files (``data/*.yaml``) loaded into validated, immutable models.

Rules are data: trigger words, titles, actor names, casualty vocabulary and alert
rules live in YAML beside this module; this is the only place that reads them.
A malformed file raises ``RuleFileError`` at start-up, never mid-stream.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

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
    for v in values:
        if not isinstance(v, str):
            # YAML reads a bare false, yes or 12 as no text: quote it in the lexicon
            raise ValueError(f"not a phrase: {v!r} (quote it in the YAML file)")
    return tuple(" ".join(v.lower().split()) for v in values if v.strip())


class Trigger(_Data):
    event_type: EventType
    mode: str | None
    forms: tuple[str, ...] = Field(min_length=1)
    nouns: tuple[str, ...] = ()  # forms that name the event and can refer back ("the talks")
    needs: tuple[str, ...] = ()
    source_first: bool = False
    # A test in the extractor that a hit of this trigger must pass, named here so that the
    # lexicon says which forms it guards: "diplomats_to_leave" ("ordered ... to leave" names
    # a mission's people), "own_envoy" ("recalled Chile's ambassador": an envoy right after),
    # "joins_organisation" ("joined NATO on Tuesday": the organisation itself right after),
    # "others_accession" ("ratified Finland's accession": another state's entry right after),
    # "leaves_organisation" ("was leaving the Commonwealth": the organisation right after),
    # "suspends_member" ("suspended Mali from the African Union": a state, then its organisation),
    # "dismissed_words" ("dismissed the Asmara statement": another's words right after),
    # "given_time_to_leave" ("Ambassador X had 72 hours to leave": an envoy named before),
    # "voiced_before" ("reaffirmed Egypt's support for", "expressed Bucharest's 'full
    # solidarity' with": a verb of saying or standing a few words before, no withdrawal),
    # "place_after" ("was due in Niamey on Wednesday": a place named right after),
    # "sanctions_imposer_before" ("sanctions London imposed on": the noun and its imposer),
    # "own_day_after" ("an arrangement signed yesterday": a day right after),
    # "ally_after" ("stood with its treaty ally": an ally, or all the measures, right after),
    # "other_state_named" (help of one state to another: two states or bodies in the sentence),
    # "relief_abroad" (the same, for a disaster or its relief told in the sentence: "sent a team
    # of burn specialists", not "a team of experts to discuss export controls"),
    # "ceremony_host" ("will not attend this year's memorial ceremony ... in Japan": a state
    # the ceremony is held in or belongs to, named after the verb, is the one refused),
    # "denial_object" ("denied on Sunday any involvement": what is denied, after a day or an
    # adverb).
    # "own_agents_denied" ("denied that its soldiers had crossed the border": what its own
    # forces or soil are said to have done, denied).
    # "sum_given" ("said it would provide 20 million euros to": a sum of money right after, a
    # state or body of states giving it, no deal's terms; the hit is then a pledge of a sum).
    # "sum_granted" ("announced a grant of USD 10 million": a sum right after "a grant of" or
    # "a donation of", announced by a side named before; no deal's terms).
    # "arrived_here" ("Malmer Stenergard, who arrived on Monday evening": a foreign person right
    # before, arriving in the place the story is filed from, on a day right after).
    check: (
        Literal[
            "diplomats_to_leave",
            "own_envoy",
            "joins_organisation",
            "others_accession",
            "leaves_organisation",
            "suspends_member",
            "dismissed_words",
            "given_time_to_leave",
            "voiced_before",
            "place_after",
            "sanctions_imposer_before",
            "own_day_after",
            "ally_after",
            "other_state_named",
            "relief_abroad",
            "ceremony_host",
            "denial_object",
            "own_agents_denied",
            "sum_given",
            "sum_granted",
            "arrived_here",
        ]
        | None
    ) = None

    @field_validator("forms", "nouns", "needs", mode="before")
    @classmethod
    def _normalise(cls, value: list[str]) -> tuple[str, ...]:
        return _lowered(list(value))

    @model_validator(mode="after")
    def _nouns_are_forms(self) -> Trigger:
        unknown = set(self.nouns) - set(self.forms)
        if unknown:
            raise ValueError(f"nouns not among the forms: {sorted(unknown)}")
        return self


class StatusCues(_Data):
    future: tuple[str, ...]
    cancelled: tuple[str, ...]
    negation: tuple[str, ...]
    hypothetical: tuple[str, ...]
    proposed: tuple[str, ...]
    # Phrases that begin with a cue but are not one: "to be held accountable" is no meeting.
    not_cues: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _not_cues_begin_with_a_cue(self) -> StatusCues:
        cues = {
            " ".join(p.lower().split())
            for p in (
                *self.future,
                *self.cancelled,
                *self.negation,
                *self.hypothetical,
                *self.proposed,
            )
        }
        for phrase in self.not_cues:
            words = phrase.lower().split()
            if not any(" ".join(words[:n]) in cues for n in range(1, len(words))):
                raise ValueError(f"not_cues entry {phrase!r} does not begin with a cue")
        return self


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
    # the state a dependent territory belongs to ("Mayotte" → FRA): a visit or aid there by
    # that state is at home
    sovereign: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
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
    # a fixed membership that the name means whole ("the Baltic states", "the E3"): every
    # member is a party; otherwise only the members the text names are
    closed: bool = False


class ActorLexicon(_Data):
    countries: tuple[CountryEntry, ...] = Field(min_length=1)
    igos: tuple[IgoEntry, ...] = ()
    groups: tuple[GroupEntry, ...] = ()

    @model_validator(mode="after")
    def _known_sovereigns(self) -> ActorLexicon:
        codes = {entry.iso3 for entry in self.countries}
        for entry in self.countries:
            if entry.sovereign is not None and entry.sovereign not in codes - {entry.iso3}:
                raise ValueError(f"{entry.iso3}: unknown sovereign {entry.sovereign!r}")
        return self


# Typographic apostrophes and the okina as the ASCII apostrophe, and the letters that carry no
# combining accent to drop as wire copy writes them: "Nuku‘alofa" is "Nuku'alofa", "Tromsø"
# "Tromso", "Łódź" (once its accents are off) "Lodz", "Løkke" "Lokke"
PLAIN_LETTERS = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "ʻ": "'",
        "`": "'",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "ß": "ss",
    }
)


def without_accents(name: str) -> str:
    """ "Mélanie Joly" → "Melanie Joly": the letters without their combining marks."""
    decomposed = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def folded_name(name: str) -> str:
    """A name compared without case, accents, hyphens or spacing: "Mélanie  Joly" is "melanie
    joly", "Ahmed Al Sharaa" is "Ahmed al-Sharaa"."""
    return " ".join(without_accents(name).casefold().replace("-", " ").split())


# The Arabic article as wire copy spells it: "al-Sharaa", "Al-Sharaa", "Al Sharaa"
_ARTICLE = re.compile(r"\b[Aa]l-(?=[A-Z])")


def name_spellings(name: str) -> tuple[str, ...]:
    """The ways a name of the actor dictionary is written: as listed, without its accents,
    and with its Arabic article spelt the other ways ("Ahmed al-Sharaa", "Ahmed Al-Sharaa",
    "Ahmed Al Sharaa")."""
    spellings = [name, without_accents(name)]
    for written in tuple(spellings):
        if _ARTICLE.search(written):
            spellings.extend(_ARTICLE.sub(article, written) for article in ("al-", "Al-", "Al "))
    return tuple(dict.fromkeys(spellings))


class LeaderLexicon(_Data):
    """Senior officials by the state (ISO alpha-3) or organisation they served."""

    leaders: dict[str, tuple[str, ...]] = Field(min_length=1)

    @field_validator("leaders")
    @classmethod
    def _one_owner_each(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        owner: dict[str, str] = {}
        for code, names in value.items():
            if not (len(code) == 3 and code.isalpha() and code.isupper()) and code not in IGO_CODES:
                raise ValueError(f"{code!r} is neither an ISO alpha-3 code nor an IGO code")
            for name in names:
                if len(name.split()) < 2:
                    raise ValueError(f"{name!r} ({code}): a full name has two words or more")
                key = folded_name(name)  # as names are looked up
                if owner.setdefault(key, code) != code:
                    raise ValueError(f"{name!r} is listed under {owner[key]} and {code}")
        return value


def _casualty_phrases(value: object) -> tuple[str, ...]:
    """A list of phrases, lower-cased; YAML's bare ``no``/``on`` (booleans) are an error."""
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a list of strings (quote yes/no/on/off), got {value!r}")
    return _lowered(list(value))


def _mapping(value: object) -> dict[object, object]:
    if not isinstance(value, dict):
        raise ValueError(f"expected a mapping, got {value!r}")
    return value


class CasualtyWords(_Data):
    """Death or injury words, by where their count sits (see ``data/casualty.yaml``)."""

    verbs: tuple[str, ...] = Field(min_length=1)
    nouns: tuple[str, ...] = ()
    tolls: tuple[str, ...] = ()
    governed: dict[str, tuple[str, ...]] = Field(default_factory=dict)

    @field_validator("verbs", "nouns", "tolls", mode="before")
    @classmethod
    def _normalise(cls, value: list[str]) -> tuple[str, ...]:
        return _casualty_phrases(value)

    @field_validator("governed", mode="before")
    @classmethod
    def _normalise_governed(cls, value: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
        return {
            " ".join(str(k).lower().split()): _casualty_phrases(v)
            for k, v in _mapping(value).items()
        }


class CasualtyLexicon(_Data):
    killed: CasualtyWords
    injured: CasualtyWords
    not_casualty: tuple[str, ...] = ()
    people: tuple[str, ...] = Field(min_length=1)
    single_people: tuple[str, ...] = ()
    causes: dict[str, tuple[str, ...]] = Field(min_length=1)
    incidental_causes: tuple[str, ...] = ()
    weak_causes: tuple[str, ...] = ()
    generic_causes: tuple[str, ...] = ()
    accident_sites: tuple[str, ...] = ()
    bare_explosions: tuple[str, ...] = ()
    uncoded_accidents: tuple[str, ...] = ()
    incident_verbs: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    cumulative_cues: tuple[str, ...]
    period_cues: tuple[str, ...] = ()
    incremental_cues: tuple[str, ...]
    hypothetical_cues: tuple[str, ...]
    negation_cues: tuple[str, ...] = ()
    historical_cues: tuple[str, ...]
    habitual_cues: tuple[str, ...] = ()
    comparison_cues: tuple[str, ...] = ()
    victims: dict[str, tuple[str, ...]]
    reporters: tuple[str, ...]
    report_verbs: tuple[str, ...] = ()
    perpetrator_cues: tuple[str, ...] = ()
    armed_forces: tuple[str, ...] = ()

    @field_validator(
        "not_casualty",
        "people",
        "single_people",
        "incidental_causes",
        "weak_causes",
        "generic_causes",
        "accident_sites",
        "bare_explosions",
        "uncoded_accidents",
        "incident_verbs",
        "campaigns",
        "cumulative_cues",
        "period_cues",
        "incremental_cues",
        "hypothetical_cues",
        "negation_cues",
        "historical_cues",
        "habitual_cues",
        "comparison_cues",
        "reporters",
        "report_verbs",
        "perpetrator_cues",
        "armed_forces",
        mode="before",
    )
    @classmethod
    def _normalise(cls, value: list[str]) -> tuple[str, ...]:
        return _casualty_phrases(value)

    @field_validator("causes", "victims", mode="before")
    @classmethod
    def _normalise_groups(cls, value: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
        return {str(k): _casualty_phrases(v) for k, v in _mapping(value).items()}

    @field_validator("incidental_causes")
    @classmethod
    def _known_causes(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        unknown = sorted(set(value) - set(info.data.get("causes", {})))
        if unknown:
            raise ValueError(f"incidental causes {unknown} are not among the causes")
        return value


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
def leader_lexicon() -> LeaderLexicon:
    return load_model(LeaderLexicon, DATA_DIR / "leaders.yaml")


@cache
def casualty_lexicon() -> CasualtyLexicon:
    return load_model(CasualtyLexicon, DATA_DIR / "casualty.yaml")
