"""What the dev server prints for the author, and how a failed build is described."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from ..errors import SiteBuilderError


def print_status(message: str) -> None:
    """Print one line of the server's running commentary (on stderr, at once)."""
    print(message, file=sys.stderr, flush=True)


def describe_error(exc: BaseException) -> str:
    """Return a one-paragraph description of a build failure, naming the template line."""
    if isinstance(exc, SiteBuilderError):
        return str(exc)
    message = f"{type(exc).__name__}: {exc}"
    filename = getattr(exc, "filename", None) or getattr(exc, "name", None)
    lineno = getattr(exc, "lineno", None)
    if filename and lineno:  # a Jinja syntax error
        return f"{filename}:{lineno}: {message}"
    frames = [
        f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith((".html", ".xml"))
    ]
    if frames:  # an error raised while rendering: Jinja maps frames to template lines
        return f"{frames[-1].filename}:{frames[-1].lineno}: {message}"
    return message


def short_path(path: str) -> str:
    """Return ``path`` relative to the working folder when it is inside it."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(p)
