"""ny76 (nc76, issue 8): request-side faults a newcomer met. A month before "the council" is no town ("last march, the
council said": never March Town Council); a street named after a town is no place ("on cowbridge road east"); two
bodies in one answer at the organisation step are two letters, each part going to the body it asks about; a part about
one person's own case (a relative's complaint, whether the driver who hurt a child was prosecuted) is flagged and taken
out in one key. Messages in the writers' own words, others of my own."""
from datetime import date

import pytest

from askfoi.checks import check_request
from askfoi.conversation import Conversation
from askfoi.framing import find_authority


@pytest.mark.parametrize("text", [
    "we live in canton, last march, the council said it would fix the crossing. did the council ever plan a new crossing",
    "in march, the council said the bins would go fortnightly. how many missed collections did the council record",
])
def test_a_month_before_a_comma_is_never_a_town_council(text):
    found, _ = find_authority(text)
    assert found is None or "Town Council" not in found.name, found


def test_a_street_named_after_a_town_is_no_place_of_that_town():
    found, _ = find_authority("a van hit my son on cowbridge road east last year. how many crashes on that road since 2020")
    assert found is None or "Vale of Glamorgan" not in found.name, found


@pytest.mark.parametrize("text, names", [
    ("no its cardiff council, and south wales police as well", ["Cardiff Council", "South Wales Police"]),
    ("leeds city council and west yorkshire police too", ["Leeds City Council", "West Yorkshire Police"]),
    ("kent county council plus kent police", ["Kent County Council", "Kent Police"]),
])
def test_two_bodies_in_one_answer_are_listed(text, names):
    from askfoi.body_answers import bodies_listed

    assert bodies_listed(text) == names


@pytest.mark.parametrize("text", ["Brighton and Hove City Council", "cheshire west and chester council", "essex police",
                                  "the council, and the police as well"])
def test_one_body_or_kinds_only_is_no_list(text):  # guard of the new reader: one body's name is never split
    from askfoi.body_answers import bodies_listed

    assert bodies_listed(text) == []


def _to_authority(conv, message):
    conv.start()
    conv.reply(message)
    for _ in range(4):
        if conv.session.step.value == "authority":
            return
        conv.reply("no")
    raise AssertionError(conv.session.step)


def test_each_listed_body_gets_its_own_letter_with_its_own_parts():
    conv = Conversation(today=lambda: date(2026, 12, 6))
    _to_authority(conv, "my son was knocked down near his school in roath. did the council ever plan a crossing on "
                        "that road, and what did south wales police do about the crash")
    turn = conv.reply("cardiff council and south wales police as well")
    said = " ".join(m.text for m in turn.messages)
    assert conv.session.authority == "Cardiff Council"
    assert not any("South Wales Police" in p or "you about the crash" in p for p in conv.session.parts), conv.session.parts
    waiting = conv.session.other_requests
    assert waiting and waiting[0]["authority"] == "South Wales Police"
    assert any("crash" in q for q in waiting[0]["questions"]), waiting
    assert "one letter each" in said and "South Wales Police" in said


@pytest.mark.parametrize("text, variant", [
    ("what happened to my dads complaint about his care on ward 4", "complaint"),
    ("what became of my mother's complaint about the ward", "complaint"),
    ("did the police prosecute the driver who hit my daughter", "victim"),
    ("was the man who attacked my brother ever charged", "victim"),
])
def test_one_persons_own_case_is_flagged(text, variant):
    found = [f for f in check_request(text).findings if f.code == "family-case"]
    assert found and found[0].variant == variant and found[0].severity == "high", found


@pytest.mark.parametrize("text", [
    "how many complaints about hip operations did the trust receive in 2025",
    "how many drivers were prosecuted for speeding on the A48 in 2025",
])
def test_figures_about_no_one_are_not_a_case(text):  # guard
    assert not [f for f in check_request(text).findings if f.code == "family-case"]


def test_the_fix_takes_every_part_about_the_case_out():
    conv = Conversation(today=lambda: date(2026, 12, 6))
    conv.start()
    conv.reply("my dad has waited ten months for a knee op at the norfolk and norwich hospital. i complained for him "
               "in july. how many people are waiting over a year for knee replacements, and what happened to my dads "
               "complaint, has anyone even looked at my dads complaint")
    for _ in range(12):
        step = conv.session.step.value
        if step == "review":
            break
        conv.reply({"period": "3"}.get(step, "ok") if step != "about" else "no")
    assert conv.session.step.value == "review", conv.session.step
    findings = [f for f in conv.request().findings if f.code == "family-case"]
    assert findings and findings[0].rewrite, findings
    assert "complaint" not in findings[0].rewrite.lower()
    assert "waiting" in findings[0].rewrite.lower()


def _at_parts(message):
    conv = Conversation(today=lambda: date(2026, 12, 6))
    conv.start()
    conv.reply(message)
    for _ in range(8):
        step = conv.session.step.value
        if step == "parts":
            return conv
        conv.reply({"about": "no", "period": "3"}.get(step, "ok"))
    raise AssertionError(conv.session.step)


def test_an_answer_about_there_is_written_into_the_part_never_added():
    conv = _at_parts("a lorry clipped my car on the high street in bridgend last year. did the council ever look at "
                     "a weight limit there, and how many crashes were recorded on the high street in 2025")
    conv.reply("edit 1 did the council ever look at a weight limit there")  # a part whose place only the story names
    before = len(conv.session.parts)
    conv.reply("there means the high street in bridgend, by the bus station")
    assert len(conv.session.parts) == before, conv.session.parts
    assert not any(p.lower().startswith("there means") for p in conv.session.parts)
    assert any("bus station" in p.lower() for p in conv.session.parts), conv.session.parts


def test_a_part_said_to_be_wrong_is_changed_never_added():
    conv = _at_parts("my son was knocked down near his school in roath last year. did the council ever plan a crossing "
                     "on that road, and did they prosecute the driver")
    before = len(conv.session.parts)
    # session 64: sq101 asks the body as "you" ("Did you prosecute the driver?"); the part is found by what it asks
    council = next(k for k, p in enumerate(conv.session.parts, 1) if "prosecut" in p)
    conv.reply(f"number {council} is wrong its the police who prosecute not the council")
    assert len(conv.session.parts) == before, conv.session.parts
    assert "police" in conv.session.parts[council - 1] and "council" not in conv.session.parts[council - 1]


def test_a_point_about_an_edited_part_is_not_pinned_on_another_parts_there():  # guard: passes on main here
    # nc76's cardiff message (the newcomer's words, shortened)
    conv = Conversation(today=lambda: date(2026, 12, 6))
    conv.start()
    conv.reply("my daughter got knocked off her bike on the school run on cowbridge road east in canton last march, "
               "the council said ages ago theyd put a speed camera there but nothing. did the council ever plan a "
               "speed camera there, how many crashes have there been on that road in last 5 years")
    for _ in range(8):
        step = conv.session.step.value
        if step == "parts":
            break
        conv.reply({"about": "yes", "authority": "cardiff council"}.get(step, "ok"))
    at = next(k for k, p in enumerate(conv.session.parts, 1) if "camera" in p)
    conv.reply(f"edit {at} did the council ever plan a speed camera on cowbridge road east")
    found = [f for f in conv.request().findings if f.code == "story-reference" and (f.evidence or "") == "there"]
    assert not found, found


def test_sent_told_in_a_sentence_at_the_finished_letter():
    conv = _at_parts("how many people waited over 52 weeks for a hip replacement at the norfolk and norwich hospital")
    for _ in range(10):
        step = conv.session.step.value
        if step == "done":
            break
        conv.reply({"format": "skip", "name": "sue hargreaves", "email": "skip"}.get(step, "ok"))
    turn = conv.reply("i actually sent it on 14 october and theyve not replied at all")
    said = " ".join(m.text for m in turn.messages)
    assert "14 October 2026" in said and "11 November 2026" in said, said


def test_contractions_and_mc_names():
    from askfoi.answers import tidy_name
    from askfoi.spelling import suggest

    assert ("theyd", "they") not in suggest("the council said theyd put a camera there")
    assert tidy_name("callum mcbride") == "Callum McBride"
    assert tidy_name("Ann Mcintosh") == "Ann Mcintosh"  # guard: a name typed with capitals is kept as typed


@pytest.mark.parametrize("text, environmental", [
    ("What chemicals do you spray?", True),
    ("Any risk assessment about spraying near food growing.", True),
    ("how many staff spray graffiti off walls", False),  # guard
    ("the chemicals used to clean council offices", False),  # guard
])
def test_chemicals_sprayed_on_land_are_environmental(text, environmental):
    found = [f for f in check_request(text, "Bristol City Council").findings if f.code == "environmental-information"]
    assert bool(found) == environmental, found


@pytest.mark.parametrize("text, pointer", [
    ("Is it true the council promised to go pesticide free?", None),
    ("Was it the case that the trust closed the ward?", None),  # guard: passes on main
    ("Is it still open?", "it"),  # guard: "it" stands for a thing only the story names
])
def test_is_it_true_has_no_pointer(text, pointer):
    from askfoi.framing import pointer_left

    assert pointer_left(text) == pointer
