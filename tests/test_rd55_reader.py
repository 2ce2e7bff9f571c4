"""rd55 (session 47): the reply reader on replies told back in the third person (tribunal accounts, a person in a chat)
and on letters - each a class found on the tuning sets (fresh50/51/53, labelled.jsonl), with its guard."""

from __future__ import annotations

import pytest

from askfoi.reader import read_reply


def _parts(text: str) -> dict[str, str]:
    return {p.number: p.outcome.value for p in read_reply(text).parts}


@pytest.mark.parametrize("text", [
    "January, 2015, the FCO provided heavily redacted copies of those email despatches.",
    "Please find attached a redacted document. This letter serves as a Refusal Notice.",
    "The Council disclosed the contract in redacted form.",
    "On 16 January the Trust provided him with a print-out of the incident form. The accompanying email said it was a "
    "copy of the form with all 'patient identifiable information removed'.",
])
def test_a_document_given_with_parts_taken_out_is_partly_given(text):
    assert read_reply(text).outcome.value == "part_disclosed"


def test_guards_of_the_redacted_document():
    assert read_reply("We enclose an unredacted copy of the report.").outcome.value == "disclosed"
    # the verb negated in one word before it: no document given
    assert read_reply("We are unable to provide a redacted version of the report as the cost of doing so would exceed "
                      "the appropriate limit.").outcome.value == "cost_limit"


def test_a_person_giving_is_not_the_authority_giving():
    text = "Bob provided the figures to the council last year. The council refused the request under section 43."
    assert read_reply(text).outcome.value == "refused"


@pytest.mark.parametrize("text", [
    "On 6 August 2018, HCC provided information about the scheme. It refused the rest under section 40(2).",
    "Ofsted provided the inspection reports. It refused the rest under section 40(2).",
    "The WYP, after consultation with the Ministry of Justice, disclosed to the Appellant version 3.1 of a draft "
    "document. It withheld the appendix under section 31.",
])
def test_an_authority_told_short_or_interrupted_still_gives(text):
    assert read_reply(text).outcome.value == "part_disclosed"


def test_a_participle_negated_on_the_way_gives_nothing():
    text = ("The JCIO replied on 18 November 2013 explaining why it would not be supplying the information. The letter "
            "explained that finding it would cost well in excess of the appropriate limit.")
    assert read_reply(text).outcome.value == "cost_limit"


def test_an_editors_placeholder_is_no_hold_back():
    text = ("The Council replied: 'Did [name of officer redacted] attend the meeting? I am informed that none of the "
            "above notes, records or documents have been identified as being information within the Council's "
            "possession.'")
    assert read_reply(text).outcome.value == "not_held"


def test_not_in_our_possession_is_not_held():
    assert read_reply("The report you asked for is not in our possession.").outcome.value == "not_held"


def test_section_14_for_one_part_beside_exemptions_for_the_others_is_a_refusal():
    text = ("As to the First Part, the information was exempt from disclosure under section 36. The information "
            "requested in the Second Part was claimed to be exempt under section 40. The Third Part was refused "
            "because it was said to fall within section 14 (vexatious request).")
    reading = read_reply(text)
    assert reading.outcome.value == "refused"
    assert [p.outcome.value for p in reading.parts] == ["refused", "refused", "vexatious"]
    # the whole request vexatious stays vexatious
    assert read_reply("The Council refused the request as vexatious under section 14(1).").outcome.value == "vexatious"


def test_a_pointer_said_to_answer_a_share_beside_an_exemption_is_partly_given():
    text = ("The HO responded on 10 July 2015 by referring Mr. Cox to a House of Lords written answer in respect of "
            "part of his request. It stated that it held further information which it refused to disclose, relying "
            "on sections 27(1) and 40(2).")
    assert read_reply(text).outcome.value == "part_disclosed"
    # a bare link beside the exemption decides nothing (the lead's ruling on rd49)
    assert read_reply("Our annual report is published on our website. The information you requested is exempt under "
                      "section 27(1).").outcome.value == "refused"


def test_parts_given_named_after_the_giving_verb_and_the_rest():
    assert _parts("On 5 November 2015, the Council disclosed part 1 of the request so far as it related to dates and "
                  "parts 4, 6 and 7. The remaining information was withheld under regulation 12(5)(b).") == {
        "1": "disclosed", "2": "refused", "3": "refused", "4": "disclosed", "5": "refused", "6": "disclosed",
        "7": "disclosed"}
    assert _parts("The Council disclosed parts 1 and 3. The other questions were refused under section 40(2).") == {
        "1": "disclosed", "2": "refused", "3": "disclosed"}
    assert _parts("The DWP responded on 28 November 2013 answering request iii) but withholding the remainder of the "
                  "information under s40.") == {"1": "refused", "2": "refused", "3": "disclosed"}


def test_a_share_given_told_in_the_past_passive():
    text = "The first section was withheld under section 42(1). The remaining two sections were disclosed."
    assert read_reply(text).outcome.value == "part_disclosed"
    assert read_reply("The first section was withheld under section 42(1). The other documents were disclosed to the "
                      "police.").outcome.value == "refused"
