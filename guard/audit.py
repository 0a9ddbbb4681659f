"""The audit trail: one JSON line per decision, in daily files, kept only as long as allowed.

Security teams document incidents from these records, so each one says what was done, to
which service, because of which entity types and rules, under which configuration, with the
incident id the employee saw. It never holds a value or the prompt: the prompt is present
only as a keyed fingerprint (HMAC-SHA256 with a key created at first start), which lets a
team match repeats of the same prompt without being able to read or guess it. Field names
follow the Elastic Common Schema where one exists, so the files can be shipped as they are.

Each record is written with one ``write`` to a file opened for appending, so a crash leaves at
most one torn last line; the reader skips such a line with a warning. Files are named by UTC
day (``audit-YYYY-MM-DD[.instance].jsonl``) and deleted when their day is more than
``retention_days`` old (gallring): at start and after every UTC midnight.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import stat
import threading
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

logger = logging.getLogger("guard")

DEFAULT_DIR = "~/.guard/audit"  # the guard_audit_dir option and `guard report --audit-dir`
DEFAULT_KEY = "~/.guard/audit.key"
FILE_NAME = re.compile(r"audit-(\d{4}-\d{2}-\d{2})(?:\.([A-Za-z0-9][A-Za-z0-9_.-]*))?\.jsonl")
_INSTANCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_EVENT_TYPE = {"block": "denied", "redact": "change", "log": "info", "allow": "info"}
_MAX_IDENTITY = 256  # a user name from a header is bounded, whatever the client sends


class AuditError(Exception):
    """The audit trail cannot be set up, in one line."""


# --- the key -----------------------------------------------------------------------------------

def load_key(path: Path) -> bytes:
    """The fingerprint key: read it, or create it (0600) on first start. Never logged."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return _create_key(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise AuditError(f"audit key {path}: cannot be read ({getattr(exc, 'strerror', None) or 'not text'})") from None
    if not re.fullmatch(r"[0-9a-f]{64}", text):
        raise AuditError(f"audit key {path}: not a key written by the guard (expected 64 hex digits); move it away to create a new one")
    if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        logger.warning(f"guard: audit key {path} is readable by other users; make it private with chmod 600")
    return bytes.fromhex(text)


def _create_key(path: Path) -> bytes:
    """Written beside its final name and linked into place, so replicas starting together
    agree on one key and nobody ever reads a half-written one."""
    key = secrets.token_bytes(32)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        draft = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, key.hex().encode("ascii") + b"\n")
        finally:
            os.close(fd)
        try:
            os.link(draft, path)
        except FileExistsError:
            return load_key(path)
        finally:
            draft.unlink()
    except OSError as exc:
        raise AuditError(f"audit key {path}: cannot be created ({exc.strerror})") from None
    logger.info(f"guard: created the audit fingerprint key {path} (keep it private; it never leaves this file)")
    return key


def fingerprint(key: bytes, prompt: str | bytes) -> str:
    data = prompt.encode("utf-8", "surrogatepass") if isinstance(prompt, str) else prompt
    return "hmac-sha256:" + hmac.new(key, data, hashlib.sha256).hexdigest()


# --- records ---------------------------------------------------------------------------------

def make_record(
    *,
    when: datetime,
    action: str,
    intended: str,
    reason: str | None,
    incident: str | None,
    host: str,
    service: str,
    service_status: str,
    mode: str,
    entities: dict[str, int],
    rules: list[str],
    config_version: str,
    fingerprint: str | None,
    user: str | None = None,
    ip: str | None = None,
) -> dict:
    """One audit record, ECS field names where ECS has one; ``user``/``source`` only when given."""
    record = {
        "@timestamp": when.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "event": {"kind": "event", "category": ["network"], "type": [_EVENT_TYPE[action]], "action": action, "reason": reason, "id": incident},
        "destination": {"domain": host},
        "guard": {
            "service": service, "service_status": service_status, "mode": mode, "intended": intended,
            "entities": dict(sorted(entities.items())), "rules": sorted(rules), "config_version": config_version, "fingerprint": fingerprint,
        },
    }
    if user:
        record["user"] = {"name": user[:_MAX_IDENTITY]}
    if ip:
        record["source"] = {"ip": ip}
    return record


# --- writing and retention ----------------------------------------------------------------------

class AuditLog:
    """Appends records to the file of their UTC day; deletes expired days at start and daily."""

    def __init__(self, directory: Path, key: bytes, instance: str, retention_days: int) -> None:
        if instance and not _INSTANCE.fullmatch(instance):
            raise AuditError(f"guard_instance: {instance!r} cannot be part of a file name (letters, digits, '.', '_', '-')")
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise AuditError(f"audit directory {directory}: cannot be created ({exc.strerror})") from None
        if not os.access(directory, os.W_OK | os.X_OK):
            raise AuditError(f"audit directory {directory}: not writable")
        self.directory, self.key, self.instance, self.retention_days = directory, key, instance, retention_days
        self._lock = threading.Lock()
        self._day: str | None = None
        self._fd: int | None = None
        self._timer: threading.Timer | None = None
        self.prune()
        self._schedule()

    def path(self, day: str) -> Path:
        return self.directory / (f"audit-{day}.{self.instance}.jsonl" if self.instance else f"audit-{day}.jsonl")

    def write(self, record: dict) -> None:
        """One line in one write; a failed write is logged (by file, never content), not raised."""
        line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        day = record["@timestamp"][:10]
        with self._lock:
            try:
                if day != self._day:
                    self._open(day)
                os.write(self._fd, line)
            except OSError as exc:
                logger.error(f"guard: audit: cannot write {self.path(day)}: {exc.strerror}")

    def _open(self, day: str) -> None:
        self._close()
        fd = os.open(self.path(day), os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            os.write(fd, b"\n")  # end a line torn by a crash, so the next record starts clean
        self._fd, self._day = fd, day

    def prune(self, today: date | None = None) -> list[Path]:
        """Delete every audit file whose day is more than retention_days before ``today`` (UTC)."""
        oldest_kept = (today or datetime.now(timezone.utc).date()) - timedelta(days=self.retention_days)
        deleted = []
        for path in self.directory.iterdir():
            day = _file_day(path)
            if day is not None and day < oldest_kept:
                try:
                    path.unlink()
                    deleted.append(path)
                except OSError as exc:
                    logger.error(f"guard: audit retention: cannot delete {path}: {exc.strerror}")
        if deleted:
            logger.info(f"guard: audit retention: deleted {len(deleted)} file(s) older than {self.retention_days} days")
        return deleted

    def _schedule(self) -> None:
        now = datetime.now(timezone.utc)
        next_midnight = datetime.combine(now.date() + timedelta(days=1), time(0, 0, 1), timezone.utc)
        self._timer = threading.Timer((next_midnight - now).total_seconds(), self._daily)
        self._timer.daemon = True
        self._timer.start()

    def _daily(self) -> None:
        self.prune()
        self._schedule()

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd, self._day = None, None


# --- reading -----------------------------------------------------------------------------------

def read_events(directory: Path | str, since: date | datetime | None = None, until: date | datetime | None = None) -> Iterator[dict]:
    """Records of every ``audit-*.jsonl`` in ``directory``, oldest day first.

    ``since``/``until`` are inclusive: a date selects whole UTC days, a datetime (naive = UTC)
    compares with each record's @timestamp. A torn or invalid line is skipped with a warning
    that names the file and line number, never the content.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory}: no such audit directory")
    first, last = _as_day(since), _as_day(until)
    files = []
    for path in directory.iterdir():
        day = _file_day(path)
        if day is not None and (first is None or day >= first) and (last is None or day <= last):
            files.append((day, path.name, path))
    for _, _, path in sorted(files):
        with path.open("rb") as lines:
            for number, line in enumerate(lines, 1):
                record, when = _parse(line)
                if record is None:
                    logger.warning(f"guard: {path}:{number}: skipped a torn or invalid audit line")
                elif _within(when, since, until):
                    yield record


def _parse(line: bytes) -> tuple[dict | None, datetime | None]:
    """A record and its time; (None, None) for anything that is not a whole audit record."""
    try:
        record = json.loads(line.decode("utf-8"))
        if not isinstance(record, dict) or not isinstance(record.get("event"), dict) or not isinstance(record.get("guard"), dict):
            return None, None
        return record, _utc(datetime.fromisoformat(record["@timestamp"]))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None, None


def _within(when: datetime, since: date | datetime | None, until: date | datetime | None) -> bool:
    if isinstance(since, datetime) and when < _utc(since):
        return False
    return not (isinstance(until, datetime) and when > _utc(until))


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _as_day(bound: date | datetime | None) -> date | None:
    return _utc(bound).date() if isinstance(bound, datetime) else bound


def _file_day(path: Path) -> date | None:
    """The UTC day of an audit file, None for any other file."""
    match = FILE_NAME.fullmatch(path.name)
    try:
        return date.fromisoformat(match.group(1)) if match else None
    except ValueError:
        return None
