"""fm101 (issue 9): what a person sees beside each part of the forecast.

1. A part asking the law's own rules on a covert tactic (who may authorise it, the rank that must, the code of practice
   on it) is answerable (RIPA 2000, its orders and the Home Office codes are published: an answer or s21). cv100 made
   the ncnd-risk check say so; the forecast still warned such parts. Now both read one decision (the tactic named there
   is a span not asked about: knowledge/vocab/ncnd_asked.yaml via askfoi/checks.py `law_rules_spans`), and the part
   says where the rules are published.
2. A warned part's "Why" and "Ask instead for" name the body asked by its kind ("the council holds this"), never "the
   force" for a council (knowledge/vocab/body_words.yaml).
3. The chat panel and `askfoi match` say "neither confirm nor deny" once for a part whose most likely outcome it is.
"""

import types

import pytest

from askfoi.matching import get_matcher


def _parts(text, authority):
    return get_matcher().match(text, authority).forecast.parts


# --- 1. the law's own rules -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, authority", [
    ("What rank of officer can authorise covert surveillance?", "Kent Police"),  # nc100 j4's class, in my words
    ("Who is allowed to authorise the use of informants?", "West Midlands Police"),
    ("Which officers are permitted to authorise directed surveillance in your force?", "Essex Police"),
    ("Please send me the code of practice on informants that your officers follow.", "Merseyside Police"),
    ("whos allowed to authorise covert surveillance", "Greater Manchester Police"),
])
def test_a_part_on_the_law_rules_is_not_warned_and_says_where_they_are(text, authority):
    parts = _parts(text, authority)
    assert [p.ncnd_likely for p in parts] == [False] * len(parts), [(p.text, p.evidence[:2]) for p in parts]
    assert any(p.published and "published" in p.published and "section 21" in p.published for p in parts), parts


def test_the_rules_part_beside_a_count_is_not_warned_and_the_count_part_keeps_its_own_reading():
    text = ("1. What rank of officer can authorise covert surveillance? 2. How many times did the force use hidden "
            "cameras in 2023?")
    parts = _parts(text, "Kent Police")
    assert len(parts) == 2, parts
    assert not parts[0].ncnd_likely and parts[0].published, parts[0]
    assert parts[1].ncnd_likely and not parts[1].published, parts[1]


def test_a_scottish_force_is_pointed_to_scotland_s_act_and_foisa():
    parts = _parts("What rank of officer can authorise directed surveillance?", "Police Scotland")
    said = " ".join(p.published or "" for p in parts)
    assert "(Scotland) Act 2000" in said and "Freedom of Information (Scotland) Act 2002" in said, said
    assert "section 21" not in said


@pytest.mark.parametrize("text, authority", [
    # guards: one operation, a rules question with a covert question joined on, a count of a covert tool
    ("who authorised the hidden cameras on our street", "Greater Manchester Police"),
    ("Who can authorise directed surveillance, and did you use informants to watch the climate protesters?",
     "Metropolitan Police Service"),
    ("Does the force use IMSI catchers?", "Kent Police"),
])
def test_guard_covert_asks_beside_or_without_the_rules_stay_warned(text, authority):
    parts = _parts(text, authority)
    assert any(p.ncnd_likely for p in parts), [(p.text, p.evidence[:2]) for p in parts]
    assert not any(getattr(p, "published", None) for p in parts if p.ncnd_likely)


@pytest.mark.parametrize("text, warned", [
    ("What rank of officer can authorise covert surveillance?", False),
    ("The legal basis for using facial recognition at football matches.", False),
    ("Please send the code of practice on informants and say whether you use IMSI catchers.", True),
    ("who authorised the hidden cameras on our street", True),
])
def test_the_check_and_the_forecast_read_one_decision(text, warned):
    from askfoi.checks import check_request
    from askfoi.ncnd_topics import evidence_for

    checked = any(f.code == "ncnd-risk" for f in check_request(text).findings)
    assert checked is warned, text
    assert bool(evidence_for(text, "police")) is warned, text


# --- 2. the body asked, by its kind -----------------------------------------------------------------------------

def test_a_council_s_warned_part_speaks_of_the_council():
    parts = _parts("Does the council use hidden cameras to catch fly-tippers?", "Leeds City Council")
    warned = [p for p in parts if p.ncnd_likely]
    assert warned, parts
    said = " ".join(f"{p.why} {p.ask_instead}" for p in warned)
    assert "the force" not in said and "the police" not in said and "the council" in said, said


def test_guard_a_force_s_warned_part_keeps_its_words():
    parts = _parts("Does the force use hidden cameras to catch fly-tippers?", "Kent Police")
    warned = [p for p in parts if p.ncnd_likely]
    assert warned and warned[0].why == (
        "Saying whether the force holds this would itself show whether, or where, covert surveillance was used, which "
        "would tell people under investigation what the police can and cannot see."), warned
    assert "the force's surveillance policy" in warned[0].ask_instead


@pytest.mark.parametrize("kind, expected", [
    ("council", "Saying whether the council holds information about a particular investigation"),
    ("fire", "Saying whether the fire service holds information about a particular investigation"),
    ("central_government", "Saying whether the department holds information about a particular investigation"),
    (None, "Saying whether the body holds information about a particular investigation"),
    ("police", "Saying whether the force holds information about a particular investigation"),
])
def test_every_topic_s_why_is_said_of_the_body_asked(kind, expected):
    from askfoi.ncnd_topics import for_body, load_topics

    topics = load_topics()[0]
    assert for_body(topics["ongoing_investigation"].why, kind).startswith(expected)
    for name, topic in topics.items():  # no placeholder left for any kind
        for said in (topic.why, topic.ask_instead):
            assert "{" not in (for_body(said, kind) or ""), (name, said)


# --- 3. "neither confirm nor deny" once -------------------------------------------------------------------------

def _ncnd_first(forecast):
    from askfoi.matching import OutcomeProbability
    from askfoi.models import Outcome

    def first(p):
        rest = [o for o in p.outcomes if o.outcome != Outcome.ncnd]
        return p.model_copy(update={"ncnd_likely": True, "outcomes": [
            OutcomeProbability(outcome=Outcome.ncnd, probability=0.6)] + rest})

    return forecast.model_copy(update={"ncnd_likely": True, "parts": [first(forecast.parts[0])] + forecast.parts[1:]})


TWO = "1. Does the force use IMSI catchers? 2. How much did the force spend on fuel in 2023?"


def test_the_panel_says_neither_confirm_nor_deny_once_on_a_part_s_line():
    from askfoi.tui.side import InsightPane

    forecast = _ncnd_first(get_matcher().match(TWO, "Kent Police").forecast)
    panel = InsightPane._forecast_text(types.SimpleNamespace(forecast=forecast, similar=[], regime="FOI",
                                                             matching_ready=True, letter="x"))
    line = next(x for x in panel.splitlines() if x.strip().startswith("Part 1:"))
    assert line.lower().count("neither confirm nor deny") == 1, line


def test_the_match_command_says_it_once_too():
    from askfoi.commands.match import format_plain

    result = get_matcher().match(TWO, "Kent Police")
    result = result.model_copy(update={"forecast": _ncnd_first(result.forecast)})
    text = format_plain(result)
    verdict = text.split("Each part:", 1)[1].splitlines()[2]
    assert verdict.lower().count("neither confirm nor deny") == 1, verdict


def test_guard_a_warned_part_with_another_outcome_first_still_says_it_may_be():
    from askfoi.commands.match import format_plain

    result = get_matcher().match(TWO, "Kent Police")
    part = result.forecast.parts[0]
    assert part.ncnd_likely, part
    later = [o for o in part.outcomes if o.outcome.value != "ncnd"] + [o for o in part.outcomes if o.outcome.value == "ncnd"]
    forecast = result.forecast.model_copy(update={"parts": [part.model_copy(update={"outcomes": later})]
                                                  + result.forecast.parts[1:]})
    assert "may neither confirm nor deny" in format_plain(result.model_copy(update={"forecast": forecast}))
