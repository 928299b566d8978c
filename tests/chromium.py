"""A very small Chrome DevTools Protocol client, for testing the HTML report in a real browser.

Chromium is started headless with ``--remote-debugging-pipe``: the protocol
runs over two pipes (file descriptors 3 and 4 of the browser), one JSON
message per NUL-terminated chunk, so no network port is opened and no
websocket library is needed.  Only what the tests use is here: emulate a
screen, load a page, evaluate a script, take a screenshot.

Nothing is fetched from the network: the browser is started with its
background services off, and reports are self-contained ``file:`` pages.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """The browser to drive: ``$CHROMIUM`` if set, else the first one on ``PATH``."""
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return shutil.which(explicit) or (explicit if os.access(explicit, os.X_OK) else None)
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class BrowserError(RuntimeError):
    pass


class Browser:
    """One headless Chromium and one page in it."""

    def __init__(self, executable: str, *, timeout: float = 60.0) -> None:
        self.timeout = timeout
        self._profile = tempfile.TemporaryDirectory(prefix="divergence-chromium-")
        # The browser reads commands on its fd 3 and writes replies on its fd 4.  The
        # child's ends are first moved above 4, so that placing them cannot clobber each other.
        low_r, self._to_browser = os.pipe()
        self._from_browser, low_w = os.pipe()
        to_browser_r = fcntl.fcntl(low_r, fcntl.F_DUPFD_CLOEXEC, 10)
        from_browser_w = fcntl.fcntl(low_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(low_r)
        os.close(low_w)
        args = [
            executable,
            "--headless",
            "--remote-debugging-pipe",
            "--no-sandbox",  # CI runs as root, where the sandbox cannot start
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-default-apps",
            "--hide-scrollbars",
            "--mute-audio",
            "--force-color-profile=srgb",
            "--font-render-hinting=none",
            f"--user-data-dir={self._profile.name}",
            "about:blank",
        ]

        def child_fds() -> None:
            # dup2 makes inheritable copies; every other descriptor of ours is
            # close-on-exec (PEP 446), so the browser gets exactly these two.
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self._proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=child_fds,
            close_fds=False,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)
        self.call("Runtime.enable", session=True)

    # --- protocol ---------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        data = json.dumps(message).encode("utf-8") + b"\0"
        while data:
            written = os.write(self._to_browser, data)
            data = data[written:]

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("Chromium did not answer in time")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise BrowserError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        result: dict[str, Any] = json.loads(message)
        return result

    def call(self, method: str, *, session: bool = False, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        self._send(message)
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._receive(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                answer: dict[str, Any] = reply.get("result", {})
                return answer
            if "method" in reply:
                self._events.append(reply)

    def wait_event(self, method: str) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while True:
            for i, event in enumerate(self._events):
                if event.get("method") == method:
                    del self._events[i]
                    return event
            reply = self._receive(deadline)
            if "method" in reply:
                self._events.append(reply)

    # --- what the tests use -----------------------------------------------------------

    def screen(self, width: int, height: int, *, mobile: bool) -> None:
        """Emulate a screen ``width`` CSS px wide (a phone honours the viewport meta tag)."""
        self.call(
            "Emulation.setDeviceMetricsOverride",
            session=True,
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=mobile,
        )

    def load(self, path: Path, suffix: str = "") -> None:
        """Open a local file (``suffix``: a query and/or fragment) and wait until it has loaded."""
        self._events = [e for e in self._events if e.get("method") != "Page.loadEventFired"]
        self.call("Page.navigate", session=True, url=path.resolve().as_uri() + suffix)
        self.wait_event("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (a Promise is awaited)."""
        reply = self.call(
            "Runtime.evaluate",
            session=True,
            expression=expression,
            returnByValue=True,
            awaitPromise=True,
        )
        if "exceptionDetails" in reply:
            raise BrowserError(f"script failed: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def screenshot(self, path: Path, *, height: int | None = None) -> None:
        """A PNG of the page from its top, ``height`` CSS px tall (default: the whole page)."""
        size = self.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
        )
        width, full = int(size[0]), int(size[1])
        clip = {"x": 0, "y": 0, "width": width, "height": min(full, height or full), "scale": 1}
        shot = self.call(
            "Page.captureScreenshot", session=True, format="png", clip=clip, captureBeyondViewport=True
        )
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        try:
            self._send({"id": self._next_id + 1, "method": "Browser.close"})
        except OSError:
            pass
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        self._profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
