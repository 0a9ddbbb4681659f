"""Live reload: the configuration as one immutable snapshot, rebuilt when its files change.

A ``Snapshot`` is everything a request needs (policy and customer register, service
catalogue, notices, the inspector with its engine), built together off the event loop and
put in service with one reference assignment, so a request sees either the old or the new
configuration, never a mix. A request takes the reference once when it starts and keeps it.

Each snapshot has an inspector of its own, so the inspector's caches go with it: the
remembered decisions were made under the old policy and must not answer for the new one
(a prompt redacted before a change to "block" would otherwise still be redacted), and the
placeholder books start afresh too: an API client resends the whole conversation, so the
new book numbers it again in the same order. When only the catalogue or the notices
changed (policy and register are byte for byte the same: the same config version), the
inspector and its caches are kept, because every decision in them still holds.

``Reloader`` looks for changes by polling the files' stat data (device, inode, size,
mtime, ctime) every few seconds rather than through inotify: Kubernetes updates a mounted
ConfigMap by swapping a symlink, which a watch on the file itself never sees, and inotify
does not work on network file systems; a few stat() calls per interval cost nothing and
need no dependency. A change is built only once the files have looked the same for one
interval (an editor writing in place is seen half-way at most once), a build during which
the files changed again is thrown away and retried, and a file that is touched but not
changed does not rebuild anything. SIGHUP asks for a look at once.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from guard.catalogue import Catalogue, load_catalogue
from guard.config import DEFAULT_CONFIG_DIR, ConfigError, GuardConfig, load_config
from guard.engine import Engine
from guard.inspection import Inspector
from guard.notices import Notices, load_notices

logger = logging.getLogger("guard")
Stamp = tuple[int, ...] | None  # stat data of one file; None: missing
_ATTEMPTS = 3  # reads of a configuration whose files keep changing before giving up for now


@dataclass(frozen=True)
class Sources:
    """Where a configuration comes from (the guard_config, guard_customers and guard_binary options)."""

    directory: Path | None = None  # None: the embedded configuration
    customers: Path | None = None  # overrides policy.yaml's ``customers``
    binary_action: str = "log"


@dataclass(frozen=True)
class Loaded:
    """The parsed configuration files."""

    config: GuardConfig
    catalogue: Catalogue
    catalogue_path: Path
    notices: Notices
    notices_path: Path


def load_configuration(directory: Path | None, customers: Path | None) -> Loaded:
    """Parse policy.yaml with the customer register, services.yaml and the notices; ConfigError names file:line: key."""
    config = load_config(directory, customers)
    catalogue, catalogue_path = load_catalogue(directory)
    notices, notices_path = load_notices(catalogue, directory)
    return Loaded(config, catalogue, catalogue_path, notices, notices_path)


@dataclass(frozen=True, eq=False)
class Snapshot:
    """One complete configuration in service; never changed, only replaced."""

    sources: Sources
    loaded: Loaded
    inspector: Inspector
    files: tuple[Path, ...]  # what it was built from (and where a fallback would be looked for)
    stamps: tuple[Stamp, ...]  # their stat data, taken before they were read
    digest: str  # their content

    @property
    def config(self) -> GuardConfig:
        return self.loaded.config

    @property
    def catalogue(self) -> Catalogue:
        return self.loaded.catalogue

    @property
    def notices(self) -> Notices:
        return self.loaded.notices

    def describe(self) -> str:
        config, loaded = self.config, self.loaded
        return (f"policy {config.source}/policy.yaml (version {config.version}, mode {config.policy.mode}, fail_mode {config.policy.fail_mode}), "
                f"{len(config.customers)} customers, catalogue {loaded.catalogue_path} ({len(loaded.catalogue.services)} services), notices {loaded.notices_path}")


@dataclass(frozen=True)
class Attempt:
    """One read of the files: a snapshot (the previous one when nothing changed) or why they are rejected."""

    files: tuple[Path, ...]
    stamps: tuple[Stamp, ...]
    snapshot: Snapshot | None = None
    error: ConfigError | None = None


def attempt(sources: Sources, previous: Snapshot | None) -> Attempt | None:
    """Read and build a configuration; None while its files keep changing during the read."""
    for _ in range(_ATTEMPTS):
        files = watched_files(sources)
        stamps = stamp_all(files)
        digest = content_digest(files)
        if previous is not None and previous.sources == sources and previous.files == files and previous.digest == digest:
            return Attempt(files, stamps, snapshot=previous)
        try:
            loaded = load_configuration(sources.directory, sources.customers)
        except ConfigError as exc:
            if stamp_all(files) == stamps:
                return Attempt(files, stamps, error=exc)
            continue  # half-written: read it again
        if stamp_all(files) != stamps:
            continue
        reuse = previous is not None and previous.config.version == loaded.config.version and previous.inspector.binary_action == sources.binary_action
        try:
            inspector = previous.inspector if reuse else Inspector(Engine(loaded.config), binary_action=sources.binary_action)
        except Exception as exc:  # noqa: BLE001 - a bug, but these files must be refused like a bad one (the type only: messages may quote the register)
            return Attempt(files, stamps, error=ConfigError(f"{files[0]}: the detection engine could not be built from this configuration ({type(exc).__name__})"))
        return Attempt(files, stamps, snapshot=Snapshot(sources, loaded, inspector, files, stamps, digest))
    return None


def watched_files(sources: Sources) -> tuple[Path, ...]:
    """Every file the configuration is read from, including the embedded fallbacks for
    services.yaml and notices/ and the directory's own candidates for them, so that creating
    one is noticed too."""
    directory = sources.directory or DEFAULT_CONFIG_DIR
    customers = sources.customers or _policy_customers(directory)
    files = [directory / "policy.yaml", customers]
    for base in (directory, DEFAULT_CONFIG_DIR):
        files += [base / "services.yaml", base / "notices" / "notices.yaml", base / "notices" / "page.html"]
    return tuple(dict.fromkeys(f for f in files if f is not None))


def _policy_customers(directory: Path) -> Path | None:
    """The register policy.yaml names (relative to its directory), read leniently: a broken
    policy.yaml is reported by the loader, not here."""
    try:
        data = yaml.safe_load((directory / "policy.yaml").read_bytes())
    except (OSError, yaml.YAMLError):
        return None
    name = data.get("customers") if isinstance(data, dict) else None
    return directory / name if isinstance(name, str) and name else None


def stamp_all(files: tuple[Path, ...]) -> tuple[Stamp, ...]:
    return tuple(_stamp(f) for f in files)


def _stamp(path: Path) -> Stamp:
    try:
        st = os.stat(path)  # follows symlinks: a ConfigMap's swapped ..data link changes the inode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return (-1, exc.errno or 0)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def content_digest(files: tuple[Path, ...]) -> str:
    digest = hashlib.sha256()
    for path in files:
        try:
            content = path.read_bytes()
        except OSError as exc:
            content = f"\0unreadable:{exc.errno}".encode()
        digest.update(f"{path}\0{len(content)}\0".encode() + content)
    return digest.hexdigest()


class Reloader:
    """Watches the files of the snapshot in service and asks for a new one when they change.

    ``current`` returns the snapshot in service, ``install`` puts a new one in service and
    ``reject`` reports files that do not load. The build runs in a worker thread; a build
    that finishes after another snapshot was put in service (an option changed) is dropped.
    """

    def __init__(self, current: Callable[[], Snapshot | None], install: Callable[[Snapshot], None], reject: Callable[[ConfigError], None]) -> None:
        self._current, self._install, self._reject = current, install, reject
        self._task: asyncio.Task | None = None
        self._wake: asyncio.Event | None = None
        self._forced = False
        # what the last look was about: the snapshot then in service, the files read and their stamps
        self._seen: tuple[Snapshot | None, tuple[Path, ...], tuple[Stamp, ...]] = (None, (), ())
        self._pending: tuple[Stamp, ...] | None = None  # changed stamps, waiting one interval to settle
        self._rejected = False  # the last files looked at were rejected

    def start(self, interval: float) -> None:
        """Look every ``interval`` seconds (0: only when asked); restarts a running watch."""
        self.stop()
        self._wake = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._run(interval), name="guard configuration reload")

    @property
    def watching(self) -> bool:
        return self._task is not None

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def request(self) -> None:
        """Look now and rebuild if anything changed, without waiting for the files to settle (SIGHUP)."""
        if self._wake is not None:
            self._forced = True
            self._wake.set()

    async def _run(self, interval: float) -> None:
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), interval or None)
            except TimeoutError:
                pass
            forced, self._forced = self._forced, False
            self._wake.clear()
            try:
                await self.look(forced)
            except Exception as exc:  # noqa: BLE001 - the watch must outlive any bug; the snapshot in service stays
                logger.error(f"guard: configuration reload failed: {type(exc).__name__}; the configuration in use stays")

    async def look(self, forced: bool = False) -> None:
        """One look at the files; builds and installs a new snapshot when they changed and settled."""
        current = self._current()
        if current is None:
            return
        if self._seen[0] is not current:  # first look, or an option change put another one in service
            self._seen, self._pending, self._rejected = (current, current.files, current.stamps), None, False
        _, files, seen = self._seen
        now = stamp_all(files)
        if not forced:
            if now == seen:
                self._pending = None
                return
            if now != self._pending:
                self._pending = now  # let the writer finish: build if it looks the same next time
                return
        self._pending = None
        result = await asyncio.to_thread(attempt, current.sources, current)
        if result is None and forced:
            logger.warning("guard: the configuration files kept changing while being read; not reloaded (looked at again once they settle)")
        if result is None or self._current() is not current:
            return  # still being written (the stamps differ from the seen ones: looked at again), or superseded
        self._seen = (result.snapshot or current, result.files, result.stamps)  # a rejection is reported once, not every look
        if result.error is not None:
            self._rejected = True
            self._reject(result.error)
            return
        if result.snapshot is current:  # touched, or put back after a rejection
            level = logging.INFO if forced or self._rejected else logging.DEBUG
            logger.log(level, f"guard: configuration unchanged (version {current.config.version})")
        else:
            self._install(result.snapshot)
        self._rejected = False
