"""The routing decision of this checkout against another commit's, prompt by prompt, in one process.

Why this script: a change meant to make the decision faster must not change it, and on a shared,
noisy machine two separate timing runs differ by more than such a change moves p99. Here the other
commit's `gateway` package (`git archive REF gateway`) is imported beside this one as `gateway_ref`,
and each prompt is decided by both, in alternating order, so both see the same machine load.

Checked for every prompt of the labels files and of the behaviour sets (tests/unit/routing/data and
the cases of tests/unit/routing/test_behaviour.py): the decision in every mode, on the full catalogue
and on the default config's local models, and with thinking forced on and off (model, thinking,
budget, the score as a float, task, reason, rerouted_from, extra), plus the signals themselves
(dense and structure signals, cue hits, lexical buckets). Timed: `decide` in balanced mode on the
catalogue, as `qwen-gateway eval` times it; p50/p99 per file over `--passes` passes.

Usage: python scripts/decision_ab.py [--ref main] [--passes 5] [--keep-going] [LABELS.jsonl ...]
Exits 1 on the first difference (printed), else prints the timings. With `--keep-going` it prints
every differing prompt (and whether its decision or only its signals differ), then the timings.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gateway.stats import percentile  # noqa: E402

LABELS = sorted((ROOT.parent / "shared" / "data" / "routing-labels").glob("*.jsonl"))
BEHAVIOUR = sorted((ROOT / "tests/unit/routing/data").glob("*.jsonl"))
MODES = ("quality", "balanced", "economy")


def import_ref(ref: str, tmp: str):
    """The `gateway` package of commit `ref`, imported as `gateway_ref` (its imports are relative), with
    that commit's config.yaml beside it, where the package looks for its default config."""
    blob = subprocess.run(["git", "archive", ref, "gateway", "config.yaml"], cwd=ROOT, capture_output=True,
                          check=True).stdout
    tarfile.open(fileobj=io.BytesIO(blob)).extractall(tmp)
    Path(tmp, "gateway").rename(Path(tmp, "gateway_ref"))
    sys.path.insert(0, tmp)
    return importlib.import_module("gateway_ref")


class Side:
    """One checkout's policy, views and signal functions."""

    def __init__(self, pkg: str) -> None:
        mod = lambda name: importlib.import_module(f"{pkg}.{name}")  # noqa: E731
        routing, features, self.thinking = mod("routing"), mod("routing.features"), mod("thinking")
        self.signals, self.cues = mod("routing.signals"), mod("routing.cues")
        self.policy = routing.make_policy("complexity")
        self.catalogue = features.catalogue_views()
        self.local = features.views_from_config(mod("config").load_config())
        self.request = features.route_request_from_prompt
        self.long_context = mod("routing.tasks").LONG_CONTEXT_TOKENS
        self.count_tokens = mod("tokens").count_tokens

    def intents(self) -> list:
        ti = self.thinking.ThinkingIntent
        return [ti(), ti(enabled=True, source="enable_thinking"), ti(enabled=False, source="enable_thinking")]

    def outputs(self, prompt: str) -> list:
        """Everything compared for a prompt: decisions over modes, views and intents, then signals."""
        out = []
        for views in (self.catalogue, self.local):
            for mode in MODES:
                for intent in self.intents():
                    d = self.policy.decide(self.request(prompt, intent=intent, mode=mode), views)
                    out.append((d.model, d.thinking, d.budget, d.score.hex(), d.task, d.reason, d.rerouted_from,
                                dict(d.extra)))
        n = self.count_tokens(prompt)
        s = self.signals
        out += [s.dense_signals(prompt, n), s.structure_signals(prompt, n), sorted(self.cues.cue_hits(prompt)),
                sorted(s.lexical_buckets(prompt, 4096))]
        return out


def prompts_of(path: Path, side: Side) -> list[str]:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    out = []
    for row in rows:   # a long-context behaviour row: its filler repeated past the threshold (test_behaviour_set)
        if "filler" in row:
            repeats = side.long_context * 5 // (4 * max(side.count_tokens(row["filler"]), 1))
            out.append(row["filler"] * repeats + "\n\n" + row["prompt"])
        else:
            out.append(row["prompt"])
    return out


def hand_written_cases() -> list[str]:
    sys.path.insert(0, str(ROOT))
    return [c[1] for c in importlib.import_module("tests.unit.routing.test_behaviour").CASES]


def check(name: str, prompts: list[str], new: Side, ref: Side, keep_going: bool = False) -> None:
    decisions = signals = 0
    for i, p in enumerate(prompts):
        a, b = new.outputs(p), ref.outputs(p)
        if a != b:
            diff = next(j for j, (x, y) in enumerate(zip(a, b)) if x != y)
            # the last four outputs are the signals; a decision's model, thinking, budget and task are its route
            routed = [(d[0], d[1], d[2], d[4]) for d in a[:-4]] != [(d[0], d[1], d[2], d[4]) for d in b[:-4]]
            what = "route" if routed else "score" if a[:-4] != b[:-4] else "signals only"
            decisions, signals = decisions + routed, signals + 1
            print(f"DIFFERENT: {name} prompt {i} output {diff} ({what})\n"
                  f"  this: {a[diff]}\n  ref:  {b[diff]}\n  {p[:200]!r}", flush=True)
            if not keep_going:
                sys.exit(1)
    if signals:
        print(f"{name}: {len(prompts)} prompts, {signals} differ, {decisions} of them in a route (model, thinking, budget or task)", flush=True)
    else:
        print(f"{name}: {len(prompts)} prompts, decisions and signals identical", flush=True)


def timings(prompts: list[str], new: Side, ref: Side, passes: int) -> dict[str, list[float]]:
    """ms per `decide`, balanced mode, full catalogue, wall clock and thread CPU time (the latter
    without preemption by other processes); the two sides alternate, the first changing every prompt
    and every pass."""
    reqs = [(new.request(p), ref.request(p)) for p in prompts]
    times: dict[str, list[float]] = {"new": [], "ref": [], "new cpu": [], "ref cpu": []}
    for k in range(passes):
        for i, (rn, rr) in enumerate(reqs):
            pair = [("new", new, rn), ("ref", ref, rr)]
            for side_name, side, req in (pair if (i + k) % 2 else pair[::-1]):
                t0, c0 = time.perf_counter(), time.thread_time()
                side.policy.decide(req, side.catalogue)
                times[side_name + " cpu"].append((time.thread_time() - c0) * 1000)
                times[side_name].append((time.perf_counter() - t0) * 1000)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("labels", nargs="*", type=Path, default=LABELS, help="labels files to time (and check)")
    ap.add_argument("--ref", default="main", help="the commit to compare against (default: main)")
    ap.add_argument("--passes", type=int, default=5, help="timing passes over each labels file")
    ap.add_argument("--no-check", action="store_true", help="time only")
    ap.add_argument("--keep-going", action="store_true", help="print every difference instead of stopping at the first")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        import_ref(args.ref, tmp)
        new, ref = Side("gateway"), Side("gateway_ref")
        if not args.no_check:
            for path in BEHAVIOUR:
                check(path.name, prompts_of(path, new), new, ref, args.keep_going)
            check("test_behaviour.CASES", hand_written_cases(), new, ref, args.keep_going)
            for path in args.labels:
                check(path.name, prompts_of(path, new), new, ref, args.keep_going)
        print(f"ms per decision, this checkout against {args.ref}, {args.passes} passes")
        heads = ("p50 this", "p50 ref", "p99 this", "p99 ref")
        print(f"{'file':<19} {'clock':<5} " + " ".join(f"{h:>8}" for h in heads) + f" {'p99 ratio':>9}")
        for path in args.labels:
            t = timings(prompts_of(path, new), new, ref, args.passes)
            for clock, suffix in (("wall", ""), ("cpu", " cpu")):
                a, b = t["new" + suffix], t["ref" + suffix]
                p50a, p50b, p99a, p99b = percentile(a, 50), percentile(b, 50), percentile(a, 99), percentile(b, 99)
                print(f"{path.name:<19} {clock:<5} {p50a:8.3f} {p50b:8.3f} {p99a:8.3f} {p99b:8.3f} {p99a / p99b:9.2f}",
                      flush=True)


if __name__ == "__main__":
    main()
