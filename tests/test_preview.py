"""The dev server's preview of an edit (``site_builder/serve/preview.py``), in process with the
real model: the edited page at once, from memory, then the rebuild in its place."""

from __future__ import annotations

import re
import shutil
import threading
import urllib.request
from pathlib import Path

import pytest
from conftest import require_model

from site_builder.config import Config
from site_builder.serve import preview
from site_builder.serve.rebuild import PREVIEW_WORTH, Builder, load_model_for_edits
from site_builder.serve.server import PREVIEW_NOTE, BuildState, bind, make_handler

MARKER = "zebracornmarker"  # lower case: no name of its own
# names the seeds know (their entities), with text that must come out escaped; Julianne
# Smith is named in the other seed only, so her name is linked here (a first mention)
KNOWN = (
    f"\n\nVladimir Putin spoke about NATO <b>again</b> with Julianne Smith, said the {MARKER}"
    " & his staff.\n"
)


@pytest.fixture
def served(seeds_copy: Path, tmp_path: Path, shared_cache: Path) -> tuple[Builder, Config]:
    """The seeds built as ``serve`` builds them, the model loaded, previews prepared."""
    require_model()
    config = Config(
        input_dir=seeds_copy,
        output_dir=tmp_path / "site",
        cache_dir=shared_cache,
        search=False,
        dev_mode=True,
        verbose=-1,
    )
    builder = Builder(config, BuildState(), preview="always")  # the seeds build quickly
    assert builder.build_once()
    assert load_model_for_edits(config)
    builder.prepare_preview()
    return builder, config


def _article(config: Config, builder: Builder, name: str) -> tuple[Path, str]:
    """A seed file and the output path of its page."""
    assert builder.base is not None
    path = config.input_dir / name
    (article,) = [a for a in builder.base.site.articles if a.source_path == name]
    return path, f"articles/{article.slug}/index.html"


def _paragraph(html: str, marker: str) -> str:
    """The ``<p>`` element holding ``marker``."""
    found = re.search(r"<p id=\"p\d+\">(?:(?!</p>).)*" + marker + r".*?</p>", html, re.S)
    assert found, f"{marker} not in a paragraph"
    return found.group(0)


def test_the_edited_page_is_shown_at_once_then_the_rebuild_replaces_it(
    served: tuple[Builder, Config],
) -> None:
    builder, config = served
    state = builder.state
    path, page = _article(config, builder, "000_1e3144c01c9fb4da.txt")
    on_disk = (config.output_dir / page).read_bytes()
    before = state.snapshot()
    path.write_text(path.read_text("utf-8") + KNOWN, "utf-8")

    # with the editor's test file that came and went while saving (vim's "4913")
    assert builder.preview([str(config.input_dir / "4913"), str(path)])
    after = state.snapshot()
    assert after["id"] == before["id"] + 1 and after["ok"] and after["preview"]
    shown = (state.preview_page(page) or b"").decode()
    new = _paragraph(shown, MARKER)
    assert "&lt;b&gt;again&lt;/b&gt;" in new and "<b>" not in new  # the text is escaped
    assert "&amp;" in new and " & " not in new
    assert builder.base is not None
    smith = next(e.id for e in builder.base.site.resolution.entities if e.name == "Julianne Smith")
    assert f'href="/entities/{smith}/"' in new  # a known name is linked at once
    # the rest of the page is the page in place, and nothing was written to the site
    for old in re.findall(r"<p id=\"p\d+\">.*?</p>", on_disk.decode(), re.S):
        assert old in shown
    assert (config.output_dir / page).read_bytes() == on_disk
    assert state.preview_page("index.html") is None

    assert builder.build_once()
    assert state.preview == {} and not state.snapshot()["preview"]
    rebuilt = (config.output_dir / page).read_text("utf-8")
    # names the archive knew are linked by the rebuild as the preview linked them
    assert _paragraph(rebuilt, MARKER) == new


def test_an_unknown_name_stays_plain_and_an_unchanged_paragraph_keeps_its_links(
    served: tuple[Builder, Config],
) -> None:
    builder, config = served
    path, page = _article(config, builder, "004_49f0d4c9f33063e6.txt")
    in_place = (config.output_dir / page).read_text("utf-8")
    text = path.read_text("utf-8")
    path.write_text(text + f"\n\n{MARKER} Quillavern Oxtraddle spoke in Kyiv.\n", "utf-8")
    assert builder.preview([str(path)])
    shown = (builder.state.preview_page(page) or b"").decode()
    new = _paragraph(shown, MARKER)
    assert "Quillavern Oxtraddle" in new
    assert not re.search(r"<a [^>]*>Quillavern", new)
    # every paragraph of the page in place comes out as it was
    for old in re.findall(r"<p id=\"p\d+\">.*?</p>", in_place, re.S):
        assert old in shown


@pytest.mark.parametrize(
    "change", ["title", "new file", "sidecar", "removed", "broken", "many", "unchanged"]
)
def test_edits_a_page_cannot_follow_wait_for_the_rebuild(
    served: tuple[Builder, Config], change: str
) -> None:
    builder, config = served
    path, _ = _article(config, builder, "000_1e3144c01c9fb4da.txt")
    paths = [path]
    if change == "title":  # a .txt article's title is its first sentence: its page moves
        path.write_text("A wholly new first sentence. " + path.read_text("utf-8"), "utf-8")
    elif change == "new file":
        paths = [config.input_dir / "new.md"]
        paths[0].write_text("---\ntitle: New\n---\nVladimir Putin spoke.\n", "utf-8")
    elif change == "sidecar":
        paths = [config.input_dir / "000_1e3144c01c9fb4da.meta.yml"]
        paths[0].write_text("source: Elsewhere\n", "utf-8")
    elif change == "removed":
        path.unlink()
    elif change == "broken":
        path.write_text("", "utf-8")
    elif change == "unchanged":  # saved as it was
        path.write_bytes(path.read_bytes())
    else:
        copies = [config.input_dir / f"copy{i}.txt" for i in range(preview.MAX_FILES)]
        for copy in copies:
            shutil.copy(path, copy)
        paths += copies
    before = builder.state.snapshot()
    assert not builder.preview([str(p) for p in paths])
    assert builder.state.snapshot() == before and builder.state.preview == {}


def test_auto_previews_only_when_a_build_takes_a_while(served: tuple[Builder, Config]) -> None:
    builder, config = served
    path, _ = _article(config, builder, "000_1e3144c01c9fb4da.txt")
    path.write_text(path.read_text("utf-8") + KNOWN, "utf-8")
    builder.preview_mode = "auto"
    builder.took = PREVIEW_WORTH / 2  # the rebuild will be as quick as a preview
    assert not builder.preview([str(path)])
    builder.took = PREVIEW_WORTH * 2
    assert builder.preview([str(path)])
    builder.preview_mode = "never"
    assert not builder.preview([str(path)])


def test_no_preview_while_the_last_build_failed(served: tuple[Builder, Config]) -> None:
    builder, config = served
    path, _ = _article(config, builder, "000_1e3144c01c9fb4da.txt")
    path.write_text(path.read_text("utf-8") + KNOWN, "utf-8")
    builder.state.publish(False, "a template error")  # the banner: the last good site
    assert not builder.preview([str(path)])


def test_the_server_serves_the_preview_until_the_rebuild(served: tuple[Builder, Config]) -> None:
    builder, config = served
    path, page = _article(config, builder, "000_1e3144c01c9fb4da.txt")
    handler = make_handler(config.base_path, builder.state)
    server = bind("127.0.0.1", 0, handler, config.output_dir)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"

    def get(relative: str) -> str:
        with urllib.request.urlopen(base + relative, timeout=10) as r:
            return r.read().decode("utf-8")

    try:
        url = page.removesuffix("index.html")
        path.write_text(path.read_text("utf-8") + KNOWN, "utf-8")
        assert builder.preview([str(path)])
        for shown in (get(url), get(page)):
            assert MARKER in shown and "Preview of your edit" in shown
            assert shown.index("Preview of your edit") < shown.index(MARKER)
        assert PREVIEW_NOTE.split(":")[0] in shown
        other = get("index.html")
        assert "Preview of your edit" not in other
        assert builder.build_once()
        final = get(url)
        assert MARKER in final and "Preview of your edit" not in final
    finally:
        server.shutdown()
        server.server_close()


def test_a_markdown_edit_is_sanitised_in_the_preview(served: tuple[Builder, Config]) -> None:
    """Raw HTML in Markdown goes through the same sanitiser as in a build."""
    builder, config = served
    path = config.input_dir / "hostile.md"
    path.write_text("---\ntitle: Hostile\ndate: 2022-02-20\n---\nVladimir Putin spoke.\n", "utf-8")
    assert builder.build_once()
    _, page = _article(config, builder, "hostile.md")
    path.write_text(
        path.read_text("utf-8")
        + f'\n<script>alert("{MARKER}")</script>\n\n'
        + f'<img src=x onerror="alert(1)"> [link](javascript:alert(2)) **{MARKER}**\n',
        "utf-8",
    )
    assert builder.preview([str(path)])
    shown = (builder.state.preview_page(page) or b"").decode()
    assert f"<strong>{MARKER}</strong>" in shown  # Markdown is rendered
    main = shown[shown.index("<main") : shown.index("</main>")]
    assert "<script" not in main and "onerror=" not in main and 'href="javascript' not in main


def test_an_edit_saved_while_a_build_runs_is_previewed_during_it(
    served: tuple[Builder, Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The author saves again while the rebuild of the first save runs: the second save
    is previewed at once, the build publishes the first, the preview of the second stays
    until the next build publishes it."""
    import time

    from site_builder.serve import rebuild
    from site_builder.serve.watch import Changes

    builder, config = served
    state = builder.state
    path, page = _article(config, builder, "000_1e3144c01c9fb4da.txt")
    original = path.read_text("utf-8")
    path.write_text(original + "\n\nThe first save, zebrafirstmarker.\n", "utf-8")
    changes = Changes()
    build = rebuild.build
    during: dict[str, bytes | None] = {}

    def build_then_save(*args: object, **kwargs: object) -> object:
        # the build has read the files (and written the site, not yet published): the
        # second save arrives now, and is previewed by the server's other thread
        result = build(*args, **kwargs)  # type: ignore[arg-type]
        path.write_text(original + KNOWN, "utf-8")
        changes.add(str(path))
        deadline = time.monotonic() + 30
        while state.preview_page(page) is None and time.monotonic() < deadline:
            time.sleep(0.02)
        during["page"] = state.preview_page(page)
        return result

    monkeypatch.setattr(rebuild, "build", build_then_save)
    assert builder.build_once(changes)
    monkeypatch.undo()

    shown = during["page"]
    assert shown is not None and MARKER.encode() in shown and b"zebrafirstmarker" not in shown
    assert b"Julianne Smith</a>" in shown
    # the build published the first save; the second is still previewed
    built = (config.output_dir / page).read_text("utf-8")
    assert "zebrafirstmarker" in built and MARKER not in built
    assert state.preview_page(page) == shown and state.snapshot()["preview"]

    # the next round: the same text is already previewed (no second reload), then the
    # build publishes it and the preview ends
    paths = changes.wait()
    assert paths == [str(path)]
    before = state.snapshot()["id"]
    assert builder.preview(paths)
    assert state.snapshot()["id"] == before
    assert builder.build_once(changes)
    assert state.preview_page(page) is None
    assert MARKER in (config.output_dir / page).read_text("utf-8")


def test_a_preview_shown_while_a_build_ran_outlives_it_but_not_a_failure() -> None:
    state = BuildState()
    state.show_preview({"a": b"1"})
    state.begin_build()
    state.publish(True)
    assert state.preview_page("a") is None  # shown before the build: the build has it

    state.begin_build()
    state.show_preview({"a": b"2"})
    state.publish(True)
    assert state.preview_page("a") == b"2"  # newer than what the build read
    state.begin_build()
    state.publish(True)
    assert state.preview_page("a") is None

    # one article previewed before the build, another saved while it ran: the build has
    # the first (its preview ends), not the second (its preview stays)
    state.show_preview({"a": b"3"})
    state.begin_build()
    state.show_preview({"b": b"4"})
    assert state.preview_page("a") == b"3" and state.preview_page("b") == b"4"
    state.publish(True)
    assert state.preview_page("a") is None and state.preview_page("b") == b"4"
    assert state.snapshot()["preview"]
    state.begin_build()
    state.publish(True)
    assert not state.snapshot()["preview"]

    state.begin_build()
    state.show_preview({"a": b"5"})
    state.publish(False, "a template error")
    assert state.preview_page("a") is None  # a failed build shows its error instead
