"""A sum of regression trees as one Python function, written from the trees at load.

Why: the multiple-choice head (`model.Head`) adds 100 trees on every such request; walking each tree
node by node in a Python loop cost 60-80 µs a decision, a tenth of the slowest. The same trees as nested
conditional expressions, compiled once, cost a few µs. Only numbers of the artefact reach the source,
each through `int` or `float` and written by `repr` (exact for a float), so the function computes what
the walk does, leaf for leaf and in the same order of additions.

A tree is complete and stored in heap order (`model.Head`): internal node p (feature -1 where it does
not split) sends a prompt to 2p+2 when its signal >= the node's threshold, else to 2p+1; the leaves
follow the internal nodes.
"""

from __future__ import annotations

from typing import Callable, Sequence

Tree = tuple[tuple[int, ...], tuple[float, ...], tuple[float, ...]]  # features, thresholds, leaves
TreeSum = Callable[[Sequence[float], float], float]   # (signals, running sum) -> the sum plus every tree's leaf


def walk(trees: Sequence[Tree], x: Sequence[float], s: float) -> float:
    """`s` plus each tree's leaf for `x`, node by node: the definition that `compile_trees` follows."""
    for feature, threshold, leaf in trees:
        p, inner = 0, len(feature)
        while p < inner:
            j = feature[p]
            p = 2 * p + (2 if j >= 0 and x[j] >= threshold[p] else 1)
        s += leaf[p - inner]
    return s


def compile_trees(trees: Sequence[Tree]) -> TreeSum:
    """One function that adds, in order, each tree's leaf for the signals `x` to `s`."""
    lines = [f"    s += {_expression(tree, 0)}" for tree in trees]
    source = "def tree_sum(x, s):\n" + "\n".join(lines) + "\n    return s\n"
    namespace: dict[str, object] = {}
    exec(compile(source, "<regression trees>", "exec"), namespace)   # noqa: S102 (numbers only, see above)
    return namespace["tree_sum"]  # type: ignore[return-value]


def _expression(tree: Tree, p: int) -> str:
    feature, threshold, leaf = tree
    if p >= len(feature):
        return repr(float(leaf[p - len(feature)]))
    left = _expression(tree, 2 * p + 1)
    j = int(feature[p])
    if j < 0:
        return left
    return f"({_expression(tree, 2 * p + 2)} if x[{j}] >= {float(threshold[p])!r} else {left})"
