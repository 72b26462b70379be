"""Build and deploy the app from a short-lived child process, while the parent starts Ray.

Building the app imports Ray Serve LLM, and with it torch and vLLM: ~9 s of one core here. Serve's
controller can build it in a Ray task (`deploy_declared`), but only once Ray and Serve are up, so
those seconds add to every start; the CLI cannot import it itself without holding vLLM for as long
as it serves (+0.35 GB of PSS). This child imports it while the parent starts Ray, connects to that
Ray as a second driver once the parent sends its address, deploys the app as `serve.run` does, and
exits: nothing holds the import after start-up (the replicas belong to Serve's controller, not to
this driver).

Protocol, one line each way: the parent writes the config (JSON, the schema of config.yaml) and
then Ray's GCS address to stdin; the child answers `deployed` or `failed: <why>` on stdout. Anything
else the child prints goes to its stderr (the parent's log).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Sequence, TextIO

DEPLOYED = "deployed"
FAILED = "failed: "


def _preload() -> None:
    """Everything the build imports, before Ray's address is known (the slow part)."""
    from .import_gc import imports_without_gc

    with imports_without_gc():
        import ray.serve.llm  # noqa: F401  (torch and vLLM come with it)

        from . import builder  # noqa: F401
        from . import ingress  # noqa: F401


def deploy(raw_config: dict, address: str) -> None:
    import ray
    from ray import serve

    from gateway.config import parse_config
    from gateway.names import APP_NAME

    from .builder import build_app_from_config

    ray.init(address=address, logging_level="WARNING", log_to_driver=False)
    app = build_app_from_config(parse_config(raw_config, source="qwen-gateway serve"))
    serve._run(app, name=APP_NAME, route_prefix="/", _blocking=False)


def main(stdin: TextIO = sys.stdin) -> int:
    answer = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)   # the libraries' prints go to the log, the answer line alone to the parent
    try:
        raw = json.loads(stdin.readline())
        _preload()
        address = stdin.readline().strip()
        if not address:
            raise RuntimeError("no Ray address came (the parent stopped?)")
        deploy(raw, address)
    except BaseException as err:   # the parent reports it; the traceback is in the log
        import traceback

        traceback.print_exc()
        answer.write(FAILED + f"{type(err).__name__}: {err}".replace("\n", " ")[:500] + "\n")
        return 1
    answer.write(DEPLOYED + "\n")
    return 0


class ChildDeployer:
    """The parent's side: start the child now (it imports while Ray starts), `deploy` once Ray is up.
    `command` replaces the child in tests."""

    def __init__(self, raw_config: dict[str, Any], command: Sequence[str] | None = None) -> None:
        root = str(Path(__file__).resolve().parent.parent)   # the child imports this very package
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p),
               # A local Ray started by ray.init() turns token authentication on unless RAY_AUTH_MODE says
               # otherwise (Ray 2.60), but a driver connecting by address turns it on only when told.
               "RAY_AUTH_MODE": os.environ.get("RAY_AUTH_MODE", "token")}
        self.proc = subprocess.Popen(list(command or [sys.executable, "-m", "deployments.deploy_child"]),
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(raw_config) + "\n")
        self.proc.stdin.flush()

    def deploy(self, address: str, timeout_s: float = 300) -> None:
        """Hand the child Ray's address; return once it has deployed the app, raise why it did not."""
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(address + "\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            pass   # it ended already: its answer, or its exit code, says why
        try:
            out, _ = self.proc.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.close()
            raise TimeoutError(f"building the app took over {timeout_s:.0f}s (see the log)") from None
        lines = [line for line in out.splitlines() if line.startswith((DEPLOYED, FAILED))]
        if lines and lines[-1] == DEPLOYED and self.proc.returncode == 0:
            return
        why = lines[-1][len(FAILED):] if lines and lines[-1].startswith(FAILED) else f"exit code {self.proc.returncode}"
        raise RuntimeError(f"could not build and deploy the app: {why} (traceback in the log)")

    def close(self) -> None:
        """Stop the child if it still runs (start-up failed before `deploy`)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


if __name__ == "__main__":
    # The answer is written; leave without the interpreter's teardown and Ray's driver shutdown, which
    # took seconds of a core here while the replicas were starting (measured in BENCHMARKS.md). The
    # app's actors are Serve's (detached), so nothing of it depends on this driver's orderly exit.
    code = main()
    sys.stdout.flush()   # the libraries' prints, which go to the log
    sys.stderr.flush()
    os._exit(code)
