"""The detection engine: scan -> decide -> redact, one call for `guard scan` and the proxy."""

from __future__ import annotations

from dataclasses import dataclass

from guard.config import GuardConfig
from guard.policy import Decision, PolicyEngine
from guard.redact import Placeholders, RequestPlaceholders, redact
from guard.scan import Finding, Scanner


@dataclass(frozen=True)
class Verdict:
    decision: Decision
    findings: tuple[Finding, ...]  # everything the recognizers reported, counted or not
    text: str | None  # what may be forwarded: original, redacted, or None when blocked

    @property
    def action(self) -> str:
        return self.decision.action


class Engine:
    """Built once from a configuration; ``check`` is the whole detection pipeline."""

    def __init__(self, config: GuardConfig) -> None:
        self.config = config
        self.scanner = Scanner(config.customers)
        self.policy = PolicyEngine(config.policy)

    def check(self, text: str, placeholders: Placeholders | RequestPlaceholders | None = None) -> Verdict:
        """Decide for one prompt; ``placeholders`` carries numbering across a conversation."""
        findings = self.scanner.scan(text)
        decision = self.policy.decide(text, findings)
        if decision.action == "block":
            forwarded = None
        elif decision.action == "redact":
            forwarded = redact(text, decision, self.config.policy, placeholders if placeholders is not None else Placeholders())
        else:
            forwarded = text
        return Verdict(decision, tuple(findings), forwarded)
