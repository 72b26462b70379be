"""Programming tools named by their names (2026-12-03, stop 23): frameworks, libraries and a developer's
tools, which a question about code often names alone ("Why is my React component rendering twice?", "How
do I undo my last git commit?"). Written by this project for the router's rules (`cues`); lower-case.

- `TOOLS`: names that mean nothing else, read as whole words: code, and a code word that names only code
  (a question of fact about numpy stays code).
- `SHARED_NAMES`: names that also mean other things (to react, a flask, French "vue", the animals, a
  git): code only beside one of `TOOL_CONTEXT`, the parts and acts they are used for (a component, a
  route, a dataframe, a commit). Spring, Rails, Angular and Node are left out: the season, the rails of a
  train, angular momentum and a lymph node are asked about as often, beside "server" or "module".
"""

from __future__ import annotations

TOOLS = frozenset((
    "numpy", "scipy", "matplotlib", "sklearn", "pytorch", "tensorflow", "keras", "dataframe", "dataframes",
    "kubernetes", "kubectl", "docker", "dockerfile", "npm", "npx", "webpack", "jquery", "graphql", "github",
    "gitlab", "nodejs", "django", "laravel", "useeffect", "usestate", "jsx", "tsx", "postgresql", "mysql",
    "sqlite", "mongodb", "nginx", "terraform",
))
SHARED_NAMES = frozenset(("react", "flask", "vue", "pandas", "git"))
# Whole words of the spaced scripts ("reports" is no repo, "surrender" no render; a dataframe and npm are
# `TOOLS` themselves) ...
TOOL_CONTEXT = frozenset((
    "component", "components", "komponente", "komponenten", "composant", "composants", "componente",
    "componentes", "компонент", "компонента", "компоненты", "hook", "hooks", "props", "render", "renders",
    "rendering", "rendered", "rendert", "рендер", "рендерится", "route", "routes", "endpoint", "endpoints",
    "csv", "column", "columns", "commit", "commits", "branch", "branches", "rebase", "repo", "repository",
    "module", "modules", "install", "installed", "installing",
))
# ... and substrings of the scripts written without spaces.
TOOL_CONTEXT_UNSPACED: tuple[str, ...] = ("组件", "渲染", "コンポーネント", "レンダリング", "提交", "コミット")
