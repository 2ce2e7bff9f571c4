"""Which stretches of a pasted page are the requester's words and which the authority's reply (issue 10, rd21).

People paste whole pages: a WhatDoTheyKnow thread (its title and status lines, the request "Dear <authority>, ...
Yours faithfully, <requester>", a chaser, then the reply "Dear <requester>, ..."), or a disclosure log ("Request" and
the request, then "Response" and the answer). The request names sections, figures and "please provide ..."; only
the reply decides. `request_spans` finds the requester's stretches by the page's structure, never by what a sentence
says alone:

- letters: a letter runs from its salutation line ("Dear ...") to its signature (a signed text above the first
  salutation is a letter too). A letter is the requester's when it asks (knowledge/vocab/reply_regions.yaml
  `asking`), is signed off with a name, either "Yours faithfully" or greeted by another letter ("Dear Nicholas
  Wood"), and another writer's text stands in the page (a letter signed by someone else, or words after its
  signature: a reply pasted with no "Dear ..."). What stands before the first letter, when that letter is the
  requester's, is the page's title and status lines: no decision either;
- headings: one "Response" heading on a line of its own (a date may follow), with a request heading above it ("FOI
  Request", "You asked"): everything above the response heading is the request. A page with several response
  headings answers question by question; the reader reads that layout itself;
- a page that opens with the questions (a disclosure log's header lines, then the request) and answers them all
  together: the request runs over its asking lines and their list items to the reply's first line;
- after a message: WhatDoTheyKnow's link list ("[1] ...", "References") up to the next letter, and an earlier e-mail
  quoted under the reply ("-----Original Message-----", "From: ... Sent: ...") to the end (`footer_spans`,
  `quoted_spans`).

`reply_only(text)` blanks those stretches (same length, line breaks kept), so every position in the text still means
the same place. Cue lists are data (knowledge/vocab/reply_regions.yaml)."""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_SIGNER_LINES = 3  # lines after a sign-off that may hold the writer's name and title
_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3}")
# rd22: under "Yours faithfully" a name may hold small words ("Leonard of the Harpin family"): a short line that
# opens with a capital and ends with no stop
_LOOSE_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){0,5}(?<![.:;!?])")
_PROSE_WORDS = 6  # words in a line that make it a sentence, not a name


@functools.lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str] | None]:
    data, _ = load_vocab("reply_regions")
    out: dict[str, re.Pattern[str] | None] = {}
    for key in ("salutation", "sign_off", "asking", "reply_heading", "request_heading", "footer", "header_line",
                "asking_line", "list_line", "quoted_mail", "reply_voice", "reply_opening", "log_status_line"):
        pats = (data or {}).get(key) or []
        out[key] = re.compile("|".join(f"(?:{p})" for p in pats), re.I | re.M) if pats else None
    return out


def _signed(letter: str) -> tuple[str | None, bool, int]:
    """The writer under a letter's last sign-off ("Yours faithfully,\nJames Hamilton" -> "james hamilton"), whether
    the sign-off is "Yours faithfully", and where the signature ends (the letter's length when it is not signed)."""
    sign = _rules()["sign_off"]
    last = None
    for last in sign.finditer(letter) if sign is not None else ():
        pass
    if last is None:
        return None, False, len(letter)
    pos = last.end()
    faithfully = "faithfully" in last.group().lower()
    for line in letter[last.end():].split("\n")[: _SIGNER_LINES + 1]:
        stripped = line.strip()
        if stripped:
            m = _NAME.fullmatch(stripped) or (_LOOSE_NAME.fullmatch(stripped) if faithfully else None)
            if m:
                return m.group().lower(), faithfully, letter.index(stripped, pos) + len(stripped)
            if faithfully and len(_WORDS.findall(stripped)) >= _PROSE_WORDS:
                # rd22: "Yours faithfully," and then another writer's sentence (a page that drops the requester's
                # name): the letter is signed by an unnamed writer and ends at its sign-off
                return "", True, last.end()
            return None, False, len(letter)
        pos += len(line) + 1
    if faithfully and not letter[last.end():].strip():
        return "", True, last.end()  # rd22: "Yours faithfully," closes the letter, its name left off the page
    return None, False, len(letter)


def _letters(text: str) -> list[tuple[int, int]]:
    """Each letter's span, from its salutation to the next; a signed text above the first salutation (a request
    pasted without its "Dear ...") is a letter too."""
    sal, sign = _rules()["salutation"], _rules()["sign_off"]
    starts = [m.start() for m in sal.finditer(text)] if sal is not None else []
    if starts and starts[0] > 0 and sign is not None and sign.search(text, 0, starts[0]):
        starts.insert(0, 0)
    return [(a, starts[k + 1] if k + 1 < len(starts) else len(text)) for k, a in enumerate(starts)]


_WORDS = re.compile(r"[a-z]{3,}", re.I)
_TAIL_WORDS = 12  # words after a signature that make another writer's text (a reply pasted with no "Dear ...")


def _addressed(salutation: str, signer: str) -> bool:
    """A salutation line greets the signer ("Dear Nicholas Wood", "Dear Mr Wood")."""
    words = [w for w in signer.split() if len(w) > 1]
    return bool(words) and words[-1] in salutation.lower()


def _letter_spans(text: str) -> list[tuple[int, int]]:
    letters = _letters(text)
    asking = _rules()["asking"]
    if not letters or asking is None:
        return []
    signed = [_signed(text[a:b]) for a, b in letters]
    mine: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(letters):
        signer, faithfully, end = signed[k]
        if signer is None or not asking.search(text, a, a + end):
            continue
        others = [j for j in range(len(letters)) if j != k and signed[j][0] != signer]
        tail = len(_WORDS.findall(text, a + end, b)) >= _TAIL_WORDS
        if not others and not tail:
            continue  # no other writer in the page: a request pasted alone, or a reply signed at its foot
        greeted = any(_addressed(text[letters[j][0]:text.find("\n", letters[j][0]) % (len(text) + 1)], signer) for j in others)
        if not (faithfully or greeted):
            continue
        mine.append((k, a + end))
    if not mine or (len(mine) == len(letters) and not any(len(_WORDS.findall(text, letters[k][0] + end, letters[k][1])) >= _TAIL_WORDS
                                                          for k, end in mine)):
        return []  # every letter reads as the requester's: no reply to set them apart from
    spans = [(letters[k][0], end) for k, end in mine]
    if mine[0][0] == 0:
        spans[0] = (0, spans[0][1])  # the page's title and status lines above the request
    return spans


def _heading_spans(text: str) -> list[tuple[int, int]]:
    reply, request = _rules()["reply_heading"], _rules()["request_heading"]
    if reply is None or request is None:
        return []
    heads = list(reply.finditer(text))
    if len(heads) != 1:
        return []
    head = heads[0]
    if not request.search(text, 0, head.start()):
        return []
    start = 0
    voice = _rules()["reply_voice"]
    for m in voice.finditer(text, 0, head.start()) if voice is not None else ():
        # rd29: the authority speaks above its response heading ("Thank you for your recent request ... We have
        # applied the exemption under section 39(2)"): its letter opens there; only what follows its last such line
        # can be the request restated
        end = text.find("\n", m.end())
        start = head.start() if end < 0 or end > head.start() else end
    if not request.search(text, start, head.start()) and not text[start:head.start()].strip():
        return []
    return [(start, head.start())] if start < head.start() else []


# a question further on, or (rd26) a bulleted item of the request further on ("- the amount collected from those
# notices;"): the page is answered question by question
_QUESTION_LINE = re.compile(r"\?[ \t]*$|^[ \t]*[-\u2022*\u2013\u25aa\u25cf][ \t]+[a-z][^\n]*(?:[;,]|\b(?:and|or))[ \t]*$", re.M)
_LOWER_START = re.compile(r"[ \t]*[a-z(]")
_OPENING_LINES = 12  # header lines looked through before the request must start


def _opening_request_span(text: str) -> list[tuple[int, int]]:
    """A page that opens with the request (a disclosure log's header lines, then the questions) and no heading
    between the two: the request runs over its asking lines, their list items and their wrapped tails, to the first
    line that is none of these (the reply's first sentence). Nothing when the page does not open by asking."""
    r = _rules()
    header, asking, item, status = r["header_line"], r["asking_line"], r["list_line"], r["log_status_line"]
    if header is None or asking is None or item is None:
        return []
    pos, seen, start, end = 0, 0, None, None
    logged, titled = False, False
    for line in text.split("\n"):
        lo, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        if start is None:
            seen += 1
            if seen > _OPENING_LINES:
                return []
            if asking.search(line):
                if titled and not logged:
                    return []  # rd88: a title among header lines of no log status: left to `_log_entry_span`
                start = lo
            elif status is not None and status.match(line):
                logged = True  # rd88: "FOI release", "This request was refused in full, ...": the log's own lines
                continue
            elif header.match(line):
                continue
            elif not titled and _TITLE_LINE.fullmatch(line.rstrip()) and len(line.split()) <= _TITLE_WORDS:
                titled = True  # rd88: the entry's title among its header lines ("School Suspensions ... 22-23")
                continue
            else:
                return []  # the page opens with something that is neither a header nor a question
            end = lo + len(line)
            continue
        if asking.search(line) or item.match(line) or _LOWER_START.match(line):
            end = lo + len(line)
            continue
        break
    else:
        return []  # the page is all request: no reply to set it apart from
    if start is None or end is None or _QUESTION_LINE.search(text, end):
        return []  # questions further on: a page answered question by question, which the reader reads itself
    return [(0, end)]


_TITLE_LINE = re.compile(r"[ \t]*[A-Z][^\n.!?:;]{2,80}")  # a log entry's title ("Animal Welfare Enforcement"): short, no stop
_TITLE_WORDS = 10
_QUESTION_MARK = re.compile(r"\?[ \t]*$", re.M)  # a line that asks


def _log_entry_span(text: str) -> list[tuple[int, int]]:
    """rd36: a disclosure-log entry with no "Response" heading: its header lines ("FOI request (FOI208346)",
    "Requested ...", "Responded ..."), maybe a title line, the request in the requester's own prose ("I write ... to
    request ...", "I must stress that I am not interested in ..."), then the reply from its first line in the
    authority's voice (knowledge/vocab/reply_regions.yaml `reply_opening`, `reply_voice`): everything above that
    line is the page's and the requester's. Nothing unless the page opens with header lines, the stretch above the
    reply asks, and such a line follows it."""
    r = _rules()
    header, asking, opening, voice = r["header_line"], r["asking"], r["reply_opening"], r["reply_voice"]
    if header is None or asking is None or opening is None:
        return []
    pos, headers, request_from = 0, 0, None
    for line in text.split("\n"):
        lo, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        if request_from is None:
            if header.match(line):
                headers += 1
                continue
            if headers and _TITLE_LINE.fullmatch(line.rstrip()) and len(stripped.split()) <= _TITLE_WORDS \
                    and not asking.search(line):
                continue  # the entry's title under (or between) its header lines
            if not headers:
                return []  # the page does not open as a log entry
            request_from = lo
        if stripped.endswith("?"):
            continue  # a question is the request's, never the reply's first line
        if opening.search(line) or (voice is not None and voice.search(line)):
            if lo > request_from and (asking.search(text, request_from, lo) or _QUESTION_MARK.search(text, request_from, lo)):
                return [(0, lo)]
            return []  # the authority speaks before anything is asked: no request restated here
    return []


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def request_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of a pasted page that are the requester's words (start, end), in order; [] when the page
    shows no such structure (a reply pasted alone)."""
    if not isinstance(text, str) or not text.strip():
        return []
    return _letter_spans(text) or _heading_spans(text) or _opening_request_span(text) or _log_entry_span(text)


def footer_spans(text: str) -> list[tuple[int, int]]:
    """The notes a page adds after a message (WhatDoTheyKnow's "[1] ..." link list, "References"): from such a line
    to the next letter or the end. Only after a message has begun (a word before it)."""
    footer = _rules()["footer"]
    if not isinstance(text, str) or footer is None:
        return []
    starts = [a for a, _ in _letters(text)]
    spans: list[tuple[int, int]] = []
    for m in footer.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        if not _WORDS.search(text, 0, m.start()):
            continue
        end = next((a for a in starts if a > m.start()), len(text))
        spans.append((m.start(), end))
    return spans


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """An earlier e-mail quoted under the reply ("-----Original Message-----", "From: ... Sent: ...", "On ... wrote:"):
    from there to the end, when a message stands above it."""
    quoted = _rules()["quoted_mail"]
    if not isinstance(text, str) or quoted is None:
        return []
    m = quoted.search(text)
    if m is None or len(_WORDS.findall(text, 0, m.start())) < _TAIL_WORDS:
        return []
    return [(m.start(), len(text))]


def reply_only(text: str) -> str:
    """TEXT with the requester's stretches, the link lists and the quoted e-mails blanked (spaces, line breaks kept): the same length, so a position in
    the result is the same place in TEXT."""
    spans = _merged(request_spans(text) + footer_spans(text) + quoted_spans(text))
    if not spans:
        return text
    out = []
    last = 0
    for a, b in spans:
        out.append(text[last:a])
        out.append(re.sub(r"[^\n]", " ", text[a:b]))
        last = b
    out.append(text[last:])
    return "".join(out)
