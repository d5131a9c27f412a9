"""The project's exception types, each carrying a message a user can act on."""

from __future__ import annotations


class SiteBuilderError(Exception):
    """Base class: the message is shown to the user as is, without a traceback."""

    exit_code = 1


class ConfigError(SiteBuilderError):
    """The configuration or the command line is wrong."""

    exit_code = 2


class ArticleError(SiteBuilderError):
    """One article cannot be read; the build skips it and goes on."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class CurationError(SiteBuilderError):
    """The entity curation file is wrong (bad YAML, unknown entity, merge cycle...)."""


class TemplateError(SiteBuilderError):
    """A template could not be loaded or rendered."""


class IndexingError(SiteBuilderError):
    """Pagefind failed to index the site."""


class ModelError(SiteBuilderError):
    """The spaCy model is missing or cannot be loaded."""


class StrictError(SiteBuilderError):
    """Warnings were given and ``--strict`` is on."""


def caused_by_interrupt(exc: BaseException) -> bool:
    """Whether ``exc`` came of a Ctrl-C: Python 3.11 wraps a ``KeyboardInterrupt`` raised
    while a class is made (a lazy import) in a ``RuntimeError``."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False
