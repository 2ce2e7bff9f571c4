"""fr27b (issue 8): informal messages whose ask sits inside a clause of story ("god knows how much money on X",
"I am trying to find out the true cost of X", "where did all that money go?", "they should publish X", a bare "who
got the contract?"), text-speak ("ppl waitin", "hw many kids r ..."), and a story that asks nothing framable asked
back the one thing missing, with examples about what the story is about."""
import pytest

from askfoi.framing import frame_message
from askfoi.implied_asks import implied_frames, story_records
from askfoi.word_slips import read_text_speak


def _texts(framing):
    return [p.text for p in framing.parts]


def _codes(framing):
    return [getattr(f, "code", "") for f in framing.findings]


@pytest.mark.parametrize("text,subject", [
    ("They recently spent several weeks, and god knows how much money, on a cycle lane at Brimington, running down "
     "alongside the crematorium. Though its not on the road, its part of the path.", "cycle lane at brimington"),
    ("the council spent god knows how much on the new bridge in wakefield and its already falling apart",
     "new bridge in wakefield"),
    ("no idea how much they spent on the christmas lights in Hove this year, looked awful", "christmas lights in hove"),
    ("Typical. The council wasted a fortune on the new logo for Barnsley", "new logo for barnsley"),
])
def test_money_spent_in_a_story_is_asked_as_the_total_spent(text, subject):
    framing = frame_message(text)
    assert [p.kind for p in framing.parts] == ["total_spend"], _texts(framing)
    part = framing.parts[0].text
    assert subject in part.lower() and part.startswith("The total amount spent on the ")
    for told in ("god knows", "no idea", "fortune", "wonder", "looked awful", "falling apart", "running down"):
        assert told not in part.lower()
    assert "read-from-story" in _codes(framing)  # proposed for the person to confirm, never silently
    assert not framing.questions and "too-vague" not in _codes(framing)


@pytest.mark.parametrize("text,words", [
    ("I don't know if you have seen our new roadsigns when you enter North West Leicestershire. What does strongly "
     "concern me is how much have they cost at a time when services are being cut? I am trying to ascertain the true "
     "cost of these signs", ["new roadsigns"]),
    ("i want to find out the full cost of the library refurbishment in hull", ["library refurbishment in Hull"]),
])
def test_a_cost_the_writer_wants_to_find_out(text, words):
    framing = frame_message(text)
    assert len(framing.parts) == 1 and framing.parts[0].kind == "total_spend", _texts(framing)
    assert all(w in framing.parts[0].text for w in words)
    assert "at a time when" not in framing.parts[0].text and "concern" not in framing.parts[0].text


@pytest.mark.parametrize("text,words", [
    ("The Loughborough Echo reports that parking wardens have raised £400,000 for the Council's coffers during 2009. "
     "I suspect the money raised is put to other use. Maybe someone could tell us what that £400,000 is to be used for?",
     ["£400,000 raised by the parking wardens during 2009", "was spent"]),
    ("Wakefield council made £2m from bus lane fines last year. Where does all that money go?",
     ["£2m made by you from bus lane fines last year", "was spent"]),  # lf64: the letter speaks to the council
    ("In the financial year 2006-2007, the borough carried out the following: Parking Tickets: 279,324. Revenue "
     "generated: Parking Tickets: £13,208,694. Clamps/Tows: 2,383,754.\n\nObvious question: Where the hell did all that "
     "money go?", ["revenue from parking tickets, clamps and tows in the financial year 2006-2007", "was spent"]),
])
def test_where_the_money_went_asks_how_the_money_the_story_told_of_was_spent(text, words):
    framing = frame_message(text)
    assert len(framing.parts) == 1, _texts(framing)
    part = framing.parts[0].text
    assert part.startswith("Any records showing how the ") and all(w.lower() in part.lower() for w in words), part
    assert "hell" not in part and "that money" not in part


def test_money_going_nowhere_the_story_names_is_not_guessed():
    # no sum told: "that money" has nothing to stand for, so no part is made up for it
    assert not implied_frames("Obvious question: where did all that money go?")


@pytest.mark.parametrize("text,words", [
    ("the police should publish the figures for stop and search in Brixton", "The figures for stop and search in Brixton."),
    ("The county council cut the buses last year. The county council should publish passenger totals for each route "
     "from at least the last five years.", "The passenger totals for each route"),
])
def test_what_a_body_should_publish_is_the_ask(text, words):
    framing = frame_message(text)
    assert any(p.text.startswith(words) for p in framing.parts), _texts(framing)
    assert not any("should" in p.text for p in framing.parts)


@pytest.mark.parametrize("text,work", [
    ("They resurfaced Mill Lane in Hove last spring and it's already breaking up. Who got the contract?",
     "resurfacing Mill Lane"),
    ("the council closed the toilets on the seafront last month. so who got the contract", "closing the toilets"),
])
def test_a_bare_who_got_the_contract_names_the_work_the_story_told(text, work):
    framing = frame_message(text)
    assert [p.kind for p in framing.parts] == ["contracts"], _texts(framing)
    assert work in framing.parts[0].text and "supplier" in framing.parts[0].text


@pytest.mark.parametrize("text", [
    "Please provide the total spent on agency staff in 2023.",
    "How much did Leeds council spend on consultants in 2024? They waste a fortune on them.",
])
def test_a_message_that_asks_gets_no_part_read_from_story(text):
    framing = frame_message(text)
    assert len(framing.parts) == 1 and "read-from-story" not in _codes(framing), _texts(framing)


@pytest.mark.parametrize("typed,meant", [
    ("ppl waitin ages for a council house", "people waiting ages for a council house"),
    ("hw many kids r excluded from skool", "how many kids are excluded from school"),
    ("can u tell me how many", "can you tell me how many"),
    ("r) the number of fines", "r) the number of fines"),  # a list label stays
    ("Robin said the Ppl Trust", "Robin said the Ppl Trust"),  # a capitalised word may be a name
    ("the cabin in the woods", "the cabin in the woods"),  # an English word ending -in is no dropped g
])
def test_text_speak_is_read_as_the_words_meant(typed, meant):
    assert read_text_speak(typed) == meant


@pytest.mark.parametrize("text,word", [
    ("can u tell me how many ppl r on the housing list in hull", "people"),
    ("hw many kids r excluded from skool in bristol lst yr", "school"),
])
def test_text_speak_never_reaches_a_part(text, word):
    framing = frame_message(text)
    assert framing.parts and word in framing.parts[0].text.lower(), _texts(framing)
    assert not any(w in p.text.lower().split() for p in framing.parts for w in ("ppl", "u", "r", "hw", "skool"))


@pytest.mark.parametrize("text,records", [
    ("I recently made a claim for damage to my car made by a pothole. The council says the road is inspected 12 times "
     "a year. Any help on what to do next would be highly appreciated.", "inspection"),
    ("Appeal set in motion. Only one boy in the village got accepted despite living 2km further away than the "
     "closing distance. Here starteth my role as pushy parent.", "distance"),
])
def test_a_story_that_asks_nothing_is_asked_which_records_about_its_subject(text, records):
    framing = frame_message(text)
    assert not framing.parts
    assert len(framing.questions) == 1 and records in framing.questions[0], framing.questions


def test_story_records_takes_the_topic_the_story_is_most_about():
    text = ("I have attended several parish council meetings and the agenda items I wanted were dealt with by email "
            "before the meeting, all controversial planning matters")
    assert "councillors" in " ".join(story_records(text))
    assert story_records("the weather was nice today") == []


def test_the_chat_says_a_part_was_read_from_the_story():
    from askfoi.conversation import Conversation

    conv = Conversation()
    conv.start()
    said = "\n".join(m.text for m in conv.reply(
        "the council wasted god knows how much on the new bridge in wakefield and its already falling apart").messages)
    assert "1. The total amount spent on the new bridge in Wakefield." in said
    assert "read part 1 from what you wrote" in said and "edit 1" in said
    conv = Conversation()
    conv.start()
    said = "\n".join(m.text for m in conv.reply("How much did Leeds City Council spend on agency staff in 2024?").messages)
    assert "from what you wrote" not in said  # a question asked in so many words is no proposal


def test_a_letter_with_no_period_still_says_so_when_its_part_is_read_from_the_story():
    framing = frame_message("They recently spent several weeks, and god knows how much money, on a cycle lane at "
                            "Brimington, running down alongside the crematorium.")
    assert "no-time-period" in _codes(framing)
    assert "story-reference" not in _codes(framing)  # the part no longer says "they"


@pytest.mark.parametrize("text", [
    "We spent a fortune on our holiday and now the council want council tax arrears",
    "ive spent god knows how much on taxis since they cut the number 7 bus",
    "my dad spent thousands on the repairs to his roof after the storm",
])
def test_the_writers_own_spending_is_no_ask(text):
    assert not [i for i in implied_frames(text, alone=True) if i.frame.kind == "total_spend"]
