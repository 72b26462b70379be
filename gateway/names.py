"""Names the gateway shares with the Ray Serve application that runs it, spelled once.

Importable without Ray: `deployments/` runs the app under these names and `gateway.dashboards`
selects on them, and the gateway core must not import `deployments/` (tests/unit/test_walls.py).
"""

APP_NAME = "qwen-gateway"   # the Ray Serve application: serve.run(..., name=APP_NAME); Serve's metrics label it
# `bench affinity` only: when set, each model replica appends one line per chat request to this file
# (deployments/engine.py `note_placement`), so the bench knows which replica served which request.
PLACEMENT_LOG_ENV = "QWEN_GATEWAY_PLACEMENT_LOG"
