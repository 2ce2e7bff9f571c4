"""af99 (nc97 #2, j8): the reader's own note on a personal-data refusal (s40(2), FOISA s38(1)(b), EIR reg 13) of a
senior post-holder's pay or expenses says what is right for it (the legitimate interests test, the post's seniority,
pay often published in the accounts), never "Ask for anonymised figures", which cannot answer a question about one
post. Other personal-data refusals keep the anonymised-figures advice (guards). The replies are my own words."""

from __future__ import annotations

from datetime import date

from textual.widgets import Static

from askfoi.reply_explain import explain_reply
from askfoi.reply_flow import ReplyFlow
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import read_reply, settle

TODAY = date(2026, 12, 7)
HEAD = ("Dear Mr Patel,\n\nThank you for your request received on 2 November 2026 for the salary and expense claims of "
        "the headteacher of Oakfield Academy for 2025/26.\n\nThis information is the personal data of an identifiable "
        "individual, and disclosing it would breach the data protection principles. It is therefore exempt under "
        "section 40(2) of the Freedom of Information Act 2000.\n\nYou may ask for an internal review within 40 working "
        "days.\n\nYours sincerely,\n\nData Protection Lead\nOakfield Academy Trust\n27 November 2026\n")
SCOT = ("Dear Ms Reid,\n\nThank you for your request of 4 November 2026 for the bonus paid to the Chief Executive in "
        "2025.\n\nThe information is personal data and is exempt under section 38(1)(b) of the Freedom of Information "
        "(Scotland) Act 2002.\n\nYou may ask us to review this decision within 40 working days.\n\nYours sincerely,\n\n"
        "Information Officer\nFife Council\n26 November 2026\n")
VAGUE = HEAD.replace("the salary and expense claims of the headteacher of Oakfield Academy for 2025/26",
                     "the information described in your email")
COUNTS = HEAD.replace("the salary and expense claims of the headteacher of Oakfield Academy for 2025/26",
                      "the number of pupils excluded from each year group in 2025/26").replace(
    "This information is the personal data", "Because the numbers are small, this information is the personal data")


def _note(text: str, **options) -> str:
    explained = explain_reply(text, today=TODAY, **options)
    return next(n.meaning for n in explained.sections if n.section in ("40(2)", "FOISA 38(1)(b)", "38(1)(b)"))


def test_a_headteachers_pay_is_explained_by_the_legitimate_interests_test():
    note = _note(HEAD)
    assert "Ask for anonymised figures" not in note
    assert "legitimate interests" in note and "senior" in note


def test_a_scottish_chief_executives_bonus_too():
    note = _note(SCOT, scotland=True)
    assert "Ask for anonymised figures" not in note and "legitimate interests" in note


def test_the_post_said_only_in_the_chat_counts():
    flow = ReplyFlow(today=lambda: TODAY, story="the academy refused my foi about the head teacher's pay and expenses")
    flow.start()
    body = " ".join(flow.read(VAGUE).body.split())
    assert "Ask for anonymised figures" not in body and "legitimate interests" in body


def test_guard_small_numbers_of_pupils_keep_the_anonymised_figures_advice():
    assert "Ask for anonymised figures or totals" in _note(COUNTS)
    assert "Ask for anonymised figures or totals" in _note(VAGUE)


async def test_at_80x24_the_result_screen_says_the_test_for_a_senior_post(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await read_reply(pilot, HEAD)
        shown = " ".join(str(screen.query_one("#reply-body", Static).render()).split())
        assert "section 40(2)" in shown
        assert "Ask for anonymised figures" not in shown and "legitimate interests" in shown
