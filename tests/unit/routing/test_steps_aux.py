"""The free head's step regressor: its data file, its derivation, and the runtime reading it as trained.

scripts/mathqa_steps_data.py derives data/mathqa-steps/steps.jsonl from MathQA; scripts/steps_aux.py
fits the regressor; gateway/routing/model.py appends its raw score to the free head's signals.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from pathlib import Path

import pytest

from gateway.routing.model import ARTEFACT_PATH, Head, load_model
from gateway.routing.signals import HEAD_FEATURES, HEAD_INPUTS, STEPS_SIGNAL

np = pytest.importorskip("numpy")
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
import mathqa_steps_data as D  # noqa: E402
import steps_aux as A  # noqa: E402

TEXTS = ["Tom has 3 apples and buys 5 more. How many apples does he have?",
         "A shop sells pencils at 3 for $2. Anna buys 12 pencils and pays with a $20 bill. How much change?",
         "Un train part à 9 h 40 et parcourt 210 km à 84 km/h. À quelle heure arrive-t-il ?", ""]


def test_mathqa_text_is_detokenised_and_steps_are_the_program_length():
    assert D.detokenise("in a school of 650 boys , 44 % of muslims . how many ?") == \
        "In a school of 650 boys, 44% of muslims. How many?"
    assert D.detokenise("a 3 - digit number costs $ 2 . 5 ( each )") == "A 3-digit number costs $2.5 (each)"
    assert D.detokenise("if x - y = 4 , find x") == "If x - y = 4, find x"   # a minus sign stays
    assert D.steps_of("add(n0,n1)|divide(#0,n2)|") == 2 and D.steps_of("power(n1,n0)|") == 1 and D.steps_of("") == 0


def test_derivation_keeps_the_first_of_repeated_problems_and_drops_programless_ones(tmp_path):
    row = {"category": "gain", "Rationale": "", "options": "", "correct": "a", "annotated_formula": ""}
    (tmp_path / "dev.json").write_text(json.dumps([
        {**row, "Problem": "a has 2 . how many ?", "linear_formula": "add(n0,n1)|"},
        {**row, "Problem": "b has 3 .", "linear_formula": ""}]))
    (tmp_path / "test.json").write_text(json.dumps([{**row, "Problem": "a has 2 .  how many ?",
                                                     "linear_formula": "add(n0,n1)|add(#0,n1)|"}]))
    (tmp_path / "challenge_test.json").write_text("[]")
    assert D.derive(tmp_path) == [{"source": "dev.json#0", "category": "gain", "steps": 1, "problem": "A has 2. How many?"}]


def test_the_shipped_artefact_was_fitted_on_the_data_file_in_the_repository():
    data = A.STEPS_PATH.read_bytes()
    steps = json.loads(ARTEFACT_PATH.read_text())["heads"]["free"]["steps"]
    assert steps["data_sha256"] == hashlib.sha256(data).hexdigest()
    assert steps["rows"] == len(data.decode().splitlines()) > 7000
    rows = [json.loads(line) for line in data.decode().splitlines()[:200]]
    assert all(r["steps"] >= 1 and r["problem"] for r in rows)


def test_runtime_reads_the_regressor_as_the_trainer_fitted_it(tmp_path):
    rows = [{"problem": t, "steps": s, "category": "x", "source": f"t#{i}"}
            for i, (t, s) in enumerate(zip(TEXTS[:3] * 4, [1, 3, 6, 2, 4, 8, 1, 2, 3, 5, 7, 9]))]
    path = tmp_path / "steps.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    dim = 64
    model = A.fit_steps(path, dim)
    assert A.fit_steps(path, dim)["wd"].tolist() == model["wd"].tolist()        # deterministic
    stored = json.loads(json.dumps(A.artefact(model)))                        # as the artefact holds it
    head = Head._parse(stored, dim, None)
    feats = [A.free_inputs(t, dim) for t in TEXTS]
    expected = A.column(model, np.array([f[0] for f in feats]), [f[1] for f in feats])
    for (x, lex), want in zip(feats, expected):
        assert math.isclose(head.raw(x, set(lex)), want, rel_tol=1e-12, abs_tol=1e-12)


def test_the_free_head_appends_the_step_prediction_to_its_signals():
    m = load_model()
    free = m.heads["free"]
    assert free.steps is not None and len(free.weights) == len(HEAD_FEATURES["free"]) + 1
    assert HEAD_INPUTS["free"][-1] == STEPS_SIGNAL and m.heads["mc"].steps is None
    x = [0.5] * len(HEAD_FEATURES["free"])
    buckets = {1, 2, 3}
    plain = Head(weights=free.weights, mean=free.mean, std=free.std, bias=free.bias, lexical=free.lexical,
                 trees=(), calibration=free.calibration)
    assert free.raw(x, buckets) == plain.raw([*x, free.steps.raw(x, buckets)], buckets)


def test_an_artefact_without_the_step_regressor_is_refused():
    raw = json.loads(ARTEFACT_PATH.read_text())
    free = dict(raw["heads"]["free"])
    del free["steps"]
    with pytest.raises(ValueError, match="step regressor"):
        Head.from_dict("free", free, raw["lexical_dim"])
