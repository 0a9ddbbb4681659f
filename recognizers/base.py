"""What every recognizer of the Swedish pack shares: result building and context scoring.

Presidio's default context enhancer matches lemmas from a statistical model (none is
available for Swedish here) and rescans tokens per match, which is superlinear. Each
recognizer here scores its own context instead: a bounded character window before the
match is searched with one precompiled pattern of word stems ("personnummer" also
matches "personnumret"), so the cost stays linear in the text.
"""

from __future__ import annotations

import functools
from pathlib import Path

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult

DATA_DIR = Path(__file__).parent / "data"


def word_stems(stems: list[str]) -> regex.Pattern:
    """A case-insensitive pattern matching any stem at a word start (inflections allowed)."""
    alternatives = "|".join(sorted((regex.escape(s) for s in stems), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{alternatives})", regex.IGNORECASE)


@functools.cache
def load_lexicon(name: str) -> frozenset[str]:
    """A one-entry-per-line lexicon from recognizers/data/, lower-cased."""
    path = DATA_DIR / name
    return frozenset(line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


class SwedishRecognizer(LocalRecognizer):
    """Base for the pack: one instance per language, self-scored context."""

    ENTITIES: list[str] = []
    CONTEXT: list[str] = []
    CONTEXT_WINDOW = 40  # characters before a match searched for context words
    CONTEXT_BOOST = 0.35

    def __init__(self, supported_language: str = "sv") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=f"{type(self).__name__}_{supported_language}",
            context=list(self.CONTEXT),
        )
        self._context = word_stems(self.CONTEXT) if self.CONTEXT else None

    def load(self) -> None:  # everything is built in __init__
        pass

    def has_context(self, text: str, start: int, end: int, window: int | None = None) -> bool:
        """Whether a context word stands shortly before the match (or right after it)."""
        if self._context is None:
            return False
        window = window or self.CONTEXT_WINDOW
        return bool(
            self._context.search(text, max(0, start - window), start)
            or self._context.search(text, end, min(len(text), end + 15))
        )

    def result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity,
            start=start,
            end=end,
            score=min(1.0, score),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    def with_context(self, entity: str, text: str, start: int, end: int, score: float) -> RecognizerResult:
        if self.has_context(text, start, end):
            score += self.CONTEXT_BOOST
        return self.result(entity, start, end, score)
