"""nx67 (lf64's open items): an acronym alias that is an ordinary English word ("LEASE", "NICE", "WRAP") never names a
body when typed in lower case; a framed part's "their" that can only mean the body is "your"; "who is responsible for
X, is it A or B?" asks which body holds it (answered at the organisation step), never a part."""
import re

import pytest

from askfoi.authorities import default_index
from askfoi.framing import find_authority, frame_message
from askfoi.part_addressee import a_word


def _acronym_like(label):  # two capitals or more, not a capitalised word ("LEASE", "IDeA")
    letters = re.sub(r"[^A-Za-z]", "", label)
    return sum(c.isupper() for c in letters) >= 2 and not letters.istitle()


def _word_acronyms():
    idx = default_index()
    return sorted({(label, a.name) for a in idx.authorities for label in (a.name, *a.aliases)
                   if " " not in label.strip() and _acronym_like(label) and a_word(label)})


def test_there_are_such_aliases_in_the_knowledge():
    assert len(_word_acronyms()) >= 15  # LEASE, NICE, WRAP, WATCH, PUSH, CAP, ... (20 when counted)


@pytest.mark.parametrize("label,name", _word_acronyms())
def test_an_acronym_that_is_a_word_names_no_body_in_lower_case(label, name):
    found, _ = find_authority(f"can i have a copy of the {label.lower()} for the park please")
    assert found is None or found.name != name, (label, found)


def test_the_lease_is_a_document_not_the_leasehold_advisory_service():
    framing = frame_message("can i get a copy of the lease for the cafe in the park from the council")
    assert framing.authority is None or framing.authority.name != "Leasehold Advisory Service"
    assert any("lease" in p.text.lower() for p in framing.parts)


def test_an_acronym_typed_in_capitals_is_the_body():
    found, _ = find_authority("what did LEASE say about ground rents, how many enquiries did they get in 2024")
    assert found is not None and found.name == "Leasehold Advisory Service"
    found, _ = find_authority("how much did banes council spend on the clean air zone")
    assert found is not None and found.name == "Bath and North East Somerset Council"  # the name before its kind


def test_a_framed_parts_their_is_your():
    framing = frame_message("i want birmingham city council's policy on hmo licensing and how many inspections their "
                            "team did last year")
    texts = [p.text for p in framing.parts]
    assert any("your team" in t for t in texts), texts
    assert not any("their team" in t for t in texts), texts


@pytest.mark.parametrize("message", [
    "who is responsible for the road at brixton hill, is it tfl or lambeth? and how many accidents were there in 2024",
    "who looks after the pavement on the high street, is it kent county council or maidstone borough council? how many "
    "trip claims were paid last year",
])
def test_which_body_holds_it_is_no_part(message):
    framing = frame_message(message)
    texts = [p.text.lower() for p in framing.parts]
    assert texts and not any(" or " in t and ("is it" in t or "responsible" in t or "looks after" in t) for t in texts), texts
    assert not any(t.startswith("the name of the team, body or contractor") for t in texts), texts
