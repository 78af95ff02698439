#!/usr/bin/env bash
# Makes a self-signed TLS certificate for tests and local trials, never for
# production (there, use a certificate from a CA: docs/deploy.md).
#
# Usage: deploy/certs/make-self-signed.sh OUT_DIR [DNS_NAME]
# Writes OUT_DIR/fullchain.pem and OUT_DIR/privkey.pem: the same file names
# as certbot's /etc/letsencrypt/live/NAME/, so deploy/nginx/tanya.conf only
# needs its directory changed to use either.
#
# The certificate names DNS_NAME (default localhost) and the IP 127.0.0.1 in
# subjectAltName, so clients can verify it against itself (curl --cacert)
# instead of turning verification off with -k.
set -euo pipefail

if [ "$#" -lt 1 ] || [ "$#" -gt 2 ]; then
  echo "usage: $0 OUT_DIR [DNS_NAME]" >&2
  exit 2
fi
out=$1
name=${2:-localhost}

mkdir -p "$out"
# The key must never be readable by others, even for the instant between
# creating the file and a chmod: create it under a strict umask.
umask 077
# P-256 instead of RSA: generated instantly, which matters on a shared
# test machine, and every current TLS client accepts it.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
  -days 30 -subj "/CN=$name" \
  -addext "subjectAltName=DNS:$name,IP:127.0.0.1" \
  -keyout "$out/privkey.pem" -out "$out/fullchain.pem" 2>/dev/null
chmod 644 "$out/fullchain.pem"
echo "$out/fullchain.pem"
