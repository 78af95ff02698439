#!/usr/bin/env bash
# The container's HEALTHCHECK: GET /healthz on 127.0.0.1:PORT, 200 or fail.
# Plain bash (/dev/tcp) so the runtime image needs no curl or wget.
# deploy/test-nginx.sh runs this very file against a live and a dead replica.
# Usage: healthcheck.sh [PORT]   (default 8080); Docker's --timeout bounds it.
set -euo pipefail
port=${1:-8080}
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$port" >&3
status=""
IFS= read -r -t 3 status <&3 || true
case $status in
  "HTTP/1.1 200 "*) exit 0 ;;
esac
echo "unhealthy: ${status:-no answer}" >&2
exit 1
