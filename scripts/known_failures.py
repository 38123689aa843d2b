"""Regenerate tests/golden/known_failures.yaml from the current extraction.

Run after changing the extractors (`.venv/bin/python scripts/known_failures.py`), then read
the diff: every new entry is a regression or a case the change did not reach, every removed
one a fix. The golden tests turn each entry into a strict xfail.
"""

from collections import Counter
from pathlib import Path

import yaml

from newsevents.evaluation import KEY_FIELDS, evaluate_article, load_expected_dir
from newsevents.parse import decode_article
from newsevents.pipeline import extract_article

root = Path(__file__).resolve().parents[1]
expected = load_expected_dir(root / "tests/golden/expected") + load_expected_dir(
    root / "tests/golden/corpus/expected"
)
articles = {}
paths = [
    *(root / "services/newsevents/samples").glob("*.jsonl"),
    *(root / "tests/golden/corpus").glob("*.jsonl"),
]
for path in sorted(paths):
    for line in path.read_bytes().splitlines():
        if line.strip():
            a = decode_article(line)
            articles[a.id] = a


def codes(text):
    return {c.strip() for c in text.strip("{}").split(",") if c.strip()}


def wrong(pairs, kind):
    out = Counter()
    for p in pairs:
        for c in p.mismatches:
            if c.field not in KEY_FIELDS[kind]:
                continue
            if c.field == "participants":
                e, g = codes(c.expected), codes(c.got)
                out[
                    "participants "
                    + " ".join(
                        [*(f"+{x}" for x in sorted(g - e)), *(f"-{x}" for x in sorted(e - g))]
                    )
                ] += 1
            else:
                out[f"{c.field} {c.got} for {c.expected}"] += 1
    return [t + (f" (x{n})" if n > 1 else "") for t, n in out.items()]


reasons = {}
for e in expected:
    ev = evaluate_article(e, extract_article(articles[e.id]).events)
    if not ev.problems(KEY_FIELDS):
        continue
    parts = []
    dip = ev.diplomatic
    if dip.missed:
        parts.append(
            "missed "
            + ", ".join(
                f"{e.diplomatic_events[m.expected_index].event_type} {e.diplomatic_events[m.expected_index].mode or '(no mode)'}"
                for m in dip.missed
            )
        )
    if dip.spurious:
        parts.append(
            "spurious "
            + ", ".join(
                s.summary.split(" ")[0]
                + (" " + s.summary[s.summary.rfind('("') + 1 : -1] if '("' in s.summary else "")
                for s in dip.spurious
            )
        )
    w = wrong(dip.matched, "diplomatic_event")
    if w:
        parts.append("wrong " + ", ".join(w))
    cas = ev.casualty
    if cas.missed and not cas.matched and not cas.spurious:
        parts.append(f"no casualty update extracted ({len(cas.missed)} expected)")
    else:
        if cas.missed:
            parts.append(
                "missed casualty " + "; ".join(m.summary.split(",")[0] for m in cas.missed)
            )
        if cas.spurious:
            parts.append(
                "spurious casualty " + "; ".join(s.summary.split(",")[0] for s in cas.spurious)
            )
        w = wrong(cas.matched, "casualty_update")
        if w:
            parts.append("casualty wrong " + ", ".join(w))
    reasons[e.id] = "; ".join(parts)

header = """\
# Golden cases that fail today: article id -> why (short, from the test's diff; run
# `pytest tests/golden -rx` or `newsevents evaluate tests/golden/expected --details` for all of it).
# Each is a strict xfail: when a case starts passing pytest reports XPASS and fails, and the
# entry has to go. Regenerate after extractor changes, and re-read the reasons.
"""
body = (
    yaml.safe_dump(reasons, sort_keys=False, width=10_000, allow_unicode=True)
    if reasons
    else "{}\n"
)
(root / "tests/golden/known_failures.yaml").write_text(header + "\n" + body, encoding="utf-8")
print(f"{len(reasons)} known failures of {len(expected)} golden articles")
