"""One article, analysed once and shared by both extractors.

Holds the text every evidence offset points into, its sentences, every
gazetteer mention (one automaton pass over the whole text), the people named
with a title ("Russian Foreign Minister Sergei Lavrov") so that later surnames
resolve to them, and the countries the article is about. Pure and cheap: the
expensive per-sentence work happens only in sentences with a trigger.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import ahocorasick

from newsevents.contracts import RawArticle
from newsevents.extract.patterns import LOWER_TEXT_PASS
from newsevents.extract.text import Sentence, lowered, split_sentences, str_lower
from newsevents.lexicon import (
    folded_name,
    leader_lexicon,
    name_spellings,
    title_lexicon,
)
from newsevents.normalize.dates import KEYWORD_AUTOMATON, MONTH_NAMES, WEEKDAY_NUMBERS, DateIndex
from newsevents.normalize.gazetteer import (
    QUALIFIER,
    Entry,
    Gazetteer,
    Mention,
    MentionKind,
    common_first,
    gazetteer,
    skip_keys,
    stretch_ends,
    stretches_around,
)
from newsevents.parse import InputLimits

# Names are written in Latin letters with their accents ("Óscar Mejía", "Nicolás Maduro",
# "Padrino López"): a capital of Latin-1 or Latin Extended-A, then any letters.
_CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x180)) if c.isupper())
_NAME_PART = rf"(?:(?:al|el|bin|ben|abu|ibn|ul)-)?[{_CAPITALS}](?:[^\W\d_]|['’\-])*[^\W\d_]"
_PARTICLE = r"(?:de|del|della|di|da|van|von|der|den|le|la|al|el|bin|ben|ibn|abu|dos|das|du|ul)"
_NAME = rf"{_NAME_PART}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_PART}){{0,4}}"
# "the UN special envoy for Syria, Geir Pedersen", "trade envoy to West Africa, X", "the
# secretary-general of the Gulf Cooperation Council, X": the title's subject between the
# title and its holder.
# "the executive secretary of the Southern African Development Community (SADC), X", "the
# president of the ICC's Assembly of States Parties, X": up to five words, "of"/"and" between
# them, and the body's acronym.
# A remit may be lower-case: "the EU's special envoy for the region, Miroslav Lajcak".
_TITLE_SUBJECT = (
    r"(?:\s+(?:for|on|to|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,4}"
    r"|region|crisis|conflict|war|talks|peace\s+process|negotiations|dialogue)"
    r"(?:\s+\([A-Z]{2,8}\))?\s*,)"
)
# Ranks and honorifics written between a title and the name: "army chief Gen. Abdel Fattah
# al-Burhan", "Defence Minister Lt. Gen. Yassin Ibrahim".
_RANKS_BEFORE_NAME = r"(?:\s+(?:Lt|Gen|Col|Maj|Brig|Capt|Adm|Sgt|Cmdr|Dr|Mr|Mrs|Ms)\.(?=\s))*"
# A holder's name may hold initials: "Foreign Minister S. Jaishankar", "President John F. Kennedy"
# (Indian papers write them without a point: "External Affairs Minister S Jaishankar").
_NAME_WITH_INITIALS = (
    rf"(?:[A-Z]\.\s+|[A-Z]\s+(?=[A-Z][a-z])){{0,2}}"
    rf"{_NAME_PART}(?:\s+(?:{_PARTICLE}\s+|[A-Z]\.\s+)?{_NAME_PART}){{0,4}}"
)
_NAME_AFTER_TITLE = re.compile(
    rf"(?:\s*,|{_TITLE_SUBJECT})?{_RANKS_BEFORE_NAME}\s+({_NAME_WITH_INITIALS})"
)
# An envoy's posting between the title and the holder: "Azerbaijan's ambassador in Moscow,
# Rahman Mustafayev,", "its charge d'affaires in London, Mohsen Sharif Khodaei".
_ENVOY_TITLES = frozenset(
    {"Ambassador", "Charge d'Affaires", "High Commissioner", "Consul General"}
)
_NAME_AFTER_POSTING = re.compile(
    rf"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,{_RANKS_BEFORE_NAME}\s+({_NAME_WITH_INITIALS})"
)
# An envoy's or adviser's remit between the title and the holder: "U.S. Special Envoy for
# Sudan Tom Perriello", "Senior Adviser for Africa Massad Boulos", "Special Envoy for the
# Horn of Africa Mike Hammer"
_REMIT_TITLES = frozenset({"Envoy", "Senior Adviser", "European Commissioner"})
# (the holder is the last two words of the capitalised run: "Special Envoy for Middle East
# Peace Steve Witkoff" is Steve Witkoff)
_NAME_AFTER_REMIT = re.compile(
    r"\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4}?"
    r"\s+([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z])"
)
_APPOSITION_TAIL = r"\s+(?:the|a|an)?\s*(?:[A-Z][\w.]*\s+|[A-Z][\w]*['’]s\s+)?$"
_NAME_BEFORE_APPOSITION = re.compile(rf"({_NAME}),{_APPOSITION_TAIL}")
_AFTER_APPOSITION_COMMA = re.compile(_APPOSITION_TAIL)
# The last word of the name of a building or site, which may be named after a person ("King
# Khalid International Airport") or a country ("the Saudi Hospital" in El Fasher).
FACILITY_NOUNS = frozenset(
    "Airport Base Hospital Stadium Mosque Palace Square Street Avenue Road Bridge Hotel Centre"
    " Center Hall School College Academy Station Cathedral Church Museum Library Highway Park"
    " Dam Canal Port Harbour Mausoleum Tower Embassy".split()
)
# The last word of the name of a body, not of a person (a facility's word only ends a name
# of three words or more: "Khalid International Airport", not "Nigel Hall" or "Jim Church").
_BODY_NOUNS = frozenset(
    "Service Services Agency Ministry Council Committee Commission Authority Department Office"
    " Directorate Forces Force Army Navy Police Bank Company Party Front Movement Union"
    " Organisation Organization Assembly Court Institute University Group Corporation Airways"
    " Airlines Guard Guards Brigade Brigades Corps Command Secretariat Parliament Senate"
    " Prize Award Foundation Fund".split()
)
# Generational suffixes: "Ferdinand Marcos Jr." is "Marcos" later on.
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das"})
_ABBREVIATED = (" Jr", " Sr")
# Where names are written family name first, also in English ("Wang Yi" ... "Wang said",
# "Yoon Suk Yeol" ... "Yoon"): the first word is the one later mentions use.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP"})
# Words that open many Malay and Indonesian names and are no one's name alone
_NAME_OPENERS = frozenset(
    {
        "Sri",
        "Siti",
        "Nur",
        "Abdul",
        "Wan",
        "Nik",
        "Tengku",
        "Raja",
        "Muhammad",
        "Mohammad",
        "Mohamed",
        "Mohammed",
        "Ahmad",
        "Haji",
        "Hajah",
        "Syed",
        "Sharifah",
    }
)
_CAPITALISED_NEXT = re.compile(r" [A-Z]")
# Where a second mention uses the given name, the first: Ethiopian and Eritrean names are a
# given name and the father's ("Meles Zenawi" is "Meles", "Abiy Ahmed" is "Abiy"), and so are
# Malay ones ("Anwar Ibrahim" is "Anwar", "Mohamad Hasan" is "Mohamad"), and Indonesian ones
# often ("Prabowo Subianto" is "Prabowo"); only a name of two parts is read so.
GIVEN_NAME_FIRST = frozenset({"ETH", "ERI", "MYS", "BRN", "IDN"})
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
        # time words that open a sentence before a comma ("Yesterday, the secretary-general")
        "Yesterday",
        "Today",
        "Tonight",
        "Tomorrow",
        "Earlier",
        "Later",
        "Meanwhile",
        "However",
        "Separately",
        "Overnight",
        # sentence adverbs before a comma ("Instead, the EU's special envoy, Miroslav Lajcak,")
        "Instead",
        "Still",
        "Nevertheless",
        "Nonetheless",
        "Moreover",
        "Furthermore",
        "Additionally",
        "Similarly",
        "Likewise",
        "Afterwards",
        "Subsequently",
        "Previously",
        "Initially",
        "Ultimately",
        "Eventually",
        "Elsewhere",
        "Then",
        *(day.capitalize() for day in WEEKDAY_NUMBERS),
        *MONTH_NAMES,
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
    r"^(?:(?:Mr|Mrs|Ms|Dr|Sir|Sheikh|Sheikha|Crown\s+Prince|Prince|Princess|Emir|King|Gen"
    r"|Senior\s+General|Major\s+General|Lieutenant\s+General|Lieutenant\s+Colonel|Brigadier"
    r"(?:\s+General)?|General|Lt|Col|Colonel|Admiral|Field\s+Marshal|Marshal|Gov|Ambassador"
    r"|Datuk\s+Seri|Datuk|Dato['’]?\s+Sri|Tan\s+Sri)\.?\s+)+"
)
# "BEIRUT (Reuters) -", "NAIROBI, Kenya (AP) —", "KHARTOUM/DUBAI (Reuters) -": where the
# reporter files from, which is not a party to anything and not where an event happens.
_DATELINE = re.compile(
    # (a country and a date may both follow: "OHRID, North Macedonia, March 19 (Reuters) -")
    # (a mixed-case town may have hyphened particles: "Boulogne-sur-Mer (AFP) -")
    # (EFE's "San José, July 7 (EFE).-": an accented town and a full stop before the dash)
    # (or a lower-case particle: EFE's "Santiago de Chile, Feb 15 (EFE).-")
    # (or an apostrophe: "Nuku'alofa (AFP) -"; or a capital with an accent: "ASUNCIÓN, Paraguay
    # (AP) —")
    r"[A-Z](?:[A-ZÀ-Þ .'’/-]{1,40}|[a-zà-ÿ]+(?:['’][a-zà-ÿ]+)?"
    r"(?:(?:[ -][A-Z]|-[a-z]|\s(?:de|del|da|do|di|la)\s[A-Z])"
    r"[a-zà-ÿ]+){0,3})"
    # (EFE's country in brackets after a small town: "Ayolas (Paraguay), Jul 8 (EFE).-")
    r"(?:\s\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\)(?=,))?"
    # (a day before its month: Lusa's "Lisbon, 01 Dec 2026 (Lusa) -")
    r"(?:,\s*[A-Z0-9][\w .'’-]{1,30}){0,2}\s*"
    r"(?:\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|Bloomberg|[A-Z][\w ]{1,20})\)"
    # agencies that write their name without brackets: "TOKYO, Oct. 19 Kyodo -"
    # (or after a comma: the Caribbean Media Corporation's "BRIDGETOWN, Barbados, Dec 2, CMC -")
    r"|,?\s*(?:Kyodo|Xinhua|Yonhap|Bernama|Anadolu|TASS|IANS|PTI|ANI|AAP|EFE|WAM|SPA|KUNA|APS"
    r"|CMC)\b)"
    r"\s*\.?[-—–]+\s*"
    # the South Asian papers' "PESHAWAR: ", "NEW DELHI: "
    r"|[A-Z][A-ZÀ-Þ.'’-]+(?:\s[A-Z][A-ZÀ-Þ.'’-]+){0,2}:\s+"
    # a dash without an agency: the Canadian Press's "OTTAWA — ", "BOGOTA, Colombia — "
    r"|[A-Z][A-ZÀ-Þ.'’-]+(?:\s[A-Z][A-ZÀ-Þ.'’-]+){0,2}(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?\s+[—–]\s+"
    # the Indian agencies' "New Delhi, Dec 16 (PTI) " (no dash)
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2}\s+\([A-Z][A-Za-z]{1,15}\)\s*[-—–:]?\s*"  # (PTI), (IANS), (ANI)
)
# The bracketed country of a dateline, read as "Ayolas, Paraguay, Jul 8"
_BRACKETED_COUNTRY = re.compile(r"\s\(([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\),")
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
        "Spokesperson",
        "General",
        "Commander",
    }
)
# ... and heads of state or government, only as the ones a guest met in the story's city
_HEAD_TITLES = frozenset({"Prime Minister", "President"})
_MET_BY_A_GUEST_BEFORE = re.compile(
    r"\b(?:met|met\s+with|meets|talks\s+with|was\s+(?:later\s+|then\s+)?received\s+by"
    r"|called\s+on|paid\s+a\s+courtesy\s+call\s+on)\s+$"
)
_IGO_TITLES = frozenset(t.canonical for t in title_lexicon().titles if t.igo)
# Words between a nationality and its title: "U.S. special envoy", "Iran's foreign ministry".
_TITLE_FILLER = re.compile(
    r"\b(?:and|special|deputy|acting|caretaker|former|senior|chief|top|foreign|defen[cs]e"
    r"|interior|ministry|affairs|army|military|government|regional|national|state"
    r"|first|second|lead|cabinet|negotiator)\b|,",
    re.IGNORECASE,
)
# A state that the clause says a title's holder stands for: "Britain will be represented by
# Foreign Secretary X", "Japan, represented by its ambassador X".
_REPRESENTED_BY_BEFORE = re.compile(
    r"^,?\s+(?:(?:will|would|shall|is\s+to|are\s+to|to)\s+be\s+|(?:is|was|are|were)\s+"
    r"(?:being\s+)?|,\s*)?represented\s+(?:at\s+[^,.;]{1,40}?\s+)?by\s+"
    r"(?:(?:its|their|the|a)\s+)?(?:[\w.-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Another actor's title ("the Taliban's defence minister", "Hamas's political chief"): the
# holder is that actor's, whatever the dateline says.
_OTHER_POSSESSOR_BEFORE = re.compile(r"\b[A-Z][\w-]*['’]s\s+(?:[A-Za-z]+\s+){0,2}$")
_OBJECT_BEFORE = re.compile(r"\b(?:with|between|and|to|on|against|for|from|by)\s+(?:the\s+)?$")
# A portfolio named between a state and its minister: "Greece's Shipping Minister", "the Greek
# Economy and Finance Minister" (capitalised words only, the whole gap: not "Israel and
# Hezbollah, spokesperson")
_PORTFOLIO = re.compile(r"(?:['’]s)?\s+[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|and|of)){0,3}\s+")
_TRAILING_PARTICLE = re.compile(r"\s+(?:Al|Bin|Bint)$")
_HONORIFIC_BEFORE = re.compile(r"(Sheikh|Sheikha|Prince|Princess|Emir|King)\s+$")
_TITLE = MentionKind.TITLE
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_DATE_KEYWORDS = LOWER_TEXT_PASS.join(KEYWORD_AUTOMATON)
_COUNTED_KINDS = (MentionKind.COUNTRY, MentionKind.ADJECTIVE, MentionKind.PEOPLE)


@dataclass(frozen=True, slots=True)
class Truncation:
    """What the sentence limits left unread in one article (not an error: it is still processed).

    The rule readers' work per sentence grows with its length and its triggers, so a
    pathological text (200k characters without a full stop, a trigger every few words)
    is read only up to ``InputLimits.max_sentences`` sentences of at most
    ``InputLimits.max_sentence_chars`` characters each.
    """

    sentences_skipped: int = 0  # sentences after the first max_sentences, not read at all
    sentences_cut: int = 0  # sentences read only up to max_sentence_chars

    def __bool__(self) -> bool:
        return bool(self.sentences_skipped or self.sentences_cut)


NOT_TRUNCATED = Truncation()
DEFAULT_LIMITS = InputLimits()


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
    dateline_place: str | None = None  # "Port Vila" for "PORT VILA, March 10 (AAP) -"
    # the dateline names its state itself: "QUEENSTOWN, New Zealand, Feb 20 (AAP) -"
    dateline_names_country: bool = False
    truncation: Truncation = NOT_TRUNCATED
    title_length: int = 0  # the text is title + "\n" + body
    _dates: DateIndex | None = None

    @property
    def dates(self) -> DateIndex:
        """Every date expression of the text (scanned once, on first use)."""
        if self._dates is None:
            # The date keywords are found in the pass over the lowered text that the
            # extractors' triggers share.
            lower = self.str_lower
            keywords = LOWER_TEXT_PASS.matches(_DATE_KEYWORDS, lower, self.memo)
            self._dates = DateIndex(self.text, keywords, lower)
        return self._dates

    @property
    def str_lower(self) -> str:
        """``text.lower()``, made once (lower-casing a whole article is not cheap)."""
        lower: str | None = self.memo.get(("str.lower",))
        if lower is None:
            lower = self.memo[("str.lower",)] = str_lower(self.text)
        return lower

    @property
    def lower(self) -> str:
        """``lowered(text)``: lower case at the text's offsets, made once for every reader.

        The same string as ``str_lower`` unless a letter lowers to two ("İ").
        """
        lower: str | None = self.memo.get(("lower",))
        if lower is None:
            lower = self.str_lower
            if len(lower) != len(self.text):
                lower = lowered(self.text)
            self.memo[("lower",)] = lower
        return lower

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

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``, if any (none past the last sentence's end)."""
        if not self.sentences:
            return None
        sentence = self.sentences[self.sentence_index(offset)]
        return sentence if sentence.start <= offset < sentence.end else None


def analyse(
    article: RawArticle, gaz: Gazetteer | None = None, limits: InputLimits = DEFAULT_LIMITS
) -> Document:
    """Split, scan and index one article, keeping the sentences within ``limits``."""
    return index(split(article, limits), gaz)


def split(article: RawArticle, limits: InputLimits = DEFAULT_LIMITS) -> Document:
    """The cheap first step of ``analyse``: the article's sentences within ``limits``, not
    yet indexed (no place, actor or person mentions). The readers' trigger scans need no
    more, so an article without a trigger is done here (``pipeline.extract_article``)."""
    text = article.text
    sentences, truncation = _within_limits(split_sentences(text), limits)
    return Document(
        article_id=article.id,
        text=text,
        published=article.published_at.date(),
        sentences=sentences,
        mentions=[],
        truncation=truncation,
        title_length=len(article.title),
    )


_SMALL_WORDS = frozenset(
    {"of", "the", "de", "del", "da", "do", "la", "le", "es", "al", "el", "and"}
)


def _title_case(place: str) -> str:
    """A dateline's capitals as a name is written: "PORT OF SPAIN" is "Port of Spain" (not
    "Port Of Spain", which no gazetteer key matches, leaving "Spain"); one written in mixed
    case is kept as written ("Boulogne-sur-Mer", the "Ukraine" of "KYIV, Ukraine")."""
    return " ".join(
        word
        if not word.isupper()
        else word.lower()
        if index and word.lower() in _SMALL_WORDS
        else _AFTER_APOSTROPHE.sub(_lower_after_apostrophe, word.title())
        for index, word in enumerate(place.split(" "))
    )


# A letter after an apostrophe that follows two letters or more, and begins a word part of
# two letters or more, is lower case ("NUKU'ALOFA" is "Nuku'alofa"); after one it is not
# ("N'DJAMENA" is "N'Djamena"), and a possessive's "S" is left as it was ("ST. JOHN'S", a
# capital of two states, stays unread as before)
_AFTER_APOSTROPHE = re.compile(r"(?<=\w\w)(['’])(\w)(?=\w)")


def _lower_after_apostrophe(match: re.Match[str]) -> str:
    return match.group(1) + match.group(2).lower()


def index(doc: Document, gaz: Gazetteer | None = None) -> Document:
    """The costly second step of ``analyse``: the mentions of places and actors (the
    gazetteer's scan), the dateline, the country counts and the persons of ``doc``."""
    gaz = gaz or gazetteer()
    text = doc.text
    # The titles are found in the pass over the lowered text that the readers' triggers share
    # (the gazetteer's title automaton joins it here, once): its own walk then reads only
    # the stretches of text around them.
    titles = LOWER_TEXT_PASS.matches(
        LOWER_TEXT_PASS.join(gaz.lower_automaton), doc.str_lower, doc.memo
    )
    doc.mentions = _congo_of_the_story(
        _without_local_namesakes(
            text,
            _with_blocs(
                text,
                _without_other_councils(
                    text,
                    _capitals_as_towns(
                        text,
                        _countries_as_towns(
                            text, _without_name_heads(text, gaz.scan(text, titles)), gaz
                        ),
                        gaz,
                    ),
                ),
            ),
        )
    )
    doc._mention_starts = [m.start for m in doc.mentions]
    body_start = doc.title_length + 1
    dateline = _DATELINE.match(text, body_start, min(len(text), body_start + 120))
    if dateline is not None:
        doc.dateline = (dateline.start(), dateline.end())
        filed = _BRACKETED_COUNTRY.sub(r", \1,", dateline.group(0), count=1)
        place = _title_case(filed.split("(")[0].split("/")[0].split(":")[0].strip())
        doc.dateline_place = place.split(",")[0].strip()
        for mention in gaz.scan(place):
            if mention.kind in (MentionKind.COUNTRY, MentionKind.METONYM):
                doc.dateline_country = mention.code
                doc.dateline_names_country = mention.kind is MentionKind.COUNTRY
                break
        if doc.dateline_country is None:
            city = gaz.best_city(doc.dateline_place)
            doc.dateline_country = city.iso3 if city is not None else None
    title_end = doc.title_length
    counts: dict[str, int] = {}  # counted here, then copied in: same counts, same order
    for mention in doc.mentions:
        entry = mention.entries[0]
        if entry.kind in _COUNTED_KINDS:
            # The headline says what the story is about: weigh it more.
            counts[entry.code] = counts.get(entry.code, 0) + (3 if mention.start < title_end else 1)
    doc.country_counts.update(counts)
    _find_persons(doc)
    return doc


# A country's name the text calls a town: "the northern Mexican town of China", "China, a
# farming town of about 11,000 people"
_TOWN_OF_BEFORE = re.compile(r"\b(?:town|city|village|municipality|hamlet)\s+of\s+$")
_TOWN_APPOSITION_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|municipality|hamlet)\b"
    # (not "of", nor a person or body of the place: "a village official", "the city's")
    r"(?!\s+of\b|['’]|\s+(?:officials?|elders?|council\w*|mayors?|chiefs?|authorities|police"
    r"|heads?|leaders?|spokes\w+|residents?|administrators?|hall)\b)"
    # ... or the seat of a region: "Armenia, the capital of Quindio department"
    r"|,\s+the\s+capital\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:department|province"
    r"|state|region|county|district|prefecture)\b"
)


def _countries_as_towns(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions, with a country's name that the text calls a town ("the town of China,
    Nuevo Leon", "China, a farming town") read as that town wherever the article names it: a
    namesake, not the state. Not where the state has a city of the name ("the city of
    Singapore", "Kuwait City"): that city is the state's own."""
    towns: set[str] | None = None
    country = MentionKind.COUNTRY
    for mention in mentions:
        if mention.entries[0].kind is not country:  # (``kind`` without the property call)
            continue
        start, end = mention.start, mention.end
        if not (
            (
                text.endswith(" of ", 0, start)
                and _TOWN_OF_BEFORE.search(text, max(0, start - 20), start)
            )
            or (text.startswith(",", end) and _TOWN_APPOSITION_AFTER.match(text, end))
        ):
            continue
        if any(city.iso3 == mention.code for city in gaz.cities.get(mention.text, ())):
            continue
        if towns is None:
            towns = set()
        towns.add(mention.text)
    if towns is None:
        return mentions
    return [
        Mention(m.start, m.end, m.text, (Entry(MentionKind.CITY, m.text, m.text),))
        if m.kind is MentionKind.COUNTRY
        and m.text in towns
        # (the state's own: "Armenia's foreign minister", "Armenia's ambassador")
        and not text.startswith(("'s", "’s"), m.end)
        else m
        for m in mentions
    ]


# A capital named in the name of a historic congress or treaty is the city, not its state
# acting: "the Congress of Vienna", "the Treaty of Paris" (not "the Battle of Moscow", whose
# anniversary a leader marks).
_HISTORIC_NAME_BEFORE = re.compile(r"\b(?:Congress|Treaty|Peace)\s+of\s+(?:the\s+)?$")
# What continues a list after a capital and the next name ("Paris, Germany and Italy",
# "Moscow, Georgia, Armenia"): no town and its state
_LIST_GOES_ON = re.compile(r"\s+(?:and|or)\s|\s*,\s*(?:and\s+|or\s+)?[A-Z]")


# A capitalised word hyphened right after a town's name: "the Kyzyl-Bel checkpoint"
_HYPHENED_NAME_AFTER = re.compile(r"-[A-Z][a-z]")


def _without_name_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, without a town's name that only begins a longer hyphened one ("the
    Kyzyl-Bel checkpoint" is not Kyzyl, Russia); a pair of places named together stays
    ("the Kyiv-Moscow route", "Addis Ababa-Djibouti"), the second named itself."""
    starts = None
    out: list[Mention] = []
    for mention in mentions:
        if (
            mention.entries[0].kind is MentionKind.CITY
            and _HYPHENED_NAME_AFTER.match(text, mention.end) is not None
        ):
            if starts is None:
                starts = {m.start for m in mentions}
            if mention.end + 1 not in starts:
                continue
        out.append(mention)
    return out


def _capitals_as_towns(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions, with a capital that names no state acting read as the city it names:
    a namesake town in the state or country written after it ("Paris, Texas", "Vienna,
    Virginia"; dropped where the gazetteer knows no such town in a US state, "Belgrade,
    Montana"), and a capital inside a historic congress's or treaty's name."""
    out: list[Mention | None] | None = None
    for index, mention in enumerate(mentions):
        if mention.kind is not MentionKind.METONYM:
            continue
        if _HISTORIC_NAME_BEFORE.search(text, max(0, mention.start - 20), mention.start):
            known = mention.text in gaz.cities
        elif text.startswith(",", mention.end):
            named = QUALIFIER.match(text, mention.end)
            qualifier = None if named is None else gaz.qualifier_named(named.group(1))
            if (
                named is None
                or qualifier is None
                or _LIST_GOES_ON.match(text, named.end())
                # (the town's state ends its name: not "Tokyo, Washington's closest ally",
                # "in Moscow, Washington said")
                or not _QUALIFIER_ENDS.match(text, named.end())
                or (qualifier.startswith("US-") and named.group(1) in gaz.country_by_name)
                or (qualifier if not qualifier.startswith("US-") else "USA") == mention.code
            ):
                continue
            known = any(
                qualifier in (c.iso3, c.admin1_state) for c in gaz.cities.get(mention.text, ())
            )
            if not known and not qualifier.startswith("US-"):
                continue  # ("Paris, Germany": a list the gazetteer cannot tell from a town)
        else:
            continue
        if out is None:
            out = list(mentions)
        out[index] = (
            Mention(
                mention.start,
                mention.end,
                mention.text,
                (Entry(MentionKind.CITY, mention.text, mention.text),),
            )
            if known
            else None
        )
    return mentions if out is None else [m for m in out if m is not None]


# What may follow a town's state: a punctuation mark, the end, or a preposition ("Paris, Texas
# at the Filmhouse", "Vienna, Virginia, a town near Washington")
_QUALIFIER_ENDS = re.compile(r"\s*(?:[,.;:)\"”]|$)|\s+(?:at|in|on|near|for|to|from|where|with)\s")


# A place the text itself calls a part of the city it tells of: "in Wellington, an eastern
# suburb of the city" (of Freetown) is no namesake city abroad; the gazetteer's entry would be.
_PART_OF_THE_CITY_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:suburb|district|neighbou?rhood|township|quarter"
    r"|area|part|outskirts)\s+of\s+(?:the\s+)?(?:city|capital|town|port)\b"
)


# The names that say which Congo: the Democratic Republic's own (not its bare "Congo")
_DRC_NAMES = frozenset(
    (
        "Democratic Republic of the Congo",
        "Democratic Republic of Congo",
        "DR Congo",
        "D.R. Congo",
        "DRC",
        "Congo-Kinshasa",
        "Kinshasa",
    )
)
_BARE_CONGO = frozenset(("Congo", "Congolese"))


def _congo_of_the_story(mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the bare "Congo" and "Congolese" read as the Republic of the Congo
    in a story that names that republic (or Brazzaville) and never the Democratic Republic:
    "Gabon and the Republic of the Congo ... Congolese President Denis Sassou Nguesso"."""
    if not any(m.code == "COG" for m in mentions) or any(
        m.code == "COD" and m.text in _DRC_NAMES for m in mentions
    ):
        return mentions
    return [
        Mention(
            m.start,
            m.end,
            m.text,
            (Entry(m.kind, "COG", "Republic of the Congo"), *m.entries[1:]),
        )
        if m.code == "COD" and m.text in _BARE_CONGO
        else m
        for m in mentions
    ]


def _without_local_namesakes(text: str, mentions: list[Mention]) -> list[Mention]:
    if "of the" not in text:
        return mentions
    return [
        m
        for m in mentions
        if m.kind not in (MentionKind.CITY, MentionKind.METONYM)
        or _PART_OF_THE_CITY_AFTER.match(text, m.end) is None
    ]


# "the bloc", "the 27-nation bloc", "the regional bloc": the international organisation named
# last before it ("EU foreign policy chief Josep Borrell said ... the bloc expressed 'full
# solidarity'"); not "the Soviet bloc" or "the opposition bloc", which name no organisation.
# (The word-start test follows the first letter, "\b[Tt]he" written so that the engine skips
# ahead to a "t": it runs over the whole text.)
_BLOC = re.compile(
    r"[Tt](?<!\w.)he\s+(?:(?:\d+|six|ten|15|27)-(?:nation|member|country)\s+|regional\s+"
    r"|(?:West|East|Southern|southern)\s+African\s+|(?:South-?east|south-?east)\s+Asian\s+"
    r"|European\s+|Gulf\s+|economic\s+|trade\s+)?bloc\b"
)


def _without_other_councils(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, without the United Nations' "Security Council" read inside another
    body's "Peace and Security Council" (the African Union's, the Arab League's: their owner
    is named before it) or a state's "National Security Council" (Iran's "Supreme National
    Security Council", Iraq's, Ivory Coast's)."""
    if "Peace and Security Council" not in text and "National Security Council" not in text:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.text == "Security Council" and text.endswith(("Peace and ", "National "), 0, m.start)
        )
    ]


_NAME_FOLLOWS = re.compile(r"\s*(?:\(\s*)?")  # (not "The bloc, NATO and the G7": a list)


def _with_blocs(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each "the bloc" read as the last organisation named before it (not
    one named right after it: "the regional bloc IGAD"; never the United Nations, which is no
    bloc)."""
    if "bloc" not in text:
        return mentions
    out = list(mentions)
    starts = [m.start for m in mentions]
    for bloc in _BLOC.finditer(text):
        index = bisect_left(starts, bloc.start())
        if index < len(starts) and starts[index] < bloc.end():
            continue  # already part of a name
        if (
            index < len(starts)
            and mentions[index].kind is MentionKind.IGO
            and _NAME_FOLLOWS.fullmatch(text, bloc.end(), starts[index])
        ):
            continue  # the bloc's own name follows
        named = next(
            (
                m
                for m in reversed(mentions[:index])
                if m.kind is MentionKind.IGO and m.code != "UNO"
            ),
            None,
        )
        if named is not None:
            out.append(Mention(bloc.start(), bloc.end(), bloc.group(0), named.entries[:1]))
    out.sort(key=lambda m: m.start)
    return out


def _within_limits(
    sentences: list[Sentence], limits: InputLimits
) -> tuple[list[Sentence], Truncation]:
    """The sentences the readers examine: the first ``max_sentences``, each cut to at most
    ``max_sentence_chars`` (at the last space of its second half, so no word is split
    there); the same list when nothing is over a limit, as in every real article seen."""
    most = limits.max_sentence_chars
    skipped = max(0, len(sentences) - limits.max_sentences)
    if skipped:
        sentences = sentences[: limits.max_sentences]
    cut = 0
    if any(s.end - s.start > most for s in sentences):
        kept = []
        for sentence in sentences:
            if sentence.end - sentence.start <= most:
                kept.append(sentence)
                continue
            head = sentence.text[:most]
            space = head.rfind(" ", most // 2)
            head = (head[:space] if space > 0 else head).rstrip()
            kept.append(
                Sentence(sentence.start, sentence.start + len(head), head, sentence.paragraph)
            )
            cut += 1
        sentences = kept
    if not (skipped or cut):
        return sentences, NOT_TRUNCATED
    return sentences, Truncation(sentences_skipped=skipped, sentences_cut=cut)


def _affiliation(doc: Document, title: Mention) -> str | None:
    """The country or IGO a title belongs to, from the words just before it."""
    # The last place or actor mention in the 60 characters before the title.
    first = bisect_left(doc._mention_starts, max(0, title.start - 60))
    end = bisect_left(doc._mention_starts, title.start)
    index = end
    while index > first:
        index -= 1
        prev = doc.mentions[index]
        if prev.end <= title.start and prev.entries[0].kind is not _TITLE:
            break
    else:
        return None
    gap = doc.text[prev.end : title.start]
    if index + 1 < end:  # other titles in a chain
        for other in doc.mentions_in(prev.end, title.start):
            gap = gap.replace(other.text, " ")
    rest = _TITLE_FILLER.sub(" ", gap).strip() if gap.strip() else ""  # mostly just " "
    if rest not in ("", "'s", "’s") and not _PORTFOLIO.fullmatch(gap):
        return None
    prev_kind = prev.entries[0].kind
    if " and " in gap and _OF_BEFORE.search(doc.text, max(0, prev.start - 8), prev.start):
        # "Sultan Hassanal Bolkiah of Brunei and Prime Minister Anwar Ibrahim": the state is
        # the one before's, the next title is another holder's
        return None
    if "," in gap and _OBJECT_BEFORE.search(doc.text, max(0, prev.start - 12), prev.start):
        # "stands firmly with Pakistan, foreign ministry spokesperson Mao Ning said": the
        # state ends its clause as the object of a preposition, it is not the title's
        return None
    if prev_kind is MentionKind.IGO and "," in gap:
        # "... the Collective Security Treaty Organization, Prime Minister Nikol Pashinyan
        # said": the organisation ends its clause, it is not the title's
        return None
    if (
        title.entries[0].code in _IGO_TITLES
        and prev_kind is MentionKind.COUNTRY
        and not rest
        and not any(e.kind is MentionKind.ADJECTIVE for e in prev.entries)
    ):
        return None  # "Syria envoy": the country is the envoy's subject; "U.S. envoy" is not
    if prev_kind in (
        MentionKind.ADJECTIVE,
        MentionKind.COUNTRY,
        MentionKind.METONYM,
        MentionKind.IGO,
        MentionKind.IGO_ADJECTIVE,
    ):
        return prev.entries[0].code
    return None


def _speaking_state(doc: Document, title: Mention) -> str | None:
    """The state or body that opens the sentence of a spokesperson's title, when it is the
    first actor the sentence names ("The State Department on Friday welcomed ..., spokesperson
    X said")."""
    sentence = doc.sentences[doc.sentence_index(title.start)]
    opening = sentence.start
    if doc.dateline is not None and sentence.start <= doc.dateline[1] <= title.start:
        opening = doc.dateline[1]  # "KINGSTOWN (Reuters) - The State Department ..."
    for mention in doc.mentions_in(opening, title.start):
        kind = mention.entries[0].kind
        if kind is _TITLE:
            continue
        if (
            kind in (MentionKind.COUNTRY, MentionKind.METONYM, MentionKind.ADJECTIVE)
            and _SUBJECT_OPENING.fullmatch(doc.text, opening, mention.start)
            # (a possessive only of a state organ: "Russia's foreign ministry", not
            # "Venezuela's decision was welcomed by ...")
            and (
                not doc.text.startswith(("'s", "’s"), mention.end)
                or _ORGAN_AFTER.match(doc.text, mention.end + 2) is not None
            )
        ):
            return mention.code
        return None
    return None


# Only an article before a sentence's subject: "The ", ""
_SUBJECT_OPENING = re.compile(r"\s*(?:The\s+|the\s+)?")
_ORGAN_AFTER = re.compile(
    r"\s+(?:foreign|defen[cs]e|interior|state|government|ministry|embassy|presidency|military"
    r"|army|mission)\b",
    re.IGNORECASE,
)


def _represented(doc: Document, title: Mention) -> str | None:
    """The state the clause says the title's holder represents ("Britain will be represented
    by Foreign Secretary X"): the last state named within 80 characters before the title,
    followed by "represented by"."""
    lo = max(0, title.start - 80)
    if "represented" not in doc.text[lo : title.start]:
        return None
    for mention in reversed(doc.mentions_in(lo, title.start)):
        kind = mention.entries[0].kind
        if kind in (MentionKind.COUNTRY, MentionKind.METONYM):
            if _REPRESENTED_BY_BEFORE.match(doc.text[mention.end : title.start]):
                return mention.code
            return None
        if kind is not _TITLE:
            return None
    return None


# The rest of a document's or a body's name after a title and one word: "General Security
# of Military Information Agreement" (not "the Emir Tamim of Qatar")
_DOCUMENT_NAME_AFTER = re.compile(
    r" of (?:[A-Z][\w-]*\s+){0,4}(?:Agreement|Treaty|Accord|Act|Pact|Convention|Protocol|Charter"
    r"|Directorate|Council|Committee|Commission|Information)\b"
)
_INNER_TITLES = frozenset({"President", "Minister", "Premier", "Chancellor"})


def _clean_name(name: str) -> str | None:
    name = _HONORIFIC.sub("", name).strip()
    if name.endswith(("Al", "Bin", "Bint")):  # the only names _TRAILING_PARTICLE can change
        name = _TRAILING_PARTICLE.sub("", name)
    tokens = name.split()
    if tokens and tokens[-1][-2:] in ("'s", "’s"):
        tokens[-1] = tokens[-1][:-2]  # "President Javier Milei's government"
    while tokens and tokens[-1] in _NOT_NAMES:
        tokens.pop()
    if (
        not tokens
        or tokens[0] in _NOT_NAMES
        or tokens[-1] in _BODY_NOUNS
        or (len(tokens) >= 3 and tokens[-1] in FACILITY_NOUNS)
        # "the chairperson of the African Union, Comoros President Azali Assoumani": a second
        # title, whose own holder the name after it is
        or any(token in _INNER_TITLES for token in tokens[1:])
    ):
        return None  # "General Intelligence Service": a body, not a person
    return " ".join(tokens)


# A counterpart of someone in a post of no state: "coach Vladimir Petkovic and his Congolese
# counterpart Sebastien Desabre" (not a "chairman" or a "boss": of joint chiefs, of spies)
_NO_OFFICIAL_BEFORE_COUNTERPART = re.compile(
    r"\b(?:coach|manager|captain|skipper)"
    r"\s+(?:[A-Z][\w'’-]+\s+){1,3}and\s+(?:his|her)\s+(?:[A-Z][\w'’-]+\s+){0,2}$"
)


def counterpart_of_no_official(text: str, start: int) -> bool:
    """Whether the "counterpart" at ``start`` is one of someone in a post of no state."""
    return _NO_OFFICIAL_BEFORE_COUNTERPART.search(text, max(0, start - 80), start) is not None


def _find_persons(doc: Document) -> None:
    text = doc.text
    for title in doc.mentions:
        if title.entries[0].kind is not _TITLE:
            continue
        if title.code == "Counterpart" and counterpart_of_no_official(text, title.start):
            continue  # "Algeria's coach Vladimir Petkovic and his Congolese counterpart": a coach
        held = _holder_of_country(doc, title)
        if held is not None:
            # "Minister of Energy of the Republic of Kazakhstan Almasadam Satkaliyev": the
            # state is the title's, the name follows it
            holder = Person(held[0], title.code, held[3], held[1], held[2])
            known = doc.persons.get(holder.name)
            if known is None or known.country_code is None:
                doc.persons[holder.name] = holder
            continue
        name_match = _NAME_AFTER_TITLE.match(text, title.end)
        if name_match is None and title.code in _ENVOY_TITLES:
            name_match = _NAME_AFTER_POSTING.match(text, title.end)
        if name_match is None and title.code in _REMIT_TITLES:
            name_match = _NAME_AFTER_REMIT.match(text, title.end)
        if name_match is not None and "\n" in name_match.group():
            name_match = None  # "Kenya expels Somali envoy" ends the headline: no name follows
        start = end = -1
        name: str | None = None
        if name_match is not None:
            name = _clean_name(name_match.group(1))
            start = name_match.start(1) + (name_match.group(1).find(name) if name else 0)
        if name is None:
            back = _name_in_apposition(text, title.start)
            if back is not None:
                name = _clean_name(back.group(1))
                start = back.start(1) + (back.group(1).find(name) if name else 0)
        end = start + len(name or "")
        if name is not None and text[end : end + 1] == "." and name.endswith(_ABBREVIATED):
            name, end = name + ".", end + 1  # "Ferdinand Marcos Jr."
        if name is None or _is_mention_span(doc, start, end) or len(name) < 3:
            continue
        if _ends_mention(doc, start):
            continue
        if name.split()[-1].endswith("-like"):
            continue  # "General Assembly-like debate"
        if " " not in name and _DOCUMENT_NAME_AFTER.match(text, end):
            continue  # "the General Security of Military Information Agreement": a name's words
        affiliation = _affiliation(doc, title) or _represented(doc, title)
        if affiliation == "COD" and known_official(name) == "COG":
            # "Congolese President Denis Sassou Nguesso": the demonym of both Congos, read as
            # the larger one's, and an official the actor dictionary gives to Brazzaville
            affiliation = "COG"
        if affiliation is None and title.code == "Senior Adviser":
            continue  # "Goldman Sachs senior adviser John Smith": a company's, no state's
        if affiliation is None and title.code in _IGO_TITLES:
            sentence = doc.sentences[doc.sentence_index(title.start)]
            igos = [
                m
                for m in doc.mentions_in(sentence.start, sentence.end)
                if m.kind in (MentionKind.IGO, MentionKind.IGO_ADJECTIVE)
            ]
            affiliation = igos[0].code if igos else None
            if affiliation is None and title.code == "European Commissioner":
                affiliation = "EUR"  # the Commission's member, whatever the sentence names
        if affiliation is None:
            # a senior official named in full without a nationality ("President Gustavo
            # Petro"): the state the actor dictionary gives (an office the text names wins:
            # "Luis Almagro, secretary-general of the OAS")
            affiliation = known_official(name)
            if (
                affiliation is not None
                and title.code in _GOVERNMENT_TITLES
                and doc.dateline_country not in (None, affiliation)
                and affiliation not in doc.country_counts
                # (a state named by its capital is named: "due in Washington ... for talks
                # with Secretary of State Antony Blinken")
                and not any(m.code == affiliation for m in doc.mentions)
            ):
                # "BOGOTA (Reuters) - ... Defence Minister Pedro Sanchez": a minister of the
                # story's state who shares a name with another state's leader, a state the
                # article never names
                affiliation = doc.dateline_country
        if affiliation is None:
            # "Koizumi, the first Japanese prime minister ever to visit North Korea": the text
            # says whose he is, later on
            affiliation = _appositive_nationality(doc, name)
        if affiliation is None and title.code == "Spokesperson":
            # "The State Department on Friday welcomed the declaration, spokesperson Matthew
            # Miller said": the speaking state's, the subject of the sentence
            affiliation = _speaking_state(doc, title)
        if (
            affiliation is None
            and title.code in _GOVERNMENT_TITLES
            and doc.dateline_country is not None
            and not _OTHER_POSSESSOR_BEFORE.search(text, max(0, title.start - 40), title.start)
        ):
            # Wire style names the nationality of foreign officials; an official without one
            # belongs to the country the story is filed from.
            affiliation = doc.dateline_country
        if (
            affiliation is None
            and title.code in _HEAD_TITLES
            and doc.dateline_country is not None
            and _MET_BY_A_GUEST_BEFORE.search(text, max(0, title.start - 30), title.start)
        ):
            # "NIAMEY (Reuters) - ... Tsivilev ... met Prime Minister Ali Mahamane Lamine
            # Zeine": a head of government the guest met, unknown abroad, is the host's (a
            # famous foreign leader is known by name above)
            affiliation = doc.dateline_country
        person = Person(name, title.code, affiliation, start, end)
        existing = doc.persons.get(name)
        if existing is None or (existing.country_code is None and affiliation is not None):
            doc.persons[name] = person
        partner = coordinated_partner(doc, person)
        if partner is not None:
            doc.persons.setdefault(partner.name, partner)
        honorific = _HONORIFIC_BEFORE.search(text[max(0, start - 12) : start])
        if honorific is not None:  # "Sheikh Mohammed", "Prince Faisal" in later mentions
            doc.persons.setdefault(f"{honorific.group(1)} {name.split()[0]}", person)
    _find_listed_officials(doc)
    _find_untitled_officials(doc)
    _find_possessive_people(doc)
    # "Prime Minister Kurti" after "Kosovo's Prime Minister Albin Kurti": the surname under a
    # title is the person named in full, not a new one without a country
    full_names: dict[str, Person] = {}
    shared: set[str] = set()  # surnames of two people named in full
    given_names: dict[str, Person | None] = {}  # None: a given name two people share
    for person in doc.persons.values():
        parts = person.name.split()
        if len(parts) > 1:
            known = full_names.setdefault(_surname(parts), person)
            if known.name != person.name:
                shared.add(_surname(parts))
            if len(parts) <= 3 and parts[0] not in _NAME_OPENERS:
                first = given_names.setdefault(parts[0], person)
                if first is not None and first.name != person.name:
                    given_names[parts[0]] = None
    for key, person in list(doc.persons.items()):
        if " " not in person.name:
            full = full_names.get(person.name)
            if full is None and person.country_code is None:
                # "President Samia" after "Tanzanian President Samia Suluhu Hassan"
                full = given_names.get(person.name)
            # ("Barrack, Washington's ambassador to Turkey," after "U.S. envoy Tom Barrack":
            # the same man, named by his title again; not one of two Sharifs)
            if full is not None and (
                person.country_code is None
                or (person.country_code == full.country_code and person.name not in shared)
            ):
                doc.persons[key] = full
    known_as = " known as " in doc.text
    given: set[str] = set()  # given names that name a person later on
    firsts = Counter(p.name.split()[0] for p in set(doc.persons.values()) if " " in p.name)
    tails: list[tuple[str, Person]] = []  # "Simons" of "Geerlings-Simons", after the surnames
    for person in list(doc.persons.values()):
        parts = person.name.split()
        surname = _surname(parts)
        for prefix in ("al-", "el-"):
            if surname.startswith(prefix):
                doc.persons.setdefault(surname[len(prefix) :].capitalize(), person)
                # "Al-Shaibani was later received": the article capitalised at a sentence start
                doc.persons.setdefault(prefix.capitalize() + surname[len(prefix) :], person)
        if len(parts) > 1:
            doc.persons.setdefault(surname, person)
            tail = _double_surname_tail(surname)
            if tail:
                tails.append((tail, person))
        if person.country_code in FAMILY_NAME_FIRST and 2 <= len(parts) <= 3:
            doc.persons.setdefault(parts[0], person)  # "Wang Yi" is "Wang" later on
        elif (
            person.country_code in GIVEN_NAME_FIRST
            and len(parts) == 2
            # (not a given name two people share, "Budi Gunawan" and "Budi Sadikin", nor a
            # word that opens many names, "Sri Mulyani")
            and firsts[parts[0]] == 1
            and parts[0] not in _NAME_OPENERS
        ):
            doc.persons.setdefault(parts[0], person)  # "Abiy Ahmed" is "Abiy" later on
            given.add(parts[0])
        elif (
            2 <= len(parts) <= 3
            and firsts[parts[0]] == 1
            and parts[0] not in _NAME_OPENERS
            and parts[0] not in doc.persons
            # (not a place's or a people's name: "Russian", "Jordan")
            and all(m.text != parts[0] for m in doc.mentions)
            and _used_alone(doc.text, parts[0])
        ):
            # "Tanzanian President Samia Suluhu Hassan ... Chapo and Samia held talks": an
            # article that names a person by the given name alone elsewhere means that person
            doc.persons[parts[0]] = person
            given.add(parts[0])
        for index in range(1, len(parts) - 2):
            if parts[index + 1] in _NAME_PARTICLES:
                # "Luiz Inacio Lula da Silva" is "Lula" later on: the name before "da"
                doc.persons.setdefault(parts[index], person)
        if known_as:
            _aliases(doc, person)
    for tail, person in tails:
        # (a surname of another person wins: "Martinez" is Carlos Martinez, not Ana
        # Perez-Martinez)
        doc.persons.setdefault(tail, person)
    if doc.persons:
        _index_person_mentions(doc, given)


# (a figure: "Jan 14"; a particle of a longer name: "Charles de Gaulle", "Ursula von der")
_FIGURE_NEXT = re.compile(
    r"\.?\s*\d|\s+(?:da|de|do|dos|das|del|della|di|du|la|le|van|von|bin|ibn)\s"
)
_NAME_WORD_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:President|Premier|Minister|Chancellor|Mr|Mrs|Ms|Dr)\.?\s)"
    r"[A-Z][\w'’-]*\.?\s$"
)


def _used_alone(text: str, first: str) -> bool:
    """Whether the given name ``first`` stands alone somewhere in ``text``: not followed by a
    capitalised word (the full name) nor part of a longer word."""
    start = text.find(first)
    while start >= 0:
        end = start + len(first)
        if (
            (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-'’"))
            and (end == len(text) or not (text[end].isalnum() or text[end] in "-'’"))
            and not _CAPITALISED_NEXT.match(text, end)
            and not _FIGURE_NEXT.match(text, end)  # "Jan 14" is January's
            # (not the end of a longer name: "the Khor Abdullah waterway"; a title may stand
            # before: "President Samia")
            and _NAME_WORD_BEFORE.search(text, max(0, start - 20), start) is None
        ):
            return True
        start = text.find(first, end)
    return False


# The name a person goes by: "Abdirahman Mohamed Abdullahi, known as Irro, met ..."
_KNOWN_AS_AFTER = re.compile(r",\s+(?:better\s+|popularly\s+)?known\s+as\s+([A-Z][\w'’-]+),")


def _aliases(doc: Document, person: Person) -> None:
    """The name ``person`` goes by, from "..., known as Irro," right after the name."""
    if person.end < 0:
        return
    alias = _KNOWN_AS_AFTER.match(doc.text, person.end)
    if alias is not None:
        doc.persons.setdefault(alias.group(1), person)


_LEADER_WORD_AFTER = re.compile(
    r"\s+(?:prime\s+minister|president|premier|leader|foreign\s+minister|chancellor"
    r"|head\s+of\s+(?:state|government))\b",
    re.IGNORECASE,
)


def _appositive_nationality(doc: Document, name: str) -> str | None:
    """The state of "Koizumi, the first Japanese prime minister ..." anywhere in the text:
    the nationality an apposition after the person's surname gives a leader's title."""
    surname = name.rsplit(maxsplit=1)[-1]
    text = doc.text
    pattern: re.Pattern[str] | None = None
    for mention in doc.mentions:
        if mention.kind is not MentionKind.ADJECTIVE:
            continue
        if not _LEADER_WORD_AFTER.match(text, mention.end):
            continue
        if surname not in text[max(0, mention.start - len(surname) - 40) : mention.start]:
            continue
        if pattern is None:
            pattern = re.compile(
                rf"\b{re.escape(surname)},\s+(?:the|a|an)\s+"
                r"(?:(?:first|second|third|last|new|former|then|current|only|late)\s+)?$"
            )
        if pattern.search(text, max(0, mention.start - len(surname) - 40), mention.start):
            return mention.code
    return None


def _double_surname_tail(surname: str) -> str:
    """The last part of a double surname, by which later mentions may name the person:
    "Simons" for "Jennifer Geerlings-Simons" ("" for another surname, nor "al-Assad")."""
    if surname.count("-") != 1:
        return ""
    head, tail = surname.split("-")
    if len(head) > 2 and len(tail) > 2 and head[0].isupper() and tail[0].isupper():
        return tail
    return ""


def _surname(parts: list[str]) -> str:
    """The last word of a name that later mentions use: "Marcos" of "Ferdinand Marcos Jr"."""
    if len(parts) > 1 and parts[-1].rstrip(".") in _NAME_SUFFIXES:
        return parts[-2]
    return parts[-1]


@cache
def _officials() -> dict[str, str]:
    return {
        folded_name(name): code
        for code, names in leader_lexicon().leaders.items()
        for name in names
    }


@cache
def _officials_automaton() -> ahocorasick.Automaton:
    """Every name of the actor dictionary as written (with and without its accents), and
    ``skip_keys`` for the characters no name begins with (their value names no one)."""
    codes: dict[str, str] = {}
    for code, names in leader_lexicon().leaders.items():
        for name in names:
            for written in name_spellings(name):
                codes.setdefault(written, code)
    automaton = ahocorasick.Automaton()
    for key in common_first([*codes, *skip_keys(codes)]):
        automaton.add_word(key, (key, codes[key]) if key in codes else ("", ""))
    automaton.make_automaton()
    return automaton


@cache
def _officials_lowered() -> tuple[ahocorasick.Automaton, tuple[str, ...]]:
    """The names of the actor dictionary lower-cased, in the pass over the lowered article
    that the readers' triggers share (values: their lengths), and the characters that end
    a stretch of the names' own walk (``stretches_around``): those no name holds."""
    keys = list(_officials_automaton().keys())  # (its skip keys too: they hold no end)
    automaton = ahocorasick.Automaton()
    for name in common_first({name.lower() for name, _ in _officials_automaton().values() if name}):
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    ends = stretch_ends(keys)
    return LOWER_TEXT_PASS.join(automaton), ends


def _officials_stretches(doc: Document) -> list[tuple[int, int]] | None:
    """The stretches of the text the actor dictionary's walk must read: around the places
    where a name of it occurs lower-cased in the lowered text (most articles: none). None:
    the whole text (when lower-casing changes a length or reads a letter's context, "Σ",
    a name lower-cased alone need not be the text's lower-cased)."""
    automaton, ends = _officials_lowered()
    lower = doc.str_lower
    if not ends or len(lower) != len(doc.text) or "\u03a3" in doc.text:
        return None
    found = LOWER_TEXT_PASS.matches(automaton, lower, doc.memo)
    return stretches_around(lower, (end_index + 1 - length for end_index, length in found), ends)


# Officials listed after their plural office, each with the state "of" which they are:
# "Defence ministers Chol Thon Balok of South Sudan and Jacob Oboth-Oboth of Uganda met", "The
# two foreign ministers, Nadezhda Kostova of Bulgaria and Timco Mucunski of North Macedonia,"
_PLURAL_OFFICES = {
    "foreign ministers": "Foreign Minister",
    "defence ministers": "Defence Minister",
    "defense ministers": "Defense Minister",
    "interior ministers": "Interior Minister",
    "trade ministers": "Trade Minister",
    "finance ministers": "Finance Minister",
    "energy ministers": "Energy Minister",
    "prime ministers": "Prime Minister",
    "presidents": "President",
}
_PLURAL_OFFICE = re.compile(
    r"\b(" + "|".join(_PLURAL_OFFICES) + r")\b(?:,\s+|\s+)(?=[A-Z])", re.IGNORECASE
)
# One item of the list: a name of two to four capitalised words, "of" and a state's name
_LISTED_OF = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+of\s+(?:the\s+)?(?=[A-Z])")
_LISTED_GOES_ON = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _find_listed_officials(doc: Document) -> None:
    """People listed after a plural office, each named with the state "of" which they are (the
    state a country mention right after "of")."""
    text = doc.text
    if " of " not in text:
        return
    lower = doc.str_lower
    if "ministers" not in lower and "presidents" not in lower:
        return
    for office in _PLURAL_OFFICE.finditer(text):
        title = _PLURAL_OFFICES[office.group(1).lower()]
        at = office.end()
        while True:
            item = _LISTED_OF.match(text, at)
            if item is None:
                break
            country = next(
                (
                    m
                    for m in doc.mentions_in(item.end(), item.end() + 40)
                    if m.start == item.end() and m.kind is MentionKind.COUNTRY
                ),
                None,
            )
            if country is None:
                break
            name = _clean_name(item.group(1))
            if name is not None and " " in name:
                known = doc.persons.get(name)
                if known is None or known.country_code is None:
                    start = item.start(1) + item.group(1).find(name)
                    doc.persons[name] = Person(name, title, country.code, start, start + len(name))
            more = _LISTED_GOES_ON.match(text, country.end)
            if more is None:
                break
            at = more.end()


def _find_untitled_officials(doc: Document) -> None:
    """Senior officials named in full without a title ("Gustavo Petro said ..."): people of
    the state the actor dictionary gives, like those named after a title. Not inside a
    longer name ("Mohammed bin Salman Al Saud" is one), nor one already found."""
    text = doc.text
    size = len(text)
    automaton = _officials_automaton()
    stretches = _officials_stretches(doc)
    matches = (
        automaton.iter_long(text)
        if stretches is None
        else (match for low, high in stretches for match in automaton.iter_long(text, low, high))
    )
    for end_index, (name, code) in matches:
        if not name:
            continue  # a skip key: the text holds its dead end
        end = end_index + 1
        start = end - len(name)
        if name in doc.persons:
            continue
        if (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’")) or (
            end < size and (text[end].isalnum() or text[end] == "-")
        ):
            continue
        if _NAME_CONTINUES_AFTER.match(text, end) or _NAME_BEFORE.search(
            text, max(0, start - 20), start
        ):
            continue  # part of a longer name the dictionary does not hold
        apposition = _APPOSITION_AFTER.match(text, end)
        if apposition is not None and not (
            # (a list of people each named by their state: "hosted Russia's Vladimir Putin,
            # Kazakhstan's Kassym-Jomart Tokayev and ...")
            apposition.group("possessive")
            and _STATES_PERSON_BEFORE.search(text, max(0, start - 30), start)
        ):
            continue  # "Mark Mitchell, a Canadian farmer,": the text says who this one is
        # "Prince Faisal bin Farhan" in the dictionary: the person is "Faisal bin Farhan"
        bare = _HONORIFIC.sub("", name)
        if bare != name and bare in doc.persons:
            continue
        doc.persons[bare] = Person(bare, None, code, end - len(bare), end)


# A person named by a state's possessive, the name ending its list item: "Honduras' Nasry
# Asfura, Costa Rica's Laura Fernández and ..."
_POSSESSIVE_NAME = re.compile(
    r"(?:'s|’s|'|’)\s+((?:[A-Z][\w'’.-]+)(?:\s+(?:[A-Z][\w'’.-]+|de|da|del|dos|la|al-\w+)){1,4})"
    r"(?=\s*(?:,|;|\.|\)|\band\b|$))"
)


def _find_possessive_people(doc: Document) -> None:
    """People each named by their state's possessive in a list of such people, one of them an
    official the text or the actor dictionary already knows: "signed by Guatemala's Bernardo
    Arévalo, Honduras' Nasry Asfura and Costa Rica's Laura Fernández" (a lone "Brazil's Vale
    Verde" is not enough to be a person)."""
    text = doc.text
    if "'" not in text and "’" not in text:
        return
    by_sentence: dict[int, list[tuple[str, str, int]]] = {}
    for mention in doc.mentions:
        if mention.kind is not MentionKind.COUNTRY or mention.code is None:
            continue
        found = _POSSESSIVE_NAME.match(text, mention.end)
        if found is None:
            continue
        if "'s " in found.group(1) or "’s " in found.group(1):
            continue  # another possessive: "Russia's Russia's Sergei Lavrov"
        name = _clean_name(found.group(1).rstrip("."))  # (the sentence's full stop)
        if name is None or " " not in name:
            continue
        start = found.start(1) + found.group(1).find(name)
        by_sentence.setdefault(doc.sentence_index(mention.start), []).append(
            (mention.code, name, start)
        )
    for items in by_sentence.values():
        if len(items) < 2 or not any(name in doc.persons for _, name, _ in items):
            continue
        for code, name, start in items:
            if name not in doc.persons:
                doc.persons[name] = Person(name, None, code, start, start + len(name))


_NAME_CONTINUES_AFTER = re.compile(r" (?:[A-Z][a-z]|al-|bin |de |da )")
_APPOSITION_AFTER = re.compile(
    r",\s+(?:(?:a|an|the)\s|(?P<possessive>[A-Z][\w-]*['’]s\s)|[A-Z][a-z]+(?:an|ese|ish|i)\s)"
)
_STATES_PERSON_BEFORE = re.compile(r"\b[A-Z][\w-]*['’]s\s+$")
# A capitalised word before a name continues it ("Omar Hassan Ahmad al-Bashir"), unless it
# is an honorific or a title word: "Professor Muhammad Yunus", "Chief Adviser Muhammad Yunus".
_NAME_BEFORE = re.compile(
    r"(?!(?:Professor|Adviser|Advisor|Sheikh|Sir|Dame|Lord|Lady|Imam|Dr|Mr|Mrs|Ms"
    r"|Chairman|Chairwoman|Chair|Leader|General|Marshal|Admiral|Colonel|Premier|President"
    r"|Minister|Secretary|Envoy|Ambassador|Governor|Senator|Speaker|Mayor|Judge|Commodore"
    r"|Commander|Brigadier|Major|Lieutenant|Captain|Prince|Princess|King|Queen|Emir|Sultan"
    r"|Chancellor"
    # ... or the last word of a long title: "President of the Republic Nikos Christodoulides",
    # "Minister of Foreign Affairs Jeyhun Bayramov", "Head of State Mamady Doumbouya"
    r"|Republic|State|Government|Affairs|Defence|Defense|Interior|Staff|Parliament|Assembly"
    r"|Council|Commission|Commissioner|Deputy|Vice|Foreign|Finance|Trade|Economy) )[A-Z][a-z]+ $"
)


@cache
def _officials_by_surname() -> dict[str, tuple[tuple[str, str], ...]]:
    """The actor dictionary's names by all but their first word: (first word, code) pairs."""
    found: dict[str, list[tuple[str, str]]] = {}
    for name, code in _officials().items():
        first, _, rest = name.partition(" ")
        if rest:
            found.setdefault(rest, []).append((first, code))
    return {rest: tuple(pairs) for rest, pairs in found.items()}


def known_official(name: str) -> str | None:
    """The state or organisation a senior official named in full served (``data/leaders.yaml``),
    for a title without a nationality: "President Gustavo Petro" is Colombia's. A first name
    that is the short or the long form of the listed one names the same official ("John
    Briceno" for "Johnny Briceno", "Chris Luxon" for "Christopher Luxon"), when only one state's
    official fits."""
    folded = folded_name(name)
    code = _officials().get(folded)
    if code is not None:
        return code
    first, _, rest = folded.partition(" ")
    codes = {
        code
        for listed, code in _officials_by_surname().get(rest, ())
        if _short_and_long(first, listed) or _short_and_long(listed, first)
    }
    return codes.pop() if len(codes) == 1 else None


# The endings of a pet form ("Johnny" of "John", "Tommy", "Robbie"); other short and long forms
# differ by a longer stretch ("Chris" and "Christopher", "Alex" and "Alexander"), not by a
# letter or two ("Simon" is not "Simone", "Helen" not "Helena", "Ron" not "Ronan").
_PET_ENDINGS = frozenset(
    "y ie ny nie ey my mie by bie dy die ty tie ky kie sy sie ly lie ry rie gy gie".split()
)


def _short_and_long(short: str, long: str) -> bool:
    """Whether ``long`` is a pet or full form of the first name ``short``."""
    if len(short) < 3 or len(long) <= len(short) or not long.startswith(short):
        return False
    extra = long[len(short) :]
    # (a pet form of a short name only: "Stephanie" is no pet form of "Stephan")
    return (len(short) <= 4 and extra in _PET_ENDINGS) or (len(short) >= 4 and len(extra) >= 4)


# "Fiji's Prime Minister Sitiveni Rabuka and New Zealand's Christopher Luxon": a second
# leader whose title the first one's stands for, named after a nationality.
_AND_THEN = re.compile(r"\s+and\s+")
_PARTNER_NAME = re.compile(rf"(?:['’]s)?\s+({_NAME})(?=\s+[a-z]|[,.;:])")


def coordinated_partner(doc: Document, person: Person) -> Person | None:
    """The person coordinated with a titled one by "and", named after a nationality of their
    own and without a title, holding the same title for that country."""
    text = doc.text
    link = _AND_THEN.match(text, person.end)
    if link is None or person.title is None:
        return None
    index = bisect_left(doc._mention_starts, link.end())
    if index >= len(doc.mentions) or doc.mentions[index].start != link.end():
        return None
    nationality = doc.mentions[index]
    if nationality.kind not in (MentionKind.COUNTRY, MentionKind.ADJECTIVE):
        return None
    if nationality.code == person.country_code:
        return None
    match = _PARTNER_NAME.match(text, nationality.end)
    if match is None or (
        index + 1 < len(doc.mentions) and doc.mentions[index + 1].start < match.end(1)
    ):
        return None  # "and Kenya's Foreign Minister ...": a title or a place, not a bare name
    name = _clean_name(match.group(1))
    if name is None or " " not in name:
        return None
    start = match.start(1) + match.group(1).find(name)
    return Person(name, person.title, nationality.code, start, start + len(name))


def _holder_of_country(doc: Document, title: Mention) -> tuple[str, int, int, str] | None:
    """The holder named after "<title> of the <state>" (press-release style: "President of
    the Republic of Uzbekistan Shavkat Mirziyoyev", "Minister of Energy of the Kyrgyz Republic
    Taalaibek Ibraev"): name, start, end and the state's code."""
    text = doc.text
    if not text.startswith(" of ", title.end):  # (the literal first)
        return None
    portfolio = _OF_PORTFOLIO.match(text, title.end)
    if portfolio is None:
        return None
    for mention in doc.mentions_in(portfolio.end(), portfolio.end() + 60):
        if mention.start == portfolio.end() and mention.kind is MentionKind.COUNTRY:
            break
    else:
        return None
    name_match = _NAME_AFTER_STATE.match(text, mention.end)
    if name_match is None or "\n" in name_match.group():
        return None
    name = _clean_name(name_match.group(1))
    if name is None or len(name) < 3 or name.split()[0] in _SERVICE_BRANCHES:
        return None  # ("of the Republic of Korea Army General Park An-su": the army's rank)
    start = name_match.start(1) + name_match.group(1).find(name)
    return name, start, start + len(name), mention.code


# "of Energy of the", "of Foreign Affairs of the", "of the": a portfolio, then the state
_OF_PORTFOLIO = re.compile(
    r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?\s+of\s+(?:the\s+)?"
)
_SERVICE_BRANCHES = frozenset(
    "Army Navy Air Armed Coast Marine Marines Police Border National Defence Defense".split()
)
_NAME_AFTER_STATE = re.compile(rf"{_RANKS_BEFORE_NAME}\s+({_NAME_WITH_INITIALS})")


def _name_in_apposition(text: str, title_start: int) -> re.Match[str] | None:
    """The name before "..., Russia's foreign minister": ``_NAME_BEFORE_APPOSITION`` up to the
    title, searched only when it can match.

    Neither a name nor what follows its comma holds a comma, so the comma is the last one
    before the title, and what follows it must match the tail alone: two cheap tests that
    rule out most titles before the costly search.
    """
    lo = max(0, title_start - 80)
    comma = text.rfind(",", lo, title_start)
    if comma < 0 or _AFTER_APPOSITION_COMMA.match(text, comma + 1, title_start) is None:
        return None
    return _NAME_BEFORE_APPOSITION.search(text, lo, title_start)


def _ends_mention(doc: Document, offset: int) -> bool:
    """Whether a place or actor mention starting at most 80 characters before ``offset``
    ends with the character at ``offset``."""
    first = bisect_left(doc._mention_starts, max(0, offset - 80))
    last = bisect_right(doc._mention_starts, offset)
    return any(
        m.end == offset + 1 and m.entries[0].kind is not _TITLE for m in doc.mentions[first:last]
    )


_PLACE_KINDS = (MentionKind.CITY, MentionKind.METONYM)


def _inside_a_place(doc: Document, start: int, end: int) -> bool:
    """Whether a longer place mention (a city's name, not a title) holds ``text[start:end]``."""
    first = bisect_left(doc._mention_starts, max(0, start - 80))
    last = bisect_right(doc._mention_starts, start)
    return any(
        m.end >= end and (m.start, m.end) != (start, end) and m.entries[0].kind in _PLACE_KINDS
        for m in doc.mentions[first:last]
    )


def _is_mention_span(doc: Document, start: int, end: int) -> bool:
    """Whether some mention covers exactly ``text[start:end]``."""
    index = bisect_left(doc._mention_starts, start)
    while index < len(doc.mentions) and doc._mention_starts[index] == start:
        if doc.mentions[index].end == end:
            return True
        index += 1
    return False


def _index_person_mentions(doc: Document, given: set[str]) -> None:
    """Every mention of a known person; a given name only where no capitalised word follows
    ("Sri" of "Sri Lanka" is no "Sri Mulyani")."""
    text = doc.text
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
        key = text[start:end]
        if key in given and _CAPITALISED_NEXT.match(text, end):
            continue
        if key != doc.persons[key].name and _inside_a_place(doc, start, end):
            continue  # "Pena visits La Paz": the city's "Paz", not Rodrigo Paz
        doc._person_hits.append((start, end, doc.persons[key]))
    doc._person_starts = [hit[0] for hit in doc._person_hits]
