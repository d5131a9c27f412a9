"""Render pages with Jinja2: autoescape on, user templates first, one function per page kind.

``Renderer.pages()`` yields ``(output path, content)`` pairs so the writer can stream them;
a page is a :class:`~site_builder.output.Page`, which may name the previous build's file
for the same inputs instead of holding bytes.

- :mod:`.environment`: the Jinja2 environment, its filters and the Content-Security-Policy;
- :mod:`.views`: the typed references and values templates are given;
- :mod:`.fingerprint`: what a page is made from, so a rebuild can reuse an unchanged page;
- :mod:`.events`: an event as the pages show it;
- :mod:`.renderer`: the renderer and its list of page tasks;
- :mod:`.pages` and :mod:`.timeline`: one function per page kind;
- :mod:`.listing`: the paged lists (home and the archive by month, the entity index and
  its A-Z pages, an entity's articles).
"""

from .environment import CSP, make_environment, pagefind_filter
from .fingerprint import DeferredView
from .renderer import Output, Renderer, render_site
from .timeline import label_month
from .views import reading_time

__all__ = [
    "CSP",
    "DeferredView",
    "Output",
    "Renderer",
    "label_month",
    "make_environment",
    "pagefind_filter",
    "reading_time",
    "render_site",
]
