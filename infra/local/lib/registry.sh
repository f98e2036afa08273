# Apicurio Registry (Confluent-compatible API under /apis/ccompat/v7), distribution from Maven Central.
# Storage is kafkasql: schemas live in a Kafka topic, so they survive restarts.

APICURIO_HOME="$DOWNLOADS_DIR/apicurio-registry-$APICURIO_VERSION"

registry_fetch() {
  [[ -f "$APICURIO_HOME/.complete" ]] && return 0
  command -v mvn >/dev/null || apt_install maven
  log "fetching Apicurio Registry $APICURIO_VERSION with Maven"
  local artifact="io.apicurio:apicurio-registry-app:$APICURIO_VERSION:tar.gz:all"
  mvn -B -q -Dmaven.repo.local="$DOWNLOADS_DIR/m2" dependency:get -Dartifact="$artifact" -Dtransitive=false \
    >"$LOG_DIR/registry-fetch.log" 2>&1 || die "downloading $artifact failed (see $LOG_DIR/registry-fetch.log)"
  local tarball="$DOWNLOADS_DIR/m2/io/apicurio/apicurio-registry-app/$APICURIO_VERSION/apicurio-registry-app-$APICURIO_VERSION-all.tar.gz"
  mkdir -p "$APICURIO_HOME"
  tar -xzf "$tarball" -C "$APICURIO_HOME" || die "unpacking $tarball failed"
  touch "$APICURIO_HOME/.complete"
}

registry_url() { echo "http://127.0.0.1:$REGISTRY_PORT"; }
registry_ready() { curl -fs "$(registry_url)/apis/ccompat/v7/subjects" >/dev/null; }

registry_up() {
  if running registry; then log "schema registry already running on :$REGISTRY_PORT"; return 0; fi
  if port_open "$REGISTRY_PORT"; then
    registry_ready || die "port $REGISTRY_PORT is taken by $(port_owner "$REGISTRY_PORT"), which is not a schema registry"
    log "using the schema registry already listening on :$REGISTRY_PORT"; return 0
  fi
  registry_fetch
  log "starting Apicurio Registry $APICURIO_VERSION on 127.0.0.1:$REGISTRY_PORT"
  (cd "$APICURIO_HOME" && start_process registry "$LOG_DIR/registry.log" java -Xms128m -Xmx384m \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$REGISTRY_PORT" \
    -Dapicurio.storage.kind=kafkasql -Dapicurio.kafkasql.bootstrap.servers="127.0.0.1:$KAFKA_PORT" -Dquarkus.log.level=WARN \
    -jar "apicurio-registry-app-$APICURIO_VERSION-runner.jar")
  wait_until 120 "schema registry" registry_ready || die "the schema registry did not start within 120 s (see $LOG_DIR/registry.log)"
}

registry_status() { registry_ready && echo "registry   up    $(registry_url)/apis/ccompat/v7" || echo "registry   down"; }
