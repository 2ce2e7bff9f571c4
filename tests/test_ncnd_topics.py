"""NCND by topic: counted from the pack (unknown never counts), used by the forecast and the check."""

from __future__ import annotations

import json

from askfoi.checks import check_request
from askfoi.cli import main
from askfoi.importers import parse_text
from askfoi.knowledge import get_knowledge
from askfoi.ncnd_topics import asks_covert, count_pack, evidence_for, load_topics, topics_in


def _records(rows):
    return parse_text("\n".join(json.dumps(r) for r in rows), "jsonl").records


def _row(i, title, ncnd, atype="police", topics=()):
    return {"authority": "Kent Police", "authority_type": atype, "title": title, "outcome_class": "part_disclosed",
            "ncnd": ncnd, "sections": None if ncnd is None else (["23(5)"] if ncnd else []),
            "topics": list(topics), "url": f"https://example.police.uk/foi/{i}", "source_type": "disclosure_log"}


def test_overt_questions_are_counted_apart_and_partial_ncnd_on_them_is_not_attributed():
    rows = [_row(1, "How many informants were paid in total each year", False),
            {**_row(2, "Total paid to informants each year", True), "outcome_class": "ncnd"},
            _row(3, "How much was paid to informants in total", True)]  # partial NCND: which part?
    counted = count_pack(_records(rows))["informants"]
    assert counted["counted_overt"]["all"] == [1, 2]
    assert counted["counted"] == {}


def test_counts_skip_unknown_and_split_by_kind_of_body():
    rows = [_row(1, "Informants paid", True), _row(2, "Use of informants", False),
            _row(3, "Informant handling", None), _row(4, "CHIS records", True, atype="council")]
    counted = count_pack(_records(rows))["informants"]["counted"]
    assert counted["police"] == [1, 2]  # the unknown record counts neither way
    assert counted["council"] == [1, 1]
    assert counted["all"] == [2, 3]


def test_a_tag_alone_puts_a_record_in_its_topic():
    counted = count_pack(_records([_row(1, "FOI 123/24", True, topics=["imsi_catchers"])]))
    assert counted["imsi_catchers"]["counted"]["all"] == [1, 1]
    assert counted["imsi_catchers"]["seen_sections"] == ["23(5)"]


def test_does_the_force_use_a_technology_counts_as_covert_unless_limited_to_overt_use():
    topics = load_topics()[0]
    fr = topics["facial_recognition"]
    assert asks_covert(fr, "Does the force use facial recognition, and who supplies it?")
    assert asks_covert(fr, "Which companies supply the force's facial recognition software?")
    assert not asks_covert(fr, "How much has the force spent on facial recognition in total?")
    assert not asks_covert(fr, "How many overt deployments of live facial recognition were there in 2024?")
    informants = topics["informants"]
    assert not asks_covert(informants, "How much did the force pay informants in total each year?")
    assert asks_covert(topics["named_person"], "How many complaints were made about PC Smith?")


def test_topics_are_found_in_the_words_people_use():
    assert "imsi_catchers" in topics_in("Do you own stingray phone trackers?")
    assert "named_person" in topics_in("Has my neighbour been arrested?")
    assert "security_bodies" in topics_in("How often did MI5 ask the force for help?")
    assert topics_in("How many potholes were repaired in 2023?") == []


def test_evidence_sentence_counts_the_kind_of_body_and_falls_back_to_all():
    ev = {e.topic: e for e in evidence_for("Does the force use IMSI catchers?", "police")}
    e = ev["imsi_catchers"]
    assert e.covert and e.known >= 1
    assert f"{e.ncnd} of {e.known}" in e.sentence()


def test_shipped_counts_are_the_counts_of_the_pack():
    counted = count_pack(get_knowledge().responses)
    for name, topic in load_topics()[0].items():
        assert topic.counted == counted[name]["counted"], f"{name}: run make knowledge"


def test_the_ncnd_risk_check_uses_the_topics(capsys):
    codes = [f.code for f in check_request("Does the force use IMSI catchers?", "Kent Police").findings]
    assert "ncnd-risk" in codes
    overt = check_request("How many overt deployments of live facial recognition were there in 2024?", "Kent Police")
    assert "ncnd-risk" not in [f.code for f in overt.findings]


def test_ncnd_stats_command_prints_json(capsys):
    assert main(["kb", "ncnd-stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == set(load_topics()[0])


# --- the forecast per part ----------------------------------------------------------------------------

from askfoi.matching import get_matcher  # noqa: E402


def test_each_part_gets_its_own_forecast_and_the_whole_takes_any_parts_ncnd():
    text = ("Does the force use IMSI catchers? How many potholes did the council repair in 2023?")
    result = get_matcher().match(text, "Kent Police")
    parts = result.forecast.parts
    assert len(parts) == 2
    assert parts[0].ncnd_likely and not parts[1].ncnd_likely
    assert any("IMSI" in e for e in parts[0].evidence)
    assert result.forecast.ncnd_likely
    assert abs(sum(o.probability for o in result.forecast.outcomes) - 1.0) < 1e-6


def test_explicit_parts_are_used_as_given():
    parts = ["covert use of drones for surveillance", "the number of public toilets the council maintains"]
    result = get_matcher().match(" ".join(parts), "Essex Police", parts=parts)
    assert [p.text for p in result.forecast.parts] == parts
    assert result.forecast.parts[0].ncnd_likely and not result.forecast.parts[1].ncnd_likely


def test_ncnd_likely_does_not_depend_on_how_many_results_are_shown():
    for text in ("Does the force use drones?", "Does the force use facial recognition and who supplies it?",
                 "How many officers were disciplined in 2023?"):
        seen = {get_matcher().match(text, "Kent Police", top=t).forecast.ncnd_likely for t in (1, 2, 3, 5, 10, 50)}
        assert len(seen) == 1, text


def test_match_json_has_parts(capsys):
    assert main(["match", "Does the force use IMSI catchers? Who supplies them?", "--json"]) == 0
    forecast = json.loads(capsys.readouterr().out)["forecast"]
    assert {"text", "outcomes", "ncnd_likely", "evidence"} <= set(forecast["parts"][0])
    assert forecast["ncnd_likely"] == any(p["ncnd_likely"] for p in forecast["parts"])


def test_threats_to_life_organised_crime_armed_policing_and_anpr_are_ncnd_topics():
    # the kinds of police answer the tuning records show NCND for beyond the first topics (docs/notes/fc7.md)
    assert "threats_to_life" in topics_in("How many Osman warnings (threat to life notices) were issued in 2022?")
    assert "threats_to_life" in topics_in("Death threats received by the MP for the constituency since 2015")
    assert "organised_crime" in topics_in("Data the force sent to the organised crime group mapping project")
    assert "organised_crime" in topics_in("How many county lines were active in the area?")
    assert "armed_policing" in topics_in("Armed response deployments where no weapon was found")
    assert topics_in("Where are the force's ANPR cameras?") == ["overt_cameras"]  # fc26: counted apart from covert tools
    assert not {"threats_to_life", "organised_crime", "armed_policing"} & set(
        topics_in("How many firearms certificates were issued last year?"))


def test_the_shipped_counts_leave_out_records_searched_for_ncnd():
    from askfoi.ncnd_topics import ncnd_targeted

    kb = get_knowledge()
    general = [r for r in kb.responses if not ncnd_targeted(r)]
    assert len(general) < len(kb.responses)
    counted = count_pack(kb.responses)
    assert counted == count_pack(general)
    topics = load_topics()[0]
    assert {name: t.counted for name, t in topics.items()} == {n: c["counted"] for n, c in counted.items()}


def test_online_covert_tactics_and_police_algorithms_are_ncnd_topics():
    """fc9: false online personas, social listening tools and risk-scoring algorithms are what the reviewers count as
    covert tactics and surveillance technology; a count of fake accounts reported by the public is not."""
    from askfoi.ncnd_topics import topics_in

    assert "covert_surveillance" in topics_in("How many authorisations were granted to create false social media personas?")
    assert "covert_surveillance" in topics_in("When may officers use fake identities on social networking sites?")
    assert "surveillance_technology" in topics_in("Do you use a social listening platform?")
    assert "surveillance_technology" in topics_in("Please provide the underlying algorithm of the risk tool")
    assert not topics_in("How many fake accounts were reported to you by the public?")
    assert not topics_in("How many false accounts of crime were recorded?")


# --- fc10: the tactic and the kind of question ------------------------------------------------------------------

def test_a_technology_used_by_others_is_not_the_bodys_own_use():
    """Drone misuse reported to a force is a crime statistic, not the force's use of a surveillance technology; a
    sentence naming both still touches the topic through the force's own use."""
    assert "surveillance_technology" not in topics_in("How many incidents involving drones were reported to you in 2023?")
    assert "surveillance_technology" not in topics_in("Please give the number of reports of drone misuse near prisons.")
    assert "surveillance_technology" in topics_in("How many times did the force deploy its own drones in 2023?")
    assert "surveillance_technology" in topics_in("Drone incidents reported to you, and the force's drone deployments.")


def test_officers_posing_as_someone_else_is_undercover_work():
    assert "undercover_officers" in topics_in("How many arrests followed evidence gathered by officers posing as children online?")
    assert "undercover_officers" in topics_in("The number of operations using police decoys in 2022.")
    assert "undercover_officers" not in topics_in("How many decoy ducks does the council own?")


def test_covert_use_put_in_scope_outweighs_a_count_but_a_tactics_name_does_not():
    topics = load_topics()[0]
    drones = topics["surveillance_technology"]
    assert not asks_covert(drones, "How many drone deployments were there in 2023?")
    assert asks_covert(drones, "How many drone deployments were there in 2023, including covert deployments?")
    assert not asks_covert(drones, "How many overt and covert drone deployments were there?")  # limited in so many words
    informants = topics["informants"]
    assert not asks_covert(informants, "How much did the force pay covert human intelligence sources each year?")


def test_the_applicant_named_in_a_decision_title_is_not_the_subject():
    """fc17: a Commissioner's decision title names the applicant ("Decision 223/2006: Mr A Smith and the Chief
    Constable of ..."); that name is not a person the question is about, so it is no reason to warn of s40(5B)."""
    assert "named_person" not in topics_in("Decision 223/2006: Mr Sandy Smith and the Chief Constable of Fife "
                                           "Constabulary. Sixteen questions about the breath-testing instruments used.")
    assert "named_person" not in topics_in("Decision 168/2011: Mr S and the Chief Constable of Strathclyde Police")
    # a person named as the subject, in the title or in what was asked, still is one
    assert "named_person" in topics_in("Decision 010/2008: Date of an arrest of a named individual")
    assert "named_person" in topics_in("Decision 223/2006: Mr A Smith and the Chief Constable. Was PC Jones disciplined?")
    assert "named_person" in topics_in("what did mr jones tell the police about my neighbour? Has Mr Jones been arrested")


def test_protection_of_mps_royals_and_state_visits_is_an_ncnd_topic():
    assert "protection_security" in topics_in("how much did the force spend protecting MPs? protection of MP's at surgeries")
    assert "protection_security" in topics_in("How many officers were used to police the US President's July 2018 UK "
                                              "visit and what did it cost?")
    assert "protection_security" in topics_in("The cost of policing the state visit of the King of Spain.")
    assert "protection_security" in topics_in("how many officers were on duty for the Pope's visit to Glasgow")
    assert "protection_security" in topics_in("Costs of the Diplomatic Protection Group at the embassy last year")
    assert "threats_to_life" in topics_in("How many threats to MP's were reported to you in 2023?")
    assert "protection_security" not in topics_in("How many visitors did the police museum have in 2023?")
    assert "protection_security" not in topics_in("Please send the minutes of the meeting about the visit to the school.")
    # a visit is protection only where its policing, security or protection is asked about
    assert "protection_security" not in topics_in("Please send the guest list and menu for the banquet of the King's state visit")
    assert "protection_security" not in topics_in("How many visits by the King to schools in the county were there?")
