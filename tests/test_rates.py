"""Sums in different currencies, compared at the exchange rates a story states itself (compare.rates)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from compare import align, pipeline, rates
from compare.extract import extract_facts
from compare.judge import verdict_of
from compare.model import About, Document, Fact, Quantity, Report, Span, Verdict


def _doc(name: str, text: str, published: dt.date | None = dt.date(2018, 7, 18)) -> Document:
    return Document(
        id=name,
        path=name,
        text=text,
        outlet=name,
        title="",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        story="s",
        published=published,
    )


def _statements(*docs: Document) -> list[tuple[str, str, float]]:
    facts = [f for d in docs for f in extract_facts(d)]
    return [(s.source, s.target, round(s.rate, 3)) for s in rates.statements(facts, list(docs))]


def test_a_bracketed_conversion_states_a_rate() -> None:
    doc = _doc("a", "The Commission fined Google a record €4.34 billion ($5.04 billion) on Wednesday.\n")
    assert _statements(doc) == [("EUR", "USD", 1.161)]
    # Two sums in a row without a bracket are two sums, not a conversion.
    two = _doc("b", "The fine of €4.34 billion follows one of €2.4 billion and $2.7 billion last year.\n")
    assert _statements(two) == []


def test_a_sum_misread_by_its_scale_states_no_rate() -> None:
    # "4.34 euro (~$5 billion)": a figure that lost its "billion" is no rate of 10**9 dollars a euro.
    good = _doc("a", "The Commission fined Google €4.34 billion ($5.04 billion) on Wednesday.\n")
    misread = _doc("b", "The Commission announced a 4.34 euro (~$5 billion) fine against Google.\n")
    assert _statements(good, misread) == [("EUR", "USD", 1.161)]
    assert _statements(misread) == []


def _story(directory: Path, articles: dict[str, tuple[str, str]]) -> Report:
    directory.mkdir(parents=True)
    manifest = []
    for name, (published, text) in articles.items():
        (directory / name).write_text(text, encoding="utf-8")
        manifest.append(f'[[source]]\nfile = "{name}"\noutlet = "Outlet {name}"\npublished = {published}\n')
    (directory / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")
    return pipeline.run([str(directory)], jobs=1)


_FINE = (
    "The European Commission fined Google a record {sum} on Wednesday for abusing the dominance of Android.\n"
)


def _fine_story(directory: Path, converted: str) -> Report:
    return _story(
        directory,
        {
            "a.txt": ("2018-07-18", _FINE.format(sum=converted) + "Google said it would appeal.\n"),
            "b.txt": ("2018-07-18", _FINE.format(sum="about $5 billion") + "Shares fell.\n"),
            "c.txt": ("2018-07-19", _FINE.format(sum="4.34 billion euros") + "Rivals welcomed it.\n"),
        },
    )


def _finding_of(report: Report, text: str) -> tuple[set[str], Verdict, str]:
    facts = {f.id: f for f in report.facts}
    for finding in report.findings:
        texts = {facts[i].text for i in finding.facts}
        if text in texts:
            return texts, finding.verdict, finding.explanation
    raise AssertionError(f"no finding holds {text!r}")


def test_sums_in_two_currencies_meet_at_the_rate_one_article_states(tmp_path: Path) -> None:
    report = _fine_story(tmp_path / "stated", "€4.34 billion ($5.04 billion)")
    texts, verdict, explanation = _finding_of(report, "about $5 billion")
    assert "4.34 billion euros" in texts
    assert verdict in (Verdict.AGREE, Verdict.COMPATIBLE)
    assert "1 EUR = 1.161 USD as Outlet a.txt states" in explanation or "1 USD = 0.8611 EUR" in explanation
    assert report.summary()["conflict"] == 0



def test_sums_in_two_currencies_meet_at_the_yearly_average_rate_when_no_article_states_one(
    tmp_path: Path,
) -> None:
    """No article states a rate: the sum in dollars is converted into the story's main currency (the
    euro, of most sums) at 2018's average rate (about 0.85 euros a dollar, compare/data/yearly_rates.json)
    widened by ``YEARLY_BAND``, and joins the sums in euros; the explanation says so.  Before, they were
    never compared (session 26)."""
    report = _fine_story(tmp_path / "unstated", "€4.34 billion")
    texts, verdict, explanation = _finding_of(report, "about $5 billion")
    assert {"€4.34 billion", "4.34 billion euros"} <= texts
    assert verdict in (Verdict.AGREE, Verdict.COMPATIBLE)
    assert "about $5 billion (Outlet b.txt) is about €4.24 billion at 2018's average rate" in explanation
    assert "a yearly average no article states" in explanation
    assert report.summary()["conflict"] == 0
    # A sum the band does not reach stays apart, and is never set against the others: no conflict.
    far = _fine_story(tmp_path / "far", "$9 billion")
    texts, _, _ = _finding_of(far, "$9 billion")
    assert "4.34 billion euros" not in texts
    assert far.summary()["conflict"] == 0


def test_a_yearly_rate_needs_the_articles_year_and_a_currency_of_the_table() -> None:
    dated, undated = _doc("a", "x", dt.date(2024, 3, 1)), _doc("b", "y", None)
    facts = [_sum("a", 1.8e9, "EUR"), _sum("b", 2e9, "EUR"), _sum("a", 1.95e9, "USD"), _sum("b", 2e9, "USD")]
    facts += [_sum("b", 3e9, "USD"), _sum("a", 5e6, "XYZ")]  # the main currency: the one of most sums
    out = rates.conversions(facts, [dated, undated], align._line_bounds, lambda c: f"money:{c}")
    assert set(out) == {"a-1.8e+09 EUR"}  # not the undated article's, not an unknown currency
    converted = out["a-1.8e+09 EUR"]
    assert converted.block == "money:USD" and converted.rate.year == 2024
    assert converted.bounds[0] < 1.95e9 < converted.bounds[1]
    # Disjoint at a yearly rate: no evidence of a conflict (nor of an update).
    assert rates.yearly_rates().rate("EUR", "USD", 1999) is None


def test_the_rate_of_another_year_converts_nothing(tmp_path: Path) -> None:
    # A rate stated four years later (another euro) is no rate for this week's articles.
    report = _story(
        tmp_path / "story",
        {
            "a.txt": ("2022-09-14", _FINE.format(sum="€4.125 billion ($4.155 billion)") + "Cut.\n"),
            "b.txt": ("2018-07-18", _FINE.format(sum="about $5 billion") + "Shares fell.\n"),
            "c.txt": ("2018-07-19", _FINE.format(sum="4.34 billion euros") + "Rivals welcomed it.\n"),
        },
    )
    texts, _, _ = _finding_of(report, "about $5 billion")
    assert "4.34 billion euros" not in texts


def _sum(doc: str, value: float, unit: str) -> Fact:
    text = f"{value:g} {unit}"
    return Fact(
        id=f"{doc}-{text}",
        doc=doc,
        start=0,
        end=len(text),
        text=text,
        kind="money",
        value=Quantity(stated=value, low=value, high=value, unit=unit, qualifier="exact"),
        about=About(),
        sentence=Span(0, 40),
    )


def test_the_judge_never_reads_a_conflict_from_a_conversion_alone() -> None:
    euros, dollars = _sum("a", 4.34e9, "EUR"), _sum("b", 5.1e9, "USD")
    assert verdict_of([euros, dollars]) is Verdict.COMPATIBLE
    # Two sums of one currency still contradict each other.
    assert verdict_of([euros, dollars, _sum("c", 4.125e9, "EUR")]) is Verdict.CONFLICT


def test_a_group_of_several_currencies_never_holds_a_contradiction() -> None:
    # A wide converted interval could chain two events' sums ("$137 million" of
    # one robbery, "$136 million" of another) through one sum in euros.
    def cluster(i: int, value: float, unit: str) -> align._Cluster:
        f = _sum(f"d{i}", value, unit)
        item = align._Item(
            fact=f,
            doc=f.doc,
            keys={},
            strong={},
            terms={},
            strong_norm=0.0,
            terms_norm=0.0,
            bounds=(value, value),
            persons=frozenset(),
        )
        return align._Cluster.of(i, item)

    euros = cluster(0, 103e6, "EUR")
    euros.absorb(cluster(1, 137e6, "USD"), ())
    assert align._converted_conflict(euros, cluster(2, 136e6, "USD"))
    assert not align._converted_conflict(euros, cluster(3, 137e6, "USD"))
    # Without a second currency it is an ordinary contradiction, for the usual rules to judge.
    assert not align._converted_conflict(cluster(4, 137e6, "USD"), cluster(5, 136e6, "USD"))


@pytest.mark.parametrize("margin", [0.0, rates.MARGIN])
def test_a_converted_interval_spans_the_stated_rates_widened_by_the_margin(
    margin: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rates, "MARGIN", margin)
    docs = [
        _doc("a", "The Commission fined Google €4.34 billion ($5.04 billion) on Wednesday.\n"),
        _doc("b", "The Commission fined Google a record $5.1 billion (€4.34 billion).\n"),
        _doc("c", "The Commission fined Google 4.34 billion euros on Wednesday.\n"),
        _doc("d", "The Commission fined Google a record $5 billion.\n"),
        # Dollars are the story's most frequent currency: its pivot.
        _doc("e", "Google must pay $5.04 billion within 90 days.\n"),
    ]
    facts = [f for d in docs for f in extract_facts(d)]
    converted = rates.conversions(facts, docs, align._line_bounds, lambda c: f"money:{c}")
    euros = next(c for f in facts if f.doc == "c" and (c := converted.get(f.id)))
    assert euros.block == "money:USD" and euros.rate.docs == ("a", "b")
    lo, hi = euros.bounds
    assert lo == pytest.approx(4.34e9 * 5.04 / 4.34 * (1 - margin))
    assert hi == pytest.approx(4.34e9 * 5.1 / 4.34 * (1 + margin))



def test_a_sum_is_compared_only_with_sums_of_its_own_time() -> None:
    # "$5 billion" of 2018, converted at 2018's stated rate, would fall on "4.125 billion
    # euros" of a 2022 ruling: articles four years apart share no rate.
    rate = rates.Rate("USD", "EUR", 0.851, 0.861, ("a",))

    def item(doc: str, value: float, unit: str, day: dt.date, converted: bool) -> align._Item:
        b = (value * 0.851 * 0.95, value * 0.861 * 1.05) if converted else (value, value)
        return align._Item(
            fact=_sum(doc, value, unit),
            doc=doc,
            keys={"T:fine": 1.0},
            strong={},
            terms={"T:fine": 1.0},
            strong_norm=0.0,
            terms_norm=1.0,
            bounds=b,
            persons=frozenset(),
            published=day.toordinal(),
            rate=rate if converted else None,
            block="money:EUR",
        )

    dollars = item("b", 5e9, "USD", dt.date(2018, 7, 18), converted=True)
    model = align.PairModel(weights=(0.0,) * len(align.FEATURES), bias=5.0)
    later = item("c", 4.125e9, "EUR", dt.date(2022, 9, 14), converted=False)
    assert align.pair_score(dollars, later, model) == (None, "rate of another time")
    same_week = item("d", 4.34e9, "EUR", dt.date(2018, 7, 19), converted=False)
    assert align.pair_score(dollars, same_week, model)[1] == "agree"


def test_the_explanation_gives_one_interval_per_pair_of_currencies() -> None:
    from compare.judge import _with_rates

    stated = [
        rates.Rate("EUR", "USD", 1.161, 1.175, ("a", "b")),
        rates.Rate("EUR", "USD", 1.001, 1.161, ("b", "c")),
    ]
    sentence = _with_rates("A says €4.34 billion; B says $5 billion — the estimates overlap.", stated,
                           {"a": "A", "b": "B", "c": "C"})
    assert sentence.count("1 EUR =") == 1
    assert "1 EUR = 1.001–1.175 USD as A, B and C state; a conversion alone is never a conflict)." in sentence


_AWARD = "The jury awarded Depp {sum} in damages on Wednesday after the six-week defamation trial.\n"


def test_a_bracket_in_a_currency_its_sign_does_not_name_is_the_sum_it_converts(tmp_path: Path) -> None:
    # "US$10 million ($15m)": the bracket gives the award in the outlet's own dollar, which extraction
    # reads as US dollars too.  It is no second award and no contradiction of the first.
    nz = _doc("a", _AWARD.format(sum="US$10 million ($15m)"))
    facts = [f for f in extract_facts(nz) if f.kind == "money"]
    assert [(f.text, f.value.unit) for f in facts] == [("US$10 million", "USD"), ("$15m", "USD")]  # type: ignore[union-attr]
    assert rates.unnamed_conversions(facts, [nz]) == {facts[1].id: facts[0].id}
    # A bracket in a currency it names states a rate, and one of an equal value restates the sum.
    for sums in ("A$10 million ($15m)", "US$10 million ($10m)"):
        other = _doc("b", _AWARD.format(sum=sums))
        sums_of = [f for f in extract_facts(other) if f.kind == "money"]
        assert rates.unnamed_conversions(sums_of, [other]) == {}
    report = _story(
        tmp_path / "award",
        {
            "a.txt": ("2022-06-02", _AWARD.format(sum="US$10 million ($15m)") + "Heard will appeal.\n"),
            "b.txt": ("2022-06-02", _AWARD.format(sum="$10 million") + "Depp thanked the jury.\n"),
        },
    )
    texts, verdict, explanation = _finding_of(report, "$15m")
    assert texts == {"US$10 million", "$15m", "$10 million"}
    assert verdict is Verdict.AGREE
    assert (
        "($15m (Outlet a.txt) in brackets after US$10 million: a conversion into a currency the article"
        " does not name is not compared)" in explanation
    )
    assert report.summary()["conflict"] == 0


def test_the_judge_compares_a_bracketed_conversion_as_the_sum_it_converts() -> None:
    award, bracket, other = _sum("a", 10e6, "USD"), _sum("a", 15e6, "USD"), _sum("b", 10e6, "USD")
    assert verdict_of([award, bracket, other]) is Verdict.CONFLICT  # read as two US sums
    assert verdict_of([award, bracket, other], conversions={bracket.id: award.id}) is Verdict.AGREE


def test_sums_apart_at_a_yearly_rate_are_no_evidence_of_a_conflict() -> None:
    """Disjoint at a rate no article states: the band is too coarse to set two sums against each
    other, so the pair is no conflict's (nor update's) evidence; at a stated rate it still may be."""

    def item(doc: str, value: float, unit: str, rate: rates.Rate | None) -> align._Item:
        b = (value * 1.0, value * 1.3) if rate is not None else (value, value)
        return align._Item(
            fact=_sum(doc, value, unit),
            doc=doc,
            keys={"T:fine": 1.0, "E:fine": 1.0},
            strong={"E:fine": 1.0},
            terms={"T:fine": 1.0},
            strong_norm=1.0,
            terms_norm=1.0,
            bounds=b,
            persons=frozenset(),
            published=dt.date(2018, 7, 18).toordinal(),
            rate=rate,
            block="money:USD",
        )

    model = align.PairModel(weights=(0.0,) * len(align.FEATURES), bias=5.0)
    dollars = item("b", 9e9, "USD", None)
    yearly = item("a", 4.34e9, "EUR", rates.Rate("EUR", "USD", 1.0, 1.3, (), 2018))
    assert align.pair_score(yearly, dollars, model) == (None, "apart at a yearly rate")
    stated = item("a", 4.34e9, "EUR", rates.Rate("EUR", "USD", 1.0, 1.3, ("a",)))
    assert align.pair_score(stated, dollars, model)[1] != "apart at a yearly rate"
