"""Anthropic Messages API: POST /v1/messages (and …/count_tokens).

``system`` (a string or text blocks) and ``messages[].content`` (a string or blocks:
``text``, ``document`` with a text ``source.data``, ``tool_result`` with its own content).
Base64 document and image sources stay fields: the engine decodes and scans them.
"""

from __future__ import annotations

from guard.adapters._common import STRUCTURAL, mark, text_parts
from guard.adapters.body import Document

__all__ = ["STRUCTURAL", "label"]


def label(document: Document, url_path: str) -> None:
    body = document.value
    if not isinstance(body, dict) or "/messages" not in url_path:
        return None
    for p in text_parts(body.get("system"), ("system",)):
        mark(document, p, "system")
    for i, message in enumerate(body.get("messages") or []):
        if not isinstance(message, dict):
            continue
        role, content = message.get("role"), message.get("content")
        base = ("messages", i, "content")
        for p in text_parts(content, base):
            mark(document, p, role)
        for j, block in enumerate(content if isinstance(content, list) else []):
            if not isinstance(block, dict):
                continue
            source = block.get("source")
            if block.get("type") == "document" and isinstance(source, dict) and source.get("type") == "text":
                mark(document, base + (j, "source", "data"), role)
            if block.get("type") == "tool_result":
                for p in text_parts(block.get("content"), base + (j, "content")):
                    mark(document, p, "tool")
    return None
