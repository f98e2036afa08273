# Apache Kafka, KRaft mode (one node: broker + controller), from the official jars on Maven Central.

KAFKA_HOME="$DOWNLOADS_DIR/kafka-$KAFKA_VERSION"
KAFKA_DATA="$STATE_DIR/kafka/data"

kafka_fetch() {
  [[ -f "$KAFKA_HOME/.complete" ]] && return 0
  command -v java >/dev/null || apt_install openjdk-17-jre-headless
  command -v mvn >/dev/null || apt_install maven
  log "fetching Apache Kafka $KAFKA_VERSION jars with Maven"
  mkdir -p "$KAFKA_HOME/libs"
  mvn -B -q -f "$INFRA_DIR/kafka/pom.xml" -Dmaven.repo.local="$DOWNLOADS_DIR/m2" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$KAFKA_HOME/libs" \
    >"$LOG_DIR/kafka-fetch.log" 2>&1 || die "downloading Kafka's jars failed (see $LOG_DIR/kafka-fetch.log)"
  touch "$KAFKA_HOME/.complete"
}

kafka_config() {
  mkdir -p "$STATE_DIR/kafka"
  sed -e "s|@DATA@|$KAFKA_DATA|" -e "s|@PORT@|$KAFKA_PORT|g" -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    "$INFRA_DIR/kafka/server.properties" > "$STATE_DIR/kafka/server.properties"
}

kafka_java() {
  java -Dlog4j.configuration="file:$INFRA_DIR/kafka/log4j.properties" -Dkafka.logs.dir="$LOG_DIR" -cp "$KAFKA_HOME/libs/*" "$@"
}

kafka_ready() { port_open "$KAFKA_PORT" && grep -q 'Kafka Server started' "$LOG_DIR/kafka.log"; }

kafka_up() {
  if running kafka; then log "Kafka already running on :$KAFKA_PORT"; return 0; fi
  if port_open "$KAFKA_PORT"; then
    log "port $KAFKA_PORT is in use by $(port_owner "$KAFKA_PORT"): using it as Kafka"; return 0
  fi
  port_open "$KAFKA_CONTROLLER_PORT" && die "port $KAFKA_CONTROLLER_PORT (Kafka controller) is taken by $(port_owner "$KAFKA_CONTROLLER_PORT")"
  kafka_fetch
  kafka_config
  if [[ ! -f "$KAFKA_DATA/meta.properties" ]]; then
    log "formatting Kafka storage"
    kafka_java kafka.tools.StorageTool format --ignore-formatted -t "$(kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null)" \
      -c "$STATE_DIR/kafka/server.properties" >>"$LOG_DIR/kafka-format.log" 2>&1 || die "formatting Kafka storage failed (see $LOG_DIR/kafka-format.log)"
  fi
  : > "$LOG_DIR/kafka.log"
  log "starting Kafka $KAFKA_VERSION on :$KAFKA_PORT"
  KAFKA_HEAP="${LONGCODE_KAFKA_HEAP:--Xms512m -Xmx768m}"
  # shellcheck disable=SC2086
  start_process kafka "$LOG_DIR/kafka.log" java $KAFKA_HEAP -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -Djava.awt.headless=true -Dlog4j.configuration="file:$INFRA_DIR/kafka/log4j.properties" \
    -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$STATE_DIR/kafka/server.properties"
  wait_until 90 "Kafka" kafka_ready || die "Kafka did not start within 90 s (see $LOG_DIR/kafka.log)"
}

kafka_status() { port_open "$KAFKA_PORT" && echo "kafka      up    127.0.0.1:$KAFKA_PORT" || echo "kafka      down"; }
