"""A tiny MCP server over stdio, started by tests/integration/test_agents.py for Qwen-Agent: two
arithmetic tools whose answers the test can check."""

try:
    from mcp.server.mcpserver import MCPServer          # mcp 2.x
except ImportError:
    from mcp.server.fastmcp import FastMCP as MCPServer  # mcp 1.x (Qwen-Agent's environment)

server = MCPServer("calc")


@server.tool()
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


@server.tool()
def multiply(a: int, b: int) -> int:
    """Multiply two integers."""
    return a * b


if __name__ == "__main__":
    server.run("stdio")
