#!/usr/bin/env bash
# The README's test command on a bare Debian bookworm, as a new user's
# machine would run it: makes a minimal root with debootstrap (minbase,
# cached after the first run), copies in the committed tree (git archive
# HEAD: nothing uncommitted, nothing built), gives the root /etc/hosts and
# this machine's trusted CA certificates (so that apt and npm reach their
# servers as they do here), and runs .ci/run inside it with chroot.
#
# Not part of CI: it downloads and builds everything from nothing (about
# an hour on 2 cores). Run it before resolving an issue that touches set-up.
# Needs root (chroot, mounts); installs debootstrap through setup.sh.
#
# Usage: scripts/fresh-machine.sh [--keep]   (--keep: leave the root for a look)
# Env:   TANYA_FRESH_CACHE   where the pristine root is cached
#                            (default ~/.cache/tanya/bookworm-minbase.tar)
#        TANYA_FRESH_MIRROR  Debian mirror (default: this machine's, else deb.debian.org)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
keep=0
[ "${1:-}" = "--keep" ] && keep=1
if [ "$(id -u)" -ne 0 ]; then
  exec sudo -E "$0" "$@"
fi
# Files made here must be readable by the services the tests start as
# other users (nginx's workers, for one), as on any installed system.
umask 022

scripts/setup.sh --for-fresh-machine
cache=${TANYA_FRESH_CACHE:-$HOME/.cache/tanya/bookworm-minbase.tar}
mirror=${TANYA_FRESH_MIRROR:-}
if [ -z "$mirror" ]; then
  # The first Debian archive this machine's apt uses (one-line or deb822 format).
  mirror=$( (grep -rhoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' \
    /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null || true) | awk 'NR == 1 {print $2}')
fi
mirror=${mirror:-http://deb.debian.org/debian}

if [ ! -s "$cache" ]; then
  echo "fresh-machine: debootstrap bookworm (minbase) from $mirror" >&2
  staging=$(mktemp -d /var/tmp/tanya-debootstrap.XXXXXX)
  debootstrap --variant=minbase bookworm "$staging" "$mirror" >&2
  mkdir -p "$(dirname "$cache")"
  tar -C "$staging" -cf "$cache.tmp" .
  mv "$cache.tmp" "$cache"
  rm -rf "$staging"
fi

root=$(mktemp -d /var/tmp/tanya-fresh.XXXXXX)
mounts=()
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null || true; done
  if [ "$keep" = 1 ]; then
    echo "fresh-machine: root kept at $root" >&2
  else
    rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT
tar -C "$root" -xf "$cache"
chmod 755 "$root"

# What a real install has and a debootstrap root lacks.
cp /etc/hosts "$root/etc/hosts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/usr/local/share/ca-certificates"
# The host's own additions to the trust store (a proxy's CA, say), which
# update-ca-certificates in the root adds when ca-certificates is installed;
# until then, the host's bundle.
find /usr/local/share/ca-certificates -name '*.crt' -exec cp {} "$root/usr/local/share/ca-certificates/" \;
mkdir -p "$root/etc/ssl/certs"
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
# The host's apt settings (a proxy, say) but not its package sources.
cp -r /etc/apt/apt.conf.d/. "$root/etc/apt/apt.conf.d/" 2>/dev/null || true

# The committed tree only.
mkdir -p "$root/src/tanya"
git -C "$repo" archive HEAD | tar -x -C "$root/src/tanya"

for m in proc sys dev dev/pts dev/shm; do mkdir -p "$root/$m"; done
mount -t proc proc "$root/proc" && mounts+=("$root/proc")
mount --rbind /sys "$root/sys" && mounts+=("$root/sys")
mount --bind /dev "$root/dev" && mounts+=("$root/dev")
mount -t devpts devpts "$root/dev/pts" -o newinstance,ptmxmode=0666 && mounts+=("$root/dev/pts")
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm" && mounts+=("$root/dev/shm")

echo "fresh-machine: .ci/run in $root (log: $root/ci.log)" >&2
status=0
chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
  /bin/bash -c 'cd /src/tanya && .ci/run' >"$root/ci.log" 2>&1 || status=$?
tail -n 40 "$root/ci.log"
mkdir -p "$repo/build" && cp "$root/ci.log" "$repo/build/fresh-machine.log"
echo "fresh-machine: .ci/run exited $status (full log: build/fresh-machine.log)" >&2
exit $status
