"""Render pages with Jinja2: autoescape on, user templates first, one function per page kind.

``render_site`` yields ``(output path, content)`` pairs so the writer can stream them; a
page is a :class:`~.output.Page`, which may name the previous build's file for the same
inputs instead of holding bytes.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import hashlib
import html
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import Any, NamedTuple

import jinja2
from markupsafe import Markup

from . import __version__, exports
from .config import BUILTIN_TEMPLATES, Config
from .errors import TemplateError
from .graph import Context, LinkedMention, SiteGraph, build_graph
from .linking import Span, wrap_html, wrap_text
from .models import Article, Entity, Event, Paragraph, Site
from .output import Content, Page, PageIndex
from .sanitize import safe_url
from .search import HIGHLIGHT_PARAM
from .timefmt import MONTHS, event_label, human_date
from .urls import absolute, page_path, page_url
from .urls import article_url as _article_url
from .urls import entity_url as _entity_url

Output = Content | Page  # what a page task yields for one path

# URLs are asked for millions of times (every link on every page); pathlib makes each
# call cost microseconds, so they are memoised (pure functions of the slug).
article_url = lru_cache(maxsize=1 << 17)(_article_url)
entity_url = lru_cache(maxsize=1 << 17)(_entity_url)

WORDS_PER_MINUTE = 230
TYPE_LABELS = {"person": "People", "organization": "Organisations", "place": "Places"}
TYPE_SINGULAR = {"person": "Person", "organization": "Organisation", "place": "Place"}
CONTEXTS_PER_ARTICLE = 5
ENTITY_EVENTS = 50  # dates listed on an entity page (the latest); all are on the timeline
CONTEXT_ARTICLES = 60  # articles shown with their sentences on an entity page; others listed
EVENT_VIEW_CACHE = 20_000  # event views kept for reuse (an event shows on several pages)
TIMELINE_PAGE_LIMIT = 1500  # events on one timeline page; more are split into year pages

# Content-Security-Policy for every page: no inline scripts, only our own files, and
# what Pagefind needs (WebAssembly and a blob: worker).
OPEN_FILTER_LIMIT = 40
"""A search filter group with more values than this starts collapsed."""

CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-src 'none'"
)


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


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(jinja2.Environment):
    """Jinja's environment, with ``view.key`` on a plain dict looked up as a key first.

    The page views are dicts; Jinja tries ``getattr`` first, which for a dict key raises
    and catches an AttributeError on every use: about 0.5 µs each, over a million times
    in a build of 1,000 articles. The result is the same: a key named like a dict
    method (``items``, ``get``...) still gives the method, as in Jinja.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if (type(obj) is dict or type(obj) is LazyView) and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def make_environment(config: Config) -> jinja2.Environment:
    """Return the Jinja2 environment: user templates first, then the built-in ones."""
    loaders: list[jinja2.BaseLoader] = []
    if config.templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(config.templates_dir)))
    loaders.append(jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES)))
    env = _Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    base = config.base_path
    env.filters["url"] = lambda rel: absolute(base, rel)
    env.filters["human_date"] = human_date
    env.filters["safe_url"] = safe_url
    env.filters["pagefind_filter"] = pagefind_filter
    env.filters["iso"] = lambda d: d.isoformat() if d else ""
    env.globals.update(
        site_title=config.title,
        site_description=config.description,
        lang=config.language,
        base_path=base,
        csp=CSP,
        dev_mode=config.dev_mode,
        search_enabled=config.search,
        highlight_param=HIGHLIGHT_PARAM,
        version=__version__,
        type_labels=TYPE_LABELS,
        type_singular=TYPE_SINGULAR,
    )
    return env


# values whose repr() is their complete, deterministic description
_ATOMS = frozenset({str, Markup, int, float, bool, type(None), dt.date, dt.datetime})
_FP_KEY = "_fingerprint"  # a view dict that carries its own fingerprint (event views)


class LazyView(dict):
    """A view made when a template first looks into it; until then it holds only its
    fingerprint (``_FP_KEY``), made from the inputs of the view rather than from the view.

    Every event is shown on the timeline, so every timeline page's fingerprint needs every
    event's; making the views themselves (the sentence as HTML with its links, the sources'
    links) only for the pages that are rendered spares that work for all the others.
    """

    __slots__ = ("_make",)

    def __init__(self, fingerprint: str, make: Callable[[], dict[str, Any]]) -> None:
        super().__init__({_FP_KEY: fingerprint})
        self._make: Callable[[], dict[str, Any]] | None = make

    def __missing__(self, key: str) -> Any:
        make = self._make
        if make is None:
            raise KeyError(key)
        self._make = None
        self.update(make())
        return self[key]


class Plain(tuple):
    """A tuple made only of atoms, plain tuples and lists and named tuples of them: its
    repr describes it completely, so it is fingerprinted in one call."""

    __slots__ = ()


class ArticleRef(NamedTuple):
    """What an entity page shows of an article that names it (its sentences come apart)."""

    id: str
    slug: str
    title: str
    date: dt.date | None
    source: str | None


class ContextView(NamedTuple):
    """A sentence in which an entity is named, as its page shows it."""

    html: Markup
    url: str


class EntityRef(NamedTuple):
    """What a page that links to an entity is given of it: id, name and type.

    Only the entity's own page and the entity index get the whole :class:`Entity`. A page
    that merely links to one then stays as it is (and is taken from the previous build)
    when the entity gains a mention elsewhere.
    """

    id: str
    name: str
    type: str


# values made only of atoms, whose repr() describes them completely
_PLAIN_TYPES = frozenset({Plain, EntityRef, ArticleRef, ContextView})


@cache
def _field_names(kind: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(kind))


def _keyed(view: dict[str, Any]) -> dict[str, Any]:
    """Give a view made only of plain values its fingerprint at once (its repr): entity
    pages list thousands of articles."""
    if all(type(v) in _ATOMS or type(v) in _PLAIN_TYPES for v in view.values()):
        view[_FP_KEY] = repr(list(view.items()))
    return view


def _unkeyed(view: dict[str, Any]) -> dict[str, Any]:
    """:func:`_keyed` for a renderer that makes no fingerprints."""
    return view


class Renderer:
    """Render every page of a site."""

    def __init__(
        self,
        site: Site,
        config: Config,
        previous: PageIndex | None = None,
        fingerprints: bool = True,
    ) -> None:
        self.site = site
        self.config = config
        self.previous = previous
        # pages are fingerprinted for the next build's reuse (the page index); a build
        # that keeps no cache (--no-cache) has no next build to serve and skips it
        self.fingerprints = fingerprints or previous is not None
        self._keyed = _keyed if self.fingerprints else _unkeyed
        # model objects' fingerprints, by id; the object is kept with it so its id cannot
        # be reused by another object while the renderer lives
        self._fingerprints: dict[int, tuple[object, str]] = {}
        self.env = make_environment(config)
        self.graph: SiteGraph = build_graph(site)
        self._event_views: dict[str, dict[str, Any]] = {}
        # event id -> its view's fingerprint: kept for every event (a view evicted from
        # the bounded cache above is made again lazily, never fingerprinted again)
        self._event_fingerprints: dict[str, str] = {}
        self._article_refs: dict[str, ArticleRef] = {}
        self.refs: dict[str, EntityRef] = {
            e.id: EntityRef(e.id, e.name, e.type) for e in site.resolution.entities
        }
        base = config.base_path
        # the link attributes of each entity, made once (every mention of it shares them)
        self._entity_types = {e.id: e.type for e in site.resolution.entities}
        self._link_attrs: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
            e.id: (
                ("class", f"entity entity--{e.type}"),
                ("href", absolute(base, entity_url(e.id))),
            )
            for e in site.resolution.entities
        }

    def _open_filters(self) -> list[str]:
        """Filter groups the search page shows expanded: the short ones (long lists of
        names would push the results off the screen; their headings stay visible)."""
        counts: dict[str, int] = defaultdict(int)
        for entity in self.site.resolution.entities:
            counts[entity.type] += 1
        counts["source"] = len({a.source for a in self.site.articles if a.source})
        groups = ["kind", "person", "organization", "place", "source", "year"]
        return [g for g in groups if counts.get(g, 0) <= OPEN_FILTER_LIMIT]

    def _fingerprint(self, value: Any, out: list[str]) -> bool:
        """Append a complete description of ``value`` to ``out``; False if impossible.

        Atoms and containers describe themselves (dict order included: templates iterate
        it). A model object (a dataclass of the site graph) is described by the digest of
        its ``repr``, made once per object: every field, recursively. Anything else (an
        object whose repr might hide state or hold an address) makes the page
        unfingerprintable, and it is simply rendered.
        """
        kind = type(value)
        if kind in _ATOMS or kind in _PLAIN_TYPES:
            out.append(repr(value))
        elif kind is list or isinstance(value, tuple):
            out.append("[" if kind is list else kind.__name__ + "(")
            for item in value:
                if not self._fingerprint(item, out):
                    return False
            out.append("]")
        elif kind is dict or kind is LazyView:
            known = value.get(_FP_KEY)
            if known is not None:
                out.append(known)
                return True
            out.append("{")
            for key, item in value.items():
                out.append(repr(key))
                if type(key) not in _ATOMS or not self._fingerprint(item, out):
                    return False
            out.append("}")
        elif dataclasses.is_dataclass(kind):
            digest = self._object_digest(value)
            if not digest:
                return False
            out.append(digest)
        else:
            return False
        return True

    def _object_digest(self, value: Any) -> str:
        """Return the digest of a model object's repr (every field, recursively), made
        once per object; "" if it holds an attribute besides its fields (unseen)."""
        entry = self._fingerprints.get(id(value))
        if entry is None:
            kind = type(value)
            if getattr(value, "__dict__", {}).keys() - _field_names(kind):
                return ""
            digest = kind.__name__ + hashlib.sha1(repr(value).encode()).hexdigest()
            entry = self._fingerprints[id(value)] = (value, digest)
        return entry[1]

    def _digest(self, template: str, context: dict[str, Any]) -> str | None:
        if not self.fingerprints:
            return None
        parts = [template]
        if not self._fingerprint(context, parts):
            return None
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def _render(
        self,
        template: str,
        lazy: dict[str, tuple[Any, Callable[[], Any]]] | None = None,
        **context: Any,
    ) -> Page:
        """Render ``template`` with ``context``, or take the previous build's page made
        from the same inputs. ``lazy`` maps a name to ``(inputs, make)``: a value that is
        costly to make, fingerprinted by the inputs it is made from, made only when the
        page is rendered."""
        key = context
        if lazy:
            key = {**context, **{name: ("lazy", inputs) for name, (inputs, _) in lazy.items()}}
        digest = self._digest(template, key)
        if digest is not None and self.previous is not None:
            source = self.previous.find(digest)
            if source is not None:
                return Page(digest, source=source)
        if lazy:
            context.update((name, make()) for name, (_, make) in lazy.items())
        try:
            html = self.env.get_template(template).render(**context)
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"template {exc.name!r} not found") from None
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                f"{exc.filename or exc.name}:{exc.lineno}: template syntax error: {exc.message}"
            ) from None
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"{template}: {exc.message}") from None
        return Page(digest, data=html.encode("utf-8"))

    def pages(self) -> Iterator[tuple[str, Output]]:
        """Yield ``(relative output path, content)`` for every page and data file."""
        for task in self.page_tasks():
            yield from task()

    def page_tasks(self) -> list[Callable[[], Iterable[tuple[str, Output]]]]:
        """Return the rendering work as independent tasks, each yielding ``(path, bytes)``.

        Every task is a pure function of the site, so tasks can run in any order or in
        several processes and give the same bytes.
        """
        # the heaviest first (the whole timeline, the data files, then entities by number
        # of mentions), so that processes taking tasks in turn finish together
        tasks: list[Callable[[], Iterable[tuple[str, Output]]]] = [
            self.timeline_pages,
            lambda: exports.data_files(self.site, self.graph, self.config),
            lambda: [(str(page_path("entities")), self.entity_index())],
        ]
        tasks += [
            lambda e=entity: [(str(page_path("entities", e.id)), self.entity(e))]
            for entity in self.site.resolution.entities
        ]
        tasks.append(lambda: [("index.html", self.home())])
        tasks += [
            lambda a=article: [(str(page_path("articles", a.slug)), self.article(a))]
            for article in self.site.articles
        ]
        tasks.append(
            lambda: [
                (
                    str(page_path("search")),
                    self._render(
                        "search.html",
                        page_kind="search",
                        open_filters=",".join(self._open_filters()),
                    ),
                )
            ]
        )
        tasks.append(lambda: [("404.html", self._render("404.html", page_kind="notfound"))])
        return tasks

    # --- page kinds -----------------------------------------------------------------

    def article_summary(self, article: Article) -> dict[str, Any]:
        """Return what lists show of an article."""
        return {
            "article": article,
            "url": article_url(article.slug),
            "lead": _shorten(article.lead, 280),
            "reading_time": reading_time(article.word_count),
        }

    def home(self) -> Page:
        """Render the home page: the archive at a glance."""
        entities = self.site.resolution.entities
        top = sorted(entities, key=lambda e: (-len(e.mentions), e.name.casefold(), e.id))[:12]
        dated = [a.date for a in self.site.articles if a.date]
        return self._render(
            "index.html",
            page_kind="home",
            articles=[self.article_summary(a) for a in self.site.articles],
            top_entities=[(self.refs[e.id], entity_url(e.id)) for e in top],
            span=(min(dated), max(dated)) if dated else None,
            counts={
                "articles": len(self.site.articles),
                "entities": len(entities),
                "events": sum(1 for e in self.site.events if e.date),
                "sources": len({a.source for a in self.site.articles if a.source}),
            },
        )

    def article(self, article: Article) -> Page:
        """Render one article page with its entity links."""
        links = self.graph.paragraph_links.get(article.id, {})

        def body() -> list[dict[str, Any]]:
            return [self._paragraph_html(p, links.get(p.index, [])) for p in article.paragraphs]

        # the body is made from the paragraphs (in ``article``), their links and the
        # linked entities' types (their link attributes)
        entity_type = {e: self.graph.entities[e].type for ms in links.values() for _, _, e in ms}
        body_inputs = Plain((sorted(links.items()), sorted(entity_type.items())))
        older, newer = self.graph.prev_next.get(article.id, (None, None))
        entity_ids = self.graph.article_entities.get(article.id, [])
        by_type: dict[str, list[tuple[EntityRef, str]]] = defaultdict(list)
        for entity_id in entity_ids:
            ref = self.refs[entity_id]
            by_type[ref.type].append((ref, entity_url(ref.id)))
        events = self.graph.article_events.get(article.id, [])
        return self._render(
            "article.html",
            page_kind="article",
            lazy={"body": (body_inputs, body)},
            article=article,
            reading_time=reading_time(article.word_count),
            older=self._neighbour(older),
            newer=self._neighbour(newer),
            entities_by_type=Plain((t, tuple(by_type[t])) for t in TYPE_LABELS if by_type.get(t)),
            filters=Plain(self._article_filters(article, entity_ids)),
            events=[self._event_view(e, anchor_article=article.id) for e in events],
        )

    def drop_caches(self) -> None:
        """Forget the fingerprints and views made for the build (most of this renderer's
        memory besides the site graph); pages rendered later make their own."""
        self.previous = None
        self._fingerprints = {}
        self._event_views = {}
        self._event_fingerprints = {}

    def preview_article(
        self,
        article: Article,
        links: dict[int, list[LinkedMention]],
        entity_ids: list[str],
        events: list[Event],
    ) -> bytes:
        """Return the page of ``article``, a new version of one of this site's articles
        (same slug), with the given links per paragraph, entities and events, and the
        rest of the site as this renderer has it: the dev server's preview of an edit
        while the archive is rebuilt. This renderer is left as it was; nothing is
        fingerprinted or taken from a previous build."""
        view = copy.copy(self)
        graph = self.graph
        view.graph = dataclasses.replace(
            graph,
            articles={**graph.articles, article.id: article},
            paragraph_links={**graph.paragraph_links, article.id: links},
            article_entities={**graph.article_entities, article.id: entity_ids},
            article_events={**graph.article_events, article.id: events},
        )
        view.drop_caches()  # new dicts: this renderer's stay as they are
        view.fingerprints = False
        view._keyed = _unkeyed
        view._article_refs = {}
        page = view.article(article)
        assert page.data is not None  # rendered: there is no previous build to take from
        return page.data

    def _neighbour(self, article_id: str | None) -> dict[str, Any] | None:
        if article_id is None:
            return None
        a = self.graph.articles[article_id]
        return {"title": a.title, "url": article_url(a.slug), "date": a.date}

    def _article_filters(self, article: Article, entity_ids: list[str]) -> list[tuple[str, str]]:
        filters: list[tuple[str, str]] = [("kind", "article")]
        for entity_id in entity_ids:
            entity = self.graph.entities[entity_id]
            filters.append((entity.type, entity.name))
        if article.source:
            filters.append(("source", article.source))
        filters.append(("year", str(article.date.year) if article.date else "undated"))
        return filters

    def _paragraph_html(self, paragraph: Paragraph, links: list) -> dict[str, Any]:
        attrs = self._link_attrs
        spans = [
            Span(
                m.start,
                m.end,
                "a",
                (attrs[m.entity_id][0], ("data-entity", m.entity_id), attrs[m.entity_id][1]),
            )
            for m in links
        ]
        if paragraph.html is not None:
            content = wrap_html(paragraph.html, spans)
        else:
            content = wrap_text(paragraph.text, spans)
        return {"id": paragraph.anchor, "tag": paragraph.tag, "html": content}

    def entity_index(self) -> Page:
        """Render the entity index, grouped by type and sorted by mentions."""
        groups = []
        for type_ in TYPE_LABELS:
            members = [e for e in self.site.resolution.entities if e.type == type_]
            members.sort(key=lambda e: (-len(e.mentions), e.name.casefold(), e.id))
            groups.append((type_, [(e, entity_url(e.id), len(e.article_ids)) for e in members]))
        return self._render("entities.html", page_kind="entities", groups=groups)

    def entity(self, entity: Entity) -> Page:
        """Render one entity page: contexts, related entities, events."""
        contexts = self.graph.contexts.get(entity.id, {})
        mention_counts: dict[str, int] = defaultdict(int)
        for m in entity.mentions:
            mention_counts[m.article_id] += 1
        ordered = sorted(
            (self.graph.articles[a] for a in entity.article_ids if a in self.graph.articles),
            key=_date_sort,
        )
        article_views = []
        for article in ordered[:CONTEXT_ARTICLES]:
            ctx = contexts.get(article.id, [])
            article_views.append(
                self._keyed(
                    {
                        "article": self._article_ref(article),
                        "url": article_url(article.slug),
                        "contexts": Plain(
                            self._context_view(c, article) for c in ctx[:CONTEXTS_PER_ARTICLE]
                        ),
                        "more": max(0, len(ctx) - CONTEXTS_PER_ARTICLE),
                        "mentions": mention_counts[article.id],
                    }
                )
            )
        more_articles = [
            self._keyed(
                {
                    "article": self._article_ref(a),
                    "url": article_url(a.slug),
                    "mentions": mention_counts[a.id],
                }
            )
            for a in ordered[CONTEXT_ARTICLES:]
        ]
        related = Plain(
            (self.refs[other], entity_url(other), count)
            for other, count in self.graph.related.get(entity.id, [])
        )
        events = self.graph.entity_events.get(entity.id, [])
        # the latest dates only: a much-mentioned entity has thousands, which belong on
        # the timeline (linked, filtered to this entity), not on one endless page
        dated = [e for e in events if e.date]
        shown = dated[-ENTITY_EVENTS:] if dated else events[:ENTITY_EVENTS]
        timeline_link = None
        if len(shown) < len(events):
            timeline_link = page_url("timeline")
            if len(self.site.events) > TIMELINE_PAGE_LIMIT and shown and shown[-1].sort_key:
                timeline_link = page_url("timeline", shown[-1].sort_key[:4])
            timeline_link += "?entity=" + entity.id
        return self._render(
            "entity.html",
            page_kind="entity",
            entity=entity,
            articles=article_views,
            more_articles=more_articles,
            related=related,
            events=[self._event_view(e) for e in shown],
            event_count=len(events),
            timeline_link=timeline_link,
            article_count=len(entity.article_ids),
        )

    def _article_ref(self, article: Article) -> ArticleRef:
        ref = self._article_refs.get(article.id)
        if ref is None:
            ref = self._article_refs[article.id] = ArticleRef(
                article.id, article.slug, article.title, article.date, article.source
            )
        return ref

    def _context_view(self, context: Context, article: Article) -> ContextView:
        spans = [Span(s, e, "mark") for s, e in context.spans]
        anchor = article.paragraphs[context.paragraph].anchor
        return ContextView(
            wrap_text(context.sentence, spans), article_url(article.slug) + "#" + anchor
        )

    def _event_view(self, event: Event, anchor_article: str | None = None) -> dict[str, Any]:
        # the view does not depend on the page it is shown on: built once per event (an
        # event is shown on its article, on each of its entities' pages and the timeline)
        views = self._event_views
        view = views.get(event.id)
        if view is None:
            known = self._event_fingerprints.get(event.id)
            if known is not None:  # made before, evicted since
                view = LazyView(known, lambda: self._make_event_view(event))
            else:
                view = self._fingerprinted_event_view(event)
            views[event.id] = view
            if len(views) > EVENT_VIEW_CACHE:  # bounded: memory stays flat with N
                del views[next(iter(views))]
        return view

    def _event_inputs(self, event: Event) -> tuple:
        """What an event's view is made of besides the event: the first source's sentence
        (None if its article is gone) and the links in it, the articles of the sources
        (with their numbers) and the references of the entities named."""
        first = event.sources[0]
        article = self.graph.articles.get(first.article_id)
        sentence: str | None = None
        linked: list[LinkedMention] = []
        if article is not None and first.paragraph < len(article.paragraphs):
            links = self.graph.paragraph_links.get(article.id, {}).get(first.paragraph, [])
            linked = [m for m in links if first.start <= m.start and m.end <= first.end]
            sentence = article.paragraphs[first.paragraph].text[first.start : first.end]
        sources = [
            (i, source, a)
            for i, source in enumerate(event.sources)
            if (a := self.graph.articles.get(source.article_id)) is not None
        ]
        refs = [self.refs[e] for e in event.entity_ids if e in self.refs]
        return sentence, linked, sources, refs

    def _make_event_view(self, event: Event, inputs: tuple | None = None) -> dict[str, Any]:
        sentence, linked, sources, refs = inputs or self._event_inputs(event)
        if sentence is not None:
            attrs = self._link_attrs
            shift = event.sources[0].start
            spans = [Span(m.start - shift, m.end - shift, "a", attrs[m.entity_id]) for m in linked]
            text_html = wrap_text(sentence, spans)
        else:
            text_html = wrap_text(event.text, [])
        return {
            "event": event,
            "label": event_label(event.date, event.precision),
            "html": text_html,
            "sources": [
                {
                    "title": a.title,
                    "source": a.source,
                    "url": article_url(a.slug) + f"#p{source.paragraph + 1}",
                    "expression": source.expression,
                }
                for _, source, a in sources
            ],
            "entities": [(ref, entity_url(ref.id)) for ref in refs],
        }

    def _fingerprinted_event_view(self, event: Event) -> dict[str, Any]:
        """Return the view of ``event``, fingerprinted from what it is made of (see
        :meth:`_event_inputs`; the event itself by its digest: every field) and made only
        if a page that shows it is rendered."""
        inputs = self._event_inputs(event)
        digest = self._object_digest(event) if self.fingerprints else ""
        if not digest:  # else it is walked (and found unfingerprintable) where shown
            return self._make_event_view(event, inputs)
        sentence, linked, sources, refs = inputs
        shift = event.sources[0].start
        types = self._entity_types
        described = repr(
            (
                sentence,
                [(m.start - shift, m.end - shift, m.entity_id) for m in linked],
                [types[m.entity_id] for m in linked],
                [(i, a.title, a.source, a.slug) for i, _, a in sources],
                refs,
            )
        )
        known = hashlib.sha1(f"{digest}\0{described}".encode()).hexdigest()
        self._event_fingerprints[event.id] = known
        return LazyView(known, lambda: self._make_event_view(event, inputs))

    def timeline_pages(self) -> Iterator[tuple[str, Output]]:
        """Render the combined timeline: one page, or one page per year when it is long."""
        by_year: dict[str, list[Event]] = {}
        undated: list[Event] = []
        for event in self.site.events:
            if event.date and event.sort_key:
                by_year.setdefault(event.sort_key[:4], []).append(event)
            else:
                undated.append(event)

        def named_in(events: list[Event]) -> list[EntityRef]:
            """The entities the filter offers: those named in the page's events (so a
            year page does not change when an entity appears in another year)."""
            used = {e for ev in events for e in ev.entity_ids if e in self.graph.entities}
            ordered = sorted(used, key=lambda e: (self.graph.entities[e].name.casefold(), e))
            return [self.refs[e] for e in ordered]

        common = {"page_kind": "timeline"}
        years = sorted(by_year)
        if len(self.site.events) <= TIMELINE_PAGE_LIMIT:
            links = [(y, f"#y{y}", len(by_year[y])) for y in years]
            yield (
                str(page_path("timeline")),
                self._render(
                    "timeline.html",
                    years=[self._year_group(y, by_year[y]) for y in years],
                    undated=[self._event_view(e) for e in undated],
                    year_links=links,
                    undated_link="#undated" if undated else None,
                    split=False,
                    event_count=len(self.site.events),
                    filter_entities=named_in(self.site.events),
                    **common,
                ),
            )
            return
        counted = [
            (y, absolute(self.config.base_path, page_url("timeline", y)), len(by_year[y]))
            for y in years
        ]
        undated_link = absolute(self.config.base_path, page_url("timeline", "undated"))
        yield (
            str(page_path("timeline")),
            self._render(
                "timeline.html",
                years=[],
                undated=[],
                year_links=counted,
                undated_link=undated_link if undated else None,
                split=True,
                event_count=len(self.site.events),
                filter_entities=[],
                **common,
            ),
        )
        # a year page shows its own count, not the others': it stays as it is (and is
        # taken from the previous build) when another year gains an event
        links = [(y, href, None) for y, href, _ in counted]
        for y in years:
            yield (
                str(page_path("timeline", y)),
                self._render(
                    "timeline.html",
                    years=[self._year_group(y, by_year[y])],
                    undated=[],
                    year_links=links,
                    undated_link=undated_link if undated else None,
                    split=True,
                    current=y,
                    current_count=len(by_year[y]),
                    filter_entities=named_in(by_year[y]),
                    **common,
                ),
            )
        if undated:
            yield (
                str(page_path("timeline", "undated")),
                self._render(
                    "timeline.html",
                    years=[],
                    undated=[self._event_view(e) for e in undated],
                    year_links=links,
                    undated_link=undated_link,
                    split=True,
                    current="undated",
                    filter_entities=named_in(undated),
                    **common,
                ),
            )

    def _year_group(self, year: str, events: list[Event]) -> tuple[str, list]:
        groups: dict[str, list[dict[str, Any]]] = {}
        for event in events:
            groups.setdefault(_month_group(event), []).append(self._event_view(event))
        # the whole-year group (seasons, years, ranges) first, then the months in order
        keys = sorted(groups, key=lambda k: (len(k) == 7, k))
        return (year, [(label_month(year, k), groups[k]) for k in keys])


def _month_group(event: Event) -> str:
    if event.precision in ("day", "month") and len(event.sort_key) >= 7:
        return event.sort_key[:7]
    return event.sort_key[:4]  # year, season and range events head their year


def label_month(year: str, key: str) -> str:
    """Return a heading for a month group (``February 2022``) or the year itself."""
    if len(key) == 7:
        return f"{MONTHS[int(key[5:7]) - 1]} {year}"
    return f"{year}: the whole year and longer spans"


def _date_sort(article: Article) -> tuple:
    return (article.date is None, -(article.date.toordinal() if article.date else 0), article.id)


def reading_time(words: int) -> int:
    """Return the reading time in minutes (at least 1)."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—– ") + "…"


def render_site(site: Site, config: Config) -> Iterator[tuple[str, Output]]:
    """Yield every output file of the site."""
    yield from Renderer(site, config).pages()
