"""lead44: "there" is the place the story's own verb put something in; one-word housing association names keep their
capital; initials that several councils share are asked about, never read as the one body askfoi knows by them."""
from askfoi.framing import frame_message


def _parts(message: str) -> list[str]:
    return [p.text for p in frame_message(message).parts]


def test_there_is_the_place_the_same_verb_put_someone():
    parts = _parts("my son was kept in an isolation room at his school in bradford for 3 days. "
                   "how many pupils were kept there last year")
    assert parts == ["The number of pupils kept in an isolation room."]


def test_there_is_the_whole_place_the_story_tells_not_only_its_town():
    parts = _parts("we live on the oakalls estate in bromsgrove. how many burglaries were reported there last year")
    assert parts == ["The number of burglaries reported on the Oakalls Estate in Bromsgrove."]
    parts = _parts("my daughter was held in a police cell at wakefield station overnight. "
                   "how many children were held there in 2024")
    assert "at Wakefield station" in parts[0] and "held in Wakefield." not in parts[0]


def test_one_word_housing_association_keeps_its_capital():
    # af99: Clarion is now a housing association askfoi knows: it is the body the letter is to, so the part says
    # "received" (by the addressee), with the housing-association finding beside it
    f = frame_message("how many damp and mould complaints has clarion received in 2024")
    assert [p.text for p in f.parts] == ["The number of damp and mould complaints received."]
    assert f.authority is not None and f.authority.name == "Clarion Housing Group"
    assert "housing-association" in [x.code for x in f.findings]


def test_initials_several_councils_share_are_asked():
    f = frame_message("how much did cdc spend on consultants in 2024")
    assert f.authority is None
    assert f.body_choices[:3] == ["Cherwell District Council", "Chichester District Council", "Cotswold District Council"]
    assert "CDC Group plc" in f.body_choices
    assert not any("Chiltern" in c or "Craven" in c for c in f.body_choices)  # abolished councils are never offered
    assert '"cdc"' in f.body_question and "1. Cherwell District Council" in f.body_question
    missing = [x for x in f.findings if getattr(x, "code", "") == "no-authority"]
    assert missing and "Cherwell District Council" in missing[0].message  # the finding asks the same question


def test_national_abbreviation_and_full_names_still_resolve():
    assert frame_message("how much did the bbc spend on taxis in 2024").authority.name == "British Broadcasting Corporation"
    assert frame_message("how much did cherwell district council spend on consultants in 2024").authority.name \
        == "Cherwell District Council"


def test_doing_about_it_is_the_trouble_counted_not_the_story_thing():
    # "it" is what the count before it in the same sentence is about, never "the hip" of the story
    f = frame_message("my mum is 84 and has been waiting for a hip op at the royal berkshire for 14 months. how many "
                      "people are waiting over a year for hip replacements there and what is the trust doing about it")
    texts = [p.text for p in f.parts]
    assert texts == ["The number of people waiting over a year for hip replacements.",
                     "Any plans, proposals, reports or minutes about people waiting over a year for hip replacements."]
    assert not f.questions  # "there" is the trust's own hospital: nothing to ask


def test_people_in_a_state_are_the_trouble():
    texts = [p.text for p in frame_message("how many people are sleeping rough in exeter and what is the council "
                                           "doing about it").parts]
    assert texts[1] == "Any plans, proposals, reports or minutes about people sleeping rough."


def test_they_after_a_count_of_people_keeps_who_they_are():
    # nc49 #11: "how long they wait" after the people on the housing waiting list, never "how long the people wait"
    texts = _parts("can u tell me how many ppl r on the housing waiting list in glasgow and how long they wait")
    assert texts[1] == "Please tell me how long the people on the housing waiting list wait."
    texts = _parts("how many people are on the housing waiting list in glasgow and how long do they wait")
    assert texts[1] == "How long do the people on the housing waiting list wait?"


def test_there_in_the_question_about_a_council_area_is_kept():
    # lead58: "how long have they been there" after the count is that count broken down by how long each has been there,
    # the place written out (it was a second part kept as typed, "How long have the homeless families been there?")
    texts = _parts("how many homeless families are in temporary accommodation in brent and how long have they been there")
    assert texts == ["The number of homeless families in temporary accommodation in Brent, broken down by how long each "
                     "has been in temporary accommodation."], texts


def test_a_wait_threshold_is_no_second_period():
    # nc49 #14 / nc47 #8: "waited over 18 weeks ... in 2025" is one year, never "broken down by year"
    assert _parts("how many patients waited over 18 weeks for hip replacements in 2025") == [
        "The number of patients who waited over 18 weeks for hip replacements."]
    assert _parts("how many fines were issued in 2018, 2019 and 2020") == ["The number of fines issued, broken down by year."]


def test_a_supplier_typed_with_its_own_capitals_keeps_them():
    assert _parts("how much did NHS England pay McKinsey in 2024/25") == ["The total amount paid to McKinsey."]
