"""What every recognizer of the Swedish pack shares: result building, context scoring, and
the views of a text that several of them read.

Presidio's default context enhancer matches lemmas from a statistical model (none is
available for Swedish here) and rescans tokens per match, which is superlinear. Each
recognizer here scores its own context instead: a bounded character window before the
match is searched with one precompiled pattern of word stems ("personnummer" also
matches "personnumret"), so the cost stays linear in the text.

Much of a scan is passes over the whole text, each costing about the same per character
whatever it looks for. So what several recognizers need is computed once per scan, in
``TextViews`` (the pack's NLP artifacts): the lower-cased text, the hits of every keyword
list of the pack from a single Aho-Corasick pass, and the runs of digits that numbers
can hide in.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from pathlib import Path

import ahocorasick
import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

DATA_DIR = Path(__file__).parent / "data"

# Seven or more digits joined by what numbers are written with, a leading + or ( included
# ("+46 70-123 45 67", "(08) 123 45", "811218-\n9876"). Personnummer, organisationsnummer,
# card, bankgiro and phone numbers are made of nothing else, so their patterns are tried
# only inside these runs (TextViews.in_numbers). The lead is looked for behind each run:
# as an optional start of _NUMBER it would be tried at every position of the text.
_NUMBER = regex.compile(r"\d(?:[ \-+/()\r\n]*\d){6,}")
_NUMBER_LEAD_MAX = 20  # a phone number has at most 18 characters after its +: a longer lead starts nothing
_NUMBER_LOOKAHEAD = 2  # characters after a number that those patterns' lookaheads read: "(?![\d]|[.,]\d)"


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


# What a case-insensitive pattern of the regex module matches with a letter a–ö although
# it does not lower-case to it ("ſ" as s, "İ" as i; "K" and "Å" lower-case to k and å).
# In a text without them, every case-insensitive match of a keyword is a hit in ``lowered``.
IGNORECASE_ONLY = ("ſ", "İ")


class StemMatcher:
    r"""Many word-stem patterns found in one pass.

    One big regex alternation is slow in the ``regex`` module; instead the literal start
    of each pattern ("diagnos" of ``diagnos\w*``) is a keyword of the shared pass, and only
    where one occurs is the pattern itself tried, anchored at whole words.
    """

    # Letters, digits, spaces and escaped punctuation ("p\-piller" is regex.escape("p-piller")).
    _LITERAL = regex.compile(r"(?:[\p{L}\d -]|\\[^\p{L}\d\s])+")

    def __init__(self, patterns: list[str], flags: int = regex.IGNORECASE) -> None:
        # literal start -> literal start of the second word ("" for a term of one word) -> patterns
        self._by_prefix: dict[str, dict[str, list[regex.Pattern]]] = {}
        for pattern in patterns:
            prefix, prefix_end = self._literal_start(pattern, 0)
            if not prefix.strip():
                raise ValueError(f"pattern {pattern!r} has no literal start")
            # A term of several words ("med\s+i\s+facket") often starts with an everyday word:
            # its second word is checked before the pattern is tried.
            then = self._literal_start(pattern, prefix_end + 3)[0] if pattern.startswith(r"\s+", prefix_end) else ""
            compiled = regex.compile(rf"(?<![\p{{L}}\d])(?:{pattern})(?![\p{{L}}\d])", flags)
            self._by_prefix.setdefault(prefix.lower(), {}).setdefault(then.lower(), []).append(compiled)
        self._prefixes = Keywords(list(self._by_prefix))

    @classmethod
    def _literal_start(cls, pattern: str, pos: int) -> tuple[str, int]:
        """The text that ``pattern`` must match from ``pos`` on, and where that ends in the pattern."""
        literal = cls._LITERAL.match(pattern, pos)
        if not literal:
            return "", pos
        written = regex.sub(r"\\(.)", r"\1", literal.group())
        if pattern[literal.end():literal.end() + 1] in ("?", "*", "{"):
            written = written[:-1]  # the last literal character is optional
        return written, literal.end()

    def finditer(self, views: TextViews):
        """(start, end) of every whole-word match, longest at each start."""
        text, lowered = views.text, views.lowered
        patterns_at: dict[int, list[regex.Pattern]] = {}  # word start -> the patterns worth trying there
        for start, end in self._prefixes.find(views):
            if start and lowered[start - 1].isalnum():
                continue
            spaced = lowered[end:end + 1].isspace()  # the second word of a term comes after \s+
            for then, patterns in self._by_prefix[lowered[start:end]].items():
                if not then or (spaced and _goes_on_with(lowered, end, then)):
                    patterns_at.setdefault(start, []).extend(patterns)
        last_end = -1
        for start in sorted(patterns_at):
            if start < last_end:
                continue  # inside the last match
            best = max((m.end() for pattern in patterns_at[start] if (m := pattern.match(text, start))), default=None)
            if best is not None:
                last_end = best
                yield start, best


def _goes_on_with(lowered: str, pos: int, word: str) -> bool:
    """Whether the text goes on with ``word`` after the whitespace at ``pos`` (isspace()
    covers every character that \\s matches, so this never rules out a match)."""
    while pos < len(lowered) and lowered[pos].isspace():
        pos += 1
    return lowered.startswith(word, pos)


_HIT_END = operator.itemgetter(1)  # what the hits of a list are sorted by


class Keywords:
    """Where any of many literal keywords occurs (case-insensitive substrings).

    Every list of the pack is a slot in one shared automaton, so one pass over a text
    (``TextViews``) finds the keywords of all of them: an Aho-Corasick pass costs about
    the same per character however many words it holds.
    """

    _every: list[Keywords] = []
    _shared: ahocorasick.Automaton | None = None  # rebuilt on first use after a list is added

    def __init__(self, words: list[str]) -> None:
        self.words = frozenset(word.lower() for word in words)
        self._slot = len(Keywords._every)
        Keywords._every.append(self)
        Keywords._shared = None

    def find(self, views: TextViews) -> list[tuple[int, int]]:
        """(start, end) of each occurrence, in order of their ends."""
        return views.keyword_hits[self._slot]

    def first(self, views: TextViews) -> tuple[int, int] | None:
        hits = self.find(views)
        return hits[0] if hits else None

    def within(self, views: TextViews, start: int, end: int) -> bool:
        """Whether one of the keywords stands wholly inside text[start:end]."""
        return any(self.between(views, start, end))

    def between(self, views: TextViews, start: int, end: int):
        """(start, end) of each occurrence wholly inside text[start:end], in order of their ends."""
        hits = self.find(views)
        for hit_start, hit_end in itertools.islice(hits, bisect.bisect_right(hits, start, key=_HIT_END), None):
            if hit_end > end:
                return
            if hit_start >= start:
                yield hit_start, hit_end

    @classmethod
    def find_all(cls, lowered: str) -> list[list[tuple[int, int]]]:
        """Per list (by slot), the (start, end) of each of its keywords in ``lowered``: one pass."""
        automaton = cls._shared
        if automaton is None:  # two threads may both build it: the same automaton, harmless
            automaton = ahocorasick.Automaton()
            slots: dict[str, list[int]] = {}
            for keywords in cls._every:
                for word in keywords.words:
                    slots.setdefault(word, []).append(keywords._slot)
            for word, owners in slots.items():
                automaton.add_word(word, (len(word), tuple(owners)))
            automaton.make_automaton()
            cls._shared = automaton
        hits: list[list[tuple[int, int]]] = [[] for _ in cls._every]
        for end_index, (length, owners) in automaton.iter(lowered):
            for slot in owners:
                hits[slot].append((end_index + 1 - length, end_index + 1))
        return hits


class TextViews(NlpArtifacts):
    """The pack's NLP artifacts: views of one text that several recognizers read, each
    computed on first use and then shared for the rest of the scan.

    No recognizer of the pack reads tokens or lemmas (there is no Swedish model; they
    match patterns and score their own context), so there is no tokenising: what they do
    share is the lower-cased text, the keyword hits and the number runs.
    """

    def __init__(self, text: str, language: str = "sv") -> None:
        super().__init__(entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=None, language=language)
        self.text = text

    @classmethod
    def of(cls, text: str, nlp_artifacts: NlpArtifacts | None) -> TextViews:
        """The views the scanner made for this very text, or new ones (a recognizer called on its own)."""
        if isinstance(nlp_artifacts, TextViews) and nlp_artifacts.text is text:
            return nlp_artifacts
        return cls(text)

    @functools.cached_property
    def lowered(self) -> str:
        return lower_same_length(self.text)

    @functools.cached_property
    def keyword_hits(self) -> list[list[tuple[int, int]]]:
        return Keywords.find_all(self.lowered)

    @functools.cached_property
    def numbers(self) -> list[tuple[int, int]]:
        return [(_lead_start(self.text, match.start()), match.end()) for match in _NUMBER.finditer(self.text)]

    def in_numbers(self, pattern: re.Pattern | regex.Pattern):
        """The matches of ``pattern`` over the whole text, for a pattern that matches only
        digits and what joins them in a number (and needs at least seven digits to count):
        it is tried only inside the numbers. Its lookbehinds still see the text before."""
        text = self.text
        for start, end in self.numbers:
            yield from pattern.finditer(text, start, min(len(text), end + _NUMBER_LOOKAHEAD))


def _lead_start(text: str, start: int) -> int:
    """Where the number at ``start`` begins with its lead: a + before it, also with spaces,
    dashes, brackets or slashes between ("+ (46) 8"), else a bracket right before it."""
    before = text[max(0, start - _NUMBER_LEAD_MAX):start]
    joined = before.rstrip(" -()/")  # a + can only stand right before the joining characters
    if joined.endswith("+"):
        return start - len(before) + len(joined) - 1
    return start - 1 if before.endswith("(") else start


def line_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(start, end) of the line, or run of lines, that holds text[start:end], without its newline."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


_HEADER_LINES_UP = 10  # rows of a table between its header line and a number read under it
_COLUMN_GAP = regex.compile(r"\t|[ ]{2,}|[;|,]")


def under_named_column(text: str, start: int, names: regex.Pattern) -> bool:
    """Whether a table's header line a few lines above names the number's column
    ("Leverantör   Bankgiro   Belopp", "kundnr;personnr;mobil"): the nearest line that holds the name
    and parts columns."""
    header_end = text.rfind("\n", 0, start)
    for _ in range(_HEADER_LINES_UP):
        if header_end < 0:
            return False
        header_start = text.rfind("\n", 0, header_end) + 1
        if names.search(text, header_start, header_end):
            return bool(_COLUMN_GAP.search(text, header_start, header_end))
        header_end = header_start - 1
    return False


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
