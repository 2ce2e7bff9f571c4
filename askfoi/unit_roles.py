"""What each unit of a message is, learnt from real texts: an ask (a part of the letter), a breakdown of the ask
before it, or no ask at all (story, greeting, a remark on how to handle the request, a lead-in, a question to other
readers).

The rules of askfoi.questions and askfoi.framing cut a message into units and decide which become parts; this
module weighs each unit again with a logistic regression over general features of the unit and its place in the
text (its words, its shape, where it stands, what the rules decided), trained by bench/train_unit_roles.py on units
of real request texts labelled by hand (tests/data/unit_roles/labels.jsonl names them; the texts stay outside the
repository). Where the model is confident and disagrees with the rules, the unit moves: a part that asks nothing
becomes a remark, a remark that asks becomes a part kept in the person's words, a breakdown joins the part before it.

The weights are knowledge (knowledge/unit_roles_model.json, written by `make unit-roles`); scoring is a sparse sum,
no numpy. Without the file nothing moves.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, field

LABELS = ("ask", "breakdown", "not")
MODEL_NAME = "unit_roles_model.json"

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+|\?")
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.):\]]+|[-\u2022*\u25cf\u25aa>]|Q\d+[.:)]?)[ \t]*$")
_FIRST_PERSON = frozenset({"i", "i'm", "i've", "i'd", "my", "me", "we", "our", "us", "myself"})
_SECOND_PERSON = frozenset({"you", "your", "yours"})
_ASKING_START = frozenset({
    "how", "what", "which", "who", "whom", "whose", "when", "where", "why", "whether", "is", "are", "was", "were",
    "do", "does", "did", "has", "have", "had", "can", "could", "will", "would", "should", "please", "provide",
    "list", "confirm", "state", "give", "send", "copy", "copies", "the", "a", "any", "all", "details", "number",
})


@dataclass
class Unit:
    """One unit of a message as the rules left it: its words, what the rules made of it ("part", "remark",
    "unframed", "pending"), the kind of frame of a part, and where it starts in the text (0 to 1)."""

    text: str
    now: str
    kind: str = ""
    at: float = 0.0
    listed: bool = False  # a list label stands just before it in the text
    family: str = "none"  # the family of that label: "num", "alpha", "roman", "bullet", "none"
    colon_before: bool = False  # the text just before it ends with ":"
    vague: bool = False  # asked back as too vague to frame (names almost nothing): never made a part here


@dataclass
class Model:
    labels: list[str]
    weights: dict[str, list[float]]
    bias: list[float]
    thresholds: dict[str, float] = field(default_factory=dict)  # "demote", "promote", "unframed", "merge"
    meta: dict = field(default_factory=dict)

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        scores = list(self.bias)
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is not None:
                for k, wk in enumerate(w):
                    scores[k] += wk * value
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp)}


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def locate(text: str, unit: str) -> int:
    """Where UNIT starts in TEXT (both with their spaces made single), best effort; len(text) when not found."""
    from rapidfuzz import fuzz

    low, u = text.lower(), _normal(unit).lower()
    if not u:
        return len(text)
    k = low.find(u[:40])
    if k >= 0:
        return k
    found = fuzz.partial_ratio_alignment(u[:120], low)
    return found.dest_start if found is not None and found.score >= 60 else len(text)


def make_unit(text: str, words: str, now: str, kind: str = "") -> Unit:
    """The unit WORDS of TEXT that the rules made NOW ("part", "remark", ...), placed in the text."""
    flat = _normal(text)
    start = locate(flat, words)
    before = flat[max(0, start - 12):start] if start < len(flat) else ""
    # a list label just before it: read on the text as typed (with its line breaks) where the unit's start is found
    exact = (text or "").find(_normal(words)[:30])
    label = _LABEL_BEFORE.search((text or "")[max(0, exact - 12):exact]) if exact > 0 else None
    return Unit(text=_normal(words), now=now, kind=kind or "", at=min(1.0, start / max(1, len(flat))),
                listed=label is not None, family=_family(label.group(0)) if label else "none",
                colon_before=before.rstrip().endswith(":"))


def _family(label: str) -> str:
    core = label.strip().strip("().:]").strip()
    if not core or core[0] in "-\u2022*\u25cf\u25aa>":
        return "bullet"
    if core.isdigit() or core.upper().startswith("Q"):
        return "num"
    if re.fullmatch(r"[ivxIVX]{1,4}", core) and core.lower() not in ("v", "x", "i"):
        return "roman"
    return "alpha"


def units_of(framing, text: str) -> list[Unit]:
    """The units FRAMING (askfoi.framing.Framing) holds of TEXT, in the order they stand in the text."""
    raw: list[tuple[str, str, str]] = [(p.source or p.text, "part", p.kind) for p in framing.parts]
    raw += [(r, "remark", "") for r in framing.remarks]
    raw += [(u, "unframed", "") for u in framing.unframed]
    raw += [(p.source or p.text, "pending", p.kind) for p in framing.pending]
    out = [make_unit(text, words, now, kind) for words, now, kind in raw]
    out.sort(key=lambda u: u.at)
    return out


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def features(units: list[Unit], i: int, *, formal: bool) -> dict[str, float]:
    """The named features of unit I of UNITS (a message read as FORMAL, or as typed in chat)."""
    u = units[i]
    words = _WORD.findall(u.text.lower())
    plain = [w for w in words if w != "?"]
    f: dict[str, float] = {}

    def on(name: str, value: float = 1.0) -> None:
        f[name] = f.get(name, 0.0) + value

    style = "formal" if formal else "chat"
    on(f"now={u.now}")
    on(f"now={u.now}|{style}")
    if u.kind:
        on(f"kind={u.kind}")
    on(style)
    for w in dict.fromkeys("#" if w.isdigit() else w for w in plain[:40]):
        on(f"w={w}")
    for a, b in dict.fromkeys(zip(plain[:20], plain[1:21])):
        on(f"b={a}_{b}")
    if plain:
        first = plain[0]
        on(f"w0={first}")
        on(f"w01={'_'.join(plain[:2])}")
        on(f"wl={plain[-1]}")
        on("starts_asking" if first in _ASKING_START else "starts_other")
        on(f"starts_asking|now={u.now}" if first in _ASKING_START else f"starts_other|now={u.now}")
    if "?" in u.text:
        on("qmark")
        on(f"qmark|now={u.now}")
    end = u.text.rstrip()[-1:] if u.text.strip() else ""
    on(f"end={end if end in '?.:!;,' else 'word'}")
    on(f"len={_bucket(len(plain), (2, 4, 8, 15, 30, 60))}")
    fp = sum(w in _FIRST_PERSON for w in plain)
    on(f"first_person={_bucket(fp, (0, 1, 3))}")
    if any(w in _SECOND_PERSON for w in plain):
        on("second_person")
    if re.search(r"\b(?:19|20)\d\d\b", u.text):
        on("year")
    if re.search(r"\d", u.text):
        on("digit")
    if u.text[:1].islower():
        on("lower_start")
    on(f"pos={min(4, int(u.at * 5))}")
    if i == 0:
        on("first_unit")
    if i == len(units) - 1:
        on("last_unit")
    if u.listed:
        on("listed")
        on(f"listed|now={u.now}")
    on(f"family={u.family}")
    if i > 0:
        on(f"family={u.family}|prev={units[i - 1].family}")
    if not formal and plain:
        on(f"chat|w0={plain[0]}")
        if "?" in u.text:
            on(f"chat|qmark|first_person={min(fp, 2)}")
    if "!" in u.text:
        on("exclaim")
    if u.colon_before:
        on("colon_before")
    if i > 0:
        prev = units[i - 1]
        on(f"prev_now={prev.now}")
        prev_words = _WORD.findall(prev.text.lower())
        if prev_words:
            on(f"prev_w0={prev_words[0]}")
        if "?" in prev.text:
            on("prev_qmark")
        if prev.text.rstrip().endswith(":"):
            on("prev_colon")
        seen = set(plain)
        best = 0.0
        for earlier in units[:i]:
            other = set(w for w in _WORD.findall(earlier.text.lower()) if w != "?")
            if seen and other:
                best = max(best, len(seen & other) / len(seen | other))
        on(f"overlap={_bucket(int(best * 10), (2, 5, 8))}")
    else:
        on("prev_now=none")
    on(f"next_now={units[i + 1].now if i + 1 < len(units) else 'none'}")
    on(f"units={_bucket(len(units), (1, 3, 6, 12))}")
    return f


@functools.cache
def model() -> Model | None:
    """The trained weights (knowledge/unit_roles_model.json), or None when the file is missing or unreadable."""
    from askfoi.paths import resource_dir

    try:
        data = json.loads((resource_dir("knowledge") / MODEL_NAME).read_text(encoding="utf-8"))
        return Model(labels=list(data["labels"]), weights={k: list(v) for k, v in data["weights"].items()},
                     bias=list(data["bias"]), thresholds=dict(data.get("thresholds") or {}),
                     meta=dict(data.get("meta") or {}))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def roles(units: list[Unit], *, formal: bool, weights: Model | None = None) -> list[dict[str, float]]:
    """Each unit's probability of being an ask, a breakdown and no ask (empty dicts without a model)."""
    m = weights or model()
    if m is None:
        return [{} for _ in units]
    return [m.probabilities(features(units, i, formal=formal)) for i in range(len(units))]


@dataclass
class Move:
    """What the gate does to a unit: "demote" (a part that asks nothing becomes a remark), "promote" (a remark
    that asks becomes a part in the person's words), "unframed" (a question the rules could not frame and would ask
    back becomes a part in the person's words) or "merge" (a breakdown joins the part before it)."""

    action: str
    unit: Unit
    p: float


def decide(units: list[Unit], probs: list[dict[str, float]], thresholds: dict[str, float]) -> list[Move]:
    """The moves THRESHOLDS allow: a unit moves only where the model is at least that sure."""
    moves: list[Move] = []
    demote, promote, merge, unframed = (thresholds.get(k, 1.01) for k in ("demote", "promote", "merge", "unframed"))
    parts_before = 0
    for u, p in zip(units, probs):
        if not p:
            continue
        if u.now == "part":
            if p["not"] >= demote:
                moves.append(Move("demote", u, p["not"]))
                continue
            if p["breakdown"] >= merge and parts_before > 0:
                moves.append(Move("merge", u, p["breakdown"]))
                continue
            parts_before += 1
        elif u.now == "remark" and p["ask"] >= promote:
            moves.append(Move("promote", u, p["ask"]))
            parts_before += 1
        elif u.now == "unframed" and not u.vague and p["ask"] >= unframed:
            moves.append(Move("unframed", u, p["ask"]))  # asked back as too vague to frame: a part kept whole
            parts_before += 1
    return moves
