"""`guard report`: what the audit trail says about a period, for the security team's follow-up.

The policies ask security teams to review blocked prompts, follow the trend and find the AI
services people reach that are not approved (shadow use). This module reads the audit trail
(guard/audit.py) for a period and the one of equal length before it, and counts records by
category (entity type or reason), service, day and service status.

Only names from a closed vocabulary leave this module — entity types, catalogue service ids,
statuses, reasons, days — and counts. Every such field of a record is checked against its
pattern before it is counted, and a record with anything else in them is skipped: a report
can be mailed around, so free text from a record (however it got there) never reaches it.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import logging
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from guard.audit import read_events

FORMATS = ("table", "json", "csv", "html")
MEASURES = ("events", "blocked", "redacted", "would_block", "would_redact")
MONITOR_MEASURES = ("would_block", "would_redact")
SHADOW_MEASURES = ("events", "blocked", "redacted", "days_seen")
LABELS = {"events": "events", "blocked": "blocked", "redacted": "redacted", "would_block": "would block",
          "would_redact": "would redact", "shadow_ai": "shadow AI", "days_seen": "days seen"}
MONITOR_NOTE = "would block, would redact: decisions in monitor mode, forwarded unchanged."

# (section, field naming the row, field with its status or kind or None) — the JSON layout,
# and the columns of the CSV, which is the JSON flattened. A period's end is exclusive.
SECTIONS = (
    ("period", "period", None),
    ("trend", "measure", None),
    ("categories", "category", "kind"),
    ("services", "service", "status"),
    ("days", "day", None),
    ("shadow_ai", "service", "status"),
    ("skipped", "what", None),
)

_SERVICE = re.compile(r"(?=[a-z0-9-]*[a-z])[a-z0-9][a-z0-9-]{0,63}")  # a catalogue id, with at least one letter
_ENTITY = re.compile(r"[A-Z][A-Z0-9_]{0,63}")
_REASON = re.compile(r"[a-z][a-z_]{0,31}")
_STATUSES = {"approved", "review", "forbidden"}
_ACTIONS = {"allow", "log", "redact", "block"}
_MODES = {"enforce", "monitor"}
_RELATIVE = re.compile(r"(\d{1,5})([hdw])")
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}
_LONGEST = timedelta(days=3660)  # ten years: a row per day stays readable, and the period before stays a real date
_PROGRESS_EVERY = 2000  # records between progress updates: cheap enough for millions of lines
_WARNINGS_SHOWN = 10


class ReportError(Exception):
    """A bad option or an unreadable trail, in one line."""


# --- the period ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """[start, end) in UTC."""

    start: datetime
    end: datetime

    @property
    def previous(self) -> "Period":
        return Period(self.start - (self.end - self.start), self.start)

    def days(self) -> list[str]:
        first, last = self.start.date(), (self.end - timedelta(microseconds=1)).date()
        return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]

    def label(self) -> str:
        if self.start.time() == self.end.time() == time(0):
            return f"{self.start.date()} – {(self.end - timedelta(days=1)).date()} (UTC days)"
        return f"{self.start:%Y-%m-%d %H:%M} – {self.end:%Y-%m-%d %H:%M} UTC"


def parse_period(since: str, until: str | None, now: datetime | None = None) -> Period:
    """``--since``/``--until`` as people write them: a day (whole UTC day, ``--until`` inclusive),
    a time (naive = UTC), or for ``--since`` a span back from the end (7d, 24h, 2w)."""
    now = now or datetime.now(timezone.utc)
    end = _moment(until, "--until", end_of_day=True) if until else now
    if span := _RELATIVE.fullmatch(since.strip()):
        amount, unit = int(span.group(1)), span.group(2)
        if amount == 0:
            raise ReportError(f"--since: {since!r} is an empty span")
        if amount * _UNITS[unit] > _LONGEST:
            raise ReportError(f"--since: {since!r} is longer than the {_LONGEST.days} days a report covers")
        start = end - amount * _UNITS[unit]
    else:
        start = _moment(since, "--since", end_of_day=False)
    if start >= end:
        raise ReportError(f"--since ({start:%Y-%m-%d %H:%M} UTC) must be before --until ({end:%Y-%m-%d %H:%M} UTC)")
    if end - start > _LONGEST:
        raise ReportError(f"the period from --since to --until is longer than the {_LONGEST.days} days a report covers")
    return Period(start, end)


def _moment(text: str, option: str, end_of_day: bool) -> datetime:
    value = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = datetime.combine(date.fromisoformat(value), time(0), timezone.utc)
            return day + timedelta(days=1) if end_of_day else day
        moment = datetime.fromisoformat(value)
    except ValueError:
        hint = ", or a span such as 7d, 24h, 2w" if option == "--since" else ""
        raise ReportError(f"{option}: {text!r} is not a day (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM, UTC unless an offset is given){hint}") from None
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


# --- reading and counting -----------------------------------------------------------------------

@dataclass(frozen=True)
class _Decision:
    """The fields of one record a report may show, each checked against its vocabulary."""

    when: datetime
    service: str
    status: str
    measures: tuple[str, ...]
    categories: tuple[tuple[str, str], ...]  # (name, "entity" | "reason")


def _decision(record: dict) -> _Decision | None:
    """None when any field the report would show holds something outside its vocabulary."""
    event, guard = record["event"], record["guard"]
    service, status = guard.get("service"), guard.get("service_status")
    action, intended, mode = event.get("action"), guard.get("intended") or event.get("action"), guard.get("mode", "enforce")
    reason, entities = event.get("reason"), guard.get("entities") or {}
    if not (_named(_SERVICE, service) and status in _STATUSES and action in _ACTIONS and intended in _ACTIONS
            and mode in _MODES and isinstance(entities, dict)):
        return None
    if reason is not None and not _named(_REASON, reason):
        return None
    if not all(_named(_ENTITY, name) for name in entities):
        return None
    categories = [(name, "entity") for name in sorted(entities)]
    if reason and reason != "findings":
        categories.append((reason, "reason"))
    if action in ("block", "redact"):
        measures = ("events", "blocked" if action == "block" else "redacted")
    elif mode == "monitor" and intended in ("block", "redact"):
        measures = ("events", f"would_{intended}")
    else:
        measures = ("events",)
    when = datetime.fromisoformat(record["@timestamp"]).astimezone(timezone.utc)
    return _Decision(when, service, status, measures, tuple(categories))


def _named(pattern: re.Pattern, value) -> bool:
    return isinstance(value, str) and _matches(pattern, value)


@functools.lru_cache(maxsize=4096)  # the same few names recur in every record
def _matches(pattern: re.Pattern, value: str) -> bool:
    return pattern.fullmatch(value) is not None


def _count(counter: Counter, measures: tuple[str, ...]) -> None:
    for measure in measures:  # faster than Counter.update for one or two keys
        counter[measure] += 1


class _Tally:
    """Counts of the current period by section, and totals of both periods."""

    def __init__(self) -> None:
        self.categories: defaultdict[tuple[str, str], Counter] = defaultdict(Counter)
        self.services: defaultdict[tuple[str, str], Counter] = defaultdict(Counter)
        self.days: defaultdict[str, Counter] = defaultdict(Counter)
        self.shadow_days: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
        self.current, self.previous = Counter(), Counter()
        self.unexpected = 0

    def add(self, decision: _Decision, current: bool) -> None:
        shadow = decision.status != "approved"
        totals = self.current if current else self.previous
        _count(totals, decision.measures)
        totals["shadow_ai"] += shadow
        if not current:
            return
        for category in decision.categories:
            _count(self.categories[category], decision.measures)
        _count(self.services[(decision.service, decision.status)], decision.measures)
        day = decision.when.date().isoformat()
        _count(self.days[day], decision.measures)
        if shadow:
            self.shadow_days[(decision.service, decision.status)].add(day)


class _SkippedLines(logging.Handler):
    """Counts the reader's warnings (one per torn or invalid line) and shows the first few."""

    def __init__(self, console: Console) -> None:
        super().__init__(logging.WARNING)
        self.console, self.count = console, 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if self.count <= _WARNINGS_SHOWN:
            self.console.print(record.getMessage(), markup=False, highlight=False, soft_wrap=True)
        elif self.count == _WARNINGS_SHOWN + 1:
            self.console.print("guard: more skipped lines; their number is in the report", soft_wrap=True)


def build_report(directory: Path, period: Period, stderr: Console | None = None) -> dict:
    """The report as plain data (the JSON layout); reads the trail once for both periods."""
    stderr = stderr or Console(stderr=True)
    directory = directory.expanduser()
    if not directory.is_dir():
        raise ReportError(f"{directory}: no such audit directory (set it with --audit-dir)")
    tally, skipped = _Tally(), _SkippedLines(stderr)
    reader_log = logging.getLogger("guard")
    reader_log.addHandler(skipped)
    progress = Progress(SpinnerColumn(), TextColumn("reading the audit trail: {task.completed:,} records"), TimeElapsedColumn(),
                        console=stderr, transient=True, disable=not stderr.is_terminal)
    try:
        with progress:
            task = progress.add_task("read", total=None)
            last = period.end - timedelta(microseconds=1)
            for number, record in enumerate(read_events(directory, period.previous.start, last), 1):
                decision = _decision_or_none(record)
                if decision is None:
                    tally.unexpected += 1
                else:
                    tally.add(decision, decision.when >= period.start)
                if number % _PROGRESS_EVERY == 0:
                    progress.update(task, completed=number)
    except OSError as exc:
        raise ReportError(f"{directory}: cannot be read ({exc.strerror or exc})") from None
    finally:
        reader_log.removeHandler(skipped)
    if tally.unexpected:
        stderr.print(f"guard: skipped {tally.unexpected} audit record(s) with fields outside the expected names", soft_wrap=True)
    return _as_data(tally, period, skipped.count)


def _decision_or_none(record: dict) -> _Decision | None:
    try:
        return _decision(record)
    except (KeyError, TypeError, AttributeError, ValueError):
        return None


def _as_data(tally: _Tally, period: Period, unreadable: int) -> dict:
    def rows(counters: dict, key_fields: tuple[str, ...], measures=MEASURES) -> list[dict]:
        ordered = sorted(counters.items(), key=lambda item: (-item[1]["blocked"], -item[1]["redacted"], -item[1]["events"], item[0]))
        return [dict(zip(key_fields, key)) | {m: counts[m] for m in measures} for key, counts in ordered]

    shadow = {key: tally.services[key] | Counter(days_seen=len(days)) for key, days in tally.shadow_days.items()}
    trend_rows = []
    for measure in (*MEASURES, "shadow_ai"):
        now, before = tally.current[measure], tally.previous[measure]
        trend_rows.append({"measure": measure, "current": now, "previous": before,
                           "change_percent": round(100 * (now - before) / before, 1) if before else None})
    return {
        "period": [{"period": name, "start": _iso(p.start), "end": _iso(p.end)} for name, p in (("current", period), ("previous", period.previous))],
        "trend": trend_rows,
        "categories": rows(tally.categories, ("category", "kind")),
        "services": rows(tally.services, ("service", "status")),
        "days": [{"day": day} | {m: tally.days[day][m] for m in MEASURES} for day in period.days()],
        "shadow_ai": rows(shadow, ("service", "status"), SHADOW_MEASURES),
        "skipped": [{"what": "unreadable_lines", "count": unreadable}, {"what": "unexpected_records", "count": tally.unexpected}],
    }


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


# --- output ---------------------------------------------------------------------------------------

def to_json(report: dict) -> str:
    return json.dumps(report, indent=2) + "\n"


def to_csv(report: dict) -> str:
    """The JSON flattened to one value per line: section, name, detail (status or kind), measure, value."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("section", "name", "detail", "measure", "value"))
    for section, key, detail in SECTIONS:
        for row in report[section]:
            for measure, value in row.items():
                if measure not in (key, detail):
                    writer.writerow((section, row[key], row[detail] if detail else "", measure, "" if value is None else value))
    return out.getvalue()


def period_label(report: dict) -> str:
    current = report["period"][0]
    return Period(datetime.fromisoformat(current["start"]), datetime.fromisoformat(current["end"])).label()


def trend(report: dict) -> dict[str, dict]:
    return {row["measure"]: row for row in report["trend"]}


def has_events(report: dict) -> bool:
    return trend(report)["events"]["current"] > 0


def shown_measures(report: dict) -> tuple[str, ...]:
    """The monitor-mode columns only when the period had monitor-mode decisions."""
    totals = trend(report)
    return tuple(m for m in MEASURES if m not in MONITOR_MEASURES or totals[m]["current"])


def change(row: dict) -> str:
    if row["change_percent"] is None:
        return "new" if row["current"] else "–"
    return f"{row['change_percent']:+.0f} %"


SHADOW_NOTE = ("Counts audit records: with audit.all_decisions false, prompts that passed unchanged are not in the "
               "trail (the metric guard_shadow_ai_requests_total counts every request).")


def print_tables(report: dict, console: Console) -> None:
    """The report as rich tables, or one line when the period has no events."""
    period = period_label(report)
    if not has_events(report):
        before = trend(report)["events"]["previous"]
        console.print(f"No audit events in {period} (the period before it had {before}).", highlight=False, soft_wrap=True)
        return
    measures = shown_measures(report)
    console.print(f"[bold]Audit report[/bold] {period}", highlight=False, soft_wrap=True)
    totals = Table(title="Trend: this period and the one before it", title_justify="left")
    for column in ("", "this period", "previous", "change"):
        totals.add_column(column, justify="left" if not column else "right")
    for row in report["trend"]:
        if row["measure"] not in MONITOR_MEASURES or row["current"] or row["previous"]:
            totals.add_row(LABELS[row["measure"]], f"{row['current']:,}", f"{row['previous']:,}", change(row))
    console.print(totals)
    for section, title, keys in (("categories", "Blocked and redacted prompts by category", ("category", "kind")),
                                 ("services", "By service", ("service", "status")),
                                 ("days", "By day (UTC)", ("day",))):
        table = Table(title=title, title_justify="left")
        for key in keys:
            table.add_column(key, no_wrap=True)
        for measure in measures:
            table.add_column(LABELS[measure], justify="right")
        for row in report[section]:
            table.add_row(*(row[k] for k in keys), *(f"{row[m]:,}" for m in measures))
        console.print(table)
    if set(MONITOR_MEASURES) & set(measures):
        console.print(MONITOR_NOTE, highlight=False, soft_wrap=True)
    shadow = Table(title="Shadow AI: services reached that are not approved", title_justify="left", caption=SHADOW_NOTE, caption_justify="left")
    for column in ("service", "status", *SHADOW_MEASURES):
        named = column in ("service", "status")
        shadow.add_column(LABELS.get(column, column), justify="left" if named else "right", no_wrap=named)
    for row in report["shadow_ai"]:
        shadow.add_row(row["service"], row["status"], *(f"{row[m]:,}" for m in SHADOW_MEASURES))
    if not report["shadow_ai"]:
        shadow.add_row("none", "", *("" for _ in SHADOW_MEASURES))
    console.print(shadow)
    skipped = sum(row["count"] for row in report["skipped"])
    if skipped:
        console.print(f"Skipped {skipped} unreadable or unexpected line(s); see the warnings on stderr.", highlight=False, soft_wrap=True)


def render(report: dict, output_format: str) -> str:
    """The report as text in one of the file formats (tables as plain text, without colour)."""
    if output_format == "html":
        from guard.report_html import to_html

        return to_html(report)
    if output_format == "table":
        console = Console(file=io.StringIO(), width=120, color_system=None, highlight=False)
        print_tables(report, console)
        return console.file.getvalue()
    return to_json(report) if output_format == "json" else to_csv(report)


def run_report(directory: Path, since: str, until: str | None, output_format: str, output: Path | None) -> None:
    """The command: parse the options, read, and write the chosen format to stdout or a file."""
    if output_format not in FORMATS:
        raise ReportError(f"--format: {output_format!r} is not one of {', '.join(FORMATS)}")
    if output is not None and not output.parent.is_dir():
        raise ReportError(f"--output {output}: no such directory {output.parent}")
    report = build_report(directory, parse_period(since, until))
    if output is None:
        if output_format == "table":
            print_tables(report, Console(highlight=False))
        else:
            sys.stdout.write(render(report, output_format))
        return
    try:
        output.write_text(render(report, output_format), encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"--output {output}: cannot be written ({exc.strerror})") from None
