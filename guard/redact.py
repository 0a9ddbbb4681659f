"""Stage 6 (for text): replace values by typed, numbered placeholders.

The same value gets the same placeholder within a conversation ([PERSONNUMMER_1] for
both "811218-9876" and "19811218-9876"), so the AI's answer stays usable, and the
placeholders a request was given are noted, so its reply can have them restored.
Values inside a decoded base64 blob are replaced inside the blob, which is re-encoded.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict

import regex

from guard.config import Policy
from guard.normalise import encode_like, normalise
from guard.policy import Decision
from guard.scan import PRIORITY, Finding

_RANK = {entity: rank for rank, entity in enumerate(PRIORITY)}
_DIGIT_TYPES = {"SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER", "SE_ORGANISATIONSNUMMER", "PHONE_NUMBER", "IBAN_CODE",
                "SE_BANKGIRO", "SE_PLUSGIRO", "CREDIT_CARD", "SE_BANK_ACCOUNT"}


class Placeholders:
    """Placeholder book of one conversation: value key (its canonical form) -> placeholder."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self._next: dict[str, int] = defaultdict(int)

    def placeholder(self, label: str, finding: Finding, original: str) -> str:
        key = (label, finding.canonical or _canonical(finding.type, original))
        if key not in self._by_key:
            self._next[label] += 1
            name = f"[{label}_{self._next[label]}]"
            self._by_key[key] = name
        return self._by_key[key]


class RequestPlaceholders:
    """A conversation's book as one request uses it: the numbering is the book's, and the
    placeholders this request's own text was given are noted with the value as it was
    written there: the only ones its reply may have put back (guard/restore.py)."""

    def __init__(self, book: Placeholders) -> None:
        self.book = book
        self.given: dict[str, str] = {}

    def placeholder(self, label: str, finding: Finding, original: str) -> str:
        name = self.book.placeholder(label, finding, original)
        self.given[name] = original
        return name


PLACEHOLDER = regex.compile(r"\[[A-ZÅÄÖ_]+_\d+\]")  # what a placeholder looks like in a reply


def _canonical(entity: str, value: str) -> str:
    text = value if value.isascii() else normalise(value).text
    if entity in _DIGIT_TYPES:
        digits = "".join(c for c in text if c.isdigit())
        return digits[-10:] if entity in ("SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER") else digits
    return " ".join(text.casefold().split())


def redact(text: str, decision: Decision, policy: Policy, book: Placeholders | RequestPlaceholders) -> str:
    """The text with every finding whose action is redact replaced by its placeholder."""
    to_replace = [a.finding for a in decision.acted if a.action == "redact"]
    return _rewrite(text, to_replace, policy, book)


def _rewrite(text: str, findings: list[Finding], policy: Policy, book: Placeholders | RequestPlaceholders) -> str:
    by_payload: dict[tuple[int, int], list[Finding]] = defaultdict(list)
    direct: list[Finding] = []
    for finding in findings:
        if finding.payload is not None:
            by_payload[(finding.payload.start, finding.payload.end)].append(finding)
        else:
            direct.append(finding)
    edits: list[tuple[int, int, str]] = []
    for (start, end), inside in by_payload.items():
        payload = inside[0].payload
        new_inner = _rewrite(payload.text, [f.inner for f in inside], policy, book)
        edits.append((start, end, encode_like(payload, text[start:end], new_inner)))
    blobs = sorted((start, end) for start, end, _ in edits)
    for start, end, finding in _regions(direct):
        if _in_blob(blobs, start, end):
            continue  # inside a blob that is re-encoded anyway
        edits.append((start, end, book.placeholder(policy.placeholder(finding.type), finding, text[start:end])))
    out, last = [], 0
    for start, end, replacement in sorted(edits):
        out.append(text[last:start])
        out.append(replacement)
        last = end
    out.append(text[last:])
    return "".join(out)


def _in_blob(blobs: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the region starts or ends inside one of the (sorted, disjoint) blob spans: a
    binary search, so a prompt with thousands of values stays linear."""
    before_start = bisect.bisect_right(blobs, (start, math.inf)) - 1
    before_end = bisect.bisect_left(blobs, (end, -math.inf)) - 1
    return (before_start >= 0 and start < blobs[before_start][1]) or (before_end >= 0 and end <= blobs[before_end][1])


def _regions(findings: list[Finding]) -> list[tuple[int, int, Finding]]:
    """Non-overlapping regions; where findings overlap the most specific type names the region."""
    regions: list[tuple[int, int, Finding]] = []
    for finding in sorted(findings, key=lambda f: (f.start, _RANK.get(f.type, 99), -f.end)):
        if regions and finding.start < regions[-1][1]:
            start, end, kept = regions[-1]
            better = finding if _RANK.get(finding.type, 99) < _RANK.get(kept.type, 99) else kept
            regions[-1] = (start, max(end, finding.end), better)
            continue
        regions.append((finding.start, finding.end, finding))
    return regions
