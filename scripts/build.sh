#!/usr/bin/env bash
# Configures and builds Tanya into ./build (Release, warnings as errors).
# Usage: scripts/build.sh [extra cmake -D options]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DTANYA_WERROR=ON "$@" >/dev/null
cmake --build build -j"$(nproc)"
