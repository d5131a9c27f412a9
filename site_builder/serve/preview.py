"""The dev server's preview of an edit: the edited article's page, made from the new text
in a fraction of a second and shown while the archive is rebuilt.

After an edit, a rebuild resolves entities, dates events and fingerprints pages across
the whole archive, which takes seconds for a thousand articles. What the edited page
shows mostly does not wait for that: its text, and which entities its names are. The
preview reads the file as a build would, analyses it with the model the server keeps
loaded (the result goes to the NLP cache, so the rebuild does not analyse it again),
links every name that stands where it stood in an unchanged paragraph as the last build
did, links any other name to the entity that name most often stands for in the archive
(a name the archive has never seen stays plain), dates the article's own events, and
renders the page with the last build's renderer. The server keeps the page in memory
(no file of the site is written), reloads the browser, and the rebuild replaces it.

Only an edit the page can follow at its address is previewed: the changed files are
articles the last build had, whose title and slug are unchanged. Anything else (a new,
renamed, removed or broken file, a sidecar, the curation file, a template, the config)
simply waits for the rebuild. Files that came and went while saving (an editor's swap or
test files) are passed over.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config
from ..errors import SiteBuilderError
from ..extract import extract_articles
from ..graph import LinkedMention
from ..models import Article, LinkMap, Mention, Resolution, Site, mention_links
from ..nlp import model_loaded
from ..quotes import extraction_quotes
from ..quotes.archive import ArchivePeople, archive_people
from ..render import Renderer
from ..sources import ARTICLE_SUFFIXES, SIDECAR_SUFFIX, read_article_file
from ..timeline import build_timeline
from ..urls import page_path

MAX_FILES = 5
"""More changed files than this at once (a checkout, a bulk edit) wait for the rebuild."""


def name_key(text: str) -> str:
    """Return how a name is looked up: case and runs of white space do not matter."""
    return " ".join(text.split()).casefold()


@dataclass
class PreviewBase:
    """What the last good build leaves for previews: its site and a renderer over it."""

    site: Site = field(repr=False)
    config: Config
    renderer: Renderer | None = field(default=None, repr=False)
    _names: dict[str, str] | None = field(default=None, repr=False)
    _people: ArchivePeople | None = field(default=None, repr=False)

    def prepare(self) -> None:
        """Make what every preview needs (the renderer when the build reused the whole
        site and rendered nothing, the name index), so the first preview is fast too."""
        if self.renderer is None:
            self.renderer = Renderer(self.site, self.config, None, fingerprints=False)
        else:
            self.renderer.drop_caches()
        self.names()
        self.people()

    def names(self) -> dict[str, str]:
        """Name (see :func:`name_key`) -> the entity it most often stands for in the
        archive; an entity's canonical name and aliases count when nothing else does.
        Ties go to the entity mentioned most (the resolution's order)."""
        if self._names is None:
            best: dict[str, tuple[int, int, str]] = {}
            for order, entity in enumerate(self.site.resolution.entities):
                forms = Counter(name_key(m.text) for m in entity.mentions)
                for form in (entity.name, *entity.aliases):
                    forms.setdefault(name_key(form), 0)
                for key, count in forms.items():
                    known = best.get(key)
                    if known is None or count > known[0]:
                        best[key] = (count, order, entity.id)
            self._names = {key: entity_id for key, (_, _, entity_id) in best.items()}
        return self._names

    def people(self) -> ArchivePeople:
        """The archive's titles and full names of its people, for "the NATO chief said"."""
        if self._people is None:
            self._people = archive_people(self.site.articles, self.site.resolution)
        return self._people


def preview_pages(
    base: PreviewBase,
    paths: Iterable[str],
    config: Config,
    warn: Callable[[str], None] | None = None,
) -> dict[str, bytes] | None:
    """Return ``{output path: page}`` for the edited articles at ``paths``, or None when
    the edit cannot be previewed (see the module's text); the rebuild reports any error.

    ``config`` must be the one ``base`` was built with; the model must be loaded in this
    process (:func:`nlp.load_nlp`) unless the NLP cache holds the new text already.
    """
    articles: list[Path] = []
    for raw in dict.fromkeys(paths):
        path = Path(raw).resolve()
        if path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.endswith(SIDECAR_SUFFIX):
            articles.append(path)
        elif path.exists():
            return None  # a sidecar, metadata, curation, template or config file
        # else a file that came and went while saving (an editor's test or swap file)
    if not articles or len(articles) > MAX_FILES:
        return None
    quiet = warn or (lambda message: None)
    input_root = config.input_dir.resolve()
    by_path = {a.source_path: a for a in base.site.articles}
    edited: list[tuple[Article, Article]] = []  # (the last build's version, the new one)
    for path in articles:
        try:
            rel = path.relative_to(input_root).as_posix()
        except ValueError:
            return None
        old = by_path.get(rel)
        if old is None or not path.is_file():
            return None  # a new or removed article: other pages link to it, or did
        try:
            draft = read_article_file(
                path,
                input_root,
                quiet,
                metadata_file=config.metadata_file,
                max_bytes=config.max_article_bytes,
            )
        except (SiteBuilderError, OSError):
            return None
        slug = old.slug
        if draft.title != old.title or not (
            slug == draft.slug_wanted or slug.startswith(draft.slug_wanted + "-")
        ):
            return None  # the page moves, and every page that links to it changes
        article = draft.to_article(slug)
        if article != old:  # saved unchanged: its page stays as it is
            edited.append((old, article))
    if not edited:
        return None
    new_articles = [new for _, new in edited]
    if not model_loaded(config.spacy_model):
        return None  # loading it here would take longer than the rebuild's helper
    extractions = extract_articles(new_articles, config, quiet)
    renderer = base.renderer
    if renderer is None:
        base.prepare()
        renderer = base.renderer
    assert renderer is not None
    pages: dict[str, bytes] = {}
    for old, article in edited:
        extraction = extractions[article.id]
        links = _provisional_links(base, old, article, extraction.mentions)
        by_paragraph: dict[int, list[LinkedMention]] = {}
        counts: Counter[str] = Counter()
        link_map = LinkMap()
        for i, (mention, entity_id) in enumerate(zip(extraction.mentions, links, strict=True)):
            if entity_id is None:
                continue
            by_paragraph.setdefault(mention.paragraph, []).append(
                LinkedMention(mention.start, mention.end, entity_id)
            )
            counts[entity_id] += 1
            link_map[(article.id, i)] = entity_id
        for found in by_paragraph.values():
            found.sort()
        entity_ids = [e for e, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        # the article's own events: merging with other articles' reports waits for the rebuild
        events, _ = build_timeline([article], {article.id: extraction}, Resolution([], link_map))
        entities = renderer.graph.entities
        names = {e.id: e.name for e in entities.values()}
        types = {e.id: e.type for e in entities.values()}
        quotes = extraction_quotes(article, extraction, links, names, types, base.people())
        html = renderer.preview_article(article, by_paragraph, entity_ids, events, quotes)
        pages[str(page_path("articles", article.slug))] = html
    return pages


def _provisional_links(
    base: PreviewBase, old: Article, article: Article, mentions: list[Mention]
) -> list[str | None]:
    """Return the entity of each of ``mentions`` in the new version of ``old``: as the last build
    linked the same name at the same place of an unchanged paragraph (a name it left
    plain stays plain), else the entity the name most often stands for."""
    site = base.site
    known = {e.id for e in site.resolution.entities}
    before: dict[tuple[str, int, int, str], str | None] = {}
    old_extraction = site.extractions.get(old.id)
    if old_extraction is not None:
        old_mentions = old_extraction.mentions
        linked = mention_links(site.resolution.links, old.id, len(old_mentions))
        for mention, entity_id in zip(old_mentions, linked, strict=True):
            if mention.paragraph < len(old.paragraphs):
                text = old.paragraphs[mention.paragraph].text
                before[(text, mention.start, mention.end, mention.text)] = entity_id
    names = base.names()
    out: list[str | None] = []
    for mention in mentions:
        text = article.paragraphs[mention.paragraph].text
        key = (text, mention.start, mention.end, mention.text)
        entity_id = before[key] if key in before else names.get(name_key(mention.text))
        out.append(entity_id if entity_id in known else None)
    return out
