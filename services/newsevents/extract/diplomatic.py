"""Diplomatic events (PLOVER categories) from an analysed article.

Flow inside this module: find trigger phrases (one automaton pass) → keep the
sentences that have one → for each trigger read its clause: status (future,
cancelled, negated, hypothetical, habitual, historical), the event's own place
and date, and its parties (people with titles, states, capitals used as
metonyms, organizations, groups expanded where the text names their members;
reporters and absentees left out) → merge the mentions that describe one event
(same place or date, the same parties, or an anaphoric "the talks") → records
with evidence spans.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from copy import copy
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import cache, lru_cache
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
from newsevents.extract.document import Document, Person, counterpart_of_no_official
from newsevents.extract.patterns import (
    COMMON_NOUN_AFTER,
    LOWER_TEXT_PASS,
    Guard,
    GuardSet,
    caseless,
    fold,
    foldable,
    longest_matches,
    may_hold,
    phrase_automaton,
    phrase_guard,
    phrase_regex,
    word_start_alternation,
)
from newsevents.extract.text import Sentence
from newsevents.lexicon import (
    IGO_CODES,
    DiplomaticLexicon,
    Trigger,
    actor_lexicon,
    diplomatic_lexicon,
    title_lexicon,
)
from newsevents.normalize.dates import (
    MONTH_NAMES,
    MONTH_NUMBERS,
    WEEKDAY_NUMBERS,
    DateMention,
    Tense,
)
from newsevents.normalize.gazetteer import (
    REGION_CONTINENTS,
    City,
    Gazetteer,
    Mention,
    MentionKind,
    gazetteer,
)
from newsevents.normalize.numbers import parse_single

# Enum members read in the hot loops, bound once: on Python 3.11 ``MentionKind.CITY`` is a
# lookup through the enum's metaclass, about ten times slower than reading a global.
_ATTENDANCE_CONFIRMED = Attendance.CONFIRMED
_ATTENDANCE_INVITED = Attendance.INVITED
_ATTENDANCE_UNCONFIRMED = Attendance.UNCONFIRMED
_STATUS_CANCELLED = EventStatus.CANCELLED
_STATUS_OCCURRED = EventStatus.OCCURRED
_STATUS_PROPOSED = EventStatus.PROPOSED
_STATUS_SCHEDULED = EventStatus.SCHEDULED
_STATUS_UNKNOWN = EventStatus.UNKNOWN
_TYPE_ACCUSE = EventType.ACCUSE
_TYPE_AGREE = EventType.AGREE
_TYPE_CONSULT = EventType.CONSULT
_TYPE_SANCTION = EventType.SANCTION
_TYPE_COOPERATE = EventType.COOPERATE
_TYPE_REJECT = EventType.REJECT
_TYPE_REQUEST = EventType.REQUEST
_TYPE_RETREAT = EventType.RETREAT
_TYPE_AID = EventType.AID
_TYPE_THREATEN = EventType.THREATEN
_TYPE_CONCEDE = EventType.CONCEDE
_TYPE_SUPPORT = EventType.SUPPORT
_KIND_ADJECTIVE = MentionKind.ADJECTIVE
_KIND_CITY = MentionKind.CITY
_KIND_COUNTRY = MentionKind.COUNTRY
_KIND_GROUP = MentionKind.GROUP
_KIND_IGO = MentionKind.IGO
_KIND_IGO_ADJECTIVE = MentionKind.IGO_ADJECTIVE
_KIND_METONYM = MentionKind.METONYM
_KIND_PEOPLE = MentionKind.PEOPLE
_KIND_REGION = MentionKind.REGION
_KIND_TITLE = MentionKind.TITLE
_PARTICIPANT_ORGANIZATION = ParticipantKind.ORGANIZATION
_PARTICIPANT_PERSON = ParticipantKind.PERSON
_PARTICIPANT_STATE = ParticipantKind.STATE

_BLOCK = "block"
_IGO_TITLES = frozenset(t.canonical for t in title_lexicon().titles if t.igo)

# -- clause structure ------------------------------------------------------------------------
# Clause breaks, read as six alternatives:
#   ;  |  ,?\s+but\s+  |  ,\s+(?:while|although|...|according)\b
#   |  \s(?:after|before|...|following)\s
#   |  (?<!such)(?<!well)\s+as\s+(?!well\b|...)   ("..., as shelling resumed", not "as well
#      as", "such as", "as many as")
#   |  ,\s+and\s+(?=... verb)   (", and talks in Jeddah that had been due": a new subject with
#      its own verb)
# written with their first character pulled out in front as a character class, so that the
# regex engine jumps from one candidate character to the next instead of trying six
# alternatives at every position, and with cheap lookaheads before the costly tests (about
# three times faster, same matches: tests/unit/test_fast_patterns.py).
_CLAUSE_BREAK = re.compile(
    r"[;,\s](?:"
    r"(?<=;)"
    r"|(?<=,)\s+(?:but\s+"
    # "Kyodo said Motegi had raised the issue ..., and that Cho expressed support": a second
    # thing reported
    r"|and\s+that\s+"
    r"|(?:while|although|though|whereas|because|which|when|indicating|saying|adding|according)\b"
    r"|and\s+(?=(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:were|was|is|are|will|had|has|have|would|could|said|says)\b))"
    r"|(?<=\s)(?=[\sabdfw])(?:\s*but\s+"
    r"|(?:after|before|because|while|although|whereas|despite|following)\s"
    r"|(?=\s*as\s)(?<!such\s)(?<!well\s)\s*as\s+"
    r"(?!well\b|part\b|many\b|much\b|soon\b|long\b|a\b|an\b|if\b))"
    r")",
    re.IGNORECASE,
)
# "... said her government regretted it but accused Mexico of ...": the verb after "but"
# has the main clause's subject.
_BUT_BREAK = re.compile(r"\bbut\s+$", re.IGNORECASE)
_ADJUNCT_BREAK = re.compile(r"\b(?:after|before|while|following)\s+$", re.IGNORECASE)
_DIRECTION_WORD = (
    r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern"
    r"|north-?western|south-?eastern|south-?western)"
)
_DIRECTION = r"(?:" + _DIRECTION_WORD + r"\s+)?"
# (The window patterns below run on every name: each word's word-start test follows its
# first letter, "\b(?:in|at)" written "(?:i(?<!\w.)n|a(?<!\w.)t)", so that the engine tests
# a letter before the boundary: the same matches, at less cost.)
_LOCATIVE_BEFORE = re.compile(
    # (not "called in Eswatini's high commissioner": an envoy summoned)
    r"(?:(?:i(?<!\w.)(?<!called\s.)(?<!calls\s.)(?<!calling\s.)(?:n|nside)|a(?<!\w.)t|n(?<!\w.)ear|o(?<!\w.)(?:utside|n\s+the\s+outskirts\s+of)"
    r"|h(?<!\w.)(?:osted\s+in|eld\s+in))"
    r"\s+(?:the\s+)?"
    + _DIRECTION
    + r"(?:(?:[\w-]+\s+){0,3}?(?:city|town|village|capital|port|resort|region|province)\s+of\s+)?)$",
    re.IGNORECASE,
)
_BOTH_COUNTRIES = re.compile(
    r"\b(?:both|the\s+two)\s+(?:countries|governments|nations|states|sides|neighbours|neighbors)\b",
    re.IGNORECASE,
)
# What a ceasefire's terms say right after "agreed that": the firing or fighting stops.
_CEASEFIRE_TERMS = re.compile(
    r"\s+(?:that\s+)?(?:all\s+)?(?:firing|fighting|hostilities)\b[^.;]{0,100}?\b(?:would|will|should|must)"
    r"\s+(?:stop|cease|end|halt)\b"
)
_WITNESSED_BY = re.compile(r"\b(?:witnessed\s+by|in\s+front\s+of|in\s+the\s+presence\s+of)\b")
# What an act is "on", a common noun, then "and" before a name: "press Xi on trade and Russia"
# (case-sensitive: not "called on Algeria and Mali", "sanctions on Russia and Belarus"; nor
# after a trigger's own "on": "called on the warring parties and Iran", "sanctions on shipping
# firms and Iran's oil ministry").
_ON_SUBJECT_AND_BEFORE = re.compile(
    r"(?<!\bcall\s)(?<!\bcalls\s)(?<!\bcalled\s)(?<!\bcalling\s)(?<!\bsanctions\s)"
    r"(?<!\bsanction\s)(?<!\btariffs\s)(?<!\bembargo\s)\bon\s+(?:[a-z][\w-]*\s+){1,3}and\s+$"
)
# A place named as the attribute of a common noun after "in a" / "at an": "talks at a Geneva
# hotel" (not "in a Washington Post interview").
_LOCATIVE_ARTICLE_BEFORE = re.compile(r"\b(?:in|at)\s+an?\s+$", re.IGNORECASE)
# "withdrew from the southern Lebanese town of Khiam": where a withdrawal happens.
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?"
    + _DIRECTION
    + r"(?:(?:[\w-]+\s+){0,3}(?:city|town|village|region|province|area|district|base|port)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)
_TRAVEL_BEFORE = re.compile(
    r"(?:t(?<!\w.)ravel\w*|f(?<!\w.)l(?:y|ew|ies|ying)|h(?<!\w.)ead(?:s|ed|ing)?|w(?<!\w.)ent"
    r"|g(?<!\w.)o(?:es|ing)?|a(?<!\w.)rriv\w*)\s+"
    r"(?:to|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DESTINATION_BEFORE = re.compile(
    r"(?:t(?<!\w.)(?:ravel\w*|rip|o)|f(?<!\w.)l(?:y|ew|ies|ying)|h(?<!\w.)ead\w*"
    r"|g(?<!\w.)o(?:es|ing)?|w(?<!\w.)ent|a(?<!\w.)rriv\w*|v(?<!\w.)isit\w*"
    r"|c(?<!\w.)(?:ame|ome|oming))\s+(?:to\s+|in\s+|into\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_TOPIC_BEFORE = re.compile(
    r"(?:(?:o(?<!\w.)(?:n|ver)|a(?<!\w.)bout|r(?<!\w.)egarding|c(?<!\w.)oncerning)\s+(?:the\s+)?"
    r"(?:(?:future|fate|status)\s+of\s+)?$"
    r"|(?:w(?<!\w.)ar|c(?<!\w.)(?:risis|onflict|ampaign|lashes)|f(?<!\w.)ighting"
    r"|v(?<!\w.)iolence|s(?<!\w.)(?:ituation|iege|trikes)|b(?<!\w.)(?:loodshed|ombing|attle)"
    r"|t(?<!\w.)ensions?|a(?<!\w.)(?:ssault|id)|o(?<!\w.)(?:ffensive|perations|ccupation)"
    r"|p(?<!\w.)eace|h(?<!\w.)umanitarian\s+situation|i(?<!\w.)(?:nvasion|mports?)"
    r"|e(?<!\w.)xports?)"
    r"\s+(?:in|on|over|for|to|against|of)\s+(?:the\s+)?"
    + _DIRECTION
    + r"(?:\w+\s+(?:city|town)\s+of\s+)?$"
    # the area a ceasefire covers ("a ceasefire in eastern Congo"; "a ceasefire in Moscow" is
    # where it was agreed)
    r"|(?:c(?<!\w.)easefire|t(?<!\w.)ruce)\s+(?:in|for|across|along)\s+(?:the\s+)?"
    + _DIRECTION_WORD
    + r"\s+$"
    # "condemned the strikes without naming the United States or Israel"
    r"|w(?<!\w.)ithout\s+(?:naming|mentioning)\s+(?:[\w.'’-]+\s+){0,4}$"
    # "pressed Xi on China's ties with Russia": a named state's ties with another are a subject
    # (not "severing its own ties with Quito": the act's)
    r"|['’]s\s+(?:[\w-]+\s+)?(?:ties|relations|relationship|links)\s+with\s+"
    r"(?:the\s+)?$)",
    re.IGNORECASE,
)
# A name used as a modifier of these nouns names a subject, not a party: "the Taiwan question".
_ATTRIBUTIVE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:peace\s+)?(?:question|issue|crisis|war|conflict|talks|ceasefire|truce|deal|policy"
    r"|strait|file|dossier|envoy|situation|front|problem|dispute|conference|summit"
    # "the Afghan border", but "Tajikistan's border service" is an agency of the state
    r"|border(?!\s+(?:service|guards?|police|troops|forces|force|agency|officials?|authorities"
    r"|patrol|security|committee|department))"
    r"|agreement|members?|membership|allies|ally|region|people|refugees|aid|grain|shipping"
    r"|corridor|process|file|sanctions|tensions|negotiations|accession|bid)\b"
    # ... and the subject of what was discussed: "whether Afghanistan was discussed"
    r"|^\s+(?:was|were|is|are|had\s+been|has\s+been|would\s+be|will\s+be)\s+(?:also\s+)?"
    r"(?:discussed|raised|on\s+the\s+agenda)\b",
    re.IGNORECASE,
)
_DIRECTIONS = frozenset(
    "north south east west central northern southern eastern western north-eastern northeastern"
    " north-western northwestern south-eastern southeastern south-western southwestern".split()
)
# Cheap guards for the patterns anchored at the end of a window: the last word must be one
# of these, or the (slower) pattern cannot match.
_LOCATIVE_LAST = frozenset({"in", "at", "near", "outside", "inside", "the", "of"}) | _DIRECTIONS
_TOPIC_LAST = (
    frozenset(
        {
            "on",
            "over",
            "about",
            "regarding",
            "concerning",
            "the",
            "of",
            "in",
            "for",
            "to",
            "against",
            "naming",
            "mentioning",
            "or",
            "and",
            "with",
        }
    )
    | _DIRECTIONS
)
_TRAVEL_LAST = frozenset(
    {"to", "in", "into", "at", "the", "visit", "visits", "visited", "visiting"}
)


def _last_word(window: str) -> str:
    parts = window.rsplit(None, 1)
    return parts[-1].lower() if parts else ""


_ANAPHORIC_NOUN = re.compile(
    r"\b(?:the|these|those|both|this|that|such|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_EXTENDED_BEFORE = re.compile(
    r"\b(?:to|and)\s+(?:extend|renew|prolong)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A ceasefire the sides agree again to keep: 'agreed to "strictly observe" the ceasefire',
# "agreed on Tuesday to respect the truce" (not "called on both sides to respect the ceasefire")
_AGREED_TO_KEEP_BEFORE = re.compile(
    r"\bagreed\s+(?:[\w,]+\s+){0,4}?to\s+[\"“]?(?:(?:strictly|fully)\s+)?"
    r"(?:observe|respect|uphold|honou?r|abide\s+by|adhere\s+to|restore|maintain)[\"”]?\s+"
    r"(?:the|their|its)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# An actor's name and a verb of the past after "the": "The EU imposed (new sanctions)", "The US
# announced (sanctions on)"
_ACTOR_VERB_AFTER = re.compile(
    r"\s+(?:imposed|announced|adopted|approved|agreed|slapped|unveiled|introduced|levied"
    r"|decided|ordered)\s+$"
)


def _subject_verb_before(doc: Document, text: str, determiner: int, start: int) -> bool:
    """Whether ``text[determiner:start]`` is "the", an actor's name and a verb of the past."""
    for mention in doc.mentions_in(determiner, start)[:1]:
        return (
            text.find(" ", determiner, mention.start) >= 0
            and not text[text.find(" ", determiner, mention.start) : mention.start].strip()
            and _ACTOR_VERB_AFTER.fullmatch(text, mention.end, start) is not None
        )
    return False


# "the next summit", "their previous meeting", "the last round of talks": not the one told
_ANOTHER_ONE_BEFORE = re.compile(
    r"\b(?:next|previous|last|upcoming|following)\s+(?:(?:[\w-]+\s+){0,2}?(?:of\s+))?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# Between a request and what it asks for: "urged North Korea to (call off)".
_ASKED_TO = re.compile(r"\s+(?:[\w'’.-]+\s+){0,6}?to\s+")
_HOLD_THEIR_BEFORE = re.compile(
    r"\b(?:held|hold|holds|holding|opened|open|opens)\s+(?:their|its)\s+(?:[\w-]+\s+){0,2}$"
    # "Sultan Hassanal Bolkiah and Prime Minister Anwar Ibrahim held the 27th Annual Leaders'
    # Consultation": those named before hold it
    # (not "holds the key to the talks", "held the upper hand in the talks")
    r"|\b(?:held|hold|holds|holding)\s+the\s+"
    r"(?:(?!(?:to|of|in|at|on|for|with|over|during|key|upper|hand|line)\b)[\w'’-]+\s+){0,4}$"
)
# Consultations told as held (not "to let the envoy meet"): a summit named after them with
# "before the" is their time reference.
_HELD_FORMS = frozenset(("met", "held talks", "visited", "hosted", "received", "talked"))
_ALSO_BEFORE = re.compile(r"\balso\s+$", re.IGNORECASE)
# ... unless what follows plans them: "the start of talks ... would be delayed"
_PLAN_WORDS = re.compile(
    r"\b(?:would|will|could|may|might|delayed|postponed|planned|scheduled|expected)\b"
)
_MOMENT_OF_BEFORE = re.compile(
    r"\b(?:at|after|during)\s+the\s+(?:start|end|opening|close|outset|conclusion|beginning)"
    r"\s+of\s+(?:the\s+(?:[\w'’-]+\s+){0,2})?$",
    re.IGNORECASE,
)
# A spell of talks: "after a morning of", "following two days of", "after hours of"
_SPELL_OF_BEFORE = re.compile(
    r"\b(?:after|following)\s+(?:a|an|two|three|four|five|several|many|\d+)?\s*"
    r"(?:(?:long|full|marathon|tense|intense|closed-door|lengthy)\s+)?"
    r"(?:mornings?|afternoons?|days?|nights?|evenings?|hours|weeks?|rounds?)\s+of\s+$",
    re.IGNORECASE,
)
_TIME_REFERENCE_BEFORE = re.compile(
    r"\b(?:before|after|ahead\s+of|following|prior\s+to)\s+(?:the|a|an|this|last|its|their)"
    r"\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:before|after|ahead\s+of|since|following|until|prior\s+to|during|at|on\s+the\s+sidelines\s+of"
    r"|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)"
    r"\s+(?:the|a|an|last|this|next|its|their)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "at a meeting of their commission": an event introduced where the news happens (not a
# cabinet's, a party's or the border guards' "flag meeting", nor "during a visit ... in
# February", the setting of an older act).
_AT_A_NEW_EVENT_BEFORE = re.compile(
    r"(?<!\blast\s)(?<!\bfirst\s)\bat\s+an?\s+(?!(?:[\w-]+\s+){0,2}?(?:cabinet|party|flag|board"
    r"|staff|shareholders?|parliamentary|caucus|press|news|security|conference|assembly"
    r"|council|forum|g\d+|g-\d+)\b)(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "last met at a G20 summit in Bali a year ago": a meeting of the past, a setting
_PAST_MEETING_IN = re.compile(
    r"\b(?:ago|last\s+year|previous|earlier\s+this\s+year)\b", re.IGNORECASE
)
_SPEECH_VERB = re.compile(
    word_start_alternation(
        "said says told announced announces stated reported confirmed added noted relayed"
        " tweeted wrote shared claimed denied denies quoted".split()
    )
    + r"\b"
)
# Words that may stand between a name and its speech verb: "Kremlin spokesman Dmitry Peskov said".
_SPEAKER_WORDS = frozenset(
    "'s ’s , spokesman spokeswoman spokesperson foreign defence defense interior ministry minister"
    " official officials president prime secretary state media news agency office army military"
    " government broadcaster television tv press chief also has had have later earlier officially"
    " that".split()
)
_REPORTER_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_ABSENCE = re.compile(
    r"\b(?:did\s+not|didn't|will\s+not|won't|would\s+not|declined\s+to|refused\s+to)\s+(?:attend|take\s+part|participate|join)"
    # "Russia did not send a delegation" (not "Iran, which did not send a delegation last year,")
    r"|(?<!which\s)(?<!who\s)\b(?:did\s+not|didn't)\s+send\s+(?:a\s+)?(?:delegation|representative|envoy)"
    r"|\bstay(?:ed|s)?\s+away|\bsent\s+no\s+delegation|\bwas\s+absent|\bwere\s+absent|\bskipped\b",
    re.IGNORECASE,
)
# The clause patterns below run only where their guard finds one of these words (see Guard).
_ABSENCE_GUARD = Guard(["attend", "part", "join", "away", "delegation", "absent", "skipped"])
_HABITUAL = re.compile(
    r"\b(?:repeatedly|routinely|regularly|frequently|often|long\s+accused|has\s+long|have\s+long"
    # ("in the past week", "in the past 24 hours": a span of the news, no habit)
    r"|in\s+the\s+past(?!\s+(?:\w+\s+)?(?:weeks?|weekends?|fortnight|months?|years?|days?|hours?"
    r"|decades?|few|several|\d))|previously|for\s+years|for\s+decades"
    r"|(?:has|have)\s+(?:always|consistently))\b",
    re.IGNORECASE,
)
_RELATIVE_OPENS = re.compile(r",\s+(?:whose|which|who)\b")
# Travellers who are many people, not an official: "thousands of Tongans already travel to",
# "hundreds of pilgrims flew to", "many workers head to"
_CROWD_NOUNS = (
    r"workers|tourists|migrants|pilgrims|students|fans|refugees|residents|citizens|nationals"
    r"|people|families|travell?ers|visitors|labou?rers|traders|fishermen|supporters|passengers"
)
_CROWD_BEFORE = re.compile(
    r"\b(?:(?:[Tt]housands|[Hh]undreds|[Mm]illions|[Dd]ozens|[Ss]cores)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:[A-Z][a-z]+s|" + _CROWD_NOUNS + r")"
    # (a plain "most" or "many" only with people's nouns: not "Most EU Commissioners")
    r"|(?:[Mm]any|[Mm]ost|[Mm]ore)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + _CROWD_NOUNS + r"))"
    r"\s+(?:\w+\s+){0,2}$"
)
_HABITUAL_GUARD = Guard(
    "repeatedly routinely regularly frequently often long past previously years decades always"
    " consistently".split()
)
# Rounds of talks counted in the perfect: "have since held several rounds of", "has held
# three rounds of" (unless the latest is told: "the latest in Muscat on Wednesday")
_LATEST_ROUND_AFTER = re.compile(
    r"\b(?:the\s+(?:latest|last|most\s+recent)|this\s+week|yesterday|today|on\s+(?:Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
_ROUNDS_HELD_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:since\s+|already\s+|so\s+far\s+)?held\s+"
    r"(?:several|many|numerous|multiple|a\s+series\s+of|a\s+number\s+of|two|three|four|five|six"
    r"|seven|eight|nine|ten|\d+|dozens\s+of)\s+(?:rounds|sessions)\s+of\s+(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
# "has sanctioned", "has been holding" (talks ... since last year): a running process
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_REASON_YEAR = re.compile(
    r"\b(?:over|for|after|following|since)\s+(?!(?:[\w'’-]+\s+){0,8}?(?:who|which|that)\b)"
    r"(?:[\w'’-]+\s+){0,8}?((?:19|20)\d\d)\b"
)
_NEW_ONES = re.compile(r"\b(?:new|fresh|additional|further|more)\b", re.IGNORECASE)
# What a denial says did not happen: "denied on Friday that Malaysia had held any talks with
# North Korean officials" (the subject between the denial and the event, within a clause).
_DENIED_THAT = re.compile(r"(?:\s+[\w']+){0,3}?\s+that\s+[^,;:()\x22\u201c]{1,60}$")
_DENIALS = frozenset({"denied", "denies", "deny", "denying"})
# A negated verb's longer object: "did not sign a defence cooperation agreement"
_NEGATED_SIGNING = re.compile(
    r"\s+(?:sign|reach|conclude|strike|seal|finalise|finalize)\s+(?:an?|the|any)\s+"
    r"(?:[\w'’-]+\s+){0,5}"
)
# A verb coordinated after a clause: '..., but not enough," and called on', or after a quote
# that closes one: 'that it "rejects the outcome of a meeting on which it was not consulted"
# and accused Kenya'
_COORDINATED_VERB_BEFORE = re.compile(r"(?:[,;][\"”’]?|[\"”])\s+and\s+(?:also\s+)?$")
_QUOTE_MARKS = frozenset('"“”')


def _coordinated_after(text: str, negation_end: int, start: int) -> bool:
    """The trigger at ``start`` is a verb coordinated after the clause a negation ending at
    ``negation_end`` stands in: not when a whole quote lies between them ('would not "react in
    haste" and expel': the negation governs both verbs)."""
    found = _COORDINATED_VERB_BEFORE.search(text, negation_end, start)
    if found is None:
        return False
    if text[found.start()] in ",;":
        return True
    return sum(c in _QUOTE_MARKS for c in text[negation_end : found.end()]) < 2


# Talks or a deal that someone turned down being asked or offered: "turned down a request from
# Prime Minister Manasseh Sogavare for a meeting", "rejected an Emirati offer of talks", "has
# rejected repeated Emirati offers to host talks" (the rejection is the event).
# (a clause span, ``facts.spans("rejected_asks")``; the trigger within 80 characters after)
_REJECTED_ASK = re.compile(
    r"\b(?:rejected|rejects|rejecting|turned\s+down|turns\s+down|turning\s+down|declined"
    r"|declines|refused|refuses|spurned|rebuffed)\s+(?:[\w'’.-]+\s+){0,5}?(?:requests?|offers?"
    r"|invitations?|calls?|proposals?|appeals?|overtures?)\b",
    re.IGNORECASE,
)
_REJECTED_ASK_GUARD = Guard(["reject", "turn", "declin", "refus", "spurn", "rebuff"])
_ASK_TO_TRIGGER = re.compile(r"[^.;:]{0,80}")
# ... and with the past perfect, for the report's day: "have called for", "had also accused"
# are an indefinite past, no act of the story's day
_PERFECT_AUX_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# The auxiliary of a statement told in the perfect ("has rejected", "had long accused"), and a
# reporting verb before it that makes a pluperfect the day's reported speech ("adding that he
# had conveyed")
_HAS_HAVE_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:also|already|repeatedly|long)\s+)?$")
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|saying|told|tells|telling|added|adding|announced)\b")
# A reporting clause right before a participle: "..., Orpo said on Thursday, accusing"
_SAID_PARTICIPLE_BEFORE = re.compile(
    r"\b(?:said|says|told\s+[\w\s]{1,40}?)(?:\s+(?:on|late\s+on|early\s+on)?\s*[A-Z][a-z]+day)?"
    r"(?:\s+(?:night|morning|evening|afternoon))?\s*,\s*$"
)
_SINCE_CUE = re.compile(r"\b(?:since|so\s+far|to\s+date|over\s+the\s+past|in\s+recent)\b", re.I)
_SINCE_GUARD = Guard(["since", "far", "date", "past", "recent"])
_MONTHS = "|".join(MONTH_NAMES)  # "January|February|...|December"
# "Monday|...|Sunday": a weekday as written
_WEEKDAY_NAMES = "|".join(name.capitalize() for name in WEEKDAY_NUMBERS)
# A weekday named as written: the day an act is dated by
_WEEKDAY_WORD = re.compile(rf"\b(?:{_WEEKDAY_NAMES})\b")
# "in 2019", "in December 2020", "on March 3, 2021", "in early 2018"
_YEAR_IN = re.compile(
    r"\b(?:[Ii]n|since|[Ss]ince|during|[Dd]uring|of|on)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"((?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?)?((?:19|20)\d\d)\b"
)
_YEAR_GUARD = Guard(["19", "20"])
_FIRST_BEFORE = re.compile(r"\b(?:first|last)\b[^.;]{0,60}$")
_FIRST_SINCE_BEFORE = re.compile(r"\b(?:first|last)\b[^.;]{0,60}\bsince\b[^.;,]{0,50}$")
# A description set off between a subject and its verb: "Pelosi, the most senior U.S. official
# to visit Armenia since ... 1991, arrived"; its opening, and its close right before the verb
# (or a participle's: "Sudan's foreign ministry, based in Port Sudan since the war began in
# 2023, rejected ...")
_APPOSITIVE_OPENED = re.compile(
    r"\w, (?:the|a|an|who|whose|which|based|headquartered|located|stationed|exiled)\s"
)
_APPOSITIVE_OPENED_LAST = re.compile(
    r"\w, (?:the|a|an|who|whose|which|based|headquartered|located|stationed|exiled)\s[^,;]*$"
)
# An aside that dates the act itself: "..., the foreign minister announced in May 2018,", "...,
# a decision announced in 2018,"
_ACT_ASIDE_WORDS = re.compile(
    r"\b(?:announced|said|says|told|declared|confirmed|reported|decision|move|step|measure"
    r"|announcement)\b",
    re.IGNORECASE,
)


def _in_aside_after(clause_text: str, trigger: int, year: re.Match[str]) -> bool:
    """Whether the year after the trigger lies in an aside that closes with a comma: ", a
    former minister sentenced ... in 2020," (what describes a person or a thing)."""
    aside = _APPOSITIVE_OPENED_LAST.search(clause_text, trigger, year.start())
    return (
        clause_text.startswith(",", year.end())
        and aside is not None
        and _ACT_ASIDE_WORDS.search(clause_text, aside.start(), year.start()) is None
    )


_APPOSITIVE_CLOSED = re.compile(r",\s+")
_REQUEST_THEN_TO = re.compile(
    r"\b(?:urg\w+|press(?:ed|ing|es)?|pressure|call(?:ed|ing|s)?\s+on|calls?|ask(?:ed|ing|s)?|demand\w*"
    r"|push(?:ed|ing)?|persuade\w*|convince\w*)\b[^.;]{0,60}\bto\s+[\x22\u201c]?(?:\w+\s+){0,4}$"
    # ... and a second thing asked: 'called on both neighbours on Thursday to "exercise maximum
    # restraint" and to restore dialogue'
    r"|\b(?:urg\w+|call(?:ed|ing|s)?\s+on|ask(?:ed|ing|s)?|press(?:ed|ing|es)?)\b[^.;]{0,60}?\bto\s+"
    r"[^.;]{1,60}?\band\s+to\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


def _future_word(
    future: re.Pattern[str], text: str, clause: tuple[int, int]
) -> re.Match[str] | None:
    """The first word of the future in the clause, not "will" the noun ("at will")."""
    at = clause[0]
    while (found := future.search(text, at, clause[1])) is not None:
        if found.end() - found.start() != 4 or not _will_the_noun(text, found.start()):
            return found
        at = found.end()
    return None


def _will_the_noun(text: str, start: int) -> bool:
    """Whether the "will" at ``start`` is the noun: "at will", "political will", "against
    their will" (both cue scanners, the status's and the date's, skip it)."""
    return text[start : start + 4].lower() == "will" and (
        _WILL_NOUN_BEFORE.search(text, max(0, start - 12), start) is not None
    )


# "will" the noun: "at will", "political will", "against their will"
_WILL_NOUN_BEFORE = re.compile(
    r"\b(?:at|political|free|good|ill|their|his|her|its|own)\s+$", re.IGNORECASE
)
_PRESENT_OR_FUTURE = re.compile(r"\b(?:is|are|am|will|would|shall|plans?|expects?)\b")
_AT_SETTING_BEFORE = re.compile(
    rf"\b(?:at|during)\s+(?:(?:{'|'.join(WEEKDAY_NUMBERS)}"
    r"|yesterday|today|last\s+week|last\s+month)['’]s)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# The infinitive of what an appeal asks ("urged Israel to allow more aid into Gaza"), not
# "to reporters", "to parliament"; what follows it up to a comma or a report verb.
_TO_VERB = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|their|its|reporters|journalists|parliament|lawmakers"
    r"|the\s+press|a\s+briefing)\b)[a-z]+\b"
)
_ASKED_ENDS = re.compile(
    r"[,;:]|\b(?:said|says|told|tells|added|in\s+(?:remarks|a\s+speech|a\s+statement|an\s+interview))\b"
    r"|\b(?:meeting|talks|summit|conference|session|briefing)\s+in\s+$"
)


def _in_what_is_asked(text: str, end: int, place_start: int) -> bool:
    """Whether a place after an appeal's trigger stands in the infinitive it asks for."""
    if place_start < end:
        return False
    asked = _TO_VERB.search(text, end, place_start)
    return asked is not None and _ASKED_ENDS.search(text, asked.end(), place_start) is None


_THAT_AFTER = re.compile(r"\s+(?:on\s+\w+\s+|\w+ly\s+)?that\s+(?:the\s+)?")
# A demand's content, told as a bare verb after "that": "demanded that Israeli forces withdraw"
_DEMANDED_THAT_BEFORE = re.compile(
    r"\b(?:demand\w*|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|request\w*)\s+"
    r"(?:on\s+\w+\s+|\w+ly\s+)?that\s+"
    # the subject of what is asked, with no verb of its own: "that Israeli forces"
    r"(?:(?!(?:had|has|have|was|were|is|are|would|will|did|and|but)\b)[^.;:,]){0,80}?"
    r"\s(?:should\s+|must\s+|immediately\s+)?$",
    re.IGNORECASE,
)


def _bare_verb(trigger: Trigger, written: str) -> bool:
    """A trigger written as a verb's bare form ("withdraw"), not a noun, past or -s form."""
    form = " ".join(written.lower().split())
    return form not in trigger.nouns and not form.endswith(("ed", "en", "s", "ing"))


_REQUEST_VERB = re.compile(
    r"\b(?:urg\w+|press(?:ed|ing|es)?|pressure|call(?:ed|ing|s)?\s+(?:on|to|for)|calls?|ask(?:ed|ing|s)?|demand\w*"
    r"|push(?:ed|ing)?|persuade\w*|convince\w*)\b",
    re.IGNORECASE,
)
_REQUEST_GUARD = Guard(["urg", "press", "call", "ask", "demand", "push", "persuade", "convince"])
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_DISCUSSED_BEFORE = re.compile(r"\bdiscuss(?:ed|es|ing)?\s+(?:[\w'’.,-]+\s+){0,4}$", re.IGNORECASE)
# Words for "more" before a threatened sanction: "extra tariffs", "new sanctions"
_MORE_WORDS = "new|extra|additional|more|fresh|further|higher|heavy"
# What a threat names: "threatened on Sunday to impose an additional 10% tariff on"
_THREATENED_TO_BEFORE = re.compile(
    r"\bthreat(?:en(?:ed|s|ing)?|s)?\b(?:\s+(?:on\s+\w+|again|repeatedly|also))?\s+to\s+"
    r"(?:[\w%$.'’-]+\s+){0,6}$"
    # its object: "threatens extra tariffs on", "threatened Brazil with new sanctions"
    r"|\bthreaten(?:ed|s|ing)?\s+(?:[A-Z][\w'’-]*\s+with\s+)?"
    rf"(?:(?:{_MORE_WORDS}|\d+%)\s+)*$",
    re.IGNORECASE,
)
# An envoy asked to take an invitation: "asked Sangare to convey an invitation to"
_CONVEY_AN_INVITATION_AFTER = re.compile(
    r"\s+(?:[\w'’.-]+\s+){1,4}?to\s+(?:convey|deliver|extend|pass\s+on|hand\s+over|carry)\s+"
    r"(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?invitation\b"
)
# What an invitation asks: "invited Boric to visit La Paz", "invited Khurelsukh to attend the
# summit of the BRICS group", "an invitation to take part in the talks".
_INVITED_TO_BEFORE = re.compile(
    # (the one invited may come with an apposition: "an invitation to Niger's military ruler,
    # General Abdourahamane Tiani, to visit Algeria")
    r"\binvit(?:ed|es|ing|ation)\b(?:,?\s+[\w'’.-]+){0,9}?,?\s+to\s+(?:(?:attend|join|take\s+part"
    r"\s+in|participate\s+in|come\s+to|travel\s+to)\s+(?:[\w'’-]+\s+){0,4})?$",
    re.IGNORECASE,
)
# A day of the event asked for: "to attend the summit on July 8", "to visit on Monday"
_ON_A_DAY_AFTER = re.compile(
    rf"[^.;,]{{0,80}}?\bon\s+(?:(?:{_MONTHS})\s+\d|\d{{1,2}}\s+(?:{_MONTHS})"
    rf"|(?i:{'|'.join(WEEKDAY_NUMBERS)})\b)"
)
_DECIDED_TO_BEFORE = re.compile(
    r"\b(?:decided|voted|moved)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?to\s+$", re.IGNORECASE
)
# "..., prompting New Delhi to reject the move": what the act led another to do, done
_PROMPTED_TO_BEFORE = re.compile(
    r"\b(?:prompting|prompted|forcing|leading)\s+(?:[\w.'’-]+\s+){1,4}?to\s+$"
)
_HEDGE_BEFORE = re.compile(
    r"\b(?:risk|risks|risked|risking|could|may|might|would)\s+$", re.IGNORECASE
)


def _prompted_state(doc: Document, sentence: Sentence, start: int) -> bool:
    """Whether a bare "reject" or "accuse" is what an act led a state to do: "..., prompting
    Warsaw to accuse Russia" (not "prompting opposition lawmakers to accuse", "prompting German
    media to", "risked forcing Poland to")."""
    text = doc.text
    prompted = _PROMPTED_TO_BEFORE.search(text, max(sentence.start, start - 60), start)
    if prompted is None or _HEDGE_BEFORE.search(
        text, max(0, prompted.start() - 12), prompted.start()
    ):
        return False
    return any(
        m.kind in (_KIND_COUNTRY, _KIND_METONYM) for m in doc.mentions_in(prompted.start(), start)
    ) and not _NOT_A_STATE_WORDS.search(text, prompted.start(), start)


_NOT_A_STATE_WORDS = re.compile(
    r"\b(?:media|analysts|critics|lawmakers|legislators|opposition|protesters|some|many|experts"
    r"|commentators|activists|newspapers)\b",
    re.IGNORECASE,
)
_ENVOY_WORD = re.compile(r"ambassador|envoy", re.IGNORECASE)
_CLAUSE_HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
_HYPOTHETICAL_GUARD = Guard(["if", "unless", "whether"])
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_PROGRESSIVE = re.compile(r"[\w-]+ing\b")  # "is expelling", "was severing ties": no passive
_CALLED_ON = frozenset({"called on", "calls on", "calling on"})
# Whom a courtesy call is paid to: a person, by honorific or title.
_COURTESY_CALLEE = re.compile(
    r"\s+(?:Mr|Mrs|Ms|Dr|Sheikh|President|Prime\s+Minister|King|Queen|Emir|Crown\s+Prince"
    r"|Chancellor|Foreign\s+Minister|Minister|Vice\s+President|Chief\s+Adviser|Speaker"
    r"|Secretary[-\s]General|Premier|(?:Party\s+)?General\s+Secretary|Deputy\s+Prime\s+Minister"
    r"|Vice\s+Premier|Sultan|Governor[-\s]General|(?:National\s+Assembly\s+)?Chair(?:man|woman))\b"
    # (or by the post alone: "called on the prime minister at his official residence")
    r"|\s+the\s+(?:prime\s+minister|president|king|queen|emir|crown\s+prince|chancellor"
    r"|foreign\s+minister|vice\s+president|speaker|premier)\s+(?:at|in|on)\b"
    # (or by a pronoun, with where or when: "Jaishankar called on him at his hotel")
    r"|\s+(?:him|her)\s+(?:at|in|on)\s"
)
# A second verb of the subject, which ends what a courtesy call's clause can ask: "called on
# the prime minister ... and handed over an invitation ... to visit New Delhi"
# (a verb with its object or particle, not an adjective: "and armed groups"; an appeal verb
# there is an appeal of its own: "called on President Tinubu in Abuja and asked him to ...")
_COORDINATED_PAST_VERB = re.compile(
    r"\s+and\s+(?:then\s+|later\s+|also\s+)?"
    # (or what was told: "and announced that China would provide ... to build")
    r"[a-z]+ed\s+(?:a|an|the|his|her|their|its|him|them|over|on|with|greetings|messages?|that)\b"
)
# What an appeal asks: "called on X to ...", "called on X for ...".
_APPEAL_COMPLEMENT = re.compile(
    r"\bto\s+(?!the\b|a\b|an\b|his\b|her\b)[a-z]+|\bfor\s+(?:a|an|the)?\s*[a-z]"
)
# "Mitsotakis called Erdogan on Monday", "Trump called Indian Prime Minister Narendra Modi":
# a bare "called" is a phone call when a person is named right after it (titles first) ...
_CALLEE_LEAD = re.compile(r"\s+(?:(?:[A-Z][\w.'’-]*|of|the|and)\s+){0,6}")
_COUNTERPART_AFTER = re.compile(r"\s+(?:his|her|their)\s+(?:[A-Z][\w.'’-]*\s+){0,2}counterparts?\b")
# ... not a name given ("a Sherpa guide called Pasang", "the so-called ..."), nor a person
# called something ("called Trump a liar", "called Orban's veto shameful", "called Orban
# irresponsible"), nor an envoy called in ("called the Swedish ambassador to its foreign
# ministry"): after the callee only the end of the clause, a time, a place or a purpose.
_NAMED_BEFORE = re.compile(r"(?:\b(?:an?)\s+(?:[\w'’-]+\s+){0,2}|\bso-)$", re.IGNORECASE)
_CALL_GOES_ON = re.compile(
    r"\s*(?:[,.;:]|$)|\s+(?:on|in|at|and|about|over|after|ahead|before|earlier|later|late"
    r"|separately|again|back|last|this|from|for|during|while|amid|twice|shortly|overnight"
    r"|to\s+(?!account\b|(?:the|its|his|her)\s+(?:\w+\s+)?(?:ministry|office|headquarters))\w+)\b"
)
# Forms of summoning an envoy: "summoned", "called in Eswatini's high commissioner".
_SUMMONS_FORMS = ("summon", "called in", "calls in", "calling in")
# A stand quoted with an intensifier: 'Estonia "fully stands with Denmark"'
_QUOTED_ADVERB_BEFORE = re.compile(
    r"[\"“](?:fully|firmly|strongly|unequivocally|wholeheartedly|steadfastly|resolutely"
    r"|unwaveringly|squarely|completely|totally|always)\s+$"
)
# What concerns are about, when no author names them: "dismissed the concerns about inflation"
_CONCERN_ABOUT_AFTER = re.compile(r"\s+(?:about|over|that|regarding)\b")
# Another's words right after "dismissed" / "brushed off": "the Asmara statement", "the Arab
# League summit's call", "the Congolese accusation", "Kyiv's claims"
_DISMISSED_WORDS = re.compile(
    r"\s+(?:the\s+|an?\s+)?"
    # up to five words of the words' author ("the Arab League summit's", "U.S."), not a
    # preposition or a conjunction ("dismissed the army chief after a statement")
    r"(?:(?!(?:after|over|following|for|amid|about|with|on|in|at|and|but|by|from|to|since)\b)"
    r"[\w.'’-]+\s+){0,5}?(?:statements?|calls?|accusations?|allegations?"
    r"|claims?|demands?|proposals?|offers?|plans?|criticism|charges?|remarks?|comments?|appeals?"
    r"|ultimatum|warnings?|threats?|communiqu[eé]|declaration|invitations?|concerns?"
    # (a state's protest: not "dismissed the protests", in the streets)
    r"|protest(?!s|ers)"
    # (not "declined a request for comment", "declined interview requests": the press's)
    r"|(?<!interview\s)requests?(?!\s+for\s+(?:comment|an?\s+interview|interviews)))\b",
    re.IGNORECASE,
)
# What a denial denies after its day or an adverb: "denied on Sunday any involvement",
# "categorically denied any responsibility"
_DENIAL_OBJECT = re.compile(
    r"\s+(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+|(?:again|strongly|flatly|firmly"
    r"|categorically|vehemently)\s+)?(?:any\s+|all\s+)?(?:involvement|responsibility)\b"
)
# A state's own forces or soil, right after "denied that": "its soldiers", "Pakistani forces",
# "Afghan soil", "Mexican officers"
_OWN_AGENTS = re.compile(
    r"\s+(?:its|their|the\s+country['’]s|[A-Z][a-z]+(?:an|ian|i|ese|ish|ic))\s+(?:own\s+)?"
    r"(?:[a-z]+\s+)?(?:forces|soldiers|troops|officers|soil|territory|vessels|boats|ships|aircraft"
    r"|drones|army|military|fighters|warplanes|jets|border\s+guards|police|navy|agents)\b"
)
# A charge's content: "accusing Nairobi of hosting and arming", "accused of secretly meeting"
_CHARGED_OF_BEFORE = re.compile(
    r"\b(?:accus(?:ed|es|ing|e)|charg(?:ed|es|ing)|suspect(?:ed|s|ing)?|blam(?:ed|es|ing)"
    r"|convicted|guilty|denied|denies|denying)\s+(?:[^\s.;,]+\s+){0,6}?of\s+"
    r"(?:(?:secretly|illegally|covertly|openly|\w+ing\s+and)\s+)?$"
)
# A gerund after "of": the content of a charge, not an act ("accused Pashinyan of agreeing to")
_GERUND_OF_BEFORE = re.compile(r"\b(?:of|for|without)\s+$", re.IGNORECASE)
# Support or solidarity voiced a few words before its noun: "reaffirmed Egypt's support for",
# "expressed Bucharest's 'full solidarity' with", "stood in full solidarity with" (not "had
# withdrawn its support for", "to halt military support for", "a lack of solidarity with")
_VOICED_BEFORE = re.compile(
    r"\b(?:reaffirm(?:ed|s)|affirm(?:ed|s)|reiterat(?:ed|es)|express(?:ed|es|ing)|voiced"
    r"|st(?:ood|ands?|anding)|stress(?:ed|es)|underlin(?:ed|es)|underscor(?:ed|es)"
    r"|emphasi[sz](?:ed|es))\s+(?:(?!(?:withdraw|withdrawn|withdrew|halt|end|cut|suspend"
    r"|lack|no|that)\b)[\w'’.\"“”-]+\s+){0,4}[\"“]?$",
    re.IGNORECASE,
)
# "ordering 20 employees of the Czech embassy in Moscow to leave": an expulsion when those
# ordered to leave are a mission's people.
_ORDERED_DIPLOMATS_TO_LEAVE = re.compile(
    r"\s+[^.;:]{0,80}?\b(?P<mission>diplomats?|embassy|embassies|consulates?|envoys?|ambassadors?"
    r"|attach[eé]s|consuls?|advis[eo]rs|mission|high\s+commissioners?|charg[eé]s?\s+d['’]affaires"
    # ("ordered the United Nations' resident and humanitarian coordinator to leave")
    r"|coordinators?|representatives?)\b"
    r"[^.;:]{0,60}?\s+to\s+leave\b"
    # (not a room: "asked the ambassador to leave the meeting")
    r"(?!\s+(?:the|a)\s+(?:meeting|room|session|hall|chamber|talks|conference|stage)\b)",
    re.IGNORECASE,
)
# A list of what an agreement covers, up to a place: "covering energy security, cyber defence
# and the rebuilding of schools in"
# (a noun's place in it: "the rebuilding of schools in", not "covering trade, in Dublin")
# (or "signed 14 cooperation documents, including an expansion of the Great Stone industrial
# park near Minsk")
_TOPICS_LIST_BEFORE = re.compile(
    r"\b(?:covering|including)\s+[^.;:()]{0,140}?\bof\s+[^.;:(),]{0,60}$"
)


def _held_outside(lower: str, end: int, place: tuple[Location, tuple[int, int]]) -> bool:
    """Whether the place after a trigger ending at ``end`` is named by a comparison: "the
    first to be held outside Wellington or Canberra"."""
    at = place[1][0]
    return (
        lower.find("outside", end, at) >= 0
        and _FIRST_OUTSIDE_BEFORE.search(lower, max(end, at - 90), at) is not None
    )


_DAY_RIGHT_AFTER_PLACE = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b"
)
# "the first to be held outside Wellington or Canberra": a comparison's places (the last of
# an "or" list too)
_FIRST_OUTSIDE_BEFORE = re.compile(
    r"\bthe\s+first\b(?:\s+[\w-]+){0,3}?\s+(?:to\s+be\s+)?held\s+outside\s+(?:of\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:or\s+|and\s+)?$"
)
# ... not a mission that only says where those ordered were ("the migrants near the Turkish
# embassy")
_NEAR_A_PLACE_BEFORE = re.compile(
    r"\b(?:near|outside|around|at|in\s+front\s+of|close\s+to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?$",
    re.IGNORECASE,
)
# "had received a request through a diplomatic channel": a thing received; a visitor is
# named ("received Egypt's intelligence chief"), or is "a delegation" or "a visiting ..."
_RECEIVED = frozenset({"received", "receives", "receiving"})
_RECEIVED_A_THING = re.compile(
    # (or a quoted amount: 'villagers had received "barely two hours of warning"')
    r"\s+(?:[\"“](?:an?|several|many|numerous|no|barely|only|just|little|less|more)"
    r"|(?:an?|several|many|numerous|no))\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:delegations?|visiting"
    r"|envoys?|ministers?|officials?|counterparts?)\b)",
    re.IGNORECASE,
)
# "agreed on Friday to instruct their governments to withdraw troops": what was agreed, coded
# as the agreement, not a withdrawal of its own
_AGREED_TO_BEFORE = re.compile(
    r"\bagreed\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:[\w'’-]+\s+){0,6}?$"
    # (or what they agreed would be done: "agreed that troops from both sides would pull back")
    r"|\bagreed\s+(?:on\s+\w+day\s+)?that\s+(?:[\w'’.-]+\s+){1,6}?(?:would|will|should)\s+$",
    re.IGNORECASE,
)
# "spoke with Erdogan by phone": the phone right after whom one spoke with (not "told
# reporters by phone that she had spoken with Wang Yi")
_SPOKE_WITH = frozenset(
    {
        "spoke with",
        "spoken with",
        "speaks with",
        "talked with",
        "spoke to",
        "spoken to",
        "talked to",
    }
)
_BY_PHONE_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:by\s+(?:tele)?phone|over\s+the\s+phone|on\s+the\s+(?:tele)?phone"
    r"|(?:by|via)\s+video\s+link|in\s+a\s+(?:tele)?phone\s+call)\b",
    re.IGNORECASE,
)
_DISCUSSED = frozenset({"discussed", "discusses", "discussing"})
# "discussed the project with Uzbek Prime Minister Abdulla Aripov by telephone": the call's
# own words, within the clause
_DISCUSSED_BY_PHONE_AFTER = re.compile(
    r"[^.;:]{0,80}?\b(?P<phone>by\s+(?:tele)?phone|over\s+the\s+phone|by\s+video\s+(?:call|link"
    r"|conference)|by\s+videoconference|via\s+video\s+link)\b",
    re.IGNORECASE,
)
_PLACE_OR_VERB_BETWEEN = re.compile(r"\b(?:in|at)\s+[A-Z]|,\s+|\band\s+\w+ed\b")
_PRESS_WORDS = re.compile(r"\b(?:reporters|journalists|the\s+press|the\s+media)\b", re.IGNORECASE)
# "barred all North Korean nationals in the country from leaving": another state's people
_BARRED_PEOPLE = re.compile(
    r"\s+[^.;:]{0,60}?\b(?:nationals|citizens|diplomats|embassy\s+staff"
    r"|[A-Z][a-z]+(?:ans|ese|is))\b[^.;:]{0,60}?\s+from\s+leaving\b"
)
_BARRED = frozenset({"barred", "bars", "banned", "bans"})
_COURTESY_CALL = Trigger(event_type=EventType.CONSULT, mode="meeting", forms=("called on",))
_DECLARED = re.compile(r"\bdeclar(?:ed|es|ing|e)\b", re.IGNORECASE)
_NON_GRATA = re.compile(r"persona\s+non\s+grata", re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+by\s+", re.IGNORECASE)
# What may open the agent's name before a party: "by the Iranian foreign ministry", "by U.N."
_AGENT_OPENING = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}")
_REPORT_VERB_BEFORE = re.compile(
    r"\b(?:said|says|announced|told|added|stated|reported|shared|confirmed)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_REPORT_VERB_AFTER = re.compile(
    r"^\s*,?\s*(?:however,?\s+)?(?:[\w'’-]+\s+){0,4}?(?:said|announced|told|added|stated|reported|shared)\b",
    re.IGNORECASE,
)
_ANAPHORIC_PLACE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "the Swiss city", "the South Korean port city" (but not "the South Korean port city of
# Busan", which names its city: the noun is taken whole, then must not be followed by "of").
_PLACE_NOUN_AFTER = re.compile(
    r"^\s+(?>(?:(?:port|border|coastal|resort|seaside|capital)\s+)?"
    r"(?:city|capital|town|resort|port|village))\b(?!\s+of)",
    re.IGNORECASE,
)
_OFFICIAL_NOUN_AFTER = re.compile(
    r"^\s+(?:(?:and|or)\s+(?:[A-Z][a-z]+|[A-Z]\.[A-Z]\.|[A-Z]{2,3})\s+)?"  # "and U.S. negotiators"
    # "the Afghan Taliban government", "the Malian transitional authorities"
    r"(?:(?:Taliban|interim|transitional|caretaker|federal|central|new|current|military)\s+)?"
    r"(?:border\s+(?=forces|troops|guards|officials|commanders|police))?"  # "Afghan border forces"
    # "three Nicaraguan gold mining companies", "Chinese state-owned firms"
    r"(?:(?:[a-z][a-z-]+\s+){1,2}(?=(?:companies|firms|entities|banks|businesses)\b))?"
    # "the German and French finance ministers", "Chinese trade negotiators"
    r"(?:(?:finance|defen[cs]e|trade|economy|interior|energy|agriculture|health|transport"
    r"|justice)\s+(?=ministers|officials|negotiators))?"
    r"(?:officials?|delegations?|delegates|governments?|diplomats?|prime\s+ministers"
    r"|counterparts?|leaders?|side|negotiators?|authorities|administration|ministry|foreign\s+ministry"
    r"|Department\s+of\s+Foreign\s+Affairs"  # "The Philippine Department of Foreign Affairs"
    r"|emergenc(?:y|ies)\s+(?:situations\s+)?ministry"  # "a Russian emergencies ministry plane"
    r"|envoy|embassy|team|representatives?|military|army|forces|troops|navy|cabinet|parliament"
    r"|guards|police"
    r"|leadership"
    r"|lawmakers|individuals|entities|companies|firms|banks|oligarchs|businesses|nationals"
    r"|regime|junta|mediators?|ministers|foreign\s+ministers|heads\s+of\s+state|presidents|envoys"
    r"|nations|countries|states|judges|prosecutors|generals|commanders|officers|legislators"
    r"|politicians|spies|agents|intelligence\s+officers|security\s+officials|coast\s+guard"
    r"|personnel|(?:defen[cs]e\s+|military\s+|naval\s+|press\s+)?attach[eé]s?|consuls?"
    # "a Royal Australian Air Force C-17", "the Indian Navy"
    r"|air\s+force|armed\s+forces|coastguard"
    # "declared Indian defence advisers ... persona non grata", "the Pakistani High Commission"
    r"|(?:defen[cs]e\s+|military\s+|naval\s+|air\s+)?advis[eo]rs|high\s+commission(?:ers?)?"
    # who brings aid: "a team of 21 Greek rescuers landed", "a Cuban medical brigade"
    r"|rescuers|(?:search[\s-]and[\s-])?rescue\s+(?:teams?|workers)|medical\s+(?:teams?|brigades?)"
    r"|aid\s+workers|relief\s+teams?"
    r"|goods|imports|exports|products"
    r"|consul-general|charg[eé]\s+d['’]affaires|consulates?|embass(?:y|ies)|missions)\b",
    re.IGNORECASE,
)
# A state's name inside the name of a company, a team, a bank or a newspaper ("Qatar
# Airways", "Air India", "Bank of Korea", "Sri Lanka Cricket", "the Washington Post"): not the
# state. Case-sensitive: the name's words are capitalised ("Kenya airspace" is the state).
_ORG_NAME_AFTER = re.compile(
    r"^\s+(?:Airlines?|Airways|Air(?!\s+Force)|Aviation|Airports?|Cricket|Football|Rugby|Hockey|Tennis"
    r"|Basketball|Athletics|Olympic|Paralympic|Premier|Telecom\w*|Railways?|Rail|Post|Petroleum"
    r"|Oil|Gas|Power|Electric\w*|Energy|Steel|Motors|Mining|Bank|Bancorp|Insurance|Shipping"
    r"|Lines|Express|Holdings|Group|Corp\w*|Inc|Ltd|Limited|Company|Ports|Times|Herald|Tribune"
    r"|Daily|Today|Telegraph|Broadcasting|Television|Radio|Stock\s+Exchange|Exchange"
    r"|Investment|Ventures|Capital\s+Markets|Tourism\s+Board|Cricket\s+Board"
    # a cultural body or event: "the Doha Film Institute", "the Cairo Film Festival"
    r"|Film|Films|Institute|Festival|Museum|Orchestra|Philharmonic|Opera|Biennale|Book\s+Fair"
    # a national team's players: "Pakistan captain", "the Ghana coach"
    r"|captain|vice-captain|skipper|coach|head\s+coach|squad|batsman|batter|bowler|striker"
    r"|goalkeeper|midfielder|defender|forward|opener|all-rounder|jockey"
    # a currency: "1.08 million U.S. dollars", "five million Australian dollars"
    r"|dollars?|euros?|pounds\s+sterling|yen|yuan|rupees?|francs?|pesos?|riyals?|dirhams?|roubles?"
    r"|rubles?|rand|kwacha|shillings?)\b"
)
# ... and with a possessive: "Algeria's coach Vladimir Petkovic", "Pakistan's captain"
_TEAM_ROLE_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s+(?:head\s+)?(?:coach|captain|vice-captain|skipper|striker|goalkeeper|midfielder)\b"
)
_ORG_NAME_BEFORE = re.compile(
    r"\b(?:Air|Bank\s+of|Central\s+Bank\s+of|Reserve\s+Bank\s+of|National\s+Bank\s+of"
    r"|University\s+of|Radio|Royal\s+Air"
    # a national sports body: "Cricket Ireland", "Rugby Australia", "Football Australia"
    r"|Cricket|Rugby|Football|Netball|Hockey|Tennis|Golf|Athletics|Cycling"
    # "the National Union of Metalworkers of South Africa": a union's, a chamber's name
    r"|[A-Z][\w-]*\s+(?:Union|Congress|Federation|Association|Confederation|Chamber)\s+of"
    r"(?:\s+[A-Z][\w-]*){0,3}(?:\s+(?:and|of))?)\s+(?:the\s+)?$"
)
# The occasion of a meeting, not a party to it: "met on the sidelines of the UN General Assembly".
_SIDELINES_BEFORE = re.compile(
    r"\bon\s+the\s+sidelines\s+of\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:in|at|on|and|with)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_BROKER_HYPHEN_AFTER = re.compile(r"-(?:brokered|mediated|led|sponsored)\b", re.IGNORECASE)
_BROKERED_BY = re.compile(
    r"\b(?:brokered|mediated|mediation|facilitated|sponsored)\s+(?:jointly\s+)?by\s+",
    re.IGNORECASE,
)
_BROKERED_GUARD = Guard(["brokered", "mediated", "mediation", "facilitated", "sponsored"])
_LIST_CONTINUES = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
# After "City, Country", another name: "in Geneva, Switzerland, Austria and Germany"; not the
# comma that closes the place ("met in Nadi, Fiji, earlier this month").
_NAME_LIST_CONTINUES = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z]")
_POSSESSIVE_AFTER = re.compile(r"^['’]s\b")
_ROUTE_THROUGH_BEFORE = re.compile(r"\b(?:through|via|across)\s+$")
# A region of the state named before it: "'s Xinjiang region", "'s Amur province"
_REGION_NOUN_AFTER = re.compile(
    r"['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:region|province|state|territory|oblast|corridor"
    r"|port|border\s+crossing)\b"
)
_NOT_CONFIRMED = re.compile(r"\bnot\s+(?:been\s+|yet\s+)?confirmed|\bunconfirmed", re.IGNORECASE)
_INVITED = re.compile(r"\b(?:invited|invitation)\b", re.IGNORECASE)
_PARTICIPATION = re.compile(
    r"\b(?:involve[sd]?|involving|attend(?:s|ed|ing)?|join(?:s|ed)?|take\s+part|took\s+part"
    r"|participat\w*|include[sd]?|including|between|invited|invitation|bring(?:s)?\s+together"
    # (not a protest's "stern representations")
    r"|hosted|hosts?|with|led\s+by|headed\s+by|delegations?|represent(?!ations?\b)\w*)\b",
    re.IGNORECASE,
)
_PARTICIPATION_GUARD = Guard(
    "involv attend join part includ between invit together host with led headed delegation"
    " represent".split()
)
_FLAG_PATTERNS = {
    "since": (_SINCE_CUE, _SINCE_GUARD),
    "absence": (_ABSENCE, _ABSENCE_GUARD),
    "participation": (_PARTICIPATION, _PARTICIPATION_GUARD),
}
_SPAN_PATTERNS = {
    "habitual": (_HABITUAL, _HABITUAL_GUARD),
    "hypothetical_words": (_CLAUSE_HYPOTHETICAL, _HYPOTHETICAL_GUARD),
    "requests": (_REQUEST_VERB, _REQUEST_GUARD),
    "rejected_asks": (_REJECTED_ASK, _REJECTED_ASK_GUARD),
}
# The same, for the lowered text of a foldable article (see ``caseless``).
_FLAG_PATTERNS_LOWER = {
    name: (caseless(pattern), guard) for name, (pattern, guard) in _FLAG_PATTERNS.items()
}
_SPAN_PATTERNS_LOWER = {
    name: (caseless(pattern), guard) for name, (pattern, guard) in _SPAN_PATTERNS.items()
}
_CUE_WINDOW = 48

# Event types whose trigger names a thing that can be referred to again ("the talks").
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
# Events aimed at someone: source first, then its targets.
# A state's ministry after its demonym: "The Russian Defence Ministry", "the Azerbaijani
# Defense Ministry" (its foreign ministry is among ``_OFFICIAL_NOUN_AFTER``'s words)
_STATE_MINISTRY_AFTER = re.compile(
    r"\s+(?:[Dd]efen[cs]e|[Ii]nterior|[Jj]ustice|[Ss]ecurity|[Ii]nformation|[Ee]mergencies)"
    r"\s+[Mm]inistry\b"
)
_DIRECTED_TYPES = frozenset(
    {
        EventType.REQUEST,
        EventType.ACCUSE,
        EventType.THREATEN,
        EventType.SANCTION,
        EventType.SUPPORT,
        EventType.REJECT,
    }
)
# Officials who speak for others: when they "said", they report, they do not take part.
_SPOKESPEOPLE = frozenset({"Spokesperson", None})
# Statements: the words after their trigger are what was said.
_STATEMENT_TYPES = frozenset(
    {EventType.REQUEST, EventType.ACCUSE, EventType.THREATEN, EventType.SUPPORT, EventType.REJECT}
)
_NEEDS_TARGET = frozenset({EventType.ACCUSE, EventType.SANCTION})
# What a warning with no target may answer: "warned it could retaliate"
_RETALIATION_WORDS = re.compile(
    r"\b(?:retaliat\w*|respond\s+in\s+kind|countermeasures|reciprocal\s+measures|reprisals"
    # force to meet force: "warned that it would 'defend every inch' of its territory"
    r"|defend\s+every\s+inch"
    # 'would take "all necessary measures"', 'would take "adequate measures"'
    r"|take\s+[\"“]?(?:all\s+)?(?:the\s+)?(?:necessary|adequate|appropriate|possible|retaliatory)"
    r"\s+measures)\b"
)
# A warning is a threat only when aimed at someone: a party, or "those nations", "the West".
_THREAT_OBJECT = re.compile(
    r"\s+(?:(?:those|the|other|western|foreign|neighbouring|neighboring)\s+)+"
    r"(?:nations|countries|powers|states|governments|west|alliance)\b"
    r"|\s+of\s+(?:retaliation|a\s+response|consequences|countermeasures|reprisals)\b",
    re.IGNORECASE,
)
# "condemned the strike", "denounced Saturday's deadly raid": an accusation aimed at whoever
# carried out the attack, named where the article tells of it.
_ATTACK_OBJECT = re.compile(
    r"\s+(?:the|this|that|these|those|(?-i:[A-Z][a-z]+day's))\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:attacks?|air\s?strikes?|strikes?|raids?|bombings?|shelling"
    r"|bombardments?|assaults?|offensive|incursions?|operation|shootings?|killings?|massacres?)\b",
    re.IGNORECASE,
)
# The attack told with its attacker: "a Russian missile strike", "Israeli air strikes",
# "A Myanmar military air strike", "Russia's drone attack". Only these words may stand between
# the state and the attack: "a Pakistani Taliban attack" is a group's.
_ATTACK_BY_STATE = re.compile(
    r"(?:'s)?\s+(?:(?:military|army|naval|navy|air|missile|drone|rocket|artillery|ground|police"
    r"|security|deadly|overnight|latest|fresh|new|jet|warplane|ballistic|cruise|heavy|aerial)"
    r"\s+)*(?:attacks?|air\s?strikes?|strikes?|raids?|bombings?|shelling|bombardments?"
    r"|assaults?|offensive|incursions?|operation)\b"
)
# The attack told before its attacker: "an air strike by Myanmar's military", "raids by
# Israeli forces", "a missile attack carried out by Russia".
_ATTACK_BY_BEFORE = re.compile(
    r"\b(?:attacks?|air\s?strikes?|strikes?|raids?|bombings?|shelling|bombardments?|assaults?"
    r"|offensive|incursions?|operation)\s+(?:carried\s+out\s+|launched\s+)?by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FORCES = (
    r"(?:military|army|navy|air\s+force|armed\s+forces|forces|troops|soldiers|police"
    r"|security\s+forces|warplanes|jets|drones|junta)\b"
)
_STATE_FORCES = re.compile(r"(?:'s)?\s+" + _FORCES)
_STATE_FORCES_OPTIONAL = re.compile(r"(?:(?:'s)?\s+" + _FORCES + r")?(?!\w)")
# The attacker as the subject of its act: "Ecuadorian police forced their way into the
# embassy", "Israeli forces stormed the hospital".
_FORCES_ATTACKED = re.compile(
    r"(?:'s)?\s+" + _FORCES + r"\s+(?:had\s+|have\s+)?(?:stormed|raided|attacked|struck|shelled"
    r"|bombed|forced\s+their\s+way|fired\s+on|opened\s+fire|pounded|bombarded|invaded)\b"
)
# A relative clause about some later noun, between a trigger and a place: "agreed to form a
# committee that will meet in Amman" (not "talks that took place in Geneva", right after it).
_OTHER_RELATIVE = re.compile(
    r"\S\s+\w+\s+(?:that|which)\s+(?:will|would|is\s+to|was\s+to)\s+\w+"
    # "freed the captain of a Chinese fishing boat whose detention near disputed islands in the
    # East China Sea": the place of what the relative clause tells
    r"|\s+whose\s+(?:detention|arrest|capture|seizure)\b"
    # "signed a memorandum of understanding under which units ... will patrol ... near Bawku"
    r"|\s+under\s+which\b"
    # "agreed on Monday to set up a working group, the first practical step since the two
    # neighbours initialled a peace treaty at the White House": an earlier act's place
    r"|\bsince\s+the\b[^,;]*$"
)
# "The two ministers agreed", "Both sides signed": the sides of the sentence before.
_COLLECTIVE_SUBJECT = re.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:\w+\s+)?(?:ministers|leaders|sides|countries|governments"
    r"|presidents|delegations|nations|neighbours|neighbors|men|women|heads\s+of\s+state|envoys"
    r"|capitals)\b(?:\s+(?:also|then|later|have|had|on\s+[A-Z][a-z]+day))*\s+$"
)
# The same sides named anywhere before a meeting in its sentence: "the two ministers", "both
# governments", "The two agreed to", "the heads of the two border forces", "a bilateral
# technical commission", "their joint boundary commission"
_COLLECTIVE_IN_SENTENCE = re.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:[\w-]+\s+){0,2}(?:ministers|leaders|sides|countries"
    r"|governments|presidents|delegations|nations|neighbours|neighbors|heads\s+of\s+state|envoys"
    r"|capitals|forces|armies)\b|\b[Tt]he\s+two\s+(?:also\s+)?(?:agreed|will|would|are|were)\b"
    r"|\b(?:bilateral|binational)\s+(?:[\w-]+\s+){0,2}(?:commission|committee)\b"
)
_ANOTHER_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+")
# A clause whose subject is "It" right before a statement's trigger: "It accused Argentina of"
_IT_SUBJECT = re.compile(
    # (or an institution named without its state: "The ministry summoned Iran's ambassador")
    r"\s*(?:It|(?P<institution>The\s+(?:ministry|foreign\s+ministry|Foreign\s+Ministry"
    # ("The Ministry of International Relations and Trade", "The Ministry of Foreign Affairs")
    r"|Ministry\s+of\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,4}"
    r"|presidency|government)))"
    r"\s+(?:(?:also|then|later|again|further|\w+ly|on\s+[A-Z][a-z]+day)\s+)*$"
)
# A clause whose subject is "He" or "She" right before a statement's trigger.
# "He", "She", or after an opening day or adverb: "On Tuesday he also invited", "Later, she"
_PRONOUN_OPENER = (
    # (a day only: "Later, she ..." may be anyone of the sentence before)
    r"\s*(?:(?:On\s+[A-Z][a-z]+day|That\s+day|The\s+same\s+day|On\s+the\s+same\s+day)"
    r"\s*,?\s+(?:he|she)|He|She)\s+"
)
_PRONOUN_SUBJECT = re.compile(
    _PRONOUN_OPENER + r"(?:(?:also|then|later|again|further|\w+ly|on\s+[A-Z][a-z]+day)\s+)*$"
)
_PRONOUN_OPENS = re.compile(
    r"\s*(?:(?:Speaking|Addressing|Writing|Asked)\b[^,;]{0,80},\s+(?:he|she)|He|She)\s+[a-z]"
)
# "He is due to meet Kishida", "She held talks with ...": the actor of an act, as above,
# with the auxiliaries of a planned act.
# "He said he had spoken by phone to Zarif": the same actor, reporting his own act.
_PRONOUN_ACTOR = re.compile(
    _PRONOUN_OPENER + r"(?:(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:he|she)\s+)?"
    r"(?:(?:also|then|later|again|further|\w+ly|on\s+[A-Z][a-z]+day|is|was|will"
    r"|would|has|had|is\s+due\s+to|was\s+due\s+to|is\s+expected\s+to|was\s+expected\s+to"
    r"|is\s+scheduled\s+to|is\s+set\s+to|plans\s+to|planned\s+to|is\s+to|was\s+to)\s+)*$"
)
# "His first stop was Kyiv, where ...": a stop of a journey names where it went
_STOP_WAS_BEFORE = re.compile(r"\b(?:stop|destination|port\s+of\s+call)\s+(?:was|is|will\s+be)\s+$")
# ("supported the Philippines": a state whose name takes the article)
_SUPPORTED_OBJECT = re.compile(
    r"\s+(?:the\s+(?:\w+\s+){0,3}?(?:of|by)\s+(?:the\s+)?|the\s+(?=[A-Z]))?"
)
_SUPPORT_KINDS = frozenset((_KIND_COUNTRY, _KIND_METONYM, _KIND_IGO))
# Why a mission is pulled out when it is no sanction: the danger it leaves
_FOR_SAFETY = re.compile(
    r"\b(?:security|safety|fighting|violence|unrest|evacuat\w*|danger\w*|threats?)\b",
    re.IGNORECASE,
)
# A departure is a visit only when an official named before it travels ("Foreign Minister Cho
# Hyun left for Washington"), not refugees or a ship
_LEFT_FOR = frozenset(
    ("left for", "leaves for", "departed for", "departs for", "set off for", "sets off for")
)
# support forms whose object must be a state named right after the verb
_SUPPORTED_FORMS = ("supported", "supports", "stood by", "stands by", "stand by", "standing by")


def _supported_a_state(doc: Document, start: int, end: int) -> bool:
    """ "supported Serbia's efforts", "supports the efforts of Thailand and ASEAN": the state
    or organisation supported is named right after the verb (not "supported by", not
    "Iran-supported", not "supported the resolution")."""
    text = doc.text
    if start > 0 and text[start - 1] == "-":
        return False
    if text[start:end].lower().endswith(" by"):
        at = end + 1  # "stood by Lithuania" (not "stood by the border of Ukraine")
    else:
        lead = _SUPPORTED_OBJECT.match(text, end)
        at = lead.end() if lead is not None else end
    if text.startswith("by ", at):
        return False
    named = doc.mentions_in(at, at + 40)
    if not named or named[0].start != at:
        return False
    if named[0].kind in _SUPPORT_KINDS:
        return True
    # ("supported the Dutch decision": another state's act, named by its adjective; not "his
    # party supported the Indian government's decision")
    own = [
        m.code
        for m in doc.mentions_in(max(0, start - 160), start)
        if m.kind in (_KIND_COUNTRY, _KIND_ADJECTIVE, _KIND_METONYM)
    ]
    return (
        named[0].kind is _KIND_ADJECTIVE
        and _STATES_ACT_AFTER.match(text, named[0].end) is not None
        and named[0].code not in own[-1:]
    )


_STATES_ACT_AFTER = re.compile(
    r"\s+(?:decision|move|stance|position|efforts?|bid|proposal|plan|initiative|government"
    r"|authorities)\b"
)


_RELATIVE_PRONOUN_BEFORE = re.compile(
    r",\s+(?:where|when)\s+(?:on\s+[A-Z][a-z]+day\s+|later\s+|then\s+)?(?:he|she)\s+"
    r"(?:also\s+|had\s+|has\s+|will\s+)?$"
)
_SUBJECT_OF_TALK_BEFORE = re.compile(
    r"\b(?:on|over|about|regarding|concerning|of)\s+(?:the\s+|new\s+|possible\s+|further\s+)*$",
    re.IGNORECASE,
)
# A sanction named as what is lifted, paused or delayed: not a new one imposed.
_UNDONE_BEFORE = re.compile(
    r"\b(?:paus(?:e|es|ed|ing)|lift(?:s|ed|ing)?|suspend(?:s|ed|ing)?|delay(?:s|ed|ing)?"
    r"|postpon(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|scrap(?:s|ped|ping)?"
    r"|waiv(?:e|es|ed|ing)|roll(?:s|ed|ing)?\s+back|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze"
    r"|exempt(?:s|ed|ing)?|end(?:s|ed|ing)?|lifting\s+of|suspension\s+of|pause\s+in|pause\s+on"
    r"|removal\s+of|easing\s+of|withdr(?:ew|aw|aws|awing)|revers(?:e|es|ed|ing)"
    r"|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|overturn(?:s|ed|ing)?)"
    r"\s+(?:(?:the|its|his|her|their|those|these|some|all|of)\s+)*"
    r"(?:(?!(?:and|then|but|or|before|after|imposed|imposing|imposes|impose|slapped)\b)"
    r"[\w%.-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "sanctions London imposed on", "sanctions that the United States has imposed on"
_SANCTIONS_IMPOSER_BEFORE = re.compile(
    r"\bsanctions\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}"
    r"(?:(?:has|had|have)\s+)?$"
)
# A charge told before a visit's gerund: "accused Addis Ababa of ... by hosting him"
_BLAMED_FOR_BEFORE = re.compile(
    r"\b(?:accus\w+\s+[^,;]{1,80}?\bof|(?:condemn|criticis|criticiz|blam|denounc)\w*\s+"
    r"[^,;]{1,80}?\bfor)\b[^,;]*$",
    re.IGNORECASE,
)
# A region naming the kind of thing after it: "the Black Sea ports", "the Gulf states"
_REGION_AS_ATTRIBUTE = re.compile(
    r"\s+(?:ports?|coast|coastline|fleet|countries|states|nations|neighbou?rs|allies|routes?"
    r"|shipping|corridor|trade)\b"
)
# A participle's own day right after it: "signed yesterday", "signed on Tuesday"
# A noun trigger's own past participle and day: "an agreement signed Monday"
_SIGNED_ON_A_DAY_AFTER = re.compile(
    r"\s+(?:signed|reached|concluded|adopted)"
    # (its place first: "under an agreement signed in Algiers on Wednesday")
    r"(?:\s+in\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?(?:\s+on)?\s+(?:yesterday|today|last\s+(?:week"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_OWN_DAY_AFTER = re.compile(
    r"\s+(?:yesterday|today|last\s+\w+|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|\w+\.?\s+\d{1,2}))\b"
)
# A day something starts from: "from Nov. 3", "starting Monday", "effective Jan. 1"
_STARTING_BEFORE = re.compile(r"\b(?:from|starting|effective|as\s+of)\s+$", re.IGNORECASE)
# A sanction only attempted, proposed or planned: "any attempt to impose European Union
# sanctions on", "a proposal to introduce new tariffs on"
_ATTEMPT_TO_IMPOSE_BEFORE = re.compile(
    r"\b(?:attempts?|bids?|efforts?|moves?|plans?|proposals?|push|threats?)\s+to\s+"
    r"(?:impose|introduce|adopt|slap|levy|agree(?:\s+on)?|approve|pass)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Sanctions named as the cause of a state of things: "because of U.S. sanctions on Iran",
# "crippled by Western sanctions"
_STANDING_CAUSE_BEFORE = re.compile(
    r"\b(?:because\s+of|due\s+to|owing\s+to|(?:hit|crippled|hampered|squeezed|strained)\s+by)"
    r"\s+(?:(?:the|years\s+of|decades\s+of)\s+)?(?:(?!(?:new|fresh|additional|further)\b)"
    r"[\w.'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_SANCTION_ON = re.compile(
    r"\s+(?:\d+%\s+tariffs\s+)?(?:on|against)\s+(?:the\s+)?(?:all\s+)?"
    # "imposed sanctions on two American defence contractors", "on 12 Russian officials"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|several)\s+)?"
)
_SANCTIONS_ON_BEFORE = re.compile(
    r"\b(?:sanctions|tariffs?|duties|embargo|restrictions|ban)\s+(?:on|against)\s+(?:the\s+)?$"
)
_CONDITION = re.compile(r"\b(?:unless|if)\b")  # "... unless Ethiopia scrapped the deal"
_MODAL_BEFORE = re.compile(r"\b(?:would|could|might)\s+(?:\w+ly\s+)?$")
# A modal and the verb whose object the trigger is: "would reimpose sanctions on"
_MODAL_VERB_BEFORE = re.compile(
    r"\b(would|could|might|may)\s+(?:\w+ly\s+)?(?:not\s+)?(?:be\s+)?[a-z]+\s+"
    r"(?:(?:new|fresh|further|more|additional|the|its|their)\s+)?$",
    re.IGNORECASE,
)
_CONDITION_BEFORE = re.compile(r"\b(?:unless|if)\s+(?:the\s+)?$")
# "warned that it could strike British military facilities": a threat of force whose object
# names the state threatened.
_FORCE_COMPLEMENT = re.compile(
    r"\s+(?:on\s+\w+\s+)?that\s+(?:it|they|we|he|she|[A-Z][\w'’-]*)\s+"
    r"(?:(?:could|would|will|might|may|was\s+ready\s+to|is\s+ready\s+to|would\s+not\s+hesitate\s+to)\s+)?"
    r"(?:strike|attack|hit|target|retaliate\s+against|punish|destroy|shoot\s+down|respond\s+to)\b"
)
# The act a threat names: "threatened (on Sunday) to impose sanctions", "to expel"
# The warner's own act to come: "that Russia would reconsider", "that its troops would move",
# "that it will stop" (a subject of the warner's, checked by the caller, and "would"/"will")
_OWN_ACT_COMPLEMENT = re.compile(
    r"\s+(?:on\s+\w+\s+|in\s+[^,;]{1,40}?\s+)?that\s+(?P<subject>it|they|we|(?:his|her|its|their)"
    r"\s+(?:\w+\s+)?(?:forces|troops|fighters|army|military|navy|government|country)"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:would|will|could)\s+"
    r"(?:(?:not\s+hesitate\s+to|also)\s+)?[\"“]?"
    # (acts aimed at another: not "would need more time", "will take months", "would receive")
    # ("that it could hold up Albania's accession talks", 'would "review its cooperation"')
    r"(?:stop|halt|cut\s+off|suspend|reconsider|revoke|expel|close|seal|retaliate|strike|attack"
    r"|hold\s+up|freeze"
    r"|(?:review|reassess|re-evaluate|curtail|scale\s+back)\s+(?:all\s+)?(?:its|their|the|our)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:cooperation|ties|relations|relationship|partnership|agreements?"
    r"|exports|trade|aid|engagement|participation|membership|presence)"
    r"|impose|block|veto|ban|sever|downgrade|withdraw\s+from|resume\s+attacks|move\s+on"
    r"|take\s+[\"“]?(?:(?:further|firm|strong|decisive|tough|legal|appropriate|adequate"
    r"|(?:all\s+)?necessary)\s+)?"
    r"(?:action|measures|countermeasures|steps|reciprocal|retaliatory))\b"
)
# What a warning says another state's people or firms would bear: "warned on Wednesday that
# Jamaican officials who facilitate forced labour could have their US visas revoked", "that
# Indian firms would face sanctions"
_FACED_AFTER = re.compile(
    r"\s+(?:on\s+\w+\s+)?that\s+(?P<subject>[^;:]{1,120}?)\s+[\"“]?(?:could|would|will|may|might)\s+"
    r"(?:also\s+)?(?:face\s+(?:(?:[\w-]+\s+){0,2}?)(?:sanctions|penalties|consequences"
    r"|restrictions|measures|retaliation|tariffs|bans?)"
    r"|have\s+(?:their|its|his|her)\s+(?:[\w-]+\s+){0,3}?(?:revoked|cancell?ed|canceled|frozen"
    r"|seized|withdrawn|suspended)"
    r"|be\s+(?:sanctioned|barred|banned|denied\s+visas|expelled|blacklisted|punished)"
    # 'that Armenia's drift towards the EU "will have consequences"'
    r"|[\"“]?have\s+(?:(?:serious|grave|severe|dire)\s+)?consequences)"
    r"()\b"
)
_THREATENED_ACT = re.compile(
    r"\s+(?:on\s+\w+\s+|again\s+|also\s+)?"
    rf"(?:to\s+[a-z]+\b|(?:(?:{_MORE_WORDS})\s+)*"
    r"(?=(?:sanctions|tariffs?|duties)\b))"
)
_ENVOY_PREPOSITION = re.compile(r"\s+(?:to|from|in)\s+")
_OWN_MISSION_AFTER = re.compile(r"\s+(?:down\s+)?(?:its|their|our|his|her)\b", re.IGNORECASE)
_POSTED_IN_BEFORE = re.compile(
    r"\b(?:its|their|his|her)\s+(?:own\s+)?(?:ambassadors?|envoys?|charg[eé]\s+d['’]affaires)"
    r"\s+in\s+$",
    re.IGNORECASE,
)
_MISSION_IN_BEFORE = re.compile(
    r"\b(?:its|their|his|her)\s+(?:own\s+)?(?:embassy|embassies|consulates?)\s+in\s+$",
    re.IGNORECASE,
)
# What names the supported after "expressed their support": "for Mali", "\" for Bamako".
_SUPPORT_FOR = re.compile(r"[\"”’']?\s+for\s")
# Whose visa-free travel is suspended: "for Georgian citizens", "for holders of"
_VISA_FOR = re.compile(r"\s+for\s+(?:holders\s+of\s+|the\s+)?", re.IGNORECASE)
# Where the targets named after a trigger end. "accused Iran of supplying Yemen's Houthis":
# what the target is accused of (a gerund after "of", in lower case: not "of Beijing") names
# no one the act is aimed at.
_TARGET_END = re.compile(
    r"\b(?:over|for|because|after|amid|since|following|in\s+response|in\s+solidarity|as|which"
    r"|that|who|saying"
    r"|to\s+\w+|(?-i:of\s+[a-z]+ing))\b|[;:]",
    re.IGNORECASE,
)
# Another speaker's clause after the act: ", and the U.S. consulate general in Erbil called"
_ANOTHER_SPEAKER = re.compile(
    r",\s+and\s+the\s+(?:[\w.'’-]+\s+){1,6}?(?:said|says|called|urged|condemned|accused|warned"
    r"|added|described|told|welcomed|criticised|criticized|expressed|issued|denied|rejected)\b"
)
# A second act of the subject after the first act's object: "expressed solidarity with Kuwait
# and urged Iraq to ...", "condemned the attack and asked Oman to ..." (not "condemned and
# rejected North Korea's launch": one object)
_SECOND_ACT = re.compile(
    r"\band\s+(?:also\s+|then\s+)?(?:urged|called|demanded|accused|warned|asked|condemned"
    r"|rejected|pledged|threatened)\b",
    re.IGNORECASE,
)
# The state a protest is lodged with or handed to: "lodged a protest with China", "handed a
# note of protest to Russia's charge d'affaires".
_LODGED_WITH = re.compile(r"[\"”]?\s+(?:to|with)\b")
_MODE_RANK = {
    "summit": 7,
    "talks": 6,
    "negotiation": 5,
    "visit": 4,
    "phone_call": 3,
    "meeting": 2,
    "mediation": 1,
    "ceasefire": 3,
    "agreement": 2,
    "pledge": 1,
}
_HOSTING_FORMS = frozenset({"hosted", "hosts", "host", "hosting"})
_COURT_CASE_BEFORE = re.compile(
    r"\b(?:case|lawsuit|complaint|suit)\s+(?:(?:in\s+which|that|where)\s+[^,.;]{0,30}"
    r"|(?:at|before|with|in)\s+(?:the\s+)?(?:International\s+Court\s+of\s+Justice|ICJ"
    r"|International\s+Criminal\s+Court|ICC|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+[Cc]ourt)\s+)$"
)
# ... not a case filed that day: "Nicaragua on Friday filed a case at the International Court
# of Justice accusing Germany"
_FILED_CASE_BEFORE = re.compile(
    r"\b(?:filed|files|filing|brought|brings|lodged|lodges|launched|submitted|instituted|opened)"
    r"\s+(?:a|an|its|the)\s+(?:new\s+)?(?:case|lawsuit|complaint|suit)\b"
)
_COURT_WORDS = ("case", "suit", "complaint")
_LEGISLATOR_WORDS = ("opposition", "senator", "sen.", "lawmaker", "legislator", "congress")


# A legislator or an opposition figure named as the subject right before a statement
# ("opposition senator Francisco Chahuan accused", "Senator Marco Rubio, whose parents emigrated
# from Cuba, called"; not "expressed firm opposition to the arms sale and urged", "In a letter
# to opposition leader Peter Dutton, Albanese accused"; not lawmakers voting, the parliament's
# act: "Turkish lawmakers approved Sweden's NATO membership bid")
_LEGISLATOR_SUBJECT_BEFORE = re.compile(
    r"(?<!\bto\s)(?<!\bof\s)(?<!\bwith\s)(?<!\bby\s)(?<!\bfor\s)(?<!\bagainst\s)"
    r"(?<!\bformer\s)(?<!\ba\s)"
    r"(?:\b[Oo]pposition\s+(?:leader|senator|lawmaker|legislator|MP|politician|party|figure"
    r"|candidate)|\b[Ss]enator|\bSen\.|\b[Ll]awmaker|\b[Ll]egislator|\b[Cc]ongress(?:wo)?man|\bMP)"
    r"(?:\s+[A-Z][\w.'’-]*){0,4}(?:,[^,]{0,60},)?,?\s+(?:on\s+\w+\s+)?$"
)
_AGREED_ON_BEFORE = re.compile(
    r"\bagree(?:d|s|ing)?(?:\s+(?:on|to|that))?(?:\s+(?!(?:and|then|before|after|but)\b)[\w-]+){0,4}"
    r"\s+$"
    # (the agreement's coordinated terms: "agreed on Wednesday to pool intelligence and run
    # joint patrols")
    r"|\bagree(?:d|s)?\s+(?:(?:on|last|this|next)\s+\w+\s+)?to\s+[\w-]+(?:\s+[\w-]+){0,3}\s+and"
    r"\s+(?:[\w-]+\s+){1,2}$",
    re.IGNORECASE,
)
# An old pact's relative clause: "a 2023 security agreement under which (Baghdad pledged)"
_OLD_PACT_WHICH_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|deal|accord|pact|treaty|memorandum|ceasefire|truce|arrangement)\s*,?\s+"
    r"(?:under|by|in|with)\s+which\s+(?:[\w'’.-]+\s+){0,6}$",
    re.IGNORECASE,
)
# Who one stands with as a side: "its treaty ally the Philippines", "our ally", "the kingdom in
# all measures it takes"
_ALLY_AFTER = re.compile(
    r"\s+(?:(?:its|our|their|his|her)\s+(?:[\w-]+\s+)?all(?:y|ies)\b(?!\s+in\b)"
    r"|(?:the\s+)?(?:[\w-]+\s+){1,3}in\s+all\s+(?:the\s+)?measures\b)"
)
_AGREEMENT_TO_BEFORE = re.compile(
    r"\b(?:agreement|memorandum|deal|accord|pact|protocol)\s+(?:(?:signed|reached|concluded)\s+)?"
    r"(?:(?:on|last|this|next)\s+\w+\s+|yesterday\s+|today\s+)?to\s+(?:[\w-]+\s+){0,2}$"
    # what it covers: "signed a memorandum covering intelligence sharing and joint patrols"
    r"|\b(?:agreement|memorandum|deal|accord|pact|protocol)\s+(?:(?:on|last|this|next)\s+\w+\s+)?"
    r"(?:covering|providing\s+for"
    r"|that\s+(?:covers|provides\s+for))\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# What a state hosts that is no guest: "to host French forces", "Qatar has hosted
# Brotherhood figures", "accused Rwanda of hosting, training and funding the RED-Tabara rebel
# group", "hosts about 1.5 million refugees", "hosted the contest"
_HOSTED_FORCES_AFTER = re.compile(
    r"(?:,?\s+(?:and\s+)?\w+ing)*\s+(?:(?:the|a|an|some|about|around|more\s+than|over|\d[\d,.]*"
    r"|million|thousands\s+of|hundreds\s+of|[A-Z][\w'’-]*|\w+-\w+|rebel|military|foreign|armed|"
    r"militant|opposition|exiled)\s+){0,5}(?:forces|troops|soldiers|bases?|rebels?|group|groups"
    r"|militants?|fighters|figures|refugees|migrants|camps?|militias?"
    # ... nor a contest or a show: "Sweden ... hosted the contest after Loreen's win"
    r"|contest|competition|tournament|championships?|games|Games|festival|final|race|rally"
    r"|exhibition|expo|Expo|Olympics|World\s+Cup|concert|fair)\b"
    # (not a word that names a person by them: "armed forces chief Abdel Fattah al-Burhan",
    # "a group of U.S. senators", "the rebel group's leaders")
    r"(?!\s+(?:chiefs?|commanders?|leaders?|heads?|spokes(?:man|woman|person)|of)\b|['’]s)"
)
# An invitation told with its refusal: "had been invited but did not send a delegation"
_INVITED_BUT_ABSENT = re.compile(
    r"\s+but\s+(?:(?:did\s+not|didn't|failed\s+to)\s+(?:attend|come|take\s+part|participate"
    r"|send\s+a\s+delegation)|declined\s+(?:to\s+attend|to\s+come|the\s+invitation)"
    r"|stayed\s+away|sent\s+no\s+delegation)\b"
)
# A state whose reaction an act drew: "that drew a warning from Russia on Friday"
_REACTION_FROM_BEFORE = re.compile(
    r"\b(?:drew|drawing|draws|drawn|prompted|prompting|sparked|triggered)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:warning|criticism|protest|condemnation|rebuke|objections?|anger|fire|complaints?"
    r"|response|reaction)s?\s+from\s+(?:the\s+)?$"
)
# (the words the two patterns below cannot match without: a cheap literal test first)
_AIM_WORDS = ("aimed", "designed", "meant", "intended", "seen")
_TRIP_WORDS = ("before", "after", "then")
# A state whose sway an act is said to check: what it is for, not a side of it
_COUNTERED_BEFORE = re.compile(
    r"\b(?:aimed\s+at|designed\s+to|meant\s+to|intended\s+to|seen\s+as\s+an?\s+\w+\s+to)\s+"
    r"(?:check|counter|curb|limit|contain|blunt|offset|push\s+back\s+against)(?:ing)?\s+"
    r"(?:the\s+)?$"
)
# A trip before or after the act, whose end is not where the act took place
_ANOTHER_TRIP = re.compile(
    r"\b(?:before|after|then)\s+(?:flying|heading|returning|travell?ing|leaving|departing"
    r"|going|flew|headed|returned|left|departed)\b"
)
# "since" opening a clause of an earlier act (not "since Monday", "since then")
_SINCE_AN_ACT = re.compile(
    r"\bsince\s+(?!(?:\w+day|then|last|early|late|mid|the\s+(?:start|end|beginning))\b)"
    r"(?:[\w.'’-]+\s+){1,5}?[a-z]+ed\b"
)
# A reaction to an act named by its noun: "condemned the", "vowed to retaliate for the"
_REACTION_TO_BEFORE = re.compile(
    r"\b(?:condemn|denounc|protest|criticis|criticiz|retaliat|respond|react|slam|deplor|decr[iy])"
    r"\w*\s+(?:to\s+|for\s+|against\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# Whom an expulsion named by its noun sends away: "the expulsions of 40 Russian diplomats"
_EXPELLED_PEOPLE_AFTER = re.compile(
    r"\s+of\s+(?:[\w.'’-]+\s+){0,4}?(?:diplomats?|envoys?|ambassadors?|consuls?|officials"
    r"|staff|attach[eé]s?|charg[eé]s?|military\s+attach[eé]s?)\b"
)
# People who are no diplomats, after an expulsion: "expulsion of Comorians", "expulsions of
# undocumented migrants"
_PEOPLE_EXPELLED_AFTER = re.compile(
    r"\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:migrants|refugees|asylum[- ]seekers|deportees|nationals"
    r"|citizens|people|families|workers|residents|civilians|journalists|missionaries"
    r"|[A-Z][a-z]+(?:ans|ese|is))\b"
)
# A seat told as what a place is: "a country that hosts the OSCE", "which hosts the
# headquarters of the African Union" (not "Qatar, which hosts the talks")
_STANDING_HOST_BEFORE = re.compile(r"\b(?:that|which)\s+(?:also\s+)?$")
_SEATS_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:headquarters|agencies|offices|seat|secretariat)\b"
)
_CARRIED = ("carrying ", "laden ", "loaded ")
_ARRIVAL_FORMS = frozenset(
    {"landed in", "arrived in", "arrive in", "arrives in", "arriving in", "flew to", "flew into"}
)
# "rescuers landed in Kathmandu on Sunday, a day before Fidan visited Nepal": another act
_ANOTHER_ACT_BETWEEN = re.compile(
    r";|,\s+(?:and|while|a\s+day|before|after|as)\b|\b(?:while|before|after|whereas)\b"
)
_GENERIC_AGREE = frozenset({"agreed to", "agreed on", "agreed that"})


@dataclass(frozen=True, slots=True)
class _Compiled:
    automaton: ahocorasick.Automaton
    future: re.Pattern[str]
    future_guard: Guard
    future_lower: re.Pattern[str]  # ``future`` for the lowered text (see ``caseless``)
    cancelled: re.Pattern[str]
    negation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    proposed: re.Pattern[str]
    needs: dict[int, tuple[re.Pattern[str], Guard]]
    cues: ahocorasick.Automaton  # every status cue phrase → its categories
    clause_guards: GuardSet  # every guard ``_ClauseFacts.may_match`` is asked about
    # "agreed friday to" → "agreed to": a form with the American wire's weekday inside it
    dated_forms: dict[str, str] = field(default_factory=dict)


_WEEKDAYS = tuple(WEEKDAY_NUMBERS)
_IRREGULAR_PAST = frozenset(
    ("met", "held", "spoke", "broke", "cut", "struck", "sent", "gave", "took")
)


@cache
def _compiled() -> _Compiled:
    lexicon: DiplomaticLexicon = diplomatic_lexicon()
    table: dict[str, object] = {}
    needs: dict[int, tuple[re.Pattern[str], Guard]] = {}
    dated_forms: dict[str, str] = {}
    for trigger in lexicon.triggers:
        for form in trigger.forms:
            table.setdefault(form, trigger)
            verb, _, rest = form.partition(" ")
            if rest and (verb.endswith("ed") or verb in _IRREGULAR_PAST):
                # AP style: "agreed Friday to", "met Tuesday with", "spoke Monday by phone"
                for day in _WEEKDAYS:
                    dated = f"{verb} {day} {rest}"
                    if dated not in table:
                        table[dated] = trigger
                        dated_forms[dated] = form
        if trigger.needs:
            needs[id(trigger)] = (phrase_regex(trigger.needs), phrase_guard(trigger.needs))
    for blocker in lexicon.blockers:
        table[" ".join(blocker.lower().split())] = _BLOCK
    cues = lexicon.status_cues
    categories: dict[str, set[str]] = {}
    for category in ("future", "cancelled", "negation", "hypothetical", "proposed"):
        for phrase in getattr(cues, category):
            categories.setdefault(" ".join(phrase.lower().split()), set()).add(category)
    for phrase in cues.not_cues:
        categories.setdefault(" ".join(phrase.lower().split()), set()).add(_NOT_CUE)
    cue_automaton = ahocorasick.Automaton()
    for phrase, names in categories.items():
        cue_automaton.add_word(phrase, (len(phrase), tuple(sorted(names))))
    cue_automaton.make_automaton()
    future_guard = phrase_guard(cues.future)
    return _Compiled(
        cues=cue_automaton,
        automaton=LOWER_TEXT_PASS.join(phrase_automaton(table)),
        future=phrase_regex(cues.future, cues.not_cues),
        future_guard=future_guard,
        future_lower=caseless(phrase_regex(cues.future, cues.not_cues)),
        cancelled=phrase_regex(cues.cancelled),
        negation=phrase_regex(cues.negation),
        hypothetical=phrase_regex(cues.hypothetical),
        proposed=phrase_regex(cues.proposed),
        needs=needs,
        dated_forms=dated_forms,
        clause_guards=GuardSet(
            [
                _YEAR_GUARD,
                *(guard for _, guard in _FLAG_PATTERNS.values()),
                *(guard for _, guard in _SPAN_PATTERNS.values()),
                future_guard,
            ]
        ),
    )


@dataclass(slots=True)
class _Party:
    key: str  # dedupe key: person name, or country/IGO code
    participant: Participant
    span: tuple[int, int]


@dataclass(slots=True)
class _Mention:
    trigger: Trigger
    span: tuple[int, int]
    sentence: Sentence
    sentence_index: int
    status: EventStatus
    anaphoric: bool
    location: Location | None = None
    location_span: tuple[int, int] | None = None
    date: DateMention | None = None
    parties: list[_Party] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    source: str | None = None
    mode: str | None = (
        None  # set when the clause names it ("met ... for talks"), else the trigger's
    )
    separate: bool = False  # one of "separate calls with A and B": an event of its own
    retaliation: bool = False  # "retaliatory tariffs": an answer to another's act, never it
    # aimed only at the sides of an event named by a noun ("criticised the move"): none
    # found, no event (``_add_endorsed_sides``)
    awaits_sides: bool = False

    @property
    def event_mode(self) -> str | None:
        return self.mode or self.trigger.mode


@dataclass(slots=True)
class _Event:
    event_type: EventType
    mode: str | None
    status: EventStatus
    location: Location | None
    date: DateMention | None
    parties: dict[str, _Party]
    topics: list[str]
    # (field, start, end) of each evidence span, in order: the ``Evidence`` objects are built
    # only for the records (a span told again by a later mention is not built twice).
    evidence: list[tuple[str, int, int]]
    first_span: tuple[int, int]
    sentences: set[int]
    family: str  # ``_family(event_type, mode)``, kept up to date when the mode changes
    source: str | None = None
    mentions: int = 1
    modes: set[str] = field(default_factory=set)
    told: set[int] = field(default_factory=set)  # sentences that report it, not refer to it
    # made from a mention told as its own act: one side's part of "separate talks with A and
    # B", of calls with a list, of donors or tariffs split, a courtesy call, an "also" act
    separate: bool = False
    # made from a bare arrival ("who arrived on Monday evening"): its day, told by the way, dates
    # no undated act after it
    arrival: bool = False


@dataclass(slots=True)  # not frozen: a frozen dataclass is twice as slow to build
class _Hit:
    start: int
    end: int
    form: str  # the matched phrase, lower case
    trigger: Trigger


def has_trigger(doc: Document) -> bool:
    """Whether ``doc`` holds a diplomatic trigger: without one ``extract_diplomatic`` finds
    nothing. Needs only the text and sentences (``document.split``); the hits are kept for
    the extraction."""
    compiled = _compiled()
    hits = _triggers(doc, compiled)
    # (a trigger that lacks every word it needs in its sentence tells nothing, as
    # ``extract_diplomatic`` reads it, unless an official the article titled may stand for
    # the word: "Cooper is due in Paris", "summoned Herrstrom")
    return any(
        hit.trigger.check == "place_after"
        or hit.form.startswith(_SUMMONS_FORMS)
        or _needs_met(doc, compiled, doc.sentences[index], hit.trigger)
        for index, sentence_hits in _by_sentence(doc, hits)
        for hit in sentence_hits
    )


# "during a visit by External Affairs Minister S Jaishankar, who held talks with President
# Emomali Rahmon": the visitor's talks told in a relative clause after the visit's noun
_WHO_BEFORE_TALKS = re.compile(r",\s+who\s+(?:also\s+)?$")


def _own_act_in_read_clause(
    doc: Document, sentence: Sentence, read_mode: str | None, hit: _Hit
) -> bool:
    """Whether a clause already read (for a visit, talks or a meeting) still holds an act of
    its own: the visitor's talks or meeting in a relative clause after a visit (", who held
    talks with ..."), or the visitor's reception by another after the talks ("held talks with
    Araghchi on Thursday morning and was later received by President Masoud Pezeshkian")."""
    text = doc.text
    if (
        read_mode in ("visit", "talks", "meeting")
        and hit.form in ("received", "receives")
        and (
            _RECEIVED_AFTER_TALKS.search(text, max(0, hit.start - 40), hit.start) is not None
            # "Chernyshenko, who arrived in Havana on Wednesday for a three-day visit, was
            # received in the evening by President Miguel Diaz-Canel": the main clause's act
            or (
                read_mode == "visit"
                and _RECEIVED_AFTER_ARRIVAL.search(text, max(0, hit.start - 24), hit.start)
                is not None
                and _WHO_ARRIVED.search(text, sentence.start, hit.start) is not None
                # (not a welcome: "was received at the airport by Deputy Foreign Minister X")
                and _WELCOME_WORDS.search(sentence.text) is None
            )
        )
    ):
        # (by another than the talks' own people: not "held talks with Araghchi ... and was
        # later received by Araghchi at a working lunch")
        before = {p.name for _, _, p in doc.person_mentions(sentence.start, hit.start)}
        after = {p.name for _, _, p in doc.person_mentions(hit.end, sentence.end)}
        return bool(after - before)
    return (
        read_mode == "visit"
        and hit.trigger.mode in ("talks", "meeting")
        and _WHO_BEFORE_TALKS.search(text, max(0, hit.start - 12), hit.start) is not None
    )


_RECEIVED_AFTER_ARRIVAL = re.compile(
    r",\s+(?:was|were|had\s+been)\s+(?:later\s+|then\s+|first\s+)?$"
)
_RECEIVED_AFTER_TALKS = re.compile(
    r"\s(?:and|before|after)\s+(?:was|being|were|had\s+been|has\s+been)\s+(?:later\s+|then\s+|also\s+)?$"
)


def _triggers(doc: Document, compiled: _Compiled) -> list[_Hit]:
    hits: list[_Hit] | None = doc.memo.get(("diplomatic triggers",))
    if hits is None:
        hits = doc.memo[("diplomatic triggers",)] = _find_hits(doc, compiled)
    return hits


def extract_diplomatic(doc: Document, extractor_version: str) -> list[DiplomaticEvent]:
    """Every diplomatic event the article reports, one record per real-world event."""
    compiled = _compiled()
    gaz = gazetteer()
    hits = _triggers(doc, compiled)
    if not hits:
        return []
    events: list[_Event] = []
    focus: dict[str, _Event] = {}
    for sentence_index, sentence_hits in _by_sentence(doc, hits):
        sentence = doc.sentences[sentence_index]
        # A trigger whose sentence lacks every word it needs ("received" without a minister,
        # an envoy ...) tells nothing: a sentence with no other trigger is left at once (about
        # a quarter of the sentences of everyday news), before its clauses are cut.
        unmet = {
            id(hit)
            for hit in sentence_hits
            if not _needs_met(doc, compiled, sentence, hit.trigger)
            and not _official_due(doc, sentence, hit)
            and not _envoy_summoned(doc, sentence, hit)
            and not _received_by_an_official(doc, sentence, hit)
        }
        if len(unmet) == len(sentence_hits):
            continue
        read: dict[tuple[tuple[int, int], str], str | None] = {}
        kept = _drop_redundant(sentence_hits, doc.text)
        purposes = _purpose_modes(doc, sentence, kept)
        for hit in kept:
            if id(hit) in unmet:
                continue
            # Two triggers of one kind in one clause ("talks ... the meeting") name one event:
            # the clause is read once.
            key = (
                _clause_bounds(doc, sentence, hit.start, hit.end),
                _trigger_family(hit.trigger),
            )
            if key in read and not _own_act_in_read_clause(doc, sentence, read[key], hit):
                continue
            mentions = _read(doc, gaz, compiled, sentence, sentence_index, hit)
            purpose = purposes.get(hit.start)
            for mention in mentions:
                if purpose:
                    mention.mode = purpose
            if (
                mentions
                and not all((m.anaphoric and not m.parties) or m.separate for m in mentions)
                # (a bare arrival leaves its clause to the talks it tells: "Rama, who arrived on
                # Wednesday morning, held talks with Spajic")
                and hit.trigger.check != "arrived_here"
            ):
                # a bare reference ("the talks took place during a state visit by X to Y")
                # leaves the clause to the trigger that names the event in full, and so do
                # separate meetings with the sides listed ("separate talks with A and with B,
                # and A and B met later": a third)
                read.setdefault(key, hit.trigger.mode)
            for mention in mentions:
                _add_referred_parties(doc, gaz, events, mention)
                _merge(events, focus, mention, doc)
    _split_talks_from_arrival(doc, events)
    _visit_from_an_arrival_told_with_talks(doc, events)
    _add_nearby_persons(doc, events)
    _add_voices_in_sentence(doc, events)
    _add_role_persons(doc, events)
    _add_named_envoys(doc, events)
    _add_summoning_officials(doc, events)
    _share_parties(events)
    _date_from_context(events, doc.published)
    _place_from_context(events, doc)
    _place_at_story_venue(events, doc, gaz)
    _aid_to_the_story_state(events, doc, gaz)
    events = _separate_statements(doc, events)
    story_day = _story_day(events, doc.published)
    records = [
        _to_record(doc, gaz, event, extractor_version, story_day)
        for event in events
        if _is_codable(event)
    ]
    codable = [
        record
        for record in records
        if not _is_domestic(doc, record)
        and not _one_sided_agreement(doc, record)
        and not _appeal_to_the_public(doc, record)
        and not _call_for_a_thing(doc, record)
        and not _appeal_to_resign_at_home(doc, record)
        and not _a_question_asked(doc, record)
        and not _appeal_to_all(doc, record)
        and not _one_side_in_a_sports_or_trade_story(doc, record)
        and not _congratulations_at_home(doc, record)
        and not _relief_at_home(doc, record)
        and not _one_state_story(doc, record)
        and not _unplaced_in_time(record)
        and not _long_past(doc, record)
        and not _last_years_act(doc, record)
        and not _later_than_an_earlier_year(doc, record)
        and not _envoys_round_at_post(doc, record)
        and not _since_when_background(doc, record)
        and not _told_in_a_work(doc, record)
        and not _unaimed_warning(doc, record)
        and not _a_firms_delivery(doc, record)
    ]
    counterpart = _storys_counterparts(doc, gaz)
    if counterpart:
        codable = [_with_the_storys_counterpart(doc, gaz, r, counterpart) for r in codable]
    return [
        _without_a_calls_place(_territories_under_their_state(r))
        for r in _support_within_calls(
            doc,
            _demands_within_protests(doc, _calls_within_visits(_one_agreement_a_day(codable))),
        )
        if not _proposal_without_event(r)
    ]


_CALLERS_WORDS_BETWEEN = re.compile(
    r"(?:(?!\b(?:after|before|when|while|as|since|because|following|but)\b)[^;.])*?"
    # ("and reiterated Cairo's support", ", offering support"; not "and the Russian parliament
    # separately expressed", ", and Qatar's foreign ministry later voiced")
    r"(?:\s+and\s+|,\s+)(?!(?:the|a|an|its|their|his|her|later|separately|and)\b)(?![A-Z])"
    r"(?:[\w'’\"“”-]+\s+){0,4}"
)


def _support_within_calls(doc: Document, records: list[DiplomaticEvent]) -> list[DiplomaticEvent]:
    """Support voiced in a phone call, told in the call's own sentence by its caller ("spoke by
    phone with Tokayev on Monday evening and expressed support for Kazakhstan's territorial
    integrity"), is what was said in the call, as the analysts code it; so is what the two
    agreed in it ("spoke by phone on Thursday and agreed to keep the matter 'within the family
    of ASEAN'"; not a ceasefire, nor an agreement signed)."""
    calls = [
        (call, found)
        for call in records
        if call.event_type is _TYPE_CONSULT
        and call.mode == "phone_call"
        and call.status is _STATUS_OCCURRED
        and (found := _trigger_sentence(doc, call)) is not None
    ]
    if not calls:
        return records
    kept = []
    for record in records:
        if record.status is _STATUS_OCCURRED and (
            record.event_type is EventType.SUPPORT or _agreed_in_words(record)
        ):
            found = _trigger_sentence(doc, record)
            if found is not None and any(
                call_found[1].start == found[1].start
                and call_found[0].end <= found[0].start
                # the caller's own words, coordinated with the call ("... and expressed
                # support", ", expressing solidarity"; not "after Turkey's parliament
                # expressed support")
                and _CALLERS_WORDS_BETWEEN.fullmatch(doc.text, call_found[0].end, found[0].start)
                is not None
                and _codes_of(record) <= _codes_of(call)
                and record.date == call.date
                for call, call_found in calls
            ):
                continue
        kept.append(record)
    return kept


def _agreed_in_words(record: DiplomaticEvent) -> bool:
    """An agreement told by "agreed" ("agreed to coordinate closely"), not a signed one."""
    if record.event_type is not _TYPE_AGREE or record.mode != "agreement":
        return False
    trigger = _trigger_of(record)
    return trigger is not None and trigger.text.lower().startswith("agreed")


# Mentions that name a state: its name, its adjective, its people, its capital.
_COUNTED_MENTIONS = frozenset({_KIND_COUNTRY, _KIND_ADJECTIVE, _KIND_PEOPLE, _KIND_METONYM})


def _storys_counterparts(doc: Document, gaz: Gazetteer) -> dict[str, str]:
    """For each state the story names, the state it deals with when a sentence names no other:
    the state named most often besides it (the headline weighing three), if named at least
    twice and more often than any third ("Mali expelled the ambassador" in a story about
    Mali and France)."""
    ranked = [
        (code, n) for code, n in doc.country_counts.most_common() if code in gaz.country_names
    ]
    out: dict[str, str] = {}
    for own, _ in ranked:
        others = [(code, n) for code, n in ranked if code != own][:2]
        if others and others[0][1] >= 2 and (len(others) == 1 or others[0][1] > others[1][1]):
            out[own] = others[0][0]
    return out


def _with_the_storys_counterpart(
    doc: Document, gaz: Gazetteer, record: DiplomaticEvent, counterparts: dict[str, str]
) -> DiplomaticEvent:
    """An act with one side only ("Bolivia expelled the ambassador", "the ministry summoned
    the envoy and demanded an apology") is an act towards the state the story is about: its
    counterpart joins, with the mention of it nearest before the act as evidence."""
    codes = _codes_of(record)
    if (
        len(codes) != 1
        or record.event_type is _TYPE_AID
        or record.mode == "pledge"
        # a body of no state is the act's other side ("met FIFA officials")
        or any(
            p.country_code is None and p.kind is _PARTICIPANT_ORGANIZATION
            for p in record.participants
        )
    ):
        # (aid without a recipient has its own reading, _aid_to_the_story_state; a pledge may
        # be a promise to anyone: "Woodside promised to train 500 engineers")
        return record
    own = next(iter(codes))
    other = counterparts.get(own)
    if other is None:
        return record
    act = min((e.start for e in record.evidence if e.field == "trigger"), default=0)
    mentions = [
        m
        for m in doc.mentions
        if m.code == other and m.kind in _COUNTED_MENTIONS and not doc.in_dateline(m.start)
    ]
    if not mentions:
        return record
    before = [m for m in mentions if m.start < act]
    mention = before[-1] if before else mentions[0]
    party = _state_party(gaz, other, (mention.start, mention.end))
    return record.model_copy(
        update={
            "participants": [*record.participants, party.participant],
            "evidence": [
                *record.evidence,
                _evidence(
                    "participant", doc.text[mention.start : mention.end], mention.start, mention.end
                ),
            ],
        }
    )


def _territories_under_their_state(record: DiplomaticEvent) -> DiplomaticEvent:
    """A dependent territory's government ("Greenland", "the Faroese government", New
    Caledonia's) acts under its state's code, as the analysts code it (the Faroe Islands and
    Greenland as organizations of DNK); named beside its own state ("Spain, Britain and
    Gibraltar") it is spoken for by the state, no party of its own. Done after the tests of
    home affairs, which read the territory."""
    sovereigns = _sovereigns()
    if not any(p.country_code in sovereigns for p in record.participants):
        return record
    codes = {p.country_code for p in record.participants if p.country_code}
    dropped = {c for c in codes if c in sovereigns and sovereigns[c] in codes}
    participants = []
    for p in record.participants:
        code = p.country_code
        if code is None or code not in sovereigns:
            participants.append(p)
        elif p.kind is _PARTICIPANT_PERSON or code not in dropped:
            participants.append(p.model_copy(update={"country_code": sovereigns[code]}))
    return record.model_copy(update={"participants": participants})


# A demand voiced in a protest: "handed Ambassador X a note demanding that Turkey stop",
# "told Ambassador X that ... and demanded that the fines be withdrawn", "sent a protest note
# to Nicaragua, demanding the immediate release"
_DEMAND_WORDS = re.compile(r"demand|urg|call", re.IGNORECASE)
_PROTEST_SETTING = re.compile(
    r"\b(?:note|notes|ambassador|envoy|diplomat|charg[eé]|high\s+commissioner|summon\w*"
    r"|protest\w*)\b",
    re.IGNORECASE,
)
# The summoned diplomat told of in the demand's own words: "handed the ambassador a note
# demanding", "told the diplomat that the attack was 'unacceptable' and demanded"
_TO_THE_SUMMONED_BEFORE = re.compile(
    r"\b(?:handed|delivered|presented|gave)\b[^.;]{0,60}?\bnote\b"
    r"|\btold\s+the\s+(?:[\w-]+\s+)?(?:diplomat|envoy|ambassador|charg[eé])\b",
    re.IGNORECASE,
)


def _demands_within_protests(
    doc: Document, records: list[DiplomaticEvent]
) -> list[DiplomaticEvent]:
    """A demand voiced in a summons or a protest note (told in its sentence or the next, to
    the same state, on the same day) is part of the protest, as the analysts code it."""
    protests = [r for r in records if r.event_type is _TYPE_ACCUSE and r.status is _STATUS_OCCURRED]
    if not protests:
        return records
    kept = []
    for record in records:
        if record.event_type is _TYPE_REQUEST and record.status is _STATUS_OCCURRED:
            found = _trigger_sentence(doc, record)
            if (
                found is not None
                and _DEMAND_WORDS.match(found[0].text) is not None
                and _PROTEST_SETTING.search(doc.text, found[1].start, found[1].end) is not None
                and any(_demand_within(doc, record, found[1], p) for p in protests)
            ):
                continue
        kept.append(record)
    return kept


def _demand_within(
    doc: Document, demand: DiplomaticEvent, sentence: Sentence, protest: DiplomaticEvent
) -> bool:
    """Whether a demand is voiced in the protest: the same states, the same day (or none),
    told in the protest's sentence or the one after it."""
    if not _codes_of(demand) <= _codes_of(protest) or len(_codes_of(protest)) < 2:
        return False
    # (a day told in a sentence that tells none of the demand is the context's, not the
    # demand's: "... handed a note demanding that work be halted. Argentina rejected the
    # protest on Tuesday.")
    told = _told_sentences(doc, demand)
    own_day = any(
        e.field == "date" and doc.sentence_index(e.start) in told for e in demand.evidence
    )
    if (
        own_day
        and demand.date is not None
        and protest.date is not None
        and demand.date != protest.date
    ):
        return False
    index = doc.sentence_index(sentence.start)
    # (or further on, in a sentence that names the protest's own officials: "Foreign Minister
    # Margus Tsahkna handed charge d'affaires Lenar Salimullin a note of protest demanding ...")
    if _told_sentences(doc, protest) & {index, index - 1}:
        return True
    # (or one that tells the note handed or the words to the diplomat summoned: "Foreign
    # Minister Melvin Bouva handed the ambassador a note demanding")
    trigger = next((e for e in demand.evidence if e.field == "trigger"), None)
    if trigger is not None and _TO_THE_SUMMONED_BEFORE.search(
        doc.text, sentence.start, trigger.start
    ):
        return True
    officials = {p.name for p in protest.participants if p.kind is _PARTICIPANT_PERSON and p.name}
    return any(
        e.field == "participant" and e.text in officials and doc.sentence_index(e.start) == index
        for e in protest.evidence
    )


def _told_sentences(doc: Document, record: DiplomaticEvent) -> set[int]:
    """The indexes of the sentences holding a record's triggers."""
    return {doc.sentence_index(e.start) for e in record.evidence if e.field == "trigger"}


def _calls_within_visits(records: list[DiplomaticEvent]) -> list[DiplomaticEvent]:
    """A visitor's courtesy call on another of the host's leaders ("He also called on President
    Droupadi Murmu", "will pay courtesy calls on General Secretary Nguyen Phu Trong") is part of
    the visit the article reports, not a meeting of its own."""
    visits = [
        r
        for r in records
        if r.event_type is _TYPE_CONSULT
        and r.mode == "visit"
        and r.status is _STATUS_OCCURRED
        and len(_codes_of(r)) >= 2
    ]
    if not visits:
        return records
    return [
        r
        for r in records
        if not (
            r.event_type is _TYPE_CONSULT
            and r.mode == "meeting"
            and (trigger := _trigger_of(r)) is not None
            and _CALL_ON_WORDS.match(trigger.text) is not None
            and any(_call_within(r, visit) for visit in visits)
        )
    ]


def _call_within(call: DiplomaticEvent, visit: DiplomaticEvent) -> bool:
    """Whether a call is the visitor's, among the visit's states, in its days (or undated)."""
    if not _codes_of(call) <= _codes_of(visit):
        return False
    if call.date is not None and visit.date is not None:
        days = (dt.date.fromisoformat(str(call.date)) - dt.date.fromisoformat(str(visit.date))).days
        if not 0 <= days <= _VISIT_DAYS:
            return False
    visitors = {p.name for p in visit.participants if p.kind is _PARTICIPANT_PERSON}
    callers = {p.name for p in call.participants if p.kind is _PARTICIPANT_PERSON}
    if (
        call.date is not None
        and call.date != visit.date
        and visitors & callers
        and callers - visitors
    ):
        # a call on someone the visit does not hold, told on a later day of its own: "Sun
        # (who arrived on Monday) called on Foreign Minister Khadka on Wednesday morning"
        return False
    # (the visitor named, or a call told with "He" after the visit: no person of its own)
    return bool(visitors & callers) or len(callers) <= 1


_VISIT_DAYS = 4


_CALL_ON_WORDS = re.compile(
    r"(?:call(?:ed|s|ing)?\s+on|(?:paid|pay|pays|paying)\s+(?:a\s+)?courtesy\s+calls?)",
    re.IGNORECASE,
)


def _one_agreement_a_day(records: list[DiplomaticEvent]) -> list[DiplomaticEvent]:
    """One agreement of a kind a day between the same sides: "Starmer and Martin agreed on
    Friday to link their electricity grids" and "signed a joint statement committing London and
    Dublin to cooperate" at the same summit are one act, told twice (the first told is kept). A
    ceasefire and a pledge the same day stay apart."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for record in records:
        if record.event_type is EventType.AGREE and record.date is not None:
            place = record.location.name if record.location is not None else None
            key = (record.date, frozenset(_codes_of(record)), record.status, record.mode, place)
            if key in seen:
                continue
            seen.add(key)
        out.append(record)
    return out


_ACTOR_KINDS = frozenset(
    (
        _KIND_COUNTRY,
        _KIND_ADJECTIVE,
        _KIND_PEOPLE,
        _KIND_METONYM,
        _KIND_IGO,
        _KIND_IGO_ADJECTIVE,
        _KIND_GROUP,
    )
)


def _article_actors(doc: Document) -> set[str]:
    """Every state and organisation code the article names: its countries, demonyms,
    capitals as governments, organisations, groups of states, and its people's states."""
    actors: set[str] | None = doc.memo.get(("article actors",))
    if actors is None:
        actors = set()
        for m in doc.mentions:
            entries = m.entries
            if entries[0].kind in _ACTOR_KINDS:  # the mention's kind
                actors.update(e.code for e in entries if e.kind in _ACTOR_KINDS)
        actors.update(p.country_code for p in doc.persons.values() if p.country_code)
        doc.memo[("article actors",)] = actors
    return actors


# Titles of people whose work is with other states: no party of home affairs
_ENVOY_TITLE = re.compile(
    r"ambassador|envoy|consul|high\s+commissioner|charg[eé]|foreign|secretary\s+of\s+state",
    re.IGNORECASE,
)
# Acts that everyday news tells of its own state's officials and people: meetings, appeals,
# praise, condemnations and refusals (not agreements, aid or sanctions, which a short report
# may give one side of).
_HOME_AFFAIRS_TYPES = frozenset(
    (_TYPE_CONSULT, _TYPE_REQUEST, _TYPE_SUPPORT, _TYPE_ACCUSE, _TYPE_REJECT)
)


def _one_state_story(doc: Document, record: DiplomaticEvent) -> bool:
    """A meeting, appeal, praise, condemnation or refusal of one state in a story that names
    no other state or organisation at all is its home affairs ("the mayor of Lyon met
    representatives of the city's unions", "urged people to keep using air conditioning",
    "Analysts at one Paris brokerage praised ...", "Buhari ... condemned the attack" by
    insurgents): a diplomatic event needs a second state or an organisation of
    states somewhere. Not when a party has no code (a foreign leader or group the gazetteer
    does not know: "called on Mr. Muizzu"), nor for a summit ("called an emergency summit of
    South American leaders"); an event with no party at all only when it is held at home
    (in the dateline's state)."""
    if record.event_type not in _HOME_AFFAIRS_TYPES or record.mode == "summit":
        return False
    if any(
        p.country_code is None or (p.title and _ENVOY_TITLE.search(p.title))
        for p in record.participants
    ):
        return False  # (nor an envoy, whose work is abroad: "Ambassador Wang called on ...")
    codes = _codes_of(record)
    if len(codes) > 1 or not codes.isdisjoint(IGO_CODES):
        return False
    actors = _article_actors(doc)
    if len(actors) > 1 or not actors.isdisjoint(IGO_CODES):
        return False
    if codes:
        return True
    home = doc.dateline_country
    location = record.location
    return home is not None and location is not None and location.country_code == home


def _codes_of(record: DiplomaticEvent) -> set[str]:
    """The state and organisation codes of a record's participants."""
    return {p.country_code for p in record.participants if p.country_code}


def _trigger_of(record: DiplomaticEvent) -> Evidence | None:
    return next((e for e in record.evidence if e.field == "trigger"), None)


def _sentence_of(doc: Document, offset: int) -> Sentence | None:
    """The sentence holding ``offset`` (a record's trigger), if any."""
    return doc.sentence_at(offset)


def _trigger_sentence(doc: Document, record: DiplomaticEvent) -> tuple[Evidence, Sentence] | None:
    """A record's trigger and the sentence holding it, if both are known."""
    trigger = _trigger_of(record)
    if trigger is None:
        return None
    sentence = _sentence_of(doc, trigger.start)
    return None if sentence is None else (trigger, sentence)


# "was the first since President Lee and Prime Minister Takaichi agreed to": the act after
# "since" is what the first counts from (no clause break between: not "..., and on Monday
# they agreed")
_FIRST_SINCE_CLAUSE_BEFORE = re.compile(
    r"\bthe\s+first\s+(?:[\w-]+\s+){0,3}?since\s+(?![^,;]*,\s+(?:and|but)\s)"
    # (not "the first time since 2019 that Chinese and Japanese leaders held talks": the act
    # after "that" is the first)
    r"(?![^;]*\bthat\s)[^;]*$"
)
# What a state of affairs dates from: "Relations ... have been strained since January, when
# Ethiopia signed a memorandum of understanding with ...", "Tensions have been high since
# April, when Djibouti accused Eritrea ...": background to the story, not its news.
_SINCE_WHEN_BEFORE = re.compile(
    rf"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTHS})(?:\s+\d{{1,2}})?"
    rf"(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d|last\s+year)\s*,\s+when\b"
    # (the "when" clause only: not the news told after it, ", but on Wednesday Armenia and
    # Azerbaijan signed", ", and U.S. and Russian officials met again")
    r"(?:(?!,\s+(?:but|and|while|as)\b)[^.;])*$"
)


# A sentence that tells what happens in a work: "In the second act, the two delegations ...
# sign the agreement", "In the film, the president flies to Moscow"
_WORKS = (
    r"(?:film|movie|play|opera|novel|musical|series|miniseries|book|show|documentary|drama"
    r"|biopic|episode|game|exhibition|exhibit|retrospective)"
)
_IN_A_WORK_OPENING = re.compile(
    r"(?:In|During)\s+(?:the|its)\s+(?:(?:first|second|third|fourth|fifth|final|last|opening"
    r"|closing)\s+(?:act|scene|episode|chapter|movement)|" + _WORKS + r")\b"
    # "In one of the film's most talked-about scenes, ..."
    r"|In\s+(?:one|some|several|many)\s+of\s+the\s+" + _WORKS + r"(?:'s|’s)\s"
)
# A work that tells the act, before its trigger: "a drama about the tense negotiations that
# led to ...", "the film recreates the summit in Addis Ababa at which ... demanded" (no clause
# break between)
_WORK_TELLS_BEFORE = re.compile(
    r"\b" + _WORKS + r"\s+(?:about\s+(?:[\w'’-]+\s+){0,3}$"
    r"|about\s+[^,;]*,\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:city|town|port|village|capital)"
    r"\s+where\s+[^,;]*$|(?:recreates|recreated|depicts|depicted"
    r"|portrays|portrayed|dramati[sz]es|dramati[sz]ed|retells|retold|re-enacts|re-enacted"
    r"|reconstructs|imagines|tells\s+the\s+story\s+of|revisits|revisited|retraces|retraced"
    r"|chronicles|chronicled)\b"
    # (no clause of another subject between: "After a Chinese film depicted the map, Vietnam
    # lodged a protest"; the work's own relative clauses and lists go on: ", who demanded")
    r"(?:[^,;]|,\s+(?:who|which|whose|whom|including|when)\b"
    # (and a place it names with its relative clause: "a documentary about the 1905 peace
    # talks ... premiered in Portsmouth, the port city where the envoys negotiated")
    r"|,\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:city|town|port|village|capital)\s+where\b)*$)"
)
_PLACE_OR_DAY_AFTER = re.compile(
    r"\s+(?:in\s+[A-Z]|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
_AND_ANOTHER_SUBJECT = re.compile(r"\band\s+(?:on\s+\w+\s+)?(?:[A-Z]|the\s+[A-Z])")
# A count of past meetings: "have lost only once to Romania in their last 15 meetings", "in
# their previous three meetings": a tally, no meeting told
_MEETINGS_TALLY_BEFORE = re.compile(
    r"\b(?:their|the|its|his|her|our)\s+(?:last|previous|past)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# A firm's or a private giver's words before its verb: "Spanish utility Iberdrola is
# dispatching generators", "Germany's Siemens Energy is delivering", "Caterpillar, the U.S.
# equipment maker, was delivering"
_FIRM_BEFORE = re.compile(
    r"\b(?:company|companies|firm|utility|maker|manufacturer|giant|conglomerate|Inc|Corp|Ltd"
    r"|GmbH|plc|footballer|striker|singer|billionaire|philanthropist|charity|foundation)\b"
)


_FIRM_SAID = re.compile(r"\bthe\s+(?:company|firm|group|manufacturer|utility)\s+(?:said|says)\b")


def _a_firms_delivery(doc: Document, record: DiplomaticEvent) -> bool:
    """Aid whose giver is a firm or a private person named before the verb: trade or charity,
    not a state's aid."""
    if record.event_type is not _TYPE_AID:
        return False
    found = _trigger_sentence(doc, record)
    if found is None:
        return False
    trigger, sentence = found
    return (
        _FIRM_BEFORE.search(doc.text, max(sentence.start, trigger.start - 80), trigger.start)
        is not None
        # ("Germany's Siemens Energy is delivering generators to Iraq, the company said")
        or _FIRM_SAID.search(doc.text, trigger.end, sentence.end) is not None
    )


_PLAIN_WARNING = frozenset(("warned", "warns", "warning that"))


_AIMED_AT_NONSTATE = re.compile(
    r"\b(?:activists|rebels|militants|insurgents|gangs|smugglers|migrants|traffickers|protesters"
    r"|fighters|groups|companies|firms|investors)\b"
)
_OWN_ACT_WARNED_AFTER = re.compile(
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+that\s+(?:"
    r"(?P<subject>it|he|she|they|we|(?:his|her|its|their|the)\s+(?:government|country|side"
    r"|forces|troops|army|military))"
    # (a state, or its forces: "that Zagreb would", "that Kenyan forces would")
    r"|(?P<state>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
    r"(?:\s+(?:armed\s+)?(?:forces|troops|army|military|navy))?)\s+(?:would|will)\s+"
    # (an act of its own, not a forecast: "would slip into recession", "would take months")
    r"(?:not\s+)?(?:(?:respond|retaliate|reconsider|review|suspend|cut|close|expel|block|impose"
    r"|deploy|strike|recall|halt|end|withdraw|allow|tolerate|act|defend|hit|sever|freeze|veto"
    r"|reciprocate|sanction|revoke|cancel|stop|leave|quit|boycott|seize|shoot|attack|hesitate"
    r"|agree|accept|approve|sign|ratify|support|back|lift|release|return|stand\s+idly)\b"
    r"|take\s+(?:\w+\s+){0,2}(?:measures|action|steps|countermeasures))"
)


def _story_counterpart(
    doc: Document, gaz: Gazetteer, parties: list[_Party], start: int, end: int, sentence_end: int
) -> _Party | None:
    """The state a warning with no one named is aimed at: the speaker's counterpart in the
    story (``_storys_counterparts``: named at least twice and more often than any third state),
    when the speaker is named before the verb, alone, with no other state after it, and warns
    of its own side's act."""
    speakers = {
        p.participant.country_code
        for p in parties
        if p.span[1] <= start and p.participant.country_code is not None
    }
    # (the speaker's own state may be told again after the verb: "warned that Mexico would")
    if len(speakers) != 1 or any(
        p.span[0] >= end and p.participant.country_code not in speakers for p in parties
    ):
        return None
    # what the speaker's own side would do: "warned that Mexico would reconsider", "warned on
    # Monday that her government would not allow" (not "warned that the toll could rise")
    own = _OWN_ACT_WARNED_AFTER.match(doc.text, end)
    if own is None or _AIMED_AT_NONSTATE.search(doc.text, own.end(), sentence_end):
        # ("would not allow activists from neighbouring countries to 'meddle'": people, no
        # state)
        return None
    if own.group("subject") is None and not any(
        p.span[0] == own.start("state") and p.participant.country_code in speakers for p in parties
    ):
        return None
    code = _storys_counterparts(doc, gaz).get(next(iter(speakers)))
    if code is None:
        return None
    first = next((m for m in doc.mentions_in(0, len(doc.text)) if m.code == code), None)
    if first is None:
        return None
    return _state_party(gaz, code, (first.start, first.end))


def _unaimed_warning(doc: Document, record: DiplomaticEvent) -> bool:
    """A warning kept for the retaliation it speaks of ("warned it could retaliate") that
    found no one to be aimed at in the row before it ("Yellen warned of retaliation risks in
    global trade"): aimed at no one."""
    if record.event_type is not _TYPE_THREATEN or len(_codes_of(record)) > 1:
        return False
    trigger = _trigger_of(record)
    if (
        trigger is not None
        and _RETALIATION_WORDS.search(trigger.text)
        and not set(doc.country_counts) - _codes_of(record)
    ):
        return True  # "Tehran would take reciprocal measures if needed": answering no one named
    return (
        trigger is not None
        and trigger.text.lower() in _PLAIN_WARNING
        and _THREAT_OBJECT.match(doc.text, trigger.end) is None
    )


def _told_in_a_work(doc: Document, record: DiplomaticEvent) -> bool:
    """A record told in a sentence about what happens in a play, film or novel, or as what a
    work is about ("a drama about the tense negotiations"): fiction. Meetings counted ("in
    their last 15 meetings") are no meeting either."""
    found = _trigger_sentence(doc, record)
    if found is None:
        return False
    trigger, sentence = found
    text = doc.text
    if (
        trigger.text.lower() == "meetings"
        and _MEETINGS_TALLY_BEFORE.search(
            text, max(sentence.start, trigger.start - 40), trigger.start
        )
        # (not "in their previous meetings in Manila on Tuesday and Wednesday")
        and not _PLACE_OR_DAY_AFTER.match(text, trigger.end)
    ):
        return True
    if _IN_A_WORK_OPENING.match(text, sentence.start) is not None:
        return True
    told = _WORK_TELLS_BEFORE.search(doc.lower, sentence.start, trigger.start)
    if told is not None and (where := doc.lower.find(" where ", told.start(), trigger.start)) >= 0:
        # "a documentary about the 1905 peace talks ..., the port city where the envoys
        # negotiated": the work's story only when what it is about is of an old year and the
        # place's clause tells no act of now ("the city where negotiators met on Wednesday")
        years = [int(m.group(0)) for m in _OLD_YEAR.finditer(text, told.start(), where)]
        if (years and max(years) > doc.published.year - 2) or _NOW_WORDS.search(
            text, where, sentence.end
        ) is not None:
            return False
    # (not across "and" to another subject's act: "A documentary portrayed the president as a
    # separatist and Taiwan protested to Beijing")
    return told is not None and not any(
        # (a list of names is no other subject: "where Russian and Japanese envoys negotiated")
        not _NAME_BEFORE_AND.search(text, max(0, found.start() - 30), found.start())
        for found in _AND_ANOTHER_SUBJECT.finditer(text, told.start(), trigger.start)
    )


_NAME_BEFORE_AND = re.compile(r"\b[A-Z][\w'’-]*\s+$")
# Words of an act of now or to come: a weekday, "next week", "will", "are due to"
_NOW_WORDS = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow"
    r"|next|will|due|this\s+(?:week|month|year)|last\s+(?:week|month))\b",
    re.IGNORECASE,
)


def _since_when_background(doc: Document, record: DiplomaticEvent) -> bool:
    """A record told in the "when" clause of "since January, when ...", or in the clause a
    first counts from ("The exercise was the first since Lee and Takaichi agreed to improve
    relations at their first meeting"): background."""
    text = doc.text
    if ", when " not in text and "first" not in text:
        return False
    found = _trigger_sentence(doc, record)
    if found is None:
        return False
    trigger, sentence = found
    if text.find("since", sentence.start, trigger.start) < 0:
        return False
    if _SINCE_WHEN_BEFORE.search(text, sentence.start, trigger.start) is not None:
        return True
    first = _FIRST_SINCE_CLAUSE_BEFORE.search(
        text, max(sentence.start, trigger.start - 160), trigger.start
    )
    # (not dated but by an earlier year: "the first such incident since the two countries
    # signed a treaty ... last year")
    return first is not None and (
        record.date_text is None or _EARLIER_YEAR_TEXT.search(record.date_text) is not None
    )


_EARLIER_YEAR_TEXT = re.compile(
    r"\blast\s+year\b|\b(?:19|20)\d\d\b|\byears?\s+ago\b", re.IGNORECASE
)


def _congratulations_at_home(doc: Document, record: DiplomaticEvent) -> bool:
    """Congratulations with one state's parties ("Modi congratulated the team") or on a game
    ("congratulated the Indian team on beating Pakistan") are praise of a team, not the
    endorsement of another state's leader ("Putin congratulated Maduro")."""
    if record.event_type is not _TYPE_SUPPORT:
        return False
    trigger = _trigger_of(record)
    if trigger is None or "congratulat" not in trigger.text.lower():
        return False
    if len(_codes_of(record)) < 2:
        return True
    sentence = _sentence_of(doc, trigger.start)
    return sentence is not None and (
        _GAME_WORDS.search(doc.text, trigger.end, sentence.end) is not None
    )


_GAME_WORDS = re.compile(
    r"\b(?:team|squad|players|side|beating|beat|defeating|match|game|final|medal|medals"
    r"|cup|championship|tournament|title|goal|Lionesses|Lions)\b"
)
# Relief goods and teams that are as often sent at home as abroad: with the dateline's (or the
# article's) state as their only party and no other state in the sentence, relief at home
# ("Rescue equipment was flown in from Beijing to the flooded mine in Shanxi").
_HOME_RELIEF = re.compile(
    r"\b(?:firefighters|ambulances|tents|blankets|water\s+purifiers|medical\s+supplies"
    r"|tarpaulins|rescue\s+equipment|(?:search[\s-]and[\s-])?rescue\s+specialists"
    # (equipment handed over: "the army handed over its armoured vehicles to the police")
    r"|vehicles|patrol\s+(?:boats?|vessels?)|military\s+equipment)\b",
    re.IGNORECASE,
)
# ... unless the sentence calls it aid
_CALLED_AID = re.compile(r"\b(?:aid|humanitarian|relief)\b", re.IGNORECASE)


_SENDER_KINDS = frozenset((_KIND_COUNTRY, _KIND_METONYM, _KIND_ADJECTIVE))


def _one_state_act(
    doc: Document, record: DiplomaticEvent, event_type: EventType
) -> tuple[set[str], Evidence, Sentence] | None:
    """A record of ``event_type`` with one state or body: its code, trigger and sentence."""
    if record.event_type is not event_type:
        return None
    codes = _codes_of(record)
    if len(codes) != 1:
        return None
    trigger = _trigger_of(record)
    if trigger is None:
        return None
    sentence = _sentence_of(doc, trigger.start)
    return None if sentence is None else (codes, trigger, sentence)


def _relief_at_home(doc: Document, record: DiplomaticEvent) -> bool:
    act = _one_state_act(doc, record, _TYPE_AID)
    if act is None:
        return False
    codes, _, sentence = act
    if not _HOME_RELIEF.search(doc.text, sentence.start, sentence.end) or _CALLED_AID.search(
        doc.text, sentence.start, sentence.end
    ):
        return False
    home = doc.dateline_country or doc.main_country
    if home is not None and codes != {home}:
        return False
    (home,) = codes
    # a sender the record missed but the sentence names ("A Royal Australian Air Force C-130
    # landed in Port Vila carrying tarpaulins"): aid from abroad
    return all(
        m.code == home
        for m in doc.mentions_in(sentence.start, sentence.end)
        if m.kind in _SENDER_KINDS
    )


def _one_side_in_a_sports_or_trade_story(doc: Document, record: DiplomaticEvent) -> bool:
    """In a sports story, talks, deals and refusals that name fewer than two states are clubs'
    and players' ("final talks with Napoli owner Aurelio De Laurentiis", "Al Hilal's talks with
    Napoli collapsed when the player refused to move to Riyadh"); so are a company's in a
    story of its results ("Kalahari Platinum is also in talks with Botswana Diamonds") and a
    company's of the arts ("was in talks with the Vienna State Opera about a tour")."""
    if len(_codes_of(record)) >= 2:
        return False
    if _sports_story(doc):
        return True
    # (an organisation's meeting in a markets story is kept: "OPEC ministers met in Vienna")
    return _trade_story(doc) and all(
        p.kind is not _PARTICIPANT_ORGANIZATION for p in record.participants
    )


# A story of a company's results or of the arts: the words of a results statement or a
# review, three different ones in the article (read only for a record of fewer than two
# states). They ride the automaton pass the triggers share, as the sports words do: a regex
# over the whole article cost about 0.5 ms.
_TRADE_TERMS = (
    "profit", "profits", "revenue", "revenues", "earnings", "net income", "dividend",
    "dividends", "shareholders", "share price", "per share", "chief executive",
    "stock exchange", "operating profit", "operating loss", "operating income", "analysts",
    "merger", "takeover", "opera", "premiere", "orchestra", "soprano", "tenor", "theatre",
    "festival", "concert", "album", "box office",
)  # fmt: skip
_TRADE_WORDS = LOWER_TEXT_PASS.join(
    phrase_automaton({term: term.removesuffix("s") for term in _TRADE_TERMS})
)
_TRADE_STORY_MIN = 3  # different words (a word and its plural are one)


def _trade_story(doc: Document) -> bool:
    found = doc.memo.get(("trade story",))
    if found is None:
        found = doc.memo[("trade story",)] = (
            len({word for _, _, word in longest_matches(_TRADE_WORDS, doc.lower, doc.memo)})
            >= _TRADE_STORY_MIN
        )
    return bool(found)


_ASKED_OF_A_PUBLIC_RE = (
    r"\s*(?:(?:blood\s+)?(?:donations|donors|volunteers)\b"
    # accountability for an attack: "called for those responsible to be held accountable"
    r"|(?:those|the\s+people)\s+responsible\b|the\s+(?:perpetrators|attackers|killers)\b)"
)
# Whom an appeal addresses when it is a call to a public, not to another state: "appealed to
# protesters", "called on his supporters", "urged farmers", "appealed for blood donations".
_PUBLIC_ADDRESSEE = re.compile(
    r"\s*(?:on|to|upon|that)?\s*(?:(?:his|her|their|its|the|all|local|fellow|young|ordinary)\s+)*"
    r"(?:protesters|protestors|demonstrators|supporters|followers|farmers|residents|citizens"
    r"|voters|the\s+public|public|population|fishermen|families|motorists|travell?ers|parents"
    r"|students|workers|consumers|donors|volunteers|shoppers|drivers|tourists|pilgrims"
    r"|worshippers|fans|members"
    # (at home: not "urged hospitals in southern Lebanon to evacuate")
    r"|(?:(?:[a-z]+\s+)?operators|businesses|companies|firms|employers|hospitals|rescuers"
    r"|rescue\s+(?:agencies|teams|workers|services))(?!\s+(?:in|of)\b)"
    # its own government: "urged the government to distance itself from them"
    r"|government(?!\s+(?:of|in)\b))\b"
    # what is asked of a public: "appealed for blood donations" (not "called for protesters
    # detained in Iran to be released": for them, not to them)
    r"|\s*for" + _ASKED_OF_A_PUBLIC_RE,
    re.IGNORECASE,
)
_ASKED_OF_A_PUBLIC = re.compile(_ASKED_OF_A_PUBLIC_RE, re.IGNORECASE)


def _appeal_to_the_public(doc: Document, record: DiplomaticEvent) -> bool:
    """An appeal with one state's parties that addresses a public ("Army chief General Ashok
    Raj Sigdel appealed to protesters to come forward", "urged farmers to secure crops") is a
    call at home, not a request between states."""
    if record.event_type is not _TYPE_REQUEST or len(_codes_of(record)) >= 2:
        return False
    trigger = _trigger_of(record)
    if trigger is None:
        return False
    if trigger.text.lower().endswith(" for"):
        # "called for protesters detained in Iran to be released": what is asked, for them
        return _ASKED_OF_A_PUBLIC.match(doc.text, trigger.end) is not None
    if _PUBLIC_ADDRESSEE.match(doc.text, trigger.end) is not None:
        return True
    # its own state's government by its seat: "Sabah Chief Minister Hajiji Noor urged Putrajaya
    # to step up patrols"; or its own people: "issued a safety alert urging Americans hiking in
    # the Tohoku region to carry bear bells"
    addressee = _ADDRESSEE_OPENS.match(doc.text, trigger.end)
    return addressee is not None and any(
        m.start == addressee.end()
        and (m.kind is _KIND_METONYM or m.kind is _KIND_PEOPLE)
        and m.code in _codes_of(record)
        for m in doc.mentions_in(addressee.end(), addressee.end() + 40)
    )


# Where the addressee of an appeal starts: "urged Putrajaya", "called on Washington"
_ADDRESSEE_OPENS = re.compile(r"\s*(?:(?:on|upon|to)\s+)?")


# Addressees that are everyone or no one in particular: "urged all sides", "called on 'all
# parties'", "urged 'all concerned'", "called on all countries", "urged other countries to follow
# suit", "called on the international community", "urged leaders", "called on Pacific nations"
_ANYONE_ADDRESSED = re.compile(
    r"\s*(?:on|upon|to)?\s*[\"“]?(?:all\s+(?:sides|parties|concerned|countries|nations|states"
    r"|governments|actors)|both\s+(?:sides|parties)|the\s+two\s+sides|the\s+international"
    r"\s+community|other\s+countries|the\s+world(?:'s|’s)?|world\s+leaders|leaders|(?:[A-Z]\w+\s+)?"
    r"nations|the\s+(?:warring\s+)?parties)\b"
)


def _appeal_to_all(doc: Document, record: DiplomaticEvent) -> bool:
    """An appeal of one state or body to everyone ("Guterres urged all sides to exercise
    maximum restraint", "Trump ... called on all countries to take decisive action", "urged
    other countries to follow suit") names no side it asks: no request between two parties.
    Not when the appeal names another state ("urged Pakistan and Afghanistan", kept by the
    code count)."""
    act = _one_state_act(doc, record, _TYPE_REQUEST)
    if act is None:
        return False
    return _ANYONE_ADDRESSED.match(doc.text, act[1].end) is not None


def _call_for_a_thing(doc: Document, record: DiplomaticEvent) -> bool:
    """A call for a thing, with one state or body and no other side in its sentence ("Guterres
    condemned the attack and called for an independent investigation", "Khamenei called for a
    thorough inquiry", "the Freedom Party called for tougher asylum rules"): a wish addressed
    to nobody, not a request of one party to another. A state named beside it ("Ankara, which
    backs the Tripoli-based government, called for calm") keeps it."""
    act = _one_state_act(doc, record, _TYPE_REQUEST)
    if act is None:
        return False
    codes, trigger, sentence = act
    if not trigger.text.lower().endswith(" for"):
        return False
    return not any(
        m.kind in _SIDE_KINDS and m.code not in codes and not doc.in_dateline(m.start)
        for m in doc.mentions_in(sentence.start, sentence.end)
    )


# A question, not a request: "Tusk had asked on Thursday, as rumours of the trip spread,
# whether they were true" (no "to" of what is asked comes first).
_QUESTION_AFTER = re.compile(
    r"(?:(?!\b(?:to|for|and)\s)[^.;:]){0,80}?\b(?:whether|why|how|what)\b", re.IGNORECASE
)


def _a_question_asked(doc: Document, record: DiplomaticEvent) -> bool:
    """ "asked ... whether", "asked why": one state's question, not a request of another."""
    act = _one_state_act(doc, record, _TYPE_REQUEST)
    if act is None:
        return False
    _, trigger, sentence = act
    return trigger.text.lower().startswith("ask") and (
        _QUESTION_AFTER.match(doc.text, trigger.end, sentence.end) is not None
    )


def _appeal_to_resign_at_home(doc: Document, record: DiplomaticEvent) -> bool:
    """An appeal of one state's people to resign or step down ("Opposition leader Matthew Wale
    called on Sogavare to resign", "asked the defence secretary and the police chief to
    resign"): domestic politics. Not one of another state ("The United States urged Venezuelan
    President Nicolas Maduro to step down"), nor one whose first wish is another thing
    ("urged Serbia to protect protesters calling on the government to resign")."""
    act = _one_state_act(doc, record, _TYPE_REQUEST)
    if act is None:
        return False
    _, trigger, sentence = act
    return _TO_RESIGN_AFTER.match(doc.text, trigger.end, sentence.end) is not None


# A side no gazetteer names, coordinated with the one it does: "Israel and Hamas agreed",
# "The United States and the Taliban signed", "a truce with the ELN".
_OTHER_SIDE = re.compile(
    r"\b(?:and|with|between)\s+(?:the\s+)?"
    # (past its backer: "and the Rwanda-backed M23 rebel group")
    r"(?:[A-Z][\w'’.]+-(?:backed|supported|sponsored|funded|armed|trained)\s+)?([A-Z][\w'’-]+)"
)
_NOT_A_SIDE = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December President Prime Foreign".split()
)


_SIDE_KINDS = frozenset((_KIND_COUNTRY, _KIND_METONYM, _KIND_IGO, _KIND_ADJECTIVE))


def _one_sided_agreement(doc: Document, record: DiplomaticEvent) -> bool:
    """An agreement takes two sides: one state and no other side in the sentence is a
    truce one side declared ("Myanmar's junta announced a ceasefire") or a company's deal
    ("reached a standstill agreement with its lenders"). A side no code names ("Israel and
    Hamas agreed to a ceasefire") keeps it."""
    if record.event_type is not _TYPE_AGREE or record.mode == "pledge":
        return False
    if len(_codes_of(record)) >= 2:
        return False
    found = _trigger_sentence(doc, record)
    if found is None:
        return False
    sentence = found[1]
    for match in _OTHER_SIDE.finditer(doc.text, sentence.start, sentence.end):
        if match.group(1) in _NOT_A_SIDE:
            continue
        named = doc.mentions_in(match.start(1), match.end(1))
        if not any(m.kind in _SIDE_KINDS for m in named) and not doc.person_mentions(
            match.start(1), match.end(1)
        ):
            return False  # (a city's name is no side: "Hamas" is also a town)
    return True


# Acts of one side that several states may perform each on their own.
_ONE_SIDED_TYPES = frozenset(
    (_TYPE_SUPPORT, _TYPE_ACCUSE, _TYPE_REQUEST, _TYPE_REJECT, _TYPE_THREATEN)
)
_SEPARABLE_TYPES = _ONE_SIDED_TYPES | {_TYPE_SANCTION}
_CLAUSE_BREAK_BETWEEN = re.compile(r"[,;:]|\b(?:while|and|but|whereas)\b")
_SEPARATELY = re.compile(r"\b(?:in\s+separate\s+statements|separately)\b", re.IGNORECASE)


def _separate_statements(doc: Document, events: list[_Event]) -> list[_Event]:
    """ "Saudi Arabia, Qatar and the United Arab Emirates welcomed the talks in separate
    statements", "Estonia, Latvia and Lithuania said in separate statements that they were
    imposing entry bans on Georgian officials": each state's act is its own (one record per
    speaker; a headline announcing them all is their headline)."""
    out: list[_Event] = []
    for event in events:
        body = event.sentences - _HEADLINE
        if (
            event.event_type not in _SEPARABLE_TYPES
            or len(body) != 1
            or event.mentions > len(event.sentences)
        ):
            out.append(event)
            continue
        sentence = doc.sentences[next(iter(body))]
        trigger = next(
            (
                e
                for e in event.evidence
                if e[0] == "trigger" and sentence.start <= e[1] < sentence.end
            ),
            None,
        )
        if trigger is None:
            out.append(event)
            continue
        separately = _SEPARATELY.search(doc.text, trigger[2], sentence.end)
        if separately is None or _CLAUSE_BREAK_BETWEEN.search(
            doc.text, trigger[2], separately.start()
        ):
            # "welcomed the talks in separate statements" (the act's own clause); not "Iran,
            # which the US and Britain separately accused ..., rejected", nor "..., while
            # France separately called for"
            separately = None
        speakers = [
            p
            for p in event.parties.values()
            if p.span[1] <= trigger[1]
            and p.participant.kind is ParticipantKind.STATE
            and sentence.start <= p.span[0]
        ]
        if separately is None and not speakers and 0 in event.sentences:
            # the states were first named in the headline: their names in this sentence
            seen: dict[str, _Party] = {}
            for m in doc.mentions_in(sentence.start, trigger[1]):
                named = event.parties.get(m.code) if m.kind is _KIND_COUNTRY else None
                if named is not None and m.code not in seen and not doc.in_dateline(m.start):
                    seen[m.code] = replace(named, span=(m.start, m.end))
            speakers = list(seen.values())
        if separately is None and speakers:
            # "Estonia, Latvia and Lithuania said in separate statements that they were
            # imposing": told between the speakers and their act
            said = _SAID_SEPARATELY.search(doc.text, speakers[-1].span[1], trigger[1])
            if said is not None and not _CLAUSE_BREAK_BEFORE_SAID.search(
                doc.text, speakers[-1].span[1], said.start()
            ):
                separately = said
        if separately is None or len(speakers) < 2:
            out.append(event)
            continue
        spoken = {p.participant.country_code for p in speakers}
        others = {
            k: p
            for k, p in event.parties.items()
            if p not in speakers and p.participant.country_code not in spoken
        }
        for speaker in speakers:
            parties = {speaker.key: speaker, **others}
            spans = {p.span for p in parties.values()}
            evidence = [e for e in event.evidence if e[0] != "participant" or e[1:] in spans]
            # (each copy is keyed by its speaker, so that the records' ids differ)
            out.append(
                replace(
                    event,
                    parties=parties,
                    evidence=evidence,
                    source=speaker.key,
                    first_span=speaker.span,
                )
            )
    return out


# "said in separate statements (on Monday) that", "each announced", "separately announced"
_SAID_SEPARATELY = re.compile(
    r"\b(?:(?:said|announced)\s+in\s+separate\s+(?:statements|announcements|posts)"
    r"|each\s+(?:said|announced)|separately\s+(?:said|announced))\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK_BEFORE_SAID = re.compile(r"[;:]|\b(?:while|but|whereas|which|who)\b")


def _states(event: _Event) -> set[str]:
    """The country codes of an event's parties."""
    return {
        code for p in event.parties.values() if (code := p.participant.country_code) is not None
    }


def _mention_states(mention: _Mention) -> set[str]:
    """The country codes of a mention's parties."""
    return {code for p in mention.parties if (code := p.participant.country_code) is not None}


# How far back an act without a day looks for the day of an earlier act of a shared state:
# two sentences for any day; up to four for a day of the story's own week (a day further back
# in the text is background by then: "ousted in August last year ... Yunus requested ...").
_CONTEXT_DATE_NEAR = 2
_CONTEXT_DATE_FAR = 4
_CONTEXT_DATE_RECENT_DAYS = 7


def _date_from_context(events: list[_Event], published: dt.date) -> None:
    """An act the article tells without a day takes the day of the act just before it that
    shares a state with it, told at most two sentences earlier, or four where that day is
    within a week of the article: "Rubio met Mulino on Sunday. ... The two men met at the
    palace, and Rubio warned ..." (occurred acts only)."""
    dated: list[_Event] = []
    for event in sorted(events, key=lambda e: e.first_span):
        if event.status is not _STATUS_OCCURRED:
            continue
        if event.date is not None:
            if not event.arrival:
                dated.append(event)
            continue
        first = min(event.sentences)
        codes = _states(event)
        for earlier in reversed(dated):
            distance = first - max(earlier.sentences)
            if distance > _CONTEXT_DATE_FAR:
                break
            if not codes & _states(earlier):
                continue
            when = earlier.date
            if distance > _CONTEXT_DATE_NEAR and (
                when is None
                or when.value is None
                or not 0 <= (published - when.value).days <= _CONTEXT_DATE_RECENT_DAYS
            ):
                break
            event.date = when
            if when is not None:
                event.evidence.append(("date", when.start, when.end))
            break


# "in recent weeks", "over the past months", "recently": an act of a vague period, not of the
# story's day
_VAGUE_PERIOD = re.compile(
    r"\b(?:(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?"
    r"(?:days|weeks|months|years)|recently"
    # "over the summer", "18 months of secret talks"
    r"|(?:in|over|during|this|last)\s+(?:the\s+)?(?:summer|winter|spring|autumn)"
    r"|(?:\d+|several|many)\s+(?:weeks|months|years)\s+of)\b",
    re.IGNORECASE,
)
# "In September, ...", "in early March 2016 ...": a month without its day before the act (one
# after it is often another act's: "invited him to visit La Paz in August")
_VAGUE_MONTH_BEFORE = re.compile(
    rf"\b(?:in|during|since|last|early|late|mid-?)\s+(?:early\s+|late\s+|mid-)?(?:{_MONTHS})"
    r"(?!\s+\d{1,2}\b)\b",
    re.IGNORECASE,
)

# The story's own days: the first dated act's day dates the undated acts when it is at most
# this many days before publication ("... met on Tuesday" in a story of Wednesday)
_STORY_DAY_DAYS = 2


def _story_day(events: list[_Event], published: dt.date) -> DateMention | None:
    """The day of the article's first dated act that took place, when it is recent enough to
    be the story's day; None: the story's day is the publication day."""
    for event in sorted(events, key=lambda e: e.first_span):
        when = event.date
        if event.status is _STATUS_OCCURRED and when is not None and when.value is not None:
            if 0 <= (published - when.value).days <= _STORY_DAY_DAYS:
                return when
            return None
    return None


# What a pledge of help names: money or relief
_MONEY_OR_RELIEF = re.compile(
    r"\b(?:million|billion|dollars|euros|pounds|yen|yuan|rupees|aid|relief|assistance|supplies"
    r"|donations?)\b|[$€£¥]"
)


def _aid_to_the_story_state(events: list[_Event], doc: Document, gaz: Gazetteer) -> None:
    """Aid or money told without whom it is for goes to the state the story is filed from
    when the story is about it: "HANOI - ... Japan said on Monday it would provide emergency
    relief goods" (after floods in Vietnam) is aid to Vietnam. Not where the donor is that
    state, nor where the story is about another state than the one it is filed from."""
    home = doc.dateline_country
    if home is None or doc.dateline is None or home not in gaz.country_names:
        return
    counts = doc.country_counts
    if max(
        (n for code, n in counts.items() if code not in IGO_CODES),
        default=0,
    ) != counts.get(home, 0):
        return
    for event in events:
        if not (
            event.event_type is _TYPE_AID
            # (a pledge of money or relief: not "promised to build a port")
            or (
                event.event_type is _TYPE_AGREE
                and event.mode == "pledge"
                and _MONEY_OR_RELIEF.search(
                    doc.text,
                    doc.sentences[min(event.sentences)].start,
                    doc.sentences[min(event.sentences)].end,
                )
            )
        ):
            continue
        codes = {p.participant.country_code for p in event.parties.values()} - {None}
        if len(codes) != 1 or home in codes:
            continue
        if event.location is not None and event.location.country_code not in (None, home):
            continue
        event.parties[home] = _state_party(gaz, home, doc.dateline)


_PLACED_TYPES = (EventType.CONSULT, EventType.AGREE, EventType.COOPERATE)


def _place_from_context(events: list[_Event], doc: Document) -> None:
    """A meeting or agreement told without a place, in the sentence right after a meeting or
    agreement of a shared state in a city, is in that city: "Rubio met Mulino in Panama City
    on Sunday. The two men spoke for an hour and agreed ..." (occurred acts; not calls). An
    agreement or an invitation of two sides who met in a city that day, anywhere in the
    article, is in that city too, and so is what one of them said there ("During the meeting,
    Cho asked China to ...", "At a joint press conference, Luxon pledged ...")."""
    previous: _Event | None = None
    for event in sorted(events, key=lambda e: e.first_span):
        if event.status is not _STATUS_OCCURRED or event.event_type not in _PLACED_TYPES:
            continue
        if (
            event.location is None
            and event.mode != "phone_call"
            and previous is not None
            and previous.location is not None
            and previous.location.feature == "city"
            and min(event.sentences) - max(previous.sentences) <= 1
            and _states(event) & _states(previous)
        ):
            _place_as(event, previous)
        if event.mode != "phone_call":
            previous = event
    meetings = [
        e
        for e in events
        if e.event_type is _TYPE_CONSULT
        and e.status is _STATUS_OCCURRED
        and e.mode in _MET_IN_PERSON
        and e.location is not None
        and e.location.feature == "city"
    ]
    meetings.sort(key=lambda e: e.first_span)
    for event in events:
        if (
            event.location is not None
            or event.status is not _STATUS_OCCURRED
            or not (
                event.event_type is _TYPE_AGREE
                or (event.event_type is _TYPE_REQUEST and event.mode == "invitation")
            )
        ):
            continue
        # "Muttaqi invited Meredov to visit Kabul", "Ishiba and Xi agreed Friday to pursue a
        # mutually beneficial relationship": said or signed at the meeting of the same two
        # sides on the same day, wherever the article tells it
        states = _states(event)
        host = next(
            (
                m
                for m in meetings
                if len(states & _states(m)) >= 2 and _same_date(m.date, event.date) is True
            ),
            None,
        )
        if host is not None and not any(
            # (not one made by letter or video: "In a letter on Wednesday, Rahmon invited")
            _BY_LETTER_OR_LINK.search(doc.sentences[i].text)
            for i in event.told or event.sentences
            if i < len(doc.sentences)
        ):
            _place_as(event, host)
    for event in events:
        if (
            event.location is not None
            or event.status is not _STATUS_OCCURRED
            or event.event_type not in _STATEMENT_TYPES
        ):
            continue
        sentence = doc.sentences[min(event.told or event.sentences)]
        if not _AT_THE_MEETING.search(doc.text, sentence.start, sentence.end):
            continue
        states = _states(event)
        host = next(
            (
                m
                for m in reversed(meetings)
                if m.first_span[0] < sentence.end
                and states & _states(m)
                and _same_date(m.date, event.date) is True
            ),
            None,
        )
        if host is not None:
            _place_as(event, host)


# An agreement told as signed by its trigger ("signed an agreement", "The memorandum was
# signed") or by the verb right before it ("sign water-sharing deal", "signed a memorandum")
_SIGNED = re.compile(r"\b(?:sign(?:s|ed)?|inked|initialled)\b", re.IGNORECASE)
_SIGNED_BEFORE = re.compile(
    r"\b(?:sign(?:s|ed)?|inked|initialled)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE
)
# ... not a signing denied or still to come: "without signing", "has yet to be signed"
_UNSIGNED_BEFORE = re.compile(
    r"\b(?:not|never|without|yet\s+to\s+be|to\s+be|will|would|to)\s+(?:be\s+)?$", re.IGNORECASE
)


def _was_signed(text: str, start: int, end: int) -> bool:
    """Whether the trigger at ``text[start:end]`` tells an agreement as signed."""
    told = _SIGNED.search(text, start, end)
    if told is not None:
        return _UNSIGNED_BEFORE.search(text, max(0, told.start() - 16), told.start()) is None
    before = _SIGNED_BEFORE.search(text, max(0, start - 50), start)
    return (
        before is not None
        and _UNSIGNED_BEFORE.search(text, max(0, before.start() - 16), before.start()) is None
    )


# Acts told as made in writing or over a link
_LETTER_OR_LINK = (
    r"video|virtual\w*|online|remotely|(?:tele)?phone\w*|(?:in|by|via)\s+(?:a\s+)?letter"
)
_BY_LETTER_OR_LINK = re.compile(rf"\b(?:{_LETTER_OR_LINK})\b", re.IGNORECASE)
# Acts told as made at a distance or elsewhere: "by video", "in a letter", "during his visit
# to Ukraine", "a trip abroad"
_MADE_AT_A_DISTANCE = re.compile(
    rf"\b(?:{_LETTER_OR_LINK}|message|statement|abroad|separately)\b"
    r"|\b(?:visit|trip|tour|travel|journey)\s+(?:to|of)\b",
    re.IGNORECASE,
)


# A signer away from the dateline's city: "while in Germany", "who is touring Europe this
# week", "Uzbekistan's ambassador to Japan", "at a ceremony on the border", "at the Chimgan
# mountain resort"
_SIGNED_AWAY = re.compile(
    r"\b(?:while\s+(?:in|on|at|visiting)|touring|tour\s+of|visiting|on\s+a\s+visit\s+to"
    r"|ambassador\s+to|envoy\s+to|abroad|aboard|exchange\s+of\s+(?:diplomatic\s+)?notes"
    r"|simultaneous\w*|at\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:conference|forum|summit)\s+in)\b"
    r"|\bat\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:ceremony\s+(?:on|at)\s+the\s+border"
    r"|border|frontier|resort|crossing)\b",
    re.IGNORECASE,
)
# A place named that the gazetteer does not hold: "for talks in the port city of
# Turkmenbashi", "at a meeting on the Honduran island of Amapala"
_UNKNOWN_PLACE = re.compile(
    r"\b(?:talks|meeting|met|meet|held|hosted|signed|summit|gathered)\b"
    # (the event's own locative, not a topic's or an incident's: "talks ... on insecurity in
    # the city of Menaka", "days after a clash near the island of Thitu", "after an attack
    # in the border town of Mandera")
    r"(?:(?!\b(?:over|about|after|near|following|since|against|on\s+(?![A-Z][a-z]+day\b)"
    r"[a-z]))[^.;:,]){0,40}?"
    r"\b(?:in|at|on)\s+(?:the\s+)?(?:(?!(?:in|at|on|of|the)\b)[\w-]+\s+){0,3}?"
    r"(?:city|town|village|port|island|resort|region|province|crossing)\s+of\s+[A-Z]"
)


_VENUE_ORDER = {EventType.CONSULT: 0, EventType.AGREE: 1}


def _event_sentences(doc: Document, event: _Event) -> list[Sentence]:
    """The sentences that tell or refer to the event."""
    return [doc.sentences[i] for i in event.sentences if i < len(doc.sentences)]


def _placed_away_in_words(doc: Document, event: _Event) -> bool:
    """Whether a sentence of the event places it away from the dateline, or nowhere the
    gazetteer knows: "on the sidelines of the G20", "by video", "for talks in the port city of
    Turkmenbashi"."""
    return any(
        _HELD_ELSEWHERE.search(sentence.text) or _UNKNOWN_PLACE.search(sentence.text)
        for sentence in _event_sentences(doc, event)
    )


def _place_at_story_venue(events: list[_Event], doc: Document, gaz: Gazetteer) -> None:
    """The city the story is filed from, where the article's face-to-face meeting took place,
    is the place of the other acts of that day it places nowhere: a meeting "on the sidelines",
    an agreement signed, an invitation made ("SAMARKAND - ... leaders met in Samarkand on
    Friday ... Costa met Turkmen President Serdar Berdimuhamedov on Friday morning", "... signed
    a memorandum on critical raw materials", "Putin invited Khurelsukh to attend ..."). Not a
    call, a letter, a video link or a trip elsewhere; not an act of another day."""
    dateline = _dateline_city(doc, gaz)
    if dateline is None:
        return
    city, span = dateline
    home = doc.dateline_country
    venues = [
        e
        for e in events
        if e.event_type is _TYPE_CONSULT
        and e.status is _STATUS_OCCURRED
        and e.mode in _MET_IN_PERSON
        and (
            (
                e.location is not None
                and e.location.feature == "city"
                and e.location.geonames_id == city.geonames_id
            )
            # (where ``_to_record`` will place it: a meeting of the dateline's state placed
            # nowhere)
            or (
                e.location is None
                and home is not None
                and city.iso3 == home
                and home in _states(e)
                and not _placed_away_in_words(doc, e)
            )
        )
    ]
    days = {v.date.value for v in venues if v.date is not None and v.date.value is not None}
    venue_states = {code for v in venues for code in _states(v)}
    # a face-to-face meeting of the story's days placed in another city, or in a town the
    # gazetteer may not hold: a signing is not guessed to be in the dateline city then
    met_elsewhere = any(
        e.event_type is _TYPE_CONSULT
        and e.status is _STATUS_OCCURRED
        and e.mode in _MET_IN_PERSON
        and (
            e.date is None
            or e.date.value is None
            or 0 <= (doc.published - e.date.value).days <= _STORY_DAY_DAYS
        )
        and (
            (e.location is not None and e.location.geonames_id != city.geonames_id)
            or any(_UNKNOWN_PLACE.search(sentence.text) for sentence in _event_sentences(doc, e))
        )
        for e in events
    )
    place = gaz.city_location(city, doc.dateline_place)
    city_name = doc.dateline_place or city.name
    capital = gaz.capital(home) if home is not None else None
    text = doc.text
    # (meetings first: a side meeting placed at the venue makes its sides some of those
    # there, whose other acts of that day are too; a signing in the dateline's capital too)
    for event in sorted(events, key=lambda e: _VENUE_ORDER.get(e.event_type, 2)):
        if event.location is not None or event.status is not _STATUS_OCCURRED:
            continue
        sentences = _event_sentences(doc, event)
        signed = (
            event.event_type is _TYPE_AGREE
            and event.mode == "agreement"
            and any(
                field == "trigger" and _was_signed(text, start, end)
                for field, start, end in event.evidence
            )
        )
        invitation = event.event_type is _TYPE_REQUEST and event.mode == "invitation"
        source = event.parties.get(event.source) if event.source is not None else None
        at_venue = (
            bool(venues)
            and (
                signed
                or (
                    event.event_type is _TYPE_CONSULT
                    and event.mode in ("meeting", "talks", "summit")
                )
                or invitation
            )
            and (event.date is None or event.date.value is None or event.date.value in days)
            # (of a state at the meeting, and the invitation by one: not "Russia and North
            # Korea signed ..." in a story of talks in Kyiv, not "Xi invited Ruto to visit
            # Beijing" after Ruto met Abiy in Nairobi)
            and bool(_states(event) & venue_states)
            and (
                not invitation
                or (source is not None and source.participant.country_code in venue_states)
            )
        )
        # "TASHKENT - ... Uzbekistan and Kazakhstan signed an agreement on Tuesday": a signing
        # by the dateline's state, of the story's days, told from its city
        signed_at_home = (
            signed
            and home is not None
            and city.iso3 == home
            # (the capital: a bureau city, "ISTANBUL", "SYDNEY", "ALMATY", is not where the
            # state signs)
            and capital is not None
            and capital.geonames_id == city.geonames_id
            and home in _states(event)
            and event.date is not None
            and event.date.value is not None
            and 0 <= (doc.published - event.date.value).days <= _STORY_DAY_DAYS
            # (not when a meeting of these days is placed elsewhere: "signed a memorandum on
            # Thursday ... hosted ... for talks in the port city of Turkmenbashi", "two days
            # after the two leaders met in Addis Ababa")
            and not met_elsewhere
            # (nor when the text says the signer was away: "while in Germany", "who is
            # touring Europe", "Uzbekistan's ambassador to Japan", "at a ceremony on the border")
            # (nor "on the sidelines" of a gathering told nowhere, nor when its sentence names
            # another city: "signed an agreement on Wednesday to build a road to the Gulf in
            # Baghdad")
            and not any("sidelines" in sentence.text for sentence in sentences)
            and not any(
                m.kind is _KIND_CITY and not doc.in_dateline(m.start) and m.text != city_name
                for i in event.told or event.sentences
                if i < len(doc.sentences)
                for m in doc.mentions_in(doc.sentences[i].start, doc.sentences[i].end)
            )
        )
        if not (at_venue or signed_at_home):
            continue
        if any(
            _SIGNED_AWAY.search(sentence.text) or _UNKNOWN_PLACE.search(sentence.text)
            for sentence in sentences
        ) or any(
            not (
                # (a visit to the city itself: "during a state visit by Tokayev to Tashkent")
                distance.group().lower().startswith(("visit", "trip", "tour", "travel", "journey"))
                and text.startswith(city_name, distance.end() + 1)
            )
            for sentence in sentences
            for distance in _MADE_AT_A_DISTANCE.finditer(text, sentence.start, sentence.end)
        ):
            continue
        event.location = place
        event.evidence.append(("location", *span))
        if event.event_type is _TYPE_CONSULT or signed_at_home:
            venue_states |= _states(event)


def _place_as(event: _Event, other: _Event) -> None:
    """The event takes the other's place, with the evidence that names it."""
    event.location = other.location
    event.evidence.extend(e for e in other.evidence if e[0] == "location")


# What is said at a meeting, told as such: "During the meeting, Cho asked China to ...", "At
# a joint press conference, Luxon pledged ...", "Speaking at a news conference alongside his
# Syrian counterpart, Safadi accused Israel ..."
_AT_THE_MEETING = re.compile(
    r"\b(?:during|at|after)\s+(?:the|their|a)\s+(?:(?:joint|bilateral)\s+)?(?:meeting|talks"
    r"|(?:news|press)\s+conference)\b|\balongside\s+(?:his|her)\s+(?:\w+\s+){0,2}counterpart\b",
    re.IGNORECASE,
)


# -- windows of the text ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _WindowPatterns:
    """The case-insensitive patterns tried on clauses and on short windows around names and
    triggers.

    In an article that ``foldable`` allows, they run without the flag on the lower-cased
    text (``caseless``): two to four times faster, with the same matches.
    """

    clause_break: re.Pattern[str]
    topic_before: re.Pattern[str]
    locative_before: re.Pattern[str]
    travel_before: re.Pattern[str]
    destination_before: re.Pattern[str]
    attributive_after: re.Pattern[str]
    background_before: re.Pattern[str]
    anaphoric_noun: re.Pattern[str]
    report_verb_before: re.Pattern[str]


_ON_TEXT = _WindowPatterns(
    _CLAUSE_BREAK,
    _TOPIC_BEFORE,
    _LOCATIVE_BEFORE,
    _TRAVEL_BEFORE,
    _DESTINATION_BEFORE,
    _ATTRIBUTIVE_AFTER,
    _BACKGROUND_BEFORE,
    _ANAPHORIC_NOUN,
    _REPORT_VERB_BEFORE,
)
_ON_LOWER = _WindowPatterns(
    *(caseless(getattr(_ON_TEXT, name)) for name in _WindowPatterns.__dataclass_fields__)
)


def _lower(doc: Document) -> str:
    """``lowered(doc.text)``, made once per article for the triggers, the cues and windows."""
    return doc.lower


def _windows(doc: Document) -> tuple[str, _WindowPatterns]:
    """The text to cut windows from (same offsets as the article's) and the patterns to read
    them with: the lower-cased text and the plain patterns where they agree (memoised)."""
    found: tuple[str, _WindowPatterns] | None = doc.memo.get(("windows",))
    if found is None:
        # A foldable text lowers character for character: ``lowered`` is ``str.lower``.
        found = (_lower(doc), _ON_LOWER) if _foldable(doc) else (doc.text, _ON_TEXT)
        doc.memo[("windows",)] = found
    return found


# -- triggers --------------------------------------------------------------------------------


_NAMED_GATHERING_HELD = re.compile(
    r"(?:\s+(?:of|on|for|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*|of|the|and)(?:\s+(?:[A-Z][\w'’.-]*|of|the"
    r"|and))*)?(?:\s+(?:(?:was|were)\s+(?:held|convened)|took\s+place)"
    r"|,\s+which\s+(?:opened|began|was\s+held|took\s+place))\b"
)
# "held their annual Security Consultative Meeting": a verb of holding, a determiner, and
# capitalised words (or a number) up to the trigger, which closes the name
_HELD_THE_NAMED = re.compile(
    r"\b(?:held|hold|holds|holding|convened|attended|attend|attends|attending|co-chaired"
    r"|chaired|hosted|hosts|host)\s+(?:their|its|the|a|an)\s+(?:(?:annual|regular|first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|inaugural|latest"
    r"|next)\s+)*(?:[A-Z0-9][\w'’.+-]*\s+){0,6}$"
)
_MET_NAME_AFTER = re.compile(r"\s+(?:[Oo]ffice|Police|Service|[EÉ]ireann|Gala|Opera|Museum)\b")


def _find_hits(doc: Document, compiled: _Compiled) -> list[_Hit]:
    text = doc.text
    title_end = doc.sentences[0].end if doc.sentences else 0
    sentence_starts = {sentence.start for sentence in doc.sentences}
    hits = []
    for start, end, payload in longest_matches(compiled.automaton, _lower(doc), doc.memo):
        if payload is _BLOCK or not isinstance(payload, Trigger):
            continue
        # A capitalised trigger inside a sentence is part of a name ("the Shangri-La Dialogue"),
        # except in a headline written in title case. A sentence may start after a line break
        # with no full stop before it (the line after the headline).
        if (
            text[start].isupper()
            and not text[text.rfind(" ", start, end) + 1].islower()  # "NATO summit" is no name
            and start > title_end
            and start not in sentence_starts
            and not _sentence_initial(text, start)
            # ... unless the named gathering is told as held: "The fifth Consultative Meeting
            # of the Heads of State of Central Asia was held in the Tajik capital on Friday"
            and not (
                payload.event_type is _TYPE_CONSULT
                and _NAMED_GATHERING_HELD.match(text, end) is not None
            )
            # ... or one the parties are told to hold: "held their annual Security
            # Consultative Meeting", "will hold the 2+2 Ministerial Dialogue"
            and not (
                payload.event_type is _TYPE_CONSULT
                and _HELD_THE_NAMED.search(text, max(0, start - 90), start) is not None
            )
            # ... or the named treaty told as signed: "signed the Nauru-Australia Treaty"
            and not (
                payload.event_type is _TYPE_AGREE
                and _SIGNED_THE_BEFORE.search(text, max(0, start - 60), start) is not None
            )
        ):
            continue
        form = " ".join(text[start:end].lower().split())
        if form == "met" and text[start] == "M" and _MET_NAME_AFTER.match(text, end):
            continue  # "the Met Office said", "Samoa braces for cyclones, Met office says"
        hits.append(_Hit(start, end, compiled.dated_forms.get(form, form), payload))
    return hits


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return not before.strip() or before.rstrip()[-1:] in ".!?\"“‘'"


def _by_sentence(doc: Document, hits: list[_Hit]) -> list[tuple[int, list[_Hit]]]:
    grouped: list[tuple[int, list[_Hit]]] = []
    index = 0
    for hit in hits:
        while index < len(doc.sentences) - 1 and doc.sentences[index].end <= hit.start:
            index += 1
        sentence = doc.sentences[index]
        if not sentence.start <= hit.start < sentence.end:
            continue
        if grouped and grouped[-1][0] == index:
            grouped[-1][1].append(hit)
        else:
            grouped.append((index, [hit]))
    return grouped


# "will meet in Doha for talks", "travelled to Bangkok for a summit": the noun after "for"
# names what kind of consultation the meeting or the journey is.
_PURPOSE_GAP = re.compile(
    r"\s(?:[^.;:]{0,60}\s)?for\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def _purpose_modes(doc: Document, sentence: Sentence, hits: list[_Hit]) -> dict[int, str]:
    """Hit start -> the mode named by a purpose phrase after it in its clause.

    "Delegations will meet in Doha on Saturday for talks": the event is talks, not a
    meeting; "flew to Bangkok for a summit": a summit.
    """
    purposes: dict[int, str] = {}
    consult = [h for h in hits if h.trigger.event_type is _TYPE_CONSULT and h.trigger.mode]
    for hit, later in pairwise(consult):
        if (
            later.form in later.trigger.nouns
            and later.trigger.mode != "phone_call"
            and hit.trigger.mode != "phone_call"
            # "travelled to Delhi for talks" stays a visit (told apart from talks by the
            # parties later); a journey to a summit is the summit.
            and (hit.trigger.mode != "visit" or later.trigger.mode == "summit")
            and _PURPOSE_GAP.fullmatch(doc.text, hit.end, later.start) is not None
            and _clause_bounds(doc, sentence, hit.start, hit.end)
            == _clause_bounds(doc, sentence, later.start, later.end)
        ):
            purposes[hit.start] = (
                # "met for talks mediated by European Council President Antonio Costa"
                "mediation"
                if later.trigger.mode == "talks" and _MEDIATED_BY_AFTER.match(doc.text, later.end)
                else later.trigger.mode or ""
            )
    return purposes


# "where the frontiers of Niger, Mali and Burkina Faso meet": places meeting, not people.
_GEOGRAPHIC_MEET = re.compile(
    r"\bwhere\s+(?:the\s+)?(?:borders|frontiers|boundaries|rivers|roads)\b[^.;]{0,80}$",
    re.IGNORECASE,
)
_MEET_VERBS = frozenset({"meet", "meets", "met"})
_BORDERS_MEET_AFTER = re.compile(r"[^.;,]{0,40}?\bmeets?\b")
_PARTIES_AND_BEFORE = re.compile(r"\b(?:two|both|three)\s+(?:countries|nations|states)\s+and\s+$")
_AND_A_SUBJECT = re.compile(r",\s+and\s+(?:the|a|an|both|they|it|he|she|[A-Z])")
_UNDER_THE_BEFORE = re.compile(
    r"\b(?:under|according\s+to)\s+(?:the|this|that|their|its)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SIGNED_THE_BEFORE = re.compile(
    r"\b(?:signed|signs|ratified|ratifies|initialled|initialed|inked)\s+(?:the|their|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# What a visit goes to, or a meeting is with, when it is a scene's: "visited the crash site",
# "visited the wounded in hospital", "visited flood-hit villages", "met the survivor".
_SITE_VISITED = re.compile(
    r"\s+(?:the\s+|with\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:site|scene|wreckage|morgue|wounded"
    r"|injured|survivors?|victims|hospital|hospitals|ruins|families\s+of)\b"
    r"|\s+(?:the\s+)?(?:flood|quake|earthquake|storm|fire|disaster)-(?:hit|stricken|affected)\b"
)
# A travel advisory: "warned its citizens against travelling to", "urged its nationals to avoid
# all travel to", "advised Americans not to travel to", "to refrain from visiting"
_ADVISED_FORMS = ("travel", "visit", "trip", "fly", "flies", "head", "go")
# a court's judgment as what is welcomed: "welcomed the ruling", "hailed the ICJ's verdict"
# (not "the ruling party's victory")
_RULING_OBJECT = re.compile(
    r"\s*(?:the\s+|a\s+|its\s+|this\s+)?(?:[\w'’.-]+\s+){0,2}?(?:ruling|verdict|judgm?ent)\b"
    r"(?!\s+(?:party|parties|coalition|junta|council|class|family|elite|bloc|alliance|military"
    r"|government|camp)\b)(?!['’]s)"
)
# a pronoun as an accusation's object: "accused her of undermining efforts"
_PRONOUN_OBJECT = re.compile(r"\s+(her|him)\s+(?:of|over|for)\b")
_PRONOUN_GUEST = re.compile(r"\s+(her|him)\s+to\b")
_IT_OBJECT = re.compile(r"\s+(it)\s+of\b")
# "said (on Thursday) (that) it would": the speaker's own act follows
_SAID_IT_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces)\b[^.;]{0,30}?\b(?:that\s+)?(?:it|they)\s+(?:would|will"
    r"|had|has|have|was|were|is|are)\s+(?:(?:also|now|soon|begin\s+to|start\s+to|\w+ly)\s+)*$"
)
# A foreign ministry named without its state as a clause's subject: "The Foreign Office
# summoned", "the foreign ministry said it had lodged a protest"
_MINISTRY_SUBJECT = re.compile(
    r"(?<![\w'’-])(?:The|the|A|a)\s+(?:(?:[\w-]+\s+){0,2}?government['’]s\s+)?"
    r"(?:[Ff]oreign\s+(?:[Aa]ffairs\s+)?[Mm]inistry|Foreign"
    r"\s+Office|[Mm]inistry\s+of\s+[Ff]oreign\s+[Aa]ffairs|(?P<department>Department\s+of\s+Foreign"
    r"\s+Affairs(?:\s+and\s+Trade)?|External\s+Affairs\s+Ministry|Ministry\s+of\s+External"
    r"\s+Affairs))"
    # (or its spokesperson: "A Foreign Office spokesperson dismissed the protest")
    r"(?:\s+spokes(?:man|woman|person))?\s+(?:(?:also|then|later|again|\w+ly|said|says|that|it"
    r"|had|has|on\s+[A-Z][a-z]+day)\s+)*$"
)
# The states whose foreign ministry is a Department of Foreign Affairs (and Trade), or a
# Ministry of External Affairs
_DEPARTMENT_STATES = frozenset(("PHL", "IRL", "AUS", "ZAF", "IND"))
# "In Ankara, the foreign ministry ...": the capital ends the sentence's opening phrase
_FRONTED_CAPITAL_AFTER = re.compile(r",\s*$")
_MILITARY_OBJECT = re.compile(
    r"\s*(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w.’'-]+\s+){0,3}?(?:army|armed\s+forces"
    r"|troops|soldiers|forces|military|defenders|servicemen|fighters)\b"
)
# where a question a trigger is outside of opens: a quote, a colon, a dash, ", but", ", and"
_QUESTION_OPENS = re.compile(r"[\"“:;—]|,\s+(?:but|and)\b")
# "the first Chinese leader to", "the most senior U.S. official to" (visit)
_BECAME_FIRST_TO_BEFORE = re.compile(
    r"\bbec(?:a|o)mes?\s+the\s+(?:first|only)\b[^,.;]{0,60}\bto\s+$"
)
# the visit told by its own verb in the sentence ("..., arrived in Yerevan", "held talks with")
_VISIT_TOLD = re.compile(
    r"\b(?:arrived|arrives|arriving|landed|lands|landing)\s+in\b|\bvisited\b|\bheld\s+talks\b"
    r"|\bmet\b|\bmeeting\s+(?:with\s+)?[A-Z]"
)
# what someone was, not what they did: "Clinton was the first U.S. president to visit Vietnam"
_WAS_FIRST_TO_BEFORE = re.compile(
    r"\b(?:was|were|is|are)\s+the\s+(?:first|only)\b[^,;]{0,60}\bto\s+$"
)
_WEEKDAY_AFTER = re.compile(r"\b(?:on|last|this)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_SUPERLATIVE_TO_BEFORE = re.compile(
    r"\b(?:first|only|most\s+senior|highest[- ](?:ranking|level))\s+(?:[\w.-]+\s+){0,5}to\s+$"
)
_ADVISED_AGAINST_BEFORE = re.compile(
    r"\b(?:against|avoid(?:s|ed|ing)?|not\s+to|refrain(?:s|ed|ing)?\s+from|stop(?:ped)?"
    r"|reconsider(?:ing)?|(?:ban|advisory|warning)s?\s+on)\s+(?:all\s+|any\s+)?"
    r"(?:(?:non-?essential|unnecessary|further|but\s+essential)\s+)?$",
    re.IGNORECASE,
)
_DURING_BEFORE = re.compile(r"\bduring\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_VISIT_NAMED_AFTER = re.compile(
    r"\s+(?:by|of)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,9}?(?:to|in)\s+[A-Z]"
    # (or the visitor alone, in a story filed from the host's city: "during a state visit by
    # King Mswati III, the only African leader ...")
    r"|\s+by\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:[IVX]+|[A-Z][\w'’.-]*)(?=[,.])"
)
# Consultations of or with people who are not states: "a summit of airline executives",
# "in talks with smelter operators", "will hold talks with the selectors".
_NONSTATE_PEOPLE = (
    r"(?:executives|ceos|chief\s+executives|bosses|business\s+leaders|businessmen|industry"
    r"|retail\s+partners|business\s+partners|customers|clients|buyers|distributors|dealers|investors|shareholders|bondholders|creditors|lenders|bankers|banks|insurers|funds|operators|miners|producers"
    r"|manufacturers|makers|carmakers|automakers|suppliers|retailers|traders|exporters|importers"
    r"|companies|firms|airlines|carriers|unions|union\s+leaders|workers|employers|landlords"
    r"|enterprises|entrepreneurs|businesspeople|business\s+people"
    r"|tenants|farmers|growers|selectors|coaches|players|clubs|teams|sponsors|owners|fans"
    r"|students|doctors|nurses|teachers|residents|protesters|protestors|demonstrators|crowds"
    r"|reporters|journalists|staff"
    # the arts' people: "with a Serbian folk ensemble"
    r"|ensembles?|bands?|choirs?|troupes?|orchestras?|musicians|artists|dancers)"
)
# "talks with the pilots' union", "talks between the airline's management and the union"
# (only after "with" or "between": "talks on border management" are a state's)
_LABOUR_COUNTERPART = re.compile(
    r"\s+(?:with|between)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w'’-]*\s+){0,2}?"
    r"(?:union|management|managers|pilots|crews)\b"
)
# ... or a labour body as the mediator: "following talks mediated by the labour ministry"
_LABOUR_MEDIATOR = re.compile(
    r"\s+(?:mediated|brokered|facilitated)\s+by\s+(?:the\s+)?"
    # (no state's adjective: "overseen by the Malaysian labour ministry" between Nepal and
    # Malaysia are states' talks)
    r"(?:country's\s+|national\s+|state\s+|federal\s+|provincial\s+)?"
    r"(?:labou?r|employment|workplace|industrial\s+relations)\s+(?:ministry|minister|department"
    r"|board|court|commission|office|mediators?|tribunal)\b"
)
_NONSTATE_COUNTERPART = re.compile(
    r"\s+(?:(?:of|with|between|among|by)\s+)?(?:(?:a|an)\s+(?:group|consortium|syndicate)\s+of\s+)?"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|some\s+|several\s+|a\s+|an\s+"
    r"|major\s+|top\s+|senior\s+|local\s+|foreign\s+)?"
    # lower-case words (no preposition: "with Iran over traders" are talks with Iran), or a
    # nationality among them: "with two U.S. customers"
    r"(?:(?:(?!(?:over|on|about|in|at|for|to|from|into|after|amid|under|with|of|and|or)\s)"
    r"[a-z][\w'’-]*|U\.S\.|[A-Z][a-z]+(?:an|ese|ish|i))\s+){0,2}?"
    # ... or a company's name: "met Centerra executives" (not "EU bosses")
    r"(?:[A-Z][a-z][\w&'’-]*\s+(?="
    + _NONSTATE_PEOPLE
    + r"\b))?"
    + _NONSTATE_PEOPLE
    + r"\b(?!\s+(?:and|or)\s)",  # lower case: "European Union leaders" are not unions
)
# An apposition that says what the act is: ", the latest attempt to end fighting", ", the
# first such visit since"
_WHAT_IT_IS_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:latest|first|second|third|new|fresh|major|rare|further|last"
    r"|biggest)\s+(?:[a-z]+\s+){0,2}?(?:attempts?|efforts?|bids?|steps?|moves?|signs?|push"
    r")\b[^.;]*$"
)


def _state_gives(doc: Document, sentence: Sentence, start: int) -> bool:
    """Whether the giver of "would provide" is a state or a body of states named right before
    it ("China will provide", "said the EU would provide"), or "it" after a state that said so
    ("The European Commission said on Wednesday it would provide"), and no hope or claim of
    another tells it."""
    text = doc.text
    if _HOPED_BEFORE.search(text, sentence.start, start) is not None:
        return False
    lead = max(sentence.start, start - 60)
    named = [m for m in doc.mentions_in(lead, start) if m.kind in _SIDE_KINDS]
    if named and not text[named[-1].end : start].strip():
        return True
    said = _IT_SAID_BEFORE.search(text, lead, start)
    if said is None:
        return False
    if _FIRM_BEFORE_IT_SAID.search(text, sentence.start, said.start()) is not None:
        # "Chinese telecoms firm Huawei said on Tuesday it would donate": a firm's gift
        return False
    if said.group("government"):
        # "Trinidad and Tobago's Prime Minister ... said that her government would provide": the
        # leader's state (the possessive names it); not a government to come ("opposition
        # leader ... said her government would provide ... if elected")
        return _OPPOSITION_OR_CONDITION.search(text, sentence.start, sentence.end) is None and any(
            m.kind in _SIDE_KINDS for m in doc.mentions_in(sentence.start, start)
        )
    return any(
        m.kind in _SIDE_KINDS
        for m in doc.mentions_in(sentence.start, start)
        if not text.startswith(("'s", "’s"), m.end)
    )


def _sum_granted(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """Whether "a grant of" or "a donation of" names a sum ("announced a grant of USD 10
    million", "announced on Wednesday a donation of 10 million rand") that a state or one of
    its officials announced: "announced" right before it, and right before that a state, a
    titled official of one ("China's ambassador Wu Peng") or "He"/"She"; given to another
    state than the giver's (one named in the sentence, or the story's own). Not "Under the
    agreement, ...": its terms; not a firm's or a magnate's gift ("Chinese telecoms firm
    Huawei announced", "U.S. billionaire Elon Musk announced"), nor a government's money for
    its own farmers."""
    text = doc.text
    if _SUM_GIVEN_AFTER.match(text, end) is None:
        return False
    announced = _ANNOUNCED_BEFORE.search(text, max(sentence.start, start - 30), start)
    if announced is None:
        return False
    if _UNDER_AN_AGREEMENT_BEFORE.search(text, sentence.start, sentence.end) is not None:
        return False
    if _HE_OR_SHE_BEFORE.match(text, sentence.start, announced.start()) is not None:
        return True  # ("He also announced a grant of 30 million euros": the official before)
    verb = announced.start()
    giver: str | None = None
    for m in doc.mentions_in(sentence.start, verb):
        if m.kind in _SIDE_KINDS and _NOTHING_BUT_ALSO.fullmatch(text, m.end, verb):
            giver = m.code
    for _, person_end, person in doc.person_mentions(sentence.start, verb):
        if (
            person.title is not None
            and person.country_code is not None
            and _NOTHING_BUT_ALSO.fullmatch(text, person_end, verb)
        ):
            giver = person.country_code
    if giver is None:
        return False
    others = {
        m.code for m in doc.mentions_in(sentence.start, sentence.end) if m.kind in _SIDE_KINDS
    } - {giver, None}
    home = doc.dateline_country
    return bool(others) or (home is not None and doc.dateline is not None and home != giver)


# Between a giver and its verb: "India also announced", "Japan on Tuesday announced"
_NOTHING_BUT_ALSO = re.compile(r"\s*(?:(?:also|on\s+[A-Z][a-z]+|later|then)\s+)*")
_HE_OR_SHE_BEFORE = re.compile(r"(?:He|She)\s+(?:also\s+|later\s+)?$")
_ANNOUNCED_BEFORE = re.compile(r"\b(?:announced|announces|announcing)(?:\s+on\s+[A-Z][a-z]+)?\s+$")
_HOPED_BEFORE = re.compile(
    r"\b(?:expects?|expected|hopes?|hoped|wants?|wanted|asked|urged|called\s+on|demanded"
    r"|claimed|claims|believes?|predicted|estimated|if|unless)\b"
)
_OPPOSITION_OR_CONDITION = re.compile(
    r"\b(?:[Oo]pposition|if|unless|once|candidate|elected|election|wins?|won)\b"
)
# "said on Wednesday it would provide", "said that her government would provide"
_IT_SAID_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces|pledged|promised)\b[^,;]*?"
    r"\b(?:it|they|(?P<government>(?:his|her)\s+government))\s+$"
)


def _addressee_end(text: str, at: int, limit: int) -> int:
    """Where the words naming an appeal's addressees end: at the "to" of what is asked, within
    60 characters."""
    to = text.find(" to ", at, min(limit, at + 60))
    return to if to >= 0 else min(limit, at + 60)


def _said_to_the_other_side(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the talks told before ``start`` are between two states or more, and the words
    after the act name no state beside them (not "met reporters, calling on China", nor "spoke
    by phone with Sisi, calling on Israel to")."""
    before: set[str] = {
        m.code for m in doc.mentions_in(sentence.start, start) if m.kind in _SIDE_KINDS
    }
    before.update(
        p.country_code for _, _, p in doc.person_mentions(sentence.start, start) if p.country_code
    )
    after = {
        m.code
        for m in doc.mentions_in(end, sentence.end)
        if m.kind is _KIND_COUNTRY or m.kind is _KIND_METONYM or m.kind is _KIND_IGO
    }
    return len(before) >= 2 and after <= before


_INVITATION_TO_VISIT = Trigger(
    event_type=EventType.REQUEST, mode="invitation", forms=("invitation to",)
)
# An invitation accepted to a visit: "accepted an invitation on Friday to make an official"
_INVITED_TO_MAKE_BEFORE = re.compile(
    r"\b(?:invitation\s+(?:(?:from|by)\s+[^,;.]{1,60}?\s+|on\s+[A-Z][a-z]+day\s+)?"
    # (or the act of inviting: "Kast invited Milei to make a state visit to Chile")
    r"|invit(?:ed|es|ing)\s+[^,;.]{1,60}?\s+)to\s+(?:make|pay)"
    r"\s+(?:an?|his|her|their)\s+(?:[a-z]+\s+){0,2}$"
)
# The talker's own words told after the talks: "and said the alliance stood" (not another's:
# ", while Moscow said")
_SAID_IN_THE_TALKS = re.compile(
    r"(?:(?!\b(?:while|whereas|but|although)\b)[^;.])*?(?:\band|,)\s+(?:also\s+)?"
    r"(?:said|says|expressed|stressed|reaffirmed|voiced)\b"
    r"(?:(?!\b(?:while|whereas|but|although)\b)[^;])*$"
)
# Where an agreement was made: "the peace agreement the two countries signed in Washington"
_SIGNED_IN_BEFORE = re.compile(r"\b(?:signed|sealed|reached|struck)\s+in\s+$")
_AGREEMENT_NOUN_BETWEEN = re.compile(
    r"\b(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|a)|ceasefires?"
    r"|truces?|protocols?)\b",
    re.IGNORECASE,
)
# An appeal told as a participle after talks: "held talks with ... on Tuesday, calling for"
_APPEAL_PARTICIPLES = frozenset({"calling for", "calling on", "urging"})
_TALKS_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:held|holds|holding)\s+(?:(?:[a-z]+\s+){0,2}talks|a\s+(?:[a-z]+\s+)?(?:meeting|phone\s+call"
    r"|telephone\s+call|video\s+call))\b|\b(?:met|meets|spoke|speaks)\s+(?:by\s+(?:tele)?phone\s+)?with\b"
)
# A company as the other side: "held talks with a US private equity firm", "signed a
# partnership agreement with a US cloud computing company", "a supply agreement with Axion
# Compute, a US designer of AI accelerators" (not a lender or bank, which may be the IMF's
# or the World Bank's description, nor a group, which may be armed)
_COMPANY_NOUNS = (
    r"(?:compan(?:y|ies)|firms?|start-?ups?|corporations?|conglomerates?|chipmakers?"
    r"|carmakers?|automakers?|designers?|makers?|manufacturers?|suppliers?|providers?"
    r"|developers?|retailers?|insurers?|airlines?|utilit(?:y|ies)|publishers?|distributors?"
    r"|broadcasters?|studios?)"
)
# A firm as who said it would give: "Chinese telecoms firm Huawei said", "the company said"
_FIRM_BEFORE_IT_SAID = re.compile(r"\b" + _COMPANY_NOUNS + r"\b", re.IGNORECASE)
# A firm named with its state's possessive: "Indonesia's biggest homegrown coffee chain Kopi
# Kenangan", "Japan's top carmaker Toyota"
_STATES_FIRM_BEFORE = re.compile(
    r"\b[A-Z][\w.'’-]*['’]s\s+(?:[a-z-]+\s+){0,4}(?:chains?|"
    + _COMPANY_NOUNS
    + r")\s+[A-Z][\w&.'’-]*"
)
# ... beside a state itself: "Toyota's parent company and the Japanese government agreed"
_STATE_AFTER_AND = re.compile(r"\band\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[a-z]+)?\s+government\b")


def _state_named_itself(doc: Document, lo: int, hi: int) -> bool:
    """Whether a state is named in ``[lo, hi)`` as itself, not as a firm's owner ("Brazil's
    Azul", "China's Luckin Coffee")."""
    text = doc.text
    return any(
        m.kind in _SENDER_KINDS and not text.startswith(("'s", "’s"), m.end)
        for m in doc.mentions_in(lo, hi)
    )


# A cultural or learned body as the other side: "talks were under way with Bolivia's national
# archive", "an agreement with the British Museum"
_INSTITUTION_COUNTERPART = re.compile(
    r"(?:\s+(?:were|are|is|was)\s+(?:under\s+way|underway|continuing))?\s+(?:with|between)\s+"
    r"(?:the\s+|its\s+|their\s+|[A-Z][\w.'’-]*['’]s\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}?"
    r"(?:archives?|museums?|library|libraries|university|universities|institutes?|foundation"
    r"|orchestras?|galler(?:y|ies)|zoos?|academy|academies)\b"
)
# A firm as the subject of a deal: "the company had struck agreements", "The carmaker signed"
_COMPANY_SUBJECT = re.compile(
    r"\b(?:(?:[Tt]he|[Tt]his|[Ii]ts)\s+"
    + _COMPANY_NOUNS
    # or one named in apposition: "A Banjul-based publisher, Sukuta Books, signed a deal"
    + r"|(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?"
    + _COMPANY_NOUNS
    + r",\s+[A-Z][\w&.'’ -]{1,40}?,)"
    # (its own verbs of saying and dealing only: not "The airlines welcomed the agreement
    # between India and Canada")
    + r"\s+(?:(?:also|said|says|that|it|had|has|have|would|will|recently|just|then|later"
    r"|struck|signed|reached|sealed|inked|clinched|secured|won|a|an|new|several|two|three"
    # "the publisher said it was in talks with partners in Japan"
    r"|was|is|in)\s+)"
    r"{0,5}$"
)
# An agreement to hold a joint action, right before its noun: "agreed to set up a committee and
# to hold coordinated patrols", "agreed to conduct joint exercises"
_AGREED_TO_HOLD_BEFORE = re.compile(
    r"\bagree(?:d|s)?\b[^.;:]{0,100}?\bto\s+(?:hold|conduct|carry\s+out|launch|stage|start"
    r"|begin|resume|organi[sz]e|mount)\s+(?:(?:a|an|the|their|regular|new|more)\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)
# Sanctions as the object of another act, right before their noun: "rejected U.S. sanctions
# on", "refusal to join EU sanctions against", "pushed for European Union sanctions against"
_SANCTIONS_AS_OBJECT_BEFORE = re.compile(
    r"\b(?:join|joins|joined|joining|align\w*\s+(?:[\w'’-]+\s+){0,4}?with"
    r"|push(?:ed|es|ing)?\s+for|call(?:ed|s|ing)?\s+for|reject(?:ed|s|ing)?|condemn(?:ed|s|ing)?"
    r"|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|denounc(?:ed|es|ing))\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?$"
)
_VISIT_VERBS = frozenset(("visit", "visits", "visited", "visiting"))
# A site as what is visited: "the Lobito port terminal", "a shipyard in Tuzla", "the area" (its
# head noun: not "the wounded in hospital")
_SITE_OBJECT_AFTER = re.compile(
    r"\s+(?:a|an|the)\s+(?:(?!(?:in|of|at|on|to|with|and)\s)[\w'’-]+\s+){0,3}?"
    r"(?:port|terminal|shipyard|mill|memorial|factory"
    r"|plant|museum|school|hospital|camp|farm|mine|site|area|market|monument|cemetery|temple"
    r"|mosque|church|cathedral|refinery|dam|university|exhibition|fair|facility|project"
    r"|laboratory|lab|centre|center)s?\b"
)
# Where the subject of a clause's verb begins: after a comma, a colon or a conjunction of
# time ("Before the game, officials of ...", "rose 2.7% after the power producer signed")
_SUBJECT_OPENS = re.compile(r"[,;:(]\s+|\b(?:after|before|when|while|as|since|and\s+that)\s+")
# Bodies that sign deals and are not states: firms, studios, sports boards and federations,
# associations, producers, clubs ("Portuguese and Angolan companies", "Tashkent-based Kinoman
# Studio", "Ghana's Abibigromma theatre company", "The two boards")
_NON_STATE_SIGNER = re.compile(
    r"\b(?:(?i:companies|firms|studios?|films|federations|associations|boards|producers?|clubs"
    r"|universities|banks|lenders|unions|theat(?:re|er)\s+compan(?:y|ies)|arts\s+cent(?:re|er)s?"
    # (as written, one body: "the federation and its Swedish counterpart", not "the Russian
    # Federation"; a tourist board and a promoter's "sponsorship agreement")
    r")|federation|association|sponsorship|Touris[tm]\s+Board|Productions)\b"
    # (not a state's own body: "The investment promotion boards of Ethiopia and the UAE")
    r"(?!\s+of\s+(?:the\s+)?[A-Z])"
    r"|\b[A-Z][\w]*-based\s+[A-Z]"
)
# ... unless a state's own people or the state itself are among the subject's words
_STATE_SIGNER = re.compile(
    r"\b(?:governments?|government['’]s|ministers?|ministry|ministries|presidents?|premier"
    r"|leaders|countries|nations|states|sides|delegations"
    r"|officials\s+from\s+the\s+two\s+governments|central\s+banks?)\b",
    re.IGNORECASE,
)


def _non_state_signers(text: str, sentence: Sentence, start: int) -> bool:
    """Whether the subject of the agreement or the talks at ``start`` names bodies that are not
    states (firms, banks, studios, associations, sports boards) and no state's own people."""
    lo = max(sentence.start, start - 120)
    opens = [m.end() for m in _SUBJECT_OPENS.finditer(text, lo, start)]
    subject = text[opens[-1] if opens else lo : start]
    return _NON_STATE_SIGNER.search(subject) is not None and _STATE_SIGNER.search(subject) is None


_COMPANY_COUNTERPART = re.compile(
    r"\s+(?:with|between)\s+(?:(?:a|an|the|its|their|two|three|several)\s+)?"
    r"(?:(?:[a-z][\w'’-]*|U\.?S\.?|U\.?K\.?|[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+){0,4}?"
    + _COMPANY_NOUNS
    + r"\b|\s+with\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3},\s+(?:a|an|the)\s+"
    r"(?:[\w.'’-]+\s+){0,4}?" + _COMPANY_NOUNS + r"\b"
    # a firm by its corporate name, its state's possessive before it: "in talks with Japan's
    # Mitsubishi Heavy Industries", "with India's Tata group"; shipping lines
    r"|\s+with\s+(?:[A-Z][\w.'’-]*['’]s\s+)?(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Industries|Group|group"
    r"|Holdings|Motors|Electronics|Corp|Corporation)\b"
    r"|\s+with\s+(?:[a-z]+\s+)?(?:shipping|cruise|container)\s+lines\b"
)
_BUSINESS_TYPES = frozenset((_TYPE_CONSULT, _TYPE_AGREE, _TYPE_COOPERATE))
# Firms named by their corporate names as the subject of "are in talks": "LATAM Airlines and
# Brazil's Azul are in talks", "Tata Motors is in talks" (case-sensitive)
_NAMED_FIRMS_IN_TALKS_BEFORE = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?:and|said|says)\s+)(?!The\s)(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Airlines|Airways"
    # (not a group of states: "The Visegrad Group is in talks with Ukraine")
    r"|Group|Corp"
    r"|Corporation|Inc|Ltd|Limited|Holdings|Motors|Telecom|Petroleum|Pharmaceuticals|Mining"
    r"|Shipping|Logistics|Technologies|Systems)\b\.?(?:\s+and\s+(?:[A-Z][\w&.'’-]*\s*){1,4}"
    r"(?:['’]s\s+[A-Z][\w&.'’-]*)?)?\s+(?:are|is|were|was|have\s+been|has\s+been|had\s+been)"
    r"\s+(?:also\s+|now\s+|already\s+)?in\s+(?:[a-z]+\s+)?$"
)
# A pledge of money ("pledged 1.5 million Australian dollars"; the pledge trigger that needs
# an amount in ``diplomatic.yaml``) is a pledge, unless what is pledged is aid, which the aid
# trigger codes.
_AID_AFTER = re.compile(r"\b(?:aid|humanitarian|relief|assistance)\b", re.IGNORECASE)
# What lands or drives in: "a Royal Australian Air Force C-130 Hercules landed in Port Vila",
# "Colombian air force planes flew to the United States" (a navy's ships arriving in a port
# make a port call, a visit).
# ... with what it comes from or carries between ("A French military transport aircraft from
# the neighbouring island of Reunion landed in Toliara"), or in a relative clause ("a U.S.
# flight that landed in Manaus", "tents ..., the first of which arrived in Hanoi")
_VEHICLE_BEFORE = re.compile(
    r"\b(?:planes?|aircraft|airplanes?|jets?|Hercules|C-\d{2,3}\w*|helicopters?"
    r"|flights?|convoys?|trucks?|lorries|shipments?|consignments?|first\s+of\s+which)"
    r"(?:\s+(?:from|of|carrying|with)\s+[^.;,]{1,50}?)?"
    r"\s+(?:(?:that|which|had|has|have|was|were|also|then|first|later|safely)\s+)*$"
)
# "recalled Chile's ambassador", "recalled the country's envoy", "recalled Ambassador X",
# "recalled its own charge d'affaires"
_ENVOY_OF_AFTER = re.compile(
    r"\s+(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}(?:[A-Z][\w.'’-]*|country|kingdom|nation)['’]s\s+"
    r"|(?:its|their|his|her)\s+(?:own\s+)?)?"
    r"(?:top\s+)?(?:[Aa]mbassadors?|[Ee]nvoys?|[Cc]harge\s+d['’]affaires|[Hh]igh\s+[Cc]ommissioner)\b"
    # ... or an envoy by name, "for consultations": "Hours later Rabat recalled Ms Benyaich for
    # consultations"
    r"|\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+for\s+consultations\b"
)
# Aid promised is a pledge of it, as the analysts code "Japan said on Friday it would provide
# tents, water tanks and generators"; aid that "would send" is a delivery to come (scheduled aid:
# "said it would send a relief team to Laos on Thursday").
# Only what is given may stand between the promise and the aid: "would provide tents",
# "would provide an initial A$1 million in humanitarian funding" (not "would provide security
# for aid convoys", "would provide training to pilots and send rescue teams").
_AID_PROMISED_BEFORE = re.compile(
    r"\b(?:would|will)\s+(?:also\s+)?(?:provide|give|donate|supply|contribute)\s+"
    r"(?:(?!for\b|to\b|and\b|security\b|training\b)[^.;,]|\.(?=\d)|(?<=[A-Z])\.){0,60}$"
)
_AID_TO = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?(?:people\s+of\s+)?", re.IGNORECASE)
# ... and the aid trigger codes money pledged or announced for aid, and aid promised, as a
# pledge (what the analysts code): "pledged $2 million in emergency assistance", "announced on
# Monday an initial five million Australian dollars in humanitarian aid"; money said to be
# released or sent is aid.
_MONEY_PLEDGE = Trigger(event_type=EventType.AGREE, mode="pledge", forms=("pledged",))
# A sanction a state says it is considering is a warning to its target: "was considering
# suspending diplomatic relations with the UAE", "is weighing sanctions against"; only words of
# the same clause between ("considering options, and the EU imposed sanctions" is no warning)
_CONSIDERED_SANCTION = Trigger(
    event_type=EventType.THREATEN, mode="warning", forms=("considering",)
)
_CONSIDERING_BEFORE = re.compile(
    r"\b(?:considering|weighing|mulling|contemplating|would\s+consider|could\s+consider)"
    r"\s+(?:[^.;:,]|,(?=\s+or\b)){0,80}$"
)
_ASKED_TO_LEAVE = Trigger(
    event_type=EventType.SANCTION, mode="expulsion", forms=("asked",), source_first=True
)
_CONDITIONAL_SANCTION = Trigger(event_type=EventType.THREATEN, mode="warning", forms=("would",))
_WOULD_IMPOSE_BEFORE = re.compile(
    r"\b(?:would|will)\s+(?:(?:impose|slap|introduce|reimpose|re-impose)\b[^.;:,\"“”]{0,50})?$"
)
# People and vehicles sent to help are aid as it arrives, never a pledge of it, whatever sum
# the sentence names before them.
_AID_CARRIERS = frozenset({"rescuers", "firefighters", "ambulances"})
# Teams sent to help, named with their nationality ("Kenyan navy divers", "Portuguese
# firefighters and rescue specialists")
_AID_TEAMS = frozenset(
    {
        "rescuers",
        "firefighters",
        "rescue team",
        "rescue teams",
        "rescue workers",
        "rescue specialists",
        "search and rescue team",
        "search-and-rescue team",
        "search and rescue specialists",
        "search-and-rescue specialists",
        "medical team",
        "medical teams",
        "divers",
        "navy divers",
        "rescue divers",
    }
)
_BEFORE_A_TEAM = re.compile(r"(?:\s+(?:navy|military|army|air\s+force|civil|federal|state))?\s+")
_MONEY_WORDS = ("$", "€", "£", "¥", "dollars", "euros", "pounds", "yen", "yuan", "francs")
# A sum of money: "$2 million", "NZ$4.5 million", "five million Australian dollars", "1.5
# million euros", "$500,000".
_SUM = (
    r"(?:(?:[A-Z]{1,3}|Aus)?[$€£¥]\s*[\d.,]+(?:\s+(?:million|billion))?"
    # ("USD 10 million", "EUR 5 million")
    r"|(?:USD|EUR|GBP|CHF|JPY|CNY|AUD|CAD|NZD)\s*[\d.,]+(?:\s+(?:million|billion))?"
    r"|(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)\s+(?:(?:million|billion)\s+)?"
    # ("Australian dollars", "Trinidad and Tobago dollars", "U.S. dollars")
    r"(?:[A-Z][a-z]+\s+(?:(?:and\s+)?[A-Z][a-z]+\s+){0,3}|U\.S\.\s+)?"
    r"(?:dollars|euros|pounds|yen|yuan|francs|rupees|riyals|dirhams|kronor|kroner|krone|won"
    r"|rand|kwacha|naira|shillings|roubles|rubles|hryvnias|lira|rupiah|ringgit|baht|pesos"
    r"|reais|lei|zlotys|tenge|dinars|cedis|birr|crowns|korunas?|forints?|shekels|rials|taka"
    r"|kyats|leva|manats|lari|drams))"
)
# The terms of an agreement: "Under the agreement, Australia will provide", "a security and
# economic pact under which Australia will provide"
_UNDER_AN_AGREEMENT_BEFORE = re.compile(
    r"\b(?:[Uu]nder\s+(?:the|this|that|its|their|a|an|each)\s+(?:[\w-]+\s+){0,3}?(?:agreements?"
    r"|arrangements?|deals?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|a)|plans?|programmes?"
    r"|programs?|packages?|partnerships?|compacts?)|under\s+which)\b"
)
# The sum right after "would provide": "would provide an initial 20 million euros"
_SUM_GIVEN_AFTER = re.compile(
    r"(?:\s+(?:an?|the|initial|additional|further|another|extra|new|fresh|up\s+to|about|some"
    r"|nearly|almost|more\s+than|over|at\s+least|a\s+total\s+of))*\s+" + _SUM
)
_FOR_WORD = re.compile(r"\bfor\b")
# A passive welcome, and kin among those who gave it: "were met by relatives and ..."
_WERE_MET_BEFORE = re.compile(r"\b(?:were|was|being|been)\s+$")
_KIN_GREETERS = re.compile(
    r"\s+by\s+[^.;]{0,60}?\b(?:relatives|families|family\s+members|their\s+famil(?:y|ies)"
    r"|loved\s+ones|parents|wives|husbands|children)\b"
)
_WHO_SAID = re.compile(
    r",\s+who\s+(?:also\s+|later\s+)?(?:said|says|told\s+\w+|added)\s+(?:that\s+)?[A-Z]"
)
# A span to come: "next year", "over the next three years"
_NEXT_SPAN = re.compile(r"(?:(?:over|in|during|for)\s+)?(?:the\s+)?next\b", re.IGNORECASE)
# The sum pledged, then the aid it is in: "pledged $2 million in emergency assistance",
# "announced on Monday an initial five million Australian dollars in humanitarian aid", "a
# $500,000 aid package"; only a day, an article and such words between the verb and the sum
# (not "announced sanctions on firms that had received $100 million in aid contracts", "would
# cut $200 million in aid", "announced that 1.2 million euros in aid had been frozen").
_MONEY_PLEDGED_BEFORE = re.compile(
    r"\b(?:pledged?|pledges|pledging|promised|promises|committed|commits|announced|announces"
    r"|approved|offered|earmarked|(?:to|would|will)\s+(?:provide|give|donate|contribute))"
    r"(?:\s+(?:on\s+[A-Z][a-z]+|an?|the|initial|additional|further|another|extra|new|fresh|up\s+to"
    r"|about|some|nearly|almost|more\s+than|over|at\s+least|an\s+additional|a\s+total\s+of))*\s+"
    + _SUM
    # ... or the last of sums listed: "would provide US$100 million for a mission to Haiti and
    # US$33 million in humanitarian aid"
    + r"(?:[^.;]{0,80}?\s+and\s+"
    + _SUM
    + r")?(?:\s*\([^()]{0,60}\))?(?:\s+(?:in|of|as|worth\s+of)(?:\s+(?:new|fresh|additional|emergency"
    r"|urgent|immediate))*)?\s+$"
)
# Sport: national teams host and visit each other. The words, as written (case counts: "the
# Arab League" is no league; not "goal" or "qualified", words of policy too), are read two
# ways: a regex on one sentence, and their count in the article, from the one automaton pass
# the triggers share (a regex over the whole article cost ~0.15 ms; the shared walk next to
# nothing).
_SPORTS_TERMS = (
    "World Cup", "qualifier", "qualifiers", "qualifying", "fixture", "fixtures",
    "kick-off", "kickoff", "tournament", "league", "championship", "championships", "semi-final",
    "semi-finals", "semifinal", "semifinals", "quarter-final", "quarter-finals", "quarterfinal",
    "quarterfinals", "squad", "striker", "midfielder", "coach", "football",
    "soccer", "cricket", "rugby", "tennis", "Olympic", "Olympics", "Olympic Games", "matches",
    "match against", "stadium", "derby", "friendly against",
    # cricket's own words: "taking five wickets", "the second one-day international"
    "wickets", "innings", "one-day international", "one-day internationals", "Test series",
    # other team games: "Serbia will host Greece ... in a basketball warm-up game"
    "basketball", "volleyball", "handball", "ice hockey",
)  # fmt: skip
# Words of other sports that only count towards a sports story, none alone ("after a golf
# outing", "the Baku Grand Prix" in a minister's visit): "Cycling: Del Toro kills off Giro
# rivals", "the final time trial"
_SPORTS_STORY_TERMS = (
    "cycling", "peloton", "time trial", "Grand Tour", "Tour de France", "Giro d'Italia",
    "Vuelta", "podium", "Grand Prix", "Formula One", "golf", "athletics",
)  # fmt: skip
_SPORTS = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(term).replace(r"\ ", r"\s+")
        for term in sorted(_SPORTS_TERMS, key=len, reverse=True)
    )
    + r")\b"
)
_SPORTS_WORDS = LOWER_TEXT_PASS.join(
    phrase_automaton(
        dict.fromkeys((term.lower() for term in _SPORTS_TERMS + _SPORTS_STORY_TERMS), True)
    )
)
_SPORTS_CAPITALS = frozenset(
    term[0] for term in _SPORTS_TERMS + _SPORTS_STORY_TERMS if term[0].isupper()
)
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s*$")
# A gathering named in an aside between a subject and its verb of meeting: "Guterres,
# attending his first AU summit, met Ethiopian Prime Minister Hailemariam Desalegn".
# (a gathering the text told of before, "during the summit", is not introduced here)
_ASIDE_GATHERING_BEFORE = re.compile(
    r",\s+(?:while\s+)?(?:attending|at|during|on\s+the\s+sidelines\s+of)\s+"
    r"(?!the\s+$)(?:[\w'’-]+\s+){1,4}$",
    re.IGNORECASE,
)
# ... or a sentence opening with it, the subject after the comma: "On the sidelines of the SCO
# summit in Astana, Putin held talks with Erdogan"
_SIDELINES_OPENING = re.compile(r"\bOn\s+the\s+sidelines\s+of\s+(?:[\w'’-]+\s+){1,6}$")
_SUBJECT_THEN_MEETING = re.compile(
    r"[^,;.]{0,40},\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:also\s+)?(?:met|held\s+talks)\b"
    r"(?!\s+(?:with\s+)?(?:reporters|journalists|the\s+press)\b)"
)
# The aside itself, whose names are no sides of the meeting told after it
_ASIDE_SPAN = re.compile(
    r",\s+(?:while\s+)?(?:attending|at|during|on\s+the\s+sidelines\s+of)\s+[^,;]{1,60},",
    re.IGNORECASE,
)
# A subject's posts in an aside: ", Washington's ambassador to Turkey and its special envoy
# for Syria,", ", the U.N. envoy for Yemen,"
_POST_ASIDE = re.compile(
    r",\s+(?:[\w.'’-]+\s+){0,3}(?:ambassador|envoy|representative|coordinator|commissioner"
    r"|consul|charg[eé]\s+d['’]affaires)\s+(?:to|for|in|on)\s+[^,;()]{1,80},"
    # (or a post held before: "SADC special envoy Jakaya Kikwete, a former president of
    # Tanzania, met ...")
    r"|,\s+(?:a|the)\s+former\s+(?:[\w.'’-]+\s+){0,2}?(?:president|prime\s+minister|minister"
    r"|head\s+of\s+state|leader)\s+of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},",
    re.IGNORECASE,
)
# What an act prepares: "to prepare the visit", "to arrange the meeting"
_TO_PREPARE_BEFORE = re.compile(
    r"\bto\s+(?:prepare|plan|arrange|organi[sz]e|pave\s+the\s+way\s+for)\s+(?:the|this|that)\s+$"
)
_POST_WORDS = (
    "ambassador",
    "envoy",
    "representative",
    "coordinator",
    "commissioner",
    "consul",
    "charg",
    "former",
)
# The aside closed right before a verb of meeting someone (not reporters)
_ASIDE_CLOSED_BY_MEETING = re.compile(
    r"[^,;.]{0,40},\s+(?:also\s+)?(?:met|held\s+talks)\b"
    r"(?!\s+(?:with\s+)?(?:reporters|journalists|the\s+press|protesters|students|supporters)\b)"
)
# A sports story: its headline names a sport's words, or the article at least three times.
_SPORTS_STORY_MIN = 3


def _sports_story(doc: Document) -> bool:
    found = doc.memo.get(("sports",))
    if found is None:
        title = doc.sentences[0] if doc.sentences else None
        found = doc.memo[("sports",)] = (
            bool(title is not None and _SPORTS.search(doc.text, title.start, title.end))
            or sum(
                # as ``_SPORTS`` reads them: lower-case, but for the capitalised events ("the
                # Arab League" is no league)
                doc.text[start].islower() or doc.text[start] in _SPORTS_CAPITALS
                for start, _, _ in longest_matches(_SPORTS_WORDS, doc.lower, doc.memo)
            )
            >= _SPORTS_STORY_MIN
        )
    return bool(found)


# A truce in a dispute of firms or people called a war, told in the headline or the lead:
# "call truce in label war", "agreed a ceasefire in a two-year legal war" (not in a trade or
# tariff war, which states wage, nor "a ceasefire in Ukraine as the legal battle over ...
# dragged on": only lower-case words between; case-sensitive)
_FIGURATIVE_WAR = re.compile(
    r"\b(?:[Cc]easefire|[Cc]ease-fire|[Tt]ruce|[Pp]eace)\s+(?:in|over|to\s+end|ending)\s+"
    r"(?:(?:a|an|the|their|its)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:legal|label|labelling|labeling"
    r"|price|pricing|patent|turf|tower|fee|bidding|copyright|trademark|boardroom|courtroom"
    r"|takeover|streaming|ratings)\s+(?:war|wars|battle|feud)\b"
)
# The words of peace such a story's truce and talks are told in
_PEACE_WORDS = frozenset(
    ("ceasefire", "cease-fire", "truce", "armistice", "peace talks", "peace deal", "peace process")
)


def _figurative_truce(doc: Document, sentence: Sentence, start: int) -> bool:
    """Whether the peace word at ``start`` is a truce of firms or people: the figurative war
    named right after it ("agreed a ceasefire in a two-year legal war"), or, in a story whose
    headline or lead calls its dispute such a war, in a sentence that names no two states
    ("... would hold peace talks through a mediator in Tbilisi"; not "Armenia and Azerbaijan
    agreed a ceasefire" told further on)."""
    if _FIGURATIVE_WAR.match(doc.text, start):
        return True
    found = doc.memo.get(("figurative_war",))
    if found is None:
        end = doc.sentences[1].end if len(doc.sentences) > 1 else len(doc.text)
        found = doc.memo[("figurative_war",)] = _FIGURATIVE_WAR.search(doc.text, 0, end) is not None
    if not found:
        return False
    text = doc.text
    states = {
        m.code
        for m in doc.mentions_in(sentence.start, sentence.end)
        if m.kind in (_KIND_COUNTRY, _KIND_METONYM)
        # (not a firm's home: "South Korea's Samsung and U.S.-based Apple")
        and not text.startswith(("'s", "’s", "-based"), m.end)
    }
    return len(states) < 2


_AGREE_TO_CONSULT = re.compile(
    r"\s+(?:meet|hold|resume|continue|visit|talk|host|convene|discuss)\b"
    # (not an act agreed: "agreed to hold a joint naval exercise off Benghazi in May")
    r"(?!\s+(?:(?:a|an|the|their|joint|regular|annual|naval|military|air|land|border|first"
    r"|new|large-scale|live-fire|trilateral)\s+){0,4}(?:exercises?|drills?|manoeuvres|maneuvers"
    r"|war\s+games|patrols?|elections?|referendums?|census)\b)",
    re.IGNORECASE,
)
_THAT_WOULD_CONSULT = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,8}?(?:would|will|should)\s+(?:meet|hold\s+talks|resume\s+talks"
    r"|convene|reconvene)\b"
)


def _drop_redundant(hits: list[_Hit], text: str) -> list[_Hit]:
    """Within one sentence, let the specific trigger speak for a generic one.

    "hosted X ... for the summit" is the summit (with X as a party), and "agreed to a
    ceasefire" is the ceasefire.
    """
    # What the sentence's hits hold, in one loop (four generators cost more, at ~13 sentences
    # an article).
    consult_nouns = specific_agree = agreement = False
    first_consult = first_held = first_aid = len(text)
    carried_aid = first_held_after = -1
    for h in hits:
        trigger = h.trigger
        if trigger.event_type is _TYPE_AID:
            first_aid = min(first_aid, h.start)
            if h.form.startswith(_CARRIED):
                carried_aid = max(carried_aid, h.start)
        if trigger.event_type is _TYPE_CONSULT:
            if trigger.mode != "visit":
                consult_nouns = True
            first_consult = min(first_consult, h.start)
            if h.form in _HELD_FORMS:
                first_held = min(first_held, h.start)
                first_held_after = h.start
        elif trigger.event_type is _TYPE_AGREE:
            agreement = True
        if trigger.mode == "ceasefire":
            specific_agree = True
    return [
        hit
        for hit in hits
        # "held phone calls with X and Y, urging both sides to ...": what was said in the call
        if not (
            hit.trigger.event_type is _TYPE_REQUEST
            and hit.start > first_consult
            and hit.form.endswith("ing")
            and _PARTICIPLE_AFTER_COMMA.search(text, max(0, hit.start - 3), hit.start)
        )
        # "Guterres, attending his first AU summit, met X": the meeting is the event told, the
        # summit its setting (the clause is read once, for its first trigger)
        and not (
            hit.trigger.event_type is _TYPE_CONSULT
            and hit.start < first_held_after
            and hit.form in hit.trigger.nouns
            and (
                (
                    _ASIDE_GATHERING_BEFORE.search(text, max(0, hit.start - 60), hit.start)
                    and _ASIDE_CLOSED_BY_MEETING.match(text, hit.end)
                )
                # "On the sidelines of the SCO summit in Astana, Putin held talks with Erdogan"
                or (
                    _SIDELINES_OPENING.search(text, max(0, hit.start - 60), hit.start)
                    and _SUBJECT_THEN_MEETING.match(text, hit.end)
                )
            )
        )
        # "met Bahrain's king before the summit opened": a time reference of the meeting
        and not (
            hit.trigger.event_type is _TYPE_CONSULT
            and hit.start > first_held
            and _TIME_REFERENCE_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        )
        # "agreed to meet": the meeting, not an agreement
        and not (
            hit.form in _GENERIC_AGREE
            and (
                _AGREE_TO_CONSULT.match(text, hit.end)
                # "agreed that a joint border committee would meet in Mogadishu on June 24"
                or (hit.form == "agreed that" and _THAT_WOULD_CONSULT.match(text, hit.end))
            )
        )
        and not (hit.trigger.mode == "visit" and hit.form in _HOSTING_FORMS and consult_nouns)
        and not (hit.form in _GENERIC_AGREE and specific_agree)
        and not (hit.trigger.mode == "mediation" and agreement)  # "ceasefire ... mediation by"
        # "a team of 21 Greek rescuers landed in Adana": the aid arriving, not a visit
        # ... and "ships arrived in Beira carrying food": the aid brought, not a visit
        and not (
            hit.form in _ARRIVAL_FORMS
            and (
                (
                    first_aid < hit.start < first_aid + 100
                    and not _ANOTHER_ACT_BETWEEN.search(text, first_aid, hit.start)
                )
                or (
                    hit.start < carried_aid < hit.start + 100
                    and not _ANOTHER_ACT_BETWEEN.search(text, hit.start, carried_aid)
                )
            )
        )
    ]


# -- reading one trigger ---------------------------------------------------------------------


def _clause_bounds(doc: Document, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    clause_start, clause_end = sentence.start, sentence.end
    for break_start, break_end in _clause_breaks(doc, sentence.start, sentence.end):
        if break_end <= start:
            clause_start = break_end
        elif break_start >= end:
            clause_end = break_start
            break
    return clause_start, clause_end


_AND_BEFORE_VERB = re.compile(
    r",\s+and\s+(?:(?!(?:the|a|an|its|their|his|her|both|all|each|they|he|she|it)\s)[a-z]+\s+){0,3}$"
)


def _after_adjunct_and(text: str, clause: tuple[int, int], start: int) -> int | None:
    """Where the predicate of "X spoke ..., before he left for Beijing, and urged Nauru ..."
    begins (after "and"): a verb coordinated after an adjunct clause has the main clause's
    subject, not a name of the adjunct. None when the trigger is not so placed."""
    if start - clause[0] < 8 or "," not in text[clause[0] : start]:
        return None
    if not _ADJUNCT_BREAK.search(text, max(0, clause[0] - 12), clause[0]):
        return None
    match = _AND_BEFORE_VERB.search(text, clause[0], start)
    return None if match is None else match.end()


_RELATIVE_OPENER = re.compile(r",\s+which$", re.IGNORECASE)
# Measures named as imposed in a package: "are due to approve a new package of sanctions
# against Russia", "imposed two rounds of sanctions" (not "debated a new round of sanctions")
_IMPOSED_PACKAGE_BEFORE = re.compile(
    r"\b(?:impos(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|approv(?:e|es|ed|ing)|announc(?:e|es|ed|ing)"
    r"|unveil(?:s|ed|ing)?|slap(?:s|ped|ping)?|introduc(?:e|es|ed|ing)|pass(?:es|ed|ing)?)\s+"
    r"(?:[\w-]+\s+){0,3}(?:packages?|rounds?|waves?|raft|batch(?:es)?|series)\s+of\s+$",
    re.IGNORECASE,
)
# "The summit, which opened Wednesday in Bridgetown, was hosted by ...": a subject's relative
# clause, closed by a comma and the subject's own verb
_SUBJECTS_RELATIVE = re.compile(
    r",\s+which\s+[^,;:()]{3,120},\s+(?:was|were|is|are|has|had|have|will|would)\s+[a-z]+"
)
_SUBJECT_DETERMINER = re.compile(
    r"(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)


def _past_subjects_relative(
    doc: Document, sentence: Sentence, clause: tuple[int, int], start: int
) -> int:
    """The end of a noun trigger's clause, past the relative clause of a sentence's subject:
    "The summit, which opened Wednesday in Bridgetown, was hosted by Barbados Prime Minister
    Mia Mottley" reaches its host (not "Talks with Iran, which ...": no verb of its own)."""
    text = doc.text
    if not text.startswith(", which", clause[1]) and not text.startswith(",which", clause[1]):
        return clause[1]
    opening = max(sentence.start, doc.dateline[1] if doc.dateline else 0, clause[0])
    if not _SUBJECT_DETERMINER.fullmatch(text, opening, start) and text[opening:start].strip():
        return clause[1]
    relative = _SUBJECTS_RELATIVE.match(text, clause[1], sentence.end)
    if relative is None:
        return clause[1]
    for break_start, _ in _clause_breaks(doc, sentence.start, sentence.end):
        if break_start >= relative.end():
            return break_start
    return sentence.end


_RELATIVE_CLOSED = re.compile(
    r"(?:[^,;:()]|\([^,;:()]{1,24}\)){3,160},\s+(?:(?:on|last|this|late|early)\s+\w+\s+|also\s+|then\s+|\w+ly\s+)*"
)


def _after_relative(text: str, clause: tuple[int, int], start: int) -> int | None:
    """Where the predicate of "The United States, which backed the ceasefire, urged both
    governments" resumes after the relative clause: the verb's subject is the one before
    "which", not a name inside the relative clause. None when the trigger is not so placed."""
    if not _RELATIVE_OPENER.search(text, max(0, clause[0] - 8), clause[0]):
        return None
    closed = _RELATIVE_CLOSED.match(text, clause[0], start)
    if closed is None or closed.end() != start:
        return None
    return text.rindex(",", clause[0], start) + 1  # (its own adjuncts stay: "on Sunday")


_RELATIVE_SUBJECT_GAP = re.compile(r"\s*(?:(?:also|has|have|had|already|earlier|then|itself)\s+)*")
_ANTECEDENT_KINDS = (MentionKind.COUNTRY, MentionKind.METONYM, MentionKind.IGO, MentionKind.GROUP)


def _relative_antecedent(
    doc: Document, clause: tuple[int, int], start: int, end: int
) -> int | None:
    """Where the subject of "New Zealand, which sent a Hercules with supplies on Monday"
    begins: a verb right after "which" has the name just before it as its subject, which the
    clause break at "which" leaves out. Only for an act told with its day: an undated one is
    the name's background ("Turkiye, which hosted the 2022 edition"). None when the trigger is
    not so placed or no state or organisation stands right before the comma."""
    text = doc.text
    if _RELATIVE_SUBJECT_GAP.fullmatch(text, clause[0], start) is None:
        return None
    if not _ON_A_DAY_AFTER.match(text, end, clause[1]):
        return None
    if not _RELATIVE_OPENER.search(text, max(0, clause[0] - 8), clause[0]):
        return None
    comma = text.rindex(",", 0, clause[0])
    for mention in doc.mentions_in(max(0, comma - 60), comma):
        if (
            mention.kind in _ANTECEDENT_KINDS
            and not text[mention.end : comma].strip()
            # not a place: "Japan's embassy in Cairo, which delivered ..."
            and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, mention.start - 6), mention.start)
        ):
            return mention.start
    return None


# People of a place who are no state, opening the sentence as the subject of a statement:
# "Investors in Lima and Quito welcomed the deal", "Residents of Gaza City condemned ..."
_PRIVATE_SUBJECT = re.compile(
    r"\s*(?:[\w,'’-]+\s+){0,2}?(?:investors|markets|traders|analysts|economists|residents"
    r"|businesses|business\s+leaders|fans|voters|shoppers|villagers|farmers|students|workers)"
    r"\s+(?:in|of|from)\s+[^,;]{0,60}?$",
    re.IGNORECASE,
)
# ... or a body of a state's people named by its possessive: "Uruguay's river pilots' union
# said on Monday it backed the government's stance", "Kenya's main opposition party condemned"
_PRIVATE_BODY_SUBJECT = re.compile(
    r"\s*(?:the\s+)?(?:[\w.'’-]+\s+){0,2}?[\w.-]+(?:'s|’s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:unions?|associations?|federations?|chambers?\s+of\s+commerce|employers|opposition"
    r"|opposition\s+part(?:y|ies)|clubs?|leagues?|church|churches|bishops|guilds?"
    r"|cooperatives?|co-?ops?)\s+(?:(?:said|says)\s+(?:on\s+\w+\s+)?(?:(?:that\s+)?(?:it|they)\s+)?)?$",
    re.IGNORECASE,
)
# Bodies of two states named as the sides: "the two countries' federations were in", "both
# nations' football associations have agreed"
_TWO_STATES_BODIES_BEFORE = re.compile(
    r"\b(?:the\s+two|both)\s+(?:countries|nations|states)['’]\s+(?:[\w-]+\s+){0,2}?"
    r"(?:federations?|clubs|teams|leagues|associations|unions|companies|firms|airlines"
    r"|universities|chambers\s+of\s+commerce|businesses|banks)\s+(?:(?:were|are|have|had|has)"
    r"\s+(?:been\s+)?|also\s+)?(?:in\s+|held\s+|have\s+)?$",
    re.IGNORECASE,
)
# What a state hosts that is no meeting: "hosts the only U.S. military base", "hosted the
# World Cup", "hosts more than a million refugees"
_HOSTED_THING_AFTER = re.compile(
    r"\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,4}?(?:bases?|headquarters|garrison|troops|refugees"
    r"|radars?|radar\s+stations?|naval\s+facilit(?:y|ies)|military\s+facilit(?:y|ies)"
    r"|listening\s+posts?|spaceport"
    r"|migrants|games|olympics|world\s+cup|tournament|championships?|festival|final|exhibition"
    r"|expo|fair|marathon|grand\s+prix)\b",
    re.IGNORECASE,
)
# People travelling on their own account: "passengers were travelling to", "the children
# were returning from a trip to a cemetery"
_PRIVATE_TRAVELLERS = re.compile(
    r"\b(?:passengers|tourists|pilgrims|children|fans|supporters|migrants|refugees|students"
    r"|holidaymakers|travell?ers|commuters|worshippers|hikers|climbers)\b[^.;]{0,90}$",
    re.IGNORECASE,
)
# A working team sent to help, not a state's visit: "A team of FBI agents and U.S. military
# experts arrived in Colombo to help with the investigation", "A team from the UK's Air
# Accidents Investigation Branch arrived in Ahmedabad" (a delegation, envoys, negotiators,
# officials or diplomats among them make it one again).
_WORKING_TEAM = re.compile(
    r"\b(?:agents|experts|investigators|rescuers|rescue\s+workers|doctors|nurses|medics"
    r"|paramedics|engineers|firefighters|technicians|forensic|team\s+(?:of|from)|brigade"
    r"|specialists|search-and-rescue|search\s+and\s+rescue)\b[^.;]{0,90}$",
    re.IGNORECASE,
)
_DIPLOMATIC_TRAVELLERS = re.compile(
    r"\b(?:delegations?|envoys?|negotiators|officials|diplomats|ministers?|ministry|mediators"
    r"|ambassadors?|leaders?)\b",
    re.IGNORECASE,
)
_PRIVATE_SUBJECT_TYPES = frozenset(
    (
        EventType.SUPPORT,
        EventType.ACCUSE,
        EventType.REJECT,
        EventType.REQUEST,
    )
)
# Verbs of a statement in the simple present, which in a news story's body tell a standing
# position rather than the day's act
_STANDING_FORMS = frozenset(
    ("accuses", "rejects", "calls for", "calls on", "urges", "condemns", "denies", "demands")
)
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|near|to)\s+$")


# Another state's entry right after the verb: "ratified Finland's accession", "approved
# Sweden's bid to join NATO"
_OTHERS_ACCESSION = re.compile(
    r"\s+(?:the\s+)?(?P<state>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+(?:accession|bid\s+to"
    r"\s+join|(?:(?:NATO|EU)\s+)?membership\s+bid|application\s+to\s+join|membership\s+application"
    r"|NATO\s+bid)\b"
)
_BEFORE_THE_ORGANISATION = re.compile(r"\s+(?:the\s+)?")
# After the organisation a state joins: no noun of its own ("joined the NATO mission") and no
# act it is joined in ("joined the EU in condemning", "joined NATO allies")
_AFTER_THE_ORGANISATION = re.compile(
    r"(?!\s+in\s+\w+ing\b)(?:\s*[,.;:]|\s*$|\s+(?:on|as|in|at|last|this|after|before|when|and"
    r"|with|following|formally|officially|since|more|nearly|almost|less|becoming|over|amid"
    r"|because|citing|\d)\b)"
)


def _joins_organisation(doc: Document, end: int, sentence_end: int) -> Mention | None:
    """The international organisation a verb of joining takes as its object, if any (not a
    seat on one of its councils, not one joined in an act or long ago)."""
    text = doc.text
    gap = _BEFORE_THE_ORGANISATION.match(text, end)
    if gap is None:
        return None
    for mention in doc.mentions_in(gap.end(), gap.end() + 80)[:1]:
        if (
            mention.kind is _KIND_IGO
            and mention.start == gap.end()
            and "Council" not in mention.text
            and _AFTER_THE_ORGANISATION.match(text, mention.end) is not None
            and not _JOINED_IN_AN_ACT.search(text, mention.end, min(sentence_end, mention.end + 80))
            and not _JOINED_LONG_AGO.match(text, mention.end)
        ):
            return mention
    return None


# After a suspended state: the organisation it is suspended from, or its membership
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|had|on\s+[A-Z]\w+day|formally|officially)\s+)*")
_AFTER_THE_SUSPENDED = re.compile(r"\s*(?:[,.;]|$|\s+(?:on|over|after|for|until|with|in)\b)")
_SUSPENDED_FROM = re.compile(
    r"\s+from\s+(?:(?P<own>(?:all\s+(?:of\s+)?)?(?:its|the\s+(?:bloc|organi[sz]ation|union"
    r"|grouping|group|body|community|alliance))\b)|the\s+)?"
    r"|['’]s\s+membership\b"
)


def _suspends_member(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """Whether "suspended" takes a state suspended from an organisation: "suspended Paraguay
    from the Mercosur trade bloc", "suspended Paraguay's membership", "The African Union
    suspended Mali from all its activities" (the organisation named in the sentence)."""
    text = doc.text
    gap = _BEFORE_THE_ORGANISATION.match(text, end)
    if gap is None:
        return False
    following = doc.mentions_in(gap.end(), min(sentence.end, gap.end() + 120))
    if not following or following[0].start != gap.end() or following[0].kind is not _KIND_COUNTRY:
        return False
    linked = _SUSPENDED_FROM.match(text, following[0].end)
    if linked is None:
        # "The Pacific Islands Forum suspended Fiji on Saturday": the organisation is the subject
        before = doc.mentions_in(sentence.start, start)
        return (
            bool(before)
            and before[-1].kind is _KIND_IGO
            and _SUBJECT_GAP.fullmatch(text, before[-1].end, start) is not None
            and _AFTER_THE_SUSPENDED.match(text, following[0].end) is not None
        )
    if linked.group("own") is None and not linked.group().endswith("membership"):
        # "from the ...": the organisation itself follows
        return (
            len(following) > 1
            and following[1].start == linked.end()
            and following[1].kind is _KIND_IGO
        )
    # "from all its activities", "'s membership": an organisation named in the sentence
    return any(m.kind is _KIND_IGO for m in doc.mentions_in(sentence.start, sentence.end))


# "joined the EU and Britain in imposing sanctions", "joined the EU on Friday in condemning"
_JOINED_IN_AN_ACT = re.compile(r"\bin\s+(?:\w+\s+)?\w+ing\b")
# "Finland, which joined NATO last year", "joined the EU in 2004"
_JOINED_LONG_AGO = re.compile(
    r"\s+(?:last\s+year|in\s+(?:1[89]|20)\d\d|\d+\s+years\s+ago|decades\s+ago|years\s+ago)\b"
)


_IN_A_PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+[A-Z]")
# Help one state gives another (``Trigger.check``), and for "relief_abroad" what tells a
# disaster or its relief in the sentence
_HELP_ABROAD_CHECKS = frozenset(("other_state_named", "relief_abroad"))
# A purpose that is no relief: "for a joint earthquake response exercise", "for a conference"
_DRILL_PURPOSE = re.compile(
    r"\bfor\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:exercises?|drills?|training|conference|seminar"
    r"|workshop)\b"
)
_RELIEF_CONTEXT = re.compile(
    r"\b(?:injured|wounded|victims?|survivors|rescu\w*|relief|damaged?|destroyed|disasters?"
    r"|quake|earthquake|floods?|flooding|fires?|burns?|blaze|wildfires?|cyclone|hurricane"
    r"|typhoon|storm|landslides?|mudslides?|outbreak|epidemic|cholera|collapsed?|explosion"
    r"|blast|crash|emergency|humanitarian|food|drinking\s+water|medicines|medical\s+supplies"
    r"|tents|shelter|generators|desalination|gift|donated|donation|repair\w*|ebola"
    r"|mpox|measles)\b",
    re.IGNORECASE,
)
# Whom supplies go to when they are no aid to another state: a state's own forces, a family
_OWN_RECIPIENT = re.compile(
    r"\bto\s+(?:its|their|his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers"
    r"|base|bases|garrison|garrisons|personnel|citizens|nationals|embassy)\b"
    # "carrying rice and medicines for soldiers stationed on the Second Thomas Shoal"
    r"|\bfor\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:troops|soldiers|marines"
    r"|garrison|personnel)\s+(?:stationed|deployed|based|posted)\b"
    r"|\bto\s+the\s+famil(?:y|ies)\s+of\b|\breinforc|\bagainst\b",
    re.IGNORECASE,
)
# Talks told as a span of time: "in months of discreet talks", "after years of negotiations"
_SPAN_OF_TALKS_BEFORE = re.compile(
    r"\b(?:in|after|over|through|following|followed|follows|ended|ending)\s+"
    r"(?:(?:several|many|two|three|four|five|six)\s+)?"
    r"(?:months|years|decades)\s+of\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_LEADER_TITLES = re.compile(
    r"(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Foreign Minister"
    r"|Secretary of State|Defen[cs]e Minister|Defen[cs]e Secretary)$"
)


# (not "the leaders of the qualifying group": a table's top team)
_LEADERS_AS_A_GROUP = re.compile(
    r"\b(?:(?:the\s+)?(?:two|three|both)\s+leaders|(?:the|both|two|three)\s+(?:two\s+|three\s+)?"
    r"(?:presidents|prime\s+ministers|premiers|foreign\s+ministers"
    r"|heads\s+of\s+(?:state|government)))\b(?!\s+of\b)",
    re.IGNORECASE,
)


def _leader_before(doc: Document, start: int, end: int) -> bool:
    """Whether a head of state or government or a foreign minister is named in
    ``text[start:end]``."""
    return any(
        person.title is not None
        and _LEADER_TITLES.search(person.title) is not None
        and person.country_code is not None
        and person.country_code not in IGO_CODES  # not "FIFA President Gianni Infantino"
        for _, _, person in doc.person_mentions(start, end)
    )


def _clause_breaks(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Clause boundaries of one sentence (memoised: several triggers share a sentence)."""
    key = ("breaks", start)
    found: list[tuple[int, int]] | None = doc.memo.get(key)
    if found is None:
        subject, windows = _windows(doc)
        found = [m.span() for m in windows.clause_break.finditer(subject, start, end)]
        text = doc.text
        if (
            text.find(", and ", start, end) >= 0
            or text.find('," and ', start, end) >= 0
            or text.find(",” and ", start, end) >= 0
        ):
            # ", and Japan responded the next day when it summoned ...": a second clause with
            # its own named subject (after a clause with a verb: not "The foreign ministers of
            # Japan, South Korea, and the United States met"; not one whose object points back:
            # "..., and Netanyahu hosted him in Jerusalem")
            for match in _AND_NAMED_SUBJECT.finditer(text, start, end):
                if _VERB_WORD.search(text, start, match.start()) and not _OBJECT_PRONOUN.match(
                    text, match.end()
                ):
                    found.append(match.span())
            found.sort()
        if start == 0 and text.find(", ", start, end) >= 0:
            # a headline's second clause, with its own subject and verb after a bare comma:
            # "Khartoum accuses UAE, Abu Dhabi rejects charge"
            found.extend(m.span() for m in _HEADLINE_SECOND_CLAUSE.finditer(text, start, end))
            found.sort()
        doc.memo[key] = found
    return found


_HEADLINE_SECOND_CLAUSE = re.compile(
    r",\s+(?=(?:[A-Z][\w'’.-]*\s+){1,3}(?:rejects|accuses|denies|dismisses|slams|condemns"
    r"|warns|urges|says|responds|hits\s+back|retaliates|expels|summons|recalls)\b)"
)


_AND_NAMED_SUBJECT = re.compile(
    r",[\"”]?\s+and\s+(?=(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|&)){0,4}\s+"
    # (its own day or an adverb may come first: "..., and the Arab League on Sunday accused")
    r"(?:(?:also|later|then|on\s+[A-Z][a-z]+day)\s+)?"
    r"(?:[a-z]+ed|met|held|sent|told|took|spoke|made|gave|began|broke|struck|won|said"
    # (or its act to come: "..., and Korea Hydro & Nuclear Power will open an office in
    # Tashkent")
    r"|(?:will|would)\s+[a-z]+)\b)"
)
_VERB_WORD = re.compile(
    r"\b(?:[a-z]{2,}ed|met|held|said|says|told|sent|took|gave|made|spoke|began|won|was|were|is"
    r"|are|has|had|have|will|would)\b"
)
# The second clause's verb and a pronoun object ("Netanyahu hosted him"): the first clause's
# subject is a party of the second's act.
_OBJECT_PRONOUN = re.compile(
    r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+[a-z]+\s+(?:him|her|them)\b"
)


class _ClauseFacts:
    """Cue words of one clause, each looked for once (on first use) and shared by its triggers.

    Holds what it needs of the article, not the article: the article's memo holds the facts,
    and a reference back would make each article a cycle that only the cyclic garbage
    collector frees (about 300 objects an article, and the collections that go with them).
    """

    __slots__ = (
        "_admitted",
        "_cache",
        "_clause",
        "_cues",
        "_flag_patterns",
        "_folded",
        "_guards",
        "_span_patterns",
        "_subject",
        "_text",
        "_year",
    )

    def __init__(
        self, doc: Document, compiled: _Compiled, sentence: Sentence, clause: tuple[int, int]
    ) -> None:
        self._text = doc.text
        # The cue patterns run on the text ``_windows`` gives: lowered, without the flag, in
        # a foldable article (two to four times faster, same matches).
        self._subject, windows = _windows(doc)
        lower = windows is _ON_LOWER
        self._flag_patterns = _FLAG_PATTERNS_LOWER if lower else _FLAG_PATTERNS
        self._span_patterns = _SPAN_PATTERNS_LOWER if lower else _SPAN_PATTERNS
        self._year = doc.published.year
        self._cues = _sentence_cues(doc, compiled, sentence)
        self._guards: GuardSet | None = compiled.clause_guards if _foldable(doc) else None
        self._clause = clause
        self._cache: dict[str, object] = {}
        self._folded: str | None = None
        self._admitted: set[Guard] | None = None

    def may_match(self, guard: Guard) -> bool:
        """False when ``guard`` rules out its pattern in this clause (it need not run)."""
        guards = self._guards
        if guards is None:
            return True  # not foldable: guards cannot be trusted
        folded = self._folded
        if folded is None:
            folded = self._folded = fold(self._text[self._clause[0] : self._clause[1]])
        if guard not in guards.members:
            return guard.admits(folded)
        admitted = self._admitted
        if admitted is None:
            # Every clause guard at once: one automaton pass instead of one per guard.
            admitted = self._admitted = guards.admitted(folded)
        return guard in admitted

    def spans(self, name: str) -> tuple[tuple[int, int], ...]:
        found = self._cache.get(name)
        if found is None:
            if name in self._span_patterns:
                pattern, guard = self._span_patterns[name]
                found = (
                    tuple(
                        m.span()
                        for m in pattern.finditer(self._subject, self._clause[0], self._clause[1])
                    )
                    if self.may_match(guard)
                    else ()
                )
            else:
                hits = self._cues.hits().get(name)
                if hits:
                    lo = bisect_left(hits, (self._clause[0], -1))
                    found = tuple(hit for hit in hits[lo:] if hit[1] <= self._clause[1])
                    found = tuple(hit for hit in found if hit[0] < self._clause[1])
                else:
                    found = ()  # most cue categories are absent from most sentences
            self._cache[name] = found
        return found  # type: ignore[return-value]

    def sentence_spans(self, name: str) -> list[tuple[int, int]]:
        """The spans of one cue category in the whole sentence (not only this clause)."""
        return self._cues.hits().get(name) or []

    def old_year_of(
        self, start: int, verb: bool, statement: bool = False, appeal: bool = False
    ) -> bool:
        """Whether the clause dates the act at ``start`` to an earlier year ("cut ties with
        X in December 2020"). A month's date inside a "since ..." phrase before a verb dates
        the background, not the act ("relations soured since X took power in August 2021,
        with A accusing B")."""
        if not self.flag("old_year"):
            return False
        lo = self._clause[0]
        clause_text = self._text[lo : self._clause[1]]
        for m in _YEAR_IN.finditer(clause_text):
            if int(m.group(2)) >= self._year:
                continue
            if m.group(0)[:5].lower() == "since" and _FIRST_BEFORE.search(
                clause_text, 0, m.start()
            ):
                continue  # "his first visit to Russia since 2019": the gap, not the act's year
            if _FIRST_SINCE_BEFORE.search(clause_text, 0, m.start()):
                continue  # "the first visit ... since the start of the war in Syria in 2011"
            if (
                not statement  # "Kinshasa accuses Kigali of arming rebels who have ... since
                # late 2021": a standing charge, not news
                and m.group(0)[:5].lower() == "since"
                and lo + m.start() > start
                and _RELATIVE_WORD.search(clause_text, max(0, start - lo), m.start())
            ):
                continue  # "restart a dialogue that has been stalled since 2019": its state
            if (
                appeal
                and m.group(0)[:5].lower() == "since"
                and lo + m.start() > start
                and _ASKED_TO_DO.search(clause_text, max(0, start - lo), m.start())
            ):
                # "urged Warsaw to reopen border crossings closed since 2023": the state of
                # what is asked for, not the appeal's year
                continue
            if (
                verb
                and m.group(1)
                and lo + m.end() <= start
                and "since" in clause_text[: m.start()].lower()
            ):
                continue
            if lo + m.start() > start and _WEEKDAY_WORD.search(
                clause_text, max(0, start - lo - 40), m.start()
            ):
                # "accused Yerevan on Tuesday of 'sabotaging' the framework agreed ... in
                # November 2020": the act has its day, the year is what it speaks of
                continue
            if (
                lo + m.end() <= start
                and _APPOSITIVE_CLOSED.fullmatch(clause_text, m.end(), start - lo)
                and _APPOSITIVE_OPENED.search(clause_text, 0, m.start())
            ):
                # "Pelosi, the most senior U.S. official to visit Armenia since it gained
                # independence in 1991, arrived in Yerevan": the subject's description
                continue
            if lo + m.start() > start and _in_aside_after(clause_text, max(0, start - lo), m):
                # "accused Argentina of failing to guarantee that Duarte, a former minister
                # sentenced to eight years in prison in 2020, would remain": a description
                continue
            return True
        return False

    def flag(self, name: str) -> bool:
        found = self._cache.get(name)
        if found is None:
            if name == "old_year":  # case-sensitive ("in 2019", not "In 2019"): on the text
                year = self._year
                clause_text = self._text[self._clause[0] : self._clause[1]]
                found = self.may_match(_YEAR_GUARD) and any(
                    int(m.group(2)) < year for m in _YEAR_IN.finditer(clause_text)
                )
            else:
                pattern, guard = self._flag_patterns[name]
                found = (
                    self.may_match(guard)
                    and pattern.search(self._subject[self._clause[0] : self._clause[1]]) is not None
                )
            self._cache[name] = found
        return bool(found)


def _foldable(doc: Document) -> bool:
    """Whether guards may be consulted on this article's text (memoised)."""
    found: bool | None = doc.memo.get(("foldable",))
    if found is None:
        found = doc.memo[("foldable",)] = foldable(doc.text)
    return found


_NOT_CUE = "not_cue"  # the category of the phrases that begin with a cue but are not one


def _cue_hits(
    doc: Document, compiled: _Compiled, sentence: Sentence
) -> dict[str, list[tuple[int, int]]]:
    """Every status cue of a sentence by category, found in one automaton pass (memoised).

    Only the sentences with a trigger are read: cues matter only in the clauses of one.
    """
    return _sentence_cues(doc, compiled, sentence).hits()


def _sentence_cues(doc: Document, compiled: _Compiled, sentence: Sentence) -> _SentenceCues:
    """The sentence's cues, to be found on first use (memoised: its clauses share them)."""
    key = ("cues", sentence.start)
    cues: _SentenceCues | None = doc.memo.get(key)
    if cues is None:
        cues = doc.memo[key] = _SentenceCues(doc, compiled, sentence)
    return cues


class _SentenceCues:
    """The status cues of one sentence, looked for on first use: a clause's facts hold them
    without the pass, which most clauses never need (a verb's status is read only once its
    parties make it an event, and most everyday verbs end before).

    Holds the article's strings, not the article (see ``_ClauseFacts``).
    """

    __slots__ = ("_compiled", "_end", "_hits", "_lower", "_start", "_text")

    def __init__(self, doc: Document, compiled: _Compiled, sentence: Sentence) -> None:
        self._lower = _lower(doc)  # same offsets as the text, whatever its letters
        self._text = doc.text
        self._compiled = compiled
        self._start = sentence.start
        self._end = sentence.end
        self._hits: dict[str, list[tuple[int, int]]] | None = None

    def hits(self) -> dict[str, list[tuple[int, int]]]:
        """Every cue of the sentence by category, found in one automaton pass."""
        hits = self._hits
        if hits is not None:
            return hits
        lower = self._lower
        text = self._text
        n = len(lower)
        hits = {}
        # The sentence's own slice: given the whole text and bounds, pyahocorasick copies the
        # whole text (to UCS-4) on every call. The matches are the same: the keys inside it.
        offset = self._start
        for end_index, (length, categories) in self._compiled.cues.iter(lower[offset : self._end]):
            end = offset + end_index + 1
            start = end - length
            if lower[start].isalnum() and start > 0 and lower[start - 1].isalnum():
                continue
            if end < n and lower[end].isalnum():
                continue
            if start > 1 and lower[start - 1] == "-" and lower[start - 2].isalpha():
                continue  # "a pre-scheduled meeting", "the long-planned summit": a compound
            if end - start == 3 and text[start:end] == "May" and not _sentence_initial(text, start):
                continue  # "in May 2019", "on 3 May": the month, not the modal verb
            if end - start == 4 and _will_the_noun(lower, start):
                continue  # "to cross the river at will", "the political will": the noun
            for category in categories:
                hits.setdefault(category, []).append((start, end))
        not_cues = hits.pop(_NOT_CUE, None)
        if not_cues:  # "to be held accountable": no cue begins where a non-cue does
            starts = {start for start, _ in not_cues}
            for name, spans in hits.items():
                hits[name] = [h for h in spans if h[0] not in starts]
        for spans in hits.values():
            spans.sort()
        self._hits = hits
        return hits


def _clause_facts(
    doc: Document, compiled: _Compiled, sentence: Sentence, clause: tuple[int, int]
) -> _ClauseFacts:
    key = ("facts", clause)
    facts: _ClauseFacts | None = doc.memo.get(key)
    if facts is None:
        facts = _ClauseFacts(doc, compiled, sentence, clause)
        doc.memo[key] = facts
    return facts


def _within(spans: tuple[tuple[int, int], ...], lo: int, hi: int) -> bool:
    # Most cue lists are empty: no generator for them.
    return bool(spans) and any(lo <= s and e <= hi for s, e in spans)


_OLD_YEAR_WHEN = re.compile(
    r"\b(?:(?:[Ii]n|[Ss]ince)\s+(?:[A-Z][a-z]+\s+)?(\d{4}|last\s+year)"
    # "Relations worsened later that year when a Lebanese minister criticised ...": the year
    # the sentence before told
    r"|(?:[Ll]ater|[Ee]arlier|[Ii]n)\s+(that\s+year|the\s+same\s+year)),?\s+when\s*$"
)


# What ends the "when" clause of an earlier year before the trigger: a full stop, a semicolon
# or a new clause of the main sentence ("..., when it expelled 23 diplomats, and on Monday").
_CLAUSE_BREAK_AFTER_WHEN = re.compile(
    r"[.;]|,\s+(?:and|but|while)\s|\bon\s+(?:Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:from\s+|in\s+|of\s+|to\s+|by\s+)?(?:which|whom|whose)\b")
# An ending word's own object, no event: "abandoned its neutrality", "scrapped their policy"
_OWN_OBJECT_AFTER = re.compile(
    r"\s+(?:its|their|his|her|our)\s+(?:long-standing\s+|traditional\s+|historic\s+)?"
    r"(?:neutrality|policy|policies|principles|stance|claims?|opposition"
    r"|objections?|demands?|non-alignment|values|course)\b",
    re.IGNORECASE,
)
_SANCTION_SUSPENDS = re.compile(
    r"\s+(?:all\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:trade|security|military|budget|cooperation"
    r"|flights|imports|exports|visas?|aid|bilateral|direct|diplomatic)\b",
    re.IGNORECASE,
)


# A subject dated by its year, the trigger in it or its apposition: "A 2009 attempt at
# normalisation, the Zurich protocols, collapsed"
_OLD_YEAR_SUBJECT = re.compile(r"\s*(?:A|An|The)\s+((?:19|20)\d\d)\s+[^.;:]{0,60}$")


def _old_year_subject(doc: Document, clause: tuple[int, int], start: int) -> bool:
    sentence = doc.sentences[doc.sentence_index(start)]
    found = _OLD_YEAR_SUBJECT.match(doc.text, max(clause[0], sentence.start), start)
    return found is not None and int(found.group(1)) < doc.published.year


_OLD_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOT_CANCELLED_BEFORE = re.compile(r"\b(?:not|never)\s+(?:been\s+|be\s+)?$")


# "after the communist victory in 1975": an adjunct that dates the act to a year long past
_AFTER_AN_OLD_YEAR = re.compile(
    r"\s*(?:after|following)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[^;,.]{0,60}?"
    r"\b(?:in|of)\s+((?:19|20)\d\d)\b"
)


def _after_an_old_year(doc: Document, clause: tuple[int, int], start: int) -> bool:
    """Whether the act's clause, with no day of its own, is followed by an "after" adjunct set
    in a year at least two years back: background ("cut ties with the Holy See after the
    communist victory in 1975"), not news."""
    text = doc.text
    if clause[1] >= len(text) or (
        text.find("after", clause[1], clause[1] + 12) < 0
        and text.find("following", clause[1], clause[1] + 14) < 0
    ):
        return False
    found = _AFTER_AN_OLD_YEAR.match(text, clause[1])
    if found is None or int(found.group(1)) >= doc.published.year - 1:
        return False
    return _WEEKDAY_WORD.search(text, clause[0], clause[1]) is None


def _in_earlier_when_clause(doc: Document, start: int) -> bool:
    """The trigger stands in the "when" clause of an earlier year: "in 2018, when it expelled
    23 diplomats", "since last year, when the Czech capital's mayor, Zdenek Hrib, scrapped a
    sister-city agreement" (that year's act, background)."""
    text = doc.text
    when = text.rfind("when", max(0, start - 140), start)
    if when < 0:
        return False  # (most triggers: no sentence lookup)
    sentence_start = doc.sentences[doc.sentence_index(start)].start
    if when < sentence_start or _CLAUSE_BREAK_AFTER_WHEN.search(text, when, start):
        return False
    old = _OLD_YEAR_WHEN.search(text, max(sentence_start, when - 40), when + 4)
    if old is None:
        return False
    if old.group(1) is None:
        # "later that year": the year told last before it, if earlier than this one
        years = _OLD_YEAR.findall(text, max(0, old.start() - 400), old.start())
        return bool(years) and int(years[-1]) < doc.published.year
    return not old.group(1).isdigit() or int(old.group(1)) < doc.published.year


def _status(
    facts: _ClauseFacts,
    doc: Document,
    trigger: Trigger,
    clause: tuple[int, int],
    start: int,
    end: int,
) -> EventStatus | None:
    """The event's status, or None when the mention asserts no event of its own.

    None covers negated ("did not meet"), hypothetical ("if the talks fail"), habitual
    ("has repeatedly accused"), historical ("hosted talks in 2022") and irrealis
    ("pressed Putin to agree to a ceasefire") mentions.
    """
    text = doc.text
    window = max(clause[0], start - _CUE_WINDOW)
    cancelled = facts.spans("cancelled")
    if cancelled and "not" in text[clause[0] : clause[1]]:
        # "said the visit had not been cancelled": a denial, no cancellation
        cancelled = tuple(
            (s, e)
            for s, e in cancelled
            if not _NOT_CANCELLED_BEFORE.search(text, max(clause[0], s - 20), s)
        )
    if cancelled:
        # "the visit showed Ireland had 'abandoned its neutrality' and accused ...": a word of
        # ending with an object of its own, not the event's fate
        cancelled = tuple((s, e) for s, e in cancelled if _OWN_OBJECT_AFTER.match(text, e) is None)
    # (further where an aside plans the event first: "A trilateral meeting of the foreign
    # ministers of Pakistan, Afghanistan and China, set for Friday in the Chinese city of
    # Urumqi, was postponed")
    reach = (
        _CANCEL_REACH_PLANNED
        if cancelled and _PLANNED_ASIDE.search(text, end, min(clause[1], end + 120))
        else _CANCEL_REACH
    )
    if _within(cancelled, window, start) or (
        trigger.event_type not in _STATEMENT_TYPES
        and any(
            end <= s
            and e <= end + reach
            and not _CONDITION.search(text, end, s)
            # "after the summit, Kishida urged North Korea to call off the launch": what is
            # asked for after the event is not the event's fate
            and not any(
                end <= rs and re <= s and _ASKED_TO.fullmatch(text, re, s)
                for rs, re in facts.spans("requests")
            )
            # "closed its airspace to Indian airlines and suspended all trade with India",
            # "declared two staff members persona non grata and suspended its counter-terrorism
            # cooperation": a suspension that is itself a sanction cancels nothing
            and not _SANCTION_SUSPENDS.match(text, e)
            # "to discuss Syria's return to the Arab League, from which it was suspended": the
            # fate of what a relative clause names, not of the meeting
            and not _RELATIVE_CLAUSE.search(text, end, s)
            for s, e in cancelled
        )
    ):
        # What follows a statement is what it says: "warned ... unless Ethiopia scrapped the
        # deal", "urged them to call off the strike" are not cancelled statements.
        if (
            facts.old_year_of(start, False, trigger.event_type in _STATEMENT_TYPES)
            or _in_earlier_when_clause(doc, start)
            or _old_year_subject(doc, clause, start)
        ):
            return None  # "A UN-brokered ceasefire ... collapsed in 2020": background
        return _STATUS_CANCELLED
    if (
        trigger.event_type is not _TYPE_THREATEN
        and _MODAL_BEFORE.search(text, max(clause[0], start - 12), start)
        and _CONDITION.search(text, end, clause[1])
    ):
        return None  # "would expel the soldiers unless ...": a condition, not an act
    low = max(clause[0], start - 40)
    lower = doc.lower
    modal = (
        _MODAL_VERB_BEFORE.search(text, low, start)
        # the literal words first: a cheap test that rules out most clauses
        if lower.find("ould", low, start) >= 0
        or lower.find("might", low, start) >= 0
        or lower.find("may", low, start) >= 0
        else None
    )
    if modal is not None and (
        modal.group(1).lower() in ("could", "might", "may")
        # (a sanction held over a state on a condition is a warning: its condition is its own)
        or (trigger.event_type is not _TYPE_THREATEN and _CONDITION.search(text, end, clause[1]))
    ):
        # "would reimpose sanctions on Venezuela's oil sector if Maduro failed ...", "could
        # impose tariffs on": a condition or a possibility, not an act
        return None
    negation = facts.spans("negation")
    if (
        negation
        and trigger.event_type is not _TYPE_REJECT
        and any(
            (
                start - 24 < e <= start
                # (not a negation of the clause before: 'the releases were "not enough," and
                # called on Havana to free ...')
                and not _coordinated_after(text, e, start)
            )
            or (
                start - 90 < e < start
                and lower[s:e] in _DENIALS
                and _DENIED_THAT.match(text, e, start) is not None
            )
            # "did not sign a defence cooperation agreement": the verb's object, a longer
            # phrase than the window above
            or (start - 80 < e < start and _NEGATED_SIGNING.fullmatch(text, e, start) is not None)
            for s, e in negation
        )
    ):
        return None
    if trigger.event_type in (_TYPE_CONSULT, _TYPE_AGREE) and any(
        start - 160 <= s and e <= start and _ASK_TO_TRIGGER.fullmatch(text, e, start)
        for s, e in facts.spans("rejected_asks")
    ):
        return None
    if any(
        s < end + 24
        # (not a relative clause closed before the trigger: "Bahrain, whose rulers have long
        # accused Iran of stirring unrest, said on Monday it was breaking off relations")
        and not (
            e <= start
            and "," in text[e:start]
            and _RELATIVE_OPENS.search(text, max(clause[0], s - 60), s) is not None
        )
        for s, e in facts.spans("habitual")
    ):
        # "has repeatedly accused", "meet regularly"; not a word of what is said: "accused
        # China of using promises that often go unfulfilled"
        return None
    if (
        trigger.mode == "visit"
        and text[start:end].lower() not in trigger.nouns
        and (
            _CROWD_BEFORE.search(text, max(clause[0], start - 60), start) is not None
            # (not an official travelling with them: "Minister X and thousands of
            # pilgrims travelled to")
            and not doc.person_mentions(clause[0], start)
        )
    ):
        # "thousands of Tongans already travel to Australia ... each year": people's trips
        # are no visit
        return None
    if facts.flag("since") and _PERFECT_BEFORE.search(text, window, start):
        return None  # "Britain has sanctioned more than 1,200 ... since": a running total
    if (
        trigger.event_type is _TYPE_CONSULT
        and (rounds := _ROUNDS_HELD_BEFORE.search(text, max(clause[0], start - 90), start))
        is not None
        and not text[rounds.end() : start].strip()
        # (not with the latest one told: "..., the latest in Muscat on Wednesday", "this week")
        and _LATEST_ROUND_AFTER.search(text, end, clause[1]) is None
    ):
        return None  # "have since held several rounds of talks in Doha": a running count
    if facts.old_year_of(
        start,
        " ".join(text[start:end].lower().split()) not in trigger.nouns,
        trigger.event_type in _STATEMENT_TYPES,
        appeal=trigger.event_type is _TYPE_REQUEST,
    ):
        return None  # "hosted talks ... in 2022": background, not news
    if _after_an_old_year(doc, clause, start):
        return None  # "Vietnam cut ties with the Holy See after the communist victory in 1975"
    if _in_earlier_when_clause(doc, start):
        return None
    if trigger.event_type in (_TYPE_CONSULT, _TYPE_AGREE) and _within(
        facts.spans("proposed"), window, start
    ):
        return _STATUS_PROPOSED
    # A warning's own quoted words before its verb: '"If the map is not withdrawn, Malaysia will
    # not hesitate to take further action," Mohamad warned' (neither a condition nor a future)
    quoted = (
        _QUOTE_THEN_SPEAKER.search(text, max(0, start - 60), start)
        if trigger.event_type is _TYPE_THREATEN
        else None
    )
    words_end = -1 if quoted is None else quoted.start()
    hypothetical_words = facts.spans("hypothetical_words")
    if hypothetical_words and any(words_end < s < start for s, _ in hypothetical_words):
        return None
    if _within(facts.spans("hypothetical"), window, start):
        return None
    if (
        (
            lower.find("could", end, end + 60) >= 0
            or lower.find("might", end, end + 60) >= 0
            or lower.find("may", end, end + 60) >= 0
        )
        and _MAY_BE_DONE_AFTER.match(text, end, clause[1])
        and " ".join(lower[start:end].split()) in trigger.nouns
    ):
        return None  # "a peace treaty with Armenia could be signed by the end of the year"
    done = (
        _TO_BE_DONE_AFTER.match(text, end, clause[1])
        if lower.find(" to be ", end, end + 100) >= 0
        and " ".join(lower[start:end].split()) in trigger.nouns
        else None
    )
    # (a meeting is held, an agreement signed: not "Negotiations ... are expected to be
    # concluded by June", talks already under way)
    if done is not None and (done.group("done") == "held") == (trigger.event_type is _TYPE_CONSULT):
        return _STATUS_SCHEDULED  # "a formal treaty ... is expected to be signed in October"
    if (
        (lower.find("need", end, end + 90) >= 0 or lower.find("necessary", end, end + 90) >= 0)
        and _NEEDED_AFTER.match(text, end, clause[1])
        and " ".join(lower[start:end].split()) in trigger.nouns
    ):
        return None  # "a meeting of the two foreign ministers would be needed": a need
    requests = facts.spans("requests")
    if (
        requests
        and any(e <= start for _, e in requests)
        and _REQUEST_THEN_TO.search(text, clause[0], start)
    ):
        return None  # "pressed Putin to agree to a ceasefire": asked for, not agreed
    if (
        trigger.event_type is not _TYPE_REQUEST
        and _bare_verb(trigger, text[start:end])
        and lower.find("that", max(clause[0], start - 100), start) >= 0  # (a literal first)
        and _DEMANDED_THAT_BEFORE.search(text, max(clause[0], start - 100), start)
    ):
        return None  # "demanded that Israeli forces withdraw from the buffer zone": asked for
    if (
        trigger.event_type is not _TYPE_CONSULT
        and lower.find("discuss", max(clause[0], start - 60), start) >= 0
        and _DISCUSSED_BEFORE.search(text, max(clause[0], start - 60), start)
    ):
        return None  # "to discuss U.S. tariffs on Israeli goods": the topic of a meeting
    if (
        trigger.event_type is not _TYPE_THREATEN
        and lower.find("threat", max(clause[0], start - 80), start) >= 0
        and _THREATENED_TO_BEFORE.search(text, max(clause[0], start - 80), start)
    ):
        return None  # "threatened to impose an additional 10% tariff on": what is threatened
    if (
        trigger.event_type is _TYPE_CONSULT
        and lower.find("agreed to", max(clause[0], start - 60), start) >= 0
        and _AGREED_TO_CONVENE_BEFORE.search(text, max(clause[0], start - 60), start)
    ):
        return _STATUS_SCHEDULED  # "agreed to convene a trilateral meeting ... on July 8"
    if (
        trigger.event_type is _TYPE_CONSULT
        and _MISSION_AFTER.match(text, end)
        and _SENT_AWAY_BEFORE.search(text, max(clause[0], start - 40), start)
    ):
        return None  # "ordered a mediation mission of ECOWAS to leave the country": sent away
    if (
        lower.find("would", max(clause[0], start - 16), start) >= 0
        and _WOULD_BEFORE.search(text, max(clause[0], start - 16), start)
        and _DEADLINE_AFTER.match(text, end, clause[1])
    ):
        return _STATUS_SCHEDULED  # "would withdraw its mission ... by the end of December"
    if (
        lower[start:end] in _PRESENT_FOR_FUTURE
        and _WHEN_BEFORE.search(text, max(clause[0], start - 90), start)
        and not _HABIT_BEFORE.search(text, max(clause[0], start - 120), start)
        and not _MET_DEMANDS_AFTER.match(text, end)
    ):
        return _STATUS_SCHEDULED  # "when the joint commission meets in Manila on Jan 20"
    if (
        " ".join(lower[start:end].split()) in trigger.nouns
        and lower.find("any", max(clause[0], start - 24), start) >= 0
        and _ANY_BEFORE.search(text, max(clause[0], start - 24), start) is not None
    ):
        # "would respond to any new sanctions with countermeasures", "any deal must include":
        # no event, any that may come
        return None
    if (
        lower[start:end] in _PRESENT_DEPARTURES
        and _DAY_TO_COME_AFTER.match(text, end, clause[1]) is not None
        # (not a leg told after one done: "held talks in Riyadh on Monday. She then flies to
        # Doha on Tuesday")
        and lower.find("then", max(clause[0], start - 12), start) < 0
        and not _HABIT_BEFORE.search(text, max(clause[0], start - 120), start)
    ):
        # "Wang leaves for Kathmandu on Wednesday morning", "Albanese flies on to Honiara on
        # Thursday": a journey of the timetable, to come
        return _STATUS_SCHEDULED
    if (
        trigger.event_type is _TYPE_CONSULT
        and text.find("next", max(clause[0], start - 40), start) >= 0
        and _THE_NEXT_BEFORE.search(text, max(clause[0], start - 40), start) is not None
        and _PAST_OF_THE_NEXT.search(text, end, clause[1]) is None
        and _INVITED_BEFORE.search(text, max(clause[0], start - 100), start) is None
    ):
        return _STATUS_SCHEDULED  # "The next joint session ... is scheduled for 2027 in Kosice"
    future = facts.spans("future")
    if (
        future
        and any(
            s < end + 24
            # "said Iran will retaliate", "will pay the price": a warning's own words, told
            and not (s >= start and trigger.event_type is _TYPE_THREATEN)
            and s > words_end
            and not _future_of_what_was_done(text, start, end, s)
            and not _attributive_future(text, start, end, s)
            and not (s < start and _announced_sanction(trigger, text, clause[0], start))
            # "the tariff will be set at $19.28, and the two countries agreed to": the future is
            # the clause's before "and" and a subject of the trigger's own
            and not (e <= start and _AND_A_SUBJECT.search(text, e, start))
            # "an agreement ... that will allow longliners to fish ..., ending a decade of
            # negotiations": a relative clause's future, closed before the trigger
            and not (
                e <= start
                and "," in text[e:start]
                and _THAT_OR_WHICH_BEFORE.search(text, max(clause[0], s - 8), s) is not None
            )
            and not _provided_future(text, clause[0], s, e, start)
            # "Finland will close four crossings, Orpo said on Thursday, accusing Moscow of ...":
            # the participle goes with the report, not with what it reports
            and not _participle_of_the_report(text, start, end, e)
            for s, e in future
        )
    ):
        return _STATUS_SCHEDULED
    if _in_adjunct_of_a_future(doc, facts, clause, start):
        return (
            _STATUS_SCHEDULED  # "will open a solar farm on Friday, before flying to ... for talks"
        )
    if _INFINITIVE_BEFORE.search(text, max(clause[0], start - 4), start):
        if (
            _DECIDED_TO_BEFORE.search(text, max(clause[0], start - 24), start)
            or _BECAME_FIRST_TO_BEFORE.search(text, max(clause[0], start - 90), start)
            or _PROMPTED_TO_BEFORE.search(text, max(clause[0], start - 60), start)
        ):
            # "had decided to recall their ambassadors", "became the first Indian prime
            # minister to visit Ukraine": done
            return _STATUS_OCCURRED
        return _STATUS_SCHEDULED  # "X to meet Y" (headline), "expected to visit"
    return _STATUS_OCCURRED


# An event named as the next of its kind: "The next meeting of the joint commission", "the next
# round of talks" (not one told held: "The next round, held in May, ended without a deal")
_THE_NEXT_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]|its|their)\s+next\s+(?:(?:round|session|edition)\s+of\s+)?"
    r"(?:(?:joint|annual|regular|ministerial|bilateral|trilateral|high-level|government|cabinet"
    r"|[A-Z][\w-]*)\s+){0,3}$"
)
# ... not one an invitation is to: "invited his counterparts to Islamabad for the next meeting"
_INVITED_BEFORE = re.compile(r"\binvit(?:ed|es|ing|ation)\b")
_PAST_OF_THE_NEXT = re.compile(
    r"\b(?:was|were|had\s+been)\s+held\b|\btook\s+place\b|\b(?:ended|began|opened|concluded"
    r"|failed|broke\s+down|collapsed)\b"
)
# A relative clause opened right before a future word: ", who is due to", ", which will"
_RELATIVE_OPENS_BEFORE = re.compile(r",\s+(?:who|which)\s+(?:[\w'’-]+\s+){0,2}$")
# A clause opened by "before" and a gerund ("before flying to Nuku'alofa for
# talks"): it has no tense of its own.
_ADJUNCT_GERUND_OPENS = re.compile(r"[a-z]+ing\b")
# (not "after": what is done before a future act may be done already, "was due to fly home
# on Wednesday after visiting the memorial")
_ADJUNCT_WORD_BEFORE = re.compile(r"\bbefore\s+$", re.IGNORECASE)
# A report between the future and the adjunct: the adjunct is the report's ("X and Y will meet
# ..., Michel said before hosting the two men for talks")
_REPORT_VERB = re.compile(r"\b(?:said|says|told|announced|added)\b")
# A relative or reported clause whose future is not the main clause's: "Luxon, who will
# visit Tonga next week, met ...", "said it will ..."
_NOT_MAIN_FUTURE_BEFORE = re.compile(
    r"\b(?:who|which|where|that|if|unless|when|said|says|announced)\b", re.IGNORECASE
)


def _in_adjunct_of_a_future(
    doc: Document, facts: _ClauseFacts, clause: tuple[int, int], start: int
) -> bool:
    """Whether the trigger at ``start`` stands in a gerund adjunct ("before flying to
    Nuku'alofa for talks ... on Saturday") whose main clause is told in the future ("Luxon
    will travel on Friday to Savai'i, ..., before flying ..."): the adjunct's act is to come
    too. Only a future the main clause opens with: not one in a relative clause ("Luxon, who
    will visit Tonga, met ..., before flying home") nor a reported one."""
    text = doc.text
    lo = clause[0]
    if (
        start - lo > 60
        or _ADJUNCT_GERUND_OPENS.match(text, lo) is None
        or _ADJUNCT_WORD_BEFORE.search(text, max(0, lo - 8), lo) is None
    ):
        return False
    sentence = doc.sentences[doc.sentence_index(start)]
    opening = _clause_bounds(doc, sentence, lo - 1, lo - 1)[0]  # the clause before the adjunct
    futures = [s for s, e in facts.sentence_spans("future") if opening <= s and e <= lo]
    return (
        bool(futures)
        and _NOT_MAIN_FUTURE_BEFORE.search(text, opening, futures[0]) is None
        and _REPORT_VERB.search(text, futures[0], lo) is None
    )


def _first_we(text: str, lo: int, hi: int) -> int | None:
    """The end of the first "we" or "our" in ``text[lo:hi]``, if any."""
    match = _WE.search(text, lo, hi)
    return None if match is None else match.end()


_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
# A closing quote and its speaker right before a statement's verb: '..., Malaysia will not
# hesitate to take further action," Mohamad warned'
_QUOTE_THEN_SPEAKER = re.compile(r"[,!?][\"”]\s+(?:[\w.'’-]+\s+){1,6}$")
# Whom an evacuation is for: the sender's own people ("to help evacuate Indian nationals",
# "its embassy staff"), not aid to the state they leave
_OWN_PEOPLE_AFTER = re.compile(
    r"\s+(?:(?:its|their|the|some|about|more\s+than|[A-Z][\w-]+|\d[\d,]*)\s+){0,3}"
    r"(?:nationals|citizens|embassy\s+staff|staff|diplomats|personnel|expatriates|compatriots)\b"
)
# Flights suspended for safety, health or technical reasons, or by a carrier: no sanction
_FLIGHTS_FOR_SAFETY = re.compile(
    r"\b(?:safety|security|precaution\w*|technical|virus|outbreak|pandemic|epidemic|weather"
    r"|volcan\w*|ash\s+cloud)\b",
    re.IGNORECASE,
)
_CARRIER_BEFORE = re.compile(
    r"\b(?:airlines?|carriers?|airways|aviation\s+(?:authority|agency|regulator))\b|['’]s\s+"
    r"[A-Z][\w-]+\s+(?:\w+\s+)?$"
)
# A mission named by its task, sent away: "ordered a mediation mission of ECOWAS to leave",
# "expelled the UN monitoring team"
_MISSION_AFTER = re.compile(r"\s+(?:mission|team|delegation)\b", re.IGNORECASE)
_SENT_AWAY_BEFORE = re.compile(
    r"\b(?:ordered|orders|expelled|expels|expelling|expel|suspended|suspends)\s+"
    r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# An act to come by a deadline, told in the past: "announced that the bloc would withdraw its
# stabilisation support mission from Guinea-Bissau by the end of December"
_WOULD_BEFORE = re.compile(r"\bwould\s+(?:(?:also|soon|now|then)\s+)?$")
_DEADLINE_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:by|before)\s+(?:the\s+end\s+of\s+(?:the\s+)?(?:year|month|week"
    rf"|{_MONTHS})|(?:{_MONTHS})\b|next\s+(?:week|month|year))",
    re.IGNORECASE,
)
# A present tense after "when", "once", "before" or "until" tells what is to come: "agreed to
# discuss the matter when the joint commission meets in Manila on Jan 20", "once the council
# convenes"
_PRESENT_FOR_FUTURE = frozenset({"meets", "convenes", "holds", "hosts", "visits", "gathers"})
# "any new sanctions", "any such deal", "any future talks"
_ANY_BEFORE = re.compile(
    r"\b[Aa]ny\s+(?:(?:new|further|future|such|additional|other|more|fresh|eventual|possible)\s+)?$"
)
# A traveller's departure in the present tense, told with its day ("leaves for Kathmandu on
# Wednesday morning"): the timetable's present, to come
_PRESENT_DEPARTURES = frozenset(
    {
        "leaves for",
        "flies to",
        "flies on to",
        "travels to",
        "heads to",
        "departs for",
        "sets off for",
    }
)
_DAY_TO_COME_AFTER = re.compile(
    r"\s+(?:[\w'’.-]+\s+){0,4}?(?:on\s+|later\s+on\s+)?(?:" + _WEEKDAY_NAMES + r")\b"
)
# (not a habit, "usually receives a lavish welcome when he visits Moscow", nor demands met,
# "once Kyiv meets the remaining conditions")
_HABIT_BEFORE = re.compile(
    r"\b(?:usually|always|typically|often|traditionally|every\s+time|whenever)\b", re.IGNORECASE
)
_MET_DEMANDS_AFTER = re.compile(
    r"\s+(?:(?:its|their|his|her|the|all|these|those|remaining|our)\s+){0,2}(?:[\w-]+\s+)?"
    r"(?:obligations|demands|conditions|criteria|requirements|standards|targets|commitments"
    r"|expectations|needs|terms)\b",
    re.IGNORECASE,
)
_WHEN_BEFORE = re.compile(
    r"\b(?:when|once|before|until|till|as\s+soon\s+as)\s[^,;.:]{0,80}$", re.IGNORECASE
)
# (not "at the time of the attack")
_AT_THE_TIME = re.compile(r"\b[Aa]t\s+the\s+time\b(?!\s+of\b)")
# A person expelled or sanctioned, then "accusing him of ..."
_ENVOY_PRONOUN_AFTER = re.compile(r"\s+(?:him|her)\b")
# (the sentence's own act, not a relative clause's: "Petro, who on Wednesday ordered the
# expulsion of Argentine diplomats, hit back at Milei, accusing him of insulting Colombians")
_PERSON_SANCTIONED_BEFORE = re.compile(
    r"(?:(?!,\s+(?:who|which)\b)[^;])*?\b(?:expel\w*|persona\s+non\s+grata"
    r"|(?:imposed\s+)?sanctions?\s+on|sanctioned|ordered\s+[^,;]{0,60}?\bto\s+leave)\b",
    re.IGNORECASE,
)
# An appeal to resign or step down: "Opposition leader Matthew Wale called on Sogavare to
# resign", "asked the defence secretary and the police chief to resign"
_TO_RESIGN_AFTER = re.compile(
    r"(?:(?!\bto\s)[^.;:]){0,80}?\bto\s+(?:resign|step\s+down)\b", re.IGNORECASE
)
# A meeting the sides agreed to hold, told after it: "The ministers agreed to convene a
# trilateral meeting with Libya's interior minister in Rome on July 8" (not the meeting they
# held before agreeing: "met in Kampala on Tuesday and agreed to hold regular consultations")
_AGREED_TO_CONVENE_BEFORE = re.compile(
    r"\bagreed\s+to\s+(?:(?:hold|convene|host|meet|reconvene)\b[^.;,]{0,50})?$", re.IGNORECASE
)
# What may yet happen to the thing a noun names: "a peace treaty with Armenia could be signed
# by the end of the year", "talks might take place next week"
_MAY_BE_DONE_AFTER = re.compile(
    r"(?:\s+(?:with|between)\s+[^,.;]{1,40}?)?\s+(?:could|might|may)\s+(?:still\s+|soon\s+"
    r"|yet\s+|now\s+)?(?:be\s+(?:\w+ed|held|struck|made|met|won|sent|given|drawn\s+up)\b"
    r"|take\s+place|go\s+ahead|resume|begin|start|open)",
    re.IGNORECASE,
)
# What a noun names is yet to be done: "A formal treaty on the Ambalat joint development area
# is expected to be signed when Prabowo attends the ASEAN summit", "the accord is due to be
# signed in March"
_TO_BE_DONE_AFTER = re.compile(
    r"(?:\s+(?:on|with|between|for|over)\s+[^,.;]{1,60}?)?\s+(?:is|are)\s+(?:now\s+)?"
    r"(?:expected|due|set|scheduled|slated|likely|planned)\s+to\s+be\s+"
    r"(?P<done>signed|held|concluded|finali[sz]ed|inked|sealed|ratified)\b",
    re.IGNORECASE,
)
# What a noun names is only needed: "a meeting of the two foreign ministers would be needed
# before embassies could reopen", "talks with Kyiv are necessary"
_NEEDED_AFTER = re.compile(
    r"(?:\s+(?:of|with|between|on)\s+[^,.;]{1,60}?)?\s+(?:would|will|is|are)\s+(?:still\s+|also\s+)?"
    r"(?:be\s+)?(?:needed|necessary)\b",
    re.IGNORECASE,
)
_ANNOUNCED_IT_WILL_BEFORE = re.compile(
    rf"\b(?:said|announced)\s+(?:on\s+)?(?:{_WEEKDAY_NAMES})\s+(?:that\s+)?(?:it|they)\s+"
    r"(?:will|would)\s+(?:\w+\s+){0,2}$"
)
# A trigger told in the past tense ("signed a treaty", "met", "held talks") and a relative
# clause after it ("that will allow", "which would give")
_PAST_VERB_FORM = re.compile(
    r"(?:\w+ed|" + "|".join(sorted(_IRREGULAR_PAST | {"made", "won", "began"})) + r")\b",
    re.IGNORECASE,
)
_INCLUDING_THEN = re.compile(r",\s+including\s+(?:[\w-]+\s+){0,4}$")
_RELATIVE_THEN = re.compile(
    r",?\s+(?:(?:that|which)\s+(?:\w+\s+){0,3}"
    # "signed a new agreement under which about 200 Cuban doctors and nurses will continue"
    r"|(?:under|by|in)\s+which\s+(?:[\w-]+\s+){0,8}|whereby\s+(?:[\w-]+\s+){0,8})$"
)


def _told_status(
    facts: _ClauseFacts,
    doc: Document,
    trigger: Trigger,
    form: str,
    clause: tuple[int, int],
    start: int,
    end: int,
    invited: bool,
) -> EventStatus | None:
    """``_status`` as the trigger's own form and setting amend it."""
    if invited:
        return _STATUS_SCHEDULED  # "invited Lula to attend the summit on July 8": to come
    status = _status(facts, doc, trigger, clause, start, end)
    if trigger is _MONEY_PLEDGE and status is _STATUS_SCHEDULED:
        # "Britain will provide aid worth 10 million pounds", "announced a $500,000 aid package
        # and said its minister would visit": the pledge is made as it is announced
        return _STATUS_OCCURRED
    if form in _REVOKED and status is _STATUS_CANCELLED:
        return _STATUS_OCCURRED  # "scrapped and annulled the agreement": undone, as told
    if trigger.check == "place_after" and status is _STATUS_OCCURRED:
        return _STATUS_SCHEDULED  # "was due in Niamey on Wednesday": planned, as told
    return status


def _verb_status(
    facts: _ClauseFacts,
    doc: Document,
    sentence: Sentence,
    trigger: Trigger,
    form: str,
    clause: tuple[int, int],
    start: int,
    end: int,
    invited: bool,
) -> EventStatus | None:
    """A verb's ``_told_status``, read once its parties make it an event; None also for an act
    done after a sentence opening months before ("In December, Orban blocked ..." in a July
    article: background)."""
    status = _told_status(facts, doc, trigger, form, clause, start, end, invited)
    if status is _STATUS_OCCURRED and _months_ago_opening(doc, sentence) >= 2:
        return None
    if (
        status is _STATUS_OCCURRED
        and trigger.event_type is EventType.CONCEDE
        and _WOULD_BE_BEFORE.search(doc.text, max(clause[0], start - 12), start)
    ):
        # "said seven fishermen would be freed on Saturday": a release to come (the verb's
        # own tense, not a future cue for the sentence's other acts)
        return _STATUS_SCHEDULED
    return status


_WOULD_BE_BEFORE = re.compile(r"\bwould\s+be\s+$")


# A future word that qualifies a noun: "welcomed the planned extension", "an upcoming vote"
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
_ATTRIBUTIVE_WORDS = ("planned", "upcoming", "scheduled")


# Where a noun phrase after a future word has closed: "a planned offshore wind farm in the Gulf"
# (not "of", which goes on with the event's own noun: "a planned round of negotiations")
_NOUN_PHRASE_CLOSED = re.compile(r",|\s(?:in|on|at|for|by|to|with|during|near|off|from)\s")


def _attributive_future(text: str, start: int, end: int, future: int) -> bool:
    """Whether the future word at ``future`` only qualifies a noun other than the trigger at
    ``text[start:end]``: one after the trigger ("spoke by telephone on Thursday and welcomed the
    planned extension": the act is not planned), or one before it whose phrase closes before
    the trigger ("to build the grid connections for ELWIND, a planned offshore wind farm in the
    Gulf of Riga, during a visit to Tallinn"; not "a planned state visit")."""
    if not (
        text.startswith(_ATTRIBUTIVE_WORDS, future)
        and _ATTRIBUTIVE_BEFORE.search(text, max(0, future - 8), future) is not None
    ):
        return False
    if future >= end:
        return True
    return future < start and _NOUN_PHRASE_CLOSED.search(text, future, start) is not None


def _future_of_what_was_done(text: str, start: int, end: int, future: int) -> bool:
    """Whether the future word at ``future`` tells what the thing done will do, not when it
    is done: "signed a treaty on Thursday that will allow ..." (a past trigger, then a
    relative clause)."""
    if future >= end and _CONTENT_QUESTION_BEFORE.search(text, end, future) is not None:
        return True  # "signed a protocol setting out how goods will be inspected"
    if (
        future < start
        and text.endswith(("signed", "adopted"), start, end)
        and _OWN_DAY_AFTER.match(text, end) is not None
    ):
        return True  # "will fund an academy under an arrangement signed yesterday": done
    if future < start and _SIGNED_ON_A_DAY_AFTER.match(text, end) is not None:
        return True  # "will allow DEA agents to return ..., under an agreement signed Monday"
    if future < end or (
        _PAST_VERB_FORM.match(text, start, end) is None
        # (or a noun whose verb is told in the past: "signed a fisheries agreement on
        # Wednesday that will allow ...")
        and _SIGNED_A_BEFORE.search(text, max(0, start - 60), start) is None
    ):
        return False
    if _RELATIVE_THEN.search(text, end, future) is not None:
        return True
    if _INCLUDING_THEN.search(text, end, future) is not None:
        return True  # "signed 14 agreements on Monday, including plans to merge customs checks"
    charge = _OF_GERUND_AFTER.match(text, end)
    if charge is not None and charge.start("of") <= future < charge.end():
        # "accused Argentina on Monday of planning to host Duarte": the charge's own words
        # (not "..., its foreign minister will tell parliament on Friday")
        return True
    # "the two sides agreed that Kenya would open a consulate": what was agreed
    return (
        text.endswith("that", start, end) and _THAT_SUBJECT.fullmatch(text, end, future) is not None
    )


_THAT_OR_WHICH_BEFORE = re.compile(r"\b(?:that|which)\s+$")


def _provided_future(text: str, floor: int, start: int, end: int, trigger: int) -> bool:
    """Whether the future word at ``[start, end)`` tells what something provides, in a relative
    clause closed by an adjunct of the main clause before the trigger at ``trigger``: "signed an
    agreement Tuesday under which Guatemala will receive U.S. deportation flights ..., during a
    visit by" (not "a roadmap under which Belgrade will, within a month, host talks")."""
    if end > trigger:
        return False
    comma = text.rfind(",", end, trigger)
    return (
        comma >= 0
        and _PREPOSITION_WHICH_BEFORE.search(text, max(floor, start - 60), start) is not None
        and _ADJUNCT_OPENS_AFTER.match(text, comma + 1) is not None
    )


# ... closed by an adjunct of the main clause: ", during a visit by"
_ADJUNCT_OPENS_AFTER = re.compile(
    r"\s*(?:during|at|amid|after|following|on|in|as|while|when)\b", re.IGNORECASE
)
_PREPOSITION_WHICH_BEFORE = re.compile(
    r"\b(?:under|by|through|with|in)\s+which\s+(?:[\w'’.-]+\s+){1,4}$"
)
# The past verb of a noun trigger: "signed a fisheries agreement", "reached a deal"
_SIGNED_A_BEFORE = re.compile(
    r"\b(?:signed|reached|struck|sealed|concluded|clinched|inked)\s+(?:an?|the|their|\d+|two|three"
    r"|four|five|six|seven|eight|nine|ten|several|a\s+series\s+of)\s+"
    # (the trigger the noun itself: not "reached a deal on a summit that will be held")
    r"(?:(?!(?:on|of|for|to|with|about|over|in|at|a|an|the)\b)[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# What one is accused or warned of: "accused Argentina of failing", "of not doing"
_OF_GERUND_AFTER = re.compile(r"\s+(?:[\w'’.-]+\s+){1,5}?(?P<of>of)\s+(?:not\s+)?[a-z]+ing\b")
_THAT_SUBJECT = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}")
# An indirect question between a trigger and a future word: what it sets out, not its time
# (after a word that sets out or discusses it: not "visits France on Monday in what will be
# his first trip to Europe")
_CONTENT_QUESTION_BEFORE = re.compile(
    r"\b(?:setting\s+out|sets?\s+out|outlin\w+|specify\w*|detail\w*|on|about|over|decid\w+"
    r"|discuss\w*|determin\w+|explain\w*)\s+(?:how|what|whether|why)\s+(?:[\w'’-]+\s+){0,4}$"
)


def _announced_sanction(trigger: Trigger, text: str, clause_start: int, start: int) -> bool:
    """ "South Korea said Thursday it will terminate a pact with Japan": a sanction decided
    and announced on that day, as the analysts code it."""
    return (
        trigger.event_type is _TYPE_SANCTION
        and _ANNOUNCED_IT_WILL_BEFORE.search(text, max(clause_start, start - 80), start) is not None
    )


_CANCEL_REACH, _CANCEL_REACH_PLANNED = 120, 180
_QUOTE_COMMA_BEFORE = re.compile(r"(?:,[\"”]|[\"”],)\s+$")
_PLANNED_ASIDE = re.compile(r",\s+(?:set|scheduled|planned|slated)\s+for\b", re.IGNORECASE)


# "talks between A and B, which had been scheduled for Sept. 17 in Ankara, were called off":
# the predicate of a noun trigger resumes after a relative clause.
_RELATIVE_AFTER = re.compile(r"[^,;:.]{0,80},\s*(?:which|that|who)\b[^;:]{0,160}?,\s*")


def _cancelled_after_relative(
    doc: Document, compiled: _Compiled, sentence: Sentence, end: int
) -> int | None:
    """Where the predicate resumes, when it says the event was cancelled."""
    text = doc.text
    relative = _RELATIVE_AFTER.match(text, end, sentence.end)
    if relative is None:
        if doc.lower.find("been", end, sentence.end) < 0:
            return None  # (a literal first: the pattern runs only where it can match)
        planned = _PLANNED_RELATIVE.match(text, end, sentence.end)
        if planned is None:
            return None
        # "A meeting ... that had been planned for Saturday in Busan has been postponed"
        for s, _ in _cue_hits(doc, compiled, sentence).get("cancelled", ()):
            if planned.end() <= s <= planned.end() + 120 and _PERFECT_PASSIVE_BEFORE.search(
                text, max(planned.end(), s - 12), s
            ):
                return s
        return None
    resumed = relative.end()
    cancelled = _cue_hits(doc, compiled, sentence).get("cancelled", ())
    if any(resumed <= s and e <= resumed + 24 for s, e in cancelled):
        return resumed
    return None


# A relative clause without commas that plans the event: "that had been planned for".
# The planned day in a relative clause right after a cancelled event's noun: "a meeting of
# Kosovo's and Serbia's chief negotiators that had been set for Tuesday"
_PLANNED_FOR_AFTER = re.compile(
    r"[^;:.,]{0,80}?(?:,\s*)?\b(?:that|which),?\s+(?:had|has)\s+been\s+(?:planned|scheduled|set|slated)"
    r"\s+(for\s+[^,;:]{1,30})",
    re.IGNORECASE,
)
_PLANNED_RELATIVE = re.compile(
    r"[^;:.]{0,100}?\b(?:that|which)\s+(?:had|has|have)\s+been\s+(?:planned|scheduled|set"
    r"|slated|due)\b[^;:.]{0,120}?\s(?=(?:has|have|had|was|were)\s)",
    re.IGNORECASE,
)
_PERFECT_PASSIVE_BEFORE = re.compile(r"\b(?:has|have|had|was|were)\s+(?:been\s+)?$", re.IGNORECASE)


# ", where she was due to meet", ", during which he and Orban agreed": the event of the
# relative clause is at the place just named.
_RELATIVE_PLACE = re.compile(r",\s*(?:where|during\s+which|at\s+which)\b", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|to|at|for|from|visit\w*|reached|arrived\s+in|landed\s+in)\s+(?:the\s+)?"
    r"(?:\w+\s+(?:city|capital|town|port)\s+of\s+)?$",
    re.IGNORECASE,
)
# "held talks here": the dateline's city.
_HERE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,16}?\s+here\b(?!['’])", re.IGNORECASE)
# "who arrived here on Sunday on a three-day state visit"
_HERE_BEFORE = re.compile(r"\bhere\b(?:\s+[\w'’-]+){0,6}\s+$", re.IGNORECASE)


def _place_by_reference(
    doc: Document, gaz: Gazetteer, sentence: Sentence, start: int, end: int
) -> tuple[Location, tuple[int, int]] | None:
    """The place of an event its own clause names only by reference: the city named before
    ", where ..." or ", during which ...", or the dateline's city for "here"."""
    text = doc.text
    relatives = list(_RELATIVE_PLACE.finditer(text, sentence.start, start))
    relative = relatives[-1] if relatives else None  # the last one before the trigger
    if relative is not None and "," not in text[relative.end() : start]:
        for mention in reversed(doc.mentions_in(sentence.start, relative.start())):
            if mention.kind is not _KIND_CITY and mention.kind is not _KIND_METONYM:
                continue
            if doc.in_dateline(mention.start):
                continue
            if _PLACE_PREPOSITION.search(
                text, max(sentence.start, mention.start - 30), mention.start
            ) or _STOP_WAS_BEFORE.search(
                text, max(sentence.start, mention.start - 30), mention.start
            ):
                city = _story_city(doc, gaz, mention.text)
                if city is not None:
                    return gaz.city_location(city, mention.text), (mention.start, mention.end)
            break
    # (a literal first: the patterns run only where they can match)
    lower = doc.lower
    if (
        lower.find("here", end, sentence.end) >= 0 and _HERE_AFTER.match(text, end, sentence.end)
    ) or (
        lower.find("here", max(sentence.start, start - 60), start) >= 0
        and _HERE_BEFORE.search(text, max(sentence.start, start - 60), start)
    ):
        dateline = _dateline_city(doc, gaz)
        if dateline is not None:
            city, span = dateline
            return gaz.city_location(city, city.name), span
    return None


_LARGE_CITY = 300_000


def _story_city(
    doc: Document, gaz: Gazetteer, name: str, qualifier: str | None = None, strict: bool = False
) -> City | None:
    """``gaz.best_city`` for a place the article names: among the countries it names (how
    often each) and its dateline's state. The town of a dateline that names its state is in
    that state, or unknown: "QUEENSTOWN, New Zealand" is not South Africa's Queenstown."""
    if (
        doc.dateline_names_country
        and name == doc.dateline_place
        and doc.dateline_country is not None
        and qualifier is None
    ):
        home = doc.dateline_country
        found = gaz.best_city(name, frozenset({home}), qualifier=home)
        if found is not None and found.iso3 == home:
            return found
        if not any(c.population >= _LARGE_CITY for c in gaz.cities.get(name, ())):
            # a town too small for the gazetteer, placed by its dateline alone
            return City(None, name, home, None, None, 0)
        # ("ATLANTA, Georgia": a large city's name is that city, whatever the state word reads
        # as, found as any other)
    return gaz.best_city(
        name,
        doc.topic_countries,
        qualifier=qualifier,
        strict=strict,
        counts=doc.country_counts,
        home=doc.dateline_country,
    )


def _dateline_city(doc: Document, gaz: Gazetteer) -> tuple[City, tuple[int, int]] | None:
    """The city the story is filed from and the span of its name in the dateline."""
    name = doc.dateline_place
    if not name or doc.dateline is None:
        return None
    city = gaz.metonym_cities.get(name) or _story_city(doc, gaz, name)
    if city is None:
        return None
    return city, (doc.dateline[0], doc.dateline[0] + len(name))


def _needs_met(doc: Document, compiled: _Compiled, sentence: Sentence, trigger: Trigger) -> bool:
    """Whether the sentence holds one of the words the trigger needs, if it needs any
    ("received" is a meeting only with a minister, an envoy ... in its sentence)."""
    needs = compiled.needs.get(id(trigger))
    return needs is None or (
        _sentence_may_match(doc, sentence, needs[1])
        and needs[0].search(doc.text, sentence.start, sentence.end) is not None
    )


_IS_DUE_BEFORE = re.compile(r"([A-Z][\w'’-]+)\s+(?:is|will\s+be)\s+$")


def _official_due(doc: Document, sentence: Sentence, hit: _Hit) -> bool:
    """A traveller due somewhere named by the surname of an official the article titled
    before ("Cooper is due in Paris next week" after "British Home Secretary Yvette Cooper"):
    the minister the trigger needs, named earlier."""
    if hit.trigger.check != "place_after":
        return False
    before = _IS_DUE_BEFORE.search(doc.text, max(sentence.start, hit.start - 40), hit.start)
    return before is not None and _titled_earlier(doc, before.group(1), sentence) is not None


def _titled_earlier(doc: Document, surname: str, sentence: Sentence) -> Person | None:
    """The person ``surname`` names, when the article gave him a title before ``sentence``."""
    person = doc.persons.get(surname)
    if person is None or person.title is None or person.start >= sentence.start:
        return None
    return person


# The receiver of a reception told in the passive: "was then received by Milei at"
_RECEIVED_BY_SURNAME_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,4}?by\s+([A-Z][\w'’-]+)\b(?!\s+[A-Z])")


def _received_by_an_official(doc: Document, sentence: Sentence, hit: _Hit) -> bool:
    """A reception by the surname of an official the article titled before ("Saar ... was
    then received by Milei at the Casa Rosada" after "President Javier Milei"): the official
    the trigger needs, named earlier."""
    if hit.form not in ("received", "receives", "receiving"):
        return False
    by = _RECEIVED_BY_SURNAME_AFTER.match(doc.text, hit.end, sentence.end)
    return (
        by is not None
        and _titled_earlier(doc, by.group(1), sentence) is not None
        # (not a welcome: "was received by Orban in the courtyard of Buda Castle, where a
        # mounted honour guard lined the route")
        and _WELCOME_WORDS.search(sentence.text) is None
    )


# A guest greeted as he lands ("at the airport", "on arrival"), the words of
# ``_GREETED_ON_ARRIVAL``; with a ceremony's, those of any welcome
_ARRIVAL_GREETING = r"airport|on\s+arrival|tarmac"
_WELCOME_WORDS = re.compile(
    rf"\b(?:{_ARRIVAL_GREETING}|hono(?:u)?r\s+guard|guard\s+of\s+hono(?:u)?r|red\s+carpet"
    r"|welcome\s+ceremony|welcoming\s+ceremony|military\s+band)\b",
    re.IGNORECASE,
)


_SURNAME_AFTER = re.compile(r"\s+([A-Z][\w'’-]+)")
_POSTED_ENVOY_TITLE = re.compile(
    r"\b(?:ambassador|envoy|high\s+commissioner|charg[eé]|chief\s+of\s+mission)", re.IGNORECASE
)


def _envoy_summoned(doc: Document, sentence: Sentence, hit: _Hit) -> bool:
    """An envoy summoned by the surname the article gave him with his title before ("Turkey
    also summoned Herrstrom on Jan. 12" after "Sweden's ambassador, Staffan Herrstrom"): the
    envoy the trigger needs, named earlier."""
    if not hit.form.startswith(_SUMMONS_FORMS):
        return False
    name = _SURNAME_AFTER.match(doc.text, hit.end)
    if name is None:
        return False
    person = _titled_earlier(doc, name.group(1), sentence)
    return (
        person is not None
        and person.title is not None  # (for the type checker: ``_titled_earlier`` says so)
        and _POSTED_ENVOY_TITLE.search(person.title) is not None
        # (not "Former ambassador Jeffrey", nor "The British parliament summoned Casey", the
        # envoy's own state)
        and "former" not in person.title.lower()
        and not _FORMER_BEFORE.search(doc.text, max(0, person.start - 40), person.start)
        and any(
            m.kind in _SENDER_KINDS and m.code != person.country_code
            for m in doc.mentions_in(sentence.start, hit.start)
        )
    )


def _sentence_may_match(doc: Document, sentence: Sentence, guard: Guard) -> bool:
    """False when ``guard`` rules out its pattern in this sentence (folded once per sentence)."""
    if not _foldable(doc):
        return True
    key = ("folded", sentence.start)
    folded: str | None = doc.memo.get(key)
    if folded is None:
        folded = doc.memo[key] = fold(sentence.text)
    return guard.admits(folded)


def _participle_of_the_report(text: str, start: int, end: int, cue_end: int) -> bool:
    """Whether the trigger is a participle that follows a reporting clause after the cue ending
    at ``cue_end``: "Finland will close four crossings, Orpo said on Thursday, accusing Moscow
    of ...", where the cue's future is what is reported, not the participle's."""
    return (
        cue_end <= start
        and text.endswith("ing", start, end)
        and _SAID_PARTICIPLE_BEFORE.search(text, cue_end, start) is not None
    )


def _titled_person_after(doc: Document, sentence: Sentence, end: int) -> bool:
    """A person named with a title right after ``end``: "called on Chief Adviser Muhammad
    Yunus" (a courtesy call, unless something is asked of him)."""
    for person_start, _, person in doc.person_mentions(end, min(sentence.end, end + 80))[:1]:
        return (
            bool(person.title) and _CALLEE_LEAD.fullmatch(doc.text, end, person_start) is not None
        )
    return False


def _called_a_person(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """ "Greek Prime Minister Kyriakos Mitsotakis called Erdogan on Monday": a phone call."""
    text = doc.text
    if _NAMED_BEFORE.search(text, max(sentence.start, start - 30), start):
        return False
    if _COUNTERPART_AFTER.match(text, end):
        return True
    for person_start, person_end, _ in doc.person_mentions(end, min(sentence.end, end + 80))[:1]:
        return (
            _CALLEE_LEAD.fullmatch(text, end, person_start) is not None
            and _CALL_GOES_ON.match(text, person_end) is not None
        )
    return False


# Letters every word of ``_VEHICLE_BEFORE`` holds as written (any case of its first letter)
_VEHICLE_LETTERS = (
    "lane",
    "ircraft",
    "jet",
    "Hercules",
    "C-",
    "elicopter",
    "light",
    "onvoy",
    "ruck",
    "orries",
    "hipment",
    "onsignment",
    "which",
)
_LEADER_ABOARD = re.compile(
    r"\b(?:President|Prime\s+Minister|Minister|Secretary|Chancellor|Premier|King|Queen|Emir"
    r"|Pope|Crown\s+Prince|Sultan|Sheikh|leader|delegation|aboard|on\s+board)\b"
)


def _vehicle_before(text: str, lo: int, hi: int) -> bool:
    """A plane, a convoy or such ends ``text[lo:hi]`` (``_VEHICLE_BEFORE``), and is not a
    leader's own: "Modi's aircraft landed in Kyiv" is his visit."""
    if not may_hold(text, lo, hi, _VEHICLE_LETTERS):
        return False  # (the literal test first: most visits have no craft before them)
    vehicle = _VEHICLE_BEFORE.search(text, lo, hi)
    return (
        vehicle is not None
        and not text[max(0, vehicle.start() - 3) : vehicle.start()].endswith(("'s ", "’s "))
        # ("A plane carrying Ukrainian President Volodymyr Zelenskiy landed in Hiroshima", "a
        # jet with Secretary of State Antony Blinken aboard": the leader's)
        and not _LEADER_ABOARD.search(text, vehicle.start(), hi)
    )


def _pledged_before(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` pledges or announces a sum (``_MONEY_PLEDGED_BEFORE``), its
    literal words tested first, or promises aid ("said it would provide tents")."""
    window = text[lo:hi]
    if ("would" in window or "will" in window) and _AID_PROMISED_BEFORE.search(window) is not None:
        return True
    if "illion" not in window and not any(sign in window for sign in _MONEY_WORDS):
        return False
    return _MONEY_PLEDGED_BEFORE.search(window) is not None


# The news dated by an older act: "The attack came a month after Congo and Rwanda signed a
# peace agreement in Washington", "nearly two years after it abandoned non-alignment": what
# follows is background, at least a month before the news (not "a week after", often news).
# So is an aside after a comma: "..., nearly 11 years after Manama cut ties with Tehran".
_MONTHS_AFTER_BEFORE = re.compile(
    r"(?:\b(?:came|comes|come|coming)|,)\s+(?:(?:nearly|almost|just\s+over|more\s+than|less\s+than"
    r"|a\s+little\s+more\s+than|barely|some|about)\s+)?(?:a|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|several|\d+)\s+(?:months?|years?|decades?)\s+after\b[^.;,]*$",
    re.IGNORECASE,
)


# A noun in someone's words for something else: 'what it called "a summit of African cinema"'
_WHAT_IT_CALLED_BEFORE = re.compile(
    r"\bwhat\s+(?:it|he|she|they|[A-Z][\w'’.-]*)\s+(?:called|described\s+as|termed|dubbed)\s+"
    r"[\"“]?(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$"
)
# Talks between sides named by common nouns only: "between cinema owners and streaming
# platforms" (not "between the two countries", "between the warring parties")
_BETWEEN_COMMON_NOUNS_AFTER = re.compile(
    r"[\"”]?\s+between\s+(?:[a-z][\w'’-]*\s+){1,3}and\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*\b"
)
_STATE_SIDE_WORDS = re.compile(
    r"\b(?:countries|nations|states|governments?|sides|leaders|ministers|parties|neighbou?rs"
    r"|delegations|presidents|rebels|militias|factions|forces|armies|army|military|allies"
    r"|capitals|kingdoms|republics|powers|envoys|diplomats|officials|authorities|his|her|its"
    r"|their)\b"
)
# What is agreed is only a date: "agreed to find a new date", "agreed to set a date for talks"
_A_NEW_DATE_AFTER = re.compile(
    r"\s+(?:to\s+)?(?:find|set|fix|seek|look\s+for|agree(?:\s+on)?|pick|choose)\s+"
    r"(?:a|another)\s+(?:new\s+)?date\b"
)
# ... or opened by a club, a company or a union: not states' talks
_BETWEEN_CLUBS_AFTER = re.compile(
    r"[\"”]?\s+between\s+(?:(?:her|his|their|its|the|two|rival)\s+)?(?:[a-z]+\s+)?"
    r"(?:club|clubs|company|companies|firms?|teams?|unions?|leagues?|federations?|airlines?"
    r"|banks?|carriers?|operators?|studios?|labels?|brands?)\b"
)
_AND_NAMED_AFTER = re.compile(r"[^.;]*?\band\s+(?:the\s+|his\s+|her\s+)?[A-Z]")
# What is answered in words, not by a counter-measure: "the letter would not remain unanswered"
_ANSWERABLE_BEFORE = re.compile(
    r"\b(?:letters?|questions?|queries|messages?|requests?|notes?|e-?mails?|invitations?"
    r"|inquiries|enquiries|calls?|petitions?)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# Meeting people of no state: "met activists from several territories", "met with relatives of
# the hostages", "meets local residents"
_MEETING_VERBS = _MEET_VERBS | {"meeting"}  # ("meeting with")
_PRIVATE_GROUP_AFTER = re.compile(
    r"\s+(?:with\s+)?(?:(?:the|some|local|several|dozens\s+of|[\w-]+)\s+){0,2}?"
    r"(?:activists|protesters|demonstrators|students|supporters|relatives|families|survivors"
    r"|villagers|farmers|workers|residents|fans|voters|diaspora"
    # ("met members of the Malaysian community in Bandar Seri Begawan")
    r"|members\s+of\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?-i:community|diaspora))\b",
    re.IGNORECASE,
)


# What stands between a release and the people it frees: "released two Russians", "freed
# the three Thais"
_RELEASED_COUNT = re.compile(
    r"\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
    r"|dozens\s+of|a\s+dozen)\s+"
)
# A sentence opening on "She" or "He" and its verb
_PRONOUN_SUBJECT_OPENING = re.compile(r"(?:She|He)\s+(?:also\s+|later\s+)?[a-z]+ed\b")
# ... after a sentence opening on someone named as another's relative: "Kerr's daughter, Emily
# Kerr, said", "His wife, Jane Smith, said"
_RELATIVE_OPENING_SUBJECT = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,3}?(?:[A-Z][\w-]*['’]s|His|Her|Their)\s+(?:father|mother|son|daughter"
    r"|wife|husband|brother|sister|widow|family|parents|relatives)\b"
)
_STANDING_DEAL_BEFORE = re.compile(
    r",\s+(?:which|who)\s+(?:has|have)\s+(?:also\s+|long\s+|already\s+)?(?:signed|concluded)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$"
)
_STANDING_WHICH_BEFORE = re.compile(
    r",\s+(?:which|who)\s+(?:has|have)\s+(?:also\s+|long\s+|already\s+)?$"
)
_RECENTLY_AFTER = re.compile(
    r"[^,;.]{0,60}\b(?:recently|days\s+ago|weeks\s+ago|earlier\s+this|during\s+a\s+visit)\b"
)
# A day or year right after the deal's noun: "a pact with Eritrea on Monday" (not standing)
_DATED_AFTER = re.compile(
    r"[^,;.]{0,40}\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+"
    r"(?:19|20)\d\d|last\s+(?:week|month|year)|this\s+(?:week|month|year)|yesterday)\b"
)
# ... whose opening names a title after the relative: "Ortega's wife, co-President Rosario
# Murillo,"
_TITLE_WORDS_OPENING = re.compile(
    r"[^,]{0,60},\s+(?:[\w-]+\s+){0,2}?(?:[Pp]resident|[Vv]ice|[Cc]o-[Pp]resident|[Pp]rince|[Pp]rincess"
    r"|[Kk]ing|[Qq]ueen|[Gg]eneral|[Mm]inister|[Ss]enator|[Gg]overnor|[Ee]mir|[Ss]heikh|[Cc]hairman"
    r"|[Ll]eader|[Aa]mbassador|[Ee]nvoy)\b"
)
# What an act "does not mean": "the exchange did not mean that Moscow and Washington would
# resume talks" (no clause break between; not "did not mean to offend")
_NOT_MEAN_BEFORE = re.compile(
    r"\b(?:did|does|do|would|will)\s+not\s+mean\s+(?!to\b)(?:that\s+)?"
    r"(?:(?!,|\b(?:but|as|after|when|while|before|and\s+the)\b)[^.;])*$"
)
# Who organises a sports event, the subject of its talks
_ORGANISERS_BEFORE = re.compile(
    r"\b(?:[Oo]rgani[sz]ers|federation|federations|club|clubs|league)\b"
)
# A mountain's top: "the summit of the Stelvio Pass", "the summit of Mount Everest"
_MOUNTAIN_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:Mount|Mt\.?|Monte|Mont|Pico|Cerro"
    r"|(?:[A-Z][\w'’-]*\s+){1,2}(?:Pass|Peak|Mountain|Volcano|Glacier|Col|Hill))\b"
)
# A top-of-the-table match in a sports story: "a tense summit clash", "the summit showdown"
# (EU leaders "braced for a summit clash with Orban" in a story of no sport are at a summit,
# whatever sports word a sentence holds: "qualifying majority", "a fixture of EU gatherings")
_CONTEST_AFTER = re.compile(r"\s+(?:clash|showdown|decider)\b")
# ... or a match called one: "billed as a summit", "dubbed the summit", "'summit'"
_BILLED_AS_BEFORE = re.compile(
    r"(?:\b(?:billed|dubbed|touted|hyped|described)\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
    r"|\b(?:billed|dubbed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}|[A-Z][\w-]*\s+['‘]"
    # a match's nickname in quotes: 'Maghreb summit', "Maghreb summit"
    r"|['‘\"“][A-Z][\w-]*\s+)$"
)


def _read(
    doc: Document,
    gaz: Gazetteer,
    compiled: _Compiled,
    sentence: Sentence,
    sentence_index: int,
    hit: _Hit,
) -> list[_Mention]:
    text = doc.text
    start, end, trigger = hit.start, hit.end, hit.trigger
    envoy_state: _Party | None = None
    awaits_sides = False
    needs = compiled.needs.get(id(trigger))  # (met in the sentence: ``_needs_met``)
    if (
        trigger.event_type is _TYPE_AGREE
        and hit.form in trigger.nouns
        and _UPHELD_BEFORE.search(text, max(sentence.start, start - 70), start)
    ):
        return []  # "talks on shoring up the country's fragile ceasefire": one in force
    if _scare_quoted(text, sentence, start, end) and not _actor_before_in_clause(
        doc, sentence, start, end
    ):
        # 'organisers declared a "truce" in the pisco war': a figure of speech (not 'Israel and
        # Hamas agreed to a "complete ceasefire"', 'Putin declared an "Easter truce"': an act
        # of the states or leaders who name it)
        return []
    if (
        needs is not None
        and trigger.event_type is _TYPE_AGREE
        and doc.lower.find("struck down", sentence.start, sentence.end) >= 0
        and all(
            text.startswith(" down", found.end())
            for found in needs[0].finditer(text, sentence.start, sentence.end)
        )
    ):
        return []  # "an Iraqi court struck down a maritime agreement": annulled, not struck
    if (
        needs is not None
        and trigger.event_type is _TYPE_AGREE
        and hit.form in trigger.nouns
        and _AGREED_AS_ADJECTIVE.search(doc.lower, max(sentence.start, start - 30), start)
        and all(
            found.end() >= start - 1
            for found in needs[0].finditer(text, sentence.start, sentence.end)
        )
    ):
        return []  # "operated strictly in line with agreed protocols": rules agreed long ago
    if (
        trigger.event_type is _TYPE_SANCTION
        and "visa" in hit.form
        and _HEALTH_REASON.search(text, sentence.start, sentence.end)
    ):
        return []  # "suspended the visa waiver ... over the coronavirus outbreak": no penalty
    if hit.form == "summit" and _MOUNTAIN_AFTER.match(text, end):
        return []  # "the queen stage to the summit of the Stelvio Pass": a mountain's top
    if hit.form == "summit" and _CONTEST_AFTER.match(text, end) and _sports_story(doc):
        return []  # "in a tense summit clash between two of the tournament's form teams"
    if (
        hit.form == "summit"
        and _BILLED_AS_BEFORE.search(text, max(sentence.start, start - 40), start)
        and _sports_story(doc)
        # (not leaders' summit billed so: "Qatar's emir ... held what was billed as a summit
        # with Saudi Crown Prince Mohammed bin Salman")
        and not any(
            p.title or p.country_code
            for _, _, p in doc.person_mentions(sentence.start, sentence.end)
        )
    ):
        # "in a match billed as a summit between the game's two newest Test nations", a
        # headline's "Stormont 'summit'": a match called so
        return []
    if trigger.mode == "invitation" and _INVITED_BUT_ABSENT.match(text, end, sentence.end):
        return []  # "Uzbekistan had been invited but did not send a delegation": stayed away
    if (
        trigger.event_type in _STATEMENT_TYPES
        and sentence_index > 1
        and _PRONOUN_SUBJECT_OPENING.match(text, sentence.start)
        and _RELATIVE_OPENING_SUBJECT.match(text, doc.sentences[sentence_index - 1].start)
        # (not an official named so: "Kim Jong Un's sister, Kim Yo Jong, said", "Aliyev's
        # wife, Vice President Mehriban Aliyeva,")
        and not any(
            p.title or p.country_code
            for _, _, p in doc.person_mentions(
                doc.sentences[sentence_index - 1].start, doc.sentences[sentence_index - 1].end
            )
        )
        and not _TITLE_WORDS_OPENING.match(text, doc.sentences[sentence_index - 1].start)
    ):
        # "Kerr's daughter, Emily Kerr, said she had spoken to her father. She thanked the UAE
        # and appealed to the Kremlin to free other Americans": a relative's words, no state's
        return []
    if (
        trigger.event_type is _TYPE_AGREE
        and (
            _STANDING_DEAL_BEFORE.search(text, max(sentence.start, start - 50), start)
            or (
                hit.form.startswith(("signed", "concluded"))
                and _STANDING_WHICH_BEFORE.search(text, max(sentence.start, start - 30), start)
            )
        )
        and not _DATED_AFTER.match(text, end)
        and not doc.dates.find(
            end,
            (comma if (comma := text.find(",", end, sentence.end)) >= 0 else sentence.end),
            doc.published,
            Tense.PAST,
        )
        and not _RECENTLY_AFTER.match(text, end)
    ):
        # "Egypt, which has signed a defence pact with Eritrea and is locked in a dispute": a
        # standing tie a relative clause describes, not an act of the news
        return []
    if (
        _NOT_MEAN_BEFORE.search(text, max(sentence.start, start - 90), start)
        and doc.lower.find(" not mean", sentence.start, start) >= 0
    ):
        return []  # "the exchange did not mean that Moscow and Washington would resume talks"
    if hit.form in _PEACE_WORDS and _figurative_truce(doc, sentence, start):
        return []  # "a winemaker and an importer agreed a ceasefire in a two-year legal war"
    if hit.form in ("reject", "accuse") and not _prompted_state(doc, sentence, start):
        return []  # "is expected to reject", "urged Israel to reject", "experts accuse": not done
    if hit.form == "called" and not _called_a_person(doc, sentence, start, end):
        # "called the war in Gaza a 'genocide'": no call, but maybe a characterisation
        entry = compiled.automaton.get("calling", None)  # (length, payload)
        calling = entry[1] if isinstance(entry, tuple) else None
        if (
            not isinstance(calling, Trigger)
            or not _CALLED_SOMETHING.match(text, end)
            or _WHAT_BEFORE.search(text, max(sentence.start, start - 30), start)
        ):
            return []  # (not "what she called another hostile step": the speaker's words)
        # its blame word is looked for after it below, as for "calling"
        trigger, needs = calling, compiled.needs.get(id(calling))
    if (
        hit.form == "asked"
        and (ordered := _ORDERED_DIPLOMATS_TO_LEAVE.match(text, end, sentence.end)) is not None
        and not _NEAR_A_PLACE_BEFORE.search(
            text, max(end, ordered.start("mission") - 40), ordered.start("mission")
        )
    ):
        # "Bahrain asked the Lebanese ambassador in Manama to leave within 48 hours": an
        # expulsion, as "ordered ... to leave" is
        trigger = _ASKED_TO_LEAVE
    if (
        hit.form == "accusing"
        and _ENVOY_PRONOUN_AFTER.match(text, end)
        and _PERSON_SANCTIONED_BEFORE.match(text, sentence.start, start)
    ):
        # "expelled the Costa Rican envoy, Carlos Navarro, on Thursday, accusing him of
        # 'interference'": the grounds of the expulsion, not an accusation of its own
        return []
    if trigger.check == "own_envoy":
        envoy = _ENVOY_OF_AFTER.match(text, end, sentence.end)
        if envoy is None:
            return []  # "recalled that ...", "recalled his years in Rome": no envoy recalled
        # the trigger spans the envoy, as "recalled its ambassador" does: the state of the post
        # named after it is the one aimed at, the envoy's own state the one recalling
        end = envoy.end()
        envoy_state = next(
            (
                _state_party(gaz, m.code, (m.start, m.end))
                for m in doc.mentions_in(envoy.start(), end)
                if m.kind is _KIND_COUNTRY
            ),
            None,
        )
    joined: Mention | None = None
    if trigger.check in {"joins_organisation", "leaves_organisation"}:
        joined = _joins_organisation(doc, end, sentence.end)
        if joined is None:
            # "joined the search", "joined the EU in condemning": no entry; "left the talks",
            # "quit the government": no exit from an organisation
            return []
    if trigger.check == "suspends_member" and not _suspends_member(doc, sentence, start, end):
        return []  # "suspended talks", "suspended the deal": no member suspended
    if trigger.check == "others_accession":
        entry = _OTHERS_ACCESSION.match(text, end, sentence.end)
        if entry is None or not any(
            m.kind is _KIND_COUNTRY and m.end == entry.end("state")
            for m in doc.mentions_in(entry.start("state"), entry.end("state"))
        ):
            return []  # "ratified the country's accession", "approved a new budget": no other's
    dismissed = (
        _DISMISSED_WORDS.match(text, end, sentence.end)
        if trigger.check == "dismissed_words"
        else None
    )
    if dismissed is not None and dismissed.group().lower().rstrip("s").endswith("concern"):
        # concerns of a named author only ("dismissed Ukraine's concerns", "U.S. concerns"; not
        # "dismissed concerns about inflation"), or the ones told before ("dismissed the
        # concern"; not "the concerns about inflation")
        author = text[dismissed.start() : dismissed.end()].split()[:-1]
        if not any(w[:1].isupper() or w.endswith(("'s", "’s")) for w in author) and (
            author != ["the"] or _CONCERN_ABOUT_AFTER.match(text, dismissed.end())
        ):
            dismissed = None
    if trigger.check == "dismissed_words" and dismissed is None:
        return []  # "dismissed the army chief": no words of another dismissed
    if hit.form.startswith("agreeing") and _GERUND_OF_BEFORE.search(
        text, max(sentence.start, start - 10), start
    ):
        return []  # "accused Pashinyan of agreeing to hand over four villages": a charge
    if (
        hit.form.endswith("ing")
        and text.find(" of ", max(sentence.start, start - 90), start) >= 0
        and _CHARGED_OF_BEFORE.search(text, max(sentence.start, start - 90), start)
    ):
        # "accusing Nairobi of hosting and arming the RSF", "suspected of meeting": the charge's
        # content, not an act told
        return []
    if trigger.check == "own_agents_denied" and _OWN_AGENTS.match(text, end) is None:
        return []  # "denied that any formal talks had taken place": a report denied
    if trigger.check == "denial_object" and _DENIAL_OBJECT.match(text, end) is None:
        return []  # "denied that ...", "was denied a visa": no involvement denied right after
    if trigger.check in _HELP_ABROAD_CHECKS and not _two_states_named(doc, sentence):
        return []  # "India deployed army teams to Kerala to help with rescues": help at home
    if trigger.check == "relief_abroad" and (
        _RELIEF_CONTEXT.search(text, doc.sentences[max(0, sentence_index - 1)].start, sentence.end)
        is None
        # ("arrived in Slovenia on Monday for a joint earthquake response exercise")
        or _DRILL_PURPOSE.search(text, end, sentence.end) is not None
    ):
        # "sent a team of experts to Taiwan to discuss export controls": no disaster or relief
        # told in the sentence or the one before
        return []
    if (
        trigger.check == "ally_after"
        and _ALLY_AFTER.match(text, end) is None
        # (said as a stand: "stands firmly with Guyana", 'it "stands with Ukraine"', 'stood
        # "shoulder to shoulder" with Japan')
        and "firmly" not in hit.form
        and "shoulder" not in hit.form
        and text[start - 1 : start] not in _QUOTES
        # ('Estonia "fully stands with Denmark"': a quoted stand)
        and not _QUOTED_ADVERB_BEFORE.search(text, max(0, start - 16), start)
    ):
        return []  # "stood with French President Macron at a news conference": beside him
    if trigger.check == "own_day_after" and _OWN_DAY_AFTER.match(text, end) is None:
        return []  # "under a financing arrangement signed with the IMF": background, undated
    if trigger.check == "sanctions_imposer_before" and not _SANCTIONS_IMPOSER_BEFORE.search(
        text, max(sentence.start, start - 60), start
    ):
        return []  # "restrictions imposed on", "the curfew imposed on": no sanctions named
    if trigger.check == "place_after" and not any(
        m.start == end + 1 and m.kind in (_KIND_CITY, _KIND_METONYM, _KIND_COUNTRY)
        for m in doc.mentions_in(end, min(sentence.end, end + 40))
    ):
        return []  # "expected in March", "due in court": no place right after
    arrived_here = None
    if trigger.check == "arrived_here":
        arrived_here = _arrived_here(doc, gaz, sentence, start, end)
        if arrived_here is None:
            return []  # "The attackers arrived on foot", "the aid arrived on Monday"
    if trigger.check == "voiced_before" and not _VOICED_BEFORE.search(
        text, max(sentence.start, start - 50), start
    ):
        return []  # "had withdrawn its support for", "a lack of solidarity with": none voiced
    if trigger.check == "diplomats_to_leave":
        ordered = _ORDERED_DIPLOMATS_TO_LEAVE.match(text, end, sentence.end)
        if ordered is None or _NEAR_A_PLACE_BEFORE.search(
            text, max(end, ordered.start("mission") - 40), ordered.start("mission")
        ):
            return []
    if hit.form in _DISCUSSED:
        by_phone = _DISCUSSED_BY_PHONE_AFTER.match(text, end, sentence.end)
        if by_phone is None or _PLACE_OR_VERB_BETWEEN.search(text, end, by_phone.start("phone")):
            # "discussed the grain deal in Sochi on Monday and agreed to stay in touch by
            # phone": a meeting, and a promise of calls
            return []
    if hit.form in _SPOKE_WITH:
        by_phone = _BY_PHONE_AFTER.match(text, end, sentence.end)
        if by_phone is None or _PRESS_WORDS.search(text, end, by_phone.end()):
            return []
    if hit.form in _BARRED and not _BARRED_PEOPLE.match(text, end, sentence.end):
        return []
    if trigger.event_type is _TYPE_COOPERATE and (
        _AGREED_ON_BEFORE.search(text, max(sentence.start, start - 60), start)
        or _AGREEMENT_TO_BEFORE.search(text, max(sentence.start, start - 60), start)
    ):
        # "agreed on joint patrols", "agreed to step up joint patrols", "signed a memorandum
        # on Wednesday to step up joint patrols": what is agreed, the agreement's (no joint
        # action done yet)
        return []
    if (
        trigger.event_type is _TYPE_ACCUSE
        and may_hold(doc.lower, max(sentence.start, start - 60), start, _COURT_WORDS)
        and _COURT_CASE_BEFORE.search(text, max(sentence.start, start - 60), start)
        and not _FILED_CASE_BEFORE.search(text, max(sentence.start, start - 100), start)
    ):
        # "dismissed a case in which Sudan accused the UAE of complicity in genocide", "join
        # South Africa's case at the International Court of Justice accusing Israel": the
        # charge of a court case, not a statement of the day
        return []
    if (
        trigger.event_type in _STATEMENT_TYPES
        # (the literal words first: a cheap test that rules out nearly every statement)
        and (
            may_hold(doc.lower, max(sentence.start, start - 80), start, _LEGISLATOR_WORDS)
            or text.find("MP", max(sentence.start, start - 80), start) >= 0
        )
        and _LEGISLATOR_SUBJECT_BEFORE.search(text, max(sentence.start, start - 80), start)
        is not None
    ):
        # "Chilean opposition senator Francisco Chahuan accused Boric of 'rewarding' ...",
        # "Republican Senator Marco Rubio ... called the deal 'a victory for the oppressive
        # Castro regime'": a legislator's or the opposition's word, not the state's act
        return []
    if (
        hit.form.startswith("host")
        and hit.form.split(" ", 1)[0] in _HOSTING_FORMS
        and _HOSTED_FORCES_AFTER.match(text, end, sentence.end)
    ):
        return []  # "the last country in the Sahel to host French forces": no guest
    if (
        hit.form.startswith("hosts")
        and _STANDING_HOST_BEFORE.search(text, max(sentence.start, start - 12), start)
        and (
            _SEATS_AFTER.match(text, end, sentence.end)
            or any(
                m.kind in (_KIND_IGO, _KIND_IGO_ADJECTIVE)
                # (not a gathering of it: "which hosts the OIC summit in Jeddah on Saturday")
                and not _IGO_GATHERING_AFTER.match(text, m.end)
                for m in doc.mentions_in(end, min(sentence.end, end + 6))
            )
        )
    ):
        return []  # "a neutral country that hosts the OSCE and several UN agencies": its seat
    if hit.form in _RECEIVED and _RECEIVED_A_THING.match(text, end):
        return []
    if trigger.event_type is _TYPE_AID and _OWN_PEOPLE_AFTER.match(text, end):
        return []  # "to help evacuate Indian nationals stranded in Aden": its own, not aid
    if "flights" in hit.form and (
        _FLIGHTS_FOR_SAFETY.search(text, sentence.start, sentence.end)
        or _CARRIER_BEFORE.search(text, max(sentence.start, start - 40), start)
    ):
        return []  # "suspended all flights to Israel as a safety precaution", "Lufthansa"
    if hit.form.endswith(_SUPPORTED_FORMS) and not _supported_a_state(doc, start, end):
        return []  # "Germany supported the resolution", "supported by Egypt", "Iran-supported"
    if trigger.event_type is _TYPE_RETREAT and _AGREED_TO_BEFORE.search(
        text, max(sentence.start, start - 80), start
    ):
        return []
    if (
        trigger.event_type is _TYPE_SANCTION
        and trigger.mode is None
        and hit.form not in _REVOKED
        and _OWN_MISSION_AFTER.match(text, end)
    ):
        return []  # "Britain shut its embassy in Sudan": its own mission (an evacuation)
    if (
        trigger.event_type is _TYPE_SANCTION
        and hit.form.startswith(("withdr", "pull"))
        and "diplomat" in hit.form
        and _FOR_SAFETY.search(text, sentence.start, sentence.end)
    ):
        return []  # "pulled its diplomats out of Sudan as fighting raged": an evacuation
    if (
        hit.form in _CALLED_ON
        and (_COURTESY_CALLEE.match(text, end) or _titled_person_after(doc, sentence, end))
        and not _APPEAL_COMPLEMENT.search(
            text,
            end,
            (
                second.start()
                if (second := _COORDINATED_PAST_VERB.search(text, end, sentence.end))
                else sentence.end
            ),
        )
    ):
        # "the ambassador called on Mr. Muizzu at the President's Office": a courtesy call
        trigger = _COURTESY_CALL
    if (
        trigger.mode == "visit"
        and hit.form not in trigger.nouns
        and _vehicle_before(text, max(sentence.start, start - 90), start)
    ):
        return []  # "an air force C-130 Hercules landed in Port Vila": a plane, not a visit
    if trigger.event_type is _TYPE_CONSULT and _LAST_TIME_BEFORE.search(
        text, max(sentence.start, start - 8), start
    ):
        return []  # "The two leaders last met at a G20 summit a year ago": the previous time
    if (
        trigger.event_type is _TYPE_CONSULT
        and hit.form.partition(" ")[0] in _MEETING_VERBS
        and (group := _PRIVATE_GROUP_AFTER.match(text, end, sentence.end)) is not None
        # (not with an official named after them: "met relatives of the hostages and Israeli
        # President Isaac Herzog")
        and not _AND_NAMED_AFTER.match(text, group.end(), sentence.end)
    ):
        return []  # "they had met activists from several territories": people of no state
    if (
        trigger.event_type is _TYPE_THREATEN
        and hit.form.endswith("unanswered")
        and _ANSWERABLE_BEFORE.search(text, max(sentence.start, start - 60), start)
    ):
        return []  # "the ambassador's letter would not remain unanswered": a reply to come
    if (
        trigger.event_type is _TYPE_CONSULT
        and hit.form in trigger.nouns
        and doc.lower.find("what", max(sentence.start, start - 40), start) >= 0
        and _WHAT_IT_CALLED_BEFORE.search(text, max(sentence.start, start - 40), start)
    ):
        return []  # 'praised what it called "a summit of African and Arab cinema"': a figure
    if trigger.event_type is _TYPE_CONSULT and hit.form in trigger.nouns:
        private = _BETWEEN_COMMON_NOUNS_AFTER.match(text, end, sentence.end)
        if private is not None and not _STATE_SIDE_WORDS.search(private.group(0)):
            return []  # 'called for "peace talks" between cinema owners and streaming platforms'
        if _BETWEEN_CLUBS_AFTER.match(text, end, sentence.end):
            return []  # "talks between her club Team Esbjerg and clubs in Hungary and Romania"
    if trigger.event_type is _TYPE_AGREE and _A_NEW_DATE_AFTER.match(text, end, sentence.end):
        return []  # 'agreed to find a new date "early next year"': a date for talks, no deal
    if "after" in text[max(sentence.start, start - 100) : start] and _MONTHS_AFTER_BEFORE.search(
        text, max(sentence.start, start - 100), start
    ):
        return []  # "The attack came a month after Congo and Rwanda signed a peace agreement"
    low, high = max(sentence.start, start - 60), min(sentence.end, end + 16)
    if doc.lower.find("at the time", low, high) >= 0:
        at_the_time = _AT_THE_TIME.search(text, low, sentence.end)
        if (
            at_the_time is not None
            and at_the_time.end() <= high
            and ";" not in text[min(at_the_time.start(), start) : max(at_the_time.end(), end)]
        ):
            # "a move Buenos Aires rejected at the time", "At the time, Taipei accused Beijing
            # of luring away its ally": told as background (not "met Xi at the time of the
            # summit", nor "where he was staying at the time; Iran accused Israel")
            return []
    if (
        hit.form in _MEET_VERBS
        and doc.lower.find("where", max(sentence.start, start - 120), start) >= 0
        and _GEOGRAPHIC_MEET.search(text, max(sentence.start, start - 120), start)
    ):
        return []
    if (
        trigger.mode == "pledge"
        and "million" in trigger.needs
        and _AID_AFTER.search(text, end, min(sentence.end, end + 80))
        # (the aid trigger's own words: not "in new humanitarian and demining aid")
        and any(
            doc.lower.find(noun, end, min(sentence.end, end + 80)) >= 0 for noun in _aid_nouns()
        )
    ):
        return []  # "pledged NZ$4.5 million in humanitarian support": the aid trigger codes it
    if (
        trigger.event_type is _TYPE_AID
        and hit.form not in _AID_CARRIERS
        and _pledged_before(text, max(sentence.start, start - 120), start)
    ):
        trigger = _MONEY_PLEDGE
    elif trigger.check == "sum_given":
        if _SUM_GIVEN_AFTER.match(text, end) is None:
            return []  # "The new port will provide 2 million jobs": no sum of money given
        if _UNDER_AN_AGREEMENT_BEFORE.search(text, sentence.start, sentence.end) is not None:
            return []  # "Under the agreement, Australia will provide $100 million": its terms
        if not _state_gives(doc, sentence, start):
            # "Pakistan expects China will provide $2 billion", "Microsoft will provide": a
            # hope, a claim or a firm's money, not a state's pledge
            return []
        # "said on Tuesday it would provide 20 million euros to the Lebanese army": a sum
        # pledged, by the one who said so, on the day it was said
        trigger = _MONEY_PLEDGE
    elif trigger.check == "sum_granted":
        if not _sum_granted(doc, sentence, start, end):
            return []
        trigger = _MONEY_PLEDGE  # read as "pledged" is: its giver named before
    if (
        trigger.event_type is _TYPE_REJECT
        and hit.form == "rejected"
        and _REJECTED_AS_ADJECTIVE.search(doc.lower, max(sentence.start, start - 30), start)
        and _REJECTED_PEOPLE_AFTER.match(text, end)
    ):
        return []  # "the return of rejected Afghan asylum seekers": people, not a rejection
    if (
        trigger.event_type is _TYPE_SANCTION
        and _CONSIDERING_BEFORE.search(text, max(sentence.start, start - 100), start) is not None
    ):
        # "Ankara was considering suspending relations with the UAE or withdrawing its
        # ambassador", "weighing sanctions against": a sanction held over a state, a warning
        trigger = _CONSIDERED_SANCTION
    elif (
        trigger.event_type is _TYPE_SANCTION
        and doc.lower.find("if", end, sentence.end) >= 0
        and _WOULD_IMPOSE_BEFORE.search(text, max(sentence.start, start - 60), start) is not None
        and _CONDITION.search(text, end, min(sentence.end, end + 80)) is not None
    ):
        # "Ankara would impose heavy economic and political sanctions on the Netherlands if
        # his visit was blocked": a sanction held over a state on a condition, a warning
        trigger = _CONDITIONAL_SANCTION
    if (
        trigger.event_type is _TYPE_CONSULT or trigger.event_type is _TYPE_AGREE
    ) and _TWO_STATES_BODIES_BEFORE.search(text, max(sentence.start, start - 90), start):
        # "the two countries' federations were in talks about sharing a training camp": the
        # states' bodies talk, not the states
        return []
    if trigger.event_type in _PRIVATE_SUBJECT_TYPES and (
        _PRIVATE_SUBJECT.match(text, sentence.start, start) is not None
        or _PRIVATE_BODY_SUBJECT.match(
            text,
            # (after a dateline: "MONTEVIDEO, Feb 2 (Reuters) - Uruguay's ... union")
            doc.dateline[1]
            if doc.dateline and sentence.start <= doc.dateline[1] <= start
            else sentence.start,
            start,
        )
        is not None
    ):
        return []  # "Investors in Lima and Quito welcomed the deal": no state's act
    if (
        trigger.event_type is _TYPE_CONSULT
        and hit.form.startswith(("host", "will host"))
        and _HOSTED_THING_AFTER.match(text, end, sentence.end) is not None
    ):
        return []  # "Djibouti hosts the only U.S. military base in Africa": no meeting
    if (
        trigger.mode == "visit"
        and (
            travellers := _PRIVATE_TRAVELLERS.search(text, max(sentence.start, start - 120), start)
        )
        is not None
        and not doc.person_mentions(sentence.start, start)
        and not any(
            m.kind in _REFERRED_KINDS
            # (after the dateline: "MADRID (AP) - Passengers were travelling to ...")
            for m in doc.mentions_in(
                max(sentence.start, doc.dateline[1] if doc.dateline else 0), travellers.start()
            )
        )
    ):
        return []  # "218 passengers were travelling to Santiago": people, not a state's visit
    if (
        trigger.mode == "visit"
        and _WORKING_TEAM.search(text, max(sentence.start, start - 120), start) is not None
        and not _DIPLOMATIC_TRAVELLERS.search(text, sentence.start, start)
        and not doc.person_mentions(sentence.start, start)
    ):
        return []  # "A team of FBI agents ... arrived in Colombo": helpers, not a state's visit
    if (
        hit.form in _STANDING_FORMS
        and sentence_index > 0
        and text.count('"', sentence.start, start) % 2 == 0
        and text.count("“", sentence.start, start) <= text.count("”", sentence.start, start)
    ):
        # "Mugabe accuses London of trying to topple him", "Rwanda denies backing the group
        # and accuses Kinshasa of ...": a standing position told in the present, not an act of
        # the day (a headline's present tense is its news; a quoted statement is its words)
        return []
    if (
        trigger.event_type is _TYPE_AID
        and trigger.needs
        and _OWN_RECIPIENT.search(text, end, sentence.end) is not None
    ):
        # "sent a convoy with supplies to its troops in Tessalit", "a cheque ... to the family
        # of an Indian worker", "with supplies into northern Syria, reinforcing its troops"
        return []
    if (
        trigger.event_type is _TYPE_REQUEST
        and hit.form in _APPEAL_PARTICIPLES
        and text.endswith(", ", sentence.start, start)
        and _TALKS_BEFORE_PARTICIPLE.search(text, sentence.start, start) is not None
        and _said_to_the_other_side(doc, sentence, start, end)
    ):
        # "Xi Jinping held talks with Nauruan President David Adeang in Beijing on Tuesday,
        # calling for closer cooperation": what was said in the talks, told with them
        return []
    if (
        trigger.mode == "visit"
        and _INVITED_TO_MAKE_BEFORE.search(text, max(sentence.start, start - 90), start) is not None
    ):
        # "Mirziyoyev accepted an invitation to make an official visit to Berlin next year":
        # the invitation is the act, the visit only its object
        trigger = _INVITATION_TO_VISIT
    if (
        trigger.event_type is _TYPE_SUPPORT
        and (talks := _TALKS_BEFORE_PARTICIPLE.search(text, sentence.start, start)) is not None
        and _SAID_IN_THE_TALKS.match(text, talks.end(), start) is not None
        and _said_to_the_other_side(doc, sentence, start, end)
    ):
        # "Rutte spoke by phone with Romanian President Nicusor Dan on Saturday and said the
        # alliance stood 'in full solidarity' with Romania": said in the call, part of it (an
        # appeal in a call is coded as its own, as the sets mostly do: "spoke by phone with
        # ... and called on Islamabad to take 'serious action'")
        return []
    if (
        trigger.event_type is _TYPE_CONSULT
        and (
            _NONSTATE_COUNTERPART.match(text, end)
            or _LABOUR_COUNTERPART.match(text, end)
            or _LABOUR_MEDIATOR.match(text, end)
        )
    ) or (
        trigger.event_type is _TYPE_REQUEST
        and not hit.form.endswith(" for")  # ("called for protesters detained in Iran to be freed")
        and (firms := _NONSTATE_COUNTERPART.match(text, end)) is not None
        # (not creditors or producers named by their states: "urged its creditors, including
        # China, to", "asked fellow producers Iraq and Kazakhstan to")
        and not any(
            m.kind in _SIDE_KINDS
            for m in doc.mentions_in(firms.end(), _addressee_end(text, firms.end(), sentence.end))
        )
    ):
        # "talks with smelter operators", "invited Chinese enterprises to invest in Nauru's
        # port": business, not diplomacy
        return []
    if (
        trigger.event_type is _TYPE_CONSULT
        and hit.form == "talks"
        and (
            firms := _NAMED_FIRMS_IN_TALKS_BEFORE.search(
                text, max(sentence.start, start - 90), start
            )
        )
        # (a state among them is a side: "China National Petroleum Corp and Turkmenistan are
        # in talks"; not a firm's state, "Brazil's Azul")
        and not _state_named_itself(doc, firms.start(), firms.end())
    ):
        return []  # "LATAM Airlines and Brazil's Azul are in talks to expand a codeshare": firms'
    if trigger.event_type in _BUSINESS_TYPES and (
        _COMPANY_COUNTERPART.match(text, end) or _INSTITUTION_COUNTERPART.match(text, end)
    ):
        # "signed a supply agreement with Axion Compute, a US designer of chips", "talks were
        # under way with Bolivia's national archive"
        return []
    if (
        trigger.event_type in _BUSINESS_TYPES
        and (firm := _STATES_FIRM_BEFORE.search(text, max(sentence.start, start - 120), start))
        is not None
        and not _STATE_AFTER_AND.search(text, firm.end(), start)
        # (no state itself between the firm and the act: not "After Japan's top carmaker
        # Toyota asked for help, Japan and China agreed")
        and not _state_named_itself(doc, firm.end(), start)
    ):
        # "Indonesia's biggest homegrown coffee chain Kopi Kenangan and China's Luckin Coffee
        # have agreed to stop selling drinks below cost": firms, named by their states
        return []
    if (
        trigger.event_type in _BUSINESS_TYPES
        and (company := _COMPANY_SUBJECT.search(text, max(sentence.start, start - 80), start))
        is not None
        and not any(
            m.kind in _SENDER_KINDS for m in doc.mentions_in(sentence.start, company.start())
        )
        # (not a state in apposition: "The biggest gas supplier, Norway, signed a deal")
        and not any(
            m.kind in _SENDER_KINDS
            for m in doc.mentions_in(
                text.find(",", company.start(), company.end()) + 1 or company.end(),
                company.end(),
            )
        )
    ):
        # "the company had struck agreements with carriers in India", "The company also said it
        # had signed a memorandum of understanding with Beijing-based BOE": a firm's deals
        return []
    if (
        trigger.event_type is _TYPE_COOPERATE
        and _AGREED_TO_HOLD_BEFORE.search(text, max(sentence.start, start - 120), start) is not None
    ):
        # "met in Tehran on Wednesday and agreed ... to hold coordinated patrols along the
        # frontier": a term of the agreement, not patrols held
        return []
    if (
        trigger.event_type is _TYPE_SANCTION
        and hit.form in trigger.nouns
        and _SANCTIONS_AS_OBJECT_BEFORE.search(text, max(sentence.start, start - 60), start)
        is not None
    ):
        # "Rwanda rejected U.S. sanctions on two officers", "its refusal to join EU sanctions
        # against Russia", "Belgium pushed for EU sanctions": sanctions told as the object of
        # another act (coded for itself), not imposed here
        return []
    if trigger.event_type in (_TYPE_AGREE, _TYPE_CONSULT) and _non_state_signers(
        text, sentence, start
    ):
        # "Moroccan and Jordanian production companies signed a co-production deal", "veterans'
        # associations from Slovenia and Croatia signed a memorandum", "the two banks had held
        # talks": bodies that are not states
        return []
    if (
        trigger.event_type is _TYPE_CONSULT
        and (
            (
                (trigger.mode == "visit" or hit.form.startswith("host"))
                and (_SPORTS.search(text, sentence.start, sentence.end) or _sports_story(doc))
            )
            # "Portugal, coached by Roberto Martinez, will meet Slovenia in Frankfurt"
            or (hit.form in _MEET_VERBS and _sports_story(doc))
            # "Race organisers RCS Sport confirmed ... that they were in talks with Slovenian
            # and Croatian officials about a start of the 2029 Giro": an organiser's talks
            or (
                trigger.mode == "talks"
                and _ORGANISERS_BEFORE.search(text, sentence.start, start) is not None
                and _sports_story(doc)
            )
        )
        # ... but a leader who travels to watch a match visits: "Armenian President Serzh
        # Sarkisian is expected to travel to ... Bursa on Wednesday to watch a World Cup
        # qualifier" (or one the actor dictionary names untitled: "Macron will host a summit")
        and not _leader_before(doc, sentence.start, start)
        and not any(
            p.title is None and p.country_code is not None and p.country_code not in IGO_CODES
            for _, _, p in doc.person_mentions(sentence.start, start)
        )
        # ... and so do leaders named as a group: "The two leaders had been due to meet Bukele
        # in San Salvador" in a story that recalls a war over World Cup qualifiers
        and not _LEADERS_AS_A_GROUP.search(text, sentence.start, start)
    ):
        # "Cape Verde host Eswatini" in a World Cup qualifier, "Argentina host Australia in
        # Santa Fe" in a rugby report: teams, not states
        return []
    if (
        trigger.event_type is _TYPE_CONSULT
        and hit.form in trigger.nouns
        and doc.lower.find(" of ", max(sentence.start, start - 40), start) >= 0
        and _SPAN_OF_TALKS_BEFORE.search(text, max(sentence.start, start - 40), start)
        and not _IN_A_PLACE_AFTER.match(text, end)  # "in two years of talks in Geneva"
    ):
        return []  # "had brokered the deal in months of discreet talks": a span, not a meeting
    # (each guard below tests a literal first: the pattern runs only where it can match)
    to_before = text.find("to", max(0, start - 6), start) >= 0
    if to_before and _EFFORTS_TO_BEFORE.search(text, max(sentence.start, start - 90), start):
        return []  # "undermining efforts to normalise relations": an aim, not an act
    if text.find("who has", max(sentence.start, start - 30), start) >= 0 and _WHO_HAS_BEFORE.search(
        text, max(sentence.start, start - 30), start
    ):
        return []  # "Morales, who has expressed support for Castillo, called ...": who he is
    if (
        trigger.event_type is _TYPE_CONSULT
        and hit.form in trigger.nouns
        and (body := _HOME_BODY_AFTER.match(text, end)) is not None
        and not doc.mentions_in(body.start(), body.end())
        # (not a body of two states: "a meeting of the Abyei Joint Oversight Committee",
        # co-chaired by two states' officials; not "the Joint Intelligence Committee")
        and not _body_of_states(doc, sentence, body, end)
    ):
        # "at an extraordinary meeting of the Higher Defence Council chaired by President
        # Tshisekedi": a state's own council meeting, no diplomacy (not "a meeting of the
        # Security Council", "of the Arctic Council": bodies of states)
        return []
    if hit.form.startswith("host") and _HOSTS_PEOPLE_AFTER.match(text, end):
        return []  # "Chad hosts more than 600,000 refugees": no visitor
    if (
        trigger.event_type is _TYPE_THREATEN
        and hit.form.endswith("ing")
        and _OF_BEFORE.search(text, max(sentence.start, start - 6), start)
    ):
        return []  # "accusing him of corruption and of threatening the stability": the charge
    if hit.form == "boycott" and _NAMED_BOYCOTT_BEFORE.search(
        text, max(sentence.start, start - 30), start
    ):
        return []  # "since the boycott began", "joined a Saudi-led boycott of Doha": background
    if (
        hit.form in trigger.nouns
        and doc.lower.find("no date", sentence.start, start) >= 0
        and _NO_DATE_FOR_BEFORE.search(text, max(sentence.start, start - 90), start)
    ):
        return []  # "No date has been set for a third round of talks": none to come yet
    if (
        trigger.event_type is _TYPE_THREATEN
        and hit.form.endswith("respond")
        and _REPLY_IN_TIME_AFTER.match(text, end, sentence.end)
    ):
        return []  # 'would "respond at the appropriate time"' to an invitation: a reply, no threat
    if (
        trigger.event_type is _TYPE_AGREE
        and hit.form.startswith("agreeing")
        and _BEFORE_DOING_BEFORE.search(text, max(sentence.start, start - 16), start)
    ):
        return []  # "how Tuvalu will consult Canberra before agreeing to any arrangement"
    if (
        trigger.event_type is _TYPE_AGREE
        and hit.form.startswith("agree")
        and _KEEP_IN_CONTACT_AFTER.match(text, end, sentence.end)
    ):
        return []  # "spoke by phone ... and agreed to keep 'open channels'": the call's, no deal
    if (
        trigger.mode == "mediation"
        and hit.form not in trigger.nouns
        and _OFFERED_TO_BEFORE.search(text, max(sentence.start, start - 30), start)
        and _OFFER_CONDITION.search(text, end, min(sentence.end, end + 40))
    ):
        return []  # "Togo said it was ready to mediate if both sides asked": hypothetical
    if (
        trigger.mode == "mediation"
        and hit.form not in trigger.nouns
        and _SOME_OF_THEM_BEFORE.search(text, max(sentence.start, start - 30), start)
    ):
        return []  # "after 12 years of negotiations, some of them mediated by the AU": those
    if hit.form == "boycott" and _CALLED_FOR_BEFORE.search(
        text, max(sentence.start, start - 30), start
    ):
        return []  # "politicians have called for a boycott": a call, no boycott (yet)
    if (
        trigger.mode == "visit"
        and hit.form not in trigger.nouns
        and text.find(" to ", end, min(sentence.end, end + 50)) >= 0
        and _COURT_PURPOSE_AFTER.match(text, end, sentence.end)
    ):
        return []  # "travelled to The Hague to hear the verdict": a court's seat, no host state
    if (
        hit.form == "met"
        and _WERE_MET_BEFORE.search(text, max(sentence.start, start - 12), start) is not None
        and _KIN_GREETERS.match(text, end, min(sentence.end, end + 80)) is not None
    ):
        # "where they were met by relatives and Foreign Minister José Manuel Albares", "were met
        # by Ukrainian officials and relatives": freed people welcomed home, no meeting of states
        return []
    if trigger.event_type is _TYPE_CONSULT and _FIRMS_SAID_IN_BEFORE.search(
        text, max(sentence.start, start - 80), start
    ):
        return []  # "The companies said they were in talks with Egypt": the firms' talks
    if (
        trigger.mode == "expulsion"
        and hit.form == "expelled"
        and (
            _PEOPLE_EXPELLED_BEFORE.search(text, max(sentence.start, start - 40), start)
            # "flights returning Venezuelans expelled from Chile": a people's nationals
            or any(
                m.kind is _KIND_PEOPLE and not text[m.end : start].strip()
                for m in doc.mentions_in(max(sentence.start, start - 30), start)
            )
        )
    ):
        return []  # "refugees expelled from Bhutan in the early 1990s": people driven out
    if (
        trigger.mode == "expulsion"
        and hit.form in trigger.nouns
        and _PEOPLE_EXPELLED_AFTER.match(text, end)
        and not _EXPELLED_PEOPLE_AFTER.match(text, end)
    ):
        return []  # "the 'forced and massive' expulsion of Comorians from Mayotte": migrants
    if hit.form.startswith(_SUMMONS_FORMS) and _TO_INFORM_AFTER.match(text, end, sentence.end):
        return []  # "summoned Russian Ambassador Andrei Kelin to inform him of the decision"
    question = text.find("?", end, sentence.end)
    if question >= 0 and not _QUESTION_OPENS.search(text, end, question):
        # '"What negotiations can there be with criminals?" he said': asked, not told (but
        # "met Kristersson on Monday, and asked reporters: why should Turkey hurry?" is a
        # meeting before its question)
        return []
    if trigger.event_type is _TYPE_SUPPORT and (
        _RULING_OBJECT.match(text, end) or _MILITARY_OBJECT.match(text, end)
    ):
        # "welcomed the ruling", "hailed the court's verdict": a judgment, no state's act;
        # "praising the Russian army's advances", "praising soldiers defending Avdiivka": a
        # leader's own forces, no other state endorsed
        return []
    if (
        trigger.mode == "visit"
        and to_before
        and _SUPERLATIVE_TO_BEFORE.search(text, max(sentence.start, start - 70), start)
        and not _WEEKDAY_AFTER.search(text, end, min(sentence.end, end + 50))
        and (
            _VISIT_TOLD.search(text, sentence.start, sentence.end)
            or _WAS_FIRST_TO_BEFORE.search(text, max(sentence.start, start - 90), start)
            or sentence_index == 0  # the headline ("Modi first Indian PM to visit Ukraine")
        )
    ):
        # "the most senior U.S. official to visit Armenia": who she is, not a visit (but "the
        # first Indian prime minister to visit Ukraine on Friday" is one)
        return []
    if (
        trigger.mode == "visit"
        and hit.form.startswith(_ADVISED_FORMS)
        and _ADVISED_AGAINST_BEFORE.search(text, max(sentence.start, start - 40), start)
    ):
        return []  # "warned its citizens against travelling to Japan": an advisory, no visit
    if (
        trigger.mode == "visit"
        and text.endswith("by ", max(0, start - 3), start)
        and _BLAMED_FOR_BEFORE.search(text, sentence.start, start)
    ):
        # "accused Addis Ababa of violating Somalia's sovereignty by hosting him": the charge's
        # grounds, not a visit of their own
        return []
    if (
        trigger.event_type is _TYPE_SANCTION
        and _SUBJECT_OF_TALK_BEFORE.search(text, max(sentence.start, start - 16), start)
        and not _IMPOSED_PACKAGE_BEFORE.search(text, max(sentence.start, start - 60), start)
    ):
        return []  # "talks on sanctions on Iran": sanctions discussed, not imposed
    if (
        trigger.event_type is _TYPE_SANCTION
        and hit.form.startswith(("recall ", "withdraw "))
        and not _DECIDED_TO_BEFORE.search(text, max(sentence.start, start - 24), start)
    ):
        # "would recall its ambassador", "demanded that Colombia recall its ambassador",
        # "refused to recall": not done; "had decided to recall" is
        return []
    if trigger.event_type is _TYPE_SANCTION and _UNDONE_BEFORE.search(
        text, max(sentence.start, start - 48), start
    ):
        return []  # "agreed to pause his 25 per cent tariffs on": the sanction undone, not imposed
    if (
        trigger.event_type is _TYPE_SANCTION
        and text.find(" to ", max(sentence.start, start - 60), start) >= 0  # (the literal first)
        and _ATTEMPT_TO_IMPOSE_BEFORE.search(text, max(sentence.start, start - 60), start)
    ):
        return []  # "would block any attempt to impose European Union sanctions on": none yet
    if (
        trigger.event_type is _TYPE_SANCTION
        and hit.form in trigger.nouns
        and _STANDING_CAUSE_BEFORE.search(text, max(sentence.start, start - 40), start)
    ):
        return []  # "has struggled to pay because of U.S. sanctions on Iran": standing, the cause
    clause = _clause_bounds(doc, sentence, start, end)
    coordinated = _after_adjunct_and(text, clause, start)
    if coordinated is None and hit.form not in trigger.nouns:
        coordinated = _after_relative(text, clause, start)
        antecedent = (
            None if coordinated is not None else _relative_antecedent(doc, clause, start, end)
        )
        if antecedent is not None:
            # "New Zealand, which sent ...": the clause reaches back to its subject alone
            clause = (antecedent, clause[1])
    if coordinated is not None:
        clause = (coordinated, clause[1])
    elif (
        hit.form not in trigger.nouns
        and clause[0] == start
        and clause[0] > sentence.start
        and text.endswith(", and ", max(sentence.start, start - 6), start)
    ):
        # "Greece summoned Albania's ambassador on Tuesday ..., and warned on Wednesday that":
        # a verb with no subject of its own after ", and" has the clause before's
        clause = (_clause_bounds(doc, sentence, start - 6, start - 5)[0], clause[1])
    if hit.form in trigger.nouns:
        clause = (clause[0], _past_subjects_relative(doc, sentence, clause, start))
    facts = _clause_facts(doc, compiled, sentence, clause)
    is_noun = hit.form in trigger.nouns
    if hit.form in _CHARACTERISING and trigger.event_type is _TYPE_ACCUSE:
        contrast = _CONTRAST.search(text, end, min(sentence.end, end + 160))
        limit = contrast.start() if contrast else min(sentence.end, end + 160)
        if needs is None or not needs[0].search(text, end, limit):
            return []  # "described the talks as useful, while calling ...": no blame of its own
    invited = False
    if (
        trigger.event_type is _TYPE_CONSULT
        and doc.lower.find("invit", max(clause[0], start - 120), start) >= 0
        and _INVITED_TO_BEFORE.search(text, max(clause[0], start - 120), start)
    ):
        # "invited Boric to visit La Paz in August", "to attend the summit": what is asked,
        # not the event in focus, and an event of its own only with a day ("to attend the
        # summit on July 8")
        if not _ON_A_DAY_AFTER.match(text, end, clause[1]):
            return []
        invited = True
    # A verb's status decides nothing before its dates but whether it is told at all (a verb
    # is never anaphoric, so its parties do not depend on it): it is read after the parties,
    # once the verb has survived them (most everyday verbs end at ``_directed``, aimed at no
    # one). Every exit in between returns nothing, as a None status would; the status is read
    # on the clause as it stands here (a characterisation widens it below).
    status_clause = clause
    status: EventStatus | None = None
    if is_noun:
        status = _told_status(facts, doc, trigger, hit.form, clause, start, end, invited)
    if (
        status is _STATUS_PROPOSED
        and is_noun
        and _AT_SETTING_BEFORE.search(text, max(sentence.start, start - 30), start)
        # not "is pressing Israel to accept a proposal at Saturday's talks": still to come
        and not _PRESENT_OR_FUTURE.search(text, sentence.start, start)
    ):
        # "urged Myanmar at Thursday's meeting to ...": the setting of the appeal, held
        status = _STATUS_OCCURRED
    if (
        is_noun
        and trigger.event_type is _TYPE_AGREE
        and _UNDER_THE_BEFORE.search(text, max(sentence.start, start - 40), start)
    ):
        # "Under the agreement, Australia will provide ...": its terms, not its status
        status = _STATUS_UNKNOWN
    if status is not _STATUS_CANCELLED and is_noun:
        resumed = _cancelled_after_relative(doc, compiled, sentence, end)
        if resumed is not None:
            # its place and date are in the relative clause: "which had been scheduled for
            # Sept. 17 in Ankara"
            status = _STATUS_CANCELLED
            clause = (clause[0], max(clause[1], resumed))
            facts = _clause_facts(doc, compiled, sentence, clause)
    subject, windows = _windows(doc)
    lead = subject[max(sentence.start, start - 40) : start]
    background = is_noun and windows.background_before.search(lead) is not None
    if (
        background
        and (
            (_VISIT_NAMED_AFTER.match(text, end) and _DURING_BEFORE.search(lead))
            # "signed the accord ... after a morning of talks on Thursday", "after two days of
            # talks": the talks themselves, measured, not a reference to talks told elsewhere
            or (
                trigger.event_type is _TYPE_CONSULT
                and (spell := _SPELL_OF_BEFORE.search(lead)) is not None
                # (an adjunct after the main clause, whose sides the talks are: not "Following a
                # night of talks, EU leaders agreed to open negotiations with Ukraine")
                and text[sentence.start : start - len(lead) + spell.start()].strip() != ""
                and not doc.in_dateline(start - len(lead) + spell.start() - 1)
                # (of signers or agreeing sides: not "Russia vetoed a resolution after a week
                # of talks among the council's members")
                and _SIGNED_MAIN_VERB.search(
                    text, sentence.start, start - len(lead) + spell.start()
                )
                is not None
            )
            or (
                _AT_A_NEW_EVENT_BEFORE.search(lead)
                and not _PAST_MEETING_IN.search(text, sentence.start, sentence.end)
            )
            # ... and "at the fifth Caspian Summit, which opened in the Kazakh port city on Sunday"
            or (
                trigger.event_type is _TYPE_CONSULT
                and (held := _NAMED_GATHERING_HELD.match(text, end)) is not None
                and _ON_A_DAY_AFTER.match(text, held.end(), sentence.end) is not None
            )
        )
    ):
        # "during a state visit by Lula to Beijing": the visit the news happens in, named in
        # full (visitor, host), not a time reference to one reported elsewhere; so is "failed
        # to make a breakthrough at a meeting of their commission in Phnom Penh on Saturday"
        background = anaphoric = False
    else:
        anaphoric = background or (
            is_noun
            and (determiner := windows.anaphoric_noun.search(lead)) is not None
            # "The next summit is due to be held in Antigua": another one than the one told
            and not _ANOTHER_ONE_BEFORE.search(lead)
            # "The EU imposed new sanctions on Russia": "the" is the subject's, and a verb
            # stands between it and the noun
            and not _subject_verb_before(doc, text, start - len(lead) + determiner.start(), start)
            # "agreed on Tuesday to extend the ceasefire": the extension is told here, by
            # those who agree to it
            and not _EXTENDED_BEFORE.search(lead)
            and not (trigger.mode == "ceasefire" and _AGREED_TO_KEEP_BEFORE.search(lead))
            # "announced the expulsions of 40 Russian diplomats": the act told with whom it
            # sends away (not "warned that the expulsions 'will not go unanswered'")
            and not (
                trigger.mode == "expulsion"
                and _EXPELLED_PEOPLE_AFTER.match(text, end)
                # (not "condemned the expulsion of 20 Russian diplomats announced by Poland")
                and not _REACTION_TO_BEFORE.search(lead)
            )
        )
    if anaphoric and not background and _TO_PREPARE_BEFORE.search(lead) is not None:
        # "had spoken by telephone with Randrianirina on Tuesday to prepare the visit": the
        # visit told elsewhere, named as what the call prepared (its day and sides are the
        # call's)
        return []
    if (
        anaphoric
        and status in (None, _STATUS_UNKNOWN, _STATUS_OCCURRED)
        and " of " in lead
        and (moment := _MOMENT_OF_BEFORE.search(lead)) is not None
        and (
            lead.endswith(" of ")
            # "the face-to-face meeting" after the moment: told as held only by those it names
            # first ("Maduro and Ali shook hands at the start of ..."; "At the end of the
            # summit, ..." refers to a summit told elsewhere)
            or _actor_named(doc, sentence.start, start - len(lead) + moment.start())
        )
        and not _PLAN_WORDS.search(text, end, clause[1])
    ):
        # "Putin said at the start of talks in Sochi with King Abdullah", "Maduro and Ali shook
        # hands at the start of the face-to-face meeting": talks told by a moment of them, under
        # way, not a reference to talks told elsewhere
        status = _STATUS_OCCURRED
        background = anaphoric = False
    if is_noun and status is None:
        if not anaphoric:
            return []
        status = _STATUS_UNKNOWN
    if is_noun and status is _STATUS_OCCURRED and _months_ago_opening(doc, sentence) >= 2:
        return []  # "In December, Orban blocked ..." in a July article: background
    if _old_year_opening(doc, sentence, start):
        # "When Spain backed the plan in March 2022, Algiers recalled its envoy": that year's
        return []
    if _after_an_old_sentence(doc, sentence_index):
        # "In April 2023, the two sides freed nearly 900 prisoners ... That swap came weeks
        # after Saudi Arabia and Iran ... restored diplomatic ties in a deal brokered by China"
        return []
    if (
        text.find(" which ", max(sentence.start, start - 60), start) >= 0  # (the literal first)
        and (old := _OLD_PACT_WHICH_BEFORE.search(text, max(sentence.start, start - 120), start))
        is not None
        and int(old.group(1)) < doc.published.year
        # (not "a 2024 agreement under which the two sides met in Almaty on Jan. 6": an act of
        # its own day)
        and not any(
            d.value is not None
            for d in doc.dates.find(old.end(), sentence.end, doc.published, Tense.PAST)
        )
    ):
        # "builds on a 2023 security agreement under which Baghdad pledged to disarm": the
        # terms of an old pact
        return []
    if (
        is_noun
        and (year := _YEAR_OF_THING_BEFORE.search(text, max(sentence.start, start - 30), start))
        and int(year.group(1)) < doc.published.year
    ):
        # "accusing Haiti of violating a 1929 peace treaty", "the 2015 nuclear deal", "the 2019
        # summit": an earlier year's event named, not told
        return []
    places, topics, parties = _classify(doc, gaz, trigger, sentence, clause, start, end)
    if arrived_here is not None:
        parties, places = arrived_here  # the guest and the host, the place filed from
    visit_to = None
    if background and trigger.mode == "visit" and _DURING_BEFORE.search(lead):
        visit_to = _visit_to_a_place(doc, gaz, sentence, places, start, end)
        if visit_to is not None:
            # "Barrot pledged on Thursday that France would keep 700 soldiers in Lebanon,
            # during a visit to Beirut": the visit the news happens in, by the sentence's
            # subject, not a time reference to one told elsewhere
            background = anaphoric = False
            parties = visit_to
    if "'s " in text[sentence.start : start] or "’s " in text[sentence.start : start]:
        # "Hun Manet's father, ... Hun Sen, accused Thailand": the kin named, not the son
        parties = [
            p
            for p in parties
            if p.participant.kind is not _PARTICIPANT_PERSON
            or not _KIN_AFTER.match(text, p.span[1])
        ]
    if joined is not None:
        # the state that joins and the organisation: "doubling its border with Russia",
        # "Brazil ... announced" name no side of it
        parties = [p for p in parties if p.span[1] <= start or p.span[0] == joined.start]
    if (
        trigger.event_type is _TYPE_CONSULT
        and not is_noun
        and text.find(",", clause[0], start) >= 0
        and (aside := _ASIDE_SPAN.search(text, clause[0], start)) is not None
    ):
        # "Sunak, attending his first G20 summit, held talks with Modi": the gathering of the
        # aside is the talks' setting, not a side of them
        parties = [p for p in parties if not aside.start() <= p.span[0] < aside.end()]
    if (
        text.find(", which", sentence.start, start) >= 0
        and (members := _MEMBERS_ASIDE.search(text, sentence.start, start)) is not None
        and (
            igo_body := next(
                (
                    m
                    for m in doc.mentions_in(
                        max(sentence.start, members.start() - 60), members.start()
                    )
                    if m.kind is _KIND_IGO and m.end == members.start()
                ),
                None,
            )
        )
        is not None
    ):
        # "The Alliance of Sahel States, which groups Mali, Burkina Faso and Niger, expressed
        # its support for Mali": the body acts, its members are no sides of its act
        parties = [
            *_parties_of(doc, gaz, igo_body, sentence),
            *(p for p in parties if not members.start() <= p.span[0] < members.end()),
        ]
    if (
        text.find(",", clause[0], start) >= 0
        and may_hold(doc.lower, clause[0], start, _POST_WORDS)  # (the literal words first)
        and (post := _POST_ASIDE.search(text, clause[0], start))
    ):
        # "Barrack, Washington's ambassador to Turkey and its special envoy for Syria, later
        # met Prime Minister Nawaf Salam": the posts of the subject are no sides of the act
        parties = [p for p in parties if not post.start() <= p.span[0] < post.end()]
    if places:
        lower = doc.lower
        # "talks ..., the first to be held outside Wellington or Canberra": where such talks
        # used to be, not these
        compared = [p for p in places if _held_outside(lower, end, p)]
        # "agreed to form a committee that will meet in Amman": the place of another act;
        # "the first thaw since Ecuadorean police stormed the Mexican embassy in Quito": of an
        # earlier one
        places = [
            p
            for p in places
            if not _OTHER_RELATIVE.search(text, end, p[1][0])
            and not (
                lower.find("since", end, p[1][0]) >= 0  # (the literal first: cheap)
                and (since := _SINCE_AN_ACT.search(text, end, p[1][0])) is not None
                # (the clause ends at a comma: "since ties were severed, at a hotel in ...")
                and "," not in text[since.end() : p[1][0]]
            )
            # "met Panama's president on Wednesday before flying back to Quito"
            and not (
                may_hold(lower, end, p[1][0], _TRIP_WORDS)
                and _ANOTHER_TRIP.search(text, end, p[1][0])
            )
            # "held talks on Wednesday with President Lai Ching-te, who pledged $50 million
            # for a solar farm near Manzini": the place of what a person's relative clause tells
            and not _in_relative_after(text, end, p[1][0], pledges_only=True)
            # "during a visit by Israeli Foreign Minister Gideon Saar, who said President Javier
            # Milei would travel to Jerusalem in May": the place of what the person said
            and not (
                (said := _WHO_SAID.search(text, end, p[1][0])) is not None
                # (inside the clause: not "met Amorim, who said ..., in Beijing")
                and "," not in text[said.end() : p[1][0]]
            )
            # "pledged 300 million crowns in humanitarian aid for Syria next year, most of it
            # for water and health projects in Aleppo": where the money goes, not where it was
            # pledged
            and not (trigger is _MONEY_PLEDGE and _FOR_WORD.search(text, end, p[1][0]) is not None)
            # "signed a joint declaration on a 'strategic partnership' covering energy security
            # ... and the rebuilding of schools in the Chernihiv region": a place of the topics
            and not (
                (
                    lower.find("covering", end, p[1][0]) >= 0
                    or lower.find("including", end, p[1][0]) >= 0
                )
                and _TOPICS_LIST_BEFORE.search(lower, end, p[1][0]) is not None
                # (not the signing's own place and day: "covering the export of crude oil in
                # Baghdad on Thursday")
                and _DAY_RIGHT_AFTER_PLACE.match(text, p[1][1]) is None
            )
        ]
        if compared:
            # (what is left is read among the sides' states: "held talks in Queenstown ..., the
            # first to be held outside Wellington or Canberra" by Australia and New Zealand is
            # not South Africa's Queenstown)
            side_states = {p.participant.country_code for p in parties}
            places = [p for p in places if p not in compared and p[0].country_code in side_states]
    if places and trigger.event_type is _TYPE_REQUEST:
        # "urged Myanmar to create conditions for the return of refugees sheltering in camps
        # in Cox's Bazar": the place of what is asked, not of the appeal
        # ... nor the place of someone it names: "asked New Delhi to ensure that Hasina, who
        # has been living in India since ..."
        places = [
            p
            for p in places
            if not _in_what_is_asked(text, end, p[1][0])
            and not _in_relative_after(text, end, p[1][0])
        ]
    if len(places) > 1 and any(p[1][0] > end for p in places):
        # "signed a ceasefire agreement in Doha on Thursday, the latest attempt to end fighting
        # that has displaced ... people in eastern Congo": a place of the apposition's words
        kept = [
            p
            for p in places
            if p[1][0] < end or _WHAT_IT_IS_AFTER.search(text, end, p[1][0]) is None
        ]
        if kept:
            places = kept
    if len(places) > 1 and any(p[1][0] > end for p in places):
        # "X protested in Haifa, and Herzog met Sisi in Cairo": the place of the clause before
        # "and" is not the meeting's when the meeting's own clause names one
        places = [p for p in places if p[1][1] > start or ", and " not in text[p[1][1] : start]]
    if not parties and any(n.org_name for n in _names(doc, sentence, clause)):
        return []  # "Kenya Airways and Air Tanzania signed ...": companies' event, not states'
    if (
        trigger.event_type is _TYPE_AGREE
        and not any(p.span[1] <= start for p in parties)
        and any(n.org_name and n.mention.start < start for n in _names(doc, sentence, clause))
    ):
        return []  # "Vietnam Airlines is expected to sign a deal ... during Biden's visit"
    if parties and facts.flag("absence") and trigger.check != "ceremony_host":
        # (no parties: no clause pass for the flag; a boycott is a refusal of its own)
        parties = []  # "Tshisekedi did not attend": not a party
    if background or (
        anaphoric
        and not facts.flag("participation")
        # "The leaders of Japan, China and South Korea held their first trilateral summit": a
        # subject that names its parties holds its own event ("The committee will hold its first
        # meeting" is the committee's of the event before)
        and not (
            _HOLD_THEIR_BEFORE.search(lead) is not None and any(p.span[1] <= start for p in parties)
        )
        # "Albanese and Adeang signed the Nauru-Australia Treaty": the signers are its parties
        and not (
            trigger.event_type is _TYPE_AGREE
            and any(p.span[1] <= start for p in parties)
            and _SIGNED_THE_BEFORE.search(text, max(clause[0], start - 60), start) is not None
        )
    ):
        parties = []  # "Lavrov hopes the talks ...": the speaker is not thereby a party
    if coordinated is not None or (
        (
            _ADJUNCT_BREAK.search(text, max(sentence.start, clause[0] - 12), clause[0])
            or _BUT_BREAK.search(text, max(sentence.start, clause[0] - 6), clause[0])
        )
        and (
            not text[clause[0] : start].strip()
            # "..., before flying to Nuku'alofa for talks with ...": the traveller's
            or _TRAVEL_GERUND_LEAD.fullmatch(text, clause[0], start) is not None
            # "..., after two days of Qatari-mediated talks in Doha": the talks' sides
            or (
                is_noun
                and trigger.mode in ("talks", "negotiation", "mediation")
                and _TALKS_SPAN_LEAD.fullmatch(text, clause[0], start) is not None
                # (not a report's: "New Delhi announced that the two sides had reached an
                # agreement ... after weeks of negotiations")
                and _REPORT_VERB.search(text, sentence.start, clause[0]) is None
            )
        )
    ):
        # "Fidan spoke ... after meeting X": the meeting's subject is the main clause's.
        main = _main_subject(doc, gaz, sentence, clause)
        if text[clause[0] : start].strip():
            # (in a journey's adjunct, not a place the traveller was: "Kishida was in
            # Washington on Wednesday before heading to Ottawa for talks")
            main = [
                p
                for p in main
                if _LOCATIVE_BEFORE.search(text, max(sentence.start, p.span[0] - 30), p.span[0])
                is None
            ]
        parties = main + parties
        if (
            is_noun
            and trigger.event_type is _TYPE_CONSULT
            and coordinated is None
            and _SIGNED_MAIN_VERB.search(text, sentence.start, clause[0]) is not None
            and _OWN_PARTNER_AFTER.match(text, end) is None
        ):
            # "Peters signed the arrangement with his Solomon Islands counterpart Peter
            # Agovaka ... after talks": the talks were the two signers' (not "spoke with
            # Zelenskiy ... after talks with Putin": talks with a partner of their own)
            parties = _main_partner(doc, sentence, clause) + parties
    elif (
        not background
        and not anaphoric
        and text[max(sentence.start, start - 2) : start] == ", "
        and not facts.flag("absence")
        and not any(p.span[1] <= start for p in parties)
        and _RELATIVE_OPENS.search(text, sentence.start, start - 2)
    ):
        # "Uganda, whose troops have fought the ADF inside Congo since 2021, pledged on
        # Wednesday to send two more battalions": the subject before the relative clause
        parties = _main_subject(doc, gaz, sentence, clause)[:1] + parties
    if (
        trigger.mode == "invitation"
        and not is_noun
        and (pronoun := _PRONOUN_GUEST.match(text, end)) is not None
        and (hosts := [p for p in parties if p.span[1] <= start][:1])
        # (the host's own capital after it is the visit's place: "to visit Tegucigalpa")
        and not any(
            p.span[0] >= end and p.participant.country_code != hosts[0].participant.country_code
            for p in parties
        )
    ):
        # "Castro invited him to visit Tegucigalpa": the guest is the foreign person named
        # last before the verb, the host aside
        named = _guest_named_before(doc, sentence_index, start, hosts[0])
        if named is not None:
            parties = [*parties, _Party(named.name, _person_participant(named), pronoun.span(1))]
    if trigger.mode == "invitation" and not (
        # "Erdogan invited Mitsotakis to Ankara": an invitation of its own, by a named host
        # to a named guest; "X has been invited", "an invitation to Iran": attendance news
        not is_noun
        and not _PASSIVE_BEFORE.search(text, max(sentence.start, start - 16), start)
        and (
            any(p.span[1] <= start for p in parties)
            or _PRONOUN_SUBJECT.match(text, clause[0], start) is not None
        )
        and any(p.span[0] >= end for p in parties)
    ):
        if not is_noun:
            status = _verb_status(
                facts, doc, sentence, trigger, hit.form, status_clause, start, end, invited
            )
            if status is None:
                return []
        return _invitation(doc, sentence, sentence_index, clause, hit, parties)
    source: str | None = None
    if (
        not parties
        and trigger.event_type in (_TYPE_AGREE, _TYPE_CONSULT, _TYPE_COOPERATE)
        and _COLLECTIVE_SUBJECT.search(text, max(clause[0], start - 48), start)
    ):
        parties = _previous_sides(doc, gaz, sentence_index)  # "The two ministers agreed to"
    elif (
        not parties
        and not is_noun  # ("bringing the two leaders together for talks": the talks told)
        and trigger.event_type is _TYPE_CONSULT
        and (collective := _COLLECTIVE_IN_SENTENCE.search(text, sentence.start, start))
        # (not "Both armies reported casualties, and aid agencies will meet": another subject)
        and _ANOTHER_CLAUSE.search(text, collective.end(), start) is None
    ):
        # "The two ministers agreed to form a joint security committee that will meet in Amman",
        # "Both sides will take the matter to their joint boundary commission, which is due to
        # meet": the meeting of the sides told before
        parties = _previous_sides(doc, gaz, sentence_index)
    elif (
        trigger.event_type in _STATEMENT_TYPES
        and parties  # aimed at someone: "praised the organisers" takes no sides
        and not any(p.span[1] <= start for p in parties)
        and _COLLECTIVE_SUBJECT.search(text, max(clause[0], start - 48), start)
    ):
        # "The two ministers also condemned North Korea's launch": the speakers are the sides
        sides = _previous_sides(doc, gaz, sentence_index)
        side_keys = {side.key for side in sides}
        parties = sides + [p for p in parties if p.key not in side_keys]
    if (
        (
            _PRONOUN_SUBJECT.match(text, clause[0], start)
            if trigger.source_first
            else not is_noun
            and not any(p.span[1] <= start for p in parties)
            and _PRONOUN_ACTOR.match(text, clause[0], start)
        )
        or (
            # "Kyiv, where on Tuesday he met Zelenskyy": the person named before
            not is_noun and _RELATIVE_PRONOUN_BEFORE.search(text, max(clause[0], start - 40), start)
        )
        or (
            # "She pledged 300 million Swedish crowns ($28 million) in humanitarian aid": the
            # aid's giver is the pronoun before the verb that pledged its sum
            trigger is _MONEY_PLEDGE
            and not any(p.span[1] <= start for p in parties)
            and (pledged := _MONEY_PLEDGED_BEFORE.search(text, max(clause[0], start - 120), start))
            is not None
            and _PRONOUN_ACTOR.match(text, clause[0], pledged.start()) is not None
        )
        or (
            # "She said she had no intention of withdrawing the asylum, and accused Lima of ...":
            # the second verb of a sentence whose subject is "She"
            trigger.source_first
            and not any(p.span[1] <= start for p in parties)
            and _PRONOUN_OPENS.match(text, sentence.start) is not None
            and _AND_BEFORE.search(text, max(clause[0], start - 12), start) is not None
        )
    ):
        speaker = _previous_person(doc, sentence_index)
        if (
            not is_noun
            and (where := _RELATIVE_PRONOUN_BEFORE.search(text, max(clause[0], start - 40), start))
            and (named_first := doc.person_mentions(sentence.start, where.start()))
        ):
            # "Barrot pledged ... during a visit to Beirut, where he met Aoun": the person this
            # sentence names first, not one of the sentence before
            first_at, first_end, first = named_first[0]
            speaker = _Party(first.name, _person_participant(first), (first_at, first_end))
        if speaker is not None:
            parties = [speaker, *parties]  # "He accused Juba of ...": the person named before
    if (
        trigger.source_first
        and not any(p.span[1] <= start for p in parties)
        and (it := _IT_SUBJECT.match(text, clause[0], start))
    ):
        # "Ecuador's foreign ministry ... . It accused Argentina of ...": the state the
        # sentence before opens with
        state = _previous_state(doc, gaz, sentence_index)
        institution = it.group("institution")
        home = doc.dateline_country
        if (
            state is None
            and institution is not None
            and hit.form.startswith(_SUMMONS_FORMS)
            and doc.dateline is not None
            and home is not None
            and home in gaz.country_names
        ):
            # "KATIMA MULILO (NAMPA) - ... The Ministry of International Relations and Trade
            # summoned Botswana's High Commissioner": no state in the sentence before, the
            # institution of the state the story is filed from summons another's envoy (not
            # "The ministry urged Malawians to boil water": its own people)
            state = _state_party(gaz, home, it.span("institution"))
        if state is not None and (
            institution is None
            # ... and "The ministry", only the one of the state the story is filed from
            # ("BERLIN - Germany ordered ... The ministry summoned Iran's ambassador") or one
            # the sentence before names ("China's Foreign Ministry announced ... The ministry
            # also accused"; not "Zelensky visited Chisinau. The foreign ministry summoned")
            or state.participant.country_code == doc.dateline_country
            or (
                sentence_index > 0
                and institution.rsplit(None, 1)[-1].lower()
                in doc.sentences[sentence_index - 1].text.lower()
            )
        ):
            parties = [state, *(p for p in parties if p.key != state.key)]
    if (
        trigger.mode == "visit"
        and not any(p.span[1] <= start for p in parties)
        and _DELEGATION_BEFORE.search(text, max(sentence.start, start - 60), start)
    ):
        # "He also said a high-level delegation would soon travel to Kabul": the speaker's
        sender = _speaker(doc, sentence, sentence_index, start)
        if sender is not None:
            parties = [sender, *parties]
    if trigger.event_type is _TYPE_THREATEN:
        parties = parties + _force_object(doc, gaz, clause, end, parties)
    if trigger.event_type in _STATEMENT_TYPES and (group := _NUMBERED_GROUP_AFTER.match(text, end)):
        # "Ethiopia's foreign ministry accused the three governments on Sunday of ...": the
        # states an earlier sentence names as so many
        # (each told by the group's words, where the act names its object)
        parties = parties + [
            _Party(member.key, member.participant, group.span("group"))
            for member in _numbered_group(
                doc, gaz, sentence_index, parse_single(group.group("count")) or 0, parties
            )
        ]
    if hit.form in _LEFT_FOR and not any(
        p.span[1] <= start and p.participant.kind is _PARTICIPANT_PERSON for p in parties
    ):
        return []  # "Millions of Syrians left for Turkey", "a ship ... left for Port Sudan"
    if hit.form in _REVOKED and (
        not _REVOKED_ACCORD.match(text, end)
        or _COURT_BEFORE.search(text, max(clause[0], start - 40), start)
    ):
        return []  # "revoked the licence", "the High Court annulled the agreement": no accord undone
    passive_recall = hit.form.endswith(" recalled")  # only the passive recall's forms end so
    if passive_recall and (
        _NO_PROTEST_RECALL.match(text, end)
        or _FORMER_BEFORE.search(text, max(clause[0], start - 60), start)
    ):
        return []  # "was recalled to testify", "for medical reasons"; "the former ambassador"
    summons = (
        _given_time_to_leave(doc, gaz, sentence, clause, start, end, parties)
        if trigger.check == "given_time_to_leave"
        else _passive_summons(doc, gaz, clause, start, end, parties)
        if trigger.event_type is _TYPE_ACCUSE
        and hit.form.startswith(_SUMMONS_FORMS)
        and _PASSIVE_BEFORE.search(text, max(clause[0], start - 16), start)
        else _passive_recall(doc, gaz, clause, start, end, parties)
        if passive_recall
        else None
    )
    if (passive_recall or trigger.check == "given_time_to_leave") and summons is None:
        return []  # "was recalled", "had 72 hours to leave" with no envoy's state to tell
    if (
        trigger.event_type is _TYPE_RETREAT
        and not any(p.span[1] <= start for p in parties)
        and _SAID_IT_BEFORE.search(text, max(sentence.start, start - 70), start)
    ):
        # "Denmark said on Thursday that it would bring its troops home from Mali": the
        # speaker's own withdrawal
        speaker = _sentence_subject(doc, gaz, sentence, start)
        if speaker is not None and speaker.key not in {p.key for p in parties}:
            parties = [speaker, *parties]
    if summons is not None:
        source, parties = summons
    elif trigger.event_type in _DIRECTED_TYPES:
        attacker = (
            _attacker(doc, gaz, start)
            if trigger.event_type is _TYPE_ACCUSE and _ATTACK_OBJECT.match(text, end)
            # "ECOWAS condemned the expulsion on Saturday": who expelled, told just before
            else _act_author(doc, gaz, sentence_index, start, end)
            if trigger.event_type is _TYPE_ACCUSE and text.startswith(_CONDEMNING, start)
            else _unanswered_author(doc, gaz, sentence, sentence_index, start)
            if trigger.event_type is _TYPE_THREATEN and hit.form.endswith(_UNANSWERED)
            else _previous_speaker(doc, gaz, sentence_index)
            if trigger.event_type is _TYPE_REJECT and _SAID_OBJECT.search(hit.form)
            else None
        )
        pronoun = _PRONOUN_OBJECT.match(text, end)
        if pronoun is not None and trigger.event_type is _TYPE_ACCUSE:
            # "accused her of undermining efforts": the foreign person named just before
            accuser = [p for p in parties if p.span[1] <= start][:1] or [
                p for p in (_sentence_subject(doc, gaz, sentence, start),) if p is not None
            ]
            named = _pronoun_person(doc, sentence_index, start, accuser)
            if named is not None:
                parties = [
                    *parties,
                    _Party(named.name, _person_participant(named), pronoun.span(1)),
                ]
        elif (
            hit.form in _CHARACTERISING
            and trigger.event_type is _TYPE_ACCUSE
            and not any(p.span[0] >= end for p in parties)
        ):
            # "described the blasts as 'a criminal Israeli aggression'", "called the decision
            # 'another Russian provocation'": the state the words blame, named in them
            blamers = {p.participant.country_code for p in parties}
            words = _characterisation(text, end, sentence.end)
            blamed = next(
                (
                    m
                    for m in (doc.mentions_in(*words) if words is not None else ())
                    if m.kind in (_KIND_ADJECTIVE, _KIND_COUNTRY)
                    and m.code not in blamers
                    # (the victims named inside the words are not the blamed: "as the killing
                    # of Israeli hostages")
                    and _HARM_OF_BEFORE.search(text, max(end, m.start - 40), m.start) is None
                ),
                None,
            )
            if blamed is not None:
                parties = [*parties, _state_party(gaz, blamed.code, (blamed.start, blamed.end))]
                # (the words are the clause's, past an "as" that ends it)
                clause = (clause[0], max(clause[1], blamed.end))
        elif (
            trigger.event_type is _TYPE_ACCUSE
            and (it := _IT_OBJECT.match(text, end, sentence.end))
            and _AND_BEFORE.search(text, max(sentence.start, start - 12), start)
        ):
            # "demanded an explanation from Australia and accused it of an 'unfriendly' act":
            # "it" is the state named last before, when it is not the accuser's own (a verb
            # coordinated with "and", told as the first one is: not ", accusing it of ...",
            # which tells the reason of an act dated before)
            before = [p for p in parties if p.span[1] <= start]
            if len(before) >= 2 and before[-1].participant.kind is _PARTICIPANT_STATE:
                accusers = {p.participant.country_code for p in before[:-1]}
                if before[-1].participant.country_code not in accusers:
                    target = before[-1]
                    parties = [
                        *(p for p in parties if p is not target),
                        _Party(target.key, target.participant, it.span(1)),
                    ]
        if (
            clause[0] > sentence.start
            and not any(p.span[1] <= start for p in parties)
            and any(p.span[0] >= end for p in parties)  # aimed at someone the clause names
            and (
                _AND_BEFORE.search(text, max(clause[0], start - 12), start)
                # 'condemned the visit as "a provocation," warning that ...': a participle
                # after the quotation has the sentence's subject
                or (
                    hit.form.endswith(("ing", "ing that"))
                    and _QUOTE_COMMA_BEFORE.search(text, max(clause[0], start - 6), start)
                    is not None
                )
            )
        ):
            # "The Russian foreign ministry dismissed the accusations as 'fantasies' and
            # accused Brussels of ...": the second verb's subject is the sentence's
            opener = _sentence_subject(doc, gaz, sentence, clause[0])
            if opener is not None:
                parties = [opener, *parties]
        home = doc.dateline_country
        ministry = (
            _MINISTRY_SUBJECT.search(text, max(sentence.start, start - 60), start)
            if (trigger.source_first or trigger.event_type is _TYPE_REJECT)
            and not any(p.span[1] <= start for p in parties)
            and (
                any(p.span[0] >= end for p in parties)
                # (or another's act rejected, whose author an earlier sentence names: "dismissed
                # the protest")
                or (
                    trigger.event_type is _TYPE_REJECT
                    and _REJECTED_ACT_AFTER.match(text, end, sentence.end) is not None
                )
            )
            else None
        )
        capital = (
            next(
                (
                    m
                    for m in doc.mentions_in(sentence.start, ministry.start())
                    if m.kind is _KIND_METONYM
                    and m.code is not None
                    and _FRONTED_CAPITAL_AFTER.match(text, m.end, ministry.start())
                ),
                None,
            )
            if ministry is not None and text.startswith("In ", sentence.start)
            else None
        )
        if capital is not None and capital.code is not None:
            # "In Ankara, the foreign ministry summoned the Dutch charge d'affaires": the
            # ministry of the capital it is in (wherever the story is filed from)
            parties = [
                _state_party(gaz, capital.code, (capital.start, capital.end)),
                *(p for p in parties if p.participant.country_code != capital.code),
            ]
        elif (
            ministry is not None
            and home is not None
            and doc.dateline is not None
            and home in gaz.country_names
            # (a foreign ministry called a department only where it is one: not "The
            # Department of Foreign Affairs summoned ..." under a Washington dateline)
            and (ministry.group("department") is None or home in _DEPARTMENT_STATES)
        ):
            # "LONDON - The Foreign Office summoned Iran's charge d'affaires": the ministry of
            # the state the story is filed from
            # ("Iran's charge d'affaires in London" names the post, not another party)
            parties = [
                _state_party(gaz, home, doc.dateline),
                *(p for p in parties if p.participant.country_code != home),
            ]
        if (
            trigger.event_type is _TYPE_THREATEN
            and "reciprocal" in hit.form
            and _FRIENDLY_RECIPROCITY_AFTER.match(text, end, min(sentence.end, end + 120))
        ):
            return []  # "would take 'reciprocal measures' to ease entry for Chinese tourists"
        if (
            trigger.event_type is _TYPE_REQUEST
            and doc.dateline_country is not None
            and (government := _THE_GOVERNMENT_AFTER.match(text, end)) is not None
            and not any(p.span[0] >= end for p in parties)
            and any(p.span[1] <= start and p.participant.country_code in IGO_CODES for p in parties)
        ):
            # "The head of UNMISS, Anita Kiki Gbeho, called on the government to deploy forces"
            # under a Juba dateline: the government of the state the story is filed from
            parties = [
                *parties,
                _state_party(gaz, doc.dateline_country, government.span(1)),
            ]
        if trigger.event_type is _TYPE_THREATEN and _ANSWERED_ACT_FORM.search(hit.form):
            answered = _answered_act(doc, gaz, sentence, clause, start, parties)
            if answered is not None:
                parties, attacker = answered
        if trigger.event_type is _TYPE_THREATEN and text.startswith(" ", end):
            parties = _possessor_of_the_threatened(doc, gaz, clause, end, parties)
        directed = _directed(text, trigger, clause, start, end, parties, attacker, sentence.start)
        if (
            directed is None
            and trigger.event_type is _TYPE_ACCUSE
            and text.startswith(_CRITICISING, start)
            and not any(p.span[0] >= end for p in parties)
            and (sources := [p for p in parties if p.span[1] <= start])
            and _BARE_EVENT_OBJECT_AFTER.match(text, end, sentence.end)
        ):
            # "Israel's foreign ministry criticised the move on Sunday": aimed at the sides of
            # the story's main agreement or talks (``_add_endorsed_sides``; with none, no event)
            directed = (sources[0].key, sources[:1])
            awaits_sides = True
        if (
            directed is None
            and trigger.event_type is _TYPE_THREATEN
            and hit.form in _PLAIN_WARNING
            # (not "the embassy had been warned twice this year")
            and not _PASSIVE_BEFORE.search(text, max(sentence.start, start - 16), start)
            and (counterpart := _story_counterpart(doc, gaz, parties, start, end, sentence.end))
            is not None
        ):
            # "Sheinbaum warned that Mexico would reconsider intelligence sharing" in a story of
            # Mexico's row with the United States: aimed at the story's other side
            speakers = [p for p in parties if p.span[1] <= start]
            parties = [*parties, counterpart]
            directed = (speakers[0].key, [*speakers, counterpart])
        if trigger.check == "ceremony_host" and directed is not None:
            # "South Korea will not attend this year's memorial ceremony ... in Japan": the
            # boycott is aimed at the state the ceremony is held in or belongs to (a state's:
            # not "Modi will not attend the inauguration ceremony", a leader's absence)
            boycotter = [p for p in parties if p.span[1] <= start][-1:]
            if (
                not boycotter
                or boycotter[0].participant.kind is _PARTICIPANT_PERSON
                # (the state itself right before the verb, or "said it": not "South Korea's Lee
                # to skip")
                or not _BOYCOTTER_BETWEEN.fullmatch(text, boycotter[0].span[1], start)
            ):
                return []
            named_codes = {p.participant.country_code for p in directed[1]}
            host = next(
                (
                    _state_party(gaz, m.code, (m.start, m.end))
                    for m in doc.mentions_in(end, _ceremony_end(text, end, clause[1]))
                    if m.kind in (_KIND_COUNTRY, _KIND_ADJECTIVE, _KIND_METONYM)
                    and m.code not in named_codes
                ),
                None,
            )
            if host is None and len(named_codes) < 2:
                return []
            if host is not None and len(named_codes) < 2:
                directed = (directed[0], [*directed[1], host])
        if directed is None:
            # "The two leaders also issued a joint statement urging North Korea to ...": the
            # sides are the pair told before (added with the mention's referred parties)
            both = (
                _BOTH_SIDES.search(text, sentence.start, start)
                if trigger.event_type in _PAIR_SPEAKER_TYPES
                and text.find("two", sentence.start, start) >= 0
                else None
            )
            # (the one urged, right after the verb: not "urging restraint over North Korea's")
            aimed = [
                p
                for p in parties
                if end <= p.span[0] <= end + 5
                and not _POSSESSIVE_AFTER.match(text[p.span[1] : p.span[1] + 3])
            ][:1]
            members_body = (
                _body_of_its_members(doc, gaz, sentence, start)
                if aimed and both is None and trigger.event_type in _PAIR_SPEAKER_TYPES
                else None
            )
            if members_body is not None:
                # "The heads of government, who opened their meeting ..., also called on the
                # United States": the members of the body whose meeting the story tells
                parties = [members_body, *parties]
                directed = (members_body.key, [members_body, *aimed])
            elif not aimed or (
                (
                    both is None
                    or (
                        both.start() > sentence.start + 4
                        # ("In a joint statement, the two leaders called on North Korea to")
                        and not _OPENING_ADJUNCT.fullmatch(text, sentence.start, both.start())
                    )
                )
                # ("The two leaders invited Nigeria and Cameroon ... They also called on the
                # European Union to delay ...": the pair, the subject again)
                and not (
                    trigger.event_type in _PAIR_SPEAKER_TYPES
                    and _pair_told_before(doc, sentence_index, start)
                )
            ):
                return []
            else:
                directed = (None, aimed)
        source, parties = directed
        if envoy_state is not None and not any(
            p.participant.country_code == envoy_state.key for p in parties
        ):
            # "he had recalled Chile's ambassador to Israel": the envoy's state recalls
            parties = [envoy_state, *parties]
            source = source or envoy_state.key
        if (
            trigger.event_type is _TYPE_SUPPORT
            and _sports_story(doc)
            and not {p.participant.country_code for p in parties if p.span[0] >= end}
            - {p.participant.country_code for p in parties if p.span[1] <= start}
        ):
            return []  # "Milei hailed the victory" in a rugby report: praise of a team
    if (
        hit.form.startswith(("visit", "met", "meet", "travel", "flew", "fly", "flies", "head"))
        and trigger.event_type is _TYPE_CONSULT
        and _SITE_VISITED.match(text, end, sentence.end)
        # (the sides named up to the visit's clause end: "who visited the wounded in hospital,
        # threatened to pull troops out of the Multinational Joint Task Force" has one)
        and len(_codes_before(parties, _visit_clause_end(text, end, sentence.end))) < 2
    ):
        # "Modi visited the crash site and met the survivor": a visit to a scene and a meeting
        # with victims, not with another state (joined to another visit, they gave its state a
        # side; "visited the wounded in hospital in Lviv with Polish President Duda" is one)
        return []
    if trigger.event_type is _TYPE_AID and parties and parties[0].span[1] <= start:
        # the donor: aid from China and aid from India landing in Yangon the same day are two
        # acts (``_other_actor``)
        source = parties[0].key
    if trigger.event_type is _TYPE_AGREE:
        witnessed = _WITNESSED_BY.search(text, end, clause[1])
        if witnessed is not None:
            # "The agreement was signed by the two companies' chiefs and witnessed by Transport
            # Minister Anthony Loke, who is leading a Malaysian delegation", "signed the
            # declaration ... in front of leaders from more than 20 countries, among them ...":
            # witnesses and what the sentence says of them are no side of the agreement
            signers = [p for p in parties if p.span[0] < witnessed.start()]
            if signers or not _BOTH_COUNTRIES.search(text, clause[0], witnessed.start()):
                # (but "Ministers from both countries signed seven agreements, witnessed by
                # Modi and Dissanayake": the witnesses name the countries)
                parties = signers
        else:
            witnessed = _WITNESSED_BY.search(text, clause[0], start)
            if witnessed is not None and is_noun:
                # "signed two protocols ... in the presence of Clinton, Lavrov ... and Calmy-Rey,
                # whose government had brokered the deal": the deal named after the witnesses
                # is the signers' too
                parties = [p for p in parties if p.span[0] < witnessed.start() or p.span[0] >= end]
        parties = parties + _brokers(doc, gaz, sentence)
    if status is None:  # a verb's, not read yet (a noun's is never None here)
        status = _verb_status(
            facts, doc, sentence, trigger, hit.form, status_clause, start, end, invited
        )
        if status is None:
            return []
    # The dates are read last: a mention dropped above (an invitation, a statement aimed at
    # no one) never needs them.
    future_word = (
        _future_word(
            compiled.future_lower if windows is _ON_LOWER else compiled.future,
            subject,
            clause,
        )
        if trigger is not _MONEY_PLEDGE  # a pledge is dated as made, whatever else will happen
        and facts.may_match(compiled.future_guard)
        else None
    )
    future = (
        status is _STATUS_SCHEDULED
        or (
            future_word is not None
            # (an act told as done is dated in the past, whatever the clause says will follow:
            # "sent a protest note to Croatia on Wednesday over Zagreb's plan to store waste",
            # "spoke by phone on Tuesday night and agreed that officials would meet next week")
            and not (
                status is _STATUS_OCCURRED
                and not is_noun
                and trigger.mode
                != "invitation"  # ("invited X to a summit on Saturday": the summit's)
                and future_word.start() > end
                and _DAY_RIGHT_AFTER.match(text, end, future_word.start()) is not None
                # (not when what will follow has its own day: "met Guelleh in Djibouti on
                # Thursday and will travel to Asmara on Saturday", two events)
                and not doc.dates.find(future_word.start(), clause[1], doc.published, Tense.PAST)
            )
            # (the same exceptions as the status's: "signed a treaty on Thursday that will
            # allow ..." is last Thursday's, and so is "said Thursday it will terminate")
            and not (
                status is _STATUS_OCCURRED and _announced_sanction(trigger, text, clause[0], start)
            )
            and not _future_of_what_was_done(text, start, end, future_word.start())
            and not _attributive_future(text, start, end, future_word.start())
            # "said on Tuesday that Israel will pay the price": the warning's own words are in the
            # future, its day is the one it was given (as for its status), and so are those quoted
            # before its verb ('"..., Malaysia will act," Mohamad warned on Wednesday')
            and not (
                trigger.event_type is _TYPE_THREATEN
                and (
                    future_word.start() >= start
                    or _QUOTE_THEN_SPEAKER.search(text, max(0, start - 60), start) is not None
                )
            )
            # ("..., Orpo said on Thursday, accusing Moscow": the report's tense, as for the status)
            and not _participle_of_the_report(text, start, end, future_word.end())
            # (what something provides, as for the status)
            and not _provided_future(text, clause[0], future_word.start(), future_word.end(), start)
            # (a relative clause's future after an act told as done: "On Tuesday, Ruto spoke by
            # phone with Anwar Ibrahim, who is due to visit Kenya later this year"; or an act told
            # done in a relative clause before the main clause's future: "Rahman, who arrived in
            # Colombo on Monday night, also met ... and is scheduled to address a business forum")
            and not (
                status is _STATUS_OCCURRED
                and not is_noun
                and future_word.start() > end
                and (
                    _RELATIVE_OPENS_BEFORE.search(
                        text, max(end, future_word.start() - 24), future_word.start()
                    )
                    is not None
                    or (
                        _RELATIVE_OPENS_BEFORE.search(text, max(clause[0], start - 30), start)
                        is not None
                        and "," in text[end : future_word.start()]
                    )
                )
            )
            # (a future word well after an act told as done is another's, as for the status: "On
            # Wednesday, the navy released six fishermen, in what he described as a goodwill
            # gesture ahead of the signing")
            and not (
                status is _STATUS_OCCURRED
                and future_word.start() >= end + 24
                and _ANOTHERS_WORDS_BETWEEN.search(text, end, future_word.start()) is not None
            )
        )
    )
    tense = Tense.FUTURE if future else Tense.PAST
    found = doc.dates.find(clause[0], clause[1], doc.published, tense)
    if visit_to is not None:
        if not found:
            # "pledged on Thursday ..., during a visit to Beirut": the main clause's day
            found = [
                d
                for d in doc.dates.find(sentence.start, start, doc.published, tense)
                if d.value is not None and not _is_report_date(doc, d, sentence, start)
            ][:1]
        # (the visit's own words: up to the next comma)
        comma = text.find(",", end, sentence.end)
        own_end = sentence.end if comma < 0 else comma
        own_time = doc.dates.find(end, own_end, doc.published, tense)
        after = [d for d in found if d.start >= end] or own_time
        if (
            all(d.value is None for d in after or found)
            or any(d.value is None or d.value != found[0].value for d in own_time)
            # "recalling their talks during a visit to Riyadh in May": a time of its own
            or _A_MONTH_OR_YEAR.search(text, end, own_end) is not None
        ):
            # "when Milei called ... 'corrupt' during a visit to Madrid at the weekend", "when it
            # failed to arrest Putin in September 2024 ... during a visit": no day, background
            return []
    if not found and clause[0] > sentence.start:
        # (a day the clause counts from one named before it first: "..., a day after Managua
        # expelled the consul", then the sentence's opening day)
        found = _next_day(doc, sentence, clause, tense) or _opening_date(
            doc, sentence, clause[0], tense
        )
    if (
        not found
        and clause[0] > sentence.start
        and not is_noun
        and _AND_VERB_BEFORE.search(text, max(clause[0], start - 40), start)
    ):
        # "rejected the accusations on Wednesday as 'unfounded' and warned that ...": the
        # second verb of the subject is of the first one's day
        found = [
            d
            for d in doc.dates.find(sentence.start, clause[0], doc.published, tense)
            if d.value is not None
            and not _is_report_date(doc, d, sentence, clause[0])
            # (not the day of a thing the first verb's object names: "dismissed the report
            # published by the Financial Times on Monday")
            and not _PARTICIPLE_OF_A_THING_BEFORE.search(text, max(0, d.start - 60), d.start)
        ][-1:]
    if not found and is_noun:
        found = _relative_date(doc, sentence, end, tense)
    if not found and sentence_index > 1:
        found = _next_day_opening(doc, sentence_index, tense)
    if found:
        # "accused Nazarbayev of meddling in the Oct. 15 vote": the day of a noun's thing, not
        # of the act (unless the noun is the trigger: "the July 8 summit")
        found = [
            d
            for d in found
            if not _attributive_date(text, d, start)
            and not _in_relative_after(text, end, d.start)
            and not _in_participle_aside(text, d, start)
            and not _in_subjects_relative(text, d, start)
        ]
    if is_noun and found:
        # "agreed on Tuesday to reopen the market from Nov. 3, in the first ministerial
        # meeting": the day something agreed starts is not the meeting's
        found = [
            d
            for d in found
            if not (
                d.end <= start
                and _STARTING_BEFORE.search(text, max(0, d.start - 14), d.start)
                # (what was agreed starts then: "agreed ... to reopen the market from Nov. 3";
                # not "Starting Monday, talks ... will take place")
                and text.find(" to ", sentence.start, d.start) >= 0
            )
        ]
    if trigger.event_type is _TYPE_AGREE and not is_noun and found:
        # "agreed to keep the border post open around the clock from Dec. 1": the day what is
        # agreed starts, not the agreement's
        found = [
            d
            for d in found
            if not (
                d.start >= end
                and _STARTING_BEFORE.search(text, max(0, d.start - 14), d.start) is not None
            )
        ]
    if trigger is _MONEY_PLEDGE and found:
        # "pledged 300 million crowns in humanitarian aid for Syria next year": the time the
        # money is for, a span to come, not the day it was pledged
        found = [
            d
            for d in found
            if not (d.start >= end and d.value is None and _NEXT_SPAN.match(d.text) is not None)
        ]
    if trigger.event_type is _TYPE_REQUEST and found:
        # "invited Lula to attend the summit ... on July 8": the day of what is asked
        found = [d for d in found if not _in_what_is_asked(text, end, d.start)]
    own = [
        d
        for d in found
        if not _is_report_date(doc, d, sentence, start)
        # "Japan on Tuesday announced $10 million in aid", "said on Friday it would provide
        # tents": the announcement is the pledge
        or (trigger is _MONEY_PLEDGE and d.end <= start)
    ]
    if (
        status is _STATUS_OCCURRED
        and not _PERFECT_BEFORE.search(text, max(clause[0], start - 16), start)
        and _sentence_may_match(doc, sentence, _OLD_MONTH_GUARD)
        and (
            # ("last year" is a date without a day)
            (all(d.value is None for d in own) and _months_ago_in_clause(doc, clause, end) >= 2)
            or (
                # (the literal words first: most clauses with a month name have no period)
                may_hold(doc.lower, clause[0], min(clause[1], end + 80), _EARLIER_PERIOD_WORDS)
                and _earlier_period_in_clause(
                    doc,
                    clause,
                    start,
                    end,
                    min((d.start for d in own if d.value is not None), default=None),
                )
            )
        )
    ):
        # "in April it expelled Ethiopia's ambassador", "had threatened in October to expel"
        # in a December article, "signed a defence protocol earlier this month": background
        return []
    # A statement's date may be the day it was reported ("accused X on Monday, the ministry
    # said"), but not when the clause gives the act a date of its own: "said on Monday it had
    # expelled two diplomats on Sunday" is Sunday.
    dates = found if trigger.event_type in _DIRECTED_TYPES and not own else own
    if status is _STATUS_CANCELLED and is_noun:
        # "postponed a meeting ... that had been set for Tuesday": dated by the planned day
        planned = _PLANNED_FOR_AFTER.match(text, end, min(sentence.end, end + 120))
        if planned is not None:
            days = doc.dates.find(planned.start(1), planned.end(), doc.published, Tense.FUTURE)
            if days:
                # (a planned week or month with no day dates it to none: "planned for next week")
                dates = [d for d in days if d.value is not None]
    if (
        not found
        and status is _STATUS_OCCURRED
        and _DEPENDENT_CLAUSE_BEFORE.search(text, max(sentence.start, start - 48), start)
        and _old_day_before(doc, sentence, start)
    ):
        # "established relations with China in March 2023 after cutting ties with Taiwan": the
        # act is as old as the clause it follows
        return []
    if not found and status is _STATUS_OCCURRED and _after_an_old_day(doc, sentence, clause):
        # "The bloc imposed sanctions on Niger after soldiers toppled Bazoum on July 26" in a
        # January article: background told by what it followed
        return []
    if (
        not found
        and status is _STATUS_OCCURRED
        and trigger.event_type is _TYPE_SANCTION
        and _PERFECT_BEFORE.search(text, max(clause[0], start - 16), start)
        # (not new ones: "have imposed new sanctions on ... over the 2020 election")
        and not _NEW_ONES.search(text, start, end)
        # (told after the lead: a new listing leads a story, "The European Union has imposed
        # sanctions on eight Iranian officials it holds responsible for ... the 2022 protests")
        and sentence_index > 1
        # (a year of the sanctions' reason: not of a person they name, "a colonel who took
        # part in the 2021 coup")
        and any(
            int(year.group(1)) <= doc.published.year - 2
            for year in _REASON_YEAR.finditer(text, end, sentence.end)
        )
    ):
        # "The European Union and the United States have imposed sanctions on Minsk over its
        # crackdown on protests after the disputed 2020 election": standing sanctions, told
        # as background
        return []
    if (
        (
            (not found and trigger.event_type in _STATEMENT_TYPES)
            # (and a pledge told after the lead: "Egypt has pledged to send troops to the
            # mission"; the dateline's day is the report's; in the lead it is the news)
            or (
                hit.form in _PLEDGED_FORMS
                and sentence_index > 2  # (the lead and the sentence after it tell the news)
                and not [d for d in found if not doc.in_dateline(d.start)]
            )
        )
        and text.find("ha", max(clause[0], start - 24), start) >= 0
        and (aux := _HAS_HAVE_BEFORE.search(text, max(clause[0], start - 24), start))
        # ("told reporters that he had conveyed an invitation": reported speech, the day's act)
        and not (
            aux.group().startswith("had")
            and _REPORTED_BEFORE.search(text, sentence.start, aux.start())
        )
    ):
        # "Burhan's camp has rejected Ruto as a mediator", "Western states have condemned the
        # move": a statement in the perfect with no day is a standing position, not the news
        return []
    if not places and trigger.event_type not in _STATEMENT_TYPES and trigger.mode != "phone_call":
        place = _place_by_reference(doc, gaz, sentence, start, end)
        if place is not None:
            places = [place]
    mention_mode = None  # a mode the trigger's own does not say
    if trigger.event_type is _TYPE_CONSULT and is_noun:
        mediator = _talks_mediator(doc, gaz, start, end)
        if mediator is not None:
            parties = [*parties, mediator]
            mention_mode = "mediation"
        elif _MEDIATED_BY_AFTER.match(text, end):
            # "talks mediated by European Council President Antonio Costa": a body's or a
            # person's mediation (the slots read the mediator)
            mention_mode = "mediation"
    if (
        trigger.event_type is _TYPE_REQUEST
        and _OWN_FEDERAL_GOVERNMENT_AFTER.match(text, end)
        and _REGIONAL_OFFICE_SUBJECT.search(text, max(sentence.start, start - 160), start)
    ):
        # "Kerala Chief Minister Pinarayi Vijayan asked the federal government to bear the
        # cost": a region's request of its own state, no foreign relations
        return []
    if (
        trigger.event_type is _TYPE_REQUEST
        and trigger.mode == "appeal"
        and _CONVEY_AN_INVITATION_AFTER.match(text, end, clause[1])
    ):
        # "Tebboune asked Sangare to convey an invitation to Niger's military ruler": an
        # invitation sent by an envoy
        mention_mode = "invitation"
    if trigger.mode == "invitation" and (
        text[start:end].lower().startswith("accept")
        # ("Simons accepted an invitation to attend celebrations in Georgetown on May 26")
        or _ACCEPTED_AN_BEFORE.search(text, max(sentence.start, start - 20), start) is not None
    ):
        # (from the trigger's start: its form may end with the "to" of "invitation to attend")
        invited_to = _INVITED_TO_AFTER.search(text, start, sentence.end)
        if invited_to is not None:
            # "Carney accepted an invitation from Sheinbaum to attend the opening match ... at
            # Mexico City's Estadio Azteca on June 11": the place and day of what is attended,
            # not of the invitation accepted (told where and when the story is)
            cut = invited_to.start()
            # (up to the end of what is invited to: "... during talks with Wang Yi in Astana
            # on Monday", ", the Kremlin said on Tuesday" are the acceptance's)
            tail = _INVITATION_PHRASE_END.search(text, invited_to.end(), sentence.end)
            resume = tail.start() if tail is not None else sentence.end
            places = [p for p in places if p[1][0] < cut or p[1][0] >= resume]
            dates = [d for d in dates if d.start < cut or d.start >= resume]
    slots = _slots(gaz, text, sentence, places, dates, start, end)
    mentions = [
        _Mention(
            trigger=trigger,
            span=(start, end),
            sentence=sentence,
            sentence_index=sentence_index,
            status=status,
            anaphoric=anaphoric,
            location=place[0] if place else None,
            location_span=place[1] if place else None,
            date=when,
            parties=_dedupe(parties),
            topics=topics,
            source=source,
            mode=mention_mode,
            awaits_sides=awaits_sides,
        )
        for place, when in slots
    ]
    for mention in mentions:  # a date after publication: it has not happened yet
        when = mention.date.value if mention.date else None
        if mention.status is _STATUS_OCCURRED and when is not None and when > doc.published:
            mention.status = _STATUS_SCHEDULED
    if trigger.mode == "phone_call" and not (
        "video" in hit.form
        or "conference" in hit.form
        or text.endswith(("a ", "A "), max(0, start - 2), start)
        # ("held a three-way phone call with Rubio and Cho": one call of three)
        or _JOINT_CALL_BEFORE.search(text, max(0, start - 24), start) is not None
    ):
        # a call has two ends: "telephoned Japarov and Rahmon in turn", "held phone calls with
        # Sheikh Tamim and the Saudi crown prince" are a call with each (the list only: not
        # "spoke to Albanese by phone and thanked Australia, the United States, China"; "held
        # a video call with A and B" is one call of three)
        callees = _CALLEES_END.search(text, end, clause[1])
        limit = callees.start() if callees is not None else clause[1]
        mentions = [part for mention in mentions for part in _separate(mention, limit)]
    elif trigger.event_type is _TYPE_CONSULT and (
        "separately" in hit.form
        # (a literal first: each of the patterns holds the word)
        or (
            doc.lower.find("separate", max(clause[0], start - 32), clause[1]) >= 0
            and (
                _SEPARATE_BEFORE.search(text, max(clause[0], start - 32), start)
                or _SEPARATELY_WITH_AFTER.search(text, end, clause[1])
                or _separately_after_counterparts(text, mentions, end, clause[1])
            )
        )
        # "held a meeting in the morning with Petkovic, and in the afternoon with Bislimi"
        or (
            doc.lower.find("in the afternoon", end, clause[1]) >= 0
            and _TIMES_APART_AFTER.match(text, end, clause[1]) is not None
        )
    ):
        return [part for mention in mentions for part in _separate(mention)]
    if trigger.event_type is _TYPE_AID and hit.form in _AID_TEAMS:
        # "A team of 20 Portuguese firefighters arrived in Valencia": the team's nationality
        # is its donor
        donor = next(
            (
                m
                for m in reversed(doc.mentions_in(max(sentence.start, start - 40), start))
                if m.kind is _KIND_ADJECTIVE
                and m.code is not None
                and _BEFORE_A_TEAM.fullmatch(text, m.end, start) is not None
            ),
            None,
        )
        if donor is not None and donor.code is not None:
            for mention in mentions:
                if not any(
                    p.participant.kind is _PARTICIPANT_STATE and p.span[1] <= start
                    for p in mention.parties
                ) and all(p.participant.country_code != donor.code for p in mention.parties):
                    mention.parties.insert(
                        0, _state_party(gaz, donor.code, (donor.start, donor.end))
                    )
    if trigger.event_type is _TYPE_AID:
        # "Planes from Iraq and Jordan carrying medical supplies landed at Beirut": one
        # delivery by each donor
        mentions = [part for mention in mentions for part in _separate_donors(text, mention)]
    if trigger.event_type is _TYPE_SANCTION and "tariff" in hit.form:
        # "imposing 25 per cent tariffs on most imports from Canada and Mexico and 10 per cent
        # on goods from China": a tariff on each state is its own act
        mentions = [part for mention in mentions for part in _separate(mention)]
    if "retaliat" in hit.form or hit.form.startswith("counter"):
        for mention in mentions:
            mention.retaliation = True
    if trigger is _COURTESY_CALL:
        for mention in mentions:
            mention.separate = True  # a call on a leader is its own meeting, not the talks'
    if trigger is _INVITATION_TO_VISIT and hit.trigger is not trigger:
        for mention in mentions:
            _add_inviting_host(doc, gaz, mention, end)
    if (
        trigger.event_type not in _EVENT_NOUN_TYPES
        and doc.lower.find(" as ", end, sentence.end) >= 0
        and (as_did := _AS_DID_AFTER.search(text, end, sentence.end)) is not None
    ):
        # "The United Arab Emirates welcomed the agreement on Saturday, as did Qatar and
        # Kuwait": the same statement by each state listed
        mentions = [
            *mentions,
            *(part for mention in mentions for part in _did_too(doc, gaz, mention, as_did.end())),
        ]
    return mentions


# Between a state and its boycott: nothing, or its saying so ("South Korea said it will not
# attend")
_BOYCOTTER_BETWEEN = re.compile(
    r"\s*(?:(?:said|says|announced)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?it\s*)?"
)
# Where the words of a boycotted ceremony end: "will skip the Remembrance Day parade in
# Ottawa this year amid a security dispute with India" (not the dispute's state)
_CEREMONY_END = re.compile(r",|\s(?:amid|over|because|after|as|despite|following)\s")


def _ceremony_end(text: str, start: int, end: int) -> int:
    stop = _CEREMONY_END.search(text, start, end)
    return stop.start() if stop else end


# A gathering a visit is made for: "to Brussels for the EU-ASEAN summit"
_FOR_A_GATHERING = re.compile(
    r"\s+(?:on\s+[A-Z]\w+\s+)?for\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:summit|conference"
    r"|meeting|forum|session|assembly|games|ceremony|talks)\b"
)


def _add_inviting_host(doc: Document, gaz: Gazetteer, mention: _Mention, end: int) -> None:
    """The host of the visit an invitation asks for, as its inviter when the sentence names
    no other side: "Tokayev accepted an invitation to pay a state visit to Georgia next year"
    (Georgia invites; "to Berlin": Germany)."""
    if any(p.span[0] >= end for p in mention.parties):
        return
    host = next(
        (
            m
            for m in doc.mentions_in(end, min(mention.sentence.end, end + 40))
            if m.kind in (_KIND_COUNTRY, _KIND_METONYM, _KIND_CITY)
            and doc.text.endswith(("to ", "to the "), 0, m.start)
        ),
        None,
    )
    if host is None or _FOR_A_GATHERING.match(doc.text, host.end, mention.sentence.end):
        return  # (nor a summit's host: "to pay a visit to Addis Ababa for the AU summit")
    if host.kind is _KIND_CITY:
        city = _story_city(doc, gaz, host.code)
        code = city.iso3 if city is not None else None
    else:
        code = host.code
    if code is not None and all(p.participant.country_code != code for p in mention.parties):
        mention.parties.append(_state_party(gaz, code, (host.start, host.end)))


# The others who made the same statement: ", as did Qatar and Kuwait" (a list of its own: "X,
# Y and Z", not one running on into the next clause "..., as did Germany, and Turkey said")
_AS_DID_AFTER = re.compile(r",\s+as\s+did\s+(?:the\s+)?")
_AS_DID_LIST_BETWEEN = re.compile(r"(?:,|\s+and)\s+(?:the\s+)?")
_AS_DID_LIST_END = re.compile(r"\s*(?:[.;:]|,(?!\s+and\b)|$)")


def _did_too(doc: Document, gaz: Gazetteer, mention: _Mention, start: int) -> list[_Mention]:
    """One mention for each state listed from ``start`` ("Qatar and Kuwait", up to the end of
    the list), with the mention's other side, and the listed states taken out of it."""
    text = doc.text
    listed: list[Mention] = []
    at = start
    for named in doc.mentions_in(start, mention.sentence.end):
        if named.kind not in (_KIND_COUNTRY, _KIND_METONYM) or named.code is None:
            break
        if named.start != at and not _AS_DID_LIST_BETWEEN.fullmatch(text, at, named.start):
            break
        listed.append(named)
        at = named.end
    if not listed or not _AS_DID_LIST_END.match(text, at):
        # (the same words said at another time, or a clause of another speaker going on: "as
        # did Russia in 2014 when ...", "as did Japan a day earlier", "..., and Turkey said")
        return []
    subject = {p.participant.country_code for p in mention.parties if p.span[1] <= mention.span[0]}
    targets = {p.participant.country_code for p in mention.parties if p.span[0] >= mention.span[1]}
    codes = {m.code for m in listed} - subject - targets
    if not codes or not subject - {None}:
        return []
    mention.parties = [p for p in mention.parties if p.span[0] < start]
    others = [p for p in mention.parties if p.span[0] >= mention.span[1]]
    parts = []
    for named in listed:
        if named.code not in codes:
            continue
        party = _state_party(gaz, named.code, (named.start, named.end))
        part = copy(mention)
        part.parties = [party, *others]
        part.source = party.key
        part.separate = True
        parts.append(part)
    return parts


_JOINT_CALL_BEFORE = re.compile(
    r"\b(?:three-way|four-way|trilateral|quadrilateral|joint|multilateral|group)\s+$", re.IGNORECASE
)
# "held separate phone calls with A and B", "in separate meetings with": one event per
# counterpart, each with the subject.
_SEPARATE_BEFORE = re.compile(r"\bseparate\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_A_SEPARATE_BEFORE = re.compile(r"\b(?:a|an)\s+separate\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "spoke by phone with A on Friday and, separately, with B": one call each
_SEPARATELY_WITH_AFTER = re.compile(r"\band,?\s+separately,?\s+with\b", re.IGNORECASE)


_SEPARATELY_WORD = re.compile(r"\s*,?\s*separately\b")
# One counterpart in the morning, another in the afternoon or evening, after the trigger
# (the other counterpart named between: not "met both in the morning and flew home in the
# afternoon")
_TIMES_APART_AFTER = re.compile(
    r"[^.;]*?\bin\s+the\s+morning\b[^.;]*?,?\s+and\s+(?:in\s+the\s+(?:afternoon|evening)"
    r"\s+with\b|(?:[A-Z][\w'’.-]*\s+|[a-z]+\s+(?=[A-Z])){1,8}in\s+the\s+(?:afternoon"
    r"|evening)\b)"
)


def _separately_after_counterparts(
    text: str, mentions: list[_Mention], end: int, clause_end: int
) -> bool:
    """ "received Abiy Ahmed and Hassan Sheikh Mohamud separately": the word right after the
    last counterpart named after the trigger."""
    if not mentions:
        return False
    after = [p.span[1] for p in mentions[0].parties if p.span[0] >= end]
    return bool(after) and _SEPARATELY_WORD.match(text, max(after), clause_end) is not None


# What an aid delivery comes in: "Planes from Iraq and Jordan", "aid from China and India"
_DONORS_FROM_BEFORE = re.compile(
    r"\b(?:planes?|aircraft|flights?|trucks?|lorries|convoys?|ships?|aid|supplies|teams?"
    r"|rescuers|shipments?|deliveries|consignments?|relief)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIST_BETWEEN = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
_LIST_LAST = re.compile(r",?\s+and\s+(?:the\s+)?")


def _separate_donors(text: str, mention: _Mention) -> list[_Mention]:
    """One mention per state of a "from A and B" list before an aid trigger, each with the
    parties after the trigger (the recipient)."""
    start = mention.span[0]
    before = [p for p in mention.parties if p.span[1] <= start]
    if len(before) < 2:
        return [mention]
    first = next(
        (
            i
            for i, p in enumerate(before)
            if _DONORS_FROM_BEFORE.search(text, max(0, p.span[0] - 24), p.span[0])
        ),
        None,
    )
    if first is None:
        return [mention]
    donors = [before[first]]
    for party in before[first + 1 :]:
        if not _LIST_BETWEEN.fullmatch(text, donors[-1].span[1], party.span[0]):
            break
        donors.append(party)
    while len(donors) > 1 and not _LIST_LAST.fullmatch(
        text, donors[-2].span[1], donors[-1].span[0]
    ):
        donors.pop()  # a list ends in "and X"
    codes = {p.participant.country_code for p in donors}
    if len(codes) < 2:
        return [mention]
    others = [
        p for p in mention.parties if p not in donors and p.participant.country_code not in codes
    ]
    parts = []
    for donor in donors:
        part = copy(mention)
        part.parties = [donor, *others]
        part.source = donor.key
        part.separate = True
        parts.append(part)
    return parts


_COUNTERPARTS_END = re.compile(
    r"\b(?:about|over|regarding|concerning|to\s+discuss|amid|after)\b|[;:]", re.IGNORECASE
)


# Where the list of those called ends: a coordinated verb ("and thanked", ", and Commission
# President ... said"), a purpose ("to offer assistance"), a topic.
_CALLEES_END = re.compile(
    r",\s+and\b|\s+and\s+(?!the\b|his\b|her\b|its\b|their\b|with\b)[a-z]|\s+to\s+[a-z]|[;:]"
    r"|\b(?:about|over|regarding|concerning|amid|after)\b"
)


def _separate(mention: _Mention, limit: int | None = None) -> list[_Mention]:
    """One mention per counterpart named after the trigger (a person and the state of the
    same country are one counterpart), up to ``limit`` or a topic; the parties before it take
    part in each."""
    start, end = mention.span
    text = mention.sentence.text
    offset = mention.sentence.start
    if limit is None:
        topic = _COUNTERPARTS_END.search(text, end - offset)
        limit = offset + topic.start() if topic else mention.sentence.end
    subject = [p for p in mention.parties if p.span[1] <= start]
    own = {p.participant.country_code for p in subject} - {None}
    groups: dict[str, list[_Party]] = {}
    for party in mention.parties:
        if end <= party.span[0] < limit:
            code = party.participant.country_code or party.key
            if code in own:
                continue  # the subject's own state named again ("into the U.S."): no counterpart
            groups.setdefault(code, []).append(party)
    if not subject or len(groups) < 2:
        return [mention]
    parts = []
    for counterpart in groups.values():
        part = copy(mention)
        part.parties = subject + counterpart
        part.separate = True
        parts.append(part)
    return parts


def _force_object(
    doc: Document, gaz: Gazetteer, clause: tuple[int, int], end: int, parties: list[_Party]
) -> list[_Party]:
    """The state named in the object of "warned that it could strike Azerbaijani border
    posts", as a party (its adjective is no party elsewhere)."""
    force = _FORCE_COMPLEMENT.match(doc.text, end)
    if force is None:
        return []
    known = {p.participant.country_code for p in parties}
    for mention in doc.mentions_in(force.end(), clause[1]):
        if mention.kind in (_KIND_COUNTRY, _KIND_METONYM, _KIND_ADJECTIVE):
            if mention.code in known:
                return []
            return [_state_party(gaz, mention.code, (mention.start, mention.end))]
    return []


# Where an envoy is summoned to, or by whom: the stretch after "was summoned" that names the
# summoning state ("to the Polish foreign ministry", "by Poland", "to the Foreign Office").
_SUMMONED_WHERE_END = re.compile(
    r"\b(?:over|about|regarding|concerning|after|amid|following|because|and|to\s+(?!the\b)\w+"
    r"|in\s+(?:protest|response|connection))\b|[;:,]",
    re.IGNORECASE,
)
# a relative clause of a standing: "Morales, who has expressed support for Castillo, called"
_WHO_HAS_BEFORE = re.compile(r",\s+who\s+has\s+(?:(?:long|also|repeatedly|\w+ly)\s+)?$")
# people hosted, not a visitor: "hosts more than 600,000 refugees"
_HOSTS_PEOPLE_AFTER = re.compile(
    r"\s+(?:(?:more\s+than|about|some|nearly|over|around|at\s+least)\s+)?(?:[\d,.]+\s*"
    r"(?:million\s+|thousand\s+)?)?(?:[\w-]+\s+){0,2}?(?:refugees|migrants|asylum[\s-]seekers"
    r"|displaced)\b"
)
_OF_BEFORE = re.compile(r"\bof\s+$")
# a boycott named as one already under way: "since the boycott began", "a Saudi-led boycott"
# (or one owned and eased: "since the Saudi leadership eased its boycott of Lebanese officials")
# "No date has been set for a third round of talks", "no date was given for the visit"
_NO_DATE_FOR_BEFORE = re.compile(
    r"\b[Nn]o\s+(?:new\s+)?date\s+(?:has|had|have|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:set|fixed"
    r"|announced|given|agreed)\s+for\s+(?:[\w'’-]+\s+){0,5}$"
)
# A reply promised, not force: "would respond at the appropriate time", "in due course",
# "positively", "to the invitation"
_REPLY_IN_TIME_AFTER = re.compile(
    r"[\"”]?\s+(?:positively|favou?rably|in\s+writing"
    r"|(?:at\s+(?:the|an)\s+appropriate\s+time|in\s+due\s+course)[\"”]?"
    r"(?!\s+(?:and\s+(?:place\s+)?)?(?:to|against)\b)"
    r"|(?:[\w\s]{0,30}?\s)?to\s+(?:the|this|that|his|her|its|their)\s+(?:invitation|letter"
    r"|proposal|offer|request|questions?)\b)",
    re.IGNORECASE,
)
# A gerund after "before", "without", "instead of": a condition or an alternative, no act
_BEFORE_DOING_BEFORE = re.compile(r"\b(?:before|without|instead\s+of|rather\s+than)\s+$")
# An agreement only to stay in contact: "agreed to keep 'open channels'", "agreed to stay in
# touch", "agreed to maintain contact" (not "agreed to keep the border post open")
_KEEP_IN_CONTACT_AFTER = re.compile(
    r"\s+(?:to\s+)?(?:keep|stay|remain|maintain)\s+(?:in\s+(?:close\s+)?(?:touch|contact)\b"
    r"|[\"“']?(?:all\s+|the\s+|open\s+|close\s+|regular\s+)*(?:channels?|lines?\s+of\s+"
    r"communication|contacts?|communications?)\b(?:\s+of\s+(?:communication|dialogue))?[\"”']?"
    r"(?:\s+open\b)?[\"”']?"
    r"(?!\s+between\s+their\s+(?:armies|militaries|forces)))",
    re.IGNORECASE,
)
# A body's members told in a relative clause: ", which groups Mali, Burkina Faso and Niger,"
_MEMBERS_ASIDE = re.compile(
    r",\s+which\s+(?:groups|brings\s+together|comprises|includes|unites|links)\s+[^,;]{3,80}"
    r"(?:,\s+[^,;]{3,40}){0,6},"
)
_RUN_BY_SUFFIXES = ("-run", "-owned", "-built", "-made", "-operated", "-flagged")
_FIRMS_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:companies|company|firms|firm|investors|businesses|corporations"
    r"|contractors|banks|lenders|carmakers|automakers|miners)\b"
)
# Its condition (not "even if", "as if", "asking if")
_OFFER_CONDITION = re.compile(
    r"(?<!even\s)(?<!\bas\s)(?<!asking\s)(?<!wondering\s)\b(?:if|provided|providing"
    r"|as\s+long\s+as|on\s+condition)\b"
)
# An offer of what is still to be asked for: "was ready to mediate if both sides asked"
_OFFERED_TO_BEFORE = re.compile(
    r"\b(?:ready|willing|prepared|offer(?:ed|s|ing)?|available)\s+to\s+$", re.IGNORECASE
)
# A part of a plural told before: "negotiations, some of them mediated by ..."
_PLEDGED_FORMS = frozenset({"pledged", "pledged to"})
_SOME_OF_THEM_BEFORE = re.compile(
    r"\b(?:some|many|most|all|several|one|two|three|none|each|both)\s+of\s+(?:them|which|these|those)"
    r"\s+(?:(?:were|was|had\s+been|being)\s+)?$",
    re.IGNORECASE,
)
_CALLED_FOR_BEFORE = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|demand(?:ed|s|ing)?)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
_NAMED_BOYCOTT_BEFORE = re.compile(
    r"(?:\bthe|-led|\b(?:eas|lift|end|relax|soften|drop|scrapp|suspend)(?:ed|s|ing)?\s+"
    r"(?:its|their|his|her|the))\s+$"
)
# a journey to hear a court: "travelled to The Hague to hear the verdict"
_COURT_PURPOSE_AFTER = re.compile(
    r"[^.;,]{0,40}?\bto\s+(?:hear|attend|await)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:verdict|ruling"
    r"|judgm?ent|hearings?|trial|court)\b"
)


def _body_of_states(doc: Document, sentence: Sentence, body: re.Match[str], end: int) -> bool:
    """A joint, bilateral, mixed or intergovernmental body its sentence names two states with
    ("a meeting of the Abyei Joint Oversight Committee in Juba, co-chaired by South Sudan's
    minister and Sudanese envoy ..."; not "the Joint Intelligence Committee", nor the states of
    a clause after it: "..., after China halted coal imports")."""
    if _BODY_OF_STATES_WORDS.search(body.group()) is None or _HOME_JOINT_BODY.search(body.group()):
        return False
    if _OF_TWO_CUES.search(doc.text, sentence.start, sentence.end) is None:
        return False  # (not "Pakistan's army chief chaired ... the Joint Security Committee")
    after = _LATER_CLAUSE.search(doc.text, end, sentence.end)
    stop = after.start() if after is not None else sentence.end
    states = {
        m.code
        for m in doc.mentions_in(sentence.start, stop)
        if m.kind in _PAIR_KINDS and m.code is not None and m.code not in IGO_CODES
    }
    return len(states) >= 2


# What makes a body two states': "co-chaired by", "between", "the two countries'"
_OF_TWO_CUES = re.compile(
    r"\bco-?chaired\b|\bco-?chairs?\b|\bbetween\b|\b(?:two|both)\s+(?:countries|sides|governments"
    r"|neighbou?rs|states)\b"
)
_LATER_CLAUSE = re.compile(r",?\s+(?:after|following|as|when|amid|before|while)\s")
_HOME_JOINT_BODY = re.compile(r"\bJoint\s+(?:Intelligence|Chiefs|Staff|Session|Sitting|Select)\b")
_BODY_OF_STATES_WORDS = re.compile(r"\b(?:Joint|Bilateral|Binational|Mixed|Intergovernmental)\b")
# A state's own council, cabinet or committee after a meeting noun: "meeting of the Higher
# Defence Council"
_HOME_BODY_AFTER = re.compile(
    r"\s+of\s+(?:the|its|his|her|their)\s+(?:[A-Z][\w'’-]*\s+){1,4}?"
    r"(?:Council|Cabinet|Committee|Politburo|Presidium)\b"
)
# an act named as what efforts or a bid aim at: "efforts to normalise relations"
_EFFORTS_TO_BEFORE = re.compile(
    r"\b(?:efforts?|bids?|attempts?)\s+to\s+$"
    # what a body was made for: "a quartet set up by the regional bloc IGAD to mediate in Sudan"
    r"|\b(?:set\s+up|formed|created|established|mandated|tasked)\s+(?:by\s+[^.;,]{1,60}?\s+)?to\s+$"
)
# Firms telling their own talks: "The companies said they were in talks with", "the
# consortium said it had been in negotiations with"
_FIRMS_SAID_IN_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}(?:companies|firms|company|firm|consortium"
    r"|operator|airline|carrier)\s+(?:said|says)\s+(?:that\s+)?(?:they|it)\s+"
    r"(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:also\s+|still\s+)?(?:in\s+)?$"
)
# People, not envoys, before a participle of expelling: "ethnic Nepali refugees expelled from
# Bhutan", "migrants forcibly expelled"
_PEOPLE_EXPELLED_BEFORE = re.compile(
    # (not "people" or "workers": an embassy's are envoys, "The 20 Lithuanian embassy workers
    # expelled by Russia", "the four people expelled from the Russian embassy")
    r"\b(?i:refugees|migrants|asylum\s+seekers|civilians|residents"
    r"|families|settlers|villagers|minorities|Rohingya)\s+"
    r"(?:(?:forcibly|illegally|summarily|collectively|who\s+were|who\s+had\s+been)\s+)?$"
)
# a summons to tell an envoy of a decision (the decision is the event), not a protest
# (of the sanction itself: "to inform him of the decision"; not "of the findings" that led
# to it, a summons of its own)
_TO_INFORM_AFTER = re.compile(
    r"[^.;]{0,80}?\bto\s+(?:inform|notify|tell|brief)\b"
    r"(?!\s+(?:him|her|them)\s+of\s+(?:the|its|their)\s+(?:findings|evidence|investigation|results)\b)"
)
_SUMMONED_HOME = re.compile(r"\s+(?:back|home)\b|\s+[^.;]{0,40}\bfor\s+consultations\b")
# "the German Foreign Office", "the Federal Foreign Office": not Britain's
_QUALIFIED_OFFICE = re.compile(r"(?:Federal|[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+$")
_FOREIGN_OFFICE = re.compile(
    r"(?-i:the\s+)?(?:Foreign\s+Office|FCDO|Foreign,\s+Commonwealth\s+and\s+Development\s+Office)\b"
)
# The envoy's post: "Russia's charge d'affaires in Tallinn", "Britain's ambassador to Iran"
_POSTED_TO_BEFORE = re.compile(
    r"\b(?:ambassadors?|envoys?|charg[eé]s?\s+d['’]affaires|diplomats?|consul(?:\s+general)?"
    r"|high\s+commissioner)\s+(?:to|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# An accord a state revokes, named as the verb's object: "revokes with immediate effect the
# agreement concerning ...", "tore up its military cooperation accords with France"
_REVOKED = frozenset(
    (
        "revoked",
        "revokes",
        "revoking",
        "revoke",
        "annulled",
        "annuls",
        "annulling",
        "tore up",
        "tears up",
        "tearing up",
        "terminated",
        "terminates",
        "terminating",
        "ordered the termination of",
        "announced the termination of",
        "ordered the cancellation of",
        "announced the cancellation of",
    )
)
# The forms of a characterisation (``diplomatic.yaml``): the blame word must follow it, before
# a contrast ("while", "but", "whereas", ";")
_CONTRAST = re.compile(r",?\s+(?:while|whereas|but)\s|;")
# "called the deportation a 'clear violation'", "called Petro antisemitic" (not "called on",
# "called for", "called off", "called him": a call or an appeal)
_CALLED_SOMETHING = re.compile(r"\s+(?!(?:on|for|off|in|up|upon|him|her|them|it)\b)\S")
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w'’-]+\s+){1,3}$")
_CHARACTERISING = frozenset(
    (
        "called",
        "calling",
        "described",
        "describing",
        "describes",
        "branded",
        "branding",
        "brands",
        "labelled",
        "labeled",
        "labelling",
        "labeling",
        "termed",
        "terming",
    )
)
_REVOKED_ACCORD = re.compile(
    r"\s+(?:with\s+immediate\s+effect\s+)?(?:the|its|their|his|her|our|a|an|all)\s+"
    r"(?:[\w'’-]+\s+){0,4}?"
    r"(?:agreements?|accords?|treaty|treaties|pacts?|memorandum)\b",
    re.IGNORECASE,
)
_COURT_BEFORE = re.compile(r"\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udge)\b")
_NO_PROTEST_RECALL = re.compile(
    r"\s+(?:\w+\s+){0,4}?(?:to\s+(?:testify|give\s+evidence|appear)|for\s+(?:medical|health|personal"
    r"|family)\b|on\s+(?:medical|health)\s+grounds)"
)
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|retired)\s*(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
_RECALLED_FROM = re.compile(r"\s+(?:home\s+)?from\s+(?:the\s+)?")


def _passive_recall(
    doc: Document,
    gaz: Gazetteer,
    clause: tuple[int, int],
    start: int,
    end: int,
    parties: list[_Party],
) -> tuple[str, list[_Party]] | None:
    """ "Poland's ambassador in Budapest was recalled", "Spain's ambassador was recalled from
    Buenos Aires": the envoy's state recalls (the subject), aimed at the state of the post
    (named after "in"/"to" before the verb, or "from" after it). None when either is missing."""
    text = doc.text
    posted: list[_Party] = []
    for mention in doc.mentions_in(clause[0], start):
        if not _POSTED_TO_BEFORE.search(text, max(clause[0], mention.start - 40), mention.start):
            continue
        post = _post_party(doc, gaz, mention)
        if post is not None:
            posted.append(post)
    source = [
        p
        for p in parties
        if p.span[1] <= start
        and p.span not in {q.span for q in posted}
        and p.participant.country_code
    ]
    came_from = _RECALLED_FROM.match(text, end)
    if not posted and came_from is not None:
        after = doc.mentions_in(came_from.end(), came_from.end() + 30)
        post = _post_party(doc, gaz, after[0]) if after else None
        if post is not None and post.span[0] == came_from.end():
            posted.append(post)
    if not source or not posted:
        return None
    envoy = source[0]
    targets = [p for p in posted if p.participant.country_code != envoy.participant.country_code]
    if not targets:
        return None
    return envoy.key, [envoy, *targets]


def _post_party(doc: Document, gaz: Gazetteer, mention: Mention) -> _Party | None:
    """The state of a post named by a country, a capital or a city."""
    span = (mention.start, mention.end)
    if mention.kind in (_KIND_COUNTRY, _KIND_METONYM):
        return _state_party(gaz, mention.code, span)
    city = _story_city(doc, gaz, mention.text) if mention.kind is _KIND_CITY else None
    if city is None or city.iso3 not in gaz.country_names:
        return None
    return _state_party(gaz, city.iso3, span)


def _passive_summons(
    doc: Document,
    gaz: Gazetteer,
    clause: tuple[int, int],
    start: int,
    end: int,
    parties: list[_Party],
) -> tuple[str, list[_Party]] | None:
    """ "Russia's ambassador was summoned to the Foreign Office": the envoy's state is the
    subject, the summoning state the one named after the verb ("to the Polish foreign
    ministry", "by Poland"), else the state the envoy is posted to ("Russia's charge
    d'affaires in Tallinn"), else the dateline's. None when no summoner can be told."""
    text = doc.text
    subject = [p for p in parties if p.span[1] <= start]
    if not subject or _SUMMONED_HOME.match(text, end):
        return None  # "was summoned back to Berlin for consultations": a recall
    limit = _SUMMONED_WHERE_END.search(text, end, clause[1])
    where_end = limit.start() if limit else clause[1]
    summoner: _Party | None = None
    posted: list[_Party] = []
    for mention in doc.mentions_in(clause[0], start):
        if not _POSTED_TO_BEFORE.search(text, max(clause[0], mention.start - 40), mention.start):
            continue
        span = (mention.start, mention.end)
        if mention.kind in (_KIND_COUNTRY, _KIND_METONYM):
            posted.append(_state_party(gaz, mention.code, span))
        elif mention.kind is _KIND_CITY:
            city = _story_city(doc, gaz, mention.text)
            if city is not None and city.iso3 in gaz.country_names:
                posted.append(_state_party(gaz, city.iso3, span))
    posted_spans = {p.span for p in posted}
    envoys = [p for p in subject if p.span not in posted_spans]
    codes = {p.participant.country_code for p in envoys}
    for party in parties:
        if end <= party.span[0] < where_end and party.participant.country_code not in codes:
            summoner = party
            break
    if summoner is None:
        office = _FOREIGN_OFFICE.search(text, end, where_end)
        qualifier = (
            [
                m
                for m in doc.mentions_in(max(end, office.start() - 24), office.start())
                if m.kind is _KIND_ADJECTIVE and m.code not in codes
            ]
            if office is not None
            else []
        )
        if qualifier:  # "to the German Foreign Office": Germany's
            summoner = _state_party(
                gaz, qualifier[-1].code, (qualifier[-1].start, qualifier[-1].end)
            )
        elif (
            office is not None
            and "GBR" not in codes
            and doc.dateline_country in (None, "GBR")
            and not _QUALIFIED_OFFICE.search(text, max(end, office.start() - 24), office.start())
        ):
            summoner = _state_party(gaz, "GBR", (office.start(), office.end()))
    if summoner is None and posted:
        summoner = posted[0]
    if summoner is None and doc.dateline is not None and doc.dateline_country not in codes:
        code = doc.dateline_country
        if code is not None and code in gaz.country_names:
            summoner = _state_party(gaz, code, doc.dateline)
    if summoner is None or not envoys:
        return None
    summoner_code = summoner.participant.country_code
    envoys = [p for p in envoys if p.participant.country_code != summoner_code]
    if not envoys:
        return None
    return summoner.key, [summoner, *envoys]


# what the subject will suffer: "would pay a heavy price", "would face divine revenge", "would
# bear responsibility for the consequences"
# ... and whose act "will not go unanswered" or "unpunished"
_UNANSWERED = ("unanswered", "unpunished")
_PAY_THE_PRICE = re.compile(r"\b(?:pay|face|bear|unanswered|unpunished)\b", re.IGNORECASE)


_QUOTES = '"“”'
_CHARACTERISATION_ENDS = re.compile(r",|\s(?:and|but|while|after|saying)\s")
_AS_AFTER_OBJECT = re.compile(r"[^,;:\"“”]{1,60}?\sas\s")


# What keeps an agreement in force names one made before: "on shoring up the country's fragile
# ceasefire", "talks aimed at preserving the truce" (not "agreed to strengthen the ceasefire with
# a monitoring mechanism", "to extend the truce": new terms agreed)
_UPHELD_BEFORE = re.compile(
    r"\b(?:on|about|over|of|for|at)\s+(?:shor(?:e|ing)\s+up|preserv(?:e|ing)|consolidat(?:e|ing)"
    r"|strengthen(?:ing)?|sav(?:e|ing)|salvag(?:e|ing)|maintain(?:ing)?|uphold(?:ing)?"
    r"|bolster(?:ing)?|protect(?:ing)?|monitor(?:ing)?)\s+(?:the|a|its|their|[\w'’-]+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _two_states_named(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence, with the state the story is filed from, names two states or
    bodies ("SEOUL - A team of eight officials from the U.S. National Transportation Safety
    Board arrived at Muan airport")."""
    codes = {
        m.code
        for m in doc.mentions_in(sentence.start, sentence.end)
        if m.kind in _SIDE_KINDS and m.code is not None and not doc.in_dateline(m.start)
    }
    if doc.dateline_country is not None:
        codes.add(doc.dateline_country)
    return len(codes) >= 2


def _visit_clause_end(text: str, start: int, end: int) -> int:
    """Where a visit's own words end: the first comma from ``start`` (not a companion told
    after it: ", accompanied by Polish President Andrzej Duda", ", where he was joined by"),
    or ``end``."""
    comma = text.find(",", start, end)
    if comma < 0 or _COMPANION.search(text, comma, end):
        return end
    return comma


_COMPANION = re.compile(r"\b(?:accompanied|joined)\s+by\b|\b(?:together|along)\s+with\b")


def _codes_before(parties: list[_Party], end: int) -> set[str]:
    """The codes of the sides named before ``end``."""
    return {code for p in parties if p.span[0] < end and (code := p.participant.country_code)}


_RELATIVE_OPENING = re.compile(r",\s+(?:where|when|who|which|whose)\s")


def _actor_before_in_clause(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """Whether a state, a body or a titled person is named in the trigger's clause before it."""
    clause_start = _clause_bounds(doc, sentence, start, end)[0]
    for relative in _RELATIVE_OPENING.finditer(doc.text, clause_start, start):
        clause_start = relative.end()  # "..., where organisers declared a 'truce'"
    return any(
        m.kind in _SIDE_KINDS or m.kind is _KIND_IGO_ADJECTIVE
        for m in doc.mentions_in(clause_start, start)
    ) or any(person.title for _, _, person in doc.person_mentions(clause_start, start))


def _scare_quoted(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """The trigger is a noun in scare quotes, in a quotation of a few words after a determiner:
    'declared a "truce"', 'A "summit" of more than 30 chefs', 'a "battery summit"', 'its
    "dialogue"' (not 'said it "rejects"', 'declared him "persona non grata"': words of a real
    act)."""
    opening = _SCARE_QUOTE_OPENING.search(text, max(sentence.start, start - 30), start)
    if opening is None:
        return False
    close = next((i for i in range(end, min(sentence.end, end + 25)) if text[i] in _QUOTES), -1)
    return close >= 0 and len(text[opening.end("quote") : close].split()) <= 3


_SCARE_QUOTE_OPENING = re.compile(
    r"\b(?:the|its|their|his|her|a|an)\s+[\"“](?P<quote>)(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)


def _quotation(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The quotation that opens within a few words after ``end``: (its opening quote, its
    closing quote, or ``limit`` when it is not closed)."""
    for index in range(end, min(limit, end + 40)):
        if text[index] in _QUOTES:
            close = next((i for i in range(index + 1, limit) if text[i] in _QUOTES), -1)
            return index, close if close >= 0 else limit
    return None


def _words_end(text: str, start: int, limit: int) -> int:
    """The next comma or conjunction after ``start``, else ``limit``."""
    stop = _CHARACTERISATION_ENDS.search(text, start, limit)
    return stop.start() if stop is not None else limit


def _characterisation_end(text: str, end: int, limit: int) -> int:
    """Where the words that characterise end after "called the massacre" / "described the
    blasts as": the closing quote of a quotation that opens within a few words, else the next
    comma or conjunction ("called the massacre 'a heinous crime' and said police from the
    Kenyan-led mission ...": the mission is not blamed)."""
    quoted = _quotation(text, end, limit)
    return quoted[1] if quoted is not None else _words_end(text, end, limit)


def _characterisation(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The words that characterise, without the thing characterised: the quotation that opens
    within a few words ("called the decision 'another Russian provocation'"), else what follows
    "as" ("described the strike on a Lebanese village as a violation by Israel"); None when
    neither is told (the thing itself names victims, not the blamed: "the attack on Ukrainian
    civilians")."""
    quoted = _quotation(text, end, limit)
    if quoted is not None:
        return quoted
    as_word = _AS_AFTER_OBJECT.match(text, end, limit)
    if as_word is None:
        return None
    return as_word.end(), _words_end(text, as_word.end(), limit)


def _possessor_of_the_threatened(
    doc: Document, gaz: Gazetteer, clause: tuple[int, int], end: int, parties: list[_Party]
) -> list[_Party]:
    """The parties, with the state whose thing the warner's own act to come would hit ("warned
    ... that Athens would block North Macedonia's accession talks") when that state is named
    only as the possessor."""
    text = doc.text
    own = _OWN_ACT_COMPLEMENT.match(text, end, clause[1])
    if own is None:
        return parties
    have = {p.participant.country_code for p in parties}
    for mention in doc.mentions_in(own.end(), min(clause[1], own.end() + 40)):
        if (
            mention.kind in (_KIND_COUNTRY, _KIND_METONYM)
            and mention.code is not None
            and text.startswith(("'s", "’s"), mention.end)
        ):
            if mention.code in have:
                return parties
            return [*parties, _state_party(gaz, mention.code, (mention.start, mention.end))]
    return parties


def _other_state_after(
    parties: list[_Party], sources: list[_Party], lo: int, hi: int
) -> list[_Party]:
    """The first party named in ``text[lo:hi]`` that is of none of the sources' states: whom a
    threatened act is aimed at ("to impose sanctions on Brazil", "that it could strike British
    military facilities"), as a one-item list (empty when none)."""
    source_codes = {p.participant.country_code for p in sources}
    return [
        p
        for p in parties
        if lo <= p.span[0] < hi and p.participant.country_code not in source_codes
    ][:1]


def _directed(
    text: str,
    trigger: Trigger,
    clause: tuple[int, int],
    start: int,
    end: int,
    parties: list[_Party],
    attacker: _Party | None = None,
    sentence_start: int | None = None,
) -> tuple[str | None, list[_Party]] | None:
    """Source (the first party before the trigger) and targets (the parties right after it).

    ``attacker``: the state that carried out the attack the trigger is aimed at ("condemned
    the strike"), the target when the clause names none.
    """
    passive = not _PROGRESSIVE.match(text, start, end) and _PASSIVE_BEFORE.search(
        text, max(clause[0], start - 16), start
    )  # "is expelling" is no passive
    if passive and (
        (agent := _BY_AGENT.match(text, end)) is None
        # (an agent that is a party: not "rejected by many in Myanmar")
        or not any(
            agent.end() <= p.span[0] and _AGENT_OPENING.fullmatch(text, agent.end(), p.span[0])
            for p in parties
        )
    ):
        return None  # "Russia was accused of ...": no accuser named
    sources = [p for p in parties if p.span[1] <= start]
    if trigger.event_type is _TYPE_ACCUSE and "responsib" in text[start:end].lower():
        # "told a forum on Thursday that Russia bore responsibility for the escalation": the
        # speaker accuses the subject of what is said
        if len(sources) < 2 or text[sources[-1].span[1] : start].strip():
            return None
        accused = sources[-1]
        speakers = [p for p in sources[:-1] if p.participant.country_code != accused.key]
        if not speakers:
            return None
        return speakers[0].key, [*speakers, accused]
    declared = (
        _DECLARED.search(text, max(clause[0], start - 140), start)
        if trigger.mode == "expulsion" and _NON_GRATA.match(text, start, end)
        else None
    )
    if declared is not None:
        # "declared Mexico's ambassador, Raquel Serur, persona non grata": the envoy's state
        # stands between the verb and the trigger
        named = [p for p in sources if p.span[0] >= declared.end()]
        declarers = [p for p in sources if p.span[1] <= declared.start()]
        if declarers and named:
            return declarers[0].key, declarers + [t for t in named if t not in declarers]
    after = end
    if trigger.mode == "severed_relations" or (
        trigger.event_type is _TYPE_SANCTION and _ENVOY_WORD.search(text, start, end)
    ):
        # "recalled its ambassador to Brazil", "from Paris": the state it is aimed at
        preposition = _ENVOY_PREPOSITION.match(text, end)
        if preposition is not None:
            after = preposition.end() - 1
    if trigger.event_type is _TYPE_SANCTION and "visa" in text[start:end].lower():
        travellers = _VISA_FOR.match(text, end)
        if travellers is not None:
            after = travellers.end() - 1  # "suspended visa-free travel for Georgian citizens"
    if trigger.event_type is _TYPE_ACCUSE and text[start:end].lower().endswith(
        ("protest", "note", "representations")
    ):
        lodged = _LODGED_WITH.match(text, end)
        if lodged is not None:
            after = lodged.end()  # "handed a note of protest to Russia": Russia is protested to
    if trigger.event_type is _TYPE_REQUEST:
        that = _THAT_AFTER.match(text, end)
        if that is not None:
            after = that.end()  # "demanded that Russia withdraw": Russia is asked
    elif trigger.event_type is _TYPE_SUPPORT:
        supported = _SUPPORT_FOR.match(text, end)
        if supported is not None:
            after = supported.end()  # "expressed their support for Mali": Mali is supported
    boundary = _TARGET_END.search(text, after + 1, clause[1])
    target_end = boundary.start() if boundary else clause[1]
    if text.find(", and ", after, target_end) >= 0:
        another = _ANOTHER_SPEAKER.search(text, after, target_end)
        if another is not None:
            # "The UAE condemned the attack on Friday, and the U.S. consulate general in Erbil
            # called it ...": another speaker's clause, no target of the first
            target_end = another.start()
    second = (
        _SECOND_ACT.search(text, after + 1, target_end)
        if text.find(" and ", after, target_end) >= 0
        else None
    )
    if second is not None and text[end : second.start()].strip():
        # (an object of the first verb between: not "condemned and rejected X", one object)
        target_end = second.start()
    if trigger.event_type is _TYPE_ACCUSE and text[start:end].lower() in _CHARACTERISING:
        # "described the blasts as 'a criminal Israeli aggression'": blamed in the words
        target_end = max(target_end, _characterisation_end(text, end, clause[1]))
    targets = [p for p in parties if end <= p.span[0] < target_end]
    if trigger.source_first and not sources:
        return None
    if (
        not targets
        and attacker is not None
        and sources
        and all(p.participant.country_code != attacker.participant.country_code for p in sources)
    ):
        targets = [attacker]
    if trigger.event_type is _TYPE_THREATEN and not targets:
        # "warned that ... unless Ethiopia scrapped the deal", "if Israel violated the truce":
        # the party whose act the threat is conditioned on is the one threatened
        targets = [
            p
            for p in parties
            if end <= p.span[0] < clause[1]
            and _CONDITION_BEFORE.search(text, max(end, p.span[0] - 12), p.span[0])
        ][:1]
    if trigger.event_type is _TYPE_THREATEN and not targets:
        # "threatened on Sunday to impose sanctions on Brazil", "to expel Moldova's
        # ambassador": the state the threatened act is aimed at
        act = _THREATENED_ACT.match(text, end, clause[1])
        if act is not None:
            targets = _other_state_after(parties, sources, act.end(), clause[1])
    if (
        trigger.event_type is _TYPE_THREATEN
        and not targets
        and len(sources) >= 2
        and _PAY_THE_PRICE.search(text, start, end)
    ):
        # "Erdogan said the Netherlands would pay the price": who pays is the one threatened
        first = sources[0].participant.country_code
        targets = [p for p in sources[1:] if p.participant.country_code != first][-1:]
        sources = [p for p in sources if p not in targets]
    if trigger.event_type is _TYPE_THREATEN and not targets and len(sources) >= 2:
        quoted = _QUOTE_THEN_SPEAKER.search(text, max(clause[0], start - 60), start)
        speakers = [] if quoted is None else [p for p in sources if p.span[0] > quoted.start()]
        if speakers and speakers[0].participant.country_code is not None:
            # '"If the map is not withdrawn, Malaysia will act against the Philippines,"
            # Mohamad warned': the speaker warns the other state the quoted words name after
            # its own state (or "we") (not '"Russia will attack Poland next," Zelenskiy warned')
            speaker_code = speakers[0].participant.country_code
            named = [p for p in sources if p not in speakers]
            own_party = next((p for p in named if p.participant.country_code == speaker_code), None)
            own_at = (
                own_party.span[1] if own_party is not None else _first_we(text, clause[0], start)
            )
            targets = (
                []
                if own_at is None
                else [
                    p
                    for p in named
                    if p.span[0] >= own_at and p.participant.country_code != speaker_code
                ][:1]
            )
            if targets:
                sources = speakers
    if trigger.event_type is _TYPE_THREATEN and not targets and sources:
        faced = _FACED_AFTER.match(text, end, clause[1])
        if faced is not None:
            # "warned ... that Jamaican officials who facilitate forced labour could have their
            # US visas revoked": those who would bear it are the ones warned
            # (the state right before the subject's noun: not "shipping companies carrying
            # Iranian oil to China")
            lo = faced.start("subject")
            targets = _other_state_after(parties, sources, lo, min(lo + 24, faced.end(1)))
    if trigger.event_type is _TYPE_THREATEN and not targets:
        force = _FORCE_COMPLEMENT.match(text, end)
        if force is not None:
            targets = _other_state_after(parties, sources, force.end(), clause[1])
    if trigger.event_type is _TYPE_THREATEN and not targets and sources:
        # "warned on Thursday that Russia would reconsider Norwegian vessels' access", "that
        # Venezuela would stop oil shipments to the United States": the warner's own act to
        # come, aimed at the other state the words name
        own = _OWN_ACT_COMPLEMENT.match(text, end, clause[1])
        if own is not None:
            source_codes = {p.participant.country_code for p in sources}
            subject = own.group("subject")
            if subject[0].islower() or any(
                p.participant.country_code in source_codes
                for p in parties
                if own.start("subject") <= p.span[0] < own.end("subject")
            ):
                # (within the threatened act's words: not a state in a relative clause or aside
                # after them, "Rafah, where ... near the border with Egypt")
                stop = text.find(",", own.end(), clause[1])
                # (aimed at any state but the warner's: "Greece summoned Albania's ambassador
                # ..., and warned that it could hold up Albania's accession talks")
                limit = clause[1] if stop < 0 else stop
                targets = (
                    _other_state_after(parties, sources[:1], own.end(), limit)
                    or [
                        # (a state named again there, its party kept at its first mention)
                        p
                        for p in sources[1:]
                        if p.participant.country_code != sources[0].participant.country_code
                        and text.find(p.participant.name, own.end(), limit) >= 0
                    ][:1]
                )
    if trigger.event_type in _NEEDS_TARGET and not targets:
        return None  # "condemned the attack" by no state the article names: no one is accused
    if trigger.event_type is _TYPE_SUPPORT and not targets and "solidarity" in text[start:end]:
        return None  # "expressed solidarity with the families of the victims": no state
    if trigger.event_type is _TYPE_THREATEN and not any(
        _is_state_actor(p.participant)
        # (or a body of states that names what it will do: "The European Union warned Russia
        # on Wednesday of new sanctions"; not "NATO warned of a growing threat", "the IMF
        # warned Pakistan that it must raise taxes")
        or (
            p.participant.country_code is not None
            and p.participant.country_code != "UNO"
            and (
                _BODYS_THREAT_WORDS.search(text, start, clause[1]) is not None
                # (a headline's "EU warns Faroes over mackerel quota": its story tells how)
                or (bool(targets) and text.find("\n", 0, start) < 0)
            )
        )
        for p in sources
    ):
        return None  # an aid agency's warning is not a threat
    if (
        trigger.event_type is _TYPE_THREATEN
        and not targets
        and not _THREAT_OBJECT.match(text, end)
        and "retaliat" not in trigger.forms[0]
        and "respond" not in text[start:end]
        # "warned it could retaliate if the measure was not lifted": an answer to the row the
        # warner is in (its target is found from the events before, ``_add_warned_side``)
        # (or in the trigger's own words: "would take resolute countermeasures")
        and _RETALIATION_WORDS.search(text, start, min(clause[1], end + 80)) is None
    ):
        return None  # "warns of deadly heat": a warning aimed at no one
    opening = clause[0] if sentence_start is None else min(sentence_start, clause[0])
    fronted = _FRONTED_ADJUNCT.match(text, opening, start)
    fronted_end = fronted.end() if fronted is not None else -1
    while fronted_end > 0 and _LIST_GOES_ON.match(text, fronted_end, start):
        # "After Mali, Niger and Burkina Faso recalled their envoys, Algeria ...": the adjunct
        # runs to the comma after its list
        fronted_end = text.index(",", fronted_end, start) + 1
    if fronted_end > 0 and any(p.span[0] >= fronted_end for p in sources):
        # "Hours after India's announcement, Canada said it had expelled": the adjunct's
        # state is not the actor (nor a party, unless named again)
        sources = [p for p in sources if p.span[0] >= fronted_end]
    if len(sources) > 1 and trigger.event_type not in _STATEMENT_TYPES:
        reports = list(_REPORTED_ACT.finditer(text, sources[0].span[1], start))
        actors = [p for p in sources if p.span[0] >= reports[-1].end()] if reports else []
        if actors and _ACT_RIGHT_AFTER.fullmatch(text, actors[0].span[1], start):
            # "Carney said Trump had imposed tariffs": the speaker reports the act (and stays
            # a party, as analysts code it), the actor is named after the report verb
            ordered = [actors[0], *(p for p in sources if p is not actors[0])]
            return actors[0].key, ordered + [t for t in targets if t not in sources]
    source = sources[0].key if sources else None
    return source, sources + [t for t in targets if t not in sources]


# Between the reported actor and its act: "Trump had imposed", not "Russia's actions it had
# expelled" (the speaker's "it") nor "with Britain and Canada, it had imposed".
_ACT_RIGHT_AFTER = re.compile(
    r"(?:['’]s\s+[\w-]+)?\s+(?:(?:had|has|have|was|were|is|would|will|also|then|on\s+\w+day)\s+)*"
    r"(?:[a-z]+ly\s+)?"
)
# A report verb introducing another's act: "said (that)", "told reporters (that)".
_REPORTED_ACT = re.compile(
    r"\b(?:said|says|say|told\s+(?:[\w.-]+\s+){0,3}?|announced\s+that|confirmed\s+that"
    r"|stated|added|reported\s+that)(?:\s+that)?\s+"
)
# An adverbial phrase opening the clause, up to its comma: "Hours after India's announcement,"
# "In response to the expulsions,", "Following Tuesday's raid,".
_FRONTED_ADJUNCT = re.compile(
    r"\s*(?:(?:hours|days|minutes|weeks|shortly|soon|moments|a\s+day|a\s+week)\s+)?"
    r"(?:after|before|following|despite|amid|unlike|in\s+response\s+to|in\s+retaliation\s+for"
    r"|in\s+reaction\s+to|responding\s+to)\s+[^,;]{3,80},\s*",
    re.IGNORECASE,
)
# "last met": the previous time, not news
_LAST_TIME_BEFORE = re.compile(r"\blast\s+$", re.IGNORECASE)
# The rest of a list the adjunct's comma cut: "Niger and Burkina Faso recalled their envoys,".
_LIST_GOES_ON = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:and|or)\s+[^,;]{3,80},")
# "dismissed the appeal", "dismissed her remarks": what someone said before is rejected.
_SAID_OBJECT = re.compile(
    r"\b(?:appeals?|calls?|proposals?|accusations?|claims?|remarks|allegations?|criticism"
    r"|demands?|offer|plan|charges|statement)$"
)


def _antecedents(doc: Document, sentence_index: int) -> Iterator[Sentence]:
    """Where "He", "the two ministers" or "the appeal" may point: the sentence before (not the
    headline), then the one before that if it is in the same paragraph."""
    sentence = doc.sentences[sentence_index]
    for back in (1, 2):
        if sentence_index - back < 1:
            return
        earlier = doc.sentences[sentence_index - back]
        if back == 2 and earlier.paragraph != sentence.paragraph:
            return
        yield earlier


def _previous_speaker(doc: Document, gaz: Gazetteer, sentence_index: int) -> _Party | None:
    """Who made the appeal, claim or remarks a rejection refers to: the first person (else
    state) of an antecedent sentence."""
    for earlier in _antecedents(doc, sentence_index):
        for s, e, person in doc.person_mentions(earlier.start, earlier.end):
            if person.country_code:
                return _Party(person.name, _person_participant(person), (s, e))
        for m in doc.mentions_in(earlier.start, earlier.end):
            if m.kind in (_KIND_COUNTRY, _KIND_METONYM, _KIND_IGO) and not doc.in_dateline(m.start):
                return _parties_of(doc, gaz, m, earlier)[0]
    return None


# A numbered group of states as an act's object: "accused the three governments"
_NUMBERED_GROUP_AFTER = re.compile(
    r"\s+(?P<group>the\s+(?P<count>two|three|four|five)\s+"
    r"(?:governments|countries|states|nations|capitals)\b)(?!['’])"
)


def _numbered_group(
    doc: Document, gaz: Gazetteer, sentence_index: int, count: int, parties: list[_Party]
) -> list[_Party]:
    """The states "the three governments" refer to: those of the nearest earlier sentence
    (up to eight back, the headline included) that names so many states besides the act's own
    parties; none where a nearer sentence names more (which of them is not told) or none
    does."""
    own = {p.key for p in parties}
    for index in range(sentence_index - 1, max(-1, sentence_index - 9), -1):
        earlier = doc.sentences[index]
        states: dict[str, _Party] = {}
        for m in doc.mentions_in(earlier.start, earlier.end):
            if m.kind in (_KIND_COUNTRY, _KIND_METONYM) and not doc.in_dateline(m.start):
                party = _state_party(gaz, m.code, (m.start, m.end))
                if party.key not in own:
                    states.setdefault(party.key, party)
        if len(states) == count:
            return list(states.values())
        if len(states) > count:
            return []  # (more states than the group holds: which ones is not told)
    return []


def _previous_sides(doc: Document, gaz: Gazetteer, sentence_index: int) -> list[_Party]:
    """The sides "the two ministers" or "both countries" refer to: the people (else the
    states) of two or more countries named in an antecedent sentence."""
    for earlier in _antecedents(doc, sentence_index):
        people = [
            _Party(person.name, _person_participant(person), (s, e))
            for s, e, person in doc.person_mentions(earlier.start, earlier.end)
            if person.country_code
        ]
        if len({p.participant.country_code for p in people}) >= 2:
            return _dedupe(people)
        states = [
            _state_party(gaz, m.code, (m.start, m.end))
            for m in doc.mentions_in(earlier.start, earlier.end)
            if m.kind in (_KIND_COUNTRY, _KIND_METONYM) and not doc.in_dateline(m.start)
        ]
        if len({p.key for p in states}) >= 2:
            return _dedupe(states)
    return []


# An unnamed delegation as the traveller: "a high-level delegation would soon travel to".
_DELEGATION_BEFORE = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}delegation\s+(?:(?:would|will|is|was|to|be|due"
    r"|soon|also|then|later|expected|set)\s+)*$",
    re.IGNORECASE,
)
_HE_SAID = re.compile(r"\s*(?:He|She)\s+(?:also\s+)?(?:said|says|announced|told)\b")


_AND_BEFORE = re.compile(r"\band\s+(?:\w+ly\s+)?$")
_PARTICIPLE_OF_A_THING_BEFORE = re.compile(
    r"\b(?:published|released|issued|made|signed|adopted|announced|reported|held|launched)"
    r"(?:\s+by\s+[^,;.]{1,40}?)?\s+(?:on|late\s+on|early\s+on)?\s*$"
)
# ... or after a verb of saying of the same subject: "and warned that it would take ..."
_AND_VERB_BEFORE = re.compile(
    r"\band\s+(?:\w+ly\s+)?(?:(?:warned|said|added|vowed|threatened|insisted|stressed)"
    r"(?:\s+that)?\s+(?:it|they|he|she)\s+)?$"
)
# What may stand before a sentence's subject: "The", "On Thursday,", "Separately,".
_FRONTED_PLACE = re.compile(r"\s*In\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+")
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:On|In|Late|Early)\s+\w+,?\s+|\w+ly,\s+)?(?:The\s+|the\s+)?$")


def _sentence_subject(
    doc: Document, gaz: Gazetteer, sentence: Sentence, before: int
) -> _Party | None:
    """The person or state a sentence opens with (after its dateline), named before
    ``before``: the subject a coordinated verb shares."""
    begin = sentence.start
    if doc.dateline is not None and begin <= doc.dateline[0] < sentence.end:
        begin = doc.dateline[1]
    fronted = _FRONTED_PLACE.match(doc.text, begin, before)
    if fronted is not None:
        begin = fronted.end()  # "In Beijing, Chinese Foreign Ministry spokesperson Mao Ning"
    for s, e, person in doc.person_mentions(begin, before)[:1]:
        if person.country_code and _SUBJECT_LEAD.fullmatch(doc.text, begin, s):
            return _Party(person.name, _person_participant(person), (s, e))
    for m in doc.mentions_in(begin, before)[:1]:
        if m.kind in (_KIND_COUNTRY, _KIND_METONYM, _KIND_ADJECTIVE, _KIND_IGO) and (
            _SUBJECT_LEAD.fullmatch(doc.text, begin, m.start)
        ):
            return _parties_of(doc, gaz, m, sentence)[0]
    return None


def _speaker(doc: Document, sentence: Sentence, sentence_index: int, before: int) -> _Party | None:
    """Who says what the sentence reports: the first person it names before ``before``, or
    the person "He" stands for when it opens with "He said" (``_previous_person``)."""
    for s, e, person in doc.person_mentions(sentence.start, before):
        return _Party(person.name, _person_participant(person), (s, e))
    if _HE_SAID.match(doc.text, sentence.start, before):
        return _previous_person(doc, sentence_index)
    return None


# Between a guest and a bare arrival: "Malmer Stenergard, who arrived", "Lai arrived"
_GUEST_THEN_ARRIVAL = re.compile(r"(?:,\s+who(?:\s+had)?|\s+(?:had\s+|has\s+)?)\s*")
# A day right after a bare arrival: "arrived on Monday evening", "arrived late on Monday",
# "arrived overnight" (not "arrived on foot", "arrived late for the meeting")
_ARRIVAL_DAY_AFTER = re.compile(
    r"(?:\s+on)?\s+(?:[A-Z][a-z]+day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b"
    r"|(?<=overnight)(?=[\s,.])"
)


# An arrival for a gathering of many: "arrived on Sunday for the U.N. General Assembly"
_ARRIVED_FOR_A_GATHERING = re.compile(
    r"[^,;]{0,40}?\bfor\s+(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,5}?(?:summit|assembly|conference"
    r"|forum|session|games|olympics|championships?|congress|ceremony|funeral|inauguration)\b",
    re.IGNORECASE,
)


def _arrived_here(
    doc: Document, gaz: Gazetteer, sentence: Sentence, start: int, end: int
) -> tuple[list[_Party], list[tuple[Location, tuple[int, int]]]] | None:
    """The sides and place of "Malmer Stenergard, who arrived on Monday evening" in a story
    filed from Damascus: the person right before, of another state than the dateline's city,
    arriving there on the day told right after."""
    text = doc.text
    if doc.dateline is None or doc.dateline_place is None:
        return None
    if _ARRIVAL_DAY_AFTER.match(text, end) is None:
        return None
    city = gaz.best_city(doc.dateline_place)
    if city is None:
        return None
    people = doc.person_mentions(max(sentence.start, start - 60), start)
    if not people:
        return None
    s, e, person = people[-1]
    if _GUEST_THEN_ARRIVAL.fullmatch(text, e, start) is None:
        return None
    if person.country_code is None or person.country_code == city.iso3:
        return None
    if _ARRIVED_FOR_A_GATHERING.match(text, end, sentence.end) is not None:
        return None  # "Lula, who arrived on Sunday for the U.N. General Assembly": no host's guest
    if any(
        text.endswith(("in ", "at "), 0, m.start)
        and (
            (m.kind is _KIND_METONYM and m.code != city.iso3)
            or (
                m.kind is _KIND_CITY
                and (other := gaz.best_city(m.text)) is not None
                and other.iso3 != city.iso3
            )
        )
        for m in doc.mentions_in(end, sentence.end)
    ):
        return None  # "Araqchi, who arrived on Saturday, held talks in Muscat": not the dateline's
    return (
        [
            _Party(person.name, _person_participant(person), (s, e)),
            _state_party(gaz, city.iso3, doc.dateline),
        ],
        [(gaz.city_location(city, doc.dateline_place), doc.dateline)],  # (as the story writes it)
    )


_A_MONTH_OR_YEAR = re.compile(
    r"\b(?:in|last|this|since|early|late)\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|(?:19|20)\d\d)\b"
)
# ("..., Italian Foreign Minister Antonio Tajani said during a visit to Brasilia")
_SAID_RIGHT_AFTER = re.compile(r"\s+(?:said|says|told\s+\w+)\b")
# A visit's destination right after it: "a visit to Beirut", "a two-day visit to the capital"
_TO_A_PLACE_AFTER = re.compile(r"\s+to\s+")


def _visit_to_a_place(
    doc: Document,
    gaz: Gazetteer,
    sentence: Sentence,
    places: list[tuple[Location, tuple[int, int]]],
    start: int,
    end: int,
) -> list[_Party] | None:
    """The sides of "during a visit to Beirut" after a main clause: the person the sentence
    names first, before the visit, and the state of the place visited, when they differ."""
    to = _TO_A_PLACE_AFTER.match(doc.text, end)
    if to is None:
        return None
    host = next((loc.country_code for loc, span in places if span[0] == to.end()), None)
    people = doc.person_mentions(sentence.start, start)
    if host is None or not people:
        return None
    s, e, person = people[0]
    if person.country_code is None or person.country_code == host:
        return None
    opening = (
        doc.dateline[1] if doc.in_dateline(sentence.start) and doc.dateline else sentence.start
    )
    if "," in doc.text[opening:s] and _SAID_RIGHT_AFTER.match(doc.text, e) is None:
        # "Yulia Navalnaya, the widow of Russian opposition leader Alexei Navalny, urged ...
        # during a visit to Berlin": the person named first is not the subject
        return None
    return [
        _Party(person.name, _person_participant(person), (s, e)),
        _state_party(gaz, host, (to.end(), to.end())),
    ]


def _pronoun_person(
    doc: Document, sentence_index: int, before: int, subject: list[_Party]
) -> Person | None:
    """Who "her" or "him" after a verb is: the person named last before it, in this sentence
    or the two before, when of another state than the verb's subject (one of the subject's
    own people is more likely meant, and is no target between states)."""
    low = doc.sentences[max(0, sentence_index - 2)].start
    mentions = doc.person_mentions(low, before)
    if not mentions:
        return None
    person = mentions[-1][2]
    own = {p.participant.country_code for p in subject}
    if person.country_code is None or person.country_code in own or not own:
        return None
    return person


# Someone else who may be "him" between a foreign leader and the host: "a Chinese journalist",
# "The Pope"
_OTHER_PERSON_NOUN = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:journalist|reporter|pope|priest|bishop|activist"
    r"|student|businessman|businesswoman|official|ambassador|envoy|leader|delegation|man|woman)s?\b",
    re.IGNORECASE,
)


def _guest_named_before(
    doc: Document, sentence_index: int, before: int, host: _Party
) -> Person | None:
    """Who "him" or "her" after an inviting verb is: the person named last before the verb, in
    this sentence or the two before, the host aside ("Macron met Ruto. Ruto invited him"), when
    of another state than the host's and no other person noun stands between ("spoke with a
    Chinese journalist and invited him")."""
    low = doc.sentences[max(0, sentence_index - 2)].start
    for s, e, person in reversed(doc.person_mentions(low, before)):
        if person.name == host.participant.name or (host.span[0] <= s < host.span[1]):
            continue
        if person.country_code is None or person.country_code == host.participant.country_code:
            return None
        if _OTHER_PERSON_NOUN.search(doc.text, e, before):
            return None
        return person
    return None


# A sentence opening on an institution named without its state: "The presidency said ..."
_HOME_INSTITUTION_OPENS = re.compile(
    r"\s*(The\s+(?:presidency|government|foreign\s+ministry|Foreign\s+Ministry|cabinet"
    r"|president['’]s\s+office|prime\s+minister['’]s\s+office|ministry\s+of\s+foreign\s+affairs"
    r"|Ministry\s+of\s+Foreign\s+Affairs))\s+(?:said|announced|added|stated)\b"
)


def _previous_state(doc: Document, gaz: Gazetteer, sentence_index: int) -> _Party | None:
    """The first state named in the sentence before (its subject, as a rule): which state
    "It" at the start of a sentence is."""
    earlier = next(_antecedents(doc, sentence_index), None)  # the sentence right before
    if earlier is None:
        return None
    home = doc.dateline_country
    if (
        home is not None
        and doc.dateline is not None
        and home in gaz.country_names
        and (opens := _HOME_INSTITUTION_OPENS.match(doc.text, earlier.start)) is not None
    ):
        # "Algiers (AFP) - Algeria suspended the treaty ... The presidency said ... it had
        # decided to suspend the treaty signed with Spain. It accused the Spanish authorities
        # ...": the institution of the state the sentence before it opens with, else of the
        # state the story is filed from
        opener = (
            _first_sender(doc, doc.sentences[sentence_index - 2]) if sentence_index >= 3 else None
        )
        return _state_party(
            gaz, opener.code if opener is not None else home, (opens.start(1), opens.end(1))
        )
    first = _first_sender(doc, earlier)
    return None if first is None else _state_party(gaz, first.code, (first.start, first.end))


def _first_sender(doc: Document, sentence: Sentence) -> Mention | None:
    """The first state named in ``sentence`` outside the dateline (its subject, as a rule)."""
    return next(
        (
            m
            for m in doc.mentions_in(sentence.start, sentence.end)
            if m.kind in _SENDER_KINDS and not doc.in_dateline(m.start)
        ),
        None,
    )


def _previous_person(doc: Document, sentence_index: int) -> _Party | None:
    """The first person named in an antecedent sentence (its subject, as a rule): who "He" or
    "She" at the start of a sentence is."""
    for earlier in _antecedents(doc, sentence_index):
        people = doc.person_mentions(earlier.start, earlier.end)
        if people:
            s, e, person = people[0]
            return _Party(person.name, _person_participant(person), (s, e))
    return None


# The act a warning answers, named before it: "said the decision would not go unanswered"
# Another's act a condemnation names: "condemned the expulsion", "condemned the closure" (not
# a characterisation in another statement: "called the expulsion 'another example of ...'")
_CONDEMNING = ("condemn", "Condemn", "denounc", "Denounc", "deplor", "Deplor")
# The same verbs and those of criticism: what may be aimed at an event named by a noun alone
_CRITICISING = (*_CONDEMNING, "critici", "Critici", "slammed", "decried")
# ... the noun right after its determiner: "criticised the move", "condemned the new
# agreement" (not "the government's decision": whose, it says)
_BARE_EVENT_OBJECT_AFTER = re.compile(
    r"\s+(?:the|this|that|these|their)\s+(?:(?:new|latest|planned|proposed|bilateral)\s+)?"
    r"(?:move|decision|agreements?|deals?|accords?|pact|treaty|talks|summit|meeting"
    r"|rapprochement|memorandum|declaration)\b(?!\s+(?:with|between|by|to|of)\b)",
    re.IGNORECASE,
)
_ACT_OBJECT = re.compile(
    r"\s+(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:(?P<expel>expulsions?)|(?P<close>closure)"
    r"|(?P<ban>ban)|(?P<visit>visit|trip))\b",
    re.IGNORECASE,
)
# ... and the verb that told it: "Russia expelled two Estonian diplomats", "ordered a mediation
# mission ... to leave the country", "Israel closed the Rafah crossing", "banned imports"
_ACT_VERB = {
    "expel": re.compile(
        r"\b(?:expel(?:led|s|ling)?|ordered\b[^.;]{0,90}?\bto\s+leave|declared\b[^.;]{0,60}?"
        r"persona\s+non\s+grata)\b",
        re.IGNORECASE,
    ),
    "close": re.compile(r"\b(?:closed|closes|shut|shuts)\b", re.IGNORECASE),
    "ban": re.compile(r"\b(?:banned|bans|barred|bars)\b", re.IGNORECASE),
    # "Beijing condemned the visit": the visitor ("Pena arrived in Taipei on Monday night for a
    # five-day state visit")
    "visit": re.compile(
        r"\b(?:arrived\s+in|visited|visiting|(?:is|was)\s+visiting|(?:state|official)\s+visit\s+to)\b"
        # ("Ben-Gvir's visit to the Al-Aqsa Mosque compound": its visitor named right before)
        r"|(?P<own>['’]s)\s+(?:\w+\s+)?visit\s+to\b",
        re.IGNORECASE,
    ),
}
_OWN_VISITOR_AFTER = re.compile(r"\s+(?:by|of)\s")
# how many sentences back the act's telling may be (a visit is told once, often paragraphs
# before the reaction to it)
_ACT_REACH = {"visit": 8}


def _act_author(
    doc: Document, gaz: Gazetteer, sentence_index: int, start: int, end: int
) -> _Party | None:
    """Who did what "condemned the expulsion" names: the subject (the first state or person) of
    the latest sentence, of the three before, that tells the act with its verb ("Russia
    expelled two Estonian diplomats ... Lithuania condemned the expulsions": Russia)."""
    text = doc.text
    act = _ACT_OBJECT.match(text, end)
    if act is None:
        return None
    name = next(name for name, value in act.groupdict().items() if value)
    if (
        name == "visit"
        and _OWN_VISITOR_AFTER.match(text, act.end())
        and any(
            m.kind in _SENDER_KINDS or m.kind is _KIND_ADJECTIVE
            for m in doc.mentions_in(act.end(), act.end() + 50)
        )
    ):
        return None  # "condemned the visit by the Philippine defence chief": named there
    verb = _ACT_VERB[name]
    for index in range(sentence_index, max(-1, sentence_index - _ACT_REACH.get(name, 4)), -1):
        earlier = doc.sentences[index]
        told = verb.search(text, earlier.start, min(earlier.end, start))
        if told is None:
            continue
        if told.groupdict().get("own"):
            # "over Israeli National Security Minister Itamar Ben-Gvir's visit to": the one
            # named right before the possessive
            owner = [
                (s, e, person)
                for s, e, person in doc.person_mentions(earlier.start, told.start())
                if e == told.start()
            ]
            if owner and owner[0][2].country_code:
                s, e, person = owner[0]
                return _Party(person.name, _person_participant(person), (s, e))
            return None
        people = doc.person_mentions(earlier.start, told.start())
        states = [
            m
            for m in doc.mentions_in(earlier.start, told.start())
            if m.kind in (_KIND_COUNTRY, _KIND_ADJECTIVE, _KIND_METONYM)
            and not doc.in_dateline(m.start)
        ]
        first_person = people[0] if people else None
        first_state = states[0] if states else None
        if first_state is not None and (
            first_person is None or first_state.start < first_person[0]
        ):
            return _state_party(gaz, first_state.code, (first_state.start, first_state.end))
        if first_person is not None and first_person[2].country_code:
            s, e, person = first_person
            return _Party(person.name, _person_participant(person), (s, e))
        return None
    return None


_ACT_ANSWERED_BEFORE = re.compile(
    r"\b(?:the|this|that|such\s+an?)\s+(?:\w+\s+)?(?:decision|move|step|expulsions?|measures?"
    r"|act|action|provocation)\b",
    re.IGNORECASE,
)


def _actor_named(doc: Document, lo: int, hi: int) -> bool:
    """Whether ``[lo, hi)`` names a person or a state (as a country, capital or demonym)."""
    return bool(doc.person_mentions(lo, hi)) or any(
        m.kind in _SENDER_KINDS for m in doc.mentions_in(lo, hi)
    )


# Warnings that an act will be answered: "the downing of the jet by Turkey would have serious
# consequences", "Israel's strike on the consulate will not go unanswered"
_ANSWERED_ACT_FORM = re.compile(r"consequences|unanswered|unpunished|reciprocal|countermeasures")
# Reciprocity that is a favour: "to ease entry for Chinese tourists", "for Brazilian travellers"
_FRIENDLY_RECIPROCITY_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:to\s+(?:ease|facilitate|recogni[sz]e|simplify|waive|open|allow|extend)"
    r"|for\s+(?:[A-Z]\w+\s+)?(?:travell?ers|tourists|visitors|students|citizens|nationals))\b"
)
# What a state's reciprocal measures answer: "expelled two diplomats", "added ... to its
# sanctions list", "declared ... persona non grata", "ordered ... to leave", "closed"
_HOSTILE_ACT = re.compile(
    r"\b(?:expel(?:led|s|ling)?|sanction(?:ed|s)?|persona\s+non\s+grata|ordered\b[^.;]{0,60}?"
    r"\bto\s+leave|banned|closed|seized|detained|arrested|impos(?:ed|es|e|ing)|froze|revoked"
    r"|suspended)\b",
    re.IGNORECASE,
)


def _hostile_act_author(
    doc: Document, gaz: Gazetteer, sentence_index: int, own: str | None
) -> _Party | None:
    """Whom reciprocal measures answer: the first state (or person of a state) other than the
    speaker's in the latest of the three sentences before that tells a hostile act ("Lithuania
    expelled a Russian diplomat", not "The move followed similar steps by Latvia")."""
    text = doc.text
    for index in range(sentence_index - 1, max(-1, sentence_index - 4), -1):
        earlier = doc.sentences[index]
        if _HOSTILE_ACT.search(text, earlier.start, earlier.end) is None:
            continue
        found: list[tuple[int, _Party]] = []
        for m in doc.mentions_in(earlier.start, earlier.end):
            if (
                m.kind in _SENDER_KINDS
                and m.code is not None
                and m.code != own
                and m.code not in IGO_CODES
                and not doc.in_dateline(m.start)
            ):
                found.append((m.start, _state_party(gaz, m.code, (m.start, m.end))))
                break
        for s, e, person in doc.person_mentions(earlier.start, earlier.end):
            if person.country_code and person.country_code != own:
                found.append((s, _Party(person.name, _person_participant(person), (s, e))))
                break
        if found:
            return min(found, key=lambda item: item[0])[1]
    return None


# Reasons of health, not a penalty, for a visa measure
_HEALTH_REASON = re.compile(
    r"\b(?:outbreak|coronavirus|virus|pandemic|epidemic|covid|ebola|mpox|cholera)\b",
    re.IGNORECASE,
)
# "agreed" as an adjective, after a preposition or an article: "in line with agreed protocols"
# (not the verb: "Russia and Ukraine agreed protocols")
_AGREED_AS_ADJECTIVE = re.compile(
    r"\b(?:with|under|to|of|by|on|in|per|the|an?|its|their|all)\s+(?:previously\s+)?agreed\s+$"
)
# "rejected" as an adjective of people: "the return of rejected Afghan asylum seekers"
_REJECTED_AS_ADJECTIVE = re.compile(r"\b(?:with|to|of|for|on|the|its|their|all|deport|return)\s+$")
_REJECTED_PEOPLE_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+)?(?:asylum[\s-]+seekers|asylum\s+applicants|applicants|migrants"
    r"|refugees|candidates|asylum\s+claims|claims|applications|bids)\b"
)
# A country's own central government, asked by one of its regions
_OWN_FEDERAL_GOVERNMENT_AFTER = re.compile(
    r"\s+(?:on\s+)?the\s+(?:federal|central|union|national)\s+government\b(?!\s+of\b)"
    r"|\s+(?:on\s+)?the\s+Centre\b"
)
# An office of a region within a state: "Kerala Chief Minister", "the governor of", "the state
# government" (not "IGAD Executive Secretary Workneh Gebeyehu urged the federal government")
_REGIONAL_OFFICE_SUBJECT = re.compile(
    r"\b(?:Chief\s+Minister|[Gg]overnor|[Mm]ayor|[Ss]tate\s+government|[Pp]rovincial"
    r"\s+government|[Rr]egional\s+(?:government|leader|president))"
    # (the one asking: only its name after the office, then the verb)
    r"(?:\s+[A-Z][\w'’.-]*){0,4}"
    # (an aside may follow the name: ", in a letter to External Affairs Minister S Jaishankar on
    # Monday,")
    r"(?:,\s+(?:in|on|at|during)\s+[^,;]{1,80},)?"
    # (or reported by itself: "said on Wednesday that he had asked the federal government")
    r"(?:\s+said(?:\s+on\s+[A-Z][a-z]+)?(?:\s+that)?\s+(?:he|she|it|they)(?:\s+(?:had|has|have))?)?"
    r"\s+(?:(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+\s+)?$"
)
# "called on the government to ...": the government of the state in question (not "the
# government of Mali", "the government's critics")
_THE_GOVERNMENT_AFTER = re.compile(
    r"\s+(the\s+(?:government|authorities))\b(?!\s+(?:of|in)\b|['’])"
)
_RECIPROCAL_FORM = re.compile(r"\b(?:reciprocal|retaliatory)\s+measures\b|\bcountermeasures\b")
# A state's act named by its demonym: "called the British decision 'hasty' and said Tehran would
# take reciprocal measures"
_ACT_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:decision|move|expulsion|expulsions|sanctions|seizure|attack|strike"
    r"|strikes|measures|ban|tariffs|restrictions|closure|detention)\b"
)
_BY_AUTHOR_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
_AUTHOR_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+(?!own\b)[a-z]")
_OWNED_BEFORE = re.compile(r"\b(?:of|on|against|at|to)\s+(?:the\s+)?$")
_THE_BEFORE_AUTHOR = re.compile(r"\bthe\s+$")
_SPEAKER_ORGAN_AFTER = re.compile(
    r"['’]s\s+(?:(?:[a-z]+\s+)?(?:ministry|office|department)|foreign|defen[cs]e|interior|state"
    r"|government|embassy|presidency"
    r"|military|army|president|prime|leader|envoy|ambassador|spokes\w+|officials?)\b",
    re.IGNORECASE,
)


def _answered_act(
    doc: Document,
    gaz: Gazetteer,
    sentence: Sentence,
    clause: tuple[int, int],
    start: int,
    parties: list[_Party],
) -> tuple[list[_Party], _Party] | None:
    """In "Putin said the downing of the jet by Turkey would have serious consequences" the
    act's author ("by Turkey", "Turkey's downing") is the one warned and the sentence's
    speaker the one warning: the parties with the speaker first and without the author, and
    the author (whom ``_directed`` takes as the target when the clause names none). None when
    the sentence names no such author or no speaker of another state."""
    text = doc.text
    author = next(
        (
            p
            for p in reversed(parties)  # the nearest the warning: not the speaker's own
            if clause[0] <= p.span[0]
            and p.span[1] <= start
            and p.participant.kind is _PARTICIPANT_STATE
            and (
                _BY_AUTHOR_BEFORE.search(text, max(clause[0], p.span[0] - 8), p.span[0])
                or (
                    _AUTHOR_POSSESSIVE_AFTER.match(text, p.span[1])
                    # "the seizure of Iran's tanker": the owner, not the author
                    and not _OWNED_BEFORE.search(text, max(clause[0], p.span[0] - 12), p.span[0])
                    # "Russia's foreign ministry denounced ...": the speaker's organ, no act
                    and not _SPEAKER_ORGAN_AFTER.match(text, p.span[1])
                )
            )
        ),
        None,
    )
    if author is None:
        # "called the British decision 'hasty' and said Tehran would take reciprocal
        # measures": a state's act named by its demonym (no party of the clause)
        author = next(
            (
                _state_party(gaz, m.code, (m.start, m.end))
                for m in reversed(doc.mentions_in(sentence.start, start))
                if m.kind is _KIND_ADJECTIVE
                and m.code is not None
                and _ACT_NOUN_AFTER.match(text, m.end)
                and _THE_BEFORE_AUTHOR.search(text, max(sentence.start, m.start - 6), m.start)
            ),
            None,
        )
    if author is None and _RECIPROCAL_FORM.search(text, clause[0], start + 40) is not None:
        # "France's foreign ministry rejected the accusations ... and warned that it would take
        # 'reciprocal measures'": the measures answer the other state just told of (the one
        # that expelled its diplomats)
        speaker = _sentence_subject(doc, gaz, sentence, start)
        if speaker is None or speaker.participant.country_code is None:
            return None
        author = _hostile_act_author(
            doc, gaz, doc.sentence_index(sentence.start), speaker.participant.country_code
        )
        if author is None or author.participant.country_code in (None, speaker.key):
            return None
        rest = [p for p in parties if p.key not in (author.key, speaker.key)]
        return [speaker, *rest], author
    if author is None:
        return None
    speaker = _sentence_subject(doc, gaz, sentence, author.span[0])
    if speaker is None or speaker.participant.country_code in (None, author.key):
        return None
    rest = [p for p in parties if p.key not in (author.key, speaker.key)]
    return [speaker, *rest], author


# "had 72 hours", "had been given 24 hours", "were given seven days" (to leave): the envoy
# told as the one who must go (not "gave him 48 hours", the expeller's own verb)
_GIVEN_TIME_BEFORE = re.compile(
    r"\b(?:(?:had|has|have)(?:\s+been\s+given)?|(?:was|were|been)\s+given)\s+(?:only\s+|just\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|a\s+few)\s+$",
    re.IGNORECASE,
)
_ENVOY_NAMED_BEFORE = re.compile(
    r"\b(?:ambassadors?|envoys?|diplomats?|charg[eé]s?\s+d['’]affaires|consuls?|attach[eé]s?"
    r"|high\s+commissioners?|embassy\s+staff)\b",
    re.IGNORECASE,
)


def _given_time_to_leave(
    doc: Document,
    gaz: Gazetteer,
    sentence: Sentence,
    clause: tuple[int, int],
    start: int,
    end: int,
    parties: list[_Party],
) -> tuple[str, list[_Party]] | None:
    """ "Chavez told a rally that U.S. Ambassador Patrick Duddy had 72 hours to leave
    Venezuela": the envoy's state is expelled, by the state to leave ("Venezuela"), else by the
    sentence's speaker, else by the state the story is filed from. None unless the clause names
    an envoy and his state before the deadline."""
    text = doc.text
    if not _GIVEN_TIME_BEFORE.search(text, max(clause[0], start - 40), start):
        return None
    envoy = _ENVOY_NAMED_BEFORE.search(text, max(sentence.start, start - 140), start)
    if envoy is None:
        return None
    lo = max(sentence.start, envoy.start() - 40)
    expelled = next(
        (p for p in reversed(parties) if lo <= p.span[0] and p.span[1] <= start),
        None,
    )
    if expelled is None or expelled.participant.country_code is None:
        return None
    code = expelled.participant.country_code
    left = next(
        (
            p
            for p in parties
            if end <= p.span[0] <= end + 12 and p.participant.country_code not in (None, code)
        ),
        None,
    )
    expeller = left or _sentence_subject(doc, gaz, sentence, expelled.span[0])
    if (
        expeller is None
        and doc.dateline is not None
        and doc.dateline_country is not None
        and doc.dateline_country != code
    ):
        expeller = _state_party(gaz, doc.dateline_country, doc.dateline)
    if expeller is None or expeller.participant.country_code in (None, code):
        return None
    others = [p for p in parties if p.participant.country_code == code]
    return expeller.key, [expeller, *others]


def _unanswered_author(
    doc: Document, gaz: Gazetteer, sentence: Sentence, sentence_index: int, start: int
) -> _Party | None:
    """Who a warning that an act "will not go unanswered" is aimed at: the state whose attack
    the article told ("said the Israeli strike on its consulate would not go unanswered"),
    else, for "the decision" or "the move", the latest person or state of another state named
    in the three sentences before (the foreign minister announcing the expulsions the
    embassy answers)."""
    attacker = _attacker(doc, gaz, start)
    if attacker is not None or not _ACT_ANSWERED_BEFORE.search(doc.text, sentence.start, start):
        return attacker
    return _latest_other_party(doc, gaz, sentence, sentence_index, start)


def _latest_other_party(
    doc: Document, gaz: Gazetteer, sentence: Sentence, sentence_index: int, start: int
) -> _Party | None:
    """The latest person or state of another state than the sentence's first named in the
    three sentences before: the author of "the decision" or "the expulsion" a statement
    answers."""
    # (the warning's own state: the sentence's first, "The Russian embassy in Oslo")
    own = next(
        (m.code for m in doc.mentions_in(sentence.start, start) if m.kind in _SENDER_KINDS), None
    )
    for index in range(sentence_index - 1, max(0, sentence_index - 4), -1):
        earlier = doc.sentences[index]
        for s, e, person in doc.person_mentions(earlier.start, earlier.end):
            if person.country_code and person.country_code != own:
                return _Party(person.name, _person_participant(person), (s, e))
        for m in doc.mentions_in(earlier.start, earlier.end):
            if m.kind in _SENDER_KINDS and m.code != own and not doc.in_dateline(m.start):
                return _state_party(gaz, m.code, (m.start, m.end))
    return None


def _attacker(doc: Document, gaz: Gazetteer, before: int) -> _Party | None:
    """The state whose attack the article last told of before ``before`` ("a Russian missile
    strike", "an air strike by Myanmar's military", "Ecuadorian police forced their way into
    ..."), if any: the attack "condemned the strike" refers to."""
    text = doc.text
    found: _Party | None = None
    for mention in doc.mentions_in(0, before):
        if mention.kind not in (_KIND_ADJECTIVE, _KIND_COUNTRY) or doc.in_dateline(mention.start):
            continue
        match = _ATTACK_BY_STATE.match(text, mention.end) or _FORCES_ATTACKED.match(
            text, mention.end
        )
        if match is None and _ATTACK_BY_BEFORE.search(
            text, max(0, mention.start - 40), mention.start
        ):
            match = (
                _STATE_FORCES.match(text, mention.end)
                if mention.kind is _KIND_ADJECTIVE
                else _STATE_FORCES_OPTIONAL.match(text, mention.end)
            )
        if match is not None and match.end() <= before:
            found = _state_party(gaz, mention.code, (mention.start, mention.end))
    return found


# What a body of states threatens: sanctions, consequences, force
_BODYS_THREAT_WORDS = re.compile(
    r"\b(?:sanctions?|consequences|countermeasures|retaliat\w*|reprisals|military\s+force"
    r"|use\s+of\s+force|use\s+(?:military\s+)?force|military\s+intervention|punitive\s+measures"
    r"|restrictive\s+measures|all\s+necessary\s+measures|tariffs|isolation|risks?\s+losing"
    r"|defend\s+every\s+inch"
    # what it warns against, what the warned would lose: "warned Iran against interfering",
    # "warned Hungary that it could lose billions of euros", "would be barred from the summit"
    r"|against|(?:would|could|will|may)\s+(?:\w+\s+){0,2}?(?:lose|be\s+barred|bar|stop|withhold"
    r"|cut|freeze|restrict|ban|impose|intervene|move\s+on|suspend|expel|be\s+(?:frozen|suspended"
    r"|expelled)))\b",
    re.IGNORECASE,
)


def _is_state_actor(participant: Participant) -> bool:
    code = participant.country_code
    return code is not None and code not in IGO_CODES


_RELATIVE_WORD = re.compile(r"\b(?:which|who|whose|that|where)\b")
# What an appeal asks for, an infinitive: "urged Warsaw to reopen", "called on them to lift"
_ASKED_TO_DO = re.compile(r"\bto\s+[a-z]+")
# Between two coordinated subjects: "X and his Bolivian counterpart Y", "X, Y and Z".
_AND_ANOTHER = re.compile(
    r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:his|her|their|the)\s+)?(?:[\w.'’-]+\s+){0,4}"
)


# What may stand before talks in an adjunct: "two days of Qatari-mediated", "lengthy"
_TALKS_SPAN_LEAD = re.compile(
    r"(?:(?:a|an|two|three|four|five|six|several|\d+)\s+(?:(?:long|full|marathon)\s+)?"
    r"(?:mornings?|afternoons?|days?|nights?|evenings?|hours|weeks?|months?|rounds?)\s+of\s+)?"
    r"(?:[a-z][\w-]*\s+|[A-Z][a-z]+-(?:mediated|brokered|hosted|led)\s+){0,2}"
)
# A journey told by a gerund before its purpose: "flying to Nuku'alofa for", "heading on to
# Suva to attend"
_TRAVEL_GERUND_LEAD = re.compile(
    r"(?:flying|travell?ing|heading|going|leaving|returning|continuing)\s+(?:on\s+)?(?:to|for)"
    r"\s+[A-Z][^,;:]{1,40}?\s+(?:for|to\s+(?:hold|attend))\s+"
)


def _main_subject(
    doc: Document, gaz: Gazetteer, sentence: Sentence, clause: tuple[int, int]
) -> list[_Party]:
    people = doc.person_mentions(sentence.start, clause[0])
    if people:
        # "Boric and his Bolivian counterpart Luis Arce signed ... after talks": both
        s, e, person = people[0]
        found = [_Party(person.name, _person_participant(person), (s, e))]
        for s, e, person in people[1:]:
            if not _AND_ANOTHER.fullmatch(doc.text, found[-1].span[1], s):
                break
            found.append(_Party(person.name, _person_participant(person), (s, e)))
        return found
    states: list[_Party] = []
    for mention in doc.mentions_in(sentence.start, clause[0]):
        if mention.kind in (_KIND_COUNTRY, _KIND_METONYM) and not doc.in_dateline(mention.start):
            if states and (
                not _AND_ANOTHER.fullmatch(doc.text, states[-1].span[1], mention.start)
                or _RELATIVE_WORD.search(doc.text, states[-1].span[1], mention.start)
            ):
                break  # "Burkina Faso and Niger, which together with Mali ...": both, not Mali
            states.append(_state_party(gaz, mention.code, (mention.start, mention.end)))
    return states


def _main_partner(doc: Document, sentence: Sentence, clause: tuple[int, int]) -> list[_Party]:
    """The person the main clause's act was done with: "signed the arrangement with his Solomon
    Islands counterpart Peter Shanel Agovaka" (before an adjunct "after talks")."""
    text = doc.text
    if text.find(" with ", sentence.start, clause[0]) < 0:  # (the literal first)
        return []
    withs = list(_WITH_PARTNER.finditer(text, sentence.start, clause[0]))
    if not withs:
        return []
    last = withs[-1]
    people = doc.person_mentions(last.end(), clause[0])
    if not people or not _PARTNER_GAP.fullmatch(text, last.end(), people[0][0]):
        return []
    s, e, person = people[0]
    return [_Party(person.name, _person_participant(person), (s, e))]


_WITH_PARTNER = re.compile(r"\bwith\s+")
# A main verb of signing or agreeing before an adjunct "after talks"
_SIGNED_MAIN_VERB = re.compile(r"\b(?:signed|initialled|initialed|sealed|agreed)\b")
_OWN_PARTNER_AFTER = re.compile(r"\s+(?:with|between|among)\b")
# Between "with" and the partner's name: "his Solomon Islands counterpart", "Japanese Prime Minister"
_PARTNER_GAP = re.compile(r"(?:(?:his|her|their)\s+)?(?:[\w.'’-]+\s+){0,4}")


# "talks (were) mediated by (the) ...": the talks' mediator, named next
_TALKS_NOUN = r"\b(?:talks|negotiations|consultations|dialogue)\s+(?:(?:were|was)\s+)?"
_TALKS_MEDIATED_BY = _TALKS_NOUN + r"(?:mediated|brokered)\s+by\s+(?:the\s+)?"
_TALKS_MEDIATED_BY_BEFORE = re.compile(
    _TALKS_MEDIATED_BY
    # (each mediator of a list: "mediated by Qatar, Egypt and the United States")
    + r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s+|\s+and\s+)(?:the\s+)?){0,4}$"
)
_TALKS_MEDIATED_BY_DIRECT = re.compile(_TALKS_MEDIATED_BY + "$")
_TALKS_BEFORE_BROKERED = re.compile(_TALKS_NOUN + "$", re.IGNORECASE)


def _brokers(doc: Document, gaz: Gazetteer, sentence: Sentence) -> list[_Party]:
    """Mediators of an agreement: "brokered by Saudi Arabia and the United States", "Russian-brokered"."""
    text = doc.text
    found: list[_Party] = []
    brokered = (
        _BROKERED_BY.finditer(text, sentence.start, sentence.end)
        if _sentence_may_match(doc, sentence, _BROKERED_GUARD)
        else ()
    )
    for m in brokered:
        if _TALKS_BEFORE_BROKERED.search(text, max(sentence.start, m.start() - 30), m.start()):
            # "agreed ... at the end of a third round of talks mediated by Turkey": the talks'
            # mediator, not a party to what the sides agreed
            continue
        window_end = min(sentence.end, m.end() + 60)
        boundary = _TARGET_END.search(text, m.end(), window_end)
        limit = boundary.start() if boundary else window_end
        for mention in doc.mentions_in(m.end(), limit):
            if mention.kind in (_KIND_COUNTRY, _KIND_METONYM, _KIND_IGO):
                found.extend(_parties_of(doc, gaz, mention, sentence))
        for s, e, person in doc.person_mentions(m.end(), limit):
            found.append(_Party(person.name, _person_participant(person), (s, e)))
    for mention in doc.mentions_in(sentence.start, sentence.end):
        if (
            mention.kind is _KIND_ADJECTIVE
            and _BROKER_HYPHEN_AFTER.match(text, mention.end)
            # "agreed ... after two days of Qatari-mediated talks": the talks' mediator
            and not _MEDIATED_TALKS_AFTER.match(text, mention.end)
        ):
            found.append(_state_party(gaz, mention.code, (mention.start, mention.end)))
    return found


# A state's adjective that mediates talks: "Qatari-mediated talks", "the third round of
# Turkish-mediated negotiations"
_MEDIATED_TALKS_AFTER = re.compile(
    r"-(?:brokered|mediated)\s+(?:[a-z-]+\s+)?(?:talks|negotiations|consultations|dialogue)\b"
)


# ... or named after the talks: "talks mediated by Turkey", "negotiations brokered by Qatar"
_MEDIATED_BY_AFTER = re.compile(
    # (after the talks' place or day: "talks in Accra mediated by Ghana")
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?(?:\s+on\s+[A-Z][a-z]+day)?"
    r"\s+(?:(?:were|was|being)\s+)?(?:mediated|brokered)\s+by\s+(?:the\s+)?"
)


def _talks_mediator(doc: Document, gaz: Gazetteer, start: int, end: int) -> _Party | None:
    """The state whose adjective says it mediates the talks at ``[start, end)``:
    "Qatari-mediated talks in Doha" (a party, and the talks a mediation)."""
    text = doc.text
    after = _MEDIATED_BY_AFTER.match(text, end)
    if after is not None:
        # "a third round of technical talks mediated by Turkey in Ankara"
        for mention in doc.mentions_in(after.end(), after.end() + 40):
            if (
                mention.start == after.end()
                and mention.code is not None
                and mention.kind in (_KIND_COUNTRY, _KIND_METONYM)
                and mention.code not in IGO_CODES
            ):
                return _state_party(gaz, mention.code, (mention.start, mention.end))
            break
    if text.find("-", max(0, start - 40), start) < 0:  # (the literal first)
        return None
    for mention in doc.mentions_in(max(0, start - 40), start):
        if mention.kind is not _KIND_ADJECTIVE:
            continue
        match = _MEDIATED_TALKS_AFTER.match(text, mention.end)
        if match is not None and start < match.end() <= end + 1:
            return _state_party(gaz, mention.code, (mention.start, mention.end))
    return None


def _slots(
    gaz: Gazetteer,
    text: str,
    sentence: Sentence,
    places: list[tuple[Location, tuple[int, int]]],
    dates: list[DateMention],
    start: int,
    end: int,
) -> list[tuple[tuple[Location, tuple[int, int]] | None, DateMention | None]]:
    """One (place, date) per event the trigger names.

    Several places each with its own date are several events: "in Lausanne on Saturday and
    in London on Sunday" (one city told twice is one place: "talks on Wednesday in Ankara, where
    they discussed an embassy in Ankara").
    """
    if (
        len(places) >= 2
        and not _one_country(places)
        and len({(location.name, location.country_code) for location, _ in places}) > 1
        and _coordinated(text, places)
    ):
        slots: list[tuple[tuple[Location, tuple[int, int]] | None, DateMention | None]] = []
        # (each day told before its place: "on Saturday in Lausanne and on Sunday in London")
        days_first = any(end <= d.start < places[0][1][0] for d in dates)
        for index, (location, span) in enumerate(places):
            if days_first:
                lo = places[index - 1][1][1] if index else end
                own = [d for d in dates if lo <= d.start < span[0]]
            else:
                limit = places[index + 1][1][0] if index + 1 < len(places) else sentence.end
                own = [d for d in dates if span[1] <= d.start < limit]
            slots.append(((location, span), own[0] if own else None))
        return slots
    return [(_single_place(gaz, places), _nearest_date(dates, start, end))]


def _one_country(places: list[tuple[Location, tuple[int, int]]]) -> bool:
    """One country named twice ("in the U.S. state of Georgia ... in the United States"): one
    place, not two events."""
    return (
        all(location.feature == "country" for location, _ in places)
        and len({location.country_code for location, _ in places}) == 1
    )


def _invitation(
    doc: Document,
    sentence: Sentence,
    sentence_index: int,
    clause: tuple[int, int],
    hit: _Hit,
    parties: list[_Party],
) -> list[_Mention]:
    """ "An invitation to Iran was not confirmed": attendance news for the event in focus.

    The invitee is the first party after an active trigger ("invited Iran", "invitation
    to Iran") or the nearest one before a passive one ("X had been invited").
    """
    text = doc.text
    passive = bool(_PASSIVE_BEFORE.search(text, max(sentence.start, hit.start - 16), hit.start))
    if passive:
        before = [p for p in parties if p.span[1] <= hit.start]
        invitees = before[-1:]
    else:
        invitees = [p for p in parties if hit.end <= p.span[0] <= hit.end + 40][:1]
    if not invitees:
        return []
    not_confirmed = _NOT_CONFIRMED.search(text, clause[0], clause[1])
    attendance = _ATTENDANCE_UNCONFIRMED if not_confirmed else _ATTENDANCE_INVITED
    return [
        _Mention(
            trigger=hit.trigger,
            span=(hit.start, hit.end),
            sentence=sentence,
            sentence_index=sentence_index,
            status=_STATUS_UNKNOWN,
            anaphoric=True,
            parties=[_with_attendance(p, attendance) for p in invitees],
        )
    ]


def _with_attendance(party: _Party, attendance: Attendance) -> _Party:
    return _Party(
        party.key, party.participant.model_copy(update={"attendance": attendance}), party.span
    )


# What is told as of two months or more before publication is background, not news (the
# months of ``_months_ago_opening``, in days)
_OLD_DAYS = 60
_AFTER_OPENS = re.compile(r"\s*,?\s*(?:shortly\s+|soon\s+|days\s+|weeks\s+)?after\b")


# An act in a clause that depends on the one before it: "after cutting ties with Taiwan", "since
# 1971, shortly after British forces withdrew" (a clause with a subject of its own) ...
_DEPENDENT_CLAUSE_BEFORE = re.compile(
    r"\b(?:after|before)\s+(?:[\w'’.-]+\s+){0,4}$"
    # ... or a clause coordinated with it: "said in a 2019 advisory opinion that ..., and the
    # U.N. General Assembly demanded"
    r"|,\s+and\s+(?:[\w'’.-]+\s+){1,5}$"
)


def _old_day_before(doc: Document, sentence: Sentence, start: int) -> bool:
    """Whether the sentence dates what it tells before ``start`` two months or more before
    publication ("in March 2023", "on Jan. 2")."""
    days = [
        d.value
        for d in doc.dates.find(sentence.start, start, doc.published, Tense.PAST)
        if d.value is not None
        # (not a day to come with no year: "agreed to hold the next session ... on March 10,
        # and Guelleh invited Abiy" in January)
        and not (
            _A_YEAR.search(d.text) is None
            and _TO_COME_BEFORE.search(doc.text, sentence.start, d.start) is not None
        )
    ]
    if days:
        return (doc.published - max(days)).days >= _OLD_DAYS
    published = doc.published
    for month_year in _IN_MONTH_YEAR.finditer(doc.text, sentence.start, start):
        month = MONTH_NUMBERS[month_year.group(1).lower()] if month_year.group(1) else 12
        ago = (published.year - int(month_year.group(2))) * 12 + published.month - month
        if ago >= 2:
            return True
    return False


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# What is still to come, told before a day: "agreed to hold the next session ... on March 10"
_TO_COME_BEFORE = re.compile(
    r"\b(?:will|would|to\s+hold|to\s+meet|to\s+be\s+held|next|due|scheduled|set\s+for"
    r"|planned|expected)\b"
)
_IN_MONTH_YEAR = re.compile(
    rf"\b(?:in|during|since)\s+(?:(?:a|an|the|its)\s+)?(?:({_MONTHS})\s+)?((?:19|20)\d\d)\b"
)


def _after_an_old_day(doc: Document, sentence: Sentence, clause: tuple[int, int]) -> bool:
    """Whether the clause is followed by an "after" clause dated two months or more before
    publication: "imposed sanctions on Niger after soldiers toppled Bazoum on July 26"."""
    text = doc.text
    if text.find("after", clause[1], min(sentence.end, clause[1] + 24)) < 0:
        return False  # (the cheap test first)
    opened = _AFTER_OPENS.match(text, clause[1], sentence.end)
    if opened is None:
        return False
    days = _days_named(doc, opened.end(), sentence.end, Tense.PAST)
    return bool(days) and (doc.published - max(days)).days >= _OLD_DAYS


def _is_report_date(
    doc: Document, when: DateMention, sentence: Sentence, trigger_start: int
) -> bool:
    """ "the ministry said on Wednesday", "On Wednesday, both announced ...": report dates.

    A date after the trigger belongs to the event ("met on Friday, Peskov said").
    """
    text = doc.text
    if doc.in_dateline(when.start):
        return True  # "TOKYO, Oct. 19 Kyodo -": the day of the report
    subject, windows = _windows(doc)
    if windows.report_verb_before.search(subject, max(sentence.start, when.start - 40), when.start):
        return True
    if when.end > trigger_start:
        return False
    after = text[when.end : min(sentence.end, when.end + 40)]
    return bool(_REPORT_VERB_AFTER.match(after))


# "On Monday, before leaving Astana, Tokayev spoke by phone ...": a date that opens the
# sentence, before a comma, dates its main clause even when another clause comes between.
# "On Saturday, ...", and a short scene-setting phrase that ends with the day: "At a news
# conference in Quito on Saturday, ...", "In a statement on Monday, ...".
_OPENING_DATE_BEFORE = re.compile(
    r"\s*(?:(?-i:At|In|During|Speaking)\s[^,;:.\"]{0,60}?\s)?"
    r"(?:(?:early|late|earlier|later)\s+)?$",
    re.IGNORECASE,
)
_OPENING_DATE_AFTER = re.compile(r"\s*,")


def _opening_date(
    doc: Document, sentence: Sentence, clause_start: int, tense: Tense
) -> list[DateMention]:
    text = doc.text
    for when in doc.dates.find(sentence.start, clause_start, doc.published, tense):
        if _OPENING_DATE_BEFORE.match(text, sentence.start, when.start) and (
            _OPENING_DATE_AFTER.match(text, when.end)
        ):
            return [when]
    return []


# "a two-day joint patrol ..., which began on Saturday": the event's own days, told in a
# relative clause about it.
_RELATIVE_TIME = re.compile(
    r"[^,;:.]{0,80},\s*which\s+(?:began|started|opened|ended|closed|concluded|took\s+place"
    r"|was\s+held|were\s+held|kicked\s+off)\s+"
)


def _relative_date(doc: Document, sentence: Sentence, end: int, tense: Tense) -> list[DateMention]:
    relative = _RELATIVE_TIME.match(doc.text, end, sentence.end)
    if relative is None:
        return []
    stop = min(sentence.end, relative.end() + 30)
    return [
        d
        for d in doc.dates.find(relative.end(), stop, doc.published, tense)
        if d.start == relative.end()
    ][:1]


# A day told by the one named before it in the sentence: days to add to that one.
_NEXT_DAY = re.compile(
    r"\b(?:(?:the\s+(?:next|following)\s+day|a\s+day\s+later"
    r"|(?P<later>two|three|four|five|six)\s+days\s+later|the\s+(?P<same>same)\s+day)\b"
    r"|(?P<before>(?:the\s+(?:previous\s+day|day\s+before)|a\s+day\s+earlier)\b"
    # ("recalled its ambassador on Wednesday, a day after Managua expelled the consul": the act
    # the clause after "after" tells is the day before, "two days after" two days before; see
    # ``_next_day``)
    r"|(?:a\s+day|(?P<after>two|three|four|five|six)\s+days)\s+after\s+$))"
)
_PHRASE_THEN_SUBJECT = re.compile(
    r"(?:the|a|an|its|their)\s+"
    # (not a title before its holder's name: "two days after the foreign minister Araqchi
    # visited Beirut")
    r"(?!(?:[a-z][\w-]*\s+){0,2}?(?:minister|president|envoy|ambassador|secretary|leader|chief"
    r"|spokesman|spokeswoman|spokesperson|king|queen|prince|premier|chancellor|general"
    r"|commander|governor|mayor|senator|negotiator|official)\s+[A-Z])"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+[A-Z][\w'’-]+\s+[a-z]+(?:ed|s)\b"
)


# Where the words of another speaker or of a description open after an act: ", in what Hill
# Tinoco described as a goodwill gesture ahead of the signing"
_ANOTHERS_WORDS_BETWEEN = re.compile(
    r",\s+(?:in\s+what|which|what)\s+[^,;]*?\b(?:called|described|termed|hailed|saw)\b"
)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|due\s+to|scheduled|expected|plans?\s+to)\b"
)
_NEWS_OR_MONTH = re.compile(
    r"\b(?:revealed|reported|emerged|disclosed|learned|learnt|(?:19|20)\d\d|" + _MONTHS + r")\b"
)


def _next_day(
    doc: Document, sentence: Sentence, clause: tuple[int, int], tense: Tense
) -> list[DateMention]:
    """ "summoned Japan's ambassador on Thursday, and Tokyo responded the next day when it
    summoned ...": the day after the last day the sentence named before the clause ("the same
    day" is that day, "a day earlier" the one before)."""
    lo = max(sentence.start, clause[0] - 20)  # (", a day after", ", two days after" open it)
    if doc.lower.find(" day", lo, clause[1]) < 0:
        return []  # (every form names the day: the literal test spares most clauses the search)
    match = _NEXT_DAY.search(doc.text, clause[0], clause[1])
    if match is None:
        match = _NEXT_DAY.search(doc.text, lo, clause[0])
        if (
            match is None
            # ("will hold talks on Friday, a day after the envoy visits Beirut": a day to come;
            # "a day after it was revealed that Nicaragua had expelled the consul in March":
            # the day of the news, not of the act)
            or _FUTURE_BEFORE.search(doc.text, sentence.start, lo)
            or _NEWS_OR_MONTH.search(doc.text, lo, clause[1])
        ):
            return []
    # ("two days after the talks Beijing accused Manila": a phrase of its own, then the act's
    # own subject; the act is the later day)
    later = _PHRASE_THEN_SUBJECT.match(doc.text, match.end()) is not None
    earlier = _days_named(doc, sentence.start, clause[0], tense)
    if (
        not earlier
        and match.group("after")
        and _IT_CAME_BEFORE.fullmatch(doc.text, sentence.start, match.start()) is not None
        and (index := doc.sentence_index(sentence.start)) > 0
    ):
        # "Egypt and Iran agreed on Wednesday ... The announcement came three days after Iran
        # freed 14 Egyptian crew members": counted from the day the sentence before names last
        before = doc.sentences[index - 1]
        # (or the report's day, where that sentence names none: the news came as told)
        earlier = _days_named(doc, before.start, before.end, tense) or [doc.published]
    return _counted_day(doc, match, earlier, tense, later)


# A sentence that tells when the news came: "The announcement came", "The move comes", "It
# came" (before "three days after ...")
_IT_CAME_BEFORE = re.compile(
    r"\s*(?:(?:The|This|That)\s+(?:[a-z-]+\s+){0,2}?(?:announcement|move|decision|agreement|deal"
    r"|visit|talks|meeting|call|step|statement)|It)\s+(?:came|comes)\s+"
)


def _counted_day(
    doc: Document,
    match: re.Match[str],
    earlier: list[dt.date],
    tense: Tense,
    later: bool = False,
) -> list[DateMention]:
    """The day a ``_NEXT_DAY`` match counts from the last of ``earlier`` (none without one);
    ``later``: an "after" phrase of its own, the act after it ("two days after the talks
    Beijing accused ...")."""
    if not earlier:
        return []
    if match.group("after"):
        shift = -(parse_single(match.group("after")) or 1)
    elif match.group("later"):
        shift = parse_single(match.group("later")) or 1
    else:
        shift = 0 if match.group("same") else -1 if match.group("before") else 1
    if later and shift < 0 and (match.group("after") or match.group().rstrip().endswith("after")):
        shift = -shift
    day = earlier[-1] + timedelta(shift)
    if tense is Tense.PAST and day > doc.published:
        return []  # a day after the day of publication is told as past: no day we can trust
    told = match.group().rstrip()  # ("a day after " ends on its space)
    return [DateMention(match.start(), match.start() + len(told), told, day)]


def _days_named(doc: Document, lo: int, hi: int, tense: Tense) -> list[dt.date]:
    """The days the date expressions inside ``[lo, hi)`` resolve to, in text order."""
    return [d.value for d in doc.dates.find(lo, hi, doc.published, tense) if d.value is not None]


def _next_day_opening(doc: Document, sentence_index: int, tense: Tense) -> list[DateMention]:
    """ "A commission met on Monday ... The same day, Santo Domingo suspended ...": a sentence
    opening on "the same day" ("the next day", "a day earlier") counts from the last day the
    sentence before named."""
    sentence = doc.sentences[sentence_index]
    if doc.lower.find(" day", sentence.start, sentence.start + 24) < 0:
        return []  # (the cheap test first)
    lead = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
    match = _NEXT_DAY.match(doc.lower, lead)  # (on the lowered text: "The same day")
    if match is None:
        return []
    before = doc.sentences[sentence_index - 1]
    return _counted_day(doc, match, _days_named(doc, before.start, before.end, tense), tense)


# A sentence opening on a month without a day: "In December, ...", "Last March, ...".
_OPENING_MONTH = re.compile(
    r"\s*(?:[Ii]n|[Ll]ast|[Ee]arly|[Ll]ate|[Ee]arlier\s+in)\s+(?:early\s+|late\s+|mid-)?"
    rf"({_MONTHS})\s*,"
)


# A sentence that opens on a clause dated to a year: "When Spain backed the autonomy plan in
# March 2022, ...", "After the coup in 2021, ...".
_OPENING_YEAR_CLAUSE = re.compile(
    r"\s*(?:When|After|Before|Once)\s+[^,;.]{0,120}?\b(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:(?:{_MONTHS})\s+)?((?:19|20)\d\d)\s*,"
)


# A sentence dated to a year as a whole: "In April 2022, Norway expelled three Russian
# diplomats ..., and Moscow responded by ordering ..."
_OPENING_YEAR = re.compile(
    r"\s*(?:In|During|By)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:(?:{_MONTHS})\s+)?((?:19|20)\d\d)\s*,"
)


# A year naming the thing that follows: "a 1929 peace treaty", "the 2015 nuclear deal"
_YEAR_OF_THING_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+((?:19|20)\d\d)\s+(?:[A-Za-z-]+\s+){0,2}$"
)


def _opening_year(doc: Document, sentence: Sentence) -> re.Match[str] | None:
    """The opening clause ("When Spain backed the plan in March 2022,") or phrase ("In April
    2023,") that dates the sentence's start to a year (group 1)."""
    first = doc.text[sentence.start : sentence.start + 1]
    if first not in ("W", "A", "B", "O", "I", "D"):
        return None  # the cheap test first
    opening = _OPENING_YEAR_CLAUSE.match(doc.text, sentence.start, sentence.end)
    if opening is None and first in ("I", "D", "B"):
        opening = _OPENING_YEAR.match(doc.text, sentence.start, sentence.end)
    return opening


def _old_year_opening(doc: Document, sentence: Sentence, start: int) -> bool:
    """The act at ``start`` follows an opening clause or phrase dated to an earlier year (a
    phrase only when the rest of the sentence gives no date of its own: not "In April 2022,
    Norway expelled three diplomats, and on Thursday it expelled 15 more")."""
    opening = _opening_year(doc, sentence)
    if (
        opening is not None
        and opening.re is _OPENING_YEAR
        and doc.dates.find(opening.end(), sentence.end, doc.published, Tense.PAST)
    ):
        return False
    return (
        opening is not None
        and opening.end() <= start
        and int(opening.group(1)) < doc.published.year
    )


# A sentence that places its act around the one before: "That swap came weeks after ...",
# "The exchange followed ..."
_AROUND_THE_ONE_BEFORE = re.compile(
    r"\s*(?:That|This|The)\s+[a-z]+\s+(?:came|followed|happened|took\s+place)\s+"
    r"(?:(?:days|weeks|months|shortly|soon|just|a\s+\w+|two|three|\w+)\s+)?(?:after|before)\b"
)


def _after_an_old_sentence(doc: Document, sentence_index: int) -> bool:
    """Whether the sentence places its act around the act of the sentence before, and that one
    opens with an earlier year ("In April 2023, ..."): both are background."""
    if sentence_index == 0:
        return False
    sentence = doc.sentences[sentence_index]
    if _RESPONDED_OPENING.match(doc.text, sentence.start, sentence.end):
        # "... recalled their ambassadors from Algiers in April 2025 ... Algeria responded by
        # recalling its own ambassadors": the answer to a past act is as old
        before = doc.sentences[sentence_index - 1]
        return any(
            int(year.group(1)) < doc.published.year
            # (not a year in an aside: "since a similar case in November 2026", "as it did in")
            and not _YEAR_ASIDE_BEFORE.search(
                doc.text, max(before.start, year.start() - 30), year.start()
            )
            for year in _IN_A_MONTH_YEAR.finditer(doc.text, before.start, before.end)
        ) and not _NEWS_DAY.search(doc.text, before.start, sentence.end)
    if not _AROUND_THE_ONE_BEFORE.match(doc.text, sentence.start, sentence.end):
        return False
    opening = _opening_year(doc, doc.sentences[sentence_index - 1])
    return opening is not None and int(opening.group(1)) < doc.published.year


_RESPONDED_OPENING = re.compile(
    r"\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:responded|retaliated|reacted)\s+"
    r"(?:by|with)\b"
)
_IN_A_MONTH_YEAR = re.compile(rf"\bin\s+(?:(?:{_MONTHS})\s+)?((?:19|20)\d\d)\b")
# A day of the news: a weekday or a word for today or this week
_NEWS_DAY = re.compile(
    rf"\b(?:{_WEEKDAY_NAMES}|today|tonight|yesterday|overnight"
    r"|this\s+(?:morning|afternoon|evening|week)|earlier\s+this\s+week)\b"
)
_YEAR_ASIDE_BEFORE = re.compile(r"\b(?:since|as\s+it\s+did|like|similar|as\s+in)\b[^.;]*$")


def _months_ago_opening(doc: Document, sentence: Sentence) -> int:
    """How many months before publication the month opening the sentence is (0 when none):
    an act told as of two or more months ago is background, not news."""
    opening = _OPENING_MONTH.match(doc.text, sentence.start, sentence.end)
    if opening is None:
        return 0
    month = MONTH_NUMBERS[opening.group(1).lower()]
    return (doc.published.month - month) % 12


# A month with no day or year, told as past: "in April", "last October", "in late May".
_CLAUSE_MONTH = re.compile(
    r"\b(?:[Ii]n|[Ll]ast|[Ee]arly|[Ll]ate)\s+(?:early\s+|late\s+|mid-)?"
    rf"({_MONTHS})\b(?!\s*(?:\d|next|this|of\s+(?:next|this)))"
)


def _of_the_act(text: str, end: int, m: re.Match[str]) -> bool:
    """Whether a time named in a clause is the act's (ending at ``end``): before it, or after it
    but not in what it asks or plans ("invited Boric to visit La Paz in August", "a conference
    that Tajikistan will host in June") nor in what it is about ("over a port deal signed in
    January")."""
    return m.start() < end or not (
        _COMPLEMENT_BETWEEN.search(text, end, m.start())
        or _MODIFIER_BETWEEN.search(text, end, m.start())
    )


def _months_ago_in_clause(doc: Document, clause: tuple[int, int], end: int) -> int:
    """How many months before publication the one month a clause names is (0 when none, or
    when it names more than one; 12 for "last year"): before the act, or ending at most 80
    characters after it (``_of_the_act``)."""
    text = doc.text
    window = min(clause[1], end + 80)
    months = {
        m.group(1)
        for m in _CLAUSE_MONTH.finditer(text, clause[0], window)
        if _of_the_act(text, end, m)
    }
    if any(_of_the_act(text, end, m) for m in _LAST_YEAR.finditer(text, clause[0], window)):
        return 12  # "Nicaragua expelled the Vatican's ambassador last year", "in March last year"
    if len(months) != 1:
        return 0
    return (doc.published.month - MONTH_NUMBERS[months.pop().lower()]) % 12


def _earlier_period_in_clause(
    doc: Document, clause: tuple[int, int], start: int, end: int, first_day: int | None
) -> bool:
    """Whether the act's clause dates it by a past period without a day: "a deal agreed
    earlier this year", "signed a defence protocol last month", "met in Shanghai earlier this
    month" (the analysts' background, as an act two months old is). Not a period of another
    relative or time clause ("Faye, who took office earlier this month, met Goita", "After a
    meeting in Paris last month, Zelenskiy met Macron"), nor one before an act that has a day
    of its own ("signed a treaty last month, and on Wednesday Belousov arrived"), nor one
    after it past a day of the clause ("met Putin in Sochi last month and is planning
    celebrations on Sunday" is the period's; "met Lula on Wednesday to follow up on a deal
    reached last month" is not), save the period of the noun's own participle ("a deal
    reached last month")."""
    text = doc.text
    window = min(clause[1], end + 80)
    for m in _EARLIER_PERIOD.finditer(text, clause[0], window):
        subordinate = _SUBORDINATE_BEFORE.search(text, max(clause[0], m.start() - 80), m.start())
        if subordinate is not None and not subordinate.start() < start < m.start():
            continue  # (the act told in it is its own: "Xi and Putin, who met earlier this month")
        if m.start() < start:
            if first_day is None:
                return True
        elif _ITS_PARTICIPLE.fullmatch(text, end, m.start()) is not None or (
            (first_day is None or m.start() < first_day) and _of_the_act(text, end, m)
        ):
            return True
    return False


# A relative or time clause that a period belongs to: "who took office earlier this month",
# "after a meeting in Paris last month"
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:who|whom|whose|which|after|following|since|before|until)\b[^,;]*$", re.IGNORECASE
)


# The participle of what a noun names, right after it: "a defence protocol signed earlier this
# month", "a deal agreed earlier this year"
_ITS_PARTICIPLE = re.compile(r"\s+(?:signed|agreed|reached|struck|concluded|sealed|held)\s+")


_OLD_MONTH_GUARD = Guard(
    [*MONTH_NAMES, "last year", "previous year", "last month", "previous month", "earlier this"]
)
_EARLIER_PERIOD_WORDS = ("last", "previous", "earlier")
_EARLIER_PERIOD = re.compile(
    r"(?<!since )(?<!until )(?<!than )(?<!from )\b(?:(?:[Ll]ast|[Pp]revious)\s+month"
    r"|[Ee]arlier\s+this\s+(?:month|year))\b(?!['’]s)"
)
_LAST_YEAR = re.compile(
    r"(?<!since )(?<!until )(?<!than )(?<!from )(?<!as )\b(?:[Ll]ast|[Pp]revious)\s+year\b"
)


_COMPLEMENT_BETWEEN = re.compile(r"\b(?:to\s+[a-z]+|will|would|shall|plans?|planned)\b")
# A month of something the act is about: "over a port deal signed in January", "the truce
# agreed in January", "over the elections held in late October"
_MODIFIER_BETWEEN = re.compile(
    r"\b(?:over|for|on|about|of|after|following|against|since|that|which|who|when|than)\b"
    r"|\b(?!between\b)[a-z]+(?:ed|en|wn|ld)\b"
    r"|\b(?:struck|made|set|won|sent|built|brought|bought|led|paid|put|sold|begun|hit|cut)\b"
)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|an)\s+$", re.IGNORECASE)
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


# (a person's: "which" may tell of the event itself, "talks, which began on Saturday")
_PERSON_RELATIVE = re.compile(r",\s+(?:who|whose)\b")


def _in_relative_after(text: str, end: int, at: int, pledges_only: bool = False) -> bool:
    """Whether ``at`` stands in a relative clause that opens after the trigger ending at
    ``end`` and is still open: "asked New Delhi to ensure that Hasina, who has been living in
    India since she fled on Aug. 5, does not ..." (her place and the day of her flight, not the
    request's). With ``pledges_only``, only one that tells what the person pledged ("with
    President Lai, who pledged $50 million for a solar farm near Manzini"), not a journey or a
    meeting, whose place is the event's ("led by Tuggar, who arrived in Niamey")."""
    if at <= end or text.find(",", end, at) < 0:
        return False  # (the cheap test first)
    opened = [m.end() for m in _PERSON_RELATIVE.finditer(text, end, at)]
    return (
        bool(opened)
        and text.find(",", opened[-1], at) < 0
        and (
            not pledges_only
            # (the place of what is pledged: after its "for")
            or (
                (pledge := _PLEDGED_RELATIVE.match(text, opened[-1])) is not None
                and pledge.end() <= at
            )
        )
    )


# A relative clause that tells what a person gave or promised: ", who pledged $50 million for"
_PLEDGED_RELATIVE = re.compile(
    r"\s+(?:also\s+)?(?:pledged|promised|offered|committed|donated)\b[^,;]*?\bfor\s"
)


def _in_subjects_relative(text: str, when: DateMention, start: int) -> bool:
    """Whether ``when`` stands in a relative clause of another subject that closes before the
    trigger at ``start``: "The death toll from an earthquake that struck Kermanshah late on
    Monday has risen to 23, officials said on Tuesday, as a Turkish rescue team arrived" (the
    quake's day, not the team's)."""
    if when.end >= start or text.find(",", when.end, start) < 0:
        return False  # (the cheap test first)
    opener = _THAT_STRUCK_BEFORE.search(text, max(0, when.start - 80), when.start)
    return (
        opener is not None
        and text.find(",", opener.end(), when.start) < 0
        # (only with the day of the report told between: "..., officials said on Tuesday, as
        # a Turkish rescue team arrived"; not "hours after the drone attack that hit Moscow on
        # Sunday, Russia summoned ...", a day the act counts from)
        and _REPORT_DAY_BETWEEN.search(text, when.end, start) is not None
    )


_REPORT_DAY_BETWEEN = re.compile(
    r"\b(?:said|says|reported|announced)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b"
)


# A relative clause of an incident: "an earthquake that struck ...", "the storm which hit ..."
_THAT_STRUCK_BEFORE = re.compile(
    r"\b(?:earthquake|quake|storm|cyclone|typhoon|hurricane|flood|floods|fire|blast|explosion"
    r"|attack|strike|raid|clashes|fighting|war|crash)\s+(?:that|which)\s+"
    r"(?:struck|hit|killed|erupted|broke\s+out|began|started|swept|tore)\b[^,;]*$"
)


def _attributive_date(text: str, when: DateMention, start: int) -> bool:
    """Whether ``when`` qualifies a noun other than the trigger at ``start``: "the Oct. 15
    vote", "its March 3 deadline"."""
    return (
        when.value is not None
        and _DETERMINER_BEFORE.search(text, max(0, when.start - 6), when.start) is not None
        and _LOWER_WORD_AFTER.match(text, when.end) is not None
        and not (when.end <= start and not text[when.end : start].strip())
    )


# A participle's aside between a subject and its verb: "A bilateral security group, created
# last year, will meet"
_PARTICIPLE_ASIDE_BEFORE = re.compile(
    r",\s+(?:created|set\s+up|formed|established|founded|launched|elected|appointed|named"
    r"|signed|built|opened|inaugurated)\s+(?:[\w'’.-]+\s+){0,3}$"
)
_ASIDE_END_AFTER = re.compile(r"\s*,")


def _in_participle_aside(text: str, when: DateMention, start: int) -> bool:
    """Whether the date before the act dates a participle's aside: "created last year,"."""
    return (
        when.end <= start
        and _ASIDE_END_AFTER.match(text, when.end) is not None
        and _PARTICIPLE_ASIDE_BEFORE.search(text, max(0, when.start - 50), when.start) is not None
    )


def _nearest_date(dates: list[DateMention], start: int, end: int) -> DateMention | None:
    if not dates:
        return None
    return min(dates, key=lambda d: (d.start - end) if d.start >= end else (start - d.end) * 2)


def _coordinated(text: str, places: list[tuple[Location, tuple[int, int]]]) -> bool:
    for (_, first), (_, second) in pairwise(places):
        if not re.search(r"\band\b|;|,\s*then\b", text[first[1] : second[0]]):
            return False
    return True


# A sentence that opens with the city a reaction comes from: "In Moscow, ..."
_SPEAKERS_CITY = re.compile(r"\s*(?:In|in)\s+")
# Where a statement was made: "telling reporters in Moscow", "at a briefing in Moscow", "in a
# statement issued in Gaborone", "Speaking in Sydney", "said in Washington", "The US Embassy in
# Ankara", "The EAC Secretariat in Arusha", "who was in Brussels"
_SPEECH_SETTING_BEFORE = re.compile(
    r"\b(?:(?:told|telling|tells|tell|to)\s+(?:reporters|journalists|a\s+news\s+conference"
    r"|a\s+press\s+conference|a\s+briefing|parliament|lawmakers|the\s+press|state\s+media)"
    r"|(?:at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:briefing"
    r"|news\s+conference|press\s+conference)|[Ss]peaking|said|says|statement\s+(?:issued"
    r"|released|published)|[Ee]mbassy|[Cc]onsulate|[Ss]ecretariat|[Hh]eadquarters"
    r"|who\s+(?:was|is|lives)(?:\s+in\s+exile)?)\s+in\s+$"
)
_EXILED_IN_BEFORE = re.compile(r"\b(?:exiled|in\s+exile|living|lives|resident)\s+in\s+$")
_BASED_IN_BEFORE = re.compile(r"\b(?:based|headquartered)\s+in\s+(?:the\s+)?$")
# A sentence-final attribution given in a place: ", its government spokesman said in
# Brazzaville."
_SAID_IN_TAIL_BEFORE = re.compile(
    r",\s+[^,;:\"“”]{0,50}\b(?:said|says|announced|told\s+reporters|told\s+journalists)\s+in\s+$"
)
_TAIL_AFTER_PLACE = re.compile(r"(?:\s+on\s+\w+)?[\s.\"”]*$")
# The attribution that ends a sentence: ", India's embassy in Kathmandu said."
_ATTRIBUTION_TAIL = re.compile(
    r"[^,;:()\"“”]{0,40}\b(?:said|says|reported|announced|told\s+reporters)\b[^,;:]{0,30}[.\"”]*\s*$"
)
_ATTRIBUTION_SOURCE = re.compile(r"\b(?:embassy|consulate|mission|office|ministry)\s+in\s+$")


def _in_attribution(text: str, end: int, mention: Mention, sentence: Sentence) -> bool:
    """A place in the source of a sentence-final attribution after the trigger: ", India's
    embassy in Kathmandu said", ", the foreign ministry in Beijing said"."""
    comma = text.rfind(",", end, mention.start)
    return (
        comma >= 0
        and _ATTRIBUTION_SOURCE.search(text, max(comma, mention.start - 24), mention.start)
        is not None
        and _ATTRIBUTION_TAIL.match(text, mention.end, sentence.end) is not None
    )


def _single_place(
    gaz: Gazetteer, places: list[tuple[Location, tuple[int, int]]]
) -> tuple[Location, tuple[int, int]] | None:
    if not places:
        return None
    first = places[0]
    for other, _ in places[1:]:
        if not _compatible_places(gaz, first[0], other):
            return None  # the sentence contradicts itself ("in Europe, in ... Aleppo"): no place
    cities = [p for p in places if p[0].feature == "city"]
    return cities[0] if cities else first


def _compatible_places(gaz: Gazetteer, a: Location, b: Location) -> bool:
    if a.feature == "region" or b.feature == "region":
        region, other = (a, b) if a.feature == "region" else (b, a)
        if other.country_code is None:
            return True
        return gaz.country_continent.get(other.country_code) == REGION_CONTINENTS.get(region.name)
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    return not (a.feature == b.feature == "city" and a.name != b.name)


# -- names in a clause: places, topics, parties ----------------------------------------------


@dataclass(slots=True)  # not frozen: a frozen dataclass is twice as slow to build
class _Name:
    """What the words around one name say about it, whatever the trigger (memoised per clause).

    Each feature is looked for only in the kinds of name ``_classify`` reads it for (see
    ``_TOPIC_KINDS`` ...); in the others it stays False or None, unread.
    """

    mention: Mention
    before_title: bool
    envoy_subject: bool  # "Syria envoy"
    topical: bool  # "talks on Syria", "the Taiwan question"
    locative: bool  # "in Lausanne"
    mission_post: bool  # "its embassy in Colombia": where a state's mission is
    travel: bool  # "travel to Bangkok"
    destination: bool  # "to Tokyo" (for visits)
    place_noun_end: int | None  # "the Swiss city"
    possessive: bool
    list_continues: bool
    city_qualifier: bool  # "London, Britain"
    adjective_party: bool  # "Russian officials", "Russian Foreign Minister"
    igo_attributive: bool  # "a NATO member"
    org_name: bool  # "Qatar Airways", "Air India": a company's name, not the state
    reporter: bool | None  # worked out when first read (``_is_reporter_name``)


# The kinds of name each feature is read for in ``_classify`` (tuples: an enum's hash is a
# Python call, a tuple is searched by identity).
_TOPIC_KINDS = (MentionKind.COUNTRY, MentionKind.METONYM, MentionKind.ADJECTIVE)
_ATTRIBUTIVE_KINDS = (MentionKind.COUNTRY, MentionKind.METONYM, MentionKind.IGO)
_PLACE_KINDS = (MentionKind.CITY, MentionKind.METONYM, MentionKind.REGION, MentionKind.COUNTRY)
_ADJECTIVE_KINDS = (MentionKind.ADJECTIVE, MentionKind.IGO_ADJECTIVE)
_NEVER_PARTY_KINDS = (MentionKind.CITY, MentionKind.PEOPLE, MentionKind.REGION)


# A person named for a relative of theirs: "Hun Manet's father, ...", "the president's wife"
_KIN_AFTER = re.compile(
    r"['’]s\s+(?:(?:late|elder|younger|eldest|youngest|former|estranged)\s+)?(?:father|mother"
    r"|son|daughter|wife|husband|brother|sister|widow|widower|uncle|aunt|nephew|niece|cousin"
    r"|grandson|granddaughter|grandfather|grandmother|son-in-law|daughter-in-law|father-in-law"
    r"|brother-in-law|parents|children|family),"
)
_PAIR_RELATION_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:war|wars|conflict|border|frontier|alliance|relations|relationship"
    r"|ties|rivalry|tensions|dispute|feud|rift|standoff|front|frontline|axis)\b"
    # (not a body of the pair: "a joint Kenya-Somalia border security committee")
    r"(?!\s+(?:[a-z]+\s+)?(?:committee|commission|talks|meeting|force|agreement|deal|pact)\b)"
)


# (a side after it, not the act: "the Rwanda-backed M23 rebel group", not "Qatar-backed talks")
_BACKED_AFTER = re.compile(
    r"-(?:backed|supported|sponsored|funded|armed|trained)\s+(?:[A-Z][\w'’-]*|rebels?|militias?"
    r"|groups?|fighters|forces|insurgents|separatists|militants|paramilitar(?:y|ies)|proxies"
    r"|government|authorities|administration)\b"
)


def _names(doc: Document, sentence: Sentence, clause: tuple[int, int]) -> list[_Name]:
    key = ("names", clause)
    found: list[_Name] | None = doc.memo.get(key)
    if found is not None:
        return found
    text = doc.text
    subject, windows = _windows(doc)
    gaz = gazetteer()
    person_spans = [(s, e) for s, e, _ in doc.person_mentions(clause[0], clause[1])]
    mentions = doc.mentions_in(clause[0], clause[1])
    dateline = doc.dateline
    found = []
    for index, mention in enumerate(mentions):
        kind = mention.entries[0].kind
        if (
            kind is _KIND_TITLE
            or (dateline is not None and dateline[0] <= mention.start < dateline[1])
            or (person_spans and any(ps <= mention.start < pe for ps, pe in person_spans))
            # the second of a hyphened pair before a standing relation: "amid the US-China
            # trade war", "modelled on the U.S.-Japan alliance" (not "the Ghana-Nigeria joint
            # commission", "U.S.-China talks")
            or (
                text[mention.start - 1 : mention.start] == "-"
                and _PAIR_RELATION_AFTER.match(text, mention.end) is not None
            )
            # ... and its first ("amid rising Japan-China tensions")
            or (
                text[mention.end : mention.end + 1] == "-"
                and index + 1 < len(mentions)
                and mentions[index + 1].start == mention.end + 1
                and _PAIR_RELATION_AFTER.match(text, mentions[index + 1].end) is not None
            )
        ):
            continue
        before_start = max(sentence.start, mention.start - 48)
        after_end = min(sentence.end, mention.end + 40)
        before = text[before_start : mention.start]
        after = text[mention.end : after_end]
        before_subject = subject[before_start : mention.start]  # for ``windows``
        last = _last_word(before)
        nxt = mentions[index + 1] if index + 1 < len(mentions) else None
        before_title = bool(
            nxt and nxt.kind is _KIND_TITLE and not text[mention.end : nxt.start].strip()
        )
        noun = _PLACE_NOUN_AFTER.match(after) if last == "the" and kind is _KIND_ADJECTIVE else None
        pair_second = (
            index > 0
            and mention.start > 0
            and text[mention.start - 1] == "-"
            and mentions[index - 1].end == mention.start - 1
        )
        attributive = (
            kind in _ATTRIBUTIVE_KINDS
            and windows.attributive_after.match(subject[mention.end : after_end]) is not None
        )
        place_kind = kind in _PLACE_KINDS
        # a city named as the attribute of a common noun: "talks at a Geneva hotel", "at a
        # Moscow summit" (a country's is its subject: "at a Ukraine conference")
        attribute_place = (
            place_kind
            and last in ("a", "an")
            and kind is not _KIND_COUNTRY
            and _LOCATIVE_ARTICLE_BEFORE.search(before) is not None
            and COMMON_NOUN_AFTER.match(after) is not None
        )
        travel_last = place_kind and last in _TRAVEL_LAST
        country = kind is _KIND_COUNTRY
        found.append(
            _Name(
                mention=mention,
                before_title=before_title,
                envoy_subject=(
                    before_title
                    and country
                    and nxt is not None
                    and nxt.code in _IGO_TITLES
                    and not any(e.kind is _KIND_ADJECTIVE for e in mention.entries)
                ),
                topical=kind in _TOPIC_KINDS
                and (
                    (
                        last in _TOPIC_LAST
                        and windows.topic_before.search(before_subject) is not None
                    )
                    # "the Taiwan question" (not the second of a pair: "Georgia-Russia talks")
                    or (attributive and not attribute_place and not pair_second)
                    # "press Xi on trade and Russia" (not "called on Algeria and Mali")
                    or (last == "and" and _ON_SUBJECT_AND_BEFORE.search(before) is not None)
                ),
                locative=place_kind
                and (
                    (
                        last in _LOCATIVE_LAST
                        and windows.locative_before.search(before_subject) is not None
                    )
                    or attribute_place
                )
                # "recalled its ambassador in Tehran", "closed its embassy in Colombia": where
                # an envoy or a mission is posted is a party
                and not (kind is _KIND_METONYM and _POSTED_IN_BEFORE.search(before)),
                mission_post=(kind is _KIND_METONYM or kind is _KIND_COUNTRY)
                and ("mbass" in before or "onsulat" in before)  # (a literal first: cheap)
                and _MISSION_IN_BEFORE.search(before) is not None,
                travel=travel_last and windows.travel_before.search(before_subject) is not None,
                destination=travel_last
                and windows.destination_before.search(before_subject) is not None,
                place_noun_end=mention.end + noun.end() if noun is not None else None,
                possessive=country and _POSSESSIVE_AFTER.match(after) is not None,
                list_continues=country and _LIST_CONTINUES.match(after) is not None,
                city_qualifier=(
                    country
                    and index > 0
                    and _is_city_qualifier(text, mentions[index - 1], mention, gaz)
                ),
                adjective_party=kind in _ADJECTIVE_KINDS
                and (
                    before_title
                    or _OFFICIAL_NOUN_AFTER.match(after) is not None
                    # a hyphened pair of nationalities: "Sino-Indian border talks", "the
                    # Franco-Malagasy joint commission"
                    or (
                        kind is _KIND_ADJECTIVE
                        and _in_a_pair_of_nationalities(text, mentions, index, pair_second)
                    )
                ),
                igo_attributive=attributive and kind is _KIND_IGO,
                org_name=_ORG_NAME_AFTER.match(after) is not None
                or (country and _TEAM_ROLE_AFTER_POSSESSIVE.match(after) is not None)
                # "coach Vladimir Petkovic and his Congolese counterpart": a coach's
                or (
                    kind is _KIND_ADJECTIVE
                    and after.startswith(" counterpart")
                    and counterpart_of_no_official(text, mention.end + 1)
                )
                or (
                    # every match holds one of these words (the pattern is case-sensitive):
                    # four substring tests cost less than the search they mostly spare
                    (
                        "Air" in before
                        or "Bank" in before
                        or "University" in before
                        or "Radio" in before
                        or " of " in before
                    )
                    and _ORG_NAME_BEFORE.search(before) is not None
                ),
                reporter=None,  # read for few names: left until then
            )
        )
    doc.memo[key] = found
    return found


def _in_a_pair_of_nationalities(
    text: str, mentions: list[Mention], index: int, pair_second: bool
) -> bool:
    """Whether the nationality ``mentions[index]`` is one of a hyphened pair of nationalities
    that names the two states' own body or talks ("Sino-Indian border talks"; not "a
    German-Ukrainian business forum")."""
    mention = mentions[index]
    if (
        pair_second
        and mentions[index - 1].kind is _KIND_ADJECTIVE
        and _PAIR_BODY_AFTER.match(text, mention.end) is not None
    ):
        return True  # the second of the pair
    nxt = mentions[index + 1] if index + 1 < len(mentions) else None
    return (
        nxt is not None
        and nxt.start == mention.end + 1
        and text.startswith("-", mention.end)
        and nxt.kind is _KIND_ADJECTIVE
        and _PAIR_BODY_AFTER.match(text, nxt.end) is not None
    )


# What a hyphened pair of nationalities names as the two states': "Sino-Indian border talks",
# "the Franco-Malagasy joint commission", "the Franco-German council of ministers"
_PAIR_BODY_AFTER = re.compile(
    r"\s+(?:(?:joint|border|boundary|intergovernmental|governmental|bilateral|high-level"
    r"|ministerial|strategic|security|defen[cs]e|foreign\s+ministers['’]?)\s+)*(?:council|commission"
    r"|committee|summit|talks|negotiations|meeting|dialogue|consultations|ministerial|relations"
    r"|accord|agreement|treaty|declaration)\b"
)
# What an agreement "on Tuesday" is to do: "agreed on Tuesday to allow ..."
_DAY_THEN_TO = re.compile(r"\s+(?:[A-Z][a-z]+day|yesterday|today)\s+to\s+[a-z]")
_AGREEMENT_NOUN_END = re.compile(
    r"\b(?:agreement|deal|accord|memorandum|pact|treaty|protocol)s?$", re.IGNORECASE
)
_NOUN_THEN_TO = re.compile(
    r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today))?\s+to\s+(?!the\b|a\b|an\b)[a-z]"
)
_AGREED_CONTENT_STOP = re.compile(
    r",|\b(?:during|after|following)\s|\bat\s+(?:a|an|the|their|its)\s|\bon\s+the\s+sidelines\b"
    # (the signing's own place and day at the end: "to join NATO in Washington on Wednesday")
    r"|\b(?:in|at)\s+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:on\s+)?(?:[A-Z][a-z]+day"
    r"|yesterday|today)\b)"
)


# A town named with its state, that the gazetteer does not hold: "in the Azerbaijani town of
# Gabala" (after an adjective), "in Sakhir, Bahrain" (before a country)
_NOT_A_TOWN = rf"(?!(?:{_MONTHS}|{_WEEKDAY_NAMES})\b)"
# (a name of up to four words, with "St." and the particles of Arabic names: "Ras al-Khaimah")
_TOWN_NAME = (
    rf"({_NOT_A_TOWN}(?:St\.\s+)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|as|ash|an|ar)-)?{_NOT_A_TOWN}"
    r"[A-Z][\w'’-]+){0,3})"
)
_TOWN_OF_AFTER = re.compile(
    r"\s+(?:town|city|village|port|resort)\s+of\s+" + _TOWN_NAME + r"(?![\w'’-])(?!,\s+[A-Z])"
)
_TOWN_BEFORE_COUNTRY = re.compile(r"\b(?:in|at)\s+" + _TOWN_NAME + r",\s+$")
_LOCATIVE_THE_BEFORE = re.compile(r"\b(?:in|at|near)\s+the\s+$")


def _unknown_town(
    doc: Document, mention: Mention, kind: MentionKind
) -> tuple[str, tuple[int, int]] | None:
    """The name and span of a town of the mention's state that no gazetteer mention names."""
    text = doc.text
    if kind is _KIND_ADJECTIVE:
        found = _TOWN_OF_AFTER.match(text, mention.end)
        if found is None or not _LOCATIVE_THE_BEFORE.search(
            text, max(0, mention.start - 10), mention.start
        ):
            return None
    elif kind is _KIND_COUNTRY and text.endswith(", ", 0, mention.start):
        found = _TOWN_BEFORE_COUNTRY.search(text, max(0, mention.start - 40), mention.start)
        if found is None:
            return None
    else:
        return None
    if any(
        m.start < found.end(1) and m.end > found.start(1)
        for m in doc.mentions_in(max(0, found.start(1) - 40), found.end(1) + 40)
    ):
        return None  # a place the gazetteer holds is read as such ("Sharm el-Sheikh")
    return found.group(1), found.span(1)


def _classify(
    doc: Document,
    gaz: Gazetteer,
    trigger: Trigger,
    sentence: Sentence,
    clause: tuple[int, int],
    start: int,
    end: int,
) -> tuple[list[tuple[Location, tuple[int, int]]], list[str], list[_Party]]:
    """Split the clause's names into the event's places, its topics and its parties."""
    text = doc.text
    places: list[tuple[Location, tuple[int, int]]] = []
    topics: list[str] = []
    parties: list[_Party] = []
    # (money announced for aid is the announcer's pledge: "Japan announced $10 million in aid")
    speech_act = trigger.event_type in _DIRECTED_TYPES or trigger is _MONEY_PLEDGE
    for s, e, person in doc.person_mentions(clause[0], clause[1]):
        if (
            speech_act
            or person.title not in _SPOKESPEOPLE
            or not _is_reporter(text, s, e, sentence)
        ):
            parties.append(_Party(person.name, _person_participant(person), (s, e)))
    visit = trigger.mode == "visit"
    retreat = trigger.event_type is _TYPE_RETREAT
    consult = trigger.event_type is _TYPE_CONSULT
    aid = trigger.event_type is _TYPE_AID
    sidelines = "sidelines of" in sentence.text
    agreed_content = None
    if (
        trigger.event_type is _TYPE_AGREE
        and trigger.mode == "agreement"
        and (
            text.endswith(" to", start, end)
            or _DAY_THEN_TO.match(text, end) is not None
            # "signed an agreement on Wednesday to set up a hotline ... and to hold joint
            # drills in the South China Sea": what the agreement is to do
            or (
                _AGREEMENT_NOUN_END.search(text, start, end) is not None
                and _NOUN_THEN_TO.match(text, end) is not None
            )
        )
    ):
        # (up to the words that place the act itself: "... during talks in Beijing")
        stop = _AGREED_CONTENT_STOP.search(text, end, clause[1])
        agreed_content = (end, clause[1] if stop is None else stop.start())
    for name in _names(doc, sentence, clause):
        mention = name.mention
        kind = mention.kind
        span = (mention.start, mention.end)
        if name.org_name:
            continue  # "Kenya Airways": a company, neither a party nor a place
        if (
            mention.start < start
            and text.startswith("-", mention.end)
            and _BACKED_AFTER.match(text, mention.end) is not None
        ):
            # "the Rwanda-backed M23 rebel group signed a ceasefire": the backer of a side, not
            # a side (after the act it may be the one aimed at: 'blamed the attack on
            # "Indian-sponsored proxies"')
            continue
        if (
            kind in _PAIR_KINDS
            and mention.start > start
            and trigger.event_type is not _TYPE_SANCTION
            and (
                text.startswith(_RUN_BY_SUFFIXES, mention.end)
                or _FIRMS_AFTER.match(text, mention.end) is not None
            )
            # (after the act's own object: not "accused Chinese companies of dumping", "signed
            # a deal with U.S. firms", whose firms stand for their state)
            and any(
                m.kind in _PAIR_KINDS and m.code not in (None, mention.code)
                for m in doc.mentions_in(end, mention.start)
            )
        ):
            # "warned Armenia against letting U.S. companies run a transit route", "over a
            # US-run transit route": the firms' or the thing's nationality, no side of the act
            continue
        if (
            kind is _KIND_COUNTRY
            and _BORDERS_MEET_AFTER.match(text, mention.end)
            and _GEOGRAPHIC_MEET.search(
                text, max(sentence.start, mention.start - 90), mention.start
            )
            and _PARTIES_AND_BEFORE.search(
                text, max(sentence.start, mention.start - 40), mention.start
            )
        ):
            # "where the borders of the two countries and Albania meet": the third country is
            # geography (the two are named as the parties elsewhere)
            continue
        if sidelines and _SIDELINES_BEFORE.search(
            text, max(sentence.start, mention.start - 60), mention.start
        ):
            continue  # the occasion, neither a party nor the place
        if (
            trigger.event_type in (_TYPE_AGREE, _TYPE_COOPERATE)
            and kind is not _KIND_CITY
            and (
                _TALKS_MEDIATED_BY_BEFORE.search(
                    text, max(sentence.start, mention.start - 100), mention.start
                )
                if mention.start > end
                # (before the trigger only the first named: "In talks brokered by Turkey,
                # Russia and Ukraine agreed" - the list is the agreeing sides)
                else _TALKS_MEDIATED_BY_DIRECT.search(
                    text, max(sentence.start, mention.start - 60), mention.start
                )
            )
        ):
            continue  # "agreed ... at the end of talks mediated by Turkey": the talks' mediator
        if name.envoy_subject:
            _add_topic(topics, mention.code)
            continue  # "Syria envoy": the country is the envoy's subject
        if (
            name.topical
            and kind in (_KIND_COUNTRY, _KIND_METONYM, _KIND_ADJECTIVE)
            # "called on Iraq", "called on the Iranian authorities": the trigger's own "on"
            # does not make Iraq a topic
            and (
                mention.start < end
                or (between := text[end : mention.start].strip()) not in _ARTICLE_OR_NOTHING
                # ("called on the Iranian people to" stays a topic)
                or (between and kind is _KIND_ADJECTIVE and not name.adjective_party)
            )
            # nor does a sanction's: "imposed sanctions on Russia" is aimed at Russia
            and not (
                trigger.event_type is _TYPE_SANCTION
                and mention.start > end
                and _SANCTION_ON.fullmatch(text, end, mention.start)
            )
            # nor the aid's own: "sent emergency aid to Turkey" is aid to Turkey
            and not (
                (trigger.event_type is _TYPE_AID or trigger is _MONEY_PLEDGE)
                and mention.start > end
                and _AID_TO.fullmatch(text, end, mention.start) is not None
            )
            # nor a threatened sanction's: "threatened to impose sanctions on Brazil"
            and not (
                trigger.event_type is _TYPE_THREATEN
                and mention.start > end
                and _THREATENED_ACT.match(text, end, mention.start)
                and _SANCTIONS_ON_BEFORE.search(text, max(end, mention.start - 40), mention.start)
            )
            # nor a sanction's held over a state: "would impose sanctions on the Netherlands if"
            and not (
                trigger is _CONDITIONAL_SANCTION
                and mention.start > start
                and _SANCTIONS_ON_BEFORE.search(text, max(start, mention.start - 40), mention.start)
            )
        ):
            if kind is not _KIND_METONYM:
                _add_topic(topics, mention.code)
            continue
        if (
            consult
            and kind in (_KIND_COUNTRY, _KIND_METONYM)
            and _REQUESTED_BY_AFTER.match(text, mention.end) is not None
        ):
            # "an emergency meeting at Poland's request": the state that asked for it takes part
            parties.extend(_parties_of(doc, gaz, mention, sentence))
            continue
        if (
            visit
            and mention.start > end
            and (kind is _KIND_CITY or kind is _KIND_METONYM)
            and _ARRIVAL_FORM.match(text, start, end) is not None
            and text.endswith("from ", max(end, mention.start - 5), mention.start)
        ):
            continue  # "arrived in Rome on Monday evening from Paris": where the guest came from
        if (
            (kind is _KIND_CITY or kind is _KIND_METONYM)
            and text.endswith("from ", max(0, mention.start - 5), mention.start)
            and _CAME_FROM_BEFORE.search(
                text, max(sentence.start, mention.start - 40), mention.start
            )
        ):
            continue  # "Zelensky, who flew in from Brussels on Wednesday night, later called on"
        locative = (
            # "closed its embassy in Colombia": the state of the post is the one aimed at
            (name.locative and not (trigger.event_type is _TYPE_SANCTION and name.mission_post))
            or (visit and mention.start > start and name.destination)
            or (
                retreat
                and mention.start > start
                and (kind is _KIND_CITY or kind is _KIND_REGION)  # a state stays a party
                and _FROM_BEFORE.search(text, max(start, mention.start - 60), mention.start)
                is not None
            )
            or (consult and name.travel)
            or (
                # "sent 20 rescuers to Porto Alegre": where the aid goes (a state stays a party;
                # so does a capital's: "delivered tents and food to Kabul")
                aid
                and mention.start > start
                and (kind is _KIND_CITY or kind is _KIND_REGION or kind is _KIND_METONYM)
                and name.destination
            )
            or (consult and kind is _KIND_CITY and _is_attributive_place(text, mention, start))
        )
        if (
            locative
            and agreed_content is not None
            and agreed_content[0] <= mention.start < agreed_content[1]
        ):
            # "agreed on Tuesday to allow Polish teams to exhume ... at 10 sites in western
            # Ukraine": a place of what is agreed, neither where the agreement was made nor a
            # side ("agreed to hold talks in Oslo" makes no Norway a party)
            continue
        if (
            locative
            and trigger.event_type is not _TYPE_AGREE
            and mention.start > end
            and _SIGNED_IN_BEFORE.search(text, max(end, mention.start - 24), mention.start)
            # (the agreement named between: not "talks that concluded in Geneva")
            and _AGREEMENT_NOUN_BETWEEN.search(text, end, mention.start) is not None
        ):
            # "accused Rwanda ... of sending fresh troops in breach of the peace agreement the
            # two countries signed in Washington": the place of another act, an agreement's
            continue
        if (
            locative
            and trigger.event_type in _STATEMENT_TYPES
            and mention.start < start
            and _SPEAKERS_CITY.fullmatch(text, sentence.start, mention.start)
            and text.startswith(",", mention.end)
        ):
            # "In Beijing, a foreign ministry spokesman accused ...": where the reaction was
            # voiced, not a place of the act
            continue
        if (
            locative
            and mention.start < start
            and (
                # (a body's seat is no place of its statement or sanction; it is of the talks
                # it hosts: "The East African Community, headquartered in Arusha, hosted talks")
                (
                    trigger.event_type is not _TYPE_CONSULT
                    and _BASED_IN_BEFORE.search(
                        text, max(sentence.start, mention.start - 20), mention.start
                    )
                )
                # ("A Venezuelan opposition leader, exiled in Spain since 2024, met Rubio")
                or _EXILED_IN_BEFORE.search(
                    text, max(sentence.start, mention.start - 24), mention.start
                )
            )
        ):
            continue  # "Sudan's foreign ministry, based in Port Sudan, ...": its seat
        if (
            locative
            # (aid told from the donor's side; a meeting "diplomats said in New York" is in the
            # Council's seat, and statements have their own rule below)
            and trigger.event_type is _TYPE_AID
            and mention.start > end
            and mention.kind is _KIND_METONYM
            and _SAID_IN_TAIL_BEFORE.search(
                text, max(sentence.start, mention.start - 60), mention.start
            )
            and _TAIL_AFTER_PLACE.match(text, mention.end, sentence.end)
            # (the donor's own capital: not "..., the Chinese ambassador said in Nairobi")
            and any(
                m.code == mention.code and m.kind in _PAIR_KINDS
                for m in doc.mentions_in(sentence.start, start)
            )
        ):
            # "sent two navy boats ... on Thursday, its government spokesman said in
            # Brazzaville": where the report was given, not a place of the act
            continue
        if (
            locative
            and trigger.event_type in _STATEMENT_TYPES
            and trigger.mode != "invitation"  # (extended where it was made)
            and _SPEECH_SETTING_BEFORE.search(
                text, max(sentence.start, mention.start - 60), mention.start
            )
        ):
            # "telling reporters in Moscow", "in a statement issued in Washington", "Speaking in
            # Sydney, Tillerson urged ...", "The US Embassy in Ankara welcomed": where the words
            # were said, not a place of what they are about
            continue
        if locative and mention.start > end and _in_attribution(text, end, mention, sentence):
            # "landed in Nepalgunj on Sunday, India's embassy in Kathmandu said": where the
            # source sits, not where the event is
            continue
        town = (
            _unknown_town(doc, mention, kind)
            if trigger.event_type not in _STATEMENT_TYPES
            else None
        )
        if town is not None:
            # "in the Azerbaijani town of Gabala", "meeting in Sakhir, Bahrain": a town the
            # gazetteer does not hold, placed in the state the text gives it
            places.append((Location(name=town[0], country_code=mention.code), town[1]))
            if kind is _KIND_ADJECTIVE:
                continue  # (the state of "Sakhir, Bahrain" may still be a party)
        if (
            kind is _KIND_COUNTRY
            and mention.code is not None
            and (
                (
                    _COUNTRY_CAPITAL_AFTER.match(text, mention.end)
                    and text.endswith(" in the ", max(0, mention.start - 8), mention.start)
                )
                or (
                    _CAPITAL_OF_BEFORE.search(
                        text, max(sentence.start, mention.start - 20), mention.start
                    )
                    # (not "the capital of China's southwestern Yunnan province")
                    and not text.startswith(("'s", "’s"), mention.end)
                )
                # "leaders meeting in Tonga's capital on Thursday"
                or (
                    _POSSESSIVE_CAPITAL_AFTER.match(text, mention.end) is not None
                    and text.endswith(" in ", max(0, mention.start - 4), mention.start)
                )
            )
            and (capital_city := gaz.capital(mention.code)) is not None
        ):
            # "two days of talks in the Vanuatu capital", "in the capital of Vanuatu": the
            # capital city, as "the Tajik capital" is
            places.append((gaz.city_location(capital_city), span))
            continue
        if kind is _KIND_ADJECTIVE and name.place_noun_end is not None:
            # "the Swiss city": the last Swiss city named, else Switzerland
            noun_end = name.place_noun_end
            capital = "capital" in text[mention.end : noun_end]
            places.append((_anaphoric_city(doc, gaz, mention, capital), (span[0], noun_end)))
            continue
        if kind in (_KIND_CITY, _KIND_METONYM) and locative:
            city = _story_city(
                doc,
                gaz,
                mention.text,
                qualifier=gaz.qualifier_after(text, mention.end),
                strict=kind is _KIND_CITY,
            )
            written: str | None = mention.text
            if city is None and kind is _KIND_METONYM:
                city = gaz.metonym_cities.get(mention.text)  # "in Washington", "in Lima"
                if city is None:  # "at the White House" is in Washington
                    city = gaz.seat_cities.get(mention.text)
                    written = None
            if city is not None:
                places.append((gaz.city_location(city, written), span))
            if not (aid and kind is _KIND_METONYM):
                continue
        if kind is _KIND_REGION:
            if locative and not _REGION_AS_ATTRIBUTE.match(text, mention.end):
                # (not "rail links to the Black Sea ports of Poti and Batumi": the ports')
                region = Location(name=mention.text, feature="region")
                places.append((region, span))
            continue
        if (
            kind is _KIND_CITY
            or (
                kind is _KIND_PEOPLE
                # (but a sanction's object is: "suspended the issuing of visas to Haitians")
                and not (
                    trigger.event_type is _TYPE_SANCTION
                    and mention.start >= end
                    and not text[end : mention.start].strip()
                )
                # (and so are those a release frees: "released two Russians convicted of")
                and not (
                    trigger.mode == "release"
                    and mention.start >= end
                    and _RELEASED_COUNT.fullmatch(text, end, mention.start) is not None
                )
            )
        ):
            continue  # a city that is not where the event is held is not a party
        if kind is _KIND_COUNTRY and locative:
            if name.possessive:
                continue  # "near Armenia's Syunik province": neither the place nor a party
            if not name.list_continues:
                places.append((gaz.country_location(mention.code), span))
                continue
        if name.city_qualifier:
            continue
        if (
            kind is _KIND_COUNTRY
            and name.possessive
            and _ROUTE_THROUGH_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            and _REGION_NOUN_AFTER.match(text, mention.end)
        ):
            continue  # "a freight route through China's Xinjiang region": a way, not a party
        if (
            kind in (_KIND_ADJECTIVE, _KIND_IGO_ADJECTIVE)
            and not name.adjective_party
            # "a team of 136 Israeli soldiers and rescue specialists landed": the helpers'
            # state sends them
            and not (
                trigger.event_type is _TYPE_AID
                and mention.end <= start
                and (
                    _AID_TEAM_BETWEEN.fullmatch(text, mention.end, start) is not None
                    # "French investigators arrived in Beirut ... to assist in the investigation"
                    or (
                        trigger.check in _HELP_ABROAD_CHECKS
                        and _HELPERS_AFTER.match(text, mention.end) is not None
                    )
                )
            )
            # a state's ministry as the speaker: "The Russian Defence Ministry accused Ukraine"
            # (not its deals: "The Israeli Defence Ministry signed a deal with Lockheed Martin")
            and not (
                speech_act
                and mention.end <= start
                and _STATE_MINISTRY_AFTER.match(text, mention.end) is not None
            )
            and not (
                # what a statement or a sanction is aimed at: "condemned the actions of the
                # Chinese vessels", "blamed the attack on Indian-sponsored proxies", "suspended
                # visas to Haitian citizens"
                mention.start > start
                and (
                    (speech_act and _STATE_AGENT_AFTER.match(text, mention.end) is not None)
                    # "accused Thai soldiers of opening fire": the accused forces' state
                    or (
                        trigger.event_type is _TYPE_ACCUSE
                        and mention.start >= end
                        and not text[end : mention.start].strip()
                        and _STATE_FORCES.match(text, mention.end) is not None
                    )
                    # "expressed full solidarity with the Burkinabe people and authorities"
                    or (
                        trigger.event_type is _TYPE_SUPPORT
                        and _STATE_PEOPLE_AFTER.match(text, mention.end) is not None
                    )
                    # "freed American contractor Alan Gross", "released three Cuban agents":
                    # the released people's state
                    or (
                        trigger.event_type is _TYPE_CONCEDE
                        and (
                            _RELEASED_PEOPLE_AFTER.match(text, mention.end) is not None
                            or (
                                _SHIP_AFTER.match(text, mention.end) is not None
                                and _CREW_OF_BEFORE.search(
                                    text, max(start, mention.start - 24), mention.start
                                )
                                is not None
                            )
                        )
                    )
                    or (
                        trigger.event_type is _TYPE_SANCTION
                        and (
                            _SANCTIONED_AFTER.match(text, mention.end) is not None
                            # "banned imports of Polish apples": the goods of the state named
                            or (
                                text.endswith(" of", start, end)
                                and not text[end : mention.start].strip()
                            )
                        )
                    )
                )
                # "condemned the killing of three Lebanese soldiers": the victims' state is not
                # what the statement is aimed at
                and _HARM_OF_BEFORE.search(text, max(start, mention.start - 40), mention.start)
                is None
            )
        ):
            continue
        if (
            kind is _KIND_IGO
            and name.igo_attributive
            and not (consult and _IGO_GATHERING_AFTER.match(text, mention.end))
        ):
            continue  # "a NATO member" (but "the NATO summit" is NATO's)
        if (
            mention.start > end
            # (the literal first: the words end on "from (the)" or "-ing/verb (the)")
            and (
                text.endswith(("from ", "from the "), end, mention.start)
                and _REACTION_FROM_BEFORE.search(text, max(end, mention.start - 40), mention.start)
            )
        ):
            continue  # "a step ... that drew a warning from Russia": a reaction, told apart
        if (
            mention.start > end
            and may_hold(doc.lower, max(end, mention.start - 40), mention.start, _AIM_WORDS)
            and _COUNTERED_BEFORE.search(text, max(end, mention.start - 40), mention.start)
        ):
            continue  # "a deal ... aimed at checking China's growing influence": its aim

        if (
            not speech_act
            and _is_reporter_name(name, text, sentence)
            and not _reports_own_act(text, mention.end, start, sentence)
        ):
            continue
        parties.extend(_parties_of(doc, gaz, mention, sentence))
    parties.sort(key=lambda p: p.span)
    return places, topics, parties


_REQUESTED_BY_AFTER = re.compile(r"['’]s\s+(?:(?:urgent|formal|written)\s+)?request\b")
# A state's ships, aircraft and proxies, named by its adjective: the target of a statement.
_STATE_AGENT_AFTER = re.compile(
    r"-(?:sponsored|backed|supported|funded|armed|trained)\b"
    r"|\s+(?:(?:navy|naval|military|coast\s+guard|maritime\s+militia)\s+)?(?:vessels?|ships?"
    r"|warships?|boats?|jets?|warplanes?|fighter\s+jets?|aircraft|drones?|missiles?|submarines?"
    r"|helicopters?|militias?|proxies|hackers|border\s+guards?|coast\s+guard"
    # ... and its acts of force: "condemned ... in an Israeli strike", "the Russian invasion"
    r"|(?:air\s*|missile\s+|drone\s+)?strikes?|attacks?|raids?|shelling|bombardment|bombing"
    r"|invasion|incursion|occupation|aggression|offensive"
    # ... and its measures: "condemned the American tariff move", "the Swedish ban"
    r"|(?:tariff\s+)?(?:decision|move)|tariffs|ban|sanctions|restrictions"
    # ... and its words and claims: "condemned a new Philippine map", "rejected the Chinese
    # claim", "protested against the Algerian statement", "the Indian remarks"
    r"|(?:new\s+|official\s+)?maps?|claims?(?!\s+(?:process|court|commission|tribunal))|statements?|remarks|accusations?|allegations?"
    r"|(?:new\s+)?laws?|decrees?|(?:military\s+)?(?:drills|exercises|build-?up|deployments?)"
    r"|provocations?|violations?)\b"
)
_STATE_PEOPLE_AFTER = re.compile(r"\s+(?:people|nation|government|authorities|leadership)\b")
# A sanction's target named by its people or its goods: "suspended visas to Haitian citizens",
# "ordered a halt to imports of Thai fruit and vegetables", "banned imports of Japanese seafood".
_RELEASED_PEOPLE_AFTER = re.compile(
    # (one of a pair: "three Lithuanian and two Latvian citizens")
    r"(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|an?)\s+[A-Z][a-z]+)?"
    r"\s+(?:(?:intelligence|aid|government|former|two|three|four|five|six|seven|eight|nine|ten"
    r"|\d+)\s+)?(?:contractor|agents?|citizens?|nationals?|prisoners?|soldiers|sailors|fishermen"
    r"|journalists?|detainees?|hostages?|spy|spies|businessman|workers?|traders?|herders?"
    r"|tourists?|truck\s+drivers?|students?|pilgrims?"
    # "released a Japanese documentary filmmaker"
    r"|(?:documentary\s+)?(?:film-?makers?|photographers?|bloggers?|writers?|priests?"
    r"|missionar(?:y|ies)|nuns?|engineers?)"
    # "freed a Chinese trawler's captain"
    r"|(?:fishing\s+)?(?:boat|trawler|vessel|ship)['’]s\s+(?:captain|skipper|crew))\b"
)
# "freed the captain of a Chinese fishing boat": the ship's state is the captain's
_CREW_OF_BEFORE = re.compile(r"\b(?:captain|skipper|crew)\s+of\s+(?:a|an|the)\s+$")
_SHIP_AFTER = re.compile(r"\s+(?:fishing\s+)?(?:boat|trawler|vessel|ship)\b")
# What stands between a demonym and the relief team it qualifies: "Israeli soldiers and rescue
# specialists", "Turkish search and rescue team", "Chinese navy divers"
_AID_TEAM_BETWEEN = re.compile(
    r"(?:\s+(?:and|navy|naval|army|air\s+force|military|police|policemen|soldiers|troops|engineers"
    r"|doctors|medics|nurses|search|emergency|civil|defen[cs]e|disaster|relief|medical|experts"
    r"|specialists|firefighters|officers|personnel|coast\s+guard))*\s+"
)
_HELPERS_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:investigators|experts|rescuers|teams?|police|troops|soldiers|officers"
    r"|officials|doctors|engineers|agents|specialists|firefighters|divers)\b"
)
_SANCTIONED_AFTER = re.compile(
    r"\s+(?:citizens|nationals|passport\s+holders|goods|products|fruit|vegetables|seafood|fish"
    r"|beef|pork|poultry|meat|wine|steel|grain|wheat|produce|exports|imports"
    # the state's firms: "imposed sanctions on two American defence contractors"
    r"|(?:(?:defen[cs]e|arms|oil|energy|technology|tech|state-owned)\s+)?(?:contractors|companies"
    r"|firms|entities|banks|manufacturers|makers|producers|airlines|tankers))\b"
)
_HARM_OF_BEFORE = re.compile(
    r"\b(?:killing|killings|deaths?|abduction|kidnapping|detention|arrest|release|murder|attacks?"
    r"\s+on|wounding|injuring)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# A body's own gathering: "the NATO summit", "the OPEC ministerial meeting".
_IGO_GATHERING_AFTER = re.compile(
    r"\s+(?:(?:ministerial|leaders['’]?|heads\s+of\s+state|annual|extraordinary|emergency"
    r"|special|foreign\s+ministers['’]?)\s+)?(?:summit|meeting|conference|session|council)\b",
    re.IGNORECASE,
)


def _is_attributive_place(text: str, mention: Mention, trigger_start: int) -> bool:
    """ "the Jeddah talks": a city right before the trigger noun is where it happens."""
    return (
        mention.end <= trigger_start
        and re.fullmatch(r"\s+(?:peace\s+)?", text[mention.end : trigger_start]) is not None
    )


def _add_topic(topics: list[str], code: str) -> None:
    if code not in topics:
        topics.append(code)


def _is_reporter_name(name: _Name, text: str, sentence: Sentence) -> bool:
    """Whether a name of the sentence is the source of the report (worked out once)."""
    reporter = name.reporter
    if reporter is None:
        mention = name.mention
        # "mediated by Qatar and Turkey, Pakistan's foreign office said": a place or state
        # that a comma ends is not the source; the source is named after the comma.
        reporter = name.reporter = (
            mention.kind not in _NEVER_PARTY_KINDS
            and not text.startswith(",", mention.end)
            and _is_reporter(text, mention.start, mention.end, sentence)
        )
    return reporter


# What a state says it does itself: "China said on Tuesday (that) it would send", "Japan said it
# had signed" ("it" is the speaker, the act's side)
_OWN_ACT_REPORTED = re.compile(
    r"\s+(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day\s+|in\s+a\s+statement\s+)?(?:that\s+)?it\s+"
    r"(?:would|will|had|has|was|is|could|plans\s+to|planned\s+to|intends\s+to)\b"
)


# An attitude to others' act, no act of one's own: "said it would welcome talks between ..."
_ATTITUDE_AFTER = re.compile(
    r"\s+(?:welcome|welcomes|welcomed|support|supports|supported|back|backs|backed|monitor"
    r"|follow|study|consider|review|examine|respect|encourage|favour|favor|be\s+open\s+to)\b"
)


def _reports_own_act(text: str, end: int, trigger_start: int, sentence: Sentence) -> bool:
    """Whether the speaker named before ``end`` reports an act of its own, told after it."""
    verb = _SPEECH_VERB.search(text, end, min(sentence.end, end + 50))
    if verb is None or verb.end() > trigger_start:
        return False
    between = text[end : verb.start()].replace("'s", " ").replace("’s", " ").split()
    if not all(word in _SPEAKER_WORDS for word in between):
        return False  # ("Canada's Centerra Gold Inc said it had agreed": a company's act)
    own = _OWN_ACT_REPORTED.match(text, verb.end())
    if own is not None and _ATTITUDE_AFTER.match(text, own.end()):
        return False  # "India said it would welcome talks between Pakistan and Afghanistan"
    # the act right after it ("it would send aid", "it had signed an agreement"; not "it had
    # targeted a 'joint operations centre'": another act's words)
    return (
        own is not None
        and own.end() <= trigger_start
        and (len(text[own.end() : trigger_start].split()) <= 1)
    )


def _is_reporter(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """The source of the report ("Egypt's foreign ministry said", "according to the UN")."""
    verb = _SPEECH_VERB.search(text, end, min(sentence.end, end + 50))
    if verb is not None:
        between = text[end : verb.start()].replace("'s", " 's").replace("’s", " ’s")
        words = between.replace(",", " , ").split()
        if len(words) <= 5 and all(w[:1].isupper() or w.lower() in _SPEAKER_WORDS for w in words):
            return True
    window = text[max(sentence.start, start - 20) : start]
    return _last_word(window) in ("to", "the") and bool(_REPORTER_BEFORE.search(window))


# What a country's possessive after a city may describe the city as: "Doha, Qatar's capital"
_CITY_DESCRIBED_AFTER = re.compile(
    r"(?:(?:second|third|largest|biggest|main|chief|commercial|economic|financial|holy|northern"
    r"|southern|eastern|western|central|coastal|border|old|former|new|ancient|industrial|oil"
    r"|port)\s+)*(?:capital|city|port|town|hub|centre|center|gateway|largest|biggest)\b"
)


def _is_city_qualifier(text: str, previous: Mention, mention: Mention, gaz: Gazetteer) -> bool:
    """ "London, Britain" — the country only says where the city is (unless a list goes on)."""
    if previous.kind not in (_KIND_CITY, _KIND_METONYM):
        return False
    if text[previous.end : mention.start].strip() != ",":
        return False
    if _NAME_LIST_CONTINUES.match(text, mention.end) or (
        text.startswith(("'s ", "’s "), mention.end)
        and _CITY_DESCRIBED_AFTER.match(text, mention.end + 3) is None
    ):
        # (nor an owner: "In Bogota, Colombia's foreign ministry said"; but "Doha, Qatar's
        # capital" is the city described)
        return False
    if _SUBJECTS_VERB_AFTER.match(text, mention.end) and _IN_BEFORE_CITY.search(
        text, max(0, previous.start - 4), previous.start
    ):
        return False  # "In Tokyo, Japan lodged a protest": the place, then the subject
    city = gaz.cities.get(previous.text)
    return bool(city and any(c.iso3 == mention.code for c in city))


_SUBJECTS_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|on\s+[A-Z][a-z]+day\s+)?(?:[a-z]+ed|said|says|has|have|had|will|would|told|sent"
    r"|held|made|took|gave|met|spoke|is|was)\b"
)
_IN_BEFORE_CITY = re.compile(r"\bIn\s+$")
_COUNTRY_CAPITAL_AFTER = re.compile(r"\s+capital\b(?!\s+(?:of|flight|markets?|spending|gains?))")
_CAPITAL_OF_BEFORE = re.compile(r"\bin\s+the\s+capital\s+of\s+(?:the\s+)?$")
_POSSESSIVE_CAPITAL_AFTER = re.compile(
    r"['’]s\s+capital\b(?!\s+(?:flight|markets?|spending|gains?))"
)


def _anaphoric_city(
    doc: Document, gaz: Gazetteer, adjective: Mention, capital: bool = False
) -> Location:
    """ "the Swiss city": the last Swiss city named, else Switzerland; "the Tajik capital" is
    Dushanbe."""
    if capital:
        city = gaz.capital(adjective.code)
        if city is not None:
            return gaz.city_location(city)
    for mention in reversed(doc.mentions_in(0, adjective.start)):
        if mention.kind in (_KIND_CITY, _KIND_METONYM) and mention.text in gaz.cities:
            city = gaz.best_city(mention.text, frozenset({adjective.code}))
            if city is not None and city.iso3 == adjective.code:
                return gaz.city_location(city, mention.text)
    return gaz.country_location(adjective.code)


def _person_participant(person: Person) -> Participant:
    return _person(person.name, person.country_code, person.title)


# A participant is frozen and wholly given by its arguments: one instance serves every party
# that names the same person or state (validating a new one each time costs more).
@lru_cache(maxsize=4096)
def _person(name: str, country_code: str | None, title: str | None) -> Participant:
    return Participant(name=name, kind=_PARTICIPANT_PERSON, country_code=country_code, title=title)


@lru_cache(maxsize=1024)
def _state(name: str, iso3: str) -> Participant:
    return Participant(name=name, kind=_PARTICIPANT_STATE, country_code=iso3)


def _parties_of(
    doc: Document, gaz: Gazetteer, mention: Mention, sentence: Sentence
) -> list[_Party]:
    span = (mention.start, mention.end)
    if mention.kind is _KIND_GROUP:
        if mention.code in gaz.closed_groups:
            # "the Baltic states", "the GCC states": a fixed membership, meant whole
            return [_state_party(gaz, iso3, span) for iso3 in gaz.groups[mention.code]]
        members = set(gaz.groups.get(mention.code, ()))
        named = _named_members(doc, members, sentence)
        if named:
            return [_state_party(gaz, iso3, span) for iso3 in named]
        name = mention.text.removeprefix("the ").removeprefix("The ").strip()
        return [
            _Party(
                "group:" + mention.code,
                Participant(name=name, kind=_PARTICIPANT_ORGANIZATION),
                span,
            )
        ]
    if mention.kind in (_KIND_IGO, _KIND_IGO_ADJECTIVE):
        name = mention.entries[0].name
        return [
            _Party(
                mention.code + ":" + name,
                Participant(name=name, kind=_PARTICIPANT_ORGANIZATION, country_code=mention.code),
                span,
            )
        ]
    if mention.kind is _KIND_METONYM and mention.text == "Brussels":
        union = _eu_named(doc, sentence)
        if union is not None:
            # "Kobakhidze accuses Brussels of 'blackmail'" in a story of the EU: the Union
            return [
                _Party(
                    "EUR:" + union,
                    Participant(name=union, kind=_PARTICIPANT_ORGANIZATION, country_code="EUR"),
                    span,
                )
            ]
    return [_state_party(gaz, mention.code, span)]


def _eu_named(doc: Document, sentence: Sentence) -> str | None:
    """The name of the European Union when the sentence or the one before names it and the
    article names no Belgian actor ("Belgium's foreign minister", "Belgian police")."""
    belgian = doc.memo.get(("belgian named",))
    if belgian is None:
        belgian = doc.memo[("belgian named",)] = any(
            m.code == "BEL" and m.kind in (_KIND_COUNTRY, _KIND_ADJECTIVE) for m in doc.mentions
        ) or bool(_BRUSSELS_AS_PLACE.search(doc.text))
    if belgian:
        return None
    index = doc.sentences.index(sentence)
    low = doc.sentences[max(0, index - 1)].start
    return next(
        (
            m.entries[0].name
            for m in doc.mentions_in(low, sentence.end)
            if m.kind in (_KIND_IGO, _KIND_IGO_ADJECTIVE) and m.code == "EUR"
        ),
        None,
    )


# Brussels as a city: "A Brussels court", "in Brussels", "Brussels police"
_BRUSSELS_AS_PLACE = re.compile(
    r"\bBrussels\s+(?:court|prosecutors?|police|airport|mayor|region)\b|\b[Aa]\s+Brussels\b"
)


def _named_members(doc: Document, members: set[str], sentence: Sentence) -> list[str]:
    """Members of a group named in this sentence or the next ("Turkey, Saudi Arabia and Qatar")."""
    index = doc.sentences.index(sentence)
    end = doc.sentences[min(index + 1, len(doc.sentences) - 1)].end
    found: list[str] = []
    for mention in doc.mentions_in(sentence.start, end):
        if mention.kind is _KIND_COUNTRY and mention.code in members and mention.code not in found:
            found.append(mention.code)
    return found


def _state_party(gaz: Gazetteer, iso3: str, span: tuple[int, int]) -> _Party:
    return _Party(iso3, _state(gaz.country_names.get(iso3, iso3), iso3), span)


def _dedupe(parties: list[_Party]) -> list[_Party]:
    seen: dict[str, _Party] = {}
    for party in parties:
        seen.setdefault(party.key, party)
    return list(seen.values())


# -- merging mentions into events ------------------------------------------------------------


def _family(event_type: EventType, mode: str | None) -> str:
    if event_type is _TYPE_CONSULT:
        return "CONSULT:call" if mode == "phone_call" else "CONSULT"
    # A StrEnum formats as its value; reading ``.value`` is a slow descriptor on Python 3.11.
    return f"{event_type}:{mode}"


# The family of each trigger, by identity: a lexicon's triggers live as long as the process,
# and each is kept here with its family, so that its id cannot be reused by another object.
_TRIGGER_FAMILIES: dict[int, tuple[Trigger, str]] = {}


def _trigger_family(trigger: Trigger) -> str:
    """``_family(trigger.event_type, trigger.mode)``, worked out once per trigger."""
    known = _TRIGGER_FAMILIES.get(id(trigger))
    if known is None:
        family = _family(trigger.event_type, trigger.mode)
        if trigger.event_type is _TYPE_SANCTION and trigger.mode is None:
            # the two acts without a mode, a recall of one's envoy and a closure of another
            # state's missions, are never one event
            envoy = trigger.check == "own_envoy" or any(
                _ENVOY_WORD.search(form) for form in trigger.forms
            )
            family += ":recall" if envoy else ":closure"
        known = _TRIGGER_FAMILIES[id(trigger)] = (trigger, family)
    return known[1]


def _same_place(a: Location | None, b: Location | None) -> bool | None:
    """True/False when both are known, None when either is missing."""
    if a is None or b is None:
        return None
    if a.feature == "city" and b.feature == "city":
        return a.geonames_id == b.geonames_id
    if a.feature == "region" or b.feature == "region":
        return None
    return a.country_code == b.country_code


def _older_year(event: DateMention | None, mention: DateMention | None) -> bool:
    """Whether a mention dated by a month or a year only ("in July 2024") names a year before
    the event's day."""
    if event is None or event.value is None or mention is None or mention.value is not None:
        return False
    year = _OLD_YEAR.search(mention.text)
    return year is not None and int(year.group()) < event.value.year


# A month and year or a year right after an event's name: "the China-Central Asia Summit in
# Astana in June 2025"
_IN_A_YEAR_AFTER = re.compile(
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+"
    + _IN_A_MONTH_YEAR.pattern.removeprefix(r"\b")
)


_SIGNED_IN_A_YEAR_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:the\s+two\s+\w+|they|both\s+sides)\s+)?(?:had\s+)?"
    r"(?:signed|reached|struck|sealed|concluded)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+"
    + _IN_A_MONTH_YEAR.pattern.removeprefix(r"\b")
)


def _dated_to_an_older_year(event: _Event, mention: _Mention) -> bool:
    """Whether a mention without a day of its own is dated right after its name to a year
    before the event's ("attended the ... Summit in Astana in June 2025")."""
    if event.date is None or event.date.value is None:
        return False
    sentence = mention.sentence
    after = mention.span[1] - sentence.start
    # (a signing told right after, whatever day the clause names: "in breach of the peace
    # agreement the two countries signed in Washington in June 2025")
    found = _SIGNED_IN_A_YEAR_AFTER.match(sentence.text, after)
    if found is None and mention.date is None:
        found = _IN_A_YEAR_AFTER.match(sentence.text, after)
    return found is not None and int(found.group(1)) < event.date.value.year


def _same_date(a: DateMention | None, b: DateMention | None) -> bool | None:
    if a is None or b is None or a.value is None or b.value is None:
        return None
    return a.value == b.value


def _bilateral_beside_summit(event: _Event, mention: _Mention) -> bool:
    """A bilateral meeting of two states held at a summit of more ("Modi also held a bilateral
    meeting with Oli at the same venue", "On the sidelines of the summit, Putin held talks with
    Rouhani") is a meeting of its own, not the summit."""
    if "summit" not in event.modes or mention.trigger.mode == "summit":
        return False
    codes = _mention_states(mention)
    if len(codes) != 2:
        return False
    sentence = mention.sentence
    start, end = mention.span[0] - sentence.start, mention.span[1] - sentence.start
    if (
        "bilateral" in sentence.text[max(0, start - 24) : end].lower()
        or "sidelines" in sentence.text[:start]
    ):
        return len(_states(event) - codes) >= 1
    if ("margins of" in sentence.text or "sidelines of" in sentence.text) and mention.parties:
        # "Irish Foreign Minister Simon Harris met British Foreign Secretary David Lammy on the
        # margins of the summit" of the two prime ministers: other people of the same two
        # states, meeting on their own
        persons = [p for p in mention.parties if p.participant.kind is _PARTICIPANT_PERSON]
        return len(persons) >= 2 and not any(p.key in event.parties for p in persons)
    # "Costa met Turkmen President Serdar Berdimuhamedov on Friday morning" at a summit of six:
    # two people of two sides who "met" meet on their own
    people = {
        p.participant.country_code
        for p in mention.parties
        if p.participant.kind is _PARTICIPANT_PERSON and p.participant.country_code
    }
    return (
        not mention.anaphoric
        and people == codes
        and sentence.text[start:end].lower() in _MEET_VERBS  # (not "held talks": the summit's)
        and len(_states(event) - codes) >= 2
    )


def _shares_parties(event: _Event, mention: _Mention) -> bool:
    keys = {p.key for p in mention.parties}
    common = keys & set(event.parties)
    people = {k for k in common if not k.isupper()}
    return bool(people) or len(common) >= 2


def _another_host(event: _Event, mention: _Mention) -> bool:
    """The mention's people of the host's side (those of no state the visit's guests are of)
    are all new to the visit: "Khurelsukh met with Zhang" after talks with Oyun-Erdene (not
    "Modi and Macron held talks joined by their ministers" after Macron's welcome)."""
    host = event.location.country_code if event.location is not None else None
    hosts = {
        p.key
        for p in mention.parties
        if p.participant.kind is _PARTICIPANT_PERSON
        and host is not None
        and p.participant.country_code == host
    }
    return bool(hosts) and not hosts & _event_people(event)


def _shares_guest(event: _Event, mention: _Mention) -> bool:
    """The mention names a party of the visit other than its host (the state it is held in)."""
    host = event.location.country_code if event.location is not None else None
    return any(
        (party := event.parties.get(p.key)) is not None and party.participant.country_code != host
        for p in mention.parties
    )


# A round told by the words "the next round" (the trigger of the talks' next round)
_ROUND_TOLD = re.compile(r"the\s+\w+\s+round\b")
# The next round of talks told before: "the talks are scheduled to resume on Monday".
_NEXT_ROUND = re.compile(
    r"\b(?:resum\w*|reconven\w*|(?:next|new|second|third|fresh|another)\s+round)\b",
    re.IGNORECASE,
)

# A body of the two sides as the subject of a meeting: "A joint technical committee will meet"
_JOINT_BODY_BEFORE = re.compile(
    r"\s*(?:An?|The|Their)\s+joint\s+(?:[\w-]+\s+){0,2}(?:committee|commission|working\s+group"
    r"|panel|border\s+committee)\s+(?:will|is\s+to|is\s+due\s+to|would|is\s+expected\s+to)\s+$"
)
_THEIR_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _other_actor(event: _Event, mention: _Mention) -> bool:
    """An act aimed at someone (a sanction, an expulsion, a rupture) told of two different
    states: two acts, even against the same target on the same day."""
    if event.source is None or mention.source is None or event.source == mention.source:
        return False
    theirs = event.parties.get(event.source)
    ours = next((p for p in mention.parties if p.key == mention.source), None)
    if theirs is None or ours is None:
        return False
    a, b = theirs.participant.country_code, ours.participant.country_code
    return a is not None and b is not None and a != b


# A weekday told right after an act's verb and its object: "sent a protest note to Croatia
# on Wednesday", "summoned Pakistan's charge d'affaires in Kabul, X, on Tuesday"
_DAY_RIGHT_AFTER = re.compile(
    r"[^.;]{0,80}?\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _merge(
    events: list[_Event], focus: dict[str, _Event], mention: _Mention, doc: Document
) -> None:
    if mention.trigger.mode == "invitation" and mention.status is _STATUS_UNKNOWN:
        consult = focus.get("CONSULT")
        if consult is not None:
            _absorb(consult, mention, doc)
        return
    if (
        mention.date is None
        and mention.status is _STATUS_OCCURRED
        and _SIMILAR_BEFORE.search(
            doc.text, max(mention.sentence.start, mention.span[0] - 40), mention.span[0]
        )
    ):
        # "Japan has signed similar supply-sharing agreements with the United States, Australia
        # ...": others like it, undated, background to the one reported
        return
    if (
        mention.anaphoric
        and mention.trigger.mode == "visit"
        and _INVITED_TO_VISIT_BEFORE.search(doc.text, mention.sentence.start, mention.span[0])
    ):
        # "accepted an invitation from Muizzu to visit Male, ... adding that the visit would take
        # place 'at the earliest convenience'": the visit invited to, told in the invitation
        return
    if mention.anaphoric and _NO_BEFORE.search(
        doc.text, max(mention.sentence.start, mention.span[0] - 24), mention.span[0]
    ):
        # "said that no agreement signed by the Greek Cypriot administration could bind the
        # Turkish Cypriots": no event, and no place or day for one told before
        return
    family = _trigger_family(mention.trigger)
    if mention.trigger.event_type not in _EVENT_NOUN_TYPES:
        _merge_statement(events, mention, doc)
        return
    candidates = [e for e in events if e.family == family]
    if mention.trigger.check == "arrived_here" and any(
        "visit" in e.modes
        and e.status is not _STATUS_SCHEDULED
        # (a visit whose sides are not read yet: "during a visit by the Taliban
        # administration's Commerce and Industry Minister Alhaj Nooruddin Azizi")
        and (not _states(e) or mention.parties[0].participant.country_code in _states(e))
        for e in candidates
    ):
        # "Rama, who arrived on Wednesday morning, held talks" after "Rama visits Podgorica":
        # the arrival of the visit told (the visit's own reading dates it and splits its talks)
        return
    if not mention.separate and _ALSO_BEFORE.search(
        doc.text, max(mention.sentence.start, mention.span[0] - 12), mention.span[0]
    ):
        # "Sisi met Bahrain's king ..., and Sisi also held talks with Abbas": another act
        # with another side, not the one in focus
        previous = focus.get(family)
        codes = {p.participant.country_code for p in mention.parties} - {None}
        if previous is not None and (
            codes - _states(previous)
            or _other_people(previous, mention)
            # "Orban held talks with Vucic ... Orban also met Serbian Prime Minister Djuro
            # Macut": a meeting with someone else of the same states
            or _another_state_official(previous, mention)
        ):
            # (or the same states' other people: "Erdogan telephoned Atambayev ...; Cavusoglu
            # also spoke by phone with Abdyldayev")
            mention.separate = True
    if (
        mention.trigger.mode == "visit"
        and mention.status is _STATUS_CANCELLED
        and (
            traveller := _stop_traveller(
                doc,
                # (the last one placed: not a working breakfast on a forum's sidelines)
                next(
                    (e for e in (focus.get(family), *reversed(candidates)) if e and e.location),
                    None,
                ),
                mention,
            )
        )
        is not None
    ):
        # "A planned stop in Doha on Wednesday was dropped from the prime minister's programme"
        # after his talks in Riyadh: the guest of the story's last meeting, and the stop's state
        mention.parties = traveller
    target = None if mention.separate else _find_target(candidates, focus.get(family), mention)
    if target is None and family == "AGREE:agreement":
        truce = focus.get("AGREE:ceasefire")
        if truce is not None and _CEASEFIRE_TERMS.match(
            doc.text, mention.span[1], mention.sentence.end
        ):
            # "the two sides agreed that all firing and military action ... would stop": the
            # ceasefire told again, by what it stops
            _absorb(truce, mention, doc)
            return
    if target is None and family == "AGREE:agreement" and mention.trigger.nouns:
        truce = focus.get("AGREE:ceasefire")
        if (
            truce is not None
            and (mention.anaphoric or mention.sentence_index in truce.sentences)
            and " ".join(doc.text[slice(*mention.span)].lower().split()) in mention.trigger.nouns
            # (not an agreement of an older year: "in breach of the peace agreement the two
            # countries signed in Washington in June 2025")
            and not _older_year(truce.date, mention.date)
            and not _dated_to_an_older_year(truce, mention)
        ):
            # "The truce began ... after the cabinet approved the agreement", then "Biden
            # announced the deal": the ceasefire told as an agreement
            _absorb(truce, mention, doc)
            return
    if target is None and _site_seen_on_a_visit(doc, events, mention):
        # "Before leaving Luanda on Friday, Hichilema is scheduled to visit the Lobito port
        # terminal": a site seen on the visit told before, no visit of its own
        return
    if target is None and _domestic_leg(events, mention):
        # "Adeang arrived in Beijing on Sunday for a state visit ... the Nauruan president is
        # also scheduled to travel to Shanghai": a leg of the visit told before
        return
    if target is None:
        if mention.anaphoric and mention.status is _STATUS_UNKNOWN:
            return  # a reference to an event we never saw asserted
        if mention.anaphoric and _BACKGROUND_BEFORE.search(
            doc.text[max(mention.sentence.start, mention.span[0] - 40) : mention.span[0]]
        ):
            return  # "before the Group of 20 summit": a time reference, not news
        target = _new_event(mention, doc)
        previous = focus.get(family)
        if previous is not None and _received_by_a_pronoun(doc, mention):
            # "He was received on Tuesday afternoon by President Jose Ramos-Horta" after the
            # guest's talks: the guest of those talks, of the state that is not the host's
            hosts = _mention_states(mention)
            for key, party in previous.parties.items():
                if key not in target.parties and party.participant.country_code not in hosts:
                    target.parties[key] = party
        if (
            not mention.parties
            and previous is not None
            and previous.status is _STATUS_OCCURRED
            and mention.status is _STATUS_SCHEDULED
            and (
                (
                    mention.anaphoric
                    and (
                        _NEXT_ROUND.search(
                            doc.text,
                            max(mention.sentence.start, mention.span[0] - 40),
                            min(mention.sentence.end, mention.span[1] + 40),
                        )
                        or _THEIR_BEFORE.search(
                            doc.text,
                            max(mention.sentence.start, mention.span[0] - 40),
                            mention.span[0],
                        )
                    )
                )
                # "A joint technical committee will meet in Amman on June 29": the two sides'
                or _JOINT_BODY_BEFORE.match(doc.text, mention.sentence.start, mention.span[0])
            )
        ):
            # "The talks are scheduled to resume on Monday", "The committee will hold its
            # first meeting next month": the next round, between the sides told before
            _take_sides(target, previous)
        if not target.parties and _ROUND_TOLD.match(doc.lower, mention.span[0], mention.span[1]):
            # "The next round will be held in Dhaka on October 20": the round of the last talks
            # told between two sides or more; with none, no sides ("officials said the next
            # round would be held in Male 'soon'")
            last = next(
                (
                    e
                    for e in reversed(events)
                    if e.event_type is _TYPE_CONSULT and len(_states(e)) >= 2
                ),
                None,
            )
            if last is None:
                return
            _take_sides(target, last)
        events.append(target)
    else:
        _absorb(target, mention, doc)
    focus[family] = target


def _take_sides(target: _Event, told: _Event) -> None:
    """The next round takes the sides of the talks told before, with their spans as evidence."""
    target.parties = dict(told.parties)
    target.evidence.extend(("participant", *p.span) for p in told.parties.values())


_HEADLINE = {0}  # the sentences of an event named only in the title

# A guest's arrival: "arrived in", "landed in", "flew into"
_ARRIVAL_FORM = re.compile(r"(?:arriv|land|flew|fly)", re.IGNORECASE)
# Where a traveller came from: "who flew in from Brussels", "arrived overnight from Paris"
_CAME_FROM_BEFORE = re.compile(
    r"\b(?:arrived|arriving|flew\s+in|flying\s+in|landed)\s+(?:[\w-]+\s+){0,3}?from\s+$"
)
# Others like the event: "has signed similar supply-sharing agreements with"
_SIMILAR_BEFORE = re.compile(r"\bsimilar\s+(?:[\w-]+\s+){0,2}$")
# A noun told as none: "no agreement signed by ... could bind"
_NO_BEFORE = re.compile(r"\b[Nn]o\s+(?:(?:new|such|other|formal|final|further)\s+)?$")
# What an accepted invitation invites to: "to attend the Ibero-American summit in Madrid"
# Where what an invitation invites to ends: an attribution (", officials said on Tuesday"),
# or the talks or call the invitation was accepted in
_INVITATION_PHRASE_END = re.compile(
    r",\s+(?:[\w'’.-]+\s+){0,5}?(?:said|says|told|announced|reported)\b"
    r"|\b(?:during|at|in)\s+(?:a\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?"
    r"(?:talks|meeting|phone\s+call|call|telephone\s+call)\b"
)
# The acceptance told before an invitation's noun: "accepted an", "has accepted the"
_ACCEPTED_AN_BEFORE = re.compile(r"\baccept(?:ed|s|ing)?\s+(?:an|the|a)\s+$")
_INVITED_TO_AFTER = re.compile(
    r"\bto\s+(?:attend|visit|come\s+to|travel\s+to|take\s+part|participate|join|pay\s+a)\b"
)

# An invitation to visit earlier in the sentence ("accepted an invitation from Muizzu to visit
# Male, ... adding that the visit would take place")
_INVITED_TO_VISIT_BEFORE = re.compile(r"\binvit(?:ation|ed|es|ing)\b[^.;]{0,100}?\bto\s+visit\b")


_TALKS_PURPOSE = re.compile(
    r"\b(?:for\s+(?:(?:further|more)\s+)?(?:talks|meetings?|consultations)|to\s+(?:meet|hold\s+talks"
    r"|attend))\b"
    # (not a meeting with no officials: "to meet Turkish business leaders", "to meet students")
    r"(?!\s+(?:with\s+)?(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:business|investors?|students|executives"
    r"|entrepreneurs|members\s+of\s+the\s+\w+\s+(?:diaspora|community)|the\s+diaspora|diaspora))"
)


def _site_seen_on_a_visit(doc: Document, events: list[_Event], mention: _Mention) -> bool:
    """Whether a visit mention names a site as its object ("visit the Lobito port terminal",
    "visited a memorial in Busan") while a meeting or visit of its states or people was told
    before: a site seen on that visit. A site visit told alone is the visit ("Rubio visited the
    Kakuma refugee camp in Kenya")."""
    if mention.trigger.mode != "visit" or mention.anaphoric:
        return False
    if doc.lower[mention.span[0] : mention.span[1]] not in _VISIT_VERBS:
        return False
    if _SITE_OBJECT_AFTER.match(doc.text, mention.span[1]) is None:
        return False
    codes = _mention_states(mention)
    people = _mention_people(mention)
    return any(
        event.event_type is _TYPE_CONSULT
        and ((codes and codes <= _states(event)) or (people and people & _event_people(event)))
        for event in events
    )


def _domestic_leg(events: list[_Event], mention: _Mention) -> bool:
    """Whether a visit to a city is a leg, inside the host country, of a visit told before:
    the same states, no one new, another city of the country visited or the same one again."""
    if mention.event_mode != "visit" or mention.location is None:
        return False
    if mention.location.feature != "city":
        return False
    sentence = mention.sentence
    if _TALKS_PURPOSE.search(sentence.text, mention.span[1] - sentence.start) is not None:
        return False  # "due to fly to Erbil ... for talks with Kurdistan Regional Government"
    host = mention.location.country_code
    codes = {p.participant.country_code for p in mention.parties} - {None}
    people = _mention_people(mention)
    return any(
        event.mode == "visit"
        and event.location is not None
        and event.location.country_code == host
        and codes <= _states(event)
        and people <= _event_people(event)
        and (
            _same_place(event.location, mention.location) is False
            # (or the same city, both told as done: "During his stay in Beijing, Adeang also
            # visited a Beijing technology company"; not a visit of an older year)
            or (
                mention.status is _STATUS_OCCURRED
                and event.status is _STATUS_OCCURRED
                and not _older_year(event.date, mention.date)
            )
        )
        for event in events
    )


def _another_state_official(event: _Event, mention: _Mention) -> bool:
    """After talks between two people, "Orban also met Serbian Prime Minister Djuro Macut": a
    person new to the event, of another state than the people it shares with it (not "Orban
    also met Hungarian Foreign Minister Peter Szijjarto", his own minister)."""
    theirs = _event_people(event)
    if len(theirs) < 2:
        return False
    persons = [p for p in mention.parties if p.participant.kind is _PARTICIPANT_PERSON]
    shared = {p.participant.country_code for p in persons if p.key in theirs}
    return any(
        p.key not in theirs and p.participant.country_code not in shared | {None} for p in persons
    )


def _mention_people(mention: _Mention) -> set[str]:
    """The keys of the people a mention names."""
    return {p.key for p in mention.parties if p.participant.kind is _PARTICIPANT_PERSON}


def _new_person_of_another_state(event: _Event, mention: _Mention) -> bool:
    """The mention names a person the visit does not hold, of a state other than its guests'
    (the host's or a third one: not "met Georgian Ambassador Zurab Pataradze", the Georgian
    guest's own envoy)."""
    host = event.location.country_code if event.location is not None else None
    guests = {
        p.participant.country_code
        for p in event.parties.values()
        if p.participant.kind is _PARTICIPANT_PERSON and p.participant.country_code != host
    }
    held = _event_people(event)
    return any(
        p.participant.kind is _PARTICIPANT_PERSON
        and p.key not in held
        and p.participant.country_code is not None
        and p.participant.country_code not in guests
        for p in mention.parties
    )


def _separate_from(event: _Event, mention: _Mention) -> bool:
    """ "Rangel, who was in Madrid for a separate meeting with his Spanish counterpart Jose
    Manuel Albares on Monday": a meeting told as apart from others, not one of other people
    told before (the same pair's meeting told before is the same: "Xi and Modi met in Tianjin
    ... Modi, who held a separate meeting with Xi on the sidelines of the summit")."""
    sentence = mention.sentence
    offset = mention.span[0] - sentence.start
    if "separate" not in sentence.text[max(0, offset - 32) : offset].lower():
        return False  # (the literal first: most mentions have no "separate" before them)
    if not _A_SEPARATE_BEFORE.search(sentence.text, max(0, offset - 32), offset):
        return False
    people = _mention_people(mention)
    return bool(people - _event_people(event)) or bool(_mention_states(mention) - _states(event))


def _other_donor(event: _Event, mention: _Mention) -> bool:
    """A pledge by states none of which pledged the one before: "Australia on Monday pledged 2
    million Australian dollars", then "Japan said on Tuesday it would provide tents": two
    donors' pledges, not one."""
    if mention.trigger.mode != "pledge" or "pledge" not in event.modes or mention.anaphoric:
        return False
    ours = _mention_states(mention)
    theirs = _states(event)
    return bool(ours) and bool(theirs) and not ours & theirs


def _event_people(event: _Event) -> set[str]:
    """The keys of the people an event holds."""
    return {k for k, p in event.parties.items() if p.participant.kind is _PARTICIPANT_PERSON}


def _other_people(event: _Event, mention: _Mention) -> bool:
    """Both name at least two people, and none is the same: two talks of other people."""
    ours = _mention_people(mention)
    if len(ours) < 2:
        return False
    theirs = _event_people(event)
    return len(theirs) >= 2 and not ours & theirs


def _reception_by_another(event: _Event, mention: _Mention) -> bool:
    """After talks between two people, one of them "was later received by President Faure
    Gnassingbe" (or "Tokayev received the two ministers"): an audience with a third person,
    a meeting of its own, not the talks told again. During a visit, only one told as a later
    step ("Sugiono was later received by Prime Minister James Marape"): the visit's record holds
    its other audiences ("On the same day, Prime Minister Pham Minh Chinh received President
    Marcos" on a state visit)."""
    if "received" not in mention.trigger.forms or mention.anaphoric:
        return False
    later = _RECEIVED_LATER_BEFORE.search(
        mention.sentence.text, 0, mention.span[1] - mention.sentence.start
    )
    ours = _mention_people(mention)
    theirs = _event_people(event)
    if "visit" in event.modes and not later:
        return False  # (on a visit, only "Sugiono was later received by Prime Minister Marape")
    if _GREETED_ON_ARRIVAL.search(mention.sentence.text):
        return False  # ("at the airport")
    if len(_mention_states(mention)) < 2 and not (
        # "He was received on Tuesday afternoon by President Jose Ramos-Horta" after the talks
        # of the guest with the host's prime minister: the guest is the talks' own
        _PASSIVE_RECEIVED_BEFORE.search(
            mention.sentence.text, 0, mention.span[1] - mention.sentence.start
        )
        and len(theirs) >= 2
        and _new_host_official(event, mention)
    ):
        return False  # ("received the two ministers": no other side named)
    # (a later step needs no named pair before it: "talks in Amman between the two countries'
    # foreign ministers", then "Al-Shaibani was later received by King Abdullah II")
    return (len(theirs) >= 2 or later is not None) and bool(ours - theirs)


# A reception told in the passive: "He was received", "was later received"
_PASSIVE_RECEIVED_BEFORE = re.compile(
    r"\bwas\s+(?:(?:later|then|subsequently|afterwards|also)\s+)?received$", re.IGNORECASE
)


_HE_OR_SHE_WAS_RECEIVED = re.compile(
    r"(?:He|She)\s+(?:was|had\s+been)\s+(?:(?:later|then|also)\s+)?received$"
)


# Who was to make a stop, told after its place: "A planned stop in Busan by the carrier"
_STOP_BY_AN_AGENT = re.compile(r"(?:\s+in)?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+by\b")
# A stop of a tour: "A planned stop in Doha", "A stop in Lima planned for Thursday"
_A_STOP_IN = re.compile(r"\b(?:stop|stopover)\s+in\b", re.IGNORECASE)


def _stop_traveller(
    doc: Document, previous: _Event | None, mention: _Mention
) -> list[_Party] | None:
    """The sides of a stop of a tour called off that names no traveller ("A planned stop in
    Doha on Wednesday was dropped"): the guest of the story's last meeting or visit (its
    parties of another state than its place's and the stop's), and the stop's state."""
    place = mention.location
    if (
        previous is None
        or place is None
        or place.country_code is None
        or previous.location is None
        or previous.location.country_code is None
        or _A_STOP_IN.search(doc.text, mention.span[0], mention.span[1] + 12) is None
        or any(
            p.participant.country_code not in (None, place.country_code) for p in mention.parties
        )
    ):
        return None
    home = previous.location.country_code
    if home == place.country_code:
        return None  # "A planned stop in Chicago" on a visit to Washington: a leg of it
    if _STOP_BY_AN_AGENT.match(doc.text, mention.span[1], mention.sentence.end):
        return None  # "A planned stop in Busan by the aircraft carrier": the carrier's
    guests = [
        p
        for p in previous.parties.values()
        if p.participant.country_code not in (None, home, place.country_code)
    ]
    if not guests:
        return None
    gaz = gazetteer()
    host = _state_party(gaz, place.country_code, mention.span)
    return [*guests, host]


def _received_by_a_pronoun(doc: Document, mention: _Mention) -> bool:
    """ "He was received by President X": a reception of the guest told as a pronoun, with one
    state (the host's) named."""
    return (
        "received" in mention.trigger.forms
        and len(_mention_states(mention)) == 1
        and _HE_OR_SHE_WAS_RECEIVED.search(doc.text, mention.sentence.start, mention.span[1])
        is not None
    )


def _new_host_official(event: _Event, mention: _Mention) -> bool:
    """The mention names a person the event does not hold, of the state the event is held in
    (not the guest's own ambassador)."""
    if event.location is None or event.location.country_code not in _states(event):
        return False
    host = event.location.country_code
    held = _event_people(event)
    return any(
        p.participant.kind is _PARTICIPANT_PERSON
        and p.key not in held
        and p.participant.country_code == host
        for p in mention.parties
    )


# A step told as coming after the one before: "later", "then", "subsequently", "afterwards"
_LATER_WORD = r"\b(?:later|then|subsequently|afterwards)\s+"
_RECEIVED_LATER_BEFORE = re.compile(rf"\b(?:was|were)\s+{_LATER_WORD}received$", re.IGNORECASE)


def _later_audience(event: _Event, mention: _Mention) -> bool:
    """After talks between two people told in another sentence, "Cho later paid a courtesy
    call on Prime Minister Sanae Takaichi" (or "Barrack later met Prime Minister Nawaf Salam"):
    a later step with a third person is a meeting of its own. In the talks' own sentence
    ("held talks with Muttaqi, and later called on acting prime minister Akhund") it is part
    of them."""
    if mention.anaphoric or mention.trigger.event_type is not _TYPE_CONSULT:
        return False
    if (
        mention.trigger.mode not in ("meeting", "talks")
        or mention.sentence_index in event.sentences
    ):
        return False
    before = mention.span[0] - mention.sentence.start
    if (
        not (
            _LATER_STEP_BEFORE.search(mention.sentence.text, 0, before)
            # "Wang paid a courtesy call on President Lee Jae-myung at Cheong Wa Dae on
            # Thursday afternoon": an audience by its own name, "later" or not
            or _COURTESY_CALL_WORDS.match(mention.sentence.text, before)
        )
        or len(_mention_states(mention)) < 2
    ):
        return False
    ours = _mention_people(mention)
    theirs = _event_people(event)
    if not ours & theirs or not ours - theirs:
        return False
    # (one person of a visit: "Modi arrived in Paris. He later met Macron" is the visit's)
    return len(theirs) >= 2 or not event.modes.isdisjoint(("talks", "meeting"))


_LATER_STEP_BEFORE = re.compile(rf"{_LATER_WORD}(?:paid\s+a\s+)?$", re.IGNORECASE)
_HELD_TALKS = re.compile(r"held\s+talks\b", re.IGNORECASE)
# a named venue after a trigger, up to the clause's end: "at Perdana Putra", "at the Palace of
# the Nation" (not "at a resort", "at the end of")
_AT_A_VENUE = re.compile(r"[^,;:.]{0,80}?\sat\s+(?:the\s+)?[A-Z]")
_COURTESY_CALL_WORDS = re.compile(r"courtesy\s+calls?\b", re.IGNORECASE)
_GREETED_ON_ARRIVAL = re.compile(rf"\b(?:{_ARRIVAL_GREETING})\b", re.IGNORECASE)


def _another_pair(event: _Event, mention: _Mention) -> bool:
    """After "Yoon held separate talks with Kishida and with Li", "Kishida and Li met later":
    two sides that are not the pair of one of the separate meetings meet on their own."""
    if not event.separate or mention.anaphoric:
        return False
    codes = _mention_states(mention)
    return (
        len(codes) >= 2
        and bool(codes - _states(event))
        # (the same day: "Yoon, Kishida and Li met on Monday" is the next day's summit)
        and _same_date(event.date, mention.date) is not False
    )


def _pair_deal_beside_a_pact(event: _Event, mention: _Mention) -> bool:
    """ "On the sidelines, Arévalo and Asfura agreed to reopen the El Florido crossing": two of
    a summit's states agreeing on their own, told as a side act, not the summit's pact."""
    if event.event_type is not _TYPE_AGREE or mention.trigger.event_type is not _TYPE_AGREE:
        return False
    codes = _mention_states(mention)
    if len(codes) != 2 or mention.anaphoric:
        return False
    sentence = mention.sentence
    offset = mention.span[0] - sentence.start
    if "sidelines" not in sentence.text[:offset] or len(_states(event) - codes) < 2:
        return False
    # (not the pair joining the pact itself: "Kenya and Uganda agreed to sign the protocol")
    return _THE_PACT_AFTER.search(sentence.text, offset) is None


# The pact a pair joins, named after its verb: "agreed to sign the protocol"
_THE_PACT_AFTER = re.compile(
    r"\b(?:sign|join|back|ratify|accede\s+to|endorse|adopt)\s+the\s+(?:\w+\s+){0,3}?"
    r"(?:protocol|pact|deal|agreement|accord|treaty|declaration|charter|convention)\b"
)


def _find_target(
    candidates: list[_Event], focus: _Event | None, mention: _Mention
) -> _Event | None:
    def conflicts(event: _Event) -> bool:
        if _same_place(event.location, mention.location) is False:
            return True
        if (
            mention.source is not None
            and event.source not in (None, mention.source)
            and (mention.retaliation or (mention.anaphoric and _other_actor(event, mention)))
        ):
            return True  # "Trudeau responded by announcing retaliatory tariffs": his own act
        if _older_year(event.date, mention.date) or _dated_to_an_older_year(event, mention):
            return True  # "attended the China-Central Asia Summit in Astana in June 2025"
        if mention.anaphoric:
            # "the negotiations would resume on Monday": the next round, not the talks held
            return (
                event.status is _STATUS_OCCURRED
                and mention.status is _STATUS_SCHEDULED
                and _same_date(event.date, mention.date) is False
            )
        if _other_actor(event, mention):
            return True  # "Mexico broke off relations with Ecuador", then Nicaragua did too
        if _other_donor(event, mention):
            return True
        if _separate_from(event, mention):
            return True
        if _another_pair(event, mention):
            return True
        if mention.trigger.mode == "phone_call" and _other_people(event, mention):
            return True  # a call has two ends: two other people on the phone made another call
        if (
            mention.trigger.mode in ("talks", "meeting")
            and "visit" in event.modes
            and _other_people(event, mention)
        ):
            # "Erdogan hosted Muizzu ...", then "Foreign Minister Hakan Fidan and his Maldivian
            # counterpart Abdulla Khaleel held separate talks": their own talks on the visit
            return True
        if _bilateral_beside_summit(event, mention):
            return True  # "Modi also held a bilateral meeting with Oli" at the summit: their own
        if _pair_deal_beside_a_pact(event, mention):
            return True
        if (
            mention.trigger.mode in ("talks", "meeting")
            and not mention.anaphoric
            and event.modes == {"visit"}
            and mention.status is _STATUS_OCCURRED
            and any(p.participant.kind is _PARTICIPANT_PERSON for p in mention.parties)
            and (
                mention.date is not None
                or mention.location is not None
                # "Li held talks with Prime Minister Anwar Ibrahim at Perdana Putra": talks a
                # visitor held at a venue (not the talks of the visit's leaders "at the Akorda",
                # nor "King Abdullah II received al-Shaibani at the Husseiniya Palace", the
                # visit's welcome)
                or (
                    _HELD_TALKS.match(
                        mention.sentence.text, mention.span[0] - mention.sentence.start
                    )
                    and _AT_A_VENUE.match(
                        mention.sentence.text, mention.span[1] - mention.sentence.start
                    )
                )
            )
        ):
            # "Rahman ... held talks with Dissanayake at the Presidential Secretariat", "also
            # met Prime Minister Amarasuriya on Tuesday afternoon": talks a visitor held, told
            # with a person and their own place or day, are a record of their own beside the
            # visit, as the analysts code them
            return True
        if (
            mention.trigger.mode in ("talks", "meeting")
            and not mention.anaphoric
            and "visit" in event.modes
            and mention.status is _STATUS_OCCURRED
            and (mention.date is not None or mention.location is not None)
            and _new_person_of_another_state(event, mention)
        ):
            # ... and so is one told after the visit's own talks, with someone the visit does
            # not hold yet: "Earlier on Oct. 14, Kobakhidze met Prime Minister Olzhas Bektenov
            # at the Government House" beside the talks with Tokayev
            return True
        if _reception_by_another(event, mention):
            return True  # "Ablakwa was later received by President Gnassingbe": an audience
        if _later_audience(event, mention):
            return True  # "Cho later paid a courtesy call on Prime Minister Takaichi"
        if event.status is _STATUS_OCCURRED and mention.status in (
            _STATUS_SCHEDULED,
            _STATUS_CANCELLED,
        ):
            # what happened and what is planned (or called off: "held talks ... A planned
            # three-way meeting ... was called off") are different events
            return True
        if (
            event.status is _STATUS_CANCELLED
            and mention.status is _STATUS_OCCURRED
            and mention.trigger.mode not in event.modes
        ):
            # "Milei's trip to Santiago postponed", then "talks ... in Santiago": the talks
            # held are not the trip called off (the summit called off told again is)
            return True
        if _same_date(event.date, mention.date) is False:
            # A visit spans days: "arrived on Tuesday", "hosted ... on Wednesday" (the same
            # guest: another guest the host received on another day is another event) ...
            return not ("visit" in event.modes and _shares_guest(event, mention)) or (
                # ... but the guest's meeting with another of the host's people on another day
                # is its own: talks on Wednesday, then "Mongolian President Khurelsukh met with
                # Zhang at the State Palace on Thursday morning"
                mention.trigger.mode in ("meeting", "talks")
                and mention.status is _STATUS_OCCURRED
                and len(_event_people(event)) >= 2
                and _another_host(event, mention)
            )
        return False

    if focus is not None and _another_pair(focus, mention):
        return None  # the meetings of the day told one by one: the next one is its own
    for event in reversed(candidates):
        if conflicts(event):
            continue
        if _same_place(event.location, mention.location) or _same_date(event.date, mention.date):
            return event
    mode = mention.trigger.mode
    if mention.anaphoric and mode and focus is not None and mode not in focus.modes:
        # "the summit" after a summit and then a visit: the summit, not the visit in focus
        for event in reversed(candidates):
            if mode in event.modes and not conflicts(event):
                return event
    if (
        focus is not None
        and not conflicts(focus)
        and (mention.anaphoric or (mention.location is None and mention.date is None))
    ):
        return focus
    for event in reversed(candidates):
        if not conflicts(event) and _shares_parties(event, mention):
            return event
    for event in candidates:
        # A headline ("Nairobi expels envoy") announces the act the body then reports in
        # full: the body's first mention of that kind is the same event.
        if event.sentences == _HEADLINE and mention.sentence_index != 0 and not conflicts(event):
            return event
    if mention.location is not None:
        # A place for an event that had none yet ("talks ... over the weekend", then "in Lausanne").
        for event in reversed(candidates):
            if (
                event.location is None
                and not conflicts(event)
                and (not event.parties or _shares_parties(event, mention))
            ):
                return event
    return None


def _same_state_source(event: _Event, mention: _Mention) -> bool:
    """Whether the event's and the mention's speakers are of one state ("Trump", "U.S.")."""
    own = event.parties.get(event.source) if event.source is not None else None
    other = next((p for p in mention.parties if p.key == mention.source), None)
    return (
        own is not None
        and other is not None
        and own.participant.country_code is not None
        and own.participant.country_code == other.participant.country_code
    )


def _same_appeal_told_next(event: _Event, mention: _Mention) -> bool:
    """ "China ... urged restraint.", then "Foreign Ministry spokesman Lin Jian on Tuesday called
    on both sides to exercise calm and restraint": the state's statement told again in the next
    sentence by its speaker, to the same sides or to none named ("both sides"), without "also".
    (Appeals only: an accusation told again by a minister is often another one, "... also
    accused Moscow of ...".)"""
    if (
        event.event_type is not _TYPE_REQUEST
        or mention.sentence_index - max(event.sentences) != 1
        or not _same_state_source(event, mention)
    ):
        return False
    if _ALSO_BEFORE.search(
        mention.sentence.text, 0, max(0, mention.span[0] - mention.sentence.start)
    ):
        return False  # "... also called on Pakistan to ...": another appeal
    codes = {p.participant.country_code for p in mention.parties}
    theirs = {p.participant.country_code for p in event.parties.values()}
    # the same sides again, or none named ("called on both sides")
    return codes == theirs or (len(codes) == 1 and codes <= theirs)


def _formal_protest(trigger: Trigger) -> bool:
    """A protest lodged, handed as a note, or made by a summons: one formal act of a state."""
    return "lodged a protest" in trigger.forms or "summoned" in trigger.forms


_SEPARATELY_OPENING = re.compile(
    r"\s*(?:Separately|In\s+a\s+separate|Meanwhile|Also|Earlier|Later)\b", re.IGNORECASE
)


@cache
def _aid_nouns() -> tuple[str, ...]:
    """The nouns of the aid triggers ("humanitarian aid", "relief supplies"), lower case."""
    return tuple(
        sorted(
            {
                noun
                for trigger in diplomatic_lexicon().triggers
                if trigger.event_type is _TYPE_AID
                for noun in trigger.nouns
            }
        )
    )


@cache
def _protest_forms() -> frozenset[str]:
    """The forms of the triggers of a formal protest, lower case."""
    return frozenset(
        form
        for trigger in diplomatic_lexicon().triggers
        if _formal_protest(trigger)
        for form in trigger.forms
    )


def _same_protest_told_next(event: _Event, mention: _Mention, doc: Document) -> bool:
    """ "Portugal lodged a formal protest with Spain on Monday", then "Foreign Minister Paulo
    Rangel handed a note of protest to Spain's ambassador": one state's formal protest told
    again in the next sentence by its minister as a note handed over (not a summons, which may
    be another protest, nor one told "Separately" or with "also", nor one to another state)."""
    if (
        # (a note handed over: a summons in the next sentence may be another protest)
        "lodged a protest" not in mention.trigger.forms
        or _SEPARATELY_OPENING.match(mention.sentence.text)
        or mention.sentence_index - max(event.sentences) != 1
        or not _same_state_source(event, mention)
        or _ALSO_BEFORE.search(
            mention.sentence.text, 0, max(0, mention.span[0] - mention.sentence.start)
        )
    ):
        return False
    told = [
        doc.text[start:end].lower() for field, start, end in event.evidence if field == "trigger"
    ]
    if not any(t in _protest_forms() for t in told):
        return False
    codes = {p.participant.country_code for p in mention.parties} - {None}
    return codes <= {p.participant.country_code for p in event.parties.values()}


def _merge_statement(events: list[_Event], mention: _Mention, doc: Document) -> None:
    """Statements (appeals, accusations, warnings ...) merge only with the same speaker's."""
    family = _trigger_family(mention.trigger)
    for event in events:
        if (
            event.family == family
            and mention.source is not None
            and event.source is not None
            and (
                event.source == mention.source
                # "Trump threatens ..." in the headline, "U.S. President Donald Trump
                # threatened ..." in the lead: one speaker, named once by person, once by state
                or (event.sentences == _HEADLINE and _same_state_source(event, mention))
                # "Parmelin rejected an Austrian proposal ..., saying Switzerland's fee was 'not
                # up for discussion'": one speaker's statement, told by person, then by state,
                # in one sentence
                or (
                    event.sentences == {mention.sentence_index}
                    and _same_state_source(event, mention)
                )
                # "Milei accepts invitation to Chile" in the headline, "Kast invited Milei to
                # make a state visit to Chile" in the body: one invitation, its guest named first
                or (
                    0 in event.sentences
                    and mention.trigger.mode == "invitation"
                    and _states(event) == {p.participant.country_code for p in mention.parties}
                )
                or _same_appeal_told_next(event, mention)
                or _same_protest_told_next(event, mention, doc)
            )
            and _same_date(event.date, mention.date) is not False
        ):
            _absorb(event, mention, doc)
            return
    if mention.source is None and mention.trigger.event_type not in _DIRECTED_TYPES:
        # An act told again in a later sentence by who did it: "Belarus freed three
        # prisoners ...", then "Lukashenko pardoned the three prisoners hours after".
        codes = {p.participant.country_code for p in mention.parties}
        for event in reversed(events):
            if (
                event.family == family
                and event.source is None
                and mention.sentence_index not in event.sentences
                and codes
                and None not in codes
                and codes <= {p.participant.country_code for p in event.parties.values()}
                and _same_date(event.date, mention.date) is not False
            ):
                _absorb(event, mention, doc)
                return
    if mention.status is _STATUS_UNKNOWN:
        return
    events.append(_new_event(mention, doc))


def _new_event(mention: _Mention, doc: Document) -> _Event:
    return _Event(
        event_type=mention.trigger.event_type,
        mode=mention.event_mode,
        status=mention.status,
        location=mention.location,
        date=mention.date,
        parties={p.key: p for p in mention.parties},
        topics=list(mention.topics),
        evidence=_mention_spans(mention),
        first_span=mention.span,
        sentences={mention.sentence_index},
        family=_trigger_family(mention.trigger),
        source=mention.source,
        modes={m for m in (mention.trigger.mode, mention.event_mode) if m},
        told=set() if mention.anaphoric else {mention.sentence_index},
        separate=mention.separate,
        arrival=mention.trigger.check == "arrived_here",
    )


def _absorb(target: _Event, mention: _Mention, doc: Document) -> None:
    target.mentions += 1
    target.sentences.add(mention.sentence_index)
    if not mention.anaphoric:
        target.told.add(mention.sentence_index)
    if mention.location is not None and (
        target.location is None
        or (target.location.feature != "city" and mention.location.feature == "city")
    ):
        target.location = mention.location
    # the mention that first gives the event its day tells what it was: "talks" named
    # undated before "Tetteh met Dbeibah in Tripoli on Wednesday" were a meeting
    dates_it = (
        mention.date is not None
        and mention.date.value is not None
        and (target.date is None or target.date.value is None)
    )
    if mention.date is not None and (
        target.date is None or (target.date.value is None and mention.date.value is not None)
    ):
        target.date = mention.date
    if mention.status is not _STATUS_UNKNOWN and (
        target.status is _STATUS_UNKNOWN
        or mention.status is _STATUS_CANCELLED
        or (target.status is _STATUS_OCCURRED and mention.status is _STATUS_SCHEDULED)
    ):
        target.status = mention.status
    mode = mention.event_mode
    if mention.status is not _STATUS_UNKNOWN and mode:
        if mention.trigger.mode:
            target.modes.add(mention.trigger.mode)
        target.modes.add(mode)
        if (
            (
                _MODE_RANK.get(mode, 0) > _MODE_RANK.get(target.mode or "", 0)
                # (a bare reference names no kind of its own: "the dialogue" after the meeting)
                and not mention.anaphoric
            )
            or (
                # talks told elsewhere as mediated ("after EU-mediated talks", "met for talks
                # mediated by European Council President Antonio Costa") are a mediation
                mention.mode == "mediation"  # (told mediated: not "Qatar is separately mediating")
                and target.event_type is _TYPE_CONSULT
                and target.mode in ("talks", "negotiation", "meeting")
            )
            or (dates_it and mode == "meeting" and target.mode == "talks")
        ):
            target.mode = mode
            target.family = _family(target.event_type, mode)
    for party in mention.parties:
        existing = target.parties.get(party.key)
        if existing is None or (
            existing.participant.attendance is _ATTENDANCE_CONFIRMED
            and party.participant.attendance is not _ATTENDANCE_CONFIRMED
        ):
            target.parties[party.key] = party
    for topic in mention.topics:
        _add_topic(target.topics, topic)
    evidence = target.evidence
    seen = set(evidence)
    for item in _mention_spans(mention):
        if item not in seen:
            seen.add(item)
            evidence.append(item)


# -- parties named by reference to an earlier event ------------------------------------------
#
# A clause may name its parties only through an event reported before it: "urged both
# governments to ...", "the two countries would open negotiations", "Border commanders from
# the two sides met"; "Downing Street rejected the demand", "Ankara rejected a Greek call".

# Another round of talks with no sides named: "A second round of ministerial talks would
# follow in Khartoum"
_ANOTHER_ROUND = re.compile(
    r"\b(?:[Aa]|[Tt]he)\s+(?:second|third|fourth|fifth|next|new|further|fresh|final|follow-up)"
    r"\s+round\s+of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations|dialogue)\b"
)
_ROUND_SIDES_AFTER = re.compile(r"\s+(?:between|with|among|involving|by)\b")
# Talks of firms, unions or bodies named in the round: "a new round of wage talks", "a fresh
# round of WTO talks"
_NOT_STATES_ROUND = re.compile(
    r"\bof\s+(?:[\w-]+\s+)?(?:wage|pay|salary|labou?r|contract|union|merger|[A-Z]{2,}|[A-Z][a-z]+)\s"
)
# A sentence whose subject is the pair just told: "They also agreed to meet again"
_THEY_OPENING = re.compile(
    r"They\s+(?:also\s+|later\s+|then\s+)?(?:agreed|pledged|decided|vowed)\b"
)
# ... or a joint body of theirs: "The Joint Working Group on fisheries will meet in New Delhi"
_JOINT_BODY_OPENING = re.compile(
    r"The\s+(?:[A-Z][\w-]*\s+){0,3}Joint\s+(?:[A-Z][\w-]*\s+){0,3}(?:Working\s+Group|Commission"
    r"|Committee|Council|Board)(?:\s+on\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?"
    r"\s+(?:will|would|is\s+(?:due\s+)?to|are\s+(?:due\s+)?to|plans\s+to)\s+(?:also\s+)?"
)
# ... or the delegations of the talks just told: "The delegations agreed on Thursday to set up"
_DELEGATIONS_OPENING = re.compile(
    r"The\s+(?:delegations|negotiators)\s+(?:also\s+|later\s+|then\s+)?(?:agreed|pledged|decided"
    r"|vowed|signed)\b"
)
# ... or the two people of those talks: "The two leaders agreed to deepen cooperation"
_TWO_LEADERS_OPENING = re.compile(
    r"The\s+two\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state|foreign\s+ministers"
    r"|defen[cs]e\s+ministers|ministers)\s+(?:also\s+|later\s+|then\s+)?(?:agreed|pledged"
    r"|decided|vowed|signed)\b"
)
# "both sides", "the two countries" (not "the two countries' border", not "officials on both
# sides said", which only says who reported it).
_BOTH_SIDES = re.compile(
    r"\b(?:both|the\s+two)\s+(?:countries|nations|sides|governments|neighbou?rs|states"
    r"|capitals|partner\s+states|(armies|militaries)|(presidents|leaders|premiers|prime\s+ministers"
    r"|foreign\s+ministers|delegations))\b"
    r"(?!['’])(?!\s+(?:said|say|says|told|announced|confirmed|reported)\b)",
    re.IGNORECASE,
)


# "They" opening a sentence: the subject of the sentence before
_THEY_SUBJECT = re.compile(r"\s*They\s+(?:also\s+|then\s+|later\s+|further\s+)?$")


# The members of a body as a sentence's subject: "The heads of government", "The leaders"
_MEMBERS_SUBJECT = re.compile(
    r"\s*The\s+(?:heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|leaders"
    r"|(?:foreign\s+)?ministers)\b(?:\s+also\b|\s*,[^,]{0,120},)?\s+(?:also\s+)?$"
)


def _body_of_its_members(
    doc: Document, gaz: Gazetteer, sentence: Sentence, start: int
) -> _Party | None:
    """The body the story's lead names when the clause's subject is its members ("Caribbean
    Community (Caricom) leaders ... agreed", then "The heads of government ... also called
    on the United States"): the one organisation of states the lead names, if any."""
    if _MEMBERS_SUBJECT.fullmatch(doc.text, sentence.start, start) is None:
        return None
    if len(doc.sentences) < 2:
        return None
    lead = doc.sentences[1]
    bodies = {m.entries[0].name: m for m in doc.mentions_in(0, lead.end) if m.kind is _KIND_IGO}
    if len(bodies) != 1:
        return None
    mention = next(iter(bodies.values()))
    found = _parties_of(doc, gaz, mention, lead)
    return found[0] if found else None


# An adjunct opening a sentence before its subject: "In a joint statement, ", "On Wednesday, "
_OPENING_ADJUNCT = re.compile(r"\s*(?:In|On|At|After|During|Later)\b[^,;.]{0,60},\s*")


def _pair_told_before(doc: Document, sentence_index: int, start: int) -> bool:
    """Whether the clause's subject is "They" and the sentence before opens on the pair ("The
    two leaders invited Nigeria ... They also called on the European Union")."""
    if sentence_index == 0:
        return False
    sentence = doc.sentences[sentence_index]
    if _THEY_SUBJECT.fullmatch(doc.text, sentence.start, start) is None:
        return False
    # (the pair opening the sentence before, or the one before it when what lies between tells
    # of one other party: "... Cameroon has not yet responded, a Ghanaian official said. They
    # also called on"; not "Volkswagen and Renault welcomed the move. They also called on")
    for index in range(sentence_index - 1, max(-1, sentence_index - 3), -1):
        before = doc.sentences[index]
        both = _BOTH_SIDES.search(doc.text, before.start, before.end)
        if both is not None and both.start() <= before.start + 4:
            return True
        if _ONE_SUBJECT_OPENING.match(doc.text, before.start) is None:
            return False
    return False


# A sentence opening on one party and a verb of one: "Cameroon has not yet responded"
_ONE_SUBJECT_OPENING = re.compile(r"\s*[A-Z][\w'’-]+\s+(?:has|is|was|had|did|does)\b")


# Acts a pair told as "The two leaders" may voice together
_PAIR_SPEAKER_TYPES = frozenset((_TYPE_REQUEST, _TYPE_ACCUSE, _TYPE_THREATEN))
_REJECTED_ACT_NOUNS = (
    r"(?:demands?|calls?|appeals?|requests?|statements?|accusations?|charges?|allegations?"
    r"|proposals?|ultimatum|criticism|resolution|claims?|suggestions?|idea|account|sanctions"
    r"|warnings?|decision|closure|remarks|move|framing|imputations|measures|suspension"
    r"|exclusion|expulsions?|protest(?!s)|complaints?|objections?|position|stance)"
)
# What a rejection rejects when that is another party's act: "rejected the demand",
# "rejected a Greek call", "dismissed the accusations".
_REJECTED_ACT_AFTER = re.compile(
    r"\s+(?:the|a|an|any|this|that|these|those|their|its)\s+(?:[\w'’.-]+\s+){0,2}?"
    + _REJECTED_ACT_NOUNS
    + r"\b",
    re.IGNORECASE,
)
# A rejection whose trigger names the act it answers: "dismissed the accusations".
_REJECTED_ACT_IN_TRIGGER = re.compile(_REJECTED_ACT_NOUNS + "$", re.IGNORECASE)
# The acts a rejection can answer: a demand, a charge, a threat, a sanction aimed at the rejecter.
_ANSWERABLE_TYPES = frozenset(
    {EventType.REQUEST, EventType.ACCUSE, EventType.THREATEN, EventType.SANCTION}
)
_ARTICLE_OR_NOTHING = frozenset(("", "the"))
_REFERRED_KINDS = (_KIND_COUNTRY, _KIND_METONYM, _KIND_ADJECTIVE, _KIND_IGO, _KIND_IGO_ADJECTIVE)


# An appeal to a state's forces named without the state: "called on the military to halt all
# violence", "appealed to the army on Wednesday to join the talks".
_FORCES_ADDRESSED = re.compile(
    r"\s*(?:on\s+|upon\s+|to\s+)?(the\s+(?:country['’]s\s+)?(?:ruling\s+)?"
    r"(?:military(?:\s+(?:government|authorities|leadership|regime))?|army|junta|armed\s+forces"
    r"|generals))\b(?!\s+(?:of|in)\b)",
    re.IGNORECASE,
)
# ... whose state is the one the article names as the owner of its forces: "Myanmar's military",
# "the Sudanese army".
_FORCES_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:ruling\s+)?(?:military|army|junta|armed\s+forces|generals)\b"
)


def _state_of_the_forces(doc: Document) -> str | None:
    """The one state whose military, army or junta the article names, if exactly one."""
    key = ("forces_state", 0)
    if key in doc.memo:
        found: str | None = doc.memo[key]
        return found
    text = doc.text
    states = {
        m.code
        for m in doc.mentions
        if m.kind in (_KIND_COUNTRY, _KIND_ADJECTIVE) and _FORCES_AFTER.match(text, m.end)
    }
    found = states.pop() if len(states) == 1 else None
    doc.memo[key] = found
    return found


def _add_referred_parties(
    doc: Document, gaz: Gazetteer, events: list[_Event], mention: _Mention
) -> None:
    """Parties the mention names by reference to an earlier event: the two states of the
    latest earlier event between two states for "both sides" / "the two countries"; for a
    rejection of "the demand" (or "the statement", "the accusations" ...), the party whose act
    it was (named there, "a Greek call", or the source of the latest earlier demand, charge,
    threat or sanction aimed at the rejecter)."""
    sentence = mention.sentence
    start, end = mention.span
    if mention.trigger.event_type is _TYPE_REJECT:
        act = _REJECTED_ACT_AFTER.match(doc.text, end, sentence.end)
        if act is not None:
            _add_rejected_party(doc, gaz, events, mention, act.end())
        elif _REJECTED_ACT_IN_TRIGGER.search(doc.text, start, end):
            _add_rejected_party(doc, gaz, events, mention, end)
        elif mention.trigger.check == "own_agents_denied" and not _add_rejected_party(
            doc, gaz, events, mention, end
        ):
            # (a charge denied: "denied that its soldiers had crossed the border" answers the
            # one told before; without one it is a report denied, no rejection)
            mention.parties = []
        return
    if mention.trigger.event_type in _ENDORSING_TYPES:
        if not _add_endorsed_sides(doc, events, mention) and mention.awaits_sides:
            mention.parties = []  # "criticised the move" with no event of two sides told before
        return
    if mention.trigger.event_type is _TYPE_THREATEN:
        _add_warned_side(doc, events, mention)
        return
    if mention.separate:
        return  # "separate calls with A and B, urging both sides": each call has its own
    if mention.trigger.event_type is _TYPE_REQUEST and not any(
        p.span[0] >= end for p in mention.parties
    ):
        forces = _FORCES_ADDRESSED.match(doc.text, end, sentence.end)
        if forces is not None:
            state = _state_of_the_forces(doc)
            if state is not None and state not in {
                p.participant.country_code for p in mention.parties
            }:
                mention.parties.append(_state_party(gaz, state, (forces.start(1), forces.end())))
            return
    lower = doc.lower
    if (
        mention.trigger.event_type in _PAIR_SPEAKER_TYPES
        and not any(p.span[0] < start for p in mention.parties)
        and _pair_told_before(doc, mention.sentence_index, start)
        and (pair := _last_pair(doc, events, mention.sentence_index)) is not None
    ):
        # "The two leaders invited Nigeria ... They also called on the European Union": the
        # pair told last speaks
        _add_pair_at_opening(gaz, mention, pair)
        return
    if (
        not mention.parties
        and mention.trigger.event_type is _TYPE_AGREE
        and _DELEGATIONS_OPENING.match(sentence.text)
        and not doc.text.startswith(("Separately", "In other news"), sentence.start)
    ):
        # "... officials of the two countries met in Calabar. The delegations agreed on Thursday
        # to set up joint naval patrols": the pair whose talks were told last (not a pair of
        # another act, "Norway and Rwanda urged ambition" at talks of many)
        _add_pair_at_opening(gaz, mention, _last_talks_pair(events, mention.sentence_index))
        return
    if (
        mention.trigger.event_type is _TYPE_AGREE
        and _TWO_LEADERS_OPENING.match(sentence.text)
        and not any(p.span[0] < start for p in mention.parties)
        and (pair := _last_talks_pair(events, mention.sentence_index)) is not None
    ):
        # "Takaichi ... met Meloni for two hours at Palazzo Chigi. The two leaders agreed to
        # deepen cooperation on the Global Combat Air Programme, the fighter jet they are
        # developing with Britain": the pair of the talks told last (not the state of what
        # was agreed)
        mention.parties = []
        _add_pair_at_opening(gaz, mention, pair)
        return
    if (
        not mention.parties
        and mention.trigger.event_type is _TYPE_CONSULT
        and (joint := _JOINT_BODY_OPENING.match(sentence.text)) is not None
        and sentence.start + joint.end() >= start
    ):
        # "The Joint Working Group on fisheries will meet in New Delhi": the body of the pair
        # told last, when the meeting's place is in one of them (not "The Joint Permanent
        # Commission will meet in Kampala" after Ethiopia and Somalia's deal)
        pair = _last_pair(doc, events, mention.sentence_index)
        if pair is not None and (
            mention.location is None
            or mention.location.country_code is None
            or mention.location.country_code in pair
        ):
            _add_pair_at_opening(gaz, mention, pair)
        return
    if (
        not mention.parties
        and mention.trigger.event_type is _TYPE_CONSULT
        and (
            _THEY_OPENING.match(sentence.text)
            # "A second round of ministerial talks would follow in Khartoum": the talks of
            # the pair told last
            or (
                (
                    round_ := _ANOTHER_ROUND.search(
                        doc.text, max(sentence.start, start - 60), end + 40
                    )
                )
                is not None
                and round_.start() <= start
                and end <= round_.end()
                # (not talks whose sides are named, "between Boeing and its union", nor wage or
                # company talks, nor another matter: "Separately, ...")
                and _ROUND_SIDES_AFTER.match(doc.text, round_.end()) is None
                and _NOT_STATES_ROUND.search(doc.text, round_.start(), round_.end()) is None
                and not doc.text.startswith(("Separately", "In other news"), sentence.start)
            )
        )
    ):
        # "Ali and Maduro met on Thursday ... They also agreed to meet again in Brazil": the
        # two of the event told last
        _add_pair_at_opening(gaz, mention, _last_pair(doc, events, mention.sentence_index))
        return
    if lower.find("both", sentence.start, sentence.end) < 0 and (
        lower.find("two", sentence.start, sentence.end) < 0
    ):
        return
    clause = _clause_bounds(doc, sentence, start, end)
    both = _BOTH_SIDES.search(doc.text, clause[0], clause[1])
    if both is None:
        return
    if both.group(1) is not None and mention.trigger.event_type is not _TYPE_AGREE:
        # "the two armies ... agreed to observe the ceasefire": what two armies agree binds
        # their states (not "proposed that the two militaries meet", which an envoy may do)
        return
    have = {p.participant.country_code for p in mention.parties}
    if both.group(2) is not None and (
        len(have - IGO_CODES - {None}) >= 2
        or len(
            {
                person.country_code
                for _, _, person in doc.person_mentions(sentence.start, both.start())
                if person.country_code is not None
            }
        )
        >= 2
    ):
        return  # "Kishida met Chinh ..., and the two leaders agreed": those two
    if (
        len(have - IGO_CODES - {None}) == 2
        and both.start() > end
        and doc.text.endswith("between ", max(0, both.start() - 8), both.start())
    ):
        return  # "Aliyev and Pezeshkian spoke by phone about rail links between the two countries"
    named = {
        m.code
        for m in doc.mentions_in(sentence.start, clause[0])
        if m.kind in _PAIR_KINDS
        and m.code is not None
        and m.code not in IGO_CODES
        # (not a place: "ended two days of talks in Kazakhstan")
        and not _PAIR_PLACE_BEFORE.search(doc.text, max(0, m.start - 12), m.start)
    }
    pair = (
        # "Cameroon freed 14 Nigerian fishermen ..., as officials of the two countries met in
        # Calabar": the two states the sentence named before the clause
        (min(named), max(named))
        if len(named) == 2
        and clause[0] > sentence.start
        and not (have - IGO_CODES - {None})
        # (not the states that say it: "Saudi Arabia and the United States ... said on Monday
        # that both sides had agreed")
        and _SAID_THAT_BEFORE.search(doc.text, max(0, both.start() - 40), both.start()) is None
        else _last_pair(doc, events, mention.sentence_index)
    )
    if pair is None:
        return
    span = (both.start(), both.end())
    for code in pair:
        if code not in have:
            mention.parties.append(_state_party(gaz, code, span))


_PAIR_KINDS = (_KIND_COUNTRY, _KIND_ADJECTIVE, _KIND_METONYM)
_SAID_THAT_BEFORE = re.compile(
    r"\b(?:said|say|says|told\s+\w+|announced|added|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?$"
)
_PAIR_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|into|across|inside)\s+(?:the\s+)?$")
_ROW_TYPES = frozenset((_TYPE_SANCTION, _TYPE_ACCUSE, _TYPE_REJECT, _TYPE_THREATEN, _TYPE_REQUEST))


def _add_warned_side(doc: Document, events: list[_Event], mention: _Mention) -> None:
    """The state a warning that names no target is aimed at: the other side of the row the
    warner was last reported in ("Russia's foreign ministry warned on Wednesday that Moscow
    would respond in kind", after Estonia expelled a Russian diplomat; "Peskov warned that
    Moscow would take the necessary measures", after Norway's ban): the one other state of the
    latest earlier event of the warner, when that event is a sanction, charge, rejection,
    demand or another's warning (not a deal or a visit)."""
    states = {
        p.participant.country_code
        for p in mention.parties
        if p.participant.country_code is not None and p.participant.country_code not in IGO_CODES
    }
    if len(states) != 1 or any(p.span[0] >= mention.span[1] for p in mention.parties):
        return
    (warner,) = states
    if doc.text.startswith("Separately", mention.sentence.start):
        return  # (another matter)
    earlier = _latest_earlier(events, mention, lambda e: warner in _state_codes(e))
    if (
        earlier is None
        # (the row: an act against the warner, the last one it was part of; not a deal, a
        # visit or its own earlier warning)
        or earlier.event_type not in _ROW_TYPES
        # (a rejection or charge of its own answers the other side: "the embassy rejected the
        # expulsion ... and warned"; not its own earlier warning)
        or (earlier.event_type is _TYPE_THREATEN and _source_code(earlier) == warner)
    ):
        return
    others = _state_codes(earlier) - {warner}
    if len(others) != 1:
        return  # (a row of several states: which one is warned the words must say)
    source = mention.parties[0]
    for party in earlier.parties.values():
        code = party.participant.country_code
        if party.participant.kind is _PARTICIPANT_STATE and code in others:
            mention.parties.append(replace(party, span=source.span))


# Welcoming or condemning an event the article reported: "welcomed the talks", "hailed the
# resumption of talks", "criticised the deal". The noun says which kind of event.
_ENDORSING_TYPES = frozenset((_TYPE_SUPPORT, _TYPE_ACCUSE))
_EVENT_OBJECT_AFTER = re.compile(
    r"\s*(?:(?:the|this|that|these|their|its)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:(talks|meetings?|negotiations|summit|dialogue|visit)"
    r"|(agreements?|deals?|accords?|ceasefire|truce|pact|treaty|declaration|memorandum|signing)"
    r"|(announcement|outcome|decision|rapprochement|breakthrough|move)"
    r"|(release))\b(?!\s+(?:with|between|by|to|of)\b)",
    re.IGNORECASE,
)
# The kinds of event each group of nouns names: a generic noun ("welcomed the announcement")
# the story's main agreement or talks.
_ENDORSED_KINDS: tuple[frozenset[EventType], ...] = (
    frozenset((_TYPE_CONSULT,)),
    frozenset((_TYPE_AGREE,)),
    frozenset((_TYPE_AGREE, _TYPE_CONSULT)),
    frozenset((_TYPE_CONCEDE,)),
)


_PLACE_NAMED_AFTER = re.compile(r"\s+(?:in|at)\s+[A-Z]")


def _add_endorsed_sides(doc: Document, events: list[_Event], mention: _Mention) -> bool:
    """The sides of the event a statement welcomes or condemns when it names it only by a
    noun: "Saudi Arabia welcomed the talks" (between Iran and the United States, told
    before) is aimed at both. The event meant is the story's main one of that kind: the one
    told most often, the first among equals, which a reaction in the tail of a report
    comments on. Whether the event's sides are named or were added."""
    sentence = mention.sentence
    end = mention.span[1]
    named = _EVENT_OBJECT_AFTER.match(doc.text, end, sentence.end)
    if named is None or _PLACE_NAMED_AFTER.match(doc.text, named.end()):
        return False  # (none, or "welcomed the talks in Tokyo": which talks the place says)
    if any(p.span[0] >= end and p.key != mention.source for p in mention.parties):
        # "welcomed the talks between Kigali and Kinshasa": its sides are named (not its
        # speaker named after it: "..., as did Qatar")
        return True
    group = named.lastindex or 1
    kinds = _ENDORSED_KINDS[group - 1]
    # a release is one state's act ("welcomed the release"); the others are between states
    least = 1 if group == 4 else 2
    referent: _Event | None = None
    for event in events:
        if (
            event.event_type in kinds
            and event.family != "CONSULT:call"
            and min(event.sentences) < mention.sentence_index
            and len(_state_codes(event)) >= least
            and (referent is None or event.mentions > referent.mentions)
        ):
            referent = event
    if referent is None:
        return False
    have = {p.participant.country_code for p in mention.parties}
    # The state it was held in, when others were its sides, hosted or mediated it ("talks in
    # Muscat" between Iran and the United States): welcoming them is aimed at the sides.
    host = referent.location.country_code if referent.location is not None else None
    if host is not None and len(_state_codes(referent) - {host}) >= 2:
        have.add(host)
    span = (named.start(named.lastindex or 0), named.end())
    added = False
    for party in referent.parties.values():
        code = party.participant.country_code
        if party.participant.kind is ParticipantKind.STATE and code not in have:
            have.add(code)
            mention.parties.append(replace(party, span=span))
            added = True
    return added


# Words by which the state an event was held in hosted or mediated it rather than took a side
_HOSTED = re.compile(r"\b(?:host|mediat|broker|facilitat|chair|between)")


def _add_pair_at_opening(gaz: Gazetteer, mention: _Mention, pair: tuple[str, str] | None) -> None:
    """The pair a sentence's opening subject ("They", "The delegations") stands for, as the
    mention's parties."""
    if pair is not None:
        opening = (mention.sentence.start, mention.sentence.start + 4)
        mention.parties.extend(_state_party(gaz, code, opening) for code in pair)


def _last_talks_pair(events: list[_Event], sentence_index: int) -> tuple[str, str] | None:
    """The two states of the consultation told last before the sentence, if it has two."""
    latest: _Event | None = None
    latest_at = -1
    for event in events:
        told = _last_sentence_before(event, sentence_index)
        if event.event_type is _TYPE_CONSULT and told is not None and told > latest_at:
            latest, latest_at = event, told
    codes = _state_codes(latest) if latest is not None else set()
    return (min(codes), max(codes)) if len(codes) == 2 else None


def _last_pair(doc: Document, events: list[_Event], sentence_index: int) -> tuple[str, str] | None:
    """The two states "both sides" refers to: those of the events last reported before the
    sentence, when they name exactly two states, or, after "separate calls with A and B"
    (events that share one state), the two others."""
    by_sentence: dict[int, list[set[str]]] = {}
    hosts: dict[int, set[str]] = {}
    for event in events:
        told = _last_sentence_before(event, sentence_index)
        codes = _state_codes(event)
        if told is not None and len(codes) >= 2:
            by_sentence.setdefault(told, []).append(codes)
            if (
                event.location is not None
                and event.location.country_code in codes
                and any(
                    _HOSTED.search(doc.lower, doc.sentences[i].start, doc.sentences[i].end)
                    for i in event.sentences
                    if i < sentence_index
                )
            ):
                hosts.setdefault(told, set()).add(event.location.country_code)
    for index in sorted(by_sentence, reverse=True):
        groups = by_sentence[index]
        union = set().union(*groups)
        if len(union) > 2 and len(union - hosts.get(index, set())) == 2:
            # "talks in Luanda between Kinshasa and Kigali": Angola hosted them
            union -= hosts[index]
        if len(union) == 2:
            first, second = sorted(union)
            return first, second
        shared = set.intersection(*groups)
        if len(groups) >= 2 and len(shared) == 1 and len(union - shared) == 2:
            first, second = sorted(union - shared)
            return first, second
        return None  # the states last named are more than two sides
    return None


def _add_rejected_party(
    doc: Document, gaz: Gazetteer, events: list[_Event], mention: _Mention, act_end: int
) -> bool:
    """Add the author of the act a rejection answers; whether one was found."""
    start, end = mention.span
    named = [m for m in doc.mentions_in(end, act_end) if m.kind in _REFERRED_KINDS]
    if named:  # "rejected a Greek call": the Greek state's
        for found in named:
            mention.parties.extend(_parties_of(doc, gaz, found, mention.sentence))
        mention.parties = _dedupe(mention.parties)
        return True
    rejecters = {p.participant.country_code for p in mention.parties if p.span[1] <= start}
    rejecters.discard(None)
    if not rejecters:
        return False

    denial = mention.trigger.check == "own_agents_denied"

    def answered(event: _Event) -> bool:
        codes = {p.participant.country_code for p in event.parties.values()}
        return (
            event.event_type in _ANSWERABLE_TYPES
            and event.source is not None
            and bool(codes & rejecters)
            and bool(codes - rejecters - {None})
            # (a denial answers a charge aimed at the denier, not one it made itself)
            and not (denial and _source_code(event) in rejecters)
        )

    earlier = _latest_earlier(events, mention, answered)
    if earlier is None:
        # "Japan lodged a protest with China on Monday, and China on Tuesday rejected the
        # protest": the act told earlier in the same sentence
        earlier = next(
            (
                e
                for e in reversed(events)
                if mention.sentence_index in e.sentences
                and e.first_span[1] <= start
                and answered(e)
            ),
            None,
        )
    if earlier is None:
        if _CRITICISM_REJECTED.match(doc.text, end, act_end) is None:
            return False
        # "Hungarian Prime Minister Viktor Orban rejected the criticism", told by no act of its
        # own: the critic who spoke of it in the sentences before ("German Chancellor
        # Friedrich Merz said Hungary was blocking aid")
        critic = _critic_before(doc, gaz, mention.sentence_index, rejecters)
        if critic is None:
            return False
        mention.parties.append(critic)
        return True
    have = {p.participant.country_code for p in mention.parties}
    for party in earlier.parties.values():
        code = party.participant.country_code
        if code is None or code in have:
            continue
        if party.participant.kind is _PARTICIPANT_PERSON:
            if code in IGO_CODES:
                continue  # the organization's own party, if named, is taken instead
            have.add(code)
            mention.parties.append(_state_party(gaz, code, party.span))
        else:
            have.add(code)
            mention.parties.append(party)
    return True


# Criticism rejected, by its noun alone: "rejected the criticism", "rejected that criticism"
_CRITICISM_REJECTED = re.compile(r"\s+(?:the|this|that|such|their|its)\s+criticisms?\b")
# A speaker's verb right after a person or a state (a title or body between: "Lin Jian said",
# "The U.S. State Department said", "Merz, the German chancellor, said")
_SPOKE_AFTER = re.compile(
    r"(?:['’]s)?(?:,[^,.;]{1,60},)?\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:(?:also|again|had)\s+)?"
    r"(?:said|says|accused|criticised|criticized|condemned|blamed|denounced|called|urged|warned"
    r"|described|charged)\b"
)


def _critic_before(
    doc: Document, gaz: Gazetteer, sentence_index: int, rejecters: set[str | None]
) -> _Party | None:
    """The latest person or state of another state than the rejecters' who speaks, in the three
    sentences before, as the subject of a verb of saying or criticising (not one who only met
    someone: "Ambassador Xie Feng met Kurt Campbell")."""
    text = doc.text
    for index in range(sentence_index - 1, max(-1, sentence_index - 4), -1):
        earlier = doc.sentences[index]
        found: _Party | None = None
        for s, e, person in doc.person_mentions(earlier.start, earlier.end):
            if (
                person.country_code
                and person.country_code not in rejecters
                and _SPOKE_AFTER.match(text, e, earlier.end)
            ):
                found = _Party(person.name, _person_participant(person), (s, e))
        if found is None:
            for m in doc.mentions_in(earlier.start, earlier.end):
                if (
                    m.kind in _SENDER_KINDS
                    and m.code not in rejecters
                    and not doc.in_dateline(m.start)
                    and _SPOKE_AFTER.match(text, m.end, earlier.end)
                ):
                    found = _state_party(gaz, m.code, (m.start, m.end))
        if found is not None:
            return found
    return None


def _source_code(event: _Event) -> str | None:
    """The state (or organisation) code of the event's source party."""
    party = event.parties.get(event.source) if event.source is not None else None
    return party.participant.country_code if party is not None else None


def _state_codes(event: _Event) -> set[str]:
    codes = {p.participant.country_code for p in event.parties.values()}
    return {c for c in codes if c is not None and c not in IGO_CODES}


def _latest_earlier(
    events: list[_Event], mention: _Mention, accept: Callable[[_Event], bool]
) -> _Event | None:
    """The accepted event last reported in a sentence before the mention's."""
    best: _Event | None = None
    best_index = -1
    for event in events:
        before = _last_sentence_before(event, mention.sentence_index)
        if before is not None and before > best_index and accept(event):
            best, best_index = event, before
    return best


def _last_sentence_before(event: _Event, sentence_index: int) -> int | None:
    """The last sentence before ``sentence_index`` that names the event, if any."""
    return max((i for i in event.sentences if i < sentence_index), default=None)


# -- people named in the sentences after an event -------------------------------------------
#
# Wire copy reports an event in one sentence and names who acted in the next ones of the
# paragraph: "The agreement was reached by Kyrgyz security chief X and his Tajik counterpart
# Y", "..., said the EU's foreign policy chief, Josep Borrell", "Defence Minister X will lead
# Pakistan's team". Those sentences carry no trigger of their own, or only a reference back.

# Nouns that refer back to an event of any kind ("said the decision was not linked to ...");
# each event type also answers to its own trigger nouns ("the agreement", "the talks").
_REFERRING_NOUNS = (
    "decision",
    "move",
    "step",
    "steps",
    "measure",
    "measures",
    "announcement",
    "pledge",
    "pledges",
    "deal",
    "agreement",
)
_REFERRING_DETERMINER = r"\b(?:the|this|that|these|those|its|their|both)\s+(?:[\w-]+\s+){0,2}?"
# A speaker named after the verb: "..., said the EU's foreign policy chief, Josep Borrell."
_SPEECH_VERB_BEFORE = re.compile(
    r"\b(?:said|says|added|announced|stated|told\s+reporters)\s*,?\s+(?:[\w'’.-]+,?\s+){0,8}$",
    re.IGNORECASE,
)
# Taking part in a consultation named just before: attending, leading a side, representing a
# state, chairing it, negotiating for it ("will lead Pakistan's team", "Britain will be
# represented by X", "Sudan's chief negotiator, X", "X and Y will take part").
_TAKES_PART_AFTER = re.compile(
    # (not "X and Y did not attend")
    r"(?:\s+and\s+(?:(?!\b(?:not|never)\b|n['’]t\b)[^.;,]){0,60}?)?\s+(?:(?:will|would|shall|is\s+to|are\s+to|is\s+due\s+to|also"
    r"|to)\s+)?(?:also\s+)?"
    r"(?:(?:attend(?:s|ed)?|take\s+part|takes\s+part|took\s+part|participate[sd]?"
    r"|accompan(?:y|ies|ied)|chair(?:s|ed)?)\b"
    r"|(?:lead|leads|led|head|heads|headed)\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?:delegation|side|team|talks|negotiators)\b)",
    re.IGNORECASE,
)
_TAKES_PART_BEFORE = re.compile(
    r"\b(?:(?:led|headed|represented|chaired|attended|accompanied)\s+by"
    r"|(?:chief|lead)\s+negotiator\s*,)\s+(?:[\w'’.-]+,?\s+){0,8}$",
    re.IGNORECASE,
)
# A second person coordinated with one who takes part: "..., and Hamas's by the movement's
# deputy leader, Y", "will lead Pakistan's team and Y, the Taliban's defence minister, ...".
_COORDINATED_BEFORE = re.compile(r"\band\s+(?:[\w'’.-]+,?\s+){0,6}$", re.IGNORECASE)


@cache
def _referring_pattern(event_type: EventType, modes: frozenset[str]) -> re.Pattern[str]:
    """Determiner + a noun naming an event of ``event_type`` in one of ``modes``: "the
    agreement", "the summit", "the decision"."""
    nouns = {
        noun
        for trigger in diplomatic_lexicon().triggers
        if trigger.event_type is event_type and trigger.mode in modes
        for noun in trigger.nouns
    }
    nouns.update(_REFERRING_NOUNS)
    alternatives = "|".join(
        r"\s+".join(map(re.escape, noun.split())) for noun in sorted(nouns, key=len, reverse=True)
    )
    return re.compile(rf"{_REFERRING_DETERMINER}(?:{alternatives})\b", re.IGNORECASE)


# "Hun Manet, who arrived in Hanoi on Tuesday for a two-day official visit, held talks with
# To Lam at the party headquarters on Wednesday morning": the relative clause's arrival, then
# the main clause's own verb of meeting (the clause is read once, as the visit)
# (or "Vautrin, who arrived on Monday evening, was received on Tuesday by Prime Minister
# Nikol Pashinyan", "Orsi, who arrived ..., later held talks with Pena")
# (or "Muizzu, who arrived ... on Wednesday ..., was welcomed with an official ceremony before
# the two leaders held a one-on-one meeting followed by talks ... on Thursday": the guest and the
# host as "the two leaders")
_ARRIVAL_THEN_TALKS = re.compile(
    r"(?:arrived|landed|flew)\b(?:\s+(?:in|into)\b)?[^,;()]{1,140},\s+(?:later\s+|then\s+)?"
    # (a perfect or "also" before the main verb: "who arrived in Algiers on Tuesday, had held
    # talks with her Algerian counterpart on Wednesday")
    r"(?:(?:had|has|have|also)\s+){0,2}"
    r"(?:(?P<verb>(?P<held>held)\s+(?:(?:separate|bilateral|private|closed-door|further|formal"
    r"|official|lengthy)\s+)?talks|met|was\s+(?:also\s+)?received)\b"
    # (not welcomed by an official named, who is no party of the leaders' talks: "was welcomed
    # at Haneda airport by Foreign Minister Takeshi Iwaya before the two leaders met")
    r"|was\s+(?:welcomed|greeted)\b(?:(?!\bby\b)[^,;()]){0,80}?\s(?:before|and\s+then)\s+"
    r"(?P<pair>the\s+two\s+"
    r"(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state))\s+(?P<pair_verb>(?P<pair_held>held)"
    r"\s+(?:(?:a|an|their|one-on-one|closed-door|private|bilateral|first|formal|official)\s+){0,3}"
    r"(?P<pair_mode>talks|meeting)|met)\b)"
)
_WITH_AFTER_DAY = re.compile(r"\s+with\s")
_WHO_ARRIVED = re.compile(r",\s+who\s+(?P<verb>arrived|landed|flew)\b")
# Where the main clause's own words end: "... on Wednesday before the two leaders oversaw"
_MAIN_CLAUSE_END = re.compile(
    r"[;:]|,\s+(?:and|but|while|after|before)\s|\s(?:before|after|while|when)\s"
)


# A talks or meeting trigger's words
_TALKS_WORDS = re.compile(r"\b(?:talks|met|meets|meeting)\b", re.IGNORECASE)
# The day of an arrival told in a relative clause: "who arrived on Tuesday evening for his
# third visit to China, was welcomed"
_ARRIVAL_CLAUSE = re.compile(r"[^,;]{0,120}")


def _talks_of_a_visit(
    event: _Event,
    mode: str,
    span: tuple[int, int],
    sentence_index: int,
    sentence: Sentence,
    day: DateMention,
) -> _Event:
    """The talks held during the visit ``event`` as an event of their own, of ``day``, told by
    the trigger at ``span``, with the visit's place and parties."""
    return _Event(
        event_type=_TYPE_CONSULT,
        mode=mode,
        status=_STATUS_OCCURRED,
        location=event.location,
        date=day,
        parties=dict(event.parties),
        topics=[],
        evidence=[
            ("trigger", span[0], span[1]),
            ("sentence", sentence.start, sentence.end),
            ("date", day.start, day.end),
        ],
        first_span=span,
        sentences={sentence_index},
        family=event.family,
        source=event.source,
        modes={mode},
        told={sentence_index},
        separate=True,
    )


def _arrival_day(doc: Document, verb: int) -> DateMention | None:
    """The first day the arrival's clause names, from its verb ("arrived on Tuesday evening
    for his third visit"), if any."""
    clause = _ARRIVAL_CLAUSE.match(doc.text, verb)
    if clause is None:
        return None
    return next(
        (
            d
            for d in doc.dates.find(verb, clause.end(), doc.published, Tense.PAST)
            if d.value is not None
        ),
        None,
    )


def _talks_told_before_arrival(
    doc: Document, event: _Event, sentence_index: int, verb: int
) -> _Event | None:
    """The talks a lead told of a visit ("Xi held talks with Lukashenko in Beijing on
    Wednesday"), when a later sentence tells the guest arrived a day before ("Lukashenko, who
    arrived on Tuesday evening for his third visit to China, was welcomed ..."): talks of
    their own day, and the visit from the arrival (the event itself, redated)."""
    if event.date is None or event.date.value is None or not event.modes & {"talks", "meeting"}:
        return None
    text = doc.text
    arrival = _arrival_day(doc, verb)
    if arrival is None or arrival.value is None or not arrival.value < event.date.value:
        return None
    # the talks' own words, told in an earlier sentence of the event
    spans = [
        (start, end)
        for field_name, start, end in event.evidence
        if field_name == "trigger"
        and start < doc.sentences[sentence_index].start
        and _TALKS_WORDS.search(text, start, end) is not None
    ]
    if not spans:
        return None
    start, end = spans[0]
    index = doc.sentence_index(start)
    told = doc.sentences[index]
    mode = "talks" if "talks" in event.modes else "meeting"
    talks = _talks_of_a_visit(event, mode, (start, end), index, told, event.date)
    event.date = arrival
    event.evidence.append(("date", arrival.start, arrival.end))
    return talks


def _visit_from_an_arrival_told_with_talks(doc: Document, events: list[_Event]) -> None:
    """A visit begins with the guest's arrival told in the relative clause of talks that are
    their own record ("Mswati, who arrived on Tuesday ..., held talks on Wednesday with
    President Lai", after "signed agreements on Thursday during a state visit by King Mswati
    III"): the visit is dated by the arrival, a few days before the day it was told with."""
    text = doc.text
    if ", who " not in text:
        return
    for visit in events:
        # (a visit alone: talks the visit was told with are split by ``_split_talks_from_arrival``)
        if (
            visit.modes != {"visit"}
            or visit.status is not _STATUS_OCCURRED
            or visit.date is None
            or visit.date.value is None
        ):
            continue
        guests = _event_people(visit)
        for talks in events:
            if (
                talks is visit
                or not talks.modes & {"talks", "meeting"}
                # (talks of the same visit: not of a leg to come elsewhere)
                or _same_place(visit.location, talks.location) is False
            ):
                continue
            if not guests & _event_people(talks):
                continue
            for sentence_index in sorted(talks.sentences - visit.sentences):
                sentence = doc.sentences[sentence_index]
                who = _WHO_ARRIVED.search(text, sentence.start, sentence.end)
                if who is None:
                    continue
                arrival = _arrival_day(doc, who.start("verb"))
                if (
                    arrival is not None
                    and arrival.value is not None
                    and 0 < (visit.date.value - arrival.value).days <= _ARRIVAL_DAYS
                ):
                    visit.date = arrival
                    visit.evidence.append(("date", arrival.start, arrival.end))
                    break


_ARRIVAL_DAYS = 7


def _another_states_person(doc: Document, lo: int, who: int, start: int, end: int) -> bool:
    """Whether ``[start, end)`` names a person of another state (or body) than the guest named
    right before ``who`` (", who arrived ..."): the host's or a third side's, not the guest's
    own ambassador."""
    guests = doc.person_mentions(lo, who)
    guest = guests[-1][2].country_code if guests else None
    return any(
        person.country_code is not None and person.country_code != guest
        for _, _, person in doc.person_mentions(start, end)
    )


def _split_talks_from_arrival(doc: Document, events: list[_Event]) -> None:
    """The talks of the main clause after a guest's arrival told in a relative clause are
    their own event when they are dated by a day of their own: "X, who arrived in Ankara on
    Tuesday evening, held talks with Erdogan ... on Wednesday" is a visit (Tuesday) and talks
    (Wednesday), with the visit's place and parties, as is "held separate talks with Dar on
    Tuesday evening" after an arrival on Tuesday. Talks of no day told stay the visit ("met the
    crown prince the same evening"), as do, on the arrival's day, the two leaders' meeting
    after a welcome and a meeting with the guest's own ambassador."""
    text = doc.text
    if ", who " not in text:
        return
    added: list[_Event] = []
    for event in events:
        if "visit" not in event.modes or event.date is None or event.date.value is None:
            continue
        for sentence_index in sorted(event.sentences):
            sentence = doc.sentences[sentence_index]
            # (the arrival need not be a trigger of its own: "who arrived on Monday evening")
            who = _WHO_ARRIVED.search(text, sentence.start, sentence.end)
            if who is None:
                continue
            start = who.start("verb")
            found = _ARRIVAL_THEN_TALKS.match(text, start, sentence.end)
            if found is None:
                talks = _talks_told_before_arrival(doc, event, sentence_index, start)
                if talks is not None:
                    added.append(talks)
                    break
                continue
            pair = found.group("pair") is not None
            verb = "pair_verb" if pair else "verb"
            stop = _MAIN_CLAUSE_END.search(text, found.end(), sentence.end)
            clause_end = stop.start() if stop else sentence.end
            days = [
                d
                for d in doc.dates.find(found.end(), clause_end, doc.published, Tense.PAST)
                if d.value is not None
            ]
            # (the arrival's own day, when the relative clause tells one, else the visit's)
            arrival = next(
                (
                    d
                    for d in doc.dates.find(start, found.start(verb), doc.published, Tense.PAST)
                    if d.value is not None
                ),
                event.date,
            )
            # (the arrival's own day too, for talks with a person of another side than the
            # guest's and a day of their own: "held separate talks with Dar on Tuesday
            # evening", "with U.N. envoy Geir Pedersen on Tuesday evening"; not the pair's
            # meeting after a welcome that day, "before the two leaders held a meeting on
            # Tuesday evening", nor "met Philippine Ambassador Garcia-Albano on Tuesday
            # evening", the guest's own envoy)
            if not days:
                continue
            if days[0].value == arrival.value and (
                pair
                or not _another_states_person(
                    doc, sentence.start, who.start(), found.end(), clause_end
                )
            ):
                continue
            day = days[0]
            if (
                not pair
                and not doc.person_mentions(found.end(), day.start)
                and not (
                    # (a host who received the guest is named after the day: "was received on
                    # Tuesday by X", "held talks on Wednesday with President Lai")
                    (
                        found.group("verb").startswith("was")
                        or _WITH_AFTER_DAY.match(text, day.end) is not None
                    )
                    and doc.person_mentions(day.end, clause_end)
                )
            ):
                # "met students", "met German business executives": no side named (a host who
                # received the guest is named after the day: "was received on Tuesday by X")
                continue
            talks_people = {
                person.name for _, _, person in doc.person_mentions(found.end(), clause_end)
            }
            if any(
                other is not event
                and other.event_type is _TYPE_CONSULT
                # (not the visit told again, dated by its talks' day: "agreed on Thursday ...,
                # during a visit by ... Azizi")
                and other.modes != {"visit"}
                and other.parties  # (not "the two leaders held a ... meeting", no side named)
                and other.date is not None
                and other.date.value == day.value
                # (not a reception told after the talks in this clause: "held talks with
                # Araghchi on Thursday morning and was later received by President Pezeshkian")
                and not (
                    other.first_span[0] > found.end()
                    and other.first_span[0] < clause_end
                    and other.modes == {"meeting"}
                )
                # (nor a meeting of that day with another host: "met President Mnangagwa ...
                # on Thursday", then "Collins, who arrived on Wednesday, held talks with
                # Foreign Minister Amon Murwira on Thursday morning")
                and not (
                    talks_people
                    and other.modes <= {"meeting", "talks"}
                    and _event_people(other)
                    and not talks_people & _event_people(other)
                )
                for other in events
            ):
                continue  # the talks of that day are told already
            verb_start = found.start(verb)
            if pair:
                # ("held a one-on-one meeting followed by talks between the delegations")
                mode = (
                    "talks"
                    if found.group("pair_mode") == "talks"
                    or "talks" in text[found.end() : day.start]
                    else "meeting"
                )
            else:
                mode = "talks" if found.group("held") else "meeting"
            if not pair and "also" in found.group("verb"):
                # "was also received by President Karis on Thursday": another act than the
                # talks told before ("signed ... after talks between Silina and Michal")
                told = _talks_told_before_arrival(doc, event, sentence_index, start)
                if told is not None:
                    added.append(told)
            added.append(
                _talks_of_a_visit(
                    event, mode, (verb_start, found.end()), sentence_index, sentence, day
                )
            )
            if arrival is not event.date and (
                event.date.value == day.value
                # (or by a later day of the visit: "signed agreements on Thursday during a
                # state visit by King Mswati III" and "Mswati, who arrived on Tuesday")
                or (arrival.value is not None and arrival.value < event.date.value)
            ):
                # the visit dated by the main clause's day ("during a visit ... on Tuesday"):
                # it began with the arrival
                event.date = arrival
                event.evidence.append(("date", arrival.start, arrival.end))
            break
    events.extend(added)


# A spokesperson's title that names the government it speaks for: "Foreign Ministry
# spokeswoman Maria Zakharova", "Kremlin spokesman", "EU foreign affairs spokesman", or a bare
# "spokesman Yigal Palmor"; not a party's, a company's or a broadcaster's ("Gazprom
# spokesman", "opposition spokeswoman", "state TV spokesman")
_TITLE_PHRASE_START = re.compile(r"[,;:\"“”()—]|\bsaid\b|\btold\b")
_NOT_GOVERNMENT_VOICE = re.compile(
    r"\b(?:opposition|party|tv|television|radio|broadcaster|company|airline|union|club|league"
    r"|rebel|rebels|militia|group|campaign|movement|health|regional|provincial|local|city|police"
    r"|army|military|hospital)\b",
    re.IGNORECASE,
)
_GOVERNMENT_WORDS = re.compile(
    r"\b(?:ministry|government|kremlin|presidential|presidency|state\s+department|white\s+house"
    r"|foreign\s+office|cabinet|palace)\b",
    re.IGNORECASE,
)
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’.-]*")


def _government_voice(doc: Document, sentence: Sentence, start: int) -> bool:
    """Whether the title before the person at ``start`` makes them a government's voice."""
    text = doc.text
    lo = max(sentence.start, start - 60)
    phrase_start = lo
    for m in _TITLE_PHRASE_START.finditer(text, lo, start):
        phrase_start = m.end()
    phrase = text[phrase_start:start]
    if _NOT_GOVERNMENT_VOICE.search(phrase):
        return False
    if _GOVERNMENT_WORDS.search(phrase):
        return True
    covered = [(m.start, m.end) for m in doc.mentions_in(phrase_start, start)]
    return all(
        any(s <= phrase_start + w.start() < e for s, e in covered)
        or w.group(0).lower().startswith(("spokes", "foreign", "in", "the", "a"))
        for w in _CAPITALISED_WORD.finditer(phrase)
    )


# Who an act is announced by, after it: "in a statement from Secretary General Luis Almagro",
# "in a statement signed by Secretary-General Peter Mathuki"
_STATEMENT_BY_BEFORE = re.compile(
    r"\bstatement\s+(?:from|by|signed\s+by|issued\s+by)\s+(?:[\w.'’-]+\s+){0,4}$"
)


# The official's own verb of saying right after the name: "Foreign Minister Annalena Baerbock
# announced", "spokesman Patrick Muyaya said"
_VOICE_AFTER = re.compile(
    r",?\s+(?:said|says|announced|announces|told|wrote|stated|added|declared|confirmed)\b"
)
# The speaker's words tell an act of their own to come: "said he would call Sisi", "said she
# will travel to Brussels"
_OTHER_ACT_TOLD = re.compile(
    r"\b(?:would|will|to|plans?\s+to|planned\s+to|was\s+due\s+to|is\s+due\s+to)\s+"
    r"(?:call|phone|telephone|meet|visit|travel|fly|host|hold\s+talks|speak\s+with)\b"
)
# Another speaker's clause: "..., while Prime Minister Najib Mikati said"
_CONTRAST_BETWEEN = re.compile(
    r"\b(?:while|whereas|but|however|although|though|separately|meanwhile)\b", re.IGNORECASE
)
# A former official, or one cited: "former President Donald Trump", "citing a statement by"
_FORMER_OR_CITED_BEFORE = re.compile(r"\b(?:former|ex-|citing)\b[^,;]*$", re.IGNORECASE)


def _add_voices_in_sentence(doc: Document, events: list[_Event]) -> None:
    """The acting state's official who voices an act aimed at someone in the sentence that
    reports it, named after the act: "Germany is expelling two Iranian diplomats ..., Foreign
    Minister Annalena Baerbock announced", "Congo accused Rwanda ..., and government
    spokesman Patrick Muyaya said", "The OAS urged ..., in a statement from Secretary General
    Luis Almagro". Not the target's people, nor another state's; a spokesperson only of the
    government."""
    if not doc.persons:
        return
    text = doc.text
    for event in events:
        if event.event_type not in _DIRECTED_TYPES or not event.told:
            continue
        codes = _acting_codes(event)
        if not codes:
            continue
        triggers = [start for field, start, _ in event.evidence if field == "trigger"]
        for index in sorted(event.told):
            sentence = doc.sentences[index]
            after = [t for t in triggers if sentence.start <= t < sentence.end]
            if not after:
                continue
            for start, end, person in doc.person_mentions(min(after), sentence.end):
                if person.name in event.parties or person.country_code not in codes:
                    continue
                if not (
                    _VOICE_AFTER.match(text, end) is not None
                    or (
                        _SPEECH_VERB_BEFORE.search(text, max(sentence.start, start - 80), start)
                        is not None
                        and text[end : sentence.end].strip(" \"”'’") in ("", ".")
                    )
                    or _STATEMENT_BY_BEFORE.search(text, max(sentence.start, start - 60), start)
                ):
                    continue
                if _CONTRAST_BETWEEN.search(text, min(after), start):
                    continue  # "..., while Lebanon's Prime Minister Najib Mikati said": another
                if _FORMER_OR_CITED_BEFORE.search(text, max(sentence.start, start - 40), start):
                    continue  # "former President Donald Trump said": no voice of the state
                contrast = _CONTRAST_BETWEEN.search(text, end, sentence.end)
                own_end = contrast.start() if contrast is not None else sentence.end
                if _OTHER_ACT_TOLD.search(text, end, own_end):
                    continue  # "and Erdogan said he would call Sisi": another act
                if any(
                    other is not event
                    # (another kind of act: a trip, a meeting; not the voice's own other
                    # words, "said Washington stood with its ally and condemned China's")
                    and other.event_type not in _STATEMENT_TYPES
                    and any(
                        field == "trigger" and end <= s < own_end for field, s, _ in other.evidence
                    )
                    for other in events
                ):
                    continue  # "and Kuleba said he would travel to Brussels": another act
                if person.title in _SPOKESPEOPLE and not (
                    person.title is not None and _government_voice(doc, sentence, start)
                ):
                    continue
                event.parties[person.name] = _Party(
                    person.name, _person_participant(person), (start, end)
                )
                event.evidence.append(("participant", start, end))


def _add_nearby_persons(doc: Document, events: list[_Event]) -> None:
    """People named in the sentences that follow an event's report, as its parties.

    The sentences read are those after a sentence that reports the event, to the end of
    the paragraph of the first of them, stopping at a sentence that reports another event.
    A person there is a party when their country is already one (the source's, for an act
    aimed at someone) and the sentence refers back to the event ("the agreement was reached
    by", "said the decision") or the person speaks in it; in a consultation, also when the
    person takes part in it ("will lead the Indian side", "was represented by").
    """
    if not doc.persons:
        return
    told_in: set[int] = set()
    named_in: dict[int, list[_Event]] = {}  # sentences that report or refer to each event
    for event in events:
        told_in.update(event.told)
        for index in event.sentences:
            named_in.setdefault(index, []).append(event)
    text = doc.text
    sentences = doc.sentences
    for event in events:
        if not event.told:
            continue
        codes = _acting_codes(event)
        consult = event.event_type is _TYPE_CONSULT and event.mode != "phone_call"
        if not codes and not consult:
            continue
        for index, near in _following_sentences(sentences, event, told_in):
            if not (near or consult):
                continue
            sentence = sentences[index]
            hits = doc.person_mentions(sentence.start, sentence.end)
            if not hits:
                continue
            refers = None
            if any(e is not event for e in named_in.get(index, ())):
                # A sentence that refers to another event ("will attend the summit" after a
                # visit) speaks of that one, unless it names this one too.
                refers = _refers_to(doc, event, sentence)
                if not refers:
                    continue
            taking_part = False  # someone in this sentence took part ("X and Y will attend")
            for start, end, person in hits:
                if person.name in event.parties:
                    continue
                joins = consult and (
                    _TAKES_PART_AFTER.match(text, end, sentence.end) is not None
                    or _TAKES_PART_BEFORE.search(text, max(sentence.start, start - 90), start)
                    is not None
                    or (
                        taking_part
                        and _COORDINATED_BEFORE.search(text, max(sentence.start, start - 60), start)
                        is not None
                    )
                )
                if not joins and near and person.country_code in codes:
                    if refers is None:
                        refers = _refers_to(doc, event, sentence)
                    # A spokesperson speaks for the party, and is not one.
                    joins = refers or (
                        (
                            person.title not in _SPOKESPEOPLE
                            or (
                                # the government's spokesperson voices its statement
                                event.event_type in _DIRECTED_TYPES
                                and person.title is not None
                                and _government_voice(doc, sentence, start)
                            )
                        )
                        and _is_speaker(text, start, end, sentence)
                    )
                if joins:
                    taking_part = True
                    party = _Party(person.name, _person_participant(person), (start, end))
                    event.parties[person.name] = party
                    event.evidence.append(("participant", start, end))


# The holders of one office on each side, named by the office: "after two days of talks
# between their foreign ministers", "the two leaders signed".
_ROLE_GROUP = re.compile(  # (on the lower-cased text)
    r"\b(?:their|the\s+two|both)\s+(foreign\s+ministers|presidents|prime\s+ministers"
    r"|premiers|leaders|heads\s+of\s+state)\b"
)
# A holder of another time: "Former Kenyan Foreign Minister Raphael Tuju", "the late", "then-"
_NOT_IN_OFFICE_BEFORE = re.compile(
    r"\b(?:[Ff]ormer|[Ee]x-|[Ll]ate|[Tt]hen-|[Oo]utgoing|[Aa]cting|[Ii]nterim)\b[^.;:]*$"
)
# The office named as the object of a planned event: "to prepare a summit between their leaders"
_PLANNED_BETWEEN_BEFORE = re.compile(
    r"\bto\s+(?:prepare|hold|resume|arrange|organi[sz]e|plan|set\s+up|pave\s+the\s+way\s+for)\b"
    r"[^.;:]*$"
)
_HEADS = ("President", "Prime Minister", "Premier", "Chancellor", "Taoiseach", "King", "Emir")
_ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "foreign ministers": ("Foreign Minister", "Foreign Secretary", "Secretary of State"),
    "presidents": ("President",),
    "prime ministers": ("Prime Minister", "Premier", "Taoiseach"),
    "premiers": ("Prime Minister", "Premier"),
    "leaders": _HEADS,
    "heads of state": ("President", "King", "Emir"),
}
_ROLE_TYPES = frozenset((_TYPE_CONSULT, EventType.AGREE))


def _add_role_persons(doc: Document, events: list[_Event]) -> None:
    """The one person of each side's state who holds the office a consultation or an agreement
    names them by ("two days of talks between their foreign ministers" after "Kenyan Foreign
    Minister Wanjiru Kamau" and "Somali Foreign Minister Abdikarim Farah Nur"): a party, when
    the article names exactly one such person of that state."""
    lower = doc.lower
    if not doc.persons or not ("their " in lower or "the two " in lower or "both " in lower):
        return
    text = doc.text
    for event in events:
        if event.event_type not in _ROLE_TYPES:
            continue
        codes = _states(event) - IGO_CODES
        if len(codes) < 2:
            continue
        for index in sorted(event.told):
            sentence = doc.sentences[index]
            role = _ROLE_GROUP.search(lower, sentence.start, sentence.end)
            if role is None:
                continue
            if _PLANNED_BETWEEN_BEFORE.search(
                lower, max(sentence.start, role.start() - 60), role.start()
            ):
                break  # "to prepare a summit between their leaders": not who met
            titles = _ROLE_TITLES[" ".join(role.group(1).lower().split())]
            have = {
                p.participant.country_code
                for p in event.parties.values()
                if p.participant.kind is _PARTICIPANT_PERSON
            }
            for code in sorted(codes - have):
                holders = {
                    person.name: person
                    for person in doc.persons.values()
                    if person.country_code == code
                    and person.title in titles
                    and not _NOT_IN_OFFICE_BEFORE.search(
                        text, max(0, person.start - 48), person.start
                    )
                }
                if len(holders) == 1:
                    person = next(iter(holders.values()))
                    if person.name not in event.parties:
                        event.parties[person.name] = _Party(
                            person.name, _person_participant(person), role.span()
                        )
            break


# An envoy told by office alone, the name left to a later sentence: "summoned Turkey's
# ambassador", "ordered the French ambassador to leave", "recalled its ambassador", "summoned
# the top U.S. diplomat in Copenhagen" (on the lower-cased text, in or right after the trigger)
_ENVOY_WORDS = (
    r"(?:acting\s+)?(?:ambassador|envoy|charg[eé]\s+d'affaires|high\s+commissioner"
    r"|top\s+(?:[a-z.]+\s+){0,2}diplomat)\b"
)
_UNNAMED_ENVOY_AFTER = re.compile(
    r"\s+(?:on\s+\w+\s+)?(?:the\s+|its\s+(?:own\s+)?|their\s+(?:own\s+)?)?"
    r"(?:[a-z.-]+(?:'s|’s)?\s+){0,2}?" + _ENVOY_WORDS
)
_ENVOY_IN_TRIGGER = re.compile(r"\b" + _ENVOY_WORDS)
# Calling one's own envoy home: "recalled its ambassador", "withdrew", "called home"
_RECALL_TRIGGER = re.compile(r"\b(?:recall|withdr[ae]w|pull|call(?:ed|s|ing)?\s+(?:home|back))")
_ENVOY_TITLES = frozenset({"Ambassador", "Charge d'Affaires", "High Commissioner"})
_ENVOY_TYPES = frozenset((_TYPE_ACCUSE, _TYPE_SANCTION))


# What is done to the envoy in the sentence that names them: "handed Ambassador Ahmet Gurel a
# note", "Ambassador X was summoned", "had been called home", "told High Commissioner Pranay
# Verma", "would be asked to leave" (not "delivered a protest note", nor a post elsewhere)
_ENVOY_ACTED_ON = re.compile(
    r"\b(?:summon\w*|called|received\s+at|handed|hand\s+over|told|informed|given"
    r"|ordered|declared|persona\s+non\s+grata|leave|expel\w*|recall\w*|withdr[ae]w\w*"
    r"|asked\s+to)\b",
    re.IGNORECASE,
)
# What is done to the envoy told after the name, in the passive: "was summoned", "had been
# called back", "would be asked to leave", "is expected to leave"
_PASSIVE_BEFORE_CUE = re.compile(r"\b(?:was|were|been|be|is|are|to)\s+(?:[a-z]+\s+){0,2}$")
_POSTED_ELSEWHERE_AFTER = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")


def _office_titles(office: str) -> frozenset[str]:
    """The titles an envoy told by office may hold: "charge d'affaires" only a chargé."""
    lowered = office.lower()
    if "charg" in lowered:
        return frozenset({"Charge d'Affaires"})
    if "commissioner" in lowered:
        return frozenset({"High Commissioner"})
    if "ambassador" in lowered:
        return frozenset({"Ambassador"})
    return _ENVOY_TITLES


def _envoy_acted_on(doc: Document, person: Person) -> bool:
    """Whether the sentence that first names the envoy tells what was done to them this time
    (no earlier year in it), and no post elsewhere is named with the title ("Turkey's
    ambassador to Washington, Sedat Onal")."""
    text = doc.text
    first = doc.sentences[doc.sentence_index(person.start)]
    title_to = text.rfind(" to ", max(first.start, person.start - 40), person.start)
    if title_to >= 0 and _POSTED_ELSEWHERE_AFTER.match(text, title_to):
        return False
    for start, end, mentioned in doc.person_mentions(0, len(text)):
        if mentioned.name != person.name:
            continue
        sentence = doc.sentences[doc.sentence_index(start)]
        for cue in _ENVOY_ACTED_ON.finditer(text, sentence.start, sentence.end):
            if cue.start() >= end and not _PASSIVE_BEFORE_CUE.search(text, end, cue.start()):
                continue  # "Russian Ambassador Vassily Nebenzia told members": the envoy acts
            # (not "Russian Ambassador Alexei Isakov was expelled in 2022")
            if not any(
                int(m.group(0)) < doc.published.year
                for m in _OLD_YEAR.finditer(text, cue.end(), min(sentence.end, cue.end() + 30))
            ):
                return True
    return False


def _add_named_envoys(doc: Document, events: list[_Event]) -> None:
    """The envoy a summons, an expulsion or a recall names by office alone, when the article
    names that envoy elsewhere ("summoned Turkey's ambassador on Wednesday" ... "handed
    Ambassador Ahmet Gurel a note"): a party.

    The envoy is the target's ("its ambassador": the source's). The article must name
    exactly one serving envoy of that state; an envoy it gives no country counts only when
    it is the article's one named envoy and every envoy told by office is of one state.
    """
    if not doc.persons:
        return
    lower = doc.lower
    text = doc.text
    wanted: list[tuple[_Event, str, frozenset[str]]] = []
    for event in events:
        if event.event_type not in _ENVOY_TYPES or not event.told:
            continue
        if any(
            p.participant.kind is _PARTICIPANT_PERSON and p.participant.title in _ENVOY_TITLES
            for p in event.parties.values()
        ):
            continue  # named already
        source = event.parties.get(event.source or "")
        source_code = source.participant.country_code if source else None
        targets = _states(event) - IGO_CODES - {source_code}
        for field_name, start, end in event.evidence:
            if field_name != "trigger":
                continue
            sentence = doc.sentences[doc.sentence_index(start)]
            office = _ENVOY_IN_TRIGGER.search(lower, start, end) or _UNNAMED_ENVOY_AFTER.match(
                lower[end : min(end + 60, sentence.end)]
            )
            if office is None or any(
                person.title in _ENVOY_TITLES
                for _, _, person in doc.person_mentions(sentence.start, sentence.end)
            ):
                continue
            if _RECALL_TRIGGER.search(lower, start, end):
                code = source_code  # its own envoy called home
            else:
                code = next(iter(targets)) if len(targets) == 1 else None
            if code is not None and code not in IGO_CODES:
                wanted.append((event, code, _office_titles(office.group(0))))
            break
    if not wanted:
        return
    envoys = {
        person.name: person
        for person in doc.persons.values()
        if person.title in _ENVOY_TITLES
        and not _NOT_IN_OFFICE_BEFORE.search(text, max(0, person.start - 48), person.start)
        and _envoy_acted_on(doc, person)
    }
    one_state = len({code for _, code, _ in wanted}) == 1
    for event, code, titles in wanted:
        holders = [p for p in envoys.values() if p.country_code == code and p.title in titles]
        if not holders and one_state and len(envoys) == 1:
            holders = [p for p in envoys.values() if p.country_code is None and p.title in titles]
        if len(holders) == 1 and holders[0].name not in event.parties:
            person = holders[0]
            event.parties[person.name] = _Party(
                person.name, _person_participant(person), (person.start, person.end)
            )
            event.evidence.append(("participant", person.start, person.end))


def _refers_to(doc: Document, event: _Event, sentence: Sentence) -> bool:
    """Whether the sentence names the event with a determiner and one of its nouns."""
    pattern = _referring_pattern(event.event_type, frozenset(event.modes))
    return pattern.search(doc.text, sentence.start, sentence.end) is not None


def _acting_codes(event: _Event) -> set[str]:
    """Countries whose people may join the event: its parties', the source's alone for an
    act aimed at someone (the target's minister who answers is not a party)."""
    if event.event_type in _DIRECTED_TYPES:
        source = event.parties.get(event.source or "")
        code = source.participant.country_code if source else None
        return {code} if code else set()
    return {
        p.participant.country_code for p in event.parties.values() if p.participant.country_code
    }


# An official who hands the summoned envoy the protest: "Deputy Foreign Minister Almaz
# Imangaziev handed Ambassador Rustam Soli a note of protest", "... told Ambassador Gareth Ward
# that the measures were"
_HANDED_THE_ENVOY_BETWEEN = re.compile(
    r"\s+(?:also\s+|personally\s+)?(?:handed|told|gave|informed|delivered\s+(?:a\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}to|conveyed\s+(?:[\w-]+\s+){0,4}to|presented)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[eé]\s+d['’]affaires)?\s*$"
)


def _add_summoning_officials(doc: Document, events: list[_Event]) -> None:
    """The summoner's official who met the summoned envoy, told later in the story: a person of
    the summoning state who "handed" or "told" the envoy already a party of the summons."""
    if not doc.persons:
        return
    text = doc.text
    for event in events:
        if event.event_type is not _TYPE_ACCUSE or not event.told:
            continue
        if not any(
            field == "trigger" and text.startswith("summon", start)
            for field, start, _ in event.evidence
        ):
            continue
        source = _source_code(event)
        envoys = {
            name
            for name, party in event.parties.items()
            if party.participant.kind is _PARTICIPANT_PERSON
            and party.participant.country_code != source
        }
        if source is None or not envoys:
            continue
        for sentence in doc.sentences[min(event.told) + 1 :]:
            hits = doc.person_mentions(sentence.start, sentence.end)
            for index, (start, end, person) in enumerate(hits):
                if (
                    person.name in event.parties
                    or person.country_code != source
                    or not person.title
                ):
                    continue
                nxt = hits[index + 1] if index + 1 < len(hits) else None
                if (
                    nxt is not None
                    and nxt[2].name in envoys
                    and _HANDED_THE_ENVOY_BETWEEN.fullmatch(text, end, nxt[0])
                ):
                    event.parties[person.name] = _Party(
                        person.name, _person_participant(person), (start, end)
                    )
                    event.evidence.append(("participant", start, end))


def _following_sentences(
    sentences: list[Sentence], event: _Event, told_in: set[int]
) -> list[tuple[int, bool]]:
    """(sentence index, near) after each sentence that reports ``event``, up to one that
    reports another event.

    Near: the rest of the paragraph, and after the headline or the lede (a paragraph of its
    own that states the news) the next paragraph, which says who did it. The next paragraph
    after a paragraph's last sentence is read too, but not near: only who takes part in a
    consultation is read there ("... will take part", "Britain will be represented by X").
    """
    found: dict[int, bool] = {}
    for told in sorted(event.told):
        first = told + 1
        if first >= len(sentences):
            continue
        paragraph = sentences[told].paragraph
        ends_paragraph = sentences[first].paragraph != paragraph
        last = sentences[first].paragraph if ends_paragraph else paragraph
        index = first
        while index < len(sentences) and sentences[index].paragraph <= last:
            if index in told_in:
                break  # an event reported there: its people are its own
            near = sentences[index].paragraph == paragraph or told <= 1
            found[index] = found.get(index, False) or near
            index += 1
    return list(found.items())


def _is_speaker(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """Whether the person at ``text[start:end]`` speaks in the sentence: "X said", "X told
    reporters", "..., said the EU's foreign policy chief, X"."""
    if _is_reporter(text, start, end, sentence):
        return True
    # The verb at most eight words before a name that closes the sentence: the name's
    # title and affiliation stand between ("said the EU's foreign policy chief, X.").
    return _SPEECH_VERB_BEFORE.search(
        text, max(sentence.start, start - 80), start
    ) is not None and text[end : sentence.end].strip(" \"”'’") in ("", ".")


def _share_parties(events: list[_Event]) -> None:
    """An agreement reached at a meeting has the meeting's parties ("the leaders ... agreed")."""
    meetings = [
        e
        for e in events
        # (not a mediation's: "agreed ... after two days of Qatari-mediated talks" is the
        # two sides' agreement, the mediator is the talks')
        if e.event_type is _TYPE_CONSULT and e.mode not in {"phone_call", "mediation"}
    ]
    for event in events:
        if event.event_type not in (_TYPE_AGREE, _TYPE_COOPERATE):
            continue
        for meeting in meetings:
            if (
                meeting.sentences & event.sentences
                and _same_place(meeting.location, event.location) is not False
            ):
                for key, party in meeting.parties.items():
                    event.parties.setdefault(key, party)
    for event in events:
        if (
            event.event_type is not _TYPE_COOPERATE
            or _states(event)
            or event.date is None
            or event.date.value is None
        ):
            continue
        # "The two ministers agreed to step up intelligence sharing, and joint patrols along
        # the Rovuma River will begin on May 1": a joint action with no side named but its own
        # day, told with an agreement of two states, is theirs (not "signed the pact ...,
        # saying joint patrols would begin in February": the pact's terms)
        deal = next(
            (
                e
                for e in events
                if e.event_type is _TYPE_AGREE
                and e.sentences & event.sentences
                and len(_states(e)) >= 2
            ),
            None,
        )
        if deal is not None:
            for key, party in deal.parties.items():
                event.parties.setdefault(key, party)


# ``Evidence.model_construct`` walks every field of the model in Python for each span (about
# 45 an article); building the instance directly gives the same value at a fifth of the cost.
_new_object = object.__new__
_set_attribute = object.__setattr__


def _evidence(field_name: str, text: str, start: int, end: int) -> Evidence:
    """Exactly ``Evidence.model_construct(field=, text=, start=, end=)``, built faster."""
    item: Evidence = _new_object(Evidence)
    _set_attribute(
        item,
        "__dict__",
        {"field": field_name, "text": text, "start": start, "end": end, "article_id": None},
    )
    _set_attribute(item, "__pydantic_fields_set__", {"field", "text", "start", "end"})
    _set_attribute(item, "__pydantic_extra__", None)
    _set_attribute(item, "__pydantic_private__", None)
    return item


def _mention_spans(mention: _Mention) -> list[tuple[str, int, int]]:
    """(field, start, end) of the mention's evidence: trigger, sentence, place, date, parties."""
    start, end = mention.span
    sentence = mention.sentence
    items = [("trigger", start, end), ("sentence", sentence.start, sentence.end)]
    if mention.location_span:
        items.append(("location", *mention.location_span))
    if mention.date:
        items.append(("date", mention.date.start, mention.date.end))
    for party in mention.parties:
        items.append(("participant", *party.span))
    return items


# -- records ---------------------------------------------------------------------------------


def _is_codable(event: _Event) -> bool:
    """An analyst codes an event only with at least one identified party."""
    if any(p.participant.country_code for p in event.parties.values()):
        return True
    # Talks with a place and a date or a status change are news even when the text names
    # their parties only elsewhere ("talks in Jeddah ... were postponed").
    return (
        event.event_type is _TYPE_CONSULT
        and event.mode in ("talks", "negotiation", "meeting", "summit", "mediation")
        and event.location is not None
        and event.location.feature == "city"
        and (
            (event.date is not None and event.date.value is not None)
            or event.status in (_STATUS_CANCELLED, _STATUS_SCHEDULED)
        )
    )


def _unplaced_in_time(record: DiplomaticEvent) -> bool:
    """A record an analyst cannot code for want of a day and a side: an act told as done with
    at most one state or body and no day ("the talks had stalled", "Kabul has refused to
    negotiate"), or an agreement still to come with no day for it ("the two sides agreed to
    restore ties", "are expected to sign a deal"): a state of affairs or a prospect, not an
    event."""
    if record.date is not None:
        return False
    if record.status is _STATUS_OCCURRED:
        return len(_codes_of(record)) <= 1
    if record.status is not _STATUS_SCHEDULED or record.event_type is not _TYPE_AGREE:
        return False
    # (a signing told with its place or month is an event to come: "A border treaty is
    # expected to be signed in Jakarta in October"; not "agreed to keep improving ties")
    trigger = _trigger_of(record)
    return (
        (record.location is None and record.date_text is None)
        or trigger is None
        or trigger.text.lower().startswith("agree")
    )


# An envoy named by the post: "Pakistan's high commissioner in Nairobi", "the Chinese
# ambassador to Kenya" (then the visit verb: "toured", "visited").
_ENVOY_AT_POST_BEFORE = re.compile(
    r"\b(?i:ambassador|high\s+commissioner|charg[eé]\s+d['’]affaires|consul(?:\s+general)?)"
    r"\s+(?:in|to)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},)?\s+$"  # (his name between)
)


_MET_OR_WITH = re.compile(r"\b(?:met|meet|meets|with|ministry|minister|protest|talks)\b")


def _envoys_round_at_post(doc: Document, record: DiplomaticEvent) -> bool:
    """A resident envoy touring a place of the state he is posted to ("Pakistan's high
    commissioner in Nairobi toured the Pakistani pavilion", "the Chinese ambassador to Kenya
    visited the port of Mombasa"): his work at his post, not a state's visit."""
    if record.mode != "visit" or record.location is None or not record.location.country_code:
        return False
    found = _trigger_sentence(doc, record)
    if found is None:
        return False
    trigger, sentence = found
    post = _ENVOY_AT_POST_BEFORE.search(doc.text, sentence.start, trigger.start)
    if post is None:
        return False
    # (the envoy alone: not "Rubio and the U.S. ambassador to Kenya visited", "a delegation
    # led by the U.S. ambassador to Congo visited")
    before = doc.text[sentence.start : post.start()]
    after = doc.text[trigger.end : sentence.end]
    if (
        " and " in before
        or " led by " in before
        or "former" in before
        or doc.person_mentions(sentence.start, post.start())
        # (nor one who meets the host's people there: "visited Pokhara on Tuesday and met Prime
        # Minister K.P. Sharma Oli", "with Japanese Defence Minister", "the foreign ministry")
        or doc.person_mentions(trigger.end, sentence.end)
        or _MET_OR_WITH.search(after) is not None
    ):
        return False
    return any(
        m.code == record.location.country_code for m in doc.mentions_in(post.start(1), post.end(1))
    )


def _without_a_calls_place(record: DiplomaticEvent) -> DiplomaticEvent:
    """A phone call has no one place: the place its sentence names is another act's ("spoke
    by phone ..., and the two agreed that a joint commission would meet in Buenos Aires") or
    one end of the line, and the analysts code none (no call of the sets has a place)."""
    if record.mode != "phone_call" or record.location is None:
        return record
    return record.model_copy(
        update={
            "location": None,
            "evidence": [e for e in record.evidence if e.field != "location"],
        }
    )


def _proposal_without_event(record: DiplomaticEvent) -> bool:
    """A proposal the analysts never code as such: an agreement proposed is what an appeal asks
    for ("urged him to extend a temporary ceasefire", "proposed a three-stage plan that began
    with a ceasefire", "ready to restore diplomatic relations if"), and a proposal with at
    most one side ("the OAS was ready to mediate if both governments asked it to") names no
    meeting of anyone. (No record of the sets is a proposed agreement or a one-sided proposal.)"""
    return record.status is _STATUS_PROPOSED and (
        record.event_type is _TYPE_AGREE or len(_codes_of(record)) <= 1
    )


# How many days before publication an act may be and still be news: older acts are the
# story's background ("After weeks of negotiations, the treaty was signed ... on Feb. 2, 1920",
# an exhibition's subject). No analyst's record in the sets is dated even 200 days back.
_NEWS_DAYS = 365


def _long_past(doc: Document, record: DiplomaticEvent) -> bool:
    """An act dated more than a year before publication: background, not news."""
    if record.date is None:
        return False
    return (doc.published - dt.date.fromisoformat(str(record.date))).days > _NEWS_DAYS


# "last year" as the time of an act (not "since last year", "until last year", "last year's")
# (nor a comparison, "more than last year", nor another act's time: "the grain deal struck
# last year")
_LAST_YEAR_AFTER = re.compile(
    r"(?<!since )(?<!until )(?<!from )(?<!till )(?<!than )(?<!struck )(?<!signed )(?<!reached )"
    r"(?<!sealed )(?<!agreed )(?<!made )(?<!held )(?<!adopted )\blast\s+year\b(?!['’]s)",
    re.IGNORECASE,
)


def _last_years_act(doc: Document, record: DiplomaticEvent) -> bool:
    """An act done "last year" with no day of its own ("Lithuania shut its border with Belarus
    for several weeks last year after balloons ... forced Vilnius airport to close"):
    background to the news, not news."""
    if record.status is not _STATUS_OCCURRED or record.date is not None:
        return False
    found = _trigger_sentence(doc, record)
    if found is None:
        return False
    trigger, sentence = found
    text = doc.text
    end = min(sentence.end, trigger.end + 80)
    stop = _CLAUSE_STOP.search(text, trigger.end, end)  # (the act's own clause)
    return _LAST_YEAR_AFTER.search(text, trigger.end, stop.start() if stop else end) is not None


_CLAUSE_STOP = re.compile(r"[,;:]")


# "a few weeks later", "two days later", "months later": a time counted from the act told before
_COUNTED_LATER = re.compile(
    r"\b(?:(?:a|an|a\s+few|several|some|two|three|four|five|six|\d+)\s+)?(?:days?|weeks?|months?)"
    r"\s+later\b|\bthe\s+following\s+(?:day|week|month|year)\b",
    re.IGNORECASE,
)
_AND_THEN_BEFORE = re.compile(r"\band\s+(?:then\s+)?$")
# A day or month of the year named without a year: "in June", "on Monday" (the act "later"
# counts from may be this year's whatever earlier year the sentence names beside it)
_DAY_OR_MONTH_OF_NOW = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this\s+year|last\s+(?:week"
    r"|month)|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]his\s+(?:week|month)|[Rr]ecently|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?!\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d))\b"
)


def _later_than_an_earlier_year(doc: Document, record: DiplomaticEvent) -> bool:
    """An act dated only as "a few weeks later" after a sentence that dates its act to an
    earlier year ("The treaty, signed in Bishkek in March 2025, ... Japarov and Rahmon met
    Mirziyoyev in Khujand a few weeks later"): background, not news."""
    if record.status is not _STATUS_OCCURRED:
        return False  # ("will meet Lula the following week": a week to come)
    found = _trigger_sentence(doc, record)
    if found is None:
        return False
    _, sentence = found
    text = doc.text
    later = _COUNTED_LATER.search(text, sentence.start, sentence.end)
    if later is None:
        return False
    if any(  # a date of its own sentence other than the "later" (one of another is no date)
        e.field == "date"
        and sentence.start <= e.start < sentence.end
        and not later.start() <= e.start < later.end()
        for e in record.evidence
    ):
        return False
    # the earlier year told before it in its own sentence ("recreates the November 1995
    # negotiations ... and the signing of the agreement in Paris the following month") or in
    # the sentence before (not when it counts from an act of its own sentence: "held talks in
    # Istanbul, and the following day the two sides swapped prisoners")
    spans = [(sentence.start, later.start())]
    index = doc.sentences.index(sentence)
    if index > 0 and not _AND_THEN_BEFORE.search(
        text, max(sentence.start, later.start() - 8), later.start()
    ):
        spans.append((doc.sentences[index - 1].start, doc.sentences[index - 1].end))
    for start, end in spans:
        years = [int(m.group(0)) for m in _OLD_YEAR.finditer(text, start, end)]
        if years:
            # (not the dateline's day: "KYIV, July 16 (Reuters) - ... in May 2025")
            told_from = (
                doc.dateline[1]
                if doc.dateline is not None and doc.dateline[0] <= start < doc.dateline[1]
                else start
            )
            return (
                max(years) < doc.published.year
                and _DAY_OR_MONTH_OF_NOW.search(text, told_from, end) is None
            )
    return False


_SENT_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")


@cache
def _territory_names() -> frozenset[str]:
    return frozenset(
        name for e in actor_lexicon().countries if e.sovereign is not None for name in e.names
    )


@cache
def _sovereigns() -> dict[str, str]:
    """Each dependent territory's state ("MYT" → "FRA"), from the actor lexicon."""
    return {e.iso3: e.sovereign for e in actor_lexicon().countries if e.sovereign is not None}


def _is_domestic(doc: Document, record: DiplomaticEvent) -> bool:
    """A visit is diplomatic only between two parties, a visitor and a host of another state.

    A leader touring their own country ("the president visited flood-hit towns") or a
    traveller whose destination names no other state gives one party: not an event to code.
    Aid sent to a place of the sender's own country ("Brazil sent 500 rescuers to Porto
    Alegre") is relief at home, not aid between states. A state's own dependent territory is
    home too ("Macron is due to visit Mayotte", France's aid to New Caledonia). A call between
    two politicians of one state ("Bawumia said he had called Mahama to congratulate him") is
    no more diplomatic.
    """
    sovereigns = _sovereigns()
    named = _codes_of(record)
    codes = {sovereigns.get(code, code) for code in named}
    if record.event_type is _TYPE_AID:
        location = record.location
        if len(codes) == 1 < len(named) and not any(
            e.field == "participant"
            and e.text in _territory_names()
            and _SENT_FROM_BEFORE.search(doc.text, max(0, e.start - 8), e.start)
            for e in record.evidence
        ):
            # "France sent rescuers to Mayotte": to its own territory (not "a military team
            # from New Caledonia", sent from there)
            return True
        return (
            location is not None
            and location.country_code is not None
            and codes == {sovereigns.get(location.country_code, location.country_code)}
        )
    if record.event_type is _TYPE_CONCEDE and record.mode is None:
        return len(codes) < 2  # "Sunak apologized to victims of the scandal": at home
    if record.mode == "phone_call":
        # a call between two of one state's politicians is domestic too (not one with a Hamas
        # leader, whom no state code names)
        return len(codes) == 1 and all(p.country_code for p in record.participants)
    if record.event_type is _TYPE_CONSULT and len(codes) == 1 < len(named):
        return True  # "Macron held talks with New Caledonian leaders in Noumea": at home
    if record.mode != "visit":
        return False
    return len(codes) < 2


# Modes of meetings held face to face, which happen somewhere.
_MET_IN_PERSON = frozenset({"meeting", "talks", "visit", "summit"})
# Words that place a meeting away from the dateline, or nowhere: "on the sidelines of the
# G20", "during the BRICS summit", "during his visit to Ukraine", "a trip abroad", "by video".
_HELD_ELSEWHERE = re.compile(
    r"\bsidelines\b|\b(?:during|at)\s+(?:the|a|an|their|his|her|its)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:summit|conference|forum|assembly|gathering|session|ceremony)\b"
    r"|\b(?:visit|trip|tour|travel|journey)\s+(?:to|of)\b|\babroad\b"
    r"|\bvirtual|\bvideo|\bonline\b|\bremotely\b",
    re.IGNORECASE,
)


def _summoned_at_home(
    doc: Document, gaz: Gazetteer, event: _Event
) -> tuple[City, tuple[int, int]] | None:
    """The dateline's city when the event is a summons by the dateline's state filed from its
    capital, else None."""
    source = event.parties.get(event.source) if event.source is not None else None
    if (
        source is None
        or doc.dateline_country is None
        or source.participant.country_code != doc.dateline_country
        or not (
            summonses := [
                (start, end)
                for field, start, end in event.evidence
                if field == "trigger" and doc.text[start:end].lower().startswith(_SUMMONS_FORMS)
            ]
        )
        # (each told actively: "Ukraine's ambassador, summoned by Budapest" is the other's)
        or any(
            _BY_AGENT.match(doc.text, end)
            or _PASSIVE_BEFORE.search(doc.text, max(0, start - 16), start)
            for start, end in summonses
        )
    ):
        return None
    dateline = _dateline_city(doc, gaz)
    capital = gaz.capital(doc.dateline_country)
    if (
        dateline is None
        or capital is None
        or dateline[0].geonames_id != capital.geonames_id
        # (a story filed from two cities does not say which one this act is from:
        # "ANKARA/MOSCOW (Reuters) - ... Turkey summoned Russia's ambassador last Friday")
        or doc.dateline is None
        or "/" in doc.text[doc.dateline[0] : doc.dateline[1]].split("(")[0]
    ):
        return None
    return dateline


def _to_record(
    doc: Document,
    gaz: Gazetteer,
    event: _Event,
    extractor_version: str,
    story_day: DateMention | None = None,
) -> DiplomaticEvent:
    text = doc.text
    parties = [p.participant for p in event.parties.values()]
    if (
        (event.mode == "visit" or event.event_type is _TYPE_AID)
        and event.location is not None
        and event.location.country_code
    ):
        host = event.location.country_code  # the host of a visit, the recipient of aid
        if host not in {p.country_code for p in parties}:
            parties.append(_state_party(gaz, host, (0, 0)).participant)
    elif (
        event.event_type is _TYPE_AID
        and event.location is None
        and (filed_in := doc.dateline_country) is not None
        and len(states := {p.country_code for p in parties if p.country_code}) == 1
        and filed_in not in states
        and not states & IGO_CODES
    ):
        # "MEXICO CITY (AP) - ... a Japanese search and rescue team arrived on Thursday": aid
        # told without its destination goes to the state the story is filed from
        parties.append(_state_party(gaz, filed_in, (0, 0)).participant)
    person_codes = {
        p.country_code for p in parties if p.kind is _PARTICIPANT_PERSON and p.country_code
    }
    participants = [
        p for p in parties if p.kind is _PARTICIPANT_PERSON or p.country_code not in person_codes
    ]
    codes = {p.country_code for p in participants}
    topics = [t for t in event.topics if t not in codes]
    mode = event.mode
    if (
        mode in ("talks", "negotiation", "meeting")
        and "visit" in event.modes
        and event.location is not None
        and event.location.country_code in codes
        # a visit is bilateral (an envoy of a body may be the visitor): talks of three states
        # in one of them are talks
        and len({c for c in codes if c and c not in IGO_CODES}) <= 2
    ):
        mode = "visit"  # a leader travelling to meet the host: a visit, whatever else is said
    when = event.date
    status = event.status if event.status is not _STATUS_UNKNOWN else _STATUS_OCCURRED
    location = event.location
    evidence = event.evidence
    if (
        location is None
        and status is _STATUS_OCCURRED
        and mode in _MET_IN_PERSON
        and not _placed_away_in_words(doc, event)
    ):
        at_dateline = _dateline_city(doc, gaz) if doc.dateline_country in codes else None
        if at_dateline is not None and at_dateline[0].iso3 == doc.dateline_country:
            # "ULAANBAATAR (AFP) - ... holding talks with his Mongolian counterpart": talks of
            # the dateline's state the sentence places nowhere are where the story is filed
            location = gaz.city_location(at_dateline[0], doc.dateline_place)
            evidence = [*evidence, ("location", *at_dateline[1])]
    elif (
        location is None
        and status is _STATUS_OCCURRED
        and (at_home := _summoned_at_home(doc, gaz, event)) is not None
    ):
        # "MASERU (Reuters) - Lesotho summoned South Africa's high commissioner": a summons
        # told from the summoner's capital took place there (its foreign ministry)
        location = gaz.city_location(at_home[0], doc.dateline_place)
        evidence = [*evidence, ("location", *at_home[1])]
    if (
        when is not None
        and when.value is not None
        and status is _STATUS_OCCURRED
        and when.value > doc.published
    ):
        status = _STATUS_SCHEDULED
    key = "|".join(
        [
            doc.article_id,
            event.family,
            event.location.name if event.location else "",
            when.value.isoformat() if when and when.value else "",
            str(event.first_span[0]),
        ]
    )
    confidence = (
        0.5
        + 0.1 * min(event.mentions, 3)
        + (0.1 if event.location else 0.0)
        + (0.1 if when and when.value else 0.0)
    )
    day = when.value if when else None
    from_report = (
        when is None
        and status is _STATUS_OCCURRED
        # "have called for", "had accused": an indefinite past, no act of the story's day
        and not all(
            _PERFECT_AUX_BEFORE.search(text, max(0, start - 32), start)
            or (
                (sentence := _sentence_of(doc, start)) is not None
                and (
                    _VAGUE_PERIOD.search(text, sentence.start, sentence.end) is not None
                    or _VAGUE_MONTH_BEFORE.search(text, sentence.start, start) is not None
                )
            )
            for name, start, _ in evidence
            if name == "trigger"
        )
    )
    if from_report:
        # told without a day: the story's day, as event coders date an act by its report
        if story_day is not None and story_day.value is not None:
            day = story_day.value
            evidence = [*evidence, ("date", story_day.start, story_day.end)]
        else:
            day = doc.published
    return DiplomaticEvent(
        event_id="dip-" + hashlib.sha256(key.encode()).hexdigest()[:20],
        article_id=doc.article_id,
        event_type=event.event_type,
        mode=mode,
        status=status,
        date=day.isoformat() if day else None,
        date_text=when.text if when else None,
        date_from_report=from_report,
        location=location,
        participants=participants,
        topic_countries=topics,
        # Built from offsets we computed: constructed without re-validating.
        evidence=[_evidence(name, text[start:end], start, end) for name, start, end in evidence],
        confidence=round(min(confidence, 0.95), 2),
        extractor_version=extractor_version,
    )
