"""What a metric label value may be. Config and API keys check tenant names with the same pattern,
since a tenant name becomes a label and a log field; this module keeps `config` from importing
`metrics`."""

from __future__ import annotations

import re
from typing import Any

LABEL_PATTERN = r"^[A-Za-z0-9_.:-]{1,64}$"
_LABEL_OK = re.compile(LABEL_PATTERN)


def is_label(value: str) -> bool:
    return bool(_LABEL_OK.match(value))


def label_value(value: Any) -> str:
    """`value` as a label: booleans as "true"/"false", anything outside LABEL_PATTERN as "other"."""
    if isinstance(value, bool):
        return "true" if value else "false"
    s = str(value)
    return s if is_label(s) else "other"
