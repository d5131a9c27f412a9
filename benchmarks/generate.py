"""Deterministic generator of a news-like archive for benchmarks (not a test).

Writes N Markdown articles (500-1,000 words each) with YAML front matter (title, date,
source). People, organisations, places and dates recur with a Zipf-like skew; the entity
vocabulary is a core of well-known names plus generated rare names whose number grows with
N, so entity counts grow with the archive.

Run: ``python benchmarks/generate.py N OUT_DIR [--seed S]``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

CORE_PEOPLE = [
    ("Vladimir Putin", "President"),
    ("Volodymyr Zelensky", "President"),
    ("Olaf Scholz", "Chancellor"),
    ("Emmanuel Macron", "President"),
    ("Joe Biden", "President"),
    ("Antony Blinken", "Secretary of State"),
    ("Dmytro Kuleba", "Foreign Minister"),
    ("Sergei Lavrov", "Foreign Minister"),
    ("Jens Stoltenberg", "Secretary-General"),
    ("Ursula von der Leyen", "Commission President"),
    ("Dmitry Peskov", "spokesman"),
    ("Boris Johnson", "Prime Minister"),
    ("Angela Merkel", "former Chancellor"),
    ("Recep Tayyip Erdogan", "President"),
    ("Xi Jinping", "President"),
    ("Narendra Modi", "Prime Minister"),
    ("Justin Trudeau", "Prime Minister"),
    ("Kamala Harris", "Vice President"),
    ("Lloyd Austin", "Defense Secretary"),
    ("Alexander Lukashenko", "President"),
    ("Mario Draghi", "Prime Minister"),
    ("Pedro Sanchez", "Prime Minister"),
    ("Andrzej Duda", "President"),
    ("Viktor Orban", "Prime Minister"),
    ("Josep Borrell", "foreign policy chief"),
    ("Antonio Guterres", "Secretary-General"),
    ("Christine Lagarde", "central bank chief"),
    ("Janet Yellen", "Treasury Secretary"),
    ("Bob Menendez", "Sen."),
    ("Mitch McConnell", "Sen."),
]
CORE_ORGS = [
    "NATO",
    "the European Union",
    "the United Nations",
    "the Kremlin",
    "the State Duma",
    "the Pentagon",
    "the World Bank",
    "the International Monetary Fund",
    "Reuters",
    "RIA Novosti",
    "the European Commission",
    "Gazprom",
    "the White House",
    "the Foreign Ministry",
    "the Defense Ministry",
    "the World Health Organization",
    "Amnesty International",
    "the Red Cross",
    "the Federal Reserve",
    "Google",
    "Microsoft",
    "Siemens",
    "Shell",
    "the Associated Press",
    "the OSCE",
]
CORE_PLACES = [
    "Ukraine",
    "Russia",
    "Kyiv",
    "Moscow",
    "Washington",
    "Berlin",
    "Paris",
    "London",
    "Brussels",
    "Belarus",
    "Crimea",
    "Luhansk",
    "Donetsk",
    "Poland",
    "Warsaw",
    "Germany",
    "France",
    "China",
    "Beijing",
    "Turkey",
    "Ankara",
    "Kharkiv",
    "Odesa",
    "Mariupol",
    "Minsk",
    "Geneva",
    "Vienna",
    "Rome",
    "Madrid",
    "Tokyo",
    "New York",
    "Canada",
    "India",
    "Budapest",
    "Lithuania",
    "Latvia",
    "Estonia",
    "Finland",
    "Sweden",
    "Norway",
    "Romania",
    "Moldova",
    "Georgia",
    "Armenia",
    "Azerbaijan",
    "Kazakhstan",
    "Istanbul",
    "Lviv",
    "Dnipro",
    "Zaporizhzhia",
    "Kherson",
    "Sevastopol",
    "St. Petersburg",
    "Helsinki",
    "Stockholm",
    "Oslo",
    "Prague",
    "Bucharest",
    "Sofia",
    "Athens",
]
FIRST_NAMES = [
    "Anna",
    "Maria",
    "Olena",
    "Natalia",
    "Sarah",
    "Emily",
    "Laura",
    "Sofia",
    "Irina",
    "Claire",
    "Helen",
    "Julia",
    "Marta",
    "Ewa",
    "Katarzyna",
    "Ingrid",
    "Fatima",
    "Amira",
    "Priya",
    "Mei",
    "John",
    "Michael",
    "David",
    "Andrei",
    "Oleksandr",
    "Thomas",
    "Pierre",
    "Hans",
    "Piotr",
    "Ahmed",
    "Mehmet",
    "Rajesh",
    "Carlos",
    "Luca",
    "Marco",
    "Stefan",
    "Erik",
    "Tomas",
    "Viktor",
    "Pavel",
    "Robert",
    "James",
    "William",
    "Daniel",
    "Samuel",
    "Yuri",
    "Igor",
]
LAST_NAMES = [
    "Kovalenko",
    "Shevchenko",
    "Bondarenko",
    "Tkachenko",
    "Melnyk",
    "Kravchenko",
    "Ivanov",
    "Smirnov",
    "Petrov",
    "Sokolov",
    "Morozov",
    "Volkov",
    "Novak",
    "Kowalski",
    "Wisniewski",
    "Muller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Dubois",
    "Laurent",
    "Moreau",
    "Bernard",
    "Rossi",
    "Bianchi",
    "Garcia",
    "Martinez",
    "Lopez",
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Taylor",
    "Anderson",
    "Thompson",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "King",
    "Wright",
    "Hill",
    "Green",
    "Adams",
    "Baker",
    "Nelson",
    "Carter",
    "Mitchell",
    "Roberts",
    "Turner",
    "Phillips",
    "Campbell",
    "Parker",
    "Evans",
    "Edwards",
    "Collins",
    "Stewart",
    "Yilmaz",
    "Kaya",
    "Sharma",
    "Patel",
    "Wang",
    "Chen",
    "Nakamura",
    "Lindqvist",
    "Johansson",
    "Nielsen",
    "Horvath",
    "Popescu",
    "Dimitrov",
]
PERSON_ROLES = [
    "analyst",
    "economist",
    "lawmaker",
    "spokeswoman",
    "spokesman",
    "professor",
    "diplomat",
    "researcher",
    "commander",
    "mayor",
    "governor",
    "adviser",
    "resident",
    "engineer",
    "journalist",
    "lawyer",
    "official",
    "activist",
]
ORG_STEMS = [
    "Northern",
    "Atlantic",
    "Eastern",
    "Baltic",
    "Continental",
    "Meridian",
    "Pioneer",
    "Summit",
    "Harbor",
    "Granite",
    "Silver",
    "Union",
    "Vector",
    "Pinnacle",
    "Horizon",
    "Keystone",
    "Liberty",
    "Crescent",
    "Sterling",
    "Frontier",
    "Beacon",
    "Cedar",
    "Orion",
]
ORG_KINDS = [
    "Energy",
    "Capital",
    "Holdings",
    "Bank",
    "Institute",
    "Group",
    "Foundation",
    "Logistics",
    "Steel",
    "Telecom",
    "Insurance",
    "Airlines",
    "Motors",
    "Pharmaceuticals",
    "Partners",
]
ORG_SUFFIX = ["Inc.", "Corp.", "Ltd.", "AG", "", "", ""]
SOURCES = [
    "Reuters",
    "Associated Press",
    "BBC News",
    "The Guardian",
    "Financial Times",
    "The New York Times",
    "Al Jazeera",
    "Kyiv Independent",
    "Deutsche Welle",
    "Politico",
    "Bloomberg",
    "The Washington Post",
    "Le Monde",
    "NPR",
]
TOPICS = [
    "energy prices",
    "the sanctions package",
    "grain exports",
    "the peace talks",
    "military aid",
    "the gas pipeline",
    "inflation",
    "the refugee crisis",
    "the ceasefire",
    "the election",
    "the budget",
    "cyber attacks",
    "the trade agreement",
    "nuclear safety",
    "troop movements",
    "the reconstruction plan",
    "border security",
    "interest rates",
]
SAY = ["said", "told reporters", "added", "warned", "insisted", "noted", "argued", "stressed"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
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
]
TITLES = [
    "{P} warns of {T} as talks in {L} stall",
    "{O} weighs new steps on {T}",
    "{P} and {P2} meet in {L} over {T}",
    "In {L}, {T} dominate the agenda",
    "{O} faces questions over {T}",
    "{P} says {O} will act on {T}",
    "What {T} mean for {L}",
    "{L} braces for fallout from {T}",
]
SENTENCES = [
    "{P}, the {R}, {S} {D} that {T} would remain the top priority for {O}.",
    "Speaking in {L}, {P} {S} {D} the talks with {O} had been difficult but useful.",
    "{O} {S} in a statement {D} that it was monitoring {T} in {L} closely.",
    "Officials in {L} have been discussing {T} with {O} {D}.",
    "{P} met {P2} in {L} {D} to discuss {T} and the wider situation in {L2}.",
    "\u201cWe cannot accept this,\u201d {P} {S}, referring to {T}.",
    "According to {O}, {T} has affected thousands of people in {L} {D}.",
    "{P2}, a {R2} based in {L}, {S} that the decision by {O} came as no surprise.",
    "The dispute over {T} has strained relations between {L} and {L2} {D}.",
    "{O} and {O2} signed an agreement on {T} in {L} {D}.",
    "Critics of {O}, including {P}, {S} the plan would do little to address {T}.",
    "{P} later travelled to {L2}, where {P2} was expected to raise {T}.",
    "Markets in {L} reacted nervously {D} after {O} announced new measures on {T}.",
    "The report by {O} found that {T} had worsened {D}, especially in {L}.",
    "{P} has led the response to {T} {D}, according to people familiar with the matter.",
    "Residents of {L} told {O} that {T} had changed their daily lives.",
    "A spokesperson for {O} declined to comment on {T} when asked {D}.",
    "{P2} {S} that talks between {O} and {O2} would resume in {L} {D}.",
    "Analysts at {O} expect {T} to remain a concern for {L} for months to come.",
    "The visit by {P} to {L} {D} was the first by a senior official from {L2}.",
]
MIN_WORDS, MAX_WORDS = 500, 1000
START = date(2014, 1, 1)
SPAN_DAYS = 365 * 10


def _zipf_cum(n: int, s: float = 1.1) -> list[float]:
    """Cumulative Zipf weights for ranks 1..n."""
    return list(itertools.accumulate(1.0 / (k**s) for k in range(1, n + 1)))


class Vocabulary:
    """Entity pools for an archive of N articles, with Zipf-skewed sampling."""

    def __init__(self, n: int, rnd: random.Random) -> None:
        """Build the core plus N-dependent generated pools (deterministic from rnd)."""
        names = [f"{f} {last}" for f in FIRST_NAMES for last in LAST_NAMES]
        rnd.shuffle(names)
        n_people = min(len(names), 40 + n // 3)
        self.people = [p for p, _ in CORE_PEOPLE] + names[:n_people]
        roles = {p: r for p, r in CORE_PEOPLE}
        self.roles = [roles.get(p) or rnd.choice(PERSON_ROLES) for p in self.people]
        orgs = [f"{a} {b}" for a in ORG_STEMS for b in ORG_KINDS]
        rnd.shuffle(orgs)
        n_orgs = min(len(orgs), 20 + n // 10)
        gen_orgs = [f"{o} {rnd.choice(ORG_SUFFIX)}".strip() for o in orgs[:n_orgs]]
        self.orgs = CORE_ORGS + gen_orgs
        self.places = list(CORE_PLACES)
        self._cum = {
            "people": _zipf_cum(len(self.people)),
            "orgs": _zipf_cum(len(self.orgs)),
            "places": _zipf_cum(len(self.places), 1.0),
        }

    def pick(self, rnd: random.Random, pool: str) -> int:
        """Return a Zipf-distributed index into a pool."""
        items = getattr(self, pool)
        return rnd.choices(range(len(items)), cum_weights=self._cum[pool])[0]


def _date_expr(rnd: random.Random, when: date) -> str:
    """A temporal expression as news writes it, relative to the article date."""
    k = rnd.random()
    if k < 0.3:
        return f"on {WEEKDAYS[(when - timedelta(days=rnd.randint(0, 6))).weekday()]}"
    if k < 0.5:
        return f"in {MONTHS[(when.month - 1 - rnd.randint(0, 5)) % 12]}"
    if k < 0.65:
        return f"since {when.year - rnd.randint(1, 8)}"
    if k < 0.85:
        d = when - timedelta(days=rnd.randint(1, 400))
        return f"on {MONTHS[d.month - 1]} {d.day}, {d.year}"
    return rnd.choice(["last week", "earlier this month", "last year", "this week"])


def _fill(tpl: str, rnd: random.Random, voc: Vocabulary, when: date, focus: dict) -> str:
    """Fill one template's slots, favouring the article's focus entities."""

    def person() -> int:
        return rnd.choice(focus["people"]) if rnd.random() < 0.5 else voc.pick(rnd, "people")

    def org() -> str:
        i = rnd.choice(focus["orgs"]) if rnd.random() < 0.5 else voc.pick(rnd, "orgs")
        return voc.orgs[i]

    def place() -> str:
        i = rnd.choice(focus["places"]) if rnd.random() < 0.5 else voc.pick(rnd, "places")
        return voc.places[i]

    p, p2 = person(), person()
    values = {
        "P": voc.people[p],
        "P2": voc.people[p2],
        "R": voc.roles[p],
        "R2": voc.roles[p2],
        "O": org(),
        "O2": org(),
        "L": place(),
        "L2": place(),
        "T": rnd.choice(TOPICS),
        "S": rnd.choice(SAY),
        "D": _date_expr(rnd, when),
    }
    text = tpl.format(**values)
    return text[0].upper() + text[1:]


def make_article(i: int, rnd: random.Random, voc: Vocabulary) -> tuple[str, str]:
    """Return (file name, file text) of article i."""
    when = START + timedelta(days=rnd.randrange(SPAN_DAYS))
    focus = {
        "people": [voc.pick(rnd, "people") for _ in range(3)],
        "orgs": [voc.pick(rnd, "orgs") for _ in range(2)],
        "places": [voc.pick(rnd, "places") for _ in range(2)],
    }
    title = _fill(rnd.choice(TITLES), rnd, voc, when, focus).rstrip(".")
    target = rnd.randint(MIN_WORDS, MAX_WORDS - 40)
    paragraphs: list[str] = []
    words = 0
    while words < target:
        para = []
        for _ in range(rnd.randint(2, 4)):
            s = _fill(rnd.choice(SENTENCES), rnd, voc, when, focus)
            para.append(s)
            words += len(s.split())
            if words >= target:
                break
        paragraphs.append(" ".join(para))
    head = {"title": title, "date": when.isoformat(), "source": rnd.choice(SOURCES)}
    front = "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in head.items())
    return f"{i:05d}.md", f"---\n{front}\n---\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(n: int, out: Path, seed: int = 0) -> None:
    """Write n articles into out (created if needed); same n and seed give the same files."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    voc = Vocabulary(n, random.Random(seed + 1))
    for i in range(n):
        name, text = make_article(i, rnd, voc)
        (out / name).write_text(text, encoding="utf-8")


def extra_article(n: int, index: int, seed: int = 0) -> str:
    """Text of an additional article (index >= n) in the style of an archive of n."""
    voc = Vocabulary(n, random.Random(seed + 1))
    return make_article(index, random.Random(seed * 1_000_003 + index), voc)[1]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out", type=Path, help="output folder")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    generate(args.n, args.out, args.seed)
    print(f"{args.n} articles in {args.out} ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
