"""An FOI message that also asks for another person's own records ("she wants his care plan") keeps them out of
the letter and says so, with the route that can get them (that person's subject access request)."""

from __future__ import annotations

from datetime import date

from askfoi.framing import frame_message
from askfoi.sar_items import records_of_others

CLINIC = ("client here with me, her dad is in a council run care home in swansea, she wants his care plan and the "
          "incident reports about his falls, and how many falls were reported at the home last year")


def test_another_persons_records_are_never_parts_of_an_foi_letter():
    """Her dad's care plan is his own data: either his subject access request (in his voice, the falls figure set
    aside as an FOI question) or, when the letter stays FOI, left out of it and said so."""
    framing = frame_message(CLINIC, today=date(2026, 11, 30))
    if framing.route == "foi":
        assert framing.others_records == ["his care plan and the incident reports about his falls"]
        assert all("care plan" not in p.text for p in framing.parts)
    else:
        assert any("care plan" in p.text.lower() for p in framing.parts)
        assert framing.foi_aside and "falls" in framing.foi_aside[0]


def test_whose_records():
    assert records_of_others("my client needs her dad's medical records from the hospital")[0][1] == "her dad"
    assert records_of_others("she wants her social work notes") == []  # her own: the subject access route
    assert records_of_others("she wants his opinion on the plans") == []  # no records asked


def test_a_clients_own_records_and_a_figure_in_one_sentence():
    """"she wants everything they have on her repairs and complaints, and how many disrepair claims did they pay
    out last year": her subject access request, with the figure set aside as an FOI question (a figure in a clause
    of its own does not make the whole sentence FOI)."""
    framing = frame_message("im helping a client, she rents from newport council, she wants everything they have on "
                            "her repairs and complaints, and how many disrepair claims did they pay out last year",
                            today=date(2026, 11, 30))
    assert framing.route == "sar"
    assert any("repairs" in p.text for p in framing.parts)
    assert framing.foi_aside and "disrepair claims" in framing.foi_aside[0]
