"""nz73 (nc73 #8): a lettered subsection written with its letter in brackets of its own ("section 40(5)(B)(a)(i)") is
read as the Act has it (40(5B)(a)(i)), never garbled into "40(5)(b)(a)(i)"; a small letter or a paragraph of another
section stays as written. The replies are written for this test, the way trusts and councils cite the section."""
import pytest

from askfoi.reader import read_reply

REPLY = ("{body}\nRef: FOI 26-{ref}\n1 December 2026\n\nDear Ms Okafor,\n\nYou asked for {asked}.\n\n{decision}\n\n"
         "Yours sincerely,\nInformation Governance\n")
CASES = [
    ("Sheffield Teaching Hospitals NHS Foundation Trust", "the complaints made about Dr Alan Pryce",
     "The Trust can neither confirm nor deny whether it holds this information, by virtue of section 40(5)(B)(a)(i) "
     "of the Freedom of Information Act 2000.", "40(5B)(a)(i)"),
    ("Wirral Council", "any disciplinary action taken against the manager of Hoylake library",
     "We are unable to confirm or deny that the information is held. The exemption at Section 40(5)(B) FOIA applies.",
     "40(5B)"),
    ("Kent Police", "records held about me",
     "Kent Police neither confirms nor denies holding information, as s.40(5)(A) of the Act provides that the duty "
     "to confirm or deny does not arise for the requester's own personal data.", "40(5A)"),
    ("Bristol City Council", "the grievances raised against Ms Jo Hart",
     "Under s.40(5)(b)(i) the Council is not obliged to confirm or deny whether it holds the information.",
     "40(5)(b)(i)"),
    ("Durham Constabulary", "the tactics used at the protest",
     "The information is withheld under section 31(1)(A) of the Freedom of Information Act, as its release would "
     "prejudice the prevention or detection of crime.", "31(1)(a)"),
]


@pytest.mark.parametrize("body,asked,decision,want", CASES)
def test_a_lettered_subsection_is_read_as_the_act_has_it(body, asked, decision, want):
    reading = read_reply(REPLY.format(body=body, ref=len(body), asked=asked, decision=decision))
    assert reading.sections == [want]
