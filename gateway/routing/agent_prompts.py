"""Tools offered in the prompt's text (2026-12-03): an agent framework that describes its tools in the
messages and parses the model's text itself, instead of sending the body's `tools`.

Two protocols are read, as their frameworks publish them:
- Qwen's function-calling block, which Qwen-Agent appends to the system message when it prompts for
  function calls itself (`qwen_agent/llm/fncall_prompts/nous_fncall_prompt.py`) rather than send `tools`: the
  signatures as JSON between `<tools>` and `</tools>`, and the tools' results sent back in user turns
  between `<tool_response>` and `</tool_response>`;
- the ReAct format (LangChain's and Qwen-Agent's ReAct agents, in English or with a Chinese preamble):
  lines that open with its labels, "Thought:", "Action:", "Action Input:", "Observation:",
  "Final Answer:".
A text that only names the protocol ("what are Thought, Action and Observation?") or the tags ("parse the
JSON inside <tool_call> tags") offers no tool: the signatures must hold a name, and the labels must open
lines, three of them, an action and an observation among them.
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"^[ \t]*(Thought|Action Input|Action|Observation|Final Answer)[ \t]*[:：]", re.MULTILINE)
REACT_MIN_LABELS = 3
# Qwen's template names its own tags first ("within <tools></tools> XML tags"): every block is read.
_TOOLS_BLOCK = re.compile(r"<tools>(.*?)</tools>", re.DOTALL)


def offers_tools(text: str) -> bool:
    """`text` (a request's whole conversation) offers tools by a prompted protocol: Qwen's `<tools>`
    block with a signature, a `<tool_response>`, or the ReAct format's labels."""
    if "<tools>" in text and any('"name"' in block for block in _TOOLS_BLOCK.findall(text)):
        return True
    if "<tool_response>" in text and "</tool_response>" in text:
        return True
    if "Observation" not in text:
        return False
    labels = {m.group(1) for m in _LABEL.finditer(text)}
    return (len(labels) >= REACT_MIN_LABELS and "Observation" in labels
            and not labels.isdisjoint(("Action", "Action Input")))
