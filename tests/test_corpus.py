"""The labelled dev corpus: accuracy targets of issue 3, measured on every test run."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.evaluate import evaluate, load_corpus

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def report(engine):
    cases = load_corpus(CORPUS)
    assert len(cases) >= 300, "the dev corpus must hold at least 300 cases"
    open_share = sum(c["expected"] in ("allow", "log") for c in cases) / len(cases)
    assert open_share >= 0.4, f"open texts are {open_share:.0%} of the corpus, at least 40% needed"
    result = evaluate(engine, cases)
    print("\n" + result.table())
    return result


def test_corpus_labels_are_substrings():
    for case in load_corpus(CORPUS):
        for entity in case.get("entities", []):
            assert entity["value"] in case["text"], f"{case['_where']}: {entity['value']!r} not in text"


def test_accuracy_targets(report):
    assert report.failures() == []


def test_every_case_expected_to_block_is_stopped(report, engine):
    """Whatever the per-type numbers, a prompt expected to be blocked must not leave as it is."""
    for case in load_corpus(CORPUS):
        if case["expected"] == "block":
            assert engine.check(case["text"]).action in ("block", "redact"), case["id"]
