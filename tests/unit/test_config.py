"""Config validation: the shipped file is valid; broken files fail with the key named."""

import copy

import pytest
import yaml

from gateway.config import ConfigError, load_config, parse_config


@pytest.fixture(scope="module")
def raw(repo_root):
    return yaml.safe_load((repo_root / "config.yaml").read_text())


def test_shipped_config_is_valid_in_both_profiles(raw):
    local = parse_config(raw)
    assert local.profile == "local"
    assert len(local.enabled_models()) >= 3
    assert all(m.serving.weights == "generated" for m in local.enabled_models().values())
    prod = parse_config({**raw, "profile": "production"})
    assert all(m.serving.weights == "hub" and m.serving.accelerator for m in prod.enabled_models().values())
    assert set(raw["models"]) >= {"qwen3-0.6b", "qwen3-1.7b", "qwen3-4b", "qwen3-8b", "qwen3-14b", "qwen3-32b",
                                  "qwen3-30b-a3b", "qwen3-235b-a22b"}


def _broken(raw, path, value):
    data = copy.deepcopy(raw)
    node = data
    for key in path[:-1]:
        node = node[key]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    "path, value, expected",
    [
        (("server", "port"), "eighty", "server.port"),
        (("server", "prot"), 8000, "server.prot: unknown key"),
        (("profile",), "staging", "profile 'staging' is not defined"),
        (("models", "qwen3-8b", "price", "input_per_mtok"), -1, "models.qwen3-8b.price.input_per_mtok"),
        (("models", "qwen3-8b", "facts"), KeyError, "models.qwen3-8b.facts: required key is missing"),
        (("profiles", "local", "models", "qwen3-0.6b", "checkpoint", "head_dim"), 16, "head_dim 16 is not supported"),
        (("profiles", "local", "models", "qwen3-0.6b", "autoscaling"), {"min_replicas": 3, "max_replicas": 1},
         "min_replicas (3) exceeds max_replicas (1)"),
        (("profiles", "local", "models", "qwen3-7b"), {"weights": "hub"}, "qwen3-7b: not in the catalogue"),
        (("router", "mode"), "cheap", "router.mode"),
        (("thinking", "effort_budgets", "low"), 0, "must be positive"),
        (("profiles", "local", "runtime", "engine_executor"), "threads", "profiles.local.runtime.engine_executor"),
        (("profiles", "local", "runtime", "ray_idle_workers"), -1, "profiles.local.runtime.ray_idle_workers"),
        (("profiles", "local", "env", "VLLM_CPU_KVCACHE_SPACE"), "1", "overrides runtime.kv_cache_bytes"),
        (("profiles", "local", "runtime", "kv_cache_bytes"), 0, "profiles.local.runtime.kv_cache_bytes"),
        (("profiles", "production", "runtime"), {"engine_executor": "in_engine_core"},
         "in_engine_core runs one device per engine, but models.qwen3-32b.gpus_per_replica is 2"),
        (("profiles", "local", "runtime", "engine_start"), "forkserver", "profiles.local.runtime.engine_start"),
        (("profiles", "local", "runtime"), {"engine_executor": "worker_process", "engine_start": "fork"},
         "engine_start: fork needs runtime.engine_executor: in_engine_core"),
        (("profiles", "production", "runtime"), {"engine_start": "fork"},
         "engine_start: fork needs runtime.engine_executor: in_engine_core"),
    ],
)
def test_broken_config_names_the_key(raw, path, value, expected):
    with pytest.raises(ConfigError) as err:
        parse_config(_broken(raw, path, value))
    assert expected in str(err.value)


def test_profile_that_enables_nothing_is_rejected(raw):
    data = copy.deepcopy(raw)
    for m in data["profiles"]["local"]["models"].values():
        m["enabled"] = False
    with pytest.raises(ConfigError, match="enables no model"):
        parse_config(data)


def test_missing_and_unparsable_files(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("server: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)


def test_fork_start_is_refused_for_a_model_on_an_accelerator(raw):
    data = _broken(raw, ("profiles", "local", "models", "qwen3-8b", "accelerator"), "L4")
    data["profiles"]["local"]["models"]["qwen3-8b"]["gpus_per_replica"] = 1
    data["profiles"]["local"]["runtime"]["engine_start"] = "fork"
    with pytest.raises(ConfigError, match="engine_start: fork is for CPU engines, but models.qwen3-8b runs on L4"):
        parse_config(data)
    data["profiles"]["local"]["runtime"]["engine_start"] = "spawn"
    assert parse_config(data).active_profile.runtime.engine_start == "spawn"
