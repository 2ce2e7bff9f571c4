"""lead58: classes found by typing messages as people write them (session 58). Each case failed on main 665c4c6e
unless marked as a guard."""
import pytest

from askfoi.framing import frame_message


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message).parts]


@pytest.mark.parametrize("message, part", [
    # the owner of a clause's object is the things counted ("their" right after the clause's verb)
    ("how many care homes in wigan failed their inspections last year",
     "The number of care homes in Wigan that failed their inspections."),
    ("how many restaurants in bristol failed their food hygiene inspections",
     "The number of restaurants in Bristol that failed their food hygiene inspections."),
    ("how many nurses left their jobs in 2024", "The number of nurses who left their jobs."),
    # "because of" is a preposition inside the clause, never its end
    ("how many kids missed school because of the strikes",
     "The number of children who missed school because of the strikes."),
    ("how many drivers lost their licence because of speed cameras",
     "The number of drivers who lost their licence because of speed cameras."),
    # a reason clause with its own subject, taken whole
    ("how many rape cases did avon and somerset police drop because the victim withdrew support",
     "The number of rape cases dropped because the victim withdrew support."),
    ("how many pupils were excluded because their behaviour got worse",  # guard: passes on main (a participle)
     "The number of pupils excluded because their behaviour got worse."),
    # a state said with its verb
    ("how many council houses in hull are empty", "The number of council houses in Hull that are empty."),
    ("how many pupils in leeds are eligible for free school meals",
     "The number of pupils in Leeds who are eligible for free school meals."),
    ("how many roads are unsafe", "The number of roads that are unsafe."),
    # the clause narrows the subject's head, not the place named inside the subject
    ("how many homes in hull have been empty for more than 6 months",
     "The number of homes in Hull that have been empty for more than 6 months."),
    # guard: a passive participle stays as it was
    ("how many people were arrested because of the protest", "The number of people arrested because of the protest."),
])
def test_count_clauses(message, part):
    assert part in _texts(message)


def test_place_in_my_area_is_kept_and_asked():
    """"in my area" was cut at "my" and "in" left as if a particle ("The number of streetlights broken in.")."""
    framing = frame_message("how many streetlights are broken in my area")
    texts = [p.text for p in framing.parts]
    assert not any(t.rstrip(".").endswith(" in") for t in texts), texts
    assert any("in my area" in t for t in texts), texts
    assert any(q.startswith('Which place do you mean by "my area"') for q in framing.questions), framing.questions


def test_request_with_a_relative_is_not_an_address():
    """"a list of the council houses that" was taken off the front as if it addressed a body, leaving "Are empty ..."."""
    texts = _texts("a list of the council houses that are empty showing how long each has been empty")
    assert texts and texts[0].startswith("A list of the council houses"), texts


@pytest.mark.parametrize("message, part", [
    # a count asked "now" / "today" after one in a past year: a stock on the day of the request, never the letter's year
    ("how many public toilets did leicester city council have in 2015 and how many now",
     "The number of public toilets on the date of this request."),
    ("how many police officers did kent police employ in 2010 and how many do they employ now",
     "The number of police officers employed on the date of this request."),
    ("how many libraries did essex county council run in 2010 and how many does it run today",
     "The number of libraries run on the date of this request."),
    # guard: "currently" already read so
    ("how many police officers did kent police have in 2010 and how many do they currently have",
     "The number of police officers on the date of this request."),
])
def test_now_is_the_date_of_the_request(message, part):
    assert part in _texts(message)


def test_rate_paid_for_people():
    """"pay for agency nurses per hour" was kept as the question ("What does the NHS trust pay for ...?")."""
    assert _texts("what does the nhs trust pay for agency nurses per hour") == ["The rate per hour paid for agency nurses."]


@pytest.mark.parametrize("message", [
    "there is a phone mast going up next to the primary school. who approved it",
    "the primary school near us has no crossing. how many children have been hit by cars on the road outside it",
])
def test_generic_words_name_no_body(message):
    """"the primary school" was read as "Epsom Primary School" (a fuzzy match on words many bodies' names share)."""
    assert frame_message(message).authority is None


def test_misspelt_name_still_found():
    """Guard, passes on main: a misspelt body's own name is still found."""
    assert frame_message("how many officers does esex police have").authority.name == "Essex Police"


def test_it_after_an_act_on_it_is_the_same_thing():
    """"spend maintaining it ... how many people used it" made "people who used the maintaining": an -ing form with
    "it" after it is a verb (the pool), never a thing "it" can point at."""
    texts = _texts("our local pool is shutting. how much did swindon borough council spend maintaining it over the last "
                   "5 years and how many people used it")
    assert "The number of people who used the local pool." in texts, texts


@pytest.mark.parametrize("message, part", [
    ("how many children in surrey are waiting for an ehcp and how long is the average wait for an ehcp",
     "The average waiting time for an EHCP."),
    ("what is the average wait for an autism assessment in sheffield",
     "The average waiting time for an autism assessment in Sheffield."),
])
def test_average_wait_is_the_figure(message, part):
    """"how long is the average wait for X" was kept as the question."""
    assert part in _texts(message)


@pytest.mark.parametrize("message, part", [
    ("how many homeless families are in temporary accommodation in brighton and how long have they been there",
     "The number of homeless families in temporary accommodation in Brighton, broken down by how long each has been in "
     "temporary accommodation."),
    ("how many council houses in hull are empty and how long have they been empty for",
     "The number of council houses in Hull that are empty, broken down by how long each has been empty."),
    ("how many children in surrey are waiting for an ehcp and how long have they been waiting",
     "The number of children in Surrey waiting for an EHCP, broken down by how long each has been waiting."),
])
def test_how_long_they_have_been_is_a_breakdown(message, part):
    """"... and how long have they been there/empty/waiting" was kept as a question (with "there" asked back)."""
    assert _texts(message) == [part]


def test_right_now_is_taken_whole():
    """Guard, passes on main (i003): "right now" at the end stays one phrase, never "... right on the date of this request"."""
    texts = _texts("leeds city council: how many empty council houses do you have right now, how long have they been "
                   "empty on average, and how many are waiting for repairs")
    assert "The number of empty council houses on the date of this request." in texts, texts
    assert not any(" right " in t for t in texts), texts


def test_a_noun_after_the_is_never_a_relative_verb():
    """i076: "whats the average wait for the works" became "The average waiting time that works." ("works" after
    "the" read as a verb)."""
    texts = _texts("how many applications for disabled facilities grants did coventry council get in 2024, how many "
                   "were approved and whats the average wait for the works")
    assert "The average waiting time for the works." in texts, texts


@pytest.mark.parametrize("message, part", [
    # where things are is asked: their locations, never the things alone
    ("where are the speed cameras in kent", "A list of the locations of the speed cameras in Kent."),
    ("where are all the defibrillators in leeds", "A list of the locations of the defibrillators in Leeds."),
])
def test_where_are_asks_the_locations(message, part):
    assert part in _texts(message)


def test_how_many_do_they_have_counts_the_things_named_before():
    """"how many do they have" after a part naming cameras was "How many do ... cameras have?" ("they" is the body)."""
    texts = _texts("where are the anpr cameras in hampshire and how many do they have")
    assert "The number of ANPR cameras in Hampshire." in texts or "The number of ANPR cameras." in texts, texts


def test_where_there_before_a_noun_is_their():
    """"where there anpr cameras are" ("there" typed for "their") was kept with "there" asked back as a place."""
    framing = frame_message("i want to know where there anpr cameras are in hampshire")
    assert not any('"there"' in q for q in framing.questions), framing.questions
