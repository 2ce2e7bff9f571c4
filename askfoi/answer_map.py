"""Which answer in a reply belongs to which part of the person's request (fu31, issue 10, nu33 #9).

A reply that answers part by part says which part each answer is for: a heading of its own ("Response to part 2",
"Question 1", "Q3:"), or the question restated and answered under "Response:". The part an answer belongs to is
that number, or the request part whose words the answer quotes; never its place in the letter (answers can come in
another order). Where the number and the quoted question disagree, or two answers claim one part, the part is
"unclear": askfoi says so rather than pair an answer with the wrong question.

What each answer decided is read by the reader (askfoi/reader.py, read_reply) on that answer's own text; this module
decides nothing about the whole reply's outcome. The labels are data: knowledge/vocab/answer_labels.yaml.
Core module: no textual, no rich."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from askfoi.knowledge import compile_any, load_vocab
from askfoi.models import Outcome
from askfoi.reader import PartReading, read_reply, read_sentences

MAX_PARTS = 12  # (each answer is read by the reader: a longer list is left to its own part reading)
# rd100 (fresh99's Devon letters, tuning): "1.a) In the 12 months ..." - the item's number with its first sub-item's
# letter run on after the point is that item ("3.a) ... b) ..."), never "1.5 million" (a letter and its bracket follow)
_ITEM = re.compile(r"^\s*\(?(\d{1,2})[.):](?:\s+|(?=[a-z][.)]\s))(\S.*)$")
# rd98 (nc97, Thurrock): a part's number alone on its line, its answer on the lines below ("1.\nFinancial year ...")
_BARE_ITEM = re.compile(r"^\s*\(?(\d{1,2})[.):]$")
# rd98: a line's markdown emphasis, kept when a reply is copied from a rendered page ("**1. How many ...?**")
_EMPHASIS = re.compile(r"^(?:\*\*|__)|(?:\*\*|__)$")
# rd98: a question restated after its heading in the words of a request, not a question mark ("Question 3 - Please list
# the staff who approved them.")
_ASKS = re.compile(r"(?i)^(?:please|could you|can you|would you|kindly|provide|list|give|send|supply|confirm|state|"
                   r"how (?:many|much|often|long)|what|which|who|when|where|why|whether)\b(?!.*\b(?:withheld|exempt|not held|"
                   r"does not hold|do not hold|attached|enclosed|published)\b)")
# rd98: an exemption cited by its heading on a line of its own ("Section 43 - Commercial Interests", "s.40(2): Personal
# information")
_CITED_HEADING = re.compile(r"^(?:section|s\.?)\s*\d{1,2}(?:\(\w{1,4}\))*\s*[-\u2013\u2014:]\s*[A-Z][\w ,'&-]{2,60}$", re.I)
# rd79: a request's question written with its letter and no stop: "Q1 Under the above request could I ask ...",
# "Question 2 Please provide ..." (never a bare number: "2023 figures ...")
_Q_ITEM = re.compile(r"^\s*\(?Q(?:uestion)?\s*(\d{1,2})\b[.):]?\s+(\S.*)$", re.I)
_WORD = re.compile(r"[a-z0-9£']+")
_STOP = frozenset("""a an the of on in at to for from by with and or any all your you our we i is are was were be been
this that these those it its how many much what which who whom when where why whether do does did has have had
number numbers total amount please provide information details each per year years""".split())


class _Headings:
    """The heading patterns, each with its own group "n" (one alternation cannot name a group twice)."""

    def __init__(self, patterns: list[str]) -> None:
        self.patterns = []
        for p in patterns:
            try:
                self.patterns.append(re.compile(p, re.IGNORECASE))
            except re.error:
                continue

    def search(self, line: str) -> re.Match[str] | None:
        for p in self.patterns:
            m = p.search(line)
            if m is not None:
                return m
        return None


@functools.lru_cache(maxsize=1)
def _labels() -> tuple[_Headings, re.Pattern[str] | None, re.Pattern[str] | None]:
    data, _ = load_vocab("answer_labels")
    data = data if isinstance(data, dict) else {}
    return (_Headings([str(p) for p in data.get("heading") or []]),
            compile_any(str(p) for p in data.get("answer_line") or []), compile_any(str(p) for p in data.get("end") or []))


@functools.lru_cache(maxsize=1)
def _answer_labels() -> _Headings:
    data, _ = load_vocab("answer_labels")
    return _Headings([str(p) for p in (data if isinstance(data, dict) else {}).get("answer_label") or []])


@dataclass
class MappedPart:
    """One part of the request and the answer the reply gives it. STATUS: "mapped" (the reply's own number or quoted
    question says this answer is for it), "unclear" (the number and the quoted question disagree, or two answers claim
    it), "missing" (no answer labelled for it) or "unread" (labelled, but askfoi cannot read what it decided)."""

    number: str
    status: str
    question: str = ""
    answer: str = ""
    outcome: Outcome | None = None
    sections: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    why: str = ""

    def reading(self) -> PartReading | None:
        if self.status != "mapped" or self.outcome is None:
            return None
        return PartReading(number=self.number, outcome=self.outcome, sections=list(self.sections),
                           evidence=list(self.evidence), ncnd=self.outcome == Outcome.ncnd)


def _words(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text.lower()):
        w = w.strip("'")
        if len(w) < 2 or w in _STOP:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def request_items(request: str | None) -> list[tuple[str, str]]:
    """The person's numbered parts (number, text); one unnumbered request is part 1."""
    if not request or not request.strip():
        return []
    items = []
    end = _labels()[2]
    open_item = False  # the last item may still run on (its wrapped lines, up to the sign-off)
    gap = False  # nz73: a blank line since the last item's last line
    for line in request.splitlines():
        m = _ITEM.match(line) or _Q_ITEM.match(line)
        if m:
            items.append((m.group(1), m.group(2).strip()))
            open_item, gap = True, False
        elif end is not None and end.search(line.strip()):
            # rv61 (nc61 #2): "6. Whether ...\n\nYours faithfully,\n\nLeila Haddad": the sign-off is not part 6
            open_item = False
        elif not line.strip():
            gap = bool(items)
        elif items and open_item and re.match(r"For the period\b[^.]*\.$", line.strip()) and re.search(r"[.?!]\)?$", items[-1][1]):
            # nz73 (nc73 #7): the period the whole request asks about, on its own line after the list (the reply path's
            # form of the request written in the chat, conversation.request_for_reply): no words of the last part
            open_item = False
        elif items and open_item and gap and re.search(r"[.?!]\)?$", items[-1][1]):
            # nz73 (nc73 #7): a finished item, a blank line and a paragraph of the letter ("Under section 11 of the Act,
            # I would like ...", "If answering all parts would exceed the cost limit ..."): that paragraph is no part
            open_item = False
        elif items and open_item:
            items[-1] = (items[-1][0], items[-1][1] + " " + line.strip())
    return items


def _ones_in_order(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """rd94: the request's items all numbered "1." (a list copied from a web page, each item restarting its own list)
    are its parts 1, 2, 3 ... in their order; any other numbering is kept."""
    if len(items) >= 2 and all(n == "1" for n, _ in items):
        return [(str(k + 1), q) for k, (_, q) in enumerate(items)]
    return items


def _quoted_part(question: str, items: list[tuple[str, str]]) -> str | None:
    """The request part whose words QUESTION restates (None: none clearly)."""
    mine = _words(question)
    if len(mine) < 2 or not items:
        return None
    scores = []
    for num, text in items:
        theirs = _words(text)
        if not theirs:
            continue
        scores.append((len(mine & theirs) / max(1, min(len(mine), len(theirs))), num))
    scores.sort(reverse=True)
    if not scores or scores[0][0] < 0.6:
        return None
    if len(scores) > 1 and scores[1][0] >= scores[0][0] - 0.15:
        return None
    return scores[0][1]


@functools.lru_cache(maxsize=1)
def _answer_items() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data, _ = load_vocab("answer_labels")
    data = data if isinstance(data, dict) else {}
    return (compile_any(str(p) for p in data.get("answer_figure") or []),
            compile_any(str(p) for p in data.get("answer_end_heading") or []))


def _states_answer(text: str) -> bool:
    """ny70 (nc70 #5): a numbered line that is itself that part's answer (a decision, or a figure stated as a fact:
    "1. Greater Manchester Police currently operates a fleet of 23 drones."), not the question told back."""
    figure, _ = _answer_items()
    if text.rstrip().endswith("?"):
        return False
    if figure is not None and figure.search(text):
        return True
    return any(s.role == "decision" for s in read_sentences(text))


# rd99: a part's answer label inside its heading line, after the question restated: "A1 /", "A2:", "Answer 3 -" after a
# space or run into the question's last word ("StrategyA1 /"); the label written with a capital and its separator
_INLINE_ANSWER = re.compile(r"(?:(?<=[a-z0-9?.)\]])|(?<=\s))(?-i:A|Ans|Answer)\s?(?P<n>\d{1,2})\s*[/:.)\u2013-]\s*")


@dataclass
class _Block:
    number: str | None
    question: str
    lines: list[str]
    answered: bool = False  # an answer line ("Response:") has been read


def _restates(line: str, asked: dict[str, str], number: str, *, fewest: int = 2) -> bool:
    """rd100: LINE (a numbered line of the reply, or a line of its item told back with it) tells back the request's own
    item NUMBER in its words (most of the line's words are the item's)."""
    mine, theirs = _words(line), _words(asked.get(number, ""))
    return len(mine) >= fewest and len(mine & theirs) >= 0.8 * len(mine)


# rd100: an answer of figures alone - numbers with their separators, a year range, a currency or per cent sign, and no word
_FIGURES_ONLY = re.compile(r"^[\s£$€%*:;,.()/\u2013-]*\d[\d\s£$€%*:;,.()/\u2013-]*$")


def _after_the_item(line: str, item: str) -> str:
    """rd100: what LINE says after telling back the request's ITEM word for word (its whole text, at least four words
    long), or "" when it does not."""
    said, own = " ".join(line.split()), " ".join(item.split())
    if len(_words(own)) < 4 or not said.lower().startswith(own.lower()):
        return ""
    rest = said[len(own):].strip(" :-\u2013")
    return rest if re.search(r"\w", rest) else ""


def _blocks(text: str, asked: dict[str, str] | None = None) -> list[_Block]:
    """The reply's answers, each with the number its heading gives (or its restated numbered question). ASKED: the
    request's own items by number, when the request is known (rd100)."""
    heading, answer_line, end = _labels()
    lines = text.splitlines()
    blocks: list[_Block] = []
    current: _Block | None = None
    pending_item: tuple[str, str] | None = None  # "2. Who were ...?" waiting for its "Response:" line
    listed = 0  # items told back one after another with no answer between them
    run: list[tuple[str, str]] = []  # nx64: those items (number, question)
    gap = False  # nx64: a blank line since the last item's line
    para: list[str] = []  # nx64: the lines after that blank line, not yet taken as an answer
    told: dict[str, str] = {}  # ny70: the request told back as a list before a heading alone ("In response:")
    from askfoi.reply_request import quoted_items

    quoted = {" ".join(q.split())[:60] for q in quoted_items(text)}  # ny70: the request told back under "You asked for:"
    untold: list[_Block] = []  # ny70: answers read from their own numbered lines, with no request told back above
    asked_items: list[str] = []  # ny70: the numbers of the lines read as questions told back
    own: _Block | None = None  # ny70: the answer a numbered line states itself, still running on
    end_heading = _answer_items()[1]
    from askfoi.reader import _NUMBERED_LINE, statute_line

    in_law = False  # rd76: inside a subsection of the Act written out under its heading ("(1) Information is exempt ...")
    emphasised = False  # rd98: the item waiting for its answer was written in bold
    opened = False  # rd98: a heading alone ("Response:") with no question told back above it: numbers alone may follow
    ended: int | None = None  # rd99: past a sign-off after answers, the last answer's number
    restated = False  # rd100: the item waiting for its answer tells back the request's own item in its words
    told_back: _Block | None = None  # rd100: the answer opened under such an item, still running on
    for raw in lines:
        line = _EMPHASIS.sub("", raw.strip()).strip()
        bold = line != raw.strip()
        if not line:
            gap = True
            continue
        if statute_line(line) or (in_law and _NUMBERED_LINE.match(line.lower())):
            in_law = True
            continue  # the Act's numbered lines are never the reply's answers
        in_law = False
        if ended is not None:
            # rd99: past a sign-off after answers, only the next part's own heading ("Q2 / ...") reopens the answers (a
            # letter printed with its rights notice between two answers: "... not held by the Trust.\nIf you are
            # unhappy with the response ...\nQ2 / Please supply ...\nA2 / ..."); anything else is the sign-off's
            h = heading.search(line)
            if h is None or not h.group("n").isdigit() or int(h.group("n")) != ended + 1:
                continue
            ended = None
        if end is not None and end.search(line):
            current, pending_item = None, None
            if blocks:
                last = blocks[-1].number
                ended = int(last) if last and last.isdigit() else None
                if ended is None:
                    break
            continue
        if own is not None and gap and end_heading is not None and end_heading.search(line):
            current = own = None  # ny70: "Harm in confirming or denying:": the reasoning for the whole letter
            continue
        h = heading.search(line)
        if h is not None and told_back is not None and current is told_back and h.group("n") == current.number:
            # rd100: "4. In the five years ...\na. secure accommodation\nIn response to Question 4 and its subsections,
            # we consider ... exempt": the answer under the item told back names its own number; it runs on
            current.lines.append(line)
            continue
        if h is not None:
            rest = line[h.end():].strip(" :./-\u2013\u2014)")
            from askfoi.part_decisions import _labels_of

            # lead39 (newcomer): "Parts 2 and 3:", "Questions 4-6": one answer for each part the heading names
            numbers = [n for n in _labels_of(h.group("n")) if n.isdigit()] or [h.group("n")]
            shared: list[str] = []
            current = _Block(numbers[0], "", shared)
            blocks.append(current)
            blocks.extend(_Block(n, "", shared) for n in numbers[1:])
            pending_item = None
            inline = _INLINE_ANSWER.search(rest) if len(numbers) == 1 else None
            if inline is not None and inline.group("n") == numbers[0]:
                # rd99: "Q1 / Please supply a copy of the latest Workforce Change Strategy A1 / Empath do not have ...":
                # the question and its own labelled answer on one line (or run together, "...StrategyA1 / ...")
                current.question = rest[: inline.start()].strip()
                current.answered = True
                if rest[inline.end():].strip():
                    current.lines.append(rest[inline.end():].strip())
            elif rest:
                if rest.endswith("?") or _ASKS.match(rest):  # rd98: "Question 3 - Please list the staff ..."
                    current.question = rest
                else:
                    current.lines.append(rest)
            continue
        al = _answer_labels().search(line)
        if al is not None:
            rest = line[al.end():].strip()
            if current is not None and current.number == al.group("n") and not current.answered:
                if current.lines and not current.question:
                    current.question, current.lines = " ".join(current.lines), []
                current.answered = True
            else:  # "A3 ..." under no question 3: the answer to part 3 starts here
                current = _Block(al.group("n"), "", [], True)
                blocks.append(current)
            pending_item = None
            if rest:
                current.lines.append(rest)
            continue
        bare = _BARE_ITEM.match(line)
        if bare is not None and (bare.group(1) in told or blocks or opened):
            # rd98 (nc97, Thurrock): "Response:\n\n1.\nFinancial year ... \n\n2. Information in relation to ...": the
            # number alone opens that part's answer (a table, a figure) as "2. ..." opens the next; under the request
            # told back above, its question is that item; after other answers, it is a heading of its own ("Question 1")
            n = bare.group(1)
            current = own = _Block(n, told.get(n, ""), [], n in told)
            blocks.append(current)
            pending_item, listed, run, gap, para = None, 0, [], False, []
            continue
        item = _ITEM.match(line)
        if item is not None and (item.group(1) in told or (" ".join(item.group(2).split())[:60] not in quoted
                                                           and _states_answer(item.group(2)))):
            # ny70 (nc70 #5): "1. Greater Manchester Police currently operates a fleet of 23 ...": the answer to part
            # 1 on its own numbered line, under the request told back above it ("You asked: 1. ... In response: 1.
            # ...") or with none; what it decides is its own, never a question told back for a later paragraph
            current = own = _Block(item.group(1), told.get(item.group(1), ""), [item.group(2).strip()], True)
            blocks.append(current)
            if item.group(1) not in told:
                untold.append(current)
            pending_item, listed, run, gap, para = None, 0, [], False, []
            continue
        if item is not None and asked and (rest := _after_the_item(item.group(2), asked.get(item.group(1), ""))):
            # rd100 (fresh99's Devon table, tuning): the request's own item told back word for word with its answer
            # run on after it on the same line ("1. Broken down per financial year how many FOI requests have you
            # received? 1360 1218 1389"): what follows the item's words is its answer
            current = told_back = _Block(item.group(1), asked[item.group(1)], [rest], True)
            blocks.append(current)
            pending_item, listed, run, gap, para, restated = None, 0, [], False, [], False
            continue
        if item is not None:
            asked_items.append(item.group(1))
            listed = listed + 1 if pending_item is not None else 1
            run = [*run, (item.group(1), item.group(2).strip())] if pending_item is not None else [
                (item.group(1), item.group(2).strip())]
            pending_item = (item.group(1), item.group(2).strip())
            current, gap, para, emphasised = None, False, [], bold
            restated = bool(asked) and _restates(item.group(2), asked, item.group(1))
            continue
        a = answer_line.search(line) if answer_line is not None else None
        if a is not None and pending_item is None and current is None and not blocks and not line[a.end():].strip():
            opened = True
        if a is not None and pending_item is not None and listed > 1 and not line[a.end():].strip():
            # rv61 (nc61 #2): "1. ... 2. ... 6. Whether ...\nDECISION\n...": a heading alone after the request told back
            # as a list, none of its items answered, opens the whole reply's decision, not the last item's answer
            told = dict(run)  # ny70: its numbered lines below answer these items by their numbers
            current, pending_item = None, None
            continue
        if a is not None and pending_item is not None:
            current = _Block(pending_item[0], pending_item[1], [], True)
            blocks.append(current)
            pending_item = None
            rest = line[a.end():].strip()
            if rest:
                current.lines.append(rest)
            continue
        if a is not None and current is not None and not current.answered:
            # "Question 1: How many ...\nResponse: ...": what came before the answer line restates the question
            if current.lines and not current.question:
                current.question, current.lines = " ".join(current.lines), []
            current.answered = True
            _answered_together(blocks, current)
            rest = line[a.end():].strip()
            if rest:
                current.lines.append(rest)
            continue
        if current is not None:
            current.lines.append(line)
        elif pending_item is not None and restated and len(run) == 1:
            # rd100 (fresh99's Devon letters, tuning): each of the request's items told back in its own words, its
            # answer on the lines below with no label and no blank line ("2. Which tasks were distributed ...?\nThe
            # Council do not hold this information ..."); the item's own lines told back with it ("b) How many got
            # one?") stay the question, the first line in other words opens the answer
            if _restates(line, asked or {}, pending_item[0], fewest=1) and not _states_answer(line):
                pending_item = (pending_item[0], pending_item[1] + " " + line)
                continue
            current = _Block(pending_item[0], pending_item[1], [line], True)
            blocks.append(current)
            pending_item, para, restated = None, [], False
            told_back = current
        elif pending_item is not None and (gap or emphasised) and (numbers := _answered_items(" ".join([*para, line]), run)):
            # rd98: or on the very next line under a question restated in bold ("**1. How many permits ...?**\n3,410
            # permits were issued."): the emphasis makes the question a heading (a plain question then its answer on the
            # next line is left to the reader's own part reading, as before)
            # nx64 (nc64 #4): a question told back, then its answer in a paragraph of its own with no label ("1. The
            # number of ...\n\nDigital triage devices were used on 2,914 occasions"); after two or more told back in
            # a row, only an answer that names them ("questions 2 and 3") is theirs (a request told back as a list,
            # then one answer to it all, is no answer to its last item)
            shared = [*para, line]
            asked = dict(run)
            current = _Block(numbers[0], asked.get(numbers[0], ""), shared, True)
            blocks.append(current)
            blocks.extend(_Block(n, asked.get(n, ""), shared, True) for n in numbers[1:])
            pending_item, para = None, []
        elif pending_item is not None:
            if gap:
                para.append(line)
            pending_item = (pending_item[0], pending_item[1] + " " + line)
    if blocks and len(blocks[-1].lines) > 1 and _CITED_HEADING.match(blocks[-1].lines[-1]):
        # rd98 (nc97, Thurrock): "4. The transport system does not store ...\n\nSection 43 - Commercial Interests": an
        # exemption named by its heading alone after the last answer is the letter's, not the last part's
        blocks[-1].lines.pop()
    answered = {b.number for b in blocks}
    numbered = [m.group(1) for m in (_ITEM.match(x.strip()) for x in lines) if m]  # after the sign-off too
    if untold and any(n not in answered for n in asked_items + numbered):
        # ny70: a numbered line left as a question no answer follows ("1. Grounds maintenance is carried out by our
        # contractor ..." beside "2. The Council does not hold ..."): the list is not answers by their own numbers
        blocks = [b for b in blocks if not any(b is u for u in untold)]
    return [b for b in blocks if b.lines]


# rd101: a line that only joins one question told back to the next ("And;", "and", "&", "Also:")
_JOINER = re.compile(r"^(?:and|&|also|plus|or)\s*[;:,.]?$", re.I)
# rd101: words told back that ask (a question, a request's verb, or what it asks for: "The number of dogs seized ...",
# "Details of ..."), never a statement answering ("Forty-one potholes were reported ...")
_ASKED_FOR = re.compile(r"(?is)^(?:.*\?\s*$|(?:please|could|can|would|kindly|provide|list|give|send|supply|confirm|state|"
                        r"what|which|who|when|where|why|how|whether|is|are|do|does|did|has|have)\b|(?:a |an |the |all |any )?"
                        r"(?:total |full |annual )?(?:numbers?|amounts?|totals?|lists?|names?|details?|cop(?:y|ies)|costs?|"
                        r"values?|breakdowns?|figures?|records?|dates?|reasons?)\b(?: \w+){0,2}? (?:of|for|on|by|showing)\b)")


def _answered_together(blocks: list[_Block], current: _Block) -> None:
    """rd101 (fresh100's TfL and PSNI letters, tuning): questions told back one after another under their own headings
    ("Question 3: In the past five years ...?\nAnd;\nQuestion 4: ...?\nAnd;\nQuestion 5: ...?\nAnswer: ..."; "Request 1
    / the request's words / Request 2 / ... / Answers"), with no answer between them, then one answer: that answer is
    each one's. A heading before CURRENT, not yet answered, whose lines only join it to the next question or tell a
    question back (four words or more, no decision and no figure stated) takes CURRENT's answer; its lines are its
    question. A heading whose lines answer it ("42 permits were issued.") ends the run."""
    at = next((k for k, b in enumerate(blocks) if b is current), None)
    if at is None or not current.question:
        return
    for b in reversed(blocks[:at]):
        if b.answered or b.lines is current.lines or not b.number:
            break
        said = " ".join(x for x in b.lines if not _JOINER.match(x.strip()))
        if said and (len(_words(said)) < 4 or _states_answer(said) or not _ASKED_FOR.match(said)):
            break
        if not (b.question or said):
            break
        b.question = " ".join(x for x in (b.question, said) if x)
        b.lines, b.answered = current.lines, True


def _answered_items(text: str, run: list[tuple[str, str]]) -> list[str]:
    """(nx64) The told-back items RUN (number, question) that the paragraph TEXT answers: the one item told back
    alone; of several in a row, those the paragraph names, when it names only them ("questions 2 and 3")."""
    numbers = [n for n, _ in run]
    if len(numbers) == 1:
        return numbers
    from askfoi.part_decisions import part_labels

    named = part_labels(text)
    labels = [n for n in (named.labels if named else ()) if n.isdigit()]
    return labels if len(labels) >= 2 and set(labels) <= set(numbers) else []


def _regime_prefixed(sections: list[str], law: str | None) -> list[str]:
    if law in ("FOISA",) and sections:
        return [s if " " in s else f"FOISA {s}" for s in sections]
    return list(sections)


_LAW_TITLES = {"FOISA": "Freedom of Information (Scotland) Act 2002.\n",
               "EIR": "Environmental Information Regulations 2004.\n",
               "EISR": "Environmental Information (Scotland) Regulations 2004.\n"}


def _own_part(answer: str, number: str | None) -> str:
    """rv61: in the answer to part N, "question N" is this part ("... any information relevant to question 5 by virtue
    of ..."): said so, the reader does not take it for a decision scoped to one part of several."""
    if not number:
        return answer
    return re.sub(r"\b(question|part|request|point|item|element)\s?" + re.escape(number) + r"\b(?!\s*(?:\(|[a-h]\b|,|&|and\b|or\b|to\b|-|\u2013))",
                  r"this \1", answer, flags=re.I)


def _read_answer(answer: str, law: str | None, number: str | None = None) -> tuple[Outcome | None, list[str], list[str]]:
    """What one answer decided, as the reader reads its own text: a "not held" answer that also points to some other
    published document ("The Taser SOP is published on our website") stays not held."""
    try:
        # the answer alone does not say which law its "section 25(1) of the Act" is: the whole reply's law is said first
        reading = read_reply(_LAW_TITLES.get(law or "", "") + _own_part(answer, number))
    except Exception:  # noqa: BLE001 - an answer askfoi cannot read is left unmapped
        return None, [], []
    outcome = reading.outcome
    own = next((p for p in reading.parts if number and p.number == number and not p.implicit and p.outcome), None)
    if outcome == Outcome.part_disclosed and own is not None and own.outcome != Outcome.part_disclosed:
        # nx64 (nc64 #4): one answer to two parts told back together names them ("requested at questions 2 and 3"):
        # what it decides for this part is its own, not "partly given" from a part 1 it never spoke of
        outcome = own.outcome
    sections = _regime_prefixed(reading.sections, law)
    if outcome == Outcome.published and not any(re.search(r"(?:^|\s)(?:21|25)(?:\(|$)", s) for s in sections):
        signals = [set(s.signals) for s in read_sentences(answer) if s.role == "decision"]
        if any("not_held" in s for s in signals):
            outcome = Outcome.not_held
    if outcome == Outcome.pending and _FIGURES_ONLY.match(answer):
        # rd100 (fresh99's Devon table, tuning): an answer that is figures alone, a table row under its question
        # ("1360 1218 1389 1427 1207", "2019/20: 426"): the figures asked for, given
        return Outcome.disclosed, sections, [answer[:300]]
    if outcome == Outcome.pending:
        return None, sections, []
    said = read_sentences(answer)
    # the deciding sentences first, then the answer's other sentences ("To search for this would require a manual
    # review of each file"): what the letters argue for this part is in them
    evidence = ([s.text for s in said if s.role == "decision"] + [s.text for s in said if s.role == "other"])[:6] or [answer[:300]]
    return outcome, sections, evidence


def map_answers(text: str | None, request: str | None = None, *, law: str | None = None) -> list[MappedPart] | None:
    """Each part of the request with the answer the reply labels as its own, or None when the reply does not answer
    part by part under labels (fewer than two labelled answers): the reader's reading of the parts then stands.
    The parts are the REQUEST's numbered items when given, else the numbers the reply uses."""
    if not text or not text.strip():
        return None
    items = _ones_in_order(request_items(request))
    blocks = _blocks(text[:40000], dict(items))
    if not 2 <= len(blocks) <= MAX_PARTS:
        return None  # (more answers than a request has parts: a table or a list of records, not answers by part)
    if not items:
        items = _restated_items(text, blocks)
    if all(b.number == "1" for b in blocks):
        # rd94: a list whose every item shows "1." (a web page's list copied out, each item restarting its own list):
        # labels that are all "1" pin no answer to a part; the reader reads the list in its order (reader._repeated_ones)
        return None
    numbers = [n for n, _ in items] or sorted({b.number for b in blocks if b.number}, key=int)
    claimed: dict[str, list[tuple[_Block, str]]] = {}
    for b in blocks:
        quoted = _quoted_part(b.question, items) if b.question else None
        if b.number and quoted and quoted != b.number:
            # the heading's number and the question it quotes disagree: never pick one silently
            for n in (b.number, quoted):
                claimed.setdefault(n, []).append((b, "the reply's numbers and the questions it quotes do not match"))
            continue
        n = quoted or b.number
        if n:
            claimed.setdefault(n, []).append((b, ""))
    if not numbers:
        return None
    asked = dict(items)
    top = max((int(n) for n in numbers if n.isdigit()), default=0)
    for n in sorted((n for n in claimed if n.isdigit() and int(n) > top), key=int):
        # ny70 (nc70 #5): an answer the reply labels beyond the request's last part (the reply answers a part the
        # request written here lacks) is listed with its own question, never dropped
        numbers.append(n)
        asked[n] = next((b.question for b, _ in claimed[n] if b.question), "")
    out = []
    for num in numbers:
        question = asked.get(num, "")
        got = claimed.get(num) or []
        if not got:
            out.append(MappedPart(num, "missing", question, why="no answer in the reply is labelled for this part"))
            continue
        if len(got) > 1 or got[0][1]:
            why = got[0][1] or "more than one answer in the reply is labelled for this part"
            out.append(MappedPart(num, "unclear", question, why=why))
            continue
        answer = " ".join(got[0][0].lines)
        outcome, sections, evidence = _read_answer(answer, law, num)
        if outcome is None:  # (not "unclear": the answer is labelled; askfoi only cannot read what it decided)
            out.append(MappedPart(num, "unread", question, answer, why="askfoi could not read what this answer decided"))
            continue
        out.append(MappedPart(num, "mapped", question, answer, outcome, sections, evidence))
    if not any(p.status in ("mapped", "unclear") for p in out):
        return None  # (labels that pin nothing down: the reader's reading of the parts stands)
    return out


def _restated_items(text: str, blocks: list[_Block]) -> list[tuple[str, str]]:
    """The request as the reply restates it before answering (a numbered list that is no answer), else []."""
    items: list[tuple[str, str]] = []
    answered = {b.question for b in blocks if b.question}
    # rd98 (nc97, Thurrock): a numbered line that opens an answer ("2. Information in relation to contracts ...") is the
    # reply's answer, never the request restated
    answers = {b.lines[0] for b in blocks if b.lines}
    for line in text.splitlines():
        m = _ITEM.match(line.strip())
        if m and m.group(2).strip() not in answered and m.group(2).strip() not in answers:
            if items and int(m.group(1)) != int(items[-1][0]) + 1:
                break
            items.append((m.group(1), m.group(2).strip()))
    return items if len(items) >= 2 else []


def mapped_readings(parts: list[MappedPart] | None) -> list[PartReading]:
    return [r for r in (p.reading() for p in parts or []) if r is not None]


def unclear_numbers(parts: list[MappedPart] | None) -> list[str]:
    """The parts no answer is clearly labelled for (the labels disagree, or two answers claim one part)."""
    return [p.number for p in parts or [] if p.status in ("unclear", "missing")]


def _base(section: str) -> str:
    """The section's number alone ("43(2)" -> "43"), to compare citations written with and without subsections."""
    m = re.search(r"\d+", section)
    return m.group() if m else section


def _same_provision(a: str, b: str) -> bool:
    """lw53: whether citations A and B name the same provision: the same section, and the same subsection where both
    give one ("43" and "43(2)" do; "31(1)(a)" and "31(3)" do not)."""
    if _base(a) != _base(b):
        return False
    sub_a, sub_b = (re.match(r"\D*\d+(\(\w+\))?", x).group(1) for x in (a, b))
    return not sub_a or not sub_b or sub_a == sub_b


# nz76 (nc76 #9, #18): "published on our website" with no address, page or document named says the information is
# somewhere on the body's own site, not where: no pointer that gives the part. Another body's named site ("the CQC
# website") or a page named ("on our website under Transparency") still says where.
_BARE_OWN_SITE = re.compile(
    r"(?i)\b(?:on|via|through|from|at)\s+(?:our|its|this|the\s+(?:council|trust|force|authority|board|department|"
    r"university|college|school|service|office|constabulary|commissioner)(?:'s|\u2019s))\s+(?:own\s+|public\s+)?"
    r"(?:web\s?sites?|web\s?pages?|internet\s+site)\b(?!\s*(?:at\b|under\b|in\s+the\b|page\b|section\b|:|\(|https?:|www\.))"
    r"|\b(?:published|available|accessible)\s+online\b(?!\s*(?:at\b|under\b|via\b|:|https?:|www\.))")


def says_where(text: str) -> bool:
    """Whether TEXT says where published information is (the reader's pointer words), a bare own-site pointer aside."""
    from askfoi.reader import _POINTS_WHERE

    return bool(_POINTS_WHERE.search(_BARE_OWN_SITE.sub(" ", text)))


def _nothing_given(reading, parts) -> Outcome | None:
    """nz76 (nc76 #9): the whole outcome when the reader read something given ("partly given") but no part, as the
    reply's own labels map them, gives anything: a part the reader took as answered is, read under its own label, not
    held ("The Council does not hold this information. ... a matter for the contractor"), and a pointer at the body's
    own website with no address says nowhere. The strongest refusal among the parts names the whole, as the reader's
    own rule does; None: the reader's outcome stands."""
    from askfoi.reader import _REFUSAL_ORDER

    if getattr(reading, "outcome", None) not in (Outcome.part_disclosed, Outcome.disclosed) or len(parts) < 2:
        return None
    from askfoi.reader import _points_where

    own = getattr(reading, "parts", []) or []
    if not any(p.outcome in (Outcome.disclosed, Outcome.part_disclosed)
               or (p.outcome == Outcome.published and _points_where(p.evidence)) for p in own):
        return None  # the reader's "given" came from elsewhere than the parts (a preamble, an attachment)
    if any(p.outcome in (Outcome.disclosed, Outcome.part_disclosed) or p.nil_answer or p.implicit
           or (p.outcome == Outcome.published and (getattr(reading, "links", None) or any(says_where(e) for e in p.evidence)))
           for p in parts):
        return None
    outs = [p.outcome for p in parts]
    return next((o for o in _REFUSAL_ORDER if o in outs), None)


def _advice_before_figures(answer: str) -> bool:
    """rd99: the answer's first figure comes after words of advice and assistance (reply_phrases.yaml `advice`): what
    it gives is offered under the duty to advise (s16), beside the part's own refusal."""
    from askfoi.reader import _rules

    low = answer.lower()
    advice = [a for a, _, _ in _rules().scan("advice", low)]
    if not advice:
        return False
    if not re.search(r"£\s?\d|\b\d[\d,.]*\b", low[min(advice):]):
        return False
    # a sentence before the advice with a figure that is no part of the cost refusal ("£450", "18 hours") or its estimate
    # ("1149 records at a minute each") answers the part itself: then the part was partly given
    for sentence in re.split(r"(?<=[.!?])\s+|\n", low[:min(advice)]):
        figures = [m.group() for m in re.finditer(r"£\s?\d[\d,.]*|\b\d[\d,]{2,}\b", sentence)
                   if not re.fullmatch(r"£\s?(?:450|600)(?:\.00)?|20\d\d", m.group())]
        if figures and not _IN_ESTIMATE.search(sentence):
            return False
    return True


_IN_ESTIMATE = re.compile(r"\b(?:minutes?|hours?|would (?:have|need|take)|to (?:check|review|read|search)|records?|files?|emails?|cases?)\b")


def with_mapped_parts(reading, text: str | None, request: str | None = None):
    """READING with its parts as the reply's own labels map them (map_answers), and the map; READING unchanged and None
    when the reply does not answer under labels. The whole outcome is the reader's, changed here only when no mapped part
    gives anything (nz76, _nothing_given); the provisions
    are those the parts' own answers cite when every one of them is among the reply's."""
    law = getattr(getattr(reading, "regime", None), "value", None)
    if law == "EIR" and any(str(x).startswith("EISR ") for x in getattr(reading, "sections", None) or []):
        # sp63 (CI8, ny70): Scotland's regulations: each answer is read under them, never as England's ("regulation
        # 10(2)", the presumption in favour of disclosure, is no EIR provision to withhold under)
        law = "EISR"
    mapped = map_answers(text, request, law=law)
    if mapped is None:
        return _settled(reading, {"parts": list(getattr(reading, "parts", []) or []) or _whole_decision_parts(reading, text, request)}), None
    # an answer labelled for its part whose decision askfoi cannot read itself ("A2 4,312."): the reader's own reading of
    # that part, when it has one under the same number
    own = {p.number: p for p in getattr(reading, "parts", []) or []}
    parts = []
    for m in mapped:
        r = m.reading()
        if r is None and m.status == "unread" and m.number in own:
            r, m.status, m.outcome = own[m.number], "mapped", own[m.number].outcome
        mine = own.get(m.number)
        if r is not None and mine is not None and getattr(mine, "not_recorded", False) and not getattr(r, "not_recorded", False):
            # rd70 x ny70 (merge): a part the reader found said to ask for no recorded information keeps that reading
            # (its own review ground), whatever the answer's words read alone say
            r = mine
            m.outcome, m.sections = r.outcome, list(r.sections)
        elif r is not None and mine is not None and r.outcome == Outcome.part_disclosed \
                and mine.outcome == Outcome.cost_limit and _advice_before_figures(m.answer):
            # rd99: "2. ... would exceed the appropriate cost limit under Section 12 ... In the interests of providing advice
            # and assistance, the Council can provide the following information on the total costs: SEN £25,207,866 ...":
            # the figures under the advice are other figures offered (s16), not a share of the part; the refusal stands
            r = mine
            m.outcome, m.sections = r.outcome, list(r.sections)
        elif r is not None and mine is not None and r.outcome == Outcome.part_disclosed \
                and mine.outcome in (Outcome.refused, Outcome.not_held) and set(r.sections) <= set(mine.sections):
            # merge fix (ny70 x fu29): an answer that only cites its exemption ("3. This information is exempt under
            # section 31(1)(a) and (b)") read alone takes the reply's "Part Disclosure" line for its own; the reader's
            # reading of that part (withheld in full) stands
            r = mine
            m.outcome, m.sections = r.outcome, list(r.sections)
        elif r is not None and mine is not None:
            if r.outcome == Outcome.disclosed and mine.outcome == Outcome.part_disclosed:
                # rd33: a hold-back the reply says of this part elsewhere ("3. ... The unit prices asked for at
                # question 2 are also withheld under section 43"): reading the answer alone does not lose it
                r = r.model_copy(update={"outcome": Outcome.part_disclosed,
                                         "sections": r.sections + [x for x in mine.sections if x not in r.sections],
                                         "evidence": r.evidence + [e for e in mine.evidence if e not in r.evidence]})
                m.outcome, m.sections = r.outcome, list(r.sections)
            elif {_base(x) for x in mine.sections} < {_base(x) for x in r.sections} and mine.outcome == r.outcome:
                # the reader gave another part the sections a sentence of this answer cites for that part
                # lw53 (nc53 #6): by the provision, not its section's number alone: another part's NCND under 31(3)
                # never takes this answer's 31(1)(a) (read one way when the reply kept its lines, another when not)
                others = [x for p in own.values() if p.number != m.number for x in p.sections]
                if all(any(_same_provision(x, o) for o in others) for x in set(r.sections) - set(mine.sections)):
                    r = r.model_copy(update={"sections": list(mine.sections)})
                    m.sections = list(r.sections)
        if r is not None and r.outcome == Outcome.refused and not r.sections and _whole_refusal_is(reading):
            # rd101 (fresh100's PSNI letter, tuning): an answer that refuses without a provision of its own ("Section
            # 17(5) of the Act requires the PSNI, ...", "We are unable to provide this information.") under a reply
            # whose only decision is a cost or vexatious refusal refuses on that ground
            r = r.model_copy(update={"outcome": reading.outcome, "sections": list(reading.sections)})
            m.outcome, m.sections = r.outcome, list(r.sections)
        if r is not None:
            parts.append(r)
    update: dict = {"parts": parts}
    personal = re.compile(r"(?:FOISA\s+)?(?:40|38)\b|(?:EIR|EISR)\s+13\b")
    held_back = [p for p in parts if any(personal.match(x) for x in p.sections)]
    if getattr(reading, "boundary", None) == "personal_data_redacted" and held_back and all(
            p.outcome == Outcome.refused for p in held_back):
        # nr91 (nc91 #8): the parts citing personal data are refused outright (part 3's expense claims withheld in
        # full): nothing was "taken out" of what was given; the rest is held back under an exemption
        update["boundary"] = "withheld_and_given"
    cited = list(dict.fromkeys(s for p in parts for s in p.sections))
    if cited and set(cited) <= set(reading.sections):
        update["sections"] = [s for s in reading.sections if s in cited]
    if "boundary" in update:
        from askfoi.reader import _explain

        update["explanation"] = _explain(reading.model_copy(update=update))
    return _settled(reading, update), mapped


def _whole_refusal_is(reading) -> bool:
    """rd101: the reply's whole decision is a cost or vexatious refusal and every provision it cites is that refusal's
    (section 12 or 14, FOISA 12 or 14, EIR/EISR 12(4)(b)), so a part's bare "refused" can only be that one."""
    if getattr(reading, "outcome", None) not in (Outcome.cost_limit, Outcome.vexatious):
        return False
    own = re.compile(r"^(?:FOISA\s+)?1[24]\b|^(?:EIR|EISR)\s+12\(4\)\(b\)")
    sections = list(getattr(reading, "sections", None) or [])
    return bool(sections) and all(own.match(str(s)) for s in sections)


# rd79: one decision the reply takes for the whole request, which therefore answers each numbered question the same way:
# an exemption's refusal or a whole NCND. Not a cost or vexatious refusal: the Act applies those to the request as a
# whole, and the next step (a narrower request: followup's narrowing reads which part the estimate names) works on the
# request, not on per-question readings
# rd101 (fr100-01, tuning): and a whole pointer at what is published ("our published responses can be found at the following
# links ... In accordance with section 21 ... already accessible to you elsewhere" under three numbered questions): each
# question is pointed at the same published answers
_WHOLE_DECISIONS = (Outcome.refused, Outcome.ncnd, Outcome.published)
_NAMES_A_PART = re.compile(r"\b(?:q|questions?|parts?|points?|items?|requests?)\s*(?:no\.?\s*)?\(?\d{1,2}\b"
                           r"(?!\)?\s*of\s+(?:schedule|the\s+(?:act|regulations?|schedule)|section|regulation))", re.I)


def _whole_decision_parts(reading, text: str | None, request: str | None) -> list[PartReading]:
    """rd79 (fr76-03): a reply that answers no question under its own number and takes one refusal for the whole request
    ("IPSA relies on this exemption to withhold the answers to all the questions"; a whole NCND) refuses each numbered
    question of that request the same way: the
    parts are the request's questions, each with the whole decision. Nothing when the request has fewer than two numbered
    questions, when the reader read parts of its own, when anything was given, or when the reply names a question or
    part by its number anywhere ("Question 2 is refused under section 40" may leave the others to another letter)."""
    outcome = getattr(reading, "outcome", None)
    if outcome not in _WHOLE_DECISIONS or getattr(reading, "parts", None) or _NAMES_A_PART.search(text or ""):
        return []
    items = request_items(request)
    if len(items) < 2 or len({n for n, _ in items}) < len(items):
        return []
    return [PartReading(number=n, outcome=outcome, ncnd=outcome == Outcome.ncnd, sections=list(reading.sections),
                        follows=None) for n, _ in items]


def _settled(reading, update: dict):
    """READING with UPDATE, and with the whole outcome of a reply none of whose parts gives anything (_nothing_given)."""
    if not hasattr(reading, "model_copy"):
        return reading
    nothing = _nothing_given(reading, update.get("parts") or [])
    if nothing is not None:
        from askfoi.reader import _explain

        update = {**update, "outcome": nothing, "boundary": None, "boundary_outcome": None}
        update["explanation"] = _explain(reading.model_copy(update=update))
    return reading.model_copy(update=update) if update else reading
