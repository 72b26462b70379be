"""The one readiness loop behind the local server's start-up and the benchmark stacks."""

import pytest

from gateway import probe


def test_poll_until_logs_state_changes_and_returns_when_ready(monkeypatch):
    monkeypatch.setattr(probe, "POLL_S", 0.0)
    answers = iter([("starting", ""), ("starting", ""), ("HTTP 503", "busy"), None])
    logged = []
    probe.poll_until(lambda: next(answers), 60, logged.append, "models")
    assert logged == ["  waiting for models (starting)", "  waiting for models (HTTP 503)"]


def test_poll_until_times_out_with_the_last_state_and_a_hint(monkeypatch):
    monkeypatch.setattr(probe, "POLL_S", 0.0)
    with pytest.raises(TimeoutError, match=r"^models not ready after 0s \(HTTP 503: busy\); see logs$"):
        probe.poll_until(lambda: ("HTTP 503", "busy"), 0, lambda _: None, "models", hint="; see logs")
