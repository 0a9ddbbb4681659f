"""`guard bench-scale`: how throughput grows from one guard replica to several behind a real
load balancer, and what that means for sizing a deployment.

On 127.0.0.1 it starts the local stand-in AI service (guard/loopback.py), N guard replicas
(mitmdump + addon, one process each, like pods) and as many plain mitmdumps as the baseline,
all sharing one CA made here once (as replicas share one CA Secret), and Debian's haproxy
with one frontend per row of the table: plain ×1 … ×N and guard ×1 … ×N.

haproxy runs in TCP mode: the clients use it as their HTTPS proxy, so what it balances is
connections, each carrying a CONNECT and then a TLS tunnel that only the replica can open.
A keep-alive client's connection stays on the replica it was given for as long as it lives,
so ``balance leastconn`` (a new connection goes to the replica with the fewest open ones) is
the algorithm: it keeps long-lived tunnels even across replicas whatever order they open and
close in, where roundrobin counts connections handed out, not those still open. Balancing
per connection also means one connection never spreads, hence several connections per client
(as browsers open them).

Every row is measured the same way: ``clients`` keep-alive clients of ``connections``
threads each (so each client holds that many connections), in a closed loop of OpenAI chat
requests with 10 KB of new Swedish open text each, for ``seconds`` per row, in slices of
about a second that rotate over the rows so machine noise hits them alike. Every answer must
be HTTP 200, and before timing every replica is checked directly: the guard redacts a
personnummer, plain mitmdump forwards it byte for byte. Every replica marks what it forwards
with its name (mitmproxy's modify_headers, a header set per request: microseconds), so the
stand-in counts each replica's requests exactly, and they must add up to the answers the
clients got (haproxy's own byte counters are only updated when a connection closes). Per row:
req/s, median and p95 latency, CPU time per request of each replica (from /proc), its share
of the requests, the connections haproxy holds open to each (its statistics), and the cores
the replicas, haproxy and this process (the load generator and the stand-in) kept busy. Then the guard's requests per second per
core and a sizing rule under a stated assumption.

Everything is killed and removed at the end, also on Ctrl-C, SIGTERM or an error. (The
replicas load the addon as a mitmdump script, which mitmproxy reloads when the file changes:
editing guard/addon.py during a run loses the requests in flight, seen as a ReadTimeout.)
"""

from __future__ import annotations

import csv
import http.client
import io
import math
import os
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from guard.proxybench import (
    BenchError, Prompts, Proxy, Side, closed_loop, cpu_seconds, guard_args, median_ms, open_texts, p95_ms,
    sigterm_as_interrupt, single, spawn, start_mitmdump, stop_process, verify_forwarded, wait_listening,
)

SIZE = 10_000
WARM_UP = 0.5  # seconds of load per row before the clock runs: every connection open, caches warm
HEADROOM = 0.6  # the sizing rule keeps every replica at most 60 % busy at the assumed peak
REPLICA_HEADER = "x-bench-replica"
KINDS = ("plain", "guard")
LABELS = {"plain": "plain mitmdump", "guard": "guard"}


@dataclass
class ScaleSettings:
    replicas: int = 2  # rows for 1 … replicas of each kind
    seconds: float = 10.0  # timed load per row
    clients: int = 4
    connections: int = 2  # keep-alive connections (threads) per client
    peak_prompts: float = 1.0  # prompts per employee per minute at peak: the sizing assumption


@dataclass
class Row:
    """``replicas`` of one kind behind their own haproxy frontend, and what was measured there."""

    kind: str
    replicas: list[Proxy]
    frontend: Proxy | None = None
    sides: list[Side] = field(default_factory=list)  # one entry per thread; a client's Side repeats
    timings: list[float] = field(default_factory=list)
    seconds: float = 0.0
    cpu: list[float] = field(default_factory=list)  # per replica
    haproxy_cpu: float = 0.0
    bench_cpu: float = 0.0
    requests: list[int] = field(default_factory=list)  # per replica, as the stand-in counted them
    connections: list[int] = field(default_factory=list)  # per replica, open at the end of a slice

    @property
    def backend(self) -> str:
        return f"{self.kind}-{len(self.replicas)}"

    @property
    def rate(self) -> float:
        return len(self.timings) / self.seconds

    def shares(self) -> list[float]:
        return [count / len(self.timings) for count in self.requests]

    def cpu_per_request(self) -> list[float]:
        """Seconds of CPU per request on each replica."""
        return [cpu / count if count else math.nan for cpu, count in zip(self.cpu, self.requests)]


# --- haproxy ----------------------------------------------------------------------------------

def _haproxy_binary() -> str:
    found = shutil.which("haproxy") or next((p for p in ("/usr/sbin/haproxy", "/usr/local/sbin/haproxy") if os.access(p, os.X_OK)), None)
    if not found:
        raise BenchError("haproxy not found: install it (Debian: apt-get install haproxy)")
    return found


def haproxy_config(rows: list[Row], ports: dict[str, int], stats_port: int) -> str:
    """TCP mode, leastconn (see the module's docstring), one listener per row, stats over HTTP."""
    lines = ["global", "    maxconn 4096",
             "defaults", "    mode tcp", "    timeout connect 5s", "    timeout client 10m", "    timeout server 10m",
             "listen stats", "    mode http", f"    bind 127.0.0.1:{stats_port}", "    stats enable", "    stats uri /"]
    for row in rows:
        lines += [f"listen {row.backend}", f"    bind 127.0.0.1:{ports[row.backend]}", "    balance leastconn"]
        lines += [f"    server {replica.name} 127.0.0.1:{replica.port}" for replica in row.replicas]
    return "\n".join(lines) + "\n"


def haproxy_servers(stats_port: int) -> dict[tuple[str, str], dict[str, str]]:
    """haproxy's own counters per (listener, server), e.g. scur: connections open now."""
    connection = http.client.HTTPConnection("127.0.0.1", stats_port, timeout=10)
    try:
        connection.request("GET", "/;csv")
        text = connection.getresponse().read().decode()
    except OSError as exc:
        raise BenchError(f"haproxy's statistics on 127.0.0.1:{stats_port}: {exc}") from None
    finally:
        connection.close()
    return {(entry["pxname"], entry["svname"]): entry for entry in csv.DictReader(io.StringIO(text.removeprefix("# ")))}


# --- the run ----------------------------------------------------------------------------------

def run_scale_benchmark(settings: ScaleSettings, out: Console | None = None) -> dict:
    """Start it all, measure every row, print the table and the sizing rule; returns the numbers. Raises BenchError."""
    from mitmproxy.certs import CertStore
    from mitmproxy.options import CONF_BASENAME, KEY_SIZE

    from guard.loopback import free_port, service_entry, start_upstream, write_config

    err = Console(stderr=True, soft_wrap=True)
    progress = lambda text: err.print(text, style="dim")  # noqa: E731
    load_before = os.getloadavg()[0]
    started = time.monotonic()
    haproxy = _haproxy_binary()
    with ExitStack() as stack, sigterm_as_interrupt():
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="guard-bench-scale-")))
        progress(f"starting the local AI service stand-in, {settings.replicas} guard replica(s) and {settings.replicas} plain mitmdump(s) …")
        upstream = start_upstream("bench-ai", folder)
        stack.callback(upstream.stop)
        config = write_config(folder, [service_entry("bench-openai", "Bench OpenAI-compatible service", upstream, "openai", status="approved")])
        ca = folder / "ca"
        CertStore.create_store(ca, CONF_BASENAME, KEY_SIZE)  # once: every replica signs with the same CA
        replicas: dict[str, list[Proxy]] = {kind: [] for kind in KINDS}
        for number in range(1, settings.replicas + 1):
            for kind in KINDS:
                name = f"{kind}-{number}"
                extra = ["--set", f"modify_headers=/~q/{REPLICA_HEADER}/{name}"]
                extra += [*guard_args(config, folder), "--set", f"guard_instance={name}"] if kind == "guard" else []
                replicas[kind].append(start_mitmdump(name, folder, extra, confdir=ca))
                stack.callback(stop_process, replicas[kind][-1].process)
        prompts = Prompts(open_texts(config))  # while the replicas start
        for replica in (*replicas["plain"], *replicas["guard"]):
            wait_listening(replica)
            _check_replica(replica, upstream, prompts)

        rows = [Row(kind, replicas[kind][:count]) for kind in KINDS for count in range(1, settings.replicas + 1)]
        ports, stats_port = {row.backend: free_port() for row in rows}, free_port()
        (folder / "haproxy.cfg").write_text(haproxy_config(rows, ports, stats_port))
        process = spawn([haproxy, "-db", "-f", str(folder / "haproxy.cfg")], folder / "haproxy.log")
        stack.callback(stop_process, process)
        for row in rows:
            row.frontend = Proxy(f"haproxy {row.backend}", ports[row.backend], ca, folder / "haproxy.log", process)
            wait_listening(row.frontend, "listener")
            for _ in range(settings.clients):
                side = stack.enter_context(closing(Side(row.frontend, upstream.base).open()))
                row.sides += [side] * settings.connections
        pool = ThreadPoolExecutor(max_workers=settings.clients * settings.connections, thread_name_prefix="bench-client")
        stack.callback(pool.shutdown, wait=False, cancel_futures=True)  # on Ctrl-C the processes go at once; the loops end with them
        body = lambda: single(prompts.text(SIZE))  # noqa: E731

        progress(f"warming up every row: {settings.clients} clients × {settings.connections} connections through haproxy …")
        for row in rows:
            closed_loop(row.sides, time.perf_counter() + WARM_UP, body, pool)
            upstream.reset()
        slices = max(1, round(settings.seconds))
        progress(f"measuring {len(rows)} rows at {SIZE // 1000} KB: {settings.seconds:g}s each in {slices} rotating slice(s) …")
        for number in range(slices):
            for row in rows[number % len(rows):] + rows[:number % len(rows)]:
                _measure(row, settings.seconds / slices, body, pool, upstream, process.pid, stats_port)
            progress(f"  {number + 1}/{slices}: " + ", ".join(f"{row.backend} {row.rate:.0f} req/s" for row in rows))
    progress(f"done in {time.monotonic() - started:.0f}s")
    results = _summarise(rows, settings, load_before)
    _print(results, settings, out or Console(width=200))
    return results


def _check_replica(replica: Proxy, upstream, prompts: Prompts) -> None:
    """Straight to the replica, no haproxy: a guard redacts the personnummer, plain mitmdump forwards it."""
    body = single(prompts.text(1_000, pnr=True))
    with closing(Side(replica, upstream.base).open()) as side:
        _, status = side.post(body)
    verify_forwarded(replica, upstream, status, body, redacted=replica.name.startswith("guard"))


def _measure(row: Row, seconds: float, body, pool: ThreadPoolExecutor, upstream, haproxy_pid: int, stats_port: int) -> None:
    """One slice of load on one row, adding its requests, time and CPU to the row."""
    upstream.reset()
    cpu_before = [cpu_seconds(replica.process.pid) for replica in row.replicas]
    haproxy_before, bench_before, start = cpu_seconds(haproxy_pid), cpu_seconds(os.getpid()), time.perf_counter()
    timings = closed_loop(row.sides, start + seconds, body, pool)
    row.seconds += time.perf_counter() - start
    bench_after, haproxy_after = cpu_seconds(os.getpid()), cpu_seconds(haproxy_pid)
    cpu = [cpu_seconds(replica.process.pid) - was for replica, was in zip(row.replicas, cpu_before)]
    marks = [received.headers.get(REPLICA_HEADER) for received in upstream.received]
    upstream.reset()
    counts = [marks.count(replica.name) for replica in row.replicas]
    if sum(counts) != len(timings):
        raise BenchError(f"{row.backend}: the clients got {len(timings)} answers, but the replicas forwarded {sum(counts)} requests")
    row.timings += timings
    row.cpu = [a + b for a, b in zip(row.cpu, cpu)] if row.cpu else cpu
    row.requests = [a + b for a, b in zip(row.requests, counts)] if row.requests else counts
    servers = haproxy_servers(stats_port)
    row.connections = [int(servers[(row.backend, replica.name)]["scur"]) for replica in row.replicas]
    row.haproxy_cpu += haproxy_after - haproxy_before
    row.bench_cpu += bench_after - bench_before


def _summarise(rows: list[Row], settings: ScaleSettings, load: float) -> dict:
    """The table's rows as numbers, the speed-ups against one replica, and the sizing rule."""
    by_backend = {row.backend: row for row in rows}
    one_guard = by_backend["guard-1"]
    cpu_per_request = one_guard.cpu_per_request()[0]
    per_core = 1 / cpu_per_request  # a replica is one Python process: about one core (the GIL)
    peak_rate = 1000 * settings.peak_prompts / 60  # requests per second from 1,000 employees
    per_1000 = peak_rate / (per_core * HEADROOM)
    summary = []
    for row in rows:
        single_rate = by_backend[f"{row.kind}-1"].rate
        summary.append({
            "kind": row.kind, "replicas": len(row.replicas), "requests": len(row.timings), "rate": row.rate,
            "speedup": row.rate / single_rate, "median_ms": median_ms(row.timings), "p95_ms": p95_ms(row.timings),
            "cpu_ms": [seconds * 1000 for seconds in row.cpu_per_request()], "shares": row.shares(), "connections": row.connections,
            "per_replica": row.requests, "replica_cores": sum(row.cpu) / row.seconds,
            "haproxy_cores": row.haproxy_cpu / row.seconds, "bench_cores": row.bench_cpu / row.seconds,
        })
    return {"rows": summary, "per_core": per_core, "cpu_per_request": cpu_per_request, "one_replica": one_guard.rate,
            "one_replica_cores": sum(one_guard.cpu) / one_guard.seconds, "peak_rate": peak_rate, "replicas_per_1000": per_1000, "load": load}


def _print(results: dict, settings: ScaleSettings, out: Console) -> None:
    from mitmproxy.version import VERSION

    out.print(f"[bold]Scale-out benchmark[/]: guard replicas (mitmdump -s guard/addon.py) and plain mitmdump behind haproxy "
              f"(TCP mode, balance leastconn), all on 127.0.0.1, rows measured in rotating slices of the same run\n"
              f"mitmproxy {VERSION} · {os.cpu_count()} CPUs, shared by the replicas, haproxy and the load generator · load average "
              f"{results['load']:.2f} at start · {settings.clients} clients × {settings.connections} keep-alive connections, closed loop, "
              f"{SIZE // 1000} KB OpenAI chat requests of open text (forwarded), {settings.seconds:g}s per row", highlight=False)
    table = Table(title="Throughput by number of replicas")
    columns = ("proxy", "replicas", "requests", "req/s", "vs 1 replica", "median ms", "p95 ms", "CPU ms/req, each replica",
               "share of requests", "connections", "cores busy: replicas", "haproxy", "load generator")
    for column in columns:
        table.add_column(column, justify="left" if column == "proxy" else "right", no_wrap=True)
    for row in results["rows"]:
        table.add_row(LABELS[row["kind"]], str(row["replicas"]), str(row["requests"]), f"{row['rate']:.1f}", f"{row['speedup']:.2f}x",
                      f"{row['median_ms']:.1f}", f"{row['p95_ms']:.1f}", " · ".join(f"{ms:.1f}" for ms in row["cpu_ms"]),
                      " · ".join(f"{share:.0%}" for share in row["shares"]), " · ".join(map(str, row["connections"])),
                      f"{row['replica_cores']:.2f}", f"{row['haproxy_cores']:.2f}", f"{row['bench_cores']:.2f}")
    out.print(table)
    out.print(f"One guard replica serves [bold]{results['per_core']:.0f} req/s per core[/] at {SIZE // 1000} KB "
              f"({results['cpu_per_request'] * 1000:.1f} ms CPU per request; alone behind haproxy it served {results['one_replica']:.0f} req/s "
              f"keeping {results['one_replica_cores']:.2f} cores busy).", highlight=False)
    per_1000 = results["replicas_per_1000"]
    out.print(f"Sizing rule: [bold]{per_1000:.2f} replicas (one core each) per 1,000 employees[/], one replica per {1000 / per_1000:,.0f} employees, "
              f"assuming {settings.peak_prompts:g} prompt(s) of {SIZE // 1000} KB per employee per minute at peak (an assumption, not a measurement: "
              f"--peak-prompts) = {results['peak_rate']:.1f} req/s per 1,000 employees, with every replica at most {HEADROOM:.0%} busy; "
              "run at least two replicas for availability.", highlight=False)
