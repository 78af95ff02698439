#!/usr/bin/env bash
# Latency through the server on a site of many articles against one article,
# measured in the same run (docs/performance.md, issue 11's scale figures).
#
# Composes a site of SITE_SIZE articles and one of those articles alone
# (scripts/gen-site.py), indexes both, and for ROUNDS rounds, alternating
# the two, starts `tanya serve` and runs `tanya loadtest`:
#   - one connection asking in a closed loop (a question's cost alone);
#   - CONNECTIONS connections, each asking once per INTERVAL (an offered
#     load of CONNECTIONS/INTERVAL questions a second, arrivals spread).
# Every run first asks each question once, unmeasured, so that no article a
# question is about is read for the first time while measured. Prints the
# median p50 and p99 of each, and the site's p99 as a multiple of the
# article's.
#
# Usage: scripts/site-latency.sh [path/to/tanya]
# Environment: SITE_SIZE (1000), ROUNDS (3), CONNECTIONS (50), INTERVAL
#              (100ms), DURATION (10s), PORT (18095)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${1:-$ROOT/build/tanya}"
SITE_SIZE="${SITE_SIZE:-1000}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-50}"
INTERVAL="${INTERVAL:-100ms}"
DURATION="${DURATION:-10s}"
PORT="${PORT:-18095}"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -KILL "$server_pid"; fi
  rm -rf "$work"
}
trap cleanup EXIT

python3 "$ROOT/scripts/gen-site.py" "$SITE_SIZE" "$work/site" >/dev/null
python3 "$ROOT/scripts/gen-site.py" 1 "$work/one" >/dev/null
echo '{"rate_per_second": 0, "log_requests": false, "max_connections_per_address": 0}' \
  >"$work/server.json"
for s in one site; do
  "$BIN" index --corpus "$work/$s/corpus" --index "$work/$s/index.db" >/dev/null
done

# run SITE MODE: prints "p50 p99" (ms) of one loadtest against a fresh server.
run() {
  local s="$1" mode="$2"
  "$BIN" serve --port "$PORT" --corpus "$work/$s/corpus" --index "$work/$s/index.db" \
    --config "$work/server.json" --no-question-log --watch-corpus-ms 0 --watch-index-ms 0 \
    2>"$work/server.log" &
  server_pid=$!
  for _ in $(seq 1 300); do
    grep -q '"event":"listening"' "$work/server.log" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.1
  done
  local url="ws://127.0.0.1:$PORT/ws" questions="$work/$s/questions.jsonl"
  # Every question once (each article it is about read), then measured.
  local n
  n="$(grep -c . "$questions")"
  "$BIN" loadtest --url "$url" --questions "$questions" --connections "$n" --interval 1s \
    --warmup 0s --duration 1s >/dev/null
  local args=(--connections 1 --interval 0)
  [ "$mode" = paced ] && args=(--connections "$CONNECTIONS" --interval "$INTERVAL")
  "$BIN" loadtest --url "$url" --questions "$questions" "${args[@]}" --warmup 1s \
    --duration "$DURATION" --json |
    python3 -c 'import json, sys; o = json.load(sys.stdin); assert o["errors"] == 0, o; print(o["p50_ms"], o["p99_ms"])'
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

for round in $(seq 1 "$ROUNDS"); do
  for mode in closed paced; do
    for s in one site; do
      echo "$round $mode $s $(run "$s" "$mode")" | tee -a "$work/results" >&2
    done
  done
done

python3 - "$work/results" "$SITE_SIZE" "$CONNECTIONS" "$INTERVAL" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
size, connections, interval = sys.argv[2:5]
def med(mode, site, col):
    return statistics.median(float(r[3 + col]) for r in rows if r[1] == mode and r[2] == site)
for mode, label in (("closed", "1 connection, closed loop"),
                    ("paced", f"{connections} connections, one question each per {interval}")):
    one50, one99 = med(mode, "one", 0), med(mode, "one", 1)
    site50, site99 = med(mode, "site", 0), med(mode, "site", 1)
    print(f"{label}: one article p50 {one50:.3f} ms p99 {one99:.3f} ms; "
          f"{size} articles p50 {site50:.3f} ms p99 {site99:.3f} ms "
          f"(p99 {site99 / one99:.1f}x)")
PY
