"""fc20: the NCND warning on ordinary police requests. A part on no NCND topic is warned only when a close past
answer that used NCND shares a word of its subject (not the body's name, not a generic word); the topic rule warns
only questions asking about covert use; a person named in the story is the subject only of a part pointing back at
it; covert tactics, named people and security bodies stay warned."""

from types import SimpleNamespace

import pytest

from askfoi.forecast_parts import forecast_parts
from askfoi.match_text import text_vocab
from askfoi.matching import Matcher, _generic_terms, get_matcher
from askfoi.ncnd_topics import story_topics, topics_in


def _support(authority, terms, near):
    query = SimpleNamespace(authority=authority, terms={t: 5.0 for t in terms})
    return Matcher._subject_support(SimpleNamespace(vocab=text_vocab()), query, near)


def _doc(title_terms, authority, ncnd=True, summary_terms=(), score=0.5):
    return SimpleNamespace(ncnd=ncnd, authority=authority, tterms=set(title_terms), bterms=set(summary_terms), score=score)


def test_a_neighbour_sharing_only_the_body_name_or_generic_words_is_no_support():
    vocab = text_vocab()
    part = vocab.terms("How many complaints were made against Northumbria Police officers in 2023?")
    same_force = _doc(vocab.terms("Northumbria Police complaints made against officers"), "Northumbria Police")
    assert _support("Northumbria Police", part, [same_force]) is None
    other_force = _doc(vocab.terms("Complaints made against the Chief Constable"), "Police Service of Northern Ireland")
    assert _support("Northumbria Police", part, [other_force]) is None


def test_a_neighbour_sharing_a_subject_word_supports_and_only_if_it_used_ncnd():
    vocab = text_vocab()
    part = vocab.terms("How many payments were made to informants in 2023?")
    shares = _doc(vocab.terms("Informant payments"), "Kent Police")
    assert _support("Essex Police", part, [shares]) is shares
    assert _support("Essex Police", part, [_doc(vocab.terms("Informant payments"), "Kent Police", ncnd=False)]) is None
    assert _support("Essex Police", part, [_doc(vocab.terms("Informant payments"), "Kent Police", score=0.1)]) is None


def test_generic_words_are_read_as_index_terms():
    generic = _generic_terms()
    assert {"complaint", "officer", "number"} <= generic
    assert not any(t.startswith("zz") for t in generic)


@pytest.mark.parametrize("text, authority", [
    ("Dear Sir or Madam,\n\nPlease could you tell me:\n\n- How many complaints were made against officers of the "
     "Metropolitan Police in 2022, 2023 and 2024?\n- How many of those complaints related to discrimination?\n- How many "
     "officers are currently suspended from duty?\n\nMany thanks,\nSarah", "Metropolitan Police Service"),
    ("Dear Devon and Cornwall Police,\n\n1. How many drones does the force currently operate?\n2. How many times were "
     "drones deployed in 2023, and for what purposes?\n3. How many officers are trained as drone pilots?\n\nRegards,\nPeter",
     "Devon and Cornwall Police"),
    ("Dear Thames Valley Police,\n\nMy daughter's car was broken into last year and I was told nobody would investigate.\n\n"
     "1. How many vehicle crimes were reported to Thames Valley Police in 2023?\n2. How many resulted in a charge?\n\n"
     "Yours faithfully,\nJohn", "Thames Valley Police"),
    ("Please provide the force's total budget for 2024/25, the amount spent on IT systems, and the number of data "
     "breaches reported to the ICO by the force in each year.", "Hampshire and Isle of Wight Constabulary"),
])
def test_ordinary_police_requests_are_not_warned_of_ncnd(text, authority):
    forecast = get_matcher().match(text, authority).forecast
    assert not forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts if p.ncnd_likely]


@pytest.mark.parametrize("text, authority", [
    ("Does the Metropolitan Police use IMSI catchers? If so, who supplies them and how much have they cost?",
     "Metropolitan Police Service"),
    ("How many covert human intelligence sources (informants) did GMP register in 2023, and how much were they paid?",
     "Greater Manchester Police"),
    ("Does West Midlands Police use facial recognition software, and which company provides it?", "West Midlands Police"),
    ("Is Kent Police currently investigating my neighbour, John Peters, for fraud?", "Kent Police"),
    ("Please provide all correspondence between the Metropolitan Police and MI5 regarding the Manchester Arena attack.",
     "Metropolitan Police Service"),
    ("How many undercover officers have been deployed into protest groups by Police Scotland since 2010?", "Police Scotland"),
    ("My brother Michael Grant died in police custody in March 2023. Please provide all information you hold about the "
     "circumstances of his death and any investigation into the officers involved.", "Northumbria Police"),
])
def test_covert_tactics_named_people_and_security_bodies_stay_warned(text, authority):
    forecast = get_matcher().match(text, authority).forecast
    assert forecast.ncnd_likely
    warned = [p for p in forecast.parts if p.ncnd_likely]
    assert warned and all(p.evidence for p in warned)


def test_a_person_named_in_the_story_is_the_subject_only_of_a_part_pointing_back():
    text = ("My daughter's car was broken into last year.\n\n1. How many vehicle crimes were reported in 2023?\n"
            "2. Please provide all information you hold about her case.")
    parts = forecast_parts(text)
    assert "named_person" in topics_in("My daughter's car was broken into last year.")
    assert story_topics("My daughter's car was broken into last year.") == []
    assert "named_person" not in topics_in(parts[0].context)
    assert "named_person" in topics_in(parts[-1].context)
    # a covert tactic named in the story still reaches the parts that name none (fc10)
    assert story_topics("I am researching how forces use IMSI catchers.") == ["imsi_catchers"]


def test_data_breaches_are_not_cyber_security_weaknesses():
    assert "cyber_security" not in topics_in("The number of data breaches reported to the ICO in each year")
    assert "cyber_security" in topics_in("Cyber attacks causing data breaches since 2020")
    assert "cyber_security" in topics_in("Any security breaches of the force's network")


def test_make_eval_scores_the_shipped_model_only_when_it_was_fitted_on_tuning_records(monkeypatch):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import eval as bench_eval

    import askfoi.forecast_model as fm

    tuning = [SimpleNamespace(id=f"t{i}") for i in range(4)]
    held = [SimpleNamespace(id="h0")]
    model = SimpleNamespace(meta={"trained_on": ["t0", "t1", "t2"]})
    monkeypatch.setattr(fm, "load_model", lambda path=None: model)
    assert bench_eval.shipped_on_tuning(tuning, held) == (model, "")
    model.meta["trained_on"] = ["t0", "h0"]
    shipped, why = bench_eval.shipped_on_tuning(tuning, held)
    assert shipped is None and "held-out" in why
    model.meta["trained_on"] = []
    assert bench_eval.shipped_on_tuning(tuning, held)[0] is None
    model.meta.update(trained_on=["t0"], source_type_feature=True)
    assert bench_eval.shipped_on_tuning(tuning, held)[0] is None
