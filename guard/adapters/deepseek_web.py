"""chat.deepseek.com web app: POST /api/v0/chat/completion with ``prompt`` and ``chat_session_id``."""

from __future__ import annotations

from guard.adapters._common import STRUCTURAL, mark
from guard.adapters.body import Document

__all__ = ["STRUCTURAL", "label"]


def label(document: Document, url_path: str) -> str | None:
    body = document.value
    if not isinstance(body, dict) or "/chat/completion" not in url_path:
        return None
    mark(document, ("prompt",), "user")
    session = body.get("chat_session_id")
    return session if isinstance(session, str) else None
