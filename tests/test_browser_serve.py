"""``serve`` with a real browser: the page reloads itself after an edit, and a broken
template shows its error banner in the open page; nothing errors in the console."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import PageWatch, chromium
from test_serve import Server, _append, _args, _free_port

pytestmark = [pytest.mark.browser, pytest.mark.slow]


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
            page = browser.new_page()
            watch = PageWatch(page)
            page.goto(url)
            page.click("main a[href*='/articles/000']")
            page.wait_for_load_state("load")
            article_url = page.url
            page.evaluate("window.__before_edit = true")

            _append(article, "\nThe quokkanometer reading was published on Friday.\n")
            page.wait_for_function(
                "() => document.body && document.body.innerText.includes('quokkanometer')",
                timeout=60_000,
            )
            assert page.url == article_url
            assert page.evaluate("typeof window.__before_edit") == "undefined"  # it reloaded

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
            # the event stream is cut when the page reloads itself: that is expected
            problems = [
                p for p in watch.problems if not p.endswith("/repo/__livereload net::ERR_ABORTED")
            ]
            assert problems == []
    finally:
        server.stop()
