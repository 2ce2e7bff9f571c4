"""rd47 (nc45 #3): one reader for a day typed as when a request was sent or a reply came (askfoi.pasted_reply.
typed_day): "sent last friday" at the finished letter is tracked from that Friday; in clinic mode (nothing kept) the
reply's due date is worked out from that Friday, never from today; `askfoi track add X --sent "last friday"` and the
other commands' dates read the same words."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.commands._io import UserError
from askfoi.commands.deadline import parse_date
from askfoi.deadlines import due_date, long_date
from askfoi.pasted_reply import typed_day
from tests.test_tr5 import TODAY, _finished, conversation

LAST_FRIDAY = date(2026, 11, 27)  # TODAY is Monday 30 November 2026


@pytest.mark.parametrize("typed", ["sent last friday", "sent it on friday", "sent 27th november", "sent 3 days ago"])
def test_sent_on_a_day_typed_in_words_is_tracked_from_that_day(tmp_path, typed):
    from askfoi.tracking import TrackStore

    conv = _finished(conversation())
    conv.tracker = TrackStore(tmp_path / "tracked.json")
    conv.reply(typed)
    [tracked] = conv.tracker.load()
    assert tracked.sent == LAST_FRIDAY


def test_clinic_mode_gives_the_due_date_from_the_day_typed():
    conv = _finished(conversation())  # clinic mode: no tracker
    said = " ".join(m.text for m in conv.reply("sent last friday").messages)
    due = due_date(LAST_FRIDAY, conv.letter().regime)
    assert long_date(due).replace(",", "") in said.replace(",", "")
    assert "I couldn't read" not in said


@pytest.mark.parametrize("typed", ["last friday", "friday", "27/11/2026", "2026-11-27", "27 november", "3 days ago"])
def test_the_commands_read_a_day_as_the_chat_does(typed):
    assert parse_date(typed, today=TODAY) == typed_day(typed, TODAY) == LAST_FRIDAY


@pytest.mark.parametrize("typed", ["next friday", "someday", "last year"])
def test_what_is_not_a_day_gone_is_refused(typed):
    with pytest.raises(UserError):
        parse_date(typed, today=TODAY)
