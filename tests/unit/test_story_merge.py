"""Stage 4 (stories), record by record: what merges, what publishes a version, what the tolls say."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsevents.alerts.rules import AlertRules, load_rules
from newsevents.contracts import (
    CasualtyUpdate,
    DiplomaticEvent,
    EventStatus,
    EventType,
    Location,
    OutputRecord,
    Participant,
    ParticipantKind,
    Scope,
)
from newsevents.settings import Settings
from newsevents.stories import (
    ArticleRef,
    StoryConfig,
    StoryState,
    apply,
    apply_article,
    load_story_config,
    merge_key,
)
from tests.story_records import (
    about,
    at_least,
    casualty,
    diplomatic,
    ref,
    up_to,
)

CONFIG = load_story_config(Settings().story_rules_path)
NO_RULES = AlertRules(rules=())
NOW = datetime(2026, 1, 1, tzinfo=UTC)

Book = dict[str, StoryState]


def feed(
    book: Book,
    article: ArticleRef,
    *records: DiplomaticEvent | CasualtyUpdate,
    config: StoryConfig = CONFIG,
    rules: AlertRules = NO_RULES,
) -> tuple[Book, list[OutputRecord]]:
    return apply_article(book, list(records), article, NOW, config=config, rules=rules)


def versions(records: list[OutputRecord]) -> list[DiplomaticEvent | CasualtyUpdate]:
    return [r for r in records if isinstance(r, DiplomaticEvent | CasualtyUpdate)]


def only_casualty(records: list[OutputRecord]) -> CasualtyUpdate:
    [record] = versions(records)
    assert isinstance(record, CasualtyUpdate)
    return record


def only_diplomatic(records: list[OutputRecord]) -> DiplomaticEvent:
    [record] = versions(records)
    assert isinstance(record, DiplomaticEvent)
    return record


def killed(record: CasualtyUpdate) -> tuple[int | None, int, int | None]:
    assert record.killed is not None
    return record.killed.low, record.killed.count, record.killed.high


def stories(book: Book) -> int:
    return sum(len(s.diplomatic) + len(s.casualty) for s in book.values())


# -- casualties -------------------------------------------------------------------------------


def test_conflicting_sources_in_one_article_are_one_incident_with_both_figures() -> None:
    """Two figures of one strike from two sources give one version: best 31, low 23, high 31, each source kept, one mention."""
    _, out = feed(
        {},
        ref("a1", "2024-09-13T10:00:00+00:00", "wire"),
        casualty("a1", 23, reported_by="health ministry"),
        casualty("a1", 31, reported_by="Doctors Network"),
    )
    record = only_casualty(out)
    assert killed(record) == (23, 31, 31)
    assert record.reported_by == "Doctors Network"
    assert [(f.source, f.killed.count if f.killed else None) for f in record.source_figures] == [
        ("health ministry", 23),
        ("Doctors Network", 31),
    ]
    assert (record.version, record.mentions, record.sources) == (1, 1, ["wire"])


def test_best_is_the_highest_credible_lower_bound() -> None:
    """An upper bound ("up to 30") is no lower bound: best follows "at least 12", then "about 50"; low and high span the reports."""
    book, out = feed({}, ref("a1", "2025-06-02T08:00:00+00:00"), casualty("a1", up_to(30)))
    assert killed(only_casualty(out)) == (30, 30, 30)
    book, out = feed(
        book,
        ref("a2", "2025-06-02T09:00:00+00:00"),
        casualty("a2", at_least(12), reported_by="police"),
    )
    assert killed(only_casualty(out)) == (12, 30, 30)  # never below the best already published
    book, out = feed(
        book,
        ref("a3", "2025-06-02T10:00:00+00:00"),
        casualty("a3", about(50), reported_by="hospital"),
    )
    assert killed(only_casualty(out)) == (12, 50, 50)


def test_stale_report_never_takes_the_toll_back() -> None:
    """A source's older figure, read late, changes no figure and publishes nothing; it still counts as a mention."""
    book, _ = feed(
        {}, ref("a1", "2025-06-02T08:00:00+00:00"), casualty("a1", 12, reported_by="police")
    )
    book, out = feed(
        book, ref("a2", "2025-06-02T20:00:00+00:00"), casualty("a2", 45, reported_by="police")
    )
    assert killed(only_casualty(out)) == (45, 45, 45)
    book, out = feed(
        book, ref("a3", "2025-06-02T12:00:00+00:00"), casualty("a3", 30, reported_by="police")
    )
    assert out == []
    [story] = book["cas|UKR"].casualty
    assert killed(story.record) == (45, 45, 45)
    assert story.record.mentions == 3
    assert story.record.first_seen == datetime(2025, 6, 2, 8, tzinfo=UTC)


def test_lower_figure_later_from_the_same_source_is_an_old_figure_repeated() -> None:
    """A newer report that repeats a lower figure of the same source does not lower its figure."""
    book, _ = feed(
        {}, ref("a1", "2025-06-02T08:00:00+00:00"), casualty("a1", 45, reported_by="police")
    )
    book, out = feed(
        book, ref("a2", "2025-06-02T12:00:00+00:00"), casualty("a2", 12, reported_by="Police")
    )
    assert out == []
    assert killed(book["cas|UKR"].casualty[0].record) == (45, 45, 45)


def test_running_toll_and_incident_stay_apart_and_the_toll_rises() -> None:
    """A country's running toll and an incident in one of its cities are two stories; a higher toll is a new version of the toll."""
    book, out = feed(
        {},
        ref("a1", "2025-04-12T08:00:00+00:00"),
        casualty("a1", 3, place="Kharkiv"),
        casualty(
            "a1",
            at_least(12_300),
            scope=Scope.CUMULATIVE,
            place=None,
            in_country="UKR",
            date=None,
            cause=None,
            period="since February 2022",
        ),
    )
    assert [(r.scope, r.version) for r in versions(out)] == [
        (Scope.INCREMENTAL, 1),
        (Scope.CUMULATIVE, 1),
    ]
    book, out = feed(
        book,
        ref("a2", "2025-05-12T08:00:00+00:00"),
        casualty(
            "a2",
            at_least(12_500),
            scope=Scope.CUMULATIVE,
            place=None,
            in_country="UKR",
            date=None,
            cause=None,
            period="since the invasion",
        ),
    )
    toll = only_casualty(out)
    assert (toll.scope, toll.version, toll.killed and toll.killed.count) == (
        Scope.CUMULATIVE,
        2,
        12_500,
    )
    assert toll.period == "since February 2022"


def test_incident_dated_toll_update_joins_the_incident() -> None:
    """A cumulative figure with the incident's date ("the toll rose to 45") updates the incident, not a running toll."""
    book, _ = feed({}, ref("a1", "2025-06-02T08:00:00+00:00"), casualty("a1", 12))
    book, out = feed(
        book,
        ref("a2", "2025-06-02T12:00:00+00:00"),
        casualty("a2", 45, scope=Scope.CUMULATIVE),
    )
    record = only_casualty(out)
    assert (record.scope, record.version, killed(record)) == (Scope.INCREMENTAL, 2, (12, 45, 45))


def test_country_level_report_meets_the_city_only_with_date_and_cause() -> None:
    """A report placed in the country joins an incident in one of its cities on the same date and cause, and the city refines the place."""
    book, _ = feed(
        {}, ref("a1", "2025-06-02T08:00:00+00:00"), casualty("a1", 5, place=None, in_country="UKR")
    )
    book, out = feed(book, ref("a2", "2025-06-02T09:00:00+00:00"), casualty("a2", 5, place="Odesa"))
    record = only_casualty(out)
    assert (record.version, record.location and record.location.name) == (2, "Odesa")
    book, out = feed(
        book,
        ref("a3", "2025-06-02T10:00:00+00:00"),
        casualty("a3", 7, place=None, in_country="UKR", cause="drone_strike"),
    )
    assert only_casualty(out).version == 1  # another cause: another incident
    assert stories(book) == 2


def test_same_city_on_another_day_is_another_incident() -> None:
    """Daily shelling of one city gives one incident per day, not one growing incident."""
    book, _ = feed({}, ref("a1", "2025-06-02T08:00:00+00:00"), casualty("a1", 3))
    book, out = feed(
        book, ref("a2", "2025-06-03T08:00:00+00:00"), casualty("a2", 4, date="2025-06-03")
    )
    assert only_casualty(out).version == 1
    assert stories(book) == 2


def test_injuries_alone_and_new_sources_are_versions_only_when_figures_move() -> None:
    """A new outlet with the same figure is not material; new injured figures are."""
    book, _ = feed({}, ref("a1", "2025-06-02T08:00:00+00:00", "x"), casualty("a1", 3))
    book, out = feed(book, ref("a2", "2025-06-02T09:00:00+00:00", "y"), casualty("a2", 3))
    assert out == []
    book, out = feed(
        book, ref("a3", "2025-06-02T10:00:00+00:00", "z"), casualty("a3", 3, injured=24)
    )
    record = only_casualty(out)
    assert (record.version, record.mentions, record.sources) == (2, 3, ["x", "y", "z"])
    assert record.injured is not None
    assert record.injured.count == 24


# -- diplomatic events --------------------------------------------------------------------------


def test_reports_of_one_meeting_merge_across_modes_of_one_family() -> None:
    """Talks and a meeting of the same parties at the same place and date are one event; a phone call that day is another."""
    book, _ = feed(
        {},
        ref("a1", "2025-03-03T10:00:00+00:00"),
        diplomatic("a1", "USA", "RUS", date="2025-03-03", place="Geneva"),
    )
    book, out = feed(
        book,
        ref("a2", "2025-03-03T12:00:00+00:00"),
        diplomatic("a2", "RUS", "USA", mode="meeting", date="2025-03-03", place="Geneva"),
    )
    assert out == []
    book, out = feed(
        book,
        ref("a3", "2025-03-03T13:00:00+00:00"),
        diplomatic("a3", "RUS", "USA", mode="phone_call", date="2025-03-03"),
    )
    assert only_diplomatic(out).version == 1
    assert stories(book) == 2


def test_calls_on_different_days_are_different_events() -> None:
    """Two phone calls of one pair on different dates stay two stories."""
    book, _ = feed(
        {},
        ref("a1", "2023-06-08T20:00:00+00:00"),
        diplomatic("a1", "USA", "CHN", mode="phone_call", date="2023-06-08"),
    )
    book, out = feed(
        book,
        ref("a2", "2023-06-12T20:00:00+00:00"),
        diplomatic("a2", "USA", "CHN", mode="phone_call", date="2023-06-12"),
    )
    assert only_diplomatic(out).version == 1
    assert stories(book) == 2


def test_undated_report_with_the_same_parties_joins() -> None:
    """With neither date nor place to compare, the same countries make it the same event."""
    book, _ = feed(
        {},
        ref("a1", "2023-06-08T20:00:00+00:00"),
        diplomatic("a1", "USA", "CHN", mode="phone_call", date="2023-06-08"),
    )
    book, out = feed(
        book,
        ref("a2", "2023-06-09T08:00:00+00:00"),
        diplomatic("a2", "CHN", "USA", mode="phone_call"),
    )
    assert out == []
    assert book["dip|CONSULT|CHN|USA"].diplomatic[0].record.mentions == 2


def test_a_report_s_day_is_no_date_to_compare_and_a_day_told_replaces_it() -> None:
    """An act dated only by its report (the article told no day) joins the story of the same
    parties told with another day, and the day told wins, in whichever order they come."""
    book, _ = feed(
        {},
        ref("a1", "2023-06-09T08:00:00+00:00"),
        diplomatic("a1", "USA", "CHN", mode="phone_call", date="2023-06-09", from_report=True),
    )
    book, out = feed(
        book,
        ref("a2", "2023-06-09T20:00:00+00:00"),
        diplomatic("a2", "CHN", "USA", mode="phone_call", date="2023-06-08"),
    )
    record = only_diplomatic(out)
    assert (record.version, record.date, record.date_from_report) == (2, "2023-06-08", False)
    assert stories(book) == 1
    # a later report's day neither splits the story nor moves the day told
    book, out = feed(
        book,
        ref("a3", "2023-06-10T08:00:00+00:00"),
        diplomatic("a3", "CHN", "USA", mode="phone_call", date="2023-06-10", from_report=True),
    )
    assert out == []
    assert stories(book) == 1
    assert book["dip|CONSULT|CHN|USA"].diplomatic[0].record.date == "2023-06-08"


def test_two_days_told_still_part_calls() -> None:
    """Near miss: two days told are compared as before (two calls on different days)."""
    book, _ = feed(
        {},
        ref("a1", "2023-06-09T08:00:00+00:00"),
        diplomatic("a1", "USA", "CHN", mode="phone_call", date="2023-06-09"),
    )
    book, _ = feed(
        book,
        ref("a2", "2023-06-09T20:00:00+00:00"),
        diplomatic("a2", "CHN", "USA", mode="phone_call", date="2023-06-08"),
    )
    assert stories(book) == 2


def test_rescheduled_meeting_moves_its_date() -> None:
    """The same place on a new date, before the meeting took place, is the same meeting moved: a new version."""
    book, _ = feed(
        {},
        ref("a1", "2025-03-01T10:00:00+00:00"),
        diplomatic(
            "a1", "USA", "RUS", status=EventStatus.SCHEDULED, date="2025-03-03", place="Geneva"
        ),
    )
    book, out = feed(
        book,
        ref("a2", "2025-03-02T10:00:00+00:00"),
        diplomatic(
            "a2", "USA", "RUS", status=EventStatus.SCHEDULED, date="2025-03-05", place="Geneva"
        ),
    )
    record = only_diplomatic(out)
    assert (record.version, record.date) == (2, "2025-03-05")


def test_a_meeting_announced_after_one_took_place_is_a_new_event() -> None:
    """Once talks took place, "they will meet again" without a matching date starts a new story."""
    book, _ = feed(
        {},
        ref("a1", "2025-03-03T10:00:00+00:00"),
        diplomatic("a1", "USA", "RUS", date="2025-03-03"),
    )
    book, out = feed(
        book,
        ref("a2", "2025-03-05T10:00:00+00:00"),
        diplomatic("a2", "USA", "RUS", status=EventStatus.SCHEDULED),
    )
    assert only_diplomatic(out).version == 1
    assert stories(book) == 2


def test_report_outside_the_window_starts_a_new_story() -> None:
    """Talks of the same pair in the same city three weeks later are a new event (14-day window)."""
    book, _ = feed(
        {}, ref("a1", "2025-03-03T10:00:00+00:00"), diplomatic("a1", "USA", "RUS", place="Geneva")
    )
    book, out = feed(
        book, ref("a2", "2025-03-24T10:00:00+00:00"), diplomatic("a2", "USA", "RUS", place="Geneva")
    )
    assert only_diplomatic(out).version == 1


def test_stale_status_cannot_undo_a_newer_one() -> None:
    """A late report saying "will meet" does not turn talks that took place back into scheduled ones."""
    book, _ = feed(
        {},
        ref("a1", "2025-03-01T10:00:00+00:00"),
        diplomatic(
            "a1", "USA", "RUS", status=EventStatus.SCHEDULED, date="2025-03-03", place="Geneva"
        ),
    )
    book, out = feed(
        book,
        ref("a2", "2025-03-03T18:00:00+00:00"),
        diplomatic("a2", "USA", "RUS", date="2025-03-03", place="Geneva"),
    )
    assert only_diplomatic(out).status is EventStatus.OCCURRED
    book, out = feed(
        book,
        ref("a3", "2025-03-02T10:00:00+00:00"),
        diplomatic(
            "a3", "USA", "RUS", status=EventStatus.SCHEDULED, date="2025-03-03", place="Geneva"
        ),
    )
    assert out == []
    assert book["dip|CONSULT|RUS|USA"].diplomatic[0].record.status is EventStatus.OCCURRED


def test_collapse_reported_with_its_own_date_is_the_same_ceasefire() -> None:
    """A ceasefire collapsing days later is a new version of the agreed ceasefire, whose date stays the agreement's."""
    book, _ = feed(
        {},
        ref("a1", "2025-05-05T12:00:00+00:00"),
        diplomatic(
            "a1", "ARM", "AZE", event_type=EventType.AGREE, mode="ceasefire", date="2025-05-05"
        ),
    )
    book, out = feed(
        book,
        ref("a2", "2025-05-07T12:00:00+00:00"),
        diplomatic(
            "a2",
            "ARM",
            "AZE",
            event_type=EventType.AGREE,
            mode="ceasefire",
            status=EventStatus.CANCELLED,
            date="2025-05-06",
        ),
    )
    record = only_diplomatic(out)
    assert (record.version, record.status, record.date) == (2, EventStatus.CANCELLED, "2025-05-05")


def test_new_participant_is_a_new_version_and_a_person_of_a_known_state_is_not() -> None:
    """A new country publishes a version; a named minister of a country already there is kept quietly."""
    book, _ = feed(
        {}, ref("a1", "2025-05-05T12:00:00+00:00"), diplomatic("a1", "ARM", "AZE", place="Geneva")
    )
    minister = Participant(name="Ararat Mirzoyan", kind=ParticipantKind.PERSON, country_code="ARM")
    report = diplomatic("a2", "AZE", place="Geneva").model_copy(
        update={"participants": [minister, *diplomatic("x", "AZE").participants]}
    )
    book, out = feed(book, ref("a2", "2025-05-05T13:00:00+00:00"), report)
    assert out == []
    names = [p.name for p in book["dip|CONSULT|ARM|AZE"].diplomatic[0].record.participants]
    assert names == ["AZE", "Ararat Mirzoyan"]  # the state drops out once its minister is named
    book, out = feed(
        book,
        ref("a3", "2025-05-05T14:00:00+00:00"),
        diplomatic("a3", "ARM", "AZE", "RUS", place="Geneva"),
    )
    record = only_diplomatic(out)
    assert record.version == 2
    assert [p.country_code for p in record.participants] == ["AZE", "ARM", "RUS"]


# -- keys, time, state ---------------------------------------------------------------------------


def test_merge_key_depends_on_the_countries_not_their_order_and_leaves_out_the_host() -> None:
    """Reports naming the same countries in any order share a key; the host of others' talks is left out."""
    assert merge_key(diplomatic("a", "USA", "RUS")) == merge_key(diplomatic("b", "RUS", "USA"))
    assert merge_key(diplomatic("a", "USA", "RUS")) == "dip|CONSULT|RUS|USA"
    hosted = diplomatic("c", "SAU", "USA", "RUS", place="Riyadh")
    assert merge_key(hosted) == "dip|CONSULT|RUS|USA"
    visit = diplomatic("d", "SAU", "USA", mode="visit", place="Riyadh")
    assert merge_key(visit) == "dip|CONSULT|SAU|USA"  # a host with one guest stays in the pair
    assert merge_key(diplomatic("e")) == "dip|CONSULT|-"
    assert merge_key(casualty("f", 3, place="Odesa")) == "cas|UKR"
    assert merge_key(casualty("g", 3, place=None)) == "cas|-"


def test_one_apply_takes_one_merge_key() -> None:
    """The stream sends one article's records of one key together; mixing keys is refused."""
    with pytest.raises(ValueError, match="several merge keys"):
        apply(
            None,
            [diplomatic("a", "USA", "RUS"), casualty("a", 3)],
            ref("a", "2025-01-01T00:00:00+00:00"),
            NOW,
            config=CONFIG,
            rules=NO_RULES,
        )


def test_publication_in_the_future_counts_as_now() -> None:
    """An article dated after ``now`` is taken as published now (a bad clock cannot push windows on)."""
    _, out = apply_article(
        {},
        [casualty("a", 3)],
        ref("a", "2030-01-01T00:00:00+00:00"),
        NOW,
        config=CONFIG,
        rules=NO_RULES,
    )
    assert only_casualty(out).first_seen == NOW


def test_old_stories_are_forgotten_after_two_windows() -> None:
    """A key's state drops a story once its latest report is two windows past the story's last one."""
    book, _ = feed(
        {}, ref("a1", "2025-03-03T10:00:00+00:00"), diplomatic("a1", "USA", "RUS", place="Geneva")
    )
    book, _ = feed(
        book, ref("a2", "2025-03-20T10:00:00+00:00"), diplomatic("a2", "USA", "RUS", place="Vienna")
    )
    assert len(book["dip|CONSULT|RUS|USA"].diplomatic) == 2
    book, _ = feed(
        book, ref("a3", "2025-04-01T10:00:00+00:00"), diplomatic("a3", "USA", "RUS", place="Vienna")
    )
    assert [
        s.record.location and s.record.location.name for s in book["dip|CONSULT|RUS|USA"].diplomatic
    ] == ["Vienna"]


def test_evidence_names_its_article_and_is_capped() -> None:
    """Evidence is the union over articles, each span naming its article; over the cap the first and latest spans stay."""
    config = CONFIG.model_copy(
        update={"limits": CONFIG.limits.model_copy(update={"max_evidence": 4})}
    )
    book: Book = {}
    for n in range(6):
        book, _ = feed(
            book,
            ref(f"a{n}", f"2025-06-02T0{n}:00:00+00:00"),
            casualty(f"a{n}", 3 + n),
            config=config,
        )
    record = book["cas|UKR"].casualty[0].record
    assert [e.article_id for e in record.evidence] == ["a0", "a1", "a4", "a5"]


def test_state_is_not_modified_in_place() -> None:
    """``apply`` returns a new state and leaves the one it was given as it was."""
    book, _ = feed({}, ref("a1", "2025-06-02T08:00:00+00:00"), casualty("a1", 3))
    before = book["cas|UKR"].to_json()
    feed(book, ref("a2", "2025-06-02T09:00:00+00:00"), casualty("a2", 9, reported_by="police"))
    assert book["cas|UKR"].to_json() == before


def test_place_names_without_geonames_ids_compare_by_name() -> None:
    """Two reports naming the same unlisted place merge; a differently named one does not."""
    hamlet = Location(name="Kurram", country_code="PAK", feature="region")
    other = Location(name="Bajaur", country_code="PAK", feature="region")
    first = casualty("a1", 3, place=None).model_copy(update={"location": hamlet})
    second = casualty("a2", 5, place=None).model_copy(update={"location": hamlet})
    third = casualty("a3", 5, place=None).model_copy(update={"location": other})
    book, _ = feed({}, ref("a1", "2025-06-02T08:00:00+00:00"), first)
    book, out = feed(book, ref("a2", "2025-06-02T09:00:00+00:00"), second)
    assert only_casualty(out).version == 2
    book, out = feed(book, ref("a3", "2025-06-02T10:00:00+00:00"), third)
    assert only_casualty(out).version == 1


def test_rules_file_runs_on_the_story_stage() -> None:
    """The bundled rules load and alert on a story version (each alert names its rule)."""
    rules = load_rules(Settings().alert_rules_path)
    _, out = feed({}, ref("a1", "2025-06-02T08:00:00+00:00"), casualty("a1", 150), rules=rules)
    alerts = [r for r in out if r.kind == "alert"]
    assert {a.rule for a in alerts} == {
        "casualties_reported",
        "casualties_in_countries_of_interest",
    }  # type: ignore[union-attr]


def test_replaced_is_model_copy() -> None:
    """The stage's fast copy gives what ``model_copy(update=...)`` gives: fields, set, JSON."""
    from newsevents.stories.state import replaced

    record = casualty("a1", 3)
    for update in ({}, {"article_id": "a2"}, {"mentions": 4, "sources": ["x", "y"]}):
        fast, slow = replaced(record, update), record.model_copy(update=update)
        assert type(fast) is type(slow)
        assert fast == slow
        assert fast.model_fields_set == slow.model_fields_set
        assert fast.model_dump_json() == slow.model_dump_json()
        assert fast.__pydantic_extra__ is None
        assert fast.__pydantic_private__ is None
    assert record.article_id == "a1"  # the original is untouched
