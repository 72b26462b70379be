"""Built-in policies; importing a module registers it."""

from . import simple  # noqa: F401
