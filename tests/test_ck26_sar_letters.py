"""ck26 (issue 8 item 4): a subject access request lists kinds of records about the person, never the story told
around them; another person's records are their own request; a name the writer gave is used; the Access to Health
Records Act letter is signed with the name typed after it and says what the writer told. Invented sentences only."""

from __future__ import annotations

import pytest

from test_ck26_bodies import chat  # a chat from the start on a fixed day: (conversation, what the last turn said)

from askfoi.sar_items import others_in_sar, sar_items


@pytest.mark.parametrize("text, item", [
    ("Im helping my mum who has dementia get her social care records from the council, she lives in Leeds",
     "[PARENT'S NAME]'s social care records"),
    ("im trying to help my dad whos in a care home get his care records from the council", "[PARENT'S NAME]'s care records"),
    ("my mum mary jones has dementia and im trying to get her care home records from the council",
     "Mary Jones's care home records"),
    ("My son, Jack Smith, was excluded last term and I want his school records", "Jack Smith's school records"),
])
def test_an_item_is_the_records_never_the_story(text, item):
    items = sar_items(text)
    assert item in items
    assert not any(w in " ".join(items).lower() for w in ("helping", "dementia", "trying", "care home get"))


def test_a_story_sentence_is_no_item():
    items = sar_items("i need my housing file from the council. my neighbour has been harassing me for years and "
                      "nothing gets done. i want the emails about my complaints")
    assert items == ["My housing file", "The emails about my complaints"]


@pytest.mark.parametrize("text, other", [
    ("I want my social services file from when I was in care and my childrens files too", "my childrens files"),
    ("can i get my housing records and my sons school records as well", "my sons school records"),
])
def test_another_persons_records_are_their_own_request(text, other):
    assert other in others_in_sar(text)
    assert not any(other in i.lower() for i in sar_items(text))


def test_the_chat_leaves_the_childrens_files_out_and_says_why():
    c, said = chat("I want my social services file from when I was in care and my childrens files too, its kent county council")
    assert "each person's records are their own subject access request" in said
    assert "FOI cannot give" not in said
    assert not any("children" in p.lower() for p in c.session.parts)


def test_a_name_given_is_used_and_not_asked_again():
    c, said = chat("Im helping my mum mary jones who has dementia get her social care records from the council, she lives in Leeds")
    assert "Mary Jones" in said and "ask for her name" not in said
    c, said = chat("Im helping my mum mary jones who has dementia get her social care records from the council, she lives in Leeds",
                   "ok", "ok", "ok", "skip", "Sam Jones")
    assert "What is your mum's full name" not in said
    assert "on behalf of Mary Jones" in c.letter_text()


@pytest.mark.parametrize("name, signed", [("jo bloggs", "Jo Bloggs"), ("Priya Shah", "Priya Shah")])
def test_the_ahra_letter_is_signed_with_the_name_typed(name, signed):
    c, said = chat("my gran passed away in may at the royal stoke, im her executor and want her hospital notes", "ok")
    assert "[YOUR NAME]" in c.letter_text() and "Type your full name" in said
    c.reply(name)
    letter = c.letter_text()
    assert signed in letter and "[YOUR NAME]" not in letter
    assert "as her personal representative" in letter and "SAY WHICH, AND FOR A CLAIM" not in letter  # "im her executor"
    assert "The letter is above" in " ".join(m.text for m in c.reply("ok").messages)


def test_the_ahra_letter_says_a_claim_when_told_one():
    c, _ = chat("my dad died in hospital last year and we think it was negligence, can i get his medical records", "ok")
    assert "a person who may have a claim arising out of his death" in c.letter_text()
    assert "grant of probate" not in c.letter_text()
