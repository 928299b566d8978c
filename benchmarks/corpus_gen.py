"""A deterministic corpus of varied news articles for benchmarks and tests.

``generate(root, articles, stories)`` writes ``stories`` directories under
``root``, each with its own ``sources.toml`` (outlet, title, published) and
about ``articles / stories`` articles of roughly 700 words.  The text comes
from the seed articles in ``seeds/`` plus the extra paragraphs below (written
for this benchmark, so the corpus also holds casualty counts, money and
durations the seeds lack).  Every story gets its own cast of names, places,
dates and figures, and every article in it its own selection and order of
paragraphs, sentence order, dateline and occasional disagreement in a figure,
so no two files are byte-identical (the loader drops exact copies) while the
articles of one story still report the same events, as coverage does.

Dates move by whole weeks so that "on Monday" still names the weekday the
shifted date falls on.  Years standing alone ("in 2014") are history and are
left alone.  Everything is drawn from ``random.Random`` seeded per story and
per article: the same arguments always give the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TARGET_WORDS = 700

# Paragraphs written for the benchmark: the seeds are all diplomacy, and a
# newsroom corpus also reports deaths, injuries, money and durations.
EXTRA_PARAGRAPHS = (
    "Shelling overnight killed at least 14 civilians and wounded 37 others in the eastern "
    "region, local officials said on Tuesday, the deadliest night since the ceasefire was "
    "agreed in July 2020. Rescue crews worked for more than six hours to pull survivors "
    "from a collapsed apartment block.",
    "The separatist conflict in the Donbas has killed more than 13,000 people since April 2014, "
    "according to United Nations estimates, and displaced about 1.5 million residents, many "
    "of whom still live in temporary housing far from the front line.",
    "Washington has committed $2.5 billion in security assistance to Kyiv since 2014, including "
    "a $60 million package announced in September, officials said. Lawmakers in the Senate are "
    "weighing a further $450 million in military aid over the next two years.",
    "Satellite images taken on December 1 showed roughly 1,200 armored vehicles and about "
    "100,000 troops gathered within 200 kilometers of the border, up from an estimated 70,000 "
    "troops in early November, according to a private imagery firm.",
    "The talks in Geneva lasted almost eight hours, far longer than the 90-minute session "
    "diplomats had planned, and ended without a joint statement. A second round, expected to "
    "last two days, was pencilled in for the following week.",
    "Gas prices in Europe rose by 30 percent in a single week, and the benchmark contract "
    "traded at 180 euros per megawatt-hour on Thursday, about five times its level a year "
    "earlier, as traders bet on a cut in supplies through the 1,230-kilometer pipeline.",
    "At least 250 people were detained at protests in 12 cities over the weekend, a monitoring "
    "group said, and 3 journalists were briefly held in the capital before being released "
    "after about four hours.",
    "The alliance has about 4,000 troops in four multinational battalions in the Baltic states "
    "and Poland, and its commanders said on Wednesday that a further 5,000 could be moved "
    "within 48 hours if the situation deteriorated.",
    "The emergency session of the Security Council on January 31 lasted two hours and "
    "featured sharp exchanges; 10 of its 15 members voted to hold the public meeting, which "
    "Moscow had sought to block.",
    "A senior official said the two presidents spoke for 50 minutes on Thursday evening and "
    "agreed to keep their teams in contact, the second call in three weeks after a two-hour "
    "video conference on December 7.",
)

OUTLETS = (
    "The Morning Ledger",
    "Harbor City Times",
    "Northern Courier",
    "Daily Meridian",
    "Continental Wire",
    "The Evening Post",
    "Riverside Gazette",
    "Global Affairs Weekly",
    "The Observer Desk",
    "Capital Dispatch",
    "Atlantic Report",
    "Plains Herald",
    "The Chronicle Review",
    "Metro News Service",
    "Valley Tribune",
    "World Brief",
    "The Standard Record",
    "Eastern Monitor",
    "Bay Area Journal",
    "Coastline Press",
    "The Independent Sentinel",
    "Summit Daily",
    "Foreign Desk Review",
    "The Civic Bulletin",
)

# Story casts: the seeds' real people, places and countries, then invented ones.
# Each cast maps every seed name to a stand-in, so a story reads consistently.
_PEOPLE = (
    "Biden",
    "Putin",
    "Zelenskiy",
    "Zelenskyy",
    "Zelensky",
    "Blinken",
    "Lavrov",
    "Sullivan",
    "Sherman",
    "Ryabkov",
    "Stoltenberg",
    "Peskov",
    "Cameron",
    "Galeotti",
)
_INVENTED_PEOPLE = (
    "Halvorsen",
    "Okafor",
    "Marchetti",
    "Lindqvist",
    "Tanaka",
    "Moreau",
    "Kowalczyk",
    "Brennan",
    "Castellanos",
    "Varga",
    "Delacroix",
    "Nakamura",
    "Abernathy",
    "Sorensen",
    "Ibrahim",
    "Petrakis",
    "Duarte",
    "Whitfield",
    "Ferreira",
    "Aldana",
    "Kessler",
    "Rasmussen",
    "Oyelaran",
    "Montague",
    "Szabo",
    "Quintero",
    "Holloway",
    "Achterberg",
    "Mbeki",
    "Faulkner",
    "Ishikawa",
    "Valdivia",
    "Grummond",
    "Larkspur",
    "Ostrowski",
    "Renard",
    "Thorne",
    "Vasquez",
)
_CITIES = ("Geneva", "Brussels", "Vienna", "Sochi", "Munich", "Prague", "London")
_INVENTED_CITIES = (
    "Lindholm",
    "Port Averne",
    "Castelmar",
    "Novaya Reka",
    "Eastbridge",
    "Valmora",
    "Ostrava Nova",
    "Kerrigan",
    "Saint Alaric",
    "Marisol",
    "Brightwater",
    "Dunmore",
    "Solbakken",
    "Tarragal",
)
# (noun, adjective) pairs; the seed's pair is replaced by an invented pair.
_COUNTRIES = (("Russia", "Russian"), ("Ukraine", "Ukrainian"))
_INVENTED_COUNTRIES = (
    ("Norland", "Norlandic"),
    ("Valdesia", "Valdesian"),
    ("Corvania", "Corvanian"),
    ("Estmark", "Estmarkian"),
    ("Taurica", "Taurican"),
    ("Belravia", "Belravian"),
    ("Ostrenia", "Ostrenian"),
    ("Kavaria", "Kavarian"),
    ("Solmeria", "Solmerian"),
)

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_NO = {m: i + 1 for i, m in enumerate(_MONTHS)}
_DATE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?(?:,\s*(\d{4}))?\b")
# A figure of two or more digits, with or without thousands separators and
# decimals; four-digit years are matched too and skipped in _scale_number.
_NUMBER = re.compile(r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d{2,})(\.\d+)?(?![\w-]|,\d)")
# Dates first, so a day of the month is shifted and never scaled as a figure.
_DATE_OR_NUMBER = re.compile(f"(?P<date>{_DATE.pattern})|(?P<number>{_NUMBER.pattern})")
_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[A-Z“\"])")


@dataclass(frozen=True)
class Seed:
    """One source article: its paragraphs and its publication date."""

    name: str
    title: str
    published: dt.date
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Story:
    """What every article of one story shares: cast, date shift, figures."""

    index: int
    names: tuple[tuple[str, str], ...]
    shift_days: int
    factor: float
    seed: int


def _paragraphs(text: str) -> list[str]:
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        # A caption is printed twice, line after line, in the seeds: keep it once.
        lines = list(dict.fromkeys(" ".join(line.split()) for line in block.splitlines()))
        paragraph = " ".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return paragraphs


def _body(paragraphs: Sequence[str]) -> tuple[str, ...]:
    """Paragraphs of prose: sentences, not navigation, headings or teasers."""
    prose = (p for p in paragraphs if len(p.split()) >= 12 and p.rstrip('"”’)').endswith((".", "?", "!")))
    return tuple(dict.fromkeys(prose))


def load_seeds(directory: Path = SEEDS) -> tuple[Seed, ...]:
    manifest = tomllib.loads((directory / "sources.toml").read_text(encoding="utf-8"))
    seeds = []
    for entry in manifest["source"]:
        text = (directory / entry["file"]).read_text(encoding="utf-8")
        published = entry.get("published")
        seeds.append(
            Seed(
                name=entry["file"],
                title=entry.get("title", entry["file"]),
                published=published if isinstance(published, dt.date) else dt.date(2022, 1, 1),
                paragraphs=_body(_paragraphs(text)),
            )
        )
    return tuple(seeds)


def _story(index: int, base_seed: int) -> Story:
    rng = random.Random(f"story:{base_seed}:{index}")
    people = rng.sample(_INVENTED_PEOPLE, len(_PEOPLE))
    cities = rng.sample(_INVENTED_CITIES, len(_CITIES))
    countries = rng.sample(_INVENTED_COUNTRIES, len(_COUNTRIES))
    names: list[tuple[str, str]] = []
    if index % 4 != 0:
        # One story in four keeps the real names, as wire copy would.
        names.extend(zip(_PEOPLE, people, strict=True))
        names.extend(zip(_CITIES, cities, strict=True))
        for (noun, adj), (new_noun, new_adj) in zip(_COUNTRIES, countries, strict=True):
            names.extend(((adj, new_adj), (noun, new_noun)))
    # Zelenskiy/Zelenskyy/Zelensky are one person spelt three ways: keep the
    # variants of one stand-in so alignment still has spelling noise to match.
    if names:
        stand_in = dict(names)["Zelenskiy"]
        names = [
            (old, stand_in + ("y" if old.endswith("yy") else "")) if old.startswith("Zelensk") else (old, new)
            for old, new in names
        ]
    return Story(
        index=index,
        names=tuple(names),
        shift_days=7 * rng.randrange(-20, 160),
        factor=rng.choice((0.5, 0.75, 1.0, 1.0, 1.25, 1.5, 2.0, 3.0)),
        seed=rng.randrange(2**32),
    )


def _round_like(original: str, value: float) -> str:
    """``value`` written with the roundness and separators of ``original``."""
    digits = original.replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0")) if "." not in digits else 0
    whole = int(round(value / 10**zeros)) * 10**zeros if zeros else int(round(value))
    whole = max(whole, 10)
    return f"{whole:,}" if "," in original or whole >= 10_000 else str(whole)


def _scale_number(match: re.Match[str], factor: float, rng: random.Random, jitter: float) -> str:
    whole, decimals = match.group(1), match.group(2) or ""
    plain = whole.replace(",", "")
    if "," not in whole and len(plain) == 4 and 1900 <= int(plain) <= 2100:
        return match.group(0)
    value = float(plain + decimals)
    if value < 10:
        return match.group(0)
    if rng.random() < jitter:
        # This outlet got the figure wrong or from another source: a real
        # disagreement for the judge to find.
        value *= rng.choice((0.8, 1.2, 1.5, 2.0))
    if decimals:
        return f"{value * factor:.{len(decimals) - 1}f}"
    return _round_like(whole, value * factor)


def _shift_date(match: re.Match[str], days: int, published: dt.date) -> str:
    month = _MONTH_NO[match.group(1)]
    year = int(match.group(4)) if match.group(4) else published.year
    if not match.group(4):
        # A bare "January 31" is the one nearest the article's own date.
        if month - published.month > 6:
            year -= 1
        elif published.month - month > 6:
            year += 1
    try:
        start = dt.date(year, month, int(match.group(2))) + dt.timedelta(days=days)
        end = dt.date(year, month, int(match.group(3))) + dt.timedelta(days=days) if match.group(3) else None
    except ValueError:
        return match.group(0)
    text = f"{_MONTHS[start.month - 1]} {start.day}"
    if end is not None:
        text += f"-{end.day}" if end.month == start.month else (f" to {_MONTHS[end.month - 1]} {end.day}")
    if match.group(4):
        text += f", {(end or start).year}"
    return text


def _rename(text: str, names: Sequence[tuple[str, str]]) -> str:
    if not names:
        return text
    table = dict(names)
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: table[m.group(1)], text)


def _shuffle_sentences(paragraph: str, rng: random.Random) -> str:
    sentences = _SENTENCE_BREAK.split(paragraph)
    if len(sentences) < 3:
        return paragraph
    i = rng.randrange(1, len(sentences) - 1)
    sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    return " ".join(sentences)


def _transform(story: Story, published: dt.date, rng: random.Random, jitter: float) -> Callable[[str], str]:
    def one(match: re.Match[str]) -> str:
        if match.group("date"):
            inner = _DATE.fullmatch(match.group("date"))
            assert inner is not None
            return _shift_date(inner, story.shift_days, published)
        inner = _NUMBER.fullmatch(match.group("number"))
        assert inner is not None
        return _scale_number(inner, story.factor, rng, jitter)

    def apply(text: str) -> str:
        return _rename(_DATE_OR_NUMBER.sub(one, text), story.names)

    return apply


def _article(
    story: Story, number: int, seeds: Sequence[Seed], extras: Sequence[str], words: int
) -> tuple[str, str, str, dt.date]:
    """(text, outlet, title, published) of article ``number`` of ``story``."""
    rng = random.Random(f"article:{story.seed}:{number}")
    base = seeds[(number + story.index) % len(seeds)]
    published = base.published + dt.timedelta(days=story.shift_days + rng.choice((0, 0, 1, 2)))
    # Mostly the base article's paragraphs in order (a rewrite of one report),
    # with a paragraph or two from the others and from the extras.
    pool = list(base.paragraphs)
    start = rng.randrange(0, max(1, len(pool) - 6))
    chosen = pool[start:]
    rng.shuffle(borrowed := [p for s in seeds if s is not base for p in s.paragraphs])
    picked: list[str] = []
    count = 0
    sources = iter(chosen + borrowed)
    for paragraph in sources:
        size = len(paragraph.split())
        if rng.random() < 0.2 or count + size > words:
            continue
        picked.append(paragraph)
        count += size
        if count >= words - 120:
            break
    for extra in rng.sample(list(extras), 2):
        picked.insert(rng.randrange(1, len(picked) + 1), extra)
    if len(picked) > 3:
        i = rng.randrange(1, len(picked) - 1)
        picked[i], picked[i + 1] = picked[i + 1], picked[i]
    for _ in range(2):
        i = rng.randrange(len(picked))
        picked[i] = _shuffle_sentences(picked[i], rng)

    outlet = OUTLETS[(number * 7 + story.index) % len(OUTLETS)]
    transform = _transform(story, base.published, rng, jitter=0.06)
    city = dict(story.names).get("Geneva", "Geneva")
    dateline = f"{city.upper()}, {_MONTHS[published.month - 1]} {published.day} ({outlet}) -- "
    body = [transform(p) for p in picked]
    body[0] = dateline + body[0]
    title = transform(base.title)
    if rng.random() < 0.5:
        title = f"{title} ({outlet})"
    credit = f"Reporting by staff in {city}, item {number}."
    text = f"{title}\n\n" + "\n\n".join(body) + f"\n\n{credit}\n"
    return text, outlet, title, published


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def generate(
    root: Path,
    articles: int,
    stories: int = 10,
    *,
    seed: int = 7,
    words: int = TARGET_WORDS,
    seeds_dir: Path = SEEDS,
) -> list[Path]:
    """Write the corpus under ``root``; return the story directories in order.

    Articles are dealt to stories round-robin, so any ``articles`` count is
    met exactly (a story may hold one more article than another).
    """
    seeds = load_seeds(seeds_dir)
    stories = max(1, min(stories, articles))
    dirs: list[Path] = []
    for s in range(stories):
        story = _story(s, seed)
        directory = root / f"story-{s:03d}"
        directory.mkdir(parents=True, exist_ok=True)
        lines = []
        for n in range(s, articles, stories):
            text, outlet, title, published = _article(story, n, seeds, EXTRA_PARAGRAPHS, words)
            name = f"article-{n:05d}.txt"
            (directory / name).write_text(text, encoding="utf-8")
            lines.append(
                f"[[source]]\nfile = {_toml_string(name)}\noutlet = {_toml_string(outlet)}\n"
                f"title = {_toml_string(title)}\npublished = {published.isoformat()}\n"
            )
        (directory / "sources.toml").write_text("\n".join(lines), encoding="utf-8")
        dirs.append(directory)
    return dirs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("root", type=Path, help="directory to write the stories into")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--stories", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    dirs = generate(args.root, args.articles, args.stories, seed=args.seed)
    print(f"wrote {args.articles} articles in {len(dirs)} stories under {args.root}")


if __name__ == "__main__":
    main()
