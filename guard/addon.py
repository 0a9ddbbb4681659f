"""The mitmproxy addon: the guard on the wire.

Load it with ``mitmdump -s guard/addon.py --set guard_config=DIR`` or through ``guard run``.
Hosts outside the service catalogue are not intercepted at all (TLS passthrough: their own
certificate reaches the client). For an AI service, every request body is decoded and
checked before anything is sent: forbidden service -> notice naming the approved ones;
otherwise the adapter's segments go through the engine -> block (notice), redact (body
rewritten in place), log or allow. Whatever cannot be checked (error, time budget, size,
unreadable encoding) does not leave: fail closed, unless policy.yaml says ``fail_mode: open``.
``mode: monitor`` changes nothing and records what would have been done.
"""

from __future__ import annotations

import os
import sys

# mitmproxy's script loader puts this file's folder first on sys.path and leaves it there
# (12.2.3 restores the same list object it changed), so guard/catalogue.py would shadow the
# `catalogue` package that spaCy imports. Only `guard.*` names are meant to resolve here.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import asyncio  # noqa: E402
import logging  # noqa: E402
import socket  # noqa: E402
from collections.abc import Callable  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402
from pathlib import Path  # noqa: E402

from mitmproxy import ctx, exceptions, http, tls  # noqa: E402
from mitmproxy.net import encoding  # noqa: E402
from mitmproxy.utils import human  # noqa: E402

from guard import metrics  # noqa: E402
from guard.adapters import Unreadable  # noqa: E402
from guard.audit import AuditError  # noqa: E402
from guard.catalogue import Catalogue, Service, load_catalogue  # noqa: E402
from guard.config import ConfigError, GuardConfig, load_config  # noqa: E402
from guard.engine import Engine  # noqa: E402
from guard.inspection import Inspector, Outcome  # noqa: E402
from guard.notices import Notice, Notices, load_notices, new_incident_id, wants_html  # noqa: E402
from guard.record import Recorder  # noqa: E402

logger = logging.getLogger("guard")
_BODY_METHODS = {"POST", "PUT", "PATCH"}
BODY_SIZE_LIMIT = "64m"  # mitmproxy's own hard stop (413, no notice) for any body; keeps memory bounded
_CREDENTIAL_HEADERS = ("authorization", "x-api-key", "api-key", "x-goog-api-key")
_RECORD_OPTIONS = {"guard_metrics", "guard_audit_dir", "guard_audit_key", "guard_instance"}


Stop = Callable[[Notice], None]  # how to stop this request or frame and show the notice


class TooLarge(Exception):
    """The decoded body is larger than the guard checks (guard_max_body)."""


class Undecodable(Unreadable):
    """The content-encoding cannot be undone (told apart from text that cannot be read)."""


class Guard:
    def __init__(self) -> None:
        self.config: GuardConfig | None = None
        self.catalogue: Catalogue | None = None
        self.notices: Notices | None = None
        self.inspector: Inspector | None = None
        self.recorder = Recorder()
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="guard-scan")

    # --- set-up -------------------------------------------------------------------------

    def load(self, loader) -> None:
        logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)  # one line per recognizer otherwise
        loader.add_option("guard_config", str, "", "Guard configuration directory (policy.yaml, services.yaml, notices/); empty: the embedded one.")
        loader.add_option("guard_customers", str, "", "Customer register CSV (overrides policy.yaml's 'customers').")
        loader.add_option("guard_max_body", str, "16m", "Largest decoded request body the guard checks; larger ones to AI services are stopped.")
        loader.add_option("guard_scan_timeout_ms", int, 5000, "Milliseconds one request may take to check; slower ones are stopped.")
        loader.add_option("guard_binary", str, "log", "What to do with an upload the guard cannot read (unknown format, damaged, encrypted, over the extraction limits).", choices=("log", "block"))
        loader.add_option("guard_metrics", str, metrics.DEFAULT_ADDRESS, "Address of the Prometheus metrics, /healthz and /readyz (HOST:PORT); empty: off.")
        loader.add_option("guard_audit_dir", str, "~/.guard/audit", "Directory of the audit trail (audit-YYYY-MM-DD[.instance].jsonl).")
        loader.add_option("guard_audit_key", str, "~/.guard/audit.key", "Key file for prompt fingerprints in the audit trail; created (0600) on first start.")
        loader.add_option("guard_instance", str, socket.gethostname(), "Name of this guard in audit file names (replicas sharing a volume); empty: none.")

    def configure(self, updated: set[str]) -> None:
        if ctx.options.stream_large_bodies:
            raise exceptions.OptionsError("guard: stream_large_bodies sends request bodies to AI services unchecked; unset it")
        if "guard_max_body" in updated and human.parse_size(ctx.options.guard_max_body) is None:
            raise exceptions.OptionsError(f"guard: guard_max_body: not a size: {ctx.options.guard_max_body!r}")
        if self.inspector is None or {"guard_config", "guard_customers", "guard_binary"} & updated:
            self._build()
        if self.recorder.started and _RECORD_OPTIONS & updated:  # changed while running (or rolled back after a failed change)
            self._start_recording()

    def _build(self) -> None:
        directory = Path(ctx.options.guard_config).expanduser() if ctx.options.guard_config else None
        customers = Path(ctx.options.guard_customers).expanduser() if ctx.options.guard_customers else None
        try:
            config = load_config(directory, customers)
            catalogue, catalogue_path = load_catalogue(directory)
            notices, notices_path = load_notices(catalogue, directory)
        except ConfigError as exc:
            self.recorder.rejected()
            raise exceptions.OptionsError(f"guard: {exc}") from None
        self.config, self.catalogue, self.notices = config, catalogue, notices
        self.inspector = Inspector(Engine(config), binary_action=ctx.options.guard_binary)
        self.recorder.configured(config, catalogue)
        policy = config.policy
        logger.info(
            f"guard: policy {config.source}/policy.yaml (version {config.version}, mode {policy.mode}, fail_mode {policy.fail_mode}), "
            f"{len(config.customers)} customers, catalogue {catalogue_path} ({len(catalogue.services)} services), notices {notices_path}"
        )
        if policy.fail_mode == "open":
            logger.warning("guard: fail_mode is open: requests that cannot be checked are forwarded unchecked")
        if policy.mode == "monitor":
            logger.warning("guard: monitor mode: nothing is blocked or changed, decisions are only recorded")

    def running(self) -> None:
        """The two settings the guard relies on (also when loaded with ``mitmdump -s``), then
        the metrics server and the audit trail, once the options are final."""
        if ctx.options.connection_strategy != "lazy":
            logger.info("guard: connection_strategy set to lazy (a stopped request must never open a connection)")
            ctx.options.update(connection_strategy="lazy")
        if ctx.options.body_size_limit is None:
            logger.info(f"guard: body_size_limit set to {BODY_SIZE_LIMIT} (bodies to AI services are held in memory until checked)")
            ctx.options.update(body_size_limit=BODY_SIZE_LIMIT)
        try:  # here, not in configure: `guard run` sets its options in several steps
            self._start_recording()
        except exceptions.OptionsError as exc:
            logger.error(str(exc))  # mitmproxy stops at an error logged during start-up

    def _start_recording(self) -> None:
        options = ctx.options
        try:
            self.recorder.start(options.guard_metrics, Path(options.guard_audit_dir).expanduser(), Path(options.guard_audit_key).expanduser(),
                                options.guard_instance, ready=lambda: self.inspector is not None)
        except (metrics.MetricsError, AuditError) as exc:
            raise exceptions.OptionsError(f"guard: {exc}") from None

    def done(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self.recorder.stop()
        logger.info(f"guard: totals: {self.recorder.summary()}")

    # --- stage 1: route -------------------------------------------------------------------

    def tls_clienthello(self, data: tls.ClientHelloData) -> None:
        """Open TLS only for AI services; everything else passes through untouched."""
        address = data.context.server.address
        port = address[1] if address else None
        names = [data.client_hello.sni, address[0] if address else None]
        if not any(self.catalogue.route(name, port) for name in names if name):
            data.ignore_connection = True

    def _service(self, flow: http.HTTPFlow) -> Service | None:
        request = flow.request
        for name in (request.pretty_host, request.host):
            if service := self.catalogue.route(name, request.port):
                return service
        return None

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        """A body for an AI service is held until checked; any other body is not inspected,
        so it streams through instead of being buffered (plain-HTTP uploads)."""
        flow.request.stream = self._service(flow) is None

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        """Replies are not inspected (yet): stream them, so SSE answers arrive live and large
        downloads are not buffered. The guard's own notices are sent whole."""
        if "guard_incident" not in flow.metadata:
            flow.response.stream = True

    # --- stages 2-7 -----------------------------------------------------------------------

    async def request(self, flow: http.HTTPFlow) -> None:
        service = self._service(flow)
        if service is None or flow.response is not None:
            return
        flow.metadata["guard_service"] = service.id
        stop = lambda notice: self._respond(flow, notice)  # noqa: E731
        if service.status == "forbidden":
            return self._forbidden(flow, service, stop)
        request = flow.request
        if request.method not in _BODY_METHODS and not request.raw_content:
            return
        if request.raw_content is None:
            return self._unchecked(flow, service, "no_body", stop)
        checked = await self._check(flow, service, request.headers.get("content-type", ""), request.raw_content, request.headers.get("content-encoding", ""), stop)
        if checked is not None:
            self._act(flow, service, *checked, stop, rewrite=lambda body: setattr(request, "content", body))  # re-encoded, content-length fixed

    async def websocket_message(self, flow: http.HTTPFlow) -> None:
        """A text frame from the client to an AI service (Copilot's chat) is checked like a body.
        A stopped frame is dropped and the notice is sent to the client as a frame."""
        message = flow.websocket.messages[-1]
        if not message.from_client or message.injected or (service := self._service(flow)) is None:
            return

        def stop(notice: Notice) -> None:
            message.drop()
            ctx.master.commands.call("inject.websocket", flow, True, notice.json_body(), True)

        checked = await self._check(flow, service, "websocket", message.content, "", stop)
        if checked is not None:
            self._act(flow, service, *checked, stop, rewrite=lambda body: setattr(message, "content", body))

    async def _check(self, flow: http.HTTPFlow, service: Service, content_type: str, raw: bytes, content_encoding: str, stop: Stop) -> tuple[Outcome, str | None] | None:
        """Check a body off the event loop within the time budget: (outcome, fingerprint for
        the audit), or None when it could not be checked (then already stopped, or forwarded
        under fail_mode open / monitor)."""
        limit = human.parse_size(ctx.options.guard_max_body)
        if len(raw) > limit:
            return self._unchecked(flow, service, "too_large", stop, error="too_large")
        headers = flow.request.headers
        scope = "\0".join([service.id, flow.client_conn.peername[0] if flow.client_conn.peername else ""] + [headers.get(h, "") for h in _CREDENTIAL_HEADERS])
        work = (service.adapter, flow.request.path, content_type, raw, content_encoding, scope, limit)
        try:
            return await asyncio.wait_for(asyncio.get_running_loop().run_in_executor(self._pool, self._inspect, *work), ctx.options.guard_scan_timeout_ms / 1000)
        except TimeoutError:
            return self._unchecked(flow, service, "timeout", stop, error="timeout")
        except TooLarge:
            return self._unchecked(flow, service, "too_large", stop, error="too_large")
        except Undecodable:
            return self._unchecked(flow, service, "encoding", stop, error="decode")
        except Unreadable:
            return self._unchecked(flow, service, "encoding", stop, error="extract")
        except Exception as exc:  # noqa: BLE001 - fail closed on any bug; the message may quote the body, so only the type is logged
            return self._unchecked(flow, service, "error", stop, error="scan", detail=f"error={type(exc).__name__}@{_origin(exc)}")

    def _inspect(self, adapter: str, path: str, content_type: str, raw: bytes, content_encoding: str, scope: str, limit: int) -> tuple[Outcome, str | None]:
        """Runs in a worker thread: decode, extract, check. Never touches the flow."""
        with metrics.SCAN_DURATION.time():
            try:
                body = encoding.decode(raw, content_encoding) if content_encoding and content_encoding.lower() != "identity" else raw
            except ValueError:
                raise Undecodable("content-encoding") from None
            if not isinstance(body, bytes):
                raise Undecodable("content-encoding")
            if len(body) > limit:
                raise TooLarge()
            metrics.BODY_BYTES.observe(len(body))
            outcome = self.inspector.inspect(adapter, path, content_type, body, scope)
        return outcome, self.recorder.fingerprint(adapter, path, content_type, body) if self.recorder.audits(outcome.action) else None

    def _act(self, flow: http.HTTPFlow, service: Service, outcome: Outcome, fingerprint: str | None, stop: Stop, rewrite: Callable[[bytes], None]) -> None:
        kind = dict(counts=dict(outcome.counts), rules=outcome.rules, intended=outcome.intended, fingerprint=fingerprint)
        detail = f"segments={outcome.segments} scanned={outcome.scanned}" + (" binary=yes" if outcome.binary else "")
        if outcome.action == "block":
            incident = new_incident_id()
            stop(self.notices.unchecked("binary", incident) if outcome.binary else self.notices.blocked(outcome.blocking, incident, outcome.in_file))
            self.recorder.event(flow, service, "block", reason="binary" if outcome.binary else "", incident=incident, detail=detail, **kind)
            return
        if outcome.action == "redact" and outcome.body is not None:
            rewrite(outcome.body)
        self.recorder.event(flow, service, outcome.action, reason="binary" if outcome.binary else "", detail=detail, **kind)

    def _forbidden(self, flow: http.HTTPFlow, service: Service, stop: Stop) -> None:
        if self.config.policy.mode == "monitor":
            self.recorder.event(flow, service, "log", intended="block", reason="forbidden_service")
            return
        incident = new_incident_id()
        stop(self.notices.forbidden(service.name, incident))
        self.recorder.event(flow, service, "block", reason="forbidden_service", incident=incident)

    def _unchecked(self, flow: http.HTTPFlow, service: Service, reason: str, stop: Stop, error: str | None = None, detail: str = "") -> None:
        policy = self.config.policy
        if policy.mode == "monitor" or policy.fail_mode == "open":
            why = "monitor" if policy.mode == "monitor" else "fail_mode=open: forwarded unchecked"
            self.recorder.event(flow, service, "log", intended="block", reason=reason, error=error, detail=f"{why} {detail}".strip())
            return
        incident = new_incident_id()
        stop(self.notices.unchecked(reason, incident))
        self.recorder.event(flow, service, "block", reason=reason, incident=incident, error=error, detail=detail)

    def _respond(self, flow: http.HTTPFlow, notice: Notice) -> None:
        flow.metadata["guard_incident"] = notice.incident
        if wants_html(flow.request.headers):
            body, content_type = notice.html_body(self.notices.page), "text/html; charset=utf-8"
        else:
            body, content_type = notice.json_body(), "application/json"
        headers = {"content-type": content_type, "x-should-retry": "false", "x-guard-incident": notice.incident, "cache-control": "no-store"}
        if origin := flow.request.headers.get("origin"):
            # A web app calling its API on another origin reads the notice only if CORS allows it;
            # otherwise its chat shows a bare network error instead of the reason.
            headers |= {"access-control-allow-origin": origin, "access-control-allow-credentials": "true",
                        "access-control-expose-headers": "x-guard-incident", "vary": "origin"}
        flow.response = http.Response.make(403, body, headers)


def _origin(exc: BaseException) -> str:
    """file:line where an exception was raised, for the log (its message may hold values)."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}" if tb else "?"


addons = [Guard()]
