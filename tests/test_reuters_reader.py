"""The quotation benchmark's reader of Reuters-21578 stories: the headline first, the
dateline opening the first paragraph, a new paragraph where the wire indented a line,
lines the wire broke joined, entities read, company brackets (even over a line break)
and the sign-off dropped, the story's date as the article's; a story without a body is
no document."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from .benchmark_scripts import load

_SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="7">
<DATE> 3-MAR-1987 15:01:01.79</DATE>
<TEXT>&#2;
<TITLE>ACME SEES HIGHER PROFIT</TITLE>
<DATELINE>    CHICAGO, March 3 - </DATELINE><BODY>&lt;Acme Corp&gt; said it expects
higher profit this year, helped by its stake in &lt;Zenith
Mills Inc&gt;.
    "We are very pleased," said Jane Roe, Acme's president.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="8">
<DATE>3-MAR-1987 15:02:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>BRIEF WITH NO BODY</TITLE>
</TEXT>
</REUTERS>
"""


def _reader() -> ModuleType:
    return load("reuters_news")


def test_a_story_reads_as_headline_and_paragraphs(tmp_path: Path) -> None:
    (tmp_path / "reut2-000.sgm").write_bytes(_SGML.encode("latin-1"))
    docs = _reader().reuters_documents(tmp_path, {"reu7", "reu8", "bbc_spo001"})
    assert docs == [
        (
            "reu7",
            "ACME SEES HIGHER PROFIT",
            "1987-03-03",
            "ACME SEES HIGHER PROFIT\n\n"
            "CHICAGO, March 3 - Acme Corp said it expects higher profit this year, helped by "
            "its stake in Zenith Mills Inc.\n\n"
            '"We are very pleased," said Jane Roe, Acme\'s president.',
        )
    ]


def test_only_reuters_ids_are_read(tmp_path: Path) -> None:
    # no story is read, and no folder touched, when no reu set is asked for
    assert _reader().reuters_documents(tmp_path / "missing", {"bbc_spo001"}) == []
