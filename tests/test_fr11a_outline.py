"""fr11a: the outline reader (askfoi/outline.py) and what the splitter does with it, on invented letters."""

import re

import pytest

from askfoi.outline import completes_stem, expand_stems, label_of, outline, strip_label
from askfoi.questions import split_questions


@pytest.mark.parametrize("line, family", [
    ("1. How many", "number"), ("1) How many", "number"), ("(1) How many", "number"), ("[2] How many", "number"),
    ("a) The cost", "alpha"), ("(b) The cost", "alpha"), ("A. The cost", "ALPHA"), ("(ii) Guidance notes", "roman"),
    ("iv. Risk assessments", "roman"), ("(iii)Provide minutes", "roman"), ("Q1 What is", "question"),
    ("Question 2: How many", "question"), ("1.1 The number", "sub-number"), ("2(b) The number", "sub-number"),
    ("1a) If possible", "sub-number"), ("- How many", "bullet"), ("\u2022 How many", "bullet"),
])
def test_every_label_family_is_read(line, family):
    found = label_of(line)
    assert found is not None and found[1] == family


@pytest.mark.parametrize("line", ["e-mail addresses", "a lot of fines", "I am writing", "i.e. the number"])
def test_prose_is_no_label(line):
    assert label_of(line) is None


def test_strip_label_takes_off_stacked_labels_and_keeps_words():
    assert strip_label("(iii)Provide the minutes") == "Provide the minutes"
    assert strip_label("1 \u2013 How many parks are there?") == "How many parks are there?"
    assert strip_label("Question 4: What is the budget?") == "What is the budget?"
    assert strip_label("2.") == "2."


def test_outline_nests_families_in_order_of_appearance():
    tree = outline(["(a) Stem one:", "(i) first child item", "(ii) second child item", "(b) Stem two"])
    assert [item.label for item in tree] == ["(a)", "(b)"]
    assert [child.family for child in tree[0].children] == ["roman", "roman"]


def test_stem_shapes():
    assert completes_stem("If any officers carry batons please provide copies of:")
    assert completes_stem("If none of your wardens wear cameras please:")
    assert not completes_stem("How many fines were issued?")
    assert not completes_stem("For each report, please supply the following:")


LETTER = """Dear Northshire Police,

(a) If some of your officers are authorised to carry batons please provide copies of:

(i) Your equality impact assessments concerning the carrying of batons;

(ii) Guidance documents issued to officers concerning the carrying of batons;

(b) If none of your officers are authorised to carry batons please:

(i) Confirm the reasons for this decision and provide any documents recording them;

(ii) Internal correspondence regarding the decision not to issue batons.

Yours faithfully,"""


def test_conditional_stem_is_written_into_each_item():
    parts = split_questions(LETTER)
    assert len(parts) == 4
    assert all(p.startswith("If ") for p in parts)
    assert any("copies of your equality impact assessments" in p for p in parts)
    assert any("please confirm the reasons" in p for p in parts)
    assert not any(re.search(r"\bof\W*$", p) for p in parts)  # no stem cut off on "copies of."


def test_no_part_starts_with_a_label():
    text = "1 \u2013 How many parking fines were issued in 2024?\n\n2 \u2013 How many were cancelled on appeal in 2024?"
    parts = split_questions(text)
    assert parts and not any(label_of(p) and label_of(p)[1] == "number" for p in parts)


def test_field_stems_are_left_whole():
    lines = ["1. For each contract, please give the following:", "a) the supplier name", "b) the value of the contract"]
    assert expand_stems(lines) == lines
