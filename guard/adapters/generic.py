"""Any other service: no message is known, so every string (keys included), every form field
and every JSON nested inside them is a field. Keeps coverage when a web app changes its paths.
"""

from __future__ import annotations

from guard.adapters.body import Document

STRUCTURAL: frozenset[str] = frozenset()


def label(document: Document, url_path: str) -> None:
    return None
