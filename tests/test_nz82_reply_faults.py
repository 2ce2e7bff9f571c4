"""nz82 (nc82, issue 10): the newcomer's reply-side faults."""

from datetime import date

from askfoi.models import Regime
from askfoi.reply_flow import ReplyFlow
from askfoi.tracking import TrackStore

TODAY = date(2026, 12, 4)


def _chaser(tmp_path, authority: str, title: str, regime: Regime):
    store = TrackStore(tmp_path / "tracked.json")
    store.add(authority, date(2026, 10, 15), title=title, regime=regime)
    flow = ReplyFlow(today=lambda: TODAY, tracker=store)
    [(ident, _)] = flow.chasers()
    flow.chase_tracked(ident)
    return flow.letter


def test_the_chaser_for_a_tracked_eisr_request_is_written_under_the_eisr(tmp_path):
    """nc82 #3: the request went under the EISR; its title alone does not read as environmental."""
    letter = _chaser(tmp_path, "Scottish Natural Heritage", "access road assessments", Regime.EIR)
    assert "Environmental Information (Scotland) Regulations 2004" in letter.body
    assert "regulation 16" in letter.body
    assert "Freedom of Information (Scotland) Act" not in letter.body
    assert "FOISA" not in letter.subject


def test_the_chaser_for_a_tracked_eir_request_in_england_is_written_under_the_eir(tmp_path):
    letter = _chaser(tmp_path, "Leeds City Council", "the bypass survey", Regime.EIR)
    assert "Environmental Information Regulations 2004" in letter.body
    assert "section 10" not in letter.body.lower()


def test_guard_a_tracked_foisa_request_is_still_chased_under_foisa(tmp_path):
    """guard (passes on main too)."""
    letter = _chaser(tmp_path, "Scottish Natural Heritage", "staff travel costs", Regime.FOISA)
    assert "Freedom of Information (Scotland) Act 2002" in letter.body


# nc82 #1, #10: a reply that refuses the person's own footage under s40(1), and names another body in a part it
# answered itself (own words, in the shape of the newcomer's reply)
OWN_FOOTAGE = """Our ref: FOI-1234
Date: 8 January 2027

Dear Ms Reed,

Thank you for your request received on 7 December 2026.

1. Transport for Greater Manchester does not record collisions. Road collisions are recorded by Greater Manchester Police. However, from the published STATS19 data, 9 collisions involving a bicycle were recorded on Deansgate between 1 December 2023 and 30 November 2026. A spreadsheet is attached.

2. Information about camera footage showing you is your own personal data. It is exempt under section 40(1) of the Freedom of Information Act. You can ask for it by a subject access request to our Data Protection Officer. Please note footage is kept for 28 days only.

3. 1,204 penalty charge notices were issued by the cameras on Deansgate in the period.

If you are unhappy with the way we have handled your request you can ask for an internal review within 40 working days. You can then complain to the Information Commissioner.

Yours sincerely,
Information Team
Transport for Greater Manchester
"""


def _explained(text, authority="Transport for Greater Manchester"):
    from askfoi.reply_explain import explain_reply

    return explain_reply(text, authority=authority, received=date(2027, 1, 8), today=date(2027, 1, 8))


def test_a_refusal_of_the_persons_own_footage_puts_subject_access_first_with_the_footage_warning():
    explained = _explained(OWN_FOOTAGE)
    first = explained.next_steps[0]
    assert "subject access" in first.title
    assert "overwritten" in first.explanation and "28 days" in first.explanation
    assert "section 45" not in first.explanation  # the body is no police force, though the reply names one


def test_the_summary_of_an_own_data_refusal_never_says_names_were_taken_out():
    said = _explained(OWN_FOOTAGE).reading.explanation
    assert "names and the like" not in said
    assert "your own personal data" in said


def test_a_part_answered_from_another_bodys_data_is_not_sent_to_that_body():
    steps = _explained(OWN_FOOTAGE).next_steps
    assert not any(s.kind == "elsewhere" for s in steps)


def test_a_reply_that_asks_for_the_review_within_40_working_days_is_not_sooner_than_usual():
    steps = _explained(OWN_FOOTAGE.replace("Please note footage is kept for 28 days only.", "")
                       .replace("Information about camera footage showing you is your own personal data. It is exempt "
                                "under section 40(1)", "The footage is exempt under section 31(1)(a)")).next_steps
    [review] = [s for s in steps if s.kind == "review"]
    assert "sooner than the usual" not in review.explanation


def test_no_review_is_offered_when_all_that_was_held_back_is_the_persons_own_data():
    kinds = [s.kind for s in _explained(OWN_FOOTAGE).next_steps]
    assert kinds[0] == "own_data" and "review" not in kinds


def test_guard_the_review_letter_never_says_an_own_data_refusal_was_neither_confirmed_nor_denied():
    """guard (passes on main too, where the part was argued as personal data): the new own-data reading keeps it right."""
    from askfoi.followup import review_letter
    from askfoi.reader import read_reply

    letter = review_letter(read_reply(OWN_FOOTAGE), authority="Transport for Greater Manchester",
                           received=date(2027, 1, 8), today=date(2027, 1, 8), reply_text=OWN_FOOTAGE)
    assert "neither confirm nor deny" not in letter.body


def test_guard_a_part_not_held_and_held_by_another_body_is_still_sent_there():
    """guard: the elsewhere step stays for a part the body did not answer."""
    text = OWN_FOOTAGE.replace(
        "However, from the published STATS19 data, 9 collisions involving a bicycle were recorded on Deansgate between 1 December 2023 and 30 November 2026. A spreadsheet is attached.",
        "We therefore do not hold this information.")
    steps = _explained(text).next_steps
    assert any(s.kind == "elsewhere" for s in steps)


# nc82 #14: one request, tracked twice (from the letter, then typed in the Track box): one row, one button


def test_the_track_box_naming_a_request_already_tracked_keeps_it_once(tmp_path):
    store = TrackStore(tmp_path / "tracked.json")
    store.add("Scottish Natural Heritage", date(2026, 10, 15), title="Environmental information request: road",
              regime=Regime.EIR)
    flow = ReplyFlow(today=lambda: TODAY, tracker=store)
    flow.track("Scottish Natural Heritage 15/10/2026")
    [kept] = store.load()
    assert kept.regime == Regime.EIR


def test_a_request_tracked_twice_gets_one_chase_button_and_none_beside_write_a_chaser(tmp_path):
    store = TrackStore(tmp_path / "tracked.json")
    store.add("Scottish Natural Heritage", date(2026, 10, 15), title="road assessments", regime=Regime.EIR)
    store.add("Scottish Natural Heritage", date(2026, 10, 15), title="", regime=Regime.FOISA)
    flow = ReplyFlow(today=lambda: TODAY, tracker=store)
    assert len(flow.chasers()) == 1
    flow = ReplyFlow(today=lambda: TODAY, tracker=store, authority="Scottish Natural Heritage",
                     sent=date(2026, 10, 15))
    view = flow.start()
    assert "chase" in view.offers and view.chasers == []


async def test_the_start_screen_names_an_overdue_request_once_in_working_days(tmp_path):
    from askfoi.session import MemoryStore
    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.chat import Bubble
    from tests._pilot import settle

    TrackStore().add("Scottish Natural Heritage", date(2026, 10, 15), title="road assessments", regime=Regime.EIR)
    TrackStore().add("Scottish Natural Heritage", date(2026, 10, 15), title="", regime=Regime.FOISA)
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = " ".join(" ".join(b.message.text.split()) for b in app.query(Bubble))
    assert text.count("Scottish Natural Heritage:") == 1
    assert "15 working days overdue" in text  # due 12 November 2026 (St Andrew's Day a Scottish holiday)


def test_a_pointer_to_another_bodys_portal_is_said_to_name_where():
    """nc82 #10: "submitted to the council and is available on its planning portal" names where."""
    from askfoi.reader import read_reply

    text = ("Dear Mr Grant,\n\nThank you for your request of 2 October 2026.\n\n"
            "1. Our advice to the developer on the bird survey is attached.\n\n"
            "2. We do not hold the noise assessment; this was submitted to Argyll and Bute Council and is available on "
            "its planning portal.\n\nYours sincerely,\nInformation Team\n")
    reading = read_reply(text)
    assert reading.published_where
    assert "without saying where" not in reading.explanation


def _review(reply: str, request: str, authority: str):
    from askfoi.followup import review_letter
    from askfoi.reader import read_reply

    return review_letter(read_reply(reply), request=request, authority=authority, received=date(2026, 11, 20),
                         today=date(2026, 11, 25))


def test_a_review_of_withheld_advice_and_survey_methods_does_not_ask_for_contract_totals():
    """nc82 #11: part 1 (advice, survey methods) withheld as commercial; part 2 asked about payments."""
    request = ("1. Any advice you gave the developer on the bird surveys for the Ben Loyal hydro scheme.\n"
               "2. How much the developer paid the council in planning fees.\n")
    reply = ("Dear Ms Ross,\n\nThank you for your request of 1 October 2026.\n\n"
             "1. The advice we gave the developer, including its survey methodology, is withheld under regulation "
             "10(5)(e) of the EIRs (confidentiality of commercial or industrial information). We have considered the "
             "public interest and concluded that it favours maintaining the exception.\n\n"
             "2. We do not hold information about payments to the council.\n\n"
             "Yours sincerely,\nInformation Team\nScottish Natural Heritage\n")
    letter = _review(reply, request, "Scottish Natural Heritage")
    assert "Commercial interests" in letter.body
    assert "total value of each contract" not in letter.body


def test_guard_a_review_of_withheld_contract_prices_still_asks_for_totals():
    """guard: prices withheld as commercial: the totals argument stays."""
    request = "1. The unit prices paid under the grounds maintenance contract.\n2. The contract's start date.\n"
    reply = ("Dear Mr Hale,\n\nThank you for your request of 1 October 2026.\n\n"
             "1. The unit prices are withheld under section 43(2) of the Freedom of Information Act (commercial "
             "interests). We have considered the public interest and concluded that it favours withholding.\n\n"
             "2. The contract started on 1 April 2024.\n\nYours sincerely,\nInformation Team\nLeeds City Council\n")
    letter = _review(reply, request, "Leeds City Council")
    assert "totals" in letter.body


FIRST_RESPONSE = ("Dear Ms Hart,\n\nThank you for your request received 3 November 2026.\n\n"
                  "1. We spent £2.1 million on locum doctors in 2025/26.\n\n"
                  "2. The daily rates paid to each locum agency are exempt under section 43(2) of the Act (commercial "
                  "interests). We have considered the public interest and concluded that it favours withholding.\n\n"
                  "If you are dissatisfied with the handling of your request, you have the right to ask for an internal "
                  "review within 40 working days.\n\nYours sincerely\nFOI Office\n")


def test_marking_a_first_response_that_offers_a_review_as_the_review_says_to_check():
    """nc82 #11: "This was the review" pressed on a letter that offers an internal review."""
    flow = ReplyFlow(today=lambda: date(2026, 12, 2), authority="Leeds Teaching Hospitals NHS Trust")
    flow.read(FIRST_RESPONSE)
    said = flow.mark_review(True).message
    assert "offers you an internal review" in said and "Not a review" in said


def test_a_complaint_names_no_total_given_for_a_part_whose_answer_gave_none():
    """nc82 #11: the total was given for part 1; part 2 (rates) gave no total."""
    from askfoi.followup import complaint_letter
    from askfoi.reader import read_reply

    letter = complaint_letter(read_reply(FIRST_RESPONSE), authority="Leeds Teaching Hospitals NHS Trust",
                              review=read_reply(FIRST_RESPONSE), received=date(2026, 12, 1),
                              sent=date(2026, 11, 3), today=date(2026, 12, 2), reply_text=FIRST_RESPONSE)
    assert "gave me the total" not in letter.body


def test_asking_for_the_review_letter_after_the_letter_is_not_taken_as_a_new_request():
    """nc82 #14: typed in the chat after reading a reply."""
    from askfoi.conversation import Conversation
    from tests.test_tr5 import _finished

    conv = _finished(Conversation(today=lambda: date(2026, 11, 30)))
    said = " ".join(m.text for m in conv.reply("can you write me the review letter please, i think they should "
                                               "at least say if they do it").messages)
    assert "new request" not in said
    assert "F9" in said and "Write the review" in said
