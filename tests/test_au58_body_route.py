"""au58 (nc58 faults 1, 2, 8): the organisation and the route.

1. A disaster or an attack a story names never picks the body; the body named, then the town named, do; a part
   never bakes in the name of a body askfoi only proposed.
2. A body no FOI law covers (a housing association in England, Wales or Northern Ireland) gets a plain letter, no
   legal due date, no tracking, chaser or ICO complaint, and the covered bodies likely to hold the records.
3. A body's name typed with an appositive or in lower case is tidied for the salutation and file name."""

from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)
MIDLAND = ("hi i live in a tower block in birmingham, its run by a housing association (midland heart). after grenfell "
           "we were told the cladding was being checked but nothing happened. i want to know when the last fire safety "
           "inspection / fire risk assessment was done on my block, what it found, whether the cladding is acm or "
           "unsafe, and what they are planning to do about it")


@pytest.mark.parametrize("text, body", [
    ("after grenfell we were told the cladding on our tower block in birmingham was being checked. when was the last "
     "fire risk assessment done and what did it find", "Birmingham City Council"),
    ("after the southport attack there was a riot outside the hotel in rotherham. how many people have been arrested "
     "for it", "South Yorkshire Police"),
    (MIDLAND, "Midland Heart"),
])
def test_an_event_in_the_story_never_picks_the_body(text, body):
    framing = frame_message(text, today=TODAY)
    assert framing.authority is not None and framing.authority.name == body


def test_an_event_alone_leaves_the_body_to_be_asked():
    framing = frame_message("what has the council done about cladding on tower blocks since grenfell", today=TODAY)
    assert framing.authority is None


def test_a_part_never_bakes_in_a_proposed_body_name():
    framing = frame_message("i live in kensington. i want to know what they are planning to do about the block",
                            today=TODAY)
    assert framing.authority is not None and "Kensington" in framing.authority.name
    assert framing.parts and not any("Kensington" in p.text for p in framing.parts)
    assert any("you are planning" in p.text for p in framing.parts)


def _chat(*answers):
    from askfoi.conversation import Conversation

    conv = Conversation()
    conv.today = lambda: TODAY
    said = []
    for a in answers:
        said += [m.text for m in conv.reply(a).messages]
    return conv, "\n".join(said)


def test_a_housing_association_gets_a_plain_letter_and_the_covered_bodies():
    conv, said = _chat(MIDLAND, "ok")
    assert conv.session.authority == "Midland Heart"
    assert "West Midlands Fire Service" in said and "Birmingham City Council" in said
    assert "may be environmental information" in said
    letter = conv.letter()
    assert letter is not None and not letter.covered and letter.due is None and conv.due() is None
    assert "Freedom of Information Act 2000" not in letter.body and "section 1" not in letter.body
    assert "Freedom of Information" not in letter.subject


def test_a_housing_association_letter_sent_is_not_tracked_as_overdue():
    conv, _ = _chat(MIDLAND, "ok")
    from askfoi.conversation import Turn

    turn = Turn(messages=[])
    conv._track_sent("sent 1 october", turn)
    text = " ".join(m.text for m in turn.messages)
    assert "no legal deadline" in text and "late" not in text


def test_the_reply_of_a_body_not_covered_offers_no_foi_letters():
    from askfoi.reply_flow import ReplyFlow

    reply = ("Dear Ms Doe,\nThank you for your request of 1 October 2026. We have decided not to provide the fire risk "
             "assessment for your block.\nYours sincerely, Midland Heart")
    covered = ReplyFlow(today=lambda: TODAY, authority="Midland Heart", sent=date(2026, 10, 1)).read(reply)
    plain = ReplyFlow(today=lambda: TODAY, authority="Midland Heart", sent=date(2026, 10, 1), not_covered=True).read(reply)
    assert covered.offers and not plain.offers
    assert "Information Commissioner" in plain.message and "do not apply" in plain.message


@pytest.mark.parametrize("typed, name", [
    ("midland heart, the housing association", "Midland Heart"),
    ("clarion housing group (my landlord)", "Clarion Housing Group"),
    ("the orbit group, our housing association", "Orbit Group"),
])
def test_a_body_typed_with_what_it_is_is_tidied(typed, name, tmp_path):
    conv, _ = _chat("how many complaints about damp and mould were made to my landlord in 2024", typed)
    assert conv.session.authority == name
    letter = conv.letter()
    assert letter is not None and f"Dear {name}," in letter.body and not letter.covered
    saved = conv.save_letter(tmp_path)
    assert saved.name.startswith("foi-request-" + name.lower().replace(" ", "-") + "-2026")
