"""lead48 (nc58 #12): `askfoi match` said "5 of 9 police answers about covert surveillance and its authorisations
limited to overt use used NCND" and "Most likely outcome: refused (about 27%)" alone. The overt-only evidence reads as
a sentence, and a top outcome below half names the next one with its share."""

from askfoi.ncnd_topics import TopicEvidence
from askfoi.templates import render


def test_overt_only_evidence_reads_as_a_sentence():
    e = TopicEvidence(topic="surveillance", label="covert surveillance", scope="police", ncnd=5, known=9, covert=False, sections=())
    said = e.sentence()
    assert "limited to overt use used" not in said
    assert said == ("5 of 9 police answers to questions about covert surveillance that asked only about overt use were "
                    "answered with NCND")


def test_a_weak_top_outcome_names_the_next():
    text = render("match/summary.txt.j2", confidence="high", n_final=4, n_unfinished=0, counts=[("refused", 2)],
                  likely="refused", likely_pct=27, kind=None, kind_word="", about=None, framing=None, runner_up="partly given", runner_up_pct=24, likely_unlisted=False,
                  ncnd_likely=False, ncnd_evidence=[], ncnd_n=0, ncnd_sections=[], sections=[])
    assert "Most likely outcome: refused (about 27%), then partly given (about 24%)." in text
