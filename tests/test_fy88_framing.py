"""fy88 (issue 8): framing real first messages - classes left by fx85/fx88 (tuning: fx85, fx82, fx79, fx76, fx73),
tried on messages in other words: a body named only as the source or the model of what is asked ("as made publicly
available by X", "similar to the register X publishes", "like X does") is never the body asked, neither by its name
nor by the place words in it or in a web address."""

from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _frame(text):
    return frame_message(text, today=TODAY)


def _body(fr):
    return fr.authority.name if fr.authority is not None else None


def test_a_body_named_only_as_the_source_or_model_is_not_the_body_asked():
    cases = (("Dear FOI Team,\nPlease send me your fire engine mobilisation records since 2015, similar in scope to the "
              "data published by London Fire Brigade here: https://data.example.org/dataset/london-fire-brigade-records\n"
              "As this detail has already been made publicly available by London Fire Brigade, I expect no difficulty.",
              "London Fire Brigade"),
             ("I would like a list of your road resurfacing contracts since 2020, similar to the register Camden Council "
              "publishes every quarter.", "Camden"),
             ("Could you tell me how many stop and search encounters your officers recorded last year? This has already "
              "been made publicly available by Essex Police, so I see no reason not to share it.", "Essex"),
             ("Please send me the number of fly-tipping fines you issued in 2024, in the same format as Waltham Forest "
              "publishes them.", "Waltham Forest"))
    for text, other in cases:
        fr = _frame(text)
        assert not (_body(fr) or "").lower().count(other.lower()), (text, _body(fr))
        assert all("by you" not in p.text and "you publish" not in p.text for p in fr.parts), [p.text for p in fr.parts]


def test_guard_a_body_asked_beside_a_comparison_is_kept():
    # guard (passes on main too): the body asked by name stays, the comparison's body is no second body
    fr = _frame("Dear Hackney Council, how many HMO licences did you issue in 2024? Please give the figures in the same "
                "format as Islington Council publishes them.")
    assert "hackney" in (_body(fr) or "").lower()
    fr = _frame("How many potholes were reported in Leeds in 2024?")
    assert "leeds" in (_body(fr) or "").lower()


def test_a_follow_up_to_the_writers_own_foi_request_is_not_subject_access():
    # the appeal, review or complaint of the writer's own FOI request is its next step, no record of them asked for
    for text in ("Dear Transport for London, further to my request FOI-2825-2324, should my appeal be rejected I would "
                 "like you to provide the documents you relied on when deciding it.",
                 "Dear Leeds City Council, re my EIR request 4471, my complaint is that you did not answer part 3. Please "
                 "provide the air quality readings for Station Road for 2024."):
        fr = _frame(text)
        assert fr.route != "sar", (text, fr.route)


def test_guard_own_records_after_a_complaint_reference_stay_subject_access():
    # guard (passes on main too): a complaint's own case file and notes about the writer are still theirs
    fr = _frame("Dear Leeds City Council, further to my complaint ref 12345, please send me a copy of my case file and "
                "the notes about me.")
    assert fr.route == "sar"
