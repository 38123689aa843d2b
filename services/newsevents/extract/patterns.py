"""Phrase matchers compiled from the lexicon files: whole words, case-insensitive.

Helpers shared by the extractors so each cue list is compiled once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick


def phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``phrases`` as whole words (longest first)."""
    alternation = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w])", re.IGNORECASE)


def phrase_automaton(table: dict[str, object]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over lower-case phrases; values are (length, payload)."""
    automaton = ahocorasick.Automaton()
    for phrase, payload in table.items():
        automaton.add_word(phrase, (len(phrase), payload))
    automaton.make_automaton()
    return automaton


def longest_matches(
    automaton: ahocorasick.Automaton, lower_text: str
) -> list[tuple[int, int, object]]:
    """Leftmost-longest, non-overlapping, whole-word matches of ``automaton`` in the text."""
    # Word boundaries are checked before choosing the longest match: leftmost-longest in C
    # would let "suicide bombing" (inside "suicide bombings") hide "bombings".
    found: list[tuple[int, int, object]] = []
    n = len(lower_text)
    for end_index, (length, payload) in automaton.iter(lower_text):
        start = end_index - length + 1
        end = end_index + 1
        if start > 0 and (lower_text[start - 1].isalnum() or lower_text[start - 1] == "-"):
            continue
        if end < n and lower_text[end].isalnum():
            continue
        found.append((start, end, payload))
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    out: list[tuple[int, int, object]] = []
    last_end = -1
    for start, end, payload in found:
        if start >= last_end:
            out.append((start, end, payload))
            last_end = end
    return out


# Characters an IGNORECASE pattern takes for an ASCII letter that ``str.lower`` does not turn
# into that letter: "İ" (lowered to "i" and a combining dot), the dotless "ı" and the long
# "ſ" (which the regex engine counts as "i" and "s"). In a text holding one of them a guard
# cannot be trusted, and the pattern always runs.
_UNFOLDABLE = ("\u0130", "\u0131", "\u017f")


def foldable(text: str) -> bool:
    """Whether guards may be consulted on (parts of) ``text``."""
    return not any(ch in text for ch in _UNFOLDABLE)


def fold(text: str) -> str:
    """Lower case, every run of white space one space: the text a guard looks in."""
    return " ".join(text.lower().split())


class Guard:
    """Literal pieces, one of which every match of a pattern contains once folded.

    When a folded text holds none of them, the pattern cannot match it and need not run:
    an automaton pass over a clause costs a fraction of an alternation of words tried at
    every position.
    """

    __slots__ = ("_automaton",)

    def __init__(self, pieces: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for piece in pieces:
            folded = fold(piece)
            if not folded:
                raise ValueError("a guard piece must hold a character other than a space")
            self._automaton.add_word(folded, folded)
        self._automaton.make_automaton()

    def admits(self, folded: str) -> bool:
        """Whether ``folded`` (see ``fold``) holds a piece, so that the pattern may match."""
        for _ in self._automaton.iter(folded):
            return True
        return False


def phrase_guard(phrases: Iterable[str]) -> Guard:
    """The guard of ``phrase_regex(phrases)``: a match is one of the phrases, folded."""
    return Guard(phrases)


def caseless(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, for the same text lower-cased with ``str.lower``.

    Where ``foldable`` allows the text, the plain pattern matches the lowered text exactly
    where the flagged one matches the text (lowering keeps every offset, and what ``\\w``,
    ``\\s`` and ``\\b`` see), two to four times faster: the regex engine tests a plain
    literal before entering a branch of an alternation. The pattern must name no upper-case
    letter, which lowered text never holds.
    """
    if not pattern.flags & re.IGNORECASE:
        raise ValueError(f"not a case-insensitive pattern: {pattern.pattern!r}")
    letters = re.sub(r"\\.", "", pattern.pattern)  # escapes such as \b, \s, \W are not letters
    if letters != letters.lower():
        raise ValueError(f"an upper-case letter in {pattern.pattern!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
