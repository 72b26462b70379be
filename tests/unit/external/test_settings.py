"""The `external:` block: typed, and every mistake stops the gateway with the key named."""

import pytest

from gateway.config import ConfigError, load_config, parse_config

from .helpers import EXT, config_with_members


def test_an_external_member_is_served_in_place_of_weights():
    cfg = config_with_members({EXT: {"max_concurrent": 4, "timeout_s": 30, "overflow_only": True}})
    m = cfg.enabled_models()[EXT]
    assert m.external.base_url == "http://ext.test/v1" and m.external.model == f"srv-{EXT}"
    assert (m.external.max_concurrent, m.external.timeout_s, m.external.overflow_only) == (4, 30, True)
    assert m.external.api_key() is None


@pytest.mark.parametrize("url", ["ext.test/v1", "ftp://ext.test/v1", "http:///v1", "http://user:pw@ext.test/v1"])
def test_a_bad_url_is_refused_at_start_up(url):
    with pytest.raises(ConfigError, match=rf"profiles\.local\.models\.{EXT}\.external\.base_url"):
        config_with_members({EXT: {"base_url": url}})


@pytest.mark.parametrize("hosted", [{"weights": "hub"}, {"engine_kwargs": {"max_model_len": 4096}},
                                    {"autoscaling": {"min_replicas": 0}}])
def test_external_with_hosted_settings_is_refused(hosted):
    raw = load_config().model_dump(mode="json")
    raw["profiles"]["local"]["models"][EXT] = {**hosted, "external": {"base_url": "http://x/v1", "model": "m"}}
    with pytest.raises(ConfigError, match=f"set either 'external' or '{next(iter(hosted))}', not both"):
        parse_config(raw)


def test_an_api_key_env_that_is_unset_is_refused(monkeypatch):
    monkeypatch.delenv("QWEN_TEST_EXT_KEY", raising=False)
    with pytest.raises(ConfigError, match=r"api_key_env.*\$QWEN_TEST_EXT_KEY, which is not set"):
        config_with_members({EXT: {"api_key_env": "QWEN_TEST_EXT_KEY"}})
    monkeypatch.setenv("QWEN_TEST_EXT_KEY", "sk-test")
    cfg = config_with_members({EXT: {"api_key_env": "QWEN_TEST_EXT_KEY"}})
    assert cfg.enabled_models()[EXT].external.api_key() == "sk-test"
    assert "sk-test" not in cfg.model_dump_json()   # the key itself is never part of the config


@pytest.mark.parametrize("bad, where", [({"api_key": "sk-x"}, "external.api_key: unknown key"),
                                        ({"model": ""}, "external.model"),
                                        ({"max_concurrent": 0}, "external.max_concurrent")])
def test_unknown_keys_and_bad_limits_are_refused(bad, where):
    with pytest.raises(ConfigError, match=where):
        config_with_members({EXT: bad})


def test_a_config_with_members_survives_the_round_trip_to_the_ingress():
    """The builder hands the ingress `config.model_dump(mode="json")`, parsed again there."""
    cfg = config_with_members({EXT: {"timeout_s": 7}})
    again = parse_config(cfg.model_dump(mode="json"))
    assert again.enabled_models()[EXT].external == cfg.enabled_models()[EXT].external


def test_neither_weights_nor_external_named_explicitly_is_refused():
    raw = load_config().model_dump(mode="json")
    raw["profiles"]["local"]["models"][EXT] = {"weights": None}
    with pytest.raises(ConfigError, match="from 'weights' .* or from an 'external' server"):
        parse_config(raw)
