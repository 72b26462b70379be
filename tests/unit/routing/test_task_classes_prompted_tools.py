"""Tools offered in the prompt's text, not in the body's `tools` (2026-12-03, stop 25).

Agent frameworks often describe their tools in the messages and parse the model's text themselves:
Qwen-Agent, when it prompts for function calls itself, renders the function signatures into the system
message (Qwen's own "# Tools ... <tools></tools>" block) and sends the tools' results back as user turns in `<tool_response>` tags;
LangChain's and Qwen-Agent's ReAct agents put "You have access to the following tools" and the
Thought / Action / Action Input / Observation format in the user turn. The router read the question
alone: "What's the weather in Paris?" after Qwen-Agent's tool block was knowledge on the smallest model,
a ReAct prompt was extraction, and a `<tool_response>` turn was read as whatever its JSON looked like.
The body's `tools` made the same requests `tool_use`.

A request whose text offers tools by one of these protocols is `tool_use`, like one with `tools` in the
body. It does not claim the body's `tools` (`RouteRequest.has_tools`), which also ask for a server-side
tool parser: a prompted protocol is plain text to every model. A question about such a protocol, or a
program that parses its tags, is not an agent's turn.

Written by this project for this test: the templates follow the frameworks' published formats (Qwen-Agent
`qwen_agent/llm/fncall_prompts/nous_fncall_prompt.py` and `qwen_agent/agents/react_chat.py`, LangChain's
ReAct prompt); the tools and questions are this project's.
"""

from __future__ import annotations

import json

import pytest

from gateway.routing.features import route_request_from_chat
from gateway.thinking import ThinkingIntent

from .decisions import decide

_FUNCTIONS = [
    {"type": "function", "function": {"name": "get_weather", "description": "Current weather in a city",
                                      "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                                                     "required": ["city"]}}},
    {"type": "function", "function": {"name": "convert_currency", "description": "Convert an amount of money",
                                      "parameters": {"type": "object", "properties": {
                                          "amount": {"type": "number"}, "from": {"type": "string"},
                                          "to": {"type": "string"}}}}},
]
# Qwen's function-calling block, as Qwen-Agent appends it to the system message.
TOOL_BLOCK = (
    "# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
    "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n"
    + "\n".join(json.dumps(f) for f in _FUNCTIONS)
    + "\n</tools>\n\nFor each function call, return a json object with function name and arguments within "
    "<tool_call></tool_call> XML tags:\n<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n"
    "</tool_call>"
)
REACT = (
    "Answer the following questions as best you can. You have access to the following tools:\n\n"
    "get_weather: Current weather in a city. Parameters: {\"city\": string}\n"
    "convert_currency: Convert an amount of money. Parameters: {\"amount\": number, \"from\": string, \"to\": string}\n\n"
    "Use the following format:\n\n"
    "Question: the input question you must answer\n"
    "Thought: you should always think about what to do\n"
    "Action: the action to take, should be one of [get_weather, convert_currency]\n"
    "Action Input: the input to the action\n"
    "Observation: the result of the action\n"
    "... (this Thought/Action/Action Input/Observation can be repeated zero or more times)\n"
    "Thought: I now know the final answer\n"
    "Final Answer: the final answer to the original input question\n\n"
    "Begin!\n\nQuestion: {q}\nThought:"
)
# A ReAct prompt written in Chinese around the same English labels.
REACT_ZH = (
    "请尽可能回答以下问题。你可以使用以下工具：\n\nget_weather: 查询城市天气\nconvert_currency: 货币换算\n\n"
    "请使用以下格式：\n\nQuestion: 你需要回答的问题\nThought: 你需要思考下一步该做什么\n"
    "Action: 要执行的动作，必须是 [get_weather, convert_currency] 中的一个\nAction Input: 动作的输入参数\n"
    "Observation: 动作执行的结果\n...（Thought/Action/Action Input/Observation 可以重复多次）\n"
    "Thought: 我现在知道最终答案了\nFinal Answer: 原始问题的最终答案\n\n开始！\n\nQuestion: {q}\nThought:"
)
QUESTIONS = [
    ("en", "What's the weather in Paris?"),
    ("en", "How much is 250 euros in Japanese yen?"),
    ("en", "Hi! Is it raining in London right now?"),
    ("de", "Wie ist das Wetter in Berlin?"),
    ("fr", "Quel temps fait-il à Lyon ?"),
    ("es", "¿Cuántos dólares son 100 euros?"),
    ("zh", "北京今天天气怎么样？"),
    ("ja", "東京の天気は？"),
]


def _decide_chat(policy, views, messages):
    body = {"model": "auto", "messages": messages}
    return policy.decide(route_request_from_chat(body, ThinkingIntent(), "balanced"), views)


@pytest.mark.parametrize("lang,question", QUESTIONS)
def test_qwen_agent_tool_block_in_the_system_message_is_tool_use(policy, views, lang, question):
    d = _decide_chat(policy, views, [{"role": "system", "content": "You are a helpful assistant.\n\n" + TOOL_BLOCK},
                                     {"role": "user", "content": question}])
    assert d.task == "tool_use", (lang, question, d.task, d.model)


@pytest.mark.parametrize("lang,question", QUESTIONS)
def test_tool_response_turn_continues_the_agent_loop(policy, views, lang, question):
    call = {"name": "get_weather", "arguments": {"city": "Paris"}}
    d = _decide_chat(policy, views, [
        {"role": "system", "content": TOOL_BLOCK},
        {"role": "user", "content": question},
        {"role": "assistant", "content": "<tool_call>\n" + json.dumps(call) + "\n</tool_call>"},
        {"role": "user", "content": "<tool_response>\n{\"temp_c\": 18, \"sky\": \"cloudy\"}\n</tool_response>"},
    ])
    assert d.task == "tool_use", (lang, question, d.task, d.model)


@pytest.mark.parametrize("template", [REACT, REACT_ZH], ids=["react-en", "react-zh"])
@pytest.mark.parametrize("lang,question", QUESTIONS)
def test_react_prompt_in_the_user_turn_is_tool_use(policy, views, template, lang, question):
    prompt = template.replace("{q}", question)
    assert decide(policy, views, prompt).task == "tool_use", (lang, question)
    d = _decide_chat(policy, views, [{"role": "user", "content": prompt}])
    assert d.task == "tool_use", (lang, question, d.task)


@pytest.mark.parametrize("lang,question", QUESTIONS[:4])
def test_react_scratchpad_after_an_observation_is_tool_use(policy, views, lang, question):
    prompt = (REACT.replace("{q}", question) + " I should look it up.\nAction: get_weather\n"
              "Action Input: {\"city\": \"Paris\"}\nObservation: 18 C, cloudy\nThought:")
    assert decide(policy, views, prompt).task == "tool_use", (lang, question)


NOT_AN_AGENT = [
    # questions about a protocol, or programs that handle its text
    ("en", "Explain the ReAct prompting technique: what are Thought, Action and Observation?", "tool_use"),
    ("en", "Write a Python function that extracts the JSON inside <tool_call></tool_call> tags from a string.",
     "tool_use"),
    ("en", "What tools do I need to change a bike tire?", "tool_use"),
    ("en", "Action: the plot of the film. Thought: is it good? Write a short review of Inception.", "tool_use"),
]


@pytest.mark.parametrize("lang,prompt,not_task", NOT_AN_AGENT)
def test_text_about_tools_is_no_agent_turn(policy, views, lang, prompt, not_task):
    assert decide(policy, views, prompt).task != not_task, (lang, prompt)


def test_the_body_tools_flag_is_not_claimed_by_a_prompted_protocol():
    """`has_tools` also asks for a model served with a tool parser; a prompted protocol needs none."""
    body = {"model": "auto", "messages": [{"role": "system", "content": TOOL_BLOCK},
                                          {"role": "user", "content": "What's the weather in Paris?"}]}
    assert not route_request_from_chat(body, ThinkingIntent(), "balanced").has_tools
