"""ny70 (nc70 #4, nc67 #6): a reply pasted after /next or /restart that comes from another body than the request
written here now is answered to the reply's body: the review, the chaser and the complaint go to that body with the
reply's own reference, and their parts come from the letter written to that body earlier in the session, or from the
reply's own list of what was asked; with neither, the chat says so and no letter quotes the other request."""
from datetime import date

from askfoi.formats import render_letter
from askfoi.reply_flow import ReplyFlow

TODAY = date(2026, 12, 6)

# replies written for these tests, in the ways authorities write them
LISTED = ("University of Leeds\nInformation Compliance\n\nOur reference: FOI-2026-1142\n20 November 2026\n\n"
          "Dear Ms Patel,\n\nThank you for your request for information received on 23 October 2026.\n\nYou asked:\n"
          "1. How many complaints of sexual misconduct against staff were received in 2024/25?\n"
          "2. How many non-disclosure agreements were signed with departing staff in 2024/25?\n\n"
          "Our response:\n1. The University received 14 such complaints.\n"
          "2. The University holds this information but considers it exempt under section 40(2) of the Freedom of "
          "Information Act 2000, as the numbers are small and could identify individuals.\n\n"
          "If you are dissatisfied you may ask for an internal review within 40 working days.\n\n"
          "Yours sincerely,\nInformation Compliance Team\nUniversity of Leeds\n")
RESTATED = ("Cornwall Council\nInformation Governance\n\nRef: EIR 101234567\nDate: 1 December 2026\n\nDear Mr Trewin,\n\n"
            "Thank you for your request received on 2 November 2026, which we have handled under the Environmental "
            "Information Regulations 2004.\n\n1. The number of complaints about odour from the Trewint landfill site "
            "in 2025.\nWe received 37 complaints.\n\n2. The correspondence between the council and the site operator.\n"
            "This information is withheld under regulation 12(5)(e) (confidentiality of commercial information). We "
            "have considered the public interest and consider that it favours maintaining the exception.\n\n"
            "You may ask for an internal review within 40 working days.\n\nYours sincerely,\nInformation Governance "
            "Team\nCornwall Council\n")
UNLISTED = ("Bristol City Council\n\nOur ref: FOI/26/3381\n27 November 2026\n\nDear Mr Okafor,\n\nThank you for your "
            "request about temporary accommodation.\n\nThe information we hold is attached. We have withheld the "
            "nightly rates paid to each provider under section 43(2) of the Freedom of Information Act 2000, as their "
            "release would prejudice the commercial interests of the providers and of the council.\n\nIf you are "
            "unhappy you may ask for an internal review within 40 working days.\n\nYours sincerely,\nFOI Team\n"
            "Bristol City Council\n")
NOW = "1. The number of drone flights made by Devon and Cornwall Police in 2025.\n2. The cost of the drone unit in 2025."
CORNWALL = ("1. The number of complaints about odour from the Trewint landfill site in 2025.\n"
            "2. The emails between the council and Biffa about the landfill site.\nFor the period 1 January 2025 to "
            "31 December 2025.")


def _flow(reply, *, authority="Devon and Cornwall Police", request=NOW, earlier=None, sent=date(2026, 10, 20)):
    kept = {"earlier": earlier} if earlier else {}
    flow = ReplyFlow(today=lambda: TODAY, authority=authority, request=request, name="Sam Trewin", sent=sent, **kept)
    return flow, flow.read(reply)


def _review(flow):
    view = flow.write("review")
    return render_letter(flow.letter, "text") if flow.letter else view.message


def test_a_letter_written_earlier_to_the_replys_body_gives_its_parts_and_the_reply_its_reference():
    flow, view = _flow(RESTATED, earlier=[("Cornwall Council", CORNWALL)])
    assert "goes to Cornwall Council" in view.message and "earlier here" in view.message
    letter = _review(flow)
    assert "Dear Cornwall Council" in letter and "EIR 101234567" in letter
    assert "Biffa" in letter  # the earlier letter's own part
    assert "Devon and Cornwall Police" not in letter and "drone" not in letter


def test_the_replys_own_list_gives_the_parts_when_no_letter_to_it_was_written_here():
    flow, view = _flow(LISTED, authority="West Yorkshire Police")
    # session 65 (lt102): a body's name in running text takes its article ("goes to the University of Leeds")
    assert "goes to the University of Leeds" in view.message and "the reply lists" in view.message
    letter = _review(flow)
    assert "Dear University of Leeds" in letter and "FOI-2026-1142" in letter
    assert "drone" not in letter and "West Yorkshire Police" not in letter


def test_with_neither_the_chat_says_so_and_no_letter_quotes_the_other_request():
    flow, view = _flow(UNLISTED, authority="Somerset Council")
    assert "I don't have the request you sent Bristol City Council" in view.message
    letter = _review(flow)
    assert "Dear Bristol City Council" in letter and "FOI/26/3381" in letter
    assert "drone" not in letter and "Somerset" not in letter


def test_the_complaint_and_the_chaser_follow_the_reply_too():
    flow, _ = _flow(RESTATED, earlier=[("Cornwall Council", CORNWALL)])
    flow.mark_review(True)
    flow.write("complain")
    assert flow.letter is not None
    text = render_letter(flow.letter, "text")
    assert "Cornwall Council" in text and "Devon and Cornwall Police" not in text and "drone" not in text
    flow, _ = _flow(UNLISTED, authority="Somerset Council")
    view = flow.write("chase")  # the day sent belongs to the Somerset request: it is asked for, never borrowed
    assert flow.letter is None or "Somerset" not in render_letter(flow.letter, "text")


def test_after_restart_the_letter_written_earlier_to_the_replys_body_is_its_request():
    flow, view = _flow(RESTATED, authority=None, request=None, sent=None,
                       earlier=[("Devon and Cornwall Police", NOW), ("Cornwall Council", CORNWALL)])
    assert "earlier here" in view.message
    letter = _review(flow)
    assert "Dear Cornwall Council" in letter and "Biffa" in letter and "drone" not in letter


def test_the_chat_keeps_each_finished_letter_across_restart():
    from askfoi.conversation import Conversation, Session, Step

    conv = Conversation(Session(about="How many drone flights did the police make in 2025?",
                                authority="Devon and Cornwall Police", parts=["The number of drone flights in 2025."],
                                step=Step.done), today=lambda: TODAY)
    conv.restart()
    assert conv.written == [("Devon and Cornwall Police", "1. The number of drone flights in 2025.")]
    conv.restart()  # nothing finished this time: nothing more kept
    assert len(conv.written) == 1
