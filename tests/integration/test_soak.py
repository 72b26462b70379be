"""A bounded soak: ~90 s of concurrent clients against the live app. Fails above 5% errors or
200 MB of RSS growth in the gateway ingress replica (measured after a warm-up)."""

import asyncio
import os
import random
import time

import httpx

DURATION_S = float(os.environ.get("QWEN_GATEWAY_SOAK_S", 90))
CLIENTS = 6
MAX_ERROR_RATE = 0.05
MAX_RSS_GROWTH_MB = 200


def ingress_pid() -> int:
    """The gateway ingress replica's process, from Ray's actor table (the GCS; no dashboard needed)."""
    from ray._private import state

    pids = [a["Pid"] for a in state.actors().values()
            if a["State"] == "ALIVE" and a["ActorClassName"].startswith("ServeReplica:")
            and a["ActorClassName"].endswith(":gateway")]
    assert pids, "no gateway ingress replica found"
    return int(pids[0])


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


BODIES = [
    {"model": "auto", "messages": [{"role": "user", "content": "What is 17*23?"}], "max_tokens": 24},
    {"model": "qwen3-0.6b", "messages": [{"role": "user", "content": "Say hi /no_think"}], "max_tokens": 16},
    {"model": "auto", "messages": [{"role": "user", "content": "Prove sqrt(2) is irrational."}],
     "max_tokens": 32, "thinking_token_budget": 8, "stream": True, "stream_options": {"include_usage": True}},
    {"model": "qwen3-8b", "messages": [{"role": "user", "content": "Write a haiku."}], "max_tokens": 24,
     "stream": True},
]


async def one(client: httpx.AsyncClient, body: dict) -> bool:
    try:
        if body.get("stream"):
            async with client.stream("POST", "/v1/chat/completions", json=body) as r:
                text = "".join([part async for part in r.aiter_text()])
            return r.status_code == 200 and text.rstrip().endswith("data: [DONE]") and '"error"' not in text
        r = await client.post("/v1/chat/completions", json=body)
        return r.status_code == 200 and r.json()["choices"]
    except (httpx.HTTPError, ValueError, KeyError):
        return False


def test_soak(live_server):
    pid = ingress_pid()

    async def run():
        stats = {"ok": 0, "err": 0}
        samples = []
        async with httpx.AsyncClient(base_url=live_server.base_url, timeout=60) as client:
            async def worker(seed: int, until: float):
                rnd = random.Random(seed)
                while time.monotonic() < until:
                    stats["ok" if await one(client, rnd.choice(BODIES)) else "err"] += 1

            warm_until = time.monotonic() + 10
            await asyncio.gather(*(worker(i, warm_until) for i in range(CLIENTS)))
            start_rss = rss_mb(pid)
            stats.update(ok=0, err=0)
            began = time.monotonic()
            until = began + DURATION_S

            async def sampler():
                while time.monotonic() < until:
                    samples.append(rss_mb(pid))
                    await asyncio.sleep(5)

            await asyncio.gather(sampler(), *(worker(100 + i, until) for i in range(CLIENTS)))
            return stats, start_rss, rss_mb(pid), max(samples + [0]), time.monotonic() - began

    stats, start, end, peak, took = asyncio.run(run())
    total = stats["ok"] + stats["err"]
    rate = stats["err"] / max(total, 1)
    print(f"\nSOAK: {total} requests in {took:.0f}s ({total / took:.1f}/s, {CLIENTS} clients), "
          f"errors {stats['err']} ({rate:.2%}); ingress RSS {start:.0f} -> {end:.0f} MB "
          f"(peak {peak:.0f}, growth {end - start:+.0f} MB)", flush=True)
    assert total > 50, "the soak made too few requests to mean anything"
    assert rate <= MAX_ERROR_RATE
    assert end - start <= MAX_RSS_GROWTH_MB
