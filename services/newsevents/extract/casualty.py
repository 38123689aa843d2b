"""Casualty updates (killed / injured counts) from an analysed article.

Sits beside the diplomatic extractor in the extract stage; its vocabulary comes from
``data/casualty.yaml``, its quantities from ``normalize.numbers`` and its dates from
``normalize.dates``.

Flow inside this module: one automaton pass over the article finds death and injury
words, cause words ("air strike"), campaign nouns ("the war"), number and date words, and
phrases that only look like casualties ("killed off the game") → only sentences with a
death or injury word are read further → each such word is tied to the number that counts
its victims: before it ("12 people were killed"), after it ("killed 11 people"), after a
toll ("the death toll rose to 45") → the figure is dropped when it is not a current count
of people (hypothetical, negated, a subset such as "five of the dead", a count of sheep or
jobs, an earlier incident told as background: "the deadliest since 2014, when 40 died",
"In July 2020, a landslide killed 174", "the deadliest since a strike in April that killed
46", a strike "in April" beside the one reported) → scope: cumulative when the subject is a
whole war or a cue says running total ("raising the death toll to", "since 2011", "this
year", "over the past six months"), else incremental → cause, victims, perpetrator, source,
place and date from the clause; a figure that names none takes them from the incident the
article is telling (the last sentence that named a cause) → killed and injured of one
incident become one record → records giving the same figure for the same incident merge
(headline and lead, a quote repeating both figures, a toll and its wounded told next by the
same or an unnamed source); different figures from different sources stay apart, each
with its ``reported_by`` → disasters and accidents are kept only when the article is about
them, and a figure that only sums the others ("killing two soldiers and four civilians") is
dropped.

Cost: the automaton pass is the only work on articles without a death or injury word;
every regular expression after it runs on one sentence or less. The cue phrases of a clause
are found by a second automaton; patterns searched over a span start with a literal where
they can (the regex engine then skips ahead to it instead of trying every position), or are
tried only when a word they need is there.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from itertools import combinations
from typing import Any, Literal, overload

import ahocorasick

from newsevents.contracts import CasualtyUpdate, Location, Scope
from newsevents.extract.document import FACILITY_NOUNS, Document
from newsevents.extract.patterns import COMMON_NOUN_AFTER, LOWER_TEXT_PASS, phrase_automaton
from newsevents.extract.patterns import may_hold as _may_hold
from newsevents.extract.patterns import word_start_alternation as _word_start_alternation
from newsevents.extract.text import Sentence
from newsevents.lexicon import CasualtyLexicon, casualty_lexicon, without_accents
from newsevents.normalize.dates import (
    MONTH_NAMES,
    MONTH_NUMBERS,
    WEEKDAY_NUMBERS,
    DateMention,
    Tense,
    find_dates,
)
from newsevents.normalize.gazetteer import City, Gazetteer, Mention, MentionKind, gazetteer
from newsevents.normalize.numbers import NUMBER_WORDS, Quantity, find_quantities, parse_single

Kind = Literal["killed", "injured"]
WordKind = Literal["killed", "injured", "cause", "campaign", "date", "number", "block"]

# Words that start a date expression naming one day; ``find_dates`` runs only on a few
# characters around one (spans such as "last week" have no day and are not read).
# Word → characters to read before and after it.
_DATE_WORDS: dict[str, tuple[int, int]] = {
    **{day: (7, 0) for day in WEEKDAY_NUMBERS},
    **{month: (4, 10) for month in MONTH_NUMBERS},
    **{word: (0, 0) for word in ("yesterday", "today", "tonight", "overnight")},
    **{word: (5, 0) for word in ("morning", "afternoon", "evening")},
    **{"christmas": (0, 4), "year's": (4, 4)},  # "Christmas Day", "New Year's Eve"
}


# -- words between a number and its death/injury word ----------------------------------------

_WORD = re.compile(r"\s*([a-z][\w'’.-]*)")  # on lower-cased text
_DIGITS = re.compile(r"\d[\d,.]*")
# How far from its death or injury word a count can start ("the death toll among its troops
# to 15", "12 soldiers and three civilians were killed").
_REACH_BEFORE, _REACH_AFTER = 120, 90
# A toll may be named by a long phrase before its figure ("The death toll from the magnitude
# 7.6 earthquake that struck ... on New Year's Day rose to 78"; ``_bind_toll`` limits the gap).
_TOLL_REACH_AFTER = 240
_QUOTES_AS_SPACES = str.maketrans({q: " " for q in '"“”'})
_OTHER_FIGURE = re.compile(r"\b(?:injured|wounded|hurt|missing|injuries)\b")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
# What may follow a revised toll's figure: its noun, or the rest of the sentence.
_AFTER_A_TOLL = frozenset(
    "people persons dead deaths lives victims bodies as after on in by when while with and"
    " following amid since overall in the at".split()
)
# What a toll "could" or "is expected to" do: a projection, not a count
_TOLL_PROJECTED = re.compile(
    r"\s+(?:well\s+|further\s+|still\s+)?(?:have\s+)?(?:rise|rising|climb|increase|reach|top"
    r"|exceed|surpass|go\s+up|double)\b"
)
_TO_A_FIGURE_AFTER = re.compile(r"\s+to\s+(?:about\s+|around\s+|at\s+least\s+)?\d")
# Those of a count just given: "Three soldiers were wounded and one lost a leg", "two of them"
_ONE_OF_THOSE_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|another|some|several)(?:\s+of\s+them|\s+other)?\s+$"
)
_AND_THE_WOUNDED_BETWEEN = re.compile(
    r"\s+(?:people\s+|others\s+)?and\s+(?:injuring|wounding|injured|wounded|hurting)\s+(?:at\s+least\s+)?"
)
_TOLL_RAISED_FROM = re.compile(
    r"\b(?:raising|bringing|pushing|taking|lifting)\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+|official\s+)?"
    r"(?:death\s+)?(?:toll|tally|number\s+of\s+(?:dead|deaths))\s+from\s+"
    # a figure: not "the toll from a week of attacks"
    r"(?=(?:about\s+|around\s+|at\s+least\s+)?(?:\d|(?:two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|a\s+dozen|[a-z]+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\b))"
)
# "the toll had risen from five overnight after rescuers pulled two bodies from ...": a toll
# told as grown from an earlier figure (the figure after "from" read by the caller)
_TOLL_ROSE_FROM = re.compile(
    r"\b(?:death\s+)?(?:toll|tally)\s+(?:had\s+|has\s+)?(?:risen|rose|climbed|jumped|increased"
    r"|grown|grew|gone\s+up|went\s+up)\s+from\s+"
)
_AFTER = re.compile(r"\bafter\b")
# "before raising it to", "then revised the figure to": the same toll, told again larger or
# corrected, right before its new figure.
_REVISED_TO_BEFORE = re.compile(
    r"\b(?:before|then|later|and|but)\s+(?:\w+\s+)?(?:rais|revis|increas|updat|lift|push"
    r"|bring|brought|tak|took|lower|cut)\w*\s+(?:it|the\s+(?:figure|number|tally|count|toll))"
    r"\s+to\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?$"
)
# Words that may stand between "12 people" and "killed": auxiliaries and adverbs.
_AUX = frozenset(
    """was were is are be been being have has had reportedly also now all later since already
    officially initially subsequently previously believed thought known to who that left
    altogether critically seriously severely badly slightly gravely lightly moderately
    sustained suffered""".split()
)
# Words that may follow the number of an active verb without a people noun ("killing 12 in").
_AFTER_COUNT = frozenset(
    """and or in on at near outside inside during when while as after before since including
    among with across from to by overnight yesterday today tonight last this earlier later so
    over more others people late early around amid along into were was the a an but
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
_DETERMINERS = frozenset("the a an its their his her our this that these those whom".split())
_OF_POSSESSIVE = re.compile(r"\s+of\s+(?:its|their|the|his|her|our|whom|those|them)\b")
_OF = re.compile(r"\s+of\s+")
# "Five crew members on the coast guard plane were killed", "48 members of the security forces
# had been injured": where the victims were or whom they serve, between
# them and the verb (no clause break, no number); or what they have ("About 30 people with
# severe burns were being treated").
# (a participle before the place: "three pilgrims returning from the shrine were killed"; the
# plight they were in: "Three of 12 miners trapped underground were killed")
_WHERE_AFTER_NOUN = re.compile(
    r"\s+(?:(?:trapped|stranded|stuck|buried)(?:\s+[a-z][a-z' -]{0,60}?)?"
    r"|(?:[a-z]{3,}ing\s+(?:to|into|towards?)|(?:[a-z]{3,}ing\s+)?(?:on|aboard|in|at|inside"
    # (or a possessive: "37 members of Colombia's security forces have been killed")
    r"|near|from|with|of(?=\s+(?:the|an?|[a-z]+['’]s)\s)))\s+[a-z][a-z'’ -]{0,80}?)"
    # (a body's acronym after its name: "... Mission in Somalia (AUSSOM) were killed")
    r"(?:\s+\([a-z][a-z0-9&.-]{1,14}\))?"
    r"(?=\s+(?:was|were|had|have)\s)"
)
# "A policeman was killed", "its captain was seriously injured": one person, named by a
# singular noun after an article or a possessive, the subject of a passive death word.
# "was hurt by the remarks", "The tariffs hurt a farmer": no victim of one.
_NOT_SINGLE_WORDS = frozenset(("hurt", "hurts", "hurting"))
_SPORTS_CONTEXT = re.compile(
    r"\b(?:match|minute|qualifying|training|tournament|league|season|innings|half-time|halftime"
    r"|grand\s+prix|race|game|striker|midfielder|defender|goalkeeper)\b"
)
# The determiners of one person: "a policeman", "its captain", "her grandson".
_ONE_PERSON = r"(an?|its|his|her|their)\s+"
_SINGLE_OBJECT = re.compile(r"\s+" + _ONE_PERSON)
_SINGLE_OBJECT_AND = re.compile(r",?\s+and\s+" + _ONE_PERSON)
# (and "the" before a subject: "The teenager was shot dead", "The 16-year-old, a resident of
# Lalmonirhat district, was shot dead": one person, told as the news)
_SINGLE_SUBJECT = re.compile(r"(?<![\w-])(an?|its|his|her|their|the)\s+")
# An apposition between an age and its verb: "The 16-year-old, a resident of X, was shot dead".
_AGE_APPOSITION = re.compile(
    r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old(,\s+(?:an?|the)\s+[^,;()]{1,60},\s+)"
)
_AGE_BEFORE_NOUN = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s+")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|been)\s+(?:[a-z]+ly\s+)?$")
# ... and its plural, for two single people joined by "and" ("a woman and her son were killed")
_PLURAL_PASSIVE_BEFORE = re.compile(r"\bwere\s+(?:[a-z]+ly\s+)?$")
# A person named before a comma, first of a list: "a man, " in "A man, his wife and their son"
_PERSON_LISTED_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their)\s+[a-z]+,\s+$")
# The unit or force a single victim belongs to, named after "of the" (on the original text):
# "a sergeant of the National Guard", "a member of the Border Police".
_OF_A_UNIT = re.compile(r"\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}(?=\s)")
# "Swarna Das, a class-eight student, was shot dead", "Ali Hassan, 34, was killed": one victim
# named by two to four capitalised words (on the original text), with an optional apposition.
_NAMED_VICTIM = re.compile(
    r"(?<![\w-])([A-Z][a-z'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von)[- ])?[A-Z][a-z'’-]+){0,3})"
    r"(,\s+(?:an?|the)\s+[^,;()]{1,60},|,\s+\d{1,3},)?\s+(?:(?:had|has)\s+)?$"
)
# A bare surname before an age ("Sharif, 54, was shot dead") is a person too.
_AGE_ASIDE = re.compile(r",\s+\d{1,3},")
# An age by decade after a single victim's noun: "a woman in her 70s died", "a man in his
# early thirties was killed"
_DECADE_AGE_AFTER = re.compile(
    r"\s+in\s+(?:his|her)\s+(?:early\s+|mid-?\s*|late\s+)?(?:\d0['’]?s|teens|twenties"
    r"|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
# Words that kill a person and nothing else: a bare name before them is a victim.
_KILLINGS_OF_A_PERSON = frozenset(
    "shot dead|stabbed to death|beaten to death|hacked to death|gunned down|assassinated|murdered"
    "|beheaded|lynched|executed".split("|")
)
_NOT_NAME_WORDS = frozenset(
    """The A An On In At But And Police Officials Authorities Many Several Some Dozens Hundreds
    Scores Thousands Two Three Four Five Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September October
    November December""".split()
)
# Between an active verb and its count: "killed an additional seven", "killing another 12".
_BEFORE_COUNT = re.compile(
    r"\s*[\"'‘“]?(?:(?:an?\s+)?(?:additional|further|total\s+of|family\s+of|group\s+of)\s+"
    r"|another\s+|all\s+)?"  # "killing all five crew members"
)
# One person joined to a counted group, before or after it: "a policeman and three civilians",
# "four passengers and the driver" ("the" or a possessive only before a singular noun)
_ONE_PERSON_JOINED = re.compile(r"(?<![\w'’-])(an?|the|its|his|her|their)\s+")
# ... by "and", the group maybe the person's own ("a woman and her two daughters")
_AFTER_WORD = re.compile(r"\b(?:after|when)\b")
_SAYING_WORD = re.compile(r",\s+(?:saying|adding)\b")
_DIED_LATER = re.compile(r"\b(?:died|succumbed)\b")
_NEW_ACT_AFTER = re.compile(
    r"\b(?:after|when)\b[^.;]{0,60}?\b(?:attack\w*|storm\w*|raid\w*|ambush\w*|opened\s+fire"
    r"|struck|bomb\w*|shell\w*|fought|clash\w*)\b|\b(?:second|another|new|separate)\b"
)
# What a toll rose after when it tells no new incident: bodies found, the wounded dying
_NOTHING_NEW = re.compile(
    r"\b(?:bod(?:y|ies)|remains|died\s+(?:of|from)\s+(?:(?:their|his|her)\s+)?(?:injuries|wounds|burns)"
    # ("rose to nine ... after a Chinese tourist died in hospital")
    r"|died\s+(?:(?:early\s+)?(?:on\s+\w+|overnight|later|today|yesterday)\s+)?in\s+(?:a\s+|the\s+)?hospital"
    r"|succumbed|recovered|found|pulled\s+from)\b"
)
_NEW_KILLING = re.compile(
    r"\b(?:kill(?:ed|s|ing)?|strikes?|attacks?|bomb\w*|shell\w*|shot|landslides?|blasts?"
    r"|explosions?|raids?|clashes)\b"
)
# Groups of anyone whose members may be named after them ("two civilians, a driver and his
# passenger"), and the determiners that point back to a member named before
_MEMBER_GROUPS = frozenset(("people", "persons", "civilians"))
_POSSESSIVE_DETERMINERS = frozenset(("his", "her", "their", "its"))
_AND_KIN = re.compile(r",?\s+and\s+(?:(?:her|his|their|its)\s+)?")
# ... first in its clause ("Police said a soldier and two civilians were killed"), not a person
# a verb or a preposition governs ("killed a policeman and two civilians were wounded", "a bus
# carrying a nurse and 11 passengers")
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?:[.;:,(\"“'‘—–-]|\b(?:and|but|while|whereas|said|says|that|after|when|as))\s*$"
)
# ... but not a group of people: "and a number of civilians", "and a group of children"
_A_GROUP_OF = re.compile(
    r"(?:\w+\s+)?(?:number|group|handful|couple|few|dozen|lot|host|crowd|band|family|team|unit"
    r"|party|busload|boatload|score|series|total)\b"
)
_PARENTHETICAL = re.compile(
    r"\s*,\s*(?:including|among\s+them|[a-z-]+\s+of\s+(?:them|whom)|mostly|mainly"
    # ("one of them a commander", "most of them", "all of them", ", brothers aged 19 and 23,")
    r"|both|aged|[a-z]+\s+aged"
    # (and an age told by decade: "another three people, all in their seventies, died")
    r"|(?:all|both|most|mostly)\s+in\s+their)\b[^,;]{0,80},"
    # ... and a breakdown between dashes or brackets: "at least 131 civilians - 102 men, 17
    # women and 12 children - were killed", "(102 men, 17 women and 12 children)"
    r"|\s+[-–—]\s+[^-–—;.()]{1,80}?\s+[-–—](?=\s)|\s*\([^();.]{1,80}\)"
    # ... and an age by decade of a counted group: "two people in their 80s died"
    r"|\s+in\s+their\s+(?:early\s+|mid-?\s*|late\s+)?(?:\d0['’]?s|teens|twenties|thirties"
    r"|forties|fifties|sixties|seventies|eighties|nineties)(?=\s)"
)
_BREAKDOWN_DASHES = re.compile(r"\s[-–—]\s+\d[^-–—;.()]{0,80}?\s[-–—]\s")
# "after" right behind a day: "on Tuesday after Mexican police crossed the border" (not "on
# Tuesday, hours after the blast": that is the day of the incident's aftermath, told so); or
# the purpose of the day's act: "summoned the envoy on Wednesday to protest against a strike
# that killed three", "in protest at".
# "..., two days after a gunfight ... killed six": a figure of an act counted back from a day
_DAYS_AFTER_BETWEEN = re.compile(
    r",\s+(a|one|two|three|four|five|six)\s+days?\s+after\s+(?:an?|the"
    # (or the figure itself: "..., two days after two Congolese fishermen were shot dead")
    r"|at\s+least|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|scores"
    r"|several)\s+[^,;.]*$"
)


_LOOSE_DAYS = ("casualty_loose_days",)  # the article memo's key


def _loose_days(doc: Document) -> set[tuple[int, int]]:
    """The spans of days that date deaths told "hours after" them only loosely (they may be
    the night before): kept in the article's memo."""
    found: set[tuple[int, int]] | None = doc.memo.get(_LOOSE_DAYS)
    if found is None:
        found = doc.memo[_LOOSE_DAYS] = set()
    return found


def _loose_day(doc: Document, a: _Record, b: _Record) -> bool:
    """Two days a day apart where one only loosely dates its deaths ("on Saturday ..., hours
    after a drone attack ... killed three" and "late on Friday, killing three people"): no
    sign of two incidents."""
    if a.date is None or b.date is None or a.date.value is None or b.date.value is None:
        return False
    loose = doc.memo.get(_LOOSE_DAYS)
    if not loose:
        return False
    return abs((a.date.value - b.date.value).days) <= 1 and (
        (a.date.start, a.date.end) in loose or (b.date.start, b.date.end) in loose
    )


_HOURS_AFTER_BETWEEN = re.compile(
    r",\s+(?:just\s+|only\s+|some\s+|a\s+few\s+)?hours\s+after\s+"
    # (or the deaths' clause itself: "hours after at least seven people drowned")
    r"(?:(?:an?|the)\s+|(?=(?:at\s+least|some|about|around|nearly|more\s+than|\d|[a-z]+\s+people)\b))"
    r"[^,;.]*$"
)
_AFTER_DATE = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:after|to\s+(?:protest|condemn|denounce)"
    r"|in\s+protest)\s"
)
# "the number of Afghan fighters killed": a toll named by the people it counts.
_NUMBER_OF_END = re.compile(r"\bnumber\s+of\s+$")
_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+){1,3}$")
# The same before an aside: "Two employees of a Chinese road construction company, aged 34
# and 51, were killed".
_WHERE_BEFORE_ASIDE = re.compile(
    r"\s+(?:on|aboard|in|at|inside|near|from|with|of)\s+(?:the\s+|an?\s+)?[a-z][a-z' -]{0,48}?"
    r"(?=\s*,\s*(?:including|among|most|many|mostly|mainly|all|both|aged)\b)"
)
# A toll told after its new figure: "raising to five the number of Chinese nationals killed"
_RAISING_TO_BEFORE = re.compile(
    r"\b(?:raising|raised|raises|bringing|brought|brings|taking|took|takes|pushing|pushed)"
    r"\s+to\s+$"
)
# A cue of a toll told after its new figure, and what must follow it.
_RAISING_TO_CUES = frozenset(("raising to", "bringing to", "taking to", "pushing to"))
_RAISED_TOLL_AFTER = re.compile(
    r"\s+(?:[\w,.-]+\s+){1,4}?the\s+(?:death\s+toll|toll|number\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:killed|dead|deaths|died|injured|wounded|hurt|victims|fatalities|casualties|bodies))\b"
)
_THE_TOLL_BETWEEN = re.compile(r"\s+the\s+(number\s+of\s+(?:[\w-]+\s+){1,3})?")
# Death words that are no participle of a reduced relative: "80 of its servicemen died".
_INTRANSITIVE_DEATHS = frozenset(
    "die|dies|died|perished|drowned|lost their lives|lost his life|lost her life".split("|")
)
# Death verbs told of one person with no auxiliary: "A fisherman drowned", "a man died"
_SINGLE_DEATH_VERBS = frozenset(
    (
        "died",
        "drowned",
        "perished",
        # a life or a limb lost: "a fisherman lost his life", "a Thai soldier lost a foot"
        "lost his life",
        "lost her life",
        "lost a foot",
        "lost a leg",
        "lost an arm",
        "lost a hand",
        "lost an eye",
        "lost both legs",
        "lost his foot",
        "lost his leg",
        "lost his arm",
        "lost his hand",
        "lost her leg",
        "lost her foot",
        "lost a limb",
    )
)
# ... but not one who nearly did: "A boy nearly drowned"
_NEARLY_BEFORE = re.compile(r"\b(?:nearly|almost|narrowly|all\s+but)\s+$")
# Whom the people of a count belong to, before the next count of the same verb: "three
# members of a Greek rescue team and three members of a Libyan family were killed".
# (no verb between: not "six members of a gang were killed and seven officers wounded")
_OF_A_GROUP = re.compile(
    r"\s+of\s+(?:the|an?)(?:\s+(?!(?:was|were|had|have|has|been|is|are)\b)[a-z'-]+){1,5}?"
    r"(?=,?\s+and\s)"
)
# "31 people had been treated there", "its hospital had treated 32 people with burn injuries":
# the care of the wounded. Not a manner ("had been treated inhumanely", "treated as asylum
# seekers", "treated to a free concert"), an illness after the object ("had treated 500
# patients for malnutrition") or a hospital's caseload ("has treated 10,000 patients since it
# opened", "30 soldiers a day").
_TREATED = frozenset(
    ("been treated", "had treated", "has treated", "have treated", "were treated", "was treated")
)
# Care told in a relative clause of someone who then died: "A man who was being treated for
# gunshot wounds died in hospital"
_WHO_WAS_BEFORE = re.compile(
    r"\b(?:who|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+$"
)
# Words that count people by their care, hurt all the same: "23 people sought medical help"
# Care given with no wound: "two were taken to hospital as a precaution", "for observation"
_AS_A_PRECAUTION = re.compile(
    r"\s+(?:as\s+a\s+precaution(?:ary\s+measure)?|for\s+(?:observation|precautionary"
    r"|routine\s+checks|checks|a\s+check-up|check-ups|tests)\b)"
)
_HARM_AFTER = re.compile(r"\b(?:suffer\w*|hit\s+by|struck\s+by|inhal\w*|bleeding)\b")
_CARE_WORDS = re.compile(r"\b(?:medical|treat|hospital|clinic|injur|wound|hurt)")
_DIED_AFTER = re.compile(r"\b(?:died|dies|succumbed|passed\s+away)\b")
_OTHER_SUBJECT_BETWEEN = re.compile(r"[,;]|\b(?:while|after|and|was|were|is|are|who)\b")
_INJURY_WORD = (
    r"(?:injur\w*|wound\w*|burns?|shrapnel|fractur\w*|trauma\w*|gunshots?|bullets?|blast"
    r"|smoke\s+inhalation|cuts|bruises)"
)
_CARE_AFTER = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:there|by|on|and|after|following|overnight|since"
    r"|(?:at|in)(?!\s+home\b)|with\s+(?:[\w-]+\s+){0,3}?" + _INJURY_WORD + r")\b"
)
# "were treated" tells the care of the wounded only with where or for what: "at the district
# hospital", "in a clinic", "at the scene", "for shrapnel wounds" (not "were treated as
# suspects", "were treated in inhumane conditions")
_PASSIVE_CARE_AFTER = re.compile(
    r"\s+(?:(?:at|in)\s+(?:[\w'’-]+\s+){0,4}?(?:hospitals?|clinics?|infirmary|medical|health)\b"
    r"|(?:at|on)\s+the\s+(?:scene|spot)\b|and\s+released\b"
    r"|for\s+(?:[\w-]+\s+){0,3}?" + _INJURY_WORD + r"\b)"
)
_FOR_ILLNESS = re.compile(r"\bfor\s+(?!(?:[\w-]+\s+){0,3}?" + _INJURY_WORD + r"\b)")
_CASELOAD = re.compile(r"\b(?:since|a\s+day|per\s+day|each\s+day|every\s+day|daily)\b")
_INJURY = re.compile(r"\b" + _INJURY_WORD + r"\b")
# "12 soldiers and three civilians": spaces, then a comma or "and". Written without the
# overlap of ``\s*(?:…|\s+and\s+)``, which tried every split of a run of spaces (19 ms for
# 2,000 spaces in one call); same matches, tested against that form.
_OWN_TOLL_BEFORE = re.compile(
    r"\b(?:toll|tally|count|number\s+of\s+(?:dead|deaths))\b[^.;]*,\s+"
    r"(?:(?:saying|adding|noting|and|as|because|since)\s+)?(?:that\s+)?$"
)
# A figure left out of a count (searched after it, in its sentence): "had not yet been included"
_NOT_INCLUDED_AFTER = re.compile(
    r"\b(?:had|have|has|were|was)\s+not\s+(?:yet\s+)?been\s+(?:included|counted|added)\b"
    # "three bodies ... that officials had not yet counted"
    r"|\b(?:had|have|has)\s+not\s+(?:yet\s+)?(?:included|counted|added)\b"
)
_QUOTE_MARKS = frozenset("\"'‘’“”")
_COORDINATION = re.compile(r"\s++(?:,\s*+(?:and\s+)?|and\s+)|,\s*+(?:and\s+)?")
# Asides inside a toll's name: who runs the site ("the mine, operated by X,"), a name in
# apposition ("the largest island, Espiritu Santo,", "in Cianjur, West Java,") before a verb
_TOLL_NAME_ASIDE = re.compile(
    r",\s+(?:operated|owned|run|managed)\s+by\s+[^,;:()]{1,60},"
    r"|(?<![\w'’-])([\w'’-]+),\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},(?=\s+[a-z])"
    # where the site lies ("in Tultepec, north of the capital,", "in X, 40 km west of Y,")
    r"|,\s+(?:(?:about\s+|some\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south)?(?:-?(?:east|west))?(?<=[a-z])\s+of\s+(?:the\s+)?[\w'’.-]+"
    r"(?:\s+[A-Z][\w'’.-]*){0,3},"
    # what the incident was, told in a relative clause before the toll's verb: "The death toll
    # from Typhoon Halong, which made landfall in Quang Ngai on Tuesday morning, rose to 19"
    r"|,\s+which\s+[^,;:()]{1,120},(?=\s+(?:has\s+|had\s+|have\s+)?(?:rose|risen|rises"
    r"|climbed|climbs|jumped|increased|reached|reaches|stood|stands|now\s+stands)\b)"
)
# a relative clause about the incident opened after the toll's name and not yet closed: the
# number in it is not the toll
_OPEN_RELATIVE_GAP = re.compile(r",\s+which\s+[^,;:()]*$")
_TOLL_LINKS = frozenset(
    "to at of reached hit passed topped surpassed exceeded is was stands stood now past".split()
)
_TOLL_CHANGE = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|reached|raising|raised"
    r"|bringing|brought|brings|pushing|taking)\b"
)
_OLD_INCIDENT_DAYS = 60
# How many years back a war named sentences before a toll must be to make it history
_HISTORY_YEARS = 30
# A campaign a relative clause tells over: "the siege of Sarajevo, which lasted nearly four
# years, ..." (its name's capitalised words may come between)
_ENDED_AFTER = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?,\s+which\s+(?:lasted|ended|raged)\b"
)
_NEWS_OF_NOW = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|said|says"
    r"|according\s+to)\b"
)
# A sentence whose subject is a work that shows or tells something: "The film uses newly
# restored footage of ...", "The documentary recounts ...", "The exhibition features ..."
_WORK_SHOWS_OPENING = re.compile(
    r"(?:The|This|Its|His|Her|Their)\s+(?:[\w'’-]+\s+){0,2}?(?:film|documentary|movie|book|novel"
    r"|play|exhibition|exhibit|memoir|biopic)\s+(?:also\s+)?(?:uses|used"
    r"|shows|showed|depicts|depicted|features|featured|recounts|recounted|retells|retold|tells"
    r"|told|revisits|revisited|recreates|recreated|dramati[sz]es|dramati[sz]ed|draws\s+on"
    r"|includes|included|chronicles|chronicled|portrays|portrayed)\b"
)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$")
# "\b((?:19|20)\d\d)\b" and "\blast\s+year...", with the word-start test after the first
# letters so that the engine skips ahead to them (see ``_word_start_alternation``).
_YEAR = re.compile(r"((?:19|20)(?<!\w\d\d)\d\d)\b")
_SINCE_BEFORE_YEAR = re.compile(r"\bsince\s+$")
# A whole year as a figure's period: "killed more than 2,000 people ... in 2024"
_IN_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b(?!\s*[-–/])")
_LAST_YEAR = re.compile(r"last(?<!\wlast)\s+year\b(?!['’]s)")
_SINCE_LAST_YEAR = re.compile(r"\b(?:since|from|until|till|to)\s+(?:\w+\s+){0,3}?last\s+year\b")
# Many accidents of an earlier year: a yearly statistic, not one incident nor a running toll
# ("38 people died in mining accidents in the country last year")
_ACCIDENTS = re.compile(r"\b(?:in|from|by)\s+(?:[a-z-]+\s+){0,2}accidents\b")
# A cause word naming many accidents: "road accidents", "plane crashes"
_MANY_ACCIDENTS = re.compile(r"\b(?:accidents|crashes)$")
# The whole toll of a war of decades, told in the past: "died in Colombia's six-decade
# conflict", "were killed during the 26-year civil war" ("have died in the decades-long
# conflict" is a running toll)
_WAR_DURATION = r"(?:[a-z0-9]+-(?:decade|year)s?(?:-long|-old)?|decades-long|decades-old)"
_LONG_WAR_TOLL = re.compile(
    r"\b(?:in|during|of)\s+(?:the\s+|[\w.'’]+\s+){0,2}"
    + _WAR_DURATION
    + r"\s+(?:civil\s+|armed\s+|internal\s+)?(?:conflict|war|insurgency)\b"
)
# A figure's own day or incident ("that killed 5 people on Wednesday", "12 soldiers in an
# ambush"): the war's news, not its whole toll.
_OWN_DAY_OR_INCIDENT = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b"
    r"|\bin\s+an?\s+(?:[a-z]+\s+)?(?:ambush|attack|raid|strike|assault|bombing|blast|clash)"
)
# A past year's incident with its toll in a relative clause in the simple past: "since a
# crackdown on protests in 2018 that left more than 300 people dead" (not "a war that began in
# 2011 and has killed", a running toll)
_MONTHS_LOWER = "|".join(m.lower() for m in MONTH_NAMES)
_PAST_YEAR_RELATIVE = re.compile(
    # (or its month: "fought border clashes in October 2025 that killed dozens of soldiers")
    r"\bin\s+(?:(?:early|late|mid-?)\s*)?(?:("
    + _MONTHS_LOWER
    + r")\s+)?((?:19|20)\d\d)\s*,?\s+(?:that|which)\s+(?:left|killed|claimed|took|cost)\b"
    r"[^,;.]{0,60}$"
)
# ... or its verb right after it: "an Israeli raid on the village of Beit Jinn in November 2025
# had left 13 people dead"
# (an incident's noun before it and the pluperfect: not "a school built in 2019 killed", "a
# militia formed in 2021 killed"; the figure right after the verb: not "... had left 13 people
# dead and another one on Tuesday killed four")
_PAST_YEAR_THEN_VERB = re.compile(
    r"\b(?:raid|attack|strike|airstrike|air\s+strike|bombing|clashes|massacre|ambush|offensive"
    r"|shelling|assault)\s+[^,;.]{0,40}?\bin\s+(?:(?:early|late|mid-?)\s*)?(?:("
    + _MONTHS_LOWER
    + r")\s+)?((?:19|20)\d\d)\s+had\s+(?:left|killed|claimed)\s+[^,;.]{0,24}$"
)
# A war the sentence tells as over in a year: "a war ... that killed some 58,000 Americans ...
# before it ended in 1975" (lower-cased; the war named before the figure)
_WAR_ENDED_IN = re.compile(
    r"\b(?:war|conflict|insurgency)\b[^.;]{0,150}?(?P<end>\b(?:it|the\s+war|the\s+conflict)\s+"
    r"(?:ended|was\s+over|came\s+to\s+an\s+end))\s+in\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:[a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b"
)
# A campaign's running toll told in a relative clause right after it: "two years of war that
# has killed tens of thousands of people"
_RUNNING_TOLL_AFTER = re.compile(r",?\s+(?:that|which)\s+(?:has|have)\s+(?:[a-z]+\s+)?")
# "it has killed" (lower-cased, before the death word): a pronoun subject in the perfect
_IT_HAS_BEFORE = re.compile(r"(?<![\w'’-])it\s+has\s+(?:now\s+|already\s+)?$")
# ... or told as the subject of its toll: "formally ending a two-year border war that killed
# tens of thousands of soldiers" ("a war that has killed" is a running toll)
_LONG_WAR_SUBJECT = re.compile(
    r"\b" + _WAR_DURATION + r"\s+(?:[a-z]+\s+)?(?:conflict|war|insurgency)\s+(?:that|which)\s+"
    r"(?:(?:killed|claimed|left)\s+(?:[a-z]+\s+){0,3})?$"
)
# ... or as the war before the truce or peace the story is about: "The war between Israel and
# Hezbollah that preceded it killed more than 4,000 people"
_PRECEDING_WAR_SUBJECT = re.compile(
    r"\b(?:war|conflict)\s+(?:[\w'’-]+\s+){0,5}?(?:that|which)\s+preceded"
    r"\s+(?:it|them|the\s+[\w-]+)\s+$"
)
# Centuries gone: "between the 16th and 19th centuries, and that millions died", "whose
# 13th-century campaigns ... are estimated to have killed millions" (not the 21st)
_PAST_CENTURIES = re.compile(
    # (not a thing's age: "A 17th-century church collapsed ..., killing four worshippers")
    r"(?<!\ba )(?<!\ban )\b(?:1?\d|20)(?:st|nd|rd|th)(?:\s+(?:and|to)\s+(?:1?\d|20)(?:st|nd|rd|th))?"
    r"[\s-]+centur(?:y|ies)\b|\bcenturies\s+ago\b"
)
# A sentence that opens on a month of an earlier year: "In January 2023, a missile ...
# killing 46", "On Oct. 7, 2023, ...", "on the night of november 13, 1985," (lower-cased;
# groups: month, day, year). (A year alone may open a year's total: "In 2023, 5,600 people were
# killed in gang violence" is last year's running toll.)
_OPENS_ON_DAY = re.compile(
    r"\s*(?:in|on|by|during)\s+(?:the\s+(?:night|morning|evening|afternoon|eve)\s+of\s+)?"
    r"(?:(?:early|late|mid-?)\s*)?("
    + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
    + r")\.?\s+(?:(\d{1,2})(?:\s*[-–]\s*\d{1,2})?,?\s+)?((?:19|20)\d\d)\s*,"
)
# A sentence that opens on a year or a span of years alone: "Between 1943 and 1945, ...",
# "In 1994, ...", "From 2014 to 2016, ..." (the last year is the one kept).
_OPENS_ON_YEARS = re.compile(
    r"\s*(?:in|during|between|from|by)\s+(?:(?:19|20)\d\d\s*(?:and|to|-|–)\s*)?"
    r"((?:19|20)\d\d)\s*,"
)
# A sentence that opens on an earlier period without a day (lower-cased): "Last year", "Last
# winter" (a past season: a season's total, not today's news)
_OPENS_ON_PERIOD = re.compile(
    r"\s*(?:last\s+(?:year|month|winter|summer|spring|autumn|fall)|earlier\s+(?:this|in\s+the)\s+(?:month|year)"
    r"|the\s+previous\s+(?:year|month))\b(?!['’]s)"
)
# "from a dam in": a thing's place, whence what did harm came
_FROM_A_THING_IN = re.compile(
    r"\bfrom\s+an?\s+(?:[\w-]+\s+){0,2}?(?:dam|reservoir|barrage|hydropower\s+plant)\s+in\s+"
    r"(?:neighbou?ring\s+)?$"
)


def _before_including(lower: str, start: int, end: int) -> int:
    """Where an aside of examples (", including ...") begins in ``lower[start:end]``, else
    ``end``."""
    found = lower.find(", including", start, end)
    return end if found < 0 else found


# What a source does with a war, not the war's toll: "a medical group tracking the war"
_WATCHING_BEFORE = re.compile(
    r"\b(?:tracking|monitoring|covering|documenting|reporting\s+on)\s+"
    r"(?:the\s+|this\s+|that\s+)?$"
)
# A past period without bounds: "in recent years", "over the years"; with group 1, a decade
# ("over the past decade"), vague only with a vague figure
_VAGUE_PAST_PERIOD = re.compile(
    r"\b(?:in|over)\s+(?:recent\s+(?:years|decades)|the\s+years)\b"
    r"|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few\s+|two\s+|three\s+)?(decades?)\b"
    # "Thousands of people are believed to have drowned since the 1990s"
    r"|\bsince\s+the\s+((?:19|20)\d0s)\b"
)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|most)\b")
# An event the sentence before dated to a year, named again by "the" in a figure's clause:
# "voted in a 1999 referendum. About 1,400 people were killed ... before and after the vote"
# (the words of one family name one event: a vote, a referendum, a ballot)
_THE_EVENT_AGAIN = re.compile(
    r"\b(?:before|after|during|around|ahead\s+of|following)\s+(?:and\s+(?:after|during)\s+)?"
    r"(?:the|its)\s+(vote|referendum|ballot|election|elections|war|uprising|coup|revolution"
    r"|construction)\b"
    # "About 300 soldiers were killed on both sides in those clashes"
    r"|\bin\s+(?:those|these|that)\s+(clashes|attacks|attack|fighting|battles|raids|conflict|war)\b"
)
# A sentence about a fighting told before: "The fighting in and around Goma killed"
_THE_FIGHTING_OPENING = re.compile(
    r"\s*the\s+(?:fighting|offensive|assault|battle|siege|clashes|takeover|advance|war)\b"
    # (told in the past: "The war in Yemen has killed hundreds of thousands" is a running toll)
    r"(?![^.;]*\b(?:has|have)\s+(?:now\s+)?(?:killed|left|claimed)\b)"
)
# A day of the news itself, in a sentence that also names an older event (narrower than
# ``_RECENT_MARK``: no "hours", "latest" or month-and-day date, which the older one may carry)
_RECENT_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
    r"|this\s+(?:week|month|morning)|last\s+(?:week|night))\b"
)
_EVENT_FAMILIES = {
    "vote": "vote referendum ballot",
    "referendum": "vote referendum ballot",
    "ballot": "vote referendum ballot",
    "election": "election elections vote",
    "elections": "election elections vote",
    # "The railway was built between 1970 and 1975 ... died during its construction"
    "construction": "construction built constructed",
    # ("when Azerbaijani troops attacked its territory in September 2022")
    "clashes": "clashes clash attacked attack attacks fighting fought",
    "attacks": "attacks attack attacked",
    "attack": "attack attacks attacked",
    "fighting": "fighting fought clashes",
    "battles": "battles battle fought",
    "raids": "raids raid raided",
    # "since May 2025, when the two countries fought a four-day conflict"
    "conflict": "conflict war fought",
}
_WAR_WORD = re.compile(r"\bwars?\b")
# A month named with its year: "in january 2025" (lower-cased; groups: month, year)
_MONTH_OF_YEAR = re.compile(rf"\b({_MONTHS_LOWER})\s+((?:19|20)\d\d)\b")
# The latest year a span names: a year, the end of a range ("1980-88", "1992–1995", "from
# 1980 to 1988") or of a decade ("the 1990s").
_YEAR_OR_DECADE = re.compile(
    # (a year of the 1800s only after "in": "In 1893, a slide in Verdal killed 116 people")
    r"((?:19|20|(?<=\bin\s)18)(?<!\w\d\d)\d\d)(s\b|\b(?:\s*[-–/]\s*(\d\d(?:\d\d)?)\b"
    r"|\s+(?:to|and|until|till)\s+((?:19|20)\d\d)\b)?)"
)
# A war named by its year (lower-cased): "the 2024 war", "the 1992-1995 war" (the last year)
_WAR_OF_YEAR = re.compile(
    r"\bthe\s+(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\s+(?:\w+\s+)?(?:war|conflict"
    r"|offensive|invasion|uprising|insurgency|genocide)\b"
)
# A place's share of a toll told before its figure: "Blantyre ... accounted for the majority of
# the deaths, with 190 people killed there"
_SHARE_OF_TOLL = re.compile(
    r"\baccounted\s+for\s+(?:the\s+)?(?:majority|most|half|bulk|(?:a|one|two)\s+(?:third|quarter)s?"
    # "Gaya district accounted for the highest number of deaths at five"
    r"|(?:highest|largest|greatest|biggest)\s+(?:number|share))"
    r"\s+of\s+(?:the\s+|all\s+)?(?:deaths|dead|toll|victims|fatalities|casualties)\b"
)
# A part of a tally and its cause: "many of them in drone strikes", "most of whom by shelling"
_SOME_OF_THEM_BEFORE = re.compile(
    r",\s+(?:many|most|some|several|half|dozens|hundreds|thousands|a\s+third|a\s+quarter|a\s+few)"
    r"\s+of\s+(?:them|whom|those)\s+(?:were\s+)?(?:killed\s+)?(?:in|by|from|during)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
# A figure that is a running total up to now: "have died", "has killed", "has risen to".
_PERFECT = re.compile(r"\b(?:has|have|'ve)\b")
_RECENT_PERIOD = re.compile(r"\b(?:this|past|last)\s+(?:week|month|weekend)\b|\bthis\s+year\b")
# A count right after "when"/"in which" that follows an earlier date: a past incident.
_PAST_WAR_IN_WHICH = re.compile(
    r"\b(?:genocide|civil\s+war|war|conflict|massacres?|famine|uprising|insurgency)\s*,?\s+"
    r"(?:in|during)\s+which\s+(?:[\w,.'-]+\s+){0,4}$"
)
_EARLIER_WHEN = re.compile(
    r"(?:\b(?:19|20)\d\d(?:\s+[\w-]+){0,3}|\bsince\s+\w+(?:\s+\w+)?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\blast\s+(?:year|month)|\byears\s+ago)"  # "in September last year"
    r"\s*,?\s+(?:when|in\s+which|where)\s+(?:[\w-]+\s+){0,3}$"
    # "since 1939, when a quake of the same magnitude killed 33,000 people": a longer subject
    r"|\b(?:19|20)\d\d\s*,\s+when\s+(?:[\w-]+\s+){0,8}$"
)
# "Tensions have been high since May, when clashes between peacekeepers and protesters in the
# northern town of Zvecan left more than 90 injured": the incident that began a span, told
# after "since ..., when" however long its subject (searched over 160 characters).
_SINCE_WHEN = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|(?:19|20)\d\d)\b[^,;]{0,20},\s+when\s"
    r"(?:[^.;:]|\.(?!\s)){0,140}$"
)
# "The war began when Hamas-led fighters attacked southern Israel, killing about 1,200 people":
# the incident that started a long conflict is background (unless the sentence names a
# recent day, "the war began on Saturday when ...", or a running total: "and has since killed").
_CONFLICT_BEGAN_WHEN = re.compile(
    r"\b(?:war|conflict|insurgency|uprising|revolution|intifada)\s+(?:began|started|erupted"
    r"|broke\s+out|was\s+(?:triggered|sparked)|were\s+(?:triggered|sparked))"
    r"\s+(?:[\w-]+\s+){0,3}?when\s[^.;:]{0,120}$"
)
# What tells of the last days in a paragraph that opened long ago: a weekday, "overnight",
# "hours", "latest", a month's day without its year ("on March 12").
# Who spoke then, of an incident told earlier: old news only where no day of the last days is
# told with it ("Three people were killed on Wednesday ... Eight passengers were wounded, the
# governor said at the time" is the news).
_SAID_AT_THE_TIME = frozenset(("said at the time", "reported at the time", "at the time said"))
_RECENT_MARK = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
    r"|overnight|last\s+night|hours|latest|this\s+(?:morning|week|month|year))\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b(?!,?\s+(?:19|20)\d\d)"
)
# The superlatives that compare an incident with an older one (each pattern below adds its own).
_SUPERLATIVES = r"deadliest|bloodiest|worst|heaviest|biggest|largest|strongest|most\s+(?:destructive|powerful|devastating|deadly|intense|severe)"
# A superlative that compares what it follows with an older incident ("were the worst
# fighting between the neighbours since independence"); "worst-hit" names a place.
_COMPARING = re.compile(r"\b(?:" + _SUPERLATIVES + r"|fiercest)\b(?!-)")
# A toll told to compare the new incident with an older one: "the deadliest attack on the city
# since a strike in April that killed 46", "worse than an ambush last year which left 30 dead",
# "the deadliest since the end of the civil war in 2009, a 26-year conflict in which ...".
_COMPARED_INCIDENT = re.compile(
    r"\b(?:" + _SUPERLATIVES + r"|deadlier|bloodier|worse"
    r"|most\s+\w+)\b[^;]{0,80}?\b(?:since|than)\s+[^,;]{0,80}?(?:,[^,;]{0,40}?)?"
    r"\b(?:that|which|when|in\s+which)"
    r"\s+(?:[\w-]+\s+){0,3}$"
)
# The earlier incident as the subject of the figure's verb, after a predicate superlative:
# "The disaster is Georgia's deadliest since a mudslide in the Dariali gorge on the road to the
# Russian border killed eight people in May 2014" (not "The worst flooding since 2010 killed 12")
_COMPARED_INCIDENT_SUBJECT = re.compile(
    r"\b(?:is|was|are|were)\s+(?:[\w'’-]+\s+){0,3}?(?:" + _SUPERLATIVES + r")\s+"
    r"(?:[\w-]+\s+){0,3}?since\s+(?:a|an|the)\s+[^,;]{0,100}?\s$"
)
# ... and its toll told by a participle: "the worst ... since a Korean Air jet crashed in Guam
# in 1997, killing 228 people" (unless the sentence names a recent day: then it is the news's).
_COMPARED_INCIDENT_PARTICIPLE = re.compile(
    r"\b(?:" + _SUPERLATIVES + r")\b[^;]{0,80}?\bsince\s+"
    r"(?:(?:a|an|the)\s+[^,;]{0,80}?|[^,;\d]{12,80}?)\b(?:19|20)\d\d\s*,\s+$"
)  # (or a named one: "since Cyclone Pam devastated Vanuatu in March 2015, killing 11")
# A month of the past named without its day ("in April", "in early March this year", "in
# March 2024", "last month"): the incident of a figure it dates is older than the report's.
_BARE_MONTH = re.compile(
    r"\b(?i:in|during)\s+(?:early\s+|late\s+|mid-?)?"
    rf"({'|'.join(MONTH_NAMES)})\b(?!\s*\d{{1,2}}\b)"
    r"(?:\s+(?:of\s+)?(?:this\s+year|last\s+year|((?:19|20)\d\d)\b))?"
)
# A span of months is a period: "between January and August this year", "from March to June"
_MONTH_SPAN = re.compile(
    rf"\b(?:between|from)\s+(?:early\s+|mid-?|late\s+)?(?:{_MONTHS_LOWER})\b(?:\s+\d{{1,2}})?"
    rf"\s+(?:and|to|through|until)\s+(?:early\s+|mid-?|late\s+|the\s+end\s+of\s+)?"
    rf"(?:{_MONTHS_LOWER})\b(?:\s+\d{{1,2}}\b)?(?:\s+(?:this\s+year|last\s+year|(?:19|20)\d\d\b))?"
)
# "the April attack", "the March 2023 floods": a month naming the incident it stands before
# (or introducing it: "the scene of a March 2025 siege", "an October 2024 raid")
_ATTRIBUTIVE_MONTH = re.compile(
    rf"\b(?i:the|an?)\s+({'|'.join(MONTH_NAMES)})(?:\s+((?:19|20)\d\d))?\s+(?=[a-z])"
)
_LAST_MONTH = re.compile(r"\blast\s+month\b")
# A sentence opening on an incident named by a proper name, the subject of its toll (original
# case; groups: the name, the incident's noun): "The Harbour Street bombing killed 40 people"
_NAMED_INCIDENT_SUBJECT = re.compile(
    r"\s*The\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+"
    r"(bombing|attack|massacre|explosion|blast|fire|shooting|stampede|earthquake|disaster)"
    r"\s+(?:killed|left|claimed)\b"
)
_INCIDENT_NOUNS = (
    r"floods?|flooding|cyclones?|typhoons?|hurricanes?|storms?|earthquakes?|quakes?|tsunami"
    r"|bombings?|attacks?|raids?|massacres?|fires?|wildfires?|blaze|crash(?:es)?|explosions?"
    r"|blasts?|landslides?|mudslides?|avalanches?|eruption|stampede|heat\s*waves?|shootings?"
    r"|clash(?:es)?|fighting|gunbattle|plunge|accident|disaster|derailment|collapse|strikes?"
)
# Verbs of a killing that open a sentence's main clause after a relative clause's toll
_MAIN_KILLING = (
    r"\b(?:killed|kills|left|claimed|shot|stabbed|hacked|gunned|murdered|executed|struck"
    r"|attacked)\b"
)
# Where a toll's relative clause ends: another verb after "and" ("killed 170 people and said
# 25 people had died on Wednesday"; "and wounded 30" is its own), an auxiliary, the main
# clause's killing; and its comma
_CLAUSE_STOP_WORDS = (
    r"\band\s+(?!(?:injured|wounded|hurt|displaced)\b)"
    r"|\b(?:said|was|were|is|are|had|has|have|been)\b|" + _MAIN_KILLING
)
_CLAUSE_STOP = re.compile(r"[,;.]|" + _CLAUSE_STOP_WORDS)
# An incident its own year (and month) names, with its toll in a relative clause in the simple
# past right after it (lower-cased): "rebuild offices damaged in the March 2019 cyclone, which
# killed 40" (whatever recent day the sentence tells of something else; not "a war of 2011 that
# has killed", a running toll)
_YEAR_NAMED_INCIDENT_RELATIVE = re.compile(
    rf"\b(?:the|an?)\s+(?:({_MONTHS_LOWER})\s+)?((?:19|20)\d\d)\s+(?:[a-z-]+\s+){{0,3}}?"
    # (an incident's noun: not "the 2021 junta", "the 2023 election", "a 2015 Isuzu truck", nor
    # "the April 2023 war", no one incident)
    rf"(?:{_INCIDENT_NOUNS})(?:\s+(?:in|at|on|near|of)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?"
    r"\s*,?\s+(?:that|which)\s+"  # ("a 2008 mosque bombing in Shiraz that killed 14")
    r"(?:left|killed|claimed|cost|took(?!\s+place\b))\b"
    # (the clause's own toll only: not across "and" to another verb's ("killed 170 people and
    # left 25 dead", "... and said 25 people had died"), nor on to the main clause's verb ("who
    # led the 2019 raid that killed six soldiers was shot dead", "the April 2023 cyclone which
    # killed thousands killed 40 more"); "and wounded 30" is its own)
    r"(?:(?!" + _CLAUSE_STOP_WORDS + r")[^,;.]){0,60}$"
)

# An old event recalled: "marked five years since", "the anniversary of", "two years ago"
_ANNIVERSARY = re.compile(r"\b(?:anniversary|since|years?\s+ago|years?\s+after)\b")
# A figure a report gave in an earlier month or year: "said in February 2025 that more than 300
# militants had been killed", "a Senate report in 2012 estimated that 7,000 people had died"
_PAST_REPORT = re.compile(
    r"\b(?:(?:said|reported|announced|estimated|stated|claimed|concluded)\s+in"
    r"|(?:report|study|survey|estimate|census|inquiry)\s+(?:(?:published|released|issued)\s+)?in)"
    rf"\s+(?:({_MONTHS_LOWER})\s+)?((?:19|20)\d\d)\b(?!\s*[-–/])"
    r"(?:\s+(?:estimated|found|said|concluded|showed|put|counted)\b)?"
)
# Victims told as more, or apart: not a share of a toll told before.
# A sentence that tells an incident apart from the toll: "In neighbouring North Luwu district",
# "another four members", "Separately"
_APART = r"another|separate|separately|neighbou?ring|elsewhere"
_APART_WORDS = re.compile(rf"\b(?:{_APART})\b", re.IGNORECASE)
_MORE_DEAD_WORDS = re.compile(
    rf"\b(?:{_APART}|also|as\s+well|too|across\s+the\s+border|in\s+addition)\b",
    re.IGNORECASE,
)
# "the four attackers", "the five passengers of a minibus": others than the toll's dead
_NOT_A_SHARE_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:attackers|gunmen|militants|assailants|bombers|insurgents|rebels"
    r"|(?:passengers|occupants|crew|members)\s+of\s+an?\b)",
    re.IGNORECASE,
)
_RELATIVE_BEFORE_REPORT = re.compile(r"\b(?:which|who|that)\s+$")
_NEWER_BETWEEN = re.compile(
    r";|\b(?:said|says|reported|reports|announced|on\s+(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)|yesterday|today|this\s+week|last\s+week)\b"
)
# "Five of the six crew members were killed": the first number counts the victims.
# "three of the attackers" after an active verb: the people the figure is a part of
_OF_THE_GROUP_AFTER = re.compile(r"\s+of\s+(?:the|its|their|his|her)\s+")
_PARTITIVE = re.compile(r"\s+of\s+(?:(?:the|its|their|all)\s+)?")
# "in the battle", "during the four-month war": a cause told as one named before
_DEFINITE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$")
_MONTH_WHEN_BEFORE = re.compile(_BARE_MONTH.pattern + r"\s*,?\s+when$")
# "in March this year": "this year" dates the month, it is not the period of a running toll.
_MONTH_BEFORE = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\s+(?:of\s+)?$"
)
# The span of a running toll counted back from now: "over the past six months", "in the last
# 18 months", "during the past few weeks" (a number of weeks, months or years).
_PAST_SPAN = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
    r"\s+(?:weeks|months|years|decades)\b"
)
# What a boat or a convoy reaches, not a toll: "reached the port", "reached a hospital"
_PLACE_REACHED_AFTER = re.compile(
    r"\s+(?:the|a|an|its|their)\s+(?!(?:[\w-]+\s+)?(?:toll|total|number|figure|tally|level|mark)\b)"
    # (not a figure: "reached an estimated 1,200", "a staggering 300", "a record 45")
    r"(?!(?:[\w-]+\s+){0,2}(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b"
    r"|nine\b|ten\b|hundreds\b|thousands\b|dozens\b))"
)
# The first span of a period: "in the first 10 months of this year", "in the first half of"
_SPAN_OF_PERIOD_BEFORE = re.compile(
    r"\bthe\s+first\s+(?:(?:\d+|[a-z]+)\s+(?:months|weeks|days)|half|quarter)\s+of\s+$"
)
_PAST_SPAN_WORDS = ("the past ", "the last ", "the previous ")  # one of them is needed
_RECENT_WEEK = re.compile(r"\b(?:this|past|last)\s+(?:week|weekend)\b|\bthis\s+month\b")
_INTERVAL_AFTER = re.compile(r"\b(?:years?|months?|decades?|weeks?)\s+after\s*$")
_REPORT_VERB = re.compile(
    _word_start_alternation("said says told reported added stated announced confirmed".split())
    + r"\b"
)
# "casualties in the conflict": a war named in a phrase, not as the subject that killed.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|during|of|on|over|from|to|about|amid|into|throughout|after|before|since|for)\s+"
    r"(?:the\s+|this\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}$"
)
_RELATIVE_AFTER = re.compile(r",\s+(?:(?:one|some|many|most|all)\s+(?:of\s+)?)?(?:which|that)")
_IN_CAMPAIGN_BEFORE = re.compile(
    r"\b(?:in|during|of|since|throughout)\s+(?:the|this|its)\s+(?:[\w-]+\s+){0,2}$"
)
# A figure for part of a toll: "in the province of Sindh alone, 22", "this month alone".
_ALONE = re.compile(
    r"(?<!\bleft )(?<!\bleave )(?<!\bnot )(?<!\blived )(?<!\blives )(?<!\bliving )"
    r"(?<!\bwas )(?<!\bwere )(?<!\bdied )(?<!\bhome )\balone\b"
)
# "..., with 37 taken to hospitals": a figure that adds a detail to the one before it.
_WITH_BEFORE = re.compile(r"(?:,|\band)\s+with\s+$")
# A coordinator between "alone" and a later figure: "in the province alone and dozens were
# injured", "in Kano alone, but 12 in Abuja" (not "in Sindh alone, 22 bodies").
_AND_BETWEEN = re.compile(r"\b(?:and|but|while|whereas)\b")
# "the other seven": the rest of the people a toll counts (not "the remaining 17 injured", the
# wounded still alive: the current count)
_THE_OTHER_BEFORE = re.compile(r"\bthe\s+other\s+$")
# "Of those, 20 were killed": part of a figure given before.
_OF_THEM_BEFORE = re.compile(r"\bof\s+(?:them|those|these|whom)\s*,?\s*$")
# A figure the article says was replaced: "had initially put the toll at 12", "an earlier
# tally of 9", "first reported 15 dead".
_SUPERSEDED = re.compile(
    r"\b(?:earlier|initially|previously|originally|at\s+first|first)\s+(?:\w+\s+){0,2}"
    r"(?:put|puts|putting|said|reported|gave|given|estimated|announced|stated|set|placed|counted"
    r"|cited|issued|listed)\b"
    r"|\b(?:an?|the|its|their|his|her)\s+(?:\w+['’]s\s+)?(?:earlier|initial|previous|original"
    r"|first|preliminary)\s+(?:(?:official|death|provisional)\s+){0,2}"
    r"(?:toll|figure|count|estimate|tally|report)s?\b"
    # "The toll had stood at 16 late on Friday before two more people died", "Mr Kassah had
    # put the toll at 16 on Sunday, before ... more bodies"
    r"|\b(?:toll|tally|count)\s+had\s+(?:stood|been|reached)\s+at\b"
    # ("The authority had put the provincial toll at 307 on Saturday")
    # ("officials had put the country's toll at six")
    r"|\bhad\s+(?:put|given|set|placed)\s+(?:the|its|their|his|her)\s+(?:[\w'’]+\s+)?(?:death\s+)?"
    r"(?:toll|tally|count|figure|number\s+of\s+dead)\s+at\b"
    # ("Police had given a toll of nine late on Friday")
    r"|\bhad\s+(?:given|reported|issued)\s+an?\s+(?:death\s+)?(?:toll|tally|figure)\s+of\b"
)
# A figure told earlier, then taken back in the same sentence: "He had told reporters on
# Sunday evening that 12 people had died, but said more bodies were found overnight".
_HAD_TOLD_BEFORE = re.compile(r"\bhad\s+(?:told|said|informed)\b[^.;:]{0,60}?\bthat\s+$")
_BUT_MORE_AFTER = re.compile(
    r",?\s+but\b[^.;]{0,50}?\b(?:(?:more|additional)\s+(?:bodies|dead|deaths|people|victims)"
    r"|(?:the\s+)?(?:toll|tally|figure)\s+(?:had\s+|has\s+)?(?:rose|risen|was\s+raised|was\s+revised)"
    r"|(?:rose|risen|raised|revised|updated)\s+(?:it|the\s+(?:toll|tally|figure)))\b"
)
# "The Health Ministry said earlier on Monday that five people had died"
_SAID_EARLIER_BEFORE = re.compile(
    r"\b(?:said|reported|announced|stated)\s+earlier\b(?:\s+(?:on\s+|in\s+|this\s+|that\s+)?"
    r"[a-z]+(?:\s+(?:morning|afternoon|evening|night|day))?)?\s+(?:that\s+)?$"
)
# "Seven people had died", "four had been killed": a figure of before the time told
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?$")
# A figure told as it stood by an earlier time: "By Tuesday evening we had 18 confirmed dead",
# "Fourteen deaths had been reported till Tuesday night"
_BY_AN_EARLIER_TIME = re.compile(
    r"\b(?:by|till|until|as\s+of)\s+(?:late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|yesterday|last\s+night)(?:\s+(?:morning|afternoon|evening|night))?"
    r"\b(?!\s*,?\s+(?:when|after)\b)"
)
# The earlier record a toll is compared with: "the previous record of six deaths"
_PREVIOUS_RECORD_BEFORE = re.compile(
    r"\b(?:previous|former|old|earlier|past)\s+(?:annual\s+)?(?:record|high|peak)\s+(?:of\s+)?$"
)
# The dead of the first moments: "Eight people died at the scene or on the way to hospital"
_AT_THE_SCENE = re.compile(r"\w*\s+(?:at\s+the\s+scene|on\s+the\s+spot|instantly)\b")
_TOLL_ROSE_TO = re.compile(
    r"\b(?:toll|tally)\b[^.;]{0,90}?\b(?:rose|risen|rises|climbed|jumped|increased)\s+to\b"
)
_REPORTING = re.compile(r"\b(?:said|says|told|according\s+to|reported)\b")
_ANOTHER_INCIDENT_AFTER = re.compile(r"\b(?:in|during|by)\s+(?:a|an|another)\s+")
_RAISED_TOLL = re.compile(
    r"\braising\s+(?:an\s+earlier|the|its|a\s+previous)\s+(?:death\s+)?(?:toll|tally)\b"
    r"|\b(?:raised|revised)\s+(?:an\s+earlier|its|the)\s+(?:death\s+)?(?:toll|tally)\b"
)
_MORE_FOUND_OPENING = re.compile(
    r"\s*(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:more|further|other)\s+"
    r"(?:bodies|people|victims|dead)\s+(?:were|had\s+been|have\s+been)\s+(?:found|recovered"
    r"|pulled|washed|discovered)\b"
)
# "The national disaster agency had reported 207 dead on Sunday": a figure given before the
# article's (not in reported speech: "telling reporters that his office had recorded 310
# deaths" is that office's count now)
_HAD_REPORTED = re.compile(
    r"\bhad\s+(?:reported|recorded)\s+(?=\S*\d|(?:\w+\s+){0,2}(?:dead|deaths|people)\b)"
)
_THAT_BEFORE = re.compile(r"\b(?:that|said|says|saying|told|telling)\b")
# "Hours earlier, the department had put the toll at 144": a sentence that opens on a time
# before the report and gives a toll in the past perfect.
_EARLIER_OPENING = re.compile(
    r"(?:(?:hours|minutes|a\s+day|days|a\s+week)\s+earlier"
    # "By Tuesday night authorities had reported 64 dead", "On Monday the government had given
    # a toll of 1,411 dead": the toll as it stood then
    rf"|(?:by|on)\s+(?:{'|'.join(WEEKDAY_NUMBERS)}|yesterday|last)"
    r"(?:\s+(?:night|evening|morning|afternoon))?)"
    r"(?:\s*,)?\s+(?=\S)[^;]{0,80}?\bhad\s+"
    r"(?:put|given|reported|estimated|set|placed|counted)\b"
)
# "The toll stood at 60 on Saturday": the toll as it stood on an earlier day
_STOOD_ON_A_DAY = re.compile(
    r"\b(?:toll|tally|count|figure)\s+(?:had\s+)?stood\s+at\s+[^;,]{0,24}?\b"
    rf"(?:late\s+|early\s+)?on\s+(?:{'|'.join(WEEKDAY_NUMBERS)})\b"
)
# A figure the article says was taken back: "a tally of 15 dead was retracted", "the ministry
# withdrew its figure of 11".
_WITHDRAWN = re.compile(
    r"\b(?:toll|figure|count|estimate|tally|number|report|claim)s?\b[^;]{0,120}?\b(?:was|were"
    r"|had\s+been|has\s+been|have\s+been|is|are)\s+(?:later\s+|since\s+|then\s+)?"
    r"(?:withdrawn|retracted|rescinded|disavowed|scrapped|discarded)\b"
    r"|\b(?:withdrew|withdrawn|retracted|rescinded|disavowed)\s+(?:its|their|his|her|the|an?)\s+"
    r"(?:\w+\s+){0,2}(?:toll|figure|count|estimate|tally|number|report|claim)s?\b"
)
# Words for a number of no precision ("dozens", "hundreds"): a figure beside a precise one.
_VAGUE = re.compile(
    r"(?:.*\s)?(?:dozens|scores|hundreds|thousands|millions|several|a\s+handful)(?:\s+of)?",
    re.IGNORECASE,
)
_MORE_AFTER = re.compile(r"\s+(?:more|additional)\b(?!\s+than)")

# -- clauses ----------------------------------------------------------------------------------

# Clause breaks, read from the lower-cased sentence. Strong ones separate events ("; monitors
# put the toll at 31", ", as the envoy met Putin", a dateline); weak ones separate the clauses
# of one event (", which killed", ", raising the toll", " after a bomb exploded").
_PUNCTUATION = re.compile(r"[;:,\u2013\u2014-]")
_STRONG_WORDS = frozenset("while whereas but although though despite as".split())
_WEAK_WORDS = frozenset("after before because following when until".split())
# " (?<!, )" is "(?<!,) ": the literal space first lets the engine skip to the spaces.
_BREAK_WORD = re.compile(rf" (?<!, )(?:{'|'.join(sorted(_STRONG_WORDS | _WEAK_WORDS))}) ")
_RELATIVE_WORDS = frozenset("which who whom when where".split())
# One more of the people just counted: "another", "a third"
_ONE_MORE_WORDS = r"(?:another|a\s+third|a\s+fourth)"
# "while they were clearing a field near Brcko": what the victims were doing when it happened,
# and "while a third was injured": one more victim, both of the same event (not "while another
# 20 were wounded in Homs")
_WHILE_DOING = re.compile(
    r"\s+(?:(?:they|he|she|the\s+\w+)\s+(?:was|were)\s+\w+ing\b"
    rf"|{_ONE_MORE_WORDS}\s+(?:was|were)\s)"
)


def _while_doing(lower: str, word: str, end: int) -> bool:
    """Whether the break word ``word`` ending at ``end`` opens a "while ... doing" clause."""
    return word == "while" and _WHILE_DOING.match(lower, end) is not None


_QUANTIFIERS = frozenset("one some many most all".split())
_CONSEQUENCE_WORDS = frozenset("raising bringing pushing taking saying adding according".split())
_NOT_AS_BREAK_BEFORE = frozenset("such well known same twice much many so".split())
_NOT_AS_BREAK_AFTER = frozenset(
    "many much well long a part of far soon if though high low the result".split()
)


# The dead and the missing counted together ("More than 1,300 migrants died or went missing",
# "left more than 60 people dead or missing"): no count of the dead
_OR_MISSING_AFTER = re.compile(
    r"\s+or\s+(?:went\s+|gone\s+|are\s+|were\s+|remain(?:ed)?\s+|presumed\s+)?"
    r"(?:missing|unaccounted\s+for|disappeared)\b"
)
# Literal words, one of which every match of a pattern holds (the patterns are case-sensitive
# and run on the lowered text): where none is in the span, the pattern need not run. A few
# substring searches cost less than the search they mostly spare.
_WITHDRAWN_WORDS = ("withdr", "retract", "rescind", "disavow", "scrapped", "discarded")
_SUPERSEDED_WORDS = (
    "earlier",
    "initial",
    "previous",
    "original",
    "first",
    "preliminary",
    "toll had",
    "tally had",
    "count had",
    "had put",
    "had given",
    "had set",
    "had placed",
)
_RECENT_PERIOD_WORDS = ("week", "month", "year")


def _has_word(lower: str, word: str, start: int, end: int) -> bool:
    """Whether ``word`` occurs as a whole word in ``lower[start:end]``."""
    at = lower.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not lower[at - 1].isalnum()) and (
            after >= len(lower) or not lower[after].isalnum()
        ):
            return True
        at = lower.find(word, at + 1, end)
    return False


# -- places, periods, sources -----------------------------------------------------------------

_DIRECTION = (
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)"
)
_PLACE_NOUN = (
    r"(?:city|town|village|province|region|district|neighbou?rhood|capital|port|camp|area"
    r"|outskirts|suburbs?|state|enclave|territory|governorate|market|strip|county|oblast)"
)
# A place is where something happened when a locative word leads to it: "in Aleppo", "near
# a market in the southwestern Pakistani city of Quetta", "on the outskirts of Goma", "of
# Ukraine's second-largest city, Kharkiv". The head is found on the lower-cased text; the
# rest runs on the original (a possessive country is capitalised: "in Syria's Idlib").
_LOCATIVE_HEAD = re.compile(
    r"\b(in|near|at|outside|inside|around|across|on|of|from|along|into|toward|towards|hit"
    r"|struck|targeting|targeted|shelled|bombed|pounded|attacked)\s+"
)
# "from" leads to a place only after a distance: "about 20 kilometres from Kharkiv".
_DISTANCE_BEFORE = re.compile(
    r"\b(?:km|kilometres|kilometers|miles|mi|metres|meters|m)\s+(?:\w+\s+)?$"
)
# "of" leads to a place only after a place or attack noun ("the city of Quetta", "shelling of
# Kharkiv"), not in "at the request of Qatar".
_OF_PLACE_BEFORE = re.compile(
    _PLACE_NOUN[:-1] + r"|shelling|bombardment|bombing|siege|strikes?|attacks?|assault"
    r"|invasion|occupation)\s+$"
)
# "from" a town named by its kind after a journey's word ("a bus carrying pilgrims from the
# Indian city of", "a ship that sailed from the port of", "rockets fired from the city of"):
# where a journey set out (before the "of" of ``_LOCATIVE_HEAD``); not "fled from the city of",
# "bodies from the town of", "40 people from the town of"
_FROM_PLACE_OF_BEFORE = re.compile(
    r"\b(?:(?:carrying|transporting|ferrying)\s+(?:[\w'’-]+\s+){1,6}?"
    r"|(?:travel(?:l)?(?:ing|ed)|bound|depart(?:ed|ing)|left|leaving|set(?:ting)?\s+off"
    r"|sail(?:ed|ing)|flew|flying|dr(?:o|i)ve|driving|head(?:ed|ing)|return(?:ed|ing)"
    r"|fired|launched|bus|buses|coach|train|flights?|plane|ferry|pilgrims|passengers"
    r"|travell?ers|commuters)\s+)"
    r"from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:city|town|village|port|capital)\s+$"
)
# A distance before "from" ("about 30 miles (48 km) from", "not far from"): near a town
_DISTANCE_FROM_BEFORE = re.compile(
    r"(?:\b(?:km|kilometres|kilometers|miles|mi|metres|meters|m)\s+(?:\([^()]{1,20}\)\s+)?"
    r"(?:\w+\s+)?|\b(?:not\s+far|away|short\s+distance)\s+"
    # (a time's journey: "an hour's drive from", "a short drive from", "20 minutes' flight from")
    r"|(?:['’]s?|\bshort|\blong|\bhours?|\bminutes?|\bdays?)\s+"
    r"(?:drive|flight|walk|ride|sail|journey|trip)\s+)$"
)
# A departure just before the accident ("capsized minutes after it departed from the port of",
# "derailed just after leaving from the city of"): the town is the accident's place
_SOON_AFTER_BEFORE = re.compile(
    r"\b(?:shortly|minutes|moments|seconds|just|soon|hours?|an\s+hour)\s+after\s+"
    r"(?:(?:it|they|the\s+[\w-]+)\s+)?$"
)
# Where the source of a report sits is not where the incident was: "..., said X, a
# spokesman for the U.N. human rights office in Geneva", "according to a monitor in London".
_ATTRIBUTION_BEFORE = re.compile(
    r"[,;]\s+(?:said|says|told|according\s+to)\b(?:[^.;:]|\.(?!\s)|(?<=\b[a-z])\.){0,90}$"
)
# Nor where the source spoke: "Speaking to reporters in Thiruvananthapuram, Mr. Vijayan said".
_SPEAKING_BEFORE = re.compile(
    r"\b(?:speaking|talking|briefing\s+reporters|addressing\s+(?:reporters|journalists|lawmakers)"
    r"|(?:told|tells|telling)\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference))"
    r"(?:\s+(?:to|with)\s+(?:reporters|journalists|the\s+press|the\s+media))?"
    r"(?:\s+(?:at|after)\s+[^,.;]{1,40}?)?\s+(?:in|at)\s+$"
)
# Nor the seat of the source that speaks: "the health ministry in Damascus said 812 people had
# been killed" (in government-held areas), "officials in Kabul said".
_SOURCE_SEAT_BEFORE = re.compile(
    r"\b(?:ministry|ministries|authority|authorities|officials?|government|agency|office"
    r"|embassy|spokes(?:man|woman|person)|police|sources?|council|department|headquarters)"
    r"\s+(?:in|at)\s+$"
)
_SOURCE_SEAT_AFTER = re.compile(r"\s*(?:said|says|told|reported|announced|stated|confirmed)\b")
_ATTACKER_NOUN_AFTER = re.compile(
    r"\s+(?:air\s+|drone\s+|missile\s+|military\s+)?(?:strikes?|raids?|attacks?|forces|troops"
    r"|military|army|warplanes|jets|drones|missiles|bombing|bombardment|shelling|soldiers"
    r"|central\s+command|navy|air\s+force|defen[cs]e\s+(?:ministry|department|forces))\b"
)
# Where the wounded are treated is not where they were wounded.
_CARE_BEFORE = re.compile(
    r"\b(?:hospitals?|clinics?|treated|taken|admitted|evacuated|airlifted|flown|transferred)"
    r"\s+(?:\w+\s+){0,2}(?:in|to|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
# A care place named by two words that the wounded were taken or treated at: "taken to the
# health centre in", "treated at a medical center in"; not "Gunmen stormed a health centre in
# Djibo", "died at a health centre in Bunia", the incident's own place; nor where a clause's
# attack or killing hit them there (``_ATTACK_IN_CLAUSE``)
_CARE_PLACE_BEFORE = re.compile(
    r"\b(?:treated|taken|admitted|evacuated|airlifted|flown|transferred|rushed|brought)"
    r"\s+(?:to|at|in)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:health|medical|trauma)\s+"
    r"(?:centres?|centers?|posts?|facility|facilities)\s+(?:in|at)\s+(?:the\s+)?$"
)
# "Militants stormed a building where wounded soldiers were being treated at a health centre
# in Djibo ..., killing five", "Militiamen killed 12 patients brought to", "A drone struck people
# being treated at", "Shelling hit a ward where civilians admitted to" (lower-cased)
_ATTACK_IN_CLAUSE = re.compile(
    r"\b(?:stormed|struck|attacked|shelled|bombed|raided|hit|killed|killing|kills|massacred"
    r"|opened\s+fire|died\s+there|shot\s+dead)\b"
)
_LOCATIVE_TAIL = re.compile(
    # "the", or an article or small number before a place named as the attribute of a common
    # noun ("at a Kabul mosque", "in two Rio de Janeiro favela complexes"; not "in a Washington
    # Post report": see ``patterns.COMMON_NOUN_AFTER``)
    r"(?i:the\s+|(?P<article>an?|two|three|four|five|several|both)\s+)?(?i:neighbou?ring\s+|nearby\s+)?(?:[A-Z][\w’'.-]*['’]s\s+)?(?i:"
    + _DIRECTION
    + r")?"
    r"(?:(?:[\w’'-]+\s+){0,3}?(?i:" + _PLACE_NOUN + r")\s*(?:of\s+|,\s+)(?i:the\s+)?"
    r"(?i:" + _DIRECTION + r")?)?"
)
_APPOSITION_BEFORE = re.compile(r"(?:city|town|village|capital),\s+$")
# The text ties a place to its country: "Koro, Mali", "the town of Koro in central Mali",
# "near Koro, in Mali's Mopti region" (the gap from the place to the country), "the Malian
# town of Koro" (from a nationality adjective to the place).
_COUNTRY_AFTER_PLACE = re.compile(
    r",?\s+(?:(?:in|of)\s+(?:the\s+)?(?:far\s+)?(?i:" + _DIRECTION + r")?)?"
)
_PLACE_AFTER_ADJECTIVE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:city|town|village|district|province|region|port|island)\s+of\s+"
)
_REGION_AFTER = re.compile(
    r"\s+(province|region|governorate|state|district|oblast|county|parish)\b"
)
# A landform named after a town ("the Rasht valley", "the Swat valley", "the Anzob pass"): not
# the town itself
_LANDFORM_AFTER = re.compile(r"\s+(?:valley|pass|gorge|mountains|plateau|basin)\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s\s")
_AGENT_BEFORE = re.compile(r"\b(?:by|against|from|with)\s+(?:the\s+)?$")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
# A country across a border is no place of the incident: "near the border with Niger"
_BORDER_WITH_BEFORE = re.compile(r"\bborders?\s+with\s+(?:the\s+)?$")
_LEFT_OUT_BEFORE = re.compile(
    r"\b(?:not\s+counting|not\s+including|excluding)\s+(?:the\s+|[\w'’]+['’]s?\s+){0,3}$"
)
_TOWARD_HEADS = frozenset(("into", "toward", "towards"))
_FLIGHT_BEFORE = re.compile(r"\b(?:fled|flee|flees|fleeing|escaped|escaping|crossed|crossing)\b")
# A journey's end is not where it ended: "died trying to cross the Channel to Britain".
_DESTINATION_BEFORE = re.compile(
    r"\b(?:cross(?:ed|ing)?|reach(?:ed|ing)?|bound|head(?:ed|ing)?|sail(?:ed|ing)?"
    r"|travel(?:l?ed|l?ing)?|migrat(?:e|ed|ing)|trying|tried|fled|flee(?:s|ing)?|escap(?:ed|ing))\b"
    r"[^.;]{0,60}?\b(?:in)?to\s+(?:the\s+)?$"
    r"|\b(?:trying|tried|attempting|attempted|hoping)\s+to\s+reach\s+(?:the\s+)?$"
)
# ... nor is where a boat or convoy was heading: "a boat carrying migrants from X towards the
# French territory of Mayotte capsized", "the plane was flying to the port town of Trujillo
# when it ... plunged into the water", "a bus on its way to Kisumu"
_TOWARD_PLACE_BEFORE = re.compile(
    r"\b(?:towards?|bound\s+for|heading\s+for|en\s+route\s+to"
    r"|(?:flying|sailing|travel(?:l)?ing|headed|heading|on\s+(?:its|their|his|her)\s+way)\s+to)"
    r"\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:(?:territory|island|islands|city|town|port|coast)\s+of\s+)?$"
)
# ... unless the sentence then says what happened there: "Aid convoys were on their way to the
# eastern city of Derna on Monday, where flash floods killed at least 40 people"
_WHERE_AFTER = re.compile(r"(?:\s+(?:on|late|early)\s+\w+)?\s*,\s*where\b")


def _toward(lower: str, start: int, end: int) -> bool:
    """Whether the place at ``lower[start:end]`` is only where someone was heading."""
    return (
        _TOWARD_PLACE_BEFORE.search(lower, max(0, start - 60), start) is not None
        and _WHERE_AFTER.match(lower, end) is None
    )


_SUPERLATIVE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|heaviest|fiercest|biggest|largest|highest|first|last"
    r"|most\s+\w+)\b"
)
_SUPERLATIVE_SINCE_BEFORE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|heaviest|fiercest|biggest|largest|first)\s+"
    r"(?:[\w-]+\s+){0,3}since\s+[^.;,]*$"
)
# On the original text: "since Oct. 1, according" ends at the comma, not at "Oct."
_SINCE_STOP = re.compile(
    r"[,;()]|\.(?=\s+[A-Z]|\s*$)|\s(?i:according|and|but|with|has|have|had|is|are|was|were"
    r"|which|who|killing|leaving|as|while)\b"
)
_CAMPAIGN_DETERMINER = re.compile(
    r"(?:\b(?:the|this|its|their|a)\s+|[\w’']+['’]s\s+)(?:[\w-]+\s+)?$"
)
# The day something was said, reported or counted is not the day of the incident: "officials
# said on Thursday", "in a report late Wednesday", "had recovered 25 bodies by Thursday".
_REPORT_DATE_BEFORE = re.compile(
    r"(?:\b(?:said|says|announced|told\s+\w+|added|stated|reported|confirmed)\s+(?:on\s+)?"
    r"|\b(?:report|statement|briefing|update)\s+(?:\w+\s+)?|\bby\s+)$"
)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:\w+\s+){0,2}$")
# "since an underground rock fall at Mufulira killed": a clause of its own, in the simple past
_SINCE_AN_INCIDENT = re.compile(
    r"since\s+(?:an?|the)\s+(?:(?!ha(?:ve|s|d)\s)[^,;.]){1,60}?\s+(?<!have\s)(?<!has\s)(?<!had\s)"
)
# ... nor the day an attack was claimed: "JNIM claimed the attack on Wednesday"
_CLAIMED_BEFORE = re.compile(
    r"\bclaim(?:ed|s|ing)\s+(?:responsibility\s+for\s+)?the\s+(?:[\w-]+\s+)?"
    r"(?:attack|assault|ambush|bombing|raid|killings?)\s+$"
)
# (not a claim whose words tell the act's day: "claimed the ambush on Monday that killed four
# policemen", "claimed the ambush on Thursday killed 30 militants")
_CLAIMED_ACT_TOLD_AFTER = re.compile(
    r"\s*,?\s*(?:that|which|in\s+which|killing|wounding|killed|wounded|left|kills)\b"
)
# ... nor the day of the figure a toll rose from: "rose to eight today from six yesterday"
_FROM_FIGURE_BEFORE = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|at\s+least\s+)?(?:\d[\d,]*|(?:one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)(?:-\w+)?)\s+$"
)
# ... nor the start of a period told in a relative clause: "the floods, which began after
# torrential rains on April 29".
_BEGAN_BEFORE = re.compile(r"\b(?:which|that)\s+(?:began|started)\b[^,;.]{0,40}$")
# ... and the day a report was made when it leads the reporting clause that gives the figure:
# "On Monday, police said gunmen had killed 11 late on Sunday", "Police on Tuesday raised the
# toll to 11" (the verb comes before the death word).
_REPORT_DATE_AFTER = re.compile(
    r",?\s+(?:(?!(?:what|that|which|who|whom|over|when|where|as|after|before|because)\s)"
    r"[\w'’.-]+\s+){0,4}?(?:said|says|told|reported|announced|confirmed|raised|revised|updated"
    r"|put)\b"
)
# ... nor the day of a figure that was revised: "revising an earlier count given on Monday".
_REVISION_DATE_BEFORE = re.compile(
    r"\b(?:revising|revised|revises|updating|updated|correcting|corrected|earlier\s+(?:death\s+)?"
    r"(?:toll|count|figure|tally|estimate))\b[^,;]{0,50}$"
)
_ASCII_DIGIT = re.compile(r"[0-9]")
_PLACE_KINDS = frozenset((MentionKind.CITY, MentionKind.METONYM, MentionKind.COUNTRY))
# A boat, the only thing whose capsizing or sinking keeps no cause (lower-cased)
_BOAT = re.compile(
    r"\b(?:(?:speed|fishing|passenger|cargo)?boats?|ferry|ferries|canoes?|vessels?|ships?"
    r"|shipwrecks?|trawlers?|dhows?|barges?|rafts?|yachts?|dinghy|dinghies|pirogues?|launch"
    r"|m\.?v\.?(?=\s))(?![\w-])"  # (a ship's prefix: "The MV Lady Kaofa ... capsized")
)
# A road vehicle or aircraft, or a crash verb, in the sentence of a capsizing or sinking: the
# accident is a crash ("A bus ... fell into the river and sank", "collided ... and capsized")
_VEHICLE_OR_CRASH = re.compile(
    r"\b(?:(?:mini)?bus(?:es)?|cars?|trucks?|lorry|lorries|vans?|matatus?|vehicles?|tractors?"
    r"|jeeps?|taxis?|coach|trains?|carriages?|planes?|aircraft|helicopters?|jets?|airliners?"
    r"|(?:auto-)?rickshaws?|pick-?ups?|three-wheelers?|suvs?|ambulances?|motorbikes?"
    r"|motorcycles?|scooters?|tuk-tuks?|minivans?"
    r"|crash(?:ed)?|collided|collision|derailed|plunged|skidded|rammed|veered)\b"
)
# A preposition before a country named as a place ("on a visit to Brazil"), not as an actor
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|in|from|at|into|via|across|through|toward|towards)\s+(?:the\s+)?$"
)
# Mentions that name a country by its name, adjective or people ("Argentina", "Argentine officials")
_NATIONALITY_KINDS = frozenset((MentionKind.COUNTRY, MentionKind.ADJECTIVE, MentionKind.PEOPLE))
# A country that names a building is not where it stands: "a drone attack on the Saudi
# Hospital in the city" (El Fasher), "the Indonesia Hospital in Beit Lahiya".
_FACILITY_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,2}?\s+(?:" + "|".join(sorted(FACILITY_NOUNS)) + r")\b"
)
_PRONOUNS = frozenset("he she they it we i you this that who which".split())
# "had recovered 25 bodies by Thursday afternoon": a time, not who killed them.
_TIME_NAMES = (
    frozenset(WEEKDAY_NUMBERS)
    | frozenset(MONTH_NUMBERS)
    | {
        "noon",
        "midnight",
        "dawn",
        "dusk",
    }
)
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_NP = r"((?:[\w’'.&-]+\s+){0,6}?[\w’'.&-]+)"
_HEADLINE_SOURCE = re.compile(r"\s[-–—]\s+([A-Za-z][\w\s’'.-]{1,60}?)\s*$")
_ACCORDING_TO = re.compile(
    r"(?i:according\s+to)\s+([^,;:]{2,80}?)(?=\s*(?:[,;:]|\.\s+[A-Z]|\.$|$"
    r"|\s+(?:and|which|who|based|that)\b))"
)
_PERPETRATOR_NAME = re.compile(r"(?:[a-z-]+\s+){0,2}((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)")
_ABROAD_VICTIMS = re.compile(r"\b(?:peacekeepers?|blue\s+helmets)\b")
_ADJECTIVE_GAP = re.compile(r"\s+(?:[a-z]+\s+)?")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}")
_DURATION_CAMPAIGN = r"\b(?:\w+-)?\w+-(?:year|month|week|day)(?:-long|-old)?\s+(?:[\w-]+\s+)?"
_DURATION_UNIT = re.compile(r"-(?:year|month|week|day)")  # in every ``_DURATION_CAMPAIGN``


@dataclass(frozen=True, slots=True)
class _Word:
    """What an automaton hit is: a death/injury word, a cause, a campaign, a date or a blocker."""

    kind: WordKind
    role: str  # verb/noun/toll/governed for death words; the cause name for causes
    phrase: str
    casualty: bool = False  # a death or injury word (kind "killed" or "injured")


@dataclass(frozen=True, slots=True)
class _Compiled:
    """The vocabulary compiled once per process; cue patterns run on lower-cased text."""

    automaton: ahocorasick.Automaton
    people: re.Pattern[str]
    single: frozenset[str]  # people nouns that name one person ("policeman")
    victims: dict[str, str]
    cause_of: dict[str, str]
    incidental: frozenset[str]
    weak_causes: frozenset[str]
    generic_causes: frozenset[str]
    accident_sites: frozenset[str]
    bare_explosions: frozenset[str]
    uncoded_accidents: frozenset[str]
    incident_verbs: re.Pattern[str]  # on lower-cased text
    governed: dict[str, re.Pattern[str]]
    cues: re.Pattern[str]  # every cue phrase; ``cue_kinds`` says what each one signals
    cue_kinds: dict[str, frozenset[str]]
    cue_automaton: ahocorasick.Automaton  # the same phrases, for ``_cue_matches``
    reporters: re.Pattern[str]
    source_after: re.Pattern[str]
    source_before: re.Pattern[str]
    source_apposition: re.Pattern[str]
    perpetrator_cue: re.Pattern[str]
    forces: re.Pattern[str]
    duration_campaign: re.Pattern[str]


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True)
    )


def _lower_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    """Whole-word phrases, matched case-sensitively on lower-cased text (several times faster
    than ``re.IGNORECASE`` on the original)."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(phrases)})(?!\w)")


@cache
def _compiled() -> _Compiled:
    lexicon: CasualtyLexicon = casualty_lexicon()
    table: dict[str, object] = {}
    for kind, words in (("killed", lexicon.killed), ("injured", lexicon.injured)):
        for role, phrases in (
            ("verb", words.verbs),
            ("noun", words.nouns),
            ("toll", words.tolls),
            ("governed", tuple(words.governed)),
        ):
            for phrase in phrases:
                table.setdefault(phrase, _Word(kind, role, phrase, casualty=True))  # type: ignore[arg-type]
    cause_of: dict[str, str] = {}
    for cause, phrases in lexicon.causes.items():
        for phrase in phrases:
            cause_of.setdefault(phrase, cause)
            table.setdefault(phrase, _Word("cause", cause, phrase))
    # The site of an accidental explosion ("a fuel depot exploded") names a fire: the sites are
    # cause words of their own, listed once (``accident_sites``).
    for phrase in lexicon.accident_sites:
        cause_of.setdefault(phrase, "fire")
        table.setdefault(phrase, _Word("cause", "fire", phrase))
    for phrase in lexicon.campaigns:
        table.setdefault(phrase, _Word("campaign", "", phrase))
    for phrase in _DATE_WORDS:
        table.setdefault(phrase, _Word("date", "", phrase))
    for phrase in NUMBER_WORDS:
        table.setdefault(phrase, _Word("number", "", phrase))
    for phrase in lexicon.not_casualty:
        table[phrase] = _Word("block", "", phrase)
    report_verbs = _alternation(lexicon.report_verbs)
    kinds: dict[str, set[str]] = {}
    for kind, phrases in (
        ("cumulative", lexicon.cumulative_cues),
        ("incremental", lexicon.incremental_cues),
        ("hypothetical", lexicon.hypothetical_cues),
        ("negation", lexicon.negation_cues),
        ("historical", lexicon.historical_cues),
        ("habitual", lexicon.habitual_cues),
        ("comparison", lexicon.comparison_cues),
        ("condition", ("if", "unless", "whether")),
        ("subset", ("including", "among them", "among whom", "of whom")),
        ("since", ("since",)),
        ("period", lexicon.period_cues),
    ):
        for phrase in phrases:
            kinds.setdefault(phrase, set()).add(kind)
    cue_kinds = {phrase: frozenset(k) for phrase, k in kinds.items()}
    governed = {**lexicon.killed.governed, **lexicon.injured.governed}
    return _Compiled(
        automaton=LOWER_TEXT_PASS.join(phrase_automaton(table)),
        # "police officers and civilians", "police and security officers": one group counted
        people=re.compile(
            rf"(?:{_alternation((*lexicon.people, *lexicon.single_people))})"
            rf"(?:\s+(?:and|or)\s+(?:security\s+|other\s+)?(?:{_alternation(lexicon.people)}))?"
            r"(?![\w-])"
        ),
        single=frozenset(lexicon.single_people),
        victims={phrase: kind for kind, phrases in lexicon.victims.items() for phrase in phrases},
        cause_of=cause_of,
        incidental=frozenset(lexicon.incidental_causes),
        weak_causes=frozenset(lexicon.weak_causes),
        accident_sites=frozenset(lexicon.accident_sites),
        bare_explosions=frozenset(lexicon.bare_explosions),
        uncoded_accidents=frozenset(lexicon.uncoded_accidents),
        incident_verbs=_lower_phrases(lexicon.incident_verbs),
        generic_causes=frozenset(lexicon.generic_causes),
        governed={noun: _lower_phrases(verbs) for noun, verbs in governed.items()},
        cues=_lower_phrases(cue_kinds),
        cue_kinds=cue_kinds,
        cue_automaton=phrase_automaton(dict(cue_kinds)),
        reporters=_lower_phrases(lexicon.reporters),
        source_after=re.compile(rf",\s+{_NP}\s+(?i:{report_verbs})\b"),
        source_before=re.compile(rf"\s*{_NP}\s+(?i:{report_verbs})\b"),
        source_apposition=re.compile(rf"\s*{_NP},\s+[^,;]{{1,100}},\s+(?i:{report_verbs})\b"),
        perpetrator_cue=re.compile(
            _word_start_alternation(
                sorted(set(lexicon.perpetrator_cues), key=len, reverse=True), r"[\w-]"
            )
            + r"\s+(?:the\s+)?"
        ),
        forces=re.compile(rf"\s*(?:{_alternation(lexicon.armed_forces)})(?![\w-])"),
        duration_campaign=re.compile(
            rf"{_DURATION_CAMPAIGN}(?:{_alternation(lexicon.campaigns)})\b"
        ),
    )


# -- intermediate values -----------------------------------------------------------------------

Span = tuple[int, int]


@dataclass(slots=True, eq=False)
class _Hit:
    # Not frozen: a frozen dataclass costs three times as much to build, and there are
    # dozens of hits per article. Hits are never changed after ``_hits``.
    start: int
    end: int
    word: _Word


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    end: int


@dataclass(slots=True)
class _Bound:
    """A number tied to a death or injury word."""

    quantity: Quantity
    count: int
    low: int | None
    high: int | None
    approximate: bool
    span: Span  # number + noun + death word, for evidence
    noun: Span | None  # the people noun
    victims: str | None


# "the Ukrainian port of Izmail", "the northern Malian town of Boni": a town after its state's
# adjective (checked by the caller: no known place follows)
_UNKNOWN_TOWN_OF_AFTER = re.compile(
    r"\s+(?:port|town|city|village|district|resort|settlement|border\s+town|port\s+city)\s+of"
    r"\s+[A-Z]"
)
_THE_PLACE_ADJECTIVE_BEFORE = re.compile(r"\bthe\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}$")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")


@dataclass(slots=True)
class _Placed:
    location: Location
    span: Span | None  # None when no single word of the text says it (the article's country)
    rank: int  # city 3, region 2, country 1, article-level 0


@dataclass(slots=True)
class _Sentence:
    """A sentence with hits, and what is computed about it at most once."""

    sentence: Sentence
    index: int
    hits: list[_Hit]
    breaks: list[tuple[int, int, bool]] | None = None  # (start, end, strong)
    quantities: list[Quantity] | None = None
    clause_quantities: dict[tuple[int, int], list[Quantity]] = field(default_factory=dict)
    dates: dict[int, list[DateMention]] = field(default_factory=dict)  # by date word
    cues: dict[tuple[int, int], list[tuple[int, int, frozenset[str]]]] = field(default_factory=dict)
    clauses: dict[tuple[int, int, bool], _Clause] = field(default_factory=dict)


@dataclass(slots=True)
class _Count:
    kind: Kind
    bound: _Bound
    trigger: _Hit
    clause: _Clause
    window: _Clause
    scope: Scope = Scope.INCREMENTAL
    increment: bool = False  # "an additional seven", "six more soldiers"
    toll_change: bool = False  # "raising the death toll to 15"
    period: Span | None = None
    campaign: bool = False
    # A figure that stands beside another one of the article rather than on its own: "subset"
    # ("in Sindh alone, 22"), "superseded" ("had initially put the toll at 12"), "vague"
    # ("dozens"); dropped when the article gives the figure it defers to (``_without_asides``).
    # "earlier": an incident of a past month ("in April"), dropped with its record when the
    # article reports another, current incident, or when its headline and lead tell of no one
    # killed or hurt (the background of a diplomatic story).
    aside: str | None = None


@dataclass(slots=True)
class _Frame:
    """The incident the article is telling: the last sentence that named a cause."""

    cause: str
    cause_span: Span
    sentence: _Sentence
    parent: _Frame | None  # the previous frame with the same cause (same incident)
    previous: _Frame | None  # the previous frame whatever its cause (same story, for dates)
    resolved: bool = False
    place: _Placed | None = None
    date: DateMention | None = None
    country: _Placed | None = None
    # the lead's day of the headline's incident: its own figures' day, not the story's
    lead_date: DateMention | None = None


# "and another was injured", "while a third was wounded": one more of the people just counted
_ONE_MORE_BEFORE = re.compile(rf"(?:\band|\bwhile|,)\s+({_ONE_MORE_WORDS})\s+$")
# ... after a passive toll, whose auxiliary the next one elides: "was killed and another wounded"
_PASSIVE_TOLD_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|shot\s+dead)\s+$"
)


def _elided_one_more(lower: str, sentence_start: int, at: int) -> re.Match[str] | None:
    """ "was killed and another wounded": the "another" of a passive whose auxiliary is elided
    (the verb at ``at``), else None."""
    other = _ONE_MORE_BEFORE.search(lower, max(sentence_start, at - 16), at)
    if other is None or not _PASSIVE_TOLD_BEFORE.search(
        lower, max(sentence_start, other.start() - 80), other.start()
    ):
        return None
    return other


@dataclass(slots=True)
class _Record:
    killed: _Count | None
    injured: _Count | None
    scope: Scope
    sentence: Sentence
    sentence_index: int = 0
    cause: str | None = None
    cause_span: Span | None = None
    victims: str | None = None
    victims_span: Span | None = None
    place: _Placed | None = None
    place_from_text: bool = False
    date: DateMention | None = None
    period: Span | None = None
    perpetrator: str | None = None
    perpetrator_span: Span | None = None
    reporter: Span | None = None
    evidence: list[tuple[str, int, int]] = field(default_factory=list)
    mentions: int = 1
    # the index of the latest sentence that told the record's figures again (absorbed), -1
    # when none did
    last_index: int = -1

    @property
    def killed_count(self) -> int | None:
        return self.killed.bound.count if self.killed else None

    @property
    def injured_count(self) -> int | None:
        return self.injured.bound.count if self.injured else None


# -- entry point -------------------------------------------------------------------------------


def has_trigger(doc: Document) -> bool:
    """Whether ``doc`` names a casualty ("killed", "wounded", "death toll"...): without one
    ``extract_casualties`` finds nothing. Needs only the text (``document.split``); the
    hits are kept in ``doc.memo`` for the extraction."""
    return any(h.word.casualty for h in _article_hits(doc, _compiled()))


def _article_hits(doc: Document, compiled: _Compiled) -> list[_Hit]:
    """``_hits`` of the article's lowered text, found once per article."""
    hits: list[_Hit] | None = doc.memo.get(("casualty hits",))
    if hits is None:
        hits = doc.memo[("casualty hits",)] = _hits(compiled, doc.lower, doc.memo)
    return hits


def extract_casualties(doc: Document, extractor_version: str) -> list[CasualtyUpdate]:
    """Every casualty figure the article reports, one record per incident or running toll."""
    compiled = _compiled()
    lower = doc.lower  # ``lowered(doc.text)``, shared with the other readers
    hits = _article_hits(doc, compiled)
    if not any(h.word.casualty for h in hits):
        return []
    reader = _Reader(doc, lower, compiled, gazetteer())
    title_end = doc.text.find("\n")  # the text is title + "\n" + body
    if title_end < 0:
        title_end = len(doc.text)
    records: list[_Record] = []
    headline: list[tuple[_Record, _Sentence, _Frame | None]] = []
    frame: _Frame | None = None
    index, count = 0, len(hits)
    weak, generic = compiled.weak_causes, compiled.generic_causes
    for sentence_index, sentence in enumerate(doc.sentences):
        own: list[_Hit] = []
        cause: _Hit | None = None
        cause_rank = 3.0
        casualty = False
        while index < count and hits[index].start < sentence.end:
            hit = hits[index]
            if hit.start >= sentence.start:
                if (
                    frame is not None
                    and frame.cause == "fire"
                    and hit.word.phrase in compiled.bare_explosions
                    and _fire_named_again(lower, hit, own)
                ):
                    # "The death toll from a gas explosion ... has risen to four ...
                    # Wednesday morning's blast destroyed two floors": the accident's
                    # explosion named again, a fire like it (not "a blast", "the bomb
                    # blast" or "the other blast")
                    hit = _Hit(hit.start, hit.end, _Word("cause", "fire", hit.word.phrase))
                if hit.word.phrase == "fire" and _armed_fire(doc, lower, hit):
                    # "Pakistan said Indian fire had killed three villagers": an army's fire
                    # is gunfire, not a blaze
                    hit = _Hit(hit.start, hit.end, _Word("cause", "shooting", hit.word.phrase))
                if (
                    hit.word.kind == "cause"
                    and hit.word.role in ("shooting", "bombing")
                    and _blast_and_gunfire(lower, hit, sentence.start, sentence.end)
                ):
                    # "Separatist militants blew up a railway track and opened fire on a
                    # passenger train, killing 14": one attack by bomb and gun, an assault
                    hit = _Hit(hit.start, hit.end, _Word("cause", "armed_clash", hit.word.phrase))
                own.append(hit)
                if hit.word.casualty:
                    casualty = True
                elif hit.word.kind == "cause" and cause_rank:
                    # The incident is named by its first cause word that says how, as a
                    # figure's own cause is (``_nearest_cause``): "Gunmen ... in a raid" is a
                    # raid, so that a later figure of it inherits the same cause.
                    phrase = hit.word.phrase
                    rank = 1.0 if phrase in weak else 2.0 if phrase in generic else 0.0
                    if rank == 1 and _instrument(lower, hit, compiled):
                        # "was attacked by a drone and crashed" (but "escorted by a drone,
                        # struck a roadside bomb" is a bombing)
                        rank = 0.5
                    if rank < cause_rank and not (
                        cause_rank == 0.5
                        and (
                            hit.word.role in compiled.incidental
                            # "The drone hit the market ..., setting fire to stalls": what the
                            # strike set ablaze, not another attack
                            or phrase in _ARSON
                        )
                    ):
                        cause, cause_rank = hit, rank
            index += 1
        if (
            cause is not None
            and cause.word.phrase in compiled.accident_sites
            and _SITE_ABLAZE.search(lower, sentence.start, sentence.end) is None
        ):
            # "a man found under the rubble of a warehouse" in a tornado's story: a site with
            # no explosion or fire told is a place, not another incident's cause (nor the
            # story's own: "A coal mine collapsed ..., killing five miners")
            cause = None
        if cause is not None and cause.word.phrase in compiled.bare_explosions:
            # "The explosion and fire at the fuel depot": the accident's site names it
            causes = [h for h in own if h.word.kind == "cause"]
            sites = _accident_sites(compiled, causes, beside_fire=True)
            if sites:
                cause = sites[0]
        if (
            cause is None
            and frame is not None
            and frame.cause in _STRIKE_CAUSES
            and lower.find("the strike", sentence.start, sentence.end) >= 0
        ):
            # "a drone strike on a car ... that killed three people. The strike hit the vehicle
            # near Sinuni on Tuesday": the strike just told, named again (a bare "strike" is
            # no cause of its own: a labour strike)
            again = _THE_STRIKE.search(lower, sentence.start, sentence.end)
            if again is not None:
                word = _Word("cause", frame.cause, "the strike")
                cause = _Hit(again.start(), again.end(), word)
        if cause is None and not casualty:
            continue  # nothing to read, and the incident in focus stays the same
        context = _Sentence(sentence, sentence_index, own)
        # A sentence that names a cause is itself the incident in focus for its own figures
        # ("Drone strike on X kills 23; monitors put toll at 31").
        if cause is not None:
            frame = reader.next_frame(context, frame, cause)
        if casualty:
            in_title = sentence.start < title_end
            found = reader.read_sentence(context, frame, describe=not in_title)
            reader.told.extend(found)
            if in_title:
                headline.extend((record, context, frame) for record in found)
            else:
                records.extend(found)
    lead_end = _lead_end(doc, title_end)
    about_casualties = any(
        h.start < lead_end and h.word.kind in ("killed", "injured") for h in hits
    )
    # "toll rises to 11; 43 injured": a headline of one toll and one count of wounded tells
    # which toll the wounded belong to
    headline_killed = {r.killed_count for r, _, _ in headline if r.killed is not None}
    headline_injured = {r.injured_count for r, _, _ in headline if r.injured is not None}
    paired = (
        {
            (k, w)
            for k in headline_killed
            for w in headline_injured
            if k is not None and w is not None
        }
        if len(headline_killed) == 1 == len(headline_injured)
        else set()
    )
    _name_attacks_by_their_weapon(doc, compiled, hits, records)
    merged = _without_hospital_shares(
        doc.text,
        _steps_into_tolls(
            doc.text,
            _merge(
                doc,
                _without_asides(
                    doc.text, _without_countries_sums(doc.text, records), about_casualties
                ),
                paired,
            ),
        ),
    )
    # The headline usually repeats the lead's figures ("kills dozens" for "killed 53"): it is
    # described (the costly part) only when the body does not give the figure.
    own_headline: list[_Record] = []
    for record, context, at in headline:
        twin = next((r for r in merged if _headline_twin(r, record)), None)
        if twin is not None:
            _absorb(doc.text, twin, record)
        else:
            reader.describe(record, context, at)
            own_headline.append(record)
    lead_causes = _lead_causes(doc, hits, title_end)
    # A story of a disaster's toll reports the accidents it brings too ("floods ... rose to
    # 328"; "a helicopter carrying relief goods crashed ..., killing all five crew members")
    disaster_story = about_casualties and not lead_causes.isdisjoint(compiled.incidental)
    # "The death toll from a massive explosion ... has risen to 135", then the fire that set it
    # off: the lead's explosion is the accident
    lead_explosion = any(
        h.word.phrase in compiled.bare_explosions for h in hits if h.start < lead_end
    )
    candidates = _merge(doc, own_headline) + merged
    # An incident the article reports in its own right ("Separately, ... Floods have killed
    # at least 27"), and the later figures of its cause ("three children drowned when their
    # house collapsed")
    separate = {
        record.cause
        for record in candidates
        if record.cause in compiled.incidental and _separately_told(doc, record.sentence_index)
    }
    kept = [
        record
        for record in candidates
        if (
            record.cause not in compiled.incidental
            or record.cause in lead_causes
            or (record.cause == "fire" and lead_explosion)
            or disaster_story
            or record.cause in separate
            # a tally of crashes over a period in a story whose lead tells a vehicle's accident
            # that no cause word names ("passenger train slammed into a freight train ... 19
            # people had died in rail accidents in the country since January")
            or (
                about_casualties
                and not lead_causes
                and record.cause == "crash"
                and record.scope is Scope.CUMULATIVE
                and record.period is not None
                and _VEHICLE_OR_CRASH.search(lower, 0, lead_end) is not None
            )
            # a story whose lead tells no harm reports an accident in its own right ("At
            # least eight refugees drowned when a boat ... capsized"), not one named in
            # passing ("the victims of Typhoon Hagibis, which killed more than 80 people")
            or (
                not lead_causes
                and record.date is not None
                and not _in_relative_clause(doc.text, record)
            )
        )
        and not _is_old_incident(record, doc)
        and not _decades_of_conflict(doc.text, record)
    ]
    kept = _without_sums(doc.text, kept)
    for rise_at, earlier in reader.rises:
        # "Quake kills at least 7 ... the toll had risen from five overnight": the toll told
        # before is a running one
        # before (the last figure told before the rise, no other incident's between)
        before = [r for r in kept if r.sentence_index < rise_at]
        if not before:
            continue
        grown = max(before, key=lambda r: r.sentence_index)
        if grown.scope is Scope.INCREMENTAL and (grown.killed_count or 0) > earlier:
            grown.scope = Scope.CUMULATIVE
    for record in kept:
        if record.scope is not Scope.CUMULATIVE:
            if record.date is None and record.period is None and record.sentence_index <= 1:
                # "At least 16 people were killed when an informal gold mine collapsed ...,
                # Cabello said on Thursday" and "The mine ... gave way on Tuesday afternoon":
                # the lead's undated incident, dated where the story tells it happen
                day = _incident_day(doc, compiled, hits, record)
                # (of another sentence: the lead's own days were read, and are not the
                # incident's: "police said, revising an earlier count given on Monday"; nor of
                # another incident: "a smaller fire had broken out at the same market on Monday")
                told = doc.sentences[doc.sentence_index(day.start)] if day is not None else None
                if (
                    day is not None
                    and told is not None
                    and told is not record.sentence
                    and not _ANOTHER_INSTANCE.search(doc.lower, told.start, told.end)
                    and not _HAD_BEFORE.search(doc.lower, told.start, day.start)
                ):
                    record.date = day
            continue
        if _rain_of_days(doc, record):
            record.date = None
            continue
        day = _incident_day(doc, compiled, hits, record)
        if day is not None:
            _redate_followers(kept, record, day)
            record.date = day
    _other_running_tolls(kept)
    _date_other_sources(doc, kept)
    country = reader.article_country(kept)
    for record in kept:
        if record.place is None and country is not None:
            record.place = _Placed(reader.country_location(country), None, 0)
    for record in kept:
        _uncode_capsizing(doc, record, compiled)
        _uncode_arson(doc.text, record)
        _uncode_unrest(doc, record)
        _forces_killing_fighters(doc.text, record)
    return [_to_record(doc, record, extractor_version) for record in kept]


# The weapons that tell how an attack was carried out: "Gunmen ... opened fire on traders"
_ATTACK_WEAPONS = frozenset(("shooting", "bombing", "stabbing"))
# "in a counter-attack near the village": the troops' own assault, another fight
_COUNTER_ATTACK = re.compile(r"\bcounter[\s-]?(?:attacks?|offensives?|assaults?)\b", re.IGNORECASE)
# Arson in an attack, the attack told again: "They also set fire to at least 45 homes"
_ARSON = frozenset(("set fire", "setting fire", "sets fire", "set ablaze", "torched"))


# The next sentence tells another attack or none that did harm: another time ("Last month,
# gunmen opened fire"), a bomb found or foiled ("defused a bomb", "repelled a bombing
# attempt", "without causing casualties"), the forces' fire ("Police opened fire on the
# gang"), or a bomb besides the gunfire ("detonated explosives ... sprayed ... with gunfire")
_OTHER_TIME = re.compile(
    r"\b(?:(?:last|previous|earlier\s+this|past)\s+(?:week|month|year|weekend)"
    r"|(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)|in\s+(?:19|20)\d\d"
    r"|later\s+(?:in\s+the\s+day|that\s+day|on))\b",
    re.IGNORECASE,
)
_NO_HARM = re.compile(
    r"\b(?:defus\w*|repel\w*|foil\w*|thwart\w*|attempts?|without\s+(?:causing|any)"
    r"|no\s+(?:casualties|injuries|one\s+was)|found\s+(?:and|a|an)|dismantl\w*|disarm\w*)\b",
    re.IGNORECASE,
)
_FORCES_SUBJECT = re.compile(
    r"\b(?:police|policemen|troops|soldiers|army|security\s+forces|military|officers|guards"
    r"|forces)\b",
    re.IGNORECASE,
)
_EXPLOSIVES = re.compile(
    r"\b(?:detonat\w*|explosives?|explosions?|blew\s+up|bombs?|grenades?|blasts?)\b",
    re.IGNORECASE,
)


def _same_place(record: _Record, other: _Record) -> bool:
    """``other`` has no place of its own told in the text but that of ``record`` (the Gao attack
    of another sentence is not the market's)."""
    if other is record or other.place is None or other.place.span is None:
        return True
    return record.place is not None and other.place.location == record.place.location


def _generic_attack(text: str, record: _Record, compiled: _Compiled, arson: bool = False) -> bool:
    """The record's cause is only a bare "attack", or, ``arson``, the attack's arson; not in a
    sentence that tells a counter-attack ("its troops had killed about 15 assailants in a
    counter-attack")."""
    span = record.cause_span
    if record.cause != "armed_clash" or span is None:
        return False
    word = text[span[0] : span[1]].lower()
    return (word in compiled.generic_causes or (arson and word in _ARSON)) and (
        _COUNTER_ATTACK.search(record.sentence.text) is None
    )


def _name_attacks_by_their_weapon(
    doc: Document, compiled: _Compiled, hits: list[_Hit], records: list[_Record]
) -> None:
    """An attack named only as such ("killed at least 31 civilians in an attack on a weekly
    market") that the next sentence tells with one weapon and no figure of its own ("Gunmen on
    motorbikes surrounded the market ... and opened fire on traders") is coded by that weapon,
    a shooting, as are the attack's other figures named only "the attack" on its day ("18
    civilians had been killed in what it called a 'cowardly terrorist attack'", or by its arson:
    "They also set fire to at least 45 homes ... 16 people were seriously injured"). Not where the
    next sentence tells no weapon, or who attacked only ("Gunmen stormed the village"), or a
    bomb and gunfire (an armed assault), or another incident ("In a separate attack"); not a
    counter-attack, nor an attack of another day."""
    text = doc.text
    for index, record in enumerate(records):
        if not _generic_attack(text, record, compiled):
            continue
        following = record.sentence_index + 1
        if following >= len(doc.sentences) or any(r.sentence_index == following for r in records):
            continue
        sentence = doc.sentences[following]
        if _SEPARATE_INCIDENT_OPENING.match(text, sentence.start):
            continue
        roles = {
            h.word.role
            for h in hits
            if sentence.start <= h.start < sentence.end
            and h.word.kind == "cause"
            and h.word.phrase not in compiled.weak_causes
            and h.word.phrase not in compiled.generic_causes
        }
        if len(roles) != 1 or not roles <= _ATTACK_WEAPONS:
            continue
        (weapon,) = roles
        told_how = text[sentence.start : sentence.end]
        first = min(
            h.start
            for h in hits
            if sentence.start <= h.start < sentence.end
            and h.word.kind == "cause"
            and h.word.role == weapon
        )
        if (
            _OTHER_TIME.search(told_how)
            or _NO_HARM.search(told_how)
            or _FORCES_SUBJECT.search(text, sentence.start, first)
            or (weapon == "shooting" and _EXPLOSIVES.search(told_how))
        ):
            continue
        day = record.date.value if record.date is not None else None
        for other in records[index:]:
            told = other.date.value if other.date is not None else None
            if (
                _generic_attack(text, other, compiled, arson=True)
                # (the same day; a running toll's day is that of its update: "rose to 115 on
                # Saturday" of Thursday's attack)
                and (
                    told == day
                    or (
                        record.scope is Scope.CUMULATIVE
                        and day is not None
                        and told is not None
                        and told <= day
                    )
                )
                and not _ANOTHER_OR_SEPARATE.search(other.sentence.text)
                and _same_place(record, other)
            ):
                other.cause = weapon
        return


# Armed forces killing armed men: "security forces had killed 12 militants", "Rwandan troops
# ... said they killed seven insurgents", "soldiers pursuing the attackers killed five of them"
_FORCES_KILLED = re.compile(
    r"\b(?:troops|soldiers|security\s+forces|forces|army|police|policemen|military)\b"
    r"[^.;]{0,120}?\bkill(?:ed|ing)\s+"
)
_FIGHTER_NOUNS = (
    r"militants|insurgents|rebels|attackers|assailants|fighters|gunmen|jihadists|terrorists"
    r"|bandits|gang\s+members"
)
_FIGHTERS_AFTER = re.compile(
    r"(?:about\s+|at\s+least\s+|more\s+than\s+|some\s+)?[\w,-]+\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_FIGHTER_NOUNS}|of\s+them)\b"
)
_FIGHTERS = re.compile(rf"\b(?:{_FIGHTER_NOUNS})\b")
# The forces' own weapons: told before a figure of the fighters they killed, they tell how
_FORCES_WEAPONS = frozenset(("airstrike", "drone_strike", "missile_strike", "bombing"))
_SAID_ANOTHER_SUBJECT = re.compile(
    r"\bsaid\s+(?:that\s+)?(?:the|an?|its|their)\s+(?:[\w-]+\s+)?(?:operation|strike|air\s*strike"
    r"|raid|offensive|bombardment|attack|assault|shelling)\b"
)


def _previous_sentence_start(text: str, start: int) -> int:
    """Where the sentence before the one starting at ``start`` starts (about)."""
    before = max(text.rfind(". ", 0, max(0, start - 2)), text.rfind("\n", 0, max(0, start - 2)))
    return before + 1 if before >= 0 else 0


def _forces_killing_fighters(text: str, record: _Record) -> None:
    """Troops, police or security forces killing militants, insurgents or attackers ("security
    forces had killed 12 militants ... who were trying to infiltrate", "soldiers pursuing the
    attackers killed five of them") fought them: an armed clash, where the figure's own
    sentence names no weapon (its cause, if any, is the attack it answers, told before). Not
    forces killing civilians ("soldiers opened fire ..., killing a woman"), nor a weapon told
    ("an airstrike killed 12 militants")."""
    killed = record.killed
    if killed is None or record.cause == "armed_clash":
        return
    span = record.cause_span
    if span is not None and record.sentence.start <= span[0] < record.sentence.end:
        return
    lower = text.lower()
    start = record.sentence.start
    quantity = killed.bound.quantity.start
    verb = _FORCES_KILLED.search(lower, start, quantity + 1)
    if verb is None or verb.end() != quantity:
        return
    fighters = _FIGHTERS_AFTER.match(lower, quantity)
    if fighters is None:
        return
    # the forces' own strike told in the sentence before ("Pakistani fighter jets bombed
    # militant hideouts ... The military said its forces killed 30 militants"), or the forces
    # only telling what killed them ("Somali forces said the operation killed 12 militants")
    if (
        record.cause in _FORCES_WEAPONS
        and span is not None
        and span[0] >= _previous_sentence_start(text, start)
    ):
        return
    if _SAID_ANOTHER_SUBJECT.search(lower, verb.start(), verb.end()):
        return
    if fighters.group(0).endswith("of them") and not _FIGHTERS.search(
        lower, start, record.sentence.end
    ):
        return
    record.cause = "armed_clash"
    record.cause_span = (verb.start(), verb.end())
    record.evidence = [e for e in record.evidence if e[0] != "cause"]
    record.evidence.append(("cause", *record.cause_span))


# Unrest, not a fight of armed men: "Peru protests: 17 killed in Juliaca clashes", "police
# fired tear gas and rubber bullets at thousands of workers ... injured in the clashes" (not a
# state's "protest note")
_UNREST = re.compile(
    r"\b(?:protests|protesters?|protesting|demonstrat(?:ions?|ors?)|tear\s*gas|rubber\s+bullets"
    r"|riot\s+police|strikers|rioters|truck\s+drivers)\b"
)
_CLASH_WORDS = frozenset(("clash", "clashes"))
# Not the clash's parties: its victims ("including four truck drivers caught in the
# crossfire"), a state's protests ("Kabul lodged strong protests with Islamabad"), or unrest
# of another time or after it ("a day after demonstrators blocked a highway", "sparking
# protests in Peshawar")
_UNREST_ASIDE = re.compile(
    r"\b(?:including|among\s+them|lodged|lodging|lodges?|filed|sparking|sparked|triggering"
    r"|triggered|prompting|prompted|provoking|provoked|fuell?ing|(?:a|one|two|three|several)"
    r"\s+(?:days?|weeks?|hours?)\s+(?:after|before))\b(?:\s+(?:a|an|the|strong|formal|\w+ing"
    r"|\w+ed|\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of"
    r"|thousands\s+of))*\s+$"
)
# A prison's riot is a fight of inmates, gangs or guards (casualty.yaml: an armed clash)
_PRISON = re.compile(
    r"\b(?:prisons?|jails?|inmates|prisoners|penitentiary|detention\s+cent(?:er|re))\b"
)


def _unrest_told(lower: str, start: int, end: int) -> bool:
    """Whether protesters, strikers or crowds are parties to the clash the sentence tells."""
    if _PRISON.search(lower, start, end):
        return False
    for match in _UNREST.finditer(lower, start, end):
        if not _UNREST_ASIDE.search(lower[max(start, match.start() - 40) : match.start()]):
            return True
    return False


def _uncode_unrest(doc: Document, record: _Record) -> None:
    """Clashes of protesters, strikers or crowds with the police ("Peru protests: 17 killed in
    Juliaca clashes", "Clashes between Bolivian truck drivers and Peruvian police ... left seven
    people injured"): unrest, not an armed clash, and no other cause of the closed list, so none
    is coded (as the analysts code them). Not clashes of soldiers, clans or armed groups told
    with no protest ("Eight people were killed in a clash between two rival clans")."""
    span = record.cause_span
    if record.cause != "armed_clash" or span is None:
        return
    text = doc.text
    if text[span[0] : span[1]].lower() not in _CLASH_WORDS:
        return
    lower = doc.lower
    told = doc.sentence_at(span[0])
    if not any(
        _unrest_told(lower, sentence.start, sentence.end)
        for sentence in (told, record.sentence)
        if sentence is not None
    ):
        return
    record.cause = None
    record.cause_span = None
    record.evidence = [e for e in record.evidence if e[0] != "cause"]


_GUNFIRE = re.compile(
    r"\b(?:opened\s+fire|fired\s+(?:on|at|into)|shot\s+(?:dead|at)|gunfire|gunshots?)\b",
    re.IGNORECASE,
)


_OWN_TOLL = re.compile(r"\b(?:killed|dead|died|wounded|injured|deaths?)\b", re.IGNORECASE)


def _uncode_arson(text: str, record: _Record) -> None:
    """An attack told only by its arson ("Gangs ... killing at least 25 people and setting fire
    to homes", "the attackers set fire to houses"): the arson is the attack (no accidental
    fire), but says no more of how its victims died than the attack itself, so no cause is
    coded; an attack the sentence after tells by its weapon took that weapon before
    (``_name_attacks_by_their_weapon``)."""
    span = record.cause_span
    if record.cause != "armed_clash" or span is None:
        return
    if text[span[0] : span[1]].lower() not in _ARSON:
        return
    # gunfire told in the figure's sentence or the next ("the attackers fired on residents
    # fleeing the blaze"): a shooting
    sentence = record.sentence
    following = text.find(". ", sentence.end)
    end = following + 1 if following >= 0 else len(text)
    for index, told in enumerate((text[sentence.start : sentence.end], text[sentence.end : end])):
        fire = _GUNFIRE.search(told)
        if (
            fire is not None
            # (not the next sentence's own toll: "at least 252 people had been killed by
            # gunfire since the protests began")
            and not (index and _OWN_TOLL.search(told))
            and not _FORCES_SUBJECT.search(told, 0, fire.start())
            and not _EXPLOSIVES.search(told)
        ):
            record.cause = "shooting"
            record.cause_span = None
            record.evidence = [e for e in record.evidence if e[0] != "cause"]
            return
    record.cause = None
    record.cause_span = None
    record.evidence = [e for e in record.evidence if e[0] != "cause"]


def _uncode_capsizing(doc: Document, record: _Record, compiled: _Compiled) -> None:
    """ "when their boat capsized", "the ferry sank": a capsizing found and dated the toll as
    an accident, but the closed list of causes has none for it (a crash is a vehicle's). Only a
    boat's: not "A bus ... fell off a bridge into the river and sank", "A matatu capsized", "A
    helicopter crashed into the sea and sank", nor a boat that "collided with a barge and
    capsized" (a collision is a crash)."""
    span = record.cause_span
    if record.cause != "crash" or span is None:
        return
    text = doc.text
    phrase = text[span[0] : span[1]].lower()
    if phrase not in compiled.uncoded_accidents:
        return
    sentence = doc.sentence_at(span[0])
    if sentence is None:
        return
    told = text[sentence.start : sentence.end].lower()
    if _VEHICLE_OR_CRASH.search(told):
        return
    if not (_BOAT.search(phrase) or _BOAT.search(told)):
        return
    record.cause = None
    record.cause_span = None
    record.evidence = [e for e in record.evidence if e[0] != "cause"]


def _other_running_tolls(kept: list[_Record]) -> None:
    """Another source's toll of a running toll's incident ("rose to 11 on Tuesday ... The
    ministry put the toll at 13"): named a toll, of the same cause and place and at least as
    high, it is that source's running toll, cumulative too, dated like it."""
    running = [r for r in kept if r.scope is Scope.CUMULATIVE and r.period is None]
    for record in kept:
        killed = record.killed
        if (
            record.scope is not Scope.INCREMENTAL
            or killed is None
            or killed.trigger.word.role != "toll"
            or killed.increment
        ):
            continue
        toll = next(
            (
                r
                for r in running
                if r.sentence_index < record.sentence_index
                and r.cause is not None
                and r.cause == record.cause
                and (r.killed_count or 0) <= killed.bound.count
                and not _elsewhere(record, r)
                # (not a figure with a day or a place of its own: "A landslide buried a village
                # in Niassa province on Wednesday, and officials put the toll at 25")
                and not _date_of_its_clause(record, killed)
                and not _MONTH_OR_YEAR.search(
                    record.sentence.text.lower(),
                    killed.clause.start - record.sentence.start,
                    killed.clause.end - record.sentence.start,
                )
                and not _own_other_place(record, r, killed)
            ),
            None,
        )
        if toll is not None:
            record.scope = killed.scope = Scope.CUMULATIVE
            record.date = toll.date


def _redate_followers(kept: list[_Record], toll: _Record, day: DateMention) -> None:
    """Another figure of the toll's incident that took its day from the toll's sentence (the day
    of the update: "rose to 14 on Monday ... Police said 17 bodies had been recovered") takes
    the incident's day the toll is given instead."""
    told = toll.date
    if told is None:
        return
    for record in kept:
        if (
            record is not toll
            and record.date is told
            and record.scope is Scope.INCREMENTAL
            and record.cause == toll.cause
            and record.period is None
            and not _own_date(record)
            and not _elsewhere(record, toll)
        ):
            record.date = day


def _date_other_sources(doc: Document, kept: list[_Record]) -> None:
    """Another source's figure for the lead's incident, told with no day, cause or period of
    its own ("The union said more than 20 people had died" after "At least 12 people were
    killed ... late on Sunday") is dated by that incident."""
    if len(kept) < 2 or kept[0].date is None or kept[0].date.value is None:
        return
    lead = kept[0]
    for record in kept[1:]:
        if (
            record.date is None
            and record.cause is None
            and lead.cause is None
            and record.period is None
            and record.scope is Scope.INCREMENTAL
            and record.reporter is not None
            and not _elsewhere(record, lead)
            and not _separately_told(doc, record.sentence_index)
        ):
            record.date = lead.date


# The same attackers setting off a blast and shooting, in one coordination: "blew up a railway
# track and opened fire on a passenger train", "opened fire on the convoy and then detonated a
# roadside bomb"
_BLAST_ACT = r"(?:blew\s+up|detonated|set\s+off|blowing\s+up|detonating)"
_GUNFIRE_ACT = (
    r"(?:opened\s+fire|fired\s+on|opening\s+fire|firing\s+on|sprayed\s+\w+\s+with\s+bullets)"
)
_BLAST_AND_GUNFIRE = re.compile(
    rf"\b(?:{_BLAST_ACT}\b[^.;:]{{0,90}}?\band\s+(?:then\s+)?{_GUNFIRE_ACT}"
    rf"|{_GUNFIRE_ACT}\b[^.;:]{{0,90}}?\band\s+(?:then\s+)?{_BLAST_ACT})\b"
)


def _blast_and_gunfire(lower: str, hit: _Hit, start: int, end: int) -> bool:
    """The cause word is part of a blast-and-gunfire coordination of its sentence."""
    return any(
        m.start() <= hit.start and hit.end <= m.end()
        for m in _BLAST_AND_GUNFIRE.finditer(lower, start, end)
    )


_ONE_OFF_ACCIDENTS = frozenset(("fire", "crash", "stampede"))
# A disaster told as reaching a place: "felt strongly across the border in Mexico", "the storm
# crossed into Honduras", "made landfall in Mozambique", "before weakening over Laos"
_REACHED = (
    r"\b(?:felt|hit|hitting|struck|striking|crossed\s+into|made\s+landfall|lashed|lashing"
    r"|battered|pounded|slammed\s+into|(?:swe(?:pt|eping)|mov(?:ed|ing)|pass(?:ed|ing)|weaken(?:ed|ing)"
    r"|tore|tearing|roared|roaring)\s+(?:into|over|across|through))\b"
)
# ... with no harm: "crossed Mexico's Yucatan peninsula without casualties"
_UNHARMED = re.compile(
    r"\b(?:without\s+(?:casualties|causing\s+(?:casualties|deaths|damage)|loss\s+of\s+life)"
    r"|no\s+(?:casualties|deaths|injuries|damage|victims)\s+(?:were|was|had\s+been)\s+reported"
    r"|no\s+(?:immediate\s+)?reports?\s+of\s+(?:casualties|deaths|injuries|damage))\b"
)
# A death a quake, storm or flood brings: "when part of a church facade fell on him", "was
# swept away", "buried by a landslide", "when their house collapsed"
_DISASTER_DEATH = re.compile(
    r"\b(?:collaps\w*|fell\s+on|falling\s+(?:debris|masonry|rocks?|trees?|walls?)|debris"
    r"|rubble|swept\s+away|washed\s+away|landslides?|mudslides?|flood\s*waters|buried"
    r"|drown\w*|uprooted|caved\s+in)\b"
)
# Causes of one kind of harm, told of one campaign ("Boko Haram fighters killed 20 ..." and
# "The toll rose from 14 after gunmen killed six more")
_VIOLENCE = frozenset(
    (
        "airstrike",
        "drone_strike",
        "missile_strike",
        "shelling",
        "shooting",
        "bombing",
        "armed_clash",
        "stabbing",
        "execution",
    )
)


def _cause_kind(cause: str) -> str:
    return "violence" if cause in _VIOLENCE else cause


_STRIKE_CAUSES = frozenset(("airstrike", "drone_strike", "missile_strike"))
# What makes an accident's site a fire: "the fuel depot exploded", "a blaze at a warehouse"
_SITE_ABLAZE = re.compile(
    r"\b(?:explo\w*|blasts?|fires?|flames?|blaze|burn\w*|ablaze|inferno|went\s+up|caught)\b"
)
# "the blast", "the massive explosion", "Wednesday morning's blast", "this blast"
_DEFINITE_BEFORE_BLAST = re.compile(
    r"(?:(?<![\w-])(?:the|this|that)|\w['’]s)\s+(?:(?!other\b)[a-z]+\s+)?$"
)


# Who fires, right before "fire": "enemy fire", "hostile fire", "army fire" (not "a house fire",
# "forest fire")
_ARMED_FIRE_BEFORE = re.compile(
    r"\b(?:enemy|hostile|army|troops'?|soldiers'|police|rebel|militant|insurgent|cross-border"
    r"|small-arms|machine-gun|automatic|sniper)\s+$"
)


_BLAZE_NAMED_BEFORE = re.compile(r"\b(?:a|an|the|this|that|huge|massive|deadly|big)\s+$")
_BLAZE_WORDS = re.compile(
    r"\b(?:blazes?|wildfires?|forest|forests|broke\s+out|firefighters?|flames|burned|burnt"
    r"|fire\s+(?:brigade|service|department))\b"
)


def _armed_fire(doc: Document, lower: str, hit: _Hit) -> bool:
    """Whether a bare "fire" is what an armed side fired: a nationality right before it
    ("Indian fire", "Israeli fire") or a word naming fighters ("enemy fire")."""
    if _ARMED_FIRE_BEFORE.search(lower, max(0, hit.start - 16), hit.start):
        return True
    before = doc.mentions_in(max(0, hit.start - 30), hit.start)
    if not (
        before
        and before[-1].kind is MentionKind.ADJECTIVE
        and doc.text[before[-1].end : hit.start] == " "
    ):
        return False
    # (not a blaze named by its country: "The Greek fire killed two people", "A Chinese fire
    # that broke out at a chemical plant")
    start = before[-1].start
    sentence = doc.sentence_at(hit.start)
    low = sentence.start if sentence is not None else max(0, start - 200)
    high = sentence.end if sentence is not None else hit.end
    return (
        _BLAZE_NAMED_BEFORE.search(lower, max(0, start - 20), start) is None
        and _BLAZE_WORDS.search(lower, low, high) is None
    )


def _fire_named_again(lower: str, hit: _Hit, own: list[_Hit]) -> bool:
    """A bare explosion word told as one already known ("the blast", "Wednesday's blast"),
    with no cause word of its own before it ("the bomb blast")."""
    definite = _DEFINITE_BEFORE_BLAST.search(lower, max(0, hit.start - 40), hit.start)
    return definite is not None and not any(
        h.word.kind == "cause" and h.end > definite.start() for h in own
    )


_THE_STRIKE = re.compile(r"(?<![\w-])the\s+strikes?\b(?!\s+(?:on|against)\b)")

_INCIDENT_DAYS = 7


# How a site of no listed cause fails: "The building ... caved in late on Saturday"
_COLLAPSE_VERB = re.compile(
    r"\b(?:collapsed|caved\s+in|gave\s+way|capsized|derailed|sank|burst|crumbled|toppled)\b"
)


def _incident_sentences(doc: Document, compiled: _Compiled) -> frozenset[int]:
    """The indexes of the sentences with an incident verb (memoised: built for the first
    running toll that needs them)."""
    found: frozenset[int] | None = doc.memo.get(("incident sentences",))
    if found is None:
        found = doc.memo[("incident sentences",)] = frozenset(
            doc.sentence_index(m.start()) for m in compiled.incident_verbs.finditer(doc.lower)
        )
    return found


def _incident_day(
    doc: Document, compiled: _Compiled, hits: list[_Hit], record: _Record
) -> DateMention | None:
    """A running toll of one incident is dated by the incident, as a careful coder dates it:
    "The death toll from the stampede rose to 121 on Wednesday" after a stampede on Tuesday.
    The day is the one the first sentence naming the incident's cause, or telling it happen
    ("White Island erupted at 2:11 pm on Monday", ``incident_verbs``), gives (its earliest, if
    it gives several) at most a week before the toll's own (the report's, for a toll told
    without a day); none for a toll over a period ("since March 15"). The sentences with an
    incident verb (``_incident_sentences``, a pass over the whole text) are looked for only
    when the first sentence naming the cause gives no such day."""
    if record.period is not None:
        return None
    if record.date is None:
        told = doc.published
    elif record.date.value is None:
        return None
    else:
        told = record.date.value
    if record.cause is None:
        # a toll of no cause of the closed list, dated by the sentences that tell it happen:
        # "The death toll from the collapse of a building ... rose to 11 on Monday" and "The
        # building ... caved in late on Saturday" (not a storm's landfall: a storm kills over
        # days of rain, as ``_rain_of_days`` says)
        # (a collapse told happening, not any "hit" or "struck": "Gold prices hit a record
        # high on Tuesday", "Temperatures hit 45 degrees")
        candidates: Iterable[int] = sorted(
            index
            for index in _incident_sentences(doc, compiled)
            if doc.lower.find("landfall", doc.sentences[index].start, doc.sentences[index].end) < 0
            and _COLLAPSE_VERB.search(
                doc.lower, doc.sentences[index].start, doc.sentences[index].end
            )
        )
    else:
        cause_sentences = {
            doc.sentence_index(hit.start)
            for hit in hits
            if hit.word.kind == "cause" and hit.word.role == record.cause
        }
        if not cause_sentences:
            return None
        candidates = _incident_candidates(doc, compiled, cause_sentences)
    for index in candidates:
        sentence = doc.sentences[index]
        if index != record.sentence_index and (
            _SEPARATE_INCIDENT_OPENING.match(doc.text, sentence.start)
            or _APART_WORDS.search(doc.text, sentence.start, min(sentence.end, sentence.start + 30))
        ):
            # "In a separate accident on Friday, ...", "In neighbouring Terengganu, a man
            # drowned after his boat capsized yesterday": another incident's day
            continue
        best: DateMention | None = None
        best_day = told
        for mention in doc.dates.find(sentence.start, sentence.end, doc.published, Tense.PAST):
            if mention.value is None:
                continue
            low = max(0, mention.start - 56)
            if _FROM_FIGURE_BEFORE.search(doc.lower, low, mention.start) or _BEGAN_BEFORE.search(
                doc.lower, low, mention.start
            ):
                continue  # "from six yesterday", "rain that began on Wednesday": not the incident's
            gap = (told - mention.value).days
            if 0 < gap <= _INCIDENT_DAYS and mention.value < best_day:
                best, best_day = mention, mention.value
        if best is not None:
            return best  # the first sentence that dates the incident
    return None


# Rain that has gone on for days: "since torrential rain began at the weekend"
_RAINS_SINCE = re.compile(
    r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rains?|rainfall|downpours?|monsoon|storms?"
    r"|flooding|floods)\s+(?:began|started|set\s+in)\b"
)


# ... or told by its length: "caused by four days of torrential rain"
_DAYS_OF_RAIN = re.compile(
    r"\b(?:\w+|\d+)\s+days\s+of\s+(?:[\w-]+\s+){0,2}?(?:rains?|rainfall|downpours?|storms?"
    r"|flooding|floods)\b"
)


def _rain_of_days(doc: Document, record: _Record) -> bool:
    """A running toll of rain that has gone on for days ("The death toll from floods ... rose to
    41 on Tuesday ..., since torrential rain began at the weekend", "killed by floods caused by
    four days of torrential rain rose to 11"): no one day is the incident's."""
    lower, own = doc.lower, record.sentence
    return record.cause == "natural_disaster" and (
        (
            lower.find("since", own.start, own.end) >= 0
            and _RAINS_SINCE.search(lower, own.start, own.end) is not None
        )
        or (
            lower.find("days of", own.start, own.end) >= 0
            and (days := _DAYS_OF_RAIN.search(lower, own.start, own.end)) is not None
            # (not an incident dated before the rain's length: "a landslide that buried a
            # village on Tuesday after three days of heavy rain")
            and _RECENT_DAY.search(lower, own.start, days.start()) is None
        )
    )


def _incident_candidates(
    doc: Document, compiled: _Compiled, cause_sentences: set[int]
) -> Iterator[int]:
    """The sentences that may date an incident, in order: the first naming its cause, then
    the later ones naming it or with an incident verb (looked for only when asked: the first
    sentence mostly gives the day)."""
    first = min(cause_sentences)
    yield first
    incident = _incident_sentences(doc, compiled)
    yield from sorted({i for i in cause_sentences | incident if i > first})


# "Separately, three miners were killed when their truck overturned", "In a separate accident
# on Tuesday, ...": an incident the article reports in its own right, whatever its cause.
_SEPARATE_OPENING = re.compile(
    r"\s*(?:Separately\b|In\s+a\s+separate\s+\w+|Meanwhile,|Elsewhere,|In\s+other\s+news,)"
)
# Another incident, by its noun (not "In a separate statement, the Red Cross said 12 ..."; not
# "Separately," which may tell the same crash from another source)
_OTHER_TIME_OPENING = re.compile(
    r"\s*(?:Last\s+(?:week|month|year|weekend)|Earlier\s+(?:this|last)\s+(?:week|month|year)"
    r"|(?:A|One|Two|Three)\s+(?:days?|weeks?)\s+(?:earlier|before)|Days\s+earlier"
    r"|Weeks\s+earlier)\b"
)
_SEPARATE_INCIDENT_OPENING = re.compile(
    r"\s*In\s+(?:a|another)\s+separate\s+(?:accident|incident|attack|crash|strike|air\s*strike"
    r"|blast|explosion|raid|collision|shooting|bombing|clash|fire|landslide|ambush|assault)\b",
    re.IGNORECASE,
)


_RELATIVE_BEFORE = re.compile(r"\b(?:which\s+[^,;.]*|that\s+(?:has\s+|had\s+|have\s+)?)$")


def _in_relative_clause(text: str, record: _Record) -> bool:
    """Whether the record's first figure is told in a relative clause: "..., which killed",
    ", which left more than 400 people dead"."""
    figure = record.killed or record.injured
    if figure is None:
        return False
    start = figure.trigger.start
    return _RELATIVE_BEFORE.search(text, max(0, start - 80), start) is not None


def _separately_told(doc: Document, sentence_index: int) -> bool:
    """Whether the sentence, or the one before it in its paragraph, opens with "Separately" or
    "In a separate ...": an incident the article reports in its own right."""
    sentence = doc.sentences[sentence_index]
    if _SEPARATE_OPENING.match(doc.text, sentence.start):
        return True
    if sentence_index == 0:
        return False
    before = doc.sentences[sentence_index - 1]
    return (
        before.paragraph == sentence.paragraph
        and _SEPARATE_OPENING.match(doc.text, before.start) is not None
    )


def _lead_end(doc: Document, title_end: int) -> int:
    """Where the lead ends: the headline and the first sentence of the body."""
    return next((s.end for s in doc.sentences if s.start > title_end), title_end)


def _lead_causes(doc: Document, hits: list[_Hit], title_end: int) -> set[str]:
    """Causes named in the headline or the first sentence of the body: what the story is about."""
    lead_end = _lead_end(doc, title_end)
    return {h.word.role for h in hits if h.word.kind == "cause" and h.start < lead_end}


# A conflict's toll over a number of decades: "More than 5,000 people have died in the conflict
# over four decades", "ended three decades of conflict in Northern Ireland in which about 3,500
# people were killed", "a four-decade insurgency" (not a comparison: "the deadliest period in
# nearly two decades"; nor a "decades-long conflict" with no number, a running toll in the
# perfect, ``_LONG_WAR_TOLL``)
_DECADE_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)"
_DECADES_OF_CONFLICT = re.compile(
    r"\b(?:over|across|during|throughout|spanning)\s+(?:the\s+(?:past|last)\s+)?"
    rf"(?:more\s+than\s+|nearly\s+|almost\s+|some\s+)?{_DECADE_COUNT}\s+decades\b"
    rf"|\b{_DECADE_COUNT}(?:\s+decades\s+of|-decades?(?:-long|-old)?)\s+"
    r"(?:civil\s+|armed\s+|separatist\s+)?(?:wars?|conflicts?|insurgency|fighting|violence"
    r"|rebellion|unrest|struggle)\b"
)


def _decades_of_conflict(text: str, record: _Record) -> bool:
    """A toll its clause tells over decades of a conflict, with no weapon named, is the
    conflict's history told as background ("More than 5,000 people have died in the conflict
    over four decades"), not a running toll to code as "the war has killed 300,000 since 2011"
    is; not a figure whose clause says how ("Gunmen killed 12 people in Casamance, a region torn
    by three decades of violence"), nor a war of one decade ("the decade-long war has killed
    150,000") or of decades without a number ("have died in the decades-long conflict")."""
    killed = record.killed
    if killed is None or record.cause is not None:
        return False
    start, end = killed.clause.start, killed.clause.end
    figure = killed.bound.quantity.start
    # (from the last full stop before the figure: "... ended in the late 1990s. Since 1979,
    # landmines ... have killed nearly 20,000")
    stop = max(text.rfind(". ", start, figure), text.rfind(".\n", start, figure))
    if stop >= 0:
        start = stop + 1
    lower = text.lower()
    # (not a toll with a period of its own, "since the 2021 coup", nor a comparison, "the
    # worst bloodshed in the region over two decades")
    if _OWN_PERIOD_OR_COMPARISON.search(lower, start, end) is not None:
        return False
    return _DECADES_OF_CONFLICT.search(lower, start, end) is not None


_OWN_PERIOD_OR_COMPARISON = re.compile(
    r"\bsince\b|\b(?:worst|deadliest|bloodiest|highest|heaviest|biggest|largest)\b"
)


def _is_old_incident(record: _Record, doc: Document) -> bool:
    """A new incident dated months before the article is background ("on Oct. 7, in which about
    1,200 people were killed" in an August article), not an update."""
    if record.scope is not Scope.INCREMENTAL or record.date is None or record.date.value is None:
        return False
    return (doc.published - record.date.value).days > _OLD_INCIDENT_DAYS


def _defers(count: _Count, other: _Count, same_source: bool) -> bool:
    """Whether ``count`` (a figure aside) gives way to ``other``, a figure of the same kind;
    a vague figure only to one from the same source (or when it names none)."""
    if other.aside is not None:
        return False
    mine, theirs = count.bound, other.bound
    if count.aside == "subset":  # part of a larger toll
        return theirs.count > mine.count
    if count.aside == "superseded":  # replaced by a later figure
        return theirs.count != mine.count
    if count.aside == "vague":  # "dozens" beside "at least 40"
        low = mine.low if mine.low is not None else mine.count
        return (
            same_source
            and count.scope is other.scope
            and not _VAGUE.fullmatch(theirs.quantity.text)
            and low <= theirs.count < 10 * max(low, 1)
        )
    return False


# Those who treat the wounded: "hospital director Dr. Sead Malkoc", "a doctor at the clinic"
_CARERS = re.compile(r"\b(?:hospitals?|doctors?|medics?|paramedics?|clinics?|surgeons?)\b")


def _bomb_and_gun(text: str, record: _Record, other_cause: str | None) -> bool:
    """``record`` is an assault told by its bomb and its gunfire (``_blast_and_gunfire``) and
    ``other_cause`` one of the two."""
    if record.cause != "armed_clash" or record.cause_span is None or other_cause is None:
        return False
    word = text[slice(*record.cause_span)].lower()
    return other_cause in ("shooting", "bombing") and _compiled().cause_of.get(word) in (
        "shooting",
        "bombing",
    )


def _carers_count(text: str, record: _Record) -> bool:
    """A count of the wounded alone that a hospital or a doctor gives."""
    return (
        record.killed is None
        and record.injured is not None
        and record.reporter is not None
        and _CARERS.search(text[slice(*record.reporter)].lower()) is not None
    )


def _same_source(text: str, record: _Record, other: _Record) -> bool:
    """``record`` names no source, or the same one as ``other``."""
    if record.reporter is None:
        return True
    if other.reporter is None:
        return False
    mine = text[slice(*record.reporter)].lower()
    theirs = text[slice(*other.reporter)].lower()
    if mine == theirs:
        return True
    # "Lebanon's health minister" and "Health Minister Hamad Hassan": one office, named twice
    office = [_OWNER.sub("", name) for name in (mine, theirs)]
    shorter, longer = sorted(office, key=len)
    if " " in shorter and longer.startswith(shorter):
        return True
    # "state broadcaster CCTV" and "CCTV": a name told with and without what it is
    name = min((text[slice(*record.reporter)], text[slice(*other.reporter)]), key=len)
    return longer.endswith(" " + shorter) and name[:1].isupper() and name.lower() == shorter


_OWNER = re.compile(r"^(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?['’]s\s+")


_GENERIC_SOURCES = frozenset(
    "police officials authorities local health hospital medical rescue security military "
    "residents witnesses doctors medics villagers".split()
)


def _unnamed_source(text: str, record: _Record) -> bool:
    """ "local officials said": a source that names nobody, so a precise figure of a named one
    may be its own ("injured dozens ... By Saturday morning, 61 people had been injured, he
    said")."""
    if record.reporter is None:
        return False  # (``_same_source`` already says yes)
    words = text[slice(*record.reporter)].split()
    # "local officials", "Police" opening a sentence; not "The Red Cross", "Lysak"
    return (
        bool(words)
        and all(w.islower() for w in words[1:])
        and (words[0].islower() or words[0].lower() in _GENERIC_SOURCES)
    )


def _without_asides(
    text: str, records: list[_Record], about_casualties: bool = True
) -> list[_Record]:
    """A subset ("in Sindh alone, 22"), a superseded figure ("had initially put the toll at 12")
    or a vague one ("dozens") is not a record of its own when the article gives the figure it
    defers to; the other figure of its record (the wounded) stays."""
    if not any(c is not None and c.aside for r in records for c in (r.killed, r.injured)):
        return records
    current = [
        r
        for r in records
        if any(
            c is not None and c.aside is None and c.scope is Scope.INCREMENTAL
            for c in (r.killed, r.injured)
        )
    ]
    out = []
    for record in records:
        if any(
            c is not None and c.aside == "earlier" for c in (record.killed, record.injured)
        ) and (not about_casualties or any(r is not record for r in current)):
            # an older incident beside the one the article reports, or in a story whose
            # headline and lead tell of no one killed or hurt (a diplomatic story's background)
            continue
        changed = False
        for kind in ("killed", "injured"):
            count: _Count | None = getattr(record, kind)
            if count is None or count.aside is None:
                continue
            deferred_to = [
                r
                for r in records
                if r is not record
                and getattr(r, kind) is not None
                # "killing several militants" in an airstrike does not give way to the nine
                # soldiers a bombing killed: another incident's figure
                and not (
                    count.aside == "vague"
                    and record.cause is not None
                    and r.cause is not None
                    and record.cause != r.cause
                )
                and _defers(
                    count,
                    getattr(r, kind),
                    _same_source(text, record, r) or _unnamed_source(text, record),
                )
            ]
            if deferred_to:
                if (
                    count.aside == "superseded"
                    and kind == "killed"
                    and not _SEPARATE_OPENING.match(text, record.sentence.start)
                ):
                    _revised(record, deferred_to)
                setattr(record, kind, None)
                if record.victims_span == count.bound.noun:
                    record.victims = record.victims_span = None
                changed = True
        if record.killed is None and record.injured is None:
            continue
        if changed:
            record.evidence = _evidence(record)
        out.append(record)
    return out


def _revised(superseded: _Record, later: list[_Record]) -> None:
    """The toll that replaced an earlier, lower one of its source ("The group had put the toll
    at nine early on Sunday before more bodies were recovered") is that incident's toll so far:
    cumulative, as the analysts code a revised toll. The replacing toll is the one of the same
    source nearest before the superseded figure, else the nearest before it."""
    assert superseded.killed is not None
    low = superseded.killed.bound.count
    higher = [
        r
        for r in later
        if r.killed is not None
        and r.killed.bound.count > low
        and r.sentence_index <= superseded.sentence_index
    ]
    if not higher:
        return
    target = max(higher, key=lambda r: r.sentence_index)
    if target.scope is Scope.INCREMENTAL:
        target.scope = Scope.CUMULATIVE


def _without_sums(text: str, records: list[_Record]) -> list[_Record]:
    """ "killing two Pakistani soldiers and four Afghan civilians" summing the two sides' own
    reports given later: the sum is not an incident of its own."""
    incremental = [r for r in records if r.scope is Scope.INCREMENTAL and r.killed_count]
    sums = set()
    for record in incremental:
        assert record.killed is not None
        others = [
            r
            for r in incremental
            if r is not record and 0 < r.sentence_index - record.sentence_index <= 3
        ]
        if record.killed.bound.count == record.killed.bound.quantity.count:
            # not a sum of groups ("two soldiers and four civilians"), but maybe the writer's
            # sum of two sides' accounts: "a clash ... killed at least 12 troops", then one
            # army's eight dead and the other army's four
            if record.reporter is None and _sides_add_up(text, record, others):
                sums.add(id(record))
            continue
        for size in (2, 3):
            for group in combinations(others, size):
                if sum(r.killed_count or 0 for r in group) == record.killed_count and all(
                    r.date is None or record.date is None or r.date.value == record.date.value
                    for r in group
                ):
                    sums.add(id(record))
    return [r for r in records if id(r) not in sums]


# "killing at least 14 people in the two countries"
_IN_THE_COUNTRIES_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:in|across)\s+(?:the\s+)?(?:two|three|four|both|all\s+three)"
    r"\s+(?:countries|nations|states)\b"
)
_COUNTRIES_REACH = 8


def _without_countries_sums(text: str, records: list[_Record]) -> list[_Record]:
    """The records less a lead's toll of the dead alone that sums the countries' own
    (``_countries_sum``), before the wounded told next are given to a record."""
    return [r for r in records if r.injured is not None or not _countries_sum(text, r, records)]


def _countries_sum(text: str, record: _Record, records: list[_Record]) -> bool:
    """A lead's toll "in the two countries" that the article then gives country by country
    ("In Bangladesh, nine people were killed", "at least five people died in Maungdaw"): the
    sum of the countries' own records, no incident of its own."""
    killed = record.killed
    if killed is None or not _IN_THE_COUNTRIES_AFTER.match(text, killed.bound.quantity.end):
        return False
    parts = [
        r
        for r in records
        if r is not record
        and r.killed_count
        and r.place is not None
        and 0 < r.sentence_index - record.sentence_index <= _COUNTRIES_REACH
    ]
    for size in (2, 3):
        for group in combinations(parts, size):
            states = {r.place.location.country_code for r in group if r.place is not None}
            if (
                len(states) == size
                and sum(r.killed_count or 0 for r in group) == killed.bound.count
            ):
                return True
    return False


def _other_towns(record: _Record, other: _Record) -> bool:
    """Whether the two records name two different towns of their own."""
    a, b = record.place, other.place
    return (
        a is not None
        and b is not None
        and record.place_from_text
        and other.place_from_text
        and a.rank == b.rank == 3
        and a.location.geonames_id != b.location.geonames_id
    )


def _sides_add_up(text: str, record: _Record, others: list[_Record]) -> bool:
    """Two figures told next, each by its own named source and of one day, that add up to the
    figure of ``record``."""
    for first, second in combinations(others, 2):
        if (
            first.reporter is not None
            and second.reporter is not None
            and not _same_source(text, first, second)
            and (first.killed_count or 0) + (second.killed_count or 0) == record.killed_count
            and first.date is not None
            and second.date is not None
            and first.date.value is not None
            and first.date.value == second.date.value
            # (of the one incident: not figures of other towns that happen to add up)
            and not _other_towns(first, second)
            and not _other_towns(first, record)
            and not _other_towns(second, record)
        ):
            return True
    return False


def _hits(
    compiled: _Compiled, lower: str, memo: dict[tuple[object, ...], Any] | None = None
) -> list[_Hit]:
    """Leftmost-longest matches among the whole-word ones, blockers and modifiers dropped.

    Word boundaries are checked before choosing the longest match: choosing first would let
    "suicide bombing" inside "suicide bombings" hide the whole word "bombings". A blocker
    ("killed off") and a modifier ("war-torn") still shadow the shorter words inside them.
    """
    n = len(lower)
    found: list[tuple[int, int, _Word]] = []
    matches = (
        compiled.automaton.iter(lower)
        if memo is None
        else LOWER_TEXT_PASS.matches(compiled.automaton, lower, memo)  # one pass shared
    )
    for end_index, (length, word) in matches:
        start = end_index - length + 1
        if start and (lower[start - 1].isalnum() or lower[start - 1] == "-"):
            continue
        if end_index + 1 < n and lower[end_index + 1].isalnum():
            continue
        found.append((start, -length, word))
    # One phrase per (start, length), so the sort never compares two words.
    found.sort()
    out: list[_Hit] = []
    last_end = -1
    for start, negative_length, word in found:
        if start < last_end:
            continue
        last_end = end = start - negative_length
        if word.kind == "block":
            continue
        if (
            word.kind != "number"  # "twenty-five"
            and end < n - 1
            and lower[end] == "-"
            and lower[end + 1].isalpha()
        ):
            continue  # "war-torn", "death-toll-style": a modifier, not the word itself
        out.append(_Hit(start, end, word))
    return out


def _cue_matches(
    compiled: _Compiled, lower: str, start: int, end: int
) -> list[tuple[int, int, frozenset[str]]]:
    """What ``compiled.cues.finditer(lower, start, end)`` finds, with its kinds.

    The automaton is several times faster than the alternation, and gives the same
    leftmost-longest whole words (``\\w`` is a letter, digit or "_"; the lookahead sees
    ``end`` as the end of the text) where the text has only single spaces; elsewhere
    (a line break, a run of spaces: ``\\s+`` in the pattern) the pattern itself runs.
    """
    part = lower[start:end]
    if "  " in part or not part.isprintable():
        kinds = compiled.cue_kinds
        return [
            (m.start(), m.end(), kinds[" ".join(m.group(0).split())])
            for m in compiled.cues.finditer(lower, start, end)
        ]
    n = len(part)
    found: list[tuple[int, int, frozenset[str]]] = []
    for end_index, (length, cue_kinds) in compiled.cue_automaton.iter(part):
        first = end_index - length + 1
        before = lower[start + first - 1] if start + first else " "
        if before.isalnum() or before in "_-":
            continue
        if end_index + 1 < n and (part[end_index + 1].isalnum() or part[end_index + 1] == "_"):
            continue
        found.append((first, -length, cue_kinds))
    found.sort()  # one phrase per (start, length): the kinds are never compared
    out: list[tuple[int, int, frozenset[str]]] = []
    last_end = -1
    for first, negative_length, cue_kinds in found:
        if first >= last_end:
            last_end = first - negative_length
            out.append((start + first, start + last_end, cue_kinds))
    return out


# -- reading the sentences ---------------------------------------------------------------------


class _Reader:
    """Reads the casualty figures of one article's sentences."""

    def __init__(self, doc: Document, lower: str, compiled: _Compiled, gaz: Gazetteer) -> None:
        self.doc = doc
        self.text = doc.text
        self.lower = lower
        self.c = compiled
        self.gaz = gaz
        self._placed: dict[int, _Placed | None] = {}
        self._seats: dict[int, _Placed] = {}  # places a speaking source sits in
        self._snippet_dates: dict[str, list[DateMention]] = {}
        # (sentence index, earlier figure) of each toll told as risen from a figure alone
        self.rises: list[tuple[int, int]] = []
        # the records read so far, headline's and body's, in the order of their sentences
        self.told: list[_Record] = []
        self._countries: dict[str, Location] = {}
        self._cities: dict[tuple[str, str | None], City | None] = {}
        # each name's mentions that the text places in a country (``_tied_country``)
        self._ties: dict[str, list[tuple[int, Mention]]] = {}
        self._nations_named: tuple[list[Mention], Counter[str | None]] | None = None
        self.topic_countries = doc.topic_countries  # a new frozenset on every access

    def country_location(self, iso3: str) -> Location:
        """The gazetteer's location of a country, built once per article."""
        location = self._countries.get(iso3)
        if location is None:
            location = self._countries[iso3] = self.gaz.country_location(iso3)
        return location

    # -- clauses ------------------------------------------------------------------------------
    def _breaks(self, context: _Sentence) -> list[tuple[int, int, bool]]:
        if context.breaks is not None:
            return context.breaks
        lower, text, sentence = self.lower, self.text, context.sentence
        found: list[tuple[int, int, bool]] = []
        dateline = self.doc.dateline
        if dateline is not None and sentence.start < dateline[1] <= sentence.end:
            found.append((sentence.start, dateline[1], True))
        # the dashes around a breakdown of a toll ("131 civilians - 102 men, 17 women and 12
        # children - were killed") enclose an aside, not a clause
        paired = (
            {
                x
                for b in _BREAKDOWN_DASHES.finditer(lower, sentence.start, sentence.end)
                for x in (b.start() + 1, b.end() - 2)
            }
            if lower.count(" - ", sentence.start, sentence.end) >= 2
            or lower.find("—", sentence.start, sentence.end) >= 0
            or lower.find("–", sentence.start, sentence.end) >= 0
            else ()
        )
        for m in _PUNCTUATION.finditer(lower, sentence.start, sentence.end):
            p, mark = m.start(), m.group(0)
            if p in paired:
                continue
            if mark == ";":
                found.append((p, p + 1, True))
            elif mark == ":":
                after_colon = text[p + 1 : p + 3].lstrip()
                if after_colon[:1].isupper() or after_colon[:1] in '“"':
                    found.append((p, p + 1, True))
            elif mark != ",":  # a dash between spaces, not a hyphen
                if lower[p - 1 : p] == " " and lower[p + 1 : p + 2] in (" ", "-"):
                    found.append((p - 1, p + 2, True))
            else:
                words = lower[p + 1 : p + 40].split(maxsplit=3)[:3]
                first = words[0] if words else ""
                if first in _STRONG_WORDS and (first != "as" or self._as_breaks(words)):
                    at = lower.index(first, p) + len(first)
                    found.append((p, at, not _while_doing(lower, first, at)))
                elif first in _RELATIVE_WORDS:
                    found.append((p, lower.index(first, p) + len(first), False))
                elif first in _QUANTIFIERS and any(w in _RELATIVE_WORDS for w in words[1:3]):
                    relative = next(w for w in words[1:3] if w in _RELATIVE_WORDS)
                    found.append((p, lower.index(relative, p) + len(relative), False))
                elif first in _CONSEQUENCE_WORDS:
                    found.append((p, p + 1, False))
        for m in _BREAK_WORD.finditer(lower, sentence.start, sentence.end):
            word = m.group(0).strip()
            if word == "as":
                before = lower[max(sentence.start, m.start() - 8) : m.start()].split()[-1:]
                following = lower[m.end() : m.end() + 30].split()[:1]
                if (before and before[0] in _NOT_AS_BREAK_BEFORE) or not self._as_breaks(
                    ["as", *following]
                ):
                    continue
            if word in ("following", "before", "after") and lower[
                max(sentence.start, m.start() - 4) : m.start()
            ].endswith(("the", " a")):
                continue  # "the following year", "the day before": not a clause
            strong = word in _STRONG_WORDS and not _while_doing(lower, word, m.end() - 1)
            found.append((m.start(), m.end(), strong))
        found.sort()
        context.breaks = found
        return found

    @staticmethod
    def _as_breaks(words: list[str]) -> bool:
        """ ", as the envoy met Putin" separates two events; "as many as" does not."""
        return len(words) < 2 or words[1] not in _NOT_AS_BREAK_AFTER

    def _clause(self, context: _Sentence, start: int, end: int, strong_only: bool) -> _Clause:
        key = (start, end, strong_only)
        clause = context.clauses.get(key)
        if clause is not None:
            return clause
        lo, hi = context.sentence.start, context.sentence.end
        for b_start, b_end, strong in self._breaks(context):
            if strong_only and not strong:
                continue
            if b_end <= start:
                lo = max(lo, b_end)
            elif b_start >= end:
                hi = b_start
                break
        clause = context.clauses[key] = _Clause(lo, hi)
        return clause

    def _quantities(self, context: _Sentence, clause: _Clause) -> list[Quantity]:
        if context.quantities is None:
            # Only numbers near a death or injury word can count its victims; reading the
            # others ("forced 300,000 people to flee") is wasted work.
            sentence = context.sentence
            near: list[Span] = []
            candidates: list[int] = []
            for h in context.hits:
                if h.word.casualty:
                    reach = _TOLL_REACH_AFTER if h.word.role == "toll" else _REACH_AFTER
                    near.append((max(sentence.start, h.start - _REACH_BEFORE), h.end + reach))
                elif h.word.kind == "number":
                    candidates.append(h.start)
            candidates.extend(
                m.start() for m in _DIGITS.finditer(self.lower, sentence.start, sentence.end)
            )
            anchors = []
            for anchor in candidates:
                for lo, hi in near:
                    if lo <= anchor < hi:
                        anchors.append(anchor)
                        break
            anchors.sort()
            context.quantities = (
                find_quantities(self.text, sentence.start, sentence.end, anchors) if anchors else []
            )
        key = (clause.start, clause.end)
        inside = context.clause_quantities.get(key)
        if inside is None:
            lo, hi = clause.start, clause.end
            inside = [q for q in context.quantities if lo <= q.start and q.end <= hi]
            context.clause_quantities[key] = inside
        return inside

    def _dates(self, context: _Sentence, area: _Clause) -> list[DateMention]:
        """Dates in ``area``, read only around its date words (``find_dates`` is costly)."""
        found: dict[tuple[int, int], DateMention] = {}
        sentence = context.sentence
        for hit in context.hits:
            if hit.word.kind != "date" or not area.start <= hit.start < area.end:
                continue
            mentions = context.dates.get(hit.start)
            if mentions is None:
                before, after = _DATE_WORDS[hit.word.phrase]
                start = max(sentence.start, hit.start - before)
                end = min(sentence.end, hit.end + after)
                snippet = self.text[start:end]
                relative = self._snippet_dates.get(snippet)
                if relative is None:  # "on Tuesday" twice in an article is read once
                    relative = find_dates(snippet, 0, len(snippet), self.doc.published, Tense.PAST)
                    self._snippet_dates[snippet] = relative
                mentions = [
                    DateMention(m.start + start, m.end + start, m.text, self._day_of(m))
                    for m in relative
                ]
                context.dates[hit.start] = mentions
            for mention in mentions:
                if area.start <= mention.start and mention.end <= area.end:
                    found.setdefault((mention.start, mention.end), mention)
        return sorted(found.values(), key=lambda d: d.start)

    def _day_of(self, mention: DateMention) -> date | None:
        """ "overnight" in a news report is the night before publication: the previous day."""
        if mention.value is None and mention.text.lower() == "overnight":
            return self.doc.published - timedelta(days=1)
        return mention.value

    # -- the sentence -------------------------------------------------------------------------
    def read_sentence(
        self, context: _Sentence, frame: _Frame | None, describe: bool = True
    ) -> list[_Record]:
        if not self._quantities(
            context, _Clause(context.sentence.start, context.sentence.end)
        ) and not any(h.word.casualty and self._may_bind_single(context, h) for h in context.hits):
            return []  # no number near a death or injury word, no "a man was killed" either
        if _WORK_SHOWS_OPENING.match(self.text, context.sentence.start) and not (
            # (not footage of news: "The film shows a strike that killed four people in Tyre
            # on Sunday, Lebanon's health ministry said")
            _NEWS_OF_NOW.search(self.text, context.sentence.start, context.sentence.end)
        ):
            # "The film uses newly restored footage of the siege of Port Arthur, where tens of
            # thousands died": the dead a work shows, not an incident reported
            return []
        counts: list[_Count] = []
        used: set[int] = set()
        for hit in context.hits:
            if not hit.word.casualty:
                continue
            if (
                hit.word.phrase.startswith("lost ")
                and _ONE_OF_THOSE_BEFORE.search(self.lower, max(0, hit.start - 20), hit.start)
                and any(
                    h.word.casualty and h.word.kind == hit.word.kind and h.start < hit.start
                    for h in context.hits
                )
            ):
                continue  # "Three Thai soldiers were wounded and one lost a leg": one of those
            clause = self._clause(context, hit.start, hit.end, strong_only=False)
            bound = self._bind(context, hit, clause)
            if bound is None or bound.quantity.start in used:
                continue
            if bound.quantity.start >= clause.end:
                # (a toll bound past its name's own clause: the figure's clause is the toll's)
                clause = self._clause(context, hit.start, hit.end, strong_only=True)
            if self._suppressed(context, hit, bound, clause):
                continue
            used.add(bound.quantity.start)
            kind: Kind = "killed" if hit.word.kind == "killed" else "injured"
            window = self._clause(context, hit.start, hit.end, strong_only=True)
            count = _Count(kind, bound, hit, clause, window)
            self._scope(context, count)
            count.aside = self._aside(context, count)
            # "dozens" of an earlier incident is its background all the same
            if count.aside in (None, "vague") and self._earlier_month(context, count):
                count.aside = "earlier"
            counts.append(count)
        if any(c.toll_change for c in counts) or (
            any(c.increment for c in counts)
            and _TOLL_RAISED_FROM.search(self.lower, context.sentence.start, context.sentence.end)
        ):
            # "the bodies of six more soldiers ..., raising the death toll to 15": the six are
            # part of the new total, not an incident of their own; so are "another 34 bodies
            # ..., raising the toll from 117" (the new total told in another sentence).
            counts = [c for c in counts if c.toll_change or not c.increment]
        counts = [c for c in counts if not self._rise_of_a_toll(c, counts)]
        # (also with no figure of its own: "The death toll rose from seven on Thursday as
        # rescuers found more bodies" tells the toll before was a running one)
        counts = self._after_a_rise(context, counts, frame)
        records: list[_Record] = []
        for count in counts:
            target = next(
                (
                    r
                    for r in records
                    if r.scope is count.scope
                    and getattr(r, count.kind) is None
                    and _first_count(r).window == count.window
                ),
                None,
            )
            if target is None:
                target = _Record(None, None, count.scope, context.sentence, context.index)
                records.append(target)
            setattr(target, count.kind, count)
        for record in records:
            if describe:
                self.describe(record, context, frame)
            else:
                record.evidence = _evidence(record)
        return records

    # -- tying a number to its death/injury word ---------------------------------------------
    def _bind(self, context: _Sentence, hit: _Hit, clause: _Clause) -> _Bound | None:
        role = hit.word.role
        if hit.word.phrase in _TREATED and not self._care(context, hit, clause):
            return None
        if (
            "hospital" in hit.word.phrase
            and _AS_A_PRECAUTION.match(self.lower, hit.end)
            # (not with a wound named: "for observation after suffering smoke inhalation")
            and _INJURY.search(self.lower, hit.end, context.sentence.end) is None
            and _HARM_AFTER.search(self.lower, hit.end, context.sentence.end) is None
        ):
            return None  # "two were taken to hospital as a precaution": no one hurt
        if (
            "treated" in hit.word.phrase
            and _WHO_WAS_BEFORE.search(self.lower, max(0, hit.start - 24), hit.start)
            and (died := _DIED_AFTER.search(self.lower, hit.end, context.sentence.end))
            # (its own verb: not "were flown to Kyiv, while a third soldier died")
            and not _OTHER_SUBJECT_BETWEEN.search(self.lower, hit.end, died.start())
        ):
            return None  # "a man who was being treated for gunshot wounds died": dead, not hurt
        if role == "governed":
            governors = self.c.governed.get(hit.word.phrase)
            if governors is None or not governors.search(self.lower, clause.start, clause.end):
                return None  # "pulling bodies from the rubble", "saved 300 lives"
        quantities = self._quantities(context, clause)
        if role == "toll" or (role == "verb" and hit.word.kind == "killed"):
            # "raising to five the number of Chinese nationals killed", "bringing to 45 the
            # death toll": a toll told after its new figure
            # (a verb only after "the number of": not "raising to five the men killed")
            for q in quantities:
                between = _THE_TOLL_BETWEEN.fullmatch(self.lower, q.end, hit.start)
                if (
                    between is not None
                    and (role == "toll" or between.group(1) is not None)
                    and _RAISING_TO_BEFORE.search(self.lower, max(0, q.start - 24), q.start)
                ):
                    return self._bound(q, (q.start, hit.end), None)
        if role == "toll":
            if not any(q.start >= hit.end for q in quantities):
                # "The number of people killed after a ferry sank ... rose to nine": the toll's
                # name may hold a clause of its own ("after", "when"); its link words and length
                # are checked by ``_bind_toll``
                window = self._clause(context, hit.start, hit.end, strong_only=True)
                quantities = self._quantities(context, window)
            return self._bind_toll(hit, quantities) if quantities else None
        if quantities:
            if (
                role == "verb"
                and self.lower.startswith(" at ", hit.end)
                and _NUMBER_OF_BEFORE.search(
                    self.lower, max(clause.start, hit.start - 48), hit.start
                )
            ):
                # "put the number of Afghan fighters killed at between 10 and 15": a toll
                # (not "the number of people injured ... rose to 359", read as it was)
                toll = self._bind_toll(hit, quantities)
                if toll is not None:
                    return toll
            if role == "verb":
                after = self._bind_after(hit, quantities)
                if after is not None:
                    return after
            else:
                of = self._bind_of(hit, quantities)
                if of is not None:
                    return of
            before = self._bind_before(hit, quantities)
            if before is not None:
                return before
        if not self._may_bind_single(context, hit):
            return None
        single = self._bind_single(context, hit, clause)
        if single is None and role == "verb":
            return self._bind_single_object(hit)
        return single

    def _may_bind_single(self, context: _Sentence, hit: _Hit) -> bool:
        """Whether ``hit`` may count one victim named by a noun or a name: a passive ("was
        killed") or an active verb before a determiner ("killing an elderly woman"); not the
        figurative "hurt" ("was hurt by the remarks") nor a sports injury ("was injured in the
        30th minute")."""
        lower = self.lower
        if hit.word.phrase in _NOT_SINGLE_WORDS:
            return False
        if not (
            _PASSIVE_BEFORE.search(lower, max(0, hit.start - 24), hit.start)
            or _PLURAL_PASSIVE_BEFORE.search(lower, max(0, hit.start - 24), hit.start)
            or _elided_one_more(lower, context.sentence.start, hit.start) is not None
            or (hit.word.role == "verb" and _SINGLE_OBJECT.match(lower, hit.end))
            or (
                hit.word.phrase in _SINGLE_DEATH_VERBS  # "a fisherman drowned"
                and not _NEARLY_BEFORE.search(lower, max(0, hit.start - 16), hit.start)
            )
        ):
            return False
        sentence = context.sentence
        return _SPORTS_CONTEXT.search(lower, sentence.start, sentence.end) is None

    def _single_noun(self, noun: Span | None) -> bool:
        return noun is not None and self.lower[noun[0] : noun[1]] in self.c.single

    def _bind_single_object(self, hit: _Hit) -> _Bound | None:
        """ "killing an elderly woman and injuring her grandson": one victim of an active verb."""
        lower = self.lower
        article = _SINGLE_OBJECT.match(lower, hit.end)
        if article is None:
            return None
        age = _AGE_BEFORE_NOUN.match(lower, article.end())  # "killing a 60-year-old woman"
        after = article.end() if age is None else age.end()
        noun = self._people_at(after, min(len(lower), after + 40))
        if noun is None or not self._single_noun(noun):
            return None
        if lower.startswith(("'s", "’s"), noun[1]) or not self._free_after(noun[1]):
            return None  # "killed a man's hopes"
        start, end, count = article.start(1), noun[1], 1
        # "killing its driver and a passenger": one more each
        while (more := _SINGLE_OBJECT_AND.match(lower, end)) is not None:
            size = 1
            number = _WORD.match(lower, more.end())
            value = None if number is None else parse_single(number.group(1))
            if number is not None and value is not None and 1 < value < 100:
                # "killed a woman and her three children"
                size = value
                other = self._people_at(number.end(), min(len(lower), number.end() + 40))
            else:
                other = self._people_at(more.end(), min(len(lower), more.end() + 40))
                if not self._single_noun(other):
                    other = None
            if other is None:
                break
            end, count = other[1], count + size
        bound = self._bound(self._exact(start, end, count), (hit.start, end), noun)
        # "killed a soldier and two civilians": a counted group after the one
        joiner = _COORDINATION.match(lower, end, min(len(lower), end + 8))
        if joiner is not None and "and" in joiner.group(0):
            group = next(iter(find_quantities(self.text, joiner.end(), joiner.end() + 40)), None)
            people = None
            if group is not None and group.start == joiner.end():
                people = self._people_at(group.end, min(len(lower), group.end + 40))
            verb = None if people is None else _WORD.match(lower, people[1])
            if verb is not None and verb.group(1) in _AUX:
                people = None  # "killed a policeman and two civilians were wounded"
            if group is not None and people is not None:
                bound = _add(bound, group, self._victims(people))
                bound.span = (bound.span[0], people[1])
        return bound

    def _bind_single(self, context: _Sentence, hit: _Hit, clause: _Clause) -> _Bound | None:
        """ "A policeman was killed", "its captain was seriously injured": one victim."""
        lower = self.lower
        aux = _PASSIVE_BEFORE.search(lower, max(clause.start, hit.start - 24), hit.start)
        pair_only = False
        if aux is None:
            aux = _PLURAL_PASSIVE_BEFORE.search(lower, max(clause.start, hit.start - 24), hit.start)
            pair_only = aux is not None
        if aux is not None:
            verb_at = aux.start()
        elif hit.word.phrase in _SINGLE_DEATH_VERBS:
            verb_at = hit.start  # "a 70-year-old man drowned after his boat capsized"
        else:
            # "One soldier was killed and another wounded": the passive's auxiliary elided
            other = _elided_one_more(lower, context.sentence.start, hit.start)
            if other is not None:
                start, end = other.span(1)
                return self._bound(self._exact(start, end), (start, hit.end), None)
            return None
        found = None
        for article in _SINGLE_SUBJECT.finditer(lower, max(clause.start, verb_at - 60), verb_at):
            # (an age between: "a 10-year-old boy was killed by a stray bullet")
            age = _AGE_BEFORE_NOUN.match(lower, article.end(), verb_at)
            noun = self._people_at(age.end() if age else article.end(), verb_at)
            demonym = False
            if noun is None and age is not None:
                noun = self._demonym_at(age.end(), verb_at)  # "a 17-year-old Palestinian"
                demonym = noun is not None
            apposition = None
            if noun is None and age is None:
                # "The 16-year-old, a resident of Lalmonirhat district, was shot dead"
                apposition = _AGE_APPOSITION.fullmatch(lower, article.end(), verb_at)
                if apposition is not None:
                    noun, demonym = (article.end(), apposition.start(1)), True
            if noun is None or not (demonym or self._single_noun(noun)):
                continue
            if age is not None and lower.find(" who ", noun[1] - 1, verb_at + 1) >= 0:
                continue  # "said Mohammed Ali, a 35-year-old driver who was injured": a witness
            after = noun[1] if apposition is None else verb_at
            unit = _OF_A_UNIT.match(self.text, after, verb_at)
            if unit is not None:
                after = unit.end()  # "a sergeant of the National Guard had been killed"
            decade = _DECADE_AGE_AFTER.match(lower, after, verb_at)
            if decade is not None:
                after = decade.end()  # "a woman in her 70s died after she was swept off"
            if self._only_aux(after, hit.start):
                if not pair_only:
                    found = article, noun
            elif apposition is None and unit is None:
                # "a woman and her son were killed": one more person of a single noun joined
                # by "and" (not "a woman and her neighbours", whose count is unknown)
                more = self._one_more_person(noun[1], verb_at)
                if (
                    more is not None
                    # (not a list's last two: "A man, his wife and their son were killed")
                    and not _PERSON_LISTED_BEFORE.search(
                        self.lower, max(0, article.start(1) - 30), article.start(1)
                    )
                    and self._single_noun(more[1])
                    and self._only_aux(more[1][1], hit.start)
                ):
                    start = article.start(1)
                    return self._bound(self._exact(start, more[1][1], 2), (start, hit.end), noun)
        if found is None:
            if aux is None or pair_only:
                return None  # (a name before an intransitive verb is read elsewhere)
            sentence_start = context.sentence.start
            other = _ONE_MORE_BEFORE.search(lower, max(sentence_start, verb_at - 16), verb_at)
            if other is not None:
                # "Two deminers were killed and another was injured": one more of them
                start, end = other.span(1)
                return self._bound(self._exact(start, end), (start, hit.end), None)
            return self._named_victim(hit, context.sentence.start, verb_at)
        article, noun = found
        start, end = article.start(1), noun[1]
        ordinal = (
            _AN_ORDINAL.match(lower, start, noun[0])
            if hit.word.kind == "killed" and _LATER_DEATH.match(lower, noun[1]) is not None
            else None
        )
        if ordinal is not None:
            # "A seventh resident has died": the seventh death of a toll, seven in all
            count = _ORDINALS[ordinal.group(1)]
            return self._bound(self._exact(start, end, count), (start, hit.end), noun)
        return self._bound(self._exact(start, end), (start, hit.end), noun)

    def _care(self, context: _Sentence, hit: _Hit, clause: _Clause) -> bool:
        """Whether "been treated" or "had treated" tells the care of the wounded (see
        ``_TREATED``)."""
        lower = self.lower
        if hit.word.phrase in ("were treated", "was treated"):
            return _PASSIVE_CARE_AFTER.match(lower, hit.end, context.sentence.end) is not None
        if hit.word.phrase == "been treated":
            # (to the sentence's end: "as" may end the clause)
            return _CARE_AFTER.match(lower, hit.end, context.sentence.end) is not None
        if _FOR_ILLNESS.search(lower, hit.end, clause.end):
            return False  # "had treated 500 patients for malnutrition"
        return not (
            _CASELOAD.search(lower, hit.end, clause.end)
            and not _INJURY.search(lower, hit.end, clause.end)
        )

    def _demonym_at(self, position: int, limit: int) -> Span | None:
        """A nationality word standing for a person right at ``position``, up to the verb ("a
        17-year-old Palestinian was shot dead")."""
        for mention in self.doc.mentions_in(position, limit):
            if (
                mention.start == position
                and mention.kind is MentionKind.ADJECTIVE
                and self._only_aux(mention.end, limit)
            ):
                return (mention.start, mention.end)
        return None

    def _named_victim(self, hit: _Hit, floor: int, aux: int) -> _Bound | None:
        """ "Swarna Das, a class-eight student, was shot dead": a person named without a title
        (capitalised words that are no place, country or body of the gazetteer)."""
        if hit.word.kind != "killed":
            return None
        low = max(floor, aux - 100)
        name = _NAMED_VICTIM.search(self.text, low, aux)
        if name is None:
            return None
        start, end = name.span(1)
        words = name.group(1).split()
        if words[0] in _NOT_NAME_WORDS or words[-1] in _NOT_NAME_WORDS:
            return None
        if len(words) == 1 and not (
            _AGE_ASIDE.fullmatch(name.group(2) or "") and hit.word.phrase in _KILLINGS_OF_A_PERSON
        ):
            # a lone capitalised word is a person only with an age after it, and only the
            # subject of a killing of one person ("Karimov, 58, had been executed"), not of a
            # bare "killed" that may tell one of a toll already counted ("An air strike killed
            # 12 in Rafah ... Relatives said Ahmed, 8, had been killed as he slept")
            return None
        if len(words) == 1 and self._anniversary_near(start):
            return None  # "marked five years since the journalist's death. Khashoggi, 59, was
            # murdered": an old killing recalled
        mentions = self.doc.mentions_in(start, end)
        titled = bool(mentions) and mentions[0].kind is MentionKind.TITLE
        if not (name.group(2) or titled or hit.word.phrase in _KILLINGS_OF_A_PERSON):
            return None  # "Hurricane Beryl had been killed by wind shear", "Apple Inc was killed"
        if mentions and all(m.kind is MentionKind.TITLE for m in mentions):
            start = mentions[-1].end  # "Journalist Maria Lopez", "Hamas leader Ismail Haniyeh"
            while start < end and self.text[start] == " ":
                start += 1
            if " " not in self.text[start:end]:
                return None
        elif any(m.start <= start or m.kind is not MentionKind.CITY for m in mentions):
            return None  # "Khyber Pakhtunkhwa", "United Nations": not a person
        # (a town only after the first name is a surname: "Maria Lopez", "Ali Hassan")
        return self._bound(self._exact(start, end), (start, hit.end), None)

    def _exact(self, start: int, end: int, count: int = 1) -> Quantity:
        """The exact count of the people ``text[start:end]`` names ("a policeman", "Swarna
        Das", "a woman and her three children")."""
        return Quantity(start, end, self.text[start:end], count, count, count, False)

    def _only_aux(self, position: int, end: int) -> bool:
        """Only auxiliaries and adverbs between ``position`` and ``end``."""
        lower = self.lower
        while position < end:
            word = _WORD.match(lower, position, end)
            if word is None or (word.group(1) not in _AUX and not word.group(1).endswith("ly")):
                break
            position = word.end()
        return not lower[position:end].strip()

    def _bind_after(self, hit: _Hit, quantities: list[Quantity]) -> _Bound | None:
        """ "killed 11 people", "wounding at least 40", "killed two soldiers and a civilian"."""
        q = next((q for q in quantities if q.start >= hit.end), None)
        if q is None or not _BEFORE_COUNT.fullmatch(self.lower, hit.end, q.start):
            return None
        return self._counted_after(q, hit, quantities)

    def _bind_of(self, hit: _Hit, quantities: list[Quantity]) -> _Bound | None:
        """ "the deaths of three men", "the bodies of six more soldiers"."""
        q = next((q for q in quantities if q.start >= hit.end), None)
        if q is None or not _OF.fullmatch(self.lower, hit.end, q.start):
            return None
        bound = self._counted_after(q, hit, quantities)
        return bound if bound is not None and bound.noun is not None else None

    def _counted_after(self, q: Quantity, hit: _Hit, quantities: list[Quantity]) -> _Bound | None:
        """The number after an active verb counts people unless another noun follows it."""
        end = q.end
        noun = self._people_at(end)
        if noun is None and (partitive := _PARTITIVE.match(self.lower, end)) is not None:
            # "killing 38 of the 67 people on board": 38, of the people the total counts
            total = next((x for x in quantities if x.start == partitive.end()), None)
            if total is not None and (noun := self._people_at(total.end)) is not None:
                end = noun[1]
        if noun is None and (group := _OF_THE_GROUP_AFTER.match(self.lower, end)) is not None:
            # "soldiers killed three of the attackers": three, of the people named after
            noun = self._people_at(group.end())
        if noun is not None:
            end = noun[1]
        elif not self._free_after(end):
            return None  # "killed 12 sheep", "cut 1,200 jobs"
        bound = self._bound(q, (min(q.start, hit.start), max(end, hit.end)), noun)
        if noun is not None and self._members_named(q, noun):
            return bound  # "killed two civilians, a taxi driver and his passenger": two
        # "killed two soldiers and three civilians": one figure of five.
        while noun is not None:
            joiner = _COORDINATION.match(self.lower, end, min(len(self.lower), end + 8))
            following = (
                None
                if joiner is None
                else next((x for x in quantities if x.start == joiner.end()), None)
            )
            more = None
            if joiner is not None and following is None:
                # "... and a civilian", "... and the driver": one more
                one = self._one_person(joiner.end(), min(len(self.lower), joiner.end() + 60))
                if one is not None:
                    following, more = one
            if following is not None and more is None:
                if _OF_POSSESSIVE.match(self.lower, following.end):
                    break  # "killed two men, one of them a commander": one of the two
                more = self._people_at(following.end)
            if following is None or more is None:
                break
            if _REPORT_VERB.match(self.lower, more[1] + 1):
                break  # "killing at least 25 people, a rescue official said"
            bound = _add(bound, following, self._victims(more))
            end = more[1]
            bound.span = (bound.span[0], max(bound.span[1], end))
        return bound

    def _rise_of_a_toll(self, count: _Count, counts: list[_Count]) -> bool:
        """The dead told after a toll's rise as its cause ("The death toll ... rose to eight
        today from six yesterday after the bodies of two men were found", "rose to 14 after a
        woman died of her injuries"): the rise, inside the new toll, not an incident of its
        own."""
        if count.kind != "killed" or count.toll_change:
            return False
        start = min(count.bound.quantity.start, count.trigger.start)
        end = max(count.bound.span[1], count.trigger.end)
        stop = self.lower.find(".", end)
        end = min(end + 40, len(self.lower) if stop < 0 else stop)  # ("died of her injuries")
        for toll in counts:
            if not (
                toll.kind == "killed"
                and toll.bound.count > count.bound.count
                and toll.bound.quantity.end < start
            ):
                continue
            if toll.toll_change:
                after = _AFTER_WORD.search(self.lower, toll.bound.quantity.end, start)
            elif toll.trigger.word.role == "toll":
                # "The Costa Rican Red Cross put the toll at seven, saying two people had died
                # in hospital on Wednesday night": the toll given, and its latest dead (the
                # wounded who died; bodies it names may be ones others had not counted)
                after = _SAYING_WORD.search(self.lower, toll.bound.quantity.end, start)
                if (
                    after is None
                    or _DIED_LATER.search(self.lower, after.end(), end) is None
                    # (not after a new act: "saying six people had died in hospital after
                    # militiamen stormed a second camp on Tuesday")
                    or _NEW_ACT_AFTER.search(
                        self.lower,
                        after.end(),
                        self.doc.sentences[self.doc.sentence_index(start)].end,
                    )
                    is not None
                ):
                    continue
            else:
                continue
            # (only the dead found or dying of their wounds: not "rose to 48,200 after Israeli
            # strikes killed at least 40 people overnight", a new incident)
            if (
                after is not None
                and _NOTHING_NEW.search(self.lower, after.end(), end) is not None
                and _NEW_KILLING.search(self.lower, after.end(), end) is None
            ):
                return True
        return False

    def _members_named(self, q: Quantity, noun: Span) -> bool:
        """ "two civilians, a motorcycle taxi driver and his passenger": the people of a
        counted group of anyone (``_MEMBER_GROUPS``) named one by one after a comma, as many
        as it counts, one of them told by a possessive that points back ("his passenger"), or
        any people after "people" ("two people, a man and a boy"): the group's members, not
        more of the dead (but "two civilians, a policeman and a soldier" are four)."""
        lower = self.lower
        group = " ".join(lower[noun[0] : noun[1]].split())
        if group not in _MEMBER_GROUPS or q.low != q.count or q.high != q.count:
            return False
        position, limit = noun[1], min(len(lower), noun[1] + 120)
        opening = _COORDINATION.match(lower, position, limit)
        if opening is None or "and" in opening.group(0):
            return False
        members, pointing_back = 0, False
        joiner: re.Match[str] | None = opening
        while joiner is not None:
            one = self._one_person(joiner.end(), limit)
            if one is None:
                break
            members += 1
            pointing_back = pointing_back or one[0].text in _POSSESSIVE_DETERMINERS
            position = one[1][1]
            joiner = _COORDINATION.match(lower, position, limit)
        return (
            members == q.count
            and (pointing_back or group in ("people", "persons"))
            and (joiner is None or "and" not in joiner.group(0))
        )

    def _told_before(self, hit: _Hit) -> bool:
        """Whether a sentence before the hit's tells a figure of its kind."""
        start = sentence.start if (sentence := self.doc.sentence_at(hit.start)) else 0
        kind = hit.word.kind
        return any(
            h.word.casualty and h.word.kind == kind for h in _hits(self.c, self.lower[:start])
        )

    def _bind_before(self, hit: _Hit, quantities: list[Quantity]) -> _Bound | None:
        """ "12 people were killed", "seven of its servicemen had been killed", "11 dead"."""
        lower = self.lower
        before = [q for q in quantities if q.end <= hit.start]
        if not before:
            return None
        q = before[-1]
        # "13 Cambodians, including five soldiers, had been killed", "131 civilians - 102 men,
        # 17 women and 12 children - were killed": the figure before the aside is the toll, the
        # aside's figures are parts of it
        for k in range(len(before) - 2, -1, -1):
            outer = before[k]
            people = self._people_at(outer.end, hit.start)
            start = people[1] if people else outer.end
            # "Two employees of a Chinese road company, aged 34 and 51, were killed"
            where = _WHERE_BEFORE_ASIDE.match(lower, start, hit.start) if people else None
            aside = _PARENTHETICAL.match(lower, where.end() if where else start, hit.start)
            if aside is not None and all(
                aside.start() < x.start and x.end <= aside.end() for x in before[k + 1 :]
            ):
                before = before[: k + 1]
                q = outer
                break
        position = q.end
        if (
            position < hit.start
            and lower[position] in _QUOTE_MARKS
            and lower[q.start - 1 : q.start] in _QUOTE_MARKS
        ):
            position += 1  # 'that "between 15 and 20" were wounded': a quoted figure
        # "Five of the six crew members": the count is the first number, the noun the second's
        count_q = q
        if len(before) > 1 and _PARTITIVE.fullmatch(lower, before[-2].end, q.start):
            count_q = before[-2]
        of = _OF_POSSESSIVE.match(lower, position, hit.start)
        if of is not None:
            position = of.end()
        noun = self._people_at(position, hit.start)
        one_more = None if noun is None else self._one_more_person(noun[1], hit.start)
        if noun is not None:
            position = noun[1] if one_more is None else one_more[1][1]
            where = _WHERE_AFTER_NOUN.match(lower, position, hit.start)
            if where is None and _PARENTHETICAL.match(lower, position, hit.start) is None:
                where = _WHERE_BEFORE_ASIDE.match(lower, position, hit.start)
            if where is not None and not any(position <= x.start < where.end() for x in before):
                position = where.end()
        elif of is not None:
            if not self._share_of_others(hit, q, of):
                return None  # "five of the dead", "several of the wounded": a subset
            position = of.end()
        parenthetical = _PARENTHETICAL.match(lower, position, hit.start)
        if parenthetical is not None:
            position = parenthetical.end()
        auxiliary = False
        while position < hit.start:
            word = _WORD.match(lower, position, hit.start)
            if word is None or word.group(1) not in _AUX:
                break
            position = word.end()
            auxiliary = True
        if lower[position : hit.start].strip():
            return None
        if (
            of is not None
            and not auxiliary
            and count_q is q
            and hit.word.role == "verb"
            and hit.word.phrase not in _INTRANSITIVE_DEATHS
            and "the" in of.group(0).split()
            # (where an earlier sentence told that toll: not "One of the soldiers killed in the
            # strike was a captain" alone, one dead)
            and self._told_before(hit)
        ):
            # "One of the gunmen killed on Monday was 17 years old": a participle after the
            # noun tells which of a toll's victims, not a count (not "One of the gunmen was
            # killed")
            return None
        # (not "Four of the 10 people killed on Monday were soldiers": the ten were killed)
        if count_q is not q and noun is not None and auxiliary:
            return self._bound(count_q, (count_q.start, hit.end), noun)
        bound = self._bound(q, (q.start, hit.end), noun)
        if one_more is not None:  # "Two protesters and a policeman were hurt": three
            bound = _add(bound, one_more[0], self._victims(one_more[1]))
        # "12 soldiers and three civilians were killed"
        earlier = before[:-1]
        while noun is not None and earlier:
            previous = earlier.pop()
            people = self._people_at(previous.end, q.start)
            if people is None:
                break
            # "three members of a Greek rescue team and three members of a Libyan family"
            group = _OF_A_GROUP.match(lower, people[1], q.start)
            if not _COORDINATION.fullmatch(lower, group.end() if group else people[1], q.start):
                break
            bound = _add(bound, previous, self._victims(people))
            bound.span = (previous.start, bound.span[1])
            q = previous
        if noun is not None and (first := self._one_person_before(q.start)) is not None:
            # "A policeman and three civilians were wounded": four
            bound = _add(bound, first[0], self._victims(first[1]))
            bound.span = (first[0].start, bound.span[1])
        return bound

    def _one_more_person(self, end: int, limit: int) -> tuple[Quantity, Span] | None:
        """ "... and a police officer", "... and the driver" after a counted noun that ends at
        ``end``: one more person of the same figure, as a quantity of one and the noun's span."""
        joiner = _COORDINATION.match(self.lower, end, limit)
        return None if joiner is None else self._one_person(joiner.end(), limit)

    def _one_person(self, position: int, limit: int) -> tuple[Quantity, Span] | None:
        """One person right at ``position``: "a civilian", or "the driver" and "its pilot" (a
        definite or possessive determiner only before a singular noun), as a quantity of one
        and the noun's span."""
        lower = self.lower
        article = _ONE_PERSON_JOINED.match(lower, position, limit)
        if article is None or _A_GROUP_OF.match(lower, article.end(), limit):
            return None  # "two soldiers and a number of civilians", "a group of children"
        people = self._people_at(article.end(), limit)
        if people is None or lower.startswith(("'", "’"), people[1]):
            return None  # "the driver's wife", "the drivers' union"
        if article.group(1) not in ("a", "an") and not self._single_noun(people):
            return None  # "four passengers and the soldiers"
        one = Quantity(position, article.end(), article.group(1), 1, 1, 1, False)
        return one, people

    def _one_person_before(self, position: int) -> tuple[Quantity, Span] | None:
        """ "A policeman and three civilians were wounded": one person joined by "and" to the
        counted group that starts at ``position``, in its sentence and not governed by a
        preposition."""
        lower = self.lower
        sentence_start = self.doc.sentences[self.doc.sentence_index(position)].start
        floor = max(sentence_start, position - 60)
        for article in _ONE_PERSON_JOINED.finditer(lower, floor, position):
            one = self._one_person(article.start(), position)
            if one is None:
                continue
            joiner = _AND_KIN.fullmatch(lower, one[1][1], position)
            if joiner is not None and (
                article.start() == sentence_start
                or _CLAUSE_OPENS_BEFORE.search(
                    lower, max(sentence_start, article.start() - 12), article.start()
                )
            ):
                return one
        return None

    def _share_of_others(self, hit: _Hit, q: Quantity, of: re.Match[str]) -> bool:
        """ "Seventy people were rescued, 23 of whom were treated in hospital", "206 miners were
        brought out, and 18 of them were taken to hospital": a share, told by "of whom" or "of
        them", of people the same sentence counted just before without a death or injury word
        (the rescued, those on board): the hurt are counted here, not a part of a toll (not
        "30 were injured, 14 of whom were taken to hospital")."""
        if of.group(0).split()[-1] not in ("whom", "them"):
            return False
        lower = self.lower
        sentence = self.doc.sentences[self.doc.sentence_index(q.start)]
        floor = max(sentence.start, q.start - 160)
        antecedent = next(
            (x for x in reversed(find_quantities(self.text, floor, q.start)) if x.end <= q.start),
            None,
        )
        return (
            antecedent is not None
            and antecedent.count > q.count
            and self._people_at(antecedent.end, q.start) is not None
            # (not people counted by their care: "23 people sought medical help, six of whom")
            and _CARE_WORDS.search(lower, antecedent.end, q.start) is None
            and not any(h.word.casualty for h in _hits(self.c, lower[antecedent.start : q.start]))
        )

    def _bind_toll(self, hit: _Hit, quantities: list[Quantity]) -> _Bound | None:
        """ "the death toll rose to 45", "put the death toll at 31", "raising the toll among its
        troops to 15"."""
        lower = self.lower
        # A toll that changes may be named by a long phrase: "The death toll from a fire that
        # swept through a crowded wedding hall ... late on Wednesday rose to 31".
        changing = bool(_TOLL_CHANGE.search(lower, max(0, hit.start - 24), hit.start))
        for q in quantities:
            if q.start < hit.end:
                continue
            gap = lower[hit.end : q.start]
            if _OPEN_RELATIVE_GAP.search(gap):
                continue  # "The toll from the quake, which killed 12 people on Monday, rose to 45"
            if "," in gap:
                # "The death toll from a fire at the mine, operated by X, has risen to 45": who
                # runs the site, an aside of the toll's name; so is the name of the place just
                # told ("struck Vanuatu's largest island, Espiritu Santo, rose to nine")
                gap = _TOLL_NAME_ASIDE.sub(
                    lambda m: f"{m.group(1) or ''} ", self.text[hit.end : q.start]
                ).lower()
            if any(ch in gap for ch in ";:()") or (
                "," in gap and not self._names_listed(hit.end, q.start)
            ):
                return None
            words = gap.translate(_QUOTES_AS_SPACES).split()  # 'the toll to "about 253"'
            limit = 30 if changing or _TOLL_CHANGE.search(gap) else 9
            if len(words) > limit:
                return None
            if words and words[-1] in _TOLL_LINKS:
                if words[-1] == "of" and len(words) > 1:
                    # "the death toll in the collision of two express trains ... rose to 285":
                    # "of" after other words ties the number to them, not to the toll
                    continue
                break
        else:
            return None
        revised = self._revised_toll(q, quantities)
        if revised is not None:
            q = revised  # "put the death toll at 22 ..., before raising it to 38": 38
        people = self.c.people.search(lower, hit.end, q.start)
        noun = (people.start(), people.end()) if people else None
        after = self._people_at(q.end)
        if after is not None:
            noun = after
        span_end = max(q.end, noun[1] if noun else q.end)
        return self._bound(q, (hit.start, span_end), noun)

    def _revised_toll(self, q: Quantity, quantities: list[Quantity]) -> Quantity | None:
        """The figure a toll was revised to later in its sentence ("initially put the death
        toll at 22 on Saturday morning, before raising it to 38"): the current one."""
        lower = self.lower
        for later in quantities:
            if later.start <= q.end or later.start - q.end > 160:
                continue
            revision = _REVISED_TO_BEFORE.search(lower, q.end, later.start)
            if revision is None or any(ch in lower[q.end : later.start] for ch in ";:("):
                continue
            if _OTHER_FIGURE.search(lower, q.end, revision.start()):
                return None  # "... and the number of injured at 40, before raising it to 45"
            after = _NEXT_WORD.match(lower, later.end)
            if after is not None and after.group(1) not in _AFTER_A_TOLL:
                return None  # "then took it to 25 hospitals", "raised the count to 1,000 injured"
            return later
        return None

    def _names_listed(self, start: int, end: int) -> bool:
        """Every comma between ``start`` and ``end`` lists names ("the landslides that
        devastated Mundakkai, Chooralmala and Attamala villages ... rose to 158")."""
        text = self.text
        comma = text.find(",", start, end)
        while comma >= 0:
            if not (comma + 2 < end and text[comma + 1] == " " and text[comma + 2].isupper()):
                return False
            comma = text.find(",", comma + 1, end)
        return True

    def _bound(self, q: Quantity, span: Span, noun: Span | None) -> _Bound:
        victims = None if noun is None else self._victims(noun)
        return _Bound(q, q.count, q.low, q.high, q.approximate, span, noun, victims)

    def _victims(self, noun: Span) -> str | None:
        return self.c.victims.get(" ".join(self.lower[noun[0] : noun[1]].split()))

    def _people_at(self, position: int, limit: int | None = None) -> Span | None:
        """A people noun after up to three modifiers ("four port workers", "Palestinian
        civilians", "more soldiers"), as its span."""
        lower = self.lower
        limit = len(lower) if limit is None else limit
        for _ in range(4):
            start = position
            while start < limit and lower[start] == " ":
                start += 1
            people = self.c.people.match(lower, start, limit)
            if people is not None:
                return (start, people.end())
            nationality = self._people_mention(start)
            if nationality is not None and nationality.end <= limit:
                return (start, nationality.end)
            word = _WORD.match(lower, position, limit)
            if word is None:
                return None
            token = word.group(1)
            if (
                token in _DETERMINERS
                or token in _AUX
                or (token in _AFTER_COUNT and token != "more")
            ):
                return None
            position = word.end()
        return None

    def _people_mention(self, position: int) -> Mention | None:
        """A nationality plural ("Palestinians") starting at ``position``."""
        following = self.doc.mentions_in(position, position + 40)
        if following and following[0].start == position:
            mention = following[0]
            return mention if mention.kind is MentionKind.PEOPLE else None
        return None

    def _free_after(self, position: int) -> bool:
        """Nothing after the number that could be what it counts ("killing 12, officials said")."""
        rest = self.lower[position : position + 40]
        stripped = rest.lstrip(" ")
        if not stripped or not stripped[0].isalnum():
            return True
        word = _WORD.match(rest)
        return word is not None and word.group(1) in _AFTER_COUNT

    def _recent_sentences(self, context: _Sentence) -> bool:
        """Whether the sentence or the one before marks the last days (a weekday, "overnight")."""
        sentences = self.doc.sentences
        index = context.index
        return any(
            _RECENT_MARK.search(self.lower, s.start, s.end)
            for s in sentences[max(0, index - 1) : index + 1]
        )

    # -- dropping what is not a current count of people ---------------------------------------
    def _suppressed(self, context: _Sentence, hit: _Hit, bound: _Bound, clause: _Clause) -> bool:
        sentence = context.sentence
        lower, text = self.lower, self.text
        q = bound.quantity
        first = min(hit.start, q.start)
        if hit.word.role == "verb" and _INFINITIVE_BEFORE.search(
            lower, max(0, hit.start - 4), hit.start
        ):
            return True  # "threatened to kill", "enough to kill 12"
        # Cues before a report verb belong to the reporter's clause, not to the figure: "who
        # asked not to be named for fear of reprisals, said more than 40 had been killed".
        floor = clause.start
        for verb in _REPORT_VERB.finditer(lower, clause.start, first):
            floor = verb.end()
        for start, end, kinds in self._cues(context, clause):
            if "historical" in kinds:
                said = " ".join(lower[start:end].split())
                if said in _SAID_AT_THE_TIME and self._recent_sentences(context):
                    continue  # "... on Wednesday. Eight were wounded, the governor said at the time."
                return True  # "40 a year earlier", "the anniversary of"
            if (
                "habitual" in kinds
                and start >= q.end
                # (the cue of another figure told after this one is not this one's: "killed 14
                # people on Sunday in a region where violence claims hundreds of lives a year")
                and not any(q.end <= x.start < start for x in self._quantities(context, clause))
            ):
                return True  # "Avalanches kill dozens of people in Tajikistan every winter"
            if "comparison" in kinds:
                # "rose to 90, up from 83": the comparison's own figure is the first after it
                if start < q.start and (
                    next((x for x in self._quantities(context, clause) if x.start >= end), None)
                    is q
                ):
                    return True
                continue
            if start < floor or (start >= hit.start and start >= q.end):
                continue
            if (
                "hypothetical" in kinds
                and start >= first - 40
                and end <= hit.start
                and not text[start].isupper()  # "May" and "Will" are a month and a name
            ):
                return True
            if (
                "hypothetical" in kinds
                and hit.end <= start
                and end <= q.start
                and q.start - end <= 30
                and _TOLL_PROJECTED.match(lower, end)
            ):
                return True  # "the number of deaths could rise to 500": a projection
            if "condition" in kinds and end <= hit.start:
                return True  # "if the talks fail ... could kill"
            if "negation" in kinds and (
                (first - 25 <= start and end <= first) or (q.end <= start and end <= hit.start)
            ):
                return True
            if "subset" in kinds and q.start - 16 <= start and end <= q.start:
                return True  # "killing eight people, including three children who died"
        if lower.startswith(" or ", hit.end) and _OR_MISSING_AFTER.match(lower, hit.end):
            return True  # "died or went missing": the dead and the missing together
        if _PREVIOUS_RECORD_BEFORE.search(lower, max(sentence.start, q.start - 40), q.start):
            return True  # "far surpassing the previous record of six deaths in fiscal 2023"
        # The literal words each pattern needs are looked for first (a cheap test).
        low = max(sentence.start, first - 90)
        if (
            lower.find("whe", low, first) >= 0 or lower.find("which", low, first) >= 0
        ) and _EARLIER_WHEN.search(lower, low, first):
            return True  # "the deadliest since 2014, when 40 died", "on Oct. 7, in which"
        if (
            lower.find("which", low, first) >= 0
            and _PAST_WAR_IN_WHICH.search(lower, low, first)
            and not _PERFECT.search(lower, clause.start, max(hit.end, clause.start))
        ):
            # "the genocide, in which about 800,000 people ... were killed", "two decades of
            # civil war in which about 2 million people died": a past war's toll ("the war, in
            # which more than 300,000 people have died" is a running toll)
            return True
        low = max(sentence.start, first - 160)
        when = lower.find("when", low, first)
        if (
            when >= 0
            and (
                _SINCE_WHEN.search(lower, low, first)
                or _CONFLICT_BEGAN_WHEN.search(lower, max(sentence.start, when - 60), first)
            )
            and not (
                self._names_recent_day(context)
                or _PERFECT.search(lower, clause.start, max(hit.end, clause.start))
            )
        ):
            # "since May, when clashes ... left more than 90 soldiers injured", "The war began
            # when Hamas-led fighters attacked ..., killing about 1,200 people"
            return True
        if (
            lower.find("since", low, first) >= 0
            and _COMPARED_INCIDENT_PARTICIPLE.search(lower, low, first)
            and not self._names_recent_day(context)
        ):
            return True  # "the worst ... since a Korean Air jet crashed in Guam in 1997, killing"
        low = max(sentence.start, first - 200)
        if (
            lower.find("since", low, first) >= 0 or lower.find("than", low, first) >= 0
        ) and _COMPARED_INCIDENT.search(lower, low, first):
            return True  # "the deadliest attack since a strike in April that killed 46"
        if (
            hit.start <= first
            and lower.find("since", low, first) >= 0
            and _COMPARED_INCIDENT_SUBJECT.search(lower, low, first)
        ):
            return True  # "is Georgia's deadliest since a mudslide ... killed eight people"
        if _INTERVAL_AFTER.search(lower, max(sentence.start, clause.start - 24), clause.start):
            return True  # "two years after an earthquake in Paktika killed 1,000"
        if lower.find("centur", sentence.start, first) >= 0 and _PAST_CENTURIES.search(
            lower, sentence.start, first
        ):
            return True  # "between the 16th and 19th centuries, and that millions died"
        if (
            lower.find("-", first, clause.end) >= 0
            and _LONG_WAR_TOLL.search(lower, first, clause.end)
            and not _PERFECT.search(lower, clause.start, clause.end)
        ):
            return True  # "More than 450,000 people died in Colombia's six-decade conflict"
        if (
            lower.find("-", max(sentence.start, first - 90), first) >= 0
            and _LONG_WAR_SUBJECT.search(lower, max(sentence.start, first - 90), first)
            and not _OWN_DAY_OR_INCIDENT.search(lower, first, clause.end)
        ):
            return True  # "ending a two-year border war that killed tens of thousands"
        if (
            lower.find("preceded", max(sentence.start, first - 40), first) >= 0
            and _PRECEDING_WAR_SUBJECT.search(lower, max(sentence.start, first - 90), first)
            and not _OWN_DAY_OR_INCIDENT.search(lower, first, clause.end)
        ):
            return True  # "The war between Israel and Hezbollah that preceded it killed 4,000"
        if _may_hold(lower, clause.start, clause.end, _WITHDRAWN_WORDS) and _WITHDRAWN.search(
            lower, clause.start, clause.end
        ):
            return True  # "a provincial tally of 15 dead was retracted"
        return self._earlier_incident(context, clause, hit)

    def _earlier_incident(self, context: _Sentence, clause: _Clause, hit: _Hit) -> bool:
        """ "In July 2020, a landslide killed 174", "the 2013 Boston Marathon bombing, which
        killed three": an incident of an earlier year, told as background. A running toll for
        an earlier span ("killed in gang violence last year", "the war, which began in 2011,
        has killed") is not one."""
        lower, sentence = self.lower, context.sentence
        published = self.doc.published.year
        if self._years_ago(context, clause, hit) or self._past_report(context, hit):
            return True
        vague = _VAGUE_PAST_PERIOD.search(lower, clause.start, clause.end)
        vague_figure = vague is not None and not _has_digit(lower[clause.start : vague.start()])
        if (
            vague is not None
            # (a tally told with no day of the news, with a vague figure or in the perfect: not
            # "killed 70 people on Thursday, the highest toll from a single attack in recent
            # years"; a day in an aside of examples dates no tally: "..., including in the
            # capital on Sunday")
            and _RECENT_DAY.search(
                lower, clause.start, _before_including(lower, clause.start, clause.end)
            )
            is None
            and (vague_figure or _PERFECT.search(lower, clause.start, clause.end) is not None)
            and (vague_figure or (vague.group(1) or vague.group(2)) is None)
            # (not a comparison: "one of the deadliest single attacks in Haiti in recent years")
            and _SUPERLATIVE_BEFORE.search(
                lower, max(clause.start, vague.start() - 60), vague.start()
            )
            is None
        ):
            # "Hundreds of people have died in landslides in the area in recent years", "have
            # killed hundreds of people in Kenya over the past decade": a vague tally of many
            # incidents, no news (not "at least 1,200 killed over the past decade")
            return True
        ended = _WAR_ENDED_IN.search(lower, sentence.start, sentence.end)
        if (
            ended is not None
            # (the figure between the war and its end: not "until the conflict ended in 2002,
            # killed four children on Monday", told after)
            and ended.start() < hit.start < ended.start("end")
            and int(ended.group("year")) < published - 1
            and not _PERFECT.search(lower, clause.start, max(hit.end, clause.start))
        ):
            # "fought a war with the United States that killed some 58,000 Americans ... before
            # it ended in 1975": a war over long ago
            return True
        past = _PAST_YEAR_RELATIVE.search(
            lower, max(sentence.start, hit.start - 100), hit.end
        ) or _PAST_YEAR_THEN_VERB.search(lower, max(sentence.start, hit.start - 100), hit.end)
        if past is not None and int(past.group(2)) < published:
            if past.group(1) is None:
                return True  # "a crackdown in 2018 that left more than 300 people dead"
            if self._months_before(past.group(1), int(past.group(2))) >= 3:
                return True  # "fought border clashes in October 2025 that killed dozens"
        named = _YEAR_NAMED_INCIDENT_RELATIVE.search(
            lower, max(sentence.start, hit.start - 120), hit.end
        )
        if (
            named is not None
            and self._named_year_long_past(named.group(1), named.group(2))
            and not self._clause_dated_recently(hit.end, sentence.end)
        ):
            return True  # "offices damaged in the March 2019 cyclone, which killed 40 people"
        own_year = _IN_YEAR.search(lower, hit.end, clause.end)
        since_at = lower.find("since", clause.start, clause.end) if own_year is not None else -1
        # (a "since" clause that tells the incident itself, whatever the main clause's tense:
        # "has been a sore point since an underground rock fall at Mufulira killed four miners in
        # 2022")
        incident_since = (
            0 <= since_at < hit.start
            and _SINCE_AN_INCIDENT.fullmatch(lower, since_at, hit.start) is not None
        )
        if (
            own_year is not None
            and int(own_year.group(1)) < published - 1
            # ("have been killed in Mali since Paris first intervened in 2013", "killed more than
            # 3,000 since the start of the insurgency in 2015": running tolls)
            and not _PERFECT.search(lower, since_at if incident_since else clause.start, clause.end)
            and (since_at < 0 or incident_since)
        ):
            # "found two men guilty on Tuesday of the murder of a taxi driver who was killed in
            # Arima in 2019": the killing's own clause dates it years back, whatever day the
            # sentence tells of something else
            return True
        period = _OPENS_ON_PERIOD.match(lower, sentence.start, clause.end)
        if period is not None and not (
            # (a running total told after it: not the opening's own "this month")
            self._is_running_toll(context, clause, cues_from=period.end())
            # (nor a recent day after it: "Last month talks failed, and on Tuesday ..."; the
            # day of the report is none: "..., a local official told Reuters on Wednesday")
            or any(
                not _REPORT_VERB.search(lower, max(period.end(), mark.start() - 30), mark.start())
                for mark in _RECENT_MARK.finditer(lower, period.end(), clause.end)
            )
        ):
            # "Last year, eight people died on Everest", "Earlier this month a magnitude 8.1
            # quake off the coast of Chiapas killed about 100 people": an earlier incident
            return True
        if self._names_recent_day(context):
            return False  # "Gunmen who first raided the town in 2017 shot dead 11 on Tuesday"
        if self._event_dated_before(context, clause, hit):
            return True  # "... in a 1999 referendum. About 1,400 were killed after the vote."
        if self._fighting_dated_before(context):
            return True  # "... seized Goma in January 2025. The fighting killed about 3,000"
        if self._named_incident_dated_before(context, hit):
            return True  # "the 2009 bombing of the Harbour Street market ... The Harbour
            # Street bombing killed 40 people"
        if self._paragraph_opened_long_ago(context) and not (
            self._is_running_toll(context, clause, hit.end)
            or _PERFECT.search(lower, clause.start, max(hit.end, clause.start))
        ):
            return True  # "On the night of November 13, 1985, ... more than 23,000 were killed"
        earlier = any(
            int(m.group(1)) < published
            and not _SINCE_BEFORE_YEAR.search(lower, max(0, m.start() - 8), m.start())
            for m in _YEAR.finditer(lower, sentence.start, clause.end)
        ) or bool(_LAST_YEAR.search(lower, sentence.start, clause.end))
        if not earlier:
            return False
        opening = _OPENS_ON_DAY.match(lower, sentence.start, clause.end)
        if opening is not None and int(opening.group(3)) < published:
            # "In January 2023, a Russian missile destroyed ..., killing 46 people, one of the
            # deadliest strikes of the war", "In April 2023, an airstrike ... killed more than
            # 160, one of the deadliest attacks since the takeover": an earlier incident
            return True
        if lower.find("accidents", sentence.start, clause.end) >= 0 and _ACCIDENTS.search(
            lower, sentence.start, clause.end
        ):
            return True  # "38 people died in mining accidents in the country last year"
        if self._is_running_toll(context, clause, hit.end):
            return False
        in_year = _IN_YEAR.search(lower, hit.end, clause.end)
        if in_year is not None and int(in_year.group(1)) < published:
            return True  # "Road accidents killed more than 2,000 people in Guatemala in 2024"
        if _LAST_YEAR.search(lower, hit.end, clause.end) and not _SINCE_LAST_YEAR.search(
            lower, hit.end, clause.end
        ):
            return True  # "police in Rio de Janeiro state killed more than 700 people last year"
        window = self._clause(context, hit.start, hit.end, strong_only=True)
        cause = _nearest_cause(context.hits, window, hit, self.c, lower)
        # (many accidents are no one incident: "In 2023, road accidents killed more than 2,000
        # people in Guatemala" is that year's running total)
        return cause is not None and _MANY_ACCIDENTS.search(cause.word.phrase) is None

    def _past_report(self, context: _Sentence, hit: _Hit) -> bool:
        """A figure told as what a report said months or years before ("said in February 2025
        that more than 300 militants had been killed" in a September 2026 article): background,
        not news. A report of the last two months is not."""
        lower, start = self.lower, context.sentence.start
        if lower.find(" 20", start, hit.start) < 0 and lower.find(" 19", start, hit.start) < 0:
            return False  # the cheap test first
        published = self.doc.published
        now = published.year * 12 + published.month
        for m in _PAST_REPORT.finditer(lower, start, hit.start):
            month = MONTH_NUMBERS.get(m.group(1), 12) if m.group(1) else 12
            if now - (int(m.group(2)) * 12 + month) < 3:
                continue
            # only the figure the old report introduces: not one told after a relative clause
            # ("The army, which said in January 2025 that it had retaken the town, said on
            # Monday that ... killed 20"), another report, a day or a new clause
            if _RELATIVE_BEFORE_REPORT.search(lower, max(start, m.start() - 10), m.start()):
                continue
            if _NEWER_BETWEEN.search(lower, m.end(), hit.start):
                continue
            return True
        return False

    def _years_ago(self, context: _Sentence, clause: _Clause, hit: _Hit) -> bool:
        """ "In 2015, more than 200 people died", "the 1975-79 civil war and the two million
        people who died in it": a figure whose sentence names only years that ended at least a
        full calendar year before publication is background, whatever its cause (a whole past
        war included). Not a running total to now ("since 2011", "has killed", "have died") nor
        a sentence that also names a recent day or period ("on Tuesday", "this week")."""
        lower, sentence = self.lower, context.sentence
        if (
            lower.find("19", sentence.start, clause.end) < 0
            and lower.find("20", sentence.start, clause.end) < 0
            and lower.find("in 18", sentence.start, clause.end) < 0
        ):
            return False  # the cheap test first
        latest = 0
        for m in _YEAR_OR_DECADE.finditer(lower, sentence.start, clause.end):
            if _SINCE_BEFORE_YEAR.search(lower, max(0, m.start() - 8), m.start()):
                return False  # "since 2011": a running total
            year = int(m.group(1))
            if m.group(2) == "s":
                year += 9  # "the 1990s"
            elif m.group(3):
                end = m.group(3)
                year = int(end) if len(end) == 4 else year + (int(end) - year) % 100
            elif m.group(4):
                year = int(m.group(4))
            latest = max(latest, year)
        if latest and latest == self.doc.published.year - 1:
            # last year's: background only as a war of that year named by it ("The 2024 war
            # killed more than 4,000 people in Lebanon"), not last year's running total, or as a
            # month of it at least half a year before ("The M23 seized Goma in January 2025 in
            # an offensive that killed about 3,000 people", told in February 2026)
            war = _WAR_OF_YEAR.search(lower, sentence.start, clause.end)
            if (war is None or int(war.group(1)) != latest) and not (
                # (not a war's toll: "Last year's six-week war, which ended ... in November
                # 2020, killed more than 6,500 people" is the toll of the war the story's
                # fighting follows)
                _WAR_WORD.search(lower, sentence.start, clause.end) is None
                and self._month_long_before(sentence.start, clause.end, latest)
            ):
                return False
        elif not latest or latest > self.doc.published.year - 2:
            return False
        if _PERFECT.search(lower, clause.start, max(hit.end, clause.start)) or any(
            "since" in kinds for _, _, kinds in self._cues(context, clause)
        ):
            return False
        return not self._names_recent_day(context)

    def _month_long_before(self, start: int, end: int, year: int) -> bool:
        """Whether ``[start, end)`` names a month of ``year`` ("in January 2025") six months or
        more before the month of publication."""
        return any(
            int(m.group(2)) == year and self._months_before(m.group(1), year) >= 6
            for m in _MONTH_OF_YEAR.finditer(self.lower, start, end)
        )

    def _earlier_month(self, context: _Sentence, count: _Count) -> bool:
        """ "An air strike on the same township in April killed 161", "a raid last month that
        killed 20": a new incident dated to a month before the report's (of this year or the
        last), told beside the incident the article reports. Not a running total ("since
        April", "has killed") nor a sentence that names a recent day ("on Tuesday")."""
        window, lower = count.window, self.lower
        months = last_month = False
        month_when = None
        if count.scope is Scope.INCREMENTAL:
            for h in context.hits:  # in text order
                if h.start >= window.end:
                    break
                if (
                    h.word.kind == "date"
                    and h.start >= window.start
                    and h.word.phrase in MONTH_NUMBERS
                ):
                    months = True
                    break
            if (
                not months
                and lower.find("mid-", window.start, window.end) >= 0
                and _BARE_MONTH.search(self.text, window.start, window.end) is not None
            ):
                months = True  # "In mid-December, a blast ... killed five" (no month word hit)
            last_month = lower.find("last month", window.start, window.end) >= 0
            # "Relations plunged in December when Pakistani air strikes ... killed 46": the
            # month of the clause that "when" opens stands just before it
            when = lower.find("when", max(0, window.start - 8), window.start + 6)
            if when >= 0:
                month_when = _MONTH_WHEN_BEFORE.search(self.text, max(0, when - 40), when + 4)
        if not months and not last_month and month_when is None:
            # "Thousands of soldiers were killed in the four-month battle" after "the battle of
            # Khalkhin Gol ... in 1939", "killed during the war" after "the 12-day war in
            # June" (a running toll too): the incident is the one the sentence before dated
            return (
                self._antecedent_dated_earlier(context, count)
                or self._campaign_over(context, count)
            ) and self._not_recent(context, count, antecedent=True)
        earlier = last_month and bool(_LAST_MONTH.search(lower, window.start, window.end))
        found = (
            [
                *_BARE_MONTH.finditer(self.text, window.start, window.end),
                *_ATTRIBUTIVE_MONTH.finditer(self.text, window.start, window.end),
            ]
            if months
            else []
        )
        if month_when is not None:
            found.append(month_when)
        earlier = earlier or any(self._month_before(m) for m in found)
        return earlier and self._not_recent(context, count)

    def _not_recent(self, context: _Sentence, count: _Count, antecedent: bool = False) -> bool:
        """A figure told of an earlier month is not a running toll ("since April", "has
        killed") and its sentence names no day or week of the last weeks. A war the sentence
        before dated to a past month (``antecedent``) is over: "killed during the war" is its
        final toll, not a running one."""
        lower = self.lower
        if self._is_running_toll(
            context,
            count.clause,
            max(count.trigger.end, count.bound.quantity.end),
            campaigns=not antecedent,
        ):
            return False
        # the figure's own verb: "officials have said 1,060 were killed" is no running toll
        low = (
            max(count.clause.start, min(count.trigger.start, count.bound.quantity.start) - 6)
            if antecedent
            else count.clause.start
        )
        if _PERFECT.search(lower, low, max(count.trigger.end, low)):
            return False
        sentence = context.sentence
        if _RECENT_WEEK.search(lower, sentence.start, sentence.end):
            return False
        published = self.doc.published
        return not any(
            d.value is not None and (published - d.value).days <= _OLD_INCIDENT_DAYS
            for d in self._dates(context, _Clause(sentence.start, sentence.end))
        )

    def _month_before(self, found: re.Match[str]) -> bool:
        """Whether a month named without a day ("in April", "the April attack", "in December
        last year") is one before the report's (a month after it is last year's)."""
        published = self.doc.published
        month = MONTH_NUMBERS[found.group(1).lower()]
        if found.group(2):
            year = int(found.group(2))
        elif "last" in found.group(0):
            year = published.year - 1
        else:  # "in December" read in March is last December
            year = published.year if month <= published.month else published.year - 1
        return (year, month) < (published.year, published.month)

    def _antecedent_dated_earlier(self, context: _Sentence, count: _Count) -> bool:
        """The figure's cause is a definite noun ("in the battle", "during the war") whose
        word the nearest earlier sentence that names it dates to an earlier month or year ("the
        battle of Khalkhin Gol ... in 1939", "Israel's 12-day war with Iran in June", the lead's
        "Estonia's war of independence and ... the 1920 treaty" paragraphs before "The war ...
        killed about 3,600"), and the figure's own sentence names no year."""
        lower, window, index = self.lower, count.window, context.index
        if index == 0:
            return False
        phrases = {
            h.word.phrase
            for h in context.hits
            if h.word.kind in ("cause", "campaign")
            and window.start <= h.start < window.end
            and _DEFINITE_BEFORE.search(lower, max(window.start, h.start - 30), h.start)
        }
        if not phrases or _YEAR.search(lower, context.sentence.start, context.sentence.end):
            return False
        published = self.doc.published
        sentences = self.doc.sentences
        for back, before in enumerate(reversed(sentences[:index])):
            start, end = before.start, before.end
            if not any(_has_word(lower, phrase, start, end) for phrase in phrases):
                continue
            years = [
                int(m.group(1))
                for m in _YEAR.finditer(lower, start, end)
                if not _SINCE_BEFORE_YEAR.search(lower, max(0, m.start() - 8), m.start())
            ]
            if back >= 2:
                # further back, only a war of history ("the 1920 treaty"), not one still fought
                # since its start ("launched its full-scale war on Ukraine in February 2022")
                return bool(years) and max(years) <= published.year - _HISTORY_YEARS
            if years and max(years) <= published.year - 2:
                return True
            months = [
                *_BARE_MONTH.finditer(self.text, start, end),
                *_ATTRIBUTIVE_MONTH.finditer(self.text, start, end),
            ]
            return bool(months) and all(self._month_before(m) for m in months)
        return False

    def _campaign_over(self, context: _Sentence, count: _Count) -> bool:
        """The figure's definite campaign is told over by a relative clause: "During the siege
        of Sarajevo, which lasted nearly four years, more than 11,000 people died" (not "the
        war, which has lasted ...", nor one the sentence dates to now)."""
        text, lower, window = self.text, self.lower, count.window
        for h in context.hits:
            if (
                h.word.kind == "campaign"
                and window.start <= h.start < window.end
                and _DEFINITE_BEFORE.search(lower, max(window.start, h.start - 30), h.start)
                and _ENDED_AFTER.match(text, h.end, count.bound.quantity.start)
            ):
                return True
        return False

    def _names_recent_day(self, context: _Sentence) -> bool:
        """The sentence names a day or period of the last weeks ("on Tuesday", "this week")."""
        sentence = context.sentence
        if _may_hold(
            self.lower, sentence.start, sentence.end, _RECENT_PERIOD_WORDS
        ) and _RECENT_PERIOD.search(self.lower, sentence.start, sentence.end):
            return True
        return any(
            d.value is not None and (self.doc.published - d.value).days <= _OLD_INCIDENT_DAYS
            for d in self._dates(context, _Clause(sentence.start, sentence.end))
        )

    def _is_running_toll(
        self,
        context: _Sentence,
        clause: _Clause,
        figure_end: int = -1,
        campaigns: bool = True,
        cues_from: int = 0,
    ) -> bool:
        """A running total: a cumulative cue, a "since" (not one that a superlative after the
        figure ending at ``figure_end`` makes a comparison: "killed 55 people and were the worst
        fighting between the neighbours since independence"), or a campaign in the sentence.
        Cues before ``cues_from`` are not read (an opening's own "this month")."""
        lower = self.lower
        for start, _, kinds in self._cues(context, clause):
            if start < cues_from:
                continue
            if "since" in kinds:
                if 0 <= figure_end <= start:
                    comparing = _COMPARING.search(lower, figure_end, start)
                    if comparing is not None and not any(
                        c.isdigit() for c in lower[comparing.end() : start]
                    ):
                        continue
                return True
            if "cumulative" in kinds:
                return True
        return campaigns and any(h.word.kind == "campaign" for h in context.hits)

    def _event_dated_before(self, context: _Sentence, clause: _Clause, hit: _Hit) -> bool:
        """A figure of a sentence with no year of its own, told "before", "after" or "during"
        "the vote" (the war, the election...) that the sentence before dated to a year ended
        at least a year before the report ("voted for independence in a 1999 referendum.
        About 1,400 people were killed ... before and after the vote"): background."""
        lower, index, sentence = self.lower, context.index, context.sentence
        if index == 0 or _YEAR.search(lower, sentence.start, sentence.end):
            return False
        # (the clause may end before the phrase: "killed in violence | after the vote")
        again = _THE_EVENT_AGAIN.search(lower, hit.end, sentence.end)
        if again is None:
            return False
        word = again.group(1) or again.group(2)
        names = _EVENT_FAMILIES.get(word, word).split()
        before = self.doc.sentences[index - 1]
        family = "|".join(names)
        # the year before the event's name ("in a 1999 referendum") or after it ("was built
        # between 1970 and 1975")
        named = re.compile(
            r"\b((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:" + family + r")\b"
            # "since May 2025, when the two countries fought a four-day conflict"
            r"|\b((?:19|20)\d\d),\s+when\s+(?:[\w-]+\s+){0,4}?(?:" + family + r")\b"
            r"|\b(?:" + family + r")\s+(?:[\w-]+\s+){0,4}?((?:19|20)\d\d)\b"
        )
        dated = named.search(lower, before.start, before.end)
        if (
            dated is None
            or int(dated.group(1) or dated.group(2) or dated.group(3))
            >= self.doc.published.year - 1
        ):
            return False
        # (not when that sentence tells of a vote held now: "Malawians voted on Tuesday in a
        # rerun of the 2019 vote. Two people were killed in clashes after the vote")
        return _RECENT_DAY.search(lower, before.start, before.end) is None

    def _fighting_dated_before(self, context: _Sentence) -> bool:
        """A sentence with no year and no day of its own that opens on "The fighting" (the
        offensive, the siege...) right after a sentence dated to an older year and to no day
        of the news ("The M23 seized Goma ... in January 2025 and Bukavu a month later. The
        fighting in and around Goma killed about 3,000 people"): that fighting's toll."""
        lower, index, sentence = self.lower, context.index, context.sentence
        if index == 0 or not _THE_FIGHTING_OPENING.match(lower, sentence.start):
            return False
        if _YEAR.search(lower, sentence.start, sentence.end) or _RECENT_DAY.search(
            lower, sentence.start, sentence.end
        ):
            return False
        before = self.doc.sentences[index - 1]
        years = [int(y) for y in _YEAR.findall(lower, before.start, before.end)]
        return (
            bool(years)
            and max(years) < self.doc.published.year - 1
            and _RECENT_DAY.search(lower, before.start, before.end) is None
        )

    def _clause_dated_recently(self, start: int, end: int) -> bool:
        """Whether the rest of a toll's relative clause, up to its comma or the main clause's
        verb of killing, gives it a recent day ("the 2019 bombing that killed four people in
        Kibera on Wednesday"): the toll is news, not a named incident's old toll."""
        lower = self.lower
        stop = _CLAUSE_STOP.search(lower, start, end)
        return _RECENT_DAY.search(lower, start, stop.start() if stop else end) is not None

    def _anniversary_near(self, at: int) -> bool:
        """Whether the sentence at ``at`` or the one before tells an anniversary or a time
        since ("marked five years since", "the anniversary of", "two years ago")."""
        sentences = self.doc.sentences
        if self.doc.sentence_at(at) is None:
            return False
        index = self.doc.sentence_index(at)
        start = sentences[max(0, index - 1)].start
        return _ANNIVERSARY.search(self.lower, start, sentences[index].end) is not None

    def _named_year_long_past(self, month: str | None, year: str) -> bool:
        """Whether an incident named by its year (and month) is of a year before the report's,
        and, with a month, at least two months before it ("the December 2023 typhoon" in a
        report of January 3, 2024 is last week's)."""
        published = self.doc.published
        if int(year) >= published.year:
            return False
        if month is None:
            return True
        return self._months_before(month, int(year)) >= 2

    def _months_before(self, month: str, year: int) -> int:
        """How many calendar months a month ("october", 2025) is before the report's month."""
        published = self.doc.published
        return (published.year * 12 + published.month) - (year * 12 + MONTH_NUMBERS[month])

    def _named_incident_dated_before(self, context: _Sentence, hit: _Hit) -> bool:
        """ "The Harbour Street bombing killed 40 people" opening a sentence with no year of its
        own, after an earlier sentence of the article dated the same incident by its name to a
        year ended at least a year before the report ("the 2009 bombing of the Harbour Street
        market", "the 2009 Harbour Street bombing"): background."""
        text, index, sentence = self.text, context.index, context.sentence
        if index == 0 or _YEAR.search(self.lower, sentence.start, sentence.end):
            return False
        subject = _NAMED_INCIDENT_SUBJECT.match(text, sentence.start, hit.end)
        if subject is None:
            return False
        name, noun = re.escape(subject.group(1)), subject.group(2).lower()
        dated = re.compile(
            rf"\b(?i:the|an?)\s+((?:19|20)\d\d)\s+(?:{name}\s+{noun}"
            rf"|{noun}\s+(?:of|at|on|in)\s+(?:the\s+)?{name})\b"
        )
        published = self.doc.published.year
        for before in self.doc.sentences[:index]:
            found = dated.search(text, before.start, before.end)
            if found is not None and int(found.group(1)) < published - 1:
                return True
        return False

    def _paragraph_opened_long_ago(self, context: _Sentence) -> bool:
        """ "On the night of November 13, 1985, a small eruption ... . Of the town's 29,000
        inhabitants, more than 23,000 were killed.": a sentence that names no year of its own,
        in a paragraph after the lead that opened on a day at least two months before the
        report, with nothing of the last days (a weekday, "overnight", "latest", "on March 12")
        in the sentences since."""
        sentences, sentence = self.doc.sentences, context.sentence
        index = context.index
        if sentence.paragraph < 2 or sentences[index - 1].paragraph != sentence.paragraph:
            # the headline and the lead tell the news; a paragraph's first sentence has its
            # own opening read elsewhere
            return False
        lower = self.lower
        if _YEAR.search(lower, sentence.start, sentence.end):
            return False
        first = index - 1
        while first > 0 and sentences[first - 1].paragraph == sentence.paragraph:
            first -= 1
        opening = sentences[first]
        found = _OPENS_ON_DAY.match(lower, opening.start, opening.end)
        if found is not None:
            year, month = int(found.group(3)), MONTH_NUMBERS[found.group(1)]
            day = min(int(found.group(2)), 28) if found.group(2) else 1
            if (self.doc.published - date(year, month, day)).days <= _OLD_INCIDENT_DAYS:
                return False
        else:
            # "Between 1943 and 1945, insurgents killed ... . Polish reprisals killed between
            # 10,000 and 15,000": years that ended before the year of the report
            years = _OPENS_ON_YEARS.match(lower, opening.start, opening.end)
            if years is None or int(years.group(1)) >= self.doc.published.year:
                return False
            # (an opening that tells the past's dead or wounded: not "In 2022, Russia invaded
            # Ukraine." as background before "Ukrainian drones killed two people in Belgorod")
            if not any(h.word.casualty for h in _hits(self.c, lower[opening.start : opening.end])):
                return False
        return not any(
            _RECENT_MARK.search(lower, s.start, s.end) for s in sentences[first + 1 : index + 1]
        )

    def _cues(self, context: _Sentence, clause: _Clause) -> list[tuple[int, int, frozenset[str]]]:
        """Every cue phrase of the clause, found in one pass and kept for its other figures."""
        key = (clause.start, clause.end)
        found = context.cues.get(key)
        if found is None:
            lower = self.lower
            found = [
                (start, end, kinds)
                for start, end, kinds in _cue_matches(self.c, lower, clause.start, clause.end)
                # "raising to five the number of Chinese nationals killed" (not "raising to 10
                # the number of people detained over the attack that killed 12")
                if " ".join(lower[start:end].split()) not in _RAISING_TO_CUES
                or _RAISED_TOLL_AFTER.match(lower, end, clause.end)
            ]
            context.cues[key] = found
        return found

    def _aside(self, context: _Sentence, count: _Count) -> str | None:
        """Whether the figure stands beside another figure of the article (see ``_Count``)."""
        lower, clause, bound = self.lower, count.clause, count.bound
        q = bound.quantity
        last = max(count.trigger.end, bound.span[1])
        if lower.find("alone", clause.start, clause.end) >= 0:
            quantities = self._quantities(context, clause)
            for alone in _ALONE.finditer(lower, clause.start, clause.end):
                # "alone" marks the figure nearest to it ("killed 58 ..., with 20 in Kano alone"),
                # but not one after "and" that opens the next coordinate ("71 had died in the
                # province alone and dozens were injured": the dozens are no part)
                marked = [
                    x
                    for x in quantities
                    if x.start < alone.start()
                    or not _AND_BETWEEN.search(lower, alone.end(), x.start)
                ]
                if not marked:
                    continue
                nearest = min(
                    marked,
                    key=lambda x: min(abs(x.start - alone.start()), abs(x.end - alone.start())),
                )
                if nearest is q:
                    return "subset"
        if _OF_THEM_BEFORE.search(lower, max(clause.start, q.start - 20), q.start):
            return "subset"
        if _THE_OTHER_BEFORE.search(lower, max(clause.start, q.start - 14), q.start):
            return "subset"  # "The other seven suffered minor injuries": the rest of a toll
        if (
            lower.find(" not ", last, min(context.sentence.end, last + 90)) >= 0
            and _NOT_INCLUDED_AFTER.search(lower, last, min(context.sentence.end, last + 90))
            # (a part of the toll the sentence tells before it: "put the toll at 13, saying two
            # people ... had not yet been included"; not "Separately, five civilians were
            # killed ..., deaths that have not yet been counted")
            and _OWN_TOLL_BEFORE.search(lower, context.sentence.start, q.start) is not None
        ):
            # "put the toll at 13, saying two people who drowned ... had not yet been included
            # in the count": the difference between two tolls, a part of one
            return "subset"
        if _WITH_BEFORE.search(lower, max(context.sentence.start, q.start - 12), q.start) and any(
            h.word.kind == count.kind and h.end < q.start and h is not count.trigger
            for h in context.hits
        ):
            # "285 people had been injured ..., with 37 taken to hospitals": a share of the
            # figure of the same kind just given (not "killing five, with 12 injured")
            return "subset"
        sentence = context.sentence
        if lower.find("accounted for", sentence.start, q.start) >= 0 and _SHARE_OF_TOLL.search(
            lower, sentence.start, q.start
        ):
            return "subset"  # "Blantyre accounted for the majority of the deaths, with 190"
        revision = _REVISED_TO_BEFORE.search(lower, max(clause.start, q.start - 80), q.start)
        # "initially put the death toll at 22 ..., before raising it to 38": what was
        # initially said is the figure before the revision, not this one
        first_cue = clause.start if revision is None else revision.end()
        if _may_hold(lower, first_cue, last, _SUPERSEDED_WORDS) and _SUPERSEDED.search(
            lower, first_cue, last
        ):
            return "superseded"
        if _EARLIER_OPENING.match(lower, context.sentence.start, last):
            return "superseded"
        if (
            count.kind == "killed"
            and lower.find("earlier", max(context.sentence.start, q.start - 60), q.start) >= 0
            and _SAID_EARLIER_BEFORE.search(
                lower, max(context.sentence.start, q.start - 60), q.start
            )
            # (a figure said earlier is the count before the article's own, larger one: "killed
            # six people ... The Health Ministry said earlier on Monday that five people had
            # died, before one of the injured ... died")
            # (of the same incident: no place, cause or other incident of its own: "said
            # earlier that two soldiers had been killed in shelling near Pokrovsk")
            and not self.doc.mentions_in(context.sentence.start, context.sentence.end)
            and not _APART_WORDS.search(self.text, context.sentence.start, context.sentence.end)
            and any(
                r.killed is not None
                and r.killed.bound.count > q.count
                and r.sentence_index < context.index
                and all(
                    h.word.role == r.cause
                    for h in context.hits
                    if h.word.kind == "cause" and h.word.phrase not in self.c.weak_causes
                )
                for r in self.told
            )
        ):
            return "superseded"
        if lower.find("had re", first_cue, last) >= 0:
            had = _HAD_REPORTED.search(lower, first_cue, last)
            if had is not None and not _THAT_BEFORE.search(
                lower, max(context.sentence.start, had.start() - 80), had.start()
            ):
                return "superseded"
        if (
            lower.find("had ", max(sentence.start, q.start - 90), q.start) >= 0
            and _HAD_TOLD_BEFORE.search(lower, max(sentence.start, q.start - 90), q.start)
            and (
                _BUT_MORE_AFTER.search(lower, last, sentence.end)
                or self._more_found_next(context)
                or (
                    self._told_in_sentences_before(context, _RAISED_TOLL, 3)
                    # (of the same incident: not "in a separate shooting", "killed in a
                    # stampede in Mumbai" after a train crash's toll)
                    and lower.find("separate", sentence.start, sentence.end) < 0
                    and _ANOTHER_INCIDENT_AFTER.search(lower, last, sentence.end) is None
                )
            )
        ):
            return "superseded"
        if (
            count.kind == "killed"
            and _PAST_PERFECT_BEFORE.search(
                lower, max(clause.start, count.trigger.start - 10), count.trigger.start
            )
            and (
                self._told_in_sentences_before(context, _TOLL_ROSE_TO, 1)
                # "A seventh resident has died ... Six residents had been found dead on
                # Friday": the toll before its latest death
                or (
                    self._told_in_sentences_before(context, _ORDINAL_DEATH, 3)
                    and any(
                        r.killed is not None
                        and r.killed.bound.count == q.count + 1
                        and r.scope == "cumulative"
                        for r in self.told
                    )
                )
            )
            # (not another source's figure, nor another incident's, nor another place's: "In
            # neighbouring Syria, 120 people had died")
            and _REPORTING.search(lower, sentence.start, sentence.end) is None
            and not any(
                m.kind in (MentionKind.COUNTRY, MentionKind.CITY, MentionKind.METONYM)
                for m in self.doc.mentions_in(sentence.start, q.start)
            )
            and lower.find("separate", sentence.start, sentence.end) < 0
            and _ANOTHER_INCIDENT_AFTER.search(lower, last, sentence.end) is None
        ):
            # "The toll rose to 11 on Tuesday ... Seven people had died on Monday night": the
            # toll as it stood before
            return "superseded"
        if lower.find("stood", clause.start, last) >= 0 and _STOOD_ON_A_DAY.search(
            lower, clause.start, clause.end
        ):
            return "superseded"
        if (
            count.kind == "killed"
            and (
                # "The death toll ... rose to 23 on Wednesday ... 'By Tuesday evening we had 18
                # confirmed dead'", "Fourteen deaths had been reported till Tuesday night": the
                # running toll as it stood before the one the article leads with
                _BY_AN_EARLIER_TIME.search(lower, sentence.start, sentence.end) is not None
                # "The death toll ... rose to nine on Wednesday after a Chinese tourist died in
                # hospital ... Eight people died at the scene": the first part of the toll
                or _AT_THE_SCENE.match(lower, count.trigger.start, sentence.end) is not None
            )
            and self._inside_a_raised_toll(context, q.count, last)
        ):
            return "superseded"
        if bound.count == bound.quantity.count and _VAGUE.fullmatch(bound.quantity.text):
            return "vague"
        return None

    def _inside_a_raised_toll(self, context: _Sentence, count: int, last: int) -> bool:
        """Whether a larger cumulative toll of the story, told in a sentence before, rose in one
        of the four sentences before this one, which tells no separate or other incident."""
        lower, sentence = self.lower, context.sentence
        return (
            any(
                r.killed is not None
                and r.killed.bound.count > count
                and r.scope == "cumulative"
                and r.sentence_index < context.index
                for r in self.told
            )
            and self._told_in_sentences_before(context, _TOLL_ROSE_TO, 4)
            and lower.find("separate", sentence.start, sentence.end) < 0
            and _ANOTHER_INCIDENT_AFTER.search(lower, last, sentence.end) is None
        )

    def _told_in_sentences_before(
        self, context: _Sentence, pattern: re.Pattern[str], back: int
    ) -> bool:
        """Whether one of the ``back`` sentences before this one matches ``pattern``: an
        earlier sentence that tells the toll raised ("killed seven people ..., raising an earlier
        toll", ``_RAISED_TOLL``, three back) or the one before that tells it rose to a new
        figure ("The death toll ... rose to 11 on Tuesday", ``_TOLL_ROSE_TO``, one back)."""
        lower = self.lower
        return any(
            pattern.search(lower, s.start, s.end) is not None
            for s in self.doc.sentences[max(0, context.index - back) : context.index]
        )

    def _more_found_next(self, context: _Sentence) -> bool:
        """Whether the next sentence opens with more dead found ("Two more bodies were found on
        the beach at Wimereux" after "had said on Tuesday morning that three people had died")."""
        index = context.index + 1
        if index >= len(self.doc.sentences):
            return False
        return _MORE_FOUND_OPENING.match(self.lower, self.doc.sentences[index].start) is not None

    # -- scope --------------------------------------------------------------------------------
    def _scope(self, context: _Sentence, count: _Count) -> None:
        clause, q = count.clause, count.bound.quantity
        # "one of the most serious clashes this year": a comparison, not the toll's period.
        cues = [
            (start, end, kinds)
            for start, end, kinds in self._cues(context, clause)
            if not (
                ("period" in kinds or "since" in kinds)
                and (
                    _SUPERLATIVE.search(self.lower, max(clause.start, start - 60), start)
                    # "the first such incident since the two countries signed a treaty ...
                    # last year": the period of the comparison's "since"
                    or (
                        "since" not in kinds  # (not "... has killed 52 since Friday")
                        and _SUPERLATIVE_SINCE_BEFORE.search(
                            self.lower, max(clause.start, start - 140), start
                        )
                        is not None
                    )
                )
                # (but "in the first 10 months of this year" is the period's span)
                and not _SPAN_OF_PERIOD_BEFORE.search(
                    self.lower, max(clause.start, start - 40), start
                )
            )
            and not (
                "period" in kinds
                and _MONTH_BEFORE.search(self.lower, max(clause.start, start - 16), start)
            )
            # "a canoe that reached the port of La Restinga": a journey's end, not a toll's
            and not (
                self.lower.startswith("reached", start)
                and _PLACE_REACHED_AFTER.match(self.lower, end) is not None
            )
        ]
        count.increment = bool(_MORE_AFTER.match(self.lower, q.end)) or any(
            "incremental" in kinds and q.start - 16 <= start and end <= q.start
            for start, end, kinds in cues
        )
        since = self._period_since(clause, count.trigger, cues)
        cue = any(
            ("cumulative" in kinds or "period" in kinds) and "since" not in kinds
            for _, _, kinds in cues
        )
        count.toll_change = count.trigger.word.role == "toll" and cue
        subject = self._subject(count, context.hits)
        if subject is None:
            subject = self._campaign_told_before(context, count)
        count.campaign = subject is not None and subject.word.kind == "campaign"
        if (
            count.campaign
            and since is None
            and not cue
            and any(d.value is not None for d in self._dates(context, clause))
        ):
            count.campaign = False  # "killed 35 militants in an offensive on Friday": one day
        if count.campaign or since is not None or (cue and not count.increment):
            count.scope = Scope.CUMULATIVE
        if q.count > 1 and _AN_ORDINAL.match(self.lower, q.start, q.end):
            count.scope = Scope.CUMULATIVE  # "A seventh resident has died": seven in all
        if count.increment and not count.toll_change:
            count.scope = Scope.INCREMENTAL
        if (
            count.scope is Scope.INCREMENTAL
            and not count.increment
            and count.kind == "killed"
            and self.lower.find(" from ", q.end, context.sentence.end) >= 0
        ):
            self._raised_from(context, count)
        if count.scope is Scope.CUMULATIVE:
            count.period = since or self._period_campaign(count, subject)

    def _after_a_rise(
        self, context: _Sentence, counts: list[_Count], frame: _Frame | None
    ) -> list[_Count]:
        """ "the toll had risen from five overnight after rescuers pulled two bodies from a
        collapsed house": the two are the rise, part of the toll, not an incident of their own;
        and the toll risen from five with no new figure of its own is one told before (noted in
        ``rises`` for the caller to make cumulative). Only for the incident told last: not "In
        southern Lebanon, where a drone hit a car in Tyre on Sunday, the death toll had risen
        from three after ..." after a strike in Gaza City."""
        sentence, lower = context.sentence, self.lower
        if lower.find(" from ", sentence.start, sentence.end) < 0:
            return counts
        rose = _TOLL_ROSE_FROM.search(lower, sentence.start, sentence.end)
        if rose is None or not self._rise_of_the_last(context, frame):
            return counts
        quantities = self._quantities(context, _Clause(sentence.start, sentence.end))
        earlier = next((x for x in quantities if x.start >= rose.end()), None)
        if earlier is None or earlier.start - rose.end() >= 12:
            return counts
        if not _TO_A_FIGURE_AFTER.match(lower, earlier.end) and earlier.count:
            self.rises.append((context.index, earlier.count))
        return [
            c
            for c in counts
            if c.toll_change
            or c.bound.quantity.start < earlier.end
            or not _AFTER.search(lower, earlier.end, c.bound.quantity.start)
        ]

    def _rise_of_the_last(self, context: _Sentence, frame: _Frame | None) -> bool:
        """The last figure told before ``context`` (``told``) is of the incident its sentence
        speaks of: no place of another country named since, no cause of another kind in it."""
        last = next((r for r in reversed(self.told) if r.sentence_index < context.index), None)
        if last is None:
            return False
        cause = last.cause
        if cause is None and frame is not None and frame.sentence.index < context.index:
            cause = frame.cause
        if cause is not None and any(
            h.word.kind == "cause" and _cause_kind(h.word.role) != _cause_kind(cause)
            for h in context.hits
        ):
            return False  # "after a landslide buried ..." in a story of a bus crash
        place = last.place
        if place is None and frame is not None and frame.sentence.index < context.index:
            place = self._frame_value(frame, "place")
        country = place.location.country_code if place is not None else None
        start = self.doc.sentences[last.sentence_index].end
        for mention in self.doc.mentions_in(start, context.sentence.end):
            placed = self._locative(mention)
            if placed is None or placed.location.country_code is None:
                continue
            if country is None:
                country = placed.location.country_code  # (one country named since, not two)
            elif placed.location.country_code != country:
                return False  # "In Mali, the death toll had risen from eight"
        return True

    def _raised_from(self, context: _Sentence, count: _Count) -> None:
        """ "killing 12 people, state prosecutors said Monday, raising the toll from nine": the
        figure is the toll revised up from a lower one, so cumulative."""
        q, sentence = count.bound.quantity, context.sentence
        raised = _TOLL_RAISED_FROM.search(self.lower, q.end, sentence.end)
        if raised is None:
            return
        quantities = self._quantities(context, _Clause(sentence.start, sentence.end))
        # (the figure nearest before the cue: not "killing 12 ..., and another 20 were found,
        # raising the toll from nine")
        if any(
            q.end <= x.start < raised.start()
            # (the wounded told with the dead: "killing eight people and injuring 117, ...,
            # raising its toll from five")
            and not _AND_THE_WOUNDED_BETWEEN.fullmatch(self.lower, q.end, x.start)
            for x in quantities
        ):
            return
        earlier = next((x for x in quantities if x.start >= raised.end()), None)
        if (
            earlier is not None
            and earlier.start - raised.end() < 12
            and earlier.count < q.count
            # (not "raising the toll from nine to 21": the new toll is the one after "to")
            and not _TO_A_FIGURE_AFTER.match(self.lower, earlier.end)
        ):
            count.scope = Scope.CUMULATIVE

    def _campaign_told_before(self, context: _Sentence, count: _Count) -> _Hit | None:
        """ "The conflict ... erupted in 2017. The Crisis Group says it has killed more than
        6,000 people": "it has killed" whose "it" is the war or conflict the sentence before
        opens on (its subject), as that campaign's hit."""
        lower, index = self.lower, context.index
        trigger = count.trigger
        if (
            index == 0
            or trigger.start > count.bound.quantity.start
            or _IT_HAS_BEFORE.search(lower, max(0, trigger.start - 24), trigger.start) is None
        ):
            return None
        before = self.doc.sentences[index - 1]
        opening = lower[before.start : min(before.end, before.start + 40)]
        campaign = next((h for h in _hits(self.c, opening) if h.word.kind == "campaign"), None)
        if campaign is None or not opening.lstrip().startswith("the "):
            return None
        start = before.start + campaign.start
        return _Hit(start, start + campaign.end - campaign.start, campaign.word)

    def _subject(self, count: _Count, hits: list[_Hit]) -> _Hit | None:
        """The nearest cause or campaign noun before the figure ("the war has killed")."""
        lower = self.lower
        first = min(count.trigger.start, count.bound.quantity.start)
        for hit in reversed(hits):
            if hit.end > first or hit.start < count.window.start:
                continue
            if hit.word.kind == "cause":
                return hit
            if hit.word.kind == "campaign" and _WATCHING_BEFORE.search(
                lower, max(count.window.start, hit.start - 30), hit.start
            ):
                continue  # "The Sudan Doctors Network, a medical group tracking the war, gave"
            if hit.word.kind == "campaign" and (
                not _PREPOSITION_BEFORE.search(
                    lower, max(count.window.start, hit.start - 40), hit.start
                )
                or _RELATIVE_AFTER.fullmatch(lower, hit.end, count.clause.start)
            ):
                return hit  # "the war has killed", "an end to the conflict, one which has"
            if hit.word.kind == "campaign" and _RUNNING_TOLL_AFTER.fullmatch(lower, hit.end, first):
                return hit  # "an end to two years of war that has killed tens of thousands"
        after = [
            h
            for h in hits
            if h.word.kind in ("cause", "campaign")
            and count.trigger.end <= h.start < count.clause.end
        ]
        if (
            after
            and after[0].word.kind == "campaign"
            and not any(h.word.kind == "cause" for h in after)
            and _IN_CAMPAIGN_BEFORE.search(
                lower, max(count.clause.start, after[0].start - 30), after[0].start
            )
        ):
            return after[0]  # "killed in the war"
        return None

    def _period_since(
        self, clause: _Clause, trigger: _Hit, cues: list[tuple[int, int, frozenset[str]]]
    ) -> Span | None:
        text = self.text
        for since_start, since_end, kinds in cues:
            if "since" not in kinds:
                continue
            if (
                since_start < trigger.start
                and trigger.word.role == "verb"
                and _SINCE_AN_INCIDENT.fullmatch(self.lower, since_start, trigger.start)
            ):
                # "a sore point since an underground rock fall at Mufulira killed four miners in
                # 2022": the clause tells the incident itself, no period of the figure
                continue
            limit = clause.end
            if since_start < trigger.start:
                limit = min(limit, trigger.start)
            stop = _SINCE_STOP.search(text, since_end, limit)
            end = min(stop.start() if stop else limit, since_end + 48)
            while end > since_end and not text[end - 1].isalnum() and text[end - 1] != ".":
                end -= 1
            if end - since_end >= 2:
                return (since_start, end)
        period = next(((start, end) for start, end, kinds in cues if "period" in kinds), None)
        lower = self.lower
        if period is None and any(
            lower.find(word, clause.start, clause.end) >= 0 for word in _PAST_SPAN_WORDS
        ):
            span = _PAST_SPAN.search(lower, clause.start, clause.end)
            if span is not None:
                return span.span()
        if (
            lower.find("between", clause.start, clause.end) >= 0
            or lower.find("from", clause.start, clause.end) >= 0
        ):
            months = _MONTH_SPAN.search(lower, clause.start, clause.end)
            if months is not None and (
                # the figure's own span: right after its verb, in the same stretch ("were killed
                # in road accidents in the country between January and August"), or opening it
                # ("Between January and August, 1,200 migrants died"); not another thing's
                # ("in an area where schools had been shut from January to March")
                (
                    months.start() >= trigger.end
                    and months.start() - trigger.end <= 80
                    and lower.find(",", trigger.end, months.start()) < 0
                )
                or (months.end() <= trigger.start and trigger.start - months.end() <= 60)
            ):
                return months.span()
        return period

    def _period_campaign(self, count: _Count, subject: _Hit | None) -> Span | None:
        lower = self.lower
        window = count.window
        duration = (
            self.c.duration_campaign.search(lower, window.start, window.end)
            if _DURATION_UNIT.search(lower, window.start, window.end)  # the cheap part first
            else None
        )
        if duration is not None:
            return duration.span()
        if subject is None or subject.word.kind != "campaign":
            return None
        start = subject.start
        phrase = _CAMPAIGN_DETERMINER.search(lower, max(count.window.start, start - 40), start)
        if phrase is not None:
            start = phrase.start()
        return (start, subject.end)

    # -- describing a record ------------------------------------------------------------------
    def describe(self, record: _Record, context: _Sentence, frame: _Frame | None) -> None:
        """Cause, victims, place, date, perpetrator and source of a record's figures."""
        count = _first_count(record)
        lower = self.lower
        # (the incident a tally leaves out names none of its causes: "19 people had died in
        # rail accidents since January, not counting Wednesday's crash")
        hits = [
            h
            for h in context.hits
            if h.word.kind != "cause"
            or not _LEFT_OUT_BEFORE.search(lower, max(0, h.start - 40), h.start)
        ]
        record.period = next(
            (
                c.period
                for c in (record.killed, record.injured)
                if c is not None and c.period is not None
            ),
            None,
        )
        multi_incident = record.scope is Scope.CUMULATIVE and (
            record.period is not None or count.campaign
        )
        trigger_cause = self.c.cause_of.get(count.trigger.word.phrase)
        cause = _nearest_cause(
            hits,
            count.clause if multi_incident else count.window,
            count.trigger,
            self.c,
            self.lower,
            strong_only=multi_incident,  # "in such attacks since Oct. 1" names no one cause
        )
        if (
            cause is not None
            and multi_incident
            and _SOME_OF_THEM_BEFORE.search(lower, max(0, cause.start - 50), cause.start)
        ):
            # "more than 1,200 civilians have been killed in Kordofan since July, many of them
            # in drone strikes": the cause of a part of the tally, not of all of it
            cause = None
        if trigger_cause is not None:  # "shot dead", "stabbed to death"
            record.cause, record.cause_span = (
                trigger_cause,
                (count.trigger.start, count.trigger.end),
            )
        elif cause is not None:
            record.cause, record.cause_span = cause.word.role, (cause.start, cause.end)
        for part in (record.killed, record.injured):
            if part is not None and part.bound.victims and record.victims is None:
                record.victims, record.victims_span = part.bound.victims, part.bound.noun
        # The window holds the clause; it is read only when it is larger.
        wider = count.window != count.clause
        record.place = self._place(count.clause, count.trigger)
        if record.place is None and wider:
            record.place = self._place(count.window, count.trigger)
        if not multi_incident:
            dates = self._dates(context, count.clause)
            if not dates and wider:
                dates = self._dates(context, count.window)
            record.date = self._event_date(dates, count)
        if record.place is None:
            record.place = self._country_named(count.clause)
        if record.place is None:
            victims = self._victims_country(record, count)
            if victims is None or not (
                record.victims == "soldiers"
                and not multi_incident
                and frame is not None
                and self._fought_elsewhere(frame, victims)
            ):
                record.place = victims
        record.place_from_text = record.place is not None
        if not multi_incident and frame is not None:
            self._inherit(record, frame)
        perpetrator = self._perpetrator(count, record.cause_span)
        if perpetrator is not None:
            record.perpetrator, record.perpetrator_span = perpetrator
        record.reporter = self._reporter(count)
        record.evidence = _evidence(record)

    def _inherit(self, record: _Record, frame: _Frame) -> None:
        """Cause, place and date of the incident in focus for a figure that does not name them
        ("At least 12 people were killed," after "A suicide bomber struck ... in Quetta")."""
        if record.cause is not None and record.cause != frame.cause:
            return
        # "The blast happened at about 3 p.m. on Friday ... In a separate accident on Thursday,
        # a rock fall at an iron ore mine killed two workers": an accident happens once, another
        # incident does not have its cause (but may have its city and day: "In a separate
        # incident, two people were killed in the city on Tuesday"; and the rains of a storm in
        # focus bring down "In a separate incident, ... a wall weakened by the rains")
        own_cause_only = (
            frame.cause in _ONE_OFF_ACCIDENTS
            and frame.sentence.index != record.sentence_index
            and _SEPARATE_INCIDENT_OPENING.match(self.doc.text, record.sentence.start) is not None
        )
        if record.cause and record.date and record.place and record.place.rank == 3:
            return  # nothing to learn from the incident in focus
        frame_place = self._frame_value(frame, "place")
        if record.place is not None and frame_place is not None:
            if record.place.location.country_code != frame_place.location.country_code:
                if record.cause is None and self._disaster_reached(record, frame):
                    # "It was felt strongly ... across the border in Mexico's Chiapas state.
                    # In Chiapas, a man was killed when part of a church facade fell on him":
                    # the quake's own day and cause, the figure's own place
                    record.cause, record.cause_span = frame.cause, frame.cause_span
                    if record.date is None:
                        record.date = self._frame_value(frame, "date") or self._frame_value(
                            frame, "lead_date"
                        )
                return  # a figure about another place is another incident
            if frame_place.rank > record.place.rank:
                record.place = frame_place
        if record.cause is None and not own_cause_only:
            record.cause, record.cause_span = frame.cause, frame.cause_span
            if (
                frame.sentence.index == 0
                and record.date is not None
                and self._frame_value(frame, "date") is None
            ):
                # "A passenger train slammed into a freight train late Wednesday, killing 18"
                # after the headline's "Train crash": the lead's day is the headline's
                # incident's, for its later figures too ("The governor said 21 had died"; not
                # for another incident told later, "a gas explosion killed two")
                frame.lead_date = record.date
        if record.date is None:
            record.date = self._frame_value(frame, "date") or self._frame_value(frame, "lead_date")
        if record.place is None and frame_place is not None:
            record.place, record.place_from_text = frame_place, True
        if record.place is None:
            record.place = self._frame_value(frame, "country")  # a guess: not "from text"

    def _disaster_reached(self, record: _Record, frame: _Frame) -> bool:
        """A natural disaster told in focus (a quake, a storm) that the sentences since its own
        tell as reaching the figure's country ("It was felt strongly ... across the border in
        Mexico's Chiapas state"), and a figure there of a death such a disaster brings ("a man
        was killed when part of a church facade fell on him"), told on no other day and not as
        a separate incident: the disaster's (not "In Sudan, 25 people were killed" after floods
        in Chad that refugees "who fled the war in Sudan" suffer, nor "The tremor was felt in
        Moldova and Ukraine. In Ukraine, three people were killed on Tuesday in Kherson")."""
        if (
            frame.cause != "natural_disaster"
            or record.place is None
            or record.scope is not Scope.INCREMENTAL  # (a running toll there: its own days)
            or _separately_told(self.doc, record.sentence_index)
        ):
            return False
        code = record.place.location.country_code
        if code is None:
            return False
        text, lower = self.doc.text, self.lower
        sentence = record.sentence
        if _DISASTER_DEATH.search(lower, sentence.start, sentence.end) is None:
            return False
        frame_date = self._frame_value(frame, "date")
        if (
            record.date is not None
            and record.date.value is not None
            and frame_date is not None
            and frame_date.value is not None
            and record.date.value != frame_date.value
        ):
            return False  # "three people died on Saturday" after Sunday's quake
        name = re.escape(self.country_location(code).name.lower())
        reached = re.compile(rf"{_REACHED}[^.;:]{{0,60}}?\b{name}\b")
        sentences = self.doc.sentences
        for index in range(frame.sentence.index, record.sentence_index):
            told = sentences[index]
            if (
                reached.search(lower, told.start, told.end) is not None
                and _UNHARMED.search(lower, told.start, told.end) is None
                and _SEPARATE_OPENING.match(text, told.start) is None
            ):
                return True
        return False

    @overload
    def _frame_value(
        self, frame: _Frame, name: Literal["date", "lead_date"]
    ) -> DateMention | None: ...
    @overload
    def _frame_value(self, frame: _Frame, name: Literal["place", "country"]) -> _Placed | None: ...
    def _frame_value(self, frame: _Frame, name: str) -> DateMention | _Placed | None:
        """The incident's place, date or country, from the latest sentence about it that
        names one (each sentence is read only when reached); its lead's day (``lead_date``),
        within the incident as a place is."""
        current: _Frame | None = frame
        while current is not None:
            self._resolve(current)
            value: DateMention | _Placed | None = getattr(current, name)
            if value is not None:
                return value
            # A date carries over the whole story; a place only within one incident.
            current = current.previous if name == "date" else current.parent
        return None

    def _place(self, area: _Clause, trigger: _Hit) -> _Placed | None:
        """The most precise place named as where something happened ("in Aleppo", "the city of
        Quetta", "shelling of Kharkiv"), the nearest to the death word among equals."""
        best: _Placed | None = None
        best_distance = 0
        seat: _Placed | None = None
        for mention in self.doc.mentions_in(area.start, area.end):
            placed = self._locative(mention)
            if (
                placed is None
                and mention.kind is MentionKind.ADJECTIVE
                and (town := _UNKNOWN_TOWN_OF_AFTER.match(self.text, mention.end)) is not None
                and (
                    the := _THE_PLACE_ADJECTIVE_BEFORE.search(
                        self.lower, max(0, mention.start - 30), mention.start
                    )
                )
                # (a town the gazetteer holds is read as itself, or not at all: "from the Indian
                # city of Gorakhpur" is where a bus set out)
                and not self.doc.mentions_in(town.end() - 1, town.end())
                and not _FROM_BEFORE.search(self.lower, max(0, the.start() - 12), the.start())
            ):
                # "struck the Ukrainian port of Izmail": a town the gazetteer lacks, in the
                # country its adjective names (a known town is read as itself)
                placed = _Placed(
                    self.country_location(mention.code), (mention.start, mention.end), 1
                )
            if placed is None:
                if seat is None and mention.start in self._seats:
                    seat = self._seats[mention.start]
                continue
            distance = abs(mention.start - trigger.start)
            if (
                best is None
                or placed.rank > best.rank
                or (placed.rank == best.rank and distance < best_distance)
            ):
                best, best_distance = placed, distance
        # the seat of the source that speaks, when the text names no other place ("Police in
        # Karachi said gunmen killed six people in the city")
        return best if best is not None else seat

    def _cared_for_apart(self, before_start: int, start: int) -> bool:
        """ "taken to a health centre in" a place: where the wounded were treated, unless the
        sentence's clause (up to a semicolon) tells an attack or killing there."""
        lower = self.lower
        if not _CARE_PLACE_BEFORE.search(lower, before_start, start):
            return False
        sentence = self.doc.sentence_at(start)
        if sentence is None:
            return True
        clause_start = lower.rfind(";", sentence.start, start) + 1 or sentence.start
        clause_end = lower.find(";", start, sentence.end)
        clause_end = sentence.end if clause_end < 0 else clause_end
        return (
            _ATTACK_IN_CLAUSE.search(lower, max(clause_start, sentence.start), clause_end) is None
        )

    def _origin_of(self, of_start: int) -> bool:
        """ "from the northern city of" (the words before a town's "of"): a journey's start,
        not where it ended, unless a distance leads it ("20 km from the town of")."""
        lower = self.lower
        origin = _FROM_PLACE_OF_BEFORE.search(lower, max(0, of_start - 90), of_start)
        if origin is None:
            return False
        if _SOON_AFTER_BEFORE.search(lower, max(0, origin.start() - 40), origin.start()):
            return False  # "capsized minutes after it departed from the port of Goma"
        from_at = lower.rindex("from", origin.start(), of_start)
        return not _DISTANCE_FROM_BEFORE.search(lower, max(0, from_at - 40), from_at)

    def _locative(self, mention: Mention) -> _Placed | None:
        if mention.start in self._placed:
            return self._placed[mention.start]
        text = self.text
        placed = None
        if mention.kind in _PLACE_KINDS and not self._names_actor(mention):
            lower, start = self.lower, mention.start
            before_start = max(0, start - 60)
            led = False
            for head in _LOCATIVE_HEAD.finditer(lower, before_start, start):
                if head.group(1) == "of" and not _OF_PLACE_BEFORE.search(
                    lower, max(0, head.start() - 30), head.start()
                ):
                    continue
                if head.group(1) == "of" and self._origin_of(head.start()):
                    continue  # a bus "from the Indian city of Lucknow to ...": where it set out
                if head.group(1) == "from" and not _DISTANCE_BEFORE.search(
                    lower, max(0, head.start() - 30), head.start()
                ):
                    continue  # passengers "from Sao Paulo": where they came from
                if head.group(1) in _TOWARD_HEADS and _FLIGHT_BEFORE.search(
                    lower, max(0, head.start() - 50), head.start()
                ):
                    continue  # "had fled their homes, some of them across the border into
                    # Ethiopia": where they fled to
                if head.group(1) == "in" and _FROM_A_THING_IN.search(
                    lower, max(0, head.start() - 40), head.end()
                ):
                    continue  # "the release of water from a dam in neighbouring Bhutan": where
                    # what came came from
                if head.end() == start:
                    led = True  # "in Aleppo"
                    break
                tail = _LOCATIVE_TAIL.fullmatch(text, head.end(), start)
                if tail is not None and (
                    tail.group("article") is None or COMMON_NOUN_AFTER.match(text, mention.end)
                ):
                    led = True
                    break
            if (
                (led or _APPOSITION_BEFORE.search(lower, before_start, start))
                and not _CARE_BEFORE.search(lower, before_start, start)
                and not self._cared_for_apart(before_start, start)
                and not _SPEAKING_BEFORE.search(lower, before_start, start)
                and not _ATTRIBUTION_BEFORE.search(lower, max(0, start - 100), start)
                and not _toward(lower, start, mention.end)
            ):
                placed = self._geocode(mention)
                if (
                    placed is not None
                    and _SOURCE_SEAT_AFTER.match(lower, mention.end)
                    and _SOURCE_SEAT_BEFORE.search(lower, before_start, start)
                ):
                    self._seats[start] = placed  # where the source sits: a last resort
                    placed = None
        self._placed[mention.start] = placed
        return placed

    def _geocode(self, mention: Mention) -> _Placed | None:
        span = (mention.start, mention.end)
        if mention.kind is MentionKind.COUNTRY:
            return _Placed(self.country_location(mention.code), span, 1)
        tied = self._tied_country(mention)
        if mention.text not in self.gaz.cities:
            # a town the gazetteer does not know, placed by the text in its country ("the
            # northern Mexican town of China"): the country is the place
            if tied is None:
                return None
            return _Placed(self.country_location(tied.code), (tied.start, tied.end), 1)
        key = (mention.text, tied.code if tied is not None else None)
        if key in self._cities:
            city = self._cities[key]
        elif tied is not None:
            # A namesake in another country is never the place the text names ("the town of
            # Koro in central Mali" is not Koro, Venezuela): without one in that country, the
            # country itself is the place.
            city = self._cities[key] = max(
                (c for c in self.gaz.cities[mention.text] if c.iso3 == key[1]),
                key=lambda c: c.population,
                default=None,
            )
        else:
            # A small town of a country the article never names is a namesake of the place
            # meant, not a reason to place the incident abroad (``strict``).
            home = self._alias_home(mention)
            key = (mention.text, f"home:{home}")
            if key in self._cities:
                city = self._cities[key]
            else:
                city = self._cities[key] = self.gaz.best_city(
                    mention.text,
                    self.topic_countries,
                    strict=bool(self.topic_countries),
                    home=home,
                )
        if city is None:
            if tied is not None:
                location = self.country_location(tied.code)
                return _Placed(location, (tied.start, tied.end), 1)
            return None
        if (
            tied is None
            and city.iso3 not in self.topic_countries
            and self.topic_countries
            and _LANDFORM_AFTER.match(self.lower, mention.end)
        ):
            # "a village in the Rasht valley" in a Tajik story: a valley of the story's country,
            # not the namesake city of a country the article never names (Rasht, Iran)
            return None
        region = _REGION_AFTER.match(self.lower, mention.end)
        if region is not None and tied is None and self._region_of_its_own(mention, city, region):
            return None
        if region is not None:  # "Idlib province": the province, not the city
            name = self.text[mention.start : region.end()]
            location = Location(name=name, country_code=city.iso3, feature="region")
            return _Placed(location, (mention.start, region.end()), 2)
        return _Placed(self.gaz.city_location(city, mention.text), span, 3)

    def _alias_home(self, mention: Mention) -> str | None:
        """The dateline's country, to prefer a town of that country bearing a city's name over
        a larger city elsewhere that has it only as another name ("MADRID - ... in Arrecife"),
        unless the sentence, or another one as an actor, names another country that has a city
        of the name ("A factory fire in Canton killed 30 ... China ordered safety checks" under
        a Washington dateline; not "was on a visit to Brazil", a trip's place)."""
        home = self.doc.dateline_country
        if home is None:
            return None
        sentence = self.doc.sentence_at(mention.start)
        others = {c.iso3 for c in self.gaz.cities[mention.text]} - {home}
        nations, counts = self._nations()
        for named in nations:
            if named.code not in others:
                continue
            if (sentence is not None and sentence.start <= named.start < sentence.end) or not (
                # (in another sentence: as an actor, and named at least as often as the home
                # country: not "Neighbouring Kazakhstan sent a helicopter" in a story of
                # Kyrgyzstan's, whose "Talas road" is the Kyrgyz town's)
                counts[named.code] < counts[home]
                or _PLACE_PREPOSITION_BEFORE.search(
                    self.lower, max(0, named.start - 20), named.start
                )
            ):
                return None
        return home

    def _nations(self) -> tuple[list[Mention], Counter[str | None]]:
        """The article's mentions of countries by name, adjective or people, and how often
        each country is so named (worked out once)."""
        if self._nations_named is None:
            nations = [
                m for m in self.doc.mentions_in(0, len(self.text)) if m.kind in _NATIONALITY_KINDS
            ]
            self._nations_named = (nations, Counter(m.code for m in nations))
        return self._nations_named

    def _region_of_its_own(self, mention: Mention, city: City, region: re.Match[str]) -> bool:
        """Whether a name before a region word ("Antioquia province", "Manchester parish") is a
        division of the story's own, not the city of another continent the gazetteer has under
        that name: one reached by another of its names, in a story naming only states of other
        continents (Antakya, whose Spanish name it is; not "Zaporizhzhia region" in a story
        naming Russia only, a spelling of a neighbour's city), or a parish of a story datelined
        in its country and about it (not "Kandahar province" under a Washington dateline)."""
        continents = self.gaz.country_continent
        if (
            self.topic_countries
            and without_accents(city.name) != without_accents(mention.text)
            and all(
                continents.get(code) != continents.get(city.iso3) for code in self.topic_countries
            )
        ):
            return True
        dateline = self.doc.dateline_country
        return (
            region.group(1) == "parish"
            and dateline is not None
            and dateline != city.iso3
            and dateline == self.doc.main_country
            and continents.get(dateline) != continents.get(city.iso3)
        )

    def _tied_country(self, mention: Mention) -> Mention | None:
        """The country the text places a city in ("Koro, Mali", "the town of Koro in central
        Mali", "Koro, in Mali's Mopti region", "the Malian town of Koro"), here or, for a name
        the text places only once, where it does so: "Flores" after "the Indonesian island of
        Flores" is that island, not a namesake in Brazil (the nearest such place before, else
        the first after)."""
        ties = self._ties.get(mention.text)
        if ties is None:
            # (each mention of the name and what places it, in text order: once per name)
            ties = self._ties[mention.text] = [
                (other.start, there)
                for other in self.doc.mentions
                if other.text == mention.text and (there := self._tied_here(other)) is not None
            ]
        before: Mention | None = None
        for at, there in ties:
            if at == mention.start:
                return there
            if at > mention.start:
                return before if before is not None else there
            before = there
        return before

    def _tied_here(self, mention: Mention) -> Mention | None:
        text = self.text
        for after in self.doc.mentions_in(mention.end, mention.end + 40)[:1]:
            if after.kind is MentionKind.COUNTRY and _COUNTRY_AFTER_PLACE.fullmatch(
                text, mention.end, after.start
            ):
                return after
        for before in self.doc.mentions_in(max(0, mention.start - 40), mention.start)[-1:]:
            if before.kind is MentionKind.ADJECTIVE and _PLACE_AFTER_ADJECTIVE.fullmatch(
                self.lower, before.end, mention.start
            ):
                return before
        return None

    def article_country(self, records: list[_Record]) -> str | None:
        """The country for figures that name no place: where the article's other figures
        happened, else the dateline's country if the story is about it, else the country the
        article is most about."""
        votes = Counter(
            r.place.location.country_code
            for r in records
            if r.place is not None and r.place_from_text and r.place.location.country_code
        )
        if votes:
            return votes.most_common(1)[0][0]
        dateline = self.doc.dateline_country
        if dateline is not None and dateline in self.topic_countries:
            return dateline
        # The countries named, and those of the towns named as where things happened ("in
        # Kozhikode", "at Nilambur"): a story of Indian towns that names three countries
        # offering condolences is about India.
        counts = Counter(self.doc.country_counts)
        for mention in self.doc.mentions:
            if mention.kind is MentionKind.CITY:
                placed = self._locative(mention)
                if placed is not None and placed.location.country_code:
                    counts[placed.location.country_code] += 2  # where, not who
        if not counts:
            return None
        return counts.most_common(1)[0][0]

    def _victims_country(self, record: _Record, count: _Count) -> _Placed | None:
        """ "killed 10 Palestinians", "12 Afghan civilians": where the victims are from, when
        nothing names where they died. Not soldiers killed by another state's forces ("four
        Ugandan soldiers died after South Sudanese forces opened fire"): troops fight abroad,
        and the clash may be on either side's soil."""
        for part in (record.killed, record.injured):
            if part is None or part.bound.noun is None:
                continue
            start, end = part.bound.quantity.end, part.bound.noun[1]
            if _ABROAD_VICTIMS.search(self.lower, start, end + 12):
                # "two Zambian peacekeepers", "Indonesian pilgrims": people who serve or travel
                # abroad, their state no place of the incident
                return None
            for mention in self.doc.mentions_in(start, end):
                if mention.kind in (MentionKind.PEOPLE, MentionKind.ADJECTIVE):
                    if record.victims == "soldiers" and self._other_state_fought(
                        count, record, mention.code
                    ):
                        return None
                    location = self.country_location(mention.code)
                    return _Placed(location, (mention.start, mention.end), 1)
        return None

    def _fought_elsewhere(self, frame: _Frame, victims: _Placed) -> bool:
        """Whether the incident in focus is placed in another country than the soldiers' own
        ("seven Ugandan soldiers ... were killed when al-Shabaab militants attacked their base
        in the Lower Shabelle region ... claimed to have killed 23 Ugandan soldiers"): troops
        serve abroad, so the incident's place holds."""
        place = self._frame_value(frame, "place")
        if place is None:
            return False
        code = place.location.country_code
        return code is not None and code != victims.location.country_code

    def _other_state_fought(self, count: _Count, record: _Record, code: str) -> bool:
        """Whether the figure's attacker is the forces of a state other than ``code``."""
        perpetrator = self._perpetrator(count, record.cause_span)
        if perpetrator is None:
            return False
        start, end = perpetrator[1]
        return any(m.code != code for m in self.doc.mentions_in(start, end))

    def _names_actor(self, mention: Mention) -> bool:
        """A place name used for who acted, not where: "Britain-based", "Russian-backed", and
        a country before its forces or strikes ("killed in US strikes", "US forces"); or for a
        building ("the Saudi Hospital"); nor the second of a hyphened pair ("near the
        India-Pakistan border" is in neither state's name alone)."""
        text = self.text
        return "-" in (
            text[mention.end : mention.end + 1],
            text[mention.start - 1 : mention.start],
        ) or (
            mention.kind is MentionKind.COUNTRY
            and (
                _ATTACKER_NOUN_AFTER.match(self.lower, mention.end) is not None
                # a nationality word, not a place's name: "Gaza Port" is in Gaza
                or (
                    any(e.kind is MentionKind.ADJECTIVE for e in mention.entries)
                    and _FACILITY_AFTER.match(self.text, mention.end) is not None
                )
            )
        )

    def _country_named(self, clause: _Clause) -> _Placed | None:
        """A country named in the clause that is not a source's or an actor's ("Sudan's health
        ministry", "Israel's campaign", "mediation by Russia")."""
        text, lower = self.text, self.lower
        agent_end = -1  # where the last country an agent word leads ends
        for mention in self.doc.mentions_in(clause.start, clause.end):
            if mention.kind is not MentionKind.COUNTRY:
                continue
            if _POSSESSIVE_AFTER.match(text, mention.end) or self._names_actor(mention):
                continue
            if _AGENT_BEFORE.search(lower, max(0, mention.start - 12), mention.start) or (
                # ... and the countries joined to it: "near the borders with Niger and
                # Burkina Faso", "backed by Russia and Iran"
                agent_end >= 0
                and _COORDINATION.fullmatch(lower, agent_end, mention.start) is not None
            ):
                agent_end = mention.end
                continue
            if _DESTINATION_BEFORE.search(lower, max(0, mention.start - 90), mention.start):
                continue
            if _toward(lower, mention.start, mention.end):
                continue
            if _REPORT_VERB.match(lower, mention.end + 1):
                continue  # "The US says": who, not where
            location = self.country_location(mention.code)
            return _Placed(location, (mention.start, mention.end), 1)
        return None

    def _event_date(self, dates: list[DateMention], count: _Count | _Hit) -> DateMention | None:
        lower = self.lower
        trigger = count if isinstance(count, _Hit) else count.trigger
        # "rose to 31 on Friday": the day the toll was updated, not the day of the incident.
        update_from, update_to = -1, -1
        if isinstance(count, _Count) and count.trigger.word.role == "toll":
            update_from, update_to = count.bound.quantity.end, count.bound.quantity.end + 16
        for d in reversed(dates):
            # "agreed on Monday to set up a task force, two days after a gunfight ... killed
            # six": the day counted back from the act told before
            if d.value is None or d.end > trigger.start:
                continue
            counted = _DAYS_AFTER_BETWEEN.search(lower, d.end, trigger.start)
            if counted is not None:
                days = parse_single(counted.group(1)) or 1  # ("a day after": one)
                return DateMention(
                    counted.start(1),
                    counted.end(),
                    counted.group(0).strip(" ,"),
                    d.value - timedelta(days=days),
                )
            break
        found = [
            d
            for d in dates
            if d.value is not None
            and not update_from <= d.start < update_to
            and not _REPORT_DATE_BEFORE.search(lower, max(0, d.start - 30), d.start)
            and not _SINCE_BEFORE.search(lower, max(0, d.start - 20), d.start)
            and not _FROM_FIGURE_BEFORE.search(lower, max(0, d.start - 30), d.start)
            and not (
                _CLAIMED_BEFORE.search(lower, max(0, d.start - 50), d.start)
                and not _CLAIMED_ACT_TOLD_AFTER.match(lower, d.end)
            )
            and not (
                d.start > trigger.end and _BEGAN_BEFORE.search(lower, max(0, d.start - 56), d.start)
            )
            and not self._report_date_before_verb(d, trigger)
            and not _revision_date(lower, d.start)
            # "sent a protest note on Tuesday after ... a clash that killed at least 10": the
            # day of what followed the deaths
            and not (d.end <= trigger.start and _AFTER_DATE.match(lower, d.end, trigger.start))
        ]
        if not found:
            return None
        # "released 150 prisoners on Saturday ..., hours after a drone attack ... killed three":
        # the day of what followed the deaths, which may be the night before: a day of the
        # deaths' own is preferred, else that day is kept as a loose one (another mention of
        # the deaths dated the day before is the same incident: ``_loose_day``)
        hours_after = _HOURS_AFTER_BETWEEN.search(lower, max(0, trigger.start - 200), trigger.start)
        if hours_after is not None:
            own = [d for d in found if d.end > hours_after.start()]
            if own:
                found = own
            else:
                chosen = min(found, key=lambda d: abs(d.start - trigger.start))
                _loose_days(self.doc).add((chosen.start, chosen.end))
                return chosen
        return min(found, key=lambda d: abs(d.start - trigger.start))

    def _report_date_before_verb(self, mention: DateMention, trigger: _Hit) -> bool:
        """ "On Monday, police said ... killed", "Police on Tuesday raised the toll": the date of
        a reporting verb that comes before the death word."""
        if mention.end > trigger.start:
            return False
        verb = _REPORT_DATE_AFTER.match(self.lower, mention.end, trigger.start)
        return verb is not None

    def _perpetrator(self, count: _Count, cause_span: Span | None) -> tuple[str, Span] | None:
        text, lower = self.text, self.lower
        window = count.window
        if cause_span is not None and window.start <= cause_span[0] < window.end:
            # "Russian air strikes", "Israel's military campaign"
            before = self.doc.mentions_in(max(window.start, cause_span[0] - 40), cause_span[0])
            noun = count.bound.noun
            if before and not (noun is not None and noun[0] <= before[-1].start < noun[1]):
                # (not the victim's own demonym: "A 17-year-old Palestinian was shot dead")
                mention = before[-1]
                if (
                    mention.kind is MentionKind.ADJECTIVE
                    and _ADJECTIVE_GAP.fullmatch(text, mention.end, cause_span[0])
                ) or (
                    mention.kind in (MentionKind.COUNTRY, MentionKind.METONYM)
                    and _POSSESSIVE_GAP.fullmatch(text, mention.end, cause_span[0])
                ):
                    return self._state(mention)
        anchors = [count.trigger.end] + ([cause_span[1]] if cause_span else [])
        for cue in self.c.perpetrator_cue.finditer(lower, window.start, window.end):
            if cue.group(0).startswith("by") and not any(
                0 <= cue.start() - anchor <= 30 and "," not in text[anchor : cue.start()]
                for anchor in anchors
            ):
                continue  # "a tally by The Associated Press": not the attacker
            position = cue.end()
            following = self.doc.mentions_in(position, min(window.end, position + 40))
            if following and following[0].start == position:
                mention = following[0]
                if mention.kind in (MentionKind.COUNTRY, MentionKind.METONYM) or (
                    mention.kind is MentionKind.ADJECTIVE
                    and self.c.forces.match(lower, mention.end)
                ):
                    return self._state(mention)
            name = _PERPETRATOR_NAME.match(text, position, window.end)
            if (
                name is not None
                and name.group(1).lower() not in _PRONOUNS
                and name.group(1).split()[0].lower() not in _TIME_NAMES
            ):
                return name.group(1), (name.start(1), name.end(1))
        for mention in self.doc.mentions_in(window.start, count.trigger.start):
            if (
                mention.kind is MentionKind.ADJECTIVE
                and self.c.forces.match(lower, mention.end)
                # (not the victims a toll counts: "put the number of Afghan fighters killed")
                and not _NUMBER_OF_END.search(lower, max(0, mention.start - 12), mention.start)
            ):
                return self._state(mention)  # "Israeli forces killed ..."
        return None

    def _state(self, mention: Mention) -> tuple[str, Span]:
        name = self.gaz.country_names.get(mention.code, mention.entries[0].name)
        return name, (mention.start, mention.end)

    def _reporter(self, count: _Count) -> Span | None:
        """Who the figure is attributed to: "according to X", ", X said", "X said ...",
        "X, a monitoring group, put the death toll at"."""
        text, lower = self.text, self.lower
        window = count.window
        position = lower.find("according to", window.start, window.end)
        while position != -1:
            m = _ACCORDING_TO.match(text, position, window.end)
            found = None if m is None else self._source_span(m.start(1), m.end(1))
            if found is not None:
                return found
            position = lower.find("according to", position + 1, window.end)
        after = max(count.bound.span[1], count.trigger.end)
        has_comma = text.find(",", after, window.end) >= 0  # the pattern starts with one
        for m in self.c.source_after.finditer(text, after, window.end) if has_comma else ():
            found = self._source_span(m.start(1), m.end(1))
            if found is not None:
                return found
        limit = count.bound.span[0] + 1
        for pattern in (self.c.source_before, self.c.source_apposition):
            m = pattern.match(text, window.start, limit)
            if m is not None:
                found = self._source_span(m.start(1), m.end(1))
                if found is not None:
                    return found
        headline = _HEADLINE_SOURCE.search(text, window.start, window.end)
        if headline is not None:
            return self._source_span(headline.start(1), headline.end(1))
        return None

    def _source_span(self, start: int, end: int) -> Span | None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        article = _ARTICLE.match(text, start, end)
        if article is not None:
            start = article.end()
        while end > start and not text[end - 1].isalnum():
            end -= 1
        phrase = text[start:end]
        words = phrase.split()
        if not words or len(words) > 8 or _has_digit(phrase):
            return None
        if words[0].lower() in _PRONOUNS:
            return None
        for word in words:
            if word[:1].isupper():
                return (start, end)
        return (start, end) if self.c.reporters.search(self.lower, start, end) else None

    # -- the incident in focus ----------------------------------------------------------------
    def next_frame(self, context: _Sentence, frame: _Frame | None, cause: _Hit) -> _Frame:
        """The incident the sentence tells, named by its first cause word."""
        parent = frame
        while parent is not None and parent.cause != cause.word.role:
            parent = parent.previous
        return _Frame(cause.word.role, (cause.start, cause.end), context, parent, frame)

    def _resolve(self, frame: _Frame) -> None:
        if frame.resolved:
            return
        frame.resolved = True
        anchor = _Hit(frame.cause_span[0], frame.cause_span[1], _Word("cause", frame.cause, ""))
        window = self._clause(frame.sentence, anchor.start, anchor.end, strong_only=True)
        frame.place = self._place(window, anchor)
        frame.date = self._event_date(self._dates(frame.sentence, window), anchor)
        votes: Counter[str] = Counter()
        first: dict[str, Mention] = {}
        neighbour_end = -1  # where the last neighbour across a border ends
        origin_end = -1  # where the last country people come from ends
        for mention in self.doc.mentions_in(window.start, window.end):
            if mention.kind is not MentionKind.COUNTRY:
                continue
            if (mention.start >= 5 and self.lower.startswith("from ", mention.start - 5)) or (
                origin_end >= 0
                and _COORDINATION.fullmatch(self.lower, origin_end, mention.start) is not None
            ):
                origin_end = mention.end
                continue  # "400 men, most of them from Niger, Sudan and Chad": whence, not where
            if self._names_actor(mention) or _BY_BEFORE.search(
                self.lower, max(0, mention.start - 8), mention.start
            ):
                continue  # "Britain-based", "a US strike", "mediation by Russia"
            if _BORDER_WITH_BEFORE.search(
                self.lower, max(0, mention.start - 24), mention.start
            ) or (
                neighbour_end >= 0
                and _COORDINATION.fullmatch(self.lower, neighbour_end, mention.start) is not None
            ):
                neighbour_end = mention.end
                continue  # "near the borders with Niger and Burkina Faso": the neighbours
            if _DESTINATION_BEFORE.search(
                self.lower, max(0, mention.start - 90), mention.start
            ) or _toward(self.lower, mention.start, mention.end):
                continue  # "while trying to reach Italy": where they were going
            votes[mention.code] += 1
            first.setdefault(mention.code, mention)
        if votes:
            mention = first[votes.most_common(1)[0][0]]
            location = self.country_location(mention.code)
            frame.country = _Placed(location, (mention.start, mention.end), 1)


# -- helpers -----------------------------------------------------------------------------------


def _revision_date(lower: str, start: int) -> bool:
    """The date at ``start`` is that of a revised figure ("revising an earlier count given on
    Monday"); the words the pattern needs are looked for first."""
    low = max(0, start - 70)
    return any(
        lower.find(word, low, start) >= 0 for word in ("revis", "updat", "correct", "earlier")
    ) and bool(_REVISION_DATE_BEFORE.search(lower, low, start))


def _has_digit(phrase: str) -> bool:
    """``any(ch.isdigit() for ch in phrase)``, with a fast path for plain ASCII."""
    if phrase.isascii():
        return _ASCII_DIGIT.search(phrase) is not None
    return any(map(str.isdigit, phrase))


def _first_count(record: _Record) -> _Count:
    count = record.killed or record.injured
    assert count is not None
    return count


def _add(bound: _Bound, other: Quantity, victims: str | None) -> _Bound:
    """ "two soldiers and three civilians": one figure; the victims kind only if shared."""
    low = None if bound.low is None or other.low is None else bound.low + other.low
    high = None if bound.high is None or other.high is None else bound.high + other.high
    return _Bound(
        bound.quantity,
        bound.count + other.count,
        low,
        high,
        bound.approximate or other.approximate,
        bound.span,
        bound.noun,
        bound.victims if bound.victims == victims else None,
    )


def _accident_sites(c: _Compiled, causes: list[_Hit], beside_fire: bool) -> list[_Hit]:
    """The sites of an accidental explosion among cause words ("a fuel depot exploded", "the
    fuel tanker explosion"), when nothing else says how: the other words are bare explosions
    or generic ones, and, ``beside_fire``, fire words ("the explosion and fire at the depot");
    a bomb, a missile, a drone or gunmen named win. Empty otherwise."""
    sites = [h for h in causes if h.word.phrase in c.accident_sites]
    if not sites or not all(
        h.word.phrase in c.bare_explosions
        or h.word.phrase in c.accident_sites
        or h.word.phrase in c.generic_causes
        or (beside_fire and c.cause_of.get(h.word.phrase) == "fire")
        for h in causes
    ):
        return []
    return sites


# The agent of a passive verb: "was attacked by a drone", "hit by Russian drones".
_BY_AGENT_BEFORE = re.compile(r"\bby\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$")
# The weapon as the subject of the blow: "the drone struck a storage tank".
_STRIKING_AFTER = re.compile(r"\s+(?:struck|hit|slammed\s+into|crashed\s+into|smashed\s+into)\b")


def _instrument(lower: str, hit: _Hit, c: _Compiled) -> bool:
    """A weak cause word that names the weapon by which it was done ("a helicopter was attacked
    by a drone and crashed": a drone strike, not a crash; "the drone struck a tank, sparking a
    fire": not a fire); not one naming people ("killed by gunmen in a raid": the raid says
    how)."""
    return (
        hit.word.phrase in c.weak_causes
        and (
            _BY_AGENT_BEFORE.search(lower, max(0, hit.start - 30), hit.start) is not None
            or _STRIKING_AFTER.match(lower, hit.end) is not None
        )
        and c.people.fullmatch(hit.word.phrase) is None
    )


def _nearest_cause(
    hits: list[_Hit],
    area: _Clause,
    trigger: _Hit,
    c: _Compiled,
    lower: str,
    strong_only: bool = False,
) -> _Hit | None:
    """The cause word nearest before the figure (else after it); a word naming the attackers
    ("gunmen") only when nothing says how ("Clashes between gunmen ... killed four"), and a bare
    "attack" only when nothing else is said."""
    weak, generic = c.weak_causes, c.generic_causes
    causes = told = [h for h in hits if h.word.kind == "cause" and area.start <= h.start < area.end]
    if any(h.word.phrase in c.accident_sites for h in causes) and not _SITE_ABLAZE.search(
        lower, area.start, area.end
    ):
        # (a site with no explosion or fire told is a place: "found under the rubble of a
        # warehouse")
        causes = [h for h in causes if h.word.phrase not in c.accident_sites]
    # (a fire word beside the site is a cause of its own here, the nearest one wins)
    # (a site beside any other cause word is only where it happened)
    strong = _accident_sites(c, causes, beside_fire=False) or [
        h
        for h in causes
        if (h.word.phrase not in weak or _instrument(lower, h, c))
        and h.word.phrase not in generic
        and h.word.phrase not in c.accident_sites
    ]
    attack = next(
        (h for h in strong if h.word.role in _VIOLENCE and h.word.phrase not in c.bare_explosions),
        None,
    )
    if attack is not None:
        # "A Russian drone hit a gas pipeline, triggering a gas blast that killed three": the
        # fire or blast the attack set off is not an accident of its own (but a bare "blast"
        # is no attack: "a second, smaller blast and fire at a warehouse")
        strong = [h for h in strong if h.word.role != "fire" or h.start < attack.start]
    if any(h.word.phrase not in weak and h.word.role not in c.incidental for h in strong):
        # a drone by which it was done says how over a crash, not over an attack's own word:
        # "their convoy, escorted by a drone, struck a roadside bomb"
        strong = [h for h in strong if h.word.phrase not in weak]
    actors = [h for h in causes if h.word.phrase in weak]
    causes = strong if strong or strong_only else actors or causes
    before = [h for h in causes if h.end <= trigger.start]
    found = before[-1] if before else next((h for h in causes if h.start >= trigger.end), None)
    if found is not None and found.word.phrase in c.bare_explosions:
        # "an explosion and fire at a chemical plant": the site's accident, a fire (as the
        # sentence's incident is named, see ``extract_casualties``)
        sites = _accident_sites(c, told, beside_fire=True)
        if sites:
            return sites[0]
    return found


def _evidence(record: _Record) -> list[tuple[str, int, int]]:
    items = [("sentence", record.sentence.start, record.sentence.end)]
    for name, part in (("killed", record.killed), ("injured", record.injured)):
        if part is not None:
            items.append((name, *part.bound.span))
    spans: list[tuple[str, Span | None]] = [
        ("cause", record.cause_span),
        ("victims", record.victims_span),
        ("location", record.place.span if record.place else None),
        ("date", (record.date.start, record.date.end) if record.date else None),
        ("period", record.period),
        ("perpetrator", record.perpetrator_span),
        ("reported_by", record.reporter),
    ]
    items.extend((name, *span) for name, span in spans if span is not None)
    return items


# -- merging mentions of one incident ----------------------------------------------------------


def _merge(
    doc: Document,
    records: list[_Record],
    paired: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset(),
) -> list[_Record]:
    """Headline and lead (or two paragraphs) giving the same figure for one incident are one
    record; different figures stay apart (conflicting reports keep their own source). The
    wounded go with the toll the headline pairs them with (``paired``: killed, injured)."""
    text = doc.text
    out: list[_Record] = []
    for record in records:
        target = _paired_toll(record, out, paired) if paired else None
        # "Seven others were wounded": the other victims of the incident told last, not of one
        # told before it ("A roadside bomb killed four ... In a separate attack in Bannu,
        # gunmen killed two policemen. Seven others were wounded.")
        candidates = out[-1:] if _says_other(text, record) else out
        if target is None:
            target = next((r for r in candidates if _same_figure(doc, r, record)), None)
        if target is None:
            out.append(record)
        else:
            loose = (
                _loose_day(doc, target, record)
                and target.date is not None
                and (target.date.start, target.date.end) in _loose_days(doc)
            )
            _absorb(text, target, record)
            if loose:
                target.date = record.date  # the deaths' own day, not the one of what followed
    if len(out) < len(records) > 2:
        # a record that became a running toll by absorbing a later one may now take in the
        # wounded told between them ("killing at least 38", "Thirteen people were taken to
        # hospitals", "before raising it to 38")
        return _merge(doc, out, paired)
    return out


def _paired_toll(
    record: _Record,
    earlier: list[_Record],
    paired: frozenset[tuple[int, int]] | set[tuple[int, int]],
) -> _Record | None:
    """The record of the toll the headline tells with these wounded ("toll rises to 11; 43
    injured"), however far apart the body tells the two: the body's only record of that toll
    with no wounded of its own, of the same cause and place."""
    wounded = record.injured
    if record.killed is not None or wounded is None:
        return None
    if _ANOTHER_OR_SEPARATE.search(record.sentence.text):
        return None  # "On Wednesday, another bus overturned ..., injuring 40 people"
    tolls = {k for k, w in paired if w == wounded.bound.count}
    if not tolls:
        return None
    found = [
        r
        for r in earlier
        if r.killed is not None
        and r.killed.bound.count in tolls
        and r.injured is None
        and r.cause == record.cause
        and not _elsewhere(r, record)
    ]
    return found[0] if len(found) == 1 else None


_ANOTHER_OR_SEPARATE = re.compile(r"\b(?:another|separate|separately)\b", re.IGNORECASE)


_STEP_SENTENCES = 3
# A hospital's share told as such: "which also admitted 21 wounded villagers", "94 remained in
# hospitals", "120 people were still in hospital", "had received 131 wounded people" (not
# "outside a hospital", "Islamic State admitted responsibility")
_HOSPITAL_WORDS = re.compile(
    r"\b(?:admitted|received)\s+(?:[\d,]+|[a-z-]+)\s+(?:[a-z]+\s+)?(?:wounded|injured)\b"
    r"|\b(?:remained|remain|remains|still|were|was)\s+in\s+(?:the\s+)?hospitals?\b"
    r"|\badmitted\s+to\s+(?:the\s+|a\s+)?hospitals?\b"
    # "Eight were taken to hospital", "Eight were being treated at the regional hospital"
    r"|\b(?:taken|rushed)\s+to\s+(?:the\s+|a\s+)?hospitals?\b|\bbeing\s+treated\s+at\b"
    r"|\b(?:received|receiving|needed|required)\s+hospital\s+treatment\b",
    re.IGNORECASE,
)


def _without_hospital_shares(text: str, records: list[_Record]) -> list[_Record]:
    """A hospital's share of the wounded told after the incident's count ("which also
    admitted 21 wounded villagers" after "wounded 30 others"): part of that count, not a record
    of its own (a larger hospital count is another source's and stays). So is one victim of
    the incident told by age after its toll ("A 3-year-old girl was killed in the strike")."""
    out: list[_Record] = []
    for record in records:
        if (
            _one_of_the_toll(text, record, out)
            or _definite_victim_of_a_toll(record, out)
            or _definite_share_of_a_toll(text, record, out)
            or _nationals_of_a_toll(text, record, out)
            or _victims_of_a_toll(text, record, out)
            or _among_the_dead_of_a_toll(text, record, out)
            or _family_in_a_disaster_toll(text, record, out)
            or _count_before_a_rise(text, record, out)
            or _bodies_of_a_toll(text, record, out)
        ):
            continue
        wounded = record.injured
        if (
            record.killed is None
            and wounded is not None
            # (not one whose own cause comes first: "A second bomb ... wounded 9 people, who were
            # treated at Lady Reading hospital")
            and any(
                r.injured is not None
                # (not one whose own cause comes first: "A second bomb ... wounded 9 people, who
                # were treated at Lady Reading hospital")
                and not (
                    _own_cause(record)
                    and record.cause_span is not None
                    and record.cause_span[0] < wounded.bound.quantity.start
                    and record.cause_span != r.cause_span  # (the cause of both)
                )
                and r.injured.bound.count > wounded.bound.count
                # (or earlier in the sentence: "Ten people were wounded ..., and four were taken
                # to hospital")
                and (
                    r.sentence_index < record.sentence_index
                    or (
                        r.sentence_index == record.sentence_index
                        and r.injured.bound.quantity.end < wounded.bound.quantity.start
                    )
                )
                and _HOSPITAL_WORDS.search(
                    text,
                    record.sentence.start
                    if r.sentence_index < record.sentence_index
                    else r.injured.bound.quantity.end,
                    record.sentence.end,
                )
                and r.cause is not None
                and r.cause == record.cause
                and not _later_day(record, r)
                and not _elsewhere(record, r)
                for r in out
            )
        ):
            continue
        out.append(record)
    return out


def _steps_into_tolls(text: str, records: list[_Record]) -> list[_Record]:
    """A step of a running toll told after it, that adds up with the earlier figure to the
    toll ("has risen to 19 ... Police had initially reported 13 deaths. Six more victims died
    overnight in hospital, ..., adding that 26 other people were injured"): the step's dead are
    part of the toll, not an incident of their own; the wounded it tells are the toll's. (Not
    "At least three more people were killed ... on Tuesday" after a toll of 19 that no 16
    preceded: more dead of a new day.)"""
    out: list[_Record] = []
    for record in records:
        step = record.killed
        toll = None
        # (not dead of a cause told with them: "in a fresh strike")
        if (
            step is not None
            and step.increment
            and record.scope is Scope.INCREMENTAL
            and not _own_cause(record)
        ):
            candidates = [
                t
                for t in reversed(out)
                if t.scope is Scope.CUMULATIVE
                and t.killed is not None
                and t.killed.bound.count > step.bound.count
                and 0 < record.sentence_index - t.sentence_index <= _STEP_SENTENCES
                and record.cause in (None, t.cause)
                # (not dead of a later day: "Seven more people were killed ... on Thursday"
                # after Wednesday's toll)
                and not _later_day(record, t)
            ]
            if candidates:
                earlier = {
                    q.count
                    for q in find_quantities(text, 0, record.sentence.start)
                    if _death_figure(text, q)
                }
                toll = next(
                    (
                        t
                        for t in candidates
                        if t.killed is not None
                        and t.killed.bound.count - step.bound.count in earlier
                    ),
                    None,
                )
        if toll is None:
            out.append(record)
            continue
        if record.injured is None:
            continue
        record.killed, record.date = None, None
        record.evidence = _evidence(record)
        if toll.injured is None:
            _absorb(text, toll, record)
        else:
            out.append(record)
    return out


_IN_THE_INCIDENT = re.compile(
    r"\bin\s+the\s+(?:strike|air\s*strike|attack|blast|bombing|raid|shelling|explosion|crash"
    r"|fire|shooting|collision|ambush)\b",
    re.IGNORECASE,
)


def _one_of_the_toll(text: str, record: _Record, earlier: list[_Record]) -> bool:
    """One victim told by age ("A 3-year-old girl was killed in the strike") after the larger
    toll of the same incident (same cause, day and place)."""
    killed = record.killed
    if (
        killed is None
        or record.injured is not None
        or killed.bound.count != 1
        or "-year-old" not in killed.bound.quantity.text
        or not _IN_THE_INCIDENT.search(text, record.sentence.start, record.sentence.end)
    ):
        return False
    return any(
        r.killed is not None
        and r.killed.bound.count > 1
        and r.cause is not None
        and r.cause == record.cause
        and not _later_day(record, r)
        and not _elsewhere(record, r)
        for r in earlier
    )


# "Three of the victims died in hospital": some of the people a toll already counts (not "of
# the injured", who die beyond it)
_OF_THE_VICTIMS_AFTER = re.compile(r"\s+of\s+the\s+victims\b", re.IGNORECASE)
# A sentence that tells an incident of its own before its victims: "On Wednesday, gunmen
# opened fire on a bus in Culiacan, and three of the victims died"
_OWN_INCIDENT_BEFORE = re.compile(
    r"\b(?:opened\s+fire|another|separate|second|new|attacked|struck|hit|exploded|crashed"
    r"|collided|stormed|fired)\b",
    re.IGNORECASE,
)


def _victims_of_a_toll(text: str, record: _Record, earlier: list[_Record]) -> bool:
    """Some of the victims told dying after a larger toll of the same incident ("killing 12
    people ... Three of the victims died in hospital on Sunday"): inside that toll, whatever
    later day they died on."""
    killed = record.killed
    if (
        killed is None
        or record.injured is not None
        or not _OF_THE_VICTIMS_AFTER.match(text, killed.bound.quantity.end)
        or _OWN_INCIDENT_BEFORE.search(text, record.sentence.start, killed.bound.quantity.start)
    ):
        return False
    return any(
        r.killed is not None
        and r.killed.bound.count > killed.bound.count
        and r.cause is not None
        and r.cause == record.cause
        and not _elsewhere(record, r)
        for r in earlier
    )


# "Among the dead were three children who were killed when ...": who the dead were
_AMONG_THE_DEAD_BEFORE = re.compile(
    r"^\s*(?:[A-Z][\w ,'’-]{0,40}?\s+)?[Aa]mong\s+the\s+(?:dead|killed|victims|fatalities"
    r"|injured|wounded)\s+(?:were|was|are|is)\s+(?:[a-z]+\s+)?$"
)


def _among_the_dead_of_a_toll(text: str, record: _Record, earlier: list[_Record]) -> bool:
    """Who some of the dead were, told after the toll ("killing seven people ... Among the
    dead were three children who were killed when the roof of their house collapsed"): inside
    that toll, whatever the clause after them says."""
    for kind in ("killed", "injured"):
        count = getattr(record, kind)
        if count is None:
            continue
        if not _AMONG_THE_DEAD_BEFORE.match(
            text[record.sentence.start : count.bound.quantity.start]
        ):
            return False
        if not any(
            getattr(r, kind) is not None
            and getattr(r, kind).bound.count >= count.bound.count
            and not _elsewhere(record, r)
            for r in earlier
        ):
            return False
    return record.killed is not None or record.injured is not None


# One household counted: "killing a family of five", "five members of one family"
_FAMILY_AFTER = re.compile(r"\s+(?:members\s+of\s+(?:one|a|the\s+same|an?\s+\w+)\s+family)\b")
_FAMILY_OF_BEFORE = re.compile(r"\ba\s+family\s+of\s+$")


# "after divers recovered three more bodies": the rise a running toll's sentence tells
_MORE_BODIES = re.compile(
    r"\b([\w-]+)\s+(?:more|further|additional)\s+(?:bodies|people|victims|dead|deaths)\b",
    re.IGNORECASE,
)


def _count_before_a_rise(text: str, record: _Record, earlier: list[_Record]) -> bool:
    """The count of the dead as it stood before the rise a running toll told a few sentences
    earlier ("The death toll from a fire ... rose to 14 on Monday, after divers recovered three
    more bodies ... Eleven bodies were recovered on Sunday"): the toll's own earlier figure, no
    incident of its own (the toll less the rise, of the same cause and no later day)."""
    killed = record.killed
    if killed is None or record.scope is not Scope.INCREMENTAL or killed.bound.approximate:
        return False
    own_rises: set[int | None] | None = None  # (read once, for the first toll that may have risen)
    for toll in earlier:
        if (
            toll.scope is not Scope.CUMULATIVE
            or toll.killed is None
            or toll.cause is None
            or toll.cause != record.cause
            or not 0 < record.sentence_index - toll.sentence_index <= _STEP_SENTENCES
            or _later_day(record, toll)
            or _elsewhere(record, toll)
        ):
            continue
        if own_rises is None:
            own_rises = _rises_after(text, record)
        # (or the rise told with the toll)
        rises = own_rises | {
            parse_single(m.group(1))
            for m in _MORE_BODIES.finditer(text, toll.sentence.start, toll.sentence.end)
        }
        if toll.killed.bound.count - killed.bound.count not in rises:
            continue
        if record.injured is not None:
            if toll.injured is not None:
                continue  # (wounded of its own beside the toll's: kept apart)
            # "..., adding that 11 people had been injured": the toll's wounded
            record.killed, record.date = None, None
            record.evidence = _evidence(record)
            _absorb(text, toll, record)
        return True
    return False


def _rises_after(text: str, record: _Record) -> set[int | None]:
    """The rises a count's own words tell: right after it ("Four people were confirmed dead on
    Tuesday ... Two more bodies were recovered on Wednesday") or in its own sentence ("Five
    bodies were recovered on Wednesday and two more on Thursday morning")."""
    killed = record.killed
    assert killed is not None
    after = record.sentence.end
    following = text.find(". ", after + 1)
    return {
        parse_single(m.group(1))
        for m in _MORE_BODIES.finditer(text, after, following if following >= 0 else len(text))
    } | {
        parse_single(m.group(1))
        for m in _AND_MORE.finditer(text, killed.bound.quantity.end, record.sentence.end)
    }


_AND_MORE = re.compile(r"\band\s+([\w-]+)\s+(?:more|further|additional)\b", re.IGNORECASE)


_ORDINALS = {
    word: number
    for number, word in enumerate(
        "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 2
    )
}
# "A seventh resident has died", "a third victim died in hospital": one more death, the
# toll's ordinal (the count of all the dead)
_AN_ORDINAL = re.compile(r"an?\s+(" + "|".join(_ORDINALS) + r")\s")
# ... as a sentence tells it: "A seventh resident has died" (a toll's latest death)
_ORDINAL_DEATH = re.compile(
    r"\ban?\s+(?:"
    + "|".join(_ORDINALS)
    + r")\s+(?:[\w-]+\s+){1,2}?(?:has\s+|had\s+)?(?:died|succumbed)\b"
)
# ... told as a death after the incident, not a new killing ("a second civilian died when a
# drone hit a car", "On Thursday, a second resident was killed when a shell hit")
_LATER_DEATH = re.compile(
    r"\s+(?:has|have|had)\s+(?:since\s+)?(?:died|succumbed)\b"
    r"|\s+(?:died|succumbed)\s+(?:of|from|in\s+hospital|overnight|later)\b"
)
# "Rescuers recovered four bodies on Tuesday morning and a fifth on Tuesday afternoon"
_AND_AN_ORDINAL_AFTER = re.compile(
    r"\s+bodies\b[^.;]{0,60}?\band\s+a\s+(" + "|".join(_ORDINALS) + r")\b", re.IGNORECASE
)
_AND_N_MORE_AFTER = re.compile(
    r"\s+bodies\b[^.;]{0,60}?\band\s+(?:found|recovered|retrieved|pulled\s+out|pulled)\s+"
    r"([\w-]+|\d+)\s+more\b(?!\s+(?:survivors|alive|people\s+alive|injured|wounded|living))",
    re.IGNORECASE,
)
_AND_N_MORE_DIED_AFTER = re.compile(
    r"\s+(?:people\s+)?(?:were|was)\s+(?:found\s+dead|killed)\b[^.;]{0,40}?,?\s+and\s+"
    r"([\w-]+|\d+)\s+(?:more|others)\s+(?:died|succumbed)\b",
    re.IGNORECASE,
)
# Another incident of the kind: "a smaller fire had broken out at the same market on Monday"
_ANOTHER_INSTANCE = re.compile(r"\b(?:smaller|another|previous|earlier|similar|separate)\b")
_HAD_BEFORE = re.compile(r"\bhad\s")
_SECOND_WORD = re.compile(r"\bsecond\b")


def _bodies_of_a_toll(text: str, record: _Record, earlier: list[_Record]) -> bool:
    """The bodies recovered one by one of the dead a toll told before ("Five migrants ...
    drowned ... Rescuers recovered four bodies on Tuesday morning and a fifth on Tuesday
    afternoon", "killed nine ... pulled seven bodies ... and found two more"): the toll's dead
    found, no incident of its own."""
    killed = record.killed
    if killed is None or record.injured is not None or record.scope is not Scope.INCREMENTAL:
        return False
    found = _AND_AN_ORDINAL_AFTER.match(text, killed.bound.quantity.end)
    more = 1
    same_day = False
    if found is None:
        # "Rescuers had pulled seven bodies from the debris by Monday night and found two more
        # on Tuesday morning": nine in all
        found = _AND_N_MORE_AFTER.match(text, killed.bound.quantity.end)
        if found is None:
            # "Five people were found dead at the scene, and two more died in hospital
            # overnight", after "Seven Iranian citizens were killed" (of the toll's day)
            found = _AND_N_MORE_DIED_AFTER.match(text, killed.bound.quantity.end)
            same_day = True
        more = (parse_single(found.group(1)) or 0) if found is not None else 0
    elif _ORDINALS[found.group(1).lower()] != killed.bound.count + 1:
        found = None
    if (
        found is None
        or not more
        # (not bodies of another place or incident: "from a second boat that sank off Bali")
        or _own_place(record)
        or _APART_WORDS.search(record.sentence.text)
        or _SECOND_WORD.search(text, found.end(), record.sentence.end)
    ):
        return False
    return any(
        r.killed is not None
        and r.killed.bound.count == killed.bound.count + more
        and r.sentence_index < record.sentence_index
        # (of the toll's day or the night after it: not "On Tuesday, five people were killed
        # in a revenge attack ..., and two more died" after Sunday's seven)
        and not (
            same_day
            and r.date is not None
            and record.date is not None
            and r.date.value is not None
            and record.date.value is not None
            and abs((r.date.value - record.date.value).days) > 1
        )
        for r in earlier
    )


def _family_in_a_disaster_toll(text: str, record: _Record, earlier: list[_Record]) -> bool:
    """One family killed by the disaster whose running toll an earlier sentence told ("The death
    toll from floods and landslides in central Vietnam rose to 41 ... a landslide buried a house
    on Monday, killing a family of five"): some of the people the toll counts, not an incident
    of its own (not one the sentence tells apart: "In neighbouring X district, ... killing
    another four members of one family")."""
    killed = record.killed
    if (
        killed is None
        or record.injured is not None
        or record.scope is not Scope.INCREMENTAL
        or record.cause != "natural_disaster"
    ):
        return False
    q = killed.bound.quantity
    if not (
        _FAMILY_AFTER.match(text, q.end)
        or _FAMILY_OF_BEFORE.search(text[max(0, q.start - 14) : q.start].lower())
    ) or _APART_WORDS.search(text, record.sentence.start, record.sentence.end):
        return False
    country = record.place.location.country_code if record.place is not None else None
    return any(
        r.scope is Scope.CUMULATIVE
        and r.cause == record.cause
        and r.killed is not None
        and r.killed.bound.count > killed.bound.count
        and r.sentence_index < record.sentence_index
        and (country is None or r.place is None or r.place.location.country_code == country)
        and not _later_day(record, r)
        for r in earlier
    )


def _definite_victim_of_a_toll(record: _Record, earlier: list[_Record]) -> bool:
    """One victim named by "the" ("The driver was killed instantly", "The soldier was killed by
    an explosive device") after a figure of the same kind an earlier sentence gave: one of the
    people it counts, not more."""
    for kind in ("killed", "injured"):
        count: _Count | None = getattr(record, kind)
        if (
            count is not None
            and getattr(record, "injured" if kind == "killed" else "killed") is None
            and count.bound.count == 1
            and count.bound.quantity.text[:4].lower() == "the "
        ):
            return any(
                getattr(r, kind) is not None
                and r.sentence_index < record.sentence_index
                and not _later_day(record, r)
                for r in earlier
            )
    return False


def _definite_share_of_a_toll(text: str, record: _Record, earlier: list[_Record]) -> bool:
    """Victims counted with "the" after a larger toll an earlier sentence gave ("The three
    dead were from the same village" after "12 people were killed"): the ones already told,
    a share of that toll, not an incident of their own."""
    killed = record.killed
    if killed is None or record.injured is not None:
        return False
    q = killed.bound.quantity
    if q.start < 4 or text[q.start - 4 : q.start].lower() != "the ":
        return False
    sentence = record.sentence
    if _MORE_DEAD_WORDS.search(text, sentence.start, sentence.end) or _NOT_A_SHARE_AFTER.match(
        text, q.end
    ):
        return False  # "In a separate incident, the five passengers of a minibus were killed"
    return any(
        r.killed is not None
        and r.killed.bound.count > killed.bound.count
        and (record.cause is None or r.cause is None or record.cause == r.cause)
        and r.sentence_index < record.sentence_index
        and not _later_day(record, r)
        and not _elsewhere(record, r)
        for r in earlier
    )


def _placed_by_victims(record: _Record) -> bool:
    """Whether the record's place is only its victims' nationality ("two Britons were hurt")."""
    span = record.place.span if record.place is not None else None
    if span is None:
        return False
    for part in (record.killed, record.injured):
        if (
            part is not None
            and part.bound.noun is not None
            and part.bound.quantity.end <= span[0] < part.bound.noun[1]
        ):
            return True
    return False


def _nationals_of_a_toll(text: str, record: _Record, earlier: list[_Record]) -> bool:
    """Foreigners counted by nationality, with no cause, day or place of their own, after a
    toll placed by the text in another country that counts as many or more ("two Germans
    were among the injured" after "30 were injured in Cairo"): a share of that toll (not
    "Twelve Afghans also died", "Across the border, three Syrians were killed": more dead)."""
    if record.cause is not None or record.date is not None or not _placed_by_victims(record):
        return False
    sentence = record.sentence
    if _MORE_DEAD_WORDS.search(text, sentence.start, sentence.end):
        return False
    country = record.place.location.country_code if record.place is not None else None
    for r in earlier:
        if (
            r.sentence_index >= record.sentence_index
            or not r.place_from_text
            or r.place is None
            or r.place.location.country_code == country
        ):
            continue
        if all(
            getattr(record, kind) is None
            or (
                getattr(r, kind) is not None
                and getattr(r, kind).bound.count >= getattr(record, kind).bound.count
            )
            for kind in ("killed", "injured")
        ):
            return True
    return False


def _elsewhere(record: _Record, other: _Record) -> bool:
    """Whether the two records name different places of their own: other countries, or other
    towns (``_other_towns``)."""
    a, b = record.place, other.place
    if a is None or b is None or not record.place_from_text or not other.place_from_text:
        return False
    return a.location.country_code != b.location.country_code or _other_towns(record, other)


def _later_day(record: _Record, toll: _Record) -> bool:
    """Whether ``record`` is dated after ``toll``."""
    day, toll_day = record.date, toll.date
    return (
        day is not None
        and toll_day is not None
        and day.value is not None
        and toll_day.value is not None
        and day.value > toll_day.value
    )


def _own_cause(record: _Record) -> bool:
    """Whether the record's cause is named in its own sentence."""
    span = record.cause_span
    return span is not None and record.sentence.start <= span[0] < record.sentence.end


_DEATH_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:deaths?|dead|killed|died|bodies|fatalities|victims)\b"
)
_TOLL_AT_BEFORE = re.compile(
    r"\b(?:toll|tally|number\s+of\s+dead)\s+(?:\w+\s+){0,3}(?:at|of|to)\s+$"
)


def _death_figure(text: str, q: Quantity) -> bool:
    """Whether the quantity counts the dead ("13 deaths", "put the toll at 13"), not "13
    provinces"."""
    lower_after = text[q.end : q.end + 50].lower()
    lower_before = text[max(0, q.start - 40) : q.start].lower()
    return bool(_DEATH_NOUN_AFTER.match(lower_after) or _TOLL_AT_BEFORE.search(lower_before))


def _toll_and_its_wounded(a: _Record, b: _Record) -> bool:
    """A running toll of the dead and a count of wounded alone ("rose to 55 ... At least 20
    injured passengers were being treated", "Dozens were wounded when a bomb tore through a
    market ... The death toll from the blast rose to 25"): the wounded of the same incident.
    Not wounded told before a toll over a period: "On Friday, at least 19 people were injured
    in Haifa ..." before "24 people have been killed in Israel ... since June 13")."""
    return any(
        x.scope is Scope.CUMULATIVE
        and x.injured_count is None
        and y.killed_count is None
        and y.injured_count is not None
        and (y.sentence_index > x.sentence_index or x.period is None)
        # (not the wounded of one day after a toll over a period: "nearly 300 ... killed since
        # the protests began", then "In Maputo on Tuesday, ... two people were wounded"; a day
        # they only inherit is the toll's: "rose to 24 on Tuesday ... Nine people were injured.")
        and (x.period is None or y.date is None or not _own_date(y))
        for x, y in ((a, b), (b, a))
    )


def _borrows_cause(doc: Document, record: _Record, toll: _Record) -> bool:
    """Whether the record counts only wounded and its cause comes from the one sentence between
    the toll's and its own, which tells of the dead (none named in its own): the wounded told
    after the dead ("... left nine dead. The seven other dead had ambushed a patrol. Three
    soldiers were wounded.")."""
    span = record.cause_span
    if record.killed is not None or record.injured is None or span is None:
        return False
    index = doc.sentence_index(span[0])
    if not toll.sentence_index < index < record.sentence_index <= toll.sentence_index + 2:
        return False
    told = doc.sentences[index]
    lower = doc.text[told.start : told.end].lower()
    if _OWN_FIGURE.search(lower):
        # (a sentence with a figure of its own is an incident of its own, whose wounded they
        # are: "In a separate attack in Bannu, gunmen shot dead two policemen. Three civilians
        # were wounded."; not "The seven other dead had ambushed a patrol")
        return False
    return any(h.word.casualty and h.word.kind == "killed" for h in _hits(_compiled(), lower))


# A figure not told as one already counted ("the seven other dead")
_OWN_FIGURE = re.compile(
    r"(?<!the )(?<!of )\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|dozens|scores|hundreds)\b(?!\s+(?:of\s+(?:the|them|those|whom)|other)\b)"
)


# A month or a year the figure's clause is told for: "put the toll from floods there in January"
_MONTH_OR_YEAR = re.compile(rf"\b(?:in|since|during|of)\s+(?:{_MONTHS_LOWER}|(?:19|20)\d\d)\b")


def _date_of_its_clause(record: _Record, killed: _Count) -> bool:
    """Whether the record's date is told in the figure's own clause (not in an aside after a
    comma: "put the toll at 13, saying two people who drowned on Saturday ...")."""
    date = record.date
    if date is None or not _own_date(record):
        return False
    clause = killed.clause
    return clause.start <= date.start < clause.end


def _own_other_place(record: _Record, other: _Record, killed: _Count) -> bool:
    """Whether the record's place is told in the figure's own clause and is not the other's."""
    place = record.place
    if place is None or place.span is None:
        return False
    if not killed.clause.start <= place.span[0] < killed.clause.end:
        return False
    return other.place is None or other.place.location.name != place.location.name


def _other_days(a: _Record, b: _Record) -> bool:
    """Whether both records are dated, and to different days."""
    return a.date is not None and b.date is not None and a.date.value != b.date.value


def _own_date(record: _Record) -> bool:
    """Whether the record's date is told in its own sentence (not inherited from the context)."""
    date = record.date
    return date is not None and record.sentence.start <= date.start < record.sentence.end


def _bare_explosion(text: str, record: _Record) -> bool:
    """The record's cause is only a bare explosion word ("a massive explosion")."""
    span = record.cause_span
    return span is not None and text[span[0] : span[1]].lower() in _compiled().bare_explosions


def _attacker_only(text: str, record: _Record) -> bool:
    """The record's cause is only told by who attacked ("gunmen", "snipers"; not a drone or
    jets, which say how), in a sentence that points back to the attack ("stormed the post",
    "the attack"), not one of another place ("Gunmen attacked a polio team in Bajaur")."""
    span = record.cause_span
    return (
        span is not None
        and text[span[0] : span[1]].lower() in _ATTACKERS
        and _POINTS_BACK.search(text, record.sentence.start, record.sentence.end) is not None
    )


_ATTACKERS = frozenset(("gunmen", "gunman", "snipers", "sniper", "attackers", "assailants"))
_POINTS_BACK = re.compile(
    r"\bthe\s+(?:army\s+|military\s+|police\s+)?(?:post|base|attack|camp|checkpoint|convoy"
    r"|barracks|position|station|outpost|assault|raid|ambush)\b",
    re.IGNORECASE,
)


def _rounded_and_exact(x: _Count, y: _Count) -> bool:
    """A round approximate figure and an exact one within a tenth of it: one count told twice
    ("nearly 300 injured" in the lead, "290 people had been admitted to hospital")."""
    if x.bound.approximate == y.bound.approximate:
        return False
    a, b = x.bound.count, y.bound.count
    return abs(a - b) * 10 <= max(a, b)


def _same_figure(doc: Document, a: _Record, b: _Record) -> bool:
    """Two mentions of one incident's figures: the same count twice (lead and a later
    paragraph), or killed in one sentence and wounded in the next (or the toll and its
    wounded: "rose to 19 ... More than 60 people were injured") about the same cause and place.
    Different counts of the same kind are conflicting reports and stay apart."""
    text = doc.text
    if _definite_repeat(text, a, b) or _definite_repeat(text, b, a):
        return True
    if _ordinals_death_told(text, a, b):
        return True
    later = a if a.sentence_index > b.sentence_index else b
    if a.sentence_index != b.sentence_index and (
        _SEPARATE_INCIDENT_OPENING.match(text, later.sentence.start)
        # "Last week, an ambush near Culiacan wounded five police officers": another time's
        # (not the figures told again: "Last week, officials said, the three wounded officers")
        or (
            _OTHER_TIME_OPENING.match(text, later.sentence.start)
            and not any(
                _THE_BEFORE.search(text, max(0, q.start - 5), q.start) for q in _quantities(later)
            )
        )
    ):
        return False  # "In a separate accident on Thursday morning, ... injuring seven"
    if _definite_wounded_repeat(text, a, b) or _definite_wounded_repeat(text, b, a):
        return True
    earlier = b if later is a else a
    if (
        _survivors_wounded(text, later)
        and earlier.killed is not None
        and earlier.injured is None
        and 0 < later.sentence_index - earlier.sentence_index <= _SURVIVORS_REACH
        # (of the incident told: not another's told just before, of its own day or place: "On
        # Wednesday a tourist train derailed near Cusco. Seven of the passengers were injured")
        and not _elsewhere(earlier, later)
        and not (_other_days(earlier, later) and not _own_date(later))
    ):
        # "A tour boat capsized in a storm ..., killing at least five", then "Seven of the
        # survivors were injured": the incident's wounded, whatever cause word or later day
        # ("three remained there on Sunday") their sentence has
        return True
    shared = complementary = refined = False
    # the two give the same killed and the same injured (a kind neither gives agrees: "wounded
    # two residents" and "A woman and her teenage son were wounded"; with other causes that
    # counts only where one names no weapon, see ``repeated``)
    both = True
    neither = False
    for x, y, wounded in ((a.killed, b.killed, False), (a.injured, b.injured, True)):
        if x is None and y is None:
            neither = True
        if x is not None and y is not None:
            if x.bound.count != y.bound.count:
                # (two counts of the dead that differ are conflicting reports, kept apart)
                if not (wounded and _rounded_and_exact(x, y)):
                    return False
                refined = True
            shared = True
        elif x is not None or y is not None:
            both = False
            complementary = True
    # "a massive explosion ... has risen to 135" and "about 5,000 wounded ... blamed on
    # ammonium nitrate": a bare explosion word says nothing against the accident's fire
    a_cause, b_cause = a.cause, b.cause
    if b_cause == "fire" and _bare_explosion(text, a):
        a_cause = None
    elif a_cause == "fire" and _bare_explosion(text, b):
        b_cause = None
    # "A fire swept through a garment factory ..., killing seven workers", then "Most of the
    # injured were hurt in a crush at the factory's only open gate ... six women and one man
    # died": the crush of those fleeing the fire says nothing against it
    if a_cause == "fire" and b_cause == "stampede":
        b_cause = None
    elif a_cause == "stampede" and b_cause == "fire":
        a_cause = None
    # "Jihadists killed at least 14 soldiers in an attack on an army post ... Gunmen stormed
    # the post on Tuesday night, adding that nine soldiers were wounded": who attacked says
    # nothing against how, next to an attack's toll
    incidental = _compiled().incidental
    if (
        a_cause is not None
        and b_cause is not None
        and a_cause not in incidental
        and b_cause not in incidental
        and abs(a.sentence_index - b.sentence_index) == 1
    ):
        if _attacker_only(text, b):
            b_cause = a_cause
        elif _attacker_only(text, a):
            a_cause = b_cause
    if shared:
        if (
            a.scope is not b.scope
            and not (_single_incident(a) and _single_incident(b))
            and not (refined and complementary)  # a toll and the exact count of its wounded
        ):
            # (the lead's "killing at least 38" and "before raising it to 38" are one toll)
            return False
    elif not (
        complementary
        # (a running toll's wounded may come a few sentences on, after a quote of the toll:
        # "... rose to 72 on Tuesday" ... "She said 37 people had been treated in hospitals")
        and (
            abs(a.sentence_index - b.sentence_index)
            <= (reach := 4 if _toll_and_its_wounded(a, b) else 2)
            or _told_on_until(doc, a, b, reach)
            or _told_on_until(doc, b, a, reach)
            or _wounded_after_a_quiet_account(doc, a, b)
        )
        and (
            a.scope is b.scope
            or (_single_incident(a) and _single_incident(b))
            or _toll_and_its_wounded(a, b)
        )
        and (
            (a_cause is not None and a_cause == b_cause)
            # "killing at least 70 people ... The attack also left 16 people wounded": the same
            # attack's other victims, whatever word the second sentence uses for it
            or (
                a_cause is not None
                and b_cause is not None
                and a_cause not in (incidental := _compiled().incidental)
                and b_cause not in incidental
                and (
                    _says_also(text, a)
                    or _says_also(text, b)
                    # "At least 18 people were killed when tribesmen ambushed villagers ...
                    # Seven others were wounded": the same attack's other victims
                    or _says_other(text, later)
                    # "... left nine dead. Three soldiers were wounded.": the wounded with no
                    # cause word of their own, the context's, are the incident's
                    or _borrows_cause(doc, later, b if later is a else a)
                )
            )
            # "The death toll from the floods rose to 90 ... The agency said 361 people had
            # been injured": the wounded of the toll, from the same (or an unnamed) source
            or (
                (a_cause is None) != (b_cause is None)
                and (
                    _same_source(text, a, b)
                    or _same_source(text, b, a)
                    # "Eight miners were injured ... and were being treated at the cantonal
                    # hospital, hospital director Dr. Sead Malkoc said": those who treat the
                    # wounded count them, no rival report of the toll
                    or _carers_count(text, a)
                    or _carers_count(text, b)
                )
            )
            # "The death toll from the sinking rose to 17 ... 74 people were rescued, 23 of
            # whom were treated in hospital": a toll and its wounded, neither naming a cause
            or (
                a_cause is None
                and b_cause is None
                and (
                    (
                        _toll_and_its_wounded(a, b)
                        and (_same_source(text, a, b) or _same_source(text, b, a))
                    )
                    # "At least nine miners were killed when the walls of a pit collapsed ...
                    # Four other miners were injured": the other victims of the incident just
                    # told, of no cause of the closed list
                    or _says_other(text, later)
                )
            )
        )
    ):
        return False
    # Two figures that agree on both the killed and the injured are one report repeated
    # ("killed 17 and wounded eight ..." then "17 bodies ... eight injured"), even where the
    # second names the attack by another word ("shot"); a disaster or an accident
    # (``incidental_causes``) is not an attack told in other words.
    # (but a running toll of one count is one toll, however each sentence names its cause:
    # "the death toll from a fuel tanker explosion rose to 75" and "the tanker overturned")
    one_running_toll = shared and a.scope is b.scope is Scope.CUMULATIVE
    if _bomb_and_gun(text, a, b_cause) or _bomb_and_gun(text, b, a_cause):
        # "blew up a railway track and opened fire on a passenger train, killing 14 ... and
        # wounding 21", then "Gunmen ... then fired on the carriages ... 21 people ... were
        # injured": the assault told again by one of its weapons
        a_cause = b_cause
    if a_cause and b_cause and a_cause != b_cause and not one_running_toll:
        incidental = _compiled().incidental
        if a_cause in incidental or b_cause in incidental:
            return False
        # (with other causes, only a report giving both kinds, or one naming no weapon: "a bomb
        # wounded two soldiers" and "Gunmen also shot and wounded two policemen" are two)
        repeated = (
            both
            and (not neither or "armed_clash" in (a_cause, b_cause))
            and (_same_source(text, a, b) or _same_source(text, b, a))
        )
        continued = (
            complementary
            and not shared
            and (
                _says_also(text, a)
                or _says_also(text, b)
                or _says_other(text, later)
                or _borrows_cause(doc, later, b if later is a else a)
            )
        )
        if not (repeated or continued or _restated_toll(a, b)):
            return False
    if _elsewhere(a, b):
        return False
    if complementary and not shared and (_says_other(text, a) or _says_other(text, b)):
        # "Eleven people were killed ... Six other people were wounded ..., where two
        # remained in a critical condition on Wednesday": the same incident's other victims,
        # whatever later day the sentence also names
        return True
    if (
        (shared and a.scope is Scope.CUMULATIVE and b.scope is Scope.CUMULATIVE)
        or (not shared and _toll_and_its_wounded(a, b))
        or _restated_toll(a, b)
    ):
        # one running toll, told with the day it was updated ("rose to 55 on Tuesday") and
        # with the incident's ("recovered 55 bodies, up from the 51 reported on Monday"), or
        # with the incident's wounded
        return True
    return (
        not (a.date and b.date and a.date.value != b.date.value)
        or _loose_day(doc, a, b)
        or _bodies_recovered_later(text, a, b)
    )


def _bodies_recovered_later(text: str, a: _Record, b: _Record) -> bool:
    """ "Six people drowned ... on Monday evening", then "Searchers recovered six bodies on
    Tuesday": the same dead, counted as bodies on a later day (the day of the search, not of
    the deaths)."""
    first, later = (a, b) if a.sentence_index < b.sentence_index else (b, a)
    if (
        first.killed is None
        or later.killed is None
        or first.killed.bound.count != later.killed.bound.count
        # (the wounded the later sentence adds are the same incident's: "30 bodies had been
        # recovered and 17 people were being treated for injuries")
        or (first.injured is not None and later.injured is not None)
        or first.date is None
        or later.date is None
        or later.date.value is None
        or first.date.value is None
        or later.date.value < first.date.value
        # (not another incident's: "Separately, fishermen found six bodies", "a separate
        # collapse at another pit")
        or _ANOTHER_OR_SEPARATE.search(later.sentence.text) is not None
    ):
        return False
    return _BODIES_AFTER.match(text, later.killed.bound.quantity.end) is not None


_BODIES_AFTER = re.compile(r"\s+bod(?:y|ies)\b", re.IGNORECASE)


_QUIET_REACH = 4


def _wounded_after_a_quiet_account(doc: Document, toll: _Record, later: _Record) -> bool:
    """The wounded alone of the incident whose dead were told a few sentences before, where the
    sentences between go on telling that incident with no figure and no cause of another kind
    ("killing 12 of the 17 people on board ... was flying to ... when it plunged into the water
    ... Fishermen and navy divers pulled five people from the water alive ... All five were
    taken to hospital with injuries"): of the same cause and day, with no place or other source
    of their own ("Colombia's migration agency said 285 people had been injured on the Colombian
    side of the border"), not another incident's ("Separately", "another")."""
    if later.sentence_index < toll.sentence_index:
        toll, later = later, toll
    if (
        toll.killed is None
        or toll.injured is not None
        or later.killed is not None
        or later.injured is None
        or toll.cause is None
        or later.cause != toll.cause
        or not 0 < later.sentence_index - toll.sentence_index <= _QUIET_REACH
        or (toll.date is None) != (later.date is None)
        or _other_days(toll, later)
        or _ANOTHER_OR_SEPARATE.search(later.sentence.text)
        or _own_place(later)
        or not _same_source(doc.text, later, toll)
    ):
        return False
    compiled = _compiled()
    for sentence in doc.sentences[toll.sentence_index + 1 : later.sentence_index]:
        hits = _hits(compiled, sentence.text.lower())
        if (
            any(h.word.casualty for h in hits)
            and not _breakdown_of_the_dead(sentence.text, toll.killed.bound.count)
        ) or any(
            h.word.kind == "cause"
            and h.word.role != toll.cause
            and h.word.phrase not in compiled.weak_causes
            for h in hits
        ):
            return False
        if _ANOTHER_OR_SEPARATE.search(sentence.text) or _QUIET_APART.search(sentence.text):
            return False
    return True


# "Four of the dead were suspected cartel members and two were local farmers": who the dead
# were, told of the toll's own victims
_BREAKDOWN_OF_THE_DEAD = re.compile(
    r"^(?:[A-Za-z]+|\d+)\s+of\s+the\s+(?:dead|victims|people\s+killed)\s+(?:were|was)\b",
    re.IGNORECASE,
)


def _breakdown_of_the_dead(sentence: str, toll: int) -> bool:
    """A sentence that only says who some of the toll's dead were ("Four of the dead were
    suspected cartel members and two were local farmers"), no wounded and no count above the
    toll: the account of the incident goes on."""
    found = _BREAKDOWN_OF_THE_DEAD.match(sentence.strip())
    if found is None or _WOUNDED_WORD.search(sentence):
        return False
    counts = [q.count for q in find_quantities(sentence, 0, len(sentence))]
    return bool(counts) and all(c <= toll for c in counts)


_WOUNDED_WORD = re.compile(r"\b(?:wounded|injured|injuries|hurt|hospitali[sz]ed)\b", re.IGNORECASE)


# A sentence between that tells another incident: elsewhere, a second one, one also told,
# one of another time ("Last week a minibus overturned on the same highway"), or a vehicle of
# its own ("Elsewhere in the region, a minibus overturned")
_QUIET_APART = re.compile(
    r"\b(?:elsewhere|also|(?:second|third|separate|similar|different|earlier|later)\s+"
    r"(?:incident|attack|accident|crash)|last\s+(?:week|month|year|night|weekend)|earlier"
    r"|yesterday|previous|(?:hours?|days?|weeks?|minutes?)\s+(?:later|earlier|ago)"
    r"|an?\s+(?:\w+\s+)?(?:bus|minibus|truck|lorry|car|train|plane|helicopter|boat|ferry|van"
    r"|tanker|vehicle|motorcycle)\b(?!\s+(?:carrying|with)\b))\b",
    re.IGNORECASE,
)


def _own_place(record: _Record) -> bool:
    """Whether the record's place is named in its own sentence ("285 people had been injured on
    the Colombian side of the border")."""
    place = record.place
    return (
        place is not None
        and place.span is not None
        and record.sentence.start <= place.span[0] < record.sentence.end
    )


def _told_on_until(doc: Document, record: _Record, later: _Record, reach: int) -> bool:
    """Whether ``record``'s figures, told again (absorbed), lead up to ``later`` within
    ``reach`` sentences, with every sentence between telling of the dead ("The toll now stands
    at 23," ... "Police had put the toll at 14" ... "Seventeen of the dead were women" ...
    "More than 30 people were injured"): the account of one toll goes on."""
    if record.last_index < 0 or not 0 < later.sentence_index - record.last_index <= reach:
        return False
    compiled = _compiled()
    return all(
        any(h.word.casualty for h in _hits(compiled, sentence.text.lower()))
        for sentence in doc.sentences[record.last_index + 1 : later.sentence_index]
    )


def _ordinals_death_told(text: str, first: _Record, later: _Record) -> bool:
    """The one death a toll's ordinal told, told again in the next sentence with "the": "A
    seventh resident has died ... The 91-year-old woman died overnight in hospital"."""
    if (
        first.killed is None
        or later.killed is None
        or later.killed.bound.count != 1
        or first.killed.bound.count < 2
        or not 0 < later.sentence_index - first.sentence_index <= 1
        or _AN_ORDINAL.match(first.killed.bound.quantity.text.lower()) is None
    ):
        return False
    start = later.killed.bound.quantity.start
    return text.startswith(("The ", "the "), start)


def _definite_repeat(text: str, first: _Record, later: _Record) -> bool:
    """The toll told before, named again with "the": "He said the 32 dead did not include the
    attackers, and that one soldier had been wounded" (whatever else the sentence counts; not
    where it names a place or a day of its own)."""
    if (
        first.killed_count is None
        or first.killed_count != later.killed_count
        or later.killed is None
        or later.sentence_index <= first.sentence_index
        # a repeat names no place of its own: "In neighbouring Niger, the 10 dead in an
        # attack ..." is another incident
        or (
            later.place is not None
            and later.place.span is not None
            and later.sentence.start <= later.place.span[0] < later.sentence.end
        )
        or _other_days(first, later)
    ):
        return False
    start = later.killed.bound.quantity.start
    return _THE_BEFORE.search(text, max(0, start - 5), start) is not None


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _definite_wounded_repeat(text: str, first: _Record, later: _Record) -> bool:
    """The wounded told before, named again with "the" and no dead: "... killed three people
    and wounded two others ... The two wounded were taken to a hospital in the town of
    Quneitra" (a hospital's place is not the incident's)."""
    if (
        later.killed is not None
        or later.injured is None
        or first.injured is None
        or first.injured.bound.count != later.injured.bound.count
        or later.sentence_index <= first.sentence_index
        or _other_days(first, later)
    ):
        return False
    start = later.injured.bound.quantity.start
    if _THE_BEFORE.search(text, max(0, start - 5), start) is None:
        return False
    if _APART_WORDS.search(text, first.sentence.end, later.sentence.end) is not None:
        return False  # "In a separate incident, gunmen opened fire ... The two wounded were
    place = later.place
    return (
        place is None
        or place.span is None
        or not later.sentence.start <= place.span[0] < later.sentence.end
        or _HOSPITAL_BEFORE.search(
            text, max(later.sentence.start, place.span[0] - 40), place.span[0]
        )
        is not None
    )


_HOSPITAL_BEFORE = re.compile(r"\bhospitals?\s+(?:in|at|of)\s+(?:the\s+(?:town|city)\s+of\s+)?$")
# "Six other people were wounded", "another 20 were injured": the other victims of the
# incident just told.
# "Six other people were wounded", "Seven others were wounded"
_OTHER_AFTER = re.compile(r"\s+others?\b", re.IGNORECASE)
# "Seven of the survivors were injured": the wounded among those the incident told spared
_OF_THE_SURVIVORS_AFTER = re.compile(
    r"\s+of\s+the\s+(?:survivors|rescued|people\s+rescued|passengers|other\s+passengers)\b",
    re.IGNORECASE,
)
_SURVIVORS_REACH = 3  # sentences from the incident's figure
_ANOTHER_BEFORE = re.compile(r"\banother\s+$", re.IGNORECASE)


def _quantities(record: _Record) -> Iterator[Quantity]:
    """The number phrases of a record's killed and injured figures."""
    for count in (record.killed, record.injured):
        if count is not None:
            yield count.bound.quantity


def _survivors_wounded(text: str, record: _Record) -> bool:
    """The record counts only wounded, told as some of the survivors ("Seven of the survivors
    were injured and treated in hospital")."""
    return (
        record.killed is None
        and record.injured is not None
        and _OF_THE_SURVIVORS_AFTER.match(text, record.injured.bound.quantity.end) is not None
    )


def _says_other(text: str, record: _Record) -> bool:
    return any(
        _OTHER_AFTER.match(text, q.end)
        or _ANOTHER_BEFORE.search(text, max(0, q.start - 12), q.start)
        for q in _quantities(record)
    )


# "The attack ... also left 16 people seriously wounded": more victims of the one attack.
_ALSO_BEFORE = re.compile(r"\balso\s+(?:left|wounded|injured|killed|\w+ed)?\s*$", re.IGNORECASE)


def _says_also(text: str, record: _Record) -> bool:
    return any(
        _ALSO_BEFORE.search(text, max(0, q.start - 24), q.start) for q in _quantities(record)
    )


def _restated_toll(a: _Record, b: _Record) -> bool:
    """One attack's revised toll and the same number of dead told as the attack's own ("The
    death toll ... rose to 19 on Monday" and "16 civilians and three soldiers had been killed
    when the attackers opened fire ... on Sunday"): one toll, whatever word names the attack
    and whichever day each sentence gives (the toll's update, the attack's); so are a disaster's
    ("an earthquake ... killed at least 271" and "the toll from Monday's quake stood at 271").
    Not small counts, which two incidents may share, nor a disaster or an accident beside a
    figure of another cause."""
    return (
        a.scope is not b.scope
        and a.killed_count is not None
        and a.killed_count == b.killed_count
        and a.killed_count >= _RESTATED_MIN
        and _single_incident(a)
        and _single_incident(b)
        and (not ({a.cause, b.cause} & _compiled().incidental) or a.cause == b.cause)
    )


_RESTATED_MIN = 5


def _single_incident(record: _Record) -> bool:
    """A new incident, or the revised toll of one ("rose to 19"): not a multi-incident total."""
    return record.scope is Scope.INCREMENTAL or record.period is None


def _headline_twin(body: _Record, headline: _Record) -> bool:
    """The headline gives the body's figure, exactly or vaguely ("kills dozens" for "killed at
    least 53"); headlines rarely carry the scope cues of the body ("kills 10" for "has killed
    10 since Monday")."""
    shared = False
    for mine, theirs in ((body.killed, headline.killed), (body.injured, headline.injured)):
        if mine is None or theirs is None:
            continue
        low = theirs.bound.low if theirs.bound.low is not None else theirs.bound.count
        high = theirs.bound.high
        vague = theirs.bound.approximate and theirs.bound.high is None
        if mine.bound.count != theirs.bound.count and not (
            vague and mine.bound.count >= low and (high is None or mine.bound.count <= high)
        ):
            return False
        shared = True
    return shared


def _absorb(text: str, target: _Record, other: _Record) -> None:
    target.mentions += 1
    for index in (other.sentence_index, other.last_index):
        if index > max(target.sentence_index, target.last_index):
            target.last_index = index
    if other.scope is Scope.CUMULATIVE:  # an incident's wounded joining its revised toll
        target.scope = Scope.CUMULATIVE
    if target.killed is None:
        target.killed = other.killed
    if target.injured is None or (
        # the exact figure of a round one ("nearly 300", then "290")
        other.injured is not None
        and target.injured.bound.approximate
        and not other.injured.bound.approximate
        # (not the same number without its bound: "43 injured" for "As many as 43")
        and other.injured.bound.count != target.injured.bound.count
    ):
        target.injured = other.injured
    if target.cause is None or (other.cause == "fire" and _bare_explosion(text, target)):
        target.cause, target.cause_span = other.cause, other.cause_span
    if target.victims is None:
        target.victims, target.victims_span = other.victims, other.victims_span
    if target.perpetrator is None:
        target.perpetrator, target.perpetrator_span = other.perpetrator, other.perpetrator_span
    if target.period is None and target.date is None:  # a dated toll is not over a period
        target.period = other.period
    if target.date is None or (
        # a toll revised later, and the day of the attack itself
        target.scope is Scope.CUMULATIVE
        and other.scope is Scope.INCREMENTAL
        and other.date is not None
        and other.date.value is not None
        and target.date.value is not None
        and other.date.value < target.date.value
    ):
        target.date = other.date
    if other.place is not None and (
        target.place is None
        or other.place.rank > target.place.rank
        or (other.place_from_text and not target.place_from_text)
    ):
        target.place, target.place_from_text = other.place, other.place_from_text
    if other.reporter is not None and (
        target.reporter is None
        or other.reporter[1] - other.reporter[0] > target.reporter[1] - target.reporter[0]
    ):
        target.reporter = other.reporter
    for item in other.evidence:
        if item not in target.evidence:
            target.evidence.append(item)


# -- output ------------------------------------------------------------------------------------


def _casualty_count(text: str, count: _Count | None) -> dict[str, object] | None:
    """The ``CasualtyCount`` fields of a figure (validated with the record that holds it)."""
    if count is None:
        return None
    bound = count.bound
    words = (
        bound.quantity.text
        if bound.count == bound.quantity.count
        else text[bound.span[0] : bound.span[1]]
    )
    return {
        "count": bound.count,
        "low": bound.low,
        "high": bound.high,
        "approximate": bound.approximate,
        "text": words,
    }


def _to_record(doc: Document, record: _Record, extractor_version: str) -> CasualtyUpdate:
    text = doc.text
    location = record.place.location if record.place else None
    first = min(
        (start for name, start, _ in record.evidence if name in ("killed", "injured")),
        default=record.sentence.start,
    )
    key = "|".join(
        [
            doc.article_id,
            record.scope.value,
            str(record.killed_count),
            str(record.injured_count),
            location.name if location else "",
            str(first),
        ]
    )
    event_id = "cas-" + hashlib.sha256(key.encode()).hexdigest()[:20]
    approximate = any(c.bound.approximate for c in (record.killed, record.injured) if c)
    confidence = (
        0.55
        + (0.15 if record.place_from_text else 0.0)
        + (0.1 if record.date is not None or record.scope is Scope.CUMULATIVE else 0.0)
        + (0.05 if record.cause else 0.0)
        + 0.05 * min(record.mentions - 1, 2)
        - (0.1 if approximate else 0.0)
    )
    # Nested values go in as plain dicts: one validation pass over the whole record costs
    # less than building each ``Evidence`` model on its own.
    evidence = [
        {"field": name, "text": text[start:end], "start": start, "end": end}
        for name, start, end in dict.fromkeys(record.evidence)
    ]
    reporter = record.reporter
    return CasualtyUpdate(
        event_id=event_id,
        article_id=doc.article_id,
        killed=_casualty_count(text, record.killed),
        injured=_casualty_count(text, record.injured),
        scope=record.scope,
        cause=record.cause,
        victims=record.victims,
        location=location,
        date=record.date.value.isoformat() if record.date and record.date.value else None,
        date_text=record.date.text if record.date else None,
        period=text[record.period[0] : record.period[1]] if record.period else None,
        perpetrator=record.perpetrator,
        reported_by=text[reporter[0] : reporter[1]] if reporter else None,
        evidence=evidence,
        confidence=round(max(0.3, min(confidence, 0.95)), 2),
        extractor_version=extractor_version,
    )
