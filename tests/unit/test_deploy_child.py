"""deployments/deploy_child.py, the parent's side: a child that deploys, one that says why it could
not, one that dies without a word, one that hangs. The real child (it imports vLLM and deploys to a
real Ray) runs in tests/integration/test_quiet_start.py through `qwen-gateway serve`."""

from __future__ import annotations

import sys

import pytest

from deployments.deploy_child import ChildDeployer


def _child(script: str) -> list[str]:
    return [sys.executable, "-c", script]


ECHO = ("import sys, json; cfg = json.loads(sys.stdin.readline()); addr = sys.stdin.readline().strip(); "
        "print('library noise'); ")


def test_the_child_gets_the_config_then_the_address_and_its_answer_ends_the_wait(tmp_path):
    seen = tmp_path / "seen"
    script = ECHO + f"open({str(seen)!r}, 'w').write(json.dumps([cfg, addr])); print('deployed')"
    ChildDeployer({"profile": "local"}, command=_child(script)).deploy("10.0.0.1:6379")
    assert seen.read_text() == '[{"profile": "local"}, "10.0.0.1:6379"]'


def test_a_child_that_could_not_deploy_says_why():
    script = ECHO + "print('failed: ValueError: no such model'); sys.exit(1)"
    with pytest.raises(RuntimeError, match="could not build and deploy the app: ValueError: no such model"):
        ChildDeployer({}, command=_child(script)).deploy("a:1")


def test_a_child_that_dies_without_a_word_is_an_error_with_its_exit_code():
    with pytest.raises(RuntimeError, match="exit code 3"):
        ChildDeployer({}, command=_child("import sys; sys.exit(3)")).deploy("a:1")


def test_a_child_that_hangs_is_stopped_after_the_timeout():
    deployer = ChildDeployer({}, command=_child("import time; time.sleep(60)"))
    with pytest.raises(TimeoutError, match="building the app took over"):
        deployer.deploy("a:1", timeout_s=0.5)
    assert deployer.proc.poll() is not None


def test_close_stops_a_child_that_never_got_an_address():
    deployer = ChildDeployer({}, command=_child("import time; time.sleep(60)"))
    deployer.close()
    assert deployer.proc.poll() is not None
