"""claude.ai web app: POST /api/organizations/{org}/chat_conversations/{conversation}/completion.

``prompt`` is the new message; pasted files arrive as ``attachments[].extracted_content``.
The conversation id is in the path.
"""

from __future__ import annotations

import re

from guard.adapters._common import STRUCTURAL, mark
from guard.adapters.body import Document

__all__ = ["STRUCTURAL", "label"]

_CONVERSATION = re.compile(r"/chat_conversations/([^/]+)/(?:completion|retry_completion)\b")


def label(document: Document, url_path: str) -> str | None:
    body = document.value
    match = _CONVERSATION.search(url_path)
    if not isinstance(body, dict) or not match:
        return None
    mark(document, ("prompt",), "user")
    for i in range(len(body.get("attachments") or [])):
        mark(document, ("attachments", i, "extracted_content"), "user")
    return match.group(1)
