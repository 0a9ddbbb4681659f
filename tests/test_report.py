"""`guard report` on audit trails written by the guard's own writer (guard/audit.py).

The trail spans two weeks, five services of every status, eleven categories, monitor-mode
decisions and unchecked requests, and every record carries what a report must never show:
a user name, a client address, an incident id, a fingerprint, a host, rule ids. The expected
counts are worked out here from the generated decisions, independently of the report code.
The HTML report is opened in headless Chromium (tests/e2e/chromium.py) and photographed.
"""

from __future__ import annotations

import csv
import io
import json
import random
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from rich.console import Console

from guard.audit import AuditLog, fingerprint, make_record
from guard.report import SECTIONS, ReportError, build_report, parse_period, print_tables, render, to_csv

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "tests" / "e2e" / "artifacts"
GUARD = [sys.executable, "-m", "guard.cli"]
PNR = "811218-9876"
USER = "Anna Lindqvist"
CLIENT_IP = "10.20.30.40"
CONFIG_VERSION = "cfg7e3a9b1c"
SERVICES = [("openai-api", "approved", "api.openai.com"), ("chatgpt", "review", "chatgpt.com"), ("claude", "review", "claude.ai"),
            ("gemini", "review", "gemini.google.com"), ("deepseek", "forbidden", "chat.deepseek.com")]
TYPES = ["SE_PERSONNUMMER", "PERSON", "CUSTOMER", "SECRECY_MARKER", "SENSITIVE_DATA", "CREDENTIAL", "PHONE_NUMBER", "IBAN_CODE"]
BLOCKING = {"SECRECY_MARKER", "SENSITIVE_DATA"}
CURRENT = (datetime(2026, 11, 16, tzinfo=timezone.utc), datetime(2026, 11, 23, tzinfo=timezone.utc))  # --since 2026-11-16 --until 2026-11-22
PERIOD = ["--since", "2026-11-16", "--until", "2026-11-22"]


@dataclass(frozen=True)
class Decision:
    when: datetime
    service: str
    status: str
    host: str
    action: str
    intended: str
    mode: str
    reason: str | None
    entities: dict


def decisions(seed: int = 5, per_day: int = 25) -> list[Decision]:
    """Two weeks before 2026-11-23, busier in the second: the trend has something to show."""
    rng, made = random.Random(seed), []
    for day in range(14):
        for _ in range(per_day + 2 * day):
            when = datetime(2026, 11, 9, tzinfo=timezone.utc) + timedelta(days=day, seconds=rng.randrange(86400))
            service, status, host = rng.choice(SERVICES)
            mode = "monitor" if rng.random() < 0.1 else "enforce"
            if status == "forbidden":
                made.append(Decision(when, service, status, host, "block", "block", "enforce", "forbidden_service", {}))
            elif rng.random() < 0.08:
                made.append(Decision(when, service, status, host, "block", "block", "enforce", rng.choice(["timeout", "too_large", "encoding"]), {}))
            else:
                entities = {t: rng.randint(1, 3) for t in rng.sample(TYPES, rng.randint(1, 2))}
                intended = "block" if BLOCKING & entities.keys() else "redact" if rng.random() < 0.8 else "log"
                action = intended if mode == "enforce" else "log"
                made.append(Decision(when, service, status, host, action, intended, mode, "findings", entities))
    return made


def write_trail(folder: Path, made: list[Decision]) -> Path:
    """The records as the guard writes them, every optional field filled with something to hide."""
    key = bytes(range(32))
    log = AuditLog(folder, key, "", retention_days=100_000)
    try:
        for number, d in enumerate(made):
            log.write(make_record(
                when=d.when, action=d.action, intended=d.intended, reason=d.reason, incident=f"G{d.when:%Y%m%d}-{number:08x}",
                host=d.host, service=d.service, service_status=d.status, mode=d.mode, entities=d.entities,
                rules=[f"{t}:{d.intended}" for t in d.entities], config_version=CONFIG_VERSION,
                fingerprint=fingerprint(key, f"{USER} {PNR} prompt {number}"), user=USER, ip=CLIENT_IP))
    finally:
        log.close()
    return folder


@pytest.fixture(scope="module")
def made() -> list[Decision]:
    return decisions()


@pytest.fixture(scope="module")
def trail(made, tmp_path_factory) -> Path:
    return write_trail(tmp_path_factory.mktemp("audit"), made)


@pytest.fixture(scope="module")
def report(trail) -> dict:
    return build_report(trail, parse_period("2026-11-16", "2026-11-22"))


def guard_report(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*GUARD, "report", *args], capture_output=True, text=True, timeout=120)


def in_current(d: Decision) -> bool:
    return CURRENT[0] <= d.when < CURRENT[1]


def in_previous(d: Decision) -> bool:
    return CURRENT[0] - timedelta(days=7) <= d.when < CURRENT[0]


# --- the numbers ------------------------------------------------------------------------------------

def test_trend_compares_with_the_week_before(report, made):
    trend = {row["measure"]: row for row in report["trend"]}
    for measure, counted in (("events", lambda d: True), ("blocked", lambda d: d.action == "block"), ("redacted", lambda d: d.action == "redact"),
                             ("would_block", lambda d: d.mode == "monitor" and d.intended == "block"),
                             ("shadow_ai", lambda d: d.status != "approved")):
        now, before = sum(in_current(d) and counted(d) for d in made), sum(in_previous(d) and counted(d) for d in made)
        assert (trend[measure]["current"], trend[measure]["previous"]) == (now, before), measure
        assert now  # the generated trail exercises every measure
    blocked = trend["blocked"]
    assert blocked["change_percent"] == round(100 * (blocked["current"] - blocked["previous"]) / blocked["previous"], 1)
    assert report["period"] == [{"period": "current", "start": "2026-11-16T00:00:00Z", "end": "2026-11-23T00:00:00Z"},
                                {"period": "previous", "start": "2026-11-09T00:00:00Z", "end": "2026-11-16T00:00:00Z"}]


def test_categories_are_entity_types_and_reasons(report, made):
    rows = {(r["category"], r["kind"]): r for r in report["categories"]}
    current = [d for d in made if in_current(d)]
    for entity in TYPES:
        assert rows[(entity, "entity")]["blocked"] == sum(d.action == "block" and entity in d.entities for d in current)
        assert rows[(entity, "entity")]["redacted"] == sum(d.action == "redact" and entity in d.entities for d in current)
    for reason in ("forbidden_service", "timeout", "too_large", "encoding"):
        assert rows[(reason, "reason")]["blocked"] == sum(d.reason == reason for d in current) > 0
    assert ("findings", "reason") not in rows  # the reason of every finding: its entity types say more
    ordered = [r["blocked"] for r in report["categories"]]
    assert ordered == sorted(ordered, reverse=True)


def test_services_days_and_the_shadow_ai_inventory(report, made):
    current = [d for d in made if in_current(d)]
    services = {(r["service"], r["status"]): r for r in report["services"]}
    assert set(services) == {(s, status) for s, status, _ in SERVICES}
    for (service, status), row in services.items():
        assert row["events"] == sum(d.service == service for d in current)
        assert row["blocked"] == sum(d.service == service and d.action == "block" for d in current)
    assert [r["day"] for r in report["days"]] == [f"2026-11-{n}" for n in range(16, 23)]
    for row in report["days"]:
        assert row["redacted"] == sum(d.when.date() == date.fromisoformat(row["day"]) and d.action == "redact" for d in current)
    shadow = {(r["service"], r["status"]): r for r in report["shadow_ai"]}
    assert set(shadow) == {(s, status) for s, status, _ in SERVICES if status != "approved"}
    assert shadow[("deepseek", "forbidden")]["events"] == shadow[("deepseek", "forbidden")]["blocked"] == sum(d.service == "deepseek" for d in current)
    assert all(row["days_seen"] == 7 for row in shadow.values())


# --- the period -------------------------------------------------------------------------------------

def test_period_bounds_are_inclusive_days_and_exact_times(tmp_path):
    edges = [datetime(2026, 11, 15, 23, 59, 59, 999000, tzinfo=timezone.utc), datetime(2026, 11, 16, tzinfo=timezone.utc),
             datetime(2026, 11, 22, 23, 59, 59, 999000, tzinfo=timezone.utc), datetime(2026, 11, 23, tzinfo=timezone.utc)]
    write_trail(tmp_path, [Decision(when, "chatgpt", "review", "chatgpt.com", "block", "block", "enforce", "findings", {"PERSON": 1}) for when in edges])
    by_days = build_report(tmp_path, parse_period("2026-11-16", "2026-11-22"))
    trend = {row["measure"]: row for row in by_days["trend"]}
    assert (trend["blocked"]["current"], trend["blocked"]["previous"]) == (2, 1)  # the 23rd is after the period
    by_time = build_report(tmp_path, parse_period("24h", "2026-11-23T00:00:00"))
    assert {row["day"]: row["blocked"] for row in by_time["days"]} == {"2026-11-22": 1}


@pytest.mark.parametrize("since, until, message", [
    ("last week", None, "--since: 'last week' is not a day (YYYY-MM-DD)"),
    ("2026-13-01", None, "--since: '2026-13-01' is not a day"),
    ("7d", "tomorrow", "--until: 'tomorrow' is not a day"),
    ("2026-11-20", "2026-11-10", "must be before --until"),
    ("0d", None, "is an empty span"),
    ("99999w", None, "is longer than the 3660 days a report covers"),
    ("0001-01-01", "2026-11-22", "the period from --since to --until is longer than the 3660 days"),
])
def test_malformed_periods_are_named(since, until, message):
    with pytest.raises(ReportError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_period(since, until)


@pytest.mark.parametrize("args, message", [
    (["--since", "2026-11-31"], "guard: report: --since: '2026-11-31' is not a day"),
    (["--format", "pdf"], "guard: report: --format: 'pdf' is not one of table, json, csv, html"),
    (["--audit-dir", "/nonexistent/audit"], "guard: report: /nonexistent/audit: no such audit directory"),
    (["--output", "/nonexistent/report.html"], "guard: report: --output /nonexistent/report.html: no such directory /nonexistent"),
])
def test_bad_options_are_one_line_exit_2(args, message, trail):
    out = guard_report(*(["--audit-dir", str(trail)] if "--audit-dir" not in args else []), *args)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == out.stderr.strip().splitlines()[0] and out.stderr.startswith(message), out.stderr


def test_an_empty_period_says_so(trail):
    out = guard_report("--audit-dir", str(trail), "--since", "2026-10-01", "--until", "2026-10-07")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "No audit events in 2026-10-01 – 2026-10-07 (UTC days) (the period before it had 0)."
    empty = json.loads(guard_report("--audit-dir", str(trail), "--since", "2026-10-01", "--until", "2026-10-07", "--format", "json").stdout)
    assert empty["categories"] == empty["services"] == empty["shadow_ai"] == [] and len(empty["days"]) == 7


# --- the formats ------------------------------------------------------------------------------------

def test_table_output(trail, report):
    out = guard_report("--audit-dir", str(trail), *PERIOD)
    assert out.returncode == 0 and out.stderr == "", out.stderr
    text = out.stdout
    for heading in ("Audit report 2026-11-16 – 2026-11-22 (UTC days)", "Trend: this period and the one before it",
                    "Blocked and redacted prompts by category", "By service", "By day (UTC)", "Shadow AI: services reached that are not approved"):
        assert heading in text
    blocked = next(row for row in report["trend"] if row["measure"] == "blocked")
    assert f"{blocked['current']:,}" in text and "would block" in text
    assert "│ openai-api │ approved  │" in text and "│ deepseek   │ forbidden │" in text and "SE_PERSONNUMMER" in text and "2026-11-22" in text


def test_json_and_csv_carry_the_same_content(trail, report, tmp_path):
    as_json = tmp_path / "report.json"
    assert guard_report("--audit-dir", str(trail), *PERIOD, "--format", "json", "--output", str(as_json)).returncode == 0
    assert json.loads(as_json.read_text()) == report
    out = guard_report("--audit-dir", str(trail), *PERIOD, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert out.stdout == to_csv(report) and rows[0].keys() == {"section", "name", "detail", "measure", "value"}
    rebuilt: dict = {}
    for row in rows:
        rebuilt.setdefault(row["section"], {}).setdefault((row["name"], row["detail"]), {})[row["measure"]] = row["value"]
    assert [section for section, _, _ in SECTIONS] == list(report)
    for section, key, detail in SECTIONS:
        expected = {(entry[key], entry[detail] if detail else ""): {k: "" if v is None else str(v) for k, v in entry.items() if k not in (key, detail)}
                    for entry in report[section]}
        assert rebuilt.get(section, {}) == expected, section


def test_progress_shows_on_a_terminal(trail):
    terminal = Console(file=io.StringIO(), force_terminal=True, width=100)
    build_report(trail, parse_period("2026-11-16", "2026-11-22"), stderr=terminal)
    assert "reading the audit trail" in terminal.file.getvalue()


# --- torn lines and what must never appear ----------------------------------------------------------

def test_torn_and_invalid_lines_are_skipped_with_a_warning_that_shows_no_content(tmp_path, made):
    write_trail(tmp_path, [d for d in made if d.when.date() == date(2026, 11, 20)][:5])
    day = tmp_path / "audit-2026-11-20.jsonl"
    lines = day.read_text().splitlines(keepends=True)
    lines.insert(2, f"{USER} wrote {PNR} here\n")  # not JSON at all
    day.write_text("".join(lines) + '{"@timestamp": "2026-11-20T10:00:00.000Z", "event": {"action": "block", "reason": "' + PNR)  # a crash mid-line
    out = guard_report("--audit-dir", str(tmp_path), *PERIOD, "--format", "json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["skipped"] == [{"what": "unreadable_lines", "count": 2}, {"what": "unexpected_records", "count": 0}]
    assert f"{day}:3: skipped" in out.stderr and f"{day}:7: skipped" in out.stderr
    assert next(r for r in json.loads(out.stdout)["trend"] if r["measure"] == "events")["current"] == 5
    for secret in (PNR, USER):
        assert secret not in out.stderr and secret not in out.stdout


def test_records_with_free_text_in_the_named_fields_are_not_shown(tmp_path):
    """A record edited (or written by something else) to carry a value where a name belongs."""
    when = datetime(2026, 11, 20, 12, tzinfo=timezone.utc)
    write_trail(tmp_path, [
        Decision(when, PNR.replace("-", ""), "review", "x.example", "block", "block", "enforce", "findings", {"PERSON": 1}),
        Decision(when, "chatgpt", "review", "chatgpt.com", "block", "block", "enforce", "findings", {USER: 1}),
        Decision(when, "chatgpt", "review", "chatgpt.com", "block", "block", "enforce", f"Ring {USER}", {}),
        Decision(when, "chatgpt", "review", "chatgpt.com", "redact", "redact", "enforce", "findings", {"PERSON": 2}),
    ])
    out = guard_report("--audit-dir", str(tmp_path), *PERIOD, "--format", "json")
    data = json.loads(out.stdout)
    assert next(r for r in data["trend"] if r["measure"] == "events")["current"] == 1
    assert data["skipped"][1] == {"what": "unexpected_records", "count": 3}
    assert "skipped 3 audit record(s)" in out.stderr
    for secret in (PNR.replace("-", ""), USER, "Lindqvist"):
        assert secret not in out.stdout and secret not in out.stderr


@pytest.mark.parametrize("output_format", ["table", "json", "csv", "html"])
def test_output_holds_only_types_services_and_counts(output_format, report, made):
    text = render(report, output_format)
    hidden = [USER, "Lindqvist", CLIENT_IP, CONFIG_VERSION, PNR, "hmac-sha256", "G20261120-", ":redact", ":block", *{d.host for d in made}]
    assert not [h for h in hidden if h in text]
    if output_format == "json":
        vocabulary = ({s for s, _, _ in SERVICES} | {"approved", "review", "forbidden"} | set(TYPES) | {"entity", "reason"}
                      | {"forbidden_service", "timeout", "too_large", "encoding"} | {f"2026-11-{n}" for n in range(16, 23)}
                      | {"events", "blocked", "redacted", "would_block", "would_redact", "shadow_ai", "current", "previous",
                         "unreadable_lines", "unexpected_records"} | {row[k] for row in report["period"] for k in ("start", "end")})
        strings = []

        def collect(value) -> None:
            if isinstance(value, dict):
                strings.extend(value)  # keys too
                for item in value.values():
                    collect(item)
            elif isinstance(value, list):
                for item in value:
                    collect(item)
            elif isinstance(value, str):
                strings.append(value)
            else:
                assert value is None or isinstance(value, (int, float)), value

        collect(json.loads(text))
        field_names = {"period", "start", "end", "trend", "measure", "current", "previous", "change_percent", "categories", "category", "kind",
                       "services", "service", "status", "days", "day", "shadow_ai", "days_seen", "skipped", "what", "count"}
        assert set(strings) - vocabulary - field_names == set()


def test_table_lists_no_events_in_one_line(tmp_path):
    console = Console(file=io.StringIO(), width=120)
    write_trail(tmp_path, [])
    print_tables(build_report(tmp_path, parse_period("2026-11-16", "2026-11-22")), console)
    assert console.file.getvalue().count("\n") == 1


# --- the HTML report in a browser -------------------------------------------------------------------

def test_html_report_renders_in_chromium(report, tmp_path):
    """One file, no scripts, no external resources, charts as inline SVG; photographed whole."""
    from e2e.chromium import Browser, chromium_path

    page = tmp_path / "report.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    html = page.read_text()
    assert "<script" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in html
    browser = Browser(chromium_path(), tmp_path)
    try:
        tab = browser.tab()
        tab.open(page.as_uri())
        assert tab.evaluate("performance.getEntriesByType('resource').length") == 0
        assert tab.evaluate("document.querySelectorAll('svg').length") == 4
        day = report["days"][3]
        assert tab.evaluate(f"[...document.querySelectorAll('svg rect title')].some(t => t.textContent === '{day['day']}: {day['blocked']:,} blocked')")
        text = tab.text()
        assert "AI guard: audit report" in text and "deepseek (forbidden)" in text and "SE_PERSONNUMMER" in text
        tab.screenshot(ARTIFACTS / "report.png")  # the top of the page: the one in docs/report.png
        shot = tab.screenshot(ARTIFACTS / "report-full.png", full_page=True)
    finally:
        browser.close()
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width == 1200 and height > 1400, (width, height)
    assert len(data) > 100_000, f"only {len(data)} bytes: an empty page?"
