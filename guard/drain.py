"""Graceful shutdown: stop taking connections, let the requests in flight finish, then exit.

mitmproxy 12 itself stops at once on SIGTERM (``Master.shutdown``: the event loop ends and
every open connection with it, mid-request or not; mitmproxy issue #3895). This addon puts
a drain in front of that, built from mitmproxy's own parts: the ``server`` option set to
false closes the listening sockets (new connections are refused, the open ones carry on), ``flow.live`` says
whether an HTTP request is still being handled (it turns false once the response has been
sent, or on an error), and ``Master.shutdown`` ends it when none is left or the grace
period is over. /readyz answers 503 from the first moment (``draining``), so a load balancer
stops sending; HTTP/1.1 responses sent while draining carry ``connection: close``, so
clients take their next request to another replica instead of reusing this connection.

WebSocket sessions are not waited for: a chat socket stays open as long as the page does,
so it would always take the whole grace period; it is closed at exit like any idle
connection. Opaque tunnels (hosts that are not AI services) are not seen and are closed too.
"""

from __future__ import annotations

import asyncio
import logging
import weakref

from mitmproxy import ctx, http

logger = logging.getLogger("guard")
_POLL = 0.05  # seconds between looks at the requests still in flight


class Drain:
    def __init__(self) -> None:
        self.draining = False
        self._flows: weakref.WeakSet[http.HTTPFlow] = weakref.WeakSet()
        self._task: asyncio.Task | None = None

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        self._flows.add(flow)

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        if self.draining and flow.request.http_version == "HTTP/1.1":  # the client's side; HTTP/2 has no such header
            flow.response.headers["connection"] = "close"

    def in_flight(self) -> int:
        """HTTP requests whose response has not been sent yet (WebSocket sessions not counted)."""
        return sum(1 for flow in list(self._flows) if flow.live and flow.websocket is None)

    def start(self, grace: float) -> None:
        """Begin draining (SIGTERM); a second signal while draining exits at once."""
        if self.draining:
            logger.warning("guard: second stop signal: exiting now")
            ctx.master.shutdown()
            return
        self.draining = True
        logger.info(f"guard: draining: new connections refused, {self.in_flight()} requests in flight, exit within {grace:g} s")
        ctx.options.update(server=False)
        self._task = asyncio.get_running_loop().create_task(self._finish(grace), name="guard drain")

    async def _finish(self, grace: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        while (left := self.in_flight()) and loop.time() < deadline:
            await asyncio.sleep(_POLL)
        if left:
            logger.warning(f"guard: grace period of {grace:g} s over: {left} requests cut off")
        else:
            logger.info("guard: drained: no request in flight")
        ctx.master.shutdown()
