"""The shape of the package: one owner per concept (issue 15)."""

from __future__ import annotations

import doctest
import itertools
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from compare import intervals

_finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False)


@st.composite
def _spans(draw: st.DrawFn) -> tuple[float, float]:
    a, b = draw(_finite), draw(_finite)
    low = draw(st.one_of(st.just(min(a, b)), st.just(float("-inf"))))
    high = draw(st.one_of(st.just(max(a, b)), st.just(float("inf"))))
    return low, high


def test_interval_docstring_examples_hold() -> None:
    failures, tried = doctest.testmod(intervals)
    assert tried > 0 and failures == 0


@given(_spans(), _spans())
def test_overlap_symmetric_and_opposite_to_disjoint(a: tuple[float, float], b: tuple[float, float]) -> None:
    assert intervals.bounds_overlap(a, b) == intervals.bounds_overlap(b, a)
    assert intervals.disjoint_bounds(a, b) != intervals.bounds_overlap(a, b)


@given(st.lists(_spans(), min_size=1, max_size=6))
def test_all_overlap_is_pairwise_overlap(spans: list[tuple[float, float]]) -> None:
    # The tolerance grows with the bound, so the pair (largest low, smallest
    # high) decides for all: the linear test is the quadratic one.
    pairwise = all(intervals.bounds_overlap(a, b) for a, b in itertools.combinations(spans, 2))
    assert intervals.all_overlap(spans) == pairwise


def test_unknown_intervals_overlap_nothing_but_unknown_days_veto_nothing() -> None:
    assert not intervals.bounds_overlap(None, (0.0, 1.0))
    assert not intervals.all_overlap([(0.0, 1.0), None])
    assert intervals.days_within(None, (5, 6), slack=0)
    assert not intervals.days_within((1, 2), (5, 6), slack=2)
    assert intervals.days_within((1, 2), (5, 6), slack=3)


def test_float_noise_is_not_a_disjoint_pair() -> None:
    # 2.5 billion computed two ways differs in the last bit.
    a = (2.5e9, 2.5e9)
    b = (0.1 * 3 * 1e9 / 0.3 * 2.5, 0.1 * 3 * 1e9 / 0.3 * 2.5)
    assert intervals.bounds_overlap(a, b)
    assert intervals.disjoint_bounds((1.0, 2.0), (2.0 + 1e-6, 3.0))


# --- the kind registry -------------------------------------------------------


def test_kind_registry_covers_every_declared_kind_in_order() -> None:
    from compare import kinds, model

    assert tuple(kinds.KINDS) == model.KINDS
    assert set(kinds.declared_kinds()) == set(kinds.KINDS)
    for name, info in kinds.KINDS.items():
        assert info.name == name and info.label and info.noun and info.plural


def test_every_kind_has_an_extractor_that_finds_its_example() -> None:
    import datetime as dt

    from compare.extract import extract_facts
    from compare.kinds import KINDS
    from compare.model import Document

    for name, info in KINDS.items():
        text = f"Officials said on Monday that the figure was {info.example}.\n"
        doc = Document(
            id="d", path="d.txt", text=text, outlet="O", title="", sha256="0", story="s",
            published=dt.date(2022, 1, 12),
        )
        found = {f.kind for f in extract_facts(doc) if text[f.start : f.end] in info.example}
        assert name in found, (name, info.example, found)


# --- layers -------------------------------------------------------------------

# The commands: they wire the core to the renderers. Everything else in the
# package outside compare/render/ is core and must not import rendering code.
_COMMAND_LAYER = {
    "compare.__main__",
    "compare.cli",
    "compare.config",
    "compare.ci",
    "compare.pipeline",
    "compare.engine",
    "compare.incremental_check",
}


def _import_graph() -> dict[str, set[str]]:
    """Module → the package modules it imports when it runs (lazy imports too, not TYPE_CHECKING ones)."""
    import ast
    from pathlib import Path

    import compare

    root = Path(compare.__file__).parent

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


def test_core_never_imports_rendering_code() -> None:
    graph = _import_graph()
    offenders = {
        m: sorted(d for d in deps if d.startswith("compare.render"))
        for m, deps in graph.items()
        if not m.startswith("compare.render") and m not in _COMMAND_LAYER
    }
    assert {m: d for m, d in offenders.items() if d} == {}
    assert _COMMAND_LAYER <= set(graph)  # a renamed command module must be renamed here too


def test_core_never_imports_the_command_layer() -> None:
    graph = _import_graph()
    offenders = {
        m: sorted(deps & _COMMAND_LAYER)
        for m, deps in graph.items()
        if m not in _COMMAND_LAYER and not m.startswith("compare.render")
    }
    assert {m: d for m, d in offenders.items() if d} == {}


def _cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
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


def test_no_import_cycles() -> None:
    # None is left: the incremental check's command half (compare.incremental_check)
    # moved out of compare.incremental, the findings cache the engine and the
    # pipeline call for each story.
    assert _cycles(_import_graph()) == set(), "import cycle"
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == {frozenset("abc")}


def test_output_formats_are_registered_once_and_drive_the_cli() -> None:
    from compare import cli, config, render
    from compare.render import ci_formats

    assert cli.CHECK_FORMATS == config.CHECK_FORMATS == tuple(render.CHECK_FORMATS)
    assert cli.REPORT_FORMATS == config.REPORT_FORMATS == tuple(render.REPORT_FORMATS)
    for name in render.CHECK_FORMATS:
        assert callable(getattr(ci_formats, f"render_{name}"))


def test_one_frozen_options_object_keys_what_changes_a_story() -> None:
    import dataclasses
    from pathlib import Path

    from compare.options import DEFAULTS, Options

    assert dataclasses.is_dataclass(Options) and Options.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert hash(DEFAULTS) == hash(Options())
    # Where the cache lives, which files are read and whether a bad file is fatal
    # do not change what an analysed story holds; the cap on facts does.
    moved = Options(cache_dir=Path("elsewhere"), strict=True, max_bytes=10)
    assert moved.story_key() == DEFAULTS.story_key()
    assert Options(max_facts=5).story_key() != DEFAULTS.story_key()


def test_every_check_format_renders_a_finding_of_every_verdict(tmp_path: Path) -> None:
    """Derived from the registries, so a new verdict or a new format cannot be forgotten
    (a finding 'updated' once crashed the SARIF output: KeyError)."""
    import dataclasses
    import io
    import json

    from report_fixtures import geneva_report

    from compare import ci, render
    from compare.model import Verdict

    base = geneva_report()
    multi = next(f for f in base.findings if len({fid.split("@")[0] for fid in f.facts}) > 1)
    for verdict in Verdict:
        report = dataclasses.replace(base, findings=(dataclasses.replace(multi, verdict=verdict),))
        outputs = [(name, tmp_path / f"{verdict.value}.{name}") for name in render.CHECK_FORMATS]
        ci.check(
            report,
            baseline=tmp_path / "none.json",
            update=False,
            fail_on="compatible",
            fmt="text",
            out=io.StringIO(),
            outputs=outputs,
        )
        for name, path in outputs:
            text = path.read_text(encoding="utf-8")
            if name in ("json", "sarif", "gitlab"):
                json.loads(text)


def test_every_verdict_has_one_look_in_the_reports() -> None:
    from compare.model import Verdict
    from compare.render.html import VERDICT_HELP, VERDICT_LABELS
    from compare.render.timeline import COLOURS, LABELS
    from compare.render.verdicts import LOOKS

    assert set(LOOKS) == set(Verdict)
    assert set(VERDICT_LABELS) == set(VERDICT_HELP) == set(COLOURS) == set(LABELS) == set(Verdict)
    assert all(look.label and look.help and look.fill != look.stroke for look in LOOKS.values())


def _path_compressions(source: str) -> list[int]:
    """Lines that shorten a disjoint-set path by hand: ``p[x] = p[p[x]]``."""
    import ast

    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            if (
                isinstance(target, ast.Subscript)
                and isinstance(value, ast.Subscript)
                and isinstance(value.slice, ast.Subscript)
                and ast.dump(value.value) == ast.dump(target.value) == ast.dump(value.slice.value)
                and ast.dump(value.slice.slice) == ast.dump(target.slice)
            ):
                lines.append(node.lineno)
    return lines


def test_one_union_find() -> None:
    # Disjoint sets are compare/unionfind.py's: a second copy (a parent list and its find) is a
    # second owner of the concept, with its own choice of which root survives a union.
    package = Path(intervals.__file__).parent
    found = {
        path.relative_to(package).as_posix(): lines
        for path in sorted(package.rglob("*.py"))
        if (lines := _path_compressions(path.read_text("utf-8")))
    }
    assert found == {"unionfind.py": found.get("unionfind.py", [])} and found.get("unionfind.py")
    assert _path_compressions("parent = [0]\ni = 0\nparent[i] = parent[parent[i]]\n") == [3]
