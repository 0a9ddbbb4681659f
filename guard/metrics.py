"""Prometheus metrics of the guard, and the small HTTP server that exposes them.

Every label is a bounded set (catalogue service ids, entity types, fixed reasons): no user,
client, path or value ever becomes a label, so the numbers stay aggregate and the series
count stays small. The metrics live on their own registry, so the process serves only the
guard's figures, and on their own port (mitmproxy option ``guard_metrics``), next to
``/healthz`` (the process serves) and ``/readyz`` (the configuration is loaded).
"""

from __future__ import annotations

import errno
import socket
import threading
from collections.abc import Callable
from wsgiref.simple_server import WSGIRequestHandler, make_server

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info, disable_created_metrics, make_wsgi_app
from prometheus_client.exposition import ThreadingWSGIServer

disable_created_metrics()  # no *_created series beside every counter: Prometheus does not need them
DEFAULT_ADDRESS = "127.0.0.1:9464"
REGISTRY = CollectorRegistry()

REQUESTS = Counter("guard_requests", "Requests and frames to catalogued AI services, by what was done.", ["service", "status", "action"], registry=REGISTRY)
FINDINGS = Counter("guard_findings", "Findings per entity type, by the action taken on their request.", ["entity_type", "action"], registry=REGISTRY)
SCAN_DURATION = Histogram(
    "guard_scan_duration_seconds", "Time to check one body (decode, extract, scan, decide).", registry=REGISTRY,
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
BODY_BYTES = Histogram(
    "guard_request_body_bytes", "Decoded size of the bodies checked.", registry=REGISTRY,
    buckets=(256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864),
)
ERRORS = Counter("guard_errors", "Errors, by the stage they happened in.", ["stage"], registry=REGISTRY)
UNCHECKED = Counter("guard_unchecked", "Requests that could not be checked (fail-closed or degraded), by reason and outcome.", ["reason", "outcome"], registry=REGISTRY)
MODE = Gauge("guard_mode", "1 for the active policy mode.", ["mode"], registry=REGISTRY)
FAIL_OPEN = Gauge("guard_fail_open", "1 when requests that cannot be checked are forwarded (fail_mode: open).", registry=REGISTRY)
CONFIG = Info("guard_config", "The configuration in use.", registry=REGISTRY)
SHADOW_AI = Counter("guard_shadow_ai_requests", "Requests to AI services that are not approved (under review or forbidden).", ["service", "status"], registry=REGISTRY)
CONFIG_RELOADS = Counter("guard_config_reloads", "Configuration reloads, by result.", ["result"], registry=REGISTRY)

ERROR_STAGES = ("decode", "extract", "scan", "timeout", "too_large", "config")
UNCHECKED_REASONS = ("timeout", "too_large", "encoding", "error", "no_body", "binary")

# Series of the fixed label sets exist from the start (at 0), so rate() and alerts see them.
for _stage in ERROR_STAGES:
    ERRORS.labels(_stage)
for _reason in UNCHECKED_REASONS:
    for _outcome in ("blocked", "forwarded"):
        UNCHECKED.labels(_reason, _outcome)
for _result in ("success", "rejected"):
    CONFIG_RELOADS.labels(_result)


class MetricsError(ValueError):
    """The metrics address is malformed or cannot be served, in one line."""


def parse_address(text: str) -> tuple[str, int] | None:
    """``HOST:PORT`` (IPv6 as ``[::1]:PORT``) -> (host, port); "" -> None (metrics off)."""
    if not text:
        return None
    host, sep, port = text.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise MetricsError(f"guard_metrics: {text!r} is not HOST:PORT (e.g. 127.0.0.1:9464; empty turns metrics off)")
    return host, int(port)


class MetricsServer:
    """``/metrics``, ``/healthz`` and ``/readyz`` on a daemon thread; ``ready`` decides /readyz."""

    def __init__(self, host: str, port: int, ready: Callable[[], bool]) -> None:
        metrics_app = make_wsgi_app(REGISTRY)

        def app(environ, start_response):
            path = environ.get("PATH_INFO", "")
            if path == "/metrics":
                return metrics_app(environ, start_response)
            if path == "/healthz":
                status = "200 OK"
            elif path == "/readyz":
                status = "200 OK" if ready() else "503 Service Unavailable"
            else:
                status = "404 Not Found"
            start_response(status, [("Content-Type", "text/plain; charset=utf-8")])
            return [status.encode() + b"\n"]

        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        server_class = type("GuardMetricsServer", (ThreadingWSGIServer,), {"address_family": family})
        try:
            self._httpd = make_server(host, port, app, server_class, handler_class=_QuietHandler)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise MetricsError(f"guard_metrics: port {port} on {host} is already in use (choose another with --set guard_metrics=HOST:PORT, or turn metrics off with guard_metrics=)") from None
            raise MetricsError(f"guard_metrics: cannot listen on {host}:{port}: {exc.strerror}") from None
        self.host, self.port = host, self._httpd.server_port  # the real port when 0 was asked for
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="guard-metrics", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/metrics"

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


class _QuietHandler(WSGIRequestHandler):
    """No access log: scrapes every few seconds would drown the guard's own lines."""

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass
