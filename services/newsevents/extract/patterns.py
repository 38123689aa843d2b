"""Phrase matchers compiled from the lexicon files: whole words, case-insensitive.

Helpers shared by the extractors so each cue list is compiled once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import ahocorasick

from newsevents.normalize.gazetteer import common_first, skip_keys


def word_start_alternation(words: Iterable[str], not_before: str = r"\w") -> str:
    """``(?<!not_before)(?:w1|w2|...)``, written so that the regex engine can skip ahead to
    the possible first letters: each alternative checks what precedes it after its first
    letter (``c(?<!x.)`` is ``(?<!x)c``), where a leading look-behind would make the engine
    try every position. Alternatives keep their order, so the same one wins; spaces inside a
    phrase match any run of white space."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]).replace(r"\ ", r"\s+"))
    return (
        "(?:"
        + "|".join(
            rf"{re.escape(first)}(?<!{not_before}.)(?:{'|'.join(rests)})"
            for first, rests in groups.items()
        )
        + ")"
    )


def phrase_regex(phrases: Iterable[str], unless: Iterable[str] = ()) -> re.Pattern[str]:
    """One regex matching any of ``phrases`` as whole words (longest first), except where one
    of the phrases ``unless`` starts at the same place ("to be held accountable")."""
    alternation = _alternation(phrases)
    exceptions = _alternation(unless)
    guard = rf"(?!(?:{exceptions})(?![\w]))" if exceptions else ""
    return re.compile(rf"(?<![\w-]){guard}(?:{alternation})(?![\w])", re.IGNORECASE)


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True)
    )


def phrase_automaton(table: dict[str, object]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over lower-case phrases; values are (length, payload)."""
    automaton = ahocorasick.Automaton()
    for phrase in common_first(table):
        automaton.add_word(phrase, (len(phrase), table[phrase]))
    automaton.make_automaton()
    return automaton


class SharedPass:
    """Several automata run over the same text in one pass.

    ``matches`` gives, for one member, exactly what its own ``iter`` over the text yields:
    an Aho-Corasick pass reports every key that ends at each position, the longest first,
    whatever other keys the automaton holds. Walking an article costs about the same for a
    small automaton as for a larger one, so one walk serves every member (the diplomatic
    triggers, the casualty words and the date keywords all read the lowered article).

    Members join when their lexicon is compiled; the merged automaton is rebuilt on the
    next pass after one joins (a few times per process). Passes are memoised in a
    per-article ``memo`` under the merged automaton they came from (the object, which the
    memo keeps alive, so that no later automaton can take its id).
    """

    __slots__ = ("_members", "_merged")

    def __init__(self) -> None:
        self._members: dict[int, ahocorasick.Automaton] = {}  # id → member, in joining order
        self._merged: tuple[ahocorasick.Automaton, dict[int, int]] | None = None

    def join(self, automaton: ahocorasick.Automaton) -> ahocorasick.Automaton:
        """Add ``automaton`` to the pass (its keys and values are copied now) and return it."""
        if id(automaton) not in self._members:
            self._members[id(automaton)] = automaton
            self._merged = None
        return automaton

    def _merge(self) -> tuple[ahocorasick.Automaton, dict[int, int]]:
        merged = self._merged
        if merged is None:
            owners: dict[str, list[tuple[int, object]]] = {}
            slots: dict[int, int] = {}
            for slot, (key, member) in enumerate(self._members.items()):
                slots[key] = slot
                for word, value in member.items():
                    owners.setdefault(word, []).append((slot, value))
            automaton = ahocorasick.Automaton()
            # (a skip key for the commonest character no key begins with, the space: it
            # matches no text, and its value gives no member a match)
            for word in common_first([*owners, *skip_keys(owners, 1)]):
                automaton.add_word(word, tuple(owners.get(word, ())))
            automaton.make_automaton()
            merged = self._merged = (automaton, slots)
        return merged

    def matches(
        self, automaton: ahocorasick.Automaton, text: str, memo: dict[tuple[object, ...], Any]
    ) -> list[tuple[int, Any]]:
        """``list(automaton.iter(text))``, from the pass shared with the other members."""
        merged, slots = self._merge()
        slot = slots.get(id(automaton))
        if slot is None:
            return list(automaton.iter(text))  # not a member: its own pass
        # keyed by the merged automaton itself, not its id: a member joining later rebuilds
        # it, and a new automaton may take the freed one's id while this memo still holds the
        # old pass (one slot short)
        key = ("shared pass", merged, text)
        found: list[list[tuple[int, Any]]] | None = memo.get(key)
        if found is None:
            found = [[] for _ in slots]
            for end_index, values in merged.iter(text):
                for member_slot, value in values:
                    found[member_slot].append((end_index, value))
            memo[key] = found
        return found[slot]


LOWER_TEXT_PASS = SharedPass()
"""The automata run over an article's lowered text (``lowered``: same offsets as the text)."""


def longest_matches(
    automaton: ahocorasick.Automaton,
    lower_text: str,
    memo: dict[tuple[object, ...], Any] | None = None,
) -> list[tuple[int, int, object]]:
    """Leftmost-longest, non-overlapping, whole-word matches of ``automaton`` in the text.

    With a ``memo``, the automaton's matches come from ``LOWER_TEXT_PASS`` (when it is a
    member).
    """
    # Word boundaries are checked before choosing the longest match: leftmost-longest in C
    # would let "suicide bombing" (inside "suicide bombings") hide "bombings".
    found: list[tuple[int, int, object]] = []
    n = len(lower_text)
    raw = (
        automaton.iter(lower_text)
        if memo is None
        else LOWER_TEXT_PASS.matches(automaton, lower_text, memo)
    )
    for end_index, (length, payload) in raw:
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


def may_hold(lower: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` occurs in ``lower[start:end]``: a literal test before a
    pattern that needs one of them."""
    for word in words:  # noqa: SIM110 - a loop costs less than a generator here
        if lower.find(word, start, end) >= 0:
            return True
    return False


def foldable(text: str) -> bool:
    """Whether guards may be consulted on (parts of) ``text``."""
    return not any(ch in text for ch in _UNFOLDABLE)


def fold(text: str) -> str:
    """Lower case, every run of white space one space: the text a guard looks in."""
    lower = text.lower()
    # A printable text holds no white space but the plain space (tabs, line breaks and the
    # other spaces are not printable): with no two together and none at an end, splitting
    # and joining would give it back unchanged.
    if lower.isprintable() and "  " not in lower and lower[:1] != " " and lower[-1:] != " ":
        return lower
    return " ".join(lower.split())


class Guard:
    """Literal pieces, one of which every match of a pattern contains once folded.

    When a folded text holds none of them, the pattern cannot match it and need not run:
    an automaton pass over a clause costs a fraction of an alternation of words tried at
    every position.
    """

    __slots__ = ("_automaton", "pieces")

    def __init__(self, pieces: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        folded_pieces: list[str] = []
        for piece in pieces:
            folded = fold(piece)
            if not folded:
                raise ValueError("a guard piece must hold a character other than a space")
            folded_pieces.append(folded)
        for folded in common_first(folded_pieces):
            self._automaton.add_word(folded, folded)
        self._automaton.make_automaton()
        self.pieces = tuple(folded_pieces)

    def admits(self, folded: str) -> bool:
        """Whether ``folded`` (see ``fold``) holds a piece, so that the pattern may match."""
        for _ in self._automaton.iter(folded):
            return True
        return False


class GuardSet:
    """Several guards consulted on one folded text in a single automaton pass.

    ``admitted(folded)`` is the set of the guards that ``Guard.admits`` would let through:
    one pass over a clause instead of one per guard (most guards find nothing and walk
    the whole clause).
    """

    __slots__ = ("_automaton", "members")

    def __init__(self, guards: Iterable[Guard]) -> None:
        ordered = tuple(dict.fromkeys(guards))
        self.members = frozenset(ordered)
        owners: dict[str, list[Guard]] = {}
        for guard in ordered:
            for piece in guard.pieces:
                owners.setdefault(piece, []).append(guard)
        self._automaton = ahocorasick.Automaton()
        for piece in common_first(owners):
            self._automaton.add_word(piece, tuple(owners[piece]))
        self._automaton.make_automaton()

    def admitted(self, folded: str) -> set[Guard]:
        """The member guards that admit ``folded`` (see ``fold``)."""
        found: set[Guard] = set()
        for _, guards in self._automaton.iter(folded):
            found.update(guards)
        return found


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


# A lower-case word right after a name: the name is the attribute of a common noun ("a Kabul
# mosque", "a Geneva hotel"), not part of a longer name ("a Washington Post report").
COMMON_NOUN_AFTER = re.compile(r"\s+[a-z]")
