"""nz73 (nc73 #7, #9): a part whose reply gives the figure and adds that figures are published is "given", not "already
published"; a part answered "we do not use it [overtly]" with the rest neither confirmed nor denied is NCND, not "not
held" (so the review never argues that the information must be held). The replies are written for these tests, the way
councils and police forces write them."""
import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply


def _reply(body, answers):
    return (f"{body}\nRef: FOI 26-5120\n30 November 2026\n\nDear Mr Osei,\n\nThank you for your request, which we have "
            "dealt with under the Freedom of Information Act 2000.\n\n" + "\n\n".join(answers)
            + "\n\nYours sincerely,\nInformation Rights Team\n")


GIVEN = [
    ("Lancashire County Council",
     "1. The number of fixed speed cameras in the county.\nThere are 27 fixed speed cameras in the county. Their "
     "locations are published on our website."),
    ("Camden Council",
     "1. The number of penalty charge notices issued in 2025.\n1,284 penalty charge notices were issued in 2025. "
     "Monthly figures are also published on our open data portal."),
    ("Cumbria Fire and Rescue Service",
     "1. The number of house fires attended in 2025.\nWe attended 312 house fires in 2025. These figures are "
     "published each year in our annual performance report."),
]


@pytest.mark.parametrize("body,answer", GIVEN)
def test_a_figure_given_with_a_note_that_figures_are_published_is_given(body, answer):
    reading = read_reply(_reply(body, [answer, "2. A copy of the policy.\nThe policy is attached."]))
    assert reading.parts[0].outcome == Outcome.disclosed


def test_a_pointer_under_section_21_is_still_published():
    reading = read_reply(_reply("Camden Council", [
        "1. The number of penalty charge notices issued in 2025.\nThis information is published on our website at "
        "www.camden.gov.uk/parking-annual-report and is therefore exempt under section 21.",
        "2. A copy of the policy.\nThe policy is attached."]))
    assert reading.parts[0].outcome == Outcome.published


DENIED_AND_NCND = [
    ("Greater Manchester Police",
     "2. Whether drones are used to film protests, including covertly.\nGreater Manchester Police does not use drones "
     "to film protests in an overt capacity. In relation to any covert use, GMP can neither confirm nor deny whether "
     "it holds any information, by virtue of section 31(3) of the Act."),
    ("HM Prison and Probation Service",
     "2. Whether mobile phone blocking equipment is used at HMP Leeds.\nHMPPS does not use such equipment in the "
     "visits hall at HMP Leeds. We can neither confirm nor deny whether any other such equipment is held, as section "
     "31(3) applies."),
    ("Police Scotland",
     "2. Whether ANPR cameras are fitted on the A9 at Aviemore, including covert cameras.\nPolice Scotland does not "
     "have any overt ANPR cameras on that stretch of the A9. Police Scotland can neither confirm nor deny that it "
     "holds any other information, under section 18 of the Act, in conjunction with section 35(1)(a)."),
]


@pytest.mark.parametrize("body,answer", DENIED_AND_NCND)
def test_a_denial_with_the_rest_neither_confirmed_nor_denied_is_ncnd(body, answer):
    reading = read_reply(_reply(body, ["1. The number of officers trained.\nIn total, 212 officers have been trained.", answer,
                                      "3. The cost of the training.\nThe training cost £41,200."]))
    assert reading.parts[1].outcome == Outcome.ncnd


def test_a_plain_not_held_part_stays_not_held():
    reading = read_reply(_reply("Greater Manchester Police", [
        "1. The number of officers trained.\nIn total, 212 officers have been trained.",
        "2. Whether drones are used to film protests.\nGreater Manchester Police does not hold this information.",
        "3. The cost of the training.\nThe training cost £41,200."]))
    assert reading.parts[1].outcome == Outcome.not_held
