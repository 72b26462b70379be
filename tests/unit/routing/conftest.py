"""Shared fixtures: the full Qwen3 catalogue as ModelViews and the default policy."""

from __future__ import annotations

import dataclasses

import pytest

from gateway.routing import ModelView, make_policy
from gateway.routing.features import catalogue_views


@pytest.fixture(scope="session")
def views() -> list[ModelView]:
    return catalogue_views()


@pytest.fixture(scope="session")
def policy():
    return make_policy("complexity")


def with_state(views: list[ModelView], name: str, **changes) -> list[ModelView]:
    """The same catalogue with one model's live state changed (cold, saturated)."""
    return [dataclasses.replace(v, **changes) if v.name == name else v for v in views]
