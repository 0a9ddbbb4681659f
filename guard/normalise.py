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
from collections.abc import Iterable
from dataclasses import dataclass

import regex

# Simple character classes run several times faster in the stdlib re than in regex.
_INVISIBLE_CHARS = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")
_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACE_CHARS = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_ASCII_BYTES = bytes(range(0x80))
# "8 1 1 2 1 8 - 9 8 7 6": single digits spaced out, a common way to slip a number past a filter.
# (The digit comes before the lookbehinds, "not after a digit, nor after a digit and a space",
# so that re's fast scan for a digit start applies.)
_SPACED_DIGITS = re.compile(r"\d(?<!\d\d)(?<!\d \d)(?: (?:[-+] )?\d){5,}(?!\d)(?! \d)")
# "811218-\n9876": a number wrapped at its separator by a word processor or PDF export. The
# match starts at the separator (kept in the replacement) so that re can skip ahead to it.
_WRAPPED_AT_DASH = re.compile(r"[-+](?<=\d[-+])[ \t]*\r?\n[ \t]*(?=\d)")
# What every spaced-out number holds: its second digit between spaces, then (after any sign)
# its third digit and a space. It starts with a space, a literal that re skips ahead to,
# where _SPACED_DIGITS is tried at every digit of the text.
_SPACED_DIGITS_CORE = re.compile(r" \d (?:[-+] )?\d ")
# Every match of _WRAPPED_AT_DASH holds a newline right after a sign, a space, a tab or a
# carriage return ("-\n", "- \n", "-\r\n"); found in one pass from the rarer newline.
_NEWLINE_AFTER_DASH = re.compile(r"\n(?<=[-+ \t\r]\n)")
_URL_ESCAPES = re.compile(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")  # the literal % first: re skips ahead to it

_DATA_URL = regex.compile(r"data:[\w.+-]+/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,([A-Za-z0-9+/]+={0,2})")
_BASE64_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_MIN_BASE64_RUN = 40
# stdlib re: several times faster than regex for this simple class; boundaries checked in code.
_BASE64_RUN = re.compile(rf"[A-Za-z0-9+/]{{{_MIN_BASE64_RUN},}}={{0,2}}")
# The same, found by the character before it: re then passes over words quickly instead of
# trying a run at every letter of every word.
_BASE64_RUN_AFTER = re.compile(rf"[^A-Za-z0-9+/](?P<run>[A-Za-z0-9+/]{{{_MIN_BASE64_RUN},}}={{0,2}})")
# For bytes.translate: a base64 character to "A", any other byte to " ".
_BASE64_AS_A = bytes(ord("A") if chr(byte) in _BASE64_CHARS else ord(" ") for byte in range(0x100))
_BASE64_NEIGHBOUR = frozenset(_BASE64_CHARS + "=_-")


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


def _rewrite(text: str, matches: Iterable[re.Match], replace) -> tuple[str, OffsetMap | None]:
    """Apply ``replace(match) -> str`` to ``matches`` (of ``text``, in order); None map when nothing changed."""
    out: list[str] = []
    offsets = OffsetMap()
    produced = 0
    last = 0
    for match in matches:
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


def _changed_by_nfkc(chars: set[str]) -> list[str]:
    """Those of ``chars`` that NFKC changes alone or that combine with the character before."""
    return [c for c in chars if unicodedata.combining(c) or unicodedata.normalize("NFKC", c) != c]


def _nfkc_scope(changed: list[str]) -> re.Pattern:
    """A pattern for the runs of ``changed`` characters, a combining mark taken with the
    character before it ("a" + U+030A -> "å")."""
    marks = "".join(re.escape(c) for c in changed if unicodedata.combining(c))
    others = "".join(re.escape(c) for c in changed if not unicodedata.combining(c))
    # "[x][x]*", not "[x]+": a pattern that starts with a plain character set lets re skip
    # ahead to it at C speed (many times faster through a long text when only one is changed).
    alternatives = ([f".[{marks}]+"] if marks else []) + ([f"[{others}][{others}]*"] if others else [])
    return re.compile("|".join(alternatives), re.DOTALL)


def _matches_around(pattern: re.Pattern, text: str, chars: str | list[str]) -> Iterable[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose matches end with one of ``chars`` and
    start at one or at the character before one.

    re only searches from just before the first of those characters to the last, found
    by str.find and rfind at C speed: usually a small part of the text, as they are rare.
    """
    firsts = [at for at in map(text.find, chars) if at >= 0]
    if not firsts:
        return ()
    return pattern.finditer(text, max(min(firsts) - 1, 0), max(map(text.rfind, chars)) + 1)


def _url_decode(match: re.Match) -> str:
    try:
        decoded = bytes.fromhex(match.group().replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()
    return decoded if decoded.isprintable() else match.group()


def _spaced_digits(text: str) -> Iterable[re.Match]:
    # Exact: a text without _SPACED_DIGITS_CORE holds no spaced-out number.
    return _SPACED_DIGITS.finditer(text) if _SPACED_DIGITS_CORE.search(text) else ()


def _wrapped_at_dash(text: str) -> Iterable[re.Match]:
    return _WRAPPED_AT_DASH.finditer(text) if _NEWLINE_AFTER_DASH.search(text) else ()


# The passes after the character ones: where each rewrites a text (its matches) and into what.
_PASSES = (
    (_spaced_digits, lambda m: m.group().replace(" ", "")),
    (_wrapped_at_dash, lambda m: m.group()[0]),
    (_URL_ESCAPES.finditer, _url_decode),
)


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
    non_ascii = _non_ascii_chars(text)
    for odd in non_ascii.intersection(_DASH_CHARS + _SPACE_CHARS):
        # Length-preserving replacements need no map.
        current = current.replace(odd, "-" if odd in _DASH_CHARS else " ")
        non_ascii.remove(odd)
    passes = []
    changed = _changed_by_nfkc(non_ascii)
    if changed and not unicodedata.is_normalized("NFKC", current):
        scope = _nfkc_scope(changed)
        passes.append((lambda t: _matches_around(scope, t, changed), lambda m: unicodedata.normalize("NFKC", m.group())))
    if not non_ascii.isdisjoint(_INVISIBLE_CHARS):
        passes.append((lambda t: _matches_around(_INVISIBLE, t, _INVISIBLE_CHARS), lambda m: ""))
    for find_matches, replace in passes + list(_PASSES):
        current, offsets = _rewrite(current, find_matches(current), replace)
        if offsets is not None:
            maps.append(offsets)
    return Normalised(text, current, tuple(maps))


def _non_ascii_chars(text: str) -> set[str]:
    """The distinct non-ASCII characters of ``text``.

    UTF-8 writes an ASCII character as that one byte and any other character in bytes of
    0x80 and above only, so deleting the bytes below 0x80 leaves exactly the other
    characters; bytes.translate does that several times faster than a regex over the text.
    """
    if text.isascii():
        return set()
    others = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return set(others.decode("utf-8", "surrogatepass"))


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
    has_data_url = "data:" in text
    if not has_data_url and not _has_base64_run(text):
        return payloads  # every payload is in a data: URL or a base64 run
    data_urls = [m.span() for m in _DATA_URL.finditer(text)] if has_data_url else []
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


def _has_base64_run(text: str) -> bool:
    """Whether ``text`` holds a run of base64 characters as long as _BASE64_RUN's.

    Exact: UTF-8 keeps an ASCII character as that one byte and writes any other character
    in bytes of 0x80 and above, none of them base64, so the text has such a run exactly
    when its encoding does. Encoding and translating take a few µs; re would try a run at
    every word of the text.
    """
    shape = text.encode("utf-8", "surrogatepass").translate(_BASE64_AS_A)
    return b"A" * _MIN_BASE64_RUN in shape


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
