"""Ray Serve LLM's PrefixCacheAffinityRouter, reading the gateway's plain-data bodies, and with one change
in `LeadPrefixAffinityRouter`: a lead too short to matter is a tie.

Ray's router reads a request's text from the `messages` or `prompt` attribute of the call's
arguments (vLLM's request objects). The gateway sends each model replica the request as a plain-data
body (deployments/ray_backend.py), so `GatewayPrefixCacheAffinityRouter` reads those keys of a dict
argument too; anything else is read as Ray reads it (its own OpenAI app, `bench serve`).

Ray's router sends a request to the replica(s) whose routed prompts share the longest character
prefix with it, however small the lead. When conversations share a long system prompt and their
first user messages happen to share an opening ("How ...", an agent's fixed preamble, a RAG
"Context:" block), a few characters past the shared part decide, and new conversations pile onto
one replica until the imbalance bound trips (BENCHMARKS.md, "Prefix-cache affinity", run A). A lead
shorter than a KV block buys no cache hit at all: vLLM reuses whole blocks only.

With `min_lead_chars` (serving.prefix_affinity_min_lead_chars) the replicas whose match is within
that many characters of the best one are candidates too, and of those the one holding the fewest
characters of routed prompts takes it: Ray's own rule for a prompt that matches too little
(`get_smallest_tenants`). Not "the shorter queue": Serve keeps the first of equal queues, and a
replica whose queue length it has not cached yet comes last, so equal queues went to the leader
(tests/integration/test_affinity.py caught it). Everything else (the imbalance bound, the
match-rate threshold, the tree) is Ray's. Serve imports this class by path in the process that
routes (the gateway's replica).
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from ray.llm._internal.serve.routing_policies.prefix_aware.prefix_aware_router import PrefixCacheAffinityRouter


def near_leaders(best_chars: int, best: Sequence[str], runner_up_chars: int, runner_up: Sequence[str],
                 min_lead_chars: int, chars_held: Mapping[str, int]) -> list[str]:
    """The replicas to choose from: the best match's, unless it leads the runner-up by fewer than
    `min_lead_chars` characters (0: Ray's rule, any lead wins); then whichever of both holds the
    fewest characters in the tree (`chars_held`), all of them on a tie."""
    if not runner_up or best_chars - runner_up_chars >= min_lead_chars:
        return list(best)
    pool = [*best, *(r for r in runner_up if r not in best)]
    least = min(chars_held.get(r, 0) for r in pool)
    return [r for r in pool if chars_held.get(r, 0) == least]


def body_text(args: Sequence[Any]) -> Any:
    """The `messages` or `prompt` of the first dict among a call's arguments (a gateway body); None
    if there is none."""
    for arg in args:
        if isinstance(arg, dict):
            for key in ("messages", "prompt"):
                if arg.get(key) is not None:
                    return arg[key]
    return None


class GatewayPrefixCacheAffinityRouter(PrefixCacheAffinityRouter):
    """Ray's router; a request's text may come from a gateway body (a dict) as well."""

    def _extract_text_from_request(self, pending_request: Any) -> str:
        found = body_text(pending_request.args or ())
        if found is None:
            return super()._extract_text_from_request(pending_request)
        return self._normalize_prompt_to_string(found)


class LeadPrefixAffinityRouter(GatewayPrefixCacheAffinityRouter):
    """PrefixCacheAffinityRouter where only a lead of `min_lead_chars` or more breaks a tie."""

    def initialize_state(self, min_lead_chars: int = 0, **kwargs: Any) -> None:
        super().initialize_state(**kwargs)
        self._min_lead_chars = min_lead_chars

    async def _prefix_match_best_replicas(self, pending_request: Any, candidate_replicas: list) -> list:
        chosen = await super()._prefix_match_best_replicas(pending_request, candidate_replicas)
        ids = [r.replica_id.to_full_id_str() for r in chosen[0]]
        others = [r.replica_id.to_full_id_str() for r in candidate_replicas
                  if r.replica_id.to_full_id_str() not in ids]
        if self._min_lead_chars <= 0 or not ids or not others:
            return chosen
        import ray
        from ray.serve._private.common import ReplicaID

        text = self._extract_text_from_request(pending_request)
        best, _ = ray.get(self._tree_actor.prefix_match.remote(text, ids))
        second, second_ids = ray.get(self._tree_actor.prefix_match.remote(text, others))
        if not second_ids or len(best) - len(second) >= self._min_lead_chars:
            return chosen
        held = ray.get(self._tree_actor.getattr.remote("tenant_to_char_count"))
        keep = near_leaders(len(best), ids, len(second), second_ids, self._min_lead_chars, held)
        return [[self._replicas[ReplicaID.from_full_id_str(i)] for i in keep]]
