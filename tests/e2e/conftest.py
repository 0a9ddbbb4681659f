"""End-to-end set-up: fake AI services over HTTPS, a real mitmdump with the guard, real clients.

The fake upstreams (guard/loopback.py, shared with `guard bench-proxy`) listen on 127.0.0.1
with self-signed certificates, answer like the OpenAI, Anthropic and Gemini APIs (whole
JSON or SSE streams) and record every request they receive, so a test can assert what did
and did not arrive. They are declared in a test copy of the configuration as services by
host:port. Every process started here has a timeout and is killed at teardown.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from guard import proxybench
from guard.loopback import REPLY, Received, Upstream, free_port, make_cert, reply_text, service_entry, start_upstream, write_config

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
STARTUP_TIMEOUT = 60
TEST_TIMEOUT = 180  # a test that takes longer is a hang: the watchdog kills the proxies and exits
PNR = "811218-9876"


# --- the fake upstreams (the HTTPS ones are in guard/loopback.py) ---------------------------

def start_ws_upstream(name: str, folder: Path) -> Upstream:
    """A WebSocket service (Copilot-like): records each client message, answers with two frames,
    the first quoting the placeholders the message carried."""
    from websockets.sync.server import serve

    cert_file, key_file, der = make_cert(folder, name)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    upstream = Upstream(name, 0, der)

    def chat(connection) -> None:
        for message in connection:
            raw = message.encode() if isinstance(message, str) else message
            upstream.received.append(Received("WS", connection.request.path, dict(connection.request.headers.raw_items()), raw))
            connection.send(json.dumps({"event": "appendText", "text": reply_text(raw)}, ensure_ascii=False))
            connection.send(json.dumps({"event": "done"}))

    server = serve(chat, "127.0.0.1", 0, ssl=context)
    upstream.port, upstream.server = server.socket.getsockname()[1], server
    threading.Thread(target=server.serve_forever, name=f"upstream-{name}", daemon=True).start()
    return upstream


# --- programs from Debian packages ------------------------------------------------------------

def required_program(name: str, package: str, purpose: str) -> str:
    """The path of a program a test needs. Missing: a failure under CI=true (.ci/run installs
    it), else a skip."""
    found = shutil.which(name)
    if found:
        return found
    reason = f"{name} is not installed (Debian package {package}); .ci/run installs it"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}; CI=true, so {purpose} must run", pytrace=False)
    pytest.skip(reason)


# --- the proxy under test -------------------------------------------------------------------

class Proxy(proxybench.Proxy):
    """The benchmark's proxy handle; a test reads the whole log as evidence."""

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_for_log(self, needle: str, timeout: float = 5.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.output()
            if needle in text:
                return text
            time.sleep(0.05)
        raise AssertionError(f"{needle!r} not in the proxy log:\n{self.output()[-3000:]}")


def start_proxy(folder: Path, config: Path, trusted: Path, command: list[str] | None = None, extra: list[str] = ()) -> Proxy:
    """mitmdump -s guard/addon.py (or another command line) on a free port; waits until it listens."""
    port = free_port()
    confdir = folder / "mitmproxy"
    log = folder / "proxy.log"
    args = command or [str(VENV_BIN / "mitmdump"), "-s", str(REPO / "guard" / "addon.py"), "--listen-host", "127.0.0.1", "-p", str(port),
                       "--set", f"confdir={confdir}", "--set", f"guard_config={config}"]
    if command:
        args = [a.format(port=port, confdir=confdir, config=config) for a in command]
    args += ["--set", f"ssl_verify_upstream_trusted_ca={trusted}", *extra]
    # Metrics on a free port and the audit trail in the test's folder, never 9464 or ~/.guard (unless `extra` says otherwise).
    own = {"guard_metrics": "127.0.0.1:0", "guard_audit_dir": folder / "audit", "guard_audit_key": folder / "audit.key"}
    args += [arg for name, value in own.items() if not any(e.startswith(f"{name}=") for e in extra) for arg in ("--set", f"{name}={value}")]
    with log.open("wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, cwd=REPO, start_new_session=True, preexec_fn=_die_with_parent)
    proxy = Proxy("guard", port, confdir, log, process)
    _RUNNING.append(proxy)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"proxy exited with {process.returncode}:\n{proxy.output()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            if proxy.ca.exists():
                return proxy
        except OSError:
            pass
        time.sleep(0.1)
    stop_proxy(proxy)
    raise AssertionError(f"proxy did not listen within {STARTUP_TIMEOUT}s:\n{proxy.output()}")


_RUNNING: list[Proxy] = []


def _die_with_parent() -> None:
    """In the child: SIGTERM when the test process dies, so no proxy outlives a killed run."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def stop_proxy(proxy: Proxy) -> None:
    stop_process_group(proxy.process)


def stop_process_group(process: subprocess.Popen) -> None:
    """SIGTERM to a process started with start_new_session, SIGKILL if it lingers."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


# --- fixtures ---------------------------------------------------------------------------------

@dataclass
class World:
    """The fake services and what the test configuration calls them."""

    openai: Upstream
    anthropic: Upstream
    gemini: Upstream
    web: Upstream  # a generic web app (generic adapter)
    copilot: Upstream  # a WebSocket chat (copilot adapter)
    other: Upstream  # NOT an AI service: must pass through untouched
    trusted: Path  # the upstream certificates, for mitmproxy to verify them

    def services(self) -> list[dict]:
        return [
            service_entry("test-openai", "Test OpenAI", self.openai, "openai"),
            service_entry("test-anthropic", "Test Anthropic", self.anthropic, "anthropic"),
            service_entry("test-gemini", "Test Gemini", self.gemini, "gemini"),
            service_entry("test-webapp", "Test web app", self.web, "generic"),
            service_entry("test-copilot", "Test Copilot", self.copilot, "copilot"),
        ]

    def reset(self) -> None:
        for upstream in (self.openai, self.anthropic, self.gemini, self.web, self.copilot, self.other):
            upstream.reset()


@pytest.fixture(scope="session")
def world(tmp_path_factory) -> World:
    folder = tmp_path_factory.mktemp("upstreams")
    ups = {name: start_upstream(name, folder) for name in ("openai", "anthropic", "gemini", "web", "other")}
    ups["copilot"] = start_ws_upstream("copilot", folder)
    trusted = folder / "trusted.pem"
    trusted.write_bytes(b"".join((folder / f"{name}.pem").read_bytes() for name in ups))
    yield World(**ups, trusted=trusted)
    for upstream in ups.values():
        upstream.server.shutdown()
        if hasattr(upstream.server, "server_close"):
            upstream.server.server_close()


@pytest.fixture(scope="session")
def proxy(world, tmp_path_factory) -> Proxy:
    """The guard on the test configuration, enforce mode, fail closed."""
    yield from guard_proxy(world, tmp_path_factory, "proxy")


def guard_proxy(world, tmp_path_factory, name: str, policy_changes: dict | None = None, options: dict | None = None) -> Iterator[Proxy]:
    """For a fixture: a guard of its own on the test configuration with these top-level
    policy.yaml settings and mitmproxy options, stopped when the fixture ends."""
    folder = tmp_path_factory.mktemp(name)
    extra = [arg for key, value in (options or {}).items() for arg in ("--set", f"{key}={value}")]
    running = start_proxy(folder, write_config(folder, world.services(), policy_changes), world.trusted, extra=extra)
    try:
        yield running
    finally:
        stop_proxy(running)


@pytest.fixture(autouse=True)
def _clean(request):
    if "world" in request.fixturenames:
        request.getfixturevalue("world").reset()


@pytest.fixture(autouse=True)
def _watchdog():
    """Bounded time: past TEST_TIMEOUT, dump every thread's stack, kill the proxies, exit."""

    def fire() -> None:
        import faulthandler

        faulthandler.dump_traceback(all_threads=True)
        for proxy in _RUNNING:
            if proxy.process.poll() is None:
                os.killpg(proxy.process.pid, signal.SIGKILL)
        os._exit(3)

    timer = threading.Timer(TEST_TIMEOUT, fire)
    timer.daemon = True
    timer.start()
    yield
    timer.cancel()
