"""Split a multipart body (form-data, related, mixed) into its parts, each with its byte span.

mitmproxy's own ``multipart_form`` removes the line breaks inside a part (a CSV line ending
in a personnummer is glued to the next line's digits) and re-encoding through it drops each
part's filename and content type. python-multipart's callback parser instead reports every
header and every part body as a span of the buffer it was given: parsed in one write, the
spans are byte offsets into the body, so one part can be rewritten and every other byte
(boundaries, headers, other parts) stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header


class MultipartError(ValueError):
    """The body is not the multipart message its content type says (message safe to log)."""


@dataclass
class Part:
    start: int = 0  # the part's content is body[start:end]
    end: int = 0
    headers: dict[str, str] = field(default_factory=dict)  # lower-case name -> value

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def filename(self) -> str | None:
        """The file name a file part carries (None for a plain form field)."""
        return _param(self.headers.get("content-disposition", ""), b"filename")


@dataclass
class Message:
    parts: list[Part]
    preamble: bytes  # before the first delimiter, and after the closing one: ignored by
    epilogue: bytes  # servers, yet sent along with the parts


def split(body: bytes, content_type: str) -> Message:
    """The parts of a multipart body, with what stands before and after them."""
    media, params = parse_options_header(content_type)
    boundary = params.get(b"boundary") if media.startswith(b"multipart/") else None
    if not boundary:
        raise MultipartError("multipart body without a boundary parameter")
    parts: list[Part] = []
    header = {"name": b"", "value": b""}  # the header line being read
    reached = 0  # end of the last span handed out: the closing delimiter comes after it
    ended = False

    def span_of(data: bytes, start: int, end: int) -> None:
        # In one write the parser hands out spans of the body itself, one after another;
        # anything else (a look-behind buffer) would mean the offsets are not body offsets.
        nonlocal reached
        part = parts[-1]
        if data is not body or (part.end and start != part.end):
            raise MultipartError("multipart parser returned a span outside the body")
        if not part.end:
            part.start = start
        part.end = reached = end

    def header_piece(key: str):
        def add(data: bytes, start: int, stop: int) -> None:
            nonlocal reached
            header[key] += data[start:stop]
            reached = max(reached, stop if data is body else 0)
        return add

    def header_end() -> None:
        name, value = (header[k].decode("utf-8", "replace").strip() for k in ("name", "value"))
        parts[-1].headers[name.lower()] = value
        header.update(name=b"", value=b"")

    def end() -> None:
        nonlocal ended
        ended = True

    callbacks = {
        "on_part_begin": lambda: parts.append(Part()),
        "on_header_field": header_piece("name"),
        "on_header_value": header_piece("value"),
        "on_header_end": header_end,
        "on_part_data": span_of,
        "on_end": end,
    }
    try:
        MultipartParser(boundary, callbacks).write(body)
    except FormParserError as exc:
        raise MultipartError(f"multipart body is malformed ({type(exc).__name__})") from None
    if not ended:
        raise MultipartError("multipart body ends before its closing delimiter")
    first, closing = body.find(b"--" + boundary), body.find(b"--" + boundary + b"--", reached)
    return Message(parts, body[:first], body[closing + len(boundary) + 4:])


def _param(header_value: str, name: bytes) -> str | None:
    if not header_value:
        return None
    value = parse_options_header(header_value.encode("utf-8"))[1].get(name)
    return None if value is None else value.decode("utf-8", "replace")
