"""OpenAI-compatible APIs (OpenAI, Azure OpenAI, GitHub Copilot, Mistral, Perplexity API, ...).

POST …/chat/completions: ``messages[].content`` (a string or parts with ``text``);
POST …/responses: ``instructions`` and ``input`` (a string or items whose ``content`` is a
string or parts); legacy …/completions: ``prompt``; …/embeddings: ``input``.
"""

from __future__ import annotations

from guard.adapters._common import STRUCTURAL, mark, text_parts
from guard.adapters.body import Document

__all__ = ["STRUCTURAL", "label"]


def label(document: Document, url_path: str) -> str | None:
    body = document.value
    if not isinstance(body, dict):
        return None
    path = url_path.split("?", 1)[0].rstrip("/")
    if path.endswith("/chat/completions"):
        for i, message in enumerate(body.get("messages") or []):
            if isinstance(message, dict):
                for p in text_parts(message.get("content"), ("messages", i, "content")):
                    mark(document, p, message.get("role"))
    elif path.endswith("/responses"):
        mark(document, ("instructions",), "system")
        items = body.get("input")
        for p in text_parts(items, ("input",)):
            mark(document, p, "user")
        for i, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict):
                for p in text_parts(item.get("content"), ("input", i, "content")):
                    mark(document, p, item.get("role", "user"))
                mark(document, ("input", i, "output"), "tool")
    elif path.endswith(("/completions", "/embeddings")):
        key = "prompt" if path.endswith("/completions") else "input"
        value = body.get(key)
        for p in [(key,)] if isinstance(value, str) else [(key, i) for i in range(len(value) if isinstance(value, list) else 0)]:
            mark(document, p, "user")
    conversation = body.get("conversation")
    return conversation if isinstance(conversation, str) else None
