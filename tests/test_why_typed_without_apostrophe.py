"""A "why" question typed the way people type it, without the apostrophe ("why dont they ..."), is still turned
into the records that would show the reasons, in the order of a statement, and the letter's subject line is what
the records are about, never the question's auxiliary."""

import pytest

from askfoi.framing import frame_message
from askfoi.why_records import why_clause


@pytest.mark.parametrize("typed, said", [
    ("why dont they have more staff on at night", "why the council does not have more staff on at night"),
    ("why didnt the council fix the road", "why the council did not fix the road"),
    ("why arent there more buses", "why there are not more buses"),
])
def test_bare_negative_reads_like_the_apostrophe(typed, said):
    got = why_clause(typed, body="the council")
    assert got is not None and got.mode == "why"
    assert got.phrase == said
    with_apostrophe = why_clause(typed.replace("nt ", "n't ", 1), body="the council")
    assert with_apostrophe.phrase == got.phrase


def test_subject_is_what_the_records_are_about_not_a_verb_phrase():
    got = why_clause("why dont they have more staff on at night", body="the council")
    assert not got.subject.split()[0] in ("not", "does", "have", "dont")
    assert "staff" in got.subject
    assert why_clause("why arent there more buses").subject != "there"


def test_letter_part_never_keeps_the_bare_contraction():
    framed = frame_message("my mum is in a care home run by kent county council. why dont they have more staff on "
                           "at night")
    texts = " ".join(p.text for p in framed.parts)
    assert "dont" not in texts.lower().split()
    # lf64: the letter speaks to the council as "you" ("why you do not have more staff")
    assert "does not have more staff" in texts or "you do not have more staff" in texts
