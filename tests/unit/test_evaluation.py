"""Evaluation: loading expected files, matching records one to one, and the scores."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from newsevents.cli import main
from newsevents.contracts import (
    CasualtyCount,
    CasualtyUpdate,
    DiplomaticEvent,
    EventStatus,
    EventType,
    Location,
    Participant,
    ParticipantKind,
    Scope,
)
from newsevents.evaluation import (
    KEY_FIELDS,
    MIN_MATCH_SCORE,
    ExpectedArticle,
    ExpectedCount,
    ExpectedFileError,
    best_assignment,
    evaluate,
    evaluate_article,
    format_report,
    load_expected_dir,
    result_json,
)

ARTICLE = "a1"


def _talks(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "event_type": "CONSULT",
        "mode": "talks",
        "status": "scheduled",
        "date": "2024-02-27",
        "location": {"name": "Doha", "country_code": "QAT"},
        "participants": [
            {"kind": "state", "country_code": "QAT"},
            {"kind": "state", "country_code": "EGY"},
            {"kind": "person", "name": "Sameh Shoukry", "country_code": "EGY"},
        ],
    }
    return record | changes


def _toll(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "killed": {"count": 12, "low": 12, "high": None, "approximate": False},
        "injured": None,
        "scope": "incremental",
        "cause": "bombing",
        "location": {"name": "Quetta", "country_code": "PAK"},
        "date": "2023-10-10",
    }
    return record | changes


def _expected(
    diplomatic: list[dict[str, Any]],
    casualty: list[dict[str, Any]] | None = None,
    article_id: str = ARTICLE,
) -> ExpectedArticle:
    return ExpectedArticle.model_validate(
        {
            "id": article_id,
            "origin": "unit test",
            "diplomatic_events": diplomatic,
            "casualty_updates": casualty or [],
        }
    )


def _dip(event_id: str = "x1", **changes: Any) -> DiplomaticEvent:
    record: dict[str, Any] = {
        "event_id": event_id,
        "article_id": ARTICLE,
        "event_type": EventType.CONSULT,
        "mode": "talks",
        "status": EventStatus.SCHEDULED,
        "date": "2024-02-27",
        "location": Location(name="Doha", country_code="QAT"),
        "participants": [
            Participant(name="Qatar", kind=ParticipantKind.STATE, country_code="QAT"),
            Participant(name="Sameh Shoukry", kind=ParticipantKind.PERSON, country_code="EGY"),
        ],
        "confidence": 0.9,
        "extractor_version": "test",
    }
    return DiplomaticEvent(**(record | changes))


def _cas(event_id: str = "c1", **changes: Any) -> CasualtyUpdate:
    record: dict[str, Any] = {
        "event_id": event_id,
        "article_id": ARTICLE,
        "killed": CasualtyCount(count=12, low=12, text="At least 12"),
        "scope": Scope.INCREMENTAL,
        "cause": "bombing",
        "location": Location(name="Quetta", country_code="PAK"),
        "date": "2023-10-10",
        "confidence": 0.9,
        "extractor_version": "test",
    }
    return CasualtyUpdate(**(record | changes))


def _field(result_fields: Any, name: str) -> tuple[int, int]:
    found = next(f for f in result_fields if f.field == name)
    return found.correct, found.n


# --- matching and scores --------------------------------------------------------------------


def test_identical_records_score_perfectly() -> None:
    """An extraction equal to the analyst's records gives P = R = F1 = 1 and no problems."""
    result = evaluate([_expected([_talks()], [_toll()])], {ARTICLE: [_dip(), _cas()]})
    for scores in (result.diplomatic, result.casualty):
        assert (scores.records.precision, scores.records.recall, scores.records.f1) == (1, 1, 1)
        assert all(f.correct == f.n == 1 for f in scores.fields if f.field != "persons")
    assert result.articles[0].problems() == []


def test_missing_record_lowers_recall_only() -> None:
    """An expected record with no extracted counterpart is a false negative, listed as missed."""
    expected = _expected([_talks(), _talks(date="2024-03-05", location=None, status="proposed")])
    result = evaluate([expected], {ARTICLE: [_dip()]})
    records = result.diplomatic.records
    assert (records.tp, records.fp, records.fn) == (1, 0, 1)
    assert (records.precision, records.recall) == (1.0, 0.5)
    assert [m.expected_index for m in result.articles[0].diplomatic.missed] == [1]


def test_spurious_record_lowers_precision_only() -> None:
    """An extracted record matching nothing is a false positive, listed as spurious."""
    spurious = _dip("x2", event_type=EventType.ACCUSE, mode="accusation", status="occurred")
    result = evaluate([_expected([_talks()])], {ARTICLE: [_dip(), spurious]})
    records = result.diplomatic.records
    assert (records.tp, records.fp, records.fn) == (1, 1, 0)
    assert (records.precision, records.recall) == (0.5, 1.0)
    assert [s.event_id for s in result.articles[0].diplomatic.spurious] == ["x2"]


def test_wrong_date_lowers_date_accuracy_and_is_reported() -> None:
    """A matched pair with another date counts against date accuracy and names both dates."""
    result = evaluate([_expected([_talks()])], {ARTICLE: [_dip(date="2024-02-26")]})
    assert result.diplomatic.records.tp == 1
    assert _field(result.diplomatic.fields, "date") == (0, 1)
    assert _field(result.diplomatic.fields, "mode") == (1, 1)
    assert result.articles[0].problems(KEY_FIELDS) == [
        "diplomatic event #0 <-> x1: date expected 2024-02-27, got 2024-02-26"
    ]


def test_other_event_type_never_matches_and_is_a_type_confusion() -> None:
    """A record of another type is no match; when it fits a missed record it is a type confusion."""
    result = evaluate([_expected([_talks()])], {ARTICLE: [_dip(event_type=EventType.REQUEST)]})
    assert (result.diplomatic.records.tp, result.diplomatic.records.fp) == (0, 1)
    assert result.type_confusions == 1
    confusion = result.articles[0].type_confusions[0]
    assert (confusion.expected_type, confusion.got_type) == (EventType.CONSULT, EventType.REQUEST)


def test_dissimilar_record_of_the_same_type_is_not_a_match() -> None:
    """Same type but other participants, date, place and status scores below the minimum."""
    other = _dip(
        participants=[Participant(name="Chile", kind=ParticipantKind.STATE, country_code="CHL")],
        date="2020-01-01",
        location=Location(name="Lima", country_code="PER"),
        status=EventStatus.OCCURRED,
    )
    result = evaluate([_expected([_talks()])], {ARTICLE: [other]})
    assert (result.diplomatic.records.tp, result.diplomatic.records.fn) == (0, 1)


def test_place_in_another_country_counts_against_a_match() -> None:
    """Shared participants alone do not match talks placed in another country; full agreement does."""
    elsewhere = {"location": Location(name="Singapore", country_code="SGP")}
    weak = _dip(**elsewhere, mode="summit", status=EventStatus.OCCURRED)
    strong = _dip("x2", **elsewhere)
    assert evaluate([_expected([_talks()])], {ARTICLE: [weak]}).diplomatic.records.tp == 0
    result = evaluate([_expected([_talks()])], {ARTICLE: [strong]})
    assert result.diplomatic.records.tp == 1
    assert _field(result.diplomatic.fields, "location.country") == (0, 1)


def test_assignment_is_best_overall_not_greedy() -> None:
    """The one-to-one assignment maximises the total score where a greedy pick would lose a match."""
    assert best_assignment([[0.9, 0.8], [0.85, 0.1]]) == [(0, 1), (1, 0)]


def test_assignment_drops_pairs_below_the_minimum_and_handles_any_shape() -> None:
    """Pairs below the minimum are never matched, whatever the shape of the score matrix."""
    assert best_assignment([]) == []
    assert best_assignment([[0.2, 0.3]]) == []
    assert best_assignment([[0.2], [0.7], [0.6]]) == [(1, 0)]
    assert best_assignment([[0.1, 0.6, 0.9]]) == [(0, 2)]


def _brute_force_best_total(scores: list[list[float]]) -> float:
    rows, cols = len(scores), len(scores[0])
    best = 0.0
    for chosen in itertools.permutations(range(max(rows, cols)), min(rows, cols)):
        pairs = (
            zip(range(rows), chosen, strict=True)
            if rows <= cols
            else zip(chosen, range(cols), strict=True)
        )
        total = sum(scores[i][j] for i, j in pairs if scores[i][j] >= MIN_MATCH_SCORE)
        best = max(best, total)
    return best


@given(
    st.integers(1, 4).flatmap(
        lambda cols: st.lists(
            st.lists(st.floats(0.0, 1.0), min_size=cols, max_size=cols), min_size=1, max_size=4
        )
    )
)
def test_assignment_is_one_to_one_and_optimal(scores: list[list[float]]) -> None:
    """On any small score matrix the assignment is one to one and reaches the brute-force optimum."""
    pairs = best_assignment(scores)
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
    assert all(scores[i][j] >= MIN_MATCH_SCORE for i, j in pairs)
    total = sum(scores[i][j] for i, j in pairs)
    assert total == pytest.approx(_brute_force_best_total(scores))


def test_two_similar_records_pair_up_by_date() -> None:
    """Two talks differing only in date are each matched to the extraction with their date."""
    expected = _expected([_talks(), _talks(date="2024-02-28")])
    extracted = [_dip("late", date="2024-02-28"), _dip("early")]
    pairs = evaluate_article(expected, extracted).diplomatic.matched
    assert [(p.expected_index, p.event_id) for p in pairs] == [(0, "early"), (1, "late")]
    assert all(not p.mismatches for p in pairs)


def test_participant_codes_are_scored_micro_over_matched_pairs() -> None:
    """Country codes count as true, false and missed positives across matched pairs."""
    extracted = _dip(
        participants=[
            Participant(name="Qatar", kind=ParticipantKind.STATE, country_code="QAT"),
            Participant(name="Turkey", kind=ParticipantKind.STATE, country_code="TUR"),
            Participant(name="Sameh Shoukry", kind=ParticipantKind.PERSON, country_code="EGY"),
        ]
    )
    result = evaluate([_expected([_talks()])], {ARTICLE: [extracted]})
    codes = result.diplomatic.country_codes
    assert codes is not None
    assert (codes.tp, codes.fp, codes.fn) == (2, 1, 0)
    assert _field(result.diplomatic.fields, "participants") == (0, 1)


def test_person_names_scored_only_where_the_analyst_lists_persons() -> None:
    """Person names are compared case-insensitively, and only when persons are expected."""
    states_only = _talks(participants=[{"kind": "state", "country_code": "QAT"}])
    extracted = _dip(
        participants=[
            Participant(name="Qatar", kind=ParticipantKind.STATE, country_code="QAT"),
            Participant(name="SAMEH  shoukry", kind=ParticipantKind.PERSON, country_code="QAT"),
        ]
    )
    result = evaluate(
        [_expected([_talks()]), _expected([states_only], article_id="a2")],
        {ARTICLE: [extracted], "a2": [extracted.model_copy(update={"article_id": "a2"})]},
    )
    assert _field(result.diplomatic.fields, "persons") == (1, 1)
    persons = result.diplomatic.persons
    assert persons is not None
    assert (persons.tp, persons.fp, persons.fn) == (1, 0, 0)


def test_location_name_is_compared_case_insensitively_and_only_when_given() -> None:
    """The location is right when the country agrees and the name agrees ignoring case."""
    no_name = _talks(location={"country_code": "QAT"})
    result = evaluate(
        [_expected([_talks()]), _expected([no_name], article_id="a2")],
        {
            ARTICLE: [_dip(location=Location(name="DOHA", country_code="QAT"))],
            "a2": [_dip(article_id="a2", location=Location(name="Lusail", country_code="QAT"))],
        },
    )
    assert _field(result.diplomatic.fields, "location") == (2, 2)


def test_casualty_count_within_bounds_matches_but_the_count_is_wrong() -> None:
    """'At least 12' admits 15: the records match, and killed accuracy still counts it wrong."""
    result = evaluate(
        [_expected([], [_toll()])], {ARTICLE: [_cas(killed=CasualtyCount(count=15, text="15"))]}
    )
    assert result.casualty.records.tp == 1
    assert _field(result.casualty.fields, "killed") == (0, 1)
    assert _field(result.casualty.fields, "scope") == (1, 1)


def test_casualty_of_another_incident_is_not_a_match() -> None:
    """A cumulative toll with another count, place and date is not the expected incident."""
    other = _cas(
        killed=CasualtyCount(count=45, text="45"),
        scope=Scope.CUMULATIVE,
        cause=None,
        location=Location(name="Karachi", country_code="IND"),
        date=None,
    )
    result = evaluate([_expected([], [_toll()])], {ARTICLE: [other]})
    records = result.casualty.records
    assert (records.tp, records.fp, records.fn) == (0, 1, 1)


def test_expected_count_bounds() -> None:
    """An open lower bound admits larger counts; no bounds admit only the count."""
    at_least = ExpectedCount(count=12, low=12)
    assert at_least.admits(40)
    assert not at_least.admits(11)
    assert not ExpectedCount(count=300, approximate=True).admits(301)
    assert ExpectedCount(count=23, low=23, high=31).admits(31)


def test_article_without_input_is_unscored_not_missed() -> None:
    """An expected article absent from the extraction is listed as unscored and counts nowhere."""
    result = evaluate(
        [_expected([_talks()]), _expected([_talks()], article_id="a2")], {ARTICLE: [_dip()]}
    )
    assert result.unscored == ("a2",)
    assert result.diplomatic.records.fn == 0
    assert result.diplomatic.expected == 1


def test_report_and_json_show_the_scores_and_details() -> None:
    """The text report has both kinds and the per-article misses; the JSON has the counts."""
    result = evaluate([_expected([_talks()], [_toll()])], {ARTICLE: [_dip(date=None)]})
    report = format_report(result, details=True)
    assert "diplomatic_event" in report
    assert "casualty_update" in report
    assert "missed casualty update #0" in report
    assert "date expected 2024-02-27, got null" in report
    summary = json.loads(result_json(result))
    assert summary["casualty"]["records"] == {
        "tp": 0,
        "fp": 0,
        "fn": 1,
        "precision": 1.0,
        "recall": 0.0,
        "f1": 0.0,
    }
    assert "articles" not in summary
    assert len(json.loads(result_json(result, details=True))["articles"]) == 1


# --- loading expected files -----------------------------------------------------------------

GOOD_FILE = """\
id: {id}
origin: "unit test"
diplomatic_events:
  - event_type: CONSULT
    mode: phone_call
    status: occurred
    date: 2023-06-08          # a comment is fine
    location: null
    participants:
      - {{kind: state, country_code: USA}}
casualty_updates: []
"""


def test_loader_reads_a_valid_directory_recursively(tmp_path: Path) -> None:
    """Expected files in sub-directories load, YAML dates and comments included."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b1.yaml").write_text(GOOD_FILE.format(id="b1"), encoding="utf-8")
    [article] = load_expected_dir(tmp_path)
    assert article.diplomatic_events[0].date is not None
    assert article.diplomatic_events[0].date.isoformat() == "2023-06-08"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            GOOD_FILE.format(id="b1").replace("mode: phone_call", "mode: phone_call\n    modus: x"),
            "modus",
        ),
        (GOOD_FILE.format(id="b1").replace("    mode: phone_call\n", ""), "mode"),
        (GOOD_FILE.format(id="b1").replace("status: occurred", "status: happened"), "status"),
        (GOOD_FILE.format(id="other"), "differs from the file name"),
        ("id: [unclosed", "cannot read"),
        ("just a string", "invalid expected file"),
    ],
    ids=["unknown-key", "missing-key", "bad-enum", "id-not-file-name", "bad-yaml", "not-a-mapping"],
)
def test_loader_fails_loudly_with_the_file_name(tmp_path: Path, text: str, message: str) -> None:
    """A malformed expected file raises ExpectedFileError naming the file and the problem."""
    path = tmp_path / "b1.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExpectedFileError) as caught:
        load_expected_dir(tmp_path)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_loader_refuses_a_directory_without_expected_files(tmp_path: Path) -> None:
    """A directory with no expected file is an error, not an empty (perfect) evaluation."""
    with pytest.raises(ExpectedFileError, match="no expected files"):
        load_expected_dir(tmp_path)
    with pytest.raises(ExpectedFileError, match="not a directory"):
        load_expected_dir(tmp_path / "missing")


def test_expected_count_outside_its_own_bounds_is_invalid() -> None:
    """A best count below its low bound is a malformed expected record."""
    with pytest.raises(ValidationError, match="below low"):
        ExpectedCount(count=10, low=12)


# --- the command ----------------------------------------------------------------------------

ARTICLE_LINE = orjson.dumps(
    {
        "id": "b1",
        "title": "Leaders speak",
        "body": "The U.S. and Chinese presidents spoke by phone on Thursday.",
        "published_at": "2023-06-09T09:00:00+00:00",
    }
)


def _write_case(
    tmp_path: Path, expected_text: str | None = None, article_line: bytes = ARTICLE_LINE
) -> Path:
    (tmp_path / "b1.yaml").write_text(expected_text or GOOD_FILE.format(id="b1"), encoding="utf-8")
    (tmp_path / "articles.jsonl").write_bytes(article_line + b"\n")
    return tmp_path


def test_evaluate_command_prints_the_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`newsevents evaluate DIR` finds the JSON lines under DIR, scores, prints, exits 0."""
    assert main(["evaluate", str(_write_case(tmp_path)), "--details"]) == 0
    out = capsys.readouterr().out
    assert "articles scored: 1" in out
    assert "diplomatic_event" in out
    assert "b1" in out


def test_evaluate_command_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--json` prints the scores as one JSON document."""
    root = _write_case(tmp_path)
    assert main(["evaluate", str(root), "--articles", str(root / "articles.jsonl"), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["diplomatic"]["expected"] == 1
    assert scores["unscored"] == []


@pytest.mark.parametrize(
    ("expected_text", "article_line"),
    [
        (GOOD_FILE.format(id="b1").replace("status: occurred", "status: happened"), ARTICLE_LINE),
        (None, b'{"id": "b1", "title": "no body"}'),
        (None, b"not json"),
    ],
    ids=["bad-expected-file", "invalid-article", "not-json"],
)
def test_evaluate_command_exits_2_on_malformed_input(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    expected_text: str | None,
    article_line: bytes,
) -> None:
    """A malformed expected file or article line is reported on stderr with exit status 2."""
    assert main(["evaluate", str(_write_case(tmp_path, expected_text, article_line))]) == 2
    assert "evaluate:" in capsys.readouterr().err


def test_a_place_spelled_without_its_accents_or_with_another_apostrophe_agrees() -> None:
    """ "Asuncion" is "Asunción" and "Nuku'alofa" is "Nuku‘alofa"; another name is not."""
    for expected, got, agrees in (
        ("Asuncion", "Asunción", True),
        ("Nuku'alofa", "Nuku‘alofa", True),
        ("Ulaanbaatar", "Ulan Bator", False),
    ):
        result = evaluate(
            [_expected([_talks(location={"name": expected, "country_code": "QAT"})])],
            {ARTICLE: [_dip(location=Location(name=got, country_code="QAT"))]},
        )
        assert _field(result.diplomatic.fields, "location") == (int(agrees), 1)


def test_a_person_spelled_with_or_without_an_honorific_or_a_plain_letter_agrees() -> None:
    """ "Sheikh Tamim bin Hamad al-Thani" is "Tamim bin Hamad al-Thani", "Lars Løkke Rasmussen"
    is "Lars Lokke Rasmussen"; a two-word name keeps its first word ("General Motors" is no
    "Motors"), and another person is not the same."""
    for expected, got, agrees in (
        ("Tamim bin Hamad al-Thani", "Sheikh Tamim bin Hamad al-Thani", True),
        ("Ibrahim Traore", "Captain Ibrahim Traore", True),
        ("Lars Lokke Rasmussen", "Lars Løkke Rasmussen", True),
        ("Abdel Fattah al-Burhan", "Lieutenant General Abdel Fattah al-Burhan", True),
        ("Mohammed bin Salman", "Crown Prince Mohammed bin Salman", True),
        ("Prince Harry", "Harry", False),
        ("Motors", "General Motors", False),
        ("Tamim bin Hamad al-Thani", "Hamad bin Khalifa al-Thani", False),
    ):
        record = _talks(
            participants=[
                {"kind": "state", "country_code": "QAT"},
                {"kind": "person", "name": expected, "country_code": "QAT"},
            ]
        )
        extracted = _dip(
            participants=[
                Participant(name="Qatar", kind=ParticipantKind.STATE, country_code="QAT"),
                Participant(name=got, kind=ParticipantKind.PERSON, country_code="QAT"),
            ]
        )
        result = evaluate([_expected([record])], {ARTICLE: [extracted]})
        assert _field(result.diplomatic.fields, "persons") == (int(agrees), 1), got
