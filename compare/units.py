"""Measures in one dimension: conversion factors between the units the extractor writes.

"30 km" and "18.6 miles" are one distance; "5 feet" and "1.5 m" one height.
The factors come from pint (a well-kept unit library) but are not computed at
run time: importing pint and building its registry costs about 4 s of CPU on
the shared machine (measured: import 2.3 s, ``UnitRegistry()`` 1.8 s, then
1.4 ms a conversion), more than extracting a thousand articles.  So the
factors are cached in ``compare/lang/en/units.toml``, one table per canonical
unit: the pint expression it means (written by hand), its dimensionality and
its factor to pint's base units (both written by ``python -m compare.units
--write`` from pint, and checked against pint by the test suite).

``convert`` lets rounding widen the interval: "18.6 miles" was rounded to a
tenth, so it stands for 18.55-18.65 miles before conversion, and "30 km" for
29.5-30.5 km.  Two outlets converting one figure then overlap.
"""

from __future__ import annotations

import functools
import math
import sys
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from compare.model import Quantity

__all__ = ["UnitInfo", "convert", "info", "same_dimension", "units_of"]

_FILE = ("lang", "en", "units.toml")


@dataclass(frozen=True)
class UnitInfo:
    pint: str
    dimension: str
    to_base: float
    offset: float = 0.0  # temperatures: base = value * to_base + offset


@functools.cache
def _table() -> dict[str, UnitInfo]:
    raw = tomllib.loads(resources.files("compare").joinpath(*_FILE).read_text("utf-8"))
    out: dict[str, UnitInfo] = {}
    for unit, row in raw.get("units", {}).items():
        if not isinstance(row, dict) or "pint" not in row:
            raise ValueError(f"units.toml [units.{unit!r}]: needs pint")
        if "dimension" in row and "to_base" in row:
            out[unit] = UnitInfo(
                row["pint"], row["dimension"], float(row["to_base"]), float(row.get("offset", 0))
            )
    return out


def info(unit: str) -> UnitInfo | None:
    return _table().get(unit)


def units_of(dimension: str) -> tuple[str, ...]:
    """Every canonical unit measuring ``dimension`` ("[length]"), in table order."""
    return tuple(u for u, row in _table().items() if row.dimension == dimension)


def same_dimension(a: str, b: str) -> bool:
    ia, ib = info(a), info(b)
    return ia is not None and ib is not None and ia.dimension == ib.dimension


def _half_step(x: float) -> float:
    """Half the step of the last digit written: 18.6 → 0.05, 30 → 0.5, 2.25 → 0.005."""
    if not math.isfinite(x):
        return 0.0
    text = repr(float(x)).rstrip("0").rstrip(".")
    if "e" in text or "." not in text:
        return 0.5
    return 0.5 * 10.0 ** -(len(text) - text.index(".") - 1)


def convert(q: Quantity, target: str) -> tuple[float, float] | None:
    """``q``'s interval in ``target`` units, widened by the rounding of its written figure.

    None when either unit is unknown or they measure different dimensions.
    """
    src, dst = info(q.unit), info(target)
    if src is None or dst is None or src.dimension != dst.dimension:
        return None
    low = q.low if q.low is not None else -math.inf
    high = q.high if q.high is not None else math.inf
    if q.qualifier in ("exact", "range") and q.unit != target:
        # A written figure stands for everything that rounds to it.
        step = _half_step(low if q.stated is None else q.stated) if math.isfinite(low) else 0.0
        low, high = (
            low - step,
            high + (_half_step(high) if q.stated is None and math.isfinite(high) else step),
        )

    def to(x: float) -> float:
        if not math.isfinite(x):
            return x
        base = x * src.to_base + src.offset
        return (base - dst.offset) / dst.to_base

    return to(low), to(high)


# --- regenerating the cache from pint (development only) ----------------------


def _write(path: Path) -> None:  # pragma: no cover - run by hand when units.toml changes
    import pint

    registry: Any = pint.UnitRegistry()
    raw = tomllib.loads(path.read_text("utf-8"))
    lines = [
        "# Canonical units of compare/extract/quantities.py: the pint expression each means (by hand),",
        "# and its dimensionality and factor to pint's base units, written by",
        f"# `python -m compare.units --write` with pint {pint.__version__}. Do not edit those two by hand.",
        "",
    ]
    for unit, row in raw["units"].items():
        expr = row["pint"]
        # "1e9 * meter**3" (bcm) carries a factor; plain names are units.
        q = (
            registry.parse_expression(expr)
            if "*" in expr and expr[0].isdigit()
            else registry.Quantity(1.0, expr)
        )
        base = q.to_base_units()
        lines.append(f'[units."{unit}"]')
        lines.append(f'pint = "{row["pint"]}"')
        lines.append(f'dimension = "{q.dimensionality}"')
        if row["pint"] in ("degC", "degF"):
            zero = registry.Quantity(0.0, row["pint"]).to_base_units().magnitude
            lines.append(f"to_base = {base.magnitude - zero!r}")
            lines.append(f"offset = {zero!r}")
        else:
            lines.append(f"to_base = {base.magnitude!r}")
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:] == ["--write"]:
        _write(Path(__file__).parent.joinpath(*_FILE))
    else:
        print("usage: python -m compare.units --write", file=sys.stderr)
        sys.exit(2)
