"""Fingerprint what a page is made from, so a rebuild takes an unchanged page from the site
in place (see :class:`~site_builder.output.PageIndex`) instead of rendering it again."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from .views import ArticleRef, ContextView, EntityRef

# values whose repr() is their complete, deterministic description
ATOMS = frozenset({str, Markup, int, float, bool, type(None), dt.date, dt.datetime})
# named tuples made only of atoms, whose repr() describes them completely
REPR_TUPLES = frozenset({EntityRef, ArticleRef, ContextView})
FINGERPRINT_KEY = "_fingerprint"  # a view dict that carries its own fingerprint


class DeferredView(dict[str, Any]):
    """A view made when a template first looks into it; until then it holds only its
    fingerprint (``FINGERPRINT_KEY``), made from the inputs of the view.

    Every timeline page's fingerprint needs the fingerprint of each event it shows; the
    views themselves (the sentence as HTML with its links, the sources' links) are then
    made only for the pages that are rendered, not for those taken from the site in place.
    """

    __slots__ = ("_make",)

    def __init__(self, fingerprint: str, make: Callable[[], dict[str, Any]]) -> None:
        super().__init__({FINGERPRINT_KEY: fingerprint})
        self._make: Callable[[], dict[str, Any]] | None = make

    def __missing__(self, key: str) -> Any:
        make = self._make
        if make is None:
            raise KeyError(key)
        self._make = None
        self.update(make())
        return self[key]


class Fingerprinter:
    """Describe the values given to a template completely, and digest the description."""

    def __init__(self) -> None:
        # model objects' digests, by id; the object is kept with it so its id cannot be
        # reused by another object while the digest is kept
        self._objects: dict[int, tuple[object, str]] = {}

    def page(self, template: str, context: dict[str, Any]) -> str | None:
        """Return the fingerprint of ``template`` rendered with ``context`` (None if a
        value cannot be described)."""
        parts = [template]
        if not self.describe(context, parts):
            return None
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def describe(self, value: Any, out: list[str]) -> bool:
        """Append a complete description of ``value`` to ``out``; False if impossible.

        Atoms and containers describe themselves (dict order included: templates iterate
        it). A model object (a dataclass of the site graph) is described by the digest of
        its ``repr``: every field, recursively. Anything else (an object whose repr might
        hide state or hold an address) makes the page unfingerprintable, and it is simply
        rendered.
        """
        kind = type(value)
        if kind in ATOMS or kind in REPR_TUPLES:
            out.append(repr(value))
        elif kind is list or isinstance(value, tuple):
            out.append("[" if kind is list else kind.__name__ + "(")
            for item in value:
                if not self.describe(item, out):
                    return False
            out.append("]")
        elif kind is dict or kind is DeferredView:
            known = value.get(FINGERPRINT_KEY)
            if known is not None:
                out.append(known)
                return True
            out.append("{")
            for key, item in value.items():
                out.append(repr(key))
                if type(key) not in ATOMS or not self.describe(item, out):
                    return False
            out.append("}")
        elif dataclasses.is_dataclass(kind):
            out.append(self.object_digest(value))
        else:
            return False
        return True

    def object_digest(self, value: object) -> str:
        """Return the digest of a model object's repr (every field, recursively), made
        once per object."""
        entry = self._objects.get(id(value))
        if entry is None:
            digest = type(value).__name__ + hashlib.sha1(repr(value).encode()).hexdigest()
            entry = self._objects[id(value)] = (value, digest)
        return entry[1]
