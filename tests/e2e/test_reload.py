"""Live reload and graceful shutdown of a running guard, as an administrator meets them.

The configuration files of a running guard are edited on disk: a stricter policy blocks the
next request, a broken policy is rejected (log line with file:line: key, metric) while the
previous policy keeps blocking, a customer added to the register is caught, a host added to
the catalogue is intercepted. SIGHUP reloads under `guard run` with the watch turned off.
SIGTERM drains: a request held by a slow upstream finishes, new connections are refused,
/readyz turns 503 and the process exits within its grace period.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import ssl
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx2
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from e2e.conftest import PNR, TEST_TIMEOUT, VENV_BIN, service_entry, start_proxy, stop_proxy, write_config
from e2e.test_metrics import chat, get, metrics_port
from e2e.test_run import refused
from guard.loopback import Received, answer, free_port, start_upstream

INTERVAL = "0.2"  # seconds between looks at the files: a change is in service within about two
RELOAD_TIMEOUT = 20
PROMPT = f"Mitt personnummer är {PNR}, vad ska jag skriva i ansökan?"
CUSTOMER = "Fjällgrens Snickeri AB"
PNR_REDACT = "SE_PERSONNUMMER:        {action: redact, placeholder: PERSONNUMMER}"
PNR_BLOCK = "SE_PERSONNUMMER:        {action: block}"


def wait_until(condition, what: str, timeout: float = RELOAD_TIMEOUT):
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout}s: {what}")
        time.sleep(0.05)
    return result


def reloads(proxy) -> dict[str, float]:
    """guard_config_reloads_total by result, from the guard's own /metrics."""
    _, text = get(f"http://127.0.0.1:{metrics_port(proxy)}/metrics")
    return {sample.labels["result"]: sample.value for family in text_string_to_metric_families(text)
            for sample in family.samples if sample.name == "guard_config_reloads_total"}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@contextmanager
def changed(proxy, path: Path, old: str, new: str):
    """Edit a configuration file of the running guard, wait until it is in service; put it back after."""
    before = reloads(proxy)["success"]
    edit(path, old, new)
    wait_until(lambda: reloads(proxy)["success"] > before, f"the guard reloads {path.name}")
    try:
        yield
    finally:
        before = reloads(proxy)["success"]
        edit(path, new, old)
        wait_until(lambda: reloads(proxy)["success"] > before, f"the guard reloads the original {path.name}")


def openai_chat(proxy, world, text: str) -> httpx2.Response:
    return chat(proxy, f"{world.openai.base}/v1/chat/completions", text)


@pytest.fixture(scope="module")
def watched(world, tmp_path_factory):
    """mitmdump -s guard/addon.py looking at its configuration files every 0.2 s."""
    folder = tmp_path_factory.mktemp("reload")
    running = start_proxy(folder, write_config(folder, world.services()), world.trusted, extra=["--set", f"guard_reload_interval={INTERVAL}"])
    yield running
    stop_proxy(running)


def config_of(proxy) -> Path:
    return proxy.log.parent / "config"


# --- reload on file change --------------------------------------------------------------------

def test_a_stricter_policy_blocks_and_a_broken_one_leaves_it_blocking(watched, world):
    policy = config_of(watched) / "policy.yaml"
    before = reloads(watched)
    assert openai_chat(watched, world, PROMPT).status_code == 200
    assert world.openai.only().json()["messages"][0]["content"] == PROMPT.replace(PNR, "[PERSONNUMMER_1]")

    with changed(watched, policy, PNR_REDACT, PNR_BLOCK):
        version = re.findall(r"guard: configuration reloaded: policy \S+ \(version (\w+)", watched.output())[-1]
        world.reset()
        blocked = openai_chat(watched, world, PROMPT)  # the same prompt: the decision remembered under the old policy is not reused
        assert blocked.status_code == 403 and blocked.json()["error"]["code"] == "dlp_blocked"
        assert world.openai.received == []

        edit(policy, "mode: enforce", "mode: sometimes")
        line = wait_until(lambda: next((l for l in watched.output().splitlines() if "configuration reload rejected" in l), None), "the rejection is logged")
        assert f"version {version} stays in use: {policy}:8: mode: " in line and "(got 'sometimes')" in line
        assert reloads(watched)["rejected"] == before["rejected"] + 1
        assert openai_chat(watched, world, PROMPT).status_code == 403  # the previous policy keeps blocking
        assert world.openai.received == []
        port = metrics_port(watched)
        assert get(f"http://127.0.0.1:{port}/readyz")[0] == 200
        unchanged = watched.output().count("configuration unchanged")
        edit(policy, "mode: sometimes", "mode: enforce")
        wait_until(lambda: watched.output().count("configuration unchanged") > unchanged, "the guard sees the file put back")
    after = reloads(watched)
    assert (after["success"], after["rejected"]) == (before["success"] + 2, before["rejected"] + 1)  # the broken file was reported once, not on every look
    world.reset()
    assert openai_chat(watched, world, PROMPT).status_code == 200 and PNR not in world.openai.only().body.decode()


def test_a_customer_added_to_the_register_is_caught(watched, world):
    text = f"Skriv en offert till {CUSTOMER} om takbytet."
    assert openai_chat(watched, world, text).status_code == 200
    assert world.openai.only().json()["messages"][0]["content"] == text
    register = config_of(watched) / "customers.example.csv"
    last = register.read_text(encoding="utf-8").splitlines()[-1]
    with changed(watched, register, last, f"{last}\nK-99999,{CUSTOMER},företag,Kiruna"):
        world.reset()
        assert openai_chat(watched, world, text).status_code == 200
        assert world.openai.only().json()["messages"][0]["content"] == "Skriv en offert till [KUND_1] om takbytet."


def test_a_service_added_to_the_catalogue_is_intercepted(watched, world):
    context = ssl.create_default_context(cafile=str(world.trusted))  # the host's own certificate while it is passed through
    context.load_verify_locations(cafile=str(watched.ca))  # the guard's once it is intercepted

    def post() -> httpx2.Response:
        with httpx2.Client(proxy=watched.url, verify=context, timeout=30) as client:  # a new connection each time: TLS is decided per connection
            return client.post(f"{world.other.base}/v1/chat/completions", json={"messages": [{"role": "user", "content": "Hej"}]})

    assert post().status_code == 200 and len(world.other.received) == 1  # not an AI service: passed through
    services = config_of(watched) / "services.yaml"
    entry = yaml.safe_dump([service_entry("test-new", "Ny tjänst", world.other, "generic", status="forbidden")], allow_unicode=True, sort_keys=False)
    with changed(watched, services, "services:\n", f"services:\n{entry}"):
        world.reset()
        forbidden = post()
        assert forbidden.status_code == 403 and "Ny tjänst" in forbidden.json()["error"]["message"]
        assert world.other.received == []


def test_sighup_with_nothing_changed_rebuilds_nothing(watched):
    before, unchanged = reloads(watched), watched.output().count("configuration unchanged")
    os.utime(config_of(watched) / "policy.yaml")  # touched, not changed
    watched.process.send_signal(signal.SIGHUP)
    wait_until(lambda: watched.output().count("configuration unchanged") > unchanged, "SIGHUP is answered")
    assert reloads(watched) == before and watched.process.poll() is None


def test_sighup_reloads_guard_run_with_the_watch_off(world, tmp_path):
    config = write_config(tmp_path, world.services())
    (tmp_path / "mitmproxy").mkdir()
    running = start_proxy(tmp_path, config, world.trusted, command=[str(VENV_BIN / "guard"), "run", "--port", "{port}", "--confdir", "{confdir}", "--config", "{config}"],
                          extra=["--set", "guard_reload_interval=0"])
    try:
        edit(config / "policy.yaml", PNR_REDACT, PNR_BLOCK)
        assert reloads(running)["success"] == 0
        running.process.send_signal(signal.SIGHUP)
        wait_until(lambda: reloads(running)["success"] == 1, "SIGHUP reloads")
        assert openai_chat(running, world, PROMPT).status_code == 403 and world.openai.received == []
    finally:
        stop_proxy(running)


def test_a_duration_that_is_not_a_number_is_refused_in_one_line(tmp_path):
    for option in ("guard_reload_interval=soon", "guard_shutdown_grace=-1"):
        message = refused("--port", str(free_port()), "--confdir", str(tmp_path), "--set", option)
        name, value = option.split("=")
        assert f"{name}: expected a number of seconds, 0 or more (got '{value}')" in message


# --- graceful shutdown ----------------------------------------------------------------------

class HeldUpstream:
    """An AI API that answers only when released: a slow model, to shut down under."""

    def __init__(self, folder: Path) -> None:
        self.release = threading.Event()
        release = self.release

        class Held(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length") or 0))
                self.upstream.received.append(Received("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, raw))
                release.wait(TEST_TIMEOUT)
                content_type, reply = answer(self.path, raw)
                self.send_response(200)
                self.send_header("content-type", content_type)
                self.send_header("content-length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

        self.upstream = start_upstream("held", folder, Held)
        self.trusted = folder / "held.pem"

    def stop(self) -> None:
        self.release.set()
        self.upstream.stop()


@pytest.fixture
def held(tmp_path):
    upstream = HeldUpstream(tmp_path)
    yield upstream
    upstream.stop()


def in_flight(proxy, held: HeldUpstream) -> tuple[threading.Thread, list]:
    """A chat request in a thread, waited for until the upstream holds it."""
    outcome: list = []

    def send() -> None:
        try:
            outcome.append(chat(proxy, f"{held.upstream.base}/v1/chat/completions", "Sammanfatta riktlinjerna om AI i skolan."))
        except httpx2.HTTPError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=send, daemon=True)
    thread.start()
    wait_until(lambda: held.upstream.received, "the request reaches the upstream", timeout=30)
    return thread, outcome


def refuses_connections(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except ConnectionRefusedError:
        return True
    return False


def test_sigterm_lets_the_request_in_flight_finish_and_refuses_new_connections(held, tmp_path):
    grace = 10
    config = write_config(tmp_path, [service_entry("test-held", "Held", held.upstream, "openai")])
    (tmp_path / "mitmproxy").mkdir()
    running = start_proxy(tmp_path, config, held.trusted, command=[str(VENV_BIN / "guard"), "run", "--port", "{port}", "--confdir", "{confdir}", "--config", "{config}"],
                          extra=["--set", f"guard_shutdown_grace={grace}"])
    try:
        ready = f"http://127.0.0.1:{metrics_port(running)}/readyz"
        assert get(ready)[0] == 200
        thread, outcome = in_flight(running, held)
        running.process.send_signal(signal.SIGTERM)
        signalled = time.monotonic()
        wait_until(lambda: get(ready)[0] == 503, "/readyz turns 503", timeout=5)
        wait_until(lambda: refuses_connections(running.port), "new connections are refused", timeout=5)
        assert outcome == [] and running.process.poll() is None  # still held upstream, still served
        held.release.set()
        thread.join(timeout=30)
        response = outcome[0]
        assert isinstance(response, httpx2.Response) and response.status_code == 200, response
        assert response.json()["choices"][0]["message"]["content"] == "Här är svaret."
        assert running.process.wait(timeout=grace) == 0
        assert time.monotonic() - signalled < grace
        assert "guard: draining: new connections refused, 1 requests in flight" in running.output() and "guard: drained" in running.output()
    finally:
        stop_proxy(running)


def test_the_grace_period_bounds_the_drain_under_mitmdump(held, tmp_path):
    grace = 1
    config = write_config(tmp_path, [service_entry("test-held", "Held", held.upstream, "openai")])
    running = start_proxy(tmp_path, config, held.trusted, extra=["--set", f"guard_shutdown_grace={grace}"])
    try:
        thread, outcome = in_flight(running, held)  # never released
        running.process.send_signal(signal.SIGTERM)
        signalled = time.monotonic()
        running.process.wait(timeout=grace + 10)
        took = time.monotonic() - signalled
        assert grace <= took < grace + 5, took
        thread.join(timeout=30)
        assert isinstance(outcome[0], httpx2.HTTPError)  # cut off at exit
        assert f"guard: grace period of {grace} s over: 1 requests cut off" in running.output()
    finally:
        stop_proxy(running)
