"""LocalServer.wait_ready: per-model start-up states from Serve's replica counts, readiness from the
gateway's deep check (never a chat through the counted endpoint), models at zero replicas ready asleep."""

from __future__ import annotations

import pytest

import deployments.local as local
from gateway.config import load_config, parse_config


def _server(config=None) -> local.LocalServer:
    return local.LocalServer(config or load_config())


def _script(monkeypatch, polls, answers):
    """Serve's replica states per poll and the deep check's answers per call (the last repeats)."""
    calls = {"deep": 0, "poll": 0}

    def replica_states(names):
        i = min(calls["poll"], len(polls) - 1)
        calls["poll"] += 1
        return polls[i]

    def deep(client, base_url):
        i = min(calls["deep"], len(answers) - 1)
        calls["deep"] += 1
        return answers[i]

    monkeypatch.setattr(local, "_model_replica_states", replica_states)
    monkeypatch.setattr(local, "deep_readiness", deep)
    monkeypatch.setattr(local.time, "sleep", lambda s: None)
    return calls


def test_each_model_is_ready_when_the_deep_check_reports_its_answer(monkeypatch):
    server = _server()
    names = list(server.config.enabled_models())
    a, b, c = names[:3]
    running = {"RUNNING": 1}
    polls = [{a: running, b: {"STARTING": 1}}, {a: running, b: running, c: {"STARTING": 1}},
             {a: running, b: running, c: running}]
    answers = [(False, {a: "ok"}), (False, {a: "ok", b: "ok"}), (True, {a: "ok", b: "ok", c: "ok"})]
    calls = _script(monkeypatch, polls, answers)
    logged: list[str] = []
    server.wait_ready(timeout_s=60, log=logged.append)
    ready = [line.split()[0] for line in logged if "ready in" in line]
    assert ready[0] == a and sorted(ready) == sorted(names)
    assert calls["deep"] >= 1
    assert all(f"{n}.ready" in server.phases for n in names)


def test_without_details_models_are_ready_when_the_whole_check_passes(monkeypatch):
    server = _server()
    names = list(server.config.enabled_models())
    running = {n: {"RUNNING": 1} for n in names}
    calls = _script(monkeypatch, [running], [(False, None), (False, None), (True, None)])
    logged: list[str] = []
    server.wait_ready(timeout_s=60, log=logged.append)
    assert calls["deep"] == 3
    assert sum("ready in" in line for line in logged) == len(names)


def test_a_model_at_zero_replicas_by_design_is_ready_asleep_and_never_probed(monkeypatch):
    raw = load_config().model_dump(mode="json")
    first = next(iter(load_config().enabled_models()))
    raw["profiles"][raw["profile"]]["models"][first]["autoscaling"].update(min_replicas=0, initial_replicas=0)
    server = _server(parse_config(raw))
    others = {n: {"RUNNING": 1} for n in server.config.enabled_models() if n != first}
    calls = _script(monkeypatch, [{first: {}, **others}], [(True, {n: "ok" for n in others})])
    logged: list[str] = []
    server.wait_ready(timeout_s=60, log=logged.append)
    assert any(line.split()[0] == first and "ready in" in line for line in logged)
    assert calls["deep"] >= 1


def test_a_model_with_replicas_required_is_not_ready_before_it_answers(monkeypatch):
    server = _server()
    names = list(server.config.enabled_models())
    _script(monkeypatch, [{n: {} for n in names}], [(False, {})])
    clock = iter(range(0, 10_000, 10))
    monkeypatch.setattr(local.time, "monotonic", lambda: float(next(clock)))
    with pytest.raises(TimeoutError, match="not ready"):
        server.wait_ready(timeout_s=30, log=lambda _: None)


def test_a_probe_answer_ends_the_pause_and_the_next_probe_comes_only_after_a_pause(monkeypatch):
    import threading
    import time

    server = _server()
    names = list(server.config.enabled_models())
    calls = _script(monkeypatch, [{n: {"RUNNING": 1} for n in names}],
                    [(False, {n: "no" for n in names}), (True, {n: "ok" for n in names})])
    answers = local.deep_readiness
    sleeps: list[float] = []
    monkeypatch.setattr(local.time, "sleep", sleeps.append)

    def slow_deep(client, base_url):   # the gateway takes 0.2 s to answer each check
        threading.Event().wait(0.2)
        return answers(client, base_url)

    monkeypatch.setattr(local, "deep_readiness", slow_deep)
    began = time.monotonic()
    server.wait_ready(timeout_s=60, log=lambda _: None)
    assert time.monotonic() - began < 2 * local.POLL_S   # two 0.2 s answers, taken as they came
    assert calls["deep"] == 2 and sleeps == [local.POLL_S]   # a pause between the two probes


def test_serves_replica_states_are_read_every_few_turns_not_every_turn(monkeypatch):
    """One read of Serve's states (serve.status()) costs tens of ms of this process's CPU and some of
    Serve's controller, on the cores the engines start on: the display and the probes turn every
    POLL_S, the states are read every STATUS_EVERY turns."""
    server = _server()
    names = list(server.config.enabled_models())
    calls = _script(monkeypatch, [{n: {"STARTING": 1} for n in names}], [(False, {})])
    clock = [0.0]
    sleeps: list[float] = []

    def sleep(s: float) -> None:
        sleeps.append(s)
        clock[0] += s

    monkeypatch.setattr(local.time, "sleep", sleep)
    monkeypatch.setattr(local.time, "monotonic", lambda: clock[0])
    with pytest.raises(TimeoutError):
        server.wait_ready(timeout_s=30, log=lambda _: None)
    turns = len(sleeps) + 1
    assert turns >= 30 / local.POLL_S
    assert calls["poll"] == -(-turns // local.STATUS_EVERY)
