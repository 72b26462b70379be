"""Least squares over standardised signals plus hashed word buckets: the fit of the linear heads and of
the free head's step regressor (scripts/steps_aux.py).

Why a module of its own: the trainer, the step regressor and the CV scripts fit the same model, and
the artefact must reproduce their scores; one copy of the fit keeps them the same. numpy only.
"""

from __future__ import annotations

import numpy as np

from gateway.routing.signals import Z_CLIP


class Sparse:
    """Rows of binary hashed buckets scaled by 1/sqrt(count), as CSR arrays."""

    def __init__(self, lex: list[list[int]], idx: np.ndarray):
        parts = [lex[i] for i in idx]
        self.n = len(parts)
        self.indices = np.array([j for p in parts for j in p], dtype=np.int64)
        self.data = np.concatenate([np.full(len(p), 1 / np.sqrt(max(len(p), 1))) for p in parts] + [np.zeros(0)])
        self.rows = np.repeat(np.arange(len(parts)), [len(p) for p in parts])

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=w[self.indices] * self.data, minlength=self.n)

    def tdot(self, g: np.ndarray, dim: int) -> np.ndarray:
        return np.bincount(self.indices, weights=g[self.rows] * self.data, minlength=dim)


def fit(dense: np.ndarray, lex: Sparse | None, y: np.ndarray, dim: int, l2: tuple[float, float], args) -> dict:
    """L2-regularised least squares, full-batch Adam with fixed iterations: deterministic."""
    l2_dense, l2_lex = l2
    mean, std = dense.mean(0), dense.std(0)
    std[std < 1e-9] = 1.0
    z = np.clip((dense - mean) / std, -Z_CLIP, Z_CLIP)
    params = [np.zeros(z.shape[1]), np.zeros(dim), np.zeros(1)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    sw = np.full(len(y), 1.0 / len(y))
    for it in range(1, args.iters + 1):
        wd, wl, b = params
        pred = z @ wd + (lex.dot(wl) if lex is not None else 0) + b[0]
        g = (pred - y) * sw
        grads = [z.T @ g + l2_dense * wd,
                 (lex.tdot(g, dim) if lex is not None else np.zeros(dim)) + l2_lex * wl,
                 np.array([g.sum()])]
        adam_step(params, grads, m, v, it, args.lr)
    return {"mean": mean, "std": std, "wd": params[0], "wl": params[1], "b": float(params[2][0])}


def adam_step(params: list[np.ndarray], grads: list[np.ndarray], m: list[np.ndarray], v: list[np.ndarray],
              it: int, lr: float) -> None:
    """One Adam update (beta 0.9 / 0.999) of `params` in place, at iteration `it` (from 1)."""
    for k, (prm, gr) in enumerate(zip(params, grads)):
        m[k] = 0.9 * m[k] + 0.1 * gr
        v[k] = 0.999 * v[k] + 0.001 * gr * gr
        prm -= lr * (m[k] / (1 - 0.9 ** it)) / (np.sqrt(v[k] / (1 - 0.999 ** it)) + 1e-8)


def linear_predict(model: dict, dense: np.ndarray, lex: Sparse | None) -> np.ndarray:
    """The raw score of a fitted model: what the runtime's `Head.raw` computes in pure Python."""
    z = np.clip((dense - model["mean"]) / model["std"], -Z_CLIP, Z_CLIP)
    return z @ model["wd"] + (lex.dot(model["wl"]) if lex is not None else 0) + model["b"]
