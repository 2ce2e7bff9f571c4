"""The learnt outcome forecast: a multinomial logistic regression (and a binary one for NCND) over
general features that any new request part has.

The features (named, sparse; built by `Matcher.features` / `Matcher._features` from one part of a
request): the kind of authority and its law (FOIA / FOISA / EIR), the question's shapes
(knowledge/vocab/question_shapes.yaml) alone and paired with the kind of authority (fc43), covert or overt framing, the NCND topics it touches
(knowledge/ncnd_topics.yaml) with their counted NCND share, the words of the question, and the evidence of the similar records found by the matcher (the outcome mix, NCND
share, source types and topic tags of the nearest ones, and the base-rate / similar / own-record / peer
distributions the old expert mix used). A record's source type (how it was published) is a feature only
in the evaluation's "source given" model: a new request does not have one.

The weights are knowledge: knowledge/forecast_model.json, written by `make model` (bench/train_model.py)
from the pack, deterministically, with the ids of the records that trained it. Only numpy is needed.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is needed to fit a model (bench/train_model.py), never to forecast
    import numpy as np

MODEL_NAME = "forecast_model.json"
CLIP = 3.0  # log-ratio features are clipped to +-CLIP and divided by it


@dataclass
class ForecastModel:
    """Weights over named features; a feature the model does not know is ignored. Forecasting needs no
    numpy (a sparse sum over the part's features), so loading askfoi stays quick."""

    classes: list[str]
    weights: dict[str, list[float]]  # feature -> one weight per class
    bias: list[float]
    ncnd_weights: dict[str, float]
    ncnd_bias: float
    ncnd_threshold: float  # NCND is forecast from this probability (chosen on the tuning split)
    meta: dict = field(default_factory=dict)  # settings, cross-validated figures, the training records
    ncnd_thresholds: dict[str, float] = field(default_factory=dict)  # a kind of body's own threshold, where chosen

    def threshold_for(self, kind: str | None, on_topic: bool | None = None) -> float:
        """The NCND threshold for a kind of body ("police"): its own where the tuning split had enough NCND
        answers of that kind to choose one, else the threshold chosen on the other kinds together. ON_TOPIC (fc9):
        whether the part touches an NCND topic; where `make model` chose bars apart for parts on a topic and on none
        (meta.ncnd_topic_thresholds: {kind, or "*" for the kinds sharing a threshold: [on a topic, on none]}), the
        matching one; else (None, or a model file without them) the kind's one threshold."""
        single = self.ncnd_thresholds.get(kind or "", self.ncnd_threshold)
        if on_topic is None:
            return single
        pairs = self.meta.get("ncnd_topic_thresholds") or {}
        pair = pairs.get(kind or "") if (kind or "") in self.ncnd_thresholds else pairs.get("*")
        try:
            return max(0.0, min(1.0, float(pair[0 if on_topic else 1])))
        except (TypeError, ValueError, IndexError, KeyError):
            return single

    def ncnd_bars(self, kind: str | None, on_topic: bool | None = None) -> tuple[float, float | None]:
        """(the bar the learnt NCND forecast must reach, the bar of the topic rule or None) for a kind of body (fc10).
        The topic rule: a part is warned when an NCND topic it touches has enough counted past answers of that kind
        (all bodies when too few; askfoi/ncnd_topics.py) and their NCND share reaches the second bar, whatever the
        learnt forecast says. Where `make model` chose the pair (meta.ncnd_topic_share: {kind, or "*" for the kinds
        sharing a threshold: [model bar, share bar or null]}), that pair; else (a model file without it) the kind's
        threshold (`threshold_for`) and no topic rule."""
        pairs = self.meta.get("ncnd_topic_share") or {}
        pair = pairs.get(kind or "") if (kind or "") in self.ncnd_thresholds else pairs.get("*")
        try:
            share = None if pair[1] is None else max(0.0, min(1.0, float(pair[1])))
            return max(0.0, min(1.0, float(pair[0]))), share
        except (TypeError, ValueError, IndexError, KeyError):
            return self.threshold_for(kind, on_topic), None

    def ncnd_bar_scale(self, kind: str | None) -> float:
        """(fc27) The factor on a kind of body's NCND bar chosen AFTER the rules that follow the learnt forecast (the
        subject, routine-count and overt-topic checks of askfoi/matching.py), on the tuning split's out-of-fold forecasts
        through `Matcher.match` (bench/ncnd_why.py --choose; meta.ncnd_bar_scale: {kind, or "*" for the kinds sharing a
        threshold: factor}): the bars `make model` chooses on the learnt forecast alone left those rules to cut the false
        alarms far below the limit the bars were chosen for. 1 for a model file without it; never above 1."""
        scales = self.meta.get("ncnd_bar_scale") or {}
        value = scales.get(kind or "") if (kind or "") in self.ncnd_thresholds else scales.get("*")
        try:
            return 1.0 if value is None else max(0.1, min(1.0, float(value)))
        except (TypeError, ValueError):
            return 1.0

    @property
    def long_text_ncnd(self) -> float | None:
        """How far each part's NCND bar rises with the number of parts of a text (the kind's threshold x (1 + this
        x ln n)), chosen by `make model` on past answers given part by part (meta.long_text_ncnd); None for a model
        file without it (askfoi/matching.py's LONG_TEXT_NCND then applies)."""
        try:
            value = self.meta.get("long_text_ncnd")
            return None if value is None else max(0.0, min(10.0, float(value)))
        except (TypeError, ValueError):
            return None

    @property
    def prior_weight(self) -> float:
        """How much of the calibrated prior (the body's own answers shrunk to its kind's) is mixed into the
        learnt forecast (chosen by `make model`; 0 for a model file without it)."""
        try:
            return max(0.0, min(1.0, float(self.meta.get("prior_weight") or 0.0)))
        except (TypeError, ValueError):
            return 0.0

    @property
    def features(self) -> list[str]:
        return list(self.weights)

    def outcome_probs(self, feats: dict[str, float]) -> dict[str, float]:
        z = list(self.bias)
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is not None and value:
                for k, wk in enumerate(w):
                    z[k] += wk * value
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {c: v / total for c, v in zip(self.classes, e)}

    def ncnd_probability(self, feats: dict[str, float]) -> float:
        z = self.ncnd_bias + sum(self.ncnd_weights.get(n, 0.0) * v for n, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        names = sorted(set(self.weights) | set(self.ncnd_weights))
        zero = [0.0] * len(self.classes)
        return {
            "classes": self.classes,
            "ncnd_threshold": round(self.ncnd_threshold, 4),
            "ncnd_thresholds": {k: round(v, 4) for k, v in sorted(self.ncnd_thresholds.items())},
            "bias": [_r(v) for v in self.bias],
            "ncnd_bias": _r(self.ncnd_bias),
            "weights": {n: [_r(v) for v in self.weights.get(n, zero)] for n in names},
            "ncnd_weights": {n: _r(self.ncnd_weights.get(n, 0.0)) for n in names},
            "meta": self.meta,
        }

    @classmethod
    def from_json(cls, data: dict) -> "ForecastModel":
        classes = [str(c) for c in data["classes"]]
        weights = {str(n): [float(v) for v in w] for n, w in data["weights"].items()}
        if any(len(w) != len(classes) for w in weights.values()) or len(data["bias"]) != len(classes):
            raise ValueError("a weight row does not have one weight per outcome")
        return cls(
            classes=classes,
            weights=weights,
            bias=[float(v) for v in data["bias"]],
            ncnd_weights={str(n): float(v) for n, v in data["ncnd_weights"].items()},
            ncnd_bias=float(data["ncnd_bias"]),
            ncnd_threshold=float(data["ncnd_threshold"]),
            meta=data.get("meta") or {},
            ncnd_thresholds={str(k): float(v) for k, v in (data.get("ncnd_thresholds") or {}).items()},
        )

    @classmethod
    def from_arrays(cls, classes: list[str], features: dict[str, int], W, b, ncnd_features: dict[str, int], w,
                    nb: float, threshold: float, meta: dict,
                    thresholds: dict[str, float] | None = None) -> "ForecastModel":
        """From fitted arrays (fit_softmax / fit_binary), rounded as the file keeps them."""
        return cls.from_json(cls(
            classes, {n: [float(v) for v in W[i]] for n, i in features.items()}, [float(v) for v in b],
            {n: float(w[i]) for n, i in ncnd_features.items()}, float(nb), threshold, meta, dict(thresholds or {}),
        ).to_json())


def _r(v: float) -> float:
    return float(f"{float(v):.5g}")


def model_path() -> Path:
    from askfoi.knowledge import shipped_knowledge_dir

    return shipped_knowledge_dir() / MODEL_NAME


@functools.lru_cache(maxsize=2)
def load_model(path: Path | None = None) -> ForecastModel | None:
    """knowledge/forecast_model.json, or None when it is missing or unreadable (the matcher then falls
    back to its expert mix)."""
    path = path or model_path()
    try:
        return ForecastModel.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def write_model(model: ForecastModel, path: Path | None = None) -> Path:
    path = path or model_path()
    path.write_text(json.dumps(model.to_json(), indent=None, sort_keys=False, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    load_model.cache_clear()
    return path


# --- features of the question's own words --------------------------------------------------------------


def _shapes() -> dict[str, re.Pattern]:
    from askfoi.knowledge import named_patterns

    return named_patterns("question_shapes")


def question_shapes(text: str) -> list[str]:
    """The shapes of knowledge/vocab/question_shapes.yaml a question has ("count", "named_person", ...)."""
    text = (text or "")[:4000]
    return [name for name, rx in _shapes().items() if rx.search(text)]


def text_features(text: str, terms: list[str], framing: int) -> dict[str, float]:
    """What the words of one part say: its shapes, covert or overt framing, the NCND topics it touches,
    and its (stemmed) words."""
    from askfoi.ncnd_topics import topics_in

    # The record kind askfoi/framing.py reads in a question was a feature too: grouped cross-validation
    # on the tuning split scored it worse (log-loss 1.5241 with it, 1.5217 without), and importing framing
    # costs `askfoi match` about 0.3 s, so the shapes above stand for it.
    out: dict[str, float] = {f"shape:{s}": 1.0 for s in question_shapes(text)}
    if framing:
        out["covert" if framing > 0 else "overt"] = 1.0
    for t in topics_in(text):
        out[f"ncnd_topic:{t}"] = 1.0
    words = [t for t in terms if not t.startswith("zz")][:60]
    for t in terms[:80]:
        out[f"w:{t}"] = 1.0 / math.sqrt(max(len(words), 1)) if not t.startswith("zz") else 0.5
    n = len(re.findall(r"\w+", text[:20000]))
    out["length"] = min(math.log1p(n) / 6.0, 1.5)
    return out


def kind_shapes(atype: str | None, features: dict[str, float]) -> dict[str, float]:
    """fc43: each question shape of FEATURES paired with the kind of body ("ks:police:count"). The same shape is
    answered differently by different kinds of body (a count of arrests against a count of council staff), which a
    weight per shape and one per kind, added, cannot say. Out-of-fold on the tuning split (grouped by authority, the
    shipped settings) top-1 39.2% -> 39.5%, top-2 66.0% -> 66.1%, log-loss 1.5325 -> 1.5297; police top-2 61.0% ->
    62.1% (docs/notes/fc43.md)."""
    kind = atype or "unknown"
    return {f"ks:{kind}:{name[6:]}": 1.0 for name in features if name.startswith("shape:")}


def log_ratio(p: float, base: float) -> float:
    return max(-CLIP, min(CLIP, math.log(max(p, 1e-9) / max(base, 1e-9)))) / CLIP


# --- fitting (numpy, deterministic) -----------------------------------------------------------------------


def _np():
    import numpy

    return numpy


def _softmax(z: np.ndarray) -> np.ndarray:
    np = _np()
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def vectorise(rows: list[dict[str, float]], features: dict[str, int]) -> np.ndarray:
    np = _np()
    X = np.zeros((len(rows), len(features)))
    for i, row in enumerate(rows):
        for name, value in row.items():
            j = features.get(name)
            if j is not None:
                X[i, j] = value
    return X


def choose_features(rows: list[dict[str, float]], min_count: int) -> dict[str, int]:
    """The features seen in at least MIN_COUNT training rows (sorted, so the order is stable)."""
    seen: dict[str, int] = {}
    for row in rows:
        for name, value in row.items():
            if value:
                seen[name] = seen.get(name, 0) + 1
    return {n: i for i, n in enumerate(sorted(n for n, c in seen.items() if c >= min_count))}


class _Sparse:
    """X (with a column of ones for the bias) as coordinate lists: the training matrix is mostly zeros,
    and products through bincount are many times quicker than dense ones on a small machine."""

    def __init__(self, X: np.ndarray):
        np = _np()
        Xb = np.hstack([X, np.ones((X.shape[0], 1))])
        self.shape = Xb.shape
        self.r, self.c = np.nonzero(Xb)
        self.v = Xb[self.r, self.c]

    @staticmethod
    def _mm(out_idx, in_idx, vals, M, n_out):
        np = _np()
        G = vals[:, None] * M[in_idx]
        return np.stack([np.bincount(out_idx, weights=G[:, j], minlength=n_out) for j in range(M.shape[1])], axis=1)

    def dot(self, M: np.ndarray) -> np.ndarray:  # X @ M
        return self._mm(self.r, self.c, self.v, M, self.shape[0])

    def tdot(self, M: np.ndarray) -> np.ndarray:  # X.T @ M
        return self._mm(self.c, self.r, self.v, M, self.shape[1])


def _lipschitz(X: _Sparse, sw: np.ndarray) -> float:
    """The largest eigenvalue of X.T diag(sw) X (power iteration from a fixed start)."""
    np = _np()
    v = np.ones((X.shape[1], 1)) / math.sqrt(X.shape[1])
    for _ in range(30):
        w = X.tdot(X.dot(v) * sw[:, None])
        norm = float(np.linalg.norm(w)) or 1.0
        v = w / norm
    return float((v * X.tdot(X.dot(v) * sw[:, None])).sum())


def fit_softmax(X: np.ndarray, y: np.ndarray, n_classes: int, l2: float, weights: np.ndarray | None = None,
                iters: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression, mean (weighted) log-loss + l2 * |W|^2, by accelerated
    gradient descent from zero (deterministic). Returns (W, b)."""
    np = _np()
    n, d = X.shape
    sw = np.ones(n) if weights is None else weights.astype(float)
    sw = sw / sw.sum()
    Y = np.zeros((n, n_classes))
    Y[np.arange(n), y] = 1.0
    Xs = _Sparse(X)
    step = 1.0 / (0.5 * _lipschitz(Xs, sw) + 2.0 * l2 + 1e-9)
    W = np.zeros((d + 1, n_classes))
    V = W.copy()
    t = 1.0
    reg = np.ones((d + 1, 1))
    reg[-1] = 0.0  # the bias is not shrunk
    for _ in range(iters):
        P = _softmax(Xs.dot(V))
        grad = Xs.tdot((P - Y) * sw[:, None]) + 2.0 * l2 * reg * V
        W_next = V - step * grad
        t_next = (1.0 + math.sqrt(1.0 + 4.0 * t * t)) / 2.0
        V = W_next + ((t - 1.0) / t_next) * (W_next - W)
        W, t = W_next, t_next
    return W[:-1], W[-1]


def fit_binary(X: np.ndarray, y: np.ndarray, l2: float, weights: np.ndarray | None = None,
               iters: int = 400) -> tuple[np.ndarray, float]:
    """Logistic regression for one yes/no outcome (two-class softmax, returned as one weight vector)."""
    W, b = fit_softmax(X, y.astype(int), 2, l2 / 2.0, weights, iters)
    return W[:, 1] - W[:, 0], float(b[1] - b[0])


def predict_softmax(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    return _softmax(X @ W + b)


def predict_binary(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    np = _np()
    return 1.0 / (1.0 + np.exp(-np.clip(X @ w + b, -30, 30)))


__all__ = [
    "ForecastModel", "choose_features", "fit_binary", "fit_softmax", "load_model", "log_ratio", "model_path",
    "predict_binary", "predict_softmax", "question_shapes", "text_features", "vectorise", "write_model",
]
