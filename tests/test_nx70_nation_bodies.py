"""nx70 (nc67 #8): the regulator follows the place. A body that works in one nation only (the Environment Agency,
Natural England, Historic England, Ofsted) asked about a place in another nation is said to be the wrong body, and the
body there is offered (knowledge/vocab/nation_bodies.yaml); a correspondence part keeps its named other party, written
"between you and <that body>". Messages written the way people type (bench/nx70_messages/c1_nation.txt)."""
import pytest

from askfoi.conversation import Conversation
from askfoi.framing import frame_message
from askfoi.part_addressee import readdressed

HAY = ("the river near hay on wye is full of sewage after rain. i want to ask the environment agency and welsh water how "
       "many times the storm overflows spilled into the wye and for how many hours each year since 2020, the permits "
       "for the overflows, the inspection reports, any fines they got, and the emails between welsh water and the "
       "agency about the spills")


def _offered(message: str) -> str | None:
    found = [f for f in frame_message(message).findings if f.code == "body-other-nation"]
    return found[0].body if found else None


@pytest.mark.parametrize("message, body", [
    ("how many pollution incidents has the environment agency recorded on the river teifi near cardigan since 2022",
     "Natural Resources Wales"),
    ("can i ask the environment agency how many times the sewage works at Brecon discharged into the usk last year",
     "Natural Resources Wales"),
    ("i live in dumfries and the burn behind our house keeps flooding. how many flood warnings did the environment "
     "agency put out for it in 2025", "Scottish Environment Protection Agency"),
    ("environment agency - how many fish kills on the river bann near coleraine in the last 3 years?",
     "Northern Ireland Environment Agency"),
    ("natural england, how many badger culling licences were issued in pembrokeshire", "Natural Resources Wales"),
])
def test_an_england_only_body_asked_about_a_place_elsewhere_gets_the_body_there(message, body):
    assert _offered(message) == body


@pytest.mark.parametrize("message", [
    "how many times did the storm overflows spill into the wye at hereford last year, asking the environment agency",
    "environment agency fines for sewage in the thames since 2020",
    "natural resources wales: how many pollution incidents were there on the teifi last year",
    "how many fines has the environment agency given to welsh water companies operating in england",
])
def test_a_place_in_the_bodys_own_nation_or_none_is_no_finding(message):
    assert _offered(message) is None


def test_the_finding_says_the_nation_and_the_body_there():
    found = [f for f in frame_message("ask historic england what they did about the listed chapel in aberystwyth that "
                                      "got knocked down").findings if f.code == "body-other-nation"]
    assert found and "Wales" in found[0].message and "Cadw" in found[0].message
    assert "covers England only" in found[0].message


def _chat(*said):
    conv = Conversation()
    conv.start()
    turns = [conv.reply(s) for s in said]
    return conv, ["\n".join(m.text for m in t.messages) for t in turns]


def test_the_organisation_step_offers_the_welsh_regulator_for_a_welsh_river():
    conv, said = _chat(HAY)
    assert "Natural Resources Wales" in said[0] and "Wales" in said[0]
    assert "Natural Resources Wales" in conv.choices()


def test_the_fix_sends_the_request_to_the_body_there():
    conv, said = _chat("can i ask the environment agency how many times the sewage works at Brecon discharged into "
                       "the usk last year", "ok", "ok", "ok")
    number = next(i for i, f in enumerate(conv._findings(), 1) if f.code == "body-other-nation")
    turn = conv.apply_fix(number)
    assert conv.session.authority == "Natural Resources Wales"
    assert "Natural Resources Wales" in "\n".join(m.text for m in turn.messages)
    assert not any(f.code == "body-other-nation" for f in conv._findings())


def test_the_correspondence_part_keeps_its_other_party_in_each_letter():
    conv, _ = _chat(HAY, "welsh water", "ok")
    assert any("between you and the Environment Agency" in p for p in conv.session.parts)
    conv, _ = _chat(HAY, "environment agency", "ok")
    assert any("between you and Dŵr Cymru Welsh Water" in p for p in conv.session.parts)
    assert not any("the authority" in p for p in conv.session.parts)


def test_the_agency_meant_for_a_welsh_river_is_natural_resources_wales_when_the_letter_goes_there():
    conv, _ = _chat(HAY, "natural resources wales", "ok")
    assert any("between you and Dŵr Cymru Welsh Water" in p for p in conv.session.parts)
    assert not any("Environment Agency" in p for p in conv.session.parts)


def test_between_a_body_and_you_names_the_body_by_its_letter_name():
    assert readdressed(["Emails between welsh water and the Environment Agency about the spills."], None,
                       "Environment Agency") == ["Emails between you and Dŵr Cymru Welsh Water about the spills."]
    # not a body: kept as typed, "you" first
    assert readdressed(["Emails between local residents and TfL about the scheme."], None,
                       "Transport for London") == ["Emails between you and local residents about the scheme."]
