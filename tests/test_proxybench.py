"""`guard bench-proxy` works end to end (tiny round counts, no timing asserted) and leaves no
proxy behind, also when interrupted. The numbers themselves are for people: `make bench`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

GUARD = str(Path(sys.executable).parent / "guard")
TINY = ["bench-proxy", "--rounds", "2", "--large-rounds", "1", "--seconds", "0.2", "--clients", "2", "--turns", "3", "--conversations", "1"]


def _left_running(folder: Path) -> list[str]:
    """Command lines of processes that mention folder (the benchmark's temporary directory is in it)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and entry.name != str(os.getpid()):
            try:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if str(folder) in command:
                found.append(command)
    return found


def test_bench_proxy_prints_every_row_and_cleans_up(tmp_path):
    result = subprocess.run([GUARD, *TINY], capture_output=True, text=True, timeout=90, env={**os.environ, "TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for size in ("1 KB", "10 KB", "100 KB"):
        assert f"{size} open text, forwarded" in out
        assert f"{size} personnummer, redacted" in out
    for heading in ("guard/plain", "plain p95", "guard req/s", "turn 1 added", "turn 3 added", "added last/first"):
        assert heading in out
    assert "≤ 1.25" in out and "≥ 0.8" in out and "≤ 1.5" in out
    assert "latency at 10 KB" in result.stderr  # progress goes to stderr
    assert not _left_running(tmp_path)


def test_bench_proxy_kills_both_proxies_on_ctrl_c(tmp_path):
    process = subprocess.Popen([GUARD, *TINY], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env={**os.environ, "TMPDIR": str(tmp_path)})
    try:
        for line in process.stderr:
            if line.startswith("latency at"):  # both proxies are up and measured
                break
        assert len(_left_running(tmp_path)) >= 2
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 130
    finally:
        if process.poll() is None:
            process.kill()
    deadline = time.monotonic() + 5
    while _left_running(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _left_running(tmp_path)
