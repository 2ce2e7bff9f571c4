"""Matching and the outcome forecast, over the real knowledge pack (and small packs cut from it)."""

from __future__ import annotations

import json
import re

import pytest

from askfoi.cli import main
from askfoi.knowledge import load_knowledge, shipped_knowledge_dir
from askfoi.matching import matcher_for
from askfoi.models import Outcome

WEST_MIDLANDS = (
    "Has the force trialled body-worn video cameras with facial recognition technology in the last "
    "12 months? Provide evaluation reports"
)


@pytest.fixture(scope="module")
def kb():
    kb = load_knowledge([shipped_knowledge_dir()])
    if not kb.responses:
        pytest.skip("the knowledge pack has not been imported")
    return kb


@pytest.fixture(scope="module")
def matcher(kb, tmp_path_factory):
    return matcher_for(kb.responses, kb.files, tmp_path_factory.mktemp("match-cache"))


def _text(r) -> str:
    return r.search_text().lower()


def test_seed_request_finds_the_essex_bwv_response_first(kb, matcher):
    seed = next(r for r in kb.responses if r.reference and "PUB 1234" in r.reference)
    result = matcher.match(WEST_MIDLANDS, "West Midlands Police")
    # the pack holds other forces' answers too: since the session-10 harvest, two general "facial recognition"
    # answers (North Yorkshire 2025, Gwent 2022) score level with the seed, whose long request text weighs its
    # words down; it must stay among the first five
    found = next(s for s in result.similar[:5] if s.id == seed.id)
    assert found.outcome == seed.outcome


@pytest.mark.parametrize(
    ("query", "must_have", "must_lack"),
    [
        ("BWV disciplinary consequences", r"body\W*(worn|cam)", r"\bbwv\b"),
        ("CHIS payments", r"covert human intelligence", r"\bchis\b"),
        ("number of children in care placed out of area", r"looked\W*after", r"children in care"),
    ],
)
def test_synonyms_find_records_worded_differently(kb, matcher, query, must_have, must_lack):
    by_id = {r.id: r for r in kb.responses}
    found = [by_id[s.id] for s in matcher.match(query, top=15).similar]
    assert any(re.search(must_have, _text(r)) and not re.search(must_lack, _text(r)) for r in found)


def test_covert_question_forecasts_ncnd_but_overt_one_does_not(matcher):
    covert = matcher.match("covert use of drones for surveillance", "Essex Police")
    overt = matcher.match("overt drone deployments: how many drones and the total cost", "Essex Police")
    assert covert.forecast.ncnd_likely
    assert "neither confirm nor deny" in covert.forecast.summary
    assert not overt.forecast.ncnd_likely
    assert overt.similar  # the same records are found, they just count differently


def test_covert_facial_recognition_finds_the_forces_that_would_not_confirm_or_deny(matcher):
    result = matcher.match("covert use of facial recognition by the police", "West Midlands Police")
    ncnd = [r for r in result.similar if r.ncnd]
    assert 2 * len(ncnd) > len(result.similar)
    assert result.forecast.ncnd_likely
    assert "overt use" in result.forecast.summary  # the re-scoping advice
    overt = matcher.match("overt live facial recognition deployments in 2023", "Essex Police")
    assert not overt.forecast.ncnd_likely


def test_forecast_is_not_more_certain_than_the_listed_records(matcher):
    """Four different outcomes among five listed records cannot honestly give one of them 90%."""
    result = matcher.match("overt live facial recognition deployments in 2023", "Essex Police")
    listed = {r.outcome for r in result.similar}
    assert len(listed) >= 3
    assert result.forecast.outcomes[0].probability < 0.8


def test_summary_sections_come_only_from_listed_records(matcher):
    result = matcher.match("covert use of drones for surveillance", "Essex Police", top=3)
    listed = {s for r in result.similar for s in r.sections}
    cited = set(re.findall(r"\bs(\d+[A-Z]?(?:\([0-9a-z]+\))*)", result.forecast.summary))
    assert cited and cited <= listed
    assert {c.section for c in result.forecast.sections} <= listed


def test_probabilities_sum_to_one_and_leave_out_unfinished_requests(kb, matcher):
    pending = next(r for r in kb.responses if r.outcome == Outcome.pending)
    result = matcher.match(pending.title, pending.authority, top=20)
    outs = result.forecast.outcomes
    assert abs(sum(o.probability for o in outs) - 1.0) < 1e-9
    assert [o.probability for o in outs] == sorted((o.probability for o in outs), reverse=True)
    assert not {o.outcome for o in outs} & {Outcome.pending, Outcome.withdrawn}
    assert pending.id in {s.id for s in result.similar}  # shown, not counted


@pytest.mark.parametrize(
    "query",
    ["", "   ", "x" * 1_000_000, "\x00\x01\x02\ufffd" * 5000, "{{ 7*7 }} {% raw %}", "zzqx wvvk qqqj"],
)
def test_junk_queries_give_an_empty_or_weak_answer(matcher, query):
    result = matcher.match(query, "West Midlands Police")
    assert result.forecast.confidence in ("none", "low")
    assert abs(sum(o.probability for o in result.forecast.outcomes) - 1.0) < 1e-9
    assert not result.forecast.ncnd_likely
    assert "7*7" not in result.forecast.summary and "49" not in result.forecast.summary


def test_exclude_leaves_a_record_out_entirely(kb, matcher):
    seed = next(r for r in kb.responses if r.reference and "PUB 1234" in r.reference)
    result = matcher.match(WEST_MIDLANDS, "West Midlands Police", top=20, exclude=[seed.id])
    assert seed.id not in {s.id for s in result.similar}


def test_index_cache_is_rebuilt_when_a_knowledge_file_changes(kb, tmp_path):
    pack = tmp_path / "pack" / "responses"
    pack.mkdir(parents=True)
    source = shipped_knowledge_dir() / "responses" / "published_responses.jsonl"
    lines = source.read_text(encoding="utf-8").splitlines()
    target = pack / "some.jsonl"
    target.write_text("\n".join(lines[:20]) + "\n", encoding="utf-8")
    cache = tmp_path / "cache"
    small = load_knowledge([tmp_path / "pack"])
    first = matcher_for(small.responses, small.files, cache)
    added = json.loads(lines[40])
    assert added["id"] not in {s.id for s in first.match(added["title"], top=20).similar}
    with target.open("a", encoding="utf-8") as fh:
        fh.write(lines[40] + "\n")
    bigger = load_knowledge([tmp_path / "pack"])
    second = matcher_for(bigger.responses, bigger.files, cache)
    assert second.path != first.path
    assert second.match(added["title"]).similar[0].id == added["id"]
    assert [p.name for p in cache.glob("match-*.sqlite")] == [second.path.name]


def test_leave_one_out_sees_nothing_of_the_held_out_records(kb, matcher, tmp_path):
    """Excluding records gives the same forecast ingredients as a pack that never had them:
    term statistics, rates, same-title groups and the peer authorities' agreement alike."""
    from collections import Counter

    titles = Counter(r.title for r in kb.responses if r.outcome.is_final)
    held = [r for r in kb.responses if r.outcome.is_final and titles[r.title] >= 20][:: 97][:3]
    assert len(held) == 3
    ids = {r.id for r in held}
    without = matcher_for([r for r in kb.responses if r.id not in ids], kb.files, tmp_path)
    for r in held:
        loo = matcher.experts(r.title, r.authority, exclude=ids)
        fresh = without.experts(r.title, r.authority)
        for name in ("base", "similar", "own", "peers"):
            assert getattr(loo, name) == pytest.approx(getattr(fresh, name)), name
        assert loo.peers != loo.base  # the round-robin's other answers did count


def test_the_forecast_leads_with_the_outcome_its_model_favours(matcher):
    """One forecast function: a part's outcomes are the learnt model's over the part's features (with the model's share of
    the calibrated prior: the body's own answers shrunk to its kind's), except a
    round-robin request (other bodies answered the same wording), which keeps the expert mix."""
    from askfoi.matching import combine

    # kn28: the plain "How many drones does the force own and what did they cost?" now meets a council's drone
    # record (retired_ncnd) close enough to be read as a round-robin, so the example names the models too
    text, body = "How many drones does the force own, what models are they and what did they cost?", "Essex Police"
    experts = matcher.experts(text, body)
    assert experts.peers is experts.base  # not a round-robin
    result = matcher.match(text, body, parts=[text])
    from askfoi.matching import with_prior

    probs = (with_prior(matcher.model.outcome_probs(matcher.features(text, body)), experts.own, matcher.model.prior_weight)
             if matcher.model is not None else combine(experts))
    from askfoi.request_size import with_size

    probs = with_size(probs, text, "police")  # fc28: the whole request's size moves the cost limit's odds
    assert result.forecast.outcomes[0].outcome.value == max(probs, key=probs.get)
    if matcher.model is not None:
        assert result.forecast.outcomes[0].probability == pytest.approx(max(probs.values()), abs=1e-3)
    robin, council = "Foster care allowances 2023/24", "Kent County Council"
    peers = matcher.experts(robin, council)
    assert peers.peers is not peers.base  # a request sent to many councils
    mixed = combine(peers)
    assert matcher.match(robin, council).forecast.outcomes[0].outcome.value == max(mixed, key=mixed.get)


@pytest.fixture
def cli_pack(kb):
    """The CLI's get_matcher over the shipped pack, with fresh process-wide caches."""
    from askfoi import knowledge, matching

    knowledge.get_knowledge.cache_clear()
    matching.get_matcher.cache_clear()
    yield
    matching.get_matcher.cache_clear()


def test_cli_plain_output_fits_80_columns_and_shows_names_in_full(cli_pack, capsys):
    args = ["match", WEST_MIDLANDS, "--authority", "West Midlands Police", "--top", "5"]
    assert main(args + ["--json"]) == 0
    similar = json.loads(capsys.readouterr().out)["similar"]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 80
    listed = lines[lines.index("Similar published responses:") + 1 :]
    heads = [i for i, line in enumerate(listed) if not line.startswith(" ")]
    assert len(heads) == len(similar) == 5
    for i, s in zip(heads, similar):
        assert s["authority"] in listed[i]  # one line: outcome, authority, date
        detail = " ".join(line.strip() for line in listed[i + 1 : i + 4] if line.startswith("    "))
        assert " ".join(s["title"].split()) in detail  # the title, wrapped but whole
        assert all(f"s{x}" in detail for x in s["sections"])


def test_cli_json_has_the_documented_shape(cli_pack, capsys):
    assert main(["match", "CHIS payments", "--json", "--top", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"forecast", "similar"}
    assert {"outcomes", "ncnd_likely", "sections", "confidence", "summary"} <= set(data["forecast"])
    assert len(data["similar"]) <= 3
    assert {"id", "authority", "title", "outcome", "ncnd", "sections", "score", "url", "date"} <= set(
        data["similar"][0]
    )


def test_cli_batch_keeps_order_and_reports_bad_lines(cli_pack, tmp_path, capsys):
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        '{"text": "BWV facial recognition", "authority": "Essex Police"}\n'
        "not json\n"
        '{"authority": "Kent County Council"}\n'
        "[1, 2]\n"
        '{"text": "foster carer allowances"}\n',
        encoding="utf-8",
    )
    assert main(["match", "--batch", str(batch), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["line"] for r in rows] == [1, 2, 3, 4, 5]
    assert ["error" in r for r in rows] == [False, True, True, True, False]
    assert "forecast" in rows[0] and "forecast" in rows[4]
    assert "fost" in rows[4]["similar"][0]["title"].lower()


def test_cli_bad_input_is_one_plain_line(cli_pack, tmp_path, capsys):
    assert main(["match"]) == 2
    assert main(["match", "x", "--top", "0"]) == 2
    binary = tmp_path / "b.jsonl"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert main(["match", "--batch", str(binary)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 3


def test_a_broken_cache_file_is_rebuilt(kb, tmp_path):
    small = [r for r in kb.responses if r.authority_type.value == "police"]
    first = matcher_for(small, kb.files, tmp_path)
    path = first.path
    first.con.close()
    path.write_bytes(b"not a database")
    again = matcher_for(small, kb.files, tmp_path)
    assert again.match("drones").similar


def test_any_text_gives_a_well_formed_answer(matcher):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=40)))
    def check(text, authority):
        result = matcher.match(text, authority, top=3)
        assert len(result.similar) <= 3
        assert abs(sum(o.probability for o in result.forecast.outcomes) - 1.0) < 1e-9
        assert result.forecast.summary

    check()


def test_sections_cited_in_short_under_each_law():
    from askfoi.templates import cite

    assert cite("23(5)") == "s23(5)"
    assert cite("FOISA 34(1)") == "FOISA s34(1)"
    assert cite("EIR 12(5)(e)") == "EIR reg 12(5)(e)"


def test_evidence_that_bears_out_the_verdict_comes_first():
    from askfoi.matching import _supporting_first

    lines = ["0 of 12 police answers about informants (CHIS) limited to overt use used NCND",
             "6 of 11 closest past answers with a known NCND status used NCND",
             "a forecast learnt from 2057 past answers rates NCND likely for this part"]
    assert _supporting_first(lines, True)[0].startswith("6 of 11")
    assert _supporting_first(lines, True)[-1].startswith("0 of 12")
    assert _supporting_first(lines, False)[0].startswith("0 of 12")
    assert sorted(_supporting_first(lines, True)) == sorted(lines)  # nothing dropped


def test_a_parts_ncnd_warning_needs_more_in_a_longer_request_by_the_models_rise(matcher):
    """A part forecast NCND at p is warned alone; among n parts its bar is the kind's threshold x (1 + rise x ln n),
    with the rise the model file chose (meta.long_text_ncnd): just above p it is not warned, just below it is."""
    import math

    if matcher.model is None:
        pytest.skip("no learnt model shipped")
    body, part = "Essex Police", "Does the force use IMSI catchers, and who supplies them?"
    other = "How many officers were employed by the force in 2020?"
    p = matcher.model.ncnd_probability(matcher.features(part, body))
    # IMSI catchers: an NCND topic; fc27: the bar carries the factor chosen after the rules (meta.ncnd_bar_scale)
    bar = matcher.model.threshold_for("police", on_topic=True) * matcher.model.ncnd_bar_scale("police")
    if p < bar * 1.2:
        pytest.skip("the shipped model does not rate this part well above the police threshold")
    needed = (p / bar - 1.0) / math.log(2)  # the rise at which the bar for two parts reaches p
    if needed * 1.1 > 10.0:
        pytest.skip("the rise needed is beyond what a model file may set")
    saved = dict(matcher.model.meta)
    try:
        matcher.model.meta.pop("ncnd_topic_share", None)  # fc10's topic rule aside: the learnt forecast's bar alone
        matcher.model.meta["long_text_ncnd"] = needed * 0.9
        parts = matcher.match(part + " " + other, body, parts=[part, other]).forecast.parts
        assert parts[0].ncnd_likely
        matcher.model.meta["long_text_ncnd"] = needed * 1.1
        parts = matcher.match(part + " " + other, body, parts=[part, other]).forecast.parts
        assert not parts[0].ncnd_likely
        assert matcher.match(part, body, parts=[part]).forecast.parts[0].ncnd_likely  # alone: the kind's threshold
    finally:
        matcher.model.meta.clear()
        matcher.model.meta.update(saved)


def test_a_part_on_no_ncnd_topic_is_held_to_the_models_bar_for_parts_on_none(matcher):
    """fc9: a police part that touches no NCND topic ("how many officers ...") is warned against the bar chosen for
    parts on none (meta.ncnd_topic_thresholds), a part on a topic (IMSI catchers) against the bar on a topic: moving
    the off-topic bar across the part's forecast turns its warning on and off, and leaves the on-topic part alone."""
    if matcher.model is None:
        pytest.skip("no learnt model shipped")
    body, covert, plain = "Essex Police", "Does the force use IMSI catchers?", "How many officers were employed by the force in 2020?"
    p_plain = matcher.model.ncnd_probability(matcher.features(plain, body))
    p_covert = matcher.model.ncnd_probability(matcher.features(covert, body))
    saved = dict(matcher.model.meta)
    try:
        matcher.model.meta.pop("ncnd_topic_share", None)  # fc10's topic rule aside: fc9's pair of bars
        matcher.model.meta.pop("ncnd_bar_scale", None)  # and fc27's factors on the bars
        matcher.model.meta["long_text_ncnd"] = 0.0
        matcher.model.meta["ncnd_topic_thresholds"] = {"police": [p_covert * 0.9, p_plain * 0.9], "*": [0.5, 0.5]}
        parts = matcher.match(covert + " " + plain, body, parts=[covert, plain]).forecast.parts
        # fc20: the staffing count reaches the off-topic bar, but no close past NCND answer shares its subject (only
        # generic words and the force's name): it is not warned (this asserted it was: the fault fc20 fixes)
        assert parts[0].ncnd_likely and not parts[1].ncnd_likely
        matcher.model.meta["ncnd_topic_thresholds"] = {"police": [p_covert * 0.9, min(1.0, p_plain * 1.1)], "*": [0.5, 0.5]}
        forecast = matcher.match(covert + " " + plain, body, parts=[covert, plain]).forecast
        assert forecast.parts[0].ncnd_likely and not forecast.parts[1].ncnd_likely
        assert forecast.ncnd_likely  # the request is warned for its covert part
        # the warned part names the provisions such answers cite
        assert any("cite" in e for e in forecast.parts[0].evidence)
        matcher.model.meta["ncnd_topic_thresholds"] = {"police": [min(1.0, p_covert * 1.1), 0.0], "*": [0.5, 0.5]}
        assert not matcher.match(covert, body, parts=[covert]).forecast.parts[0].ncnd_likely
    finally:
        matcher.model.meta.clear()
        matcher.model.meta.update(saved)


def test_a_part_on_a_topic_police_mostly_answer_with_ncnd_is_warned_by_the_topic_rule(matcher):
    """fc10: a part is warned when an NCND topic it touches has a counted share of NCND answers from that kind of body
    at least the topic rule's bar (meta.ncnd_topic_share: [the learnt forecast's bar, the share bar]), however low the
    learnt forecast; its evidence leads with the topic, the share and the sections. No share bar: no topic rule."""
    from askfoi.ncnd_topics import evidence_for

    if matcher.model is None:
        pytest.skip("no learnt model shipped")
    body, covert, plain = "Essex Police", "Does the force use IMSI catchers?", "How many officers were employed by the force in 2020?"
    imsi = next(e for e in evidence_for(covert, "police") if e.topic == "imsi_catchers")
    if imsi.known < 3 or imsi.share <= 0:
        pytest.skip("the pack counts too few answers about IMSI catchers")
    saved = dict(matcher.model.meta)
    try:
        matcher.model.meta["long_text_ncnd"] = 0.0
        matcher.model.meta["ncnd_bar_scale"] = {}  # fc43: a factor below 1 on the bar would let the learnt forecast fire
        matcher.model.meta["ncnd_topic_share"] = {"police": [1.0, imsi.share], "*": [1.0, None]}
        forecast = matcher.match(covert + " " + plain, body, parts=[covert, plain]).forecast
        assert forecast.parts[0].ncnd_likely and not forecast.parts[1].ncnd_likely
        assert forecast.ncnd_likely
        lead = forecast.parts[0].evidence[0]
        assert "IMSI" in lead and f"{imsi.share:.0%}" in lead and "s2" in lead  # topic, share, a section cited
        matcher.model.meta["ncnd_topic_share"] = {"police": [1.0, min(1.0, imsi.share + 0.01)], "*": [1.0, None]}
        if imsi.share < 1.0:
            assert not matcher.match(covert, body, parts=[covert]).forecast.parts[0].ncnd_likely
        matcher.model.meta["ncnd_topic_share"] = {"police": [1.0, None], "*": [1.0, None]}
        assert not matcher.match(covert, body, parts=[covert]).forecast.parts[0].ncnd_likely
    finally:
        matcher.model.meta.clear()
        matcher.model.meta.update(saved)


def test_the_topic_rule_is_the_same_however_many_results_are_listed(matcher):
    """issue 9: ncnd_likely does not depend on --top."""
    text = "Does the force use drones for covert surveillance of protests? How many drones does it own?"
    flags = {matcher.match(text, "Essex Police", top=n).forecast.ncnd_likely for n in (1, 5, 50)}
    assert len(flags) == 1


def test_cli_exclude_url_leaves_out_the_record_published_at_that_address(kb, cli_pack, tmp_path, capsys):
    """--exclude-url: scoring a request whose own answer is in the pack (the retired held-out sets are).
    The address is matched as the same page: http or https, a trailing slash, the host's case."""
    seed = next(r for r in kb.responses if r.reference and "PUB 1234" in r.reference)
    args = ["match", WEST_MIDLANDS, "--authority", "West Midlands Police", "--top", "20", "--json"]
    assert main(args) == 0
    assert seed.id in {s["id"] for s in json.loads(capsys.readouterr().out)["similar"]}
    url = seed.source_url.rstrip("/")
    variant = url.replace("https://", "http://", 1) if url.startswith("https://") else url.replace("http://", "https://", 1)
    host = variant.split("/")[2]
    variant = variant.replace(host, host.upper(), 1) + "/"
    assert main(args + ["--exclude-url", variant]) == 0
    captured = capsys.readouterr()
    assert seed.id not in {s["id"] for s in json.loads(captured.out)["similar"]}
    assert captured.err == ""
    # an address no record has is said once on stderr, and the answer is still given
    assert main(args + ["--exclude-url", "https://example.org/no-such-page"]) == 0
    captured = capsys.readouterr()
    assert "no record in the pack was published at https://example.org/no-such-page" in captured.err
    assert seed.id in {s["id"] for s in json.loads(captured.out)["similar"]}
    # --batch applies it to every line
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"text": WEST_MIDLANDS, "authority": "West Midlands Police"}) + "\n", encoding="utf-8")
    assert main(["match", "--batch", str(batch), "--top", "20", "--exclude-url", seed.source_url]) == 0
    row = json.loads(capsys.readouterr().out.splitlines()[0])
    assert seed.id not in {s["id"] for s in row["similar"]}


def test_matcher_ids_at_finds_every_record_at_an_address(kb, matcher):
    r = next(r for r in kb.responses if r.harvest == "retired_ncnd" and r.ncnd)
    found = matcher.ids_at([r.source_url + "#top", "https://example.org/none"])
    assert r.id in found[r.source_url + "#top"]
    assert found["https://example.org/none"] == []
    assert matcher.ids_at([]) == {}
