#!/usr/bin/env bash
# Runs the widget's browser tests against a real `tanya serve`.
# Usage: tests/browser/run.sh path/to/tanya    (ctest runs it as browser_widget)
# Exits 77 (ctest: skipped) when chromium or node is missing, unless
# TANYA_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="${1:-${TANYA_BIN:-}}"
if [ -z "$bin" ]; then
  echo "usage: $0 path/to/tanya" >&2
  exit 2
fi
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
chromium="${CHROMIUM:-/usr/bin/chromium}"

missing=""
command -v node >/dev/null 2>&1 || missing="node"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
[ -x "$chromium" ] || missing="$missing $chromium"
if [ -n "$missing" ]; then
  echo "browser tests: missing$missing (install: scripts/setup.sh --with-browser)" >&2
  if [ "${TANYA_REQUIRE_BROWSER:-0}" = "1" ]; then exit 1; fi
  exit 77
fi

cd "$here"
if [ ! -d node_modules/playwright-core ]; then
  # playwright-core only: it drives the system chromium and never downloads
  # browsers (no `npx playwright install`, no internet needed).
  npm install --no-audit --no-fund --loglevel=error
fi
export TANYA_BIN="$bin" CHROMIUM="$chromium"
exec node --test --test-reporter=spec widget.test.mjs
