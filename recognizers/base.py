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

import ahocorasick
import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult

DATA_DIR = Path(__file__).parent / "data"


def word_stems(stems: list[str]) -> regex.Pattern:
    """A case-insensitive pattern matching any stem at a word start (inflections allowed)."""
    alternatives = "|".join(sorted((regex.escape(s) for s in stems), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{alternatives})", regex.IGNORECASE)


def lower_same_length(text: str) -> str:
    """Lower case with offsets intact (a few characters lower-case to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class StemMatcher:
    r"""Many word-stem patterns found in one pass.

    One big regex alternation is slow in the ``regex`` module; instead an Aho-Corasick
    automaton finds the literal start of any pattern ("diagnos" of ``diagnos\w*``) and
    only those places are checked with the pattern itself, anchored at whole words.
    """

    _LITERAL = regex.compile(r"[\p{L}\d -]+")

    def __init__(self, patterns: list[str], flags: int = regex.IGNORECASE) -> None:
        self._automaton = ahocorasick.Automaton()
        by_prefix: dict[str, list[regex.Pattern]] = {}
        for pattern in patterns:
            literal = self._LITERAL.match(pattern)
            prefix = literal.group() if literal else ""
            if literal and pattern[literal.end():literal.end() + 1] in ("?", "*", "{"):
                prefix = prefix[:-1]  # the last literal character is optional
            if not prefix.strip():
                raise ValueError(f"pattern {pattern!r} has no literal start")
            compiled = regex.compile(rf"(?<![\p{{L}}\d])(?:{pattern})(?![\p{{L}}\d])", flags)
            by_prefix.setdefault(prefix.lower(), []).append(compiled)
        for prefix, compiled in by_prefix.items():
            self._automaton.add_word(prefix, (len(prefix), compiled))
        self._automaton.make_automaton()

    def finditer(self, text: str):
        """(start, end) of every whole-word match, longest at each start."""
        lowered = lower_same_length(text)
        last_end = -1
        for end_index, (length, compiled) in self._automaton.iter(lowered):
            start = end_index + 1 - length
            if start < last_end or (start and lowered[start - 1].isalnum()):
                continue  # overlaps the last match, or starts inside a word
            best = max((m.end() for p in compiled if (m := p.match(text, start))), default=None)
            if best is not None:
                last_end = best
                yield start, best


class Keywords:
    """Where any of many literal keywords occurs (case-insensitive substrings), in one pass."""

    def __init__(self, words: list[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in words:
            self._automaton.add_word(word.lower(), len(word))
        self._automaton.make_automaton()

    def find(self, text: str):
        """(start, end) of each occurrence, in order of their ends."""
        for end_index, length in self._automaton.iter(lower_same_length(text)):
            yield end_index + 1 - length, end_index + 1

    def first(self, text: str) -> tuple[int, int] | None:
        return next(self.find(text), None)


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
