"""rd16: a refusal read from its parts (a negation in the authority's voice, a verb of disclosing, a reason of harm or
law after it), a practice denied with the authority as the subject, and a hold-back that names a period of what was
asked (docs/notes/rd16.md). Short invented excerpts in the styles police forces, councils and NHS bodies write, each
read as written and pasted as one line. The first group was written to build the rules, the second after them as a
check (run once against the code before and after; not traced)."""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply

R, P, D, N, C = Outcome.refused, Outcome.part_disclosed, Outcome.disclosed, Outcome.not_held, Outcome.cost_limit

BUILT_FROM = [
    # a refusal in a tense or voice the cue list did not have, with its reason after it
    ("In answer to your first question, the Council has 27 CCTV cameras in the town centre. Their precise locations "
     "are not being released, as to do so would be likely to prejudice the prevention of crime.", P),
    ("I can confirm that 9 members of staff were disciplined. We are not able to say what the disciplinary action "
     "was, because with such small numbers the individuals could be identified.", P),
    ("Please find attached the list of contracts over £25,000 for 2023. The values of the two contracts marked with "
     "an asterisk have been removed as their release would prejudice the commercial interests of the suppliers "
     "(section 43(2)).", P),
    # a practice denied, the authority as the subject (fresh6: "The university has never had a request under RIPA")
    ("The Council has not purchased any body cameras for its parking wardens.", N),
    ("We have never paid a ransom to the authors of a cyber attack.", N),
]

CHECK = [
    ("The Force can confirm that 23 Tasers were discharged in 2023. We are unable to tell you the locations of these "
     "incidents because that could lead to the identification of the people involved.", P),
    ("The names of the consultants are not being disclosed, as releasing them would breach the data protection "
     "principles.", R),
    ("Answer to Q1: 17 hospital beds were closed. Answer to Q2: It is not possible to give you the ward names since, "
     "taken with other information, patients could be identified.", P),
    ("I am sorry but we cannot share the report with you at this time, as the investigation it relates to is ongoing "
     "and disclosure would prejudice law enforcement.", R),
    ("The Trust has never commissioned a review of its car parking charges.", N),
    ("The Council has not installed any average speed cameras on its roads.", N),
]


@pytest.mark.parametrize("one_line", [False, True])
@pytest.mark.parametrize("text,outcome", BUILT_FROM + CHECK)
def test_rd16_readings(text, outcome, one_line):
    reading = read_reply(" ".join(text.split()) if one_line else text)
    assert reading.outcome == outcome and not reading.unclear


def test_a_period_of_what_was_asked_is_a_share():
    # fresh3: "data in respect of academic year 2011/12 was not possible to locate within the appropriate costs limit"
    text = ("Please be advised that data in respect of academic year 2015/16 could not be located within the "
            "appropriate limit under section 12, as those records are held on paper only.")
    assert read_reply(text).outcome == P


@pytest.mark.parametrize("text,outcome", [
    # a reason of cost or of what is not recorded is not a refusal under an exemption
    ("We are unable to provide this information as it would exceed the cost limit of 18 hours under section 12.", C),
    ("We are unable to provide the figures because this information is not recorded by the Trust.", N),
    # a refusal said in a future conditional is no decision ("if ... it would not be released")
    ("Thank you for your request. If any of the information is exempt it will not be released, but we will explain "
     "why; we aim to respond by 14 June.", Outcome.pending),
    # a negated practice in a verb of thinking is a reason, not a practice denied
    ("The Council does not consider that section 14 applies. The information you asked for is attached.", D),
    # the whole request refused for a period that is the whole of what was asked stays a refusal on cost
    ("To provide the information you requested would exceed the appropriate limit, and section 12 applies to your "
     "request.", C),
])
def test_rd16_negatives(text, outcome):
    assert read_reply(text).outcome == outcome
