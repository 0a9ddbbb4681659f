"""`guard run`: mitmproxy's DumpMaster in this process, with the guard addon loaded.

Defaults are the safe ones: an explicit proxy on 127.0.0.1:8080, the lazy connection
strategy (a stopped request never dials the service), no request streaming, and a hard
body size limit. Start-up problems (port in use, configuration, CA directory) are found
before anything starts and reported in one line.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import signal
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path

from guard import metrics
from guard.config import ConfigError
from guard.reload import load_configuration

DEFAULT_CONFDIR = Path("~/.mitmproxy")


class StartError(Exception):
    """Why the proxy cannot start, in one line."""


@dataclass
class RunSettings:
    listen_host: str = "127.0.0.1"
    listen_port: int = 8080
    modes: list[str] = field(default_factory=lambda: ["regular"])
    config: Path | None = None
    confdir: Path | None = None  # None: ~/.mitmproxy, created on first start
    sets: list[str] = field(default_factory=list)  # extra mitmproxy/guard options, KEY=VALUE


def run_proxy(settings: RunSettings) -> int:
    """Check, start and serve until SIGINT or SIGTERM; raises StartError before anything runs."""
    confdir = check(settings)
    return asyncio.run(_serve(settings, confdir))


def check(settings: RunSettings) -> Path:
    """Everything that can be found wrong before starting; returns the CA directory."""
    from mitmproxy.proxy.mode_specs import ProxyMode

    customers = [s.split("=", 1)[1] for s in settings.sets if s.startswith("guard_customers=")]  # as the addon will load it
    try:
        load_configuration(settings.config, Path(customers[-1]).expanduser() if customers and customers[-1] else None)
    except ConfigError as exc:
        raise StartError(str(exc)) from None
    confdir = _check_confdir(settings.confdir)
    for spec in settings.modes:
        try:
            mode = ProxyMode.parse(spec)
        except ValueError as exc:
            raise StartError(f"--mode {spec}: {exc}") from None
        port = mode.listen_port(settings.listen_port)
        if port is not None:
            _check_port(mode.listen_host(settings.listen_host), port, mode.transport_protocol)
    _check_metrics_address(settings.sets)
    return confdir


def _check_metrics_address(sets: list[str]) -> None:
    """The metrics server starts once the proxy runs; its port is checked now, like the proxy's."""
    given = [s.split("=", 1)[1] for s in sets if s.startswith("guard_metrics=")]
    try:
        address = metrics.parse_address(given[-1] if given else metrics.DEFAULT_ADDRESS)
    except metrics.MetricsError as exc:
        raise StartError(str(exc)) from None
    if address is not None and address[1]:
        _check_port(*address, "tcp", hint="--set guard_metrics=HOST:PORT, or guard_metrics= to turn metrics off")


def _check_confdir(given: Path | None) -> Path:
    path = (given or DEFAULT_CONFDIR).expanduser()
    ca = path / "mitmproxy-ca.pem"
    if given is not None and not path.is_dir():
        raise StartError(f"CA directory {path}: no such directory (create it, or leave out --confdir to use {DEFAULT_CONFDIR})")
    if path.is_dir() and not ca.exists() and not os.access(path, os.W_OK):
        raise StartError(f"CA directory {path}: not writable, so the CA certificate cannot be created there")
    if ca.exists() and not os.access(ca, os.R_OK):
        raise StartError(f"CA directory {path}: {ca.name} is not readable")
    return path


def _check_port(host: str, port: int, transport: str, hint: str = "--port") -> None:
    kinds = {"tcp": [socket.SOCK_STREAM], "udp": [socket.SOCK_DGRAM], "both": [socket.SOCK_STREAM, socket.SOCK_DGRAM]}[transport]
    for kind in kinds:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, kind) as probe:
            if kind == socket.SOCK_STREAM:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((host, port))
            except OSError as exc:
                if exc.errno == errno.EADDRINUSE:
                    raise StartError(f"port {port} on {host or 'all addresses'} is already in use (choose another with {hint})") from None
                raise StartError(f"cannot listen on {host or 'all addresses'}:{port}: {exc.strerror}") from None


async def _serve(settings: RunSettings, confdir: Path) -> int:
    from mitmproxy import exceptions, options
    from mitmproxy.tools.dump import DumpMaster

    from guard.addon import BODY_SIZE_LIMIT, Guard

    logging.getLogger().setLevel(logging.DEBUG)  # mitmproxy's terminal log filters by its own verbosity
    for noisy in ("asyncio", "hpack", "quic", "tornado"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    master = DumpMaster(options.Options(), with_termlog=True, with_dumper=False)  # the dumper would print URLs, and query strings can hold keys
    master.addons.add(Guard())
    try:
        master.options.update(
            listen_host=settings.listen_host, listen_port=settings.listen_port, mode=settings.modes, confdir=str(confdir),
            connection_strategy="lazy", body_size_limit=BODY_SIZE_LIMIT,
        )
        # guard_config in one update with the --set options: the addon loads the configuration
        # directory together with a guard_customers override (the container's mounted register)
        master.options.set(f"guard_config={settings.config or ''}", *settings.sets)
    except exceptions.OptionsError as exc:
        raise StartError(str(exc).removeprefix("guard: ")) from None
    _banner(settings, confdir)
    # SIGINT stops at once; SIGTERM (drain, then stop) and SIGHUP (reload) are the addon's, so
    # that `mitmdump -s guard/addon.py` behaves the same.
    asyncio.get_running_loop().add_signal_handler(signal.SIGINT, master.shutdown)
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    await master.run()
    return 0


def _banner(settings: RunSettings, confdir: Path) -> None:
    from mitmproxy.proxy.mode_specs import ProxyMode, RegularMode

    lines = [f"guard: CA certificate: {confdir / 'mitmproxy-ca-cert.pem'} (install it as trusted on the clients; .cer and .p12 beside it)"]
    for spec in settings.modes:
        mode = ProxyMode.parse(spec)
        address = f"{mode.listen_host(settings.listen_host) or '0.0.0.0'}:{mode.listen_port(settings.listen_port)}"
        lines.insert(0, f"guard: {mode.type_name} mode on {address}")
        if isinstance(mode, RegularMode):
            lines.append(f"guard: point clients at it: export HTTPS_PROXY=http://{address} HTTP_PROXY=http://{address}  (browsers: HTTP proxy {address}, used for HTTPS too)")
    print("\n".join(lines), file=sys.stderr, flush=True)
