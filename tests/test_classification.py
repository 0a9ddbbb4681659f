"""SECRECY_MARKER and INTERNAL_MARKER (recognizers/classification.py): the shortcuts taken for
speed must apply each rule exactly as the plain way does (every rule to every run of keyword
lines whose lower case holds a word of each of its trigger groups, searched all over)."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.evaluate import load_corpus
from recognizers.base import TextViews
from recognizers.classification import (
    _RULES, _line_starts, _lines_with_keywords, _occurrences, _runs_to_examine, _tried_at,
)

SHAPES = [
    "KVALIFICERAT\nHEMLIG\nDnr 2026/88",  # a stamp over two lines
    "Utredning – SEKRETESS enligt 26 kap. 1 § OSL\nRapport | Sekretess OSL 26:1\na\t-\tSekretess OSL 26:1",
    "KONSULTAVTAL – Konfidentiellt\nÄmne: Konfidentiellt: löner\n  \t## HEMLIG  \nRapport  HEMLIG",
    "Informationsklass: 3\nInformationsklass K2 gäller\nKlassificering = intern",
    "Internt dokument – får ej delas utanför förvaltningen\nKonfidentiellt – får inte spridas",
    "[KONFIDENTIELLT] (hemligt) **Internt** «sekretessbelagt»\n2025/0141\tOSL 26:1",
    "Denna handling är sekretessbelagd. This document is strictly confidential.",
    "OBS! Skyddade personuppgifter\nHon har skyddad identitet.\nSkyddad identitet: ja",
    # letters the case-blind patterns read as s and i, which lower() leaves be
    "HEMLİG – ſekretess enligt 26 kap. 1 § OSL\nSEKRETESS OSL 26:1 och İnternt",
    "Sekretess gäller för uppgifter enligt 26 kap. 1 § OSL, och sekretesslagen (2009:400) / SFS 2009:400.",
]
TEXTS = SHAPES + [case["text"] for case in load_corpus(Path(__file__).parent / "corpus")]


def _holds_a_trigger(rule, chunk: str) -> bool:
    return any(word in (chunk if rule.case_sensitive else chunk.lower()) for word in rule.triggers)


def test_no_trigger_word_ends_in_i():
    """Else "İ" (lower case "i" and a combining dot) could complete one for lower() but not in the
    keyword pass, which keeps it."""
    assert not [word for rule in _RULES for word in rule.triggers if word.lower().endswith("i")]


def test_each_run_gets_the_rules_whose_trigger_words_it_holds():
    for text in TEXTS:
        views = TextViews(text)
        expected = {}
        for start, end in _lines_with_keywords(views):
            if rules := [rule for rule in _RULES if _holds_a_trigger(rule, text[start:end])]:
                expected[start, end] = rules
        assert {(start, end): rules for start, end, rules in _runs_to_examine(views)} == expected


@pytest.mark.parametrize("rule", [rule for rule in _RULES if rule.starts is not None], ids=lambda rule: rule.pattern.pattern[:40])
def test_a_pattern_tried_where_its_matches_can_start_finds_what_a_search_finds(rule):
    for text in TEXTS:
        starts = _line_starts(text, 0, len(text)) | _occurrences(rule.starts, text, 0, len(text))
        tried = [match.span() for match in _tried_at(rule.pattern, text, starts, len(text))]
        assert tried == [match.span() for match in rule.pattern.finditer(text)], text


@pytest.mark.parametrize("rule", [rule for rule in _RULES if rule.also_required], ids=lambda rule: rule.pattern.pattern[:40])
def test_every_match_holds_a_word_also_required(rule):
    """Why a run without one can be skipped."""
    matches = [match.group() for text in TEXTS for match in rule.pattern.finditer(text)]
    assert matches, "the texts must hold a match of each rule, or the test proves nothing"
    for match in matches:
        assert any(word in match for word in rule.also_required), match
