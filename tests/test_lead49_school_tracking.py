"""lead49 (nc61 #5): a letter to a school marked sent says the school rule (20 school days, never more than 60
working days) and the latest day, never "already N days late" while that day is still to come."""

from datetime import date

from askfoi.conversation import Conversation, Step, Turn
from askfoi.tracking import TrackStore

TODAY = date(2026, 12, 5)


def _to_letter(tmp_path) -> Conversation:
    conv = Conversation()
    conv.today = lambda: TODAY
    conv.tracker = TrackStore(tmp_path / "tracked.json")
    for answer in ("how many pupils has oakfield primary school in leeds excluded in the last school year",
                   "Oakfield Primary School", "ok", "ok", "ok", "ok", "skip", "Jo Bloggs", "skip", "skip"):
        if conv.session.step == Step.done:
            break
        conv.reply(answer)
    return conv


def test_a_school_letter_sent_says_the_school_rule(tmp_path):
    conv = _to_letter(tmp_path)
    assert conv.letter() is not None
    turn = Turn(messages=[])
    conv._track_sent("sent 12 october", turn)  # the 20th working day (9 November) is past, the 60th (11 January) is not
    text = " ".join(m.text for m in turn.messages)
    assert "20 school days" in text and "11 January 2027 at the latest" in text
    assert "is already" not in text and "may already be late" in text


def test_a_school_letter_past_its_60th_working_day_is_late(tmp_path):
    conv = _to_letter(tmp_path)
    turn = Turn(messages=[])
    conv._track_sent("sent 1 august", turn)
    text = " ".join(m.text for m in turn.messages)
    assert "at least" in text and "working days late" in text


def test_the_finished_letter_to_a_school_gives_the_latest_day(tmp_path):
    conv = _to_letter(tmp_path)
    turn = Turn(messages=[])
    conv._ask(turn, Step.done)
    said = " ".join(m.text for m in turn.messages)
    assert "20 school days" in said and "Thursday 4 March 2027 at the latest" in said
    assert "the reply is due by Thursday 7 January 2027" not in said
