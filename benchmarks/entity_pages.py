"""Count the entity pages of a built site that a reader sees at once are wrong.

* **"X and Y"**: a page whose name is two names joined by "and" or "&" (each part
  capitalised, no "of" or "for" before the "and", so "Department of Health and Human
  Services" is not counted); names the gazetteer knows ("Bosnia and Herzegovina") aside.
* **Common word**: a one-word page whose name the articles also use in lower case
  ("Critics", "Shares", "Turnout"), unless the page is a person (a surname such as
  "Price" is a name).
* **Close-name people**: a person page whose names hold two full names with the same
  first name and different surnames (Johnson/Johansson merged).

Run: ``python benchmarks/entity_pages.py SITE_FOLDER ARTICLES_FOLDER`` (the site as built,
the articles it was built from); ``-v`` lists the pages.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from site_builder.gazetteer import ALIASES, ORGANIZATIONS, PLACES, norm_key

JOINED = re.compile(r"^(?P<left>[A-Z][^,]*?)\s+(?:and|&)\s+(?P<right>[A-Z].*)$")
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z-]+")


def joined(name: str) -> bool:
    """Return True for two names joined by "and" or "&"."""
    m = JOINED.match(name)
    if m is None or norm_key(name) in PLACES | ORGANIZATIONS or norm_key(name) in ALIASES:
        return False
    return not re.search(r"\b(?:of|for|de)\b", m.group("left"))


def close_people(names: list[str]) -> bool:
    """Return True when two full names share the first name but not the surname."""
    full = {tuple(n.split()) for n in names if len(n.split()) >= 2}
    return any(a[0] == b[0] and a[-1] != b[-1] for a in full for b in full)


def main(argv: list[str]) -> int:
    """Count the wrong-looking pages of one built site."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("articles", type=Path)
    parser.add_argument("-v", action="store_true", help="list the pages")
    args = parser.parse_args(argv)
    entities = json.loads((args.site / "data" / "entities.json").read_text(encoding="utf-8"))
    lower: set[str] = set()
    for path in sorted(args.articles.rglob("*")):
        if path.is_file() and path.suffix in (".md", ".txt", ".html", ".htm"):
            lower.update(LOWER_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    found: dict[str, list[str]] = {"X and Y": [], "common word": [], "close-name people": []}
    for e in entities:
        name = e["name"]
        if joined(name):
            found["X and Y"].append(name)
        if " " not in name and e["type"] != "person" and name.lower() in lower:
            found["common word"].append(name)
        if e["type"] == "person" and close_people([name, *e["aliases"]]):
            found["close-name people"].append(name)
    print(f"{len(entities)} entity pages")
    for label, names in found.items():
        share = len(names) / len(entities) if entities else 0.0
        print(f"  {label:<20} {len(names):>5}  ({share:.1%})")
        if args.v:
            for name in sorted(names):
                print(f"      {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
