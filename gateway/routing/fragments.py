"""A fragment of code given inline, on the request's own line ("Find the bug: for i in range(10) print(i)").

Why a shape and not words: `signals` finds code by lines that start like code and by its share of code
punctuation, and a short fragment after a lead ("Fix this:", "Почему это не работает:", "找出错误：") has
neither, while the lead's words are those of a grammar correction or a proof's check as well. A fragment
is told by the forms of statements, which no language's prose or an equation takes: a call of a named
function ("print(i)", "console.log(x)"; not a formula's "f(x)" or "sqrt(16)"), a loop or a declaration
("for i in range(", "let x =", "int arr["), a block's colon after a lower-case keyword ("if x = 5: print"),
an index ("x[3]"), an operator of programs ("==", "+=", "i++"), a statement's semicolon, a query's clauses
("SELECT ... FROM", "WHERE"), a shell's block words, pipes and flags ("; then", "| grep", "ls -l"). Keywords are lower case, as programs write them: "If x = 5 and y = 2, ..."
opens a sentence. Two different forms are asked, so one call in a word problem is no program.
"""

from __future__ import annotations

import re

from .code_words import CODE_CALLS, MATH_FUNCTIONS

# A named call: a name of three letters or more right before its parenthesis, in lower case first ("print(",
# "getElementById(") or dotted ("Console.WriteLine("). A capitalised word or an acronym glued to a parenthesis
# is prose's or chemistry's ("the WHO(World Health Organization)", "NaOH(aq)"), as is a plural's "(s)"
# ("enzyme(s)"); SQL's "COUNT(" has its forms.
_CALL = re.compile(r"(?<![\w.])([a-z_]\w*(?:\.[A-Za-z_]\w*)*|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\((?!e?s\))")
_FORMS: tuple[re.Pattern[str], ...] = (
    # a loop or a declaration
    re.compile(r"(?<![\w.])(?:for[ \t]+\w+[ \t]+in[ \t]+[\w.]*[(\[*]|for[ \t]*\(|while[ \t]*\("
               r"|def[ \t]+\w+[ \t]*\(|function[ \t]+\w+[ \t]*\(|function[ \t]*\([^()\n]*\)[ \t]*\{|(?:let|const|var)[ \t]+\w+[ \t]*[=;]"
               r"|if[ \t]+\[\[?[ \t]|(?:int|char|float|double|void|long|bool|auto)[ \t]+\*?\w+[ \t]*[=\[;(])"),
    # a block's colon after a lower-case keyword, a statement after it
    re.compile(r"(?<![\w.])(?:if|elif|else|while|for|try|except)\b[^:\n]{0,40}:[ \t]*[A-Za-z_]"),
    # an index
    re.compile(r"(?<![\w.])[A-Za-z_]\w*\[[^\]\n]{1,20}\]"),
    # an operator of programs
    re.compile(r"==|!=|\+=|-=|\*=|\w\+\+|&&|\|\||=>"),
    # a statement's semicolon: after a value, at the end, before a brace or a statement that calls or updates
    # ("x = 6;", "]; print(", "0; total += 5"); prose's "cats(and dogs); do you?" goes on in words, and a
    # problem's "let x = 5; y = 3. find x + y" in its givens
    re.compile(r"[\w)\]}\"'][ \t]*;(?:[ \t]*$|[ \t]*}|[ \t]+[A-Za-z_][\w.\[\]]*[ \t]*(?:[-+*/]=|\(|\+\+))"),
    # a query
    re.compile(r"\bSELECT\b[^\n]{1,80}\bFROM\b"),
    re.compile(r"\b(?:WHERE|GROUP BY|ORDER BY|JOIN|HAVING|VALUES|INSERT INTO|UPDATE)\b"),
    # a shell's block ("; do ...; done"), a pipe into a filter
    re.compile(r";[ \t]*(?:then|do)\b[^\n]*;[ \t]*(?:fi|done)\b|\|[ \t]*(?:grep|awk|sed|sort|uniq|wc|xargs|head|tail|cut|tr)\b"),
    # a command with its flags
    re.compile(r"(?<![\w-])(?:ls|rm|cp|mv|grep|chmod|chown|find|tar|curl|git|docker|pip|npm|cat|echo|sed|awk|ssh)"
               r"[ \t]+--?[A-Za-z]"),
)
# What nearly every fragment holds, one of these (a call's or index's bracket, a statement's end, an assignment,
# a pipe) or a query: a text without any is no fragment, found in one C scan (most prompts hold none).
_ANY_CODE_MARK = re.compile(r"[(\[;{|=]|SELECT")
FORMS_NEEDED = 2
# A fragment is read in a short text only: a longer one shows its code in lines (`signals._CODE_LINE`), and an
# article's citation marks after a word ("Males[10]") beside its semicolons are no index and no statement.
TEXT_CHARS = 300


# One form that alone is code (code31): "Why does print('hi') do nothing?", "Why is x == None bad style?", "What does
# std::move(v) do?". A named call (`_CALL`) of a builtin of programs (`code_words.CODE_CALLS`: "len(x)"), of a
# dotted name ("console.log(a)"), or with a quoted argument or none ("print('hi')", "main()"); a scoped name
# ("std::move"); a comparison or an update no formula writes ("==", "!=", "+=", "&&", "i++", "++x": an identifier in
# lower case, not "A++"); a query. Formulas keep their letters and functions: "f(x) = x^2", "sin(30)", "gcd(12, 18)".
_STRONG = re.compile(r"[A-Za-z_]\w*::[A-Za-z_~]\w*|(?<![\w+])[a-z_]\w*\+\+(?![\w+])|(?<![\w+])\+\+[a-z_]\w*"
                     r"|[\w)\]][ \t]*(?:===?|!==?|\+=|&&)[ \t]*[\w(\[\"']|\bSELECT\b[^\n]{1,80}\bFROM\b")
_STRONG_MARKS = ("::", "++", "==", "!=", "+=", "&&", "SELECT")   # one of them, or `_STRONG` finds nothing
_CALL_ENDS = ("'", '"', ")")


def holds_code_fragment(text: str) -> bool:
    """The text, at most `TEXT_CHARS` long, holds `FORMS_NEEDED` different forms of code statements, or one that
    alone is code (`_STRONG`, a strong call) (module docstring)."""
    if len(text) > TEXT_CHARS or (_ANY_CODE_MARK.search(text) is None and "++" not in text):
        return False
    calls = list(_CALL.finditer(text))
    if any(_strong_call(text, m) for m in calls) or (any(k in text for k in _STRONG_MARKS) and _STRONG.search(text)):
        return True
    found = int(any(len(m.group(1)) >= 3 and m.group(1).lower() not in MATH_FUNCTIONS for m in calls))
    for form in _FORMS:
        if found >= FORMS_NEEDED:
            break
        found += form.search(text) is not None
    return found >= FORMS_NEEDED


def _strong_call(text: str, call: re.Match[str]) -> bool:
    """The named call `call` is code alone: a builtin of programs, a dotted name's, or one with a quoted argument
    or none."""
    name = call.group(1)
    return ("." in name or name.lower() in CODE_CALLS
            or (len(name) >= 3 and name.lower() not in MATH_FUNCTIONS and text.startswith(_CALL_ENDS, call.end())))
