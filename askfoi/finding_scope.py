"""Each finding decided on the part or sentence it is about (ck12, issue 8).

`askfoi.checks.check_request` reads a first message whole: a trigger anywhere in it (a why in the story, "ever since"
in a reader's letter, years listed in a remark) raises a finding, and framing then makes its letter from only some of
the sentences. An FOI officer judges the letter's parts, so a finding about one sentence holds only where that
sentence is on the letter (a part, or a question asked back to be framed), never where it is the story, a remark or
the salutation; a message with nothing to put on a letter yet has no sentence such a finding can be about. Three further rules read what the parts ask, not the words around them:

- a sentence set aside as a remark keeps an opinion finding only when it explicitly asks someone ("I would like to
  know why ...", "please explain ..."): that question is then said to be left out, and why;
- a long span of years is no cost risk when every part asks for a figure (a count, a sum, a percentage per year is
  kept as statistics, not found by searching records);
- a part gets one story-reference finding, for the first word that points at the story.

Findings about the whole request (its period, its number of parts, the body, the law) and those framing itself
raised on a part are left as they are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from askfoi.framing import Framing

# findings about one sentence of the request, raised by the whole-message check
SENTENCE_CODES = frozenset({
    "not-recorded-information", "third-party-personal-data", "cost-limit-risk", "commercial-sensitivity",
    "vague-scope", "planning-representations", "footage-retention", "no-counted-noun",
})
# ck35: a person's data told in the story ("the council paid a settlement to the former head of housing, John Pearce")
# that the parts then ask about ("How much did he get?"): the finding stays though its sentence is no part
_TOLD_PERSON_VARIANTS = frozenset({"one_person_pay"})
# a sentence that explicitly asks someone for something (not a question asked for effect)
_ASKS_SOMEONE = re.compile(
    r"(?i)\bplease\b|\bkindly\b|\b(?:i|we)(?:\s+would|\s*'d|\s*\u2019d)\s+(?:like|love|want|appreciate)\b"
    r"|\b(?:i|we)\s+(?:want|wish|need|ask|request)\b"
    r"|\b(?:can|could|would|will)\s+(?:you|they|the\s+[\w-]+|someone|somebody)\s+(?:please\s+)?(?:tell|explain|say|confirm|"
    r"let|justify|comment|give|provide)\b|\btell\s+(?:me|us)\b|^\W*(?:please\s+)?(?:explain|justify|comment\s+on)\b")
# a part that asks for a figure (a count, a sum, a share, an average), framed or kept in the person's words
_FIGURE_KINDS = frozenset({"count", "statistics", "total_spend", "income", "figure"})
_FIGURE_WORDS = re.compile(
    r"(?i)^\W*(?:\(?[\w]{1,3}[.)]\s*)?(?:and\s+)?(?:please\s+(?:provide|give|state|confirm)\s+)?(?:(?:can|could)\s+you\s+"
    r"(?:please\s+)?(?:tell\s+me|provide|give)\s+)?(?:how\s+(?:many|much|often|long)|(?:the\s+|a\s+)?(?:total\s+)?"
    r"(?:(?:monthly|annual|yearly|weekly|quarterly)\s+)?(?:number|numbers|amount|amounts|total|totals|percentage|proportion|average|cost|costs|count|figures?|revenue|income|"
    r"expenditure|spend|spending)\b"
    r"|what\s+(?:is|was|were|are)\s+the\s+(?:total|number|amount|average|percentage|proportion|cost)\b)")
_PERIOD_WORDS = re.compile(r"(?i)\b(?:19|20)\d\d\b|\b(?:years?|months?|since|ever)\b")


_ITEM_MARK = re.compile(r"^\W*(?:\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")


def _norm(text: str) -> str:
    return re.sub(r"[^\w\u00a3$%]+", " ", (text or "").lower()).strip()


def _stands_in(evidence: str, texts: list[str]) -> bool:
    """Whether EVIDENCE (a finding's quoted words, perhaps cut short with an ellipsis) stands in one of TEXTS."""
    evidence = _ITEM_MARK.sub("", evidence or "")  # ck15: "4) An explanation ...": the list item's number is no word of it
    pieces = [_norm(p)[:80] for p in re.split(r"\s*\.\.\.\s*|\u2026", evidence or "") if _norm(p)]
    if not pieces:
        return True  # nothing quoted: nothing to place
    normed = [_norm(t) for t in texts]
    return any(pieces[0] in t for t in normed)


def _sentence_of(evidence: str, sentences: list[str]) -> str:
    piece = _norm(re.split(r"\s*\.\.\.\s*|\u2026", evidence or "")[0])[:80]
    return next((s for s in sentences if piece and piece in _norm(s)), "")


def asks_for_a_figure(part) -> bool:
    """Whether PART (a Frame) asks for a figure: a count, a sum, a share or an average."""
    if getattr(part, "kind", "") in _FIGURE_KINDS:
        return True
    return any(_FIGURE_WORDS.match(t) or _FIGURE_CLAUSE.search(t) for t in (part.source or part.text or "", part.text or ""))


# ck25b: the figure asked after a leading phrase ("On census day in 2024 and 2023, how many children ...", "Of these,
# how many ...", "please tell me what proportion ...")
_FIGURE_CLAUSE = re.compile(r"(?i)(?:[,:;]\s*|\b(?:tell|give|send|provide)\s+(?:me|us)\s+)(?:(?:and|then)\s+)?(?:how\s+(?:many|much)|"
                            r"what\s+(?:proportion|percentage|number|share)|the\s+(?:total\s+)?(?:number|amount|proportion|percentage))\b")
# ck25b: a yes/no question about what the body did or does ("Has your local authority employed bailiffs ... over the
# last five years?"): one fact of its practice, not a search of its records
_YES_NO_FACT = re.compile(r"(?i)^\W*(?:\(?\w{1,3}[.)]\s*)?(?:has|have|had|did|does|do|is|are|was|were)\s+(?:your|the|this|you)\b[^?]*\?")


def asks_a_fact(part) -> bool:
    """Whether PART asks for a figure or whether the body did something (a yes/no of its practice): answered from
    what the body knows of its own figures and practice, so a long period is no search of records."""
    return asks_for_a_figure(part) or bool(_YES_NO_FACT.match(part.source or "") or _YES_NO_FACT.match(part.text or ""))


def _on_figures(finding, framing: "Framing") -> bool:
    """(ff27) Whether the period FINDING quotes is asked only of figures given period by period: the parts that hold its
    words (or the part it names) all ask a count, a sum or a total per month or year ("the monthly revenue ... for the
    12 months from October 2018", "the total number of households ... for each year from 2020"), so the period says how
    far back the figures go, not how many records are searched, whatever the letter's other parts ask for."""
    evidence = getattr(finding, "evidence", "") or ""
    holding = [p for p in framing.parts if _stands_in(evidence, [p.source or "", p.text or ""])]
    k = getattr(finding, "part", None)
    if not holding and k and 0 < k <= len(framing.parts):
        holding = [framing.parts[k - 1]]
    return bool(holding) and all(asks_a_fact(p) and _PER_PERIOD.search(f"{p.source or ''} {p.text or ''}") for p in holding)


# ff27: a figure given period by period ("the monthly revenue", "for each year from 2020", "by financial year"): the
# figures a body keeps as routine returns, unlike one total over a long span, which may mean adding up its records
_PER_PERIOD = re.compile(r"(?i)\b(?:monthly|annual|annually|yearly|weekly|quarterly|each\s+(?:year|month|quarter|week)|"
                         r"per\s+(?:year|month|annum|quarter)|by\s+(?:(?:financial|calendar)\s+)?(?:year|month|quarter)s?|"
                         r"(?:financial|calendar)\s+years?\s+(?:19|20)\d\d|(?:for|in)\s+(?:each\s+of\s+)?the\s+(?:financial|calendar)\s+years)\b")


def ncnd_on_parts(finding, framing: "Framing"):
    """ck15: the whole message's ncnd-risk FINDING decided on what the letter asks: kept when a part (or a question
    asked back) raises it read on its own (the covert tactic is asked about, not only named in the story); then the
    finding of the first such part, so its evidence is that part's words and it names that part. None when no part
    raises it."""
    from askfoi.checks import check_request

    name = framing.authority.name if framing.authority else None
    asked = [(t, k) for k, p in enumerate(framing.parts) for t in (p.source, p.text) if t]
    asked += [(q, None) for q in framing.unframed if q]
    if not asked:
        return finding  # nothing framed yet: the message is all there is to judge
    hits = []
    for words, k in asked:
        if k is not None and any(k == h[1] for h in hits):
            continue  # the part's other wording: it raised it already
        hit = next((f for f in check_request(words, name).findings if f.code == "ncnd-risk"), None)
        if hit is not None:
            hits.append((words, k, hit))
    if not hits:
        return None
    # rv61 (nc61 #15): the parts that ask about covert use in so many words ("whether the met uses facial recognition
    # secretly") are the ones the warning is about, when some do; the finding names them and is told about them alone
    from askfoi.ncnd_topics import _covert_words

    covert = _covert_words()
    said = [h for h in hits if covert is not None and covert.search(h[0])] or hits
    numbers = list(dict.fromkeys(k + 1 for _, k, _ in said if k is not None))
    words, k, hit = said[0]
    if not numbers:
        return hit
    which = "part " + str(numbers[0]) if len(numbers) == 1 else \
        "parts " + ", ".join(map(str, numbers[:-1])) + " and " + str(numbers[-1])
    named = next((f for f in check_request(words, name, which_part=which).findings if f.code == "ncnd-risk"), hit)
    return named.model_copy(update={"part": numbers[0]})


def findings_on_parts(framing: "Framing", from_check: set[int]) -> list:
    """FRAMING's findings, each judged on the part or sentence it is about (see the module's doc). FROM_CHECK: the
    ids of the findings the whole-message check raised (framing's own findings are judged where they are made)."""
    asked = [t for p in framing.parts for t in (p.source or "", p.text or "") if t] + list(framing.unframed)
    aside = list(framing.remarks)
    figures_only = bool(framing.parts) and all(asks_a_fact(p) for p in framing.parts)
    out = []
    story_parts: set[str] = set()
    for finding in framing.findings:
        code = getattr(finding, "code", "")
        evidence = getattr(finding, "evidence", "") or ""
        if id(finding) in from_check and code == "ncnd-risk":
            finding = ncnd_on_parts(finding, framing)
            if finding is None:
                continue  # the tactic named only in the story or a remark ("speculation these cameras may include ANPR")
            evidence = finding.evidence
        if id(finding) in from_check and code in SENTENCE_CODES and not _stands_in(evidence, asked):
            if getattr(finding, "variant", None) in _TOLD_PERSON_VARIANTS and framing.parts:
                out.append(finding)  # ck35: the person the story names is who the parts ask about ("how much did he get?")
                continue
            sentence = _sentence_of(evidence, aside)
            if not (code == "not-recorded-information" and sentence and _ASKS_SOMEONE.search(sentence)):
                continue  # the story, a remark, the salutation: no part of the letter says it
        if code == "cost-limit-risk" and (figures_only or _on_figures(finding, framing)) \
                and _PERIOD_WORDS.search(evidence) and not re.search(r"(?i)\b(?:all|any|every)\b", evidence):
            continue  # "2019 ... 2024" over yearly counts: statistics kept by year, no search of records
        if code == "ncnd-risk":
            # rv61 (nc61 #15): the warning names the part it is about (a framed part's own warning is headed with its
            # number), so the letter's other parts (public deployments, totals) are not taken for the ones to re-scope
            k = getattr(finding, "part", None)
            k = k - 1 if k else next((i for i, p in enumerate(framing.parts) if p.warning and p.warning == finding.message), None)
            message = getattr(finding, "message", "") or ""
            if k is not None and 0 <= k < len(framing.parts) and not re.search(rf"(?i)\bparts?\s+(?:[\d, ]+and\s+)?{k + 1}\b", message):
                finding = finding.model_copy(update={"part": k + 1, "message": f"Part {k + 1}: {message}"})
        if code == "story-reference":
            message = getattr(finding, "message", "") or ""
            part = next((p for p in framing.parts if p.text and p.text[:60] in message), None) or next(
                (p for p in framing.parts if evidence.strip() and re.search(
                    rf"(?i)\b{re.escape(evidence.strip())}\b", p.text or "")), None)
            if part is not None:
                if part.text in story_parts:
                    continue  # one finding a part: "this" and "this matter" are one fix
                story_parts.add(part.text)
        out.append(finding)
    return out
