"""mx102 (session 64's open item; issues 8 and 10's subject access path): a volunteer's third person, and the
person's own home records beside a figure.

"my mum rents off leeds council. she wants the damp survey they did on her flat. also how many damp complaints did
leeds council get last year" became one FOI part (the count) and the records sentence a remark, with nothing said. The
survey is the mother's own data: not the volunteer's to ask for under FOI (s40(2): an answer to the world) nor by the
volunteer's own subject access request; it is her subject access request, written for her to sign (or sent with her
signed note). The figure is still asked: set aside for the FOI letter (Ctrl+N).
The class: records the body made about the person's home ("survey", "inspection" were no record words), records of
the person's own act told in the third person ("the call he made", "the complaint she put in"), and letters "sent
about her". Also "late" in "discharged late last year" was read as a death ("my late mother")."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message
from askfoi.sar_items import sar_items

TODAY = date(2026, 12, 7)
LEAD = ("my mum rents off leeds council. she wants the damp survey they did on her flat. also how many damp complaints "
        "did leeds council get last year")


def _codes(text: str) -> set[str]:
    return {f.code for f in check_request(text, None).findings}


def test_the_lead_example_is_the_mothers_subject_access_request_and_the_count_is_set_aside():
    framed = frame_message(LEAD, today=TODAY)
    assert framed.regime == "SAR" and framed.route == "sar"
    assert "their-own-data" in {f.code for f in framed.findings}
    assert [p.text for p in framed.parts] == ["The damp survey you did on my flat."]  # in her voice, to the council
    assert framed.foi_aside == ["how many damp complaints did leeds council get last year?"]
    assert framed.remarks == []


# my own words, the same shape: a volunteer or relative asks for another person's own records, and a figure
@pytest.mark.parametrize(("text", "item", "aside"), [
    ("my dad rang west yorkshire police about a break in. he wants the police records of the call he made, also how "
     "many burglaries were reported in leeds last year", "The police records of the call I made.",
     "how many burglaries were reported in leeds last year?"),
    ("my mother was in leeds general infirmary. she wants the letters the nhs sent about her, plus how many patients "
     "were discharged late last year", "The letters the NHS sent about me.",
     "how many patients were discharged late last year?"),
    ("my gran wants a copy of the complaint she put in to leeds council about her carers, and how many complaints "
     "about carers the council got in 2025", "The complaint I put in to you about my carers.",
     "how many complaints about carers the council got in 2025?"),
    ("my nan wants the gas safety inspection they did at her house, and how many gas inspections did sheffield council "
     "miss in 2025", "The gas safety inspection you did at my house.",
     "how many gas inspections did sheffield council miss in 2025?"),
    ("my client wants the inspection report the council did on her house, and the number of inspections done in 2025",
     "The inspection report the council did on my house.", "the number of inspections done in 2025?"),
])
def test_another_persons_own_records_beside_a_figure(text, item, aside):
    framed = frame_message(text, today=TODAY)
    assert framed.regime in ("SAR", "DPA-Part3"), framed.regime
    assert "their-own-data" in {f.code for f in framed.findings}
    assert item in [p.text for p in framed.parts], [p.text for p in framed.parts]
    assert framed.foi_aside == [aside]


@pytest.mark.parametrize("text", [
    "my mum rents off leeds council. she wants the damp survey they did on her flat",
    "my dad wants the statement he gave to the police in march",
    "she needs the inspection they did at her house last winter, my nan is 84",
])
def test_another_persons_home_records_and_own_acts_alone(text):
    assert "their-own-data" in _codes(text)
    assert frame_message(text, today=TODAY).regime in ("SAR", "DPA-Part3")


def test_her_after_a_preposition_is_the_person_in_her_voice():
    # was "The NHS letters about my from Leeds Teaching Hospitals": "her" taken as whose
    items = sar_items("my mum wants the NHS letters about her from leeds teaching hospitals, also how many complaints "
                      "did the trust get in 2025")
    assert items == ["The NHS letters about me from leeds teaching hospitals"]
    # guard: "her" before what is hers is still whose
    assert sar_items("my mum wants her care plan and the notes about her falls") == [
        "My care plan", "The notes about my falls"]


def test_guard_the_writers_own_complaint_about_a_relatives_care_stays_theirs():
    # the kin words read a relative's records; they never cancel the writer's own ("the complaint i made"); on main
    # the figure in the sentence cancelled it (mx101's per-clause rule keeps it)
    assert "own-personal-data" in _codes("i want the complaint i made about my nans care and how many complaints the "
                                         "care home got")


def test_the_persons_own_survey_is_kept_beside_another_own_record():
    text = ("i rent off leeds council. i want the damp survey they did on my flat and the repair complaints i made. also "
            "how many damp complaints did leeds council get last year")
    framed = frame_message(text, today=TODAY)
    assert framed.regime == "SAR"
    assert [p.text for p in framed.parts] == ["The damp survey you did on my flat.", "The repair complaints I made."]
    alone = frame_message("i want the damp survey on my flat from leeds council", today=TODAY)
    assert [p.text for p in alone.parts] == ["The damp survey on my flat."]  # was "All the personal data you hold about me."


@pytest.mark.parametrize("text", [
    # guards: figures stay FOI, places are not the person, the body's "they" makes no one's own act
    "how many complaints were made about damp in council flats in leeds last year",
    "how many surveys were done on flats in my area last year",
    "how many potholes were reported on my street in 2025",
    "she wants to know how many damp surveys they did on council flats in leeds last year",
    "my mum says leeds council never fix damp. how many damp surveys did leeds council do on council flats last year",
    "my mum wants the survey of her street's trees from leeds council",
    "my mum wants the reports they made on the estate last year",
])
def test_guards_stay_foi(text):
    assert not _codes(text) & {"their-own-data", "own-personal-data"}, _codes(text)
    assert frame_message(text, today=TODAY).regime in ("FOIA", "EIR")


@pytest.mark.parametrize("text", [
    # an institution or a place "of hers" is not her: its inspection is the body's record, asked by FOI (on main
    # these were a relative's own records)
    "my mum wants the latest inspection report on her care home from the cqc",
    "my son wants the ofsted reports on his school",
    "my dad wants the reports on his care home from leeds council",
])
def test_records_of_their_institution_are_not_theirs(text):
    assert not _codes(text) & {"their-own-data", "own-personal-data", "someone-elses-records"}, _codes(text)


@pytest.mark.parametrize("text", [
    # guards: what is recorded about the person at the school stays theirs
    "my son wants the notes about his school attendance",
    "i want the reports on her school attendance, my daughter is 12",
])
def test_guard_their_school_records_stay_theirs(text):
    assert "their-own-data" in _codes(text)


def test_late_is_a_death_only_when_it_names_someone():
    assert "deceased-records" in _codes("I want my late dad's hospital notes from the royal free")
    assert "deceased-records" in _codes("my dad wants the hospital notes of his late wife from the royal free")
    assert "deceased-records" not in _codes("my mum wants the letters the nhs sent about her, she was discharged late")
    assert "their-own-data" in _codes("my mum wants the letters the nhs sent about her, she was discharged late last year")


def test_the_chat_says_whose_records_and_keeps_the_figure():
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: TODAY)
    said = " ".join(" ".join(m.text.split()) for m in conv.reply(LEAD).messages)
    assert conv._is_sar()
    assert "own records of the person you are helping" in said and "for them to sign" in said
    assert "not yours to ask for as your own subject access request" in said  # the right is the mother's
    assert "1. The damp survey you did on my flat." in said
    assert '"how many damp complaints did leeds council get last year?"' in said and "Ctrl+N" in said


def test_a_client_with_written_authority_gets_the_letter_with_the_authority_line():
    from askfoi.whose_records import read_whose

    text = ("my client rents off leeds council. she has signed an authority form. she wants the damp survey they did on "
            "her flat. also how many damp complaints did leeds council get last year")
    whose = read_whose(text)
    assert whose.on_behalf and whose.subject == "client" and whose.consent == "signed authority form"
    framed = frame_message(text, today=TODAY)
    assert [p.text for p in framed.parts] == ["The damp survey you did on [CLIENT'S NAME]'s flat."]
    assert framed.foi_aside == ["how many damp complaints did leeds council get last year?"]
    # the lead's words, no authority told: the mother signs it herself (never on the volunteer's behalf)
    mum = read_whose(LEAD)
    assert mum.subject == "parent" and not mum.on_behalf and mum.signer == "subject"


def test_guard_a_sons_school_records_keep_their_route():
    # guard (worked on main): a parent asks for a young child's records on the child's behalf; the figure is set aside
    text = ("my son is at park view academy in leeds. i want the school records about my son, and how many pupils did "
            "park view exclude last year")
    framed = frame_message(text, today=TODAY)
    assert framed.regime == "SAR"
    assert [p.text for p in framed.parts] == ["The school records about [CHILD'S NAME]."]
    assert framed.foi_aside == ["how many pupils did park view exclude last year?"]


async def test_the_lead_example_at_80x24(tmp_path):
    from textual.widgets import Input

    from askfoi.tui.app import AskFOIApp

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        app.query_one("#prompt", Input).value = LEAD
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.conversation._is_sar()
        assert app.conversation.session.parts == ["The damp survey you did on my flat."]
        shown = " ".join(" ".join(m.text.split()) for m in app.conversation.session.history if m.role == "bot")
        assert "person you are helping" in shown and "Ctrl+N" in shown and "damp complaints" in shown
