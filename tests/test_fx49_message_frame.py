"""fx49 (issue 8): a part's subject and period resolved from the message's frame (askfoi/message_frame.py).

A message says once what it is about or which period it means, then asks questions that only point back ("In the
same period, how many were paid?", "When was the contract awarded?"). Each part must name what it asks about on its
own, in the words of the frame's template. The wordings are mine (fx49), written for these tests.
"""
from datetime import date

from askfoi.framing import frame_message
from askfoi.message_frame import lead_in_subject, periods_pointed

TODAY = date(2026, 12, 4)


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


def test_same_period_takes_the_dates_asked_before():
    texts = _texts("Dear Leeds City Council, I would like to know how many fixed penalty notices for littering were "
                   "issued between 1 April 2022 and 31 March 2024. In the same period, how many were paid? During this "
                   "period, how many were cancelled?")
    assert len(texts) == 3, texts
    assert not any("period" in t.lower() and "1 april" not in t.lower() for t in texts), texts
    assert any("paid" in t for t in texts) and any("cancelled" in t for t in texts), texts
    assert all("fixed penalty notices" in t for t in texts), texts


def test_a_kept_part_says_the_period_it_pointed_at():
    texts = _texts("Dear Scottish Fire and Rescue Service,\nHow many fires involving balconies occurred in total between "
                   "1st August 2022 and 31st July 2023?\nIn the same period, how many fires occurred where balconies "
                   "were found to have contributed to the spread of the fire across the external walls?")
    spread = [t for t in texts if "spread of the fire" in t]
    assert spread and "1 August 2022 to 31 July 2023" in spread[0], texts


def test_a_period_pointer_with_nothing_before_it_is_left_as_typed():
    said = "Dear Wakefield Council, during this period, how many library staff were made redundant?"
    assert periods_pointed(said, today=TODAY) == said
    assert periods_pointed("How many 999 calls did you receive in 2023? How many are you handling at this time?",
                           today=TODAY).endswith("at this time?")  # "at this time" is now, never a period pointer


def test_the_lead_in_subject_is_written_into_a_kept_part_and_a_framed_part():
    texts = _texts("Under the FOI Act I would like to request the following information regarding the contract for "
                   "grass cutting in your parks: 1. When was the contract awarded? 2. What is the value of the "
                   "contract? 3. How many complaints about the grass cutting were received in 2024?")
    assert "When was the contract for grass cutting in your parks awarded?" in texts, texts
    value = [t for t in texts if "value" in t]
    assert value and "contract for grass cutting in the parks" in value[0], texts


def test_an_it_the_part_names_nothing_before_is_the_lead_in_subject():
    texts = _texts("Dear Bristol City Council, I am requesting information about the school transport service. "
                   "How much was spent on it in 2023?")
    assert any("spent on the school transport service" in t for t in texts), texts


def test_a_part_that_restricts_the_noun_itself_is_left():
    texts = _texts("Dear Leeds City Council, I would like the following information regarding the contract for grass "
                   "cutting in your parks: 1. When was the contract for street cleaning awarded? 2. How many "
                   "complaints about the grass cutting were received in 2024?")
    assert not any("grass cutting in your parks" in t or "grass cutting in the parks" in t for t in texts), texts


def test_lead_in_subject_needs_a_phrase_that_says_more_than_its_head():
    assert lead_in_subject("I would like information regarding the contract with your supplier(s) of sports "
                           "uniform/kit:\n1) ...") == ("the contract with your supplier(s) of sports uniform/kit",
                                                       "contract")
    assert lead_in_subject("Please provide further information regarding this matter.") is None
    assert lead_in_subject("I would like information about the service.") is None


def test_a_count_after_the_story_counts_what_the_story_says_was_used():
    texts = _texts("The Met used live facial recognition cameras in Croydon town centre in 2024. How many searches "
                   "were run? How many people were arrested as a result?")
    searches = [t for t in texts if "searches" in t]
    arrests = [t for t in texts if "arrested" in t]
    assert searches and "live facial recognition cameras in Croydon town centre" in searches[0], texts
    assert arrests and "as a result of live facial recognition cameras" in arrests[0], texts
    assert all("2024" in t for t in searches + arrests), texts


def test_a_count_of_the_thing_itself_or_with_its_own_scope_is_left():
    texts = _texts("Dear Kent County Council, the council installed new speed cameras on the A2 in 2023. How many "
                   "speed cameras are there in Maidstone? How many drivers were fined?")
    assert not any("relating to new speed cameras" in t for t in texts if "Maidstone" in t), texts
    fined = [t for t in texts if "fined" in t]
    assert fined and "new speed cameras on the A2" in fined[0], texts


def test_what_a_person_used_is_no_story_subject():
    from askfoi.message_frame import story_subject

    assert story_subject("My son used the school bus service in Leeds. How many pupils were excluded?") is None
    assert story_subject("I put up new signs in York. How many were stolen?") is None
    assert story_subject("The council installed new speed cameras on the A2 in 2023. How many drivers were fined?")[:2] \
        == ("new speed cameras", "on the A2")


def test_a_period_not_read_whole_is_never_written_as_dates():
    # "2022-22 (to date)" is not read: the dates read ("2019-20, 2020-21") would narrow what "the same period" means,
    # so the pointer goes and the letter's period stands
    out = periods_pointed("How many bus passes were issued? Please give figures for 2019-20, 2020-21, 2022-22 (to "
                          "date). In the same period, how many were cancelled?", today=TODAY)
    assert out.endswith("How many were cancelled?"), out
    assert "31 March 2021" not in out, out


def test_a_question_that_opens_a_list_is_left_as_typed():
    said = ("How many bikes were stolen in 2019, 2020 and 2021? Over the same timeframe, how many thefts of the "
            "following items were reported?\n\nLocks\n\nLights")
    assert periods_pointed(said, today=TODAY) == said


def test_a_sentence_that_asks_tells_no_story():
    from askfoi.message_frame import story_subject

    assert story_subject("my client wants to know how many times police scotland used drones over protests last year "
                         "and whether they used facial recognition on the footage, and how much the drones cost") is None
