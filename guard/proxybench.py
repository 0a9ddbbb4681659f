"""`guard bench-proxy`: what the guard costs on the wire, against plain mitmproxy in the same run.

A local stand-in for an OpenAI-compatible service (guard/loopback.py) is declared in a
temporary copy of the configuration; two proxies listen on free 127.0.0.1 ports with the
same options (ssl_insecure for the self-signed stand-in, connection_strategy=lazy,
body_size_limit=64m, flow_detail=0 as `guard run` prints no flows): plain ``mitmdump`` (no
addon) and ``mitmdump -s guard/addon.py``. A client
with keep-alive connections, trusting each proxy's CA, sends OpenAI chat requests through
both, alternating plain/guard request by request (the order flips every round) so machine
noise hits both alike, and the ratios guard/plain are printed beside the targets:

- latency (median, p95) at 1 KB, 10 KB and 100 KB of Swedish open text that is forwarded,
  and of the same with a personnummer that is redacted; every prompt is new to the guard
  (its history cache never answers for it);
- throughput: a closed loop of concurrent clients at 10 KB, in alternating slices per proxy;
- a conversation whose every turn resends the whole history (as the APIs do) with ~1 KB of
  new text: the guard's added latency at the last turn against the first.

Every answer must be HTTP 200, and outside the throughput loop the stand-in must have
received the open prompt byte for byte and the other one without the personnummer, so a
misconfigured run cannot pass for a fast one. The proxies' own CPU time per request is read
from /proc during the throughput loop. All traffic stays on 127.0.0.1; both proxies are killed at the end, also on
Ctrl-C, SIGTERM or an error.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import random
import shutil
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from guard.bench import CORPUS

SIZES = (1_000, 10_000, 100_000)
PNR = "811218-9876"  # a valid personnummer (check digit) of no real person
PNR_SENTENCE = f"Kunden har personnummer {PNR} och vill ha besked om sitt ärende."
SYSTEM = "Du är en hjälpsam assistent för kommunens handläggare. Svara kort och på svenska."
CHAT_PATH = "/v1/chat/completions"
_HEADERS = {"content-type": "application/json", "authorization": "Bearer sk-bench"}
STARTUP_TIMEOUT = 60
TARGET_LATENCY = 1.25  # guard/plain median at 10 KB
TARGET_THROUGHPUT = 0.8  # guard/plain requests per second
TARGET_TURNS = 1.5  # added latency, last turn / first turn


class BenchError(Exception):
    """Why the benchmark could not run or could not be trusted, in one line."""


@dataclass
class BenchSettings:
    rounds: int = 60  # requests per proxy and prompt kind at 1 KB and 10 KB
    large_rounds: int = 20  # the same at 100 KB
    seconds: float = 3.0  # closed-loop time per proxy and prompt kind
    clients: int = 4  # concurrent clients in the throughput loop
    turns: int = 20
    conversations: int = 16  # conversations of `turns` turns per proxy and kind


# --- prompts ----------------------------------------------------------------------------------

def open_texts(config: Path) -> list[str]:
    """Swedish open texts of the dev corpus in which the guard finds nothing at all, so any
    mix of them is still open (two harmless texts side by side can otherwise combine, e.g. a
    sensitive term next to a name)."""
    from guard.config import load_config
    from guard.engine import Engine

    path = CORPUS / "open.jsonl"
    try:
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except OSError as exc:
        raise BenchError(f"{path}: {exc.strerror}: the benchmark builds its prompts from the dev corpus") from None
    engine = Engine(load_config(config))
    texts = [c["text"] for c in cases if c.get("expected") == "allow" and c.get("lang") == "sv" and not engine.check(c["text"]).findings]
    if len(texts) < 10:
        raise BenchError(f"{path}: only {len(texts)} Swedish open texts without findings, too few to build prompts from")
    random.Random(2026).shuffle(texts)
    return texts


class Prompts:
    """Prompts of a given size, each one new (a numbered question and a different start in the
    text pool), so the guard scans every one in full instead of finding it in its history."""

    def __init__(self, texts: list[str]) -> None:
        self.pool = "\n\n".join(texts) + "\n\n"
        self.starts = [0]
        for text in texts[:-1]:
            self.starts.append(self.starts[-1] + len(text) + 2)
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()

    def text(self, size: int, pnr: bool = False) -> str:
        with self._lock:
            number = next(self._numbers)
        start = self.starts[number * 7 % len(self.starts)]
        head = f"Fråga {number}: "
        copies = (start + size) // len(self.pool) + 2
        text = head + (self.pool * copies)[start:start + size]  # cut to size below
        if pnr:  # a paragraph of its own near the middle
            middle = text.find("\n\n", len(text) // 2)
            middle = middle if 0 < middle < size - len(PNR_SENTENCE) else len(text) // 2
            text = text[:middle] + "\n\n" + PNR_SENTENCE + text[middle:]
        return _cut(text, size)


def _cut(text: str, size: int) -> str:
    """97–100 % of ``size`` characters, ending where a text, line, sentence or at least a word
    ends: a cut word or sentence can read as something else (the start of SECRET_KEY as a
    classification marker, "Maj" without "var den mest intensiva månaden" as a name)."""
    if len(text) <= size:
        return text
    for boundary in ("\n\n", "\n", ". ", " "):
        end = text.rfind(boundary, 0, size + 1 - len(boundary))
        if end > size * 0.97:
            return text[:end + len(boundary.rstrip())]
    return text[:size]


def chat_body(messages: list[dict]) -> bytes:
    return json.dumps({"model": "gpt-4o-mini", "messages": messages, "temperature": 0.2}, ensure_ascii=False).encode()


def single(text: str) -> bytes:
    return chat_body([{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}])


# --- processes --------------------------------------------------------------------------------

@dataclass
class Proxy:
    """An HTTPS proxy on 127.0.0.1:port whose certificates chain to the CA in confdir: one
    mitmdump, or (guard/scalebench.py) haproxy passing connections on to several."""

    name: str
    port: int
    confdir: Path
    log: Path
    process: subprocess.Popen

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ca(self) -> Path:
        return self.confdir / "mitmproxy-ca-cert.pem"

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca))

    def tail(self) -> str:
        return tail(self.log)


def tail(log: Path) -> str:
    """The last lines a process wrote, for an error message."""
    try:
        lines = log.read_text(errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(lines[-3:])


def _die_with_parent() -> None:
    """In the child: SIGTERM when the benchmark dies, so no proxy outlives a killed run."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def _mitmdump_binary() -> str:
    beside = Path(sys.executable).parent / "mitmdump"
    found = str(beside) if beside.exists() else shutil.which("mitmdump")
    if not found:
        raise BenchError("mitmdump not found beside this Python or on PATH")
    return found


def spawn(args: list[str], log: Path) -> subprocess.Popen:
    """A child in its own process group (stop_process ends all of it), output to log, dying with us."""
    with log.open("wb") as out:
        return subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_die_with_parent)


def start_mitmdump(name: str, folder: Path, extra: list[str], confdir: Path | None = None) -> Proxy:
    """mitmdump on a free 127.0.0.1 port with the options all proxies share; not yet waited for.
    Without ``confdir`` it makes its own CA in a folder of its own."""
    from guard.addon import BODY_SIZE_LIMIT
    from guard.loopback import free_port

    port, log = free_port(), folder / f"{name}.log"
    if confdir is None:
        confdir = folder / f"{name}-ca"
        confdir.mkdir()
    args = [_mitmdump_binary(), "--listen-host", "127.0.0.1", "--listen-port", str(port),
            "--set", f"confdir={confdir}", "--set", "ssl_insecure=true", "--set", "connection_strategy=lazy",
            "--set", f"body_size_limit={BODY_SIZE_LIMIT}", "--set", "flow_detail=0", *extra]
    return Proxy(name, port, confdir, log, spawn(args, log))


def guard_args(config: Path, folder: Path) -> list[str]:
    """mitmdump arguments that load the guard addon on ``config``, with its metrics on a free
    port and its audit trail and key in ``folder`` (never the user's ~/.guard)."""
    return ["-s", str(Path(__file__).with_name("addon.py")), "--set", f"guard_config={config}",
            "--set", "guard_metrics=127.0.0.1:0", "--set", f"guard_audit_dir={folder / 'audit'}", "--set", f"guard_audit_key={folder / 'audit.key'}"]


def wait_listening(proxy: Proxy, what: str = "mitmdump") -> None:
    """Until the proxy accepts connections and its CA certificate is written."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if proxy.process.poll() is not None:
            raise BenchError(f"{proxy.name} {what} exited with {proxy.process.returncode}: {proxy.tail()}")
        try:
            socket.create_connection(("127.0.0.1", proxy.port), timeout=0.2).close()
            if (proxy.confdir / "mitmproxy-ca-cert.pem").exists():
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise BenchError(f"{proxy.name} {what} did not listen within {STARTUP_TIMEOUT}s: {proxy.tail()}")


def stop_process(process: subprocess.Popen) -> None:
    """SIGTERM to the child's process group, SIGKILL after 10 s."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        except ProcessLookupError:
            pass


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM unwinds like Ctrl-C, so the clean-up below runs for both."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# --- measuring --------------------------------------------------------------------------------

def verify_forwarded(proxy: Proxy, upstream, status: int, sent: bytes, redacted: bool) -> None:
    """The answer was 200 and the stand-in received ``sent`` byte for byte, or (``redacted``)
    without the personnummer and with its placeholder; clears what the stand-in received."""
    if status != 200:
        raise BenchError(f"{proxy.name} proxy answered {status}: {proxy.tail()}")
    arrived = upstream.received[-1].body if upstream.received else b""
    upstream.reset()
    if not redacted:
        if arrived != sent:
            raise BenchError(f"the {proxy.name} proxy did not forward an open prompt byte for byte ({len(sent)} bytes sent, {len(arrived)} arrived)")
    elif PNR.encode() in arrived or b"[PERSONNUMMER_" not in arrived:
        raise BenchError(f"the {proxy.name} proxy did not redact the personnummer: is the addon loaded and the stand-in service in its catalogue?")


@dataclass
class Side:
    """One proxy as the client sees it: a keep-alive client trusting its CA."""

    proxy: Proxy
    target: str
    client: object = None  # httpx.Client

    def open(self) -> "Side":
        import httpx

        # No idle expiry (httpx's default is 5 s): a connection waiting for its turn in the
        # alternating slices must not be replaced, and the handshake timed, when it comes.
        self.client = httpx.Client(proxy=self.proxy.url, verify=self.proxy.ssl_context(), timeout=60, limits=httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=None))
        return self

    def post(self, body: bytes) -> tuple[float, int]:
        """Seconds until the whole answer is in, and its status."""
        import httpx

        start = time.perf_counter()
        try:
            response = self.client.post(self.target + CHAT_PATH, content=body, headers=_HEADERS)
        except httpx.HTTPError as exc:
            raise BenchError(f"{self.proxy.name} proxy: {type(exc).__name__}: {exc or 'no answer'} ({self.proxy.tail()})") from None
        return time.perf_counter() - start, response.status_code

    def close(self) -> None:
        if self.client is not None:
            self.client.close()


@dataclass
class Pair:
    plain: list[float] = field(default_factory=list)
    guard: list[float] = field(default_factory=list)

    def add(self, name: str, seconds: float) -> None:
        getattr(self, name).append(seconds)


class Run:
    """The measurements, with the check of every answer."""

    def __init__(self, upstream, sides: dict[str, Side], prompts: Prompts, progress: Callable[[str], None]) -> None:
        self.upstream, self.sides, self.prompts, self.progress = upstream, sides, prompts, progress

    def both(self, body: bytes, pair: Pair | None, expect_pnr: bool, guard_first: bool) -> None:
        """The same request through both proxies, one after the other; each answer checked. The
        callers balance the order: the second of the two is measurably slower (the first
        proxy still finishing its work), about a millisecond here."""
        for name in ("guard", "plain") if guard_first else ("plain", "guard"):
            seconds, status = self.sides[name].post(body)
            self._verify(name, status, body, expect_pnr)
            if pair is not None:
                pair.add(name, seconds)

    def _verify(self, name: str, status: int, sent: bytes, expect_pnr: bool) -> None:
        verify_forwarded(self.sides[name].proxy, self.upstream, status, sent, redacted=name == "guard" and expect_pnr)

    def latency(self, size: int, pnr: bool, rounds: int) -> Pair:
        pair = Pair()
        for number in range(4):  # warm-up: connections, caches, first-use imports
            self.both(single(self.prompts.text(size, pnr)), None, pnr, number % 2 == 1)
        for done in range(rounds):
            self.both(single(self.prompts.text(size, pnr)), pair, pnr, done % 2 == 1)
            if (done + 1) % 20 == 0 and done + 1 < rounds:
                self.progress(f"  {done + 1}/{rounds}")
        return pair

    def conversations(self, turns: int, count: int, pnr: bool) -> dict[int, Pair]:
        """``count`` conversations of ``turns`` turns, each turn resending the whole history."""
        per_turn = {turn: Pair() for turn in range(1, turns + 1)}
        for number in range(count + 1):  # the first one warms up
            messages = [{"role": "system", "content": SYSTEM}]
            for turn in range(1, turns + 1):
                messages.append({"role": "user", "content": self.prompts.text(1_000, pnr and turn == 1)})
                self.both(chat_body(messages), per_turn[turn] if number else None, pnr, (number + turn) % 2 == 1)
                messages.append({"role": "assistant", "content": "Här är svaret."})
        return per_turn

    def throughput(self, size: int, pnr: bool, seconds: float, clients: int, pool: ThreadPoolExecutor, connections: dict[str, list[Side]]) -> dict[str, float]:
        """Requests per second of a closed loop with ``clients`` concurrent keep-alive clients, in
        alternating slices of about one second per proxy."""
        slices = max(1, round(seconds))
        done = {"plain": 0, "guard": 0}
        spent = {"plain": 0.0, "guard": 0.0}
        cpu = {"plain": 0.0, "guard": 0.0}
        for number in range(slices):
            for name in ("guard", "plain") if number % 2 else ("plain", "guard"):
                pid = self.sides[name].proxy.process.pid
                cpu_before, start = cpu_seconds(pid), time.perf_counter()
                done[name] += len(closed_loop(connections[name], start + seconds / slices, lambda: single(self.prompts.text(size, pnr)), pool))
                spent[name] += time.perf_counter() - start
                cpu[name] += cpu_seconds(pid) - cpu_before
        self.upstream.reset()
        rates = {name: done[name] / spent[name] for name in done}
        rates.update({f"{name} cpu": cpu[name] / done[name] for name in done})  # NaN without /proc
        return rates


# --- the run ----------------------------------------------------------------------------------

def closed_loop(sides: list[Side], deadline: float, body: Callable[[], bytes], pool: ThreadPoolExecutor) -> list[float]:
    """A closed loop per entry of ``sides`` (an entry may repeat: threads sharing a client):
    request after request until ``deadline`` (perf_counter). The seconds each answer took;
    BenchError unless every answer was HTTP 200."""
    failures: list[str] = []

    def loop(side: Side) -> list[float]:
        timings = []
        while time.perf_counter() < deadline and not failures:
            seconds, status = side.post(body())
            if status != 200:
                failures.append(f"{side.proxy.name} proxy answered {status}: {side.proxy.tail()}")
            timings.append(seconds)
        return timings

    futures = [pool.submit(loop, side) for side in sides]
    timings = [seconds for future in futures for seconds in future.result()]
    if failures:
        raise BenchError(failures[0])
    return timings


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system, all threads) process ``pid`` has used; NaN without Linux /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return math.nan
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def p95_ms(values: list[float]) -> float:
    if len(values) < 2:
        return values[0] * 1000
    return statistics.quantiles(values, n=20, method="inclusive")[18] * 1000


def run_proxy_benchmark(settings: BenchSettings, out: Console | None = None) -> dict:
    """Run it all and print the tables; returns the numbers. Raises BenchError."""
    from guard.loopback import service_entry, start_upstream, write_config

    err = Console(stderr=True, soft_wrap=True)
    progress = lambda text: err.print(text, style="dim")  # noqa: E731
    load_before = os.getloadavg()[0]
    started = time.monotonic()
    with ExitStack() as stack, sigterm_as_interrupt():
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="guard-bench-proxy-")))
        progress("starting the local AI service stand-in and both proxies …")
        upstream = start_upstream("bench-ai", folder)
        stack.callback(upstream.stop)
        config = write_config(folder, [service_entry("bench-openai", "Bench OpenAI-compatible service", upstream, "openai", status="approved")])
        proxies = {}
        for name, extra in (("plain", []), ("guard", guard_args(config, folder))):
            proxies[name] = start_mitmdump(name, folder, extra)
            stack.callback(stop_process, proxies[name].process)
        prompts = Prompts(open_texts(config))  # while the proxies start
        for proxy in proxies.values():
            wait_listening(proxy)
        sides = {name: stack.enter_context(_closing(Side(proxy, upstream.base).open())) for name, proxy in proxies.items()}
        run = Run(upstream, sides, prompts, progress)

        latency: dict[tuple[int, bool], Pair] = {}
        for size in SIZES:
            for pnr in (False, True):
                rounds = settings.rounds if size < 100_000 else settings.large_rounds
                progress(f"latency at {size // 1000} KB, {'personnummer (redacted)' if pnr else 'open text (forwarded)'}: {rounds} rounds through each proxy …")
                latency[(size, pnr)] = run.latency(size, pnr, max(1, rounds))

        connections = {name: [stack.enter_context(_closing(Side(proxy, upstream.base).open())) for _ in range(settings.clients)] for name, proxy in proxies.items()}
        pool = ThreadPoolExecutor(max_workers=settings.clients, thread_name_prefix="bench-client")
        stack.callback(pool.shutdown, wait=False, cancel_futures=True)  # on Ctrl-C the proxies go at once; the loops end with them
        throughput: dict[bool, dict[str, float]] = {}
        for pnr in (False, True):
            progress(f"throughput at 10 KB, {'personnummer' if pnr else 'open text'}: {settings.clients} clients, {settings.seconds:g}s per proxy …")
            for side in itertools.chain(*connections.values()):  # warm-up: every connection open before the clock runs
                side.post(single(prompts.text(10_000, pnr)))
            upstream.reset()
            throughput[pnr] = run.throughput(10_000, pnr, settings.seconds, settings.clients, pool, connections)

        conversation: dict[bool, dict[int, Pair]] = {}
        for pnr in (False, True):
            progress(f"conversation of {settings.turns} turns, {'personnummer in turn 1' if pnr else 'open text'}: {settings.conversations} conversations through each proxy …")
            conversation[pnr] = run.conversations(settings.turns, max(1, settings.conversations), pnr)
    progress(f"done in {time.monotonic() - started:.0f}s")
    results = {"latency": latency, "throughput": throughput, "conversation": conversation, "load": load_before}
    _print(results, settings, out or Console(width=170))
    return results


@contextmanager
def _closing(side: Side) -> Iterator[Side]:
    try:
        yield side
    finally:
        side.close()


# --- the tables -------------------------------------------------------------------------------

def _verdict(value: float, target: float, at_most: bool) -> str:
    met = value <= target if at_most else value >= target
    return f"{'≤' if at_most else '≥'} {target:g}  " + ("[green]met[/]" if met else "[red]missed[/]")


def _kind(pnr: bool) -> str:
    return "personnummer, redacted" if pnr else "open text, forwarded"


def _print(results: dict, settings: BenchSettings, out: Console) -> None:
    from mitmproxy.version import VERSION

    out.print(f"[bold]Proxy benchmark[/]: mitmdump -s guard/addon.py (guard) vs plain mitmdump, same options, same run, requests interleaved\n"
              f"mitmproxy {VERSION} · {os.cpu_count()} CPUs · load average {results['load']:.2f} at start · OpenAI chat requests, "
              "HTTP/1.1 keep-alive through CONNECT · local stand-in service, all on 127.0.0.1", highlight=False)
    table = Table(title="Latency per request (ms until the whole answer is in)")
    for column in ("prompt", "rounds", "plain median", "guard median", "guard/plain", "plain p95", "guard p95", "p95 guard/plain", "target (median)"):
        table.add_column(column, justify="left" if column in ("prompt", "target (median)") else "right")
    for (size, pnr), pair in results["latency"].items():
        plain, guard = median_ms(pair.plain), median_ms(pair.guard)
        plain95, guard95 = p95_ms(pair.plain), p95_ms(pair.guard)
        target = _verdict(guard / plain, TARGET_LATENCY, True) if size == 10_000 else ""
        table.add_row(f"{size // 1000} KB {_kind(pnr)}", str(len(pair.plain)), f"{plain:.2f}", f"{guard:.2f}", f"{guard / plain:.2f}",
                      f"{plain95:.2f}", f"{guard95:.2f}", f"{guard95 / plain95:.2f}", target)
    out.print(table)

    table = Table(title=f"Throughput at 10 KB: {settings.clients} concurrent keep-alive clients, closed loop, {settings.seconds:g}s per proxy (alternating slices)")
    for column in ("prompt", "plain req/s", "guard req/s", "guard/plain", "target", "plain CPU ms/req", "guard CPU ms/req"):
        table.add_column(column, justify="left" if column in ("prompt", "target") else "right")
    for pnr, rates in results["throughput"].items():
        ratio = rates["guard"] / rates["plain"]
        table.add_row(f"10 KB {_kind(pnr)}", f"{rates['plain']:.1f}", f"{rates['guard']:.1f}", f"{ratio:.2f}", _verdict(ratio, TARGET_THROUGHPUT, False),
                      f"{rates['plain cpu'] * 1000:.2f}", f"{rates['guard cpu'] * 1000:.2f}")
    out.print(table)

    turns = settings.turns
    table = Table(title=f"Conversation of {turns} turns, each resending the whole history with ~1 KB new "
                        f"(ms, {settings.conversations} conversations; added = guard median − plain median)")
    for column in ("conversation", "turn 1 plain", "turn 1 guard", "turn 1 added", f"turn {turns} plain", f"turn {turns} guard", f"turn {turns} added", "added last/first", "target"):
        table.add_column(column, justify="left" if column in ("conversation", "target") else "right")
    for pnr, per_turn in results["conversation"].items():
        first, last = per_turn[1], per_turn[turns]
        added_first = median_ms(first.guard) - median_ms(first.plain)
        added_last = median_ms(last.guard) - median_ms(last.plain)
        if added_first > 0:  # a last turn that adds nothing measurable counts as 0
            ratio = max(added_last, 0) / added_first
            ratio, target = f"{ratio:.2f}", _verdict(ratio, TARGET_TURNS, True)
        else:
            ratio, target = "n/a", f"≤ {TARGET_TURNS:g}  n/a: turn 1 adds nothing measurable"
        table.add_row("personnummer in turn 1, redacted" if pnr else "open text, forwarded",
                      f"{median_ms(first.plain):.2f}", f"{median_ms(first.guard):.2f}", f"{added_first:+.2f}",
                      f"{median_ms(last.plain):.2f}", f"{median_ms(last.guard):.2f}", f"{added_last:+.2f}", ratio, target)
    out.print(table)
