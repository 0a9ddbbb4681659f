"""`guard run`, the README's first command: it serves, says where the CA is and how to use
it, and refuses to start with a one-line reason when something is wrong."""

from __future__ import annotations

import json
import socket
import subprocess

import httpx2

from e2e.conftest import PNR, REPO, VENV_BIN, start_proxy, stop_proxy, write_config

GUARD = str(VENV_BIN / "guard")


def refused(*args: str) -> str:
    done = subprocess.run([GUARD, "run", *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("guard: "), done.stderr
    return done.stderr


def test_guard_run_serves_and_prints_the_ca_and_proxy_settings(world, tmp_path):
    config = write_config(tmp_path, world.services())
    (tmp_path / "mitmproxy").mkdir()
    running = start_proxy(tmp_path, config, world.trusted, command=[GUARD, "run", "--port", "{port}", "--confdir", "{confdir}", "--config", "{config}"])
    try:
        with httpx2.Client(proxy=running.url, verify=running.ssl_context(), timeout=30) as client:
            body = json.dumps({"model": "m", "messages": [{"role": "user", "content": f"Mitt personnummer är {PNR}."}]})
            assert client.post(f"{world.openai.base}/v1/chat/completions", content=body, headers={"content-type": "application/json"}).status_code == 200
        assert world.openai.only().json()["messages"][0]["content"] == "Mitt personnummer är [PERSONNUMMER_1]."
        output = running.wait_for_log("HTTPS_PROXY=")
        assert f"CA certificate: {running.ca}" in output
        assert f"export HTTPS_PROXY=http://127.0.0.1:{running.port}" in output
    finally:
        stop_proxy(running)
    assert running.process.returncode == 0
    assert "guard: totals: test-openai/redact=1" in running.output()  # counted, and said at shutdown


def test_port_in_use_is_one_line(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert "already in use" in refused("--port", str(port), "--confdir", str(tmp_path))


def test_missing_ca_directory_is_one_line(tmp_path):
    assert "no such directory" in refused("--confdir", str(tmp_path / "absent"))


def test_unreadable_configuration_is_one_line_with_file_line_and_key(tmp_path):
    config = write_config(tmp_path, [{"id": "bad", "name": "Bad", "hosts": ["Not A Host"], "status": "review", "adapter": "openai"}])
    message = refused("--config", str(config), "--confdir", str(tmp_path))
    assert "services.yaml:" in message and "hosts" in message and "Not A Host" in message


def test_mitmdump_refuses_a_broken_catalogue(world, tmp_path):
    config = write_config(tmp_path, [{"id": "x", "name": "X", "hosts": ["a.example"], "status": "maybe", "adapter": "openai"}])
    done = subprocess.run([str(VENV_BIN / "mitmdump"), "-s", "guard/addon.py", "-p", "0", "--set", f"confdir={tmp_path}", "--set", f"guard_config={config}"],
                          capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode != 0
    assert "services.yaml:" in done.stdout + done.stderr and "'maybe'" in done.stdout + done.stderr
