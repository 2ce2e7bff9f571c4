"""Session 19 lead fixes, each from trying the product the way people write."""
from askfoi.checks import check_request
from askfoi.models import Regime
from askfoi.sar_items import sar_items


def _finding(text, code, authority=None):
    return next(f for f in check_request(text, authority).findings if f.code == code)


def test_police_records_of_an_arrest_are_asked_for_under_section_45():
    f = _finding("i was arrested last year, i want the bodycam footage of me", "own-personal-data", "Kent Police")
    assert "section 45 of the Data Protection Act 2018" in f.message
    assert "section 45" in f.suggestion


def test_records_not_about_policing_keep_the_uk_gdpr_wording():
    f = _finding("please send me my hr file", "own-personal-data", "Leeds City Council")
    assert "Article 15 of the UK GDPR" in f.message and "section 45" not in f.message


def test_records_of_an_event_told_in_another_sentence_are_the_writers_own():
    text = "i was arrested in may 2025 and held at luton police station overnight. i want the custody record and the bodycam footage"
    assert check_request(text, "Bedfordshire Police").regime == Regime.SAR
    # a count of custody records is an FOI question, whatever the writer has been through
    text = "i was arrested in 2024. how many custody records did the force create in 2024"
    assert check_request(text, "Bedfordshire Police").regime != Regime.SAR


def test_the_account_of_what_happened_keeps_its_second_verb():
    items = sar_items("i was stopped and searched by the met police in camden last march and the officer was really "
                      "rude, i want everything they have on me about it including the bodycam")
    told = [i for i in items if i.startswith("Any other personal data about these events")]
    assert told and "stopped and searched by the" in told[0]
    assert "rude" not in told[0]  # a remark about the officer is not the account


def test_a_camera_named_alone_asks_for_its_footage():
    items = sar_items("i was arrested last month, i want my custody record and the bodycam")
    assert "The bodycam footage" in " ".join(items)


def _parts(text):
    from askfoi.framing import frame_message

    return [p.text for p in frame_message(text).parts]


def test_two_verbs_of_one_object_are_both_turned():
    # "Any records of the force owning or use IMSI catchers" was the letter's first part
    assert _parts("does the council own or lease the old library building?") == [
        "Any records of the council owning or leasing the old library building."]
    assert _parts("has the trust bought or leased any new scanners since 2022?") == [
        "Any records of the trust having bought or leased any new scanners since 2022."]
    assert _parts("Does the council monitor and enforce the 20mph limit on Hill Road?") == [
        "Any records of the council monitoring and enforcing the 20mph limit on Hill Road."]
    first = _parts("Does the force own or use IMSI catchers?")[0]  # ck33: the uses counted, no policy added
    assert "use of IMSI catchers" in first or "IMSI catchers were used" in first


def test_how_much_were_things_asks_what_they_cost():
    assert _parts("how much were the new bins and who supplied them")[0] == "The total amount spent on the new bins."


def test_the_bodycam_of_an_arrest_told_as_arrested_me_is_the_writers_own():
    text = "who was the officer that arrested me on 3rd june in cardiff and was his bodycam on"
    assert check_request(text, "South Wales Police").regime == Regime.SAR


def test_a_told_clause_and_a_question_typed_as_one_sentence_are_two():
    parts = _parts("the council took 9 weeks to answer my repair complaint, how many housing disrepair complaints "
                   "did leeds city council get in 2024/25 and how many did they answer late")
    assert parts[0] == "The number of housing disrepair complaints received."
    assert check_request("the council took 9 weeks to answer my repair complaint, how many housing disrepair "
                         "complaints did leeds city council get", None).regime != Regime.SAR
    # a clause that qualifies the question stays with it
    assert "Since the council brought in the scheme" in _parts(
        "since the council brought in the scheme, how many fines have been issued")[0]


def test_a_review_of_withheld_staff_names_argues_legitimate_interests_not_anonymising():
    from askfoi.followup import review_letter

    reply = ("Your request for information has been considered.\n1. The number of fixed penalty notices issued in 2025.\n"
             "The council issued 412.\n2. The names of the enforcement officers who issued the most fines.\n"
             "This information is exempt under section 40(2) of the Freedom of Information Act as it is personal data.")
    body = review_letter(reply, authority="Manchester City Council").body
    assert "Article 6(1)(f)" in body and "job title, grade or rank" in body
    assert "anonymised" not in body


def test_not_held_because_a_contractor_has_it_argues_held_on_the_bodys_behalf():
    from askfoi.followup import review_letter

    reply = ("Your request has been considered. The council does not hold this information. Cameras are bought by our "
             "contractor, Veolia, and the cost is included in the overall waste contract.")
    body = review_letter(reply, authority="Manchester City Council").body
    assert "held by you (section 3(2)(b) of the Freedom of Information Act 2000)" in body
    assert "ask your contractor, Veolia, for it" in body


def test_the_request_a_reply_restates_is_never_cut_after_its_subject():
    from askfoi.reply_request import request_in_reply

    stated = request_in_reply("Thank you for your request dated 2 October 2026 in which you asked whether West Yorkshire "
                              "Police uses IMSI catchers and for the number of times they were used in 2025.")
    assert stated.topic == "whether West Yorkshire Police uses IMSI catchers"


def test_an_elliptical_count_after_a_body_named_in_lower_case_counts_the_right_things():
    parts = _parts("how many people humberside police have arrested for begging in 2025 and how many were homeless")
    assert not any("of those people Humberside Police were" in p for p in parts)
    assert any("of the people who Humberside Police have arrested" in p and p.endswith("were homeless?") for p in parts) \
        or "The number of people arrested for begging who were homeless." in parts  # lead41: framed from the count


def test_a_relative_clause_after_a_comma_is_not_a_new_question():
    from askfoi.questions import _comma_splice

    told = "The council closed the library in 2023, which was used by 500 people every week"
    assert _comma_splice(told) == [told]


def test_a_description_joined_by_a_hyphen_is_no_institutions_name():
    from askfoi.institution_names import institution_names

    assert institution_names("what are your trust's plans for the consultant-led elective hospital") == []
    assert institution_names("nottingham univeristy hospitals")  # a place and a misspelt head still name one


def test_a_sentence_saying_what_the_parts_words_cover_stays_with_the_request():
    from askfoi.part_roles import sentence_role

    assert sentence_role("Unmanned aerial vehicles are also known as RPAS or UAV.") == "ask"
    assert sentence_role("This includes policies in force before and after the deployment.") == "ask"
    assert sentence_role("These may also be known as remotely piloted systems.") == "ask"
    assert sentence_role("This can be policies used before a deployment.") == "ask"
    assert sentence_role("My son was excluded last year.") == "story"
    assert sentence_role("This is outrageous.") == "story"


def test_a_holding_letter_has_no_review_to_write():
    import pytest

    from askfoi.followup import NothingToChallenge, review_letter

    extension = ("Your request of 2 November 2026 about agency staff spending. We are considering the public interest "
                 "test under section 43(2) and need more time. We will respond by 12 January 2027, in accordance with "
                 "section 10(3) of the Freedom of Information Act 2000.")
    with pytest.raises(NothingToChallenge, match="taken more time"):
        review_letter(extension, authority="Home Office")
    clarify = ("Thank you for your request. Before we can respond we need you to clarify which period you are "
               "interested in. The 20 working day period will begin once we receive your clarification.")
    with pytest.raises(NothingToChallenge, match="clarify your request"):
        review_letter(clarify, authority="Birmingham City Council")


async def test_an_answer_given_back_is_replaced_even_when_the_selection_is_lost(tmp_path):
    # nu21: in a real terminal the selection was dropped and "ok" typed after "ok" given back became "okok"
    from textual.widgets import Input

    from tests.test_reply_tui import make_app, settle

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app._held = ["ok"]
        app._give_back_held()
        await pilot.pause()
        await pilot.pause()
        prompt = app.query_one("#prompt", Input)
        prompt.selection = type(prompt.selection).cursor(len(prompt.value))  # the selection lost, the cursor at the end
        await pilot.press("o", "k")
        await pilot.pause()
        assert prompt.value == "ok"


def test_who_decided_beside_a_decisions_reasons_asks_who_made_it_too():
    # nu21: "and who decided" was set aside; nu19: "who made the decision?" became "Any contract for the decision"
    assert _parts("why did sheffield council close the library on my road and who decided") == [
        "Any minutes, reports or decision records that set out the reasons for the decision to close the library on "
        "my road, and who made that decision."]
    parts = _parts("why did the council cut the bus route 12? who made the decision?")
    assert len(parts) == 1 and parts[0].endswith("and who made that decision.")
    # no decision named: "that decision" would point at nothing
    assert not any("who made that decision" in p for p in _parts("why are the bins so full and who decided"))
