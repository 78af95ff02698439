#!/usr/bin/env bash
# Load benchmark of `tanya serve` (docs/server.md, "Load benchmark").
# Starts the server from a Release build with the rate limit off, then runs
# `tanya loadtest`: 100 connections asking in a closed loop, the same with
# pings (the transport's cost alone), and 10,000 idle connections (memory).
#
# Usage: scripts/loadtest.sh [path/to/tanya]
# Environment: DURATION (10s), CONNECTIONS (100), IDLE_CONNECTIONS (10000),
#              PORT (18090), SERVER_THREADS (1), CORE_THREADS (1), CLIENT_THREADS (1)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${1:-${TANYA_BIN:-}}"
if [ -z "$BIN" ]; then
  BIN="$ROOT/build-release/tanya"
  if [ ! -x "$BIN" ]; then
    echo "loadtest: building $BIN (Release)" >&2
    cmake -S "$ROOT" -B "$ROOT/build-release" -DCMAKE_BUILD_TYPE=Release -DTANYA_BUILD_TESTS=OFF >/dev/null
    cmake --build "$ROOT/build-release" -j2 --target tanya >/dev/null
  fi
fi
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-100}"
IDLE_CONNECTIONS="${IDLE_CONNECTIONS:-10000}"
PORT="${PORT:-18090}"
SERVER_THREADS="${SERVER_THREADS:-1}"
CORE_THREADS="${CORE_THREADS:-1}"
CLIENT_THREADS="${CLIENT_THREADS:-1}"

# Both the server and the client hold one descriptor per connection.
want=$((IDLE_CONNECTIONS + 1024))
hard="$(ulimit -Hn)"
if [ "$hard" != "unlimited" ] && [ "$hard" -lt "$want" ]; then want="$hard"; fi
ulimit -n "$want"
echo "loadtest: ulimit -n $(ulimit -n)" >&2

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -KILL "$server_pid"; fi
  rm -rf "$work"
}
trap cleanup EXIT

cat >"$work/server.json" <<JSON
{"rate_per_second": 0, "max_connections": $((IDLE_CONNECTIONS + 1000)), "log_requests": false,
 "max_connections_per_address": 0,
 "threads": $SERVER_THREADS, "core_threads": $CORE_THREADS}
JSON

cd "$ROOT"
"$BIN" serve --port "$PORT" --config "$work/server.json" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 300); do
  if grep -q '"event":"listening"' "$work/server.log" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    cat "$work/server.log" >&2
    echo "loadtest: the server did not start" >&2
    exit 1
  fi
  sleep 0.1
done
grep '"event":"listening"' "$work/server.log" >&2

url="ws://127.0.0.1:$PORT/ws"
run() {  # mode connections -> one JSON line
  "$BIN" loadtest --url "$url" --mode "$1" --connections "$2" --duration "$DURATION" \
    --threads "$CLIENT_THREADS" --json
}
echo "loadtest: $CONNECTIONS connections asking for $DURATION ..." >&2
ask="$(run ask "$CONNECTIONS")"
echo "loadtest: $CONNECTIONS connections pinging for $DURATION ..." >&2
ping="$(run ping "$CONNECTIONS")"
echo "loadtest: $IDLE_CONNECTIONS idle connections for $DURATION ..." >&2
idle="$(run idle "$IDLE_CONNECTIONS")"

kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""

python3 - "$ask" "$ping" "$idle" "$status" "$(nproc)" <<'PY'
import json, sys
ask, ping, idle = (json.loads(a) for a in sys.argv[1:4])
status, cores = int(sys.argv[4]), sys.argv[5]
mb = 1024 * 1024
print(f"machine: {cores} cores; server, client and core share them")
for name, r in (("ask", ask), ("ping", ping)):
    print(f"{name:5} {r['connected']}/{r['connections']} conns: {r['per_second']:9.0f}/s  "
          f"p50 {r['p50_ms']:.3f} ms  p99 {r['p99_ms']:.3f} ms  p99.9 {r['p999_ms']:.3f} ms  "
          f"max {r['max_ms']:.3f} ms  errors {r['errors']}  server RSS {r['server_rss_bytes']/mb:.1f} MB")
if ask["per_second"] > 0:
    print(f"ping/ask throughput ratio: {ping['per_second']/ask['per_second']:.2f}  "
          f"(p50 ratio ask/ping {ask['p50_ms']/max(ping['p50_ms'],1e-9):.2f})")
print(f"idle  {idle['connected']}/{idle['connections']} conns open (server counts "
      f"{idle['server_open_websockets']}), opened in {idle['connect_seconds']:.2f} s, "
      f"errors {idle['errors']}; server RSS {idle['server_rss_bytes']/mb:.1f} MB "
      f"(before {idle['server_rss_before_bytes']/mb:.1f} MB)")
ok = (ask["per_second"] >= 10000 and ask["p99_ms"] < 10 and ask["errors"] == 0
      and idle["server_rss_bytes"] < 200 * mb and idle["connected"] == idle["connections"])
print(f"server exit status after SIGTERM: {status}")
print("targets (>=10k answers/s, p99 < 10 ms, 0 errors, 10k idle < 200 MB):",
      "met" if ok else "NOT met")
PY
