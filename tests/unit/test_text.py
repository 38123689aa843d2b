"""Sentence splitting: exact spans, the abbreviation rules, and the same decisions as the
plain regular-expression splitter it replaced."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.extract.text import _ABBREVIATIONS, Sentence, split_sentences

# Pieces that exercise every decision: terminal punctuation, closing quotes, openers,
# capitals and digits after a break, abbreviations, initials, acronyms, line breaks.
PIECES = st.sampled_from(
    [
        "said",
        "talks",
        "Gen.",
        "Mr.",
        "U.S.",
        "U.N.",
        "a.m.",
        "John F.",
        "No.",
        "approx.",
        "etc.",
        "end.",
        "end!",
        "end?",
        "end…",
        "end...",
        'end."',
        "end.”",
        "end.)",
        "end.’",
        "(Reuters)",
        "Lavrov",
        "The",
        "“We",
        "‘He",
        "(AP",
        "[1]",
        "12",
        "2024.",
        "x",
        ".",
        "!",
        "?",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\n \n",
        "\t",
        "\u00a0",
        "\u2029",
        "É.",
        "ab.cd.",
        "ABCDEFGHIJKL.",
    ]
)
TEXTS = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.lists(PIECES, max_size=40).map(" ".join),
    st.text(max_size=200),
    st.text(alphabet=".!?…\n \"'”’)]([“‘AaZz09", max_size=60),
)


@given(TEXTS)
@settings(max_examples=500)
def test_spans_are_exact_ordered_and_stripped(text: str) -> None:
    """Every sentence is its own slice, non-empty, without edge spaces, in text order."""
    previous_end = 0
    previous_paragraph = 0
    for sentence in split_sentences(text):
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert sentence.text == text[sentence.start : sentence.end]
        assert sentence.text == sentence.text.strip()
        assert sentence.paragraph >= previous_paragraph
        previous_end = sentence.end
        previous_paragraph = sentence.paragraph


@given(TEXTS)
@settings(max_examples=500)
def test_no_text_is_lost(text: str) -> None:
    """Every character outside the sentences is white space."""
    covered = [False] * len(text)
    for sentence in split_sentences(text):
        covered[sentence.start : sentence.end] = [True] * (sentence.end - sentence.start)
    assert all(covered[i] or char.isspace() for i, char in enumerate(text))


@given(TEXTS)
@settings(max_examples=1000)
def test_same_sentences_as_the_plain_splitter(text: str) -> None:
    """The faster splitter makes the decisions of the plain one it replaced, offset for offset."""
    assert split_sentences(text) == _reference_split(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met Gen. Smith. Then he left.", ["He met Gen. Smith.", "Then he left."]),
        ("The U.S. Army said yes. Others agreed.", ["The U.S. Army said yes.", "Others agreed."]),
        ("John F. Kennedy spoke. It rained.", ["John F. Kennedy spoke.", "It rained."]),
        ('"We will go." He said.', ['"We will go."', "He said."]),
        ("It ended... Then 12 more came.", ["It ended...", "Then 12 more came."]),
        ("Title line\nBody starts here.", ["Title line", "Body starts here."]),
        ("Ends in the U.S.\n\nNext paragraph.", ["Ends in the U.S.", "Next paragraph."]),
        ("lower case. after a period", ["lower case. after a period"]),
    ],
)
def test_examples(text: str, expected: list[str]) -> None:
    """Abbreviations, initials and acronyms hold a sentence together; line breaks end it."""
    assert [s.text for s in split_sentences(text)] == expected


def test_paragraphs_count_line_breaks() -> None:
    """A blank line or a single line break both start a new paragraph; one per break."""
    sentences = split_sentences("Title\nOne. Two.\n\n\nThree.")
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Title", 0),
        ("One.", 1),
        ("Two.", 1),
        ("Three.", 2),
    ]


# The splitter as it was before it was made faster: the reference its decisions must match.
_REFERENCE_BOUNDARY = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|\n\s*\n|\n""")
_REFERENCE_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def _reference_is_abbreviation(text: str, dot_end: int) -> bool:
    match = _REFERENCE_LAST_WORD.search(text, max(0, dot_end - 12), dot_end)
    if match is None:
        return False
    word = match.group(1).lower()
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 or (len(word) <= 6 and "." in word)


def _reference_split(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    for match in _REFERENCE_BOUNDARY.finditer(text):
        token = match.group(0)
        if token[0] == "\n":
            end = match.start()
            new_paragraph = True
        else:
            end = match.end()
            new_paragraph = False
            if token[0] == "." and _reference_is_abbreviation(text, match.start() + 1):
                continue
        _reference_append(sentences, text, start, end, paragraph)
        if new_paragraph:
            paragraph += 1
        start = match.end()
    _reference_append(sentences, text, start, len(text), paragraph)
    return sentences


def _reference_append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], paragraph))
