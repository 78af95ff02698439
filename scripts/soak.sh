#!/usr/bin/env bash
# Soak test (docs/reliability.md, "Soak test"); not part of CI. Runs a real
# `tanya serve` (Release build) on loopback for MINUTES (default 30) under
# steady mixed load from scripts/soak.py: WebSocket readers, /api/ask, signed
# Telegram deliveries to a fake Bot API (deploy/tests/telegram.py) with
# duplicates, clients that vanish, and a SIGHUP index reload every minute.
# Then checks the bounds: no error, RSS grows under 10% over the last 20
# minutes (of a run of 50 or more: the first 30 are warm-up, as long as a
# session lives), every accepted delivery answered exactly once,
# descriptors back to baseline, every reload done. Writes build/soak/{report.json,
# samples.csv, server.log, rss.png}; exits 1 if a bound is broken.
#
# Usage: scripts/soak.sh [MINUTES]   (55 for the figures in docs/reliability.md)
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-30}
scripts/setup.sh --for-soak
scripts/build.sh
out=build/soak
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

./build/tanya index --out "$work/tanya.db" >/dev/null

# The fake Bot API that the outbox delivers replies to.
python3 deploy/tests/telegram.py api --port-file "$work/api.port" --log "$work/api.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/api.port" ] && break; sleep 0.1; done
api_port=$(cat "$work/api.port")

secret=soak-$RANDOM$RANDOM
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# No rate limits and no per-address cap: every client is 127.0.0.1.
cat >"$work/server.json" <<JSON
{"rate_per_second": 0, "max_connections_per_address": 0, "webhook_rate_per_second": 0,
 "log_requests": false}
JSON
TANYA_TELEGRAM_SECRET_TOKEN=$secret TANYA_TELEGRAM_BOT_TOKEN=123:soak \
  TANYA_TELEGRAM_API_BASE="http://127.0.0.1:$api_port" \
  ./build/tanya serve --port "$port" --index "$work/tanya.db" --config "$work/server.json" \
  --state "$work/webhooks.db" --watch-index-ms 0 2>"$out/server.log" &
server=$!
pids+=("$server")
for _ in $(seq 100); do
  grep -q '"event":"listening"' "$out/server.log" 2>/dev/null && break
  sleep 0.1
done
# One question first, so that the baseline holds what answering keeps open.
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
  -d '{"text":"Apa itu kerja sama bilateral?"}' "http://127.0.0.1:$port/api/ask"

status=0
python3 scripts/soak.py --port "$port" --pid "$server" --secret "$secret" \
  --accepted "$work/accepted" --out "$out" --minutes "$minutes" || status=1

# Every accepted delivery answered exactly once through the outbox.
python3 deploy/tests/telegram.py verify --log "$work/api.log" --accepted "$work/accepted" \
  >"$out/webhooks.json" || status=1
python3 - "$out/webhooks.json" <<'PY' || status=1
import json, sys
r = json.load(open(sys.argv[1]))
print("webhooks:", json.dumps(r))
sys.exit(0 if r["lost"] == 0 and r["duplicates"] == 0 else 1)
PY
sent=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["counts"].get("reloads_sent",0))' "$out/report.json")
done_ok=$(grep -c '"event":"reload".*"ok":true' "$out/server.log" || true)
echo "reloads: $sent sent, $done_ok done" >&2
[ "$done_ok" -ge "$sent" ] || status=1
grep -q '"event":"internal_error"' "$out/server.log" && { echo "soak: internal errors logged" >&2; status=1; }

kill -TERM "$server"
wait "$server" || true
# Debian's own Python: matplotlib comes from python3-matplotlib.
/usr/bin/python3 scripts/soak_plot.py "$out/samples.csv" "$out/rss.png" "$minutes"
echo "soak: $([ $status -eq 0 ] && echo passed || echo FAILED) (build/soak/)" >&2
exit $status
