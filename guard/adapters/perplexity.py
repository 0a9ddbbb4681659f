"""perplexity.ai web app: POST /rest/sse/perplexity_ask with the question in ``query_str``."""

from __future__ import annotations

from guard.adapters._common import STRUCTURAL, mark
from guard.adapters.body import Document

__all__ = ["STRUCTURAL", "label"]


def label(document: Document, url_path: str) -> None:
    if isinstance(document.value, dict) and "perplexity_ask" in url_path:
        mark(document, ("query_str",), "user")
    return None
