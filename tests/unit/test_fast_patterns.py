"""What the extraction core rewrote for speed gives exactly what the plain code it replaced gave.

Each rewritten pattern is checked against the pattern it replaced (kept here as the
reference), and each guard against the pattern it stands in front of, on generated text
made of the pieces their decisions turn on; fast builders and date arithmetic against the
library calls they stand for.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import ahocorasick
import pytest
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.contracts import Evidence
from newsevents.extract import casualty, diplomatic
from newsevents.extract.document import analyse
from newsevents.extract.patterns import (
    LOWER_TEXT_PASS,
    Guard,
    GuardSet,
    SharedPass,
    caseless,
    fold,
    foldable,
    phrase_automaton,
    phrase_guard,
    phrase_regex,
)
from newsevents.extract.text import lowered, str_lower
from newsevents.lexicon import diplomatic_lexicon
from newsevents.normalize import dates
from newsevents.normalize.dates import Tense, _iso_starts, _weekday
from newsevents.normalize.gazetteer import common_first
from newsevents.parse import decode_article


def _text(pieces: list[str]) -> st.SearchStrategy[str]:
    separators = st.sampled_from([" ", "  ", ", ", ",", "; ", "\n", "\t", ",\u00a0", "\u2003"])
    return st.lists(st.tuples(separators, st.sampled_from(pieces)), max_size=14).map(
        lambda parts: "".join(sep + piece for sep, piece in parts)
    )


_REFERENCE_CLAUSE_BREAK = re.compile(
    r";"
    r"|,?\s+but\s+"
    r"|,\s+(?:while|although|though|whereas|because|which|when|indicating|saying|adding"
    r"|according)\b"
    r"|\s(?:after|before|because|while|although|whereas|despite|following)\s"
    r"|(?<!such)(?<!well)\s+as\s+(?!well\b|part\b|many\b|much\b|soon\b|long\b|a\b|an\b|if\b)"
    r"|,\s+and\s+(?=(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:were|was|is|are|will|had|has|have|would|could|said|says)\b)",
    re.IGNORECASE,
)
_CLAUSE_PIECES = (
    "such as well but BUT But while although though whereas because which when indicating"
    " saying adding according after before despite following Following as As AS part many"
    " much soon long a an if and And the talks were was is said says will ſuch wellas"
    " Jeddah's u.s. 12 ; , -"
).split()


@settings(max_examples=3000)
@given(_text(_CLAUSE_PIECES))
def test_clause_breaks_match_the_plain_pattern(text: str) -> None:
    """The clause-break pattern finds the same spans as the six plain alternatives."""
    found = [m.span() for m in diplomatic._CLAUSE_BREAK.finditer(text)]
    assert found == [m.span() for m in _REFERENCE_CLAUSE_BREAK.finditer(text)]


def _guarded() -> list[tuple[re.Pattern[str], Guard]]:
    pairs: list[tuple[re.Pattern[str], Guard]] = [
        (diplomatic._YEAR_IN, diplomatic._YEAR_GUARD),
        (diplomatic._BROKERED_BY, diplomatic._BROKERED_GUARD),
        *diplomatic._FLAG_PATTERNS.values(),
        *diplomatic._SPAN_PATTERNS.values(),
    ]
    lexicon = diplomatic_lexicon()
    phrase_lists = [lexicon.status_cues.future, *(t.needs for t in lexicon.triggers if t.needs)]
    pairs.extend((phrase_regex(phrases), phrase_guard(phrases)) for phrases in phrase_lists)
    compiled = diplomatic._compiled()
    pairs.append((compiled.future, compiled.future_guard))
    pairs.extend(compiled.needs.values())
    return pairs


_GUARDED = _guarded()
_ODD = ["In", "1999", "2019", "2031", "ſince", "İf", "ıf", "K", "the", "-", "_", "’t", "xx"]


def _pieces(pattern: re.Pattern[str]) -> list[str]:
    """The words and phrases of a pattern in several cases, and characters that fold oddly."""
    phrases = re.findall(r"[a-z']+(?:\\s\+[a-z']+)*|\d\d", pattern.pattern)
    found = {p.replace("\\s+", " ") for p in phrases}
    return sorted(
        {
            variant
            for phrase in found
            for variant in (phrase, phrase.upper(), phrase.title(), phrase[:-1], phrase + "s")
            if variant
        }
        | set(_ODD)
    )


# Text made of one guarded pattern's own pieces, so that it matches often.
_GUARD_TEXT = st.one_of(*(_text(_pieces(pattern)) for pattern, _ in _GUARDED))


@settings(max_examples=1500)
@given(_GUARD_TEXT)
def test_guards_never_rule_out_a_match(text: str) -> None:
    """Where a guarded pattern matches, its guard admits the folded text (or is not used)."""
    if not foldable(text):
        return  # the extractors run the pattern itself in such a text
    folded = fold(text)
    for pattern, guard in _GUARDED:
        if pattern.search(text) is not None:
            assert guard.admits(folded), (pattern.pattern[:60], text)


def test_guards_do_rule_out() -> None:
    """A clause with none of the pieces skips the patterns: the guards are not vacuous."""
    folded = fold("The two sides met in Geneva on Monday.")  # ("minister" is a piece now)
    assert not any(guard.admits(folded) for _, guard in _GUARDED)


def test_fast_evidence_is_the_constructed_model() -> None:
    """The diplomatic extractor's evidence builder gives what ``model_construct`` gives."""
    fast = diplomatic._evidence("trigger", "talks", 3, 8)
    slow = Evidence.model_construct(field="trigger", text="talks", start=3, end=8)
    assert type(fast) is Evidence
    assert fast == slow
    assert fast.__dict__ == slow.__dict__
    assert list(fast.__dict__) == list(slow.__dict__) == list(Evidence.model_fields)
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.__pydantic_extra__ is slow.__pydantic_extra__ is None
    assert fast.__pydantic_private__ is slow.__pydantic_private__ is None
    assert fast.model_dump_json() == slow.model_dump_json()
    assert Evidence.__pydantic_post_init__ is None  # else model_construct would call it


_REFERENCE_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


@settings(max_examples=3000)
@given(st.text(alphabet="0123456789--x ١٢", max_size=40))
def test_iso_dates_start_where_the_plain_pattern_finds_them(text: str) -> None:
    """The hyphen-led ISO date scan finds the starts the plain four-digit pattern finds."""
    assert _iso_starts(text) == [m.start() for m in _REFERENCE_ISO.finditer(text)]


def test_iso_dates_examples() -> None:
    """Dates side by side, overlapping, inside longer digit runs and in other digits."""
    text = "2024-03-14-2025-01-01 1234-56-7890-12-34 12345-67-89 ١٢٣٤-٠١-٠٢ 2024-1-1"
    assert _iso_starts(text) == [m.start() for m in _REFERENCE_ISO.finditer(text)]
    assert len(_iso_starts(text)) == 5


def test_weekdays_resolve_as_relativedelta_does() -> None:
    """Every weekday, modifier and tense, over a leap year and more, against dateutil."""
    weekdays = {"monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH, "friday": FR}
    weekdays |= {"saturday": SA, "sunday": SU}
    for offset in range(400):
        reference = date(2023, 12, 1) + timedelta(days=offset)
        for name, weekday in weekdays.items():
            for modifier in ("next", "Next", "last", "this", "on", "early", "for", "For", ""):
                for tense in Tense:
                    if modifier.lower() == "next":
                        expected = reference + relativedelta(days=1, weekday=weekday(+1))
                    elif modifier.lower() == "for":
                        # a day planned ("a summit for Monday"): on or after, in either tense
                        expected = reference + relativedelta(weekday=weekday(+1))
                    elif modifier.lower() == "last" or tense is Tense.PAST:
                        expected = reference + relativedelta(weekday=weekday(-1))
                    else:
                        expected = reference + relativedelta(weekday=weekday(+1))
                    found = _weekday(reference, name.title(), modifier, tense)
                    assert found == expected, (reference, name, modifier, tense)
                    assert type(found) is date


_DATE_WORDS = [
    *(
        "Jan. January February Mar March Apr April May June Jun July Aug August Sep Sept September"
        " Oct October Nov November Dec December Monday Tuesday Wednesday Thursday Friday Saturday"
        " Sunday Mondays Fridays last next this on early earlier late later past over at during the"
        " in since yesterday today tomorrow tonight overnight week weekend month year morning"
        " afternoon evening 3 15 15th 2nd 2024 2024-03-14 1999 ١٥ , . said talks Earlier LAST"
        " ON ſunday İn ıt"
    ).split(),
    "earlier this week",
    "Later this month",
    "later next year",
    "last weekend",
    "past month",
    "over the weekend",
    "at the  weekend",
    "during the weekend",
    "this morning",
    "This evening",
    "on Monday",
    "for Monday",
    "for the talks",
    "early Tuesday",
    "late Fridays",
    "next\tSunday",
    "15 March 2024",
    "March 15, 2024",
    "Oct. 7",
    "7th of October",
]


def _reference_date_scan(text: str) -> list[tuple[int, int]]:
    """The date scan as it was before it skipped words no date starts with."""
    return [match.span() for match in _reference_date_matches(text)]


def _reference_date_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_reference_date_scan``: the flagged pattern on the text itself."""
    lower = text.lower()
    candidates: list[re.Match[str]] = []
    for end_index, length in dates.KEYWORD_AUTOMATON.iter(lower):
        start = end_index - length + 1
        end = end_index + 1
        if (start > 0 and lower[start - 1].isalnum()) or (
            end < len(lower) and lower[end].isalnum()
        ):
            continue
        window_start = max(0, start - 24)
        starts = [m.start() for m in dates._TOKEN_START.finditer(text, window_start, start + 1)]
        for token_start in starts[-4:]:
            match = dates._DATE_RE.match(text, token_start)
            if match is not None and match.end() >= end and match.group(0).strip():
                candidates.append(match)
                break
    for iso_start in _iso_starts(text):
        match = dates._DATE_RE.match(text, iso_start)
        if match is not None:
            candidates.append(match)
    candidates.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match[str]] = []
    last_end = -1
    for match in candidates:
        if match.start() >= last_end:
            kept.append(match)
            last_end = match.end()
    return kept


@settings(max_examples=1000)
@given(_text(_DATE_WORDS))
def test_date_scan_finds_what_it_found_trying_every_word(text: str) -> None:
    """Skipping the words no date expression starts with loses no date."""
    assert [m.span() for m in dates._scan(text)] == _reference_date_scan(text)


@settings(max_examples=1000)
@given(
    _text(_DATE_WORDS),
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=4),
    st.sampled_from([Tense.PAST, Tense.FUTURE]),
)
def test_date_index_read_in_steps_finds_what_one_pass_found(
    text: str, lookups: list[tuple[int, int]], tense: Tense
) -> None:
    """The index reads the text only as far as a lookup needs (on the lowered text, without
    the flag): lookups in any order, each after others that settled less or more of the text,
    find the dates one pass of the flagged pattern over the whole text finds there."""
    whole = _reference_date_matches(text)
    index = dates.DateIndex(text)
    reference = date(2024, 3, 15)
    for a, b in [*lookups, (0, len(text) + 1)]:  # (and, last, the whole text)
        start, end = min(a, b), max(a, b)
        inside = [m for m in whole if start <= m.start() < end and m.end() <= end]
        expected = dates._resolve_all(text, inside, reference, tense)
        assert index.find(start, end, reference, tense) == expected


@settings(max_examples=1000)
@given(_text(_DATE_WORDS))
def test_every_date_expression_starts_with_a_starter(text: str) -> None:
    """Wherever the date pattern matches at a word, the word begins with a starter or a digit."""
    if not foldable(text):
        return  # the scan tries every word of such a text
    for token in dates._TOKEN_START.finditer(text):
        if dates._DATE_RE.match(text, token.start()) is not None:
            start = token.start()
            assert text.lower().startswith(dates._STARTERS, start) or text[start].isdecimal()


_WINDOW_PAIRS = [
    *(
        (getattr(diplomatic._ON_TEXT, name), getattr(diplomatic._ON_LOWER, name))
        for name in diplomatic._WindowPatterns.__dataclass_fields__
    ),
    (diplomatic._compiled().future, diplomatic._compiled().future_lower),
    *(
        (pattern, diplomatic._FLAG_PATTERNS_LOWER[name][0])
        for name, (pattern, _) in diplomatic._FLAG_PATTERNS.items()
    ),
    *(
        (pattern, diplomatic._SPAN_PATTERNS_LOWER[name][0])
        for name, (pattern, _) in diplomatic._SPAN_PATTERNS.items()
    ),
]
_WINDOW_TEXT = st.one_of(
    *(_text([*_pieces(flagged), "Kelvin", "ΣΟΣ", "Straße", "ǅ"]) for flagged, _ in _WINDOW_PAIRS)
)


@settings(max_examples=1500)
@given(_WINDOW_TEXT, st.integers(min_value=0, max_value=12))
def test_caseless_patterns_match_lowered_text_as_the_flagged_ones_match_the_text(
    text: str, pos: int
) -> None:
    """On a text guards may read, the plain pattern on the lowered text finds the same spans."""
    if not foldable(text):
        return  # the extractors then run the flagged pattern on the text itself
    lower = text.lower()
    assert len(lower) == len(text)
    for flagged, plain in _WINDOW_PAIRS:
        for method in ("search", "match"):
            found = getattr(flagged, method)(text, pos)
            again = getattr(plain, method)(lower, pos)
            assert (found and found.span()) == (again and again.span()), (flagged.pattern, text)


def test_caseless_refuses_what_it_cannot_keep_exact() -> None:
    """A pattern naming an upper-case letter, or not case-insensitive, is refused."""
    with pytest.raises(ValueError, match="upper-case"):
        caseless(re.compile(r"\band\s+[A-Z][a-z]+", re.IGNORECASE))
    with pytest.raises(ValueError, match="not a case-insensitive"):
        caseless(re.compile(r"\bsaid\b"))
    assert caseless(re.compile(r"\bsaid\s+\w+\b", re.IGNORECASE)).flags & re.IGNORECASE == 0


def test_cues_read_per_sentence_are_the_cues_of_the_whole_text_inside_it(
    sample_lines: list[bytes],
) -> None:
    """Reading the status cues sentence by sentence finds every cue inside each sentence."""
    compiled = diplomatic._compiled()
    for line in sample_lines:
        doc = analyse(decode_article(line))
        lower = lowered(doc.text)
        everywhere: list[tuple[int, int, str]] = []
        for end_index, (length, categories) in compiled.cues.iter(lower):
            start, end = end_index - length + 1, end_index + 1
            if lower[start].isalnum() and start > 0 and lower[start - 1].isalnum():
                continue
            if end < len(lower) and lower[end].isalnum():
                continue
            if doc.text[start:end] == "May" and not diplomatic._sentence_initial(doc.text, start):
                continue  # the month ("in May 2019"), not the modal verb: no cue
            everywhere.extend((start, end, category) for category in categories)
        for sentence in doc.sentences:
            inside = sorted(
                (start, end, category)
                for start, end, category in everywhere
                if sentence.start <= start and end <= sentence.end
            )
            per_sentence = diplomatic._cue_hits(doc, compiled, sentence)
            found = sorted(
                (start, end, category)
                for category, spans in per_sentence.items()
                for start, end in spans
            )
            assert found == inside


def test_guard_set_admits_what_each_guard_admits() -> None:
    """One pass of the clause guards together lets through exactly the guards that admit."""
    guards = [guard for _, guard in _GUARDED]
    together = GuardSet(guards)
    for text in ("The two ministers met in Geneva on Monday.", *_ODD, *_pieces(_GUARDED[0][0])):
        folded = fold(text)
        assert together.admitted(folded) == {g for g in guards if g.admits(folded)}, text


def test_shared_pass_yields_what_each_automaton_yields(sample_lines: list[bytes]) -> None:
    """A member's matches from the shared pass over an article are those of its own pass."""
    members = [
        diplomatic._compiled().automaton,
        casualty._compiled().automaton,
        dates.KEYWORD_AUTOMATON,
    ]
    for line in sample_lines:
        lower = lowered(decode_article(line).text)
        memo: dict[tuple[object, ...], object] = {}
        for automaton in members:
            assert LOWER_TEXT_PASS.matches(automaton, lower, memo) == list(automaton.iter(lower))


def test_a_member_joining_after_a_memoised_pass_gets_its_own_matches() -> None:
    """A lexicon compiled after an article's first pass (the casualty words join after the
    diplomatic triggers have run) rebuilds the merged automaton; the memo of that article must
    not hand the new member the old pass, even when the new automaton takes the old one's id
    (it did in the compiled core: an IndexError on the first article of a process)."""
    for _ in range(20):
        shared = SharedPass()
        first = phrase_automaton({"talks": "talks"})
        later = phrase_automaton({"killed": "killed"})
        shared.join(first)
        memo: dict[tuple[object, ...], object] = {}
        text = "talks and killed"
        assert shared.matches(first, text, memo) == list(first.iter(text))
        shared.join(later)
        assert shared.matches(later, text, memo) == list(later.iter(text))
        assert shared.matches(first, text, memo) == list(first.iter(text))


_KEYS = "he her hers she his is in ins kill killed killing ill ed e s i Kill Killed ’s al-x".split()


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(_KEYS), min_size=1, unique=True), _text(_KEYS))
def test_automaton_key_order_changes_no_match(keys: list[str], text: str) -> None:
    """An automaton given its keys common characters first finds what it found given them
    in any other order, all matches and leftmost-longest ones alike."""
    plain, ordered = ahocorasick.Automaton(), ahocorasick.Automaton()
    for key in keys:
        plain.add_word(key, key)
    for key in common_first(keys):
        ordered.add_word(key, key)
    plain.make_automaton()
    ordered.make_automaton()
    assert sorted(common_first(keys)) == sorted(keys)
    assert list(ordered.iter(text)) == list(plain.iter(text))
    assert list(ordered.iter_long(text)) == list(plain.iter_long(text))


@settings(max_examples=3000)
@given(
    st.text()
    | st.text(alphabet="aZ ?.’“”—éÉΣσςİıſ\u212aK\u00a0\n")
    | st.text(alphabet="ΣA ?’", min_size=1)
)
def test_str_lower_is_str_lower(text: str) -> None:
    """``str_lower`` gives what ``str.lower`` gives, final sigma and two-character lowerings included."""
    assert str_lower(text) == text.lower()


def test_str_lower_examples() -> None:
    """The fast path and its fallbacks on the characters news text holds."""
    assert str_lower("“Who?” ΟΔΟΣ Ödön — İzmir") == "“Who?” ΟΔΟΣ Ödön — İzmir".lower()
    assert str_lower("Kyiv’s ‘Mayor’?") == "kyiv’s ‘mayor’?"
    assert str_lower("ABC") == "abc"


@settings(max_examples=3000)
@given(st.text() | st.text(alphabet="aB \u00a0\t\n\u2003\u2028\x1c\x85.İ"))
def test_fold_is_split_and_join(text: str) -> None:
    """``fold`` gives what lower-casing, splitting on white space and joining with one space give."""
    assert fold(text) == " ".join(text.lower().split())
