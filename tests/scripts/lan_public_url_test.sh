#!/usr/bin/env bash
# scripts/lan-public-url, which scripts/run uses for a meeting room: a LAN
# address only for --bind 0.0.0.0 (or ::) without a public URL, with the port
# given; nothing when a public URL is set or the node stays on loopback.
set -euo pipefail
cd "$(dirname "$0")/../.."
lan=$(hostname -I 2>/dev/null | tr ' ' '\n' | grep -v '^127\.' | grep -v ':' | head -n 1 || true)
failures=0
expect() {
  local want="$1"
  shift
  local got
  got=$(env -u KRING_PUBLIC_URL scripts/lan-public-url "$@" 2>/dev/null)
  if [ "$got" != "$want" ]; then
    echo "lan-public-url $*: got '$got', want '$want'" >&2
    failures=$((failures + 1))
  fi
}
if [ -n "$lan" ]; then
  expect "http://$lan:8080" --bind 0.0.0.0
  expect "http://$lan:9090" --bind 0.0.0.0 --port 9090
  expect "http://$lan:9091" --port=9091 --bind=0.0.0.0
  expect "http://$lan:8080" --bind ::
else
  echo "no LAN address on this machine: only the cases without one are checked" >&2
fi
expect "" --bind 0.0.0.0 --public-url http://kring.lan:8080
expect "" --bind=0.0.0.0 --public-url=https://kring.example.org
expect "" --bind 127.0.0.1
expect ""
got=$(KRING_PUBLIC_URL=http://set.example:1 scripts/lan-public-url --bind 0.0.0.0)
[ -z "$got" ] || { echo "KRING_PUBLIC_URL set: got '$got'" >&2; failures=$((failures + 1)); }
[ "$failures" -eq 0 ] && echo "lan-public-url: every case as expected (LAN address: ${lan:-none})"
exit "$failures"
