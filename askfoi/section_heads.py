"""Section headings of a formal request read by the sections they head (issue 8, fr26b).

Formal requests are often laid out in sections: "Background" (or "Context") over a paragraph of the writer's story,
then "Request" (or "Questions") over the numbered items. A heading alone on its line is no question, and the prose
under a background heading is story however it is worded ("The council announced in March that it would close three
libraries." reads, alone, like a request for something). The heading words are data
(knowledge/vocab/discourse_marks.yaml `story_heads`, `ask_heads`); a heading is a whole line and nothing else.
"""

from __future__ import annotations

import functools
import re

from askfoi.knowledge import load_vocab

_LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|[-*\u2022\u00b7\u2013])\s+", re.I)


@functools.lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    data, _ = load_vocab("discourse_marks")
    data = data if isinstance(data, dict) else {}

    def words(key: str) -> frozenset[str]:
        return frozenset(" ".join(str(w).lower().split()) for w in data.get(key) or [])

    return words("story_heads"), words("ask_heads")


def _head(line: str) -> str | None:
    """'story', 'ask' or None: LINE is a section heading of that kind."""
    key = " ".join(re.sub(r"[^\w' ]+", " ", re.sub(r"^\W*(?:\d{1,2}[.)]\s*)?", "", line or "")).lower().split())
    if not key or len(key.split()) > 6 or re.search(r"[.?!;,]\s*$", (line or "").strip()):
        return None
    story, ask = _heads()
    return "story" if key in story else "ask" if key in ask else None


_LABEL = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-*\u2022\u00b7\u2013])\s*", re.I)
_SMALL = frozenset("a an the of and or in on for to by at with from per vs".split())
_ASKING = re.compile(r"(?i)^\W*(?:how|what|which|who|whom|whose|when|where|why|whether|is|are|was|were|do|does|did|has|have|"
                     r"had|can|could|would|will|should|please|provide|list|give|state|tell|send|copy|copies|all|any|i|we|"
                     r"my|our|the|a|an|for|in|if|total|number|dear|yours|kind|regards)\b")


_QUESTION_START = re.compile(r"(?i)^\W*(?:how|what|which|who|when|where|why|whether|is|are|was|were|do|does|did|has|have|"
                             r"can|could|for\s+each|of\s+these|in\s+each|please|kindly|provide|detail|list|confirm|"
                             r"i\s+would)\b")  # fr28a: "1 – Agency Spend" over "Please provide the total agency spend ..."


def topic_head(line: str, after: str) -> bool:
    """Whether LINE is a topic heading of a formal request ("1. FOI Delays and Outstanding Requests", "Public Car
    Park Information", "Financial Cost of Remediation") over AFTER, the next line with words: a few words in title
    case, with no end mark, no figure and no asking word in front, over a question or a list item. Such a line names
    the section's topic; it asks nothing itself (fr27a)."""
    body = _LABEL.sub("", line or "").strip()
    words = re.findall(r"[A-Za-z][A-Za-z'\u2019&/-]*", body)
    if not (2 <= len(words) <= 8) or re.search(r"[.?!:;,]$|\d", body) or _ASKING.match(body) \
            or re.search(r"[^A-Za-z'\u2019&/\- ()]", body):
            return False
    content = [w for w in words if w.lower() not in _SMALL]
    if not content or any(not (w[0].isupper() or w.isupper()) for w in content):
        return False
    nxt = (after or "").strip()
    return bool(nxt) and (nxt.endswith("?") or bool(_LIST_ITEM.match(nxt)) or bool(_QUESTION_START.match(nxt)))


def _same_list(lines: list[str], k: int) -> bool:
    """Whether line K, with no label of its own, heads list items (the next line with words is one)."""
    after = next((x for x in lines[k + 1:] if x.strip()), "")
    return not _LIST_ITEM.match(lines[k]) and bool(_LIST_ITEM.match(after))


def _digit_over_other(line: str, after: str) -> bool:
    """LINE numbered "1." over AFTER lettered or bulleted ("a)", "-"): a numbered section over its own items."""
    return bool(re.match(r"\s*\(?\d{1,2}[.)]", line)) and not re.match(r"\s*\(?\d{1,2}[.)]", after)


def sections(text: str) -> tuple[str, list[str]]:
    """TEXT with its section headings blanked (the line kept, empty, so line counts hold) and the story under a
    background heading taken out to the list returned (its lines, as typed)."""
    lines = (text or "").split("\n")
    out, story, in_story = [], [], False
    pending = ""  # fr27a: the number of a numbered topic heading, for the question under it
    for k, line in enumerate(lines):
        kind = _head(line)
        after = next((x for x in lines[k + 1:] if x.strip()), "")
        apart = k == 0 or not lines[k - 1].strip() or re.match(r"\s*\d{1,2}[.)]", line)  # set apart, or numbered
        if kind is None and apart and topic_head(line, after) and (
                _LIST_ITEM.match(after) is None or _digit_over_other(line, after) or _same_list(lines, k)):
            # fr27a: "1. Incidence of Mould and Damp Reports" over its question, "1. FOI Delays" over "a) ...", "Public
            # Car Park Information" over the items of its section: the section's topic, no part
            kind = "ask"
            label = re.match(r"\s*\d{1,2}[.)]", line)
            if label and not _LIST_ITEM.match(after):
                pending = label.group().strip() + " "  # its number goes on to the question it heads
        if kind is not None:
            in_story = kind == "story"
            out.append("")
            continue
        if pending and line.strip():
            line, pending = pending + line.strip(), ""
        if in_story and (_LIST_ITEM.match(line) or re.search(r"(?i)\b(?:please|i\s+would\s+like|could\s+you|can\s+you)\b",
                                                               line) or line.rstrip().endswith((":", "?"))):
            in_story = False  # a list or an ask ends the background
        if in_story and line.strip():
            story.append(line.strip())
            out.append("")
            continue
        out.append(line)
    return "\n".join(out), story
