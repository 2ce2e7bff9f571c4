"""lead40 (nc43 #16): a review never says a part "(partly given)" was not given at all, and the chat's review never
points to a command line ("askfoi explain") the person in the chat cannot use."""

from askfoi.followup import review_letter
from askfoi.templates import render

REPLY = """Our ref: FOI 2026/1

1. 14 officers were disciplined in 2025.
2. The names are withheld under section 40(2).
3. We hold some of this: 3 complaints were upheld; the rest of the information is exempt under section 31(1)(a).
"""


def test_a_part_given_in_part_is_said_to_be_only_partly_answered():
    body = review_letter(REPLY, name="Asha Patel").body
    assert "(partly given)" not in body


def test_the_overt_note_names_no_command():
    assert "askfoi" not in render("letters/overt_too.txt.j2")
