"""Mention recall of the extractor on the development gold (``benchmarks/data/gold``).

The gold (format: ``/work/wt/GOLD_FORMAT.md``, made for the alignment issue)
marks every figure a fact-checker compares, with its offsets, value and role.
Here it scores extraction alone: a gold mention is *found* when an extracted
fact overlaps its span and its value interval holds the gold value; a found
casualty mention has the *right role* when ``Fact.role`` names the gold role.

ECB+ texts are read at run time from the peer data (never copied); the held-out
topics (8, 18, 20, 37, 41) have no gold and are refused here even if one
appeared.  Gathered stories are read from ``benchmarks/data/stories``, or from
``benchmarks/data/stories-test`` for the sealed test gold (``--gold
benchmarks/data/gold-test``), like ``benchmarks/alignment.py``.  A gold other
than the development gold is read by its totals only: no missed mention is
kept or printed (``benchmarks/data/README.md``, "Test gold (sealed)").

    python -m benchmarks.gold_mentions [N] [--gold DIR]   # totals, and N missed mentions (dev gold only)
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from benchmarks.peer_suites import Failure, Metric, SuiteResult
from compare import units
from compare.model import DateValue, Fact, Quantity

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "benchmarks" / "data" / "gold"
STORIES = REPO / "benchmarks" / "data" / "stories"
TEST_STORIES = REPO / "benchmarks" / "data" / "stories-test"  # texts of the sealed test gold
HELD_OUT = frozenset({8, 18, 20, 37, 41})
# Gold role names (free text, "deaths", "wounded-by-gunfire", "arrested-somali")
# → the extractor's closed list; only these count as casualty mentions.
CASUALTY = {
    "deaths": "deaths",
    "killed": "deaths",
    "injured": "injured",
    "wounded": "injured",
    "wounded-by-gunfire": "injured",
    "casualties": "casualties",
    "missing": "missing",
    "displaced": "displaced",
    "homeless": "homeless",
    "evacuated": "evacuated",
    "rescued": "rescued",
    "arrested": "arrested",
    "arrested-somali": "arrested",
    "arrested-yemeni": "arrested",
    "affected": "affected",
}

Extract = Callable[[str, dt.date | None], Iterable[Fact]]


def _ecb_texts(peer: Path, wanted: set[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    path = peer / "ecbplus-full" / "docs.jsonl"
    if not path.is_file():
        return texts
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["doc_id"] in wanted:
                if row["topic"] in HELD_OUT:
                    raise SystemExit(f"gold names held-out topic {row['topic']}: refusing")
                texts[row["doc_id"]] = row["text"]
    return texts


# The gold writes a duration in the unit its cluster uses ("the next two years"
# is 24 in a cluster of months) and a distance in metres ("200 feet" is 61);
# the extractor keeps seconds and the written unit.  A duration or measure is
# found when the gold value lies in the fact's interval expressed in any unit
# of its dimension (rounding of the converted figure allowed, as
# ``compare.units.convert`` does).
_SECONDS = (1.0, 60.0, 3600.0, 86400.0, 604800.0, 2629746.0, 31556952.0)


def _inside(low: float | None, high: float | None, stated: float | None, value: float) -> bool:
    if stated is not None and abs(stated - value) <= 1e-6 * max(1.0, abs(value)):
        return True
    lo = low if low is not None else float("-inf")
    hi = high if high is not None else float("inf")
    return lo - 1e-6 <= value <= hi + 1e-6


def _holds(fact: Fact, value: float | None) -> bool:
    if value is None:
        return True
    v = fact.value
    if isinstance(v, DateValue):
        return False
    assert isinstance(v, Quantity)
    if _inside(v.low, v.high, v.stated, value):
        return True
    if fact.kind == "duration":
        return any(
            _inside(*(None if x is None else x / per for x in (v.low, v.high, v.stated)), value)
            for per in _SECONDS
        )
    source = units.info(v.unit) if fact.kind in ("measure", "percent") else None  # "50 bp" = 0.5 pp
    if source is None:
        return False
    for target in units.units_of(source.dimension):
        converted = units.convert(v, target)
        if converted is not None and _inside(*converted, None, value):
            return True
    return False


# A gold date's value as written in the gold ("2023-05-02", "2023-05", "2023", "2023-05-02T13:38+05:30",
# "2022/2023", "2023-05-01/2023-05-02"); other forms ("Tuesday", "mid-June", "2023-Q2") give no interval.
_DAY = r"(\d{4})-(\d\d)-(\d\d)"
_CLOCK = re.compile(r"(?:\d{4}-\d\d-\d\dT)?(\d\d):(\d\d)(Z|([+-])(\d\d):(\d\d))?")


def date_interval(value: object) -> tuple[dt.date, dt.date] | None:
    """The days a gold date value covers, first and last; None for a value with no calendar interval."""
    v = str(value)
    if m := re.fullmatch(_DAY + r"(?:T.*)?", v):
        day = dt.date(*map(int, m.groups()))
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d\d)", v):
        year, month = int(m[1]), int(m[2])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if re.fullmatch(r"\d{4}", v):
        return dt.date(int(v), 1, 1), dt.date(int(v), 12, 31)
    if m := re.fullmatch(r"(\d{4})/(\d{4})", v):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[2]), 12, 31)
    if m := re.fullmatch(_DAY + "/" + _DAY, v):
        return dt.date(int(m[1]), int(m[2]), int(m[3])), dt.date(int(m[4]), int(m[5]), int(m[6]))
    return None


def clock_of(value: object) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The hour and minute of a gold time of day as written ("13:38", "2023-05-02T13:38+05:30"), and
    in UTC when the gold gives its offset ("Z", "+05:30"); None for a value with no time of day."""
    m = _CLOCK.fullmatch(str(value))
    if m is None:
        return None
    written = (int(m[1]), int(m[2]))
    if m[3] is None:
        return written, None
    offset = 0 if m[3] == "Z" else (1 if m[4] == "+" else -1) * (int(m[5]) * 60 + int(m[6]))
    minutes = (written[0] * 60 + written[1] - offset) % 1440
    return written, (minutes // 60, minutes % 60)


def _same_clock(v: DateValue, clock: tuple[tuple[int, int], tuple[int, int] | None]) -> bool:
    """Whether a fact's time of day is the gold's: as written, or in UTC when the text named the zone
    (``DateValue.time`` is then in UTC: "1515 GMT" for the gold's "18:15+03:00")."""
    if v.time is None:
        return False
    got = (v.time.hour, v.time.minute)
    return got == clock[0] or (v.zone == "UTC" and got == clock[1])


def _story_folder(story: str) -> Path:
    """A gathered story's texts: a development story, else a story of a sealed test set
    (``stories-test/``, ``stories-test2/``, ...)."""
    for texts in (STORIES, TEST_STORIES, *sorted(TEST_STORIES.parent.glob("stories-test?*"))):
        if (texts / story).is_dir():
            return texts / story
    return TEST_STORIES / story


def is_development_gold(gold_dir: Path) -> bool:
    return gold_dir.resolve() == GOLD.resolve()


def score_gold(
    peer: Path, extract: Extract, gold_dir: Path = GOLD, every_figure: bool = False
) -> SuiteResult | None:
    """Mention recall (all numeric figures, casualty counts) and role accuracy on the gold.

    Individual misses (``failures``) are kept for the development gold only: any other gold
    (the sealed test gold) yields totals alone, so that nobody debugs, and tunes on, its cases.
    ``every_figure`` keeps the missed figures of other roles too (category "missed figure").
    """
    keep_failures = is_development_gold(gold_dir)
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        return None
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    ecb_docs = {d["doc"] for g in golds if g.get("source") == "ecbplus" for d in g["documents"]}
    ecb = _ecb_texts(peer, ecb_docs)
    counts = {"all": 0, "all_found": 0, "cas": 0, "cas_found": 0, "cas_role": 0}
    counts.update(dates=0, dates_found=0, dates_exact=0, clocks=0, clocks_right=0)
    failures: list[Failure] = []
    stories = 0
    for g in golds:
        published: dict[str, dt.date | None] = {
            d["doc"]: dt.date.fromisoformat(d["published"]) if d.get("published") else None
            for d in g["documents"]
        }
        texts: dict[str, str] = {}
        for d in g["documents"]:
            if g.get("source") == "ecbplus":
                if d["doc"] in ecb:
                    texts[d["doc"]] = ecb[d["doc"]]
            else:
                path = _story_folder(g["story"]) / d["doc"]
                if path.is_file():
                    texts[d["doc"]] = path.read_text(encoding="utf-8")
        if not texts:
            continue
        stories += 1
        facts = {doc: tuple(extract(text, published.get(doc))) for doc, text in texts.items()}
        for cluster in g["clusters"]:
            if cluster["kind"] == "date":
                for m in cluster["mentions"]:
                    if m["doc"] in texts:
                        doc = m["doc"]
                        failures.extend(_score_date(m, texts[doc], facts[doc], counts, keep_failures))
                continue
            role = CASUALTY.get(cluster["role"].split(":")[0]) if cluster["kind"] == "count" else None
            for m in cluster["mentions"]:
                if m["doc"] not in texts:
                    continue
                text = texts[m["doc"]]
                start, end = m["start"], m["end"]
                found = [
                    f
                    for f in facts[m["doc"]]
                    if f.kind != "date" and f.start < end and start < f.end and _holds(f, m.get("value"))
                ]
                counts["all"] += 1
                counts["all_found"] += bool(found)
                if role is None:
                    if every_figure and not found and keep_failures:
                        lo = max(0, start - 60)
                        failures.append(
                            Failure(
                                "missed figure",
                                text[lo : end + 40].replace("\n", " "),
                                f"{m['quote']!r} = {m.get('value')} {cluster['kind']} {cluster['role']}",
                                "nothing",
                            )
                        )
                    continue
                counts["cas"] += 1
                counts["cas_found"] += bool(found)
                right = any(f.role == role for f in found)
                counts["cas_role"] += right
                if not right and keep_failures:
                    lo = max(0, start - 60)
                    got = "; ".join(f"{f.text!r} role={f.role}" for f in found) or "nothing"
                    failures.append(
                        Failure(
                            "missed" if not found else "wrong role",
                            text[lo : end + 40].replace("\n", " "),
                            f"{m['quote']!r} = {m.get('value')} role={role}",
                            got,
                        )
                    )

    # (metric, found, of, what is counted): each metric is found / of, in percent.
    metrics = (
        ("casualty mention recall", "cas_found", "cas", "casualty counts found with their value"),
        ("casualty role recall", "cas_role", "cas", "found with the right role"),
        ("all-figure mention recall", "all_found", "all", f"numeric mentions of {stories} stories"),
        ("date mention recall", "dates_found", "dates", "dates with a calendar value found as dates"),
        ("date value exact", "dates_exact", "dates", "found with exactly the gold's days"),
        ("time of day right", "clocks_right", "clocks", "times of day with the gold's hour and minute"),
    )
    return SuiteResult(
        "gold-mentions",
        counts["all"],
        tuple(
            Metric(
                name,
                100.0 * counts[found] / counts[of] if counts[of] else 0.0,
                f"{counts[found]}/{counts[of]} {what}",
            )
            for name, found, of, what in metrics
        ),
        tuple(failures),
    )


def _score_date(
    m: dict[str, object], text: str, facts: Iterable[Fact], counts: dict[str, int], keep_failures: bool
) -> list[Failure]:
    """Count one gold date mention (its days exactly, and its time of day when the gold gives one);
    the failure to keep when it is missed or wrong (development gold only)."""
    start, end = int(str(m["start"])), int(str(m["end"]))
    dates = [f for f in facts if f.kind == "date" and f.start < end and start < f.end]
    values = [f.value for f in dates if isinstance(f.value, DateValue)]
    clock = clock_of(m.get("value"))
    if clock is not None:
        counts["clocks"] += 1
        counts["clocks_right"] += any(_same_clock(v, clock) for v in values)
    interval = date_interval(m.get("value"))
    if interval is None:
        return []
    counts["dates"] += 1
    counts["dates_found"] += bool(values)
    exact = any((v.start, v.end) == interval for v in values)
    counts["dates_exact"] += exact
    if exact or not keep_failures:
        return []
    lo = max(0, start - 60)
    got = "; ".join(f"{f.text!r} {v.start}..{v.end}" for f, v in zip(dates, values, strict=True)) or "nothing"
    return [
        Failure(
            "wrong date" if values else "missed date",
            text[lo : end + 40].replace("\n", " "),
            f"{m.get('quote')!r} = {m.get('value')}",
            got,
        )
    ]


def main(argv: list[str] | None = None) -> int:
    """A quick look without the accuracy table; exit 2 when asked for cases of a sealed gold."""
    import argparse

    from benchmarks.peer_suites import peer_data_dir
    from compare.extract import extract_text

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=0, help="missed mentions to print (dev gold only)")
    parser.add_argument("--gold", type=Path, default=GOLD, metavar="DIR", help="gold directory")
    parser.add_argument(
        "--every-figure", action="store_true", help="also print missed figures of other roles (dev gold only)"
    )
    args = parser.parse_args(argv)
    if args.n and not is_development_gold(args.gold):
        print(f"{args.gold}: missed mentions are printed for the development gold only", file=sys.stderr)
        return 2
    result = score_gold(peer_data_dir(), extract_text, args.gold, args.every_figure)
    if result is None:
        print("no gold")
        return 0
    for metric in result.metrics:
        print(f"{metric.name}: {metric.score:.1f} ({metric.detail})")
    for failure in result.failures[: args.n]:
        print(f"- [{failure.category}] {failure.text}")
        print(f"    expected {failure.expected}\n    got {failure.got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
