"""A letter extending the time to answer a subject access request (UK GDPR Article 12(3); rv51, nc50 #6).

An organisation has one calendar month from receipt to answer, and may extend that by two further months where that is
necessary because of the complexity and number of the requests, telling the person of the extension, with the reasons
for the delay, within the first month (Article 12(3); domain.md gives the month and the two months). A letter that
extends the time is checked for three things, each said plainly: it came after the first month (too late to extend:
the answer is already overdue); it promises an answer after the furthest lawful date (one month and two further months,
askfoi.deadlines, the same day `askfoi deadline --regime SAR` gives); its reason is the organisation's own workload
("the volume of requests"), which is neither the complexity of the request nor a number of requests from the person
(the ICO's right of access guidance). The wordings are data (knowledge/vocab/sar_extension.yaml). Core module: no
textual, no rich."""

from __future__ import annotations

import functools
import re
from datetime import date

from askfoi.knowledge import compile_any, load_vocab


@functools.lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str] | None]:
    data, _ = load_vocab("sar_extension")
    data = data if isinstance(data, dict) else {}

    def one(key: str) -> re.Pattern[str] | None:
        value = data.get(key)
        return compile_any([str(p) for p in value] if isinstance(value, list) else [str(value)] if value else [])

    return {key: one(key) for key in ("extension", "until", "workload", "complex")}


def _sentences(text: str) -> list[str]:
    from askfoi.reader import read_sentences

    return [s.text for s in read_sentences(text[:20000]) if s.role not in ("rights", "boilerplate", "request", "hypothetical")]


def sar_extension(text: str | None, *, sent: date | None = None, received: date | None = None, scotland: bool = False,
                  today: date | None = None) -> dict | None:
    """What a subject access reply TEXT that extends the time to answer says, checked against the law; None when it
    extends nothing. SENT: the day the request was received by the organisation (the month runs from it); RECEIVED: the
    day this letter came. Returns {until, due, furthest, told_late, beyond, workload, complex} (dates as long dates,
    None where not known): told_late, the letter came after the first month; beyond, the date it gives is after the
    furthest lawful date; workload, the words of a reason that is the organisation's own workload."""
    if not isinstance(text, str) or not text.strip():
        return None
    rules = _rules()
    if rules["extension"] is None:
        return None
    said = [s for s in _sentences(text) if rules["extension"].search(" ".join(s.split()))]
    if not said:
        return None
    from askfoi.deadlines import deadline, long_date
    from askfoi.models import Regime
    from askfoi.reply_explain import dates_in

    until = None
    for sentence in _sentences(text):
        for start, _, when in dates_in(sentence):
            if rules["until"] is not None and rules["until"].search(sentence[max(0, start - 40):start]) and (
                    sent is None or when > sent):
                until = when
                break
        if until is not None:
            break
    flat = " ".join(" ".join(said).split())
    workload = rules["workload"].search(flat) if rules["workload"] is not None else None
    found = deadline(sent, Regime.SAR, scotland=scotland) if sent is not None else None
    due, furthest = (found.due, found.extended_due) if found is not None else (None, None)
    return {"until": long_date(until) if until else None, "due": long_date(due) if due else None,
            "furthest": long_date(furthest) if furthest else None,
            "told_late": bool(due and received and received > due),
            "beyond": bool(furthest and until and until > furthest),
            "overdue": bool(due and (today or date.today()) > due),
            "workload": workload.group(0).strip() if workload else None,
            "complex": bool(rules["complex"] and rules["complex"].search(flat))}
