"""Shared fixtures: one engine on the embedded default configuration."""

from __future__ import annotations

import pytest

from guard.config import load_config
from guard.engine import Engine


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(load_config())


@pytest.fixture(scope="session")
def found(engine):
    """found(text) -> {(type, value)} of the findings that count under the policy."""

    def scan(text: str) -> set[tuple[str, str]]:
        verdict = engine.check(text)
        return {(a.finding.type, text[a.finding.start:a.finding.end]) for a in verdict.decision.acted}

    return scan
