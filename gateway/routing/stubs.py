"""An unfinished definition: a function's signature and documentation, its body left to write.

Why a shape and not words: the documentation says what the function is to do, in any language, with the
words of any task ("extract the vowels", "çevirin", "<summary>", "import encoding/json"); the request is
to complete the code all the same. Two shapes, both survive translation: the text opens with code (a
comment, an import, a declaration) and either leaves a block open at its end (a brace-language
signature and its `{`) or ends in a `def` whose body holds only documentation (Python, Ruby). One
line of words may come first if it names no other task ("Complete the following function:", "Допиши
функцию:"); an instruction that does ("Translate this docstring: ...", "Explain ...") is no stub, its
words decide.
"""

from __future__ import annotations

import re

from .cues import cue_hits

# The first line of a text that is code: a comment, a docstring, an import or a declaration.
_OPENS_CODE = re.compile(
    r"[ \t]*(?:#|//|/\*|<\?php|@\w|\"\"\"|'''|from[ \t]+[\w.]+[ \t]+import\b"
    r"|(?:import|package|using|namespace|def|class|object|function|func|fun|fn|sub|const|public|private|"
    r"protected|static|module|require|use|interface|struct)[ \t]+\S)")
# A line that opens a definition's block: a signature's parenthesis, or a declaration word.
_DEFINES = re.compile(r"\)|\b(?:sub|def|class|object|namespace|interface|struct|impl|trait|enum|module)\b")
_DEF_LINE = re.compile(r"[ \t]*(?:async[ \t]+)?def[ \t]+\w+.*")
_DOCSTRING = re.compile(r"(\"\"\"|''')[\s\S]*?(?:\1|$)")
# What a body that is not yet written may hold: documentation, imports, a placeholder.
_NOT_A_BODY = re.compile(r"[ \t]*(?:#.*|import[ \t].*|from[ \t]+\S+[ \t]+import[ \t].*|pass|\.\.\.)?[ \t]*")
# The families of a lead line that name a task other than completing the code (or ask a question).
OTHER_TASKS = frozenset({"extraction", "writing", "knowledge", "reasoning", "math", "roleplay", "role_clause",
                         "play", "syllogism", "claim", "interrogative"})
LEAD_CHARS = 160
HEAD_CHARS = 2 * LEAD_CHARS   # enough for a lead line and the start of the next
OPEN_BLOCK_LINES = 3     # the last `{` opened within the text's last lines: the code stops there


def is_code_stub(text: str) -> bool:
    """The text is code that stops at a definition to complete (module docstring). Its first two lines
    are read first, so a text of words costs one match; the rest reads the text's end."""
    first = [line for line in text.lstrip()[:HEAD_CHARS].splitlines() if line.strip()][:2]
    if not first or not (_OPENS_CODE.match(first[0]) or _leads_to_code(first)):
        return False
    return _open_block(text) or _bare_def(text)


def _leads_to_code(first: list[str]) -> bool:
    """The first line is a short request before the code that names no task but code's (`OTHER_TASKS`)."""
    return (len(first) > 1 and len(first[0]) <= LEAD_CHARS and _OPENS_CODE.match(first[1]) is not None
            and OTHER_TASKS.isdisjoint(cue_hits(first[0])))


def _open_block(text: str) -> bool:
    """More `{` than `}`, the last `{` among the last `OPEN_BLOCK_LINES` lines, on a definition's line or
    just after one ("public static int F(int a)" then "{"; Perl's "sub f" then "{")."""
    if text.count("{") <= text.count("}"):
        return False
    last = text.rfind("{")
    if sum(1 for line in text[last:].splitlines() if line.strip()) > OPEN_BLOCK_LINES:
        return False
    return any(_DEFINES.search(line) for line in text[:last + 1].rstrip().rsplit("\n", 2)[-2:])


def _bare_def(text: str) -> bool:
    """The last `def` line is followed by documentation, imports or a placeholder only."""
    i = len(text)
    while (i := text.rfind("def", 0, i)) >= 0:
        line = _DEF_LINE.match(text, text.rfind("\n", 0, i) + 1)
        if line:
            rest = _DOCSTRING.sub("", text[line.end():])
            return all(_NOT_A_BODY.fullmatch(part) for part in rest.splitlines())
    return False
