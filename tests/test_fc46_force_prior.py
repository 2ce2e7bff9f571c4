"""fc46: the force-level NCND share measured by bench/ncnd_force_prior.py (not shipped: it did not help on the tuning
split). Its counting: unknown NCND status is left out, never counted as "not NCND"; the record asked about is left out;
a force with few answers is shrunk towards the all-police share; --past keeps answers dated before the record."""

import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace as NS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from ncnd_force_prior import ForceShares, replay  # noqa: E402


def rec(i, force, ncnd, outcome="disclosed", when=date(2020, 1, 1), kind="police"):
    return NS(id=f"r{i}", authority=force, authority_type=NS(value=kind), ncnd=ncnd, outcome=NS(value=outcome), date=when)


def test_unknown_status_is_not_counted_as_not_ncnd():
    pack = [rec(1, "A", True), rec(2, "A", None), rec(3, "A", None), rec(4, "B", False)]
    share, p0 = ForceShares(pack).share(rec(9, "A", None), k=0)
    assert share == 1.0  # 1 of 1 known, the two unknown left out
    assert p0 == 0.5


def test_the_record_itself_is_left_out_and_other_kinds_are_not_police():
    pack = [rec(1, "A", True), rec(2, "A", False), rec(3, "C", True, kind="council")]
    s = ForceShares(pack)
    assert s.share(pack[0], k=0)[0] == 0.0
    assert s.share(pack[1], k=0)[0] == 1.0


def test_a_force_with_few_answers_is_shrunk_towards_the_police_share():
    pack = [rec(i, "Big", i < 20) for i in range(100)] + [rec(200, "Small", True)]
    s = ForceShares(pack)
    small, p0 = s.share(rec(999, "Small", None), k=10)
    assert abs(p0 - 21 / 101) < 1e-9
    assert p0 < small < 0.5
    big, _ = s.share(rec(999, "Big", None), k=10)
    assert abs(big - (20 + 10 * p0) / 110) < 1e-9


def test_past_only_and_answered_only():
    pack = [rec(1, "A", True, when=date(2019, 1, 1)), rec(2, "A", False, when=date(2021, 1, 1)),
            rec(3, "A", True, outcome="refused", when=date(2018, 1, 1))]
    r = rec(9, "A", None, when=date(2020, 1, 1))
    s = ForceShares(pack)
    assert s.share(r, k=0, past=True)[0] == 1.0
    assert s.share(r, k=0, answered=True)[0] == 0.5


def test_replay_shift_moves_a_part_over_its_bar_only_through_its_gates():
    part = {"would": {"support": False, "routine": True}, "p": 0.2, "bar": 0.3, "scale": 1.0, "ruled": False, "case": False}
    row = {"parts": [part], "warned": False}
    assert not replay(row, 1.0, False)  # over the bar but no subject support
    assert replay(row, 1.0, True)
    assert not replay(row, 0.0, True)  # under the bar
