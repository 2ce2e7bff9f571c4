"""ny67 (nc67 #2): a request about a person who has died ("my dad died", "passed away", "he's dead", "my late dad").

Data protection law (the UK GDPR, the Data Protection Act 2018) protects living people only: the check never offers a
subject access request "or their signed permission" for the dead person's records (it gives the deceased-records
route: the Access to Health Records Act 1990 for health records, s41 confidence for FOI), and the review letter never
concedes that information about the dead person is their personal data or asks for it "as aggregate figures": section
40(2) can cover only the living people in it (staff, other patients)."""
import datetime as dt

import pytest

from askfoi.request import resolve_request

STORIES = [
    ("my dad died in march after he was left on a trolley in a corridor for 9 hours. i want the corridor figures and "
     "the serious incident report about my dad", "Cardiff and Vale University Health Board",
     ["The number of patients cared for in corridors.", "The serious incident report about my dad."]),
    ("my brother is dead now and the police never told us anything. i want the reports about him and how many people "
     "died in custody", "Merseyside Police", ["The number of deaths in custody.", "The reports about my brother."]),
    ("my late husband was on ward 7 for 3 weeks. i want the incident report about my husband and the number of falls "
     "on the ward", "Leeds Teaching Hospitals NHS Trust",
     ["The number of falls on ward 7.", "The incident report about my husband."]),
    ("he's dead, my son took his own life in june. i want the files about my son and how many young people the "
     "service saw", "Kent County Council", ["The number of young people the service saw.", "The files about my son."]),
    ("mum passed away in the care home in may. i want the number of complaints about the home and all the emails "
     "about her", "Bristol City Council", ["The number of complaints about the care home.", "All the emails about her."]),
]


@pytest.mark.parametrize("about,authority,parts", STORIES, ids=["dad", "brother", "husband", "son", "mum"])
def test_the_check_gives_no_subject_access_route_for_a_dead_relative(about, authority, parts):
    found = resolve_request(about, authority, None, parts, [], today=dt.date(2026, 12, 6)).findings
    said = " ".join(f"{f.message} {f.suggestion}" for f in found)
    assert "signed permission" not in said and "Your relative can ask" not in said, said
    assert "someone-elses-records" not in {f.code for f in found}
    assert "deceased-records" in {f.code for f in found}, [f.code for f in found]


REPLY = """Dear Ms Davies

Freedom of Information Request, our reference FOI 26-1183

Thank you for your request received on 1 September 2026.

1. The Health Board recorded 1,284 episodes of corridor care between 1 December 2025 and 28 February 2026.

2. {answer}

If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days.

Yours sincerely
FOI Office
3 November 2026
"""

DEAD = [
    # (the request's part 2, what the person told, the reply's answer to part 2)
    ("The serious incident report about my dad's care in A&E in March 2026.",
     "my dad died in march after he was left on a trolley for 9 hours",
     "The Health Board holds the report. It is withheld under section 40(2) (personal information), as it contains "
     "personal data."),
    ("All the emails about my late mother's care on ward 4.", None,
     "The emails are withheld under section 40(2) of the Act as they contain personal data."),
    ("The reports about my brother.", "my brother is dead now, he died in the cells",
     "This information is exempt under section 40(2) of the Act (personal information)."),
]


@pytest.mark.parametrize("part,told,answer", DEAD, ids=["dad", "late_mother", "brother"])
def test_the_review_never_treats_a_dead_person_s_information_as_their_personal_data(part, told, answer):
    from askfoi.followup import review_letter

    request = f"1. The number of patients cared for in corridors.\n2. {part}\n"
    letter = review_letter(REPLY.format(answer=answer), request=request, told=told, today=dt.date(2026, 11, 10),
                           name="Sian Davies", authority="Cardiff and Vale University Health Board")
    body = letter.body
    assert "I accept that information about that person" not in body, body
    assert "I do not want anyone's personal information" not in body, body
    assert "living people only" in body and "redact" in body, body


def test_the_reply_panel_reads_the_story_of_a_death():
    from askfoi.reply_flow import ReplyFlow

    part, told, answer = DEAD[0]
    flow = ReplyFlow(today=lambda: dt.date(2026, 11, 10), authority="Cardiff and Vale University Health Board",
                     request=f"1. The number of patients cared for in corridors.\n2. {part}\n", name="Sian Davies",
                     story=told)
    flow.read(REPLY.format(answer=answer))
    flow.write("review")
    assert flow.letter is not None and "living people only" in flow.letter.body
