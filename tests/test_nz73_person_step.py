"""nz73 (nc73 #8): "neither confirm nor deny" about a named person gets the step that can work (figures that name no
one, subject access for one's own, the body's complaints route) and says asking again will not help; an own-data or a
covert-tactics NCND does not. Replies written for these tests, the way trusts, councils and Scottish bodies write."""
import pytest

from askfoi.reply_explain import explain_reply


def _reply(body, decision):
    return (f"{body}\nRef: FOI 26-7731\n2 December 2026\n\nDear Ms Novak,\n\nYou asked for the complaints made about a "
            f"named member of staff.\n\n{decision}\n\nYours sincerely,\nInformation Governance\n")


NAMED = [
    ("Royal Devon University Healthcare NHS Foundation Trust",
     "The Trust can neither confirm nor deny whether it holds the information, by virtue of section 40(5B)(a)(i) of "
     "the Freedom of Information Act 2000, as to do so would disclose personal data about the individual named."),
    ("Salford City Council",
     "To confirm or deny whether complaints about the officer you named exist would itself disclose his personal data. "
     "The Council therefore neither confirms nor denies that it holds the information, under section 40(5)(b)(i)."),
    ("City of Edinburgh Council",
     "In terms of section 18(1) of FOISA, the Council neither confirms nor denies whether it holds the information, "
     "which if held would be exempt under section 38(1)(b), as it would be the personal data of the named teacher."),
]


def _person_steps(text):
    return [s for s in explain_reply(text).next_steps if s.kind == "person"]


@pytest.mark.parametrize("body,decision", NAMED)
def test_ncnd_about_a_named_person_gets_the_step_that_can_work(body, decision):
    steps = _person_steps(_reply(body, decision))
    assert len(steps) == 1
    assert "will not help" in steps[0].title and "name no one" in steps[0].title
    assert "subject access request" in steps[0].explanation


@pytest.mark.parametrize("decision", [
    "Any information about you would be your own personal data, so the Council neither confirms nor denies that it holds "
    "it under section 40(5A). You may ask for it by making a subject access request.",
    "The force can neither confirm nor deny whether it holds the information, by virtue of sections 24(2) and 31(3).",
])
def test_other_ncnd_answers_do_not_get_it(decision):
    assert not _person_steps(_reply("Salford City Council", decision))
