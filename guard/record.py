"""Stage 7: count what the guard did and write one event line per decision.

Events hold the service, the action, entity types with counts, rule ids and the incident
id, never a value, so the log can be kept and shown to security staff. Counters are
aggregate (service, action, reason): no per-person figures.
"""

from __future__ import annotations

import logging
from collections import Counter

logger = logging.getLogger("guard")
_LEVEL = {"block": logging.WARNING, "redact": logging.INFO, "log": logging.INFO, "allow": logging.DEBUG}


class Recorder:
    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str, str]] = Counter()

    def event(
        self,
        service: str,
        action: str,
        *,
        intended: str | None = None,
        reason: str = "",
        counts: dict[str, int] | None = None,
        rules: set[str] | tuple[str, ...] = (),
        incident: str | None = None,
        mode: str = "enforce",
        detail: str = "",
    ) -> None:
        """Count one decision and log it; ``reason`` names why a request could not be checked."""
        self.counts[(service, action, reason)] += 1
        parts = [f"action={action}", f"service={service}"]
        if intended and intended != action:
            parts.append(f"intended={intended}")
        if mode != "enforce":
            parts.append(f"mode={mode}")
        if reason:
            parts.append(f"reason={reason}")
        if counts:
            parts.append("types=" + ",".join(f"{t}:{n}" for t, n in sorted(counts.items())))
        if rules:
            parts.append("rules=" + ",".join(sorted(rules)))
        if incident:
            parts.append(f"incident={incident}")
        if detail:
            parts.append(detail)
        logger.log(max(_LEVEL[action], _LEVEL[intended or action]), "guard: " + " ".join(parts))

    def summary(self) -> str:
        """Totals per (service, action, reason), for the log at shutdown."""
        return ", ".join(f"{s}/{a}{'/' + r if r else ''}={n}" for (s, a, r), n in sorted(self.counts.items())) or "no requests to AI services"
