"""rd47 (nc45 #5): `askfoi track ics ID` printed to stdout keeps RFC 5545's CRLF line ends (the CLI's safe stream
keeps a CRLF, an ordinary line end, and still turns a lone carriage return into a newline); a subject access request's
calendar event says "subject access request", never FOI or "SAR request"."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from askfoi.models import Regime
from askfoi.safe_text import SafeStream
from askfoi.tracking import TrackStore, ics

ROOT = Path(__file__).resolve().parent.parent


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, ASKFOI_DATA_DIR=str(data))
    return subprocess.run([sys.executable, "-m", "askfoi.cli", *args], capture_output=True, cwd=ROOT, env=env,
                          timeout=120)


def test_ics_on_stdout_has_crlf_line_ends(tmp_path):
    added = _cli(tmp_path, "track", "add", "Kent Police", "--sent", "2/11/2026")
    assert added.returncode == 0, added.stderr
    ident = added.stdout.decode().split()[1].rstrip(":")
    out = _cli(tmp_path, "track", "ics", ident)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
    assert out.stdout.endswith(b"END:VCALENDAR\r\n")
    assert out.stdout.count(b"\n") == out.stdout.count(b"\r\n")


def test_the_safe_stream_keeps_crlf_and_still_cleans():
    sink = io.StringIO(newline="")
    SafeStream(sink).write("one\r\ntwo\rthree\x1b[31m\r\n")
    assert sink.getvalue() == "one\r\ntwo\nthree\r\n"


def test_a_subject_access_request_is_never_called_foi(tmp_path, monkeypatch):
    monkeypatch.setenv("ASKFOI_DATA_DIR", str(tmp_path))
    text = ics(TrackStore().add("Leeds City Council", date(2026, 11, 2), regime=Regime.SAR))
    flat = text.replace("\r\n ", "")
    assert "SUMMARY:Subject access request reply due: Leeds City Council" in flat
    assert "your subject access request" in flat
    assert "FOI" not in flat and "SAR request" not in flat
