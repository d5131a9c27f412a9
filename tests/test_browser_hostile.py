"""Issue 7 in a real browser: Chromium loads every page built from the hostile corpus.

No dialog may open, no script from article text may run (the payloads set
``window.__pwned``), no request may leave 127.0.0.1, and the CSP must not have to block
anything (a violation means hostile markup reached the page).
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from browser import CHROMIUM_FLAGS
from conftest import require_chromium, require_model
from test_hostile import build_hostile, html_pages

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Every element carrying an event handler, an inline script, a frame or a plugin.
DOM_CHECK = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) bad.push(el.tagName + ' ' + a.name);
      // Pagefind UI's own search form (static markup of the bundle, not article text)
      if (el.matches('form.pagefind-ui__form') && a.name === 'action'
          && a.value === 'javascript:void(0);') continue;
      if (/^\\s*(javascript|vbscript|data):/i.test(a.value) && /href|src|action/.test(a.name))
        bad.push(el.tagName + ' ' + a.name + '=' + a.value.slice(0, 40));
    }
  }
  // a JSON data block is data, never run
  for (const s of document.querySelectorAll('script:not([src]):not([type="application/json"])'))
    bad.push('inline script');
  // the site's own drawings are <svg> children of these figures; any other <svg> is not
  const drawing = 'figure:is(.world-map, .neighbourhood, .place-map, .timeline-chart) > svg';
  for (const f of document.querySelectorAll('iframe,frame,object,embed,base,svg,math'))
    if (!f.matches(drawing)) bad.push(f.tagName);
  return bad;
}"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """Build the hostile corpus (search included) and serve it on 127.0.0.1."""
    require_model()
    proc, out = build_hostile(tmp_path_factory.mktemp("hostile-browser"))
    assert proc.returncode == 0, proc.stderr
    handler = functools.partial(_QuietHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", out
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _page_url(root: str, out: Path, page: Path) -> str:
    rel = page.relative_to(out).as_posix()
    if rel.endswith("index.html"):
        rel = rel[: -len("index.html")]
    return root + quote(rel)


def test_no_dialog_no_script_no_outside_request(hostile_server: tuple[str, Path]) -> None:
    chromium = require_chromium()
    from playwright.sync_api import sync_playwright

    root, out = hostile_server
    pages = html_pages(out)
    urls = [_page_url(root, out, p) for p in pages]
    urls += [root + "search/?q=pwned", root + "search/?q=script", root + "no/such/page/"]
    dialogs: list[str] = []
    outside: list[str] = []
    csp: list[str] = []
    problems: dict[str, list[str]] = {}

    def route(r) -> None:  # type: ignore[no-untyped-def]
        host = urlsplit(r.request.url).hostname
        if r.request.url.startswith(("blob:", "data:")) or host == "127.0.0.1":
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        try:
            context = browser.new_context()
            context.route("**/*", route)
            page = context.new_page()
            page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
            page.on(
                "console",
                lambda m: (
                    csp.append(f"{page.url}: {m.text}")
                    if "Content Security Policy" in m.text or "Content-Security-Policy" in m.text
                    else None
                ),
            )
            for url in urls:
                page.goto(url, wait_until="load")
                if "/search/" in url:
                    page.wait_for_timeout(1500)  # let Pagefind render hostile excerpts
                for link in page.query_selector_all("article a")[:20]:
                    link.hover()  # would fire any mouseover handler that slipped through
                bad = page.evaluate(DOM_CHECK)
                if page.evaluate("typeof window.__pwned !== 'undefined'"):
                    bad.append("window.__pwned was set")
                if bad:
                    problems[url] = bad
        finally:
            browser.close()
    assert len(urls) > 20
    assert dialogs == []
    assert problems == {}
    assert outside == []
    assert csp == []
