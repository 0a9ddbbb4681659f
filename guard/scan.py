"""Stage 4: find what is not open information in a text.

The Swedish pack (recognizers/) is registered for ``sv`` and ``en`` in a Presidio
RecognizerRegistry, and the scanner calls the language's recognizers through Presidio's
recognizer API directly, not through an AnalyzerEngine, whose extra steps cost more than
most recognizers (about a tenth of a scan) and do nothing for this pack: no recognizer
here reads spaCy tokens (no Swedish model can be installed, none is downloaded), each
scores its own context over a bounded window (recognizers/base.py) instead of the
engine's lemma-based step, and the thresholds are the policy's. Presidio's one step that
matters, dropping duplicates, is part of this module's overlap rule. Instead of tokens,
every recognizer gets the pack's shared views of the text (``TextViews``): what several
of them need is computed once per scan.

The text is normalised first (guard/normalise.py) and findings are mapped back to the
original offsets; base64 blobs and data: URLs are decoded and scanned too, and a finding
inside one covers the whole blob.
"""

from __future__ import annotations

from typing import NamedTuple

from presidio_analyzer import RecognizerRegistry

from guard.normalise import EncodedPayload, find_encoded_payloads, normalise
from recognizers import build_customer_index, build_recognizers
from recognizers.base import TextViews

LANGUAGES = ("sv", "en")
MAX_NESTING = 2  # base64 inside base64 is decoded once more, no further

# When findings overlap, the more specific type names the region.
PRIORITY = (
    "SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER", "CREDENTIAL", "CUSTOMER", "IBAN_CODE", "CREDIT_CARD",
    "EMAIL_ADDRESS", "PHONE_NUMBER", "SE_BANK_ACCOUNT", "SE_BANKGIRO", "SE_PLUSGIRO", "SE_ADDRESS", "PERSON",
    "SE_ORGANISATIONSNUMMER", "SECRECY_MARKER", "INTERNAL_MARKER", "SENSITIVE_DATA",
)
_RANK = {entity: rank for rank, entity in enumerate(PRIORITY)}


class Finding(NamedTuple):
    """One recognised value: type, span in the original text, score; never the value itself.

    Immutable; a NamedTuple rather than a frozen dataclass because a dense prompt has
    hundreds, and a frozen dataclass is several times slower to create.
    """

    type: str
    start: int
    end: int
    score: float
    canonical: str | None = None  # register row for customers; lets equal values share a placeholder
    payload: EncodedPayload | None = None  # set when found inside a decoded blob
    inner: "Finding | None" = None  # the finding within the payload text


class Scanner:
    """The detection engine's scan step; build once, call ``scan`` from any thread."""

    def __init__(self, customers: tuple[str, ...] | list[str] = ()) -> None:
        index = build_customer_index(list(customers))
        self.registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
        for language in LANGUAGES:
            for recognizer in build_recognizers(index, language):
                self.registry.add_recognizer(recognizer)
        # In registration order (the registry answers in a set's order), so that findings
        # always come out in the same order.
        self._recognizers = {
            language: sorted(self.registry.get_recognizers(language, all_fields=True), key=self.registry.recognizers.index)
            for language in LANGUAGES
        }
        self.customer_count = index.size

    def scan(self, text: str, language: str = "sv", _depth: int = 0) -> list[Finding]:
        normalised = normalise(text)
        views = TextViews(normalised.text, language)
        findings = []
        for recognizer in self._recognizers[language]:
            for result in recognizer.analyze(normalised.text, recognizer.supported_entities, views):
                start, end = normalised.to_original(result.start, result.end)
                canonical = (result.recognition_metadata or {}).get("canonical")
                findings.append(Finding(result.entity_type, start, end, result.score, canonical))
        findings = _drop_contained(findings)
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
    """The findings in order of start (the more specific type, then the higher score first),
    without those that name a region already named by another over the same or a larger span:

    - of the same type with at least its score (Presidio's rule for duplicates:
      "Anna Lindgren" holds the lone given name "Anna"; of two equal ones the first stays);
    - of a more specific type: "Per Strand" the customer is not also a PERSON; the account
      number inside a card number is the card number. Prompt-level types describe the
      prompt, not a value, so only their own duplicates go.
    """
    # Whatever may name a finding's region comes before it: a larger span, then (over the
    # same span) the more specific type, then the higher score. Only kept findings need
    # checking: whatever holds a dropped finding also holds what that one held.
    ordered = sorted(findings, key=lambda f: (f.start, -f.end, _RANK.get(f.type, 99), -f.score))
    kept: list[Finding] = []
    around: list[Finding] = []  # kept findings that reach the current start
    for finding in ordered:
        rank = _RANK.get(finding.type, 99)
        value = finding.type not in _PROMPT_LEVEL
        around = [other for other in around if other.end >= finding.start]
        if not any(
            other.end >= finding.end and (
                (other.type == finding.type and other.score >= finding.score)
                or (value and other.type not in _PROMPT_LEVEL and _RANK.get(other.type, 99) < rank)
            )
            for other in around
        ):
            kept.append(finding)
            around.append(finding)
    kept.sort(key=lambda f: (f.start, _RANK.get(f.type, 99), -f.score, -f.end))
    return kept
