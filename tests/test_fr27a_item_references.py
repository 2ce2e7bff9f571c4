"""fr27a (issue 8): a numbered item that points at another item ("the meters referred to in point 3", "students
described at (5)", "consultants named in (2) above", "such policies") is written out with that item's noun phrase,
so the part stands alone once askfoi renumbers the list."""

from askfoi.framing import frame_message
from askfoi.item_references import resolve_item_references


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text).parts]


def test_pointer_to_a_numbered_item_is_written_out():
    text = ("1. The total number of pay and display machines in council car parks.\n"
            "2. How many of the machines referred to in point 1 accept contactless payment?\n")
    out = resolve_item_references(text)
    assert "referred to" not in out
    assert "pay and display machines in council car parks accept contactless" in out


def test_chain_of_pointers_keeps_each_clause():
    text = ("1) The total number of parking meters on residential streets.\n"
            "2) How many of the meters referred to in point 1 take cash?\n"
            "3) how many of the meters referred to in point 2 give change?\n")
    out = resolve_item_references(text)
    assert "parking meters on residential streets that take cash give change" in out


def test_bracketed_number_and_relative_clause():
    text = ("Please answer the following.\n"
            "1) Does the university have a policy on contract cheating?\n"
            "2) How many students has the university identified who are buying essays from essay mills in 2023/24?\n"
            "3) What proportion of students described at (2) are international students?\n")
    out = resolve_item_references(text)
    assert "proportion of students who are buying essays from essay mills" in out
    assert "described at" not in out


def test_named_above_and_such_take_the_earlier_phrase():
    text = ("1. How much did the council pay to consultants in 2022-23?\n"
            "2. Provide the names of the firms of consultants used on each occasion and a breakdown of sums paid.\n"
            "3. State the nature of the work done by each of the firms of consultants named in (2) above.\n"
            "4. Has the council made any assessment of the value of such consultants?\n")
    out = resolve_item_references(text)
    assert "firms of consultants used on each occasion." in out
    assert "named in (2)" not in out and "such consultants" not in out


def test_such_policies_and_described_above():
    text = ("1) Has the trust introduced any policies requiring staff to wear body cameras (audio or video)?\n"
            "2) if the trust has introduced any of the policies described above, has it recorded any change in assaults?\n"
            "3) Has the trust assessed the effect of such policies on staff sickness?\n")
    out = resolve_item_references(text)
    assert "any of the policies requiring staff to wear body cameras, has it" in out
    assert "effect of policies requiring staff to wear body cameras on staff sickness" in out


def test_nothing_changes_without_a_numbered_list_or_a_findable_item():
    typed = "how many of the meters referred to in point 3 take cash?"
    assert resolve_item_references(typed) == typed
    text = "1. How many fines were issued?\n2. How many of the appeals referred to in point 9 succeeded?\n"
    assert resolve_item_references(text) == text
    such_as = "1. Such as what?\n2. Details such as dates.\n"
    assert resolve_item_references(such_as) == such_as


def test_item_that_would_repeat_an_earlier_one_stays_as_typed():
    text = ("On street\n1. The number of parking meters.\n2. How many of the meters referred to in point 1 take cash?\n"
            "Car parks\n3. The number of parking meters.\n4. How many of the meters referred to in point 3 take cash?\n")
    out = resolve_item_references(text)
    assert "4. How many of the meters referred to in point 3 take cash?" in out


def test_framed_parts_stand_alone():
    text = ("Dear Sir or Madam,\n\n1. The total number of pay and display machines in council car parks.\n\n"
            "2. How many of the machines referred to in point 1 accept contactless payment?\n\nYours faithfully")
    parts = _parts(text)
    assert not any("referred to" in p or "part 1" in p for p in parts)
    assert any("contactless" in p and "pay and display machines" in p for p in parts)


def test_condition_about_release_is_no_part():
    for said in ("If only some of the information requested can be released, I would be grateful if you could share "
                 "as much of the releasable information as possible.",
                 "if any of the information requested cant be released, please send the rest.",
                 "Where only part of the information requested can be disclosed, I would be happy to receive the rest."):
        framing = frame_message(f"Dear Sir or Madam,\n\n{said}\n\n1) How many parking fines were issued in 2023?\n\n"
                                "2) How many were cancelled on appeal?\n")
        assert len(framing.parts) == 2, [p.text for p in framing.parts]
        assert not any("releas" in p.text.lower() for p in framing.parts)


def test_period_list_after_a_bracketed_definition_is_the_period():
    from askfoi.periods import inline_period_lists

    for lead, expect in (("For each of the following financial years (April to March):", "1 April 2016"),
                         ("for each of the following years (calendar):", "2016")):
        text = f"{lead}\n\n* 2016-17\n* 2017-18\n* 2018-19\n\n1. The number of stop and search encounters\n"
        out = inline_period_lists(text)
        assert "* 2017-18" not in out and expect in out, out
    framing = frame_message("I would be grateful if you could supply the following information under the Freedom of "
                            "Information Act 2000, all of which relate to stop and search.\n\nFor each of the following "
                            "financial years (April to March):\n\n* 2016-17\n* 2017-18\n\n1. The total number of stop "
                            "and searches carried out\n2. The total number of arrests\n")
    assert framing.period and "2016" in framing.period and "2018" in framing.period
    assert not any("2017-18" in p.text or "of which" in p.text.lower() for p in framing.parts), [p.text for p in framing.parts]


def test_topic_headings_are_no_parts():
    from askfoi.section_heads import sections

    text = ("I would like data on fly-tipping reported to the council.\n"
            "1. Incidence of Fly-Tipping Reports\n"
            "How many reports of fly-tipping were recorded in each of the last three financial years?\n"
            "2. Cost of Clearance\n"
            "What was the total spent on clearing fly-tipping in 2023/24?\n")
    out, _ = sections(text)
    assert "Incidence" not in out and "Cost of Clearance" not in out
    assert "1. How many reports of fly-tipping" in out and "2. What was the total spent" in out
    framing = frame_message(text)
    assert not any("Incidence" in p.text or p.text.strip(" .") == "Cost of Clearance" for p in framing.parts)
    assert len(framing.parts) == 2, [p.text for p in framing.parts]
    lettered = ("1. Staff Handling Requests\n\na) how many staff handle FOI requests?\n\n"
                "b) How many staff are qualified in records management?\n")
    assert "Staff Handling" not in sections(lettered)[0]
    unnumbered = ("Public Car Park Information\n\n1. The total number of spaces in council car parks.\n"
                  "2. The total number of pay and display machines in council car parks.\n")
    assert "Public Car Park" not in sections(unnumbered)[0]


def test_title_case_lines_that_ask_or_list_stay():
    from askfoi.section_heads import sections

    options = ("3. How many pupils were excluded by ethnicity?\nWhite\nMixed or Multiple ethnic groups\n"
               "Asian or Asian British\nBlack, African, Caribbean or Black British\n")
    assert sections(options)[0] == options
    items = "1. Number of Fines Issued\n2. Number of Appeals Made\n"
    assert sections(items)[0] == items
    asked = "1. Copies of Minutes of the Audit Committee\n2. Copies of the Audit Reports\n"
    assert sections(asked)[0] == asked


def test_lead_in_before_numbered_items_is_no_part():
    for lead in ("I would like to request data on reported cases of damp in council homes over the last three years.",
                 "i'd like information about fly-tipping in the borough.",
                 "Could you please provide me with statistics relating to fly-tipping in the borough."):
        framing = frame_message(f"{lead}\n1. How many fly-tipping incidents were reported in 2023?\n"
                                "2. How many fixed penalty notices for fly-tipping were issued in 2023?\n")
        assert len(framing.parts) == 2, [p.text for p in framing.parts]
    alone = frame_message("I would like data on fly-tipping incidents reported to Leeds City Council in 2023.")
    assert alone.parts


def test_question_ending_on_a_preposition_and_colon_takes_the_lines_under_it():
    from askfoi.item_references import inline_object_lists

    text = ("d) What is the date of:\n\nThe oldest open complaint about housing repairs;\n\n"
            "The most recently received complaint about housing repairs?\n\ne) How many complaints are open?\n")
    out = inline_object_lists(text)
    assert ("d) What is the date of the oldest open complaint about housing repairs and the most recently received "
            "complaint about housing repairs?") in out
    assert "e) How many complaints are open?" in out
    by = "please give the figures broken down by:\n- the ward\n- the month\n- The type of waste\n"
    assert "by the ward, the month and the type of waste." in inline_object_lists(by)
    parts = [p.text for p in frame_message("1. How many complaints are open?\n2. what is the date of:\n"
                                           "the oldest open complaint;\nthe newest open complaint?\n").parts]
    assert any("oldest open complaint and the newest open complaint" in p for p in parts), parts
    assert not any(p.rstrip(" .?").endswith(" of") for p in parts)


def test_a_colon_not_after_a_preposition_or_a_single_line_is_left():
    from askfoi.item_references import inline_object_lists

    for text in ("Please provide the following:\n- the ward\n- the month\n",
                 "What is the date of:\nthe oldest open complaint?\n",
                 "What is the date of:\n1. the oldest open complaint\n2. the newest open complaint\n"):
        assert inline_object_lists(text) == text


def test_yes_no_about_a_bodys_policies_is_the_policies():
    parts = [p.text for p in frame_message(
        "1) Does the university, or any of its faculties, have policies in place to identify students who are buying "
        "essays?\n\n2) has the institution, or any of its schools or departments, introduced any policies requiring "
        "staff to record lectures?\n\n3) Does the trust have a policy for staff who are working alone at night?\n").parts]
    assert not any(p.rstrip().endswith("?") for p in parts), parts
    assert any("policies in place to identify students who are buying essays" in p for p in parts)
    assert any("policies requiring staff to record lectures" in p for p in parts)
    assert any("staff who are working alone at night" in p for p in parts)


def test_a_question_word_that_asks_still_fails_the_gate():
    from askfoi.part_gate import _embedded_only

    assert _embedded_only("policies to identify students who are buying essays")
    assert not _embedded_only("students who")
    assert not _embedded_only("the council why are bins late")
    assert not _embedded_only("what are the reasons")


def test_count_of_things_that_do_something_reads():
    parts = [p.text for p in frame_message(
        "1. The total number of physical parking meters for the paid spaces.\n"
        "2. How many of the parking meters in council car parks take cash?\n"
        "3. how many schools meet the national standard?\n").parts]
    assert "The number of physical parking meters for the paid spaces." in parts, parts
    assert any("parking meters in council car parks that take cash" in p for p in parts), parts
    assert any("schools that meet the national standard" in p for p in parts), parts


def test_such_takes_the_kind_not_a_pointer_nor_the_period():
    text = ("1. The number of parking fines issued by the council in each of the financial years 2022/23 and 2023/24.\n"
            "2. The number of those fines that were paid within 14 days.\n"
            "3. a copy of any contract with a private company for issuing such fines.\n")
    out = resolve_item_references(text)
    assert "for issuing parking fines issued by the council." in out, out
    assert "paid within 14 days." in out.split("\n")[1] and "14 days" not in out.split("\n")[2]


def test_list_items_keep_the_capitals_of_names():
    # lead 27: one-word items and items with a second capital may be names ("Castle Hill", "Priory"): kept as typed;
    # a sentence-case item reads on in lower case
    from askfoi.item_references import inline_object_lists

    joined = inline_object_lists("How many fines were issued in the wards of:\n- Abbey\n- Castle Hill\n- Priory\n")
    assert "Abbey, Castle Hill and Priory" in joined
    joined = inline_object_lists("What is the date of:\n- Installation of the meters\n- Removal of the meters\n")
    assert "installation of the meters and removal of the meters" in joined


def test_list_ends_where_a_new_ask_or_another_form_of_line_starts():
    # lead 27: the lines of the list are joined; the instruction after it stays its own sentence
    from askfoi.item_references import inline_object_lists

    text = ("Please provide the number of claims made in 2024 for:\n\n- Housing benefit\n- Council tax support\n\n"
            "Please break the figures down by month and by ward.\n")
    out = inline_object_lists(text)
    assert "for housing benefit and council tax support." in out
    assert "\nPlease break the figures down by month and by ward." in out
    text = "how many fines were issued for:\n- littering\n- dog fouling\ncould you also give the total paid\n"
    assert inline_object_lists(text).split("\n")[:2] == ["how many fines were issued for littering and dog fouling?",
                                                         "could you also give the total paid"]
