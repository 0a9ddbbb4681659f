"""Stage 4: find what is not open information in a text.

One Presidio AnalyzerEngine holds the Swedish pack (recognizers/) for ``sv`` and ``en``.
Its NLP engine is a blank spaCy pipeline (tokeniser only): no Swedish model can be
installed, and none is downloaded. Context scoring is done by each recognizer over a
bounded window (see recognizers/base.py), so the engine's lemma-based enhancer, which
is superlinear, is replaced by a pass-through.

The text is normalised first (guard/normalise.py) and findings are mapped back to the
original offsets; base64 blobs and data: URLs are decoded and scanned too, and a finding
inside one covers the whole blob.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

from guard.normalise import EncodedPayload, find_encoded_payloads, normalise
from recognizers import build_customer_index, build_recognizers

LANGUAGES = ("sv", "en")
MAX_NESTING = 2  # base64 inside base64 is decoded once more, no further

# When findings overlap, the more specific type names the region.
PRIORITY = (
    "SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER", "CREDENTIAL", "CUSTOMER", "IBAN_CODE", "CREDIT_CARD",
    "EMAIL_ADDRESS", "PHONE_NUMBER", "SE_BANK_ACCOUNT", "SE_BANKGIRO", "SE_PLUSGIRO", "SE_ADDRESS", "PERSON",
    "SE_ORGANISATIONSNUMMER", "SECRECY_MARKER", "INTERNAL_MARKER", "SENSITIVE_DATA",
)
_RANK = {entity: rank for rank, entity in enumerate(PRIORITY)}


@dataclass(frozen=True)
class Finding:
    """One recognised value: type, span in the original text, score; never the value itself."""

    type: str
    start: int
    end: int
    score: float
    canonical: str | None = None  # register row for customers; lets equal values share a placeholder
    payload: EncodedPayload | None = None  # set when found inside a decoded blob
    inner: "Finding | None" = field(default=None, repr=False)  # the finding within the payload text


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """spaCy's rule-based tokeniser for each language, no statistical model, no download."""

    def __init__(self, languages: tuple[str, ...] = LANGUAGES) -> None:
        super().__init__(models=[{"lang_code": lang, "model_name": f"blank:{lang}"} for lang in languages])
        self._languages = languages

    def load(self) -> None:
        self.nlp = {lang: spacy.blank(lang) for lang in self._languages}


class RecognizersScoreTheirOwnContext(ContextAwareEnhancer):
    """Pass-through: the pack's recognizers already weighed their context words."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0, context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


class Scanner:
    """The detection engine's scan step; build once, call ``scan`` from any thread."""

    def __init__(self, customers: tuple[str, ...] | list[str] = ()) -> None:
        index = build_customer_index(list(customers))
        registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
        for language in LANGUAGES:
            for recognizer in build_recognizers(index, language):
                registry.add_recognizer(recognizer)
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=BlankSpacyNlpEngine(),
            supported_languages=list(LANGUAGES),
            context_aware_enhancer=RecognizersScoreTheirOwnContext(),
        )
        self.customer_count = index.size
        # No recognizer of the pack reads tokens or lemmas (they match patterns and score
        # their own context), so tokenising every prompt would be pure cost: the engine
        # gets empty artifacts. A recognizer that needs tokens would drop this.
        self._no_tokens = {
            lang: NlpArtifacts(entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=self.analyzer.nlp_engine, language=lang)
            for lang in LANGUAGES
        }

    def scan(self, text: str, language: str = "sv", _depth: int = 0) -> list[Finding]:
        normalised = normalise(text)
        findings = []
        for result in self.analyzer.analyze(normalised.text, language=language, nlp_artifacts=self._no_tokens[language]):
            start, end = normalised.to_original(result.start, result.end)
            canonical = (result.recognition_metadata or {}).get("canonical")
            findings.append(Finding(result.entity_type, start, end, result.score, canonical))
        findings = _drop_contained(sorted(findings, key=lambda f: (f.start, _RANK.get(f.type, 99))))
        if _depth < MAX_NESTING:
            # Each finding in a blob covers the whole blob; the nested scan already deduplicated them.
            for payload in find_encoded_payloads(text):
                for inner in self.scan(payload.text, language, _depth + 1):
                    findings.append(Finding(inner.type, payload.start, payload.end, inner.score, inner.canonical, payload, inner))
            findings.sort(key=lambda f: (f.start, _RANK.get(f.type, 99)))
        return findings


# Types that describe the whole prompt rather than a value in it: never dropped as contained.
_PROMPT_LEVEL = frozenset({"SECRECY_MARKER", "INTERNAL_MARKER", "SENSITIVE_DATA"})


def _drop_contained(findings: list[Finding]) -> list[Finding]:
    """A value inside a more specific one is the same value: "Per Strand" the customer, not
    also a PERSON; the account number inside a card number is the card number."""
    values = [f for f in findings if f.type not in _PROMPT_LEVEL]  # sorted by start
    if len(values) < 2:
        return findings
    starts = [f.start for f in values]
    longest = max(f.end - f.start for f in values)
    kept = []
    for finding in findings:
        if finding.type not in _PROMPT_LEVEL:
            rank = _RANK.get(finding.type, 99)
            first = bisect.bisect_left(starts, finding.start - longest)
            last = bisect.bisect_right(starts, finding.start)
            if any(
                other.end >= finding.end and _RANK.get(other.type, 99) < rank
                for other in values[first:last] if other is not finding
            ):
                continue
        kept.append(finding)
    return kept
