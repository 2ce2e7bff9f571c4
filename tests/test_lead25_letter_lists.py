"""lead25 (nu28 item 11): the last reason in a complaint's list ends with a full stop, whichever reason is last."""

from __future__ import annotations

import re

from askfoi.cli import main
from askfoi.followup import end_lists


def test_the_last_item_of_each_list_ends_with_a_full_stop():
    text = "because:\n- one;\n- two;\n\nI enclose:\n\n- my request;\n- my reminder.\n"
    assert end_lists(text) == "because:\n- one;\n- two.\n\nI enclose:\n\n- my request;\n- my reminder.\n"
    assert end_lists("no list here;\n") == "no list here;\n"


def test_a_late_complaint_has_no_reason_ending_in_a_semicolon(capsys):
    assert main(["complain", "--authority", "Leeds City Council", "--late", "--sent", "2026-09-01"]) in (0, None)
    out = capsys.readouterr().out
    reasons = out.split("wrong because:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert reasons and reasons[-1].endswith(".") and not re.search(r";\s*$", reasons[-1])
