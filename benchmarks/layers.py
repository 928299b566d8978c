"""Check that the package's layers only point down (issue 15): print what does not.

    python benchmarks/layers.py

Prints one line per problem and nothing when the layers hold:

- an import cycle among the package's modules (lazy imports inside functions
  count; imports under ``if TYPE_CHECKING:`` do not);
- a core module (anything outside ``compare/render/`` and the command layer
  ``COMMAND_LAYER``) importing rendering code (``compare.render``);
- a core or rendering module importing the command layer.

``tests/test_structure.py`` asserts the same with this module's graph.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "compare"

# The commands: they wire the core to the renderers. Everything else in the
# package outside compare/render/ is core and must not import rendering code.
COMMAND_LAYER = {
    "compare.__main__",
    "compare.cli",
    "compare.config",
    "compare.ci",
    "compare.pipeline",
    "compare.engine",
    "compare.incremental_check",
}


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module → the package modules it imports when it runs (lazy imports too, not TYPE_CHECKING ones)."""
    root = package

    def name_of(path: Path) -> str:
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    modules = {name_of(p): p for p in root.rglob("*.py")}

    def owner(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {
            id(n)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for n in ast.walk(node)
        }
        deps: set[str | None] = set()
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.Import):
                deps.update(owner(a.name) for a in node.names if a.name.startswith("compare"))
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                if not node.module.startswith("compare"):
                    continue
                for a in node.names:
                    full = f"{node.module}.{a.name}"
                    deps.add(full if full in modules else owner(node.module))
        # Importing ``compare.a.b`` first runs the package ``compare.a`` (its
        # ``__init__``): a dependency on a module is one on its packages too,
        # except the packages the importing module itself lives in.
        for dep in [d for d in deps if d is not None]:
            parts = dep.split(".")
            for n in range(2, len(parts)):
                package = ".".join(parts[:n])
                if package in modules and not module.startswith(package + "."):
                    deps.add(package)
        graph[module] = {d for d in deps if d is not None and d != module}
    return graph



def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: set[frozenset[str]] = set()

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.add(frozenset(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def problems(graph: dict[str, set[str]]) -> list[str]:
    """One line per import that breaks the layers, then one per cycle."""
    out = []
    for module, deps in sorted(graph.items()):
        if module in COMMAND_LAYER:
            continue
        rendering = module.startswith("compare.render")
        for dep in sorted(deps):
            if dep in COMMAND_LAYER:
                out.append(f"{module} imports the command module {dep}")
            elif dep.startswith("compare.render") and not rendering:
                out.append(f"core module {module} imports rendering code {dep}")
    for component in sorted(sorted(c) for c in cycles(graph)):
        out.append("import cycle: " + " -> ".join(component))
    return out


def main() -> None:
    for line in problems(import_graph()):
        print(line)


if __name__ == "__main__":
    main()
