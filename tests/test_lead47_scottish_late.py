"""lead47 (rv55's note): whether a reply is late is counted by the request's own law. FOIA's working days leave out a
bank holiday in any part of the UK (s10(6)), FOISA's only Scotland's (s73): a request sent to Glasgow City Council on
Monday 2 March 2026 was due on Monday 30 March (St Patrick's Day is no Scottish holiday), so on Tuesday 31 March the
reply is late and the chaser is offered; FOIA's count (due 31 March) said it was not late yet."""

from datetime import date

from askfoi.reply_flow import ReplyFlow


def test_a_scottish_request_is_late_by_its_own_count():
    flow = ReplyFlow(today=lambda: date(2026, 3, 31), authority="Glasgow City Council", sent=date(2026, 3, 2))
    assert "chase" in flow.start().offers


def test_an_english_request_is_not_late_yet_that_day():
    flow = ReplyFlow(today=lambda: date(2026, 3, 31), authority="Kent County Council", sent=date(2026, 3, 2))
    assert "chase" not in flow.start().offers
