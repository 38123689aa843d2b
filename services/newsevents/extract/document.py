"""One article, analysed once and shared by both extractors.

Holds the text every evidence offset points into, its sentences, every
gazetteer mention (one automaton pass over the whole text), the people named
with a title ("Russian Foreign Minister Sergei Lavrov") so that later surnames
resolve to them, and the countries the article is about. Pure and cheap: the
expensive per-sentence work happens only in sentences with a trigger.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import ahocorasick

from newsevents.contracts import RawArticle
from newsevents.extract.text import Sentence, split_sentences
from newsevents.lexicon import title_lexicon
from newsevents.normalize.dates import DateIndex
from newsevents.normalize.gazetteer import Gazetteer, Mention, MentionKind, gazetteer

_NAME_PART = r"(?:(?:al|el|bin|ben|abu|ibn|ul)-)?[A-Z][a-zA-Z'’\-]*[a-zA-Z]"
_PARTICLE = r"(?:de|del|della|di|da|van|von|der|den|le|la|al|el|bin|ben|ibn|abu|dos|das|du|ul)"
_NAME = rf"{_NAME_PART}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_PART}){{0,4}}"
_NAME_AFTER_TITLE = re.compile(rf"(?:\s*,)?\s+({_NAME})")
_NAME_BEFORE_APPOSITION = re.compile(
    rf"({_NAME}),\s+(?:the|a|an)?\s*(?:[A-Z][\w.]*\s+|[A-Z][\w]*['’]s\s+)?$"
)
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "But",
        "Or",
        "Of",
        "On",
        "In",
        "At",
        "To",
        "For",
        "With",
        "By",
        "From",
        "As",
        "It",
        "He",
        "She",
        "They",
        "We",
        "His",
        "Her",
        "Their",
        "This",
        "That",
        "These",
        "Those",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Lady",
        "Lord",
        "Reuters",
        "AP",
        "AFP",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "State",
        "Minister",
        "President",
        "Foreign",
        "Secretary",
        "Prime",
        "Chancellor",
    ]
)
_HONORIFIC = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|Sir|Sheikh|Sheikha|Prince|Princess|Emir|King|Gen|General|Lt|Col|Gov)\.?\s+"
)
# "BEIRUT (Reuters) -", "NAIROBI, Kenya (AP) —", "KHARTOUM/DUBAI (Reuters) -": where the
# reporter files from, which is not a party to anything and not where an event happens.
_DATELINE = re.compile(
    r"[A-Z][A-Z .'’/-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,30})?\s*\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|Bloomberg|[A-Z][\w ]{1,20})\)\s*[-—–]+\s*"
)
# Titles whose holder, named without a nationality, is taken to be of the dateline's country.
# Heads of state and government are left out: famous foreign leaders are often named bare.
_GOVERNMENT_TITLES = frozenset(
    {
        "Deputy Prime Minister",
        "Secretary of State",
        "Foreign Minister",
        "Deputy Foreign Minister",
        "Defence Minister",
        "Interior Minister",
        "Finance Minister",
        "Trade Minister",
        "Minister",
        "National Security Adviser",
        "Ambassador",
        "Spokesperson",
        "General",
        "Commander",
    }
)
_IGO_TITLES = frozenset(t.canonical for t in title_lexicon().titles if t.igo)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    title: str | None
    country_code: str | None
    start: int
    end: int


@dataclass(slots=True)
class Document:
    article_id: str
    text: str
    published: date
    sentences: list[Sentence]
    mentions: list[Mention]
    persons: dict[str, Person] = field(default_factory=dict)  # full name and surname → person
    country_counts: Counter[str] = field(default_factory=Counter)
    dateline: tuple[int, int] | None = None
    dateline_country: str | None = None
    _dates: DateIndex | None = None

    @property
    def dates(self) -> DateIndex:
        """Every date expression of the text (scanned once, on first use)."""
        if self._dates is None:
            self._dates = DateIndex(self.text)
        return self._dates

    _mention_starts: list[int] = field(default_factory=list)
    memo: dict[tuple[object, ...], Any] = field(default_factory=dict)  # per-article scratch
    _person_hits: list[tuple[int, int, Person]] = field(default_factory=list)
    _person_starts: list[int] = field(default_factory=list)

    @property
    def topic_countries(self) -> frozenset[str]:
        return frozenset(self.country_counts)

    @property
    def main_country(self) -> str | None:
        if not self.country_counts:
            return None
        return self.country_counts.most_common(1)[0][0]

    def in_dateline(self, offset: int) -> bool:
        return self.dateline is not None and self.dateline[0] <= offset < self.dateline[1]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self._mention_starts, start)
        hi = bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def person_mentions(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        """Every mention of a known person (full name or surname) in ``text[start:end]``."""
        lo = bisect_left(self._person_starts, start)
        hi = bisect_left(self._person_starts, end)
        return [hit for hit in self._person_hits[lo:hi] if hit[1] <= end]

    def sentence_index(self, offset: int) -> int:
        for index, sentence in enumerate(self.sentences):
            if sentence.start <= offset < sentence.end:
                return index
        return len(self.sentences) - 1


def analyse(article: RawArticle, gaz: Gazetteer | None = None) -> Document:
    """Split, scan and index one article."""
    gaz = gaz or gazetteer()
    text = article.text
    doc = Document(
        article_id=article.id,
        text=text,
        published=article.published_at.date(),
        sentences=split_sentences(text),
        mentions=gaz.scan(text),
    )
    doc._mention_starts = [m.start for m in doc.mentions]
    body_start = len(article.title) + 1
    dateline = _DATELINE.match(text, body_start, min(len(text), body_start + 120))
    if dateline is not None:
        doc.dateline = (dateline.start(), dateline.end())
        place = dateline.group(0).split("(")[0].split("/")[0].strip().title()
        for mention in gaz.scan(place):
            if mention.kind in (MentionKind.COUNTRY, MentionKind.METONYM):
                doc.dateline_country = mention.code
                break
        if doc.dateline_country is None:
            city = gaz.best_city(place.split(",")[0].strip())
            doc.dateline_country = city.iso3 if city is not None else None
    title_end = len(article.title)
    for mention in doc.mentions:
        if mention.kind in (MentionKind.COUNTRY, MentionKind.ADJECTIVE, MentionKind.PEOPLE):
            # The headline says what the story is about: weigh it more.
            doc.country_counts[mention.code] += 3 if mention.start < title_end else 1
    _find_persons(doc)
    return doc


def _affiliation(doc: Document, title: Mention) -> str | None:
    """The country or IGO a title belongs to, from the words just before it."""
    before = [
        m
        for m in doc.mentions_in(max(0, title.start - 60), title.start)
        if m.kind is not MentionKind.TITLE
    ]
    if not before:
        return None
    prev = before[-1]
    gap = doc.text[prev.end : title.start]
    for other in doc.mentions_in(prev.end, title.start):
        gap = gap.replace(other.text, " ")  # other titles in a chain
    gap = re.sub(
        r"\b(?:and|special|deputy|acting|caretaker|former|senior|chief|top|foreign|defen[cs]e"
        r"|interior|ministry|affairs|army|military|government|regional|national|state)\b|,",
        " ",
        gap,
        flags=re.IGNORECASE,
    )
    if gap.strip() not in ("", "'s", "’s"):
        return None
    if (
        title.code in _IGO_TITLES
        and prev.kind is MentionKind.COUNTRY
        and not gap.strip()
        and not any(e.kind is MentionKind.ADJECTIVE for e in prev.entries)
    ):
        return None  # "Syria envoy": the country is the envoy's subject; "U.S. envoy" is not
    if prev.kind in (
        MentionKind.ADJECTIVE,
        MentionKind.COUNTRY,
        MentionKind.METONYM,
        MentionKind.IGO,
        MentionKind.IGO_ADJECTIVE,
    ):
        return prev.code
    return None


def _clean_name(name: str) -> str | None:
    name = _HONORIFIC.sub("", name).strip()
    name = re.sub(r"\s+(?:Al|Bin|Bint)$", "", name)
    tokens = name.split()
    while tokens and tokens[-1] in _NOT_NAMES:
        tokens.pop()
    if not tokens or tokens[0] in _NOT_NAMES:
        return None
    return " ".join(tokens)


def _find_persons(doc: Document) -> None:
    text = doc.text
    entity_spans = {(m.start, m.end) for m in doc.mentions}
    for title in doc.mentions:
        if title.kind is not MentionKind.TITLE:
            continue
        name_match = _NAME_AFTER_TITLE.match(text, title.end)
        start = end = -1
        name: str | None = None
        if name_match is not None:
            name = _clean_name(name_match.group(1))
            start = name_match.start(1) + (name_match.group(1).find(name) if name else 0)
        if name is None:
            back = _NAME_BEFORE_APPOSITION.search(text, max(0, title.start - 80), title.start)
            if back is not None:
                name = _clean_name(back.group(1))
                start = back.start(1) + (back.group(1).find(name) if name else 0)
        end = start + len(name or "")
        if name is None or (start, end) in entity_spans or len(name) < 3:
            continue
        if any(
            m.start <= start < m.end and m.kind is not MentionKind.TITLE
            for m in doc.mentions_in(max(0, start - 80), start + 1)
        ):
            continue
        if name.split()[-1].endswith("-like"):
            continue  # "General Assembly-like debate"
        affiliation = _affiliation(doc, title)
        if (
            affiliation is None
            and title.code in _GOVERNMENT_TITLES
            and doc.dateline_country is not None
        ):
            # Wire style names the nationality of foreign officials; an official without one
            # belongs to the country the story is filed from.
            affiliation = doc.dateline_country
        if affiliation is None and title.code in _IGO_TITLES:
            sentence = doc.sentences[doc.sentence_index(title.start)]
            igos = [
                m
                for m in doc.mentions_in(sentence.start, sentence.end)
                if m.kind in (MentionKind.IGO, MentionKind.IGO_ADJECTIVE)
            ]
            affiliation = igos[0].code if igos else None
        person = Person(name, title.code, affiliation, start, end)
        existing = doc.persons.get(name)
        if existing is None or (existing.country_code is None and affiliation is not None):
            doc.persons[name] = person
        honorific = re.search(
            r"(Sheikh|Sheikha|Prince|Princess|Emir|King)\s+$", text[max(0, start - 12) : start]
        )
        if honorific is not None:  # "Sheikh Mohammed", "Prince Faisal" in later mentions
            doc.persons.setdefault(f"{honorific.group(1)} {name.split()[0]}", person)
    for person in list(doc.persons.values()):
        surname = person.name.split()[-1]
        for prefix in ("al-", "el-"):
            if surname.startswith(prefix):
                doc.persons.setdefault(surname[len(prefix) :].capitalize(), person)
        if len(person.name.split()) > 1:
            doc.persons.setdefault(surname, person)
    if doc.persons:
        names = ahocorasick.Automaton()
        for key in doc.persons:
            names.add_word(key, len(key))
        names.make_automaton()
        for end_index, length in names.iter_long(text):
            start = end_index - length + 1
            end = end_index + 1
            if (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-")) or (
                end < len(text) and text[end].isalnum()
            ):
                continue
            doc._person_hits.append((start, end, doc.persons[text[start:end]]))
        doc._person_starts = [hit[0] for hit in doc._person_hits]
