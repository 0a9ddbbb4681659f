"""Accuracy on a labelled corpus: per-entity precision/recall, leaks and false alarms.

Corpus format (tests/corpus/*.jsonl), one case per line:
``{"id", "text", "expected": allow|log|redact|block, "entities": [{"type", "value"}]}``
where each value is an exact substring of the text; every occurrence of it is labelled.

- recall of a type: labelled occurrences overlapped by a counted finding of that type;
- precision of a type: counted findings that overlap a labelled occurrence of that type;
- SENSITIVE_DATA is scored per prompt, because it is the prompt that is blocked: recall is
  the share of prompts labelled with sensitive data about a person that the sensitive-data
  rule blocked, precision the share of prompts it blocked that were labelled so (the
  vocabulary of health and social care is open-ended; which words were hit matters less
  than whether the prompt was stopped);
- leak: a protected case whose forwarded text still holds a labelled value, or a case
  expected to be blocked that was not;
- false alarm: an open case (allow/log expected) that was redacted or blocked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import regex

from guard.engine import Engine

PRIMARY = ("SE_PERSONNUMMER", "SE_SAMORDNINGSNUMMER", "CUSTOMER", "SECRECY_MARKER")
PRIMARY_TARGET = 0.99
OTHER_TARGET = 0.95
FALSE_ALARM_TARGET = 0.02


# A customer who is a person is found as CUSTOMER, the more specific type.
_SATISFIES = {"PERSON": ("PERSON", "CUSTOMER")}


@dataclass
class TypeScore:
    labelled: int = 0
    found: int = 0
    findings: int = 0
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.findings if self.findings else 1.0


@dataclass
class Report:
    cases: int = 0
    open_cases: int = 0
    false_alarms: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)  # (case id, type) labelled but not found
    types: dict[str, TypeScore] = field(default_factory=dict)

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / self.open_cases if self.open_cases else 0.0

    def failures(self) -> list[str]:
        """What falls short of the targets, one line each."""
        problems = []
        for entity, score in sorted(self.types.items()):
            target = PRIMARY_TARGET if entity in PRIMARY else OTHER_TARGET
            if score.labelled and score.recall < target:
                problems.append(f"{entity}: recall {score.recall:.1%} < {target:.0%}")
        if self.false_alarm_rate > FALSE_ALARM_TARGET:
            problems.append(f"false alarms on open texts {self.false_alarm_rate:.1%} > {FALSE_ALARM_TARGET:.0%}: {', '.join(self.false_alarms)}")
        return problems

    def table(self) -> str:
        lines = ["| entity type | labelled | recall | findings | precision |", "|---|---:|---:|---:|---:|"]
        # SENSITIVE_DATA counts prompts, every other type counts values.
        for entity, s in sorted(self.types.items(), key=lambda kv: -kv[1].labelled):
            lines.append(f"| {entity} | {s.labelled} | {s.recall:.1%} | {s.findings} | {s.precision:.1%} |")
        protected = self.cases - self.open_cases
        lines.append("")
        lines.append(
            f"{self.cases} cases ({protected} protected, {self.open_cases} open); leaks: {len(self.leaks)}; "
            f"false alarms on open texts: {len(self.false_alarms)}/{self.open_cases} ({self.false_alarm_rate:.1%})"
        )
        return "\n".join(lines)


def load_corpus(directory: Path) -> list[dict]:
    cases = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                case = json.loads(line)
                case["_where"] = f"{path.name}:{number}"
                cases.append(case)
    return cases


def _occurrences(text: str, value: str) -> list[tuple[int, int]]:
    pattern = regex.compile(r"(?<![\p{L}\d])" + regex.escape(value) + r"(?![\p{L}\d])")
    spans = [m.span() for m in pattern.finditer(text)]
    return spans or [m.span() for m in regex.finditer(regex.escape(value), text)]


def evaluate(engine: Engine, cases: list[dict]) -> Report:
    report = Report()
    for case in cases:
        text, expected = case["text"], case["expected"]
        verdict = engine.check(text)
        report.cases += 1
        is_open = expected in ("allow", "log")
        if is_open:
            report.open_cases += 1
            if verdict.action in ("redact", "block"):
                report.false_alarms.append(case["id"])
        acted = [a for a in verdict.decision.acted if a.finding.type != "SENSITIVE_DATA"]
        labelled: dict[str, list[tuple[int, int]]] = {}
        for entity in case.get("entities", []):
            labelled.setdefault(entity["type"], []).extend(_occurrences(text, entity["value"]))
        sensitive_blocked = any(a.finding.type == "SENSITIVE_DATA" and a.action == "block" for a in verdict.decision.acted)
        if "SENSITIVE_DATA" in labelled or sensitive_blocked:
            score = report.types.setdefault("SENSITIVE_DATA", TypeScore())
            score.labelled += "SENSITIVE_DATA" in labelled
            score.found += "SENSITIVE_DATA" in labelled and sensitive_blocked
            score.findings += sensitive_blocked
            score.correct += sensitive_blocked and "SENSITIVE_DATA" in labelled
            if "SENSITIVE_DATA" in labelled and not sensitive_blocked:
                report.missed.append(f"{case['id']}:SENSITIVE_DATA")
        for entity, spans in labelled.items():
            if entity == "SENSITIVE_DATA":
                continue
            score = report.types.setdefault(entity, TypeScore())
            for start, end in set(spans):
                score.labelled += 1
                if any(a.finding.type in _SATISFIES.get(entity, (entity,)) and a.finding.start < end and start < a.finding.end for a in verdict.decision.acted):
                    score.found += 1
                else:
                    report.missed.append(f"{case['id']}:{entity}")
        for a in acted:
            score = report.types.setdefault(a.finding.type, TypeScore())
            score.findings += 1
            if any(s < a.finding.end and a.finding.start < e for s, e in labelled.get(a.finding.type, [])):
                score.correct += 1
        if not is_open:
            leaked = expected == "block" and verdict.action != "block"
            if verdict.text is not None:
                protected = [e["value"] for e in case.get("entities", []) if engine.config.policy.entities[e["type"]].action in ("redact", "block") and e["type"] != "SENSITIVE_DATA"]
                leaked = leaked or any(_still_there(verdict.text, v) for v in protected)
            if leaked or verdict.action in ("allow", "log"):
                report.leaks.append(case["id"])
    return report


def _still_there(forwarded: str, value: str) -> bool:
    """A long value anywhere, a short one (a given name) as a whole word."""
    if len(value) >= 6:
        return value in forwarded
    return bool(regex.search(r"(?<![\p{L}\d])" + regex.escape(value) + r"(?![\p{L}\d])", forwarded))
