"""ny82 (nc82, issue 8): request-side faults the newcomer met.

#2: a start told by an event and then dated ("since they first proposed it, about march 2023") was read as the one
month the date names; it is an open period from that date to the day the request is made.
#1: a clause asking for the recording of the writer's own incident ("whether they have the cctv of it" after "i got
knocked off my bike") went out as an FOI part, with "they" bound to the last noun; it is the writer's own data, asked
for by subject access, and is left out of the FOI letter with a warning."""

from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.framing import frame_message
from askfoi.periods import find_periods

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("text,label", [
    ("since they first proposed it, about march 2023", "1 March 2023 to 5 December 2026"),
    ("how many objections were there since the scheme started in 2021", "1 January 2021 to 5 December 2026"),
    ("all emails from when it was first proposed, around june 2022", "1 June 2022 to 5 December 2026"),
    ("any minutes since the consultation (may 2023)", "1 May 2023 to 5 December 2026"),
    ("ever since they opened the road which was about 2019", "1 January 2019 to 5 December 2026"),
])
def test_a_dated_event_start_runs_to_today(text, label):
    assert [f[0] for f in find_periods(text, TODAY)] == [label]


@pytest.mark.parametrize("text,labels", [
    # guards (pass on main too): a date after a period of its own, or in a new clause, keeps its own span
    ("how many complaints since 2020 about the closure in march 2023",
     ["1 January 2020 to 5 December 2026", "1 March 2023 to 31 March 2023"]),
    ("how many complaints since the closure, and how many in 2023", ["1 January 2023 to 31 December 2023"]),
    ("since april 2024 please", ["1 April 2024 to 5 December 2026"]),
])
def test_guard_dates_that_start_nothing(text, labels):
    assert [f[0] for f in find_periods(text, TODAY)] == labels


def test_the_period_step_reads_a_dated_event_as_an_open_start():
    conv = Conversation()
    conv.today = lambda: TODAY
    conv.reply("how many complaints did kent county council receive about the new household waste site")
    conv.reply("ok")
    conv.reply("since they first proposed it, about march 2023")
    assert conv.session.period == "1 March 2023 to 5 December 2026"


@pytest.mark.parametrize("text", [
    "i got knocked off my bike by a bus on oxford road in manchester in march. how many other cyclists have been "
    "hit there, and whether they have the cctv of it",
    "my car was rear ended and i was hurt on the a6 in stockport last week. how many crashes were there on the a6, "
    "and do they have footage of the crash",
    "i came off my scooter on a pothole on london road in derby in june. how many pothole claims has the council "
    "paid, and have they got video of what happened to me",
    "my van got hit by a council bin lorry in hull. how many accidents have the bin lorries had, and do they have the "
    "dashcam footage of my accident",
])
def test_own_footage_is_left_out_of_the_foi_letter(text):
    framing = frame_message(text, today=TODAY)
    assert not any(re.search(r"(?i)cctv|footage", p.text) for p in framing.parts)
    said = [f for f in framing.findings if f.code == "own-footage"]
    assert said and "subject access request" in said[0].message and "one calendar month" in said[0].message


def test_guard_footage_of_someone_elses_incident_stays_a_part():
    # guard: no story of the writer's own incident, so "the incident" is not theirs (passes on main too)
    framing = frame_message("how many cctv cameras does leeds city council run, and do they keep footage of the "
                            "incident at the market for longer than a month", today=TODAY)
    assert not any(f.code == "own-footage" for f in framing.findings)


import re  # noqa: E402


def test_a_force_named_in_the_story_beside_its_town_is_the_body():
    # nc82 #7: "by the psni in west belfast": the town is where it happened, not a second body beside the force
    from askfoi.framing import find_authority

    for text in ("my son got a spit hood put on him by the psni in west belfast last summer. how many times did they "
                 "use spit hoods", "he was stopped by the psni in west belfast. how many stops were there in 2024"):
        found, _ = find_authority(text)
        assert found is not None and found.name == "Police Service of Northern Ireland"


@pytest.mark.parametrize("question", [
    "and are they watching people like us on facebook",
    "are they following people on social media",
    "are they targeting people like us",
])
def test_they_acting_on_people_is_the_body(question):
    # nc82 #5: "Are the spit hoods and plastic bullets watching people like us on facebook?": what acts on people is
    # the body, never the things counted in the part before
    from askfoi.pronoun_roles import roles

    assert [p.role for p in roles(question) if p.word.lower() == "they"] == ["agent"]


@pytest.mark.parametrize("answer", ["no its a place, Lairg", "no thats the name of the village",
                                    "nope, it's a real place", "no lairg is right"])
def test_a_no_that_says_why_keeps_the_word(answer):
    # nc82 #12: "no its a place, Lairg" was unclear and the same question came back
    from askfoi.spelling import read_answer

    got = read_answer(answer, "a wind farm near lairg", [("lairg", "lair")])
    assert (got.kind, got.text) == ("no", "a wind farm near lairg")


def test_two_instructions_in_one_line_at_the_parts_step():
    # nc82 #9: "... . and add how many fines ..." was pasted into the part before as its words
    conv = Conversation()
    conv.today = lambda: TODAY
    for said in ("how many potholes did leeds city council fix on otley road", "ok", "2025",
                 "add the number of potholes reported on otley road. and remove 1"):
        conv.reply(said)
    assert conv.session.parts == ["The number of potholes reported on Otley Road."]


def test_a_body_is_addressed_by_its_working_name():
    # nc82 #7: every letter said "Scottish Natural Heritage" (its name in law) though the person wrote naturescot, the
    # name it has worked under since 2020
    from askfoi.authorities import letter_name_of, resolve_authority

    assert resolve_authority("naturescot").letter_name == "NatureScot"
    assert letter_name_of("Scottish Natural Heritage") == "NatureScot"


def test_scottish_bodies_named_before_one_is_chosen_give_scotlands_law():
    # nc82 #7: naturescot and the highland council named, none chosen yet: the EISR, never England's EIR
    framing = frame_message("the wind farm road near lairg goes through our common grazings. i want the environmental "
                            "assessments naturescot and the highland council did on the road", today=TODAY)
    assert framing.authority is None and framing.regime in ("FOISA", "EISR")
