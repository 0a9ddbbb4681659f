"""Live reload without a proxy: which files are watched, when a new snapshot is built, and
that a bad or half-written file never replaces the configuration in service."""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
from pathlib import Path

import pytest
from mitmproxy.test import tflow

from guard import reload
from guard.config import DEFAULT_CONFIG_DIR, ConfigError
from guard.drain import Drain
from guard.reload import Reloader, Sources, attempt, watched_files

_MTIME = itertools.count(1_700_000_000)


def write(path: Path, text: str) -> None:
    """Write and give the file an mtime of its own: two writes within one clock tick of the
    file system would otherwise look the same to a stat() poll (and to the guard)."""
    path.write_text(text, encoding="utf-8")
    second = next(_MTIME) * 1_000_000_000
    os.utime(path, ns=(second, second))


@pytest.fixture
def config_dir(tmp_path) -> Path:
    folder = tmp_path / "config"
    shutil.copytree(DEFAULT_CONFIG_DIR, folder)
    return folder


def build(sources: Sources, previous=None):
    result = attempt(sources, previous)
    assert result is not None and result.error is None, result
    return result.snapshot


def set_policy(config_dir: Path, old: str, new: str) -> None:
    policy = config_dir / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    assert old in text
    write(policy, text.replace(old, new))


PNR_REDACT = "SE_PERSONNUMMER:        {action: redact, placeholder: PERSONNUMMER}"
PNR_BLOCK = "SE_PERSONNUMMER:        {action: block}"


# --- what is watched ------------------------------------------------------------------------

def test_the_watched_files_are_the_ones_the_configuration_is_read_from(config_dir, tmp_path):
    files = watched_files(Sources(config_dir))
    assert files[:2] == (config_dir / "policy.yaml", config_dir / "customers.example.csv")  # the register policy.yaml names
    for name in ("services.yaml", "notices/notices.yaml", "notices/page.html"):
        assert config_dir / name in files and DEFAULT_CONFIG_DIR / name in files  # its own, and the fallback
    register = tmp_path / "kunder.csv"
    assert watched_files(Sources(config_dir, register))[1] == register  # guard_customers overrides policy.yaml
    assert watched_files(Sources())[0] == DEFAULT_CONFIG_DIR / "policy.yaml"


def test_a_broken_policy_still_has_its_files_watched(config_dir):
    write(config_dir / "policy.yaml", "entities: [unclosed\n")
    assert config_dir / "policy.yaml" in watched_files(Sources(config_dir))


# --- one attempt ----------------------------------------------------------------------------

def test_nothing_is_rebuilt_when_nothing_changed(config_dir):
    first = build(Sources(config_dir))
    assert build(Sources(config_dir), first) is first
    policy = config_dir / "policy.yaml"
    os.utime(policy, ns=(0, 0))  # touched: new stat data, same content
    touched = attempt(Sources(config_dir), first)
    assert touched.snapshot is first and touched.stamps != first.stamps


def test_a_policy_change_builds_a_new_inspector_and_a_catalogue_change_keeps_it(config_dir):
    first = build(Sources(config_dir))
    services = config_dir / "services.yaml"
    write(services, services.read_text(encoding="utf-8") + "\n# reviewed again\n")
    catalogue_only = build(Sources(config_dir), first)
    assert catalogue_only is not first and catalogue_only.inspector is first.inspector  # same policy and register: decisions still hold
    set_policy(config_dir, PNR_REDACT, PNR_BLOCK)
    blocking = build(Sources(config_dir), catalogue_only)
    assert blocking.inspector is not first.inspector and blocking.config.version != first.config.version
    assert blocking.config.policy.entities["SE_PERSONNUMMER"].action == "block"
    register = config_dir / "customers.example.csv"
    write(register, register.read_text(encoding="utf-8") + "K-99999,Fjällgrens Snickeri AB,företag,Kiruna\n")
    assert "Fjällgrens Snickeri AB" in build(Sources(config_dir), blocking).config.customers


def test_a_bad_file_is_rejected_with_file_line_and_key(config_dir):
    first = build(Sources(config_dir))
    set_policy(config_dir, "mode: enforce", "mode: sometimes")
    result = attempt(Sources(config_dir), first)
    assert result.snapshot is None and isinstance(result.error, ConfigError)
    assert str(result.error).startswith(f"{config_dir / 'policy.yaml'}:8: mode: ") and "'sometimes'" in str(result.error)
    assert result.stamps != first.stamps  # so the watch knows these files were seen


def test_a_missing_register_is_rejected(config_dir):
    first = build(Sources(config_dir))
    (config_dir / "customers.example.csv").unlink()
    assert "file not found" in str(attempt(Sources(config_dir), first).error)


def test_files_that_change_while_read_are_read_again(config_dir, monkeypatch):
    policy = config_dir / "policy.yaml"
    real = reload.load_configuration
    writes = []

    def load_while_written(*args):
        if len(writes) < 1:  # the writer finishes during the first read
            writes.append(1)
            write(policy, policy.read_text(encoding="utf-8").replace("mode: enforce", "mode: monitor"))
        return real(*args)

    monkeypatch.setattr(reload, "load_configuration", load_while_written)
    snapshot = build(Sources(config_dir))
    assert snapshot.config.policy.mode == "monitor" and snapshot.stamps == reload.stamp_all(snapshot.files)


def test_files_that_keep_changing_are_not_taken(config_dir, monkeypatch):
    policy = config_dir / "policy.yaml"
    real = reload.load_configuration

    def load_while_written(*args):
        write(policy, policy.read_text(encoding="utf-8") + "#")
        return real(*args)

    monkeypatch.setattr(reload, "load_configuration", load_while_written)
    assert attempt(Sources(config_dir), None) is None


# --- the watch ------------------------------------------------------------------------------

class Served:
    """Stands in for the addon: the snapshot in service and what the watch reported."""

    def __init__(self, snapshot) -> None:
        self.snapshot = snapshot
        self.installed, self.rejected = [], []
        self.reloader = Reloader(lambda: self.snapshot, self.install, self.rejected.append)

    def install(self, snapshot) -> None:
        self.installed.append(snapshot)
        self.snapshot = snapshot

    def look(self, forced: bool = False) -> None:
        asyncio.run(self.reloader.look(forced))


def test_a_change_is_built_once_it_has_settled(config_dir):
    served = Served(build(Sources(config_dir)))
    served.look()
    assert served.installed == []  # nothing changed
    set_policy(config_dir, PNR_REDACT, PNR_BLOCK)
    served.look()
    assert served.installed == []  # changed: wait one interval for the writer to finish
    served.look()
    assert len(served.installed) == 1 and served.snapshot.config.policy.entities["SE_PERSONNUMMER"].action == "block"
    served.look()
    assert len(served.installed) == 1


def test_a_half_written_file_is_not_reported(config_dir):
    served = Served(build(Sources(config_dir)))
    policy = config_dir / "policy.yaml"
    whole = policy.read_text(encoding="utf-8").replace(PNR_REDACT, PNR_BLOCK)
    write(policy, whole[: len(whole) // 2])  # an editor writing in place, seen half-way
    served.look()
    write(policy, whole)
    served.look()
    served.look()
    assert served.rejected == [] and len(served.installed) == 1
    assert served.snapshot.config.policy.entities["SE_PERSONNUMMER"].action == "block"


def test_a_bad_file_is_reported_once_and_the_old_snapshot_stays(config_dir):
    served = Served(build(Sources(config_dir)))
    first = served.snapshot
    set_policy(config_dir, "mode: enforce", "mode: sometimes")
    for _ in range(5):
        served.look()
    assert len(served.rejected) == 1 and served.snapshot is first and served.installed == []
    served.look(forced=True)  # SIGHUP: looked at again, and said again
    assert len(served.rejected) == 2
    set_policy(config_dir, "mode: sometimes", "mode: monitor")
    served.look()
    served.look()
    assert len(served.installed) == 1 and served.snapshot.config.policy.mode == "monitor"


def test_a_forced_look_does_not_wait(config_dir):
    served = Served(build(Sources(config_dir)))
    set_policy(config_dir, "mode: enforce", "mode: monitor")
    served.look(forced=True)
    assert len(served.installed) == 1


def test_a_new_register_named_by_a_rejected_policy_is_noticed_when_it_appears(config_dir):
    served = Served(build(Sources(config_dir)))
    set_policy(config_dir, "customers: customers.example.csv", "customers: kunder.csv")
    served.look()
    served.look()
    assert len(served.rejected) == 1 and "kunder.csv: file not found" in str(served.rejected[0])
    write(config_dir / "kunder.csv", "name\nFjällgrens Snickeri AB\n")
    served.look()
    served.look()
    assert len(served.installed) == 1 and served.snapshot.config.customers == ("Fjällgrens Snickeri AB",)


# --- drain bookkeeping ----------------------------------------------------------------------

def test_only_live_http_requests_count_as_in_flight():
    drain = Drain()
    finished, running, chat = tflow.tflow(resp=True), tflow.tflow(), tflow.twebsocketflow()
    for flow, live in ((finished, False), (running, True), (chat, True)):
        flow.live = live
        drain.requestheaders(flow)
    assert drain.in_flight() == 1
    running.live = False
    assert drain.in_flight() == 0


def test_responses_close_their_connection_only_while_draining():
    drain = Drain()
    flow = tflow.tflow(resp=True)
    drain.responseheaders(flow)
    assert "connection" not in flow.response.headers
    drain.draining = True
    drain.responseheaders(flow)
    assert flow.response.headers["connection"] == "close"
