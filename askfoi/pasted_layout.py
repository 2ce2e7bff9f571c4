"""A formal request pasted from a web page or a PDF often loses its line breaks: a heading runs into the sentence under
it ("1 – Agency SpendPlease provide ..."), lettered items run on ("... staff groups.b. Please confirm ..."), a sentence
starts with no space after the last one ("... Gravel Hill.Please let me know ..."), and "o" bullets sit inside one line
("1. Cost o What was ...? o Please provide ..."). Every reader after this one (headings, list items, sentence
splitting) works on lines and sentences, so the breaks are put back first, before the message is read (fr28a).

Only layouts that cannot be ordinary prose are touched: a capital straight after a full stop with no space, a letter
marker after a full stop ("groups.b. "), a run of title-case words glued onto an asking word after a number, and at
least two lone "o" markers before capitals."""
from __future__ import annotations

import re

# "Hill.Please", "wisely.Please": a sentence run onto the last; not "e.g.The", "www.Gov.uk", "U.K.The"
# fr36: also after a closing bracket ("... hotels, B&Bs).The average ...") and before a short word that opens a sentence
# ("... accommodation.If any part ...")
_GLUED_SENTENCE = re.compile(r"(?:(?<=[a-z0-9]{2})|(?<=\w\)))([.?!])(?=[A-Z][a-z]{2,}\b|I\s|(?:If|In|As|At|On|Of|Or|It|We|My|An|To|No)\s)")
_NOT_PROSE = re.compile(r"(?i)www|https?:|@|\.(?:co|gov|org|ac|nhs|uk|com|net)\b")
# "... groups.b. Please", "(PSL).c. Please": a lettered item run on after the last one's full stop
_RUN_ON_LETTER = re.compile(r"(?<=[.?!)])\s?([b-h])\.\s+(?=[A-Z])")
# the first item's "a." before it: glued to the heading ("Structurea. Please") or after a space
_FIRST_LETTER = re.compile(r"(?:(?<=[a-z])|(?<=\s)|(?<=:))a\.\s+(?=[A-Z])")
# "1 – Agency SpendPlease provide", "4 – Breakdown of Agency Spend and Hours WorkedFor each ...": a numbered title-case
# heading glued onto the sentence under it
_ASKING = (r"Please|For|How|What|Which|Who|When|Where|Why|Can|Could|Would|Do|Does|Did|Has|Have|Is|Are|Was|Were|"
           r"Detail|Provide|List|Confirm|State|Give|If|I")
_GLUED_HEAD = re.compile(
    r"^(\s*\(?\d{1,2}\s*[.):\-\u2013\u2014]\s*"
    r"(?:[A-Z][\w&/'\u2019-]*\s+(?:(?:and|of|the|for|in|on|to|&)\s+)*){0,8}[A-Z][\w&/'\u2019-]*?[a-z])"
    r"(" + _ASKING + r")\b(?=\s)")
# "Agency spend Please provide ...", "Potholes Please tell me ...": a short heading run into the sentence under it with
# a space; a capital "Please" (or "Could you") in mid-line cannot be prose. The heading is a few words that ask
# nothing themselves (not "Could you Please", not "I would Please").
_SPACED_HEAD = re.compile(
    r"^(\s*(?:\(?\d{1,2}\s*[.):\-\u2013\u2014]\s*)?[A-Z][\w&/'\u2019-]*(?:[ \t]+[\w&/'\u2019()-]+){0,5}?)"
    r"[ \t]+(?=(?:Please|Could you|Can you|Would you)\b)")
_HEAD_ASKS = re.compile(r"(?i)\b(?:you|i|we|me|please|and|or|also|to|kindly|would|could|can|will)$|^\W*(?:" + _ASKING + r")\b")
# " o What was ...": an "o" bullet inside a line
_O_BULLET = re.compile(r"(?<=\S)\s+[oO]\s+(?=(?:" + _ASKING + r")\b)")
# "... elements? 2. Exemptions ...": a numbered item inside a line whose bullets were put back
_INLINE_NUMBER = re.compile(r"(?<=[.?!:])\s+(\d{1,2})\.\s+(?=[A-Z])")


def lone_bullets_joined(text: str) -> str:
    """fx43: TEXT with a bullet typed on a line of its own ("-" over "In each of the last five years ...") put at the start
    of the line after it, so each item stays an item of its own, never run into the one before."""
    return re.sub(r"(?m)^[ \t]*([-\u2013\u2022*])[ \t]*\n+[ \t]*(?=[^\s\-\u2013\u2022*])", r"\1 ", text or "")


def restore_breaks(text: str) -> str:
    """TEXT with the line breaks and spaces a paste lost put back (see the module's note); anything else as typed."""
    if not text:
        return text
    text = lone_bullets_joined(text)
    lines = [_restore_line(line) for line in text.split("\n")]
    return "\n".join(lines)


def _restore_line(line: str) -> str:
    line = _flat_bullets_apart(line)
    if "\n" in line:
        return "\n".join(_restore_line(x) for x in line.split("\n"))
    if "\n" not in line and _SPACED_FIRST.match(line):
        parts = _spaced_items_apart(line)
        if len(parts) > 1:
            return "\n".join(_restore_line(x) for x in parts)
    line = _other_labels_apart(line)
    line = "\n".join(_inline_letters_apart(x) for x in line.split("\n"))
    line = _glued_items_apart(line)
    line = _space_sentences(line)
    line = _letters_apart(line)
    line = _bullets_apart(line)
    return "\n".join(_head_apart(part) for part in line.split("\n"))


# fr35: "1. How many trees ...? 2. How many in following a. Highways ... e. Other 3. For each fiscal year ...": a numbered
# list typed in one line with spaces, the line starting with "1.": each item on a line of its own. Only a run 2, 3 ...
# in order after the "1." (at least two more), each label after a space and before a capital.
_SPACED_FIRST = re.compile(r"^\s*(?:[^:\n]{0,200}:\s+)?1\.\s+(?=[A-Z])")
_SPACED_NUMBER = re.compile(r"(?<=\S)\s+(\d{1,2})\.\s+(?=[A-Z])")


def _spaced_items_apart(line: str) -> list[str]:
    run, want = [], 2
    for m in _SPACED_NUMBER.finditer(line):
        if int(m.group(1)) == want:
            run.append(m)
            want += 1
    if len(run) < 2:
        return [line]
    first = re.search(r"(?:^|:\s+)(1\.\s+)(?=[A-Z])", line)
    out, at = [], 0
    if first and first.start(1) > 0:
        out.append(line[:first.start(1)].strip())  # "Under the Act: 1. How many ...": the lead-in on a line of its own
        at = first.start(1)
    for m in run:
        out.append(line[at:m.start()].strip())
        at = m.start()
    out.append(line[at:].strip())
    return [x for x in out if x]


# fr31: "...differ).1.Expenditure on ...", "...2018?2. Please ...", "...(abcdefghi)3. Please": a numbered item glued onto the
# text before it, with no line break and often no space; "provide:oThe average ...": an "o" bullet glued the same way
_GLUED_NUMBER = re.compile(r"(?<=[A-Za-z.?!:;)])(\d{1,2})\.\s?(?=[A-Z][a-z])")
_GLUED_O_BULLET = re.compile(r"(?<=[.:;?!)])\s?o(?=[A-Z][a-z])")


def _glued_items_apart(line: str) -> str:
    """LINE with numbered items glued onto the text before them each on a line of their own: only a run 1, 2, 3 ...
    (at least two) in order counts, so "version 2.The" or a lone "3.Please" are left as typed; "o" bullets glued after
    a stop or a colon (two at least) become lines too."""
    hits = [m for m in _GLUED_NUMBER.finditer(line) if m.start() > 0]
    run, want = [], 1
    for m in hits:
        if int(m.group(1)) == want:
            run.append(m)
            want += 1
    if len(run) >= 2:
        out, at = [], 0
        for m in run:
            out.append(line[at:m.start()].rstrip())
            at = m.start()
        out.append(line[at:])
        line = "\n".join(x for x in out if x.strip())
        line = re.sub(r"(?m)^(\d{1,2})\.(?=[A-Z])", r"\1. ", line)
    if len(_GLUED_O_BULLET.findall(line)) >= 2:
        line = _GLUED_O_BULLET.sub("\no ", line)
    return line


def _space_sentences(line: str) -> str:
    def space(m: re.Match[str]) -> str:
        start = line.rfind(" ", 0, m.start()) + 1
        end = line.find(" ", m.end())
        token = line[start:end if end >= 0 else len(line)]
        return m.group(1) if _NOT_PROSE.search(token) else m.group(1) + " "

    return _GLUED_SENTENCE.sub(space, line)


def _letters_apart(line: str) -> str:
    """LINE with run-on lettered items ("a. ... .b. ... .c. ...") each on a line of its own. Only when "b." runs on
    after a full stop and an "a." comes before it; one lone letter is left as typed."""
    first_b = next((m for m in _RUN_ON_LETTER.finditer(line) if m.group(1) == "b"), None)
    if first_b is None:
        return line
    starts = [m for m in _FIRST_LETTER.finditer(line, 0, first_b.start())]
    if not starts:
        return line
    cuts = [starts[-1].start()] + [m.start(1) for m in _RUN_ON_LETTER.finditer(line, first_b.start())]
    out, at = [], 0
    for cut in cuts:
        out.append(line[at:cut].rstrip())
        at = cut
    out.append(line[at:])
    return "\n".join(x for x in out if x.strip())


# fx56 (nc53): "could you ask X the following: - how many ... - how much ... - which ...": a list pasted or typed onto one
# line. The first marker straight after a colon (or at the start of the line) and the same marker again between spaces
# before a word (once more after a colon, twice more at the start of a line): each item on a line of its own. A dash
# inside a sentence ("how many - if any - fines") is never after a colon, so it stays.
_FLAT_FIRST = re.compile(r"(?:^\s*|:[ \t]*)([-\u2013\u2022*])[ \t]+(?=[\w\"'(])")


def _flat_bullets_apart(line: str) -> str:
    first = _FLAT_FIRST.search(line)
    if first is None:
        return line
    mark = first.group(1)
    later = re.compile(r"[ \t]+" + re.escape(mark) + r"[ \t]+(?=[\w\"'(])")
    hits = list(later.finditer(line, first.end()))
    if len(hits) < (1 if line[first.start()] == ":" else 2):
        return line
    head = line[:first.start()] + (":" if line[first.start()] == ":" else "")
    items = [line[first.end():hits[0].start()], *(line[a.end():b.start()] for a, b in zip(hits, hits[1:])),
             line[hits[-1].end():]]
    return "\n".join(([head.rstrip()] if head.strip() else []) + [f"- {item.strip()}" for item in items])


def _bullets_apart(line: str) -> str:
    hits = _O_BULLET.findall(line)
    if len(hits) < 2 or not any(h.strip() == "o" for h in hits):
        return line
    line = _O_BULLET.sub("\n- ", line)
    numbers = [int(m.group(1)) for m in _INLINE_NUMBER.finditer(line)]
    if len(numbers) >= 1 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        line = _INLINE_NUMBER.sub(lambda m: "\n" + m.group(1) + ". ", line)
    return line


def _head_apart(line: str) -> str:
    m = _GLUED_HEAD.match(line)
    if m is None:
        spaced = _SPACED_HEAD.match(line)
        if spaced is None or _HEAD_ASKS.search(spaced.group(1).strip()) or re.search(r"[.?!,;:]", spaced.group(1)[3:]):
            return line
        return spaced.group(1).rstrip() + "\n" + line[spaced.end():]
    head = m.group(1)
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", re.sub(r"^\s*\(?\d{1,2}\s*[.):\-\u2013\u2014]\s*", "", head))
    if len(words) < 2:
        return line
    return head + "\n" + line[m.start(2):]


# "Can you please tell me, in the last three years, how many times ...": the words of asking with an aside between
# them and the question; the aside is the question's own (a period, a place), the asking words ask nothing
_OPENER_ASIDE = re.compile(
    r"(?im)(?:^|(?<=[.?!]\s))\W*(?:(?:can|could|would|will)\s+(?:you|someone|somebody|the\s+\w+)\s+(?:please\s+)?"
    r"|please\s+(?:can|could|would)\s+you\s+|please\s+)(?:tell|let|inform|advise)\s+(?:me|us)(?:\s+know)?\s*,\s*"
    r"(?P<aside>(?:in|for|during|over|since|between|from|within|across|at)\b[^,?.!\n]{2,60}),\s*"
    r"(?P<ask>(?:how|what|which|who|when|where|whether)\b)")


def aside_after_opener(text: str) -> str:
    """TEXT with "can you please tell me, <aside>, how many ..." read as "<Aside>, how many ...": the asking words go,
    the aside (a period, a place) stays in front of the question it belongs to (fr28a). Before, the words up to the
    second comma became a part of their own ("Me, in the last three years.")."""
    def keep(m: re.Match[str]) -> str:
        aside = m.group("aside").strip()
        return aside[:1].upper() + aside[1:] + ", " + m.group("ask")

    return _OPENER_ASIDE.sub(keep, text or "")


# fr32: numbered items run together in one line with labels of other shapes than "1.": "...June 2021?2/ The average
# ...", "1 a./ The monthly ... 1 b./ The monthly ...", "... authority. (2) Number of ...", "... in pounds.2) What was
# ...", "... paved space6) Have ...". Only a run 1, 2, 3 ... of one shape, in order (a number may repeat with its
# next letter: 1 a, 1 b, 2), at least two labels in the line, each before a capital, counts.
_OTHER_LABEL = {
    "slash": re.compile(r"(?<![\d/])(\d{1,2})(?:\s?([a-z])\.?)?\s?/\s?(?=[A-Z][a-z]|I\s)"),
    "paren": re.compile(r"\((\d{1,2})([a-z])?\)\s?(?=[A-Z][a-z]|I\s)"),
    "close": re.compile(r"(?<![\d(/])(\d{1,2})([a-z])?\)\s?(?=[A-Z][a-z]|I\s)"),
}


def _label_run(hits: list[re.Match[str]]) -> list[re.Match[str]]:
    run: list[re.Match[str]] = []
    want, letter = 1, ""
    for m in hits:
        n, sub = int(m.group(1)), (m.group(2) or "")
        if n == want:
            run.append(m)
            want, letter = n + 1, sub
        elif run and n == want - 1 and sub and letter and ord(sub) == ord(letter) + 1:
            run.append(m)  # "1 b./" after "1 a./"
            letter = sub
    return run


def _other_labels_apart(line: str) -> str:
    """LINE with a run of numbered items of another shape than "1." (see the note above) each on a line of its own,
    a slash label written as "2." ("1 a./" as "1a.") so the outline reads it; anything else as typed."""
    best: tuple[str, list[re.Match[str]]] | None = None
    for shape, rx in _OTHER_LABEL.items():
        run = _label_run(list(rx.finditer(line)))
        if len(run) >= 2 and (best is None or len(run) > len(best[1])):
            best = (shape, run)
    if best is None:
        return line
    shape, run = best
    if not any(m.start() > 0 and line[:m.start()].strip() for m in run) and shape != "slash":
        return line  # every label already starts the line: nothing glued
    out, at = [], 0
    for m in run:
        out.append(line[at:m.start()].rstrip())
        label = m.group(0).strip()
        if shape == "slash":
            label = m.group(1) + (m.group(2) or "") + "."
        out.append("\n" + label + " ")
        at = m.end()
    out.append(line[at:])
    text = "".join(out)
    return "\n".join(x.strip() for x in text.split("\n") if x.strip())


# fr32: "... broken down (where recorded) by: a. Investigations initiated b. Formal warnings issued c. Fixed-penalty
# notices issued": lettered items after a colon, run on with no stop between them. Three at least, a, b, c ... in
# order, each before a capital.
_INLINE_LETTER = re.compile(r"(?:(?<=\s)|(?<=:))([a-h])\.\s+(?=[A-Z])")


def _inline_letters_apart(line: str) -> str:
    colon = line.find(":")
    if colon < 0:  # fr35: "...each year); a. How much ... b. ...", "How many in following a. Highways b. Parks ...": the
        # list opened by a semicolon or by "following" as by a colon
        opener = re.search(r";|\bfollowing\b", line)
        colon = opener.end() - 1 if opener else -1
    if colon < 0:
        return line
    opened = colon + 1
    hits = [m for m in _INLINE_LETTER.finditer(line, colon)]
    run, want = [], "a"
    for m in hits:
        if m.group(1) == want:
            run.append(m)
            want = chr(ord(want) + 1)
    if len(run) < 3 or line[opened:run[0].start()].strip(" :;") != "":
        return line  # the letters must start straight after the colon
    out, at = [], 0
    for m in run:
        out.append(line[at:m.start()].rstrip())
        at = m.start()
    out.append(line[at:])
    return "\n".join(x for x in out if x.strip())
