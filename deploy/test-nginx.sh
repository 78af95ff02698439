#!/usr/bin/env bash
# End-to-end test of deploy/: two real `tanya serve` replicas sharing state
# in a real redis-server, behind the real deploy/nginx/tanya.conf (Debian's
# nginx, TLS with a self-signed certificate), all on 127.0.0.1, plus
# `systemd-analyze` on deploy/systemd/. A fake Telegram Bot API
# (tests/telegram.py) receives the replies the replicas' outboxes send.
#
# Usage: deploy/test-nginx.sh [PATH_TO_TANYA]   (default: build/tanya)
#        BENCH=1 deploy/test-nginx.sh [PATH_TO_TANYA]
#   BENCH=1 runs no checks: the same set-up (replicas with their own rate
#   limit off), then `tanya loadtest` against one replica directly and through
#   nginx (TLS) against both, and prints the figures (docs/deploy.md).
#   BENCH_DURATION (10s) and BENCH_CONNECTIONS (100) tune it.
#
# Installs nothing: nginx, redis-server, openssl, curl, python3,
# systemd-analyze and procps must be there (scripts/setup.sh); strace is
# optional (one check skips).
# If a required one is missing it exits 77, which ctest reports as skipped
# (SKIP_RETURN_CODE 77). Runs nothing as a daemon: every process it
# starts is a child, stopped by the EXIT trap. Writes only under a temp dir.
# Prints one line per check and a summary; exits 1 if any check failed.
#
# The checks use "A && B || { report; return 1; }" on purpose: report when
# either A or B is false. (They run as `if` conditions, where set -e is off,
# so every step that matters is tested explicitly like this.)
# shellcheck disable=SC2015
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
tanya=${1:-${TANYA_BIN:-$repo/build/tanya}}

# nginx lives in /usr/sbin, which is not on a normal user's PATH.
export PATH="$PATH:/usr/sbin:/sbin"
for tool in nginx redis-server redis-cli openssl curl python3 systemd-analyze ps pgrep; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (scripts/setup.sh installs it)" >&2
    exit 77
  fi
done
if [ ! -x "$tanya" ]; then
  echo "FAIL: no tanya binary at $tanya" >&2
  exit 1
fi
tanya=$(cd "$(dirname "$tanya")" && pwd)/$(basename "$tanya")

tmp=$(mktemp -d /tmp/tanya-deploy-test.XXXXXX)
# nginx's workers run as www-data when the test runs as root (as in
# production); they must be able to enter the directory.
chmod 755 "$tmp"
declare -a children=()
nginx_pid=""
failures=0

stop_pid() {  # stop_pid PID: SIGTERM, wait up to 5 s, then SIGKILL.
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  # nginx first (its master stops its own workers), then the replicas.
  if [ -n "$nginx_pid" ]; then stop_pid "$nginx_pid"; fi
  local pid
  for pid in "${children[@]}"; do stop_pid "$pid"; done
  # Processes started inside a check (a subshell, so not in $children).
  if [ -f "$tmp/more.pids" ]; then
    while read -r pid; do stop_pid "$pid"; done <"$tmp/more.pids"
  fi
  if [ "$failures" -eq 0 ] && [ "$status" -eq 0 ] && [ "${KEEP_TMP:-0}" != 1 ]; then
    rm -rf "$tmp"
  else
    echo "logs kept in $tmp" >&2
  fi
}
trap cleanup EXIT
# A signal (ctest's timeout, ^C) must also reach the cleanup: exit through it.
trap 'exit 143' TERM
trap 'exit 130' INT

# --- Check bookkeeping ---------------------------------------------------------

declare -a summary=()
check() {  # check NAME COMMAND...: runs it, records PASS/FAIL with its output.
  local name=$1
  shift
  local out rc=0
  # Not in $(...): a check may start processes (a restarted replica) that
  # must stay this shell's children, and must not hold a pipe open.
  "$@" >"$tmp/check.out" 2>&1 || rc=$?
  out=$(cat "$tmp/check.out")
  if [ "$rc" -eq 0 ]; then
    summary+=("PASS  $name")
    echo "PASS  $name${out:+  ($out)}"
  elif [ "$rc" -eq 77 ]; then  # the check could not run here; not a failure
    summary+=("SKIP  $name  ($out)")
    echo "SKIP  $name  ($out)"
  else
    summary+=("FAIL  $name")
    failures=$((failures + 1))
    echo "FAIL  $name"
    # shellcheck disable=SC2001
    [ -z "$out" ] || sed 's/^/      /' <<<"$out"
  fi
}

free_port() {  # a port nothing listens on now (the kernel picks it)
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# --- Certificate ---------------------------------------------------------------

"$here/certs/make-self-signed.sh" "$tmp/certs" localhost >/dev/null
cacert=$tmp/certs/fullchain.pem

# --- Shared state: redis-server ----------------------------------------------------

# In memory only (no RDB, no AOF): what is tested is sharing between the
# replicas, not Redis's own durability (docs/deploy.md says how to run it).
redis_port=$(free_port)
mkdir -p "$tmp/redis"
redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$tmp/redis" --save '' \
  --appendonly no --daemonize no --logfile "$tmp/redis/redis.log" &
children+=("$!")
for i in $(seq 100); do  # up to 10 s
  [ "$(redis-cli -p "$redis_port" ping 2>/dev/null)" = PONG ] && break
  sleep 0.1
done
[ "$(redis-cli -p "$redis_port" ping 2>/dev/null)" = PONG ] ||
  { echo "FAIL: redis-server did not start" >&2; cat "$tmp/redis/redis.log" >&2; exit 1; }
state_url=redis://127.0.0.1:$redis_port/0

# --- A fake Telegram Bot API ---------------------------------------------------------

tg=$here/tests/telegram.py
python3 "$tg" api --port-file "$tmp/tg.port" --log "$tmp/tg.jsonl" 2>"$tmp/tg.err" &
children+=("$!")
for i in $(seq 100); do
  [ -s "$tmp/tg.port" ] && break
  sleep 0.1
done
[ -s "$tmp/tg.port" ] || { echo "FAIL: fake Telegram API did not start" >&2; exit 1; }
tg_port=$(cat "$tmp/tg.port")
tg_secret=tg-secret-$RANDOM$RANDOM

# --- Replicas --------------------------------------------------------------------

# A webhook channel that needs no platform: the generic JSON one.
rest_token=test-token-$RANDOM$RANDOM
declare -a ports=() rpids=() replica_args=()
if [ "${BENCH:-0}" = 1 ]; then
  # The replicas' per-connection limit would measure itself, not the path.
  echo '{"rate_per_second": 0, "log_requests": false}' >"$tmp/bench.json"
  replica_args=(--config "$tmp/bench.json")
fi
# start_replica N [PORT]: own index, state shared in Redis. Without PORT: a
# new index and port 0. With PORT: a restart on the same port and index, as
# `systemctl restart tanya@PORT` does. Telegram replies go through the outbox
# to the fake API; a claim by a killed replica expires after 3 s (lease).
start_replica() {
  local n=$1 port=${2:-}
  local dir=$tmp/replica$n
  local log=$dir/stderr.log
  mkdir -p "$dir"
  if [ -z "$port" ]; then
    # Run from the temp dir: no ./corpus or ./bot there, so the embedded
    # article and bot data are used, as on a server (the checkout's are the same).
    (cd "$dir" && "$tanya" index --out "$dir/tanya.db" >/dev/null)
  else
    log=$dir/stderr-restart.log
  fi
  : >"$log"  # exists before the child opens it: the poll below reads it
  (cd "$dir" && exec env TANYA_REST_TOKEN="$rest_token" \
     TANYA_TELEGRAM_SECRET_TOKEN="$tg_secret" TANYA_TELEGRAM_BOT_TOKEN=123:test \
     TANYA_TELEGRAM_API_BASE="http://127.0.0.1:$tg_port" TANYA_OUTBOUND_TIMEOUT_MS=1000 \
     TANYA_OUTBOX_LEASE_MS=3000 TANYA_OUTBOX_BACKOFF_MS=200 \
     "$tanya" serve --host 127.0.0.1 --port "${port:-0}" --trust-proxy --watch-index-ms 0 "${replica_args[@]}" \
     --index "$dir/tanya.db" --state "$state_url") >>"$dir/stdout.log" 2>"$log" &
  local pid=$!
  children+=("$pid")
  port=""
  local i
  for i in $(seq 100); do  # up to 20 s for the "listening" line
    port=$(sed -n 's/.*"event":"listening".*"port":\([0-9][0-9]*\).*/\1/p;T;q' "$log")
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if [ -z "$port" ]; then
    echo "FAIL: replica $n did not start:" >&2
    cat "$log" >&2
    exit 1
  fi
  ports[n]=$port
  rpids[n]=$pid
}
start_replica 1
start_replica 2
p1=${ports[1]}
p2=${ports[2]}

# --- nginx: render the production file with test values -----------------------

tls_port=$(free_port)
http_port=$(free_port)
ngx=$tmp/nginx
mkdir -p "$ngx/acme"

# Replaces each OLD by NEW literally, and fails if an OLD is missing: a
# changed deploy/nginx/tanya.conf must update this list, not be silently
# tested with its production paths or ports still in it.
render() {  # render SRC DST OLD NEW [OLD NEW]...
  python3 - "$@" <<'PY'
import sys
src, dst, pairs = sys.argv[1], sys.argv[2], sys.argv[3:]
text = open(src).read()
for old, new in zip(pairs[0::2], pairs[1::2]):
    if old not in text:
        sys.exit(f"render: {old!r} not found in {src}")
    text = text.replace(old, new)
open(dst, "w").write(text)
PY
}

render "$here/nginx/tanya.conf" "$ngx/tanya.conf" \
  "    listen [::]:443 ssl http2;"$'\n' "" \
  "    listen [::]:80;"$'\n' "" \
  "listen 443 ssl http2;" "listen 127.0.0.1:$tls_port ssl http2;" \
  "listen 80;" "listen 127.0.0.1:$http_port;" \
  "server 127.0.0.1:8081 " "server 127.0.0.1:$p1 " \
  "server 127.0.0.1:8082 " "server 127.0.0.1:$p2 " \
  "server_name tanya.example.com;" "server_name localhost;" \
  "/etc/letsencrypt/live/tanya.example.com" "$tmp/certs" \
  "/var/cache/nginx/tanya" "$ngx/cache" \
  "/var/www/letsencrypt" "$ngx/acme" \
  "/var/log/nginx/" "$ngx/"
# Nothing of the production values may be left over.
for prod in /etc/ /var/ '[::]' :8081 :8082 tanya.example.com ' 443' ' 80;'; do
  if grep -nF -- "$prod" "$ngx/tanya.conf" | grep -v '^[0-9]*:\s*#' >&2; then
    echo "FAIL: rendered nginx config still has '$prod'" >&2
    exit 1
  fi
done

# The main file is Debian's own /etc/nginx/nginx.conf, so tanya.conf is
# tested inside the http block it is installed into (which already has, for
# example, `gzip on`), with only its paths moved into the temp dir.
render /etc/nginx/nginx.conf "$ngx/nginx.conf" \
  "pid /run/nginx.pid;" "" \
  "/var/log/nginx/" "$ngx/" \
  "include /etc/nginx/conf.d/*.conf;" \
  "include $ngx/tanya.conf;
	client_body_temp_path $ngx/client_body;
	proxy_temp_path $ngx/proxy;
	fastcgi_temp_path $ngx/fastcgi;
	uwsgi_temp_path $ngx/uwsgi;
	scgi_temp_path $ngx/scgi;" \
  "include /etc/nginx/sites-enabled/*;" ""

ngx_args=(-p "$ngx" -c "$ngx/nginx.conf" -e "$ngx/error.log")
check "nginx -t accepts deploy/nginx/tanya.conf in Debian's nginx.conf" \
  nginx "${ngx_args[@]}" -t -q -g "pid $ngx/nginx.pid;"

nginx "${ngx_args[@]}" -g "daemon off; pid $ngx/nginx.pid;" 2>>"$ngx/error.log" &
nginx_pid=$!
base=https://127.0.0.1:$tls_port
for i in $(seq 100); do  # up to 10 s
  curl -s -o /dev/null --max-time 1 --cacert "$cacert" "$base/healthz" && break
  kill -0 "$nginx_pid" 2>/dev/null || { echo "FAIL: nginx exited:" >&2; cat "$ngx/error.log" >&2; exit 1; }
  sleep 0.1
done

# --- BENCH=1: load through nginx beside one replica alone ---------------------------

if [ "${BENCH:-0}" = 1 ]; then
  duration=${BENCH_DURATION:-10s}
  conns=${BENCH_CONNECTIONS:-100}
  echo "bench: $conns connections asking for $duration, one replica directly ..." >&2
  direct=$("$tanya" loadtest --url "ws://127.0.0.1:$p1/ws" --connections "$conns" \
    --duration "$duration" --json)
  echo "bench: the same through nginx (TLS) to two replicas ..." >&2
  via=$("$tanya" loadtest --url "wss://127.0.0.1:$tls_port/ws" --cafile "$cacert" \
    --origin "https://127.0.0.1:$tls_port" --connections "$conns" --duration "$duration" --json)
  python3 - "$direct" "$via" "$(nproc)" <<'PY'
import json, sys
direct, via = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"machine: {sys.argv[3]} cores shared by nginx, the replicas, Redis and the client")
for name, r in (("1 replica, no nginx", direct), ("nginx TLS, 2 replicas", via)):
    print(f"{name:22} {r['connected']}/{r['connections']} conns: {r['per_second']:8.0f} answers/s  "
          f"p50 {r['p50_ms']:.2f} ms  p99 {r['p99_ms']:.2f} ms  max {r['max_ms']:.2f} ms  "
          f"errors {r['errors']}")
PY
  exit 0
fi

# Every request verifies the certificate against the test CA (no -k).
c() { curl -sS --max-time 10 --cacert "$cacert" "$@"; }
ask_body='{"text":"Apa itu kerja sama bilateral?"}'

# --- Checks through nginx ------------------------------------------------------------

t_health() {
  local body code
  code=$(c -o "$tmp/h.json" -w '%{http_code}' "$base/healthz")
  body=$(cat "$tmp/h.json")
  [ "$code" = 200 ] && [ "$body" = '{"status":"ok"}' ] || { echo "healthz: $code $body"; return 1; }
  code=$(c -o "$tmp/r.json" -w '%{http_code}' "$base/readyz")
  [ "$code" = 200 ] && grep -q '"ready"' "$tmp/r.json" || { echo "readyz: $code $(cat "$tmp/r.json")"; return 1; }
}
check "/healthz and /readyz over HTTPS (certificate verified)" t_health

t_tls() {
  local v
  v=$(c -o /dev/null -D "$tmp/tls.h" -w '%{http_version}' --http2 "$base/healthz")
  [ "$v" = 2 ] || { echo "HTTP version $v, expected 2 (h2 over TLS)"; return 1; }
  grep -qi '^strict-transport-security: max-age=' "$tmp/tls.h" || { echo "no HSTS header"; return 1; }
  echo "HTTP/$v, HSTS"
}
check "TLS: HTTP/2 negotiated, HSTS sent" t_tls

t_redirect() {
  local out
  out=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$http_port/x?y=1")
  [ "$out" = "301 https://127.0.0.1/x?y=1" ] || { echo "got: $out"; return 1; }
}
check "plain HTTP redirects to HTTPS" t_redirect

t_ask() {
  local code
  code=$(c -o "$tmp/a.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    -d "$ask_body" "$base/api/ask")
  [ "$code" = 200 ] || { echo "status $code: $(cat "$tmp/a.json")"; return 1; }
  python3 - "$tmp/a.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
assert a["found"] is True, a
assert "bilateral" in a["answer"].lower(), a["answer"]
assert len(a["session"]) >= 8, a
PY
}
check "POST /api/ask answers found:true" t_ask

t_widget() {
  local f direct
  for f in widget.js widget.css; do
    c -o "$tmp/$f.gz" -D "$tmp/$f.h1" -H 'Accept-Encoding: gzip' "$base/$f"
    grep -qi '^content-encoding: gzip' "$tmp/$f.h1" || { echo "$f not gzipped"; cat "$tmp/$f.h1"; return 1; }
    grep -qi '^cache-control: .*max-age=[1-9]' "$tmp/$f.h1" || { echo "$f: no Cache-Control max-age"; return 1; }
    grep -qi '^etag: ' "$tmp/$f.h1" || { echo "$f: no ETag"; return 1; }
    # The same bytes the replica serves, once decompressed.
    direct=$(curl -sS --max-time 10 "http://127.0.0.1:$p1/$f" | sha256sum)
    [ "$(gzip -dc "$tmp/$f.gz" | sha256sum)" = "$direct" ] || { echo "$f: body differs from the replica's"; return 1; }
    # Second request: from nginx's cache.
    c -o /dev/null -D "$tmp/$f.h2" -H 'Accept-Encoding: gzip' "$base/$f"
    grep -qi '^x-cache-status: HIT' "$tmp/$f.h2" || { echo "$f: second request not a cache HIT"; cat "$tmp/$f.h2"; return 1; }
    # Revalidation with the (weak, since gzipped) ETag: 304, no body.
    local etag code
    etag=$(sed -n 's/^[Ee][Tt][Aa][Gg]: *\(.*\)\r$/\1/p' "$tmp/$f.h1")
    code=$(c -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: gzip' -H "If-None-Match: $etag" "$base/$f")
    [ "$code" = 304 ] || { echo "$f: If-None-Match $etag gave $code"; return 1; }
  done
  echo "gzip, $(sed -n 's/^[Cc]ache-[Cc]ontrol: *\(.*\)\r$/\1/p' "$tmp/widget.js.h1"), cache HIT, 304"
}
check "/widget.js and /widget.css: gzip, Cache-Control, ETag, cached, 304" t_widget

http_questions() {  # http_questions PORT: the replica's own count of /api/ask answers
  curl -sS --max-time 5 "http://127.0.0.1:$1/metrics" |
    awk '/^tanya_questions_total\{channel="http"/ { n += $NF } END { print n + 0 }'
}

t_balance() {
  local b1 b2 a1 a2 i n=10
  b1=$(http_questions "$p1")
  b2=$(http_questions "$p2")
  for i in $(seq $n); do
    c -o /dev/null -f -X POST -d "$ask_body" "$base/api/ask" || { echo "request $i failed"; return 1; }
    sleep 0.25  # 4/s, under the 5/s limit: this check is about balancing
  done
  a1=$(http_questions "$p1")
  a2=$(http_questions "$p2")
  echo "replica 1: $((a1 - b1)), replica 2: $((a2 - b2)) of $n"
  [ $((a1 - b1 + a2 - b2)) -eq $n ] && [ $((a1 - b1)) -ge 1 ] && [ $((a2 - b2)) -ge 1 ]
}
check "load balanced: both replicas answer /api/ask" t_balance

# The question log lives in the shared Redis: `tanya report` over it counts
# the questions of both replicas (each log writes within 200 ms).
logged_http() {
  "$tanya" report --state "$state_url" --since 1d --json --index "$tmp/report-index.db" 2>/dev/null |
    python3 -c 'import json,sys; print(sum(c["questions"] for c in json.load(sys.stdin)["channels"] if c["channel"] == "http"))'
}
t_question_log() {
  local before after i n=6 b1 b2 a1 a2
  before=$(logged_http) || { echo "tanya report failed"; return 1; }
  b1=$(http_questions "$p1")
  b2=$(http_questions "$p2")
  for i in $(seq $n); do
    c -o /dev/null -f -X POST -d "$ask_body" "$base/api/ask" || { echo "request $i failed"; return 1; }
    sleep 0.25
  done
  a1=$(http_questions "$p1")
  a2=$(http_questions "$p2")
  for i in $(seq 50); do
    after=$(logged_http)
    [ $((after - before)) -ge $n ] && break
    sleep 0.1
  done
  echo "report: $((after - before)) new questions; replica 1 answered $((a1 - b1)), replica 2 $((a2 - b2))"
  [ $((after - before)) -eq $n ] && [ $((a1 - b1)) -ge 1 ] && [ $((a2 - b2)) -ge 1 ]
}
check "question log in the shared Redis: tanya report counts both replicas' questions" t_question_log

t_ws() {
  python3 "$here/tests/ws_chat.py" --url "wss://127.0.0.1:$tls_port/ws" --cafile "$cacert" \
    --origin "https://127.0.0.1:$tls_port"
}
check "WebSocket chat through nginx (browser Origin, follow-up keeps context)" t_ws

t_ws_origin() {
  python3 "$here/tests/ws_chat.py" --url "wss://127.0.0.1:$tls_port/ws" --cafile "$cacert" \
    --origin "https://evil.example" --expect-status 403
}
check "WebSocket from a foreign Origin is still refused (403) behind nginx" t_ws_origin

t_metrics_hidden() {
  local code
  code=$(c -o /dev/null -w '%{http_code}' "$base/metrics")
  [ "$code" = 404 ] || { echo "/metrics through nginx gave $code"; return 1; }
}
check "/metrics is not exposed through nginx" t_metrics_hidden

webhook() {  # webhook MESSAGE_ID TEXT OUT_FILE: the generic JSON channel
  c -o "$3" -w '%{http_code}' -X POST "$base/webhooks/rest/webhook" \
    -H "Authorization: Bearer $rest_token" -H 'Content-Type: application/json' \
    -d "{\"sender\":\"reader-$4\",\"message_id\":\"$1\",\"message\":\"$2\"}"
}
rest_answered() {  # rest_answered PORT: webhook messages this replica answered
  curl -sS --max-time 5 "http://127.0.0.1:$1/metrics" |
    awk '/^tanya_webhook_messages_total\{.*result="answered"/ { n += $NF } END { print n + 0 }'
}

t_webhooks() {
  local code
  code=$(webhook m1 "Apa itu kerja sama regional?" "$tmp/w1.json" 1)
  [ "$code" = 200 ] || { echo "first message: $code $(cat "$tmp/w1.json")"; return 1; }
  code=$(webhook m2 "Contohnya?" "$tmp/w2.json" 1)
  [ "$code" = 200 ] || { echo "follow-up: $code $(cat "$tmp/w2.json")"; return 1; }
  code=$(webhook m2 "Contohnya?" "$tmp/w3.json" 1)
  [ "$code" = 200 ] || { echo "retry: $code $(cat "$tmp/w3.json")"; return 1; }
  # Control: the same words from another reader, who has no context.
  code=$(webhook c1 "Contohnya?" "$tmp/w4.json" 3)
  [ "$code" = 200 ] || { echo "control: $code $(cat "$tmp/w4.json")"; return 1; }
  python3 - "$tmp/w1.json" "$tmp/w2.json" "$tmp/w3.json" "$tmp/w4.json" <<'PY' || return 1
import json, sys
first, follow, retry, control = (json.load(open(p)) for p in sys.argv[1:])
text = lambda msgs: " ".join(m["text"] for m in msgs)
assert "regional" in text(first).lower(), first
# With the context: regional cooperation's examples only (no WTO).
assert "ASEAN" in text(follow) and "WTO" not in text(follow), ("follow-up lost its context", follow)
assert text(control) != text(follow), ("a reader without context got the same answer", control)
assert retry == [], ("a retried delivery was answered again", retry)
PY
  local n1 n2
  n1=$(rest_answered "$p1")
  n2=$(rest_answered "$p2")
  echo "answered by replica 1: $n1, replica 2: $n2"
  # Three answers in all (the retry is not one), shared by both replicas.
  [ $((n1 + n2)) -eq 3 ] && [ "$n1" -ge 1 ] && [ "$n2" -ge 1 ]
}
check "webhooks balanced over both replicas: follow-up has context, retry answered once" t_webhooks

# --- Telegram across replicas (state in Redis) -----------------------------------------

tg_post() {  # tg_post URL UPDATE_ID CHAT TEXT: prints the HTTP status
  c -o /dev/null -w '%{http_code}' -X POST "$1" -H 'Content-Type: application/json' \
    -H "X-Telegram-Bot-Api-Secret-Token: $tg_secret" \
    -d "{\"update_id\":$2,\"message\":{\"message_id\":$2,\"date\":1,\"text\":\"$4\",\"chat\":{\"id\":$3,\"type\":\"private\"},\"from\":{\"id\":$3,\"is_bot\":false,\"first_name\":\"T\"}}}"
}
tg_replies() {  # tg_replies CHAT N: the texts sent to CHAT (JSON list), once N arrived
  python3 "$tg" replies --log "$tmp/tg.jsonl" --chat "$1" --wait-for "$2" --timeout 15
}
tg_answered() {  # tg_answered PORT: Telegram messages this replica answered
  curl -sS --max-time 5 "http://127.0.0.1:$1/metrics" |
    awk '/^tanya_webhook_messages_total\{.*channel="telegram".*result="answered"/ { n += $NF } END { print n + 0 }'
}
# Asserts that the second reply of a conversation kept the first one's
# context (regional cooperation's examples only) and that a reader without
# context got something else.
tg_assert_followup() {  # tg_assert_followup FOLLOWUP_JSON CONTROL_JSON
  python3 - "$1" "$2" <<'PY'
import json, sys
conv, control = (json.loads(a) for a in sys.argv[1:])
assert len(conv) == 2, ("expected two replies", conv)
assert "regional" in conv[0].lower(), conv[0]
assert "ASEAN" in conv[1] and "WTO" not in conv[1], ("follow-up lost its context", conv[1])
assert control and control[0] != conv[1], ("a reader without context got the same answer", control)
PY
}

t_telegram_direct() {
  local code control
  code=$(tg_post "http://127.0.0.1:$p1/webhook/telegram" 7001001 7001 "Apa itu kerja sama regional?")
  [ "$code" = 200 ] || { echo "first message to replica 1: $code"; return 1; }
  tg_replies 7001 1 >/dev/null
  code=$(tg_post "http://127.0.0.1:$p2/webhook/telegram" 7001002 7001 "Contohnya?")
  [ "$code" = 200 ] || { echo "follow-up to replica 2: $code"; return 1; }
  code=$(tg_post "http://127.0.0.1:$p2/webhook/telegram" 7002001 7002 "Contohnya?")
  [ "$code" = 200 ] || { echo "control: $code"; return 1; }
  control=$(tg_replies 7002 1)
  tg_assert_followup "$(tg_replies 7001 2)" "$control" || return 1
  echo "message 1 on :$p1, follow-up on :$p2 answered with its context"
}
check "Telegram: a conversation's two messages on two replicas' own ports keeps its context" t_telegram_direct

t_telegram_nginx() {
  local code a1 a2 b1 b2 first second
  a1=$(tg_answered "$p1")
  a2=$(tg_answered "$p2")
  code=$(tg_post "$base/webhook/telegram" 7003001 7003 "Apa itu kerja sama regional?")
  [ "$code" = 200 ] || { echo "first message through nginx: $code"; return 1; }
  tg_replies 7003 1 >/dev/null
  b1=$(tg_answered "$p1")
  b2=$(tg_answered "$p2")
  first=$([ "$b1" -gt "$a1" ] && echo 1 || echo 2)
  code=$(tg_post "$base/webhook/telegram" 7003002 7003 "Contohnya?")
  [ "$code" = 200 ] || { echo "follow-up through nginx: $code"; return 1; }
  tg_replies 7003 2 >/dev/null
  second=$([ "$(tg_answered "$p1")" -gt "$b1" ] && echo 1 || echo 2)
  tg_assert_followup "$(tg_replies 7003 2)" "$(tg_replies 7002 1)" || return 1
  [ "$first" != "$second" ] || { echo "both messages went to replica $first (nginx did not alternate)"; return 1; }
  echo "message 1 answered by replica $first, follow-up by replica $second, context kept"
}
check "Telegram through nginx: the two messages reach different replicas, context kept" t_telegram_nginx

t_telegram_duplicate() {
  local code where
  # One update delivered four times: to each replica, twice through nginx.
  for where in "http://127.0.0.1:$p1" "http://127.0.0.1:$p2" "$base" "$base"; do
    code=$(tg_post "$where/webhook/telegram" 7004001 7004 "Apa tujuan kerja sama internasional?")
    [ "$code" = 200 ] || { echo "delivery to $where: $code"; return 1; }
  done
  tg_replies 7004 1 >/dev/null
  sleep 2  # time for a second reply to arrive, if one were queued
  python3 - "$(tg_replies 7004 1)" <<'PY'
import json, sys
replies = json.loads(sys.argv[1])
assert len(replies) == 1, ("a retried update was answered %d times" % len(replies), replies)
PY
  echo "4 deliveries of one update_id over both replicas: 1 reply"
}
check "Telegram: a duplicate delivery is answered once across replicas" t_telegram_duplicate

t_question_log_webhooks() {
  local channels
  channels=$("$tanya" report --state "$state_url" --since 1d --json --index "$tmp/report-index.db" 2>/dev/null |
    python3 -c 'import json,sys; print(" ".join(sorted(c["channel"] for c in json.load(sys.stdin)["channels"])))')
  echo "channels in the log: $channels"
  [[ " $channels " == *" rest "* ]] && [[ " $channels " == *" telegram "* ]]
}
check "question log: webhook questions are logged with their channel" t_question_log_webhooks

t_ws_resume() {
  python3 "$here/tests/ws_chat.py" --url "ws://127.0.0.1:$p1/ws" \
    --resume-url "ws://127.0.0.1:$p2/ws" --timeout 20 &&
    python3 "$here/tests/ws_chat.py" --url "wss://127.0.0.1:$tls_port/ws" --cafile "$cacert" \
      --origin "https://127.0.0.1:$tls_port" --resume-url "wss://127.0.0.1:$tls_port/ws" --timeout 20
}
check "WebSocket: a session started on replica 1 resumes on replica 2 (hello) with its context" t_ws_resume

burst() {  # burst NAME N URL [curl options]: N requests at once; prints "count code" lines
  local name=$1 n=$2 url=$3
  shift 3
  local dir=$tmp/burst-$name
  mkdir -p "$dir"
  local -a args=()
  local i
  # Each response kept (body and headers) to inspect a 429 from the burst.
  for i in $(seq "$n"); do args+=(-o "$dir/$i.body" -D "$dir/$i.head" "$url"); done
  curl -s --no-progress-meter --max-time 20 --cacert "$cacert" --parallel --parallel-immediate \
    --parallel-max "$n" -w '%{http_code}\n' "$@" "${args[@]}" 2>"$dir/curl.err" | sort | uniq -c
}

t_rate_ask() {
  local counts limited ok body
  counts=$(burst ask 60 "$base/api/ask" -X POST -d "$ask_body")
  limited=$(awk '$2 == 429 { print $1 }' <<<"$counts")
  ok=$(awk '$2 == 200 { print $1 }' <<<"$counts")
  echo "60 at once: ${ok:-0} answered, ${limited:-0} got 429"
  [ "${limited:-0}" -ge 1 ] && [ "${ok:-0}" -ge 1 ] || return 1
  # The 429s are nginx's (tanya's own limit is per connection, and each
  # proxied request is a new connection), in the same JSON form as tanya's.
  # Bodies are kept per request (-o is per URL), but curl 7.88 writes every
  # response's headers to the last -D file: look for a 429 with Retry-After
  # among all of them, not beside one body.
  body=$(grep -l '"error":"rate_limited"' "$tmp"/burst-ask/*.body | head -1)
  [ -n "$body" ] || { echo "no 429 body in tanya's JSON form"; return 1; }
  awk '/^HTTP\/[0-9.]* / { limited = ($2 == 429) }
       limited && tolower($0) ~ /^retry-after: *[0-9]/ { found = 1 }
       END { exit !found }' "$tmp"/burst-ask/*.head ||
    { echo "no 429 with Retry-After: $(grep -h '^HTTP' "$tmp"/burst-ask/*.head | sort | uniq -c)"; return 1; }
}
check "rate limit on /api/ask: a burst gets 429 JSON with Retry-After" t_rate_ask

t_rate_webhooks() {
  local path counts limited
  for path in /webhook/telegram /webhooks/rest/webhook; do
    counts=$(burst "${path//\//_}" 150 "$base$path" -X POST -d '{}')
    limited=$(awk '$2 == 429 { print $1 }' <<<"$counts")
    echo "$path: ${limited:-0} of 150 got 429"
    [ "${limited:-0}" -ge 1 ] || return 1
  done
}
check "rate limit on /webhook/ and /webhooks/" t_rate_webhooks

# --- systemd units -------------------------------------------------------------------

t_systemd() {
  local unit out
  mkdir -p "$tmp/systemd"
  # verify insists that ExecStart's binary exists: point it at this build.
  for unit in tanya.service tanya@.service; do
    sed "s|/usr/local/bin/tanya|$tanya|" "$here/systemd/$unit" >"$tmp/systemd/$unit"
  done
  for unit in tanya.service tanya@8081.service; do
    # Unknown keys are only warnings (exit 0), so any output is a failure.
    out=$(cd "$tmp/systemd" && systemd-analyze verify "$tmp/systemd/$unit" 2>&1) || { echo "$out"; return 1; }
    [ -z "$out" ] || { echo "$unit: $out"; return 1; }
  done
  # Exposure score 0 (locked down) to 10 (unprotected); fail above 2.0.
  systemd-analyze security --offline=true --threshold=20 "$tmp/systemd/tanya.service" >"$tmp/systemd/security.txt" 2>&1 ||
    { tail -1 "$tmp/systemd/security.txt"; return 1; }
  # tanya.service must be tanya@.service for port 8081, nothing else.
  diff <(sed '1,/^$/d' "$here/systemd/tanya.service") \
       <(sed -e '1,/^$/d' -e 's/(replica on port %i)/(single replica on port 8081)/' -e 's/%i/8081/g' \
             "$here/systemd/tanya@.service") || { echo "tanya.service drifted from tanya@.service"; return 1; }
  grep -o 'exposure level for tanya.service: [0-9.]*' "$tmp/systemd/security.txt"
}
check "systemd: verify passes, exposure <= 2.0, single unit = template" t_systemd

# Expands a systemd syscall group (nested @groups included) to syscall names.
syscall_group() {
  local entry
  systemd-analyze syscall-filter "$1" | sed -e 's/^ *//' -e '/^#/d' -e '/^$/d' | tail -n +2 |
    while read -r entry; do
      case $entry in
        @*) syscall_group "$entry" ;;
        *) echo "$entry" ;;
      esac
    done
}

# The unit's SystemCallFilter and ProtectSystem=strict cannot be run here
# (no systemd as PID 1), so trace what a replica really does instead: every
# system call must be allowed by the filter, and every file it writes must be
# under its state directory.
t_syscalls() {
  command -v strace >/dev/null 2>&1 || { echo "strace not installed"; return 77; }
  local dir=$tmp/strace port="" i pid
  # state/ plays /var/lib/tanya, which systemd creates (StateDirectory=).
  mkdir -p "$dir/state"
  : >"$dir/stderr.log"
  # The unit runs tanya as an unprivileged user, and that changes what it
  # calls (SQLite fchown()s its journal only when run as root), so as root
  # the traced replica runs as nobody.
  local -a as_user=()
  if [ "$(id -u)" -eq 0 ]; then
    chown 65534:65534 "$dir" "$dir/state"
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
  fi
  # Its stdout goes to a file: this check runs inside $(...), which would
  # otherwise wait for the replica to close the pipe.
  (cd "$dir" && exec env TANYA_REST_TOKEN="$rest_token" "${as_user[@]}" strace -f -qq -o "$dir/trace" \
     "$tanya" serve --host 127.0.0.1 --port 0 --index "$dir/state/tanya.db" \
     --state "$dir/state/webhooks.db") >"$dir/stdout.log" 2>"$dir/stderr.log" &
  local strace_pid=$!
  echo "$strace_pid" >>"$tmp/more.pids"
  for i in $(seq 100); do  # up to 20 s: strace slows the start
    port=$(sed -n 's/.*"event":"listening".*"port":\([0-9][0-9]*\).*/\1/p;T;q' "$dir/stderr.log")
    [ -n "$port" ] && break
    sleep 0.2
  done
  [ -n "$port" ] || { echo "traced replica did not start: $(cat "$dir/stderr.log")"; return 1; }
  # SIGTERM must reach tanya itself (strace would only detach from it).
  pid=$(pgrep -P "$strace_pid" | head -1)
  [ -n "$pid" ] || { echo "no tanya process under strace"; return 1; }
  echo "$pid" >>"$tmp/more.pids"
  # What production does: health, a question, a webhook (state written),
  # assets, metrics, WebSocket chats; then SIGTERM's drain and exit.
  local u=http://127.0.0.1:$port
  curl -sf --max-time 10 -o /dev/null "$u/healthz" &&
    curl -sf --max-time 10 -o /dev/null -X POST -d "$ask_body" "$u/api/ask" &&
    curl -sf --max-time 10 -o /dev/null "$u/webhooks/rest/webhook" -H "Authorization: Bearer $rest_token" \
      -d '{"sender":"s1","message_id":"x1","message":"Apa itu kerja sama regional?"}' &&
    curl -sf --max-time 10 -o /dev/null "$u/widget.js" &&
    curl -sf --max-time 10 -o /dev/null "$u/metrics" ||
    { echo "traced replica did not answer"; return 1; }
  timeout 30 "$tanya" loadtest --url "ws://127.0.0.1:$port/ws" --connections 2 --duration 1s \
    --warmup 0s >"$dir/loadtest.txt" 2>&1 || { echo "WebSocket load failed: $(cat "$dir/loadtest.txt")"; return 1; }
  # Not stop_pid: it is not this shell's child. tanya exits within 5 s.
  # (strace reaps it, so kill -0 tells when it is gone; strace then exits.)
  kill -TERM "$pid"
  for i in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then echo "traced replica did not exit on SIGTERM"; return 1; fi
  wait "$strace_pid" || { echo "traced replica exited with status $?"; return 1; }
  [ -s "$dir/state/webhooks.db" ] || { echo "the webhook state was not written"; return 1; }

  sed -n 's/^[0-9]* *\([a-z_0-9]*\)(.*/\1/p' "$dir/trace" | sort -u >"$dir/used"
  # The unit's filter: @system-service, minus @privileged and @resources,
  # plus any single call it names after them (SystemCallFilter=setpriority).
  local extra
  extra=$(sed -n 's/^SystemCallFilter=\([a-z_][a-z_0-9]*\)$/\1/p' "$here/systemd/tanya.service")
  { syscall_group @system-service; printf '%s\n' $extra; } | sort -u >"$dir/allowed"
  { syscall_group @privileged; syscall_group @resources; } | sort -u | comm -23 - <(printf '%s\n' $extra | sort -u) >"$dir/denied"
  [ "$(wc -l <"$dir/used")" -ge 20 ] || { echo "trace too short: $(wc -l <"$dir/used") calls"; return 1; }
  local bad
  bad=$(comm -23 "$dir/used" "$dir/allowed"; comm -12 "$dir/used" "$dir/denied")
  [ -z "$bad" ] || { echo "system calls the unit's filter would refuse: $(tr "\n" " " <<<"$bad")"; return 1; }
  # Files opened for writing, created, renamed or removed.
  bad=$(grep -E '(openat\(.*O_(WRONLY|RDWR|CREAT)|rename|unlink|mkdir)' "$dir/trace" |
        grep -o '"/[^"]*"' | tr -d '"' | grep -v -e "^$dir/state/" -e "^$dir/state\$" -e '^/dev/null$' | sort -u || true)
  [ -z "$bad" ] || { echo "writes outside the state directory: $(tr "\n" " " <<<"$bad")"; return 1; }
  echo "$(wc -l <"$dir/used") distinct system calls, all in @system-service minus @privileged @resources; writes only in the state dir"
}
check "systemd: a traced replica uses only the unit's allowed system calls and paths" t_syscalls

# --- Container image (no engine here to build it: check what can be) -----------

t_dockerfile() {
  local df=$here/Dockerfile pkgs lib pkg missing=""
  # Build steps are CI's: .ci/run runs scripts/test.sh, which runs these two.
  grep -q '^ && scripts/setup.sh \\$' "$df" && grep -q '^ && scripts/build.sh \\$' "$df" ||
    { echo "the build stage does not run scripts/setup.sh and scripts/build.sh"; return 1; }
  grep -q '^scripts/setup.sh' "$repo/scripts/test.sh" && grep -q '^scripts/build.sh' "$repo/scripts/test.sh" ||
    { echo "scripts/test.sh no longer runs setup.sh and build.sh: align deploy/Dockerfile"; return 1; }
  grep -q '^USER tanya' "$df" && grep -q '^HEALTHCHECK ' "$df" || { echo "no USER or HEALTHCHECK"; return 1; }
  # The runtime stage installs the package of every shared library tanya loads.
  pkgs=$(sed -n 's/^ARG RUNTIME_PACKAGES="\(.*\)"$/\1/p' "$df")
  [ -n "$pkgs" ] || { echo "no RUNTIME_PACKAGES in the Dockerfile"; return 1; }
  local libs
  libs=$(ldd "$tanya" | awk '$2 == "=>" && $3 ~ /^\// { print $3 }')
  grep -q libsqlite3 <<<"$libs" || { echo "ldd listed no libsqlite3: $libs"; return 1; }
  for lib in $libs; do
    pkg=$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null) || { echo "no package owns $lib"; return 1; }
    pkg=${pkg%%:*}
    case " $pkgs " in *" $pkg "*) ;; *) missing="$missing $pkg" ;; esac
  done
  [ -z "$missing" ] || { echo "runtime stage lacks:$missing"; return 1; }
  echo "runtime packages cover ldd; build = scripts/setup.sh + scripts/build.sh"
}
check "Dockerfile: CI's build scripts, non-root, runtime libs match ldd (not built: no engine)" t_dockerfile

# --- Rolling restart (docs/deploy.md, "Upgrade") ----------------------------------

ws_open() {  # ws_open PORT: WebSockets open on that replica, from its metrics
  curl -sS --max-time 5 "http://127.0.0.1:$1/metrics" |
    awk '/^tanya_open_connections\{kind="websocket"\}/ { print $NF; exit }'
}

# held_ws OUT ARGS...: ws_chat.py ARGS through nginx in the background, its
# output in OUT; returns once it printed {"event":"open"} (its pid in
# $held_pid), or fails.
held_ws() {
  local out=$1 i
  shift
  python3 "$here/tests/ws_chat.py" --url "wss://127.0.0.1:$tls_port/ws" --cafile "$cacert" \
    "$@" >"$out" 2>&1 &
  held_pid=$!
  children+=("$held_pid")
  for i in $(seq 100); do  # up to 10 s
    grep -q '"open"' "$out" && return 0
    kill -0 "$held_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "held WebSocket did not open: $(cat "$out")"
  return 1
}

t_rolling_restart() {
  local hold_out=$tmp/hold.out hold_pid i n victim="" code failed=0
  # A reader connected through nginx while their replica is restarted.
  held_ws "$hold_out" --hold 1001 --timeout 30 || return 1
  hold_pid=$held_pid
  for n in 1 2; do
    [ "$(ws_open "${ports[n]}")" = 1 ] && victim=$n
  done
  [ -n "$victim" ] || { echo "no replica reports the held WebSocket"; return 1; }

  # systemctl restart = SIGTERM, wait for the exit, start again on the port.
  kill -TERM "${rpids[victim]}"
  for i in $(seq 8); do  # questions keep being answered meanwhile
    code=$(c -o /dev/null -w '%{http_code}' -X POST -d "$ask_body" "$base/api/ask") || code=error
    [ "$code" = 200 ] || failed=$((failed + 1))
    sleep 0.25
  done
  for i in $(seq 100); do  # tanya exits within 5 s of SIGTERM
    kill -0 "${rpids[victim]}" 2>/dev/null || break
    [ "$(ps -o stat= -p "${rpids[victim]}")" = Z ] && break
    sleep 0.1
  done
  local status=0
  wait "${rpids[victim]}" || status=$?
  [ "$status" -eq 0 ] || { echo "replica $victim exited with $status on SIGTERM"; return 1; }
  local hold_status=0
  wait "$hold_pid" || hold_status=$?
  [ "$hold_status" -eq 0 ] || { echo "held WebSocket: $(cat "$hold_out")"; return 1; }
  [ "$failed" -eq 0 ] || { echo "$failed of 8 questions failed during the restart"; return 1; }

  start_replica "$victim" "${ports[victim]}"
  # nginx skips a replica for fail_timeout (5 s) after a refused connection;
  # then it is tried again. The documented restart loop waits for this too.
  sleep 5.5
  local before after
  before=$(http_questions "${ports[victim]}")
  for i in $(seq 6); do
    c -o /dev/null -f -X POST -d "$ask_body" "$base/api/ask" || { echo "request after the restart failed"; return 1; }
    sleep 0.25
  done
  after=$(http_questions "${ports[victim]}")
  [ $((after - before)) -ge 1 ] || { echo "the restarted replica gets no traffic"; return 1; }
  echo "replica $victim: WebSocket closed 1001 through nginx, exit 0, 8/8 answered meanwhile, back with $((after - before))/6 after"
}
check "rolling restart: SIGTERM drains (WebSocket 1001 via nginx), no request fails, replica rejoins" t_rolling_restart

# --- Live article update: an index swapped by SIGHUP (docs/deploy.md) -------------------

# The running replicas answer from the embedded article; the new index adds a
# second one. The replicas run with --watch-index-ms 0, so only the signal
# can make them reload.
t_sighup_swap() {
  local out=$tmp/swap.out pid i n reloads
  mkdir -p "$tmp/corpus2"
  cp "$repo"/corpus/* "$tmp/corpus2/"
  cat >"$tmp/corpus2/terumbu-karang.md" <<'MD'
---
title: Terumbu Karang dan Manfaatnya
source: deploy/test-nginx.sh
subject: Terumbu Karang
language: id
---

# Terumbu Karang dan Manfaatnya

Terumbu karang adalah ekosistem di dasar laut tropis yang dibangun oleh hewan karang penghasil kapur.

## Manfaat Terumbu Karang

- Tempat hidup dan berkembang biak ikan.
- Pelindung pantai dari ombak dan abrasi.
- Sumber penghasilan nelayan dan pariwisata.
MD
  held_ws "$out" --origin "https://127.0.0.1:$tls_port" --swap-file "$tmp/swapped" \
    --swap-question "Apa yang melindungi pantai dari ombak?" \
    --swap-expect "Terumbu Karang dan Manfaatnya" --timeout 60 || return 1
  pid=$held_pid
  for n in 1 2; do
    # As in production: write the new index next to the live one, then signal.
    (cd "$tmp" && "$tanya" index --corpus "$tmp/corpus2" --out "$tmp/replica$n/tanya.db" >/dev/null) ||
      { echo "tanya index failed"; return 1; }
    kill -HUP "${rpids[n]}"
  done
  for n in 1 2; do
    for i in $(seq 100); do  # up to 10 s
      reloads=$(cat "$tmp/replica$n"/stderr*.log | grep '"event":"reload"' | grep -c '"ok":true' || true)
      [ "$reloads" -ge 1 ] && break
      sleep 0.1
    done
    [ "$reloads" -ge 1 ] || { echo "replica $n did not reload: $(grep reload "$tmp/replica$n"/stderr*.log)"; return 1; }
  done
  touch "$tmp/swapped"
  wait "$pid" || { echo "$(cat "$out")"; return 1; }
  echo "both replicas reloaded on SIGHUP; the open WebSocket answers from the new article"
}
check "index swapped by SIGHUP while a WebSocket stays open through nginx" t_sighup_swap

# --- A replica dies under webhook load --------------------------------------------------

# Telegram-style delivery through nginx (each update retried until 200, as
# Telegram does), replica 1 SIGKILLed after the first 40 were accepted.
# Every accepted update must get its reply: what replica 1 committed lives in
# Redis, and its claimed deliveries are sent by replica 2 once their lease ends.
t_kill_under_load() {
  local load_pid i n=0
  : >"$tmp/accepted"
  python3 "$tg" send --url "$base/webhook/telegram" --secret "$tg_secret" --cafile "$cacert" \
    --first-update 8000000 --count 150 --concurrency 6 --accepted "$tmp/accepted" \
    --timeout 90 >"$tmp/load.out" 2>&1 &
  load_pid=$!
  children+=("$load_pid")
  for i in $(seq 300); do  # up to 30 s
    n=$(wc -l <"$tmp/accepted")
    [ "$n" -ge 40 ] && break
    kill -0 "$load_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ "$n" -ge 40 ] || { echo "load did not start: $(cat "$tmp/load.out")"; return 1; }
  kill -KILL "${rpids[1]}"
  wait "${rpids[1]}" 2>/dev/null || true
  echo "killed replica 1 after $n accepted updates"
  wait "$load_pid" || { echo "sender: $(cat "$tmp/load.out")"; return 1; }
  python3 "$tg" verify --log "$tmp/tg.jsonl" --accepted "$tmp/accepted" --timeout 40 \
    >"$tmp/verify.out" || {
    echo "verify: $(cat "$tmp/verify.out")"
    # What Redis still holds of the outbox, to see where a reply stopped.
    redis-cli -p "$redis_port" --scan --pattern 'tanya:*outbox*' | head -20
    redis-cli -p "$redis_port" zrange tanya:outbox:ready 0 -1 withscores | head -10
    return 1
  }
  echo "sender: $(cat "$tmp/load.out"); replies: $(cat "$tmp/verify.out")"
}
check "replica 1 SIGKILLed under webhook load: no accepted Telegram update lost" t_kill_under_load

sleep 4  # let /api/ask's per-address bucket refill after the bursts above (5/s)

t_failover() {
  local i code
  for i in $(seq 8); do
    code=$(c -o "$tmp/f.json" -w '%{http_code}' -X POST -d "$ask_body" "$base/api/ask")
    [ "$code" = 200 ] && grep -q '"found":true' "$tmp/f.json" ||
      { echo "request $i after the kill: $code $(cat "$tmp/f.json")"; return 1; }
    sleep 0.25
  done
  code=$(c -o /dev/null -w '%{http_code}' "$base/healthz")
  [ "$code" = 200 ] || { echo "healthz after the kill: $code"; return 1; }
  t_ws >/dev/null || { echo "WebSocket chat after the kill failed"; return 1; }
  # The survivor takes every webhook (new sender: no context needed).
  local before
  before=$(rest_answered "$p2")
  code=$(webhook k1 "Apa itu kerja sama regional?" "$tmp/k1.json" 2)
  [ "$code" = 200 ] && grep -q regional "$tmp/k1.json" || { echo "webhook after the kill: $code $(cat "$tmp/k1.json")"; return 1; }
  [ "$(rest_answered "$p2")" -eq $((before + 1)) ] || { echo "replica 2 did not answer the webhook"; return 1; }
  echo "8/8 /api/ask, /healthz, WebSocket chat and a webhook answered by replica 2"
}
check "replica 1 killed (SIGKILL): replica 2 keeps serving through nginx" t_failover

t_healthcheck() {
  "$here/docker/healthcheck.sh" "$p2" || { echo "healthy replica reported unhealthy"; return 1; }
  if "$here/docker/healthcheck.sh" "$p1" 2>/dev/null; then echo "dead replica reported healthy"; return 1; fi
}
check "container HEALTHCHECK script: live replica healthy, killed one not" t_healthcheck

# --- Both replicas down --------------------------------------------------------------

stop_pid "${rpids[2]}"

t_all_down() {
  local code
  code=$(c -o "$tmp/d.json" -D "$tmp/d.h" -w '%{http_code}' -X POST -d "$ask_body" "$base/api/ask")
  [ "$code" = 503 ] && grep -q '"error":"unavailable"' "$tmp/d.json" && grep -qi '^retry-after:' "$tmp/d.h" ||
    { echo "with no replica: $code $(cat "$tmp/d.json")"; return 1; }
  # The widget still loads, from nginx's cache, so pages do not break.
  code=$(c -o /dev/null -w '%{http_code}' "$base/widget.js")
  [ "$code" = 200 ] || { echo "widget.js with no replica: $code"; return 1; }
  echo "503 JSON with Retry-After; widget.js 200 from the cache"
}
check "no replica left: 503 in JSON, widget.js still served from the cache" t_all_down

# --- Summary ---------------------------------------------------------------------------

echo
echo "== deploy/test-nginx.sh summary (nginx $(nginx -v 2>&1 | sed 's|.*/||'), replicas on :$p1 :$p2, TLS :$tls_port) =="
printf '%s\n' "${summary[@]}"
echo "$(( ${#summary[@]} - failures )) passed, $failures failed"
[ "$failures" -eq 0 ]
