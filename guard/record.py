"""Stage 7: record every decision: Prometheus metrics, an audit record and one log line.

This is the one place a decision is recorded; the addon calls ``Recorder.event`` for each.
What is recorded is the service, the action, entity types with counts, rule ids and the
incident id, never a value: metrics are aggregate (service, entity type, action, reason; no
per-person figures), the audit record carries the prompt only as a keyed fingerprint and
names the client only when policy.yaml's ``audit.client_identity`` allows it.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from guard import metrics
from guard.audit import AuditLog, load_key, make_record
from guard.audit import fingerprint as keyed_fingerprint
from guard.catalogue import Catalogue, Service
from guard.config import GuardConfig
from guard.normalise import normalise

logger = logging.getLogger("guard")
_LEVEL = {"block": logging.WARNING, "redact": logging.INFO, "log": logging.INFO, "allow": logging.DEBUG}


class Recorder:
    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str, str]] = Counter()
        self.config: GuardConfig | None = None
        self.audit: AuditLog | None = None
        self.server: metrics.MetricsServer | None = None
        self.started = False  # start() was called and stop() not yet: option changes restart recording

    # --- life cycle ---------------------------------------------------------------------

    def configured(self, config: GuardConfig, catalogue: Catalogue) -> None:
        """A configuration was loaded: the gauges describe it from now on."""
        if self.config is not None:
            metrics.CONFIG_RELOADS.labels("success").inc()
        self.config = config
        policy = config.policy
        for mode in ("enforce", "monitor"):
            metrics.MODE.labels(mode).set(int(policy.mode == mode))
        metrics.FAIL_OPEN.set(int(policy.fail_mode == "open"))
        metrics.CONFIG.info({"version": config.version, "policy_mode": policy.mode, "fail_mode": policy.fail_mode,
                             "services": str(len(catalogue.services)), "customers": str(len(config.customers))})
        if self.audit is not None:
            self.audit.retention_days = policy.audit.retention_days

    def rejected(self) -> None:
        """A configuration did not load (the one in use, if any, stays)."""
        metrics.ERRORS.labels("config").inc()
        if self.config is not None:
            metrics.CONFIG_RELOADS.labels("rejected").inc()

    def start(self, metrics_address: str, audit_dir: Path, audit_key: Path, instance: str, ready: Callable[[], bool]) -> None:
        """Serve metrics and open the audit trail (again, after an option changed); raises
        MetricsError or AuditError with a one-line reason."""
        self.started = True
        self._close()
        address = metrics.parse_address(metrics_address)
        audit = AuditLog(audit_dir, load_key(audit_key), instance, self.config.policy.audit.retention_days)
        if address is not None:
            try:
                self.server = metrics.MetricsServer(*address, ready)
            except metrics.MetricsError:
                audit.close()
                raise
            logger.info(f"guard: metrics on {self.server.url} (health: /healthz, readiness: /readyz)")
        self.audit = audit
        logger.info(f"guard: audit trail in {audit_dir} ({audit.path('YYYY-MM-DD').name}, kept {audit.retention_days} days)")

    def stop(self) -> None:
        self.started = False
        self._close()

    def _close(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
        if self.audit is not None:
            self.audit.close()
            self.audit = None

    # --- decisions ----------------------------------------------------------------------

    def audits(self, config: GuardConfig, action: str) -> bool:
        """Whether a decision with this action, under ``config``, gets an audit record."""
        return self.audit is not None and (action != "allow" or config.policy.audit.all_decisions)

    def fingerprint(self, prompt: str | bytes) -> str | None:
        """Keyed fingerprint of the prompt (``Outcome.newest``: the newest user message), as
        normalised for scanning, so a repeat matches however its characters were written; the
        bytes of a body without text. Runs in a scan thread; only for audited decisions."""
        audit = self.audit
        if audit is None:
            return None
        return keyed_fingerprint(audit.key, normalise(prompt).text if isinstance(prompt, str) else prompt)

    def event(
        self,
        config: GuardConfig,
        flow,
        service: Service,
        action: str,
        *,
        intended: str | None = None,
        reason: str = "",
        counts: dict[str, int] | None = None,
        rules: set[str] | tuple[str, ...] = (),
        incident: str | None = None,
        fingerprint: str | None = None,
        error: str | None = None,
        detail: str = "",
    ) -> None:
        """Record one decision on ``flow`` (an HTTP flow, or the flow of a WebSocket frame),
        made under ``config``: the configuration the request started with, whatever was
        reloaded since. ``reason`` names why a request was stopped or not checked; ``error``
        is the stage of an error behind it (guard_errors_total)."""
        counts, intended, mode = counts or {}, intended or action, config.policy.mode
        self.counts[(service.id, action, reason)] += 1
        metrics.REQUESTS.labels(service.id, service.status, action).inc()
        if service.status != "approved":
            metrics.SHADOW_AI.labels(service.id, service.status).inc()
        for entity_type, n in counts.items():
            metrics.FINDINGS.labels(entity_type, action).inc(n)
        if reason in metrics.UNCHECKED_REASONS:
            metrics.UNCHECKED.labels(reason, "blocked" if action == "block" else "forwarded").inc()
        if error:
            metrics.ERRORS.labels(error).inc()

        parts = [f"action={action}", f"service={service.id}"]
        if intended != action:
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
        logger.log(max(_LEVEL[action], _LEVEL[intended]), "guard: " + " ".join(parts))

        if self.audits(config, action):
            user, ip = self._client(config, flow)
            self.audit.write(make_record(
                when=datetime.now(timezone.utc), action=action, intended=intended, reason=reason or ("findings" if counts else None),
                incident=incident, host=flow.request.pretty_host, service=service.id, service_status=service.status, mode=mode,
                entities=counts, rules=list(rules), config_version=config.version, fingerprint=fingerprint, user=user, ip=ip,
            ))

    def _client(self, config: GuardConfig, flow) -> tuple[str | None, str | None]:
        """(user name, source address), both None unless audit.client_identity allows naming."""
        source = config.policy.audit.client_identity
        if source == "none":
            return None, None
        if source == "proxy_auth":
            user = (flow.metadata.get("proxyauth") or (None,))[0]  # (user, password): only the user is taken
        else:  # the addon moves the header to the flow's metadata, so it is not forwarded
            user = flow.metadata.get("guard_client") or flow.request.headers.get(source.removeprefix("header:"))
        peer = flow.client_conn.peername
        return user or None, peer[0] if peer else None

    def summary(self) -> str:
        """Totals per (service, action, reason), for the log at shutdown."""
        return ", ".join(f"{s}/{a}{'/' + r if r else ''}={n}" for (s, a, r), n in sorted(self.counts.items())) or "no requests to AI services"
