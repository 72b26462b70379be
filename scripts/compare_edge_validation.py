"""Client-visible answers with vLLM's request types at the edge (the gateway before issue #17) against
the light edge with vLLM's types in the model replica (now), in-process and without Ray.

The same generated bodies (tests/unit/test_fuzz.py's strategies, plus one client field set to a random
JSON value) go to two apps: one validating on `deployments.protocol.WIRE_TYPES` over a FakeBackend,
one on the light types over RayBackend with stand-in model replicas that build vLLM's request
(tests/unit/replica_stub.py). Prints how many bodies were compared and, grouped, each (path, old
status, old param, new status, new param) that differs, with two examples each.

    python scripts/compare_edge_validation.py [EXAMPLES_PER_STRATEGY]   # default 60
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import tests.unit.test_fuzz as fuzz  # noqa: E402
from deployments.protocol import WIRE_TYPES  # noqa: E402
from gateway.api.app import create_app  # noqa: E402
from gateway.config import load_config  # noqa: E402
from gateway.fake_backend import FakeBackend  # noqa: E402
from gateway.service import Gateway  # noqa: E402
from tests.unit.replica_stub import stub_ray_backend  # noqa: E402

CLIENT_FIELDS = ("seed", "stop", "logprobs", "top_logprobs", "response_format", "tool_choice", "stream_options",
                 "priority", "use_beam_search", "logit_bias", "n", "presence_penalty", "structured_outputs",
                 "parallel_tool_calls", "user", "suffix", "echo", "return_token_ids", "min_tokens")


def main(examples: int) -> None:
    config = load_config()
    before = FakeBackend(list(config.enabled_models()), default_max_tokens=4)
    before.wire_types = WIRE_TYPES
    old = TestClient(create_app(Gateway(config, before)), raise_server_exceptions=False)
    now, _ = stub_ray_backend(list(config.enabled_models()), default_max_tokens=4)
    new = TestClient(create_app(Gateway(config, now)), raise_server_exceptions=False)
    diffs: collections.Counter = collections.Counter()
    shown: list = []
    count = [0]

    def answer(client, path, raw):
        r = client.post(path, content=raw, headers={"content-type": "application/json"})
        err = r.json().get("error") if r.status_code >= 400 else None
        return r.status_code, (err or {}).get("param"), (err or {}).get("message")

    def check(path, body):
        raw = json.dumps(body, allow_nan=True).encode()
        a, b = answer(old, path, raw), answer(new, path, raw)
        count[0] += 1
        if a[:2] != b[:2] or (a[0] == 400 and a[2] != b[2]):
            key = (path, a[0], a[1], b[0], b[1])
            diffs[key] += 1
            if diffs[key] <= 2:
                shown.append((key, json.dumps(body)[:200], (a[2] or "")[:120], (b[2] or "")[:120]))

    run = settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)

    @run
    @given(fuzz.chat_bodies)
    def chat_bodies(body):
        check("/v1/chat/completions", body)

    @run
    @given(fuzz.fields, fuzz.hostile_values)
    def corrupted(path, value):
        check("/v1/chat/completions", fuzz._corrupt(path, value))
        check("/v1/route", fuzz._corrupt(path, value))

    @run
    @given(st.sampled_from(CLIENT_FIELDS), fuzz.json_values)
    def one_field(field, value):
        check("/v1/chat/completions", {**fuzz.VALID, field: value})
        check("/v1/completions", {"model": "auto", "prompt": "hi", "max_tokens": 4, field: value})

    for t in (chat_bodies, corrupted, one_field):
        t()
    print("bodies compared:", count[0])
    for key, n in diffs.most_common():
        print(n, key)
    for example in shown:
        print(example)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
