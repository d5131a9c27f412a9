"""Allow-list sanitising of HTML that comes from article Markdown (nh3, i.e. ammonia).

Also the one check for URLs that come from input and become links (front matter ``url``,
curated entity links): only absolute ``http(s)`` addresses with a host, never
``javascript:`` or ``data:``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import nh3

ALLOWED_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code",
    "em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "mark", "abbr", "q", "cite",
    "a", "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "caption", "dl", "dt", "dd",
    "del", "ins", "span",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}
# Tags whose content is dropped along with the tag (never shown as text).
DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "noscript", "template",
                     "svg", "math", "textarea", "select", "title"}  # fmt: skip


def sanitize_html(html: str) -> str:
    """Return ``html`` with only allow-listed tags, attributes and URL schemes.

    Images are dropped: they would load from third-party hosts on a published site.
    """
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def is_web_url(text: str) -> bool:
    """Return whether ``text`` is an absolute http(s) URL with a host and no spaces."""
    if not text or any(ch.isspace() or ord(ch) < 32 or ch in '<>"`' for ch in text):
        return False
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)


def safe_url(url: object) -> str:
    """Return ``url`` if it is a web address, else ``""`` (a Jinja filter for hrefs)."""
    text = str(url or "").strip()
    return text if is_web_url(text) else ""
