"""af99 (nc97 #7, j6): housing associations as a class, as knowledge (knowledge/authorities_housing.jsonl): named in
the message ("my housing association (clarion)") or typed at the organisation step ("clarion", "Clarion Housing
Group"), the association is known, and known to be one: not covered by FOI in England, Wales and Northern Ireland;
a Scottish registered social landlord answers under FOISA. And a subject access item naming what the body did with
"they" ("the notes they wrote about my flat") is said to the body: "you". The messages are my own words."""

from __future__ import annotations

from datetime import date

from askfoi.authorities import resolve_authority
from askfoi.conversation import Conversation, Step
from askfoi.sar_items import sar_items
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import bot_text, say, settle

TODAY = date(2026, 12, 7)


def _conv(*answers: str) -> tuple[Conversation, str]:
    conv = Conversation()
    conv.today = lambda: TODAY
    said = []
    for answer in answers:
        said.append(" ".join(m.text for m in conv.reply(answer).messages))
    return conv, " ".join(" ".join(said).split())


def test_an_association_typed_in_lower_case_at_the_organisation_step_is_known():
    conv, said = _conv("my housing association has ignored my damp complaint for months. i want the repair records "
                       "for my flat", "clarion")
    assert conv.session.authority == "Clarion Housing Group"
    assert "I don't know an organisation called" not in said


def test_an_association_in_brackets_in_the_first_message_is_the_body():
    conv, said = _conv("our housing association (l&q) keep cancelling repairs. i want the inspection reports on our flat")
    assert conv.session.authority == "London & Quadrant Housing Trust"
    assert "Which housing association do you mean" not in said


def test_an_english_association_is_not_covered_and_a_scottish_one_is_under_foisa():
    conv, _ = _conv("how many evictions for rent arrears did sanctuary housing carry out in 2025", "ok")
    assert conv.session.authority == "Sanctuary Housing Association"
    assert conv.request().not_covered == "housing association"
    scot, _ = _conv("how many evictions for rent arrears did kingdom housing association carry out in 2025", "ok")
    assert scot.session.authority == "Kingdom Housing Association"
    assert not scot.request().not_covered
    found = resolve_authority("Kingdom Housing Association")
    assert found.known and found.regime.value == "FOISA" and found.covered


def test_welsh_and_northern_irish_associations_are_known_and_not_covered():
    for typed, name in (("wales and west housing", "Wales & West Housing"), ("clanmil", "Clanmil Housing Association")):
        found = resolve_authority(typed)
        assert found.known and found.name == name and not found.covered


def test_guard_common_words_name_no_association():
    # "sanctuary scheme" (a safety measure), "together", "riverside" and "places" are words, not associations
    for typed in ("how many homes in leeds got a sanctuary scheme fitted last year",
                  "how many flats on the riverside estate in leeds were inspected together with the council"):
        conv, _ = _conv(typed)
        assert conv.session.authority in (None, "Leeds City Council"), conv.session.authority


def test_a_subject_access_item_says_what_the_body_did_to_it_as_you():
    assert sar_items("i want the notes they wrote about my flat") == ["The notes you wrote about my flat"]
    assert "what you said about me to the police" in " ".join(sar_items("i want to see what they said about me to the police"))
    assert "The photos you took of the damp in my flat" in sar_items(
        "i want my tenancy file and the photos they took of the damp in my flat")
    assert "The emails you have sent about my repairs" in sar_items("i want the emails they've sent about my repairs")


def test_guard_a_persons_they_is_not_the_body():
    items = " ".join(sar_items("my mum wants her hospital records and to know whether they were readmitted"))
    assert "you were" not in items


async def test_at_80x24_clarion_typed_is_the_association(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), clinic=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "my housing association have ignored my mould complaint for a year. i want the notes they "
                         "wrote about my flat")
        assert app.conversation.session.step == Step.authority
        await say(pilot, "clarion")
        said = bot_text(app)
        assert app.conversation.session.authority == "Clarion Housing Group"
        assert "I don't know an organisation called" not in said
        assert "The notes you wrote about my flat" in said


def test_a_known_association_gets_one_finding_not_two():
    from askfoi.checks import check_request

    codes = [f.code for f in check_request("how many damp repairs were done in 2025", "Clarion Housing Group").findings]
    assert codes.count("housing-association") == 1 and "not-covered-by-foi" not in codes
    # an association the checks' words do not name still gets the pack's note (guard)
    assert "not-covered-by-foi" in [f.code for f in check_request("how many damp repairs were done in 2025",
                                                                  "Stonewater").findings]
