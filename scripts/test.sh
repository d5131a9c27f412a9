#!/usr/bin/env bash
# Install everything the tests need (Python packages in .venv, Debian's Chromium, Java and
# the page checkers) and run them.
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

# The page checkers the tests run: axe-core (in Chromium) and the Nu HTML Checker, which
# runs on Java. npm packages pinned here, in the git-ignored .test-tools/ folder.
AXE_CORE=4.14.1
VNU_JAR=26.9.27
missing=()
command -v java >/dev/null || missing+=(default-jre-headless)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (Debian packages) for the page checks..."
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  $SUDO apt-get install -y "${missing[@]}"
fi
if [ "$(cat .test-tools/versions 2>/dev/null)" != "axe-core@$AXE_CORE vnu-jar@$VNU_JAR" ]; then
  npm install --prefix .test-tools --no-save --no-audit --no-fund --ignore-scripts \
    "axe-core@$AXE_CORE" "vnu-jar@$VNU_JAR"
  echo "axe-core@$AXE_CORE vnu-jar@$VNU_JAR" > .test-tools/versions
fi

.venv/bin/ruff check .
.venv/bin/ruff format --check .
# Type check, strict on the whole package (settings in pyproject.toml); turned on once
# every module passes.
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
