"""`guard bench-scale` works end to end with tiny settings: the table and the sizing rule are
printed, haproxy really spread the connections and the requests over both guard replicas,
and nothing is left running, also when interrupted. No timing is asserted: the numbers are
for people (`make bench`)."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from rich.console import Console

from guard.scalebench import ScaleSettings, run_scale_benchmark
from test_proxybench import _left_running

GUARD = str(Path(sys.executable).parent / "guard")


@pytest.fixture(autouse=True)
def _haproxy() -> None:
    """Debian's haproxy. Missing: a failure under CI=true (.ci/run installs it), else a skip."""
    if shutil.which("haproxy") or os.access("/usr/sbin/haproxy", os.X_OK):
        return
    reason = "haproxy is not installed (apt-get install haproxy)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}; CI=true, so the scale benchmark must run", pytrace=False)
    pytest.skip(reason)


def test_two_replicas_share_the_load_and_the_table_is_printed(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()
    results = run_scale_benchmark(ScaleSettings(replicas=2, seconds=1.0, clients=2, connections=2), Console(file=out, width=200))

    text = out.getvalue()
    assert "Throughput by number of replicas" in text and "CPU ms/req, each replica" in text
    assert "req/s per core at 10 KB" in text and "per 1,000 employees" in text and "an assumption" in text
    assert [(row["kind"], row["replicas"]) for row in results["rows"]] == [("plain", 1), ("plain", 2), ("guard", 1), ("guard", 2)]
    assert all(row["requests"] > 0 for row in results["rows"])
    for row in results["rows"]:
        if row["replicas"] == 2:
            # haproxy's own count: the four keep-alive connections went two to each replica …
            assert row["connections"] == [2, 2], row
            # … and each replica forwarded a fair part of the requests (counted as they arrived)
            assert min(row["per_replica"]) >= 0.2 * row["requests"], row
            assert sum(row["per_replica"]) == row["requests"]
    assert results["replicas_per_1000"] > 0 and results["per_core"] > 0
    assert "measuring 4 rows" in capsys.readouterr().err  # progress goes to stderr
    assert not _left_running(tmp_path)


def test_ctrl_c_stops_every_replica_and_haproxy(tmp_path):
    command = [GUARD, "bench-scale", "--replicas", "1", "--seconds", "60", "--clients", "1", "--connections", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env={**os.environ, "TMPDIR": str(tmp_path)})
    try:
        for line in process.stderr:
            if line.startswith("measuring"):  # both replicas and haproxy are up and under load
                break
        running = _left_running(tmp_path)
        assert len(running) >= 3 and any("haproxy" in command for command in running), running
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 130
        assert not _left_running(tmp_path)  # each one stopped and reaped before the benchmark exits
    finally:
        if process.poll() is None:
            process.kill()


def test_bad_settings_are_one_line_errors():
    result = subprocess.run([GUARD, "bench-scale", "--replicas", "0"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("guard: bench-scale: replicas") and result.stderr.count("\n") == 1
