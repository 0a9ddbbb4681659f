"""Stage 5: decide block | redact | log | allow for a scanned prompt.

Each finding over its type's threshold gets its type's action; co-occurrence rules raise
sensitive terms to block when a person is identifiable in the same prompt; allowlisted
values never count. The most severe action decides the prompt. In monitor mode the
decision is recorded as intended and the prompt is forwarded unchanged (action log).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import regex

from guard.config import SEVERITY, Policy
from guard.scan import Finding


class Acted(NamedTuple):
    """A finding that counts, with the action and rule id that apply to it (a NamedTuple, like Finding)."""

    finding: Finding
    action: str
    rule: str


@dataclass(frozen=True)
class Decision:
    action: str  # what is done: allow | log | redact | block
    intended: str  # what enforce mode does; differs from action only in monitor mode
    acted: tuple[Acted, ...]
    mode: str

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(sorted({a.rule for a in self.acted if a.action == self.intended}))

    def counts(self) -> dict[str, int]:
        """Entity type -> number of findings that count (what audit records and metrics hold)."""
        counts: dict[str, int] = {}
        for acted in self.acted:
            counts[acted.finding.type] = counts.get(acted.finding.type, 0) + 1
        return counts


class PolicyEngine:
    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._allowed_values = {v.casefold() for v in policy.allowlist.values}
        self._allowed_patterns = [regex.compile(p) for p in policy.allowlist.patterns]
        # Looked up for every finding of every prompt: resolved once.
        self._thresholds = {entity: policy.threshold(entity) for entity in policy.entities}
        self._actions = {entity: rule.action for entity, rule in policy.entities.items()}

    def decide(self, text: str, findings: list[Finding]) -> Decision:
        policy = self.policy
        if self._allowed_values or self._allowed_patterns:  # allowlisted values never count, for no rule
            findings = [f for f in findings if not self._allowlisted(text, f)]
        counted = [f for f in findings if f.score >= self._thresholds[f.type]]
        acted = [Acted(f, self._actions[f.type], f"entity:{f.type}") for f in counted]
        for rule in policy.co_occurrence:
            identified = any(f.type in rule.with_any and f.score >= rule.min_score for f in findings)
            if not identified:
                continue
            acted = [
                Acted(a.finding, rule.action, f"co:{rule.id}") if a.finding.type == rule.entity and SEVERITY[rule.action] > SEVERITY[a.action] else a
                for a in acted
            ]
        intended = max((a.action for a in acted), key=SEVERITY.__getitem__, default="allow")
        action = intended
        if policy.mode == "monitor" and intended != "allow":
            action = "log"
        return Decision(action=action, intended=intended, acted=tuple(acted), mode=policy.mode)

    def _allowlisted(self, text: str, finding: Finding) -> bool:
        value = _value_of(text, finding)
        return value.casefold() in self._allowed_values or any(p.fullmatch(value) for p in self._allowed_patterns)


def _value_of(text: str, finding: Finding) -> str:
    if finding.payload is not None and finding.inner is not None:
        return _value_of(finding.payload.text, finding.inner)
    return text[finding.start:finding.end]
