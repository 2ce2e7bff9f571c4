"""lead41 (nc44 #6, #10): "..., and how many body camera videos were deleted" after a breakdown is a count of its own,
never an item of the breakdown; "searchs" is written "searches"; `askfoi check` reviews a draft's parts as the chat's
review does (two questions in one part get one part each); a body the access laws do not reach (MI5) is not the one
asked when the message names one they do."""

from askfoi.cli import main
from askfoi.framing import frame_message


def _parts(message: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in frame_message(message).parts]


def test_a_count_after_a_breakdown_is_its_own_part():
    parts = _parts("how many stop and searchs did west yorkshire police do in 2024 broken down by ethnicity, and how "
                   "many body camera videos were deleted")
    assert parts == [("count", "The number of stop and searches carried out, broken down by ethnicity."),
                     ("count", "The number of body camera videos deleted.")]


def test_check_splits_a_part_holding_two_questions(capsys):
    draft = ("1. How many stop and searchs did West Yorkshire Police do in 2024 broken down by ethnicity, and how many "
             "body camera videos were deleted?")
    assert main(["check", draft, "--authority", "West Yorkshire Police"]) == 0
    flat = " ".join(capsys.readouterr().out.split())
    assert "No problems found" not in flat
    assert "The number of body camera videos deleted." in flat


def test_a_body_outside_foi_is_not_the_one_asked():
    made = frame_message("does mi5 share facial recognition data with north wales police")
    assert made.authority is not None and made.authority.name == "North Wales Police"
    assert frame_message("how much does mi5 spend on staff").authority.name == "Security Service"
