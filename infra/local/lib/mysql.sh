# MySQL: a server already reachable on the port is used as it is; otherwise Debian's MariaDB runs
# with its data under .local/mariadb. The platform's user gets rights on the longcode_* databases.

MYSQL_DATA="$STATE_DIR/mariadb/data"
MYSQL_SOCKET="$STATE_DIR/run/mariadb.sock"

mysql_client() { command -v mariadb >/dev/null && echo mariadb || echo mysql; }
mysql_ready() {
  "$(mysql_client)" --protocol=tcp -h 127.0.0.1 -P "$MYSQL_PORT" -u "$MYSQL_USER" -p"$MYSQL_PASSWORD" -e 'SELECT 1'
}
mysql_socket_ready() { mariadb --protocol=socket -S "$MYSQL_SOCKET" -u root -e 'SELECT 1'; }

mysql_up() {
  if running mariadb; then log "MariaDB already running on :$MYSQL_PORT"; return 0; fi
  if port_open "$MYSQL_PORT"; then
    command -v mariadb >/dev/null || command -v mysql >/dev/null || apt_install mariadb-client
    mysql_ready || die "port $MYSQL_PORT is taken by $(port_owner "$MYSQL_PORT"), but user '$MYSQL_USER' cannot log in to it (set LONGCODE_MYSQL_USER/LONGCODE_MYSQL_PASSWORD/LONGCODE_MYSQL_PORT)"
    log "using the MySQL server already listening on :$MYSQL_PORT"; return 0
  fi
  command -v mariadbd >/dev/null || [[ -x /usr/sbin/mariadbd ]] || apt_install mariadb-server mariadb-client
  if [[ ! -d "$MYSQL_DATA/mysql" ]]; then
    log "initialising MariaDB data directory"
    mkdir -p "$MYSQL_DATA"
    mariadb-install-db --user="$(id -un)" --datadir="$MYSQL_DATA" --auth-root-authentication-method=socket \
      --skip-test-db >"$LOG_DIR/mariadb-init.log" 2>&1 || die "mariadb-install-db failed (see $LOG_DIR/mariadb-init.log)"
  fi
  log "starting MariaDB on 127.0.0.1:$MYSQL_PORT"
  start_process mariadb "$LOG_DIR/mariadb.log" /usr/sbin/mariadbd --no-defaults --user="$(id -un)" \
    --datadir="$MYSQL_DATA" --socket="$MYSQL_SOCKET" --pid-file="$RUN_DIR/mariadbd.pid" \
    --bind-address=127.0.0.1 --port="$MYSQL_PORT" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --max-connections=500 --innodb-buffer-pool-size=256M --innodb-log-file-size=64M \
    --innodb-flush-log-at-trx-commit=1 --skip-name-resolve --log-error="$LOG_DIR/mariadb.log"
  wait_until 60 "MariaDB socket" mysql_socket_ready || die "MariaDB did not start within 60 s (see $LOG_DIR/mariadb.log)"
  mariadb --protocol=socket -S "$MYSQL_SOCKET" -u root <<SQL || die "creating the '$MYSQL_USER' user failed"
CREATE USER IF NOT EXISTS '$MYSQL_USER'@'127.0.0.1' IDENTIFIED BY '$MYSQL_PASSWORD';
CREATE USER IF NOT EXISTS '$MYSQL_USER'@'localhost' IDENTIFIED BY '$MYSQL_PASSWORD';
GRANT ALL PRIVILEGES ON \`longcode\\_%\`.* TO '$MYSQL_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`longcode\\_%\`.* TO '$MYSQL_USER'@'localhost';
FLUSH PRIVILEGES;
SQL
  wait_until 30 "MariaDB" mysql_ready || die "MariaDB is up but '$MYSQL_USER' cannot log in (see $LOG_DIR/mariadb.log)"
}

mysql_status() { mysql_ready >/dev/null 2>&1 && echo "mysql      up    127.0.0.1:$MYSQL_PORT" || echo "mysql      down"; }
