"""llama.cpp's OpenAI-compatible server (llama-cpp-python[server]) as an external member: a second
real runtime beside vLLM (tests/integration/test_external.py).

The stand-in checkpoint of `qwen3-0.6b` (random weights, Qwen3 architecture) is converted to GGUF with
llama.cpp's own converter and served by `python -m llama_cpp.server`; the gateway runs in-process with
that server as its only member, so no Ray is needed. Building llama.cpp takes 10-20 minutes on 2
cores, so this is not part of `make test`: `make test-llamacpp` builds it once
(scripts/install_llamacpp.sh) and runs this file. Without that build the module is skipped.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from gateway.config import load_config, parse_config
from gateway.probe import wait_for_chat
from gateway.external.wire import piece_tokens

ROOT = Path(__file__).resolve().parents[2]
LLAMACPP = Path(os.environ.get("LLAMACPP_VENV", ROOT / ".venv" / "llamacpp"))
MEMBER = "qwen3-0.6b"
SERVED_AS = "stand-in-gguf"
MSG = [{"role": "user", "content": "Say something."}]

pytestmark = pytest.mark.skipif(not (LLAMACPP / "bin" / "python").exists(),
                                reason="llama.cpp's server is not built; run `make test-llamacpp`")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _gguf(out_dir: Path) -> Path:
    """The stand-in checkpoint as GGUF (f16), by llama.cpp's converter on this venv's torch."""
    from gateway.checkpoints import ensure_checkpoints

    source = ensure_checkpoints(load_config(profile="local"))[MEMBER]
    out = out_dir / "stand-in.gguf"
    convert = LLAMACPP / "convert"
    env = {**os.environ, "PYTHONPATH": f"{convert / 'gguf-py'}{os.pathsep}{convert}"}
    subprocess.run([sys.executable, str(convert / "convert_hf_to_gguf.py"), str(source), "--outfile", str(out),
                    "--outtype", "f16"], check=True, env=env, capture_output=True, timeout=600)
    return out


@pytest.fixture(scope="module")
def llamacpp(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("llamacpp")
    model = _gguf(tmp)
    port = _free_port()
    log = open(tmp / "server.log", "wb")
    proc = subprocess.Popen([str(LLAMACPP / "bin" / "python"), "-m", "llama_cpp.server", "--model", str(model),
                             "--model_alias", SERVED_AS, "--host", "127.0.0.1", "--port", str(port),
                             "--n_ctx", "2048", "--seed", "0"], stdout=log, stderr=subprocess.STDOUT)
    root = f"http://127.0.0.1:{port}"
    wait_for_chat(root, SERVED_AS, 180, lambda m: print(m, flush=True), "llama.cpp's server", proc=proc)
    base = root + "/v1"
    yield base
    proc.terminate()
    proc.wait(timeout=30)
    log.close()


@pytest.fixture
async def gw(llamacpp):
    """The gateway in-process with the llama.cpp server as its one member (it enforces no budget)."""
    from gateway.api.app import create_app
    from gateway.external.composite import with_external
    from gateway.service import Gateway

    raw = load_config(profile="local").model_dump(mode="json")
    raw["profiles"]["local"]["models"] = {MEMBER: {"external": {
        "base_url": llamacpp, "model": SERVED_AS, "timeout_s": 60, "thinking_budget": False}}}
    cfg = parse_config(raw)
    app = create_app(Gateway(cfg, with_external(cfg, None)))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw", timeout=120) as c:
        yield c


def _events(text: str) -> list[dict]:
    lines = [ln[6:] for ln in text.splitlines() if ln.startswith("data: ")]
    assert lines and lines[-1] == "[DONE]", text[-300:]
    return [json.loads(ln) for ln in lines[:-1]]


async def test_pinned_not_streamed_answers_with_the_servers_usage_under_the_catalogue_name(gw, llamacpp):
    body = {"model": MEMBER, "messages": MSG, "max_tokens": 8, "temperature": 0}
    r = await gw.post("/v1/chat/completions", json=body)
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["model"] == MEMBER and data["choices"][0]["message"]["role"] == "assistant"
    usage = data["usage"]
    assert usage["prompt_tokens"] > 0 and 0 < usage["completion_tokens"] <= 8
    # The same request straight to the server: the same prompt, counted by the server itself.
    direct = httpx.post(llamacpp + "/chat/completions", timeout=120,
                        json={**body, "model": SERVED_AS}).json()["usage"]
    assert usage["prompt_tokens"] == direct["prompt_tokens"]


async def test_streamed_ends_with_done_and_usage_when_asked(gw):
    r = await gw.post("/v1/chat/completions", json={"model": MEMBER, "messages": MSG, "max_tokens": 8,
                                                     "stream": True, "stream_options": {"include_usage": True}})
    assert r.status_code == 200, r.text
    events = _events(r.text)
    usage = [e["usage"] for e in events if e.get("usage")]
    # llama.cpp's server sends no usage in a stream: the gateway counts what it relayed chunk by chunk,
    # each chunk's text on its own (gateway/external/wire.py; one token per chunk counts as one). A
    # random-weight model may also stop at once: then 0 of 0.
    pieces = [c["delta"].get("content") or "" for e in events for c in e["choices"]]
    assert len(usage) == 1 and usage[0]["prompt_tokens"] > 0
    assert usage[0]["completion_tokens"] == sum(piece_tokens(p) for p in pieces)
    assert all(e["model"] == MEMBER for e in events)


async def test_auto_routes_to_it_and_says_the_budget_is_not_enforced(gw):
    r = await gw.post("/v1/chat/completions", json={"model": "auto", "messages": MSG, "max_tokens": 8,
                                                     "thinking_token_budget": 64})
    assert r.status_code == 200, r.text
    assert r.headers["x-route-model"] == MEMBER
    assert r.headers["x-route-reason"].startswith(f"budget 64 not enforced by {MEMBER}")


async def test_it_is_listed_and_healthy(gw):
    ids = [m["id"] for m in (await gw.get("/v1/models")).json()["data"]]
    assert MEMBER in ids
    assert (await gw.get("/health/ready")).json()["models"][MEMBER]["state"] == "running"
