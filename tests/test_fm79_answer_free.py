"""fm79: a harvested record's title or summary that reports its own answer never reaches the forecast's features.

`make model` and `make eval` read each record through bench/train_model.query_text. A published decision's title
("Refusal to confirm or deny ..."), a headline ("... refuse to say if ...") or a summary that names the NCND answer
hands the forecast the answer it is scored on; the clause that says so is dropped. The person's own request words
are read whole (guards).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from askfoi.models import PublishedResponse  # noqa: E402


def _record(title: str, asked: str = "", request_text: str | None = None) -> PublishedResponse:
    return PublishedResponse(id="test-force-0001", authority="A Test Constabulary", authority_type="police",
                             title=title, asked=asked, request_text=request_text, outcome="ncnd", ncnd=True,
                             source_url="https://example.org/decision", source_type="ico_or_tribunal")


def _text(r: PublishedResponse) -> str:
    from train_model import query_text

    return query_text(r).lower()


def test_a_decision_title_that_states_the_refusal_to_confirm_or_deny_is_not_read():
    t = _text(_record("Decision 101/2019: Refusal to confirm or deny that information is held",
                      "Whether a named club's licence file was passed to the police."))
    assert "deny" not in t and "refusal" not in t
    assert "decision 101/2019" in t and "licence file" in t


def test_a_headline_reporting_a_refusal_to_say_is_not_read():
    t = _text(_record("Force refuses to say if it bought phone hacking kit",
                      "Whether the force bought equipment to get into locked phones."))
    assert "refuse" not in t and "say" not in t.split()
    assert "locked phones" in t


def test_a_summary_naming_the_ncnd_answer_loses_that_clause_only():
    t = _text(_record("Vehicle fleet", "Numbers of marked cars and vans, fuel costs, and one question answered "
                                       "in part by NCND."))
    assert "ncnd" not in t
    assert "marked cars and vans" in t and "fuel costs" in t


def test_a_title_with_neither_confirm_nor_deny_after_its_subject_keeps_the_subject():
    t = _text(_record("Decision 222/2022: Cyber incidents: neither confirm nor deny"))
    assert "cyber incidents" in t and "confirm" not in t


# guards (pass on main too): a person's own words and a question about confirming or denying are read whole


def test_guard_the_persons_own_request_is_read_whole():
    words = "Please confirm or deny whether the force holds any contract for IMSI catchers."
    assert "confirm or deny whether the force holds" in _text(_record("IMSI catchers", "", words))


def test_guard_a_title_asking_about_confirming_is_not_an_answer():
    t = _text(_record("Confirm or deny duty to investigate map copying by a licensee"))
    assert "confirm or deny duty" in t
