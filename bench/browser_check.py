"""`make browser-check`: askfoi --serve in a real (headless) Chromium, end to end.

1. starts `askfoi --serve` in clinic mode on a free port on 127.0.0.1;
2. installs Debian's chromium with apt-get when it is missing (nothing downloads a browser of its own);
3. opens the page in headless Chromium and drives it over the Chrome DevTools protocol (a websocket
   from Python, with aiohttp, which textual-serve brings): waits for the greeting, types a first
   message and presses Enter;
4. saves a screenshot to docs/browser.png and lists every request the page made: any request
   beyond 127.0.0.1 fails the check (exit 1).
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHOT = REPO / "docs" / "browser.png"
FIRST_MESSAGE = "How many speed cameras did Essex Police operate in 2023?"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1280,800", "--hide-scrollbars",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc: subprocess.Popen, what: str, timeout: float = 60) -> bytes:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                return r.read()
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"browser-check: {what} did not start")
            time.sleep(0.25)


def find_chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    print("browser-check: chromium is missing; installing Debian's package (apt-get)", flush=True)
    subprocess.run(["apt-get", "update"], check=True)
    subprocess.run(["apt-get", "install", "-y", "chromium"], check=True, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    path = shutil.which("chromium")
    if not path:
        raise SystemExit("browser-check: apt-get installed no chromium")
    return path


class DevTools:
    """A very small Chrome DevTools protocol client over one page's websocket."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.ids = itertools.count(1)
        self.pending: dict[int, asyncio.Future] = {}
        self.requests: list[str] = []
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.ws:
            data = json.loads(message.data)
            if "id" in data and data["id"] in self.pending:
                self.pending.pop(data["id"]).set_result(data)
            elif data.get("method") == "Network.requestWillBeSent":
                self.requests.append(data["params"]["request"]["url"])
            elif data.get("method") == "Network.webSocketCreated":
                self.requests.append(data["params"]["url"])

    async def send(self, method: str, **params) -> dict:
        number = next(self.ids)
        future = asyncio.get_running_loop().create_future()
        self.pending[number] = future
        await self.ws.send_json({"id": number, "method": method, "params": params})
        reply = await asyncio.wait_for(future, 30)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    async def js(self, expression: str):
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")


async def drive(page_ws: str, url: str) -> list[str]:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(page_ws, max_msg_size=0) as ws:
            tools = DevTools(ws)
            await tools.send("Network.enable")
            await tools.send("Page.enable")
            await tools.send("Page.navigate", url=url)
            # textual-serve marks the body "-first-byte" once the app has drawn its first screen
            deadline = time.monotonic() + 60
            while not await tools.js("document.body && document.body.classList.contains('-first-byte')"):
                if time.monotonic() > deadline:
                    raise SystemExit("browser-check: the app never drew in the browser")
                await asyncio.sleep(0.25)
            await asyncio.sleep(3)  # the greeting comes from the engine thread just after the first frame
            await tools.js("document.querySelector('.xterm-helper-textarea').focus()")
            await tools.send("Input.insertText", text=FIRST_MESSAGE)
            await asyncio.sleep(0.5)
            for kind in ("keyDown", "keyUp"):
                await tools.send(
                    "Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter",
                    windowsVirtualKeyCode=13, nativeVirtualKeyCode=13, **({"text": "\r"} if kind == "keyDown" else {}),
                )
            await asyncio.sleep(4)  # the bot's answer, the insight panel
            shot = await tools.send("Page.captureScreenshot", format="png")
            SHOT.parent.mkdir(parents=True, exist_ok=True)
            SHOT.write_bytes(base64.b64decode(shot["data"]))
            tools.reader.cancel()
            return tools.requests


def main() -> int:
    chromium = find_chromium()
    port, debug_port = free_port(), free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "askfoi.cli", "--clinic", "--serve", "--port", str(port)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    profile = tempfile.mkdtemp(prefix="askfoi-chromium-")
    browser = None
    try:
        wait_http(base + "/", server, "askfoi --serve")
        browser = subprocess.Popen(
            [chromium, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-address=127.0.0.1",
             f"--remote-debugging-port={debug_port}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_http(f"http://127.0.0.1:{debug_port}/json/version", browser, "chromium")
        targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{debug_port}/json/list", timeout=5).read())
        page = next(t for t in targets if t.get("type") == "page")
        requests = asyncio.run(drive(page["webSocketDebuggerUrl"], base + "/"))
    finally:
        if browser is not None:
            browser.terminate()
            try:
                browser.wait(timeout=10)
            except subprocess.TimeoutExpired:
                browser.kill()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(profile, ignore_errors=True)
    allowed = (f"http://127.0.0.1:{port}/", f"ws://127.0.0.1:{port}/", "data:", "about:")
    outside = [u for u in requests if not u.startswith(allowed)]
    print(f"browser-check: {len(requests)} requests, all to 127.0.0.1:{port}" if not outside else "browser-check: requests beyond 127.0.0.1:")
    for u in sorted(set(requests)):
        print(f"  {'OUTSIDE ' if u in outside else ''}{u}")
    print(f"browser-check: screenshot saved to {SHOT.relative_to(REPO)}")
    return 1 if outside else 0


if __name__ == "__main__":
    sys.exit(main())
