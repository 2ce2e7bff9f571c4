"""The side panels: the draft letter as it stands, and the insight panel (findings with their
fixes, similar past responses with their outcomes, the forecast). All text goes through Content,
never markup."""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message as TextualMessage
from textual.widgets import Button, Static

if TYPE_CHECKING:  # the engine loads after the first screen is drawn
    from askfoi.conversation import Insight


class DraftPane(VerticalScroll):
    """The letter, redrawn after every answer."""

    can_focus = True

    def compose(self) -> ComposeResult:
        yield Static(Content(""), id="letter", markup=False)

    def on_mount(self) -> None:
        self.border_title = "Letter"

    def show(self, insight: Insight) -> None:
        from askfoi.templates import render

        text = insight.letter or render("bot/draft_empty.j2").strip()
        self.query_one("#letter", Static).update(Content(text))
        self.border_subtitle = f"reply due {insight.due:%d %b %Y} if sent today" if insight.due else ""


class FindingCard(Horizontal):
    """One finding: what is wrong and what to do, with an 'Apply fix' button when a rewrite exists,
    or a 'Fix' button that takes the person back to the step that mends it."""

    class Apply(TextualMessage):
        def __init__(self, number: int) -> None:
            self.number = number
            super().__init__()

    def __init__(self, number: int, finding, fixable: bool | None = None) -> None:
        super().__init__(classes=f"finding {finding.severity}")
        self.number = number
        self.finding = finding
        self.fixable = fixable  # rv58: whether a step can fix it (None: by its code alone)

    def compose(self) -> ComposeResult:
        from askfoi.conversation import fix_step
        from askfoi.templates import render

        f = self.finding
        text = render("bot/finding_card.j2", number=self.number, severity=f.severity, message=f.message, suggestion=f.suggestion)
        yield Static(Content(text.strip("\n")), classes="finding-text", markup=False)
        if self.finding.rewrite:
            yield Button(Content(f"Apply fix {self.number}"), classes="apply", compact=True)
        elif (fix_step(self.finding.code) is not None) if self.fixable is None else self.fixable:
            yield Button(Content(f"Fix {self.number}"), classes="apply", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Apply(self.number))


class InsightPane(VerticalScroll):
    """What askfoi sees: findings, similar past responses, the forecast."""

    def compose(self) -> ComposeResult:
        yield Static(Content("What an FOI officer might say"), classes="heading")
        yield Vertical(id="findings")
        yield Static(Content("Similar past responses"), classes="heading")
        yield Static(Content(""), id="similar", markup=False)
        yield Static(Content("Likely outcome"), classes="heading")
        yield Static(Content(""), id="forecast", markup=False)

    def on_mount(self) -> None:
        self.border_title = "Insight"

    def show(self, insight: Insight) -> None:
        from askfoi.templates import render

        box = self.query_one("#findings", Vertical)
        box.remove_children()
        if insight.findings:
            fixable = list(insight.fixable) + [None] * (len(insight.findings) - len(insight.fixable))
            box.mount_all(FindingCard(i, f, fixable[i - 1]) for i, f in enumerate(insight.findings, 1))
        else:
            box.mount(Static(Content(render("bot/panel_no_findings.j2", started=bool(insight.letter or insight.regime)).strip()), markup=False))
        self.query_one("#similar", Static).update(Content(self._similar_text(insight)))
        self.query_one("#forecast", Static).update(Content(self._forecast_text(insight)))

    @staticmethod
    def _similar_text(insight: Insight) -> str:
        from askfoi.conversation import similar_line
        from askfoi.templates import render

        return render(
            "bot/panel_similar.j2",
            similar=[similar_line(r) for r in insight.similar],
            ready=insight.matching_ready,
            sar=getattr(insight.regime, "value", insight.regime) == "SAR",
            started=bool(insight.regime),
        ).strip()

    @staticmethod
    def _forecast_text(insight: Insight) -> str:
        from askfoi.templates import render

        forecast = insight.forecast
        counts = outcome_counts(insight.similar)
        likely = None
        if forecast is not None and forecast.outcomes:
            top = forecast.outcomes[0]
            likely = {"label": _label(top.outcome), "percent": round(top.probability * 100)}
        return render(
            "bot/panel_forecast.j2",
            forecast=forecast,
            counts=counts,
            total=sum(c["count"] for c in counts),
            likely=likely,
            parts=[
                {"label": _label(p.outcomes[0].outcome), "percent": round(p.outcomes[0].probability * 100),
                 # fm101: "most likely neither confirm nor deny" is said once, never again as "may be ..."
                 "ncnd": p.ncnd_likely and getattr(p.outcomes[0].outcome, "value", p.outcomes[0].outcome) != "ncnd",
                 "why": p.why if p.ncnd_likely else None, "published": getattr(p, "published", None),
                 "ask_instead": p.ask_instead if p.ncnd_likely else None, "evidence": part_evidence(p)}
                for p in (forecast.parts if forecast is not None and len(forecast.parts) > 1 else []) if p.outcomes
            ],
            # fc45: the evidence of the parts warned of NCND first: a part not warned ("1 of 10 closest past answers
            # ... used NCND") no longer pushes the warned part's counted answers off the three lines shown
            evidence=list(dict.fromkeys(e for p in sorted(forecast.parts, key=lambda p: not p.ncnd_likely)
                                        for e in p.evidence))[:3] if forecast else [],
            sections=[s.section for s in forecast.sections[:5]] if forecast else [],
            # fm101: a request of one part asking who may authorise a tactic: where those published rules are
            published=getattr(forecast.parts[0], "published", None) if forecast and len(forecast.parts) == 1 else None,
            ready=insight.matching_ready,
            sar=getattr(insight.regime, "value", insight.regime) == "SAR",  # nr88 (nc88 #8): no FOI outcome for a subject access request
            started=bool(insight.regime),
        ).strip()


def part_evidence(part) -> str | None:
    """fc45 (issue 9): the one line of evidence shown beside a part: its counted answers on its NCND topic ("5 of 6
    police answers about informants (CHIS) used NCND", the line a warning rests on) when it has one, else its first."""
    lines = list(part.evidence or [])
    counted = [e for e in lines if re.match(r"\d+ of \d+ \S.* answers about ", e)]
    return (counted or lines or [None])[0]


def _label(outcome) -> str:
    from askfoi.models import OUTCOME_LABELS

    return OUTCOME_LABELS.get(outcome, str(outcome))


def outcome_counts(similar: list) -> list[dict]:
    """How the listed similar responses with a final answer were answered: [{"label", "count"}],
    most first. The panel prints these beside the list they count, so the figures agree."""
    from collections import Counter

    from askfoi.models import FINAL_OUTCOMES

    counts = Counter(r.outcome for r in similar if r.outcome in FINAL_OUTCOMES)
    return [{"label": _label(o), "count": n} for o, n in counts.most_common()]


class SidePanel(Vertical):
    """The draft above the insight panel (on a narrow screen, shown instead of the chat with F2)."""

    def compose(self) -> ComposeResult:
        yield DraftPane(id="draft")
        yield InsightPane(id="insight")
