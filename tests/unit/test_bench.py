"""The benchmark harness without Ray or a model: maths, report keys, TTFT definition, CLI, and the
overhead harness over the FakeBackend in-process (seconds)."""

import argparse
import asyncio
import json

import httpx
import pytest

from bench import add_bench_parser
from bench.loadgen import Sample, StreamTimer, chat_body, is_token_choice, run_load
from bench.overhead import bare_app, capture_replies, cases, gateway_app, measure_overhead
from bench.report import (
    MATPLOTLIB_HINT,
    find_run,
    headline,
    markdown_report,
    percentile,
    ratio,
    summarize,
    write_png,
)
from bench.stacks import engine_cli_args, single_model_config
from bench.vllm_bench import from_vllm_result
from gateway.api.app import create_app
from gateway.config import load_config
from gateway.fake_backend import FakeBackend
from gateway.service import Gateway
from gateway.streaming import _has_token

HEADLINE_KEYS = ("ttft_p50_ratio_vs_ray_serve_llm", "throughput_ratio_vs_ray_serve_llm", "ttft_p50_ratio_vs_vllm",
                 "throughput_ratio_vs_vllm", "overhead_p50_ms")


@pytest.fixture(scope="module")
def config():
    return load_config(profile="local")


# --- maths ---------------------------------------------------------------------------------------


def test_percentile_is_linear_interpolation_like_numpy():
    xs = [4.0, 1.0, 3.0, 2.0]
    assert percentile(xs, 50) == 2.5
    assert percentile(xs, 0) == 1.0 and percentile(xs, 100) == 4.0
    assert percentile(xs, 99) == pytest.approx(3.97)
    assert percentile([7.0], 99) == 7.0
    assert percentile([], 50) is None
    with pytest.raises(ValueError):
        percentile(xs, 101)
    np = pytest.importorskip("numpy")
    data = [0.013, 0.2, 0.0071, 1.5, 0.33, 0.09, 0.41]
    for q in (1, 25, 50, 90, 99):
        assert percentile(data, q) == pytest.approx(float(np.percentile(data, q)))


def test_summarize_converts_to_ms_and_rates():
    s = summarize(ttfts_s=[0.1, 0.2, 0.3], itls_s=[0.01, 0.03], e2es_s=[1.0, 2.0, 3.0], output_tokens=300,
                  wall_s=6.0, errors=1)
    assert s["requests"] == 3 and s["errors"] == 1
    assert s["ttft_p50_ms"] == 200.0
    assert s["itl_p50_ms"] == 20.0
    assert s["e2e_p99_ms"] == pytest.approx(2980.0)
    assert s["requests_per_s"] == 0.5 and s["output_tokens_per_s"] == 50.0
    empty = summarize(ttfts_s=[], itls_s=[], e2es_s=[], output_tokens=0, wall_s=0)
    assert empty["ttft_p50_ms"] is None and empty["requests_per_s"] is None


def _run(stack, conc, ttft, tps, variant="pinned", client="own"):
    return {"stack": stack, "variant": variant, "client": client, "concurrency": conc,
            "ttft_p50_ms": ttft, "output_tokens_per_s": tps}


def test_headline_ratios_at_concurrency_8_gateway_over_baseline():
    runs = [
        _run("gateway", 8, 30.0, 400.0), _run("gateway", 8, 45.0, 360.0, variant="auto"),
        _run("ray-serve-llm", 8, 40.0, 380.0), _run("vllm", 8, 20.0, 500.0),
        _run("gateway", 1, 999.0, 1.0), _run("vllm", 8, 10.0, 1000.0, client="vllm-bench"),
    ]
    h = headline(runs, overhead_p50_ms=1.25)
    for k in HEADLINE_KEYS:
        assert k in h
    assert h["ttft_p50_ratio_vs_vllm"] == 1.5
    assert h["throughput_ratio_vs_vllm"] == 0.8
    assert h["ttft_p50_ratio_vs_ray_serve_llm"] == 0.75
    assert h["throughput_ratio_vs_ray_serve_llm"] == pytest.approx(1.053)
    assert h["ttft_p50_ratio_vs_vllm_auto"] == 2.25
    assert h["ttft_p50_ratio_vs_vllm_vllm_bench"] is None  # no gateway vllm-bench run
    goal = h["goal"]
    assert goal["ttft_p50_vs_vllm"]["met"] is True and goal["throughput_vs_vllm"]["met"] is True
    assert goal["overhead_p50_ms"]["met"] is True
    assert find_run(runs, stack="gateway", concurrency=1)["ttft_p50_ms"] == 999.0
    json.dumps(h)  # serialisable


def test_headline_missing_baseline_gives_none_not_error():
    h = headline([_run("gateway", 8, 30.0, 400.0)], overhead_p50_ms=None)
    assert h["ttft_p50_ratio_vs_vllm"] is None and h["goal"]["ttft_p50_vs_vllm"]["met"] is None
    assert ratio(1.0, 0) is None and ratio(None, 2.0) is None


def test_markdown_report_and_optional_png(tmp_path):
    runs = [{**_run("gateway", 8, 30.0, 400.0), "requests": 10, "errors": 0, "frontend_cpu_pct": 12.0}]
    result = {**headline(runs, 0.5), "runs": runs,
              "overhead": {"mode": "asgi", "cases": {"stream_auto": {
                  "gateway_p50_ms": 1.0, "bare_p50_ms": 0.5, "overhead_p50_ms": 0.5, "gateway_p99_ms": 2.0,
                  "bare_p99_ms": 1.0, "gateway_rps": 500.0, "bare_rps": 1000.0, "rps_ratio": 0.5}}},
              "routing": {"gsm8k.dev.jsonl": {"rows": 3, "decision_p50_ms": 0.1, "decision_p99_ms": 0.2}}}
    md = markdown_report(result)
    assert "ttft_p50_ratio_vs_vllm" in md and "| gateway | pinned | own | 8 |" in md
    assert "stream_auto" in md and "gsm8k.dev.jsonl" in md
    msg = write_png(runs, tmp_path / "b.png")
    assert msg == MATPLOTLIB_HINT or (tmp_path / "b.png").exists()


# --- TTFT definition -----------------------------------------------------------------------------


@pytest.mark.parametrize("choice", [
    {"delta": {"role": "assistant", "content": ""}},
    {"delta": {"role": "assistant"}},
    {"delta": {"content": "hi"}},
    {"delta": {"reasoning": "hmm"}},
    {"delta": {"tool_calls": [{"index": 0}]}},
    {"delta": {}},
    {"text": "x"},
    {"text": ""},
])
def test_ttft_definition_matches_the_gateway_metrics(choice):
    assert is_token_choice(choice) == _has_token(choice)


def test_reasoning_content_alone_counts_as_a_token():
    assert is_token_choice({"delta": {"reasoning_content": "older vLLM field"}})


def test_stream_timer_skips_role_chunk_and_reads_usage():
    ticks = iter([1.0, 1.5, 1.7, 2.0])
    s = Sample(start=0.0)
    t = StreamTimer(s, clock=lambda: next(ticks))
    t.feed(json.dumps({"choices": [{"delta": {"role": "assistant", "content": ""}}]}))
    t.feed(json.dumps({"choices": [{"delta": {"reasoning": "a"}}]}))
    t.feed(json.dumps({"choices": [{"delta": {"content": "b"}}]}))
    t.feed(json.dumps({"choices": [], "usage": {"completion_tokens": 2}}))
    t.feed("[DONE]")
    assert s.ttft_s == 1.0 and s.itls_s == [0.5] and s.output_tokens == 2


def test_own_client_against_the_app_in_process(config):
    app = create_app(Gateway(config, FakeBackend(list(config.enabled_models()))))
    model = next(iter(config.enabled_models()))
    bodies = [chat_body("What is 2+2?", model, 8), chat_body("Prove Fermat's last theorem.", "auto", 8)]
    result = asyncio.run(run_load("http://gw", bodies, concurrency=2, duration_s=0, max_requests=6, min_requests=6,
                                  transport=httpx.ASGITransport(app=app)))
    s = result.summary()
    assert s["requests"] == 6 and s["errors"] == 0
    assert s["ttft_p50_ms"] is not None and s["output_tokens"] == 6 * 8
    assert model in s["routed_to"]


# --- stacks and vLLM bench glue ------------------------------------------------------------------


def test_single_model_config_enables_one_model_on_free_ports(config):
    cfg = single_model_config(config, "qwen3-0.6b")
    assert list(cfg.enabled_models()) == ["qwen3-0.6b"]
    assert cfg.server.port not in (8000, 8080) and cfg.server.metrics_port not in (8000, 8080)
    with pytest.raises(ValueError, match="known"):
        single_model_config(config, "qwen3-nope")


def test_engine_kwargs_become_api_server_flags():
    args = engine_cli_args({"reasoning_parser": "qwen3", "enable_auto_tool_choice": True, "max_model_len": 4096,
                            "reasoning_config": {"reasoning_start_str": "<think>"}, "skip": False})
    assert args[:2] == ["--reasoning-parser", "qwen3"]
    assert "--enable-auto-tool-choice" in args and "--skip" not in args
    assert json.loads(args[args.index("--reasoning-config") + 1]) == {"reasoning_start_str": "<think>"}


def test_vllm_result_maps_onto_our_keys():
    r = from_vllm_result({"completed": 16, "failed": 0, "median_ttft_ms": 12.3456, "p99_ttft_ms": 40.0,
                          "median_itl_ms": 2.0, "p99_itl_ms": 9.0, "median_e2el_ms": 200.0, "p99_e2el_ms": 300.0,
                          "request_throughput": 5.0, "output_throughput": 320.0, "total_output_tokens": 1024,
                          "duration": 3.2})
    assert r["ttft_p50_ms"] == 12.346 and r["requests"] == 16 and r["output_tokens_per_s"] == 320.0


# --- overhead harness ----------------------------------------------------------------------------


def test_bare_app_replays_the_gateway_bytes(config):
    bodies = cases(config)
    replies = asyncio.run(capture_replies(gateway_app(config), bodies))

    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=bare_app(replies)), base_url="http://b") as c:
            r = await c.post("/v1/chat/completions", json=bodies["stream_auto"], headers={"x-bench-case": "stream_auto"})
            return r

    r = asyncio.run(go())
    assert r.status_code == 200 and r.content == b"".join(replies["stream_auto"].chunks)
    assert r.text.rstrip().endswith("data: [DONE]")
    assert r.headers["x-route-model"]


def test_overhead_harness_with_fake_backend_in_seconds(config):
    ov = measure_overhead(config, mode="asgi", requests=40, rounds=4, rps_requests=40, rps_concurrency=4)
    assert set(ov["cases"]) == {"stream_auto", "stream_pinned", "json_pinned"}
    assert isinstance(ov["overhead_p50_ms"], float)
    for c in ov["cases"].values():
        assert c["requests"] == 40 and c["gateway_rps"] > 0 and c["bare_rps"] > 0
        assert c["overhead_p50_ms"] == pytest.approx(c["gateway_p50_ms"] - c["bare_p50_ms"], abs=2e-3)


# --- CLI -----------------------------------------------------------------------------------------


def _parser():
    p = argparse.ArgumentParser(prog="qwen-gateway")
    add_bench_parser(p.add_subparsers(dest="command", required=True))
    return p


def test_bench_parser_registers_serve_and_overhead():
    p = _parser()
    a = p.parse_args(["bench", "serve", "--concurrency", "1,8", "--stacks", "gateway,vllm", "--json"])
    assert a.concurrency == [1, 8] and a.stacks == ["gateway", "vllm"] and a.json and callable(a.func)
    a = p.parse_args(["bench", "overhead", "--overhead-mode", "asgi"])
    assert a.overhead_mode == "asgi" and a.func.__name__ == "cmd_overhead"
    for bad in (["bench", "serve", "--stacks", "tgi"], ["bench", "serve", "--concurrency", "0"], ["bench"]):
        with pytest.raises(SystemExit):
            p.parse_args(bad)


def test_bench_overhead_json_prints_one_object(config, capsys):
    p = _parser()
    a = p.parse_args(["bench", "overhead", "--overhead-mode", "asgi", "--requests", "20", "--rps-requests", "20",
                      "--no-routing", "--json"])
    assert a.func(a) == 0
    out = json.loads(capsys.readouterr().out)
    assert "overhead_p50_ms" in out and out["overhead"]["mode"] == "asgi"


def test_every_listed_stack_can_be_made_and_no_other(config, tmp_path):
    """`--stacks` accepts bench.STACKS; make_stack must know each of them (and refuse the rest)."""
    from bench import STACKS
    from bench.serve import make_stack

    cfg = single_model_config(config, "qwen3-0.6b")
    for name in STACKS:
        assert make_stack(name, cfg, "qwen3-0.6b", "/nonexistent", str(tmp_path)) is not None
    with pytest.raises(ValueError, match="known: gateway"):
        make_stack("tgi", cfg, "qwen3-0.6b", "/nonexistent", str(tmp_path))
