"""The size of a written site against what the host it is published on accepts.

Static hosts refuse sites past a size or a number of files; a build that only learns
that at upload time has wasted the upload. The build report gives the size and file
count of the site it wrote and warns, naming the limit, when one is passed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple


class HostLimits(NamedTuple):
    """What a host accepts of one published site (0: no limit of that kind)."""

    name: str
    max_bytes: int
    max_files: int


# Published limits (the free plans): GitHub Pages refuses a site over 1 GB; GitLab Pages
# caps a site at 1 GB and 200,000 files; Cloudflare Pages a deployment at 20,000 files.
# A gigabyte is taken as 10**9 bytes, the stricter reading of "1 GB".
HOSTS: dict[str, HostLimits] = {
    "github-pages": HostLimits("GitHub Pages", 1_000_000_000, 0),
    "gitlab-pages": HostLimits("GitLab Pages", 1_000_000_000, 200_000),
    "cloudflare-pages": HostLimits("Cloudflare Pages", 0, 20_000),
    "none": HostLimits("your host", 0, 0),  # limits from host_max_bytes/_files only
}
DEFAULT_HOST = "github-pages"


def host_limits(host: str, max_bytes: int = 0, max_files: int = 0) -> HostLimits:
    """Return the limits of ``host`` (a key of :data:`HOSTS`), a non-zero ``max_bytes`` or
    ``max_files`` replacing the host's own. Raises KeyError for an unknown host."""
    known = HOSTS[host]
    return HostLimits(known.name, max_bytes or known.max_bytes, max_files or known.max_files)


class SiteSize(NamedTuple):
    """Apparent size (the sum of file sizes, as a host counts) and number of files."""

    bytes: int
    files: int


def measure_site(root: Path) -> SiteSize:
    """Return the size and file count of the site in ``root`` (symbolic links not followed)."""
    total = files = 0
    for folder, _, names in os.walk(root):
        for name in names:
            st = os.lstat(os.path.join(folder, name))
            total += st.st_size
            files += 1
    return SiteSize(total, files)


def limit_warnings(size: SiteSize, limits: HostLimits) -> list[str]:
    """Return a warning for each of ``limits`` that ``size`` passes."""
    out = []
    if limits.max_bytes and size.bytes > limits.max_bytes:
        out.append(
            f"the site is {human_bytes(size.bytes)}, over the {human_bytes(limits.max_bytes)} "
            f"{limits.name} accepts; it would be refused there (set host, or "
            "host_max_bytes, in site.toml for another host)"
        )
    if limits.max_files and size.files > limits.max_files:
        out.append(
            f"the site has {size.files:,} files, over the {limits.max_files:,} files "
            f"{limits.name} accepts; it would be refused there (set host, or "
            "host_max_files, in site.toml for another host)"
        )
    return out


def describe(size: SiteSize, limits: HostLimits) -> str:
    """Return the report's line on the site's size: the size, the files, the share of the
    host's limits."""
    shares = []
    if limits.max_bytes:
        shares.append(f"{size.bytes / limits.max_bytes:.0%} of {human_bytes(limits.max_bytes)}")
    if limits.max_files:
        shares.append(f"{size.files / limits.max_files:.0%} of {limits.max_files:,} files")
    where = f" ({', '.join(shares)} allowed by {limits.name})" if shares else ""
    return f"{human_bytes(size.bytes)} in {size.files:,} files{where}"


def human_bytes(n: int) -> str:
    """Return a size in decimal units (as hosts state their limits): ``1.2 MB``."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"
