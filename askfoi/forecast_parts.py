"""The parts of a whole request text that the forecast is given for, each with the words it is read with.

People (and the outside measure) give `askfoi match` whole request texts: a greeting, a story, several numbered
questions, remarks on how to reply. The text is cut the way `askfoi frame` cuts it (askfoi/questions.py
`split_questions`); then, of its pieces (knowledge/vocab/forecast_parts.yaml says which words do what):

- a piece that asks for something (a question, or words of asking: "please provide", "a copy of", "the number
  of ...") is a part;
- letter furniture and a remark that asks for nothing about the records (how to reply, a condition on handling, a
  format note) are left out, as the letter leaves them out (askfoi/questions.py `sentence_role`): they would only
  dilute the request's outcome or inflate its NCND warning; a "Subject:" label names the subject;
- a lead-in that names the subject ("I am writing to request the following information about the Facial
  Recognition Board") is no part when something else is asked, but the subject later parts are read with;
- a piece that only modifies the part before it ("This should include all meetings held in 2014", "Please
  break this down by year": `sentence_role` "modifier"), a fragment the splitter left (a clause of two words, "and",
  "keeper, insurer, other?") and a piece that asks nothing after a part (a list item naming one more thing,
  "The knife found at Harrowdown Hill") are read with the part before them;
- the person's story or a quotation before the questions asks for nothing and is no part, but a part that
  refers back to it reads it; a sentence of the story naming one person or case (an NCND topic `about_one`: "my
  daughter's car was broken into") is read only by a part pointing back at it ("her case", "his death", fc20).

A part that refers back ("who supplies it", "the outcome of any disciplinary action under point (1)", "please
provide the contracts") and names no NCND topic of its own is read with the part (or the lead-in, or the story)
it refers to, so its forecast is about the same thing. What each part SHOWS is its own words (with the pieces
read into it); what it is READ WITH is `context`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from askfoi.knowledge import load_vocab

MAX_CONTEXT = 600  # characters of earlier text a referring part is read with
SHORT_WORDS = 2  # a part with no more content words than this, not a listed line, is read with what came before
FRAGMENT_WORDS = 3  # a piece with fewer content words than this is a fragment of the part before it

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]{2,}")
_STOP = frozenset("""the and for any all with this that these those from was were are have has had been being
will would can could should may might must shall their they them its his her our your you yours who whom whose
which what when where why how not but nor also too very per each every other others either neither such than
then there here into onto upon about above below over under more most some same only just own please kindly
many much
etc via did does done out off yes one two""".split())
_QUESTION_ANYWHERE = re.compile(r"(?i)\b(?:how\s+(?:many|much|long|often)|whether)\b")
_CONTINUATION = re.compile(r"(?i)^\W*(?:either|or|nor|and|plus|also|but|as\s+well\s+as|together\s+with|including)\b")
_QUESTION_START = re.compile(r"(?i)^\W*(?:(?:and|also|so|plus)\s+)*(?:how|what|whats|which|whether|who|whom|whose|when|where|why|"
                             r"is|are|was|were|has|have|had|did|does|do|can|could|will|would|should|may)\b")
_LABEL = re.compile(r"(?i)^\W*(?:subject|re|title|topic)\s*[:.]\s*(?P<rest>.+)$")
# fm88: a question asked indirectly, its lead-in cut off by the splitter ("I want to know | if the force is investigating
# my neighbour", "Tell me | if officers searched 12 Elm Road"): the letter's reader takes it for a question, and it asks
# as "whether" does. A conditional the splitter keeps whole ("If any were disciplined, how many ...") asks anyway.
_IF_ASKED = re.compile(r"(?i)^\W*if\s+(?!(?:so|not|possible|necessary|applicable|appropriate|required|needed)\b)\w")


@dataclass(frozen=True)
class RequestPart:
    """One part of a request: TEXT is what it says (shown beside its forecast), CONTEXT what it is read with; SUBJECT
    and KIND its frame's (fc34), when it was framed."""

    text: str
    context: str
    subject: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class _Words:
    asking: tuple[re.Pattern[str], ...]
    lead_in: tuple[re.Pattern[str], ...]
    refers_back: tuple[re.Pattern[str], ...]
    refers_to_person: tuple[re.Pattern[str], ...] = ()
    own_scope: tuple[re.Pattern[str], ...] = ()  # fc59: an item's own period or total ("in 2024", "in total")


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data, _ = load_vocab("forecast_parts", list[str])
    data = data if isinstance(data, dict) else {}

    def patterns(key: str) -> tuple[re.Pattern[str], ...]:
        out = []
        for p in data.get(key) or []:
            try:
                out.append(re.compile(p, re.I))
            except (re.error, TypeError):
                continue  # a broken pattern in the data is skipped; `kb validate` reports vocab files
        return tuple(out)

    return _Words(patterns("asking"), patterns("lead_in"), patterns("refers_back"), patterns("refers_to_person"),
                  patterns("own_scope"))


def content_words(text: str) -> list[str]:
    """The words of TEXT that carry meaning (three letters or more, not a function word)."""
    return [w for w in _WORD.findall(text or "") if w.lower() not in _STOP]


@functools.lru_cache(maxsize=1)
def _detail_only() -> frozenset[str]:
    """fc33: the words that ask only for a detail of a subject named before (forecast_parts.yaml `detail_only`, with
    detail_words.yaml `ignore`)."""
    out: set[str] = set()
    for name, key in (("forecast_parts", "detail_only"), ("detail_words", "ignore")):
        data, _ = load_vocab(name)
        words = data.get(key) if isinstance(data, dict) else None
        out |= {w.lower() for w in words or [] if isinstance(w, str)}
    return frozenset(out)


_PARTICIPLE = re.compile(r"(?i)(?:ed|ing)$")


def names_own_subject(piece: str) -> bool:
    """fc33: PIECE names a subject of its own: a content word that is no word of asking for a detail ("fuel" in "How
    much was spent on fuel in 2023?"; "the cost", "which company", "dates and locations", "who was arrested" name
    none)."""
    generic = _detail_only()
    # a participle asks what happened to the thing named before ("and who was arrested", "what was seized"), no subject
    return any(w.lower() not in generic and not _PARTICIPLE.search(w) for w in content_words(piece))


def _any(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def asks(piece: str) -> bool:
    """PIECE asks for something: a question, or words of asking (knowledge/vocab/forecast_parts.yaml `asking`)."""
    from askfoi.questions import sentence_kind

    if "?" in piece or _QUESTION_ANYWHERE.search(piece) or _any(_words().asking, piece):
        return True
    return sentence_kind(piece) == "question"


def refers_back(piece: str) -> bool:
    """PIECE points back at something said before it ("it", "them", "the above", "this group"). fm100: a pronoun
    that means the body asked (`_body_pronoun`) points at nothing before the piece: "How much did the force spend on
    fuel for its fleet?" after "Does the force use IMSI catchers?" asks about the force's fleet, not the catchers."""
    for pattern in _words().refers_back:
        for m in pattern.finditer(piece):
            if not _body_pronoun(piece, m.start(), m.group(0)):
                return True
    return False


_BODY_PRONOUNS = frozenset(("it", "its", "they", "their", "theirs"))


def _body_pronoun(piece: str, start: int, word: str) -> bool:
    """fm100: the pronoun WORD at START of PIECE means the body the request is to, not a thing asked about before: the
    subject of an organisation's verb ("what did they spend on fuel": askfoi/pronoun_roles.py `roles`, role "agent"),
    or an owner ("its", "their") after the body named in the same sentence ("the force ... its fleet", "the council
    ... their staff")."""
    from askfoi.pronoun_roles import _vocab, role_at

    low = word.lower()
    if low not in _BODY_PRONOUNS:
        return False
    role = role_at(piece, start)
    if role == "agent":
        return True
    if role != "owner":
        return False
    bodies = _vocab().bodies
    before = [w.lower() for w in re.findall(r"[A-Za-z]+", piece[:start])]
    named = [w for w in before if w in bodies]
    if not named:
        return False
    # "its" agrees with one body ("the force"); "their" with any ("the police", "the council ... their staff")
    return low != "its" or not named[-1].endswith("s") or named[-1] in ("police", "business")


_ITEM_LABEL = re.compile(r"^\s*(?:\(?\d{1,2}[.):]|\(?[A-Za-z][.)]|[-\u2022*]|q\d{1,2}\s*[.:)]?)\s*(?P<rest>\S.*)$", re.I)
ITEM_HEAD = 3  # content words of a list item's start that identify a piece as that item


# fm91: a numbered list run on in one line ("the following for 2023: 1. the number of officers; 2. whether ...; 3. the
# overtime paid"): a number and a full stop or bracket after a colon, a semicolon or the start of the text
_INLINE_ITEM = re.compile(r"(?:^|(?<=[:;]))\s*\(?(\d{1,2})[.)]\s+(?=\S)")


def _inline_items(text: str) -> list[str]:
    """fm91: the items of a numbered list written on one line, when it numbers two or more from 1 in order (a list
    typed in a chat box, or pasted with its line breaks lost), else []."""
    found = list(_INLINE_ITEM.finditer(text or ""))
    numbers = [int(m.group(1)) for m in found]
    if len(found) < 2 or numbers != list(range(1, len(found) + 1)):
        return []
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [text[m.end():end] for m, end in zip(found, ends)]


def _item_heads(text: str) -> frozenset[tuple[str, ...]]:
    """fc30: the first content words of each numbered, lettered or bulleted line of TEXT, when it lists two or more
    things: a piece the letter's reader takes from such a line is a thing the person listed, not a scrap of the one
    before ("1. number of overt CCTV cameras 2. any other cameras in operation"). fm91: and of each item of a numbered
    list run on in one line ("1. ...; 2. whether the force has used ...; 3. the overtime paid to the unit"): the item
    after a "whether" item is a thing of its own, not more of that question."""
    heads = []
    for line in (text or "").splitlines():
        m = _ITEM_LABEL.match(line)
        if m:
            words = tuple(w.lower() for w in content_words(m.group("rest"))[:ITEM_HEAD])
            if words:
                heads.append(words)
        else:
            heads += [w for w in (tuple(x.lower() for x in content_words(item)[:ITEM_HEAD])
                                  for item in _inline_items(line)) if w]
    return frozenset(heads) if len(heads) >= 2 else frozenset()


def _is_item(piece: str, heads: frozenset[tuple[str, ...]]) -> bool:
    words = tuple(w.lower() for w in content_words(piece)[:ITEM_HEAD])
    return bool(words) and words in heads


def list_lead(text: str) -> str:
    """fc59: the line that introduces a numbered, lettered or bulleted list of two or more items and ends with a colon
    ("In relation to the complaint against [named person]:", "Regarding the investigation into my son's death:"), or "".
    Its subject is what every item asks about, so each item is read with it; the letter's reader keeps the items and
    lets such a line go (askfoi/questions.py), so the forecast recovers it here."""
    lines = [line.strip() for line in (text or "").splitlines()]
    if len(_item_heads(text)) < 2:
        return ""
    for i, line in enumerate(lines):
        if _ITEM_LABEL.match(line):
            before = [x for x in lines[:i] if x]
            return " ".join(before[-1].split()) if before and before[-1].endswith(":") else ""
    return ""


def _join(first: str, second: str) -> str:
    return f"{first.rstrip()} {second.strip()}".strip()


def forecast_parts(text: str, max_parts: int = 30) -> list[RequestPart]:
    """The parts of TEXT a forecast is given for, in order (see the module's docstring). A text that asks
    nothing this can tell is one part: itself."""
    from askfoi.ncnd_topics import story_topics, topics_in
    from askfoi.questions import sentence_role, split_questions

    words = _words()
    pieces = split_questions(text, keep_background=True) if (text or "").strip() else []
    heads = _item_heads(text)
    texts: list[str] = []  # each part's shown words
    contexts: list[str] = []  # what each part is read with
    background = ""  # the story, headings and lead-ins before the parts (what a referring part may point at)
    lead = ""  # a lead-in naming the subject of what follows
    on_topic = ""  # the sentences of the story, definitions and lead-ins that name an NCND topic (fc10)
    plain = ""  # fc45: the story's sentences naming no one person or case (all of it but `about_one`)
    about_one = ""  # the story's sentences naming only a person or case (fc20): read by the parts pointing back at them
    dropped = False  # a remark or label was left out
    intro = list_lead(text)
    if intro and topics_in(intro) and not any(intro.rstrip(":") in " ".join(p.split()) for p in pieces):
        # fc59: the line a list's items hang on names what each item is about, like a lead-in, when it names an NCND
        # topic ("In relation to the complaint against [named person]:" before "1. how many persons were interviewed?
        # 2. how many man hours ..."): every item asks about that complaint. A line naming none ("I would like the
        # following:") changes no item's reading
        lead = on_topic = intro
    else:
        intro = ""
    for piece in pieces:
        piece = " ".join(piece.split())
        if not piece:
            continue
        label = _LABEL.match(piece)
        if label:  # "Subject: CS incapacitant gas": the subject, not a part (a question run on after it stays)
            piece, dropped = label.group("rest"), True
            if not asks(piece):
                lead = _join(lead, piece)
                if topics_in(piece):
                    on_topic = _join(on_topic, piece)
                continue
        role = sentence_role(piece)  # the letter's reading (askfoi/questions.py): the same sentences left out
        if role in ("furniture", "remark") and not (role == "furniture" and _any(words.lead_in, piece)):
            dropped = True
            continue
        if texts and role == "modifier":  # "This should include all meetings held in 2014"
            texts[-1], contexts[-1] = _join(texts[-1], piece), _join(contexts[-1], piece)
            continue
        # fc30: a line the person listed, read by the letter as a question ("2. any other cameras in operation"), is a
        # part of its own even without words of asking, and no fragment of the line before it
        item = role == "question" and _is_item(piece, heads)
        asking = asks(piece) or item or (role == "question" and bool(_IF_ASKED.match(piece)))
        if asking and _any(words.lead_in, piece):  # "I am writing to request the following information about X"
            lead = _join(lead, piece)
            if topics_in(piece):
                on_topic = _join(on_topic, piece)
            continue
        n_words = len(content_words(piece))
        question = bool(_QUESTION_START.match(piece))
        continuation = bool(_CONTINUATION.match(piece)) and not re.match(
            r"(?i)^\W*(?:and|also|plus)\s+(?:how|what|which|whether|who|when|where|why|please|can|could|do|does|did|is|are|has|have)\b", piece)
        fragment = n_words == 0 or (n_words < FRAGMENT_WORDS and not question and not item)  # "and", "keeper, insurer, other?"
        # a clause cut off mid-sentence ("... communicated to the Inquiry together with | the reference number ..."):
        # it starts in lower case and neither as a question nor as a thing asked for
        continuation = (continuation or (piece[:1].islower() and not question
                                         and not any(p.match(piece) for p in words.asking if p.pattern.startswith("^")))
                        ) and not item
        if texts and (not asking or fragment or continuation):
            # a list item naming one more thing, a clause the splitter cut off, "Either in full colours or undercover?"
            texts[-1], contexts[-1] = _join(texts[-1], piece), _join(contexts[-1], piece)
            continue
        if not asking:  # the story or a quotation before the questions
            background = _join(background, piece)
            if story_topics(piece):  # a person or case the story names is no subject of a part not pointing back (fc20)
                on_topic, plain = _join(on_topic, piece), _join(plain, piece)
            elif topics_in(piece):
                about_one = _join(about_one, piece)
            else:
                plain = _join(plain, piece)
            continue
        context, before = piece, ""
        # fc59: an item setting its own period or total counts over it, not over the case the list's lead line names
        scoped = bool(intro) and _any(words.own_scope, piece)
        if not topics_in(piece):
            # fc45: a short part that names a subject of its own is read with the story, but not with the story's
            # sentences about one person or case unless it points at a person (fc20, below): "My neighbour was
            # arrested last year. How many burglaries in 2023?" asks nothing about the neighbour
            near_person = _any(words.refers_to_person, piece)
            if refers_back(piece) or not names_own_subject(piece) or (n_words <= SHORT_WORDS and not item):
                # "who supplies it", "the contracts", "dates and locations of deployments": what it points back at
                # (fc33: a line the person listed that names a subject of its own, however short, is a question of
                # its own: "4. How much was spent on fuel in 2023?" after "3. Do you use covert tracking devices?")
                before = contexts[-1] if contexts else _join(background if near_person else plain, lead)
            elif lead and not (scoped and lead == intro):  # "Dates of all meetings" under a lead-in naming the group
                before = lead
            if on_topic and not topics_in(before) and not (scoped and on_topic == intro):
                # the letter's story, definitions or lead-in name an NCND topic ("the force's use of covert
                # surveillance technology, including IMSI catchers"): a part naming none of its own is about it
                before = _join(on_topic[-MAX_CONTEXT:], before)
            if about_one and not topics_in(before) and _any(words.refers_to_person, piece):
                # "any investigation into his death" after "My brother died in custody": about the person the story names
                before = _join(about_one[-MAX_CONTEXT:], before)
        if before:
            context = _join(before[-MAX_CONTEXT:], piece)
        texts.append(piece)
        contexts.append(context)
        if len(texts) >= max_parts:
            break
    whole = " ".join((text or "").split())
    if len(texts) == 1 and not dropped:
        if about_one and about_one not in contexts[0]:
            # fc45: fc20's rule for one question too: the story's sentence about one person or case is read only by a
            # question pointing back at it ("My neighbour was arrested last year. How many burglaries were reported
            # in Liverpool in 2023?" is no question about the neighbour); before, one question was read with all of it
            return [RequestPart(text=whole, context=contexts[0])]
        return [RequestPart(text=whole, context=whole)]  # one thing asked: the text as it is (its framing kept)
    if not texts:
        fallback = lead or background or whole
        return [RequestPart(text=fallback, context=_join(background, fallback) if background and fallback != background else fallback)]
    return [RequestPart(text=t, context=c) for t, c in zip(texts, contexts)]


FRAME_SENTENCES = True  # fc34: a text of several sentences is framed even when `forecast_parts` finds one part in it
_SENTENCE = re.compile(r"[.?!]+(?=\s+\S)|\n\s*\S")


def several_sentences(text: str) -> bool:
    """TEXT holds more than one sentence or line ("we keep seeing a drone over our estate. does the force fly drones"),
    as a message does and a record's title does not."""
    return bool(_SENTENCE.search((text or "").strip()))


def _shared(a: str, b: str) -> int:
    aw = {w.lower() for w in content_words(a)}
    return len(aw & {w.lower() for w in content_words(b)})


def frame_reading(frame, found: list[RequestPart]) -> str:
    """What the part FRAME rendered is read with: the person's own words of it (its `source`), as `forecast_parts` reads
    them in FOUND (the story, the lead-in, the sentence it points back at), with the frame's subject beside them when
    they leave it out ("which firms": of consultants); the rendered template's own words ("on the date of this request")
    name nothing asked."""
    said = frame.source or frame.text
    best = max(found, key=lambda p: (_shared(said, p.text), -found.index(p))) if found else None
    read = best.context if best is not None and _shared(said, best.text) else said
    own = {w.lower() for w in content_words(read)}
    if frame.subject and not frame.kept_words and not {w.lower() for w in content_words(frame.subject)} <= own:
        read = _join(read, frame.subject)
    return read


def read_with_frames(parts: list[str], frames: list, message: str = "") -> list[tuple[str, str]]:
    """fc50 (issues 9.3, 9.4): each of the chat's PARTS as (what it shows, what its forecast reads), so that the chat's
    per-part forecast reads the decision its frame made, as the ncnd-risk check shows it (the frame's warning) and as
    `askfoi match` reads the same message (`framed_parts`). A part whose frame asks about covert use
    (its NCND warning, or its `covert` qualifier with no overt limit: askfoi/framing.py reads it from what the person asked, with
    askfoi/ncnd_topics.py `technology_covert_use`) is read with the person's own words (`frame_reading`): the frame may
    render "do you use facial recognition cameras" as a count of uses, and a count the frame wrote is not the person
    limiting the question to overt use (the lead's decision). Any other part is read as it stands: an overt frame
    offered instead (which keeps the covert question as its `source`) or words the person typed ask what they say."""
    by_text = {" ".join((f.text or "").split()): f for f in frames if (f.text or "").strip()}
    found: list[RequestPart] | None = None
    out = []
    for part in parts:
        frame = by_text.get(" ".join((part or "").split()))
        covert = bool(frame is not None and (frame.warning or (frame.qualifiers.covert and not frame.qualifiers.overt)))
        if frame is None or not frame.source or frame.kept_words or not covert:
            out.append((part, part))
            continue
        if found is None:
            found = forecast_parts(message) if (message or "").strip() else []
        out.append((part, frame_reading(frame, found)))
    return out


_ASKING = re.compile(r"(?i)\?\s*$|\b(?:whether|how\s+(?:many|much|often|long)|what|which|who|when|where|why)\b")


def framed_parts(text: str, authority: str | None = None, max_parts: int = 30, framing=None
                 ) -> tuple[list[RequestPart], str | None]:
    """fc34 (issue 9 item 4): the parts of TEXT cut the way `askfoi frame` cuts them (askfoi/framing.py
    `frame_message`, the one place a request is cut into the parts the letter, the chatbot and the forecast show),
    and the body the text names (None when it names none). Each part shows its frame's text ("The name of each firm
    that supplied consultants, and the amount paid to each", where the person wrote "which firms") and is read with
    that text and with what `forecast_parts` reads the person's own words of it with (the story, the lead-in, the
    sentence it points back at: fc33's NCND reading by sentence is kept). A text of one sentence that `forecast_parts`
    finds one part in is that part, not framed (a record's title, as `make eval` gives them); a text the frames find no part in falls back to
    `forecast_parts`."""
    found = forecast_parts(text, max_parts)
    if len(found) < 2 and framing is None and not (FRAME_SENTENCES and several_sentences(text)):
        return found, None  # a title, or one question on its own
    if framing is None:
        from askfoi.framing import frame_message

        try:
            framing = frame_message(text, authority)
        except (ValueError, RecursionError):  # the frames could not read it: the parts as the words give them
            return found, None
    named = framing.authority.name if framing.authority else None
    frames = [f for f in framing.parts if (f.text or "").strip()][:max_parts]
    if not frames:
        return found, named
    out = [RequestPart(text=" ".join(f.text.split()), context=frame_reading(f, found), subject=f.subject, kind=f.kind)
           for f in frames]
    # lead35: a question the frames lost (a "whether" clause no frame reads) is still forecast, in the person's words:
    # the forecast never goes without evidence for something the request asks
    sources = [f.source or f.text for f in frames]
    for p in found:
        for sentence in re.split(r"(?<=[.?!])\s+", p.text):
            words = {w.lower() for w in content_words(sentence)}
            if len(words) >= 2 and _ASKING.search(sentence) \
                    and not any(_shared(s, sentence) * 2 >= len(words) for s in sources):
                out.append(RequestPart(text=sentence, context=p.context, subject=None, kind=None))
    return out, named
