"""Built-in policies; importing a module registers it. `complexity` is the default."""

from . import complexity, simple  # noqa: F401
