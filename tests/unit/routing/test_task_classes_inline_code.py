"""A request about a fragment of code given inline, on the request's own line (2026-12-03, inline14).

"Find the bug: for i in range(10) print(i)" and "Fix this: if x = 5: print(\"five\")" were chat on the 0.6B
without thinking, "What's wrong with this code? x = [1, 2, 3]; print(x[3])" math on the 1.7B, "Why doesn't this
work: let x = 5; x = 6;" math on the 30B-A3B (main 6d8f7a6): code is found by lines that start like code
(`signals._CODE_LINE`) and by its share of code punctuation, and a fragment after a lead on the same line has
neither. The class: a fragment of Python, JavaScript, SQL, C or shell after a request to find its bug, fix it
or say why it fails, with or without a word that names code, in any language; code with thinking. Before the
mend 20 of these 27 members were not code. Guards keep their decision: equations and word problems ("If x = 5
and y = 2, ..."), a proof's error, prose that holds "for", "if" and "print" as words, grammar corrections.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

CODE = [
    "Find the bug: for i in range(10) print(i)",
    'Fix this: if x = 5: print("five")',
    "What's wrong with this code? x = [1, 2, 3]; print(x[3])",
    "Why doesn't this work: let x = 5; x = 6;",
    "Explain why this fails: const items = [1, 2, 3]; items = [];",
    "Why does this crash: def add(a, b) return a + b",
    "Find the bug: SELECT name, COUNT(*) FROM users WHERE age > 30",
    "What's wrong here? int arr[5]; arr[5] = 10;",
    'Fix this: while (i < 10) { printf("%d", i) }',
    "Why does this loop never stop: while i < 10: print(i)",
    "Finde den Fehler: for i in range(10) print(i)",
    "Warum funktioniert das nicht: let x = 5; x = 6;",
    "Encuentra el error: for i in range(10) print(i)",
    "¿Qué falla aquí? x = [1, 2, 3]; print(x[3])",
    'Trouve l\'erreur : if x = 5: print("cinq")',
    "Pourquoi ça ne marche pas : const total = 0; total += 5;",
    "Найди ошибку: for i in range(10) print(i)",
    "Почему это не работает: SELECT * FROM orders WHERE id = NULL",
    "找出错误：for i in range(10) print(i)",
    "这段代码为什么报错：x = [1, 2, 3]; print(x[3])",
    'このコードのバグを見つけて：for (int i = 0; i < 10; i++) printf("%d", i)',
    "이 코드의 버그를 찾아줘: for i in range(10) print(i)",
    "Warum gibt das undefined zurück: const f = x => { x * 2 }; console.log(f(3))",
    'Cosa c\'è che non va? if (x = 5) { console.log("cinque"); }',
    "Why doesn't this work: for f in *.txt; do echo $f; done",
    "Fix this: if [ $x -eq 5 ]; then echo yes; fi",
    "Why does ls -l | grep .txt print nothing?",
]

# (prompt, its task on main, whether it thinks there)
GUARDS = [
    ("Solve: 3x + 5 = 20", "math", True),
    ("If x = 5 and y = 2, what is x^2 + y?", "math", True),
    ("Find the error in this proof: 1 = 2 because a = b implies a^2 = ab", "reasoning", True),
    ("Fix this sentence: for the love of god, print it", "chat", False),
    ("Find the mistake: If he go to school, he learns.", "chat", False),
    ("Corrige la faute : Si il va à l'école, il apprend.", "writing", False),   # an edit (test_task_classes_edits)
    ("Finde den Fehler: Ich habe gestern nach Hause gegangen.", "chat", False),
    ("Encuentra el error: Yo sabo la respuesta.", "chat", False),
    ("Let f(x) = 2x + 3. What is f(4)?", "math", True),
    ("Evaluate sqrt(16) + log(100).", "math", True),
    ("Find the mistake: 2 + 2 = 5; 3 + 3 = 6", "math", True),
    ("Find the bug in my reasoning: if all cats are animals, and all dogs are animals, then all cats are dogs.",
     "reasoning", True),
    ("Lös die Gleichung: 2x - 4 = 10", "math", True),
    ("解方程：3x + 5 = 20", "math", True),
    ("Fix this sentence: if you print this, for sure it will look bad.", "extraction", False),
    ("Какая ошибка в решении: x = 5, значит x^2 = 10?", "math", True),
    ("Correct this: for all x, if x > 2 then x^2 > 4", "math", True),
    ("If f(x) = x^2 and g(x) = 2x, what is f(g(3))?", "math", True),
    ("Calculate max(3, 7) + min(2, 9).", "math", True),
    ("Given a[1] = 3 and a[n] = 2a[n-1] + 1, find a[5].", "math", True),
    ("Let x = 5; y = 3. Find x + y.", "math", True),
    ("let x = 5; y = 3. find x + y", "math", True),
    ("if x = 3: what is 2x + 1?", "math", True),
    ("for x in [1, 2, 3], what is the sum of x^2?", "math", True),
    ("Balance: NaOH(aq) + HCl(aq) -> NaCl(aq) + H2O(l)", "chat", False),
    ("Fix the grammar: I has a apple; she have two.", "writing", False),   # an edit (test_task_classes_edits)
    ("The WHO(World Health Organization) was founded in 1948; when did it start its work?", "knowledge", False),
    ("I love cats(and dogs); do you?", "knowledge", False),
    ("Describe the function(s) of the liver.", "knowledge", False),
]


@pytest.mark.parametrize("prompt", CODE)
def test_a_fragment_of_code_inline_is_code(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "code" and d.thinking, d


@pytest.mark.parametrize("prompt,task,thinking", GUARDS)
def test_guards_keep_their_decision(policy, views, prompt, task, thinking):
    d = decide(policy, views, prompt)
    assert d.task == task and d.thinking == thinking, d
