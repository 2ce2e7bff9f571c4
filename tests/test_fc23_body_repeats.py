"""fc23: one body's near-identical answers are one piece of evidence (the neighbours of a forecast and the final fits
of `make model`), and the NCND warning weighs how a part is asked together with the evidence (part_shape)."""

import sys
from pathlib import Path
from types import SimpleNamespace

from askfoi.match_text import text_vocab
from askfoi.matching import collapse_repeats, near_identical, part_shape
from askfoi.ncnd_topics import evidence_for


def _doc(title, authority, outcome="part_disclosed", ncnd=True, summary="", score=0.5):
    vocab = text_vocab()
    tterms = set(vocab.terms(title))
    return SimpleNamespace(title=title, authority=authority, outcome=outcome, ncnd=ncnd, tterms=tterms,
                           bterms={t for t in vocab.terms(summary) if t not in tterms}, score=score)


def test_one_bodys_templated_answers_collapse_to_its_best_scored():
    docs = [
        _doc("Drone Flights (417A/20)", "Wessex Police", score=0.6),
        _doc("Drones (1053A/22)", "Wessex Police", score=0.55),
        _doc("Drones (812/19)", "Mercia Police", score=0.5),
        _doc("UAVs / Drones (442A/20)", "Wessex Police", score=0.45),
        _doc("Drones (1603A/23)", "Wessex Police", outcome="disclosed", ncnd=False, score=0.4),
        _doc("Stolen lorries (99A/21)", "Wessex Police", score=0.35),
    ]
    kept = collapse_repeats(docs)
    assert [d.title for d in kept] == ["Drone Flights (417A/20)", "Drones (812/19)", "Drones (1603A/23)",
                                       "Stolen lorries (99A/21)"]


def test_titles_sharing_only_generic_words_or_reference_numbers_are_not_repeats():
    vocab = text_vocab()
    assert not near_identical(vocab.terms("Information request 2023/114"), vocab.terms("Information request 2023/114"))
    assert not near_identical(vocab.terms("FOI 1053A/22"), vocab.terms("FOI 1053A/22"))
    assert near_identical(vocab.terms("Taser use (233A/20)"), vocab.terms("Tasers (1544A/21)"))
    assert not near_identical(vocab.terms("Taser use (233A/20)"), vocab.terms("Dangerous dogs (199A/22)"))
    summary = vocab.terms("The number of dog bites reported in each year and the breeds involved")
    assert near_identical(vocab.terms("Request 1"), vocab.terms("Request 2"), summary, summary)


def test_make_model_weighs_a_bodys_repeats_as_one_record():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import train_model

    def rec(title, authority, outcome="part_disclosed", ncnd=True):
        return SimpleNamespace(title=title, authority=authority, asked="", request_text=None,
                               outcome=SimpleNamespace(value=outcome), ncnd=ncnd)

    records = [rec("Drones (1/20)", "Wessex Police"), rec("Drones (2/21)", "Wessex Police"),
               rec("Drone flights (3/22)", "Wessex Police"), rec("Drones (4/22)", "Mercia Police"),
               rec("Drones (5/23)", "Wessex Police", outcome="disclosed", ncnd=False)]
    assert list(train_model.repeat_weights(records)) == [1 / 3, 1 / 3, 1 / 3, 1.0, 1.0]


def test_part_shape_reads_confirming_questions_on_ncnd_topics_and_routine_counts():
    def shape(text):
        return part_shape(text, evidence_for(text, "police"))

    assert shape("Does the force use IMSI catchers?") == "confirm"
    assert shape("Has the force used informants inside the Save Our Meadows group?") == "confirm"
    assert shape("How many informants did the force register in 2023?") == ""  # counted answers: overt counts answered
    assert shape("How many officers does the force employ?") == "routine"
    assert shape("What was the force's total spend on overtime in 2023?") == "routine"
    assert shape("How many drones does the force currently operate?") == "routine"  # an overt count of a technology
    # cv100 (session 63): a count of a tactic named as covert confirms that covert use exists, so it reads as a
    # confirming question (police answer it with NCND), as "Does the force use IMSI catchers?" does
    assert shape("How many covert drone flights did the force make in 2023?") == "confirm"
    # a count on an NCND topic other than equipment is no routine count
    assert shape("The number of hours officers spent watching terror suspects released on licence") == ""
    assert shape("Please provide the force's policy on overtime.") == ""
