"""Golden files: the extraction stage on the sample articles against the analyst's records.

One case per ``expected/<article id>.yaml`` (its ``origin`` says where the case comes
from); the articles are the bundled samples (``services/newsevents/samples/*.jsonl``) and
the team's golden corpus (``corpus/*.jsonl`` with its ``corpus/expected/*.yaml``).
Cases listed in ``known_failures.yaml`` are strict xfails, so a fix shows up as XPASS
and its entry has to go.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from newsevents.contracts import (
    Attendance,
    CasualtyCount,
    CasualtyUpdate,
    DiplomaticEvent,
    Location,
    Participant,
    RawArticle,
)
from newsevents.evaluation import (
    KEY_FIELDS,
    ExpectedArticle,
    ExpectedCount,
    ExpectedLocation,
    ExtractedRecord,
    evaluate,
    evaluate_article,
    format_report,
    load_expected_dir,
)
from newsevents.parse import decode_article
from newsevents.pipeline import extract_article

HERE = Path(__file__).resolve().parent
EXPECTED_DIR = HERE / "expected"
KNOWN_FAILURES_FILE = HERE / "known_failures.yaml"


def _known_failures() -> dict[str, str]:
    data = yaml.safe_load(KNOWN_FAILURES_FILE.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not all(
        isinstance(key, str) and isinstance(reason, str) and reason.strip()
        for key, reason in data.items()
    ):
        raise TypeError(f"{KNOWN_FAILURES_FILE}: expected a mapping of article id to reason")
    return data


CORPUS_DIR = HERE / "corpus"
EXPECTED = load_expected_dir(EXPECTED_DIR) + (
    load_expected_dir(CORPUS_DIR / "expected") if (CORPUS_DIR / "expected").is_dir() else []
)
KNOWN_FAILURES = _known_failures()


def _case(expected: ExpectedArticle) -> object:
    reason = KNOWN_FAILURES.get(expected.id)
    # raises=AssertionError: a crash or a missing article is a real failure, not the known one
    marks = [pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)] if reason else []
    return pytest.param(expected, id=expected.id, marks=marks)


@pytest.fixture(scope="module")
def sample_articles(sample_lines: list[bytes]) -> dict[str, RawArticle]:
    """Every bundled sample article and every golden-corpus article, by id."""
    lines = list(sample_lines)
    for path in sorted(CORPUS_DIR.glob("*.jsonl")):
        lines.extend(line for line in path.read_bytes().splitlines() if line.strip())
    return {article.id: article for article in map(decode_article, lines)}


@pytest.mark.parametrize("expected", [_case(e) for e in EXPECTED])
def test_extraction_matches_the_analyst(
    expected: ExpectedArticle, sample_articles: dict[str, RawArticle]
) -> None:
    """Every expected record is found, nothing else is, and matched pairs agree on the key fields."""
    article = sample_articles.get(expected.id)
    if article is None:
        pytest.fail(f"no sample article with id {expected.id!r}")
    problems = evaluate_article(expected, extract_article(article).events).problems(KEY_FIELDS)
    assert not problems, f"{expected.id}: {len(problems)} differences\n" + "\n".join(problems)


def test_every_expected_file_has_a_sample_article(sample_articles: dict[str, RawArticle]) -> None:
    """Each golden case names an article that is among the bundled samples."""
    assert EXPECTED, f"no expected files under {EXPECTED_DIR}"
    assert sorted(e.id for e in EXPECTED if e.id not in sample_articles) == []


def test_expected_evidence_is_quoted_from_the_article(
    sample_articles: dict[str, RawArticle],
) -> None:
    """Each evidence quote of an expected record appears verbatim (up to spacing) in its article."""
    unquoted = []
    for expected in EXPECTED:
        text = " ".join(sample_articles[expected.id].text.split())
        for record in (*expected.diplomatic_events, *expected.casualty_updates):
            if record.evidence and " ".join(record.evidence.split()) not in text:
                unquoted.append(f"{expected.id}: {record.evidence!r}")
    assert unquoted == []


def test_known_failures_name_existing_cases() -> None:
    """Every entry of known_failures.yaml is the id of a golden case."""
    assert sorted(set(KNOWN_FAILURES) - {e.id for e in EXPECTED}) == []


# --- the scorer itself, over the whole directory --------------------------------------------


def _location(expected: ExpectedLocation | None) -> Location | None:
    if expected is None:
        return None
    return Location(name=expected.name or "", country_code=expected.country_code)


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _count(expected: ExpectedCount | None) -> CasualtyCount | None:
    if expected is None:
        return None
    return CasualtyCount(
        count=expected.count,
        low=expected.low,
        high=expected.high,
        approximate=expected.approximate,
        text=str(expected.count),
    )


def _as_extracted(expected: ExpectedArticle) -> list[ExtractedRecord]:
    """The analyst's records as the contract records a perfect extractor would emit."""
    records: list[ExtractedRecord] = [
        DiplomaticEvent(
            event_id=f"{expected.id}-dip-{index}",
            article_id=expected.id,
            event_type=event.event_type,
            mode=event.mode,
            status=event.status,
            date=_iso(event.date),
            location=_location(event.location),
            participants=[
                Participant(
                    name=p.name or p.country_code or "?",
                    kind=p.kind,
                    country_code=p.country_code,
                    title=p.title,
                    attendance=p.attendance or Attendance.CONFIRMED,
                )
                for p in event.participants
            ],
            confidence=1.0,
            extractor_version="analyst",
        )
        for index, event in enumerate(expected.diplomatic_events)
    ]
    records += [
        CasualtyUpdate(
            event_id=f"{expected.id}-cas-{index}",
            article_id=expected.id,
            killed=_count(update.killed),
            injured=_count(update.injured),
            scope=update.scope,
            cause=update.cause,
            location=_location(update.location),
            date=_iso(update.date),
            confidence=1.0,
            extractor_version="analyst",
        )
        # reversed: the assignment must not depend on the order records come in
        for index, update in reversed(list(enumerate(expected.casualty_updates)))
    ]
    return records


def test_expected_records_scored_against_themselves_are_perfect() -> None:
    """The analyst's own records, as contract records, score P = R = F1 = 1 with every field right."""
    result = evaluate(EXPECTED, {e.id: _as_extracted(e) for e in EXPECTED})
    assert result.unscored == ()
    assert result.type_confusions == 0
    for scores in (result.diplomatic, result.casualty):
        assert (scores.records.precision, scores.records.recall, scores.records.f1) == (1, 1, 1)
        assert scores.records.tp == scores.expected > 0
        assert [f.field for f in scores.fields if f.correct != f.n] == []
    for article in result.articles:
        assert article.problems() == []
        for part in (article.diplomatic, article.casualty):
            assert [p.expected_index for p in part.matched] == list(range(len(part.matched)))


def test_pipeline_over_the_whole_directory_is_scored_consistently(
    sample_articles: dict[str, RawArticle],
) -> None:
    """Scoring the real extraction counts every expected and extracted record exactly once."""
    extracted = {e.id: extract_article(sample_articles[e.id]).events for e in EXPECTED}
    result = evaluate(EXPECTED, extracted)
    assert result.unscored == ()
    assert len(result.articles) == len(EXPECTED)
    for scores, count_expected, kind in (
        (result.diplomatic, lambda e: len(e.diplomatic_events), DiplomaticEvent),
        (result.casualty, lambda e: len(e.casualty_updates), CasualtyUpdate),
    ):
        records = scores.records
        assert records.tp + records.fn == scores.expected == sum(map(count_expected, EXPECTED))
        n_extracted = sum(isinstance(r, kind) for rs in extracted.values() for r in rs)
        assert records.tp + records.fp == scores.extracted == n_extracted
        assert all(0.0 <= v <= 1.0 for v in (records.precision, records.recall, records.f1))
        assert all(f.n == records.tp for f in scores.fields if f.field != "persons")
    report = format_report(result, details=True)
    assert "diplomatic_event" in report
    assert all(e.id in report for e in EXPECTED)


HOLDOUT_DIRS = [
    HERE / "holdout",
    HERE / "holdout2",
    HERE / "holdout3",
    HERE / "holdout4",
    HERE / "holdout5",
    HERE / "holdout6",
    HERE / "holdout7",
    HERE / "holdout8",
    HERE / "holdout9",
    HERE / "holdout10",
    HERE / "holdout11",
    HERE / "holdout12",
    HERE / "holdout13",
    HERE / "holdout14",
    HERE / "holdout15",
    HERE / "holdout16",
    HERE / "holdout17",
    HERE / "holdout18",
    HERE / "holdout19",
    HERE / "holdout20",
    HERE / "holdout21",
    HERE / "holdout22",
    HERE / "holdout23",
    HERE / "holdout24",
    HERE / "holdout25",
    HERE / "holdout26",
    HERE / "holdout27",
    HERE / "holdout28",
    HERE / "holdout29",
    HERE / "holdout30",
    HERE / "holdout31",
    HERE / "holdout32",
    HERE / "holdout33",
    HERE / "holdout34",
    HERE / "holdout35",
    HERE / "holdout36",
    HERE / "holdout37",
    HERE / "holdout38",
    HERE / "holdout39",
    HERE / "holdout40",
    HERE / "holdout41",
    HERE / "holdout42",
    HERE / "holdout43",
    HERE / "holdout44",
    HERE / "holdout45",
    HERE / "holdout46",
    HERE / "holdout47",
    HERE / "holdout48",
    HERE / "holdout49",
    HERE / "holdout50",
    HERE / "holdout51",
    HERE / "holdout52",
    HERE / "holdout53",
    HERE / "holdout54",
    HERE / "holdout55",
    HERE / "holdout56",
    HERE / "holdout57",
    HERE / "holdout58",
    HERE / "holdout59",
    HERE / "holdout60",
    HERE / "holdout61",
    HERE / "holdout62",
    HERE / "holdout63",
    HERE / "holdout64",
    HERE / "holdout65",
    HERE / "holdout66",
    HERE / "holdout67",
    HERE / "holdout68",
    HERE / "holdout69",
    HERE / "holdout70",
    HERE / "holdout71",
    HERE / "holdout72",
]


@pytest.mark.parametrize("holdout_dir", HOLDOUT_DIRS, ids=lambda path: path.name)
def test_the_held_out_set_is_well_formed(holdout_dir: Path) -> None:
    """Each blind held-out set (scored by `evaluate`, never tuned on, not a pass/fail case): every
    expected file names one of its articles, every article has one, every evidence is quoted."""
    held_out = load_expected_dir(holdout_dir / "expected")
    articles = {
        article.id: article
        for path in sorted(holdout_dir.glob("*.jsonl"))
        for article in map(decode_article, filter(bytes.strip, path.read_bytes().splitlines()))
    }
    assert len(held_out) >= 20
    assert sorted(e.id for e in held_out) == sorted(articles)
    unquoted = [
        f"{expected.id}: {record.evidence!r}"
        for expected in held_out
        for record in (*expected.diplomatic_events, *expected.casualty_updates)
        if record.evidence
        and " ".join(record.evidence.split()) not in " ".join(articles[expected.id].text.split())
    ]
    assert unquoted == []
