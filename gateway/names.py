"""Names the gateway shares with the Ray Serve application that runs it, spelled once.

Importable without Ray: `deployments/` runs the app under these names and `gateway.dashboards`
selects on them, and the gateway core must not import `deployments/` (tests/unit/test_walls.py).
"""

APP_NAME = "qwen-gateway"   # the Ray Serve application: serve.run(..., name=APP_NAME); Serve's metrics label it
