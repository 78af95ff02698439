#!/usr/bin/env bash
# Scores one article alone in a corpus, as a new user would drop it in:
# copies ARTICLE.md into a scratch corpus, indexes it and runs the shared
# scorer on the question set beside it (ARTICLE.jsonl).
# Usage: scripts/score-article.sh path/to/article.md [more.md ...]
# Prints the scorer's report per article; the last line of each is its accuracy.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tanya="${TANYA:-$root/build/tanya}"
score="${SCORE:-$root/../shared/qa/score.py}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for md in "$@"; do
  name="$(basename "$md" .md)"
  mkdir -p "$scratch/$name/corpus"
  cp "$md" "$scratch/$name/corpus/"
  echo "== $name"
  python3 "$score" "${md%.md}.jsonl" -- "$tanya" ask --jsonl \
    --corpus "$scratch/$name/corpus" --index "$scratch/$name/tanya.db" || true
done
