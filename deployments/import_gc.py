"""Python's cyclic garbage collector around a process's big import (torch, transformers, vLLM, Ray
Serve LLM): paused while it runs, one full pass after it, and what it built frozen.

That import builds ~700k long-lived objects (modules, classes, functions, registries) and little
garbage, yet the collector makes ~10 full passes over the growing heap while it runs: ~1.5 of ~8
CPU-s per process here, and each model replica, the gateway replica and the deploy child import it at
start-up (BENCHMARKS.md, "Start-up CPU"). After the block one full collection frees what the import
left behind, and `gc.freeze()` (standard library) moves the rest to the permanent generation, which
later collections skip: the replica's own start (tokenizer copies: ~1.5M more objects) and the
EngineCore forked from it, whose start collects the whole heap three times (vLLM's
`freeze_gc_heap`), no longer walk the imported modules. Frozen objects are never freed, as modules
never are; the collector runs as before once the block ends.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def imports_without_gc() -> Iterator[None]:
    """No automatic collection inside the block; on the way out (an import error too) the collector
    is on again, after one full pass, with everything alive frozen. Nested or with the collector
    already off (someone else's choice), the block changes nothing on exit."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
            gc.collect()
            gc.freeze()
            # At exit the interpreter's last collection skips frozen objects; thawed, they are freed as
            # before (nanobind-based extensions, xgrammar's, otherwise report them as leaks).
            atexit.unregister(gc.unfreeze)   # once, however many blocks
            atexit.register(gc.unfreeze)
