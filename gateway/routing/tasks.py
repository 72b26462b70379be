"""Task class of a request from script-agnostic signals: which published prior applies to it.

Why rules and not a learned classifier: no labelled multilingual task data exists here, and the
class only picks a column of the priors table, so a wrong class costs a little quality, not a
failed request. The rules look at shapes that survive translation: tools in the request, length,
code punctuation and indented lines, digits with operators or several quantities, answer options
and question marks of several scripts.
"""

from __future__ import annotations

TASKS: tuple[str, ...] = ("math", "code", "knowledge", "chat", "long_context", "tool_use")
LONG_CONTEXT_TOKENS = 8192
KNOWLEDGE_MIN_TOKENS = 20   # counted with the chat template's 8 tokens: about 12 of content


def classify(sig: dict[str, float], prompt_tokens: int, has_tools: bool,
             long_context_tokens: int = LONG_CONTEXT_TOKENS) -> str:
    """One of TASKS. Order matters: tools and length decide before content does."""
    if has_tools:
        return "tool_use"
    if prompt_tokens >= long_context_tokens:
        return "long_context"
    if sig["fence"] or sig["n_code_lines"] >= 2 or (sig["code_share"] >= 1.2 and sig["n_code_lines"] >= 1):
        return "code"
    numbers, operators = sig["n_numbers"], sig["n_operators"]
    if sig["log_markup"] > 0 or (numbers >= 2 and (operators >= 1 or numbers >= 3 or sig["log_money"] > 0)):
        return "math"
    asks = sig["log_questions"] > 0 or sig["ends_colon"] or sig["n_options"] >= 2
    if asks and (prompt_tokens >= KNOWLEDGE_MIN_TOKENS or sig["n_options"] >= 2):
        return "knowledge"
    return "chat"
