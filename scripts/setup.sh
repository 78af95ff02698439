#!/usr/bin/env bash
# Installs everything Tanya needs to build, run and test on Debian bookworm.
# Idempotent: packages already present are skipped by apt. Uses sudo when not root.
# Usage: scripts/setup.sh [--for-tests | --for-soak | --for-fresh-machine]
#        --for-tests (or --with-browser) adds what the tests need: chromium and Node.js for the
#        widget, nginx, redis-server and systemd tools for deploy/, clang-14 and its runtimes for
#        the sanitizer and fuzz builds. --for-soak adds matplotlib for scripts/soak.sh's plot;
#        --for-fresh-machine adds debootstrap for scripts/fresh-machine.sh.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PKGS=(
  build-essential cmake pkg-config git python3 ca-certificates
  libboost1.74-dev libboost-system1.74-dev
  libsqlite3-dev sqlite3
  nlohmann-json3-dev
  catch2
  libstemmer-dev
  libcli11-dev
  libkainjow-mustache-dev
  libssl-dev
  libutf8proc-dev
  libhiredis-dev
  # Articles: CommonMark with tables (md4c) and YAML front matter (yaml-cpp).
  libmd4c-dev libyaml-cpp-dev
  # Importing articles: saved HTML pages and WordPress exports (libxml2's
  # HTML and XML parsers).
  libxml2-dev
  # General Indonesian, for any article: spelling (Hunspell), synonyms
  # (MyThes thesaurus), English-Indonesian (FreeDict, gzip through zlib),
  # English synonyms and word forms for what FreeDict lacks (WordNet).
  libhunspell-dev hunspell-id mythes-id dict-freedict-eng-ind zlib1g-dev wordnet-base
)
if [ "${1:-}" = "--for-tests" ] || [ "${1:-}" = "--with-browser" ] || [ "${TANYA_WITH_BROWSER:-0}" = "1" ]; then
  # The deployment test (deploy/test-nginx.sh): nginx with TLS in front of
  # two replicas, systemd-analyze for the units, strace for their filter.
  PKGS+=(nginx openssl curl systemd procps strace)
  # Shared state between replicas (tests/state, deploy/test-nginx.sh).
  PKGS+=(redis-server)
  PKGS+=(chromium)
  # A machine may already have Node.js from elsewhere (nodesource ships npm
  # inside its "nodejs"); Debian's npm would conflict with it, so Node.js and
  # npm come from Debian only when the commands are missing.
  command -v node >/dev/null 2>&1 || PKGS+=(nodejs)
  command -v npm >/dev/null 2>&1 || PKGS+=(npm)
  # scripts/sanitize.sh and scripts/fuzz.sh (docs/reliability.md):
  # clang-14 compiles the ASan/UBSan and libFuzzer builds;
  PKGS+=(clang-14)
  # its sanitizer and libFuzzer runtimes (only recommended by clang-14, so
  # --no-install-recommends would leave them out);
  PKGS+=(libclang-rt-14-dev)
  # llvm-symbolizer-14, so that a finding's stack trace names files and lines.
  PKGS+=(llvm-14)
fi

# Neither is needed to build or test: scripts/soak.sh draws its RSS plot
# with matplotlib, and scripts/fresh-machine.sh makes its root with debootstrap.
if [ "${1:-}" = "--for-soak" ]; then PKGS+=(python3-matplotlib); fi
if [ "${1:-}" = "--for-fresh-machine" ]; then PKGS+=(debootstrap); fi

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup: all packages present" >&2
fi
