#!/usr/bin/env python
"""The multilingual lexicon hooked into the decision path, measured without shipping it.

Why a script: the lexicon (scripts/lexicon.py, data/lexicon/lexicon.json) was tried for issue #12
and not adopted, so the runtime's `signals.lexical_buckets` does not read it. This script swaps the
free head's word hashing (`gateway.routing.model.lexical_buckets`) for the lexicon's, with the shipped
artefact (its weights would not change: every English training text tokenises as before), and prints:
- the hand-written word problem of tests/unit/routing/test_translation.py in its 20 languages: each
  translation's score and its gap to the English score, without and with the lexicon;
- the cost: thread CPU time per word hashing (`lexical_buckets`) and per `policy.decide` over the
  labelled prompts of each file, p50 and p99 in ms, the two sides alternated `--rounds` times.

    python scripts/lexicon_runtime.py --rounds 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import lexicon  # noqa: E402
from gateway.routing import make_policy  # noqa: E402
from gateway.routing import model as M  # noqa: E402
from gateway.routing.features import catalogue_views, route_request_from_prompt  # noqa: E402
from gateway.routing.signals import lexical_buckets  # noqa: E402
from tests.unit.routing.test_translation import PROBLEM  # noqa: E402

LABELS = ROOT.parent / "shared" / "data" / "routing-labels"
FILES = ("gsm8k", "mmlu", "mt_bench", "mgsm")


@contextmanager
def hashing(fn):
    saved = M.lexical_buckets
    M.lexical_buckets = fn
    try:
        yield
    finally:
        M.lexical_buckets = saved


def gaps(policy, views) -> dict[str, dict[str, float]]:
    scores = {lang: policy.decide(route_request_from_prompt(text), views).score for lang, text in PROBLEM.items()}
    return {lang: {"score": round(s, 3), "gap": round(s - scores["en"], 3)} for lang, s in scores.items()}


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def timed(prompts: list[str], fn) -> list[float]:
    out = []
    for p in prompts:
        c0 = time.thread_time()
        fn(p)
        out.append((time.thread_time() - c0) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lexicon", type=Path, default=lexicon.PATH)
    ap.add_argument("--excluded", choices=lexicon.EXCLUDED_POLICIES, default="outside-english")
    ap.add_argument("--labels-dir", type=Path, default=LABELS)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    lex = lexicon.Lexicon(args.lexicon, args.excluded)
    policy, views = make_policy("complexity"), catalogue_views()
    sides = {"runtime": lexical_buckets, "lexicon": lex.buckets}
    report: dict = {"args": {k: str(v) for k, v in vars(args).items()}}
    for name, fn in sides.items():
        with hashing(fn):
            report["word problem " + name] = gaps(policy, views)
    prompts = {f: [json.loads(line)["prompt"] for line in (args.labels_dir / f"{f}.dev.jsonl").open() if line.strip()]
               for f in FILES if (args.labels_dir / f"{f}.dev.jsonl").exists()}
    dim = M.load_model().lexical_dim
    times: dict[str, list[float]] = {}
    for _ in range(args.rounds):
        for name, fn in sides.items():
            with hashing(fn):
                for f, ps in prompts.items():
                    times.setdefault(f"{f} words {name}", []).extend(timed(ps, lambda p: fn(p, dim)))
                    times.setdefault(f"{f} decide {name}", []).extend(
                        timed(ps, lambda p: policy.decide(route_request_from_prompt(p), views)))
    report["ms p50 / p99 (thread CPU)"] = {k: [round(statistics.median(v), 4), round(_pct(v, 0.99), 4)]
                                           for k, v in times.items()}
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
