"""ny88 (nc88 #1, #2; nc85 #8b): a subject access message that also asks FOI questions.
#2: a question about the person's own things ("have they been tracking my car reg ...", "did they film my van") is their
own data: never set aside for the FOI letter, whose reply is public.
#1: /next after the subject access letter writes the FOI letter: the set-aside questions are never read as a subject
access request again (it looped back to the same subject access letter and the FOI questions were never asked).
Messages in my own words, the way people type."""
import pytest

from askfoi.conversation import Conversation
from askfoi.sar_items import foi_asides

OWN_THINGS = [
    ("i want to know where the anpr cameras are in hampshire, how many they have, how long they keep the data for, and "
     "have they been tracking my car reg xy21 abc", "tracking"),
    ("how many speed cameras are in kent, how long do they keep the footage and did they film my van on the a2 in may",
     "van"),
    ("i want my records from the police, how many stop and searches they did last year and have they been watching me",
     "watching"),
]


@pytest.mark.parametrize("text, own", OWN_THINGS)
def test_a_question_about_the_persons_own_things_is_not_set_aside_for_foi(text, own):
    asides = foi_asides(text)
    assert asides and any("how many" in q.lower() for q in asides)
    assert not any(own in q.lower() for q in asides), asides


def test_guard_a_place_named_with_my_stays_an_foi_question():
    """guard (passes on main too): "in my street" is where, not whose."""
    asides = foi_asides("how many complaints did the council get about bins in my street and what did they do about them")
    assert any("my street" in q for q in asides)


def test_next_writes_the_foi_letter_even_when_a_set_aside_question_is_about_the_person():
    conv = Conversation()
    conv.start()
    for said in ("are hampshire police tracking my car? i want to know where their anpr cameras are in hampshire, how "
                 "many they have and how long they keep the data for", "ok", "ok", "1", "Dan Hughes", "dan@example.com"):
        conv.reply(said)
    assert conv.next_letter_ready()
    # an aside about his own car, as main set aside (nc88 #2): the FOI letter must still be reached
    conv.session.foi_aside = [*conv.session.foi_aside, "have they been tracking my car reg xy21 abc?"]
    shown = "\n".join(m.text for m in conv.next_letter().messages)
    assert conv.request().route == "foi"
    assert "I'll write it as a subject access request" not in shown
    assert not any("personal data you hold about me" in p for p in conv.session.parts)
    assert not any("xy21" in p.lower() for p in conv.session.parts)
    assert "Not in this letter" in shown and "xy21" in shown.split("Not in this letter")[1]


# nc88 #3: a natural "yes" at the parts step is an "ok", never a part; "add" asked in a sentence adds the record only
@pytest.mark.parametrize("agree", ["yes thats fine", "yeah thats right thanks", "yes that is right"])
def test_an_agreeing_reply_is_an_ok(agree):
    from askfoi.conversation import is_accept

    assert is_accept(agree)


@pytest.mark.parametrize("typed, part", [
    ("can you add that i want the anpr records of my car ab12 cde for this year",
     "add the anpr records of my car AB12 CDE for this year"),
    ("could you please also add i'd like to see the contract", "add the contract"),
    ("please add the tree inspection reports", "add the tree inspection reports"),
])
def test_add_asked_in_a_sentence_is_add_and_the_record(typed, part):
    from askfoi.conversation import _add_asked

    assert _add_asked(typed).rstrip("?") == part


def test_guard_plain_add_and_other_words_unchanged():
    """guard: "add X" and words that are not an add stay as typed."""
    from askfoi.conversation import _add_asked

    assert _add_asked("add the contract") == "add the contract"
    assert _add_asked("additional costs for the contract") == "additional costs for the contract"


def test_yes_thats_fine_at_the_parts_step_adds_no_part():
    conv = Conversation()
    conv.start()
    conv.reply("my dad is in a care home in bradford and hes had three falls since june, i want everything bradford "
               "council wrote about him and his care plan. can i get that even tho its his data not mine")
    conv.reply("ok")
    before = list(conv.session.parts)
    assert before and conv.session.step.value == "parts"
    shown = "\n".join(m.text for m in conv.reply("yes thats fine").messages)
    assert conv.session.parts == before
    assert "Yes thats fine" not in shown


# nc88 #4: an ask to see a document of the body's work is a copy of it, never left out
@pytest.mark.parametrize("text, part", [
    ("how many healthy trees did sheffield council fell under the streets ahead contract with amey, can i see the "
     "contract and the tree inspection reports", "A copy of the streets ahead contract with Amey."),
    ("how many falls has the care home had this year? any inspection reports?", "Copies of any inspection reports."),
])
def test_an_ask_to_see_a_document_is_a_copy_of_it(text, part):
    from askfoi.framing import frame_message

    framing = frame_message(text, None)
    assert part in [p.text for p in framing.parts]
    assert not framing.unframed


def test_guard_an_ask_to_see_ones_own_file_stays_a_subject_access_item():
    """guard: "can i see my file" is the person's own data, never a copy of a body's document."""
    from askfoi.framing import frame_message

    framing = frame_message("can i see my file", None)
    assert framing.route == "sar" and not any(p.text.startswith(("A copy of", "Copies of")) for p in framing.parts)
