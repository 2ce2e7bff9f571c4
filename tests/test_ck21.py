"""ck21: routes and checks that say only what is true (a newcomer's review of main; wordings invented for the tests)."""

from __future__ import annotations

from datetime import date

from askfoi.conversation import Conversation
from askfoi.framing import frame_message
from askfoi.periods import parse_period

TODAY = date(2026, 12, 1)


def _chat(*replies: str) -> tuple[Conversation, list[str]]:
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    said = []
    for reply in replies:
        said.append("\n".join(m.text for m in conv.reply(reply).messages))
    return conv, said


def framed(text: str, authority: str | None = None):
    return frame_message(text, authority, today=TODAY)


# -- 4. a London borough by its own name -------------------------------------------------------------------------

def test_a_london_borough_is_named_as_it_names_itself_in_the_letter_and_the_chat():
    for typed, own in (("tower hamlets council", "London Borough of Tower Hamlets"),
                       ("Greenwich council", "Royal Borough of Greenwich"),
                       ("barking and dagenham council", "London Borough of Barking and Dagenham"),
                       ("Sutton council", "London Borough of Sutton")):
        conv, said = _chat(f"how many potholes did {typed} fill in 2024", "ok", "ok", "ok", "skip", "Jo Bloggs", "skip")
        assert f"address it to {own}" in said[0], (typed, said[0])
        letter = said[-1]
        assert f"Dear {own} Freedom of Information team" in letter, (typed, letter)
        assert "Borough Council" not in letter
    # a body whose name is already its own is left alone
    conv, said = _chat("how many potholes did leeds city council fill in 2024", "ok")
    assert "address it to Leeds City Council" in said[0]


def test_follow_up_letters_use_the_own_name_too():
    from askfoi.followup import chase_letter

    letter = chase_letter(date(2026, 10, 1), authority="Camden Borough Council", request="The number of fines.",
                          name="Jo Bloggs", today=TODAY)
    assert "Dear London Borough of Camden" in letter.body and "Camden Borough Council" not in letter.body


# -- 5. periods: one day, and a university's year ----------------------------------------------------------------

def test_a_single_day_is_a_period_of_one_day_typed_or_in_the_message():
    for typed in ("on 31 march 2026", "on the 31st of March 2026", "as at 31/03/2026", "as of 31 March 2026"):
        found = parse_period(typed, today=TODAY)
        assert found is not None and found.start == found.end == date(2026, 3, 31), typed
    for text in ("how many people were on the housing register at Leeds City Council as at 31 March 2026",
                 "how many rough sleepers did Bristol City Council count as of 1st april 2025?"):
        f = framed(text)
        assert f.period and " to " not in f.period, (text, f.period)
    # a stock date in one of two questions stays that question's own
    f = framed("how many empty homes were there in swindon as at 1 april 2025 and how many were brought back into "
               "use in 2024")
    assert f.period == "1 January 2024 to 31 December 2024"


def test_a_universitys_split_year_runs_august_to_july():
    for text in ("how many complaints did the university of bristol get in 2023/24",
                 "how many students dropped out of Leeds uni in 2023/24",
                 "how much did the university of york spend on agency staff in 2023/24",
                 "how many students at oxford university were disciplined in the 2023/24 academic year"):
        assert framed(text).period == "1 August 2023 to 31 July 2024", text
    # schools keep September to August, everything else a financial year
    assert framed("how many pupils were excluded from schools in leeds in 2023/24").period.startswith("1 September 2023")
    assert framed("how many a&e attendances were there in leeds in 2023/24").period.startswith("1 April 2023")
    assert framed("how much did the university of york spend on agency staff in the 2023/24 financial "
                  "year").period.startswith("1 April 2023")


# -- 1. what a body recorded about the writer's children: their subject access, asked by the parent -------------------

def test_what_social_services_recorded_about_my_children_is_their_subject_access_asked_by_a_parent():
    from askfoi.whose_records import read_whose

    for text in ("what has childrens services recorded about my kids, I am their mum",
                 "can I get the files social services keep on my two children",
                 "I need everything the school holds on my son"):
        f = framed(text + " at Leeds City Council")
        assert f.route == "sar", text
        own = [x for x in f.findings if x.code == "their-own-data"]
        assert own and "Article 15" in own[0].message, text
        assert "parent" in own[0].suggestion and "12 or over" in own[0].suggestion, text
        # no FOI fixes beside it
        assert not {x.code for x in f.findings} & {"no-time-period", "too-vague", "personal-details"}, text
        whose = read_whose(text)
        assert whose.subject == "child" and whose.on_behalf, text
    # a relative's own records in the same shape: asked for them
    assert read_whose("what has the council got on my mum, I have power of attorney").subject == "parent"
    # the school of the child, a count, or a policy is no record of the child
    for text in ("what has the council written about my son's school", "how many reports did social services write "
                 "about children in 2024", "what policy does the school have on my son's year group trips"):
        assert framed(text).route == "foi", text


def test_the_parents_letter_says_it_is_made_on_the_childs_behalf():
    conv, said = _chat("what has childrens services recorded about my kids at Leeds City Council, I am their mum",
                       "ok", "ok", "ok", "ok", "Jo Bloggs", "skip", "skip")  # ck24b: the children's name is asked too
    letter = said[-1]
    assert "Data Protection Officer" in letter and "on their behalf" in letter and "Freedom of Information" not in letter


# -- 7. every finding of the frame reaches the chat's review, subject access too ----------------------------------

def test_the_footage_warning_reaches_the_chats_review_of_a_subject_access_request():
    for text in ("I want the CCTV footage of me being assaulted outside the station on Leeds high street last week from "
                 "Leeds City Council",
                 "can I get the bodycam video from when officers stopped me on 3 november, Kent Police"):
        frame_codes = {f.code for f in framed(text).findings}
        assert "footage-retention" in frame_codes, text
        conv, said = _chat(text, "ok", "ok")
        review = {f.code for f in conv.request().findings}
        assert conv.request().route == "sar" and "footage-retention" in review, (text, review)
        assert not review & {"no-time-period", "too-many-questions", "cost-limit-risk"}, review
        # the route itself is said once, up front: the review does not say it again
        assert "own-personal-data" not in review


# -- 3. an airport run by a company: FOI does not apply, and which public body to ask --------------------------------

def test_an_airport_company_gets_the_plain_not_covered_message_and_the_bodies_to_ask_instead():
    # listed by the public bodies list as not covered (WhatDoTheyKnow tag foi_no)
    f = framed("how many noise complaints did Manchester Airport receive in 2024")
    assert f.authority is None and "not-covered-by-foi" in {x.code for x in f.findings}
    assert "Manchester Airport plc does not have to answer" in f.body_question
    assert "Civil Aviation Authority" in f.body_question and "council" in f.body_question
    # not listed: never said to be covered, never said for certain to be private
    for text in ("how many flights were delayed at Bristol Airport in 2024",
                 "did heathrow airport get any complaints about night flights in 2024"):
        f = framed(text)
        assert f.authority is None, text
        assert "does not know" in f.body_question and "Civil Aviation Authority" in f.body_question, text
    # an airport company that public bodies own is covered and asked
    assert framed("how many passengers used Cornwall Airport in 2024").authority.name == "Cornwall Airport Limited"


# -- 2. a relative's records after death beside a count: two routes, said which is which; a hospital by its name -------

def test_a_dead_relatives_notes_beside_a_count_are_two_routes_and_the_chat_says_which_is_which():
    for text in ("I want my late dad's hospital notes and how many falls were there on the ward at the royal free "
                 "last year",
                 "my mum passed away at the Royal Free Hospital in march, can i get her medical records, and how many "
                 "patients died after a fall there in 2025"):
        f = framed(text)
        assert f.authority is not None and f.authority.name == "Royal Free London NHS Foundation Trust", text
        assert "deceased-records" in {x.code for x in f.findings}, text
        assert f.parts and all("record" not in p.text.lower() and "notes" not in p.text.lower() for p in f.parts), text
        conv, said = _chat(text)
        first = said[0]
        assert "FOI request for that part only" in first and "Access to Health Records Act 1990" in first, first
        # the review keeps it beside the letter's own findings
        assert "deceased-records" in {x.code for x in conv.request().findings}


def test_a_hospital_called_by_its_first_words_is_its_trust():
    for text in ("what is the royal free's policy on chaperones", "how many operations were cancelled at the royal "
                 "free in 2024"):
        assert framed(text).authority.name == "Royal Free London NHS Foundation Trust", text
    # not a hospital's words: no trust found (ck23a: Royal Mail itself is now known, as a body no FOI law covers)
    found = framed("how many letters did the royal mail lose in 2024").authority
    assert found is None or found.name == "Royal Mail Group Limited"


# -- 6. a vexatious refusal of the person's own data points to subject access; a chaser never leaves the body "they" --

_S14 = ("Dear Mr Reed\n\nRequest reference FOI-2026-1123\n\nYou asked for copies of all the emails and notes the council "
        "holds about you and your complaints since 2019.\n\nWe consider this request vexatious under section 14(1) of "
        "the Freedom of Information Act 2000, as it is the latest of many requests about the same matter.\n\nYours "
        "sincerely\nInformation Governance Team\nLeeds City Council\n")


def test_a_vexatious_refusal_of_ones_own_data_is_answered_with_subject_access():
    from askfoi.followup import review_letter

    for request in ("All emails and notes the council holds about me and my complaints since 2019.",
                    "Please send me my complaint file and every email that mentions me.", None):
        letter = review_letter(_S14, request=request, name="Tom Reed", today=TODAY)
        assert "subject access request under Article 15 of the UK GDPR" in letter.body, request
        assert "section 40(1)" in letter.body and "Article 12(5)" in letter.body, request
        assert "matter of public interest" not in letter.body, request
    # a vexatious refusal of a request about something else keeps the public-interest ground
    other = _S14.replace("all the emails and notes the council holds about you and your complaints since 2019",
                         "the number of parking fines issued in 2024")
    letter = review_letter(other, request="The number of parking fines issued in 2024.", name="Tom Reed", today=TODAY)
    assert "serious purpose and value" in letter.body and "Article 15" not in letter.body


def test_a_chaser_says_you_for_the_body_the_person_called_they():
    from askfoi.followup import chase_letter

    for topic, said in (("how many fines they issued in 2024", "how many fines you issued in 2024"),
                        ("all the emails they hold about me", "all the emails you hold about me"),
                        ("what their policy on dog fouling is", "what your policy on dog fouling is")):
        letter = chase_letter(date(2026, 10, 1), authority="Leeds City Council", topic=topic, name="Jo", today=TODAY)
        assert said in letter.body and " they " not in letter.body.split("Section")[0], letter.body
    # "they" that is what was counted stays
    letter = chase_letter(date(2026, 10, 1), authority="Leeds City Council", name="Jo", today=TODAY,
                          topic="how many pupils were excluded and whether they were readmitted")
    assert "whether they were readmitted" in letter.body
    # no organisation known: no double space in the greeting
    assert chase_letter(date(2026, 10, 1), authority="", topic="the fines", name="Jo",
                        today=TODAY).body.startswith("Dear Freedom of Information team,")


def test_a_second_ask_joined_by_and_to_know_is_its_own_part():
    f = framed("my dad died at the royal free in may, i want his medical records and to know how many patients "
               "died of falls there in 2025")
    assert f.authority.name == "Royal Free London NHS Foundation Trust"
    assert len(f.parts) == 1 and f.parts[0].kind == "count" and "records" not in f.parts[0].text
    assert "deceased-records" in {x.code for x in f.findings}
    f = framed("I want Leeds City Council's policy on potholes and would like to know how many were fixed in 2024")
    assert not any("would like to know" in p.text for p in f.parts)
