"""Facts made by hand for the benchmark scripts' tests (scoring, the fast screen): one count of dead."""

from __future__ import annotations

from compare.model import About, Fact, Quantity, Span


def count_fact(doc: str, start: int, value: float, sentence_end: int = 40) -> Fact:
    """An exact count of ``value`` dead at ``start`` of ``doc``, in a sentence ending at ``sentence_end``."""
    text = f"{value:g} dead"
    return Fact(
        id=f"{doc}:{start}",
        doc=doc,
        start=start,
        end=start + len(text),
        text=text,
        kind="count",
        value=Quantity(stated=value, low=value, high=value, unit="people", qualifier="exact"),
        about=About(),
        sentence=Span(0, sentence_end),
    )
