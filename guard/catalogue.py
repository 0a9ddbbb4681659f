"""Stage 1: route a host to its entry in the service catalogue (config/services.yaml).

A host that is in no entry is not an AI service: the proxy does not open its TLS and never
sees its traffic. Errors in the catalogue name the file, line and key, like policy.yaml's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import Field, PrivateAttr, field_validator, model_validator

from guard.adapters import ADAPTERS
from guard.config import DEFAULT_CONFIG_DIR, _read_text, _Strict, validate_yaml

_HOST = r"^(\*[.-])?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$"


class Service(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    hosts: list[str] = Field(min_length=1)
    status: Literal["approved", "review", "forbidden"]
    adapter: str

    @field_validator("hosts")
    @classmethod
    def _host_patterns(cls, hosts: list[str]) -> list[str]:
        for host in hosts:
            if not re.match(_HOST, host):
                raise ValueError(f"{host!r} is not a lower-case host name or '*.domain' pattern (optional ':port')")
        return hosts

    @field_validator("adapter")
    @classmethod
    def _known_adapter(cls, adapter: str) -> str:
        if adapter not in ADAPTERS:
            raise ValueError(f"unknown adapter {adapter!r} (known: {', '.join(ADAPTERS)})")
        return adapter


class Catalogue(_Strict):
    version: Literal[1] = 1
    services: list[Service]
    _exact: dict[tuple[str, int | None], Service] = PrivateAttr(default_factory=dict)
    _suffixes: list[tuple[str, int | None, Service]] = PrivateAttr(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> "Catalogue":
        ids, hosts = set(), {}
        for service in self.services:
            if service.id in ids:
                raise ValueError(f"services: id {service.id!r} is used twice")
            ids.add(service.id)
            for host in service.hosts:
                if host in hosts:
                    raise ValueError(f"services: host {host!r} is in both {hosts[host]!r} and {service.id!r}")
                hosts[host] = service.id
        return self

    def model_post_init(self, _context) -> None:
        exact: dict[tuple[str, int | None], Service] = {}
        suffixes: list[tuple[str, int | None, Service]] = []
        for service in self.services:
            for pattern in service.hosts:
                host, _, port = pattern.partition(":")
                key_port = int(port) if port else None
                if host.startswith("*"):
                    suffixes.append((host[1:], key_port, service))
                else:
                    exact[(host, key_port)] = service
        self._exact = exact
        self._suffixes = sorted(suffixes, key=lambda s: -len(s[0]))

    def route(self, host: str | None, port: int | None = None) -> Service | None:
        """The service a host (and port) belongs to, or None: not an AI service."""
        if not host:
            return None
        host = host.strip("[]").rstrip(".").lower()
        for key in ((host, port), (host, None)):
            if key in self._exact:
                return self._exact[key]
        for suffix, suffix_port, service in self._suffixes:
            if host.endswith(suffix) and suffix_port in (None, port):
                return service
        return None

    def host_rules(self) -> tuple[list[tuple[str, int | None]], list[tuple[str, int | None]]]:
        """The exact (host, port) keys and the (suffix, port) rules route() matches, in its
        order, so a PAC file (guard/pac.py) sends exactly the routed hosts to the guard."""
        return list(self._exact), [(suffix, port) for suffix, port, _ in self._suffixes]

    def approved(self) -> list[Service]:
        return [s for s in self.services if s.status == "approved"]


def load_catalogue(config_dir: Path | None = None) -> tuple[Catalogue, Path]:
    """The catalogue of a configuration directory, or the embedded one if it has none."""
    path = Path(config_dir or DEFAULT_CONFIG_DIR) / "services.yaml"
    if not path.exists():
        path = DEFAULT_CONFIG_DIR / "services.yaml"
    return parse_catalogue(_read_text(path), str(path)), path


def parse_catalogue(text: str, filename: str) -> Catalogue:
    return validate_yaml(Catalogue, text, filename)
