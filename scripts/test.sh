#!/usr/bin/env bash
# Install everything the tests need (Python packages in .venv, Debian's Chromium) and run them.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium (Debian package) for the browser tests..."
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  $SUDO apt-get install -y chromium
fi

.venv/bin/ruff check .
.venv/bin/ruff format --check .
# Type check, strict on the whole package (settings in pyproject.toml); turned on once
# every module passes.
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
