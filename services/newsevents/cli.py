"""The ``newsevents`` command line: one program, one subcommand per job.

Builds the ``Settings`` once and hands them down; reads files and the clock,
which the core never does.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from newsevents.alerts.rules import load_rules
from newsevents.kafka.exceptions import KafkaAdapterError
from newsevents.parse import InputLimits
from newsevents.pipeline import MessageSource, process_message, process_stories
from newsevents.settings import Settings
from newsevents.stories import StoryState, load_story_config


def _open_in(path: str, stack: ExitStack) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    return stack.enter_context(Path(path).open("rb"))


def _open_out(path: str, stack: ExitStack) -> BinaryIO:
    if path == "-":
        return sys.stdout.buffer
    return stack.enter_context(Path(path).open("wb"))


def _lines(handle: BinaryIO) -> Iterator[bytes]:
    for raw_line in handle:
        line = raw_line.rstrip(b"\r\n")
        if line.strip():
            yield line


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    """Articles in order → story versions and alerts (in-memory state), or per-article records."""
    rules = load_rules(settings.alert_rules_path)
    story_config = load_story_config(settings.story_rules_path)
    limits = InputLimits.from_settings(settings)
    states: dict[str, StoryState] = {}  # what the worker's table holds, per merge key
    counts = {"articles": 0, "records": 0, "dead_letters": 0}
    with ExitStack() as stack:
        source = _open_in(args.input, stack)
        sink = _open_out(args.output, stack)
        for number, line in enumerate(_lines(source), start=1):
            now = datetime.now(UTC)
            origin = MessageSource(topic=args.input, offset=number)
            result = process_message(
                line,
                now=now,
                rules=rules,
                limits=limits,
                source=origin,
                max_raw_chars=settings.deadletter_raw_max_chars,
            )
            records = result.records
            if not args.per_article:
                states, records = process_stories(
                    states,
                    result,
                    now=now,
                    config=story_config,
                    rules=rules,
                    source=origin,
                    max_raw_chars=settings.deadletter_raw_max_chars,
                )
            counts["articles"] += 1
            counts["dead_letters"] += sum(record.kind == "dead_letter" for record in records)
            for record in records:
                sink.write(record.model_dump_json().encode() + b"\n")
                counts["records"] += 1
        sink.flush()
    stories = "" if args.per_article else f", {sum(map(_open_stories, states.values()))} stories"
    print(
        f"extract: {counts['articles']} lines, {counts['records']} records, "
        f"{counts['dead_letters']} dead letters{stories}",
        file=sys.stderr,
    )
    return 0


def _open_stories(state: StoryState) -> int:
    return len(state.diplomatic) + len(state.casualty)


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    run: Callable[[Settings], None]
    if args.pass_through:  # a benchmark tool, see stream/passthrough.py
        from newsevents.stream.passthrough import run_passthrough_worker as run
    else:
        from newsevents.stream.app import run_worker as run
    if args.profile is None:
        run(settings)
        return 0
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        run(settings)
    finally:  # Faust ends the worker with SystemExit after a clean shutdown
        profiler.disable()
        profiler.dump_stats(args.profile)
    return 0


def cmd_alert_forwarder(args: argparse.Namespace, settings: Settings) -> int:
    import logging
    import threading

    from newsevents.forwarder import ForwarderConfigError, ForwarderError, run_forwarder

    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(message)s")
    try:
        report = run_forwarder(
            settings, stop=threading.Event(), max_idle_seconds=args.max_idle, handle_signals=True
        )
    except ForwarderConfigError as exc:
        print(f"alert-forwarder: {exc}", file=sys.stderr)
        return 2
    except ForwarderError as exc:
        # a sink stayed down through every retry: the alert is uncommitted; exit for a restart
        print(f"alert-forwarder: {exc}", file=sys.stderr)
        return 1
    print(
        f"alert-forwarder: {report.delivered} delivered, {report.rejected} rejected and"
        f" {report.unreadable} unreadable (dead-lettered), {report.retries} retries",
        file=sys.stderr,
    )
    return 0


def cmd_publish(args: argparse.Namespace, settings: Settings) -> int:
    from newsevents.kafka.clients import publish_lines

    with ExitStack() as stack:
        report = publish_lines(settings, _lines(_open_in(args.file, stack)), topic=args.topic)
    print(
        f"published {report.sent} messages to {args.topic or settings.topic_articles}"
        f" ({report.without_key} without an article id key)"
    )
    return 0


def cmd_tail(args: argparse.Namespace, settings: Settings) -> int:
    import orjson

    from newsevents.kafka.clients import tail

    topics = args.topics or [v for k, v in settings.topic_names().items() if k != "articles"]
    try:
        for _, record in tail(
            settings, topics, from_beginning=not args.latest, idle_timeout_seconds=args.idle_timeout
        ):
            sys.stdout.buffer.write(orjson.dumps(record) + b"\n")
            sys.stdout.flush()
    except KeyboardInterrupt:
        pass
    return 0


def cmd_topics(args: argparse.Namespace, settings: Settings) -> int:
    from newsevents.kafka.clients import create_topics

    created = create_topics(settings)
    for name in [*settings.topic_names().values(), *settings.internal_topic_names().values()]:
        print(f"{name}: {'created' if name in created else 'exists'}")
    return 0


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from newsevents.demo import run_demo

    return run_demo(settings, json_output=args.json)


def cmd_schemas(args: argparse.Namespace, settings: Settings) -> int:
    from newsevents.contracts.schemas import check_schemas, write_schemas

    if args.check:
        drift = check_schemas(Path(args.dir))
        for name in drift:
            print(f"schema drift: {name}", file=sys.stderr)
        return 1 if drift else 0
    for path in write_schemas(Path(args.dir)):
        print(path)
    return 0


def cmd_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    from newsevents.evaluation import (
        ExpectedFileError,
        ExtractedRecord,
        evaluate,
        format_report,
        load_expected_dir,
        result_json,
    )
    from newsevents.exceptions import InputError
    from newsevents.parse import decode_article
    from newsevents.pipeline import extract_article

    root = Path(args.dir)
    try:
        expected = load_expected_dir(root)
    except ExpectedFileError as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    wanted = {article.id for article in expected}
    paths = [Path(p) for p in args.articles] if args.articles else sorted(root.rglob("*.jsonl"))
    limits = InputLimits.from_settings(settings)
    extracted: dict[str, list[ExtractedRecord]] = {}
    for path in paths:
        try:
            lines = path.read_bytes().splitlines()
        except OSError as exc:
            print(f"evaluate: cannot read {path}: {exc}", file=sys.stderr)
            return 2
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                article = decode_article(line, limits)
            except InputError as exc:
                print(f"evaluate: {path}:{number}: {exc}", file=sys.stderr)
                return 2
            if article.id in extracted:
                print(
                    f"evaluate: {path}:{number}: article {article.id!r} given twice",
                    file=sys.stderr,
                )
                return 2
            if article.id not in wanted:
                continue
            try:
                extracted[article.id] = list(extract_article(article).events)
            except Exception as exc:  # a measurement: a crash scores as nothing found
                print(
                    f"evaluate: extraction failed on {article.id}: "
                    f"{type(exc).__name__}: {exc} (scored as no records)",
                    file=sys.stderr,
                )
                extracted[article.id] = []
    result = evaluate(expected, extracted)
    print(
        result_json(result, details=args.details)
        if args.json
        else format_report(result, details=args.details)
    )
    return 0


def cmd_bench_extract(args: argparse.Namespace, settings: Settings) -> int:
    from newsevents.bench import report, run

    print(report(run(args.articles, args.size, args.eventful_share)))
    return 0


def cmd_fuzz(args: argparse.Namespace, settings: Settings) -> int:
    """Seeded hostile inputs through the decoder and the whole core; figures and failures."""
    from newsevents import fuzz

    report = fuzz.run(
        fuzz.generate(args.count, args.seed),
        rules=load_rules(settings.alert_rules_path),
        config=load_story_config(settings.story_rules_path),
        limits=InputLimits.from_settings(settings),
    )
    print(report.summary())
    for failure in report.failures:
        print(f"FAILED: {failure}", file=sys.stderr)
        print(fuzz.regression_line(failure.raw, str(failure)), file=sys.stderr)
    return 1 if report.failures else 0


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from newsevents.bench_measure import format_table
    from newsevents.bench_stream import BenchOptions, run_bench

    options = BenchOptions(
        articles=args.articles,
        size=args.size,
        rate=args.rate,
        latency_seconds=args.latency_seconds,
        profile=args.profile,
    )
    results = run_bench(settings, options, lambda line: print(line, file=sys.stderr, flush=True))
    print(format_table(results))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsevents",
        description="Diplomatic events and casualty updates from news articles, on Kafka.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="run the pipeline on JSON lines, without Kafka")
    p.add_argument("--input", "-i", default="-", help="raw articles as JSON lines (default: stdin)")
    p.add_argument(
        "--output", "-o", default="-", help="output records as JSON lines (default: stdout)"
    )
    p.add_argument(
        "--per-article",
        action="store_true",
        help="one record per event per article with per-article alerts (no merging across"
        " articles); default: story versions and their alerts, as the stream's story stage",
    )
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("worker", help="run the Faust worker (consume, extract, publish, /metrics)")
    # benchmark tools, hidden: `newsevents bench` uses them (README, Benchmarks)
    p.add_argument("--pass-through", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--profile", type=Path, default=None, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser(
        "alert-forwarder",
        help="post alerts from the alerts topic to Alertmanager and/or a webhook",
        description="Consume the alerts topic and post each alert to Alertmanager's v2 API"
        " (NEWSEVENTS_ALERTMANAGER_URL) and/or a webhook (NEWSEVENTS_ALERT_WEBHOOK_URL),"
        " committing an offset only once every sink accepted the alert.",
    )
    p.add_argument(
        "--max-idle",
        type=float,
        default=None,
        metavar="SECONDS",
        help="stop after this many seconds without a message (default: run until SIGTERM)",
    )
    p.set_defaults(func=cmd_alert_forwarder)

    p = sub.add_parser("publish", help="send raw articles (JSON lines) to the input topic")
    p.add_argument("file", help="JSON lines file, or - for stdin")
    p.add_argument("--topic", default=None, help="override the input topic")
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("tail", help="print records from output topics as JSON lines")
    p.add_argument("topics", nargs="*", help="topics (default: every output topic)")
    p.add_argument("--latest", action="store_true", help="only new records, not from the beginning")
    p.add_argument(
        "--idle-timeout",
        type=float,
        default=None,
        help="stop after this many seconds without a record",
    )
    p.set_defaults(func=cmd_tail)

    p = sub.add_parser("topics", help="create the service's topics (idempotent)")
    p.set_defaults(func=cmd_topics)

    p = sub.add_parser("demo", help="the main job on an embedded default: broker, worker, samples")
    p.add_argument(
        "--json", action="store_true", help="print full JSON records instead of summaries"
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("bench-extract", help="extraction speed on one core (generated articles)")
    p.add_argument("--articles", type=int, default=2000, help="how many articles")
    p.add_argument("--size", type=int, default=4096, help="characters per article")
    p.add_argument(
        "--eventful-share",
        type=float,
        default=1.0,
        help="share of event-dense generated articles; the rest are the bundled everyday news"
        " (about 4 KB each, whatever --size says)",
    )
    p.set_defaults(func=cmd_bench_extract)

    p = sub.add_parser(
        "bench",
        help="end-to-end speed of one worker through Kafka, and of a pass-through worker",
        description="Publish generated ~4 KB articles through a real broker (a local one unless"
        " KAFKA_BOOTSTRAP_SERVERS is set) to one pass-through worker and one extraction worker;"
        " print articles/s, article-to-output latency, CPU per 1,000 articles and peak RSS,"
        " saturated and at half the sustained rate.",
    )
    p.add_argument("--articles", type=int, default=2000, help="articles per saturated run")
    p.add_argument(
        "--rate",
        type=float,
        default=None,
        help="articles/s of the paced latency runs (default: half each worker's sustained rate)",
    )
    p.add_argument("--size", type=int, default=4096, help="characters per article")
    p.add_argument(
        "--latency-seconds",
        type=float,
        default=60.0,
        help="length of each paced run (at most --articles articles)",
    )
    p.add_argument(
        "--profile",
        type=Path,
        default=None,
        metavar="FILE",
        help="write a cProfile of the extraction worker to FILE (slows it down)",
    )
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser(
        "fuzz", help="seeded hostile inputs through the decoder and the whole core (no Kafka)"
    )
    p.add_argument("--count", type=int, default=10_000, help="inputs to generate (10,000)")
    p.add_argument("--seed", type=int, default=6, help="the same seed gives the same inputs")
    p.set_defaults(func=cmd_fuzz)

    p = sub.add_parser("schemas", help="write or check the JSON Schemas of the contracts")
    p.add_argument("--dir", default="schemas")
    p.add_argument(
        "--check", action="store_true", help="exit 1 when the files differ from the models"
    )
    p.set_defaults(func=cmd_schemas)

    p = sub.add_parser("evaluate", help="score extraction against the analyst's expected records")
    p.add_argument("dir", help="directory of expected *.yaml files (searched recursively)")
    p.add_argument(
        "--articles",
        nargs="+",
        metavar="FILE",
        default=None,
        help="raw articles as JSON lines (default: every *.jsonl under DIR)",
    )
    p.add_argument(
        "--details", action="store_true", help="list misses, spurious records, mismatches"
    )
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; a bad setting (exit 2) or an unreachable broker (exit 1) is one clear line."""
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"newsevents: invalid settings: {_settings_errors(exc)}", file=sys.stderr)
        return 2
    try:
        result: int = args.func(args, settings)
    except KafkaAdapterError as exc:
        print(f"newsevents: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return result


def _settings_errors(exc: ValidationError) -> str:
    """Which variables are wrong and why (never their values: one may be a secret)."""
    parts = []
    for error in exc.errors(include_input=False):
        names = ".".join(str(part) for part in error["loc"])
        where = f"NEWSEVENTS_{names.upper()}" if names else "settings"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)
