# Redis: a server already reachable on the port is used; otherwise Debian's redis-server, data under .local/redis.

redis_ready() { [[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" == "PONG" ]]; }

redis_up() {
  command -v redis-server >/dev/null || apt_install redis-server redis-tools
  if running redis; then log "Redis already running on :$REDIS_PORT"; return 0; fi
  if port_open "$REDIS_PORT"; then
    redis_ready || die "port $REDIS_PORT is taken by $(port_owner "$REDIS_PORT"), which does not answer PING"
    log "using the Redis server already listening on :$REDIS_PORT"; return 0
  fi
  mkdir -p "$STATE_DIR/redis"
  log "starting Redis on 127.0.0.1:$REDIS_PORT"
  start_process redis "$LOG_DIR/redis.log" redis-server --bind 127.0.0.1 --port "$REDIS_PORT" \
    --dir "$STATE_DIR/redis" --appendonly yes --save "" --daemonize no
  wait_until 30 "Redis" redis_ready || die "Redis did not start within 30 s (see $LOG_DIR/redis.log)"
}

redis_status() { redis_ready && echo "redis      up    127.0.0.1:$REDIS_PORT" || echo "redis      down"; }
