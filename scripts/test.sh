#!/usr/bin/env bash
# One command from a fresh Debian bookworm machine to every test passing:
# installs the packages (browser tests included), builds with warnings as
# errors, runs the whole ctest suite and the quality floor on the question
# sets, then the same suites under ASan and UBSan and every fuzz target for
# a short while (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --for-tests
scripts/build.sh
(
  cd build
  # A missing browser fails the browser tests here instead of skipping them.
  export TANYA_REQUIRE_BROWSER=1
  ctest --output-on-failure --timeout 600 -j2
)
# Memory errors, leaks and undefined behaviour in the suites above.
scripts/sanitize.sh
# Each fuzz target from its seeds: the seeds themselves are the regression
# cases of past findings, and 20 s more finds shallow new ones.
scripts/fuzz.sh all "${TANYA_FUZZ_SECONDS:-20}"
