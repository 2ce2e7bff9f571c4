"""fm88: (1) the dev split inside tuning: bench/eval.py --dev and bench/ncnd_why.py --split score the newest 20% of the
dated TUNING records (train_model.forward_split), never a held-out record; (2) a question asked indirectly whose lead-in
the splitter cut off ("I want to know | if the force is investigating my neighbour") is a part of its own, so the
part that invites NCND is forecast and warned, not dropped as the story before the questions. Texts are made up."""

import sys
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))


def _rec(i: int, date: str | None):
    return SimpleNamespace(id=f"r{i:03}", date=date)


def test_the_dev_split_is_the_newest_fifth_of_the_dated_tuning_records():
    import eval as ev

    tuning = [_rec(i, f"20{10 + i % 12:02}-0{1 + i % 9}") for i in range(50)] + [_rec(100 + i, None) for i in range(10)]
    older, dev, meta = ev.dev_split(tuning)
    assert len(dev) == 10 and len(older) == 50  # 20% of the 50 dated; the undated stay in the older part
    assert min(r.date for r in dev) >= max(r.date for r in older if r.date)
    assert [r.date for r in dev] == sorted(r.date for r in dev)
    assert isinstance(meta, dict) and "ncnd_l2" in meta  # the shipped settings the model is refitted with


def test_the_dev_split_holds_no_held_out_record():
    from askfoi.knowledge import load_knowledge
    from ncnd_why import dev_ids
    from train_model import harvested, split_by_date

    tuning, held = split_by_date(harvested(load_knowledge([REPO / "knowledge"])))
    dev = dev_ids()
    assert dev and not dev & {r.id for r in held} and dev <= {r.id for r in tuning}


def _parts(text: str):
    from askfoi.forecast_parts import forecast_parts

    return [(p.text, p.context) for p in forecast_parts(text, 8)]


def test_an_indirect_question_after_a_lead_in_is_a_part_of_its_own():
    parts = _parts("I want to know if Lancashire Police are investigating my neighbour for fraud, and how many fraud "
                   "reports the force logged last year.")
    assert len(parts) == 2 and "neighbour" in parts[0][1] and "fraud reports" in parts[1][1]
    parts = _parts("Tell me if officers searched 12 Elm Road last May and how many searches were done that month.")
    assert len(parts) == 2 and "Elm Road" in parts[0][1]


def test_conditions_and_single_questions_are_unchanged():  # guard: passes on main too
    assert len(_parts("If this exceeds the cost limit, answer part 1 first.")) == 1
    assert len(_parts("If any officers were disciplined, how many were dismissed?")) == 1
    assert len(_parts("I would like to know if the force has ever used an informant inside a trade union.")) == 1


def test_the_indirect_question_about_one_person_warns_its_own_part_only():
    from askfoi.matching import get_matcher

    f = get_matcher().match("I want to know if Lancashire Police are investigating my neighbour for fraud, and how many "
                            "fraud reports the force logged last year.", "Lancashire Constabulary").forecast
    assert f.ncnd_likely
    assert [p.ncnd_likely for p in f.parts] == [True, False]
    assert "neighbour" in f.parts[0].text


def test_a_named_third_party_and_proceedings_against_one_member_of_the_public_are_one_person():
    from askfoi.ncnd_topics import topics_in

    named = lambda t: "named_person" in [e for e in topics_in(t)]  # noqa: E731
    assert named("The emails between the two forces about the arrest of a named third party.")
    assert named("A copy of the injunction obtained by the Chief Constable against a local man.")
    assert named("The judgment in proceedings brought by the council against a member of the public.")


def test_counts_of_injunctions_and_third_parties_in_general_name_no_one():  # guard: passes on main too
    from askfoi.ncnd_topics import topics_in

    assert "named_person" not in topics_in("How many injunctions were brought by the council against tenants in 2023?")
    assert "named_person" not in topics_in("How many data sharing agreements with third parties does the force hold?")
