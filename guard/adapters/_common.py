"""Helpers the adapters share: label a segment found by its JSON path."""

from __future__ import annotations

from guard.adapters.body import Document, Path

# Identifier fields common to the JSON APIs: never free text, never scanned.
STRUCTURAL = frozenset({
    "model", "role", "type", "id", "object", "tool_call_id", "call_id", "tool_use_id", "status",
    "media_type", "mime_type", "mimeType", "detail", "format", "encoding_format", "stop_reason",
    "previous_response_id", "conversation_id", "parent_message_id", "message_id", "uuid", "timezone",
    "locale", "service_tier", "reasoning_effort", "effort", "cache_control", "signature",
})


def mark(document: Document, path: Path, role: str | None) -> None:
    """Label the string at ``path`` as a message; paths that hold no string are ignored."""
    segment = document.by_path.get(path)
    if segment is not None:
        segment.prompt = True
        segment.role = role


def text_parts(value: object, path: Path, text_key: str = "text") -> list[Path]:
    """Paths of the texts in a message content: a string, or a list of parts with ``text``."""
    if isinstance(value, str):
        return [path]
    if isinstance(value, list):
        return [path + (i, text_key) for i, part in enumerate(value) if isinstance(part, dict) and isinstance(part.get(text_key), str)]
    return []
