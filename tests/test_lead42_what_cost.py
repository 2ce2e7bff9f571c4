"""lead42 (nc44 #14): "what did the cameras cost" asks the total spent, as "how much did the cameras cost" does; after
"cost" the one who bore it ("cost the council", "cost us") is never part of the thing paid for."""

from askfoi.framing import frame_message


def _parts(text: str, body: str = "Leeds City Council") -> list[str]:
    return [p.text for p in frame_message(text, body).parts]


def test_what_did_it_cost_is_the_total_spent():
    assert _parts("what did the cameras cost?") == ["The total amount spent on the cameras."]


def test_a_disjunction_is_kept_whole():
    parts = _parts("what did the catchers or cell site simulators cost?", "Metropolitan Police Service")
    assert parts == ["The total amount spent on the catchers or cell site simulators."]


def test_who_bore_the_cost_is_not_the_thing():
    assert _parts("how much has the new stadium cost the council") == \
        ["The total amount spent on the new stadium."]


def test_what_the_report_said_about_costs_is_no_spend():
    assert not any("total amount spent" in p for p in _parts("what did the report say about costs?"))


def test_a_thing_typed_without_the_takes_none():
    assert _parts("how much do they spend on pest control", "London Borough of Waltham Forest") == \
        ["The total amount spent on pest control."]
    assert _parts("how much do they spend on the new contract", "London Borough of Waltham Forest") == \
        ["The total amount spent on the new contract."]
