"""Read Reuters-21578 newswire articles as the quotation benchmark's documents.

Reuters-21578, Distribution 1.0 (David D. Lewis; 21,578 Reuters newswire stories of
1987, in 22 SGML files ``reut2-000.sgm`` … ``reut2-021.sgm``), is free to distribute for
research, copyright Reuters Ltd., so it is not copied here: pass the folder that holds
the ``.sgm`` files. A document ``reu1234`` is the story whose ``NEWID`` is 1234.

Each story becomes: its headline (the ``TITLE``, in capitals as the wire sent it) as
the first line, then its paragraphs, the body's lines joined where the wire broke them,
a new paragraph where a line is indented; the dateline ("SALVADOR, Feb 26 - ") opens
the first paragraph, the closing "Reuter" is left out, entities such as ``&lt;`` are
read, and the angle brackets the wire put round company names ("<Comissaria Smith>")
are dropped. The story's ``DATE`` is its date.

Run ``python benchmarks/reuters_news.py DIR OUT ID …`` to write those documents as
text files (``OUT/reu1234.txt``), the text that was labelled.
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_STORY = re.compile(r"<REUTERS\b[^>]*\bNEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]{2,}")
_SIGN_OFF = re.compile(r"\s*\bReuter\b\s*$", re.IGNORECASE)
_COMPANY = re.compile(r"<([^<>]{1,80})>")


@dataclass(frozen=True)
class Story:
    """One Reuters story as the benchmark reads it."""

    doc_id: str
    title: str
    date: str | None  # YYYY-MM-DD
    paragraphs: tuple[str, ...]  # the headline first


def _field(block: str, tag: str) -> str:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    return found.group(1) if found else ""


def _text(raw: str) -> str:
    """Entities read, the wire's control characters and company brackets dropped."""
    text = html.unescape(raw)
    text = re.sub(r"[\x00-\x08\x0b-\x1f]", "", text)
    return _COMPANY.sub(r"\1", text)


def _date(raw: str) -> str | None:
    found = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})", raw)
    if found is None or found.group(2) not in _MONTHS:
        return None
    day, month, year = found.groups()
    return f"{year}-{_MONTHS.index(month) + 1:02d}-{int(day):02d}"


def story(newid: str, block: str) -> Story | None:
    """The story of one ``<REUTERS>`` element, or None when it has no body."""
    body = _text(_field(block, "BODY"))
    if not body.strip():
        return None
    title = " ".join(_text(_field(block, "TITLE")).split())
    dateline = " ".join(_text(_field(block, "DATELINE")).split())
    pieces = [" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(_SIGN_OFF.sub("", body))]
    paragraphs = [p for p in pieces if p]
    if dateline and paragraphs:
        paragraphs[0] = f"{dateline} {paragraphs[0]}"
    lines = ([title] if title else []) + paragraphs
    return Story(f"reu{newid}", title or paragraphs[0], _date(_field(block, "DATE")), tuple(lines))


def stories(folder: Path) -> Iterator[Story]:
    """Every story with a body, in file and ``NEWID`` order."""
    for path in sorted(folder.glob("reut2-*.sgm")):
        text = path.read_bytes().decode("latin-1")
        for found in _STORY.finditer(text):
            read = story(found.group(1), found.group(2))
            if read is not None:
                yield read


def reuters_documents(folder: Path, doc_ids: set[str]) -> list[tuple[str, str, str | None, str]]:
    """The wanted stories as (id, title, date, text), the headline the text's first line."""
    wanted = {d for d in doc_ids if d.startswith("reu")}
    if not wanted:
        return []
    found = [s for s in stories(folder) if s.doc_id in wanted]
    return [(s.doc_id, s.title, s.date, "\n\n".join(s.paragraphs)) for s in found]


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print("usage: reuters_news.py DIR OUT ID …", file=sys.stderr)
        return 2
    folder, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for doc_id, _, _, text in reuters_documents(folder, set(argv[2:])):
        (out / f"{doc_id}.txt").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
