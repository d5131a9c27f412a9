"""``serve``: build, serve under the base path, watch the sources, rebuild and live-reload.

The parts: :mod:`.server` serves the site and the live-reload events (the script is
``livereload.js``), :mod:`.watch` notes changed files, :mod:`.rebuild` runs the build and
publishes its outcome, :mod:`.preview` makes an edited article's page before its rebuild,
and :mod:`.loop` ties them together. The main thread builds (so Ctrl-C interrupts a build
at once), an HTTP thread serves, a watchdog thread notes changes; changes during a build
are gathered into one more build, so a stale build never overwrites a newer one.
"""

from .loop import serve

__all__ = ["serve"]
