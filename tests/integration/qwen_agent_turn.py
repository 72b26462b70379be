"""Two whole turns of a Qwen-Agent `Assistant` through the gateway, with a function tool of its own
and the tools of a local MCP server (tests/integration/mcp_calc.py over stdio). Run by
tests/integration/test_agents.py in Qwen-Agent's own environment; prints one JSON report.

Usage: python qwen_agent_turn.py BASE_URL MODEL THINKING(True|False)
"""

import json
import sys
from pathlib import Path

from qwen_agent.agents import Assistant
from qwen_agent.tools.base import BaseTool, register_tool


@register_tool("lookup_weather")
class LookupWeather(BaseTool):
    description = "The weather in a city."
    parameters = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}

    def call(self, params, **kwargs) -> str:
        return f"sunny in {json.loads(params)['city']}"


def main(base_url: str, model: str, thinking: bool) -> dict:
    extra = {"chat_template_kwargs": {"enable_thinking": thinking}}
    if thinking:
        extra["thinking_token_budget"] = 8
    llm = {"model": model, "model_server": base_url, "api_key": "EMPTY",
           "generate_cfg": {"max_tokens": 48, "extra_body": extra}}
    mcp = {"mcpServers": {"calc": {"command": sys.executable, "args": [str(Path(__file__).with_name("mcp_calc.py"))]}}}
    bot = Assistant(llm=llm, function_list=[mcp, "lookup_weather"], system_message="Use the tools when they help.")
    messages, answers, reasoning = [], [], False
    for question in ("What is 2 plus 3?", "And the weather in Paris?"):
        messages.append({"role": "user", "content": question})
        last = []
        for last in bot.run(messages=messages):
            pass
        messages.extend(last)
        final = last[-1] if last else {}
        answers.append(final.get("role") == "assistant" and bool(final.get("content")))
        reasoning = reasoning or any(m.get("reasoning_content") for m in last)
    tools = bot.function_map
    return {"tools": sorted(tools), "mcp_add": str(tools["calc-add"].call('{"a": 2, "b": 3}')),
            "function_tool": tools["lookup_weather"].call('{"city": "Paris"}'),
            "turns": len(answers), "answers": answers, "reasoning": reasoning}


if __name__ == "__main__":
    report = main(sys.argv[1], sys.argv[2], sys.argv[3] == "True")
    print(json.dumps(report), flush=True)
