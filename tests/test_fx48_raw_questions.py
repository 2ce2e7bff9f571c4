"""fx48 (issue 8, nc47 #11): questions kept raw where a frame exists. "What fines did X get?" is the fines and
penalties imposed on X with the date and amount of each; "who were the pilots" asks who people are (personal data,
s40(2)): the part asks for their role and organisation, with the finding; "who authorised it" after a count of things
something was done to is the records of who authorised doing it; "body worn camera videos" is one compound, so the
count reads. My own wordings of nc47's shapes."""
from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.raw_shapes import penalties_asked

TODAY = date(2026, 12, 4)


def _frame(text: str):
    return frame_message(text, today=TODAY)


@pytest.mark.parametrize("typed, asked", [
    ("What fines did Thames Water get?", "the fines and penalties imposed on Thames Water, with the date and amount"),
    ("what penalties has Southern Water received since 2020?", "penalties imposed on Southern Water since 2020, with"),
    ("what fines has the environment agency given anglian water", "imposed on anglian water by the environment agency"),
])
def test_what_fines_did_x_get_is_the_fines_imposed_on_x(typed, asked):
    assert asked in penalties_asked(typed)


def test_what_fines_did_x_get_is_a_part():
    parts = _frame("What fines did Thames Water get in 2024?").parts
    assert len(parts) == 1 and parts[0].text.startswith("The fines and penalties imposed on Thames Water"), \
        [p.text for p in parts]


@pytest.mark.parametrize("text, people", [
    ("how many drone flights did the environment agency make in 2024 and who were the pilots", "pilots"),
    ("how many speed cameras did essex police install in 2023 and who were the engineers", "engineers"),
])
def test_who_were_the_people_asks_their_role_and_flags_personal_data(text, people):
    framed = _frame(text)
    last = framed.parts[-1]
    assert not last.kept_words and "role or job title" in last.text and people in last.text, last.text
    assert any(f.code == "third-party-personal-data" and "40(2)" in f.message for f in framed.findings)


def test_who_authorised_it_after_a_count_of_things_done_is_the_records_of_who_did():
    framed = _frame("How many body worn camera videos were deleted by Kent Police in 2023? Who authorised it?")
    texts = [p.text for p in framed.parts]
    assert texts[0] == "The number of body-worn camera videos deleted.", texts
    assert texts[1].startswith("Any records showing who authorised deleting the body-worn camera videos"), texts
    assert not any(f.code == "story-reference" for f in framed.findings)


def test_who_authorised_it_after_a_count_of_things_owned_is_left_for_a_finding():
    framed = _frame("how many drones does kent police own and who authorised it")
    assert not any("authorised owning" in p.text for p in framed.parts)
