"""nf97 (nc97, session 61): what a newcomer found on the request side."""
import pytest

from askfoi.framing import find_authority


# nc97 #3: a body named in the message wins over a national body whose alias is the plain name of a committee every
# council has ("the standards committee" is an alias of the Committee on Standards in Public Life)
@pytest.mark.parametrize("text, body", [
    ("councillor john smith on wakefield council is always jetting off on 'fact finding trips' at OUR expense!!! i want "
     "his expenses claims for the last 2 years, the receipts, and his declaration of interests. also is he under "
     "investigation by the standards committee", "Wakefield City Council"),
    ("how many complaints about councillors did the standards committee at bristol city council uphold last year",
     "Bristol City Council"),
    ("has the standards committee looked at cllr brown from leeds city council", "Leeds City Council"),
])
def test_named_body_wins_over_a_committee_alias(text, body):
    found, _ = find_authority(text)
    assert found is not None and found.name == body


@pytest.mark.parametrize("text", [
    "how many complaints has the committee on standards in public life received about ministers",
    "how many complaints did the standards committee get last year",  # no other body named: unchanged
])
def test_committee_on_standards_still_found(text):
    found, _ = find_authority(text)
    assert found is not None and found.name == "Committee on Standards in Public Life"


# nc97 #3: "is he under investigation by the standards committee": a he or she whose personal matter (an investigation,
# a suspension, a disciplinary step) is asked about is one identifiable person; confirming it is s40(5B)'s NCND case,
# for every kind of body, whatever the learnt forecast says
@pytest.fixture
def mute_model():
    import copy

    from askfoi.matching import get_matcher

    m = get_matcher()
    saved = m.model
    model = copy.copy(saved)
    model.ncnd_weights, model.ncnd_bias = {}, -50.0
    m.model = model
    try:
        yield m
    finally:
        m.model = saved


@pytest.mark.parametrize("authority, text", [
    ("Wakefield City Council", "Is he under investigation by the Standards Committee?"),
    ("Leeds City Council", "the deputy leader was seen drunk at a civic event. is she being investigated"),
    ("Leeds City Council", "my neighbour has been fly tipping for months, have you investigated her?"),
    ("Sheffield City Council", "I would like to know whether he was suspended after the audit report"),
])
def test_a_he_or_she_asked_about_is_one_person(mute_model, authority, text):
    f = mute_model.match(text, authority).forecast
    part = next((p for p in f.parts if p.ncnd_likely), None)
    assert part is not None and any("s40(5B)" in e for e in part.evidence)


@pytest.mark.parametrize("authority, text", [
    ("Leeds City Council", "did the council investigate her complaint about the bins"),
    ("Leeds City Council", "how many complaints were made against councillors and were they investigated"),
    ("Leeds City Council", "how many staff were suspended in 2024 and is the policy being reviewed"),
])
def test_a_possessive_or_a_count_is_no_person_case(mute_model, authority, text):
    assert not mute_model.match(text, authority).forecast.ncnd_likely


# nc97 #8: a subject access letter asks for the records with the dates that find them, never the story as a question
def test_an_undated_arrest_story_is_asked_for_as_the_arrest_with_its_date():
    from askfoi.sar_items import sar_items

    for text in ("i was arrested last year by greater manchester police but never charged, now it shows on my dbs?? i want "
                 "everything they have on me, the custody record and bodycam",
                 "i got arrested by kent police last year and was released with no further action, now my dbs shows it? "
                 "i want the custody record and any notes on me"):
        items = sar_items(text)
        assert not any("?" in i for i in items), items
        last = items[-1]
        assert "[DATE OF ARREST]" in last and "DBS" in last, items


def test_a_dated_story_still_finds_its_records_in_its_own_words():  # guard
    from askfoi.sar_items import sar_items

    items = sar_items("i was arrested in march and held at colchester police station, i want my custody record")
    assert any(i.startswith("Any other personal data about these events") and "march" in i.lower() for i in items), items


# nc97 #5: a part still in the person's words as a question is raised at the review, with a fix from its own subject
def _review(text):
    from datetime import date

    from askfoi.framing import frame_message
    from askfoi.request import resolve_request

    today = date(2026, 12, 7)
    made = frame_message(text, today=today)
    parts = [p.text for p in made.parts]
    found = resolve_request(text, made.authority.name if made.authority else None, "1 January 2025 to 31 December 2025",
                            parts, list(made.parts), today=today).findings
    return parts, [f for f in found if f.code == "part-still-question"]


def test_a_question_left_as_typed_is_raised_with_records_about_its_own_subject():
    parts, found = _review("how many parking fines did sheffield city council issue in 2025, and who decided the rise?")
    assert "Who decided the rise?" in parts and found
    assert "Who decided the rise?" in found[0].message
    assert "about the rise" in found[0].rewrite and "Who decided the rise?" not in found[0].rewrite


def test_a_yes_no_question_is_raised_with_an_example_made_of_its_own_words():
    parts, found = _review("leeds city council put up garden waste charges again. is it true the leader's brother runs "
                           "the contractor?")
    assert found and "edit 1 the records that show whether the leader's brother runs the contractor" in found[0].suggestion


def test_framed_parts_are_not_raised():  # guard
    assert not _review("how much did kent county council spend on road repairs in 2025")[1]


def test_a_message_kept_in_the_persons_words_by_choice_is_not_raised():  # guard
    from datetime import date

    from askfoi.framing import keep_words
    from askfoi.request import resolve_request

    about = "who decided to close the library on elm street and is it true it will become flats?"
    kept = keep_words(about)
    found = resolve_request(about, "Leeds City Council", None, [kept.text], [kept], today=date(2026, 12, 7)).findings
    assert not [f for f in found if f.code == "part-still-question"]
