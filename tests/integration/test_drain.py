"""Shutdown drains the requests in flight. Runs last (marker `destructive`, after chaos): it deletes the
session's app."""

import json
import threading
import time

import httpx
import pytest

pytestmark = pytest.mark.destructive(rank=2)

TOKENS = 200


def test_deleting_the_app_lets_a_stream_in_flight_finish(live_server):
    from ray import serve

    from gateway.names import APP_NAME

    body = {"model": "qwen3-0.6b", "messages": [{"role": "user", "content": "Tell a long story."}],
            "max_tokens": TOKENS, "ignore_eos": True, "stream": True, "stream_options": {"include_usage": True},
            "chat_template_kwargs": {"enable_thinking": False}}
    started, out = threading.Event(), {"done": False, "errors": [], "usage": None}

    def client() -> None:
        with httpx.stream("POST", live_server.base_url + "/v1/chat/completions", json=body, timeout=300) as r:
            for line in r.iter_lines():
                if line == "data: [DONE]":
                    out["done"] = True
                elif line.startswith("data: {"):
                    started.set()
                    obj = json.loads(line[6:])
                    if "error" in obj:
                        out["errors"].append(obj["error"])
                    out["usage"] = obj.get("usage") or out["usage"]

    t = threading.Thread(target=client, daemon=True)
    t.start()
    assert started.wait(120), "the stream never started"
    t0 = time.monotonic()
    serve.delete(APP_NAME)  # graceful: replicas stop taking requests and finish the ones they hold
    t.join(300)
    print(f"\nDRAIN: app deleted in {time.monotonic() - t0:.1f}s; stream done={out['done']} usage={out['usage']}")
    assert out["done"] and not out["errors"], out
    assert out["usage"]["completion_tokens"] == TOKENS
