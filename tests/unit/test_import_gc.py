"""The collector pause around the replicas' big import: off inside, on after, import-time garbage
freed, the survivors frozen; nested blocks and an error inside leave the collector as they found it."""

import gc
import subprocess
import sys
import weakref

import pytest

from deployments.import_gc import imports_without_gc


class _Node:
    pass


def _cycle() -> weakref.ref:
    a, b = _Node(), _Node()
    a.other, b.other = b, a   # garbage only the cyclic collector frees
    return weakref.ref(a)


@pytest.fixture(autouse=True)
def _thawed():
    yield
    gc.unfreeze()
    gc.enable()


def test_off_inside_on_after_with_the_garbage_freed_and_the_rest_frozen():
    kept = _Node()
    frozen_before = gc.get_freeze_count()
    with imports_without_gc():
        assert not gc.isenabled()
        dead = _cycle()
        new = [_Node() for _ in range(5000)]   # past the young generation's threshold: no pass ran
        assert dead() is not None
    assert gc.isenabled()
    assert dead() is None
    assert gc.get_freeze_count() >= frozen_before + len(new)
    assert gc.is_tracked(kept)


def test_a_nested_block_and_an_error_leave_the_collector_as_they_found_it():
    with imports_without_gc():
        with imports_without_gc():
            pass
        assert not gc.isenabled()   # the outer block still owns the pause
    assert gc.isenabled()
    with pytest.raises(ImportError):
        with imports_without_gc():
            import no_such_module_here  # noqa: F401
    assert gc.isenabled()
    gc.disable()
    with imports_without_gc():
        pass
    assert not gc.isenabled()   # off by someone else's choice: not turned on


def test_a_replica_import_leaves_the_collector_on_and_the_imported_modules_frozen():
    code = ("import gc, deployments.engine, deployments.protocol; "
            "print(gc.isenabled(), gc.get_freeze_count() > 100000, 'torch' in __import__('sys').modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.split() == ["True", "True", "True"]
