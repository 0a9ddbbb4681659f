"""Stage 8, the way back: placeholders quoted in the AI's reply become the values again.

The employee sent "Skriv ett brev till Anna Lindqvist"; the service saw "[NAMN_1]" and
answers "Hej [NAMN_1], …". Putting the value back lets the reply be used as it is, and it
only goes to the one who typed it: a reply gets back only the values its own request
carried (``restorable``), never others of the conversation's book, so two clients that
happen to share a book can never receive each other's values.

A buffered reply (JSON, text) is restored in its text, JSON-escaped where it is JSON. A
streamed reply (server-sent events) is restored event by event, and models stream a token at
a time, so a placeholder arrives in pieces ("[NA", "MN_1]"): an event whose text ends with
the start of a known placeholder is held back until the next event with text at the same
place in its JSON, and the start moves over to it. Whatever cannot be joined (the stream
ends, the next event is not JSON) is sent as it came, so nothing is ever lost. A WebSocket
chat is restored frame by frame.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import regex

from guard.adapters.body import PACKET_PREFIX
from guard.redact import PLACEHOLDER

_EVENT_END = regex.compile(rb"\r\n\r\n|\n\n|\r\r")
_JsonPath = tuple[str | int, ...]


def restore_text(text: str, restorable: dict[str, str], json_escaped: bool = False) -> str:
    """``text`` with every known placeholder replaced by its value (escaped for the inside of
    a JSON string when ``json_escaped``); unknown bracketed words stay as they are."""
    if not restorable or "[" not in text:
        return text

    def value(match: regex.Match) -> str:
        original = restorable.get(match.group())
        if original is None:
            return match.group()
        return json.dumps(original, ensure_ascii=False)[1:-1] if json_escaped else original

    return PLACEHOLDER.sub(value, text)


def restore_frame(text: str, restorable: dict[str, str]) -> str:
    """A WebSocket text frame from the service with its placeholders restored: JSON-escaped
    when the frame is JSON (also SignalR's \x1e-separated records, which start with "{", and
    a Socket.IO packet, 42["answer", …]).

    Frame by frame, none is held back (a frame cannot be held without reordering the ones
    after it). Where each update carries the whole answer so far, a placeholder cut at one
    frame's end is whole in the next; in a stream of deltas it stays as the model wrote it,
    split but never lost."""
    return restore_text(text, restorable, json_escaped=text.lstrip()[:1] in ("{", "[") or bool(PACKET_PREFIX.match(text)))


class EventStream:
    """Restores placeholders in a server-sent event stream, chunk by chunk (the callable
    mitmproxy's ``flow.response.stream`` takes; ``b""`` marks the end)."""

    def __init__(self, restorable: dict[str, str]) -> None:
        self.restorable = restorable
        self._starts = {name[:cut] for name in restorable for cut in range(1, len(name))}
        self._pending = b""  # bytes of an event not yet complete
        self._held: _Event | None = None  # a complete event whose text ends with a placeholder's start

    def __call__(self, chunk: bytes) -> bytes:
        if not chunk:  # the end: whatever is left goes out as it is
            out = (self._held.render() if self._held else b"") + self._pending
            self._held, self._pending = None, b""
            return out
        seen = max(0, len(self._pending) - 3)  # an event's end may straddle the chunks: look back by its length
        self._pending += chunk
        return b"".join(self._event(raw) for raw in self._complete_events(seen))

    def _complete_events(self, seen: int) -> Iterator[bytes]:
        """The complete events in what is pending (searched from ``seen``: a long event that
        arrives in many small chunks is not searched again from its start each time)."""
        while match := _EVENT_END.search(self._pending, seen):
            raw, self._pending = self._pending[:match.end()], self._pending[match.end():]
            seen = 0
            yield raw

    def _event(self, raw: bytes) -> bytes:
        event = _Event.parse(raw)
        held, self._held = self._held, None
        out = b""
        if held is not None:
            if event is not None:
                held.move_tail(event)  # when there is no text at that place, it goes out as it came
            out = held.render()
        if event is None:
            return out + raw
        event.restore(self.restorable)
        if event.tail_start(self._starts):
            self._held = event
            return out
        return out + event.render()


class _Event:
    """One event whose single data line is JSON: its strings can be restored and the start of
    a placeholder at the end of one of them moved to the next event."""

    def __init__(self, before: bytes, value: object, after: bytes, raw: bytes) -> None:
        self.before, self.value, self.after, self.raw = before, value, after, raw
        self.changed = False
        self.tail: tuple[_JsonPath, str] | None = None  # where the held start is, and the start

    @classmethod
    def parse(cls, raw: bytes) -> _Event | None:
        lines = raw.splitlines(keepends=True)
        data = [i for i, line in enumerate(lines) if line.startswith(b"data:")]
        if len(data) != 1:
            return None
        line = lines[data[0]]
        payload = line[5:].strip()
        if not payload[:1] in (b"{", b"["):
            return None
        try:
            value = json.loads(payload)
        except (ValueError, RecursionError):
            return None
        before = b"".join(lines[:data[0]]) + b"data: "
        after = line[len(line.rstrip(b"\r\n")):] + b"".join(lines[data[0] + 1:])
        return cls(before, value, after, raw)

    def render(self) -> bytes:
        if not self.changed:
            return self.raw
        return self.before + json.dumps(self.value, ensure_ascii=False, separators=(",", ":")).encode() + self.after

    def restore(self, restorable: dict[str, str]) -> None:
        for path, text in list(_strings(self.value)):
            restored = restore_text(text, restorable)
            if restored != text:
                self._set(path, restored)

    def tail_start(self, starts: set[str]) -> bool:
        """Whether a string ends with the start of a placeholder (then remembered in ``tail``)."""
        for path, text in _strings(self.value):
            cut = text.rfind("[")
            if cut >= 0 and text[cut:] in starts:
                self.tail = (path, text[cut:])
                return True
        return False

    def move_tail(self, following: _Event) -> None:
        """Move the held start to the front of the string at the same place in ``following``."""
        path, start = self.tail
        target = _get(following.value, path)
        if isinstance(target, str):
            self._set(path, _get(self.value, path)[:-len(start)])
            following._set(path, start + target)

    def _set(self, path: _JsonPath, text: str) -> None:
        node = self.value
        if not path:
            self.value = text
        else:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = text
        self.changed = True


def _strings(node: object, path: _JsonPath = ()) -> Iterator[tuple[_JsonPath, str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from _strings(item, path + (key,))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _strings(item, path + (index,))


def _get(node: object, path: _JsonPath) -> object:
    for key in path:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return None
    return node
