"""Stage 7 without a proxy: one decision -> metrics, an audit record and a log line, never a value."""

from __future__ import annotations

import json
import logging
import socket
import urllib.error
import urllib.request

import pytest
from mitmproxy.test import tflow
from prometheus_client import generate_latest

from guard import metrics
from guard.catalogue import load_catalogue
from guard.config import load_config
from guard.inspection import Inspector
from guard.record import Recorder

PNR = "811218-9876"
NAME = "Anna Lindqvist"
PROMPT = f"Skriv ett brev till {NAME}, personnummer {PNR}."
BODY = json.dumps({"model": "m", "messages": [{"role": "system", "content": "Du är hjälpsam."}, {"role": "user", "content": PROMPT}]}).encode()


def sample(name: str, **labels: str) -> float:
    return metrics.REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture
def recorder(tmp_path):
    catalogue, _ = load_catalogue()
    made = Recorder()
    made.configured(load_config(), catalogue)
    made.start("", tmp_path / "audit", tmp_path / "audit.key", "", ready=lambda: True)
    yield made
    made.stop()


def services():
    catalogue, _ = load_catalogue()
    return {s.id: s for s in catalogue.services}


def flow_to(host: str = "api.openai.com"):
    flow = tflow.tflow()
    flow.request.host = host
    flow.request.headers["x-employee"] = "anna.l"
    flow.metadata["proxyauth"] = ("anna.l", "hunter2-password")
    return flow


def audit_lines(recorder: Recorder) -> list[dict]:
    return [json.loads(line) for path in sorted(recorder.audit.directory.iterdir()) for line in path.read_text().splitlines()]


def audit_setting(config, **changes):
    """The configuration with other audit settings (as a reload would bring)."""
    policy = config.policy.model_copy(update={"audit": config.policy.audit.model_copy(update=changes)})
    return config.model_copy(update={"policy": policy})


def test_a_redaction_is_counted_logged_and_audited_without_values(recorder, caplog):
    service = services()["openai-api"]
    before = {
        "requests": sample("guard_requests_total", service="openai-api", status="review", action="redact"),
        "shadow": sample("guard_shadow_ai_requests_total", service="openai-api", status="review"),
        "findings": sample("guard_findings_total", entity_type="PERSON", action="redact"),
    }
    fingerprint = recorder.fingerprint(PROMPT)
    with caplog.at_level(logging.DEBUG, logger="guard"):
        recorder.event(recorder.config, flow_to(), service, "redact", counts={"SE_PERSONNUMMER": 1, "PERSON": 1}, rules={"entity:PERSON"}, fingerprint=fingerprint)
    assert sample("guard_requests_total", service="openai-api", status="review", action="redact") == before["requests"] + 1
    assert sample("guard_shadow_ai_requests_total", service="openai-api", status="review") == before["shadow"] + 1
    assert sample("guard_findings_total", entity_type="PERSON", action="redact") == before["findings"] + 1

    [line] = audit_lines(recorder)
    assert line["event"] == {"kind": "event", "category": ["network"], "type": ["change"], "action": "redact", "reason": "findings", "id": None}
    assert line["destination"] == {"domain": "api.openai.com"}
    assert line["guard"]["entities"] == {"PERSON": 1, "SE_PERSONNUMMER": 1} and line["guard"]["config_version"] == recorder.config.version
    assert line["guard"]["fingerprint"].startswith("hmac-sha256:") and "user" not in line and "source" not in line  # identity: none

    exposed = caplog.text + json.dumps(line, ensure_ascii=False) + generate_latest(metrics.REGISTRY).decode()
    for value in (PNR, "8112189876", NAME, "Lindqvist", "Skriv ett brev", "anna.l", "hunter2"):
        assert value not in exposed


def test_the_fingerprint_is_of_the_newest_user_message_as_scanned(recorder, engine):
    """The inspection hands over the text it read (the body is not parsed again for the audit)."""
    inspector = Inspector(engine)
    newest = lambda body: inspector.inspect("openai", "/v1/chat/completions", "application/json", body, "scope").newest  # noqa: E731
    other_history = json.dumps({"model": "m", "messages": [{"role": "user", "content": "Hej"}, {"role": "assistant", "content": "Hej!"},
                                                           {"role": "user", "content": PROMPT.replace(PNR, "８１１２１８-９８７６")}]}).encode()
    first = recorder.fingerprint(newest(BODY))
    assert first == recorder.fingerprint(PROMPT)
    assert recorder.fingerprint(newest(other_history)) == first  # fullwidth digits normalised
    assert recorder.fingerprint(newest(BODY.replace(b"brev", b"mejl"))) != first
    assert recorder.fingerprint(b"\xff\xd8 binary") != recorder.fingerprint(b"\xff\xd8 other")  # a body without text: its bytes
    files_only = b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nnamn;pnr\r\n--b--\r\n"
    assert inspector.inspect("generic", "/upload", "multipart/form-data; boundary=b", files_only, "s").newest == "a.csv\nnamn;pnr"


def test_the_audit_record_carries_the_configuration_the_request_started_with(recorder):
    """A reload while a request is checked must not relabel its record with the new version."""
    started_with = recorder.config.model_copy(update={"version": "before-reload"})
    recorder.event(started_with, flow_to(), services()["openai-api"], "block", reason="findings", incident="G1")
    [line] = audit_lines(recorder)
    assert line["guard"]["config_version"] == "before-reload" != recorder.config.version


def test_allow_is_audited_only_when_all_decisions_is_set(recorder):
    service = services()["m365-copilot"]
    recorder.event(recorder.config, flow_to("m365.cloud.microsoft"), service, "allow")
    assert audit_lines(recorder) == [] and not recorder.audits(recorder.config, "allow") and recorder.audits(recorder.config, "log")
    every = audit_setting(recorder.config, all_decisions=True)
    assert recorder.audits(every, "allow")
    recorder.event(every, flow_to("m365.cloud.microsoft"), service, "allow")
    [line] = audit_lines(recorder)
    assert line["event"]["type"] == ["info"] and line["event"]["reason"] is None and line["guard"]["service_status"] == "approved"


@pytest.mark.parametrize(("source", "user"), [("proxy_auth", "anna.l"), ("header:X-Employee", "anna.l")])
def test_client_identity_only_when_allowed(recorder, source, user):
    recorder.event(audit_setting(recorder.config, client_identity=source), flow_to(), services()["openai-api"], "block", reason="findings", incident="G1")
    [line] = audit_lines(recorder)
    assert line["user"] == {"name": user} and line["source"] == {"ip": "127.0.0.1"}
    assert "hunter2" not in json.dumps(line)


def test_unchecked_and_forbidden_requests_are_counted_by_reason_outcome_and_stage(recorder):
    service = services()["deepseek"]
    before = (sample("guard_unchecked_total", reason="timeout", outcome="blocked"), sample("guard_errors_total", stage="timeout"),
              sample("guard_shadow_ai_requests_total", service="deepseek", status="forbidden"))
    recorder.event(recorder.config, flow_to("chat.deepseek.com"), service, "block", reason="timeout", incident="G1", error="timeout")
    recorder.event(recorder.config, flow_to("chat.deepseek.com"), service, "block", reason="forbidden_service", incident="G2")
    after = (sample("guard_unchecked_total", reason="timeout", outcome="blocked"), sample("guard_errors_total", stage="timeout"),
             sample("guard_shadow_ai_requests_total", service="deepseek", status="forbidden"))
    assert after == (before[0] + 1, before[1] + 1, before[2] + 2)
    assert [line["event"]["reason"] for line in audit_lines(recorder)] == ["timeout", "forbidden_service"]


def test_configuration_gauges_and_reloads(recorder):
    assert sample("guard_mode", mode="enforce") == 1 and sample("guard_mode", mode="monitor") == 0 and sample("guard_fail_open") == 0
    catalogue, _ = load_catalogue()
    assert sample("guard_config_info", version=recorder.config.version, policy_mode="enforce", fail_mode="closed",
                  services=str(len(catalogue.services)), customers=str(len(recorder.config.customers))) == 1
    reloads = sample("guard_config_reloads_total", result="success")
    rejected = sample("guard_config_reloads_total", result="rejected")
    recorder.configured(recorder.config, catalogue)
    recorder.rejected()
    assert sample("guard_config_reloads_total", result="success") == reloads + 1
    assert sample("guard_config_reloads_total", result="rejected") == rejected + 1


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def test_metrics_server_serves_metrics_health_and_readiness():
    state = {"ready": False}
    server = metrics.MetricsServer("127.0.0.1", 0, ready=lambda: state["ready"])
    base = f"http://127.0.0.1:{server.port}"
    try:
        assert get(f"{base}/healthz")[0] == 200
        assert get(f"{base}/readyz")[0] == 503
        state["ready"] = True
        assert get(f"{base}/readyz")[0] == 200
        status, text = get(f"{base}/metrics")
        assert status == 200 and "guard_requests_total" in text and "guard_scan_duration_seconds_bucket" in text
        assert get(f"{base}/other")[0] == 404
        with pytest.raises(metrics.MetricsError, match=rf"^guard_metrics: port {server.port} on 127.0.0.1 is already in use"):
            metrics.MetricsServer("127.0.0.1", server.port, ready=lambda: True)
    finally:
        server.stop()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", server.port), timeout=1)


@pytest.mark.parametrize("text", ["9464", "localhost", "127.0.0.1:http", "127.0.0.1:70000", ":9464"])
def test_a_malformed_metrics_address_is_refused(text):
    with pytest.raises(metrics.MetricsError, match="is not HOST:PORT"):
        metrics.parse_address(text)


def test_metrics_addresses():
    assert metrics.parse_address("") is None
    assert metrics.parse_address("127.0.0.1:9464") == ("127.0.0.1", 9464)
    assert metrics.parse_address("[::1]:9464") == ("::1", 9464)


def test_a_failed_restart_can_be_retried_with_the_old_settings(recorder, tmp_path):
    """mitmproxy rolls a rejected option change back and configures again with the old values."""
    with pytest.raises(metrics.MetricsError):
        recorder.start("nonsense", tmp_path / "audit", tmp_path / "audit.key", "", ready=lambda: True)
    assert recorder.started and recorder.audit is None
    recorder.start("127.0.0.1:0", tmp_path / "audit", tmp_path / "audit.key", "", ready=lambda: True)
    assert get(recorder.server.url)[0] == 200 and recorder.audit is not None
