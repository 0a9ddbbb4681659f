"""Microsoft Copilot (copilot.microsoft.com): the chat travels as WebSocket text frames on
/c/api/chat; a client frame ``{"event": "send", "content": [{"type": "text", "text": …}],
"conversationId": …}`` carries the message. HTTP requests to the service have the same shape
when they carry one.
"""

from __future__ import annotations

from guard.adapters import _common
from guard.adapters._common import mark, text_parts
from guard.adapters.body import Document

STRUCTURAL = _common.STRUCTURAL | {"event", "conversationId", "mode"}


def label(document: Document, url_path: str) -> str | None:
    body = document.value
    if not isinstance(body, dict) or body.get("event") != "send":
        return None
    for p in text_parts(body.get("content"), ("content",)):
        mark(document, p, "user")
    conversation = body.get("conversationId")
    return conversation if isinstance(conversation, str) else None
