"""What each clause of a question kept in the person's words asks for, read from its structure (fr23b, issue 8).

A part kept as the person typed it is often two or three clauses an FOI officer would answer with different records:
"Do you have a script for the advice you give? If so, may I have a copy? If not, how do you ensure officers are
consistent?" is a copy of the script (the "if so" follow-up merges into it) and the procedure that keeps officers
consistent. Each clause is read by its grammar, never by its topic:

- a yes/no question about whether a thing exists, happened or is done ("does the council have", "were residents
  consulted", "please can you say whether any counters closed"): the records that would show it, by
  `askfoi.yes_no_asks.records_for` where one of its shapes fits, else "any recorded information showing whether" and
  the question put back into statement order (do-support removed, the verb agreeing, "you/your" as the body);
- "what happens to X", "how do you ensure X", "how is X decided", "what steps does the council take to X", "under what
  circumstances does the council X", "who decides X": the policy, procedure or guidance that governs it;
- "under what legal basis does the council X": the policy and the law or legal power the body relies on;
- "was it the decision of X (not) to Y", "who decided to Y", "whose decision was it to Y": the decision record and
  the reasons recorded (and who made it, when asked: "If so, who?");
- "if so/yes, may I have a copy / please supply this data": merged into the record asked; "if not, <question>": its
  own clause, read the same way;
- an update on the person's own case ("an update on my submission") or who to contact: no part, a plain finding that
  says where to ask.

A clause no structure fits is kept as typed (never dropped); a clause that points into the story ("this distance",
"they") is kept too, for the pointer checks. The words are classes in knowledge/vocab/clause_asks.yaml.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING

from askfoi import sentence_ends
from askfoi.knowledge import load_vocab

if TYPE_CHECKING:  # pragma: no cover
    from askfoi.framing import Frame, Framing

_DO = frozenset("do does did".split())
_BE = frozenset("is are was were".split())
_HAVE = frozenset("has have had".split())
_POINTERS = frozenset("it this that these those they them there he she him her his its their".split())
_PEERS = frozenset("anyone anybody someone somebody everyone everybody".split())
_BARE_QUANTIFIERS = frozenset("any all some none".split())
_STORY_POINTERS = frozenset("it this these those he she him her".split())
_OPINION = re.compile(r"(?i)\b(?:think|believe|feel|agree|opinion|view|views|happy|content|satisfied|fair|right|wrong|"
                      r"ok|okay|acceptable|reasonable|justified|legal|lawful|illegal|allowed|possible|able|going\s+to|"
                      r"plan|plans|intend|should|really|honestly|seriously|even|mean|means)\b")
# a message written to a body (a letter, a numbered list, "please", "I request"): only there is a yes/no question put
# as "any recorded information showing whether"; a question in a story or a forum post may be asked for effect
_ADDRESSED = re.compile(r"(?im)^\s*(?:\d+\s*[.)/]|[a-z][.)]|\u2022|-|\*)\s|\b(?:dear|please|grateful|requests?|requesting|"
                        r"freedom\s+of\s+information|foi)\b")
_LEAD = re.compile(r"(?i)^\W*(?:\d+\s*[.)]\s*|[a-z]\s*[.)]\s+)?(?:(?:and|also|so|but|plus|then|secondly|finally|lastly|"
                   r"firstly|thirdly|further(?:more)?|additionally|moreover)\b[\s,]*)*")
_WORD = re.compile(r"(?i)\b(?:i\.\s?e|e\.\s?g|etc)\b\.?|£?\d+(?:[.,:]\d+)*%?|\w[\w'\u2019-]*|\S")


@functools.lru_cache(maxsize=1)
def _words() -> SimpleNamespace:
    """The word classes of knowledge/vocab/clause_asks.yaml, each a lower-cased frozenset named by its key."""
    data, _ = load_vocab("clause_asks")
    data = data if isinstance(data, dict) else {}
    return SimpleNamespace(**{str(k): frozenset(str(w).lower() for w in v or []) for k, v in data.items()
                              if isinstance(v, list)})


def _alt(words: frozenset[str]) -> str:
    return "(?:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + ")" if words else "(?!)"


@dataclass
class Reading:
    """One clause read: ACT says what it asks ("records", "procedure", "legal", "decision", "whether", "own_case",
    "contact", "merge", "who", "kept"); FRAME the part it becomes (None for a finding or a merged follow-up)."""

    act: str
    clause: str
    frame: "Frame | None" = None
    named: str = ""  # a merged follow-up's own name for the records ("the targets")


# -- clauses ---------------------------------------------------------------------------------------------------------

_COND = re.compile(r"(?i)(?:^\W*(?:and\s+)?|(?<=[?.!;])\s*|\s+(?:and|&)\s+|,\s*)(?P<c>if\s+(?:so|yes|not|no|there\s+(?:is|are)\s+(?:not|no\w*)|"
                   r"not\s+held|none)\b|(?:and\s+)?if\s+(?:this\s+is\s+)?(?:the\s+case|held))\s*[,:]?\s*")


def clauses(text: str) -> list[tuple[str, str]]:
    """TEXT cut into (condition, clause) pairs: each question or sentence, with "if so"/"if not" kept apart as the
    condition of the clause that follows it ("" for none)."""
    out: list[tuple[str, str]] = []
    for sentence in sentence_ends.split(r"(?<=[?])\s+|(?<=[.!])\s+(?=[A-Z])", re.sub(r"\s+", " ", text or "").strip()):
        sentence = sentence.strip()
        if not sentence:
            continue
        pieces = []
        last, cond = 0, ""
        for m in _COND.finditer(sentence):
            before = sentence[last:m.start()].strip(" ,;&")
            if before:
                pieces.append((cond, before))
            cond, last = m.group("c").lower().split()[1] if len(m.group("c").split()) > 1 else "so", m.end()
            cond = "not" if cond in ("not", "no", "there") or re.search(r"(?i)\b(?:not|no|none)\b", m.group("c")) else "so"
        rest = sentence[last:].strip(" ,;&")
        if rest:
            pieces.append((cond, rest))
        elif cond:
            pieces.append((cond, ""))
        out.extend(pieces)
    return out


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def _join(words: list[str]) -> str:
    said = " ".join(words)
    said = re.sub(r'(["\u201c\u2018])\s+([^"\u201c\u201d\u2018\u2019]*?)\s+(["\u201d\u2019])', r"\1\2\3", said)  # "front desk" as typed
    said = re.sub(r"(?<=\w)\s*/\s*(?=\w)", "/", said)  # "script/standard process", "2009/2010"
    return re.sub(r"\s+([,.;:?!)%])", r"\1", re.sub(r"([(£])\s+", r"\1", said)).strip().rstrip(".,;:!? ")


def _possessive(body: str) -> str:
    return body + ("'" if body.endswith("s") else "'s")


def _as_body(words: list[str], body: str | None) -> list[str] | None:
    """WORDS as the part says them: "you" and "your" stay (the letter is addressed to the body, as a kept question
    keeps them); BODY is unused but kept for the callers that may name the body one day."""
    return list(words)


def _points(words: list[str]) -> bool:
    return any(w.lower() in _POINTERS for w in words)


def _strip(clause: str) -> str:
    c = _LEAD.sub("", clause.strip())
    return c.strip().rstrip(" ?.!").strip()


# -- statement order -------------------------------------------------------------------------------------------------

def statement(words: list[str], body: str | None) -> str | None:
    """An inverted yes/no question (WORDS, from its auxiliary) put in statement order: "do your councillors get X" ->
    "the council's councillors get X", "were the homeless consulted" -> "the homeless were consulted", "has the
    force ever used X" -> "the force has ever used X"; None when its subject cannot be read safely."""
    from askfoi.why_records import _inflect, _subject_end, _verb_lemma

    if len(words) < 3:
        return None
    aux = words[0].lower()
    if aux not in _DO | _BE | _HAVE:
        return None
    rest = words[1:]
    if rest[0].lower() == "there" and aux in _BE | _HAVE:
        # "are there any measures in place", "has there been a review"
        said = _join(["there", aux] + rest[1:])
        return said if not _points(rest[1:]) else None
    lowered = [w if w[:1].isupper() and w.lower() not in ("you", "your") else w for w in rest]
    end = _subject_end(lowered, aux)
    if aux in _BE:
        # "are any measures in place to prevent X from having Y": the predicate is the first preposition or
        # participle after a short noun phrase, never a word inside an infinitive that follows it
        first = next((k for k, w in enumerate(rest[:6]) if k and w.lower() in ("in", "on", "under", "at", "within",
                                                                             "available", "still", "currently", "due")), None)
        if first is not None and (end is None or any(w.lower() in ("to", "from") for w in rest[:end])):
            end = first
        elif first is not None and end is not None and first < end and _only_adverbs(rest[end:]):
            end = first  # lead53: "is it on the body worn cameras too": the place is the predicate, "too" no verb
        if end is not None and any(w.lower() in ("to", "from") for w in rest[:end]):
            return None
    if end is None or end >= len(rest):
        return None
    subject, verb_phrase = rest[:end], rest[end:]
    if any(not re.match(r"[\w£]", w) for w in subject) or (subject[0].lower() in _PEERS):
        return None  # a quote or a bracket inside the subject, or "has anyone ...": not read safely
    if _points(subject) and not (len(subject) > 1 and subject[0].lower() in ("any", "all", "each")):
        return None
    subject = _as_body(subject, body)
    verb_phrase = _as_body(verb_phrase, body)
    if subject is None or verb_phrase is None:
        return None
    singular = not (len(subject) == 1 and subject[0].lower() in ("you", "they", "we")) and not _plural(subject)
    if aux in _DO:
        first = verb_phrase[0]
        adverbs = []
        while first.lower() in ("ever", "still", "also", "currently", "now", "actually", "always", "routinely", "not") \
                and len(verb_phrase) > 1:
            adverbs.append(first)
            verb_phrase = verb_phrase[1:]
            first = verb_phrase[0]
        lemma = _verb_lemma(first)
        if not lemma or first.lower() != lemma:
            return None
        if "not" in [a.lower() for a in adverbs]:
            aux_word = {"does": "does", "do": "does" if singular else "do", "did": "did"}[aux]
            verb = [aux_word, *adverbs, first]
        else:
            tag = "VBD" if aux == "did" else "VBZ" if singular else "VBP"
            form = lemma if tag == "VBP" else _inflect(lemma, tag)
            if not form:
                return None
            verb = [*adverbs, form]
        said = subject + verb + verb_phrase[1:]
        return None if _STORY_POINTERS & {w.lower() for w in said} else _join(said)
    if aux in _BE:
        aux = ({"is": "is", "are": "is", "was": "was", "were": "was"} if singular
               else {"is": "are", "are": "are", "was": "were", "were": "were"})[aux]
    else:
        aux = ("has" if aux in ("has", "have") else "had") if singular else ("have" if aux in ("has", "have") else "had")
    said = subject + [aux] + verb_phrase
    return None if _STORY_POINTERS & {w.lower() for w in said} else _join(said)


def _only_adverbs(words: list[str]) -> bool:
    """WORDS up to the clause's end (a comma, "including", the end) are adverbs only ("too", "as well", "still")."""
    from askfoi.why_records import _adverb

    run = []
    for w in words:
        if not re.match(r"[\w]", w) or w.lower() in ("including", "and", "or", "but"):
            break
        run.append(w)
    return bool(run) and all(_adverb(w) or w.lower() in ("as", "well") for w in run)


def _plural(subject: list[str]) -> bool:
    from askfoi.framing import is_plural

    head = [w for w in subject if not re.match(r"(?i)(?:of|in|on|at|for|with|by)$", w)]
    if any(w.lower() == "and" for w in subject):
        return True
    if len(subject) > 1 and subject[0].lower() in ("any", "all", "some", "many", "most") and subject[1].lower() == "of":
        return _plural(subject[2:]) if subject[0].lower() == "any" else True
    cut = next((i for i, w in enumerate(subject) if w.lower() in ("of", "in", "on", "at", "for", "with", "by")), len(subject))
    np = subject[:cut] or head
    if np and np[-1] in ("police", "people"):
        return True  # nx101: "the police use dogs" (a named force, "Kent Police", takes "uses")
    if np and np[0].lower() in ("any", "all", "some") and len(np) > 1 and np[1].lower() == "of":
        return True
    return is_plural(_join(np))


# -- readings --------------------------------------------------------------------------------------------------------

def _participle_word(word: str) -> bool:
    from askfoi.why_records import _participle

    return _participle(word)


def _frame(kind: str, source: str, **kw) -> "Frame":
    from askfoi.framing import Frame

    return Frame(kind=kind, source=source, **kw)


def _procedure_frame(source: str, said: str) -> "Frame":
    """The policy frame for a procedure clause SAID ("how the grant is decided"): read by grammar, so its text is
    rendered as said (why mode "procedure", prompts/frames/policy.j2)."""
    return _frame("policy", source, subject=said, why=f"procedure:{said}")


def _agree_body(verb_lemma: str, subject: list[str]) -> str | None:
    from askfoi.why_records import _inflect

    if len(subject) == 1 and subject[0].lower() in ("they", "we", "you"):
        return verb_lemma
    return verb_lemma if _plural(subject) else _inflect(verb_lemma, "VBZ")


def _verb_at(rest: list[str], aux: str) -> list[int]:
    """Where the verb after an inverted AUX's subject may stand in REST: where `why_records._subject_end` puts it, or
    (when it cannot say) every word after the first that does not follow a determiner."""
    from askfoi.why_records import _DETS, _subject_end

    end = _subject_end(rest, aux)
    if end is not None:
        return [end] if end < len(rest) else []
    return [i for i in range(1, min(len(rest), 8)) if rest[i - 1].lower() not in _DETS]


def _procedure(c: str, words: list[str], low: list[str], body: str | None, source: str) -> Reading | None:
    """"what happens to X", "how do you ensure X", "how is X decided", "what steps does the council take to X",
    "under what circumstances does the council X", "on what legal basis does the council X", "who decides X"."""
    from askfoi.why_records import _verb_lemma

    vocab = _words()
    # "what (currently) happens to unclaimed lost property"
    m = re.match(r"(?i)what\s+(?:\w+\s+)?happens\s+(to|with)\s+(.+)$", c)
    if m and not re.search(r"(?i)\bif\b", c):
        thing = _as_body(_tokens(m.group(2)), body)
        if thing and not _points(thing[:1]):
            return Reading("procedure", c, _procedure_frame(source, f"what happens {m.group(1).lower()} {_join(thing)}"))
        return None
    # "how do you ensure officers are consistent", "how does the council deal with X"
    if len(low) > 3 and low[0] == "how" and low[1] in _DO | _BE | {"can", "will"}:
        aux = low[1]
        rest = words[2:]
        if aux in _BE:
            # "how is the allowance decided", "how are staff vetted": the passive in statement order
            for i in range(1, min(len(rest), 10)):
                lemma = _verb_lemma(rest[i])
                if lemma and lemma in vocab.procedure_verbs and rest[i].lower().endswith(("ed", "en", "t")):
                    subject = _as_body(rest[:i], body)
                    tail = _as_body(rest[i:], body)
                    if subject is None or tail is None or _points(subject):
                        return None
                    be = ({"is": "are", "are": "are", "was": "were", "were": "were"} if _plural(subject)
                          else {"is": "is", "are": "is", "was": "was", "were": "was"})[aux]
                    return Reading("procedure", c, _procedure_frame(source, f"how {_join(subject)} {be} {_join(tail)}"))
            return None
        for i in _verb_at(rest, aux):
            lemma = _verb_lemma(rest[i])
            if lemma and rest[i].lower() == lemma and lemma in vocab.procedure_verbs:
                subject = _as_body(rest[:i], body)
                tail = _as_body(rest[i + 1:], body)
                if subject is None or tail is None or _points(subject) or not tail:
                    return None
                if aux in ("can", "will"):
                    return None  # "how can I ...", "how will you ...": advice or plans, read elsewhere
                verb = _agree_body(lemma, subject) if aux != "did" else None
                if verb is None:
                    return None
                return Reading("procedure", c, _procedure_frame(source, f"how {_join(subject)} {verb} {_join(tail)}"))
        return None
    # "what steps does the council take to monitor PSPOs", "what checks are made on drivers"
    m = re.match(rf"(?i)what\s+(?:(?:specific|other|further|additional|practical)\s+)?({_alt(vocab.procedure_nouns)})\s+"
                 r"(do|does|did|is|are|has|have|will)\s+(.+)$", c)
    if m and m.group(2).lower() not in ("did", "will"):
        noun, aux, rest = m.group(1).lower(), m.group(2).lower(), _tokens(m.group(3))
        rest = _as_body(rest, body)
        if rest is None or _points(rest[:2]):
            return None
        if aux in _DO:
            for i in _verb_at(rest, aux):
                lemma = _verb_lemma(rest[i])
                if lemma and rest[i].lower() == lemma:
                    verb = _agree_body(lemma, rest[:i])
                    return Reading("procedure", c, _frame(
                        "policy", source, subject=f"the {noun} {_join(rest[:i])} {verb} {_join(rest[i + 1:])}".strip()))
            return None
        from askfoi.why_records import _subject_end

        end = _subject_end(rest, aux) if rest and (rest[0].lower() in ("the", "a", "an", "you", "your", "its", "their")
                                                   or rest[0][:1].isupper()) else None
        if end:
            # "what actions is the trust taking to reduce X": the actions the trust is taking to reduce X
            said = f"the {noun} {_join(rest[:end])} {aux} {_join(rest[end:])}"
        else:
            said = f"the {noun} that {aux} {_join(rest)}"  # "what safeguards are in place": the safeguards that are
        return Reading("procedure", c, _procedure_frame(source, said.strip()))
    # "what are the criteria for awarding X", "what is the process by which complaints are handled"
    m = re.match(rf"(?i)what\s+(?:is|are|were|was)\s+the\s+(?:(?:current|main|exact)\s+)?({_alt(vocab.procedure_nouns | vocab.condition_nouns)})\s+"
                 r"((?:for|on\s+which|by\s+which|under\s+which|in\s+which|used|applied|followed|when|to)\b.+)$", c)
    if m:
        tail = _tokens(m.group(2))
        if not _points(tail[:3]):
            return Reading("procedure", c, _procedure_frame(source, f"the {m.group(1).lower()} {_join(tail)}"))
        return None
    # "under what circumstances does the council protect X" / "under what legal basis does the council dispose of X"
    m = re.match(r"(?i)(?:under|in|on|by)\s+what\s+(?:(legal|statutory|lawful)\s+)?(\w+)\s+(do|does|did|can|could|is|are|may|will)\s+(.+)$", c)
    if m:
        legal_word, noun, aux, rest = m.group(1), m.group(2).lower(), m.group(3).lower(), _as_body(_tokens(m.group(4)), body)
        if rest is None:
            return None
        legal = bool(legal_word) or noun in vocab.legal_nouns and noun not in vocab.condition_nouns
        if not legal and noun not in vocab.condition_nouns:
            return None
        for i in _verb_at(rest, aux if aux in _DO else "do"):
            lemma = _verb_lemma(rest[i])
            if lemma and rest[i].lower() == lemma and aux in _DO | {"can", "could", "may", "will"}:
                subject, tail = rest[:i], rest[i + 1:]
                if _points(subject):
                    return None
                if legal:
                    from askfoi.why_records import _inflect

                    doing = _inflect(lemma, "VBG")
                    if not doing or not tail:
                        return None
                    return Reading("legal", c, _frame("policy", source, subject=_join(tail),
                                                      why=f"legal:{doing} {_join(tail)}"))
                verb = _agree_body(lemma, subject) if aux in _DO and aux != "did" else None
                said = f"{_join(subject)} {verb} {_join(tail)}" if verb else f"{_join(subject)} {aux} {lemma} {_join(tail)}"
                return Reading("procedure", c, _procedure_frame(source, f"the {noun} in which {said}"))
        return None
    # "who decides what comments are passed to the committee", "who determines the allowance"
    m = re.match(rf"(?i)who\s+(?:(?:currently|actually|normally|usually)\s+)?({_alt(frozenset(v for v in vocab.decide_verbs if v.endswith('s')))})\s+(.+)$", c)
    if m:
        tail = _as_body(_tokens(m.group(2)), body)
        if tail is None or _points(tail[:2]):
            return None
        return Reading("procedure", c, _procedure_frame(source, f"who {m.group(1).lower()} {_join(tail)}"))
    return None


def _decision(c: str, body: str | None, source: str) -> Reading | None:
    """"was it the decision of the police not to interview X", "whose decision was it to close X", "who decided to
    close X", "who made the decision to close X"."""
    vocab = _words()
    m = re.match(r"(?i)(?:was|is)\s+it\s+(?:the|a)\s+decision\s+(of\s+.+?\s+)?((?:not\s+)?to\s+.+)$", c) or \
        re.match(r"(?i)whose\s+decision\s+(?:was|is)\s+it\s+()((?:not\s+)?to\s+.+)$", c) or \
        re.match(r"(?i)who\s+(?:made|took)\s+the\s+decision\s+()((?:not\s+)?to\s+.+)$", c)
    who = True
    if m and c.lower().startswith(("was", "is")):
        who = False
    if not m:
        m = re.match(rf"(?i)who\s+(?:actually\s+|originally\s+|ultimately\s+)?({_alt(frozenset(v for v in vocab.decide_verbs if v.endswith('ed') or v in ('chose', 'agreed', 'signed')))})"
                     r"\s+()((?:not\s+)?to\s+.+)$", c)
        if m:
            m = re.match(r"(?i)()()(.+)$", m.group(3))
    if not m:
        return None
    of, what = (m.group(1) or "").strip(), m.group(2) if m.lastindex and m.lastindex >= 2 else ""
    if not what:
        what = m.group(m.lastindex)
    words = _as_body(_tokens(f"{of} {what}".strip()), body)
    if words is None:
        return None
    return Reading("decision", c, _frame("reasons", source, subject=_join(words), why=f"decision:{_join(words)}",
                                         who_decided=who))


def _own_case(c: str) -> Reading | None:
    vocab = _words()
    if re.search(rf"(?i)\b{_alt(vocab.own_case_nouns)}\s+(?:\w+\s+){{0,2}}(?:on|of|about|regarding|to)\s+(?:my|our)\s+"
                 rf"(?:\w+\s+){{0,2}}{_alt(vocab.own_case_things)}\b", c) and not re.search(
                     r"(?i)\b(?:how\s+many|number\s+of|statistics|figures|policy|policies|procedure)\b", c):
        return Reading("own_case", c)
    if re.search(rf"(?i)\b(?:who|which\s+(?:department|team|person|officer|individual|section)s?(?:\s*/\s*\w+)?|whom)\b"
                 rf"[^?]{{0,60}}\b(?:best|should|could|can|would)\b[^?]{{0,30}}\b(?:to\s+)?{_alt(vocab.contact_verbs)}\b", c):
        return Reading("contact", c)
    return None


def _follow_up(cond: str, c: str, before: str = "") -> Reading | None:
    """The clause after "if so"/"if not": "may I have a copy", "please supply this data", "who?" merge into the
    record asked; anything else is read as a clause of its own."""
    vocab = _words()
    low = c.lower().strip(" ?.!")
    if not low:
        return Reading("merge", c)
    if cond == "so" and re.fullmatch(r"(?:who|by\s+whom|which\s+(?:officer|person|team|department))(?:\s+(?:was\s+it|made\s+it|decided|made\s+that\s+decision))?", low):
        return Reading("who", c)
    asks = (r"(?:(?:please|kindly)\s+)?(?:(?:may|can|could)\s+(?:i|we)\s+(?:please\s+)?(?:have|see|get|receive|obtain)|"
            r"(?:(?:could|can|would|will)\s+you\s+)?(?:please\s+)?(?:provide|supply|send(?:\s+over)?|share|disclose|release|"
            r"forward|give\s+me|let\s+me\s+have|include))")
    det = r"(?:a|an|the|this|these|that|those|all|any|your|its|their)"
    pointer = r"(?:it|them|this|these|that|those|the\s+same|such)(?:\s+[a-z]+){0,2}"
    if cond == "so" and re.fullmatch(
            rf"{asks}\s+(?:me\s+|us\s+)?(?:with\s+)?(?:{det}\s+)?(?:(?:full|electronic|digital|relevant|supporting)\s+)?"
            rf"(?:copy\s+of\s+(?:{det}\s+)?)?{_alt(vocab.copy_nouns)}"
            rf"(?:\s+(?:of|outlining|setting\s+out|showing|about|on|relating\s+to|for|covering)\s+{pointer})?(?:\s+please)?", low):
        return Reading("merge", c)
    named = re.fullmatch(rf"{asks}\s+(?:me\s+|us\s+)?(?:with\s+)?(?:the|these|those|your|its|their)\s+([a-z][a-z -]{{2,40}}?)(?:\s+please)?", low)
    if cond == "so" and named and all(w in before.lower().split() for w in named.group(1).split()):
        return Reading("merge", c, named=named.group(1))  # "do wardens get targets? if so please send me the
        # targets": the same records, asked for by name
    return None


def read_clause(clause: str, *, found_name: str | None = None, body: str | None = None, cond: str = "",
                shapes: bool = True, before: str = "", whether: bool = True, embedded_whether: bool = False) -> Reading:
    """What CLAUSE (one question or sentence of a kept part) asks; COND is "so"/"not" when it followed "if so"/
    "if not". Never None: a clause no structure fits is read "kept"."""
    from askfoi.yes_no_asks import records_for

    source = clause.strip()
    if cond:
        follow = _follow_up(cond, source, before)
        if follow is not None:
            return follow
    c = _strip(source)
    own = _own_case(c)
    if own is not None:
        return own
    vocab = _words()
    # "please can you say whether X", "could you let me know if X": the statement X, read as the question it stands for
    embedded = re.match(rf"(?i)^(?:(?:please|kindly)\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|(?:i\s+would\s+like\s+to|i'd\s+like\s+to|i\s+want\s+to)\s+)?"
                        rf"(?:please\s+)?(?:let\s+me\s+know|{_alt(vocab.embed_verbs)})(?:\s+(?:me|us))?\s+(?:whether|if)\s+(.+)$", c)
    if embedded:
        c = embedded.group(1).strip()
        said = "whether " + c
        first = c.split()[0].lower() if c.split() else ""
        second = c.split()[1].lower() if len(c.split()) > 1 else ""
        if first in _PEERS | {"or", "held", "not"} or (first in _BARE_QUANTIFIERS and second in _DO | _BE | _HAVE) or re.search(r"(?i)\bwhether\b", c) or (
                first and _participle_word(first)):
            return Reading("kept", source)  # "whether or not", "whether held by ...", "whether any are ...": as typed
    else:
        said = None
        how = re.match(rf"(?i)^(?:(?:please|kindly)\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:please\s+)?"
                       rf"(?:let\s+me\s+know|{_alt(vocab.embed_verbs)})(?:\s+(?:me|us))?\s+(how\s+(?!many\b|much\b|long\b|often\b|far\b)"
                       r"(?:\w+\s+){1,8}?\w+(?:s|ed)\b.*)$", c)
        if how and not _points(_tokens(how.group(1))[1:3]):
            # "please confirm how your force complies with its equality duty": the procedure, said in statement order
            return Reading("procedure", source, _procedure_frame(source, how.group(1).rstrip(" ?.!")))
    words = _tokens(c)
    low = [w.lower() for w in words]
    if found_name and len(words) > 2 and low[0] in _HAVE | _BE | _DO:
        from askfoi.yes_no_asks import _typed_name

        n = _typed_name(words[1:], found_name)
        if n and " ".join(low[1:1 + n]) != found_name.lower():
            # lead41: "does the met record the reason": the body asked, by its own name in the part
            from askfoi.followup import in_sentence

            words = [words[0], *(body or in_sentence(found_name)).split(), *words[1 + n:]]
            c = _join(words)
            low = [w.lower() for w in words]
    if said is None and body and len(low) > 3 and low[0] in _HAVE | _BE | _DO \
            and (low[1] in ("ever", "never", "already", "still", "recently") or _participle_word(low[1])):
        # fr24a: "Has ever used facial recognition ...?": the body's name was taken out of its question; it is the subject
        c = f"{words[0]} {body} {c[len(words[0]):].lstrip()}"
        words = _tokens(c)
        low = [w.lower() for w in words]
    if len(words) < 3:
        return Reading("kept", source)
    from askfoi.action_records import action_frame

    acted = action_frame(c, source, found_name or body)
    if acted is not None:
        return Reading("records", source, acted)  # fr30: "what did the council do after the flood": its records
    from askfoi.judgement_asks import judged_frame

    judged = judged_frame(source if said is None else f"whether {c}", found_name or body, source)
    if judged is not None:
        return Reading("records", source, judged)  # lf61: "is the cladding safe": the records that would show it
    if _OPINION.search(" ".join(low[:8])) and not re.match(r"(?i)(?:under|on|by|in)\s+what\b", c):
        return Reading("kept", source)
    decided = _decision(c, body, source)
    if decided is not None:
        return decided
    if said is None:
        proc = _procedure(c, words, low, body, source)
        if proc is not None:
            return proc
    if said is None and low[0] not in _DO | _BE | _HAVE:
        return Reading("kept", source)
    frame = records_for(f"please confirm whether {c}" if said else c + "?", found_name=found_name, body=body) \
        if shapes else None
    if frame is not None:
        return Reading("records", source, frame)
    if said is None:
        put = statement(words, body)
    else:
        put = _join(_as_body(words, body) or []) if not _points(words[:3]) and (body or not re.search(
            r"(?i)\byou(?:r)?\b", c)) else None
    if put and said is not None and body and _tokens(put)[0].lower() in _HAVE | {"is", "was", "does", "did"} \
            and len(_tokens(put)) > 2 and _tokens(put)[1].lower() not in ("it", "there", "they", "you", "he", "she", "we", "i"):
        put = f"{body} {put}"  # fr24a: "if kent police has ever used ..." with the body's name taken out: the body is the subject
    if put and (_tokens(put)[0].lower() in _DO | _BE | _HAVE | {"ever", "never", "still", "already", "also"}):
        return Reading("kept", source)  # fr24a: the subject is gone ("whether has ever used ..."): never a garbled part
    if not (whether or embedded_whether and said is not None) or not put or _points(_tokens(put)[:2]) or _STORY_POINTERS & {w.lower() for w in _tokens(put)}:
        return Reading("kept", source)  # "did the school report it": what "it" is, the story says
    return Reading("whether", source, _frame("shown_by", source, head="any recorded information showing whether ",
                                             subject=put, why=f"whether:{put}"))


def read_part(text: str, *, found_name: str | None = None, body: str | None = None, whether: bool = True,
              embedded_whether: bool = False) -> list[Reading]:
    """Each clause of TEXT (a part kept in the person's words) read; a "who" follow-up is folded into the decision
    before it, a "merge" follow-up into the record before it."""
    out: list[Reading] = []
    before = ""
    for cond, clause in clauses(text):
        r = read_clause(clause, found_name=found_name, body=body, cond=cond, before=before, whether=whether,
                        embedded_whether=embedded_whether)
        before = clause
        if cond and r.act == "kept":
            # "if so, which company do you use?": a follow-up that needs its question to be read: the part whole
            return [Reading("kept", text)]
        if r.act == "who":
            prev = next((p for p in reversed(out) if p.frame is not None), None)
            if prev is not None and prev.frame.kind == "reasons":
                prev.frame.who_decided = True
                continue
            r = Reading("kept", clause)
        if r.act == "merge":
            prev = next((p for p in reversed(out) if p.frame is not None), None)
            if prev is not None:
                if r.named and prev.act == "whether":
                    said = f"{prev.frame.subject}, and a copy of any such {r.named}"
                    prev.frame.subject, prev.frame.why = said, f"whether:{said}"
                continue
            r = Reading("kept", clause)
        out.append(r)
    return out


_TIDY_KEPT = re.compile(r"\s+")


def asked_whether(source: str, message: str = "") -> bool:
    """fr24a: SOURCE (a question as the person typed it, or as an earlier step put it: "please confirm whether X")
    puts a yes/no under a verb of asking in MESSAGE, the person's own words ("can anyone tell me if X", "i want to know
    whether X", "im wondering if X"): asked of someone, not said for effect (never a "please confirm whether" askfoi
    wrote from "if X, then where are they?"). Never about peers ("if anyone has been in the same situation"). The
    verbs are `embed_verbs` and `wonder_verbs` of knowledge/vocab/clause_asks.yaml."""
    vocab = _words()
    asking = (rf"(?i)\b(?:let\s+(?:me|us)\s+know|find\s+out|{_alt(vocab.embed_verbs | getattr(vocab, 'wonder_verbs', frozenset()))})"
              rf"(?:\s+(?:me|us))?\s+(?:if|whether)\s+(?!(?:{_alt(_PEERS)}|people|others|any\s+of\s+you)\b)")
    m = re.search(rf"(?i)\b(?:if|whether)\s+((?:[\w'-]+\s+){{1,3}}[\w'-]+)", source or "")
    if m is None:
        return False
    said = r"\s+".join(re.escape(w) for w in m.group(1).split())
    return bool(re.search(asking + said, message or source or ""))


def reframe_clauses(framing: "Framing", text: str, set_aside: list | None = None) -> None:
    """FRAMING's parts kept in the person's words, each clause put as the records that answer it (`read_part`),
    rendered from the frame templates; a clause no structure reads stays as typed, as its own part when the others
    were reframed (never dropped). An own-case update or a question of whom to contact leaves the parts with a note
    (SET_ASIDE, as `askfoi.framing.view_parts` keeps them)."""
    from askfoi.framing import render_frame
    from askfoi.kept_questions import finish_sentence
    from askfoi.part_gate import part_fails
    from askfoi.yes_no_asks import letter_body

    found_name, body = letter_body(framing, text)
    from askfoi.sentence_acts import informal_message

    # a yes/no question in a letter to the paper or a forum post is often asked for effect ("do the managers live in
    # the real world?"): only its record shapes are read there, never "any recorded information showing whether"
    whether = not informal_message(text) and bool(framing.authority is not None or _ADDRESSED.search(text))
    seen = {p.text.lower() for p in framing.parts}
    out = []
    for part in framing.parts:
        if not (part.kept_words or part.kind == "kept") or part.warning:
            out.append(part)
            continue
        # fr24a: in an informal message a yes/no the person put under a verb of asking ("can anyone tell me if ...",
        # "i want to know whether ...") is asked, not said for effect: read as the records showing whether
        readings = read_part(part.text, found_name=found_name, body=body, whether=whether,
                             embedded_whether=not whether and asked_whether(part.source or "", text))
        if not readings or all(r.act == "kept" for r in readings):
            out.append(part)
            continue
        made = []
        for r in readings:
            if r.act in ("own_case", "contact"):
                if set_aside is not None:
                    set_aside.append((r.clause, r.act, None))
                framing.remarks.append(r.clause)
                continue
            if r.frame is None:
                made.append(("kept", r.clause))
                continue
            r.frame.qualifiers.period = part.qualifiers.period
            r.frame.text = render_frame(r.frame)
            if r.act == "records" and part_fails(r.frame, found_name, text):
                # a shape of askfoi.yes_no_asks that leaves a question word or a pointer in its slot: the question
                # put back into statement order instead ("any recorded information showing whether ...")
                again = read_clause(r.clause, found_name=found_name, body=body, shapes=False, whether=whether)
                if again.frame is not None:
                    r = again
                    r.frame.qualifiers.period = part.qualifiers.period
                    r.frame.text = render_frame(r.frame)
            if not r.frame.text:
                made.append(("kept", r.clause))
                continue
            made.append(("frame", r.frame))
        if all(kind == "kept" for kind, _ in made) and len(made) == len(readings):
            out.append(part)
            continue
        for kind, item in made:
            if kind == "frame":
                if item.text.lower() in seen:
                    continue
                item.source = item.source or part.source or part.text
                seen.add(item.text.lower())
                out.append(item)
            else:
                kept = part.model_copy(deep=True)
                kept.text = finish_sentence(_TIDY_KEPT.sub(" ", item).strip())
                kept.source = item
                if kept.text.lower() in seen:
                    continue
                seen.add(kept.text.lower())
                out.append(kept)
    framing.parts = out
    for remark in framing.remarks:
        # an update on the person's own case or whom to contact, left as a remark by the reading: said why, once
        r = _own_case(_strip(remark))
        if r is not None and set_aside is not None and not any(q == remark for q, _, _ in set_aside):
            set_aside.append((remark, r.act, None))
