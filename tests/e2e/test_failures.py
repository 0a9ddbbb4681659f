"""Failing closed, and the two explicit ways out: ``fail_mode: open`` and ``mode: monitor``.

Each configuration runs in its own mitmdump (started once per module, killed at the end).
"""

from __future__ import annotations

import json

import httpx2
import pytest

from e2e.conftest import PNR, guard_proxy

CHAT = {"model": "m", "messages": [{"role": "user", "content": f"Hjälp mig med ett brev om {PNR}."}]}
BROKEN_GZIP = {"content-type": "application/json", "content-encoding": "gzip"}


def post(proxy, url: str, content: bytes, headers: dict | None = None) -> httpx2.Response:
    with httpx2.Client(proxy=proxy.url, verify=proxy.ssl_context(), timeout=30) as client:
        return client.post(url, content=content, headers=headers or {"content-type": "application/json"})


STRICT = {"guard_max_body": "64k", "guard_scan_timeout_ms": "1"}  # small limits: 64 KB bodies, a 1 ms time budget per request


@pytest.fixture(scope="module")
def strict(world, tmp_path_factory):
    """Every body checked in a worker thread, which is abandoned when the budget runs out."""
    yield from guard_proxy(world, tmp_path_factory, "strict", options=STRICT | {"guard_inline_max": "0"})


@pytest.fixture(scope="module")
def strict_inline(world, tmp_path_factory):
    """Every body up to the size limit checked on the event loop, and judged after the fact."""
    yield from guard_proxy(world, tmp_path_factory, "strict-inline", options=STRICT | {"guard_inline_max": "64k"})


@pytest.fixture(scope="module")
def fail_open(world, tmp_path_factory):
    yield from guard_proxy(world, tmp_path_factory, "failopen", {"fail_mode": "open"})


@pytest.fixture(scope="module")
def monitor(world, tmp_path_factory):
    yield from guard_proxy(world, tmp_path_factory, "monitor", {"mode": "monitor"})


def test_body_over_the_limit_is_stopped_with_a_notice(strict, world):
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "Öppen text. " * 8000}]}).encode()
    response = post(strict, f"{world.openai.base}/v1/chat/completions", body)
    assert response.status_code == 403 and response.headers["x-should-retry"] == "false"
    assert "texten är större än vad som kan kontrolleras" in response.json()["detail"]
    assert world.openai.received == []
    strict.wait_for_log("reason=too_large")


def test_gzip_bomb_over_the_limit_is_stopped_after_decoding(strict, world):
    from mitmproxy.net.encoding import encode

    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "a" * 500_000}]}).encode()
    response = post(strict, f"{world.openai.base}/v1/chat/completions", encode(body, "gzip"), BROKEN_GZIP)
    assert response.status_code == 403 and world.openai.received == []


@pytest.mark.parametrize("where", ["strict", "strict_inline"])
def test_check_over_its_time_budget_is_stopped_with_a_notice(where, world, request):
    proxy = request.getfixturevalue(where)
    prose = "Kommunens riktlinjer för AI säger att bara öppen information får användas. " * 500  # ~40 KB: several ms to check
    response = post(proxy, f"{world.openai.base}/v1/chat/completions", json.dumps({"model": "m", "messages": [{"role": "user", "content": prose}]}).encode())
    assert response.status_code == 403
    assert "kontrollen tog för lång tid" in response.json()["detail"]
    assert world.openai.received == []
    proxy.wait_for_log("reason=timeout")


def test_fail_open_forwards_what_cannot_be_checked_and_says_so(fail_open, world):
    response = post(fail_open, f"{world.openai.base}/v1/chat/completions", b"\x1f\x8b\x08\x00not-gzip", BROKEN_GZIP)
    assert response.status_code == 200
    assert world.openai.only().raw == b"\x1f\x8b\x08\x00not-gzip"
    log = fail_open.wait_for_log("reason=encoding")
    assert "fail_mode=open: forwarded unchecked" in log and "fail_mode is open" in log


def test_fail_open_still_redacts_what_it_can_check(fail_open, world):
    assert post(fail_open, f"{world.openai.base}/v1/chat/completions", json.dumps(CHAT).encode()).status_code == 200
    assert "[PERSONNUMMER_1]" in world.openai.only().json()["messages"][0]["content"]


def test_monitor_mode_changes_nothing_and_records_what_it_would_do(monitor, world):
    body = json.dumps(CHAT).encode()
    assert post(monitor, f"{world.openai.base}/v1/chat/completions", body).status_code == 200
    secret = json.dumps({"model": "m", "messages": [{"role": "user", "content": "SEKRETESS enligt 26 kap. 1 § OSL\nAnteckning"}]}).encode()
    assert post(monitor, f"{world.openai.base}/v1/chat/completions", secret).status_code == 200
    assert [r.raw for r in world.openai.received] == [body, secret]
    log = monitor.wait_for_log("intended=block")
    assert "action=log service=test-openai intended=redact mode=monitor" in log
    assert PNR not in log
