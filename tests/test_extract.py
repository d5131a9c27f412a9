"""The NLP stage: offsets, chunking of huge articles, cleaning, the cache, workers."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import require_model

from site_builder.config import Config
from site_builder.errors import ModelError
from site_builder.extract import (
    MIN_CHARS_FOR_PROCESSES,
    choose_processes,
    extract_articles,
    make_chunks,
)
from site_builder.models import Article, DateCandidate, Extraction, Mention, Paragraph, Sentence
from site_builder.nlp import load_nlp, model_id
from site_builder.nlp_cache import (
    NlpCache,
    cache_key,
    extraction_from_json,
    extraction_to_json,
    extraction_version,
)


def make_article(name: str, paragraphs: list[str]) -> Article:
    """Build an Article directly, the way sources.py would."""
    paras = [Paragraph(i, text) for i, text in enumerate(paragraphs)]
    digest = hashlib.sha256("\n\n".join(paragraphs).encode()).hexdigest()
    return Article(
        name, name, f"{name}.txt", name, True, None, None, None, None, (), paras, "txt", digest
    )


@pytest.fixture(scope="module")
def nlp():
    require_model()
    return load_nlp("en_core_web_sm")


def run(articles: list[Article], tmp_path: Path, **kw) -> tuple[dict[str, Extraction], list[str]]:
    warnings: list[str] = []
    config = Config(cache_dir=tmp_path / "cache", **kw)
    return extract_articles(articles, config, warnings.append), warnings


def mention_labels(tmp_path: Path, paragraphs: list[str]) -> dict[str, str]:
    """Each name one article of ``paragraphs`` mentions, with its label."""
    ex, _ = run([make_article("one", paragraphs)], tmp_path)
    return {m.text: m.label for m in ex["one"].mentions}


def test_offsets_map_back_to_paragraph_text(nlp, tmp_path: Path) -> None:
    article = make_article(
        "a",
        [
            "German Chancellor Olaf Scholz met Vladimir Putin in Moscow on Tuesday.",
            "",
            "“Russia’s troops are leaving,” said Dmitry Peskov, the Kremlin’s spokesman.",
        ],
    )
    ex, _ = run([article], tmp_path)
    e = ex["a"]
    for m in e.mentions:
        assert article.paragraphs[m.paragraph].text[m.start : m.end] == m.text
    texts = {m.text for m in e.mentions if m.label != "CAND"}
    assert {"Olaf Scholz", "Vladimir Putin", "Moscow", "Dmitry Peskov"} <= texts
    # possessives and determiners stripped
    assert "Russia" in texts and "Russia’s" not in texts
    assert not any(t.lower().startswith("the ") for t in texts)
    assert any(d.text == "Tuesday" for d in e.dates)
    for s in e.sentences:
        text = article.paragraphs[s.paragraph].text
        assert text[s.start : s.end] == text[s.start : s.end].strip() != ""
    assert {s.paragraph for s in e.sentences} == {0, 2}


def test_split_name_is_repaired_and_parenthesis_cut(nlp, tmp_path: Path) -> None:
    article = make_article(
        "b",
        [
            "“Do not choose war,” European Commission chief Ursula von der Leyen said in "
            "her remarks at the European parliament plenary session on European-Russian "
            "relations.",
            "Michael Kofman, an expert on Russia at CNA (Center for Naval Analyses) in "
            "Arlington, wrote on Twitter.",
        ],
    )
    ex, _ = run([article], tmp_path)
    texts = [m.text for m in ex["b"].mentions]
    assert "Ursula von der Leyen" in texts
    assert "Ursula von der" not in texts and "Leyen" not in texts
    assert "CNA" in texts and "Center for Naval Analyses" in texts


def test_roles_before_a_name_and_scores_after_it_are_cut(nlp, tmp_path: Path) -> None:
    article = make_article(
        "r",
        [
            "Comedian Ellen DeGeneres will host the show, Coroner Gary Hargrove said.",
            "Queen Elizabeth watched Creighton beat Evansville 51-50 on Sunday.",
        ],
    )
    ex, _ = run([article], tmp_path)
    texts = [m.text for m in ex["r"].mentions]
    assert "Ellen DeGeneres" in texts and "Gary Hargrove" in texts
    assert "Queen Elizabeth" in texts  # a title that is part of how she is named
    assert not any(t.endswith("51-50") for t in texts)


def test_two_names_joined_by_and_are_split_unless_one_name(nlp, tmp_path: Path) -> None:
    article = make_article(
        "j",
        [
            "Officials at Maple Capital and Summit Partners met in Bosnia and Herzegovina.",
            "The Center for Strategic Communications and Information Security and the "
            "National Air and Space Museum agreed.",
        ],
    )
    ex, _ = run([article], tmp_path)
    texts = [m.text for m in ex["j"].mentions]
    assert "Maple Capital" in texts and "Summit Partners" in texts
    assert "Bosnia and Herzegovina" in texts
    assert "Center for Strategic Communications and Information Security" in texts
    assert "National Air and Space Museum" in texts


def test_sentence_opening_words_are_no_part_of_a_name(nlp, tmp_path: Path) -> None:
    article = make_article(
        "o",
        [
            "Critics of Summit Holdings Ltd., including Anna Kovalenko, said the plan would fail.",
            "Officials met Union Group Inc. Speaking in Kyiv, Olaf Scholz said the talks "
            "had been difficult.",
        ],
    )
    ex, _ = run([article], tmp_path)
    texts = [m.text for m in ex["o"].mentions]
    assert "Summit Holdings Ltd." in texts and "Union Group Inc." in texts
    assert not any("Critics" in t or "Speaking" in t for t in texts)


def test_huge_article_is_processed_in_pieces(nlp, tmp_path: Path) -> None:
    filler = "The committee met again and talked for hours about the weather. " * 16_000
    giant = "Angela Merkel spoke in Berlin. " + filler + "Emmanuel Macron replied from Paris."
    assert len(giant) > 1_000_000
    article = make_article("big", [giant, "Boris Johnson answered in London."])
    chunks = make_chunks(article, 100_000)
    assert all(len(c.text) <= 100_000 for c in chunks)
    ex, _ = run([article], tmp_path, nlp_processes=1)
    e = ex["big"]
    names = {m.text for m in e.mentions}
    assert {"Angela Merkel", "Berlin", "Paris", "London"} <= names
    for m in e.mentions:
        assert article.paragraphs[m.paragraph].text[m.start : m.end] == m.text
    last = next(m for m in e.mentions if m.text == "Paris")
    assert last.paragraph == 0 and last.start > 1_000_000


def test_many_short_paragraphs_are_grouped() -> None:
    article = make_article("many", [f"Paragraph {i} about Kyiv." for i in range(10_000)])
    chunks = make_chunks(article, 100_000)
    assert 2 <= len(chunks) < 10
    seen = [seg[0] for c in chunks for seg in c.segments]
    assert seen == list(range(10_000))


def test_cache_is_used_and_progress_reported(nlp, tmp_path: Path) -> None:
    a = make_article("a", ["Jens Stoltenberg spoke in Brussels."])
    b = make_article("b", ["Antony Blinken spoke in Washington."])
    done: list[int] = []
    config = Config(cache_dir=tmp_path / "c")
    first = extract_articles([a, b], config, print, progress=done.append)
    assert done[-1] == 2
    files = sorted((tmp_path / "c").rglob("*.json"))
    assert len(files) == 2
    # a warm run reads the cache: make the entry distinguishable and check it comes back
    key = cache_key(a.content_hash, _model_id(), extraction_version())
    cached = next(f for f in files if f.stem == key)
    data = json.loads(cached.read_text())
    data["extraction"]["mentions"] = data["extraction"]["mentions"][:1]
    cached.write_text(json.dumps(data))
    second = extract_articles([a, b], config, print)
    assert len(second["a"].mentions) == 1 < len(first["a"].mentions)
    assert second["b"] == first["b"]


def _model_id() -> str:
    return model_id("en_core_web_sm")


def test_corrupted_cache_entry_is_discarded_with_warning(nlp, tmp_path: Path) -> None:
    a = make_article("a", ["Jens Stoltenberg spoke in Brussels."])
    config = Config(cache_dir=tmp_path / "c")
    good = extract_articles([a], config, print)
    [entry] = list((tmp_path / "c").rglob("*.json"))
    entry.write_text('{"key": "x", "extraction": [1, 2')
    warnings: list[str] = []
    again = extract_articles([a], config, warnings.append)
    assert again == good
    assert len(warnings) == 1 and "corrupted" in warnings[0] and str(entry) in warnings[0]
    # and it was rewritten correctly
    assert extract_articles([a], config, warnings.append) == good and len(warnings) == 1


def test_no_cache_neither_reads_nor_writes(nlp, tmp_path: Path) -> None:
    a = make_article("a", ["Jens Stoltenberg spoke in Brussels."])
    extract_articles([a], Config(cache_dir=tmp_path / "c", use_cache=False), print)
    assert not (tmp_path / "c").exists()


def test_cache_json_round_trip_and_malformed() -> None:
    e = Extraction(
        [Mention(0, 1, 5, "Kyiv", "GPE")],
        [Sentence(0, 0, 10)],
        [DateCandidate(1, 2, 9, "Tuesday", "DATE")],
    )
    assert extraction_from_json(json.loads(json.dumps(extraction_to_json(e)))) == e
    with pytest.raises(ValueError):
        extraction_from_json({"mentions": [[0, 1]], "sentences": [], "dates": []})
    warnings: list[str] = []
    cache = NlpCache(Path("/nonexistent-dir-for-test"), True, warnings.append)
    assert cache.get("ab" * 20, "x") is None and warnings == []


def test_few_articles_do_not_start_processes() -> None:
    config = Config(nlp_processes=0)
    assert choose_processes(config, 20_000) == 1
    assert choose_processes(Config(nlp_processes=1), 10 * MIN_CHARS_FOR_PROCESSES) == 1
    assert choose_processes(Config(nlp_processes=2), 10 * MIN_CHARS_FOR_PROCESSES) == 2


def test_warm_run_does_no_nlp(nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a = make_article("a", ["Jens Stoltenberg spoke in Brussels."])
    config = Config(cache_dir=tmp_path / "c")
    first = extract_articles([a], config, print)

    def no_model(name: str):
        raise AssertionError("the model was loaded on a warm run")

    import site_builder.extract as extract_module

    monkeypatch.setattr(extract_module, "load_nlp", no_model)
    assert extract_articles([a], config, print) == first


def test_several_processes_give_the_same_result(
    nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import site_builder.extract as extract_module

    articles = [
        make_article(f"m{i}", [f"Olaf Scholz met Emmanuel Macron in Paris on day {i}.", "", "x"])
        for i in range(6)
    ]
    single = extract_articles(articles, Config(use_cache=False, nlp_processes=1), print)
    monkeypatch.setattr(extract_module, "MIN_CHARS_FOR_PROCESSES", 2)
    monkeypatch.setattr(extract_module, "JOB_CHARS", 100)  # a few articles per job
    done: list[int] = []
    multi = extract_articles(
        articles, Config(use_cache=False, nlp_processes=2, nlp_batch_size=2), print, done.append
    )
    assert multi == single
    assert done == [1, 2, 3, 4, 5, 6]


def test_work_after_the_nlp_runs_where_each_article_is_analysed(
    nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``on_extracted`` runs in the worker that made the extraction (so what follows the
    NLP per article runs in parallel too), once per newly analysed article, never for a
    cache hit; what it warns reaches the build."""
    import os

    import site_builder.extract as extract_module

    monkeypatch.setattr(extract_module, "MIN_CHARS_FOR_PROCESSES", 2)
    monkeypatch.setattr(extract_module, "JOB_CHARS", 10)  # one article per job
    articles = [
        make_article(f"w{i}", [f"Olaf Scholz met Emmanuel Macron in Paris on day {i}."])
        for i in range(4)
    ]
    config = Config(cache_dir=tmp_path / "c", nlp_processes=2, nlp_batch_size=1)
    seen = tmp_path / "seen"
    seen.mkdir()

    def record(article: Article, extraction: Extraction, warn) -> None:
        (seen / f"{article.id}-{os.getpid()}").write_text(str(len(extraction.mentions)))
        warn(f"made {article.id}")

    warnings: list[str] = []
    got = extract_articles(articles, config, warnings.append, on_extracted=record)
    made = sorted(p.name.split("-")[0] for p in seen.iterdir())
    assert made == ["w0", "w1", "w2", "w3"]
    assert all(p.name.split("-")[1] != str(os.getpid()) for p in seen.iterdir())
    assert sorted(warnings) == [f"made w{i}" for i in range(4)]
    assert all(
        (seen / p.name).read_text() == str(len(got[p.name.split("-")[0]].mentions))
        for p in seen.iterdir()
    )
    # a second run reads the cache: nothing is made again
    warnings.clear()
    assert extract_articles(articles, config, warnings.append, on_extracted=record) == got
    assert warnings == [] and len(list(seen.iterdir())) == 4


def test_a_model_error_in_the_workers_reaches_the_build_and_leaves_no_process(
    nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    import site_builder.extract as extract_module

    def broken(name: str):
        raise ModelError("the model is broken")

    monkeypatch.setattr(extract_module, "load_nlp", broken)
    articles = [make_article(f"e{i}", [f"Jens Stoltenberg spoke on day {i}."]) for i in range(3)]
    with pytest.raises(ModelError, match="broken"):
        extract_articles(articles, Config(cache_dir=tmp_path / "c", nlp_processes=2), print)
    assert multiprocessing.active_children() == []


def test_the_extraction_runs_on_top_level_modules_only() -> None:
    # the NLP cache's key hashes the package's top-level modules (nlp_cache.py): a
    # subpackage's module the extraction imported would change it unseen
    code = "import json, sys, site_builder.extract; print(json.dumps(sorted(sys.modules)))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = [m for m in json.loads(run.stdout) if m.startswith("site_builder.")]
    assert "site_builder.extract" in loaded
    assert [m for m in loaded if m.count(".") > 1] == []


def test_an_edit_to_an_extraction_module_makes_a_new_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import site_builder.nlp_cache as nlp_cache

    copy = tmp_path / "site_builder"
    package = Path(nlp_cache.__file__).parent
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(nlp_cache, "__file__", str(copy / "nlp_cache.py"))

    def version() -> str:
        nlp_cache.extraction_version.cache_clear()
        return nlp_cache.extraction_version()

    before = version()
    (copy / "resolve" / "names.py").write_text("# a later stage's edit\n")
    assert version() == before
    spans = copy / "spans.py"
    spans.write_text(spans.read_text() + "\n# an edit\n")
    assert version() != before
    monkeypatch.undo()
    nlp_cache.extraction_version.cache_clear()
