"""Multinomial logistic regression over sparse named features, fitted by full-batch Adam from zero weights on the
mean log loss plus L2 (deterministic). Shared by bench/train_unit_roles.py and bench/train_reply_model.py."""

from __future__ import annotations

import numpy as np


def adam_softmax(rows, cols, vals, Y: np.ndarray, n_features: int, l2: float, steps: int, rate: float = 0.05):
    """Weights (n_features x classes) and bias for the (row, column, value) triples of the design matrix and the
    one-hot labels Y (rows x classes)."""
    rows_a, cols_a, vals_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), np.array(vals, dtype=float)
    n, k = Y.shape
    W = np.zeros((n_features, k))
    b = np.zeros(k)
    mW = np.zeros_like(W); vW = np.zeros_like(W); mb = np.zeros_like(b); vb = np.zeros_like(b)
    for t in range(1, steps + 1):
        Z = np.zeros((n, k))
        np.add.at(Z, rows_a, vals_a[:, None] * W[cols_a])
        Z += b
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z); P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) / n
        gW = l2 * W
        np.add.at(gW, cols_a, vals_a[:, None] * G[rows_a])
        gb = G.sum(axis=0)
        for g, m, v, p in ((gW, mW, vW, W), (gb, mb, vb, b)):
            m *= 0.9; m += 0.1 * g
            v *= 0.999; v += 0.001 * g * g
            p -= rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return W, b


def adam_softmax_dense(X: np.ndarray, Y: np.ndarray, l2: float, steps: int, rate: float = 0.05,
                       sample_weight: np.ndarray | None = None):
    """The same fit over a dense design matrix X (rows x features), each row weighted by SAMPLE_WEIGHT (mean 1 when
    given): far quicker than the sparse form for a few thousand rows, which the leave-one-set-out harness refits
    hundreds of times."""
    n, k = Y.shape
    w = np.ones(n) if sample_weight is None else sample_weight * (n / sample_weight.sum())
    W = np.zeros((X.shape[1], k))
    b = np.zeros(k)
    mW = np.zeros_like(W); vW = np.zeros_like(W); mb = np.zeros_like(b); vb = np.zeros_like(b)
    for t in range(1, steps + 1):
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z); P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) * (w / n)[:, None]
        gW = l2 * W + X.T @ G
        gb = G.sum(axis=0)
        for g, m, v, p in ((gW, mW, vW, W), (gb, mb, vb, b)):
            m *= 0.9; m += 0.1 * g
            v *= 0.999; v += 0.001 * g * g
            p -= rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return W, b
