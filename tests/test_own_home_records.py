"""A tenant asking for the records about their own home after telling their story, in one sentence with statistics
("..., i want all the repair records and the inspection report on my flat, and how many damp complaints ..."):
the records are their subject access request, each record keeps whose it is, and the statistics are set aside
for an FOI request of their own, never put in the subject access letter."""

from askfoi.framing import frame_message
from askfoi.sar_items import sar_items

TOLD = ("ive had damp in my council flat for 2 years, i want all the repair records and the inspection report on my "
        "flat, and how many damp complaints did the council get last year")


def test_records_about_my_home_are_a_subject_access_request():
    framed = frame_message(TOLD)
    assert framed.route == "sar"
    texts = [p.text for p in framed.parts]
    assert texts and all("on my flat" in t for t in texts)
    assert not any("how many" in t.lower() for t in texts)
    assert any("damp complaints" in q for q in framed.foi_aside)


def test_story_clause_before_the_ask_is_not_the_part():
    framed = frame_message(TOLD)
    assert not any("2 years" in p.text for p in framed.parts)


def test_owner_shared_by_records_listed_together():
    assert sar_items("the cctv and the custody record of my arrest") == [
        "The CCTV of my arrest", "The custody record of my arrest"]
    assert sar_items("my custody record and the cctv of my arrest on 3 march") == [
        "My custody record", "The CCTV of my arrest on 3 March"]


def test_counting_records_about_homes_stays_foi():
    framed = frame_message("how many repair reports were made about council flats on my estate last year")
    assert framed.route == "foi"
