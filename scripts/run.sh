#!/usr/bin/env bash
# One command from a fresh Debian bookworm machine to a running bot:
# installs the packages, builds, indexes the corpus and serves it.
# Usage: scripts/run.sh [tanya serve options, e.g. --port 8080]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
./build/tanya index
exec ./build/tanya serve "$@"
