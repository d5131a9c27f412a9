"""``serve`` with a real browser: the page reloads itself after an edit, and a broken
template shows its error banner in the open page; nothing errors in the console."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser import PageWatch, chromium
from test_serve import Server, _append, _args, _free_port

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _open_article(browser: Any, url: str) -> tuple[Any, PageWatch]:
    """Open the home page at ``url`` and follow the link to the first seed's article."""
    page = browser.new_page()
    watch = PageWatch(page)
    page.goto(url)
    page.click("main a[href*='/articles/000']")
    page.wait_for_load_state("load")
    return page, watch


def _settled(page: Any, expression: str) -> Any:
    """Evaluate once the page stops reloading (a save can give two builds in a row, and
    the tab reloads after each)."""
    for _ in range(20):
        try:
            page.wait_for_load_state("load")
            return page.evaluate(expression)
        except Exception as exc:  # the page navigated away meanwhile
            if "context was destroyed" not in str(exc):
                raise
    raise AssertionError("the page kept reloading")


def test_open_page_reloads_after_edit_and_shows_errors(
    project: dict[str, Path], shared_cache: Path
) -> None:
    article = next(project["articles"].glob("000_*.txt"))
    server = Server(
        _args(project, shared_cache, _free_port(), "--base-url", "/repo/"), project["root"]
    )
    try:
        url = server.started()
        assert url.endswith("/repo/")
        with chromium() as browser:
            page, watch = _open_article(browser, url)
            article_url = page.url
            page.evaluate("window.__before_edit = true")

            _append(article, "\nThe quokkanometer reading was published on Friday.\n")
            page.wait_for_function(
                "() => document.body && document.body.innerText.includes('quokkanometer')",
                timeout=60_000,
            )
            assert page.url == article_url
            assert _settled(page, "typeof window.__before_edit") == "undefined"  # it reloaded

            template = project["template"]
            good = template.read_text(encoding="utf-8")
            template.write_text(good.replace("{% endblock %}", "{% endblok %}", 1), "utf-8")
            banner = page.locator("#sb-build-error")
            banner.wait_for(timeout=60_000)
            assert "article.html" in banner.inner_text()
            assert "quokkanometer" in page.inner_text("main")  # the last good page stays

            template.write_text(good, encoding="utf-8")
            page.wait_for_function(
                "() => !document.getElementById('sb-build-error')", timeout=60_000
            )
            # a reload cuts what is still loading (the event stream, at times the favicon):
            # not a fault; a failed response or a script error still is
            problems = [p for p in watch.problems if not p.endswith(" net::ERR_ABORTED")]
            assert problems == []
    finally:
        server.stop()


# Recorded by the page itself at every load, in the tab's sessionStorage: a rebuild can
# reload the page at any moment after the preview, between two calls from the test.
RECORD_LOADS = """
addEventListener("DOMContentLoaded", () => {
  const loads = JSON.parse(sessionStorage.getItem("loads") || "[]");
  const p = [...document.querySelectorAll("main p")].find(
    (e) => e.textContent.includes("quokkanometer"));
  const person = p && p.querySelector("a.person");
  loads.push({note: document.getElementById("sb-preview") !== null, edited: !!p,
              person: person ? person.textContent : null, scroll: null});
  sessionStorage.setItem("loads", JSON.stringify(loads));
});
addEventListener("load", () => requestAnimationFrame(() => {
  const loads = JSON.parse(sessionStorage.getItem("loads") || "[]");
  if (loads.length) { loads[loads.length - 1].scroll = scrollY; }
  sessionStorage.setItem("loads", JSON.stringify(loads));
}));
"""


def _loads(page: Any) -> list[dict[str, Any]]:
    """The loads :data:`RECORD_LOADS` saw (none while a reload is under way)."""
    try:
        return page.evaluate("JSON.parse(sessionStorage.getItem('loads') || '[]')")
    except Exception:  # the page is being replaced: ask again
        return []


def test_an_edit_is_previewed_then_replaced_by_the_rebuild(
    project: dict[str, Path], shared_cache: Path
) -> None:
    """The open article reloads with the server's preview of the edit (a note at the
    bottom, the new text with its names linked), then again with the rebuilt page; the
    reader stays where they were on the page."""
    import time

    article = next(project["articles"].glob("000_*.txt"))
    args = _args(project, shared_cache, _free_port(), "--no-search", "--preview", "always")
    server = Server(args, project["root"])
    try:
        url = server.started()
        with chromium() as browser:
            page, watch = _open_article(browser, url)
            page.evaluate("window.scrollTo(0, 600)")
            page.add_init_script(RECORD_LOADS)  # from the next load on

            # a name the other seed holds: an entity is linked at its first mention only
            _append(article, "\nJulianne Smith read the quokkanometer on Friday.\n")
            deadline = time.monotonic() + 60
            loads: list[dict[str, Any]] = []
            while time.monotonic() < deadline:
                loads = _loads(page)
                if loads and not loads[-1]["note"] and any(x["note"] for x in loads):
                    break  # the preview, then the rebuilt page
                time.sleep(0.05)
            preview = next(x for x in loads if x["note"])
            assert preview["edited"] and preview["person"] == "Julianne Smith"
            assert preview["scroll"] and preview["scroll"] > 0  # the reload kept the place
            assert loads[-1]["edited"] and not loads[-1]["note"]  # the rebuilt page
            server.wait_for(r"preview of articles/000[^ ]*/ in [\d.]+ s")
            # a reload cuts what is still loading (the event stream, at times the favicon):
            # not a fault; a failed response or a script error still is
            aborted = " net::ERR_ABORTED"
            assert [p for p in watch.problems if not p.endswith(aborted)] == []
    except Exception:
        print(server.output)  # shown by pytest with the failure
        raise
    finally:
        server.stop()
