"""The command line (gateway/cli.py): every command has --help, and bad input is one line on stderr
and exit 2, never a traceback."""

import subprocess
import sys

import pytest
import yaml

from gateway.cli import main

from .test_config import _broken


@pytest.fixture(scope="module")
def raw(repo_root):
    return yaml.safe_load((repo_root / "config.yaml").read_text())


def test_cli_refuses_a_bad_config_and_exits_non_zero(tmp_path, raw):
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(_broken(raw, ("server", "port"), -5)))
    proc = subprocess.run([sys.executable, "-m", "gateway.cli", "serve", "--config", str(bad)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "server.port" in proc.stderr
    assert "starting Ray" not in proc.stdout  # nothing started


def test_every_command_has_help():
    for cmd in ([], ["serve"], ["route"], ["checkpoints"], ["bench", "footprint"]):
        proc = subprocess.run([sys.executable, "-m", "gateway.cli", *cmd, "--help"], capture_output=True, text=True,
                              timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert "usage:" in proc.stdout


@pytest.mark.parametrize("content, message", [
    ("", "no labelled rows"),
    ('{"benchmark": "gsm8k", "prompt": "x"}\n', r":1: missing field 'weak_correct'"),
    ('{"benchmark": "gsm8k",\n', ":1: not a JSON object"),
    ('[1, 2]\n', ":1: not a JSON object"),
    ('\n{"benchmark": "b", "prompt": 3, "weak_correct": true, "strong_correct": true}\n', ":2: 'prompt' must be a string"),
])
def test_cli_eval_reports_a_bad_labels_file_in_one_line(tmp_path, capsys, content, message):
    path = tmp_path / "labels.jsonl"
    path.write_text(content)
    assert main(["eval", "--labels", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and "Traceback" not in err


def test_cli_eval_names_a_missing_labels_file(tmp_path, capsys):
    assert main(["eval", "--labels", str(tmp_path / "absent.jsonl")]) == 2
    assert "cannot read labels file" in capsys.readouterr().err


def test_cli_route_refuses_an_empty_prompt(capsys):
    assert main(["route", "  "]) == 2
    assert "the prompt is empty" in capsys.readouterr().err


def test_a_score_row_without_its_pair_is_refused(tmp_path, capsys):
    path = tmp_path / "labels.jsonl"
    path.write_text('{"benchmark": "mt_bench", "prompt": "x", "strong_score": 9}\n')
    assert main(["eval", "--labels", str(path)]) == 2
    assert "missing field 'weak_score'" in capsys.readouterr().err


def test_route_explain_names_the_never_preferred_model(capsys):
    assert main(["route", "--explain", "What is 17*23?"]) == 0
    out = capsys.readouterr().out
    assert '"never_preferred"' in out and "qwen3-8b" in out


def test_serve_help_names_the_log_file_and_verbose():
    proc = subprocess.run([sys.executable, "-m", "gateway.cli", "serve", "--help"], capture_output=True, text=True,
                          timeout=60)
    assert "--log-file" in proc.stdout and "--verbose" in proc.stdout


def test_bench_footprint_refuses_an_unknown_variant():
    proc = subprocess.run([sys.executable, "-m", "gateway.cli", "bench", "footprint", "--variants", "stock,lean"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "unknown variant(s) ['lean']; choose from stock," in proc.stderr
