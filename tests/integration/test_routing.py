"""The router through the real app: decisions differ with difficulty, and headers match /v1/route."""

import httpx

EASY = "What is 2+3?"
HARD = ("A train leaves at 9:40 travelling 84 km/h; a second leaves the same station at 10:15 at 112 km/h on the "
        "same track. Janet has 3 apples and buys 17 more each day for 2 weeks, then gives away a third of them. "
        "At what time does the second train catch the first, and how many apples does Janet keep?")


def _chat(base_url, content, **extra):
    body = {"model": "auto", "messages": [{"role": "user", "content": content}], "max_tokens": 8, **extra}
    decision = httpx.post(base_url + "/route", json=body, timeout=60).json()
    r = httpx.post(base_url + "/chat/completions", json=body, timeout=120)
    assert r.status_code == 200, r.text
    return decision, r.headers, r.json()


def test_different_difficulty_lands_on_different_models_and_budgets(base_url):
    easy, easy_h, easy_body = _chat(base_url, EASY)
    hard, hard_h, hard_body = _chat(base_url, HARD)
    assert hard["score"] > easy["score"]
    assert (easy["model"], easy["thinking_token_budget"]) != (hard["model"], hard["thinking_token_budget"])
    assert easy_body["model"] == easy["model"] and hard_body["model"] == hard["model"]


def test_headers_match_the_route_endpoint(base_url):
    for content, extra in [(EASY, {}), (HARD, {}), (HARD, {"route_mode": "economy"}),
                           (EASY, {"chat_template_kwargs": {"enable_thinking": False}})]:
        decision, headers, body = _chat(base_url, content, **extra)
        assert headers["x-route-model"] == decision["model"] == body["model"]
        assert headers["x-route-policy"] == decision["policy"]
        assert abs(float(headers["x-route-score"]) - decision["score"]) <= 0.0005 + 1e-9
        budget = decision["thinking_token_budget"]
        expected = "off" if not decision["thinking"] else str(budget) if budget else "unlimited"
        assert headers["x-route-thinking-budget"] == expected
        assert headers["x-route-reason"] == decision["reason"]


def test_client_thinking_override_is_honoured_by_the_router(client):
    r = client.chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": HARD + " /no_think"}], max_tokens=8)
    assert r.headers["x-route-thinking-budget"] == "off"
    assert r.parse().usage.completion_tokens_details.reasoning_tokens == 0
