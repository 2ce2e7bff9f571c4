"""fu21: follow-up letters say only what is true (issue 10; nu24 items 5, 10, 11). Invented wording, each with a
second phrasing."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.followup import complaint_letter, review_letter
from askfoi.reply_explain import explain_reply, explanation_text

TODAY = date(2026, 12, 1)

COST = ("Dear Mr Okafor\n\nReference: FOI/2026/7712\n\nWe estimate that complying with your request would exceed the "
        "appropriate limit of £450 under section 12 of the Freedom of Information Act 2000, as each of the 4,100 case "
        "files would have to be read by hand.\n\n{advice}\n\nYou can ask for an internal review within 40 working days. "
        "If you are still unhappy you can complain to the Information Commissioner.\n\nYours sincerely\nNorthshire "
        "County Council\n")
SCOT_COST = ("Dear Ms Baird\n\nOur reference: FOI 26-0912\n\nThe council estimates that the cost of complying would "
             "exceed £600, so section 12(1) of the Freedom of Information (Scotland) Act 2002 applies.\n\n{advice}\n\n"
             "You may ask for a review within 40 working days.\n\nEastshire Council\n")

# --- 1. advice in the reply is read, quoted, and never called missing -------------------------------------------------

ADVICE = [
    "Under our duty to advise and assist, you might like to consider narrowing the request, for instance to one quarter.",
    "By way of help, we suggest you could ask for the total for a single depot.",
    "You may wish to ask for the overall number of appeals upheld, which we could provide.",
    "It may be possible to answer a request covering the figure for one district only.",
]


@pytest.mark.parametrize("advice", ADVICE)
def test_a_cost_refusal_that_advises_is_quoted_not_called_silent(advice):
    reply = COST.format(advice=advice)
    body = review_letter(reply, received=date(2026, 11, 20), today=TODAY).body
    assert "Your response suggested:" in body and advice.split(",")[0] in body
    assert "Please tell me what I could ask for" not in body
    text = explanation_text(explain_reply(reply, today=TODAY))
    assert "does not seem to suggest how to narrow" not in " ".join(text.split())
    complaint = complaint_letter(reply, authority="Northshire County Council", today=TODAY).body
    assert "did not advise me how to narrow" not in complaint


@pytest.mark.parametrize("reply", [COST.format(advice="Regards."), SCOT_COST.format(advice="Thank you.")])
def test_a_cost_refusal_without_advice_still_asks_for_it(reply):
    body = review_letter(reply, received=date(2026, 11, 20), today=TODAY).body
    assert "Please tell me what I could ask for" in body and "Your response suggested" not in body
    complaint = complaint_letter(reply, authority="Eastshire Council", today=TODAY).body
    assert "as far as its response shows, it did not advise me how to narrow my request" in complaint  # fu28: said of the response, never vouched for
    assert "does not seem to suggest how to narrow" in " ".join(explanation_text(explain_reply(reply, today=TODAY)).split())


def test_scottish_advice_read_too():
    reply = SCOT_COST.format(advice="In line with section 15 we suggest you could ask for the figure for one ward.")
    body = review_letter(reply, received=date(2026, 11, 20), today=TODAY).body
    assert "Your response suggested:" in body and "Please tell me what I could ask for" not in body
    complaint = complaint_letter(reply, authority="Eastshire Council", today=TODAY).body
    assert "did not advise me how to narrow" not in complaint


# --- 2. only what the reply suggested is narrowed "as your response suggested" -------------------------------------------

REQUEST = "How many fly-tipping reports did Eastshire Council receive between January 2021 and December 2024, and how much did clearing them cost?"


@pytest.mark.parametrize("advice", [
    "In line with section 15 we suggest you could ask for the figure for a single ward.",
    "We would suggest limiting your request to one ward, which we may be able to answer.",
])
def test_a_unit_suggested_adds_no_period_the_reply_never_named(advice):
    body = review_letter(SCOT_COST.format(advice=advice), request=REQUEST, received=date(2026, 11, 20), today=TODAY).body
    narrowed = body.split("narrowed as your response suggested:", 1)[1].split("I look forward")[0]
    assert "one ward ([NAME THE WARD])" in narrowed
    assert "2024" not in narrowed and "2025" not in narrowed and "period" not in narrowed, narrowed


@pytest.mark.parametrize("advice,period", [
    ("You may wish to consider narrowing your request, for example to a single month.", "December 2024"),
    ("If you were to reduce the period to three months we may be able to help.", "October 2024"),
])
def test_a_period_suggested_is_the_one_used(advice, period):
    body = review_letter(COST.format(advice=advice), request=REQUEST, received=date(2026, 11, 20), today=TODAY).body
    narrowed = body.split("narrowed as your response suggested:", 1)[1].split("I look forward")[0]
    assert period in narrowed, narrowed


# --- 7. the request summary is the question only: the story after it stays out ------------------------------------------

# ck23b (nu25 item 9): the summary is rendered from the question's frames ("for the number of potholes fixed (...)"),
# never the person's sentence; these expectations were the person's words with the story cut, now the frames
@pytest.mark.parametrize("said,expect", [
    ("i asked leeds city council how many potholes were fixed in 2025, i sent it on 1st october and heard nothing back",
     "for the number of potholes fixed (1 January 2025 to 31 December 2025)"),
    ("I emailed Bristol council asking how many parking fines were issued on Park Street last year, they never replied",
     "for the number of parking fines issued on Park Street ("),
    ("i asked derby council how many fines were issued in 2025 i sent it on 4 october",
     "for the number of fines issued (1 January 2025 to 31 December 2025)"),
    ("we asked the county council how many libraries closed in 2024 and heard nothing back",
     "for the number of libraries closed (1 January 2024 to 31 December 2024)"),
])
def test_the_story_after_the_question_is_not_the_request(said, expect):
    from askfoi.followup import chase_letter
    from askfoi.pasted_reply import asked_topic

    topic = asked_topic(said)
    assert topic.startswith(expect)
    body = chase_letter(date(2026, 10, 1), authority="Leeds City Council", topic=topic, today=TODAY).body
    assert f"It asked {topic}." in body
    assert "sent it" not in body and "heard nothing" not in body and "never replied" not in body


def test_a_second_thing_asked_stays_in_the_request():
    from askfoi.pasted_reply import asked_topic

    said = "I asked Kent Police how many officers were disciplined, and whether any were dismissed, in 2024"
    topic = asked_topic(said)  # ck23b: rendered from its frames, both things asked kept
    assert "officers disciplined" in topic and "dismissed" in topic and "2024" in topic


# --- 3. parts answered are not called owed ----------------------------------------------------------------------------

MIXED = ("Dear Mr Reid\n\nReference: FOI/26/5520\n\n1. The number of blue badge applications refused in 2025.\n"
         "{first}\n\n2. The average time taken to decide an application.\nThe average time was 6 weeks.\n\n"
         "3. The number of refusals overturned on appeal, broken down by GP surgery.\nWe estimate that providing this by "
         "surgery would exceed the appropriate limit of £450, as each appeal file would need to be read by hand. "
         "Section 12 applies to this part. {advice}\n\nYou can ask for an internal review within 40 working days.\n\n"
         "Westshire County Council\n")


@pytest.mark.parametrize("first,advice", [
    ("Westshire County Council refused 2,310 applications for a blue badge in 2025.",
     "You may wish to ask for the total number overturned, which we could provide."),
    ("In 2025 the council refused 2,310 applications.", "We could provide the overall total within the cost limit instead."),
])
def test_parts_answered_are_not_owed(first, advice):
    from askfoi.models import Outcome
    from askfoi.reader import read_reply

    reply = MIXED.format(first=first, advice=advice)
    reading = read_reply(reply)
    outcomes = {p.number: p.outcome for p in reading.parts}
    assert outcomes["1"] == Outcome.disclosed and outcomes["3"] == Outcome.cost_limit, outcomes
    body = review_letter(reply, received=date(2026, 11, 25), today=TODAY).body
    assert "part 1" not in body.split("The cost estimate")[0]
    assert "part 3 (refused on cost)" in body


# --- 4. a late reply that answers is an answer ---------------------------------------------------------------------------

@pytest.mark.parametrize("reply", [
    "Dear Ms Patel\n\nYour request received 2 September 2026 - ref FOI 77120\n\nPlease accept our apologies for the delay "
    "in responding.\n\nYou asked for the number of abandoned vehicles reported in 2025. There were 1,906 abandoned "
    "vehicles reported in 2025.\n\nNorthshire Council, Information Management\n",
    "Dear Mr Lee\n\nSorry this response is late.\n\nYou asked how many fixed penalty notices were issued for littering in "
    "2024. In 2024, there were 3,410 fixed penalty notices issued for littering.\n\nEastshire Council\n",
])
def test_a_late_reply_that_answers_is_given_not_unclear(reply):
    from askfoi.models import Outcome
    from askfoi.pasted_reply import reads_as_reply
    from askfoi.reader import read_reply

    reading = read_reply(reply)
    assert reading.outcome == Outcome.disclosed and not reading.unclear
    assert reads_as_reply(reply)  # pasted in the chat it is a reply, not a new request


# --- 5. "not held centrally ... by each school": held across its own parts is held by it ----------------------------------

@pytest.mark.parametrize("reply,parts", [
    ("Dear Mr Hall\n\nYou asked for the number of students disciplined for plagiarism in 2024/25.\n\nThe University does "
     "not hold this information centrally. Misconduct cases are dealt with by each faculty and are not recorded by type. "
     "The University therefore does not hold information within the scope of your request.\n\nFor completeness, 11 "
     "students were excluded for misconduct of any kind in 2024/25.\n\nNorthshire University\n", "faculties"),
    ("Dear Ms Cole\n\nYou asked for the number of falls on wards in 2025.\n\nThis information is not recorded centrally; "
     "incident logs are kept locally by each ward. We therefore do not hold it. For context, the trust had 52 wards in "
     "2025.\n\nEastshire NHS Trust\n", "wards"),
])
def test_held_by_its_own_parts_is_argued_as_held(reply, parts):
    from askfoi.followup import grounds_for
    from askfoi.reader import read_reply

    body = review_letter(reply, received=date(2026, 11, 20), today=TODAY).body
    assert "exemption not named" not in body.lower() and "without saying which exemption" not in body
    assert grounds_for(read_reply(reply)) == ["not_held"]
    assert f"by each of your {parts}" in body and "section 3(2)" in body, body


# --- 6. NCND reviews: the right question, never the body itself among "others", a warning on a named person ---------------

@pytest.mark.parametrize("lead", ["I note you seek access to the following information:",
                                  "You asked for the following information:"])
def test_the_first_question_quoted_is_the_first_asked(lead):
    from askfoi.reply_request import request_in_reply

    reply = (f"Request reference: 2026/0412\n\n{lead}\n\n1. Does the force use cell site simulators?\n2. How many "
             "drones did the force buy in 2025?\n\nDECISION\nQuestion 2: 4 drones were bought.\nQuestion 1: The force can "
             "neither confirm nor deny whether it holds the information, by virtue of section 31(3).\n")
    stated = request_in_reply(reply)
    assert stated.question == "Does the force use cell site simulators?" and stated.questions == 2


@pytest.mark.parametrize("sentence,name", [
    ("I write in connection with your request for information received by the Metropolitan Police Service (MPS) on "
     "14/10/2026.", "Metropolitan Police Service"),
    ("Thank you for your FOI request, received by the Metropolitan Police Service on 2 November 2026.",
     "Metropolitan Police Service"),
])
def test_the_body_that_received_the_request_is_the_sender(sentence, name):
    from askfoi.reply_explain import OtherAnswer, answered_differently
    from askfoi.reply_sender import reply_sender
    from askfoi.reader import read_reply
    from askfoi.models import Outcome

    reply = sentence + "\n\nThe MPS can neither confirm nor deny whether it holds the information, by virtue of section 31(3).\n"
    assert reply_sender(reply) == name
    others = [OtherAnswer(authority=a, title="Facial recognition", outcome=Outcome.disclosed, url="https://x.example/" + a[:3],
                          ncnd=False) for a in ("Metropolitan Police Service", "Gwent Police")]
    kept = answered_differently(read_reply(reply), others, "Metropolitan Police Service (MPS)")
    assert [o.authority for o in kept] == ["Gwent Police"]


@pytest.mark.parametrize("reply", [
    "Dear Requester\n\nThank you for your request asking whether Northshire Police is investigating Jane Roe of 3 Elm "
    "Road for fraud.\n\nNorthshire Police can neither confirm nor deny that it holds any information relevant to your "
    "request by virtue of section 40(5B) of the Freedom of Information Act 2000.\n\nNorthshire Police\n",
    "Dear Sir\n\nYou asked whether the council has received complaints about your neighbour, Mr A Smith.\n\nThe council "
    "will neither confirm nor deny whether it holds this information, as to do so would disclose personal data: section "
    "40(5B) of the Freedom of Information Act applies.\n\nEastshire Council\n",
])
def test_an_ncnd_on_a_named_person_warns_and_asks_for_no_anonymised_data(reply):
    letter = review_letter(reply, today=TODAY)
    assert letter.caution and "very unlikely to succeed" in letter.caution
    assert "anonymised" not in letter.body and "I do not want anyone's personal information" not in letter.body


def test_other_ncnd_replies_carry_no_such_warning():
    reply = ("Dear Ms Hill\n\nYou asked whether the force uses covert drones.\n\nThe force can neither confirm nor deny "
             "whether it holds this information, by virtue of sections 24(2) and 31(3) of the Freedom of Information Act "
             "2000.\n\nNorthshire Police\n")
    caution = review_letter(reply, today=TODAY).caution
    # (fu29: a covert question met with NCND is told about the overt re-ask instead, never the named-person warning)
    assert caution is None or "very unlikely to succeed" not in caution


# --- 8. after a restart, an overdue tracked request is named even when the app offers to carry on -------------------------

@pytest.mark.parametrize("carry_on", [True, False])
async def test_overdue_tracked_request_named_beside_the_resume_offer(tmp_path, monkeypatch, carry_on):
    import askfoi.tui.app as tui_app
    from askfoi.tracking import TrackStore
    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.screens import ConfirmScreen
    from textual.widgets import Input

    store = TrackStore(tmp_path / "tracked.json")
    store.add("Leeds City Council", date(2026, 10, 1))  # due 29 October: overdue on 1 December
    monkeypatch.setattr(tui_app, "_tracker", lambda: TrackStore(tmp_path / "tracked.json"))

    async def settle(pilot):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    first = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with first.run_test() as pilot:
        await settle(pilot)
        first.query_one("#prompt", Input).value = "How many potholes did Leeds City Council fix in 2025?"
        await pilot.press("enter")
        await settle(pilot)
        await pilot.pause(1.2)
        await settle(pilot)
    second = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with second.run_test() as pilot:
        await settle(pilot)
        assert isinstance(second.screen, ConfirmScreen)
        # nz85 (nc85, privacy): the offer may be seen by someone else on a shared computer: the tracked requests are
        # named in the chat after the choice, never in the offer
        assert "Leeds City Council" not in second.screen.question
        await pilot.press("enter" if carry_on else "escape")
        await settle(pilot)
        said = " ".join(b.message.text for b in second.query("Bubble"))
        assert "overdue" in said


# --- 6b. a request summed up as a clause keeps its verb ----------------------------------------------------------------

@pytest.mark.parametrize("sentence,topic", [
    ("Thank you for your request dated 5 November 2026 asking whether Northshire Police is investigating fly-tipping "
     "at Elm Road.", "whether Northshire Police is investigating fly-tipping at Elm Road"),
    ("Your request dated 3 October 2026 asked how many streetlights were repaired on Mill Lane in 2025.",
     "how many streetlights were repaired on Mill Lane in 2025"),
])
def test_a_clause_topic_is_not_cut_at_its_verb(sentence, topic):
    from askfoi.reply_request import request_in_reply

    assert request_in_reply(sentence + "\n\nWe do not hold this information.\n").topic == topic
