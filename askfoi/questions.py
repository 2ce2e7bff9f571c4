"""Split a person's message into the separate questions it asks, in their own words.

One splitter for every job that needs the parts of a request: framing (what each part asks for),
matching (a forecast per part) and the letter. Nothing here rewords anything; it only cuts. The
phrases it cuts on (greetings, sign-offs, joining phrases) are in knowledge/vocab/question_split.yaml.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab
from askfoi.sentence_ends import shortens
from askfoi.outline import (expand_stems, footnotes_apart, inline_bullets, loose_labels, plain_label, restarted_runs, strip_label,
                            unlabelled)

MAX_QUESTIONS = 30
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")
_NUM_LABEL = (r"(?:\d{1,2}\.[a-h](?:\s*[-\u2013:](?=\s)|(?=\s))|\d{1,2}[a-h][.)](?=\s)|"  # fr9a: "1.A - How many ...", "2.B"; cx41: "1a."
              r"\(?\d{1,2}(?:\.(?:\d{1,2}|[a-h]|[ivx]{1,4}))*[.):\]]|\[\d{1,2}\]|\d{1,2}[-/](?=\s)|"  # "1." "1)" "1-" "1.3." "[1]" "1]"
              r"(?:question|request|item|part|q)\.?\s*\(?\d{1,2}(?:\.\d{1,2})*\)?[a-z]?(?:\s*[:.)\u2013-]|(?=\s+(?-i:[A-Z]))))")  # "Question 2:" "PART (2)" "Q.1"
# fx58: a roman numeral of two letters or more ("ii.", "(iv)") labels an item as a single letter does
_LIST_ITEM = re.compile(rf"^\s*(?:{_NUM_LABEL}|\(?(?:[a-z]|[ivx]{{2,4}})[.)]|[-*\u2022\u00b7\u2013])(?:\s+|(?<=[.)])(?=(?-i:[A-Z])))(.*)$", re.I)
_SENTENCE_END = re.compile(r"(?<=\?)\s*(?=\w)|(?<=[.!])\s+(?=[A-Za-z\d\"'(])")
_ABBREVIATIONS = frozenset("e.g i.e eg ie etc approx no st mr mrs ms dr vs ref nr tel".split())


_BRACKET_REACH = 240  # a bracket left open longer than this (a typo: "9persons") holds no sentence


def enclosed(text: str, at: int) -> bool:
    """Whether position AT of TEXT lies inside a bracket or a quotation that closes after it (fr12): no cut of a
    sentence or a clause may fall there ("(i.e. the student was found ... etc)", "(how long is it. When does it
    expire)?", “the order. And the”). A bracket or quote that never closes (within a few lines' reach) encloses
    nothing."""
    depth, opened = 0, -1
    for k, ch in enumerate(text[:at]):
        if ch in "([":
            depth, opened = depth + 1, k if depth == 0 else opened
        elif ch in ")]" and depth:
            depth -= 1
    if depth and re.search(r"[)\]]", text[at: opened + _BRACKET_REACH]):
        return True
    before = text[:at]
    curly = before.rfind("\u201c")
    if curly > before.rfind("\u201d") and "\u201d" in text[at: curly + _BRACKET_REACH]:
        return True
    return before.count('"') % 2 == 1 and '"' in text[at: at + _BRACKET_REACH]


def _sentences(text: str) -> list[str]:
    """TEXT cut after "?", and after "." or "!" unless the word before is an abbreviation ("e.g.", "approx."); never
    inside a bracket or a quotation (`enclosed`)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if enclosed(text, m.start()):
            continue
        if text[m.start() - 1] == "." and shortens(text, m.start() - 1):
            continue  # ck32: "C. difficile", "Cllr. Smith", "St. Thomas'", "i.e. road repairs": the sentence goes on
        before = text[start:m.start()].rstrip(".!").split()
        word = before[-1].lower().lstrip("([\"'") if before else ""
        if word in _ABBREVIATIONS and text[m.start() - 1] == "." \
                and not (word == "etc" and text[m.end():m.end() + 1].isupper()):  # "... etc. If you ...": a new sentence
            continue
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word) and text[m.start() - 1] == "." and text[m.end():m.end() + 1].islower():
            continue  # fr15a: "the N.I.C.E. guidelines": initials with their dots, the sentence goes on
        if text[m.start() - 1] == "." and (
                re.search(r"(?:^|\s)[A-Z]$", text[start:m.start() - 1]) and re.match(r"\s*[A-Z][a-z]{1,6}\.\s+[a-z]", text[m.end():])
                or re.search(r"(?:^|\s)[A-Z]\.\s*[A-Z][a-z]{1,6}$", text[start:m.start() - 1]) and text[m.end():m.end() + 1].islower()):
            continue  # fr16b: "the 2010/11 M. Phil. in Data Science": an initial and an abbreviation, the sentence goes on
        label = _LABEL_BEFORE.search(text, start, m.start()) if text[m.start() - 1] == "." else None
        if label and label.start("label") > start:
            # fx58: "...point of impact; ii. The method ...": the "." ends the next item's label, not a sentence; the cut
            # goes before the label, which stays with its item
            out.append(text[start:label.start("label")])
            start = label.start("label")
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return [cut for piece in out if piece.strip() for half in _wonder_splice(piece) for cut in _comma_splice(half)]


_LABEL_BEFORE = re.compile(r";\s*(?:(?:and|or)\s+)?(?P<label>\(?[ivx]{1,4}\.)$")


# ck25b: an ask, then "and wonder how ..." ("I would like to see the results of the consultation and wonder how people
# would have responded if ..."): the writer's own musing is a second sentence, never part of what is asked
_WONDER_SPLICE = re.compile(
    r"(?is)^(?P<ask>\W*(?:i\s+would\s+(?:also\s+)?like|i['\u2019]d\s+(?:also\s+)?like|i\s+(?:also\s+)?(?:want|wish|request)|please|"
    r"(?:can|could|would|will)\s+you)\b.+?)\s*,?\s+and\s+(?:i\s+)?(?:also\s+|do\s+)?(?P<verb>wonder|wondered|am\s+wondering|"
    r"question|doubt)\s+(?P<rest>(?:how|whether|if|what|why|who|when)\b.*)$")


def _wonder_splice(piece: str) -> list[str]:
    m = _WONDER_SPLICE.match(piece)
    if m is None or enclosed(piece, m.start("verb")):
        return [piece]
    return [m.group("ask").rstrip(" ,") + ".", f" I {m.group('verb')} {m.group('rest')}"]


# a told main clause, a comma, then a question ("the council took 9 weeks to answer my repair complaint, how many
# housing disrepair complaints did ..."): two sentences typed as one. The told clause must be a main clause with a
# finite verb (never "In 2024, how many ..." or "Since the scheme began, how many ...", which qualify the question).
# (never ", which ...", ", who ...", ", when ...", ", where ...": those open relative clauses as often as questions; h18)
_SPLICE = re.compile(r",\s+(?=(?:and\s+|so\s+|but\s+)?(?:how\s+(?:many|much|long|often)|why|whether|what\s+(?:is|are|was|were|did|does|do|has|have)))\b", re.I)
_SPLICE_NOT_TOLD = re.compile(r"(?i)^\W*(?:since|after|before|when|whenever|following|as|if|because|although|though|while|whilst|"
                          r"until|unless|once|in|for|during|over|between|from|of|with|by|on|at|to|regarding|about|"
                          r"given|apart|besides|excluding|including|and|or|how|what|which|why|where|who|whether|do|does|"
                          r"did|is|are|was|were|can|could|would|will|has|have|please|under)\b")
_SPLICE_VERB = re.compile(r"(?i)\b(?:was|were|is|are|has|have|had|did|took|told|said|got|went|came|gave|made|kept|"
                        r"left|lost|sent|paid|spent|put|[a-z]{3,}ed)\b")


def _splice_verb(m: re.Match[str]) -> bool:
    """The word at M is a verb that tells: a listed one, or a word in -ed that is a verb's past form (lead37: not
    "speed" of "the speed cameras on the a38", "hundred", "bed")."""
    word = m.group(0).lower()
    if not word.endswith("ed") or word in ("had", "did", "paid", "told", "said"):
        return True
    from askfoi.story_antecedents import _vbd, _vbn

    return _vbd(word) or _vbn(word)


_EITHER_WAY = re.compile(r"(?i)whether\s+(?:[\w/'-]+\s+){0,4}?[\w/'-]+\s+or\s+(?:[\w/'-]+\s*){1,4}\W*$")


def _comma_splice(piece: str) -> list[str]:
    m = _SPLICE.search(piece)
    if m is None or enclosed(piece, m.start()):
        return [piece]
    left, right = piece[:m.start()], piece[m.end():]
    if len(right.split()) < 3:
        return [piece]  # "..., why?": the question is about the clause before it
    if _EITHER_WAY.match(right) and not re.search(r"(?i)\b(?:is|are|was|were|did|does|do|has|have|had|can|will|would)\b", right):
        return [piece]  # fx44: "..., whether by radio or by other means": either way, a qualifier of the ask, no question
    if len(left.split()) < 5 or _SPLICE_NOT_TOLD.match(left) or not any(_splice_verb(v) for v in _SPLICE_VERB.finditer(left)) \
            or "?" in left:
        return [piece]
    return [left + ".", *_comma_splice(piece[m.end():])]
_WORDY = re.compile(r"[^\W\d_]{2,}")  # a part needs at least one real word


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", value)).strip()


@dataclass(frozen=True)
class _Rules:
    greeting: tuple[re.Pattern[str], ...]
    drop: tuple[re.Pattern[str], ...]
    stop: tuple[re.Pattern[str], ...]
    split_on: re.Pattern[str] | None
    openers: tuple[re.Pattern[str], ...] = ()
    salutation: tuple[re.Pattern[str], ...] = ()
    preamble: tuple[re.Pattern[str], ...] = ()
    furniture: tuple[re.Pattern[str], ...] = ()
    softener: tuple[re.Pattern[str], ...] = ()
    lead_in: tuple[re.Pattern[str], ...] = ()
    condition: re.Pattern[str] | None = None
    process: re.Pattern[str] | None = None
    asked_nouns: frozenset[str] = frozenset()
    told_by_record: frozenset[str] = frozenset()  # cx37: "the letter ... raises concerns": what a record says, told
    measures: re.Pattern | None = None
    pro_object: re.Pattern[str] | None = None
    format_words: re.Pattern[str] | None = None
    request_itself: tuple[re.Pattern[str], ...] = ()
    self_intro: tuple[re.Pattern[str], ...] = ()
    list_lead: tuple[re.Pattern[str], ...] = ()
    duration_units: frozenset[str] = frozenset()
    news_told: re.Pattern[str] | None = None
    whole_note: tuple[re.Pattern[str], ...] = ()  # fx82: an exclusion or a layout for the whole request


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    words, _ = load_vocab("question_split", list[str])
    words = words if isinstance(words, dict) else {}

    def compiled(pattern: str) -> re.Pattern[str] | None:
        try:
            return re.compile(pattern, re.I)
        except re.error:
            return None  # a broken pattern in the data is skipped; `kb validate` reports vocab files

    def patterns(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(p for p in (compiled(x) for x in words.get(key) or []) if p)

    found = [p for p in words.get("split_on") or [] if compiled(p)]
    return _Rules(
        greeting=patterns("greeting"),
        self_intro=patterns("self_intro"),
        drop=patterns("drop"),
        stop=patterns("stop"),
        split_on=re.compile("|".join(f"(?:{p})" for p in found), re.I) if found else None,
        openers=tuple(p for p in (compiled("^" + x) for x in words.get("openers") or []) if p),
        preamble=patterns("preamble"),
        salutation=patterns("salutation_line"),
        furniture=patterns("furniture"),
        softener=tuple(p for p in (compiled("^\\W*(?:(?:and|but|also)\\s+)*" + x) for x in words.get("softener") or []) if p),
        lead_in=patterns("lead_in_sentence"),
        condition=compiled("|".join(f"(?:{x})" for x in words.get("condition") or []) or "(?!)"),
        process=compiled("|".join(f"(?:{x})" for x in words.get("process_words") or []) or "(?!)"),
        asked_nouns=frozenset(w.lower() for w in words.get("asked_nouns") or []),
        told_by_record=frozenset(w.lower() for w in words.get("told_by_record") or []),
        measures=compiled("|".join(f"(?:{x})" for x in words.get("measures") or []) or "(?!)"),
        pro_object=compiled("|".join(f"(?:{x})" for x in words.get("pro_object") or []) or "(?!)"),
        format_words=compiled("|".join(f"(?:{x})" for x in words.get("format_words") or []) or "(?!)"),
        request_itself=patterns("request_itself"),
        list_lead=patterns("list_lead"),
        duration_units=frozenset(w.lower() for w in words.get("duration_units") or []),
        news_told=compiled("|".join(f"(?:{x})" for x in words.get("news_told") or []) or "(?!)"),
        whole_note=patterns("whole_request_note"),
    )


def strip_opener(text: str) -> str:
    """TEXT without what a formal request says before the thing it asks for ("Under the Freedom of
    Information Act 2000, please could you provide ...", "I would like to request ..."): the phrases are
    in knowledge/vocab/question_split.yaml (openers), taken off the front again until none is left."""
    return _strip_front(text, (*_frames(), *_rules().openers), 6)


def _frames(question_only: bool = False) -> tuple[re.Pattern[str], ...]:
    """The asking frame read as a grammar (askfoi/ask_frames.py), tried before the listed phrases."""
    from askfoi.ask_frames import ask_frame

    pattern = ask_frame(question_only)
    return (pattern,) if pattern is not None else ()


# fx58: an asking verb joined on after what is asked ("(Would you please state) the title of Ms CD and confirm whether she is
# ..."): the frame in front is that verb's too, so it stays; without it the sentence would have a verb with no subject
_SHARED_FRAME = re.compile(r"(?i)\b(?:and|or)\s+(?:please\s+)?(?:also\s+)?(?:provide|send|supply|give|tell|confirm|state|indicate|"
                           r"specify|identify|explain|advise|inform|disclose|let\s+me\s+know)\b")


def _strip_front(text: str, patterns: tuple[re.Pattern[str], ...], rounds: int) -> str:
    """TEXT with any of PATTERNS taken off its front, up to ROUNDS times; what is left must hold a word."""
    out = (text or "").strip()
    for _ in range(rounds):
        for pattern in patterns:
            m = pattern.match(out)
            if m and m.end() and _WORDY.search(out[m.end():]) and not _SHARED_FRAME.search(out[m.end():]):
                out = out[m.end():].lstrip(" ,:;-")
                # fr24b: "can you tell me please how many ...": a "please" left before the question word asks nothing
                out = re.sub(r"(?i)^please\W+(?=(?:how|what|which|who|whom|when|where|whether|why)\b)", "", out)
                break
        else:
            break
    return out


_LEAD_TAIL = re.compile(
    r"(?i)[\s,]*(?:(?:and\s+)?(?:please\s+)?(?:(?:could|can|would)\s+you\s+)?(?:please\s+)?"
    r"(?:provide|send|supply|give|tell|disclose|confirm|let\s+me\s+know)(?:\s+me)?(?:\s+with)?\s*)?"
    r"(?:(?:the\s+)?following(?:\s+information)?|the\s+information\s+below|these\s+details|"
    r"(?:the\s+)?(?:details|information|data|figures|numbers)(?:\s+(?:of|on|about|for|regarding))?)?\s*:\s*$")


_LEAD_FILLER = re.compile(r"(?i)\b(?:me|us|with|you|please|could|can|would|will|kindly|tell|let|know|advise|answer|"
                          r"provide|send|the|following|information|below|questions?|details)\b")


@functools.lru_cache(maxsize=1)
def _asking_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data, _ = load_vocab("asking_clauses")
    data = data if isinstance(data, dict) else {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return words("verbs"), words("words"), words("persons")


_CLAUSE_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")


def asking_clause(clause: str) -> bool:
    """fr22b (issue 8): CLAUSE only asks to be told ("please may you inform me", "I would like to know", "could you
    please let me know"): every word is a word of asking or of politeness (knowledge/vocab/asking_clauses.yaml), one
    is a verb of asking and one names the person, the reader or is "please"; it asks for nothing itself."""
    verbs, fillers, persons = _asking_words()
    toks = [t.lower() for t in _CLAUSE_WORD.findall(clause or "")]
    if not toks or re.search(r"[\d(\[\"\u201c]", clause or ""):
        return False
    return all(t in verbs or t in fillers for t in toks) and any(t in verbs for t in toks) \
        and any(t in persons for t in toks)


_CLAUSE_CUT = re.compile(r",|(?<!\d)\s[\u2013\u2014-]\s|\s[\u2013\u2014-]\s(?!\d)")  # a comma, or a spaced dash (never "2019 - 2021")


def _clauses(text: str) -> tuple[list[str], list[str], str] | None:
    """TEXT cut into its comma- or dash-bounded clauses (`_CLAUSE_CUT`, never inside brackets or quotes): (the clauses,
    the words each was cut from the one before at, the end marks after the last); None when it has only one."""
    end = re.search(r"[\s.?!:;]*$", text or "")
    body, tail = (text or "")[:end.start()], (text or "")[end.start():]
    # cx41: a spaced dash bounds a clause as a comma does ("for the years 2011-12 to date – can you please tell us:")
    cuts = [(m.start(), m.end()) for m in _CLAUSE_CUT.finditer(body) if not enclosed(body, m.start())]
    if not cuts:
        return None
    pieces, last = [], 0
    for at, after in cuts + [(len(body), len(body))]:
        pieces.append(body[last:at])
        last = after
    return pieces, [""] + [body[at:after] for at, after in cuts], tail


def without_asking_clauses(text: str) -> str:
    """TEXT without its comma-bounded clauses that only ask to be told (`asking_clause`), wherever they sit: "How many
    ..., covering 2019, please may you inform me?" -> "How many ..., covering 2019?"; "Specifically, I would like to know,
    for each year, ..." keeps what it asks. TEXT as it is when no such clause is in it, or nothing else is."""
    if not text or not _CLAUSE_CUT.search(text):
        return text
    cut = _clauses(text)
    if cut is None:
        return text
    pieces, _, tail = cut
    kept = [x for k, x in enumerate(pieces) if not asking_clause(x)
            or k == 0 and not re.match(r"(?i)\s*(?:[^,]*,\s*)?(?:how|what|which|who|when|where|why|whether|if)\b",
                                       ",".join(pieces[1:]))]  # "Please supply, in electronic format, the extracts": kept
    if len(kept) == len(pieces) or not kept or not "".join(kept).strip():
        return text
    out = ",".join(kept).strip()
    out = re.sub(r"\s+,", ",", out).strip(" ,")
    if text.strip()[:1].isupper():
        out = out[:1].upper() + out[1:]
    return out + tail.strip()


_RUN_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?|[^\sA-Za-z]+")
_RUN_POINTED = re.compile(r"(?i)\s*(?:(?:these|those|the)\s+(?:questions?|points?|items?|queries)(?:\s+below)?\b|(?:the\s+)?(?:following|below)(?:\s+(?:recorded\s+)?(?:information|data|details|figures|questions?|"
                          r"points?))?\b|(?:recorded\s+)?(?:information|data|details|figures)(?=\s+(?:for|on|about|regarding|relating|"
                          r"concerning|in|covering|from|between)\b))")
# a run of asking words may open on these and end on these: never on a preposition or a link ("for", "to", "and"), which
# belongs to the scope beside it ("please state for each ward" keeps "for each ward")
_RUN_EDGE_START = frozenset("please kindly could can would will may might i we i'd i\u2019d id you".split())


def without_asking_run(text: str) -> str:
    """fx73 (issue 8): TEXT (a lead-in over a list) without the run of words in it that only asks to be told, wherever it
    sits and whether or not a comma bounds it: "For each of the temporary cameras referred to above please state:" ->
    "For each of the temporary cameras referred to above:"; "For each individual expulsion/suspension could you please
    disclose the following:" -> "For each individual expulsion/suspension:"; "Please advise with regard to each of the 5
    most recent 12 month periods:" -> "with regard to each of the 5 most recent 12 month periods:". The run is read by the
    closed word classes of `asking_clause` (knowledge/vocab/asking_clauses.yaml), with what it points at ("the following
    information") taken with it; it opens on a word of asking or a person and ends on a verb of asking or a person, so a
    scope's own "for", "to", "with" stay with the scope. TEXT as it is when no such run is in it or nothing else is."""
    if not text or "?" in text or not text.rstrip().endswith(":"):
        return text  # a lead-in ends on its colon and asks no question itself
    verbs, fillers, persons = _asking_words()
    toks = [(m.start(), m.end(), m.group(0).lower()) for m in _RUN_WORD.finditer(text)]
    best = None
    for i, (a, _, w) in enumerate(toks):
        if w not in _RUN_EDGE_START and w not in verbs:
            continue
        for j in range(len(toks), i, -1):
            run = toks[i:j]
            last = run[-1][2]
            if not (last in verbs or last in {"me", "us", "you", "please"}):
                continue
            if any(not re.match(r"[A-Za-z]", t[2]) for t in run):
                continue
            words = " ".join(t[2] for t in run)
            if not asking_clause(words):
                continue
            if best is None or run[-1][1] - run[0][0] > best[1] - best[0]:
                best = (run[0][0], run[-1][1])
            break
    if best is None:
        return text
    start, end = best
    if start and re.match(r"(?i)\W*(?:can|could|would|will|may|might|shall)\b", text):
        return text  # "Can GMP tell me:", "Could Leeds City Council please tell me, for 2023:": the frame spans the name
    pointed = _RUN_POINTED.match(text, end)
    if pointed:
        end = pointed.end()
    before, after = text[:start].rstrip(" ,;-\u2013\u2014"), text[end:].lstrip(" ,;-\u2013\u2014")
    if re.match(r"(?i)(?:held|kept|stored|maintained|recorded|available|that|which|taken|contained|published|shown|set\s+out|"
                r"included|listed|drawn|extracted|reported)\b", after):  # (merge fix: "figures taken from your annual report")
        return text  # "please provide the following information held by the Agency:": what it points at, not a scope
    if not _WORDY.search(before + " " + re.sub(r"^\W+", "", after)):
        return text
    if before and after[:1].isalnum():
        out = f"{before}, {after}" if "," in text[start:end + 1] or text[end:end + 1] == "," else f"{before} {after}"
    else:
        out = before + after if after[:1] in ":.?" or not before else f"{before} {after}"
    return out.strip()


def _without_discourse_adverb(text: str) -> str:
    """fr22b: TEXT without a first clause that only links it to what came before ("Specifically,", "Secondly,", "In
    addition,", "Also,"): knowledge/vocab/asking_clauses.yaml (links)."""
    data, _ = load_vocab("asking_clauses")
    links = {str(w).lower() for w in (data.get("links") if isinstance(data, dict) else None) or []}
    m = re.match(r"\s*([A-Za-z]+(?:\s+[A-Za-z]+)?)\s*,\s*(?=\S)", text or "")
    if m and " ".join(m.group(1).lower().split()) in links:
        return text[m.end():]
    return text


_LISTED_THINGS = re.compile(r"(?i)\b(?:(?:each\s+of\s+|all\s+of\s+)?the\s+(?:following|below|questions?\s+below)|these)"
                            r"(?:\s+(?:questions?|queries|points?|items?))?\b")


def _without_answer_clause(text: str) -> str:
    """fx44 (issue 8): a lead-in's clause that only asks for the list after it to be answered ("please answer the
    following questions", "could you answer these questions") is no qualifier of the items: without it, TEXT keeps
    what reaches every item ("For each of these calendar years - 2019, 2021, 2022, 2023 - please answer the following
    questions:" -> "For each of these calendar years - 2019, 2021, 2022, 2023:"). TEXT as it is when no clause is such,
    or nothing else is left."""
    cut = _clauses(text)
    if cut is None:
        return text
    pieces, seps, tail = cut
    kept = [(sep, x) for sep, x in zip(seps, pieces) if not (_LISTED_THINGS.search(x) and asking_clause(_LISTED_THINGS.sub(" ", x)))]
    if len(kept) == len(pieces) or not "".join(x for _, x in kept).strip():
        return text
    out = "".join(sep + x for sep, x in kept).strip(" ,;-\u2013\u2014")
    return years_named_not_pointed(out) + tail.strip()


_POINTED_YEARS = re.compile(r"(?i)\bthese(?P<noun>\s+(?:[a-z]+\s+){0,2}(?:years|months|quarters|periods))\s*(?:[\u2013\u2014:]|\s-)\s*"
                            r"(?P<list>(?:19|20)\d\d(?:[/-]\d\d)?(?:\s*(?:,|and|&|to)\s*(?:19|20)\d\d(?:[/-]\d\d)?)*)"
                            r"(?:\s*(?:[\u2013\u2014]|\s-)(?=\s))?")


def years_named_not_pointed(text: str) -> str:
    """fx44 (issue 8): "for each of these calendar years - 2019, 2021, 2022, 2023 - please ...": the years are named
    right after the pointer, so none is left ("for each of the calendar years 2019, 2021, 2022, 2023, please ...")."""
    return _POINTED_YEARS.sub(lambda m: f"the{m.group('noun')} {m.group('list')}" + ("," if m.group(0).rstrip()[-1:] in "-\u2013\u2014" else ""),
                              text or "")


def lead_in(line: str) -> str:
    """What a lead-in line of a list adds to each of its items, in the person's words: "Please provide
    the following for each year from 2021 to 2024:" gives "for each year from 2021 to 2024", "In relation
    to fly-tipping in Hackney, please provide:" gives "in relation to fly-tipping in Hackney"; a lead-in
    that only introduces ("Please provide the following:") gives ""."""
    sentences = _sentences(_one_line(line))
    text = sentences[-1] if sentences else _one_line(line)  # "The request includes drafts. All of it relates to X:" -> the last
    unasked = without_asking_run(text)  # fx73: "For each of the cameras referred to above please state:" -> "For each of ..."
    if not re.search(r"(?i)\b(?:following|below)\b", unasked) and not format_note(unasked):
        # "please provide a breakdown of the following for ...": the asking grammar below reads what the words point
        # at; (merge fix) what is left only says the form of the answer ("in a spreadsheet"): no scope either
        text = unasked
    text = _without_answer_clause(text)  # fx44: "For each of these calendar years, please answer the following questions:"
    text = without_asking_clauses(text)  # fr22b: "Covering 2019, please may you inform me:" -> "Covering 2019:"
    text = _without_discourse_adverb(text)  # fr22b: "Specifically, for every month ..., I would like to know:"
    # fx58: a clause of only asking words that names the body ("Can GMP tell me:", "Could Leeds City Council please tell
    # me, for 2023:"): read by the asking grammar, it adds nothing the items lack
    clauses = [c for c in re.split(r",\s*", text.strip().rstrip(" :;,-\u2013\u2014")) if c.strip()]
    asks_only = [c for c in clauses if strip_ask_opener(f"{c.strip()} how xx") == "how xx" or strip_opener(f"{c.strip()} the xx") == "the xx"]
    if asks_only and len(asks_only) == len(clauses):
        return ""
    if asks_only:
        text = ", ".join(c for c in clauses if c not in asks_only)
    relates = re.match(r"(?i)^\W*(?:all\s+(?:of\s+)?(?:the\s+)?(?:references|questions|items|requests|information)|(?:this|the|my)\s+request|"
                       r"(?:these|the\s+following)\s+questions)\s+(?:relates?|refers?|appl(?:y|ies))\s+to\s+(?P<rest>.+?)\W*$", text)
    if relates:  # "All references relate to X:" -> "relating to X"
        return f"relating to {relates.group('rest')}"
    asking = re.match(r"(?i)^(?P<ask>[^,]*?)\bthe\s+following\b(?:\s+(?:recorded\s+)?(?:information|data|details|figures|"
                      r"statistics|records|questions?))?(?P<tail>[^,]*)(?:,\s*(?P<rest>.*))?$", text)
    if asking and re.search(r"(?i)\b(?:please|may|can|could|would|receive|request|provide|send|supply|give|like|have|obtain)\b",
                            asking.group("ask")):
        # fr15b: "please may I receive the following data described in that guidance, on a monthly basis from 2018":
        # the words of asking and what they point at are no qualifier of the items; only an adverbial is ("the
        # following for each year", "the following information regarding X, for each of the last three years"),
        # and a format is none ("the following on a CSV file")
        adverbial = (r"(?i)(?:on|for|in|from|between|by|broken|covering|during|since|over|across|per|each|every|split|"
                     r"separately|about|regarding|concerning|relating|with\s+regard)\b")
        form = r"(?i)(?:on|in|as|via|by)\s+(?:an?\s+)?(?:[\w-]+[/\s])?(?:csv|excel|spreadsheet|file|format|pdf|electronic|email)"
        tail, rest = asking.group("tail").strip(" ,;:-"), (asking.group("rest") or "").strip(" ,;:-")
        keep = [x for x in (tail, rest) if x and re.match(adverbial, x) and not re.match(form, x)]
        text = ", ".join(keep)
    text = re.sub(r"(?i)\b(?:the\s+)?following(?:\s+information)?\s+(?=(?:in\s+relation\s+to|regarding|about|concerning|relating\s+to|on)\s)",
                  "", text)  # "the following regarding X:" keeps "regarding X"
    text = re.sub(r"(?i)[,\s]+(?:namely|as\s+follows|specifically|that\s+is|i\.?e\.?)\W*$", "", text)  # fx73: "..., namely:"
    text = re.sub(r"(?i)\b(?:the\s+)?(?:following\s+)?(?:recorded\s+)?(?:information|info|data|details|figures)\s+(?=(?:for|in|on|about|regarding|relating|"
                  r"covering|from|between)\b)", "", text)  # "the following recorded information for X" gives "for X"
    text = _LEAD_TAIL.sub("", strip_opener(text)).strip(" ,;:-")
    text = strip_opener(text).strip(" ,;:-")
    head, comma, tail = text.rpartition(",")
    if comma and strip_opener(f"{tail.strip()} xx").strip() == "xx":
        text = head.strip(" ,;:-")  # "In relation to X, I would like to request": the request words go
    if not _WORDY.search(text) or any(p.search(text) for p in _rules().drop):
        return ""
    if not _LEAD_FILLER.sub("", text).strip(" ,;:-"):
        return ""  # "please could you tell me:" leaves only words of asking, nothing the items lack
    if re.match(r"(?i)(?:i|we|my|our)\b", text):
        return ""  # "I am a parent of a pupil at ...:" is the person's story, not a qualifier
    if re.match(r"(?i)\W*(?:this|that|it|there|they|these|those|you|the\s+council)\s+(?:is|are|was|were|has|have|had|would|will|"
                r"can|could|must|should|may|might|claims?|says?|said)\b", text):
        return ""  # fx73: "This is in breach of Article 8 ..., but I am writing to ask ...": a clause of the story, no scope
    return text[:1].lower() + text[1:] if not re.match(r"[A-Z]{2}|[A-Z][a-z]*\s+[A-Z]", text) else text


_TOPIC_OF_STEM = re.compile(r"(?i)\b(?:about|regarding|concerning|relating\s+to|in\s+relation\s+to|with\s+regards?\s+to|"
                            r"in\s+respect\s+of|on\s+the\s+(?:subject|topic)\s+of)\s+(?P<x>[^.:;?!()\n]+)")
_STEM_ASKS = re.compile(r"(?i)\b(?:request(?:ing|ed)?|information|details|data|figures|records|questions?|following|provide|"
                        r"send|supply|give|tell|know|like|writing|freedom\s+of\s+information|foi)\b")
_TOPIC_END = re.compile(r"(?i)\s*(?:,|\s[-\u2013\u2014]\s|\b(?:please|could|can|would|will|and\s+(?:i|we)|for\s+(?:each|every|the\s+"
                        r"(?:last|past|period|years?)|all)|from\s+(?:19|20)\d\d|under\s+the|in\s+(?:the\s+following|excel|csv|a\s+\w+\s+format)|"
                        r"as\s+follows|the\s+following|below|which|that\s+(?:you|your|the\s+council)|specifically|namely|i\.?e\.?|e\.?g\.?)\b).*$")
_TOPIC_POINTS = re.compile(r"(?i)\b(?:this|these|that|those|it|its|them|they|their|such|above|below|following|undernoted|same|"
                           r"my|our|me|us|i|we|him|her|his|questions?|request|number\s+of|how\s+many|how\s+much|total|amount)\b")


def stem_topic(sentence: str) -> str | None:
    """fr21a: what the stem of a list says all its items are about, in the person's words: "Could you provide the
    following information regarding body worn video:" gives "body worn video", "I am writing about the closure of
    Oakfield library." gives "the closure of Oakfield library". None when the sentence asks for nothing, or what it
    names points elsewhere ("your practices in this area"), counts ("the number of people ...") or is the person
    ("my son's exclusion"): then the items keep what they say."""
    text = _one_line(sentence or "")
    if not _STEM_ASKS.search(text) or re.search(r"(?i)\b(?:hear(?:d|ing)?|heard|read|worried|concerned|think|feel|upset|angry|"
                                                r"understand(?:ing)?|learn(?:ing)?)\s+(?:\w+\s+){0,2}about\b|\b(?:because|believe|public\s+interest)\b", text):
        return None
    m = _TOPIC_OF_STEM.search(text)
    if not m:
        return None
    x = re.sub(r"(?i)\b(\w+),\s+(?=(?:[\w'-]+\s+){0,2}[\w'-]+,?\s+(?:and|or)\s)", "\\1\x00 ", m.group("x"))  # "the provision, maintenance, and
    x = re.sub(r"(?i)\b(\w+),(?=\s+(?:and|or)\s)", "\\1\x00", x)  # funding of public toilets": one topic, never "the provision"
    x = _TOPIC_END.sub("", x).replace("\x00", ",").strip(" ,;:-\u2013'\"")
    x = re.sub(r"(?i)\s+(?:and|or|to|of|in|on|at|for|by|with|the|a|an)$", "", x).strip()
    words = _WORDY.findall(x)
    if not words or len(words) > 14 or _TOPIC_POINTS.search(x) or not re.search(r"[a-z]{3}", x):
        return None
    return x


_PREDICATE = re.compile(r"(?i)^\W*(?:have|has|had|are|is|was|were)\s+(?!(?:there|you|they|it|we|i|he|she|the|a|an|any|your|"
                        r"their|its|this|these|those|that|our|my)\b)(?:(?:been|not|still|now|since|also|then|ever)\s+)*[a-z]+")


def _predicate_only(sub: str) -> bool:
    """fr15a: SUB is a verb phrase with no subject of its own ("have been refused?", "are still outstanding"): it
    finishes the sentence of the item above it."""
    return bool(_PREDICATE.match(sub.strip()))


def _open_count(item: str) -> str | None:
    """fr15a: the count ITEM leaves open at its end, waiting for its verb ("..., and how many of these requests"),
    in the person's words, or None when the item ends otherwise."""
    text = item.rstrip()
    if text[-1:] in ".?!:;":
        return None
    m = re.search(r"(?i)(?:^|[,;]\s*(?:and\s+)?|\band\s+)((?:how\s+many|what\s+number)\s+(?:of\s+(?:these|those|them|which)\s+)?"
                  r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})$", text)
    if not m:
        return None
    said = m.group(1)
    words = said.split()
    if any(_is_finite_word(w) for w in words[2:]):
        return None  # "how many were refused": the count has its verb
    return said


_OPEN_YES_NO = re.compile(r"(?i)^\W*(?:does|do|did|has|have|is|are|was|were|will|would|can|could)\s+(?:the\s+|your\s+|you\b\s*)?"
                          r"(?:[\w'&-]+\s*){0,6}$")


def _open_yes_no(item: str) -> str | None:
    """fr15a: ITEM opens a yes/no question and stops before its verb ("Does West Midlands Police", "Do you"): the items
    under it each finish it with a verb phrase. None when ITEM ends otherwise."""
    text = _one_line(item).strip()
    text = text[:-1].rstrip() if text.endswith(":") and not text.endswith("::") else text  # fr24b: "Does Warwickshire Police:"
    if not _OPEN_YES_NO.match(text) or text[-1:] in ".?!:;,":
        return None
    words = _clause_words(text)[1:]
    if any(_verb_word(w) and not w[:1].isupper() and w.lower() not in ("you", "your", "the") for w in words):
        return None  # "Do you use drones": the question has its verb
    return text


def _verb_word(word: str) -> bool:
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower())
    return bool(lemmas.get("VERB")) and not lemmas.get("NOUN")


_SPLIT_FIGURES = re.compile(
    r"(?i)^\W*(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:provide|give|supply|show|include)\s+"
    r"(?:separate\s+|individual\s+)?(?:the\s+)?(?:numbers|figures|totals|data|counts)\s+for\s+"
    r"(?P<vals>[\w-]+(?:\s*(?:,|/|\band\b|\bor\b)\s*[\w-]+)+?)\s+(?P<head>[a-z]+)\b(?P<rest>[^:?]*)$")


def _splits_item(line: str, item: str) -> bool:
    """fr24b: LINE (a line ending ":" under a list item) only asks for ITEM's figures split into kinds of the thing
    ITEM counts ("Please provide numbers for static and mobile libraries as at 31 March 2018:" under "How many
    libraries have closed ...?"): the values name kinds ("static and mobile"), the head noun is the item's own and
    what follows is no more than a date. Never a lead-in over further items."""
    m = _SPLIT_FIGURES.match(_one_line(line).rstrip(" :."))
    if not m or not re.search(r"(?i)\b(?:and|or)\b|/|,", m.group("vals")):
        return False
    rest = m.group("rest").strip()
    if rest and not re.match(r"(?i)(?:as\s+(?:at|of)|at|on|in|for|between|from|since|during)\b[\w\s/,-]*$", rest):
        return False
    head = m.group("head").lower()
    stem = head[:-3] if head.endswith("ies") else head[:-1] if head.endswith("s") else head
    return bool(re.search(rf"(?i)\b{re.escape(stem)}", item))


def _with_split_note(item: str, line: str) -> str:
    """fr24b: ITEM with the note LINE that splits its figures written straight after its question (before any "I.e.
    these are ..." that explains it), as a sentence of its own."""
    note = f"{_one_line(line).rstrip(' :.')}."
    at = item.rfind("?") + 1
    if not at:
        return f"{item.rstrip()} {note}"
    return f"{item[:at]} {note}{item[at:]}".rstrip()


def _field_of_stem(parent: str, sub: str) -> bool:
    """fr24b: SUB (a sub-item) is one of the things PARENT asks for of each thing ("For each property, please
    provide:" over "The date on which the property was first recorded as empty, or if this is not held, ..."): a
    noun phrase under a stem that asks for each thing's details, never a question of its own."""
    text = _one_line(sub).strip()
    return parent.rstrip().endswith(":") and bool(_field_stem(parent)) and not text.endswith("?") \
        and not _QUESTION_START.match(strip_opener(text)) and not _ASKING_IMPERATIVE.match(text)


def _verb_phrase_item(sub: str) -> bool:
    """fr15a: SUB opens with a verb and no subject ("own unmanned aerial vehicles?", "sub-contract UAV services ...")."""
    words = _clause_words(sub)
    if not words or sub.strip()[:1].isupper() and not re.match(r"[A-Z][a-z]", sub.strip()):
        return False
    from lemminflect import getAllLemmas

    first = words[0].lower()
    verbs = getAllLemmas(first).get("VERB") or ()
    return bool(verbs) and (first in verbs or first.endswith(("ed", "en"))) and first not in _DETERMINERS \
        and not _QUESTION_START.match(sub.strip())


def _is_finite_word(word: str) -> bool:
    return word.lower() in ("is", "are", "was", "were", "has", "have", "had", "did", "do", "does", "will", "would", "can", "could")


def _slot_value(item: str) -> bool:
    """fr15a: ITEM (a list item under a lead-in that stops on an open word, "... in the areas of:") is a value that
    completes the lead-in (a place, a name, a year, a short noun phrase), not a question or a request of its own."""
    text = _one_line(item).strip()
    return bool(_WORDY.search(text)) and len(_WORDY.findall(text)) <= 6 and not _asks_itself(text) \
        and not _QUESTION_START.match(strip_opener(text)) and not text.rstrip().endswith(("?", ":"))


# fr26: a lead-in that tells of an event ("Following the closure of the library last summer, I would like ..."): its
# date says when the event happened, not which period the items cover, so it is not carried into each item
_EVENT_LEAD = re.compile(r"(?i)^\W*(?:following|after|further\s+to|in\s+(?:the\s+)?light\s+of|given|due\s+to|because\s+of|"
                         r"as\s+a\s+result\s+of|in\s+the\s+wake\s+of)\s+(?:the|a|an|my|our|your|their|this|that|its)\s+")


def dates_event(sentence: str, written: str) -> bool:
    """fr26: WRITTEN (a period as typed) dates the event a lead-in tells of ("Following the closure of the library
    last summer, I would like ..."), before the lead-in's comma: when it happened, not the period asked about."""
    if not _EVENT_LEAD.match(sentence or ""):
        return False
    comma = sentence.find(",")
    at = sentence.find(written)
    return at >= 0 and (comma < 0 or at < comma)


# lf61 (fc59): a lead that names one case: the case's own words ("against PC X", "into the death of", "I made")
_CASE_OF = re.compile(r"(?i)\b(?:against|into|i\s+made|we\s+made|my|our)\b")


# fx73 (issue 8): a lead-in that splits every item by a span of time, wherever in it the split sits ("with regard to each
# of the 5 most recent 12 month periods", "in respect of each financial year"): when, so it reaches every item
_EACH_SPAN = re.compile(r"(?i)\b(?:each|every|per)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,4}?(?:calendar\s+|financial\s+|academic\s+)?"
                        r"(?:years?|months?|quarters?|periods?|weeks?)\b")


_QUESTION_OPENS = re.compile(r"(?i)^\W*(?:how|what|which|who|whom|when|where|why|whether|is|are|was|were|do|does|did|has|have|had)\b")
_TOPIC_FRONT = re.compile(r"(?i)^\W*(?P<prep>about|regarding|concerning|relating\s+to|in\s+relation\s+to|with\s+respect\s+to|"
                          r"with\s+regards?\s+to|in\s+respect\s+of|re\b:?)\s+(?P<topic>.+?)[\s,;:.]*$")
_NAME_WORD = re.compile(r"\b(?:[A-Z][A-Za-z]*\d[A-Za-z\d]*|[A-Z]\d+[A-Za-z]?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*|[A-Z]{2,})\b")


def _named_topic(lead: str) -> tuple[str, list[str]] | None:
    """fx73: LEAD as a topic that names its thing ("with respect to the trial on M3 Junction 2 westbound"): (the lead as
    it reaches an item, the names in it: "M3", "Junction", "B679", "Clifton Lane"); None for a topic with no name ("in
    relation to the closure of the library", whose items' frames take it as their topic) or no topic."""
    m = _TOPIC_FRONT.match(lead or "")
    if not m:
        return None
    topic = m.group("topic")
    if re.match(r"(?i)(?:your|our|my|you|the\s+(?:council|trust|board|authority|force|department|ministry|agency|service))\b", topic):
        return None  # "in relation to your Integrated Care Board": the body asked, said of every item already
    names = [n for n in _NAME_WORD.findall(topic) if n.lower() not in {"i", "the", "a", "council", "please"}]
    if not names:
        return None
    prep = m.group("prep").lower()
    said = f"regarding {topic}" if prep in ("about", "re", "re:") else lead.strip(" ,;:.")  # never "How many ..., about X?"
    return said[:1].lower() + said[1:], [w for n in names for w in n.split()]


_SHARED_STOP = frozenset("a an the of on in at to for by with and or from about regarding this that these those its their".split())


def _topic_inside(item: str, topic: str, names: list[str]) -> str | None:
    """fx76 (issue 8): ITEM with the naming rest of a lead-in's TOPIC written in after the words they share, when ITEM
    already says the thing the topic names ("When was the 20mph limit introduced?" under "regarding the 20mph limit on
    Mill Road": "When was the 20mph limit on Mill Road introduced?"); None when they share no such words or the rest
    after them holds none of the topic's NAMES (the topic is then said once after the item, as before)."""
    t_words = re.findall(r"[\w'/-]+", topic)
    low_item = item.lower()
    best = None
    for i in range(len(t_words)):
        for j in range(len(t_words), i + 1, -1):
            run = t_words[i:j]
            if all(w.lower() in _SHARED_STOP for w in run) or run[-1].lower() in _SHARED_STOP:
                continue
            m = re.search(r"(?i)\b" + r"\s+".join(re.escape(w) for w in run) + r"\b", item)
            if m and (best is None or j - i > best[1] - best[0]):
                best = (i, j, m)
            if m:
                break
    if best is None or best[1] - best[0] < 2:
        return None
    i, j, m = best
    rest_at = re.search(r"(?i)\b" + r"\W+".join(re.escape(w) for w in t_words[:j]) + r"\b", topic)
    if rest_at is None:
        return None
    rest = topic[rest_at.end():].strip(" ,;:.")
    if not rest or not re.match(r"(?i)(?:on|in|at|along|near|outside|for|of|between|by|from|to|across)\s", rest) \
            or not any(re.search(rf"(?i)\b{re.escape(n)}\b", rest) for n in names) \
            or any(re.search(rf"(?i)\b{re.escape(n)}\b", low_item) for n in names):
        return None
    after = item[m.end():]
    if "," in rest and re.match(r"\s+\w", after):
        rest += ","  # "the 20mph limit on Mill Road, Cambridge, introduced": the place's aside closed
    return f"{item[:m.end()]} {rest}{after}"


def _with_lead(item: str, lead: str) -> str:
    """A list ITEM with its LEAD-in joined on, so the item stands on its own: a lead-in that says when or
    how to break the figures down ("for each year from 2021 to 2024", "for each ward") reaches every item;
    one that only names the topic ("in relation to the closure of the library") reaches a bare item
    ("the cost", "how many staff") that means nothing without it, not an item that already says it all."""
    if not lead or item.rstrip().endswith(":") and _WORDY.search(item):
        return item  # fr21a: "How many ... in 2012? Please give:" waits for its sub-items: nothing goes after its colon
    if re.match(r"(?i)\W*(?:\d{1,2}[.)]\s*)?(?:first|second|third|fourth|fifth|sixth|final|last)ly\b", item):
        return item  # fr22b: "Thirdly, I would like to know ...": a new section of the letter, not under the lead-in
    from askfoi.periods import find_periods

    says_when = bool(re.match(r"(?i)(?:for|in|during|between|since|from|over|across|broken\s+down)\s+(?:each|every|the\s+(?:last|past)|\d|(?:19|20)\d\d)"
                              r"|as\s+(?:of|at)\s+\S|broken\s+down\s+(?:by|into|per)\b", lead)) \
        or bool(find_periods(lead)) and not _EVENT_LEAD.match(lead) \
        or bool(_EACH_SPAN.search(lead))  # fx73: "with regard to each of the 5 most recent 12 month periods": a breakdown by time
    from askfoi.sar_items import _CASE_NOUN, _OWN_SCOPE

    if _CASE_NOUN.search(lead) and _CASE_OF.search(lead) and not re.match(
            r"(?i)\W*(?:for|in|during|between|since|from|over|across|within|broken|as\s+(?:of|at))\b", lead) \
            and not re.match(r"(?i)\W*(?:should|if|unless|once|in\s+case|in\s+the\s+event)\b", lead):
        # fx91: a lead that is a condition on the whole request ("should my appeal be rejected:") names no case
        # lf61 (fc59): a lead naming one case ("About the disciplinary case against PC Amy Clarke:") reaches each item
        # with no scope of its own ("How long did the investigation take?"), never one that counts the body's own work
        # over a period or in total ("How many officers were dismissed in 2024?")
        if _OWN_SCOPE.search(item):
            return item
        case = re.sub(r"(?i)^\W*(?:re\b:?|regarding|about|concerning|in\s+relation\s+to|with\s+regard\s+to|relating\s+to)\s*", "", lead)
        end = "?" if item.rstrip().endswith("?") else ""
        return f"{item.rstrip(' .;,?')}, regarding {case.strip(' ,.:')}{end}"
    if says_when and len(_WORDY.findall(item)) > 4 and re.match(
            r"(?i)(?:on|about|regarding|concerning|relating\s+to|in\s+relation\s+to|with\s+regards?\s+to|in\s+respect\s+of)\s", lead):
        # fx67: "I would like to request data on the number of recycling bins refused at kerbside broken down per month
        # over the last 3 years (2022, 2023 and 2024). Please provide the following:" over items that say what they
        # count: the lead's topic is theirs already and is never pasted after each; only when it says reaches them
        spans = sorted(span for _, _, span in find_periods(lead))
        if spans and spans[0][0] > 0:
            lead = lead[spans[0][0]:].strip(" ,;:-")
    named = _named_topic(lead) if not says_when else None
    if named and not any(re.search(rf"(?i)\b{re.escape(w)}\b", item) for w in named[1]) \
            and (_QUESTION_OPENS.match(item) or re.search(r"(?i)\b(?:this|that|these|those|it|its|the\s+above)\b", item)):
        # (a noun phrase with no pointer, "the number of complaints received", is framed: the topic reaches its frame)
        # fx73 (issue 8): a lead-in naming the thing every item is about by its name ("With respect to the trial on M3
        # Junction 2 westbound ...:", "about the introduction of a 30mph limit on the B679 Clifton Lane ...:") reaches
        # each item that does not name it itself ("A copy of the order for this section of motorway"), once, after it
        end = "?" if item.rstrip().endswith("?") else "."
        inside = _topic_inside(item, named[0], named[1])
        if inside is not None:
            return inside  # fx76: "When was the 20mph limit on Mill Road introduced?", never the limit said twice
        return f"{item.rstrip(' .;,?')}, {named[0]}{end}"
    if not says_when and (len(_WORDY.findall(item)) > 4 or stem_topic(f"information {lead}")
                          and not re.search(r"(?i)\b(?:it|its|they|them|their)\b", item)
                          and not re.match(r"(?i)\W*(?:and\s+|also\s+)*(?:how|what|which|who|whom|when|where|why|whether|is|are|was|"
                                           r"were|do|does|did|has|have)\b", item)):
        return item  # fr21a: what the items are about reaches their frames (Reading.topics), never pasted after them
    end = "?" if item.rstrip().endswith("?") else ""  # fr17b: "How many ... in Hartlepool as of 1 March 2025?", never "...?, as of"
    body = item.rstrip(" .;,?")
    return f"{body} {lead}{end}" if re.match(r"(?i)(?:for|in|at|as|by|from|during|between|since|over|across|within|under|on|about|regarding|relating|concerning|following|with\s+regard)\b", lead) \
        else f"{body}, {lead}{end}"


# fr9a: "1.Number of ... 2.The total ..."; fx58: roman numerals ("i. The exact locations ...; ii. The method ...") and a
# bracketed label straight before its capital ("(iii)How many ...")
_INLINE_MARK = re.compile(r"(?:(?<=^)|(?<=[\s:;,?]))\(?(\d{1,2}|[a-h]|[ivx]{1,4})[.)](?:\s+(?=\S)|(?<=\d\.)(?=[A-Z][a-z])|(?<=\))(?=[A-Z][a-z]))")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _label_kind(label: str) -> str:
    return "digit" if label.isdigit() else "roman" if set(label) <= set("ivx") else "alpha"


_WH_OPENS = re.compile(r"(?i)^\W*(?:who|what|which|how|when|where|whether|why)\b")


# fx64: labels typed as bare numbers ("1 Copy of conversation between A and B. 2 Copy of the Advice given by B to A. 3 Job
# title ..."): a number alone before a capitalised word; only a run counting up from 1 at the line's start is a list
_BARE_MARK = re.compile(r"(?:(?<=^)|(?<=[\s.;:?!]))(\d{1,2})\s+(?=[A-Z][a-z])")
_MONTH_AFTER = re.compile(r"(?i)\s*\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")


def _bare_number_run(line: str) -> list[re.Match[str]]:
    """The bare-number labels of LINE that make a list: three or more, counting up from 1 in order, the first at the
    line's start (after any lead-in ending with a colon), each item four words or more and never a date ("1 October")."""
    marks = [m for m in _BARE_MARK.finditer(line) if not _MONTH_AFTER.match(line, m.start())]
    run: list[re.Match[str]] = []
    for m in marks:
        if m.group(1) == str(len(run) + 1):
            run.append(m)
        elif m.group(1) == "1" and not run:
            run = [m]
    if len(run) < 3 or line[: run[0].start()].strip() and not line[: run[0].start()].rstrip().endswith(":"):
        return []
    ends = [m.start() for m in run[1:]] + [len(line)]
    if any(len(_WORDY.findall(line[m.end(): e])) < 4 for m, e in zip(run, ends)):
        return []
    return run


def list_lines(text: str) -> str:
    """fx67: TEXT with each numbered list typed on one line written one item a line, as the list reader reads it
    (`_inline_list`: "1 Number of ... 2 Provide an incident log ... 3 State whether ..." -> three lines, the labels
    as "1.", "2.", "3."), so a reader that goes by lines (lost_asks) sees the items the framing saw."""
    return "\n".join(piece for line in (text or "").split("\n") for piece in (_inline_list(line) if line.strip() else [line]))


def bare_number_list(text: str) -> bool:
    """fx67: TEXT holds a list labelled with bare numbers on one line ("1 Number of ... 2 Provide an incident log ...
    3 Provide the change control log ..."), the kind `_bare_number_run` reads as a list: a numbered list, so a formal
    request (sentence_acts.formal_request), never chat whose sentences are read as story."""
    return any(_bare_number_run(line) for line in (text or "").splitlines())


def _unlabelled_first(line: str, marks: list[re.Match[str]]) -> list[str]:
    """fx64: a list whose first item has no label ("what agreements have been reached ...? (b) Do we ...? (c) Where
    ...? (d) Where does ...?"): labels counting up in order from the second ("(b)", "2.", "ii."), two or more, after a
    question or sentence that ends with its mark. That sentence is the first item; each label opens the next."""
    run: list[re.Match[str]] = []
    for m in marks:
        label = m.group(1).lower()
        k = len(run) + 1  # the place of the next label in its list, counting the unlabelled first item as 0
        expected = (str(k + 1), "abcdefgh"[k] if k < 8 else "", _ROMAN[k] if k < len(_ROMAN) else "")
        if label in expected and (not run or _label_kind(run[0].group(1).lower()) == _label_kind(label)):
            run.append(m)
        elif run:
            break
    if len(run) < 2 or not re.search(r"[?.!]\s*$", line[: run[0].start()]) \
            or not re.search(r"[?.!]\s*$", line[run[0].end(): run[1].start()]):
        return []
    first = line[: run[0].start()].strip()
    if len(_WORDY.findall(first)) < 4:
        return []
    return [first] + [line[m.start(): nxt.start() if nxt else len(line)].strip().rstrip(",;")
                      for m, nxt in zip(run, run[1:] + [None])]


def _inline_list(line: str) -> list[str]:
    """A numbered list written on one line ("tell me: 1. whether ..., 2. how many ..., 3. which ...")
    as one line per item, the lead-in on a line of its own. Only markers that count up from 1 (or a)
    in order make a list, so "section 2. The" or "a. b." in prose is left alone."""
    marks = list(_INLINE_MARK.finditer(line))
    run: list[re.Match[str]] = []
    for m in marks:
        label = m.group(1).lower()
        expected = (str(len(run) + 1), "abcdefgh"[len(run)] if len(run) < 8 else "", _ROMAN[len(run)] if len(run) < len(_ROMAN) else "")
        if label in expected and (not run or _label_kind(run[0].group(1).lower()) == _label_kind(label)):
            run.append(m)
        elif label in ("1", "a", "i"):
            run = [m]
    if len(run) < 2:
        first = _unlabelled_first(line, marks)
        if first:
            return first
        run = _bare_number_run(line)
        if not run:
            return [line]
    before = line[: run[0].start()].rstrip()
    bare = strip_label(before) if before else ""
    asked = [line[m.end(): nxt.start() if nxt else len(line)] for m, nxt in zip(run, run[1:] + [None])]
    # lead47: a short question word item ("2) who supplies them") asks too: a wh-word opens a question of its own
    each_asks = all(_CLAUSE_START.match(a) and (len(_WORDY.findall(a)) >= 4 or len(_WORDY.findall(a)) >= 2
                                                and _WH_OPENS.match(a)) for a in asked)
    # fr23a: "I would like to know 1) how many ... 2) how much ...": each label opens a question of its own, a list
    # fx58: three or more items counting up, each a request of its own that starts with a capital ("send me a copy of 1. The
    # internal policy ... 2. Please provide a copy of ... 3. Please send me ..."): a list, though the lead-in ends open
    own_items = len(run) >= 3 and all(a.strip()[:1].isupper() and len(_WORDY.findall(a)) >= 4 for a in asked)
    if not own_items and (bare and bare != before.strip() or not each_asks and not re.search(r"[:.?!]$", bare) and bare and run[0].group(0).rstrip().endswith(")")
                          or re.search(r"[^\W\d_],?$", before) and (_OPEN_END.search(before) or re.search(r"(?i)\bhow\s+(?:many|much)$", before))):
        # fr12: "How many (a) officers and (b) staff ...", "the costs of a) X and b) Y", "1. In 2021/22 (a) how much ...
        # and (b) how many ...": labels inside a sentence (or inside an item of the list), no list of their own
        return [line]
    out = [before.strip() + (":" if own_items and before.strip() and _OPEN_END.search(before) else "")]  # fx58: a lead-in
    for m, nxt in zip(run, run[1:] + [None]):
        item = line[m.start(): nxt.start() if nxt else len(line)].strip().rstrip(",;")
        if m.re is _BARE_MARK:  # fx64: a bare number written as the label the list reader knows ("4 How" -> "4. How")
            item = f"{m.group(1)}. {line[m.end(): nxt.start() if nxt else len(line)].strip().rstrip(',;')}"
        out.append(item)
    return [piece for piece in out if piece]


_HEADING_WORDS = 10


def _bare_item_line(line: str) -> bool:
    """LINE could be an item of a list written without markers: it starts with a capital, has at most 12 words and
    no sentence mark or colon at its end (fr15b)."""
    text = line.strip()
    return bool(text) and text[:1].isupper() and len(_WORDY.findall(text)) <= 12 and text[-1:] not in ".?!:;,"


def _asked_line(line: str) -> bool:
    """LINE (under a lead-in that ends with ":") is an item of a list written with no markers, one item a line, of
    any length (fr36: "The number of individuals convicted by your force under Regulation 9 of ..." over "The total
    amount collected in fines from ..."): it opens on a capital with a noun of what is asked ("The number of",
    "The names of", "Details of", "A copy of", "Whether ..."), so it starts a request of its own and never carries
    on the line before it."""
    text = line.strip()
    if not text[:1].isupper() or _LIST_ITEM.match(text) or _SUB_ITEM.match(text) or text.endswith(":"):
        return False
    words = [w.lower() for w in _WORDY.findall(text)[:3]]
    if words[:1] == ["whether"]:
        return len(words) > 2
    nouns = _rules().asked_nouns - {"everything", "anything", "whatever", "info", "break"}
    return len(words) > 2 and (words[0] in nouns and words[1] in ("of", "for", "on") or words[0] in _DETERMINERS
                               and (words[1] in nouns or words[2] in nouns))


_REQUEST_TITLE = re.compile(r"(?i)^\W*(?:re\s*:\s*|subject\s*:\s*)?(?:an?\s+)?(?:(?:foi|foia|foisa|eir|freedom\s+of\s+information|"
                            r"environmental\s+information)\s+(?:\(scotland\)\s+)?(?:act\s+)?(?:request|enquiry|application)|"
                            r"request\s+for\s+information|information\s+request)\b(?=\s*(?:$|[-\u2013\u2014:,(]|\s+(?:re|about|on|regarding|concerning|for)\b))")


def _names_request(line: str) -> bool:
    """fr26b: LINE opens by naming the request itself ("FOI request - agency staff", "Freedom of Information Request:
    Taser use", "Request for information re potholes"): a title, whatever follows it."""
    return bool(_REQUEST_TITLE.match(line or ""))


_TITLE_SMALL = frozenset("and of for the to in on a an & or with by".split())


def _title_phrase(line: str) -> bool:
    """fx44 (issue 8): LINE is a title in Title Case ("Contracted Support", "Future Capacity and Skills Planning"): two to
    six words, each word but the small ones capitalised, no mark of a sentence's end and no verb of a question; over
    sub-items it heads them, it asks nothing itself."""
    words = re.findall(r"[^\W\d_][\w'&-]*", line or "")
    if not 2 <= len(words) <= 6 or (line or "").rstrip()[-1:] in ".?!;," or re.search(r"\d", line or ""):
        return False
    if re.search(r"(?i)\b(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|should|please|how|what|which)\b", line):
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words) and words[0][:1].isupper()


def _is_heading(line: str, following: str) -> bool:
    """A title line over the request ("Freedom of Information Request - Taser Use", "Body Worn Video"): short,
    written with a capital, no sentence mark at its end, not a list item, not a question or a request of its
    own, and followed by a line that starts a sentence. Left out: it names the subject the parts name again."""
    words = _WORDY.findall(line)
    if line and _names_request(line) and len(words) <= _HEADING_WORDS and line.rstrip()[-1:] not in ".?!" \
            and not _CLAUSE_START.match(line):
        return True  # fr26b: the letter's title, over a blank line, a list or prose
    if not line or not following or not line[:1].isupper() or not following[:1].isupper() or len(words) > _HEADING_WORDS:
        return False
    if line.rstrip()[-1:] in ".?!:;," or _LIST_ITEM.match(line) or _LIST_ITEM.match(following) and not _names_request(line):
        return False  # (fr26b: "FOI request - agency staff" over numbered questions is the letter's title all the same)
    return not _CLAUSE_START.match(line) and not re.match(r"(?i)\W*(?:please|i|we|can|could|would|how|what)\b", line) \
        and not re.search(r"(?i)\b(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could)\b", line)


_MARKER = re.compile(rf"^\s*(?:(?P<num>{_NUM_LABEL})|\(?(?P<alpha>[a-z]|[ivx]{{2,4}})[.)]|(?P<bullet>[-*\u2022\u00b7\u2013]|o(?=\s+[a-z])))(?:\s+|(?<=\.)(?=(?-i:[A-Z])))", re.I)
_SUB_ITEM = re.compile(r"^\s*o\s+(.*)$")  # "o how many were reported": a bullet typed as the letter o


_FIELD_STEM = re.compile(
    r"(?i)\b(?:breakdown\s+of|broken\s+down\s+(?:by|as\s+follows)|"
    r"for\s+each\b(?!\s+(?:of\s+the\s+)?(?:(?:last|past|next|following|financial|calendar|academic|school)\s+)*(?:years?|months?|quarters?|weeks?|days?|periods?)\b)"
    r"[^:?]{0,100}?(?:following\b|:\s*$)|"
    r"the\s+following\s+(?:details|fields|information)\s+(?:for|on|about|of)\s+(?:each|every)\b|"
    r"details?\s+(?:of|on|about)\b[^:?]{0,100}?\b(?:including|following)\b)")
_OWN_MEASURE = re.compile(r"(?i)\b(?:number|numbers|total|totals|how\s+many|how\s+much|copy|copies|count|counts)\b")


def _field_stem(line: str) -> bool:
    """LINE asks for a breakdown or for details of each thing, whose fields the lines after it list ("Please provide a
    breakdown of exclusions from schools", "For each report, please supply:", "For each, I would like the following
    information:") (fr9a): the fields are its breakdown, never questions of their own."""
    text = _one_line(line)
    last = (_sentences(text) or [text])[-1]
    if re.search(r"(?i)\b(?:should|must|to|would|will)\s+include\b[^:?]{0,40}:\s*$|\bincluding(?:\s+the\s+following)?\s*:\s*$", last):
        return True  # "This should include, where held:" - the question before it, with its fields
    return bool(_FIELD_STEM.search(last)) and "?" not in last and (
        asks_itself(last.rstrip(" :")) or bool(_ASKING_IMPERATIVE.match(last)) or bool(re.search(
            r"(?i)\b(?:please\s+(?:\w+\s+)?(?:provide|supply|send|give|list)|i\s+(?:would|'d)\s+like)\b", last)))


def _field_item(item: str) -> bool:
    """ITEM (a list item after a `_field_stem`) is one field of it: a short noun phrase that neither asks nor names a
    measure of its own ("Date and length of exclusion", "the submission date of the report", "The name of the
    company that gave the donation"); not "How many ...", "Please ...", "If possible, ...", "The number of ..."."""
    text = _one_line(item).strip()
    core = strip_opener(text)
    if not _WORDY.search(text) or "?" in text or len(_WORDY.findall(text)) > 16 or _OWN_MEASURE.search(text):
        return False
    words = [w.lower() for w in _clause_words(text)[:3]]
    named = bool(words) and (words[0] in _rules().asked_nouns or words[0] in _DETERMINERS and len(words) > 1
                             and words[1] in _rules().asked_nouns)  # "The date the university rejected ...": a noun phrase
    named = named or bool(re.match(r"(?i)\W*(?:the\s+)?[a-z]+(?:\s+\([^)]{1,40}\))?\s+(?:of|for)\s", text))  # "Age (or year) of pupil"
    return not (_QUESTION_START.match(core) or _CLAUSE_START.match(core) or core != text
                or re.match(r"(?i)\W*(?:please|can|could|would|will|if|where|i|we|also|and|additionally|kindly)\b", text)
                or not named and is_statement(text))


def _heading_line(line: str) -> bool:
    """LINE is a heading over the items after it ("GDPR Compliance:", "Contracts -"), not a continuation of the
    item before it (fr9a): a short noun phrase ending with ":" that neither asks nor states (no question word, no
    words of asking, no finite verb)."""
    text = line.strip()
    if not text.endswith(":") or len(_WORDY.findall(text)) > 6 or _CLAUSE_START.match(text):
        return False
    if re.match(r"(?i)\W*(?:please|can|could|would|will|i|we|kindly|provide|tell|give|list|state|for|in|of|by|from|with|and|or)\b", text):
        return False
    return not re.search(r"(?i)\b(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|should|include|including|"
                         r"following|below|as\s+follows)\b", text)


def _marker_kind(line: str) -> str | None:
    """The family of a list item's marker: "num" (1. 2)), "alpha" (a. b)), "bullet" (- * \u2022 o), None for a
    line that is not a list item."""
    m = _MARKER.match(line)
    if not m:
        return None
    return next(k for k in ("num", "alpha", "bullet") if m.group(k))


def _item_text(line: str) -> str:
    m = _LIST_ITEM.match(line) or _SUB_ITEM.match(line)
    return m.group(1) if m else line


def _asks_itself(item: str) -> bool:
    """A list item that is a question or a request of its own ("how many were reported to the police", "please
    also specify the outcomes"), not a value that breaks the item above it down ("30 days", "April 2015 to
    March 2016", "Failing to monitor reduced foetal movements")."""
    item = re.sub(r"(?i)^\W*(?:and\s+)?if\s+(?:so|yes|not|applicable|held|possible)\b\W*", "", strip_softener(item)) or item
    item = _ADVERB_OPENERS.sub("", item, count=1) or item  # fr9a: "- Additionally how many ...": a question of its own
    core = strip_opener(item)
    return "?" in item or bool(re.search(r"(?i)\bplease\b", item)) or bool(_QUESTION_START.match(core) or re.match(r"(?i)\W*(?:(?:and|also)\s+)?(?:please|could|can|would)\b", item)
                or core != item.strip() or item.rstrip().endswith("?")) \
        or names_records(item)  # "Number of fixed penalty notices issued", "The enforcement policy": a request of its own


_OPEN_END = re.compile(r"(?i)\b(?:with|of|for|to|by|from|between|including|in|on|at|about|into|under|as|the|a|an|and|or|"
                       r"either|both|whether|namely|such\s+as)\W*$")


def _completes(parent: str, sub: str) -> bool:
    """SUB (a sub-item) completes its PARENT's sentence rather than asking on its own: the parent stops on an open
    word ("... been presented with", "... for each of") or on ":" with sub-items that are noun phrases, not
    questions ("How many cases were there of:" a) theft b) fraud). Such a sub-item is a value of its item."""
    parent = parent.rstrip()
    if _OPEN_END.search(parent.rstrip(" :")):
        return True
    if parent.endswith(":") and _field_stem(parent) and _field_item(sub):
        return True  # fr9a: "For each, I would like the following information:" - the name; - the date ...
    return parent.endswith(":") and not _QUESTION_START.match(strip_opener(sub)) \
        and not re.match(r"(?i)\W*(?:please|can|could|would|if)\b", sub) and bool(_CLAUSE_START.match(strip_opener(parent)))


_AUX_VERB = (r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|shall|do|does|did|"
             r"remain|remains|remained|live|lives|lived|need|needs|needed|work|works|worked)")


def relative_continuation(line: str) -> bool:
    """fr12: LINE, after a line with no end mark, carries on the sentence before it as a relative clause ("... removed
    from the list\nWho have therefore been re-housed", "... the contractor\nWhich was appointed in 2019"): "Which" or
    "Who" straight before a verb, with no subject between; a "Who" line ending "?" is a question of its own ("Who
    monitors the cameras?"), as is "Which" before a noun ("Which companies supply it?")."""
    text = line.strip()
    m = re.match(rf"(?:Which|Who|Whom|Whose)\s+(?:(?:therefore|also|then|still|now|currently|subsequently|already|"
                 rf"not|since|previously)\s+)*{_AUX_VERB}\b", text)
    return bool(m) and not (text.startswith("Who") and text.endswith("?"))


def _new_sentence(line: str) -> bool:
    """LINE starts a sentence of its own even when the line before it has no full stop: it opens with a capital
    question word, an inverted auxiliary or "Please" ("How many cameras feed the database\nWhich organisations
    supply ..."). A line that starts in lower case or with a name carries the sentence on, as does a relative clause
    (`relative_continuation`)."""
    if relative_continuation(line):
        return False
    # fx97 (fx94 Dyfed-Powys: "... the data generated by the cameras\nFor clarity, 'data' typically includes ..."): a
    # note that says what a word of the request means opens a sentence of its own, never the item's words run on
    return bool(re.match(r"(?:How|What|Which|Who|Whom|Whose|When|Where|Why|Whether|Please|Is|Are|Was|Were|Do|Does|Did|"
                         r"Has|Have|Can|Could|Will|Would)\b|(?:For\s+(?:clarity|clarification|the\s+avoidance\s+of\s+doubt)|"
                         r"To\s+(?:be\s+clear|clarify)|N\.?B\.?)\b", line.strip()))


def _pieces(text: str) -> list[str]:
    """The separate things asked for (`_tagged_pieces`' texts)."""
    return [t for t, _ in _tagged_pieces(text)]


_FOLLOWING_END = re.compile(r"(?i)\b(?:the\s+)?following\s+(?:[a-z/-]+\s+){0,2}[a-z/-]+\s*[?:.]?\s*$")
_DECIMAL = re.compile(r"^(\s*)(\d{1,2})\.(\d{1,2})\.?\s+(?=\S)")


def _decimal_outline(lines: list[str]) -> list[str]:
    """LINES of a list numbered "1.0", "1.1", "1.2", "2.0", "2.1" (a formal letter's outline) with the "N.0" lines as the
    items ("1. ...") and the "N.M" lines under them as their sub-items ("(a) ...", "(b) ..."), so a sub-item is read
    with the item it completes (its subject, its "following areas"), never as a request of its own. LINES as they are
    when no line is numbered "N.0"."""
    if not any((m := _DECIMAL.match(line)) and m.group(3) == "0" for line in lines):
        return lines
    out, parent = [], None
    for line in lines:
        m = _DECIMAL.match(line)
        if m and m.group(3) == "0":
            parent = m.group(2)
            out.append(f"{m.group(1)}{m.group(2)}. {line[m.end():]}")
        elif m and m.group(2) == parent and 1 <= int(m.group(3)) <= 8:
            out.append(f"{m.group(1)}({'abcdefgh'[int(m.group(3)) - 1]}) {line[m.end():]}")
        else:
            out.append(line)
    return out


_TOPIC_HEADING = re.compile(
    r"(?i)^\W*(?:in\s+regards?\s+to|with\s+regards?\s+to|as\s+regards|regarding|re|in\s+relation\s+to|relating\s+to|"
    r"concerning|on\s+the\s+(?:subject|matter|topic)\s+of|turning\s+to)\s*[:,-]?\s+(?P<np>[^:?]{3,120}?)\s*:\s*$")


def topic_heading(line: str) -> str | None:
    """fr23a: the noun phrase a heading line names ("In regards to cycling close pass submissions, submitted by
    cyclists:" -> "cycling close pass submissions"), up to its first comma; None for any other line. Such a line asks
    nothing: the questions under it are about that subject."""
    m = _TOPIC_HEADING.match((line or "").strip())
    if not m:
        return None
    np = re.split(r"\s*[,;(\u2013\u2014]\s*|\s+-\s+", m.group("np"))[0].strip()
    np = re.sub(r"(?i)^(?:the|any|all|your)\s+", "", np)
    if len(_WORDY.findall(np)) > 8 or re.search(r"(?i)\b(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|"
                                                  r"please|i|we|you)\b", np):
        return None
    return np or None


def with_topic(sentence: str, topic: str) -> str:
    """fr23a: SENTENCE (under a heading naming TOPIC) with the first bare mention of the topic's head noun written as the
    topic ("how many submissions were received?" under "cycling close pass submissions" -> "how many cycling close pass
    submissions were received?"): only after a determiner or quantifier (never a noun already qualified), and the head
    must agree (submission/submissions). SENTENCE as it is when it names the head nowhere or names the topic already."""
    words = topic.split()
    head = words[-1].lower()
    if len(words) < 2 or topic.lower() in sentence.lower():
        return sentence
    stem = head[:-1] if head.endswith("s") else head
    found = re.search(rf"(?i)(\b(?:how\s+many|the|these|those|any|all|many|no|of|each|every|such)\s+)({re.escape(stem)}s?)\b", sentence)
    if not found:
        bare = re.search(r"(?i)\b(these|those)\s+(?=(?:were|are|have|had|was)\b)", sentence) if head.endswith("s") else None
        if bare:  # "how these were dealt with": the pronoun stands for the subject of the heading
            return f"{sentence[:bare.start()]}the {topic}{sentence[bare.end(1):]}"
        return sentence
    modifiers = " ".join(words[:-1])
    if re.match(r"(?i)(?:these|those|such)\b", found.group(1)):  # "at these schemes": the heading's, in full
        return f"{sentence[:found.start(1)]}the {modifiers} {found.group(2)}{sentence[found.end(2):]}"
    return f"{sentence[:found.start(2)]}{modifiers} {found.group(2)}{sentence[found.end(2):]}"


def _tagged_pieces(text: str) -> list[tuple[str, tuple[int, int] | None]]:
    """The separate things asked for: list items when the text is a list, else sentences. A list inside an
    item (letters under numbers, bullets under numbers, "o" under bullets) is read as part of that item: values
    that break it down ("a. 30 days  b. 60 days", the years "for each of the following years:") are joined to
    it; sub-items that ask something of their own stay separate questions, after it. Each piece comes with where
    it is: (the list's number, the item's number) for a list item, None for prose."""
    lines = []
    # fr12: labels in odd forms ("3.)", "- 3i -", "1a.") read as the plain labels they stand for, and bullets written
    # on one line as one item each, before anything is cut: the list decides where an item ends; footnotes apart
    for line in (plain_label(piece) for raw in restarted_runs(loose_labels(footnotes_apart(text).splitlines())) for bulleted in inline_bullets(raw)
                 for piece in _inline_list(bulleted)):
        if any(p.search(line.strip()) for p in _rules().stop):
            break  # a sign-off: what follows is the signature
        if any(p.search(line.strip()) for p in _rules().salutation):
            lines.append("")  # "Dear Ministry of Justice,": not part of what follows
            continue
        line = re.sub(r"\?\s*[,;]+\s*(?=\S)", "? ", line)  # fr12: "...in 2024?, therefore, how many ...": "?" ends it
        lines.append(line.strip().lstrip(":>").strip())  # "::The number ...", "> How many ...": quoting marks
    lines = _decimal_outline(lines)  # fr17b: "1.0 How much ... in the following areas?" over "1.1 Wages", "1.2 Fuel"
    # fr15b: a short line under a lead-in that ends with ":" ("... on a CSV file:" / "Number of Category 1 calls" /
    # "Response times") is an item of the list it opens, never a title over the request
    under_lead, opened = [], False
    for line in lines:
        under_lead.append(opened)
        if line.rstrip().endswith(":"):
            opened = True
        elif line.strip() and line.rstrip()[-1:] in ".?!":
            opened = False
    lines = ["" if _is_heading(line, nxt) and not under else line
             for line, nxt, under in zip(lines, lines[1:] + [""], under_lead)]
    bare = [under and _bare_item_line(line) for line, under in zip(lines, under_lead)]
    asked = [under and _asked_line(line) for line, under in zip(lines, under_lead)]
    if sum(asked) >= 2 and sum(asked) >= sum(bare):
        bare = [b or a for b, a in zip(bare, asked)]  # fr36: whole lines that each name what is asked, any length
    if sum(bare) >= 2 and not any(_LIST_ITEM.match(line) or _SUB_ITEM.match(line) for line in lines):
        # fr15b: short lines with no marker under "... the following:" ("Number of Category 1 calls" / "Response
        # times") are the items of that list, each one asked, never run together into one sentence nor dropped
        lines = [f"- {line}" if b else line for line, b in zip(lines, bare)]
    lines = expand_stems(lines)  # fr11a: stems written out with each item they complete
    items: list[str] = []
    wheres: list[tuple[int, int] | None] = []
    listed = sum(1 for line in lines if _LIST_ITEM.match(line) or _SUB_ITEM.match(line))
    if listed >= 2:
        current: list[str] | None = None
        lead = ""  # what a lead-in ("Please provide the following for each year:") adds to each of its items
        top = next((_marker_kind(line) for line in lines if _marker_kind(line)), None)
        parent: int | None = None  # the index in ITEMS of the last top-level item: sub-items belong to it
        values: list[str] = []  # the sub-items that only break the parent down
        parent_base = ""  # the parent item as written, before its values
        group = 0  # which list of the text: prose between two lists starts another

        heading: list[bool] = [False]  # the parent is a heading over its sub-items ("A. Exclusions (annual):")
        stem: list = [None, 0, False]  # fr9a: the item that asks for each thing's fields, how many fields it has, and
        # (fr17b) whether it was a line ending on ":" (a lead-in when its items ask on their own)
        asked_list: list[bool] = [False]  # a lead-in that asks ("Please provide the following ...:") came before
        slot: list = [None, None, []]  # fr15a: a lead-in that asks and stops on an open word ("... in the areas of:"),
        # its index in ITEMS once filled, and the values its items fill it with

        opened: list = [None, None, None]  # fr15a: the last item that finished an open count, and that count's words
        topic: list = [None]  # fr21a: what the list's stem says its items are about (`stem_topic`), or None

        def finish_open(raw: str) -> bool:
            """fr15a: "..., and how many of these requests" then a) have been refused? b) are still outstanding?: each
            item with no subject finishes the count the line above left open, one question each, in the person's words."""
            if not items:
                return False
            last = len(items) - 1
            if opened[0] == last and opened[1] and opened[2](raw):
                raw = raw.strip()
                raw = raw[:1].lower() + raw[1:] if opened[2] is _verb_phrase_item and re.match(r"[A-Z][a-z]", raw) else raw
                items.append(f"{opened[1]} {raw}")
                wheres.append(wheres[last] if opened[2] is not _verb_phrase_item or wheres[last] is None
                              or len(wheres[last]) < 2 else (wheres[last][0], len(items), *wheres[last][2:]))
                # (fr24b: each verb phrase under "Does X:" is an item of its own, never joined to the next)
                opened[0] = len(items) - 1
                return True
            said, fits = _open_count(items[last]), _predicate_only
            if not said:
                # "Does West Midlands Police" a) own drones? b) sub-contract drone services?: the question's subject,
                # then each item's verb phrase
                said, fits = _open_yes_no(items[last]), _verb_phrase_item
            if not said or not fits(raw):
                return False
            raw = raw.strip()
            raw = raw[:1].lower() + raw[1:] if fits is _verb_phrase_item and re.match(r"[A-Z][a-z]", raw) else raw  # "Own drones?"
            items[last] = f"{items[last].rstrip(' :')} {raw}"
            if fits is _verb_phrase_item and wheres[last] is None:
                wheres[last] = (group, len(items), asked_list[0], topic[0])  # fr24b: an item of the list, not prose
            opened[:] = [last, said, fits]
            return True

        def flush() -> None:
            nonlocal current, parent, values, lead
            if current:
                raw = " ".join(current).strip()
                if finish_open(raw):
                    current, parent = None, None
                    return
                if slot[0] is not None and _slot_value(raw):
                    # fr15a: "... stop and searches in the areas of:" - Colchester - Tendring: each item fills the
                    # lead-in's open end; one request naming them all, never the item spliced in front of the lead-in
                    slot[2].append(re.sub(r"(?i)[\s,;]+(?:and|or)\W*$", "", raw).rstrip(" ;,."))
                    text = f"{slot[0]} {', '.join(slot[2])}"  # the values as typed, in order: no word of askfoi's
                    if slot[1] is None:
                        items.append(text)
                        wheres.append((group, len(items), True, topic[0]))
                        slot[1] = len(items) - 1
                    else:
                        items[slot[1]] = text
                    current, parent = None, None
                    return
                slot[0] = None  # the items ask on their own: the lead-in is a lead-in after all
                if stem[0] is not None and _field_item(raw):  # fr9a: a field of the stem before the list
                    base = items[stem[0]].rstrip(" :;,.")
                    field = raw.rstrip(' ;,.')
                    field = field[:1].lower() + field[1:] if field[1:2].islower() or field[1:2] == " " else field  # "Date ..." -> "date ..."
                    items[stem[0]] = f"{base}{'; ' if stem[1] else ': '}{field}"
                    stem[1] += 1
                    current, parent = None, None
                    return
                if stem[0] is not None and stem[2] and stem[1] == 0 and stem[0] == len(items) - 1 and wheres[stem[0]] is None:
                    said = lead_in(items[stem[0]] + ":")
                    if said:  # fr17b: "For each of the last three years, please provide:" over items that ask on their
                        lead = said  # own: a lead-in after all, whose qualifier reaches every item, never a part
                        items.pop()
                        wheres.pop()
                stem[0] = None
                if asked_list[0] and _BARE_ASKING.match(raw) and not re.match(r"(?i)\W*(?:detail|list|state)s?\s+of\b", raw):
                    raw = f"Please {raw[:1].lower()}{raw[1:]}"  # fr9a: "Please can you" + "1. Confirm whether ...": the request as asked
                heading[0] = (raw.endswith(":") or _title_phrase(raw)) and "?" not in raw and not _CLAUSE_START.match(raw) \
                    and not _field_stem(raw) \
                    and not re.match(r"(?i)\W*(?:please|can|could|would|will|i|we|kindly|provide|tell|give|list|state)\b", raw) \
                    and len(_WORDY.findall(raw)) <= 6
                items.append(_with_lead(raw, lead))
                wheres.append((group, len(items), asked_list[0], topic[0]))
                parent, values = len(items) - 1, []
            current = None

        def prose(sentences: list[str], is_stem: bool = False) -> None:
            nonlocal group
            topic[0] = stem_topic(sentences[-1]) if sentences else None  # fr21a: the sentence just before the list
            stem[:] = [len(items) + len(sentences) - 1, 0, is_stem] if sentences and (is_stem or _field_stem(sentences[-1])) \
                else [None, 0, False]
            items.extend(sentences)
            wheres.extend([None] * len(sentences))
            group += 1

        def open_lead(line: str) -> None:  # a lead-in over the items after it ("Please provide the following:")
            nonlocal lead
            lead = lead_in(line)
            topic[0] = stem_topic(line) or topic[0]  # fr21a: the lead-in's own, or the sentence's before it
            slot[:] = [None, None, []]
            said = _one_line(line).rstrip(" :")
            if _OPEN_END.search(said) and not re.search(r"(?i)\bfollowing\W*$", said) and "?" not in said \
                    and (asks_itself(said) or _OWN_MEASURE.search(said)):
                slot[0] = said  # fr15a: the items (if they are values) complete this sentence
            asked_list[0] = asked_list[0] or bool(is_lead_in(line) or asks_itself(line.rstrip(" :"))
                                                  or _ASKING_IMPERATIVE.match(line) or re.search(r"(?i)\bfollowing\b", line))
            return None

        # fx44: "Please could you provide the following information by calendar month for ... 2024." over a list: a
        # lead-in that ends on a full stop is a lead-in all the same, its breakdown each item's
        listed_next = {k for k in range(len(lines) - 1) if _LIST_ITEM.match(next((x for x in lines[k + 1:] if x.strip()), ""))}
        for li, line in enumerate(lines):
            if li in listed_next and line.rstrip().endswith(".") and "?" not in line and len(_sentences(line)) == 1 \
                    and re.search(r"(?i)\bthe\s+following\b", line) and not _LIST_ITEM.match(line) and not _SUB_ITEM.match(line) \
                    and (is_lead_in(line.rstrip(" .") + ":") or _ASKING_IMPERATIVE.match(line) or asks_itself(line.rstrip(" .") + ":")):
                line = line.rstrip(" .") + ":"
            m = _LIST_ITEM.match(line) or _SUB_ITEM.match(line)
            kind = _marker_kind(line) if m else None
            if m and kind != top and top is not None and (current or parent is not None):
                flush()
                sub = _item_text(line).strip()
                if stem[0] is not None and parent is None:
                    current = [sub]  # fr9a: a field under a stem (flush writes it into the stem, or ends the stem)
                    continue
                if heading[0] and (_asks_itself(sub) or len(_WORDY.findall(sub)) >= 4) and parent is not None:
                    if parent == len(items) - 1 and not values:  # the heading itself is no item: its sub-items are
                        items.pop()
                        wheres.pop()
                        parent = None
                    items.append(_with_lead(sub, lead))
                    wheres.append((group, len(items), asked_list[0], topic[0]))
                    continue
                if parent is None and heading[0] and (_asks_itself(sub) or len(_WORDY.findall(sub)) >= 4):
                    items.append(_with_lead(sub, lead))
                    wheres.append((group, len(items), asked_list[0], topic[0]))
                    continue
                if finish_open(sub):
                    parent = None
                    continue
                if parent is not None and (not _asks_itself(sub) or _completes(parent_base if values else items[parent], sub)
                                           or _FOLLOWING_END.search(parent_base if values else items[parent])
                                           or _field_of_stem(parent_base if values else items[parent], sub)):
                    # fr17b: "... in the following areas?" over "(a) Wages", "(b) Cost of fuel": each completes it
                    if not values:
                        parent_base = items[parent]
                    values.append(re.sub(r"(?i)[\s,;]+(?:and|or)\W*$", "", sub).rstrip(" ;,."))
                    listed_values = values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]
                    if parent_base.rstrip().endswith(":") and _field_stem(parent_base) \
                            and not _OPEN_END.search(parent_base.rstrip(" :")):  # fr9a: fields, as the stem's breakdown
                        listed_values = "; ".join(v[:1].lower() + v[1:] if v[1:2].islower() or v[1:2] == " " else v for v in values)
                    open_end = _OPEN_END.search(parent_base.rstrip(" :"))  # "... been presented with a) X and b) Y"
                    asked = parent_base.rstrip(" :;,.-\u2013").endswith("?")  # fr16b: never "years?: 2013/14 ...": the
                    # values finish the question, and its "?" goes after them
                    items[parent] = parent_base.rstrip(" :;,.-\u2013?") + (" " if open_end else ": ") + listed_values \
                        + ("?" if asked else "")
                else:
                    items.append(sub)
                    wheres.append((group, len(items), asked_list[0], topic[0]))
                continue
            if m:
                flush()
                current = [m.group(1)]
            elif current is not None and _heading_line(line):  # fr9a: "Data Protection:" between items: a heading
                flush()
                lead, parent = "", None
            elif current is not None and line.endswith(":") and current[-1].rstrip()[-1:] in ".?!" \
                    and (handling_condition(line) or conditional_ask(line) or re.match(r"(?i)\W*(?:if|where|should)\b", line)):
                flush()  # fr9a: "If the answer to 1 is yes, please supply:" after an item: a condition over the next items
                prose([line.rstrip(" :")] if not handling_condition(line) else [line])
                lead, parent = "", None
            elif current is not None and line.endswith(":") and _splits_item(line, " ".join(current)):
                current[:] = [_with_split_note(" ".join(current), line)]  # fr24b: "Please provide numbers for static and mobile
                # libraries as at 31 March 2018:" under an item: how that item's figures are split, never a lead-in
            elif current is not None and line.endswith(":") and current[-1].rstrip()[-1:] in ".?!" and line[:1].isupper() \
                    and not _field_stem(line):
                flush()  # fr12: "Additionally, please provide the following:" after an item: the next list's lead-in
                parent = open_lead(line)
            elif current is not None and line and not any(p.search(line) for p in _rules().drop + _rules().stop) \
                    and not (current[-1].rstrip()[-1:] in ".?!" and handling_condition(line)):
                if current[-1].rstrip()[-1:] not in ".?!:;," and (_new_sentence(line) or re.match(r"For\s+example\b|E\.?g\.?\s", line)):
                    current[-1] = current[-1].rstrip() + "."  # "... 2024/5\nFor example: ...": a new sentence
                elif current[-1].rstrip()[-1:] not in ".?!:;," and relative_continuation(line):
                    line = line[:1].lower() + line[1:]  # fr12: "... the list\nWho have been re-housed": one sentence
                current.append(line)
            elif current is not None and line:  # "If you need any clarification ...": the list has ended
                flush()
                prose(_sentences(line))
                parent = None
            elif not line:  # a blank line ends a list item
                flush()
            elif line.endswith(":") and _field_stem(line):  # fr9a: "For each report, please supply:" a) ... b) ...
                flush()
                prose([line.rstrip(" :")], True)
                lead, parent = "", None
            elif line.endswith(":") and items and wheres[-1] is not None and _splits_item(line, items[-1]):
                items[-1] = _with_split_note(items[-1], line)  # fr24b: the split note after a blank line
            elif line.endswith(":") and _open_yes_no(line) and not re.search(r"(?i)\b(?:following|below|these|questions?)\b", line):
                flush()  # fr24b: "Does Warwickshire Police:" over "Q1a. Own drones?": the question each item finishes
                prose([line.rstrip(" :")])
                lead, parent = "", None
            elif line.endswith(":"):
                parent = open_lead(line)
            elif not _WORDY.search(_LEAD_FILLER.sub("", strip_opener(line)).strip(" :;,.-")) \
                    and re.match(r"(?i)\W*(?:please|could|can|would|will|kindly|i\s+would\s+like)\b", line):
                asked_list[0] = True  # fr9a: "Please can you" over "1. Confirm whether ... 2. Give details of ...": a lead-in
                lead, parent = "", None
            else:
                prose(_sentences(line))
                lead, parent = "", None
        flush()
        return list(zip(items, wheres))
    runs: list[list[str]] = [[]]
    run_topics: list[str | None] = [None]  # fr23a: the topic heading each run sits under
    topic_now: str | None = None
    for line in lines:
        if not line:
            if runs[-1] and topic_now is not None:
                runs.append([])
                run_topics.append(None)
            topic_now = None  # a blank line ends what a heading governs
            continue
        said = topic_heading(line)
        if said:  # fr23a: "In regards to X:" over the questions after it: their subject, never a words of a part
            topic_now = said
            runs.append([])
            run_topics.append(said)
            continue
        if run_topics[-1] != topic_now:
            runs.append([])
            run_topics.append(topic_now)
        if _BARE_LABEL.match(line):  # "Request 1" on a line of its own: a label over what follows, a new sentence
            runs.append([])
            run_topics.append(topic_now)
            continue
        if runs[-1] and _new_sentence(line) and runs[-1][-1].rstrip()[-1:] not in ".?!:;,":
            runs.append([])  # "... the database\nWhich organisations ...": a new sentence on a new line
            run_topics.append(topic_now)
        if runs[-1] and runs[-1][-1].rstrip().endswith(":") and is_lead_in(runs[-1][-1]) and not lead_in(runs[-1][-1]):
            runs.append([])  # fr9a: "I am requesting the following:" only introduces: furniture of its own
            run_topics.append(topic_now)
        if runs[-1] and runs[-1][-1].rstrip()[-1:] not in ".?!:;," and relative_continuation(line):
            line = line[:1].lower() + line[1:]  # fr12: a relative clause on a line of its own carries the sentence on
        runs[-1].append(line)
    out: list[tuple[str, None]] = []
    for run, topic in zip(runs, run_topics):
        for sentence in _sentences(" ".join(run)) if run else []:
            sentence = with_topic(sentence, topic) if topic else sentence
            if out and _yes_no_follow_up(out[-1][0], sentence):
                out[-1] = (f"{out[-1][0].rstrip()} {sentence.strip()}", None)  # fr9a: "Is it published? If so, where?"
            else:
                out.append((sentence, None))
    return out



_QW = r"(?:how\s+(?:many|much|long|often|old|far)|what(?:'?s)?|whats|which|whether|why|when|where|who|whom|whose)\b"
_AUX_Q = (r"(?:(?:is|are|was|were|has|have|had|did|does|do|can|could|will|would)\s+(?:the|it|they|you|u|your|any|anyone|"
          r"anybody|a|an|there|this|that|these|those|he|she|we|i|my|our|\u00a7AUTH\u00a7|"
          # fx52 (nc51 #2): a named person as the subject ("was PC Jones ever suspended", "has cllr smith declared")
          r"(?:pc|dc|ds|sgt|insp|cllr|councillor|dr|mr|mrs|ms|miss|officer|inspector|sergeant|constable)\s+[a-z]+(?=\s+"
          r"(?:[a-z]+\s+)?(?:ever|been|ever\s+been|[a-z]{2,}(?:ed|en|wn|ght|id|ne|ut|ld)|declared|paid|found|given|sacked|"
          r"disciplined|suspended|dismissed|investigated|arrested|charged)\b))|am\s+i)\b")  # ck22: "is my son on it"
_ASKS = rf"(?:{_QW}|is\s+there|are\s+there|{_AUX_Q})"
_CLAUSE_START = re.compile(rf"(?i)^\W*(?:(?:and|also|so|but|plus|or)\s+)*(?:in\s+|of\s+|for\s+)?(?:{_ASKS}|{_QW})")
# nu22: a yes/no question typed without "?" whose subject is a body named in lower case or a possessive ("does essex
# police have a policy on ...", "do south wales police have a DPIA", "has leeds city council got", "does my council")
# is a question: do-support at the start of a sentence ("does"/"did") only ever asks, and the other auxiliaries ask
# when a body or a possessive follows
# an auxiliary, then a body as its subject ("has swansea council ...", "do south wales police ...", lead50: "do police
# scotland have ...") or "has", a name and
# a past participle ("has sepa fined the company ..."): only a question opens so, wherever the clause stands
_BODY_ASK = (
    r"(?:do|don't|dont|does|did|is|are|was|were|has|have|had|can|could|will|would)\s+(?:[a-z]+\s+){0,3}(?:police|council|"
    r"constabulary|trust|board|authority|government|department|office|service|university|uni|school|academy|hospital|nhs|"
    r"force|ministry|agency|commission|college)\b"
    # fr26: "has sepa fined the company ...", "have dvla ever suspended ...": a sentence cannot open with "has" and a
    # past participle after one or two words unless it asks (a body typed as a bare acronym names no body word)
    r"|(?:has|have|had)\s+(?!(?:ever|already|actually|never|just|recently|been|not|always|also|only|still)\b)[a-z]+"
    r"(?:\s+[a-z]+)?\s+(?:ever\s+|already\s+|actually\s+)?(?:been\s+)?"
    r"[a-z]{2,}(?:ed|en|wn|ght|id|ne|ut|ld)\s+(?:the|a|an|any|anyone|anybody|them|it|him|her|this|that|these|those|"
    r"their|its|his|my|our|people|companies|firms|[a-z]+s)\b")
_INVERTED_ASK = re.compile(
    r"(?i)^\W*(?:(?:and|also|so|but|plus|or)\s+)*(?:(?:does|did|doesn't|didn't|doesnt|didnt)\s+(?!not\b)[a-z]"
    r"|(?:do|don't|dont|is|are|was|were|has|have|had|can|could|will|would)\s+(?:my|our|his|her|their|its|no|all|some|each|"
    rf"every)\s+\w|{_BODY_ASK}"
    # lead48: an auxiliary, its subject, then a past participle ("were protesters filmed covertly", "was the footage
    # shared", "have any arrests been made"): typed without "?", only a question opens so (a story says "we were")
    r"|(?:is|are|was|were|has|have|had)\s+(?!(?:i|we|you|he|she|it|they|there|so|very|really|quite|just|not|never|also|"
    r"then|being|been|getting|told|asked)\b)(?:(?!\w+ly\b)[a-z-]+\s+){1,3}?(?:been\s+)?"
    r"(?:[a-z]+ed|made|done|given|taken|kept|held|seen|paid|sent|shown|found|brought|bought|spent|run|built|sold|"
    r"stolen|written|shared|known|put)\b(?!\s+(?:by\s+)?(?:me|us|my|our)\b))")
_QUESTION_START = re.compile(rf"(?i)^\W*(?:(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:tell\s+me|let\s+me\s+know)\s+)?"
                             rf"(?:{_QW}|{_AUX_Q}|the\s+(?:total\s+)?number\s+of\b|"
                             # lead51 (nc67 #9): "(and) for how many hours each year": a measure asked after a preposition
                             r"(?:for|in|of|at|by|on|to)\s+how\s+(?:many|much|long|often)\b|"
                             rf"(?:does|do|did|is|are|has|have|can|will)\s+\S+(?:\s+\S+){{0,4}}?\s+(?:use|have|hold|keep|record|employ|own|pay|know|still|plan|intend))")
# where a new clause may start: after a comma, "and", "also", "&", or (in a run typed with no punctuation) a
# plain space before "how many/much/long/often" or "what was/is/are/were"
_BOUNDARY = re.compile(rf"(?i)(?:\s*,\s*(?:(?:and|also|&|plus|or)\s+)*|\s+(?:and|also|&|plus)\s+(?:also\s+)?)(?=(?:in\s+|of\s+|for\s+)?{_ASKS})"
                       # fx46: "... for the last 3 years and has swansea council done any traffic studies": a yes/no
                       # question whose subject is a body, joined by "and", is a question of its own
                       rf"|\s*,?\s+(?:and|also|&|plus)\s+(?:also\s+)?(?=(?:{_BODY_ASK}))"
                       # fx52 (nc51 #2): "..., and does gmp fly drones": do-support after a comma opens only a question
                       r"|\s*,\s*(?:and\s+|also\s+)?(?=(?:does|did)\s+(?!not\b)[a-z]+\s+(?:[a-z]+\s+)?[a-z]+\b)"
                       r"|\s+(?=how\s+(?:many|much|long|often)\b|what\s+(?:is|was|are|were|did|does)\b|whats\b)"
                       # "... and if the nurses there were agency": "if" meaning "whether", a yes/no question of its
                       # own (a subject, then a form of be or have; a condition goes on to ", then" or "please")
                       r"|\s+and\s+(?=if\s+(?:the|there|any|this|these|those|they|it|a|an|he|she|their|its)\s+"
                       r"(?:[\w'-]+\s+){0,3}?(?:was|were|is|are|has|have|had)\b(?![^,]*,\s*(?:then|please)\b))")
_EMBEDS = frozenset("know tell me ask about on of to out understand wondering see explain is as from by at in for that "
                    "and or than find learn establish show whether if".split())  # a question word after these is embedded
_EMBEDDING_VERBS = frozenset("ask wonder know tell say show explain decide check understand see find learn establish "
                              "confirm clarify state indicate determine assess consider note enquire inquire query".split())


def _embeds_question(word: str) -> bool:
    """WORD is a form of a verb that takes a question after it ("asked how much", "decided which")."""
    from lemminflect import getAllLemmas

    return any(v in _EMBEDDING_VERBS for v in getAllLemmas(word.lower()).get("VERB", ()))


_BREAKDOWN = re.compile(r"(?i)\b(?:broken\s+down|split\s+(?:down\s+)?by|breakdown\s+(?:by|of)|categori[sz]ed\s+by|by\s+each|"
                        r"detailing|showing)\b")
_THANKS_AFTER = re.compile(r"(?i)(?<=\w)[\s,.!-]+(?:(?:many\s+)?thanks|thank\s+you|cheers|ta)(?:\s+(?:in\s+advance|very\s+much|a\s+lot))?\W*$")
_REFERS_BACK = re.compile(r"(?i)\b(?:these|those|them|the\s+above|the\s+same|(?:the\s+)?aforementioned)\b")


def _clause_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9&'\u00a7]+", text)


def question_clauses(chunk: str) -> list[str]:
    """A sentence that asks several questions cut into one question per clause: "how many X, how many did they
    pay and how much did it cost, whats the average payout" gives four. Only a sentence that itself starts as a
    question is cut, and only where a new clause starts with a question word or an inverted auxiliary ("did
    you ...", "is there ...") after a comma, "and" or "also" (or, in a run typed without punctuation, before
    "how many", "how much", "what was" ...), short elliptical ones included ("how many adopted"). A question
    word that an earlier word embeds ("tell me how", "about what") is not a cut, nor is a clause of the list
    that breaks a question down ("broken down by tier, where the referrals came from, how old they were"),
    nor "and why" / "and when" with nothing after it, which belongs to the clause before."""
    core = strip_opener(chunk)
    if not _QUESTION_START.match(core) and not _INVERTED_ASK.match(core) and (core.strip() == chunk.strip() or not re.search(
            r"(?i),\s*(?:and\s+)?how\s+(?:many|much|long|often)\b", core)):
        return [chunk]  # lead22: after words of asking, "the average time for X, how many were refused, and how
        # many ..." lists its asks as a question would
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(chunk):
        if m.start() <= start or enclosed(chunk, m.start()):
            continue  # fr12: never inside a bracket ("(and if you did, when did you stop?)")
        before, rest = chunk[start:m.start()], chunk[m.end():]
        if _ENDS_ON_QW.search(before):
            continue  # fr12: "when and where such trials will occur": question words joined, one clause
        first = re.split(r"\s*,\s*|\s+(?:and|also)\s+", rest, maxsplit=1)[0]
        words = _clause_words(first)
        prev = _clause_words(before)[-1:] or [""]
        if _BREAKDOWN.search(before):
            continue  # the items of a breakdown stay with their question
        if re.search(r"(?i)\b(?:can|could|may|might|would|will|shall|should)\s+(?:i|we|you)(?:\s+please)?\s*$", before):
            continue  # fr9a: "Can I also have any emails ...": the main verb of "can I", not a new question
        if re.search(r"(?i)\bif\s+(?:so|yes)\W*$", before):
            continue  # fr9a: "... ? If so, where is it published?": the follow-up's own question word
        if re.fullmatch(r"(?i)\W*(?:(?:and|also|so)\s+)*(?:how\s+(?:long|many|much|often|far|soon)|what|when|where|why|which)"
                        r"\s*,\s*[^,?]{1,40}", before.strip(" ,")):
            continue  # fr15a: "how long, on average, does it take ...": the question word, an aside, then its verb
        if re.search(r"(?i)\?\s*(?:and\s+)?if\s+(?:so|yes)\b", chunk[:m.start()]):
            continue  # fr15a: "Do you use drones? If so, which company, and what type?": the follow-ups of a yes/no
            # question stay with it, never "what type?" alone with nothing to say of what
        if "," in m.group() and re.match(r"(?i)which\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b", rest):
            continue  # fr10a: "the number of cases to which the devices relate, which are waiting ...": a relative clause
        if re.match(r"(?i)(?:where|if)\s+(?:at\s+all\s+)?(?:possible|practicable|available|applicable)\b", rest):
            continue  # "..., and where possible a breakdown of how it was spent": a softened addition, not a question
        if not m.group().strip() and re.search(rf"(?i)\b(?:ask|asking)\s+(?:[\w&'-]+\s+){{0,6}}?{_BODY_WORD}\s*$", before):
            continue  # fx46: "could you ask betsi cadwaladr university health board how many ...": the body asked,
            # then the question it is asked, embedded
        if not m.group().strip() and (prev[0].lower() in _EMBEDS or _embeds_question(prev[0])):
            continue  # "tell me how many ...", "about what ...", "people asked how much ...": embedded, not a new question
        if len(words) < 2 or (len(words) < 3 and not re.match(r"(?i)how\s+(?:many|much)\b", first)):
            continue  # "..., and why", "what for": belongs to the clause before
        if not _clause_words(before):
            continue
        out.append(before)
        start = m.end()
    out.append(chunk[start:])
    return [c.strip(" ,;") for c in out if c.strip(" ,;")]


# --- the address or topic before the questions, and the person's reasons ----------------------------------

_BODY_WORD = (r"(?:council|councils|police|constabulary|trust|university|nhs|service|agency|board|department|office|"
              r"authority|hospital|hospitals|commission|executive|government|ministry|college|school|prison|hmp|"
              r"\u00a7AUTH\u00a7)")
_PREFIX = re.compile(r"(?i)^\W*(?P<prefix>[^:?!.;,\n]{2,80}?)\s*(?::+|\s[-\u2013\u2014]+|[-\u2013\u2014]{2,})\s*(?=\S)")
_PREFIX_BODY = re.compile(rf"(?i)^\W*(?P<prefix>(?:[\w&'\u00a7-]+\s+){{0,5}}?{_BODY_WORD}(?:\s+[\w&'-]+){{0,3}}?)\s*,?\s+"
                          rf"(?=(?:how\s+(?:many|much|long|often)|what|whats|which|who|where|when|why|whether|do|does|did|is|are|has|have|can|could)\b)")
# lead46: after a body's name with nothing between, "is/are/has/have" and a participle is the body's own verb ("fife
# council are letting", "leeds council has been ignoring"), never a question asked of it ("... are there", "... is the")
_SUBJECT_VERB = re.compile(r"(?i)\W*(?:is|are|was|were|has|have|had)\s+(?:(?:not|still|now|always|never|just|been)\s+)?"
                           r"[a-z]+(?:ing|ed|en)\b")
# the person's own body named in brackets in front of the question, with no verb ("my sons school (oakfield academy in
# frome) how many ...", "our gp surgery (riverside) - how long ..."): the body is named, the question follows
_OWN_BODY_PREFIX = re.compile(rf"(?i)^\W*(?:my|our|the)\s+(?:[\w']+\s+){{0,2}}?{_BODY_WORD}\s*\([^()?]{{3,80}}\)\s*[,:-]*\s*"
                              rf"(?=(?:how\s+(?:many|much|long|often)|what|whats|which|who|where|when|why|whether|do|does|did|is|"
                              rf"are|has|have|can|could)\b)")
_CLAUSE_ADVERBS = frozenset("never not always still didnt didn't dont don't wont won't cant can't just already".split())
_STARTS_ASKING = re.compile(rf"(?i)^\W*(?:{_ASKS}|{_QW}|(?:please|can|could|would|will|i|i'?d|id|we|tell|does|do|did|is|are|has|have)\b)")


# org17: the asker may be the person a volunteer writes for: "im a volunteer at the citizens advice, my client wants to
# know how many ...", "... and one of our clients asked me to find out how many ..."
_STORY_THEN_ASK = re.compile(r"(?i)(?:,|\band|\bso|\bbut|\bwho|\bthat)\s+(?:(?:i|we|he|she|they)\s+|(?:i'?d|id)\s+|"
                             r"(?:one\s+of\s+)?(?:my|our|the|a|his|her|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+)?"
                             r"(?:(?:really\s+|just\s+)?(?:wants?|needs?|would\s+like|'d\s+like|d\s+like|wish(?:es)?)\s+to\s+"
                             r"(?:know|find\s+out|ask)|(?:am|was|'m|m)\s+wondering|(?:has\s+|have\s+)?asked\s+(?:me|us)\s+to\s+"
                             r"(?:find\s+out|ask|check)|asks?)\s*[:,]?\s+(?=(?:how|what|whats|which|who|why|when|where|whether|if)\b)")


# "..., i want all the repair records on my flat": the person's story, then a clause asking for records by name
_STORY_THEN_RECORDS = re.compile(
    r"(?i)(?:,|\band|\bso|\bbut)\s+(?=(?:i|we)\s+(?:really\s+|just\s+|also\s+)?(?:want|need|would\s+like|'d\s+like|d\s+like)\s+"
    r"(?:to\s+(?:see|get|have|obtain|request)\s+)?(?:all|any|a|an|the|my|our|copies|copy|details|records|information|everything)\b)")


# ck22: the person's story, then a clause in which the writer or the one they write for wishes to know what the body
# holds: "client says the council lost her form twice, she wants to know their policy on lost documents"
_STORY_THEN_WISH = re.compile(
    r"(?i)(?:,|;|\band|\bso|\bbut)\s+(?=(?:i|we|he|she|they|(?:my|our|the)\s+client)\s+(?:really\s+|just\s+|also\s+)?"
    r"(?:wants?|needs?|would\s+like|'d\s+like|d\s+like|wish(?:es)?)\s+to\s+(?:know|find\s+out|see|understand)\s+"
    r"(?:their|the|its|your|any|about)\b)")
# ck22: a wish to know, said by the one a writer helps ("she wants to know their policy on ..."): a request made
# through the writer, as "i want to know ..." is
_THIRD_WISH = re.compile(
    r"(?i)^\W*(?:(?:so|and|but|also)\W+)*(?:he|she|they|(?:my|our|the)\s+client)\s+(?:really\s+|just\s+|also\s+)?"
    r"(?:wants?|needs?|would\s+like|'d\s+like|wish(?:es)?|is\s+asking|has\s+asked)\s+to\s+(?:know|find\s+out|understand)\b")


# org17: a clause that tells, then a comma and the question: "my nan died in april, how many care home residents ..."
_TOLD_THEN_QUESTION = re.compile(r"(?i)^[^,;?]{3,160}?[,;]\s+(?=(?:how\s+(?:many|much|often|long)|what|which|who|whether)\b)")


def after_story(text: str) -> str:
    """TEXT without the person's story in front of what they ask, in one sentence: "my mum is in a care home
    and i want to know how many complaints ..." gives "how many complaints ...", "im writing on behalf of my
    client who wants to know how many evictions ..." gives "how many evictions ...". Only when the words in
    front are about the person (`sentence_kind` "background")."""
    told = _TOLD_THEN_QUESTION.match(text or "")
    past = _PAST_TOLD.match(text or "") if told else None
    if past and sentence_kind(text[: told.end()].rstrip(" ,;")) == "background" and _WORDY.search(text[told.end():]) \
            and (past.group("verb") in _IRREGULAR_PAST | _TOLD_PAST or past.group("verb").endswith("ed")):
        return after_story(text[told.end():])
    m = _STORY_THEN_ASK.search(text or "")
    wish = _STORY_THEN_WISH.search(text or "") if not m else None
    if wish and wish.start() and sentence_kind(text[: wish.start()]) == "background":
        return text[wish.end():]  # ck22: the clause that asks, with its wish ("she wants to know their policy ...")
    if not m or not _WORDY.search(text[m.end():]):
        records = _STORY_THEN_RECORDS.search(text or "")
        if records and records.start() and sentence_kind(text[: records.start()]) == "background":
            return text[records.end():]  # the clause that asks, in the person's words ("i want all the ...")
        return text
    return text[m.end():] if sentence_kind(text[: m.start()]) == "background" else text


_TOPIC_FIRST = re.compile(rf"(?i)^\W*(?P<topic>(?:the|our|my|those|these|that|this)\s+[^,?!.;:]{{3,80}}?)\s*,\s*"
                          rf"(?P<ask>(?:and\s+)?{_QW}.*)$", re.S)
_TOPIC_POINTER = re.compile(r"(?i)\b(?:they|them|it)\b(?!')")


def topic_in_question(text: str) -> str:
    """lead37: a thing named first and then asked about ("the speed cameras on the a38 near derby, how many tickets
    did they issue", "the potholes on mill lane, how many have been reported"): the question with the thing written
    in where it points back ("they", "it", "them") or where a count leaves its noun out ("how many have ..."). The
    thing is a noun phrase with no verb of its own (else it is a told clause, left as it is)."""
    m = _TOPIC_FIRST.match(text or "")
    if m is None:
        return text
    topic, ask = m.group("topic").strip(), m.group("ask")
    from askfoi.story_antecedents import _AUX, _pos, tells

    words = re.findall(r"[A-Za-z']+", topic)
    if len(words) < 2 or tells(topic + ".") or any(
            w.lower() in _AUX or w.lower() in ("i", "we", "you", "he", "she", "they")
            or ("VERB" in _pos(w.lower()) and "NOUN" not in _pos(w.lower()) and "ADJ" not in _pos(w.lower()))
            for w in words[1:]):
        return text  # "the council closed the library, why did they do it": a told clause, not a thing named
    said = re.sub(r"(?i)^(?:our|my)\s+", "the ", topic)
    first = re.split(r"(?i)\s+and\s+(?=" + _QW + r")", ask, maxsplit=1)[0]
    count = re.match(r"(?i)\W*(?:and\s+)?how\s+many\s+(?=(?:have|has|had|were|was|are|is|did|do|does|will|would|can)\b)", first)
    if count:  # "how many have been reported": the things counted, without their article
        return ask[:count.end()] + re.sub(r"(?i)^(?:the|those|these|that|this)\s+", "", said) + " " + ask[count.end():]
    pointer = _TOPIC_POINTER.search(first)
    if pointer is None:
        return text
    return ask[:pointer.start()] + said + ask[pointer.end():]


def strip_address(text: str) -> str:
    """TEXT without an address or topic in front of the questions: "harrogate council: how many ...",
    "highland council potholes - how many ...", "cardiff council, how many ...", "cornwall council potholes how
    many ..." (a name with a body's word, then a question word). The prefix must hold no question word and no
    verb of its own, and what follows must start asking; otherwise TEXT is returned as it is."""
    text = text or ""
    own = _OWN_BODY_PREFIX.match(text)
    if own and _WORDY.search(text[own.end():]):
        return text[own.end():]  # nu22: "my sons school (oakfield academy in frome) how many kids were excluded ..."
    for pattern in (_PREFIX, _PREFIX_BODY):
        m = pattern.match(text)
        if not m:
            continue
        prefix, rest = m.group("prefix"), text[m.end():]
        words = _clause_words(prefix)
        if not words or len(words) > 8 or re.search(rf"(?i)\b(?:{_QW}|i|we|my|our|please|would|could|can|is|are|was|were)\b", prefix):
            continue
        if re.search(r"(?i)\bthat\s*$", prefix) or re.match(r"(?i)\W*(?:a\s+)?(?:list|copy|copies|number|details)\s+of\b", prefix):
            continue  # lead58: "a list of the council houses that | are empty ...": the request itself, never an address
        if re.match(r"(?i)\W*(?:if|unless|as|since|because|although|though|while|whilst|once|until|where|when)\b", prefix):
            continue  # "If your police force is not ...": a condition, not an address
        from askfoi.story_antecedents import _verb_only

        if any(_verb_only(w) or w.lower() in _CLAUSE_ADVERBS for w in words):
            continue  # lead37: "the police never came out when we were burgled": a clause with its verb, not an address
        if re.match(r"(?i)\W*(?:does|do|did|has|have|had|will|should|shall|may|might|must)\b", prefix):
            continue  # fr14a: "does essex police use drones and how much ...": a question of its own, not an address
        if pattern is _PREFIX_BODY and re.search(r"(?i)\b(?:must|should|shall|will|may|might|does|did|do|has|have|had|"
                                                 r"cannot|can't|won't|surely|clearly|obviously)\s*$", prefix):
            continue  # fx99: "The Council must | have an estimate ...": the body and its own verb, the writer's claim
            # (an argument), never an address over a question "have an estimate ...?"
        if pattern is _PREFIX and any(re.fullmatch(r"\d+|(?:19|20)\d\d", w) for w in words):
            continue  # "2024: how many ..." is a period, not an address
        if pattern is _PREFIX_BODY and re.match(r"(?i)(?:in|at|for|during|since|from|between|on|of|by|to|how|what|which)\b", prefix):
            continue  # "in leeds city council, how many ...": a place, not an address
        if pattern is _PREFIX_BODY and _SUBJECT_VERB.match(rest):
            continue  # lead46 (nc53 #9): "fife council are letting the quarry ...": the body and its verb, told
        if _STARTS_ASKING.match(rest) and _WORDY.search(rest):
            return rest
    return text


@functools.lru_cache(maxsize=1)
def _reason_clause() -> re.Pattern[str] | None:
    words, _ = load_vocab("question_split", list[str])
    patterns = (words if isinstance(words, dict) else {}).get("reason_clause") or []
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None
    except re.error:
        return None


def drop_reason(text: str) -> str:
    """TEXT without the person's reason after the question ("... out of hours as i dont think theres a pound
    in swindon anymore", "... in 2024 as my dad has been waiting months"): background, never asked."""
    pattern = _reason_clause()
    m = pattern.search(text or "") if pattern else None
    if not m or not re.search(r"[A-Za-z]{3}", text[: m.start()]):
        return text
    end = re.search(r"[?.!]\s*$", text)
    return text[: m.start()].rstrip(" ,;-") + (end.group().strip() if end else "")


_FIRST_PERSON = re.compile(r"(?i)^\W*(?:(?:so|and|but|well|ok|okay|hi|hiya|hello|sorry|basically)\W+)*"
                           r"(?:i|we|my|our|me|us|im|i'm|ive|i've|id|i'd|writing|sorry|apologies)\b")
_ASKING_WORDS = re.compile(r"(?i)\b(?:please|(?:writing|write)\s+to\s+(?:ask|request|enquire|find\s+out)|ask(?:ing)?\s+(?:whether|if|for|about)|can\s+you|could\s+you|would\s+you|tell\s+me|let\s+me\s+know|request|requesting|"
                           r"(?:wants?|needs?|wanted|like|wish(?:es)?)\s+(?:to\s+(?:know|see|request|receive|find\s+out|get|have|obtain|ask)|a\s+copy|copies|"
                           r"the\s+(?:number|total|list|details|figures|information|data)|information|details|data|figures|any)|"
                           r"looking\s+for\s+(?:the|any|information|data|figures))\b")


_WOULD_LIKE = re.compile(r"(?i)^\W*(?:i|we)\s+(?:also\s+)?(?:would|'d|should)\s+(?:also\s+)?like\s+(?:also\s+)?"
                         r"(?!to\b|it\b|you\b)(?:the|a|an|any|all|some|copies|details|information|figures|data)\b")


# fx43: an inverted condition and the main clause it leads into ("Should a tenant report disrepair ..., the tenant has
# the right ...", "Were the council to close it, residents would ..."): the sentence tells, it does not ask
_CONDITIONAL_INVERSION = re.compile(
    r"(?i)^\W*(?:should|were|had)\s+(?:a|an|the|any|my|our|their|his|her|this|that|these|those|[a-z]+s)\b[^?]*?,\s*(?:then\s+)?"
    r"(?:the|a|an|they|he|she|it|we|i|this|that|there|residents|tenants|people)\s+(?:\w+\s+){0,3}?"
    r"(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|shall)\b")


# fx79: a phrase put first, then at a comma a question word and its clause ("Of all Section 8 notices served since
# 1983, how many were served on the grounds that ...", "For each school, which ones ..."): a question even when it ends
# with a full stop, never the story a follow-up's "of those" points back to
_FRONTED_QUESTION = re.compile(
    r"(?i)^\W*(?:of|for|in|among|amongst|out\s+of|from|across|within|between)\s+(?!(?:my|our|me|us)\b)[^,?;]{3,200},\s*"
    r"(?:how\s+(?:many|much|long|often)|what|which|when|where|who|whether)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:is|are|was|were|has|have|had|did|do|does|will|would|can|could|of)\b")


def sentence_kind(sentence: str) -> str:
    """What a sentence (or clause) of a message does: "question" (asks: a question word or an inverted auxiliary
    first, or a "?"), "request" (asks for records: "please provide ...", "i would like a copy of ..."),
    "procedural" (greetings, thanks, how to reply: question_split.yaml drop/stop) or "background" (the person's
    story or reasons: "my mum was on a trolley for 14 hours", "im a volunteer writing for a client", "sorry if
    this is the wrong place"). Only questions and requests become parts."""
    text = _one_line(sentence)
    rules = _rules()
    if not _WORDY.search(text) or (any(p.search(text) for p in rules.drop + rules.stop) and not conditional_ask(text)
                                   and not opening_ask(text)) or is_lead_in(text) or handling_condition(text):
        return "procedural"  # (fx102: "I am writing under the FOI Act to request data held on ..." asks: `opening_ask`)
    core = strip_opener(strip_ask_opener(strip_address(text)))
    if core != text and _WORDY.search(core):
        return "question" if _CLAUSE_START.match(core) or core.rstrip().endswith("?") else "request"
    if text.rstrip().endswith("?") or re.search(r"(?i)[,;:]\s*(?:and\s+|so\s+|but\s+)?(?:how\s+(?:many|much|long|often)|what|which|why|when|where|who|whether)\b[^.]*\?", text):
        return "question"  # "we were told the library will close, why was this decided?": the story leads into a question
    if _FRONTED_QUESTION.match(text):
        return "question"  # fx79: "Of all notices served since 1983, how many were served on ... .": asked, whatever its stop
    if _THIRD_WISH.match(text):
        return "request"  # ck22: "she wants to know their policy on lost documents"
    if _FIRST_PERSON.match(text):
        if _ASKING_WORDS.search(text) or _WOULD_LIKE.search(text):
            return "request"
        return "question" if _story_then_question(text) else "background"
    if "?" not in text and _CONDITIONAL_INVERSION.match(text):
        return "background"  # fx43: "Should a tenant report disrepair ..., the tenant has the right to ...": a condition, told
    if "?" in text or _CLAUSE_START.match(text) or _INVERTED_ASK.match(text):
        return "question"
    if re.search(r"(?i)\b(?:i|we)\s+(?:am|was|were|are|have|had|'m|'ve|think|feel|believe|read|heard|noticed|understand|"
                 r"live|used)\b", text) and not _ASKING_WORDS.search(text):
        return "background"  # "Following the reports in the press, I am concerned about ...": the person's own view
    if re.match(r"(?i)\W*(?:sorry|apologies|thanks|thank\s+you|hope\s+(?:this|you)|just\s+curious|asking\s+for\s+a\s+friend)\b", text):
        return "background"
    if _FRONTED_REQUEST.search(text):
        return "request"  # fx43: "In respect of the settled claims ..., please disclose the amount paid": a fronted phrase, then the ask
    if is_statement(text):
        # "The council won the appeal.": says, asks nothing (fr7a); fr24a: unless a question follows the story at a comma
        return "question" if _story_then_question(text) else "background"
    return "request"


def _story_then_question(text: str) -> bool:
    """fr24a: TEXT is the writer's story, then at a comma a clause that asks ("my client was evicted, can we find out
    how many ...", "my son goes to the university and they wont tell me, how many students ..."): the role is decided
    per clause (`story_antecedents.told_then_asked`: only the writer's own account before the comma is story, and the
    clause after it must start asking with an inverted question or a count)."""
    from askfoi.story_antecedents import told_then_asked

    split = told_then_asked(text)
    return split is not None and sentence_kind(split[1]) in ("question", "request")


# --- an elliptical clause gets its head from the clause it continues -------------------------------------

_COUNT_HEAD = re.compile(r"(?i)^\W*(?:(?:and|also|so|plus)\s+)*(?:how\s+many|the\s+number\s+of)\s+(?!of\b|times\b)(?P<np>.+)$")
# a measure of things ("the average processing time for blue badge applications", "the median wait of patients"): the
# things it measures head a count asked next ("how many were refused")
_STAT_HEAD = re.compile(r"(?i)^\W*(?:the\s+)?(?:average|mean|median|typical)\s+(?:[a-z-]+\s+){0,3}?(?:for|of)\s+"
                        r"(?!the\s+(?:year|month|period)\b)(?P<np>[a-z].+)$")
_NP_STOP = frozenset("were was are is be been did do does have has had will would can could should may might "
                     "in on at for from into by of with between during since under over to within across per "
                     "than who that which where when whose this last each every the a an its their your you they "
                     "we it our his her these those".split())
_ELLIPTICAL = re.compile(r"(?i)^\W*(?P<lead>(?:(?:and|also|so|plus)\s+)*how\s+many)\s+(?:of\s+(?:them|those|these|the\s+above)\s+)?(?P<rest>\S.*)$")
_BOUND = re.compile(r"(?i)\b(?:within|more\s+than|less\s+than|fewer\s+than|(?:over|under)\s+(?=\d)|at\s+least|longer\s+than|"
                    r"shorter\s+than|up\s+to|not)\b")


def _lemmas_of(word: str) -> dict:
    from lemminflect import getAllLemmas

    return getAllLemmas(word.lower())


_FINITE_AUX = frozenset("have has had did do does were was are is will would can could".split())
# the last word of a subject that acts ("... humberside police have arrested", "... the council has issued")
_SUBJECT_NOUNS = frozenset("police constabulary force council trust board authority department office service "
                           "government ministry nhs you they we it".split())


def is_plural_word(word: str) -> bool:
    from askfoi.framing import is_plural

    low = word.lower()
    return low in ("people", "children", "men", "women", "staff", "police") or (low.endswith("s") and is_plural(low))


def _measured_things(np: str) -> tuple[str, str] | None:
    """(lead22b) The things a measure is of, as `_count_head` gives them: "disabled parking permits in 2025" gives
    ("disabled parking permits", "in 2025"): the words up to a preposition or a verb's helper, ending in a plural."""
    words = np.split()
    head: list[str] = []
    for word in words[:6]:
        low = word.lower().strip(",.?!;:")
        if low in _NP_STOP or not re.fullmatch(r"[a-z&'-]+", low):
            break
        head.append(word.rstrip(",.?!;:"))
        if word != word.rstrip(",.?!;:"):
            break
    if not head or not is_plural_word(head[-1]):
        return None
    return " ".join(head), " ".join(words[len(head):]).strip(" ,?.!;:")


def _count_head(clause: str) -> tuple[str, str] | None:
    """The thing a count clause counts and what the clause says of it: "how many stray dogs went into pounds in
    2023" gives ("stray dogs", "went into pounds in 2023"); "how many compensation claims for pothole damage ..."
    gives ("compensation claims", "for pothole damage ..."). None when the words after "how many" do not start
    with a noun ("how many were reclaimed", "how many of them")."""
    m = _COUNT_HEAD.match(strip_opener(clause))
    if not m:
        return None
    words = m.group("np").split()
    head: list[str] = []
    for word in words[:6]:
        low = word.lower().strip(",.?!;:")
        if low in _NP_STOP or not re.fullmatch(r"[a-z&'-]+", low):
            break
        if head and low == "there" and re.fullmatch(r"(?:are|is|were|was|have|has)", (words[len(head) + 1:len(head) + 2] or [""])[0].lower().strip(",.?!;:")):
            break  # ck25a: "how many empty homes there are": an existential count, the thing before "there"
        lemmas = _lemmas_of(low)
        if head and "VERB" in lemmas and not ("NOUN" in lemmas or "ADJ" in lemmas):
            break  # "stray dogs | went", "tenants | complained"
        if head and "VERB" in lemmas and low.endswith("ed") and not low.endswith("eed"):
            break  # "potholes | reported", "people | evicted"
        head.append(word.rstrip(",.?!;:"))
        if word != word.rstrip(",.?!;:"):
            break
    if not head:
        return None
    if len(head) > 1 and len(words) > len(head) and words[len(head)].lower() in _FINITE_AUX \
            and head[-1].lower() in _SUBJECT_NOUNS:
        # "how many people humberside police have arrested": the body asked is the subject of the verb, not part of
        # what is counted (lower case hides the name's edge); the count is of the plural noun before it
        cut = next((j for j in range(1, len(head)) if is_plural_word(head[j - 1])), None)
        if cut is not None:
            head = head[:cut]
    lemmas = _lemmas_of(head[-1])
    if not lemmas.get("NOUN"):
        return None  # "how many went", "how many adopted": no noun
    if len(head) == 1 and "VERB" in lemmas and head[0].lower().endswith("ed"):
        return None
    return " ".join(head), " ".join(words[len(head):]).strip(" ,?.!;:")


def _needs_head(rest: str) -> bool:
    """The words after "how many" start with a verb, an auxiliary or a bare participle: nothing is counted."""
    first = rest.split()[0].lower().strip(",.?!;:")
    if first in ("on", "in", "at", "from", "with", "involving") and len(rest.split()) > 1:
        return True  # "how many on cars": "how many (fires were) on cars"
    if first in _NP_STOP - {"in", "on", "at", "for", "from", "into", "by", "of", "with", "between", "during", "since",
                            "under", "over", "to", "within", "across", "per", "than", "who", "that", "which", "where",
                            "when", "whose", "this", "last", "each", "every"}:
        return True
    lemmas = _lemmas_of(first)
    words = rest.split()
    nxt = words[1].lower().strip(",.?!;:") if len(words) > 1 else ""
    if (first.endswith(("ed", "en")) or lemmas.get("ADJ")) and nxt and nxt not in _NP_STOP and _lemmas_of(nxt).get("NOUN"):
        return False  # "registered sex offenders", "empty homes": an adjective before its noun
    return bool(lemmas.get("VERB")) and not lemmas.get("NOUN")  # "adopted", "went", "earn": a verb, no noun


def _passive(rest: str) -> bool:
    """"adopted", "reclaimed by owners", "put down": a bare participle of a verb that takes an object, read as
    "were adopted"; "died", "left in 2024", "complained about" (no object) stay as they are."""
    from askfoi.framing import _vocab

    words = rest.split()
    first = words[0].lower().strip(",.?!;:")
    if first in _NP_STOP or first in ("went", "left", "got", "led", "came", "took", "ran", "fell", "died"):
        return False
    verbs = _lemmas_of(first).get("VERB", ())
    if not verbs or any(v in _vocab().intransitive for v in verbs):
        return False
    nxt = words[1].lower().strip(",.?!;:") if len(words) > 1 else ""
    return not nxt or nxt in ("by", "down", "off", "up", "out", "in", "on", "at", "within", "after", "before", "during",
                              "because", "for", "from", "to", "under", "over", "or", "and", "as", "since", "last", "this")


_DOER_FIRST = re.compile(r"(?i)^(?:did|do|does|have|has|had|will|would|can|could|are|were|is|was)\s+(?!been\b|being\b|not\b)"
                         r"(?:you|u|they|we|\u00a7AUTH\u00a7|the\s+\w+|your\s+\w+|[\w&'-]+(?:\s+[\w&'-]+){0,4}?\s+"
                         r"(?:council|police|constabulary|trust|service|university|board|department|office|hospitals?|"
                         r"authority|agency|government|executive|\u00a7AUTH\u00a7))\b")
_PREPOSITION_FIRST = re.compile(r"(?i)^(?:on|in|at|from|with|for|into|involving|about)\b")


def _participle(word: str) -> bool:
    """WORD is a verb's past participle ("delayed", "put", "taken"), so "were WORD" is a passive, not a class."""
    from lemminflect import getInflection

    low = word.lower()
    return any(low in getInflection(v, "VBN") for v in _lemmas_of(low).get("VERB", ())) and not _lemmas_of(low).get("NOUN")


def _with_head(lead: str, rest: str, head: str, said: str, subset: bool = False, alone: bool = True) -> str:
    """"how many" + REST given what it counts. The HEAD alone ("how many trains were delayed" after "how many
    trains were cancelled at euston": the same count of another kind, the place and period being the
    request's), unless the clause marks a subset ("how many of them were families": SUBSET) or the count before
    defined its things by a state ("how many children are home educated in kent, how many were known to social
    services"): then the HEAD with what the count before SAID of it ("how many of the children who are home
    educated in kent were known to social services"). A bounded count ("finished within 20 weeks") is never
    written into the next ("how many were late" asks of all of them)."""
    from askfoi.framing import _vocab  # the nouns for people ("who", not "that")

    rest = _agreeing(rest, head, _vocab().people)
    were = "were " if _passive(rest) or _PREPOSITION_FIRST.match(rest) else ""
    stative = bool(re.match(r"(?i)(?:are|is)\s+(?!there\b)", said))
    be = re.match(r"(?i)(?:were|are|was|is)\s+(\w+)", rest)
    subset = subset or bool(_PREPOSITION_FIRST.match(rest)) or bool(be) and not _participle(be.group(1))  # "were xl bullies"
    modifiers = _head_modifiers(said)
    if modifiers and not subset and not re.match(r"(?i)(?:at|in|on|from|for|of|about)\s", rest):
        # fx51: "how many planning applications for HMOs in Cathays were approved in 2025, ..., how many went to
        # appeal": what the noun phrase says of its noun ("for HMOs in Cathays", up to the verb) belongs to the
        # noun, so the later count is of the same things; what the verb said of them (approved, 2025) is not
        return f"{lead} {head} {modifiers} {were}{rest}"
    if not said or not (subset or stative) or _BOUND.search(said) or len(said.split()) > 12 \
            or re.match(r"(?i)(?:for|of|in|on|at|from|about)\b", said):
        place = re.search(r"(?i)\b(?:at|in)\s+(?:the\s+)?(?!the\b|each\b|every\b|total\b|last\b|this\b|that\b)[a-z&'-]+(?:\s+(?!in\b|at\b|on\b|during\b|for\b|between\b|since\b|from\b|and\b|or\b|by\b|over\b|with\b|were\b|was\b|are\b|is\b|have\b|has\b|had\b|did\b|do\b|does\b|will\b|would\b)[a-z&'-]+){0,3}", said)
        if place and not re.search(r"(?i)\b(?:at|in)\s", rest) and not re.search(r"\d|\u00a7|(?i:\b(?:year|month|week|day|period|time)s?\b)", place.group()):
            rest = f"{rest.rstrip(' ?.!')} {place.group()}"  # "how many were delayed" after "... cancelled at euston": at euston too
        return f"{lead} {head} {were}{rest}"
    if _QUESTION_ORDER.match(said):
        # "how many stop and searches did police scotland do ..., how many was kids under 16": what the count
        # before said is a question, not a clause to write after the noun; those things, by name
        return f"{lead} of those {head} {were}{rest}"
    who = "who" if head.split()[-1].lower() in _vocab().people else "that"
    return f"{lead} of the {head} {who} {said} {were}{rest}"


def _head_modifiers(said: str) -> str:
    """The words at the start of SAID (what a count said after its noun) that modify the noun, when a finite verb
    follows them: "for HMOs in Cathays were approved in 2025" gives "for HMOs in Cathays". Only prepositional
    phrases of plain words, never a period or a number (the later count's period is the request's), and only when
    the verb comes after them; otherwise ""."""
    words = said.split()
    if not words or not re.fullmatch(r"(?i)for|of|in|on|at|from|about|with|involving", words[0]):
        return ""
    for k, word in enumerate(words):
        low = word.lower().strip(",.?!;:")
        if k and (low in _FINITE_AUX or low in ("are", "be", "been")):
            front = " ".join(words[:k]).rstrip(",;:")
            if re.search(r"\d|\u00a7|(?i:\b(?:year|month|week|day|period|time|last|this|since|between|during)s?\b)", front):
                return ""
            return front
        if word != word.rstrip(",.?!;:") or re.search(r"\d", word):
            return ""
    return ""


# what a count said in question order ("did police scotland do in glasgow", "have you issued"): no relative clause
_QUESTION_ORDER = re.compile(r"(?i)^(?:did|do|does|have|has|had|will|would|can|could)\s+(?!been\b|being\b|not\b)\S")


def _agreeing(rest: str, head: str, people: frozenset[str]) -> str:
    """REST of an elliptical count made to agree with the plural HEAD it is given: "was kids under 16" ->
    "were kids under 16"; and a class of people said of things that are not people ("stop and searches
    were kids under 16") -> "were of kids under 16"."""
    from askfoi.framing import is_plural

    words = head.split()
    if not words or not is_plural(words[-1]):
        return rest
    rest = re.sub(r"(?i)^was\b", "were", rest)
    rest = re.sub(r"(?i)^is\b(?!\s+there\b)", "are", rest)
    be = re.match(r"(?i)(?:were|are)\s+(?:(?:young|little|small|older|under-?age)\s+)?([a-z]+)\b", rest)
    if be and be.group(1).lower() in people and words[-1].lower() not in people:
        first, _, others = rest.partition(" ")
        rest = f"{first} of {others}"
    return rest


def _singular(phrase: str) -> str:
    """PHRASE with its last noun made singular ("speed bumps" -> "speed bump"), by lemminflect's noun lemma."""
    words = phrase.split()
    lemma = _lemmas_of(words[-1]).get("NOUN", (words[-1],))[0]
    return " ".join(words[:-1] + [lemma])


def _names_its_own(after: str) -> bool:
    """fr26b: the words AFTER "each of those/these" start with the noun it counts over ("each of those years"): the
    determiner has its own noun, so the clause before's head never replaces it."""
    m = re.match(r"\s+([A-Za-z]+)", after or "")
    if not m:
        return False
    lemmas = _lemmas_of(m.group(1).lower())
    return "NOUN" in lemmas and "VERB" not in lemmas and "ADP" not in lemmas


def _resolve_back(clause: str, head: str) -> str:
    """CLAUSE with "any of them" and "each one" written with the HEAD they stand for ("did any of the cyber
    attacks lead to ...", "how much did each speed bump cost"). "they" is left as typed: framing reads it as
    the subject before, and `kept_questions` as the body where it can only mean the body."""
    out = re.sub(r"(?i)\b(any|all|some|none|most|one)\s+of\s+them\b",
                 lambda m: f"{m.group(1)} of the {head}", clause)
    out = re.sub(r"(?i)\beach\s+(?:one|of\s+(?:them|those|these))\b",
                 lambda m: m.group() if _names_its_own(out[m.end():]) else f"each {_singular(head)}", out)
    out = re.sub(r"(?i)\bthe\s+(rest|others|remainder)\b(?!\s+of\b)", lambda m: f"the {m.group(1)} of the {head}", out)
    return out


_WHETHER_ANY = re.compile(r"(?i)^\W*(?:(?:and|also|so|plus)\s+)*(?:please\s+confirm\s+)?(?:whether|if)\s+(?P<any>any|none)(?:\s+of\s+them)?"
                          r"(?=\s+(?:were|was|are|is|have|has|had)\b)")
# what framing reads against the count just before it ("how many were cancelled", "how many led to a charge")
_FRAMING_READS = re.compile(r"(?i)^(?:were|are|was|is|had|have|has|led|left|got|went|came|took|ran|fell|made|paid|sold|built|"
                            r"brought|caught|[a-z]+ed\b)")


def _people() -> frozenset[str]:
    from askfoi.framing import _vocab

    return _vocab().people


def _past_form(rest: str) -> bool:
    """REST starts with the past tense of a verb that is no noun ("found nothing", "got a fine", "took longer"):
    framing reads "how many found nothing" against the count before it, as it reads "how many were upheld"."""
    from lemminflect import getInflection

    first = rest.split()[0].lower().strip(",.?!;:") if rest.split() else ""
    lemmas = _lemmas_of(first)
    return bool(lemmas.get("VERB")) and not lemmas.get("NOUN") \
        and any(first in getInflection(v, "VBD") for v in lemmas["VERB"])


# fx54 (nc51 #5): a count of a unit of time with no verb of its own ("and how many hours in total?", "for how many
# days?") after a count of the times something happened ("how many times did the storm overflow at Llandeilo
# discharge into the river tywi in 2025"): how long that happened, said with the same event
_DURATION_ONLY = re.compile(r"(?i)^(?P<lead>\W*(?:(?:and|also|so|plus)\s+)*)(?:for\s+)?how\s+many\s+(?P<unit>[a-z]+)"
                            r"(?P<more>(?:\s+(?:in\s+total|altogether|overall|in\s+all|of\s+discharge|combined))?)\W*$")
_TIMES_EVENT = re.compile(r"(?i)^\W*(?:(?:and|also|so|plus)\s+)*how\s+(?:many\s+times|often)\s+(?P<event>(?:did|do|does|has|have|"
                          r"had|was|were|is|are)\s+\S.*?)[\s?.!,;:]*$")  # (never a mask's closing \u00a7)


def _duration_of_event(clause: str, before: str) -> str | None:
    """fx54: CLAUSE, a bare count of a unit of time, asked of the event BEFORE counts the times of ("how many hours
    in total" after "how many times did the storm overflow ... discharge ... in 2025": "how many hours in total did
    the storm overflow ... discharge ... in 2025"), or None. The units are data (question_split.yaml
    duration_units)."""
    m = _DURATION_ONLY.match(clause or "")
    if not m or m.group("unit").lower() not in _rules().duration_units:
        return None
    event = _TIMES_EVENT.match(before or "")
    if not event:
        return None
    return f"{m.group('lead')}how many {m.group('unit')}{m.group('more')} {event.group('event')}"


# sq100 (nc100 j1): "does north yorkshire police fly drones at night over houses, how many times last year and ...": a
# count of times that names only a period (or nothing but "in total", "each year") after a yes/no question of what the
# body does counts the times it did that; it is said with the yes/no question's subject, verb and object ("how many
# times did north yorkshire police fly drones at night over houses last year"), never "How many times last year?"
_TIMES_ONLY = re.compile(r"(?i)^(?P<lead>\W*(?:(?:and|also|so|plus)\s+)*)(?P<qw>how\s+many\s+times|how\s+often)\b(?P<rest>[^?!.]*?)"
                         r"[\s?.!]*$")
_TIMES_FILLER = re.compile(r"(?i)\b(?:in\s+total|altogether|overall|in\s+all|roughly|approximately|on\s+average|so\s+far|"
                           r"(?:each|every|per|a|by)\s+(?:year|month|week|day)|a\s+year|in|during|over|for|and|the)\b|\W")
_YES_NO_DOES = re.compile(r"(?i)^\W*(?:(?:and|also|so|but|plus)\s+)*(?P<aux>do|does|did|has|have)\s+(?P<after>.+?)[\s?.!]*$")
_DOER_PRONOUN = frozenset("they you it he she we".split())
# sq101: "did they do it", "have they done that": a pro-verb standing for the act of the yes/no question before
_DID_IT = re.compile(r"(?i)\s*(?:did|do|does|have|has)\s+(?:they|you|we|it|\u00a7AUTH\u00a7)\s+(?:do|done)\s+(?:it|that|this|so)\b")


def _doer_and_verb(after: str) -> tuple[str, str, str] | None:
    """The subject, verb and the rest of a yes/no question's words after its auxiliary ("north yorkshire police fly
    drones at night" -> ("north yorkshire police", "fly", "drones at night")): the subject is a pronoun, or ends on a
    body's word (police, council, service ...) within five words, or is "the"/"your" and a noun; the verb is the next
    word, a verb's base form (or a participle after has/have)."""
    from lemminflect import getAllLemmas

    words = after.split()
    if len(words) < 3:
        return None
    end = None
    if words[0].lower() in _DOER_PRONOUN or words[0] == "\u00a7AUTH\u00a7":  # (sq101: the body's name, masked)
        end = 1
    else:
        body = next((k + 1 for k in range(min(5, len(words) - 2))
                     if re.fullmatch(_BODY_WORD + r"s?", words[k].lower().strip(",'")) and not (
                         k + 1 < len(words) - 2 and re.fullmatch(_BODY_WORD + r"s?", words[k + 1].lower()))), None)
        if body is not None:
            end = body
        elif words[0].lower() in ("the", "your", "their", "its") and len(words) > 3:
            end = 2
    if end is None or end + 1 >= len(words):
        return None
    verb = words[end]
    if not getAllLemmas(verb.lower()).get("VERB") or verb.lower() in ("not", "ever", "still", "any", "there"):
        return None
    return " ".join(words[:end]), verb, " ".join(words[end + 1:])


def _times_of_yes_no(clause: str, before: str) -> str | None:
    """sq100: CLAUSE, "how many times" / "how often" and a period only ("how many times last year", "and how often
    each year"), said of the yes/no question BEFORE ("does north yorkshire police fly drones at night over houses"):
    the count of the times it did that, said whole ("how many times did north yorkshire police fly drones at night
    over houses last year"), or None (a count with a verb of its own, a question before that is no "does X VERB")."""
    m = _TIMES_ONLY.match(clause or "")
    said_rest = m.group("rest") if m else ""
    pro = _DID_IT.match(said_rest)
    if pro:  # sq101: "and how many times did they do it in 2024": "do it" is the act the yes/no question names
        said_rest = said_rest[pro.end():]
    if not m or _TIMES_FILLER.sub("", _period_free(said_rest)).strip():
        return None
    yes_no = _YES_NO_DOES.match(before or "")
    said = _doer_and_verb(yes_no.group("after")) if yes_no else None
    if said is None:
        return None
    doer, verb, rest = said
    if verb.lower() in ("use", "uses", "used"):
        return None  # "does leeds council use bailiffs, how many times last year": the "use" frame counts the times
        # itself ("..., and the number of times they were used"; framing._uses_counted_once)
    aux = yes_no.group("aux").lower()
    if aux in ("do", "does", "did"):
        aux = "did" if m.group("qw").lower().startswith("how many") else aux
    rest = f"{rest} {said_rest.strip()}".strip()
    return f"{m.group('lead')}{m.group('qw')} {aux} {doer} {verb} {rest}"


def _period_free(text: str) -> str:
    """TEXT without the periods it states ("last year", "since 2022"), or framing's mask for one (sq101: the masked
    "how many times \u00a7PERIOD\u00a7" is filled as its words are, so the two readings of the question agree)."""
    from askfoi.periods import find_periods

    out = text.replace("\u00a7PERIOD\u00a7", " ")
    for _, _, (a, b) in sorted(find_periods(text), key=lambda f: -f[2][0]):
        out = out[:a] + " " + out[b:]
    return out


def fill_heads(clauses: list[str], fill_all: bool = False) -> list[str]:
    """Each elliptical count ("how many adopted", "how many were reclaimed by owners", "how many did they pay",
    "how many on cars") made to stand as a question, where that is safe: the clause it continues is a count of a
    noun ("how many stray dogs went into pounds in 2023"). The first one right after that count keeps its words
    ("how many adopted" becomes "how many were adopted"; framing reads it against the count before it); a later
    one in a run, or one after another question, is given the noun ("how many stray dogs were put down"); one
    that marks a subset ("how many of them were families") the noun and what the count said of it. "did any of
    them ..." and "each one" name the noun too. Another kind of question in between ends the run. FILL_ALL: the
    first one after the count is given its noun too (for a question that must stand alone on the letter)."""
    out: list[str] = []
    head: tuple[str, str] | None = None
    right_after = False  # the clause before was the count that gives the head
    for clause in clauses:
        lasted = _duration_of_event(clause, out[-1] if out else "") or _times_of_yes_no(clause, out[-1] if out else "")
        if lasted:  # fx54: "how many times did the overflow discharge ..., and how many hours in total?"
            out.append(lasted)
            right_after = False
            continue
        whether = _WHETHER_ANY.match(clause)
        if whether and head:  # "whether any were extended" after the contracts: "whether any contracts were extended"
            out.append(f"{clause[: whether.end('any')]} {head[0]} {clause[whether.end('any'):].lstrip()}")
            right_after = False
            continue
        m = _ELLIPTICAL.match(clause)
        prep = _PREPOSITION_FIRST.match(m.group("rest")) if m else None
        if prep and head and re.search(rf"(?i)\b{prep.group()}\b", head[1]):
            out.append(clause)  # "..., and how many in york" after "... reported in leeds": the same count elsewhere
            right_after = False
            continue
        if m and head and _needs_head(m.group("rest")) \
                and not m.group("rest").lower().startswith(head[0].lower() + " "):  # fr23a: "how many parking fines were ..." names it
            lead = re.sub(r"(?i)^(?:(?:and|also|so|plus)\s+)*", "", m.group("lead"))
            subset = bool(re.match(r"(?i)\W*(?:(?:and|also|so|plus)\s+)*how\s+many\s+of\b", clause))
            rest = _agreeing(m.group("rest"), head[0], _people())
            if right_after and not fill_all and (_FRAMING_READS.match(rest) or _past_form(rest)) and not re.match(r"(?i)(?:there\s+)?(?:are|is)\b", head[1]):
                # framing reads it against the count just before it (not a count of things in a state: "children
                # are home educated, how many were known to social services" names them with that state)
                were = "were " if not subset and (_passive(rest) or _PREPOSITION_FIRST.match(rest)) else ""
                out.append(f"{clause[: m.start('rest')]}{were}{rest}")
            else:
                out.append(clause[: m.start("lead")] + _with_head(lead, rest, *head, subset=subset, alone=fill_all))
            right_after = False
            continue
        right_after = False
        own = _count_head(clause)
        if own:
            head, right_after = own, True
            out.append(clause)
            continue
        measured = _STAT_HEAD.match(strip_opener(clause))
        if measured and (own := _count_head("how many " + measured.group("np")) or _measured_things(measured.group("np"))):
            head = own  # lead22b: "the average processing time for blue badge applications, how many were refused":
            out.append(clause)  # the count after it is of the applications, written out (framing has no count to lean on)
            continue
        if head and re.search(r"(?i)\b(?:they|them|those|these|each\s+one|the\s+(?:rest|others|remainder))\b", clause):  # still the same things
            out.append(_resolve_back(clause, head[0]))
            continue
        if not (m and _needs_head(m.group("rest"))):
            head = None  # another kind of question came between: what "how many" leaves out is no longer safe to say
        out.append(clause)
    return out


_ENDS_ON_QW = re.compile(r"(?i)\b(?:when|where|how|why|what|who|which|whether)\s*$")  # a clause cannot end on one


def _period_spans(piece: str) -> list[tuple[int, int]]:
    """The spans of the periods PIECE states (askfoi.periods), where no joining phrase is a cut."""
    if not re.search(r"(?i)\b(?:between|from|since|to|until|and)\b", piece) or not re.search(r"\d", piece):
        return []
    from askfoi.periods import find_periods

    return [span for _, _, span in find_periods(piece)]


def _split_on(piece: str, pattern: re.Pattern[str] | None) -> list[str]:
    """PIECE cut at the joining phrases of question_split.yaml (split_on), except inside a breakdown list
    ("broken down by ward, who issued them and whether it was paid" is one question)."""
    if pattern is None:
        return [piece]
    out, start = [], 0
    inside = _period_spans(piece)
    for m in pattern.finditer(piece):
        if any(a < m.start() < b for a, b in inside):
            continue  # fr17b: "between September 1 2023 and the date of this FOI": one period, never two questions
        if _ENDS_ON_QW.search(piece[start:m.start()]):
            continue  # fr12: "when and where such trials will occur": question words joined, one clause
        if re.match(r"\s*,", m.group()) and re.match(r"(?i)\W*(?:if|where|when|unless|should|in\s+case)\b", piece[start:m.start()]) \
                and "," not in piece[start:m.start()]:
            continue  # lead52: "if the scheme is subcontracted, the names of the companies": a condition before its ask
        if re.fullmatch(r"\s*,\s*", m.group()) and re.search(r"(?i):|\b(?:following|giving|including|namely)\b",
                                                             piece[start:m.start()]):
            continue  # lead52: "please give: number of X, names of X, total cost of X": one list's fields, never asks
        if re.match(r"(?i)\W*and\b", m.group()) and re.search(r"(?i)\bbetween\s+(?:(?!\band\b)[^?;])+$", piece[start:m.start()]):
            continue  # fr16b: "between September 1 2023 and the date of this request": the "and" of "between X and Y"
        if m.start() <= start or enclosed(piece, m.start()) or _BREAKDOWN.search(piece[start:m.start()]) and re.match(rf"(?i)\W*{_QW}", piece[m.end():]) \
                and not re.match(r"(?i)\W*how\s+(?:many|much)\b", piece[m.end():]):
            continue  # "broken down by ward, who issued them and whether it was paid": the breakdown's items (lead41,
            # nc44 #6: never "..., and how many body camera videos were deleted", a count of its own)
        out.append(piece[start:m.start()])
        start = m.end()
    out.append(piece[start:])
    return out


@dataclass
class Reading:
    """A message read as a whole: the QUESTIONS it asks (each becomes a part, or is asked back only when it
    asks and cannot be framed) and its REMARKS (conditions, fallbacks, definitions, format or contact notes,
    background): kept with the letter, never parts, never asked back. Letter furniture (greetings, the
    statutory preamble, lead-ins, thanks, sign-offs) is in neither."""
    questions: list[str]
    remarks: list[str]
    # fr12: where each question came from: (list, item) for an item of a list, None for prose; parts made from two
    # different items are never joined into one
    places: list[tuple[int, int] | None] = dataclasses.field(default_factory=list)
    # fr15b: the questions that are items of a list a lead-in asked for ("Please provide the following:" / "Response
    # times"): asked by the lead-in even when they are bare noun phrases
    listed: set[str] = dataclasses.field(default_factory=set)
    # fr21a: what the stem of each question's list says the items are about ("regarding body worn video:" over "- the make
    # and model"), by question: framing carries it into the frames of the items that do not say it themselves
    topics: dict[str, str] = dataclasses.field(default_factory=dict)


_QUESTION_MARKER = re.compile(r"(?i)^\W*(?:(?:question|q|request|item|part)\.?\s*\d{1,2}[a-z]?\s*[:.)\u2013-]|\d{1,2}\s*[a-z]\)|[a-z]\))\s*(?=\S)")
_LEAD_THEN_ASK = re.compile(r"(?i)^(?P<lead>[^:?]*\b(?:following|below|as\s+follows)\b[^:?]*):\s*(?P<ask>\S.*)$")


_YES_NO_START = re.compile(r"(?i)^\W*(?:(?:and|also)\s+)?(?:is|are|was|were|has|have|had|does|do|did|can|could|will|would)\s+\w+")
_IF_SO = re.compile(r"(?i)^\W*(?:(?:and|also)\s+)?if\s+(?:so|yes|it\s+is|they\s+are|it\s+does|they\s+do)\b")


def _yes_no_follow_up(question: str, sentence: str) -> bool:
    """SENTENCE is an "If so, ..." follow-up of QUESTION, a yes/no question just before it ("Is this assessment
    published? If so, how can I access it?", "Does the force hold a register? If so, please specify which
    database it is kept on."): one question with its follow-up (fr9a), never a part that starts on "If so"
    and leans on a question it is cut from."""
    return bool(_IF_SO.match(sentence) and question.rstrip().endswith("?") and _YES_NO_START.match(strip_opener(question))
                and "?" not in question.rstrip()[:-1])


def _names_from_statement(statement: str, question: str) -> bool:
    """QUESTION points back with "this/these/that/those NOUN" at a NOUN that only STATEMENT (the sentence before
    it, in the same list item, a statement that asks nothing) names: "You referred to a Data Protection Impact
    Assessment (DPIA). Is this DPIA publicly available?" (fr9a). Cut apart, the question would dangle."""
    if "?" in statement or not is_statement(statement):
        return False
    said = {w.lower().rstrip("s") for w in _WORDY.findall(statement)}
    pointed = re.findall(r"(?i)\b(?:this|these|that|those|such)\s+([A-Za-z][\w-]{2,})(?:\s+([A-Za-z][\w-]{2,}))?", question)
    return any(noun.lower().rstrip("s") in said for pair in pointed for noun in pair if noun)


def item_questions(item: str) -> list[str]:
    """A list item (or sentence) that holds several sentences, cut where a sentence asks something of its own:
    "How many complaints were made in 2024? What did it cost to respond to them?" gives two; a sentence that only
    qualifies the one before stays with it ("These may also be known as RPAS.", "Please provide figures for each
    year.", "If so?", "Note: ...")."""
    sentences = _sentences(item)
    if len(sentences) < 2:
        return [item]
    out = [sentences[0]]
    for sentence in sentences[1:]:
        core = re.sub(r"(?i)^\W*(?:(?:and|also)\s+)?if\s+(?:so|yes|not)\b\W*", "", sentence)
        own = bool(_QUESTION_START.match(strip_opener(core)) or _ASKING_IMPERATIVE.match(core)) \
            and len(_WORDY.findall(core)) >= 4 and not breakdown_note(sentence) and not reading_note(sentence) \
            and not handling_condition(sentence) and not _BREAKDOWN.search(core[:40]) \
            and not re.match(r"(?i)\W*(?:please\s+(?:also\s+)?|(?:can|could|would)\s+you\s+(?:please\s+)?)(?:provide|send|give|supply)"
                             r"\s+(?:me\s+)?(?:with\s+)?(?:the\s+)?(?:figures|data|information|numbers|totals|this|it|these|them)\b", core)
        example = _EXAMPLE_FRONT.match(_modifier_core(sentence))
        if example and _worked_example(_EXAMPLE_FRONT.sub("", _modifier_core(sentence), count=1).lstrip(" :,")):
            out.append(sentence)  # "For example: in 2023/4, 150 pupils were ...": a worked example, read on its own
            continue
        if _yes_no_follow_up(out[-1], sentence):
            out[-1] = f"{out[-1].rstrip()} {sentence.strip()}"  # fr9a: "Is it published? If so, where?": one question
        elif own and _names_from_statement(out[-1], sentence):
            out[-1] = f"{out[-1].rstrip()} {sentence.strip()}"  # fr9a: "You referred to a DPIA. Is this DPIA ...?"
        elif own or handling_condition(sentence) or is_furniture(sentence) or format_note(sentence) \
                or whole_request_note(sentence) or any(p.search(_one_line(sentence)) for p in _rules().drop):
            out.append(sentence)  # a condition on how to answer, or thanks, after the item: read on its own
        elif modifies_question(sentence) and _COVERS_ALL.search(sentence):
            out.append(sentence)  # fr17b: "Please break this down by year for each of the above": every item's, read on its own
        elif modifies_question(sentence):
            out[-1] = _joined(out[-1], sentence)  # "Could you break this down by year?": said as the instruction
        else:
            out[-1] = f"{out[-1].rstrip()} {sentence.strip()}"
    return out


def is_furniture(sentence: str) -> bool:
    """SENTENCE is letter furniture: a greeting or salutation, a sign-off, thanks, the statutory preamble
    ("Under the Freedom of Information Act 2000"), "any queries, let me know", or a lead-in that only
    introduces the items after it ("Please can you provide me with the following information?")."""
    text = _one_line(sentence)
    rules = _rules()
    if not _WORDY.search(text):
        return True
    if any(p.search(text) for p in rules.furniture) and opening_ask(text):
        return False  # fx102: "I am writing under the FOI Act to request data held on crimes ...": the opening asks
    return any(p.search(text) for p in rules.greeting + rules.salutation + rules.stop + rules.furniture) \
        or is_lead_in(text)


_OPENING_FRAME = re.compile(r"(?i)^\W*(?:i\s+am|i['\u2019]?m|i|we\s+are)\s+(?:writing|making|sending|submitting)\b")
_BARE_INFORMATION = re.compile(r"(?i)^\W*(?:(?:the\s+)?following\b|(?:some\s+)?(?:information|data|details)\s*(?:below|as\s+follows)?\W*$|"
                               r"(?:some\s+)?(?:information|records|data)\s+(?:under|in\s+accordance\s+with|as\s+per|pursuant\s+to)\b)")


def opening_ask(sentence: str) -> bool:
    """fx102 (fx101 Dyfed-Powys 722/2025: "I am writing under the Freedom of Information act to request data held on crimes
    investigated by your force ..." was read as the letter's opening and lost): SENTENCE opens the letter as a request
    under the Act (furniture's opening) and, after that frame (`strip_opener`), names in the same sentence what it asks.
    Never when what is left only introduces ("the following", "information under the Act", a lead-in, a colon after it)."""
    text = _one_line(sentence)
    if not _OPENING_FRAME.match(text) or text.rstrip().endswith(":") or "?" in text:
        return False
    rest = strip_opener(text).strip()
    if rest == text.strip() or len(_WORDY.findall(rest)) < 3 or _OPENING_FRAME.match(rest):
        return False
    return not (_BARE_INFORMATION.match(rest) or is_lead_in(rest))


def is_lead_in(sentence: str) -> bool:
    """SENTENCE introduces the request's items and asks nothing of its own: "I would like to make the following
    request under the Act", "Please see below a request for the following information relating to X",
    "I am requesting information under the Act regarding potholes in the council area"."""
    text = _one_line(sentence)
    stem, colon, fields = text.partition(": ")
    if colon and _WORDY.search(fields) and _field_stem(stem + ":"):
        return False  # fr9a: "For each X, please provide the following information: the name; the date": asks, with its fields
    if text.rstrip().endswith(":") and not _WORDY.search(_LEAD_FILLER.sub("", strip_opener(text)).strip(" :")):
        return True  # fr9a: only words of asking before ":" ("In accordance with the Act I am requesting the following:")
    return any(p.search(text) or p.search(strip_opener(text)) for p in _rules().lead_in)


_ASKED_BEFORE = re.compile(r"(?i)(?<!no )\b(?:(?:number|numbers|total|amount|cost|costs|copy|copies|list|details|names?|breakdown|"
                           r"minutes|correspondence|emails?|polic(?:y|ies)|reports?|records?|documents?)\s+of|how\s+(?:many|much))\b")
_RECORDS_BEFORE = re.compile(r"(?i)(?<!no )\b(?:any|all|copies\s+of|the)\s+(?:[\w-]+\s+){0,2}(?:polic(?:y|ies)|guidance|"
                             r"documents?|minutes|reports?|correspondence|emails?|contracts?)\b")  # "Please include any policies ... relating to this request"
_INSTRUCTION_SHAPE = re.compile(r"(?i)^\W*(?:(?:and|also|but|so|however|n\.?\s?b\.?|note|in\s+this\s+instance|for\s+the\s+purposes?\s+of\b[^,]{0,40},)\W*)*"
                                r"(?:please|kindly|could\s+you|can\s+you|would\s+you|i\s+would\s+(?:be\s+grateful|ask|appreciate)|"
                                r"i\s+(?:ask|request)\s+that|if|should|where|unless|in\s+the\s+event|the\s+(?:main\s+)?(?:purpose|aim))\b")


def about_the_request(sentence: str) -> bool:
    """SENTENCE is about the request itself, not the records (fr9a): an instruction or a condition on how to
    treat, date, answer or clarify it ("If you hold no record of X, please respond to this request
    accordingly", "If there is a problem with 2), please respond to 1) before asking for clarification", "For
    the purposes of the Act, please take the date of your receipt of this request as ...", "Please list any
    exemptions and your reasoning, and respond promptly"), or why it is made ("The main purpose of this
    request is ..."). A question that asks for records before it mentions the request ("How many fines ...,
    and if this request ...") is not one, nor a question word's question ("which body holds it?")."""
    text = _one_line(sentence)
    if not _INSTRUCTION_SHAPE.match(text) or (text.rstrip().endswith("?") and _CLAUSE_START.match(text)):
        return False
    for pattern in _rules().request_itself:
        m = pattern.search(text)
        if m and not _ASKED_BEFORE.search(text[:m.start()]) and not _RECORDS_BEFORE.search(text[:m.start()]):
            return True
    return False


# fx101: "there is a cost issue", "there are problems in retrieving", "there is any difficulty": trouble answering
_HANDLING_TROUBLE = re.compile(r"(?i)\b(?:issues?|problems?|difficult(?:y|ies)|limits?|exceed\w*|obstacles?)\b")


def handling_condition(sentence: str) -> bool:
    """SENTENCE is a condition about how the request is to be handled, with what to do then: "If this request
    would exceed the cost limit, please supply the last two years", "Should you require any clarification
    then please contact me", "If more details must be withheld, I would be satisfied with the total". A
    follow-up on the records ("If so, please provide the minutes", "If yes, which company?") is not one.
    fr9a: any sentence about the request itself (`about_the_request`) is one too."""
    text = _one_line(sentence)
    rules = _rules()
    if about_the_request(text):
        return True
    m = rules.condition.match(text) if rules.condition else None
    if not m:
        return False
    cond = m.group("cond")
    if re.match(r"(?i)\W*(?:so|yes|not|there\s+(?:is|are|was|were))\b", cond) and not _HANDLING_TROUBLE.search(cond):
        return False  # (fx101: "If there is a cost issue in terms of pulling this together, please start with request
        # 1": a difficulty in answering is about the handling, never a follow-up on records that exist)
    rest = text[m.end():]
    if re.match(rf"(?i)\W*{_QW}", rest) and "?" in rest:
        return False  # "if the information is not held, which body holds it?": asks
    return bool(rules.process and rules.process.search(cond))


_CONDITIONAL_ASK = re.compile(
    r"(?i)^\W*(?:(?:and|also|but)\s+)?if\b[^?]{1,160}?(?:,|\s[-\u2013]|\bthen\b)\s*(?:then\s+)?"
    r"(?:how|what|which|who|when|where|whether)\b"
    r"|^\W*(?:(?:and|also|but)\s+)?if\b[^?]{1,160}?\bi\s+would\s+(?:be\s+grateful|appreciate|like)\b"
    r"|^\W*(?:(?:and|also|but)\s+)?if\b[^?]{1,160}?(?:,|\)|\bthen\b)\s*(?:then\s+)?(?:please\s*,?\s*)+(?:also\s+|instead\s+)?"
    r"(?:provide|state|confirm|give|list|supply|send|tell|advise|include|specify|indicate|detail|disclose|explain)\b"
    r"|^\W*(?:(?:and|also|but)\s+)?if\b[^?]{1,160}?,\s*(?:could|can|may)\s+(?:i|you)\s+(?:please\s+)?"
    r"(?:have|provide|send|give|tell|confirm)\b")


def conditional_ask(sentence: str) -> bool:
    """SENTENCE is a follow-up that asks for more records under a condition on the records ("If they exist,
    please provide the policies", "If you answered yes to 4), please state the company", "If so, could I please
    have a copy?"): a question, kept. Not one: a condition on how the request is handled (`handling_condition`)."""
    text = _one_line(sentence)
    return bool(_CONDITIONAL_ASK.match(text)) and not handling_condition(text)


def strip_softener(text: str) -> str:
    """TEXT without a softening condition in front ("and if possible, please can you give ..." -> "please can you
    give ...", "if held, please provide the minutes" -> "please provide the minutes")."""
    return _strip_front(text, _rules().softener, 2)


_FINITE = frozenset("is are was were has have had will would can could must should may might shall does do did "
                    "isn't aren't wasn't weren't hasn't haven't didn't doesn't don't won't".split())
_SUBORDINATE = frozenset("who whom which that where when whose whether if how what why because although though while "
                         "whilst as since unless until once than to".split())
_DETERMINERS = frozenset("the a an any all each every your its their some".split())
_ADVERB_OPENERS = re.compile(r"(?i)^\W*(?:(?:however|therefore|also|so|but|and|then|furthermore|moreover|additionally|"
                             r"specifically|firstly|secondly|finally|indeed|currently|recently|clearly|again|in\s+addition|"
                             r"for\s+example|for\s+instance|e\.?g\.?|i\.?e\.?)\W+)+")


_REPORTED = re.compile(
    r"(?i)^(?:the|a|an|this|that|his|her|their|its|[A-Z][\w'-]+)\b[^.?;]{0,160}?(?<!\bwhich)(?<!\bthat)(?<!\bwho)\s+"
    r"(?:stated|said|says|states|claimed|claims|reported|found|showed|revealed|suggested|announced|noted|wrote|argued|"
    r"admitted|alleged|insisted)\s+(?:that\b|[\"\u201c])")
_REPORTED_ASKS = re.compile(r"(?i)\b(?:please|could\s+you|can\s+you|would\s+you|how\s+many|how\s+much|the\s+number\s+of|"
                            r"cop(?:y|ies)\s+of|any\s+(?:correspondence|documents?|records?|emails?)|whether|which|why)\b")


# fx43: a phrase put first, then at a comma the ask itself ("In respect of the settled claims ..., please disclose the
# amount paid", "For each of these, could you please provide ..."): a request, whatever the phrase says
_FRONTED_REQUEST = re.compile(
    r"(?i)^\W*(?:in\s+respect\s+of|with\s+(?:regard|respect)\s+to|regarding|as\s+regards|in\s+relation\s+to|"
    r"for|of|in|on|from|within|among|between)\b[^.;:?!]{3,200}?,\s*(?:(?:could|can|would)\s+you\s+)?(?:please\s+|kindly\s+)"
    r"(?:disclose|provide|supply|send|give|state|list|tell|confirm|advise|let|set\s+out|detail|specify)\b")


def is_statement(sentence: str) -> bool:
    """SENTENCE states something (a declarative main clause: a subject, then its finite verb) and asks nothing:
    "The council won the appeal.", "Since 2000, the Government has authorised ...", "ANPR is a powerful tool",
    "'Cyber crime' includes fraud ...". Not one: a question (a "?", a question word or an auxiliary first), a
    request ("please ...", "could you ..."), or a noun phrase naming records whose verb sits in a relative
    clause ("The number of potholes that were repaired", "Details of any savings that include ...")."""
    text = _one_line(sentence)
    if "?" in text or not _WORDY.search(text):
        return False
    if _FRONTED_REQUEST.search(text):
        return False  # fx43: "In respect of the settled claims ..., please disclose the amount paid": a request
    text = re.sub(r"(?i)\bthere(?:'|\u2019)?s\b", "there is", text)  # ck25a: "theres a smell ...", typed quickly
    text = _ADVERB_OPENERS.sub("", text)
    text = re.sub(r"^\W*(?:\d{1,2}|[a-z])[.):]\s*", "", text)  # "2)The amount spent ...": a list marker
    if _rules().news_told.match(text) and not _REPORTED_ASKS.match(text):
        return True  # fx61: "THE local Press recently reported on the number of prosecutions ...": what the news said
    reported = _REPORTED.match(text)
    if reported and not _REPORTED_ASKS.search(reported.group()) and not re.search(
            r"(?i)\b(?:where|when|which|that|who|whom|whose)\b", reported.group()[:-12]):
        return True  # fr15b: "A report in The Times on 11 March stated that ...": what someone said, reported
    if re.match(r"(?i)(?:in|on|at|within|under|according\s+to)\s", text):  # fr9a: a long place-in-a-document in front
        for comma in (m.start() for m in re.finditer(",", text[:260])):
            before, rest = text[:comma], text[comma + 1:].strip()
            if not any(w.lower() in _FINITE for w in _clause_words(before)) and re.match(
                    r"(?i)(?:there\s+(?:is|are|was|were)|it\s+(?:is|was)\s+(?:stated|said|noted|reported|recorded)|"
                    r"(?:these|those|this|the|they|it)\s+(?:\w+\s+){0,3}?(?:is|are|was|were|has|have|had)\b)", rest):
                return True  # "In Appendix 1 of another request by X (link), these two reports are used by ..."
    lead = re.match(r"(?i)^(?:since|in|on|at|for|from|after|before|during|following|given|over|under|by|with|within|to|"
                    r"last|recently|currently|until)\b[^,]{0,60},\s*", text)
    if lead and not any(w.lower() in _FINITE for w in _clause_words(lead.group())):
        text = text[lead.end():]  # "Since at least 2000, the Government has ...": the adverbial goes
    clause = re.match(r"(?i)^(?:although|though|while|whilst|as|because|when|once|despite)\b[^,?]{0,120},\s*(?=\w)", text)
    if clause:
        text = text[clause.end():]  # "Although the surface had been cleared, the site was ...": the main clause
    if _CLAUSE_START.match(text) or _INVERTED_ASK.match(text) \
            or re.match(r"(?i)\W*(?:please|kindly|could|can|would|will|i|we|my|our)\b", text):
        return False
    words = [w for w in _clause_words(text) if w != "\u00a7AUTH\u00a7"] or [""]
    first = words[0].lower()
    nxt = words[1].lower() if len(words) > 1 else ""
    asked = _rules().asked_nouns
    if first in asked or (first in _DETERMINERS and (nxt in asked or any(w.lower() in asked for w in words[2:4]))):
        # "The number of ...", "Any correspondence ...", "Copies of ...": a noun phrase naming records, unless an
        # auxiliary or modal follows it in the main clause ("The date range is ...", "The information should
        # include ...", "The number of units must be reduced")
        for i, word in enumerate(words[1:10], 1):
            low = word.lower()
            if low in _SUBORDINATE or low in ("what", "which", "who"):
                return False
            prev = words[i - 1].lower()
            if (low in _DETERMINERS or low in ("they", "we", "you", "i", "he", "she")) and i > 1 \
                    and prev not in _NP_STOP and prev not in _DETERMINERS:
                return False  # "a list of the care homes the council has contracts with": a relative clause without "that"
            if _body_verb(words, i):
                return True  # lead45: "the council charges £50 for ...": the body, then what it does (a verb that is
                # also a record noun), then its object: told, not a noun phrase naming records
            if low in _FINITE:
                after = words[i + 1].lower() if i + 1 < len(words) else ""
                if any(w.lower() == "of" for w in words[1:i]):
                    return False  # "The number of students have been expelled": the verb is the students', a request typed without "who"
                return after not in ("you", "u", "i", "we", "they") and not _participle_next_is_relative(words, i)
        return False
    for i, word in enumerate(words[:12]):
        low = word.lower()
        if low in _SUBORDINATE:
            return False  # "the policy that ...", "where ...": the verb that follows is not the main one
        if i == 0:
            continue
        if _body_verb(words, i):
            return True  # lead45: "the council charges £50 for ...": the body, what it does, its object
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if low in _FINITE:
            return after not in ("you", "u", "i", "we", "they")  # "... can you tell me": an inverted question
        lemmas = _lemmas_of(low)
        if lemmas.get("VERB") and not lemmas.get("NOUN") and _finite_form(low, lemmas["VERB"]):
            if _participle_form(low, lemmas["VERB"]) and (not after or after in _PARTICIPLE_NEXT) \
                    and first not in _PRONOUN_SUBJECTS:
                continue  # "the FPNs outlined in point 2", "juveniles authorised by ...": a participle, not the verb
            return True
        before = words[i - 1].lower()
        if lemmas.get("VERB") and lemmas.get("NOUN") and i >= 2 and before not in _DETERMINERS \
                and before not in asked and _finite_form(low, lemmas["VERB"]) and low.endswith("s") \
                and (after.endswith("ing") or after in _DETERMINERS or after in _PRONOUN_SUBJECTS or after == "to") \
                and words[i - 2].lower() in _DETERMINERS:
            return True  # "the council keeps ignoring ...": a verb that is also a noun, between its subject and object
        plural_subject = before in _PRONOUN_SUBJECTS or before.endswith("s") \
            or (before.isdigit() and words[0].lower().endswith("s"))  # "Questions 1-6 relate to ..."
        if lemmas.get("VERB") and not lemmas.get("NOUN") and plural_subject and _plural_present(low, lemmas["VERB"]):
            return True  # "These claims refer to ...", "they use ...": a verb in the present after its plural subject
    return False


def _body_verb(words: list[str], i: int) -> bool:
    """WORDS[i] is the present-tense verb of the body named just before it: a third-person "-s" form of a verb
    ("charges", "fines", "funds", "owns") after a body noun (knowledge/vocab: pronoun_roles bodies), followed by its
    object - a sum of money, a number, a determiner or a pronoun ("the council charges £50 for ...", "the trust
    funds a number of ...")."""
    from askfoi.pronoun_roles import _lemmas, _vocab

    low = words[i].lower()
    prev = words[i - 1].lower() if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if not (low.endswith("s") and prev in _vocab().bodies and "VERB" in _lemmas(low)):
        return False
    return bool(re.match(r"[£$\d]", after) or after.lower() in _DETERMINERS | _PRONOUN_SUBJECTS - {"it", "this", "that"})


_PARTICIPLE_NEXT = frozenset("in by for to at on from with under during within as and or of into over since between "
                             "before after through across eg e.g ie i.e such including etc".split())


def _participle_next_is_relative(words: list[str], i: int) -> bool:
    """WORDS[i] (an auxiliary) belongs to a reduced relative clause: "the officers who are ...", never reached here,
    or a list of records joined by "and" before it ("... and the date it was closed"): the "and" is the cut."""
    return any(w.lower() == "and" for w in words[1:i]) and i > 6


_PRONOUN_SUBJECTS = frozenset("it they he she we there this that these those i you".split())


def _plural_present(word: str, lemmas) -> bool:
    from lemminflect import getInflection

    return any(word in getInflection(v, "VBP") for v in lemmas)


def _participle_form(word: str, lemmas) -> bool:
    from lemminflect import getInflection

    return any(word in getInflection(v, "VBN") for v in lemmas)


def _finite_form(word: str, lemmas) -> bool:
    from lemminflect import getInflection

    return any(word in getInflection(v, "VBD") + getInflection(v, "VBZ") for v in lemmas) \
        and not any(word in getInflection(v, "VBN") for v in lemmas if word not in getInflection(v, "VBD"))


_BREAKDOWN_NOTE = re.compile(
    r"(?i)^\W*(?:(?:and|also|so|please|for\s+(?:19|20)\d\d|feel\s+free\s+to|can\s+you|could\s+you|please\s+can\s+you)\W+)*"
    r"(?:(?:please\s+)?(?:(?:can|could)\s+(?:you\s+)?)?(?:break(?:\s+down)?|breakdown|separate|split|disaggregate|itemi[sz]e|"
    r"(?:the\s+)?(?:information|data|figures?|totals?|it|this|these)\s+(?:be\s+)?(?:broken\s+down|split|separated))\b"
    r"|(?:and\s+)?(?:by|per)\s+(?:year|month|quarter|week|ward|school|area|region|force|department|type|category|gender|age|ethnicity)\b)")
_GENERIC_OBJECT = re.compile(r"(?i)\b(?:the\s+)?(?:data|information|figures?|totals?|numbers|below|above|it|this|these|them|each\s+of\s+(?:the\s+)?above)\b")


_BREAKDOWN_CONDITION = re.compile(
    r"(?i)^\W*(?:again\W+)?(?:(?:if|where|when)\s+(?:at\s+all\s+)?(?:possible|practicable|available|held|"
    r"(?:this|the|that|such)\s+(?:data|information|figures?|breakdown)\s+(?:is|are)\s+(?:available|held|recorded))\W+)?(?:again\W+)?")
_BREAKDOWN_TAIL = re.compile(r"(?i)\W*(?:(?:if|where)\s+(?:at\s+all\s+)?(?:possible|practicable|available|held)|"
                             r"for\s+(?:questions?|parts?|items?|points?|q)\s*[\w\s,&-]{1,20})\W*$")
_SEPARATE_FIGURES = re.compile(  # a sentence that asks only for the figures before to be split, no measure of its own
    r"(?i)^(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:"
    r"(?:provide|give|supply|show|list)\s+(?:separate|individual)\s+(?:figures|totals|numbers|data|counts)\s+(?:for|by)\s+"
    r"(?:each|every|both|individual|the\s+(?:different|individual|separate))\b"
    r"|(?:provide|give|supply|show)\s+(?:separate|individual)\s+(?:figures|totals|numbers|data|counts)\s+for\s+"
    r"[\w-]+(?:\s*,\s*[\w-]+)*\s+(?:and|or)\s+[\w-]+\b"  # fr24b: "separate figures for static and mobile libraries"
    r"|(?:provide|give|supply|show)\s+(?:a\s+|the\s+)?(?:breakdown|split)\s+of\s+(?:these|those|this|the\s+above|the|them)"
    r"(?:\s+[\w-]+){0,2}\s+by\s+\w+"
    r"|(?:provide|give|supply|show)\s+(?:the\s+)?(?:cost|costs|figures?|totals?|data|spend)\s+(?:per|by|for\s+each)\s+"
    r"(?:annum|year|month|quarter|financial\s+year)\b"
    r"|(?:detail|list|show|provide|give|identify)\s+(?:any\s+|the\s+)?(?:[\w-]+\s+){1,4}separately\b)")


def _breakdown_core(text: str) -> str:
    """TEXT without its brackets, "Again,", a condition on availability in front and "if possible" or "for questions
    1b-1g" at its end: what is left says what is asked."""
    core = text.strip().strip("()").strip()
    core = re.sub(r"[).]+$", "", core).strip()
    core = _BREAKDOWN_CONDITION.sub("", core, count=1)
    for _ in range(2):
        core = _BREAKDOWN_TAIL.sub("", core).strip()
    return core


def breakdown_note(sentence: str) -> bool:
    """SENTENCE only says how the figures asked for are to be broken down ("Please separate the below by year",
    "Please disaggregate the data by year and outcome", "For 2020, please can the information be broken down per
    month", "and by year and month if possible"): a note on the parts, never a question of its own."""
    text = _one_line(sentence)
    if "?" in text and re.search(rf"(?i)\b{_QW}", text):
        return False
    if _SEPARATE_FIGURES.match(_breakdown_core(text)):
        return True  # fr23a: "(Again, please provide separate figures for each of the counties)", "... cost per annum"
    m = _BREAKDOWN_NOTE.match(text)
    if not m:
        return False
    if re.match(r"(?i)\W*(?:and\s+)?(?:by|per)\b", text[m.start():].lstrip()) and len(_WORDY.findall(text)) <= 10:
        return True
    return bool(_GENERIC_OBJECT.search(text)) and not re.search(r"(?i)\b(?:number|total|cost|amount|list|copy|copies)\s+of\b", text)


_READING_NOTE = re.compile(
    r"(?i)^\W*(?:(?:please\s+)?(?:note|n\.?b\.?)\b|please\s+(?:treat|count|read|interpret|take\s+(?:this|it))\b|"
    r"(?:i|we)\s+(?:would\s+like|wish|want|prefer)\s+to\s+(?:receive|be\s+sent|have)\s+(?:the|this|that|all)\s+"
    r"(?:information|data|response|reply|figures)\b)")


def reading_note(sentence: str) -> bool:
    """SENTENCE tells the authority how to read or send the request, not what to send: "Please note there are two
    parts to this request", "Please treat temporary accommodation as ...", "Please count each site as one", "I
    would like to receive the information electronically". A remark, never asked back."""
    return bool(_READING_NOTE.match(_one_line(sentence)))


_ASKING_IMPERATIVE = re.compile(
    r"(?i)^\W*(?:(?:and|also|additionally)\W+)*(?:(?:for|in|of)\s+(?:each|every|all)\b[^,?]{0,60}?,?\s*(?=please|can|could|would))?"
    r"(?:(?:please\s+(?:also\s+)?|(?:can|could|would)\s+you\s+(?:please\s+)?(?:also\s+)?)"
    r"(?:state|confirm|identify|attach|list|explain|describe|detail|specify|indicate|outline|advise|disclose|provide|send|"
    r"supply|share|give|tell)\b"
    r"|(?:can|could|may)\s+i\s+(?:please\s+)?(?:also\s+)?(?:request|have|ask\s+for|see|obtain|get)\b"
    r"|(?:i|we)\s+(?:would|'d)\s+(?:also\s+)?like\s+(?:to\s+(?:see|receive|have|obtain|request)\s+)?"
    r"(?:the|a|an|any|all|copies|details|a\s+copy)\b)")


def clear_request(sentence: str) -> bool:
    """SENTENCE asks for something specific enough to send in the person's words when no frame fits: a verb of
    asking with what it wants ("Please state the methods in which the Taser is carried", "Please attach your
    latest DPIA for drones"), a question with "?" ("From where were the images taken?"), or a noun phrase
    naming records ("Email correspondence between the government and Mr X since March 2023") - each naming at
    least three things. Kept as a part rather than asked back."""
    text = _one_line(sentence)
    if not asks_for_information(text) or breakdown_note(text) or reading_note(text):
        return False
    content = [w for w in _WORDY.findall(strip_opener(text)) if w.lower() not in _LIGHT_WORDS]
    if len(content) < 3:
        return False
    return bool(_ASKING_IMPERATIVE.match(text) or (text.rstrip().endswith("?") and _CLAUSE_START.match(text))
                or names_records(text))


def names_records(sentence: str) -> bool:
    """SENTENCE is a noun phrase naming the records it wants: it starts with a noun of what a request asks for,
    after any determiner and up to two modifiers ("The identity of the person who ...", "Email correspondence
    between ...", "Any debt owed by ...", "Numbers of recorded cases ..."), and it is not a statement."""
    text = re.sub(r"^\W*(?:\d{1,2}|[a-z])[.):]\s*", "", _one_line(sentence))
    words = [w.lower() for w in _clause_words(text)[:4]]
    if not words or is_statement(text):
        return False
    asked = _rules().asked_nouns
    start = 1 if words[0] in _DETERMINERS else 0
    told = _rules().told_by_record
    if told and "?" not in text:
        said = [w.lower() for w in _clause_words(text)]
        bound = {"that", "which", "who", "whom", "whose", "where", "when", "whether", "if", "what", "how", "why"}
        if any(w in told and k > start and not bound & set(said[:k]) and said[k - 1] not in ("it", "this")
               for k, w in enumerate(said)):
            return False  # cx37: "The letter in last week's paper ... raises a number of concerns": told, not asked
    if any(w in asked for w in words[start:start + 3]) and words[0] not in _PRONOUN_SUBJECTS - {"these", "those"}:
        return True
    # "The underlying algorithm of HART", "the case officer's advice letters": a determiner, then a noun phrase of
    # three words or more that ends as a phrase does (not on "and" or "of")
    last = (_clause_words(text) or [""])[-1].lower()
    return start == 1 and words[0] not in ("this", "that", "these", "those") and len(_WORDY.findall(text)) >= 3 \
        and last not in _NP_STOP | {"and", "or", "of"} and not re.search(r"[,;:]\s*$", text)


_LIGHT_WORDS = frozenset("the a an of in on at to for by from with and or any all this that these those it its they them "
                         "their you your we our i my me please can could would will be is are was were has have had do "
                         "does did there what which who when where how why whether if so also tell state confirm provide "
                         "send give list about information".split())


_SOMEONE_ASKED = re.compile(r"(?i)^\W*(?:would|could|can|will)\s+(?:someone|somebody|anyone|the\s+\w+|[A-Z]\w+)\b[^.?]{0,60}?"
                            r"\b(?:explain|tell|confirm|say|clarify|let\s+(?:us|me)\s+know|publish|release)\b")


def asks_for_information(sentence: str) -> bool:
    """SENTENCE asks for information: it has a question's shape (a "?", a question word or an inverted auxiliary
    first, after any opener) or a request's ("please provide ...", "I would like a copy of ...", a noun phrase
    naming records), and it is not furniture, a handling condition, a statement or the person's story. Only such
    a sentence may be asked back when it cannot be framed; anything else is a remark."""
    text = re.sub(r"(?i)^\W*that\s+you\s+(?=(?:please\s+)?\w)", "Please ", _one_line(sentence))  # "[I request] that you list ..."
    if not _WORDY.search(text) or is_furniture(text) or handling_condition(text) or breakdown_note(text) \
            or reading_note(text):
        return False
    if _FRONTED_QUESTION.match(text):
        return True  # fx79: "Of all notices served since 1983, how many were served on ... .": a question told as one
    if is_statement(text) or sentence_kind(text) not in ("question", "request"):
        return False
    core = strip_opener(strip_ask_opener(strip_address(text)))
    return bool("?" in text or _CLAUSE_START.match(core) or core != text or _ASKING_IMPERATIVE.match(text)
                or _ASKING_WORDS.search(text) or _WOULD_LIKE.search(text) or names_records(text)
                or re.match(r"(?i)\W*(?:please|kindly|(?:can|could|would|will)\s+you|tell\s+me|let\s+me\s+know|whether|if)\b", text)
                or re.match(r"(?i)\W*(?:(?:and|also|so)\s+)?(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|"
                            r"should|may)\s+[\w\u00a7]", text)  # an inverted auxiliary: a yes/no question
                or _SOMEONE_ASKED.match(text))


_COST_OR_NUMBERED = re.compile(r"(?i)\b(?:cost|appropriate)\s+limit|\bsection\s+12\b|\b18\s+hours\b|"
                               r"\b(?:parts?|questions?|items?|points?|q)\s*\(?\d|\(\d{1,2}[a-z]?\)")


_COST_LIMIT = re.compile(r"(?i)\b(?:cost|appropriate)\s+limit|\bsection\s+12\b|\b18\s+hours\b|\bexceed")


_RECORD_HEAD = re.compile(r"(?i)\W*(?:and\s+)?(?:(?:the|any|all|a|an)\s+)?(?!(?:your|our|my|his|her|their)\b)(?:[\w-]+\s+){0,2}?(?:figures|numbers?|totals?|amounts?|copy|copies|"
                          r"details|list|statistics|data|minutes|correspondence|records|documents|reports?|polic(?:y|ies)|"
                          r"company|companies|names?|value|cost)\b")


def asked_remark(remark: str) -> bool:
    """REMARK (a sentence framing kept as a remark) still asks for information: a question moved to the remarks
    ("Please repeat the above 4 questions for 2020", "If question 3 cannot be answered in this form, please
    instead provide: the number of ...", "Figures showing how many people ...", "In each instance, please state
    the nature of the offence") - fr10a: it goes on the letter (`letter_notes`), so it never vanishes. Not a
    condition on handling or a format (notes already), not furniture, a lead-in or a note about the request
    itself, not the person's story, not a cost-limit fallback (the letter has its own paragraph)."""
    text = _one_line(remark)
    sentences = _sentences(text)
    if len(sentences) > 1:  # "It was stated that ... . Please could you supply this set of questions.": one sentence asks
        return any(asked_remark(sentence) for sentence in sentences)
    if not _WORDY.search(text) or is_furniture(text) or is_lead_in(text) or format_note(text) or about_the_request(text) \
            or _COST_LIMIT.search(text):
        return False
    if re.match(r"(?i)\W*please\s+confirm\s+whether\b", text):
        return False  # framing's own rewording of an "if" clause left in the remarks: the person's rhetoric, mostly
    if handling_condition(text) and not conditional_ask(text):
        # "If question 3 cannot be answered in this form, please instead provide: the number of ...": a fallback
        # that asks for records of its own
        then = re.search(r"(?i)(?:,|\bthen\b)\s*(?:then\s+)?(?:please|could\s+you|can\s+you)\b(?P<ask>.*)$", text)
        return bool(then and _NEW_MEASURE.search(then.group("ask")))
    if any(p.search(text) for p in _rules().drop + _rules().stop + _rules().preamble):
        return False
    core = strip_opener(strip_ask_opener(text))
    if re.match(r"(?i)^[^,;:]*?\b(?:was|were|is|are)\s+(?:about\s+|around\s+|over\s+)?[\u00a3$\d]", core):
        return False  # "The total cost of this was \u00a314,000": a figure told, a worked example
    if not _WORDY.search(core) or len([w for w in _WORDY.findall(core) if w.lower() not in _LIGHT_WORDS]) < 2:
        return False  # "I'd also like to know.": nothing left that names what is asked
    if conditional_ask(text) or _ASKING_IMPERATIVE.match(text) or _ASKING_IMPERATIVE.match(core) \
            or (names_records(core) and _RECORD_HEAD.match(core)
                and not re.search(r"(?i)\b(?:is|are|was|were|should|will|would|has|have|had|could|might)\b",
                                  re.split(r"(?i)\b(?:showing|how|which|who|that|where|when|whose|whether|if)\b", core)[0])) \
            or re.match(r"(?i)\W*please\s+(?:could|can|would)\s+you\s+(?:please\s+)?(?:provide|supply|send|give|share|disclose|"
                        r"confirm|state|list|advise)\b", text):
        return True
    return False  # a question left in the remarks is the person's rhetoric or story ("Why do we need three?")


def letter_notes(remarks: list[str], text: str | None = None) -> list[str]:
    """The person's own remarks that belong on the letter, below the numbered parts: what they still ask that no
    part asks (`asked_remark`, fr10a: first, in their words, so a question moved to the remarks is never lost),
    a preferred format ("Please provide the above information as a spreadsheet", FOIA s11) and conditions on how
    to answer, with what to do then ("If the information is already published, please give the web address",
    "If you need any clarification, please contact me"). Not the person's story or background (a request is
    judged without its motive), not a cost-limit fallback (the letter has its own paragraph, and the person's
    part numbers may not be the letter's), not a condition naming a part by number. Each ends with a full stop
    (or the person's own "?"). TEXT (the whole message), when given: in an informal message (a letter to a paper,
    a story with rhetorical questions: `sentence_acts.informal_message`) only an asked remark that is a line of
    its own (an item) is kept; the rest is rhetoric or story."""
    from askfoi.sentence_acts import informal_message

    formal = text is None or not informal_message(text)
    lines = {_one_line(line).rstrip(" .?").lower() for line in (text or "").splitlines()}
    asked, out = [], []
    for remark in remarks:
        said = _one_line(remark)
        if not said:
            continue
        said = said[:1].upper() + said[1:]
        if asked_remark(said) and (formal or said.rstrip(" .?").lower() in lines):
            asked.append(said if said[-1:] in ".?!" else said + ".")
        elif (handling_condition(said) or format_note(said) or whole_request_note(said)) \
                and not _COST_OR_NUMBERED.search(said):
            out.append(said if said[-1:] in ".?!" else said + ".")  # fr8: a preferred format too (FOIA s11)
    return list(dict.fromkeys(asked + out))


# --- fr8: sentences that only modify other questions --------------------------------------------------------

_POLITE = (r"(?:(?:and|also|additionally|then|again|so|but)\s+|please\s*,?\s+|kindly\s+|"
           r"(?:can|could|would|will)\s+(?:you|i|we)\s+(?:also\s+)?(?:please\s+)?|"
           r"(?:can|could|would|will|may|should)\s+(?=(?:this|these|it|they|the\s+above|the\s+same|the\s+(?:data|information|figures))\b)|"
           r"i\s+(?:would|'d)\s+(?:also\s+)?(?:like|appreciate|be\s+grateful\s+if\s+you\s+could)\s+(?:(?:you\s+)?to\s+)?(?:also\s+)?|"
           r"(?:i|we)\s+(?:also\s+)?(?:require|need|want)\s+(?=(?:this|these|it|the\s+above|the\s+same|the\s+(?:data|information|figures|results))\b)|"
           r"(?:if|where)\s+(?:(?:it\s+is|it's)\s+)?(?:at\s+all\s+)?(?:possible|practicable|available|easier|simpler|"
           r"more\s+convenient|preferred)\s*,?\s*)*")  # fr36: "If easier, the information may instead be ..."
_ASKING_VERB = (r"(?:provide|give|send|supply|return|show|present|repeat|answer|do|have|get|see|receive|include|list|"
                r"break(?:\s+(?:down|up))?|split|separate|disaggregate|itemi[sz]e|breakdown)")
_MODIFIER_TAIL = (r"(?:(?:broken|split|separated|divided|categori[sz]ed|itemi[sz]ed)\b|down\s+(?:by|into|per|between)|by|per|for|in|over|across|from|since|"
                  # fr36: "(provided) as annual totals", "as a single figure": how the figures asked are given
                  r"as\s+(?:an?\s+)?(?:annual|monthly|yearly|quarterly|weekly|single|separate|combined|overall|one)\b|"
                  r"between|during|covering|again|as\s+at|up\s+to|to\s+date|starting|going\s+back|back\s+to|each|every)\b")
_SAID_FOR = r"(?:\s+(?:provided|given|requested|supplied|asked\s+for|set\s+out)\s+(?:for|in|at|under)\s+(?:questions?|parts?|points?|items?|q)\s*[\d\s,&and-]+)?"
_NEW_MEASURE = re.compile(r"(?i)\b(?:(?:number|numbers|total|amount|cost|costs|list|copy|copies|names?|details|value)\s+of|how\s+(?:many|much|long|often))\b")
_EXAMPLE_FRONT = re.compile(r"(?i)^\W*(?:e\.?\s?g\.?|i\.?\s?e\.?|such\s+as|for\s+example|for\s+instance|including|excluding|namely|etc)(?:\W|$)")
_BARE_BREAKDOWN = re.compile(
    r"(?i)^\W*(?:(?:a|an|any|the)\s+)?(?:further\s+|full\s+|separate\s+)?(?:breakdown|break\s*down|split)\s+(?:by|per|into|between|on)\b"
    r"|^\W*(?:again\s+)?(?:(?:broken|split|separated|itemi[sz]ed|categori[sz]ed|divided)\s+(?:down\s+|up\s+|out\s+)?(?:by|per|into|between)|"
    r"again\s+(?:by|per|for)|by\s+each)\b"
    # fr17b: "(Please) break down (the) number of incidents in each separate institution": the figures asked, broken down
    r"|^\W*(?:break|split)\s*(?:down|up)\s+(?:the\s+)?(?:numbers?|figures|results|data|information|totals?)\s+(?:of\s+\w+\s+)?"
    r"(?:by|per|into|between|in\s+each|for\s+each)\b")
_PERIOD_WORDS = frozenset("""january february march april may june july august september october november december jan feb mar
apr jun jul aug sep sept oct nov dec to and from between until till in for during the of each last past previous recent
year years month months quarter quarters week weeks financial fiscal calendar academic school date now present today
period periods time times since one two three four five six seven eight nine ten twelve full whole complete current
q1 q2 q3 q4 as at up inclusive respectively also please same""".split())


def _bare_period(text: str) -> bool:
    """TEXT is only a period or a list of periods ("Jan 2024-Dec 2024", "and April 2025 to March 2026", "2019/20")."""
    tokens = re.findall(r"[A-Za-z]+|\d+", text)
    return bool(tokens) and any(t.isdigit() and len(t) == 4 for t in tokens) \
        and all(t.isdigit() or t.lower() in _PERIOD_WORDS for t in tokens)


def _pro_object() -> str:
    rules = _rules()
    return rules.pro_object.pattern if rules.pro_object is not None else "(?!)"


def _modifier_core(sentence: str) -> str:
    text = re.sub(r"^\W*(?:\d{1,2}|[a-z])[.):]\s+", "", _one_line(sentence))
    # fr17b: "For each of the above, please give the figures per month": what it points at goes first
    text = re.sub(r"(?i)^\W*(?:for|in)\s+(?:each|all|both|every\s+one)\s+of\s+(?:the\s+above|these|those|them)(?:\s+(?:questions?|items?|parts?))?\s*,?\s*",
                  "", text)
    # fx43: "For your reference please provide the information to me in a sequential order, broken down by each
    # financial year", "Please provide total figures for each academic year": how the figures asked are given
    text = re.sub(r"(?i)^\W*for\s+(?:your|ease\s+of)\s+reference\s*,?\s*", "", text)
    text = re.sub(r"(?i)\s+to\s+(?:me|us)(?=\s+(?:in|by|for|broken|split|as)\b)", "", text)
    text = re.sub(r"(?i),?\s+in\s+(?:a\s+|the\s+)?(?:sequential|chronological|date|year)\s+order\s*,?", "", text)
    text = re.sub(r"(?i)\b((?:provide|give|send|supply)\s+(?:me\s+|us\s+)?)(?:the\s+)?(?:total|overall)\s+(figures|numbers)\b",
                  r"\1the \2", text)
    return re.sub(rf"(?i)^\W*{_POLITE}", "", text).strip()


_NAMES_OWN_SUBJECT = re.compile(  # fr23a: "for offenders caught ...", "on fly tipping": a subject, not a period or an item
    r"(?i)\W*(?:for|on|about|of|regarding|relating\s+to)\s+(?!(?:the\s+|each\s+|every\s+|all\s+|both\s+)?(?:same|above|"
    r"following|below|period|years?|months?|quarters?|weeks?|days?|last|past|previous|next|current|financial|calendar|"
    r"academic|school|each|every|all|both|this|these|that|those|it|them|questions?|parts?|items?|points?|q\d|\d|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b)[a-z]{3,}")


def _pro_object_head(core: str) -> re.Match[str] | None:
    """CORE (without "please", "could you") opens on a pro-form object, after any verb of asking ("provide this data
    ...", "the same ...", "this be provided ..."), or a pro-form subject of a passive ("this be broken down")."""
    pro = _pro_object()
    return re.match(rf"(?i)\W*(?:{_ASKING_VERB}\s+(?:me\s+|us\s+)?(?:with\s+)?)?(?P<obj>{pro}){_SAID_FOR}"
                    rf"(?:\s+(?:also|again|please|instead|to\s+be|be|being|is|are|will\s+be|can\s+be|could\s+be|may|might|"
                    rf"would\s+be|should\s+be)\b)*"
                    rf"(?:\s+(?!between\b)(?:\w+(?:ed|ing|en)|split|sent|shown))?\s*(?P<rest>.*)$", core)


# fr10a: what follows a verb of sending in a format note with no pro-form object: the format itself ("in an Excel
# format", "electronically", "as a spreadsheet"), at most after a bare word for what was asked ("data in CSV")
_FORMAT_COMPLEMENT = (r"(?i)\W*(?:(?:me|us)\s+)?(?:with\s+)?(?:(?:the|this|all|any|your|an?)\s+)?(?:(?:[a-z]+\s+)?(?:data|information|figures|results|answers?|"
                      r"response|reply|details|numbers)\s*,?\s+)?(?:(?:in|as|on|by|via|through|using|into|preferably|ideally|"
                      r"electronically|digitally)\b|(?:an?\s+)?(?:spreadsheets?|excel|csv|xlsx?|pdf)\b)")


# h19 (judged: a format wish made part 1): a wish for a format with no verb of asking ("Excel preferred.", "Spreadsheet
# format if possible.", "An electronic copy would be great.") or "I would prefer it/the data in/as X"
_FORMAT_WISH = re.compile(
    r"(?i)^\W*(?:(?:(?:an?|in|as)\s+)?(?:excel|spreadsheet|csv|pdf|word|electronic|digital|machine[\s-]readable|paper|"
    r"e-?mail(?:ed)?|open)\s*(?:format|form|copy|copies|file|files|spreadsheet|version)?\s*(?:format\s+)?(?:is\s+|would\s+be\s+)?"
    r"(?:preferred|preferable|ideal|ideally|fine|best|great|please|if\s+possible|where\s+possible|welcome)\b"
    r"|i\s+would\s+(?:prefer|like)\s+(?:it|this|them|the\s+(?:data|information|figures|answers?|responses?|reply))\s+"
    r"(?:in|as|by)\s+(?:an?\s+)?(?:excel|spreadsheet|csv|pdf|word|electronic|digital|e-?mail|machine[\s-]readable)\b)")


def format_note(sentence: str) -> bool:
    """SENTENCE says how to send what is asked, not what: its object is a pro-form ("this", "the above
    information", "the data") or absent, and its complement names a format or a medium ("Please provide the
    above information digitally, preferably as a spreadsheet", "Could this be provided in an Excel format"). A
    remark on the letter, never a part."""
    text = _one_line(sentence)
    rules = _rules()
    # fx82: "All in an excel spreadsheet please.": the format of everything asked, said after the last item
    bare = re.sub(r"(?i)^\W*(?:and\s+)?(?:all|everything)(?:\s+of\s+(?:it|this|them|the\s+above))?\s+", "", text)
    if bare != text and re.match(r"(?i)(?:in|as|on)\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:spreadsheets?|excel|csv|xlsx?|pdfs?)"
                                 r"(?:\s+(?:file|format|form|document))?(?:\s+(?:please|if\s+possible|ideally|preferably))*\W*$", bare):
        return True
    if _FORMAT_WISH.match(text) and len(_WORDY.findall(text)) <= 12:
        return True  # "Excel preferred.", "Spreadsheet format if possible.", "I would prefer the data in Excel."
    if rules.format_words is None or not rules.format_words.search(text) or _NEW_MEASURE.search(text.split(":")[0]):
        return False
    core = _modifier_core(text)
    head = _pro_object_head(core)
    if not head:
        head = re.match(rf"(?i)\W*(?:{_ASKING_VERB})\b\s*(?P<rest>.*)$", core)
        if head and not re.match(_FORMAT_COMPLEMENT, head.group("rest")):
            return False  # fr10a: "Please provide the number and a breakdown of digital devices ...": a new object, asked for
        aside = re.match(r"(?i)\W*,?\s*(?:in|as|on|by|via|through|using|preferably|ideally|electronically|digitally)\b[^,]{0,50},"
                         r"\s*(?P<obj>.+)$", head.group("rest")) if head else None
        if aside and not re.match(rf"(?i)\W*(?:{_pro_object()})", aside.group("obj")) and re.match(
                r"(?i)\W*(?:the|a|an|any|all|copies|copy|details|each|every|your|its|their)\s+\w", aside.group("obj")) \
                and not re.match(r"(?i)\W*(?:the|a|an)\s+(?:\w+\s+)?(?:format|form|spreadsheet|file|pdf|csv|email)\b", aside.group("obj")):
            return False  # fr15b: "Please supply, in electronic format, the following extracts from Paper X": the format
            # is an aside; what follows it is a new object, asked for
    if not head:
        return bool(re.match(r"(?i)\W*(?:(?:in|as|on|by|via)\s+(?:an?\s+)?|preferably\s+)", core)) and len(_WORDY.findall(core)) <= 12
    return bool(rules.format_words.search(head.group("rest")[:80])) and not re.match(rf"(?i)\W*{_QW}", head.group("rest"))


_IF_SO = re.compile(r"(?i)^\W*(?:(?:and|also|but)\s+)?if\s+(?:so|yes|applicable|they\s+do|it\s+does|any|there\s+(?:are|is|were|was)(?:\s+any)?)\b\W*")
_GENERIC_ASKED = frozenset("details detail further more full relevant copy copies give supply share describe explain "
                           "specify elaborate information data documents documentation".split())
_SCOPE_OF = re.compile(r"(?i)^\W*(?:this|these|it|they|the\s+above)\s+"
                       r"(?:(?:should|would|could|must|will|can|may|is\s+to|are\s+to)\s+)?(?:(?:also|ideally|only|specifically|please)\s+)*"
                       r"(?:include|includes|cover|covers|relate\s+to|relates\s+to|refer\s+to|refers\s+to|appl(?:y|ies)\s+to|concern|concerns|"
                       r"exclude|excludes|be\s+(?:limited|restricted|confined)\s+to)\b")


# fr17b: "Please limit the above searches to the period ...", "restrict this request to 2020 onwards": the scope of what
# was asked, never a question of its own
_LIMITED_TO = re.compile(r"(?i)^\W*(?:limit|restrict|confine)\s+(?:(?:the\s+above|the|this|these|my|your|all|each\s+of\s+the)\s+)?"
                         r"(?:(?:above|searches|search|requests?|questions?|information|data|figures|answers?|responses?)\s+)*to\b")


# fx73 (issue 8): a pro-form subject with a bare copula and a predicate that is no period or breakdown ("This is in breach
# of ...", "It is illegal ...", "That was unlawful"): a sentence of the story about what is asked, never its modifier
_TOLD_OF_IT = re.compile(r"(?i)\W*(?:this|that|it)\s+(?:is|was|seems|appears)\s+(?!(?:also\s+)?(?:broken|split|needed|required|requested|"
                         r"wanted|asked|for|from|between|by|per|over|covering|to\s+(?:cover|include|be)|in\s+(?:(?:19|20)\d\d|each|every|"
                         r"the\s+(?:last|past|period|years?|months?))|up\s+to|since|during|as\s+at|again)\b)")


def whole_request_note(sentence: str) -> bool:
    """fx82 (issue 8): SENTENCE says what the whole request leaves out ("Please do not include any temporary closures
    as a result of Covid-19 restrictions", "Please exclude notices issued by private contractors") or the layout every
    answer takes ("Please respond in the following format: name of building and date closed"): it names no records of
    its own and qualifies every part alike, so it is a note under the parts (`letter_notes`), never a part, never
    written into the one question before it, never asked back (question_split.yaml whole_request_note)."""
    text = _COURTESY_SET_OFF.sub(r"\g<1> ", _one_line(sentence))  # fx85: "Please, exclude ..." is "Please exclude ..."
    if "?" in text or not _WORDY.search(text):
        return False
    return any(p.search(text) for p in _rules().whole_note)


# fx85: a courtesy or joining word set off by a comma at a sentence's head ("Please, exclude extra sources of funding",
# "Also, please do not include ...") reads as the word alone
_COURTESY_SET_OFF = re.compile(r"(?i)^(\W*(?:please|kindly|also|and|but|finally|lastly|additionally))\s*[,;:]\s*")


# fx82 (issue 8): a request whose object is only a bare word for what is asked and whose rest is only a period ("Please
# provided data from the academic year 2011-2012, 2012-2013 and the present academic year", "Please send the figures
# for 2019 to 2023"): it states the period of the request, whatever the verb's ending, and asks nothing of its own
_PERIOD_ONLY_ASK = re.compile(rf"(?i)^\W*(?:{_ASKING_VERB}(?:d|s|ed)?\s+)?(?:(?:me|us)\s+)?(?:with\s+)?"
                              r"(?:(?:the|this|all|any|your|all\s+the)\s+)?(?:data|information|info|figures|statistics|stats|"
                              r"numbers|details|answers?|results)\s+(?P<rest>.+)$")


def period_only_ask(sentence: str) -> bool:
    """fx82: SENTENCE, a sentence of its own, asks only for "the data" over a period: the period of the whole request
    (read from the whole message), never a part nor written into one question."""
    text = _one_line(sentence)
    if "?" in text:
        return False
    m = _PERIOD_ONLY_ASK.match(_modifier_core(text))
    return bool(m) and _bare_period(m.group("rest"))


def modifies_question(sentence: str) -> bool:
    """SENTENCE only modifies another question: it asks for no measure or record of its own, only how the one(s)
    it points at are to be broken down, which period or items they cover, or examples of what they mean:
    "Could you please break this down by financial year?", "A breakdown by the type of issue, if possible",
    "Please provide this data for three periods: ...", "The same for 2020", "Again by each year",
    "e.g. staff, marketing, equipment", "Jan 2024 to Dec 2024". Never a part: it is read with the question(s) it
    modifies (`read_message`). A condition on handling, a format note and a question of its own are not."""
    text = _one_line(sentence)
    if not _WORDY.search(text) or handling_condition(text) or format_note(text) or whole_request_note(text):
        return False
    core = _modifier_core(text)
    if not core:
        return False
    if _bare_period(core) or breakdown_note(text) or _BARE_BREAKDOWN.match(core) \
            or _BARE_BREAKDOWN.match(re.sub(rf"(?i)^\W*{_ASKING_VERB}\s+(?:me\s+|us\s+)?(?:with\s+)?", "", core)):
        return True
    if _EXAMPLE_FRONT.match(core):
        example = _EXAMPLE_FRONT.sub("", core, count=1).lstrip(" :,")
        return not re.search(rf"(?i)\b{_QW}", core) and "?" not in core and not _worked_example(example)
    if _QUESTION_START.match(core) and not re.match(r"(?i)\W*(?:this|these|that|it|the\s+same)\b", core):
        return False
    follow = _IF_SO.match(text)
    if follow:  # "If so, please provide details": a follow-up that names nothing of its own
        rest = _modifier_core(text[follow.end():])
        own = [w for w in _WORDY.findall(rest) if w.lower() not in _LIGHT_WORDS | _GENERIC_ASKED]
        return not own and "?" not in rest and not re.match(rf"(?i)\W*{_QW}", rest)
    if _SCOPE_OF.match(core) or _LIMITED_TO.match(core) and not _NEW_MEASURE.search(core):
        return True  # "This should include mobile cameras", "The request covers 2020 to 2023"
    if _TOLD_OF_IT.match(core):
        return False  # fx73: "This is in breach of Article 8 ..., but I am writing to ask ...": what the person says of it
    head = _pro_object_head(core)
    if not head:
        return False
    rest = head.group("rest")
    if _NAMES_OWN_SUBJECT.match(rest) and re.match(r"(?i)\W*the\s+(?!same\b|above\b)", head.group("obj")):
        return False  # fr23a: "Please supply the figures for offenders caught fly tipping": "the figures" of a subject
    return bool(re.match(rf"(?i)\W*{_MODIFIER_TAIL}", rest) or not _WORDY.search(rest)) and not _NEW_MEASURE.search(rest) \
        and not re.search(rf"(?i)\b(?:{_QW})", rest[:30])


_OPEN_EXAMPLE = re.compile(r"(?i)(?:\b(?:i\.?e|e\.?g|such\s+as|namely|for\s+example)\b|:)[^;:]*$")  # a list of examples runs on
def _worked_example(text: str) -> bool:
    """TEXT (after "For example:") is a worked example, a statement of what an answer would say ("in 2023/4, 150
    pupils were taken to school by taxi"), not a list of what is meant: a remark, never in the part."""
    return is_statement(text) or bool(re.search(r"(?i)\b(?:was|were|is|are|has|have|had)\b", text) and re.search(r"\d", text))


_COVERS_ALL = re.compile(
    r"(?i)\b(?:(?:all|each|every|both)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|my\s+)?(?:above|questions?|items?|parts?|requests?|points?|"
    r"data|information|figures|them|these|those)|the\s+above|above\s+(?:questions?|items?|information|data|figures)|"
    r"these\s+(?:questions|figures|items|data|requests|points|parts|statistics)|questions?\s+\d+\s*(?:-|to|and|,))")


def _as_instruction(modifier: str) -> str:
    """A modifier asked as a question ("Could you please break this down by year?") said as the instruction it is
    ("Please break this down by year."), so the part it joins asks one thing; a fragment stays as it is."""
    core = _modifier_core(modifier).rstrip(" ?")
    if core.count(")") > core.count("(") and core.rstrip(" .").endswith(")"):
        core = core.rstrip(" .")[:-1].rstrip()  # fr17b: "(Please break down ...)" said without its bracket, both ends
    if re.match(rf"(?i){_ASKING_VERB}\b", core):
        return f"Please {core[:1].lower()}{core[1:]}".rstrip(" .") + "."
    return modifier.strip()


def _joined(question: str, modifier: str) -> str:
    """MODIFIER written after QUESTION, so the part reads as one request: a fragment ("e.g. ...", "broken down
    by ...", "again by ...") after a comma, a sentence after the question's own end."""
    question, modifier = question.rstrip(), _as_instruction(modifier)
    if _bare_period(_modifier_core(modifier)) and question[-1:] not in "?!":
        return f"{question.rstrip(' .;,')}; {modifier}"
    if _bare_period(_modifier_core(modifier)):  # fr12: never "?;": the period a sentence of its own after the question
        return f"{question} {modifier[:1].upper()}{modifier[1:]}"
    if re.match(r"(?:e\.?\s?g|i\.?\s?e|etc|such|including|excluding|broken|split|again|by|per|and|or|[a-z])\b", modifier) \
            and question[-1:] not in "?.!":
        return f"{question}, {modifier}"
    if question[-1:] == "?" and strip_ask_opener(question) != question:
        question = question[:-1].rstrip() + "."  # "Could you provide X?" is a request: it ends as one
    if question[-1:] not in "?.!:":
        question += "?" if _CLAUSE_START.match(strip_opener(question)) else "."
    modifier = modifier[:1].upper() + modifier[1:]
    return f"{question} {modifier}"


_ITEM_NUMBERS = re.compile(r"(?i)\b(?:questions?|parts?|points?|items?|q)\s*(?P<ns>\d{1,2}(?:\s*(?:,|and|&|-|to)\s*\d{1,2})*)")


def _named_items(text: str) -> list[int]:
    """The item numbers TEXT names ("questions 1, 2 and 3" -> [1, 2, 3]; "Q1-3" -> [1, 2, 3])."""
    out: list[int] = []
    for m in _ITEM_NUMBERS.finditer(text):
        for a, b in re.findall(r"(\d{1,2})(?:\s*(?:-|to)\s*(\d{1,2}))?", m.group("ns")):
            lo, hi = int(a), int(b or a)
            out.extend(range(lo, min(hi, lo + 30) + 1))
    return list(dict.fromkeys(out))


def _without_item_numbers(text: str) -> str:
    """A modifier that names the items it modifies, said of the one item it is written into: "Please provide the
    same figures provided for questions 1, 2 and 3 for each of the last ten years" -> "Please provide these figures
    for each of the last ten years"."""
    out = re.sub(r"(?i)\s*(?:\b(?:provided|given|requested|supplied|asked\s+for|set\s+out)\s+)?\b(?:for|in|at|under|to)\s+"
                 + _ITEM_NUMBERS.pattern.replace("(?i)", ""), "", text, flags=re.I)
    out = re.sub(r"(?i)\bthe\s+same(?=\s+(?:figures|information|data|details|numbers|statistics|breakdown)\b)", "these", out)
    out = re.sub(r"(?i)\bthe\s+same\b(?!\s+(?:figures|information|data|details|numbers|statistics|breakdown)\b)", "this", out)
    return re.sub(r"\s{2,}", " ", out).strip() if _WORDY.search(out) else text


def _carries(text: str) -> bool:
    """TEXT asks for something a modifier can be read with (a question or a request, not a story or a remark)."""
    return asks_for_information(text) or clear_request(text) or bool(_QUESTION_START.match(strip_opener(text)))


def _points_back(modifier: str) -> bool:
    """MODIFIER names what it modifies by a pro-form that points back ("I require this information broken down by
    years", "Please provide these figures by month", "the above"): it modifies what was asked before it (fr17b)."""
    core = _modifier_core(modifier)
    return bool(re.match(r"(?i)\W*(?:(?:break|split|provide|give|send|supply|have|see|receive|limit|restrict)\s+(?:down\s+|up\s+)?)?"
                         r"(?:this|these|that|those|it|them|the\s+(?:above|same|information|data|figures|results))\b", core))


def attach_modifiers(units: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """UNITS (each a question and the list item it came from: (list id, item number), or None in prose) with every
    sentence that only modifies another question (`modifies_question`) written into the question(s) it modifies:
    after a question, that question, or every item of the list just ended when it points at all of them ("the
    above", "each of these questions"); before any question (or after a story), every item of the list it
    introduces, or the next question. A modifier with nothing to modify stays as it is."""
    out: list[list] = []
    front: list[str] = []  # modifiers waiting for what they modify
    front_for: object = None  # the list (or "prose") the waiting modifiers were given to
    for text, where in units:
        key = where[0] if isinstance(where, tuple) else "prose"
        if modifies_question(text) and not (out and where is None and _bare_period(_modifier_core(text))
                                            and re.search(r"\b(?:19|20)\d\d\b", out[-1][0])):
            # ("... in 2023? and in 2024?" is the same question again for another year: framing writes it out)
            back = next((u for u in reversed(out) if _carries(u[0]) or _RECORD_ASK.search(u[0])), None) \
                if out and not front and _points_back(text) else None
            if back is not None and back is not out[-1] and not _carries(out[-1][0]):
                back[0] = _joined(back[0], text)  # fr17b: "Please provide this information between ...", after a note
                continue  # on scope: what it points back at is the request before the note
            if front or not out or not (_carries(out[-1][0]) or _points_back(text) and _RECORD_ASK.search(out[-1][0])):
                if front and _bare_period(_modifier_core(text)):
                    front[-1] = _joined(front[-1], text)  # "Jan 2024 to Dec 2024": the period list goes on
                else:
                    front.append(text)
                front_for = None
                continue
            last = out[-1][1]
            named = _named_items(text)
            group = [u for u in out if isinstance(u[1], tuple) and isinstance(last, tuple) and u[1][0] == last[0]]
            if named and group and all(0 < n <= len(group) for n in named):
                said = _without_item_numbers(text)
                for n in named:  # "the same figures for questions 1, 2 and 3 for each of the last ten years"
                    group[n - 1][0] = _joined(group[n - 1][0], said)
            elif isinstance(last, tuple) and _COVERS_ALL.search(text):
                for unit in out:
                    if isinstance(unit[1], tuple) and unit[1][0] == last[0]:
                        unit[0] = _joined(unit[0], text)
            else:
                out[-1][0] = _joined(out[-1][0], text)
            continue
        if front and _carries(text):
            if front_for is None:
                front_for = key
            if front_for == key:
                for modifier in front:
                    text = _joined(text, modifier)
                if key == "prose":
                    front, front_for = [], None
            else:
                front, front_for = [], None
        out.append([text, where])
    if front and front_for is None:
        last = next((u[1] for u in reversed(out) if isinstance(u[1], tuple)), None)
        items = [u for u in out if u[1] is not None and last is not None and u[1][0] == last[0] and _carries(u[0])]
        if items and all(_COVERS_ALL.search(m) or breakdown_note(m) for m in front):
            for unit in items:  # "Please disaggregate the data by year" after the list and a note: its items
                for modifier in front:
                    unit[0] = _joined(unit[0], modifier)
        else:
            out.extend([m, None] for m in front)  # nothing after them to modify: left as written
    return [(t, w) for t, w in out]


_BARE_LABEL = re.compile(r"(?i)^\W*(?:(?:part|question|request|item|section|q)\s*\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-h]|one|two|three|four|five|"
                         r"six|seven|eight|nine|ten)\)?|\d{1,2}(?:\.\d{1,2})*)\W*$")
_FRONT_ADVERBIAL = re.compile(
    r"(?i)^\W*(?:(?:part|question|request|item)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b\W*)?"
    r"(?:(?:also|and|additionally|secondly|finally|lastly)\s+)?"  # fr15b: "Also during the same period how many ..."
    r"(?:(?:between|as\s+(?:of|at)|for|in|on|during|since|from|over|within|across|with\s+regards?\s+to|regarding|"
    r"in\s+relation\s+to|on\s+this\s+basis|therefore|given\s+that|further(?:more)?\s+to|following|of\s+(?:those|these|the|them))\b"
    r"[^,?]{0,120}?(?:,\s*|\s+(?=(?:how|what|which|who|please|the\s+(?:number|total|amount))\b)))?")
_BARE_ASKING = re.compile(r"(?i)^\W*(?:state|list|provide|confirm|identify|give|supply|detail|specify|describe|explain|outline|"
                          r"indicate|disclose|send|share|advise|tell)\s+(?:me\s+)?(?:with\s+)?(?:the|a|an|any|all|each|every|how|what|which|"
                          r"whether|if|who|when|where|why|copies|details|your|its|their)\b")
_HOW_ASKS = re.compile(r"(?i)^\W*(?:(?:and|so|but|also)\s+)*how\s+(?:do|does|did|can|could|is|are|was|were|has|have|will|would|should)\b")
_ASKED_OF_YOU = re.compile(r"(?i)\b(?:i\s+(?:would\s+)?(?:now\s+)?(?:ask|request)\s+(?:that\s+you|you\s+to|for)|(?:may|can|could)\s+i\s+ask\b|"
                           r"(?:i|we)\s+(?:want|need|would\s+like)\s+(?:to\s+(?:know|see|receive|have)\b|the\b|a\b|copies|details|all\b|\w+\s+totals?))")


def _body_measure(sentence: str) -> bool:
    """ck29: SENTENCE names what it wants as a noun phrase after the body that holds it ("nhs greater glasgow waiting
    times for hip ops in 2023", "kent police response times"): a topic named as records are, asked like a question
    beside it ("... and how many people waited over a year"), never a remark to drop."""
    from askfoi.framing import _named_bodies

    text = _one_line(sentence)
    hits = [h for h in _named_bodies(text) if text[:h[2][0]].strip(" ,-:").lower() in ("", "the")]
    rest = text[hits[0][2][1]:].strip(" ,-:'s") if hits else text
    if not rest or is_statement(rest):
        return False
    m = _rules().measures
    return bool(names_records(rest) or (m is not None and m.match(rest)))


_MEASURE_AFTER_PREP = re.compile(r"(?i)\W*(?:and\s+)?(?:for|in|of|at|by|on|to)\s+how\s+(?:many|much|long|often)\s+\w")


def asks_itself(sentence: str) -> bool:
    """SENTENCE asks for information itself (`read_message` makes a part only of such a sentence): a question or a
    request by its shape (`asks_for_information`, `clear_request`, a follow-up under a condition, a noun phrase
    naming records), also after a label ("Part One") or an adverbial in front ("Between 1 January 2025 and
    today, on how many occasions ...", "As of the response date, the number of ..."), a bare imperative of asking
    ("State the nature of the work ..."), "how do/can ..." or "I would now ask that you advise me as to ...". Not
    one: a heading, a story, a remark, an opinion stated."""
    text = _one_line(sentence)
    if _THIRD_WISH.match(text) and len(_WORDY.findall(text)) > 6 and not is_furniture(text):
        return True  # ck22: "she wants to know their policy on lost documents": asked through the writer
    if not _WORDY.search(text) or is_furniture(text):
        return False
    if _MEASURE_AFTER_PREP.match(text):
        return True  # lead51 (nc67 #9): "(and) for how many hours each year since 2020": a measure asked
    if _FIRST_PERSON.match(text) or is_statement(text):
        from askfoi.story_antecedents import told_then_asked

        split = told_then_asked(text)  # fr24a: the writer's story, then at a comma the clause that asks
        if split is not None and split[1] != text and asks_itself(split[1]):
            return True
    if _FRONTED_QUESTION.match(text):
        return True  # fx79: "Of all notices served since 1983, how many were served on ... .": asked, whatever its stop
    if is_statement(text) and "?" not in text and not _ASKED_OF_YOU.search(text):
        return False
    if asks_for_information(text) or clear_request(text) or conditional_ask(text) or names_records(text):
        return True
    core = _FRONT_ADVERBIAL.sub("", text, count=1)
    if core != text and _WORDY.search(core) and (asks_for_information(core) or clear_request(core) or names_records(core)
                                                 or bool(_CLAUSE_START.match(core))):
        return True
    core = re.sub(r"(?i)^\W*that\s+you\s+(?:please\s+)?(?:also\s+)?(?=\w)", "", core)  # "[I request] that you list ..."
    return bool(_BARE_ASKING.match(core) or _HOW_ASKS.match(core) or _ASKED_OF_YOU.search(text)
                or re.match(rf"(?i)\W*(?:on|in|at|by|for|of|to)\s+{_QW}", core))


def unaccounted(questions: list[str], outputs: list[str]) -> list[str]:
    """The QUESTIONS (read_message's) whose words are in none of OUTPUTS (the parts' sources and texts, the
    sentences asked back, the remarks): what framing would otherwise lose silently. A question is accounted for
    when half or more of its content words are in one output."""
    def words(text: str) -> set[str]:
        return {w.lower()[:6] for w in _WORDY.findall(text or "") if w.lower() not in _LIGHT_WORDS and len(w) > 2}

    have = [words(o) for o in outputs]
    return [q for q in questions if (want := words(q)) and not any(len(want & h) * 2 >= len(want) for h in have)]


def sentence_role(sentence: str) -> str:
    """What SENTENCE is in a request letter, as `read_message` decides it: "furniture" (salutation, preamble,
    lead-in, thanks, sign-off), "remark" (a condition on handling, a note on reading, a format or contact
    note), "modifier" (it only modifies another question: `modifies_question`), "question" (it asks for
    information) or "background" (the person's story, a statement). askfoi/forecast_parts.py reads a whole
    request with it, so the forecast and the letter leave out the same sentences."""
    text = _one_line(sentence)
    if not text or is_furniture(text):
        return "furniture"
    rules = _rules()
    if handling_condition(text) or reading_note(text) or format_note(text) \
            or (any(p.search(text) for p in rules.drop + rules.stop) and not conditional_ask(text)):
        return "remark"
    if modifies_question(text):
        return "modifier"
    if asks_itself(text):
        return "question"
    return "background"


_CONNECTIVE = re.compile(r"(?i)^\W*(?:(?:in\s+addition|additionally|furthermore|moreover|further(?:\s+to\s+this)?|also|finally|lastly)\s*,\s*"
                         r"|(?:therefore|thus|hence|so|and)\s*,?\s+(?=(?:how|what|which|who|when|where|why|whether|is|are|was|"
                         r"were|do|does|did|has|have|can|could|please)\b))")  # fr12: "therefore, how many ...": it asks


def _without_self_intro(piece: str, rules: _Rules, remark) -> str:
    """PIECE without a self-introduction in front of its question ("im in glasgow, how much ..."): the introduction
    becomes a remark (the person's background), the question stays whole (question_split.yaml self_intro)."""
    for intro in rules.self_intro:
        m = intro.match(piece)
        rest = piece[m.end():].strip() if m else ""
        if m and len(_WORDY.findall(rest)) >= 3:
            remark(re.sub(r"(?i)[\s,;:-]+(?:(?:and|so|but)\s*)?$", "", piece[:m.end()]))
            return rest
    return piece


# lead40 (nc43 #4): "how many times has the met used it in 2025, where, and how many arrests did it lead to": a bare
# question word between commas asks the same question again about that detail, and ends it; what follows "and" is a
# question of its own ("... in 2025 and where? how many arrests ...")
_BARE_WH_ASIDE = re.compile(r"(?i),\s*(?P<wh>where|when|who|why|by\s+whom|how\s+often)\s*,\s*and\s+"
                            r"(?=(?:how|what|which|who|whom|when|where|why|whether|did|does|do|has|have|is|are|was|were|can|"
                            r"could|will|would)\b)")


def read_message(text: str, *, fill_all: bool = False, keep_background: bool = False) -> Reading:
    """TEXT (a message or a whole letter) read as a document: its list items and prose sentences cut into the
    questions they ask (`split_questions`), and everything else sorted into remarks (a condition on how to
    handle the request, a fallback, a definition, a format or contact note, the person's background) or
    furniture (left out). A lead-in that ends with ":" reaches the items after it; a sub-list that only
    breaks an item down stays with it; a softening "if possible," in front of a question comes off."""
    rules = _rules()
    out: list[str] = []
    kinds: list[str] = []
    remarks: list[str] = []
    seen: set[str] = set()
    clauses: list[str] = []

    def remark(sentence: str) -> None:
        sentence = _one_line(sentence)
        if sentence and not is_furniture(sentence) and sentence.lower() not in (r.lower() for r in remarks):
            remarks.append(sentence)

    from askfoi.section_heads import sections

    text, story = sections(text)  # fr26b: "Background" over the writer's story, "Request" over the items: no parts
    from askfoi.value_lists import joined_value_lists
    from askfoi.wrapped_lines import joined_wrapped_lines

    from askfoi.option_lists import joined_option_lists

    text = joined_value_lists(joined_wrapped_lines(text))  # fx76: "... in the following areas:" over "(1) Cheltenham" ...: the values fill the lead
    text = joined_option_lists(text)  # fx102: "... whether X is currently:" over its dashed options: one question
    for line in story:
        remark(line)
    wheres: list[object] = []  # where each clause came from: (list, item) or None (prose)
    if_so_thing = [None]  # lead59: the thing of the last "if so" question, for an "it" in the sentence after it
    place_of: dict[str, tuple[int, int] | None] = {}  # fr12: each question's list item
    topic_of: dict[str, str] = {}  # fr21a: what each list item's stem says it is about
    tagged = _tagged_pieces(_BARE_WH_ASIDE.sub(r" and \g<wh>? ", _CONTROL.sub(" ", text or "")[:20000]))
    pieces = [(s, w) for p, w in tagged for s in item_questions(p)]
    first_listed = next((k for k, (_, w) in enumerate(pieces) if w), None)
    items_after = len({tuple(w[:2]) for _, w in pieces if w}) if first_listed is not None else 0
    for k, (piece, where) in enumerate(pieces):
        if where is None and items_after >= 2 and k < first_listed \
                and any(p.search(_one_line(piece)) for p in rules.list_lead):
            # fx102 (fx100 Humber MHA: "I would like to receive information relating to the number of patients detained
            # and the number of patients discharged under ..." over "Please can you provide the following information:"
            # and six items): the sentence naming what the list is about is the list's topic line, read whole before it
            # is cut at "and the number of" (fr27a reads it only after, and kept its second half as a question)
            remark(piece)
            continue
        piece = _QUESTION_MARKER.sub("", _THANKS_AFTER.sub("", _one_line(piece)))
        for greeting in rules.greeting:  # "hi, how many ..." keeps the question
            rest = greeting.sub("", piece, count=1).strip()
            if rest != piece and _WORDY.search(rest):
                piece = rest
        piece = _without_self_intro(piece, rules, remark)
        lead_ask = _LEAD_THEN_ASK.match(piece)
        if lead_ask and is_lead_in(lead_ask.group("lead")) and _WORDY.search(lead_ask.group("ask")) \
                and not _field_stem(lead_ask.group("lead").rstrip(" :") + ":"):  # fr9a: "For each, ... following:" keeps its fields
            piece = _QUESTION_MARKER.sub("", lead_ask.group("ask"))  # "I would like the following: Question 1: What ..."
        piece = strip_softener(piece)
        if handling_condition(piece) or format_note(piece) or timing_note(piece):
            remark(piece)
            continue
        piece = topic_in_question(strip_ask_opener(strip_address(after_story(piece))))
        chunks: list[str] = []
        at, end = 0, 0
        stem_text, colon, fields = piece.partition(": ")
        if colon and _field_stem(stem_text + ":") and all(_field_item(f) or _field_of_stem(stem_text + ":", f)
                                                          for f in fields.split("; ")):
            chunks = [piece]  # fr9a: a stem with its fields is one question, its fields cut at ";" are its breakdown
        for chunk in [] if chunks else _split_on(piece, rules.split_on):
            found_at = piece.find(chunk, at) if chunk else -1
            after_semicolon = found_at > 0 and piece[:found_at].rstrip().endswith(";")
            between = piece[end:found_at] if found_at >= end else "; "  # the words the splitter cut at
            at = max(at, found_at)
            end = found_at + len(chunk) if found_at >= 0 else end
            soft = re.match(r"(?i)\W*(?:where|if)\s+(?:at\s+all\s+)?(?:possible|practicable|available)\b", chunk or "")
            softened = bool(soft) and not re.search(
                rf"(?i)\b{_QW}", re.sub(r"(?i)\b(?:breakdown|break\s+down|split)\s+(?:of|on)\s+(?=how|what|where|which|who)\s*\w+", "",
                                         chunk[soft.end():] if soft else ""))
            short_follow_up = bool(re.search(r"(?i)\bif\s+so\b", between)) and len(_WORDY.findall(chunk or "")) < 4
            if chunks and chunk and _WORDY.search(chunks[-1]) and (
                    re.search(r"(?i)\bif\s+(?:so|yes)\b", between) and _YES_NO_START.match(strip_opener(chunks[-1]))
                    or re.search(r"(?i)\?\s*(?:and\s+)?if\s+(?:so|yes)\b", chunks[-1])):
                # fr15a: "Did you use X, and if so on how many occasions?", "Do you use X? If so which company do you use
                # and what type?": the follow-ups of a yes/no question stay with it; cut off they point at nothing
                short_follow_up = True
            if chunks and short_follow_up and _WORDY.search(chunks[-1]):
                chunks[-1] = f"{chunks[-1].rstrip()}{between.rstrip()} {chunk.strip()}"  # fr9a: "..., and if so which level"
            elif chunks and (after_semicolon or softened) and _WORDY.search(chunks[-1]) and not handling_condition(chunk) \
                    and (not _carries(chunk) or _OPEN_EXAMPLE.search(chunks[-1]) or softened):
                mark = "" if chunks[-1].rstrip()[-1:] in "?!." else ";"  # fr12: never "?;" after an end mark
                chunks[-1] = f"{chunks[-1].rstrip()}{between.rstrip() or mark} {chunk.strip()}"  # "...: 2014; 2015", "ie. cautioned; or charged"
            else:
                chunks.append(chunk)
        from askfoi.if_so_parts import split_all

        # lead59: "does kent police use drones and if so how many do they have": each follow-up said whole, a part
        chunks, if_so_thing[0] = split_all([_one_line(chunk) if chunk else chunk for chunk in chunks], if_so_thing[0])
        for chunk in chunks:
            chunk = _one_line(chunk or "")
            chunk = strip_ask_opener(strip_address(chunk)) if chunk else chunk
            found = question_clauses(chunk) if chunk else []
            clauses.extend(found)
            wheres.extend([where] * len(found))
    # fr15b: a wish joined to a count is cut first; fr17b: so the wish ("I require this information broken down by
    # years") is read as the modifier it is, with what it modifies
    units = [piece for unit in zip(clauses, wheres) for piece in _count_after_wish(unit)]
    attached = join_elliptical(attach_modifiers(units))  # fr8: modifiers read with what they modify; fr13c: "how many" with its clause
    prose: set[str] = set()  # the sentences of running prose (not list items): a part only when they ask
    listed_asked: set[str] = set()  # items of a list that a lead-in asked for ("Please provide the following:")
    last_where: object = None  # fr15b: the list item the chunk before came from
    for chunk, where in zip(fill_heads([c for c, _ in attached], fill_all), [w for _, w in attached]):
        chunk = drop_reason(_THANKS_AFTER.sub("", _one_line(chunk or "")))
        for greeting in rules.greeting:
            rest = greeting.sub("", chunk, count=1).strip()
            if rest != chunk and _WORDY.search(rest):
                chunk = rest
        if not _WORDY.search(chunk) or is_furniture(chunk):
            continue
        if (any(p.search(chunk) for p in rules.drop + rules.stop) and not conditional_ask(chunk)
                and not opening_ask(chunk)) or handling_condition(chunk):  # fx102: an opening that asks is kept
            remark(chunk)
            continue
        if _BARE_LABEL.match(chunk):
            continue  # "Question 1", "PART (2)", "Request 3:": a label over the item, not the item
        # fr11a: no part starts with a list label; fr12: nor holds the labels of a list written inside it
        chunk = unlabelled(strip_label(chunk))  # fr11a: no part starts with a list label ("(ii) Guidance ...", "1 \u2013 How many")
        rest = _CONNECTIVE.sub("", chunk, count=1)
        if rest != chunk and _WORDY.search(rest):
            chunk = rest[:1].upper() + rest[1:]  # fr9a: "In addition, for each report, please supply: ..." links, asks nothing
        if where is not None:  # fr15b: a list item's sentences of story or statement go to the remarks, never into it
            chunk, told = item_without_story(chunk)
            for sentence in told:
                remark(sentence)
            if where == last_where and told_sentence(chunk):
                remark(chunk)  # a later piece of the same item that only tells ("...; I asked for a review in May")
                continue
        last_where = where
        key = chunk.lower().rstrip(" ?.!")
        if key in seen and out and re.match(r"(?i)\W*if\s+(?:so|yes)\b", chunk) and key != out[-1].lower().rstrip(" ?.!"):
            seen.discard(key)  # fr28a: "Q3a. If so, please provide dates and locations": the same follow-up under
            # another question is that question's, never a repeat to drop
        if key not in seen:
            seen.add(key)
            out.append(chunk)
            place_of.setdefault(chunk, tuple(where[:2]) if where else None)
            if where and len(where) > 3 and where[3]:
                topic_of.setdefault(chunk, where[3])
            kinds.append(sentence_kind(chunk))
            if where is None:
                prose.add(chunk)
            elif len(where) > 2 and where[2]:
                listed_asked.add(chunk)
    from askfoi.list_roles import noun_phrase_item

    from askfoi.record_lists import record_item

    # fx91: or one that names records itself ("The camera safety logs."): the list asks for what its items name
    asking_lists = {place_of[q][0] for q, k in zip(out, kinds) if place_of.get(q)
                    and (k in ("question", "request") or k == "background" and record_item(q))}
    for q, k in zip(out, kinds):  # fr26b: an item of a list another of whose items asks, naming what is asked for
        if k == "background" and place_of.get(q) and place_of[q][0] in asking_lists and noun_phrase_item(q):
            listed_asked.add(q)
    if keep_background:  # every sentence that is not furniture, in order (askfoi/forecast_parts.py)
        kept = [q for q in out if not any(p.search(q) for p in rules.preamble)] or out
        return Reading(questions=kept[:MAX_QUESTIONS], remarks=remarks,
                       places=[place_of.get(q) for q in kept[:MAX_QUESTIONS]])
    first_item = next((i for i, q in enumerate(out) if place_of.get(q)), None)
    if first_item is not None and sum(1 for q in out if place_of.get(q)) >= 2:
        # fr27a: "I would like to request data on reported cases of mould and damp ..." before the numbered items:
        # what the items are about, which they ask themselves, never a part of its own
        leads = {q for q in out[:first_item] if q in prose and any(p.search(q) for p in rules.list_lead)}
        out_kinds = [(q, k) for q, k in zip(out, kinds) if q not in leads]
        out, kinds = [q for q, _ in out_kinds] or out, [k for _, k in out_kinds] or kinds
        for q in leads:
            remark(q)
    asked = [q for q, k in zip(out, kinds) if (k in ("question", "request") or q in listed_asked and k != "procedural")
             and not is_lead_in(q) and not any(p.search(q) for p in rules.preamble)
             and (q not in prose or asks_itself(q) or k == "request" and (_body_measure(q) or opening_ask(q)))]
    if not asked:  # nothing else is asked: what the person wrote is the request, even a bare lead-in or a story
        asked = [q for q, k in zip(out, kinds) if k != "procedural" and not any(p.search(q) for p in rules.preamble)]
    if not asked:
        asked = [q for q in out if not any(p.search(q) for p in rules.preamble)] or out
    for q in out:
        if q not in asked:
            remark(q)
    from askfoi.record_lists import record_items

    # lf61 (nc58 #3c): one question per record named in a sentence of prose; a numbered or bulleted item is the
    # person's own cut, never cut again
    cut = [(q, piece) for q in asked for piece in (record_items(q) if place_of.get(q) is None else [q])]
    if len(cut) != len(asked):
        for q, piece in cut:
            place_of.setdefault(piece, place_of.get(q))
            if q in topic_of:
                topic_of.setdefault(piece, topic_of[q])
            if q in listed_asked:
                listed_asked.add(piece)
        asked = [piece for _, piece in cut]
    return Reading(questions=asked[:MAX_QUESTIONS], remarks=remarks,
                   places=[place_of.get(q) for q in asked[:MAX_QUESTIONS]], listed=listed_asked & set(asked),
                   topics={q: topic_of[q] for q in asked[:MAX_QUESTIONS] if q in topic_of})


_PAST_TOLD = re.compile(r"(?i)^\W*(?:(?:for\s+\w+|in\s+\w+(?:\s+\d{4})?|since\s+then|then|later|previously|recently|"
                        r"however|also|and|but|so)\W+)*(?:i|we|my\s+\w+|our\s+\w+)\s+(?:\w+ly\s+|also\s+|then\s+|never\s+|"
                        r"already\s+|have\s+|had\s+|has\s+)?(?P<verb>[a-z]+)\b")
_TOLD_PAST = frozenset("died fell left lost came went broke took".split())  # what happened to someone, told
_IRREGULAR_PAST = frozenset("was were had did made sent got gave told saw went wrote spoke rang heard found took paid spent "
                            "bought received".split())
_RECORD_ASK = re.compile(r"(?i)\b(?:the\s+number\s+of|how\s+(?:many|much)|cop(?:y|ies)\s+of|breakdown\s+of|details\s+of)\b")


_PRO_ASKED = r"(?:this|it|the\s+(?:above|information|data|request)|this\s+(?:information|data|request))"
_TIMING = re.compile(
    r"(?i)^\W*(?:(?:and|also|but|so)\s+)?(?:please\s+|kindly\s+)?(?:"
    r"(?:do\s+not|don't|dont|never)\s+(?:take|contact|wait|delay|use|hesitate|refuse|reject|treat|extend|charge|ignore|publish|post|"
    r"send\s+(?:it|this|the\s+\w+)\s+by)"
    r"|(?:could|can|would)\s+you\s+(?:please\s+)?(?:supply|provide|send|release|answer|reply\s+to|respond\s+to)\s+"
    + _PRO_ASKED + r"\s+(?:within|by|before|promptly|quickly|as\s+soon)"
    r"|(?:contact|get\s+in\s+touch\s+with)\s+me\s+(?:if|with|should|when|about|by|via|on|at)\b"
    r"|(?:supply|provide|send|release|answer|reply\s+to|respond\s+to)\s+" + _PRO_ASKED
    + r"\s+(?:within|by|before|promptly|quickly|as\s+soon))\b")


def timing_note(sentence: str) -> bool:
    """SENTENCE says when or how not to deal with what is asked, and asks for nothing new (fr15b): a negative
    imperative ("Please do not take 20 days to ...", "Please don't contact me after ...") or the request itself,
    as a pro-form, with a deadline ("Please supply this information within 5 working days as ..."). A remark."""
    text = _one_line(sentence)
    return bool(_TIMING.match(text)) and "?" not in text and not _RECORD_ASK.search(text)


_AND_COUNT = re.compile(r"(?i)^(?P<head>.{12,}?)\s*,?\s+and\s+(?P<ask>how\s+(?:many|much)\s+(?:of\s+(?:them|these|those|the\s+\w+)\s+)?"
                        r"[\w'-]+\s+\w.{4,})$")


def _count_after_wish(unit: tuple[str, object]) -> list[tuple[str, object]]:
    """UNIT cut in two when a wish or a breakdown that asks nothing itself is joined by "and" to a count of its own
    (fr15b): "I require this information broken down by years and how many had preservation orders on them" ->
    "I require this information broken down by years" and "how many had preservation orders on them". The count
    is a question; it is never left inside a sentence set aside as a note."""
    clause, where = unit
    m = _AND_COUNT.match(_one_line(clause or ""))
    if not m or asks_itself(m.group("head")) or not _CLAUSE_START.match(m.group("ask")) \
            or re.search(r"(?i)\bhow\s+(?:many|much)\b", m.group("head")):
        return [unit]
    return [(m.group("head").rstrip(" ,;"), where), (m.group("ask"), where)]


def told_sentence(sentence: str) -> bool:
    """SENTENCE tells what already happened rather than asks (fr15b): a first-person subject ("I", "we", "my
    previous request") with a past verb first in its main clause ("For transparency, I initially requested this
    on 11 December; the request was declined ..."), or a statement of fact (`is_statement`); and no "please", no
    "?" and no new record asked for ("the number of", "a copy of"). A note on reading ("Note this refers to ...")
    or a sentence that only modifies a question is not one."""
    text = _one_line(sentence)
    if not _WORDY.search(text) or "?" in text or re.search(r"(?i)\bplease\b", text) or _RECORD_ASK.search(text) \
            or reading_note(text) or breakdown_note(text) \
            or re.search(r"(?i)\b(?:i|we)\s+(?:would|'d|should)\s+(?:like|prefer|want|be\s+grateful|appreciate)\b|"
                         r"\b(?:i|we)\s+(?:want|need|require|request|ask)\b", text):
        return False
    m = _PAST_TOLD.match(text)
    if m:
        verb = m.group("verb").lower()
        return verb in _IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 4)
    return is_statement(text) and not re.match(r"(?i)\W*(?:this|these|it|they|the\s+(?:above|figures|data|information))\b", text)


def item_without_story(item: str) -> tuple[str, list[str]]:
    """A list ITEM without its sentences of story or statement after what it asks (`told_sentence`): "Please send a
    copy of the application. For transparency, I first asked for it in 2021; it was refused." keeps its first
    sentence. The item as written and no sentences when it has one sentence, or when every sentence tells (a list
    of what happened is the person's to keep; framing reads it)."""
    sentences = [x.strip() for x in _sentences(item) if _WORDY.search(x)]
    if len(sentences) < 2:
        return item, []
    # fx79: the letter's closing line written straight under the last item ("3. Any documents relating to ...
    # I look forward to a swift reply.") is furniture after what the item asks, never a part of it
    kept = [sentences[0]] + [x for x in sentences[1:] if not told_sentence(x) and not is_furniture(x)]
    told = [x for x in sentences[1:] if told_sentence(x) or is_furniture(x)]
    if not told:
        return item, []
    return " ".join(kept), told


def split_questions(text: str, *, fill_all: bool = False, keep_background: bool = False) -> list[str]:
    """The separate things TEXT asks, each in the person's words (`read_message`'s questions): list items when
    it is a list, else sentences; an address or topic in front ("leeds city council: ...") and words that only
    ask to be told ("can X tell me") taken off; each sentence cut into its questions (`question_clauses`), an
    elliptical count given its head (`fill_heads`), the person's reasons after a question dropped
    (`drop_reason`); furniture, remarks and (when something is asked) background left out; no duplicates.
    FILL_ALL: every elliptical count is given its noun (`fill_heads`). KEEP_BACKGROUND: the background sentences
    are kept too, in order (askfoi/forecast_parts.py reads a part that refers back with them)."""
    return read_message(text, fill_all=fill_all, keep_background=keep_background).questions


def strip_ask_opener(text: str) -> str:
    """TEXT without the words that only ask to be told, in front of what is asked: "can swindon council tell
    me", "could you let me know", "i want to know", "i'd like to find out", "i was wondering", "does the home
    office know" (question_split.yaml ask_openers). What follows must still hold a word."""
    out = _strip_front(text, (*_frames(True), *_ask_openers()), 3)
    said = (text or "").strip()
    if out != said and _ASKED_BODY_FRONT.match(said[:len(said) - len(out)]):
        # fx76: "To ask HS2 Ltd if they have ...", "can the council tell me if it holds ...": the frame named the body
        # asked, and its "they"/"it" is that body: the question asks it as "you"
        out = _BODY_PRONOUN.sub(lambda m: m.group("lead") + "you" + _YOU_VERB.get(m.group("verb").lower(),
                                                                                  " " + m.group("verb")), out)
    return out


# the front of an asking frame that names the body asked, never "you" nor the writer ("to ask hs2 ltd", "can the council
# tell me"); the pronoun after "whether"/"if" that stands for it, with its verb
_ASKED_BODY_FRONT = re.compile(r"(?i)^\W*(?:\d+[.)]\s*)?(?:to\s+ask|(?:please\s+)?(?:can|could|would|will)\s+(?!(?:you|u|i|we)\b))"
                               r"(?!.*\b(?:you|u)\b)")
_BODY_PRONOUN = re.compile(r"(?i)^(?P<lead>(?:whether|if)\s+)(?:they|it)\s+(?P<verb>has|have|is|are|was|were|do|does|did|"
                           r"can|could|will|would|holds?|keeps?|records?|collects?|publishe?s?|uses?|used|employs?|operates?|owns?|runs?|pays?|paid)\b")
_YOU_VERB = {"has": " have", "is": " are", "was": " were", "does": " do", "holds": " hold", "keeps": " keep",
             "records": " record", "collects": " collect", "publishes": " publish", "uses": " use", "employs": " employ",
             "operates": " operate", "owns": " own", "runs": " run", "pays": " pay"}


@functools.lru_cache(maxsize=1)
def _ask_openers() -> tuple[re.Pattern[str], ...]:
    words, _ = load_vocab("question_split", list[str])
    words = words if isinstance(words, dict) else {}
    out = []
    for pattern in words.get("ask_openers") or []:
        try:
            out.append(re.compile(r"^\W*" + pattern, re.I))
        except re.error:
            continue
    return tuple(out)


# --- fr13c: short questions that ask though they name nothing ------------------------------------------------

_WH_VERB = re.compile(r"(?i)^\W*(?:(?:and|also|so|but|plus|or)\s+)*(?:who|what|when|where|which|why|how)\s+(?P<verb>[a-z']+)\b")
_AUX_OR_PAST = frozenset("is are was were has have had did does do will would can could should shall may might must "
                         "made paid took gave said sent told ran chose set put knew saw went got bought sold spent wrote "
                         "built let cut kept held brought won lost left led met".split())


def wh_question(text: str, past: bool = False) -> bool:
    """True for a question made of a question word and its verb ("who decided it", "when was it agreed", "why did
    they stop"): it asks, though every other word is a pronoun. A present-tense verb ("who knows") is no sign of
    asking (rhetorical); only a past form or an auxiliary is. PAST: only a past form ("who decided it", "when was
    it agreed"), not "what is going on", which asks about a state of things rather than for a record."""
    m = _WH_VERB.match(text)
    if not m:
        return False
    verb = m.group("verb").lower()
    if past and verb in ("is", "are", "do", "does", "has", "have", "will", "would", "can", "could", "should", "shall",
                         "may", "might", "must"):
        return False
    return verb in _AUX_OR_PAST or (verb.endswith("ed") and len(verb) > 4)


_BARE_ELLIPTICAL = re.compile(r"(?i)^\W*(?:(?:and|also|so|plus|or|but)\s+)*(?:how\s+(?:many|much|often|long)|when|where|who)\W*$")


def bare_elliptical(clause: str) -> bool:
    """True for a question that is only its question word ("how many", "and how much", "and when"): it takes its
    noun and verb from the clause it continues."""
    return bool(_BARE_ELLIPTICAL.match(clause or ""))


_OPENS_WITH_WH = re.compile(r"^\s*(?:how\s+(?:many|much|often|long)|which|what|when|where|who|why|whether)\b")  # lower case


def _question_words_joined(units: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """cx41: "How many and which routes were cut?" cut at its "and": the question words that open a question and the
    question they share are one unit again ("How many and which routes were cut?"), never "..., and how many?" added
    to the question before. Only a bare question word that opens its sentence (no "and" before it, a capital) and a
    next unit that goes on in lower case with a question word are joined."""
    out: list[tuple[str, object]] = []
    k = 0
    while k < len(units):
        clause, where = units[k]
        if k + 1 < len(units) and bare_elliptical(clause) and clause.lstrip()[:1].isupper() \
                and not re.match(r"(?i)\W*(?:and|also|so|plus|or|but)\b", clause) and _OPENS_WITH_WH.match(units[k + 1][0]):
            out.append((f"{clause.strip(' ,;.?!')} and {units[k + 1][0].strip()}", units[k + 1][1] or where))
            k += 2
            continue
        out.append((clause, where))
        k += 1
    return out


def join_elliptical(units: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Each bare elliptical question ("how many", "and how much", "and when") kept whole with the clause before it
    ("did the met use drones at the protest, and how many"), never a question of its own that names nothing nor a
    remark set aside. One with no clause before it stays as it is."""
    out: list[tuple[str, object]] = []
    units = _question_words_joined(units)
    for clause, where in units:
        if out and re.fullmatch(r"(?i)\W*(?:(?:and|also|so|plus)\s+)*how\s+much(?:\s+(?:in\s+total|altogether|overall))?\W*", clause) \
                and re.match(r"(?i)\W*(?:(?:and|also|so|plus)\s+)*how\s+many\s+(?!times\b)", out[-1][0]) \
                and re.search(r"(?i)\b(?:pay|paid|hire|hired|buy|bought|purchase|purchased|employ|employed|lease|leased|"
                              r"rent|rented|commission|commissioned|procure|procured|acquire|acquired)\b", out[-1][0]):
            # lead42 (nc45 #7): "how many X did they pay / hire / buy, and how much": what the X cost, a question of its
            # own (the follow-on reads it with the count's subject), never a bare "and how much" glued on and then
            # lost; after things issued or collected ("how many fines, and how much") it is their value: joined below
            out.append(("and how much did they cost" + ("?" if "?" in clause else ""), where))
            continue
        if out and bare_elliptical(clause) and _WORDY.search(out[-1][0]) and not bare_elliptical(out[-1][0]):
            before = out[-1][0].rstrip(" ,;.?!")
            said = re.sub(r"(?i)^\W*(?:(?:and|also|so|plus|or|but)\s+)*", "", clause).strip(" ,;.?!")
            out[-1] = (f"{before}, and {said}?" if "?" in clause or out[-1][0].rstrip().endswith("?") else
                       f"{before}, and {said}", out[-1][1])
            continue
        out.append((clause, where))
    return out


_WHY_OF = re.compile(r"(?i)^\W*(?:(?:and|also|so|plus)\s+)*how\s+many\s+(?P<rest>.+?)[\s?.!]*$")


def why_of_count(question: str) -> str:
    """What "and why" after a count asks about, as a clause ("how many patients will have to move" -> "why patients
    will have to move"); "" where the count is in question order ("how many fines did the council issue": the
    reasons are then for the things counted)."""
    m = _WHY_OF.match(question or "")
    if not m:
        return ""
    rest = re.split(r"(?i)\s*(?:[?.!]\s|\band\s+why\b)", m.group("rest"))[0].strip(" ,?.!")
    words = rest.split()
    if len(words) < 2 or any(w.lower() in ("did", "do", "does", "has", "have", "had") for w in words[1:4]) \
            and not re.search(r"(?i)\b(?:will|would|to)\s+have\b", rest):
        return ""
    return f"why {rest}"


_TRAILING_ELLIPTICAL = re.compile(r"(?i),?\s+and\s+(?P<qw>how\s+(?:many|much|often|long)|when|where|who)\W*$")
_ASKED_AS = {"how many": {"number", "numbers", "many", "count", "figures"},
             "how much": {"much", "total", "cost", "costs", "amount", "spent", "spend", "value", "income", "paid", "sum"},
             "how often": {"often", "frequency", "times", "number"},
             "how long": {"long", "length", "duration", "time", "times"},
             "when": {"when", "date", "dates", "dated"},
             "where": {"where", "location", "locations", "place", "places"},
             "who": {"who", "name", "names", "role", "roles", "supplier", "suppliers", "body", "bodies"}}


def drops_elliptical(question: str, text: str) -> bool:
    """True when QUESTION ends on a bare elliptical question kept with it (`join_elliptical`: "..., and how much")
    and the part TEXT rendered from it does not ask it (no amount, no number, no date ...): the part would drop a
    question, so the question is kept whole instead."""
    m = _TRAILING_ELLIPTICAL.search(question or "")
    if not m:
        return False
    asked = _ASKED_AS[re.sub(r"\s+", " ", m.group("qw").lower())]
    return not (asked & set(re.findall(r"[a-z]+", (text or "").lower())))
