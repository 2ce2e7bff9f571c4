"""`askfoi --serve` without a browser: the server starts on a free loopback port, its page and the
files it names load from 127.0.0.1 alone, and the chatbot answers over the websocket."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("textual_serve")
aiohttp = pytest.importorskip("aiohttp")

REPO = Path(__file__).resolve().parent.parent
URL = re.compile(r"""(?:https?|wss?):(?://)?[^\s"'<>)]+|//[a-z0-9.-]+\.[a-z]{2,}[^\s"'<>)]*""", re.I)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server():
    port = free_port()
    env = dict(os.environ, ASKFOI_CLINIC="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "askfoi.cli", "--serve", "--port", str(port)],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"server did not start: {proc.stderr.read().decode()[-500:]}")
                time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read()


def test_served_page_loads_and_asks_for_nothing_beyond_127_0_0_1(server):
    status, body = get(f"http://127.0.0.1:{server}/")
    page = body.decode()
    assert status == 200 and "askfoi" in page and "data-session-websocket-url" in page
    urls = URL.findall(page)
    assert urls  # the script, the stylesheet, the fonts and the websocket are named
    for url in urls:
        assert re.match(rf"(?:https?|wss?)://127\.0\.0\.1:{server}/", url), url
    assert "googleapis" not in page and "@font-face" in page
    for url in urls:  # every file the page names is served here
        if url.startswith("http"):
            assert get(url)[0] == 200, url


def test_the_server_listens_on_loopback_only(server):
    tables = [Path("/proc/net/tcp"), Path("/proc/net/tcp6")]
    if not tables[0].exists():
        pytest.skip("no /proc/net/tcp to read the listening sockets from")
    listening = []
    for table in tables:
        if table.exists():
            for line in table.read_text().splitlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                address, port = local.split(":")
                if state == "0A" and int(port, 16) == server:  # 0A: LISTEN
                    listening.append(address)
    assert listening and all(a == "0100007F" for a in listening), listening  # 127.0.0.1 only


def test_the_chatbot_greets_over_the_websocket(server):
    async def talk() -> str:
        seen = ""
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(f"ws://127.0.0.1:{server}/ws?width=100&height=30") as ws:
                deadline = time.monotonic() + 40
                while time.monotonic() < deadline:
                    message = await ws.receive(timeout=deadline - time.monotonic())
                    if message.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT):
                        data = message.data if isinstance(message.data, str) else message.data.decode("utf-8", "replace")
                        seen += re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", data)
                        if "Freedom of Information" in seen:
                            break
                    else:
                        break
        return seen

    seen = asyncio.run(talk())
    assert "Freedom of Information" in seen


def test_port_out_of_range_is_a_one_line_error():
    out = subprocess.run([sys.executable, "-m", "askfoi.cli", "--serve", "--port", "70000"], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.returncode == 2 and "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
