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


def sections(text: str) -> tuple[str, list[str]]:
    """TEXT with its section headings blanked (the line kept, empty, so line counts hold) and the story under a
    background heading taken out to the list returned (its lines, as typed)."""
    lines = (text or "").split("\n")
    out, story, in_story = [], [], False
    for line in lines:
        kind = _head(line)
        if kind is not None:
            in_story = kind == "story"
            out.append("")
            continue
        if in_story and (_LIST_ITEM.match(line) or re.search(r"(?i)\b(?:please|i\s+would\s+like|could\s+you|can\s+you)\b",
                                                               line) or line.rstrip().endswith((":", "?"))):
            in_story = False  # a list or an ask ends the background
        if in_story and line.strip():
            story.append(line.strip())
            out.append("")
            continue
        out.append(line)
    return "\n".join(out), story
