"""The renderer: what every page kind shares, and the list of pages to render."""

from __future__ import annotations

import copy
import dataclasses
import functools
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

import jinja2

from .. import exports
from ..config import Config
from ..errors import TemplateError
from ..graph import LinkedMention, SiteGraph, build_graph
from ..models import Article, Entity, Event, Quote, Site
from ..output import Content, Page, PageIndex
from ..urls import absolute, page_path
from . import listing, pages, pictures, quotes, timeline
from .environment import make_environment
from .events import EventViews, LinkAttributes
from .fingerprint import Fingerprinter
from .views import EntityRef, entity_url

Output = Content | Page  # what a page task yields for one path
PageTask = Callable[[], Iterable[tuple[str, Output]]]


class Renderer:
    """Render every page of a site, taking from ``previous`` the pages made from the same
    inputs as one of its own."""

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
        self.fingerprinter = Fingerprinter() if fingerprints or previous is not None else None
        self.env = make_environment(config)
        self.graph: SiteGraph = build_graph(site)
        len(site.places)  # locate the places now, once, before rendering forks
        entities = site.resolution.entities
        self.refs: dict[str, EntityRef] = {e.id: EntityRef(e.id, e.name, e.type) for e in entities}
        # the link attributes of each entity, made once (every mention of it shares them);
        # the class is the type alone: the site carries hundreds of thousands of these links
        self.link_attrs: dict[str, LinkAttributes] = {
            e.id: (
                ("class", e.type),
                ("href", absolute(config.base_path, entity_url(e.id))),
            )
            for e in entities
        }
        self.events = EventViews(self.graph, self.refs, self.link_attrs, self.fingerprinter)

    @functools.cached_property
    def event_pages(self) -> dict[str, str]:
        """Return the timeline page each event is shown on (site-relative URL), by id."""
        return timeline.event_pages(self)

    def event_view(self, event: Event) -> dict[str, Any]:
        """Return the view of ``event``, shared by every page that shows it."""
        return self.events.view(event)

    def render(
        self,
        template: str,
        deferred: dict[str, tuple[Any, Callable[[], Any]]] | None = None,
        **context: Any,
    ) -> Page:
        """Render ``template`` with ``context``, or take the previous build's page made
        from the same inputs. ``deferred`` maps a name to ``(inputs, make)``: a value that
        is costly to make, fingerprinted by the inputs it is made from and made only when
        the page is rendered."""
        digest = None
        if self.fingerprinter is not None:
            described = context
            if deferred:
                described = {**context, **{k: ("deferred", i) for k, (i, _) in deferred.items()}}
            digest = self.fingerprinter.page(template, described)
        if digest is not None and self.previous is not None:
            source = self.previous.find(digest)
            if source is not None:
                return Page(digest, source=source)
        if deferred:
            context.update((name, make()) for name, (_, make) in deferred.items())
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

    def page_tasks(self) -> list[PageTask]:
        """Return the rendering work as independent tasks, each yielding ``(path, bytes)``.

        Every task is a pure function of the site, so tasks can run in any order or in
        several processes and give the same bytes.
        """
        # the heaviest first (the whole timeline, the data files, then entities by number
        # of mentions), so that processes taking tasks in turn finish together
        tasks: list[PageTask] = [
            lambda: timeline.timeline_pages(self),
            lambda: exports.data_files(self.site, self.graph, self.config),
            lambda: listing.entity_index(self),
            lambda: pictures.picture_pages(self),
        ]
        tasks += [partial(_entity_file, self, e) for e in self.site.resolution.entities]
        tasks += [
            partial(listing.entity_articles, self, e)
            for e in self.site.resolution.entities
            if listing.has_article_list(self, e)
        ]
        tasks.append(lambda: listing.home_and_archive(self))
        tasks += [partial(_article_file, self, a) for a in self.site.articles]
        tasks.append(lambda: [(str(page_path("search")), pages.search(self))])
        tasks.append(lambda: quotes.quote_pages(self))
        tasks += [
            partial(quotes.speaker_quotes, self, speaker)
            for speaker in self.graph.entity_quotes
            if quotes.has_quote_list(self, speaker)
        ]
        tasks.append(lambda: [(str(page_path("data")), pages.data_page(self))])
        tasks.append(lambda: [("404.html", pages.not_found(self))])
        return tasks

    def drop_caches(self) -> None:
        """Forget the fingerprints and views made for the build (most of this renderer's
        memory besides the site graph); pages rendered later make their own."""
        self.previous = None
        if self.fingerprinter is not None:
            self.fingerprinter = Fingerprinter()
        self.events = EventViews(self.graph, self.refs, self.link_attrs, self.fingerprinter)

    def preview_article(
        self,
        article: Article,
        links: dict[int, list[LinkedMention]],
        entity_ids: list[str],
        events: list[Event],
        quotes: list[Quote],
    ) -> bytes:
        """Return the page of ``article``, a new version of one of this site's articles
        (same slug), with the given links per paragraph, entities, events and quotations,
        and the rest of the site as this renderer has it: the dev server's preview of an edit
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
            paragraph_quotes={**graph.paragraph_quotes, article.id: by_paragraph(quotes)},
        )
        view.previous = None
        view.fingerprinter = None
        view.events = EventViews(view.graph, self.refs, self.link_attrs, None)
        page = pages.article_page(view, article)
        assert page.data is not None  # rendered: there is no previous build to take from
        return page.data


def by_paragraph(quotes: list[Quote]) -> dict[int, list[Quote]]:
    """Group an article's quotations by paragraph, as the site graph holds them."""
    grouped: dict[int, list[Quote]] = {}
    for quote in quotes:
        grouped.setdefault(quote.paragraph, []).append(quote)
    return grouped


def _entity_file(renderer: Renderer, entity: Entity) -> list[tuple[str, Output]]:
    return [(str(page_path("entities", entity.id)), pages.entity_page(renderer, entity))]


def _article_file(renderer: Renderer, article: Article) -> list[tuple[str, Output]]:
    return [(str(page_path("articles", article.slug)), pages.article_page(renderer, article))]


def render_site(site: Site, config: Config) -> Iterator[tuple[str, Output]]:
    """Yield every output file of the site."""
    yield from Renderer(site, config).pages()
