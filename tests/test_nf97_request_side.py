"""nf97 (nc97, session 61): what a newcomer found on the request side."""
import pytest

from askfoi.framing import find_authority


# nc97 #3: a body named in the message wins over a national body whose alias is the plain name of a committee every
# council has ("the standards committee" is an alias of the Committee on Standards in Public Life)
@pytest.mark.parametrize("text, body", [
    ("councillor john smith on wakefield council is always jetting off on 'fact finding trips' at OUR expense!!! i want "
     "his expenses claims for the last 2 years, the receipts, and his declaration of interests. also is he under "
     "investigation by the standards committee", "Wakefield City Council"),
    ("how many complaints about councillors did the standards committee at bristol city council uphold last year",
     "Bristol City Council"),
    ("has the standards committee looked at cllr brown from leeds city council", "Leeds City Council"),
])
def test_named_body_wins_over_a_committee_alias(text, body):
    found, _ = find_authority(text)
    assert found is not None and found.name == body


@pytest.mark.parametrize("text", [
    "how many complaints has the committee on standards in public life received about ministers",
    "how many complaints did the standards committee get last year",  # no other body named: unchanged
])
def test_committee_on_standards_still_found(text):
    found, _ = find_authority(text)
    assert found is not None and found.name == "Committee on Standards in Public Life"
