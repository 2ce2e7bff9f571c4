"""lead56 (nc82 #4): the EIR and the EISR let an authority extend to 40 working days for a complex and voluminous
request (regulation 7 of each), so a late environmental request to a Scottish body is tracked under the EISR, with
"unless they told you in time that they needed longer" - never FOISA's "no extra time"."""

from __future__ import annotations

from datetime import date

from askfoi.models import Regime


def test_the_reply_screen_tracks_a_scottish_environmental_request_under_the_eisr(tmp_path):
    from askfoi.reply_flow import ReplyFlow
    from askfoi.tracking import TrackStore

    flow = ReplyFlow(today=lambda: date(2026, 12, 6), tracker=TrackStore(tmp_path / "tracked.json"),
                     authority="The Highland Council", topic="the environmental impact assessment for the wind farm "
                     "access road and the bird surveys", waiting=True)
    view = flow.track("sent 1 october")
    kept = TrackStore(tmp_path / "tracked.json").load()
    assert [(r.regime, r.scotland) for r in kept] == [(Regime.EIR, True)]
    assert "late" in view.message and "needed longer" in view.message and "no extra time" not in view.message


def test_a_scottish_foi_request_still_has_no_extra_time(tmp_path):  # guard: lead55's rule
    from askfoi.reply_flow import ReplyFlow
    from askfoi.tracking import TrackStore

    flow = ReplyFlow(today=lambda: date(2026, 12, 6), tracker=TrackStore(tmp_path / "tracked.json"),
                     authority="The Highland Council", topic="the number of council staff on zero-hours contracts",
                     waiting=True)
    view = flow.track("sent 1 october")
    assert [r.regime for r in TrackStore(tmp_path / "tracked.json").load()] == [Regime.FOISA]
    assert "no extra time" in view.message
