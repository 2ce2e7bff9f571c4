"""fx70 (issue 8): who is asked is decided by the role a body's name plays in its clause, never by any name found. A
name given as an example of what is asked ("all councils ... e.g. London Borough of Bexley"), a gloss of a thing ("ACM
(aka ACP) panels"), where the person would appeal ("then I can appeal to the Information Commissioner"), a recipient of
the records asked ("guidance issued to the Planning Inspectorate"), an approver in the person's story ("alarms approved
by London Fire Brigade") or a place a thing is only near ("the bridge over the A47 near Norwich") is not the body the
letter goes to: with no body asked, which body is asked back. Shapes from real first messages (fx67, tuning), written
afresh here."""

from askfoi.framing import find_authority


def _asked(text: str) -> str | None:
    found, _ = find_authority(text)
    return found.name if found is not None else None


def test_a_body_in_an_example_block_is_not_the_body_asked():
    text = ("Please could I have a spreadsheet of the FOI contact details of every local council in England.\n\ne.g.\n\n"
            "Council Name:\nLondon Borough of Bexley\n\nFOI Email:\nfoi@bexley.gov.uk\n\n"
            "Where possible please could you add the name of the officer who oversees FOI at each council.")
    assert "Bexley" not in (_asked(text) or "")


def test_a_body_after_eg_in_its_clause_is_an_example():
    assert "Croydon" not in (_asked(
        "Please provide the list of councils you have funded for street lighting since 2020, e.g. Croydon Council, "
        "with the sum given to each.") or "")


def test_an_acronym_glossing_a_thing_is_not_a_body():
    assert _asked("I am writing to request from you all circulars and advice given to building control teams on ACM "
                  "(aka ACP) cladding panels on buildings over 18m before June 2017.") != "Advisory Committee on Pesticides"


def test_where_the_person_would_appeal_is_not_the_body_asked():
    asked = _asked("I request the energy performance certificates filed for London boroughs between December 2016 and "
                   "July 2018. If there is a reason they are not published I would like to know it, and then I can "
                   "decide whether to appeal to the Office of the Information Commissioner.")
    assert asked is None or "Information Commissioner" not in asked


def test_a_recipient_of_the_guidance_asked_is_not_the_body_asked():
    asked = _asked("We request copies of information and guidance issued to the Planning Inspectorate on the weight to "
                   "give health and wellbeing when deciding planning appeals since 2012.")
    assert asked != "Planning Inspectorate"


def test_an_approver_in_the_story_is_not_the_body_asked():
    asked = _asked("Our landlord wants leaseholders to pay for new fire doors although many of us have alarms approved "
                   "by London Fire Brigade. Has the government given councils any funding for fire doors in low-rise "
                   "blocks since 2018?")
    assert asked != "London Fire Brigade"


def test_a_place_a_thing_is_only_near_does_not_name_its_council():
    assert _asked("Please send me the approved construction plans for the new cycle bridge over the A47 at the "
                  "Thickthorn junction near Norwich.") != "Norwich City Council"


def test_a_body_asked_by_name_is_still_found():
    # guards: the body whose acts are asked, and the addressee, keep being found
    assert _asked("how much has Leeds City Council spent on agency social workers since 2022") == "Leeds City Council"
    assert _asked("Dear Kent Police,\nhow many drones, for example for searches, did you buy in 2024?") == "Kent Police"


def test_the_other_party_to_correspondence_with_the_body_named_by_its_kind_is_not_asked():
    from datetime import date

    from askfoi.framing import frame_message

    framing = frame_message("Please provide copies of all correspondence about the sale of the playing field between "
                            "the Ministry and Hathersage Parish Council between May 2016 and May 2020.",
                            today=date(2026, 12, 5))
    assert framing.authority is None or "Hathersage" not in framing.authority.name
