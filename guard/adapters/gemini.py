"""Gemini API: POST …/models/{model}:generateContent (also :streamGenerateContent, :countTokens).

``contents[].parts[].text`` and ``systemInstruction.parts[].text`` (snake_case accepted too).
``inlineData`` stays a field: the engine decodes base64 and scans it.
"""

from __future__ import annotations

from guard.adapters._common import STRUCTURAL, mark
from guard.adapters.body import Document

__all__ = ["STRUCTURAL", "label"]


def label(document: Document, url_path: str) -> None:
    body = document.value
    if not isinstance(body, dict) or ":" not in url_path.rsplit("/", 1)[-1]:
        return None
    for key in ("systemInstruction", "system_instruction"):
        _parts(document, body.get(key), (key,), "system")
    for i, content in enumerate(body.get("contents") or []):
        if isinstance(content, dict):
            _parts(document, content, ("contents", i), content.get("role") or "user")
    return None


def _parts(document: Document, content: object, base: tuple, role: str) -> None:
    if not isinstance(content, dict):
        return
    for j, part in enumerate(content.get("parts") or []):
        if isinstance(part, dict):
            mark(document, base + ("parts", j, "text"), role)
