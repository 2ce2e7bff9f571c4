"""fm100 (issue 9): what a person sees beside a warned part. (1) The request's summary leads with the warned part's NCND
warning even when no past response close to the whole request was found: fm99 saw "No close match: ... askfoi cannot
say how it is likely to be answered" above a part warned of NCND. (2) The sections a forecast says bodies cite are in
today's numbering: s40(5) (neither confirm nor deny for personal data, before the Data Protection Act 2018) is now
s40(5B) for other people's data (knowledge/vocab/renumbered_sections.yaml); a past answer given before the change keeps
the number it used."""

import pytest

from askfoi.matching import get_matcher

FM99_T4 = ("I am writing to ask for the following. First, the total number of officers dismissed for gross misconduct in "
           "each of the last three years. Second, whether PC John Davies of the Hastings station is currently under "
           "investigation by professional standards.")


@pytest.mark.parametrize("text, authority", [
    (FM99_T4, "Kent Police"),
    # in my own words
    ("Please tell me how many staff the council employed in 2023. Also, is Councillor Mary Hughes being investigated "
     "by the standards committee?", "Leeds City Council"),
    ("I would like the number of complaints made about officers in 2022, and whether Sergeant Paul Evans of Cardiff "
     "Central has been suspended.", "South Wales Police"),
])
def test_the_summary_leads_with_the_warned_part(text, authority):
    forecast = get_matcher().match(text, authority).forecast
    assert forecast.ncnd_likely, [(p.text, p.evidence[:2]) for p in forecast.parts]
    assert not forecast.summary.startswith("No close match"), forecast.summary
    assert "neither confirm nor deny" in forecast.summary
    warned = " ".join(e for p in forecast.parts if p.ncnd_likely for e in p.evidence)
    assert "s40(5)," not in warned + "," and "s40(5))" not in warned, warned
    assert "s40(5)" not in forecast.summary.replace("s40(5B)", "").replace("s40(5A)", "")


def _summary(**over) -> str:
    from askfoi.templates import render

    values = dict(confidence="none", framing=None, about="a named person", kind="police", n_final=0, n_unfinished=0,
                  counts=[], likely="information given", likely_pct=40, runner_up=None, runner_up_pct=None,
                  likely_unlisted=False, ncnd_likely=False, ncnd_evidence=["6 of 11 police answers used NCND"],
                  ncnd_n=0, ncnd_all_covert=False, ncnd_sections=[], scottish_uk_sections=False,
                  uk_scottish_sections=False, no_overt=False, why=None, ask_instead=None, unwarned_parts=0, sections=[])
    values.update(over)
    return " ".join(render("match/summary.txt.j2", **values).split())


def test_guard_no_close_match_is_still_said_when_nothing_is_warned():
    assert _summary().startswith("No close match")


def test_a_warned_part_leads_and_the_rest_is_said_only_when_there_is_a_rest():
    alone = _summary(ncnd_likely=True)
    assert alone.startswith("A named person: they may neither confirm nor deny") and "For the rest" not in alone
    several = _summary(ncnd_likely=True, unwarned_parts=1)
    assert several.startswith("A named person:") and "For the rest of the request, no close published" in several


@pytest.mark.parametrize("sections, date, expected", [
    (["40(5)", "31(3)"], None, ["40(5B)", "31(3)"]),
    (["40(5)", "40(5B)"], "2021-03-01", ["40(5B)"]),
    (["40(5)", "30(3)"], "2016-05-01", ["40(5)", "30(3)"]),  # guard: an answer before the change keeps its number
    (["23(5)", "24(2)"], None, ["23(5)", "24(2)"]),  # guard: other sections unchanged
    (["FOISA 18"], None, ["FOISA 18"]),
])
def test_current_sections(sections, date, expected):
    from askfoi.matching import current_sections  # new in fm100

    assert current_sections(sections, date) == expected


def _panel(forecast) -> str:
    import types

    from askfoi.tui.side import InsightPane

    return InsightPane._forecast_text(types.SimpleNamespace(forecast=forecast, similar=[], regime="FOI",
                                                            matching_ready=True, letter="x"))


def test_the_chat_panel_shows_the_warned_part_with_no_close_past_response():
    forecast = get_matcher().match(FM99_T4, "Kent Police").forecast
    panel = _panel(forecast)
    assert "Not enough similar past responses to say" not in panel, panel
    # fm101: a part whose most likely outcome is NCND says so once ("most likely neither confirm nor deny"), no longer
    # again as 'may be "neither confirm nor deny"' on the same line (the panel said it twice)
    assert "neither confirm nor deny" in panel and "40(5B)" in panel, panel


def test_guard_the_chat_panel_says_not_enough_when_nothing_is_warned():
    forecast = get_matcher().match(FM99_T4, "Kent Police").forecast
    quiet = forecast.model_copy(update={"ncnd_likely": False, "parts": [
        p.model_copy(update={"ncnd_likely": False}) for p in forecast.parts]})
    assert "Not enough similar past responses to say" in _panel(quiet)
