"""ny91 (session 59): own-data requests for someone else, and the reply side (nc88 #6, #12, #9; nz88; nr88).

Every message here is in my own words (the newcomers' wording class, never a report set's text)."""
import pytest

from askfoi.sar_items import sar_items
from tests.test_au58_body_route import _chat  # the chat, answer by answer, on a fixed day


# nc88 #6: a request made for a relative never carries the writer's story (with a name swapped in for "her")
@pytest.mark.parametrize("text, kinds, story_words", [
    ("my dad is in a care home in york and hes been losing weight and nobody told us. i want his care plan and the daily "
     "notes", ["care home placement"], ["weight", "nobody"]),
    ("my uncle was sectioned in the spring and the ward staff lost his glasses, i want his clinical notes",
     ["detention under the Mental Health Act"], ["glasses", "spring"]),
    ("my nan ended up in hospital after the carers stopped coming and the council cut her care package. i want to see "
     "her care plan", ["care package", "hospital admissions"], ["carers stopped", "ended up"]),
])
def test_the_relatives_other_data_is_asked_by_kind_never_by_the_story(text, kinds, story_words):
    items = sar_items(text)
    last = items[-1]
    assert last.startswith("Any other personal data about ["), items
    for k in kinds:
        assert k in last, items
    for w in story_words:
        assert w not in " ".join(items).lower(), items


def test_the_relatives_other_data_with_no_kind_named_asks_for_all_of_it():
    from askfoi.whose_records import read_whose

    from askfoi.sar_items import _told_kinds
    whose = read_whose("my mum wants her file")
    assert _told_kinds("she moved to bristol years ago", whose).startswith("Any other personal data you hold about [")


def test_the_writers_own_story_is_still_told():  # guard: passes on main too
    items = sar_items("i was arrested in march and held at colchester police station, i want my custody record")
    assert any(i.startswith("Any other personal data about these events") for i in items), items


def test_social_care_blanks_ask_for_the_relatives_addresses_not_the_writers():
    _, said = _chat("my mum is in a care home in wigan and has had a lot of falls, broke her arm in may. i want the "
                    "social services records about her. can i get them when its her data not mine")
    assert "addresses she lived at while social services worked with her" in said, said
    assert "addresses you lived at" not in said


# nc88 #12: what the reply says another body publishes is read there, never asked for in a new request
def _explain(reply, authority=None):
    from askfoi.reply_explain import explain_reply

    return explain_reply(reply, authority=authority) if authority else explain_reply(reply)


PUBLISHED = """Dear Mr Khan,

Freedom of Information Act 2000 - reference FOI 5521

1. The number of complaints about the home in 2025: 6.
2. Inspection reports: the Council does not hold inspection reports for the home. Ofsted inspection reports are published by Ofsted and can be read on its website at reports.ofsted.gov.uk.

Yours sincerely,
Information Governance, Bury Council
1 December 2026
"""

HELD_ELSEWHERE = """Dear Mr Khan,

Freedom of Information Act 2000 - reference FOI 5522

1. The number of complaints about the home in 2025: 6.
2. Inspection reports: the Council does not hold this information. It is held by Ofsted.

Yours sincerely,
Information Governance, Bury Council
1 December 2026
"""


def test_a_body_that_publishes_it_is_read_not_asked():
    steps = _explain(PUBLISHED).next_steps
    first = steps[0]
    assert "(a new request)" not in first.title and "publishes" in first.title, [s.title for s in steps]
    assert "reports.ofsted.gov.uk" in first.title + first.explanation
    assert "section 21" in first.explanation


def test_a_body_that_only_holds_it_is_still_a_new_request():  # guard: passes on main too
    steps = _explain(HELD_ELSEWHERE).next_steps
    assert "(a new request)" in steps[0].title, [s.title for s in steps]


RELATIVE = """Dear Ms Price,

Freedom of Information Act 2000 - reference 26/301

1. The number of safeguarding concerns raised about the home in 2025: 11.
2. The records of the safeguarding enquiry about your father: this is the personal data of a third party and is exempt under section 40(2) of the Act.

Yours sincerely,
Stockport Council
1 December 2026
"""


def test_a_relatives_records_refused_as_third_party_data_point_to_their_subject_access():
    steps = _explain(RELATIVE).next_steps
    titles = [s.title for s in steps]
    mine = [s for s in steps if "subject access" in s.title]
    assert mine and "father" in mine[0].title and "(part 2)" in mine[0].title, titles
    assert "consent" in mine[0].explanation and "attorney" in mine[0].explanation
    assert titles.index(mine[0].title) < next(i for i, t in enumerate(titles) if "review" in t.lower())


def test_other_peoples_data_with_no_relative_named_gets_no_subject_access_step():  # guard: passes on main too
    reply = RELATIVE.replace("about your father", "about the resident").replace("about your neighbour", "")
    assert not any("subject access" in s.title for s in _explain(reply).next_steps)
    reply = RELATIVE.replace("about your father", "about your neighbour")
    assert not any("subject access" in s.title for s in _explain(reply).next_steps)


# nc88 #9: the answer to the check step's own question ("Write out in this part what it points at") is written in
STAIR = ("we have about five holiday lets in our close in leith and the noise at night is awful. does the council have "
         "licences for them? how many complaints has edinburgh council had about short term lets since 2024")


@pytest.mark.parametrize("answer, expected", [
    ("i mean the holiday flats at 22 easter road", "licences for the holiday flats at 22 easter road"),
    ("its the short term let flats in our block", "licences for the short term let flats in our block"),
    ("the three airbnb flats at 5 great junction street", "licences for the three airbnb flats at 5 great junction street"),
])
def test_the_answer_to_what_a_word_points_at_is_written_into_the_part(answer, expected):
    conv, _ = _chat(STAIR, "ok", "2024", "ok")
    assert any(f.code == "story-reference" for f in conv._findings())
    conv, said = _chat(STAIR, "ok", "2024", "ok", answer)
    assert any(expected in p.lower() for p in conv.session.parts), (conv.session.parts, said)
    assert "nothing here for me to change" not in said.split("\n")[-1]


def test_a_question_at_the_check_step_is_not_written_into_a_part():  # guard: passes on main too
    conv, said = _chat(STAIR, "ok", "2024", "ok", "what does that mean")
    assert not any("what does that mean" in p.lower() for p in conv.session.parts), conv.session.parts


def test_the_review_letter_leaves_the_relatives_records_to_their_subject_access():
    from datetime import date

    from askfoi.followup import review_letter
    from askfoi.reader import read_reply

    body = review_letter(read_reply(RELATIVE), authority="Stockport Metropolitan Borough Council",
                         received=date(2026, 12, 1), today=date(2026, 12, 7), reply_text=RELATIVE).body
    assert "records about my father in part 2 are his personal data" in body, body
    assert "subject access request made for him" in body
