"""Lead fixes, session 32: a "they" whose people are the subject earlier in the same question is theirs, never the
body's; "how many" before a plural the lexicon does not know ("carers") is no elliptical count."""

import pytest

from askfoi.framing import frame_message
from askfoi.part_references import references


@pytest.mark.parametrize("message, people", [
    ("im a foster carer in kent. how many foster carers have left kent county council in the last 3 years and what "
     "reasons did they give when they left", "foster carers"),
    ("i work for the nhs in leeds. how many nurses resigned from leeds teaching hospitals last year and what reasons "
     "did they give when they resigned", "nurses"),
])
def test_second_they_is_the_people_not_the_body(message, people):
    texts = [p.text.lower() for p in frame_message(message).parts]
    assert not any("when the council" in t or "when the trust" in t or "when kent county council" in t for t in texts)
    assert any(people in t and "reason" in t for t in texts)


@pytest.mark.parametrize("text", ["How many foster carers have left the council?",
                                  "How many kinship carers were paid an allowance?"])
def test_how_many_before_an_unknown_plural_is_no_pointer(text):
    assert not [r for r in references(text) if r.kind == "count"]


def test_how_many_elliptical_still_a_pointer():
    assert [r for r in references("How many got a fine?") if r.kind == "count"]
