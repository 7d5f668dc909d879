#!/usr/bin/env bash
# deploy/redis/make-users-acl and make-sentinel-users as an operator runs
# them: their output, loaded by a real redis-server and a real sentinel,
# lets each user in with its password and no one else, and keeps no
# password in clear except the sentinels' peer password (which a sentinel
# must send).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() {
  echo "make_logins_test: $*" >&2
  failures=$((failures + 1))
}
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
for name in kring replication sentinel sentinel-kring sentinel-peer; do
  head -c 18 /dev/urandom | base64 | tr '+/' 'xy' >"$work/$name.pw"
done
pw() { head -n 1 "$work/$1.pw"; }
# The answer of `redis-cli` as `user` with `password` to a command.
ask() {
  local port="$1" user="$2" password="$3"
  shift 3
  REDISCLI_AUTH="$password" timeout 5 redis-cli --no-auth-warning -p "$port" --user "$user" "$@" 2>&1 || true
}
wait_for() {
  local port="$1"
  for _ in $(seq 100); do
    if timeout 1 redis-cli -p "$port" ping >/dev/null 2>&1; then return 0; fi
    sleep 0.05
  done
  fail "nothing answered on port $port"
}

# Redis with the ACL file.
deploy/redis/make-users-acl "$work/kring.pw" "$work/replication.pw" "$work/sentinel.pw" >"$work/users.acl"
for name in kring replication sentinel; do
  if grep -qF "$(pw "$name")" "$work/users.acl"; then fail "users.acl holds the $name password in clear"; fi
done
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --dir "$work" \
  --aclfile "$work/users.acl" --loglevel warning >"$work/redis.log" 2>&1 &
pids+=($!)
wait_for "$redis_port"
[ "$(ask "$redis_port" kring "$(pw kring)" ping)" = "PONG" ] || fail "kring cannot log in to Redis"
ask "$redis_port" kring wrong ping | grep -q WRONGPASS || fail "Redis let kring in with a wrong password"
ask "$redis_port" kring "$(pw kring)" flushall | grep -q NOPERM || fail "kring may FLUSHALL"
timeout 5 redis-cli -p "$redis_port" get kring:x 2>&1 | grep -q NOAUTH || fail "Redis answers without a login"

# A sentinel with its users appended to its config.
sentinel_port=$(free_port)
{
  echo "port $sentinel_port"
  echo "bind 127.0.0.1"
  echo "sentinel monitor kring 127.0.0.1 $redis_port 2"
  deploy/redis/make-sentinel-users "$work/sentinel-kring.pw" "$work/sentinel-peer.pw"
} >"$work/sentinel.conf"
if grep -qF "$(pw sentinel-kring)" "$work/sentinel.conf"; then fail "sentinel.conf holds the node password in clear"; fi
[ "$(grep -c "sentinel-pass $(pw sentinel-peer)\$" "$work/sentinel.conf")" = 1 ] || fail "no sentinel-pass line"
redis-server "$work/sentinel.conf" --sentinel --dir "$work" --loglevel warning >"$work/sentinel.log" 2>&1 &
pids+=($!)
wait_for "$sentinel_port"
answer=$(ask "$sentinel_port" kring "$(pw sentinel-kring)" sentinel get-master-addr-by-name kring | tr '\n' ' ')
[ "$answer" = "127.0.0.1 $redis_port " ] || fail "the node user got '$answer' for the primary"
ask "$sentinel_port" kring "$(pw sentinel-kring)" sentinel masters | grep -q NOPERM || fail "the node user may list masters"
ask "$sentinel_port" kring wrong ping | grep -q WRONGPASS || fail "the sentinel let kring in with a wrong password"
[ "$(ask "$sentinel_port" kring-sentinel-peer "$(pw sentinel-peer)" ping)" = "PONG" ] || fail "the peer user cannot log in"
timeout 5 redis-cli -p "$sentinel_port" sentinel get-master-addr-by-name kring 2>&1 | grep -q NOAUTH ||
  fail "the sentinel answers without a login"

# Wrong use: a missing or empty password file is an error, not an empty password.
: >"$work/empty.pw"
if deploy/redis/make-sentinel-users "$work/empty.pw" "$work/sentinel-peer.pw" >/dev/null 2>&1; then
  fail "make-sentinel-users took an empty password"
fi
if deploy/redis/make-users-acl "$work/kring.pw" "$work/empty.pw" "$work/sentinel.pw" >/dev/null 2>&1; then
  fail "make-users-acl took an empty password"
fi
if deploy/redis/make-sentinel-users "$work/kring.pw" >/dev/null 2>&1; then
  fail "make-sentinel-users ran with one file"
fi
if [ "$failures" -gt 0 ]; then exit 1; fi
echo "make-users-acl and make-sentinel-users: every login as documented"
