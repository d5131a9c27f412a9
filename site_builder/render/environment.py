"""The Jinja2 environment: autoescape on, user templates first, the filters and globals."""

from __future__ import annotations

import html
from typing import Any

import jinja2
from markupsafe import Markup

from .. import __version__
from ..config import BUILTIN_TEMPLATES, Config
from ..sanitize import safe_url
from ..search import HIGHLIGHT_PARAM
from ..timefmt import human_date
from ..urls import absolute
from .fingerprint import DeferredView
from .views import TYPE_LABELS, TYPE_SINGULAR

# Content-Security-Policy for every page: no inline scripts, only our own files, and
# what Pagefind needs (WebAssembly and a blob: worker).
CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-src 'none'"
)
assert '"' not in CSP and "&" not in CSP and "<" not in CSP  # safe inside content="..."

_DICT_ATTRIBUTES = frozenset(dir(dict))


def pagefind_filter(value: object) -> str:
    """Make a search filter value harmless for Pagefind's UI.

    Pagefind decodes character references in filter values (more than once) and its
    Default UI shows the values as HTML, so no escaping survives: a source or name holding
    ``<img onerror=...>`` would become markup on the search page. Decode the value fully,
    then replace the angle brackets with look-alike quotation marks (‹ ›).
    """
    text = str(value)
    for _ in range(5):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text.replace("<", "‹").replace(">", "›")


class ViewEnvironment(jinja2.Environment):
    """Jinja's environment, with ``view.key`` on a view dict looked up as a key first.

    Jinja tries ``getattr`` first, which for a dict key raises and catches an
    AttributeError; the views are dicts and their keys are read on every line of every
    page. The result is the same: a key named like a dict method (``items``, ``get``...)
    still gives the method, as in Jinja.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        """Return ``obj.attribute``, or its key ``attribute`` when it is a view dict."""
        if (type(obj) is dict or type(obj) is DeferredView) and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def iso_date(value: Any) -> str:
    """Return a date as ``YYYY-MM-DD`` (empty when there is none)."""
    return value.isoformat() if value else ""


def make_environment(config: Config) -> jinja2.Environment:
    """Return the Jinja2 environment: user templates first, then the built-in ones."""
    loaders: list[jinja2.BaseLoader] = []
    if config.templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(config.templates_dir)))
    loaders.append(jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES)))
    env = ViewEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    base = config.base_path

    def url(relative: str) -> str:
        return absolute(base, relative)

    env.filters["url"] = url
    env.filters["human_date"] = human_date
    env.filters["safe_url"] = safe_url
    env.filters["pagefind_filter"] = pagefind_filter
    env.filters["iso"] = iso_date
    env.globals.update(
        site_title=config.title,
        site_description=config.description,
        lang=config.language,
        base_path=base,
        # our own constant, with no double quote: written as is, not with each ' as &#39;
        csp=Markup(CSP),
        dev_mode=config.dev_mode,
        search_enabled=config.search,
        highlight_param=HIGHLIGHT_PARAM,
        version=__version__,
        type_labels=TYPE_LABELS,
        type_singular=TYPE_SINGULAR,
    )
    return env
