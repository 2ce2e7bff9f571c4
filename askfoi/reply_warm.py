"""ny97 (nc94 #9): the reply reader's first reading, done before the person's own.

Reading the first reply after askfoi starts took ~30 s on a busy two-core machine (cProfile: /work/heldout/ny97/prof2.txt
in session 61): nearly all of it is one-time work, cached for the rest of the session (the reader's ~2,200 rules and
the covert-policing topics compiled, the organisations' names indexed, the exemptions loaded); the same reply read a
second time took 1 s. `warm_reply` does that work on a sample reply of askfoi's own (knowledge/vocab/warm_reply.yaml)
while the person is still pasting, and `wait_warm` lets the real reading wait for it rather than do the same work a
second time beside it."""
from __future__ import annotations

import threading
from datetime import date

from askfoi.knowledge import load_vocab

_LOCK = threading.Lock()
_DONE = threading.Event()
_STARTED = False


def warm_reply() -> None:
    """Read the sample reply once (no matching index: the similar past replies are not part of it). Safe to call from
    several threads: the work is done once, the others return at once."""
    global _STARTED
    with _LOCK:
        if _STARTED:
            return
        _STARTED = True
    try:
        from askfoi.reply_flow import ReplyFlow

        data, _ = load_vocab("warm_reply")
        sample = str((data or {}).get("sample") or "") if isinstance(data, dict) else ""
        if sample.strip():
            ReplyFlow(today=date.today, matcher=_Nothing()).read(sample)
    except Exception:  # noqa: BLE001 - a warm-up that fails only means the first reading does the work itself
        pass
    finally:
        _DONE.set()


def is_warm() -> bool:
    return _DONE.is_set()


def wait_warm(timeout: float | None = None) -> bool:
    """Wait for a warm-up already started (True at once when none was started or it has finished)."""
    with _LOCK:
        started = _STARTED
    return True if not started else _DONE.wait(timeout)


class _Nothing:
    """No matching index for the warm-up: similar answers are looked up by the real reading only."""

    def match(self, *args, **kwargs):
        raise LookupError("no matching index in the warm-up")
