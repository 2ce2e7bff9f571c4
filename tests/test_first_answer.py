"""The chatbot's first answer and the organisation step (session 17, lead)."""

import subprocess
import sys

from askfoi.conversation import Conversation


def test_ok_at_the_organisation_step_suggests_no_body():
    conv = Conversation()
    conv.start()
    conv.reply("how many potholes were reported to the council last year")
    for word in ("ok", "OK", "yes", "ok "):
        assert conv.choices(word) == [], word
    assert any("Leeds" in name for name in conv.choices("leeds"))


def test_inflect_loads_without_typeguard_instrumenting_it():
    """inflect's methods are imported undecorated (the 3 s typeguard re-parse is skipped) and still work."""
    code = (
        "from askfoi.framing import _inflector\n"
        "e = _inflector()\n"
        "import inflect, typeguard\n"
        "from typeguard import _decorators\n"
        "assert typeguard.typechecked is _decorators.typechecked  # restored for anyone else\n"
        "assert 'check_argument_types_internal' not in inflect.engine.plural_noun.__code__.co_names\n"
        "print(e.plural_noun('child'), e.singular_noun('cameras'), e.a('hour'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["children", "camera", "an", "hour"]


def test_road_numbers_and_street_names_take_capitals_in_why_parts():
    from askfoi.framing import frame_message

    text = " ".join(p.text for p in frame_message("why are there so many potholes on the a38").parts)
    assert "A38" in text and "a38" not in text
    text = " ".join(p.text for p in frame_message("why did the council close the library on smith street").parts)
    assert "Smith Street" in text
    text = " ".join(p.text for p in frame_message("how many b2b contracts does the council have").parts)
    assert "B2B" not in text  # not a road: letters after the number


def test_a_scottish_authority_is_complained_about_to_the_scottish_commissioner(tmp_path):
    """nu17: `askfoi complain --authority "Police Scotland" --late` wrote to the ICO under FOIA s50."""
    from askfoi.next_steps import law_of
    from askfoi.models import Regime

    assert law_of(Regime.FOIA, [], scotland=True) == "FOISA"
    assert law_of(Regime.FOIA, [], scotland=False) == "FOIA"
    assert law_of(Regime.EIR, [], scotland=True) == "EISR"
    out = subprocess.run([sys.executable, "-m", "askfoi.cli", "complain", "--authority", "Police Scotland", "--late",
                          "--sent", "01/09/2026", "--review-asked", "20/10/2026"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "Scottish Information Commissioner" in out.stdout and "section 47" in out.stdout
    assert "section 50" not in out.stdout and "Information Commissioner's Office" not in out.stdout


def test_a_kept_covert_question_gets_a_one_key_fix_with_answerable_parts():
    """nu17: the review's fix for "does kent police use drones to watch protests" only went back to the parts.
    (ck27: drones flown over a protest are answered openly; watching the protesters keeps the warning.)"""
    from askfoi.conversation import Conversation
    from askfoi.framing import frame_message

    framing = frame_message("does kent police use drones to watch protesters")
    risk = next(f for f in framing.findings if f.code == "ncnd-risk")
    assert risk.rewrite and "drones" in risk.rewrite and "overt" in risk.rewrite
    conv = Conversation()
    conv.start()
    for said in ("does kent police use drones to watch protesters", "ok", "last year", "ok"):
        conv.reply(said)
    codes = [f.code for f in conv._findings()]
    before = list(conv.session.parts)
    conv.apply_fix(codes.index("ncnd-risk") + 1)
    assert conv.session.parts != before and len(conv.session.parts) >= 3
    assert all("drones" in p for p in conv.session.parts)
    assert not any(p.endswith("?") for p in conv.session.parts)


def test_a_tactic_with_no_overt_form_prints_no_empty_instead_line():
    out = subprocess.run([sys.executable, "-m", "askfoi.cli", "frame", "does kent police use imsi catchers"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "Warning:" in out.stdout
    assert not any(line.strip() == "Instead:" for line in out.stdout.splitlines())


_COST_REPLY = """Dear Ms Green

Thank you for your request received on 2 September 2026, in which you asked for:
1. the number of penalty charge notices issued on Church Road in 2025
2. the income from those notices

We estimate that complying with your request would exceed the appropriate limit of 18 hours under section 12 of the
Freedom of Information Act 2000. We would need to review each notice by hand.

Yours sincerely
"""


def test_a_review_never_offers_the_same_year_as_a_narrower_request_and_says_the_reply_was_late():
    from datetime import date

    from askfoi.followup import review_letter

    request = "1. The number of penalty charge notices issued on Church Road in 2025.\n2. The income from those notices in 2025."
    letter = review_letter(_COST_REPLY, request=request, authority="Leeds City Council", sent=date(2026, 9, 1),
                           received=date(2026, 11, 30), today=date(2026, 12, 1))
    assert "narrower request" not in letter.body  # the request was one year already: nothing narrower
    assert "came late" in letter.body and "30 September 2026" in letter.body
    assert ",:" not in letter.body


def test_a_review_of_already_published_does_not_claim_the_person_checked_the_link():
    from askfoi.followup import review_letter

    reply = ("Thank you for your request received on 4 March 2024. The information you have requested is already "
             "published on our website and is therefore exempt under section 21 of the Freedom of Information Act "
             "2000. You can find it here: https://example.org/documents/dpia-2024.pdf")
    body = review_letter(reply, authority="Essex Police").body
    # fu26: an exact address is a proper s21 answer: the person says only what the page does not hold
    assert "Having checked" not in body and "[SAY WHAT YOU DID NOT FIND THERE" in body


def test_a_commercial_refusal_that_gave_the_total_is_not_asked_for_totals_instead():
    from askfoi.followup import review_letter

    reply = ("Thank you for your request received on 3 June 2026 about the council's CCTV maintenance contract. The "
             "total value of the contract is £212,000 over three years. The name of the supplier is withheld under "
             "section 43(2) of the Freedom of Information Act 2000, as disclosure would be likely to prejudice its "
             "commercial interests. The public interest favours withholding the information.")
    request = "how much does the council pay for its cctv maintenance contract and who is the supplier"
    body = review_letter(reply, request=request, authority="Leeds City Council").body
    assert "Commercial interests." in body and "totals instead" not in body
    # a reply that gave no sum (only the cost limit's £450 is named) is still offered the totals
    refused = reply.replace("The total value of the contract is £212,000 over three years. ", "").replace(
        "The name of the supplier is", "The contract value and the supplier's rates are")
    assert "totals instead" in review_letter(refused + " (The cost limit is £450.)", request=request,
                                             authority="Leeds City Council").body


def test_a_thing_named_without_a_determiner_takes_none_when_a_pronoun_stands_for_it():
    from askfoi.framing import frame_message

    texts = [p.text for p in frame_message("does essex police use facial recognition, how much has it cost").parts]
    assert any(t.startswith("The total amount spent on facial recognition") for t in texts), texts
    texts = [p.text for p in frame_message("the council bought a new gritter, how much did it cost").parts]
    assert any("spent on the gritter" in t for t in texts), texts


def test_a_scottish_place_typed_in_lower_case_puts_the_request_under_foisa():
    from askfoi.framing import frame_message, located_in_scotland

    assert frame_message("how many nurses left glasgow royal infirmary in 2024").regime == "FOISA"
    assert located_in_scotland("potholes in dundee")
    assert not located_in_scotland("fife and drum band")  # a common word stays a word in lower case


def test_names_asked_after_people_are_counted_raise_the_personal_data_finding():
    from askfoi.framing import frame_message

    codes = [f.code for f in frame_message("how many police officers in kent were sacked for gross misconduct in "
                                           "2023 and 2024 and what were there names").findings]
    assert "third-party-personal-data" in codes
    codes = [f.code for f in frame_message("how many roads were resurfaced in leeds in 2024 and what are their names").findings]
    assert "third-party-personal-data" not in codes  # roads are no people


def test_a_misspelling_is_offered_the_word_that_keeps_its_first_letter():
    from askfoi.spelling import suggest

    assert dict(suggest("what are the air polution readings near the incinerator")).get("polution") == "pollution"


def test_a_reported_ask_with_a_colon_keeps_its_questions():
    from askfoi.framing import frame_message

    f = frame_message("Hello, I volunteer at a law centre. My client asks: how many section 21 notices were served in "
                      "leeds in 2024/25, how many households went into temporary accommodation")
    assert len(f.parts) == 2 and f.period == "1 April 2024 to 31 March 2025"
    assert frame_message("my question is: how many potholes were fixed in leeds in 2024").parts


def test_ok_over_a_private_persons_data_is_asked_about_once_before_the_letter():
    from askfoi.conversation import Conversation, Step

    conv = Conversation()
    conv.start()
    conv.reply("my neighbour gary thompson was arrested in june by avon and somerset police for assault, was he "
               "charged? also how many assaults were reported in bath in 2025")
    for _ in range(6):
        if conv.session.step == Step.review:
            break
        conv.reply("ok")
    assert conv.session.step == Step.review
    if any("neighbour" in p.lower() or "thompson" in p.lower() for p in conv.session.parts):
        said = " ".join(m.text for m in conv.reply("ok").messages)
        assert conv.session.step == Step.review and "published" in said and '"keep"' in said
        conv.reply("keep")
    else:
        # rv58 (nc58 #7): the letter no longer asks about him (the part about Gary was left out): "ok" is never met with
        # "the letter still asks about other people" (tests/test_rv58_stale_findings.py has the letter that does)
        said = " ".join(m.text for m in conv.reply("ok").messages)
        assert "still asks about other people" not in said
    assert conv.session.step != Step.review


def test_complain_on_a_reply_with_no_review_says_the_review_comes_first(tmp_path):
    reply = tmp_path / "reply.txt"
    reply.write_text("Thank you for your request received on 3 June 2026. The information is withheld under section "
                     "43(2) of the Freedom of Information Act 2000.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "askfoi.cli", "complain", str(reply), "--authority", "Leeds City Council"],
                         capture_output=True, text=True)
    # nu29: no letter that claims a review askfoi was not told of: a one-line error says the review comes first
    assert out.returncode == 2 and "internal review" in out.stderr and "askfoi review" in out.stderr
    assert not out.stdout.strip() and "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
    out = subprocess.run([sys.executable, "-m", "askfoi.cli", "complain", str(reply), "--authority", "Leeds City Council",
                          "--review-asked", "01/09/2026"], capture_output=True, text=True)
    assert out.returncode == 0 and "askfoi review" not in out.stderr


def test_why_after_a_count_of_people_asks_for_the_reasons_recorded_for_what_they_did():
    from askfoi.framing import frame_message

    text = frame_message("how many nurses left glasgow royal infirmary in 2024 and why did they leave").parts[-1].text
    assert "reasons recorded for nurses leaving" in text and "causes of nurses" not in text
    text = frame_message("how many pupils were excluded in leeds in 2024 and why were they excluded").parts[-1].text
    assert "pupils being excluded" in text
    text = frame_message("how many floods were there in york in 2024 and why did they happen").parts[-1].text
    assert "causes of floods" in text


def test_a_quoted_question_that_points_at_something_unsaid_is_not_quoted_in_the_letter():
    from askfoi.reply_request import request_in_reply

    reply = ("I write in connection with your request for information received on 3 March 2024 in which you asked:\n"
             "1. Does the force use facial recognition technology?\n2. How much has been spent on it?\n\n"
             "Essex Police can neither confirm nor deny that it holds any information relevant to question 1.")
    assert request_in_reply(reply).question is None


def test_money_made_after_a_count_of_fines_is_the_income_from_them():
    from askfoi.framing import frame_message

    parts = frame_message("how many fines did the council issue for littering in 2024 and how much money did they "
                          "make").parts
    assert parts[-1].kind == "income" and "fines issued for littering" in parts[-1].text
    parts = frame_message("how many trees did the council plant and how much money did they make").parts
    assert parts[-1].kind != "income"  # trees are not paid: no income is guessed


def test_a_street_named_before_this_year_takes_its_capitals():
    from askfoi.framing import capitalise_names

    assert capitalise_names("potholes on mill lane this year") == "potholes on Mill Lane this year"
    assert capitalise_names("street cleaning this month") == "street cleaning this month"
