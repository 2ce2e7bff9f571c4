"""ck22: routes, addressees and mixed requests a newcomer got wrong (nu24; issues 8 and 10). The nu24 sentences are
the ones reported; each fix is also tried on a second wording invented for the test."""

from __future__ import annotations

from datetime import date

from askfoi.whose_records import on_list_ask
from test_ck21 import _chat, framed  # the ck21 helpers: a chat from the start, and a message framed on a fixed day

TODAY = date(2026, 12, 2)


def texts(framing) -> list[str]:
    return [p.text for p in framing.parts]


def codes(framing) -> set[str]:
    return {getattr(f, "code", "") for f in framing.findings}


# -- 1. mixed requests: a body's policy and counts stay FOI; a person's presence on a list is theirs -----------------

def test_a_clients_wish_to_know_a_bodys_policy_and_counts_is_foi_never_her_subject_access_request():
    for text in ("client says the council lost her housing benefit form twice, she wants to know their policy on lost "
                 "documents and how many complaints about lost forms they got in 2025 - its wakefield council",
                 "my client says the council lost her housing benefit form twice. she wants to know their policy on lost "
                 "documents and how many complaints about lost forms they got in 2025. its wakefield council"):
        f = framed(text)
        assert f.route == "foi", text
        assert "their-own-data" not in codes(f)
        assert texts(f) == ["Any policy, procedure or guidance on lost documents.",
                            "The number of complaints about lost forms received."], texts(f)
    # her own file is still hers (subject access), the policy words only decide when they govern the records
    assert framed("my client wants her housing benefit file from wakefield council").route == "sar"


def test_a_participle_after_a_preposition_stays_in_the_noun_phrase():
    assert texts(framed("how many complaints about lost property did leeds city council get in 2025")) == [
        "The number of complaints about lost property received."]
    assert texts(framed("how many fines for missed appointments did the trust issue in 2024")) == [
        "The number of fines for missed appointments issued."]


def test_whether_the_writer_or_their_child_is_on_a_list_is_theirs_to_ask_by_subject_access():
    f = framed("does west yorkshire police have a gang database and is my son on it, how many kids under 16 are on it")
    assert f.route == "foi"
    assert texts(f) == ["Any policy, procedure or guidance on keeping a gang database.",
                        "The number of children under 16 on the gang database."]  # nx82: standard words in a count, texts(f)
    finding = next(x for x in f.findings if x.code == "on-their-list")
    assert "whether your son is on the gang database" in finding.message
    assert "section 45 of the Data Protection Act 2018" in finding.message and "40(5B)" in finding.message
    assert "parent or guardian" in finding.suggestion
    assert not any("my son" in t for t in texts(f))
    # the writer themself, another list and wording
    f = framed("does the met have a gang matrix and am i on it and how many people are on it")
    finding = next(x for x in f.findings if x.code == "on-their-list")
    assert "whether you are on the gang matrix is your own personal data" in finding.message
    assert "40(5A)" in finding.message
    assert not any("am i" in t.lower() for t in texts(f))


def test_on_list_questions_are_read_by_their_shape():
    assert on_list_ask("and is my son on it").subject == "child"
    assert on_list_ask("whether my daughter is listed on it").relation == "daughter"
    assert on_list_ask("am i on the gang matrix").what == "the gang matrix"
    assert on_list_ask("do they have me on it").subject == "self"
    for clause in ("how many kids under 16 are on it", "are children on it", "is the list published"):
        assert on_list_ask(clause) is None, clause


def test_the_chat_says_where_the_childs_data_goes_beside_the_foi_letter():
    _, said = _chat("does west yorkshire police have a gang database and is my son on it, how many kids under 16 are on it")
    assert "That letter is an FOI request for those parts only" in said[0]
    assert "section 45 of the Data Protection Act 2018" in said[0]


def test_a_count_on_it_names_the_list_the_question_before_named():
    assert "The number of families on the housing waiting list." in texts(
        framed("does leeds council have a housing waiting list and how many families are on it"))
    assert "The number of children on the gang database." in texts(
        framed("does west yorkshire police have a gang database? how many children are on it?"))


# -- 2. addressees --------------------------------------------------------------------------------------------------

def test_a_hospital_named_by_its_site_reaches_the_trust_that_runs_it():
    for text, trust in (
            ("how many people waited over 12 hours in a&e at the queen elizabeth hospital in birmingham in 2025",
             "University Hospitals Birmingham NHS Foundation Trust"),
            ("how many patients fell at the royal london hospital in 2025", "Barts Health NHS Trust"),
            ("how many falls were reported at whipps cross hospital this year", "Barts Health NHS Trust"),
            ("how many births were there at the royal derby hospital in 2024",
             "University Hospitals of Derby and Burton NHS Foundation Trust"),
            ("how many operations were cancelled at st james's hospital in leeds in 2024",
             "Leeds Teaching Hospitals NHS Trust")):
        f = framed(text)
        assert f.authority is not None and f.authority.name == trust, (text, f.authority)
    # a site name other hospitals share is that trust's only with its town
    f = framed("how many falls were there at the queen elizabeth hospital in kings lynn in 2024")
    assert f.authority is not None and "Birmingham" not in f.authority.name
    # another body named in full is still the one asked
    assert framed("how much did birmingham city council spend on taxis to the queen elizabeth hospital in birmingham "
                  "in 2024").authority.name == "Birmingham City Council"


def test_a_merged_trust_sends_new_requests_to_its_successor():
    assert framed("how many falls were reported at whipps cross university hospital nhs trust in 2024"
                  ).authority.name == "Barts Health NHS Trust"


def test_a_town_typed_at_which_hospital_is_not_its_council():
    conv, said = _chat("how many people waited more than 12 hours in a&e at the hospital in 2025", "derby")
    assert "Which hospital" in said[0]
    assert "University Hospitals of Derby and Burton NHS Foundation Trust" in said[1]
    assert "Derby City Council" not in said[1]
    _, said = _chat("how many people waited more than 12 hours in a&e at the hospital in 2025", "derby", "1")
    assert "address it to University Hospitals of Derby and Burton NHS Foundation Trust" in said[2]
    # a town with no one trust: the hospital's name is asked, never the council taken
    conv, said = _chat("how many people waited more than 12 hours in a&e at the hospital in 2025", "birmingham")
    assert "is a town" in said[1] and conv.session.authority != "Birmingham City Council"


def test_every_place_word_of_a_bodys_name_must_be_typed():
    f = framed("how much did great yarmouth town council spend on christmas lights in 2025")
    assert f.authority.name != "Yarmouth Town Council"
    assert framed("how many complaints did yarmouth town council get in 2025").authority.name == "Yarmouth Town Council"


def test_a_regulator_asked_about_a_company_it_regulates_is_the_one_asked():
    for text in ("how many ofwat complaints about southern water were there in 2025",
                 "how many complaints did ofwat get about thames water in 2024"):
        assert framed(text).authority.name == "Water Services Regulation Authority", text
    assert framed("how many sewage spills did southern water report in 2025").authority.name == "Southern Water"


# -- 3. bodies outside FOIA -------------------------------------------------------------------------------------------

def test_the_royal_household_and_the_security_bodies_are_outside_foi_and_say_what_to_do_instead():
    f = framed("how much did the royal household spend on flights in 2024")
    finding = next(x for x in f.findings if x.code == "not-covered-by-foi")
    assert "not a public authority" in finding.message and "Sovereign Grant" in finding.message
    f = framed("do mi5 keep files on climate activists")
    assert f.regime == "FOIA"  # never "covered only by the EIR"
    finding = next(x for x in f.findings if x.code == "not-covered-by-foi")
    assert "Schedule 1" in finding.message and "section 23" in finding.message
    assert "environmental-information" not in codes(f)
    for typed in ("gchq", "mi6"):
        g = framed(f"how many staff does {typed} employ")
        assert "not-covered-by-foi" in codes(g), typed


# -- 4. the NCND one-key fix ------------------------------------------------------------------------------------------

def test_the_ncnd_fix_keeps_the_persons_count_and_stays_within_the_parts_limit():
    # fc24: was "... live facial recognition vans ...": the vans are deployed in public view, so that question is no
    # longer warned (session 23 item 7); the fix's mechanics are tested on a question about facial recognition itself
    # ck31 (nu33 #2): whether a force uses facial recognition at all is answered; covert use is what is warned
    conv, said = _chat("does essex police use covert facial recognition and how many times did they use it in 2025",
                       "ok", "ok", "ok", "1")
    parts = conv.session.parts
    assert len(parts) <= 5, parts
    # the person's own count (ck33: asked once, in the use part, so the fix keeps it as the count of overt deployments)
    assert any("how many times" in p.lower() or "number of" in p.lower() for p in parts)
    assert any("data protection impact assessment" in p.lower() for p in parts)
    assert "separate parts" not in said[-1]  # no cost-limit warning made by the fix
    assert not any("arrests that came" in p for p in parts)


# -- 5. small UI ------------------------------------------------------------------------------------------------------

def test_the_reply_explanation_lists_the_same_similar_requests_once():
    from askfoi.templates import render

    class O:  # noqa: D401  a similar request
        def __init__(self, url):
            self.authority, self.url = "Gwent Police", url
            self.outcome = type("X", (), {"value": "part_disclosed"})()

    same = [O("https://example.org/1"), O("https://example.org/2")]
    sections = [dict(name=f"section {n}", title="t", meaning="", section=n, ncnd_provision=False, test="absolute",
                     partly_qualified=False, answered_differently=same) for n in ("23(5)", "24(2)")]
    out = render("reader/explain.txt.j2", heading="x", explanation="", confidence="", parts=[], sections=sections,
                 others=[], evidence=[], steps=[])
    assert out.count("https://example.org/1") == 1
    assert "the same ones as for section 23(5)" in out


async def test_the_greeting_is_drawn_once_when_a_line_is_typed_during_start_up(tmp_path, monkeypatch):
    import asyncio
    import threading

    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.chat import Bubble, Messages, Said

    gate = threading.Event()
    boot = AskFOIApp._boot_work

    def slow_boot(self):
        gate.wait(20)  # the engine still loading while the person types
        return boot(self)

    monkeypatch.setattr(AskFOIApp, "_boot_work", slow_boot)
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if list(app.query(Bubble)):
                break
        app.query_one(Messages).add(Said(role="you", text="how many potholes"))  # typed before the engine was ready
        gate.set()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await asyncio.sleep(0)
        greetings = [b for b in app.query(Bubble) if b.message.role == "bot" and "I'm askfoi" in b.message.text]
        assert len(greetings) == 1


async def test_the_reply_pane_actions_fit_80_columns(tmp_path):
    from test_reply_tui import MIXED, make_app, paste_and_read, settle

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await paste_and_read(pilot, MIXED)
        screen.query_one("#reply-letter-review").press()
        await settle(pilot)
        for bid in ("#reply-copy", "#reply-save-txt", "#reply-save-eml", "#reply-mailto", "#reply-back"):
            region = screen.query_one(bid).region
            assert region.right <= 78, (bid, region)  # whole, inside the pane's border ("Back" was cut to "Ba")


def test_a_looser_match_of_the_same_body_never_replaces_the_name_typed():
    # (lead) "filled out the Wirral Council form": the body's name as typed, not the words before it
    from askfoi.framing import frame_message

    f = frame_message("I have just filled out the Wirral Council form on their website. How much does it spend on CCTV?")
    assert f.authority.from_text == "Wirral Council"
    f = frame_message("In the two weeks to 25th Oct, Reigate and Banstead Borough Council cleared 364 fly tips. How many prosecutions were there?")
    assert f.authority.from_text == "Reigate and Banstead Borough Council"


def test_a_generated_list_note_is_not_the_message():
    # (lead) a body the generated WhatDoTheyKnow list marks foi_no keeps the plain message, never "(WhatDoTheyKnow tag ...)"
    from askfoi.checks import check_request

    res = check_request("How much did the Committee of Advertising Practice spend on rulings in 2024?",
                        authority="Committee of Advertising Practice")
    msgs = [f.message for f in res.findings if f.code == "not-covered-by-foi"]
    assert msgs and all("tag" not in m for m in msgs)
