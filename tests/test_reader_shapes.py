"""Round 7 of the reply reader (issue 10): one group of short invented replies per cause of error found on the
"fresh3" split once it became tuning material (docs/notes/rd7.md has the table of causes). Every text here was
written for these tests; none is copied from a labelled reply.

The causes: an answer recognised by its shape with no decision word (answers under restated questions, a document
named as sent, nil answers, an answer after a dash); a cost-limit decision told apart from a partial answer, a
goodwill gift and an explanation per question; a figure table cut short by a hedge in the same run-on line; a give
told inside a published sentence; an intention to publish; "the EIRs regulation 10(4)(b)" in a Scottish reply.
"""

from __future__ import annotations

import json

import pytest

from askfoi.reader import read_reply, read_sentences


def _outcome(text: str) -> str:
    reading = read_reply(text)
    return reading.outcome.value + ("?" if reading.unclear else "")


# --- answers under restated questions, with no decision words --------------------------------------------------

QUESTIONS_AND_ANSWERS = [
    # each question restated, its answer under it
    ("Q1) How many floods were reported in 2023? Twelve. Q2) How many homes were affected? 31. "
     "Q3) How many people were moved out? None.", "disclosed", 3),
    ("How many gritters does the council own? The council owns 14 gritters. Which depot are they kept at? "
     "They are kept at the Hillside depot.", "disclosed", 2),
    # a "You asked:" block whose answers sit under each question, and a refusal for the last
    ("I can confirm that we hold the information you require. You asked: 1. How long has the hotline been open? "
     "Since 2009. 2. Who runs it? It is run by our customer services team. 3. Can you publish the call scripts? "
     "We are not obliged to provide you with the requested information as it is exempt under section 31(1)(a).",
     "part_disclosed", 3),
    # one question answered, one not held
    ("How many staff work at the depot? 42. How much was spent on overtime? We do not hold this information.",
     "part_disclosed", 2),
]


@pytest.mark.parametrize("text,outcome,n_parts", QUESTIONS_AND_ANSWERS)
def test_answers_under_restated_questions(text, outcome, n_parts):
    reading = read_reply(text)
    assert (reading.outcome.value, reading.unclear) == (outcome, False)
    assert len(reading.parts) == n_parts


def test_a_statement_under_a_restated_question_is_an_answer_not_the_request():
    text = "You asked: 1. When did the scheme start? In 2012. 2. Please give the start date of each phase?"
    roles = {s.text: s.role for s in read_sentences(text)}
    assert roles["In 2012."] == "other"
    assert "request" in roles.values()


def test_a_request_quoted_whole_then_one_answer_is_not_read_question_by_question():
    text = ("You asked: How many parking fines were issued? How many were cancelled? Response: We do not hold "
            "this information as parking is enforced by the county council.")
    reading = read_reply(text)
    assert reading.outcome.value == "not_held" and reading.parts == []


def test_the_requesters_own_follow_up_under_a_question_stays_the_request():
    text = "You asked: How many buses were bought? Please break this down by year. Response: Please see the attached spreadsheet."
    sentences = {s.text: s.role for s in read_sentences(text)}
    assert sentences["Please break this down by year."] == "request"


# --- answers named by what was sent, nil answers, an answer after a dash ----------------------------------------

NO_DECISION_WORDS = [
    "Final response: Please see below the answers to your request and on the accompanying spreadsheet.",
    "The Parks Team have provided the information as a separate document to this response.",
    "The figures provided are for the planting of street trees on roads the council maintains.",
    "Thank you for your request. Please refer below for the information requested. Grass cutting: weekly.",
    "Response 03-02-2020 Nil by the council directly. Town partnerships may fund events themselves.",
    "Please could you tell me whether the hospital has bought a bariatric ambulance since 2019. - No.",
    "FOI 2231 Information provided ...",
]


@pytest.mark.parametrize("text", NO_DECISION_WORDS)
def test_an_answer_without_decision_words_is_given_not_unclear(text):
    assert _outcome(text) == "disclosed"


NOT_ANSWERS = [
    # the same shapes that do not answer
    ("Please could you tell me whether the hospital has bought a bariatric ambulance since 2019. - N/A.", "pending?"),
    ("Information provided by the requester has been passed to our legal team.", "pending?"),
]


@pytest.mark.parametrize("text", [
    "We intend to publish the figures on our website in the spring.",
    "I can confirm that we hold this information. It will be published on our website in due course, alongside the "
    "consultation response. Section 22(1) of the FOIA (information intended for future publication) provides that "
    "information is exempt if: a) it is held with a view to publication, b) it was so held when the request was made.",
])
def test_publication_to_come_is_held_back_not_published(text):
    reading = read_reply(text)
    assert reading.outcome.value == "refused" and reading.parts == []


NCND_WHOLE = [
    # an NCND of the whole request: the class exemption beside it is its ground
    ("The information you requested is considered exempt under section 30. The Council can neither confirm nor deny "
     "that it holds information relevant to any part of your request. All of the information you have requested is "
     "exempt by virtue of section 30(1). In accordance with section 30(3), the duty to confirm or deny does not arise.",
     "ncnd"),
    # an NCND of one thing beside a withholding of another: two decisions
    ("The names of the officers are withheld under section 40(2). We neither confirm nor deny whether we hold any "
     "disciplinary records about them, by virtue of section 40(5).", "refused"),
    ("The information you requested is exempt under section 31(1)(a). In addition, the force neither confirms nor "
     "denies whether it holds information on covert tactics, by virtue of section 31(3).", "refused"),
    # the reasons "set out as follows" are not the information
    ("We neither confirm nor deny whether we hold this information. The reasons for this are set out as follows. "
     "Section 23(5) applies.", "ncnd"),
]


# --- cost-limit decision vs a partial answer, a goodwill gift and a per-question explanation ----------------------

COST = [
    # "not all of it" because it is too costly refuses the whole
    ("Unfortunately, we are unable to provide you with all the information you have requested as it would prove "
     "too costly within the context of the fee regulations.", "cost_limit"),
    # a goodwill gift, then the parts: still a cost refusal
    ("Our records are not organised in a way that allows us to provide this information within the appropriate "
     "limit. As a gesture of goodwill I have supplied figures retrieved before it was realised the limit would be "
     "exceeded. For Question 2, every file would need to be read. This would exceed the 18 hours. For Question 3 "
     "we have provided the overall totals.", "cost_limit"),
    # a cost refusal naming every question, with an explanation under each
    ("In relation to Question 1 / 2 and 3. Below is an explanation of why this information cannot be retrieved "
     "within the cost limit. Question 1 - our system cannot search by breed, and there are 6,000 records to read. "
     "Question 2 - we have included figures for all seizures as listed on our system. Question 3 - each file "
     "would need to be read.", "cost_limit"),
    # the size of the search is not an answer, and an intention to publish is not published
    ("We have identified 392 records that fall within the scope of your request. Reviewing them all would be too "
     "big a task, so we are applying regulation 10(4)(b) of the EIRs to your request. However, it is our "
     "intention to publish the maps on our website.", "cost_limit"),
    # a partial answer that refuses one part on cost: partly given
    ("1. The council employed 120 wardens in 2023. 2. To answer this question would exceed the appropriate limit "
     "of 18 hours under section 12.", "part_disclosed"),
    ("We can only provide costs from 2015 onwards, as earlier charges were not separated from the grounds contract. "
     "2015 - £9,100 2016 - £8,900 2017 - £8,700.", "part_disclosed"),
    # a named share refused on cost beside an answer in words: partly given
    ("We can confirm the contract was awarded to Serco. Locating the tender documents would exceed the cost limit "
     "under section 12.", "part_disclosed"),
    ("In answer to your first question, the school has 4 CCTV cameras. Your second question would require us to "
     "review all footage, which would exceed the cost limit.", "part_disclosed"),
    # ... but a description of where and how things are recorded is the search, not an answer
    ("Our finance system is operated by Agresso. Identifying the payments you describe would require a manual "
     "search of 20,000 transactions, which would exceed the cost limit.", "cost_limit"),
    ("The information is held by each of our 14 departments. Collating the spend on consultants across all "
     "departments would exceed the appropriate limit.", "cost_limit"),
    ("The Council has 12 depots. To answer your question we would need to visit each depot and examine paper logs, "
     "which would exceed the 18 hour limit. Your request is therefore refused under section 12.", "cost_limit"),
    ("We hold the figures for 2019 only: 340 complaints. Earlier years would exceed the cost limit.", "part_disclosed"),
    # advice to narrow beside an answer, and a search within the limit, decide nothing on cost
    ("Please find the figures attached. If you would like a breakdown by ward, please narrow your request to one year "
     "so that we can answer it within the cost limit.", "disclosed"),
    ("The figures are attached. Our search took about 6 hours, well within the appropriate limit.", "disclosed"),
    # advice beside a cost refusal of the whole keeps it a cost refusal
    ("We estimate that it would take 40 hours to locate and extract this information, which exceeds the cost limit. "
     "Under section 16, you may wish to narrow your request, for example to a single year.", "cost_limit"),
    # a mention of the limit is not a decision
    ("The search took less than the 18 hours allowed. There were 42 complaints in 2022.", "disclosed"),
]




def test_a_part_refused_on_cost_is_shown_with_the_cost_section():
    reading = read_reply(COST[4][0])
    by_part = {p.number: p.outcome.value for p in reading.parts}
    assert by_part == {"1": "disclosed", "2": "cost_limit"}
    assert "12" in reading.sections


# --- layout: a hedge in a run-on table line, a give inside a published sentence, the EISR named as "the EIRs" -------

def test_a_table_before_a_hedge_in_the_same_line_is_an_answer():
    text = ("Make | Type | Journeys | Kia EV6 | Electric | 4 | Volvo V90 | Hybrid | 11 | Not held | Electric | 2 | "
            "It may be helpful to know that organisers often provide transport, however we do not hold complete "
            "records of the vehicles used.")
    assert _outcome(text) == "part_disclosed"


def test_a_hedged_estimate_is_still_not_an_answer():
    text = "We do not hold a record of this. There may be 20 or so such cases in the archive."
    assert _outcome(text) == "not_held"


def test_a_give_told_inside_a_published_sentence_is_the_publication():
    text = ("A link to a previously published response where we attached the current staff handbook is below. "
            "Under section 21 we are not obliged to supply a copy as it is already accessible to you.")
    assert _outcome(text) == "published"


def test_the_eirs_regulation_10_is_the_eisr():
    text = "We are applying regulation 10(4)(b) of the EIRs to your request as it is manifestly unreasonable."
    reading = read_reply(text)
    # rd28: "manifestly unreasonable" with no burden measured is refused, not the cost refusal's counterpart
    assert "EISR 10(4)(b)" in reading.sections and reading.outcome.value == "refused"
    costly = read_reply(text[:-1] + ": complying would place an unreasonable burden on our staff.")
    assert "EISR 10(4)(b)" in costly.sections and costly.outcome.value == "cost_limit"


def test_a_record_not_had_in_a_part_is_not_held_but_a_thing_not_had_is_an_answer():
    record = read_reply("1. 2021 - 196 2022 - 219 2023 - 228 2. The cost is £38 per job. Before 2019 we do not "
                        "have the breakdown of costs.")
    thing = read_reply("1. 2021 - 196 2022 - 219 2. We do not have a crematorium.")
    assert record.outcome.value == "part_disclosed"
    assert thing.outcome.value == "disclosed"


# --- the per-part decisions reach explain and review ------------------------------------------------------------

QA_REPLY = ("You asked: 1. How many wardens were employed in 2023? 120. 2. How many fines did they issue? "
            "To answer this question would exceed the appropriate limit of 18 hours under section 12.")


def test_explain_shows_the_decisions_found_under_restated_questions(tmp_path, capsys):
    from askfoi.cli import main

    f = tmp_path / "reply.txt"
    f.write_text(QA_REPLY, encoding="utf-8")
    assert main(["explain", str(f), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {p["number"]: p["outcome"] for p in data["parts"]} == {"1": "disclosed", "2": "cost_limit"}
    assert data["outcome"] == "part_disclosed" and "12" in data["sections"]
    assert main(["explain", str(f)]) == 0
    text = capsys.readouterr().out
    assert "Part 1: information given" in text and "Part 2: refused on cost" in text


def test_review_letter_names_the_part_refused_on_cost(tmp_path, capsys):
    from askfoi.cli import main

    f = tmp_path / "reply.txt"
    f.write_text(QA_REPLY, encoding="utf-8")
    assert main(["review", str(f), "--name", "Sam Doe"]) == 0
    letter = capsys.readouterr().out
    assert "part 2" in letter.lower()


async def test_the_reply_screen_shows_the_decisions_found_under_restated_questions_at_80x24(tmp_path):
    from datetime import date

    from textual.widgets import Static, TextArea

    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.reply import ReplyScreen

    app = AskFOIApp(today=lambda: date(2025, 3, 5), save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, ReplyScreen)
        screen.query_one("#reply-text", TextArea).text = QA_REPLY
        await pilot.click("#reply-read")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        body = str(screen.query_one("#reply-body", Static).render())
    assert "partly given" in body
    assert "Part 1: information given" in body and "Part 2: refused on cost" in body


# --- everyday wordings found missing (texts written for this round) --------------------------------------------

EVERYDAY = [
    # a document named as linked
    ("The document you requested can be downloaded here: https://example.gov.uk/doc.pdf", "published"),
    ("Please find the information at the following link: https://example.gov.uk/x", "published"),
    ("I have included a link to the spreadsheet: https://example.gov.uk/data.xlsx", "disclosed"),
    # no decision words at all: facts stated are an answer; the process is not
    ("Four vehicles were written off in 2022.", "disclosed"),
    ("All our buses are fitted with CCTV.", "disclosed"),
    ("Thank you for your email. I have passed it to the relevant officer.", "pending?"),
    ("Your request was received on 3 March and has been passed to the Information Team.", "pending?"),
    ("No such data is available.", "not_held"),
    ("Our contact centre records incidents reported to us. A total of 312 incidents were recorded in 2023.", "disclosed"),
    ("If you have any questions, please contact our FOI team on 0300 123 4567.", "pending?"),
    ("Attached is a copy of most of the information you requested. Some of it is available online, and we have "
     "included links.", "part_disclosed"),
    ("The Council has no information relevant to your request.", "not_held"),
    ("There is no such document.", "not_held"),
    ("The Trust has no information to suggest that this happened, and the ward log is attached.", "disclosed"),
    ("We have answered questions 1 to 3 below. Question 4 is refused under section 12.", "part_disclosed"),
    ("1a) How many cars? 12. 2a) How many vans? 2b) Not held", "part_disclosed"),
    ("Q1 How many officers were disciplined in 2023? A1 17. Q2 What were the reasons? A2 This information is "
     "exempt under section 40(2).", "part_disclosed"),
    ("Your question: How many drones does the force own? Our answer: Two. Your question: What were they used for? "
     "Our answer: Information on their use is exempt under section 31.", "part_disclosed"),
]


# a named thing withheld beside a statement about it: the reader does not guess that the statement answered part of
# the request (it cannot tell the request's own thing from context without the request; tried this round and taken
# back, docs/notes/rd7.md): it stays refused
ITEM_WITHHELD = [
    ("The Department is committed to openness and transparency. The correspondence you requested is exempt under "
     "section 35(1)(a).", "refused"),
    ("Your request was received on 3 March. The report is exempt under section 36(2)(b)(ii).", "refused"),
    ("The Council has carefully considered your request. The tender evaluation scores are exempt under section 43(2) "
     "as commercially sensitive.", "refused"),
    ("The Council holds the information you requested. However, it is exempt under section 43(2) because it is "
     "commercially sensitive.", "refused"),
    ("The contract was let in 2019 following a competitive tender. The pricing schedule is exempt under section "
     "43(2).", "refused"),
    ("The review was carried out by an external consultant. The report is exempt under section 36(2)(b).", "refused"),
]

BY_CAUSE = ([("item withheld", t, o) for t, o in ITEM_WITHHELD] + [("not an answer", t, o) for t, o in NOT_ANSWERS] + [("ncnd of the whole", t, o) for t, o in NCND_WHOLE]
            + [("cost", t, o) for t, o in COST] + [("everyday wording", t, o) for t, o in EVERYDAY])


@pytest.mark.parametrize("cause,text,outcome", BY_CAUSE)
def test_outcome_by_cause(cause, text, outcome):
    assert _outcome(text) == outcome, cause


@pytest.mark.parametrize("text,sections", [
    # the titles given in brackets are FOISA's (FOIA 17 is the refusal notice, FOIA 27 international relations)
    ("We are unable to provide some of the information because of exemptions under sections s17(1) (information not "
     "held), s25(1) (information otherwise accessible) and s27(1) (information intended for future publication).",
     ["FOISA 17(1)", "FOISA 25(1)", "FOISA 27(1)"]),
    # ... and FOIA's
    ("The letters are exempt under section 27(1) (international relations) and section 35(1)(a) (formulation of "
     "government policy).", ["27(1)", "35(1)(a)"]),
])
def test_section_titles_in_brackets_name_the_law(text, sections):
    assert all(s in read_reply(text).sections for s in sections), read_reply(text).sections


def test_a_section_cited_in_the_answer_before_the_next_question_is_read():
    text = ("The Board responds under the Freedom of Information (Scotland) Act 2002 as follows: - How many records do "
            "you store? We are unable to provide an accurate figure; s.17 of the Act refers - Information not held. - "
            "How many locations do you store them in? Various locations on site.")
    reading = read_reply(text)
    assert "FOISA 17" in reading.sections
    assert [(p.number, p.outcome.value) for p in reading.parts] == [("1", "not_held"), ("2", "disclosed")]
    assert "Various locations" in reading.parts[1].evidence[0]


@pytest.mark.parametrize("answer", ["Not held.", "Not recorded.", "None held.", "Unknown.", "No data.",
                                    "Information not available.", "Not known"])
def test_a_short_not_held_answer_under_each_question_is_not_held(answer):
    text = f"Q1) How many cars were stolen? {answer} Q2) How many were recovered? {answer}"
    reading = read_reply(text)
    assert reading.outcome.value == "not_held"
    assert [p.outcome.value for p in reading.parts] == ["not_held", "not_held"]


@pytest.mark.parametrize("answer,second", [("Not held.", "not_held"), ("Exempt.", "refused"),
                                           ("Neither confirm nor deny.", "ncnd"), ("Published on our website.", "published")])
def test_a_short_decision_beside_a_figure_is_a_part_disclosure(answer, second):
    reading = read_reply(f"Q1) How many cars were stolen? 14. Q2) How many were recovered? {answer}")
    # rd35 (the lead's ruling): a part answered by where it is published is given, so beside an answer the whole is
    assert reading.outcome.value == ("disclosed" if second == "published" else "part_disclosed")
    assert [p.outcome.value for p in reading.parts] == ["disclosed", second]


def test_none_held_under_a_dated_response_header_is_not_held_but_nil_is_an_answer():
    assert _outcome("Response 12-03-2020 None held.") == "not_held"
    assert _outcome("Response 12-03-2020 Nil by the council directly.") == "disclosed"


def test_parts_under_questions_are_numbered_by_their_own_markers_only_when_every_question_has_one():
    own = read_reply("Q3) How many cars? 14. Q4) How many vans? Not held.")
    mixed = read_reply("Question: How many? Answer: 12. Question: Where? Answer: We do not hold this information.")
    assert [p.number for p in own.parts] == ["3", "4"]
    assert [p.number for p in mixed.parts] == ["1", "2"]
    assert mixed.outcome.value == "part_disclosed"


@pytest.mark.parametrize("text,outcome", [
    # the requester's own words under a question are the request, not an answer to it
    ("How many drones does the force own? Please break this down by year. Please include leased drones. What are "
     "they used for? The information you requested is exempt under section 31(1)(a).", "refused"),
    ("How many drones does the force own? Please include leased drones. What are they used for? Response: We do not "
     "hold this information.", "not_held"),
    # ... but "Please see the attached" under a question answers it
    ("How many drones? Please see the attached. What are they used for? Exempt.", "part_disclosed"),
])
def test_the_requesters_words_after_a_question_are_not_its_answer(text, outcome):
    assert _outcome(text) == outcome

