"""Exact-output oracle for the extraction core: every record, as canonical JSON lines.

Runs the pure core (analyse → diplomatic, casualty → per-article alerts, with a fixed
``now``) over the golden corpus, the bundled samples and the bench's generated corpus
(fixed seeds), and writes one line per article: its id, a summary of the analysis
(sentences, people, dateline, countries) and every record, keys sorted. A change meant to
be output-neutral (a speed-up) must leave the file byte-identical:

    .venv/bin/python scripts/extraction_snapshot.py -o /tmp/extract-baseline.jsonl
    .venv/bin/python scripts/extraction_snapshot.py --check /tmp/extract-baseline.jsonl
"""

from __future__ import annotations

import argparse
import difflib
import random
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import orjson

from newsevents.alerts.rules import evaluate_alerts, load_rules
from newsevents.bench import generate_corpus
from newsevents.contracts import RawArticle
from newsevents.extract.document import analyse
from newsevents.parse import decode_article
from newsevents.pipeline import extract_article
from newsevents.settings import PACKAGE_DIR, Settings

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2024, 3, 15, 12, 0, tzinfo=UTC)
# (count, size, seed) of generated corpora: the bench's own, and a second with other sizes
GENERATED = ((300, 4096, 7), (150, 1500, 11), (50, 12000, 23))
# Letters that case-insensitive matching and str.lower treat differently ("ſ" is an "s" to
# the regex engine, "İ" lowers to two characters, the Kelvin sign to "k"), and capitals, put
# into generated articles so that the paths for such texts are compared too.
ODD_LETTERS = (("s", "ſ"), ("i", "ı"), ("I", "İ"), ("k", "\u212a"))


def odd_letters(count: int, seed: int) -> Iterator[RawArticle]:
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    for article in generate_corpus(count, 3000, seed):
        chars = list(article.body)
        for index, char in enumerate(chars):
            draw = rng.random()
            for plain, odd in ODD_LETTERS:
                if char == plain and draw < 0.03:
                    chars[index] = odd
                    break
            else:
                if draw < 0.02:
                    chars[index] = char.upper()
        yield article.model_copy(update={"id": "odd-" + article.id, "body": "".join(chars)})


def articles() -> Iterator[RawArticle]:
    paths = [
        *sorted((ROOT / "tests/golden").glob("*.jsonl")),
        *sorted((ROOT / "tests/golden/corpus").glob("*.jsonl")),
        *sorted((ROOT / "tests/golden").glob("holdout*/*.jsonl")),
        *sorted((PACKAGE_DIR / "samples").glob("*.jsonl")),
    ]
    for path in paths:
        for line in path.read_bytes().splitlines():
            if line.strip():
                yield decode_article(line)
    for count, size, seed in GENERATED:
        yield from generate_corpus(count, size, seed)
    yield from odd_letters(80, 31)


def snapshot_lines() -> Iterator[bytes]:
    rules = load_rules(Settings().alert_rules_path)
    for article in articles():
        doc = analyse(article)
        analysis = {
            "sentences": [(s.start, s.end, s.paragraph) for s in doc.sentences],
            "mentions": [(m.start, m.end, m.code, str(m.kind)) for m in doc.mentions],
            "persons": sorted(
                (key, p.name, p.title, p.country_code, p.start, p.end)
                for key, p in doc.persons.items()
            ),
            "dateline": doc.dateline,
            "dateline_country": doc.dateline_country,
            "countries": sorted(doc.country_counts.items()),
        }
        extraction = extract_article(article)
        alerts = evaluate_alerts(extraction.events, rules, now=NOW)
        records = [r.model_dump(mode="json") for r in [*extraction.events, *alerts]]
        yield orjson.dumps(
            {"id": article.id, "analysis": analysis, "records": records},
            option=orjson.OPT_SORT_KEYS,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("-o", "--output", type=Path, help="write the snapshot here")
    group.add_argument("--check", type=Path, help="compare with a saved snapshot")
    args = parser.parse_args()
    lines = list(snapshot_lines())
    if args.output is not None:
        args.output.write_bytes(b"".join(line + b"\n" for line in lines))
        print(f"snapshot: {len(lines)} articles → {args.output}", file=sys.stderr)
        return 0
    saved = args.check.read_bytes().splitlines()
    if saved == lines:
        print(f"snapshot: {len(lines)} articles, identical", file=sys.stderr)
        return 0
    differing = [i for i, (a, b) in enumerate(zip(saved, lines, strict=False)) if a != b]
    print(
        f"snapshot: DIFFERENT ({len(saved)} saved, {len(lines)} now, "
        f"{len(differing)} articles differ)",
        file=sys.stderr,
    )
    for index in differing[:3]:
        old = orjson.dumps(orjson.loads(saved[index]), option=orjson.OPT_INDENT_2).decode()
        new = orjson.dumps(orjson.loads(lines[index]), option=orjson.OPT_INDENT_2).decode()
        diff = difflib.unified_diff(
            old.splitlines(), new.splitlines(), "saved", "now", n=2, lineterm=""
        )
        print(f"--- article #{index}", file=sys.stderr)
        print("\n".join(list(diff)[:60]), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
