"""tr4: defects seen trying the product (docs/notes/tr4.md): subject access inside FOI wording, overt facial
recognition, two organisations in one message, a place inside another body's name, the reply's date inside a
pasted paragraph."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.reply_explain import explain_reply, reply_date


# --- 6. the reply's date, wherever the pasted text gives it ---------------------------------------------------

@pytest.mark.parametrize("text,day", [
    ("Dear Ms Shah, thank you for your request dated 1 February 2025. Our response dated 14 March 2025 is below. "
     "Essex Police holds the information.", date(2025, 3, 14)),
    ("Re: FOI 123 Date: 14/03/2025 Dear Sir, thank you for your request of 2 March 2025.", date(2025, 3, 14)),
    ("From: FOI Team Sent: Friday, 14 March 2025 10:02 To: me Subject: your request", date(2025, 3, 14)),
    ("Please find below the council's reply of 14th March 2025. We do not hold the information.", date(2025, 3, 14)),
    ("This letter, dated March 14, 2025, sets out our decision.", date(2025, 3, 14)),
    ("Date of response: 20 November 2025\nI can confirm the force holds it.", date(2025, 11, 20)),
])
def test_the_reply_date_is_found_inside_a_pasted_paragraph(text, day):
    assert reply_date(text) == day


@pytest.mark.parametrize("text", [
    "Your request dated 2 March 2025 asked for the figures. We do not hold them.",  # the request's date
    "Date of birth: 01/01/1990. The records were destroyed on 4 May 2024.",  # not the reply's
    "Last update: 14 March 2025. The policy was reviewed in 2024.",
    "In 2024 there were 14 incidents; on 3 March 2025 the policy changed.",  # a bare date
])
def test_dates_that_are_not_the_replys_own_are_not_taken(text):
    assert reply_date(text) is None


def test_a_reply_date_mid_paragraph_sets_the_review_deadline():
    text = ("I am forwarding what Essex Police sent me. Our response dated 14 March 2025 is below. The information "
            "is exempt under section 31(1)(a) of the Freedom of Information Act.")
    explained = explain_reply(text, today=date(2025, 4, 1))
    assert explained.received == date(2025, 3, 14)
    later = explain_reply(text, today=date(2025, 4, 1), received=date(2025, 3, 20))
    review = [s for s in explained.next_steps if s.kind == "review"]
    assert review and review[0].by < [s for s in later.next_steps if s.kind == "review"][0].by


# --- 2. overt deployments are not NCND-prone; a fix never re-triggers the covert check ------------------------

from askfoi.checks import check_request  # noqa: E402
from askfoi.framing import frame_message, replace_covert, review_parts  # noqa: E402


@pytest.mark.parametrize("message", [
    "how many times did the met deploy live facial recognition vans in 2024, and how many arrests",
    "how many times has kent police used live facial recognition vans in 2024 and where were they deployed",
    "how much has essex police spent on facial recognition cameras since 2022",
    "how many retrospective facial recognition searches did south wales police run in 2024",
])
def test_overt_facial_recognition_is_not_flagged_as_ncnd(message):
    framing = frame_message(message)
    assert framing.parts
    assert not any(p.warning for p in framing.parts)
    assert "ncnd-risk" not in {f.code for f in framing.findings}


@pytest.mark.parametrize("message", [
    "does kent police use covert facial recognition",
    "has essex police secretly used facial recognition on protesters",
])
def test_covert_facial_recognition_still_is(message):
    framing = frame_message(message)
    assert "ncnd-risk" in {f.code for f in framing.findings}


@pytest.mark.parametrize("message", [
    "how many times did essex police use imsi catchers in 2024",
    "how many covert human intelligence sources did kent police pay in 2023 and how much did they cost",
    "how many times has the met used stingrays since 2020",
    "does kent police use covert facial recognition",
    "how many undercover officers does the met have",
])
def test_the_covert_fix_never_offers_a_part_the_checks_flag_again(message):
    framing = frame_message(message)
    flagged = [p for p in framing.parts if p.warning]
    assert flagged
    fixed = replace_covert(framing)
    kept = {p.text for p in framing.parts if not p.warning}
    texts = [p.text for p in fixed.parts if p.text not in kept]  # what the fix put in
    for text in texts:  # each replacement, on its own and as a whole request
        assert "ncnd-risk" not in {f.code for f in check_request(text).findings}, text
    if texts:
        assert "ncnd-risk" not in {f.code for f in check_request("\n".join(texts), "Kent Police").findings}
        assert "ncnd-risk" not in {f.code for f in review_parts(texts, [p for p in fixed.parts if p.text in texts], "2024")}
    assert not any("overt" in t.lower() and "imsi" in t.lower() for t in texts)  # no "overt IMSI catcher use"


def test_a_tactic_with_no_overt_form_says_so_instead_of_offering_overt_records():
    framing = frame_message("how many times did essex police use imsi catchers in 2024")
    part = next(p for p in framing.parts if p.warning)
    assert part.replacements == []
    finding = next(f for f in framing.findings if f.code == "ncnd-risk")
    assert "overt deployments" not in finding.suggestion.lower()


# --- 4. a place inside another body's name: the body that runs the site, or asked ---------------------------

from askfoi.authorities import resolve_authority  # noqa: E402
from askfoi.site_bodies import body_for_site, police_force_for, site_after  # noqa: E402


@pytest.mark.parametrize("text,kind,place", [
    ("i was arrested in march and held at colchester police station. i want the custody record", "police", "Essex"),
    ("how many people were held in the custody suite at chelmsford police station in 2024", "police", "Essex"),
    ("how many crimes did colchester police record in 2024", "police", "Essex"),
    ("how many detainees were taken to leeds police station in 2024", "police", "West Yorkshire"),
    ("how many operations were cancelled at leeds general infirmary in 2024", "nhs", "Leeds"),
])
def test_a_site_goes_to_the_body_that_runs_it(text, kind, place):
    found = frame_message(text).authority
    assert found is not None, text
    resolved = resolve_authority(found.name)
    assert resolved.known and resolved.type.value == kind and place in found.name


@pytest.mark.parametrize("text", [
    "how many flights were delayed at manchester airport in 2024",
    "how many people were arrested at brixton police station in 2024",  # a place the force list lacks: asked
    "how many trains were cancelled at reading station in 2024",
    "how many prisoners self harmed at hmp wandsworth in 2024",
])
def test_a_site_askfoi_cannot_place_is_asked_never_the_towns_council(text):
    found = frame_message(text).authority
    assert found is None or resolve_authority(found.name).type.value != "council", found


def test_site_words_and_the_place_are_read_generally():
    assert site_after(["police", "station", "in"]).kind == "police"
    assert site_after(["general", "infirmary"]).kind == "nhs"  # one middle word
    assert site_after(["airport"]).kind == "ask"
    assert site_after(["city", "council"]) is None
    assert police_force_for("Colchester") == "Essex Police"
    assert police_force_for("Atlantis") is None
    # the NHS body is taken only when exactly one current body in that place has a hospital word
    assert body_for_site("leeds", site_after(["hospital"])) == "Leeds Teaching Hospitals NHS Trust"


def test_the_police_areas_name_real_forces_and_no_place_twice():
    from askfoi.knowledge import load_vocab

    data, problems = load_vocab("police_areas")
    assert not problems
    seen: dict[str, str] = {}
    for force, places in data.items():
        assert resolve_authority(force).known and resolve_authority(force).type.value == "police", force
        for place in places:
            assert place not in seen, (place, force, seen.get(place))
            seen[place] = force


# --- 3. two organisations named side by side: the person picks one --------------------------------------------

from askfoi.conversation import Conversation, Step  # noqa: E402


@pytest.mark.parametrize("text,names", [
    ("i want to know from both kent county council and kent police how many reports of fly tipping they got in 2024",
     ["Kent County Council", "Kent Police"]),
    ("how many officers do essex police, kent police or suffolk constabulary have on duty at night",
     ["Essex Police", "Kent Police", "Suffolk Constabulary"]),
    ("can you ask leeds city council and west yorkshire police how many people were fined for littering in 2024",
     ["Leeds City Council", "West Yorkshire Police"]),
])
def test_bodies_named_side_by_side_are_asked_about_not_the_first_taken(text, names):
    framing = frame_message(text)
    assert framing.authority is None
    assert framing.named_together == names
    assert framing.parts and not any(n.lower() in p.text.lower() for p in framing.parts for n in names)


@pytest.mark.parametrize("text,name", [
    ("how many referrals did kent police make to social services in 2024", "Kent Police"),
    ("how many crimes in leeds and bradford did west yorkshire police record in 2024", "West Yorkshire Police"),
])
def test_one_addressee_with_other_names_in_other_roles_is_kept(text, name):
    framing = frame_message(text)
    assert framing.authority is not None and framing.authority.name == name
    assert framing.named_together == []


def test_the_chatbot_asks_which_body_and_offers_them_as_picks():
    conv = Conversation()
    conv.start()
    conv.reply("i want to know from both kent county council and kent police how many reports of fly tipping "
               "they got in 2024")
    assert conv.session.step.value == "authority"
    assert conv.session.authority is None
    assert conv.choices("") == ["Kent County Council", "Kent Police"]
    conv.reply("ok")  # nothing proposed: "ok" is not an organisation
    assert conv.session.authority is None and conv.session.step.value == "authority"
    conv.reply("Kent Police")
    assert conv.session.authority == "Kent Police"


# --- 1. subject access inside FOI wording: routed, and the letter keeps what the person listed ----------------

from askfoi.sar_items import sar_items  # noqa: E402


@pytest.mark.parametrize("text", [
    "under the freedom of information act please send me all the information you hold about me, including my "
    "custody record and the cctv of my arrest on 3 march",
    "under the foi act i request a copy of the 999 call recording i made on 5 june 2024 to essex police",
    "please send me the bodycam footage from when officers came to my house on 12 january",
    "Under FOI I would like the statement I gave to Kent Police in May 2023 and the notes of my interview",
    "foi request: the dashcam video of me being stopped on the a12 last tuesday",
])
def test_a_request_for_the_writers_own_records_is_subject_access_whatever_law_it_names(text):
    assert frame_message(text).route == "sar"


@pytest.mark.parametrize("text", [
    "how many cctv cameras are near my house",
    "please provide the cctv footage policy for my street and the number of cameras in 2024",
    "how many complaints were made about noise in my area in 2024",
    "the footage of my son being restrained at school",  # someone else's data: not the writer's subject access
    "how many 999 calls did essex police receive in 2024",
])
def test_requests_about_places_counts_or_other_people_stay_foi(text):
    assert frame_message(text).route == "foi"


def test_the_subject_access_letter_keeps_the_listed_records_and_their_dates():
    framing = frame_message("under the freedom of information act please send me all the information you hold "
                            "about me, including my custody record and the cctv of my arrest on 3 march",
                            authority="Essex Police")
    assert framing.route == "sar" and framing.regime == "DPA-Part3"  # a force's law-enforcement records: s45
    texts = [p.text for p in framing.parts]
    assert len(texts) == 2
    assert any("custody record" in t.lower() for t in texts)
    assert any("CCTV" in t and "3 March" in t and "arrest" in t for t in texts)
    assert not any("all the personal data" in t.lower() for t in texts)


def test_the_persons_account_is_kept_so_the_officer_can_find_the_records():
    items = sar_items("i was arrested in march and held at colchester police station. i want the custody record "
                      "and the cctv of me in the cell and the bodycam footage of my arrest")
    assert len(items) == 4
    assert [i for i in items if "cell" in i] and [i for i in items if "bodycam" in i.lower()]
    assert "March" in items[-1] and "colchester" in items[-1].lower()


def test_a_request_for_everything_lists_nothing_more():
    assert sar_items("can i have all my personal data please") == []
    framing = frame_message("please send me all the information you hold about me")
    assert framing.route == "sar" and len(framing.parts) == 1


def test_the_chatbot_writes_the_listed_items_into_the_letter():
    conv = Conversation()
    conv.start()
    for answer in ["i was arrested in march and held at colchester police station. i want the custody record and "
                   "the cctv of me in the cell and the bodycam footage of my arrest", "ok", "skip", "ok", "skip",
                   "Tom Reed", "tom@example.org"]:
        if conv.session.step == Step.review:  # ck21: the footage warning (kept only for a limited time) is reviewed
            assert "footage-retention" in {f.code for f in conv.request().findings}
            conv.reply("ok")
        turn = conv.reply(answer)
    letter = turn.messages[-1].text
    assert "Essex Police" in letter and "section 45" in letter
    for listed in ("custody record", "CCTV of me in the cell", "footage of my arrest", "March"):
        assert listed in letter
    assert "body-worn camera footage of my arrest" in letter  # lead38: "bodycam" written out for the officer


def test_places_named_together_also_offer_the_one_body_named_after_both():
    framing = frame_message("what is the average response time to 999 calls in devon and cornwall")
    assert framing.authority is None
    assert "Devon and Cornwall Police" in framing.named_together


@pytest.mark.parametrize("text, flagged", [
    ("does kent police use facial recognition", True),  # whether it is used at all: covert use included (issue 9)
    ("how many times did the met deploy live facial recognition vans in 2024", False),  # deployments are overt
])
def test_asking_whether_a_force_uses_facial_recognition_is_still_a_covert_risk(text, flagged):
    framing = frame_message(text, today=date(2026, 11, 30))
    assert any(p.warning for p in framing.parts) is flagged


def test_a_common_word_inside_a_capitalised_street_or_district_name_is_not_a_place():
    from askfoi.body_answers import places_named

    assert places_named("The air near my kids school on Brixton Hill is awful") == []
    assert places_named("how many fines were issued by the council from Kent") == ["kent"]


def test_a_reply_pasted_as_one_paragraph_is_dated_by_its_sign_off():
    from datetime import date

    from askfoi.reply_explain import reply_date

    pasted = ("Dear Ms Patel, Thank you for your request for information received on 2 October 2026 about bus "
              "subsidies. Part 1: The total subsidy paid in 2025/26 was £412,000. Part 2: we are withholding the "
              "contract under section 43(2). Yours sincerely, Information Governance Team, Derbyshire County Council, "
              "28 October 2026")
    assert reply_date(pasted) == date(2026, 10, 28)
    assert reply_date("We received your request on 2 October 2026. Kind regards, the team. Your request dated "
                      "5 October 2026 was logged") is None
