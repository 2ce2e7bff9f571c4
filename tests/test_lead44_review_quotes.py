"""lead44 (nc49 #7, #8): a review quotes the request the reply restates whole (not the half before ", and the number
of complaints", with no doubled quotation mark); the advice it quotes is the reply's offer to consider a narrower
request, never the rights notice ("you can ask us to reconsider")."""
from askfoi.cli import main

S12 = """Dear Ms Patel,

Freedom of Information Act 2000 - Request ref: FOI-25-3381

Your request:
"Please provide copies of all correspondence between councillors and officers about the closure of Riverside Library, and the number of complaints received about library closures since 2015."

Our response:
Birmingham City Council holds information relevant to your request. However, we estimate that the cost of complying with your request would exceed the appropriate limit of \u00a3450, which represents 18 hours of work. Each of the approximately 4,200 complaint records since 2015 would have to be read.

Section 12 of the Freedom of Information Act therefore applies and we are not obliged to comply with your request.

If you are unhappy with the way your request has been handled you can request an internal review within 40 working days.
"""

EIR = """Our ref: EIR 26-118

Dear Ms Evans

You asked for: (1) all internal emails mentioning "Cwm Ogwr" since 2020; and (2) the number of pollution incidents you reported to Natural Resources Wales in 2025.

We have handled your request under the Environmental Information Regulations 2004.

Part 1: We are refusing this part under regulation 12(4)(b) as manifestly unreasonable. Reviewing 14,600 items would take an estimated 365 hours. We would be happy to consider a refined request, for example limited to correspondence between named teams in a single year.

Part 2: In 2025 we self-reported 37 pollution incidents to Natural Resources Wales.

If you are unhappy with our response you can ask us to reconsider within 40 working days.
"""


def _review(tmp_path, capsys, text):
    path = tmp_path / "reply.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["review", str(path), "--name", "A Person"]) == 0
    return " ".join(capsys.readouterr().out.split())


def test_review_quotes_the_whole_request_once(tmp_path, capsys):
    out = _review(tmp_path, capsys, S12)
    assert '""' not in out
    assert ('It asked: "Please provide copies of all correspondence between councillors and officers about the closure '
            'of Riverside Library, and the number of complaints received about library closures since 2015."') in out


def test_reconsideration_quotes_the_offer_not_the_rights_notice(tmp_path, capsys):
    out = _review(tmp_path, capsys, EIR)
    assert 'Your response suggested: "We would be happy to consider a refined request' in out, out
    assert "ask us to reconsider within 40 working days.\" If the estimate" not in out


def test_reference_after_freedom_of_information_request_heading():
    from askfoi.reply_request import request_in_reply

    reply = ("Freedom of Information Request 26-2207 - Drone use at protests\n\nRequest:\n1. How many drones does Essex "
             "Police operate?\n2. Which locations are drones launched from?\n\nResponse:\n1. 14.\n")
    assert request_in_reply(reply).reference == "26-2207"
    from askfoi.followup import reference_in

    assert reference_in("Your freedom of information request 12-10-2026 was received") is None  # a date is no reference
