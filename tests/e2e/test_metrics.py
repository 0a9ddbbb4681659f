"""What a security team sees: a real Prometheus scraping a running guard, and the audit trail.

Blocked, redacted, open and forbidden-service prompts go through the proxy; Prometheus
(Debian's ``prometheus``, on 127.0.0.1, scraping every second, storage in the test's folder,
killed at teardown) must then answer its HTTP API with the expected series values, the audit
trail must hold one record per non-allow decision with the incident ids the notices showed,
and no value from the prompts may appear in /metrics, the audit files or the proxy's log.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import httpx2
import pytest

from e2e.conftest import PNR, REPO, VENV_BIN, _die_with_parent, required_program, service_entry, start_proxy, stop_process_group, stop_proxy, write_config
from e2e.test_run import refused
from guard.audit import read_events
from guard.loopback import free_port

NAME = "Anna Lindqvist"
MARKED = "SEKRETESS enligt 26 kap. 1 § OSL\n\nUtredning om familjen Bergqvist på Solrosvägen."
REDACTED = f"Skriv ett brev till {NAME}, personnummer {PNR}, om hennes ansökan."
OPEN = "Vad säger kommunens riktlinjer om AI i undervisningen?"
LEAKS = (PNR, PNR.replace("-", ""), NAME, "Lindqvist", "Bergqvist", "Solrosvägen", "Utredning om familjen", "Skriv ett brev", "riktlinjer om AI")
STARTUP_TIMEOUT = 30
SERIES_TIMEOUT = 30


def metrics_port(proxy) -> int:
    """The guard was started with guard_metrics=127.0.0.1:0; it logs the port it got."""
    return int(re.search(r"guard: metrics on http://127\.0\.0\.1:(\d+)/metrics", proxy.wait_for_log("guard: metrics on", timeout=30)).group(1))


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, ""


@pytest.fixture(scope="module")
def guarded(world, tmp_path_factory):
    """The guard with an approved, a review and a forbidden service."""
    folder = tmp_path_factory.mktemp("metrics")
    services = [dict(entry, status="approved") if entry["id"] == "test-openai" else entry for entry in world.services()]
    services.append(service_entry("test-forbidden", "Test forbidden", world.other, "generic", status="forbidden"))
    running = start_proxy(folder, write_config(folder, services), world.trusted)
    yield running
    stop_proxy(running)


@pytest.fixture(scope="module")
def prometheus(guarded, tmp_path_factory):
    """Prometheus scraping the guard every second; yields its base URL."""
    binary = required_program("prometheus", "prometheus", "the metrics test")
    folder = tmp_path_factory.mktemp("prometheus")
    config = folder / "prometheus.yml"
    config.write_text(json.dumps({  # JSON is YAML
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "scrape_configs": [{"job_name": "guard", "scrape_interval": "1s", "static_configs": [{"targets": [f"127.0.0.1:{metrics_port(guarded)}"]}]}],
    }))
    port = free_port()
    log = folder / "prometheus.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [binary, f"--config.file={config}", f"--storage.tsdb.path={folder / 'data'}", f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_die_with_parent,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while get_or_none(f"{base}/-/ready") != 200:
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"prometheus did not become ready (exit {process.poll()}):\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.2)
        yield base
    finally:
        stop_process_group(process)


def get_or_none(url: str) -> int | None:
    try:
        return get(url)[0]
    except OSError:
        return None


def query(prometheus: str, expression: str) -> list[dict]:
    status, text = get(f"{prometheus}/api/v1/query?" + urllib.parse.urlencode({"query": expression}))
    assert status == 200, f"{expression}: HTTP {status}"
    return json.loads(text)["data"]["result"]


def wait_for_series(prometheus: str, expected: dict[str, float]) -> None:
    """Poll until every expression has the expected single value (bounded by SERIES_TIMEOUT)."""
    deadline = time.monotonic() + SERIES_TIMEOUT
    while True:
        seen = {}
        for expression in expected:
            result = query(prometheus, expression)
            seen[expression] = [float(r["value"][1]) for r in result]
        if all(seen[e] == [value] for e, value in expected.items()):
            return
        if time.monotonic() > deadline:
            wrong = {e: seen[e] for e, value in expected.items() if seen[e] != [value]}
            raise AssertionError(f"Prometheus did not report the expected values within {SERIES_TIMEOUT}s: {wrong}")
        time.sleep(0.5)


def chat(proxy, url: str, text: str) -> httpx2.Response:
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": text}]})
    with httpx2.Client(proxy=proxy.url, verify=proxy.ssl_context(), timeout=30) as client:
        return client.post(url, content=body, headers={"content-type": "application/json"})


def test_prometheus_sees_what_the_guard_did_and_the_audit_trail_records_it(guarded, prometheus, world):
    audit_dir = guarded.log.parent / "audit"
    blocked = chat(guarded, f"{world.openai.base}/v1/chat/completions", MARKED)
    redacted = chat(guarded, f"{world.openai.base}/v1/chat/completions", REDACTED)
    allowed = chat(guarded, f"{world.anthropic.base}/v1/chat/completions", OPEN)
    forbidden = chat(guarded, f"{world.other.base}/v1/chat/completions", OPEN)
    assert (blocked.status_code, redacted.status_code, allowed.status_code, forbidden.status_code) == (403, 200, 200, 403)
    assert PNR not in world.openai.only().body.decode() and world.other.received == []

    wait_for_series(prometheus, {
        'up{job="guard"}': 1,
        'guard_requests_total{service="test-openai",status="approved",action="block"}': 1,
        'guard_requests_total{service="test-openai",status="approved",action="redact"}': 1,
        'guard_requests_total{service="test-anthropic",status="review",action="allow"}': 1,
        'guard_requests_total{service="test-forbidden",status="forbidden",action="block"}': 1,
        'sum(guard_requests_total)': 4,
        'guard_shadow_ai_requests_total{service="test-anthropic",status="review"}': 1,
        'guard_shadow_ai_requests_total{service="test-forbidden",status="forbidden"}': 1,
        'count(guard_shadow_ai_requests_total{service="test-openai"}) or vector(0)': 0,  # approved: not shadow use
        'guard_scan_duration_seconds_count': 3,  # the forbidden service's request is not scanned
        'guard_request_body_bytes_count': 3,
        'sum(guard_unchecked_total)': 0,
        'guard_mode{mode="enforce"}': 1,
        'guard_mode{mode="monitor"}': 0,
        'guard_fail_open': 0,
        'count(guard_config_info{policy_mode="enforce",fail_mode="closed"})': 1,
        'guard_config_reloads_total{result="rejected"}': 0,
    })
    port = metrics_port(guarded)
    assert get(f"http://127.0.0.1:{port}/healthz")[0] == 200 and get(f"http://127.0.0.1:{port}/readyz")[0] == 200

    events = list(read_events(audit_dir))
    assert [(e["guard"]["service"], e["event"]["action"], e["event"]["reason"]) for e in events] == [
        ("test-openai", "block", "findings"), ("test-openai", "redact", "findings"), ("test-forbidden", "block", "forbidden_service")]
    assert [e["event"]["id"] for e in events] == [blocked.headers["x-guard-incident"], None, forbidden.headers["x-guard-incident"]]
    assert events[0]["guard"]["entities"]["SECRECY_MARKER"] >= 1 and events[0]["destination"] == {"domain": "127.0.0.1"}
    assert {"SE_PERSONNUMMER", "PERSON"} <= set(events[1]["guard"]["entities"])
    wait_for_series(prometheus, {  # findings per type: the same counts as the audit records
        f'guard_findings_total{{entity_type="{entity_type}",action="{e["event"]["action"]}"}}': n for e in events[:2] for entity_type, n in e["guard"]["entities"].items()
    })
    assert events[1]["guard"]["fingerprint"].startswith("hmac-sha256:") and events[2]["guard"]["fingerprint"] is None
    assert all("user" not in e and "source" not in e for e in events)  # client_identity: none

    _, exposed_metrics = get(f"http://127.0.0.1:{port}/metrics")
    audit_text = "".join(p.read_text() for p in audit_dir.iterdir())
    for value in LEAKS:
        for where, text in (("/metrics", exposed_metrics), ("the audit trail", audit_text), ("the proxy log", guarded.output())):
            assert value not in text, f"{value!r} appears in {where}"


def test_guard_run_refuses_a_metrics_port_in_use_in_one_line(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        message = refused("--port", str(free_port()), "--confdir", str(tmp_path), "--set", f"guard_metrics=127.0.0.1:{port}")
    assert f"port {port} on 127.0.0.1 is already in use" in message and "guard_metrics" in message


def test_mitmdump_stops_when_the_metrics_port_is_in_use(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run([str(VENV_BIN / "mitmdump"), "-s", "guard/addon.py", "--listen-host", "127.0.0.1", "-p", "0", "--set", f"confdir={tmp_path}",
                               "--set", f"guard_metrics=127.0.0.1:{port}", "--set", f"guard_audit_dir={tmp_path / 'audit'}", "--set", f"guard_audit_key={tmp_path / 'key'}"],
                              capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode != 0
    assert f"guard: guard_metrics: port {port} on 127.0.0.1 is already in use" in done.stdout + done.stderr
