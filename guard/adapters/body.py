"""Where each piece of text sits in a request body, and how to write a new version back.

A body is a tree of layers: the decoded body text, and inside it JSON strings, form fields
and JSON nested inside those strings (Gemini's ``f.req``). Every text the guard may scan is a
``Segment`` that remembers its span in its layer and how to encode a replacement there
(JSON string escaping, form URL encoding). Rewriting touches only the replaced spans, so
the rest of the body stays byte-identical and the JSON stays valid.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from json.decoder import scanstring
from urllib.parse import quote_plus, unquote_plus

Path = tuple[str | int, ...]

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_LITERALS = {"true": True, "false": False, "null": None}
_FORM = re.compile(r"^[\w.~%+*\-\[\]]+=[^&]*(?:&[\w.~%+*\-\[\]]+=[^&]*)*$")


class Unreadable(ValueError):
    """The body is not what its content type says (broken JSON, undecodable text)."""


class Layer:
    """One text (the body, or a decoded string inside it) and the edits waiting for it."""

    def __init__(self, text: str, parent: "Segment | None" = None) -> None:
        self.text = text
        self.parent = parent
        self.edits: dict[tuple[int, int], str] = {}

    def render(self) -> str:
        out, last = [], 0
        for (start, end), replacement in sorted(self.edits.items()):
            out.append(self.text[last:start])
            out.append(replacement)
            last = end
        out.append(self.text[last:])
        return "".join(out)


@dataclass(eq=False)
class Segment:
    """A text at ``layer.text[start:end]`` (decoded: ``text``), labelled for the adapters."""

    text: str
    where: str  # location for logs and audit ("messages[2].content"), never the value
    layer: Layer
    start: int
    end: int
    encode: Callable[[str], str]
    path: Path = ()
    role: str | None = None  # set by adapters on prompt segments: user | system | assistant | tool
    prompt: bool = False  # set by adapters: a message of the conversation (checked on its own)

    def replace(self, new_text: str) -> None:
        self.layer.edits[(self.start, self.end)] = self.encode(new_text)


@dataclass
class Document:
    """A decoded body: its root layer, every text segment in it and, for JSON, the parsed value."""

    root: Layer
    segments: list[Segment] = field(default_factory=list)
    value: object = None  # the parsed JSON (None for other bodies)
    layers: list[Layer] = field(default_factory=list)  # parents before children

    @cached_property
    def by_path(self) -> dict[Path, Segment]:
        """Segments of the root layer by JSON path (read after parsing is complete)."""
        return {s.path: s for s in self.segments if s.layer is self.root}

    def render(self) -> str:
        """The body text with every replacement applied, innermost layers first."""
        for layer in reversed(self.layers):
            if layer.parent is not None and layer.edits:
                layer.parent.replace(layer.render())
        return self.root.render()


def parse(text: str, content_type: str, nested: bool = False) -> Document:
    """A document for a body: JSON, form fields, SignalR records, or one plain-text segment.

    ``nested``: also open JSON found inside strings and form fields, so its own strings
    are scanned unescaped (the generic adapter; the specific ones know their fields).
    """
    root = Layer(text)
    doc = Document(root, layers=[root])
    if "\x1e" in text and "json" not in content_type:
        _records(doc, root)
        return doc
    is_form = content_type.startswith("application/x-www-form-urlencoded")
    if "json" in content_type or (not is_form and text.lstrip()[:1] in ("{", "[")):
        try:
            doc.value = _json_layer(doc, root, (), nested)
            return doc
        except Unreadable:
            if "json" in content_type:
                raise
            del doc.segments[:], doc.layers[1:]  # not JSON after all: drop what the attempt found
    if is_form or (not content_type and _FORM.match(text)):
        _form_layer(doc, root, nested)
        return doc
    if text:
        doc.segments.append(Segment(text, "body", root, 0, len(text), str))
    return doc


# --- JSON -------------------------------------------------------------------------------

def _json_layer(doc: Document, layer: Layer, base: Path, nested: bool) -> object:
    text = layer.text
    try:
        value, end = _value(doc, layer, text, _WS.match(text, 0).end(), base, nested)
    except (ValueError, IndexError, RecursionError) as exc:
        raise Unreadable(f"{_where(base)}: not valid JSON") from exc
    if _WS.match(text, end).end() != len(text):
        raise Unreadable(f"{_where(base)}: not valid JSON (data after the end)")
    return value


def _value(doc: Document, layer: Layer, text: str, pos: int, path: Path, nested: bool) -> tuple[object, int]:
    char = text[pos]
    if char == '"':
        value, end = scanstring(text, pos + 1)
        _add_string(doc, layer, value, pos, end, path, nested, is_key=False)
        return value, end
    if char == "{":
        obj: dict = {}
        pos = _WS.match(text, pos + 1).end()
        if text[pos] == "}":
            return obj, pos + 1
        while True:
            if text[pos] != '"':
                raise ValueError("expected a key")
            key, key_end = scanstring(text, pos + 1)
            _add_string(doc, layer, key, pos, key_end, path + (key,), nested, is_key=True)
            pos = _WS.match(text, key_end).end()
            if text[pos] != ":":
                raise ValueError("expected ':'")
            pos = _WS.match(text, pos + 1).end()
            obj[key], pos = _value(doc, layer, text, pos, path + (key,), nested)
            pos = _WS.match(text, pos).end()
            if text[pos] == "}":
                return obj, pos + 1
            if text[pos] != ",":
                raise ValueError("expected ',' or '}'")
            pos = _WS.match(text, pos + 1).end()
    if char == "[":
        items: list = []
        pos = _WS.match(text, pos + 1).end()
        if text[pos] == "]":
            return items, pos + 1
        while True:
            item, pos = _value(doc, layer, text, pos, path + (len(items),), nested)
            items.append(item)
            pos = _WS.match(text, pos).end()
            if text[pos] == "]":
                return items, pos + 1
            if text[pos] != ",":
                raise ValueError("expected ',' or ']'")
            pos = _WS.match(text, pos + 1).end()
    for literal, value in _LITERALS.items():
        if text.startswith(literal, pos):
            return value, pos + len(literal)
    match = _NUMBER.match(text, pos)
    if not match:
        raise ValueError("unexpected character")
    return json.loads(match.group()), match.end()


def _add_string(doc: Document, layer: Layer, value: str, start: int, end: int, path: Path, nested: bool, is_key: bool) -> None:
    ascii_only = layer.text[start:end].isascii()
    encode = (lambda new: json.dumps(new, ensure_ascii=ascii_only))
    where = _where(path) + (" (key)" if is_key else "")
    segment = Segment(value, where, layer, start, end, encode, path=("key",) + path if is_key else path)
    if not (nested and not is_key and _open_nested(doc, segment)):
        doc.segments.append(segment)


def _open_nested(doc: Document, segment: Segment) -> bool:
    """Parse JSON inside a string as a child layer; False (nothing added) if it is not JSON."""
    stripped = segment.text.strip()
    if len(stripped) < 2 or stripped[0] + stripped[-1] not in ("{}", "[]"):
        return False
    child = Layer(segment.text, parent=segment)
    layer_mark, segment_mark = len(doc.layers), len(doc.segments)
    doc.layers.append(child)
    try:
        _json_layer(doc, child, segment.path + ("json",), nested=True)
        return True
    except Unreadable:
        del doc.layers[layer_mark:], doc.segments[segment_mark:]
        return False


def _where(path: Path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


# --- form fields (application/x-www-form-urlencoded) -----------------------------------------

def _form_layer(doc: Document, layer: Layer, nested: bool) -> None:
    pos = 0
    for pair in layer.text.split("&"):
        name, eq, raw = pair.partition("=")
        start = pos + len(name) + len(eq)
        pos += len(pair) + 1
        if not eq or not raw:
            continue
        value = unquote_plus(raw)
        segment = Segment(value, f"form.{unquote_plus(name)}", layer, start, start + len(raw), lambda new: quote_plus(new, safe=""), path=("form", unquote_plus(name)))
        if not (nested and _open_nested(doc, segment)):
            doc.segments.append(segment)


# --- SignalR (Microsoft 365 Copilot's WebSocket): JSON records, each ended by \x1e -------------

def _records(doc: Document, layer: Layer) -> None:
    start = 0
    for index, record in enumerate(layer.text.split("\x1e")):
        segment = Segment(record, f"record[{index}]", layer, start, start + len(record), str, path=("record", index))
        start += len(record) + 1
        if record.strip() and not _open_nested(doc, segment):
            doc.segments.append(segment)
