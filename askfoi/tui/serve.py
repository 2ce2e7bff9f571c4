"""`askfoi --serve`: the chatbot in a web browser on this machine (textual-serve).

The server listens on 127.0.0.1 only, and its page (askfoi/tui/web/app_index.html, a copy of
textual-serve's with the Google Fonts link replaced by the font textual-serve ships) asks for
nothing beyond 127.0.0.1. Each browser tab runs its own `askfoi` process.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
DEFAULT_PORT = 8000
WEB_DIR = Path(__file__).resolve().parent / "web"


def serve_command(clinic: bool = False) -> str:
    """The shell command textual-serve runs for each browser tab."""
    return shlex.join([sys.executable, "-m", "askfoi.cli", *(["--clinic"] if clinic else [])])


def make_server(clinic: bool = False, port: int = DEFAULT_PORT) -> Any:
    """A textual_serve Server for askfoi on 127.0.0.1:PORT (ModuleNotFoundError without the extra)."""
    import textual_serve
    from textual_serve.server import Server

    return Server(
        serve_command(clinic),
        host=HOST,
        port=port,
        title="askfoi",
        templates_path=WEB_DIR,
        statics_path=Path(textual_serve.__file__).resolve().parent / "static",
    )
