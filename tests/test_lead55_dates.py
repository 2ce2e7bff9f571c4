"""lead55 (nc79 #10, #11): dates and words about time that the person relies on.

#10: the last day to ask for an internal review is a date the person must meet. FOIA s10(6) counts every part of the
UK's bank holidays for the authority's deadlines, which can make a 40-working-day window a day longer than the
English and Welsh count (Scotland's 4 January 2027). The person is told the earlier date; the statutory one decides
only whether a review was asked for too late.
#11: FOISA has no extension of time (no FOIA s10(3), no EIR reg 7): a late Scottish reply is never excused with
"unless they told you in time that they needed longer", and a Scottish body tracked from the reply screen is counted
by Scotland's calendar."""

from datetime import date

import pytest

from askfoi.deadlines import deadline, review_request_by
from askfoi.models import Regime


@pytest.mark.parametrize("replied, safe, latest", [
    (date(2026, 12, 6), date(2027, 2, 3), date(2027, 2, 4)),   # nc79's three replies: Scotland's 4 January 2027
    (date(2026, 12, 1), date(2027, 1, 29), date(2027, 2, 1)),  # also St Andrew's Day (30 Nov) is not in the window
    (date(2026, 12, 2), date(2027, 2, 1), date(2027, 2, 2)),
])
def test_the_review_date_outside_scotland_is_the_english_and_welsh_count(replied, safe, latest):
    assert review_request_by(replied) == safe
    assert review_request_by(replied, latest=True) == latest


def test_a_scottish_review_date_counts_scotlands_holidays():
    # Scotland's own calendar is the one its authorities count: no safer count to give
    assert review_request_by(date(2026, 12, 6), scotland=True) == review_request_by(date(2026, 12, 6), scotland=True,
                                                                                    latest=True)


def test_the_deadline_explanation_gives_the_safe_review_date_and_the_statutory_reply_date():
    d = deadline(date(2026, 11, 6))  # the reply's deadline counts St Andrew's Day (Monday 30 November): Monday 7 December
    assert d.due == date(2026, 12, 7)
    assert d.review_request_by == date(2027, 2, 4)  # the person's date: England and Wales's holidays alone
    assert review_request_by(date(2026, 12, 7), latest=True) == date(2027, 2, 5)
    assert "ask for an internal review by Thursday 4 February 2027" in d.explanation


@pytest.mark.parametrize("body, regime", [("City of Edinburgh Council", Regime.FOISA), ("Leeds City Council", Regime.FOIA)])
def test_the_reply_screen_tracks_a_scottish_body_under_foisa(tmp_path, body, regime):
    from askfoi.reply_flow import ReplyFlow
    from askfoi.tracking import TrackStore

    flow = ReplyFlow(today=lambda: date(2026, 12, 6), tracker=TrackStore(tmp_path / "tracked.json"), authority=body,
                     topic="short-term let licences", waiting=True)
    view = flow.track("sent 20 october")
    kept = TrackStore(tmp_path / "tracked.json").load()
    assert [r.regime for r in kept] == [regime]
    assert ("needed longer" in view.message) == (regime == Regime.FOIA)


@pytest.mark.parametrize("council, foisa", [("City of Edinburgh Council", True), ("Leeds City Council", False)])
def test_a_late_scottish_request_is_not_excused_by_an_extension_it_cannot_have(tmp_path, council, foisa):
    from askfoi.conversation import Conversation, Turn
    from askfoi.tracking import TrackStore

    conv = Conversation()
    conv.today = lambda: date(2026, 12, 6)
    conv.tracker = TrackStore(tmp_path / "tracked.json")
    for answer in (f"how many short term let licences has {council.lower()} granted since 2023",
                   council, "ok", "ok", "ok", "ok", "skip", "Jo Bloggs", "skip", "skip"):
        if conv.letter() is not None and conv.session.step.value == "done":
            break
        conv.reply(answer)
    assert conv.letter() is not None and (conv.letter().regime == Regime.FOISA) == foisa
    turn = Turn(messages=[])
    conv._track_sent("sent 20 october", turn)
    text = " ".join(m.text for m in turn.messages)
    assert "late" in text
    # FOIA s10(3) can give more time (the Leeds case is a guard); FOISA cannot
    assert ("needed longer" in text, "no extra time" in text) == ((False, True) if foisa else (True, False))
