"""rv55 (nc55 #5, #7): one review deadline, counted from the reply's own date, on every screen that shows it (the
reply screen, the tracked list, the start screen), and the name a tracked request was signed with on the letters
written after a restart. The reply is the newcomer's (a school trust's answer dated 27 November 2026, read on
5 December 2026): 40 working days from 27 November is Wednesday 27 January 2027 (lead55: counted with
England and Wales's bank holidays, the person's safe date); from the day it was read, 3 February."""

from __future__ import annotations

from datetime import date

from askfoi.deadlines import add_working_days
from askfoi.reply_flow import ReplyFlow
from askfoi.tracking import TrackStore, status_row, statuses

TODAY = date(2026, 12, 5)
SENT = date(2026, 11, 6)
BODY = "Oakwood Academy Manchester"
REPLY = "\n".join([
    "Oakwood Academy Manchester", "Date: 27 November 2026", "Dear Ms Collins",
    "Freedom of Information Request Ref: FOI-2026-117", "Thank you for your request received on 6 November 2026.",
    "1. Number of exclusions: in 2024/25 there were 11 permanent exclusions and 198 suspensions.",
    "2. Breakdown by ethnicity: we hold this information. However some ethnic groups contain fewer than 5 pupils and "
    "disclosure could lead to the identification of individual children. This information is therefore withheld under "
    "section 40(2) of the Freedom of Information Act 2000, as disclosure would contravene the data protection principles.",
    "3. We do not hold any analysis or report on exclusion rates by ethnicity.",
    "If you are unhappy with the way your request has been handled you may ask for an internal review within 40 "
    "working days.", "Yours sincerely", "J. Patel, Governance Officer"])
RIGHT = date(2027, 1, 27)  # 40 working days from 27 Nov 2026 (25 and 28 Dec, 1 Jan not counted; lead55: Scotland's
# 30 Nov and 4 Jan are, on the person's safe side)


def _flow(tmp_path, **kw) -> tuple[ReplyFlow, TrackStore]:
    store = TrackStore(tmp_path / "tracked.json")
    signed = kw.pop("signed", None)
    store.add(BODY, SENT, title="exclusions", **({"name": signed} if signed else {}))
    kw.setdefault("authority", BODY)  # opened from the finished request (its body known)
    return ReplyFlow(today=lambda: TODAY, tracker=store, **kw), store


def test_the_one_rule_counts_from_the_reply_not_from_today():
    from askfoi.deadlines import review_request_by

    assert review_request_by(date(2026, 11, 27)) == RIGHT
    assert add_working_days(TODAY, 40) != RIGHT  # the day the panel showed (counted from the day it was read)


def test_the_tracked_list_shows_the_review_day_the_reply_screen_shows(tmp_path):
    flow, store = _flow(tmp_path)
    view = flow.read(REPLY)
    assert "27 January 2027" in view.message  # the reply screen
    [row] = statuses(store.load(), TODAY)
    assert row.request.replied == date(2026, 11, 27)  # the reply's own date, not the day it was read
    assert row.due == RIGHT
    panel = flow.tracked()
    assert "27 January 2027" in panel and "3 February 2027" not in panel
    assert "27 November 2026" in panel  # and says which day it counted from
    assert "27 November 2026" in view.message


def test_a_reply_day_typed_later_moves_the_tracked_review_day_too(tmp_path):
    flow, store = _flow(tmp_path)
    flow.read(REPLY)
    flow.received_on("01/12/2026")
    from askfoi.deadlines import review_request_by

    [row] = statuses(store.load(), TODAY)
    assert row.request.replied == date(2026, 12, 1) and row.due == review_request_by(date(2026, 12, 1))


def test_a_stated_shorter_window_is_the_day_on_the_list_too(tmp_path):
    flow, store = _flow(tmp_path)
    flow.read(REPLY.replace("within 40 working days", "within 20 working days"))
    [row] = statuses(store.load(), TODAY)
    step = next(s for s in flow.explained.next_steps if s.kind == "review")
    assert row.due == step.by < RIGHT


def test_the_start_screen_notice_counts_from_the_reply(tmp_path):
    from askfoi.templates import render

    flow, store = _flow(tmp_path)
    flow.read(REPLY)
    [row] = statuses(store.load(), TODAY)
    said = render("bot/tracked_waiting.j2", rows=[{"authority": BODY, "offer": row.offer, "due": row.due,
                                                   "days": row.days_left, "sar": False, "replied": row.request.replied}])
    assert "27 January 2027" in said and "27 November 2026" in said
    assert "27 January 2027" in " ".join(render("tracking/list.txt.j2", rows=[status_row(row)]).split())


def test_the_name_a_tracked_request_was_signed_with_signs_the_review_after_a_restart(tmp_path):
    flow, _ = _flow(tmp_path, signed="Sarah Collins")
    flow.read(REPLY)
    view = flow.write("review")
    assert "Sarah Collins" in view.body and "[YOUR NAME]" not in view.body
    assert "[YOUR NAME]" not in view.message
    unsigned, _ = _flow(tmp_path / "other")  # no name known: the placeholder stays
    unsigned.read(REPLY)
    assert "[YOUR NAME]" in unsigned.write("review").body


def test_after_a_restart_a_reply_from_the_trust_finds_the_request_its_greeting_names(tmp_path):
    # the newcomer's run: askfoi restarted (no body known), the reply sent by the school's trust, greeting "Ms Collins"
    flow, store = _flow(tmp_path, signed="Sarah Collins", authority=None)
    flow.read(REPLY.replace("Oakwood Academy Manchester", "Northern Star Academies Trust", 1))
    assert "Sarah Collins" in flow.write("review").body
    [row] = statuses(store.load(), TODAY)
    assert row.due == RIGHT


def test_a_greeting_of_someone_else_takes_no_name(tmp_path):
    flow, _ = _flow(tmp_path, signed="Sarah Collins", authority=None)
    flow.read(REPLY.replace("Oakwood Academy Manchester", "Northern Star Academies Trust", 1).replace("Ms Collins", "Mr Patel"))
    assert "Sarah Collins" not in flow.write("review").body




def test_a_name_learnt_after_tracking_is_kept_with_the_tracked_request(tmp_path):
    store = TrackStore(tmp_path / "tracked.json")
    store.add(BODY, SENT, title="exclusions")
    store.add(BODY, SENT, title="exclusions", name="Sarah Collins")
    [kept] = store.load()
    assert kept.name == "Sarah Collins"


def test_track_replied_on_the_command_line_counts_from_the_replys_own_date(tmp_path, capsys):
    import json

    from askfoi.cli import main

    path = tmp_path / "reply.txt"
    path.write_text(REPLY, encoding="utf-8")
    assert main(["track", "add", BODY, "--sent", SENT.isoformat()]) == 0
    capsys.readouterr()
    assert main(["track", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert main(["track", "replied", row["id"], "--reply", str(path)]) == 0  # marked on any later day
    said = capsys.readouterr().out
    assert "27 November 2026" in said and "27 January 2027" in said


def test_the_chaser_for_an_overdue_tracked_request_is_signed_with_its_name(tmp_path):
    store = TrackStore(tmp_path / "tracked.json")
    try:
        store.add("Leeds City Council", date(2026, 10, 1), title="damp", name="Sarah Collins")
    except TypeError:  # a store that keeps no name
        store.add("Leeds City Council", date(2026, 10, 1), title="damp")
    flow = ReplyFlow(today=lambda: TODAY, tracker=store)
    [(ident, _)] = flow.chasers()
    view = flow.chase_tracked(ident)
    assert "Sarah Collins" in view.body and "[YOUR NAME]" not in view.body
