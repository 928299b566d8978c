"""The shape of the package: one owner per concept (issue 15)."""

from __future__ import annotations

import doctest
import functools
import itertools
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from compare import context, holders, intervals

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.layers import COMMAND_LAYER, cycles, import_graph, problems  # noqa: E402

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


@given(st.lists(_spans(), min_size=1, max_size=6))
def test_an_empty_common_part_is_a_disjoint_pair(spans: list[tuple[float, float]]) -> None:
    # align keeps a group's common part and judge a day's: both ask is_empty, with the one EPSILON,
    # so they agree with all_overlap (and each other) at float-noise level too.
    part = functools.reduce(intervals.common, spans)
    assert intervals.is_empty(part) != intervals.all_overlap(spans)


@given(_spans(), _spans())
def test_lies_below_is_disjoint_and_lower(a: tuple[float, float], b: tuple[float, float]) -> None:
    assert intervals.lies_below(a, b) == (intervals.disjoint_bounds(a, b) and a[1] < b[0])


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
    assert not intervals.lies_below(a, b) and not intervals.lies_below(b, a)
    assert not intervals.is_empty(intervals.common(a, b))


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

def test_core_never_imports_rendering_code() -> None:
    graph = import_graph()
    offenders = {
        m: sorted(d for d in deps if d.startswith("compare.render"))
        for m, deps in graph.items()
        if not m.startswith("compare.render") and m not in COMMAND_LAYER
    }
    assert {m: d for m, d in offenders.items() if d} == {}
    assert COMMAND_LAYER <= set(graph)  # a renamed command module must be renamed here too


def test_core_never_imports_the_command_layer() -> None:
    graph = import_graph()
    offenders = {
        m: sorted(deps & COMMAND_LAYER)
        for m, deps in graph.items()
        if m not in COMMAND_LAYER and not m.startswith("compare.render")
    }
    assert {m: d for m, d in offenders.items() if d} == {}


def test_no_import_cycles() -> None:
    # None is left: the incremental check's command half (compare.incremental_check)
    # moved out of compare.incremental, the findings cache the engine and the
    # pipeline call for each story.
    assert cycles(import_graph()) == set(), "import cycle"
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == {frozenset("abc")}


def test_the_layer_script_names_each_kind_of_problem() -> None:
    # benchmarks/layers.py prints nothing on the package and a line per problem on a bad graph.
    assert problems(import_graph()) == []
    bad = {
        "compare.judge": {"compare.render.values"},
        "compare.render.values": {"compare.cli"},
        "compare.cli": set(),
        "compare.a": {"compare.b"},
        "compare.b": {"compare.a"},
    }
    assert problems(bad) == [
        "core module compare.judge imports rendering code compare.render.values",
        "compare.render.values imports the command module compare.cli",
        "import cycle: compare.a -> compare.b",
    ]


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


def test_one_fold_for_names() -> None:
    # Names are folded by compare/words.fold alone. holders kept a copy of context's fold
    # that mapped Turkish "ı" where context's did not: a share's holder and the name cue of
    # one sentence then spelt "Kılıçdaroğlu" two ways, and the outlet writing "Kilicdaroglu"
    # shared the holder but not the name.
    package = Path(intervals.__file__).parent
    decomposing = sorted(
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if '"NFKD"' in path.read_text("utf-8")
    )
    assert decomposing == ["words.py"]
    names = context._reader(None).name_of
    for spelt in ("Kılıçdaroğlu", "KILIÇDAROĞLU", "Kilicdaroglu", "Kemal Kılıçdaroğlu"):
        assert holders._key(spelt) == "kilicdaroglu"
        assert names(spelt) in {"kilicdaroglu", "kemal kilicdaroglu"}
    assert names("İmamoğlu") == names("Imamoglu") == holders._key("İmamoğlu") == "imamoglu"
