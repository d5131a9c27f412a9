"""The NLP stage: model loading, offsets, chunking of huge articles, cleaning, the cache."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import require_model

from site_builder.cache import NlpCache, cache_key, extraction_from_json, extraction_to_json
from site_builder.config import Config
from site_builder.errors import ModelError
from site_builder.extract import (
    CODE_VERSION,
    MIN_CHARS_FOR_PROCESSES,
    choose_processes,
    extract_articles,
    load_nlp,
    make_chunks,
)
from site_builder.models import Article, DateCandidate, Extraction, Mention, Paragraph, Sentence


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


def test_only_ner_and_sentencizer_run(nlp) -> None:
    assert nlp.pipe_names == ["ner", "sentencizer"]
    # the small model's NER has its own tok2vec: it still finds names without the shared one
    doc = nlp("Angela Merkel visited Paris on Monday.")
    assert {e.text for e in doc.ents} >= {"Angela Merkel", "Paris"}
    assert load_nlp("en_core_web_sm") is nlp  # cached per process


def test_ner_multiplies_with_numpy_blas_on_one_thread(nlp) -> None:
    from threadpoolctl import threadpool_info

    # the token encoder's matrix products go to numpy's BLAS, not BLIS (about 30% faster)
    gemm_layers = [n for n in nlp.get_pipe("ner").model.walk() if n.name.startswith("maxout")]
    assert gemm_layers and all(not n.ops.use_blis for n in gemm_layers)
    # one BLAS thread per process: the build runs one NLP process per core
    blas = [i for i in threadpool_info() if i["user_api"] == "blas"]
    assert blas and all(i["num_threads"] == 1 for i in blas)


def test_numpy_blas_finds_the_same_entities_as_spacys_default(nlp) -> None:
    import spacy
    from thinc.api import get_current_ops

    from site_builder.extract import resolve_model_name

    assert getattr(get_current_ops(), "use_blis", True)  # the switch did not leak out
    stock = spacy.load(resolve_model_name("en_core_web_sm"), exclude=["parser", "tagger"])
    assert any(n.ops.use_blis for n in stock.get_pipe("ner").model.walk())
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.iterdir()) if p.is_file()]
    paragraphs = [t for text in texts for t in text.split("\n\n") if t.strip()]
    assert len(paragraphs) > 20
    ours = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(paragraphs)]
    theirs = [
        [(e.start_char, e.end_char, e.label_) for e in d.ents]
        for d in stock.pipe(paragraphs, disable=["tok2vec", "attribute_ruler", "lemmatizer"])
    ]
    assert ours == theirs


def test_missing_model_raises_model_error_with_install_hint() -> None:
    with pytest.raises(ModelError, match=r"pip install|install the spaCy model"):
        load_nlp("xx_no_such_model_zz")


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
    key = cache_key(a.content_hash, _model_id(), CODE_VERSION)
    cached = next(f for f in files if f.stem == key)
    data = json.loads(cached.read_text())
    data["extraction"]["mentions"] = data["extraction"]["mentions"][:1]
    cached.write_text(json.dumps(data))
    second = extract_articles([a, b], config, print)
    assert len(second["a"].mentions) == 1 < len(first["a"].mentions)
    assert second["b"] == first["b"]


def _model_id() -> str:
    from site_builder.extract import _model_id as model_id

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
    done: list[int] = []
    multi = extract_articles(
        articles, Config(use_cache=False, nlp_processes=2, nlp_batch_size=2), print, done.append
    )
    assert multi == single
    assert done == [1, 2, 3, 4, 5, 6]


def _helper_on(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Let the model-loading helper run for a small archive; count how often it starts."""
    import site_builder.extract as extract_module

    started: list[int] = []
    start = extract_module._start_helper

    def counted(missing, config, early=None):
        started.append(len(missing))
        return start(missing, config, early)

    monkeypatch.setattr(extract_module, "MIN_HITS_FOR_HELPER", 2)
    monkeypatch.setattr(extract_module, "_LOADED_MODELS", set())  # as in a fresh process
    monkeypatch.setattr(extract_module, "_start_helper", counted)
    return started


def test_edit_is_analysed_by_a_helper_while_the_cache_loads(
    nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = [
        make_article(f"h{i}", [f"Olaf Scholz met Emmanuel Macron in Paris on day {i}."])
        for i in range(3)
    ]
    config = Config(cache_dir=tmp_path / "c", nlp_processes=2)
    extract_articles(articles, config, print)
    edited = make_article("h1", ["Antony Blinken flew to Kyiv on Tuesday."])
    archive = [articles[0], edited, articles[2]]
    expected = extract_articles(archive, Config(use_cache=False, nlp_processes=1), print)
    started = _helper_on(monkeypatch)
    stored: list[str] = []
    done: list[int] = []
    got = extract_articles(
        archive, config, print, progress=done.append, on_result=lambda a, e, w: stored.append(a.id)
    )
    assert started == [1]  # only the edited article went to the helper
    assert got == expected and list(got) == ["h0", "h1", "h2"]
    assert done[-1] == 3
    # the helper's result (its prepared halves riding along) is stored here, once: the
    # next run loads it and starts nothing
    assert stored == ["h1"] and (tmp_path / "c" / "nlp").is_dir()
    assert extract_articles(archive, config, print) == expected and started == [1]


def test_a_helper_started_with_the_build_loads_the_model_before_the_edit_is_known(
    nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    from site_builder.extract import start_early_helper

    articles = [
        make_article(f"k{i}", [f"Olaf Scholz spoke in Berlin on day {i}."]) for i in range(3)
    ]
    config = Config(cache_dir=tmp_path / "c", nlp_processes=2)
    assert start_early_helper(config) is None  # no NLP cache yet: a cold build loads here
    extract_articles(articles, config, print)
    edited = [articles[0], make_article("k1", ["Annalena Baerbock flew to Kyiv."]), articles[2]]
    expected = extract_articles(edited, Config(use_cache=False, nlp_processes=1), print)
    started = _helper_on(monkeypatch)
    early = start_early_helper(config)
    assert early is not None
    try:
        got = extract_articles(edited, config, print, early=early)
    finally:
        early.close()
    assert early.used and started == [1]
    assert got == expected
    # started but not needed (nothing changed): closed, no process left behind
    unused = start_early_helper(config)
    assert unused is not None
    assert extract_articles(edited, config, print, early=unused) == expected
    unused.close()
    assert not unused.used and multiprocessing.active_children() == []


def test_helper_error_reaches_the_build_and_leaves_no_process(
    nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    import site_builder.extract as extract_module

    articles = [make_article(f"e{i}", [f"Jens Stoltenberg spoke on day {i}."]) for i in range(3)]
    config = Config(cache_dir=tmp_path / "c", nlp_processes=2)
    extract_articles(articles, config, print)
    started = _helper_on(monkeypatch)

    def broken(name: str):
        raise ModelError("the model is broken")

    monkeypatch.setattr(extract_module, "load_nlp", broken)
    edited = [articles[0], articles[1], make_article("e2", ["Kyiv was quiet."])]
    with pytest.raises(ModelError, match="broken"):
        extract_articles(edited, config, print)
    assert started == [1]
    assert multiprocessing.active_children() == []


def _sigint_handler() -> object:
    import signal

    return signal.getsignal(signal.SIGINT)


def test_worker_processes_leave_ctrl_c_to_the_build(tmp_path: Path) -> None:
    """A terminal's Ctrl-C reaches every process of the build; the workers ignore it (the
    build stops them), so no worker prints a traceback of its own."""
    import multiprocessing
    import signal

    from site_builder import extract

    with multiprocessing.get_context("fork").Pool(1, initializer=extract._quiet_worker) as pool:
        assert pool.apply(_sigint_handler) == signal.SIG_IGN
    (tmp_path / "c" / "nlp").mkdir(parents=True)
    config = Config(cache_dir=tmp_path / "c", spacy_model="no_such_model_xyz")
    early = extract.start_early_helper(config)
    assert early is not None  # a missing model is reported by the work, not here
    try:
        assert early.pool.apply(_sigint_handler) == signal.SIG_IGN
    finally:
        early.close()
