"""Bad input at scale: a seeded generator of hostile messages and a run of them through the core.

Beside the flow, not in it: ``newsevents fuzz`` and ``tests/property/test_fuzz_run.py``
drive it. Every input goes through the decoder and the whole pure core as the
worker runs it (``process_message`` → ``story_messages`` → ``process_story_message``
over story states kept between inputs), and the run checks what the stream
relies on: each input gives valid records or exactly one dead letter with a
reason from the fixed set, and no exception escapes. It measures the time of
each input and the resident memory, which the core never does.

The inputs are real articles (the bundled samples) mutated (byte flips,
truncation, splices of two articles, fields deleted or of the wrong type,
huge or binary bodies, deep nesting, invalid UTF-8), texts built to make
regular expressions backtrack (long runs of digits and commas, spaces, capitalised
words, titles, triggers, dots; 200,000 characters without a full stop; quotes,
brackets, dates, right-to-left, combining and control characters, NUL), and
random text in the manner of hypothesis. The same seed gives the same inputs.
"""

from __future__ import annotations

import base64
import json
import random
import resource
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from newsevents.alerts.rules import AlertRules
from newsevents.contracts import DeadLetter, OutputRecord
from newsevents.exceptions import DeadLetterReason
from newsevents.parse import InputLimits
from newsevents.pipeline import (
    process_message,
    process_story_message,
    story_messages,
)
from newsevents.settings import PACKAGE_DIR
from newsevents.stories import StoryConfig, StoryState

SAMPLES = (
    PACKAGE_DIR / "samples" / "demo-articles.jsonl",
    PACKAGE_DIR / "samples" / "seed-article.jsonl",
)
NOW = datetime(2024, 6, 1, 12, tzinfo=UTC)
"""The clock of a run: fixed, so a seed gives the same records on every run."""

_NEWSY = (
    "talks meeting met will hold summit in on at Lausanne London Aleppo Syria Russia U.S. Secretary"
    " of State John Kerry Foreign Minister Sergei Lavrov killed wounded dead at least seven 12"
    " 300,000 dozens more than between and Saturday yesterday last week ceasefire truce agreed"
    " collapsed sanctions expelled warned urged accused the Gulf invited not confirmed air strikes"
    " shelling bombing toll rose to since 2011 a 26-year-old President Prime Sheikh al- de"
    " (Reuters) - BEIRUT , . ; : “ ” ' ’s — – ... ! ? \n \n\n"
).split(" ")
_ODD_CHARS = (
    "\u202e\u202d\u200f\u200e\u0301\u0308\u0327\u200b\u200d\ufeff\x00\x01\x07\x0b\x0c\x1b\x7f"
    "\u2028\u2029\u00a0\u3000\ud7ff\ue000\uffff\U0001f600\U0010ffff"
    "مرحباשלום漢字ÅéßİıΣς"
)


def _repeat(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


# Texts that make a regular expression with overlapping quantifiers backtrack: each is a unit
# repeated, some inside a sentence the readers examine (a trigger, a number, a place).
ADVERSARIAL_UNITS = (
    "1,",
    "1 ",
    "1",
    " ",
    " \t\u00a0",
    "\n",
    "\n \n",
    "Abc ",
    "President ",
    "Foreign Minister ",
    "killed ",
    "killed 12 ",
    " 3 dead 4 wounded",
    " sanctions on Iran",
    " ceasefire Syria",
    " talks",
    "Talks in Doha.\n\n",
    "UN envoy Geir Pedersen urged talks. ",
    ".",
    "...",
    "!?",
    '"',
    '“(["',
    "on 12 March 2024, ",
    "Monday ",
    "1/1/",
    "1.",
    "John Smith, ",
    "al-Ab ",
    "Ab de ",
    "between 1 and ",
    "twenty-one hundred ",
    "U.S. ",
    "\u202eمرحبا ",
    "a\u0301\u0308",
    "\x01\x02\x0b",
    "\x00",
    "— ",
    "-",
)
_TRIGGER_SENTENCE = (
    "Officials said at least 12 people were killed in Aleppo, Syria on Monday after talks"
)


def adversarial_text(rng: random.Random, chars: int) -> str:
    """One pathological body of about ``chars`` characters."""
    unit = rng.choice(ADVERSARIAL_UNITS)
    run = _repeat(unit, chars)
    shape = rng.randrange(4)
    if shape == 0:
        return run
    if shape == 1:  # the run inside a sentence with triggers, so the rule readers see it
        return f"{_TRIGGER_SENTENCE}{run}x."
    if shape == 2:  # a normal lead, then the run
        return f"{_TRIGGER_SENTENCE}. {run}"
    return f"{run} {_TRIGGER_SENTENCE}."


def random_text(rng: random.Random, words: int) -> str:
    """Text in the manner of hypothesis' ``st.text()``: newsy words, odd code points, noise."""
    parts = []
    for _ in range(words):
        roll = rng.random()
        if roll < 0.6:
            parts.append(rng.choice(_NEWSY))
        elif roll < 0.8:
            parts.append("".join(rng.choice(_ODD_CHARS) for _ in range(rng.randint(1, 4))))
        else:
            parts.append("".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 10))))
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class FuzzInput:
    """One message of a run, with the name of the mutation that made it."""

    kind: str
    raw: bytes


def load_articles(paths: Sequence[Path] = SAMPLES) -> list[dict[str, Any]]:
    """The real articles the mutations start from (JSON lines)."""
    articles = []
    for path in paths:
        for line in path.read_bytes().splitlines():
            if line.strip():
                articles.append(orjson.loads(line))
    return articles


def _dumps(obj: Any) -> bytes:
    # json, not orjson: it writes what orjson refuses (lone surrogates, NaN, huge integers),
    # which a producer in another language may well send.
    return json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _nested(depth: int, rng: random.Random) -> Any:
    node: Any = rng.choice([1, "x", None, [], {}])
    for _ in range(depth):
        node = [node] if rng.random() < 0.5 else {"k": node}
    return node


_Mutation = Callable[[random.Random, dict[str, Any], dict[str, Any]], bytes]


def _flip_bytes(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    data = bytearray(_dumps(art))
    for _flip in range(rng.randint(1, 8)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def _truncate(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    data = _dumps(art)
    return data[: rng.randrange(len(data))]


def _splice(rng: random.Random, art: dict[str, Any], other: dict[str, Any]) -> bytes:
    a, b = _dumps(art), _dumps(other)
    return a[: rng.randrange(len(a))] + b[rng.randrange(len(b)) :]


def _splice_bodies(rng: random.Random, art: dict[str, Any], other: dict[str, Any]) -> bytes:
    a, b = art["body"], other["body"]
    return _dumps({**art, "body": a[: rng.randrange(len(a))] + b[rng.randrange(len(b)) :]})


def _delete_field(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    out = dict(art)
    out.pop(rng.choice(sorted(out)), None)
    return _dumps(out)


_WRONG_VALUES: tuple[Any, ...] = (
    None,
    0,
    -1,
    2**70,
    1.5,
    float("nan"),
    True,
    [],
    ["a"],
    {},
    {"body": "x"},
    "",
    " ",
    "\x00",
    "2024-13-45T99:00:00Z",
    "2024-03-14T09:30:00",
    "0001-01-01T00:00:00+23:59",
    "9999-12-31T23:59:59-23:59",
    "\ud800",
)


def _wrong_type(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    key = rng.choice(["id", "title", "body", "published_at", "url", "source", "language"])
    return _dumps({**art, key: rng.choice(_WRONG_VALUES)})


def _huge_body(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    # Around the default body limit (200,000): some are refused, most are read.
    chars = rng.choice([60_000, 120_000, 199_000, 210_000])
    body = rng.choice([adversarial_text(rng, chars), _repeat(art["body"] + " ", chars)])
    return _dumps({**art, "id": f"huge-{rng.randrange(10**6)}", "body": body})


def _binary_body(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    noise = rng.randbytes(rng.choice([16, 1_000, 30_000])).decode("latin-1")
    return _dumps({**art, "body": noise})


def _deep_nesting(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    depth = rng.choice([5, 31, 33, 200, 1_023, 1_100, 50_000])
    where = rng.randrange(3)
    if where == 0:
        return _dumps({**art, "extra": _nested(min(depth, 900), rng)})
    if where == 1:
        return b"[" * depth + b"]" * depth
    return b'{"a":' * depth + b"1" + b"}" * depth


def _invalid_utf8(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    data = bytearray(_dumps(art))
    bad = rng.choice(
        [b"\xff", b"\xc3(", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82", b"\x80"]
    )
    at = rng.randrange(len(data))
    return bytes(data[:at] + bad + data[at:])


def _adversarial(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    chars = rng.choice([500, 5_000, 20_000, 60_000])
    return _dumps(
        {**art, "id": f"adv-{rng.randrange(10**6)}", "body": adversarial_text(rng, chars)}
    )


def _random_text(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    title = random_text(rng, rng.randint(0, 12))
    body = random_text(rng, rng.randint(1, 400))
    return _dumps({**art, "id": f"rnd-{rng.randrange(10**6)}", "title": title, "body": body})


def _edit_body(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    """A real article made odd word by word: repeated, dropped or swapped words, no punctuation."""
    words = art["body"].split(" ")
    for _edit in range(rng.randint(1, 20)):
        at = rng.randrange(len(words))
        roll = rng.randrange(4)
        if roll == 0:
            words.insert(at, words[at] * rng.randint(2, 5))
        elif roll == 1:
            words.insert(at, " ".join([words[at]] * rng.randint(2, 50)))
        elif roll == 2 and len(words) > 1:
            del words[at]
        else:
            words[at] = rng.choice(_NEWSY)
    body = " ".join(words)
    if rng.random() < 0.2:
        body = body.replace(".", "")
    return _dumps({**art, "id": f"{art['id']}-e{rng.randrange(1000)}", "body": body})


def _not_an_article(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    return rng.choice(
        [b"", b" ", b"null", b"[]", b"{}", b'"article"', b"12", b"\x00", b"{" * 3, _dumps([art])]
    )


def _real(rng: random.Random, art: dict[str, Any], _: dict[str, Any]) -> bytes:
    """An article as sent, or re-sent with a new id and time: the state must take it too."""
    if rng.random() < 0.5:
        return _dumps(art)
    hour = rng.randrange(24)
    return _dumps(
        {
            **art,
            "id": f"{art['id']}-r{rng.randrange(10**4)}",
            "published_at": f"2024-05-31T{hour:02d}:00:00+00:00",
        }
    )


MUTATIONS: dict[str, tuple[float, _Mutation]] = {
    # name: (weight, mutation). Huge and adversarial bodies are rare: each costs a real
    # article's time a hundred times over, and a few hundred of them already cover every unit.
    "real": (8, _real),
    "edit_body": (14, _edit_body),
    "flip_bytes": (10, _flip_bytes),
    "truncate": (8, _truncate),
    "splice": (6, _splice),
    "splice_bodies": (8, _splice_bodies),
    "delete_field": (6, _delete_field),
    "wrong_type": (8, _wrong_type),
    "invalid_utf8": (5, _invalid_utf8),
    "deep_nesting": (4, _deep_nesting),
    "not_an_article": (3, _not_an_article),
    "binary_body": (4, _binary_body),
    "random_text": (12, _random_text),
    "adversarial": (3, _adversarial),
    "huge_body": (0.4, _huge_body),
}


def generate(
    count: int, seed: int, articles: Sequence[dict[str, Any]] | None = None
) -> Iterator[FuzzInput]:
    """``count`` inputs, the same for the same seed and articles."""
    pool = list(articles) if articles is not None else load_articles()
    rng = random.Random(seed)  # noqa: S311 - reproducible inputs, not secrets
    names = list(MUTATIONS)
    weights = [MUTATIONS[name][0] for name in names]
    for _ in range(count):
        name = rng.choices(names, weights)[0]
        art, other = rng.choice(pool), rng.choice(pool)
        yield FuzzInput(name, MUTATIONS[name][1](rng, art, other))


def rss_bytes() -> int:
    """Resident memory of this process now (Linux ``/proc``; the peak elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return pages * resource.getpagesize()


class FuzzFailureError(AssertionError):
    """An input broke a promise of the core; ``raw`` is the input, for the regression file."""

    def __init__(self, message: str, raw: bytes) -> None:
        super().__init__(message)
        self.raw = raw


@dataclass(slots=True)
class FuzzReport:
    inputs: int = 0
    dead_letters: Counter[str] = field(default_factory=Counter)
    records: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    kind_ms: dict[str, float] = field(default_factory=dict)
    truncated: int = 0
    millis: list[float] = field(default_factory=list)
    slowest: tuple[float, str, bytes] = (0.0, "", b"")
    rss_start: int = 0
    rss_warm: int = 0
    rss_end: int = 0
    failures: list[FuzzFailureError] = field(default_factory=list)

    @property
    def max_ms(self) -> float:
        return max(self.millis, default=0.0)

    @property
    def p99_ms(self) -> float:
        if not self.millis:
            return 0.0
        ordered = sorted(self.millis)
        return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]

    def summary(self) -> str:
        mib = 1024 * 1024
        lines = [
            f"inputs              {self.inputs:,}",
            "by mutation         " + ", ".join(f"{k} {v}" for k, v in sorted(self.kinds.items())),
            "dead letters        "
            + (", ".join(f"{k} {v}" for k, v in sorted(self.dead_letters.items())) or "none"),
            "records by kind     "
            + (", ".join(f"{k} {v}" for k, v in sorted(self.records.items())) or "none"),
            "CPU ms by mutation  "
            + ", ".join(
                f"{k} {v:,.0f}" for k, v in sorted(self.kind_ms.items(), key=lambda kv: -kv[1])
            ),
            f"articles truncated  {self.truncated} (sentence limits; still processed)",
            f"CPU ms per input    max {self.max_ms:.1f} ({self.slowest[1]}), p99 {self.p99_ms:.1f}",
            f"RSS                 start {self.rss_start / mib:.0f} MiB, after warm-up"
            f" {self.rss_warm / mib:.0f} MiB, end {self.rss_end / mib:.0f} MiB",
            f"failures            {len(self.failures)}",
        ]
        return "\n".join(lines)


_REASONS = frozenset(DeadLetterReason)


def _check_records(records: Sequence[OutputRecord], raw: bytes) -> None:
    for record in records:
        again = type(record).model_validate_json(record.model_dump_json())
        if again != record:
            raise FuzzFailureError(f"{record.kind} does not survive its JSON round trip", raw)


def run_one(
    raw: bytes,
    states: dict[str, StoryState],
    *,
    rules: AlertRules,
    config: StoryConfig,
    limits: InputLimits,
    now: datetime = NOW,
) -> tuple[list[OutputRecord], bool]:
    """One input through the whole core as the worker runs it; the records and whether the
    sentence limits cut it. Raises ``FuzzFailureError`` when a promise is broken."""
    result = process_message(raw, now=now, rules=rules, limits=limits)
    if result.dead_letter is not None:
        letter = result.dead_letter
        if result.records != [letter] or letter.reason not in _REASONS:
            raise FuzzFailureError(
                "a dead letter must come alone, with a reason of the fixed set", raw
            )
        if letter.reason is DeadLetterReason.PROCESSING_ERROR:
            raise FuzzFailureError(f"the article stage raised: {letter.error}", raw)
        _check_records([letter], raw)
        return [letter], False
    records: list[OutputRecord] = []
    for message in story_messages(result, now=now):
        step = process_story_message(
            states.get(message.key),
            message.to_json(),
            key=message.key.encode(),
            now=now,
            config=config,
            rules=rules,
        )
        if any(isinstance(r, DeadLetter) for r in step.records):
            error = next(r.error for r in step.records if isinstance(r, DeadLetter))
            raise FuzzFailureError(f"the story stage raised: {error}", raw)
        if step.state is not None:
            states[message.key] = step.state
        records.extend(step.records)
    _check_records(result.records, raw)
    _check_records(records, raw)
    return records, bool(result.extraction.truncation)


def run(
    inputs: Iterator[FuzzInput],
    *,
    rules: AlertRules,
    config: StoryConfig,
    limits: InputLimits,
    warm_up: int = 500,
    max_states: int = 2_000,
    stop_on_failure: bool = False,
) -> FuzzReport:
    """Every input through the core with story states kept between them; the figures.

    The states are bounded (the oldest keys dropped past ``max_states``), as a
    long-running worker's would be by story expiry, so that memory measures the
    core and not the number of stories a run happens to open.
    """
    report = FuzzReport(rss_start=rss_bytes())
    states: dict[str, StoryState] = {}
    # The lexicons, automata and rule files load on first use (seconds): not an input's time.
    first = _dumps(load_articles()[0])
    run_one(first, {}, rules=rules, config=config, limits=limits)
    for item in inputs:
        started = time.thread_time()  # CPU time: a hang guard immune to a busy machine
        try:
            records, truncated = run_one(
                item.raw, states, rules=rules, config=config, limits=limits
            )
        except FuzzFailureError as broken:
            report.failures.append(broken)
            records, truncated = [], False
            if stop_on_failure:
                raise
        except Exception as exc:  # an exception escaping the core is exactly what we look for
            escaped = FuzzFailureError(f"escaped: {type(exc).__name__}: {exc}", item.raw)
            report.failures.append(escaped)
            records, truncated = [], False
            if stop_on_failure:
                raise escaped from exc
        elapsed = (time.thread_time() - started) * 1000
        report.millis.append(elapsed)
        if elapsed > report.slowest[0]:
            report.slowest = (elapsed, item.kind, item.raw)
        report.inputs += 1
        report.kinds[item.kind] += 1
        report.kind_ms[item.kind] = report.kind_ms.get(item.kind, 0.0) + elapsed
        report.truncated += truncated
        for record in records:
            if isinstance(record, DeadLetter):
                report.dead_letters[record.reason.value] += 1
            else:
                report.records[record.kind] += 1
        while len(states) > max_states:
            del states[next(iter(states))]
        if report.inputs == warm_up:
            report.rss_warm = rss_bytes()
    report.rss_end = rss_bytes()
    if not report.rss_warm:
        report.rss_warm = report.rss_end
    return report


def regression_line(raw: bytes, problem: str) -> str:
    """A line for ``tests/property/regressions/``: the input kept exactly, whatever its bytes."""
    return json.dumps({"problem": problem, "raw_base64": base64.b64encode(raw).decode()})
