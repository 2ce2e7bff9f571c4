"""fx54 (issue 8.1, 8.3; nc51 #5, #8): framing faults a clinic volunteer met, and the frame's covert block.

nc51's sentences are from /work/heldout/nc51/REPORT.md; the other wordings are mine (fx54), written for these tests.
"""
from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)

WELSH_WATER = ("how many times did the storm overflow at Llandeilo discharge into the river tywi in 2025, and how many "
               "hours in total? also any fines")


def _frame(message: str):
    return frame_message(message, today=TODAY)


def _texts(framing) -> list[str]:
    return [p.text for p in framing.parts]


def _codes(framing) -> set[str]:
    return {getattr(f, "code", "") for f in framing.findings}


def test_a_greeting_line_with_a_colon_before_a_question_is_never_inside_part_one():
    from askfoi.addressee import addressee_line

    assert addressee_line("Dwr Cymru Welsh Water: how many times did the overflow spill") == \
        "Dear Dwr Cymru Welsh Water,\nhow many times did the overflow spill"
    # a colon before a story stays the reader's (test_fx42: "leicestershire county council: there is a huge pothole")
    assert addressee_line("Leicestershire County Council: there is a huge pothole") == \
        "Leicestershire County Council: there is a huge pothole"
    framing = _frame("Dwr Cymru Welsh Water: " + WELSH_WATER)
    texts = _texts(framing)
    assert framing.authority and "Welsh Water" in framing.authority.name
    assert not any("Welsh Water:" in t for t in texts), texts
    assert len([t for t in texts if "how many times" in t.lower()]) == 1, texts


def test_a_bare_count_of_hours_asks_how_long_the_event_counted_before_lasted():
    for lead in ("Dwr Cymru Welsh Water - ", "Dwr Cymru Welsh Water: ", ""):
        texts = _texts(_frame(lead + WELSH_WATER))
        assert not any(t.strip(". ") in ("The number of hours", "The number of hours discharged") for t in texts), texts
        hours = [t for t in texts if "hours" in t.lower()]
        assert len(hours) == 1 and "storm overflow at Llandeilo" in hours[0] and "Tywi" in hours[0], texts
        assert "discharged by" not in hours[0] and "PERIOD" not in hours[0], texts
    # the same with "for how many days" after a body's own act: never "days that closed the library", never a mask
    texts = _texts(_frame("how many times did leeds city council close the central library in 2024 and for how many days"))
    days = [t for t in texts if "days" in t.lower()]
    assert len(days) == 1 and "library" in days[0] and "that closed" not in days[0] and "PERIOD" not in days[0], texts


def test_also_any_fines_is_a_request_for_the_fines_imposed_on_the_body():
    for lead in ("Dwr Cymru Welsh Water - ", "Dwr Cymru Welsh Water: "):
        texts = _texts(_frame(lead + WELSH_WATER))
        assert len(texts) == 3, texts
        assert "fines and penalties imposed on Dwr Cymru Welsh Water" in texts[2], texts
    texts = _texts(_frame("how many times did southern water discharge sewage at bognor in 2024? also any fines"))
    assert any("fines and penalties imposed on Southern Water" in t for t in texts), texts
    # the class: a bare noun phrase after "also" is asked for
    texts = _texts(_frame("how many potholes did leeds city council repair in 2024? also any emails about the budget"))
    assert any("emails about the budget" in t for t in texts), texts


def test_the_frame_warns_of_covert_use_for_technologies_the_covert_terms_do_not_name():
    # fc50's unlanded change: the frame's covert block reads the shared decision (ncnd_topics.technology_covert_use)
    for text in ("does police scotland use drones at football matches", "does sussex police use clearview ai"):
        framing = _frame(text)
        assert "ncnd-risk" in _codes(framing), (text, framing.findings)
        part = framing.parts[0]  # the part itself carries the warning and the overt frames the chat's review shows
        assert part.qualifiers.covert and part.warning, (text, part)
    # a count or a spend alone stays unwarned (the lead's decision, session 44)
    for text in ("how many drones does kent police own", "how much has kent police spent on drones since 2022"):
        framing = _frame(text)
        assert "ncnd-risk" not in _codes(framing), text
        assert not any(p.qualifiers.covert or p.warning for p in framing.parts), text


def test_it_after_how_long_is_the_waiting_list_is_the_waiting_list():
    from askfoi.story_antecedents import mentions, resolve

    # the degree asked after "how" is never a thing; "the waiting list" is one phrase, and a thing "it" can mean
    assert [m.own for m in mentions("how long is the waiting list now")] == ["the waiting list"]
    assert resolve("how many people on it", ["how long is the housing waiting list"])[0] == \
        "how many people on the housing waiting list"
    framing = _frame("client is waiting 3 yrs for adhd assessment at leeds and york partnership nhs foundation trust. "
                     "how long is the waiting list now, how many ppl on it, and whats the average wait")
    texts = _texts(framing)
    assert not any("the long" in t for t in texts), texts
    assert any("people on the waiting list" in t for t in texts), texts


def test_a_forces_short_name_is_the_force_and_is_written_out_in_the_parts():
    from askfoi.authorities import resolve_authority

    for typed, name in (("lancs police", "Lancashire Constabulary"), ("staffs police", "Staffordshire Police"),
                        ("wyp", "West Yorkshire Police")):
        found = resolve_authority(typed)
        assert found is not None and found.known and found.name == name, (typed, found)
    framing = _frame("my client got stopped and searched 3 times this year, she thinks its because shes black. she wants "
                     "to no how many stop n searches lancs police did in 2025 by ethnicity, and how many found nothing")
    texts = _texts(framing)
    assert framing.authority and framing.authority.name == "Lancashire Constabulary"
    assert texts and not any("lancs" in t.lower() for t in texts), texts


def test_the_uni_is_written_as_the_university():
    framing = _frame("Queen's University Belfast - how many complaints about lecturers did the uni get in 2024/25")
    texts = _texts(framing)
    assert not any(" uni" in f" {t}".replace("university", "") for t in texts), texts


def test_what_a_person_post_or_staff_group_earns_is_pay_and_what_the_body_earns_is_income():
    for text, said in (("how much do nurses earn at leeds teaching hospitals nhs trust", "pay of nurses"),
                       ("how much does a nurse earn at leeds teaching hospitals", "pay of a nurse"),
                       ("how much do the council's bin men earn", "pay of bin men"),
                       ("how much do agency nurses earn per hour at leeds teaching hospitals", "pay of agency nurses")):
        texts = _texts(_frame(text))
        assert any(said in t for t in texts) and not any("income" in t.lower() for t in texts), (text, texts)
    texts = _texts(_frame("how much did leeds city council earn from car parks in 2024"))
    assert any("income from car parks" in t for t in texts), texts
