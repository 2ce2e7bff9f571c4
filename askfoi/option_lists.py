"""fx102 (issue 8): the options of a "whether" question listed on lines of their own, joined into the question.

People ask which of several things holds and list the choices under the question, each on a dashed line: "Please
confirm whether the relevant pathway within your organisation is currently:" over "- operational and accepting
referrals", "- operational but limited (e.g. pilot sites)", "- approved but not yet implemented" (fx101 NHS Greater
Manchester ICB 2026/1680). Read as items, each option was a part of its own that asks nothing, or the options were
dropped and the question ended "... is currently." Here such a run of option lines is written into the question it
completes ("... is currently: operational and accepting referrals; operational but limited (e.g. pilot sites); or
approved but not yet implemented."), so the question is read once, with its choices, in the person's words.

A question of choosing is a line that ends with ":" and asks "whether" (or "which of these"), never one that points at
records to follow ("the following information", "below"); an option is a short line that asks nothing itself (no "?",
no word of asking first, no colon at its end)."""

from __future__ import annotations

import re

from askfoi.outline import LABEL

_CHOOSING = re.compile(r"(?i)\b(?:whether|which\s+of\s+(?:these|those|the\s+options))\b")
_POINTS_AT_RECORDS = re.compile(r"(?i)\b(?:the\s+following|below|as\s+follows|these\s+(?:questions|details|records|documents))\b")
_ASKING_FIRST = re.compile(r"(?i)^\W*(?:please|kindly|can|could|would|will|what|how|which|who|whom|whose|when|where|why|"
                           r"is|are|was|were|do|does|did|has|have|had|if|whether|provide|confirm|state|tell|list|give|"
                           r"send|supply|i|we|my|our|in\s+addition|also|and)\b")
_MAX_OPTION_WORDS = 16


def _unlabelled(line: str) -> tuple[str, bool]:
    """(LINE without its list label, whether it had one)."""
    text = line.strip()
    m = LABEL.match(text)
    if m and m.end() < len(text):
        return text[m.end():].strip(), True
    return text, False


def _choosing_lead(line: str) -> bool:
    text, _ = _unlabelled(line)
    return text.endswith(":") and bool(_CHOOSING.search(text)) and not _POINTS_AT_RECORDS.search(text) \
        and "?" not in text


def _option(line: str) -> str | None:
    """The option LINE holds (its words, without label or end stop), or None when it is no option line."""
    text, labelled = _unlabelled(line)
    if not labelled or not text or "?" in text or text.endswith(":") or _ASKING_FIRST.match(text):
        return None
    words = re.findall(r"[A-Za-z0-9][\w'/-]*", re.sub(r"\([^)]*\)", " ", text))  # an aside "(e.g. ...)" is no length
    if not words or len(words) > _MAX_OPTION_WORDS:
        return None
    # "Other (please specify)": the aside tells the reply how to answer, asks nothing of the body (it stays "Other")
    text = re.sub(r"(?i)\s*\(\s*please\s+(?:specify|state|give\s+details|describe|explain)\s*\)", "", text)
    return text.rstrip(" .;,") or None


def joined_option_lists(text: str) -> str:
    """TEXT with each run of two or more option lines under a question of choosing written into that question (the
    module's doc); unchanged when there is none."""
    if not text or "\n" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not _choosing_lead(line):
            out.append(line)
            i += 1
            continue
        options: list[str] = []
        j = i + 1
        while j < len(lines):
            if not lines[j].strip():
                j += 1
                continue
            found = _option(lines[j])
            if found is None:
                break
            options.append(found)
            j += 1
        if len(options) < 2:
            out.append(line)
            i += 1
            continue
        said = "; ".join(options[:-1]) + "; or " + options[-1]
        out.append(f"{line.rstrip()} {said}.")
        i = j
    return "\n".join(out)
