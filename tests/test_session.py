"""Autosave and resume: the session file is complete, private, atomic, and a bad one is ignored."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date

import pytest

from askfoi.conversation import Conversation, Step
from askfoi.knowledge import user_data_dir
from askfoi.session import MemoryStore, SessionStore


def answered(*replies: str) -> Conversation:
    conv = Conversation(today=lambda: date(2026, 1, 5))
    conv.start()
    for reply in replies:
        conv.reply(reply)
    return conv


def test_saved_session_comes_back_whole():
    conv = answered("How many speed cameras are there?", "Essex Police")
    conv.session.pending_input = "2023 to 20"
    store = SessionStore()
    store.save(conv.session)
    assert store.path.parent == user_data_dir()
    loaded = store.load()
    assert loaded == conv.session
    assert loaded.step == Step.period and loaded.pending_input == "2023 to 20"
    # and the conversation carries on from it
    again = Conversation(loaded, today=lambda: date(2026, 1, 5))
    again.reply("2023")
    assert again.session.step == Step.parts


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_session_file_is_private_and_written_atomically():
    store = SessionStore()
    conv = answered("How many speed cameras are there?")
    store.save(conv.session)
    store.save(conv.session)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert os.listdir(store.path.parent) == [store.path.name]  # no temporary files left behind


@pytest.mark.parametrize("content", [b"", b"not json", b"\x00\xff\xfe", b'{"version": 99}', b'{"step": "nowhere"}'])
def test_damaged_session_file_means_no_session(content):
    store = SessionStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_bytes(content)
    assert store.load() is None


def test_missing_file_and_clear():
    store = SessionStore()
    assert store.load() is None
    store.clear()  # nothing to clear is fine
    store.save(answered("How many speed cameras are there?").session)
    store.clear()
    assert store.load() is None and not store.path.exists()


def test_memory_store_writes_nothing_to_disk():
    store = MemoryStore()
    conv = answered("How many speed cameras are there?", "Essex Police", "2023")
    conv.session.requester_name = "Jo Bloggs"
    store.save(conv.session)
    assert store.load() == conv.session
    assert not user_data_dir().exists()
    store.clear()
    assert store.load() is None
