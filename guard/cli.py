"""The `guard` command: scan text from the shell, benchmark, and (see guard/proxy) run the proxy.

Errors are one line on stderr with exit status 2; a traceback is a bug.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from guard.audit import DEFAULT_DIR as DEFAULT_AUDIT_DIR
from guard.config import ConfigError, load_config

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, help="The guard: keeps confidential data out of public AI services.")

MAX_INPUT_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """Bad input on stdin, worded for the person who sent it."""


def _fail(message: str) -> None:
    print(f"guard: {message}", file=sys.stderr)
    raise typer.Exit(2)


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{where}: binary data (NUL byte at offset {data.index(b'\x00')}), expected UTF-8 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not valid UTF-8 (byte {exc.start})") from None


def _read_batch(data: bytes) -> list[tuple[object, str]]:
    """Parse every JSONL line before anything is scanned, so a bad line loses no output."""
    items = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        line = _decode(raw, f"line {number}")
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise InputError(f"line {number}: expected an object with a string 'text' (and an 'id')")
        items.append((item.get("id"), item["text"]))
    return items


def _output(verdict, item_id=None, with_id=False) -> dict:
    out: dict = {"id": item_id} if with_id else {}
    out["action"] = verdict.action
    if verdict.decision.mode == "monitor":
        out["mode"] = "monitor"
        out["intended_action"] = verdict.decision.intended
    out["text"] = verdict.text
    out["findings"] = [{"type": f.type, "start": f.start, "end": f.end, "score": round(f.score, 2)} for f in verdict.findings]
    return out


@app.command()
def scan(
    config: Annotated[Optional[Path], typer.Option("--config", help="Configuration directory (default: the embedded one).")] = None,
    customers: Annotated[Optional[Path], typer.Option("--customers", help="Customer register CSV with a 'name' column.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Each input line is {"id":…, "text":…}; one output line each.')] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Largest input accepted.")] = MAX_INPUT_BYTES,
) -> None:
    """Scan a prompt from stdin and print the decision as JSON."""
    from guard.engine import Engine

    try:
        engine = Engine(load_config(config, customers))
    except ConfigError as exc:
        _fail(str(exc))
    data = sys.stdin.buffer.read(max_bytes + 1)
    try:
        if len(data) > max_bytes:
            raise InputError(f"stdin: input is over the limit of {max_bytes} bytes (--max-bytes)")
        if not jsonl:
            text = _decode(data, "stdin")
            print(json.dumps(_output(engine.check(text)), ensure_ascii=False))
            return
        items = _read_batch(data)
    except InputError as exc:
        _fail(str(exc))
    progress = _progress(len(items))
    for done, (item_id, text) in enumerate(items, start=1):
        sys.stdout.write(json.dumps(_output(engine.check(text), item_id, with_id=True), ensure_ascii=False) + "\n")
        progress(done)
    sys.stdout.flush()


def _progress(total: int):
    """Progress on stderr for long batches when a person is watching."""
    if not sys.stderr.isatty() or total < 50:
        return lambda done: None

    def show(done: int) -> None:
        if done == total or done % 25 == 0:
            print(f"\rguard: scanned {done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True)

    return show


@app.command()
def evaluate(
    corpus: Annotated[Path, typer.Option(help="Directory of labelled *.jsonl cases.")] = Path("tests/corpus"),
    config: Annotated[Optional[Path], typer.Option("--config", help="Configuration directory.")] = None,
    show_misses: Annotated[bool, typer.Option(help="List missed labels, leaks and false alarms by case id.")] = False,
) -> None:
    """Measure accuracy on a labelled corpus and print the per-entity table."""
    from guard.engine import Engine
    from guard.evaluate import evaluate as run, load_corpus

    try:
        engine = Engine(load_config(config))
    except ConfigError as exc:
        _fail(str(exc))
    if not corpus.is_dir():
        _fail(f"{corpus}: not a directory")
    report = run(engine, load_corpus(corpus))
    print(report.table())
    if show_misses:
        print("missed:", ", ".join(report.missed) or "none")
        print("leaks:", ", ".join(report.leaks) or "none")
        print("false alarms:", ", ".join(report.false_alarms) or "none")
    for problem in report.failures():
        print(f"below target: {problem}")


@app.command()
def bench(
    rounds: Annotated[int, typer.Option(help="Timed scans per prompt size.")] = 30,
    presidio_defaults: Annotated[bool, typer.Option(help="Also time Presidio with its default recognizers.")] = True,
) -> None:
    """Benchmark the detection engine on 1 KB, 10 KB and 100 KB prompts."""
    from guard.bench import run_scan_benchmark

    run_scan_benchmark(rounds, presidio_defaults)


@app.command("bench-proxy")
def bench_proxy(
    rounds: Annotated[int, typer.Option(help="Requests per proxy and prompt kind at 1 KB and 10 KB.")] = 60,
    large_rounds: Annotated[int, typer.Option(help="Requests per proxy and prompt kind at 100 KB.")] = 20,
    seconds: Annotated[float, typer.Option(help="Closed-loop throughput time per proxy and prompt kind.")] = 3.0,
    clients: Annotated[int, typer.Option(help="Concurrent clients in the throughput loop.")] = 4,
    turns: Annotated[int, typer.Option(help="Turns of the conversation (each resends the whole history).")] = 20,
    conversations: Annotated[int, typer.Option(help="Conversations per proxy and kind.")] = 16,
) -> None:
    """Benchmark the proxy: plain mitmdump vs the guard on a local stand-in service, interleaved; prints the ratios."""
    from guard.proxybench import BenchError, BenchSettings, run_proxy_benchmark

    if min(rounds, large_rounds, clients, conversations) < 1 or turns < 2 or seconds <= 0:
        _fail("bench-proxy: rounds, large rounds, clients and conversations must be at least 1, turns at least 2, seconds above 0")
    try:
        run_proxy_benchmark(BenchSettings(rounds, large_rounds, seconds, clients, turns, conversations))
    except BenchError as exc:
        _fail(f"bench-proxy: {exc}")


@app.command("bench-scale")
def bench_scale(
    replicas: Annotated[int, typer.Option(help="Guard replicas (and plain mitmdumps) behind haproxy; rows for 1 … this many.")] = 2,
    seconds: Annotated[float, typer.Option(help="Timed load per row.")] = 10.0,
    clients: Annotated[int, typer.Option(help="Concurrent keep-alive clients.")] = 4,
    connections: Annotated[int, typer.Option(help="Connections (threads) per client.")] = 2,
    peak_prompts: Annotated[float, typer.Option(help="Sizing assumption: 10 KB prompts per employee per minute at peak.")] = 1.0,
) -> None:
    """Benchmark scale-out: guard replicas behind haproxy, 1 … N, beside plain mitmdump; prints req/s, latency, CPU and a sizing rule."""
    from guard.proxybench import BenchError
    from guard.scalebench import ScaleSettings, run_scale_benchmark

    if min(replicas, clients, connections) < 1 or seconds <= 0 or peak_prompts <= 0:
        _fail("bench-scale: replicas, clients and connections must be at least 1, seconds and peak prompts above 0")
    try:
        run_scale_benchmark(ScaleSettings(replicas, seconds, clients, connections, peak_prompts))
    except BenchError as exc:
        _fail(f"bench-scale: {exc}")


@app.command()
def run(
    listen_host: Annotated[str, typer.Option("--listen-host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on.")] = 8080,
    mode: Annotated[Optional[list[str]], typer.Option("--mode", "-m", help="mitmproxy mode, repeatable: regular (default), transparent, wireguard, upstream:http://HOST:PORT, …")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Configuration directory (default: the embedded one).")] = None,
    confdir: Annotated[Optional[Path], typer.Option("--confdir", help="Folder of mitmproxy's CA certificate (default: ~/.mitmproxy, created on first start).")] = None,
    set_: Annotated[Optional[list[str]], typer.Option("--set", help="Any mitmproxy or guard option as KEY=VALUE (e.g. guard_max_body=8m), repeatable.")] = None,
) -> None:
    """Start the proxy with the guard: an explicit HTTPS proxy on 127.0.0.1:8080 by default."""
    from guard.proxy import RunSettings, StartError, run_proxy

    try:
        code = run_proxy(RunSettings(listen_host, port, mode or ["regular"], config, confdir, set_ or []))
    except StartError as exc:
        _fail(str(exc))
    raise typer.Exit(code)


@app.command()
def report(
    audit_dir: Annotated[Path, typer.Option("--audit-dir", help="The audit trail's directory (the guard's guard_audit_dir).")] = Path(DEFAULT_AUDIT_DIR),
    since: Annotated[str, typer.Option(help="Start: a UTC day (YYYY-MM-DD), a time (YYYY-MM-DDTHH:MM) or a span back from --until (7d, 24h, 2w).")] = "7d",
    until: Annotated[Optional[str], typer.Option(help="End: a day (included) or a time; default now.")] = None,
    format_: Annotated[str, typer.Option("--format", help="table, json, csv or html (one self-contained page with charts).")] = "table",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """Blocked and redacted prompts by category, service and day, the trend, and shadow AI use, from the audit trail."""
    from guard.report import ReportError, run_report

    try:
        run_report(audit_dir, since, until, format_, output)
    except ReportError as exc:
        _fail(f"report: {exc}")


@app.command()
def pac(
    config: Annotated[Optional[Path], typer.Option("--config", help="Configuration directory whose services.yaml lists the AI hosts.")] = None,
    proxy: Annotated[Optional[list[str]], typer.Option("--proxy", help="HOST:PORT of the guard as clients reach it; repeat for fail-over.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the PAC file here instead of stdout.")] = None,
    others: Annotated[Optional[list[str]], typer.Option("--others", help="HOST:PORT of the corporate proxy for all other traffic (default: DIRECT).")] = None,
) -> None:
    """Write a PAC file: catalogued AI hosts through the guard, everything else DIRECT (or --others)."""
    from guard.catalogue import load_catalogue
    from guard.pac import PacError, build_pac

    try:
        catalogue, path = load_catalogue(config)
        text = build_pac(catalogue, proxy or ["127.0.0.1:8080"], str(path), path.read_text(encoding="utf-8"), others)
    except (ConfigError, PacError) as exc:
        _fail(str(exc))
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"{output}: {exc.strerror}")
    print(f"guard: wrote {output} ({len(catalogue.services)} services from {path})", file=sys.stderr)


ca_app = typer.Typer(no_args_is_help=True, help="The interception CA: create one for the organisation, export its certificate for the clients.")
app.add_typer(ca_app, name="ca")


@ca_app.command("new")
def ca_new(
    confdir: Annotated[Path, typer.Option("--confdir", help="Folder for the CA, as given to `guard run --confdir`.")],
    org: Annotated[Optional[str], typer.Option("--org", help="The organisation's name, shown to employees in the certificate.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing CA (clients must then trust the new one).")] = False,
) -> None:
    """Create a fresh CA for the organisation in mitmproxy's layout; the key files are 0600."""
    from guard.ca import KEY_FILES, CAError, new_ca

    try:
        facts = new_ca(confdir, org, force)
    except CAError as exc:
        _fail(str(exc))
    print("\n".join([f"guard: created a CA in {confdir}", *(f"guard: {line}" for line in facts.lines()),
                     f"guard: private key: {' and '.join(KEY_FILES)} (mode 0600; never give them to clients)",
                     f"guard: next: guard ca export --confdir {confdir} --out DIR, and distribute the certificate"]))


@ca_app.command("export")
def ca_export(
    confdir: Annotated[Path, typer.Option("--confdir", help="Folder of the CA (default: mitmproxy's ~/.mitmproxy).")] = Path("~/.mitmproxy"),
    out: Annotated[Path, typer.Option("--out", help="Folder to write guard-ca.pem and guard-ca.cer (DER) to.")] = Path("."),
) -> None:
    """Write the CA certificate (never the key) as PEM and DER for distribution to clients."""
    from guard.ca import CAError, export_ca

    try:
        pem, der, facts = export_ca(confdir, out)
    except CAError as exc:
        _fail(str(exc))
    print("\n".join([f"guard: wrote {pem} (PEM) and {der} (DER)", *(f"guard: {line}" for line in facts.lines())]))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
