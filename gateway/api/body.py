"""Reading a request body: size-bounded, and every way it can be malformed answered as a 400."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import ClientDisconnect, Request

from .errors import bad_request, body_too_large, client_closed


async def read_json(request: Request, max_bytes: int) -> dict[str, Any]:
    """The body as a JSON object; 413 past `max_bytes` (declared or streamed), 400 if not JSON."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise body_too_large(max_bytes)
    raw = bytearray()
    try:
        async for part in request.stream():
            raw += part
            if len(raw) > max_bytes:
                raise body_too_large(max_bytes)
    except ClientDisconnect:  # the client left mid-body: nothing to answer, nothing went wrong here
        raise client_closed() from None
    try:
        data = json.loads(bytes(raw).decode("utf-8"))
    except UnicodeDecodeError:
        raise bad_request("Request body is not valid UTF-8.") from None
    except json.JSONDecodeError as err:
        raise bad_request(f"Request body is not valid JSON: {err.msg} at line {err.lineno} column {err.colno}.") from None
    except RecursionError:
        raise bad_request("Request body is nested too deeply.") from None
    except ValueError as err:   # an integer literal past Python's digit limit, say
        raise bad_request(f"Request body has a value that cannot be read: {err}.") from None
    if not isinstance(data, dict):
        raise bad_request("Request body must be a JSON object.")
    return data
