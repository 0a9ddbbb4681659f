"""Stages 2–6 for one request body: adapter segments -> engine -> one outcome and new body.

Each message of the conversation is checked on its own and remembered by a keyed hash
(bounded LRU), so resent history costs a lookup: a long chat costs only its new message.
All other texts of the body (metadata, tool definitions, unknown fields) are checked
together in one pass. One placeholder book per conversation makes the same value get the
same placeholder in every turn, so a redacted earlier turn is redacted the same way again.

Each uploaded file (a multipart file part, a file sent as the body) is checked on its own.
A text file is rewritten like any text; but text read out of a document (PDF, Office,
OpenDocument) or a file name cannot be rewritten without rewriting the file, so where a
redaction would have to change it, the file is blocked instead (``Outcome.in_file``; the
notice says why). A file the guard cannot read (unknown format, damaged, encrypted, over the
extraction limits) gets the configured ``unreadable_action`` (log or block). The URL's query string is checked too,
as form fields of its own ("chatgpt.com/?q=…" sends a prompt with a plain GET), and
rewritten in place like a body. Nothing here knows mitmproxy; the addon feeds it decoded
bodies.
"""

from __future__ import annotations

import dataclasses
import hashlib
import secrets
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

from guard.adapters import Extraction, Segment, read
from guard.adapters.body import parse
from guard.config import SEVERITY
from guard.engine import Engine
from guard.extract import Limits
from guard.policy import Acted, Decision
from guard.redact import Placeholders, RequestPlaceholders, redact

# Joins the non-message texts of a body for one scan: a blank line no recognizer spans,
# marked by an invisible separator (U+2063) that normalisation drops before scanning.
_JOIN = "\n\n\u2063\n\n"


class LRU:
    """A bounded mapping that forgets the least recently used entry; thread-safe."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key, value) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def setdefault(self, key, factory):
        with self._lock:
            if key not in self._data:
                self._data[key] = factory()
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)
            return self._data[key]


@dataclass
class Outcome:
    action: str  # what is done: allow | log | redact | block
    intended: str  # what enforce mode does (differs in monitor mode)
    body: bytes | None = None  # the rewritten body, when something was redacted in it
    query: str | None = None  # the rewritten query string, when something was redacted in it
    counts: Counter = field(default_factory=Counter)  # entity type -> findings that count
    rules: set[str] = field(default_factory=set)
    blocking: list[str] = field(default_factory=list)  # entity types whose rule is block
    segments: int = 0
    scanned: int = 0  # checks that ran: a message, a file, or the other fields together, not found in the history
    binary: bool = False  # a file could not be read, and no finding already blocks the request
    in_file: bool = False  # blocked because a redaction would have had to rewrite an uploaded document
    unreadable: list[str] = field(default_factory=list)  # "place:kind:reason" of each file not read (no values: fit for the log)
    newest: str | None = field(default=None, repr=False)  # what the audit fingerprint is of (prompt text: never logged)
    restorable: dict[str, str] = field(default_factory=dict, repr=False)  # placeholder -> value this request carried (never logged)


class _Conversation:
    def __init__(self, key: bytes) -> None:
        self.key = key
        self.book = Placeholders()
        self.lock = threading.Lock()


class Inspector:
    """Built once per configuration; ``inspect`` may be called from worker threads."""

    def __init__(self, engine: Engine, binary_action: str = "log", history_size: int = 20_000, conversations: int = 5_000, limits: Limits = Limits()) -> None:
        self.engine = engine
        self.binary_action = binary_action  # for a file the guard cannot read: log | block
        self.limits = limits
        self._secret = secrets.token_bytes(32)
        self._decisions = LRU(history_size)
        self._conversations = LRU(conversations)

    def inspect(self, adapter: str, url_path: str, content_type: str, body: bytes, scope: str) -> Outcome:
        """Decide for a decoded request body. ``scope`` (service id, client address, credential
        headers; only its keyed hash is kept) separates clients so conversations never mix."""
        extraction = read(adapter, url_path, content_type, body, self.limits)
        query = parse(url_path.partition("?")[2], "application/x-www-form-urlencoded")
        conversation = self._conversation(scope, extraction)
        outcome = Outcome("allow", "allow", newest=_newest(extraction) or _joined(query.segments))
        book = RequestPlaceholders(conversation.book)
        with conversation.lock:
            changed = False
            for segment in extraction.prompts:
                changed |= self._check([segment], conversation, book, outcome)
            for texts in extraction.files.values():
                changed |= self._check(texts, conversation, book, outcome)
            if extraction.fields:
                changed |= self._check(extraction.fields, conversation, book, outcome)
            query_changed = bool(query.segments) and self._check(query.segments, conversation, book, outcome)
        if extraction.document.unreadable:
            self._unreadable(extraction.document.unreadable, outcome)
        if outcome.action == "redact":
            outcome.body = extraction.render() if changed else None
            outcome.query = query.render() if query_changed else None
            outcome.restorable = book.given
        return outcome

    def _unreadable(self, files: list[str], outcome: Outcome) -> None:
        """Fold the configured decision for files the guard could not read into ``outcome``."""
        outcome.unreadable = files
        outcome.binary = outcome.action != "block"
        monitor = self.engine.config.policy.mode == "monitor"
        _fold(outcome, "log" if monitor else self.binary_action, self.binary_action, [])

    def _conversation(self, scope: str, extraction: Extraction) -> _Conversation:
        if extraction.conversation:
            name = "id:" + extraction.conversation
        else:
            first = next((s for s in extraction.prompts if s.role == "user"), None) or next(iter(extraction.prompts), None)
            name = "first:" + first.text if first else "none"
        key = self._digest(scope, name)
        return self._conversations.setdefault(key, lambda: _Conversation(key))

    def _check(self, segments: list[Segment], conversation: _Conversation, book: RequestPlaceholders, outcome: Outcome) -> bool:
        """Check texts as one unit, fold the result into ``outcome``; True if any text changed."""
        texts = [s.text for s in segments]
        if len(texts) > 1 and any(_JOIN in t for t in texts):
            return any([self._check([s], conversation, book, outcome) for s in segments])
        joined = _JOIN.join(texts)
        decision, forwarded = self._decide(joined, conversation, book, outcome)
        if not decision.acted and decision.action == "allow":  # nothing counts: nothing to fold (most resent history)
            outcome.segments += len(segments)
            return False
        parts = None
        if decision.action == "redact" and forwarded is not None and forwarded != joined:
            parts = forwarded.split(_JOIN) if len(segments) > 1 else [forwarded]
            if len(parts) == len(segments) and any(s.fixed and new != s.text for s, new in zip(segments, parts)):
                decision, parts = _in_file(decision), None
        elif decision.intended == "redact" and any(s.fixed for s in segments):
            decision = _in_file(decision)  # monitor mode: record what enforce mode would do
        outcome.segments += len(segments)
        outcome.counts.update(decision.counts())
        outcome.rules.update(decision.rule_ids)
        _fold(outcome, decision.action, decision.intended, [a.finding.type for a in decision.acted if a.action == "block"],
              in_file=any(a.rule.startswith("in_file:") for a in decision.acted))
        if parts is None:
            return False
        if len(parts) != len(segments):  # a finding spanned two texts: check them one by one
            alone = Outcome("allow", "allow")
            changed = any([self._check([s], conversation, book, alone) for s in segments])
            _fold(outcome, alone.action, alone.intended, alone.blocking, alone.in_file)
            return changed
        for segment, new in zip(segments, parts):
            if new != segment.text:
                segment.replace(new)
        return True

    def _decide(self, text: str, conversation: _Conversation, book: RequestPlaceholders, outcome: Outcome) -> tuple[Decision, str | None]:
        key = self._digest(conversation.key.hex(), text)
        decision = self._decisions.get(key)
        if decision is None:
            verdict = self.engine.check(text, book)
            outcome.scanned += 1
            self._decisions.put(key, verdict.decision)
            return verdict.decision, verdict.text
        if decision.action == "redact":
            return decision, redact(text, decision, self.engine.config.policy, book)
        return decision, None if decision.action == "block" else text

    def _digest(self, *parts: str) -> bytes:
        digest = hashlib.blake2b(key=self._secret, digest_size=16)
        for part in parts:
            digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
        return digest.digest()


def _newest(extraction: Extraction) -> str | None:
    """The text the audit fingerprint is of: the newest user message (else every message,
    else every other text, else the uploaded files' texts); None for a body without text.
    Taken here, from the segments already read, so the body is not parsed a second time."""
    users = [s for s in extraction.prompts if s.role == "user"]
    segments = users[-1:] or extraction.prompts or extraction.fields or [s for texts in extraction.files.values() for s in texts]
    return _joined(segments)


def _joined(segments: list[Segment]) -> str | None:
    return "\n".join(s.text for s in segments) if segments else None


def _fold(outcome: Outcome, action: str, intended: str, blocking: list[str], in_file: bool = False) -> None:
    """The most severe action wins."""
    if SEVERITY[action] > SEVERITY[outcome.action]:
        outcome.action = action
    if SEVERITY[intended] > SEVERITY[outcome.intended]:
        outcome.intended = intended
    outcome.blocking.extend(blocking)
    outcome.in_file |= in_file


def _in_file(decision: Decision) -> Decision:
    """A redaction that would have to rewrite an uploaded document blocks it instead."""
    acted = tuple(Acted(a.finding, "block", "in_file:" + a.rule) if a.action == "redact" else a for a in decision.acted)
    escalate = lambda action: "block" if action == "redact" else action  # noqa: E731
    return dataclasses.replace(decision, action=escalate(decision.action), intended=escalate(decision.intended), acted=acted)
