"""`qwen-gateway hash-key`: digests of strong keys only, and a generator for them."""

import argparse
import io

import pytest

from gateway.cli import main
from gateway.cli_keys import MIN_KEY_CHARS, add_hash_key_parser, weak_key_reason
from gateway.tenancy import hash_key, parse_env_keys

STRONG = "sk-team-a-7Qm2vXr9LpT4wZc8NbY6dHf3"   # 35 characters, 27 different


def run(argv, capsys, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    rc = main(["hash-key", *argv])
    out, err = capsys.readouterr()
    return rc, out.splitlines(), err


def test_hash_key_prints_the_env_entry(capsys):
    rc, out, _ = run([STRONG, "--tenant", "team-a"], capsys)
    assert rc == 0 and out == [f"team-a:{hash_key(STRONG)}"]
    assert parse_env_keys(out[0]) == {hash_key(STRONG): "team-a"}


def test_hash_key_reads_stdin_without_a_tenant(capsys, monkeypatch):
    rc, out, _ = run([], capsys, stdin=STRONG + "\n", monkeypatch=monkeypatch)
    assert rc == 0 and out == [hash_key(STRONG)]


@pytest.mark.parametrize("key", ["sk-team-a-0123456789", "x" * (MIN_KEY_CHARS - 1), "ab" * 40])
def test_weak_keys_are_refused_with_a_way_out_and_never_echoed(key, capsys):
    rc, out, err = run([key, "--tenant", "team-a"], capsys)
    assert rc == 2 and out == []
    assert "--generate" in err and "secrets.token_urlsafe(32)" in err
    assert key not in err


def test_a_short_key_says_how_long_it_must_be():
    assert f"at least {MIN_KEY_CHARS}" in weak_key_reason("too-short")
    assert weak_key_reason(STRONG) is None


def test_generate_prints_a_strong_key_then_its_entry(capsys):
    rc, out, err = run(["--generate", "--tenant", "team-a"], capsys)
    assert rc == 0 and len(out) == 2
    key, entry = out
    assert weak_key_reason(key) is None and len(key) >= 43      # 32 random bytes, base64
    assert entry == f"team-a:{hash_key(key)}" and "client" in err
    _, again, _ = run(["--generate"], capsys)
    assert again[0] != key and again[1] == hash_key(again[0])   # fresh each time; bare digest without --tenant


def test_generate_and_a_key_exclude_each_other(capsys):
    parser = argparse.ArgumentParser()
    add_hash_key_parser(parser.add_subparsers())
    with pytest.raises(SystemExit):
        parser.parse_args(["hash-key", STRONG, "--generate"])


def test_bad_tenant_name_is_refused(capsys):
    rc, out, err = run([STRONG, "--tenant", "team a"], capsys)
    assert rc == 2 and out == [] and "tenant names" in err
