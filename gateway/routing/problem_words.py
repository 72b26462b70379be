"""The words of a programming problem told in words (round 14, 2026-12-03), read by `problems`: the nouns
of data that only programs hold (an array, a substring, a linked list), the nouns a variable's name follows
("a string s", "整数 n"), and the verbs that pose the problem (return, given, design). Written by this
project, not learned from any benchmark. Lower case. A word of a spaced script is read at a word's start
and end; a word that ends with "*" as a stem ("subarray*" reads "subarrays"), in a phrase too ("связн*
спис*" reads "связный список" and "связного списка"); Chinese, Japanese and Korean words as substrings.
"""

from __future__ import annotations

# Data that only programs hold: beside a verb that poses a problem (`RETURN_VERBS`, `GIVEN_WORDS`,
# `DESIGN_VERBS`), a problem to program in any wording. Not a subsequence (a sequence's, in analysis), a
# binary tree or a binary string (counted in combinatorics): those are `SHARED_NOUNS`. An array alone is
# also a solar array or an array of options: only in the phrases of programming, or with its name
# (`CODE_TYPES`: "an array nums").
CODE_NOUNS: tuple[str, ...] = (
    "integer array*", "array* of integers", "array* of strings", "array* of characters", "sorted array*",
    "2d array*", "binary array*", "character array*", "string array*", "boolean array*", "subarray*",
    "array* von ganzen zahlen", "ganzzahlig* array*", "arreglo* de enteros", "array* di interi",
    "array* de inteiros", "vetor* de inteiros", "массив* целых чисел", "substring*", "linked list*", "0-indexed", "1-indexed", "hash map*",
    "hashmap*", "hash table*", "data structure*", "trie",
    "subarreglo*", "subcadena*", "lista enlazada", "listas enlazadas", "estructura de datos",
    "estructuras de datos", "cadena de caracteres", "cadenas de caracteres",
    "lista ligada", "lista encadeada", "estrutura de dados", "estruturas de dados",
    "teilarray*", "teilstring*", "teilzeichenkette*", "zeichenkette*", "verkettete* liste*", "datenstruktur*",
    "tableau d'entiers", "tableaux d'entiers", "sous-tableau*", "sous-chaîne*", "liste chaînée", "listes chaînées",
    "structure de données", "structures de données", "chaîne de caractères", "chaînes de caractères",
    "sottoarray", "sottostringa", "sottostringhe", "lista concatenata", "struttura dati", "strutture dati",
    "подмассив*", "подстрок*", "связн* спис*", "структур* данных",
    "数组", "子数组", "字符串", "子串", "链表", "数据结构", "下标从", "哈希表",
    "配列", "文字列", "連結リスト", "データ構造", "정수 배열", "문자열", "연결 리스트", "자료 구조", "자료구조",
)
# Data that programs and combinatorics both hold, and words that name an array and other things (a deal,
# a painting, a massif, an arrangement): a problem only beside a verb of returning.
SHARED_NOUNS: tuple[str, ...] = (
    "arreglo*", "tableau", "tableaux", "массив*", "배열",
    "binary tree*", "binary search tree*", "n-ary tree*", "binary string*", "árbol binario", "árboles binarios",
    "árvore binária", "binärbaum*", "arbre binaire", "arbres binaires", "albero binario", "двоичн* дерев*",
    "бинарн* дерев*", "二叉树", "二叉搜索树", "二分木", "이진 트리",
)
# Nouns a variable's name may follow ("a string s", "two strings word1 and word2", "字符串 s"): a string's
# or an array's is a problem's data beside a verb that poses it; a number's, a matrix's or a list's
# ("an integer n", "a matrix A") only beside a verb of returning, since a math problem names them too.
CODE_TYPES: tuple[str, ...] = (
    "string", "strings", "array", "arrays", "cadena", "cadenas", "chaîne", "chaînes", "строка", "строки",
    "строку", "stringa", "stringhe", "字符串", "数组", "文字列", "配列", "문자열", "배열",
)
SHARED_TYPES: tuple[str, ...] = (
    "integer", "integers", "number", "numbers", "matrix", "matrices", "grid", "grids", "list", "lists", "graph",
    "tree", "entero", "enteros", "número", "números", "matriz", "lista", "entier", "entiers", "nombre", "matrice",
    "liste", "zahl", "zahlen", "intero", "interi", "число", "числа", "матрица", "матрицу",
    "список", "整数", "正整数", "矩阵", "网格", "列表", "数字", "行列", "정수", "행렬",
)
# Words that follow a type noun and name no variable ("an array of", "integers that").
NOT_NAMES = frozenset((
    "of", "with", "that", "which", "where", "and", "or", "the", "a", "an", "in", "to", "is", "are", "from", "as",
    "on", "at", "by", "for", "were", "was", "be", "has", "have", "it", "its", "this", "these", "those", "each",
    "all", "not", "only", "can", "will", "may", "containing", "consisting", "such", "de", "del", "la", "el",
    "le", "les", "des", "und", "der", "die", "das", "mit", "von", "и", "из",
))
# Verbs of returning, the usual word of a statement's request ("return the number of ..."): in a story
# too ("she returns 7 marbles"), so never alone.
RETURN_VERBS: tuple[str, ...] = (
    "return", "returns", "devuelve", "devuelva", "devuelvan", "devolver", "devuelvo", "retorna", "retorne",
    "retornar", "regresa", "regrese", "devolva", "devolve", "renvoie", "renvoyez", "renvoyer", "retourne",
    "retournez", "retourner", "zurück", "zurückgeben", "zurückgibt", "restituisci", "restituisca",
    "restituire", "ritorna", "верни", "верните", "вернуть", "возвращает", "возвращать", "возвратите",
    "返回", "返して", "返す", "返却", "반환",
)
# Words that give the problem's data ("Given an array ...", "You are given ...", "给你", "Дан массив").
GIVEN_WORDS: tuple[str, ...] = (
    "given", "dado", "dada", "dados", "dadas", "gegeben", "donné", "donnée", "donnés", "donne", "dato",
    "дан", "дана", "дано", "даны", "给你", "给定", "给出", "与えられ", "주어",
)
# Verbs that ask for a data structure or a class to be made ("Design a data structure that ...").
DESIGN_VERBS: tuple[str, ...] = (
    "design", "implement", "diseña", "diseñe", "implementa", "implemente", "entwirf", "entwerfe", "entwerfen",
    "implementiere", "implementieren", "conçois", "concevez", "implémente", "implémentez", "progetta",
    "спроектируй", "спроектируйте", "реализуй", "реализуйте", "设计", "实现", "設計", "実装", "설계", "구현",
)
# 2026-12-04: the words of a short request that asks how to work on such data ("How do I reverse a linked
# list?", "如何反转链表？", "連結リストを逆順にするには？") or tells to ("Reverse a linked list."): beside data only
# programs hold, they pose a problem as "given" does (`problems`). Those of spaced scripts open the request;
# the others may stand anywhere in it. Not French "trie" (sort), a trie itself.
HOW_WORDS: tuple[str, ...] = (
    "how do i", "how do you", "how can i", "how could i", "how would i", "how should i", "how to",
    "how would you", "how can you", "cómo", "como", "comment", "wie", "come", "как", "jak",
    "如何", "怎么", "怎样", "どうやって", "どうすれば", "するには", "어떻게",
)
DATA_VERBS: tuple[str, ...] = (
    "reverse", "sort", "merge", "find", "remove", "delete", "insert", "traverse", "detect", "rotate", "flatten",
    "split", "count", "search", "invert", "clone", "copy", "print", "check", "convert", "iterate", "serialize",
    "invierte", "ordena", "fusiona", "encuentra", "elimina", "inserta", "recorre", "busca", "cuenta",
    "inverse", "inversez", "fusionne", "trouve", "supprime", "insère", "parcours", "cherche",
    "kehre", "sortiere", "finde", "entferne", "füge", "durchlaufe", "suche", "zähle",
    "inverti", "ordina", "trova", "rimuovi", "inserisci", "inverta", "ordene", "encontre", "remova",
    "разверни", "переверни", "отсортируй", "найди", "удали", "вставь", "обойди",
    "反转", "翻转", "排序", "合并", "查找", "删除", "插入", "遍历", "判断",
)
# The openings of a question about such data or a request to explain it ("Explain what a hash table is and
# how lookups return values", "What does it mean when a function returns an array?"): it asks about a
# program, it poses none. "How do I ...", "Given ..., how can I ...?" ask for one.
ASKING_OPENINGS: tuple[str, ...] = (
    "explain", "describe", "define", "compare", "what", "why", "which", "tell me about", "is there", "is it",
    "does", "difference between", "erkläre", "erklär", "beschreib", "was ", "warum", "wieso", "welche",
    "explica", "describe", "qué", "que es", "por qué", "cuál", "explique", "décri", "qu'est", "qu’est",
    "pourquoi", "quel", "spiega", "descrivi", "cosa", "che cos", "perché", "qual", "объясни", "опиши", "что ",
    "почему", "зачем", "какой", "какая", "какие", "解释", "请解释", "介绍", "什么", "为什么", "何", "なぜ",
    "説明", "설명", "무엇", "왜",
)
