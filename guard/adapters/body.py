"""Where each piece of text sits in a request body, and how to write a new version back.

A body is a tree of layers: the decoded body text, and inside it JSON strings, form fields
and JSON nested inside those strings (Gemini's ``f.req``). Every text the guard may scan is a
``Segment`` that remembers its span in its layer and how to encode a replacement there
(JSON string escaping, form URL encoding). Rewriting touches only the replaced spans, so
the rest of the body stays byte-identical and the JSON stays valid.

Uploads (``parse_body``): a multipart body's root layer is its bytes read as Latin-1, so a
character offset is a byte offset; each text part is a child layer in its own charset, and a
rewritten part replaces exactly its own bytes. Text read out of a document (PDF, Office,
OpenDocument) or a file name is a ``fixed`` segment: it is checked, but it cannot be
rewritten in place.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import quote_plus, unquote_plus

from guard.adapters.multipart import MultipartError, Part, split
from guard.extract import DOCUMENTS, OLE2, Limits, UnreadableFile, charset_of, decode_text, document_text, file_kind

Path = tuple[str | int, ...]

_DOCUMENT_BASE64 = ("JVBERi0", "UEsDB", "0M8R4KGx")  # "%PDF-", a zip's "PK\x03\x04", an OLE2 file's first bytes, base64-encoded
# A Socket.IO packet in a WebSocket frame: its type (and namespace, ack id) before the JSON, 42["ask",{…}]
PACKET_PREFIX = re.compile(r"\d+(?:/[^,\[{]*,)?\d*(?=[\[{])")
_FORM = re.compile(r"^[\w.~%+*\-\[\]]+=[^&]*(?:&[\w.~%+*\-\[\]]+=[^&]*)*$")


class Unreadable(ValueError):
    """The body is not what its content type says (broken JSON, undecodable text)."""


class Layer:
    """One text (the body, or a decoded string inside it) and the edits waiting for it."""

    def __init__(self, text: str, parent: "Segment | None" = None) -> None:
        self.text = text
        self.parent = parent
        self.edits: dict[tuple[int, int], str] = {}

    @cached_property
    def string_spans(self) -> list[tuple[int, int]]:
        """Spans of the JSON string tokens in this layer, in order; looked for only when one
        is rewritten (most bodies never are: a resent conversation costs its parse alone)."""
        return list(_string_spans(self.text))

    def render(self) -> str:
        out, last = [], 0
        for (start, end), replacement in sorted(self.edits.items()):
            out.append(self.text[last:start])
            out.append(replacement)
            last = end
        out.append(self.text[last:])
        return "".join(out)


@dataclass(eq=False, slots=True)
class Segment:
    """A text at ``layer.text[start:end]`` (decoded: ``text``), labelled for the adapters.
    A long conversation has hundreds (keys included), so it is slotted and its ``where``
    is only worked out when asked for. A JSON string is only numbered (``start`` is its
    number among the layer's string tokens, ``end`` and ``encode`` are None): its span and
    escaping are looked up when it is rewritten."""

    text: str
    layer: Layer
    start: int
    end: int | None
    encode: Callable[[str], str] | None
    path: Path = ()
    key: bool = False  # a JSON object key (its path is that of the value it names)
    role: str | None = None  # set by adapters on prompt segments: user | system | assistant | tool
    prompt: bool = False  # set by adapters: a message of the conversation (checked on its own)
    file: str | None = None  # the uploaded file it belongs to ("part[1]", "body"): checked on its own
    fixed: bool = False  # read out of a document (PDF, Office, OpenDocument) or a file name: cannot be rewritten in place

    @property
    def where(self) -> str:
        """Location for errors and tests ("messages[2].content"); it may name a JSON key, so never logged."""
        return _where(self.path) + (" (key)" if self.key else "")

    def replace(self, new_text: str) -> None:
        if self.fixed:
            raise ValueError(f"{self.where}: text read out of a file cannot be rewritten in place")
        if self.end is not None:
            self.layer.edits[(self.start, self.end)] = self.encode(new_text)
            return
        start, end = self.layer.string_spans[self.start]
        # Escaped as the original was: all-ASCII (\u escapes) or not. An ASCII value can
        # only have come from ASCII; only other values need their source looked at.
        ascii_only = self.text.isascii() or self.layer.text[start:end].isascii()
        self.layer.edits[(start, end)] = json.dumps(new_text, ensure_ascii=ascii_only)


@dataclass
class Document:
    """A decoded body: its root layer, every text segment in it and, for JSON, the parsed value."""

    root: Layer
    segments: list[Segment] = field(default_factory=list)
    value: object = None  # the parsed JSON (None for other bodies)
    layers: list[Layer] = field(default_factory=list)  # parents before children
    unreadable: list[str] = field(default_factory=list)  # files not read, as "place:kind:reason" (no value: see _place)
    limits: Limits = Limits()  # how much of an uploaded file is read
    encode: Callable[[str], bytes] = lambda text: text.encode("utf-8")  # the root text back to bytes

    @cached_property
    def by_path(self) -> dict[Path, Segment]:
        """Segments of the root layer by JSON path (read after parsing is complete)."""
        return {s.path: s for s in self.segments if s.layer is self.root and not s.key}

    def render(self) -> str:
        """The body text with every replacement applied, innermost layers first."""
        for layer in reversed(self.layers):
            if layer.parent is not None and layer.edits:
                layer.parent.replace(layer.render())
        return self.root.render()

    def to_bytes(self) -> bytes:
        return self.encode(self.render())


def parse(text: str, content_type: str, nested: bool = False) -> Document:
    """A document for a body: JSON, form fields, SignalR records, or one plain-text segment.

    ``nested``: also open JSON found inside strings and form fields, so its own strings
    are scanned unescaped (the generic adapter; the specific ones know their fields).
    """
    root = Layer(text)
    doc = Document(root, layers=[root])
    doc.value = _text_layer(doc, root, content_type, nested, ())
    return doc


def _text_layer(doc: Document, layer: Layer, content_type: str, nested: bool, base: Path) -> object:
    """Fill ``doc`` from one text layer by its content type; the parsed JSON value, if JSON."""
    text = layer.text
    if "\x1e" in text and "json" not in content_type:
        _records(doc, layer, base)
        return None
    if content_type == "websocket" and (prefix := PACKET_PREFIX.match(text)):
        _packet(doc, layer, prefix.end(), base)
        return None
    is_form = content_type.startswith("application/x-www-form-urlencoded")
    if "json" in content_type or (not is_form and text.lstrip()[:1] in ("{", "[")):
        layer_mark, segment_mark = len(doc.layers), len(doc.segments)
        try:
            return _json_layer(doc, layer, base, nested)
        except Unreadable:
            if "json" in content_type:
                raise
            del doc.segments[segment_mark:], doc.layers[layer_mark:]  # not JSON after all: drop what the attempt found
    if is_form or (not content_type and _FORM.match(text)):
        _form_layer(doc, layer, nested, base)
    elif text:
        doc.segments.append(Segment(text, layer, 0, len(text), str, base))
    return None


# --- uploads: multipart parts, files sent as the body ------------------------------------------

_MAX_NESTING = 3  # multipart inside multipart; a part nested deeper is read as one text


def parse_body(body: bytes, content_type: str, nested: bool = False, limits: Limits = Limits()) -> Document:
    """A document for a request body as it came: multipart parts, a file uploaded as the body
    (a document or text), or text (JSON, form, plain). ``content_type`` as sent (the
    multipart boundary is case-sensitive). Raises Unreadable for text that is not what it says."""
    media = media_type(content_type)
    multipart = media.startswith("multipart/")
    kind = None if multipart else "text" if _is_api_text(media) else file_kind(body, content_type)
    if multipart or kind != "text":
        # Bytes as Latin-1: one character per byte, so spans in the text are spans in the body.
        root = Layer(body.decode("latin-1"))
        doc = Document(root, layers=[root], encode=lambda text: text.encode("latin-1"), limits=limits)
        if multipart:
            _multipart(doc, root, 0, body, content_type, nested, (), 0)
        else:
            _file(doc, body, kind, ())
        return doc
    decoded = decode_text(body, charset_of(content_type), legacy=media.startswith("text/"))
    if decoded is None:
        raise Unreadable("the body is not valid text in its charset")
    root = Layer(decoded.text)
    doc = Document(root, layers=[root], encode=decoded.encode, limits=limits)
    if body:  # an empty body holds nothing to read, whatever its content type claims (a GET with a JSON header)
        doc.value = _text_layer(doc, root, media, nested, ())
    return doc


def media_type(content_type: str) -> str:
    """The media type of a Content-Type value, without parameters, lower case."""
    return content_type.split(";", 1)[0].strip().lower()


def _is_api_text(media: str) -> bool:
    """Bodies that are API text whatever their first bytes say (never sniffed as a file)."""
    return "json" in media or media == "application/x-www-form-urlencoded"


def _multipart(doc: Document, layer: Layer, offset: int, data: bytes, content_type: str, nested: bool, base: Path, depth: int) -> None:
    """Every part of a multipart body at ``layer.text[offset:offset + len(data)]`` (Latin-1 root)."""
    try:
        message = split(data, content_type)
    except MultipartError as exc:
        raise Unreadable(f"{_where(base)}: {exc}") from None
    for name, outside in (("preamble", message.preamble), ("epilogue", message.epilogue)):
        if outside.strip():  # servers ignore these, but they still leave: checked like a file
            _file(doc, outside, file_kind(outside), base + (name,))
    for index, part in enumerate(message.parts):
        _part(doc, layer, offset, data, part, nested, base + ("part", index), depth)


def _part(doc: Document, layer: Layer, offset: int, data: bytes, part: Part, nested: bool, path: Path, depth: int) -> None:
    where, filename = _where(path), part.filename
    content, start, end = data[part.start:part.end], offset + part.start, offset + part.end
    file = where if filename is not None else None
    if filename:
        _fixed(doc, filename, path + ("filename",), file)
    media = media_type(part.content_type)
    if media.startswith("multipart/") and depth < _MAX_NESTING:
        return _multipart(doc, layer, start, content, part.content_type, nested, path, depth + 1)
    if part.headers.get("content-transfer-encoding", "").lower() == "base64":
        try:
            content = base64.b64decode(content, validate=False)
        except (binascii.Error, ValueError):
            doc.unreadable.append(f"{_place(path)}:base64:damaged")
            return
        return _file(doc, content, file_kind(content, part.content_type, filename or ""), path, file=where)
    kind = file_kind(content, part.content_type, filename or "") if content else "text"
    if kind != "text":
        return _file(doc, content, kind, path, file=where)
    decoded = decode_text(content, charset_of(part.content_type), legacy=media.startswith("text/") or file is not None)
    if decoded is None:
        raise Unreadable(f"{where}: not valid text in its charset")
    holder = Segment(decoded.text, layer, start, end, lambda new: decoded.encode(new).decode("latin-1"), path)
    child = Layer(decoded.text, parent=holder)
    mark = len(doc.segments)
    doc.layers.append(child)
    _text_layer(doc, child, "" if file else media, nested, path)  # a broken .json file is still text
    for segment in doc.segments[mark:]:
        segment.file = file


def _file(doc: Document, data: bytes, kind: str | None, path: Path, file: str | None = None) -> None:
    """The text of a file that cannot be rewritten in place (a document, or a text kept as is)."""
    file = file or _where(path)
    if kind == "text" and (decoded := decode_text(data, legacy=True)) is not None:
        return _fixed(doc, decoded.text, path, file)
    try:
        texts = document_text(data, kind, doc.limits) if kind in DOCUMENTS else []
        reason = None if kind in DOCUMENTS else "undecodable" if kind == "text" else "unknown_format"
    except UnreadableFile as exc:
        texts, reason = [], exc.reason
    if reason is not None:
        doc.unreadable.append(f"{_place(path)}:{kind or 'binary'}:{reason}")
        if reason == "damaged" and (decoded := decode_text(data)) is not None:
            texts = [("raw", decoded.text)]  # a text dressed up as a document is still read
    for inner, text in texts:
        _fixed(doc, text, path + (inner,), file)


def _fixed(doc: Document, text: str, path: Path, file: str | None) -> None:
    if text:
        doc.segments.append(Segment(text, Layer(text), 0, len(text), str, path, file=file, fixed=True))


# --- JSON -------------------------------------------------------------------------------

def _json_layer(doc: Document, layer: Layer, base: Path, nested: bool) -> object:
    """Parse with the C decoder, then walk the result in document order beside the spans of
    the string tokens: a Python parser that tracks positions token by token costs several
    times as much on a long conversation. Objects come back as their (key, value)
    pairs, so a key sent twice is scanned twice, as a service might read either."""
    try:
        tree = json.loads(layer.text, object_pairs_hook=_Pairs, parse_constant=_no_constant)
        return _tree(doc, layer, tree, itertools.count(), base, nested)
    except (ValueError, RecursionError) as exc:
        raise Unreadable(f"{_where(base)}: not valid JSON") from exc


class _Pairs(list):
    """A JSON object as it was sent: its (key, value) pairs in order, repeated keys included."""


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _string_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where each string token of valid JSON starts and ends: outside strings every quote
    opens one, and inside, the first quote not escaped (after an even run of backslashes)
    closes it. C string searches only: nothing is decoded a second time."""
    start = text.find('"')
    while start >= 0:
        end = text.find('"', start + 1)
        while _escaped(text, end):
            end = text.find('"', end + 1)
        yield start, end + 1
        start = text.find('"', end + 1)


def _escaped(text: str, quote: int) -> bool:
    backslashes = 0
    while text[quote - 1 - backslashes] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _tree(doc: Document, layer: Layer, node: object, tokens: Iterator[int], path: Path, nested: bool) -> object:
    """The parsed value (objects as dicts; the last of repeated keys wins, as in ``json.loads``),
    adding a segment for every string. In valid JSON the string tokens, in order, are exactly
    the keys and string values in document order, so each one takes the next token number."""
    if isinstance(node, str):
        _add_string(doc, layer, node, next(tokens), path, nested, is_key=False)
        return node
    if isinstance(node, _Pairs):
        obj = {}
        for key, item in node:
            _add_string(doc, layer, key, next(tokens), path + (key,), nested, is_key=True)
            obj[key] = _tree(doc, layer, item, tokens, path + (key,), nested)
        return obj
    if isinstance(node, list):
        return [_tree(doc, layer, item, tokens, path + (index,), nested) for index, item in enumerate(node)]
    return node


def _add_string(doc: Document, layer: Layer, value: str, token: int, path: Path, nested: bool, is_key: bool) -> None:
    segment = Segment(value, layer, token, None, None, path, is_key)
    if not (nested and not is_key and _open_nested(doc, segment)):
        doc.segments.append(segment)
    if not is_key and (blob := _embedded_document(value)) is not None:
        _file(doc, blob, file_kind(blob), path, file=_where(path))


def _embedded_document(value: str) -> bytes | None:
    """A PDF or Office file sent as base64 (a data: URL or a bare string: Anthropic's document
    source, OpenAI's file_data, Gemini's inlineData), or None. Its first characters decide."""
    blob = value.partition(";base64,")[2] if value.startswith("data:") else value
    if not blob.startswith(_DOCUMENT_BASE64):
        return None
    try:
        data = base64.b64decode(blob)
    except (binascii.Error, ValueError):
        return None
    return data if data.startswith((b"%PDF-", b"PK\x03\x04", OLE2)) else None


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


def _place(path: Path) -> str:
    """Where an unreadable file is, for the log: the multipart parts leading to it ("part[1]",
    "part[0].epilogue"), then "json" for a document inside a JSON string, whose keys are not
    named (a key can be a value someone typed)."""
    out, index = [], 0
    while index < len(path):
        if path[index] == "part" and index + 1 < len(path) and isinstance(path[index + 1], int):
            out.append(f"part[{path[index + 1]}]")
            index += 2
        elif path[index] in ("preamble", "epilogue"):
            out.append(path[index])
            index += 1
        else:
            out.append("json")
            break
    return ".".join(out) or "body"


def _where(path: Path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


# --- form fields (application/x-www-form-urlencoded) -----------------------------------------

def _form_layer(doc: Document, layer: Layer, nested: bool, base: Path = ()) -> None:
    pos = 0
    for pair in layer.text.split("&"):
        name, eq, raw = pair.partition("=")
        start = pos + len(name) + len(eq)
        pos += len(pair) + 1
        if not eq or not raw:
            continue
        value = unquote_plus(raw)
        path = base + ("form", unquote_plus(name))
        segment = Segment(value, layer, start, start + len(raw), lambda new: quote_plus(new, safe=""), path)
        if not (nested and _open_nested(doc, segment)):
            doc.segments.append(segment)


# --- SignalR (Microsoft 365 Copilot's WebSocket): JSON records, each ended by \x1e -------------

def _records(doc: Document, layer: Layer, base: Path = ()) -> None:
    start = 0
    for index, record in enumerate(layer.text.split("\x1e")):
        path = base + ("record", index)
        segment = Segment(record, layer, start, start + len(record), str, path)
        start += len(record) + 1
        if record.strip() and not _open_nested(doc, segment):
            doc.segments.append(segment)


# --- Socket.IO (web apps' WebSocket chats): a packet prefix, then JSON --------------------------

def _packet(doc: Document, layer: Layer, json_start: int, base: Path = ()) -> None:
    """The JSON after a packet prefix as a child layer; the frame as one text if it is not JSON."""
    segment = Segment(layer.text[json_start:], layer, json_start, len(layer.text), str, base + ("packet",))
    if not _open_nested(doc, segment):
        doc.segments.append(Segment(layer.text, layer, 0, len(layer.text), str, base))
