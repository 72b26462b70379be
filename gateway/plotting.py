"""matplotlib is an optional extra (`pip install 'qwen-gateway[plot]'`; `make install` includes it):
only PNG reports use it (`eval --plot`, the benchmarks' charts). Nothing else imports it."""

from __future__ import annotations

from typing import Any

PLOT_HINT = "matplotlib is not installed: pip install 'qwen-gateway[plot]'"


def pyplot() -> Any:
    """`matplotlib.pyplot` on the non-interactive Agg backend; ImportError with PLOT_HINT without it."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError(PLOT_HINT) from None
    return plt
