"""The spaCy model: what is loaded, how it multiplies, and what a missing model says."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import require_model

from site_builder.errors import ModelError
from site_builder.nlp import load_nlp, model_loaded


@pytest.fixture(scope="module")
def nlp():
    require_model()
    return load_nlp("en_core_web_sm")


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

    from site_builder.nlp import resolve_model_name

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


def test_a_loaded_model_is_known_as_loaded(nlp) -> None:
    assert model_loaded("en_core_web_sm")
    assert not model_loaded("xx_never_loaded_model")
