"""List the package's functions longer than a limit (issue 15: split what does too much).

    python benchmarks/long_functions.py            # functions over 100 lines
    python benchmarks/long_functions.py --over 60  # a lower bar

A function counts from its ``def`` line to its last line, decorators and
docstring included.  Prints one line per function, longest first: lines,
where, name.
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "compare"


def long_functions(over: int, package: Path = PACKAGE) -> list[tuple[int, str, str]]:
    """(lines, "path:line", qualified name) of every function longer than ``over`` lines."""
    rows: list[tuple[int, str, str]] = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        stack: list[tuple[ast.AST, str]] = [(tree, "")]
        while stack:
            node, prefix = stack.pop()
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    name = f"{prefix}{child.name}"
                    if not isinstance(child, ast.ClassDef):
                        assert child.end_lineno is not None
                        size = child.end_lineno - child.lineno + 1
                        if size > over:
                            where = f"{path.relative_to(package.parent).as_posix()}:{child.lineno}"
                            rows.append((size, where, name))
                    stack.append((child, f"{name}."))
    return sorted(rows, key=lambda r: (-r[0], r[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--over", type=int, default=100, help="list functions longer than this (lines)")
    args = parser.parse_args()
    for size, where, name in long_functions(args.over):
        print(f"{size:5d}  {where}  {name}")


if __name__ == "__main__":
    main()
