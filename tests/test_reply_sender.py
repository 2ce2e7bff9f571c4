"""Which body sent a pasted reply: read from the writer's places in the reply (askfoi/reply_sender.py), so the
review letter greets that body when the person did not name it."""

from pathlib import Path

import pytest

from askfoi.followup import review_letter
from askfoi.reply_sender import reply_sender

SEEDS = sorted((Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("*.txt"))


@pytest.mark.skipif(not SEEDS, reason="the shared seed pages are not beside this checkout")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_the_seed_pages_were_sent_by_essex_police(seed):
    assert reply_sender(seed.read_text(encoding="utf-8")) == "Essex Police"


@pytest.mark.parametrize("reply, sender", [
    ("Dear Ms Khan\n\nLeeds City Council does not hold this information. If you are unhappy, you may complain "
     "to the Information Commissioner's Office.", "Leeds City Council"),
    ("Thank you for your request. We have passed it to the Home Office, which holds these records.\n\nFOI Team", None),
    ("Your request has been considered. Please contact NHS England for this data.\nRegards", None),
    ("We do not hold this. You can complain to the Scottish Information Commissioner.", None),
    ("Re: FOI 2024/118\n\nI write on behalf of the Cabinet Office. The information is exempt under section 35.",
     "Cabinet Office"),
    ("", None),
])
def test_the_sender_is_the_body_in_a_writers_place(reply, sender):
    assert reply_sender(reply) == sender


def test_a_body_named_only_by_an_ambiguous_acronym_mid_sentence_is_not_the_sender():
    assert reply_sender("You asked about animal rescues. SFRS do not routinely record the species.") is None


def test_the_review_letter_greets_the_sender_when_no_authority_is_given():
    reply = ("Dear Mr Jones\n\nKent Police has considered your request. We neither confirm nor deny whether the "
             "information is held, by virtue of section 23(5) and section 24(2).\n\nFreedom of Information Unit\nKent Police")
    assert "Dear Kent Police Freedom of Information team," in review_letter(reply).body
    assert "Dear Essex Police" in review_letter(reply, authority="Essex Police").body


def test_a_reply_naming_no_sender_keeps_the_plain_greeting():
    reply = "We neither confirm nor deny whether the information is held, by virtue of section 23(5).\nFOI team"
    assert "Dear Freedom of Information team," in review_letter(reply).body
