#!/usr/bin/env python3
"""Build the site: ``python build.py --help``."""

from site_builder.cli import run

if __name__ == "__main__":
    run()
