"""Code requests the router did not read as code (2026-12-03, code31), four classes.

Found on main de8daac, balanced mode:
- a spreadsheet formula asked for ("Write an Excel formula to sum column B where column A is "yes"." was writing on
  the 4B without thinking): a formula of Excel, Google Sheets or LibreOffice Calc (SUMIF, VLOOKUP, INDEX/MATCH, a
  pivot table), Power Query or DAX is a program in a spreadsheet's language;
- a question about one short form of code given inline ("Why does print('hi') do nothing?" was knowledge on the
  0.6B): one call, comparison or statement, which `fragments` did not read alone (it asks for two forms);
- a language whose name is a common word, named with a word of that language's own ("What does the Go keyword
  defer do?", "What is the borrow checker in Rust?": knowledge on the 0.6B);
- a language's name inflected by the request's language ("Jak napisać pętlę for na Javę?", "на Питоне",
  "Javában", "Javalla": knowledge on the 0.6B).
Guards keep their decision on main: a formula of mathematics, the word print of publishing, a belt, a bird, the
board game, a person, a lake, a gem, an island.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

SPREADSHEETS = [
    'Write an Excel formula to sum column B where column A is "yes".',
    "How do I write a SUMIF formula in Excel?",
    "What Excel formula counts the cells in column C that are over 100?",
    "How do I use INDEX MATCH in Excel instead of VLOOKUP?",
    "How do I make a pivot table in LibreOffice Calc that sums sales by month?",
    "Write a DAX measure for year-over-year sales growth.",
    "How do I split a column by a delimiter in Power Query?",
    "Which XLOOKUP formula returns the price for a product code in Google Sheets?",
    'Schreib mir eine Excel-Formel, die Spalte B summiert, wenn in Spalte A "ja" steht.',
    "Welche Excel-Formel zählt alle Zellen über 100?",
    'Escribe una fórmula de Excel que sume la columna B si la columna A dice "sí".',
    "¿Qué fórmula de Google Sheets busca un precio por nombre de producto?",
    "Écris une formule Excel qui additionne la colonne B quand la colonne A vaut « oui ».",
    '写一个Excel公式，当A列为"是"时对B列求和。',
    "Excelの数式でA列が「はい」のときB列を合計するには？",
    "Напиши формулу Excel, которая суммирует столбец B, если в столбце A стоит «да».",
    'Napisz formułę Excela, która zsumuje kolumnę B, gdy w kolumnie A jest "tak".',
    "Comment utiliser RECHERCHEV dans Excel ?",
    "¿Cómo uso BUSCARV en Excel?",
    "Wie benutze ich SVERWEIS in Excel?",
    "Как в Google Таблицах написать формулу ВПР?",
]

CODE_FORMS = [
    "Why does print('hi') do nothing?",
    "What does len(x) return for a dictionary?",
    "Why is x == None considered bad style?",
    "What does i++ do?",
    "Why does console.log(a) print undefined?",
    "What does SELECT * FROM t return if the table is empty?",
    "What does std::move(v) actually do?",
    "Why does my list.append(x) return None?",
    "What is the difference between x++ and ++x?",
    "Warum gibt print('hallo') nichts aus?",
    "¿Por qué console.log(a) imprime undefined?",
    "Pourquoi len(x) renvoie une erreur sur un entier ?",
    "为什么 print('hi') 没有输出？",
    "Почему console.log(a) выводит undefined?",
]

WORD_NAMES = [
    "What does the Go keyword defer do?",
    "What is the borrow checker in Rust?",
    "What is a trait in Rust?",
    "What is a lifetime in Rust?",
    "What is a crate in Rust?",
    "How do packages work in Dart?",
    "What is multiple dispatch in Julia?",
    "How do I install a package in R?",
    "What does a macro do in Crystal?",
    "How do macros work in Nim?",
    "What does the Elm compiler check?",
    "What is a pointer in C?",
    "What is a block in Ruby?",
    "Was macht das Schlüsselwort defer in Go?",
    "¿Qué hace la palabra clave defer en Go?",
    "Que fait le mot-clé defer en Go ?",
    "Go语言中的defer关键字是做什么的？",
    "Что делает ключевое слово defer в Go?",
    "¿Cómo instalo un paquete en R?",
    "Wie installiere ich ein Paket in R?",
    "Как установить пакет в R?",
    "Что такое указатель в C?",
    "¿Qué es un puntero en C?",
]

INFLECTED = [
    "Jak napisać pętlę for na Javę?",
    "Jak zadeklarować tablicę w Javie?",
    "Jak napsat cyklus for v Javě?",
    "Как написать цикл for на Питоне?",
    "Как объявить массив на Джаве?",
    "Як написати цикл for на Пайтоні?",
    "Java'da dizi nasıl tanımlanır?",
    "Miten määrittelen taulukon Javalla?",
    "Hogyan deklarálok tömböt Javában?",
    "Hogyan írjak for ciklust Rustban?",
    "Как написать цикл на Котлине?",
    "Jak napisać pętlę w Kotlinie?",
]

GUARDS = [
    ("Why is f(x) = x^2 even?", None),
    ("What is sin(30)?", None),
    ("What is f(2) if f(x) = 3x + 1?", "math"),
    ("What does print mean in publishing?", None),
    ("Is an A++ energy rating worth the extra cost?", None),
    ("Where does the Rust belt begin?", None),
    ("What does go mean in the board game Go?", None),
    ("Who was Julia Child?", None),
    ("What is the capital of Crystal Lake?", None),
    ("What is a ruby made of?", None),
    ("What is a lifetime warranty?", None),
    ("Jak napisać wiersz o Jawie?", None),
    ("Как доехать до Явы?", None),
    ("Сколько весит взрослый питон?", None),
    ("Where is Goa on the map of India?", None),
    ("Which excel at sports: cats or dogs?", None),
    ("What is the formula for the area of a circle?", None),
    ("How did the DAX close today?", None),
    ("How do I excel at my new job?", None),
    ("If f(x) = x^2 + 1 and g(x) = 2x, what is f(g(x))?", "math"),
    ("What is lim(x->0) sin(x)/x?", None),
    ("Let's go package the gifts for the party.", None),
    ("Which lifetime award did Julia Roberts win?", None),
    ("What is the R value of this insulation?", None),
    ("Which library is best in C?", None),
    ("Wo ist die beste Bibliothek in C?", None),
    ("Сколько стоит пакет молока в Раста-кафе?", None),
    ("Сколько весит взрослый питон и что он ест?", None),
    ("Gdzie leży wyspa Jawa i jak tam dojechać?", None),
]


@pytest.mark.parametrize("prompt", SPREADSHEETS + CODE_FORMS + WORD_NAMES + INFLECTED)
def test_code_request_is_code(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "code" and d.thinking, d


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_are_not_code(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task != "code", d
    if task:
        assert d.task == task, d
