"""The mitmproxy addon: the guard on the wire.

Load it with ``mitmdump -s guard/addon.py --set guard_config=DIR`` or through ``guard run``.
Hosts outside the service catalogue are not intercepted at all (TLS passthrough: their own
certificate reaches the client). For an AI service, every request body is decoded and
checked before anything is sent: forbidden service -> notice naming the approved ones;
otherwise the adapter's segments go through the engine -> block (notice), redact (body
rewritten in place), log or allow. Whatever cannot be checked (error, time budget, size,
unreadable encoding) does not leave: fail closed, unless policy.yaml says ``fail_mode: open``.
``mode: monitor`` changes nothing and records what would have been done.

The configuration is one snapshot (guard/reload.py), replaced as a whole when its files
change or on SIGHUP; each request keeps the one it started with. SIGTERM drains the proxy
before it exits (guard/drain.py).
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
import gc  # noqa: E402
import logging  # noqa: E402
import math  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import time  # noqa: E402
import weakref  # noqa: E402
from collections.abc import Callable  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402
from pathlib import Path  # noqa: E402

from mitmproxy import ctx, exceptions, http, tls  # noqa: E402
from mitmproxy.net import encoding  # noqa: E402
from mitmproxy.utils import human  # noqa: E402

from guard import audit, metrics  # noqa: E402
from guard.adapters import Unreadable  # noqa: E402
from guard.adapters.body import media_type  # noqa: E402
from guard.audit import AuditError  # noqa: E402
from guard.catalogue import Catalogue, Service  # noqa: E402
from guard.config import ConfigError  # noqa: E402
from guard.drain import Drain  # noqa: E402
from guard.inspection import Outcome  # noqa: E402
from guard.notices import Notice, new_incident_id, wants_html  # noqa: E402
from guard.record import Recorder  # noqa: E402
from guard.reload import Reloader, Snapshot, Sources, attempt  # noqa: E402
from guard.restore import EventStream, restore_frame, restore_text  # noqa: E402

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
        self.snapshot: Snapshot | None = None  # the configuration in service; a request takes it once, when it starts
        self.recorder = Recorder()
        self.drain = Drain()
        self.addons = [self.drain]  # mitmproxy calls the hooks of sub-addons too
        self.reloader = Reloader(lambda: self.snapshot, self._install, self._rejected)
        self._started: weakref.WeakKeyDictionary[http.HTTPFlow, Snapshot] = weakref.WeakKeyDictionary()  # request -> its snapshot
        self._replies: weakref.WeakKeyDictionary[http.HTTPFlow, dict[str, str]] = weakref.WeakKeyDictionary()  # redacted request, or WebSocket connection with a redacted frame -> what its replies may restore (never in flow.metadata, which flow dumps save)
        self._serving = False  # running: from now on a new configuration is a reload
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="guard-scan")

    # --- set-up -------------------------------------------------------------------------

    def load(self, loader) -> None:
        logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)  # one line per recognizer otherwise
        loader.add_option("guard_config", str, "", "Guard configuration directory (policy.yaml, services.yaml, notices/); empty: the embedded one.")
        loader.add_option("guard_customers", str, "", "Customer register CSV (overrides policy.yaml's 'customers').")
        loader.add_option("guard_max_body", str, "16m", "Largest decoded request body the guard checks; larger ones to AI services are stopped.")
        loader.add_option("guard_scan_timeout_ms", int, 5000, "Milliseconds one request may take to check; slower ones are stopped.")
        loader.add_option("guard_inline_max", str, "32k", "Largest plain body (no content-encoding, not multipart) checked on the proxy's event loop instead of a worker thread; 0: always a thread.")
        loader.add_option("guard_binary", str, "log", "What to do with an upload the guard cannot read (unknown format, damaged, encrypted, over the extraction limits).", choices=("log", "block"))
        loader.add_option("guard_metrics", str, metrics.DEFAULT_ADDRESS, "Address of the Prometheus metrics, /healthz and /readyz (HOST:PORT); empty: off.")
        loader.add_option("guard_audit_dir", str, audit.DEFAULT_DIR, "Directory of the audit trail (audit-YYYY-MM-DD[.instance].jsonl).")
        loader.add_option("guard_audit_key", str, audit.DEFAULT_KEY, "Key file for prompt fingerprints in the audit trail; created (0600) on first start.")
        loader.add_option("guard_instance", str, socket.gethostname(), "Name of this guard in audit file names (replicas sharing a volume); empty: none.")
        loader.add_option("guard_reload_interval", str, "2", "Seconds between looks for changed configuration files (policy, register, catalogue, notices); 0: only on SIGHUP.")
        loader.add_option("guard_shutdown_grace", str, "10", "Seconds the requests in flight get to finish after SIGTERM before the guard exits.")

    def configure(self, updated: set[str]) -> None:
        if ctx.options.stream_large_bodies:
            raise exceptions.OptionsError("guard: stream_large_bodies sends request bodies to AI services unchecked; unset it")
        for name in ("guard_max_body", "guard_inline_max"):
            if name in updated and human.parse_size(getattr(ctx.options, name)) is None:
                raise exceptions.OptionsError(f"guard: {name}: not a size: {getattr(ctx.options, name)!r}")
        interval = _seconds("guard_reload_interval")
        _seconds("guard_shutdown_grace")  # refused now, not when SIGTERM comes
        if self.snapshot is None or {"guard_config", "guard_customers", "guard_binary"} & updated:
            self._build()
        if self.reloader.watching and "guard_reload_interval" in updated:
            self.reloader.start(interval)
        if self.recorder.started and _RECORD_OPTIONS & updated:  # changed while running (or rolled back after a failed change)
            self._start_recording()

    def _build(self) -> None:
        """Load what the options name, here and now: at start-up and on an option change a
        bad file must refuse the options with its reason (file changes reload in the background)."""
        options = ctx.options
        sources = Sources(Path(options.guard_config).expanduser() if options.guard_config else None,
                          Path(options.guard_customers).expanduser() if options.guard_customers else None, options.guard_binary)
        result = attempt(sources, self.snapshot)
        error = ConfigError("the configuration files kept changing while they were read; try again") if result is None else result.error
        if error is not None:
            self.recorder.rejected()
            raise exceptions.OptionsError(f"guard: {error}") from None
        if result.snapshot is not self.snapshot:
            self._install(result.snapshot)

    def _install(self, snapshot: Snapshot) -> None:
        """Put a configuration in service: one assignment; requests already running keep theirs.
        Before the proxy runs (``guard run`` sets its options in steps) it is not a reload yet:
        the metrics take the configuration it starts with."""
        self.snapshot = snapshot
        if self._serving:
            self.recorder.configured(snapshot.config, snapshot.catalogue)
        logger.info(f"guard: {'configuration reloaded: ' if self._serving else ''}{snapshot.describe()}")
        policy = snapshot.config.policy
        if policy.fail_mode == "open":
            logger.warning("guard: fail_mode is open: requests that cannot be checked are forwarded unchecked")
        if policy.mode == "monitor":
            logger.warning("guard: monitor mode: nothing is blocked or changed, decisions are only recorded")

    def _rejected(self, error: ConfigError) -> None:
        self.recorder.rejected()
        logger.error(f"guard: configuration reload rejected, version {self.snapshot.config.version} stays in use: {error}")

    def running(self) -> None:
        """The two settings the guard relies on (also when loaded with ``mitmdump -s``), then
        the metrics server, the audit trail and the reload watch, once the options are final."""
        if ctx.options.connection_strategy != "lazy":
            logger.info("guard: connection_strategy set to lazy (a stopped request must never open a connection)")
            ctx.options.update(connection_strategy="lazy")
        if ctx.options.body_size_limit is None:
            logger.info(f"guard: body_size_limit set to {BODY_SIZE_LIMIT} (bodies to AI services are held in memory until checked)")
            ctx.options.update(body_size_limit=BODY_SIZE_LIMIT)
        self.recorder.configured(self.snapshot.config, self.snapshot.catalogue)
        self._serving = True
        self.reloader.start(_seconds("guard_reload_interval"))
        self._signals(install=True)
        try:  # here, not in configure: `guard run` sets its options in several steps
            self._start_recording()
        except exceptions.OptionsError as exc:
            logger.error(str(exc))  # mitmproxy stops at an error logged during start-up
        # The lexicons, automata and compiled patterns are ~200,000 objects that live as long as
        # the process; left to the cyclic collector they cost a ~150 ms pause about every 1,000
        # requests. Start-up garbage is collected first; later snapshots stay collectable (of
        # the start-up one, only what sits in reference cycles outlives a reload).
        gc.collect()
        gc.freeze()

    def _signals(self, install: bool) -> None:
        """SIGHUP reloads and SIGTERM drains, under `guard run` and `mitmdump -s` alike (this
        replaces mitmdump's immediate SIGTERM; SIGINT still stops at once)."""
        loop = asyncio.get_running_loop()
        handlers = {"SIGHUP": self.reloader.request, "SIGTERM": lambda: self.drain.start(_seconds("guard_shutdown_grace"))}
        for name, handler in handlers.items():
            try:
                if install:
                    loop.add_signal_handler(getattr(signal, name), handler)
                else:
                    loop.remove_signal_handler(getattr(signal, name))
            except (AttributeError, NotImplementedError, RuntimeError, ValueError):  # no such signal here, or not the main thread
                logger.debug(f"guard: {name} not handled on this platform")

    def _start_recording(self) -> None:
        options = ctx.options
        try:
            self.recorder.start(options.guard_metrics, Path(options.guard_audit_dir).expanduser(), Path(options.guard_audit_key).expanduser(),
                                options.guard_instance, ready=lambda: self.snapshot is not None and not self.drain.draining)
        except (metrics.MetricsError, AuditError) as exc:
            raise exceptions.OptionsError(f"guard: {exc}") from None

    def done(self) -> None:
        self.reloader.stop()
        self._signals(install=False)
        self._pool.shutdown(wait=False, cancel_futures=True)
        self.recorder.stop()
        logger.info(f"guard: totals: {self.recorder.summary()}")

    # --- stage 1: route -------------------------------------------------------------------

    def tls_clienthello(self, data: tls.ClientHelloData) -> None:
        """Open TLS only for AI services; everything else passes through untouched."""
        address = data.context.server.address
        port = address[1] if address else None
        names = [data.client_hello.sni, address[0] if address else None]
        catalogue = self.snapshot.catalogue
        if not any(catalogue.route(name, port) for name in names if name):
            data.ignore_connection = True

    def _service(self, catalogue: Catalogue, flow: http.HTTPFlow) -> Service | None:
        request = flow.request
        for name in (request.pretty_host, request.host):
            if service := catalogue.route(name, request.port):
                return service
        return None

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        """A body for an AI service is held until checked; any other body is not inspected,
        so it streams through instead of being buffered (plain-HTTP uploads). The request keeps
        the configuration in service now until it is answered, whatever is reloaded meanwhile."""
        snapshot = self._started[flow] = self.snapshot
        flow.request.stream = self._service(snapshot.catalogue, flow) is None

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        """Replies are streamed, so SSE answers arrive live and large downloads are not
        buffered; the reply to a redacted request gets its placeholders restored on the way
        (guard/restore.py): an uncompressed event stream as it comes, anything else whole, in
        ``response``. The guard's own notices are sent whole."""
        if "guard_incident" in flow.metadata:
            return
        restorable = self._replies.get(flow)
        response = flow.response
        if restorable is None:
            response.stream = True
        elif media_type(response.headers.get("content-type", "")) == "text/event-stream" and "content-encoding" not in response.headers and "content-length" not in response.headers:
            response.stream = EventStream(restorable)
            del self._replies[flow]

    def response(self, flow: http.HTTPFlow) -> None:
        """A buffered reply to a redacted request: its placeholders restored in its text."""
        restorable = self._replies.pop(flow, None)
        if restorable is None:
            return
        media = media_type(flow.response.headers.get("content-type", ""))
        if not (media.startswith("text/") or "json" in media):
            return
        text = flow.response.get_text(strict=False)
        if text is not None:
            flow.response.text = restore_text(text, restorable, json_escaped="json" in media)

    # --- stages 2-7 -----------------------------------------------------------------------

    async def request(self, flow: http.HTTPFlow) -> None:
        snapshot = self._started.pop(flow, None) or self.snapshot
        service = self._service(snapshot.catalogue, flow)
        if service is None or flow.response is not None:
            return
        flow.metadata["guard_service"] = service.id
        self._take_identity(snapshot, flow)
        stop = lambda notice: self._respond(snapshot, flow, notice)  # noqa: E731
        if service.status == "forbidden":
            return self._forbidden(snapshot, flow, service, stop)
        request = flow.request
        if request.method not in _BODY_METHODS and not request.raw_content and "?" not in request.path:
            return
        if request.raw_content is None:
            return self._unchecked(snapshot, flow, service, "no_body", stop)
        checked = await self._check(snapshot, flow, service, request.path, request.headers.get("content-type", ""), request.raw_content, request.headers.get("content-encoding", ""), stop)
        if checked is None:
            return
        outcome = checked[0]
        if outcome.query is not None and outcome.action == "redact":
            request.path = request.path.partition("?")[0] + "?" + outcome.query
        self._act(snapshot, flow, service, *checked, stop, rewrite=lambda body: setattr(request, "content", body))  # re-encoded, content-length fixed
        if restorable := self._to_restore(snapshot, outcome):
            self._replies[flow] = restorable
            request.headers["accept-encoding"] = "identity"  # a streamed reply is restored as it comes, so it must come uncompressed

    @staticmethod
    def _take_identity(snapshot: Snapshot, flow: http.HTTPFlow) -> None:
        """The identity header a front proxy adds (audit.client_identity: header:NAME) is for the
        audit trail only: it is kept on the flow and never forwarded to the AI service."""
        source = snapshot.config.policy.audit.client_identity
        if source.startswith("header:"):
            flow.metadata["guard_client"] = flow.request.headers.pop(source.removeprefix("header:"), None)

    async def websocket_message(self, flow: http.HTTPFlow) -> None:
        """A text frame from the client to an AI service (Copilot's chat) is checked like a body.
        A stopped frame is dropped and the notice is sent to the client as a frame. Each frame
        takes the configuration in service when it arrives. Frames from the service get back
        the values of the placeholders this connection's own frames carried."""
        snapshot = self.snapshot
        message = flow.websocket.messages[-1]
        if message.injected:
            return
        if not message.from_client:
            if message.is_text and (restorable := self._replies.get(flow)):
                message.text = restore_frame(message.text, restorable)
            return
        if (service := self._service(snapshot.catalogue, flow)) is None:
            return

        def stop(notice: Notice) -> None:
            message.drop()
            ctx.master.commands.call("inject.websocket", flow, True, notice.json_body(), True)

        # The handshake's query string was checked with the handshake.
        checked = await self._check(snapshot, flow, service, flow.request.path.partition("?")[0], "websocket", message.content, "", stop)
        if checked is None:
            return
        self._act(snapshot, flow, service, *checked, stop, rewrite=lambda body: setattr(message, "content", body))
        if restorable := self._to_restore(snapshot, checked[0]):
            self._replies.setdefault(flow, {}).update(restorable)

    @staticmethod
    def _to_restore(snapshot: Snapshot, outcome: Outcome) -> dict[str, str]:
        """What the reply may get back: the values of the placeholders this request carried."""
        return outcome.restorable if outcome.action == "redact" and snapshot.config.policy.restore_replies else {}

    async def _check(self, snapshot: Snapshot, flow: http.HTTPFlow, service: Service, url_path: str, content_type: str, raw: bytes, content_encoding: str, stop: Stop) -> tuple[Outcome, str | None] | None:
        """Check a body and the query string in ``url_path`` within the time budget: (outcome,
        fingerprint for the audit), or None when it could not be checked (then already stopped,
        or forwarded under fail_mode open / monitor).

        A small plain body (chat prompts, WebSocket frames) is checked right here on the event
        loop: handing it to a thread costs more than the check, and under load the thread and
        the loop fight over the GIL (CPU per request doubled in ``guard bench-proxy``). Its
        check is linear in its size, so the loop stalls at most a few ms; one that still ran
        over the budget is not forwarded. Larger, compressed and multipart bodies (documents)
        go to a worker thread that is abandoned when the budget runs out."""
        limit = human.parse_size(ctx.options.guard_max_body)
        if len(raw) > limit:
            return self._unchecked(snapshot, flow, service, "too_large", stop, error="too_large")
        headers = flow.request.headers
        scope = "\0".join([service.id, flow.client_conn.peername[0] if flow.client_conn.peername else ""] + [headers.get(h, "") for h in _CREDENTIAL_HEADERS])
        work = (snapshot, service.adapter, url_path, content_type, raw, content_encoding, scope, limit)
        budget = ctx.options.guard_scan_timeout_ms / 1000
        try:
            if len(raw) <= human.parse_size(ctx.options.guard_inline_max) and not content_encoding and not content_type.lower().startswith("multipart/"):
                started = time.perf_counter()
                checked = self._inspect(*work)
                if time.perf_counter() - started > budget:
                    raise TimeoutError
                return checked
            return await asyncio.wait_for(asyncio.get_running_loop().run_in_executor(self._pool, self._inspect, *work), budget)
        except TimeoutError:
            return self._unchecked(snapshot, flow, service, "timeout", stop, error="timeout")
        except TooLarge:
            return self._unchecked(snapshot, flow, service, "too_large", stop, error="too_large")
        except Undecodable:
            return self._unchecked(snapshot, flow, service, "encoding", stop, error="decode")
        except Unreadable:
            return self._unchecked(snapshot, flow, service, "encoding", stop, error="extract")
        except Exception as exc:  # noqa: BLE001 - fail closed on any bug; the message may quote the body, so only the type is logged
            return self._unchecked(snapshot, flow, service, "error", stop, error="scan", detail=f"error={type(exc).__name__}@{_origin(exc)}")

    def _inspect(self, snapshot: Snapshot, adapter: str, path: str, content_type: str, raw: bytes, content_encoding: str, scope: str, limit: int) -> tuple[Outcome, str | None]:
        """Decode, extract, check, and the audit fingerprint of what the check read (the body is
        parsed once). May run in a worker thread: never touches the flow."""
        with metrics.SCAN_DURATION.time():
            try:
                body = encoding.decode(raw, content_encoding) if content_encoding and content_encoding.lower() != "identity" else raw
            except ValueError:
                raise Undecodable("content-encoding") from None
            if not isinstance(body, bytes) or (raw and not body):  # mitmproxy's decoder turns a broken gzip header into b""
                raise Undecodable("content-encoding")
            if len(body) > limit:
                raise TooLarge()
            metrics.BODY_BYTES.observe(len(body))
            outcome = snapshot.inspector.inspect(adapter, path, content_type, body, scope)
        if not self.recorder.audits(snapshot.config, outcome.action):
            return outcome, None
        return outcome, self.recorder.fingerprint(body if outcome.newest is None else outcome.newest)

    def _act(self, snapshot: Snapshot, flow: http.HTTPFlow, service: Service, outcome: Outcome, fingerprint: str | None, stop: Stop, rewrite: Callable[[bytes], None]) -> None:
        kind = dict(counts=dict(outcome.counts), rules=outcome.rules, intended=outcome.intended, fingerprint=fingerprint)
        detail = f"segments={outcome.segments} scanned={outcome.scanned}" + (" binary=yes" if outcome.binary else "")
        if outcome.unreadable:
            detail += " unreadable=" + ",".join(outcome.unreadable)  # place:kind:reason, e.g. part[1]:pdf:encrypted
        if outcome.action == "block":
            incident = new_incident_id()
            notices = snapshot.notices
            stop(notices.unchecked("binary", incident) if outcome.binary else notices.blocked(outcome.blocking, incident, outcome.in_file))
            self.recorder.event(snapshot.config, flow, service, "block", reason="binary" if outcome.binary else "", incident=incident, detail=detail, **kind)
            return
        if outcome.action == "redact" and outcome.body is not None:
            rewrite(outcome.body)
        self.recorder.event(snapshot.config, flow, service, outcome.action, reason="binary" if outcome.binary else "", detail=detail, **kind)

    def _forbidden(self, snapshot: Snapshot, flow: http.HTTPFlow, service: Service, stop: Stop) -> None:
        if snapshot.config.policy.mode == "monitor":
            self.recorder.event(snapshot.config, flow, service, "log", intended="block", reason="forbidden_service")
            return
        incident = new_incident_id()
        stop(snapshot.notices.forbidden(service.name, incident))
        self.recorder.event(snapshot.config, flow, service, "block", reason="forbidden_service", incident=incident)

    def _unchecked(self, snapshot: Snapshot, flow: http.HTTPFlow, service: Service, reason: str, stop: Stop, error: str | None = None, detail: str = "") -> None:
        policy = snapshot.config.policy
        if policy.mode == "monitor" or policy.fail_mode == "open":
            why = "monitor" if policy.mode == "monitor" else "fail_mode=open: forwarded unchecked"
            self.recorder.event(snapshot.config, flow, service, "log", intended="block", reason=reason, error=error, detail=f"{why} {detail}".strip())
            return
        incident = new_incident_id()
        stop(snapshot.notices.unchecked(reason, incident))
        self.recorder.event(snapshot.config, flow, service, "block", reason=reason, incident=incident, error=error, detail=detail)

    def _respond(self, snapshot: Snapshot, flow: http.HTTPFlow, notice: Notice) -> None:
        flow.metadata["guard_incident"] = notice.incident
        if wants_html(flow.request.headers):
            body, content_type = notice.html_body(snapshot.notices.page), "text/html; charset=utf-8"
        else:
            body, content_type = notice.json_body(), "application/json"
        headers = {"content-type": content_type, "x-should-retry": "false", "x-guard-incident": notice.incident, "cache-control": "no-store"}
        if origin := flow.request.headers.get("origin"):
            # A web app calling its API on another origin reads the notice only if CORS allows it;
            # otherwise its chat shows a bare network error instead of the reason.
            headers |= {"access-control-allow-origin": origin, "access-control-allow-credentials": "true",
                        "access-control-expose-headers": "x-guard-incident", "vary": "origin"}
        flow.response = http.Response.make(403, body, headers)


def _seconds(name: str) -> float:
    """A duration option (mitmproxy options have no float type, so these are strings)."""
    text = getattr(ctx.options, name)
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value >= 0):
        raise exceptions.OptionsError(f"guard: {name}: expected a number of seconds, 0 or more (got {text!r})")
    return value


def _origin(exc: BaseException) -> str:
    """file:line where an exception was raised, for the log (its message may hold values)."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}" if tb else "?"


addons = [Guard()]
