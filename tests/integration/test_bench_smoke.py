"""The benchmark harness against the session's live gateway, with a tiny load (seconds), so it does
not rot: the project's client (pinned and auto), vLLM's benchmark client called from Python, and the
front-end process sampling. The full comparison (`qwen-gateway bench serve`) stays out of the suite."""

from bench.procs import ray_frontend_processes
from bench.report import headline
from bench.serve import LoadPlan, measure_target
from gateway.checkpoints import ensure_checkpoints


def test_bench_harness_smoke_against_live_gateway(live_server, app_config):
    from gateway.names import APP_NAME

    model = "qwen3-0.6b" if "qwen3-0.6b" in app_config.enabled_models() else next(iter(app_config.enabled_models()))
    procs = ray_frontend_processes(APP_NAME, exclude_deployments=["LLMServer"])
    titles = [" ".join(p.cmdline()) for p in procs]
    assert any(t.startswith("ray::ProxyActor") for t in titles), titles
    assert any(f"ServeReplica:{APP_NAME}:" in t for t in titles), titles

    plan = LoadPlan(concurrencies=(1, 2), duration_s=0.5, max_requests=4, max_tokens=8, input_len=32,
                    bench_prompts_per_conc=1, bench_min_prompts=2, warmup_requests=1,
                    prompts=["What is 17*23?", "Prove that sqrt(2) is irrational."])
    rows = measure_target(stack="gateway", base_url=live_server.base_url, model=model, variants=("pinned", "auto"),
                          plan=plan, tokenizer=str(ensure_checkpoints(app_config)[model]), processes=procs)

    assert {(r["variant"], r["client"], r["concurrency"]) for r in rows} == {
        ("pinned", "own", 1), ("pinned", "own", 2), ("pinned", "vllm-bench", 1), ("pinned", "vllm-bench", 2),
        ("auto", "own", 1), ("auto", "own", 2)}
    for r in rows:
        assert r["errors"] == 0, r
        assert r["requests"] >= 2 and r["ttft_p50_ms"] > 0 and r["output_tokens_per_s"] > 0, r
        assert r["frontend_cpu_pct"] is not None and r["frontend_rss_mb"] > 0, r
    own = [r for r in rows if r["client"] == "own"]
    assert all(r["output_tokens"] == r["requests"] * 8 for r in own)  # ignore_eos honoured end to end

    h = headline([{**r, "concurrency": 8} for r in rows if r["concurrency"] == 2], overhead_p50_ms=None)
    assert h["ttft_p50_ratio_vs_vllm"] is None  # no baseline stack in this smoke run
