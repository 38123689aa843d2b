"""Name recognition: ``Gazetteer.scan`` finds what the plain two-pass scan it replaced found,
and the shortcuts it takes (key order, ASCII lower-casing, word tests) change nothing."""

from __future__ import annotations

import re
import sys

import ahocorasick
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from newsevents.normalize.gazetteer import (
    SKIP_KEYS,
    Entry,
    Gazetteer,
    Mention,
    MentionKind,
    _build,
    _lower_ascii,
    common_first,
    gazetteer,
    skip_keys,
)

GAZ = gazetteer()

# Names of every kind, title forms in several casings, words that are also towns, and the
# characters the shortcuts care about: non-ASCII ones, the dotted capital I and the Kelvin
# sign (they lower-case to ASCII), final sigma, hyphens, underscores, digits.
WORDS = st.sampled_from(
    [
        "Syria",
        "Syrian",
        "Syrians",
        "United States",
        "U.S.",
        "U.S.-led",
        "Russia-backed",
        "the Kremlin",
        "Kremlin",
        "United Nations",
        "UN",
        "UN envoy",
        "European Union",
        "EU",
        "Gulf countries",
        "the Gulf countries",
        "western powers",
        "Southeast Asian",
        "Southeast Asia",
        "Middle East",
        "Lausanne",
        "Aleppo",
        "Alexandria, Virginia",
        "Jordan",
        "Jordan Henderson",
        "Vladimir Putin",
        "Washington",
        "New York",
        # a key that is no whole word here ("The D", Detroit) hides the names inside it
        "The Dominican Republic",
        "The Dubai",
        "Saudi Arabian",
        "Saudi Arabia",
        "Niger State",
        "Guinea-Bissau",
        "Guinea-Bissauan",
        "Guinea",
        " State",
        "Indiana",
        "South American",
        "Central American",
        "American",
        "Foreign Minister",
        "foreign minister",
        "FOREIGN MINISTER",
        "Prime Minister",
        "deputy prime minister",
        "Secretary-General",
        "secretary general",
        "Gen.",
        "sen.",
        "President",
        "president-elect",
        "envoy",
        "King",
        "talks",
        "in",
        "of",
        "the",
        "said",
        "Ávila",
        "Texas",
        "Hill",
        "Žilina",
        "Île",
        "İstanbul",
        "\u0130",
        "\u212a",
        "KING",
        "\u212aing",
        "ΣΑΣ",
        "’s",
        "'s",
        "“",
        "”",
        "—",
        "-",
        "_",
        "x",
        "1",
        ",",
        ".",
        "\n",
    ]
)
SEPARATORS = st.sampled_from([" ", "", "-", "_", ", ", "\n", "é", "1"])
TEXTS = st.one_of(
    st.lists(st.tuples(WORDS, SEPARATORS), max_size=30).map(
        lambda pairs: "".join(word + sep for word, sep in pairs)
    ),
    st.text(max_size=80),
)


@given(TEXTS)
@example("SyriaSyriaEU_WashingtonSyria-Syria ")  # a capitalised run longer than the window
@example("Syrian-Syrian ")  # a nationality second in a hyphened pair
@example("Franco Sino-Indian Franco-")
@settings(max_examples=500, deadline=None)
def test_same_mentions_as_the_plain_scan(text: str) -> None:
    """``scan`` returns the mentions of the plain scan it replaced, span for span. (Not where
    lower-casing changes the text's length: "İ".lower() is two characters, so the title
    offsets of both scans after it are off by one there, and the plain scan even reports a
    title past the text's end: a known limit of both, not of the stretches)."""
    assume(len(text.lower()) == len(text))
    assert GAZ.scan(text) == _reference_scan(GAZ, text)


@given(
    TEXTS, st.lists(st.sampled_from(["İ", ", ", "\n", "President ", "prime minister,"]), max_size=6)
)
@settings(max_examples=500, deadline=None)
def test_titles_found_first_give_the_same_mentions(text: str, inserts: list[str]) -> None:
    """``scan`` given the titles found already (walking only the stretches around them)
    returns what it finds walking the whole text."""
    text = "".join(inserts) + text + "".join(reversed(inserts))
    titles = list(GAZ.lower_automaton.iter(text.lower()))
    assert GAZ.scan(text, titles) == GAZ.scan(text)


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_ascii_lowering_finds_the_same_titles(text: str) -> None:
    """The title automaton matches the same in ``_lower_ascii(text)`` as in ``text.lower()``."""
    assert GAZ.ascii_titles
    automaton = GAZ.lower_automaton
    assert list(automaton.iter_long(_lower_ascii(text))) == list(automaton.iter_long(text.lower()))


KEYS = st.lists(st.text(alphabet="ab c", min_size=1, max_size=5), min_size=1, max_size=12)


@given(keys=KEYS, text=st.text(alphabet="ab cd", max_size=40), data=st.data())
@settings(max_examples=500)
def test_key_order_changes_no_match(keys: list[str], text: str, data: st.DataObject) -> None:
    """Adding the same keys in another order gives an automaton with the same matches."""
    shuffled = data.draw(st.permutations(sorted(set(keys))))
    first = ahocorasick.Automaton()
    for key in dict.fromkeys(keys):
        first.add_word(key, len(key))
    first.make_automaton()
    second = ahocorasick.Automaton()
    for key in shuffled:
        second.add_word(key, len(key))
    second.make_automaton()
    assert list(first.iter_long(text)) == list(second.iter_long(text))


@given(
    keys=st.lists(st.text(alphabet="Ab c-", min_size=1, max_size=5), min_size=1, max_size=12),
    text=st.text(alphabet="Ab cod-\udfff", max_size=40),
    count=st.integers(0, 6),
)
@settings(max_examples=500)
def test_skip_keys_change_no_match(keys: list[str], text: str, count: int) -> None:
    """An automaton with ``skip_keys`` walks to the same matches, its own ones aside (even
    where the text holds their dead end)."""
    plain = ahocorasick.Automaton()
    for key in dict.fromkeys(keys):
        plain.add_word(key, len(key))
    plain.make_automaton()
    skipping = ahocorasick.Automaton()
    for key in common_first([*dict.fromkeys(keys), *skip_keys(keys, count)]):
        skipping.add_word(key, len(key) if key in keys else 0)
    skipping.make_automaton()
    found = [match for match in skipping.iter_long(text) if match[1]]
    assert found == list(plain.iter_long(text))
    for low in range(len(text)):  # the gazetteer's second looks start inside the text
        found = [match for match in skipping.iter_long(text, low) if match[1]]
        assert found == list(plain.iter_long(text, low))


def test_the_name_automaton_skips_the_commonest_characters() -> None:
    """The name automaton holds skip keys, whose matches ``scan`` leaves out; the title
    automaton (lower-case words, which most characters begin) none."""
    skipped = sorted(key for key, value in GAZ.automaton.items() if not value[0])
    names = [key for key, value in GAZ.automaton.items() if value[0]]
    assert skipped == sorted(skip_keys(names, SKIP_KEYS))
    assert len(skipped) == SKIP_KEYS
    assert all(value[0] for _, value in GAZ.lower_automaton.items())
    assert GAZ.scan("Talks in Paris o\udfff and Rome.") == GAZ.scan("Talks in Paris oo and Rome.")


def test_build_keeps_every_key_and_value() -> None:
    """``_build`` adds every key once with its length and entries, in whatever order."""
    entry = Entry(MentionKind.CITY, "Aleppo", "Aleppo")
    table = {"Aleppo": [entry], "Ávila": [entry], "aleppo x": [entry, entry]}
    automaton = _build(table)
    assert sorted(automaton.items()) == sorted(
        (key, (len(key), tuple(entries))) for key, entries in table.items()
    )


def test_word_characters_are_alphanumerics_and_underscore() -> None:
    """Over all of Unicode, ``\\w`` matches exactly what ``isalnum()`` or ``"_"`` accepts."""
    every_char = "".join(map(chr, range(sys.maxunicode + 1)))
    by_regex = set(re.findall(r"\w", every_char))
    by_method = {char for char in every_char if char.isalnum() or char == "_"}
    assert by_regex == by_method


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian Foreign Minister Sergei Lavrov", ["Russian", "Foreign Minister"]),
        ("U.S.-led talks in Lausanne", ["U.S.", "Lausanne"]),
        ("Vladimir Putin met Syrians", ["Syrians"]),
        ("the FOREIGN MINISTER of Syria", ["FOREIGN MINISTER", "Syria"]),
        ("Syriana", []),
        # "The D" (a name of Detroit) is no whole word here, and hid the country once
        ("The Dominican Republic closed its border", ["Dominican Republic"]),
        ("The Dubai carrier", ["Dubai"]),
        # "Saudi Arabia" is no whole word in "Saudi Arabian", and hid "Saudi" at its start
        ("Saudi Arabian forces entered Yemen", ["Saudi Arabian", "Yemen"]),
        ("Indianapolis", ["Indianapolis"]),
        ("Guinea-Bissauan troops", ["Guinea-Bissauan"]),
        ("the Guinea-Bissaus", []),  # no shorter key ending at the hyphen ("Guinea")
        # a federal state named like another country is its own country's
        ("Mokwa town in Niger State", ["Mokwa", "Niger State"]),
        ("Niger's junta and the State Department", ["Niger", "State Department"]),
        ("Saudi Arabian forces", ["Saudi Arabian"]),
        # a US state is a place, before a capitalised word too, unless it is a first name
        ("floods in the Texas Hill Country", ["Texas"]),
        ("Virginia Woolf wrote in Florida", ["Florida"]),
        # a town's alternate name that is far more often an organisation ("Hamas": Hamm)
        ("a Hamas command centre in Gaza", ["Gaza"]),
        # a region's adjective is the region's, not "American" (the United States)
        (
            "the South American nation and Central American migrants",
            ["South American", "Central American"],
        ),
    ],
)
def test_examples(text: str, expected: list[str]) -> None:
    """Whole words only, titles in any case, a city that is a first name is not a city."""
    assert [m.text for m in GAZ.scan(text)] == expected


# The scan as it was before it was made faster: the reference its mentions must match.
_REFERENCE_WORD_CHAR = re.compile(r"\w")
_REFERENCE_NAME_CONTINUES = re.compile(
    r" (?:[A-Z][a-z]|al-|bin |(?:de|del|de la|do|da|dos|das) [A-Z][a-z])"
)


def _reference_starts_word(text: str, start: int, entries: tuple[Entry, ...]) -> bool:
    if start > 0 and _REFERENCE_WORD_CHAR.match(text[start - 1]):
        return False
    # not after a hyphen, but a country second in a pair of capitalised words: "Ghana-Nigeria",
    # or a nationality second in a pair of nationalities: "French-Malagasy", "Sino-Indian"
    return not (
        start > 0
        and text[start - 1] == "-"
        and not (
            entries
            and entries[0].kind is MentionKind.COUNTRY
            and re.search(r"(?<![\w.])[A-Z][\w.]*-$", text[max(0, start - 24) : start])
        )
        and not (
            entries
            and entries[0].kind is MentionKind.ADJECTIVE
            and (first := re.search(r"(?<![\w.-])([A-Z][a-z]+)-$", text[:start])) is not None
            and start - first.start() <= 24
            and any(
                e.kind is MentionKind.ADJECTIVE
                for e in GAZ.automaton.get(first.group(1), (0, ()))[1]
            )
        )
    )


def _reference_is_word_boundary(
    text: str, start: int, end: int, entries: tuple[Entry, ...] = ()
) -> bool:
    if not _reference_starts_word(text, start, entries):
        return False
    return not (end < len(text) and _REFERENCE_WORD_CHAR.match(text[end]))


def _reference_pass(
    automaton: ahocorasick.Automaton, haystack: str, text: str, low: int, limit: int
) -> list[tuple[int, int, tuple[Entry, ...]]]:
    """Leftmost-longest whole-word matches from ``low`` that start before ``limit``; inside a
    match that is no whole word, the keys starting after its first character, the same way
    (walked to the end of the text, not in a window)."""
    raw: list[tuple[int, int, tuple[Entry, ...]]] = []
    if not haystack:
        return raw
    for end_index, (length, entries) in automaton.iter_long(haystack, low):
        start = end_index - length + 1
        if start >= limit:
            break
        if _reference_is_word_boundary(text, start, end_index + 1, entries):
            raw.append((start, end_index + 1, entries))
        else:
            raw.extend(_reference_pass(automaton, haystack, text, start + 1, end_index + 1))
            raw.extend(_reference_shorter(automaton, haystack, text, start, end_index + 1, entries))
    return raw


def _reference_shorter(
    automaton: ahocorasick.Automaton,
    haystack: str,
    text: str,
    start: int,
    end: int,
    rejected: tuple[Entry, ...],
) -> list[tuple[int, int, tuple[Entry, ...]]]:
    """The longest whole-word key that starts where a rejected match starts and is shorter:
    every key found in the span, not a leftmost-longest walk."""
    if not _reference_starts_word(text, start, rejected):
        return []  # the match's start is inside a word: so is any shorter key's
    shorter = [
        (start, key_end + 1, entries)
        for key_end, (length, entries) in automaton.iter(haystack, start, end - 1)
        if key_end + 1 - length == start
        and _reference_is_word_boundary(text, start, key_end + 1, entries)
        and text[key_end + 1 : key_end + 2] != "-"  # "Guinea" in "Guinea-Bissauan": no word
    ]
    return [max(shorter, key=lambda item: item[1])] if shorter else []


def _reference_scan(gaz: Gazetteer, text: str) -> list[Mention]:
    raw = _reference_pass(gaz.automaton, text, text, 0, len(text) + 1)
    raw += _reference_pass(gaz.lower_automaton, text.lower(), text, 0, len(text) + 1)
    raw.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    mentions: list[Mention] = []
    last_end = -1
    for start, end, entries in raw:
        if start < last_end:
            continue
        if (
            entries[0].kind is MentionKind.CITY
            and _REFERENCE_NAME_CONTINUES.match(text, end)
            and text[start:end] not in GAZ.state_names
        ):
            continue
        if (
            entries[0].kind is MentionKind.ADJECTIVE
            and text[start:end] in ("Franco", "Sino", "Russo")
            and not re.match(r"-[A-Z][a-z]", text[end:])
        ):
            continue  # a combining form names a state only before a hyphen and a nationality
        mentions.append(Mention(start, end, text[start:end], entries))
        last_end = end
    return mentions


def test_region_adjectives_in_the_plural_are_no_americans() -> None:
    """ "North Americans and Europeans": the region's people, not "Americans" (United States)."""
    assert [m.kind for m in GAZ.scan("North Americans and Latin Americans were evacuated.")] == [
        MentionKind.REGION,
        MentionKind.REGION,
    ]


def test_a_us_state_outranks_towns_of_its_name_abroad() -> None:
    """ "Florida" is the state (a region of the United States), not Floridablanca, Colombia;
    an article about Colombia still finds its own town when it is large enough."""
    florida = GAZ.best_city("Florida")
    assert florida is not None
    assert (florida.iso3, florida.feature) == ("USA", "region")
    assert GAZ.city_location(florida).feature == "region"
    assert GAZ.best_city("Oklahoma") is not None
    assert GAZ.best_city("Oklahoma").iso3 == "USA"  # type: ignore[union-attr]


def test_a_state_the_text_calls_one_of_the_united_states_is_no_country() -> None:
    """ "the U.S. state of Georgia" (and "Georgia" elsewhere in that text) is no mention of
    the country; near miss: a text that never says so keeps the country."""
    text = "Koreans detained in Georgia raid. The raid in the U.S. state of Georgia angered Seoul."
    assert "GEO" not in {m.code for m in GAZ.scan(text)}
    assert "GEO" in {m.code for m in GAZ.scan("Georgia and Armenia held talks in Tbilisi.")}


def test_a_river_lake_or_state_named_after_a_country_is_no_country() -> None:
    """ "the River Niger", "the Niger River", "Lake Chad": no mention of the
    country; near miss: "Niger and Chad" keeps both."""
    for text in ("on the River Niger", "on the Niger River", "near Lake Chad"):
        assert not [m for m in GAZ.scan(text) if m.code in ("NER", "TCD")], text
    assert {m.code for m in GAZ.scan("Niger and Chad signed a deal.")} >= {"NER", "TCD"}


def test_a_street_named_after_a_country_is_no_country() -> None:
    """ "a bar on Calle Honduras", "Avenida Brasil", "Brazil Road": streets; near miss:
    "Honduras and Mexico" keeps the country."""
    for text in ("met at a bar on Calle Honduras", "a shop on Avenida Brasil", "on Brazil Road"):
        assert not [m for m in GAZ.scan(text) if m.code in ("HND", "BRA")], text
    assert "HND" in {m.code for m in GAZ.scan("Honduras and Mexico signed a deal.")}


def test_a_us_state_and_its_namesake_country_in_one_text() -> None:
    """A text that names Tbilisi keeps the country Georgia beside "the U.S. state of Georgia";
    a province named after its country ("Mexico State") stays in it."""
    text = "A plant opened in the U.S. state of Georgia. Georgia and Armenia met in Tbilisi."
    assert [m.code for m in GAZ.scan(text) if m.text == "Georgia"] == ["GEO"]
    assert "MEX" in {m.code for m in GAZ.scan("Gunmen killed eight people in Mexico State.")}


def test_a_city_named_exactly_beats_a_larger_namesake_abroad_of_another_spelling() -> None:
    """ "Puno" in a Peruvian story is Puno (Peru), not Pune (India), of which "Puno" is another
    name; with no context the larger city stays the guess."""
    puno = GAZ.best_city("Puno", frozenset({"PER"}))
    assert puno is not None
    assert puno.iso3 == "PER"
    assert GAZ.best_city("Puno") is not None
