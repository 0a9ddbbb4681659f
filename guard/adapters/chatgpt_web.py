"""chatgpt.com web app: POST /backend-api/conversation (and /backend-api/f/conversation).

The new message is ``messages[].content.parts[]`` (strings) by ``author.role``; the
conversation is named by ``conversation_id`` once it exists.
"""

from __future__ import annotations

from guard.adapters._common import STRUCTURAL, mark
from guard.adapters.body import Document

__all__ = ["STRUCTURAL", "label"]


def label(document: Document, url_path: str) -> str | None:
    body = document.value
    if not isinstance(body, dict) or not url_path.split("?", 1)[0].rstrip("/").endswith("/conversation"):
        return None
    for i, message in enumerate(body.get("messages") or []):
        if not isinstance(message, dict):
            continue
        role = (message.get("author") or {}).get("role") if isinstance(message.get("author"), dict) else None
        content = message.get("content")
        parts = content.get("parts") if isinstance(content, dict) else None
        for j in range(len(parts) if isinstance(parts, list) else 0):
            mark(document, ("messages", i, "content", "parts", j), role or "user")
    conversation = body.get("conversation_id")
    return conversation if isinstance(conversation, str) else None
