"""The clients users bring: the openai SDK configured as Qwen-Agent does, and LangChain."""


from gateway.config import QWEN3_BUDGET_END_TEXT

FORCED = QWEN3_BUDGET_END_TEXT.split("</think>")[0]
PROMPT = [{"role": "user", "content": "Plan a trip."}]
# Thinking with a small budget, so every answer has reasoning, the forced end text, then content.
THINK = {"thinking_token_budget": 8, "chat_template_kwargs": {"enable_thinking": True}}


def test_qwen_agent_style_openai_config_streams_reasoning_apart(live_server):
    from openai import OpenAI

    # Qwen-Agent's llm config: {'model': ..., 'model_server': 'http://localhost:8000/v1', 'api_key': 'EMPTY'}
    llm_cfg = {"model": "auto", "model_server": f"http://localhost:{live_server.port}/v1", "api_key": "EMPTY"}
    client = OpenAI(base_url=llm_cfg["model_server"], api_key=llm_cfg["api_key"])
    reasoning, content = "", ""
    for chunk in client.chat.completions.create(model=llm_cfg["model"], messages=PROMPT, stream=True,
                                                max_tokens=40, extra_body=THINK):
        for c in chunk.choices:
            reasoning += getattr(c.delta, "reasoning_content", None) or ""
            content += c.delta.content or ""
    assert reasoning.endswith(FORCED)
    assert content.strip() and FORCED not in content


def test_langchain_chat_openai_streams_the_answer_without_the_reasoning(live_server):
    from langchain_openai import ChatOpenAI

    llm = ChatOpenAI(model="qwen3-0.6b", base_url=f"http://127.0.0.1:{live_server.port}/v1", api_key="EMPTY",
                     max_tokens=40, streaming=True, extra_body=THINK, temperature=0.6)
    chunks = list(llm.stream("Plan a trip."))
    content = "".join(c.content for c in chunks if isinstance(c.content, str))
    assert len(chunks) > 1
    assert content.strip() and FORCED not in content  # the reasoning stayed apart from the answer
    assert "</think>" not in content
