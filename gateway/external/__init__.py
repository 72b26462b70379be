"""External catalogue members: OpenAI-compatible servers the gateway does not host (a team's vLLM
or SGLang server, Ollama, LM Studio, a hosted Qwen API), routed like the Ray-hosted models.

- `settings`: the `external:` block of a profile entry (typed, checked at start-up);
- `health`: the circuit breaker that keeps a failing member out of routing for a back-off period;
- `client`: the `ModelBackend` over such servers (httpx, pooled, bounded);
- `composite`: one backend that sends each model to the backend that serves it;
- `placement`: which members `auto` may choose (overflow-only members) and what the engine body
  becomes for a member (a thinking budget it cannot enforce).
"""
