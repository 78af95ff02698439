#!/usr/bin/env bash
# What the question log costs answering (issue 12: at most 5%): `tanya
# serve` with the log on and with --no-question-log, in alternating rounds
# so that drift of the machine falls on both alike, each round measured by
# `tanya loadtest` (closed loop over WebSocket, every answer logged).
#
# Usage: scripts/log-overhead.sh [path/to/tanya]
# Environment: ROUNDS (3 per side), DURATION (8s), CONNECTIONS (40), PORT (18095)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${1:-$ROOT/build/tanya}"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-8s}"
CONNECTIONS="${CONNECTIONS:-40}"
PORT="${PORT:-18095}"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -KILL "$server_pid"; fi
  rm -rf "$work"
}
trap cleanup EXIT
echo '{"rate_per_second": 0, "log_requests": false, "max_connections_per_address": 0}' >"$work/server.json"

# Questions a reader asks: answered ones and declined ones, all logged.
questions=(--question "Apa itu kerja sama internasional?" --question "Apa saja bentuk kerja sama internasional?"
  --question "manfaat kerjasama apa aja" --question "Siapa presiden pertama Amerika?")

round() {  # $1: on|off -> answers/s
  rm -f "$work/q.db"*
  local flags=(--question-log "$work/q.db")
  [ "$1" = off ] && flags=(--no-question-log)
  (cd "$ROOT" && exec "$BIN" serve --port "$PORT" --config "$work/server.json" "${flags[@]}") \
    2>"$work/server.log" &
  server_pid=$!
  for _ in $(seq 1 300); do
    grep -q '"event":"listening"' "$work/server.log" 2>/dev/null && break
    sleep 0.1
  done
  local cpu_before cpu_after
  cpu_before="$(awk '{print $14 + $15}' "/proc/$server_pid/stat")"
  "$BIN" loadtest --url "ws://127.0.0.1:$PORT/ws" --connections "$CONNECTIONS" \
    --duration "$DURATION" --warmup 0s "${questions[@]}" --json >"$work/out.json"
  cpu_after="$(awk '{print $14 + $15}' "/proc/$server_pid/stat")"
  kill -TERM "$server_pid"
  wait "$server_pid" || true
  server_pid=""
  # answers/s, and the server's CPU time per answer in µs (the log's cost
  # with less noise than throughput on a machine the client shares).
  python3 -c 'import json,os,sys
o = json.load(open(sys.argv[1]))
cpu = (int(sys.argv[3]) - int(sys.argv[2])) / os.sysconf("SC_CLK_TCK")
print(o["per_second"], 1e6 * cpu / max(1, o["replies"]))' "$work/out.json" "$cpu_before" "$cpu_after"
}

on=()
off=()
for i in $(seq 1 "$ROUNDS"); do
  off+=("$(round off)")
  on+=("$(round on)")
  echo "round $i: log off ${off[-1]}, log on ${on[-1]} (answers/s, server CPU µs/answer)" >&2
done
python3 - "${off[*]}" "${on[*]}" <<'PY'
import statistics, sys
def pairs(text):
    v = [float(x) for x in text.split()]
    return v[0::2], v[1::2]
off, off_cpu = pairs(sys.argv[1])
on, on_cpu = pairs(sys.argv[2])
a, b = statistics.median(off), statistics.median(on)
ca, cb = statistics.median(off_cpu), statistics.median(on_cpu)
print(f"log off: median {a:.0f} answers/s, {ca:.1f} µs server CPU per answer")
print(f"log on:  median {b:.0f} answers/s, {cb:.1f} µs server CPU per answer")
print(f"throughput cost of the log: {100 * (a - b) / a:+.1f}%; CPU per answer: {100 * (cb - ca) / ca:+.1f}%")
PY
