"""Headless Chromium driven over the DevTools protocol, for tests that look at pages as people do.

Debian's ``chromium`` with one websocket on 127.0.0.1 (no extra packages). Every request the
browser makes goes through a proxy: the proxy under test, or — for pages that need none, such
as a report opened from a file — a closed port on 127.0.0.1, so nothing can leave the machine.

Trust: Chromium is given the SHA-256 of the mitmproxy CA's SubjectPublicKeyInfo with
``--ignore-certificate-errors-spki-list`` (it accepts a chain that contains a listed key; the
flag only takes effect together with ``--user-data-dir``). This works with Debian chromium 156
headless, so ``--ignore-certificate-errors`` (which would trust anything) is not used.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from e2e.conftest import _die_with_parent, required_program, stop_process_group

BROWSER_TIMEOUT = 20  # seconds for any one browser step
CLOSED_PORT = 9  # discard: nothing listens, so a browser without a proxy under test stays offline


def chromium_path() -> str:
    """Debian's chromium: missing, a failure under CI=true (.ci/run installs it), else a skip."""
    return required_program("chromium", "chromium", "the browser tests")


def spki_pin(cert_pem: Path) -> str:
    """base64(SHA-256(SubjectPublicKeyInfo)): the form --ignore-certificate-errors-spki-list takes."""
    cert = x509.load_pem_x509_certificate(cert_pem.read_bytes())
    spki = cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(spki).digest()).decode()


class CDPError(Exception):
    pass


class Browser:
    """One headless Chromium whose every request goes through the proxy under test (whose CA
    is trusted by ``pin``), or with no proxy given, to a closed port: it then opens only files."""

    def __init__(self, executable: str, folder: Path, proxy_port: int = CLOSED_PORT, pin: str | None = None) -> None:
        from websockets.sync.client import connect

        profile = folder / "profile"
        profile.mkdir()
        args = [
            executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            # Background requests the flags above do not stop, seen arriving at the proxy: the
            # network-time query (clients2.google.com), autofill's page query when a form is typed
            # into (content-autofill.googleapis.com), an on-demand component fetch
            # (update.googleapis.com) and the sign-in service's ListAccounts (accounts.google.com).
            # The first two are switched off, the others pointed at a closed port on 127.0.0.1.
            "--disable-features=NetworkTimeServiceQuerying,AutofillServerCommunication", f"--component-updater=url-source=http://127.0.0.1:{CLOSED_PORT}/",
            f"--gaia-url=http://127.0.0.1:{CLOSED_PORT}/",
            f"--user-data-dir={profile}",
            f"--proxy-server=http://127.0.0.1:{proxy_port}",
            "--proxy-bypass-list=<-loopback>",  # Chromium bypasses the proxy for 127.0.0.1 unless told not to
            *([f"--ignore-certificate-errors-spki-list={pin}"] if pin else []),
            "--remote-debugging-port=0", "--window-size=1200,1400", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--lang=sv-SE", f"--log-net-log={folder / 'netlog.json'}", "about:blank",  # the netlog: every URL it asked for, for diagnosis
        ]
        self.log, self._stack = folder / "chromium.log", contextlib.ExitStack()
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_die_with_parent)
        try:
            port_file, deadline = profile / "DevToolsActivePort", time.monotonic() + BROWSER_TIMEOUT
            while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"chromium did not start (exit {self.process.poll()}):\n{self.log.read_text(errors='replace')[-3000:]}")
                time.sleep(0.05)
            port, path = port_file.read_text().splitlines()[:2]
            # proxy=None: websockets would otherwise use an HTTPS_PROXY/ALL_PROXY from the environment
            self.ws = self._stack.enter_context(connect(f"ws://127.0.0.1:{port}{path}", proxy=None, open_timeout=BROWSER_TIMEOUT, max_size=64 * 2**20))
        except BaseException:
            self.close()
            raise
        self._next_id = 0

    def send(self, method: str, session: str | None = None, **params):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        deadline = time.monotonic() + BROWSER_TIMEOUT
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no answer to {method} within {BROWSER_TIMEOUT}s")
            reply = json.loads(self.ws.recv(timeout=remaining))
            if reply.get("id") == self._next_id:  # anything else is an event: not needed here
                if "error" in reply:
                    raise CDPError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})

    def tab(self) -> Tab:
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        tab = Tab(self, target, session)
        tab.send("Emulation.setDeviceMetricsOverride", width=1200, height=1400, deviceScaleFactor=1, mobile=False)
        return tab

    def close(self) -> None:
        self._stack.close()  # the DevTools websocket
        stop_process_group(self.process)


@dataclass
class Tab:
    browser: Browser
    target: str
    session: str

    def send(self, method: str, **params):
        return self.browser.send(method, self.session, **params)

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise CDPError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def wait_for(self, expression: str, what: str):
        """Poll until the expression is truthy; a page in mid-navigation just means 'not yet'."""
        deadline = time.monotonic() + BROWSER_TIMEOUT
        while time.monotonic() < deadline:
            try:
                if value := self.evaluate(expression):
                    return value
            except CDPError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; page: {self.evaluate('location.href')}\n{self.text()[:2000]}")

    def open(self, url: str) -> None:
        self.send("Page.navigate", url=url)
        self.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'", f"{url} to load")

    def type_into(self, selector: str, text: str) -> None:
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", text=text)

    def text(self) -> str:
        return self.evaluate("document.body ? document.body.innerText : ''") or ""

    def dom(self) -> str:
        return self.evaluate("document.documentElement.outerHTML")

    def screenshot(self, path: Path, around: str | None = None, full_page: bool = False) -> Path:
        """The viewport as PNG; with a CSS selector, only that element and a margin around it;
        with ``full_page``, the whole page however long it is."""
        params = {"format": "png"}
        if full_page:
            width, height = self.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params |= {"captureBeyondViewport": True, "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}}
        elif around:
            x, y, width, height = self.evaluate(f"(() => {{ const r = document.querySelector({json.dumps(around)}).getBoundingClientRect(); "
                                                "return [r.x, r.y, r.width, r.height]; })()")
            margin = 24
            params["clip"] = {"x": max(x - margin, 0), "y": max(y - margin, 0), "width": width + 2 * margin, "height": height + 2 * margin, "scale": 1}
        data = self.send("Page.captureScreenshot", **params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        self.browser.send("Target.closeTarget", targetId=self.target)
