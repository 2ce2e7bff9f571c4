"""sq101 (issue 8, nc100 j6 and leftovers of sq100): questions typed in one sentence, each its own part, framed.

- "how many schools ... still have raac concrete, and how much have they given councils to fix it since 2023": the
  second question has its own question word, doer and verb, so it is its own part (framing._ELLIPTIC no longer reads
  "how much have they ..." as leaving out what it is about); its "it" is the thing the schools have
  (framing._held_thing_it), never the schools;
- money given to a recipient for a purpose ("given councils to fix RAAC", "awarded to bus companies to run rural
  routes") is the total given to that recipient (amounts._given_to), never "spent on payments to"; the period
  ("since 2023") stays the letter's period, never in the subject.
Guards: an elliptic follow-on ("how many were late", "how much has been spent") still leans on the part before;
"spent on" and "pay to rent" read as before.
"""

from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 7)


def _parts(text):
    return frame_message(text, today=TODAY).parts


def _texts(text):
    return [p.text for p in _parts(text)]


# --- nc100 j6: two questions, the second referring back, are two parts ---------------------------------------------

def test_nc100_j6_raac_two_questions_two_parts():
    text = ("can u find out from the dept for education how many schools in england still have raac concrete, and how "
            "much have they given councils to fix it since 2023. ta")
    framing = frame_message(text, today=TODAY)
    texts = [p.text for p in framing.parts]
    assert len(texts) == 2, texts
    assert not any(p.kept_words for p in framing.parts), texts
    assert texts[0] == "The number of schools in England with RAAC concrete."
    assert texts[1] == "The total amount given to councils to fix RAAC concrete.", texts
    assert "2023" not in texts[1] and framing.period and "2023" in framing.period


def test_own_words_follow_on_with_its_own_doer_is_its_own_part():
    for text, first, second in (
            ("how many schools in kent still have asbestos, and how much has the council spent removing it since 2020",
             "The number of schools in Kent with asbestos.", "The total amount spent on removing asbestos."),
            ("how many council houses in leeds have damp, and how much have they spent fixing it since 2022",
             "The number of council houses in Leeds with damp.", "The total amount spent on fixing damp."),
    ):
        texts = _texts(text)
        assert texts == [first, second], (text, texts)


def test_money_given_to_a_recipient_for_a_purpose():
    for text, want in (
            ("how much has the department for education given councils to fix raac since 2023",
             "The total amount given to councils to fix RAAC."),
            ("how much has leeds city council given to charities for youth clubs in 2024",
             "The total amount given to charities for youth clubs."),
            ("how much did kent county council award to bus companies to run rural routes last year",
             "The total amount awarded to bus companies to run rural routes."),
    ):
        parts = _parts(text)
        assert [p.text for p in parts] == [want], (text, [p.text for p in parts])
        assert parts[0].kind == "total_spend"


# --- guards ----------------------------------------------------------------------------------------------------------

def test_elliptic_follow_ons_still_lean_on_the_part_before():
    from askfoi.framing import _ELLIPTIC

    for q in ("how many were late", "and how many have they got", "how much has been spent", "whether any were cancelled",
              "how much were they fined"):
        assert _ELLIPTIC.match(q), q


def test_how_much_with_a_doer_is_not_elliptic():
    from askfoi.framing import _ELLIPTIC

    for q in ("how much have they given councils to fix it", "and how much has the council spent on it",
              "how much had you paid them"):
        assert not _ELLIPTIC.match(q), q


def test_spend_and_paying_to_do_unchanged():
    assert _texts("how much has the council spent on agency staff since 2022") == [
        "The total amount spent on agency staff."]
    assert _texts("how much did they pay to rent the offices, camden council") == [
        "The total amount spent on renting the offices."]


# --- the body as the object of what the counted ones did ----------------------------------------------------------

def test_counted_people_who_did_it_to_the_body():
    for text, want in (
            ("how many drivers sued kent county council last year", "The number of drivers who sued you."),
            ("how many drivers sued them last year", "The number of drivers who sued you."),
            ("how many tenants took the council to court in 2024, leeds city council",
             "The number of tenants who took you to court."),
            ("how many parents challenged the council over school places last year",
             "The number of parents who challenged you over school places."),
            ("how many residents contacted the council about fly tipping in 2024",
             "The number of residents who contacted you about fly tipping."),
    ):
        assert _texts(text) == [want], (text, _texts(text))


def test_sued_them_after_a_yes_no_question_is_the_body():
    texts = _texts("does tfl get sued by drivers, how many drivers sued them last year")
    assert texts[-1] == "The number of drivers who sued you.", texts


def test_passive_counts_unchanged():
    assert _texts("how many fines issued by the council last year") == ["The number of fines issued."]
    assert _texts("how many tenants complained to leeds city council about damp in 2024") == [
        "The number of tenants who complained about damp."]


# --- a count after a yes/no question, and two verbs done as one act ---------------------------------------------------

def test_count_after_a_yes_no_question_is_framed_in_the_sentence_too():
    parts = _parts("does the fire service attend false alarms at care homes, how many times in 2024 and do they have "
                   "a policy on it")
    texts = [p.text for p in parts]
    assert len(parts) == 3, texts
    assert not any(p.kept_words for p in parts), texts
    assert texts[1].startswith("The number of times false alarms were attended at care homes"), texts
    assert _texts("did the council close the library on sundays, how many times since 2022")[1] == \
        "The number of times the library was closed on sundays.", "own words"


def test_did_they_do_it_after_a_yes_no_question():
    for text, want in (
            ("does the met stop and search children, and how many times did they do it in 2024",
             "The number of times children were stopped and searched."),
            ("does the council tow cars from residents bays, and how many times did they do it last year",
             "The number of times cars were towed from residents bays."),
    ):
        assert _texts(text)[-1] == want, (text, _texts(text))


def test_two_verbs_one_act_are_both_participles():
    for text, want in (
            ("how many times did the met stop and search children in 2024",
             "The number of times children were stopped and searched."),
            ("how many times did kent police stop and search people on the m20 last year",
             "The number of times people were stopped and searched on the M20."),
            ("how many times did the council clean and repair the play park in 2024",
             "The number of times the play park was cleaned and repaired."),
    ):
        assert _texts(text) == [want], (text, _texts(text))


def test_one_verb_times_counts_unchanged():
    assert _texts("how many times did the met use stop and search on children in 2024") == [
        "The number of times stop and search was used on children."]
    assert _texts("how many times did north yorkshire police fly drones at night over houses last year") == [
        "The number of times drones were flown at night over houses."]
    assert _texts("how many times did the council close the central library early in 2024") == [
        "The number of times the central library was closed early."]


# --- a "whether" part: asked of the body, and asked as another kind -------------------------------------------------

def test_nc100_j1_whether_the_body_flies_drones():
    texts = _texts("hi, my neighbour keeps getting woken up by drones over the estate at night. does north yorkshire "
                   "police fly drones at night over houses, how many times last year and do they have rules on filming "
                   "peoples gardens")
    assert texts[0] == "Any recorded information showing whether you fly drones at night over houses.", texts
    assert not any("your flying" in t for t in texts), texts
    assert _texts("does kent county council sell land to developers") == [
        "Any recorded information showing whether you sell land to developers."]


def test_whether_part_of_another_body_unchanged():
    assert _texts("does the fire service attend false alarms at care homes")[0] == \
        "Any records of the fire service attending false alarms at care homes."


def test_part_command_kind_on_a_whether_part_names_the_thing():
    from askfoi.framing import reframe

    for text, kind, want in (
            ("is south western ambulance service paying for private ambulances", "total_spend",
             "The total amount spent on private ambulances."),
            ("is south western ambulance service paying for private ambulances", "policy",
             "Any policy, procedure or guidance on private ambulances."),
            ("does the fire service attend false alarms at care homes", "count",
             "The number of times false alarms were attended at care homes."),
            ("does north yorkshire police fly drones at night over houses", "count",
             "The number of times drones were flown at night over houses."),
            ("did leeds city council close the library on sundays", "count",
             "The number of times the library was closed on sundays."),
    ):
        part = _parts(text)[0]
        assert part.kind == "shown_by", (text, part.text)
        new = reframe(part, kind)
        assert new.text == want, (text, kind, new.text)
        assert "You are" not in new.text and "any records" not in new.text.lower()


def test_part_command_kind_on_a_framed_part_unchanged():
    from askfoi.framing import reframe

    part = _parts("do they use agency nurses, leeds teaching hospitals")[0]
    assert reframe(part, "total_spend").text == "The total amount spent on agency nurses."


def test_the_body_named_as_a_modifier_is_no_object():
    # fx99's Moray shape: "entered your local authority pounds": the body's name describes the pounds; nothing was done
    # to the body, so never "dogs that entered you pounds"
    for text in ("how many dogs entered leeds city council pounds in 2024",
                 "how many cats entered your local authority kennels last year, moray council"):
        assert not any("that entered you" in t for t in _texts(text)), (text, _texts(text))
