"""The OpenAI-compatible HTTP surface: wire types, errors and routes."""
