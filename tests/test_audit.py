"""The audit trail on disk: daily files, retention that really deletes, torn lines, the key."""

from __future__ import annotations

import json
import logging
import stat
from datetime import date, datetime, timedelta, timezone

import pytest

from guard.audit import AuditError, AuditLog, fingerprint, load_key, make_record, read_events
from guard.config import DEFAULT_CONFIG_DIR, ConfigError, parse_policy

KEY = bytes(range(32))
TODAY = datetime.now(timezone.utc).date()


def record(when: datetime, action: str = "block", incident: str | None = "G20261123-0000abcd") -> dict:
    return make_record(when=when, action=action, intended=action, reason="findings", incident=incident, host="api.openai.com",
                       service="openai-api", service_status="approved", mode="enforce", entities={"SE_PERSONNUMMER": 1, "PERSON": 2},
                       rules=["entity:SE_PERSONNUMMER"], config_version="ab12cd34", fingerprint=fingerprint(KEY, "prompt"))


def at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, datetime.min.time(), timezone.utc).replace(hour=hour)


@pytest.fixture
def trail(tmp_path):
    log = AuditLog(tmp_path / "audit", KEY, "", retention_days=90)
    yield log
    log.close()


def test_records_go_to_the_file_of_their_utc_day(trail):
    yesterday = TODAY - timedelta(days=1)
    trail.write(record(at(yesterday, 23)))
    trail.write(record(at(TODAY, 0)))
    trail.write(record(at(TODAY, 1), action="redact", incident=None))
    assert sorted(p.name for p in trail.directory.iterdir()) == [f"audit-{yesterday}.jsonl", f"audit-{TODAY}.jsonl"]
    assert len(trail.path(str(TODAY)).read_text().splitlines()) == 2
    events = list(read_events(trail.directory))
    assert [e["@timestamp"][:10] for e in events] == [str(yesterday), str(TODAY), str(TODAY)]
    assert [e["event"]["type"] for e in events] == [["denied"], ["denied"], ["change"]]
    assert [e["@timestamp"][:10] for e in read_events(trail.directory, since=TODAY)] == [str(TODAY), str(TODAY)]
    assert len(list(read_events(trail.directory, until=yesterday))) == 1
    assert len(list(read_events(trail.directory, since=at(TODAY, 0), until=at(TODAY, 0)))) == 1  # datetimes: inclusive, by @timestamp


def test_instance_name_goes_into_the_file_name_and_the_reader_takes_every_file(tmp_path):
    for instance in ("pod-a", "pod-b.example"):
        log = AuditLog(tmp_path, KEY, instance, retention_days=90)
        log.write(record(at(TODAY)))
        log.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"audit-{TODAY}.pod-a.jsonl", f"audit-{TODAY}.pod-b.example.jsonl"]
    assert len(list(read_events(tmp_path))) == 2
    with pytest.raises(AuditError, match="guard_instance"):
        AuditLog(tmp_path, KEY, "../escape", retention_days=90)


def test_retention_deletes_files_older_than_the_limit_and_nothing_younger(tmp_path):
    def day(age: int) -> str:
        return str(TODAY - timedelta(days=age))

    names = [f"audit-{day(age)}.jsonl" for age in (400, 31, 30, 29, 1, 0)] + [f"audit-{day(31)}.pod-a.jsonl", "notes.txt", "audit-9999-99-99.jsonl"]
    for name in names:
        (tmp_path / name).write_text("{}\n")
    log = AuditLog(tmp_path, KEY, "", retention_days=30)  # at start
    try:
        kept = sorted(p.name for p in tmp_path.iterdir())
        assert kept == sorted([f"audit-{day(age)}.jsonl" for age in (30, 29, 1, 0)] + ["notes.txt", "audit-9999-99-99.jsonl"])
        deleted = log.prune(today=TODAY + timedelta(days=2))  # as the daily run two days later
        assert sorted(p.name for p in deleted) == [f"audit-{day(30)}.jsonl", f"audit-{day(29)}.jsonl"]
        assert (tmp_path / f"audit-{day(1)}.jsonl").exists()
    finally:
        log.close()


def test_a_torn_last_line_is_skipped_with_a_warning_naming_file_and_line_not_content(trail, caplog):
    trail.write(record(at(TODAY)))
    trail.write(record(at(TODAY)))
    trail.close()
    path = trail.path(str(TODAY))
    with path.open("ab") as out:
        out.write(b'{"@timestamp":"2026-11-23T12:00:00.000Z","event":{"kind":"event","secret-fragment')  # a crash mid-write
    with caplog.at_level(logging.WARNING, logger="guard"):
        assert len(list(read_events(trail.directory))) == 2
    assert [r.getMessage() for r in caplog.records] == [f"guard: {path}:3: skipped a torn or invalid audit line"]

    reopened = AuditLog(trail.directory, KEY, "", retention_days=90)  # after the restart, the next record starts on its own line
    reopened.write(record(at(TODAY)))
    reopened.close()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="guard"):
        assert len(list(read_events(trail.directory))) == 3
    assert len(caplog.records) == 1 and "secret-fragment" not in caplog.text


def test_invalid_lines_are_skipped(tmp_path, caplog):
    path = tmp_path / f"audit-{TODAY}.jsonl"
    good = json.dumps(record(at(TODAY)))
    path.write_bytes(b"\n".join([b"[1, 2]", b"\xff\xfe", good.encode(), b'{"@timestamp": "yesterday", "event": {}, "guard": {}}', b""]))
    with caplog.at_level(logging.WARNING, logger="guard"):
        assert len(list(read_events(tmp_path))) == 1
    assert [r.getMessage().split(": ")[1] for r in caplog.records] == [f"{path}:1", f"{path}:2", f"{path}:4"]


def test_a_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such audit directory"):
        list(read_events(tmp_path / "absent"))


def test_key_is_created_0600_once_and_reused_across_restarts(tmp_path, caplog):
    path = tmp_path / "state" / "audit.key"
    with caplog.at_level(logging.DEBUG, logger="guard"):
        key = load_key(path)
        assert load_key(path) == key  # the next start
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert key.hex() not in caplog.text
    assert [p.name for p in path.parent.iterdir()] == ["audit.key"]  # no draft left behind
    assert fingerprint(key, "same prompt") == fingerprint(load_key(path), "same prompt") != fingerprint(key, "another prompt")


def test_a_damaged_key_file_is_refused_in_one_line(tmp_path):
    path = tmp_path / "audit.key"
    path.write_text("not a key\n")
    with pytest.raises(AuditError, match="not a key written by the guard") as caught:
        load_key(path)
    assert "\n" not in str(caught.value)


def test_audit_settings_are_validated_with_file_line_and_key():
    policy = (DEFAULT_CONFIG_DIR / "policy.yaml").read_text()
    assert parse_policy(policy, "policy.yaml").audit.retention_days == 90
    broken = policy.replace("client_identity: none", "client_identity: everyone")
    line = broken.splitlines().index(next(l for l in broken.splitlines() if "client_identity" in l)) + 1
    with pytest.raises(ConfigError, match=rf"policy.yaml:{line}: audit.client_identity: expected none, proxy_auth or header:<Header-Name>"):
        parse_policy(broken, "policy.yaml")
    with pytest.raises(ConfigError, match="audit.retention_days"):
        parse_policy(policy.replace("retention_days: 90", "retention_days: 0"), "policy.yaml")
