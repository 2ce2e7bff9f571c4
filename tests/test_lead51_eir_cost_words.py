"""lead51 (nc67 #11): the EIR and EISR have no cost limit: a reply that gives part and refuses the rest as manifestly
unreasonable (regulation 12(4)(b)) is explained as that, never as "refuses the rest on cost"."""

from __future__ import annotations

from askfoi.reply_explain import explain_reply, explanation_text

EIR_PART = ("Environmental Information Regulations 2004 request. 1. The number of storm overflow spills into the river "
            "in 2024 was 312. 2. To find every inspection report since 2010 would take well over 40 hours, so we refuse "
            "this part as manifestly unreasonable under regulation 12(4)(b) of the Environmental Information Regulations "
            "2004.")
FOIA_PART = ("1. In 2023 we issued 412 penalty notices. 2. To find how many were appealed would mean reading every case "
             "file, which would exceed the cost limit under section 12 of the Freedom of Information Act.")


def test_an_eir_refusal_for_the_work_is_manifestly_unreasonable():
    text = " ".join(explanation_text(explain_reply(EIR_PART)).split())
    assert "manifestly unreasonable" in text and "refuses the rest on cost" not in text


def test_an_foia_refusal_on_cost_says_cost():  # guard: unchanged from main
    text = " ".join(explanation_text(explain_reply(FOIA_PART)).split())
    assert "refuses the rest on cost" in text
