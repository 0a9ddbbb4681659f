"""Stage 3: normalise prompt text before scanning, keeping a map back to the original.

Recognizers see one canonical form (NFKC, no invisible characters, ASCII dashes,
spaced-out digits joined, URL escapes decoded), so evasions such as fullwidth digits
or a zero-width space inside a personnummer do not hide it. Every finding is mapped
back to original offsets, because redaction rewrites the original text.

Encoded payloads (base64 blobs, ``data:`` URLs) are not inlined: they are returned as
separate views, scanned on their own, and a finding inside one condemns the whole blob.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import re
import unicodedata
from dataclasses import dataclass

import regex

# Simple character classes run several times faster in the stdlib re than in regex.
_INVISIBLE_CHARS = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")
_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACE_CHARS = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
# "8 1 1 2 1 8 - 9 8 7 6": single digits spaced out, a common way to slip a number past a filter.
# (The digit comes before the lookbehinds, "not after a digit, nor after a digit and a space",
# so that re's fast scan for a digit start applies.)
_SPACED_DIGITS = re.compile(r"\d(?<!\d\d)(?<!\d \d)(?: (?:[-+] )?\d){5,}(?!\d)(?! \d)")
# "811218-\n9876": a number wrapped at its separator by a word processor or PDF export. The
# match starts at the separator (kept in the replacement) so that re can skip ahead to it.
_WRAPPED_AT_DASH = re.compile(r"[-+](?<=\d[-+])[ \t]*\r?\n[ \t]*(?=\d)")
_URL_ESCAPES = re.compile(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")  # the literal % first: re skips ahead to it

_DATA_URL = regex.compile(r"data:[\w.+-]+/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,([A-Za-z0-9+/]+={0,2})")
# stdlib re: several times faster than regex for this simple class; boundaries checked in code.
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
# The same, found by the character before it: re then passes over words quickly instead of
# trying a run at every letter of every word.
_BASE64_RUN_AFTER = re.compile(r"[^A-Za-z0-9+/](?P<run>[A-Za-z0-9+/]{40,}={0,2})")
_BASE64_NEIGHBOUR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-")


class OffsetMap:
    """Piecewise map from positions in a rewritten text to positions in its source.

    Built from (output_start, source_start, source_end, same_length) pieces: inside an
    unchanged piece positions map one to one; inside a rewritten piece a start maps to
    the piece's source start and an end to its source end, so a span never shrinks.
    """

    __slots__ = ("_out_starts", "_pieces")

    def __init__(self) -> None:
        self._out_starts: list[int] = []
        self._pieces: list[tuple[int, int, int, bool]] = []

    def add(self, out_start: int, src_start: int, src_end: int, same_length: bool) -> None:
        self._out_starts.append(out_start)
        self._pieces.append((out_start, src_start, src_end, same_length))

    def start(self, pos: int) -> int:
        out_start, src_start, src_end, same = self._pieces[bisect.bisect_right(self._out_starts, pos) - 1]
        return src_start + (pos - out_start) if same else src_start

    def end(self, pos: int) -> int:
        if pos == 0:
            return self._pieces[0][1]
        # The piece holding the span's last character decides where the span ends.
        out_start, src_start, src_end, same = self._pieces[bisect.bisect_right(self._out_starts, pos - 1) - 1]
        return src_start + (pos - out_start) if same else src_end


def _rewrite(text: str, pattern: re.Pattern | regex.Pattern, replace) -> tuple[str, OffsetMap | None]:
    """Apply ``replace(match) -> str`` to every match of ``pattern``; None map when nothing matched."""
    out: list[str] = []
    offsets = OffsetMap()
    produced = 0
    last = 0
    for match in pattern.finditer(text):
        replacement = replace(match)
        if replacement == match.group():
            continue
        if match.start() > last:
            offsets.add(produced, last, match.start(), True)
            out.append(text[last:match.start()])
            produced += match.start() - last
        offsets.add(produced, match.start(), match.end(), len(replacement) == match.end() - match.start())
        out.append(replacement)
        produced += len(replacement)
        last = match.end()
    if not out:
        return text, None
    offsets.add(produced, last, len(text), True)
    out.append(text[last:])
    return "".join(out), offsets


def _nfkc_scope(non_ascii: set[str]) -> re.Pattern:
    """A pattern for the characters of a text (its non-ASCII ones given) that NFKC changes.

    Cost grows with the few such characters, not with the text: Swedish text is full of
    non-ASCII letters that NFKC leaves alone. A combining mark is taken with the
    character before it ("a" + U+030A -> "å").
    """
    changed = [c for c in non_ascii if unicodedata.combining(c) or unicodedata.normalize("NFKC", c) != c]
    marks = "".join(re.escape(c) for c in changed if unicodedata.combining(c))
    others = "".join(re.escape(c) for c in changed if not unicodedata.combining(c))
    # "[x][x]*", not "[x]+": a pattern that starts with a plain character set lets re skip
    # ahead to it at C speed (many times faster through a long text when only one is changed).
    alternatives = ([f".[{marks}]+"] if marks else []) + ([f"[{others}][{others}]*"] if others else [])
    return re.compile("|".join(alternatives) or r"(?!)", re.DOTALL)


def _url_decode(match: re.Match) -> str:
    try:
        decoded = bytes.fromhex(match.group().replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()
    return decoded if decoded.isprintable() else match.group()


_PASSES = (
    (_SPACED_DIGITS, lambda m: m.group().replace(" ", "")),
    (_WRAPPED_AT_DASH, lambda m: m.group()[0]),
    (_URL_ESCAPES, _url_decode),
)


def _may_apply(pattern, text: str) -> bool:
    """Cheap string tests that rule a pass out for most texts before its pattern runs."""
    if pattern is _WRAPPED_AT_DASH:
        return "-\n" in text or "+\n" in text or "- \n" in text
    return True


@dataclass(frozen=True)
class Normalised:
    """A normalised text and the maps that lead back to the original."""

    original: str
    text: str
    _maps: tuple[OffsetMap, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        for offsets in reversed(self._maps):
            start, end = offsets.start(start), offsets.end(end)
        return start, end


def normalise(text: str) -> Normalised:
    """Canonical form of ``text`` for scanning; cheap when the text needs nothing."""
    maps: list[OffsetMap] = []
    current = text
    # The few distinct non-ASCII characters tell which character passes can change anything
    # (NFKC neither makes nor removes invisible characters).
    non_ascii = set() if text.isascii() else set(_ASCII_RUNS.sub("", text))
    for odd in non_ascii.intersection(_DASH_CHARS + _SPACE_CHARS):
        # Length-preserving replacements need no map.
        current = current.replace(odd, "-" if odd in _DASH_CHARS else " ")
        non_ascii.remove(odd)
    passes = []
    if non_ascii and not unicodedata.is_normalized("NFKC", current):
        passes.append((_nfkc_scope(non_ascii), lambda m: unicodedata.normalize("NFKC", m.group())))
    if not non_ascii.isdisjoint(_INVISIBLE_CHARS):
        passes.append((_INVISIBLE, lambda m: ""))
    for pattern, replace in passes + list(_PASSES):
        if not _may_apply(pattern, current):
            continue
        current, offsets = _rewrite(current, pattern, replace)
        if offsets is not None:
            maps.append(offsets)
    return Normalised(text, current, tuple(maps))


@dataclass(frozen=True)
class EncodedPayload:
    """Text found inside a base64 blob or data: URL, and where the blob sits."""

    start: int
    end: int
    text: str
    kind: str  # "base64" | "data-url"


def find_encoded_payloads(text: str, min_printable: float = 0.9) -> list[EncodedPayload]:
    """Decode base64 blobs and data: URLs whose content is readable text.

    Binary content (images, archives) is not text and is left to the upload handling
    of the proxy; what is returned here is scanned like any prompt text.
    """
    payloads: list[EncodedPayload] = []
    data_urls = [m.span() for m in _DATA_URL.finditer(text)] if "data:" in text else []
    for match in _DATA_URL.finditer(text) if data_urls else ():
        decoded = _decode_text(match.group(1), min_printable)
        if decoded is not None:
            payloads.append(EncodedPayload(match.start(), match.end(), decoded, "data-url"))
    at_start = _BASE64_RUN.match(text)
    for run_start, run_end in ([at_start.span()] if at_start else []) + [m.span("run") for m in _BASE64_RUN_AFTER.finditer(text)]:
        if (run_start and text[run_start - 1] in _BASE64_NEIGHBOUR) or (run_end < len(text) and text[run_end] in _BASE64_NEIGHBOUR):
            continue
        if any(start <= run_start < end for start, end in data_urls):
            continue
        decoded = _decode_text(text[run_start:run_end], min_printable)
        if decoded is not None:
            payloads.append(EncodedPayload(run_start, run_end, decoded, "base64"))
    payloads.sort(key=lambda p: p.start)
    return payloads


def _decode_text(blob: str, min_printable: float) -> str | None:
    padded = blob + "=" * (-len(blob) % 4)
    try:
        raw = base64.b64decode(padded, validate=True)
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    if not decoded:
        return None
    printable = sum(1 for c in decoded if c.isprintable() or c in "\n\r\t")
    return decoded if printable / len(decoded) >= min_printable else None


def encode_like(payload: EncodedPayload, original_blob: str, new_text: str) -> str:
    """Re-encode rewritten payload text in the same wrapping as the original blob."""
    encoded = base64.b64encode(new_text.encode("utf-8")).decode("ascii")
    if payload.kind == "data-url":
        return original_blob[: original_blob.index(";base64,") + len(";base64,")] + encoded
    return encoded
