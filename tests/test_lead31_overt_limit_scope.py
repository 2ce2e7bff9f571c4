"""Lead, session 31: the offer to limit a question to overt use speaks of how police forces deploy a technology, so it
is made only for a force's own use, and never beside a warning that the same request will meet NCND."""
import pytest

from askfoi.framing import frame_message


def _codes(text, authority=None):
    return [f.code for f in frame_message(text, authority=authority).findings]


@pytest.mark.parametrize("text", [
    "1. Has your council used facial recognition technology, either as a pilot or ongoing work? "
    "2. Were any private firms or police forces involved?",
    "has leeds city council used facial recognition cameras in the town centre",
    "Has the trust used facial recognition at its hospital entrances? Which police forces were involved?",
])
def test_no_overt_offer_for_another_kind_of_body(text):
    assert "overt-limit" not in _codes(text)


@pytest.mark.parametrize("text", [
    "does kent police use live facial recognition? 2. how many people were arrested after a covert facial "
    "recognition match",
    "1. Does Essex Police use facial recognition? 2. How many covert facial recognition deployments were there?",
])
def test_no_overt_offer_beside_an_ncnd_warning(text):
    codes = _codes(text)
    assert "ncnd-risk" in codes and "overt-limit" not in codes


def test_a_forces_own_use_is_warned_now():
    # fc49 (the lead's decision, session 44, issues 8.3 and 9.3): whether a force uses live facial recognition asks about
    # covert use unless limited to overt use: warned, with the overt frames, never offered an overt limit beside it
    codes = _codes("does south yorkshire police use live facial recognition")
    assert "ncnd-risk" in codes and "overt-limit" not in codes
