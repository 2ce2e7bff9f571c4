"""nx64 (nc64 #10): a reply that answers some parts and lawfully extends the time for another (EIR/EISR regulation 7(1):
40 working days in all; FOIA s10(3): more time to weigh the public interest) is read with that extension: explain says
the part's time was extended and to when (the date the reply gives, and for the EIR the latest the law allows, counted
with every UK bank holiday as the law's "working day" does: St Andrew's Day too), and the review letter does not argue
that part as "still owed" while the extension runs."""
import datetime as dt

import pytest

from askfoi.followup import review_letter
from askfoi.reply_explain import explain_reply, explanation_text

EIR_REPLY = """Dear Mr Osei

Thank you for your request for information received on 5 October 2026, which we have handled under the Environmental
Information Regulations 2004.

Part 1: The council spent £84,200 on air quality monitoring in the period. A breakdown is attached.

Part 2: The volume of correspondence falling within this part is large and complex. We are therefore extending the
time for responding to this part under regulation 7(1) of the EIR, and will respond to it by 30 November 2026.

Part 3: The monitoring station reports are published at www.example.gov.uk/air.

If you are dissatisfied with this response you may ask for an internal review within 40 working days.

Yours sincerely
"""

FOIA_REPLY = """Dear Ms Lowe

Your request received on 1 October 2026

Question 1: The force recorded 312 incidents in 2025. The figures are attached.

Question 2: Information is held, but we need further time to consider the public interest test under section 10(3)
of the Act in relation to the exemption at section 31. We aim to respond to this question by 12 November 2026.

If you are unhappy you may ask for an internal review.

Yours sincerely
"""


@pytest.mark.parametrize("reply,part,to", [(EIR_REPLY, "2", "30 November 2026"), (FOIA_REPLY, "2", "12 November 2026")])
def test_explain_says_the_part_was_extended_and_to_when(reply, part, to):
    text = explanation_text(explain_reply(reply, today=dt.date(2026, 11, 10)))
    line = next(l for l in text.splitlines() if l.startswith(f"- Part {part}:"))
    assert "extended" in line and to in line, line


def test_the_eir_extension_is_checked_against_the_law_s_40_working_days():
    text = explanation_text(explain_reply(EIR_REPLY, today=dt.date(2026, 11, 10)))
    line = next(l for l in text.splitlines() if l.startswith("- Part 2:"))
    assert "1 December 2026" in line, line  # 5 Oct 2026 + 40 working days, St Andrew's Day (Mon 30 Nov) not counted


@pytest.mark.parametrize("reply", [EIR_REPLY, FOIA_REPLY])
def test_the_review_does_not_argue_an_extended_part_as_owed(reply):
    letter = review_letter(reply, today=dt.date(2026, 11, 10), name="A Person")
    body = letter.body if hasattr(letter, "body") else str(letter)
    assert "part 2 (no final answer" not in body and "question 2 (no final answer" not in body.lower()


@pytest.mark.parametrize("reply,sent,regime,today", [
    (EIR_REPLY, dt.date(2026, 10, 5), "EIR", dt.date(2026, 12, 8)),
    (FOIA_REPLY, dt.date(2026, 10, 1), "FOIA", dt.date(2026, 12, 8)),
])
def test_the_chaser_after_an_extension_letter_says_what_came(reply, sent, regime, today):
    from askfoi.followup import chase_letter
    from askfoi.models import Regime

    letter = chase_letter(sent, authority="Anytown Council", regime=Regime(regime), today=today, name="A Person",
                          reply_text=reply)
    assert "I have not yet received a reply" not in letter.body
    assert "extended" in letter.body and "part 2" in letter.body.lower()


def test_the_cli_chaser_takes_the_reply_that_extended_the_time(tmp_path):
    import subprocess
    import sys

    f = tmp_path / "reply.txt"
    f.write_text(EIR_REPLY)
    out = subprocess.run([sys.executable, "-m", "askfoi.cli", "chase", "--sent", "2026-10-05", "--regime", "EIR",
                          "--authority", "Anytown Council", "--reply", str(f), "--name", "A Person"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "I have not yet received a reply" not in out.stdout and "extended" in out.stdout
