"""Diplomatic events (PLOVER categories) from an analysed article.

Flow inside this module: find trigger phrases (one automaton pass) → keep the
sentences that have one → for each trigger read its clause: status (future,
cancelled, negated, hypothetical), the event's own place and date, the parties
(people with titles, states, capitals used as metonyms, organizations, groups
expanded where the text names their members) → merge mentions that describe the
same event within the article (same type and place/date, or an anaphoric "the
talks" that refers to the event in focus) → records with evidence spans.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

import ahocorasick

from newsevents.contracts import (
    Attendance,
    DiplomaticEvent,
    EventStatus,
    EventType,
    Evidence,
    Location,
    Participant,
    ParticipantKind,
)
from newsevents.extract.document import Document, Person
from newsevents.extract.patterns import longest_matches, phrase_automaton, phrase_regex
from newsevents.extract.text import Sentence
from newsevents.lexicon import DiplomaticLexicon, Trigger, diplomatic_lexicon, title_lexicon
from newsevents.normalize.dates import DateMention, Tense, find_dates
from newsevents.normalize.gazetteer import Gazetteer, Mention, MentionKind, gazetteer

_BLOCK = "block"

_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:while|but|although|though|whereas|because|which|when|indicating"
    r"|saying|adding)\b|\s(?:after|before|because|while|although|whereas|despite|following)\s",
    re.IGNORECASE,
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|outside|inside|hosted\s+in|held\s+in)\s+(?:the\s+)?"
    r"(?:(?:\w+\s+)?(?:city|town|village|capital|port|resort|region|province)\s+of\s+)?)$",
    re.IGNORECASE,
)
_DESTINATION_BEFORE = re.compile(r"\b(?:to|in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_TOPIC_BEFORE = re.compile(
    r"(?:\b(?:on|over|about|regarding|concerning)\s+(?:the\s+)?(?:(?:future|fate|status)\s+of\s+)?$"
    r"|\b(?:war|crisis|conflict|fighting|violence|situation|bloodshed|tensions?|assault|offensive"
    r"|siege|bombing|strikes|operations|campaign|peace|humanitarian\s+situation|battle|clashes)"
    r"\s+(?:in|on|over|for)\s+(?:the\s+)?(?:\w+\s+(?:city|town)\s+of\s+)?$)",
    re.IGNORECASE,
)
_TARGET_BEFORE = re.compile(r"\b(?:against|on|at|with)\s+(?:the\s+)?$", re.IGNORECASE)
_ANAPHORIC_NOUN = re.compile(
    r"\b(?:the|these|those|both|this|that|such|its|their|his|her|said)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_REPORT_VERB = re.compile(
    r"\b(?:said|says|announced|announces|told|added|stated|reported|shared|relayed|confirmed"
    r"|noted|wrote|tweeted)\b",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_BY_AGENT = re.compile(r"^\s+by\s+", re.IGNORECASE)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_ANAPHORIC_PLACE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PLACE_NOUN_AFTER = re.compile(
    r"^\s+(?:city|capital|town|resort|port|village)\b(?!\s+of)", re.IGNORECASE
)
_OFFICIAL_NOUN_AFTER = re.compile(
    r"^\s+(?:officials?|delegation|delegates|government|diplomats?|counterparts?|leaders?|side"
    r"|negotiators?|authorities|administration|ministry|foreign\s+ministry|envoy|embassy|team"
    r"|representatives?|military|army|forces|troops|navy|cabinet|parliament|lawmakers)\b",
    re.IGNORECASE,
)
_LIST_CONTINUES = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
_UNCONFIRMED = re.compile(
    r"\b(?:not\s+(?:been\s+)?confirmed|unconfirmed|unclear|uncertain|may\s+attend|might\s+attend"
    r"|not\s+yet\s+confirmed|whether)\b",
    re.IGNORECASE,
)
_INVITED = re.compile(r"\b(?:invited|invitation)\b", re.IGNORECASE)
_PARTICIPATION = re.compile(
    r"\b(?:involve[sd]?|involving|attend(?:s|ed|ing)?|join(?:s|ed)?|joined\s+by|take\s+part|took\s+part"
    r"|participat\w*|include[sd]?|including|between|invited|invitation|bring(?:s)?\s+together"
    r"|hosted|hosts?|with|led\s+by|headed\s+by|delegations?)\b",
    re.IGNORECASE,
)

_IGO_TITLES = frozenset(t.canonical for t in title_lexicon().titles if t.igo)
# Types whose trigger names a thing that can be referred to again ("the talks", "the truce").
_EVENT_NOUN_TYPES = frozenset(
    {
        EventType.CONSULT,
        EventType.AGREE,
        EventType.COOPERATE,
        EventType.AID,
        EventType.SANCTION,
        EventType.RETREAT,
    }
)
_CONSULT_FAMILY = {"talks", "negotiation", "meeting", "summit", "mediation", None}

# Status cues are read in a short window before the trigger; "if"-type words scope the clause.
_CUE_WINDOW = 48
_CLAUSE_HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Compiled:
    automaton: ahocorasick.Automaton
    future: re.Pattern[str]
    cancelled: re.Pattern[str]
    negation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    proposed: re.Pattern[str]
    needs: dict[int, re.Pattern[str]]


@cache
def _compiled() -> _Compiled:
    lexicon: DiplomaticLexicon = diplomatic_lexicon()
    table: dict[str, object] = {}
    needs: dict[int, re.Pattern[str]] = {}
    for trigger in lexicon.triggers:
        for form in trigger.forms:
            table.setdefault(form, trigger)
        if trigger.needs:
            needs[id(trigger)] = phrase_regex(trigger.needs)
    for blocker in lexicon.blockers:
        table[" ".join(blocker.lower().split())] = _BLOCK
    cues = lexicon.status_cues
    return _Compiled(
        automaton=phrase_automaton(table),
        future=phrase_regex(cues.future),
        cancelled=phrase_regex(cues.cancelled),
        negation=phrase_regex(cues.negation),
        hypothetical=phrase_regex(cues.hypothetical),
        proposed=phrase_regex(cues.proposed),
        needs=needs,
    )


@dataclass(slots=True)
class _Party:
    key: str  # dedupe key: person name or country/IGO code
    participant: Participant
    span: tuple[int, int]


@dataclass(slots=True)
class _EventMention:
    trigger: Trigger
    form: str
    span: tuple[int, int]
    sentence: Sentence
    status: EventStatus
    anaphoric: bool
    location: Location | None = None
    location_span: tuple[int, int] | None = None
    date: DateMention | None = None
    parties: list[_Party] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Event:
    event_type: EventType
    mode: str | None
    status: EventStatus
    location: Location | None
    date: DateMention | None
    parties: dict[str, _Party]
    topics: list[str]
    evidence: list[Evidence]
    first_span: tuple[int, int]
    source: str | None = None
    mentions: int = 1


def extract_diplomatic(doc: Document, extractor_version: str) -> list[DiplomaticEvent]:
    """Every diplomatic event the article reports, one record per real-world event."""
    compiled = _compiled()
    gaz = gazetteer()
    lower = doc.text.lower()
    hits = [
        (start, end, payload)
        for start, end, payload in longest_matches(compiled.automaton, lower)
        if payload is not _BLOCK
    ]
    if not hits:
        return []
    events: list[_Event] = []
    focus: dict[str, _Event] = {}
    sentence_index = 0
    for start, end, payload in hits:
        assert isinstance(payload, Trigger)
        while (
            sentence_index < len(doc.sentences) - 1 and doc.sentences[sentence_index].end <= start
        ):
            sentence_index += 1
        sentence = doc.sentences[sentence_index]
        if not sentence.start <= start < sentence.end:
            continue
        for mention in _read_mentions(
            doc, gaz, compiled, sentence, sentence_index, start, end, payload
        ):
            _merge(events, focus, mention, doc)
    return [_to_record(doc, event, extractor_version) for event in events if _is_codable(event)]


# -- reading one trigger ---------------------------------------------------------------------


def _clause_bounds(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    clause_start, clause_end = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if m.end() <= start:
            clause_start = m.end()
        elif m.start() >= end:
            clause_end = m.start()
            break
    return clause_start, clause_end


def _status(
    compiled: _Compiled, text: str, trigger: Trigger, clause: tuple[int, int], start: int, end: int
) -> EventStatus | None:
    """The event's status, or None when the mention asserts no event (negated, hypothetical)."""
    window_start = max(clause[0], start - _CUE_WINDOW)
    before = text[window_start:start]
    after = text[end : min(clause[1], end + _CUE_WINDOW)]
    if compiled.cancelled.search(before) or compiled.cancelled.search(after):
        return EventStatus.CANCELLED
    if trigger.event_type is not EventType.REJECT and compiled.negation.search(
        text, max(clause[0], start - 24), start
    ):
        return None
    if _CLAUSE_HYPOTHETICAL.search(text, clause[0], start):
        return None
    if compiled.hypothetical.search(text, max(clause[0], start - _CUE_WINDOW), start):
        return None
    if _INFINITIVE_BEFORE.search(text, max(clause[0], start - 4), start) and trigger.event_type in (
        EventType.AGREE,
        EventType.CONSULT,
        EventType.SANCTION,
        EventType.RETREAT,
    ):
        return None  # "pressed Putin to agree", "plans to meet" are not (yet) events
    if compiled.future.search(text, clause[0], min(clause[1], end + 24)):
        return EventStatus.SCHEDULED
    return EventStatus.OCCURRED


def _read_mentions(
    doc: Document,
    gaz: Gazetteer,
    compiled: _Compiled,
    sentence: Sentence,
    sentence_index: int,
    start: int,
    end: int,
    trigger: Trigger,
) -> list[_EventMention]:
    text = doc.text
    needs = compiled.needs.get(id(trigger))
    if needs is not None and not needs.search(text, sentence.start, sentence.end):
        return []
    clause = _clause_bounds(text, sentence, start, end)
    status = _status(compiled, text, trigger, clause, start, end)
    anaphoric = bool(_ANAPHORIC_NOUN.search(text, max(sentence.start, start - 30), start))
    if status is None:
        if not anaphoric:
            return []
        status = EventStatus.UNKNOWN
    mentions = doc.mentions_in(clause[0], clause[1])
    persons = doc.person_mentions(clause[0], clause[1])
    tense = Tense.FUTURE if status is EventStatus.SCHEDULED else Tense.PAST
    dates = [
        d
        for d in find_dates(text, clause[0], clause[1], doc.published, tense)
        if not _is_report_date(text, d, sentence)
    ]
    places, topics, parties = _classify(
        doc, gaz, trigger, mentions, persons, sentence, clause, start, end
    )
    if anaphoric and not _PARTICIPATION.search(text, sentence.start, sentence.end):
        parties = []  # "Lavrov hopes the talks ...": the speaker is not thereby a party
    if trigger.mode == "invitation":
        return _invitation(doc, text, sentence, clause, start, end, trigger, parties)
    if trigger.source_first:
        if _PASSIVE_BEFORE.search(
            text, max(sentence.start, start - 16), start
        ) and not _BY_AGENT.match(text, end):
            return []
        if not any(p.span[0] < start for p in parties):
            return []
    if trigger.mode in ("invitation",):
        _mark_attendance(text, sentence, parties)
    # Pair several places with their own dates: "in Lausanne on Saturday and in London on Sunday".
    slots: list[tuple[tuple[Location, tuple[int, int]] | None, DateMention | None]]
    if len(places) >= 2 and _coordinated(text, places):
        slots = []
        for index, (location, span) in enumerate(places):
            limit = places[index + 1][1][0] if index + 1 < len(places) else sentence.end
            own = [d for d in dates if span[1] <= d.start < limit]
            slots.append(((location, span), own[0] if own else None))
    else:
        place = _single_place(gaz, places)
        slots = [(place, _nearest_date(dates, start, end))]
    out = []
    for place, when in slots:
        out.append(
            _EventMention(
                trigger=trigger,
                form=text[start:end],
                span=(start, end),
                sentence=sentence,
                status=status,
                anaphoric=anaphoric,
                location=place[0] if place else None,
                location_span=place[1] if place else None,
                date=when,
                parties=list(parties),
                topics=topics,
            )
        )
    if _INVITED.search(text, sentence.start, sentence.end):
        for mention in out:
            _mark_attendance(text, sentence, mention.parties)
    return out


def _invitation(
    doc: Document,
    text: str,
    sentence: Sentence,
    clause: tuple[int, int],
    start: int,
    end: int,
    trigger: Trigger,
    parties: list[_Party],
) -> list[_EventMention]:
    """ "An invitation to Iran was not confirmed": attendance news for the event in focus.

    The invitee is the first party after an active trigger ("invited Iran", "invitation
    to Iran") or the nearest one before a passive one ("X had been invited").
    """
    passive = bool(_PASSIVE_BEFORE.search(text, max(sentence.start, start - 16), start))
    if passive:
        candidates = [p for p in parties if p.span[1] <= start]
        invitees = candidates[-1:] if candidates else []
    else:
        invitees = [p for p in parties if end <= p.span[0] <= end + 40][:1]
    if not invitees:
        return []
    confirmed_not = re.search(
        r"\bnot\s+(?:been\s+|yet\s+)?confirmed|\bunconfirmed", text[clause[0] : clause[1]], re.I
    )
    attendance = Attendance.UNCONFIRMED if confirmed_not else Attendance.INVITED
    updated = [
        _Party(p.key, p.participant.model_copy(update={"attendance": attendance}), p.span)
        for p in invitees
    ]
    return [
        _EventMention(
            trigger=trigger,
            form=text[start:end],
            span=(start, end),
            sentence=sentence,
            status=EventStatus.UNKNOWN,
            anaphoric=True,
            parties=updated,
        )
    ]


def _is_report_date(text: str, when: DateMention, sentence: Sentence) -> bool:
    before = text[max(sentence.start, when.start - 40) : when.start]
    after = text[when.end : min(sentence.end, when.end + 40)]
    return bool(
        re.search(
            r"\b(?:said|says|announced|told|added|stated|reported|shared)\s+(?:on\s+)?$",
            before,
            re.I,
        )
        or (
            re.match(
                r"^\s*,?\s*(?:\w+\s+){0,4}?(?:said|announced|told|added|stated|reported|shared)\b",
                after,
                re.I,
            )
            and not re.match(r"^\s*,?\s*(?:and|in)\b", after, re.I)
        )
    )


def _nearest_date(dates: list[DateMention], start: int, end: int) -> DateMention | None:
    if not dates:
        return None
    return min(dates, key=lambda d: (d.start - end) if d.start >= end else (start - d.end) * 2)


def _coordinated(text: str, places: list[tuple[Location, tuple[int, int]]]) -> bool:
    for (_, first), (_, second) in pairwise(places):
        between = text[first[1] : second[0]]
        if not re.search(r"\band\b|;|,\s*then\b", between):
            return False
    return True


def _single_place(
    gaz: Gazetteer, places: list[tuple[Location, tuple[int, int]]]
) -> tuple[Location, tuple[int, int]] | None:
    if not places:
        return None
    first = places[0]
    for other, _ in places[1:]:
        if not _compatible_places(gaz, first[0], other):
            return None  # the sentence contradicts itself ("in Europe, in ... Aleppo"): no place
    # The most specific place wins: a city over its country.
    cities = [p for p in places if p[0].feature == "city"]
    return cities[0] if cities else first


def _compatible_places(gaz: Gazetteer, a: Location, b: Location) -> bool:
    if a.feature == "region" or b.feature == "region":
        region, other = (a, b) if a.feature == "region" else (b, a)
        if other.country_code is None:
            return True
        return gaz.country_continent.get(other.country_code) == region.country_code
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    return not (a.feature == b.feature == "city" and a.name != b.name)


def _mark_attendance(text: str, sentence: Sentence, parties: list[_Party]) -> None:
    for index, party in enumerate(parties):
        window = text[
            max(sentence.start, party.span[0] - 40) : min(sentence.end, party.span[1] + 60)
        ]
        attendance = party.participant.attendance
        if _UNCONFIRMED.search(window) and re.search(
            r"\bnot\s+(?:been\s+)?confirmed|unconfirmed", window, re.I
        ):
            attendance = Attendance.UNCONFIRMED
        elif _INVITED.search(window):
            attendance = Attendance.INVITED
        elif _UNCONFIRMED.search(window):
            attendance = Attendance.UNCONFIRMED
        if attendance is not party.participant.attendance:
            parties[index] = _Party(
                party.key,
                party.participant.model_copy(update={"attendance": attendance}),
                party.span,
            )


def _classify(
    doc: Document,
    gaz: Gazetteer,
    trigger: Trigger,
    mentions: list[Mention],
    persons: list[tuple[int, int, Person]],
    sentence: Sentence,
    clause: tuple[int, int],
    start: int,
    end: int,
) -> tuple[list[tuple[Location, tuple[int, int]]], list[str], list[_Party]]:
    """Split the sentence's names into the event's places, its topics and its parties."""
    text = doc.text
    places: list[tuple[Location, tuple[int, int]]] = []
    topics: list[str] = []
    parties: list[_Party] = []
    person_spans = [(s, e) for s, e, _ in persons]
    used: list[tuple[int, int]] = []
    is_visit = trigger.mode == "visit"
    for s, e, person in persons:
        parties.append(_Party(person.name, _person_participant(person), (s, e)))
    for index, mention in enumerate(mentions):
        if any(ps <= mention.start < pe for ps, pe in person_spans):
            continue
        if not clause[0] <= mention.start < clause[1] and mention.kind in (
            MentionKind.CITY,
            MentionKind.REGION,
        ):
            continue
        kind = mention.kind
        nxt = mentions[index + 1] if index + 1 < len(mentions) else None
        before_title = bool(
            nxt and nxt.kind is MentionKind.TITLE and not text[mention.end : nxt.start].strip()
        )
        if (
            before_title
            and kind is MentionKind.COUNTRY
            and nxt is not None
            and nxt.code in _IGO_TITLES
        ):
            if mention.code not in topics:
                topics.append(mention.code)
            continue  # "Syria envoy": the country is the envoy's subject
        if kind is MentionKind.TITLE:
            continue
        before = text[max(sentence.start, mention.start - 40) : mention.start]
        after = text[mention.end : min(sentence.end, mention.end + 40)]
        locative = bool(_LOCATIVE_BEFORE.search(before)) or (
            is_visit and bool(_DESTINATION_BEFORE.search(before)) and mention.start > start
        )
        if (
            kind is MentionKind.ADJECTIVE
            and _ANAPHORIC_PLACE.search(before)
            and _PLACE_NOUN_AFTER.match(after)
        ):
            # "the Swiss city": the last city of that country named before, else the country.
            noun = _PLACE_NOUN_AFTER.match(after)
            assert noun is not None
            places.append(
                (_anaphoric_city(doc, gaz, mention), (mention.start, mention.end + noun.end()))
            )
            continue
        if kind in (MentionKind.CITY, MentionKind.METONYM) and locative:
            city = gaz.best_city(mention.text, doc.topic_countries)
            if city is not None:
                places.append((gaz.city_location(city, mention.text), (mention.start, mention.end)))
            continue
        if kind is MentionKind.REGION and locative:
            places.append(
                (
                    Location(name=mention.text, country_code=mention.code, feature="region"),
                    (mention.start, mention.end),
                )
            )
            continue
        if kind is MentionKind.CITY:
            continue  # a city that is not where the event is held is not a party
        if kind is MentionKind.COUNTRY and locative and not _LIST_CONTINUES.match(after):
            places.append((gaz.country_location(mention.code), (mention.start, mention.end)))
            continue
        if kind in (MentionKind.COUNTRY, MentionKind.METONYM, MentionKind.ADJECTIVE) and (
            _TOPIC_BEFORE.search(before)
            or (start <= mention.end + 1 <= start + 1 and mention.end <= start)
            or _is_attributive(text, mention, start)
        ):
            if mention.code not in topics and kind is not MentionKind.METONYM:
                topics.append(mention.code)
            if _TOPIC_BEFORE.search(before) or _is_attributive(text, mention, start):
                continue
        if (
            kind is MentionKind.COUNTRY
            and index > 0
            and _is_city_qualifier(text, mentions[index - 1], mention, gaz)
        ):
            continue
        if kind is MentionKind.REGION:
            continue
        if kind is MentionKind.ADJECTIVE and not (
            _OFFICIAL_NOUN_AFTER.match(after) or before_title
        ):
            continue
        if kind is MentionKind.PEOPLE:
            continue
        if kind is MentionKind.IGO_ADJECTIVE and not (
            _OFFICIAL_NOUN_AFTER.match(after) or before_title
        ):
            continue
        used.append((mention.start, mention.end))
        parties.extend(_parties_of(doc, gaz, mention, sentence))
    return places, topics, _dedupe(parties)


def _is_attributive(text: str, mention: Mention, trigger_start: int) -> bool:
    """A country right before the trigger noun names the subject: "Syria talks", "Gaza truce"."""
    gap = text[mention.end : trigger_start]
    return (
        mention.end <= trigger_start
        and len(gap) <= 8
        and re.fullmatch(r"\s+(?:peace\s+)?", gap) is not None
        and mention.kind is MentionKind.COUNTRY
    )


def _is_city_qualifier(text: str, previous: Mention, mention: Mention, gaz: Gazetteer) -> bool:
    """ "London, Britain" — the country only says where the city is (unless a list goes on)."""
    if previous.kind not in (MentionKind.CITY, MentionKind.METONYM):
        return False
    if text[previous.end : mention.start].strip() != ",":
        return False
    if _LIST_CONTINUES.match(text[mention.end : mention.end + 12]):
        return False
    city = gaz.cities.get(previous.text)
    return bool(city and any(c.iso3 == mention.code for c in city))


def _anaphoric_city(doc: Document, gaz: Gazetteer, adjective: Mention) -> Location:
    for mention in reversed(doc.mentions_in(0, adjective.start)):
        if mention.kind in (MentionKind.CITY, MentionKind.METONYM) and mention.text in gaz.cities:
            city = gaz.best_city(mention.text, frozenset({adjective.code}))
            if city is not None and city.iso3 == adjective.code:
                return gaz.city_location(city, mention.text)
    return gaz.country_location(adjective.code)


def _person_participant(person: Person) -> Participant:
    return Participant(
        name=person.name,
        kind=ParticipantKind.PERSON,
        country_code=person.country_code,
        title=person.title,
    )


def _parties_of(
    doc: Document, gaz: Gazetteer, mention: Mention, sentence: Sentence
) -> list[_Party]:
    span = (mention.start, mention.end)
    kind = mention.kind
    if kind is MentionKind.GROUP:
        members = set(gaz.groups.get(mention.code, ()))
        named = _named_members(doc, members, sentence)
        if named:
            return [_state_party(gaz, iso3, span) for iso3 in named]
        participant = Participant(
            name=mention.text.removeprefix("the ").strip(), kind=ParticipantKind.ORGANIZATION
        )
        return [_Party("group:" + mention.code, participant, span)]
    if kind in (MentionKind.IGO, MentionKind.IGO_ADJECTIVE):
        name = (
            gaz.igo_names.get(mention.code, mention.text)
            if mention.code != "OTHER_IGO"
            else mention.entries[0].name
        )
        return [
            _Party(
                mention.code + ":" + name,
                Participant(
                    name=name, kind=ParticipantKind.ORGANIZATION, country_code=mention.code
                ),
                span,
            )
        ]
    return [_state_party(gaz, mention.code, span)]


def _named_members(doc: Document, members: set[str], sentence: Sentence) -> list[str]:
    """Members of a group named in this sentence or the next one ("Turkey, Saudi Arabia and Qatar")."""
    index = doc.sentences.index(sentence)
    end = doc.sentences[min(index + 1, len(doc.sentences) - 1)].end
    found: list[str] = []
    for mention in doc.mentions_in(sentence.start, end):
        if (
            mention.kind is MentionKind.COUNTRY
            and mention.code in members
            and mention.code not in found
        ):
            found.append(mention.code)
    return found


def _state_party(gaz: Gazetteer, iso3: str, span: tuple[int, int]) -> _Party:
    return _Party(
        iso3,
        Participant(
            name=gaz.country_names.get(iso3, iso3), kind=ParticipantKind.STATE, country_code=iso3
        ),
        span,
    )


def _dedupe(parties: list[_Party]) -> list[_Party]:
    seen: dict[str, _Party] = {}
    for party in parties:
        seen.setdefault(party.key, party)
    return list(seen.values())


# -- merging mentions into events ------------------------------------------------------------


def _family(trigger: Trigger) -> str:
    if trigger.event_type is EventType.CONSULT and trigger.mode in _CONSULT_FAMILY:
        return "CONSULT:talks"
    return f"{trigger.event_type.value}:{trigger.mode}"


def _same_place(a: Location | None, b: Location | None) -> bool | None:
    """True/False when both are known, None when either is missing."""
    if a is None or b is None:
        return None
    if a.feature == "city" and b.feature == "city":
        return a.geonames_id == b.geonames_id
    return a.country_code == b.country_code


def _source_key(mention: _EventMention) -> str | None:
    before = [p for p in mention.parties if p.span[1] <= mention.span[0]]
    return before[-1].key if before else None


def _merge(
    events: list[_Event], focus: dict[str, _Event], mention: _EventMention, doc: Document
) -> None:
    if mention.trigger.mode == "invitation":
        consult = focus.get("CONSULT:talks")
        if consult is not None:
            _absorb(consult, mention, doc)
        return
    family = _family(mention.trigger)
    if mention.trigger.event_type not in _EVENT_NOUN_TYPES:
        _merge_speech_act(events, mention, doc)
        return
    target: _Event | None = None
    candidates = [e for e in events if _family_of(e) == family]
    for event in reversed(candidates):
        place = _same_place(event.location, mention.location)
        same_date = None
        if event.date and mention.date and event.date.value and mention.date.value:
            same_date = event.date.value == mention.date.value
        if place is False or same_date is False:
            continue
        if place is True or same_date is True:
            target = event
            break
    if target is None and mention.location is None and mention.date is None:
        target = focus.get(family)
    if target is None and mention.anaphoric and candidates:
        target = focus.get(family)
    if target is None and mention.location is not None and candidates:
        # A place for an event that has none yet ("talks ... over the weekend" then "in Lausanne").
        placeless = [
            e for e in candidates if e.location is None and (e.date is None or mention.date is None)
        ]
        target = placeless[-1] if placeless else None
    if target is None:
        if mention.status is EventStatus.UNKNOWN and mention.anaphoric:
            return
        event = _new_event(mention, doc)
        events.append(event)
        focus[family] = event
        return
    _absorb(target, mention, doc)
    focus[family] = target


def _merge_speech_act(events: list[_Event], mention: _EventMention, doc: Document) -> None:
    """Statements (appeals, accusations, warnings...) merge only with the same speaker's."""
    source = _source_key(mention)
    family = _family(mention.trigger)
    for event in events:
        if (
            _family_of(event) == family
            and source is not None
            and event.source == source
            and (
                event.date is None or mention.date is None or event.date.value == mention.date.value
            )
        ):
            _absorb(event, mention, doc)
            return
    events.append(_new_event(mention, doc))


def _new_event(mention: _EventMention, doc: Document) -> _Event:
    return _Event(
        event_type=mention.trigger.event_type,
        mode=_mode(mention.trigger),
        status=mention.status,
        location=mention.location,
        date=mention.date,
        parties={p.key: p for p in mention.parties},
        topics=list(mention.topics),
        evidence=_mention_evidence(doc.text, mention),
        first_span=mention.span,
        source=_source_key(mention),
    )


def _absorb(target: _Event, mention: _EventMention, doc: Document) -> None:
    evidence = _mention_evidence(doc.text, mention)
    target.mentions += 1
    if target.location is None or (
        target.location.feature != "city"
        and mention.location is not None
        and mention.location.feature == "city"
    ):
        target.location = mention.location or target.location
    if target.date is None or (
        target.date.value is None and mention.date is not None and mention.date.value is not None
    ):
        target.date = mention.date or target.date
    if mention.status is not EventStatus.UNKNOWN and (
        target.status is EventStatus.UNKNOWN or mention.status is EventStatus.CANCELLED
    ):
        target.status = mention.status
    if target.mode in (None, "meeting") and _mode(mention.trigger) not in (None, "meeting"):
        target.mode = _mode(mention.trigger)
    for party in mention.parties:
        existing = target.parties.get(party.key)
        if existing is None or (
            existing.participant.attendance is Attendance.CONFIRMED
            and party.participant.attendance is not Attendance.CONFIRMED
        ):
            target.parties[party.key] = party
    for topic in mention.topics:
        if topic not in target.topics:
            target.topics.append(topic)
    for item in evidence:
        if item not in target.evidence:
            target.evidence.append(item)


def _family_of(event: _Event) -> str:
    if event.event_type is EventType.CONSULT and event.mode in _CONSULT_FAMILY | {
        "talks",
        "negotiation",
        "meeting",
        "summit",
        "mediation",
    }:
        return "CONSULT:talks"
    return f"{event.event_type.value}:{event.mode}"


def _mode(trigger: Trigger) -> str | None:
    return trigger.mode


def _mention_evidence(text: str, mention: _EventMention) -> list[Evidence]:
    items = [
        Evidence(
            field="trigger",
            text=text[mention.span[0] : mention.span[1]],
            start=mention.span[0],
            end=mention.span[1],
        ),
        Evidence(
            field="sentence",
            text=mention.sentence.text,
            start=mention.sentence.start,
            end=mention.sentence.end,
        ),
    ]
    if mention.location_span:
        s, e = mention.location_span
        items.append(Evidence(field="location", text=text[s:e], start=s, end=e))
    if mention.date:
        items.append(
            Evidence(
                field="date", text=mention.date.text, start=mention.date.start, end=mention.date.end
            )
        )
    for party in mention.parties:
        s, e = party.span
        items.append(Evidence(field="participant", text=text[s:e], start=s, end=e))
    return items


def _is_codable(event: _Event) -> bool:
    """An analyst codes an event only with at least one party, or a CONSULT with a place."""
    if event.parties:
        return True
    return event.event_type in (EventType.CONSULT, EventType.AGREE) and event.location is not None


def _to_record(doc: Document, event: _Event, extractor_version: str) -> DiplomaticEvent:
    parties = [p.participant for p in event.parties.values()]
    person_codes = {
        p.country_code for p in parties if p.kind is ParticipantKind.PERSON and p.country_code
    }
    participants = [
        p for p in parties if p.kind is ParticipantKind.PERSON or p.country_code not in person_codes
    ]
    location_code = event.location.country_code if event.location else None
    topics = [
        t
        for t in event.topics
        if t != location_code or event.location is None or event.location.feature != "country"
    ]
    when = event.date
    key = "|".join(
        [
            doc.article_id,
            event.event_type.value,
            event.mode or "",
            event.location.name if event.location else "",
            when.value.isoformat() if when and when.value else "",
            str(event.first_span[0]),
        ]
    )
    event_id = "dip-" + hashlib.sha256(key.encode()).hexdigest()[:20]
    confidence = (
        0.5
        + 0.1 * min(event.mentions, 3)
        + (0.1 if event.location else 0.0)
        + (0.1 if when and when.value else 0.0)
    )
    return DiplomaticEvent(
        event_id=event_id,
        article_id=doc.article_id,
        event_type=event.event_type,
        mode=event.mode,
        status=event.status if event.status is not EventStatus.UNKNOWN else EventStatus.OCCURRED,
        date=when.value.isoformat() if when and when.value else None,
        date_text=when.text if when else None,
        location=event.location,
        participants=participants,
        topic_countries=topics,
        evidence=event.evidence,
        confidence=round(min(confidence, 0.95), 2),
        extractor_version=extractor_version,
    )
