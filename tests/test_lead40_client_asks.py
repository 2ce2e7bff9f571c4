"""lead40 (nc43 #11): a volunteer's sentence for a client ("my client wants copies of the planning officers report
... for the housing estate ..., the council approved it in march") asks, even with a story clause in it: the
environmental subject in it decides the law (EISR for a Scottish council)."""

from askfoi.framing import frame_message


def test_a_clients_wish_with_a_story_clause_is_asked():
    framing = frame_message("my client wants copies of the planning officers report and any objections for the housing "
                            "estate at fenwick road, edinburgh council approved it in march")
    assert framing.regime == "EISR"
