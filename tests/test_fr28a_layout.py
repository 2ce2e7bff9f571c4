"""fr28a (issue 8): a formal request pasted without its line breaks, and a lead that lists what it asks for."""
from datetime import date

from askfoi.item_references import inline_object_lists
from askfoi.pasted_layout import restore_breaks

TODAY = date(2026, 12, 2)


def _parts(text: str) -> list[str]:
    from askfoi.framing import frame_message

    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_heading_glued_to_the_sentence_under_it():
    out = restore_breaks("1 – Agency SpendPlease provide the total agency spend for last year.\n"
                         "2 - Internal Staffing TeamPlease confirm the annual cost of the team.")
    assert "1 – Agency Spend\nPlease provide" in out
    assert "2 - Internal Staffing Team\nPlease confirm" in out
    # a name inside an ordinary sentence is no heading
    assert restore_breaks("1. McDonald's paid how much?") == "1. McDonald's paid how much?"


def test_run_on_lettered_items_go_on_lines_of_their_own():
    out = restore_breaks("3 – Supply Structurea. Please list the agencies supplying the trust.b. Please confirm "
                         "which are on your list (PSL).c. Please outline how it works.")
    assert out.split("\n") == ["3 – Supply Structure", "a. Please list the agencies supplying the trust.",
                               "b. Please confirm which are on your list (PSL).", "c. Please outline how it works."]
    # one lone "a." in prose, with no "b." after a full stop, is left alone
    prose = "Please send the data. Please also send the report."
    assert restore_breaks(prose) == prose


def test_sentence_with_no_space_after_the_last_one():
    out = restore_breaks("the bus lane between Henlys Corner and Gravel Hill.Please let me know the budget."
                         "How much was spent to 15 September 2025.Please let me know the source.Were bids made?I am "
                         "only interested in the finances.")
    assert "Gravel Hill. Please" in out and "2025. Please" in out and "source. Were" in out and "made? I am" in out
    # addresses and abbreviations stay as typed
    for kept in ("see www.Gov.uk for it", "email foi@Example.org now", "e.g.The ones"):
        assert restore_breaks(kept) == kept


def test_o_bullets_inside_one_line():
    text = ("Please provide the following regarding the 20mph limit: 1. Planning and Cost o What was the total "
            "cost? o Was any of this cost reimbursed? 2. Exemptions o How many roads were exempted?")
    lines = restore_breaks(text).split("\n")
    assert "- What was the total cost?" in lines and "- How many roads were exempted?" in lines
    assert "2. Exemptions" in lines
    follow = restore_breaks("4. Monitoring o Has the council commissioned any evaluation? O If so, please provide copies.")
    assert follow.split("\n")[-1] == "- If so, please provide copies."
    # a single capital O in prose is no bullet
    assert restore_breaks("How many O Level passes o Grade A were there?") == \
        "How many O Level passes o Grade A were there?"


def test_glued_layout_framed_into_parts_without_headings():
    text = ("1 – Agency SpendPlease provide the total agency spend for the last financial year for nurses.\n\n"
            "2 – Bank Staffinga. Please provide the total spend on internal bank staff for the last financial year.b. "
            "Please provide the average hourly rate paid to bank workers.")
    parts = _parts(text)
    assert not any("Spend" in p and "Please" in p[:30] for p in parts)
    assert not any(p.rstrip().endswith((".b.", "a.")) or "Staffinga" in p for p in parts)
    assert any(p.startswith("The total agency spend") for p in parts)


def test_list_under_a_scoped_lead_is_one_ask():
    text = ("For each staff group, please provide the following:\n\nThe average hourly rate paid to agencies\n\n"
            "The highest hourly rate paid\n\nthe lowest hourly rate paid\n\n3 – Agency Supply")
    out = inline_object_lists(text)
    assert out.startswith("For each staff group, please provide the average hourly rate paid to agencies, the highest "
                          "hourly rate paid and the lowest hourly rate paid.")
    assert out.rstrip().endswith("3 – Agency Supply")
    bullets = ("2. copies of any guidance received since 1 October 2023 on protest activity, including but not "
               "limited to anything addressing the following:\n- Encampments\n- Sharing data with police\n"
               "- When to make Prevent referrals\n- Disciplinary action\n3. A list of meetings.")
    out = inline_object_lists(bullets)
    assert "addressing encampments, sharing data with police, when to make Prevent referrals and disciplinary " \
           "action." in out
    assert "3. A list of meetings." in out
    including = "c. Please outline how your PSL operates, including:\n\nWhether it is tiered\n\nWhich agencies are on it"
    assert inline_object_lists(including).startswith(
        "c. Please outline how your PSL operates, including whether it is tiered and which agencies are on it.")


def test_bare_lead_and_period_lists_stay_as_typed():
    bare = "Please provide the following:\n- The number of potholes reported\n- The cost of repairs"
    assert inline_object_lists(bare) == bare
    years = ("I would be grateful for the following on student mental health between the following year ranges:\n\n"
             "- 9 June 2019 - 9 June 2020\n- 10 June 2020 - 9 June 2021\n\n1. Detail the amount spent")
    assert inline_object_lists(years) == years
    names = "covering the following staff groups:\n\nCommunity Psychiatric Nurses (CPNs)\n\nPharmacists\n\n1 – Spend"
    out = inline_object_lists(names)
    assert "Community Psychiatric Nurses (CPNs) and pharmacists." in out  # a name keeps its capitals


def test_listed_topics_are_not_parts_of_their_own():
    text = ("1. Copies of any guidance documents the university has received from AUCSO since 1 October 2023 in "
            "connection with protest activity, including anything addressing the following:\n- Encampments\n"
            "- Sharing data with police\n- When to make Prevent referrals\n- disciplinary action\n"
            "2. A list of any meetings between AUCSO and university staff since 1 October 2023.")
    parts = _parts(text)
    assert len(parts) == 2
    assert "sharing data with police" in parts[0] and "Prevent referrals" in parts[0]


def test_an_acronym_the_text_defines_is_no_organisation():
    from askfoi.framing import _defined_otherwise, frame_message

    text = ("Please confirm whether the ICB is setting Indicative Activity Plans (IAP) for ADHD providers for "
            "2025/26.\n2. Please confirm whether the ICB has done an impact assessment of IAPs.")
    framing = frame_message(text, today=TODAY)
    assert framing.authority is None or "Advisory Panel" not in framing.authority.name
    assert _defined_otherwise("we use iap (Indicative Activity Plan) data and IAP (Indicative Activity Plan)",
                              "IAP", "Independent Advisory Panel on Deaths in Custody")
    # the body's own name spelt out before its acronym is that body
    assert not _defined_otherwise("the Independent Advisory Panel on Deaths in Custody (IAP) holds", "IAP",
                                  "Independent Advisory Panel on Deaths in Custody")
    assert not _defined_otherwise("what does the IAP hold", "IAP", "Independent Advisory Panel on Deaths in Custody")


def test_asking_words_around_an_aside_are_no_part():
    from askfoi.pasted_layout import aside_after_opener

    assert aside_after_opener("Can you please tell me, in the last three years, how many times police attended?") \
        == "In the last three years, how many times police attended?"
    assert aside_after_opener("My road floods. could you let me know, since 2019, what was spent on drains?") \
        == "My road floods. Since 2019, what was spent on drains?"
    plain = "Can you tell me how many, if any, fines were issued?"
    assert aside_after_opener(plain) == plain
    parts = _parts("Can you please tell me, in the last three years, how many times has Warwickshire police been "
                   "called to attend a local council meeting because of violence?")
    assert len(parts) == 1 and not parts[0].lower().startswith("me")


def test_the_same_if_so_under_each_question_stays_with_each():
    text = ("Q1. Has Kent Police deployed live facial recognition?\nQ1a. If so, please provide dates and locations "
            "for each deployment.\nQ2. has kent police deployed operator initiated facial recognition?\n"
            "Q2a. If so, please provide dates and locations for each deployment.\n"
            "Q3. Has Kent Police used drones at protests?\nQ3a. if so please provide dates and locations for each deployment")
    parts = _parts(text)
    assert len(parts) == 3
    assert all("dates and locations" in p for p in parts), parts


def test_a_breakdown_list_under_a_question_stays_with_it():
    text = ("Question 2). In 2022-23, how many referrals for academic misconduct were there?\n\n"
            "Of that total number please provide a breakdown by the following demographics:\n\nNationality\n\n"
            "Ethnicity.\n\nThe number that were required to complete an English language test before starting.")
    out = inline_object_lists(text)
    assert "were there? Please break this down by nationality and ethnicity." in out
    assert "The number that were required to complete an English language test before starting." in out
    # with no question just above it, the lines stay as typed
    alone = "Of that total number please provide a breakdown by the following:\n- Nationality\n- Ethnicity"
    assert inline_object_lists(alone) == alone
    parts = _parts(text)
    assert any("misconduct" in p and "nationality and ethnicity" in p for p in parts)
    assert not any(p.lower().startswith("of that total") for p in parts)


def test_a_pointer_to_a_list_the_message_named_is_written_as_that_list():
    from askfoi.item_references import listed_pointers

    text = ("I would like information on temporary staffing, covering the following staff groups: Community "
            "Psychiatric Nurses (CPNs), Occupational Therapists (OTs) and pharmacists.\n"
            "1. the total agency spend last year for each of the above staff groups.\n"
            "2. Please list the agencies supplying these staff groups.")
    out = listed_pointers(text)
    assert "for each of the staff groups Community Psychiatric Nurses, Occupational Therapists and pharmacists." in out
    assert "supplying the staff groups Community Psychiatric Nurses" in out
    assert out.split("\n")[0] == text.split("\n")[0]  # the list's own line as typed
    # a pointer before the list, another noun, or a list of long items: as typed
    for kept in ("these staff groups first. Then the following staff groups: nurses and pharmacists.",
                 "the following wards: Ward A and Ward B.\nfor these teams please",
                 "the following areas: the area bounded by Polsoe Road, Pinhoe Road and Heavitree Road up to the "
                 "railway tracks near the old station and the river, and the town centre.\nthose areas"):
        assert listed_pointers(kept) == kept
