"""The generated checkpoints' chat template file: the template vLLM is told to use is the one the
checkpoint's tokenizer holds, for checkpoints built now and before the file existed."""

import json
import shutil

from gateway.checkpoints import (CHAT_TEMPLATE_FILE, TOKENIZER_FILES, _STAMP, checkpoint_path, ensure_checkpoints,
                                 qwen3_chat_template, tokenizer_dir, write_chat_template)
from gateway.config import load_config


def _tokenizer_only_checkpoint(path):
    """A checkpoint folder as build_checkpoint leaves it, less the weights (the tokenizer is all here)."""
    path.mkdir(parents=True)
    for f in TOKENIZER_FILES:
        shutil.copy(tokenizer_dir() / f, path / f)
    tok_cfg = json.loads((path / "tokenizer_config.json").read_text())
    tok_cfg["chat_template"] = qwen3_chat_template(open_think=True)
    (path / "tokenizer_config.json").write_text(json.dumps(tok_cfg, ensure_ascii=False, indent=1))
    return path


def test_checkpoints_built_before_the_file_existed_get_it_without_a_rebuild(tmp_path):
    cfg = load_config(profile="local")
    (name, m), *_ = cfg.enabled_models().items()
    path = _tokenizer_only_checkpoint(checkpoint_path(tmp_path, name, m.serving.checkpoint))
    (path / _STAMP).write_text(m.serving.checkpoint.model_dump_json())
    others = {n: checkpoint_path(tmp_path, n, o.serving.checkpoint) for n, o in cfg.enabled_models().items() if n != name}
    for p in others.values():   # built too, so nothing is generated here
        _tokenizer_only_checkpoint(p)
        (p / _STAMP).write_text("{}")
    assert ensure_checkpoints(cfg, root=tmp_path, progress=False)[name] == path
    assert (path / CHAT_TEMPLATE_FILE).read_text() == qwen3_chat_template(open_think=True)
    assert not [p for p in path.iterdir() if p.name.endswith(".tmp")]


def test_vllm_and_the_tokenizer_see_the_same_template_as_without_the_file(tmp_path):
    from transformers import AutoTokenizer
    from vllm.renderers.chat_utils import load_chat_template

    path = _tokenizer_only_checkpoint(tmp_path / "ckpt")
    before = AutoTokenizer.from_pretrained(path)
    named = load_chat_template(str(write_chat_template(path)))   # what vLLM reads from chat_template
    after = AutoTokenizer.from_pretrained(path)
    assert named == before.chat_template == after.chat_template
    tools = [{"type": "function", "function": {"name": "add", "parameters": {"type": "object", "properties": {}}}}]
    msgs = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "What is 17*23?"}]
    for kwargs in ({}, {"tools": tools}, {"enable_thinking": False}):
        want = before.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True, **kwargs)
        assert after.apply_chat_template(msgs, chat_template=named, tokenize=False, add_generation_prompt=True,
                                         **kwargs) == want
