#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL and Redis on loopback for the production-path tests and benchmarks.
#   scripts/services.sh start   prints the DATABASE_URL and REDIS_URL to export
#   scripts/services.sh stop
# Works as root: initdb refuses root, so PostgreSQL runs as the postgres user.
set -euo pipefail
STATE_DIR=${SERVICES_DIR:-/tmp/mockint-services}
PG_PORT=${PG_PORT:-54329}
REDIS_PORT=${REDIS_PORT:-6390}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  [ -n "$PG_BIN" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }
  command -v redis-server >/dev/null || { echo "Redis is not installed (apt-get install -y redis-server)" >&2; exit 1; }
  mkdir -p "$STATE_DIR/pg" "$STATE_DIR/redis"
  [ "$(id -u)" = 0 ] && chown -R postgres "$STATE_DIR/pg"
  if [ ! -f "$STATE_DIR/pg/PG_VERSION" ]; then
    as_postgres "$PG_BIN/initdb" -D "$STATE_DIR/pg" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  fi
  if ! as_postgres "$PG_BIN/pg_ctl" -D "$STATE_DIR/pg" status >/dev/null 2>&1; then
    as_postgres "$PG_BIN/pg_ctl" -D "$STATE_DIR/pg" -l "$STATE_DIR/pg/server.log" \
      -o "-p $PG_PORT -k $STATE_DIR/pg -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" -w start >/dev/null
  fi
  if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$STATE_DIR/redis" --daemonize yes \
      --logfile "$STATE_DIR/redis/redis.log" >/dev/null
    for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "export REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
}

stop() {
  [ -n "$PG_BIN" ] && as_postgres "$PG_BIN/pg_ctl" -D "$STATE_DIR/pg" -m fast stop >/dev/null 2>&1 || true
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
