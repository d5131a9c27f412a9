"""The benchmark archive generator: deterministic, valid front matter, realistic shape."""

from __future__ import annotations

import random
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import frontmatter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from generate import Vocabulary, generate


def _read(folder: Path) -> dict[str, bytes]:
    """Map file name to bytes for every file in folder."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_deterministic(tmp_path: Path) -> None:
    """Same n and seed give byte-identical archives; another seed differs."""
    generate(40, tmp_path / "a", seed=3)
    generate(40, tmp_path / "b", seed=3)
    generate(40, tmp_path / "c", seed=4)
    a = _read(tmp_path / "a")
    assert len(a) == 40
    assert a == _read(tmp_path / "b")
    assert a != _read(tmp_path / "c")


def test_front_matter_and_length(tmp_path: Path) -> None:
    """Every article has title, ISO date and source, and 500-1,000 words of prose."""
    generate(60, tmp_path, seed=0)
    for f in sorted(tmp_path.glob("*.md")):
        post = frontmatter.loads(f.read_text(encoding="utf-8"))
        assert isinstance(post["title"], str) and post["title"].strip()
        assert isinstance(post["source"], str) and post["source"].strip()
        date.fromisoformat(str(post["date"]))
        words = len(post.content.split())
        assert 500 <= words <= 1000, (f.name, words)
        assert "lorem" not in post.content.lower()
        assert post.content.count(".") > 20


def test_recurring_skewed_entities_growing_with_n(tmp_path: Path) -> None:
    """Entities recur across articles with a skewed distribution; vocabulary grows with N."""
    n = 150
    generate(n, tmp_path, seed=0)
    texts = [f.read_text(encoding="utf-8") for f in sorted(tmp_path.glob("*.md"))]
    voc = Vocabulary(n, random.Random(1))
    per_article = Counter(p for p in voc.people for t in texts if p in t)
    ranked = [c for _, c in per_article.most_common()]
    assert ranked[0] >= n // 2, "the most frequent person should recur in many articles"
    assert ranked[0] >= 5 * ranked[len(ranked) // 2], "distribution should be skewed"
    assert len(per_article) > 60, "many distinct people, including rare generated ones"
    assert any(p in "".join(texts) for p in ("Kyiv", "NATO", "the Kremlin"))
    assert any(w in "".join(texts) for w in (" on Tuesday", " on Monday", " on Friday"))
    assert " since 20" in "".join(texts)
    big, small = Vocabulary(10_000, random.Random(1)), Vocabulary(1_000, random.Random(1))
    assert len(big.people) > len(small.people) and len(big.orgs) > len(small.orgs)
